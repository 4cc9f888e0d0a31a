/**
 * LP-guided lexicographic rounding: closes the heuristic's gap in served servers per priority at the scale where the
 * exact MILP takes 10+ s (1,000 servers: ~8,000 columns, 8 capacity rows; HiGHS MILP 11–17 s, this 0.2–1.2 s warm).
 *
 * Why it works: the relaxation has one row per server (Σx ≤ 1), R capacity rows and one row per fixed level, so a
 * basic optimal solution splits at most R + levels servers (measured at 1,000×30: 4–7 of 1,000). For each priority
 * level k, highest first, where the incumbent leaves servers of level k unserved that have candidates:
 *  1. LP (one HiGHS model for every solve, crash-started from the incumbent: `Relaxation`): max served at k, served at
 *     each level j < k ≥ the incumbent's count (lower levels cost nothing: they only take capacity). ⌊LP⌋ bounds the
 *     integer optimum.
 *  2. If the incumbent already reaches ⌊LP⌋, it is proven optimal at k. Otherwise the cheapest count-optimal LP
 *     solution (a value LP with the count row at the LP optimum) guides the rounding: the servers it serves integrally
 *     keep their column, so the rounded answer starts close in value too; the split ones and the LP-unserved ones of
 *     levels ≤ k are solved exactly (lexicographic MILP, a few hundred columns) in the capacity left. If that misses
 *     ⌊LP⌋, a wider set (the integral servers on the rows those touch) is tried once. Levels above k whose count is
 *     proven enter the sub-MILP as floors (served ≥ count) instead of being maximised again: one MILP, not one per level.
 *  3. The result is completed with the heuristic's repair and local search (lower levels placed, values improved) and
 *     taken only if it scores lexicographically better than the incumbent.
 * The count sub-MILP starts at 600 columns and widens to 1,500 only when it misses ⌊LP⌋.
 * Then, up to VALUE_LP_MAX_COLUMNS columns, the value LP (served counts ≥ the incumbent's) gives a lower bound on the
 * value: the value stage is skipped when the incumbent is within VALUE_TARGET_GAP of it; else one RINS sub-MILP (count
 * rows fixed from the incumbent, value only, absolute gap) closes most of it. Rounding the value LP's split servers
 * exactly, and a second RINS round, gained nothing on ten 1,000×30 fleets (seeds 1–6, capacity ×0.8–0.9) for up to
 * 0.3 s and 1.2 s.
 * Measured (bench, seed 5): 1,000×30 capacity×0.8 unserved [0,0,27] → [0,0,24] = exact MILP (0.2 s warm vs 11 s). Deterministic: simplex
 * and the small MILPs are solved to optimality (their time limit is a guard that is not reached at these sizes), the
 * order of everything is by index.
 */
import { improve, repair } from './heuristic.js';
import type { Highs, Model } from 'highs';
import { loadHighs } from './milp.js';
import { solveSubset } from './polish.js';
import { compareScores, score, type AssignmentProblem, type Choice } from './problem.js';

/**
 * Above this many columns the value LP is skipped (10,000×60: 150,000 columns, 4 s of simplex even crash-started, to
 * prove a gap the heuristic already keeps under 0.03 %).
 */
export const VALUE_LP_MAX_COLUMNS = 20_000;
/** Above this many columns a count LP is skipped (a cold 150,000-column count LP took up to 30 s). */
export const COUNT_LP_MAX_COLUMNS = 40_000;
/** Columns of the exact sub-problem: first try, then the widened one. */
const SUB_COLUMNS = [600, 1500];
/** columns of the RINS value sub-MILP */
const VALUE_SUB_COLUMNS = 800;
/**
 * The value stage stops once the value is within this share of the LP bound (the promise is 1 % of the optimum);
 * the RINS sub-MILP stops at this share of the whole problem's value.
 */
export const VALUE_TARGET_GAP = 0.005;
const VALUE_SUB_GAP = 0.002;
const SUB_TIME_LIMIT = 20;
const EPS = 1e-6;
const dbg = (m: string) => {
  if (process.env.PSML_OPT_DEBUG) console.error(m);
};

export interface LpRoundResult {
  choice: Choice;
  /** per level: ⌊LP bound⌋ on the servers served at that level (given the counts above), or undefined when not computed */
  bounds: (number | undefined)[];
  /** every level's count is proven optimal (incumbent reaches ⌊LP⌋ or serves all) */
  countsProven: boolean;
  /** the value LP's optimum with the final served counts: a lower bound on the value of any assignment serving as many */
  valueBound?: number;
  /** what the value stage did: skipped (already within VALUE_TARGET_GAP of the bound) or one RINS sub-MILP */
  valueStep: 'none' | 'skipped' | 'rins';
}

