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
import { stringify } from 'yaml';
import { PsmlError } from '../errors.js';
import type { UrlMap } from '../compute/types.js';

/** One revision routed by the URL map. */
export interface RoutedRevision {
  /** Service name of the manifest (`churn`). */
  service: string;
  major: number;
  minor: number;
}

export interface OpenApiInput {
  /** Short name of the Endpoints service (psml.yaml `endpoints.service`): the first label of the host. */
  service: string;
  project: string;
  revisions: readonly RoutedRevision[];
  /** The promoted revision (URL map default), served at the unprefixed paths too. */
  promoted?: RoutedRevision;
  /** The load balancer's IP address: `x-google-endpoints` maps the service's DNS name to it. */
  target?: string;
  title?: string;
}

/** Manifest service names (shared/manifest/schema.ts): they are the first segment of every route prefix. */
const SERVICE = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** A DNS label that Endpoints accepts as the first part of `<name>.endpoints.<project>.cloud.goog`. */
export const ENDPOINTS_SERVICE = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const PROJECT = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
const ROUTE_PREFIX = /^\/([a-z]([a-z0-9-]{0,61}[a-z0-9])?)\/v(\d{1,5})\.(\d{1,5})$/;

/** `<service>.endpoints.<project>.cloud.goog`: the Endpoints service name and the document's `host`. */
export function endpointsServiceName(service: string, project: string): string {
  if (!ENDPOINTS_SERVICE.test(service))
    throw new PsmlError(`"${service}" is not a valid Cloud Endpoints service name`, {
      field: 'endpoints.service',
      hint: 'use a DNS label: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (e.g. ml-api)',
    });
  if (!PROJECT.test(project))
    throw new PsmlError(`"${project}" is not a Google Cloud project id`, { field: 'project', hint: 'use the project id, e.g. my-ml-project' });
  const name = `${service}.endpoints.${project}.cloud.goog`;
  return name;
}

/** `/churn/v1.2`: the URL-map prefix of a revision (as shared/manifest/names.ts derives it). */
export const routePrefix = (r: RoutedRevision): string => `/${r.service}/v${r.major}.${r.minor}`;

/** `churn_v1_2`: service names have no `_`, so mapping `-` to `_` is one-to-one and ids never collide. */
const revisionId = (r: RoutedRevision): string => `${r.service.replace(/-/g, '_')}_v${r.major}_${r.minor}`;

/** The revisions a URL map routes: the psml-shaped prefixes of its path rules, with the promoted one (default). */
export function routesFromUrlMap(map: UrlMap | undefined): { revisions: RoutedRevision[]; promoted?: RoutedRevision } {
  if (!map) return { revisions: [] };
  const byService = new Map<string, RoutedRevision>();
  const revisions: RoutedRevision[] = [];
  for (const matcher of map.pathMatchers ?? [])
    for (const rule of matcher.pathRules ?? [])
      for (const p of rule.paths ?? []) {
        const m = ROUTE_PREFIX.exec(p);
        // only the exact prefix (the rule also lists `<prefix>/*`); foreign rules are not psml's revisions
        if (!m) continue;
        const r = { service: m[1]!, major: Number(m[3]), minor: Number(m[4]) };
        revisions.push(r);
        if (rule.service) byService.set(lastSegment(rule.service), r);
      }
  const promoted = map.defaultService ? byService.get(lastSegment(map.defaultService)) : undefined;
  return { revisions: sortRevisions(revisions), ...(promoted ? { promoted } : {}) };
}

const lastSegment = (ref: string): string => ref.split('/').pop() ?? ref;

/** Sorted by service, then version numerically; duplicates dropped. */
export function sortRevisions(revs: readonly RoutedRevision[]): RoutedRevision[] {
  const seen = new Map<string, RoutedRevision>();
  for (const r of revs) seen.set(routePrefix(r), { service: r.service, major: r.major, minor: r.minor });
  return [...seen.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : a.major - b.major || a.minor - b.minor));
}

// ------------------------------------------------------------------------------------------------ the document
type Schema = Record<string, unknown>;

