/**
 * The reference's queueing model of one inference replica, written for speed and robustness:
 * a state-dependent birth–death chain with N batch slots and a queue of 10·N, solved in O(N) per rate with
 * running sums rescaled in O(1) (instead of rescaling every stored probability), a closed-form geometric tail
 * for the queue states, float64 throughout, and a bracketing root finder with a real relative tolerance.
 */
import type { PerfData } from './system.js';

export interface QueueShape {
  /** max batch (slots in service) */
  n: number;
  /** avg input tokens */
  inTokens: number;
  /** avg output tokens (≥ 1) */
  outTokens: number;
}

export interface QueueMetrics {
  /** req/s arriving (offered) */
  lambda: number;
  /** req/s served (λ·(1 − P_block)) */
  throughput: number;
  /** ms */
  itl: number;
  /** ms */
  ttft: number;
  /** mean number of requests in the replica */
  inSystem: number;
}

export interface Targets {
  itl: number;
  ttft: number;
  tps: number;
}

export type SizingResult =
  | { feasible: true; lambdaStar: number; ratePerReplica: number; maxRate: number }
  | { feasible: false; reason: string };

/** Relative tolerance on the SLO-limited arrival rate. */
export const RATE_TOLERANCE = 1e-6;
/** TPS classes size to this fraction of the maximum rate (as the reference does). */
export const TPS_MARGIN = 0.9;
const RESCALE = 1e150;
const INV_RESCALE = 1e-150;

/** One replica of (model, accelerator) for one request shape: precomputed service rates, then metrics for any λ. */
export class ReplicaQueue {
  readonly n: number;
  /** 1/μ(k) in s, k = 1..N (index 0 unused) */
  /** 1/μ(k) in s is (c0 + c1·k)/k: service time of a batch of k, linear in k (no per-k table: O(1) to build) */
  private readonly c0: number;
  private readonly c1: number;
  private readonly queueStates: number;
  private readonly g0: number;
  private readonly g1: number;
  private readonly alpha: number;
  private readonly beta: number;
  private readonly k1: number;

  constructor(perf: PerfData, shape: QueueShape) {
    const n = Math.max(1, Math.floor(shape.n));
    this.n = n;
    this.queueStates = 10 * n;
    this.alpha = perf.decodeAlpha;
    this.beta = perf.decodeBeta;
    this.g0 = perf.prefillConst;
    this.g1 = perf.prefillPerRequest + perf.prefillPerToken * shape.inTokens;
    this.k1 = Math.max(shape.outTokens, 1) - 1;
    this.c0 = (this.g0 + this.k1 * this.alpha) / 1000;
    this.c1 = (this.g1 + this.k1 * this.beta) / 1000;
  }

  /** Time in ms for a batch of n requests to finish: prefill + (K−1) decode steps. */
  serviceTimeMs(n: number): number {
    return this.g0 + this.g1 * n + this.k1 * (this.alpha + this.beta * n);
  }

  /** 1/μ(k) in s. */
  private invMu(k: number): number {
    return Math.max(this.c0 + this.c1 * k, 1e-12) / k;
  }

  /** μ(k) in req/s. */
  serviceRate(k: number): number {
    return 1 / this.invMu(Math.min(Math.max(k, 1), this.n));
  }

  metrics(lambda: number): QueueMetrics {
    const n = this.n;
    const c0 = this.c0;
    const c1 = this.c1;
    if (!(lambda > 0)) {
      return { lambda: 0, throughput: 0, itl: this.alpha, ttft: this.g0, inSystem: 0 };
    }
    // head: states 0..N, w_k ∝ Π λ/μ(j); sums rescaled together so only ratios matter
    let w = 1;
    let s0 = 1;
    let s1 = 0;
    for (let k = 1; k <= n; k++) {
      const r = (lambda * Math.max(c0 + c1 * k, 1e-12)) / k;
      w *= r;
      s0 += w;
      s1 += k * w;
      if (w > RESCALE) {
        w *= INV_RESCALE;
        s0 *= INV_RESCALE;
        s1 *= INV_RESCALE;
      }
      // μ(k) grows with k, so once λ/μ(k) < 1 the remaining weights fall at least geometrically: when everything
      // after k (head and queue, bounded by that geometric series) is below 1e-16 of the sums, stop — the result is the
      // same to double precision, and large batches (N in the thousands) cost only the states that carry mass
      if (r < 1 && k < n) {
        const rest0 = (w * r) / (1 - r);
        const rest1 = rest0 * (k + 1 / (1 - r));
        if (rest0 < 1e-17 * s0 && rest1 < 1e-17 * s1) return this.finish(lambda, 0, s1 / s0, s1 / s0);
      }
    }
    // tail: M queue states with constant ratio ρ = λ/μ(N): Σρ^j and Σ jρ^j in closed form
    const m = this.queueStates;
    const rho = lambda * this.invMu(n);
    let t0: number;
    let t1: number;
    let rhoM: number;
    if (Math.abs(1 - rho) < 1e-4) {
      t0 = 0;
      t1 = 0;
      let p = 1;
      for (let j = 1; j <= m; j++) {
        p *= rho;
        t0 += p;
        t1 += j * p;
      }
      rhoM = p;
    } else {
      rhoM = Math.pow(rho, m);
      const om = 1 - rho;
      t0 = (rho * (1 - rhoM)) / om;
      t1 = (rho * (1 - (m + 1) * rhoM + m * rhoM * rho)) / (om * om);
      if (!Number.isFinite(t0) || !Number.isFinite(t1)) {
        // ρ > 1 with a huge M: the tail dominates; fold it into log-free form by rescaling with ρ^M
        return this.saturatedMetrics(lambda);
      }
    }
    const z = s0 + w * t0;
    const pBlock = (w * rhoM) / z;
    const inSystem = (s1 + w * (n * t0 + t1)) / z;
    const inService = (s1 + n * w * t0) / z;
    return this.finish(lambda, pBlock, inSystem, inService);
  }

