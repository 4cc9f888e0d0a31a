// Bundles every action entry and the CLI with ncc into dist/<name>/ (committed; CI fails when a rebuild differs).
// `npm run build [-- <name>…]` builds all or the named bundles, two at a time (type checking is tsc's job in CI).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const entries = {
  cli: 'shared/cli/main.ts',
  ...Object.fromEntries(
    readdirSync('.')
      .filter((d) => d.startsWith('action-') && existsSync(`${d}/main.ts`))
      .map((d) => [d, `${d}/main.ts`]),
  ),
};

// The package is "type": "module", so ncc emits ES modules; CommonJS dependencies (google-gax, ssh2, …) still read
// __dirname, __filename and require. Define them at the top of every emitted module, as CommonJS would.
const BANNER =
  'import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";\n' +
  'const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);\n';

function build(name, entry) {
  rmSync(`dist/${name}`, { recursive: true, force: true });
  const args = ['build', entry, '-o', `dist/${name}`, '--minify', '--transpile-only', '--no-source-map-register', '--quiet', '--target', 'es2022'];
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/ncc', args, { stdio: 'inherit' });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`ncc failed for ${name} (exit ${code})`));
      for (const f of readdirSync(`dist/${name}`).filter((f) => f.endsWith('.js'))) {
        const file = `dist/${name}/${f}`;
        let code = readFileSync(file, 'utf8');
        const shebang = code.startsWith('#!') ? code.slice(0, code.indexOf('\n') + 1) : '';
        code = shebang + BANNER + code.slice(shebang.length);
        writeFileSync(file, code);
      }
      for (const asset of ASSETS[name] ?? []) copyFileSync(asset, `dist/${name}/${asset.split('/').pop()}`);
      // ncc copies whole proto folders of google-gax 3 (the Service Management client), type declarations included:
      // nothing reads them at run time
      for (const f of readdirSync(`dist/${name}`, { recursive: true })) if (String(f).endsWith('.d.ts')) rmSync(`dist/${name}/${f}`);
      console.log(`built dist/${name}`);
      resolve();
    });
  });
}

// Files a bundle reads from its own directory at run time that ncc cannot see: HiGHS' CommonJS build loads its wasm
// from beside itself (shared/optimize/milp.ts).
const ASSETS = {
  cli: ['node_modules/highs/build/highs.wasm'],
  'action-optimize': ['node_modules/highs/build/highs.wasm'],
};

const only = process.argv.slice(2);
const queue = Object.entries(entries).filter(([name]) => !only.length || only.includes(name));
const unknown = only.filter((n) => !(n in entries));
if (unknown.length) throw new Error(`unknown bundle(s): ${unknown.join(', ')}; known: ${Object.keys(entries).join(', ')}`);
async function worker() {
  for (let next = queue.shift(); next; next = queue.shift()) await build(...next);
}
await Promise.all([worker(), worker()]);
