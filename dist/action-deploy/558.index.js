import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 558;
export const ids = [558];
export const modules = {

/***/ 47558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  syncEndpoints: () => (/* binding */ syncEndpoints)
});

// UNUSED EXPORTS: currentOpenApi, renderOpenApi

// EXTERNAL MODULE: ./shared/compute/index.ts + 10 modules
var compute = __webpack_require__(34326);
// EXTERNAL MODULE: ./shared/gcp/compute-clients.ts
var compute_clients = __webpack_require__(12307);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/endpoints/openapi.ts
/**
 * The Cloud Endpoints OpenAPI document of the serving stack (seed 003: "Cloud Endpoint OpenAPI schema", a
 * passively deployed resource updated for every revision deployed or removed). Pure: the document is a function of
 * the revisions the shared URL map routes, so the same routes always give the same bytes (which is what makes
 * re-submitting it idempotent).
 *
 * OpenAPI 2.0 (Swagger), the version Cloud Endpoints accepts: `host` names the Endpoints service
 * (`<service>.endpoints.<project>.cloud.goog`), `x-google-endpoints` points its DNS name at the load balancer, and
 * every revision prefix (`/churn/v1.2`) carries the Open Inference Protocol v2 paths shared/serve answers. The
 * promoted revision (the URL map's default service, reached without a prefix) also gets the unprefixed paths.
 */


