/**
 * From a validated manifest (either kind) plus psml.yaml to the normalized `Experiment`: defaults applied,
 * images resolved, machine types chosen, GPU/machine compatibility checked. Problems are collected, not thrown.
 */
import type { ProjectConfig } from '../config/project.js';
import { registryPrefix } from '../config/project.js';
import type { Experiment, ServingSpec, TrainingSpec } from './experiment.js';
import {
  ATTACHABLE_GPUS,
  BUILTIN_GPUS,
  GPU_TYPES,
  MACHINE_FAMILIES,
  MACHINE_SHAPES,
  chooseMachineType,
  machineShape,
  type ChooseOptions,
} from './machine-types.js';
import { didYouMean, type Path, type ProblemList } from './problems.js';
import { GiB, parseCpu, parseMemory } from './quantity.js';
import type { ExperimentDefaults, ExperimentManifest, MLComponentManifest, ServingManifest, TrainingManifest } from './schema.js';
import { isPsmlError } from '../errors.js';

export interface NormalizeOptions {
  /** psml.yaml (defaults, image names, registry, region); null/undefined: none. */
  project?: ProjectConfig | null;
  /** Revision for MLComponent manifests (default: annotation `psml.dev/version`, else 1.0). */
  version?: { major: number; minor: number };
  /** Machine-type choice for resource requests (the pricing module passes `cheapest`). */
  machineTypes?: ChooseOptions;
}

export const RESERVED_LABELS = ['managed-by', 'psml-service', 'psml-revision'];
export const DEFAULT_HEALTH_CHECK_PATH = '/v2/health/ready';
export const DEFAULT_PORT = 8080;
export const MLCOMPONENT_VERSION_ANNOTATION = 'psml.dev/version';
export const MLCOMPONENT_GPU_ANNOTATION = 'psml.dev/gpu-type';

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `1h30m` → 5400; numbers are seconds. */
export function durationSeconds(d: string | number): number {
  if (typeof d === 'number') return d;
  let total = 0;
  for (const m of d.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) total += Number(m[1]) * UNITS[m[2]!]!;
  return total;
}

export function parseVersion(v: string | { major: number; minor: number }): { major: number; minor: number } {
  if (typeof v !== 'string') return { major: v.major, minor: v.minor };
  const [major, minor] = v.split('.').map(Number);
  return { major: major!, minor: minor! };
}

type EnvInput = Record<string, string | number | boolean> | { name: string; value: string | number | boolean }[];

function envRecord(env: EnvInput | undefined, path: Path, problems: ProblemList): Record<string, string> {
  const out: Record<string, string> = {};
  if (!env) return out;
  if (Array.isArray(env)) {
    env.forEach((e, i) => {
      if (e.name in out) problems.add([...path, i, 'name'], `duplicate environment variable "${e.name}"`);
      out[e.name] = String(e.value);
    });
  } else {
    for (const [k, v] of Object.entries(env)) out[k] = String(v);
  }
  return out;
}

