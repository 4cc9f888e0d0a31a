import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveGub, type GubModel } from '../../shared/optimize/gubsimplex.js';
import { loadHighs } from '../../shared/optimize/milp.js';

/** Random assignment LPs: servers with 0–4 columns on 1–4 capacity rows, 1–3 levels, optional floors, value cap, bans and must-serve sets. */
const modelArb = fc
  .record({
    servers: fc.array(
      fc.record({
        level: fc.nat(2),
        cols: fc.array(fc.record({ row: fc.nat(3), weight: fc.integer({ min: 1, max: 8 }), cost: fc.integer({ min: -40, max: 80 }).map((c) => c / 4) }), { maxLength: 4 }),
        serve: fc.boolean(),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    capacity: fc.array(fc.nat(40), { minLength: 4, maxLength: 4 }),
    floors: fc.array(fc.option(fc.nat(8), { nil: undefined }), { minLength: 3, maxLength: 3 }),
    cap: fc.option(fc.integer({ min: -20, max: 60 }), { nil: undefined }),
    ban: fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }),
    bans: fc.boolean(),
    serves: fc.boolean(),
  })
  .map((r): GubModel => {
    const start = new Int32Array(r.servers.length + 1);
    const cols = r.servers.flatMap((s, t) => {
      start[t + 1] = start[t]! + s.cols.length;
      return s.cols;
    });
    const cost = Float64Array.from(cols, (c) => c.cost);
    return {
      start,
      row: Int32Array.from(cols, (c) => c.row),
      weight: Float64Array.from(cols, (c) => c.weight),
      capacity: Float64Array.from(r.capacity),
      level: Int32Array.from(r.servers, (s) => s.level),
      levelLower: r.floors,
      cost,
      cap: r.cap === undefined ? undefined : { coef: Float64Array.from(cost, (c, j) => c + (j % 3)), rhs: r.cap },
      banned: r.bans ? Uint8Array.from(cols, (_, j) => (r.ban[j % 100] && j % 4 === 0 ? 1 : 0)) : undefined,
      serve: r.serves ? Uint8Array.from(r.servers, (s) => (s.serve && s.level === 0 ? 1 : 0)) : undefined,
    };
  })
  // HiGHS reports a model without columns as empty, not solved
  .filter((m) => m.row.length > 0);

/** The same LP through HiGHS: its optimum, or undefined when infeasible. */
async function highsOptimum(m: GubModel): Promise<number | undefined> {
  const highs = await loadHighs();
  const n = m.start.length - 1;
  const R = m.capacity.length;
  const L = m.levelLower.length;
  const cols = m.row.length;
  const numRows = n + R + L + 1;
  const rowLower = new Float64Array(numRows).fill(-highs.infinity);
  const rowUpper = new Float64Array(numRows).fill(highs.infinity);
  for (let t = 0; t < n; t++) {
    rowUpper[t] = 1;
    if (m.serve?.[t]) rowLower[t] = 1;
  }
  m.capacity.forEach((c, r) => (rowUpper[n + r] = c));
  m.levelLower.forEach((f, l) => f !== undefined && (rowLower[n + R + l] = f));
  if (m.cap) rowUpper[n + R + L] = m.cap.rhs;
  const starts = new Int32Array(cols + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let t = 0; t < n; t++) {
    for (let j = m.start[t]!; j < m.start[t + 1]!; j++) {
      indices.push(t, n + m.row[j]!, n + R + m.level[t]!, n + R + L);
      values.push(1, m.weight[j]!, 1, m.cap?.coef[j] ?? 0);
      starts[j + 1] = indices.length;
    }
  }
  const model = highs.createModel({
    numCols: cols,
    numRows,
    colCost: m.cost,
    colLower: new Float64Array(cols),
    colUpper: Float64Array.from({ length: cols }, (_, j) => (m.banned?.[j] ? 0 : 1)),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols: cols, starts, indices: Int32Array.from(indices), values: Float64Array.from(values) },
  });
  try {
    model.options.set({ output_flag: false });
    const run = model.run();
    if (run.modelStatus === highs.constants.modelStatus.infeasible) return undefined;
    expect(run.modelStatus).toBe(highs.constants.modelStatus.optimal);
    return model.info.get('objective_function_value') as number;
  } finally {
    model.dispose();
  }
}

