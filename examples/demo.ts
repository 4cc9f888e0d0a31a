/**
 * `npm run demo`: the offline lifecycle of one experiment, end to end, on real parts — a real Docker engine and
 * registry, the Compute Engine and Cloud Billing emulators spoken to by the official Google clients, real processes.
 * Every step is the `psml` command a user would type (shown as `$ psml …`); nothing leaves 127.0.0.1.
 *
 *   validate → build + push → run a command in its container → price the change → optimize accelerators →
 *   serve the model in its container → deploy (plan, apply, smoke test, promote) → train with zone fallback → tear down
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Docker from 'dockerode';
import { startComputeEmulator } from '../shared/emulators/compute/index.js';
import { startBillingEmulator } from '../shared/emulators/billing/server.js';
import { startServiceManagementEmulator } from '../shared/emulators/servicemanagement/server.js';
import { EMBEDDED_CATALOG } from '../shared/pricing/embedded-catalog.js';
import { ensureRuntimeBase } from './runtime-base.js';
import { startLocalInfra } from '../scripts/local-infra.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = path.join(root, 'examples', 'demo');
const started = Date.now();
const steps: Array<{ title: string; seconds: number }> = [];

function section(title: string): void {
  steps.push({ title, seconds: (Date.now() - started) / 1000 });
  console.log(`\n\x1b[1m━━ ${steps.length}. ${title}\x1b[0m`);
}

/**
 * Runs `psml <args>` from the sources (the same code the actions bundle) and fails the demo if it fails.
 * Asynchronous on purpose: the emulators answer from this process's event loop.
 */
