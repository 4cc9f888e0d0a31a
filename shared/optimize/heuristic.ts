/**
 * Fast assignment for large fleets: Lagrangian prices on the few capacity rows steer servers away from contended
 * accelerator types, a priority-ordered construction under those prices gives a feasible start, and repair
 * (place, place after moving others away, evict strictly lower priorities) plus local search (cheaper candidate,
 * possibly after moving others away) improve it. Deterministic: no randomness, no clocks; fixed work limits.
 */
import { LazyOrder } from './lazyorder.js';
import { cheapestChoice, compareScores, rowLoads, score, type AssignmentProblem, type Choice } from './problem.js';

export interface HeuristicOptions {
  /** price iterations */
  iterations?: number;
  /** local-search passes */
  passes?: number;
}

const EPS = 1e-9;
/** up to this many servers cached ejection options are reused only while exact (see State.current) */
const EXACT_REUSE_MAX_SERVERS = 3000;

export function solveHeuristic(p: AssignmentProblem, opts: HeuristicOptions = {}): Choice {
  const cheapest = cheapestChoice(p);
  const loads = rowLoads(p, cheapest);
  if (loads.every((l, r) => l <= p.capacity[r]! + EPS)) return cheapest; // everyone's cheapest fits: optimal
  let choice = improve(p, priceSearch(p, cheapest, opts.iterations ?? 60), opts.passes ?? 4);
  // serving more at a level beats everything below it: trade one big server for several small ones of its level
  for (let round = 0; round < 4; round++) {
    if (!dropOneForMore(p, choice)) break;
    choice = improve(p, repair(p, choice), 2);
  }
  return choice;
}

/**
 * Subgradient steps on the capacity prices; every sixth price vector (and the last) seeds constructions, repaired, and
 * the best is kept. Its own function: V8 compiles the loop while it runs (OSR), and code after such a loop has no type
 * feedback yet, so what follows it in the same function would be compiled again.
 */
function priceSearch(p: AssignmentProblem, cheapest: Choice, iterations: number): Choice {
  const n = p.servers;
  const R = p.rowNames.length;
  // scale for prices: typical value per card among cheapest choices
  let vs = 0;
  let cs = 0;
  for (let s = 0; s < n; s++) {
    const c = cheapest[s]!;
    if (c >= 0 && p.cards[c]! > 0) {
      vs += Math.abs(p.value[c]!);
      cs += p.cards[c]!;
    }
  }
  const scale = cs > 0 && vs > 0 ? vs / cs : 1;
  const price = new Float64Array(R);
  let best: Choice | undefined;
  let bestScore: ReturnType<typeof score> | undefined;
  // lightest first serves the most while prices still move; hardest first (value) is tried at the final prices, where
  // capacity no longer binds or the search ends (measured on twelve 1,000×30 fleets: the best start always came from
  // lightest first, so its constructions at the intermediate prices were half the heuristic's work for nothing)
  const consider = (final: boolean): void => {
    const pr = priced(p, price);
    for (const order of final ? (['regret', 'usage'] as const) : (['usage'] as const)) {
      const c = repair(p, construct(p, pr, order));
      const sc = score(p, c);
      if (!bestScore || compareScores(sc, bestScore) < 0) {
        best = c;
        bestScore = sc;
      }
    }
  };
  const relaxed = new Int32Array(n);
  for (let t = 0; t < iterations; t++) {
    // relaxed choice: every server its cheapest candidate at current prices
    const load = new Float64Array(R);
    for (let s = 0; s < n; s++) {
      let bc = -1;
      let bv = Infinity;
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
        const v = p.value[c]! + price[p.row[c]!]! * p.cards[c]!;
        if (v < bv - EPS) {
          bv = v;
          bc = c;
        }
      }
      relaxed[s] = bc;
      if (bc >= 0) load[p.row[bc]!]! += p.cards[bc]!;
    }
    let over = false;
    for (let r = 0; r < R; r++) if (load[r]! > p.capacity[r]! + EPS) over = true;
    const final = !over || t === iterations - 1;
    if (t % 6 === 0 || final) consider(final);
    if (!over) break;
    const step = (2 * scale) / (1 + 0.15 * t);
    for (let r = 0; r < R; r++) {
      const cap = p.capacity[r]!;
      const excess = (load[r]! - cap) / Math.max(cap, 1);
      price[r] = Math.max(0, price[r]! + step * Math.max(Math.min(excess, 4), -1));
    }
  }
  return best!;
}

