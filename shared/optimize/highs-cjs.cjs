// HiGHS' CommonJS build, required from CommonJS so that bundlers pick the `require` export (see milp.ts for why).
// It finds highs.wasm in its own directory: node_modules/highs/build from sources, the bundle's directory under ncc
// (scripts/build-dist.mjs defines __dirname there and must copy highs.wasm beside the bundle).
module.exports = require('highs');
