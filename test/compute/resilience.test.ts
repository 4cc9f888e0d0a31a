/**
 * The base ResourceClient's behaviour under faults injected into the Compute Engine emulator: transient errors are
 * retried, giving up is a clear PsmlError, create and delete are idempotent, ownership decides adoption, stale
 * fingerprints are re-read and re-applied, a DONE operation with errors fails with its codes, lists follow pages.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startComputeEmulator, type ComputeEmulator } from '../../shared/emulators/compute/index.js';
import { ComputeClients } from '../../shared/gcp/compute-clients.js';
import { googleClientOptions } from '../../shared/gcp/client-options.js';
import { OperationError } from '../../shared/gcp/operations.js';
import { PsmlError } from '../../shared/errors.js';
import { HealthCheckClient, servingClients, trainingInstances, describeOwnership, type HealthCheck } from '../../shared/compute/index.js';
import { resourceNames } from '../../shared/manifest/names.js';
import { PROJECT, REGION, ZONE, ctx, experiment } from './fixtures.js';

let emulator: ComputeEmulator;
let clients: ComputeClients;
const fast = { retry: { minDelayMs: 2, maxDelayMs: 10, deadlineMs: 5_000 }, operation: { pollDelayMs: 2 } };
const exp = experiment();
const hcName = resourceNames(exp).healthCheck;
let healthChecks: HealthCheckClient;

beforeAll(async () => {
  emulator = await startComputeEmulator();
  clients = new ComputeClients(googleClientOptions('compute', emulator.url));
  healthChecks = new HealthCheckClient(clients, { project: PROJECT }, fast);
});
beforeEach(async () => {
  await emulator.control.reset();
  await emulator.control.setTiming({ waitsToDone: 1 });
});
afterAll(async () => {
  await clients?.close();
  await emulator?.close();
});

const requests = async (method: string, pathPart: string) =>
  (await emulator.control.requests()).filter((r) => r.method === method && r.path.includes(pathPart));

describe('transient errors', () => {
  it('retries injected 503 and 429 answers and then succeeds', async () => {
    await emulator.control.inject({
      http: [
        { method: 'POST', path: '/global/healthChecks\\?', status: 503, times: 1 },
        { method: 'POST', path: '/global/healthChecks\\?', status: 429, times: 1 },
      ],
    });
    const { outcome } = await healthChecks.create(healthChecks.createSpecification(exp, ctx));
    expect(outcome).toBe('created');
    const posts = await requests('POST', '/global/healthChecks?');
    expect(posts.map((r) => r.status)).toEqual([503, 429, 200]);
    // the retried insert carried one request id, so the API could deduplicate it
    expect(new Set(posts.map((r) => new URLSearchParams(r.path.split('?')[1]).get('requestId'))).size).toBe(1);
  });

  it('retries operationInProgress (409) and a failing operations.wait', async () => {
    await healthChecks.create(healthChecks.createSpecification(exp, ctx));
    await emulator.control.inject({
      http: [
        { method: 'DELETE', path: 'healthChecks/', status: 409, reason: 'operationInProgress', times: 2 },
        { method: 'POST', path: '/wait', status: 503, times: 1 },
      ],
    });
    expect(await healthChecks.delete(hcName)).toBe('deleted');
    expect(await healthChecks.find(hcName)).toBeUndefined();
  });

  it('gives up at the deadline with a PsmlError naming the resource and the last error', async () => {
    await emulator.control.inject({ http: [{ method: 'GET', path: 'healthChecks/', status: 503, times: 1000 }] });
    const impatient = new HealthCheckClient(clients, { project: PROJECT }, { retry: { minDelayMs: 5, maxDelayMs: 20, deadlineMs: 250 } });
    const err = await impatient.get(hcName).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    expect((err as PsmlError).resource).toBe(`healthChecks/${hcName}`);
    expect((err as PsmlError).message).toMatch(/kept failing \(HTTP 503 backendError\) after \d+ attempt/);
    expect((await requests('GET', `healthChecks/${hcName}`)).length).toBeGreaterThan(1);
  });

  it('does not retry a permission error, and says what to do', async () => {
    await emulator.control.inject({ http: [{ method: 'POST', path: 'healthChecks', status: 403, reason: 'forbidden', times: 5 }] });
    const err = await healthChecks.create(healthChecks.createSpecification(exp, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    expect((err as PsmlError).hint).toMatch(/permission/);
    expect((await requests('POST', '/global/healthChecks?')).length).toBe(1);
  });
});

describe('idempotency and ownership', () => {
  it('a second create adopts the resource that carries our ownership labels', async () => {
    const spec = healthChecks.createSpecification(exp, ctx);
    expect((await healthChecks.create(spec)).outcome).toBe('created');
    const again = await healthChecks.create(spec);
    expect(again.outcome).toBe('adopted');
    expect(again.resource.name).toBe(hcName);
    expect((await requests('POST', '/global/healthChecks?')).map((r) => r.status)).toEqual([200, 409]);
  });

  it('a name taken by a resource that is not ours is a conflict, and it is left alone', async () => {
    const foreign: HealthCheck = { ...healthChecks.createSpecification(exp, ctx), description: 'made by hand' };
    expect((await healthChecks.create(foreign)).outcome).toBe('created'); // made without psml's mark
    const err = await healthChecks.create(healthChecks.createSpecification(exp, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    expect((err as PsmlError).message).toMatch(/already exists and does not belong to this psml revision/);
    expect((err as PsmlError).details.join('\n')).toMatch(/found: \(none\)/);
    // another revision's resource is not ours either
    const other = healthChecks.createSpecification(experiment({ minor: 9 }), ctx);
    await expect(healthChecks.create({ ...other, name: hcName })).rejects.toThrow(/does not belong/);
    // and a guarded delete refuses to remove it
    await expect(healthChecks.delete(hcName, { owner: { 'managed-by': 'psml', 'psml-revision': 'v1-2' } })).rejects.toThrow(PsmlError);
    expect(await healthChecks.find(hcName)).toBeDefined();
  });

  it('deleting what does not exist is done (404)', async () => {
    expect(await healthChecks.delete('psml-never-created')).toBe('absent');
    expect((await requests('DELETE', 'psml-never-created')).map((r) => r.status)).toEqual([404]);
  });

  it('an error that is not ours to handle keeps the API message (400 in use)', async () => {
    const s = servingClients(PROJECT, REGION, fast, clients);
    for (const c of [s.healthChecks, s.instanceTemplates, s.instanceGroupManagers] as never as HealthCheckClient[])
      await c.create(c.createSpecification(exp, ctx));
    const err = await s.healthChecks.delete(hcName).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    expect((err as PsmlError).hint).toMatch(/delete dependants first/);
    // and a write that refers to something missing says so
    const missing = await s.urlMaps.create(s.urlMaps.createSpecification(exp, ctx)).catch((e: unknown) => e);
    expect((missing as PsmlError).message).toMatch(/refers to a resource that does not exist: .*backendServices\/churn-v1-2-be/);
  });
});

/** What a URL-map rule of `minors` refers to: each revision's backend service (and what that needs). */
async function backends(...minors: number[]) {
  const s = servingClients(PROJECT, REGION, fast, clients);
  for (const minor of minors) {
    const e = experiment({ minor });
    for (const c of [s.healthChecks, s.instanceTemplates, s.instanceGroupManagers, s.backendServices] as never as HealthCheckClient[])
      await c.create(c.createSpecification(e, ctx));
  }
  return s;
}