interface Lp {
  x: Float64Array;
  objective: number;
}

export async function lpRound(p: AssignmentProblem, incumbent: Choice): Promise<LpRoundResult> {
  const n = p.servers;
  const L = p.levels.length;
  const levelOf = new Int32Array(n);
  const li = new Map(p.levels.map((l, i) => [l, i]));
  for (let s = 0; s < n; s++) levelOf[s] = li.get(p.priority[s]!)!;
  // servers per level that have a candidate (`possible`) and in all (unserved counts include those without one)
  const possible = p.levels.map(() => 0);
  const total = p.levels.map(() => 0);
  for (let s = 0; s < n; s++) {
    total[levelOf[s]!]!++;
    if (p.start[s + 1]! > p.start[s]!) possible[levelOf[s]!]!++;
  }
  let best: Choice = Int32Array.from(incumbent);
  let bestScore = score(p, best);
  const served = (sc: typeof bestScore) => sc.unserved.map((u, k) => total[k]! - u);
  const bounds: (number | undefined)[] = p.levels.map(() => undefined);
  let countsProven = true;

  const consider = (c: Choice) => {
    const full = improve(p, repair(p, Int32Array.from(c)), 2);
    const sc = score(p, full);
    if (compareScores(sc, bestScore) < 0) {
      best = full;
      bestScore = sc;
    }
  };

  // built on first use (large fleets may need no LP at all), crash-started from the heuristic's answer
  let relaxation: Relaxation | undefined;
  const solveLp = async (k: number, lower: (number | undefined)[], objective: 'count' | 'value') =>
    (relaxation ??= await Relaxation.create(p, levelOf, incumbent))?.solve(k, lower, objective);
  try {
    for (let k = 0; k < L; k++) {
      if (served(bestScore)[k] === possible[k]) continue;
      let cols = 0;
      for (let s = 0; s < n; s++) if (levelOf[s]! <= k) cols += p.start[s + 1]! - p.start[s]!;
      if (cols > COUNT_LP_MAX_COLUMNS) {
        countsProven = false;
        continue;
      }
      const targets = served(bestScore);
      let t0 = performance.now();
      const lp = await solveLp(k, targets.slice(0, k), 'count');
      dbg(`count LP k=${k} cols=${cols} ${(performance.now() - t0).toFixed(0)} ms obj=${lp?.objective} targets=${targets}`);
      if (!lp) {
        countsProven = false;
        continue;
      }
      const bound = Math.floor(-lp.objective + EPS);
      bounds[k] = bound;
      if (targets[k]! >= bound) continue;
      const inScope = (s: number) => levelOf[s]! <= k;
      // among the count-optimal LP solutions the cheapest: its integral part, kept by the rounding, is then good in value too
      const lex = await solveLp(k, [...targets.slice(0, k), -lp.objective - 1e-7], 'value');
      const guide = lex ?? lp;
      for (const width of SUB_COLUMNS) {
        if (served(bestScore)[k]! >= bound) break;
        t0 = performance.now();
        // counts only (a value solve over this many columns takes seconds): the value stage follows
        const floors = targets.map((t, j) => (j < k && (t === possible[j] || t >= bounds[j]!) ? t : undefined));
        consider(await fixAndSolve(p, guide.x, inScope, width, floors));
        dbg(`count rounding ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound}`);
      }
      if (served(bestScore)[k]! < bound) countsProven = false;
    }

    let total = 0;
    for (let s = 0; s < n; s++) total += p.start[s + 1]! - p.start[s]!;
    let valueBound: number | undefined;
    let valueStep: LpRoundResult['valueStep'] = 'none';
    if (total <= VALUE_LP_MAX_COLUMNS) {
      let t0 = performance.now();
      const lp = await solveLp(L - 1, served(bestScore), 'value');
      dbg(`value LP ${(performance.now() - t0).toFixed(0)} ms obj=${lp?.objective} incumbent=${bestScore.value}`);
      if (lp) {
        valueBound = lp.objective;
        if (valueGap(bestScore.value, lp.objective) <= VALUE_TARGET_GAP) valueStep = 'skipped';
        else {
          t0 = performance.now();
          valueStep = 'rins';
          consider(await rins(p, lp.x, best, VALUE_SUB_COLUMNS, VALUE_SUB_GAP * Math.abs(lp.objective)));
          dbg(`rins ${(performance.now() - t0).toFixed(0)} ms -> ${bestScore.value}`);
        }
      }
    }
    return { choice: best, bounds, countsProven, valueBound, valueStep };
  } finally {
    relaxation?.dispose();
  }
}

