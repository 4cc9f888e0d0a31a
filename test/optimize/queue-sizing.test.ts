import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ReplicaQueue, type Targets } from '../../shared/optimize/queue.js';
import { generateCandidates } from '../../shared/optimize/candidates.js';
import type { PerfData } from '../../shared/optimize/system.js';
import { miniSystem } from './helpers.js';

const perf = (p: Partial<PerfData>): PerfData => ({
  model: 'm', acc: 'A', accCount: 1, maxBatchSize: 1, atTokens: 0,
  decodeAlpha: 10, decodeBeta: 0, prefillConst: 100, prefillPerRequest: 0, prefillPerToken: 0, ...p,
});

const meets = (q: ReplicaQueue, t: Targets, lambda: number) => {
  const m = q.metrics(lambda);
  return !((t.itl > 0 && m.itl > t.itl) || (t.ttft > 0 && m.ttft > t.ttft));
};

/** The largest feasible rate by plain bisection on metrics(): slow, obviously correct, independent of the root search. */
function bisectRoot(q: ReplicaQueue, t: Targets, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (meets(q, t, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

const arbQueue = fc.record({
  n: fc.integer({ min: 1, max: 400 }),
  alpha: fc.double({ min: 1, max: 60, noNaN: true }),
  beta: fc.double({ min: 0, max: 2, noNaN: true }),
  gamma: fc.double({ min: 1, max: 200, noNaN: true }), // a replica with zero service time is not a queue
  delta: fc.double({ min: 0, max: 0.05, noNaN: true }),
  inTok: fc.integer({ min: 0, max: 8000 }),
  outTok: fc.integer({ min: 1, max: 1000 }),
});

describe('ReplicaQueue.size (root search)', () => {
  it('λ* meets every SLO, lies within 1e-9 below the largest rate that does, and its rate per replica is X(λ*)', () => {
    fc.assert(
      fc.property(
        arbQueue,
        fc.double({ min: 1.05, max: 40, noNaN: true }),
        fc.double({ min: 1.05, max: 400, noNaN: true }),
        fc.constantFrom('itl', 'ttft', 'both', 'both+tps'),
        (s, itlFactor, ttftFactor, which) => {
          const pd = perf({ decodeAlpha: s.alpha, decodeBeta: s.beta, prefillConst: s.gamma, prefillPerToken: s.delta });
          const q = new ReplicaQueue(pd, { n: s.n, inTokens: s.inTok, outTokens: s.outTok });
          // targets a factor above the zero-load values, so they bind somewhere in the range (or at its end)
          const base = q.metrics(q.rateRange().min);
          const t: Targets = {
            itl: which === 'ttft' ? 0 : base.itl * itlFactor,
            ttft: which === 'itl' ? 0 : base.ttft * ttftFactor,
            tps: which === 'both+tps' ? 100 : 0,
          };
          const r = q.size(t);
          expect(r.feasible).toBe(true);
          if (!r.feasible) return;
          expect(meets(q, t, r.lambdaStar)).toBe(true);
          expect(r.ratePerReplica).toBe(q.metrics(r.lambdaStar).throughput);
          const { min, max } = q.rateRange();
          const hi = t.tps > 0 ? 0.9 * max : max;
          const root = meets(q, t, hi) ? hi : bisectRoot(q, t, min, hi);
          expect(r.lambdaStar).toBeLessThanOrEqual(root);
          // within 1e-9 of the root, or (where the SLO metric barely moves with λ) on the target to rounding
          const m = q.metrics(r.lambdaStar);
          const worst = Math.max(t.itl > 0 ? m.itl / t.itl : 0, t.ttft > 0 ? m.ttft / t.ttft : 0);
          expect((root - r.lambdaStar) / root < 1e-9 || worst > 1 - 1e-11).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('infeasible exactly when even the minimum rate misses a target, with the reason', () => {
    fc.assert(
      fc.property(arbQueue, fc.double({ min: 0.5, max: 1.5, noNaN: true }), (s, f) => {
        const pd = perf({ decodeAlpha: s.alpha, decodeBeta: s.beta, prefillConst: s.gamma, prefillPerToken: s.delta });
        const q = new ReplicaQueue(pd, { n: s.n, inTokens: s.inTok, outTokens: s.outTok });
        const atMin = q.metrics(q.rateRange().min);
        const t: Targets = { itl: 0, ttft: atMin.ttft * f, tps: 0 };
        const r = q.size(t);
        expect(r.feasible).toBe(atMin.ttft <= t.ttft);
        if (!r.feasible) expect(r.reason).toMatch(/^TTFT .* ms > .* ms even at minimum load$/);
      }),
      { numRuns: 100 },
    );
  });

  it('one queue re-targeted with reset/setup sizes exactly like a fresh one', () => {
    const shared = new ReplicaQueue(perf({}), { n: 1, inTokens: 0, outTokens: 1 });
    fc.assert(
      fc.property(arbQueue, (s) => {
        const pd = perf({ decodeAlpha: s.alpha, decodeBeta: s.beta, prefillConst: s.gamma, prefillPerRequest: 0.5, prefillPerToken: s.delta });
        const shape = { n: s.n, inTokens: s.inTok, outTokens: s.outTok };
        const t: Targets = { itl: 3 * s.alpha + 1, ttft: 20 * (s.gamma + 10), tps: 0 };
        const fresh = new ReplicaQueue(pd, shape).size(t);
        expect(shared.reset(pd, shape).size(t)).toEqual(fresh);
        const g1 = pd.prefillPerRequest + pd.prefillPerToken * s.inTok;
        expect(shared.setup(s.n, pd.decodeAlpha, pd.decodeBeta, pd.prefillConst, g1, s.outTok).size(t)).toEqual(fresh);
      }),
      { numRuns: 100 },
    );
  });

  it('large batches (queue of 10·N ≥ 46,341 states): metrics stay finite and the search still lands on the root', () => {
    const pd = perf({ decodeAlpha: 8, decodeBeta: 0.02, prefillConst: 40, prefillPerToken: 0.002 });
    const q = new ReplicaQueue(pd, { n: 6000, inTokens: 500, outTokens: 40 });
    const t: Targets = { itl: 60, ttft: 2000, tps: 0 };
    const r = q.size(t);
    expect(r.feasible).toBe(true);
    if (!r.feasible) return;
    const { min, max } = q.rateRange();
    const root = meets(q, t, max) ? max : bisectRoot(q, t, min, max);
    expect(meets(q, t, r.lambdaStar)).toBe(true);
    expect((root - r.lambdaStar) / root).toBeLessThan(1e-9);
    for (const frac of [0.5, 0.99, 0.999]) {
      const m = q.metrics(frac * q.serviceRate(6000));
      for (const v of [m.throughput, m.itl, m.ttft, m.inSystem]) expect(Number.isFinite(v)).toBe(true);
    }
  });
});

describe('candidate sizing memo', () => {
  it('servers with the same model, class, tokens share one sizing per accelerator; others get their own', () => {
    const accs = [{ name: 'A', cost: 100 }, { name: 'B', cost: 300 }];
    const sys = miniSystem({
      accs,
      capacity: { A: 1000, B: 1000 },
      classes: [{ name: 'P1', priority: 1, itl: 40, ttft: 2000 }],
      perf: { A: { alpha: 10, beta: 0.5, gamma: 100, delta: 0.01, maxBatchSize: 8 }, B: { alpha: 5, beta: 0.2, gamma: 50, delta: 0.005, maxBatchSize: 16 } },
      servers: [
        { name: 's0', class: 'P1', rate: 60, in: 100, out: 50 },
        { name: 's1', class: 'P1', rate: 600, in: 100, out: 50 }, // same shape, 10× the load
        { name: 's2', class: 'P1', rate: 60, in: 200, out: 50 }, // other input tokens
        { name: 's3', class: 'P1', rate: 60, in: 100, out: 50, current: 'B', replicas: 1, keep: true }, // B only, memo hit
      ],
    });
    const { servers, stats } = generateCandidates(sys);
    expect(stats).toEqual({ sizingCalls: 7, sizingHits: 3 });
    const rate = (s: number, acc: string) => servers[s]!.candidates.find((c) => c.accelerator === acc)!.ratePerReplica;
    expect(rate(1, 'A')).toBe(rate(0, 'A'));
    expect(rate(3, 'B')).toBe(rate(0, 'B'));
    expect(rate(2, 'A')).not.toBe(rate(0, 'A'));
    // the rate only scales replicas: ⌈demand / rate⌉ with the server's own demand
    for (const sc of servers) for (const c of sc.candidates) expect(c.replicas).toBe(Math.max(Math.ceil(sc.demand / c.ratePerReplica - 1e-9), 0));
  });
});