/** Section defaults first, then the manifest; env maps are merged by name. */
function mergeSection<T extends { env?: EnvInput }>(
  defaults: T | undefined,
  section: T,
  path: Path,
  problems: ProblemList,
): T & { envMap: Record<string, string> } {
  const envMap = { ...envRecord(defaults?.env, path, problems), ...envRecord(section.env, [...path, 'env'], problems) };
  return { ...(defaults ?? ({} as T)), ...stripUndefined(section), envMap };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Resolves a simple psml.yaml image name (`trainer`, `trainer:tag`) to a full reference; full references pass through. */
export function resolveImage(
  ref: string,
  project: ProjectConfig | null | undefined,
  path: Path,
  problems: ProblemList,
): { image: string; imageName?: string } {
  if (ref.includes('/')) return { image: ref };
  const m = /^([a-z0-9][a-z0-9._-]*)((?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?)$/.exec(ref);
  if (!m) {
    problems.add(path, `expected a psml.yaml image name or a full image reference, found ${JSON.stringify(ref)}`);
    return { image: ref };
  }
  const [, name, tag] = m as unknown as [string, string, string];
  if (!project) return { image: ref, imageName: name };
  if (!(name in project.images)) {
    const guess = didYouMean(name, Object.keys(project.images));
    const known = Object.keys(project.images);
    problems.add(
      path,
      `image "${name}" is not defined in psml.yaml \`images:\``,
      guess ? `did you mean "${guess}"?` : known.length ? `defined images: ${known.join(', ')}` : 'define it under `images:` in psml.yaml or use a full reference such as docker.io/library/python:3.12',
    );
    return { image: ref, imageName: name };
  }
  return { image: `${registryPrefix(project)}/${name}${tag}`, imageName: name };
}

/** Checks the machine type and its GPUs; returns the effective GPU (built-in GPUs are filled in). */
function checkMachine(
  machineType: string,
  gpu: { type: string; count?: number } | undefined,
  path: Path,
  problems: ProblemList,
): { type: string; count: number } | undefined {
  const want = gpu ? { type: gpu.type, count: gpu.count ?? 1 } : undefined;
  const shape = machineShape(machineType);
  if (!shape) {
    const family = machineType.split('-')[0]!;
    if (MACHINE_FAMILIES.includes(family)) {
      const guess = didYouMean(machineType, MACHINE_SHAPES.filter((s) => s.family === family).map((s) => s.name));
      problems.add([...path, 'machineType'], `unknown machine type "${machineType}"`, guess ? `did you mean "${guess}"?` : undefined);
    }
    return want; // a family this table does not know (c3, n4, …): trust the user and the API
  }
  if (shape.builtinGpu) {
    const b = shape.builtinGpu;
    if (want && (want.type !== b.type || want.count !== b.count)) {
      problems.add([...path, 'gpu'], `${machineType} comes with ${b.count}× ${b.type}, found ${want.count}× ${want.type}`, `remove gpu, or pick a machine type that matches`);
    }
    return { ...b };
  }
  if (!want) return undefined;
  const attach = ATTACHABLE_GPUS[want.type];
  if (!attach) {
    const family = BUILTIN_GPUS[want.type];
    const example = MACHINE_SHAPES.find((s) => s.builtinGpu?.type === want.type && s.builtinGpu.count === want.count);
    problems.add([...path, 'gpu', 'type'], `${want.type} comes only with ${family} machine types`, example ? `use machineType: ${example.name}` : undefined);
  } else if (!attach.families.includes(shape.family)) {
    problems.add([...path, 'machineType'], `${want.type} attaches only to ${attach.families.join('/')} machine types, found ${machineType}`, 'use e.g. n1-standard-4');
  } else if (!attach.counts.includes(want.count)) {
    problems.add([...path, 'gpu', 'count'], `expected one of ${attach.counts.join(', ')} for ${want.type}, found ${want.count}`);
  }
  return want;
}

function checkZones(zones: string[], region: string | undefined, path: Path, problems: ProblemList): void {
  const seen = new Set<string>();
  zones.forEach((z, i) => {
    if (seen.has(z)) problems.add([...path, i], `zone "${z}" is listed twice`);
    seen.add(z);
    if (region && !z.startsWith(`${region}-`)) problems.add([...path, i], `zone "${z}" is not in region ${region}`);
  });
}

function chooseFor(cpu: number, memoryBytes: number, gpu: { type: string; count: number } | undefined, path: Path, problems: ProblemList, opts?: ChooseOptions) {
  try {
    return chooseMachineType({ cpu, memoryBytes, gpu }, opts).name;
  } catch (e) {
    if (!isPsmlError(e)) throw e;
    problems.add(path, e.message, e.hint);
    return undefined;
  }
}

function normalizeTraining(
  m: TrainingManifest,
  topImage: string | undefined,
  d: ExperimentDefaults,
  opts: NormalizeOptions,
  problems: ProblemList,
): TrainingSpec | undefined {
  const path = ['training'];
  const t = mergeSection(d.training, m, path, problems);
  const imageRef = m.image ?? topImage ?? d.training?.image ?? d.image;
  const imagePath = m.image ? [...path, 'image'] : topImage ? ['image'] : path;
  if (!imageRef) problems.add(path, 'no image: set training.image (or image:, or defaults.image in psml.yaml)');
  if (!t.machineType) problems.add(path, 'required field machineType is missing (here or in psml.yaml defaults.training)');
  if (!t.zones) problems.add(path, 'required field zones is missing (zones in order of preference, here or in psml.yaml defaults.training)');
  else checkZones(t.zones, undefined, [...path, 'zones'], problems);
  const gpu = t.machineType ? checkMachine(t.machineType, t.gpu, path, problems) : undefined;
  if (!imageRef || !t.machineType || !t.zones) return undefined;
  const { image, imageName } = resolveImage(imageRef, opts.project, imagePath, problems);
  const maxRun = t.maxRunDuration === undefined ? undefined : durationSeconds(t.maxRunDuration);
  const expected = t.expectedDuration === undefined ? maxRun : durationSeconds(t.expectedDuration);
  if (maxRun !== undefined && expected !== undefined && expected > maxRun) {
    problems.add([...path, 'expectedDuration'], `expected duration (${expected}s) is longer than maxRunDuration (${maxRun}s): the VM would be deleted first`);
  }
  return stripUndefined({
    image,
    imageName,
    machineType: t.machineType,
    gpu,
    zones: t.zones,
    spot: t.spot ?? false,
    maxRunDurationSeconds: maxRun,
    command: t.command,
    args: t.args ?? [],
    env: t.envMap,
    bootDiskGb: t.bootDiskGb ?? 100,
    artifactsUri: t.artifactsUri,
    expectedDurationSeconds: expected,
  });
}

interface ServingExtras {
  imagePath: Path;
  requested?: { cpu: number; memoryBytes: number };
  chooseAt?: Path;
  /** The machine type comes from MLComponent resourceLimits (already reported when they are invalid). */
  fromLimits?: boolean;
}

function normalizeServing(
  m: ServingManifest,
  imageRef: string | undefined,
  d: ExperimentDefaults,
  opts: NormalizeOptions,
  problems: ProblemList,
  path: Path,
  extras: ServingExtras,
): ServingSpec | undefined {
  const s = mergeSection(d.serving, m, path, problems);
  if (!imageRef) problems.add(path, 'no image: set serving.image (or image:, or defaults.image in psml.yaml)');

  // machine type: explicit, else chosen from resource needs
  let machineType: string | undefined;
  let requested = extras.requested;
  let gpuInput = s.gpu;
  if (m.machineType && m.resources) {
    problems.add([...path, 'resources'], 'set either machineType or resources, not both');
  }
  if (m.machineType || (!m.resources && !requested && s.machineType)) {
    machineType = s.machineType;
  } else if (m.resources || requested || s.resources) {
    if (!requested) {
      const r = m.resources ?? s.resources ?? {};
      const at = [...path, 'resources'];
      try {
        requested = { cpu: parseCpu(r.cpu ?? 1, formatField(at, 'cpu')), memoryBytes: parseMemory(r.memory ?? GiB, formatField(at, 'memory')) };
      } catch (e) {
        if (!isPsmlError(e)) throw e;
        problems.add(at, e.message, e.hint);
      }
    }
    const gpu = gpuInput ? { type: gpuInput.type, count: gpuInput.count ?? 1 } : undefined;
    if (requested) machineType = chooseFor(requested.cpu, requested.memoryBytes, gpu, extras.chooseAt ?? [...path, 'resources'], problems, opts.machineTypes);
    // a built-in GPU comes with the chosen machine; the check below must not report it twice
    if (machineType && machineShape(machineType)?.builtinGpu) gpuInput = undefined;
  } else if (!extras.fromLimits) {
    problems.add(path, 'required field machineType is missing (or give resources: {cpu, memory} to choose one)');
  }
  const gpu = machineType ? checkMachine(machineType, gpuInput, path, problems) : undefined;

  const min = s.replicas?.min ?? 1;
  const max = s.replicas?.max ?? Math.max(min, 1);
  if (min > max) problems.add([...path, 'replicas'], `min (${min}) is greater than max (${max})`);

  const zones = s.zones ?? [];
  const region = s.region ?? (zones[0] ? zones[0].replace(/-[a-z]$/, '') : undefined) ?? opts.project?.region ?? 'us-central1';
  checkZones(zones, region, [...path, 'zones'], problems);

  if (!imageRef || !machineType) return undefined;
  const { image, imageName } = resolveImage(imageRef, opts.project, extras.imagePath, problems);
  return stripUndefined({
    image,
    imageName,
    machineType,
    requested,
    gpu,
    replicas: { min, max },
    autoscaling: {
      targetCpuUtilization: s.autoscaling?.targetCpuUtilization ?? 0.6,
      cooldownSeconds: s.autoscaling?.cooldownSeconds ?? (gpu ? 600 : 60),
    },
    port: s.port ?? DEFAULT_PORT,
    healthCheckPath: s.healthCheckPath ?? DEFAULT_HEALTH_CHECK_PATH,
    modelUri: s.modelUri,
    env: s.envMap,
    command: s.command,
    args: s.args,
    region,
    zones,
    spot: s.spot ?? false,
    bootDiskGb: s.bootDiskGb ?? 50,
    initialDelaySeconds: s.initialDelaySeconds ?? (gpu ? 600 : 300),
  });
}

const formatField = (path: Path, leaf: string) => [...path, leaf].join('.');

function labelsOf(d: ExperimentDefaults, labels: Record<string, string> | undefined, problems: ProblemList): Record<string, string> {
  for (const k of Object.keys(labels ?? {})) {
    if (RESERVED_LABELS.includes(k)) problems.add(['labels', k], `label "${k}" is reserved for psml's ownership labels`, 'pick another key', true);
  }
  return { ...(d.labels ?? {}), ...(labels ?? {}) };
}

export function normalizeExperiment(m: ExperimentManifest, file: string, opts: NormalizeOptions, problems: ProblemList): Experiment {
  const d = opts.project?.defaults ?? {};
  if (!m.training && !m.serving) problems.add([], 'nothing to run: add a training: section, a serving: section, or both');
  const training = m.training ? normalizeTraining(m.training, m.image, d, opts, problems) : undefined;
  const servingImage = m.serving?.image ?? m.image ?? d.serving?.image ?? d.image;
  const serving = m.serving
    ? normalizeServing(m.serving, servingImage, d, opts, problems, ['serving'], {
        imagePath: m.serving.image ? ['serving', 'image'] : m.image ? ['image'] : ['serving'],
      })
    : undefined;
  return stripUndefined({
    apiVersion: 'psml.dev/v1' as const,
    kind: 'Experiment' as const,
    source: { file, kind: 'Experiment' as const },
    service: m.service,
    version: parseVersion(m.version),
    description: m.description,
    labels: labelsOf(d, m.labels, problems),
    training,
    serving,
  });
}

/** MLComponent → serving: resourceLimits choose the machine type; entry point, model and file paths become the command. */
export function normalizeMLComponent(m: MLComponentManifest, file: string, opts: NormalizeOptions, problems: ProblemList): Experiment {
  const d = opts.project?.defaults ?? {};
  const { metadata, spec } = m;
  const annotations = metadata.annotations ?? {};
  if (!/^[a-z]/.test(metadata.name)) {
    problems.add(['metadata', 'name'], `expected a name that starts with a letter (it names Compute Engine resources), found ${JSON.stringify(metadata.name)}`);
  }

  let version = opts.version ?? { major: 1, minor: 0 };
  const annotated = annotations[MLCOMPONENT_VERSION_ANNOTATION];
  if (!opts.version && annotated !== undefined) {
    if (/^\d{1,5}\.\d{1,5}$/.test(annotated)) version = parseVersion(annotated);
    else problems.add(['metadata', 'annotations', MLCOMPONENT_VERSION_ANNOTATION], `expected "MAJOR.MINOR" such as "1.2", found ${JSON.stringify(annotated)}`);
  }

  const limits = spec.image.resourceLimits;
  const limitsPath = ['spec', 'image', 'resourceLimits'];
  let requested: { cpu: number; memoryBytes: number } | undefined;
  try {
    requested = {
      cpu: parseCpu(limits?.cpu ?? 1, 'spec.image.resourceLimits.cpu'),
      memoryBytes: parseMemory(limits?.memory ?? GiB, 'spec.image.resourceLimits.memory'),
    };
  } catch (e) {
    if (!isPsmlError(e)) throw e;
    problems.add([...limitsPath, e.field?.endsWith('cpu') ? 'cpu' : 'memory'], e.message, e.hint);
  }
  let gpu: { type: string; count: number } | undefined;
  const gpuCount = limits?.['nvidia.com/gpu'];
  if (gpuCount !== undefined) {
    const type = annotations[MLCOMPONENT_GPU_ANNOTATION] ?? 'nvidia-tesla-t4';
    if (!GPU_TYPES.includes(type)) {
      const guess = didYouMean(type, GPU_TYPES);
      problems.add(['metadata', 'annotations', MLCOMPONENT_GPU_ANNOTATION], `unknown GPU type ${JSON.stringify(type)}`, guess ? `did you mean "${guess}"?` : `use one of ${GPU_TYPES.join(', ')}`);
    } else gpu = { type, count: gpuCount };
  }

  // box references must name a connected box
  const boxes = (spec.connectedBoxes ?? []).map((b) => b.name);
  const inference = spec.mlService.inference;
  const checkBox = (name: string | undefined, p: Path) => {
    if (name !== undefined && !boxes.includes(name)) {
      const guess = didYouMean(name, boxes);
      problems.add(p, `box "${name}" is not in spec.connectedBoxes`, guess ? `did you mean "${guess}"?` : 'add it to spec.connectedBoxes');
    }
  };
  checkBox(inference.model?.modelBox, ['spec', 'mlService', 'inference', 'model', 'modelBox']);
  checkBox(inference.fileExchange?.fileBox, ['spec', 'mlService', 'inference', 'fileExchange', 'fileBox']);

  const env: Record<string, string> = {};
  if (inference.entryPoint.pythonPath !== undefined) env.PYTHONPATH = inference.entryPoint.pythonPath;
  (spec.env ?? []).forEach((e, i) => {
    if (e.name in env && e.name !== 'PYTHONPATH') problems.add(['spec', 'env', i, 'name'], `duplicate environment variable "${e.name}"`);
    env[e.name] = String(e.value);
  });

  const command = ['psml-cli', 'experiments', 'serve', '--entry-point', inference.entryPoint.pythonFunction];
  if (inference.model) command.push('--model-path', inference.model.modelPath);
  if (inference.fileExchange) command.push('--files-path', inference.fileExchange.inferenceFilesPath);

  const servingManifest: ServingManifest = {
    env,
    command,
    ...(inference.model ? { modelUri: inference.model.modelPath } : {}),
    ...(gpu ? { gpu } : {}),
  };
  // resourceLimits decide the machine type unless the project pins one and the manifest gives no limits
  const useLimits = limits?.cpu !== undefined || limits?.memory !== undefined || gpu !== undefined || !d.serving?.machineType;
  const serving = normalizeServing(servingManifest, spec.image.existingImageName, { ...d, serving: { ...d.serving, ...(useLimits ? { machineType: undefined, resources: undefined } : {}) } }, opts, problems, ['spec'], {
    imagePath: ['spec', 'image', 'existingImageName'],
    requested: useLimits ? requested : undefined,
    chooseAt: limitsPath,
    fromLimits: useLimits,
  });
  return stripUndefined({
    apiVersion: 'psml.dev/v1' as const,
    kind: 'Experiment' as const,
    source: { file, kind: 'MLComponent' as const },
    service: metadata.name,
    version,
    labels: { ...(d.labels ?? {}) },
    serving,
  });
}
