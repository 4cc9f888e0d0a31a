/**
 * ServingEndpoint: deploy of a full stack as a dependency graph with parallel branches (concurrency 4) ÷ the same plan
 * run one step at a time (concurrency 1), against the emulator with a fixed latency per API call (as the real API has);
 * also a no-op re-run (observe + plan, nothing to apply) ÷ a full deploy. Median of a few rounds.
 */
import { ComputeClients } from '../shared/gcp/compute-clients.js';
import { googleClientOptions } from '../shared/gcp/client-options.js';
import { loadExperimentText } from '../shared/manifest/load.js';
import { startComputeEmulator } from '../shared/emulators/compute/index.js';
import { ServingEndpoint } from '../shared/stacks/serving-endpoint.js';
import { median } from './stats.js';

const ROUNDS = Number(process.env.PSML_BENCH_ROUNDS ?? 3);
const LATENCY_MS = Number(process.env.PSML_BENCH_LATENCY_MS ?? 40);
const exp = loadExperimentText(
  `apiVersion: psml.dev/v1
kind: Experiment
service: bench
version: "1.0"
image: us-central1-docker.pkg.dev/psml-bench/psml/bench:1.0
serving: {machineType: e2-standard-2, replicas: {min: 2, max: 4}, port: 8080, region: us-central1, zones: [us-central1-a, us-central1-b]}
`,
  'bench.yaml',
  { project: null },
);
const fast = { retry: { minDelayMs: 5, maxDelayMs: 20 }, operation: { pollDelayMs: 5 } };

const emu = await startComputeEmulator({ port: 0 });
const clients = new ComputeClients(googleClientOptions('compute', emu.url));
try {
  const ep = (concurrency: number) => new ServingEndpoint(exp, { project: 'psml-bench', clients, resourceOptions: fast, concurrency });
  await ep(4).deploy(); // warm-up: load the client protos once
  const timed = async (fn: () => Promise<unknown>) => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const seq: number[] = [];
  const par: number[] = [];
  const noop: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    for (const [concurrency, out] of [[1, seq], [4, par]] as const) {
      await emu.control.reset();
      await emu.control.inject({ latency: [{ path: '^/compute/', ms: LATENCY_MS }] });
      out.push(await timed(() => ep(concurrency).deploy()));
    }
    noop.push(await timed(() => ep(4).deploy()));
  }
  const [s, p, n] = [median(seq), median(par), median(noop)];
  console.log(`full serving stack (9 resources), ${LATENCY_MS} ms per API call, ${ROUNDS} rounds (median):`);
  console.log(`  one step at a time ${s.toFixed(0)} ms, dependency graph in parallel ${p.toFixed(0)} ms, no-op re-run ${n.toFixed(0)} ms`);
  console.log(`parallel ÷ sequential = ${(p / s).toFixed(3)}   (lower is better; 4 of 9 steps are independent)`);
  console.log(`no-op re-run ÷ full deploy = ${(n / p).toFixed(3)}`);
} finally {
  await clients.close();
  await emu.close();
}
