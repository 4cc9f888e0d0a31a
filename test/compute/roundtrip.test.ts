/**
 * Every resource's specification goes through the unmodified official client to the Compute Engine emulator:
 * create (waiting for the operation) → get → compare → delete, in the order the serving stack needs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startComputeEmulator, type ComputeEmulator } from '../../shared/emulators/compute/index.js';
import { ComputeClients } from '../../shared/gcp/compute-clients.js';
import { googleClientOptions } from '../../shared/gcp/client-options.js';
import { servingClients, trainingInstances, sameRef, type ResourceClient } from '../../shared/compute/index.js';
import { ownershipLabels } from '../../shared/manifest/names.js';
import { PROJECT, REGION, ZONE, ctx, experiment } from './fixtures.js';

let emulator: ComputeEmulator;
let clients: ComputeClients;
const fast = { retry: { minDelayMs: 5, maxDelayMs: 20, deadlineMs: 5_000 }, operation: { pollDelayMs: 5 } };

beforeAll(async () => {
  emulator = await startComputeEmulator({ timing: { waitsToDone: 2 } });
  clients = new ComputeClients(googleClientOptions('compute', emulator.url));
});
beforeEach(() => emulator.control.reset());
afterAll(async () => {
  await clients?.close();
  await emulator?.close();
});

/** Every field we sent comes back (URLs may come back absolute). */
function expectCarries(actual: unknown, sent: unknown, path = '$'): void {
  if (Array.isArray(sent)) {
    expect(Array.isArray(actual), path).toBe(true);
    sent.forEach((s, i) => expectCarries((actual as unknown[])[i], s, `${path}[${i}]`));
  } else if (sent && typeof sent === 'object') {
    for (const [k, v] of Object.entries(sent)) expectCarries((actual as Record<string, unknown>)?.[k], v, `${path}.${k}`);
  } else if (typeof sent === 'string' && sent.includes('/')) {
    expect(sameRef(actual as string, sent) || actual === sent || String(actual).endsWith(sent), `${path}: ${String(actual)} vs ${sent}`).toBe(true);
  } else {
    expect(actual, path).toEqual(sent);
  }
}

describe('round trip through the official client', () => {
  it('serving stack: create → get → compare → delete, every resource', async () => {
    const exp = experiment({ gpu: true });
    const s = servingClients(PROJECT, REGION, fast, clients);
    // dependency order: health check, template, firewall → MIG → autoscaler, backend → URL map → proxy → rule
    const order: ResourceClient<{ name?: string | null }>[] = [
      s.healthChecks,
      s.instanceTemplates,
      s.firewalls,
      s.instanceGroupManagers,
      s.autoscalers,
      s.backendServices,
      s.urlMaps,
      s.targetHttpProxies,
      s.forwardingRules,
    ] as never;
    for (const client of order) {
      const spec = client.createSpecification(exp, ctx);
      const { resource, outcome } = await client.create(spec);
      expect(outcome, client.collection).toBe('created');
      expectCarries(resource, spec, client.collection);
      const got = await client.get(spec.name!);
      expect(got).toEqual(resource);
      expect(client.ownerLabels(got), client.collection).toMatchObject(
        ['urlMaps', 'targetHttpProxies', 'forwardingRules'].includes(client.collection) ? { 'managed-by': 'psml' } : ownershipLabels(exp),
      );
    }
    // listing by ownership labels finds the revision's resources (labels or description marks)
    expect((await s.backendServices.list({ labels: ownershipLabels(exp) })).map((r) => r.name)).toEqual([s.backendServices.createSpecification(exp, ctx).name]);
    for (const client of [...order].reverse()) {
      const name = client.createSpecification(exp, ctx).name!;
      expect(await client.delete(name), client.collection).toBe('deleted');
      expect(await client.find(name)).toBeUndefined();
    }
  });

  it('training instance: create → get → compare → delete', async () => {
    const exp = experiment({ gpu: true, spot: true });
    const instances = trainingInstances(PROJECT, ZONE, fast, clients);
    const spec = instances.createSpecification(exp, ctx);
    const { resource } = await instances.create(spec);
    // disks[].initializeParams is input-only: the API never returns it
    const { disks, ...rest } = spec;
    expectCarries(resource, rest);
    expect(resource.disks?.[0]).toMatchObject({ boot: true, autoDelete: true });
    expect(resource.status).toBeDefined();
    const listed = await instances.list({ labels: ownershipLabels(exp) });
    expect(listed.map((i) => i.name)).toEqual([spec.name]);
    expect(await instances.delete(spec.name!)).toBe('deleted');
  });

  it('URL map: a second revision is added and removed by read-modify-write', async () => {
    const a = experiment({ minor: 2 });
    const b = experiment({ minor: 3 });
    const s = servingClients(PROJECT, REGION, fast, clients);
    for (const exp of [a, b]) {
      for (const c of [s.healthChecks, s.instanceTemplates, s.instanceGroupManagers, s.backendServices] as ResourceClient<{ name?: string | null }>[])
        await c.create(c.createSpecification(exp, ctx));
    }
    expect((await s.urlMaps.addRevision(a, ctx)).outcome).toBe('created');
    expect((await s.urlMaps.addRevision(b, ctx)).outcome).toBe('updated');
    expect((await s.urlMaps.addRevision(b, ctx)).outcome).toBe('adopted'); // nothing to change
    const map = await s.urlMaps.get('psml-url-map');
    expect(map.pathMatchers?.[0]?.pathRules?.map((r) => r.paths?.[0])).toEqual(['/churn/v1.2', '/churn/v1.3']);
    expect(await s.urlMaps.removeRevision(a, ctx)).toBe('removed');
    // a's backend service is no longer referenced: it can go
    expect(await s.backendServices.delete(s.backendServices.createSpecification(a, ctx).name!)).toBe('deleted');
    expect(await s.urlMaps.removeRevision(b, ctx)).toBe('last');
  });
});
