import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createProgram } from '../shared/cli/program.js';

const psml = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'shared/cli/main.ts', ...args], { encoding: 'utf8' });

describe('psml CLI', () => {
  it('prints generated help listing its commands', () => {
    const r = psml('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: psml/);
  });

  it('loads only the command that runs; help and unknown commands get all of them, --version none', async () => {
    const names = async (...argv: string[]) => (await createProgram(argv)).commands.map((c) => c.name());
    const all = ['engine', 'build', 'schema', 'validate', 'emulator', 'price', 'optimize', 'serve', 'iam', 'deploy', 'train'];
    expect(await names('optimize', '--input', 'x.json')).toEqual(['optimize']);
    expect(await names('validate', 'a.yaml')).toEqual(['schema', 'validate']);
    expect(await names('deploy', 'plan', 'm.yaml')).toEqual(['deploy']);
    expect(await names()).toEqual(all);
    expect(await names('--help')).toEqual(all);
    expect(await names('help', 'optimize')).toEqual(all);
    expect(await names('no-such-command')).toEqual(all);
    expect(await names('--version')).toEqual([]);
  });

  it('rejects an unknown command with a usage error, not a stack trace', () => {
    const r = psml('no-such-command');
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