/** Each server's candidates by priced value (CSR like the problem's), its regret and its least priced capacity share. */
interface Priced {
  pref: Int32Array;
  regret: Float64Array;
  usage: Float64Array;
}

function priced(p: AssignmentProblem, price: Float64Array): Priced {
  const n = p.servers;
  const pv = new Float64Array(p.row.length);
  for (let c = 0; c < pv.length; c++) pv[c] = p.value[c]! + price[p.row[c]!]! * p.cards[c]!;
  const pref = new Int32Array(p.row.length);
  const regret = new Float64Array(n);
  const usage = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    const a = p.start[s]!;
    const b = p.start[s + 1]!;
    // insertion sort by (priced value, index): a handful of candidates per server
    for (let c = a; c < b; c++) {
      let i = c;
      while (i > a && pv[pref[i - 1]!]! > pv[c]!) {
        pref[i] = pref[i - 1]!;
        i--;
      }
      pref[i] = c;
    }
    regret[s] = b - a >= 2 ? pv[pref[a + 1]!]! - pv[pref[a]!]! : b - a === 1 ? 1e300 : -1;
    let u = Infinity;
    for (let c = a; c < b; c++) u = Math.min(u, ((price[p.row[c]!]! + 1e-6) * p.cards[c]!) / Math.max(p.capacity[p.row[c]!]!, 1));
    usage[s] = u;
  }
  return { pref, regret, usage };
}

/**
 * Priority order, then either hardest first (largest price-regret: good for value) or lightest first (least priced
 * capacity: serves the most servers when capacity is short); each server its best priced candidate that still fits.
 */
function construct(p: AssignmentProblem, { pref, regret, usage }: Priced, by: 'regret' | 'usage'): Choice {
  const n = p.servers;
  // one comparator per order: each stays monomorphic when the other runs only at the end
  const order = Array.from({ length: n }, (_, i) => i).sort(
    by === 'regret'
      ? (a, b) => p.priority[a]! - p.priority[b]! || regret[b]! - regret[a]! || a - b
      : (a, b) => p.priority[a]! - p.priority[b]! || usage[a]! - usage[b]! || regret[b]! - regret[a]! || a - b,
  );
  const free = Float64Array.from(p.capacity);
  const choice = new Int32Array(n).fill(-1);
  for (const s of order) {
    for (let i = p.start[s]!; i < p.start[s + 1]!; i++) {
      const c = pref[i]!;
      const r = p.row[c]!;
      if (p.cards[c]! <= free[r]! + EPS) {
        choice[s] = c;
        free[r]! -= p.cards[c]!;
        break;
      }
    }
  }
  return choice;
}

interface Move {
  server: number;
  to: number;
  delta: number;
}

const NOT_YET: number[] = [];

/** Row r's ejection options (State.ejection) and what they were built from. */
interface EjectionOptions {
  version: number;
  rowChanges: number;
  fitting: number[];
  failing: number[];
  /** option i: server s[i] moves from[i] → to[i] for delta[i], freeing freed[i] cards; read in `order` */
  s: number[];
  from: number[];
  to: number[];
  delta: number[];
  freed: number[];
  /** Σ freed: no subset of the options frees more */
  total: number;
  order: LazyOrder;
}

/** Shared mutable state of repair and local search (exported for its cache tests). */
export class State {
  readonly free: Float64Array;
  /** servers per row, kept up to date by set() (every consumer sorts with an index tie-break: order-independent) */
  private readonly rowMembers: Set<number>[];
  /** per row: changes of its members (bumped by set), the key of the per-row caches */
  private readonly rowChanges: Uint32Array;
  /** per row: its members by index and, once asked for, as victims (NOT_YET until then: an array from the start keeps the field's type) */
  private readonly memberCache = new Map<number, { changes: number; list: number[]; victims: number[] }>();
  private readonly ejectionCache = new Map<number, EjectionOptions>();
  /** ejection's scratch: cards its moves take per target row */
  private readonly used: Float64Array;
  /** bumped on every change of free capacity */
  version = 0;
  /**
   * per row: the version at which an ejection from it last failed, and the least need that failed then — asking again
   * for as much or more before anything changes fails again (contended 10,000×60: 5 of 6 scans failed, ~500 options each)
   */
  private readonly failedAt: Float64Array;
  private readonly failedNeed: Float64Array;

