/**
 * Candidate allocations per (server, accelerator, pool): replicas from demand and the SLO-limited rate per replica,
 * cost, and value (cost + transition penalty from the current allocation). Sizing is memoised per
 * (model, accelerator, batch, tokens, targets): the arrival rate only scales replicas, so servers that share a model,
 * class and request shape share one root search.
 */
import { maxBatchFor, ReplicaQueue } from './queue.js';
import { sortedKeys, type Accelerator, type PerfData, type Server, type System } from './system.js';

export type Pool = 'onDemand' | 'spot';

export interface Candidate {
  server: number;
  accelerator: string;
  pool: Pool;
  /** capacity row: accelerator type, or `type (spot)` */
  row: string;
  type: string;
  replicas: number;
  /** cards of `type` used: replicas × accCount × multiplicity */
  cards: number;
  maxBatch: number;
  cost: number;
  value: number;
  /** req/s each replica can take within the SLOs (ITL/TTFT at the actual load: `candidateMetrics`, for chosen ones only) */
  ratePerReplica: number;
}

export interface ServerCandidates {
  server: Server;
  priority: number;
  /** sorted by value, then cards, then accelerator name, then pool */
  candidates: Candidate[];
  /** why accelerators were not candidates (for unserved explanations) */
  rejected: string[];
  /** requests per second to serve */
  demand: number;
}

export const spotRow = (type: string) => `${type} (spot)`;
const POOLS: readonly Pool[] = ['onDemand', 'spot'];

/** A model's accelerators in name order, with their perf data (looked up once per model, not per server). */
interface ModelAccs {
  names: string[];
  accs: Accelerator[];
  perfs: PerfData[];
  index: Map<string, number>;
  /**
   * per accelerator, PERF_FIELDS numbers (decode α, β, prefill const, per request, per token, maxBatchSize, atTokens)
   * in one array of doubles: the per-pair loop reads them from here instead of chasing each PerfData's boxed fields
   */
  params: number[];
}

const PERF_FIELDS = 7;

/** Sizings of one (model, batch override, tokens, targets): rate per replica per accelerator of the model. */
interface ShapeSizing {
  /** NaN = not sized yet, −1 = infeasible (reason in `reasons`) */
  rates: Float64Array;
  reasons: Map<number, string> | undefined;
}

export class CandidateGenerator {
  /**
   * sizing per (model, accelerator, batch, tokens, targets): the arrival rate only scales the replica count. Keyed by
   * the server's shape (one string per server, not per pair), then indexed by the accelerator's position in the model.
   */
  private readonly sizing = new Map<string, ShapeSizing>();
  private readonly models = new Map<string, ModelAccs | null>();
  /** one queue, re-targeted for every sizing (no allocation per pair) */
  private queue: ReplicaQueue | undefined;
  sizingCalls = 0;
  sizingHits = 0;

  constructor(private readonly system: System) {}

  private modelAccs(model: string): ModelAccs | null {
    let m = this.models.get(model);
    if (m !== undefined) return m;
    const perfByAcc = this.system.perf.get(model);
    if (!perfByAcc || perfByAcc.size === 0) m = null;
    else {
      const names = sortedKeys(perfByAcc);
      m = {
        names,
        accs: names.map((n) => this.system.accelerators.get(n)!),
        perfs: names.map((n) => perfByAcc.get(n)!),
        index: new Map(names.map((n, i) => [n, i])),
        params: names.flatMap((n) => {
          const p = perfByAcc.get(n)!;
          return [p.decodeAlpha, p.decodeBeta, p.prefillConst, p.prefillPerRequest, p.prefillPerToken, p.maxBatchSize, p.atTokens];
        }),
      };
    }
    this.models.set(model, m);
    return m;
  }

