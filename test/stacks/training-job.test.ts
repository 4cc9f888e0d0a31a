/** TrainingJob against the emulator: zone fallback on stockouts, self-delete detection, adoption, cancel. */
import { describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { ownershipLabels } from '../../shared/manifest/names.js';
import { TrainingJob } from '../../shared/stacks/training-job.js';
import { PROJECT, experiment, fast, sharedEmulator, type ExperimentOpts } from './fixtures.js';

const env = sharedEmulator();

const job = (o: ExperimentOpts = {}, zones?: string[]) =>
  new TrainingJob(experiment({ gpu: true, trainingZones: ['us-central1-a', 'us-central1-b', 'us-central1-c'], ...o }), {
    project: PROJECT,
    clients: env().clients,
    resourceOptions: fast,
    zones,
  });

async function instances(): Promise<string[]> {
  const s = await env().emu.control.state();
  return Object.entries(s.resources)
    .filter(([k]) => k.endsWith('/instances'))
    .flatMap(([k, c]) => Object.keys(c).map((n) => `${k.split('/')[3]}/${n}`));
}

/** What the VM's startup script does when the container exits: DELETE itself through the Compute REST API. */
async function selfDelete(zone: string, name: string): Promise<void> {
  const res = await fetch(`${env().emu.url}/compute/v1/projects/${PROJECT}/zones/${zone}/instances/${name}`, { method: 'DELETE' });
  expect(res.status).toBe(200);
  await env().emu.control.settle();
}

describe('TrainingJob.start', () => {
  it('creates a GPU Spot VM with a watchdog and self-deleting script in the first zone', async () => {
    const j = job();
    const r = await j.start();
    expect(r).toMatchObject({ instance: 'churn-v1-2-train', zone: 'us-central1-a', outcome: 'created' });
    const vm = await j.client('us-central1-a').get('churn-v1-2-train');
    expect(vm.scheduling).toMatchObject({ provisioningModel: 'SPOT', instanceTerminationAction: 'DELETE', onHostMaintenance: 'TERMINATE' });
    expect(vm.scheduling?.maxRunDuration?.seconds).toBe(String(4 * 3600));
    expect(vm.guestAccelerators?.[0]?.acceleratorType).toMatch(/nvidia-tesla-t4$/);
    expect(vm.labels).toMatchObject(ownershipLabels(j.exp));
    expect(vm.metadata?.items?.find((i) => i.key === 'startup-script')?.value).toMatch(/curl -sf -X DELETE/);
  });

  it('falls back to the next zone on a stockout and leaves nothing in the exhausted zone', async () => {
    await env().emu.control.inject({ stockouts: [{ zone: 'us-central1-a', acceleratorType: 'nvidia-tesla-t4' }] });
    const r = await job().start();
    expect(r.zone).toBe('us-central1-b');
    expect(r.attempts.map((a) => [a.zone, a.outcome])).toEqual([
      ['us-central1-a', 'stockout'],
      ['us-central1-b', 'created'],
    ]);
    expect(r.attempts[0]!.detail).toMatch(/does not have enough resources/);
    expect(await instances()).toEqual(['us-central1-b/churn-v1-2-train']);
  });

  it('fails with every zone tried when none has capacity, creating nothing', async () => {
    await env().emu.control.inject({ stockouts: ['us-central1-a', 'us-central1-b'].map((zone) => ({ zone })) });
    const err = (await job({}, ['us-central1-a', 'us-central1-b']).start().catch((e: unknown) => e)) as PsmlError;
    expect(err).toBeInstanceOf(PsmlError);
    expect(err.field).toBe('training.zones');
    expect(err.details).toHaveLength(2);
    expect(err.details[0]).toMatch(/^us-central1-a: .*enough resources/);
    expect(await instances()).toEqual([]);
  });

  it('does not fall back on errors that another zone cannot fix (quota)', async () => {
    await env().emu.control.inject({ operations: [{ operationType: 'insert', code: 'QUOTA_EXCEEDED' }] });
    await expect(job().start()).rejects.toThrow(/QUOTA_EXCEEDED/);
    expect(await instances()).toEqual([]);
  });

  it('adopts a job of the same revision that is already running instead of starting a second one', async () => {
    await job({}, ['us-central1-c']).start();
    const r = await job().start();
    expect(r).toMatchObject({ zone: 'us-central1-c', outcome: 'adopted' });
    expect(await instances()).toEqual(['us-central1-c/churn-v1-2-train']);
  });
});

describe('TrainingJob.waitUntilDone and cancel', () => {
  it('detects that the VM deleted itself', async () => {
    const j = job();
    const { zone } = await j.start();
    const waiting = j.waitUntilDone(zone, { timeoutMs: 10_000, pollMs: 10 });
    await selfDelete(zone, j.name);
    expect(await waiting).toEqual({ instance: j.name, zone, state: 'deleted' });
  });

  it('reports a VM that stopped without deleting itself', async () => {
    const j = job();
    const { zone } = await j.start();
    await env().clients.client('instances').stop({ project: PROJECT, zone, instance: j.name });
    await env().emu.control.settle();
    expect((await j.waitUntilDone(zone, { timeoutMs: 5000, pollMs: 10 })).state).toBe('stopped');
    // a new start neither adopts the stopped VM as running nor starts a second one
    await expect(job().start()).rejects.toThrow(/stopped without deleting itself/);
    expect(await instances()).toEqual([`${zone}/${j.name}`]);
  });

  it('gives up waiting at the bound without touching the VM', async () => {
    const j = job();
    const { zone } = await j.start();
    await expect(j.waitUntilDone(zone, { timeoutMs: 50, pollMs: 10 })).rejects.toThrow(/still RUNNING|still PROVISIONING|still STAGING/);
    expect(await instances()).toEqual([`${zone}/${j.name}`]);
  });

  it('cancel deletes the job wherever it runs and is idempotent', async () => {
    await env().emu.control.inject({ stockouts: [{ zone: 'us-central1-a' }] });
    const j = job();
    await j.start();
    expect(await j.cancel()).toEqual({ outcome: 'deleted', zone: 'us-central1-b' });
    expect(await instances()).toEqual([]);
    expect(await j.cancel()).toEqual({ outcome: 'absent' });
  });
});
