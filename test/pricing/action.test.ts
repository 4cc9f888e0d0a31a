/**
 * action-price and `psml price` run as the runner and a user run them: real processes, a real git repository with a
 * base and a head commit, the billing emulator for prices and the GitHub emulator for the sticky comment.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBillingEmulator, type BillingEmulator } from '../../shared/emulators/billing/server.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../shared/emulators/github/server.js';
import { fixtureSnapshot } from './helpers.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
let billing: BillingEmulator;
let gh: GitHubEmulator;
let repo: string;

const manifest = (service: string, servingType: string, min = 1) => `apiVersion: psml.dev/v1
kind: Experiment
service: ${service}
version: { major: 1, minor: 0 }
image: us-docker.pkg.dev/acme/psml/${service}:1.0
training:
  machineType: n1-standard-8
  gpu: { type: nvidia-tesla-t4, count: 1 }
  zones: [us-central1-a]
  expectedDuration: 2h
serving:
  machineType: ${servingType}
  replicas: { min: ${min}, max: 4 }
  region: us-central1
`;

/** Async: the emulators answer from this process, so a synchronous spawn would deadlock. */
function exec(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const git = (...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
};

async function runAction(inputs: Record<string, string>, pr = 7) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psml-action-'));
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: pr } }));
  const out = path.join(dir, 'output');
  writeFileSync(out, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'acme/ml',
    GITHUB_EVENT_PATH: event,
    GITHUB_OUTPUT: out,
    RUNNER_TEMP: dir,
    PSML_BILLING_ENDPOINT: billing.url,
    'INPUT_GITHUB-TOKEN': 'secret',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = await exec(TSX, [path.join(ROOT, 'action-price/main.ts')], { cwd: repo, env });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(out, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { ...r, outputs };
}

beforeAll(async () => {
  billing = await startBillingEmulator({ snapshot: fixtureSnapshot() });
  gh = await startGitHubEmulator({ token: 'secret' });
  repo = mkdtempSync(path.join(os.tmpdir(), 'psml-price-repo-'));
  git('init', '-q', '-b', 'main');
  mkdirSync(path.join(repo, 'experiments'));
  writeFileSync(path.join(repo, 'experiments/churn.yaml'), manifest('churn', 'n1-standard-4'));
  writeFileSync(path.join(repo, 'experiments/stable.yaml'), manifest('stable', 'e2-medium'));
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  writeFileSync(path.join(repo, 'experiments/churn.yaml'), manifest('churn', 'n1-standard-8', 2));
  git('commit', '-q', '-am', 'bigger serving');
});
afterAll(async () => {
  await billing.close();
  await gh.close();
});

describe('action-price', () => {
  it('prices base and head, posts one sticky comment, and sets outputs', async () => {
    const r = await runAction({ manifests: 'experiments/*.yaml', 'base-ref': 'main' });
    expect(r.stderr).not.toMatch(/::error::/);
    expect(r.status).toBe(0);
    // serving went from 1 × n1-standard-4 to 2 × n1-standard-8: +(2 × 0.379998 − 0.189999)
    expect(r.outputs.delta).toBe('0.569997');
    expect(r.outputs.currency).toBe('USD');
    expect(r.outputs.comment).toBe('created');
    const posted = gh.comments('acme', 'ml', 7);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain('`churn@1.0` — changed (`experiments/churn.yaml`)');
    expect(posted[0]!.body).not.toContain('`stable@1.0`');
    expect(readFileSync(r.outputs['report-path']!, 'utf8')).toBe(posted[0]!.body);
    const json = JSON.parse(readFileSync(r.outputs['json-path']!, 'utf8')) as { totals: { delta: number; new: number } };
    expect(json.totals.delta).toBe(0.569997);
    expect(Number(r.outputs.hourly)).toBe(json.totals.new);

    const again = await runAction({ manifests: 'experiments/*.yaml', 'base-ref': 'main' });
    expect(again.outputs.comment).toBe('unchanged');
    expect(gh.comments('acme', 'ml', 7)).toHaveLength(1);
  });

  it('thresholds above the change: outputs and report, but no comment', async () => {
    const r = await runAction({ manifests: 'experiments/*.yaml', 'base-ref': 'main', 'threshold-percent': '500' }, 8);
    expect(r.status).toBe(0);
    expect(r.outputs.comment).toBe('skipped');
    expect(r.outputs.delta).toBe('0.569997');
    expect(existsSync(r.outputs['report-path']!)).toBe(true);
    expect(gh.comments('acme', 'ml', 8)).toHaveLength(0);
  });

  it('nothing changed: no comment unless asked', async () => {
    const quiet = await runAction({ manifests: 'experiments/stable.yaml', 'base-ref': 'main' }, 9);
    expect(quiet.outputs).toMatchObject({ comment: 'skipped', delta: '0.000000' });
    expect(gh.comments('acme', 'ml', 9)).toHaveLength(0);
    const asked = await runAction({ manifests: 'experiments/stable.yaml', 'base-ref': 'main', 'comment-when-unchanged': 'true' }, 9);
    expect(asked.outputs.comment).toBe('created');
    expect(gh.comments('acme', 'ml', 9)[0]!.body).toContain('No experiment changed its price');
  });

  it('a base ref that is not there fails the step with one clear error line', async () => {
    const r = await runAction({ manifests: 'experiments/*.yaml', 'base-ref': 'no-such-branch' }, 10);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/::error::psml price failed: .*base-ref: base ref "no-such-branch" is not in the repository/);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('psml price CLI', () => {
  const psml = (...args: string[]) =>
    exec(TSX, [path.join(ROOT, 'shared/cli/main.ts'), ...args], { cwd: repo, env: { ...process.env, PSML_BILLING_ENDPOINT: billing.url } });

  it('ad hoc shape as JSON from the live (emulated) catalog', async () => {
    const r = await psml('price', '--machine-type', 'n1-standard-8', '--gpu', 'nvidia-tesla-t4:1', '--region', 'us-central1', '--format', 'json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { currency: string; hourly: number; components: { kind: string; hourly: number }[] };
    expect(out.currency).toBe('USD');
    expect(out.hourly).toBe(0.729998);
    expect(out.components.map((c) => c.kind)).toEqual(['core', 'ram', 'gpu']);
  });

  it('a manifest against a base manifest, and a snapshot written from the API prices the same offline', async () => {
    git('show', 'main:experiments/churn.yaml');
    writeFileSync(path.join(repo, 'base-churn.yaml'), git('show', 'main:experiments/churn.yaml'));
    const r = await psml('price', 'experiments/churn.yaml', '--base', 'base-churn.yaml', '--format', 'json');
    expect(JSON.parse(r.stdout).totals.delta).toBe(0.569997);
    const snap = path.join(repo, 'snapshot.json');
    expect((await psml('price', 'snapshot', '--out', snap)).stdout).toMatch(/wrote 66 SKUs \(USD, 2 API calls\)/);
    const offline = await exec(TSX, [path.join(ROOT, 'shared/cli/main.ts'), 'price', 'experiments/churn.yaml', '--base', 'base-churn.yaml', '--catalog', snap, '--format', 'json'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(JSON.parse(offline.stdout).totals).toEqual(JSON.parse(r.stdout).totals);
  });

  it('user mistakes are one line, no stack: unknown machine type, and the embedded catalog states its coverage', async () => {
    const r = await psml('price', '--machine-type', 'n1-standrd-8', '--region', 'us-central1');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown machine type "n1-standrd-8" — closest known types: n1-standard-8/);
    const offline = await exec(TSX, [path.join(ROOT, 'shared/cli/main.ts'), 'price', '--machine-type', 'e2-micro', '--region', 'us-central1'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(offline.stdout).toMatch(/0\.008376 USD\/hour/);
    expect(offline.stdout).toMatch(/embedded default catalog, prices as of 2026-05-20, USD/);
  });
});