  forServer(index: number): ServerCandidates {
    const sys = this.system;
    const server = sys.servers[index]!;
    const cls = sys.classes.get(server.class)!;
    const target = cls.targets.get(server.model) ?? { model: server.model, itl: 0, ttft: 0, tps: 0 };
    const load = server.current.load;
    const outTokens = Math.max(load.avgOutTokens, 1);
    const demand = Math.max(load.arrivalRate / 60, target.tps > 0 ? target.tps / outTokens : 0);
    const model = this.modelAccs(server.model);
    const rejected: string[] = [];
    const candidates: Candidate[] = [];
    const out: ServerCandidates = { server, priority: cls.priority, candidates, rejected, demand };
    if (!model) {
      rejected.push(`model ${server.model} has no performance data on any accelerator`);
      return out;
    }
    let first = 0;
    let end = model.names.length;
    if (server.keepAccelerator && server.current.accelerator) {
      const i = model.index.get(server.current.accelerator);
      if (i === undefined) {
        rejected.push(`keepAccelerator: no performance data for ${server.model} on ${server.current.accelerator}`);
        return out;
      }
      first = i;
      end = i + 1;
    }
    const currentCost = this.currentCost(server);
    const sized = demand > 0 || server.minNumReplicas > 0 ? this.shapeSizing(server, load.avgInTokens, outTokens, target, model) : undefined;
    const params = model.params;
    const override = server.maxBatchSize;
    for (let i = first; i < end; i++) {
      const accName = model.names[i]!;
      const acc = model.accs[i]!;
      const perf = model.perfs[i]!;
      const o = i * PERF_FIELDS;
      const maxBatchSize = params[o + 5]!;
      const atTokens = params[o + 6]!;
      const n = maxBatchFor(maxBatchSize, atTokens, override, outTokens);
      let replicas = server.minNumReplicas;
      let ratePerReplica = 0;
      if (sized) {
        this.sizingCalls++;
        let rate = sized.rates[i]!;
        if (rate === rate) this.sizingHits++;
        else {
          const q = (this.queue ??= new ReplicaQueue(perf, { n, inTokens: load.avgInTokens, outTokens }));
          q.setup(n, params[o]!, params[o + 1]!, params[o + 2]!, params[o + 3]! + params[o + 4]! * load.avgInTokens, outTokens);
          const r = q.size(target);
          if (r.feasible) rate = r.ratePerReplica;
          else {
            rate = -1;
            (sized.reasons ??= new Map()).set(i, r.reason);
          }
          sized.rates[i] = rate;
        }
        if (rate < 0) {
          rejected.push(`${accName}: ${sized.reasons!.get(i)!}`);
          continue;
        }
        ratePerReplica = rate;
        // a hair of slack so 10 req/s on 5 req/s replicas is 2 replicas, not 3, despite rounding
        replicas = Math.max(Math.ceil(demand / ratePerReplica - 1e-9), server.minNumReplicas);
      }
      if (server.maxNumReplicas > 0 && replicas > server.maxNumReplicas) {
        rejected.push(`${accName}: needs ${replicas} replicas > maxNumReplicas ${server.maxNumReplicas}`);
        continue;
      }
      const cards = replicas * perf.accCount * acc.multiplicity;
      const cap = sys.capacity.get(acc.type);
      const onDemand = sys.optimizer.unlimited || (cap !== undefined && cap.onDemand >= cards);
      const spot = acc.spotCost !== undefined && server.allowSpot && cap !== undefined && cap.spot >= cards && cap.spot > 0;
      if (!onDemand && !spot) {
        rejected.push(`${accName}: needs ${cards} ${acc.type} cards, capacity ${cap ? cap.onDemand : 0}`);
        continue;
      }
      for (const pool of POOLS) {
        if (pool === 'onDemand' ? !onDemand : !spot) continue;
        const unit = pool === 'spot' ? acc.spotCost! : acc.cost;
        const cost = unit * perf.accCount * replicas;
        const sameAcc = accName === server.current.accelerator && (pool === 'spot') === server.current.spot;
        candidates.push({
          server: index,
          accelerator: accName,
          pool,
          row: pool === 'spot' ? spotRow(acc.type) : acc.type,
          type: acc.type,
          replicas,
          cards,
          maxBatch: n,
          cost,
          value: transitionValue(server, sameAcc, currentCost, cost, replicas),
          ratePerReplica,
        });
      }
    }
    candidates.sort(compareCandidates);
    return out;
  }

  /** The memo entry for a server's shape; the batch per accelerator follows from (model, override, output tokens). */
  private shapeSizing(server: Server, inTokens: number, outTokens: number, t: { itl: number; ttft: number; tps: number }, model: ModelAccs): ShapeSizing {
    const key = `${server.model}\u0000${server.maxBatchSize}\u0000${inTokens}\u0000${outTokens}\u0000${t.itl}\u0000${t.ttft}\u0000${t.tps}`;
    let e = this.sizing.get(key);
    if (!e) this.sizing.set(key, (e = { rates: new Float64Array(model.names.length).fill(Number.NaN), reasons: undefined }));
    return e;
  }

  /** The current allocation's cost: as given, else priced from the accelerator table. */
  private currentCost(server: Server): number {
    const c = server.current;
    if (c.cost > 0 || !c.accelerator) return c.cost;
    const acc: Accelerator | undefined = this.system.accelerators.get(c.accelerator);
    const perf = this.system.perf.get(server.model)?.get(c.accelerator);
    if (!acc) return 0;
    return (c.spot && acc.spotCost !== undefined ? acc.spotCost : acc.cost) * (perf?.accCount ?? 1) * c.numReplicas;
  }

  all(): ServerCandidates[] {
    return this.system.servers.map((_, i) => this.forServer(i));
  }
}

/**
 * Value of moving from the current allocation a to candidate b (the reference's transition penalty):
 * unchanged → 0; same accelerator → cost_b − cost_a; other accelerator → 0.1·(cost_a + cost_b) + (cost_b − cost_a);
 * a new server → 1.1·cost_b.
 */
export function transitionValue(server: Server, sameAcc: boolean, costA: number, costB: number, replicasB: number): number {
  if (!server.current.accelerator) return 1.1 * costB;
  if (sameAcc) return replicasB === server.current.numReplicas ? 0 : costB - costA;
  return 0.1 * (costA + costB) + (costB - costA);
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.value - b.value ||
    a.cards - b.cards ||
    (a.accelerator < b.accelerator ? -1 : a.accelerator > b.accelerator ? 1 : 0) ||
    (a.pool === b.pool ? 0 : a.pool === 'onDemand' ? -1 : 1)
  );
}

/** ITL and TTFT (ms) of a candidate at the server's actual load spread over its replicas (O(N): only for chosen ones). */
export function candidateMetrics(system: System, sc: ServerCandidates, c: Candidate, replicas = c.replicas): { itl: number; ttft: number } {
  if (replicas <= 0) return { itl: 0, ttft: 0 };
  const load = sc.server.current.load;
  const perf = system.perf.get(sc.server.model)!.get(c.accelerator)!;
  const m = new ReplicaQueue(perf, { n: c.maxBatch, inTokens: load.avgInTokens, outTokens: Math.max(load.avgOutTokens, 1) }).metrics(sc.demand / replicas);
  return { itl: m.itl, ttft: m.ttft };
}

export function generateCandidates(system: System): { servers: ServerCandidates[]; stats: { sizingCalls: number; sizingHits: number } } {
  const gen = new CandidateGenerator(system);
  const servers = gen.all();
  return { servers, stats: { sizingCalls: gen.sizingCalls, sizingHits: gen.sizingHits } };
}