/**
 * Relative gap of a value to its LP lower bound, against the smaller magnitude of the two (values may be negative:
 * savings), so it never understates the gap to the optimum, which lies between them.
 */
export function valueGap(value: number, bound: number): number {
  const sameSign = Math.sign(value) === Math.sign(bound);
  return (value - bound) / Math.max(1, sameSign ? Math.min(Math.abs(value), Math.abs(bound)) : 0);
}

/**
 * Value stage (RINS): servers where the value LP and the incumbent agree keep their column; the others (split, or
 * integral elsewhere) are re-solved exactly, warm-started from the incumbent, so served counts never drop.
 */
async function rins(p: AssignmentProblem, x: Float64Array, incumbent: Choice, maxColumns: number, absGap: number): Promise<Choice> {
  const chosen: { s: number; weight: number }[] = [];
  for (let s = 0; s < p.servers; s++) {
    if (p.start[s + 1] === p.start[s]) continue;
    const cur = incumbent[s]!;
    if (cur >= 0 && x[cur]! > 1 - EPS) continue;
    if (cur < 0) {
      let sum = 0;
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) sum += x[c]!;
      if (sum < EPS) continue;
    }
    // most LP disagreement first
    chosen.push({ s, weight: cur >= 0 ? 1 - x[cur]! : 1 });
  }
  chosen.sort((a, b) => b.weight - a.weight || a.s - b.s);
  const set: number[] = [];
  let cols = 0;
  for (const { s } of chosen) {
    const k = p.start[s + 1]! - p.start[s]!;
    if (cols + k > maxColumns) continue;
    set.push(s);
    cols += k;
  }
  if (set.length < 2) return incumbent;
  set.sort((a, b) => a - b);
  // the incumbent's counts are kept (≥ per level): only the value is optimised
  return (await solveSubset(p, set, incumbent, SUB_TIME_LIMIT, { countsFromStart: true, subProblem: true, valueGap: 0, valueAbsGap: absGap })).choice;
}

/**
 * Servers the LP serves integrally keep that column; the split ones, then the LP-unserved ones that have candidates
 * (highest priority first), then — to widen — integral ones on rows the others touch, are re-solved exactly.
 */
async function fixAndSolve(
  p: AssignmentProblem,
  x: Float64Array,
  inScope: (s: number) => boolean,
  maxColumns: number,
  floors?: (number | undefined)[],
): Promise<Choice> {
  const n = p.servers;
  const fixed = new Int32Array(n).fill(-1);
  const split: number[] = [];
  const unserved: number[] = [];
  for (let s = 0; s < n; s++) {
    if (!inScope(s) || p.start[s + 1] === p.start[s]) continue;
    let sum = 0;
    let whole = -1;
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
      sum += x[c]!;
      if (x[c]! > 1 - EPS) whole = c;
    }
    if (whole >= 0) fixed[s] = whole;
    else if (sum > EPS) split.push(s);
    else unserved.push(s);
  }
  const joining = unserved.sort((a, b) => p.priority[a]! - p.priority[b]! || a - b);
  const touched = new Uint8Array(p.rowNames.length);
  for (const s of [...split, ...joining]) for (let c = p.start[s]!; c < p.start[s + 1]!; c++) touched[p.row[c]!] = 1;
  // widening: integral servers on touched rows that have another candidate, cheapest move first
  const movable: { s: number; cost: number }[] = [];
  for (let s = 0; s < n; s++) {
    const cur = fixed[s]!;
    if (cur < 0 || !touched[p.row[cur]!]) continue;
    let cost = Infinity;
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) if (c !== cur) cost = Math.min(cost, p.value[c]! - p.value[cur]!);
    if (cost < Infinity) movable.push({ s, cost });
  }
  movable.sort((a, b) => a.cost - b.cost || a.s - b.s);
  const chosen: number[] = [];
  let cols = 0;
  for (const s of [...split, ...joining, ...movable.map((m) => m.s)]) {
    const k = p.start[s + 1]! - p.start[s]!;
    if (cols + k > maxColumns) continue;
    chosen.push(s);
    cols += k;
  }
  dbg(`fixAndSolve split=${split.length} unserved=${unserved.length} joining=${joining.length} movable=${movable.length} chosen=${chosen.length} cols=${cols}`);
  if (!chosen.length) return fixed;
  chosen.sort((a, b) => a - b);
  // chosen servers start unserved (feasible warm start); the fixed ones' loads never exceed capacity (x ≥ 0 elsewhere)
  const start = Int32Array.from(fixed);
  for (const s of chosen) start[s] = -1;
  // the floors count the whole problem: the fixed servers' share is already served. Infeasible floors hand back the
  // start: re-solving without them could only serve fewer at a proven level, which the caller rejects anyway.
  const levelFloor = floors?.slice();
  if (levelFloor) {
    for (let s = 0; s < n; s++) {
      const j = p.levels.indexOf(p.priority[s]!);
      if (start[s]! >= 0 && levelFloor[j] !== undefined) levelFloor[j]!--;
    }
  }
  return (await solveSubset(p, chosen, start, SUB_TIME_LIMIT, { countsOnly: true, subProblem: true, levelFloor })).choice;
}

