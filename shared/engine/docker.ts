/** The Docker engine connection (DOCKER_HOST or the default socket) and the engine errors users can act on. */
import Docker from 'dockerode';
import { PsmlError } from '../errors.js';

const DOCKER_HOST_SCHEMES = ['unix:', 'tcp:', 'http:', 'https:', 'ssh:', 'npipe:'];

/** The engine client; a DOCKER_HOST the engine client cannot use is a user error, not a DNS lookup of garbage. */
export function dockerClient(): Docker {
  const host = process.env.DOCKER_HOST;
  if (host) {
    let scheme: string | undefined;
    try {
      scheme = new URL(host.includes('//') ? host : `tcp://${host}`).protocol;
    } catch {
      scheme = undefined;
    }
    if (!scheme || !DOCKER_HOST_SCHEMES.includes(scheme)) {
      throw new PsmlError(`"${host}" is not a Docker engine address`, {
        field: 'DOCKER_HOST',
        hint: 'use unix:///path/to/docker.sock or tcp://HOST:PORT (or unset it for the default socket)',
      });
    }
  }
  try {
    return new Docker();
  } catch (e) {
    throw new PsmlError(`cannot use DOCKER_HOST "${host ?? ''}": ${(e as Error).message}`, { field: 'DOCKER_HOST', cause: e });
  }
}

interface DockerApiError {
  statusCode?: number;
  code?: string;
  json?: { message?: string } | null;
  message?: string;
}

export function dockerErrorMessage(e: unknown): string {
  const err = e as DockerApiError;
  return (err.json?.message ?? err.message ?? String(e)).trim();
}

export const isNotFound = (e: unknown): boolean => (e as DockerApiError)?.statusCode === 404;

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTSOCK']);

/** Turns "cannot connect" into a PsmlError with what to do; returns other errors unchanged. */
export function engineUnreachable(e: unknown): unknown {
  const code = (e as DockerApiError)?.code;
  if (code && UNREACHABLE.has(code)) {
    return new PsmlError(`cannot reach the Docker engine (${code})`, {
      resource: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
      hint: 'start Docker, or point DOCKER_HOST at a running engine (scripts/local-infra.sh start prints one)',
      cause: e,
    });
  }
  return e;
}

/** An engine API refusal (4xx/5xx with a message) is about the user's input or setup, not a psml bug. */
export function engineRefused(e: unknown, what: string, resource: string): unknown {
  const status = (e as DockerApiError)?.statusCode;
  if (typeof status === 'number' && status >= 400) {
    return new PsmlError(`the Docker engine refused ${what}: ${dockerErrorMessage(e)}`, { resource, cause: e });
  }
  return e;
}

/** Whether the engine has Docker's default bridge network (dockerd --bridge=none has only host and none). */
export async function hasBridgeNetwork(docker: Docker): Promise<boolean> {
  const nets = await docker.listNetworks();
  return nets.some((n) => n.Name === 'bridge');
}
