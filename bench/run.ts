/**
 * `npm run bench [-- <name>…]`: runs each bench/<name>.bench.ts in its own process, one after another (the machine has
 * two cores; parallel benchmarks would measure each other). Each prints ratios against a baseline from the same run.
 */
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalInfra } from '../scripts/local-infra.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

// the build benchmark needs the Docker engine; children inherit DOCKER_HOST
startLocalInfra();
let failed = 0;
for (const name of benches) {
  console.log(`\n## bench/${name}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${name}.bench.ts`)], { stdio: 'inherit' });
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${r.status})`);
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
