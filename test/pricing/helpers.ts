import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogSnapshot, RestSku } from '../../shared/pricing/catalog.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE = path.join(here, 'fixtures', 'catalog-fixture-compute-engine.json');
export const fixtureSnapshot = (): CatalogSnapshot => JSON.parse(readFileSync(FIXTURE, 'utf8')) as CatalogSnapshot;

/** A copy of a fixture SKU under a new id (for ambiguity tests). */
export function cloneSku(snap: CatalogSnapshot, description: string, skuId: string, nanos?: number): RestSku {
  const src = snap.skus.find((s) => s.description === description);
  if (!src) throw new Error(`fixture has no "${description}"`);
  const copy = JSON.parse(JSON.stringify(src)) as RestSku;
  copy.skuId = skuId;
  copy.name = `services/6F81-5844-456A/skus/${skuId}`;
  if (nanos !== undefined) copy.pricingInfo![0]!.pricingExpression!.tieredRates![0]!.unitPrice!.nanos = nanos;
  return copy;
}

/** Money in picodollars → dollars, for comparing with public prices. */
export const dollars = (pico: bigint): number => Number(pico) / 1e12;
