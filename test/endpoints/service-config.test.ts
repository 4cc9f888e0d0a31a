/**
 * EndpointsConfig with the unmodified official Service Management and Service Usage clients against the local
 * emulator: create the service once, submit, roll out 100 %, enable it in its project, do none of it again for an
 * unchanged document, recover a missing rollout or enablement, and clear PsmlErrors for unknown services, foreign
 * services, rejected documents, a denied enablement and unreachable endpoints.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EndpointsConfig, serviceManagerClient } from '../../shared/endpoints/service-config.js';
import { endpointsServiceName, openApiDocument, renderOpenApi } from '../../shared/endpoints/openapi.js';
import { startServiceManagementEmulator, type ServiceManagementEmulator } from '../../shared/emulators/servicemanagement/server.js';
import { PsmlError } from '../../shared/errors.js';
import { PROJECT } from '../stacks/fixtures.js';

const fastRetry = { minDelayMs: 5, maxDelayMs: 20, retries: 3, deadlineMs: 5_000 };
const doc = (...minors: number[]) =>
  renderOpenApi(openApiDocument({ service: 'ml-api', project: PROJECT, revisions: minors.map((minor) => ({ service: 'churn', major: 1, minor })) }));

async function rejection(p: Promise<unknown>): Promise<PsmlError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(PsmlError);
  return e as PsmlError;
}

describe('EndpointsConfig against the Service Management emulator', () => {
  let emu: ServiceManagementEmulator;
  const name = endpointsServiceName('ml-api', PROJECT);
  const opened: EndpointsConfig[] = [];
  const config = (o: Partial<ConstructorParameters<typeof EndpointsConfig>[1]> = {}, service = name) => {
    const c = new EndpointsConfig(service, { project: PROJECT, endpoint: emu.url, retry: fastRetry, ...o });
    opened.push(c);
    return c;
  };

  beforeAll(async () => {
    emu = await startServiceManagementEmulator();
  });
  afterAll(async () => {
    await Promise.all(opened.map((c) => c.close()));
    await emu.close();
  });
  beforeEach(() => {
    emu.services.delete(name);
  });

  const enableCalls = () => emu.requests.filter((q) => q.path === `/v1/projects/${PROJECT}/services/${name}:enable`).length;

  it('creates the service, submits the document, rolls it out to 100 % and enables the service in its project', async () => {
    const r = await config().publish(doc(2));
    expect(r).toMatchObject({ serviceName: name, serviceCreated: true, submitted: true, rolledOut: true, enabled: true });
    expect(emu.enabledIn(name)).toEqual([PROJECT]);
    expect(emu.configSources(name)).toEqual([doc(2)]);
    expect(emu.rollouts(name).map((x) => x.trafficPercentStrategy.percentages)).toEqual([{ [r.configId]: 100 }]);
    expect(r.rolloutId).toBe(emu.rollouts(name)[0]!.rolloutId);
    // the long-running operations were really polled
    expect(emu.requests.some((q) => q.path.startsWith('/v1/operations/'))).toBe(true);
  });

  it('is idempotent: the same document submits and rolls out nothing; a changed one gets a new config', async () => {
    const first = await config().publish(doc(2));
    const enables = enableCalls();
    const again = await config().publish(doc(2));
    expect(again).toEqual({ serviceName: name, serviceCreated: false, configId: first.configId, submitted: false, rolledOut: false, enabled: false });
    expect(enableCalls()).toBe(enables);
    expect(emu.configSources(name)).toHaveLength(1);
    expect(emu.rollouts(name)).toHaveLength(1);

    const changed = await config().publish(doc(2, 3));
    expect(changed.submitted).toBe(true);
    expect(changed.configId).not.toBe(first.configId);
    expect(emu.configSources(name)).toEqual([doc(2), doc(2, 3)]);
    expect(emu.rollouts(name).at(-1)!.trafficPercentStrategy.percentages).toEqual({ [changed.configId]: 100 });
  });

  it('rolls out a config that was submitted but never rolled out (a crash in between)', async () => {
    const c = config();
    await c.ensureService();
    const id = await c.submit(doc(4));
    expect(emu.rollouts(name)).toHaveLength(0);
    const r = await c.publish(doc(4));
    expect(r).toMatchObject({ configId: id, submitted: false, rolledOut: true });
    expect(emu.rollouts(name).map((x) => x.trafficPercentStrategy.percentages)).toEqual([{ [id]: 100 }]);
  });

  it('a denied enablement names the permission; the re-run only enables (the config is already submitted and serving)', async () => {
    emu.injectFault(`/services/${name}:enable`, 403);
    const e = await rejection(config().publish(doc(6)));
    expect(e.message).toContain(`permission denied to enable Cloud Endpoints service ${name} in project ${PROJECT}`);
    expect(e.hint).toContain('serviceusage.services.enable');
    expect(emu.enabledIn(name)).toEqual([]);
    expect(emu.rollouts(name)).toHaveLength(1);
    const r = await config().publish(doc(6));
    expect(r).toMatchObject({ submitted: false, rolledOut: false, enabled: true });
    expect(emu.enabledIn(name)).toEqual([PROJECT]);
  });

  it('PSML_SERVICEUSAGE_ENDPOINT sends Service Usage (only) elsewhere', async () => {
    const dead = await startServiceManagementEmulator();
    const url = dead.url;
    await dead.close();
    const saved = process.env.PSML_SERVICEUSAGE_ENDPOINT;
    process.env.PSML_SERVICEUSAGE_ENDPOINT = url;
    try {
      const e = await rejection(config().publish(doc(8)));
      expect(e.message).toContain(`cannot reach Service Usage at ${url}`);
      expect(e.hint).toContain('PSML_SERVICEUSAGE_ENDPOINT');
      // Service Management went to the emulator as before
      expect(emu.configSources(name)).toEqual([doc(8)]);
    } finally {
      if (saved === undefined) delete process.env.PSML_SERVICEUSAGE_ENDPOINT;
      else process.env.PSML_SERVICEUSAGE_ENDPOINT = saved;
    }
  });

  it('retries transient errors (503) of the API', async () => {
    emu.injectFault('/configs:submit', 503, 2);
    const r = await config().publish(doc(5));
    expect(r.submitted).toBe(true);
    expect(emu.requests.filter((q) => q.path.endsWith('/configs:submit')).map((q) => q.status)).toEqual(expect.arrayContaining([503, 503, 200]));
  });

  it('an unknown service is a clear error when creating is not allowed, and nothing is created', async () => {
    const e = await rejection(config({ createService: false }).publish(doc(2)));
    expect(e.message).toContain(`${name} does not exist`);
    expect(e.field).toBe('endpoints.service');
    expect(e.hint).toContain('endpoints.service');
    expect(emu.services.has(name)).toBe(false);
  });

  it("a service name of another project is a permission error naming the service and the project", async () => {
    const e = await rejection(config({}, 'x.endpoints.other-project.cloud.goog').publish(doc(2)));
    expect(e.resource).toBe('x.endpoints.other-project.cloud.goog');
    expect(e.message).toContain('permission denied to create');
    expect(e.hint).toContain(`project ${PROJECT}`);
    expect(emu.services.has('x.endpoints.other-project.cloud.goog')).toBe(false);
  });

  it('a document for another host is rejected with the reason', async () => {
    const c = config();
    await c.ensureService();
    const other = renderOpenApi(openApiDocument({ service: 'other', project: PROJECT, revisions: [] }));
    const e = await rejection(c.submit(other));
    expect(e.message).toContain('"host"');
    expect(emu.configSources(name)).toHaveLength(0);
  });

  it('an unreachable endpoint fails fast with the endpoint named', async () => {
    const dead = await startServiceManagementEmulator();
    const url = dead.url;
    await dead.close();
    const e = await rejection(new EndpointsConfig(name, { project: PROJECT, endpoint: url, retry: fastRetry }).publish(doc(1)));
    expect(e.message).toContain(`cannot reach Service Management at ${url}`);
  });

  it('PSML_SERVICEMANAGEMENT_ENDPOINT points the client at the emulator when no endpoint is given', async () => {
    const saved = process.env.PSML_SERVICEMANAGEMENT_ENDPOINT;
    process.env.PSML_SERVICEMANAGEMENT_ENDPOINT = emu.url;
    try {
      const r = await config({ endpoint: undefined }).publish(doc(7));
      expect(r.submitted).toBe(true);
      expect(emu.configSources(name)).toEqual([doc(7)]);
    } finally {
      if (saved === undefined) delete process.env.PSML_SERVICEMANAGEMENT_ENDPOINT;
      else process.env.PSML_SERVICEMANAGEMENT_ENDPOINT = saved;
    }
  });

  it('the emulator is strict: unknown fields and query parameters are 400, unknown services 404', async () => {
    const post = (path: string, body: unknown) => fetch(`${emu.url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    expect((await post('/v1/services', { serviceName: name, producerProjectId: PROJECT, bogus: 1 })).status).toBe(400);
    expect((await fetch(`${emu.url}/v1/services/${name}?bogus=1`)).status).toBe(400);
    // Service Usage: an unknown service is 403 as in production, enable takes an empty body
    expect((await fetch(`${emu.url}/v1/projects/${PROJECT}/services/nope.endpoints.${PROJECT}.cloud.goog`)).status).toBe(403);
    await config().ensureService();
    expect((await post(`/v1/projects/${PROJECT}/services/${name}:enable`, { bogus: 1 })).status).toBe(400);
    expect(emu.enabledIn(name)).toEqual([]);
    const missing = await fetch(`${emu.url}/v1/services/nope.endpoints.${PROJECT}.cloud.goog/configs`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { status: string } }).error.status).toBe('NOT_FOUND');
    // the official client sees the same 404 as gRPC NOT_FOUND (code 5)
    const client = serviceManagerClient(emu.url);
    try {
      await expect(client.getService({ serviceName: `nope.endpoints.${PROJECT}.cloud.goog` })).rejects.toMatchObject({ code: 5 });
    } finally {
      await client.close();
    }
  });
});
