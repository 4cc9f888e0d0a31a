/**
 * A seeded generator of realistic fleets for tests and benchmarks: GPU types with multiplicities, models of several
 * sizes with perf data where they fit in memory, service classes (latency tiers and a TPS class), servers with
 * varied load from a few request profiles, current allocations, and capacity calibrated on the fleet's own need.
 */
import { generateCandidates } from './candidates.js';
import { buildSystem, normaliseKeys } from './input.js';
import type { System } from './system.js';

export interface FleetOptions {
  servers: number;
  accelerators: number;
  seed?: number;
  /** total capacity relative to a rough estimate of need: < 1 means some servers cannot be served */
  capacityFactor?: number;
  /** fraction of servers that already run somewhere */
  current?: number;
  withSpot?: boolean;
  /**
   * Token averages per server drawn at random instead of from the request profiles: no two servers share a sizing,
   * the worst case for candidate generation (real fleets share models, classes and request shapes).
   */
  variedTokens?: boolean;
}

/** Request profiles (avg input, avg output tokens) of common workloads; each server runs one. */
export const REQUEST_PROFILES: readonly [string, number, number][] = [
  ['chat', 512, 256],
  ['rag', 2048, 192],
  ['summarise', 4096, 384],
  ['code', 1024, 128],
  ['agent', 256, 768],
  ['long-context', 8192, 256],
];

/** mulberry32: small, fast, seedable */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [type, cents/hour per card, relative speed, memory GB]
const GPU_TYPES: [string, number, number, number][] = [
  ['T4', 35, 0.25, 16], ['L4', 70, 0.5, 24], ['A10G', 100, 0.6, 24], ['A30', 120, 0.65, 24], ['V100', 250, 0.6, 32],
  ['L40S', 180, 0.9, 48], ['A40', 160, 0.75, 48], ['RTX6000', 150, 0.8, 48], ['A100-40', 300, 1, 40], ['A100-80', 400, 1.1, 80],
  ['MI300X', 900, 2, 192], ['H100', 1000, 2.2, 80], ['H200', 1200, 2.6, 141], ['GH200', 1300, 2.8, 96], ['B200', 1600, 4, 192],
];
const MULTS = [1, 2, 4, 8];

export interface FleetDocument {
  system: Record<string, unknown>;
}

