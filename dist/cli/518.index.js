import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 518;
export const ids = [518];
export const modules = {

/***/ 55518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startComputeEmulator: () => (/* reexport */ startComputeEmulator)
});

// UNUSED EXPORTS: ACCELERATORS, ComputeEmulatorControl, MACHINE_TYPES, REGIONS, ZONES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./shared/emulators/compute/errors.ts
/** Errors in the exact JSON shape Compute Engine answers with: `{"error":{"code","message","errors":[{message,domain,reason}]}}`. */
class ComputeApiError extends Error {
    code;
    reason;
    extra;
    constructor(code, reason, message, 
    /** Extra members of `error` (e.g. `status`, `details`), as some real answers carry. */
    extra = {}) {
        super(message);
        this.code = code;
        this.reason = reason;
        this.extra = extra;
    }
    body() {
        return {
            error: {
                code: this.code,
                message: this.message,
                errors: [{ message: this.message, domain: 'global', reason: this.reason }],
                ...this.extra,
            },
        };
    }
}
const notFound = (path) => new ComputeApiError(404, 'notFound', `The resource '${path}' was not found`);
const alreadyExists = (path) => new ComputeApiError(409, 'alreadyExists', `The resource '${path}' already exists`);
const invalid = (message) => new ComputeApiError(400, 'invalid', message);
const invalidField = (field, value, why) => invalid(`Invalid value for field '${field}': '${typeof value === 'string' ? value : JSON.stringify(value)}'. ${why}`);
const required = (field) => new ComputeApiError(400, 'required', `Required field '${field}' not specified`);
const badRequest = (message) => new ComputeApiError(400, 'badRequest', message);
const inUse = (path, by) => new ComputeApiError(400, 'resourceInUseByAnotherResource', `The ${kindWord(path)} resource '${path}' is already being used by '${by}'`);
const conditionNotMet = (what) => new ComputeApiError(412, 'conditionNotMet', `Supplied fingerprint does not match current metadata fingerprint.${what ? ` (${what})` : ''}`);
const notImplemented = (what) => new ComputeApiError(501, 'notImplemented', `${what} is not implemented by the psml Compute Engine emulator`);
/** Google's wording for the collection in "in use" messages: `instance_template`, `health_check`, … */
function kindWord(path) {
    const collection = path.split('/').at(-2) ?? 'resource';
    return collection.replace(/s$/, '').replace(/([A-Z])/g, '_$1').toLowerCase();
}
/** Default wording of fault-injected errors, per reason. */
const REASON_MESSAGES = {
    rateLimitExceeded: 'Rate Limit Exceeded',
    userRateLimitExceeded: 'User Rate Limit Exceeded',
    backendError: 'Internal error. Please try again or contact Google Support.',
    internalError: 'Internal error. Please try again or contact Google Support.',
    operationInProgress: 'Operation in progress on the resource; try again later.',
    CONCURRENT_OPERATIONS_QUOTA_EXCEEDED: 'Exceeded limit on concurrent operations; try again later.',
    forbidden: 'Required permission is missing.',
    quotaExceeded: 'Quota exceeded.',
    notFound: 'The resource was not found',
};

;// CONCATENATED MODULE: ./shared/emulators/compute/api.ts
/**
 * The Compute Engine REST surface, read from the descriptors shipped with `@google-cloud/compute` (protos.json):
 * which HTTP method + path is which RPC, which request field is the body and of which message type. Bodies are
 * validated against those message types the way the real API's JSON parser does (unknown names, wrong JSON types).
 */


let v1;
function namespace() {
    if (!v1) {
        const require = (0,external_node_module_.createRequire)(import.meta.url);
        const json = require('@google-cloud/compute/build/protos/protos.json');
        v1 = json.nested.google.nested.cloud.nested.compute.nested.v1.nested;
    }
    return v1;
}
/** Splits `/compute/v1/projects/{p}/…` into its parts; undefined for anything else. */
function parsePath(pathname) {
    const segs = pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (segs[0] !== 'compute' || segs[1] !== 'v1' || segs[2] !== 'projects' || !segs[3])
        return undefined;
    const project = segs[3];
    const rest = segs.slice(4);
    const [a, b, c, d, e, f] = rest;
    if (!a)
        return undefined;
    if ((a === 'zones' || a === 'regions') && rest.length <= 2)
        return { project, scope: 'project', collection: a, name: b };
    if (a === 'zones' || a === 'regions') {
        if (!c || rest.length > 5)
            return undefined;
        return { project, scope: a, location: b, collection: c, name: d, verb: e ?? undefined };
    }
    if (a === 'global') {
        if (!b || rest.length > 4)
            return undefined;
        return { project, scope: 'global', collection: b, name: c, verb: d };
    }
    if (a === 'aggregated')
        return rest.length === 2 && b ? { project, scope: 'aggregated', collection: b } : undefined;
    // a few RPCs live at projects/{p}/{collection}/… without "global" (TargetHttpProxies.SetUrlMap)
    if (rest.length > 3 || f !== undefined)
        return undefined;
    return { project, scope: 'bare', collection: a, name: b, verb: c };
}
const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
let table;
const rpcKey = (httpMethod, scope, collection, hasName, verb) => `${httpMethod} ${scope} ${collection} ${hasName ? 'N' : '-'} ${verb ?? ''}`;
function rpcTable() {
    if (table)
        return table;
    table = new Map();
    const ns = namespace();
    for (const [service, desc] of Object.entries(ns)) {
        if (!desc.methods)
            continue;
        for (const [method, m] of Object.entries(desc.methods)) {
            const http = m.parsedOptions?.find((o) => o['(google.api.http)'])?.['(google.api.http)'];
            if (!http)
                continue;
            const httpMethod = ['get', 'post', 'put', 'patch', 'delete'].find((k) => http[k]);
            if (!httpMethod)
                continue;
            const template = http[httpMethod];
            const parsed = parsePath(template.replace(/\{project\}/, 'P'));
            if (!parsed)
                continue;
            const isParam = (s) => s !== undefined && s.startsWith('{');
            const pathFields = new Set([...template.matchAll(/\{(\w+)\}/g)].map((x) => camel(x[1])));
            const reqType = ns[m.requestType];
            const bodyField = http.body ? camel(http.body) : undefined;
            const rpc = {
                service,
                method,
                httpMethod: httpMethod.toUpperCase(),
                requestType: m.requestType,
                responseType: m.responseType,
                bodyField,
                bodyType: bodyField ? reqType?.fields?.[bodyField]?.type : undefined,
                pathFields,
            };
            let key;
            if (parsed.name !== undefined && !isParam(parsed.name)) {
                rpc.literalName = parsed.name;
                key = rpcKey(rpc.httpMethod, parsed.scope, parsed.collection, false, parsed.name);
            }
            else
                key = rpcKey(rpc.httpMethod, parsed.scope, parsed.collection, parsed.name !== undefined, parsed.verb);
            table.set(key, rpc);
        }
    }
    return table;
}
/** The RPC an HTTP request addresses, or undefined (the real API answers 404 for those). */
function findRpc(httpMethod, p) {
    const t = rpcTable();
    const direct = t.get(rpcKey(httpMethod, p.scope, p.collection, p.name !== undefined, p.verb));
    if (direct)
        return direct;
    if (p.name !== undefined && p.verb === undefined)
        return t.get(rpcKey(httpMethod, p.scope, p.collection, false, p.name));
    return undefined;
}
/** System parameters every Google API accepts in the query string. */
const SYSTEM_PARAMS = new Set(['$alt', 'alt', 'prettyPrint', 'fields', 'key', 'quotaUser', 'userIp', 'access_token', '$fields', '$prettyPrint']);
/** Query parameters as request fields; unknown names → 400 like the real API. */
function queryParams(rpc, search) {
    const fields = namespace()[rpc.requestType]?.fields ?? {};
    const out = {};
    for (const [k, v] of search) {
        if (SYSTEM_PARAMS.has(k))
            continue;
        const f = camel(k);
        if (!fields[f] || rpc.pathFields.has(f) || f === rpc.bodyField) {
            throw invalid(`Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter. Field '${k}' could not be found in request message.`);
        }
        out[f] = v;
    }
    return out;
}
function resolve(typeName, scopes) {
    const bare = typeName.replace(/^\.?google\.cloud\.compute\.v1\./, '');
    for (const s of scopes)
        if (s[bare])
            return s[bare];
    return undefined;
}
const INT32 = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);
const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
/**
 * Checks `value` against message `typeName` as proto3 JSON: unknown names and JSON values of the wrong type are
 * rejected with the real API's wording; `where` is the body's name in messages (Google says `resource`).
 */
