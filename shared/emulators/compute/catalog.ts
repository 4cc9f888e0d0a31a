/**
 * Public facts about zones, machine types and accelerator types (shapes as the real API returns them), for the
 * zones the emulator offers. Availability per zone follows Google's published GPU regions and zones tables.
 */
export const ZONES = [
  'us-central1-a',
  'us-central1-b',
  'us-central1-c',
  'us-central1-f',
  'us-east1-b',
  'us-east1-c',
  'us-east1-d',
  'us-west1-a',
  'us-west1-b',
  'europe-west4-a',
  'europe-west4-b',
  'europe-west4-c',
] as const;

export const regionOf = (zone: string): string => zone.replace(/-[a-z]$/, '');
export const REGIONS = [...new Set(ZONES.map(regionOf))];
export const zonesOf = (region: string): string[] => ZONES.filter((z) => regionOf(z) === region);
export const isZone = (z: string): boolean => (ZONES as readonly string[]).includes(z);
export const isRegion = (r: string): boolean => REGIONS.includes(r);

export interface AcceleratorSpec {
  name: string;
  description: string;
  maximumCardsPerInstance: number;
  zones: string[];
}

export const ACCELERATORS: AcceleratorSpec[] = [
  {
    name: 'nvidia-tesla-t4',
    description: 'NVIDIA T4',
    maximumCardsPerInstance: 4,
    zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f', 'us-east1-c', 'us-east1-d', 'us-west1-a', 'us-west1-b', 'europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
  },
  {
    name: 'nvidia-tesla-v100',
    description: 'NVIDIA V100',
    maximumCardsPerInstance: 8,
    zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f', 'us-west1-a', 'us-west1-b', 'europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
  },
  { name: 'nvidia-tesla-p4', description: 'NVIDIA P4', maximumCardsPerInstance: 4, zones: ['us-central1-a', 'us-central1-c', 'europe-west4-b', 'europe-west4-c'] },
  {
    name: 'nvidia-tesla-p100',
    description: 'NVIDIA P100',
    maximumCardsPerInstance: 4,
    zones: ['us-central1-c', 'us-central1-f', 'us-east1-b', 'us-east1-c', 'us-west1-a', 'us-west1-b', 'europe-west4-a'],
  },
  {
    name: 'nvidia-l4',
    description: 'NVIDIA L4',
    maximumCardsPerInstance: 8,
    zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-east1-b', 'us-east1-c', 'us-east1-d', 'us-west1-a', 'us-west1-b', 'europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
  },
  {
    name: 'nvidia-tesla-a100',
    description: 'NVIDIA A100 40GB',
    maximumCardsPerInstance: 16,
    zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f', 'us-east1-b', 'us-west1-b', 'europe-west4-a', 'europe-west4-b'],
  },
  { name: 'nvidia-a100-80gb', description: 'NVIDIA A100 80GB', maximumCardsPerInstance: 8, zones: ['us-central1-a', 'us-central1-c', 'us-east1-b', 'europe-west4-a'] },
  { name: 'nvidia-h100-80gb', description: 'NVIDIA H100 80GB', maximumCardsPerInstance: 8, zones: ['us-central1-a', 'us-central1-c', 'us-west1-a', 'europe-west4-b', 'europe-west4-c'] },
];

export interface MachineTypeSpec {
  name: string;
  guestCpus: number;
  memoryMb: number;
  isSharedCpu: boolean;
  /** GPUs that come with the machine type (accelerator-optimized families) */
  accelerators?: { guestAcceleratorType: string; guestAcceleratorCount: number }[];
  /** only in zones offering this accelerator */
  requires?: string;
}

const GB = 1024;
function family(prefix: string, sizes: number[], mbPerCpu: number): MachineTypeSpec[] {
  return sizes.map((n) => ({ name: `${prefix}-${n}`, guestCpus: n, memoryMb: Math.round(mbPerCpu * n), isSharedCpu: false }));
}
const gpuFamily = (acc: string, rows: [string, number, number, number][]): MachineTypeSpec[] =>
  rows.map(([name, cpus, memGb, gpus]) => ({
    name,
    guestCpus: cpus,
    memoryMb: memGb * GB,
    isSharedCpu: false,
    accelerators: [{ guestAcceleratorType: acc, guestAcceleratorCount: gpus }],
    requires: acc,
  }));

