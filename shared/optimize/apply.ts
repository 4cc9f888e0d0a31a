/**
 * `--apply-to`: writes the optimizer's choice into serving manifests so deploy uses it — machine type + GPU type/count
 * for the chosen accelerator and the replica count as serving.replicas.min/max. Edits keep comments and layout
 * (yaml parseDocument). A manifest matches a server by its `service` (or `name`, `metadata.name`), else by its file name.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { PsmlError } from '../errors.js';
import type { OptimizationReport } from './optimizer.js';

export interface GceShape {
  machineType: string;
  gpuType: string;
  gpuCount: number;
}

/** GCE shape of an optimizer accelerator type (a "2xA100" is type A100 × 2 cards on one VM). */
const GCE_TYPES: Record<string, (cards: number) => GceShape | undefined> = {
  T4: (n) => ({ machineType: `n1-standard-${Math.min(4 * n, 64)}`, gpuType: 'nvidia-tesla-t4', gpuCount: n }),
  V100: (n) => ({ machineType: `n1-standard-${Math.min(8 * n, 96)}`, gpuType: 'nvidia-tesla-v100', gpuCount: n }),
  P4: (n) => ({ machineType: `n1-standard-${Math.min(4 * n, 64)}`, gpuType: 'nvidia-tesla-p4', gpuCount: n }),
  L4: (n) => (n === 1 ? { machineType: 'g2-standard-8', gpuType: 'nvidia-l4', gpuCount: 1 } : [2, 4, 8].includes(n) ? { machineType: `g2-standard-${12 * n}`, gpuType: 'nvidia-l4', gpuCount: n } : undefined),
  A100: (n) => ([1, 2, 4, 8, 16].includes(n) ? { machineType: n === 16 ? 'a2-megagpu-16g' : `a2-highgpu-${n}g`, gpuType: 'nvidia-tesla-a100', gpuCount: n } : undefined),
  'A100-40': (n) => GCE_TYPES.A100!(n),
  'A100-80': (n) => ([1, 2, 4, 8].includes(n) ? { machineType: `a2-ultragpu-${n}g`, gpuType: 'nvidia-a100-80gb', gpuCount: n } : undefined),
  H100: (n) => (n === 8 ? { machineType: 'a3-highgpu-8g', gpuType: 'nvidia-h100-80gb', gpuCount: 8 } : [1, 2, 4].includes(n) ? { machineType: `a3-highgpu-${n}g`, gpuType: 'nvidia-h100-80gb', gpuCount: n } : undefined),
  H200: (n) => (n === 8 ? { machineType: 'a3-ultragpu-8g', gpuType: 'nvidia-h200-141gb', gpuCount: 8 } : undefined),
};

export function gceShape(type: string, cards: number): GceShape | undefined {
  const key = Object.keys(GCE_TYPES).find((k) => k.toLowerCase() === type.toLowerCase());
  return key ? GCE_TYPES[key]!(cards) : undefined;
}

/** Accelerator name → (type, cards per replica): "2xA100" → A100 × 2; a plain name is its own type × 1. */
export function parseAcceleratorName(name: string): { type: string; cards: number } {
  const m = /^(\d+)x(.+)$/i.exec(name);
  return m ? { type: m[2]!, cards: Number(m[1]) } : { type: name, cards: 1 };
}

export async function applyToManifests(dir: string, report: OptimizationReport): Promise<string[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    throw new PsmlError(`manifest directory ${dir} cannot be read`, { field: 'apply-to', resource: dir, hint: 'pass the directory holding the experiment manifests' });
  }
  const changed: string[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const text = await readFile(path, 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length || !doc.has('serving')) continue;
    const name = String(doc.get('service') ?? doc.get('name') ?? doc.getIn(['metadata', 'name']) ?? basename(f, extname(f)));
    const alloc = report.allocations[name];
    if (!alloc) continue;
    const { type, cards } = parseAcceleratorName(alloc.accelerator);
    const shape = gceShape(type, cards);
    if (!shape) {
      problems.push(`${f}: no Compute Engine machine type known for ${alloc.accelerator}`);
      continue;
    }
    doc.setIn(['serving', 'machineType'], shape.machineType);
    doc.setIn(['serving', 'gpu', 'type'], shape.gpuType);
    doc.setIn(['serving', 'gpu', 'count'], shape.gpuCount);
    doc.setIn(['serving', 'replicas', 'min'], alloc.numReplicas);
    doc.setIn(['serving', 'replicas', 'max'], Math.max(alloc.numReplicas, 1));
    if (alloc.spot) doc.setIn(['serving', 'spot'], true);
    const out = doc.toString();
    if (out !== text) {
      await writeFile(path, out);
      changed.push(path);
    }
  }
  if (problems.length) {
    throw new PsmlError(`cannot apply ${problems.length} allocation(s): ${problems[0]}`, {
      field: 'apply-to',
      resource: dir,
      details: problems.slice(1),
      hint: 'set serving.machineType and serving.gpu in those manifests by hand',
    });
  }
  return changed;
}
