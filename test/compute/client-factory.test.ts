/**
 * The client factory: production options (ADC) without an endpoint, the local emulator with PSML_COMPUTE_ENDPOINT,
 * one cached set per endpoint, and only the deep-imported clients loaded (not the package root).
 */
import { createRequire } from 'node:module';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeComputeClients, computeClients, ComputeClients } from '../../shared/gcp/compute-clients.js';
import { startComputeEmulator, type ComputeEmulator } from '../../shared/emulators/compute/index.js';
import { HealthCheckClient } from '../../shared/compute/index.js';
import { PROJECT, ctx, experiment } from './fixtures.js';

const saved = process.env.PSML_COMPUTE_ENDPOINT;
let emulator: ComputeEmulator | undefined;
afterEach(async () => {
  if (saved === undefined) delete process.env.PSML_COMPUTE_ENDPOINT;
  else process.env.PSML_COMPUTE_ENDPOINT = saved;
  await closeComputeClients();
});
afterAll(async () => emulator?.close());

describe('computeClients', () => {
  it('uses Application Default Credentials (no endpoint, no auth override) in production', () => {
    delete process.env.PSML_COMPUTE_ENDPOINT;
    const c = computeClients();
    expect(c.options).toEqual({ fallback: true });
    expect(c.local).toBe(false);
  });

  it('talks to PSML_COMPUTE_ENDPOINT and caches one set per endpoint', async () => {
    emulator = await startComputeEmulator();
    process.env.PSML_COMPUTE_ENDPOINT = emulator.url;
    const c = computeClients();
    expect(c).toBe(computeClients());
    expect(c.client('healthChecks')).toBe(c.client('healthChecks'));
    expect(c.options).toMatchObject({ apiEndpoint: '127.0.0.1', port: emulator.port, protocol: 'http' });
    expect(computeClients('http://127.0.0.1:1')).not.toBe(c);
    const hc = new HealthCheckClient(c, { project: PROJECT }, { retry: { minDelayMs: 1, maxDelayMs: 5 } });
    expect((await hc.create(hc.createSpecification(experiment(), ctx))).outcome).toBe('created');
    expect((await emulator.control.requests()).some((r) => r.method === 'POST' && r.path.includes('/global/healthChecks'))).toBe(true);
  });

  it('rejects a malformed endpoint with a PsmlError naming the variable', () => {
    process.env.PSML_COMPUTE_ENDPOINT = 'not a url';
    expect(() => computeClients()).toThrow(expect.objectContaining({ name: 'PsmlError', field: 'PSML_COMPUTE_ENDPOINT' }));
  });

  it('loads only the clients it uses, not the package root with every client', () => {
    const c = new ComputeClients({ fallback: true, apiEndpoint: '127.0.0.1', port: 9, protocol: 'http' });
    c.client('urlMaps');
    const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('@google-cloud/compute/build/src/'));
    expect(loaded.some((f) => f.endsWith('url_maps_client.js'))).toBe(true);
    expect(loaded.some((f) => f.endsWith('/build/src/index.js') || f.endsWith('/v1/index.js'))).toBe(false);
    expect(loaded.some((f) => f.endsWith('disks_client.js'))).toBe(false);
  });
});
