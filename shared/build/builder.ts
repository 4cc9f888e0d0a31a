/**
 * Builds, tags and pushes images on the real engine (dockerode): layer cache from the last pushed tags, the failing
 * step named when a build breaks, image ids and registry digests out.
 */
import readline from 'node:readline';
import type Docker from 'dockerode';
import { PsmlError } from '../errors.js';
import type { ProjectConfig } from '../config/project.js';
import { dockerClient, dockerErrorMessage, engineRefused, engineUnreachable, isNotFound } from '../engine/docker.js';
import { packContext } from './context.js';
import { planBuilds, type BuildPlanOptions, type ImageBuild } from './plan.js';
import { registryAuth, registryHost, isGoogleRegistry, type RegistryCredentials } from './registry.js';

export interface BuiltImage {
  name: string;
  /** Local image id (`sha256:…`). */
  id: string;
  tags: string[];
  pushed: boolean;
  /** Manifest digest in the registry (`sha256:…`), when pushed. */
  digest?: string;
  /** `repository@digest`, the immutable reference to deploy. */
  reference?: string;
  steps: number;
  cachedSteps: number;
  /** Tags whose layers were offered as cache. */
  cacheFrom: string[];
}

export interface BuildImagesOptions extends BuildPlanOptions {
  names?: readonly string[];
  push?: boolean;
  credentials?: RegistryCredentials;
  /** false: no layer cache at all (`--no-cache`). */
  cache?: boolean;
  /** Pull missing cache tags from the registry first (default: when pushing). */
  pullCache?: boolean;
  docker?: Docker;
  /** Each line of the engine's build output. */
  log?: (line: string) => void;
}

interface EngineEvent {
  stream?: string;
  status?: string;
  error?: string;
  errorDetail?: { message?: string };
  id?: string;
  aux?: { ID?: string; Digest?: string; Tag?: string };
}

/** Reads the engine's JSON-lines progress stream. */
async function events(stream: NodeJS.ReadableStream, each: (e: EngineEvent) => void): Promise<void> {
  for await (const line of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    try {
      each(JSON.parse(line) as EngineEvent);
    } catch (e) {
      if (e instanceof PsmlError) throw e;
      each({ stream: `${line}\n` }); // not JSON: keep it as output
    }
  }
}

async function exists(docker: Docker, ref: string): Promise<boolean> {
  try {
    await docker.getImage(ref).inspect();
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    throw e;
  }
}

/** Pulls a cache tag; a missing tag or an unreachable registry just means no cache. */
async function tryPull(docker: Docker, ref: string, creds: RegistryCredentials, log: (l: string) => void): Promise<boolean> {
  try {
    const authconfig = await registryAuth(ref, creds);
    const stream = (await docker.pull(ref, authconfig ? { authconfig } : {})) as NodeJS.ReadableStream;
    let failed: string | undefined;
    await events(stream, (e) => {
      if (e.error) failed = e.error;
    });
    if (failed) throw new Error(failed);
    log(`cache: pulled ${ref}`);
    return true;
  } catch (e) {
    log(`cache: ${ref} not available (${dockerErrorMessage(e).split('\n')[0]})`);
    return false;
  }
}

const STEP = /^Step \d+\/\d+ : /;

async function buildOne(docker: Docker, b: ImageBuild, cacheFrom: string[], noCache: boolean, log: (l: string) => void) {
  const context = packContext(b.contextDir, b.dockerfile);
  const stream = (await docker
    .buildImage(context as unknown as NodeJS.ReadableStream, {
    t: b.tags[0],
    dockerfile: b.dockerfile,
    ...(b.target ? { target: b.target } : {}),
    buildargs: b.buildArgs,
    labels: b.labels,
    networkmode: 'host', // engines started with --bridge=none have no other network for RUN steps
    rm: true,
    forcerm: true,
    nocache: noCache,
    ...(cacheFrom.length ? { cachefrom: JSON.stringify(cacheFrom) } : {}),
    })
    .catch((e: unknown) => {
      throw engineRefused(e, `the build of image "${b.name}"`, `images.${b.name}`);
    })) as NodeJS.ReadableStream;

  let id: string | undefined;
  let step: string | undefined;
  let steps = 0;
  let cachedSteps = 0;
  let error: string | undefined;
  const recent: string[] = []; // the failing step's output, for the error
  await events(stream, (e) => {
    if (e.aux?.ID) id = e.aux.ID;
    if (e.error || e.errorDetail) error = e.errorDetail?.message ?? e.error;
    const text = e.stream ?? (e.status ? `${e.status}\n` : '');
    for (const raw of text.split('\n')) {
      // the classic builder colours a RUN step's stderr with ANSI escapes
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r$/, '');
      if (!line.trim()) continue;
      log(line);
      if (STEP.test(line)) {
        step = line;
        steps++;
        recent.length = 0;
      } else if (/^ ---> Using cache$/.test(line)) cachedSteps++;
      if (!STEP.test(line) && !/^( ---> Running in |Removing intermediate container )/.test(line)) recent.push(line);
      if (recent.length > 30) recent.shift();
    }
  });
  if (error !== undefined) {
    throw new PsmlError(`image "${b.name}" failed to build${step ? ` at ${step}` : ''}`, {
      resource: `images.${b.name}`,
      details: [...recent.slice(-20), error],
      hint: step ? 'fix that step in the Dockerfile (its last output lines follow)' : 'see the engine message below',
    });
  }
  id ??= (await docker.getImage(b.tags[0]!).inspect()).Id;
  return { id, steps, cachedSteps };
}

