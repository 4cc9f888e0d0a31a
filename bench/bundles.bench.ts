/**
 * Each bundled action (dist/<action>/index.js, built by `npm run build`): cold start — node to exit on a missing input,
 * as the runner starts it — and size; and the CLI bundle's start for one command and for all (`--help`). Baseline in
 * the same run: `node -e ""` (the runtime's own start).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const ROUNDS = Number(process.env.PSML_BENCH_ROUNDS ?? 5);
const dist = process.env.PSML_BENCH_DIST ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const actions = existsSync(dist) ? readdirSync(dist).filter((d) => d.startsWith('action-') && existsSync(path.join(dist, d, 'index.js'))).sort() : [];
if (actions.length === 0) {
  console.log('no dist/action-*/index.js: run `npm run build` first (skipped)');
  process.exit(0);
}

const cwd = mkdtempSync(path.join(os.tmpdir(), 'psml-bench-bundles-')); // no psml.yaml, no inputs
const env = { PATH: process.env.PATH ?? '', HOME: os.homedir(), RUNNER_TEMP: cwd };

function startMs(args: string[]): { ms: number; status: number | null } {
  const times: number[] = [];
  let status: number | null = null;
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    status = spawnSync(process.execPath, args, { cwd, env, stdio: 'ignore' }).status;
    times.push(performance.now() - t);
  }
  return { ms: median(times), status };
}

function sizeMb(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) bytes += statSync(path.join(e.parentPath, e.name)).size;
  }
  return bytes / 1024 / 1024;
}

try {
  const base = startMs(['-e', '']).ms;
  console.log(`baseline node -e "": ${base.toFixed(0)} ms (median of ${ROUNDS})`);
  console.log(`${'bundle'.padEnd(22)} ${'cold start'.padStart(10)} ${'÷ node'.padStart(7)} ${'index.js'.padStart(9)} ${'folder'.padStart(8)}  exit`);
  for (const a of actions) {
    const r = startMs([path.join(dist, a, 'index.js')]);
    const index = statSync(path.join(dist, a, 'index.js')).size / 1024 / 1024;
    console.log(
      `${a.padEnd(22)} ${`${r.ms.toFixed(0)} ms`.padStart(10)} ${(r.ms / base).toFixed(2).padStart(7)} ${`${index.toFixed(2)} MB`.padStart(9)} ${`${sizeMb(path.join(dist, a)).toFixed(2)} MB`.padStart(8)}  ${r.status}`,
    );
  }
  // the CLI loads only the command it runs (shared/cli/program.ts); `--help` loads every command
  const cli = path.join(dist, 'cli', 'index.js');
  if (existsSync(cli)) {
    for (const args of [['--version'], ['validate', '--help'], ['optimize', '--help'], ['deploy', '--help'], ['--help']]) {
      const r = startMs([cli, ...args]);
      console.log(`${`psml ${args.join(" ")}`.padEnd(22)} ${`${r.ms.toFixed(0)} ms`.padStart(10)} ${(r.ms / base).toFixed(2).padStart(7)}  exit ${r.status}`);
    }
  }
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
