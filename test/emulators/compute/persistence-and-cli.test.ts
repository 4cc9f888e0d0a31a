import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startComputeEmulator } from '../../../shared/emulators/compute/index.js';
import { clients, failure, instanceBody, ok, project, templateBody, zone } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'psml-compute-emu-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('state file', () => {
  it('keeps the cloud across restarts (resources, MIG members, operations)', async () => {
    const stateFile = join(dir, 'in-process.json');
    const first = await startComputeEmulator({ stateFile });
    let c = clients(first.url);
    await ok(c, c.templates.insert({ project, instanceTemplateResource: templateBody('keep') }));
    await ok(c, c.migs.insert({ project, zone, instanceGroupManagerResource: { name: 'keep', instanceTemplate: 'global/instanceTemplates/keep', targetSize: 2 } }));
    const [before] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'keep' });
    const [ops] = await c.globalOps.list({ project });
    await first.close();

    const second = await startComputeEmulator({ stateFile });
    c = clients(second.url);
    try {
      const [tpl] = await c.templates.get({ project, instanceTemplate: 'keep' });
      expect(tpl.properties?.machineType).toBe('n1-standard-4');
      const [after] = await c.migs.listManagedInstances({ project, zone, instanceGroupManager: 'keep' });
      expect(after.map((m) => m.instance).sort()).toEqual(before.map((m) => m.instance).sort());
      const [opsAfter] = await c.globalOps.list({ project });
      expect(opsAfter.map((o) => o.name)).toEqual(ops.map((o) => o.name));
      // and the restored cloud is as strict as before
      expect(await failure(c.templates.delete({ project, instanceTemplate: 'keep' }))).toMatchObject({ status: 400, reason: 'resourceInUseByAnotherResource' });
    } finally {
      await second.close();
    }
  });
});

/** Starts `psml emulator start …` from sources and resolves with its URL once it prints it (and `waitFor`, if given). */
function startCli(args: string[], waitFor?: RegExp): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'shared/cli/main.ts', 'emulator', 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${out}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /export PSML_COMPUTE_ENDPOINT=(http:\/\/127\.0\.0\.1:\d+)\n/.exec(out);
      if (m && (!waitFor || waitFor.test(out))) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, out: () => out });
      }
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}: ${out}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe('psml emulator start', () => {
  it('serves the official client on 127.0.0.1, stops on SIGTERM, and a restart with --state sees the same cloud', async () => {
    const stateFile = join(dir, 'cli.json');
    const a = await startCli(['--state', stateFile]);
    expect(a.out()).toContain(`psml compute emulator listening on ${a.url}`);
    let c = clients(a.url);
    await ok(c, c.instances.insert({ project, zone, instanceResource: instanceBody('survivor', { labels: { 'managed-by': 'psml' } }) }));
    expect(await stop(a.child)).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(stateFile, 'utf8')).resources)).toEqual([`projects/${project}/zones/${zone}/instances`]);

    const b = await startCli(['--state', stateFile, '--port', '0']);
    try {
      c = clients(b.url);
      const [vm] = await c.instances.get({ project, zone, instance: 'survivor' });
      expect(vm).toMatchObject({ status: 'RUNNING', labels: { 'managed-by': 'psml' } });
    } finally {
      expect(await stop(b.child)).toBe(0);
    }
  });

  it('--billing and --service-management start those emulators too, each on its own free port, and stop with it', async () => {
    const a = await startCli(['--billing', '--service-management'], /PSML_SERVICEMANAGEMENT_ENDPOINT=\S+\n/);
    const billing = /export PSML_BILLING_ENDPOINT=(\S+)\n/.exec(a.out())?.[1];
    const sm = /export PSML_SERVICEMANAGEMENT_ENDPOINT=(\S+)\n/.exec(a.out())?.[1];
    try {
      expect(new Set([a.url, billing, sm]).size).toBe(3);
      const services = (await (await fetch(`${billing}/v1/services`)).json()) as { services: { displayName: string }[] };
      expect(services.services.map((s) => s.displayName)).toContain('Compute Engine');
      // a service that was never created: the emulator answers like Service Management does
      expect((await fetch(`${sm}/v1/services/missing.endpoints.${project}.cloud.goog`)).status).toBe(404);
    } finally {
      expect(await stop(a.child)).toBe(0);
    }
    await expect(fetch(`${billing}/v1/services`)).rejects.toThrow();
  });

  it('rejects a bad port with a clear error and no stack trace', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'shared/cli/main.ts', 'emulator', 'start', '--port', 'eighty'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--port');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
