/**
 * `psml price <manifest> [--base <manifest>]` (seed 000's `psml experiments price`), ad hoc
 * `psml price --machine-type … --gpu … --region …`, and `psml price snapshot --out <file>`.
 */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PsmlError } from '../../errors.js';
import { loadExperiment } from '../../manifest/load.js';
import { writeCatalogFile } from '../../pricing/catalog.js';
import { fetchCatalogSnapshot } from '../../pricing/catalog-api.js';
import { describeCatalog, embeddedCatalogNote, loadCatalog } from '../../pricing/catalog-source.js';
import { priceExperiment } from '../../pricing/experiment-price.js';
import { parseGpuSpec } from '../../pricing/gpus.js';
import { toDecimal } from '../../pricing/money.js';
import { buildPriceReport, renderMarkdown, reportJson, shapePriceJson } from '../../pricing/price-report.js';
import { priceShape } from '../../pricing/shape-price.js';
import { SkuIndex } from '../../pricing/sku-matcher.js';

interface PriceOpts {
  base?: string;
  catalog?: string;
  catalogEndpoint?: string;
  currency?: string;
  format: string;
  machineType?: string;
  gpu?: string;
  region?: string;
  spot?: boolean;
  count?: string;
}


export function registerPrice(program: Command): void {
  const price = program
    .command('price')
    .description('hourly price of an experiment (training, serving at min/max replicas) or of a machine shape, from the Cloud Billing Catalog')
    .argument('[manifest]', 'experiment manifest to price')
    .option('--base <manifest>', 'compare with this manifest (e.g. the version on the main branch)')
    .option('--catalog <file>', 'a catalog snapshot file, "live" (the API) or "embedded" (default, offline)')
    .option('--catalog-endpoint <url>', 'a Cloud Billing Catalog endpoint (e.g. a local emulator)')
    .option('--currency <code>', 'currency of the prices (the live API converts; saved catalogs have one; default USD)')
    .option('--format <format>', 'markdown | json', 'markdown')
    .option('--machine-type <type>', 'ad hoc: a machine type such as n1-standard-8')
    .option('--gpu <type:count>', 'ad hoc: GPUs such as nvidia-tesla-t4:1')
    .option('--region <region>', 'ad hoc: region such as us-central1')
    .option('--spot', 'ad hoc: Spot VMs')
    .option('--count <n>', 'ad hoc: number of machines', '1')
    .addHelpText('after', `\nWithout --catalog/--catalog-endpoint/PSML_BILLING_ENDPOINT prices come from the embedded catalog:\n  ${embeddedCatalogNote()}`)
    .action(async (manifest: string | undefined, opts: PriceOpts) => {
      if (!['markdown', 'json'].includes(opts.format)) {
        throw new PsmlError(`unknown format "${opts.format}"`, { field: '--format', hint: 'use markdown or json' });
      }
      if (manifest && opts.machineType) {
        throw new PsmlError('pass either a manifest or --machine-type, not both', { field: '--machine-type' });
      }
      if (!manifest && !opts.machineType) {
        throw new PsmlError('nothing to price', { hint: 'pass a manifest, or --machine-type with --region (see psml price --help)' });
      }
      const catalog = await loadCatalog({ catalog: opts.catalog, endpoint: opts.catalogEndpoint, currency: opts.currency });
      const lookup = new SkuIndex(catalog);

      if (opts.machineType) {
        if (!opts.region) throw new PsmlError('--region is required with --machine-type', { field: '--region', hint: 'e.g. --region us-central1' });
        const count = Number(opts.count ?? 1);
        if (!Number.isSafeInteger(count) || count < 1 || count > 1_000_000) throw new PsmlError(`must be a whole number from 1 to 1,000,000, got "${opts.count}"`, { field: '--count' });
        const p = priceShape(lookup, {
          machineType: opts.machineType,
          gpu: opts.gpu ? parseGpuSpec(opts.gpu) : undefined,
          region: opts.region,
          spot: Boolean(opts.spot),
          count,
        });
        if (opts.format === 'json') {
          const { hourly, ...shape } = shapePriceJson(p);
          const out = { currency: p.currency, hourly, ...shape, catalog: { source: catalog.source, date: catalog.date } };
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else {
          const lines = [
            `${p.count} × ${p.machineType}${p.gpu ? ` + ${p.gpu.count} × ${p.gpu.type}` : ''}${p.usage === 'spot' ? ' (spot)' : ''} in ${p.region}: ` +
              `${toDecimal(p.hourly, 6)} ${p.currency}/hour`,
            '',
            '| Component | SKU | Quantity | Unit price | Per hour |',
            '|---|---|---:|---:|---:|',
            ...p.components.map(
              (c) => `| ${c.label} | ${c.skuId} ${c.description} | ${c.quantity} ${c.unit} × ${p.count} | ${toDecimal(c.unitNanos * 1000n, 6)} | ${toDecimal(c.hourly, 6)} |`,
            ),
            '',
            `Prices: ${describeCatalog(catalog)}.`,
          ];
          process.stdout.write(`${lines.join('\n')}\n`);
        }
        return;
      }

      const price = (file: string) => priceExperiment(lookup, { ...loadExperiment(file), source: { file } });
      const head = price(manifest!);
      const base = opts.base ? price(opts.base) : undefined;
      const status = !base ? 'added' : readFileSync(opts.base!, 'utf8') === readFileSync(manifest!, 'utf8') ? 'unchanged' : 'changed';
      const report = buildPriceReport([{ file: path.relative('.', manifest!) || manifest!, status, base, head }], catalog);
      process.stdout.write(opts.format === 'json' ? `${JSON.stringify(reportJson(report), null, 2)}\n` : renderMarkdown(report));
    });

  price
    .command('snapshot')
    .description('save the live Compute Engine catalog to a file, for `--catalog <file>` (air-gapped, reproducible CI)')
    .requiredOption('--out <file>', 'where to write the snapshot JSON')
    .option('--catalog-endpoint <url>', 'a Cloud Billing Catalog endpoint (default: PSML_BILLING_ENDPOINT, else the real API)')
    .option('--currency <code>', 'currency', 'USD')
    .action(async (opts: { out: string; catalogEndpoint?: string; currency: string }) => {
      const { snapshot, apiCalls } = await fetchCatalogSnapshot({ endpoint: opts.catalogEndpoint, currency: opts.currency });
      await writeCatalogFile(opts.out, snapshot);
      process.stdout.write(`wrote ${snapshot.skus.length} SKUs (${snapshot.currencyCode}, ${apiCalls} API calls) to ${opts.out}\n`);
    });
}
