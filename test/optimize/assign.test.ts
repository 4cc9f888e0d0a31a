import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXACT_MAX_COLUMNS, EXACT_VALUE_MAX_COLUMNS, optimize, reportJson } from '../../shared/optimize/optimizer.js';
import { solveHeuristic } from '../../shared/optimize/heuristic.js';
import { solveExact } from '../../shared/optimize/milp.js';
import { polish } from '../../shared/optimize/polish.js';
import { lpRound, valueGap, VALUE_TARGET_GAP } from '../../shared/optimize/lpround.js';
import { compareScores, isFeasible, score, type AssignmentProblem } from '../../shared/optimize/problem.js';
import { generateFleet } from '../../shared/optimize/fleet.js';
import { generateCandidates } from '../../shared/optimize/candidates.js';
import { assignmentProblem, miniSystem } from './helpers.js';

describe('capacity-bound assignment', () => {
  // X (priority 1) is cheapest on A; Y (priority 2) runs only on A. Each needs 2 cards; A and B have 2 each.
  // A priority greedy gives A to X and leaves Y unserved; the optimum moves X to B and serves both.
  const sys = () =>
    miniSystem({
      accs: [{ name: 'A', cost: 100, multiplicity: 2 }, { name: 'B', cost: 150, multiplicity: 2 }],
      capacity: { A: 2, B: 2 },
      perf: { A: { alpha: 10, beta: 0, gamma: 100, delta: 0 }, B: { alpha: 10, beta: 0, gamma: 100, delta: 0 } },
      servers: [{ name: 'x', class: 'P1', rate: 60 }, { name: 'y', class: 'P2', rate: 60, current: 'A', replicas: 1, keep: true }],
    });

  for (const solver of ['exact', 'heuristic'] as const) {
    it(`${solver}: serves both where the priority greedy leaves one out`, async () => {
      const { report } = await optimize(sys(), { solver });
      expect(report.unserved).toEqual([]);
      expect(report.allocations.x).toMatchObject({ accelerator: 'B', numReplicas: 1 });
      expect(report.allocations.y).toMatchObject({ accelerator: 'A', numReplicas: 1 });
      expect(report.totals.map((t) => [t.type, t.cards, t.capacity])).toEqual([['A', 2, 2], ['B', 2, 2]]);
    });
  }

  it('priority first: one priority-1 server beats two priority-2 servers, and the reason names the capacity', async () => {
    const s = miniSystem({
      accs: [{ name: 'A', cost: 100 }],
      capacity: { A: 2 },
      perf: { A: { alpha: 10, beta: 0, gamma: 100, delta: 0, accCount: 1 } },
      servers: [
        { name: 'big', class: 'P1', rate: 480 }, // 8 req/s on ~4.8 req/s replicas: 2 replicas = 2 cards
        { name: 'small1', class: 'P2', rate: 60 },
        { name: 'small2', class: 'P2', rate: 60 },
      ],
    });
    const { report } = await optimize(s, { solver: 'exact' });
    expect(Object.keys(report.allocations)).toEqual(['big']);
    expect(report.unserved.map((u) => u.server)).toEqual(['small1', 'small2']);
    expect(report.unserved[0]!.reason).toMatch(/capacity exhausted: A needs 1 cards, 2\/2 in use \(2 by higher priorities\)/);
  });

  it('unserved without candidates says why per accelerator', async () => {
    const s = miniSystem({ accs: [{ name: 'A', cost: 100 }], capacity: { A: 4 }, classes: [{ name: 'P1', priority: 1, itl: 5 }], servers: [{ name: 's', class: 'P1' }] });
    const { report } = await optimize(s);
    expect(report.unserved[0]!.reason).toMatch(/no candidate meets its SLO: A: ITL 10 ms > 5 ms/);
  });

  it('saturation policies hand leftover capacity to the unserved as partial replicas', async () => {
    const base = { accs: [{ name: 'A', cost: 100 }], capacity: { A: 3 }, servers: [{ name: 'p', class: 'P1', rate: 600 }, { name: 'q', class: 'P2', rate: 600 }, { name: 'r', class: 'P2', rate: 600 }] };
    const none = (await optimize(miniSystem(base))).report;
    const need = none.allocations.p!.numReplicas;
    expect(need).toBeLessThanOrEqual(3);
    const left = 3 - need;
    const rr = (await optimize(miniSystem({ ...base, policy: 'RoundRobin' }))).report;
    const ex = (await optimize(miniSystem({ ...base, policy: 'PriorityExhaustive' }))).report;
    const partialCards = (r: typeof rr) => Object.values(r.allocations).filter((a) => a.partial).reduce((k, a) => k + a.numReplicas, 0);
    expect(partialCards(rr)).toBe(left);
    expect(partialCards(ex)).toBe(left);
    expect(Object.keys(none.allocations)).toEqual(['p']);
  });

  it('spot is a separate, cheaper pool with its own capacity', async () => {
    const s = miniSystem({ accs: [{ name: 'A', cost: 100, spotCost: 30 }], capacity: { A: 1 }, servers: [{ name: 'a', class: 'P1', rate: 60 }, { name: 'b', class: 'P1', rate: 60 }] });
    s.capacity.set('A', { onDemand: 1, spot: 1 });
    const { report } = await optimize(s);
    expect(report.unserved).toEqual([]);
    expect(Object.values(report.allocations).filter((a) => a.spot).length).toBe(1);
    expect(report.totals.map((t) => t.type)).toEqual(['A', 'A (spot)']);
  });

  it('the heuristic is deterministic byte for byte on a contended 1,000-server fleet', async () => {
    const run = async () => reportJson((await optimize(generateFleet({ servers: 1000, accelerators: 30, seed: 9, capacityFactor: 0.8 }), { solver: 'heuristic' })).report);
    const a = await run();
    expect(JSON.parse(a).unserved.length).toBeGreaterThan(0); // the case is contended
    expect(await run()).toBe(a);
  });

  it('the default (heuristic + LP rounding) on a contended 1,000-server fleet: deterministic, and no more unserved than the heuristic', async () => {
    const sys = () => generateFleet({ servers: 1000, accelerators: 30, seed: 5, capacityFactor: 0.8 });
    const a = await optimize(sys());
    expect(a.report.method).toMatch(/^heuristic\+LP rounding/);
    const h = await optimize(sys(), { solver: 'heuristic' });
    expect(isFeasible(a.problem, a.choice)).toBe(true);
    expect(compareScores(score(a.problem, a.choice), score(h.problem, h.choice))).toBeLessThan(0);
    expect(reportJson((await optimize(sys())).report)).toBe(reportJson(a.report));
  }, 60_000);

  it('LP rounding above 20,000 columns (partial pricing in the GUB simplex): counts proven, value within 1 % of the LP bound, deterministic', async () => {
    const sys = () => generateFleet({ servers: 2500, accelerators: 40, seed: 3, capacityFactor: 0.8 });
    const a = await optimize(sys());
    expect(a.problem.row.length).toBeGreaterThan(20_000);
    expect(isFeasible(a.problem, a.choice)).toBe(true);
    const m = /^heuristic\+LP rounding \(served counts proven optimal, value within (\d+\.\d\d) % of the LP bound\)$/.exec(a.report.method);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(1);
    expect(reportJson((await optimize(sys())).report)).toBe(reportJson(a.report));
  }, 120_000);

  it('above the MILP sizes an answer short of the 1 % proof says how far it is from the LP bound', async () => {
    // the bench's tight fleet: counts proven, value ~1.1 % above the LP bound
    const a = await optimize(generateFleet({ servers: 1000, accelerators: 30, seed: 11, capacityFactor: 0.8 }));
    expect(a.problem.row.length).toBeGreaterThan(EXACT_VALUE_MAX_COLUMNS);
    const m = /^heuristic\+LP rounding \((?:served counts proven optimal, value within (\d+\.\d\d) % of the LP bound|served counts proven optimal; value (\d+\.\d\d) % above the LP bound)\)$/.exec(a.report.method);
    expect(m, a.report.method).not.toBeNull();
    if (m![2] !== undefined) expect(Number(m![2])).toBeGreaterThan(1);
    else expect(Number(m![1])).toBeLessThanOrEqual(1);
  }, 60_000);

  it('a MILP stopped by its time limit says so in the method (the one case where the answer depends on the machine)', async () => {
    const sys = generateFleet({ servers: 100, accelerators: 30, seed: 5, capacityFactor: 0.8 });
    const r = await optimize(sys, { solver: 'exact', timeLimit: 0.01 });
    expect(r.report.optimal).toBe(false);
    expect(r.report.method).toMatch(/^exact \(stopped at the 0\.01 s time limit, not proven/);
    expect(isFeasible(r.problem, r.choice)).toBe(true);
  }, 60_000);

  it('auto on small fleets: a proven LP rounding is final (exact counts, value within 1 %); an unproven one goes on to the exact MILP', async () => {
    for (const [seed, expectProof] of [[1, true], [5, false]] as const) {
      const sys = generateFleet({ servers: 100, accelerators: 30, seed, capacityFactor: 0.8 });
      const a = await optimize(sys);
      const exact = await optimize(sys, { solver: 'exact' });
      const sa = score(a.problem, a.choice);
      const se = score(exact.problem, exact.choice);
      expect(exact.report.method).toBe('exact');
      expect(sa.unserved).toEqual(se.unserved);
      if (expectProof) {
        expect(a.report.method).toMatch(/^heuristic\+LP rounding \(served counts proven optimal, value within \d+\.\d\d % of the LP bound\)$/);
        expect(valueGap(sa.value, se.value)).toBeLessThanOrEqual(0.01);
      } else {
        expect(a.report.method).toBe('exact');
        expect(sa.value).toBe(se.value);
      }
    }
  }, 60_000);

  it('auto on a mid-size fleet (above the exact size): counts proven by LP rounding, the value proven within 1 % by the value MILP', async () => {
    const sys = generateFleet({ servers: 300, accelerators: 30, seed: 4, capacityFactor: 0.8 });
    const a = await optimize(sys);
    expect(a.problem.row.length).toBeGreaterThan(EXACT_MAX_COLUMNS);
    expect(a.problem.row.length).toBeLessThanOrEqual(EXACT_VALUE_MAX_COLUMNS);
    expect(a.report.method).toBe('heuristic+LP rounding+exact value MILP (served counts proven optimal, value within 1 % of the optimum)');
    const se = score(a.problem, (await solveExact(a.problem, { timeLimit: 30 })).choice);
    const sa = score(a.problem, a.choice);
    expect(sa.unserved).toEqual(se.unserved);
    expect(valueGap(sa.value, se.value)).toBeLessThanOrEqual(0.01);
  }, 60_000);

  it('is deterministic byte for byte', async () => {
    const a = reportJson((await optimize(generateFleet({ servers: 150, accelerators: 12, seed: 3, capacityFactor: 0.6 }), { solver: 'heuristic' })).report);
    const b = reportJson((await optimize(generateFleet({ servers: 150, accelerators: 12, seed: 3, capacityFactor: 0.6 }), { solver: 'heuristic' })).report);
    expect(a).toBe(b);
  });
});

/** Random small assignment problems (cards, values, priorities, capacities). */
const problemArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 3 }),
    servers: fc.array(
      fc.record({
        priority: fc.integer({ min: 1, max: 3 }),
        cands: fc.array(fc.record({ row: fc.nat(2), cards: fc.integer({ min: 1, max: 6 }), value: fc.integer({ min: -50, max: 200 }) }), { minLength: 0, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    caps: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ rows, servers, caps }) => assignmentProblem(rows, servers, caps));

/** Exhaustive optimum for tiny problems. */
function bruteForce(p: AssignmentProblem) {
  let best: ReturnType<typeof score> | undefined;
  const choice = new Int32Array(p.servers).fill(-1);
  const rec = (s: number) => {
    if (s === p.servers) {
      if (!isFeasible(p, choice)) return;
      const sc = score(p, choice);
      if (!best || compareScores(sc, best) < 0) best = sc;
      return;
    }
    for (let c = -1; c < p.start[s + 1]! - p.start[s]!; c++) {
      choice[s] = c < 0 ? -1 : p.start[s]! + c;
      rec(s + 1);
    }
    choice[s] = -1;
  };
  rec(0);
  return best!;
}

describe('assignment properties (small random systems)', () => {
  it('exact = exhaustive optimum; heuristic never exceeds capacity and never beats exact', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const exact = await solveExact(p, { timeLimit: 10 });
        const heur = solveHeuristic(p);
        expect(isFeasible(p, exact.choice)).toBe(true);
        expect(isFeasible(p, heur)).toBe(true);
        const opt = bruteForce(p);
        expect(compareScores(score(p, exact.choice), opt)).toBe(0);
        expect(compareScores(score(p, heur), opt)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 120 },
    );
  });

  it('LP rounding (the default above the exact size) serves exactly as many as the optimum at every priority, within capacity', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const heur = solveHeuristic(p);
        const r = await lpRound(p, heur);
        expect(isFeasible(p, r.choice)).toBe(true);
        const opt = bruteForce(p);
        // strict: never more unserved at any priority than the exhaustive optimum (and never fewer: it is the optimum)
        expect(score(p, r.choice).unserved).toEqual(opt.unserved);
        expect(compareScores(score(p, r.choice), score(p, heur))).toBeLessThanOrEqual(0);
        // every computed bound is a true upper bound on the servers served at that level
        r.bounds.forEach((b, k) => {
          if (b === undefined) return;
          const possible = Array.from({ length: p.servers }, (_, s) => s).filter((s) => p.priority[s] === p.levels[k] && p.start[s + 1]! > p.start[s]!).length;
          expect(possible - opt.unserved[k]!).toBeLessThanOrEqual(b);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('LP rounding from an empty start (every count to win by the dive, the sub-MILPs or the exact count MILP) reaches the optimum and proves it', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const r = await lpRound(p, new Int32Array(p.servers).fill(-1));
        expect(isFeasible(p, r.choice)).toBe(true);
        expect(score(p, r.choice).unserved).toEqual(bruteForce(p).unserved);
        // small enough for the exact count MILP wherever the LP bound is out of reach: every count is proven
        expect(r.countsProven).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('LP rounding: the value bound is a true lower bound, and the value stage is skipped only when the bound proves the target gap', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const r = await lpRound(p, solveHeuristic(p));
        const sc = score(p, r.choice);
        const opt = bruteForce(p);
        if (r.valueBound !== undefined) {
          // counts equal the optimum's (previous property), so the LP value is a lower bound on the optimum's value
          expect(r.valueBound).toBeLessThanOrEqual(opt.value + 1e-6);
          if (r.valueStep === 'skipped') expect(valueGap(sc.value, r.valueBound)).toBeLessThanOrEqual(VALUE_TARGET_GAP);
          if (r.valueStep === 'skipped' || valueGap(sc.value, r.valueBound) <= VALUE_TARGET_GAP) {
            expect(sc.value - opt.value).toBeLessThanOrEqual(VALUE_TARGET_GAP * Math.max(1, Math.abs(opt.value)) + 1e-6);
          }
        } else expect(r.valueStep).toBe('none');
      }),
      { numRuns: 150 },
    );
  });

  it('level floors (LP rounding sub-problems): a floor at the optimum keeps it; an unreachable floor reports not optimal and keeps the start', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const L = p.levels.length;
        const opt = bruteForce(p);
        const atLevel = (l: number, withCandidates: boolean) =>
          Array.from({ length: p.servers }, (_, s) => s).filter((s) => p.priority[s] === l && (!withCandidates || p.start[s + 1]! > p.start[s]!)).length;
        const served = p.levels.map((l, k) => atLevel(l, false) - opt.unserved[k]!);
        const possible = p.levels.map((l) => atLevel(l, true));
        // every level but the last as a floor at the optimum's count: the last is maximised under them
        const floors = served.map((n, k) => (k < L - 1 ? n : undefined));
        const r = await solveExact(p, { countsOnly: true, levelFloor: floors, timeLimit: 10 });
        expect(r.optimal).toBe(true);
        expect(isFeasible(p, r.choice)).toBe(true);
        expect(score(p, r.choice).unserved).toEqual(opt.unserved);
        const short = served.findIndex((n, k) => n < possible[k]!);
        if (short >= 0) {
          const heur = solveHeuristic(p);
          const unreachable = served.map((n, k) => (k === short ? n + 1 : undefined));
          const u = await solveExact(p, { countsOnly: true, levelFloor: unreachable, start: heur, timeLimit: 10 });
          expect(u.optimal).toBe(false);
          expect([...u.choice]).toEqual([...heur]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('valueGap never understates the gap to any value between bound and value', () => {
    expect(valueGap(101, 100)).toBeCloseTo(0.01);
    expect(valueGap(-99, -100)).toBeCloseTo(1 / 99);
    expect(valueGap(5, -5)).toBe(10);
    fc.assert(
      fc.property(fc.integer({ min: -10_000, max: 10_000 }), fc.nat(5000), fc.nat(5000), (b, d1, d2) => {
        const opt = b + d1;
        const v = opt + d2;
        expect(valueGap(v, b) + 1e-12).toBeGreaterThanOrEqual((v - opt) / Math.max(1, Math.abs(opt)));
      }),
    );
  });

  it('exact polish of the contested servers stays within capacity and never scores worse than its start', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (p) => {
        const heur = solveHeuristic(p);
        const r = await polish(p, heur, { timeLimit: 5 });
        expect(isFeasible(p, r.choice)).toBe(true);
        expect(compareScores(score(p, r.choice), score(p, heur))).toBeLessThanOrEqual(0);
        if (r.improved) expect(compareScores(score(p, r.choice), score(p, heur))).toBeLessThan(0);
        expect(compareScores(score(p, r.choice), bruteForce(p))).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 80 },
    );
  });

  it('optimize never exceeds capacity, never picks a candidate missing its SLO, and serves as many top-priority servers as exact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0.2, max: 1.5, noNaN: true }), async (seed, capacityFactor) => {
        const sys = generateFleet({ servers: 25, accelerators: 8, seed, capacityFactor });
        const { report, problem, choice } = await optimize(sys, { solver: 'heuristic' });
        const exact = await optimize(sys, { solver: 'exact' });
        expect(isFeasible(problem, choice)).toBe(true);
        for (const t of report.totals) expect(t.cards).toBeLessThanOrEqual(t.capacity!);
        const { servers } = generateCandidates(sys);
        for (const sc of servers) {
          const a = report.allocations[sc.server.name];
          if (!a || a.partial) continue;
          const target = sys.classes.get(sc.server.class)!.targets.get(sc.server.model)!;
          if (target.itl > 0) expect(a.itlAverage).toBeLessThanOrEqual(target.itl + 1e-6);
          if (target.ttft > 0) expect(a.ttftAverage).toBeLessThanOrEqual(target.ttft + 1e-6);
        }
        const top = (r: typeof report) => Object.keys(r.allocations).filter((n) => sys.classes.get(sys.servers.find((s) => s.name === n)!.class)!.priority === 1).length;
        expect(top(exact.report)).toBeGreaterThanOrEqual(top(report));
        expect(compareScores(score(exact.problem, exact.choice), score(problem, choice))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 15 },
    );
  });
});
