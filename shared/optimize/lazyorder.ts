/**
 * Items in ascending (key, id) order, sorted only as far as they are read: a binary heap built in linear time, from which
 * `at(i)` pops until the i-th item is known. Readers of ejection options (heuristic.ts) mostly stop after a few items, and
 * a full sort per rebuild was the local search's largest cost (1,000×30: ~3,000 sorts of ~150 options). Same order as
 * a full sort: (key, id) is a total order.
 */
export class LazyOrder {
  private readonly heap: number[] = [];
  private size: number;
  private readonly order: number[] = [];

  /** item i: `key[i]` (finite), `id[i]` */
  constructor(
    private readonly key: readonly number[],
    private readonly id: readonly number[],
  ) {
    for (let i = 0; i < key.length; i++) this.heap.push(i);
    this.size = key.length;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** the item at position i of the order, or -1 past the end */
  at(i: number): number {
    while (this.order.length <= i && this.size > 0) {
      const top = this.heap[0]!;
      this.heap[0] = this.heap[--this.size]!;
      this.down(0);
      this.order.push(top);
    }
    return i < this.order.length ? this.order[i]! : -1;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && this.id[a]! < this.id[b]!);
  }

  private down(i: number): void {
    const h = this.heap;
    const item = h[i]!;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.less(h[c + 1]!, h[c]!)) c++;
      if (!this.less(h[c]!, item)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = item;
  }
}