/** x satisfies every row of m */
function feasible(m: GubModel, x: Float64Array): boolean {
  const tol = 1e-6;
  const load = new Float64Array(m.capacity.length);
  const served = new Float64Array(m.levelLower.length);
  let capped = 0;
  for (let t = 0; t + 1 < m.start.length; t++) {
    let sum = 0;
    for (let j = m.start[t]!; j < m.start[t + 1]!; j++) {
      if (x[j]! < -tol || (m.banned?.[j] && x[j]! > tol)) return false;
      sum += x[j]!;
      load[m.row[j]!]! += m.weight[j]! * x[j]!;
      capped += (m.cap?.coef[j] ?? 0) * x[j]!;
    }
    served[m.level[t]!]! += sum;
    if (sum > 1 + tol || (m.serve?.[t] && sum < 1 - tol)) return false;
  }
  return (
    m.capacity.every((c, r) => load[r]! <= c + tol) &&
    m.levelLower.every((f, l) => f === undefined || served[l]! >= f - tol) &&
    (!m.cap || capped <= m.cap.rhs + tol)
  );
}

async function expectSameAsHighs(m: GubModel, r: ReturnType<typeof solveGub>): Promise<void> {
  const opt = await highsOptimum(m);
  if (opt === undefined) {
    expect(r.status).toBe('infeasible');
    return;
  }
  expect(r.status).toBe('optimal');
  expect(feasible(m, r.x)).toBe(true);
  expect(r.objective).toBeCloseTo(opt, 6);
}

describe('GUB simplex (the assignment LP with the server rows kept out of the basis)', () => {
  it('reaches HiGHS optimum, or reports infeasible where HiGHS does, from an empty start', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, async (m) => {
        await expectSameAsHighs(m, solveGub(m, {}));
      }),
      { numRuns: 300 },
    );
  });

  it('from any integral start (artificials where it breaks a row) and from another LP basis (warm start)', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 25, maxLength: 25 }), async (m, picks) => {
        const n = m.start.length - 1;
        const choice = Int32Array.from({ length: n }, (_, t) => {
          const k = m.start[t + 1]! - m.start[t]!;
          return picks[t]! < 0 || k === 0 ? -1 : m.start[t]! + (picks[t]! % k);
        });
        await expectSameAsHighs(m, solveGub(m, { choice }));
        // a basis of the same rows with other costs and no bans: the dive's warm start after a fix
        const other = solveGub({ ...m, cost: m.cost.map((c) => -c), banned: undefined, serve: undefined }, { choice });
        const warm = solveGub(m, { basis: other.basis, choice });
        await expectSameAsHighs(m, warm);
        // and a basis whose rows differ is ignored, not misread
        const fewer = solveGub({ ...m, levelLower: m.levelLower.map(() => undefined), cap: undefined }, {});
        await expectSameAsHighs(m, solveGub(m, { basis: fewer.basis }));
      }),
      { numRuns: 200 },
    );
  });

  it('with partial pricing (a few columns a scan, resumed where the last stopped) reaches the same optimum', async () => {
    await fc.assert(
      fc.asyncProperty(modelArb, fc.integer({ min: 1, max: 6 }), async (m, chunk) => {
        await expectSameAsHighs(m, solveGub(m, {}, { partialPricingColumns: 0, priceChunk: chunk }));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same model and start give the same solution, bit for bit', () => {
    fc.assert(
      fc.property(modelArb, (m) => {
        const a = solveGub(m, {});
        const b = solveGub(m, {});
        expect(b.status).toBe(a.status);
        expect(Array.from(b.x)).toEqual(Array.from(a.x));
      }),
      { numRuns: 100 },
    );
  });
});