  constructor(
    readonly p: AssignmentProblem,
    readonly choice: Choice,
  ) {
    this.free = Float64Array.from(p.capacity);
    this.rowChanges = new Uint32Array(p.rowNames.length);
    this.used = new Float64Array(p.rowNames.length);
    this.failedAt = new Float64Array(p.rowNames.length).fill(-1);
    this.failedNeed = new Float64Array(p.rowNames.length);
    this.rowMembers = p.rowNames.map(() => new Set<number>());
    for (let s = 0; s < p.servers; s++) {
      const c = choice[s]!;
      if (c < 0) continue;
      this.free[p.row[c]!]! -= p.cards[c]!;
      this.rowMembers[p.row[c]!]!.add(s);
    }
  }

  set(s: number, c: number): void {
    this.version++;
    const old = this.choice[s]!;
    if (old >= 0) {
      this.free[this.p.row[old]!]! += this.p.cards[old]!;
      this.rowMembers[this.p.row[old]!]!.delete(s);
      this.rowChanges[this.p.row[old]!]!++;
    }
    if (c >= 0) {
      this.free[this.p.row[c]!]! -= this.p.cards[c]!;
      this.rowMembers[this.p.row[c]!]!.add(s);
      this.rowChanges[this.p.row[c]!]!++;
    }
    this.choice[s] = c;
  }

  /** Servers on row r by index (shared: callers must not change it). */
  members(r: number): readonly number[] {
    return this.memberEntry(r).list;
  }

  private memberEntry(r: number) {
    let m = this.memberCache.get(r);
    if (!m || m.changes !== this.rowChanges[r]) this.memberCache.set(r, (m = { changes: this.rowChanges[r]!, list: [...this.rowMembers[r]!].sort((a, b) => a - b), victims: NOT_YET }));
    return m;
  }

  /** Servers on row r, lowest priority first, then most cards, then index. */
  victims(r: number): readonly number[] {
    const p = this.p;
    const m = this.memberEntry(r);
    if (m.victims === NOT_YET) m.victims = m.list.slice().sort((a, b) => p.priority[b]! - p.priority[a]! || p.cards[this.choice[b]!]! - p.cards[this.choice[a]!]! || a - b);
    return m.victims;
  }

  /**
   * Whether row r's cached ejection options are what a rebuild would give now. Up to 3,000 servers exactly (measured:
   * stale options cost a few servers there): r's members unchanged, and every candidate the options were built from
   * still fits, or still does not, in the free capacity of its row; above, for 64 changes (a rebuild per change made
   * 10,000 servers take seconds). Exact reuse spares most rebuilds of the local search, which frees and takes back
   * one server's cards for every server it tries.
   */
  private current(r: number, o: EjectionOptions): boolean {
    if (this.p.servers > EXACT_REUSE_MAX_SERVERS) return this.version - o.version <= 64;
    if (o.rowChanges !== this.rowChanges[r]) return false;
    for (let q = 0; q < this.free.length; q++) {
      const room = this.free[q]! + EPS;
      if (o.fitting[q]! > room || o.failing[q]! <= room) return false;
    }
    return true;
  }

