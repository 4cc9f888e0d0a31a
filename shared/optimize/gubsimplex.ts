/**
 * The assignment LP by the primal simplex method with generalized upper bounding (Dantzig & Van Slyke): every server's
 * "Σx ≤ 1" row is kept out of the basis matrix (one basic "key" column per server carries it), so the matrix that is
 * factorised has one row per coupling constraint — capacity rows, level floors, a value cap: ~15 — instead of one per
 * server too (1,000+). With so few rows the basis is inverted afresh each pivot (no update drift) and a pivot costs
 * a pricing pass over the columns. Why not HiGHS for these: it carries the 1,000 server rows in its factorisation,
 * needs ~40 ms to instantiate its WebAssembly and another ~25 ms per model build in a one-shot run.
 *
 * Model: min Σ cost·x; per server t: Σ_{j∈t} x_j ≤ 1 (an implicit "unserved" column of cost 0 makes it an equality);
 * per capacity row r: Σ weight_j·x_j ≤ capacity_r over the columns on r; per level l with a floor: Σ x_j over its servers
 * ≥ floor_l; optionally Σ capCoef_j·x_j ≤ capRhs. x ≥ 0 (x ≤ 1 follows). Banned columns stay at 0.
 * Deterministic: Dantzig pricing (partial above PARTIAL_PRICING_COLUMNS) in a fixed scan order, ties to the first
 * seen; Bland's rule after a run of degenerate pivots (no cycling). Checked against HiGHS on random LPs
 * (test/optimize/gubsimplex.test.ts).
 */

export interface GubModel {
  /** servers (GUB sets): set t's columns are start[t] .. start[t+1]-1 */
  start: Int32Array;
  /** per column: its capacity row and cards on it */
  row: Int32Array;
  weight: Float64Array;
  capacity: Float64Array;
  /** per set: its level; per level: served ≥ levelLower[l], or free */
  level: Int32Array;
  levelLower: (number | undefined)[];
  /** per column */
  cost: Float64Array;
  /** Σ cap.coef·x ≤ cap.rhs */
  cap?: { coef: Float64Array; rhs: number };
  /** per column: non-zero = held at 0 */
  banned?: Uint8Array;
  /** per set: non-zero = must be served (its unserved column held at 0) */
  serve?: Uint8Array;
}

export interface GubBasis {
  /** per set: its key column (a real column, or cols + t for unserved) */
  key: Int32Array;
  /** the variables of the basis matrix */
  basic: Int32Array;
  /** per row: the sign of its artificial variable's column */
  artSign: Float64Array;
  /** the coupling rows it was built for */
  rows: string;
}

export interface GubOptions {
  maxIterations?: number;
  /** partial pricing above this many columns (PARTIAL_PRICING_COLUMNS), PRICE_CHUNK columns a scan */
  partialPricingColumns?: number;
  priceChunk?: number;
}

export interface GubResult {
  status: 'optimal' | 'infeasible' | 'limit';
  x: Float64Array;
  objective: number;
  iterations: number;
  /** the last basis (also when infeasible: it satisfies the rows, only held variables are positive) */
  basis?: GubBasis;
}

const PIVOT_TOL = 1e-9;
const FEAS_TOL = 1e-9;
/** reduced costs below −OPT_TOL × the largest |cost| improve (values in cents reach 1e5: rounding must not pivot) */
const OPT_TOL = 1e-11;
/**
 * Partial pricing above this many columns (10,000 servers × 60 types: 150,000, where a full scan costs ~0.7 ms a pivot:
 * 1.4 s per LP, 0.1 s with partial pricing and about as many pivots); below, full Dantzig pricing (at 1,000 servers
 * partial pricing saved little and changed the dives' outcomes for the worse on 24 fleets).
 */
const PARTIAL_PRICING_COLUMNS = 20_000;
/** columns a partial pricing scan sees at least (when one of them improves): 4,096–16,384 measured alike */
const PRICE_CHUNK = 8192;
/** degenerate pivots in a row before Bland's rule takes over (until the objective moves again) */
const BLAND_AFTER = 50;

/**
 * Solves from `start`: a warm basis (used when its rows match and it satisfies them) or an integral choice (column
 * per set, or -1; rows it violates get artificial variables). Phase 1 drives the variables held at 0 (artificial,
 * banned, a must-serve set's unserved column) out; phase 2 keeps them at 0. A dive bans columns and warm-starts
 * from the last basis, so each LP starts at the last vertex.
 */
