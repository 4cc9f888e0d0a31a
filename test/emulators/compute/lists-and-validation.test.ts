import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootDisk, emulator, failure, instanceBody, ok, project, templateBody, zone, type Clients } from './helpers.js';
import type { ComputeEmulator } from '../../../shared/emulators/compute/index.js';

let emu: ComputeEmulator;
let c: Clients;
beforeAll(async () => {
  ({ emu, c } = await emulator());
  for (let i = 0; i < 7; i++) {
    const labels: Record<string, string> = { 'managed-by': i % 2 ? 'psml' : 'someone-else', rev: `r${i}` };
    if (i < 3) labels.service = 'iris';
    await ok(c, c.instances.insert({ project, zone, instanceResource: instanceBody(`vm-${i}`, { labels }) }));
  }
});
afterAll(() => emu.close());

const names = (items: { name?: string | null }[]) => items.map((i) => i.name).sort();

describe('list filters and pagination', () => {
  it('pages with maxResults and nextPageToken; the client follows the tokens', async () => {
    const [page, next, raw] = await c.instances.list({ project, zone, maxResults: 3 }, { autoPaginate: false });
    expect(page).toHaveLength(3);
    expect(raw?.nextPageToken).toBeTruthy();
    expect(next?.pageToken).toBe(raw?.nextPageToken);
    const all: string[] = [];
    for await (const i of c.instances.listAsync({ project, zone, maxResults: 2 })) all.push(i.name!);
    expect(all.sort()).toEqual(['vm-0', 'vm-1', 'vm-2', 'vm-3', 'vm-4', 'vm-5', 'vm-6']);
    const log = await emu.control.requests();
    expect(log.filter((r) => r.path.includes('maxResults=2')).length).toBe(4); // 2+2+2+1
  });

  it('filters on labels (=, !=, :*), name (= and eq regex) and AND of terms', async () => {
    const list = async (filter: string) => names((await c.instances.list({ project, zone, filter }))[0]);
    expect(await list('labels.managed-by = psml')).toEqual(['vm-1', 'vm-3', 'vm-5']);
    expect(await list('labels.managed-by != psml')).toEqual(['vm-0', 'vm-2', 'vm-4', 'vm-6']);
    expect(await list('labels.service:*')).toEqual(['vm-0', 'vm-1', 'vm-2']);
    expect(await list('labels.managed-by = psml AND labels.service:*')).toEqual(['vm-1']);
    expect(await list('(labels.managed-by = "psml") (labels.rev = r5)')).toEqual(['vm-5']);
    expect(await list('name = vm-4')).toEqual(['vm-4']);
    expect(await list('name eq vm-[0-2]')).toEqual(['vm-0', 'vm-1', 'vm-2']);
    expect(await list('name ne vm-[0-5]')).toEqual(['vm-6']);
    expect(await list('status = RUNNING AND labels.rev = r2')).toEqual(['vm-2']);
  });

  it('filters and paginates together, and rejects a token from another listing or a bad filter', async () => {
    const seen: string[] = [];
    for await (const i of c.instances.listAsync({ project, zone, maxResults: 1, filter: 'labels.managed-by = psml' })) seen.push(i.name!);
    expect(seen.sort()).toEqual(['vm-1', 'vm-3', 'vm-5']);
    const [, , raw] = await c.instances.list({ project, zone, maxResults: 2 }, { autoPaginate: false });
    expect(await failure(c.instances.list({ project, zone, maxResults: 2, filter: 'name = vm-1', pageToken: raw!.nextPageToken! }, { autoPaginate: false }))).toMatchObject({ status: 400, reason: 'invalid' });
    expect(await failure(c.instances.list({ project, zone, filter: 'labels.a = b OR labels.c = d' }))).toMatchObject({ status: 400, reason: 'invalid' });
    expect(await failure(c.instances.list({ project, zone, maxResults: 501 }))).toMatchObject({ status: 400 });
  });

  it('orders by name or creationTimestamp desc only', async () => {
    const [byName] = await c.instances.list({ project, zone, orderBy: 'name' });
    expect(byName.map((i) => i.name)).toEqual(['vm-0', 'vm-1', 'vm-2', 'vm-3', 'vm-4', 'vm-5', 'vm-6']);
    expect(await failure(c.instances.list({ project, zone, orderBy: 'status' }))).toMatchObject({ status: 400 });
  });

  it('aggregates instances across zones', async () => {
    await ok(c, c.instances.insert({ project, zone: 'europe-west4-a', instanceResource: instanceBody('eu', { machineType: 'zones/europe-west4-a/machineTypes/e2-small' }) }));
    const scopes: string[] = [];
    for await (const [scope, list] of c.instances.aggregatedListAsync({ project, filter: 'name eq (vm-0|eu)' })) if (list.instances?.length) scopes.push(`${scope}:${names(list.instances).join(',')}`);
    expect(scopes.sort()).toEqual(['zones/europe-west4-a:eu', `zones/${zone}:vm-0`]);
  });
});

