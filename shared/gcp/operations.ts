/**
 * Waiting for Compute Engine operations. The client's `operation.promise()` does not work for Compute, so we poll
 * `{Zone,Region,Global}OperationsClient.wait()` on the operation's own scope until DONE — and a DONE operation can
 * still be a failure (`error.errors[].code`), which `wait()` does not throw: we turn it into an OperationError.
 */
import type { protos } from '@google-cloud/compute';
import { PsmlError } from '../errors.js';
import type { ComputeClients } from './compute-clients.js';
import { withRetry, type RetryOptions } from './retry.js';

export type Operation = protos.google.cloud.compute.v1.IOperation;

export interface WaitOptions {
  /** Project of the operation when its selfLink does not say (it always does on the real API). */
  project?: string;
  /** What the operation is about, for messages (`instances/train-v1-2`). */
  resource?: string;
  /** Give up waiting after this long (default 20 min: GPU instances can take a while). */
  deadlineMs?: number;
  /** Pause between polls that return without DONE (wait() normally blocks up to ~2 min itself). */
  pollDelayMs?: number;
  /** Retry policy for the wait() calls themselves (a 503 while polling is not a failed operation). */
  retry?: RetryOptions;
}

export interface OperationErrorEntry {
  code: string;
  message: string;
}

/** A Compute Engine operation finished DONE with errors (stockout, quota, bad reference, …). */
export class OperationError extends PsmlError {
  /** `ZONE_RESOURCE_POOL_EXHAUSTED`, `QUOTA_EXCEEDED`, … in the order the API gave them. */
  readonly codes: string[];
  readonly errors: OperationErrorEntry[];
  /** Zones the error messages name (stockouts name the exhausted zone or those with capacity). */
  readonly zones: string[];
  readonly httpStatus?: number;
  readonly operation: Operation;

  constructor(op: Operation, resource: string | undefined) {
    const errors = (op.error?.errors ?? []).map((e) => ({ code: e.code ?? 'UNKNOWN', message: e.message ?? '' }));
    if (errors.length === 0) errors.push({ code: 'UNKNOWN', message: op.httpErrorMessage ?? 'operation failed' });
    const codes = [...new Set(errors.map((e) => e.code))];
    const zones = zonesIn(errors.map((e) => e.message).join(' '));
    const target = resource ?? lastSegment(op.targetLink) ?? op.name ?? 'operation';
    const verb = op.operationType ? `${op.operationType} of ${target}` : target;
    super(`${verb} failed: ${codes.join(', ')}${zones.length ? ` (zones: ${zones.join(', ')})` : ''}`, {
      resource: target,
      hint: hintFor(codes),
      details: errors.map((e) => `${e.code}: ${e.message}`),
    });
    this.name = 'OperationError';
    this.codes = codes;
    this.errors = errors;
    this.zones = zones;
    this.httpStatus = op.httpErrorStatusCode ?? undefined;
    this.operation = op;
  }
}

export const isOperationError = (e: unknown): e is OperationError => e instanceof OperationError;

function hintFor(codes: string[]): string | undefined {
  if (codes.some((c) => c.startsWith('ZONE_RESOURCE_POOL_EXHAUSTED')))
    return 'the zone has no capacity for this machine or GPU right now: list more zones (in order of preference) or retry later';
  if (codes.some((c) => c.includes('QUOTA')))
    return 'raise the quota (IAM & Admin → Quotas) or ask for fewer CPUs/GPUs';
  if (codes.includes('RESOURCE_NOT_FOUND')) return 'a referenced resource does not exist: create it first';
  if (codes.includes('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE'))
    return 'another resource still uses this one: delete or detach that first';
  return undefined;
}

/** Zone names (`us-central1-a`) mentioned in a text, first occurrence order. */
export function zonesIn(text: string): string[] {
  return [...new Set(text.match(/\b[a-z]+-[a-z]+\d+-[a-z]\b/g) ?? [])];
}

const lastSegment = (url: string | null | undefined): string | undefined => url?.split('/').filter(Boolean).pop();
const projectOf = (link: string | null | undefined): string | undefined => link?.match(/\/projects\/([^/]+)\//)?.[1];

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Polls `op` until DONE on its scope (zone, region or global, read from `op.zone` / `op.region`).
 * Resolves with the DONE operation; throws OperationError when it finished with errors and PsmlError at the deadline.
 */
export async function waitForOperation(clients: ComputeClients, op: Operation, opts: WaitOptions = {}): Promise<Operation> {
  const deadline = Date.now() + (opts.deadlineMs ?? 20 * 60_000);
  const project = projectOf(op.selfLink) ?? projectOf(op.targetLink) ?? opts.project;
  const zone = lastSegment(op.zone);
  const region = lastSegment(op.region);
  const operation = op.name ?? undefined;
  let current = op;
  while (current.status !== 'DONE') {
    if (!operation || !project) throw new Error(`operation without name or project: ${JSON.stringify(op)}`);
    if (Date.now() > deadline) {
      throw new PsmlError(`operation ${operation} is still ${current.status ?? 'PENDING'} after ${Math.round((opts.deadlineMs ?? 20 * 60_000) / 100) / 10} s`, {
        resource: opts.resource ?? lastSegment(op.targetLink),
        hint: 'Compute Engine is slow or stuck: check the operation in the console and run the command again (it is idempotent)',
      });
    }
    const retry = { deadlineMs: Math.max(1, deadline - Date.now()), ...opts.retry };
    const before = current.status;
    current = await withRetry(async () => {
      if (zone) return (await clients.client('zoneOperations').wait({ project, zone, operation }))[0];
      if (region) return (await clients.client('regionOperations').wait({ project, region, operation }))[0];
      return (await clients.client('globalOperations').wait({ project, operation }))[0];
    }, retry);
    if (current.status !== 'DONE' && current.status === before) await sleep(opts.pollDelayMs ?? 1000);
  }
  if (current.error?.errors?.length) throw new OperationError(current, opts.resource);
  return current;
}