/** Manifest service names (shared/manifest/schema.ts): they are the first segment of every route prefix. */
const SERVICE = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** A DNS label that Endpoints accepts as the first part of `<name>.endpoints.<project>.cloud.goog`. */
const ENDPOINTS_SERVICE = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const PROJECT = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
const ROUTE_PREFIX = /^\/([a-z]([a-z0-9-]{0,61}[a-z0-9])?)\/v(\d{1,5})\.(\d{1,5})$/;
/** `<service>.endpoints.<project>.cloud.goog`: the Endpoints service name and the document's `host`. */
function endpointsServiceName(service, project) {
    if (!ENDPOINTS_SERVICE.test(service))
        throw new errors/* PsmlError */.bd(`"${service}" is not a valid Cloud Endpoints service name`, {
            field: 'endpoints.service',
            hint: 'use a DNS label: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (e.g. ml-api)',
        });
    if (!PROJECT.test(project))
        throw new errors/* PsmlError */.bd(`"${project}" is not a Google Cloud project id`, { field: 'project', hint: 'use the project id, e.g. my-ml-project' });
    const name = `${service}.endpoints.${project}.cloud.goog`;
    return name;
}
/** `/churn/v1.2`: the URL-map prefix of a revision (as shared/manifest/names.ts derives it). */
const routePrefix = (r) => `/${r.service}/v${r.major}.${r.minor}`;
/** `churn_v1_2`: service names have no `_`, so mapping `-` to `_` is one-to-one and ids never collide. */
const revisionId = (r) => `${r.service.replace(/-/g, '_')}_v${r.major}_${r.minor}`;
/** The revisions a URL map routes: the psml-shaped prefixes of its path rules, with the promoted one (default). */
function routesFromUrlMap(map) {
    if (!map)
        return { revisions: [] };
    const byService = new Map();
    const revisions = [];
    for (const matcher of map.pathMatchers ?? [])
        for (const rule of matcher.pathRules ?? [])
            for (const p of rule.paths ?? []) {
                const m = ROUTE_PREFIX.exec(p);
                // only the exact prefix (the rule also lists `<prefix>/*`); foreign rules are not psml's revisions
                if (!m)
                    continue;
                const r = { service: m[1], major: Number(m[3]), minor: Number(m[4]) };
                revisions.push(r);
                if (rule.service)
                    byService.set(lastSegment(rule.service), r);
            }
    const promoted = map.defaultService ? byService.get(lastSegment(map.defaultService)) : undefined;
    return { revisions: sortRevisions(revisions), ...(promoted ? { promoted } : {}) };
}
const lastSegment = (ref) => ref.split('/').pop() ?? ref;
/** Sorted by service, then version numerically; duplicates dropped. */
function sortRevisions(revs) {
    const seen = new Map();
    for (const r of revs)
        seen.set(routePrefix(r), { service: r.service, major: r.major, minor: r.minor });
    return [...seen.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : a.major - b.major || a.minor - b.minor));
}
/** OIP datatypes, plus the MLComponent names (FP32/FP64/INT32 coincide; `str`, `FILE`). */
const DATATYPES = ['BOOL', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'INT8', 'INT16', 'INT32', 'INT64', 'FP16', 'FP32', 'FP64', 'BYTES', 'FILE', 'str'];
const ref = (name) => ({ $ref: `#/definitions/${name}` });
const shape = { type: 'array', items: { type: 'integer', format: 'int64' }, description: 'Dimensions; -1 marks a variable one (metadata only)' };
const parameters = { type: 'object', description: 'Request or tensor parameters (MLComponent requests may send [name, value] pairs instead)' };
const DEFINITIONS = {
    Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
    InferRequest: {
        type: 'object',
        required: ['inputs'],
        properties: {
            id: { type: 'string', description: 'Echoed in the response' },
            parameters,
            inputs: { type: 'array', items: ref('RequestInput') },
            outputs: { type: 'array', items: ref('RequestOutput'), description: 'Outputs to return (default: all)' },
            output_fields: { type: 'array', items: ref('TensorMetadata'), description: 'MLComponent form of `outputs`' },
        },
    },
    InferResponse: {
        type: 'object',
        required: ['model_name', 'outputs'],
        properties: {
            model_name: { type: 'string' },
            model_version: { type: 'string' },
            id: { type: 'string' },
            parameters,
            outputs: { type: 'array', items: ref('ResponseOutput') },
        },
    },
    Live: { type: 'object', properties: { live: { type: 'boolean' } } },
    ModelMetadata: {
        type: 'object',
        required: ['name', 'platform', 'inputs', 'outputs'],
        properties: {
            name: { type: 'string' },
            versions: { type: 'array', items: { type: 'string' } },
            platform: { type: 'string' },
            inputs: { type: 'array', items: ref('TensorMetadata') },
            outputs: { type: 'array', items: ref('TensorMetadata') },
        },
    },
    ModelReady: { type: 'object', properties: { name: { type: 'string' }, ready: { type: 'boolean' } } },
    Ready: { type: 'object', properties: { ready: { type: 'boolean' } } },
    RequestInput: tensor('Input tensor: data is flat, in row-major order'),
    RequestOutput: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, parameters } },
    ResponseOutput: tensor('Output tensor: len(data) = product(shape)'),
    ServerMetadata: {
        type: 'object',
        properties: { name: { type: 'string' }, version: { type: 'string' }, extensions: { type: 'array', items: { type: 'string' } } },
    },
    TensorMetadata: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, datatype: { type: 'string', enum: [...DATATYPES] }, shape },
    },
};
function tensor(description) {
    return {
        type: 'object',
        description,
        required: ['name', 'shape', 'datatype', 'data'],
        properties: {
            name: { type: 'string' },
            shape,
            datatype: { type: 'string', enum: [...DATATYPES] },
            content_type: { type: 'string', description: 'Media type of FILE data' },
            parameters,
            // numbers, booleans or strings depending on the datatype: any JSON value
            data: { type: 'array', items: {} },
        },
    };
}
const MODEL_NAME = { name: 'model_name', in: 'path', required: true, type: 'string', description: 'Model name (see /v2/models/{model_name})' };
const MODEL_VERSION = { name: 'model_version', in: 'path', required: true, type: 'string' };
const JSON_BODY = (schema) => ({ name: 'body', in: 'body', required: true, schema: ref(schema) });
const answer = (description, schema) => ({ description, schema: ref(schema) });
const ERRORS = {
    '400': answer('Bad request: the message names the field', 'Error'),
    '404': answer('No such model or version', 'Error'),
};
/** The Open Inference Protocol v2 operations of one revision (shared/serve), relative to its prefix. */
const OPERATIONS = [
    { path: '/v2', method: 'get', op: 'server_metadata', summary: 'Server metadata', build: () => ({ responses: { '200': answer('Server metadata', 'ServerMetadata') } }) },
    { path: '/v2/health/live', method: 'get', op: 'health_live', summary: 'Liveness', build: () => ({ responses: { '200': answer('The server is live', 'Live') } }) },
    {
        path: '/v2/health/ready',
        method: 'get',
        op: 'health_ready',
        summary: 'Readiness',
        build: () => ({ responses: { '200': answer('Ready to infer', 'Ready'), '503': answer('Not ready yet', 'Ready') } }),
    },
    {
        path: '/v2/models/{model_name}',
        method: 'get',
        op: 'model_metadata',
        summary: 'Model metadata: input and output tensors',
        build: () => ({ parameters: [MODEL_NAME], responses: { '200': answer('Model metadata', 'ModelMetadata'), '404': ERRORS['404'] } }),
    },
    {
        path: '/v2/models/{model_name}/ready',
        method: 'get',
        op: 'model_ready',
        summary: 'Model readiness',
        build: () => ({ parameters: [MODEL_NAME], responses: { '200': answer('Ready', 'ModelReady'), '404': ERRORS['404'], '503': answer('Not ready yet', 'ModelReady') } }),
    },
    {
        path: '/v2/models/{model_name}/infer',
        method: 'post',
        op: 'infer',
        summary: 'Inference (Open Inference Protocol or the MLComponent form)',
        build: () => ({ parameters: [MODEL_NAME, JSON_BODY('InferRequest')], responses: { '200': answer('Outputs', 'InferResponse'), ...ERRORS } }),
    },
    {
        path: '/v2/models/{model_name}/versions/{model_version}/infer',
        method: 'post',
        op: 'version_infer',
        summary: 'Inference on a model version',
        build: () => ({ parameters: [MODEL_NAME, MODEL_VERSION, JSON_BODY('InferRequest')], responses: { '200': answer('Outputs', 'InferResponse'), ...ERRORS } }),
    },
    {
        path: '/inference',
        method: 'post',
        op: 'inference',
        summary: 'Inference in the MLComponent form (parameters as [name, value] pairs, output_fields)',
        build: () => ({ parameters: [JSON_BODY('InferRequest')], responses: { '200': answer('Outputs', 'InferResponse'), '400': ERRORS['400'] } }),
    },
];
/** The operation suffixes every revision gets (for tests and docs). */
const OPERATION_NAMES = OPERATIONS.map((o) => o.op);
/** Relative OIP paths of one revision. */
const REVISION_PATHS = OPERATIONS.map((o) => o.path);
function checkRevision(r) {
    const okVersion = (n) => Number.isInteger(n) && n >= 0 && n <= 99999;
    if (!SERVICE.test(r.service) || !okVersion(r.major) || !okVersion(r.minor))
        throw new errors/* PsmlError */.bd(`"${r.service} ${r.major}.${r.minor}" is not a psml revision`, {
            field: 'revisions',
            hint: 'service names are lowercase letters, digits and hyphens; versions are MAJOR.MINOR integers',
        });
}
/** The document (pure, deterministic: sorted revisions, sorted paths, fixed key order). */
function openApiDocument(input) {
    const host = endpointsServiceName(input.service, input.project);
    input.revisions.forEach(checkRevision);
    const revisions = sortRevisions(input.revisions);
    const promoted = input.promoted && revisions.find((r) => routePrefix(r) === routePrefix(input.promoted));
    if (input.promoted && !promoted)
        throw new errors/* PsmlError */.bd(`the promoted revision ${routePrefix(input.promoted)} is not among the routed revisions`, {
            field: 'promoted',
            hint: 'the URL map default must be one of its path rules: run `psml deploy apply` for it first',
        });
    const paths = new Map();
    const add = (prefix, id, revision) => {
        for (const o of OPERATIONS) {
            const p = `${prefix}${o.path}`;
            const item = paths.get(p) ?? {};
            item[o.method] = { summary: o.summary, operationId: `${id}_${o.op}`, tags: [revision], ...o.build() };
            paths.set(p, item);
        }
    };
    for (const r of revisions)
        add(routePrefix(r), revisionId(r), `${r.service} ${r.major}.${r.minor}`);
    if (promoted)
        add('', 'default', 'default');
    const sortedPaths = Object.fromEntries([...paths.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const list = revisions.map((r) => `${r.service} ${r.major}.${r.minor}`).join(', ') || 'none';
    return {
        swagger: '2.0',
        info: {
            title: input.title ?? `${input.service} model serving`,
            description: `Open Inference Protocol v2 of every revision routed by the psml URL map (${list}); each under /<service>/v<major>.<minor>` +
                (promoted ? `, and the promoted revision (${promoted.service} ${promoted.major}.${promoted.minor}) without a prefix.` : '.'),
            version: '1.0.0',
        },
        host,
        'x-google-endpoints': [{ name: host, ...(input.target ? { target: input.target } : {}) }],
        schemes: ['http'],
        consumes: ['application/json'],
        produces: ['application/json'],
        paths: sortedPaths,
        definitions: DEFINITIONS,
    };
}
/** YAML (what `gcloud endpoints services deploy` takes) or JSON; no anchors/aliases, so each is plain and stable. */
function renderOpenApi(doc, format = 'yaml') {
    if (format === 'json')
        return `${JSON.stringify(doc, null, 2)}\n`;
    return (0,dist/* stringify */.As)(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
}

// EXTERNAL MODULE: ./node_modules/@google-cloud/service-management/build/src/v1/service_manager_client.js
var service_manager_client = __webpack_require__(45502);
// EXTERNAL MODULE: ./shared/gcp/client-options.ts
var client_options = __webpack_require__(62563);
// EXTERNAL MODULE: ./shared/gcp/retry.ts + 2 modules
var retry = __webpack_require__(69224);
;// CONCATENATED MODULE: ./shared/endpoints/service-config.ts
/**
 * EndpointsConfig: keeps a Cloud Endpoints service's OpenAPI document current through Service Management, with the
 * official client (`@google-cloud/service-management`), as `gcloud endpoints services deploy` does: create the
 * service once (seed 003: static, passively deployed), submit the document as a new service config, roll it out to
 * 100 % of traffic. Idempotent: an unchanged document (same bytes as the latest config's source) submits nothing,
 * and a config already fully rolled out is not rolled out again — so a re-run after a crash converges.
 *
 * Production: Application Default Credentials and servicemanagement.googleapis.com; tests, the CLI and the demo:
 * `PSML_SERVICEMANAGEMENT_ENDPOINT=http://127.0.0.1:PORT` (or `--servicemanagement-endpoint`) points the unmodified
 * client at shared/emulators/servicemanagement. The client file is deep-imported to keep bundles small.
 */




/** The file name the document is submitted under (shown in the Cloud console's config history). */
const OPENAPI_FILE = 'openapi.yaml';
/** gRPC status codes (what this client's errors carry) → the HTTP status the shared retry policy understands. */
const GRPC_TO_HTTP = { 3: 400, 4: 504, 5: 404, 6: 409, 7: 403, 8: 429, 9: 400, 10: 409, 13: 500, 14: 503, 16: 401 };
/** The official client for `endpoint` (URL) or the environment, REST transport. */
function serviceManagerClient(endpoint) {
    const options = (0,client_options/* googleClientOptions */.l)('servicemanagement', endpoint);
    // this client is built on google-gax 3, where `fallback: true` means binary protobuf over `$rpc`; 'rest' is the
    // JSON REST transport that every Google API (and the emulator) speaks
    return new service_manager_client/* ServiceManagerClient */.g({ ...options, fallback: 'rest' });
}
class EndpointsConfig {
    serviceName;
    options;
    client;
    ownsClient;
    log;
    constructor(serviceName, options) {
        this.serviceName = serviceName;
        this.options = options;
        this.ownsClient = !options.client;
        this.client = options.client ?? serviceManagerClient(options.endpoint);
        this.log = options.log ?? (() => { });
    }
    /** Makes sure the service exists (creating it when allowed); true when it was created now. */
    async ensureService() {
        try {
            await this.call('read', () => this.client.getService({ serviceName: this.serviceName }));
            return false;
        }
        catch (e) {
            if (!(e instanceof NotFound) || this.options.createService === false)
                throw this.explain(e, 'read');
        }
        const [op] = await this.call('create', () => this.client.createService({ service: { serviceName: this.serviceName, producerProjectId: this.options.project } }));
        await this.call('create', () => op.promise());
        this.log(`+ created  Endpoints service ${this.serviceName}`);
        return true;
    }
    /** The id and OpenAPI source of the newest config, if any. */
    async latestConfig() {
        const [configs] = await this.call('read', () => this.client.listServiceConfigs({ serviceName: this.serviceName, pageSize: 1 }, { autoPaginate: false }));
        const id = configs[0]?.id;
        if (!id)
            return undefined;
        const [full] = await this.call('read', () => this.client.getServiceConfig({ serviceName: this.serviceName, configId: id, view: 'FULL' }));
        // proto3 JSON carries the Any's bytes as base64 text; the decoder gives them as a Uint8Array
        const bytes = (v) => (typeof v === 'string' ? Buffer.from(v, 'base64') : (v ?? new Uint8Array()));
        const files = (full.sourceInfo?.sourceFiles ?? []).map((any) => this.configFile().decode(bytes(any.value)));
        const openApi = files.filter((f) => f.filePath === OPENAPI_FILE);
        // only a config psml wrote (one document under our file name) can equal ours
        const source = files.length === 1 && openApi.length === 1 ? Buffer.from(openApi[0].fileContents ?? new Uint8Array()).toString('utf8') : undefined;
        return { id, source };
    }
    /** Submits `document` (OpenAPI YAML) as a new config; returns its id. */
    async submit(document) {
        const [op] = await this.call('update', () => this.client.submitConfigSource({
            serviceName: this.serviceName,
            configSource: { files: [{ filePath: OPENAPI_FILE, fileContents: Buffer.from(document, 'utf8'), fileType: 'OPEN_API_YAML' }] },
        }));
        const [response] = await this.call('update', () => op.promise());
        const id = response.serviceConfig?.id;
        if (!id)
            throw new errors/* PsmlError */.bd(`Service Management accepted the document of ${this.serviceName} but returned no config id`, { resource: this.serviceName, hint: 'run the command again' });
        this.log(`~ submitted Endpoints config ${id} of ${this.serviceName}`);
        return id;
    }
    /** The config the newest successful rollout sends all traffic to, if any. */
    async servingConfig() {
        const [rollouts] = await this.call('read', () => this.client.listServiceRollouts({ serviceName: this.serviceName, filter: 'status=SUCCESS', pageSize: 1 }, { autoPaginate: false }));
        const pct = Object.entries(rollouts[0]?.trafficPercentStrategy?.percentages ?? {});
        return pct.length === 1 && pct[0][1] === 100 ? pct[0][0] : undefined;
    }
    /** Rolls `configId` out to 100 % of traffic; returns the rollout id. */
    async rollout(configId) {
        const [op] = await this.call('update', () => this.client.createServiceRollout({ serviceName: this.serviceName, rollout: { serviceName: this.serviceName, trafficPercentStrategy: { percentages: { [configId]: 100 } } } }));
        const [rollout] = await this.call('update', () => op.promise());
        this.log(`~ rolled out Endpoints config ${configId} (rollout ${rollout.rolloutId ?? '?'})`);
        return rollout.rolloutId ?? undefined;
    }
    /** Create-if-missing, submit-if-changed, roll-out-if-not-serving. */
    async publish(document) {
        const serviceCreated = await this.ensureService();
        const latest = await this.latestConfig();
        const unchanged = latest?.source === document;
        const configId = unchanged ? latest.id : await this.submit(document);
        if (unchanged)
            this.log(`= unchanged Endpoints config ${configId} of ${this.serviceName}`);
        const serving = await this.servingConfig();
        const rolloutId = serving === configId ? undefined : await this.rollout(configId);
        return { serviceName: this.serviceName, serviceCreated, configId, submitted: !unchanged, rolledOut: rolloutId !== undefined || serving !== configId, ...(rolloutId ? { rolloutId } : {}) };
    }
    async close() {
        if (this.ownsClient)
            await this.client.close();
    }
    /** The ConfigFile message type from the client's own descriptors (source files come back as `Any`). */
    configFile() {
        const root = this.client._protos;
        if (!root)
            throw new Error('@google-cloud/service-management: proto root not found (client version changed?)');
        return root.lookupType('google.api.servicemanagement.v1.ConfigFile');
    }
    /** One API call with the shared retry policy; gRPC codes become HTTP statuses so transient ones are retried. */
    async call(what, fn) {
        try {
            return await (0,retry/* withRetry */.bD)(async () => {
                try {
                    return await fn();
                }
                catch (e) {
                    throw withHttpStatus(e);
                }
            }, this.options.retry);
        }
        catch (e) {
            if (e instanceof errors/* PsmlError */.bd)
                throw e;
            if ((0,retry/* apiErrorInfo */.l1)(e).status === 404 && what === 'read')
                throw new NotFound(e);
            throw this.explain(e, what);
        }
    }
    /** A PsmlError naming the service and what to do. */
    explain(e, what) {
        if (e instanceof errors/* PsmlError */.bd)
            return e;
        const cause = e instanceof NotFound ? e.cause : e;
        const info = (0,retry/* apiErrorInfo */.l1)(cause);
        const resource = this.serviceName;
        const where = this.options.endpoint ?? process.env[(0,client_options/* endpointEnvVar */.s)('servicemanagement')] ?? 'servicemanagement.googleapis.com';
        if (info.network)
            return new errors/* PsmlError */.bd(`cannot reach Service Management at ${where} (${info.network})`, {
                resource,
                hint: `check ${this.options.endpoint ? '--servicemanagement-endpoint' : (0,client_options/* endpointEnvVar */.s)('servicemanagement')} or the network`,
                cause,
            });
        switch (info.status) {
            case 404:
                return new errors/* PsmlError */.bd(`Cloud Endpoints service ${resource} does not exist`, {
                    resource,
                    field: 'endpoints.service',
                    hint: `check endpoints.service in psml.yaml and the project (${this.options.project}); psml creates the service on the first submit unless told not to (--no-create-service)`,
                    cause,
                });
            case 403:
                return new errors/* PsmlError */.bd(`permission denied to ${what} Cloud Endpoints service ${resource}: ${info.message}`, {
                    resource,
                    hint: `the service name must belong to project ${this.options.project}, and the deploying account needs servicemanagement.services.${what === 'read' ? 'get' : what} (see \`psml iam roles\`, serving)`,
                    cause,
                });
            case 400:
                return new errors/* PsmlError */.bd(`Service Management rejected the request for ${resource}: ${info.message}`, {
                    resource,
                    hint: 'check the OpenAPI document (`psml deploy openapi --manifest … --output openapi.yaml`) and endpoints.service in psml.yaml',
                    cause,
                });
            case 401:
                return new errors/* PsmlError */.bd(`Service Management refused the credentials: ${info.message}`, { resource, hint: 'authenticate (google-github-actions/auth, or gcloud auth application-default login)', cause });
            default:
                return new errors/* PsmlError */.bd(`Service Management failed to ${what} ${resource}: ${info.message}`, { resource, hint: 'run the command again; if it keeps failing, check the Cloud Endpoints page of the project', cause });
        }
    }
}
class NotFound extends Error {
    cause;
    constructor(cause) {
        super('not found');
        this.cause = cause;
    }
}
function withHttpStatus(e) {
    if (e && typeof e === 'object' && typeof e.code === 'number') {
        const code = e.code;
        const status = GRPC_TO_HTTP[code];
        if (status !== undefined && e.status === undefined)
            Object.assign(e, { status });
    }
    return e;
}

;// CONCATENATED MODULE: ./shared/endpoints/sync.ts
/**
 * The Cloud Endpoints step of the serving stack: read what the shared URL map routes now (and the load balancer's
 * IP), build the OpenAPI document (pure, shared/endpoints/openapi.ts) and, when asked, publish it (submit + rollout,
 * shared/endpoints/service-config.ts). Runs after every URL-map change: deploy apply, promote, teardown.
 */




/** The document for what the URL map routes right now (reads the URL map and the forwarding rule). */
async function currentOpenApi(t) {
    const clients = t.compute ?? (0,compute_clients/* computeClients */.C1)(t.computeEndpoint);
    const names = (0,compute/* sharedNames */.mW)({ project: t.project, shared: t.shared });
    const location = { project: t.project };
    const [map, rule] = await Promise.all([
        new compute/* UrlMapClient */.Vr(clients, location, t.resourceOptions).find(names.urlMap),
        new compute/* GlobalForwardingRuleClient */.IN(clients, location, t.resourceOptions).find(names.forwardingRule),
    ]);
    const routes = routesFromUrlMap(map);
    const document = openApiDocument({ service: t.service, project: t.project, revisions: routes.revisions, promoted: routes.promoted, target: rule?.IPAddress ?? undefined });
    return { serviceName: endpointsServiceName(t.service, t.project), ...routes, document };
}
/** Builds the document for the current routes and publishes it (idempotent). */
async function syncEndpoints(t) {
    const current = await currentOpenApi(t);
    const text = renderOpenApi(current.document, 'yaml');
    const config = new EndpointsConfig(current.serviceName, {
        project: t.project,
        endpoint: t.servicemanagementEndpoint,
        createService: t.createService,
        retry: t.retry,
        log: t.log,
    });
    try {
        return { ...current, text, result: await config.publish(text) };
    }
    finally {
        await config.close();
    }
}



/***/ })

};
