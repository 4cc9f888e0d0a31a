/**
 * The price of an experiment (seed 000's `psml experiments price`): training = machines × (host + GPUs) per hour and in
 * total for the expected duration; serving = per hour at the minimum and at the maximum number of replicas.
 * Takes the normalized Experiment of shared/manifest structurally, so pricing stays a pure function of it.
 */
import { PsmlError, isPsmlError } from '../errors.js';
import type { Money } from './money.js';
import { priceShape, type ShapePrice } from './shape-price.js';
import type { SkuLookup } from './sku-matcher.js';

/** The fields of shared/manifest's Experiment that pricing reads. */
export interface ExperimentToPrice {
  service: string;
  version: { major: number; minor: number };
  source?: { file: string };
  training?: {
    machineType: string;
    gpu?: { type: string; count: number };
    zones: string[];
    spot: boolean;
    expectedDurationSeconds?: number;
  };
  serving?: {
    machineType: string;
    gpu?: { type: string; count: number };
    replicas: { min: number; max: number };
    region: string;
    spot: boolean;
  };
}

export interface TrainingPrice {
  /** One training VM (a training job is one VM). */
  shape: ShapePrice;
  hourly: Money;
  expectedHours?: number;
  /** hourly × expected duration, when the manifest gives one. */
  total?: Money;
}

export interface ServingPrice {
  /** One replica. */
  replica: ShapePrice;
  minReplicas: number;
  maxReplicas: number;
  hourlyAtMin: Money;
  hourlyAtMax: Money;
}

export interface ExperimentPrice {
  /** `service@1.2`. */
  name: string;
  file?: string;
  currency: string;
  training?: TrainingPrice;
  serving?: ServingPrice;
  /** Training per hour + serving per hour at minimum replicas: what the experiment costs while it trains and serves. */
  hourly: Money;
}

const regionOfZone = (zone: string) => zone.replace(/-[a-z]$/, '');

export function priceExperiment(lookup: SkuLookup, exp: ExperimentToPrice): ExperimentPrice {
  const name = `${exp.service}@${exp.version.major}.${exp.version.minor}`;
  const where = exp.source?.file ?? name;
  const located = <T>(part: 'training' | 'serving', fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      if (!isPsmlError(e)) throw e;
      throw new PsmlError(e.message, {
        field: e.field && !e.field.startsWith('-') ? `${part}.${e.field}` : part,
        resource: [where, e.resource].filter(Boolean).join(' · '),
        hint: e.hint,
        details: e.details,
        cause: e,
      });
    }
  };

  let training: TrainingPrice | undefined;
  if (exp.training) {
    const t = exp.training;
    const zone = t.zones[0];
    if (!zone) throw new PsmlError('training has no zone to price in', { field: 'training.zones', resource: where });
    const shape = located('training', () =>
      priceShape(lookup, { machineType: t.machineType, gpu: t.gpu, region: regionOfZone(zone), spot: t.spot, count: 1 }),
    );
    const seconds = t.expectedDurationSeconds;
    training = {
      shape,
      hourly: shape.hourly,
      expectedHours: seconds === undefined ? undefined : seconds / 3600,
      // exact: picodollars per hour × seconds / 3600
      total: seconds === undefined ? undefined : (shape.hourly * BigInt(Math.round(seconds))) / 3600n,
    };
  }

  let serving: ServingPrice | undefined;
  if (exp.serving) {
    const s = exp.serving;
    const replica = located('serving', () =>
      priceShape(lookup, { machineType: s.machineType, gpu: s.gpu, region: s.region, spot: s.spot, count: 1 }),
    );
    serving = {
      replica,
      minReplicas: s.replicas.min,
      maxReplicas: s.replicas.max,
      hourlyAtMin: replica.hourly * BigInt(s.replicas.min),
      hourlyAtMax: replica.hourly * BigInt(s.replicas.max),
    };
  }

  return {
    name,
    file: exp.source?.file,
    currency: lookup.catalog.currency,
    training,
    serving,
    hourly: (training?.hourly ?? 0n) + (serving?.hourlyAtMin ?? 0n),
  };
}
