import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ReplicaQueue, maxBatchFor } from '../../shared/optimize/queue.js';
import { generateCandidates } from '../../shared/optimize/candidates.js';
import type { PerfData } from '../../shared/optimize/system.js';
import { miniSystem } from './helpers.js';

const perf = (p: Partial<PerfData>): PerfData => ({
  model: 'm', acc: 'A', accCount: 1, maxBatchSize: 1, atTokens: 0,
  decodeAlpha: 10, decodeBeta: 0, prefillConst: 100, prefillPerRequest: 0, prefillPerToken: 0, ...p,
});

/** Direct summation over every state of the chain: the textbook definition, independent of the O(N) solver. */
function bruteForce(pd: PerfData, n: number, inTok: number, outTok: number, lambda: number) {
  const S = (k: number) => pd.prefillConst + (pd.prefillPerRequest + pd.prefillPerToken * inTok) * k + (outTok - 1) * (pd.decodeAlpha + pd.decodeBeta * k);
  const mu = (k: number) => (1000 * Math.min(k, n)) / S(Math.min(k, n));
  const K = 11 * n;
  const logw = [0];
  for (let k = 1; k <= K; k++) logw.push(logw[k - 1]! + Math.log(lambda / mu(k)));
  const mx = Math.max(...logw);
  const w = logw.map((l) => Math.exp(l - mx));
  const z = w.reduce((a, b) => a + b, 0);
  const p = w.map((x) => x / z);
  const X = lambda * (1 - p[K]!);
  const L = p.reduce((a, pk, k) => a + k * pk, 0);
  const Ls = p.reduce((a, pk, k) => a + Math.min(k, n) * pk, 0);
  const Tserv = Ls / X;
  const W = Math.max(L / X - Tserv, 0);
  const g1 = pd.prefillPerRequest + pd.prefillPerToken * inTok;
  const den = g1 + pd.decodeBeta * (outTok - 1);
  const nEff = den > 0 ? Math.min(Math.max((Tserv * 1000 - pd.prefillConst - pd.decodeAlpha * (outTok - 1)) / den, 0), n) : 0;
  return { X, itl: pd.decodeAlpha + pd.decodeBeta * nEff, ttft: W * 1000 + pd.prefillConst + g1 * nEff };
}

describe('ReplicaQueue (hand-computed)', () => {
  it('one slot: M/M/1/11 with μ = 1000/190 per s, TTFT = wait + prefill, ITL = α', () => {
    // service time = γ + (K−1)·α = 100 + 9·10 = 190 ms
    const q = new ReplicaQueue(perf({}), { n: 1, inTokens: 0, outTokens: 10 });
    const mu = 1000 / 190;
    expect(q.serviceRate(1)).toBeCloseTo(mu, 12);
    const lambda = 0.5 * mu;
    const rho = 0.5;
    const p = Array.from({ length: 12 }, (_, k) => rho ** k);
    const z = p.reduce((a, b) => a + b, 0);
    const L = p.reduce((a, x, k) => a + (k * x) / z, 0);
    const X = lambda * (1 - p[11]! / z);
    const wait = L / X - 1 / mu; // flow balance: T_serv = 1/μ
    const m = q.metrics(lambda);
    expect(m.throughput).toBeCloseTo(X, 12);
    expect(m.itl).toBeCloseTo(10, 12);
    expect(m.ttft).toBeCloseTo(wait * 1000 + 100, 9);
  });

  it('zero load: no queueing, ITL = α, TTFT = γ', () => {
    const q = new ReplicaQueue(perf({ decodeBeta: 2 }), { n: 4, inTokens: 0, outTokens: 10 });
    const m = q.metrics(0);
    expect(m.throughput).toBe(0);
    expect(m.itl).toBe(10);
    expect(m.ttft).toBe(100);
  });

  it('matches direct summation over all 11·N states, also at batch 300 where naive products overflow', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.01, max: 0.999, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 1000 }),
        (n, frac, alpha, beta, inTok, outTok) => {
          const pd = perf({ decodeAlpha: alpha, decodeBeta: beta, prefillConst: 30, prefillPerToken: 0.01 });
          const q = new ReplicaQueue(pd, { n, inTokens: inTok, outTokens: outTok });
          const lambda = frac * q.serviceRate(n);
          const m = q.metrics(lambda);
          const b = bruteForce(pd, n, inTok, outTok, lambda);
          expect(m.throughput).toBeCloseTo(b.X, 6);
          expect(Math.abs(m.itl - b.itl)).toBeLessThan(1e-6 * Math.max(1, b.itl));
          expect(Math.abs(m.ttft - b.ttft)).toBeLessThan(1e-6 * Math.max(1, b.ttft));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('sizing: the largest rate meeting the SLO, to the tolerance, and infeasible when even minimum load misses', () => {
    const pd = perf({ decodeAlpha: 10, decodeBeta: 0.5 });
    const q = new ReplicaQueue(pd, { n: 16, inTokens: 100, outTokens: 100 });
    const r = q.size({ itl: 14, ttft: 0, tps: 0 });
    expect(r.feasible).toBe(true);
    if (!r.feasible) return;
    expect(q.metrics(r.lambdaStar).itl).toBeLessThanOrEqual(14);
    expect(q.metrics(r.lambdaStar * (1 + 1e-5)).itl).toBeGreaterThan(14);
    const bad = q.size({ itl: 9, ttft: 0, tps: 0 });
    expect(bad).toMatchObject({ feasible: false });
    if (!bad.feasible) expect(bad.reason).toMatch(/ITL .* > 9 ms/);
  });

  it('max batch: override, else ⌊maxBatchSize·atTokens/K⌋ ≥ 1', () => {
    expect(maxBatchFor(51, 512, 0, 1024)).toBe(25);
    expect(maxBatchFor(51, 512, 7, 1024)).toBe(7);
    expect(maxBatchFor(1, 10, 0, 1000)).toBe(1);
  });
});

