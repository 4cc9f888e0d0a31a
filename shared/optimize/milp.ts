/**
 * Exact lexicographic assignment with HiGHS (npm `highs`, WebAssembly): one binary per candidate, Σ x ≤ 1 per server,
 * cards ≤ capacity per binding row. Solved level by level — maximise servers served at priority 1, fix that count
 * as a row, then priority 2, …, finally minimise total value — each solve warm-started from the previous solution.
 * Unlike the reference's MILP it keeps priorities and penalties, and an infeasible or timed-out solve is reported.
 */
import { setFlagsFromString } from 'node:v8';
import type { Highs, ModelData } from 'highs';
import { PsmlError } from '../errors.js';
import { rowLoads, type AssignmentProblem, type Choice } from './problem.js';

let highsPromise: Promise<Highs> | undefined;

/**
 * Loads HiGHS through its CommonJS build (highs-cjs.cjs). Its ES build starts with `await import("node:module")`, which
 * ncc's webpack turns into a namespace without `createRequire` (the builtin's export is a function, whose properties
 * webpack's interop does not copy), and the wasm webpack emitted for its `new URL(…, import.meta.url)` came out
 * re-encoded as UTF-8: the bundled action could not solve. The CommonJS build reads highs.wasm from its own directory.
 */
export async function loadHighs(): Promise<Highs> {
  // V8 re-compiles hot WebAssembly functions with its optimising compiler after a small budget (Node 20: 1.8 M, 22+:
  // 13 M); in a one-shot CLI run that compile work costs more than it saves (HiGHS is large): a larger budget keeps it
  // for solves that run long (measured on Node 20 at 1,000×30 end to end: 2.19/1.40/1.08 s → 1.80/0.92/0.60 s; 10 s
  // exact solves unchanged). V8 reads it when the module is instantiated, so it is set just before.
  if (!highsPromise) setFlagsFromString('--wasm-tiering-budget=400000000');
  highsPromise ??= import('./highs-cjs.cjs').then((m) => (m.default as unknown as (o?: object) => Promise<Highs>)({}));
  return highsPromise;
}

export interface ExactResult {
  choice: Choice;
  /** true when every level was solved to optimality within the time limit */
  optimal: boolean;
  solves: number;
}

export interface ExactOptions {
  /** seconds for all solves together */
  timeLimit?: number;
  /** a feasible start (e.g. the heuristic's answer) */
  start?: Choice;
  /** relative optimality gap of the final (value) solve; the count levels are always solved exactly */
  valueGap?: number;
  /** stop after the count levels (the value of the answer is then arbitrary among the lexicographic count optima) */
  countsOnly?: boolean;
  /**
   * take the start's served count per level as the count rows (≥) instead of maximising them: a value-only solve that
   * can never serve fewer than the start at any level (the caller knows the counts are already as good as they get)
   */
  countsFromStart?: boolean;
  /** absolute optimality gap of the value solve (e.g. a share of the whole problem's value when this is a sub-problem) */
  valueAbsGap?: number;
  /**
   * per level (in `levels` order): serve at least this many there instead of maximising it — one MILP fewer per given
   * level, and the rows it adds cut the next level's search. Infeasible floors end with `optimal: false` and the start.
   */
  levelFloor?: (number | undefined)[];
  /**
   * HiGHS tuned for LP-rounding sub-problems, whose time is nearly all root processing (cut separation): a small cut
   * pool and LP age limit (1,000×30 count sub-MILPs of 600 and 1,500 columns: 300 → 150 ms, 500 → 190 ms; RINS value
   * sub-MILPs on twelve fleets: 0.38–1.39 s → 0.39–0.81 s, 7.0 → 5.5 s in all, value gaps unchanged but one 0.22 → 0.44 %;
   * on whole problems, 400 servers, 6.7 → 9.2 s, so only here), and for the value level no root restart (RINS sub-MILPs
   * of 400–700 columns: 3.1 → 1.1 s, 1.3 → 0.55 s, others unchanged, same optimum).
   */
  subProblem?: boolean;
}

