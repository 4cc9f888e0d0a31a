/**
 * Candidate allocations per (server, accelerator, pool): replicas from demand and the SLO-limited rate per replica,
 * cost, and value (cost + transition penalty from the current allocation). Sizing is memoised per
 * (model, accelerator, batch, tokens, targets): the arrival rate only scales replicas, so servers that share a model,
 * class and request shape share one root search.
 */
import { maxBatchFor, ReplicaQueue, type SizingResult } from './queue.js';
import { sortedKeys, type Accelerator, type Server, type System } from './system.js';

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

export class CandidateGenerator {
  /** sizing per (model, accelerator, batch, tokens, targets): the arrival rate only scales the replica count */
  private readonly sizing = new Map<string, SizingResult>();
  private readonly accNames = new Map<string, string[]>();
  sizingCalls = 0;
  sizingHits = 0;

  constructor(private readonly system: System) {}

  forServer(index: number): ServerCandidates {
    const sys = this.system;
    const server = sys.servers[index]!;
    const cls = sys.classes.get(server.class)!;
    const target = cls.targets.get(server.model) ?? { model: server.model, itl: 0, ttft: 0, tps: 0 };
    const load = server.current.load;
    const outTokens = Math.max(load.avgOutTokens, 1);
    const demand = Math.max(load.arrivalRate / 60, target.tps > 0 ? target.tps / outTokens : 0);
    const perfByAcc = sys.perf.get(server.model);
    const rejected: string[] = [];
    const candidates: Candidate[] = [];
    const out: ServerCandidates = { server, priority: cls.priority, candidates, rejected, demand };
    if (!perfByAcc || perfByAcc.size === 0) {
      rejected.push(`model ${server.model} has no performance data on any accelerator`);
      return out;
    }
    let accNames = this.accNames.get(server.model);
    if (!accNames) this.accNames.set(server.model, (accNames = sortedKeys(perfByAcc)));
    if (server.keepAccelerator && server.current.accelerator) {
      if (!perfByAcc.has(server.current.accelerator)) {
        rejected.push(`keepAccelerator: no performance data for ${server.model} on ${server.current.accelerator}`);
        return out;
      }
      accNames = [server.current.accelerator];
    }
    const currentCost = this.currentCost(server);
    const shapeKey = `\u0000${load.avgInTokens}\u0000${outTokens}\u0000${target.itl}\u0000${target.ttft}\u0000${target.tps}`;
    for (const accName of accNames) {
      const acc = sys.accelerators.get(accName)!;
      const perf = perfByAcc.get(accName)!;
      const n = maxBatchFor(perf, server.maxBatchSize, outTokens);
      let replicas = server.minNumReplicas;
      let ratePerReplica = 0;
      if (demand > 0 || replicas > 0) {
        const key = `${perf.model}\u0000${accName}\u0000${n}${shapeKey}`;
        this.sizingCalls++;
        let sized = this.sizing.get(key);
        if (sized) this.sizingHits++;
        else {
          sized = new ReplicaQueue(perf, { n, inTokens: load.avgInTokens, outTokens }).size(target);
          this.sizing.set(key, sized);
        }
        if (!sized.feasible) {
          rejected.push(`${accName}: ${sized.reason}`);
          continue;
        }
        ratePerReplica = sized.ratePerReplica;
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
