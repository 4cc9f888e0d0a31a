/**
 * The Compute Engine part of the Cloud Billing Catalog, normalized once: where it came from, the date its prices are
 * from, its currency, and each SKU with the fields pricing needs (unit prices as exact nanos).
 * Snapshot files keep the REST shape (`{services, skus}`), so a saved API answer, the test fixture and the embedded
 * default are all read by the same code.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { PsmlError } from '../errors.js';
import { nanosFromPrice } from './money.js';
import { parseJsonText } from '../json.js';

export const COMPUTE_ENGINE_SERVICE_ID = '6F81-5844-456A';

/** One SKU as the REST API answers it (only the fields we read are typed). */
export interface RestSku {
  name?: string;
  skuId: string;
  description: string;
  category?: { serviceDisplayName?: string; resourceFamily?: string; resourceGroup?: string; usageType?: string } | null;
  serviceRegions?: string[];
  pricingInfo?: RestPricingInfo[];
  serviceProviderName?: string;
  geoTaxonomy?: { type?: string | number; regions?: string[] } | null;
}

export interface RestPricingInfo {
  summary?: string;
  effectiveTime?: string;
  currencyConversionRate?: number;
  pricingExpression?: {
    usageUnit?: string;
    usageUnitDescription?: string;
    baseUnit?: string;
    baseUnitDescription?: string;
    baseUnitConversionFactor?: number;
    displayQuantity?: number;
    tieredRates?: { startUsageAmount?: number; unitPrice?: { currencyCode?: string; units?: string; nanos?: number } }[];
  } | null;
}

export interface RestService {
  name: string;
  serviceId: string;
  displayName: string;
  businessEntityName?: string;
}

/** The snapshot file format: the API's own JSON plus when and in which currency it was fetched. */
export interface CatalogSnapshot {
  services: RestService[];
  skus: RestSku[];
  currencyCode?: string;
  /** ISO time the snapshot was taken (or the date its prices are from, for the embedded default). */
  fetchedAt?: string;
  /** Free text about what the snapshot contains. */
  note?: string;
}

export interface SkuTier {
  startUsageAmount: number;
  unitNanos: bigint;
}

export interface CatalogSku {
  skuId: string;
  description: string;
  resourceGroup: string;
  usageType: string;
  serviceRegions: readonly string[];
  usageUnit: string;
  tiers: readonly SkuTier[];
  currency: string;
  effectiveTime?: string;
}

export type CatalogSourceKind = 'api' | 'file' | 'embedded';

export interface Catalog {
  source: CatalogSourceKind;
  /** Endpoint URL or file path, for messages. */
  origin: string;
  currency: string;
  /** YYYY-MM-DD: the date the prices are from. */
  date: string;
  skus: readonly CatalogSku[];
  /** API calls made to load it (0 for files). */
  apiCalls: number;
}

/** Normalizes one REST SKU; SKUs without a usable price are dropped (they can never match a component). */
export function normalizeSku(raw: RestSku, fallbackCurrency: string): CatalogSku | undefined {
  const info = latestPricing(raw.pricingInfo ?? []);
  const expr = info?.pricingExpression;
  const rates = expr?.tieredRates ?? [];
  if (!expr?.usageUnit || rates.length === 0) return undefined;
  const tiers = rates
    .map((r) => ({ startUsageAmount: r.startUsageAmount ?? 0, unitNanos: nanosFromPrice(r.unitPrice?.units, r.unitPrice?.nanos) }))
    .sort((a, b) => a.startUsageAmount - b.startUsageAmount);
  return {
    skuId: raw.skuId,
    description: raw.description ?? '',
    resourceGroup: raw.category?.resourceGroup ?? '',
    usageType: raw.category?.usageType ?? '',
    serviceRegions: raw.serviceRegions ?? [],
    usageUnit: expr.usageUnit,
    tiers,
    currency: rates[0]?.unitPrice?.currencyCode || fallbackCurrency,
    effectiveTime: info?.effectiveTime,
  };
}

function latestPricing(infos: RestPricingInfo[]): RestPricingInfo | undefined {
  let best: RestPricingInfo | undefined;
  for (const i of infos) if (!best || (i.effectiveTime ?? '') >= (best.effectiveTime ?? '')) best = i;
  return best;
}

/** Builds a Catalog from a snapshot; the date is the snapshot's, else the newest price in it. */
export function catalogFromSnapshot(snap: CatalogSnapshot, source: CatalogSourceKind, origin: string, apiCalls = 0): Catalog {
  const currency = snap.currencyCode ?? snap.skus.find((s) => s.pricingInfo?.[0]?.pricingExpression?.tieredRates?.[0]?.unitPrice?.currencyCode)
    ?.pricingInfo?.[0]?.pricingExpression?.tieredRates?.[0]?.unitPrice?.currencyCode ?? 'USD';
  const skus: CatalogSku[] = [];
  let newest = '';
  for (const raw of snap.skus) {
    const s = normalizeSku(raw, currency);
    if (!s) continue;
    if (s.currency !== currency) {
      throw new PsmlError(`SKU ${s.skuId} is priced in ${s.currency} but the catalog is in ${currency}`, {
        resource: origin,
        hint: 'use a snapshot fetched with a single --currency',
      });
    }
    if (s.effectiveTime && s.effectiveTime > newest) newest = s.effectiveTime;
    skus.push(s);
  }
  const date = (snap.fetchedAt ?? newest).slice(0, 10) || 'unknown date';
  return { source, origin, currency, date, skus, apiCalls };
}

/** Reads a `{services, skus}` snapshot file (a saved API answer). */
export async function readCatalogFile(file: string): Promise<Catalog> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new PsmlError(`cannot read catalog snapshot: ${(e as Error).message}`, {
      field: '--catalog',
      resource: file,
      hint: 'write one with `psml price snapshot --out <file>`',
    });
  }
  let json: unknown;
  try {
    json = parseJsonText(text);
  } catch (e) {
    throw new PsmlError(`catalog snapshot is not valid JSON: ${(e as Error).message}`, { field: '--catalog', resource: file });
  }
  const snap = json as Partial<CatalogSnapshot>;
  if (!snap || !Array.isArray(snap.skus) || snap.skus.some((s) => typeof s?.skuId !== 'string')) {
    throw new PsmlError('catalog snapshot must be an object {services: [...], skus: [{skuId, description, pricingInfo, ...}]}', {
      field: '--catalog',
      resource: file,
      hint: 'write one with `psml price snapshot --out <file>`',
    });
  }
  return catalogFromSnapshot({ services: snap.services ?? [], ...snap, skus: snap.skus } as CatalogSnapshot, 'file', file);
}

export async function writeCatalogFile(file: string, snap: CatalogSnapshot): Promise<void> {
  await writeFile(file, `${JSON.stringify(snap, null, 1)}\n`);
}
