/**
 * Cross-cutting bad input: whatever the user's environment or arguments, psml ends with one clear error that names
 * the field or resource — never a stack trace, never a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { PsmlError, asUserError } from '../../shared/errors.js';
import { dockerClient } from '../../shared/engine/docker.js';
import { startComputeEmulator } from '../../shared/emulators/compute/index.js';
import { withRetry } from '../../shared/gcp/retry.js';
import { parseJsonText } from '../../shared/json.js';
import { loadSignature } from '../../shared/serve/signature.js';
import { smokeTest } from '../../shared/stacks/smoke.js';

const MANIFEST = 'examples/manifests/churn-1.2.yaml';
const dir = mkdtempSync(join(tmpdir(), 'psml-bad-input-'));
const STACK = /\n\s+at /;

/** Runs the CLI in-process; returns its exit code and what it wrote to stderr. */
async function psml(...args: string[]): Promise<{ code: number; err: string }> {
  const r = await runCli(args);
  return { code: r.code, err: r.stderr };
}

const env = (vars: Record<string, string | undefined>) => {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  return () => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  };
};
let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

describe('environment the libraries would crash on', () => {
  it('a DOCKER_HOST the engine client cannot use names DOCKER_HOST (no DNS lookup of garbage, no stack)', () => {
    for (const host of ['garbage://x', 'tcp://[bad']) {
      restore = env({ DOCKER_HOST: host });
      const err = (() => {
        try {
          dockerClient();
        } catch (e) {
          return e;
        }
      })();
      restore();
      restore = undefined;
      expect(err).toBeInstanceOf(PsmlError);
      expect((err as PsmlError).field).toBe('DOCKER_HOST');
      expect((err as PsmlError).oneLine()).toMatch(/is not a Docker engine address — use unix:/);
    }
  });

  it('an unreachable Compute endpoint fails within a few attempts, naming the endpoint', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    restore = env({ PSML_COMPUTE_ENDPOINT: url });
    const r = await psml('deploy', 'plan', MANIFEST, '--project', 'psml-bad-input');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ECONNREFUSED\) after 4 attempt/);
    expect(r.err).toContain(`PSML_COMPUTE_ENDPOINT=${url}`);
    expect(r.err).not.toMatch(STACK);
  });

  it('connection refused is retried a bounded number of times; resets keep the full budget', async () => {
    const failWith = (code: string) => {
      let calls = 0;
      const run = withRetry(
        async () => {
          calls++;
          throw Object.assign(new Error(code), { code });
        },
        { retries: 6, minDelayMs: 1, maxDelayMs: 2 },
      ).catch(() => calls);
      return run;
    };
    expect(await failWith('ECONNREFUSED')).toBe(4);
    expect(await failWith('ECONNRESET')).toBe(7);
  });

  it('missing Google credentials is a user error with what to do — in the CLI and in an action', () => {
    const home = join(dir, 'home');
    mkdirSync(home, { recursive: true });
    // no ADC file, no key, and no probing of a metadata server: the client fails the way it does on a fresh laptop
    const childEnv: NodeJS.ProcessEnv = { ...process.env, HOME: home, METADATA_SERVER_DETECTION: 'none' };
    delete childEnv.PSML_COMPUTE_ENDPOINT;
    delete childEnv.PSML_BILLING_ENDPOINT;
    delete childEnv.GOOGLE_APPLICATION_CREDENTIALS;
    const cli = spawnSync('node_modules/.bin/tsx', ['shared/cli/main.ts', 'deploy', 'plan', MANIFEST, '--project', 'psml-bad-input'], {
      encoding: 'utf8',
      env: childEnv,
      timeout: 60_000,
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toMatch(/no Google Cloud credentials found/);
    expect(cli.stderr).toMatch(/gcloud auth application-default login/);
    expect(cli.stderr).not.toMatch(/internal error|Unhandled|\n\s+at /);

    const out = join(dir, 'github-output');
    writeFileSync(out, '');
    const action = spawnSync('node_modules/.bin/tsx', ['action-deploy/main.ts'], {
      encoding: 'utf8',
      env: { ...childEnv, INPUT_MANIFEST: MANIFEST, INPUT_PROJECT: 'psml-bad-input', GITHUB_OUTPUT: out },
      timeout: 60_000,
    });
    const errors = action.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(action.status).not.toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no Google Cloud credentials found/);
    expect(action.stdout + action.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('file-system failures of libraries become errors naming the path', () => {
    const e = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', syscall: 'open', path: '/x/out.json' });
    const user = asUserError(e);
    expect(user).toBeInstanceOf(PsmlError);
    expect(user!.resource).toBe('/x/out.json');
    expect(asUserError(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('arguments', () => {
  it('project ids from flags are checked like psml.yaml (they end up in API paths and printed shell commands)', async () => {
    const iam = await psml('iam', 'roles', '--format', 'gcloud', '--project', 'x; rm -rf /');
    expect(iam.code).toBe(2);
    expect(iam.err).toMatch(/--project: "x; rm -rf \/" is not a Google Cloud project id/);
    const deploy = await psml('deploy', 'plan', MANIFEST, '--project', 'My Project');
    expect(deploy.code).toBe(2);
    expect(deploy.err).toMatch(/project: "My Project" is not a Google Cloud project id/);
  });

  it('out-of-range numbers are refused before anything starts', async () => {
    const serve = await psml('serve', '--entry-point', 'churn.predict.inference', '--port', '99999');
    expect(serve.code).toBe(2);
    expect(serve.err).toMatch(/--port: expected an integer from 0 to 65535, got "99999"/);
    restore = env({ PORT: 'abc' });
    const envPort = await psml('serve', '--entry-point', 'churn.predict.inference');
    expect(envPort.code).toBe(2);
    expect(envPort.err).toMatch(/--port: .*got "abc"/);
    const price = await psml('price', '--machine-type', 'n1-standard-8', '--region', 'us-central1', '--count', '99999999999999999999999');
    expect(price.code).toBe(2);
    expect(price.err).toMatch(/--count: must be a whole number/);
  });

  it('an emulator state path that is a directory names --state', async () => {
    const r = await psml('emulator', 'start', '--port', '0', '--state', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--state: cannot read the state file/);
    expect(r.err).not.toMatch(STACK);
  });
});

describe('JSON files with a byte-order mark (Windows editors) are read like any other', () => {
  const bom = (name: string, value: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, `\ufeff${JSON.stringify(value)}`);
    return file;
  };

  it('parseJsonText ignores one leading BOM and nothing else', () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ a: 1 });
    expect(() => parseJsonText('\ufeff\ufeff{}')).toThrow(SyntaxError);
  });

  it('model signature, emulator state', async () => {
    const sig = loadSignature(bom('signature.json', { inputs: [{ name: 'x', datatype: 'FP32', shape: [1] }] }));
    expect(sig.inputs.map((i) => i.name)).toEqual(['x']);

    const first = await startComputeEmulator({ port: 0 });
    const state = first.cloud.state;
    await first.close();
    const file = bom('cloud.json', state);
    const second = await startComputeEmulator({ port: 0, stateFile: file });
    await second.close();
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
  });
});

describe('smoke test of an endpoint that can never answer', () => {
  it('stops at once for a port fetch refuses, instead of polling until the deadline', async () => {
    const report = await smokeTest('http://127.0.0.1:9/churn/v1.2', { readyTimeoutMs: 10 * 60_000, pollMs: 60_000 });
    expect(report.ok).toBe(false);
    expect(report.checks[0]!.detail).toMatch(/cannot be sent: .*bad port/);
  });

  it('refuses a non-HTTP URL as bad input', async () => {
    await expect(smokeTest('ftp://127.0.0.1/churn')).rejects.toThrow(/must be an http:\/\/ or https:\/\/ URL/);
  });
});
