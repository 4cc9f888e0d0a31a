/**
 * Where prices come from, in order: `--catalog-endpoint <url>` or `--catalog live` (the API), `--catalog <file>`
 * (a snapshot), PSML_BILLING_ENDPOINT (a local API), else the embedded dated default (offline).
 */
import { PsmlError } from '../errors.js';
import { endpointEnvVar } from '../gcp/client-options.js';
import { catalogFromSnapshot, readCatalogFile, type Catalog } from './catalog.js';
import { loadLiveCatalog, type LiveCatalogOptions } from './catalog-api.js';
import { EMBEDDED_CATALOG } from './embedded-catalog.js';

export interface CatalogChoice {
  /** A snapshot file, `live` for the API, or `embedded`. */
  catalog?: string;
  /** URL of a Billing Catalog endpoint (implies the API). */
  endpoint?: string;
  currency?: string;
  retry?: LiveCatalogOptions['retry'];
}

export function embeddedCatalog(): Catalog {
  return catalogFromSnapshot(EMBEDDED_CATALOG, 'embedded', 'embedded default catalog');
}

/** What the embedded default covers (for `psml price --help` and messages). */
export const embeddedCatalogNote = (): string => EMBEDDED_CATALOG.note ?? '';

export async function loadCatalog(choice: CatalogChoice = {}): Promise<Catalog> {
  const { catalog, endpoint } = choice;
  if (endpoint || catalog === 'live' || (!catalog && process.env[endpointEnvVar('billing')])) {
    return loadLiveCatalog({ endpoint, currency: choice.currency, retry: choice.retry });
  }
  const saved = !catalog || catalog === 'embedded' ? embeddedCatalog() : await readCatalogFile(catalog);
  // a saved catalog has one currency: converting needs the API's rates
  if (choice.currency && choice.currency.toUpperCase() !== saved.currency) {
    throw new PsmlError(`the ${describeCatalog(saved)} has no ${choice.currency} prices`, {
      field: '--currency',
      hint: `use --catalog live (or a snapshot written with psml price snapshot --currency ${choice.currency.toUpperCase()}), or drop --currency`,
    });
  }
  return saved;
}

/** One line for reports: where the prices are from and their date. */
export function describeCatalog(c: Catalog): string {
  const what = c.source === 'embedded' ? 'embedded default catalog' : c.source === 'file' ? `snapshot ${c.origin}` : `Cloud Billing Catalog API (${c.origin})`;
  return `${what}, prices as of ${c.date}, ${c.currency}`;
}
