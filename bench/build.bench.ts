/**
 * action-build / psml build: warm rebuild ÷ cold build of the hello example on the real engine (expect well under 0.5).
 * Cold = no layer cache at all; warm = same inputs again, every step from the cache. Median of a few rounds.
 */
import { rmSync } from 'node:fs';
import Docker from 'dockerode';
import { buildImages } from '../shared/build/builder.js';
import { helloContext } from '../examples/hello/context.js';
import { median } from './stats.js';

const ROUNDS = Number(process.env.PSML_BENCH_ROUNDS ?? 3);
const docker = new Docker();
const prefix = `127.0.0.1:5000/psml-bench-build-${process.pid}`;
const root = helloContext();
const config = {
  project: 'psml-bench',
  region: 'us-central1',
  registry: { repository: 'psml', url: prefix },
  root,
  images: { hello: { context: '.', buildArgs: {}, labels: {} } },
};

async function timed(cache: boolean): Promise<{ ms: number; cached: number; steps: number }> {
  const started = performance.now();
  const [img] = await buildImages(config, { tags: ['bench'], cache });
  return { ms: performance.now() - started, cached: img!.cachedSteps, steps: img!.steps };
}

try {
  const cold: number[] = [];
  const warm: number[] = [];
  let last = { cached: 0, steps: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    cold.push((await timed(false)).ms);
    const w = await timed(true);
    warm.push(w.ms);
    last = w;
  }
  const [c, w] = [median(cold), median(warm)];
  console.log(`hello example, ${ROUNDS} rounds (median): cold build ${c.toFixed(0)} ms, warm rebuild ${w.toFixed(0)} ms (${last.cached}/${last.steps} steps cached)`);
  console.log(`warm ÷ cold = ${(w / c).toFixed(3)}   (target < 0.5)`);
} finally {
  for (const img of await docker.listImages()) {
    for (const t of img.RepoTags ?? []) if (t.startsWith(prefix)) await docker.getImage(t).remove({ force: true }).catch(() => undefined);
  }
  rmSync(root, { recursive: true, force: true });
}
