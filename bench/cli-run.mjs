// Runs the published `psml` CLI bundle (dist/cli, what bin/psml.js runs) with the given arguments, in this process and
// without any TypeScript loader, and prints {ms, rssMiB} as the last stdout line at exit: ms from loading the bundle to
// the end of the command (node's own start-up excluded), peak RSS of the whole process.
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
process.argv = [process.argv[0], bundle, ...process.argv.slice(2)];
const t0 = performance.now();
process.on('exit', () => {
  process.stdout.write(`\n${JSON.stringify({ ms: performance.now() - t0, rssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
await import(bundle);