export function solveGub(m: GubModel, start: { basis?: GubBasis; choice?: Int32Array }, opts: GubOptions = {}): GubResult {
  const chunk = m.row.length > (opts.partialPricingColumns ?? PARTIAL_PRICING_COLUMNS) ? (opts.priceChunk ?? PRICE_CHUNK) : Infinity;
  return new GubSimplex(m, chunk).run(start, opts.maxIterations ?? 50_000);
}

class GubSimplex {
  private readonly n: number;
  private readonly cols: number;
  /** coupling rows: R capacity rows, then the levels with a floor, then the cap */
  private readonly R: number;
  private readonly mRows: number;
  private readonly levelRow: Int32Array;
  private readonly capRow: number;
  private readonly rhs: Float64Array;
  /** +1 for ≤ rows (slack +1), −1 for ≥ rows (surplus) */
  private readonly sign: Float64Array;
  private readonly setOf: Int32Array;
  // variables: real columns 0..cols-1, unserved cols+t, slack of row i: cols+n+i, artificial of row i: cols+n+m+i
  private readonly key: Int32Array;
  private readonly basic: Int32Array;
  private readonly inBasis: Uint8Array;
  private readonly D: Float64Array;
  private readonly Dinv: Float64Array;
  private readonly xB: Float64Array;
  private readonly keyValue: Float64Array;
  /** Σ of the key columns' coupling coefficients */
  private readonly keySum: Float64Array;
  /** per basis position: the set whose key value it lowered in the last values() (-1: none) */
  private readonly fracSet: Int32Array;
  private readonly pi: Float64Array;
  private readonly alpha: Float64Array;
  private readonly colVec: Float64Array;
  /** cost per variable in the current phase (phase 1: 1 per variable held at 0, 0 elsewhere) */
  private varCost: Float64Array;
  private readonly phase2Cost: Float64Array;
  /** per variable: 1 = held at 0 (artificials, banned columns, must-serve sets' unserved columns) */
  private readonly held: Uint8Array;
  private readonly capCoef: Float64Array;
  /** per set: the key's rate in the current direction, and the sets touched */
  private readonly rate: Float64Array;
  private readonly touched: Int32Array;
  /** per row: the sign of its artificial's column (chosen so that it starts non-negative) */
  private readonly artSign: Float64Array;
  private readonly optTol: number;
  private phase1 = false;
  /** the set where the next partial pricing scan starts */
  private cursor = 0;

  constructor(
    private readonly m: GubModel,
    /** columns a pricing scan sees at least (Infinity: full pricing) */
    private readonly chunk: number,
  ) {
    this.n = m.start.length - 1;
    this.cols = m.row.length;
    this.R = m.capacity.length;
    const L = m.levelLower.length;
    this.levelRow = new Int32Array(L).fill(-1);
    let rows = this.R;
    for (let l = 0; l < L; l++) if (m.levelLower[l] !== undefined) this.levelRow[l] = rows++;
    this.capRow = m.cap ? rows++ : -1;
    this.mRows = rows;
    this.rhs = new Float64Array(rows);
    this.sign = new Float64Array(rows).fill(1);
    for (let r = 0; r < this.R; r++) this.rhs[r] = m.capacity[r]!;
    for (let l = 0; l < L; l++) {
      const i = this.levelRow[l]!;
      if (i >= 0) {
        this.rhs[i] = m.levelLower[l]!;
        this.sign[i] = -1;
      }
    }
    if (m.cap) this.rhs[this.capRow] = m.cap.rhs;
    this.setOf = new Int32Array(this.cols);
    for (let t = 0; t < this.n; t++) this.setOf.fill(t, m.start[t]!, m.start[t + 1]!);
    const vars = this.cols + this.n + 2 * rows;
    this.key = new Int32Array(this.n);
    this.basic = new Int32Array(rows);
    this.inBasis = new Uint8Array(vars);
    this.D = new Float64Array(rows * rows);
    this.Dinv = new Float64Array(rows * rows);
    this.xB = new Float64Array(rows);
    this.keyValue = new Float64Array(this.n).fill(1);
    this.keySum = new Float64Array(rows);
    this.fracSet = new Int32Array(rows).fill(-1);
    this.pi = new Float64Array(rows);
    this.alpha = new Float64Array(rows);
    this.colVec = new Float64Array(rows);
    this.phase2Cost = new Float64Array(vars);
    this.phase2Cost.set(m.cost);
    this.varCost = this.phase2Cost;
    this.held = new Uint8Array(vars);
    this.held.fill(1, this.cols + this.n + rows);
    if (m.banned) for (let j = 0; j < this.cols; j++) if (m.banned[j]) this.held[j] = 1;
    if (m.serve) for (let t = 0; t < this.n; t++) if (m.serve[t]) this.held[this.cols + t] = 1;
    this.capCoef = m.cap?.coef ?? new Float64Array(this.cols);
    this.rate = new Float64Array(this.n);
    this.touched = new Int32Array(rows + 1);
    this.artSign = new Float64Array(rows).fill(1);
    let scale = 1;
    for (let j = 0; j < this.cols; j++) scale = Math.max(scale, Math.abs(m.cost[j]!));
    this.optTol = OPT_TOL * scale;
  }

