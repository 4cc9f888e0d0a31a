/**
 * psml optimize benchmark. Quality: the assignment psml ships (auto: exact when small, heuristic when large) and the
 * heuristic alone against the exact HiGHS MILP and against the reference's priority greedy (sort candidates by value,
 * order servers by priority → regret → value, take the head's candidate if its cards are free, else its next one).
 * Speed: end to end (write input, read, candidates, assignment, write solution) at 1,000×30 and 10,000×60, with peak memory.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateFleet, generateFleetDocument } from '../shared/optimize/fleet.js';
import { generateCandidates } from '../shared/optimize/candidates.js';
import { buildProblem, compareScores, isFeasible, score, type AssignmentProblem, type Choice } from '../shared/optimize/problem.js';
import { solveHeuristic } from '../shared/optimize/heuristic.js';
import { solveExact } from '../shared/optimize/milp.js';
import { capacityRows } from '../shared/optimize/optimizer.js';
import { runOptimize } from '../shared/optimize/run.js';

/** The reference's greedy, on the same candidates. */
function priorityGreedy(p: AssignmentProblem): Choice {
  const n = p.servers;
  const regret = (s: number) => (p.start[s + 1]! - p.start[s]! >= 2 ? p.value[p.start[s]! + 1]! - p.value[p.start[s]!]! : 0);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => p.priority[a]! - p.priority[b]! || regret(b) - regret(a) || (p.value[p.start[a]!] ?? 0) - (p.value[p.start[b]!] ?? 0) || a - b,
  );
  const free = Float64Array.from(p.capacity);
  const choice = new Int32Array(n).fill(-1);
  for (const s of order) {
    for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
      if (p.cards[c]! <= free[p.row[c]!]!) {
        choice[s] = c;
        free[p.row[c]!]! -= p.cards[c]!;
        break;
      }
    }
  }
  return choice;
}

const fmt = (x: number, d = 2) => x.toFixed(d);
const unservedStr = (u: number[]) => `[${u.join(',')}]`;

async function quality(servers: number, accelerators: number, capacityFactor: number, seed: number) {
  const sys = generateFleet({ servers, accelerators, seed, capacityFactor });
  const p = buildProblem(generateCandidates(sys).servers, capacityRows(sys), false);
  let t = performance.now();
  const heur = solveHeuristic(p);
  const tHeur = performance.now() - t;
  t = performance.now();
  const exact = await solveExact(p, { timeLimit: 100, start: heur });
  const tExact = performance.now() - t;
  const greedy = priorityGreedy(p);
  const [se, sh, sg] = [score(p, exact.choice), score(p, heur), score(p, greedy)];
  // gaps measured on cost + penalty against |exact| so negative values (savings) stay meaningful
  const gap = (s: typeof se) => (s.value - se.value) / Math.max(Math.abs(se.value), 1);
  console.log(
    `quality ${servers}×${accelerators} cap×${capacityFactor}: exact ${unservedStr(se.unserved)} value ${fmt(se.value, 0)} (${fmt(tExact, 0)} ms, ${exact.optimal ? 'optimal' : 'time limit'})` +
      ` | heuristic ${unservedStr(sh.unserved)} gap ${fmt(100 * gap(sh))}% (${fmt(tHeur, 0)} ms, ${fmt(tExact / tHeur, 0)}× faster)` +
      ` | greedy ${unservedStr(sg.unserved)} gap ${fmt(100 * gap(sg))}%` +
      ` | heuristic ${compareScores(sh, se) <= 0 ? 'matches exact' : sh.unserved.some((u, i) => u > se.unserved[i]!) ? 'serves fewer' : 'same service, higher cost'}` +
      ` | feasible: exact ${isFeasible(p, exact.choice)}, heuristic ${isFeasible(p, heur)}, greedy ${isFeasible(p, greedy)}`,
  );
}

async function speed(servers: number, accelerators: number, targetMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'psml-opt-bench-'));
  try {
    const input = join(dir, 'system.json');
    writeFileSync(input, JSON.stringify(generateFleetDocument({ servers, accelerators, seed: 11, capacityFactor: 0.8 })));
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const t = performance.now();
    const r = await runOptimize({ input, output: join(dir, 'solution.json') });
    const ms = performance.now() - t;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `speed ${servers}×${accelerators}: ${fmt(ms, 0)} ms end to end (target ${targetMs} ms: ${fmt(ms / targetMs)}× of target), ` +
        `${r.report.method}, ${r.report.unserved.length} unserved, peak RSS ${fmt(peak / 2 ** 20, 0)} MiB` +
        ` — vs the reference's measured ${servers === 1000 ? '28 s' : '12.5 min'}: ${fmt((servers === 1000 ? 28_000 : 750_000) / ms, 0)}× faster`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  await speed(1000, 30, 500); // warm-up and measurement
  await speed(1000, 30, 500);
  await speed(10_000, 60, 5000);
  await quality(100, 30, 0.5, 5);
  await quality(100, 30, 0.8, 6);
  await quality(1000, 30, 0.8, 7);
}

void main();
