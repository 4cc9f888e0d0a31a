import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 884;
export const ids = [884];
export const modules = {

/***/ 76884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ currentOpenApi),
  syncEndpoints: () => (/* binding */ syncEndpoints)
});

// UNUSED EXPORTS: renderOpenApi

// EXTERNAL MODULE: ./shared/compute/index.ts + 10 modules
var compute = __webpack_require__(34326);
// EXTERNAL MODULE: ./shared/gcp/compute-clients.ts
var compute_clients = __webpack_require__(12307);
// EXTERNAL MODULE: ./shared/endpoints/openapi.ts
var openapi = __webpack_require__(60815);
// EXTERNAL MODULE: ./node_modules/@google-cloud/service-management/build/src/v1/service_manager_client.js
var service_manager_client = __webpack_require__(45502);
// EXTERNAL MODULE: ./node_modules/@google-cloud/service-usage/build/src/v1/service_usage_client.js
var service_usage_client = __webpack_require__(50518);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/gcp/client-options.ts
var client_options = __webpack_require__(62563);
// EXTERNAL MODULE: ./shared/gcp/retry.ts
var retry = __webpack_require__(47121);
;// CONCATENATED MODULE: ./shared/endpoints/service-config.ts
/**
 * EndpointsConfig: keeps a Cloud Endpoints service's OpenAPI document current through Service Management, with the
 * official client (`@google-cloud/service-management`), as `gcloud endpoints services deploy` does: create the
 * service once (seed 003: static, passively deployed), submit the document as a new service config, roll it out to
 * 100 % of traffic, and enable the service in its project through Service Usage (`@google-cloud/service-usage`;
 * without it the proxy in front of the model cannot check calls against the service). Idempotent: an unchanged
 * document (same bytes as the latest config's source) submits nothing, a config already fully rolled out is not
 * rolled out again and an enabled service is not enabled again — so a re-run after a crash converges.
 *
 * Production: Application Default Credentials and servicemanagement.googleapis.com / serviceusage.googleapis.com;
 * tests, the CLI and the demo: `PSML_SERVICEMANAGEMENT_ENDPOINT=http://127.0.0.1:PORT` (or
 * `--servicemanagement-endpoint`) points the unmodified clients at shared/emulators/servicemanagement, which serves
 * both APIs (`PSML_SERVICEUSAGE_ENDPOINT` sends Service Usage elsewhere). The client files are deep-imported to keep
 * bundles small.
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
/**
 * Where Service Usage goes: PSML_SERVICEUSAGE_ENDPOINT, else where Service Management goes (`serviceManagementEndpoint`,
 * else PSML_SERVICEMANAGEMENT_ENDPOINT) — never production beside a local Service Management — else production.
 */