  private setPhase1(on: boolean): void {
    this.phase1 = on;
    this.varCost = on ? Float64Array.from(this.held) : this.phase2Cost;
  }

  private signature(): string {
    return `${this.R}|${this.levelRow.join(',')}|${this.capRow}`;
  }

  /** adds variable v's coupling column × f into out */
  private addColumn(v: number, f: number, out: Float64Array): void {
    const { cols, n, mRows } = this;
    if (v < cols) {
      out[this.m.row[v]!]! += f * this.m.weight[v]!;
      const lr = this.levelRow[this.m.level[this.setOf[v]!]!]!;
      if (lr >= 0) out[lr]! += f;
      if (this.capRow >= 0) out[this.capRow]! += f * this.capCoef[v]!;
    } else if (v < cols + n) {
      // unserved: no coupling coefficients
    } else if (v < cols + n + mRows) {
      const i = v - cols - n;
      out[i]! += f * this.sign[i]!;
    } else {
      const i = v - cols - n - mRows;
      out[i]! += f * this.artSign[i]!;
    }
  }

  private setOfVar(v: number): number {
    if (v < this.cols) return this.setOf[v]!;
    if (v < this.cols + this.n) return v - this.cols;
    return -1;
  }

  /** D: column p is basic[p]'s coupling column minus its set's key column; inverted by Gauss–Jordan */
  private factor(): boolean {
    const { mRows: M, D, Dinv, colVec } = this;
    D.fill(0);
    for (let p = 0; p < M; p++) {
      const v = this.basic[p]!;
      colVec.fill(0);
      this.addColumn(v, 1, colVec);
      const t = this.setOfVar(v);
      if (t >= 0) this.addColumn(this.key[t]!, -1, colVec);
      for (let i = 0; i < M; i++) D[i * M + p] = colVec[i]!;
    }
    Dinv.fill(0);
    for (let i = 0; i < M; i++) Dinv[i * M + i] = 1;
    for (let c = 0; c < M; c++) {
      let piv = c;
      for (let r = c + 1; r < M; r++) if (Math.abs(D[r * M + c]!) > Math.abs(D[piv * M + c]!)) piv = r;
      const pv = D[piv * M + c]!;
      if (Math.abs(pv) < 1e-11) return false;
      if (piv !== c) {
        for (let k = 0; k < M; k++) {
          let tmp = D[c * M + k]!;
          D[c * M + k] = D[piv * M + k]!;
          D[piv * M + k] = tmp;
          tmp = Dinv[c * M + k]!;
          Dinv[c * M + k] = Dinv[piv * M + k]!;
          Dinv[piv * M + k] = tmp;
        }
      }
      const inv = 1 / pv;
      for (let k = 0; k < M; k++) {
        D[c * M + k]! *= inv;
        Dinv[c * M + k]! *= inv;
      }
      for (let r = 0; r < M; r++) {
        if (r === c) continue;
        const f = D[r * M + c]!;
        if (f === 0) continue;
        for (let k = 0; k < M; k++) {
          D[r * M + k]! -= f * D[c * M + k]!;
          Dinv[r * M + k]! -= f * Dinv[c * M + k]!;
        }
      }
    }
    return true;
  }

