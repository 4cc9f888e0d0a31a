/**
 * ServingEndpoint through the official client against the Compute Engine emulator, which rejects references to
 * resources that do not exist and deletions of resources still referenced — so ordering bugs fail here.
 */
import { describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { ServingEndpoint } from '../../shared/stacks/serving-endpoint.js';
import { REFERENCES, STACK_KINDS, planCounts, type StackKind } from '../../shared/stacks/serving-plan.js';
import { PROJECT, experiment, fast, sharedEmulator, type ExperimentOpts } from './fixtures.js';

const env = sharedEmulator();

const endpoint = (o: ExperimentOpts = {}) =>
  new ServingEndpoint(experiment(o), { project: PROJECT, clients: env().clients, resourceOptions: fast });

/** Names per collection (`projects/p/global/healthChecks` → [names]) — the whole emulated cloud. */
async function inventory(): Promise<Record<string, string[]>> {
  const s = await env().emu.control.state();
  return Object.fromEntries(
    Object.entries(s.resources)
      .filter(([, c]) => Object.keys(c).length)
      .map(([k, c]) => [k.replace(`projects/${PROJECT}/`, ''), Object.keys(c).sort()]),
  );
}

const mutations = async () => (await env().emu.control.requests()).filter((r) => r.method !== 'GET' && !r.path.includes('/operations/'));

describe('apply', () => {
  it('creates the whole stack in dependency order, serves, and a re-run plans nothing', async () => {
    const ep = endpoint();
    const { done } = await ep.apply(await ep.planDeploy());
    expect([...done].sort()).toEqual([...STACK_KINDS].sort());
    for (const k of STACK_KINDS) for (const ref of REFERENCES[k]) expect(done.indexOf(ref), `${ref} before ${k}`).toBeLessThan(done.indexOf(k));

    const inv = await inventory();
    expect(inv['global/healthChecks']).toEqual(['churn-v1-2-hc']);
    expect(inv['global/instanceTemplates']).toEqual(['churn-v1-2-tpl']);
    expect(inv['regions/us-central1/instanceGroupManagers']).toEqual(['churn-v1-2-mig']);
    expect(inv['regions/us-central1/autoscalers']).toEqual(['churn-v1-2-as']);
    expect(inv['global/urlMaps']).toEqual(['psml-url-map']);
    expect(inv['global/forwardingRules']).toEqual(['psml-http-rule']);

    const status = await ep.waitUntilServing({ timeoutMs: 5000, pollMs: 20 });
    expect(status).toMatchObject({ stable: true, targetSize: 1, healthy: 1, errors: [] });
    expect(await ep.url()).toMatch(/^http:\/\/[\d.]+\/churn\/v1\.2$/);
    expect(await ep.defaultBackend()).toBe('churn-v1-2-be');

    await env().emu.control.clearRequests();
    const again = await ep.planDeploy();
    expect(planCounts(again)).toMatchObject({ keep: STACK_KINDS.length });
    await ep.apply(again);
    expect(await mutations()).toEqual([]); // a no-op plan sends no mutation
  });

  it('converges after a fault in the middle of an apply: same final state, no duplicates', async () => {
    // reference: an uninterrupted deploy
    await endpoint().deploy();
    const reference = await inventory();
    await env().emu.control.reset();

    // the backend service's operation fails (quota) after the group and autoscaler exist
    await env().emu.control.inject({ operations: [{ operationType: 'insert', target: 'backendServices/churn-v1-2-be', code: 'QUOTA_EXCEEDED' }] });
    const ep = endpoint();
    const err = await ep.deploy().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PsmlError);
    expect((err as PsmlError).message).toMatch(/stopped at backendService/);
    expect((err as PsmlError).message).toMatch(/QUOTA_EXCEEDED/);
    const partial = await inventory();
    expect(partial['global/backendServices']).toBeUndefined();
    expect(partial['global/urlMaps']).toBeUndefined();
    expect(partial['regions/us-central1/instanceGroupManagers']).toEqual(['churn-v1-2-mig']);

    const resumed = await ep.planDeploy();
    const actions = Object.fromEntries(resumed.steps.map((s) => [s.kind, s.action])) as Record<StackKind, string>;
    expect(actions).toMatchObject({ healthCheck: 'keep', instanceTemplate: 'keep', instanceGroupManager: 'keep', backendService: 'create', urlMap: 'create', forwardingRule: 'create' });
    await ep.apply(resumed);

    const after = await inventory();
    const names = (inv: Record<string, string[]>) => Object.fromEntries(Object.entries(inv).filter(([k]) => !k.includes('/instances')));
    expect(names(after)).toEqual(names(reference));
    // exactly min replicas VMs, none doubled by the retry
    const vms = Object.entries(after).filter(([k]) => k.endsWith('/instances')).flatMap(([, v]) => v);
    expect(vms).toHaveLength(1);
    expect(planCounts(await ep.planDeploy())).toMatchObject({ keep: STACK_KINDS.length });
  });

  it('updates drifted settings in place and refuses a changed template without touching anything', async () => {
    await endpoint({ max: 3 }).deploy();
    const bigger = endpoint({ max: 6 });
    const p = await bigger.planDeploy();
    expect(p.steps.filter((s) => s.action !== 'keep').map((s) => [s.kind, s.action])).toEqual([['autoscaler', 'update']]);
    await bigger.apply(p);
    const as = await bigger.clients.autoscalers.get('churn-v1-2-as');
    expect(as.autoscalingPolicy?.maxNumReplicas).toBe(6);

    await env().emu.control.clearRequests();
    const changed = endpoint({ max: 6, image: 'us-central1-docker.pkg.dev/psml-test/psml/churn:retrained' });
    const blocked = await changed.planDeploy();
    expect(blocked.steps.find((s) => s.kind === 'instanceTemplate')?.action).toBe('blocked');
    await expect(changed.apply(blocked)).rejects.toThrow(/blocked, nothing was changed: .*bump the version/);
    expect(await mutations()).toEqual([]);
  });

  it('waits boundedly and explains a group that cannot start (stockout) or stays unhealthy', async () => {
    await env().emu.control.inject({ stockouts: [{ zone: 'us-central1-a' }, { zone: 'us-central1-b' }] });
    const ep = endpoint();
    await ep.deploy();
    const err = (await ep.waitUntilServing({ timeoutMs: 200, pollMs: 20 }).catch((e: unknown) => e)) as PsmlError;
    expect(err).toBeInstanceOf(PsmlError);
    expect(err.message).toMatch(/not serving after 0 s: group not stable, 0\/1 backends healthy/);
    expect(err.hint).toMatch(/no capacity/);
    expect(err.details.join('\n')).toMatch(/ZONE_RESOURCE_POOL_EXHAUSTED/);

    await env().emu.control.clearFaults();
    await env().emu.control.reset();
    await ep.deploy();
    const vm = (await ep.status()).backends[0]!.instance;
    const zone = (await env().emu.control.state()).resources;
    const key = Object.keys(zone).find((k) => k.endsWith('/instances') && zone[k]![vm])!;
    await env().emu.control.setHealth(`${key}/${vm}`, 'UNHEALTHY');
    await expect(ep.waitUntilServing({ timeoutMs: 100, pollMs: 20 })).rejects.toThrow(/0\/1 backends healthy/);
  });
});

