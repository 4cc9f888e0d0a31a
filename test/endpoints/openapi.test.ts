/**
 * The Cloud Endpoints document is pure: any set of routed revisions gives a structurally valid Swagger 2.0
 * document (checked with a zod schema of the parts Endpoints reads), unique operationIds, and exactly the routed
 * revisions' paths; the same routes in any order give the same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  OPERATION_NAMES,
  REVISION_PATHS,
  endpointsServiceName,
  openApiDocument,
  renderOpenApi,
  routePrefix,
  routesFromUrlMap,
  type RoutedRevision,
} from '../../shared/endpoints/openapi.js';
import { resourceNames } from '../../shared/manifest/names.js';
import { UrlMapClient } from '../../shared/compute/url-map.js';
import { ComputeClients } from '../../shared/gcp/compute-clients.js';
import { PROJECT, experiment } from '../stacks/fixtures.js';
import { psmlError } from '../psml-error.js';

// ------------------------------------------------------------- a small Swagger 2.0 schema (what Endpoints reads)
const Ref = z.strictObject({ $ref: z.string().regex(/^#\/definitions\/[A-Za-z]+$/) });
const SchemaObject: z.ZodType = z.lazy(() =>
  z.union([
    Ref,
    z.strictObject({
      type: z.enum(['object', 'array', 'string', 'integer', 'number', 'boolean']).optional(),
      format: z.string().optional(),
      description: z.string().optional(),
      required: z.array(z.string()).optional(),
      enum: z.array(z.string()).optional(),
      properties: z.record(z.string(), SchemaObject).optional(),
      items: SchemaObject.optional(),
    }),
  ]),
);
const Parameter = z.union([
  z.strictObject({ name: z.string(), in: z.literal('path'), required: z.literal(true), type: z.literal('string'), description: z.string().optional() }),
  z.strictObject({ name: z.string(), in: z.literal('body'), required: z.boolean(), schema: SchemaObject }),
]);
const Operation = z.strictObject({
  summary: z.string(),
  operationId: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  tags: z.array(z.string()),
  parameters: z.array(Parameter).optional(),
  responses: z.record(z.string().regex(/^[1-5]\d\d$/), z.strictObject({ description: z.string(), schema: SchemaObject.optional() })),
});
const Swagger = z.strictObject({
  swagger: z.literal('2.0'),
  info: z.strictObject({ title: z.string().min(1), description: z.string(), version: z.string().regex(/^\d+\.\d+\.\d+$/) }),
  host: z.string().regex(/^[a-z][a-z0-9-]*\.endpoints\.[a-z][-a-z0-9]*\.cloud\.goog$/),
  'x-google-endpoints': z.array(z.strictObject({ name: z.string(), target: z.string().optional() })).length(1),
  schemes: z.array(z.enum(['http', 'https'])),
  consumes: z.array(z.string()),
  produces: z.array(z.string()),
  paths: z.record(z.string().regex(/^\//), z.strictObject({ get: Operation.optional(), post: Operation.optional() })),
  definitions: z.record(z.string(), SchemaObject),
});

type Doc = ReturnType<typeof openApiDocument>;

function operations(doc: Doc) {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ path, method, op: op as { operationId: string; parameters?: { name: string; in: string }[] } })));
}

/** Every `$ref` resolves and every `{param}` of a path is declared as a path parameter (and vice versa). */
function checkReferences(doc: Doc): void {
  const refs = JSON.stringify(doc).match(/#\/definitions\/[A-Za-z]+/g) ?? [];
  for (const r of refs) expect(doc.definitions).toHaveProperty(r.split('/').pop()!);
  for (const { path, op } of operations(doc)) {
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
    const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name).sort();
    expect(declared, path).toEqual(templated);
  }
}

// -------------------------------------------------------------------------------------------- generators
const serviceName = fc
  .tuple(fc.stringMatching(/^[a-z]$/), fc.stringMatching(/^[a-z0-9-]{0,12}$/), fc.stringMatching(/^[a-z0-9]$/))
  .map(([a, b, c]) => a + b + c);
// a small pool of look-alike names and versions makes clashes between revisions likely, not astronomically rare
const lookAlike = fc.constantFrom('a', 'ab', 'a-b', 'a-b-v1', 'a-v1-2', 'default', 'churn');
const revision: fc.Arbitrary<RoutedRevision> = fc.oneof(
  fc.record({ service: lookAlike, major: fc.nat(3), minor: fc.nat(3) }),
  fc.record({ service: serviceName, major: fc.nat(99999), minor: fc.nat(99999) }),
);
const revisions = fc.array(revision, { maxLength: 12 });