export const MACHINE_TYPES: MachineTypeSpec[] = [
  { name: 'e2-micro', guestCpus: 2, memoryMb: 1 * GB, isSharedCpu: true },
  { name: 'e2-small', guestCpus: 2, memoryMb: 2 * GB, isSharedCpu: true },
  { name: 'e2-medium', guestCpus: 2, memoryMb: 4 * GB, isSharedCpu: true },
  ...family('e2-standard', [2, 4, 8, 16, 32], 4 * GB),
  ...family('e2-highmem', [2, 4, 8, 16], 8 * GB),
  ...family('e2-highcpu', [2, 4, 8, 16, 32], 1 * GB),
  ...family('n1-standard', [1, 2, 4, 8, 16, 32, 64, 96], 3.75 * GB),
  ...family('n1-highmem', [2, 4, 8, 16, 32, 64, 96], 6.5 * GB),
  ...family('n1-highcpu', [2, 4, 8, 16, 32, 64, 96], 0.9 * GB),
  ...family('n2-standard', [2, 4, 8, 16, 32, 48, 64, 80, 96, 128], 4 * GB),
  ...family('n2-highmem', [2, 4, 8, 16, 32, 48, 64, 80, 96, 128], 8 * GB),
  ...family('n2-highcpu', [2, 4, 8, 16, 32, 48, 64, 80, 96], 1 * GB),
  ...family('c2-standard', [4, 8, 16, 30, 60], 4 * GB),
  ...gpuFamily('nvidia-l4', [
    ['g2-standard-4', 4, 16, 1],
    ['g2-standard-8', 8, 32, 1],
    ['g2-standard-12', 12, 48, 1],
    ['g2-standard-16', 16, 64, 1],
    ['g2-standard-24', 24, 96, 2],
    ['g2-standard-32', 32, 128, 1],
    ['g2-standard-48', 48, 192, 4],
    ['g2-standard-96', 96, 384, 8],
  ]),
  ...gpuFamily('nvidia-tesla-a100', [
    ['a2-highgpu-1g', 12, 85, 1],
    ['a2-highgpu-2g', 24, 170, 2],
    ['a2-highgpu-4g', 48, 340, 4],
    ['a2-highgpu-8g', 96, 680, 8],
    ['a2-megagpu-16g', 96, 1360, 16],
  ]),
  ...gpuFamily('nvidia-a100-80gb', [
    ['a2-ultragpu-1g', 12, 170, 1],
    ['a2-ultragpu-2g', 24, 340, 2],
    ['a2-ultragpu-4g', 48, 680, 4],
    ['a2-ultragpu-8g', 96, 1360, 8],
  ]),
  ...gpuFamily('nvidia-h100-80gb', [
    ['a3-highgpu-1g', 26, 234, 1],
    ['a3-highgpu-2g', 52, 468, 2],
    ['a3-highgpu-4g', 104, 936, 4],
    ['a3-highgpu-8g', 208, 1872, 8],
  ]),
];

const byName = new Map(MACHINE_TYPES.map((m) => [m.name, m]));
const accByName = new Map(ACCELERATORS.map((a) => [a.name, a]));

export function machineTypeIn(zone: string, name: string): MachineTypeSpec | undefined {
  const m = byName.get(name);
  if (!m || !isZone(zone)) return undefined;
  if (m.requires && !accByName.get(m.requires)?.zones.includes(zone)) return undefined;
  return m;
}
export const machineTypeAnywhere = (name: string, zones: readonly string[] = ZONES) => zones.find((z) => machineTypeIn(z, name));
export const acceleratorIn = (zone: string, name: string) => {
  const a = accByName.get(name);
  return a && a.zones.includes(zone) ? a : undefined;
};
export const machineTypesIn = (zone: string) => MACHINE_TYPES.filter((m) => machineTypeIn(zone, m.name));
export const acceleratorsIn = (zone: string) => ACCELERATORS.filter((a) => a.zones.includes(zone));

/** Stable numeric ids so the catalogue looks the same on every start. */
export function stableId(s: string): string {
  let h = 1469598103934665603n;
  for (const ch of s) h = ((h ^ BigInt(ch.charCodeAt(0))) * 1099511628211n) & 0xffffffffffffffffn;
  return (h % 9000000000000000000n + 1000000000000000000n).toString();
}

export const CATALOG_TIMESTAMP = '1969-12-31T16:00:00.000-08:00';
export const MAX_PD_GB = '263168';
