/**
 * What `psml build` will do for each image, computed without I/O: full references, tags (git SHA, branch slug,
 * latest), the tags to take layer cache from, and the build parameters from psml.yaml's `images:`.
 */
import path from 'node:path';
import { PsmlError } from '../errors.js';
import { registryPrefix, type ProjectConfig } from '../config/project.js';

export interface GitInfo {
  sha?: string;
  branch?: string;
}

export interface ImageBuild {
  name: string;
  /** `REGION-docker.pkg.dev/PROJECT/REPO/NAME` or `<registry url>/NAME`. */
  repository: string;
  /** Full references, the first one is the build's `-t`. */
  tags: string[];
  /** Last pushed tags of this image, used as layer cache (branch first, then latest). */
  cacheFrom: string[];
  contextDir: string;
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
}

export interface BuildPlanOptions {
  /** Tags instead of the defaults (git SHA, branch slug, latest). */
  tags?: readonly string[];
  /** Registry URL replacing psml.yaml's (e.g. 127.0.0.1:5000/psml). */
  registry?: string;
  git?: GitInfo;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;

/** Branch name → Docker tag: lowercase, runs of other characters become '-', at most 128 characters. */
export function branchSlug(branch: string): string | undefined {
  const slug = branch
    .toLowerCase()
    .replace(/^refs\/heads\//, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 128)
    .replace(/-+$/, '');
  return slug || undefined;
}

export function defaultTags(git: GitInfo): string[] {
  const slug = git.branch ? branchSlug(git.branch) : undefined;
  return [...new Set([git.sha, slug, 'latest'].filter((t): t is string => !!t))];
}

export function planBuilds(
  config: Pick<ProjectConfig, 'project' | 'region' | 'registry' | 'images' | 'root'>,
  names: readonly string[],
  options: BuildPlanOptions = {},
): ImageBuild[] {
  const known = Object.keys(config.images);
  if (known.length === 0) {
    throw new PsmlError('psml.yaml defines no images', { field: 'images', hint: 'add e.g. "images: { serving: { context: ., dockerfile: Dockerfile } }"' });
  }
  const wanted = names.length ? [...new Set(names)] : known;
  for (const n of wanted) {
    if (!config.images[n]) throw new PsmlError(`unknown image "${n}"`, { field: 'images', hint: `psml.yaml defines: ${known.join(', ')}` });
  }
  const tags = options.tags?.length ? [...new Set(options.tags)] : defaultTags(options.git ?? {});
  for (const t of tags) {
    if (!TAG.test(t)) throw new PsmlError(`tag "${t}" is not a valid Docker tag`, { field: 'tag', hint: 'use letters, digits, _ . - (at most 128, not starting with . or -)' });
  }
  let prefix: string;
  if (options.registry !== undefined) {
    prefix = options.registry.replace(/^(https?:\/\/)/, '').replace(/\/+$/, '');
    if (!REGISTRY.test(prefix)) throw new PsmlError(`registry "${options.registry}" is not a registry URL`, { field: 'registry', hint: 'e.g. 127.0.0.1:5000/psml or europe-west1-docker.pkg.dev/my-project/ml' });
  } else prefix = registryPrefix(config);

  const slug = options.git?.branch ? branchSlug(options.git.branch) : undefined;
  return wanted.map((name) => {
    const def = config.images[name]!;
    const repository = `${prefix}/${name}`;
    return {
      name,
      repository,
      tags: tags.map((t) => `${repository}:${t}`),
      cacheFrom: [...new Set([slug, 'latest'].filter((t): t is string => !!t))].map((t) => `${repository}:${t}`),
      contextDir: path.resolve(config.root, def.context),
      dockerfile: def.dockerfile ?? 'Dockerfile',
      ...(def.target ? { target: def.target } : {}),
      buildArgs: { ...def.buildArgs },
      labels: { 'dev.psml.image': name, ...(options.git?.sha ? { 'org.opencontainers.image.revision': options.git.sha } : {}), ...def.labels },
    };
  });
}
