import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootDisk, emulator, failure, link, ok, project, region, templateBody, zone, type Clients } from './helpers.js';
import type { ComputeEmulator } from '../../../shared/emulators/compute/index.js';

let emu: ComputeEmulator;
let c: Clients;
beforeAll(async () => ({ emu, c } = await emulator()));
afterAll(() => emu.close());

describe('serving stack through the official client', () => {
  it('creates template → MIG → autoscaler → backend service → URL map → proxy → forwarding rule, and reports health', async () => {
    await ok(c, c.healthChecks.insert({ project, healthCheckResource: { name: 'hc-v1', type: 'HTTP', httpHealthCheck: { port: 8080, requestPath: '/health' } } }));
    const [hc] = await c.healthChecks.get({ project, healthCheck: 'hc-v1' });
    expect(hc).toMatchObject({ kind: 'compute#healthCheck', checkIntervalSec: 5, timeoutSec: 5, selfLink: link('global/healthChecks/hc-v1') });
    expect(hc.id).toMatch(/^\d+$/);
    expect(hc.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT/);

    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('tpl-v1', { guestAccelerators: [{ acceleratorType: 'nvidia-tesla-t4', acceleratorCount: 1 }], scheduling: { onHostMaintenance: 'TERMINATE' } }) }));
    await ok(c, c.migs.insert({
      project,
      zone,
      instanceGroupManagerResource: {
        name: 'mig-v1',
        baseInstanceName: 'serve-v1',
        instanceTemplate: 'global/instanceTemplates/tpl-v1',
        targetSize: 2,
        namedPorts: [{ name: 'http', port: 8080 }],
        autoHealingPolicies: [{ healthCheck: 'global/healthChecks/hc-v1', initialDelaySec: 600 }],
      },
    }));
    const [mig] = await c.migs.get({ project, zone, instanceGroupManager: 'mig-v1' });
    expect(mig).toMatchObject({ targetSize: 2, instanceGroup: link(`zones/${zone}/instanceGroups/mig-v1`), status: { isStable: true, versionTarget: { isReached: true } } });
    const [managed] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'mig-v1' });
    expect(managed).toHaveLength(2);
    for (const m of managed) expect(m).toMatchObject({ currentAction: 'NONE', instanceStatus: 'RUNNING', version: { instanceTemplate: link('global/instanceTemplates/tpl-v1') } });
    // members are real instances built from the template
    const [member] = await c.instances.get({ project, zone, instance: managed[0]!.instance!.split('/').at(-1)! });
    expect(member.machineType).toBe(link(`zones/${zone}/machineTypes/n1-standard-4`));
    expect(member.guestAccelerators?.[0]?.acceleratorType).toBe(link(`zones/${zone}/acceleratorTypes/nvidia-tesla-t4`));
    expect(member.labels).toEqual({ 'managed-by': 'psml' });
    const [group] = await c.groups.get({ project, zone, instanceGroup: 'mig-v1' });
    expect(group.size).toBe(2);

    await ok(c, c.autoscalers.insert({ project, zone, autoscalerResource: { name: 'as-v1', target: mig.selfLink!, autoscalingPolicy: { minNumReplicas: 3, maxNumReplicas: 5, cpuUtilization: { utilizationTarget: 0.7 } } } }));
    const [scaled] = await c.migs.get({ project, zone, instanceGroupManager: 'mig-v1' });
    expect(scaled.targetSize).toBe(3); // raised to the autoscaler's minimum
    expect(scaled.status?.autoscaler).toBe(link(`zones/${zone}/autoscalers/as-v1`));

    await ok(c, c.backendServices.insert({ project, backendServiceResource: { name: 'bs-v1', healthChecks: [hc.selfLink!], backends: [{ group: mig.instanceGroup! }], portName: 'http' } }));
    const [health] = await c.backendServices.getHealth({ project, backendService: 'bs-v1', resourceGroupReferenceResource: { group: mig.instanceGroup! } });
    expect(health.healthStatus).toHaveLength(3);
    expect(health.healthStatus!.every((h) => h.healthState === 'HEALTHY' && h.port === 8080)).toBe(true);
    await emu.control.setHealth(health.healthStatus![0]!.instance!, 'UNHEALTHY');
    const [health2] = await c.backendServices.getHealth({ project, backendService: 'bs-v1', resourceGroupReferenceResource: { group: mig.instanceGroup! } });
    expect(health2.healthStatus!.map((h) => h.healthState).sort()).toEqual(['HEALTHY', 'HEALTHY', 'UNHEALTHY']);

    await ok(c, c.urlMaps.insert({ project, urlMapResource: { name: 'um', defaultService: 'global/backendServices/bs-v1', hostRules: [{ hosts: ['*'], pathMatcher: 'pm' }], pathMatchers: [{ name: 'pm', defaultService: 'global/backendServices/bs-v1', pathRules: [{ paths: ['/v1/*'], service: 'global/backendServices/bs-v1' }] }] } }));
    await ok(c, c.proxies.insert({ project, targetHttpProxyResource: { name: 'proxy', urlMap: 'global/urlMaps/um' } }));
    await ok(c, c.forwardingRules.insert({ project, forwardingRuleResource: { name: 'fr', target: 'global/targetHttpProxies/proxy', portRange: '80', labels: { 'managed-by': 'psml' } } }));
    const [fr] = await c.forwardingRules.get({ project, forwardingRule: 'fr' });
    expect(fr).toMatchObject({ IPProtocol: 'TCP', portRange: '80-80', target: link('global/targetHttpProxies/proxy') });
    expect(fr.IPAddress).toMatch(/^203\.0\.113\.\d+$/);

    // teardown order matters: everything referenced is protected
    for (const [del, by] of [
      [() => c.proxies.delete({ project, targetHttpProxy: 'proxy' }), 'forwardingRules/fr'],
      [() => c.urlMaps.delete({ project, urlMap: 'um' }), 'targetHttpProxies/proxy'],
      [() => c.backendServices.delete({ project, backendService: 'bs-v1' }), 'urlMaps/um'],
      [() => c.migs.delete({ project, zone, instanceGroupManager: 'mig-v1' }), 'autoscalers/as-v1'],
      [() => c.templates.delete({ project, instanceTemplate: 'tpl-v1' }), 'instanceGroupManagers/mig-v1'],
      [() => c.healthChecks.delete({ project, healthCheck: 'hc-v1' }), 'instanceGroupManagers/mig-v1'],
    ] as const) {
      const f = await failure(del());
      expect(f).toMatchObject({ status: 400, reason: 'resourceInUseByAnotherResource' });
      expect(f.message).toContain(by);
    }
    await ok(c, c.forwardingRules.delete({ project, forwardingRule: 'fr' }));
    await ok(c, c.proxies.delete({ project, targetHttpProxy: 'proxy' }));
    await ok(c, c.urlMaps.delete({ project, urlMap: 'um' }));
    // the MIG's instance group is still a backend
    await ok(c, c.autoscalers.delete({ project, zone, autoscaler: 'as-v1' }));
    expect(await failure(c.migs.delete({ project, zone, instanceGroupManager: 'mig-v1' }))).toMatchObject({ reason: 'resourceInUseByAnotherResource' });
    await ok(c, c.backendServices.delete({ project, backendService: 'bs-v1' }));
    await ok(c, c.migs.delete({ project, zone, instanceGroupManager: 'mig-v1' }));
    const [left] = await c.instances.list({ project, zone });
    expect(left).toEqual([]); // members go with their group
    await ok(c, c.templates.delete({ project, instanceTemplate: 'tpl-v1' }));
    await ok(c, c.healthChecks.delete({ project, healthCheck: 'hc-v1' }));
    expect((await emu.control.state()).resources).toEqual({});
  });

  it('answers 404 for references to missing resources in bodies', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => c.templates.insert({ project, instanceTemplateResource: templateBody('t-bad-mt', { machineType: 'n1-standard-3' }) }), 'machineTypes/n1-standard-3'],
      [() => c.templates.insert({ project, instanceTemplateResource: templateBody('t-bad-gpu', { guestAccelerators: [{ acceleratorType: 'nvidia-tesla-k9000', acceleratorCount: 1 }], scheduling: { onHostMaintenance: 'TERMINATE' } }) }), 'acceleratorTypes/nvidia-tesla-k9000'],
      [() => c.migs.insert({ project, zone, instanceGroupManagerResource: { name: 'm', instanceTemplate: 'global/instanceTemplates/nope', targetSize: 1 } }), 'instanceTemplates/nope'],
      [() => c.autoscalers.insert({ project, zone, autoscalerResource: { name: 'a', target: `zones/${zone}/instanceGroupManagers/nope`, autoscalingPolicy: { maxNumReplicas: 2 } } }), 'instanceGroupManagers/nope'],
      [() => c.backendServices.insert({ project, backendServiceResource: { name: 'b', healthChecks: ['global/healthChecks/nope'] } }), 'healthChecks/nope'],
      [() => c.urlMaps.insert({ project, urlMapResource: { name: 'u', defaultService: 'global/backendServices/nope' } }), 'backendServices/nope'],
      [() => c.proxies.insert({ project, targetHttpProxyResource: { name: 'p', urlMap: 'global/urlMaps/nope' } }), 'urlMaps/nope'],
      [() => c.forwardingRules.insert({ project, forwardingRuleResource: { name: 'f', target: 'global/targetHttpProxies/nope' } }), 'targetHttpProxies/nope'],
      [() => c.instances.insert({ project, zone, instanceResource: { name: 'i', machineType: `zones/${zone}/machineTypes/g2-standard-4x`, disks: [bootDisk] } }), 'machineTypes/g2-standard-4x'],
      [() => c.instances.get({ project, zone, instance: 'never-made' }), `zones/${zone}/instances/never-made`],
    ];
    for (const [call, what] of cases) {
      const f = await failure(call());
      expect(f, what).toMatchObject({ status: 404, reason: 'notFound' });
      expect(f.message).toContain(what);
    }
    // a backend group must be an existing instance group
    await ok(c, c.healthChecks.insert({ project, healthCheckResource: { name: 'hc-ref', type: 'TCP' } }));
    const f = await failure(c.backendServices.insert({ project, backendServiceResource: { name: 'b2', healthChecks: ['global/healthChecks/hc-ref'], backends: [{ group: `zones/${zone}/instanceGroups/ghost` }] } }));
    expect(f).toMatchObject({ status: 404, reason: 'notFound' });
  });

  it('answers 409 alreadyExists for a second insert of the same name', async () => {
    await ok(c, c.firewalls.insert({ project, firewallResource: { name: 'allow-hc', allowed: [{ IPProtocol: 'tcp', ports: ['8080'] }], sourceRanges: ['35.191.0.0/16', '130.211.0.0/22'], targetTags: ['psml'] } }));
    const f = await failure(c.firewalls.insert({ project, firewallResource: { name: 'allow-hc', allowed: [{ IPProtocol: 'tcp' }] } }));
    expect(f).toMatchObject({ status: 409, reason: 'alreadyExists' });
    const [fw] = await c.firewalls.get({ project, firewall: 'allow-hc' });
    expect(fw).toMatchObject({ direction: 'INGRESS', priority: 1000, network: link('global/networks/default') });
  });

  it('rejects a stale URL-map fingerprint with 412 and accepts the current one', async () => {
    await ok(c, c.healthChecks.insert({ project, healthCheckResource: { name: 'hc-um', type: 'HTTP' } }));
    await ok(c, c.backendServices.insert({ project, backendServiceResource: { name: 'bs-um', healthChecks: ['global/healthChecks/hc-um'] } }));
    await ok(c, c.urlMaps.insert({ project, urlMapResource: { name: 'um-fp', defaultService: 'global/backendServices/bs-um' } }));
    const [um] = await c.urlMaps.get({ project, urlMap: 'um-fp' });
    expect(um.fingerprint).toBeTruthy();
    await ok(c, c.urlMaps.patch({ project, urlMap: 'um-fp', urlMapResource: { fingerprint: um.fingerprint, description: 'rev 2' } }));
    const stale = await failure(c.urlMaps.patch({ project, urlMap: 'um-fp', urlMapResource: { fingerprint: um.fingerprint, description: 'rev 3' } }));
    expect(stale).toMatchObject({ status: 412, reason: 'conditionNotMet' });
    const missing = await failure(c.urlMaps.update({ project, urlMap: 'um-fp', urlMapResource: { name: 'um-fp', defaultService: 'global/backendServices/bs-um' } }));
    expect(missing.status).toBe(412);
    const [um2] = await c.urlMaps.get({ project, urlMap: 'um-fp' });
    expect(um2.description).toBe('rev 2');
    await ok(c, c.urlMaps.update({ project, urlMap: 'um-fp', urlMapResource: { name: 'um-fp', fingerprint: um2.fingerprint, defaultService: 'global/backendServices/bs-um', hostRules: [{ hosts: ['*'], pathMatcher: 'p' }], pathMatchers: [{ name: 'p', defaultService: 'global/backendServices/bs-um' }] } }));
    const [um3] = await c.urlMaps.get({ project, urlMap: 'um-fp' });
    expect(um3.description ?? '').toBe(''); // update replaces the whole resource
    expect(um3.pathMatchers).toHaveLength(1);
    expect(um3.fingerprint).not.toBe(um2.fingerprint);
  });

  it('rejects a stale instance label fingerprint with 412', async () => {
    await ok(c, c.instances.insert({ project, zone, instanceResource: { name: 'lbl', machineType: `zones/${zone}/machineTypes/e2-medium`, disks: [bootDisk], labels: { a: '1' } } }));
    const [inst] = await c.instances.get({ project, zone, instance: 'lbl' });
    await ok(c, c.instances.setLabels({ project, zone, instance: 'lbl', instancesSetLabelsRequestResource: { labels: { a: '2' }, labelFingerprint: inst.labelFingerprint } }));
    const f = await failure(c.instances.setLabels({ project, zone, instance: 'lbl', instancesSetLabelsRequestResource: { labels: { a: '3' }, labelFingerprint: inst.labelFingerprint } }));
    expect(f).toMatchObject({ status: 412, reason: 'conditionNotMet' });
    const [after] = await c.instances.get({ project, zone, instance: 'lbl' });
    expect(after.labels).toEqual({ a: '2' });
  });

  it('runs regional MIGs over the region’s zones with regional templates and autoscalers', async () => {
    await ok(c, c.regionTemplates.insert({ project, region, instanceTemplateResource: templateBody('rtpl', { machineType: 'g2-standard-8', scheduling: { onHostMaintenance: 'TERMINATE' } }) }));
    await ok(c, c.regionMigs.insert({ project, region, instanceGroupManagerResource: { name: 'rmig', instanceTemplate: `regions/${region}/instanceTemplates/rtpl`, targetSize: 3, distributionPolicy: { zones: [{ zone: `zones/${region}-a` }, { zone: `zones/${region}-b` }, { zone: `zones/${region}-c` }] } } }));
    const [managed] = await c.regionMigs.listManagedInstances({ project, region, instanceGroupManager: 'rmig' });
    expect(new Set(managed.map((m) => m.instance!.split('/')[8]))).toEqual(new Set([`${region}-a`, `${region}-b`, `${region}-c`]));
    await ok(c, c.regionAutoscalers.insert({ project, region, autoscalerResource: { name: 'ras', target: `regions/${region}/instanceGroupManagers/rmig`, autoscalingPolicy: { minNumReplicas: 1, maxNumReplicas: 2 } } }));
    const [rmig] = await c.regionMigs.get({ project, region, instanceGroupManager: 'rmig' });
    expect(rmig.targetSize).toBe(2); // lowered to the autoscaler's maximum
    const [rg] = await c.regionGroups.get({ project, region, instanceGroup: 'rmig' });
    expect(rg.size).toBe(2);
    await ok(c, c.regionMigs.resize({ project, region, instanceGroupManager: 'rmig', size: 1 }));
    const [after] = await c.regionMigs.listManagedInstances({ project, region, instanceGroupManager: 'rmig' });
    expect(after).toHaveLength(1);
  });

  it('resizes and switches the template of a zonal MIG; new members use the new template', async () => {
    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('sw-a') }));
    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('sw-b', { machineType: 'e2-standard-2' }) }));
    await ok(c, c.migs.insert({ project, zone, instanceGroupManagerResource: { name: 'sw', instanceTemplate: 'global/instanceTemplates/sw-a', targetSize: 1 } }));
    await ok(c, c.migs.setInstanceTemplate({ project, zone, instanceGroupManager: 'sw', instanceGroupManagersSetInstanceTemplateRequestResource: { instanceTemplate: 'global/instanceTemplates/sw-b' } }));
    const [mig] = await c.migs.get({ project, zone, instanceGroupManager: 'sw' });
    expect(mig.status?.versionTarget?.isReached).toBe(false); // the old member still runs the old template
    await ok(c, c.migs.resize({ project, zone, instanceGroupManager: 'sw', size: 3 }));
    const [managed] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'sw' });
    expect(managed.map((m) => m.version!.instanceTemplate!.split('/').at(-1)).sort()).toEqual(['sw-a', 'sw-b', 'sw-b']);
  });

  it('recreates a member deleted behind the group’s back, like a MIG does', async () => {
    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('heal') }));
    await ok(c, c.migs.insert({ project, zone, instanceGroupManagerResource: { name: 'heal', instanceTemplate: 'global/instanceTemplates/heal', targetSize: 1 } }));
    const [[m]] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'heal' });
    const name = m!.instance!.split('/').at(-1)!;
    await ok(c, c.instances.delete({ project, zone, instance: name }));
    const [[again]] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'heal' });
    expect(again!.instance).toBe(m!.instance);
    expect(again!.id).not.toBe(m!.id);
  });

  it('patches only what the body carries (an empty labels map, which the client always sends, keeps labels)', async () => {
    await ok(c, c.healthChecks.insert({ project, healthCheckResource: { name: 'hc-p', type: 'HTTP' } }));
    await ok(c, c.backendServices.insert({ project, backendServiceResource: { name: 'bs-p', healthChecks: ['global/healthChecks/hc-p'] } }));
    await ok(c, c.urlMaps.insert({ project, urlMapResource: { name: 'um-p', defaultService: 'global/backendServices/bs-p' } }));
    await ok(c, c.proxies.insert({ project, targetHttpProxyResource: { name: 'px-p', urlMap: 'global/urlMaps/um-p' } }));
    await ok(c, c.forwardingRules.insert({ project, forwardingRuleResource: { name: 'fr-p', target: 'global/targetHttpProxies/px-p', labels: { keep: 'me' } } }));
    await ok(c, c.forwardingRules.patch({ project, forwardingRule: 'fr-p', forwardingRuleResource: { description: 'patched' } }));
    const [fr] = await c.forwardingRules.get({ project, forwardingRule: 'fr-p' });
    expect(fr).toMatchObject({ description: 'patched', labels: { keep: 'me' } });
    await ok(c, c.healthChecks.patch({ project, healthCheck: 'hc-p', healthCheckResource: { httpHealthCheck: { requestPath: '/ready' } } }));
    const [hc] = await c.healthChecks.get({ project, healthCheck: 'hc-p' });
    expect(hc.httpHealthCheck).toMatchObject({ requestPath: '/ready', port: 80 });
  });
});
