/**
 * The local search's cached ejection options (heuristic.ts State) are exactly what a rebuild gives: after any sequence
 * of moves, and while a server's own cards are lent back to its row as the local search does, every ejection search
 * answers as a fresh State built from the same assignment does.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { State } from '../../shared/optimize/heuristic.js';
import type { AssignmentProblem } from '../../shared/optimize/problem.js';
import { assignmentProblem } from './helpers.js';

/** A random problem: servers with 1–4 candidates on 2–4 rows, 1–3 cards each, values −5…20, one priority. */
const problem = fc
  .record({
    rows: fc.integer({ min: 2, max: 4 }),
    servers: fc.array(
      fc.record({ priority: fc.constant(1), cands: fc.array(fc.record({ row: fc.nat(3), cards: fc.integer({ min: 1, max: 3 }), value: fc.integer({ min: -5, max: 20 }) }), { minLength: 1, maxLength: 4 }) }),
      { minLength: 4, maxLength: 16 },
    ),
    caps: fc.array(fc.integer({ min: 2, max: 8 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ rows, servers, caps }) => assignmentProblem(rows, servers, caps));

/** Every ejection search of `st` (each row, need 1–4, each excluded server) as a fresh State over the same choice answers. */
function expectFresh(p: AssignmentProblem, st: State, lent?: { row: number; cards: number }) {
  const fresh = new State(p, Int32Array.from(st.choice));
  if (lent) fresh.free[lent.row]! += lent.cards;
  for (let r = 0; r < p.rowNames.length; r++)
    for (let need = 1; need <= 4; need++)
      for (let exclude = -1; exclude < p.servers; exclude += 3) expect(st.ejection(r, need, exclude)).toEqual(fresh.ejection(r, need, exclude));
}

describe('local search state', () => {
  it('cached ejection options always answer as a rebuild does', () => {
    fc.assert(
      fc.property(problem, fc.array(fc.record({ server: fc.nat(15), pick: fc.nat(4), lend: fc.boolean() }), { maxLength: 25 }), (p, steps) => {
        // a feasible start: each server its first candidate that fits
        const free = Float64Array.from(p.capacity);
        const choice = new Int32Array(p.servers).fill(-1);
        for (let s = 0; s < p.servers; s++)
          for (let c = p.start[s]!; c < p.start[s + 1]!; c++)
            if (p.cards[c]! <= free[p.row[c]!]!) {
              choice[s] = c;
              free[p.row[c]!]! -= p.cards[c]!;
              break;
            }
        const st = new State(p, choice);
        for (const { server, pick, lend } of steps) {
          const s = server % p.servers;
          const n = p.start[s + 1]! - p.start[s]!;
          // a move to another candidate that fits, or off (pick beyond the candidates)
          const c = pick < n ? p.start[s]! + pick : -1;
          const cur = st.choice[s]!;
          const room = c >= 0 ? st.free[p.row[c]!]! + (cur >= 0 && p.row[cur] === p.row[c] ? p.cards[cur]! : 0) : 0;
          if (c < 0 || p.cards[c]! <= room) st.set(s, c);
          if (lend && st.choice[s]! >= 0) {
            // as improve does: the server's own cards lent back to its row while it looks elsewhere
            const lent = { row: p.row[st.choice[s]!]!, cards: p.cards[st.choice[s]!]! };
            st.free[lent.row]! += lent.cards;
            st.version++;
            expectFresh(p, st, lent);
            st.free[lent.row]! -= lent.cards;
            st.version++;
          }
          expectFresh(p, st);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a failed ejection is remembered only for askers not on the row: one on it may free more by skipping its own move', () => {
    // row 0 full with A (1 card) and B (3 cards); row 1 has room for one 2-card move. A's move comes first (cheaper per
    // card) and blocks B's: asked from outside, 2 cards cannot be freed; asked by A itself, B's move frees 3.
    const p = assignmentProblem(
      2,
      [
        { priority: 1, cands: [{ row: 0, cards: 1, value: 0 }, { row: 1, cards: 2, value: 1 }] },
        { priority: 1, cands: [{ row: 0, cards: 3, value: 0 }, { row: 1, cards: 2, value: 10 }] },
      ],
      [4, 2],
    );
    const st = new State(p, Int32Array.from([p.start[0]!, p.start[1]!]));
    expect(st.ejection(0, 2, -1)).toBeUndefined();
    expect(st.ejection(0, 3, -1)).toBeUndefined();
    expect(st.ejection(0, 2, 0)).toEqual({ moves: [{ server: 1, to: p.start[1]! + 1, delta: 10 }], delta: 10 });
    expect(st.ejection(0, 2, -1)).toBeUndefined();
  });
});