/** OIP datatypes, plus the MLComponent names (FP32/FP64/INT32 coincide; `str`, `FILE`). */
export const DATATYPES = ['BOOL', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'INT8', 'INT16', 'INT32', 'INT64', 'FP16', 'FP32', 'FP64', 'BYTES', 'FILE', 'str'] as const;

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const shape: Schema = { type: 'array', items: { type: 'integer', format: 'int64' }, description: 'Dimensions; -1 marks a variable one (metadata only)' };
const parameters: Schema = { type: 'object', description: 'Request or tensor parameters (MLComponent requests may send [name, value] pairs instead)' };

const DEFINITIONS: Record<string, Schema> = {
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

function tensor(description: string): Schema {
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
const JSON_BODY = (schema: string) => ({ name: 'body', in: 'body', required: true, schema: ref(schema) });
const answer = (description: string, schema: string) => ({ description, schema: ref(schema) });
const ERRORS = {
  '400': answer('Bad request: the message names the field', 'Error'),
  '404': answer('No such model or version', 'Error'),
};

interface OperationTemplate {
  path: string;
  method: 'get' | 'post';
  /** Suffix of the operationId (`<revision>_<op>`). */
  op: string;
  summary: string;
  build: () => Schema;
}

/** The Open Inference Protocol v2 operations of one revision (shared/serve), relative to its prefix. */
const OPERATIONS: readonly OperationTemplate[] = [
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
export const OPERATION_NAMES = OPERATIONS.map((o) => o.op);
/** Relative OIP paths of one revision. */
export const REVISION_PATHS = OPERATIONS.map((o) => o.path);

export interface OpenApiDocument {
  swagger: '2.0';
  info: { title: string; description: string; version: string };
  host: string;
  'x-google-endpoints': { name: string; target?: string }[];
  schemes: string[];
  consumes: string[];
  produces: string[];
  paths: Record<string, Record<string, Schema>>;
  definitions: Record<string, Schema>;
}

function checkRevision(r: RoutedRevision): void {
  const okVersion = (n: number) => Number.isInteger(n) && n >= 0 && n <= 99999;
  if (!SERVICE.test(r.service) || !okVersion(r.major) || !okVersion(r.minor))
    throw new PsmlError(`"${r.service} ${r.major}.${r.minor}" is not a psml revision`, {
      field: 'revisions',
      hint: 'service names are lowercase letters, digits and hyphens; versions are MAJOR.MINOR integers',
    });
}

/** The document (pure, deterministic: sorted revisions, sorted paths, fixed key order). */
export function openApiDocument(input: OpenApiInput): OpenApiDocument {
  const host = endpointsServiceName(input.service, input.project);
  input.revisions.forEach(checkRevision);
  const revisions = sortRevisions(input.revisions);
  const promoted = input.promoted && revisions.find((r) => routePrefix(r) === routePrefix(input.promoted!));
  if (input.promoted && !promoted)
    throw new PsmlError(`the promoted revision ${routePrefix(input.promoted)} is not among the routed revisions`, {
      field: 'promoted',
      hint: 'the URL map default must be one of its path rules: run `psml deploy apply` for it first',
    });

  const paths = new Map<string, Record<string, Schema>>();
  const add = (prefix: string, id: string, revision: string) => {
    for (const o of OPERATIONS) {
      const p = `${prefix}${o.path}`;
      const item = paths.get(p) ?? {};
      item[o.method] = { summary: o.summary, operationId: `${id}_${o.op}`, tags: [revision], ...o.build() };
      paths.set(p, item);
    }
  };
  for (const r of revisions) add(routePrefix(r), revisionId(r), `${r.service} ${r.major}.${r.minor}`);
  if (promoted) add('', 'default', 'default');

  const sortedPaths = Object.fromEntries([...paths.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const list = revisions.map((r) => `${r.service} ${r.major}.${r.minor}`).join(', ') || 'none';
  return {
    swagger: '2.0',
    info: {
      title: input.title ?? `${input.service} model serving`,
      description:
        `Open Inference Protocol v2 of every revision routed by the psml URL map (${list}); each under /<service>/v<major>.<minor>` +
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

export type OpenApiFormat = 'yaml' | 'json';

/** YAML (what `gcloud endpoints services deploy` takes) or JSON; no anchors/aliases, so each is plain and stable. */
export function renderOpenApi(doc: OpenApiDocument, format: OpenApiFormat = 'yaml'): string {
  if (format === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
}
