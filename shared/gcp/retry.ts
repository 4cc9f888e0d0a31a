/**
 * Classification of Google API errors and the retry policy mature tools use (Terraform's Google provider):
 * retry network errors, 429, 500/502/503/504, rate-limit 403s, concurrent-operation quota and operationInProgress,
 * with exponential backoff, jitter and a deadline. Nothing is retried by the client libraries themselves.
 */
import pRetry, { AbortError } from 'p-retry';

export interface ApiErrorInfo {
  /** HTTP status, when the error came from an HTTP answer. */
  status?: number;
  /** `errors[0].reason` or `error.status` of the JSON body (alreadyExists, notFound, rateLimitExceeded, …). */
  reason?: string;
  message: string;
  /** Node network error code (ECONNREFUSED, ECONNRESET, …). */
  network?: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET']);
const TRANSIENT_REASONS = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'CONCURRENT_OPERATIONS_QUOTA_EXCEEDED',
  'operationInProgress',
  'backendError',
  'internalError',
]);

/** Reads status and reason from a GaxiosError / GoogleError (whose message is the raw JSON body) or a network error. */
export function apiErrorInfo(e: unknown): ApiErrorInfo {
  const err = (e ?? {}) as Record<string, unknown>;
  const message = e instanceof Error ? e.message : String(e);
  const info: ApiErrorInfo = { message };
  const code = err.status ?? (err.response as Record<string, unknown> | undefined)?.status ?? err.code;
  if (typeof code === 'number' && code >= 100 && code < 600) info.status = code;
  else if (typeof code === 'string' && NETWORK_CODES.has(code)) info.network = code;
  const cause = err.cause as Record<string, unknown> | undefined;
  if (!info.network && typeof cause?.code === 'string' && NETWORK_CODES.has(cause.code)) info.network = cause.code;
  const body = parseJson(message) ?? parseJson((err.response as Record<string, unknown> | undefined)?.data);
  const error = (body as { error?: { code?: number; message?: string; status?: string; errors?: { reason?: string }[] } } | undefined)?.error;
  if (error) {
    info.reason = error.errors?.[0]?.reason ?? error.status;
    if (error.message) info.message = error.message;
    if (info.status === undefined && typeof error.code === 'number') info.status = error.code;
  }
  return info;
}

function parseJson(v: unknown): unknown {
  if (typeof v === 'object' && v !== null) return v;
  if (typeof v !== 'string' || !v.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
}

export function isTransient(info: ApiErrorInfo): boolean {
  if (info.network) return true;
  if (info.reason && TRANSIENT_REASONS.has(info.reason)) return true;
  return info.status === 429 || info.status === 500 || info.status === 502 || info.status === 503 || info.status === 504;
}

export interface RetryOptions {
  /** Give up after this long (ms) across all attempts. */
  deadlineMs?: number;
  retries?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Extra predicate for errors that are transient for this call only. */
  retryIf?: (info: ApiErrorInfo) => boolean;
  onRetry?: (info: ApiErrorInfo, attempt: number) => void;
  /**
   * Retries while the endpoint cannot be reached at all (connection refused, unknown host) — default 3, a few
   * seconds: a wrong or stopped endpoint should fail fast, not look like a hang until the deadline.
   */
  unreachableRetries?: number;
}

/** Nothing listens there (or the name does not resolve): unlike a reset or a timeout, rarely fixed by waiting. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND']);

/** Runs `fn`, retrying transient API errors with exponential backoff and full jitter, within a deadline. */
export function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  let unreachable = 0;
  return pRetry(
    async (attempt) => {
      try {
        return await fn(attempt);
      } catch (e) {
        const info = apiErrorInfo(e);
        unreachable = info.network && UNREACHABLE.has(info.network) ? unreachable + 1 : 0;
        if (unreachable > (opts.unreachableRetries ?? 3)) throw new AbortError(e instanceof Error ? e : new Error(String(e)));
        if (isTransient(info) || opts.retryIf?.(info)) throw e;
        throw new AbortError(e instanceof Error ? e : new Error(String(e)));
      }
    },
    {
      retries: opts.retries ?? 8,
      factor: 2,
      minTimeout: opts.minDelayMs ?? 250,
      maxTimeout: opts.maxDelayMs ?? 16_000,
      randomize: true,
      maxRetryTime: opts.deadlineMs ?? 120_000,
      onFailedAttempt: ({ error, attemptNumber }) => opts.onRetry?.(apiErrorInfo(error), attemptNumber),
    },
  );
}
