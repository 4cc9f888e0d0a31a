import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LazyOrder } from '../../shared/optimize/lazyorder.js';

describe('LazyOrder', () => {
  it('reads items in the order of a full sort by (key, id), however far and in whatever steps it is read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: -5, max: 5 }).map((k) => k / 4), id: fc.integer({ min: 0, max: 50 }) }), { maxLength: 40 }),
        fc.array(fc.nat(45), { maxLength: 6 }),
        (items, reads) => {
          const order = new LazyOrder(
            items.map((i) => i.key),
            items.map((i) => i.id),
          );
          const sorted = items.map((_, i) => i).sort((a, b) => items[a]!.key - items[b]!.key || items[a]!.id - items[b]!.id);
          const pair = (i: number | undefined) => (i === undefined || i < 0 ? undefined : [items[i]!.key, items[i]!.id]);
          // partial reads first (they must not disturb later ones), then everything and one past the end
          for (const i of reads) expect(pair(order.at(i))).toEqual(pair(sorted[i]));
          expect(items.map((_, i) => pair(order.at(i)))).toEqual(sorted.map(pair));
          expect(order.at(items.length)).toBe(-1);
        },
      ),
    );
  });
});
