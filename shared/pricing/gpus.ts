/** GPU types by their Compute accelerator names (plus short aliases), and which may be attached to N1 machines. */
import { PsmlError } from '../errors.js';
import type { GpuType } from './machine-types.js';
import { closestNames } from '../manifest/problems.js';

export const GPU_LABELS: Record<GpuType, string> = {
  'nvidia-tesla-t4': 'NVIDIA T4',
  'nvidia-tesla-v100': 'NVIDIA V100',
  'nvidia-tesla-p4': 'NVIDIA P4',
  'nvidia-tesla-p100': 'NVIDIA P100',
  'nvidia-l4': 'NVIDIA L4',
  'nvidia-tesla-a100': 'NVIDIA A100 40GB',
  'nvidia-a100-80gb': 'NVIDIA A100 80GB',
  'nvidia-h100-80gb': 'NVIDIA H100 80GB',
};

const ALIASES: Record<string, GpuType> = {
  t4: 'nvidia-tesla-t4',
  v100: 'nvidia-tesla-v100',
  p4: 'nvidia-tesla-p4',
  p100: 'nvidia-tesla-p100',
  l4: 'nvidia-l4',
  a100: 'nvidia-tesla-a100',
  'a100-40': 'nvidia-tesla-a100',
  'a100-40gb': 'nvidia-tesla-a100',
  'nvidia-a100-40gb': 'nvidia-tesla-a100',
  'a100-80': 'nvidia-a100-80gb',
  'a100-80gb': 'nvidia-a100-80gb',
  h100: 'nvidia-h100-80gb',
  'h100-80gb': 'nvidia-h100-80gb',
};

/** GPUs that attach to N1 machines, with the counts Compute Engine allows. */
export const N1_GPU_COUNTS: Partial<Record<GpuType, readonly number[]>> = {
  'nvidia-tesla-t4': [1, 2, 4],
  'nvidia-tesla-v100': [1, 2, 4, 8],
  'nvidia-tesla-p4': [1, 2, 4],
  'nvidia-tesla-p100': [1, 2, 4],
};

export function gpuType(name: string, field = 'gpu.type'): GpuType {
  const n = name.trim().toLowerCase();
  if (n in GPU_LABELS) return n as GpuType;
  const alias = ALIASES[n];
  if (alias) return alias;
  throw new PsmlError(`unknown GPU type "${name}"`, {
    field,
    hint: `closest known types: ${closestNames(n, Object.keys(GPU_LABELS), 3).join(', ')}`,
  });
}

/** `nvidia-tesla-t4:2` (count defaults to 1). */
export function parseGpuSpec(spec: string, field = '--gpu'): { type: GpuType; count: number } {
  const [name, count = '1'] = spec.split(':');
  const n = Number(count);
  if (!name || !Number.isInteger(n) || n < 1) {
    throw new PsmlError(`GPU "${spec}" must be <type>[:<count>] with a positive count`, { field, hint: 'e.g. nvidia-tesla-t4:1' });
  }
  return { type: gpuType(name, field), count: n };
}
