/**
 * Allocation: candidates → capacity-aware lexicographic assignment → saturation of leftovers → the reference's
 * solution document plus per-server diffs, totals per accelerator type and reasons for every unserved server.
 */
import { candidateMetrics, generateCandidates, spotRow, type Candidate, type ServerCandidates } from './candidates.js';
import { solveHeuristic } from './heuristic.js';
import { PsmlError } from '../errors.js';
import { loadHighs, solveExact } from './milp.js';
import { buildProblem, cheapestChoice, compareScores, isFeasible, score, type AssignmentProblem, type Choice } from './problem.js';
import { lpRound, valueGap } from './lpround.js';
import { polish } from './polish.js';
import { saturate } from './saturation.js';
import type { Load, SolverChoice, System } from './system.js';

/**
 * Up to this many candidate columns (~200 servers) `auto` goes on to the exact MILP when LP rounding cannot prove its
 * answer. Measured in a fresh process: exact 0.3–3.6 s at 100 servers but 10 s at 300, where LP rounding took 0.2 s
 * and matched the exact served counts on every fleet tried.
 */
export const EXACT_MAX_COLUMNS = 1500;
/**
 * Above EXACT_MAX_COLUMNS and up to this many (~650 servers), when LP rounding proves the served counts but not the
 * value, a value MILP with those counts as floors and PROVEN_VALUE_GAP as its gap proves it: at 300–500 servers the
 * rounding was 1.1–2.2 % above the optimum, this took 0.6–1.3 s more and ended within 0.4 %.
 */
export const EXACT_VALUE_MAX_COLUMNS = 5000;
/** The fast method's promise: a value within 1 % of the optimum (the LP bound is below the optimum, so this proves it). */
export const PROVEN_VALUE_GAP = 0.01;

export interface AllocationDoc {
  accelerator: string;
  numReplicas: number;
  maxBatch: number;
  cost: number;
  itlAverage: number;
  ttftAverage: number;
  load: Load;
  spot?: true;
  /** fewer replicas than the load needs (saturation policy) */
  partial?: true;
}

export interface AllocationDiff {
  server: string;
  oldAccelerator: string;
  newAccelerator: string;
  oldReplicas: number;
  newReplicas: number;
  costChange: number;
}

export interface TypeTotal {
  /** accelerator type, `(spot)` for the spot pool */
  type: string;
  cards: number;
  capacity: number | null;
  cost: number;
}

export interface UnservedServer {
  server: string;
  priority: number;
  reason: string;
}

export interface OptimizationReport {
  allocations: Record<string, AllocationDoc>;
  totalCost: number;
  /** how the assignment was found: exact, heuristic, unlimited */
  method: string;
  /** true when the exact solver proved optimality (or everyone's cheapest candidate fitted) */
  optimal: boolean;
  unserved: UnservedServer[];
  diffs: AllocationDiff[];
  totals: TypeTotal[];
}

export interface OptimizeOptions {
  solver?: SolverChoice;
  /** seconds for the exact solver */
  timeLimit?: number;
  /** seconds for exact re-optimisation of the contested servers after the heuristic (0 = off) */
  polish?: number;
}