describe('candidates', () => {
  const accs = [{ name: 'A', cost: 100 }, { name: 'B', cost: 300 }];
  it('zero load: 0 replicas and no cost; minNumReplicas raises it', () => {
    const sys = miniSystem({ accs, capacity: { A: 10, B: 10 }, servers: [{ name: 's0', class: 'P1', rate: 0 }, { name: 's1', class: 'P1', rate: 0, min: 2 }] });
    const [s0, s1] = generateCandidates(sys).servers;
    expect(s0!.candidates.map((c) => [c.accelerator, c.replicas, c.cost])).toEqual([['A', 0, 0], ['B', 0, 0]]);
    expect(s1!.candidates[0]).toMatchObject({ accelerator: 'A', replicas: 2, cost: 200 });
    expect(s1!.candidates[0]!.value).toBeCloseTo(220, 9);
  });

  it('replicas = ⌈demand / rate per replica⌉ and value = 1.1 × cost for a new server', () => {
    // one slot, μ = 1000/190 req/s; no SLO → λ* = 0.999 μ; demand 600/60 = 10 req/s
    const sys = miniSystem({ accs, capacity: { A: 100, B: 100 }, servers: [{ name: 's', class: 'P1', rate: 600 }] });
    const [s] = generateCandidates(sys).servers;
    const c = s!.candidates[0]!;
    expect(c.ratePerReplica).toBeLessThan(0.999 * (1000 / 190));
    expect(c.replicas).toBe(Math.ceil(10 / c.ratePerReplica));
    expect(c.cost).toBe(100 * c.replicas);
    expect(c.value).toBeCloseTo(1.1 * c.cost, 9);
  });

  it('transition penalty: same accelerator → cost difference; other accelerator → 0.1·(a+b) + (b−a)', () => {
    const sys = miniSystem({ accs, capacity: { A: 100, B: 100 }, servers: [{ name: 's', class: 'P1', rate: 60, current: 'A', replicas: 3 }] });
    const [s] = generateCandidates(sys).servers;
    const a = s!.candidates.find((c) => c.accelerator === 'A')!;
    const b = s!.candidates.find((c) => c.accelerator === 'B')!;
    expect(a.value).toBeCloseTo(a.cost - 300, 9);
    expect(b.value).toBeCloseTo(0.1 * (300 + b.cost) + (b.cost - 300), 9);
  });

  it('keepAccelerator restricts candidates to the current accelerator', () => {
    const sys = miniSystem({ accs, capacity: { A: 100, B: 100 }, servers: [{ name: 's', class: 'P1', current: 'B', replicas: 1, keep: true }] });
    expect(generateCandidates(sys).servers[0]!.candidates.map((c) => c.accelerator)).toEqual(['B']);
  });

  it('SLO infeasible on one accelerator: dropped with the reason', () => {
    const sys = miniSystem({
      accs,
      capacity: { A: 100, B: 100 },
      classes: [{ name: 'P1', priority: 1, itl: 8 }],
      perf: { A: { alpha: 10, beta: 0, gamma: 100, delta: 0 }, B: { alpha: 5, beta: 0, gamma: 100, delta: 0 } },
      servers: [{ name: 's', class: 'P1' }],
    });
    const [s] = generateCandidates(sys).servers;
    expect(s!.candidates.map((c) => c.accelerator)).toEqual(['B']);
    expect(s!.rejected.join()).toMatch(/A: ITL 10 ms > 8 ms/);
  });

  it('TPS class: sized at 0.9·λmax, demand = slo-tps / output tokens', () => {
    const sys = miniSystem({ accs: [{ name: 'A', cost: 100 }], capacity: { A: 100 }, classes: [{ name: 'P1', priority: 1, tps: 100 }], servers: [{ name: 's', class: 'P1', rate: 0, out: 10 }] });
    const [s] = generateCandidates(sys).servers;
    const q = new ReplicaQueue(perf({}), { n: 1, inTokens: 0, outTokens: 10 });
    const rate = q.metrics(0.9 * 0.999 * q.serviceRate(1)).throughput;
    expect(s!.demand).toBe(10);
    expect(s!.candidates[0]!.replicas).toBe(Math.ceil(10 / rate));
  });

  it('maxNumReplicas drops candidates that would need more', () => {
    const sys = miniSystem({ accs, capacity: { A: 100, B: 100 }, servers: [{ name: 's', class: 'P1', rate: 600, max: 2 }] });
    const [s] = generateCandidates(sys).servers;
    expect(s!.candidates).toEqual([]);
    expect(s!.rejected.join()).toMatch(/maxNumReplicas 2/);
  });
});
