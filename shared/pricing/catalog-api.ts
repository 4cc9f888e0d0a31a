/**
 * The live catalog: the official CloudCatalogClient over REST (`fallback: true`), every page of Compute Engine SKUs in
 * one currency, each page call retried on 429/5xx/network errors. PSML_BILLING_ENDPOINT (or `endpoint`) points the
 * unmodified client at a local emulator.
 */
import { CloudCatalogClient } from '@google-cloud/billing/build/src/v1/cloud_catalog_client.js';
import { PsmlError, asUserError } from '../errors.js';
import { googleClientOptions } from '../gcp/client-options.js';
import { apiErrorInfo, withRetry, type RetryOptions } from '../gcp/retry.js';
import {
  COMPUTE_ENGINE_SERVICE_ID,
  catalogFromSnapshot,
  type Catalog,
  type CatalogSnapshot,
  type RestService,
  type RestSku,
} from './catalog.js';

export interface LiveCatalogOptions {
  /** URL of a local endpoint; default PSML_BILLING_ENDPOINT, else the real API with ADC. */
  endpoint?: string;
  currency?: string;
  pageSize?: number;
  retry?: RetryOptions;
  /** Called after each API call (for progress and the benchmark). */
  onCall?: (what: 'services' | 'skus', page: number) => void;
}

type Timestamp = { seconds?: unknown; nanos?: number | null } | string | null | undefined;

/** Fetches the Compute Engine service and all its SKUs as a snapshot in the REST shape. */
export async function fetchCatalogSnapshot(opts: LiveCatalogOptions = {}): Promise<{ snapshot: CatalogSnapshot; apiCalls: number }> {
  const currency = (opts.currency ?? 'USD').toUpperCase();
  const options = googleClientOptions('billing', opts.endpoint);
  // PassThroughClient is an AuthClient; the client's options type names a narrower union
  const client = new CloudCatalogClient(options as ConstructorParameters<typeof CloudCatalogClient>[0]);
  const retry: RetryOptions = { deadlineMs: 120_000, ...opts.retry };
  const where = opts.endpoint ?? options.apiEndpoint ?? 'cloudbilling.googleapis.com';
  let apiCalls = 0;
  const call = async <T>(what: 'services' | 'skus', page: number, fn: () => Promise<T>): Promise<T> => {
    try {
      return await withRetry(async () => {
        apiCalls++;
        try {
          return await fn();
        } finally {
          opts.onCall?.(what, page);
        }
      }, retry);
    } catch (e) {
      const user = asUserError(e); // e.g. no credentials: not a network problem
      if (user) throw user;
      const info = apiErrorInfo(e);
      throw new PsmlError(`Cloud Billing Catalog API ${what} request failed: ${info.status ?? info.network ?? ''} ${info.message}`.trim(), {
        resource: `services/${COMPUTE_ENGINE_SERVICE_ID}`,
        hint:
          info.status === 403 || info.status === 401
            ? 'enable the Cloud Billing API and grant credentials (any authenticated principal may read the catalog)'
            : `check network access to ${where}, or pass --catalog <snapshot file> to price offline`,
        cause: e,
      });
    }
  };

  try {
    const services: RestService[] = [];
    let serviceReq: { pageSize: number; pageToken?: string } | null = { pageSize: opts.pageSize ?? 5000 };
    for (let page = 1; serviceReq; page++) {
      const req: { pageSize: number; pageToken?: string } = serviceReq;
      const [items, next] = await call('services', page, () => client.listServices(req, { autoPaginate: false }));
      for (const s of items) {
        if (s.serviceId === COMPUTE_ENGINE_SERVICE_ID) {
          services.push({ name: s.name ?? '', serviceId: s.serviceId, displayName: s.displayName ?? '', businessEntityName: s.businessEntityName ?? undefined });
        }
      }
      serviceReq = next?.pageToken ? { pageSize: req.pageSize, pageToken: next.pageToken } : null;
    }
    if (services.length === 0) {
      throw new PsmlError(`the catalog has no Compute Engine service (${COMPUTE_ENGINE_SERVICE_ID})`, { resource: where });
    }

    const skus: RestSku[] = [];
    const parent = `services/${COMPUTE_ENGINE_SERVICE_ID}`;
    let pageToken: string | undefined = '';
    for (let page = 1; pageToken !== undefined; page++) {
      const token: string = pageToken;
      const [items, next] = await call('skus', page, () =>
        client.listSkus({ parent, currencyCode: currency, pageSize: opts.pageSize ?? 5000, pageToken: token }, { autoPaginate: false }),
      );
      for (const s of items) skus.push(toRestSku(s as unknown as Record<string, unknown>));
      pageToken = next?.pageToken ? next.pageToken : undefined;
    }
    return { snapshot: { services, skus, currencyCode: currency, fetchedAt: new Date().toISOString() }, apiCalls };
  } finally {
    await client.close().catch(() => undefined);
  }
}

