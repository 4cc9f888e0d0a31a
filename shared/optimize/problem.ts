/**
 * The assignment problem in flat arrays: each server takes at most one of its candidates; cards per capacity row
 * (accelerator type × pool) never exceed the capacity. Objective, lexicographic: fewest unserved servers at priority 1,
 * then 2, …, then the least total value.
 */
import type { Candidate, ServerCandidates } from './candidates.js';

export interface AssignmentProblem {
  servers: number;
  priority: Int32Array;
  /** CSR: candidates of server s are start[s] .. start[s+1]-1, cheapest value first */
  start: Int32Array;
  row: Int32Array;
  cards: Float64Array;
  value: Float64Array;
  /** index into the ServerCandidates' candidate list */
  local: Int32Array;
  rowNames: string[];
  capacity: Float64Array;
  /** distinct priorities, highest (smallest number) first */
  levels: number[];
  /** per server: the index of its priority in `levels` */
  level: Int32Array;
}

/** The distinct priorities, highest first, and each server's index among them. */
export function priorityLevels(priority: Int32Array): { levels: number[]; level: Int32Array } {
  const levels = [...new Set(priority)].sort((a, b) => a - b);
  const index = new Map(levels.map((l, i) => [l, i]));
  return { levels, level: Int32Array.from(priority, (x) => index.get(x)!) };
}

/** choice[s] = global candidate index, or -1 when unserved */
export type Choice = Int32Array;

export interface Score {
  /** unserved count per level, in `levels` order */
  unserved: number[];
  value: number;
}

/**
 * Builds the problem. Candidates dominated on the same row (no fewer cards and no lower value than another) are dropped:
 * swapping to the dominating one never hurts, so the optimum is unchanged and the search space shrinks.
 */
export function buildProblem(servers: ServerCandidates[], capacity: Map<string, number>, unlimited: boolean): AssignmentProblem {
  const rowIndex = new Map<string, number>();
  const rowNames: string[] = [];
  const rows = [...new Set(servers.flatMap((s) => s.candidates.map((c) => c.row)))].sort();
  for (const r of rows) {
    rowIndex.set(r, rowNames.length);
    rowNames.push(r);
  }
  const start = new Int32Array(servers.length + 1);
  const rowArr: number[] = [];
  const cards: number[] = [];
  const value: number[] = [];
  const local: number[] = [];
  servers.forEach((s, i) => {
    start[i] = rowArr.length;
    // candidates are sorted by value: keep one only if it uses fewer cards than every cheaper one on its row
    const minCards = new Map<number, number>();
    s.candidates.forEach((c: Candidate, j) => {
      const r = rowIndex.get(c.row)!;
      const m = minCards.get(r);
      if (m !== undefined && m <= c.cards) return;
      minCards.set(r, c.cards);
      rowArr.push(r);
      cards.push(c.cards);
      value.push(c.value);
      local.push(j);
    });
  });
  start[servers.length] = rowArr.length;
  const cap = new Float64Array(rowNames.length);
  rowNames.forEach((r, i) => (cap[i] = unlimited ? Number.POSITIVE_INFINITY : (capacity.get(r) ?? 0)));
  const priority = Int32Array.from(servers.map((s) => s.priority));
  return {
    servers: servers.length,
    priority,
    start,
    row: Int32Array.from(rowArr),
    cards: Float64Array.from(cards),
    value: Float64Array.from(value),
    local: Int32Array.from(local),
    rowNames,
    capacity: cap,
    ...priorityLevels(priority),
  };
}

export function score(p: AssignmentProblem, choice: Choice): Score {
  const unserved: number[] = [];
  for (let i = 0; i < p.levels.length; i++) unserved.push(0);
  let value = 0;
  for (let s = 0; s < p.servers; s++) {
    const c = choice[s]!;
    if (c >= 0) value += p.value[c]!;
    else unserved[p.level[s]!]!++;
  }
  return { unserved, value };
}

/** Negative when a is better. Values within 1e-9 relative count as equal (summation order differs between methods). */
export function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < a.unserved.length; i++) {
    const d = a.unserved[i]! - b.unserved[i]!;
    if (d !== 0) return d;
  }
  const tol = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= tol ? 0 : a.value - b.value;
}

/** Every server its cheapest candidate (the unconstrained optimum), -1 for servers without one. */
export function cheapestChoice(p: AssignmentProblem): Choice {
  return Int32Array.from({ length: p.servers }, (_, s) => (p.start[s]! < p.start[s + 1]! ? p.start[s]! : -1));
}

export function rowLoads(p: AssignmentProblem, choice: Choice): Float64Array {
  const load = new Float64Array(p.rowNames.length);
  for (let s = 0; s < p.servers; s++) {
    const c = choice[s]!;
    if (c >= 0) load[p.row[c]!]! += p.cards[c]!;
  }
  return load;
}

export function isFeasible(p: AssignmentProblem, choice: Choice): boolean {
  const load = rowLoads(p, choice);
  return load.every((l, r) => l <= p.capacity[r]! + 1e-9);
}
