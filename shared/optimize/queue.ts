/**
 * The reference's queueing model of one inference replica, written for speed and robustness:
 * a state-dependent birth–death chain with N batch slots and a queue of 10·N, solved in O(N) per rate with
 * running sums rescaled in O(1) (instead of rescaling every stored probability), a closed-form geometric tail
 * for the queue states, float64 throughout, and a bracketed Newton root search (slopes from the same O(N) pass)
 * with a real relative tolerance. Written for V8: no allocation in the search, no typed arrays or module `let`s in the
 * hot loop, no int32-overflowing products (each cost up to 4× in measurements, see the comments where they apply).
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
/**
 * The root search stops within this relative distance below the true rate: far inside RATE_TOLERANCE, so the rate per
 * replica (and ⌈demand / rate⌉) does not depend on which path the search took.
 */
const ROOT_TOLERANCE = 1e-10;
/** TPS classes size to this fraction of the maximum rate (as the reference does). */
export const TPS_MARGIN = 0.9;

/** One replica of (model, accelerator) for one request shape: precomputed service rates, then metrics for any λ. */
export class ReplicaQueue {
  // every field starts as a number, so V8 keeps them as in-place doubles: reset() and the root search allocate nothing
  private slots = 1;
  /** 1/μ(k) in s is (c0 + c1·k)/k: service time of a batch of k, linear in k (no per-k table: O(1) to build) */
  private c0 = 0;
  private c1 = 0;
  private queueStates = 10;
  private g0 = 0;
  private g1 = 0;
  private alpha = 0;
  private beta = 0;
  private k1 = 0;
  // the last `solve`: metrics and their elasticities λ·d/dλ
  private x = 0;
  private itl = 0;
  private ttft = 0;
  private inSystem = 0;
  private dItl = 0;
  private dTtft = 0;
  /** elasticity of the last `objective` */
  private slope = 0;
  /** chainHead's results: w_N, Σw, Σk·w, Σk²·w (packed doubles from the start) */
  private readonly sums = [0.5, 0.5, 0.5, 0.5];

  constructor(perf: PerfData, shape: QueueShape) {
    this.reset(perf, shape);
  }

  /** Re-targets this queue to another (perf, shape), so one object serves a whole sizing loop. */
  reset(perf: PerfData, shape: QueueShape): this {
    return this.setup(
      shape.n,
      perf.decodeAlpha,
      perf.decodeBeta,
      perf.prefillConst,
      perf.prefillPerRequest + perf.prefillPerToken * shape.inTokens,
      shape.outTokens,
    );
  }

  /** `reset` from plain numbers: decode α, β; prefill of a batch of k = prefillConst + prefillPerRequest·k (ms). */
  setup(n: number, decodeAlpha: number, decodeBeta: number, prefillConst: number, prefillPerRequest: number, outTokens: number): this {
    const slots = Math.max(1, Math.floor(n));
    this.slots = slots;
    this.queueStates = 10 * slots;
    this.alpha = decodeAlpha;
    this.beta = decodeBeta;
    this.g0 = prefillConst;
    this.g1 = prefillPerRequest;
    this.k1 = Math.max(outTokens, 1) - 1;
    this.c0 = (this.g0 + this.k1 * this.alpha) / 1000;
    this.c1 = (this.g1 + this.k1 * this.beta) / 1000;
    return this;
  }

  /** max batch (slots in service) */
  get n(): number {
    return this.slots;
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
    return 1 / this.invMu(Math.min(Math.max(k, 1), this.slots));
  }

  metrics(lambda: number): QueueMetrics {
    if (!(lambda > 0)) {
      return { lambda: 0, throughput: 0, itl: this.alpha, ttft: this.g0, inSystem: 0 };
    }
    this.solve(lambda);
    return { lambda, throughput: this.x, itl: this.itl, ttft: this.ttft, inSystem: this.inSystem };
  }

