/**
 * psml serve overhead: requests/s and p50/p99 latency of a trivial Python inference function called through the
 * HTTP server (JSON parsing, validation, queue, pipe, response) versus called on the same kind of worker directly
 * over its pipe — the baseline, measured in the same run. Concurrency 1 and 16, a few seconds each.
 * Client and server share this process (and the machine's two cores) in both cases.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveEntryPoint } from '../shared/serve/entry-point.js';
import { startServer } from '../shared/serve/server.js';
import { InferenceWorker, type WorkerCall } from '../shared/serve/worker.js';

const SECONDS = Number(process.env.PSML_BENCH_SECONDS ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'psml-bench-serve-'));
writeFileSync(
  join(dir, 'trivial.py'),
  `def inference(parameters, inputs, output_fields, model_key, model=None):
    x = inputs[0]["data"] if inputs else []
    return [{"name": "y", "datatype": "FP32", "shape": [len(x)], "data": [v + 1 for v in x]}], model or object()
`,
);
const input = { name: 'x', datatype: 'FP32', shape: [4], data: [1, 2, 3, 4] };

interface Result {
  rps: number;
  p50: number;
  p99: number;
}

/** `concurrency` closed loops calling `once` for SECONDS (after a short warm-up); latency in ms. */
async function load(concurrency: number, once: () => Promise<void>): Promise<Result> {
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) await once();
  const lat: number[] = [];
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await once();
        lat.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  lat.sort((a, b) => a - b);
  const q = (p: number) => lat[Math.min(lat.length - 1, Math.ceil(p * lat.length) - 1)] as number;
  return { rps: lat.length / elapsed, p50: q(0.5), p99: q(0.99) };
}

async function direct(concurrency: number): Promise<Result> {
  const worker = InferenceWorker.create({ entry: resolveEntryPoint('trivial.inference', [dir]), modelKey: '' });
  await worker.start();
  const call: WorkerCall = { parameters: [], inputs: [input], output_fields: [] };
  try {
    return await load(concurrency, async () => {
      const r = await worker.call(call);
      if (!r.ok) throw new Error(r.error);
    });
  } finally {
    worker.kill();
  }
}

async function served(concurrency: number): Promise<Result> {
  const server = await startServer({ entryPoint: 'trivial.inference', pythonPath: [dir], port: 0, logLevel: 'warn', waitUntilReady: true, maxQueue: 64 });
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const body = Buffer.from(JSON.stringify({ inputs: [input] }));
  const url = `${server.url}/v2/models/model/infer`;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`HTTP ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
  try {
    return await load(concurrency, once);
  } finally {
    agent.destroy();
    await server.close();
  }
}

const fmt = (r: Result) => `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms`;

try {
  console.log(`trivial Python function, ${SECONDS} s per measurement`);
  for (const c of [1, 16]) {
    const base = await direct(c);
    const http = await served(c);
    console.log(`concurrency ${String(c).padStart(2)}  worker pipe (baseline): ${fmt(base)}`);
    console.log(`concurrency ${String(c).padStart(2)}  psml serve (HTTP):      ${fmt(http)}`);
    console.log(
      `concurrency ${String(c).padStart(2)}  overhead: throughput serve ÷ pipe = ${(http.rps / base.rps).toFixed(2)}, ` +
        `p50 serve ÷ pipe = ${(http.p50 / base.p50).toFixed(2)}, p99 serve ÷ pipe = ${(http.p99 / base.p99).toFixed(2)}; ` +
        `added p50 latency ${(http.p50 - base.p50).toFixed(2)} ms`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
