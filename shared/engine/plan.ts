/**
 * psml words → DockerRunSpec: a pure function of the words, the environment (local | ci | production) and psml.yaml.
 * No I/O here, so the whole table can be tested and printed; shared/engine/runner.ts executes a spec.
 */
import path from 'node:path';
import { PsmlError } from '../errors.js';
import { registryPrefix, type ProjectConfig } from '../config/project.js';
import {
  CI_PASS_ENV,
  COMMANDS,
  COMMAND_GROUPS,
  COMMON_PASS_ENV,
  ENGINE_ENVS,
  MOUNTS,
  type ArgDef,
  type CommandDef,
  type EngineEnv,
  CONTAINER_HOME,
} from './commands.js';

export interface Mount {
  source: string;
  target: string;
  readOnly: boolean;
}
export interface PortMapping {
  host: number;
  container: number;
}
/** `value` undefined means pass-through: copied from the caller's environment when set there (`docker run -e NAME`). */
export interface EnvVar {
  name: string;
  value?: string;
}

export interface DockerRunSpec {
  env: EngineEnv;
  /** The matched command, e.g. `experiments train`. */
  command: string;
  /** Simple image name (`psml build <imageName>` builds it). */
  imageName: string;
  tag: string;
  /** Full image reference. */
  image: string;
  /** The in-container command: `psml-cli <same words>`. */
  argv: string[];
  workdir: string;
  mounts: Mount[];
  ports: PortMapping[];
  environment: EnvVar[];
  gpus?: string;
  /** `host` in CI and production (and wherever the engine has no bridge network); otherwise Docker's default. */
  network?: 'host';
}

export interface PlanOptions {
  /** Image tag (default `latest`). */
  tag?: string;
  /** `all`, a count, or `device=0,1`; only for commands that may use GPUs. */
  gpus?: string;
  /** Extra `NAME=VALUE` (explicit) or `NAME` (pass-through) variables. */
  extraEnv?: readonly string[];
  /** Repository root on the Docker host (local: psml.yaml's directory; CI: /workspace). */
  workspace?: string;
  network?: 'host' | 'default';
  /** The caller's environment, read for HOME and DOCKER_HOST only (keeps planning pure). */
  hostEnv?: Readonly<Record<string, string | undefined>>;
}

export const CI_WORKSPACE = '/workspace';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const GPUS = /^(all|[1-9]\d{0,2}|device=\d+(,\d+)*)$/;

const ARG_RULES: Record<ArgDef['kind'], { re: RegExp; what: string }> = {
  service: { re: /^[a-z][a-z0-9-]{0,39}$/, what: 'a service name (lowercase letters, digits, hyphens)' },
  version: { re: /^(0|[1-9]\d{0,5})$/, what: 'a non-negative integer' },
  package: { re: /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/, what: 'a Python package name such as storage or storage.gcs' },
  name: { re: /^[a-z0-9][a-z0-9._-]{0,62}$/, what: 'a lowercase name (letters, digits, . _ -)' },
  path: { re: /^[^\0]+$/, what: 'a path' },
};

export function findCommand(words: readonly string[]): { def: CommandDef; rest: string[] } {
  const [group, sub] = words;
  if (!group) {
    throw new PsmlError('no command given', { field: 'words', hint: `give a command after "--", e.g. "-- test paystone"; groups: ${COMMAND_GROUPS.join(', ')}` });
  }
  const inGroup = COMMANDS.filter((c) => c.path[0] === group);
  if (inGroup.length === 0) {
    throw new PsmlError(`unknown command group "${group}"`, { field: 'words', hint: `use one of: ${COMMAND_GROUPS.join(', ')}` });
  }
  const def = inGroup.find((c) => c.path.every((w, i) => words[i] === w));
  if (!def) {
    const subs = inGroup.map((c) => c.path.slice(1).join(' '));
    throw new PsmlError(sub ? `unknown command "${group} ${sub}"` : `"${group}" needs a command`, {
      field: 'words',
      hint: `use one of: ${subs.map((s) => `${group} ${s}`).join(', ')}`,
    });
  }
  return { def, rest: words.slice(def.path.length) };
}

/** Checks the leading positional words against the command's arguments (options and what follows pass through untouched). */
function checkArgs(def: CommandDef, rest: readonly string[]): void {
  const usage = `${def.path.join(' ')} ${(def.args ?? []).map((a) => (a.optional ? `[${a.name}${a.variadic ? '…' : ''}]` : `<${a.name}${a.variadic ? '…' : ''}>`)).join(' ')}`.trim();
  const firstOption = rest.findIndex((w) => w.startsWith('-'));
  const positionals = firstOption === -1 ? rest : rest.slice(0, firstOption);
  const args = def.args ?? [];
  const variadic = args.at(-1)?.variadic ? args.at(-1) : undefined;
  args.forEach((a, i) => {
    if (!a.optional && positionals[i] === undefined) {
      throw new PsmlError(`missing <${a.name}>`, { field: a.name, hint: `usage: psml ${usage}` });
    }
  });
  positionals.forEach((w, i) => {
    const a = args[i] ?? variadic;
    if (!a) throw new PsmlError(`unexpected argument "${w}"`, { field: 'words', hint: `usage: psml ${usage}` });
    const rule = ARG_RULES[a.kind];
    if (!rule.re.test(w)) throw new PsmlError(`<${a.name}> must be ${rule.what}, got "${w}"`, { field: a.name, hint: `usage: psml ${usage}` });
  });
}

