/**
 * LP-guided lexicographic rounding: closes the heuristic's gap in served servers per priority at the scale where the
 * exact MILP takes 10+ s (1,000 servers: ~8,000 columns, 8 capacity rows; HiGHS MILP 11–17 s, this 0.1–1 s warm).
 *
 * Why it works: the relaxation has one row per server (Σx ≤ 1), R capacity rows and one row per fixed level, so a
 * basic optimal solution splits at most R + levels servers (measured at 1,000×30: 4–7 of 1,000). For each priority
 * level k, highest first, where the incumbent leaves servers of level k unserved that have candidates:
 *  1. LP (the GUB simplex of gubsimplex.ts, crash-started from the incumbent: `Relaxation`): max served at k, served at
 *     each level j < k ≥ the incumbent's count (lower levels cost nothing: they only take capacity). ⌊LP⌋ bounds the
 *     integer optimum.
 *  2. If the incumbent already reaches ⌊LP⌋, it is proven optimal at k. Otherwise the cheapest count-optimal LP
 *     solution (a value LP with the count row at the LP optimum) guides the rounding: the servers it serves integrally
 *     keep their column, so the rounded answer starts close in value too; the split ones, the LP-unserved ones of
 *     levels ≤ k and the integral ones on the rows those touch (up to 1,500 columns) are re-decided in the capacity left:
 *     first by a count dive (`dive`: LPs of that sub-problem with the count as objective, each LP's integral part
 *     rounded, its largest fractions fixed to 1 for the next; where it misses, two more on the servers where the guide
 *     and the incumbent disagree and on the count LP's own vertex), and where the dives miss ⌊LP⌋ exactly (lexicographic
 *     sub-MILP of 600, then 1,500 columns; levels above k whose count is proven enter as floors, served ≥ count, so one
 *     MILP, not one per level). Measured on 16 fleets (500–2,000 servers, capacity ×0.8–0.9): the dive reaches ⌊LP⌋ on
 *     13, in 15–130 ms where the sub-MILPs took 0.2–0.7 s. ⌊LP⌋ is not always reachable: where both miss it, up to
 *     EXACT_COUNT_MAX_COLUMNS the exact count MILP over every server of levels ≤ k decides (and proves) the count.
 *  3. Every rounding is completed with the heuristic's repair and local search (lower levels placed, values improved)
 *     and taken only if it scores lexicographically better than the incumbent.
 * Then, up to LP_MAX_COLUMNS columns, the value LP (served counts ≥ the incumbent's) gives a lower bound on the
 * value: the value stage is skipped when the incumbent is within VALUE_TARGET_GAP of it; else value dives (count dives
 * whose sub-LP keeps the whole value under the bound + VALUE_TARGET_GAP, so every kept rounding serves as many and
 * costs less) on the value LP's neighbourhood, then on the servers where it and the incumbent disagree; where both leave
 * the value above RINS_GAP, one RINS sub-MILP (count rows fixed from the incumbent, value only, absolute gap) on those
 * servers. A plain value-objective dive rounded to one server short nearly every time; rounding the value LP's split
 * servers exactly and a second RINS round gained nothing on ten fleets.
 * Every LP (relaxation and dives) is the GUB simplex's; HiGHS solves only the sub-MILPs, so the common path never
 * instantiates its WebAssembly. Measured on 24 fleets 1,000×30 (×0.8–0.9), one process, cold: same served counts on 23,
 * one more server on one (whose count the HiGHS LPs had left unproven); 9.8 s in all instead of 13.5 s (RINS at 1 %,
 * not 0.5 %: value gaps of the fleets the dives finish up to 0.9 % instead of 0.5 %; the two extra count dives: 12.3 →
 * 9.8 s, fewer sub-MILPs).
 * Deterministic: simplex and the small MILPs are solved to optimality (their time limit is a guard that is not reached
 * at these sizes), dives are bounded by a count of LPs, and the order of everything is by index.
 */
import { improve, repair } from './heuristic.js';
import { solveGub, type GubBasis, type GubModel } from './gubsimplex.js';
import { solveSubset } from './polish.js';
import { compareScores, score, type AssignmentProblem, type Choice, type Score } from './problem.js';

/**
 * Above this many columns the value and count LPs are skipped. With the GUB simplex (partial pricing above 20,000
 * columns) 10,000×60 (150,000 columns) takes ~0.1 s per LP: the value LP proves the heuristic within 0.03 % on the
 * uncontended bench fleet; at capacity ×0.7 the count stage serves 30 more servers (53 unserved instead of 83) in
 * ~2.5 s. HiGHS took 4 s for that value LP and up to 30 s for a cold count LP.
 */