  private finish(lambda: number, pBlock: number, inSystem: number, inService: number): QueueMetrics {
    const x = lambda * (1 - pBlock);
    const tServ = inService / x; // s
    const wait = Math.max(inSystem / x - tServ, 0);
    const den = this.g1 + this.beta * this.k1;
    let nEff = den > 0 ? (tServ * 1000 - this.g0 - this.alpha * this.k1) / den : 0;
    nEff = Math.min(Math.max(nEff, 0), this.n);
    return {
      lambda,
      throughput: x,
      itl: this.alpha + this.beta * nEff,
      ttft: wait * 1000 + this.g0 + this.g1 * nEff,
      inSystem,
    };
  }

  /** Overloaded replica (ρ ≫ 1): almost surely full, every slot busy. */
  private saturatedMetrics(lambda: number): QueueMetrics {
    const n = this.n;
    const full = n + this.queueStates;
    return this.finish(lambda, 1 - 1 / (lambda * this.invMu(n)), full, n);
  }

  /** Arrival-rate range searched, as in the reference: [0.001·μ(1), 0.999·μ(N)]. */
  rateRange(): { min: number; max: number } {
    return { min: 0.001 * this.serviceRate(1), max: 0.999 * this.serviceRate(this.n) };
  }

  /**
   * Largest arrival rate per replica that meets every target (0 = unused); infeasible if even the minimum rate misses.
   * ITL and TTFT both increase with λ, so their worst log-ratio to the target does too: one root search covers all SLOs.
   */
  size(t: Targets): SizingResult {
    const { min, max } = this.rateRange();
    const atMin = this.metrics(min);
    if (t.itl > 0 && atMin.itl > t.itl) return { feasible: false, reason: `ITL ${fmt(atMin.itl)} ms > ${fmt(t.itl)} ms even at minimum load` };
    if (t.ttft > 0 && atMin.ttft > t.ttft) return { feasible: false, reason: `TTFT ${fmt(atMin.ttft)} ms > ${fmt(t.ttft)} ms even at minimum load` };
    const hi = t.tps > 0 ? TPS_MARGIN * max : max;
    let best: Root = { lambda: hi };
    if (t.itl > 0 || t.ttft > 0) {
      const f = (m: QueueMetrics) => Math.max(t.itl > 0 ? Math.log(m.itl / t.itl) : -Infinity, t.ttft > 0 ? Math.log(m.ttft / t.ttft) : -Infinity);
      best = this.largestRate(f, min, atMin, hi);
    }
    const at = best.at ?? this.metrics(best.lambda);
    return { feasible: true, lambdaStar: best.lambda, ratePerReplica: at.throughput, maxRate: max };
  }

  /**
   * Largest λ in [lo, hi] with f(metrics(λ)) ≤ 0, for f increasing in λ and f(lo) ≤ 0. f is a log ratio, which
   * flattens the steep TTFT curve near saturation; Illinois-modified regula falsi keeps a bracket and converges
   * superlinearly, and every fourth step bisects as a safeguard.
   */
  private largestRate(f: (m: QueueMetrics) => number, lo: number, atLo: QueueMetrics, hi: number): Root {
    const mHi = this.metrics(hi);
    let fHi = f(mHi);
    if (fHi <= 0) return { lambda: hi, at: mHi };
    let fLo = f(atLo);
    let best: Root = { lambda: lo, at: atLo };
    let side = 0;
    for (let i = 0; i < 200 && hi - lo > RATE_TOLERANCE * hi; i++) {
      let x = i % 4 === 3 ? 0.5 * (lo + hi) : lo + (fLo * (lo - hi)) / (fHi - fLo);
      if (!(x > lo && x < hi)) x = 0.5 * (lo + hi);
      const mx = this.metrics(x);
      const fx = f(mx);
      if (fx <= 0) {
        lo = x;
        fLo = fx;
        best = { lambda: x, at: mx };
        if (side === -1) fHi *= 0.5;
        side = -1;
        if (fx > -1e-12) break; // on the target within rounding
      } else {
        hi = x;
        fHi = fx;
        if (side === 1) fLo *= 0.5;
        side = 1;
      }
    }
    return best;
  }
}

interface Root {
  lambda: number;
  at?: QueueMetrics;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** Max batch for a server: its override, else ⌊maxBatchSize·atTokens / K⌋ (at least 1); without atTokens, maxBatchSize. */
export function maxBatchFor(perf: PerfData, override: number, outTokens: number): number {
  if (override > 0) return Math.floor(override);
  if (perf.atTokens > 0) return Math.max(Math.floor((perf.maxBatchSize * perf.atTokens) / Math.max(outTokens, 1)), 1);
  return Math.max(perf.maxBatchSize, 1);
}
