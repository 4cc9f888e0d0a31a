/**
 * Smoke test of a deployed revision over the Open Inference Protocol (serving-contract.md): poll
 * `/v2/health/ready` (bounded), check the model is ready, read its metadata, send one infer request (a shipped
 * sample, or one built from the metadata: zeros, −1 dimensions as 1) and check the echoed id, every requested
 * output, and `len(data) == product(shape)`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PsmlError } from '../errors.js';
import { parseJsonText } from '../json.js';

export interface SmokeOptions {
  /** Model name in `/v2/models/<name>` (default `model`, what `psml serve` uses). */
  model?: string;
  /** A sample infer request (object, or a JSON file path) instead of one built from the metadata. */
  request?: Record<string, unknown> | string;
  /** Bound on waiting for readiness (default 5 min). */
  readyTimeoutMs?: number;
  pollMs?: number;
  /** Per-request timeout (default 30 s). */
  requestTimeoutMs?: number;
}

export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SmokeReport {
  url: string;
  ok: boolean;
  checks: SmokeCheck[];
}

interface TensorMeta {
  name: string;
  datatype: string;
  shape: number[];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Zero of an OIP datatype (BYTES → empty string, BOOL → false). */
function zero(datatype: string): unknown {
  if (datatype === 'BYTES') return '';
  if (datatype === 'BOOL') return false;
  return 0;
}

/** A request with one zero-filled input per declared input (variable dimensions as 1). */
export function buildRequest(inputs: TensorMeta[], outputs: TensorMeta[], id: string): Record<string, unknown> {
  return {
    id,
    inputs: inputs.map((t) => {
      const shape = t.shape.map((d) => (d < 0 ? 1 : d));
      const n = shape.reduce((a, b) => a * b, 1);
      return { name: t.name, shape, datatype: t.datatype, data: Array.from({ length: n }, () => zero(t.datatype)) };
    }),
    ...(outputs.length ? { outputs: outputs.map((o) => ({ name: o.name })) } : {}),
  };
}

function tensorList(v: unknown): TensorMeta[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: TensorMeta[] = [];
  for (const t of v) {
    if (!t || typeof t !== 'object') return undefined;
    const { name, datatype, shape } = t as Record<string, unknown>;
    if (typeof name !== 'string' || typeof datatype !== 'string' || !Array.isArray(shape) || !shape.every((d) => Number.isInteger(d))) return undefined;
    out.push({ name, datatype, shape: shape as number[] });
  }
  return out;
}

const flatLength = (data: unknown): number => (Array.isArray(data) ? data.reduce((n: number, d) => n + (Array.isArray(d) ? flatLength(d) : 1), 0) : 0);

function loadRequest(r: SmokeOptions['request']): Record<string, unknown> | undefined {
  if (r === undefined || typeof r === 'object') return r;
  let parsed: unknown;
  try {
    parsed = parseJsonText(readFileSync(r, 'utf8'));
  } catch (e) {
    throw new PsmlError(`cannot read the sample request: ${(e as Error).message}`, { resource: r, field: '--request', hint: 'pass a JSON infer request ({inputs: [...]})' });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Array.isArray((parsed as { inputs?: unknown }).inputs))
    throw new PsmlError('the sample request is not an infer request', { resource: r, field: '--request', hint: 'expected a JSON object with an "inputs" list' });
  return parsed as Record<string, unknown>;
}

/** Network errors carry a system or undici code (ECONNREFUSED, UND_ERR_…) and timeouts a name; anything else is permanent. */
function canSucceedLater(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  const cause = e.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string';
}

/** Runs the smoke test; never throws for a failing service (see `report.ok`), only for bad input. */
export async function smokeTest(url: string, opts: SmokeOptions = {}): Promise<SmokeReport> {
  let base: URL;
  try {
    base = new URL(url.endsWith('/') ? url : `${url}/`);
  } catch {
    throw new PsmlError(`"${url}" is not a URL`, { field: '--endpoint', hint: 'e.g. http://203.0.113.10/churn/v1.2' });
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw new PsmlError(`"${url}" must be an http:// or https:// URL`, { field: '--endpoint', hint: 'e.g. http://203.0.113.10/churn/v1.2' });
  const sample = loadRequest(opts.request);
  const model = encodeURIComponent(opts.model ?? 'model');
  const timeout = opts.requestTimeoutMs ?? 30_000;
  const checks: SmokeCheck[] = [];
  const report = (): SmokeReport => ({ url, ok: checks.every((c) => c.ok), checks });
  const check = (name: string, ok: boolean, detail: string) => {
    checks.push({ name, ok, detail });
    return ok;
  };
  const call = async (path: string, body?: unknown): Promise<{ status: number; json?: unknown; text: string }> => {
    const res = await fetch(new URL(path, base), {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text };
  };
  const describe = (e: unknown) => (e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e));

  // 1. ready (bounded poll: a fresh revision loads its model first)
  const deadline = Date.now() + (opts.readyTimeoutMs ?? 5 * 60_000);
  let last = '';
  let attempts = 0;
  for (;;) {
    attempts++;
    try {
      const r = await call('v2/health/ready');
      if (r.status === 200) break;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = describe(e);
      // a fresh revision refuses connections or times out until it is up; a request fetch refuses to make at all
      // (a port browsers block, such as 1 or 9) never succeeds: say so now instead of polling until the deadline
      if (!canSucceedLater(e)) {
        check('server ready', false, `GET /v2/health/ready cannot be sent: ${last} — use another URL or port`);
        return report();
      }
    }
    if (Date.now() + (opts.pollMs ?? 2000) > deadline) {
      check('server ready', false, `GET /v2/health/ready never answered 200 (${attempts} attempts, last: ${last})`);
      return report();
    }
    await sleep(opts.pollMs ?? 2000);
  }
  check('server ready', true, `GET /v2/health/ready → 200 after ${attempts} attempt(s)`);

  try {
    // 2. model ready
    const ready = await call(`v2/models/${model}/ready`);
    if (!check('model ready', ready.status === 200, `GET /v2/models/${model}/ready → ${ready.status}`)) return report();

    // 3. metadata
    const meta = await call(`v2/models/${model}`);
    const m = meta.json as Record<string, unknown> | undefined;
    const inputs = tensorList(m?.inputs);
    const outputs = tensorList(m?.outputs) ?? [];
    const metaOk = meta.status === 200 && typeof m?.name === 'string' && (inputs !== undefined || sample !== undefined);
    if (!check('model metadata', metaOk, meta.status !== 200 ? `GET /v2/models/${model} → ${meta.status}` : metaOk ? `${m!.name}: ${inputs?.length ?? 0} input(s), ${outputs.length} output(s)` : 'the metadata lacks name or inputs [{name, datatype, shape}]'))
      return report();

    // 4. infer
    const id = `psml-smoke-${randomUUID()}`;
    const body = sample ? { ...sample, id } : buildRequest(inputs ?? [], outputs, id);
    // the outputs asked for: OIP `outputs`, or `output_fields` in the MLComponent form (seed 004), else all of the metadata's
    const asked = (body.outputs ?? body.output_fields) as { name?: string }[] | undefined;
    const requested = (asked ?? outputs).map((o) => o.name).filter((n): n is string => !!n);
    const inf = await call(`v2/models/${model}/infer`, body);
    if (!check('infer', inf.status === 200, `POST /v2/models/${model}/infer → ${inf.status}${inf.status !== 200 ? `: ${inf.text.slice(0, 200)}` : ''}`)) return report();
    const answer = (inf.json ?? {}) as { id?: unknown; outputs?: { name?: string; shape?: number[]; data?: unknown }[] };
    check('echoed id', answer.id === id, answer.id === id ? `id ${id}` : `sent id ${id}, got ${JSON.stringify(answer.id)}`);
    const got = answer.outputs ?? [];
    const missing = requested.filter((n) => !got.some((o) => o.name === n));
    check('outputs present', Array.isArray(answer.outputs) && got.length > 0 && missing.length === 0, missing.length ? `missing: ${missing.join(', ')}` : `${got.map((o) => o.name).join(', ') || '(none)'}`);
    const bad = got.filter((o) => !Array.isArray(o.shape) || flatLength(o.data) !== o.shape.reduce((a, b) => a * b, 1));
    check('output shapes', got.length > 0 && bad.length === 0, bad.length ? bad.map((o) => `${o.name}: shape ${JSON.stringify(o.shape)} but ${flatLength(o.data)} value(s)`).join('; ') : 'len(data) = product(shape) for every output');
  } catch (e) {
    check('request', false, describe(e));
  }
  return report();
}

export function renderSmoke(r: SmokeReport, format: 'text' | 'markdown' = 'text'): string {
  if (format === 'markdown')
    return [`### Smoke test ${r.ok ? 'passed' : 'FAILED'}: ${r.url}`, '', '| | Check | Detail |', '|---|---|---|', ...r.checks.map((c) => `| ${c.ok ? '✅' : '❌'} | ${c.name} | ${c.detail.replace(/\|/g, '\\|')} |`), ''].join('\n');
  return [`smoke test ${r.ok ? 'passed' : 'FAILED'}: ${r.url}`, ...r.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`)].join('\n') + '\n';
}