export const LP_MAX_COLUMNS = 400_000;
/**
 * Up to this many columns of levels ≤ k, a level whose count the rounding leaves below ⌊LP⌋ gets the exact count MILP
 * (the LP bound is not always reached by any assignment: 500 servers, 3,900 columns: 1.5–3 s, one server more than
 * the rounding on one fleet of two, the other's count proven).
 */
export const EXACT_COUNT_MAX_COLUMNS = 5000;
/** Columns of the exact sub-problem: first try, then the widened one. */
const SUB_COLUMNS = [600, 1500];
/** columns of the RINS value sub-MILP */
const VALUE_SUB_COLUMNS = 800;
/** columns of a dive's sub-problem, and the most LPs one dive solves */
const DIVE_COLUMNS = 1500;
const DIVE_MAX_SOLVES = 20;
/**
 * A count dive fixes every fractional column at least this large at once (one LP per batch, not per column). Measured
 * on 16 fleets (500–2,000 servers, capacity ×0.8–0.9): 0.7 reaches ⌊LP⌋ on 13, in 840 ms in all; 0.5: 11, 960 ms;
 * 0.9: 12, 1.3 s; one column at a time: 10, 1.2 s.
 */
const COUNT_DIVE_BATCH = 0.7;

/**
 * Weight of value (scaled to the largest |value|) against one server in a count dive's objective: a tie-break that
 * keeps the rounding cheap without trading a served server for value (a dive LP serving fewer than ⌊LP⌋ is rejected).
 */
const DIVE_VALUE_WEIGHT = 0.01;
/**
 * The value stage stops once the value is within this share of the LP bound (the promise is 1 % of the optimum);
 * the RINS sub-MILP stops at this share of the whole problem's value.
 */
export const VALUE_TARGET_GAP = 0.005;
/**
 * RINS (a HiGHS sub-MILP, 0.2–1.4 s at 1,000 servers) runs only when the dives leave the value above this share of the
 * LP bound: the promise (PROVEN_VALUE_GAP), not the dives' target.
 */
export const RINS_GAP = 0.01;
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
  /** per level: servers `choice` serves there */
  served: number[];
  /** every level's count is proven optimal (reaches ⌊LP⌋, serves all, or the exact count MILP proved it) */
  countsProven: boolean;
  /** the value LP's optimum with the final served counts: a lower bound on the value of any assignment serving as many */
  valueBound?: number;
  /** what the value stage did: skipped (already within VALUE_TARGET_GAP of the bound), value dives (ending within RINS_GAP), or those and one RINS sub-MILP */
  valueStep: 'none' | 'skipped' | 'dive' | 'rins';
}

interface Lp {
  x: Float64Array;
  objective: number;
}

