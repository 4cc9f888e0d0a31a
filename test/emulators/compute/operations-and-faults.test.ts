import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { done, emulator, failure, instanceBody, ok, project, region, templateBody, zone, type Clients } from './helpers.js';
import type { ComputeEmulator } from '../../../shared/emulators/compute/index.js';

let emu: ComputeEmulator;
let c: Clients;
beforeAll(async () => ({ emu, c } = await emulator()));
afterAll(() => emu.close());
beforeEach(() => emu.control.reset());

const opName = (w: { latestResponse: unknown }) => (w.latestResponse as { name: string }).name;

describe('operations', () => {
  it('move PENDING → RUNNING → DONE over successive polls and the resource is then RUNNING', async () => {
    const [w] = await c.instances.insert({ project, zone, instanceResource: instanceBody('poll') });
    expect((w.latestResponse as unknown as { status: string }).status).toBe('PENDING');
    const [running] = await c.zoneOps.get({ project, zone, operation: opName(w) });
    expect(running.status).toBe('RUNNING');
    const [mid] = await c.instances.get({ project, zone, instance: 'poll' });
    expect(mid.status).toBe('PROVISIONING');
    const [doneOp] = await c.zoneOps.get({ project, zone, operation: opName(w) });
    expect(doneOp).toMatchObject({ status: 'DONE', progress: 100, operationType: 'insert', targetLink: mid.selfLink, targetId: mid.id });
    expect(doneOp.endTime).toBeTruthy();
    const [inst] = await c.instances.get({ project, zone, instance: 'poll' });
    expect(inst.status).toBe('RUNNING');
  });

  it('wait returns DONE; with waitsToDone it takes several waits, like the real 2-minute wait', async () => {
    const [w] = await c.healthChecks.insert({ project, healthCheckResource: { name: 'w1', type: 'TCP' } });
    const [op] = await c.globalOps.wait({ project, operation: opName(w) });
    expect(op.status).toBe('DONE');
    await emu.control.setTiming({ waitsToDone: 3 });
    try {
      const [w2] = await c.healthChecks.insert({ project, healthCheckResource: { name: 'w2', type: 'TCP' } });
      const seen: unknown[] = [];
      for (let i = 0; i < 3; i++) seen.push((await c.globalOps.wait({ project, operation: opName(w2) }))[0].status);
      expect(seen).toEqual(['RUNNING', 'RUNNING', 'DONE']);
    } finally {
      await emu.control.setTiming({ waitsToDone: 1 });
    }
  });

  it('are listed per scope, filterable, and deletable', async () => {
    await ok(c, c.healthChecks.insert({ project, healthCheckResource: { name: 'l1', type: 'TCP' } }));
    await ok(c, c.regionTemplates.insert({ project, region, instanceTemplateResource: templateBody('l2') }));
    const [global] = await c.globalOps.list({ project });
    expect(global.map((o) => o.targetLink?.split('/').at(-1))).toEqual(['l1']);
    const [regional] = await c.regionOps.list({ project, region, filter: 'operationType = insert' });
    expect(regional).toHaveLength(1);
    await c.globalOps.delete({ project, operation: global[0]!.name! });
    expect(await failure(c.globalOps.get({ project, operation: global[0]!.name! }))).toMatchObject({ status: 404, reason: 'notFound' });
  });

  it('a repeated requestId returns the first operation instead of acting twice', async () => {
    const requestId = '6f1b1a0e-0000-4000-8000-000000000001';
    const [a] = await c.firewalls.insert({ project, requestId, firewallResource: { name: 'idem', allowed: [{ IPProtocol: 'tcp' }] } });
    const [b] = await c.firewalls.insert({ project, requestId, firewallResource: { name: 'idem', allowed: [{ IPProtocol: 'tcp' }] } });
    expect(opName(b)).toBe(opName(a));
  });

  it('an operation fault finishes DONE with the error and the resource is absent', async () => {
    await emu.control.inject({ operations: [{ operationType: 'insert', target: '/instances/quota', code: 'QUOTA_EXCEEDED', message: "Quota 'NVIDIA_T4_GPUS' exceeded.  Limit: 0.0 in region us-central1." }] });
    const op = await done(c, c.instances.insert({ project, zone, instanceResource: instanceBody('quota') }));
    expect(op.error?.errors?.[0]).toMatchObject({ code: 'QUOTA_EXCEEDED', message: expect.stringContaining('NVIDIA_T4_GPUS') });
    expect((op as { httpErrorStatusCode?: number }).httpErrorStatusCode).toBe(403);
    expect(await failure(c.instances.get({ project, zone, instance: 'quota' }))).toMatchObject({ status: 404 });
    // the fault was used up: the retry succeeds
    await ok(c, c.instances.insert({ project, zone, instanceResource: instanceBody('quota') }));
  });

  it('a stockout fails instance creation in that zone with ZONE_RESOURCE_POOL_EXHAUSTED; other zones work', async () => {
    await emu.control.inject({ stockouts: [{ zone, acceleratorType: 'nvidia-l4' }] });
    const gpu = { machineType: `zones/${zone}/machineTypes/g2-standard-8`, scheduling: { onHostMaintenance: 'TERMINATE' } };
    const op = await done(c, c.instances.insert({ project, zone, instanceResource: instanceBody('l4', gpu) }));
    expect(op.error?.errors?.[0]?.code).toBe('ZONE_RESOURCE_POOL_EXHAUSTED');
    expect(op.error?.errors?.[0]?.message).toContain(`us-central1-b`); // names zones that offer the configuration
    expect(await failure(c.instances.get({ project, zone, instance: 'l4' }))).toMatchObject({ status: 404 });
    // CPU-only machines in the same zone are unaffected; the L4 fits in another zone
    await ok(c, c.instances.insert({ project, zone, instanceResource: instanceBody('cpu') }));
    const other = 'us-central1-b';
    await ok(c, c.instances.insert({ project, zone: other, instanceResource: instanceBody('l4', { ...gpu, machineType: `zones/${other}/machineTypes/g2-standard-8` }) }));
  });

  it('MIG members hit by a stockout stay CREATING with listErrors until capacity returns', async () => {
    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('t4', { guestAccelerators: [{ acceleratorType: 'nvidia-tesla-t4', acceleratorCount: 1 }], scheduling: { onHostMaintenance: 'TERMINATE' } }) }));
    await emu.control.inject({ stockouts: [{ zone, acceleratorType: 'nvidia-tesla-t4', times: 3 }] });
    await ok(c, c.migs.insert({ project, zone, instanceGroupManagerResource: { name: 'gpu-mig', instanceTemplate: 'global/instanceTemplates/t4', targetSize: 2 } }));
    // both members fail at creation; the next read retries (3rd stockout for one, success for the other)
    const [mig] = await c.migs.get({ project, zone, instanceGroupManager: 'gpu-mig' });
    expect(mig.status?.isStable).toBe(false);
    const [errors] = await c.migs.listErrors({ project, zone, instanceGroupManager: 'gpu-mig' });
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0]).toMatchObject({ error: { code: 'ZONE_RESOURCE_POOL_EXHAUSTED' }, instanceActionDetails: { action: 'CREATING' } });
    // stockout used up: the group converges
    const [managed] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'gpu-mig' });
    expect(managed.map((m) => m.currentAction)).toEqual(['NONE', 'NONE']);
    const [stable] = await c.migs.get({ project, zone, instanceGroupManager: 'gpu-mig' });
    expect(stable.status?.isStable).toBe(true);
  });
});