function serviceUsageEndpoint(serviceManagementEndpoint) {
    return process.env[(0,client_options/* endpointEnvVar */.s)('serviceusage')] ?? serviceManagementEndpoint ?? process.env[(0,client_options/* endpointEnvVar */.s)('servicemanagement')];
}
/** The official Service Usage client (serviceUsageEndpoint), REST. */
function serviceUsageClient(serviceManagementEndpoint) {
    return new service_usage_client/* ServiceUsageClient */.y((0,client_options/* googleClientOptions */.l)('serviceusage', serviceUsageEndpoint(serviceManagementEndpoint)));
}
class EndpointsConfig {
    serviceName;
    options;
    client;
    ownsClient;
    /** made on first use (a plan or a dry run never enables anything) */
    usage;
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
    /** Enables the service in its producer project (Service Usage), as gcloud's deploy does; true when enabled now. */
    async ensureEnabled() {
        const usage = (this.usage ??= this.options.usageClient ?? serviceUsageClient(this.options.endpoint));
        const name = `projects/${this.options.project}/services/${this.serviceName}`;
        const [service] = await this.call('enable', () => usage.getService({ name }));
        // REST responses carry the enum as its name
        if (String(service.state) === 'ENABLED')
            return false;
        const [op] = await this.call('enable', () => usage.enableService({ name }));
        await this.call('enable', () => op.promise());
        this.log(`+ enabled  Endpoints service ${this.serviceName} in project ${this.options.project}`);
        return true;
    }
    /** Create-if-missing, submit-if-changed, roll-out-if-not-serving, enable-if-disabled. */
    async publish(document) {
        const serviceCreated = await this.ensureService();
        const latest = await this.latestConfig();
        const unchanged = latest?.source === document;
        const configId = unchanged ? latest.id : await this.submit(document);
        if (unchanged)
            this.log(`= unchanged Endpoints config ${configId} of ${this.serviceName}`);
        const serving = await this.servingConfig();
        const rolloutId = serving === configId ? undefined : await this.rollout(configId);
        const enabled = await this.ensureEnabled();
        return {
            serviceName: this.serviceName,
            serviceCreated,
            configId,
            submitted: !unchanged,
            rolledOut: rolloutId !== undefined || serving !== configId,
            ...(rolloutId ? { rolloutId } : {}),
            enabled,
        };
    }
    async close() {
        if (this.ownsClient)
            await this.client.close();
        if (this.usage && !this.options.usageClient)
            await this.usage.close();
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
        const usage = what === 'enable';
        const api = usage ? 'Service Usage' : 'Service Management';
        const where = (usage ? serviceUsageEndpoint(this.options.endpoint) : (this.options.endpoint ?? process.env[(0,client_options/* endpointEnvVar */.s)('servicemanagement')])) ??
            `${usage ? 'serviceusage' : 'servicemanagement'}.googleapis.com`;
        if (info.network)
            return new errors/* PsmlError */.bd(`cannot reach ${api} at ${where} (${info.network})`, {
                resource,
                hint: `check ${usage && process.env[(0,client_options/* endpointEnvVar */.s)('serviceusage')] ? (0,client_options/* endpointEnvVar */.s)('serviceusage') : this.options.endpoint ? '--servicemanagement-endpoint' : (0,client_options/* endpointEnvVar */.s)('servicemanagement')} or the network`,
                cause,
            });
        if (usage && (info.status === 403 || info.status === 404))
            return new errors/* PsmlError */.bd(`permission denied to enable Cloud Endpoints service ${resource} in project ${this.options.project}: ${info.message}`, {
                resource,
                hint: 'the deploying account needs serviceusage.services.get and serviceusage.services.enable (see `psml iam roles`, serving); the config is submitted and rolled out, so a re-run only enables',
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
                return new errors/* PsmlError */.bd(`${api} rejected the request for ${resource}: ${info.message}`, {
                    resource,
                    hint: 'check the OpenAPI document (`psml deploy openapi --manifest … --output openapi.yaml`) and endpoints.service in psml.yaml',
                    cause,
                });
            case 401:
                return new errors/* PsmlError */.bd(`${api} refused the credentials: ${info.message}`, { resource, hint: 'authenticate (google-github-actions/auth, or gcloud auth application-default login)', cause });
            default:
                return new errors/* PsmlError */.bd(`${api} failed to ${what} ${resource}: ${info.message}`, { resource, hint: 'run the command again; if it keeps failing, check the Cloud Endpoints page of the project', cause });
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
    const routes = (0,openapi/* routesFromUrlMap */.cE)(map);
    const document = (0,openapi/* openApiDocument */.wA)({ service: t.service, project: t.project, revisions: routes.revisions, promoted: routes.promoted, target: rule?.IPAddress ?? undefined });
    return { serviceName: (0,openapi/* endpointsServiceName */.Nn)(t.service, t.project), ...routes, document };
}
/** Builds the document for the current routes and publishes it (idempotent). */
async function syncEndpoints(t) {
    const current = await currentOpenApi(t);
    const text = (0,openapi/* renderOpenApi */.Bj)(current.document, 'yaml');
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
