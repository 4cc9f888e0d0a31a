/**
 * The project config file (`psml.yaml` at the repository root): where images live and project-wide defaults.
 * One file for the whole repository; every command reads it through `loadProjectConfig`.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PsmlError } from '../errors.js';
import { ExperimentDefaultsSchema } from '../manifest/schema.js';
import { issuesToProblems } from '../manifest/problems.js';
import { parseManifestText } from '../manifest/source.js';

export const PROJECT_CONFIG_FILE = 'psml.yaml';

const gcpName = /^[a-z][-a-z0-9]{0,61}[a-z0-9]$/;

export const ImageDefinitionSchema = z
  .object({
    context: z.string().default('.').describe('Build context directory, relative to the config file'),
    dockerfile: z.string().optional().describe('Dockerfile path relative to the context (default: Dockerfile)'),
    target: z.string().optional().describe('Multi-stage build target'),
    buildArgs: z.record(z.string(), z.string()).default({}),
    labels: z.record(z.string(), z.string()).default({}),
  })
  .strict();

/** Google Cloud project ids: 6–30 lowercase letters, digits and hyphens, starting with a letter. */
export const PROJECT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;

/** A project id from a flag or input, checked like psml.yaml's (it ends up in API paths and printed commands). */
export function checkProjectId(id: string, field: string): string {
  if (!PROJECT_ID.test(id))
    throw new PsmlError(`"${id}" is not a Google Cloud project id`, {
      field,
      hint: 'use the project id (6–30 lowercase letters, digits and hyphens, starting with a letter), e.g. my-ml-project',
    });
  return id;
}

export const ProjectConfigSchema = z
  .object({
    project: z.string().regex(PROJECT_ID, 'a Google Cloud project id').describe('Google Cloud project id'),
    region: z.string().regex(/^[a-z]+-[a-z]+\d$/, 'a region such as us-central1').default('us-central1'),
    registry: z
      .object({
        /** Artifact Registry repository that simple image names resolve into. */
        repository: z.string().regex(gcpName, 'an Artifact Registry repository id').default('psml'),
        /** Any registry instead of Artifact Registry, e.g. `127.0.0.1:5000/psml` or `ghcr.io/org`. */
        url: z.string().optional(),
      })
      .strict()
      .default({ repository: 'psml' }),
    images: z.record(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a simple image name'), ImageDefinitionSchema).default({}),
    /** Cloud Endpoints in front of the serving load balancer: its OpenAPI document follows every deploy/promote/teardown. */
    endpoints: z
      .object({
        /** First label of `<service>.endpoints.<project>.cloud.goog`. */
        service: z.string().regex(/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, 'a DNS label such as ml-api (lowercase letters, digits, hyphens)'),
      })
      .strict()
      .optional(),
    /** Project-wide defaults merged under every experiment manifest (image, labels, training, serving). */
    defaults: ExperimentDefaultsSchema.default({}),
  })
  .strict();

export type ProjectConfig = z.infer<typeof ProjectConfigSchema> & { /** directory of the config file */ root: string };

/** Finds psml.yaml in `dir` or its parents. */
export function findProjectConfig(dir = process.cwd()): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const f = path.join(d, PROJECT_CONFIG_FILE);
    if (existsSync(f)) return f;
    if (path.dirname(d) === d) return undefined;
  }
}

export function loadProjectConfig(file = findProjectConfig()): ProjectConfig {
  if (!file) {
    throw new PsmlError(`no ${PROJECT_CONFIG_FILE} found in this directory or its parents`, {
      hint: `create one with at least "project: <gcp-project-id>"`,
    });
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PsmlError(`cannot read: ${(e as Error).message}`, { resource: file });
  }
  return parseProjectConfig(text, file);
}

/** Parses psml.yaml text; problems come back as one PsmlError with file:line:col for each. */
export function parseProjectConfig(text: string, file: string): ProjectConfig {
  const { data, problems } = parseManifestText(text, file);
  const r = ProjectConfigSchema.safeParse(data ?? {});
  if (!r.success) {
    problems.problems.push(...issuesToProblems(r.error.issues, data ?? {}, ProjectConfigSchema));
    problems.throwIfAny();
    throw new PsmlError('invalid project config', { resource: file }); // unreachable: issues always yield problems
  }
  return { ...r.data, root: path.dirname(path.resolve(file)) };
}

/** Registry prefix that simple names resolve into: `REGION-docker.pkg.dev/PROJECT/REPO` or the configured URL. */
export function registryPrefix(config: Pick<ProjectConfig, 'project' | 'region' | 'registry'>): string {
  return config.registry.url?.replace(/\/+$/, '') ?? `${config.region}-docker.pkg.dev/${config.project}/${config.registry.repository}`;
}