  /**
   * The chain at λ > 0 in O(N): state weights w_k ∝ Π λ/μ(j). Besides the sums Σw and Σk·w it carries Σk²·w, because
   * every weight is ∝ λ^k: λ·d/dλ of any Σ a_k·w_k is Σ k·a_k·w_k, so the slope of ITL and TTFT comes from the same pass
   * (for Newton steps in the root search).
   */
  private solve(lambda: number): void {
    const n = this.slots;
    // head: states 0..N; λ/μ(k) = λ·c1 + λ·c0/k (c0 ≥ 1e-12 stands for the floor on the service time)
    const a = lambda * this.c1;
    const b = lambda * Math.max(this.c0, 1e-12);
    const early = chainHead(a, b, n, reciprocals(n), this.sums);
    const sums = this.sums;
    const w = sums[0]!;
    const s0 = sums[1]!;
    const s1 = sums[2]!;
    const s2 = sums[3]!;
    if (early) {
      const l = s1 / s0;
      const v = s2 / s0 - l * l;
      this.finish(lambda, 0, l, l, v, v, 0);
      return;
    }
    // tail: M queue states with constant ratio ρ = λ/μ(N): Σρ^j, Σ jρ^j and Σ j²ρ^j in closed form
    const m = this.queueStates;
    const rho = lambda * this.invMu(n);
    let t0: number;
    let t1: number;
    let t2: number;
    let rhoM: number;
    if (Math.abs(1 - rho) < 1e-4) {
      t0 = 0;
      t1 = 0;
      t2 = 0;
      let p = 1;
      for (let j = 1; j <= m; j++) {
        p *= rho;
        t0 += p;
        t1 += j * p;
        t2 += j * p * j;
      }
      rhoM = p;
    } else {
      rhoM = powInt(rho, m);
      const om = 1 - rho;
      t0 = (rho * (1 - rhoM)) / om;
      t1 = (rho * (1 - (m + 1) * rhoM + m * rhoM * rho)) / (om * om);
      if (!Number.isFinite(t0) || !Number.isFinite(t1)) {
        // ρ > 1 with a huge M: the tail dominates; fold it into log-free form by rescaling with ρ^M
        this.saturated(lambda);
        return;
      }
      // Σ j²ρ^j = ρ(1 + ρ − (M+1)²ρ^M + (2M² + 2M − 1)ρ^(M+1) − M²ρ^(M+2)) / (1−ρ)³, every product of two counts taken
      // through a double first: an int32 overflow (M ≥ 46341) would send V8 into a deoptimisation loop
      t2 = (rho * (1 + rho - (m + 1) * rhoM * (m + 1) + ((2 * m + 2) * rhoM * m - rhoM) * rho - m * rhoM * m * rho * rho)) / (om * om * om);
    }
    const z = s0 + w * t0;
    const pBlock = (w * rhoM) / z;
    const inSystem = (s1 + w * (n * t0 + t1)) / z;
    const inService = (s1 + n * w * t0) / z;
    // λ·d/dλ: of L = Σk·w/Z is Σk²·w/Z − L², of L_s = Σmin(k,N)·w/Z is Σk·min(k,N)·w/Z − L_s·L, of P_block = w_K/Z is (K − L)·P_block
    const dIn = (s2 + w * (n * t0 * n + 2 * n * t1 + t2)) / z - inSystem * inSystem;
    const dServ = (s2 + n * w * (n * t0 + t1)) / z - inService * inSystem;
    this.finish(lambda, pBlock, inSystem, inService, dIn, dServ, (n + m - inSystem) * pBlock);
  }

