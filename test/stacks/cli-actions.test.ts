/**
 * The same functions behind `psml deploy` / `psml train` (the CLI's own `main`, in this process) and action-deploy /
 * action-train (real processes with INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, as the runner
 * starts them), against an in-process emulator.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { PROJECT, emulator } from './fixtures.js';

let env: Awaited<ReturnType<typeof emulator>>;
let oip: Server;
let oipUrl: string;
const dir = mkdtempSync(path.join(tmpdir(), 'psml-stacks-cli-'));
const manifest = path.join(dir, 'churn.yaml');

beforeAll(async () => {
  env = await emulator();
  writeFileSync(
    manifest,
    `apiVersion: psml.dev/v1
kind: Experiment
service: churn
version: "2.0"
image: us-central1-docker.pkg.dev/${PROJECT}/psml/churn:2.0
training:
  machineType: n1-standard-8
  gpu: {type: nvidia-tesla-t4, count: 1}
  zones: [us-central1-a, us-central1-b]
  spot: true
  maxRunDuration: 1h
serving:
  machineType: e2-standard-2
  replicas: {min: 1, max: 2}
  port: 8080
  region: us-central1
`,
  );
  // a minimal OIP server standing in for the deployed revision
  oip = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const json = (s: number, b: unknown) => {
        res.writeHead(s, { 'content-type': 'application/json' });
        res.end(JSON.stringify(b));
      };
      if (req.url?.endsWith('/ready')) return json(200, {});
      if (req.url === '/v2/models/model') return json(200, { name: 'model', inputs: [{ name: 'x', datatype: 'FP64', shape: [2] }], outputs: [{ name: 'p', datatype: 'FP64', shape: [1] }] });
      if (req.url === '/v2/models/model/infer') return json(200, { id: (JSON.parse(raw) as { id: string }).id, outputs: [{ name: 'p', datatype: 'FP64', shape: [1], data: [0.5] }] });
      json(404, {});
    });
  });
  await new Promise<void>((r) => oip.listen(0, '127.0.0.1', r));
  oipUrl = `http://127.0.0.1:${(oip.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => oip.close(() => r()));
  await env.close();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Async spawn: the emulator lives in this process, so a blocking spawnSync would deadlock. */
function run(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, PSML_COMPUTE_ENDPOINT: '', ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const cli = runCli;
const psml = (...args: string[]) => cli([...args, '--project', PROJECT, '--compute-endpoint', env.emu.url]);

/** Runs an action entry as the runner does, returning its outputs and summary. */
async function action(name: string, inputs: Record<string, string>) {
  const out = path.join(dir, `${name}-${Date.now()}.out`);
  const summary = path.join(dir, `${name}-${Date.now()}.md`);
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const envs = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const r = await run([`${name}/main.ts`], { ...envs, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary });
  const outputs: Record<string, string> = {};
  const text = readFileSync(out, 'utf8');
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { ...r, outputs, summary: readFileSync(summary, 'utf8') };
}

describe('psml deploy / psml train', () => {
  it('plans as JSON, applies, trains with zone fallback, cancels and tears down', async () => {
    const plan = await psml('deploy', 'plan', manifest, '--format', 'json');
    expect(plan.code).toBe(0);
    const json = JSON.parse(plan.stdout) as { plan: { counts: Record<string, number> }; backendService: string };
    expect(json.plan.counts).toMatchObject({ create: 9 });
    expect(json.backendService).toBe('churn-v2-0-be');

    const apply = await psml('deploy', 'apply', manifest);
    expect(apply.code, apply.stderr).toBe(0);
    expect(apply.stdout).toMatch(/^Deploy churn 2\.0: 9 to create/);
    expect(apply.stdout).toMatch(/1\/1 backends healthy/);
    expect(apply.stderr).toMatch(/\+ created backendServices\/churn-v2-0-be/);

    await env.emu.control.inject({ stockouts: [{ zone: 'us-central1-a' }] });
    const train = await psml('train', manifest);
    expect(train.code, train.stderr).toBe(0);
    expect(train.stdout).toMatch(/created churn-v2-0-train in us-central1-b/);
    expect(train.stderr).toMatch(/no capacity in us-central1-a/);
    await env.emu.control.clearFaults();

    const cancel = await psml('train', 'cancel', manifest);
    expect(cancel.stdout).toMatch(/deleted churn-v2-0-train in us-central1-b/);

    const blocked = await psml('deploy', 'teardown', manifest);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^psml: error: urlMaps\/psml-url-map: .*--all/);
    expect(blocked.stderr).not.toMatch(/\n\s+at /);
    const teardown = await psml('deploy', 'teardown', manifest, '--all');
    expect(teardown.code, teardown.stderr).toBe(0);
    expect(teardown.stdout).toMatch(/no resource of churn 2\.0 is left/);
    expect(Object.keys((await env.emu.control.state()).resources)).toEqual([]);
  });

  it('names the missing project instead of failing obscurely', async () => {
    const r = await cli(['deploy', 'plan', manifest]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/project: no Google Cloud project given — pass --project/);
  });
});

describe('action-deploy / action-train', () => {
  it('applies with a smoke test, sets outputs and writes the plan to the job summary; train reports its zone', async () => {
    await env.emu.control.reset();
    const d = await action('action-deploy', { manifest, project: PROJECT, mode: 'apply', 'smoke-endpoint': oipUrl, 'compute-endpoint': env.emu.url, 'timeout-seconds': '30' });
    expect(d.code, d.stdout).toBe(0);
    expect(d.outputs['backend-service']).toBe('churn-v2-0-be');
    expect(d.outputs.url).toMatch(/^http:\/\/[\d.]+\/churn\/v2\.0$/);
    expect(d.outputs.smoke).toBe('passed');
    expect(d.outputs.plan).toMatch(/Deploy churn 2\.0: 9 to create/);
    expect(d.summary).toContain('| + | create | `backendServices/churn-v2-0-be` |');
    expect(d.summary).toMatch(/Smoke test passed/);

    await env.emu.control.inject({ stockouts: [{ zone: 'us-central1-a', acceleratorType: 'nvidia-tesla-t4' }] });
    const t = await action('action-train', { manifest, project: PROJECT, 'compute-endpoint': env.emu.url });
    expect(t.code, t.stdout).toBe(0);
    expect(t.outputs).toMatchObject({ instance: 'churn-v2-0-train', zone: 'us-central1-b', state: 'running' });

    const bad = await action('action-deploy', { manifest, project: PROJECT, mode: 'deploy-everything', 'compute-endpoint': env.emu.url });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/::error::psml deploy failed: mode: unknown mode "deploy-everything"/);
  });
});
