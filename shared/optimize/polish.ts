/**
 * Exact re-optimisation of the contested part of a heuristic assignment: everyone else keeps their choice, and the
 * servers that compete for the full rows — the unserved that have candidates, and the served ones on those rows that
 * could move — are re-assigned by the lexicographic MILP (milp.ts) within the residual capacity and a time limit,
 * warm-started from the heuristic's choice. The result is never worse than the start: it is only taken if it scores better.
 */
import { solveExact, type ExactOptions } from './milp.js';
import { compareScores, priorityLevels, score, type AssignmentProblem, type Choice } from './problem.js';

export interface PolishOptions {
  /** seconds for the MILP */
  timeLimit: number;
  /** most candidate columns in the sub-problem */
  maxColumns?: number;
}

export interface PolishResult {
  choice: Choice;
  /** servers in the sub-problem */
  contested: number;
  improved: boolean;
  /** the sub-problem was solved to optimality */
  optimal: boolean;
}

const EPS = 1e-9;

/**
 * Large-neighbourhood search: repeated exact solves of small contested sets (each at most `maxColumns` columns, first
 * around every tight row in turn), each accepted only when it scores better, until the time is used or a full round
 * over the rows finds nothing. Small sets solve to optimality in a fraction of a second where one big set would not.
 */
export async function polish(p: AssignmentProblem, start: Choice, o: PolishOptions): Promise<PolishResult> {
  const deadline = Date.now() + o.timeLimit * 1000;
  const maxColumns = o.maxColumns ?? 400;
  let choice = start;
  let improved = false;
  let optimal = true;
  let contested = 0;
  for (let round = 0; round < 20; round++) {
    let gained = false;
    for (let focus = -1; focus < p.rowNames.length; focus++) {
      const left = (deadline - Date.now()) / 1000;
      if (left <= 0.02) return { choice, contested, improved, optimal: false };
      // first all contested servers together (bigger set, more time), then around each tight row
      const r = await polishOnce(p, choice, { timeLimit: focus < 0 ? left / 2 : Math.min(left, 0.5), maxColumns: focus < 0 ? 4 * maxColumns : maxColumns, focus });
      if (r.contested < 2) continue;
      contested = Math.max(contested, r.contested);
      optimal &&= r.optimal;
      if (r.improved) {
        choice = r.choice;
        improved = gained = true;
      }
    }
    if (!gained) break;
  }
  return { choice, contested, improved, optimal };
}

async function polishOnce(p: AssignmentProblem, start: Choice, o: PolishOptions & { focus: number }): Promise<PolishResult> {
  const n = p.servers;
  const R = p.rowNames.length;
  const free = Float64Array.from(p.capacity);
  for (let s = 0; s < n; s++) if (start[s]! >= 0) free[p.row[start[s]!]!]! -= p.cards[start[s]!]!;
  // tight rows: some unserved server has a candidate there that does not fit
  const tight = new Uint8Array(R);
  const unserved: number[] = [];
  const touches = (s: number, r: number) => {
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) if (p.row[c] === r) return true;
    return false;
  };
  for (let s = 0; s < n; s++) {
    if (start[s]! >= 0 || p.start[s] === p.start[s + 1]) continue;
    if (o.focus >= 0 && !touches(s, o.focus)) continue;
    unserved.push(s);
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) if (p.cards[c]! > free[p.row[c]!]! + EPS) tight[p.row[c]!] = 1;
  }
  if (unserved.length === 0) {
    // nobody waits: rows are tight where a served server's cheaper candidate does not fit
    for (let s = 0; s < n; s++) {
      const cur = start[s]!;
      if (cur < 0) continue;
      for (let c = p.start[s]!; c < cur; c++) if (p.value[c]! < p.value[cur]! - EPS && p.cards[c]! > free[p.row[c]!]! + EPS) tight[p.row[c]!] = 1;
    }
  }
  // served servers on tight rows that have somewhere else to go, cheapest move first
  const movable: { s: number; cost: number }[] = [];
  for (let s = 0; s < n; s++) {
    const cur = start[s]!;
    if (cur < 0 || !tight[p.row[cur]!]) continue;
    if (o.focus >= 0 && p.row[cur] !== o.focus && !touches(s, o.focus)) continue;
    let cost = Infinity;
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) if (p.row[c] !== p.row[cur]) cost = Math.min(cost, p.value[c]! - p.value[cur]!);
    movable.push({ s, cost });
  }
  movable.sort((a, b) => a.cost - b.cost || a.s - b.s);
  unserved.sort((a, b) => p.priority[a]! - p.priority[b]! || a - b);
  const maxColumns = o.maxColumns ?? 400;
  const chosen: number[] = [];
  let cols = 0;
  for (const s of [...unserved, ...movable.map((m) => m.s)]) {
    const k = p.start[s + 1]! - p.start[s]!;
    if (cols + k > maxColumns) continue;
    chosen.push(s);
    cols += k;
  }
  if (chosen.length < 2) return { choice: start, contested: chosen.length, improved: false, optimal: false };
  chosen.sort((a, b) => a - b);
  const { choice, optimal } = await solveSubset(p, chosen, start, o.timeLimit);
  const improved = compareScores(score(p, choice), score(p, start)) < 0;
  return { choice: improved ? choice : start, contested: chosen.length, improved, optimal };
}