export async function solveExact(p: AssignmentProblem, opts: ExactOptions = {}): Promise<ExactResult> {
  const n = p.servers;
  const cols = p.row.length;
  if (cols === 0) return { choice: new Int32Array(n).fill(-1), optimal: true, solves: 0 };
  const highs = await loadHighs();
  // rows: one per server with candidates, then capacity rows that can bind (worst-case demand above capacity)
  const worst = new Float64Array(p.rowNames.length);
  for (let s = 0; s < n; s++) {
    const per = new Map<number, number>();
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) per.set(p.row[c]!, Math.max(per.get(p.row[c]!) ?? 0, p.cards[c]!));
    for (const [r, v] of per) worst[r]! += v;
  }
  const capRows: number[] = [];
  for (let r = 0; r < worst.length; r++) if (worst[r]! > p.capacity[r]! + 1e-9) capRows.push(r);
  const capRowOf = new Int32Array(p.rowNames.length).fill(-1);
  capRows.forEach((r, i) => (capRowOf[r] = i));
  const serverRow = new Int32Array(n).fill(-1);
  let numRows = 0;
  for (let s = 0; s < n; s++) if (p.start[s + 1]! > p.start[s]!) serverRow[s] = numRows++;
  const capBase = numRows;
  numRows += capRows.length;
  const levelRowBase = numRows; // one "served at level ≥ k" row per fixed level, added as levels are solved
  // CSC matrix: each column has its server row and (maybe) its capacity row
  const starts = new Int32Array(cols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  const colServer = new Int32Array(cols);
  for (let s = 0; s < n; s++) for (let c = p.start[s]!; c < p.start[s + 1]!; c++) colServer[c] = s;
  const build = (fixedLevels: number): { starts: Int32Array; indices: Int32Array; values: Float64Array } => {
    indices.length = 0;
    values.length = 0;
    for (let c = 0; c < cols; c++) {
      starts[c] = indices.length;
      const s = colServer[c]!;
      indices.push(serverRow[s]!);
      values.push(1);
      const cr = capRowOf[p.row[c]!]!;
      if (cr >= 0 && p.cards[c]! > 0) {
        indices.push(capBase + cr);
        values.push(p.cards[c]!);
      }
      const li = p.level[s]!;
      if (li < fixedLevels) {
        indices.push(levelRowBase + li);
        values.push(1);
      }
    }
    starts[cols] = indices.length;
    return { starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) };
  };
  const deadline = Date.now() + (opts.timeLimit ?? 60) * 1000;
  let current: Float64Array | undefined;
  if (opts.start) {
    current = new Float64Array(cols);
    for (let s = 0; s < n; s++) if (opts.start[s]! >= 0) current[opts.start[s]!] = 1;
  }
  const servedAt: number[] = [];
  let optimal = true;
  let solves = 0;
  const countServed = (x: Float64Array, level: number) => {
    let k = 0;
    for (let c = 0; c < cols; c++) if (x[c]! > 0.5 && p.priority[colServer[c]!] === level) k++;
    return k;
  };
  const meetsFloors = (x: Float64Array | undefined) =>
    !!x && (opts.levelFloor ?? []).every((f, k) => f === undefined || countServed(x, p.levels[k]!) >= f);
  const start = current;
  // a start below a floor may not stand in for a level's solve
  const startUsable = !opts.levelFloor || meetsFloors(start);
  // a level whose servers all fit with everyone at their cheapest needs no solve of its own when capacity is loose,
  // but in general each level is one MILP; the final one minimises value
  for (let li = 0; li <= (opts.countsOnly ? p.levels.length - 1 : p.levels.length); li++) {
    const isValue = li === p.levels.length;
    const colCost = new Float64Array(cols);
    for (let c = 0; c < cols; c++) {
      if (isValue) colCost[c] = p.value[c]!;
      else colCost[c] = p.priority[colServer[c]!] === p.levels[li] ? -1 : 0;
    }
    const rowLower = new Float64Array(numRows + li).fill(-highs.infinity);
    const rowUpper = new Float64Array(numRows + li);
    for (let r = 0; r < capBase; r++) rowUpper[r] = 1;
    capRows.forEach((r, i) => (rowUpper[capBase + i] = p.capacity[r]!));
    for (let k = 0; k < li; k++) {
      rowLower[levelRowBase + k] = servedAt[k]!;
      rowUpper[levelRowBase + k] = highs.infinity;
    }
    const m = build(li);
    const model: ModelData = {
      numCols: cols,
      numRows: numRows + li,
      colCost,
      colLower: new Float64Array(cols),
      colUpper: new Float64Array(cols).fill(1),
      rowLower,
      rowUpper,
      matrix: { format: 'csc', numRows: numRows + li, numCols: cols, starts: m.starts, indices: m.indices, values: m.values },
      integrality: new Int32Array(cols).fill(highs.constants.variableType.integer),
    };
    // a floor replaces a level's solve only when a later solve (another level's, or the value's) enforces it
    const enforced = !opts.countsOnly || p.levels.some((_, j) => j > li && opts.levelFloor?.[j] === undefined);
    const floor = isValue || !enforced ? undefined : opts.levelFloor?.[li];
    if (floor !== undefined) {
      servedAt.push(floor);
      continue;
    }
    if (!isValue && current) {
      // the start already serves every server of this level that has a candidate: nothing to gain
      let possible = 0;
      for (let s = 0; s < n; s++) if (p.priority[s] === p.levels[li] && serverRow[s]! >= 0) possible++;
      const got = countServed(current, p.levels[li]!);
      if ((got === possible || opts.countsFromStart) && startUsable) {
        servedAt.push(got);
        continue;
      }
    }
    const remaining = (deadline - Date.now()) / 1000;
    if (remaining <= 0 && current) {
      optimal = false;
      break;
    }
    const hm = highs.createModel(model);
    try {
      const t0 = Date.now();
      if (opts.subProblem) hm.options.set({ mip_pool_soft_limit: 100, mip_lp_age_limit: 3, ...(isValue ? { mip_allow_restart: false } : {}) });
      // a count objective is integral: a gap below 1 already proves the incumbent optimal
      hm.options.set({ output_flag: false, time_limit: Math.max(remaining, 0.05), mip_rel_gap: isValue ? (opts.valueGap ?? 1e-4) : 0, mip_abs_gap: isValue ? Math.max(opts.valueAbsGap ?? 0, 1e-6) : 0.999 });
      if (current) hm.setSolution({ colValue: current });
      const run = hm.run();
      solves++;
      if (process.env.PSML_OPT_DEBUG) console.error(`level ${li} ${Date.now() - t0} ms status ${run.modelStatus} nodes ${hm.info.get('mip_node_count')}`);
      const status = run.modelStatus;
      const hasSolution = hm.info.get('primal_solution_status') === 2;
      if (status !== highs.constants.modelStatus.optimal) optimal = false;
      if (!hasSolution) {
        if (current) break; // keep the last good solution
        throw new PsmlError(`the exact solver found no solution (status ${status})`, { hint: 'raise optimizer.timeLimit or use solver: heuristic' });
      }
      current = Float64Array.from(hm.getSolution().colValue);
      if (!isValue) servedAt.push(countServed(current, p.levels[li]!));
    } finally {
      hm.dispose();
    }
  }
  if (opts.levelFloor && !meetsFloors(current)) {
    // a floor no solve enforced, or an infeasible one: hand back the start
    optimal = false;
    current = start;
  }
  const choice = new Int32Array(n).fill(-1);
  if (current) for (let c = 0; c < cols; c++) if (current[c]! > 0.5) choice[colServer[c]!] = c;
  // guard against tolerance artefacts: never hand back an over-capacity answer
  const load = rowLoads(p, choice);
  if (!load.every((l, r) => l <= p.capacity[r]! + 1e-6)) throw new Error('exact solver returned an over-capacity assignment');
  return { choice, optimal, solves };
}