describe('openApiDocument', () => {
  it('any set of valid revisions gives a valid document with unique operationIds and exactly their paths', () => {
    fc.assert(
      fc.property(revisions, fc.option(fc.nat(), { nil: undefined }), (revs, promotedIndex) => {
        const promoted = revs.length && promotedIndex !== undefined ? revs[promotedIndex % revs.length] : undefined;
        const doc = openApiDocument({ service: 'ml-api', project: PROJECT, revisions: revs, promoted });
        Swagger.parse(doc);
        checkReferences(doc);
        // the rendered YAML and JSON are the same document
        expect(parse(renderOpenApi(doc, 'yaml'))).toEqual(doc);
        expect(JSON.parse(renderOpenApi(doc, 'json'))).toEqual(doc);

        const ids = operations(doc).map((o) => o.op.operationId);
        expect(new Set(ids).size).toBe(ids.length);

        const prefixes = [...new Set(revs.map(routePrefix))];
        const expected = prefixes.flatMap((p) => REVISION_PATHS.map((rel) => `${p}${rel}`));
        if (promoted) expected.push(...REVISION_PATHS);
        expect(Object.keys(doc.paths).sort()).toEqual([...new Set(expected)].sort());
        expect(ids.length).toBe((prefixes.length + (promoted ? 1 : 0)) * OPERATION_NAMES.length);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: the same routes in any order (and duplicated) give the same bytes, with sorted paths', () => {
    fc.assert(
      fc.property(revisions, fc.infiniteStream(fc.nat()), (revs, seeds) => {
        const shuffled = [...revs, ...revs.slice(0, 2)].map((r) => ({ r, k: seeds.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.r);
        const a = renderOpenApi(openApiDocument({ service: 'ml-api', project: PROJECT, revisions: revs }));
        const b = renderOpenApi(openApiDocument({ service: 'ml-api', project: PROJECT, revisions: shuffled }));
        expect(b).toBe(a);
        const paths = Object.keys(openApiDocument({ service: 'ml-api', project: PROJECT, revisions: revs }).paths);
        expect(paths).toEqual([...paths].sort());
      }),
      { numRuns: 100 },
    );
  });

  it('operationIds are stable: a revision keeps its ids whatever else is routed', () => {
    fc.assert(
      fc.property(revision, revisions, (r, others) => {
        const idsOf = (revs: RoutedRevision[]) =>
          operations(openApiDocument({ service: 's', project: PROJECT, revisions: revs }))
            .filter((o) => o.path.startsWith(`${routePrefix(r)}/`))
            .map((o) => `${o.method} ${o.path} ${o.op.operationId}`)
            .sort();
        expect(idsOf([r, ...others])).toEqual(idsOf([r]));
      }),
      { numRuns: 100 },
    );
  });

  it('names the service, points the DNS name at the load balancer and describes OIP infer', () => {
    const doc = openApiDocument({ service: 'ml-api', project: PROJECT, revisions: [{ service: 'churn', major: 1, minor: 2 }], target: '203.0.113.7' });
    expect(doc.host).toBe(`ml-api.endpoints.${PROJECT}.cloud.goog`);
    expect(doc['x-google-endpoints']).toEqual([{ name: doc.host, target: '203.0.113.7' }]);
    const infer = doc.paths['/churn/v1.2/v2/models/{model_name}/infer']!.post as { operationId: string; parameters: { schema?: unknown }[]; responses: Record<string, { schema: unknown }> };
    expect(infer.operationId).toBe('churn_v1_2_infer');
    expect(infer.parameters.at(-1)!.schema).toEqual({ $ref: '#/definitions/InferRequest' });
    expect(infer.responses['200']!.schema).toEqual({ $ref: '#/definitions/InferResponse' });
    for (const t of ['RequestInput', 'ResponseOutput'] as const) {
      const def = doc.definitions[t] as { required: string[]; properties: Record<string, unknown> };
      expect(def.required).toEqual(['name', 'shape', 'datatype', 'data']);
    }
    expect(doc.paths['/v2/health/ready']).toBeUndefined(); // nothing promoted: no unprefixed paths
  });

  it('rejects bad service names, projects and revisions with the field to fix', () => {
    expect(psmlError(() => endpointsServiceName('ML_api', PROJECT)).field).toBe('endpoints.service');
    expect(psmlError(() => endpointsServiceName('ml', 'X')).field).toBe('project');
    expect(psmlError(() => openApiDocument({ service: 'ml', project: PROJECT, revisions: [{ service: 'Bad_Name', major: 1, minor: 0 }] })).field).toBe('revisions');
    expect(psmlError(() => openApiDocument({ service: 'ml', project: PROJECT, revisions: [], promoted: { service: 'a', major: 1, minor: 0 } })).field).toBe('promoted');
  });
});

describe('routesFromUrlMap', () => {
  const urlMaps = new UrlMapClient(new ComputeClients({ fallback: true, apiEndpoint: '127.0.0.1', port: 9, protocol: 'http' }), { project: PROJECT });
  const ctx = { project: PROJECT };

  it('reads the revisions and the promoted one from the map psml builds', () => {
    const a = experiment({ service: 'churn', minor: 2 });
    const b = experiment({ service: 'fraud-score', minor: 0 });
    let map = urlMaps.createSpecification(a, ctx);
    map = urlMaps.updateSpecification(b, ctx, map)!;
    const routes = routesFromUrlMap(map);
    expect(routes.revisions.map(routePrefix)).toEqual([resourceNames(a).routePrefix, resourceNames(b).routePrefix]);
    expect(routes.promoted && routePrefix(routes.promoted)).toBe(resourceNames(a).routePrefix);
    // after removing the promoted one, the default moves and the routes follow
    const after = routesFromUrlMap(urlMaps.removeSpecification(a, ctx, map)!);
    expect(after.revisions.map(routePrefix)).toEqual([resourceNames(b).routePrefix]);
    expect(after.promoted && routePrefix(after.promoted)).toBe(resourceNames(b).routePrefix);
  });

  it('ignores rules that are not psml revision prefixes, and no map means no routes', () => {
    expect(routesFromUrlMap(undefined)).toEqual({ revisions: [] });
    const routes = routesFromUrlMap({
      defaultService: 'global/backendServices/other',
      pathMatchers: [{ name: 'm', pathRules: [{ paths: ['/static/*', '/Upper/v1.0', '/churn/v1.2', '/churn/v1.2/*'], service: 'global/backendServices/churn-v1-2-be' }] }],
    });
    expect(routes).toEqual({ revisions: [{ service: 'churn', major: 1, minor: 2 }] });
  });
});