const raw = (method: string, path: string, body?: unknown) =>
  fetch(`${emu.url}/compute/v1/projects/${project}/${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error: { code: number; message: string; errors: { reason: string; domain: string; message: string }[] } } }));

describe('strict request validation (Google error bodies)', () => {
  it('rejects unknown fields anywhere in a body, naming the field (the official client cannot even send them)', async () => {
    const r = await raw('POST', `zones/${zone}/instances`, { ...instanceBody('unk'), machineTyp: 'x' });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 400, errors: [{ reason: 'invalid', domain: 'global' }] });
    expect(r.body.error.message).toContain('Unknown name "machineTyp"');
    const nested = await raw('POST', 'global/instanceTemplates', { name: 't', properties: { machineType: 'n1-standard-1', disks: [{ boot: true, initializeParams: { sourceImage: 'x', sizeGb: 10 } }] } });
    expect(nested.status).toBe(400);
    expect(nested.body.error.message).toMatch(/Unknown name "sizeGb" at 'resource\.properties\.disks\[0\]\.initializeParams'/);
    const wrongType = await raw('POST', 'global/healthChecks', { name: 'h', type: 'TCP', checkIntervalSec: 'often' });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toContain('checkIntervalSec');
    const query = await raw('GET', `zones/${zone}/instances?colour=blue`);
    expect(query.status).toBe(400);
    expect(query.body.error.message).toContain('colour');
    const nowhere = await raw('GET', `zones/${zone}/teapots`);
    expect(nowhere.status).toBe(404);
  });

  it('rejects missing required fields and invalid values, naming the field', async () => {
    const cases: [() => Promise<unknown>, string][] = [
      [() => c.instances.insert({ project, zone, instanceResource: { name: 'x', disks: [bootDisk] } }), 'resource.machineType'],
      [() => c.instances.insert({ project, zone, instanceResource: { name: 'x', machineType: `zones/${zone}/machineTypes/n1-standard-1` } }), 'resource.disks'],
      [() => c.instances.insert({ project, zone, instanceResource: instanceBody('Bad_Name') }), 'resource.name'],
      [() => c.instances.insert({ project, zone, instanceResource: instanceBody('x', { labels: { Owner: 'me' } }) }), 'resource.labels'],
      [() => c.instances.insert({ project, zone, instanceResource: instanceBody('x', { machineType: 'n1-standard-1' }) }), 'resource.machineType'],
      [() => c.instances.insert({ project, zone, instanceResource: instanceBody('x', { machineType: 'zones/us-east1-b/machineTypes/n1-standard-1' }) }), 'resource.machineType'],
      [() => c.templates.insert({ project, instanceTemplateResource: { name: 'x' } }), 'resource.properties'],
      [() => c.migs.insert({ project, zone, instanceGroupManagerResource: { name: 'x', instanceTemplate: 'global/instanceTemplates/x' } }), 'resource.targetSize'],
      [() => c.healthChecks.insert({ project, healthCheckResource: { name: 'x' } }), 'resource.type'],
      [() => c.healthChecks.insert({ project, healthCheckResource: { name: 'x', type: 'HTTP', checkIntervalSec: 5, timeoutSec: 10 } }), 'resource.timeoutSec'],
      [() => c.firewalls.insert({ project, firewallResource: { name: 'x', allowed: [{ IPProtocol: 'tcp' }], sourceRanges: ['10.0.0.0/33'] } }), 'resource.sourceRanges[0]'],
      [() => c.autoscalers.insert({ project, zone, autoscalerResource: { name: 'x', target: `zones/${zone}/instanceGroupManagers/x` } }), 'resource.autoscalingPolicy'],
      [() => c.instances.insert({ project, zone: 'us-central1-z', instanceResource: instanceBody('x') }), 'zone'],
    ];
    for (const [call, field] of cases) {
      const f = await failure(call());
      expect(f.status, field).toBe(400);
      expect(['invalid', 'required']).toContain(f.reason);
      expect(f.message, field).toContain(`'${field}`);
    }
  });

  it('requires onHostMaintenance TERMINATE with GPUs and validates Spot and maxRunDuration scheduling', async () => {
    const t4 = { guestAccelerators: [{ acceleratorType: `zones/${zone}/acceleratorTypes/nvidia-tesla-t4`, acceleratorCount: 1 }] };
    const bad: [Record<string, unknown>, string][] = [
      [t4, 'resource.scheduling.onHostMaintenance'],
      [{ ...t4, scheduling: { onHostMaintenance: 'MIGRATE' } }, 'resource.scheduling.onHostMaintenance'],
      [{ machineType: `zones/${zone}/machineTypes/a2-highgpu-1g` }, 'resource.scheduling.onHostMaintenance'],
      [{ ...t4, machineType: `zones/${zone}/machineTypes/e2-standard-4`, scheduling: { onHostMaintenance: 'TERMINATE' } }, 'resource.guestAccelerators[0].acceleratorType'],
      [{ guestAccelerators: [{ acceleratorType: `zones/${zone}/acceleratorTypes/nvidia-tesla-t4`, acceleratorCount: 3 }], scheduling: { onHostMaintenance: 'TERMINATE' } }, 'resource.guestAccelerators[0].acceleratorCount'],
      [{ scheduling: { provisioningModel: 'SPOT', onHostMaintenance: 'MIGRATE' } }, 'resource.scheduling.onHostMaintenance'],
      [{ scheduling: { provisioningModel: 'SPOT', automaticRestart: true } }, 'resource.scheduling.automaticRestart'],
      [{ scheduling: { maxRunDuration: { seconds: 3600 } } }, 'resource.scheduling.instanceTerminationAction'],
      [{ scheduling: { maxRunDuration: { seconds: 5 }, instanceTerminationAction: 'DELETE' } }, 'resource.scheduling.maxRunDuration.seconds'],
      [{ scheduling: { provisioningModel: 'SPOT', instanceTerminationAction: 'EXPLODE' } }, 'resource.scheduling.instanceTerminationAction'],
      [{ scheduling: { provisioningModel: 'CHEAP' } }, 'resource.scheduling.provisioningModel'],
    ];
    for (const [extra, field] of bad) {
      const f = await failure(c.instances.insert({ project, zone, instanceResource: instanceBody('sched', extra) }));
      expect(f.status, JSON.stringify(extra)).toBe(400);
      expect(f.message, JSON.stringify(extra)).toContain(`'${field}'`);
    }
    // what training needs is accepted: a Spot T4 VM that deletes itself after an hour
    await ok(c, c.instances.insert({ project, zone, instanceResource: instanceBody('train', { ...t4, scheduling: { onHostMaintenance: 'TERMINATE', provisioningModel: 'SPOT', instanceTerminationAction: 'DELETE', maxRunDuration: { seconds: 3600 } } }) }));
    const [vm] = await c.instances.get({ project, zone, instance: 'train' });
    expect(vm.scheduling).toMatchObject({ provisioningModel: 'SPOT', automaticRestart: false, instanceTerminationAction: 'DELETE', maxRunDuration: { seconds: '3600' } });
    // and the same as a template, then an instance from it
    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('train-tpl', { guestAccelerators: [{ acceleratorType: 'nvidia-tesla-t4', acceleratorCount: 1 }], scheduling: { onHostMaintenance: 'TERMINATE', provisioningModel: 'SPOT', instanceTerminationAction: 'STOP' } }) }));
    await ok(c, c.instances.insert({ project, zone, sourceInstanceTemplate: 'global/instanceTemplates/train-tpl', instanceResource: { name: 'from-tpl' } }));
    const [fromTpl] = await c.instances.get({ project, zone, instance: 'from-tpl' });
    expect(fromTpl.guestAccelerators?.[0]?.acceleratorType).toContain(`zones/${zone}/acceleratorTypes/nvidia-tesla-t4`);
    expect(fromTpl.labels).toEqual({ 'managed-by': 'psml' });
  });
});