  /** Metrics from the chain's means (and their elasticities, the d… arguments). */
  private finish(lambda: number, pBlock: number, inSystem: number, inService: number, dIn: number, dServ: number, dBlock: number): void {
    const x = lambda * (1 - pBlock);
    const dx = lambda * (1 - pBlock - dBlock);
    const tServ = inService / x; // s
    const dTServ = (dServ - tServ * dx) / x;
    const waitRaw = inSystem / x - tServ;
    const wait = Math.max(waitRaw, 0);
    const dWait = waitRaw > 0 ? (dIn - (inSystem / x) * dx) / x - dTServ : 0;
    const den = this.g1 + this.beta * this.k1;
    // the batch size that gives this service time; when the batch changes the service time by less than a billionth
    // (e.g. one output token and a vanishing per-request prefill) dividing by den only amplifies rounding noise: no
    // batch effect, as for den = 0
    const batchMatters = den * this.slots > 1e-9 * (this.g0 + this.alpha * this.k1);
    let nEff = batchMatters ? (tServ * 1000 - this.g0 - this.alpha * this.k1) / den : 0;
    const dN = nEff > 0 && nEff < this.slots ? (1000 * dTServ) / den : 0;
    nEff = Math.min(Math.max(nEff, 0), this.slots);
    this.x = x;
    this.inSystem = inSystem;
    this.itl = this.alpha + this.beta * nEff;
    this.ttft = wait * 1000 + this.g0 + this.g1 * nEff;
    this.dItl = this.beta * dN;
    this.dTtft = 1000 * dWait + this.g1 * dN;
  }

  /** Overloaded replica (ρ ≫ 1): almost surely full, every slot busy. */
  private saturated(lambda: number): void {
    const n = this.slots;
    const full = n + this.queueStates;
    this.finish(lambda, 1 - 1 / (lambda * this.invMu(n)), full, n, 0, 0, 0);
  }

  /** Arrival-rate range searched, as in the reference: [0.001·μ(1), 0.999·μ(N)]. */
  rateRange(): { min: number; max: number } {
    return { min: 0.001 * this.serviceRate(1), max: 0.999 * this.serviceRate(this.slots) };
  }

  /**
   * Largest arrival rate per replica that meets every target (0 = unused); infeasible if even the minimum rate misses.
   * ITL and TTFT both increase with λ, so their worst log-ratio to the target does too: one root search covers all SLOs.
   */
  size(t: Targets): SizingResult {
    const { min, max } = this.rateRange();
    this.solve(min);
    if (t.itl > 0 && this.itl > t.itl) return { feasible: false, reason: `ITL ${fmt(this.itl)} ms > ${fmt(t.itl)} ms even at minimum load` };
    if (t.ttft > 0 && this.ttft > t.ttft) return { feasible: false, reason: `TTFT ${fmt(this.ttft)} ms > ${fmt(t.ttft)} ms even at minimum load` };
    const hi = t.tps > 0 ? TPS_MARGIN * max : max;
    let lambda = hi;
    if (t.itl > 0 || t.ttft > 0) lambda = this.largestRate(t, min, hi);
    else this.solve(hi);
    return { feasible: true, lambdaStar: lambda, ratePerReplica: this.x, maxRate: max };
  }

  /** f = the worst log ratio of ITL, TTFT to their targets (≤ 0: met); returns f and leaves f's elasticity in `slope`. */
  private objective(t: Targets): number {
    // the larger ratio first, then one log (the log is monotone)
    const rItl = t.itl > 0 ? this.itl / t.itl : 0;
    const rTtft = t.ttft > 0 ? this.ttft / t.ttft : 0;
    if (rItl >= rTtft) {
      this.slope = this.dItl / this.itl;
      return Math.log(rItl);
    }
    this.slope = this.dTtft / this.ttft;
    return Math.log(rTtft);
  }


