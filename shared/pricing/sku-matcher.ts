/**
 * Which catalog SKU prices which component. Each SKU is classified ONCE by an anchored description pattern into a
 * component key (`n1/core`, `gpu/nvidia-tesla-t4`, …) and indexed under (region from serviceRegions, usage, component),
 * so a lookup is one Map access. Commitments, custom/extended (unless asked for), sole tenancy, reservations, DWS,
 * premiums and licences never classify. Two candidates for one key is an error, never a silent first match.
 */
import { PsmlError } from '../errors.js';
import type { Catalog, CatalogSku } from './catalog.js';
import { toDecimal } from './money.js';
import type { GpuType, SkuFamily } from './machine-types.js';

export type Usage = 'ondemand' | 'spot';
export type ComponentKind = 'core' | 'ram' | 'extended-ram' | 'gpu' | 'local-ssd';
/** `n1/core`, `custom-n2/extended-ram`, `gpu/nvidia-l4`, `local-ssd`. */
export type ComponentKey = string;

/** Description prefixes (before " Core|Ram running in …") per family — gcp-billing.md. */
const FAMILY_PREFIX: Record<SkuFamily, string> = {
  n1: 'N1 Predefined Instance',
  n2: 'N2 Instance',
  n2d: 'N2D AMD Instance',
  e2: 'E2 Instance',
  c2: 'Compute optimized',
  c2d: 'C2D AMD Instance',
  c3: 'C3 Instance',
  a2: 'A2 Instance',
  a3: 'A3 Instance',
  g2: 'G2 Instance',
  t2d: 'T2D AMD Instance',
  m1: 'Memory-optimized Instance',
  'custom-n1': 'Custom Instance',
  'custom-n2': 'N2 Custom Instance',
  'custom-n2d': 'N2D AMD Custom Instance',
};
const EXTENDED_PREFIX: Partial<Record<SkuFamily, string>> = {
  'custom-n1': 'Custom Extended Instance',
  'custom-n2': 'N2 Custom Extended Instance',
  'custom-n2d': 'N2D AMD Custom Extended Instance',
};
/** GPU names in SKU descriptions (before " GPU running in …"). */
const GPU_NAMES: Record<string, GpuType> = {
  'Nvidia Tesla T4': 'nvidia-tesla-t4',
  'Nvidia Tesla V100': 'nvidia-tesla-v100',
  'Nvidia Tesla P4': 'nvidia-tesla-p4',
  'Nvidia Tesla P100': 'nvidia-tesla-p100',
  'Nvidia L4': 'nvidia-l4',
  'Nvidia Tesla A100': 'nvidia-tesla-a100',
  'Nvidia Tesla A100 80GB': 'nvidia-a100-80gb',
  'Nvidia A100 80GB': 'nvidia-a100-80gb',
  'Nvidia H100 80GB': 'nvidia-h100-80gb',
};

const INSTANCE_KEY = new Map<string, ComponentKey>();
for (const [family, prefix] of Object.entries(FAMILY_PREFIX)) {
  INSTANCE_KEY.set(`${prefix} Core`, `${family}/core`);
  INSTANCE_KEY.set(`${prefix} Ram`, `${family}/ram`);
}
for (const [family, prefix] of Object.entries(EXTENDED_PREFIX)) INSTANCE_KEY.set(`${prefix} Ram`, `${family}/extended-ram`);

const SPOT_PREFIX = /^(?:Spot )?Preemptible /;
const INSTANCE = /^(.+ (?:Core|Ram)) running in [^()]+$/;
const GPU_ONDEMAND = /^(.+) GPU running in [^()]+$/;
const GPU_SPOT = /^(.+) GPU attached to (?:Spot )?Preemptible VMs running in [^()]+$/;
const LOCAL_SSD = /^SSD backed Local Storage(?: attached to (?:Spot )?Preemptible VMs)?(?: running)? in [^()]+$/;
const NEVER = /\b(?:Commitment|Sole Tenancy|Reserved|DWS|Premium|Licen[cs]e|Virtual Workstation)\b/i;