describe('teardown', () => {
  it('removes one revision in reverse order, keeps the shared resources and the other revision, and verifies by label', async () => {
    const v1 = endpoint({ minor: 1 });
    const v2 = endpoint({ minor: 2 });
    await v1.deploy();
    await v2.deploy();
    await v2.promote();
    await env().emu.control.clearRequests();

    const { plan, leftovers } = await v2.teardown();
    expect(leftovers).toEqual([]);
    expect(plan.steps.find((s) => s.kind === 'urlMap')?.action).toBe('update');
    // reverse order, as the API requires: route, backend service, group (after autoscaler), template and health check
    const deletes = (await mutations()).map((r) => `${r.method} ${r.path.split('?')[0]!.split('/').slice(-2).join('/')}`);
    const at = (s: string) => deletes.findIndex((d) => d.includes(s));
    expect(at('PUT urlMaps')).toBeLessThan(at('DELETE backendServices'));
    expect(at('DELETE backendServices')).toBeLessThan(at('DELETE instanceGroupManagers'));
    expect(at('DELETE autoscalers')).toBeLessThan(at('DELETE instanceGroupManagers'));
    expect(at('DELETE instanceGroupManagers')).toBeLessThan(at('DELETE instanceTemplates'));
    expect(at('DELETE instanceGroupManagers')).toBeLessThan(at('DELETE healthChecks'));

    expect(await v2.leftovers()).toEqual([]);
    expect(await v1.leftovers()).not.toEqual([]);
    const inv = await inventory();
    expect(inv['global/urlMaps']).toEqual(['psml-url-map']);
    expect(inv['global/targetHttpProxies']).toEqual(['psml-http-proxy']);
    expect(inv['global/forwardingRules']).toEqual(['psml-http-rule']);
    expect(inv['global/backendServices']).toEqual(['churn-v1-1-be']);
    // the default route moved off the removed revision
    expect(await v1.defaultBackend()).toBe('churn-v1-1-be');
    expect(planCounts(await v1.planDeploy())).toMatchObject({ keep: STACK_KINDS.length });
  });

  it('refuses to orphan the shared URL map without --all, and with --all removes everything', async () => {
    const ep = endpoint();
    await ep.deploy();
    await env().emu.control.clearRequests();
    await expect(ep.teardown(false)).rejects.toThrow(/--all/);
    expect(await mutations()).toEqual([]);

    await ep.teardown(true);
    expect(await inventory()).toEqual({});
    // idempotent: a second teardown is all keep
    expect(planCounts(await ep.planTeardown(true))).toMatchObject({ keep: STACK_KINDS.length });
  });

  it('converges when a teardown is interrupted', async () => {
    const ep = endpoint();
    await ep.deploy();
    await env().emu.control.inject({ http: [{ method: 'DELETE', path: 'instanceGroupManagers/churn-v1-2-mig', status: 400, reason: 'invalid' }] });
    await expect(ep.teardown(true)).rejects.toThrow(/stopped at instanceGroupManager/);
    const { leftovers } = await ep.teardown(true);
    expect(leftovers).toEqual([]);
    expect(await inventory()).toEqual({});
  });
});

