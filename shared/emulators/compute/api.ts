/**
 * The Compute Engine REST surface, read from the descriptors shipped with `@google-cloud/compute` (protos.json):
 * which HTTP method + path is which RPC, which request field is the body and of which message type. Bodies are
 * validated against those message types the way the real API's JSON parser does (unknown names, wrong JSON types).
 */
import { createRequire } from 'node:module';
import { ComputeApiError, invalid } from './errors.js';

interface FieldDesc {
  type: string;
  rule?: 'repeated';
  keyType?: string;
  options?: Record<string, unknown>;
}
interface TypeDesc {
  fields?: Record<string, FieldDesc>;
  values?: Record<string, number>;
  nested?: Record<string, TypeDesc>;
  methods?: Record<string, MethodDesc>;
}
interface MethodDesc {
  requestType: string;
  responseType: string;
  parsedOptions?: Record<string, Record<string, string>>[];
}

let v1: Record<string, TypeDesc> | undefined;
function namespace(): Record<string, TypeDesc> {
  if (!v1) {
    const require = createRequire(import.meta.url);
    const json = require('@google-cloud/compute/build/protos/protos.json') as {
      nested: { google: { nested: { cloud: { nested: { compute: { nested: { v1: { nested: Record<string, TypeDesc> } } } } } } } };
    };
    v1 = json.nested.google.nested.cloud.nested.compute.nested.v1.nested;
  }
  return v1;
}

/** Where a path points: `global`, `zones/{z}`, `regions/{r}`, project-level (`zones`, `regions` lists) or aggregated. */
export type ScopeKind = 'global' | 'zones' | 'regions' | 'project' | 'aggregated' | 'bare';

export interface ParsedPath {
  project: string;
  scope: ScopeKind;
  /** zone or region name for zonal/regional paths */
  location?: string;
  collection: string;
  name?: string;
  verb?: string;
}

/** Splits `/compute/v1/projects/{p}/…` into its parts; undefined for anything else. */
export function parsePath(pathname: string): ParsedPath | undefined {
  const segs = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (segs[0] !== 'compute' || segs[1] !== 'v1' || segs[2] !== 'projects' || !segs[3]) return undefined;
  const project = segs[3];
  const rest = segs.slice(4);
  const [a, b, c, d, e, f] = rest;
  if (!a) return undefined;
  if ((a === 'zones' || a === 'regions') && rest.length <= 2) return { project, scope: 'project', collection: a, name: b };
  if (a === 'zones' || a === 'regions') {
    if (!c || rest.length > 5) return undefined;
    return { project, scope: a, location: b, collection: c, name: d, verb: e ?? undefined };
  }
  if (a === 'global') {
    if (!b || rest.length > 4) return undefined;
    return { project, scope: 'global', collection: b, name: c, verb: d };
  }
  if (a === 'aggregated') return rest.length === 2 && b ? { project, scope: 'aggregated', collection: b } : undefined;
  // a few RPCs live at projects/{p}/{collection}/… without "global" (TargetHttpProxies.SetUrlMap)
  if (rest.length > 3 || f !== undefined) return undefined;
  return { project, scope: 'bare', collection: a, name: b, verb: c };
}

export interface Rpc {
  service: string;
  method: string;
  httpMethod: string;
  requestType: string;
  responseType: string;
  /** camelCase request field carried as the body, and its message type */
  bodyField?: string;
  bodyType?: string;
  /** literal path segment where other RPCs have a name (`instances/bulkInsert`) */
  literalName?: string;
  /** request fields bound to the path */
  pathFields: Set<string>;
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

let table: Map<string, Rpc> | undefined;
const rpcKey = (httpMethod: string, scope: ScopeKind, collection: string, hasName: boolean, verb: string | undefined) =>
  `${httpMethod} ${scope} ${collection} ${hasName ? 'N' : '-'} ${verb ?? ''}`;

function rpcTable(): Map<string, Rpc> {
  if (table) return table;
  table = new Map();
  const ns = namespace();
  for (const [service, desc] of Object.entries(ns)) {
    if (!desc.methods) continue;
    for (const [method, m] of Object.entries(desc.methods)) {
      const http = m.parsedOptions?.find((o) => o['(google.api.http)'])?.['(google.api.http)'];
      if (!http) continue;
      const httpMethod = ['get', 'post', 'put', 'patch', 'delete'].find((k) => http[k]);
      if (!httpMethod) continue;
      const template = http[httpMethod]!;
      const parsed = parsePath(template.replace(/\{project\}/, 'P'));
      if (!parsed) continue;
      const isParam = (s: string | undefined) => s !== undefined && s.startsWith('{');
      const pathFields = new Set([...template.matchAll(/\{(\w+)\}/g)].map((x) => camel(x[1]!)));
      const reqType = ns[m.requestType];
      const bodyField = http.body ? camel(http.body) : undefined;
      const rpc: Rpc = {
        service,
        method,
        httpMethod: httpMethod.toUpperCase(),
        requestType: m.requestType,
        responseType: m.responseType,
        bodyField,
        bodyType: bodyField ? reqType?.fields?.[bodyField]?.type : undefined,
        pathFields,
      };
      let key: string;
      if (parsed.name !== undefined && !isParam(parsed.name)) {
        rpc.literalName = parsed.name;
        key = rpcKey(rpc.httpMethod, parsed.scope, parsed.collection, false, parsed.name);
      } else key = rpcKey(rpc.httpMethod, parsed.scope, parsed.collection, parsed.name !== undefined, parsed.verb);
      table.set(key, rpc);
    }
  }
  return table;
}

/** The RPC an HTTP request addresses, or undefined (the real API answers 404 for those). */
export function findRpc(httpMethod: string, p: ParsedPath): Rpc | undefined {
  const t = rpcTable();
  const direct = t.get(rpcKey(httpMethod, p.scope, p.collection, p.name !== undefined, p.verb));
  if (direct) return direct;
  if (p.name !== undefined && p.verb === undefined) return t.get(rpcKey(httpMethod, p.scope, p.collection, false, p.name));
  return undefined;
}

/** System parameters every Google API accepts in the query string. */
const SYSTEM_PARAMS = new Set(['$alt', 'alt', 'prettyPrint', 'fields', 'key', 'quotaUser', 'userIp', 'access_token', '$fields', '$prettyPrint']);

/** Query parameters as request fields; unknown names → 400 like the real API. */
export function queryParams(rpc: Rpc, search: URLSearchParams): Record<string, string> {
  const fields = namespace()[rpc.requestType]?.fields ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of search) {
    if (SYSTEM_PARAMS.has(k)) continue;
    const f = camel(k);
    if (!fields[f] || rpc.pathFields.has(f) || f === rpc.bodyField) {
      throw invalid(`Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter. Field '${k}' could not be found in request message.`);
    }
    out[f] = v;
  }
  return out;
}

