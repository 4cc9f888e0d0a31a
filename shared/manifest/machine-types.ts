/**
 * Shapes of common Compute Engine machine types (vCPU, memory GiB, built-in GPUs) and the choice of the smallest
 * adequate one for a resource request. Shapes are public facts from the Compute Engine machine families documentation.
 */
import { PsmlError } from '../errors.js';
import { GiB } from './quantity.js';

export interface MachineShape {
  name: string;
  family: string;
  /** vCPUs the guest sees. */
  vcpus: number;
  /** Sustained vCPU share (shared-core e2-micro/small/medium get a fraction of 2 vCPUs). */
  effectiveVcpus: number;
  memoryGiB: number;
  /** GPUs that come with the machine type (g2: L4, a2: A100, a3: H100). */
  builtinGpu?: { type: string; count: number };
  sharedCore?: boolean;
}

/** GPUs that are attached to N1 machines as `guestAccelerators`, with the counts allowed per VM. */
export const ATTACHABLE_GPUS: Record<string, { families: string[]; counts: number[] }> = {
  'nvidia-tesla-t4': { families: ['n1'], counts: [1, 2, 4] },
  'nvidia-tesla-v100': { families: ['n1'], counts: [1, 2, 4, 8] },
  'nvidia-tesla-p100': { families: ['n1'], counts: [1, 2, 4] },
  'nvidia-tesla-p4': { families: ['n1'], counts: [1, 2, 4] },
};

/** GPU types that only come built into a machine family. */
export const BUILTIN_GPUS: Record<string, string> = {
  'nvidia-l4': 'g2',
  'nvidia-tesla-a100': 'a2',
  'nvidia-a100-80gb': 'a2',
  'nvidia-h100-80gb': 'a3',
};

export const GPU_TYPES = [...Object.keys(ATTACHABLE_GPUS), ...Object.keys(BUILTIN_GPUS)];

function series(family: string, kind: string, perVcpu: number, sizes: number[]): MachineShape[] {
  return sizes.map((n) => ({ name: `${family}-${kind}-${n}`, family, vcpus: n, effectiveVcpus: n, memoryGiB: n * perVcpu }));
}

export const MACHINE_SHAPES: readonly MachineShape[] = [
  { name: 'e2-micro', family: 'e2', vcpus: 2, effectiveVcpus: 0.25, memoryGiB: 1, sharedCore: true },
  { name: 'e2-small', family: 'e2', vcpus: 2, effectiveVcpus: 0.5, memoryGiB: 2, sharedCore: true },
  { name: 'e2-medium', family: 'e2', vcpus: 2, effectiveVcpus: 1, memoryGiB: 4, sharedCore: true },
  ...series('e2', 'standard', 4, [2, 4, 8, 16, 32]),
  ...series('e2', 'highmem', 8, [2, 4, 8, 16]),
  ...series('e2', 'highcpu', 1, [2, 4, 8, 16, 32]),
  ...series('n1', 'standard', 3.75, [1, 2, 4, 8, 16, 32, 64, 96]),
  ...series('n1', 'highmem', 6.5, [2, 4, 8, 16, 32, 64, 96]),
  ...series('n1', 'highcpu', 0.9, [2, 4, 8, 16, 32, 64, 96]),
  ...series('n2', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]),
  ...series('n2', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]),
  ...series('n2', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96]),
  ...series('n2d', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]),
  ...series('n2d', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96]),
  ...series('n2d', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]),
  ...series('c2', 'standard', 4, [4, 8, 16, 30, 60]),
  ...(
    [
      [4, 16, 1], [8, 32, 1], [12, 48, 1], [16, 64, 1], [24, 96, 2], [32, 128, 1], [48, 192, 4], [96, 384, 8],
    ] as const
  ).map(([v, m, g]) => ({ name: `g2-standard-${v}`, family: 'g2', vcpus: v, effectiveVcpus: v, memoryGiB: m, builtinGpu: { type: 'nvidia-l4', count: g } })),
  ...([[1, 12, 85], [2, 24, 170], [4, 48, 340], [8, 96, 680]] as const).map(([g, v, m]) => ({
    name: `a2-highgpu-${g}g`, family: 'a2', vcpus: v, effectiveVcpus: v, memoryGiB: m, builtinGpu: { type: 'nvidia-tesla-a100', count: g },
  })),
  { name: 'a2-megagpu-16g', family: 'a2', vcpus: 96, effectiveVcpus: 96, memoryGiB: 1360, builtinGpu: { type: 'nvidia-tesla-a100', count: 16 } },
  ...([[1, 12, 170], [2, 24, 340], [4, 48, 680], [8, 96, 1360]] as const).map(([g, v, m]) => ({
    name: `a2-ultragpu-${g}g`, family: 'a2', vcpus: v, effectiveVcpus: v, memoryGiB: m, builtinGpu: { type: 'nvidia-a100-80gb', count: g },
  })),
  { name: 'a3-highgpu-8g', family: 'a3', vcpus: 208, effectiveVcpus: 208, memoryGiB: 1872, builtinGpu: { type: 'nvidia-h100-80gb', count: 8 } },
];