export async function lpRound(p: AssignmentProblem, incumbent: Choice): Promise<LpRoundResult> {
  const n = p.servers;
  const L = p.levels.length;
  // servers per level that have a candidate (`possible`) and in all (unserved counts include those without one)
  const possible = p.levels.map(() => 0);
  const total = p.levels.map(() => 0);
  for (let s = 0; s < n; s++) {
    total[p.level[s]!]!++;
    if (p.start[s + 1]! > p.start[s]!) possible[p.level[s]!]!++;
  }
  let best: Choice = Int32Array.from(incumbent);
  let bestScore = score(p, best);
  const served = (sc: typeof bestScore) => sc.unserved.map((u, k) => total[k]! - u);
  const bounds: (number | undefined)[] = p.levels.map(() => undefined);
  let countsProven = true;

  /**
   * Completes a rounding (unserved placed where they fit, then values improved) and keeps it if lexicographically
   * better; true then. `worth` skips the local search (most of the cost) for repaired roundings that cannot be kept.
   */
  const consider = (c: Choice, worth?: (repaired: Score) => boolean): boolean => {
    const repaired = repair(p, Int32Array.from(c));
    if (worth && !worth(score(p, repaired))) return false;
    const full = improve(p, repaired, 2);
    const sc = score(p, full);
    if (compareScores(sc, bestScore) >= 0) return false;
    best = full;
    bestScore = sc;
    return true;
  };
  const colServer = new Int32Array(p.row.length);
  for (let s = 0; s < n; s++) colServer.fill(s, p.start[s]!, p.start[s + 1]!);
  let valueScale = 1;
  for (let c = 0; c < p.row.length; c++) valueScale = Math.max(valueScale, Math.abs(p.value[c]!));

  /**
   * Count dive at level k on a neighbourhood (`dive`): the count objective (value only as a tie-break) leaves the LP free
   * to move its fractions where they round well; roundings serving `need` at every level are completed and kept when
   * lexicographically better. With `valueCap`, the sub-LP's value (with everyone else's) stays under it: a value dive
   * whose roundings keep the counts.
   */
  const countDive = (k: number, need: number[], nb: { base: Choice; chosen: number[] }, valueCap?: number): void => {
    dive(p, {
      ...nb,
      cost: diveCost(p, colServer, k, valueScale),
      lower: need.map((t, j) => (j === k ? undefined : t)),
      atLeast: { level: k, served: need[k]! },
      valueCap,
      accept: (c) => consider(c, (sc) => served(sc).every((v, j) => v >= need[j]!)),
    });
  };

  // crash-started from the heuristic's answer
  const relaxation = new Relaxation(p, incumbent);
  const solveLp = (k: number, lower: (number | undefined)[], objective: 'count' | 'value') =>
    p.row.length ? relaxation.solve(k, lower, objective) : undefined;
  for (let k = 0; k < L; k++) {
    if (served(bestScore)[k] === possible[k]) continue;
    let cols = 0;
    for (let s = 0; s < n; s++) if (p.level[s]! <= k) cols += p.start[s + 1]! - p.start[s]!;
    if (cols > LP_MAX_COLUMNS) {
      countsProven = false;
      continue;
    }
    const targets = served(bestScore);
    let t0 = performance.now();
    const lp = solveLp(k, targets.slice(0, k), 'count');
    dbg(`count LP k=${k} cols=${cols} ${(performance.now() - t0).toFixed(0)} ms obj=${lp?.objective} targets=${targets}`);
    if (!lp) {
      countsProven = false;
      continue;
    }
    const bound = Math.floor(-lp.objective + EPS);
    bounds[k] = bound;
    if (targets[k]! >= bound) continue;
    const inScope = (s: number) => p.level[s]! <= k;
    // among the count-optimal LP solutions the cheapest: its integral part, kept by the rounding, is then good in value too
    const lex = solveLp(k, [...targets.slice(0, k), -lp.objective - 1e-7], 'value');
    const guide = lex ?? lp;
    t0 = performance.now();
    const need = [...targets.slice(0, k), bound, ...targets.slice(k + 1).fill(0)];
    // dives are cheap (GUB LPs warm-started from the last basis): before the sub-MILPs, two more on other
    // neighbourhoods — where the guide and the incumbent disagree, and the count LP's own vertex
    countDive(k, need, neighbourhood(p, guide.x, inScope, DIVE_COLUMNS));
    if (served(bestScore)[k]! < bound) countDive(k, need, { base: best, chosen: disagreement(p, guide.x, best, DIVE_COLUMNS) });
    if (served(bestScore)[k]! < bound && lex) countDive(k, need, neighbourhood(p, lp.x, inScope, DIVE_COLUMNS));
    dbg(`count dive ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound}`);
    const floors = targets.map((t, j) => (j < k && (t === possible[j] || t >= bounds[j]!) ? t : undefined));
    for (const width of SUB_COLUMNS) {
      if (served(bestScore)[k]! >= bound) break;
      t0 = performance.now();
      // counts only (a value solve over this many columns takes seconds): the value stage follows
      consider(await fixAndSolve(p, guide.x, inScope, width, floors));
      dbg(`count rounding ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound}`);
    }
    let exact = false;
    if (served(bestScore)[k]! < bound && cols <= EXACT_COUNT_MAX_COLUMNS) {
      // ⌊LP⌋ can be above the integer optimum: the exact count MILP over every server of levels ≤ k settles it
      // (lower levels never constrain higher ones: they are dropped here and placed again by the completion)
      t0 = performance.now();
      const start = Int32Array.from(best);
      const chosen: number[] = [];
      for (let s = 0; s < n; s++) {
        if (p.level[s]! > k) start[s] = -1;
        else if (p.start[s + 1]! > p.start[s]!) chosen.push(s);
      }
      const r = await solveSubset(p, chosen, start, SUB_TIME_LIMIT, { countsOnly: true, levelFloor: floors });
      consider(r.choice);
      exact = r.optimal;
      dbg(`exact count ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound} ${exact ? 'proven' : 'not proven'}`);
    }
    if (served(bestScore)[k]! < bound && !exact) countsProven = false;
  }

  let valueBound: number | undefined;
  let valueStep: LpRoundResult['valueStep'] = 'none';
  if (p.row.length <= LP_MAX_COLUMNS) {
    let t0 = performance.now();
    const lp = solveLp(L - 1, served(bestScore), 'value');
    dbg(`value LP ${(performance.now() - t0).toFixed(0)} ms obj=${lp?.objective} incumbent=${bestScore.value}`);
    if (lp) {
      valueBound = lp.objective;
      if (valueGap(bestScore.value, lp.objective) <= VALUE_TARGET_GAP) valueStep = 'skipped';
      else {
        t0 = performance.now();
        // value dives: count dives keeping the served counts under a value cap at the target gap, on the value LP's
        // neighbourhood, then on the servers where it and the incumbent disagree; RINS where both leave it above RINS_GAP
        valueStep = 'dive';
        const need = served(bestScore);
        let k = L - 1;
        while (k > 0 && need[k] === possible[k]) k--;
        const cap = lp.objective + VALUE_TARGET_GAP * Math.abs(lp.objective);
        countDive(k, need, neighbourhood(p, lp.x, () => true, DIVE_COLUMNS), cap);
        if (valueGap(bestScore.value, lp.objective) > VALUE_TARGET_GAP) countDive(k, need, { base: best, chosen: disagreement(p, lp.x, best, DIVE_COLUMNS) }, cap);
        dbg(`value dives ${(performance.now() - t0).toFixed(0)} ms -> ${bestScore.value}`);
        if (valueGap(bestScore.value, lp.objective) > RINS_GAP) {
          t0 = performance.now();
          valueStep = 'rins';
          consider(await rins(p, lp.x, best, VALUE_SUB_COLUMNS, VALUE_SUB_GAP * Math.abs(lp.objective)));
          dbg(`rins ${(performance.now() - t0).toFixed(0)} ms -> ${bestScore.value}`);
        }
      }
    }
  }
  return { choice: best, bounds, served: served(bestScore), countsProven, valueBound, valueStep };
}