/** Value of `--port 9000` / `--port=9000` among the words, if given. */
function optionValue(rest: readonly string[], option: string): string | undefined {
  let value: string | undefined;
  rest.forEach((w, i) => {
    if (w === option) value = rest[i + 1] ?? '';
    else if (w.startsWith(`${option}=`)) value = w.slice(option.length + 1);
  });
  return value;
}

function parsePort(value: string, option: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= 65535)) throw new PsmlError(`${option} must be a port number 1–65535, got "${value}"`, { field: option });
  return n;
}

function mountRoot(env: EngineEnv, config: Pick<ProjectConfig, 'root'>, options: PlanOptions): string {
  const root = options.workspace ?? (env === 'ci' ? CI_WORKSPACE : config.root);
  if (!path.posix.isAbsolute(root)) throw new PsmlError(`workspace must be an absolute path, got "${root}"`, { field: 'workspace' });
  // `-v SRC:DST` cannot express a source containing ':' and docker would misread it
  if (root.includes(':')) throw new PsmlError(`workspace path "${root}" contains ":" which "docker run -v" cannot mount`, { field: 'workspace', hint: 'move the checkout to a path without ":"' });
  return root.replace(/\/+$/, '') || '/';
}

function dockerSocket(hostEnv: PlanOptions['hostEnv']): string {
  const h = hostEnv?.DOCKER_HOST;
  return h?.startsWith('unix://') ? h.slice('unix://'.length) : MOUNTS.docker.source;
}

function parseExtraEnv(entries: readonly string[]): EnvVar[] {
  return entries.map((e) => {
    const eq = e.indexOf('=');
    const name = eq === -1 ? e : e.slice(0, eq);
    if (!ENV_NAME.test(name)) {
      throw new PsmlError(`environment variable "${e.split('\n')[0]}" needs a name of letters, digits and _`, { field: 'env', hint: 'use NAME=VALUE, or NAME to pass it through from your environment' });
    }
    return eq === -1 ? { name } : { name, value: e.slice(eq + 1) };
  });
}

/** The Docker run specification for `psml <words…>` in `env`. */
export function planDockerRun(
  words: readonly string[],
  env: EngineEnv,
  config: Pick<ProjectConfig, 'project' | 'region' | 'registry' | 'root'>,
  options: PlanOptions = {},
): DockerRunSpec {
  if (!ENGINE_ENVS.includes(env)) throw new PsmlError(`env must be one of ${ENGINE_ENVS.join(', ')}, got "${env}"`, { field: 'env' });
  const { def, rest } = findCommand(words);
  checkArgs(def, rest);

  const tag = options.tag ?? 'latest';
  if (!TAG.test(tag)) throw new PsmlError(`tag "${tag}" is not a valid Docker tag`, { field: 'tag', hint: 'use letters, digits, _ . - (at most 128)' });
  if (options.gpus !== undefined) {
    if (!def.gpu) throw new PsmlError(`"${def.path.join(' ')}" does not use GPUs`, { field: 'gpus', hint: 'drop --gpus; GPUs are for experiments train/serve and notebooks run' });
    if (!GPUS.test(options.gpus)) throw new PsmlError(`gpus must be "all", a count, or "device=0,1", got "${options.gpus}"`, { field: 'gpus' });
  }

  const mounts: Mount[] = [];
  if (env !== 'production') {
    const root = mountRoot(env, config, options);
    for (const name of def.mounts ?? []) {
      const m = MOUNTS[name];
      if ('envs' in m && !(m.envs as readonly EngineEnv[]).includes(env)) continue;
      let source: string;
      if (m.from === 'workspace') source = m.source === '.' ? root : path.posix.join(root, m.source);
      else if (m.from === 'docker') source = dockerSocket(options.hostEnv);
      else {
        const home = options.hostEnv?.HOME;
        if (!home || !path.posix.isAbsolute(home)) continue; // no home to take credentials from
        source = path.posix.join(home, m.source);
      }
      mounts.push({ source, target: m.target, readOnly: 'readOnly' in m && m.readOnly === true });
    }
  }

  const ports = (def.ports ?? []).map((p) => {
    const v = p.option ? optionValue(rest, p.option) : undefined;
    const port = v === undefined ? p.containerPort : parsePort(v, p.option!);
    return { host: port, container: port };
  });

  const byName = new Map<string, EnvVar>();
  const put = (v: EnvVar) => {
    byName.delete(v.name); // later definitions win and move to the end, like repeated `-e`
    byName.set(v.name, v);
  };
  put({ name: 'PSML_ENV', value: env });
  put({ name: 'PSML_PROJECT', value: config.project });
  put({ name: 'PSML_REGION', value: config.region });
  put({ name: 'PSML_REGISTRY', value: registryPrefix(config) });
  for (const [name, value] of Object.entries(def.env ?? {})) put({ name, value });
  for (const name of [...COMMON_PASS_ENV, ...(env === 'ci' ? CI_PASS_ENV : []), ...(def.passEnv ?? [])]) put({ name });
  for (const v of parseExtraEnv(options.extraEnv ?? [])) put(v);

  const network = options.network === 'host' || (options.network === undefined && env !== 'local') ? 'host' : undefined;
  return {
    env,
    command: def.path.join(' '),
    imageName: def.image,
    tag,
    image: `${registryPrefix(config)}/${def.image}:${tag}`,
    argv: ['psml-cli', ...words],
    workdir: def.workdir ?? CONTAINER_HOME,
    mounts,
    ports,
    environment: [...byName.values()],
    ...(options.gpus !== undefined ? { gpus: options.gpus } : {}),
    ...(network ? { network } : {}),
  };
}
