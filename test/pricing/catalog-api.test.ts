/**
 * Public prices (gcp-billing.md) reproduced through the REAL @google-cloud/billing client talking REST to the local
 * Billing Catalog emulator: pagination, retries on injected 429/503, currencies, errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBillingEmulator, type BillingEmulator } from '../../shared/emulators/billing/server.js';
import { isPsmlError } from '../../shared/errors.js';
import type { Catalog } from '../../shared/pricing/catalog.js';
import { loadLiveCatalog } from '../../shared/pricing/catalog-api.js';
import { formatMoney } from '../../shared/pricing/money.js';
import { priceShape, type PricedShape } from '../../shared/pricing/shape-price.js';
import { SkuIndex } from '../../shared/pricing/sku-matcher.js';
import { dollars, fixtureSnapshot } from './helpers.js';

const fast = { minDelayMs: 5, maxDelayMs: 20, deadlineMs: 10_000 };
let emu: BillingEmulator;
let catalog: Catalog;
let index: SkuIndex;
const price = (s: PricedShape) => priceShape(index, s);

beforeAll(async () => {
  // small pages so the fixture's 66 SKUs need 7 pages, like the real catalog needs several at pageSize 5000
  emu = await startBillingEmulator({ snapshot: fixtureSnapshot(), maxPageSize: 10, currencies: { EUR: 0.5 } });
  catalog = await loadLiveCatalog({ endpoint: emu.url, retry: fast });
  index = new SkuIndex(catalog);
});
afterAll(() => emu.close());

describe('live catalog through CloudCatalogClient (REST) and the emulator', () => {
  it('loads every page of Compute Engine SKUs in the requested currency', () => {
    expect(catalog.skus).toHaveLength(66);
    expect(catalog.currency).toBe('USD');
    expect(catalog.source).toBe('api');
    const skuCalls = emu.requests.filter((r) => r.path.endsWith('/skus'));
    expect(skuCalls).toHaveLength(7);
    expect(skuCalls.every((r) => r.query.currencyCode === 'USD' && r.query.pageSize === '5000')).toBe(true);
    expect(catalog.apiCalls).toBe(8); // services + 7 pages
  });

  it('n1-standard-4 in us-central1 costs 0.189999/h', () => {
    const p = price({ machineType: 'n1-standard-4', region: 'us-central1' });
    expect(dollars(p.hourly)).toBeCloseTo(0.189999, 9);
    expect(p.components.map((c) => [c.kind, c.quantity])).toEqual([['core', '4'], ['ram', '15']]);
  });

  it('n1-standard-4 in europe-west4 uses the Netherlands SKUs (4 × 0.034802 + 15 × 0.004664)', () => {
    const p = price({ machineType: 'n1-standard-4', region: 'europe-west4' });
    expect(dollars(p.hourly)).toBeCloseTo(4 * 0.034802 + 15 * 0.004664, 9);
    expect(p.components.every((c) => c.description.endsWith('Netherlands'))).toBe(true);
  });

  it('a2-highgpu-1g costs 3.673385/h with its A100 counted exactly once, even when the manifest also lists it', () => {
    for (const gpu of [undefined, { type: 'nvidia-tesla-a100', count: 1 }]) {
      const p = price({ machineType: 'a2-highgpu-1g', gpu, region: 'us-central1' });
      expect(dollars(p.hourly)).toBeCloseTo(3.673385, 9);
      expect(p.components.filter((c) => c.kind === 'gpu')).toHaveLength(1);
      expect(p.components.find((c) => c.kind === 'gpu')?.quantity).toBe('1');
    }
  });

  it('g2-standard-4 ≈ 0.706824/h and e2-micro 0.00838/h (shared core bills 0.25 vCPU)', () => {
    expect(dollars(price({ machineType: 'g2-standard-4', region: 'us-central1' }).hourly)).toBeCloseTo(0.706824, 6);
    const micro = price({ machineType: 'e2-micro', region: 'us-central1' });
    expect(formatMoney(micro.hourly, 'USD', { decimals: 5 })).toBe('$0.00838');
    expect(micro.components[0]?.quantity).toBe('0.25');
  });

  it('n1-standard-8 with one T4: host + GPU, and count multiplies the whole machine', () => {
    const one = price({ machineType: 'n1-standard-8', gpu: { type: 'nvidia-tesla-t4', count: 1 }, region: 'us-central1' });
    expect(dollars(one.hourly)).toBeCloseTo(8 * 0.031611 + 30 * 0.004237 + 0.35, 9);
    const three = price({ machineType: 'n1-standard-8', gpu: { type: 'nvidia-tesla-t4', count: 1 }, region: 'us-central1', count: 3 });
    expect(three.hourly).toBe(one.hourly * 3n);
  });

  it('spot uses the Spot Preemptible SKUs for the same shapes', () => {
    const n1 = price({ machineType: 'n1-standard-4', region: 'us-central1', spot: true });
    expect(dollars(n1.hourly)).toBeCloseTo(4 * 0.01178 + 15 * 0.00151, 9);
    const t4 = price({ machineType: 'n1-standard-8', gpu: { type: 'nvidia-tesla-t4', count: 1 }, region: 'us-central1', spot: true });
    expect(dollars(t4.hourly)).toBeCloseTo(8 * 0.01178 + 30 * 0.00151 + 0.1654, 9);
    expect(t4.components.every((c) => /Preemptible/.test(c.description))).toBe(true);
    const a2 = price({ machineType: 'a2-highgpu-1g', region: 'us-central1', spot: true });
    expect(dollars(a2.hourly)).toBeCloseTo(12 * 0.01581 + 85 * 0.002118 + 1.4341, 9);
  });

  it('prices in another currency when asked (the API converts)', async () => {
    const eur = await loadLiveCatalog({ endpoint: emu.url, currency: 'EUR', retry: fast });
    expect(eur.currency).toBe('EUR');
    expect(dollars(priceShape(new SkuIndex(eur), { machineType: 'n1-standard-4', region: 'us-central1' }).hourly)).toBeCloseTo(0.189999 / 2, 6);
  });

  it('retries injected 429 and 503 answers and still gets every page', async () => {
    const before = emu.requests.length;
    emu.injectFault({ path: '/skus', status: 429, times: 2 });
    emu.injectFault({ path: '/v1/services', status: 503, times: 1 });
    const c = await loadLiveCatalog({ endpoint: emu.url, retry: fast });
    expect(c.skus).toHaveLength(66);
    const statuses = emu.requests.slice(before).map((r) => r.status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    expect(statuses.filter((s) => s === 503)).toHaveLength(1);
    expect(c.apiCalls).toBe(8 + 3);
  });

  it('does not retry a 403 and reports it as a PsmlError with what to do', async () => {
    emu.injectFault({ path: '/v1/services', status: 403, times: 1 });
    const err = await loadLiveCatalog({ endpoint: emu.url, retry: fast }).catch((e: unknown) => e);
    expect(isPsmlError(err)).toBe(true);
    expect((err as Error).message).toMatch(/403/);
    expect((err as { hint?: string }).hint).toMatch(/Cloud Billing API/);
  });

  it('gives up on a persistent 503 within the deadline with a clear error', async () => {
    emu.injectFault({ path: '/skus', status: 503, times: 1000 });
    const err = await loadLiveCatalog({ endpoint: emu.url, retry: { ...fast, retries: 3 } }).catch((e: unknown) => e);
    expect(isPsmlError(err)).toBe(true);
    expect((err as Error).message).toMatch(/skus request failed: 503/);
    expect((err as { hint?: string }).hint).toMatch(/--catalog/);
    emu.clearFaults();
  });
});