/**
 * A count dive's objective per column: −1 per server served at level k, plus value (levels ≤ k) as a tie-break. Its own
 * function: V8 compiles this loop while it runs (OSR), and a caller holding it would be compiled again after it.
 */
function diveCost(p: AssignmentProblem, colServer: Int32Array, k: number, valueScale: number): Float64Array {
  const cost = new Float64Array(p.row.length);
  for (let c = 0; c < cost.length; c++) {
    const l = p.level[colServer[c]!]!;
    cost[c] = (l === k ? -1 : 0) + (l <= k ? (DIVE_VALUE_WEIGHT * p.value[c]!) / valueScale : 0);
  }
  return cost;
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
  const set = disagreement(p, x, incumbent, maxColumns);
  if (set.length < 2) return incumbent;
  // the incumbent's counts are kept (≥ per level): only the value is optimised
  return (await solveSubset(p, set, incumbent, SUB_TIME_LIMIT, { countsFromStart: true, subProblem: true, valueGap: 0, valueAbsGap: absGap })).choice;
}

/** Servers where an LP solution and the incumbent disagree (split, or integral elsewhere), most disagreement first, sorted. */
function disagreement(p: AssignmentProblem, x: Float64Array, incumbent: Choice, maxColumns: number): number[] {
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
  return set.sort((a, b) => a - b);
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
  const { base: start, chosen } = neighbourhood(p, x, inScope, maxColumns);
  if (!chosen.length) return start;
  // the floors count the whole problem: the fixed servers' share is already served. Infeasible floors hand back the
  // start: re-solving without them could only serve fewer at a proven level, which the caller rejects anyway.
  const levelFloor = floors?.slice();
  if (levelFloor) {
    for (let s = 0; s < p.servers; s++) if (start[s]! >= 0 && levelFloor[p.level[s]!] !== undefined) levelFloor[p.level[s]!]!--;
  }
  return (await solveSubset(p, chosen, start, SUB_TIME_LIMIT, { countsOnly: true, subProblem: true, levelFloor })).choice;
}

/**
 * The part of an LP solution to re-decide: in-scope servers the LP serves integrally keep that column (`base`, every
 * `chosen` server unserved there, so it is feasible); the split ones, the LP-unserved ones and integral ones on the rows
 * those touch are `chosen` (sorted), up to `maxColumns` candidate columns.
 */
