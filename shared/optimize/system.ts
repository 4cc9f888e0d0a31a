/**
 * The optimizer's domain (seed 002): accelerators, model performance per accelerator, service classes with SLO targets,
 * servers with load and current allocation, capacity per accelerator type. Normalised from any accepted input form.
 */

export type SaturationPolicy = 'None' | 'PriorityExhaustive' | 'PriorityRoundRobin' | 'RoundRobin';
export type SolverChoice = 'auto' | 'exact' | 'heuristic';

export interface Accelerator {
  name: string;
  /** Capacity is counted per type: a "2xA100" is type A100 with multiplicity 2. */
  type: string;
  multiplicity: number;
  memSize: number;
  /** Cents per hour for the whole accelerator (all `multiplicity` cards). */
  cost: number;
  /** Cents per hour on the spot (preemptible) pool; absent = no spot offer. */
  spotCost?: number;
}

/**
 * Linear service-time model of one replica, in ms: decode step with n requests = decodeAlpha + decodeBeta·n;
 * prefill of a batch of n requests with I input tokens = prefillConst + (prefillPerRequest + prefillPerToken·I)·n.
 * Both reference formats map onto it (see input.ts).
 */
export interface PerfData {
  model: string;
  acc: string;
  accCount: number;
  maxBatchSize: number;
  atTokens: number;
  decodeAlpha: number;
  decodeBeta: number;
  prefillConst: number;
  prefillPerRequest: number;
  prefillPerToken: number;
}

export interface ModelTarget {
  model: string;
  /** ms; 0 = unused */
  itl: number;
  /** ms; 0 = unused */
  ttft: number;
  /** tokens/s; 0 = unused */
  tps: number;
}

export interface ServiceClass {
  name: string;
  /** 1 is highest; out of 1..100 becomes 100 (as the reference does). */
  priority: number;
  targets: Map<string, ModelTarget>;
}

export interface Load {
  /** requests per minute */
  arrivalRate: number;
  avgInTokens: number;
  avgOutTokens: number;
}

export interface CurrentAllocation {
  accelerator: string;
  numReplicas: number;
  maxBatch: number;
  cost: number;
  itlAverage: number;
  ttftAverage: number;
  spot: boolean;
  load: Load;
}

export interface Server {
  name: string;
  class: string;
  model: string;
  keepAccelerator: boolean;
  minNumReplicas: number;
  /** 0 = unlimited */
  maxNumReplicas: number;
  /** 0 = derived from the perf data */
  maxBatchSize: number;
  allowSpot: boolean;
  current: CurrentAllocation;
}

export interface OptimizerSettings {
  unlimited: boolean;
  saturationPolicy: SaturationPolicy;
  solver: SolverChoice;
  /** Seconds the exact solver may take before the heuristic answer is used. */
  timeLimit: number;
  /** Seconds for exact re-optimisation of the contested servers when the heuristic is used (0 = off). */
  polish: number;
}

export interface Capacity {
  onDemand: number;
  spot: number;
}

export interface System {
  accelerators: Map<string, Accelerator>;
  /** cards per accelerator type */
  capacity: Map<string, Capacity>;
  /** perf data keyed by model, then accelerator */
  perf: Map<string, Map<string, PerfData>>;
  classes: Map<string, ServiceClass>;
  servers: Server[];
  optimizer: OptimizerSettings;
}

export const DEFAULT_OPTIMIZER: OptimizerSettings = {
  unlimited: false,
  saturationPolicy: 'None',
  solver: 'auto',
  timeLimit: 10,
  polish: 0,
};

/** Sorted copy of map keys: every iteration that can influence the result goes through sorted names (determinism). */
export const sortedKeys = <K extends string, V>(m: Map<K, V>): K[] => [...m.keys()].sort(compareNames);

export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