describe('catalogue', () => {
  it('serves machine and accelerator types with the real shapes, per zone', async () => {
    const [mt] = await c.machineTypes.get({ project, zone, machineType: 'n1-standard-4' });
    expect(mt).toMatchObject({ kind: 'compute#machineType', name: 'n1-standard-4', guestCpus: 4, memoryMb: 15360, zone, isSharedCpu: false });
    const [g2] = await c.machineTypes.get({ project, zone, machineType: 'g2-standard-24' });
    expect(g2.accelerators).toMatchObject([{ guestAcceleratorType: 'nvidia-l4', guestAcceleratorCount: 2 }]);
    const [a3] = await c.machineTypes.get({ project, zone, machineType: 'a3-highgpu-8g' });
    expect(a3).toMatchObject({ guestCpus: 208, memoryMb: 1872 * 1024 });
    // H100 machines are not offered where the GPU is not
    expect(await failure(c.machineTypes.get({ project, zone: 'us-east1-c', machineType: 'a3-highgpu-8g' }))).toMatchObject({ status: 404 });
    const [accs] = await c.acceleratorTypes.list({ project, zone });
    expect(accs.map((a) => a.name)).toEqual(expect.arrayContaining(['nvidia-tesla-t4', 'nvidia-l4', 'nvidia-tesla-a100', 'nvidia-a100-80gb', 'nvidia-h100-80gb']));
    const [t4] = await c.acceleratorTypes.get({ project, zone, acceleratorType: 'nvidia-tesla-t4' });
    expect(t4).toMatchObject({ kind: 'compute#acceleratorType', maximumCardsPerInstance: 4, description: 'NVIDIA T4' });
    const [e2] = await c.machineTypes.list({ project, zone, filter: 'name eq e2-.*' });
    expect(e2.length).toBeGreaterThan(10);
  });
});
