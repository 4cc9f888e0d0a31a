// Bundles every action entry and the CLI with ncc into dist/<name>/ (committed; CI fails when a rebuild differs).
import { execFileSync } from 'node:child_process';
import { rmSync, readdirSync, existsSync } from 'node:fs';

const entries = {
  cli: 'shared/cli/main.ts',
  ...Object.fromEntries(
    readdirSync('.')
      .filter((d) => d.startsWith('action-') && existsSync(`${d}/main.ts`))
      .map((d) => [d, `${d}/main.ts`]),
  ),
};
const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  rmSync(`dist/${name}`, { recursive: true, force: true });
  execFileSync('npx', ['ncc', 'build', entry, '-o', `dist/${name}`, '--minify', '--no-source-map-register', '--quiet', '--target', 'es2022'], {
    stdio: 'inherit',
  });
  console.log(`built dist/${name}`);
}
