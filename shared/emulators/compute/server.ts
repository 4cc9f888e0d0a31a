/**
 * The emulator's HTTP front: Compute Engine REST under `/compute/v1/…` (validated against the client's own
 * descriptors, answered in Google's JSON shapes) and a control API under `/_emulator/…` for tests and benchmarks.
 */
import type http from 'node:http';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { findRpc, parsePath, queryParams, validateMessage } from './api.js';
import { ComputeCloud, type OperationTiming } from './cloud.js';
import { ComputeApiError, REASON_MESSAGES } from './errors.js';
import { checkFaults, defaultReason, fire, matchesRequest, spent, type Faults } from './faults.js';
import { isCloudState, type Json } from './state.js';
import { HttpError, listen, readBody, sendJson, sleep, type RunningServer } from '../http.js';
import { ComputeEmulatorControl } from './control.js';
import { parseJsonText } from '../../json.js';

export interface ComputeEmulatorOptions {
  port?: number;
  host?: string;
  /** JSON file holding the cloud between runs: loaded at start when present, written after changes and on close */
  stateFile?: string;
  timing?: Partial<OperationTiming>;
  /**
   * Check every answer against the client's response message type and answer 500 on a mismatch: a self-test of
   * the emulator's fidelity, on in its own tests.
   */
  checkResponses?: boolean;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  reason?: string;
}

export interface ComputeEmulator {
  /** base URL, e.g. http://127.0.0.1:43123 — pass it to googleClientOptions('compute', url) */
  url: string;
  port: number;
  control: ComputeEmulatorControl;
  /** the in-process cloud (tests may look, but the control API is the supported way) */
  cloud: ComputeCloud;
  close(): Promise<void>;
}

