import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 715;
export const ids = [715];
export const modules = {

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

/***/ 82715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startServiceManagementEmulator: () => (/* binding */ startServiceManagementEmulator)
/* harmony export */ });
/* unused harmony export ServiceManagementEmulator */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44737);
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



const STATUS = { 400: 'INVALID_ARGUMENT', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 409: 'ALREADY_EXISTS', 500: 'INTERNAL', 503: 'UNAVAILABLE' };
const FILE_TYPES = new Set(['OPEN_API_JSON', 'OPEN_API_YAML', 'SERVICE_CONFIG_YAML', 'FILE_DESCRIPTOR_SET_PROTO', 'PROTO_FILE']);
const TYPE = (t) => `type.googleapis.com/google.api.servicemanagement.v1.${t}`;
const USAGE_TYPE = (t) => `type.googleapis.com/google.api.serviceusage.v1.${t}`;
const ENDPOINTS_NAME = /^[a-z][a-z0-9-]{0,62}\.endpoints\.([a-z][-a-z0-9]{4,28}[a-z0-9])\.cloud\.goog$/;
const PAGE_MAX = 100;
class ServiceManagementEmulator {
    server;
    operationPolls;
    requests = [];
    /** @internal */ services = new Map();
    /** @internal */ operations = new Map();
    faults = [];
    constructor(server, operationPolls) {
        this.server = server;
        this.operationPolls = operationPolls;
    }
    get url() {
        return this.server.url;
    }
    /** The next `times` requests whose path matches answer `status` (Google error JSON). */
    injectFault(path, status, times = 1) {
        this.faults.push({ path, status, left: times });
    }
    /** @internal */
    takeFault(path) {
        const f = this.faults.find((x) => x.left > 0 && (typeof x.path === 'string' ? path.includes(x.path) : x.path.test(path)));
        if (f)
            f.left--;
        return f?.status;
    }
    /** The documents submitted to a service, oldest first (decoded), for tests. */
    configSources(serviceName) {
        return (this.services.get(serviceName)?.configs ?? []).map((c) => Buffer.from(c.files[0]?.fileContents ?? '', 'base64').toString('utf8'));
    }
    rollouts(serviceName) {
        return [...(this.services.get(serviceName)?.rollouts ?? [])];
    }
    /** The projects where Service Usage has the service enabled, sorted. */
    enabledIn(serviceName) {
        return [...(this.services.get(serviceName)?.enabledIn ?? [])].sort();
    }
    close() {
        return this.server.close();
    }
}
/** `2026-01-31r0`: the form of real config and rollout ids (date, then a counter for that day). */
function nextId(existing) {
    const day = new Date().toISOString().slice(0, 10);
    const n = existing.filter((x) => x.id.startsWith(`${day}r`)).length;
    return `${day}r${n}`;
}
function onlyKeys(obj, allowed, where) {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj))
        throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Invalid JSON payload received. ${where} must be an object.`);
    for (const k of Object.keys(obj))
        if (!allowed.includes(k))
            throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Invalid JSON payload received. Unknown name "${k}" at '${where}': Cannot find field.`);
    return obj;
}
function onlyQuery(url, allowed) {
    for (const k of url.searchParams.keys()) {
        if (k === '$alt' || k === 'alt')
            continue;
        if (!allowed.includes(k))
            throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Invalid JSON payload received. Unknown name "${k}": Cannot bind query parameter.`);
    }
}
function page(items, url, key) {
    const size = url.searchParams.get('pageSize');
    const n = size === null || size === '' ? 50 : Number(size);
    if (!Number.isInteger(n) || n < 0)
        throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Invalid value for page_size: ${size}`);
    const token = url.searchParams.get('pageToken');
    let offset = 0;
    if (token) {
        const t = /^(\d+)\.(.+)$/.exec(Buffer.from(token, 'base64url').toString());
        if (!t || t[2] !== key)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, 'Invalid page token.');
        offset = Number(t[1]);
    }
    const take = Math.min(n || 50, PAGE_MAX);
    const slice = items.slice(offset, offset + take);
    return { items: slice, next: offset + take < items.length ? Buffer.from(`${offset + take}.${key}`).toString('base64url') : '' };
}
/** What Service Management derives from an OpenAPI document (and what it refuses). */
function readOpenApi(serviceName, file) {
    const text = Buffer.from(file.fileContents, 'base64').toString('utf8');
    let doc;
    try {
        doc = file.fileType === 'OPEN_API_JSON' ? JSON.parse(text) : (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    }
    catch (e) {
        throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Cannot convert to service config. ${file.filePath}: not valid ${file.fileType === 'OPEN_API_JSON' ? 'JSON' : 'YAML'}: ${e.message}`);
    }
    const d = (doc ?? {});
    const bad = (m) => new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Cannot convert to service config. ${file.filePath}: ${m}`);
    if (d.swagger !== '2.0')
        throw bad('"swagger" must be "2.0" (Cloud Endpoints accepts OpenAPI 2.0 documents)');
    if (d.host !== serviceName)
        throw bad(`"host" is "${String(d.host)}" but the service is "${serviceName}"`);
    const info = (d.info ?? {});
    if (typeof info.title !== 'string' || typeof info.version !== 'string')
        throw bad('"info.title" and "info.version" are required');
    const methods = [];
    for (const [path, item] of Object.entries((d.paths ?? {}))) {
        if (!path.startsWith('/'))
            throw bad(`path "${path}" must start with "/"`);
        for (const [method, op] of Object.entries(item)) {
            if (typeof op?.operationId !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*$/.test(op.operationId))
                throw bad(`${method.toUpperCase()} ${path}: operationId is missing or invalid`);
            if (methods.includes(op.operationId))
                throw bad(`operationId "${op.operationId}" is used twice`);
            methods.push(op.operationId);
        }
    }
    const endpoints = Array.isArray(d['x-google-endpoints']) ? d['x-google-endpoints'] : [];
    for (const e of endpoints)
        if (e.name !== serviceName)
            throw bad(`x-google-endpoints name "${e.name}" is not the service "${serviceName}"`);
    return { title: info.title, version: info.version, methods: methods.sort(), endpoints };
}
function serviceConfigJson(s, c, full) {
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
async function startServiceManagementEmulator(opts = {}) {
    let emu;
    const service = (name) => {
        const s = emu.services.get(name);
        if (!s)
            throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(404, `Service '${name}' not found or permission denied.`);
        return s;
    };
    // each API's client decodes the metadata with its own types
    const operation = (kind, metadataResource, response, error, type = TYPE) => {
        const op = {
            name: `operations/${kind}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
            pollsLeft: emu.operationPolls,
            metadata: { '@type': type('OperationMetadata'), resourceNames: [metadataResource], ...(type === TYPE ? { startTime: new Date().toISOString() } : {}) },
            response,
            error,
        };
        emu.operations.set(op.name, op);
        return operationJson(op, false);
    };
    const operationJson = (op, poll) => {
        if (poll && op.pollsLeft > 0)
            op.pollsLeft--;
        const done = op.pollsLeft === 0;
        return {
            name: op.name,
            metadata: op.metadata,
            done,
            ...(done && op.error ? { error: op.error } : {}),
            ...(done && !op.error && op.response ? { response: op.response } : {}),
        };
    };
    const route = (method, url, body) => {
        const p = url.pathname;
        let m;
        if ((m = /^\/v1\/operations\/([^/]+)$/.exec(p))) {
            if (method !== 'GET')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, []);
            const op = emu.operations.get(`operations/${decodeURIComponent(m[1])}`);
            if (!op)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(404, `Operation 'operations/${m[1]}' not found.`);
            return [200, operationJson(op, true)];
        }
        if ((m = /^\/v1\/projects\/([^/]+)\/services\/([^/:]+)(:enable)?$/.exec(p))) {
            // Service Usage: only the Endpoints services known here exist; like the real API, an unknown one is 403
            const project = decodeURIComponent(m[1]);
            const name = decodeURIComponent(m[2]);
            const s = emu.services.get(name);
            if (!s)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(403, `Permission denied to get service [${name}]: not found or permission denied.`);
            const json = () => ({ name: `projects/${project}/services/${name}`, parent: `projects/${project}`, config: { name, title: name }, state: s.enabledIn.has(project) ? 'ENABLED' : 'DISABLED' });
            if (!m[3]) {
                if (method !== 'GET')
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
                onlyQuery(url, []);
                return [200, json()];
            }
            if (method !== 'POST')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, []);
            onlyKeys(body ?? {}, [], 'enable_service_request');
            s.enabledIn.add(project);
            return [200, operation('acf', `projects/${project}/services/${name}`, { '@type': USAGE_TYPE('EnableServiceResponse'), service: json() }, undefined, USAGE_TYPE)];
        }
        if (p === '/v1/services') {
            if (method !== 'POST')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed (services.list is not emulated)`);
            onlyQuery(url, []);
            const b = onlyKeys(body, ['serviceName', 'producerProjectId'], 'service');
            const name = String(b.serviceName ?? '');
            const project = String(b.producerProjectId ?? '');
            const n = ENDPOINTS_NAME.exec(name);
            if (!n)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Service name '${name}' is not valid: use <name>.endpoints.<project>.cloud.goog`);
            if (n[1] !== project)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(403, `The caller does not have permission to create '${name}' in project '${project}': the name belongs to project '${n[1]}'.`);
            if (emu.services.has(name))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(409, `Service '${name}' already exists.`);
            const s = { serviceName: name, producerProjectId: project, configs: [], rollouts: [], enabledIn: new Set() };
            emu.services.set(name, s);
            return [200, operation('services.create', `services/${name}`, { '@type': TYPE('ManagedService'), serviceName: name, producerProjectId: project })];
        }
        if ((m = /^\/v1\/services\/([^/:]+)$/.exec(p))) {
            if (method !== 'GET')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, []);
            const s = service(decodeURIComponent(m[1]));
            return [200, { serviceName: s.serviceName, producerProjectId: s.producerProjectId }];
        }
        if ((m = /^\/v1\/services\/([^/]+)\/configs:submit$/.exec(p))) {
            if (method !== 'POST')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, []);
            const s = service(decodeURIComponent(m[1]));
            const b = onlyKeys(body, ['configSource', 'validateOnly'], 'submit_config_source_request');
            const src = onlyKeys(b.configSource, ['id', 'files'], 'config_source');
            if (!Array.isArray(src.files) || src.files.length === 0)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, 'config_source.files must not be empty.');
            const files = src.files.map((f, i) => {
                const x = onlyKeys(f, ['filePath', 'fileContents', 'fileType'], `config_source.files[${i}]`);
                if (typeof x.filePath !== 'string' || !x.filePath)
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `config_source.files[${i}].file_path is required.`);
                if (typeof x.fileContents !== 'string')
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `config_source.files[${i}].file_contents is required.`);
                if (typeof x.fileType !== 'string' || !FILE_TYPES.has(x.fileType))
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `config_source.files[${i}].file_type "${String(x.fileType)}" is not supported.`);
                return { filePath: x.filePath, fileContents: x.fileContents, fileType: x.fileType };
            });
            const openApi = files.filter((f) => f.fileType.startsWith('OPEN_API'));
            if (openApi.length !== 1)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, 'Exactly one OpenAPI document is expected (the emulator does not compile protos or service config YAML).');
            const derived = readOpenApi(s.serviceName, openApi[0]);
            const config = { id: nextId(s.configs), files, ...derived };
            if (!b.validateOnly)
                s.configs.push(config);
            return [200, operation('serviceConfigs', `services/${s.serviceName}/configs/${config.id}`, { '@type': TYPE('SubmitConfigSourceResponse'), serviceConfig: serviceConfigJson(s, config, false) })];
        }
        if ((m = /^\/v1\/services\/([^/]+)\/configs$/.exec(p))) {
            if (method !== 'GET')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed (use configs:submit)`);
            onlyQuery(url, ['pageSize', 'pageToken']);
            const s = service(decodeURIComponent(m[1]));
            const { items, next } = page([...s.configs].reverse(), url, `${s.serviceName}/configs`);
            return [200, { serviceConfigs: items.map((c) => serviceConfigJson(s, c, false)), nextPageToken: next }];
        }
        if ((m = /^\/v1\/services\/([^/]+)\/configs\/([^/]+)$/.exec(p))) {
            if (method !== 'GET')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, ['view']);
            const view = url.searchParams.get('view') ?? 'BASIC';
            if (view !== 'BASIC' && view !== 'FULL')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Invalid value for view: ${view}`);
            const s = service(decodeURIComponent(m[1]));
            const c = s.configs.find((x) => x.id === decodeURIComponent(m[2]));
            if (!c)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(404, `Service configuration '${m[2]}' of '${s.serviceName}' not found.`);
            return [200, serviceConfigJson(s, c, view === 'FULL')];
        }
        if ((m = /^\/v1\/services\/([^/]+)\/rollouts$/.exec(p))) {
            const s = service(decodeURIComponent(m[1]));
            if (method === 'GET') {
                onlyQuery(url, ['pageSize', 'pageToken', 'filter']);
                const filter = url.searchParams.get('filter') ?? '';
                const f = /^\s*status\s*=\s*([A-Z_]+)\s*$/.exec(filter);
                if (filter && !f)
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Invalid filter '${filter}': only status=<STATUS> is supported.`);
                const list = [...s.rollouts].reverse().filter((r) => !f || r.status === f[1]);
                const { items, next } = page(list, url, `${s.serviceName}/rollouts/${filter}`);
                return [200, { rollouts: items, nextPageToken: next }];
            }
            if (method !== 'POST')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, []);
            const b = onlyKeys(body, ['rolloutId', 'serviceName', 'trafficPercentStrategy', 'deleteServiceStrategy', 'createTime', 'createdBy', 'status'], 'rollout');
            if (b.serviceName !== undefined && b.serviceName !== s.serviceName)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `rollout.service_name '${String(b.serviceName)}' does not match '${s.serviceName}'.`);
            if (b.deleteServiceStrategy !== undefined)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, 'delete_service_strategy is not emulated.');
            const strategy = onlyKeys(b.trafficPercentStrategy, ['percentages'], 'rollout.traffic_percent_strategy');
            const pct = onlyKeys(strategy.percentages ?? {}, Object.keys((strategy.percentages ?? {})), 'percentages');
            const entries = Object.entries(pct);
            if (!entries.length)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, 'traffic_percent_strategy.percentages must name at least one config.');
            let total = 0;
            for (const [id, v] of entries) {
                if (typeof v !== 'number' || v < 0)
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `percentages["${id}"] must be a non-negative number.`);
                if (!s.configs.some((c) => c.id === id))
                    throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `Service configuration '${id}' of '${s.serviceName}' does not exist.`);
                total += v;
            }
            if (Math.abs(total - 100) > 1e-9)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(400, `traffic percentages add up to ${total}, not 100.`);
            const rolloutIds = s.rollouts.map((r) => ({ id: r.rolloutId }));
            const rolloutId = typeof b.rolloutId === 'string' && b.rolloutId ? b.rolloutId : nextId(rolloutIds);
            if (s.rollouts.some((r) => r.rolloutId === rolloutId))
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(409, `Rollout '${rolloutId}' already exists.`);
            const rollout = {
                rolloutId,
                createTime: new Date().toISOString(),
                createdBy: 'psml-emulator@example.iam.gserviceaccount.com',
                status: 'SUCCESS',
                trafficPercentStrategy: { percentages: Object.fromEntries(entries) },
                serviceName: s.serviceName,
            };
            s.rollouts.push(rollout);
            return [200, operation('rollouts', `services/${s.serviceName}/rollouts/${rolloutId}`, { '@type': TYPE('Rollout'), ...rollout })];
        }
        if ((m = /^\/v1\/services\/([^/]+)\/rollouts\/([^/]+)$/.exec(p))) {
            if (method !== 'GET')
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(405, `${method} not allowed`);
            onlyQuery(url, []);
            const s = service(decodeURIComponent(m[1]));
            const r = s.rollouts.find((x) => x.rolloutId === decodeURIComponent(m[2]));
            if (!r)
                throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(404, `Rollout '${m[2]}' of '${s.serviceName}' not found.`);
            return [200, r];
        }
        throw new _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$(404, `The requested URL ${p} was not found on this server.`);
    };
    const handler = async (req, res) => {
        const url = new URL(req.url ?? '/', 'http://emulator');
        const method = (req.method ?? 'GET').toUpperCase();
        const send = (status, body) => {
            emu?.requests.push({ method, path: url.pathname, status });
            (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .sendJson */ .jD)(res, status, body);
        };
        const fail = (status, message) => send(status, { error: { code: status, message, status: STATUS[status] ?? 'UNKNOWN' } });
        try {
            const raw = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBody */ .x8)(req);
            const fault = emu?.takeFault(url.pathname);
            if (fault)
                return fail(fault, `injected fault ${fault}`);
            let body;
            if (raw.trim()) {
                try {
                    body = JSON.parse(raw);
                }
                catch {
                    return fail(400, 'Invalid JSON payload received.');
                }
            }
            const [status, out] = route(method, url, body);
            send(status, out);
        }
        catch (e) {
            if (e instanceof _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$)
                return fail(e.status, e.message);
            throw e;
        }
    };
    const server = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .listen */ .KT)(handler, { host: opts.host, port: opts.port });
    emu = new ServiceManagementEmulator(server, Math.max(0, opts.operationPolls ?? 1));
    for (const s of opts.services ?? [])
        emu.services.set(s.serviceName, { ...s, configs: [], rollouts: [], enabledIn: new Set() });
    return emu;
}


/***/ })

};
