import { buildSystem, normaliseKeys } from '../../shared/optimize/input.js';
import { priorityLevels, type AssignmentProblem } from '../../shared/optimize/problem.js';
import type { System } from '../../shared/optimize/system.js';

export interface MiniAcc { name: string; type?: string; multiplicity?: number; cost: number; spotCost?: number }
export interface MiniServer { name: string; class: string; model?: string; rate?: number; in?: number; out?: number; current?: string; replicas?: number; keep?: boolean; min?: number; max?: number }

/** A small system: one model "m" whose perf (same on every accelerator unless given) is simple enough to compute by hand. */
export function miniSystem(o: {
  accs: MiniAcc[];
  capacity: Record<string, number>;
  servers: MiniServer[];
  classes?: { name: string; priority: number; itl?: number; ttft?: number; tps?: number }[];
  perf?: Record<string, { alpha: number; beta: number; gamma: number; delta: number; maxBatchSize?: number; accCount?: number }>;
  policy?: string;
}): System {
  const classes = o.classes ?? [
    { name: 'P1', priority: 1 },
    { name: 'P2', priority: 2 },
    { name: 'P3', priority: 3 },
  ];
  const raw = normaliseKeys({
    accelerators: o.accs.map((a) => ({ name: a.name, type: a.type ?? a.name, multiplicity: a.multiplicity ?? 1, cost: a.cost, ...(a.spotCost !== undefined ? { spotCost: a.spotCost } : {}) })),
    capacity: Object.entries(o.capacity).map(([type, count]) => ({ type, count })),
    models: o.accs.map((a) => {
      const p = o.perf?.[a.name] ?? { alpha: 10, beta: 0, gamma: 100, delta: 0 };
      return { name: 'm', acc: a.name, accCount: p.accCount ?? 1, maxBatchSize: p.maxBatchSize ?? 1, atTokens: 0, decodeParms: { alpha: p.alpha, beta: p.beta }, prefillParms: { gamma: p.gamma, delta: p.delta } };
    }),
    serviceClasses: classes.map((c) => ({ name: c.name, priority: c.priority, modelTargets: [{ model: 'm', 'slo-itl': c.itl ?? 0, 'slo-ttft': c.ttft ?? 0, 'slo-tps': c.tps ?? 0 }] })),
    servers: o.servers.map((s) => ({
      name: s.name,
      class: s.class,
      model: s.model ?? 'm',
      keepAccelerator: s.keep ?? false,
      minNumReplicas: s.min ?? 0,
      maxNumReplicas: s.max ?? 0,
      currentAlloc: { accelerator: s.current ?? '', numReplicas: s.replicas ?? 0, load: { arrivalRate: s.rate ?? 60, avgInTokens: s.in ?? 0, avgOutTokens: s.out ?? 10 } },
    })),
    optimizer: { saturationPolicy: o.policy ?? 'None' },
  }) as Record<string, unknown>;
  return buildSystem(
    { accelerators: raw.accelerators, capacity: raw.capacity, models: raw.models, serviceClasses: raw.serviceclasses, servers: raw.servers, optimizer: raw.optimizer },
    'test',
  );
}

/** An AssignmentProblem from servers' candidates (each server's sorted by value, then cards, as buildProblem's are). */
export function assignmentProblem(
  rows: number,
  servers: { priority: number; cands: { row: number; cards: number; value: number }[] }[],
  caps: number[],
): AssignmentProblem {
  const start = [0];
  const row: number[] = [];
  const cards: number[] = [];
  const value: number[] = [];
  for (const s of servers) {
    const cs = s.cands.map((c) => ({ ...c, row: c.row % rows })).sort((a, b) => a.value - b.value || a.cards - b.cards);
    for (const c of cs) {
      row.push(c.row);
      cards.push(c.cards);
      value.push(c.value);
    }
    start.push(row.length);
  }
  const priority = Int32Array.from(servers.map((s) => s.priority));
  return {
    servers: servers.length,
    priority,
    start: Int32Array.from(start),
    row: Int32Array.from(row),
    cards: Float64Array.from(cards),
    value: Float64Array.from(value),
    local: Int32Array.from(row.map((_, i) => i)),
    rowNames: Array.from({ length: rows }, (_, i) => `r${i}`),
    capacity: Float64Array.from(caps.slice(0, rows)),
    ...priorityLevels(priority),
  };
}