function neighbourhood(p: AssignmentProblem, x: Float64Array, inScope: (s: number) => boolean, maxColumns: number): { base: Choice; chosen: number[] } {
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
  dbg(`neighbourhood split=${split.length} unserved=${unserved.length} movable=${movable.length} chosen=${chosen.length} cols=${cols}`);
  chosen.sort((a, b) => a - b);
  // chosen servers start unserved; the fixed ones' loads never exceed capacity (x ≥ 0 elsewhere)
  const base = Int32Array.from(fixed);
  for (const s of chosen) base[s] = -1;
  return { base, chosen };
}

interface DiveOptions {
  /** servers re-decided (sorted; their entries in `base` are ignored); everyone else keeps their column in `base` */
  chosen: number[];
  base: Choice;
  /** objective per candidate column (of the whole problem) */
  cost: Float64Array;
  /** per level: served in the whole problem ≥ this (a row of the sub-LP), or free */
  lower: (number | undefined)[];
  /** an LP serving fewer than this at the level counts as infeasible (the count objective keeps that row free) */
  atLeast: { level: number; served: number };
  /** the whole problem's value (everyone else's in `base` included) stays ≤ this: one more row */
  valueCap?: number;
  /** each LP's rounding (the chosen servers' integral columns, the rest unserved); true ends the dive */
  accept: (rounding: Choice) => boolean;
}

/**
 * LP diving on a sub-problem (the chosen servers, their candidates, the capacity `base` leaves): solve, hand the
 * rounding of the LP's integral part to `accept`, fix the fractional columns of at least COUNT_DIVE_BATCH (else the
 * largest) to 1 and solve again (from the last basis: 5–40 pivots at 1,500 columns); an infeasible LP undoes the
 * latest batch down to its largest column, or flips a single fixed column to 0 (chronological backtracking).
 * Deterministic: ties go to the lowest column, and the work is bounded by DIVE_MAX_SOLVES, not by a clock.
 */
function dive(p: AssignmentProblem, o: DiveOptions): void {
  const { chosen, base } = o;
  if (chosen.length === 0) return;
  const L = p.levels.length;
  const inSub = new Uint8Array(p.servers);
  for (const s of chosen) inSub[s] = 1;
  const capacity = Float64Array.from(p.capacity);
  // everyone else's load, served count per level and value
  const outside = new Float64Array(L);
  let outsideValue = 0;
  for (let s = 0; s < p.servers; s++) {
    const c = base[s]!;
    if (inSub[s] || c < 0) continue;
    capacity[p.row[c]!]! -= p.cards[c]!;
    outside[p.level[s]!]!++;
    outsideValue += p.value[c]!;
  }
  const sub = subModel(p, chosen, o.cost);
  const m = sub.cols.length;
  // a fix is a batch of columns set to 1 (largest first: the rest of their server's columns and "unserved" are banned),
  // or one column set to 0; bans are counted, so undoing one fix leaves the others' in place
  const banned = new Uint8Array(m);
  const serve = new Uint8Array(chosen.length);
  const fixes: { cols: number[]; one: boolean }[] = [];
  const setFix = (js: number[], one: boolean, d: 1 | -1) => {
    for (const j of js) {
      if (!one) {
        banned[j]! += d;
        continue;
      }
      const i = sub.owner[j]!;
      serve[i]! += d;
      for (let k = sub.model.start[i]!; k < sub.model.start[i + 1]!; k++) if (k !== j) banned[k]! += d;
    }
  };
  const model: GubModel = {
    ...sub.model,
    capacity,
    levelLower: o.lower.map((v, l) => (v === undefined ? undefined : v - outside[l]!)),
    cap: o.valueCap === undefined ? undefined : { coef: sub.value, rhs: o.valueCap - outsideValue },
    banned,
    serve,
  };
  let basis: GubBasis | undefined;
  for (let solves = 0; solves < DIVE_MAX_SOLVES; solves++) {
    // warm-started from the last basis (dual simplex's role in a dive: the next LP starts at the last vertex)
    const r = solveGub(model, { basis, choice: new Int32Array(chosen.length).fill(-1) });
    basis = r.basis;
    let x = r.status === 'optimal' ? r.x : undefined;
    if (x) {
      let served = outside[o.atLeast.level]!;
      for (let j = 0; j < m; j++) if (p.level[chosen[sub.owner[j]!]!] === o.atLeast.level) served += x[j]!;
      if (served < o.atLeast.served - EPS) x = undefined;
    }
    if (!x) {
      // backtrack: undo 0-fixes; a batch shrinks to its first (largest) column, a single column flips to 0
      let last: { cols: number[]; one: boolean } | undefined;
      while ((last = fixes.pop()) && !last.one) setFix(last.cols, false, -1);
      if (!last) return;
      setFix(last.cols, true, -1);
      const first = last.cols[0]!;
      const one = last.cols.length > 1;
      setFix([first], one, 1);
      fixes.push({ cols: [first], one });
      continue;
    }
    const rounding = Int32Array.from(base);
    for (const s of chosen) rounding[s] = -1;
    for (let j = 0; j < m; j++) if (x[j]! > 1 - EPS) rounding[chosen[sub.owner[j]!]!] = sub.cols[j]!;
    if (o.accept(rounding)) return;
    const frac: number[] = [];
    for (let j = 0; j < m; j++) if (x[j]! > EPS && x[j]! < 1 - EPS) frac.push(j);
    if (!frac.length) return; // integral: its rounding was the LP itself
    const xs = x;
    frac.sort((a, b) => xs[b]! - xs[a]! || a - b);
    const batch = frac.filter((j) => xs[j]! >= COUNT_DIVE_BATCH);
    const fix = batch.length ? batch : [frac[0]!];
    setFix(fix, true, 1);
    fixes.push({ cols: fix, one: true });
  }
}