  /**
   * Largest λ in [lo, hi] with f(λ) ≤ 0, for f increasing in λ and f(lo) ≤ 0 (the last `solve` was at lo); leaves the
   * chain solved at the returned λ. A first guess from a three-parameter model fitted at lo and hi, then Newton steps
   * in s = −ln(1 − λ/μ(N)), where the log ratio of TTFT is nearly linear up to saturation (TTFT grows like
   * 1/(1 − λ/μ(N))); the slope comes from the same O(N) pass. A bracket guards every step (bisection in s when a step
   * leaves it, stalls or the slope is unusable), and the last steps aim just under the root, so the search ends on the
   * feasible side within ~4·ROOT_TOLERANCE of it: about 5 evaluations per sizing, where bisection to 1e-6 takes 20.
   */
  private largestRate(t: Targets, lo: number, hi: number): number {
    const muN = this.serviceRate(this.slots);
    let xLo = this.x; // throughput at lo
    const itlLo = this.itl;
    const ttftLo = this.ttft;
    const ttftSlopeLo = this.dTtft / lo;
    const itlSlopeLo = this.dItl / lo;
    this.solve(hi);
    let f = this.objective(t);
    if (f <= 0) return hi;
    // first guess from the two ends. TTFT ≈ A + c·λ + B·λ/(μ(N) − λ): the batch (prefill) grows with λ, the queue
    // explodes near μ(N); A and A's slope c + B/μ(N) from the low end, B from the high end; then the root of the
    // quadratic c·λ² − (D + c·μ + B)·λ + D·μ = 0 (D = target − A), in its cancellation-free form. ITL: its tangent at
    // the low end (ITL is convex in λ, so this lands above the root, where Newton in s descends monotonically).
    let guess = hi;
    if (t.ttft > 0 && this.ttft > t.ttft) {
      const d = t.ttft - ttftLo;
      let b = ((this.ttft - ttftLo - ttftSlopeLo * hi) * muN * (muN - hi)) / (hi * hi);
      let c = ttftSlopeLo - b / muN;
      if (!(c >= 0)) {
        c = 0;
        b = ((this.ttft - ttftLo) * (muN - hi)) / hi;
      }
      const p = d + c * muN + b;
      const g = (2 * d * muN) / (p + Math.sqrt(Math.max(p * p - 4 * c * d * muN, 0)));
      if (b > 0 && g > 0) guess = Math.min(guess, g);
    }
    if (t.itl > 0 && this.itl > t.itl && itlSlopeLo > 0) guess = Math.min(guess, lo + (t.itl - itlLo) / itlSlopeLo);
    let x = hi;
    if (guess > lo && guess < hi) {
      this.solve(guess);
      f = this.objective(t);
      x = guess;
      if (f <= 0) {
        lo = x;
        xLo = this.x;
      } else hi = x;
    }
    // steps one and two evaluations back: a Newton step no shorter than half the one before last is not converging
    // (e.g. a 2-cycle around an inflection), so it is replaced by a bisection (as in Brent's method)
    let step1 = Infinity;
    let step2 = Infinity;
    let lastNewton = Infinity;
    for (let i = 0; i < 200; i++) {
      const tol = ROOT_TOLERANCE * x;
      // Newton in s: the gap μ(N) − λ is multiplied by exp(f / (df/ds)), with df/ds = (λ·df/dλ)·(μ(N) − λ)/λ
      const fs = (this.slope * (muN - x)) / x;
      const newton = fs > 0 && i < 60;
      let next = newton ? muN - (muN - x) * Math.exp(f / fs) : Number.NaN;
      const delta = Math.abs(next - x);
      // on the target within rounding, or the root is within a few tolerances above (an aimed-short step lands there)
      if (f <= 0 && (f > -1e-12 || (newton && delta <= 4 * tol))) return x;
      if (newton) {
        if (f > 0 && delta < tol) next = x - 2 * tol; // the root is within tol below: land just under it
        else if (delta < 0.1 * lastNewton) {
          // converging quadratically: this step leaves an error of about δ³/δ_prev² (δ = step); aim twice that under
          // the root, so the search ends on the feasible side instead of spending evaluations creeping up to it
          const q = delta / lastNewton;
          next -= 2 * q * q * delta + tol;
        }
      }
      lastNewton = newton ? delta : Infinity;
      if (hi - lo <= 2 * ROOT_TOLERANCE * hi) break;
      if (!(next > lo && next < hi && Math.abs(next - x) < 0.5 * step2)) {
        next = muN - Math.sqrt((muN - lo) * (muN - hi)); // bisection in s
        if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
      }
      step2 = step1;
      step1 = Math.abs(next - x);
      this.solve(next);
      f = this.objective(t);
      x = next;
      if (f <= 0) {
        lo = x;
        xLo = this.x;
      } else hi = x;
    }
    if (x !== lo) this.x = xLo; // callers read the throughput at the returned λ
    return lo;
  }
}