/** Component key and usage of a SKU, or undefined when it prices nothing we compute. Pure; the matcher's one rule. */
export function classifySku(sku: Pick<CatalogSku, 'description' | 'usageType'>): { key: ComponentKey; usage: Usage } | undefined {
  const usage: Usage | undefined = sku.usageType === 'OnDemand' ? 'ondemand' : sku.usageType === 'Preemptible' ? 'spot' : undefined;
  if (!usage) return undefined;
  const d = sku.description;
  if (NEVER.test(d)) return undefined;
  if (LOCAL_SSD.test(d)) {
    return /Preemptible/.test(d) === (usage === 'spot') ? { key: 'local-ssd', usage } : undefined;
  }
  const gpu = (usage === 'spot' ? GPU_SPOT : GPU_ONDEMAND).exec(d);
  if (gpu) {
    const type = GPU_NAMES[gpu[1]!];
    return type ? { key: `gpu/${type}`, usage } : undefined;
  }
  const spotPrefixed = SPOT_PREFIX.test(d);
  if (spotPrefixed !== (usage === 'spot')) return undefined;
  const m = INSTANCE.exec(spotPrefixed ? d.replace(SPOT_PREFIX, '') : d);
  const key = m ? INSTANCE_KEY.get(m[1]!) : undefined;
  return key ? { key, usage } : undefined;
}

export interface SkuLookup {
  readonly catalog: Catalog;
  /** The one SKU for a component; PsmlError when there is none or more than one. */
  find(region: string, usage: Usage, key: ComponentKey, label: string): CatalogSku;
}

/** The catalog indexed once: Map (region, usage, component) → candidates. */
export class SkuIndex implements SkuLookup {
  private readonly byKey = new Map<string, CatalogSku[]>();
  /** For "which regions do have it" in errors. */
  private readonly regionsOf = new Map<string, Set<string>>();

  constructor(readonly catalog: Catalog) {
    for (const sku of catalog.skus) {
      const c = classifySku(sku);
      if (!c) continue;
      const kind = `${c.usage}\u0000${c.key}`;
      let regions = this.regionsOf.get(kind);
      if (!regions) this.regionsOf.set(kind, (regions = new Set()));
      for (const region of sku.serviceRegions) {
        const k = `${region}\u0000${kind}`;
        const list = this.byKey.get(k);
        if (list) list.push(sku);
        else this.byKey.set(k, [sku]);
        regions.add(region);
      }
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  find(region: string, usage: Usage, key: ComponentKey, label: string): CatalogSku {
    const found = this.byKey.get(`${region}\u0000${usage}\u0000${key}`);
    return exactlyOne(found ?? [], this.catalog, region, usage, key, label, () => [...(this.regionsOf.get(`${usage}\u0000${key}`) ?? [])]);
  }
}

/**
 * The naive matcher most scripts write: scan every SKU for every component. Same answers as SkuIndex (tests
 * compare them); kept as the benchmark's baseline.
 */
export class LinearSkuMatcher implements SkuLookup {
  constructor(readonly catalog: Catalog) {}

  find(region: string, usage: Usage, key: ComponentKey, label: string): CatalogSku {
    const found: CatalogSku[] = [];
    const regions = new Set<string>();
    for (const sku of this.catalog.skus) {
      const c = classifySku(sku);
      if (!c || c.usage !== usage || c.key !== key) continue;
      for (const r of sku.serviceRegions) regions.add(r);
      if (sku.serviceRegions.includes(region)) found.push(sku);
    }
    return exactlyOne(found, this.catalog, region, usage, key, label, () => [...regions]);
  }
}

function exactlyOne(
  found: CatalogSku[],
  catalog: Catalog,
  region: string,
  usage: Usage,
  key: ComponentKey,
  label: string,
  regionsWithIt: () => string[],
): CatalogSku {
  if (found.length === 1) return found[0]!;
  const what = `${usage === 'spot' ? 'spot' : 'on-demand'} ${label}`;
  const resource = `catalog ${catalog.origin} (${catalog.date})`;
  if (found.length === 0) {
    const elsewhere = regionsWithIt().sort();
    throw new PsmlError(`no SKU prices ${what} in region ${region}`, {
      field: 'region',
      resource,
      hint: elsewhere.length
        ? `the catalog has it in: ${elsewhere.slice(0, 8).join(', ')}${elsewhere.length > 8 ? ', …' : ''}; pick one of those regions or a newer catalog`
        : `the catalog has no ${what} SKU in any region (component ${key}); use the live catalog (--catalog-endpoint) or a newer snapshot`,
      details: [`component ${key}, usage ${usage}, region ${region}`],
    });
  }
  throw new PsmlError(`${found.length} SKUs match ${what} in region ${region}; refusing to pick one`, {
    field: 'region',
    resource,
    hint: 'the catalog is ambiguous for this component: report it, or price from a snapshot (--catalog) without the duplicate',
    details: found.map((s) => `candidate ${s.skuId} "${s.description}" ${toDecimal(s.tiers[0]!.unitNanos * 1000n, 6)} ${s.currency}/${s.usageUnit}`),
  });
}