describe('fingerprint conflicts', () => {
  it('a 412 on the write re-reads and re-applies', async () => {
    const s = await backends(2, 3);
    await s.urlMaps.create(s.urlMaps.createSpecification(exp, ctx));
    await emulator.control.inject({ http: [{ method: 'PUT', path: 'urlMaps/', status: 412, times: 1 }] });
    const b = experiment({ minor: 3 });
    const { changed, resource } = await s.urlMaps.update('psml-url-map', (cur) => s.urlMaps.updateSpecification(b, ctx, cur));
    expect(changed).toBe(true);
    expect(resource.pathMatchers?.[0]?.pathRules?.map((r) => r.paths?.[0])).toEqual(['/churn/v1.2', '/churn/v1.3']);
    expect((await requests('PUT', 'urlMaps/')).map((r) => r.status)).toEqual([412, 200]);
    expect((await requests('GET', 'urlMaps/psml-url-map')).length).toBeGreaterThanOrEqual(3); // read, re-read, result
  });

  it('concurrent revisions on the shared URL map all land (real stale fingerprints)', async () => {
    const s = await backends(2, 3, 4, 5, 6);
    await s.urlMaps.create(s.urlMaps.createSpecification(exp, ctx));
    const revisions = [3, 4, 5, 6].map((minor) => experiment({ minor }));
    await Promise.all(revisions.map((r) => s.urlMaps.update('psml-url-map', (cur) => s.urlMaps.updateSpecification(r, ctx, cur))));
    const map = await s.urlMaps.get('psml-url-map');
    expect(map.pathMatchers?.[0]?.pathRules?.map((r) => r.paths?.[0]).sort()).toEqual(['/churn/v1.2', '/churn/v1.3', '/churn/v1.4', '/churn/v1.5', '/churn/v1.6']);
    // the writers really raced: some were refused for a stale fingerprint and re-applied
    expect((await requests('PUT', 'urlMaps/')).map((r) => r.status)).toContain(412);
  });

  it('gives up after the bound with a clear error', async () => {
    await backends(2, 3);
    const s = servingClients(PROJECT, REGION, { ...fast, maxUpdateAttempts: 3 }, clients);
    await s.urlMaps.create(s.urlMaps.createSpecification(exp, ctx));
    await emulator.control.inject({ http: [{ method: 'PUT', path: 'urlMaps/', status: 412, times: 10 }] });
    await expect(s.urlMaps.update('psml-url-map', (cur) => s.urlMaps.updateSpecification(experiment({ minor: 3 }), ctx, cur))).rejects.toThrow(
      /kept changing while psml updated it \(3 attempts\)/,
    );
  });
});

