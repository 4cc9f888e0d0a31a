/**
 * The hourly price of machines: Σ components (cores, RAM, extended RAM, GPUs, bundled local SSD), each from exactly
 * one SKU of the region and usage (on-demand or spot). Pure given a SkuLookup; money stays exact (picodollars).
 */
import { PsmlError } from '../errors.js';
import type { CatalogSku } from './catalog.js';
import { GPU_LABELS, N1_GPU_COUNTS, gpuType } from './gpus.js';
import { machineShape, type GpuType, type MachineShape } from './machine-types.js';
import type { Money } from './money.js';
import { cost } from './money.js';
import type { ComponentKind, SkuLookup, Usage } from './sku-matcher.js';

/** The input of pricing: what runs, where, how many. */
export interface PricedShape {
  machineType: string;
  gpu?: { type: string; count: number } | null;
  region: string;
  spot?: boolean;
  /** Number of machines (default 1). */
  count?: number;
}

export interface PriceComponent {
  kind: ComponentKind;
  /** `N1 cores`, `NVIDIA T4`. */
  label: string;
  skuId: string;
  description: string;
  /** Per machine, decimal string in the unit below (`4`, `15`, `0.25`). */
  quantity: string;
  unit: string;
  /** SKU unit price in nanos of the currency. */
  unitNanos: bigint;
  /** One machine, per hour. */
  perMachine: Money;
  /** All machines, per hour. */
  hourly: Money;
}

export interface ShapePrice {
  machineType: string;
  region: string;
  usage: Usage;
  count: number;
  currency: string;
  gpu?: { type: GpuType; count: number };
  /** One machine, per hour. */
  perMachine: Money;
  /** All machines, per hour. */
  hourly: Money;
  components: PriceComponent[];
}

const FAMILY_LABEL = (f: string) => (f.startsWith('custom-') ? `${f.slice(7).toUpperCase()} custom` : f.toUpperCase());
const REGION = /^[a-z]+(?:-[a-z]+)+\d+$/;
/** Hours in a month as Google bills monthly SKUs (local SSD is priced per GiB-month). */
const HOURS_PER_MONTH = 730n;
const GIB_PER_GB_NUM = 1_073_741_824n; // 1 GiB = 1.073741824 GB
const GIB_PER_GB_DEN = 1_000_000_000n;

export function priceShape(lookup: SkuLookup, input: PricedShape): ShapePrice {
  const count = input.count ?? 1;
  if (!Number.isInteger(count) || count < 0) throw new PsmlError(`count must be a whole number ≥ 0, got ${count}`, { field: 'count' });
  if (!REGION.test(input.region)) {
    throw new PsmlError(`"${input.region}" is not a Compute Engine region`, { field: 'region', hint: 'e.g. us-central1 (a region, not a zone)' });
  }
  const shape = machineShape(input.machineType);
  const usage: Usage = input.spot ? 'spot' : 'ondemand';
  const gpus = attachedGpus(shape, input.gpu);
  const currency = lookup.catalog.currency;
  const components: PriceComponent[] = [];
  const add = (kind: ComponentKind, key: string, label: string, quantityMilli: bigint, unit: 'vCPU' | 'GiB' | 'GPU') => {
    if (quantityMilli === 0n) return;
    const sku = lookup.find(input.region, usage, key, label);
    const perMachine = skuCost(sku, kind, quantityMilli, input.machineType, input.region);
    components.push({
      kind,
      label,
      skuId: sku.skuId,
      description: sku.description,
      quantity: milliToDecimal(quantityMilli),
      unit,
      unitNanos: tierFor(sku, quantityMilli).unitNanos,
      perMachine,
      hourly: perMachine * BigInt(count),
    });
  };

  const fam = FAMILY_LABEL(shape.family);
  add('core', `${shape.family}/core`, `${fam} cores`, shape.vcpuMilli, 'vCPU');
  add('ram', `${shape.family}/ram`, `${fam} memory`, shape.memoryMilli, 'GiB');
  if (shape.extendedMemoryMilli) add('extended-ram', `${shape.family}/extended-ram`, `${fam} extended memory`, shape.extendedMemoryMilli, 'GiB');
  if (gpus) add('gpu', `gpu/${gpus.type}`, GPU_LABELS[gpus.type], BigInt(gpus.count) * 1000n, 'GPU');
  if (shape.bundledLocalSsdGiB) add('local-ssd', 'local-ssd', 'bundled local SSD', BigInt(shape.bundledLocalSsdGiB) * 1000n, 'GiB');

  return {
    machineType: input.machineType,
    region: input.region,
    usage,
    count,
    currency,
    gpu: gpus,
    perMachine: components.reduce((t, c) => t + c.perMachine, 0n),
    hourly: components.reduce((t, c) => t + c.hourly, 0n),
    components,
  };
}

