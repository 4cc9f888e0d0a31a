/**
 * A local Service Management API (v1, REST) for tests, the CLI and the offline demo: the calls psml makes to keep a
 * Cloud Endpoints service's OpenAPI document current — services.get/create, services.configs.submit/list/get,
 * services.rollouts.create/list/get and operations.get — in the JSON shapes the official client decodes. The same
 * server answers the two Service Usage v1 calls that follow a deploy (services.get and services.enable of an Endpoints
 * service in a project): their paths do not overlap, and a local Service Management never pairs with a remote Service
 * Usage.
 *
 * Strict like the real API: unknown body fields or query parameters → 400 INVALID_ARGUMENT, unknown services →
 * 404 NOT_FOUND, a service of another producer project → 403 PERMISSION_DENIED, an OpenAPI document whose `host`
 * is not the service or that is not Swagger 2.0 → 400. Mutations answer with long-running operations that finish
 * after `operationPolls` polls. Listens on 127.0.0.1 with an ephemeral port unless told otherwise.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { parse as parseYaml } from 'yaml';
import { HttpError, listen, readBody, sendJson, type RunningServer } from '../http.js';

export interface ServiceManagementEmulatorOptions {
  host?: string;
  port?: number;
  /** Services that exist from the start (e.g. one owned by another project). */
  services?: { serviceName: string; producerProjectId: string }[];
  /** operations.get calls an operation answers `done: false` before it is done (default 1: the client really polls). */
  operationPolls?: number;
}

export interface SmRequest {
  method: string;
  path: string;
  status: number;
}

interface ConfigFile {
  filePath: string;
  /** base64, as proto3 JSON carries bytes */
  fileContents: string;
  fileType: string;
}

interface StoredConfig {
  id: string;
  files: ConfigFile[];
  title: string;
  methods: string[];
  version: string;
  endpoints: { name: string; target?: string }[];
}

interface StoredRollout {
  rolloutId: string;
  createTime: string;
  createdBy: string;
  status: string;
  trafficPercentStrategy: { percentages: Record<string, number> };
  serviceName: string;
}

interface StoredService {
  serviceName: string;
  producerProjectId: string;
  configs: StoredConfig[]; // oldest first
  rollouts: StoredRollout[]; // oldest first
  /** projects where Service Usage has the service enabled */
  enabledIn: Set<string>;
}

interface StoredOperation {
  name: string;
  pollsLeft: number;
  metadata: Record<string, unknown>;
  response?: Record<string, unknown>;
  error?: { code: number; message: string };
}

const STATUS: Record<number, string> = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 409: 'ALREADY_EXISTS', 500: 'INTERNAL', 503: 'UNAVAILABLE' };
const FILE_TYPES = new Set(['OPEN_API_JSON', 'OPEN_API_YAML', 'SERVICE_CONFIG_YAML', 'FILE_DESCRIPTOR_SET_PROTO', 'PROTO_FILE']);
const TYPE = (t: string) => `type.googleapis.com/google.api.servicemanagement.v1.${t}`;
const USAGE_TYPE = (t: string) => `type.googleapis.com/google.api.serviceusage.v1.${t}`;
const ENDPOINTS_NAME = /^[a-z][a-z0-9-]{0,62}\.endpoints\.([a-z][-a-z0-9]{4,28}[a-z0-9])\.cloud\.goog$/;
const PAGE_MAX = 100;

export class ServiceManagementEmulator {
  readonly requests: SmRequest[] = [];
  /** @internal */ readonly services = new Map<string, StoredService>();
  /** @internal */ readonly operations = new Map<string, StoredOperation>();
  private readonly faults: { path: string | RegExp; status: number; left: number }[] = [];

  constructor(
    private readonly server: RunningServer,
    readonly operationPolls: number,
  ) {}

  get url(): string {
    return this.server.url;
  }

  /** The next `times` requests whose path matches answer `status` (Google error JSON). */
  injectFault(path: string | RegExp, status: number, times = 1): void {
    this.faults.push({ path, status, left: times });
  }

  /** @internal */
  takeFault(path: string): number | undefined {
    const f = this.faults.find((x) => x.left > 0 && (typeof x.path === 'string' ? path.includes(x.path) : x.path.test(path)));
    if (f) f.left--;
    return f?.status;
  }

  /** The documents submitted to a service, oldest first (decoded), for tests. */
  configSources(serviceName: string): string[] {
    return (this.services.get(serviceName)?.configs ?? []).map((c) => Buffer.from(c.files[0]?.fileContents ?? '', 'base64').toString('utf8'));
  }