describe('promote', () => {
  it('points the default route at the revision, re-reading on a stale fingerprint (412)', async () => {
    const v1 = endpoint({ minor: 1 });
    const v2 = endpoint({ minor: 2 });
    await v1.deploy();
    await v2.deploy();
    expect(await v2.defaultBackend()).toBe('churn-v1-1-be');

    await env().emu.control.clearRequests();
    await env().emu.control.inject({ http: [{ method: 'PUT', path: 'urlMaps/psml-url-map', status: 412, times: 1 }] });
    const r = await v2.promote();
    expect(r).toEqual({ changed: true, previous: 'churn-v1-1-be' });
    const puts = (await env().emu.control.requests()).filter((q) => q.method === 'PUT' && q.path.includes('urlMaps'));
    expect(puts.map((q) => q.status)).toEqual([412, 200]);
    const map = await v2.clients.urlMaps.get('psml-url-map');
    expect(map.defaultService).toMatch(/backendServices\/churn-v1-2-be$/);
    expect(map.pathMatchers?.[0]?.defaultService).toMatch(/backendServices\/churn-v1-2-be$/);
    // both routes are still there
    expect(map.pathMatchers?.[0]?.pathRules?.map((x) => x.paths?.[0])).toEqual(['/churn/v1.1', '/churn/v1.2']);
    expect(await v2.promote()).toMatchObject({ changed: false });
  });

  it('refuses to promote a revision that is not deployed', async () => {
    await endpoint({ minor: 1 }).deploy();
    await expect(endpoint({ minor: 9 }).promote()).rejects.toThrow(/not deployed/);
  });
});
