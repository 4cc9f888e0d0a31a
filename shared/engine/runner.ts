/**
 * Executes a DockerRunSpec on the real engine through dockerode: same container `docker run --rm --init` would make,
 * output streamed (stdout and stderr kept apart), exit code returned, container removed, stopped on abort (Ctrl-C).
 */
import type Docker from 'dockerode';
import { PsmlError } from '../errors.js';
import type { DockerRunSpec } from './plan.js';
import { dockerClient, dockerErrorMessage, engineRefused, engineUnreachable, hasBridgeNetwork, isNotFound } from './docker.js';

export interface RunOptions {
  docker?: Docker;
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Aborting stops the container (SIGTERM, then SIGKILL after stopTimeoutSeconds) and still removes it. */
  signal?: AbortSignal;
  stopTimeoutSeconds?: number;
  /** Where pass-through variables are read from (default process.env). */
  hostEnv?: Readonly<Record<string, string | undefined>>;
  /** What to tell the user when the image is missing (default: the `psml build` command for it). */
  buildHint?: string;
  /** Called with the container's id once it exists (before it starts). */
  onCreate?: (containerId: string) => void;
}

/** `NAME=VALUE` list for the engine: explicit values, and pass-through names that are set in hostEnv. */
export function resolveEnvironment(spec: DockerRunSpec, hostEnv: Readonly<Record<string, string | undefined>>): string[] {
  return spec.environment.flatMap((e) => {
    const value = e.value ?? hostEnv[e.name];
    return value === undefined ? [] : [`${e.name}=${value}`];
  });
}

/** The hint for a missing image: the exact command that builds it under the same reference. */
export function buildCommandFor(spec: Pick<DockerRunSpec, 'imageName' | 'tag'>): string {
  return `psml build ${spec.imageName}${spec.tag === 'latest' ? '' : ` --tag ${spec.tag}`}`;
}

export async function runDockerRun(spec: DockerRunSpec, opts: RunOptions = {}): Promise<number> {
  const docker = opts.docker ?? dockerClient();
  const stdout = opts.stdout ?? process.stdout;
  const stderr = opts.stderr ?? process.stderr;
  try {
    // an engine without a bridge network (dockerd --bridge=none) can only run containers on the host network
    const network = spec.network ?? ((await hasBridgeNetwork(docker)) ? undefined : 'host');
    const host = network === 'host';
    const portKeys = spec.ports.map((p) => `${p.container}/tcp`);

    let container: Docker.Container;
    try {
      container = await docker.createContainer({
        Image: spec.image,
        Cmd: spec.argv,
        WorkingDir: spec.workdir,
        Env: resolveEnvironment(spec, opts.hostEnv ?? process.env),
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
        Labels: { 'dev.psml.command': spec.command, 'dev.psml.env': spec.env },
        ...(host || portKeys.length === 0 ? {} : { ExposedPorts: Object.fromEntries(portKeys.map((k) => [k, {}])) }),
        HostConfig: {
          Init: true,
          Binds: spec.mounts.map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`),
          ...(network ? { NetworkMode: network } : {}),
          ...(host ? {} : { PortBindings: Object.fromEntries(spec.ports.map((p) => [`${p.container}/tcp`, [{ HostPort: String(p.host) }]])) }),
          ...(spec.gpus ? { DeviceRequests: [gpuRequest(spec.gpus)] } : {}),
        },
      });
    } catch (e) {
      if (isNotFound(e)) {
        throw new PsmlError('image is not on this Docker engine', {
          resource: spec.image,
          hint: opts.buildHint ?? `build it with: ${buildCommandFor(spec)}`,
        });
      }
      throw engineRefused(e, 'the container', spec.image);
    }

    opts.onCreate?.(container.id);
    const stopOnAbort = () => void container.stop({ t: opts.stopTimeoutSeconds ?? 10 }).catch(() => undefined);
    try {
      // attached before start, like docker run; no log replay (it could repeat lines already streamed)
      const stream = await container.attach({ stream: true, stdout: true, stderr: true });
      const ended = new Promise<void>((resolve) => {
        stream.on('end', resolve);
        stream.on('close', resolve);
        stream.on('error', () => resolve());
      });
      docker.modem.demuxStream(stream, stdout, stderr);
      const exited = container.wait({ condition: 'next-exit' }) as Promise<{ StatusCode: number }>;
      if (opts.signal?.aborted) throw new PsmlError('cancelled before the container started');
      // listen before starting: output (and a Ctrl-C) can arrive before start() returns
      opts.signal?.addEventListener('abort', stopOnAbort, { once: true });
      await container.start().catch((e: unknown) => {
        throw new PsmlError(`the container did not start: ${dockerErrorMessage(e)}`, { resource: spec.image, cause: e });
      });
      if (opts.signal?.aborted) stopOnAbort(); // a stop sent while it was still starting may have been a no-op
      const { StatusCode } = await exited;
      // the attach stream ends right after the exit; don't hang on an engine that keeps it open
      await Promise.race([ended, new Promise((r) => setTimeout(r, 2000).unref())]);
      return StatusCode;
    } finally {
      opts.signal?.removeEventListener('abort', stopOnAbort);
      await container.remove({ force: true }).catch(() => undefined);
    }
  } catch (e) {
    throw engineUnreachable(e);
  }
}

function gpuRequest(gpus: string): Docker.DeviceRequest {
  if (gpus === 'all') return { Driver: '', Count: -1, Capabilities: [['gpu']] };
  if (gpus.startsWith('device=')) return { Driver: '', DeviceIDs: gpus.slice('device='.length).split(','), Capabilities: [['gpu']] };
  return { Driver: '', Count: Number(gpus), Capabilities: [['gpu']] };
}
