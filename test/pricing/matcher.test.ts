/** The matcher's rules (gcp-billing.md pitfalls), its errors, and properties of the index and the money. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { catalogFromSnapshot, type CatalogSnapshot } from '../../shared/pricing/catalog.js';
import { embeddedCatalog } from '../../shared/pricing/catalog-source.js';
import { knownMachineTypes, machineShape } from '../../shared/pricing/machine-types.js';
import { formatMoney, formatPercent, milli, toDecimal } from '../../shared/pricing/money.js';
import { priceShape } from '../../shared/pricing/shape-price.js';
import { LinearSkuMatcher, SkuIndex, classifySku } from '../../shared/pricing/sku-matcher.js';
import { cloneSku, dollars, fixtureSnapshot } from './helpers.js';

const catalogOf = (snap: CatalogSnapshot) => catalogFromSnapshot(snap, 'file', 'test-catalog.json');
const fixture = catalogOf(fixtureSnapshot());
const index = new SkuIndex(fixture);

function thrown(fn: () => unknown): PsmlError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PsmlError) return e;
    throw e;
  }
  throw new Error('expected a PsmlError');
}

describe('SKU classification', () => {
  it('ignores commitments, reservations, custom/extended for predefined types, and non-compute noise', () => {
    const keys = fixture.skus.map((s) => [s.description, classifySku(s)?.key] as const);
    const none = keys.filter(([, k]) => !k).map(([d]) => d);
    expect(none).toEqual(
      expect.arrayContaining([
        'Commitment v1: Nvidia Tesla T4 GPU running in Americas for 1 Year',
        'Reserved Nvidia Tesla A100 GPU in Americas',
        'Network Vpn Internet Egress from Americas to Africa',
      ]),
    );
    expect(keys.find(([d]) => d === 'Custom Extended Instance Ram running in Americas')?.[1]).toBe('custom-n1/extended-ram');
    expect(keys.find(([d]) => d === 'N1 Predefined Instance Ram running in Americas')?.[1]).toBe('n1/ram');
  });

  it('does not confuse A100 40GB with A100 80GB (anchored names, not substrings)', () => {
    expect(classifySku({ description: 'Nvidia Tesla A100 GPU running in Americas', usageType: 'OnDemand' })?.key).toBe('gpu/nvidia-tesla-a100');
    expect(classifySku({ description: 'Nvidia Tesla A100 80GB GPU running in Americas', usageType: 'OnDemand' })?.key).toBe('gpu/nvidia-a100-80gb');
  });

  it('a2-ultragpu includes its A100 80GB once and its bundled local SSD (per GiB-month → per hour)', () => {
    // the fixture has no local SSD SKU: the component is named, never silently dropped
    expect(thrown(() => priceShape(index, { machineType: 'a2-ultragpu-1g', region: 'us-central1' })).message).toMatch(/bundled local SSD in region us-central1/);
    const snap = fixtureSnapshot();
    const ssd = cloneSku(snap, 'N1 Predefined Instance Ram running in Americas', 'TEST-LSSD', 80_000_000);
    ssd.description = 'SSD backed Local Storage in Americas';
    ssd.pricingInfo![0]!.pricingExpression!.usageUnit = 'GiBy.mo';
    snap.skus.push(ssd);
    const p = priceShape(new SkuIndex(catalogOf(snap)), { machineType: 'a2-ultragpu-1g', region: 'us-central1' });
    expect(p.components.map((c) => c.kind)).toEqual(['core', 'ram', 'gpu', 'local-ssd']);
    expect(dollars(p.hourly)).toBeCloseTo(12 * 0.031611 + 170 * 0.004237 + 3.92808 + (375 * 0.08) / 730, 9);
  });

  it('requires description and usage type to agree on spot', () => {
    expect(classifySku({ description: 'Spot Preemptible N1 Predefined Instance Core running in Americas', usageType: 'OnDemand' })).toBeUndefined();
    expect(classifySku({ description: 'N1 Predefined Instance Core running in Americas', usageType: 'Preemptible' })).toBeUndefined();
    expect(classifySku({ description: 'Preemptible N1 Predefined Instance Core running in Americas', usageType: 'Preemptible' })?.usage).toBe('spot');
  });
});

describe('errors name the component, region and candidates', () => {
  it('two candidate SKUs for one component is an error listing both, never a first match', () => {
    const snap = fixtureSnapshot();
    snap.skus.push(cloneSku(snap, 'Nvidia Tesla A100 GPU running in Netherlands', 'DUP-A100-EU4', 610_000_000));
    const err = thrown(() => priceShape(new SkuIndex(catalogOf(snap)), { machineType: 'a2-highgpu-1g', region: 'europe-west4' }));
    expect(err.message).toMatch(/2 SKUs match on-demand NVIDIA A100 40GB in region europe-west4/);
    expect(err.details.join('\n')).toMatch(/SYN-0043-0000/);
    expect(err.details.join('\n')).toMatch(/DUP-A100-EU4/);
  });

  it('a missing SKU says which regions do have it', () => {
    const err = thrown(() => priceShape(index, { machineType: 'n1-standard-4', region: 'asia-east1' }));
    expect(err.message).toBe('no SKU prices on-demand N1 cores in region asia-east1');
    expect(err.hint).toMatch(/europe-west4, us-central1, us-east1, us-west1/);
    const gpu = thrown(() => priceShape(index, { machineType: 'n1-standard-4', gpu: { type: 'nvidia-tesla-p100', count: 1 }, region: 'us-central1' }));
    expect(gpu.message).toMatch(/NVIDIA P100 in region us-central1/);
    expect(gpu.hint).toMatch(/no on-demand NVIDIA P100 SKU in any region/);
  });

  it('an unknown machine type names the closest known ones', () => {
    const err = thrown(() => machineShape('n1-standrd-4'));
    expect(err.message).toBe('unknown machine type "n1-standrd-4"');
    expect(err.hint).toMatch(/^closest known types: n1-standard-4/);
  });

  it('GPUs: built-in types refuse a different GPU, non-N1 types refuse attachments, counts are checked', () => {
    expect(thrown(() => priceShape(index, { machineType: 'a2-highgpu-1g', gpu: { type: 'nvidia-tesla-a100', count: 2 }, region: 'us-central1' })).message).toMatch(/built in/);
    expect(thrown(() => priceShape(index, { machineType: 'n2-standard-4', gpu: { type: 'nvidia-tesla-t4', count: 1 }, region: 'us-central1' })).message).toMatch(/cannot be attached to n2-standard-4/);
    expect(thrown(() => priceShape(index, { machineType: 'n1-standard-4', gpu: { type: 'nvidia-tesla-t4', count: 3 }, region: 'us-central1' })).field).toBe('gpu.count');
    expect(thrown(() => priceShape(index, { machineType: 'n1-standard-4', region: 'us-central1-a' })).field).toBe('region');
  });
});

describe('custom machine types', () => {
  it('bill memory above 6.5 GiB/vCPU (N1) on the Extended RAM SKU', () => {
    const p = priceShape(index, { machineType: 'custom-2-16384-ext', region: 'us-central1' });
    expect(p.components.map((c) => [c.kind, c.quantity])).toEqual([['core', '2'], ['ram', '13'], ['extended-ram', '3']]);
    expect(dollars(p.hourly)).toBeCloseTo(2 * 0.033174 + 13 * 0.004446 + 3 * 0.00955, 9);
    expect(thrown(() => machineShape('custom-2-16384')).hint ?? thrown(() => machineShape('custom-2-16384')).message).toMatch(/-ext/);
  });
});

describe('properties', () => {
  const regions = ['us-central1', 'us-east1', 'us-west1', 'europe-west4', 'asia-east1'];
  const types = knownMachineTypes();
  const outcome = (lookup: SkuIndex | LinearSkuMatcher, s: Parameters<typeof priceShape>[1]) => {
    try {
      const p = priceShape(lookup, s);
      return { hourly: p.hourly, skus: p.components.map((c) => c.skuId) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };

  it('the index answers exactly like a linear scan (prices and errors), on the fixture with random duplicates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.constantFrom(...regions),
        fc.boolean(),
        fc.option(fc.record({ type: fc.constantFrom('nvidia-tesla-t4', 'nvidia-tesla-v100', 'nvidia-l4'), count: fc.constantFrom(1, 2, 4) })),
        fc.integer({ min: 1, max: 5 }),
        fc.subarray(fixtureSnapshot().skus.map((s) => s.description), { maxLength: 3 }),
        (machineType, region, spot, gpu, count, dups) => {
          const snap = fixtureSnapshot();
          dups.forEach((d, i) => snap.skus.push(cloneSku(snap, d, `DUP-${i}`)));
          const c = catalogOf(snap);
          const s = { machineType, region, spot, gpu, count };
          expect(outcome(new SkuIndex(c), s)).toEqual(outcome(new LinearSkuMatcher(c), s));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the price is linear in the machine count and exact (sum of components)', () => {
    const c = embeddedCatalog();
    const ix = new SkuIndex(c);
    fc.assert(
      fc.property(fc.constantFrom('n1-standard-4', 'n2-highmem-8', 'e2-small', 'g2-standard-24', 'a2-highgpu-2g'), fc.integer({ min: 1, max: 1000 }), fc.boolean(), (m, n, spot) => {
        const one = priceShape(ix, { machineType: m, region: 'us-central1', spot });
        const many = priceShape(ix, { machineType: m, region: 'us-central1', spot, count: n });
        expect(many.hourly).toBe(one.hourly * BigInt(n));
        expect(many.hourly).toBe(many.components.reduce((t, x) => t + x.hourly, 0n));
      }),
    );
  });

  it('money: decimal rendering round-trips and rounds half away from zero only at display', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), (pico) => {
        expect(BigInt(toDecimal(pico, 12).replace('.', ''))).toBe(pico);
        const shown = Number(toDecimal(pico, 6));
        expect(Math.abs(shown - Number(pico) / 1e12)).toBeLessThanOrEqual(5e-7 + Math.abs(Number(pico) / 1e12) * 1e-15);
      }),
    );
    expect(toDecimal(8_375_750_000n, 5)).toBe('0.00838');
    expect(formatMoney(-2_500_000_000_000n, 'USD', { signed: true })).toBe('-$2.50');
    expect(formatPercent(49n, 100n)).toBe('+49.0%');
    expect(milli('3.75')).toBe(3750n);
    expect(() => milli('0.0001')).toThrow(PsmlError);
  });
});
