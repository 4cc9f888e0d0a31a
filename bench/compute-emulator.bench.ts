/**
 * Compute emulator throughput through the official client, as a ratio to a baseline measured in the same run:
 * a bare node:http server that answers every request with a fixed JSON body (the client + HTTP cost alone).
 */
import http from 'node:http';
import { HealthChecksClient } from '@google-cloud/compute/build/src/v1/health_checks_client.js';
import { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
import { googleClientOptions } from '../shared/gcp/client-options.js';
import { startComputeEmulator } from '../shared/emulators/compute/index.js';

const N = 400;
const project = 'bench';
const zone = 'us-central1-a';

async function timed(label: string, n: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn(i);
  const perSec = (n / (performance.now() - t0)) * 1000;
  console.log(`${label.padEnd(44)} ${perSec.toFixed(0).padStart(7)} calls/s`);
  return perSec;
}

const fixed = JSON.stringify({ kind: 'compute#operation', name: 'operation-1', status: 'DONE', id: '1' });
const bare = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(fixed));
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as { port: number }).port}`;
const emu = await startComputeEmulator();

const hcBody = (i: number) => ({ name: `hc-${i}`, type: 'HTTP', httpHealthCheck: { port: 8080, requestPath: '/health' } });
const base = new HealthChecksClient(googleClientOptions('compute', bareUrl));
const hcs = new HealthChecksClient(googleClientOptions('compute', emu.url));
const ops = new GlobalOperationsClient(googleClientOptions('compute', emu.url));
const instances = new InstancesClient(googleClientOptions('compute', emu.url));

// warm both paths (JIT, client descriptor caches) before measuring
for (let i = 0; i < 100; i++) {
  await base.insert({ project, healthCheckResource: hcBody(i) });
  await hcs.get({ project, healthCheck: 'warm' }).catch(() => undefined);
}
const baseline = await timed('baseline: bare HTTP server, insert', N, (i) => base.insert({ project, healthCheckResource: hcBody(i) }));
const insert = await timed('emulator: healthChecks.insert', N, (i) => hcs.insert({ project, healthCheckResource: hcBody(i) }));
const wait = await timed('emulator: healthChecks.insert + operations.wait', N, async (i) => {
  const [w] = await hcs.insert({ project, healthCheckResource: hcBody(N + i) });
  await ops.wait({ project, operation: (w.latestResponse as { name: string }).name });
});
const get = await timed('emulator: healthChecks.get', N, (i) => hcs.get({ project, healthCheck: `hc-${i}` }));
for (let i = 0; i < 200; i++) {
  await instances.insert({ project, zone, instanceResource: { name: `vm-${i}`, machineType: `zones/${zone}/machineTypes/e2-small`, disks: [{ boot: true, initializeParams: { sourceImage: 'projects/debian-cloud/global/images/family/debian-12' } }], labels: { 'managed-by': i % 2 ? 'psml' : 'other' } } });
}
const list = await timed('emulator: instances.list (200 VMs, label filter)', 100, () => instances.list({ project, zone, filter: 'labels.managed-by = psml' }));

console.log(`\nratio insert/baseline          ${(insert / baseline).toFixed(2)}`);
console.log(`ratio insert+wait/baseline     ${(wait / baseline).toFixed(2)}  (two calls per step)`);
console.log(`ratio get/baseline             ${(get / baseline).toFixed(2)}`);
console.log(`ratio filtered list/baseline   ${(list / baseline).toFixed(2)}`);
await emu.close();
bare.close();
