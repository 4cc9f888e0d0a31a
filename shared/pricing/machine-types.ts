/**
 * Machine shapes: vCPUs and memory are not in the billing catalog, so they come from this shipped table (public
 * Compute Engine documentation). Accelerator-optimized types carry their built-in GPUs (and bundled local SSD), so the
 * GPUs are priced exactly once, from here. Shared-core E2 types bill fractional vCPUs although the API reports 2.
 */
import { PsmlError } from '../errors.js';
import { milli } from './money.js';
import { closestNames } from '../manifest/problems.js';

/** The family whose SKUs price a machine's cores and RAM. `custom-n1` etc. are custom machine types of that family. */
export type SkuFamily =
  | 'n1' | 'n2' | 'n2d' | 'e2' | 'c2' | 'c2d' | 'c3' | 'a2' | 'a3' | 'g2' | 't2d' | 'm1'
  | 'custom-n1' | 'custom-n2' | 'custom-n2d';

export type GpuType =
  | 'nvidia-tesla-t4' | 'nvidia-tesla-v100' | 'nvidia-tesla-p4' | 'nvidia-tesla-p100' | 'nvidia-l4'
  | 'nvidia-tesla-a100' | 'nvidia-a100-80gb' | 'nvidia-h100-80gb';

export interface MachineShape {
  name: string;
  family: SkuFamily;
  /** Billed vCPUs in thousandths (e2-micro: 250). */
  vcpuMilli: bigint;
  /** Billed memory in thousandths of GiB, at the family's standard rate. */
  memoryMilli: bigint;
  /** Custom types: memory above the family's per-vCPU limit, billed on the Extended RAM SKU. */
  extendedMemoryMilli?: bigint;
  /** GPUs built into accelerator-optimized types (A2, A3, G2). */
  builtInGpu?: { type: GpuType; count: number };
  /** Local SSD bundled with a2-ultragpu / a3 types (GiB). */
  bundledLocalSsdGiB?: number;
}

interface Row {
  vcpus: number;
  memGiB: number;
  gpu?: { type: GpuType; count: number };
  ssdGiB?: number;
  /** Billed vCPUs when they differ from the reported ones (shared core). */
  billedVcpus?: number;
}

const table = new Map<string, Row & { family: SkuFamily }>();

function series(family: SkuFamily, kind: string, gibPerVcpu: number, sizes: number[]): void {
  for (const n of sizes) table.set(`${family}-${kind}-${n}`, { family, vcpus: n, memGiB: n * gibPerVcpu });
}

series('n1', 'standard', 3.75, [1, 2, 4, 8, 16, 32, 64, 96]);
series('n1', 'highmem', 6.5, [2, 4, 8, 16, 32, 64, 96]);
series('n1', 'highcpu', 0.9, [2, 4, 8, 16, 32, 64, 96]);
series('n2', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]);
series('n2', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]);
series('n2', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96]);
series('n2d', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]);
series('n2d', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96]);
series('n2d', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]);
series('e2', 'standard', 4, [2, 4, 8, 16, 32]);
series('e2', 'highmem', 8, [2, 4, 8, 16]);
series('e2', 'highcpu', 1, [2, 4, 8, 16, 32]);
series('c2', 'standard', 4, [4, 8, 16, 30, 60]);
series('c2d', 'standard', 4, [2, 4, 8, 16, 32, 56, 112]);
series('c2d', 'highcpu', 2, [2, 4, 8, 16, 32, 56, 112]);
series('c2d', 'highmem', 8, [2, 4, 8, 16, 32, 56, 112]);
series('c3', 'standard', 4, [4, 8, 22, 44, 88, 176]);
series('c3', 'highcpu', 2, [4, 8, 22, 44, 88, 176]);
series('c3', 'highmem', 8, [4, 8, 22, 44, 88, 176]);
series('t2d', 'standard', 4, [1, 2, 4, 8, 16, 32, 48, 60]);
// shared core: the API reports 2 vCPUs, billing uses a fraction of one
table.set('e2-micro', { family: 'e2', vcpus: 2, billedVcpus: 0.25, memGiB: 1 });
table.set('e2-small', { family: 'e2', vcpus: 2, billedVcpus: 0.5, memGiB: 2 });
table.set('e2-medium', { family: 'e2', vcpus: 2, billedVcpus: 1, memGiB: 4 });
table.set('m1-megamem-96', { family: 'm1', vcpus: 96, memGiB: 1433.6 });
table.set('m1-ultramem-40', { family: 'm1', vcpus: 40, memGiB: 961 });
table.set('m1-ultramem-80', { family: 'm1', vcpus: 80, memGiB: 1922 });
table.set('m1-ultramem-160', { family: 'm1', vcpus: 160, memGiB: 3844 });
for (const [n, v, m] of [[1, 12, 85], [2, 24, 170], [4, 48, 340], [8, 96, 680]] as const) {
  table.set(`a2-highgpu-${n}g`, { family: 'a2', vcpus: v, memGiB: m, gpu: { type: 'nvidia-tesla-a100', count: n } });
}
table.set('a2-megagpu-16g', { family: 'a2', vcpus: 96, memGiB: 1360, gpu: { type: 'nvidia-tesla-a100', count: 16 } });
for (const [n, v, m] of [[1, 12, 170], [2, 24, 340], [4, 48, 680], [8, 96, 1360]] as const) {
  table.set(`a2-ultragpu-${n}g`, { family: 'a2', vcpus: v, memGiB: m, gpu: { type: 'nvidia-a100-80gb', count: n }, ssdGiB: 375 * n });
}
for (const [n, v, m] of [[1, 26, 234], [2, 52, 468], [4, 104, 936], [8, 208, 1872]] as const) {
  table.set(`a3-highgpu-${n}g`, { family: 'a3', vcpus: v, memGiB: m, gpu: { type: 'nvidia-h100-80gb', count: n }, ssdGiB: 750 * n });
}
for (const [size, v, m, g] of [[4, 4, 16, 1], [8, 8, 32, 1], [12, 12, 48, 1], [16, 16, 64, 1], [24, 24, 96, 2], [32, 32, 128, 1], [48, 48, 192, 4], [96, 96, 384, 8]] as const) {
  table.set(`g2-standard-${size}`, { family: 'g2', vcpus: v, memGiB: m, gpu: { type: 'nvidia-l4', count: g } });
}