  rollouts(serviceName: string): StoredRollout[] {
    return [...(this.services.get(serviceName)?.rollouts ?? [])];
  }

  /** The projects where Service Usage has the service enabled, sorted. */
  enabledIn(serviceName: string): string[] {
    return [...(this.services.get(serviceName)?.enabledIn ?? [])].sort();
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

/** `2026-01-31r0`: the form of real config and rollout ids (date, then a counter for that day). */
function nextId(existing: readonly { id: string }[]): string {
  const day = new Date().toISOString().slice(0, 10);
  const n = existing.filter((x) => x.id.startsWith(`${day}r`)).length;
  return `${day}r${n}`;
}

function onlyKeys(obj: unknown, allowed: readonly string[], where: string): Record<string, unknown> {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new HttpError(400, `Invalid JSON payload received. ${where} must be an object.`);
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) throw new HttpError(400, `Invalid JSON payload received. Unknown name "${k}" at '${where}': Cannot find field.`);
  return obj as Record<string, unknown>;
}

function onlyQuery(url: URL, allowed: readonly string[]): void {
  for (const k of url.searchParams.keys()) {
    if (k === '$alt' || k === 'alt') continue;
    if (!allowed.includes(k)) throw new HttpError(400, `Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter.`);
  }
}

function page<T>(items: readonly T[], url: URL, key: string): { items: T[]; next: string } {
  const size = url.searchParams.get('pageSize');
  const n = size === null || size === '' ? 50 : Number(size);
  if (!Number.isInteger(n) || n < 0) throw new HttpError(400, `Invalid value for page_size: ${size}`);
  const token = url.searchParams.get('pageToken');
  let offset = 0;
  if (token) {
    const t = /^(\d+)\.(.+)$/.exec(Buffer.from(token, 'base64url').toString());
    if (!t || t[2] !== key) throw new HttpError(400, 'Invalid page token.');
    offset = Number(t[1]);
  }
  const take = Math.min(n || 50, PAGE_MAX);
  const slice = items.slice(offset, offset + take);
  return { items: slice, next: offset + take < items.length ? Buffer.from(`${offset + take}.${key}`).toString('base64url') : '' };
}

/** What Service Management derives from an OpenAPI document (and what it refuses). */
function readOpenApi(serviceName: string, file: ConfigFile): Pick<StoredConfig, 'title' | 'methods' | 'version' | 'endpoints'> {
  const text = Buffer.from(file.fileContents, 'base64').toString('utf8');
  let doc: unknown;
  try {
    doc = file.fileType === 'OPEN_API_JSON' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new HttpError(400, `Cannot convert to service config. ${file.filePath}: not valid ${file.fileType === 'OPEN_API_JSON' ? 'JSON' : 'YAML'}: ${(e as Error).message}`);
  }
  const d = (doc ?? {}) as Record<string, unknown>;
  const bad = (m: string) => new HttpError(400, `Cannot convert to service config. ${file.filePath}: ${m}`);
  if (d.swagger !== '2.0') throw bad('"swagger" must be "2.0" (Cloud Endpoints accepts OpenAPI 2.0 documents)');
  if (d.host !== serviceName) throw bad(`"host" is "${String(d.host)}" but the service is "${serviceName}"`);
  const info = (d.info ?? {}) as Record<string, unknown>;
  if (typeof info.title !== 'string' || typeof info.version !== 'string') throw bad('"info.title" and "info.version" are required');
  const methods: string[] = [];
  for (const [path, item] of Object.entries((d.paths ?? {}) as Record<string, Record<string, { operationId?: unknown }>>)) {
    if (!path.startsWith('/')) throw bad(`path "${path}" must start with "/"`);
    for (const [method, op] of Object.entries(item)) {
      if (typeof op?.operationId !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(op.operationId)) throw bad(`${method.toUpperCase()} ${path}: operationId is missing or invalid`);
      if (methods.includes(op.operationId)) throw bad(`operationId "${op.operationId}" is used twice`);
      methods.push(op.operationId);
    }
  }
  const endpoints = Array.isArray(d['x-google-endpoints']) ? (d['x-google-endpoints'] as { name: string; target?: string }[]) : [];
  for (const e of endpoints) if (e.name !== serviceName) throw bad(`x-google-endpoints name "${e.name}" is not the service "${serviceName}"`);
  return { title: info.title, version: info.version, methods: methods.sort(), endpoints };
}

function serviceConfigJson(s: StoredService, c: StoredConfig, full: boolean): Record<string, unknown> {
  return {
    name: s.serviceName,
    title: c.title,
    producerProjectId: s.producerProjectId,
    id: c.id,
    apis: [{ name: `1.${s.serviceName.replace(/[.-]/g, '_')}`, version: c.version, methods: c.methods.map((m) => ({ name: m, requestTypeUrl: 'google.protobuf.Empty', responseTypeUrl: 'google.protobuf.Value' })) }],
    endpoints: c.endpoints.map((e) => ({ name: e.name, ...(e.target ? { target: e.target } : {}) })),
    configVersion: 3,
    ...(full ? { sourceInfo: { sourceFiles: c.files.map((f) => ({ '@type': TYPE('ConfigFile'), ...f })) } } : {}),
  };
}

export async function startServiceManagementEmulator(opts: ServiceManagementEmulatorOptions = {}): Promise<ServiceManagementEmulator> {
  let emu: ServiceManagementEmulator | undefined;

  const service = (name: string): StoredService => {
    const s = emu!.services.get(name);
    if (!s) throw new HttpError(404, `Service '${name}' not found or permission denied.`);
    return s;
  };
  // each API's client decodes the metadata with its own types
  const operation = (kind: string, metadataResource: string, response?: Record<string, unknown>, error?: StoredOperation['error'], type = TYPE) => {
    const op: StoredOperation = {
      name: `operations/${kind}.${randomUUID()}`,
      pollsLeft: emu!.operationPolls,
      metadata: { '@type': type('OperationMetadata'), resourceNames: [metadataResource], ...(type === TYPE ? { startTime: new Date().toISOString() } : {}) },
      response,
      error,
    };
    emu!.operations.set(op.name, op);
    return operationJson(op, false);
  };
  const operationJson = (op: StoredOperation, poll: boolean) => {
    if (poll && op.pollsLeft > 0) op.pollsLeft--;
    const done = op.pollsLeft === 0;
    return {
      name: op.name,
      metadata: op.metadata,
      done,
      ...(done && op.error ? { error: op.error } : {}),
      ...(done && !op.error && op.response ? { response: op.response } : {}),
    };
  };

  const route = (method: string, url: URL, body: unknown): [number, unknown] => {
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if ((m = /^\/v1\/operations\/([^/]+)$/.exec(p))) {
      if (method !== 'GET') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, []);
      const op = emu!.operations.get(`operations/${decodeURIComponent(m[1]!)}`);
      if (!op) throw new HttpError(404, `Operation 'operations/${m[1]}' not found.`);
      return [200, operationJson(op, true)];
    }
    if ((m = /^\/v1\/projects\/([^/]+)\/services\/([^/:]+)(:enable)?$/.exec(p))) {
      // Service Usage: only the Endpoints services known here exist; like the real API, an unknown one is 403
      const project = decodeURIComponent(m[1]!);
      const name = decodeURIComponent(m[2]!);
      const s = emu!.services.get(name);
      if (!s) throw new HttpError(403, `Permission denied to get service [${name}]: not found or permission denied.`);
      const json = () => ({ name: `projects/${project}/services/${name}`, parent: `projects/${project}`, config: { name, title: name }, state: s.enabledIn.has(project) ? 'ENABLED' : 'DISABLED' });
      if (!m[3]) {
        if (method !== 'GET') throw new HttpError(405, `${method} not allowed`);
        onlyQuery(url, []);
        return [200, json()];
      }
      if (method !== 'POST') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, []);
      onlyKeys(body ?? {}, [], 'enable_service_request');
      s.enabledIn.add(project);
      return [200, operation('acf', `projects/${project}/services/${name}`, { '@type': USAGE_TYPE('EnableServiceResponse'), service: json() }, undefined, USAGE_TYPE)];
    }
    if (p === '/v1/services') {
      if (method !== 'POST') throw new HttpError(405, `${method} not allowed (services.list is not emulated)`);
      onlyQuery(url, []);
      const b = onlyKeys(body, ['serviceName', 'producerProjectId'], 'service');
      const name = String(b.serviceName ?? '');
      const project = String(b.producerProjectId ?? '');
      const n = ENDPOINTS_NAME.exec(name);
      if (!n) throw new HttpError(400, `Service name '${name}' is not valid: use <name>.endpoints.<project>.cloud.goog`);
      if (n[1] !== project) throw new HttpError(403, `The caller does not have permission to create '${name}' in project '${project}': the name belongs to project '${n[1]}'.`);
      if (emu!.services.has(name)) throw new HttpError(409, `Service '${name}' already exists.`);
      const s: StoredService = { serviceName: name, producerProjectId: project, configs: [], rollouts: [], enabledIn: new Set() };
      emu!.services.set(name, s);
      return [200, operation('services.create', `services/${name}`, { '@type': TYPE('ManagedService'), serviceName: name, producerProjectId: project })];
    }
    if ((m = /^\/v1\/services\/([^/:]+)$/.exec(p))) {
      if (method !== 'GET') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, []);
      const s = service(decodeURIComponent(m[1]!));
      return [200, { serviceName: s.serviceName, producerProjectId: s.producerProjectId }];
    }
    if ((m = /^\/v1\/services\/([^/]+)\/configs:submit$/.exec(p))) {
      if (method !== 'POST') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, []);
      const s = service(decodeURIComponent(m[1]!));
      const b = onlyKeys(body, ['configSource', 'validateOnly'], 'submit_config_source_request');
      const src = onlyKeys(b.configSource, ['id', 'files'], 'config_source');
      if (!Array.isArray(src.files) || src.files.length === 0) throw new HttpError(400, 'config_source.files must not be empty.');
      const files = src.files.map((f, i) => {
        const x = onlyKeys(f, ['filePath', 'fileContents', 'fileType'], `config_source.files[${i}]`);
        if (typeof x.filePath !== 'string' || !x.filePath) throw new HttpError(400, `config_source.files[${i}].file_path is required.`);
        if (typeof x.fileContents !== 'string') throw new HttpError(400, `config_source.files[${i}].file_contents is required.`);
        if (typeof x.fileType !== 'string' || !FILE_TYPES.has(x.fileType)) throw new HttpError(400, `config_source.files[${i}].file_type "${String(x.fileType)}" is not supported.`);
        return { filePath: x.filePath, fileContents: x.fileContents, fileType: x.fileType };
      });
      const openApi = files.filter((f) => f.fileType.startsWith('OPEN_API'));
      if (openApi.length !== 1) throw new HttpError(400, 'Exactly one OpenAPI document is expected (the emulator does not compile protos or service config YAML).');
      const derived = readOpenApi(s.serviceName, openApi[0]!);
      const config: StoredConfig = { id: nextId(s.configs), files, ...derived };
      if (!b.validateOnly) s.configs.push(config);
      return [200, operation('serviceConfigs', `services/${s.serviceName}/configs/${config.id}`, { '@type': TYPE('SubmitConfigSourceResponse'), serviceConfig: serviceConfigJson(s, config, false) })];
    }
    if ((m = /^\/v1\/services\/([^/]+)\/configs$/.exec(p))) {
      if (method !== 'GET') throw new HttpError(405, `${method} not allowed (use configs:submit)`);
      onlyQuery(url, ['pageSize', 'pageToken']);
      const s = service(decodeURIComponent(m[1]!));
      const { items, next } = page([...s.configs].reverse(), url, `${s.serviceName}/configs`);
      return [200, { serviceConfigs: items.map((c) => serviceConfigJson(s, c, false)), nextPageToken: next }];
    }
    if ((m = /^\/v1\/services\/([^/]+)\/configs\/([^/]+)$/.exec(p))) {
      if (method !== 'GET') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, ['view']);
      const view = url.searchParams.get('view') ?? 'BASIC';
      if (view !== 'BASIC' && view !== 'FULL') throw new HttpError(400, `Invalid value for view: ${view}`);
      const s = service(decodeURIComponent(m[1]!));
      const c = s.configs.find((x) => x.id === decodeURIComponent(m![2]!));
      if (!c) throw new HttpError(404, `Service configuration '${m[2]}' of '${s.serviceName}' not found.`);
      return [200, serviceConfigJson(s, c, view === 'FULL')];
    }
    if ((m = /^\/v1\/services\/([^/]+)\/rollouts$/.exec(p))) {
      const s = service(decodeURIComponent(m[1]!));
      if (method === 'GET') {
        onlyQuery(url, ['pageSize', 'pageToken', 'filter']);
        const filter = url.searchParams.get('filter') ?? '';
        const f = /^\s*status\s*=\s*([A-Z_]+)\s*$/.exec(filter);
        if (filter && !f) throw new HttpError(400, `Invalid filter '${filter}': only status=<STATUS> is supported.`);
        const list = [...s.rollouts].reverse().filter((r) => !f || r.status === f[1]);
        const { items, next } = page(list, url, `${s.serviceName}/rollouts/${filter}`);
        return [200, { rollouts: items, nextPageToken: next }];
      }
      if (method !== 'POST') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, []);
      const b = onlyKeys(body, ['rolloutId', 'serviceName', 'trafficPercentStrategy', 'deleteServiceStrategy', 'createTime', 'createdBy', 'status'], 'rollout');
      if (b.serviceName !== undefined && b.serviceName !== s.serviceName) throw new HttpError(400, `rollout.service_name '${String(b.serviceName)}' does not match '${s.serviceName}'.`);
      if (b.deleteServiceStrategy !== undefined) throw new HttpError(400, 'delete_service_strategy is not emulated.');
      const strategy = onlyKeys(b.trafficPercentStrategy, ['percentages'], 'rollout.traffic_percent_strategy');
      const pct = onlyKeys(strategy.percentages ?? {}, Object.keys((strategy.percentages ?? {}) as object), 'percentages') as Record<string, unknown>;
      const entries = Object.entries(pct);
      if (!entries.length) throw new HttpError(400, 'traffic_percent_strategy.percentages must name at least one config.');
      let total = 0;
      for (const [id, v] of entries) {
        if (typeof v !== 'number' || v < 0) throw new HttpError(400, `percentages["${id}"] must be a non-negative number.`);
        if (!s.configs.some((c) => c.id === id)) throw new HttpError(400, `Service configuration '${id}' of '${s.serviceName}' does not exist.`);
        total += v;
      }
      if (Math.abs(total - 100) > 1e-9) throw new HttpError(400, `traffic percentages add up to ${total}, not 100.`);
      const rolloutIds = s.rollouts.map((r) => ({ id: r.rolloutId }));
      const rolloutId = typeof b.rolloutId === 'string' && b.rolloutId ? b.rolloutId : nextId(rolloutIds);
      if (s.rollouts.some((r) => r.rolloutId === rolloutId)) throw new HttpError(409, `Rollout '${rolloutId}' already exists.`);
      const rollout: StoredRollout = {
        rolloutId,
        createTime: new Date().toISOString(),
        createdBy: 'psml-emulator@example.iam.gserviceaccount.com',
        status: 'SUCCESS',
        trafficPercentStrategy: { percentages: Object.fromEntries(entries) as Record<string, number> },
        serviceName: s.serviceName,
      };
      s.rollouts.push(rollout);
      return [200, operation('rollouts', `services/${s.serviceName}/rollouts/${rolloutId}`, { '@type': TYPE('Rollout'), ...rollout })];
    }
    if ((m = /^\/v1\/services\/([^/]+)\/rollouts\/([^/]+)$/.exec(p))) {
      if (method !== 'GET') throw new HttpError(405, `${method} not allowed`);
      onlyQuery(url, []);
      const s = service(decodeURIComponent(m[1]!));
      const r = s.rollouts.find((x) => x.rolloutId === decodeURIComponent(m![2]!));
      if (!r) throw new HttpError(404, `Rollout '${m[2]}' of '${s.serviceName}' not found.`);
      return [200, r];
    }
    throw new HttpError(404, `The requested URL ${p} was not found on this server.`);
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    const send = (status: number, body: unknown) => {
      emu?.requests.push({ method, path: url.pathname, status });
      sendJson(res, status, body);
    };
    const fail = (status: number, message: string) => send(status, { error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } });
    try {
      const raw = await readBody(req);
      const fault = emu?.takeFault(url.pathname);
      if (fault) return fail(fault, `injected fault ${fault}`);
      let body: unknown;
      if (raw.trim()) {
        try {
          body = JSON.parse(raw);
        } catch {
          return fail(400, 'Invalid JSON payload received.');
        }
      }
      const [status, out] = route(method, url, body);
      send(status, out);
    } catch (e) {
      if (e instanceof HttpError) return fail(e.status, e.message);
      throw e;
    }
  };

  const server = await listen(handler, { host: opts.host, port: opts.port });
  emu = new ServiceManagementEmulator(server, Math.max(0, opts.operationPolls ?? 1));
  for (const s of opts.services ?? []) emu.services.set(s.serviceName, { ...s, configs: [], rollouts: [], enabledIn: new Set() });
  return emu;
}