  /** sets every key anew and Σ of their coupling columns */
  private setKeys(keys: ArrayLike<number>): void {
    this.key.set(keys);
    this.keySum.fill(0);
    for (let t = 0; t < this.n; t++) this.addColumn(this.key[t]!, 1, this.keySum);
  }

  private setKey(t: number, v: number): void {
    this.addColumn(this.key[t]!, -1, this.keySum);
    this.key[t] = v;
    this.addColumn(v, 1, this.keySum);
  }

  /** basic values: D·xB = rhs − Σ key columns; keys: 1 − Σ their set's basic columns (only those sets differ from 1) */
  private values(): void {
    const { mRows: M, colVec, Dinv, xB, keyValue } = this;
    for (let i = 0; i < M; i++) colVec[i] = this.rhs[i]! - this.keySum[i]!;
    for (let i = 0; i < M; i++) {
      let s = 0;
      for (let k = 0; k < M; k++) s += Dinv[i * M + k]! * colVec[k]!;
      xB[i] = Math.abs(s) < 1e-12 ? 0 : s;
    }
    for (let p = 0; p < M; p++) {
      const t = this.fracSet[p]!;
      if (t >= 0) keyValue[t] = 1;
    }
    for (let p = 0; p < M; p++) {
      const t = this.setOfVar(this.basic[p]!);
      this.fracSet[p] = t;
      if (t >= 0) keyValue[t]! -= xB[p]!;
    }
  }

  /** π = c̃_B·D⁻¹ with c̃ the basic column's cost minus its set's key cost */
  private duals(): void {
    const { mRows: M, Dinv, pi } = this;
    pi.fill(0);
    for (let p = 0; p < M; p++) {
      const v = this.basic[p]!;
      const t = this.setOfVar(v);
      const c = this.varCost[v]! - (t >= 0 ? this.varCost[this.key[t]!]! : 0);
      if (c === 0) continue;
      for (let i = 0; i < M; i++) pi[i]! += c * Dinv[p * M + i]!;
    }
  }

  /**
   * The most negative reduced cost among the slacks and the sets scanned (Bland: the first negative one from set 0);
   * -1 when optimal. With partial pricing (`chunk`) the scan starts where the last one stopped and ends once at least
   * `chunk` columns were seen and one of them improves (the whole ring before "optimal").
   */
  private price(bland: boolean): number {
    const { cols, n, mRows, pi, inBasis, varCost, held, capCoef, key } = this;
    const { start, row, weight, level } = this.m;
    const levelRow = this.levelRow;
    const capPi = this.capRow >= 0 ? pi[this.capRow]! : 0;
    let best = -1;
    let bestD = -this.optTol;
    for (let i = 0; i < mRows; i++) {
      const v = cols + n + i;
      const d = -pi[i]! * this.sign[i]!;
      if (d < bestD && inBasis[v] === 0) {
        best = v;
        bestD = d;
        if (bland) return best;
      }
    }
    const chunk = this.chunk;
    let t = bland ? 0 : this.cursor;
    let seen = 0;
    for (let scanned = 0; scanned < n; scanned++, t = t + 1 === n ? 0 : t + 1) {
      if (best >= 0 && seen >= chunk) break;
      const k = key[t]!;
      const lr = levelRow[level[t]!]!;
      const levPi = lr >= 0 ? pi[lr]! : 0;
      // u_t: the key's cost less its coupling column priced at π
      let u = varCost[k]!;
      if (k < cols) u -= pi[row[k]!]! * weight[k]! + levPi + capPi * capCoef[k]!;
      const base = u + levPi;
      const end = start[t + 1]!;
      for (let j = start[t]!; j < end; j++) {
        const d = varCost[j]! - pi[row[j]!]! * weight[j]! - capPi * capCoef[j]! - base;
        if (d < bestD && inBasis[j] === 0 && held[j] === 0) {
          best = j;
          bestD = d;
          if (bland) return best;
        }
      }
      seen += end - start[t]! + 1;
      if (-u < bestD && inBasis[cols + t] === 0 && held[cols + t] === 0) {
        best = cols + t;
        bestD = -u;
        if (bland) return best;
      }
    }
    this.cursor = t;
    return best;
  }