const BY_NAME = new Map(MACHINE_SHAPES.map((s) => [s.name, s]));
export const MACHINE_FAMILIES = [...new Set(MACHINE_SHAPES.map((s) => s.family))];

/** Shape of a known machine type, or of a custom type (`n1-custom-4-16384`, `n2-custom-8-32768`). */
export function machineShape(name: string): MachineShape | undefined {
  const known = BY_NAME.get(name);
  if (known) return known;
  const custom = /^(?:(n1|n2|n2d|e2)-)?custom-(\d+)-(\d+)(?:-ext)?$/.exec(name);
  if (custom) {
    const vcpus = Number(custom[2]);
    return { name, family: custom[1] ?? 'n1', vcpus, effectiveVcpus: vcpus, memoryGiB: Number(custom[3]) / 1024 };
  }
  return undefined;
}

export interface MachineRequest {
  /** Cores (`500m` → 0.5). */
  cpu: number;
  /** Bytes. */
  memoryBytes: number;
  gpu?: { type: string; count: number };
}

export interface ChooseOptions {
  /** Families to consider (default: all that fit the GPU, else e2, n2, n1, n2d, c2). */
  families?: string[];
  /** Memory kept free for the OS, Docker and the serving agent (default 0.5 GiB). */
  reservedMemoryGiB?: number;
  /** Allow e2-micro/small/medium (default true). */
  allowSharedCore?: boolean;
  /** Picks one of the adequate candidates (e.g. the cheapest by the price catalog); default: the first (smallest). */
  cheapest?: (candidates: readonly MachineShape[]) => MachineShape | string;
}

const CPU_FAMILY_ORDER = ['e2', 'n2', 'n2d', 'n1', 'c2'];

/** GPU-compatible families for a request: attachable GPUs → n1; built-in GPUs → their family. */
function familiesFor(gpu: MachineRequest['gpu']): string[] {
  if (!gpu) return CPU_FAMILY_ORDER;
  const attach = ATTACHABLE_GPUS[gpu.type];
  if (attach) return attach.families;
  const builtin = BUILTIN_GPUS[gpu.type];
  if (builtin) return [builtin];
  throw new PsmlError(`unknown GPU type "${gpu.type}"`, { field: 'gpu.type', hint: `use one of ${GPU_TYPES.join(', ')}` });
}

/** Whether `shape` can serve `gpu` (built-in count matches exactly, or the GPU attaches to the family). */
export function shapeSupportsGpu(shape: MachineShape, gpu: MachineRequest['gpu']): boolean {
  if (!gpu) return shape.builtinGpu === undefined;
  if (shape.builtinGpu) return shape.builtinGpu.type === gpu.type && shape.builtinGpu.count === gpu.count;
  const attach = ATTACHABLE_GPUS[gpu.type];
  return attach !== undefined && attach.families.includes(shape.family) && attach.counts.includes(gpu.count);
}

/** All adequate shapes, smallest first (vCPUs, then memory, then family order). */
export function adequateMachineTypes(req: MachineRequest, opts: ChooseOptions = {}): MachineShape[] {
  const families = opts.families ?? familiesFor(req.gpu);
  const reserved = (opts.reservedMemoryGiB ?? 0.5) * GiB;
  const order = (f: string) => {
    const i = families.indexOf(f);
    return i < 0 ? families.length : i;
  };
  return MACHINE_SHAPES.filter(
    (s) =>
      families.includes(s.family) &&
      (opts.allowSharedCore ?? true ? true : !s.sharedCore) &&
      s.effectiveVcpus >= req.cpu &&
      s.memoryGiB * GiB >= req.memoryBytes + reserved &&
      shapeSupportsGpu(s, req.gpu),
  ).sort((a, b) => a.effectiveVcpus - b.effectiveVcpus || a.memoryGiB - b.memoryGiB || order(a.family) - order(b.family));
}

/** The smallest adequate machine type, or the one `opts.cheapest` picks among the adequate ones. */
export function chooseMachineType(req: MachineRequest, opts: ChooseOptions = {}): MachineShape {
  const candidates = adequateMachineTypes(req, opts);
  if (candidates.length === 0) {
    const gpu = req.gpu ? ` with ${req.gpu.count}× ${req.gpu.type}` : '';
    throw new PsmlError(
      `no machine type has ${req.cpu} vCPU and ${(req.memoryBytes / GiB).toFixed(2)} GiB memory${gpu}`,
      { field: 'resourceLimits', hint: 'lower the resource limits or set serving.machineType explicitly' },
    );
  }
  if (!opts.cheapest) return candidates[0]!;
  const picked = opts.cheapest(candidates);
  const name = typeof picked === 'string' ? picked : picked.name;
  const shape = candidates.find((c) => c.name === name);
  if (!shape) throw new Error(`cheapest() returned "${name}", which is not one of the candidates`);
  return shape;
}
