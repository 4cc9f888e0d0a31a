/**
 * Pricing benchmark on a generated 30,000-SKU catalog (40 regions; matchable family/GPU SKUs plus the noise a real
 * catalog has: commitments, sole tenancy, licences, disks, egress). Measures:
 *   - time to index the catalog once (target < 0.5 s),
 *   - time per experiment priced (training + serving) over 1,000 experiments (target < 0.05 ms),
 *   - API calls (and time) for one full catalog load through the real client and the billing emulator,
 * and prints ratios against a naive linear-scan matcher measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { startBillingEmulator } from '../shared/emulators/billing/server.js';
import { catalogFromSnapshot, type CatalogSnapshot, type RestSku } from '../shared/pricing/catalog.js';
import { loadLiveCatalog } from '../shared/pricing/catalog-api.js';
import { priceExperiment, type ExperimentToPrice } from '../shared/pricing/experiment-price.js';
import { LinearSkuMatcher, SkuIndex, type SkuLookup } from '../shared/pricing/sku-matcher.js';
import { median } from './stats.js';

const TOTAL = 30_000;
const REGIONS = Array.from({ length: 40 }, (_, i) => `${['us', 'europe', 'asia', 'southamerica', 'australia'][i % 5]}-${['central', 'east', 'west', 'north', 'south'][Math.floor(i / 5) % 5]}${1 + Math.floor(i / 25)}`);
const FAMILIES = ['N1 Predefined Instance', 'N2 Instance', 'N2D AMD Instance', 'E2 Instance', 'Compute optimized', 'C2D AMD Instance', 'C3 Instance', 'A2 Instance', 'A3 Instance', 'G2 Instance', 'T2D AMD Instance', 'Memory-optimized Instance', 'Custom Instance', 'N2 Custom Instance'];
const GPUS = ['Nvidia Tesla T4', 'Nvidia Tesla V100', 'Nvidia Tesla P4', 'Nvidia Tesla P100', 'Nvidia L4', 'Nvidia Tesla A100', 'Nvidia Tesla A100 80GB', 'Nvidia H100 80GB'];

let seq = 0;
function sku(description: string, usageType: string, region: string, unit: string, nanos: number): RestSku {
  const id = `GEN-${(seq++).toString(16).toUpperCase().padStart(8, '0')}`;
  return {
    name: `services/6F81-5844-456A/skus/${id}`,
    skuId: id,
    description,
    category: { serviceDisplayName: 'Compute Engine', resourceFamily: 'Compute', resourceGroup: 'CPU', usageType },
    serviceRegions: [region],
    pricingInfo: [{ effectiveTime: '2026-05-20T00:00:00Z', pricingExpression: { usageUnit: unit, displayQuantity: 1, baseUnitConversionFactor: 3600, tieredRates: [{ startUsageAmount: 0, unitPrice: { currencyCode: 'USD', units: '0', nanos } }] } }],
    serviceProviderName: 'Google',
    geoTaxonomy: { type: 'REGIONAL', regions: [region] },
  };
}

function generate(): CatalogSnapshot {
  const skus: RestSku[] = [];
  for (const region of REGIONS) {
    for (const f of FAMILIES) {
      for (const [kind, unit, n] of [['Core', 'h', 31_611_000], ['Ram', 'GiBy.h', 4_237_000]] as const) {
        skus.push(sku(`${f} ${kind} running in ${region}`, 'OnDemand', region, unit, n));
        skus.push(sku(`Spot Preemptible ${f} ${kind} running in ${region}`, 'Preemptible', region, unit, Math.round(n / 3)));
        skus.push(sku(`Commitment v1: ${f} ${kind} in ${region} for 1 Year`, 'Commit1Yr', region, unit, Math.round(n * 0.63)));
      }
    }
    for (const g of GPUS) {
      skus.push(sku(`${g} GPU running in ${region}`, 'OnDemand', region, 'h', 350_000_000));
      skus.push(sku(`${g} GPU attached to Spot Preemptible VMs running in ${region}`, 'Preemptible', region, 'h', 165_400_000));
    }
    skus.push(sku(`SSD backed Local Storage in ${region}`, 'OnDemand', region, 'GiBy.mo', 80_000_000));
  }
  const noise = ['Sole Tenancy Instance Core running in', 'Licensing Fee for Windows Server on VM with 4 VCPU in', 'Storage PD Capacity in', 'Network Internet Egress from', 'Balanced PD Capacity in', 'Premium Image Licensing in'];
  for (let i = 0; skus.length < TOTAL; i++) {
    const region = REGIONS[i % REGIONS.length]!;
    skus.push(sku(`${noise[i % noise.length]} ${region} #${i}`, i % 7 === 0 ? 'Commit3Yr' : 'OnDemand', region, 'h', 1_000_000 + (i % 1000)));
  }
  return { services: [{ name: 'services/6F81-5844-456A', serviceId: '6F81-5844-456A', displayName: 'Compute Engine' }], skus, currencyCode: 'USD' };
}

function experiments(n: number): ExperimentToPrice[] {
  const training = ['n1-standard-8', 'n1-highmem-16', 'a2-highgpu-1g', 'g2-standard-8', 'n2-standard-16', 'c2-standard-8'];
  const serving = ['n2-standard-4', 'e2-standard-2', 'e2-micro', 'n2d-standard-8', 'g2-standard-4', 'c3-standard-8', 't2d-standard-4', 'n2-custom-8-32768'];
  let x = 12345;
  const rnd = (k: number) => ((x = (x * 1103515245 + 12345) & 0x7fffffff) % k);
  return Array.from({ length: n }, (_, i) => {
    const t = training[rnd(training.length)]!;
    return {
      service: `svc${i}`,
      version: { major: 1, minor: i },
      training: { machineType: t, gpu: t.startsWith('n1') ? { type: 'nvidia-tesla-t4', count: 1 } : undefined, zones: [`${REGIONS[rnd(40)]}-a`], spot: rnd(2) === 0, expectedDurationSeconds: 3600 * (1 + rnd(10)) },
      serving: { machineType: serving[rnd(serving.length)]!, replicas: { min: 1 + rnd(3), max: 4 + rnd(8) }, region: REGIONS[rnd(40)]!, spot: false },
    };
  });
}

function time(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
  }
  return median(t);
}
function pricePer(lookup: SkuLookup, exps: ExperimentToPrice[]): number {
  let total = 0n;
  const ms = time(() => {
    for (const e of exps) total += priceExperiment(lookup, e).hourly;
  }, 3);
  if (total <= 0n) throw new Error('priced nothing');
  return ms / exps.length;
}

const snapshot = generate();
const catalog = catalogFromSnapshot(snapshot, 'file', 'generated');
console.log(`catalog: ${catalog.skus.length} SKUs, ${REGIONS.length} regions`);

// 1. index once
let index!: SkuIndex;
const indexMs = time(() => void (index = new SkuIndex(catalog)), 5);
const linearSetupMs = time(() => void new LinearSkuMatcher(catalog), 5);
console.log(`index the catalog: ${indexMs.toFixed(1)} ms (target < 500 ms) → ${index.size} (region, usage, component) keys; linear matcher setup ${linearSetupMs.toFixed(3)} ms`);

// 2. price experiments; results must agree
const exps = experiments(1000);
const sample = exps.slice(0, 20);
for (const e of sample) {
  if (priceExperiment(index, e).hourly !== priceExperiment(new LinearSkuMatcher(catalog), e).hourly) throw new Error(`index and linear scan disagree on ${e.service}`);
}
priceExperiment(index, exps[0]!); // warm up
const indexedPer = pricePer(index, exps);
const linearPer = pricePer(new LinearSkuMatcher(catalog), sample);
console.log(`price one experiment (training + serving, ~7 components): indexed ${(indexedPer * 1000).toFixed(1)} µs (target < 50 µs) over ${exps.length}; linear scan ${linearPer.toFixed(2)} ms over ${sample.length}`);
console.log(`ratio: linear scan / indexed per experiment = ${(linearPer / indexedPer).toFixed(0)}×`);
const breakEven = indexMs / Math.max(linearPer - indexedPer, 1e-9);
console.log(`ratio: indexing pays for itself after ${breakEven.toFixed(1)} experiments; for 1,000 experiments: indexed ${(indexMs + indexedPer * 1000).toFixed(0)} ms vs linear ${(linearPer * 1000).toFixed(0)} ms (${((linearPer * 1000) / (indexMs + indexedPer * 1000)).toFixed(0)}×)`);

// 3. one full catalog load through the real client and the emulator
const emu = await startBillingEmulator({ snapshot });
try {
  let s = performance.now();
  const live = await loadLiveCatalog({ endpoint: emu.url });
  const loadMs = performance.now() - s;
  const minimum = 1 + Math.ceil(TOTAL / 5000);
  console.log(`full catalog load: ${live.apiCalls} API calls (services + ${live.apiCalls - 1} SKU pages of 5000; minimum ${minimum}), ${live.skus.length} SKUs in ${loadMs.toFixed(0)} ms`);
  emu.requests.length = 0;
  s = performance.now();
  const small = await loadLiveCatalog({ endpoint: emu.url, pageSize: 500 });
  const smallMs = performance.now() - s;
  console.log(`baseline pageSize 500: ${small.apiCalls} API calls in ${smallMs.toFixed(0)} ms → ratio calls ${(small.apiCalls / live.apiCalls).toFixed(1)}×, time ${(smallMs / loadMs).toFixed(1)}×`);
} finally {
  await emu.close();
}
