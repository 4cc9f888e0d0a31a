/**
 * Compute clients: (1) cold load of the clients psml uses through deep imports vs the package root (every client
 * and proto), in fresh node processes; (2) create+delete throughput of the base ResourceClient against the local
 * emulator with no faults (baseline) vs 20 % of mutations answered 503 (retried with backoff).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startComputeEmulator } from '../shared/emulators/compute/index.js';
import { ComputeClients } from '../shared/gcp/compute-clients.js';
import { googleClientOptions } from '../shared/gcp/client-options.js';
import { HealthCheckClient } from '../shared/compute/index.js';
import { loadExperimentText } from '../shared/manifest/load.js';
import { median } from './stats.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.PSML_BENCH_ROUNDS ?? 3);

function coldMs(code: string): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`child failed: ${code}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

const baseline = coldMs('');
const deep = coldMs(
  "import { createRequire } from 'node:module'; const r = createRequire(process.cwd() + '/'); " +
    "for (const c of ['instances','instance_templates','region_instance_group_managers','region_autoscalers','health_checks','backend_services','url_maps','target_http_proxies','global_forwarding_rules','firewalls','zone_operations','global_operations']) r('@google-cloud/compute/build/src/v1/' + c + '_client.js');",
);
const whole = coldMs("await import('@google-cloud/compute');");
console.log(`cold load: node alone ${baseline.toFixed(0)} ms, deep imports ${deep.toFixed(0)} ms, package root ${whole.toFixed(0)} ms`);
console.log(`  ratio package root / deep imports (minus node start): ${((whole - baseline) / (deep - baseline)).toFixed(2)}×`);

const exp = loadExperimentText(
  'apiVersion: psml.dev/v1\nkind: Experiment\nservice: bench\nversion: "1.0"\nimage: us-docker.pkg.dev/p/r/i:1\nserving: {machineType: e2-standard-2, region: us-central1}\n',
  'bench.yaml',
  { project: null },
);
const emulator = await startComputeEmulator();
const clients = new ComputeClients(googleClientOptions('compute', emulator.url));
const hc = new HealthCheckClient(clients, { project: 'bench' }, { retry: { minDelayMs: 5, maxDelayMs: 40 }, operation: { pollDelayMs: 1 } });
const spec = hc.createSpecification(exp, { project: 'bench' });
const N = 40;

async function cycle(faulty: boolean): Promise<number> {
  await emulator.control.reset();
  if (faulty) await emulator.control.inject({ http: [{ method: 'POST', path: 'healthChecks\\?', status: 503, times: N / 5 }, { method: 'DELETE', status: 503, times: N / 5 }] });
  const t = performance.now();
  for (let i = 0; i < N; i++) {
    await hc.create({ ...spec, name: `${spec.name}-${i}` });
    await hc.delete(`${spec.name}-${i}`);
  }
  return performance.now() - t;
}
await cycle(false); // warm-up: client initialization
const clean = median([await cycle(false), await cycle(false), await cycle(false)]);
const faulty = median([await cycle(true), await cycle(true), await cycle(true)]);
console.log(`create+delete ×${N}: no faults ${clean.toFixed(0)} ms (${((2 * N) / (clean / 1000)).toFixed(0)} mutations/s), 20 % 503s ${faulty.toFixed(0)} ms`);
console.log(`  ratio with 503s / without: ${(faulty / clean).toFixed(2)}×`);
await clients.close();
await emulator.close();