describe('injected HTTP faults and latency', () => {
  it('answers the next matching calls with the injected status and reason, then serves normally', async () => {
    await emu.control.inject({ http: [{ method: 'POST', path: '/instances', status: 429, times: 2 }, { path: '/healthChecks/x', status: 503 }] });
    expect(await failure(c.instances.insert({ project, zone, instanceResource: instanceBody('f1') }))).toMatchObject({ status: 429, reason: 'rateLimitExceeded' });
    expect(await failure(c.instances.insert({ project, zone, instanceResource: instanceBody('f1') }))).toMatchObject({ status: 429 });
    await ok(c, c.instances.insert({ project, zone, instanceResource: instanceBody('f1') }));
    expect(await failure(c.healthChecks.get({ project, healthCheck: 'x' }))).toMatchObject({ status: 503, reason: 'backendError' });
    expect(await failure(c.healthChecks.get({ project, healthCheck: 'x' }))).toMatchObject({ status: 404, reason: 'notFound' });
    const log = await emu.control.requests();
    expect(log.filter((r) => r.status === 429)).toHaveLength(2);
    expect((await emu.control.faults()).http).toEqual([]);
  });

  it('honours after (skip the first matches) and custom reasons such as a rate-limit 403', async () => {
    await emu.control.inject({ http: [{ method: 'GET', path: 'zones/us-central1-a/instances$', status: 403, reason: 'userRateLimitExceeded', after: 1 }] });
    await c.instances.list({ project, zone });
    expect(await failure(c.instances.list({ project, zone }))).toMatchObject({ status: 403, reason: 'userRateLimitExceeded' });
    await c.instances.list({ project, zone });
  });

  it('delays matching calls by the injected latency, and only those', async () => {
    await emu.control.inject({ latency: [{ method: 'GET', path: '/instances$', ms: 400, times: 1 }] });
    await c.healthChecks.list({ project }); // does not match: the rule stays
    expect((await emu.control.faults()).latency).toHaveLength(1);
    const order: string[] = [];
    await Promise.all([
      c.instances.list({ project, zone }).then(() => order.push('delayed')),
      new Promise((r) => setTimeout(r, 50)).then(() => c.firewalls.list({ project })).then(() => order.push('prompt')),
    ]);
    expect(order).toEqual(['prompt', 'delayed']);
    expect((await emu.control.faults()).latency).toEqual([]);
  });
});
