/**
 * Loading an experiment manifest (YAML or JSON; `kind: Experiment` or `kind: MLComponent`) into the normalized
 * `Experiment`. Every user mistake — YAML syntax, unknown fields, wrong types, inconsistent settings — comes back as
 * ONE PsmlError whose details list each problem as `file:line:col: field.path: expected …, found …`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { findProjectConfig, loadProjectConfig, type ProjectConfig } from '../config/project.js';
import { PsmlError } from '../errors.js';
import { ExperimentSchema, type Experiment } from './experiment.js';
import { normalizeExperiment, normalizeMLComponent, type NormalizeOptions } from './normalize.js';
import { didYouMean, describeValue, issuesToProblems } from './problems.js';
import { parseManifestText } from './source.js';
import { EXPERIMENT_API_VERSION, ExperimentManifestSchema, MLCOMPONENT_API_VERSION, MLComponentSchema } from './schema.js';

export type LoadOptions = NormalizeOptions;

export const MANIFEST_KINDS = {
  Experiment: { apiVersion: EXPERIMENT_API_VERSION, schema: ExperimentManifestSchema },
  MLComponent: { apiVersion: MLCOMPONENT_API_VERSION, schema: MLComponentSchema },
} as const;

/** Loads manifest text. `file` is used in messages and as `source.file`. */
export function loadExperimentText(text: string, file: string, opts: LoadOptions = {}): Experiment {
  const { data, problems } = parseManifestText(text, file);
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    problems.add([], `expected a map with apiVersion, kind and the manifest fields, found ${describeValue(data)}`, 'start from `psml schema` or examples/manifests/');
    problems.throwIfAny();
  }
  const raw = data as Record<string, unknown>;
  const kinds = Object.keys(MANIFEST_KINDS) as (keyof typeof MANIFEST_KINDS)[];
  const kind = raw.kind;
  if (typeof kind !== 'string' || !kinds.includes(kind as never)) {
    const guess = typeof kind === 'string' ? didYouMean(kind, kinds) : undefined;
    problems.add(['kind'], kind === undefined ? `required field is missing (expected "Experiment" or "MLComponent")` : `expected "Experiment" or "MLComponent", found ${describeValue(kind)}`, guess ? `did you mean "${guess}"?` : undefined);
    problems.throwIfAny();
  }
  const k = kind as keyof typeof MANIFEST_KINDS;
  const schema = MANIFEST_KINDS[k].schema as z.ZodType;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.problems.push(...issuesToProblems(parsed.error.issues, raw, schema));
    problems.throwIfAny();
  }
  const experiment =
    k === 'Experiment'
      ? normalizeExperiment(parsed.data as z.infer<typeof ExperimentManifestSchema>, file, opts, problems)
      : normalizeMLComponent(parsed.data as z.infer<typeof MLComponentSchema>, file, opts, problems);
  problems.throwIfAny();
  // the normalized form is our own promise: a failure here is a bug, not a user error
  return ExperimentSchema.parse(experiment);
}

/**
 * Loads a manifest file. `project`: the psml.yaml config; when omitted, psml.yaml is looked up from the
 * manifest's directory upward (pass `null` for none).
 */
export function loadExperiment(file: string, opts: LoadOptions = {}): Experiment {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PsmlError(code === 'ENOENT' ? 'manifest file not found' : `cannot read the manifest (${code ?? (e as Error).message})`, {
      resource: file,
      hint: 'pass the path of an experiment manifest (YAML or JSON)',
    });
  }
  // a NUL never occurs in YAML or JSON text: say "binary" instead of quoting garbled bytes back
  if (text.includes('\0')) {
    throw new PsmlError('is a binary file, not a YAML or JSON manifest', { resource: file, hint: 'pass the path of an experiment manifest (YAML or JSON)' });
  }
  let project: ProjectConfig | null | undefined = opts.project;
  if (project === undefined) {
    const found = findProjectConfig(path.dirname(path.resolve(file)));
    project = found ? loadProjectConfig(found) : null;
  }
  return loadExperimentText(text, file, { ...opts, project });
}