/** The GUB model's columns over some servers (in order): their candidates (`cols`: the problem's column, `owner`: the index in `servers`), costs and values. */
function subModel(p: AssignmentProblem, servers: number[], cost: Float64Array) {
  const n = servers.length;
  const start = new Int32Array(n + 1);
  let m = 0;
  for (let i = 0; i < n; i++) {
    start[i] = m;
    m += p.start[servers[i]! + 1]! - p.start[servers[i]!]!;
  }
  start[n] = m;
  const cols = new Int32Array(m);
  const owner = new Int32Array(m);
  const row = new Int32Array(m);
  const weight = new Float64Array(m);
  const subCost = new Float64Array(m);
  const value = new Float64Array(m);
  const level = new Int32Array(n);
  for (let i = 0, j = 0; i < n; i++) {
    const s = servers[i]!;
    level[i] = p.level[s]!;
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++, j++) {
      cols[j] = c;
      owner[j] = i;
      row[j] = p.row[c]!;
      weight[j] = p.cards[c]!;
      subCost[j] = cost[c]!;
      value[j] = p.value[c]!;
    }
  }
  return { model: { start, row, weight, level, cost: subCost }, cols, owner, value };
}

/**
 * The relaxation over every server: Σx ≤ 1 per server, cards ≤ capacity per row, "served at level l ≥ lower[l]" per
 * level, solved by the GUB simplex (gubsimplex.ts). The first solve starts from the incumbent (an integral feasible
 * point); each next one from the last optimal basis when its rows match and it stays feasible, else from the incumbent.
 * Measured at 1,000×30: count LP 144 pivots (HiGHS: ~1,900 from the same start), the three LPs ~35 ms cold where
 * HiGHS took ~170 ms with its instantiation and model build.
 */
class Relaxation {
  private basis: GubBasis | undefined;
  constructor(
    private readonly p: AssignmentProblem,
    private readonly incumbent: Choice,
  ) {}

  /**
   * `count`: maximise served at level k; `value`: minimise the value of the servers of levels ≤ k (lower levels cost
   * nothing: they only take what capacity is left). `lower[l]`: served at level l ≥ lower[l], or free when undefined.
   */
  solve(k: number, lower: (number | undefined)[], objective: 'count' | 'value'): Lp | undefined {
    const { p } = this;
    const cost = new Float64Array(p.row.length);
    for (let s = 0; s < p.servers; s++) {
      const l = p.level[s]!;
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) cost[c] = objective === 'value' ? (l <= k ? p.value[c]! : 0) : l === k ? -1 : 0;
    }
    const tr = performance.now();
    const r = solveGub(
      { start: p.start, row: p.row, weight: p.cards, capacity: p.capacity, level: p.level, levelLower: p.levels.map((_, l) => lower[l]), cost },
      { basis: this.basis, choice: this.incumbent },
    );
    dbg(`  LP ${objective} ${(performance.now() - tr).toFixed(0)} ms iterations ${r.iterations}`);
    if (r.status !== 'optimal') return undefined;
    this.basis = r.basis;
    return { x: r.x, objective: r.objective };
  }
}