  run(start: { basis?: GubBasis; choice?: Int32Array }, maxIterations: number): GubResult {
    const { mRows: M, cols, n } = this;
    let warm = false;
    if (start.basis && start.basis.rows === this.signature()) {
      this.setKeys(start.basis.key);
      this.basic.set(start.basis.basic);
      this.artSign.set(start.basis.artSign);
      this.mark();
      if (this.factor()) {
        this.values();
        warm = this.feasible();
      }
    }
    if (!warm) {
      this.setKeys(Int32Array.from({ length: n }, (_, t) => {
        const c = start.choice?.[t] ?? -1;
        return c >= 0 && !this.held[c] ? c : cols + t;
      }));
      // slack basis; a row the keys violate gets an artificial (its column signed so that its value is positive)
      this.artSign.fill(1);
      const resid = Float64Array.from(this.rhs, (r, i) => r - this.keySum[i]!);
      for (let i = 0; i < M; i++) {
        if (resid[i]! * this.sign[i]! >= -FEAS_TOL) this.basic[i] = cols + n + i;
        else {
          this.artSign[i] = resid[i]! >= 0 ? 1 : -1;
          this.basic[i] = cols + n + M + i;
        }
      }
      this.mark();
      this.factor();
      this.values();
    }
    let iterations = 0;
    if (this.heldValue() > FEAS_TOL) {
      this.setPhase1(true);
      const r = this.iterate(maxIterations);
      iterations += r.iterations;
      this.setPhase1(false);
      if (r.status !== 'optimal') return this.result(r.status, iterations);
      if (this.heldValue() > 1e-7) return this.result('infeasible', iterations);
    }
    const r = this.iterate(maxIterations - iterations);
    iterations += r.iterations;
    return this.result(r.status, iterations);
  }

  /** Σ of the basic variables held at 0 */
  private heldValue(): number {
    let v = 0;
    for (let p = 0; p < this.mRows; p++) if (this.held[this.basic[p]!]) v += Math.max(0, this.xB[p]!);
    for (let t = 0; t < this.n; t++) if (this.held[this.key[t]!]) v += Math.max(0, this.keyValue[t]!);
    return v;
  }

  private mark(): void {
    this.inBasis.fill(0);
    for (let t = 0; t < this.n; t++) this.inBasis[this.key[t]!] = 1;
    for (let p = 0; p < this.mRows; p++) this.inBasis[this.basic[p]!] = 1;
  }

  private feasible(): boolean {
    for (let p = 0; p < this.mRows; p++) if (this.xB[p]! < -FEAS_TOL) return false;
    for (let t = 0; t < this.n; t++) if (this.keyValue[t]! < -FEAS_TOL) return false;
    return true;
  }

  private result(status: GubResult['status'], iterations: number): GubResult {
    const x = new Float64Array(this.cols);
    for (let t = 0; t < this.n; t++) if (this.key[t]! < this.cols) x[this.key[t]!] = Math.max(0, this.keyValue[t]!);
    for (let p = 0; p < this.mRows; p++) if (this.basic[p]! < this.cols) x[this.basic[p]!] = Math.max(0, this.xB[p]!);
    let objective = 0;
    for (let j = 0; j < this.cols; j++) if (x[j]! !== 0) objective += this.m.cost[j]! * x[j]!;
    const basis =
      status === 'limit'
        ? undefined
        : { key: Int32Array.from(this.key), basic: Int32Array.from(this.basic), artSign: Float64Array.from(this.artSign), rows: this.signature() };
    return { status, x, objective, iterations, basis };
  }