function resolve(typeName: string, scopes: Record<string, TypeDesc>[]): TypeDesc | undefined {
  const bare = typeName.replace(/^\.?google\.cloud\.compute\.v1\./, '');
  for (const s of scopes) if (s[bare]) return s[bare];
  return undefined;
}

const INT32 = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);
const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);

/**
 * Checks `value` against message `typeName` as proto3 JSON: unknown names and JSON values of the wrong type are
 * rejected with the real API's wording; `where` is the body's name in messages (Google says `resource`).
 */
export function validateMessage(typeName: string, value: unknown, where = 'resource'): void {
  const ns = namespace();
  const type = ns[typeName];
  if (!type) return;
  checkMessage(type, [ns], value, where);
}

function checkMessage(type: TypeDesc, scopes: Record<string, TypeDesc>[], value: unknown, at: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidJson(`Invalid value at '${at}', expected an object`);
  }
  const inner = type.nested ? [type.nested, ...scopes] : scopes;
  for (const [k, v] of Object.entries(value)) {
    const f = type.fields?.[k];
    if (!f) throw invalidJson(`Unknown name "${k}" at '${at}': Cannot find field.`);
    if (v === null) continue;
    const path = `${at}.${k}`;
    if (f.keyType) {
      if (typeof v !== 'object' || Array.isArray(v)) throw invalidJson(`Invalid value at '${path}', expected a map`);
      for (const [mk, mv] of Object.entries(v as object)) checkValue(f.type, inner, mv, `${path}[${mk}]`);
    } else if (f.rule === 'repeated') {
      if (!Array.isArray(v)) throw invalidJson(`Invalid value at '${path}', expected a list`);
      v.forEach((item, i) => checkValue(f.type, inner, item, `${path}[${i}]`));
    } else checkValue(f.type, inner, v, path);
  }
}

function checkValue(typeName: string, scopes: Record<string, TypeDesc>[], v: unknown, at: string): void {
  const bad = (what: string) => invalidJson(`Invalid value at '${at}' (${what}), ${JSON.stringify(v)}`);
  if (typeName === 'string') {
    if (typeof v !== 'string') throw bad('TYPE_STRING');
  } else if (typeName === 'bool') {
    if (typeof v !== 'boolean') throw bad('TYPE_BOOL');
  } else if (typeName === 'double' || typeName === 'float') {
    if (typeof v !== 'number' && !(typeof v === 'string' && /^-?\d+(\.\d+)?(e-?\d+)?$|^(NaN|-?Infinity)$/.test(v))) throw bad('TYPE_DOUBLE');
  } else if (INT32.has(typeName) || INT64.has(typeName)) {
    const ok = (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));
    if (!ok || (typeName.startsWith('u') && String(v).startsWith('-'))) throw bad(INT64.has(typeName) ? 'TYPE_INT64' : 'TYPE_INT32');
  } else if (typeName === 'google.protobuf.Any') {
    if (typeof v !== 'object') throw bad('TYPE_MESSAGE');
  } else {
    const t = resolve(typeName, scopes);
    if (!t) return;
    if (t.values) {
      if (!(typeof v === 'string' && v in t.values) && !(typeof v === 'number' && Object.values(t.values).includes(v))) {
        throw invalidJson(`Invalid value at '${at}', ${JSON.stringify(v)}`);
      }
    } else checkMessage(t, scopes, v, at);
  }
}

const invalidJson = (detail: string) => new ComputeApiError(400, 'invalid', `Invalid JSON payload received. ${detail}`);

/** Field names (JSON) of a message type. */
export function messageFields(typeName: string): Set<string> {
  return new Set(Object.keys(namespace()[typeName]?.fields ?? {}));
}