async function psml(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  console.log(`\x1b[36m$ psml ${args.map((a) => (/[\s"'$]/.test(a) ? JSON.stringify(a) : a)).join(' ')}\x1b[0m`);
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'shared/cli/main.ts'), ...args], {
    cwd: opts.cwd ?? root,
    env: { ...process.env, ...opts.env },
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  if (code !== 0) throw new Error(`psml ${args.slice(0, 2).join(' ')} exited with ${code}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function main(): Promise<void> {
  section('Local parts: a private Docker engine and registry, Compute Engine, Billing and Service Management emulators on 127.0.0.1');
  startLocalInfra();
  const compute = await startComputeEmulator({});
  const billing = await startBillingEmulator({ snapshot: EMBEDDED_CATALOG });
  const endpoints = await startServiceManagementEmulator({});
  const env = { PSML_COMPUTE_ENDPOINT: compute.url, PSML_BILLING_ENDPOINT: billing.url, PSML_SERVICEMANAGEMENT_ENDPOINT: endpoints.url };
  console.log(`Docker ${process.env.DOCKER_HOST}, registry ${process.env.PSML_TEST_REGISTRY}, Compute ${compute.url}, Billing ${billing.url}, Service Management ${endpoints.url}`);
  const work = mkdtempSync(path.join(os.tmpdir(), 'psml-demo-'));
  const docker = new Docker();
  let serving: Docker.Container | undefined;
  try {
    const experiments = path.join(work, 'experiments');
    cpSync(path.join(demo, 'experiments'), experiments, { recursive: true });
    const current = path.join(experiments, 'churn-1.1.yaml');
    const candidate = path.join(experiments, 'churn-1.2.yaml');
    const config = path.join(demo, 'psml.yaml');

    section('Validate the manifests (an Experiment per revision, and the MLComponent of seed 004)');
    await psml(['validate', current, candidate, 'examples/churn/mlcomponent.yaml', '--project', config]);

    section('Build the images by simple name and push them to the registry (layer cache from the last push)');
    await ensureRuntimeBase(docker);
    await psml(['build', 'psml', 'churn', '--config', config, '--push']);

    section('Run a psml command in its container, as on a laptop (local mounts, argv passed intact)');
    // a scratch checkout, so the engine's local mounts point into it rather than into this repository
    cpSync(config, path.join(work, 'psml.yaml'));
    await psml(['engine', 'print', '--env', 'local', '--', 'test', 'paystone', 'storage'], { cwd: work });
    await psml(['engine', 'run', '--env', 'local', '--', 'test', 'paystone', 'storage', '--message', 'quotes \' " and $(not a subshell)'], { cwd: work });

    section('Price the candidate revision against the current one (the PR comment, from the Billing Catalog API)');
    await psml(['price', candidate, '--base', current, '--catalog-endpoint', billing.url, '--format', 'markdown'], { cwd: demo });

    section('Choose accelerators for the fleet within capacity, and write the choice into the manifests');
    await psml(['optimize', '--input', path.join(demo, 'optimizer/system.json'), '--format', 'markdown', '--apply-to', experiments]);

    section('Serve the model in its container and smoke-test it over the Open Inference Protocol');
    const port = await freePort();
    serving = await docker.createContainer({
      Image: '127.0.0.1:5000/psml/churn:latest', // as built and pushed above (psml.yaml registry.url)
      // exactly what the serving VM's startup script runs (production form, no mounts), on a free loopback port
      Cmd: ['psml-cli', 'experiments', 'serve', 'churn', '1', '2', '--host', '127.0.0.1', '--port', String(port)],
      HostConfig: { NetworkMode: 'host' },
      Labels: { 'managed-by': 'psml-demo' },
    });
    await serving.start();
    const endpoint = `http://127.0.0.1:${port}`;
    await psml(['deploy', 'smoke', candidate, '--endpoint', endpoint, '--model', 'churn', '--request', 'examples/churn/sample-request.json', '--timeout', '60'], { env });

    section('Deploy the serving stack on (emulated) Compute Engine: plan, apply in dependency order, plan again, promote');
    const project = ['--project', 'psml-demo'];
    await psml(['deploy', 'plan', candidate, ...project], { env });
    await psml(['deploy', 'apply', candidate, ...project, '--endpoint', endpoint, '--model', 'churn', '--request', 'examples/churn/sample-request.json', '--timeout', '120'], { env });
    await psml(['deploy', 'plan', candidate, ...project], { env });
    await psml(['deploy', 'promote', candidate, ...project], { env });
    // psml.yaml names a Cloud Endpoints service: apply and promote published its OpenAPI document; show what is routed
    const openapi = path.join(work, 'openapi.json');
    await psml(['deploy', 'openapi', '--manifest', candidate, ...project, '--format', 'json', '--output', openapi], { env });
    const doc = JSON.parse(readFileSync(openapi, 'utf8')) as { host: string; paths: Record<string, unknown> };
    console.log(`${doc.host}: ${Object.keys(doc.paths).length} paths, e.g. ${Object.keys(doc.paths).filter((k) => k.endsWith('/infer')).join(', ')}`);

    section('Train on a Spot GPU VM: the first zone is out of T4s, psml falls back to the next one');
    await compute.control.inject({ stockouts: [{ zone: 'us-central1-a', acceleratorType: 'nvidia-tesla-t4' }] });
    await psml(['train', candidate, ...project], { env });
    await psml(['train', 'cancel', candidate, ...project], { env });

    section('Tear everything down and check that nothing billable is left');
    await psml(['deploy', 'teardown', candidate, ...project, '--all'], { env });
    const left = Object.keys((await compute.control.state()).resources).filter((k) => !/\/(machineTypes|acceleratorTypes|zones|regions)\//.test(k));
    if (left.length) throw new Error(`resources left after teardown: ${left.join(', ')}`);
    console.log('no resource left in the emulated project');
  } finally {
    await serving?.remove({ force: true }).catch(() => undefined);
    await compute.close();
    await billing.close();
    await endpoints.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n\x1b[1mdemo finished in ${((Date.now() - started) / 1000).toFixed(1)} s\x1b[0m`);
}

main().catch((e: unknown) => {
  console.error(`\ndemo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