async function push(docker: Docker, ref: string, creds: RegistryCredentials, log: (l: string) => void): Promise<string> {
  const at = ref.lastIndexOf(':');
  const [repo, tag] = [ref.slice(0, at), ref.slice(at + 1)];
  const authconfig = await registryAuth(ref, creds);
  const host = registryHost(ref);
  const hint = isGoogleRegistry(host)
    ? 'check the access token (it expires after an hour) and that the account has roles/artifactregistry.writer on the repository'
    : 'check the registry URL and its credentials (--username/--password, or inputs registry-username/registry-password)';
  let digest: string | undefined;
  let error: string | undefined;
  try {
    const stream = (await docker.getImage(repo).push({ tag, ...(authconfig ? { authconfig } : {}) })) as NodeJS.ReadableStream;
    await events(stream, (e) => {
      if (e.aux?.Digest) digest = e.aux.Digest;
      if (e.error) error = e.errorDetail?.message ?? e.error;
      else if (e.status && !/^(Pushing|Waiting|Preparing)/.test(e.status)) log(`${e.id ? `${e.id}: ` : ''}${e.status}`);
    });
  } catch (e) {
    error = dockerErrorMessage(e);
  }
  if (error !== undefined || !digest) {
    throw new PsmlError(`push of ${ref} failed: ${error ?? 'the registry returned no digest'}`, { resource: ref, hint });
  }
  return digest;
}

/** `psml build`: builds each image of psml.yaml named (all when none), tags it, and pushes it when asked. */
export async function buildImages(
  config: Pick<ProjectConfig, 'project' | 'region' | 'registry' | 'images' | 'root'>,
  options: BuildImagesOptions = {},
): Promise<BuiltImage[]> {
  const plan = planBuilds(config, options.names ?? [], options);
  const docker = options.docker ?? dockerClient();
  const log = options.log ?? (() => undefined);
  const creds = options.credentials ?? {};
  const useCache = options.cache !== false;
  const pullCache = options.pullCache ?? options.push === true;
  const results: BuiltImage[] = [];
  try {
    for (const b of plan) {
      const cacheFrom: string[] = [];
      if (useCache) {
        for (const ref of b.cacheFrom) {
          if ((await exists(docker, ref)) || (pullCache && (await tryPull(docker, ref, creds, log)))) cacheFrom.push(ref);
        }
      }
      log(`build ${b.name}: ${b.tags[0]}${cacheFrom.length ? ` (cache from ${cacheFrom.join(', ')})` : ''}`);
      const built = await buildOne(docker, b, cacheFrom, !useCache, log);
      for (const ref of b.tags.slice(1)) {
        const at = ref.lastIndexOf(':');
        await docker.getImage(built.id).tag({ repo: ref.slice(0, at), tag: ref.slice(at + 1) });
      }
      let digest: string | undefined;
      if (options.push) {
        for (const ref of b.tags) digest = await push(docker, ref, creds, log); // every tag points at one manifest
      }
      results.push({
        name: b.name,
        id: built.id,
        tags: b.tags,
        pushed: options.push === true,
        ...(digest ? { digest, reference: `${b.repository}@${digest}` } : {}),
        steps: built.steps,
        cachedSteps: built.cachedSteps,
        cacheFrom,
      });
    }
  } catch (e) {
    throw engineUnreachable(e);
  }
  return results;
}

/** Markdown table for the job summary. */
export function buildSummary(images: readonly BuiltImage[]): string {
  const rows = images.map(
    (i) => `| ${i.name} | \`${i.tags[0]}\` | ${i.tags.map((t) => `\`${t.slice(t.lastIndexOf(':') + 1)}\``).join(' ')} | \`${i.id.slice(0, 19)}\` | ${i.digest ? `\`${i.digest}\`` : '(not pushed)'} | ${i.cachedSteps}/${i.steps} |`,
  );
  return ['### psml build', '', '| image | reference | tags | id | digest | cached steps |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}