  /**
   * Moves of other servers off row r (each to its cheapest alternative that fits elsewhere) freeing at least `need`
   * cards at least extra value; `exclude` is the server that wants the room. Returns undefined if impossible.
   */
  ejection(r: number, need: number, exclude: number): { moves: Move[]; delta: number } | undefined {
    const p = this.p;
    // the memo is for askers not on r: the scan is the same for all of them (one on r skips its own option, which can
    // change which later moves fit, so its answer differs either way)
    const own = exclude >= 0 && this.choice[exclude]! >= 0 && p.row[this.choice[exclude]!] === r;
    if (!own && this.failedAt[r] === this.version && need >= this.failedNeed[r]!) return undefined;
    let cached = this.ejectionCache.get(r);
    // stale options (large fleets) are re-checked when used (still on r, target still fits), so they can miss a newer
    // option but never propose an infeasible move
    if (!cached || !this.current(r, cached)) {
      // plain arrays: typed ones cost more to allocate than to fill at these sizes (one rebuild per few changes)
      const servers: number[] = [];
      const from: number[] = [];
      const to: number[] = [];
      const delta: number[] = [];
      const freed: number[] = [];
      const key: number[] = [];
      // per row: the most cards of a candidate that fitted, the fewest of one that did not
      const fitting = new Array<number>(this.free.length).fill(0);
      const failing = new Array<number>(this.free.length).fill(Infinity);
      let total = 0;
      // candidates are sorted by value: the first that fits is the cheapest move and the scan stops there; only the
      // cheaper ones' failing to fit and its fitting decide it, so only those are recorded (fewer records: the options
      // stay current longer, and a rebuild reads ~1/3 of the candidates)
      for (const t of this.members(r)) {
        const cur = this.choice[t]!;
        let bc = -1;
        let bd = Infinity;
        for (let c = p.start[t]!; c < p.start[t + 1]!; c++) {
          const rr = p.row[c]!;
          if (rr === r) continue;
          const k = p.cards[c]!;
          if (k > this.free[rr]! + EPS) {
            failing[rr] = Math.min(failing[rr]!, k);
            continue;
          }
          fitting[rr] = Math.max(fitting[rr]!, k);
          bd = p.value[c]! - p.value[cur]!;
          bc = c;
          break;
        }
        if (bc < 0) continue;
        servers.push(t);
        from.push(cur);
        to.push(bc);
        delta.push(bd);
        freed.push(p.cards[cur]!);
        total += p.cards[cur]!;
        // cheapest value per freed card first
        key.push(bd / Math.max(p.cards[cur]!, EPS));
      }
      // one shape for every entry (no spread, no late property): the code reading them stays optimised
      cached = { version: this.version, rowChanges: this.rowChanges[r]!, fitting, failing, s: servers, from, to, delta, freed, total, order: new LazyOrder(key, servers) };
      this.ejectionCache.set(r, cached);
    }
    const o = cached;
    // hopeless (most calls of repair for servers that stay unserved): spares reading, hence sorting, every option
    if (o.total < need - EPS) return undefined;
    // cards taken per target row by the moves so far (reset below)
    const used = this.used;
    const moves: Move[] = [];
    let freed = 0;
    let delta = 0;
    for (let i = 0, j = o.order.at(0); j >= 0 && freed < need - EPS; j = o.order.at(++i)) {
      const t = o.s[j]!;
      if (t === exclude || this.choice[t] !== o.from[j]) continue;
      const to = o.to[j]!;
      const rr = p.row[to]!;
      if (p.cards[to]! + used[rr]! > this.free[rr]! + EPS) continue;
      used[rr]! += p.cards[to]!;
      moves.push({ server: t, to, delta: o.delta[j]! });
      freed += o.freed[j]!;
      delta += o.delta[j]!;
    }
    for (const m of moves) used[p.row[m.to]!] = 0;
    if (freed >= need - EPS) return { moves, delta };
    if (!own && (this.failedAt[r] !== this.version || need < this.failedNeed[r]!)) {
      this.failedAt[r] = this.version;
      this.failedNeed[r] = need;
    }
    return undefined;
  }
}