  private iterate(maxIterations: number): { status: GubResult['status']; iterations: number } {
    const { mRows: M, cols, n, alpha, Dinv, colVec, xB } = this;
    const held = this.held;
    let degenerate = 0;
    for (let it = 0; it < maxIterations; it++) {
      this.duals();
      const q = this.price(degenerate >= BLAND_AFTER);
      if (q < 0) return { status: 'optimal', iterations: it };
      // direction: α = D⁻¹(a_q − a_key(t_q))
      const tq = this.setOfVar(q);
      colVec.fill(0);
      this.addColumn(q, 1, colVec);
      if (tq >= 0) this.addColumn(this.key[tq]!, -1, colVec);
      for (let i = 0; i < M; i++) {
        let s = 0;
        for (let k = 0; k < M; k++) s += Dinv[i * M + k]! * colVec[k]!;
        alpha[i] = Math.abs(s) < 1e-12 ? 0 : s;
      }
      // ratio test (Harris: the bound relaxed by FEAS_TOL, then the largest pivot among the near-ties)
      let limit = Infinity;
      for (let p = 0; p < M; p++) {
        const a = alpha[p]!;
        if (held[this.basic[p]!] && !this.phase1) {
          if (Math.abs(a) > PIVOT_TOL) limit = 0;
        } else if (a > PIVOT_TOL) limit = Math.min(limit, (xB[p]! + FEAS_TOL) / a);
      }
      // key rates: ρ_t = Σ α over set t's basic columns − [t = t_q]
      const { rate, touched } = this;
      let nt = 0;
      if (tq >= 0) {
        rate[tq] = -1;
        touched[nt++] = tq;
      }
      for (let p = 0; p < M; p++) {
        const t = this.setOfVar(this.basic[p]!);
        if (t < 0 || alpha[p] === 0) continue;
        let seen = false;
        for (let i = 0; i < nt && !seen; i++) seen = touched[i] === t;
        if (!seen) {
          rate[t] = 0;
          touched[nt++] = t;
        }
        rate[t]! += alpha[p]!;
      }
      for (let i = 0; i < nt; i++) {
        const t = touched[i]!;
        if (held[this.key[t]!] && !this.phase1) {
          if (Math.abs(rate[t]!) > PIVOT_TOL) limit = 0;
        } else if (rate[t]! < -PIVOT_TOL) limit = Math.min(limit, (this.keyValue[t]! + FEAS_TOL) / -rate[t]!);
      }
      if (limit === Infinity) return { status: 'limit', iterations: it };
      // leaving: the largest pivot among those blocking within the limit (Bland under degeneracy: the lowest variable)
      const bland = degenerate >= BLAND_AFTER;
      let leaveP = -1;
      let leaveT = -1;
      let bestPivot = 0;
      let bestVar = Infinity;
      let theta = 0;
      for (let p = 0, e = M + nt; p < e; p++) {
        let pivot: number;
        let ratio: number;
        let v: number;
        if (p < M) {
          const a = alpha[p]!;
          v = this.basic[p]!;
          if (held[v] && !this.phase1) {
            if (Math.abs(a) <= PIVOT_TOL) continue;
            pivot = Math.abs(a);
            ratio = 0;
          } else {
            if (a <= PIVOT_TOL) continue;
            pivot = a;
            ratio = xB[p]! / a;
          }
        } else {
          const t = touched[p - M]!;
          v = this.key[t]!;
          if (held[v] && !this.phase1) {
            if (Math.abs(rate[t]!) <= PIVOT_TOL) continue;
            pivot = Math.abs(rate[t]!);
            ratio = 0;
          } else {
            if (rate[t]! >= -PIVOT_TOL) continue;
            pivot = -rate[t]!;
            ratio = this.keyValue[t]! / pivot;
          }
        }
        if (ratio > limit) continue;
        if (bland ? v < bestVar : pivot > bestPivot) {
          bestPivot = pivot;
          bestVar = v;
          leaveP = p < M ? p : -1;
          leaveT = p < M ? -1 : touched[p - M]!;
          theta = Math.max(0, ratio);
        }
      }
      degenerate = theta <= FEAS_TOL ? degenerate + 1 : 0;
      // pivot
      this.inBasis[q] = 1;
      if (leaveP >= 0) {
        this.inBasis[this.basic[leaveP]!] = 0;
        this.basic[leaveP] = q;
      } else {
        const t = leaveT;
        this.inBasis[this.key[t]!] = 0;
        // the set's basic column with the largest value becomes its key; the entering variable takes its place
        let p0 = -1;
        for (let p = 0; p < M; p++) if (this.setOfVar(this.basic[p]!) === t && (p0 < 0 || xB[p]! > xB[p0]!)) p0 = p;
        if (p0 >= 0) {
          this.setKey(t, this.basic[p0]!);
          this.basic[p0] = q;
        } else this.setKey(t, q); // only when q is in set t itself
      }
      if (!this.factor()) return { status: 'limit', iterations: it + 1 };
      this.values();
    }
    return { status: 'limit', iterations: maxIterations };
  }
}
