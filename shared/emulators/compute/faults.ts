/**
 * Faults a test or benchmark can inject through the control endpoint. Each rule may be limited to `times` matches
 * (default: 1 for errors, unlimited for latency and stockouts) and skip its first `after` matches.
 */

/** Answer the next matching HTTP request with an error instead of serving it. */
export interface HttpFault {
  /** HTTP method, default any */
  method?: string;
  /** regular expression tested against the path and query (`/compute/v1/projects/p/zones/…?requestId=…`) */
  path?: string;
  status: number;
  /** `errors[0].reason`, default derived from the status (rateLimitExceeded for 429, backendError for 5xx…) */
  reason?: string;
  message?: string;
  times?: number;
  after?: number;
}

/** Make matching operations finish DONE with an error (the resource is then not created/changed). */
export interface OperationFault {
  /** insert, delete, patch, update, resize, setLabels, … default any */
  operationType?: string;
  /** regular expression tested against the target's selfLink */
  target?: string;
  /** e.g. QUOTA_EXCEEDED, ZONE_RESOURCE_POOL_EXHAUSTED, RESOURCE_OPERATION_RATE_EXCEEDED */
  code: string;
  message?: string;
  /** httpErrorStatusCode of the operation (403 for quota, 503 for stockouts by default) */
  httpStatus?: number;
  times?: number;
  after?: number;
}

/** No capacity in a zone for a machine type and/or accelerator type (instances and MIG members fail to start). */
export interface Stockout {
  zone: string;
  /** machine type name, or a prefix ending in `*` (`a2-*`); default any */
  machineType?: string;
  /** accelerator type name (also matches machine types that bundle it, e.g. g2 → nvidia-l4); default any */
  acceleratorType?: string;
  times?: number;
}

/** Delay matching requests. */
export interface Latency {
  method?: string;
  path?: string;
  ms: number;
  times?: number;
}

export interface Faults {
  http: HttpFault[];
  operations: OperationFault[];
  stockouts: Stockout[];
  latency: Latency[];
}

export const noFaults = (): Faults => ({ http: [], operations: [], stockouts: [], latency: [] });

interface Counted {
  times?: number;
  after?: number;
}

/** Consumes one match of a counted rule: true when the rule fires now. Rules used up are removed by the caller. */
export function fire(rule: Counted & { seen?: number }): boolean {
  rule.seen = (rule.seen ?? 0) + 1;
  if (rule.seen <= (rule.after ?? 0)) return false;
  if (rule.times !== undefined) rule.times -= 1;
  return true;
}

export const spent = (rule: Counted): boolean => rule.times !== undefined && rule.times <= 0;

export function matchesRequest(rule: { method?: string; path?: string }, method: string, pathAndQuery: string): boolean {
  if (rule.method && rule.method !== '*' && rule.method.toUpperCase() !== method) return false;
  if (rule.path && !new RegExp(rule.path).test(pathAndQuery)) return false;
  return true;
}

export function defaultReason(status: number): string {
  if (status === 429) return 'rateLimitExceeded';
  if (status === 403) return 'rateLimitExceeded';
  if (status === 404) return 'notFound';
  if (status === 409) return 'operationInProgress';
  if (status === 412) return 'conditionNotMet';
  if (status === 400) return 'invalid';
  if (status >= 500) return 'backendError';
  return 'invalid';
}

/** Validates a faults document sent to the control endpoint; returns an error message or undefined. */
export function checkFaults(f: Partial<Faults>): string | undefined {
  for (const k of Object.keys(f)) if (!['http', 'operations', 'stockouts', 'latency'].includes(k)) return `unknown fault kind "${k}"`;
  for (const r of f.http ?? []) {
    if (!Number.isInteger(r.status) || r.status < 400 || r.status > 599) return 'http[].status must be an HTTP error status';
    if (r.path) new RegExp(r.path);
  }
  for (const r of f.operations ?? []) if (!r.code) return 'operations[].code is required';
  for (const r of f.stockouts ?? []) if (!r.zone) return 'stockouts[].zone is required';
  for (const r of f.latency ?? []) if (!(r.ms >= 0)) return 'latency[].ms must be ≥ 0';
  return undefined;
}
