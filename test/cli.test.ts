import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const psml = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'shared/cli/main.ts', ...args], { encoding: 'utf8' });

describe('psml CLI', () => {
  it('prints generated help listing its commands', () => {
    const r = psml('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: psml/);
  });

  it('rejects an unknown command with a usage error, not a stack trace', () => {
    const r = psml('no-such-command');
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