/** Serves unserved servers where possible: direct placement, placement after moving others, eviction of lower priorities. */
export function repair(p: AssignmentProblem, choice: Choice): Choice {
  const st = new State(p, choice);
  for (let round = 0; round < 8; round++) {
    const unserved: number[] = [];
    for (let s = 0; s < p.servers; s++) if (choice[s]! < 0 && p.start[s]! < p.start[s + 1]!) unserved.push(s);
    if (!unserved.length) break;
    unserved.sort((a, b) => p.priority[a]! - p.priority[b]! || a - b);
    let changed = false;
    for (const s of unserved) {
      if (choice[s]! >= 0) continue;
      // direct, else cheapest placement after moving others away
      let plan: { c: number; moves: Move[]; total: number } | undefined;
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
        const r = p.row[c]!;
        const need = p.cards[c]! - st.free[r]!;
        if (need <= EPS) {
          if (!plan || p.value[c]! < plan.total) plan = { c, moves: [], total: p.value[c]! };
          continue;
        }
        const e = st.ejection(r, need, s);
        if (e && (!plan || p.value[c]! + e.delta < plan.total)) plan = { c, moves: e.moves, total: p.value[c]! + e.delta };
      }
      if (plan) {
        for (const m of plan.moves) st.set(m.server, m.to);
        st.set(s, plan.c);
        changed = true;
        continue;
      }
      // evict strictly lower priorities (lowest first, biggest first): a lexicographic improvement
      let evictPlan: { c: number; victims: number[]; key: number[] } | undefined;
      for (let c = p.start[s]!; c < p.start[s + 1]!; c++) {
        const r = p.row[c]!;
        const need = p.cards[c]! - st.free[r]!;
        const victims = st.victims(r);
        let freed = 0;
        const take: number[] = [];
        for (const t of victims) {
          if (freed >= need - EPS || p.priority[t]! <= p.priority[s]!) break;
          take.push(t);
          freed += p.cards[choice[t]!]!;
        }
        if (freed < need - EPS) continue;
        // compare by evictions per level, highest priority first
        const key = p.levels.map((l) => take.filter((t) => p.priority[t] === l).length);
        if (!evictPlan || lexLess(key, evictPlan.key)) evictPlan = { c, victims: take, key };
      }
      if (evictPlan) {
        for (const t of evictPlan.victims) st.set(t, -1);
        st.set(s, evictPlan.c);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return choice;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** Local search on value: each server to a cheaper candidate, directly or after moving others off that row. */
export function improve(p: AssignmentProblem, choice: Choice, passes: number): Choice {
  for (let pass = 0; pass < passes; pass++) {
    const st = new State(p, choice);
    let improved = false;
    for (let s = 0; s < p.servers; s++) {
      const cur = choice[s]!;
      if (cur < 0 || cur === p.start[s]) continue;
      const r0 = p.row[cur]!;
      let bestPlan: { c: number; moves: Move[]; gain: number } | undefined;
      // leaving frees our own cards for the servers we push out
      st.free[r0]! += p.cards[cur]!;
      st.version++;
      for (let c = p.start[s]!; c < cur; c++) {
        const gain0 = p.value[cur]! - p.value[c]!;
        if (gain0 <= EPS) continue;
        const r = p.row[c]!;
        const need = p.cards[c]! - st.free[r]!;
        if (need <= EPS) {
          if (!bestPlan || gain0 > bestPlan.gain) bestPlan = { c, moves: [], gain: gain0 };
          continue;
        }
        const e = st.ejection(r, need, s);
        if (e && gain0 - e.delta > EPS && (!bestPlan || gain0 - e.delta > bestPlan.gain)) bestPlan = { c, moves: e.moves, gain: gain0 - e.delta };
      }
      st.free[r0]! -= p.cards[cur]!;
      st.version++;
      if (!bestPlan) continue;
      // apply: leave first, then the pushed-out servers, then arrive (feasible by construction of the plan)
      st.set(s, -1);
      for (const m of bestPlan.moves) st.set(m.server, m.to);
      st.set(s, bestPlan.c);
      improved = true;
    }
    // room freed by moves may now fit unserved servers
    repair(p, choice);
    if (!improved) break;
  }
  return choice;
}

/**
 * Same-priority exchange: drop one served server from a row when the room it leaves (plus the row's free cards) fits
 * at least two unserved servers of its priority (smallest first); the dropped one may find room elsewhere later.
 * Every applied exchange serves more servers at that level without touching higher levels: a lexicographic gain.
 */
function dropOneForMore(p: AssignmentProblem, choice: Choice): boolean {
  const st = new State(p, choice);
  let changed = false;
  for (const level of p.levels) {
    for (let r = 0; r < p.rowNames.length; r++) {
      // unserved servers of this level with a candidate on r: their smallest such candidate
      const waiting: { s: number; c: number }[] = [];
      for (let s = 0; s < p.servers; s++) {
        if (choice[s]! >= 0 || p.priority[s] !== level) continue;
        let bc = -1;
        for (let c = p.start[s]!; c < p.start[s + 1]!; c++) if (p.row[c] === r && (bc < 0 || p.cards[c]! < p.cards[bc]!)) bc = c;
        if (bc >= 0) waiting.push({ s, c: bc });
      }
      if (waiting.length < 2) continue;
      waiting.sort((a, b) => p.cards[a.c]! - p.cards[b.c]! || p.value[a.c]! - p.value[b.c]! || a.s - b.s);
      const members = st.members(r).filter((t) => p.priority[t] === level);
      members.sort((a, b) => p.cards[choice[b]!]! - p.cards[choice[a]!]! || a - b);
      for (const t of members) {
        const cur = choice[t]!;
        if (cur < 0 || p.row[cur] !== r) continue;
        let room = st.free[r]! + p.cards[cur]!;
        const fit: { s: number; c: number }[] = [];
        for (const w of waiting) {
          if (choice[w.s]! >= 0) continue;
          if (p.cards[w.c]! <= room + EPS) {
            fit.push(w);
            room -= p.cards[w.c]!;
          }
        }
        if (fit.length < 2) continue;
        st.set(t, -1);
        for (const w of fit) st.set(w.s, w.c);
        changed = true;
      }
    }
  }
  return changed;
}