/** GPUs priced for a machine: built into A2/A3/G2 (counted once even if also listed), attachable to N1 only. */
function attachedGpus(shape: MachineShape, requested: PricedShape['gpu']): { type: GpuType; count: number } | undefined {
  const req = requested && requested.count > 0 ? { type: gpuType(requested.type), count: requested.count } : undefined;
  if (shape.builtInGpu) {
    if (req && (req.type !== shape.builtInGpu.type || req.count !== shape.builtInGpu.count)) {
      throw new PsmlError(
        `${shape.name} comes with ${shape.builtInGpu.count} × ${shape.builtInGpu.type} built in; ${req.count} × ${req.type} cannot be attached`,
        { field: 'gpu', hint: 'remove the gpu setting (the GPUs of accelerator-optimized types are part of the machine type) or make it match' },
      );
    }
    return shape.builtInGpu;
  }
  if (!req) return undefined;
  const allowed = N1_GPU_COUNTS[req.type];
  if (shape.family !== 'n1' && shape.family !== 'custom-n1') {
    throw new PsmlError(`GPUs cannot be attached to ${shape.name}`, {
      field: 'gpu',
      hint: 'attach T4/V100/P4/P100 to an N1 machine, or use an accelerator-optimized type (a2-highgpu-*, a3-highgpu-*, g2-standard-*)',
    });
  }
  if (!allowed) {
    throw new PsmlError(`${req.type} cannot be attached to N1 machines`, {
      field: 'gpu.type',
      hint: `use ${req.type === 'nvidia-l4' ? 'a g2-standard-*' : req.type === 'nvidia-h100-80gb' ? 'an a3-highgpu-*' : 'an a2-*'} machine type instead`,
    });
  }
  if (!allowed.includes(req.count)) {
    throw new PsmlError(`${req.count} × ${req.type} is not a valid GPU count`, { field: 'gpu.count', hint: `use one of ${allowed.join(', ')}` });
  }
  return req;
}

function tierFor(sku: CatalogSku, quantityMilli: bigint) {
  // tiers sorted by start; the last one whose start ≤ usage applies (compute SKUs have a single tier at 0)
  let tier = sku.tiers[0]!;
  for (const t of sku.tiers) if (BigInt(Math.round(t.startUsageAmount * 1000)) <= quantityMilli) tier = t;
  return tier;
}

/** Per machine and hour, in picodollars; converts GB to GiB and per-month to per-hour where the SKU's unit says so. */
function skuCost(sku: CatalogSku, kind: ComponentKind, quantityMilli: bigint, machineType: string, region: string): Money {
  const unitNanos = tierFor(sku, quantityMilli).unitNanos;
  const unit = sku.usageUnit;
  const perHourUnit = kind === 'core' || kind === 'gpu' ? unit === 'h' : kind === 'local-ssd' ? false : unit === 'GiBy.h' || unit === 'GBy.h';
  if (kind === 'local-ssd' && (unit === 'GiBy.mo' || unit === 'GBy.mo')) {
    const gib = unit === 'GBy.mo' ? (cost(unitNanos, quantityMilli) * GIB_PER_GB_NUM) / GIB_PER_GB_DEN : cost(unitNanos, quantityMilli);
    return gib / HOURS_PER_MONTH;
  }
  if (!perHourUnit) {
    throw new PsmlError(`SKU ${sku.skuId} "${sku.description}" is priced per "${unit}", which psml does not convert`, {
      resource: `${machineType} in ${region}`,
      hint: 'report this catalog change; expected "h" for cores and GPUs, "GiBy.h" or "GBy.h" for memory',
    });
  }
  if (unit === 'GBy.h') return (cost(unitNanos, quantityMilli) * GIB_PER_GB_NUM) / GIB_PER_GB_DEN;
  return cost(unitNanos, quantityMilli);
}

function milliToDecimal(m: bigint): string {
  const int = m / 1000n;
  const frac = (m % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}
