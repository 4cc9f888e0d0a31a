import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 395;
export const ids = [395];
export const modules = {

/***/ 7395:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// HiGHS' CommonJS build, required from CommonJS so that bundlers pick the `require` export (see milp.ts for why).
// It finds highs.wasm in its own directory: node_modules/highs/build from sources, the bundle's directory under ncc
// (scripts/build-dist.mjs defines __dirname there and must copy highs.wasm beside the bundle).
module.exports = __webpack_require__(4420);


/***/ })

};