/**
 * Exact lexicographic solve of the servers `chosen` (sorted) over all their candidates, everyone else keeping their
 * choice in `start` and its cards; the chosen servers' entries in `start` are the MILP's warm start. Returns the merged
 * assignment (within capacity whenever `start` is). `levelFloor` is in `p.levels` order and counts chosen servers only.
 */
export async function solveSubset(
  p: AssignmentProblem,
  chosen: number[],
  start: Choice,
  timeLimit: number,
  extra: Pick<ExactOptions, 'countsOnly' | 'countsFromStart' | 'valueGap' | 'valueAbsGap' | 'levelFloor' | 'subProblem'> = {},
): Promise<{ choice: Choice; optimal: boolean }> {
  const n = p.servers;
  // the sub-problem: chosen servers, all their candidates, capacity left by everyone else
  const inSub = new Uint8Array(n);
  for (const s of chosen) inSub[s] = 1;
  const capacity = Float64Array.from(p.capacity);
  for (let s = 0; s < n; s++) if (!inSub[s] && start[s]! >= 0) capacity[p.row[start[s]!]!]! -= p.cards[start[s]!]!;
  const subStart = new Int32Array(chosen.length + 1);
  const row: number[] = [];
  const cards: number[] = [];
  const value: number[] = [];
  const global: number[] = [];
  const subChoice = new Int32Array(chosen.length).fill(-1);
  chosen.forEach((s, i) => {
    subStart[i] = row.length;
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
      if (c === start[s]) subChoice[i] = row.length;
      row.push(p.row[c]!);
      cards.push(p.cards[c]!);
      value.push(p.value[c]!);
      global.push(c);
    }
  });
  subStart[chosen.length] = row.length;
  const priority = Int32Array.from(chosen, (s) => p.priority[s]!);
  const sub: AssignmentProblem = {
    servers: chosen.length,
    priority,
    start: subStart,
    row: Int32Array.from(row),
    cards: Float64Array.from(cards),
    value: Float64Array.from(value),
    local: Int32Array.from(global),
    rowNames: p.rowNames,
    capacity: capacity.map((c) => Math.max(c, 0)),
    ...priorityLevels(priority),
  };
  const floor = extra.levelFloor;
  const levelFloor = floor && sub.levels.map((l) => floor[p.levels.indexOf(l)]);
  const exact = await solveExact(sub, { timeLimit, start: subChoice, ...extra, levelFloor });
  const choice = Int32Array.from(start);
  chosen.forEach((s, i) => (choice[s] = exact.choice[i]! >= 0 ? global[exact.choice[i]!]! : -1));
  return { choice, optimal: exact.optimal };
}