/**
 * The relaxation, built once over every server: Σx ≤ 1 per server, cards ≤ capacity per row, one "served at level l"
 * row per level. Each solve changes only costs and level-row bounds, so HiGHS continues from the previous basis; the
 * first starts from the incumbent (its columns at their upper bound, every row slack basic: a primal feasible basis),
 * and primal simplex from there takes a few thousand cheap pivots instead of a cold, degenerate solve (measured at
 * 1,000×30: 30–50 ms instead of 140–440 ms; the value LP after a count LP 7–20 ms).
 */
class Relaxation {
  private constructor(
    private readonly highs: Highs,
    private readonly model: Model,
    private readonly p: AssignmentProblem,
    private readonly levelOf: Int32Array,
  ) {}

  static async create(p: AssignmentProblem, levelOf: Int32Array, incumbent: Choice): Promise<Relaxation | undefined> {
    const cols = p.row.length;
    if (cols === 0) return undefined;
    const highs = await loadHighs();
    const n = p.servers;
    const R = p.rowNames.length;
    const L = p.levels.length;
    const numRows = n + R + L;
    const starts = new Int32Array(cols + 1);
    const indices = new Int32Array(3 * cols);
    const values = new Float64Array(3 * cols);
    let nz = 0;
    for (let s = 0; s < n; s++) {
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
        starts[c] = nz;
        indices[nz] = s;
        values[nz++] = 1;
        indices[nz] = n + p.row[c]!;
        values[nz++] = p.cards[c]!;
        indices[nz] = n + R + levelOf[s]!;
        values[nz++] = 1;
      }
    }
    starts[cols] = nz;
    const rowLower = new Float64Array(numRows).fill(-highs.infinity);
    const rowUpper = new Float64Array(numRows).fill(highs.infinity);
    for (let s = 0; s < n; s++) rowUpper[s] = 1;
    for (let r = 0; r < R; r++) rowUpper[n + r] = p.capacity[r]!;
    const model = highs.createModel({
      numCols: cols,
      numRows,
      colCost: new Float64Array(cols),
      colLower: new Float64Array(cols),
      colUpper: new Float64Array(cols).fill(1),
      rowLower,
      rowUpper,
      matrix: { format: 'csc', numRows, numCols: cols, starts, indices, values },
    });
    model.options.set({ output_flag: false, solver: 'simplex', simplex_strategy: 4 });
    const colStatus = new Int32Array(cols);
    for (let s = 0; s < n; s++) if (incumbent[s]! >= 0) colStatus[incumbent[s]!] = highs.constants.basisStatus.upper;
    model.setBasis({ colStatus, rowStatus: new Int32Array(numRows).fill(highs.constants.basisStatus.basic) });
    return new Relaxation(highs, model, p, levelOf);
  }

  /**
   * `count`: maximise served at level k; `value`: minimise the value of the servers of levels ≤ k (lower levels cost
   * nothing: they only take what capacity is left). `lower[l]`: served at level l ≥ lower[l], or free when undefined.
   */
  solve(k: number, lower: (number | undefined)[], objective: 'count' | 'value'): Lp | undefined {
    const { p, model, highs } = this;
    const cols = p.row.length;
    const cost = new Float64Array(cols);
    for (let s = 0; s < p.servers; s++) {
      const l = this.levelOf[s]!;
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) cost[c] = objective === 'value' ? (l <= k ? p.value[c]! : 0) : l === k ? -1 : 0;
    }
    model.changeColsCost({ kind: 'range', from: 0, to: cols - 1 }, cost);
    const base = p.servers + p.rowNames.length;
    p.levels.forEach((_, l) => model.changeRowBounds(base + l, lower[l] ?? -highs.infinity, highs.infinity));
    const tr = performance.now();
    const run = model.run();
    dbg(`  LP ${objective} ${(performance.now() - tr).toFixed(0)} ms iterations ${model.info.get('simplex_iteration_count')}`);
    if (run.modelStatus !== highs.constants.modelStatus.optimal) return undefined;
    return { x: Float64Array.from(model.getSolution().colValue), objective: model.info.get('objective_function_value') as number };
  }

  dispose(): void {
    this.model.dispose();
  }
}