/**
 * x^m for an integer m ≥ 1 by repeated squaring (a dozen multiplies; Math.pow was a tenth of the sizing time).
 * ρ^M ≤ e^(−M·(1−ρ)) for 0 < ρ < 1, so it is exactly 0 in doubles once M·(1−ρ) > 745.
 */
function powInt(x: number, m: number): number {
  if (x < 1 && m * (1 - x) > 745) return 0;
  let result = 1;
  let base = x;
  for (let e = m; ; ) {
    if (e & 1) result *= base;
    e >>>= 1;
    if (e === 0) return result;
    base *= base;
  }
}

/**
 * Head of the chain, states 0..N: w_k = Π λ/μ(j) with λ/μ(k) = a + b/k, and Σw, Σk·w, Σk²·w (sums rescaled together
 * so only ratios matter) into `out`; true when it stopped early. A small function of numbers only, so V8 optimises
 * it the same way every run (inside `solve` its speed depended on when the optimiser happened to look).
 */
function chainHead(a: number, b: number, n: number, inv: number[], out: number[]): boolean {
  let w = 1;
  let s0 = 1;
  let s1 = 0;
  let s2 = 0;
  let kf = 0; // k as a double: no int→double conversion in the loop
  for (let k = 1; k <= n; k++) {
    kf += 1;
    const r = a + b * inv[k]!;
    w *= r;
    s0 += w;
    const kw = kf * w;
    s1 += kw;
    s2 += kf * kw;
    // (literals, not module constants: a module-level const costs a context load and TDZ check per use)
    if (w > 1e150) {
      w *= 1e-150;
      s0 *= 1e-150;
      s1 *= 1e-150;
      s2 *= 1e-150;
    }
    // μ(k) grows with k, so once λ/μ(k) < 1 the remaining weights fall at least geometrically: when everything
    // after k (head and queue, bounded by that geometric series w·r/(1−r) and its first moment, multiplied out here
    // so the loop has no division) is below 1e-17 of the sums, stop — the result is the same to double precision,
    // and large batches (N in the thousands) cost only the states that carry mass
    if (r < 1 && k < n) {
      const wr = w * r;
      const q = 1 - r;
      if (wr < 1e-17 * s0 * q && wr * (kf * q + 1) < 1e-17 * s1 * q * q) {
        out[0] = w;
        out[1] = s0;
        out[2] = s1;
        out[3] = s2;
        return true;
      }
    }
  }
  out[0] = w;
  out[1] = s0;
  out[2] = s1;
  out[3] = s2;
  return false;
}

/**
 * 1/k for k = 1..n, shared by every queue (a multiply instead of a divide per state). A plain array of doubles rather
 * than a Float64Array: once any ArrayBuffer in the process has been transferred (tsx's loader does it), V8 guards
 * every typed-array access against detachment, and the chain loop ran half again slower. A module `var`, not `let`
 * (measured: the loop ran half again slower through a `let`). Every table is built the same way, so growing it never
 * changes the array's map: a map change deoptimised the chain loop, and V8 (Node 20) then sometimes left it
 * unoptimised for the rest of the run — four times slower.
 */
function reciprocalsUpTo(length: number): number[] {
  const t = new Array<number>(length).fill(0.5);
  for (let k = 1; k < length; k++) t[k] = 1 / k;
  t[0] = 0;
  return t;
}
// eslint-disable-next-line no-var
var reciprocalTable: number[] = reciprocalsUpTo(4096);
function reciprocals(n: number): number[] {
  if (reciprocalTable.length <= n) reciprocalTable = reciprocalsUpTo(Math.max(n + 1, 2 * reciprocalTable.length));
  return reciprocalTable;
}

const fmt = (x: number) => (Math.round(x * 10) / 10).toString();

/** Max batch for a server: its override, else ⌊maxBatchSize·atTokens / K⌋ (at least 1); without atTokens, maxBatchSize. */
export function maxBatchFor(maxBatchSize: number, atTokens: number, override: number, outTokens: number): number {
  if (override > 0) return Math.floor(override);
  if (atTokens > 0) return Math.max(Math.floor((maxBatchSize * atTokens) / Math.max(outTokens, 1)), 1);
  return Math.max(maxBatchSize, 1);
}