export async function startComputeEmulator(opts: ComputeEmulatorOptions = {}): Promise<ComputeEmulator> {
  const cloud = new ComputeCloud();
  Object.assign(cloud.timing, opts.timing);
  const log: RequestLogEntry[] = [];
  const stateFile = opts.stateFile;
  if (stateFile && existsSync(stateFile)) {
    const text = readFileSync(stateFile, 'utf8');
    const parsed: unknown = text.trim() ? parseJsonText(text) : undefined;
    if (parsed !== undefined) {
      if (!isCloudState(parsed)) throw new Error(`${stateFile} is not a psml compute emulator state file`);
      cloud.load(parsed);
    }
  }
  let saveTimer: NodeJS.Timeout | undefined;
  const save = () => {
    saveTimer = undefined;
    if (!stateFile) return;
    const tmp = `${stateFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cloud.state));
    renameSync(tmp, stateFile);
  };
  cloud.onChange = () => {
    if (stateFile && !saveTimer) saveTimer = setTimeout(save, 25);
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    if (url.pathname.startsWith('/_emulator/')) return control(cloud, log, method, url, raw, res, save);
    const pathAndQuery = url.pathname + url.search;
    const answer = (status: number, body: unknown, reason?: string) => {
      log.push({ method, path: pathAndQuery, status, ...(reason ? { reason } : {}) });
      if (log.length > 5000) log.splice(0, log.length - 5000);
      sendJson(res, status, body);
    };
    for (let i = 0; i < cloud.faults.latency.length; i++) {
      const l = cloud.faults.latency[i]!;
      if (!matchesRequest(l, method, pathAndQuery) || !fire(l)) continue;
      if (spent(l)) cloud.faults.latency.splice(i--, 1);
      await sleep(l.ms);
    }
    const http = cloud.faults.http;
    for (let i = 0; i < http.length; i++) {
      const f = http[i]!;
      if (!matchesRequest(f, method, pathAndQuery)) continue;
      f.times ??= 1;
      if (!fire(f)) continue;
      if (spent(f)) http.splice(i, 1);
      const reason = f.reason ?? defaultReason(f.status);
      const e = new ComputeApiError(f.status, reason, f.message ?? REASON_MESSAGES[reason] ?? `Injected error ${f.status}`);
      return answer(f.status, e.body(), reason);
    }
    try {
      const parsed = parsePath(url.pathname);
      const rpc = parsed && findRpc(method, parsed);
      if (!parsed || !rpc) {
        const e = new ComputeApiError(404, 'notFound', `The requested URL ${url.pathname} was not found on this server (${method}).`);
        return answer(404, e.body(), 'notFound');
      }
      const query = queryParams(rpc, url.searchParams);
      let body: Json | undefined;
      if (rpc.bodyField) {
        let value: unknown;
        try {
          value = raw.trim() ? JSON.parse(raw) : undefined;
        } catch {
          throw new ComputeApiError(400, 'parseError', 'Parse Error');
        }
        if (value === undefined || value === '') throw new ComputeApiError(400, 'required', `Required field '${rpc.bodyField}' not specified`);
        if (rpc.bodyType) validateMessage(rpc.bodyType, value);
        body = value as Json;
      }
      const result = cloud.handle({ method, parsed, rpc, query, body });
      if (opts.checkResponses && result.status === 200) {
        try {
          validateMessage(rpc.responseType, result.body, 'response');
        } catch (e) {
          const why = e instanceof Error ? e.message : String(e);
          return answer(500, new ComputeApiError(500, 'emulatorResponseInvalid', `${rpc.service}.${rpc.method}: ${why}`).body());
        }
      }
      return answer(result.status, result.body);
    } catch (e) {
      if (e instanceof ComputeApiError) return answer(e.code, e.body(), e.reason);
      if (e instanceof HttpError) return answer(e.status, new ComputeApiError(e.status, 'invalid', e.message).body());
      throw e;
    }
  };

  const server: RunningServer = await listen(handler, { port: opts.port, host: opts.host });
  return {
    url: server.url,
    port: server.port,
    cloud,
    control: new ComputeEmulatorControl(server.url),
    async close() {
      await server.close();
      if (saveTimer) clearTimeout(saveTimer);
      if (stateFile) save();
    },
  };
}

/** `/_emulator/…`: state, reset, faults, operation timing, health, request log. */
function control(cloud: ComputeCloud, log: RequestLogEntry[], method: string, url: URL, raw: string, res: http.ServerResponse, save: () => void): void {
  const route = `${method} ${url.pathname.replace(/\/$/, '')}`;
  let body: Json = {};
  try {
    body = raw.trim() ? (JSON.parse(raw) as Json) : {};
  } catch {
    return sendJson(res, 400, { error: 'body is not JSON' });
  }
  switch (route) {
    case 'GET /_emulator/state':
      return sendJson(res, 200, cloud.state);
    case 'PUT /_emulator/state':
      if (!isCloudState(body)) return sendJson(res, 400, { error: 'not a compute emulator state' });
      cloud.load(body);
      cloud.onChange();
      return sendJson(res, 200, {});
    case 'POST /_emulator/reset':
      cloud.reset();
      cloud.faults = { http: [], operations: [], stockouts: [], latency: [] };
      log.length = 0;
      return sendJson(res, 200, {});
    case 'POST /_emulator/save':
      save();
      return sendJson(res, 200, {});
    case 'GET /_emulator/faults':
      return sendJson(res, 200, cloud.faults);
    case 'POST /_emulator/faults': {
      const problem = safe(() => checkFaults(body as Partial<Faults>));
      if (problem) return sendJson(res, 400, { error: problem });
      const f = body as Partial<Faults>;
      cloud.faults.http.push(...(f.http ?? []).map((x) => ({ ...x })));
      cloud.faults.operations.push(...(f.operations ?? []).map((x) => ({ ...x })));
      cloud.faults.stockouts.push(...(f.stockouts ?? []).map((x) => ({ ...x })));
      cloud.faults.latency.push(...(f.latency ?? []).map((x) => ({ ...x })));
      return sendJson(res, 200, cloud.faults);
    }
    case 'DELETE /_emulator/faults':
      cloud.faults = { http: [], operations: [], stockouts: [], latency: [] };
      return sendJson(res, 200, cloud.faults);
    case 'GET /_emulator/timing':
      return sendJson(res, 200, cloud.timing);
    case 'PUT /_emulator/timing':
      for (const k of Object.keys(body)) if (!(k in cloud.timing) || typeof body[k] !== 'number') return sendJson(res, 400, { error: `unknown or non-numeric timing "${k}"` });
      Object.assign(cloud.timing, body);
      return sendJson(res, 200, cloud.timing);
    case 'POST /_emulator/operations/settle':
      return sendJson(res, 200, { settled: cloud.settleAll() });
    case 'PUT /_emulator/health': {
      const { instance, state } = body as { instance?: string; state?: string };
      if (!instance || !['HEALTHY', 'UNHEALTHY', 'DRAINING', 'TIMEOUT', 'UNKNOWN'].includes(state ?? '')) return sendJson(res, 400, { error: 'need {instance: key or URL, state}' });
      const key = instance.replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
      cloud.state.health[key] = state!;
      cloud.onChange();
      return sendJson(res, 200, {});
    }
    case 'GET /_emulator/requests':
      return sendJson(res, 200, log);
    case 'DELETE /_emulator/requests':
      log.length = 0;
      return sendJson(res, 200, {});
    default:
      return sendJson(res, 404, { error: `no control route ${route}` });
  }
}

function safe(fn: () => string | undefined): string | undefined {
  try {
    return fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