export interface Optimization {
  report: OptimizationReport;
  problem: AssignmentProblem;
  servers: ServerCandidates[];
  choice: Choice;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A MILP stopped by its clock: the only way the same input can give another answer elsewhere, so the report says it. */
const timeLimitNote = (seconds: number) => `stopped at the ${seconds} s time limit, not proven: the answer may differ on a faster or busier machine; --time-limit raises it`;

export function capacityRows(system: System): Map<string, number> {
  const m = new Map<string, number>();
  for (const [type, c] of system.capacity) {
    m.set(type, c.onDemand);
    if (c.spot > 0) m.set(spotRow(type), c.spot);
  }
  return m;
}

export async function optimize(system: System, opts: OptimizeOptions = {}): Promise<Optimization> {
  const { servers } = generateCandidates(system);
  const unlimited = system.optimizer.unlimited;
  const problem = buildProblem(servers, capacityRows(system), unlimited);
  const solver = opts.solver ?? system.optimizer.solver;
  const timeLimit = opts.timeLimit ?? system.optimizer.timeLimit;
  let choice: Choice;
  let method: string;
  let optimal = false;
  if (unlimited) {
    choice = solveHeuristic(problem); // with infinite capacity: everyone's cheapest
    method = 'unlimited';
    optimal = true;
  } else {
    const cheapest = cheapestChoice(problem);
    // HiGHS compiles its WebAssembly off the main thread: where its MILPs are likely (up to EXACT_VALUE_MAX_COLUMNS),
    // start now so that overlaps the heuristic; above, LP rounding's LPs are the GUB simplex's and HiGHS loads on demand
    const cols = problem.row.length;
    if (solver !== 'heuristic' && (solver === 'exact' || cols <= EXACT_VALUE_MAX_COLUMNS) && !isFeasible(problem, cheapest)) {
      loadHighs().catch(() => undefined);
    }
    const heuristic = solveHeuristic(problem);
    choice = heuristic;
    method = 'heuristic';
    // everyone got their cheapest candidate: nothing can be better
    const trivial = heuristic.every((c, s) => c === cheapest[s]);
    if (trivial) optimal = true;
    // auto: LP rounding first; when it proves its answer (every priority's served count optimal, value within
    // PROVEN_VALUE_GAP of the value LP, so of the optimum) it is final; otherwise mid-size problems with proven counts
    // get the value MILP and small ones the exact MILP
    let proven = false;
    let countsProven = false;
    if (!trivial && solver === 'auto') {
      try {
        const r = await lpRound(problem, heuristic);
        if (compareScores(score(problem, r.choice), score(problem, heuristic)) < 0) {
          choice = r.choice;
          method = 'heuristic+LP rounding';
        }
        countsProven = r.countsProven;
        const gap = r.valueBound === undefined ? undefined : valueGap(score(problem, choice).value, r.valueBound);
        const pct = (g: number) => (Math.max(g, 0) * 100).toFixed(2);
        if (r.countsProven && gap !== undefined && gap <= PROVEN_VALUE_GAP) {
          proven = true;
          method += ` (served counts proven optimal, value within ${pct(gap)} % of the LP bound)`;
        } else if (cols > EXACT_VALUE_MAX_COLUMNS || (cols > EXACT_MAX_COLUMNS && !r.countsProven)) {
          // no MILP follows at this size: say how far from proven the answer is
          // r.choice is the answer here (LP rounding keeps the heuristic's when it finds nothing better)
          const more = r.bounds.flatMap((b, k) => (b !== undefined && b > r.served[k]! ? [`${b - r.served[k]!} more at priority ${problem.levels[k]}`] : []));
          const counts = r.countsProven ? 'served counts proven optimal' : `served counts not proven optimal${more.length ? `: the LP bound allows up to ${more.join(', ')}` : ''}`;
          method += ` (${counts}${gap === undefined ? '' : `; value ${pct(gap)} % above the LP bound`})`;
        }
      } catch (e) {
        if (e instanceof PsmlError) throw e;
        method = `heuristic (LP solver unavailable: ${(e as Error).message.split('\n')[0]})`;
      }
    }
    if (solver === 'auto' && !proven && countsProven && cols > EXACT_MAX_COLUMNS && cols <= EXACT_VALUE_MAX_COLUMNS) {
      try {
        // the counts stay (floors from the start), only the value is searched, to a proven PROVEN_VALUE_GAP
        const exact = await solveExact(problem, { timeLimit, start: choice, countsFromStart: true, valueGap: PROVEN_VALUE_GAP });
        if (compareScores(score(problem, exact.choice), score(problem, choice)) <= 0) choice = exact.choice;
        if (exact.optimal) {
          proven = true;
          method += `+exact value MILP (served counts proven optimal, value within ${PROVEN_VALUE_GAP * 100} % of the optimum)`;
        } else method += `+value MILP (${timeLimitNote(timeLimit)})`;
      } catch (e) {
        if (e instanceof PsmlError) throw e;
      }
    }
    const useExact = solver === 'exact' || (solver === 'auto' && !proven && cols <= EXACT_MAX_COLUMNS);
    const polishSeconds = opts.polish ?? system.optimizer.polish;
    if (!useExact && !trivial && polishSeconds > 0) {
      const polished = await polish(problem, choice, { timeLimit: polishSeconds });
      if (polished.improved) {
        choice = polished.choice;
        method = `${method}+exact polish`;
      }
    }
    if (useExact && !trivial) {
      try {
        const exact = await solveExact(problem, { timeLimit, start: choice });
        if (compareScores(score(problem, exact.choice), score(problem, choice)) <= 0) {
          choice = exact.choice;
          method = exact.optimal ? 'exact' : `exact (${timeLimitNote(timeLimit)})`;
          optimal = exact.optimal;
        }
      } catch (e) {
        // auto degrades to the heuristic's (feasible) answer when the solver cannot run; an explicit `exact` reports it
        if (solver === 'exact' || e instanceof PsmlError) throw e;
        method = `${method} (exact solver unavailable: ${(e as Error).message.split('\n')[0]})`;
      }
    }
  }
  return { report: buildReport(system, servers, problem, choice, method, optimal), problem, servers, choice };
}

function buildReport(
  system: System,
  servers: ServerCandidates[],
  p: AssignmentProblem,
  choice: Choice,
  method: string,
  optimal: boolean,
): OptimizationReport {
  const chosen: (Candidate | undefined)[] = servers.map((sc, s) => (choice[s]! >= 0 ? sc.candidates[p.local[choice[s]!]!] : undefined));
  // leftover capacity per row, then saturation for the unserved that have candidates
  const caps = capacityRows(system);
  const free = new Map<string, number>();
  const used = new Map<string, number>();
  for (const c of chosen) if (c) used.set(c.row, (used.get(c.row) ?? 0) + c.cards);
  for (const [row, cap] of caps) free.set(row, cap - (used.get(row) ?? 0));
  const unservedIdx = servers.map((_, s) => s).filter((s) => !chosen[s]);
  const partials = system.optimizer.unlimited
    ? []
    : saturate(system.optimizer.saturationPolicy, servers, unservedIdx.filter((s) => servers[s]!.candidates.length > 0), free);
  const partialOf = new Map(partials.map((x) => [x.server, x]));

  const allocations: Record<string, AllocationDoc> = {};
  const diffs: AllocationDiff[] = [];
  const unserved: UnservedServer[] = [];
  const totals = new Map<string, TypeTotal>();
  let totalCost = 0;
  let inUse: Map<string, Map<number, number>> | undefined;
  servers.forEach((sc, s) => {
    const server = sc.server;
    const load = server.current.load;
    const loadDoc = { arrivalRate: load.arrivalRate, avgInTokens: load.avgInTokens, avgOutTokens: load.avgOutTokens };
    let doc: AllocationDoc | undefined;
    let row: string | undefined;
    let cards = 0;
    const c = chosen[s];
    const part = partialOf.get(s);
    if (c) {
      const m = candidateMetrics(system, sc, c);
      doc = {
        accelerator: c.accelerator,
        numReplicas: c.replicas,
        maxBatch: c.maxBatch,
        cost: round(c.cost),
        itlAverage: round(m.itl),
        ttftAverage: round(m.ttft),
        load: loadDoc,
        ...(c.pool === 'spot' ? { spot: true as const } : {}),
      };
      row = c.row;
      cards = c.cards;
    } else if (part) {
      const pc = part.candidate;
      const m = candidateMetrics(system, sc, pc, part.replicas);
      doc = {
        accelerator: pc.accelerator,
        numReplicas: part.replicas,
        maxBatch: pc.maxBatch,
        cost: round((pc.cost / pc.replicas) * part.replicas),
        itlAverage: round(m.itl),
        ttftAverage: round(m.ttft),
        load: loadDoc,
        ...(pc.pool === 'spot' ? { spot: true as const } : {}),
        partial: true,
      };
      row = pc.row;
      cards = (pc.cards / pc.replicas) * part.replicas;
    }
    if (!c) {
      inUse ??= cardsInUse(p, chosen);
      unserved.push({ server: server.name, priority: sc.priority, reason: unservedReason(sc, inUse, caps, part) });
    }
    if (doc) {
      allocations[server.name] = doc;
      totalCost += doc.cost;
      const t = totals.get(row!) ?? { type: row!, cards: 0, capacity: system.optimizer.unlimited ? null : (caps.get(row!) ?? 0), cost: 0 };
      t.cards += cards;
      t.cost = round(t.cost + doc.cost);
      totals.set(row!, t);
    }
    const oldAcc = server.current.accelerator;
    const newAcc = doc?.accelerator ?? '';
    const oldRep = server.current.numReplicas;
    const newRep = doc?.numReplicas ?? 0;
    const oldCost = server.current.cost;
    if (oldAcc !== newAcc || oldRep !== newRep || Math.abs((doc?.cost ?? 0) - oldCost) > 1e-9) {
      diffs.push({ server: server.name, oldAccelerator: oldAcc, newAccelerator: newAcc, oldReplicas: oldRep, newReplicas: newRep, costChange: round((doc?.cost ?? 0) - oldCost) });
    }
  });
  return {
    allocations,
    totalCost: round(totalCost),
    method,
    optimal,
    unserved,
    diffs,
    totals: [...totals.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
  };
}

/** Why a server got nothing: no candidate (and why per accelerator), or which capacity rows are exhausted and by whom. */
/** Cards in use per row and priority (built once: reasons for 50 unserved servers × 60 rows scanned 10,000 servers each). */
function cardsInUse(p: AssignmentProblem, chosen: (Candidate | undefined)[]): Map<string, Map<number, number>> {
  const inUse = new Map<string, Map<number, number>>();
  chosen.forEach((c, t) => {
    if (!c) return;
    let byPriority = inUse.get(c.row);
    if (!byPriority) inUse.set(c.row, (byPriority = new Map()));
    byPriority.set(p.priority[t]!, (byPriority.get(p.priority[t]!) ?? 0) + c.cards);
  });
  return inUse;
}

function unservedReason(
  sc: ServerCandidates,
  inUse: Map<string, Map<number, number>>,
  caps: Map<string, number>,
  part: { replicas: number; candidate: Candidate } | undefined,
): string {
  if (sc.candidates.length === 0) {
    const why = sc.rejected.slice(0, 4).join('; ') + (sc.rejected.length > 4 ? `; … ${sc.rejected.length - 4} more` : '');
    return `no candidate meets its SLO: ${why || 'no accelerator offers this model'}`;
  }
  const rows = new Map<string, number>();
  for (const c of sc.candidates) rows.set(c.row, Math.min(rows.get(c.row) ?? Infinity, c.cards));
  const parts: string[] = [];
  for (const row of [...rows.keys()].sort()) {
    let usedAll = 0;
    let usedHigher = 0;
    for (const [priority, cards] of inUse.get(row) ?? []) {
      usedAll += cards;
      if (priority < sc.priority) usedHigher += cards;
    }
    parts.push(`${row} needs ${rows.get(row)} cards, ${usedAll}/${caps.get(row) ?? 0} in use (${usedHigher} by higher priorities)`);
  }
  const partial = part ? ` — partially served with ${part.replicas} of ${part.candidate.replicas} replicas on ${part.candidate.accelerator}` : '';
  return `capacity exhausted: ${parts.slice(0, 4).join('; ')}${parts.length > 4 ? '; …' : ''}${partial}`;
}

/** Stable JSON: objects are built in sorted order, so the same input gives the same bytes. */
export function reportJson(r: OptimizationReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

const money = (cents: number) => `$${(cents / 100).toFixed(2)}/h`;

export function reportMarkdown(r: OptimizationReport): string {
  const served = Object.keys(r.allocations).length;
  const lines = [
    '## psml optimize',
    '',
    `${served} servers allocated, ${r.unserved.length} unserved, total ${money(r.totalCost)} — ${r.method}${r.optimal ? ' (optimal)' : ''}`,
    '',
    '| Server | Accelerator | Replicas | Cost | Change |',
    '| --- | --- | ---: | ---: | --- |',
  ];
  const diffOf = new Map(r.diffs.map((d) => [d.server, d]));
  for (const name of Object.keys(r.allocations).slice(0, 200)) {
    const a = r.allocations[name]!;
    const d = diffOf.get(name);
    const change = d
      ? `${d.oldAccelerator || '—'}×${d.oldReplicas} → ${d.newAccelerator || '—'}×${d.newReplicas} (${d.costChange >= 0 ? '+' : ''}${money(d.costChange)})`
      : 'unchanged';
    lines.push(`| ${name} | ${a.accelerator}${a.spot ? ' (spot)' : ''} | ${a.numReplicas}${a.partial ? ' (partial)' : ''} | ${money(a.cost)} | ${change} |`);
  }
  if (served > 200) lines.push(`| … ${served - 200} more | | | | |`);
  lines.push('', '| Accelerator type | Cards used | Capacity | Cost |', '| --- | ---: | ---: | ---: |');
  for (const t of r.totals) lines.push(`| ${t.type} | ${t.cards} | ${t.capacity ?? '∞'} | ${money(t.cost)} |`);
  if (r.unserved.length) {
    lines.push('', '### Unserved', '');
    for (const u of r.unserved.slice(0, 100)) lines.push(`- **${u.server}** (priority ${u.priority}): ${u.reason}`);
    if (r.unserved.length > 100) lines.push(`- … ${r.unserved.length - 100} more`);
  }
  return `${lines.join('\n')}\n`;
}