/** Names of all machine types in the shipped table. */
export const knownMachineTypes = (): string[] => [...table.keys()];

/** Custom types: `custom-6-20480`, `n2-custom-8-32768`, `n2d-custom-4-16384-ext`, `e2-custom-4-8192`. */
const CUSTOM = /^(?:(n2|n2d|e2)-)?custom-(\d+)-(\d+)(-ext)?$/;
/** GiB per vCPU above which custom memory is billed as extended memory. */
const EXTENDED_ABOVE: Record<string, number> = { n1: 6.5, n2: 8, n2d: 8 };

export function machineShape(name: string): MachineShape {
  const row = table.get(name);
  if (row) {
    return {
      name,
      family: row.family,
      vcpuMilli: milli(row.billedVcpus ?? row.vcpus),
      memoryMilli: milli(row.memGiB),
      builtInGpu: row.gpu,
      bundledLocalSsdGiB: row.ssdGiB,
    };
  }
  const c = CUSTOM.exec(name);
  if (c) return customShape(name, (c[1] ?? 'n1') as 'n1' | 'n2' | 'n2d' | 'e2', Number(c[2]), Number(c[3]), Boolean(c[4]));
  throw new PsmlError(`unknown machine type "${name}"`, {
    field: 'machineType',
    hint: `closest known types: ${closestNames(name, table.keys(), 3).join(', ')} (or a custom type such as n2-custom-8-32768)`,
  });
}

function customShape(name: string, series: 'n1' | 'n2' | 'n2d' | 'e2', vcpus: number, memMb: number, ext: boolean): MachineShape {
  const bad = (why: string) => new PsmlError(`custom machine type "${name}" ${why}`, { field: 'machineType' });
  if (vcpus < 1) throw bad('needs at least 1 vCPU');
  if (memMb % 256 !== 0) throw bad('must have memory in multiples of 256 MB');
  const memMilli = (BigInt(memMb) * 1000n) / 1024n; // exact: 256 MB = 250 milli-GiB
  const limit = EXTENDED_ABOVE[series];
  if (series === 'e2') {
    if (ext) throw bad('cannot use extended memory (E2 has none)');
    // E2 custom types bill on the E2 core/RAM SKUs
    return { name, family: 'e2', vcpuMilli: milli(vcpus), memoryMilli: memMilli };
  }
  const standardMilli = milli(vcpus * limit!);
  if (memMilli > standardMilli && !ext) throw bad(`has more than ${limit} GiB per vCPU: add the "-ext" suffix (extended memory)`);
  const extended = memMilli > standardMilli ? memMilli - standardMilli : 0n;
  return {
    name,
    family: `custom-${series}`,
    vcpuMilli: milli(vcpus),
    memoryMilli: memMilli - extended,
    extendedMemoryMilli: extended > 0n ? extended : undefined,
  };
}