export function generateFleetDocument(o: FleetOptions): FleetDocument {
  const rand = rng(o.seed ?? 1);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const accs: { name: string; type: string; multiplicity: number; cost: number; speed: number; mem: number; spotCost?: number }[] = [];
  const nTypes = Math.min(GPU_TYPES.length, Math.max(1, Math.ceil(o.accelerators / MULTS.length)));
  outer: for (const m of MULTS) {
    for (const [type, cost, speed, mem] of GPU_TYPES.slice(0, nTypes)) {
      if (accs.length >= o.accelerators) break outer;
      accs.push({ name: m === 1 ? type : `${m}x${type}`, type, multiplicity: m, cost: cost * m, speed, mem: mem * m, ...(o.withSpot ? { spotCost: Math.round(cost * m * 0.35) } : {}) });
    }
  }
  const types = [...new Set(accs.map((a) => a.type))];
  const nModels = Math.max(3, Math.min(24, Math.round(Math.sqrt(o.servers) / 2)));
  const models: Record<string, unknown>[] = [];
  const modelNames: string[] = [];
  for (let i = 0; i < nModels; i++) {
    const size = pick([1, 2, 4, 8, 13, 34, 70]); // billions of parameters
    const name = `model-${i}-${size}b`;
    modelNames.push(name);
    const memNeed = size * 2.2; // GB for fp16 weights and some KV cache
    for (const a of accs) {
      if (a.mem < memNeed && a.mem * 4 < memNeed) continue;
      if (rand() < 0.1) continue; // not benchmarked everywhere
      const accCount = a.mem >= memNeed ? 1 : a.mem * 2 >= memNeed ? 2 : 4;
      const f = Math.sqrt(size) / (a.speed * Math.sqrt(a.multiplicity * accCount));
      models.push({
        name,
        acc: a.name,
        accCount,
        maxBatchSize: Math.round(32 * Math.sqrt(a.multiplicity * accCount) * (1 + rand())),
        atTokens: 512,
        decodeParms: { alpha: +(6 * f * (0.9 + 0.2 * rand())).toFixed(3), beta: +(0.08 * f * (0.9 + 0.2 * rand())).toFixed(4) },
        prefillParms: { gamma: +(15 * f * (0.9 + 0.2 * rand())).toFixed(3), delta: +(0.004 * f * (0.9 + 0.2 * rand())).toFixed(5) },
      });
    }
  }
  const classes = [
    { name: 'Premium', priority: 1, itl: 30, ttft: 400, tps: 0 },
    { name: 'Standard', priority: 2, itl: 60, ttft: 1500, tps: 0 },
    { name: 'Batch', priority: 3, itl: 150, ttft: 8000, tps: 0 },
    { name: 'Throughput', priority: 3, itl: 0, ttft: 0, tps: 2000 },
  ];
  const serviceClasses = classes.map((c) => ({
    name: c.name,
    priority: c.priority,
    modelTargets: modelNames.map((m) => ({ model: m, 'slo-itl': c.itl, 'slo-ttft': c.ttft, 'slo-tps': c.tps })),
  }));
  const accOfModel = new Map<string, string[]>();
  for (const m of models) {
    const l = accOfModel.get(m.name as string) ?? [];
    l.push(m.acc as string);
    accOfModel.set(m.name as string, l);
  }
  const servers: Record<string, unknown>[] = [];
  const width = String(o.servers).length;
  for (let i = 0; i < o.servers; i++) {
    const cls = pick(classes);
    const model = pick(modelNames);
    const arrivalRate = Math.round(Math.exp(Math.log(20) + rand() * Math.log(60))); // 20 … 1200 req/min
    const profile = pick(REQUEST_PROFILES as [string, number, number][]);
    const avgInTokens = o.variedTokens ? Math.round(64 + rand() * 4000) : profile[1];
    const avgOutTokens = o.variedTokens ? Math.round(32 + rand() * 800) : profile[2];
    const onAcc = accOfModel.get(model) ?? [];
    const cur = rand() < (o.current ?? 0.6) && onAcc.length ? pick(onAcc) : '';
    servers.push({
      name: `srv-${String(i).padStart(width, '0')}-${cls.name.toLowerCase()}`,
      class: cls.name,
      model,
      keepAccelerator: false,
      minNumReplicas: rand() < 0.2 ? 1 : 0,
      currentAlloc: {
        accelerator: cur,
        numReplicas: cur ? 1 + Math.floor(rand() * 4) : 0,
        maxBatch: 0,
        cost: 0,
        itlAverage: 0,
        ttftAverage: 0,
        load: { arrivalRate, avgInTokens, avgOutTokens },
      },
    });
  }
  const doc: FleetDocument = {
    system: {
      acceleratorData: { accelerators: accs.map((a) => ({ name: a.name, type: a.type, multiplicity: a.multiplicity, memSize: a.mem, cost: a.cost, ...(a.spotCost !== undefined ? { spotCost: a.spotCost } : {}) })) },
      capacityData: { count: types.map((type) => ({ type, count: 1e9 })) },
      modelData: { models },
      serviceClassData: { serviceClasses },
      serverData: { servers },
      optimizerData: { optimizer: { unlimited: false, saturationPolicy: 'None' } },
    },
  };
  // Capacity, calibrated on the fleet itself: the cards each type would need if every server took its cheapest
  // candidate, × capacityFactor, spread ±10 % per type, plus a small stock of every type. At factor 1 some types are
  // short and others have room (servers must move); below ~0.85 a few % of servers cannot be served at all.
  const need = new Map<string, number>(types.map((t) => [t, 0]));
  let total = 0;
  for (const sc of generateCandidates(systemOf(doc)).servers) {
    const c = sc.candidates.find((x) => x.pool === 'onDemand');
    if (!c) continue;
    need.set(c.type, need.get(c.type)! + c.cards);
    total += c.cards;
  }
  const factor = o.capacityFactor ?? 1;
  const stock = (0.1 * total) / types.length;
  (doc.system.capacityData as { count: unknown[] }).count = types.map((t) => ({
    type: t,
    count: Math.max(1, Math.round(factor * (need.get(t)! * (0.9 + 0.2 * rand()) + stock))),
    ...(o.withSpot ? { spot: Math.round(0.2 * factor * (need.get(t)! + stock)) } : {}),
  }));
  return doc;
}

function systemOf(doc: FleetDocument): System {
  const s = (normaliseKeys(doc) as { system: Record<string, unknown> }).system;
  return buildSystem(
    { accelerators: s.acceleratordata, capacity: s.capacitydata, models: s.modeldata, serviceClasses: s.serviceclassdata, servers: s.serverdata, optimizer: s.optimizerdata },
    'generated fleet',
  );
}

export function generateFleet(o: FleetOptions): System {
  return systemOf(generateFleetDocument(o));
}