describe('operations that finish with errors', () => {
  it('a GPU stockout is an OperationError with ZONE_RESOURCE_POOL_EXHAUSTED and the zones it names', async () => {
    await emulator.control.inject({ stockouts: [{ zone: ZONE, acceleratorType: 'nvidia-tesla-t4' }] });
    const instances = trainingInstances(PROJECT, ZONE, fast, clients);
    const gpuExp = experiment({ gpu: true });
    const err = await instances.create(instances.createSpecification(gpuExp, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect(err).toBeInstanceOf(PsmlError);
    const op = err as OperationError;
    expect(op.codes).toContain('ZONE_RESOURCE_POOL_EXHAUSTED');
    expect(op.zones[0]).toBe(ZONE);
    expect(op.resource).toBe(`${ZONE}/instances/${resourceNames(gpuExp).trainingInstance}`);
    expect(op.message).toMatch(/ZONE_RESOURCE_POOL_EXHAUSTED/);
    expect(op.hint).toMatch(/zone/);
    // the next zone has capacity
    const other = trainingInstances(PROJECT, 'us-central1-b', fast, clients);
    expect((await other.create(other.createSpecification(gpuExp, ctx))).outcome).toBe('created');
  });

  it('QUOTA_EXCEEDED carries its code and HTTP status', async () => {
    await emulator.control.inject({ operations: [{ operationType: 'insert', code: 'QUOTA_EXCEEDED' }] });
    const err = await healthChecks.create(healthChecks.createSpecification(exp, ctx)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OperationError);
    expect((err as OperationError).codes).toEqual(['QUOTA_EXCEEDED']);
    expect((err as OperationError).httpStatus).toBe(403);
    expect((err as OperationError).hint).toMatch(/quota/i);
  });
});

describe('operation waiting', () => {
  it('polls wait() on the operation scope until DONE', async () => {
    await emulator.control.setTiming({ waitsToDone: 3 });
    const instances = trainingInstances(PROJECT, ZONE, fast, clients);
    await instances.create(instances.createSpecification(exp, ctx));
    const waits = await requests('POST', '/wait');
    expect(waits.length).toBe(3);
    expect(waits.every((r) => r.path.includes(`/zones/${ZONE}/operations/`))).toBe(true);
    await healthChecks.create(healthChecks.createSpecification(exp, ctx));
    expect((await requests('POST', '/global/operations/')).length).toBe(3);
  });

  it('an operation that never finishes ends in a PsmlError at the deadline', async () => {
    await emulator.control.setTiming({ waitsToDone: 1_000_000 });
    const impatient = new HealthCheckClient(clients, { project: PROJECT }, { ...fast, operation: { pollDelayMs: 5, deadlineMs: 200 } });
    await expect(impatient.create(impatient.createSpecification(exp, ctx))).rejects.toThrow(/operation .* is still (RUNNING|PENDING) after 0.2 s/);
  });
});

describe('lists', () => {
  it('follows every page when there are more items than maxResults, and filters on ownership', async () => {
    const paged = new HealthCheckClient(clients, { project: PROJECT }, { ...fast, pageSize: 3 });
    const base = paged.createSpecification(exp, ctx);
    const names = Array.from({ length: 8 }, (_, i) => `${hcName}-${i}`);
    await Promise.all(names.map((name) => paged.create({ ...base, name })));
    await paged.create({ ...base, name: 'someone-elses', description: describeOwnership({ 'managed-by': 'other' }) });
    const all = await paged.list();
    expect(all.map((h) => h.name).sort()).toEqual([...names, 'someone-elses'].sort());
    const ours = await paged.list({ labels: { 'managed-by': 'psml', 'psml-revision': 'v1-2' } });
    expect(ours.map((h) => h.name).sort()).toEqual(names.sort());
    const pages = (await requests('GET', '/global/healthChecks?')).filter((r) => r.path.includes('maxResults=3'));
    expect(pages.filter((r) => r.path.includes('pageToken=')).length).toBeGreaterThanOrEqual(3);
  });

  it('labelled collections are filtered by the API too', async () => {
    const instances = trainingInstances(PROJECT, ZONE, fast, clients);
    await instances.create(instances.createSpecification(exp, ctx));
    const other = experiment({ minor: 7 });
    await instances.create(instances.createSpecification(other, ctx));
    const found = await instances.list({ labels: { 'psml-revision': 'v1-7' } });
    expect(found.map((i) => i.name)).toEqual([resourceNames(other).trainingInstance]);
    const get = await requests('GET', '/instances?');
    expect(decodeURIComponent(get.at(-1)!.path)).toContain('labels.psml-revision = "v1-7"');
  });
});