function validateMessage(typeName, value, where = 'resource') {
    const ns = namespace();
    const type = ns[typeName];
    if (!type)
        return;
    checkMessage(type, [ns], value, where);
}
function checkMessage(type, scopes, value, at) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw invalidJson(`Invalid value at '${at}', expected an object`);
    }
    const inner = type.nested ? [type.nested, ...scopes] : scopes;
    for (const [k, v] of Object.entries(value)) {
        const f = type.fields?.[k];
        if (!f)
            throw invalidJson(`Unknown name "${k}" at '${at}': Cannot find field.`);
        if (v === null)
            continue;
        const path = `${at}.${k}`;
        if (f.keyType) {
            if (typeof v !== 'object' || Array.isArray(v))
                throw invalidJson(`Invalid value at '${path}', expected a map`);
            for (const [mk, mv] of Object.entries(v))
                checkValue(f.type, inner, mv, `${path}[${mk}]`);
        }
        else if (f.rule === 'repeated') {
            if (!Array.isArray(v))
                throw invalidJson(`Invalid value at '${path}', expected a list`);
            v.forEach((item, i) => checkValue(f.type, inner, item, `${path}[${i}]`));
        }
        else
            checkValue(f.type, inner, v, path);
    }
}
function checkValue(typeName, scopes, v, at) {
    const bad = (what) => invalidJson(`Invalid value at '${at}' (${what}), ${JSON.stringify(v)}`);
    if (typeName === 'string') {
        if (typeof v !== 'string')
            throw bad('TYPE_STRING');
    }
    else if (typeName === 'bool') {
        if (typeof v !== 'boolean')
            throw bad('TYPE_BOOL');
    }
    else if (typeName === 'double' || typeName === 'float') {
        if (typeof v !== 'number' && !(typeof v === 'string' && /^-?\d+(\.\d+)?(e-?\d+)?$|^(NaN|-?Infinity)$/.test(v)))
            throw bad('TYPE_DOUBLE');
    }
    else if (INT32.has(typeName) || INT64.has(typeName)) {
        const ok = (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v));
        if (!ok || (typeName.startsWith('u') && String(v).startsWith('-')))
            throw bad(INT64.has(typeName) ? 'TYPE_INT64' : 'TYPE_INT32');
    }
    else if (typeName === 'google.protobuf.Any') {
        if (typeof v !== 'object')
            throw bad('TYPE_MESSAGE');
    }
    else {
        const t = resolve(typeName, scopes);
        if (!t)
            return;
        if (t.values) {
            if (!(typeof v === 'string' && v in t.values) && !(typeof v === 'number' && Object.values(t.values).includes(v))) {
                throw invalidJson(`Invalid value at '${at}', ${JSON.stringify(v)}`);
            }
        }
        else
            checkMessage(t, scopes, v, at);
    }
}
const invalidJson = (detail) => new ComputeApiError(400, 'invalid', `Invalid JSON payload received. ${detail}`);
/** Field names (JSON) of a message type. */
function messageFields(typeName) {
    return new Set(Object.keys(namespace()[typeName]?.fields ?? {}));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./shared/emulators/compute/catalog.ts
/**
 * Public facts about zones, machine types and accelerator types (shapes as the real API returns them), for the
 * zones the emulator offers. Availability per zone follows Google's published GPU regions and zones tables.
 */
const ZONES = [
    'us-central1-a',
    'us-central1-b',
    'us-central1-c',
    'us-central1-f',
    'us-east1-b',
    'us-east1-c',
    'us-east1-d',
    'us-west1-a',
    'us-west1-b',
    'europe-west4-a',
    'europe-west4-b',
    'europe-west4-c',
];
const regionOf = (zone) => zone.replace(/-[a-z]$/, '');
const REGIONS = [...new Set(ZONES.map(regionOf))];
const zonesOf = (region) => ZONES.filter((z) => regionOf(z) === region);
const isZone = (z) => ZONES.includes(z);
const isRegion = (r) => REGIONS.includes(r);
const ACCELERATORS = [
    {
        name: 'nvidia-tesla-t4',
        description: 'NVIDIA T4',
        maximumCardsPerInstance: 4,
        zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f', 'us-east1-c', 'us-east1-d', 'us-west1-a', 'us-west1-b', 'europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
    },
    {
        name: 'nvidia-tesla-v100',
        description: 'NVIDIA V100',
        maximumCardsPerInstance: 8,
        zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f', 'us-west1-a', 'us-west1-b', 'europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
    },
    { name: 'nvidia-tesla-p4', description: 'NVIDIA P4', maximumCardsPerInstance: 4, zones: ['us-central1-a', 'us-central1-c', 'europe-west4-b', 'europe-west4-c'] },
    {
        name: 'nvidia-tesla-p100',
        description: 'NVIDIA P100',
        maximumCardsPerInstance: 4,
        zones: ['us-central1-c', 'us-central1-f', 'us-east1-b', 'us-east1-c', 'us-west1-a', 'us-west1-b', 'europe-west4-a'],
    },
    {
        name: 'nvidia-l4',
        description: 'NVIDIA L4',
        maximumCardsPerInstance: 8,
        zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-east1-b', 'us-east1-c', 'us-east1-d', 'us-west1-a', 'us-west1-b', 'europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
    },
    {
        name: 'nvidia-tesla-a100',
        description: 'NVIDIA A100 40GB',
        maximumCardsPerInstance: 16,
        zones: ['us-central1-a', 'us-central1-b', 'us-central1-c', 'us-central1-f', 'us-east1-b', 'us-west1-b', 'europe-west4-a', 'europe-west4-b'],
    },
    { name: 'nvidia-a100-80gb', description: 'NVIDIA A100 80GB', maximumCardsPerInstance: 8, zones: ['us-central1-a', 'us-central1-c', 'us-east1-b', 'europe-west4-a'] },
    { name: 'nvidia-h100-80gb', description: 'NVIDIA H100 80GB', maximumCardsPerInstance: 8, zones: ['us-central1-a', 'us-central1-c', 'us-west1-a', 'europe-west4-b', 'europe-west4-c'] },
];
const GB = 1024;
function family(prefix, sizes, mbPerCpu) {
    return sizes.map((n) => ({ name: `${prefix}-${n}`, guestCpus: n, memoryMb: Math.round(mbPerCpu * n), isSharedCpu: false }));
}
const gpuFamily = (acc, rows) => rows.map(([name, cpus, memGb, gpus]) => ({
    name,
    guestCpus: cpus,
    memoryMb: memGb * GB,
    isSharedCpu: false,
    accelerators: [{ guestAcceleratorType: acc, guestAcceleratorCount: gpus }],
    requires: acc,
}));
const MACHINE_TYPES = [
    { name: 'e2-micro', guestCpus: 2, memoryMb: 1 * GB, isSharedCpu: true },
    { name: 'e2-small', guestCpus: 2, memoryMb: 2 * GB, isSharedCpu: true },
    { name: 'e2-medium', guestCpus: 2, memoryMb: 4 * GB, isSharedCpu: true },
    ...family('e2-standard', [2, 4, 8, 16, 32], 4 * GB),
    ...family('e2-highmem', [2, 4, 8, 16], 8 * GB),
    ...family('e2-highcpu', [2, 4, 8, 16, 32], 1 * GB),
    ...family('n1-standard', [1, 2, 4, 8, 16, 32, 64, 96], 3.75 * GB),
    ...family('n1-highmem', [2, 4, 8, 16, 32, 64, 96], 6.5 * GB),
    ...family('n1-highcpu', [2, 4, 8, 16, 32, 64, 96], 0.9 * GB),
    ...family('n2-standard', [2, 4, 8, 16, 32, 48, 64, 80, 96, 128], 4 * GB),
    ...family('n2-highmem', [2, 4, 8, 16, 32, 48, 64, 80, 96, 128], 8 * GB),
    ...family('n2-highcpu', [2, 4, 8, 16, 32, 48, 64, 80, 96], 1 * GB),
    ...family('c2-standard', [4, 8, 16, 30, 60], 4 * GB),
    ...gpuFamily('nvidia-l4', [
        ['g2-standard-4', 4, 16, 1],
        ['g2-standard-8', 8, 32, 1],
        ['g2-standard-12', 12, 48, 1],
        ['g2-standard-16', 16, 64, 1],
        ['g2-standard-24', 24, 96, 2],
        ['g2-standard-32', 32, 128, 1],
        ['g2-standard-48', 48, 192, 4],
        ['g2-standard-96', 96, 384, 8],
    ]),
    ...gpuFamily('nvidia-tesla-a100', [
        ['a2-highgpu-1g', 12, 85, 1],
        ['a2-highgpu-2g', 24, 170, 2],
        ['a2-highgpu-4g', 48, 340, 4],
        ['a2-highgpu-8g', 96, 680, 8],
        ['a2-megagpu-16g', 96, 1360, 16],
    ]),
    ...gpuFamily('nvidia-a100-80gb', [
        ['a2-ultragpu-1g', 12, 170, 1],
        ['a2-ultragpu-2g', 24, 340, 2],
        ['a2-ultragpu-4g', 48, 680, 4],
        ['a2-ultragpu-8g', 96, 1360, 8],
    ]),
    ...gpuFamily('nvidia-h100-80gb', [
        ['a3-highgpu-1g', 26, 234, 1],
        ['a3-highgpu-2g', 52, 468, 2],
        ['a3-highgpu-4g', 104, 936, 4],
        ['a3-highgpu-8g', 208, 1872, 8],
    ]),
];
const byName = new Map(MACHINE_TYPES.map((m) => [m.name, m]));
const accByName = new Map(ACCELERATORS.map((a) => [a.name, a]));
function machineTypeIn(zone, name) {
    const m = byName.get(name);
    if (!m || !isZone(zone))
        return undefined;
    if (m.requires && !accByName.get(m.requires)?.zones.includes(zone))
        return undefined;
    return m;
}
const machineTypeAnywhere = (name, zones = ZONES) => zones.find((z) => machineTypeIn(z, name));
const acceleratorIn = (zone, name) => {
    const a = accByName.get(name);
    return a && a.zones.includes(zone) ? a : undefined;
};
const machineTypesIn = (zone) => MACHINE_TYPES.filter((m) => machineTypeIn(zone, m.name));
const acceleratorsIn = (zone) => ACCELERATORS.filter((a) => a.zones.includes(zone));
/** Stable numeric ids so the catalogue looks the same on every start. */
function stableId(s) {
    let h = 1469598103934665603n;
    for (const ch of s)
        h = ((h ^ BigInt(ch.charCodeAt(0))) * 1099511628211n) & 0xffffffffffffffffn;
    return (h % 9000000000000000000n + 1000000000000000000n).toString();
}
const CATALOG_TIMESTAMP = '1969-12-31T16:00:00.000-08:00';
const MAX_PD_GB = '263168';

;// CONCATENATED MODULE: ./shared/emulators/compute/filter.ts
/**
 * List filters and pagination as Compute Engine implements them: `field = value`, `field != value`, `field:*`
 * (present), `field eq regex` / `field ne regex` (full-match RE2-style), terms joined by AND (explicit, or
 * parenthesised terms side by side); `maxResults` (≤ 500) with an opaque `nextPageToken`.
 */

function parseFilter(filter) {
    if (!filter || !filter.trim())
        return [];
    const text = filter.trim();
    // parenthesised terms: (a = 1) (b = 2) or (a = 1) AND (b = 2)
    const parts = [];
    if (text.startsWith('(')) {
        const re = /\(([^()]*)\)\s*(?:AND\s*)?/gy;
        let m;
        let end = 0;
        while ((m = re.exec(text))) {
            parts.push(m[1].trim());
            end = re.lastIndex;
        }
        if (end !== text.length)
            throw badFilter(filter);
    }
    else
        parts.push(...text.split(/\s+AND\s+/));
    return parts.map((p) => parseTerm(p, filter));
}
function parseTerm(t, filter) {
    if (/\s(OR|NOT)\s|^NOT\s/.test(t))
        throw badFilter(filter);
    const m = /^([A-Za-z_][\w.-]*)\s*(!=|=|:|\seq\s|\sne\s)\s*(.*)$/.exec(t);
    if (!m)
        throw badFilter(filter);
    const op = m[2].trim();
    let value = m[3].trim();
    if (/^".*"$/.test(value) || /^'.*'$/.test(value))
        value = value.slice(1, -1);
    if (value === '' && op !== '=' && op !== '!=')
        throw badFilter(filter);
    if (op === ':' && value !== '*' && !/^[\w.-]+$/.test(value))
        throw badFilter(filter);
    return { path: m[1].split('.'), op, value };
}
const badFilter = (filter) => invalidField('filter', filter, 'Invalid list filter expression.');
function lookup(obj, path) {
    let cur = obj;
    for (const p of path) {
        if (typeof cur !== 'object' || cur === null)
            return undefined;
        cur = cur[p];
    }
    return cur;
}
/** Compares the value as the API does: for URL-valued fields (zone, machineType) the last segment counts too. */
function equals(actual, want) {
    if (actual === undefined || actual === null)
        return want === '';
    if (Array.isArray(actual))
        return actual.some((a) => equals(a, want));
    const s = String(actual);
    return s === want || (s.includes('/') && s.split('/').at(-1) === want);
}
function regexMatch(actual, pattern) {
    let re;
    try {
        re = new RegExp(`^(?:${pattern})$`);
    }
    catch {
        throw invalid(`Invalid regular expression in filter: ${pattern}`);
    }
    if (actual === undefined || actual === null)
        return false;
    const s = String(actual);
    return re.test(s) || (s.includes('/') && re.test(s.split('/').at(-1)));
}
function matches(item, terms) {
    return terms.every((t) => {
        const v = lookup(item, t.path);
        switch (t.op) {
            case '=':
                return equals(v, t.value);
            case '!=':
                return !equals(v, t.value);
            case ':':
                return t.value === '*' ? v !== undefined && v !== null : equals(v, t.value);
            case 'eq':
                return regexMatch(v, t.value);
            case 'ne':
                return !regexMatch(v, t.value);
        }
    });
}
/** One page of `items` (already filtered and ordered); tokens are opaque to clients but must come from us. */
function paginate(items, maxResults, pageToken, context) {
    let size = 500;
    if (maxResults !== undefined && maxResults !== '') {
        const n = Number(maxResults);
        if (!Number.isInteger(n) || n < 0 || n > 500)
            throw invalidField('maxResults', maxResults, 'Must be between 0 and 500, inclusive.');
        if (n > 0)
            size = n;
    }
    let offset = 0;
    if (pageToken) {
        const decoded = decodeToken(pageToken);
        if (!decoded || decoded.c !== context)
            throw invalidField('pageToken', pageToken, 'Invalid page token.');
        offset = decoded.o;
    }
    const page = items.slice(offset, offset + size);
    const next = offset + size < items.length ? encodeToken({ o: offset + size, c: context }) : undefined;
    return next ? { items: page, nextPageToken: next } : { items: page };
}
function encodeToken(t) {
    return Buffer.from(JSON.stringify(t)).toString('base64url');
}
function decodeToken(s) {
    try {
        const t = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
        return typeof t.o === 'number' && typeof t.c === 'string' ? { o: t.o, c: t.c } : undefined;
    }
    catch {
        return undefined;
    }
}
/** `orderBy`: the real API supports `name` and `creationTimestamp desc`. */
function order(items, orderBy) {
    if (!orderBy)
        return items;
    const o = orderBy.trim();
    if (o === 'name')
        return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    if (o === 'creationTimestamp desc')
        return [...items].sort((a, b) => String(b.creationTimestamp).localeCompare(String(a.creationTimestamp)));
    throw invalidField('orderBy', orderBy, "Only 'name' and 'creationTimestamp desc' are supported.");
}

;// CONCATENATED MODULE: ./shared/emulators/compute/faults.ts
/**
 * Faults a test or benchmark can inject through the control endpoint. Each rule may be limited to `times` matches
 * (default: 1 for errors, unlimited for latency and stockouts) and skip its first `after` matches.
 */
const noFaults = () => ({ http: [], operations: [], stockouts: [], latency: [] });
/** Consumes one match of a counted rule: true when the rule fires now. Rules used up are removed by the caller. */
function fire(rule) {
    rule.seen = (rule.seen ?? 0) + 1;
    if (rule.seen <= (rule.after ?? 0))
        return false;
    if (rule.times !== undefined)
        rule.times -= 1;
    return true;
}
const spent = (rule) => rule.times !== undefined && rule.times <= 0;
function matchesRequest(rule, method, pathAndQuery) {
    if (rule.method && rule.method !== '*' && rule.method.toUpperCase() !== method)
        return false;
    if (rule.path && !new RegExp(rule.path).test(pathAndQuery))
        return false;
    return true;
}
function defaultReason(status) {
    if (status === 429)
        return 'rateLimitExceeded';
    if (status === 403)
        return 'rateLimitExceeded';
    if (status === 404)
        return 'notFound';
    if (status === 409)
        return 'operationInProgress';
    if (status === 412)
        return 'conditionNotMet';
    if (status === 400)
        return 'invalid';
    if (status >= 500)
        return 'backendError';
    return 'invalid';
}
/** Validates a faults document sent to the control endpoint; returns an error message or undefined. */
function checkFaults(f) {
    for (const k of Object.keys(f))
        if (!['http', 'operations', 'stockouts', 'latency'].includes(k))
            return `unknown fault kind "${k}"`;
    for (const r of f.http ?? []) {
        if (!Number.isInteger(r.status) || r.status < 400 || r.status > 599)
            return 'http[].status must be an HTTP error status';
        if (r.path)
            new RegExp(r.path);
    }
    for (const r of f.operations ?? [])
        if (!r.code)
            return 'operations[].code is required';
    for (const r of f.stockouts ?? [])
        if (!r.zone)
            return 'stockouts[].zone is required';
    for (const r of f.latency ?? [])
        if (!(r.ms >= 0))
            return 'latency[].ms must be ≥ 0';
    return undefined;
}

;// CONCATENATED MODULE: ./shared/emulators/compute/state.ts
/** The emulated cloud as plain JSON, so it can be read over the control endpoint and persisted to a state file. */

const emptyState = () => ({ version: 1, resources: {}, operations: {}, migs: {}, health: {} });
function isCloudState(v) {
    const s = v;
    return (typeof s === 'object' &&
        s !== null &&
        s.version === 1 &&
        typeof s.resources === 'object' &&
        typeof s.operations === 'object' &&
        typeof s.migs === 'object' &&
        typeof s.health === 'object');
}
/** uint64 ids as decimal strings, like the real API. */
function newId() {
    const n = (0,external_node_crypto_.randomBytes)(8).readBigUInt64BE() % 9000000000000000000n;
    return (n + 1000000000000000000n).toString();
}
const newFingerprint = () => (0,external_node_crypto_.randomBytes)(8).toString('base64');
/** RFC 3339 with an explicit offset and milliseconds, as Compute Engine writes timestamps. */
function timestamp(ms = Date.now()) {
    return new Date(ms).toISOString().replace('Z', '-00:00');
}
const LINK_PREFIX = 'https://www.googleapis.com/compute/v1/';
const state_link = (key) => LINK_PREFIX + key;
/** Resource key for a reference in a body: full URL, `projects/…`, or `global|zones|regions/…` relative to `project`. */
function refKey(ref, project) {
    const m = /^https?:\/\/[^/]+\/compute\/(?:v1|beta|alpha)\/(.*)$/.exec(ref);
    const rel = m ? m[1] : ref;
    if (rel.startsWith('projects/'))
        return rel;
    if (/^(global|zones|regions)\//.test(rel))
        return `projects/${project}/${rel}`;
    return undefined;
}
const lastSegment = (s) => s.split('/').at(-1) ?? s;
/** Splits a key into its parts. */
function parseKey(key) {
    const s = key.split('/');
    if (s[2] === 'global')
        return { project: s[1], scope: 'global', collection: s[3], name: s[4] };
    return { project: s[1], scope: s[2], location: s[3], collection: s[4], name: s[5] };
}

;// CONCATENATED MODULE: ./shared/emulators/compute/validate.ts
/** Field checks shared by several collections, worded like the real API's 400 answers. */


const NAME_RE = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
function checkName(name, field = 'resource.name') {
    if (name === undefined || name === '')
        throw required(field);
    if (typeof name !== 'string' || !NAME_RE.test(name)) {
        throw invalidField(field, name, "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'");
    }
}
function need(value, field) {
    if (value === undefined || value === null || value === '')
        throw required(field);
    return value;
}
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;
function checkLabels(labels, field) {
    if (labels === undefined)
        return;
    const entries = Object.entries(labels);
    if (entries.length > 64)
        throw invalidField(field, `${entries.length} labels`, 'At most 64 labels are allowed.');
    for (const [k, v] of entries) {
        if (!LABEL_KEY.test(k))
            throw invalidField(`${field}.${k}`, k, 'Label keys must start with a lowercase letter and contain only lowercase letters, digits, underscores and dashes (at most 63 characters).');
        if (!LABEL_VALUE.test(v))
            throw invalidField(`${field}.${k}`, v, 'Label values may contain only lowercase letters, digits, underscores and dashes (at most 63 characters).');
    }
}
function oneOf(value, allowed, field) {
    if (value !== undefined && !allowed.includes(value)) {
        throw invalidField(field, value, `Must be one of [${allowed.join(', ')}].`);
    }
}
function intIn(value, min, max, field) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
        throw invalidField(field, value, `Must be between ${min} and ${max}.`);
    return n;
}
/** Scheduling of an instance or template: enums, Spot rules, maxRunDuration with its termination action; fills defaults. */
function checkScheduling(s, hasGpu, field) {
    const sched = { ...(s ?? {}) };
    oneOf(sched.onHostMaintenance, ['MIGRATE', 'TERMINATE'], `${field}.onHostMaintenance`);
    oneOf(sched.provisioningModel, ['STANDARD', 'SPOT'], `${field}.provisioningModel`);
    oneOf(sched.instanceTerminationAction, ['STOP', 'DELETE'], `${field}.instanceTerminationAction`);
    const spot = sched.provisioningModel === 'SPOT';
    if (spot && sched.onHostMaintenance === 'MIGRATE') {
        throw invalidField(`${field}.onHostMaintenance`, 'MIGRATE', 'Spot VMs must have onHostMaintenance set to TERMINATE.');
    }
    if ((spot || sched.preemptible === true) && sched.automaticRestart === true) {
        throw invalidField(`${field}.automaticRestart`, 'true', 'Spot and preemptible VMs cannot be restarted automatically.');
    }
    if (sched.maxRunDuration !== undefined) {
        const d = sched.maxRunDuration;
        const seconds = Number(d.seconds ?? 0);
        if (!Number.isInteger(seconds) || seconds < 30 || seconds > 120 * 24 * 3600) {
            throw invalidField(`${field}.maxRunDuration.seconds`, d.seconds ?? '', 'Must be between 30 seconds and 120 days.');
        }
        intIn(d.nanos, 0, 999_999_999, `${field}.maxRunDuration.nanos`);
    }
    const timed = sched.maxRunDuration !== undefined || sched.terminationTime !== undefined;
    if (timed && !sched.instanceTerminationAction) {
        throw invalidField(`${field}.instanceTerminationAction`, '', 'instanceTerminationAction must be set when maxRunDuration or terminationTime is set.');
    }
    if (sched.instanceTerminationAction && !spot && !timed) {
        throw invalidField(`${field}.instanceTerminationAction`, sched.instanceTerminationAction, 'instanceTerminationAction applies only to Spot VMs or VMs with maxRunDuration or terminationTime.');
    }
    sched.onHostMaintenance ??= spot ? 'TERMINATE' : 'MIGRATE';
    sched.automaticRestart ??= !(spot || sched.preemptible === true);
    sched.preemptible ??= false;
    sched.provisioningModel ??= 'STANDARD';
    if (hasGpu && sched.onHostMaintenance !== 'TERMINATE') {
        throw invalidField(`${field}.onHostMaintenance`, sched.onHostMaintenance, 'Instances with guest accelerators do not support live migration; set onHostMaintenance to TERMINATE.');
    }
    return sched;
}
/**
 * Attached GPUs: known type (in `zone`, when given), a count the type allows, only on N1 (accelerator-optimized
 * families bundle theirs). `nameOf` turns the body's reference into a type name or throws.
 */
function checkAccelerators(list, machine, field, nameOf, zones, project) {
    (list ?? []).forEach((a, i) => {
        const f = `${field}[${i}]`;
        const name = nameOf(need(a.acceleratorType, `${f}.acceleratorType`), `${f}.acceleratorType`);
        const count = Number(need(a.acceleratorCount, `${f}.acceleratorCount`));
        const spec = ACCELERATORS.find((x) => x.name === name);
        const zone = zones.find((z) => acceleratorIn(z, name));
        if (!spec || !zone)
            throw notFound(`projects/${project}/zones/${zones.length === 1 ? zones[0] : '-'}/acceleratorTypes/${name}`);
        if (![1, 2, 4, 8, 16].includes(count) || count > spec.maximumCardsPerInstance) {
            throw invalidField(`${f}.acceleratorCount`, count, `Accelerator type '${name}' allows 1, 2, 4… up to ${spec.maximumCardsPerInstance} cards per instance.`);
        }
        if (!machine.name.startsWith('n1-')) {
            throw new ComputeApiError(400, 'invalid', `Invalid value for field '${f}.acceleratorType': '${a.acceleratorType}'. Accelerator type '${name}' cannot be attached to machine type '${machine.name}'; only N1 machine types take attached GPUs.`);
        }
    });
}

;// CONCATENATED MODULE: ./shared/emulators/compute/cloud.ts
/**
 * The emulated Compute Engine: serves one RPC at a time against a CloudState. Mutations are checked synchronously
 * (400/404/409/412 answered at once, like the real API) and answered with an Operation that moves
 * PENDING → RUNNING → DONE over polls; a failing operation (injected fault, stockout) leaves the cloud unchanged.
 */








const refsOf = (project, ...refs) => refs.flat(3).filter((x) => typeof x === 'string').map((x) => refKey(x, project)).filter((x) => !!x);
class ComputeCloud {
    state = emptyState();
    faults = noFaults();
    timing = { pollsToDone: 2, waitsToDone: 1, settleAfterMs: 30_000 };
    /** requestId → operation key: a retried mutation returns the first operation instead of running twice */
    requestIds = new Map();
    /** called after every change, e.g. to persist the state file */
    onChange = () => { };
    // ---------------------------------------------------------------------------------------------- state helpers
    coll(collKey) {
        return (this.state.resources[collKey] ??= {});
    }
    get(key) {
        const i = key.lastIndexOf('/');
        return this.state.resources[key.slice(0, i)]?.[key.slice(i + 1)];
    }
    put(key, r) {
        const i = key.lastIndexOf('/');
        this.coll(key.slice(0, i))[key.slice(i + 1)] = r;
    }
    remove(key) {
        const i = key.lastIndexOf('/');
        const c = this.state.resources[key.slice(0, i)];
        if (c) {
            delete c[key.slice(i + 1)];
            if (Object.keys(c).length === 0)
                delete this.state.resources[key.slice(0, i)];
        }
    }
    *all() {
        for (const [collKey, c] of Object.entries(this.state.resources))
            for (const [name, r] of Object.entries(c))
                yield [`${collKey}/${name}`, r];
    }
    reset() {
        this.load(emptyState());
        this.onChange();
    }
    /** Replaces the whole cloud (state file, control endpoint). */
    load(state) {
        this.state = state;
        this.requestIds.clear();
        this.pending = new Set(Object.values(state.operations).filter((r) => r.op.status !== 'DONE'));
    }
    /** operations not DONE yet, so settling old ones does not scan every operation on each request */
    pending = new Set();
    // --------------------------------------------------------------------------------------------------- dispatch
    handle(call) {
        this.settleOld();
        const { parsed, rpc } = call;
        if (parsed.scope === 'project')
            return this.locations(call);
        if (parsed.scope === 'aggregated')
            return this.aggregated(call);
        const scope = parsed.scope === 'bare' ? 'global' : parsed.scope;
        if (scope === 'zones' && !isZone(parsed.location))
            throw invalidField('zone', parsed.location, 'Unknown zone.');
        if (scope === 'regions' && !isRegion(parsed.location))
            throw invalidField('region', parsed.location, 'Unknown region.');
        const scopeKey = `projects/${parsed.project}/${scope === 'global' ? 'global' : `${scope}/${parsed.location}`}`;
        const ctx = { project: parsed.project, scope, location: parsed.location, scopeKey, collKey: `${scopeKey}/${parsed.collection}` };
        const name = rpc.literalName ? undefined : parsed.name;
        if (parsed.collection === 'operations')
            return this.operationRpc(call, ctx, name);
        if (parsed.collection === 'machineTypes' || parsed.collection === 'acceleratorTypes')
            return this.catalogRpc(call, ctx, name);
        if (parsed.collection === 'instanceGroups')
            return this.instanceGroupRpc(call, ctx, name);
        const coll = COLLECTIONS[parsed.collection];
        if (!coll || !coll.scopes.includes(scope))
            throw notImplemented(`${rpc.service}.${rpc.method}`);
        switch (rpc.method) {
            case 'Get':
                // a MIG keeps working on its members between reads (retries after stockouts)
                if (coll === instanceGroupManagers)
                    this.reconcile(`${ctx.collKey}/${name}`);
                return { status: 200, body: this.mustGet(`${ctx.collKey}/${name}`) };
            case 'List':
                return { status: 200, body: this.list(call, ctx, coll) };
            case 'Insert':
                return this.insert(call, ctx, coll);
            case 'Delete':
                return this.delete(call, ctx, coll, `${ctx.collKey}/${name}`);
            case 'Update':
            case 'Patch': {
                // autoscalers carry the name in the query (or body), not the path
                const n = name ?? call.query.autoscaler ?? call.body?.name;
                return this.write(call, ctx, coll, `${ctx.collKey}/${need(n, 'autoscaler')}`, rpc.method === 'Patch');
            }
            default:
                return this.verb(call, ctx, coll, `${ctx.collKey}/${name}`);
        }
    }
    mustGet(key) {
        const r = this.get(key);
        if (!r)
            throw notFound(key);
        return r;
    }
    list(call, ctx, coll) {
        const items = Object.values(this.state.resources[ctx.collKey] ?? {});
        return this.listAnswer(call, ctx, items, `${coll.kind}List`);
    }
    listAnswer(call, ctx, items, kind, collKey = ctx.collKey) {
        const terms = parseFilter(call.query.filter);
        const filtered = order(items.filter((i) => matches(i, terms)), call.query.orderBy);
        const page = paginate(filtered, call.query.maxResults, call.query.pageToken, `${collKey}|${call.query.filter ?? ''}|${call.query.orderBy ?? ''}`);
        return { kind, id: collKey, items: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}), selfLink: state_link(collKey) };
    }
    // ------------------------------------------------------------------------------------------------- mutations
    insert(call, ctx, coll) {
        const prior = this.byRequestId(call);
        if (prior)
            return prior;
        const body = structuredClone(need(call.body, 'resource'));
        checkName(body.name);
        const key = `${ctx.collKey}/${body.name}`;
        if (this.get(key) || this.aliasTaken(key))
            throw alreadyExists(key);
        const fromTemplate = {};
        if (coll === instances && call.query.sourceInstanceTemplate) {
            // instances.insert?sourceInstanceTemplate=…: the template's properties, overridden by the body
            const t = this.ref(call.query.sourceInstanceTemplate, ctx.project, 'instanceTemplates', 'sourceInstanceTemplate');
            const fields = messageFields('Instance');
            const p = Object.fromEntries(Object.entries(structuredClone(this.mustGet(t).properties ?? {})).filter(([k]) => fields.has(k)));
            Object.assign(fromTemplate, p, {
                machineType: `zones/${ctx.location}/machineTypes/${p.machineType}`,
                guestAccelerators: (p.guestAccelerators ?? []).map((a) => ({ ...a, acceleratorType: `zones/${ctx.location}/acceleratorTypes/${a.acceleratorType}` })),
            });
            delete fromTemplate.metadata?.fingerprint;
        }
        // maps and lists have no presence in proto3 (the client always sends `labels: {}`): empty ones do not override
        const given = Object.fromEntries(Object.entries(body).filter(([k, v]) => !(k in fromTemplate) || !isEmpty(v)));
        const r = { kind: coll.kind, id: newId(), creationTimestamp: timestamp(), ...fromTemplate, ...given };
        r.selfLink = state_link(key);
        if (ctx.scope === 'zones')
            r.zone = state_link(ctx.scopeKey);
        if (ctx.scope === 'regions')
            r.region = state_link(ctx.scopeKey);
        coll.prepare(this, ctx, r, undefined);
        const fail = this.operationFault('insert', key) ?? this.stockout(ctx, r);
        const op = this.newOperation(call, ctx, 'insert', key, r.id, fail);
        if (!fail) {
            this.put(key, r);
            if (r.kind === 'compute#instance')
                op.settle = [key];
            coll.afterWrite?.(this, key, r, undefined);
        }
        this.onChange();
        return { status: 200, body: op.op };
    }
    write(call, ctx, coll, key, patch) {
        const prior = this.byRequestId(call);
        if (prior)
            return prior;
        const prev = this.mustGet(key);
        const body = structuredClone(need(call.body, 'resource'));
        if (body.name !== undefined && body.name !== prev.name)
            throw invalidField('resource.name', body.name, 'The name of a resource cannot be changed.');
        if ('fingerprint' in prev && (coll.fingerprintRequired || body.fingerprint !== undefined) && body.fingerprint !== prev.fingerprint) {
            throw conditionNotMet(`resource '${key}'`);
        }
        const next = patch ? mergePatch(structuredClone(prev), body) : { ...body };
        for (const k of ['kind', 'id', 'creationTimestamp', 'selfLink', 'zone', 'region', 'name'])
            if (k in prev)
                next[k] = prev[k];
        if ('fingerprint' in prev)
            next.fingerprint = newFingerprint();
        coll.prepare(this, ctx, next, prev);
        const type = patch ? 'patch' : 'update';
        const fail = this.operationFault(type, key);
        const op = this.newOperation(call, ctx, type, key, prev.id, fail);
        if (!fail) {
            this.put(key, next);
            coll.afterWrite?.(this, key, next, prev);
        }
        this.onChange();
        return { status: 200, body: op.op };
    }
    delete(call, ctx, coll, key) {
        const prior = this.byRequestId(call);
        if (prior)
            return prior;
        const r = this.mustGet(key);
        const targets = new Set([key, ...(coll.aliases?.(key, r) ?? [])]);
        for (const [otherKey, other] of this.all()) {
            if (otherKey === key)
                continue;
            const c = COLLECTIONS[parseKey(otherKey).collection];
            const hit = c?.refs(other, parseKey(otherKey).project).find((ref) => targets.has(ref));
            if (hit)
                throw inUse(hit, otherKey);
        }
        return this.mutate(call, ctx, 'delete', key, () => {
            this.remove(key);
            coll.afterDelete?.(this, key, r);
        });
    }
    /** Runs `apply` unless an operation fault says the operation fails; answers with the operation. */
    mutate(call, ctx, type, key, apply, settle) {
        const r = this.get(key);
        const fail = this.operationFault(type, key);
        const op = this.newOperation(call, ctx, type, key, r?.id ?? '0', fail);
        if (!fail) {
            apply();
            if (settle)
                op.settle = settle;
        }
        this.onChange();
        return { status: 200, body: op.op };
    }
    aliasTaken(key) {
        // a new MIG's implied instance group must not collide with another MIG's
        const igKey = key.replace(/\/instanceGroupManagers\//, '/instanceGroups/');
        return igKey !== key && this.instanceGroupOwner(igKey) !== undefined;
    }
    // ------------------------------------------------------------------------------------------------------ verbs
    verb(call, ctx, coll, key) {
        const { rpc } = call;
        const m = rpc.method;
        if (m === 'SetLabels') {
            const prior = this.byRequestId(call);
            if (prior)
                return prior;
            const r = this.mustGet(key);
            const body = call.body ?? {};
            if (body.labelFingerprint !== r.labelFingerprint)
                throw conditionNotMet(`labels of '${key}'`);
            checkLabels(body.labels, 'labels');
            return this.mutate(call, ctx, 'setLabels', key, () => {
                r.labels = body.labels ?? {};
                r.labelFingerprint = newFingerprint();
            });
        }
        if (coll === COLLECTIONS.instances) {
            const r = this.mustGet(key);
            const prior = this.byRequestId(call);
            if (prior)
                return prior;
            if (m === 'SetMetadata') {
                const body = call.body ?? {};
                if (body.fingerprint !== r.metadata?.fingerprint)
                    throw conditionNotMet(`metadata of '${key}'`);
                return this.mutate(call, ctx, 'setMetadata', key, () => {
                    r.metadata = { kind: 'compute#metadata', fingerprint: newFingerprint(), items: body.items ?? [] };
                });
            }
            if (m === 'Stop')
                return this.mutate(call, ctx, 'stop', key, () => {
                    r.status = 'TERMINATED';
                    r.lastStopTimestamp = timestamp();
                });
            if (m === 'Start') {
                const fail = this.stockout(ctx, r);
                if (fail) {
                    const op = this.newOperation(call, ctx, 'start', key, r.id, fail);
                    this.onChange();
                    return { status: 200, body: op.op };
                }
                return this.mutate(call, ctx, 'start', key, () => {
                    r.status = 'STAGING';
                    r.lastStartTimestamp = timestamp();
                }, [key]);
            }
        }
        if (coll === COLLECTIONS.instanceGroupManagers)
            return this.migVerb(call, ctx, key);
        if (coll === COLLECTIONS.backendServices && m === 'GetHealth')
            return this.getHealth(call, ctx, key);
        if (coll === COLLECTIONS.targetHttpProxies && m === 'SetUrlMap') {
            const prior = this.byRequestId(call);
            if (prior)
                return prior;
            const r = this.mustGet(key);
            const urlMap = this.ref(need(call.body?.urlMap, 'urlMap'), ctx.project, 'urlMaps', 'urlMap');
            return this.mutate(call, ctx, 'setUrlMap', key, () => {
                r.urlMap = state_link(urlMap);
                r.fingerprint = newFingerprint();
            });
        }
        if (coll === COLLECTIONS.forwardingRules && m === 'SetTarget') {
            const prior = this.byRequestId(call);
            if (prior)
                return prior;
            const r = this.mustGet(key);
            const target = this.ref(need(call.body?.target, 'target'), ctx.project, 'targetHttpProxies', 'target');
            return this.mutate(call, ctx, 'setTarget', key, () => {
                r.target = state_link(target);
                r.fingerprint = newFingerprint();
            });
        }
        throw notImplemented(`${rpc.service}.${rpc.method}`);
    }
    /** Resolves a reference that must point at an existing resource of `collection`; 400 for a malformed one, 404 when absent. */
    ref(value, project, collection, field) {
        const key = refKey(value, project);
        const colls = [collection].flat();
        if (!key || !colls.includes(parseKey(key).collection)) {
            throw invalidField(field, value, `Must be a URL of a ${colls.join(' or ')} resource (projects/{project}/…/${colls[0]}/{name}).`);
        }
        if (parseKey(key).collection === 'instanceGroups' ? !this.instanceGroupOwner(key) : !this.get(key))
            throw notFound(key);
        return key;
    }
    // ------------------------------------------------------------------------------------------------- operations
    newOperation(call, ctx, type, targetKey, targetId, fail) {
        const name = `operation-${Date.now()}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        const key = `${ctx.scopeKey}/operations/${name}`;
        const now = timestamp();
        const op = {
            kind: 'compute#operation',
            id: newId(),
            name,
            operationType: type,
            targetLink: state_link(targetKey),
            targetId,
            status: 'PENDING',
            user: 'psml-emulator@example.com',
            progress: 0,
            insertTime: now,
            selfLink: state_link(key),
        };
        if (ctx.scope === 'zones')
            op.zone = state_link(ctx.scopeKey);
        if (ctx.scope === 'regions')
            op.region = state_link(ctx.scopeKey);
        const rec = { op, polls: 0, waits: 0, at: Date.now(), ...(fail ? { fail } : {}) };
        this.state.operations[key] = rec;
        this.pending.add(rec);
        const requestId = call.query.requestId;
        if (requestId)
            this.requestIds.set(`${ctx.scopeKey}|${requestId}`, key);
        return rec;
    }
    /** A repeated requestId returns the operation of the first request (the real API's idempotency). */
    byRequestId(call) {
        const requestId = call.query.requestId;
        if (!requestId)
            return undefined;
        const p = call.parsed;
        const scopeKey = `projects/${p.project}/${p.scope === 'zones' || p.scope === 'regions' ? `${p.scope}/${p.location}` : 'global'}`;
        const opKey = this.requestIds.get(`${scopeKey}|${requestId}`);
        const rec = opKey ? this.state.operations[opKey] : undefined;
        return rec ? { status: 200, body: rec.op } : undefined;
    }
    advance(rec, toDone) {
        const op = rec.op;
        if (op.status === 'DONE')
            return;
        if (toDone)
            return this.finish(rec);
        op.status = 'RUNNING';
        op.startTime ??= timestamp();
        op.progress = 0;
    }
    finish(rec) {
        const op = rec.op;
        this.pending.delete(rec);
        op.status = 'DONE';
        op.startTime ??= timestamp();
        op.endTime = timestamp();
        op.progress = 100;
        if (rec.fail) {
            op.error = { errors: [{ code: rec.fail.code, message: rec.fail.message }] };
            op.httpErrorStatusCode = rec.fail.httpStatus;
            op.httpErrorMessage = rec.fail.httpMessage;
        }
        for (const k of rec.settle ?? []) {
            const inst = this.get(k);
            if (inst && (inst.status === 'PROVISIONING' || inst.status === 'STAGING'))
                inst.status = 'RUNNING';
        }
        delete rec.settle;
    }
    /** Operations nobody polled finish on their own after a while, as in the real cloud. */
    settleOld() {
        const limit = Date.now() - this.timing.settleAfterMs;
        for (const rec of this.pending)
            if (rec.at < limit)
                this.finish(rec);
    }
    /** Finishes every pending operation (control endpoint). */
    settleAll() {
        let n = 0;
        for (const rec of [...this.pending]) {
            this.finish(rec);
            n++;
        }
        if (n)
            this.onChange();
        return n;
    }
    operationRpc(call, ctx, name) {
        const m = call.rpc.method;
        if (m === 'List') {
            const items = Object.entries(this.state.operations)
                .filter(([k]) => k.startsWith(`${ctx.collKey}/`))
                .map(([, r]) => r.op);
            return { status: 200, body: this.listAnswer(call, ctx, items, 'compute#operationList') };
        }
        const key = `${ctx.collKey}/${name}`;
        const rec = this.state.operations[key];
        if (!rec)
            throw notFound(key);
        if (m === 'Delete') {
            this.pending.delete(rec);
            delete this.state.operations[key];
            this.onChange();
            return { status: 200, body: {} };
        }
        if (m === 'Get') {
            rec.polls++;
            this.advance(rec, rec.polls >= this.timing.pollsToDone);
        }
        else if (m === 'Wait') {
            rec.waits++;
            this.advance(rec, rec.waits >= this.timing.waitsToDone);
        }
        else
            throw notImplemented(`${call.rpc.service}.${m}`);
        this.onChange();
        return { status: 200, body: rec.op };
    }
    // ------------------------------------------------------------------------------------------- faults in the cloud
    operationFault(type, key) {
        const selfLink = state_link(key);
        const rules = this.faults.operations;
        for (let i = 0; i < rules.length; i++) {
            const r = rules[i];
            if (r.operationType && r.operationType !== type)
                continue;
            if (r.target && !new RegExp(r.target).test(selfLink))
                continue;
            r.times ??= 1;
            if (!fire(r))
                continue;
            if (spent(r))
                rules.splice(i, 1);
            const httpStatus = r.httpStatus ?? (r.code === 'QUOTA_EXCEEDED' ? 403 : r.code.includes('EXHAUSTED') ? 503 : 400);
            return {
                code: r.code,
                message: r.message ?? defaultOperationMessage(r.code, key),
                httpStatus,
                httpMessage: HTTP_MESSAGES[httpStatus] ?? 'ERROR',
            };
        }
        return undefined;
    }
    /** ZONE_RESOURCE_POOL_EXHAUSTED when an instance's zone has no capacity for its machine or accelerator type. */
    stockout(ctx, inst) {
        if (inst.kind !== 'compute#instance' || !ctx.location)
            return undefined;
        const zone = ctx.location;
        const machine = lastSegment(String(inst.machineType ?? ''));
        const spec = machineTypeIn(zone, machine);
        const accs = [
            ...(inst.guestAccelerators ?? []).map((a) => lastSegment(String(a.acceleratorType))),
            ...(spec?.accelerators ?? []).map((a) => a.guestAcceleratorType),
        ];
        const rules = this.faults.stockouts;
        for (let i = 0; i < rules.length; i++) {
            const r = rules[i];
            if (r.zone !== zone)
                continue;
            if (r.machineType && !(r.machineType.endsWith('*') ? machine.startsWith(r.machineType.slice(0, -1)) : machine === r.machineType))
                continue;
            if (r.acceleratorType && !accs.includes(r.acceleratorType))
                continue;
            fire(r);
            if (spent(r))
                rules.splice(i, 1);
            const others = ZONES.filter((z) => z !== zone && regionOf(z) === regionOf(zone) && machineTypeIn(z, machine) && accs.every((a) => acceleratorIn(z, a)));
            return {
                code: 'ZONE_RESOURCE_POOL_EXHAUSTED',
                message: `The zone 'projects/${ctx.project}/zones/${zone}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.${others.length ? ` Zones in the region that offer this configuration: ${others.join(', ')}.` : ''}`,
                httpStatus: 503,
                httpMessage: 'SERVICE UNAVAILABLE',
            };
        }
        return undefined;
    }
    // ---------------------------------------------------------------------------------------- catalog and locations
    catalogRpc(call, ctx, name) {
        if (ctx.scope !== 'zones')
            throw notImplemented(`${call.rpc.service}.${call.rpc.method}`);
        const zone = ctx.location;
        const machine = call.parsed.collection === 'machineTypes';
        const items = machine ? machineTypesIn(zone).map((m) => machineTypeJson(ctx.project, zone, m)) : acceleratorsIn(zone).map((a) => acceleratorJson(ctx.project, zone, a.name));
        if (call.rpc.method === 'Get') {
            const item = items.find((i) => i.name === name);
            if (!item)
                throw notFound(`${ctx.collKey}/${name}`);
            return { status: 200, body: item };
        }
        return { status: 200, body: this.listAnswer(call, ctx, items, machine ? 'compute#machineTypeList' : 'compute#acceleratorTypeList') };
    }
    locations(call) {
        const { project, collection, name } = call.parsed;
        const zone = (z) => ({
            kind: 'compute#zone',
            id: stableId(z),
            creationTimestamp: CATALOG_TIMESTAMP,
            name: z,
            description: z,
            status: 'UP',
            region: state_link(`projects/${project}/regions/${regionOf(z)}`),
            selfLink: state_link(`projects/${project}/zones/${z}`),
            availableCpuPlatforms: ['Intel Broadwell', 'Intel Cascade Lake', 'AMD Milan'],
            supportsPzs: false,
        });
        const region = (r) => ({
            kind: 'compute#region',
            id: stableId(r),
            creationTimestamp: CATALOG_TIMESTAMP,
            name: r,
            description: r,
            status: 'UP',
            zones: zonesOf(r).map((z) => state_link(`projects/${project}/zones/${z}`)),
            quotas: [],
            selfLink: state_link(`projects/${project}/regions/${r}`),
            supportsPzs: false,
        });
        const items = collection === 'zones' ? ZONES.map(zone) : REGIONS.map(region);
        if (name !== undefined) {
            const item = items.find((i) => i.name === name);
            if (!item)
                throw notFound(`projects/${project}/${collection}/${name}`);
            return { status: 200, body: item };
        }
        const ctx = { project, scope: 'global', scopeKey: `projects/${project}`, collKey: `projects/${project}/${collection}` };
        return { status: 200, body: this.listAnswer(call, ctx, items, collection === 'zones' ? 'compute#zoneList' : 'compute#regionList') };
    }
    /** `aggregated/{collection}`: items grouped by scope (`zones/us-central1-a` → {instances: […]}). */
    aggregated(call) {
        const { project, collection } = call.parsed;
        const terms = parseFilter(call.query.filter);
        const items = {};
        const add = (scope, list) => {
            const hits = list.filter((i) => matches(i, terms));
            if (hits.length)
                items[scope] = { [collection]: hits };
        };
        if (collection === 'machineTypes' || collection === 'acceleratorTypes') {
            for (const z of ZONES) {
                add(`zones/${z}`, collection === 'machineTypes' ? machineTypesIn(z).map((m) => machineTypeJson(project, z, m)) : acceleratorsIn(z).map((a) => acceleratorJson(project, z, a.name)));
            }
        }
        else {
            const prefix = `projects/${project}/`;
            for (const [collKey, c] of Object.entries(this.state.resources)) {
                if (!collKey.startsWith(prefix) || !collKey.endsWith(`/${collection}`))
                    continue;
                add(collKey.slice(prefix.length, -collection.length - 1), Object.values(c));
            }
        }
        return { status: 200, body: { kind: `compute#${collection.replace(/s$/, '')}AggregatedList`, id: `projects/${project}/aggregated/${collection}`, items, selfLink: state_link(`projects/${project}/aggregated/${collection}`) } };
    }
    // ------------------------------------------------------------------------------------ managed instance groups
    /** The MIG key behind an instance group key, if any. */
    instanceGroupOwner(igKey) {
        const migKey = igKey.replace('/instanceGroups/', '/instanceGroupManagers/');
        return this.get(migKey) ? migKey : undefined;
    }
    instanceGroupRpc(call, ctx, name) {
        const m = call.rpc.method;
        const migs = Object.entries(this.state.resources[`${ctx.scopeKey}/instanceGroupManagers`] ?? {});
        const view = (migKey, mig) => {
            const igKey = migKey.replace('/instanceGroupManagers/', '/instanceGroups/');
            const ms = this.state.migs[migKey];
            return {
                kind: 'compute#instanceGroup',
                id: stableId(igKey + mig.id),
                creationTimestamp: mig.creationTimestamp,
                name: mig.name,
                description: "This instance group is controlled by Instance Group Manager '" + mig.name + "'. To modify instances in this group, use the Instance Group Manager API: https://cloud.google.com/compute/docs/reference/latest/instanceGroupManagers",
                namedPorts: mig.namedPorts ?? [],
                network: state_link(`projects/${ctx.project}/global/networks/default`),
                fingerprint: '42WmSpB8rSM=',
                size: (ms?.instances ?? []).filter((i) => !i.pending).length,
                selfLink: state_link(igKey),
                ...(mig.zone ? { zone: mig.zone } : { region: mig.region }),
            };
        };
        if (m === 'List')
            return { status: 200, body: this.listAnswer(call, ctx, migs.map(([n, g]) => view(`${ctx.scopeKey}/instanceGroupManagers/${n}`, g)), 'compute#instanceGroupList') };
        const migKey = `${ctx.scopeKey}/instanceGroupManagers/${name}`;
        const mig = this.get(migKey);
        if (!mig)
            throw notFound(`${ctx.collKey}/${name}`);
        if (m === 'Get')
            return { status: 200, body: view(migKey, mig) };
        if (m === 'ListInstances') {
            const items = (this.state.migs[migKey]?.instances ?? [])
                .filter((i) => !i.pending)
                .map((i) => {
                const inst = this.get(`projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`);
                return { instance: state_link(`projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`), status: inst?.status ?? 'RUNNING', namedPorts: mig.namedPorts ?? [] };
            });
            return { status: 200, body: this.listAnswer(call, ctx, items, 'compute#instanceGroupsListInstances', `${ctx.collKey}/${name}`) };
        }
        throw notImplemented(`${call.rpc.service}.${m} (instance groups are implied by managed instance groups here)`);
    }
    migVerb(call, ctx, key) {
        const m = call.rpc.method;
        const mig = this.mustGet(key);
        if (m === 'ListManagedInstances') {
            this.reconcile(key);
            const ms = this.state.migs[key];
            const managedInstances = ms.instances.map((i) => {
                const instKey = `projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`;
                const inst = this.get(instKey);
                const out = {
                    instance: state_link(instKey),
                    currentAction: i.pending ? 'CREATING' : 'NONE',
                    version: { instanceTemplate: state_link(i.template) },
                    name: i.name,
                };
                if (inst) {
                    out.id = inst.id;
                    out.instanceStatus = inst.status;
                    out.instanceHealth = [];
                }
                if (i.pending)
                    out.lastAttempt = { errors: { errors: ms.errors.filter((e) => e.instanceActionDetails?.instance === state_link(instKey)).slice(-1).map((e) => e.error) } };
                return out;
            });
            const page = paginate(managedInstances, call.query.maxResults, call.query.pageToken, `${key}|managed`);
            return { status: 200, body: { managedInstances: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
        }
        if (m === 'ListErrors') {
            this.reconcile(key);
            const items = [...(this.state.migs[key]?.errors ?? [])].reverse();
            const page = paginate(items, call.query.maxResults, call.query.pageToken, `${key}|errors`);
            return { status: 200, body: { items: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
        }
        const prior = this.byRequestId(call);
        if (prior)
            return prior;
        if (m === 'Resize') {
            const size = intIn(need(call.query.size, 'size'), 0, 1000, 'size');
            return this.mutate(call, ctx, 'compute.instanceGroupManagers.resize', key, () => {
                mig.targetSize = size;
                this.reconcile(key);
            });
        }
        if (m === 'SetInstanceTemplate') {
            const template = this.ref(need(call.body?.instanceTemplate, 'instanceTemplate'), ctx.project, 'instanceTemplates', 'instanceTemplate');
            return this.mutate(call, ctx, 'compute.instanceGroupManagers.setInstanceTemplate', key, () => {
                mig.instanceTemplate = state_link(template);
                mig.versions = [{ instanceTemplate: state_link(template), targetSize: undefined }].map(({ instanceTemplate }) => ({ instanceTemplate }));
                mig.fingerprint = newFingerprint();
                this.reconcile(key);
            });
        }
        throw notImplemented(`${call.rpc.service}.${m}`);
    }
    /** Brings a MIG's members to its target size from its current template; stockouts leave members CREATING with errors. */
    reconcile(migKey) {
        const mig = this.get(migKey);
        if (!mig)
            return;
        const { project } = parseKey(migKey);
        const ms = (this.state.migs[migKey] ??= { instances: [], errors: [] });
        const template = refKey(String(mig.versions?.[0]?.instanceTemplate ?? mig.instanceTemplate), project);
        const zones = mig.zone
            ? [lastSegment(mig.zone)]
            : (mig.distributionPolicy?.zones ?? []).map((z) => lastSegment(String(z.zone)));
        const target = Number(mig.targetSize ?? 0);
        // members still CREATING are retried; members deleted behind the group's back are recreated
        for (const i of ms.instances)
            if (i.pending || !this.get(`projects/${project}/zones/${i.zone}/instances/${i.name}`))
                this.createMember(migKey, mig, ms, i);
        while (ms.instances.length < target) {
            const counts = zones.map((z) => ms.instances.filter((i) => i.zone === z).length);
            const zone = zones[counts.indexOf(Math.min(...counts))];
            const member = { name: `${mig.baseInstanceName}-${(0,external_node_crypto_.randomBytes)(3).toString('hex').slice(0, 4)}`, zone, template };
            ms.instances.push(member);
            this.createMember(migKey, mig, ms, member);
        }
        while (ms.instances.length > target) {
            const idx = ms.instances.findLastIndex((i) => i.pending);
            const [gone] = ms.instances.splice(idx >= 0 ? idx : ms.instances.length - 1, 1);
            if (gone && !gone.pending)
                this.remove(`projects/${project}/zones/${gone.zone}/instances/${gone.name}`);
        }
        const creating = ms.instances.filter((i) => i.pending).length;
        const current = refKey(String(mig.instanceTemplate ?? mig.versions?.[0]?.instanceTemplate), project);
        mig.currentActions = {
            abandoning: 0,
            creating,
            creatingWithoutRetries: 0,
            deleting: 0,
            none: ms.instances.length - creating,
            recreating: 0,
            refreshing: 0,
            restarting: 0,
            resuming: 0,
            starting: 0,
            stopping: 0,
            suspending: 0,
            verifying: 0,
        };
        mig.status = {
            isStable: creating === 0,
            versionTarget: { isReached: ms.instances.every((i) => i.template === current) },
            stateful: { hasStatefulConfig: false, perInstanceConfigs: { allEffective: true } },
            ...(mig.status?.autoscaler ? { autoscaler: mig.status.autoscaler } : {}),
        };
    }
    createMember(migKey, mig, ms, member) {
        const { project } = parseKey(migKey);
        const instKey = `projects/${project}/zones/${member.zone}/instances/${member.name}`;
        const inst = this.instanceFromTemplate(project, member.zone, member.name, member.template, {});
        const fail = this.stockout({ project, location: member.zone }, inst);
        if (fail) {
            member.pending = true;
            ms.errors.push({
                error: { code: fail.code, message: fail.message },
                instanceActionDetails: { action: 'CREATING', instance: state_link(instKey), version: { instanceTemplate: state_link(member.template) } },
                timestamp: timestamp(),
            });
            if (ms.errors.length > 100)
                ms.errors.shift();
            return;
        }
        delete member.pending;
        inst.status = 'RUNNING';
        inst.metadata.items = [...(inst.metadata.items ?? []), { key: 'created-by', value: migKey.replace(/^projects\/[^/]+\//, `projects/${project}/`) }, { key: 'instance-template', value: member.template }];
        this.put(instKey, inst);
        void mig;
    }
    /** A full Instance built from a template's properties, as MIGs and `sourceInstanceTemplate` do. */
    instanceFromTemplate(project, zone, name, templateKey, overrides) {
        const t = this.mustGet(templateKey);
        // InstanceProperties has a few fields Instance lacks (resourceManagerTags, …): keep what an Instance has
        const fields = messageFields('Instance');
        const p = Object.fromEntries(Object.entries(structuredClone(t.properties ?? {})).filter(([k]) => fields.has(k)));
        const key = `projects/${project}/zones/${zone}/instances/${name}`;
        const inst = {
            kind: 'compute#instance',
            id: newId(),
            creationTimestamp: timestamp(),
            name,
            ...p,
            ...overrides,
            machineType: overrides.machineType ?? state_link(`projects/${project}/zones/${zone}/machineTypes/${p.machineType}`),
            guestAccelerators: overrides.guestAccelerators ?? (p.guestAccelerators ?? []).map((a) => ({ ...a, acceleratorType: state_link(`projects/${project}/zones/${zone}/acceleratorTypes/${a.acceleratorType}`) })),
            zone: state_link(`projects/${project}/zones/${zone}`),
            selfLink: state_link(key),
        };
        finishInstance(inst, project, zone);
        return inst;
    }
    getHealth(call, ctx, key) {
        const bs = this.mustGet(key);
        const group = this.ref(need(call.body?.group, 'group'), ctx.project, 'instanceGroups', 'group');
        const backends = (bs.backends ?? []).map((b) => refKey(String(b.group), ctx.project));
        if (!backends.includes(group))
            throw invalidField('group', call.body?.group, `Instance group is not a backend of backend service '${bs.name}'.`);
        const migKey = this.instanceGroupOwner(group);
        const mig = this.get(migKey);
        const port = Number(mig.namedPorts?.find((np) => np.name === (bs.portName ?? 'http'))?.port ?? 80);
        const healthStatus = (this.state.migs[migKey]?.instances ?? [])
            .filter((i) => !i.pending)
            .map((i, n) => {
            const instKey = `projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`;
            const inst = this.get(instKey);
            const state = inst?.status !== 'RUNNING' ? 'UNHEALTHY' : (this.state.health[instKey] ?? 'HEALTHY');
            return { instance: state_link(instKey), ipAddress: inst?.networkInterfaces?.[0]?.networkIP ?? `10.128.0.${n + 2}`, port, healthState: state };
        });
        return { status: 200, body: { kind: 'compute#backendServiceGroupHealth', healthStatus } };
    }
}
// ------------------------------------------------------------------------------------------------------ helpers
const isEmpty = (v) => (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0);
const HTTP_MESSAGES = { 400: 'BAD REQUEST', 403: 'FORBIDDEN', 404: 'NOT FOUND', 409: 'CONFLICT', 429: 'TOO MANY REQUESTS', 503: 'SERVICE UNAVAILABLE' };
function defaultOperationMessage(code, key) {
    const { project, location } = parseKey(key);
    if (code === 'QUOTA_EXCEEDED')
        return `Quota 'CPUS' exceeded.  Limit: 24.0 in region ${location ? regionOf(location) : 'us-central1'}.`;
    if (code === 'ZONE_RESOURCE_POOL_EXHAUSTED')
        return `The zone 'projects/${project}/zones/${location ?? 'us-central1-a'}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.`;
    return `Operation failed: ${code}`;
}
/** RFC 7396 merge patch (the semantics of Compute Engine PATCH): objects merge, arrays and scalars replace, null removes. */
function mergePatch(target, patch) {
    for (const [k, v] of Object.entries(patch)) {
        if (isEmpty(v) && !Array.isArray(v))
            continue; // proto3 maps have no presence: `labels: {}` means "not given"
        if (v === null)
            delete target[k];
        else if (typeof v === 'object' && !Array.isArray(v) && typeof target[k] === 'object' && target[k] !== null && !Array.isArray(target[k]))
            mergePatch(target[k], v);
        else
            target[k] = v;
    }
    return target;
}
function machineTypeJson(project, zone, m) {
    const mem = m.memoryMb / 1024;
    return {
        kind: 'compute#machineType',
        id: stableId(m.name),
        creationTimestamp: CATALOG_TIMESTAMP,
        name: m.name,
        description: `${m.isSharedCpu ? 'Shared-core' : m.guestCpus} ${m.isSharedCpu ? 'machine type' : 'vCPUs'}, ${Number.isInteger(mem) ? mem : mem.toFixed(2).replace(/0$/, '')} GB RAM`,
        guestCpus: m.guestCpus,
        memoryMb: m.memoryMb,
        imageSpaceGb: 0,
        maximumPersistentDisks: m.isSharedCpu ? 16 : 128,
        maximumPersistentDisksSizeGb: m.isSharedCpu ? '3072' : MAX_PD_GB,
        zone,
        selfLink: state_link(`projects/${project}/zones/${zone}/machineTypes/${m.name}`),
        isSharedCpu: m.isSharedCpu,
        ...(m.accelerators ? { accelerators: m.accelerators } : {}),
        architecture: 'X86_64',
    };
}
function acceleratorJson(project, zone, name) {
    const a = ACCELERATORS.find((x) => x.name === name);
    return {
        kind: 'compute#acceleratorType',
        id: stableId(a.name),
        creationTimestamp: CATALOG_TIMESTAMP,
        name: a.name,
        description: a.description,
        zone: state_link(`projects/${project}/zones/${zone}`),
        selfLink: state_link(`projects/${project}/zones/${zone}/acceleratorTypes/${a.name}`),
        maximumCardsPerInstance: a.maximumCardsPerInstance,
    };
}
let ipCounter = 2;
/** Output-only parts of an instance the API fills in. */
function finishInstance(r, project, zone) {
    r.status ??= 'PROVISIONING';
    r.labels ??= {};
    r.labelFingerprint = newFingerprint();
    r.fingerprint = newFingerprint();
    r.metadata = { kind: 'compute#metadata', fingerprint: newFingerprint(), items: r.metadata?.items ?? [] };
    r.cpuPlatform = 'Intel Broadwell';
    r.deletionProtection ??= false;
    r.startRestricted = false;
    r.canIpForward ??= false;
    r.disks = (r.disks ?? []).map((d, i) => {
        const { initializeParams, ...rest } = d;
        const diskName = initializeParams?.diskName ?? (d.boot ? r.name : `${r.name}-${i}`);
        return {
            kind: 'compute#attachedDisk',
            type: 'PERSISTENT',
            mode: 'READ_WRITE',
            deviceName: d.deviceName ?? `persistent-disk-${i}`,
            index: i,
            boot: d.boot ?? false,
            autoDelete: d.autoDelete ?? false,
            interface: 'SCSI',
            diskSizeGb: String(initializeParams?.diskSizeGb ?? d.diskSizeGb ?? '10'),
            ...rest,
            source: d.source ?? state_link(`projects/${project}/zones/${zone}/disks/${diskName}`),
        };
    });
    r.networkInterfaces = (r.networkInterfaces ?? [{}]).map((n, i) => ({
        kind: 'compute#networkInterface',
        name: `nic${i}`,
        ...n,
        network: n.network ? state_link(refKey(String(n.network), project) ?? `projects/${project}/global/networks/${n.network}`) : state_link(`projects/${project}/global/networks/default`),
        networkIP: `10.128.${Math.floor(ipCounter / 250) % 250}.${(ipCounter++ % 250) + 2}`,
        stackType: 'IPV4_ONLY',
    }));
}
// ---------------------------------------------------------------------------------------------------- collections
function machineFor(cloud, project, zone, value, field) {
    const key = refKey(value, project);
    if (!key || parseKey(key).collection !== 'machineTypes') {
        throw invalidField(field, value, 'Must be a machine type URL (zones/{zone}/machineTypes/{name}).');
    }
    const k = parseKey(key);
    if (k.location !== zone)
        throw invalidField(field, value, `Machine type must be in the instance's zone '${zone}'.`);
    const m = machineTypeIn(zone, k.name);
    if (!m)
        throw notFound(key);
    void cloud;
    return m;
}
function checkDisks(disks, field) {
    if (!disks?.length)
        throw required(field);
    const boots = disks.filter((d) => d.boot);
    if (boots.length !== 1)
        throw invalidField(field, '', 'Exactly one boot disk must be specified.');
    disks.forEach((d, i) => {
        if (!d.source && !d.initializeParams?.sourceImage && d.boot)
            throw required(`${field}[${i}].initializeParams.sourceImage`);
        intIn(d.initializeParams?.diskSizeGb, 10, 65536, `${field}[${i}].initializeParams.diskSizeGb`);
        oneOf(d.type, ['PERSISTENT', 'SCRATCH'], `${field}[${i}].type`);
        oneOf(d.mode, ['READ_WRITE', 'READ_ONLY'], `${field}[${i}].mode`);
    });
}
const instances = {
    kind: 'compute#instance',
    scopes: ['zones'],
    prepare(cloud, ctx, r) {
        const zone = ctx.location;
        const project = ctx.project;
        const machine = machineFor(cloud, project, zone, need(r.machineType, 'resource.machineType'), 'resource.machineType');
        r.machineType = state_link(`projects/${project}/zones/${zone}/machineTypes/${machine.name}`);
        checkDisks(r.disks, 'resource.disks');
        checkLabels(r.labels, 'resource.labels');
        checkAccelerators(r.guestAccelerators, machine, 'resource.guestAccelerators', (ref, field) => {
            const key = refKey(ref, project);
            if (!key || parseKey(key).collection !== 'acceleratorTypes')
                throw invalidField(field, ref, 'Must be an accelerator type URL (zones/{zone}/acceleratorTypes/{name}).');
            if (parseKey(key).location !== zone)
                throw invalidField(field, ref, `Accelerator type must be in the instance's zone '${zone}'.`);
            return parseKey(key).name;
        }, [zone], project);
        r.guestAccelerators = (r.guestAccelerators ?? []).map((a) => ({ acceleratorType: state_link(refKey(String(a.acceleratorType), project)), acceleratorCount: a.acceleratorCount }));
        r.scheduling = checkScheduling(r.scheduling, r.guestAccelerators.length > 0 || !!machine.accelerators, 'resource.scheduling');
        finishInstance(r, project, zone);
    },
    refs: () => [],
};
function templateProperties(cloud, ctx, p) {
    const props = need(p, 'resource.properties');
    const zones = ctx.scope === 'regions' ? zonesOf(ctx.location) : [...ZONES];
    const mtName = need(props.machineType, 'resource.properties.machineType');
    if (mtName.includes('/'))
        throw invalidField('resource.properties.machineType', mtName, 'An instance template takes a machine type name (e.g. n1-standard-4), not a URL.');
    const machineZones = zones.filter((z) => machineTypeIn(z, mtName));
    if (!machineZones.length)
        throw notFound(`projects/${ctx.project}/${ctx.scope === 'regions' ? `regions/${ctx.location}` : 'global'}/machineTypes/${mtName}`);
    const machine = machineTypeIn(machineZones[0], mtName);
    checkDisks(props.disks, 'resource.properties.disks');
    checkLabels(props.labels, 'resource.properties.labels');
    checkAccelerators(props.guestAccelerators, machine, 'resource.properties.guestAccelerators', (ref, field) => {
        if (ref.includes('/'))
            throw invalidField(field, ref, 'An instance template takes an accelerator type name (e.g. nvidia-tesla-t4), not a URL.');
        return ref;
    }, machineZones, ctx.project);
    props.scheduling = checkScheduling(props.scheduling, (props.guestAccelerators?.length ?? 0) > 0 || !!machine.accelerators, 'resource.properties.scheduling');
    props.networkInterfaces ??= [{ network: state_link(`projects/${ctx.project}/global/networks/default`) }];
    props.metadata = { kind: 'compute#metadata', items: props.metadata?.items ?? [], fingerprint: newFingerprint() };
    void cloud;
}
const instanceTemplates = {
    kind: 'compute#instanceTemplate',
    scopes: ['global', 'regions'],
    prepare(cloud, ctx, r) {
        templateProperties(cloud, ctx, r.properties);
    },
    refs: () => [],
};
const instanceGroupManagers = {
    kind: 'compute#instanceGroupManager',
    scopes: ['zones', 'regions'],
    prepare(cloud, ctx, r, prev) {
        const versions = r.versions ?? [];
        if (!r.instanceTemplate && !versions.length)
            throw required('resource.instanceTemplate');
        if (versions.length > 1)
            throw notImplemented('Canary versions (more than one entry in versions)');
        if (r.targetSize === undefined)
            throw required('resource.targetSize');
        const template = cloud.ref(String(r.instanceTemplate ?? versions[0]?.instanceTemplate), ctx.project, 'instanceTemplates', r.instanceTemplate ? 'resource.instanceTemplate' : 'resource.versions[0].instanceTemplate');
        const tk = parseKey(template);
        if (tk.scope === 'regions' && tk.location !== (ctx.scope === 'regions' ? ctx.location : regionOf(ctx.location))) {
            throw invalidField('resource.instanceTemplate', r.instanceTemplate, 'A regional instance template must be in the same region as the group.');
        }
        r.instanceTemplate = state_link(template);
        r.versions = [{ instanceTemplate: state_link(template), ...(versions[0]?.name ? { name: versions[0].name } : {}) }];
        if (r.targetSize === undefined)
            throw required('resource.targetSize');
        intIn(r.targetSize, 0, 1000, 'resource.targetSize');
        r.targetSize = Number(r.targetSize);
        r.baseInstanceName ??= r.name;
        if (!/^[a-z](?:[-a-z0-9]{0,57})$/.test(String(r.baseInstanceName)))
            throw invalidField('resource.baseInstanceName', r.baseInstanceName, "Must be a match of regex '[a-z](([-a-z0-9]{0,57})|([-a-z0-9]{0,51}-#{1,10}(\\[[0-9]{1,10}\\])?))'");
        (r.namedPorts ?? []).forEach((np, i) => {
            need(np.name, `resource.namedPorts[${i}].name`);
            intIn(need(np.port, `resource.namedPorts[${i}].port`), 1, 65535, `resource.namedPorts[${i}].port`);
        });
        (r.autoHealingPolicies ?? []).forEach((p, i) => {
            const hc = cloud.ref(need(p.healthCheck, `resource.autoHealingPolicies[${i}].healthCheck`), ctx.project, 'healthChecks', `resource.autoHealingPolicies[${i}].healthCheck`);
            p.healthCheck = state_link(hc);
            intIn(p.initialDelaySec, 0, 3600, `resource.autoHealingPolicies[${i}].initialDelaySec`);
        });
        if (ctx.scope === 'regions') {
            const inRegion = zonesOf(ctx.location);
            const given = (r.distributionPolicy?.zones ?? []).map((z, i) => {
                const zone = lastSegment(String(need(z.zone, `resource.distributionPolicy.zones[${i}].zone`)));
                if (!inRegion.includes(zone))
                    throw invalidField(`resource.distributionPolicy.zones[${i}].zone`, z.zone, `Zone must be in region '${ctx.location}'.`);
                return zone;
            });
            const zones = given.length ? given : inRegion.slice(0, 3);
            r.distributionPolicy = { zones: zones.map((z) => ({ zone: state_link(`projects/${ctx.project}/zones/${z}`) })), targetShape: r.distributionPolicy?.targetShape ?? 'EVEN' };
        }
        r.instanceGroup = state_link(`${ctx.scopeKey}/instanceGroups/${r.name}`);
        r.fingerprint ??= newFingerprint();
        r.listManagedInstancesResults ??= 'PAGELESS';
        r.updatePolicy ??= { type: 'OPPORTUNISTIC', minimalAction: 'REPLACE', maxSurge: { fixed: 1, calculated: 1 }, maxUnavailable: { fixed: 1, calculated: 1 }, replacementMethod: 'SUBSTITUTE' };
        r.status = { ...(prev?.status ?? {}), isStable: false };
    },
    refs: (r, project) => refsOf(project, r.instanceTemplate, (r.versions ?? []).map((v) => v.instanceTemplate), (r.autoHealingPolicies ?? []).map((p) => p.healthCheck)),
    aliases: (key) => [key.replace('/instanceGroupManagers/', '/instanceGroups/')],
    afterWrite(cloud, key) {
        cloud.reconcile(key);
    },
    afterDelete(cloud, key) {
        const { project } = parseKey(key);
        for (const i of cloud.state.migs[key]?.instances ?? []) {
            const instKey = `projects/${project}/zones/${i.zone}/instances/${i.name}`;
            cloud.remove(instKey);
            delete cloud.state.health[instKey];
        }
        delete cloud.state.migs[key];
    },
};
const autoscalers = {
    kind: 'compute#autoscaler',
    scopes: ['zones', 'regions'],
    prepare(cloud, ctx, r, prev) {
        need(need(r.autoscalingPolicy, 'resource.autoscalingPolicy').maxNumReplicas, 'resource.autoscalingPolicy.maxNumReplicas');
        const target = cloud.ref(need(r.target, 'resource.target'), ctx.project, 'instanceGroupManagers', 'resource.target');
        if (!target.startsWith(`${ctx.scopeKey}/`))
            throw invalidField('resource.target', r.target, `The managed instance group must be in ${ctx.scope === 'zones' ? 'zone' : 'region'} '${ctx.location}'.`);
        if (prev && refKey(String(prev.target), ctx.project) !== target)
            throw invalidField('resource.target', r.target, 'The target of an autoscaler cannot be changed.');
        for (const [k, other] of cloud.all()) {
            if (k.startsWith(`${ctx.scopeKey}/autoscalers/`) && other.name !== r.name && refKey(String(other.target), ctx.project) === target) {
                throw invalidField('resource.target', r.target, `The managed instance group is already autoscaled by '${k}'.`);
            }
        }
        r.target = state_link(target);
        const p = need(r.autoscalingPolicy, 'resource.autoscalingPolicy');
        const max = intIn(need(p.maxNumReplicas, 'resource.autoscalingPolicy.maxNumReplicas'), 1, 1000, 'resource.autoscalingPolicy.maxNumReplicas');
        const min = intIn(p.minNumReplicas ?? 1, 0, 1000, 'resource.autoscalingPolicy.minNumReplicas');
        if (min > max)
            throw invalidField('resource.autoscalingPolicy.minNumReplicas', min, 'minNumReplicas must not exceed maxNumReplicas.');
        for (const f of ['cpuUtilization', 'loadBalancingUtilization']) {
            const t = p[f]?.utilizationTarget;
            if (t !== undefined && !(Number(t) > 0 && Number(t) <= 1))
                throw invalidField(`resource.autoscalingPolicy.${f}.utilizationTarget`, t, 'Must be in (0, 1].');
        }
        oneOf(p.mode, ['OFF', 'ONLY_SCALE_OUT', 'ONLY_UP', 'ON'], 'resource.autoscalingPolicy.mode');
        r.autoscalingPolicy = { coolDownPeriodSec: 60, mode: 'ON', ...p, minNumReplicas: min, maxNumReplicas: max };
        r.autoscalingPolicy.cpuUtilization ??= { utilizationTarget: 0.6, predictiveMethod: 'NONE' };
        r.status = 'ACTIVE';
    },
    refs: (r, project) => refsOf(project, r.target),
    afterWrite(cloud, key, r) {
        const { project } = parseKey(key);
        const migKey = refKey(String(r.target), project);
        const mig = cloud.get(migKey);
        if (!mig)
            return;
        const p = r.autoscalingPolicy;
        mig.status = { ...(mig.status ?? {}), autoscaler: r.selfLink };
        if (p.mode !== 'OFF')
            mig.targetSize = Math.min(p.maxNumReplicas, Math.max(p.minNumReplicas, Number(mig.targetSize ?? 0)));
        r.recommendedSize = mig.targetSize;
        cloud.reconcile(migKey);
    },
    afterDelete(cloud, key, r) {
        const mig = cloud.get(refKey(String(r.target), parseKey(key).project) ?? '');
        if (mig?.status)
            delete mig.status.autoscaler;
    },
};
const HC_TYPES = { TCP: 'tcpHealthCheck', SSL: 'sslHealthCheck', HTTP: 'httpHealthCheck', HTTPS: 'httpsHealthCheck', HTTP2: 'http2HealthCheck', GRPC: 'grpcHealthCheck' };
const healthChecks = {
    kind: 'compute#healthCheck',
    scopes: ['global', 'regions'],
    prepare(_cloud, _ctx, r) {
        const type = need(r.type, 'resource.type');
        oneOf(type, Object.keys(HC_TYPES), 'resource.type');
        const field = HC_TYPES[type];
        for (const other of Object.values(HC_TYPES))
            if (other !== field && r[other] !== undefined)
                throw invalidField(`resource.${other}`, '…', `A health check of type ${type} takes ${field} only.`);
        const sub = (r[field] ??= {});
        sub.port ??= type === 'HTTPS' || type === 'SSL' ? 443 : 80;
        intIn(sub.port, 1, 65535, `resource.${field}.port`);
        if (type.startsWith('HTTP')) {
            sub.requestPath ??= '/';
            if (!String(sub.requestPath).startsWith('/'))
                throw invalidField(`resource.${field}.requestPath`, sub.requestPath, "Must start with '/'.");
            sub.proxyHeader ??= 'NONE';
        }
        sub.portSpecification ??= 'USE_FIXED_PORT';
        r.checkIntervalSec = intIn(r.checkIntervalSec ?? 5, 1, 300, 'resource.checkIntervalSec');
        r.timeoutSec = intIn(r.timeoutSec ?? 5, 1, 300, 'resource.timeoutSec');
        r.healthyThreshold = intIn(r.healthyThreshold ?? 2, 1, 10, 'resource.healthyThreshold');
        r.unhealthyThreshold = intIn(r.unhealthyThreshold ?? 2, 1, 10, 'resource.unhealthyThreshold');
        if (r.timeoutSec > r.checkIntervalSec)
            throw invalidField('resource.timeoutSec', r.timeoutSec, 'timeoutSec must be less than or equal to checkIntervalSec.');
    },
    refs: () => [],
};
const backendServices = {
    kind: 'compute#backendService',
    scopes: ['global', 'regions'],
    prepare(cloud, ctx, r) {
        const hcs = (r.healthChecks ?? []).map((h, i) => state_link(cloud.ref(h, ctx.project, 'healthChecks', `resource.healthChecks[${i}]`)));
        if (hcs.length > 1)
            throw invalidField('resource.healthChecks', hcs.length, 'At most one health check may be specified.');
        r.healthChecks = hcs;
        const backends = r.backends ?? [];
        const seen = new Set();
        backends.forEach((b, i) => {
            const g = cloud.ref(need(b.group, `resource.backends[${i}].group`), ctx.project, 'instanceGroups', `resource.backends[${i}].group`);
            if (seen.has(g))
                throw invalidField(`resource.backends[${i}].group`, b.group, 'Duplicate backend group.');
            seen.add(g);
            b.group = state_link(g);
            oneOf(b.balancingMode, ['UTILIZATION', 'RATE', 'CONNECTION', 'CUSTOM_METRICS'], `resource.backends[${i}].balancingMode`);
            b.balancingMode ??= 'UTILIZATION';
            b.capacityScaler ??= 1;
            if (b.balancingMode === 'UTILIZATION')
                b.maxUtilization ??= 0.8;
        });
        if (backends.length && !hcs.length)
            throw required('resource.healthChecks');
        oneOf(r.protocol, ['HTTP', 'HTTPS', 'HTTP2', 'TCP', 'SSL', 'UDP', 'GRPC', 'H2C', 'UNSPECIFIED'], 'resource.protocol');
        oneOf(r.loadBalancingScheme, ['EXTERNAL', 'EXTERNAL_MANAGED', 'INTERNAL', 'INTERNAL_MANAGED', 'INTERNAL_SELF_MANAGED'], 'resource.loadBalancingScheme');
        r.protocol ??= 'HTTP';
        r.portName ??= 'http';
        r.port ??= 80;
        r.timeoutSec = intIn(r.timeoutSec ?? 30, 1, 2_147_483_647, 'resource.timeoutSec');
        r.loadBalancingScheme ??= 'EXTERNAL';
        r.sessionAffinity ??= 'NONE';
        r.connectionDraining ??= { drainingTimeoutSec: 300 };
        r.fingerprint ??= newFingerprint();
    },
    refs: (r, project) => refsOf(project, r.healthChecks ?? [], (r.backends ?? []).map((b) => b.group)),
};
const urlMaps = {
    kind: 'compute#urlMap',
    scopes: ['global'],
    fingerprintRequired: true,
    prepare(cloud, ctx, r) {
        const svc = (v, field) => state_link(cloud.ref(need(v, field), ctx.project, ['backendServices', 'backendBuckets'], field));
        if (r.defaultService !== undefined)
            r.defaultService = svc(r.defaultService, 'resource.defaultService');
        const matchers = r.pathMatchers ?? [];
        const names = new Set();
        matchers.forEach((pm, i) => {
            const name = need(pm.name, `resource.pathMatchers[${i}].name`);
            if (names.has(name))
                throw invalidField(`resource.pathMatchers[${i}].name`, name, 'Path matcher names must be unique.');
            names.add(name);
            if (pm.defaultService !== undefined)
                pm.defaultService = svc(pm.defaultService, `resource.pathMatchers[${i}].defaultService`);
            (pm.pathRules ?? []).forEach((rule, j) => {
                const f = `resource.pathMatchers[${i}].pathRules[${j}]`;
                const paths = rule.paths ?? [];
                if (!paths.length)
                    throw required(`${f}.paths`);
                paths.forEach((p, k) => {
                    if (!p.startsWith('/') || (p.includes('*') && !p.endsWith('/*')))
                        throw invalidField(`${f}.paths[${k}]`, p, "Paths must start with '/' and may only end with '/*'.");
                });
                if (rule.service !== undefined)
                    rule.service = svc(rule.service, `${f}.service`);
                else if (!rule.urlRedirect && !rule.routeAction)
                    throw required(`${f}.service`);
            });
        });
        (r.hostRules ?? []).forEach((h, i) => {
            const pm = need(h.pathMatcher, `resource.hostRules[${i}].pathMatcher`);
            if (!names.has(pm))
                throw invalidField(`resource.hostRules[${i}].pathMatcher`, pm, 'No path matcher with this name.');
            if (!(h.hosts ?? []).length)
                throw required(`resource.hostRules[${i}].hosts`);
        });
        if (r.defaultService === undefined && !r.defaultUrlRedirect && !r.defaultRouteAction)
            throw required('resource.defaultService');
        r.fingerprint ??= newFingerprint();
    },
    refs: (r, project) => refsOf(project, r.defaultService, (r.pathMatchers ?? []).map((pm) => [pm.defaultService, (pm.pathRules ?? []).map((x) => x.service)])),
};
const targetHttpProxies = {
    kind: 'compute#targetHttpProxy',
    scopes: ['global'],
    prepare(cloud, ctx, r) {
        r.urlMap = state_link(cloud.ref(need(r.urlMap, 'resource.urlMap'), ctx.project, 'urlMaps', 'resource.urlMap'));
        r.fingerprint ??= newFingerprint();
    },
    refs: (r, project) => refsOf(project, r.urlMap),
};
let ipNext = 10;
const forwardingRules = {
    kind: 'compute#forwardingRule',
    scopes: ['global'],
    prepare(cloud, ctx, r) {
        r.target = state_link(cloud.ref(need(r.target, 'resource.target'), ctx.project, 'targetHttpProxies', 'resource.target'));
        oneOf(r.IPProtocol, ['TCP'], 'resource.IPProtocol');
        oneOf(r.loadBalancingScheme, ['EXTERNAL', 'EXTERNAL_MANAGED'], 'resource.loadBalancingScheme');
        r.IPProtocol ??= 'TCP';
        r.loadBalancingScheme ??= 'EXTERNAL';
        r.portRange ??= '80-80';
        if (!/^\d+(-\d+)?$/.test(String(r.portRange)))
            throw invalidField('resource.portRange', r.portRange, "Must be a port or a range such as '80-80'.");
        if (/^\d+$/.test(r.portRange))
            r.portRange = `${r.portRange}-${r.portRange}`;
        // TEST-NET-3 (RFC 5737): looks like an address, routes nowhere
        r.IPAddress ??= `203.0.113.${(ipNext++ % 250) + 1}`;
        checkLabels(r.labels, 'resource.labels');
        r.labels ??= {};
        r.labelFingerprint ??= newFingerprint();
        r.fingerprint ??= newFingerprint();
        r.networkTier ??= 'PREMIUM';
    },
    refs: (r, project) => refsOf(project, r.target),
};
const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/;
const firewalls = {
    kind: 'compute#firewall',
    scopes: ['global'],
    prepare(_cloud, ctx, r) {
        const allowed = r.allowed ?? [];
        const denied = r.denied ?? [];
        if (!!allowed.length === !!denied.length)
            throw invalid("Invalid value for field 'resource': ''. Exactly one of 'allowed' or 'denied' must be specified.");
        const rules = allowed.length ? allowed : denied;
        const which = allowed.length ? 'allowed' : 'denied';
        rules.forEach((a, i) => {
            need(a.IPProtocol, `resource.${which}[${i}].IPProtocol`);
            (a.ports ?? []).forEach((p, j) => {
                const m = /^(\d+)(?:-(\d+))?$/.exec(p);
                if (!m || Number(m[1]) < 0 || Number(m[2] ?? m[1]) > 65535 || Number(m[2] ?? m[1]) < Number(m[1]))
                    throw invalidField(`resource.${which}[${i}].ports[${j}]`, p, 'Must be a port or a port range.');
            });
        });
        oneOf(r.direction, ['INGRESS', 'EGRESS'], 'resource.direction');
        r.direction ??= 'INGRESS';
        r.priority = intIn(r.priority ?? 1000, 0, 65535, 'resource.priority');
        for (const f of ['sourceRanges', 'destinationRanges']) {
            (r[f] ?? []).forEach((c, i) => {
                const m = CIDR.exec(c);
                if (!m || [m[1], m[2], m[3], m[4]].some((o) => Number(o) > 255) || Number(m[6] ?? 32) > 32)
                    throw invalidField(`resource.${f}[${i}]`, c, 'Must be an IPv4 address or CIDR range.');
            });
        }
        r.network = state_link(refKey(String(r.network ?? 'global/networks/default'), ctx.project) ?? `projects/${ctx.project}/global/networks/${r.network}`);
        r.disabled ??= false;
        r.logConfig ??= { enable: false };
    },
    refs: () => [],
};
const COLLECTIONS = {
    instances,
    instanceTemplates,
    instanceGroupManagers,
    autoscalers,
    healthChecks,
    backendServices,
    urlMaps,
    targetHttpProxies,
    forwardingRules,
    firewalls,
};


// EXTERNAL MODULE: ./shared/emulators/http.ts
var emulators_http = __webpack_require__(44737);
;// CONCATENATED MODULE: ./shared/emulators/compute/control.ts
class ComputeEmulatorControl {
    url;
    constructor(url) {
        this.url = url;
    }
    async call(method, path, body) {
        const res = await fetch(`${this.url}/_emulator/${path}`, {
            method,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await res.text();
        if (!res.ok)
            throw new Error(`emulator control ${method} ${path}: ${res.status} ${text}`);
        return (text ? JSON.parse(text) : undefined);
    }
    /** The whole emulated cloud (resources, operations, managed instances, health). */
    state = () => this.call('GET', 'state');
    setState = (s) => this.call('PUT', 'state', s);
    /** Empties the cloud, the faults and the request log. */
    reset = () => this.call('POST', 'reset');
    /** Adds fault rules (each kind optional). */
    inject = (f) => this.call('POST', 'faults', f);
    faults = () => this.call('GET', 'faults');
    clearFaults = () => this.call('DELETE', 'faults');
    setTiming = (t) => this.call('PUT', 'timing', t);
    /** Finishes every pending operation; returns how many. */
    settle = async () => (await this.call('POST', 'operations/settle')).settled;
    /** What backendServices.getHealth reports for an instance (key `projects/p/zones/z/instances/n` or its URL). */
    setHealth = (instance, state) => this.call('PUT', 'health', { instance, state });
    /** Compute API requests served so far (method, path+query, status, reason). */
    requests = () => this.call('GET', 'requests');
    clearRequests = () => this.call('DELETE', 'requests');
    /** Writes the state file now. */
    save = () => this.call('POST', 'save');
}

// EXTERNAL MODULE: ./shared/json.ts
var json = __webpack_require__(58550);
;// CONCATENATED MODULE: ./shared/emulators/compute/server.ts









async function startComputeEmulator(opts = {}) {
    const cloud = new ComputeCloud();
    Object.assign(cloud.timing, opts.timing);
    const log = [];
    const stateFile = opts.stateFile;
    if (stateFile && (0,external_node_fs_.existsSync)(stateFile)) {
        const text = (0,external_node_fs_.readFileSync)(stateFile, 'utf8');
        const parsed = text.trim() ? (0,json/* parseJsonText */.l)(text) : undefined;
        if (parsed !== undefined) {
            if (!isCloudState(parsed))
                throw new Error(`${stateFile} is not a psml compute emulator state file`);
            cloud.load(parsed);
        }
    }
    let saveTimer;
    const save = () => {
        saveTimer = undefined;
        if (!stateFile)
            return;
        const tmp = `${stateFile}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(cloud.state));
        (0,external_node_fs_.renameSync)(tmp, stateFile);
    };
    cloud.onChange = () => {
        if (stateFile && !saveTimer)
            saveTimer = setTimeout(save, 25);
    };
    const handler = async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://emulator');
        const method = (req.method ?? 'GET').toUpperCase();
        const raw = await (0,emulators_http/* readBody */.x8)(req);
        if (url.pathname.startsWith('/_emulator/'))
            return control(cloud, log, method, url, raw, res, save);
        const pathAndQuery = url.pathname + url.search;
        const answer = (status, body, reason) => {
            log.push({ method, path: pathAndQuery, status, ...(reason ? { reason } : {}) });
            if (log.length > 5000)
                log.splice(0, log.length - 5000);
            (0,emulators_http/* sendJson */.jD)(res, status, body);
        };
        for (let i = 0; i < cloud.faults.latency.length; i++) {
            const l = cloud.faults.latency[i];
            if (!matchesRequest(l, method, pathAndQuery) || !fire(l))
                continue;
            if (spent(l))
                cloud.faults.latency.splice(i--, 1);
            await (0,emulators_http/* sleep */.yy)(l.ms);
        }
        const http = cloud.faults.http;
        for (let i = 0; i < http.length; i++) {
            const f = http[i];
            if (!matchesRequest(f, method, pathAndQuery))
                continue;
            f.times ??= 1;
            if (!fire(f))
                continue;
            if (spent(f))
                http.splice(i, 1);
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
            let body;
            if (rpc.bodyField) {
                let value;
                try {
                    value = raw.trim() ? JSON.parse(raw) : undefined;
                }
                catch {
                    throw new ComputeApiError(400, 'parseError', 'Parse Error');
                }
                if (value === undefined || value === '')
                    throw new ComputeApiError(400, 'required', `Required field '${rpc.bodyField}' not specified`);
                if (rpc.bodyType)
                    validateMessage(rpc.bodyType, value);
                body = value;
            }
            const result = cloud.handle({ method, parsed, rpc, query, body });
            if (opts.checkResponses && result.status === 200) {
                try {
                    validateMessage(rpc.responseType, result.body, 'response');
                }
                catch (e) {
                    const why = e instanceof Error ? e.message : String(e);
                    return answer(500, new ComputeApiError(500, 'emulatorResponseInvalid', `${rpc.service}.${rpc.method}: ${why}`).body());
                }
            }
            return answer(result.status, result.body);
        }
        catch (e) {
            if (e instanceof ComputeApiError)
                return answer(e.code, e.body(), e.reason);
            if (e instanceof emulators_http/* HttpError */.j$)
                return answer(e.status, new ComputeApiError(e.status, 'invalid', e.message).body());
            throw e;
        }
    };
    const server = await (0,emulators_http/* listen */.KT)(handler, { port: opts.port, host: opts.host });
    return {
        url: server.url,
        port: server.port,
        cloud,
        control: new ComputeEmulatorControl(server.url),
        async close() {
            await server.close();
            if (saveTimer)
                clearTimeout(saveTimer);
            if (stateFile)
                save();
        },
    };
}
/** `/_emulator/…`: state, reset, faults, operation timing, health, request log. */
function control(cloud, log, method, url, raw, res, save) {
    const route = `${method} ${url.pathname.replace(/\/$/, '')}`;
    let body = {};
    try {
        body = raw.trim() ? JSON.parse(raw) : {};
    }
    catch {
        return (0,emulators_http/* sendJson */.jD)(res, 400, { error: 'body is not JSON' });
    }
    switch (route) {
        case 'GET /_emulator/state':
            return (0,emulators_http/* sendJson */.jD)(res, 200, cloud.state);
        case 'PUT /_emulator/state':
            if (!isCloudState(body))
                return (0,emulators_http/* sendJson */.jD)(res, 400, { error: 'not a compute emulator state' });
            cloud.load(body);
            cloud.onChange();
            return (0,emulators_http/* sendJson */.jD)(res, 200, {});
        case 'POST /_emulator/reset':
            cloud.reset();
            cloud.faults = { http: [], operations: [], stockouts: [], latency: [] };
            log.length = 0;
            return (0,emulators_http/* sendJson */.jD)(res, 200, {});
        case 'POST /_emulator/save':
            save();
            return (0,emulators_http/* sendJson */.jD)(res, 200, {});
        case 'GET /_emulator/faults':
            return (0,emulators_http/* sendJson */.jD)(res, 200, cloud.faults);
        case 'POST /_emulator/faults': {
            const problem = safe(() => checkFaults(body));
            if (problem)
                return (0,emulators_http/* sendJson */.jD)(res, 400, { error: problem });
            const f = body;
            cloud.faults.http.push(...(f.http ?? []).map((x) => ({ ...x })));
            cloud.faults.operations.push(...(f.operations ?? []).map((x) => ({ ...x })));
            cloud.faults.stockouts.push(...(f.stockouts ?? []).map((x) => ({ ...x })));
            cloud.faults.latency.push(...(f.latency ?? []).map((x) => ({ ...x })));
            return (0,emulators_http/* sendJson */.jD)(res, 200, cloud.faults);
        }
        case 'DELETE /_emulator/faults':
            cloud.faults = { http: [], operations: [], stockouts: [], latency: [] };
            return (0,emulators_http/* sendJson */.jD)(res, 200, cloud.faults);
        case 'GET /_emulator/timing':
            return (0,emulators_http/* sendJson */.jD)(res, 200, cloud.timing);
        case 'PUT /_emulator/timing':
            for (const k of Object.keys(body))
                if (!(k in cloud.timing) || typeof body[k] !== 'number')
                    return (0,emulators_http/* sendJson */.jD)(res, 400, { error: `unknown or non-numeric timing "${k}"` });
            Object.assign(cloud.timing, body);
            return (0,emulators_http/* sendJson */.jD)(res, 200, cloud.timing);
        case 'POST /_emulator/operations/settle':
            return (0,emulators_http/* sendJson */.jD)(res, 200, { settled: cloud.settleAll() });
        case 'PUT /_emulator/health': {
            const { instance, state } = body;
            if (!instance || !['HEALTHY', 'UNHEALTHY', 'DRAINING', 'TIMEOUT', 'UNKNOWN'].includes(state ?? ''))
                return (0,emulators_http/* sendJson */.jD)(res, 400, { error: 'need {instance: key or URL, state}' });
            const key = instance.replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
            cloud.state.health[key] = state;
            cloud.onChange();
            return (0,emulators_http/* sendJson */.jD)(res, 200, {});
        }
        case 'GET /_emulator/requests':
            return (0,emulators_http/* sendJson */.jD)(res, 200, log);
        case 'DELETE /_emulator/requests':
            log.length = 0;
            return (0,emulators_http/* sendJson */.jD)(res, 200, {});
        default:
            return (0,emulators_http/* sendJson */.jD)(res, 404, { error: `no control route ${route}` });
    }
}
function safe(fn) {
    try {
        return fn();
    }
    catch (e) {
        return e instanceof Error ? e.message : String(e);
    }
}

;// CONCATENATED MODULE: ./shared/emulators/compute/index.ts
/** A local Compute Engine that the unmodified `@google-cloud/compute` client talks to (REST). */





/***/ }),

/***/ 44737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KT: () => (/* binding */ listen),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   jD: () => (/* binding */ sendJson),
/* harmony export */   x8: () => (/* binding */ readBody),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Small helpers shared by the local HTTP emulators (compute, billing, github): a node:http server on loopback with
 * an ephemeral port by default, JSON bodies in and out, and a close that does not wait for idle keep-alive sockets.
 */

/** Starts `handler` on host:port; handler exceptions become a 500 JSON answer instead of a crashed process. */
function listen(handler, opts = {}) {
    const host = opts.host ?? '127.0.0.1';
    const server = node_http__WEBPACK_IMPORTED_MODULE_0___default().createServer((req, res) => {
        Promise.resolve()
            .then(() => handler(req, res))
            .catch((e) => {
            if (!res.headersSent)
                sendJson(res, 500, { error: { code: 500, message: e instanceof Error ? e.message : String(e) } });
            else
                res.destroy();
        });
    });
    server.keepAliveTimeout = 5_000;
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, host, () => {
            server.off('error', reject);
            const { port } = server.address();
            const urlHost = host.includes(':') ? `[${host}]` : host;
            resolve({
                url: `http://${urlHost}:${port}`,
                port,
                host,
                close: () => new Promise((done) => {
                    server.close(() => done());
                    server.closeAllConnections();
                }),
            });
        });
    });
}
/** Reads the whole request body as text (bounded, so a runaway client cannot exhaust memory). */
function readBody(req, limitBytes = 16 * 1024 * 1024) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > limitBytes) {
                reject(new HttpError(413, 'request body too large'));
                req.destroy();
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
function sendJson(res, status, body, headers = {}) {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json; charset=UTF-8',
        'content-length': Buffer.byteLength(text),
        ...headers,
    });
    res.end(text);
}
/** An error that already knows its HTTP status; emulators map it to their API's error body. */
class HttpError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));


/***/ }),

/***/ 58550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/**
 * JSON.parse for files users hand us: a leading byte-order mark (Windows editors, PowerShell's `Out-File`) is not
 * a syntax error — the YAML loaders already ignore it, so the JSON readers do too.
 */
function parseJsonText(text) {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}


/***/ })

};
