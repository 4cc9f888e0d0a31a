/**
 * `--apply-to`: writes the optimizer's choice into serving manifests so deploy uses it — machine type + GPU type/count
 * for the chosen accelerator (checked against the manifests' GPU and machine tables) and the replica count as
 * serving.replicas.min/max. Edits keep comments and layout
 * (yaml parseDocument). A manifest matches a server by its `service` (or `name`, `metadata.name`), else by its file name.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { PsmlError } from '../errors.js';
import { chooseMachineType, GPU_TYPES } from '../manifest/machine-types.js';
import { loadExperimentText } from '../manifest/load.js';
import { GiB } from '../manifest/quantity.js';
import { gpuType as pricingGpuType } from '../pricing/gpus.js';
import type { OptimizationReport } from './optimizer.js';

export interface GceShape {
  machineType: string;
  gpuType: string;
  gpuCount: number;
}

/**
 * GCE shape for `cards` GPUs of an optimizer accelerator type: the GPU type must be one the manifests know (GPU_TYPES;
 * a GCE name such as `nvidia-l4` is accepted as is) and the machine type is the manifests' own choice for it
 * (chooseMachineType: built-in GPU families by exact count, N1 for attachable GPUs with 4 vCPU / 12 GiB per GPU).
 */
export function gceShape(type: string, cards: number): GceShape | undefined {
  // optimizer accelerator types are short names (T4, L4, A100-80): pricing's aliases map them to Compute Engine's
  let gpuType: string;
  try {
    gpuType = pricingGpuType(type);
  } catch {
    return undefined;
  }
  if (!GPU_TYPES.includes(gpuType)) return undefined;
  try {
    const shape = chooseMachineType({ cpu: 4 * cards, memoryBytes: 12 * GiB * cards, gpu: { type: gpuType, count: cards } });
    return { machineType: shape.name, gpuType, gpuCount: cards };
  } catch {
    return undefined;
  }
}

/** Accelerator name → (type, cards per replica): "2xA100" → A100 × 2; a plain name is its own type × 1. */
export function parseAcceleratorName(name: string): { type: string; cards: number } {
  const m = /^(\d+)x(.+)$/i.exec(name);
  return m ? { type: m[2]!, cards: Number(m[1]) } : { type: name, cards: 1 };
}

/**
 * Rewrites the serving section of every manifest in `dir` whose service has an allocation. Each rewritten manifest is
 * loaded with the manifest loader before anything is written: all files are written, or none.
 */
export async function applyToManifests(dir: string, report: OptimizationReport): Promise<string[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort();
  } catch {
    throw new PsmlError(`manifest directory ${dir} cannot be read`, { field: 'apply-to', resource: dir, hint: 'pass the directory holding the experiment manifests' });
  }
  const writes: { path: string; text: string }[] = [];
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
      problems.push(`${f}: no Compute Engine machine type known for ${alloc.accelerator} (GPU types: ${GPU_TYPES.join(', ')})`);
      continue;
    }
    doc.setIn(['serving', 'machineType'], shape.machineType);
    doc.setIn(['serving', 'gpu'], doc.createNode({ type: shape.gpuType, count: shape.gpuCount }, { flow: true }));
    doc.setIn(['serving', 'replicas'], doc.createNode({ min: alloc.numReplicas, max: Math.max(alloc.numReplicas, 1) }, { flow: true }));
    if (alloc.spot) doc.setIn(['serving', 'spot'], true);
    const out = doc.toString();
    if (out === text) continue;
    try {
      loadExperimentText(out, path); // as deploy will load it (psml.yaml looked up from the manifest's directory)
    } catch (e) {
      problems.push(`${f}: the updated manifest does not load: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    writes.push({ path, text: out });
  }
  if (problems.length) {
    throw new PsmlError(`cannot apply ${problems.length} allocation(s), no manifest was changed: ${problems[0]}`, {
      field: 'apply-to',
      resource: dir,
      details: problems.slice(1),
      hint: 'set serving.machineType and serving.gpu in those manifests by hand, or restrict the optimizer to GCE GPU types',
    });
  }
  for (const w of writes) await writeFile(w.path, w.text);
  return writes.map((w) => w.path);
}