export async function loadLiveCatalog(opts: LiveCatalogOptions = {}): Promise<Catalog> {
  const { snapshot, apiCalls } = await fetchCatalogSnapshot(opts);
  const origin = opts.endpoint ?? process.env.PSML_BILLING_ENDPOINT ?? 'cloudbilling.googleapis.com';
  return catalogFromSnapshot(snapshot, 'api', origin, apiCalls);
}

/** The client hands back protobuf objects (timestamps as {seconds, nanos}, int64 as string/Long): back to REST JSON. */
function toRestSku(s: Record<string, unknown>): RestSku {
  const sku = s as unknown as {
    name?: string;
    skuId?: string;
    description?: string;
    category?: RestSku['category'];
    serviceRegions?: string[];
    serviceProviderName?: string;
    geoTaxonomy?: { type?: string | number; regions?: string[] } | null;
    pricingInfo?: Array<{
      summary?: string;
      effectiveTime?: Timestamp;
      currencyConversionRate?: number;
      pricingExpression?: {
        usageUnit?: string;
        usageUnitDescription?: string;
        baseUnit?: string;
        baseUnitDescription?: string;
        baseUnitConversionFactor?: number;
        displayQuantity?: number;
        tieredRates?: { startUsageAmount?: number; unitPrice?: { currencyCode?: string; units?: unknown; nanos?: number } | null }[];
      } | null;
    }>;
  };
  return {
    name: sku.name,
    skuId: sku.skuId ?? '',
    description: sku.description ?? '',
    category: sku.category
      ? {
          serviceDisplayName: sku.category.serviceDisplayName ?? undefined,
          resourceFamily: sku.category.resourceFamily ?? undefined,
          resourceGroup: sku.category.resourceGroup ?? undefined,
          usageType: sku.category.usageType ?? undefined,
        }
      : null,
    serviceRegions: [...(sku.serviceRegions ?? [])],
    pricingInfo: (sku.pricingInfo ?? []).map((p) => ({
      summary: p.summary ?? '',
      effectiveTime: timestampToIso(p.effectiveTime),
      currencyConversionRate: p.currencyConversionRate ?? undefined,
      pricingExpression: p.pricingExpression
        ? {
            usageUnit: p.pricingExpression.usageUnit ?? undefined,
            usageUnitDescription: p.pricingExpression.usageUnitDescription ?? undefined,
            baseUnit: p.pricingExpression.baseUnit ?? undefined,
            baseUnitDescription: p.pricingExpression.baseUnitDescription ?? undefined,
            baseUnitConversionFactor: p.pricingExpression.baseUnitConversionFactor ?? undefined,
            displayQuantity: p.pricingExpression.displayQuantity ?? undefined,
            tieredRates: (p.pricingExpression.tieredRates ?? []).map((r) => ({
              startUsageAmount: r.startUsageAmount ?? 0,
              unitPrice: {
                currencyCode: r.unitPrice?.currencyCode ?? undefined,
                units: String(r.unitPrice?.units ?? '0'),
                nanos: r.unitPrice?.nanos ?? 0,
              },
            })),
          }
        : null,
    })),
    serviceProviderName: sku.serviceProviderName ?? undefined,
    geoTaxonomy: sku.geoTaxonomy ? { type: sku.geoTaxonomy.type ?? undefined, regions: [...(sku.geoTaxonomy.regions ?? [])] } : null,
  };
}

function timestampToIso(t: Timestamp): string | undefined {
  if (!t) return undefined;
  if (typeof t === 'string') return t;
  const seconds = Number(String(t.seconds ?? 0));
  return new Date(seconds * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString().replace('.000Z', 'Z');
}
