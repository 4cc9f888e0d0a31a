import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 34;
export const ids = [34];
export const modules = {

/***/ 82034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerPrice: () => (/* binding */ registerPrice)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/manifest/load.ts + 1 modules
var load = __webpack_require__(11920);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./shared/pricing/money.ts
/**
 * Money as exact integers. The catalog gives unit prices in nanos (1e-9); quantities are kept in thousandths
 * (0.25 vCPU, 3.75 GiB), so a component costs unitNanos × quantityMilli picodollars (1e-12) — exact, no floats.
 * Rounding happens only when a number is displayed.
 */

const PICO_PER_UNIT = 1000000000000n;
const NANOS_PER_UNIT = 1000000000n;
/** `{units, nanos}` as the API sends it (units is an int64 string, nanos may be negative with units). */
function nanosFromPrice(units, nanos) {
    return BigInt(units ?? 0) * NANOS_PER_UNIT + BigInt(nanos ?? 0);
}
/** Quantity in thousandths from a decimal such as 3.75 or "0.25"; refuses finer precision rather than rounding it. */
function milli(q) {
    const s = typeof q === 'number' ? String(q) : q.trim();
    const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(s);
    if (!m)
        throw new errors/* PsmlError */.bd(`quantity "${s}" must be a non-negative number with at most 3 decimals`);
    return BigInt(m[1]) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0'));
}
const cost = (unitNanos, quantityMilli) => unitNanos * quantityMilli;
/** Round half away from zero to `decimals` and render as a plain decimal string. */
function toDecimal(m, decimals = 6) {
    const neg = m < 0n;
    const abs = neg ? -m : m;
    const scale = 10n ** BigInt(12 - decimals);
    const q = (abs + scale / 2n) / scale;
    const s = q.toString().padStart(decimals + 1, '0');
    const int = s.slice(0, s.length - decimals);
    const frac = decimals > 0 ? `.${s.slice(s.length - decimals)}` : '';
    return `${neg && q !== 0n ? '-' : ''}${int}${frac}`;
}
/** For JSON numbers: exact to 1e-12, then a float (the only lossy step, at the edge). */
const money_toNumber = (m) => Number(toDecimal(m, 12));
const SYMBOL = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
/** `$0.19`, `$0.008376` — enough decimals to show sub-cent hourly prices; the currency code when no symbol is known. */
function formatMoney(m, currency, opts = {}) {
    const abs = m < 0n ? -m : m;
    // ≥ 1: cents; below: 4 decimals; below a cent: 6 (e2-micro is $0.008376/h)
    const decimals = opts.decimals ?? (abs === 0n || abs >= PICO_PER_UNIT ? 2 : abs >= 10n ** 10n ? 4 : 6);
    const body = toDecimal(abs, decimals);
    const sign = m < 0n ? '-' : opts.signed ? '+' : '';
    const sym = SYMBOL[currency];
    return sym ? `${sign}${sym}${body}` : `${sign}${body} ${currency}`;
}
/** Percent change `+12.5%`; undefined when there is no baseline to compare with. */
function formatPercent(delta, base) {
    if (base === 0n)
        return undefined;
    const tenths = (delta * 1000n) / (base < 0n ? -base : base); // per-mille, truncated toward zero
    const sign = delta > 0n ? '+' : delta < 0n ? '-' : '';
    const a = tenths < 0n ? -tenths : tenths;
    return `${sign}${a / 10n}.${a % 10n}%`;
}
const sum = (xs) => {
    let t = 0n;
    for (const x of xs)
        t += x;
    return t;
};

// EXTERNAL MODULE: ./shared/json.ts
var shared_json = __webpack_require__(58550);
;// CONCATENATED MODULE: ./shared/pricing/catalog.ts
/**
 * The Compute Engine part of the Cloud Billing Catalog, normalized once: where it came from, the date its prices are
 * from, its currency, and each SKU with the fields pricing needs (unit prices as exact nanos).
 * Snapshot files keep the REST shape (`{services, skus}`), so a saved API answer, the test fixture and the embedded
 * default are all read by the same code.
 */




const COMPUTE_ENGINE_SERVICE_ID = '6F81-5844-456A';
/** Normalizes one REST SKU; SKUs without a usable price are dropped (they can never match a component). */
function normalizeSku(raw, fallbackCurrency) {
    const info = latestPricing(raw.pricingInfo ?? []);
    const expr = info?.pricingExpression;
    const rates = expr?.tieredRates ?? [];
    if (!expr?.usageUnit || rates.length === 0)
        return undefined;
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
function latestPricing(infos) {
    let best;
    for (const i of infos)
        if (!best || (i.effectiveTime ?? '') >= (best.effectiveTime ?? ''))
            best = i;
    return best;
}
/** Builds a Catalog from a snapshot; the date is the snapshot's, else the newest price in it. */
function catalogFromSnapshot(snap, source, origin, apiCalls = 0) {
    const currency = snap.currencyCode ?? snap.skus.find((s) => s.pricingInfo?.[0]?.pricingExpression?.tieredRates?.[0]?.unitPrice?.currencyCode)
        ?.pricingInfo?.[0]?.pricingExpression?.tieredRates?.[0]?.unitPrice?.currencyCode ?? 'USD';
    const skus = [];
    let newest = '';
    for (const raw of snap.skus) {
        const s = normalizeSku(raw, currency);
        if (!s)
            continue;
        if (s.currency !== currency) {
            throw new errors/* PsmlError */.bd(`SKU ${s.skuId} is priced in ${s.currency} but the catalog is in ${currency}`, {
                resource: origin,
                hint: 'use a snapshot fetched with a single --currency',
            });
        }
        if (s.effectiveTime && s.effectiveTime > newest)
            newest = s.effectiveTime;
        skus.push(s);
    }
    const date = (snap.fetchedAt ?? newest).slice(0, 10) || 'unknown date';
    return { source, origin, currency, date, skus, apiCalls };
}
/** Reads a `{services, skus}` snapshot file (a saved API answer). */
async function readCatalogFile(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* PsmlError */.bd(`cannot read catalog snapshot: ${e.message}`, {
            field: '--catalog',
            resource: file,
            hint: 'write one with `psml price snapshot --out <file>`',
        });
    }
    let json;
    try {
        json = (0,shared_json/* parseJsonText */.l)(text);
    }
    catch (e) {
        throw new errors/* PsmlError */.bd(`catalog snapshot is not valid JSON: ${e.message}`, { field: '--catalog', resource: file });
    }
    const snap = json;
    if (!snap || !Array.isArray(snap.skus) || snap.skus.some((s) => typeof s?.skuId !== 'string')) {
        throw new errors/* PsmlError */.bd('catalog snapshot must be an object {services: [...], skus: [{skuId, description, pricingInfo, ...}]}', {
            field: '--catalog',
            resource: file,
            hint: 'write one with `psml price snapshot --out <file>`',
        });
    }
    return catalogFromSnapshot({ services: snap.services ?? [], ...snap, skus: snap.skus }, 'file', file);
}
async function writeCatalogFile(file, snap) {
    await (0,promises_.writeFile)(file, `${JSON.stringify(snap, null, 1)}\n`);
}

// EXTERNAL MODULE: ./node_modules/@google-cloud/billing/build/src/v1/cloud_catalog_client.js
var cloud_catalog_client = __webpack_require__(91622);
// EXTERNAL MODULE: ./shared/gcp/client-options.ts
var client_options = __webpack_require__(62563);
// EXTERNAL MODULE: ./shared/gcp/retry.ts
var gcp_retry = __webpack_require__(47121);
;// CONCATENATED MODULE: ./shared/pricing/catalog-api.ts
/**
 * The live catalog: the official CloudCatalogClient over REST (`fallback: true`), every page of Compute Engine SKUs in
 * one currency, each page call retried on 429/5xx/network errors. PSML_BILLING_ENDPOINT (or `endpoint`) points the
 * unmodified client at a local emulator.
 */





/** Fetches the Compute Engine service and all its SKUs as a snapshot in the REST shape. */
async function fetchCatalogSnapshot(opts = {}) {
    const currency = (opts.currency ?? 'USD').toUpperCase();
    const options = (0,client_options/* googleClientOptions */.l)('billing', opts.endpoint);
    // PassThroughClient is an AuthClient; the client's options type names a narrower union
    const client = new cloud_catalog_client/* CloudCatalogClient */.k(options);
    const retry = { deadlineMs: 120_000, ...opts.retry };
    const where = opts.endpoint ?? options.apiEndpoint ?? 'cloudbilling.googleapis.com';
    let apiCalls = 0;
    const call = async (what, page, fn) => {
        try {
            return await (0,gcp_retry/* withRetry */.bD)(async () => {
                apiCalls++;
                try {
                    return await fn();
                }
                finally {
                    opts.onCall?.(what, page);
                }
            }, retry);
        }
        catch (e) {
            const user = (0,errors/* asUserError */.Yl)(e); // e.g. no credentials: not a network problem
            if (user)
                throw user;
            const info = (0,gcp_retry/* apiErrorInfo */.l1)(e);
            throw new errors/* PsmlError */.bd(`Cloud Billing Catalog API ${what} request failed: ${info.status ?? info.network ?? ''} ${info.message}`.trim(), {
                resource: `services/${COMPUTE_ENGINE_SERVICE_ID}`,
                hint: info.status === 403 || info.status === 401
                    ? 'enable the Cloud Billing API and grant credentials (any authenticated principal may read the catalog)'
                    : `check network access to ${where}, or pass --catalog <snapshot file> to price offline`,
                cause: e,
            });
        }
    };
    try {
        const services = [];
        let serviceReq = { pageSize: opts.pageSize ?? 5000 };
        for (let page = 1; serviceReq; page++) {
            const req = serviceReq;
            const [items, next] = await call('services', page, () => client.listServices(req, { autoPaginate: false }));
            for (const s of items) {
                if (s.serviceId === COMPUTE_ENGINE_SERVICE_ID) {
                    services.push({ name: s.name ?? '', serviceId: s.serviceId, displayName: s.displayName ?? '', businessEntityName: s.businessEntityName ?? undefined });
                }
            }
            serviceReq = next?.pageToken ? { pageSize: req.pageSize, pageToken: next.pageToken } : null;
        }
        if (services.length === 0) {
            throw new errors/* PsmlError */.bd(`the catalog has no Compute Engine service (${COMPUTE_ENGINE_SERVICE_ID})`, { resource: where });
        }
        const skus = [];
        const parent = `services/${COMPUTE_ENGINE_SERVICE_ID}`;
        let pageToken = '';
        for (let page = 1; pageToken !== undefined; page++) {
            const token = pageToken;
            const [items, next] = await call('skus', page, () => client.listSkus({ parent, currencyCode: currency, pageSize: opts.pageSize ?? 5000, pageToken: token }, { autoPaginate: false }));
            for (const s of items)
                skus.push(toRestSku(s));
            pageToken = next?.pageToken ? next.pageToken : undefined;
        }
        return { snapshot: { services, skus, currencyCode: currency, fetchedAt: new Date().toISOString() }, apiCalls };
    }
    finally {
        await client.close().catch(() => undefined);
    }
}
async function loadLiveCatalog(opts = {}) {
    const { snapshot, apiCalls } = await fetchCatalogSnapshot(opts);
    const origin = opts.endpoint ?? process.env.PSML_BILLING_ENDPOINT ?? 'cloudbilling.googleapis.com';
    return catalogFromSnapshot(snapshot, 'api', origin, apiCalls);
}
/** The client hands back protobuf objects (timestamps as {seconds, nanos}, int64 as string/Long): back to REST JSON. */
function toRestSku(s) {
    const sku = s;
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
function timestampToIso(t) {
    if (!t)
        return undefined;
    if (typeof t === 'string')
        return t;
    const seconds = Number(String(t.seconds ?? 0));
    return new Date(seconds * 1000 + Math.floor((t.nanos ?? 0) / 1e6)).toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: ./shared/pricing/embedded-catalog.ts
var embedded_catalog = __webpack_require__(62467);
;// CONCATENATED MODULE: ./shared/pricing/catalog-source.ts
/**
 * Where prices come from, in order: `--catalog-endpoint <url>` or `--catalog live` (the API), `--catalog <file>`
 * (a snapshot), PSML_BILLING_ENDPOINT (a local API), else the embedded dated default (offline).
 */





function embeddedCatalog() {
    return catalogFromSnapshot(embedded_catalog.EMBEDDED_CATALOG, 'embedded', 'embedded default catalog');
}
/** What the embedded default covers (for `psml price --help` and messages). */
const embeddedCatalogNote = () => embedded_catalog.EMBEDDED_CATALOG.note ?? '';
async function loadCatalog(choice = {}) {
    const { catalog, endpoint } = choice;
    if (endpoint || catalog === 'live' || (!catalog && process.env[(0,client_options/* endpointEnvVar */.s)('billing')])) {
        return loadLiveCatalog({ endpoint, currency: choice.currency, retry: choice.retry });
    }
    const saved = !catalog || catalog === 'embedded' ? embeddedCatalog() : await readCatalogFile(catalog);
    // a saved catalog has one currency: converting needs the API's rates
    if (choice.currency && choice.currency.toUpperCase() !== saved.currency) {
        throw new errors/* PsmlError */.bd(`the ${describeCatalog(saved)} has no ${choice.currency} prices`, {
            field: '--currency',
            hint: `use --catalog live (or a snapshot written with psml price snapshot --currency ${choice.currency.toUpperCase()}), or drop --currency`,
        });
    }
    return saved;
}
/** One line for reports: where the prices are from and their date. */
function describeCatalog(c) {
    const what = c.source === 'embedded' ? 'embedded default catalog' : c.source === 'file' ? `snapshot ${c.origin}` : `Cloud Billing Catalog API (${c.origin})`;
    return `${what}, prices as of ${c.date}, ${c.currency}`;
}

// EXTERNAL MODULE: ./shared/pricing/gpus.ts
var pricing_gpus = __webpack_require__(3696);
// EXTERNAL MODULE: ./shared/manifest/problems.ts
var problems = __webpack_require__(35796);
;// CONCATENATED MODULE: ./shared/pricing/machine-types.ts
/**
 * Machine shapes: vCPUs and memory are not in the billing catalog, so they come from this shipped table (public
 * Compute Engine documentation). Accelerator-optimized types carry their built-in GPUs (and bundled local SSD), so the
 * GPUs are priced exactly once, from here. Shared-core E2 types bill fractional vCPUs although the API reports 2.
 */



const table = new Map();
function series(family, kind, gibPerVcpu, sizes) {
    for (const n of sizes)
        table.set(`${family}-${kind}-${n}`, { family, vcpus: n, memGiB: n * gibPerVcpu });
}
series('n1', 'standard', 3.75, [1, 2, 4, 8, 16, 32, 64, 96]);
series('n1', 'highmem', 6.5, [2, 4, 8, 16, 32, 64, 96]);
series('n1', 'highcpu', 0.9, [2, 4, 8, 16, 32, 64, 96]);
series('n2', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]);
series('n2', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]);
series('n2', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96]);
series('n2d', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]);
series('n2d', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96]);
series('n2d', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]);
series('e2', 'standard', 4, [2, 4, 8, 16, 32]);
series('e2', 'highmem', 8, [2, 4, 8, 16]);
series('e2', 'highcpu', 1, [2, 4, 8, 16, 32]);
series('c2', 'standard', 4, [4, 8, 16, 30, 60]);
series('c2d', 'standard', 4, [2, 4, 8, 16, 32, 56, 112]);
series('c2d', 'highcpu', 2, [2, 4, 8, 16, 32, 56, 112]);
series('c2d', 'highmem', 8, [2, 4, 8, 16, 32, 56, 112]);
series('c3', 'standard', 4, [4, 8, 22, 44, 88, 176]);
series('c3', 'highcpu', 2, [4, 8, 22, 44, 88, 176]);
series('c3', 'highmem', 8, [4, 8, 22, 44, 88, 176]);
series('t2d', 'standard', 4, [1, 2, 4, 8, 16, 32, 48, 60]);
// shared core: the API reports 2 vCPUs, billing uses a fraction of one
table.set('e2-micro', { family: 'e2', vcpus: 2, billedVcpus: 0.25, memGiB: 1 });
table.set('e2-small', { family: 'e2', vcpus: 2, billedVcpus: 0.5, memGiB: 2 });
table.set('e2-medium', { family: 'e2', vcpus: 2, billedVcpus: 1, memGiB: 4 });
table.set('m1-megamem-96', { family: 'm1', vcpus: 96, memGiB: 1433.6 });
table.set('m1-ultramem-40', { family: 'm1', vcpus: 40, memGiB: 961 });
table.set('m1-ultramem-80', { family: 'm1', vcpus: 80, memGiB: 1922 });
table.set('m1-ultramem-160', { family: 'm1', vcpus: 160, memGiB: 3844 });
for (const [n, v, m] of [[1, 12, 85], [2, 24, 170], [4, 48, 340], [8, 96, 680]]) {
    table.set(`a2-highgpu-${n}g`, { family: 'a2', vcpus: v, memGiB: m, gpu: { type: 'nvidia-tesla-a100', count: n } });
}
table.set('a2-megagpu-16g', { family: 'a2', vcpus: 96, memGiB: 1360, gpu: { type: 'nvidia-tesla-a100', count: 16 } });
for (const [n, v, m] of [[1, 12, 170], [2, 24, 340], [4, 48, 680], [8, 96, 1360]]) {
    table.set(`a2-ultragpu-${n}g`, { family: 'a2', vcpus: v, memGiB: m, gpu: { type: 'nvidia-a100-80gb', count: n }, ssdGiB: 375 * n });
}
for (const [n, v, m] of [[1, 26, 234], [2, 52, 468], [4, 104, 936], [8, 208, 1872]]) {
    table.set(`a3-highgpu-${n}g`, { family: 'a3', vcpus: v, memGiB: m, gpu: { type: 'nvidia-h100-80gb', count: n }, ssdGiB: 750 * n });
}
for (const [size, v, m, g] of [[4, 4, 16, 1], [8, 8, 32, 1], [12, 12, 48, 1], [16, 16, 64, 1], [24, 24, 96, 2], [32, 32, 128, 1], [48, 48, 192, 4], [96, 96, 384, 8]]) {
    table.set(`g2-standard-${size}`, { family: 'g2', vcpus: v, memGiB: m, gpu: { type: 'nvidia-l4', count: g } });
}
/** Names of all machine types in the shipped table. */
const knownMachineTypes = () => [...table.keys()];
/** Custom types: `custom-6-20480`, `n2-custom-8-32768`, `n2d-custom-4-16384-ext`, `e2-custom-4-8192`. */
const CUSTOM = /^(?:(n2|n2d|e2)-)?custom-(\d+)-(\d+)(-ext)?$/;
/** GiB per vCPU above which custom memory is billed as extended memory. */
const EXTENDED_ABOVE = { n1: 6.5, n2: 8, n2d: 8 };
function machineShape(name) {
    const row = table.get(name);
    if (row) {
        return {
            name,
            family: row.family,
            vcpuMilli: milli(row.billedVcpus ?? row.vcpus),
            memoryMilli: milli(row.memGiB),
            builtInGpu: row.gpu,
            bundledLocalSsdGiB: row.ssdGiB,
        };
    }
    const c = CUSTOM.exec(name);
    if (c)
        return customShape(name, (c[1] ?? 'n1'), Number(c[2]), Number(c[3]), Boolean(c[4]));
    throw new errors/* PsmlError */.bd(`unknown machine type "${name}"`, {
        field: 'machineType',
        hint: `closest known types: ${(0,problems/* closestNames */.g9)(name, table.keys(), 3).join(', ')} (or a custom type such as n2-custom-8-32768)`,
    });
}
function customShape(name, series, vcpus, memMb, ext) {
    const bad = (why) => new errors/* PsmlError */.bd(`custom machine type "${name}" ${why}`, { field: 'machineType' });
    if (vcpus < 1)
        throw bad('needs at least 1 vCPU');
    if (memMb % 256 !== 0)
        throw bad('must have memory in multiples of 256 MB');
    const memMilli = (BigInt(memMb) * 1000n) / 1024n; // exact: 256 MB = 250 milli-GiB
    const limit = EXTENDED_ABOVE[series];
    if (series === 'e2') {
        if (ext)
            throw bad('cannot use extended memory (E2 has none)');
        // E2 custom types bill on the E2 core/RAM SKUs
        return { name, family: 'e2', vcpuMilli: milli(vcpus), memoryMilli: memMilli };
    }
    const standardMilli = milli(vcpus * limit);
    if (memMilli > standardMilli && !ext)
        throw bad(`has more than ${limit} GiB per vCPU: add the "-ext" suffix (extended memory)`);
    const extended = memMilli > standardMilli ? memMilli - standardMilli : 0n;
    return {
        name,
        family: `custom-${series}`,
        vcpuMilli: milli(vcpus),
        memoryMilli: memMilli - extended,
        extendedMemoryMilli: extended > 0n ? extended : undefined,
    };
}

;// CONCATENATED MODULE: ./shared/pricing/shape-price.ts
/**
 * The hourly price of machines: Σ components (cores, RAM, extended RAM, GPUs, bundled local SSD), each from exactly
 * one SKU of the region and usage (on-demand or spot). Pure given a SkuLookup; money stays exact (picodollars).
 */




const FAMILY_LABEL = (f) => (f.startsWith('custom-') ? `${f.slice(7).toUpperCase()} custom` : f.toUpperCase());
const REGION = /^[a-z]+(?:-[a-z]+)+\d+$/;
/** Hours in a month as Google bills monthly SKUs (local SSD is priced per GiB-month). */
const HOURS_PER_MONTH = 730n;
const GIB_PER_GB_NUM = 1073741824n; // 1 GiB = 1.073741824 GB
const GIB_PER_GB_DEN = 1000000000n;
function priceShape(lookup, input) {
    const count = input.count ?? 1;
    if (!Number.isInteger(count) || count < 0)
        throw new errors/* PsmlError */.bd(`count must be a whole number ≥ 0, got ${count}`, { field: 'count' });
    if (!REGION.test(input.region)) {
        throw new errors/* PsmlError */.bd(`"${input.region}" is not a Compute Engine region`, { field: 'region', hint: 'e.g. us-central1 (a region, not a zone)' });
    }
    const shape = machineShape(input.machineType);
    const usage = input.spot ? 'spot' : 'ondemand';
    const gpus = attachedGpus(shape, input.gpu);
    const currency = lookup.catalog.currency;
    const components = [];
    const add = (kind, key, label, quantityMilli, unit) => {
        if (quantityMilli === 0n)
            return;
        const sku = lookup.find(input.region, usage, key, label);
        const perMachine = skuCost(sku, kind, quantityMilli, input.machineType, input.region);
        components.push({
            kind,
            label,
            skuId: sku.skuId,
            description: sku.description,
            quantity: milliToDecimal(quantityMilli),
            unit,
            unitNanos: tierFor(sku, quantityMilli).unitNanos,
            perMachine,
            hourly: perMachine * BigInt(count),
        });
    };
    const fam = FAMILY_LABEL(shape.family);
    add('core', `${shape.family}/core`, `${fam} cores`, shape.vcpuMilli, 'vCPU');
    add('ram', `${shape.family}/ram`, `${fam} memory`, shape.memoryMilli, 'GiB');
    if (shape.extendedMemoryMilli)
        add('extended-ram', `${shape.family}/extended-ram`, `${fam} extended memory`, shape.extendedMemoryMilli, 'GiB');
    if (gpus)
        add('gpu', `gpu/${gpus.type}`, pricing_gpus/* GPU_LABELS */.LV[gpus.type], BigInt(gpus.count) * 1000n, 'GPU');
    if (shape.bundledLocalSsdGiB)
        add('local-ssd', 'local-ssd', 'bundled local SSD', BigInt(shape.bundledLocalSsdGiB) * 1000n, 'GiB');
    return {
        machineType: input.machineType,
        region: input.region,
        usage,
        count,
        currency,
        gpu: gpus,
        perMachine: components.reduce((t, c) => t + c.perMachine, 0n),
        hourly: components.reduce((t, c) => t + c.hourly, 0n),
        components,
    };
}
/** GPUs priced for a machine: built into A2/A3/G2 (counted once even if also listed), attachable to N1 only. */
function attachedGpus(shape, requested) {
    const req = requested && requested.count > 0 ? { type: (0,pricing_gpus/* gpuType */.x)(requested.type), count: requested.count } : undefined;
    if (shape.builtInGpu) {
        if (req && (req.type !== shape.builtInGpu.type || req.count !== shape.builtInGpu.count)) {
            throw new errors/* PsmlError */.bd(`${shape.name} comes with ${shape.builtInGpu.count} × ${shape.builtInGpu.type} built in; ${req.count} × ${req.type} cannot be attached`, { field: 'gpu', hint: 'remove the gpu setting (the GPUs of accelerator-optimized types are part of the machine type) or make it match' });
        }
        return shape.builtInGpu;
    }
    if (!req)
        return undefined;
    const allowed = pricing_gpus/* N1_GPU_COUNTS */.gy[req.type];
    if (shape.family !== 'n1' && shape.family !== 'custom-n1') {
        throw new errors/* PsmlError */.bd(`GPUs cannot be attached to ${shape.name}`, {
            field: 'gpu',
            hint: 'attach T4/V100/P4/P100 to an N1 machine, or use an accelerator-optimized type (a2-highgpu-*, a3-highgpu-*, g2-standard-*)',
        });
    }
    if (!allowed) {
        throw new errors/* PsmlError */.bd(`${req.type} cannot be attached to N1 machines`, {
            field: 'gpu.type',
            hint: `use ${req.type === 'nvidia-l4' ? 'a g2-standard-*' : req.type === 'nvidia-h100-80gb' ? 'an a3-highgpu-*' : 'an a2-*'} machine type instead`,
        });
    }
    if (!allowed.includes(req.count)) {
        throw new errors/* PsmlError */.bd(`${req.count} × ${req.type} is not a valid GPU count`, { field: 'gpu.count', hint: `use one of ${allowed.join(', ')}` });
    }
    return req;
}
function tierFor(sku, quantityMilli) {
    // tiers sorted by start; the last one whose start ≤ usage applies (compute SKUs have a single tier at 0)
    let tier = sku.tiers[0];
    for (const t of sku.tiers)
        if (BigInt(Math.round(t.startUsageAmount * 1000)) <= quantityMilli)
            tier = t;
    return tier;
}
/** Per machine and hour, in picodollars; converts GB to GiB and per-month to per-hour where the SKU's unit says so. */
function skuCost(sku, kind, quantityMilli, machineType, region) {
    const unitNanos = tierFor(sku, quantityMilli).unitNanos;
    const unit = sku.usageUnit;
    const perHourUnit = kind === 'core' || kind === 'gpu' ? unit === 'h' : kind === 'local-ssd' ? false : unit === 'GiBy.h' || unit === 'GBy.h';
    if (kind === 'local-ssd' && (unit === 'GiBy.mo' || unit === 'GBy.mo')) {
        const gib = unit === 'GBy.mo' ? (cost(unitNanos, quantityMilli) * GIB_PER_GB_NUM) / GIB_PER_GB_DEN : cost(unitNanos, quantityMilli);
        return gib / HOURS_PER_MONTH;
    }
    if (!perHourUnit) {
        throw new errors/* PsmlError */.bd(`SKU ${sku.skuId} "${sku.description}" is priced per "${unit}", which psml does not convert`, {
            resource: `${machineType} in ${region}`,
            hint: 'report this catalog change; expected "h" for cores and GPUs, "GiBy.h" or "GBy.h" for memory',
        });
    }
    if (unit === 'GBy.h')
        return (cost(unitNanos, quantityMilli) * GIB_PER_GB_NUM) / GIB_PER_GB_DEN;
    return cost(unitNanos, quantityMilli);
}
function milliToDecimal(m) {
    const int = m / 1000n;
    const frac = (m % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
    return frac ? `${int}.${frac}` : `${int}`;
}

;// CONCATENATED MODULE: ./shared/pricing/experiment-price.ts
/**
 * The price of an experiment (seed 000's `psml experiments price`): training = machines × (host + GPUs) per hour and in
 * total for the expected duration; serving = per hour at the minimum and at the maximum number of replicas.
 * Takes the normalized Experiment of shared/manifest structurally, so pricing stays a pure function of it.
 */


const regionOfZone = (zone) => zone.replace(/-[a-z]$/, '');
function priceExperiment(lookup, exp) {
    const name = `${exp.service}@${exp.version.major}.${exp.version.minor}`;
    const where = exp.source?.file ?? name;
    const located = (part, fn) => {
        try {
            return fn();
        }
        catch (e) {
            if (!(0,errors/* isPsmlError */.VM)(e))
                throw e;
            throw new errors/* PsmlError */.bd(e.message, {
                field: e.field && !e.field.startsWith('-') ? `${part}.${e.field}` : part,
                resource: [where, e.resource].filter(Boolean).join(' · '),
                hint: e.hint,
                details: e.details,
                cause: e,
            });
        }
    };
    let training;
    if (exp.training) {
        const t = exp.training;
        const zone = t.zones[0];
        if (!zone)
            throw new errors/* PsmlError */.bd('training has no zone to price in', { field: 'training.zones', resource: where });
        const shape = located('training', () => priceShape(lookup, { machineType: t.machineType, gpu: t.gpu, region: regionOfZone(zone), spot: t.spot, count: 1 }));
        const seconds = t.expectedDurationSeconds;
        training = {
            shape,
            hourly: shape.hourly,
            expectedHours: seconds === undefined ? undefined : seconds / 3600,
            // exact: picodollars per hour × seconds / 3600
            total: seconds === undefined ? undefined : (shape.hourly * BigInt(Math.round(seconds))) / 3600n,
        };
    }
    let serving;
    if (exp.serving) {
        const s = exp.serving;
        const replica = located('serving', () => priceShape(lookup, { machineType: s.machineType, gpu: s.gpu, region: s.region, spot: s.spot, count: 1 }));
        serving = {
            replica,
            minReplicas: s.replicas.min,
            maxReplicas: s.replicas.max,
            hourlyAtMin: replica.hourly * BigInt(s.replicas.min),
            hourlyAtMax: replica.hourly * BigInt(s.replicas.max),
        };
    }
    return {
        name,
        file: exp.source?.file,
        currency: lookup.catalog.currency,
        training,
        serving,
        hourly: (training?.hourly ?? 0n) + (serving?.hourlyAtMin ?? 0n),
    };
}

;// CONCATENATED MODULE: ./shared/pricing/price-report.ts


const DEFAULT_MARKER = '<!-- psml-price-report -->';
function buildPriceReport(entries, catalog) {
    let base = 0n;
    let head = 0n;
    for (const e of entries) {
        base += e.base?.hourly ?? 0n;
        head += e.head?.hourly ?? 0n;
    }
    return {
        currency: catalog.currency,
        catalog: { source: catalog.source, origin: catalog.origin, date: catalog.date, description: describeCatalog(catalog) },
        entries: [...entries].sort((a, b) => a.file.localeCompare(b.file)),
        totals: { base, head, delta: head - base },
    };
}
const changedEntries = (r) => r.entries.filter((e) => e.status !== 'unchanged');
/** With no threshold set, any change counts; with one or both, the change must reach at least one of them. */
function exceedsThresholds(r, t) {
    if (changedEntries(r).length === 0)
        return false;
    const delta = r.totals.delta < 0n ? -r.totals.delta : r.totals.delta;
    if (t.amount === undefined && t.percent === undefined)
        return true;
    const byAmount = t.amount !== undefined && toNumber(delta) >= t.amount;
    const byPercent = t.percent !== undefined && (r.totals.base === 0n ? delta > 0n : (toNumber(delta) / Math.abs(toNumber(r.totals.base))) * 100 >= t.percent);
    return byAmount || byPercent;
}
/** `+$25.00 (+49.0%)`, `-$0.12 (-3.1%)`, `$0.00`. */
function formatChange(base, head, currency) {
    if (base === undefined && head === undefined)
        return '';
    if (base === undefined)
        return `${formatMoney(head, currency, { signed: true })} (new)`;
    if (head === undefined)
        return `${formatMoney(-base, currency, { signed: true })} (removed)`;
    const delta = head - base;
    if (delta === 0n)
        return formatMoney(0n, currency);
    const pct = formatPercent(delta, base);
    return `${formatMoney(delta, currency, { signed: true })}${pct ? ` (${pct})` : ''}`;
}
const shapeText = (s) => `${s.machineType}${s.gpu ? ` + ${s.gpu.count} × ${s.gpu.type}` : ''}${s.usage === 'spot' ? ', spot' : ''}, ${s.region}`;
function rowsOf(e) {
    const b = e.base;
    const h = e.head;
    const rows = [];
    const hours = (x) => x?.training?.expectedHours;
    if (b?.training || h?.training) {
        rows.push({ label: 'Training, per hour', base: b?.training?.hourly, head: h?.training?.hourly });
        if (b?.training?.total !== undefined || h?.training?.total !== undefined) {
            const hh = hours(h) ?? hours(b);
            rows.push({ label: `Training, whole run${hh !== undefined ? ` (${+hh.toFixed(2)} h expected)` : ''}`, base: b?.training?.total, head: h?.training?.total });
        }
    }
    if (b?.serving || h?.serving) {
        const min = h?.serving?.minReplicas ?? b?.serving?.minReplicas;
        const max = h?.serving?.maxReplicas ?? b?.serving?.maxReplicas;
        rows.push({ label: `Serving, per hour at min (${min} replicas)`, base: b?.serving?.hourlyAtMin, head: h?.serving?.hourlyAtMin });
        rows.push({ label: `Serving, per hour at max (${max} replicas)`, base: b?.serving?.hourlyAtMax, head: h?.serving?.hourlyAtMax });
    }
    rows.push({ label: '**Per hour (training + serving at min)**', base: b?.hourly, head: h?.hourly });
    return rows;
}
const cell = (m, currency) => (m === undefined ? '–' : formatMoney(m, currency));
function configChanges(e) {
    const out = [];
    const part = (name, b, h) => {
        if (b && h && shapeText(b) !== shapeText(h))
            out.push(`${name}: \`${shapeText(b)}\` → \`${shapeText(h)}\``);
        else if (!b && h && e.base)
            out.push(`${name} added: \`${shapeText(h)}\``);
        else if (b && !h && e.head)
            out.push(`${name} removed`);
    };
    part('training', e.base?.training?.shape, e.head?.training?.shape);
    part('serving', e.base?.serving?.replica, e.head?.serving?.replica);
    const bs = e.base?.serving;
    const hs = e.head?.serving;
    if (bs && hs && (bs.minReplicas !== hs.minReplicas || bs.maxReplicas !== hs.maxReplicas)) {
        out.push(`serving replicas: ${bs.minReplicas}–${bs.maxReplicas} → ${hs.minReplicas}–${hs.maxReplicas}`);
    }
    return out;
}
/** Where the money goes in the new state, per experiment part and component kind (for the pie chart). */
function slices(r) {
    const acc = new Map();
    const kindLabel = { core: 'vCPUs', ram: 'memory', 'extended-ram': 'memory', gpu: 'GPUs', 'local-ssd': 'local SSD' };
    for (const e of changedEntries(r)) {
        const h = e.head;
        if (!h)
            continue;
        const add = (part, s, times) => {
            for (const c of s.components) {
                const key = `${h.name} ${part} ${kindLabel[c.kind] ?? c.kind}`;
                acc.set(key, (acc.get(key) ?? 0n) + c.hourly * times);
            }
        };
        if (h.training)
            add('training', h.training.shape, 1n);
        if (h.serving)
            add('serving', h.serving.replica, BigInt(h.serving.minReplicas));
    }
    const all = [...acc].map(([label, value]) => ({ label, value })).filter((s) => s.value > 0n).sort((a, b) => (b.value > a.value ? 1 : -1));
    if (all.length <= 8)
        return all;
    const rest = all.slice(7).reduce((t, s) => t + s.value, 0n);
    return [...all.slice(0, 7), { label: 'everything else', value: rest }];
}
function renderMarkdown(r, opts = {}) {
    const cur = r.currency;
    const changed = changedEntries(r);
    const lines = [opts.marker ?? DEFAULT_MARKER, `## ${opts.title ?? 'psml price report'}`, ''];
    if (changed.length === 0) {
        lines.push(`No experiment changed its price. ${r.entries.length} experiment(s) cost **${formatMoney(r.totals.head, cur)}/h**.`, '');
    }
    else {
        lines.push(`${changed.length} experiment(s) changed: **${formatMoney(r.totals.base, cur)}/h → ${formatMoney(r.totals.head, cur)}/h**, ` +
            `${formatChange(r.totals.base, r.totals.head, cur)} per hour.`, '');
    }
    for (const e of changed) {
        const name = e.head?.name ?? e.base?.name ?? e.file;
        lines.push(`### \`${name}\` — ${e.status} (\`${e.file}\`)`, '');
        for (const c of configChanges(e))
            lines.push(`- ${c}`);
        if (configChanges(e).length)
            lines.push('');
        lines.push('| | Baseline | New | Change |', '|---|---:|---:|---:|');
        for (const row of rowsOf(e)) {
            lines.push(`| ${row.label} | ${cell(row.base, cur)} | ${cell(row.head, cur)} | ${formatChange(row.base, row.head, cur)} |`);
        }
        lines.push('');
    }
    lines.push('### Totals', '', '| | Baseline | New | Change |', '|---|---:|---:|---:|');
    lines.push(`| Per hour, ${r.entries.length} experiment(s) | ${formatMoney(r.totals.base, cur)} | ${formatMoney(r.totals.head, cur)} | ${formatChange(r.totals.base, r.totals.head, cur)} |`);
    lines.push(`| Per 30 days (730 h) | ${formatMoney(r.totals.base * 730n, cur)} | ${formatMoney(r.totals.head * 730n, cur)} | ${formatChange(r.totals.base * 730n, r.totals.head * 730n, cur)} |`, '');
    const pie = slices(r);
    if (pie.length > 0) {
        lines.push('```mermaid', `pie showData title Where the money goes (new, ${cur} per hour)`);
        for (const s of pie)
            lines.push(`    "${s.label.replace(/"/g, "'")}" : ${toDecimal(s.value, 6)}`);
        lines.push('```', '');
    }
    if (changed.length > 0) {
        lines.push('<details><summary>Details: every component and SKU</summary>', '');
        lines.push('| Experiment | Part | Component | SKU | Quantity | Unit price | Per hour |', '|---|---|---|---|---:|---:|---:|');
        for (const e of changed) {
            const h = e.head;
            if (!h)
                continue;
            const part = (name, s, times) => {
                for (const c of s.components) {
                    lines.push(`| ${h.name} | ${name} | ${c.label} | \`${c.skuId}\` ${c.description} | ${c.quantity} ${c.unit}${times !== 1 ? ` × ${times}` : ''} | ` +
                        `${formatMoney(c.unitNanos * 1000n, cur, { decimals: 6 })} | ${formatMoney(c.hourly * BigInt(times), cur, { decimals: 6 })} |`);
                }
            };
            if (h.training)
                part('training', h.training.shape, 1);
            if (h.serving)
                part(`serving (× ${h.serving.minReplicas} min)`, h.serving.replica, h.serving.minReplicas);
        }
        lines.push('', '</details>', '');
    }
    lines.push(`<sub>Prices: ${r.catalog.description}. Hourly list prices; no sustained-use or committed-use discounts, ` +
        'disks and network not included. Updated when the code changes.</sub>');
    return `${lines.join('\n')}\n`;
}
const moneyNumber = (x) => Number(toDecimal(x, 9));
/** JSON of one priced machine shape (the ad hoc `psml price --format json` and each part of a report). */
function shapePriceJson(s) {
    return {
        machineType: s.machineType,
        region: s.region,
        spot: s.usage === 'spot',
        count: s.count,
        gpu: s.gpu,
        hourly: moneyNumber(s.hourly),
        components: s.components.map((c) => ({
            kind: c.kind,
            label: c.label,
            skuId: c.skuId,
            description: c.description,
            quantity: Number(c.quantity),
            unit: c.unit,
            unitPrice: moneyNumber(c.unitNanos * 1000n),
            hourly: moneyNumber(c.hourly),
        })),
    };
}
/** JSON alongside the markdown: money as decimal strings (exact) and numbers (convenient). */
function reportJson(r) {
    const m = (x) => (x === undefined ? undefined : moneyNumber(x));
    const shape = (s) => s && shapePriceJson(s);
    const exp = (x) => x && {
        name: x.name,
        hourly: m(x.hourly),
        training: x.training && { hourly: m(x.training.hourly), expectedHours: x.training.expectedHours, total: m(x.training.total), machine: shape(x.training.shape) },
        serving: x.serving && {
            minReplicas: x.serving.minReplicas,
            maxReplicas: x.serving.maxReplicas,
            hourlyAtMin: m(x.serving.hourlyAtMin),
            hourlyAtMax: m(x.serving.hourlyAtMax),
            replica: shape(x.serving.replica),
        },
    };
    return {
        currency: r.currency,
        catalog: r.catalog,
        totals: { baseline: m(r.totals.base), new: m(r.totals.head), delta: m(r.totals.delta), change: formatChange(r.totals.base, r.totals.head, r.currency) },
        experiments: r.entries.map((e) => ({
            file: e.file,
            status: e.status,
            change: formatChange(e.base?.hourly, e.head?.hourly, r.currency),
            baseline: exp(e.base),
            new: exp(e.head),
        })),
    };
}

;// CONCATENATED MODULE: ./shared/pricing/sku-matcher.ts
/**
 * Which catalog SKU prices which component. Each SKU is classified ONCE by an anchored description pattern into a
 * component key (`n1/core`, `gpu/nvidia-tesla-t4`, …) and indexed under (region from serviceRegions, usage, component),
 * so a lookup is one Map access. Commitments, custom/extended (unless asked for), sole tenancy, reservations, DWS,
 * premiums and licences never classify. Two candidates for one key is an error, never a silent first match.
 */


/** Description prefixes (before " Core|Ram running in …") per family — gcp-billing.md. */
const FAMILY_PREFIX = {
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
const EXTENDED_PREFIX = {
    'custom-n1': 'Custom Extended Instance',
    'custom-n2': 'N2 Custom Extended Instance',
    'custom-n2d': 'N2D AMD Custom Extended Instance',
};
/** GPU names in SKU descriptions (before " GPU running in …"). */
const GPU_NAMES = {
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
const INSTANCE_KEY = new Map();
for (const [family, prefix] of Object.entries(FAMILY_PREFIX)) {
    INSTANCE_KEY.set(`${prefix} Core`, `${family}/core`);
    INSTANCE_KEY.set(`${prefix} Ram`, `${family}/ram`);
}
for (const [family, prefix] of Object.entries(EXTENDED_PREFIX))
    INSTANCE_KEY.set(`${prefix} Ram`, `${family}/extended-ram`);
const SPOT_PREFIX = /^(?:Spot )?Preemptible /;
const INSTANCE = /^(.+ (?:Core|Ram)) running in [^()]+$/;
const GPU_ONDEMAND = /^(.+) GPU running in [^()]+$/;
const GPU_SPOT = /^(.+) GPU attached to (?:Spot )?Preemptible VMs running in [^()]+$/;
const LOCAL_SSD = /^SSD backed Local Storage(?: attached to (?:Spot )?Preemptible VMs)?(?: running)? in [^()]+$/;
const NEVER = /\b(?:Commitment|Sole Tenancy|Reserved|DWS|Premium|Licen[cs]e|Virtual Workstation)\b/i;
/** Component key and usage of a SKU, or undefined when it prices nothing we compute. Pure; the matcher's one rule. */
function classifySku(sku) {
    const usage = sku.usageType === 'OnDemand' ? 'ondemand' : sku.usageType === 'Preemptible' ? 'spot' : undefined;
    if (!usage)
        return undefined;
    const d = sku.description;
    if (NEVER.test(d))
        return undefined;
    if (LOCAL_SSD.test(d)) {
        return /Preemptible/.test(d) === (usage === 'spot') ? { key: 'local-ssd', usage } : undefined;
    }
    const gpu = (usage === 'spot' ? GPU_SPOT : GPU_ONDEMAND).exec(d);
    if (gpu) {
        const type = GPU_NAMES[gpu[1]];
        return type ? { key: `gpu/${type}`, usage } : undefined;
    }
    const spotPrefixed = SPOT_PREFIX.test(d);
    if (spotPrefixed !== (usage === 'spot'))
        return undefined;
    const m = INSTANCE.exec(spotPrefixed ? d.replace(SPOT_PREFIX, '') : d);
    const key = m ? INSTANCE_KEY.get(m[1]) : undefined;
    return key ? { key, usage } : undefined;
}
/** The catalog indexed once: Map (region, usage, component) → candidates. */
class SkuIndex {
    catalog;
    byKey = new Map();
    /** For "which regions do have it" in errors. */
    regionsOf = new Map();
    constructor(catalog) {
        this.catalog = catalog;
        for (const sku of catalog.skus) {
            const c = classifySku(sku);
            if (!c)
                continue;
            const kind = `${c.usage}\u0000${c.key}`;
            let regions = this.regionsOf.get(kind);
            if (!regions)
                this.regionsOf.set(kind, (regions = new Set()));
            for (const region of sku.serviceRegions) {
                const k = `${region}\u0000${kind}`;
                const list = this.byKey.get(k);
                if (list)
                    list.push(sku);
                else
                    this.byKey.set(k, [sku]);
                regions.add(region);
            }
        }
    }
    get size() {
        return this.byKey.size;
    }
    find(region, usage, key, label) {
        const found = this.byKey.get(`${region}\u0000${usage}\u0000${key}`);
        return exactlyOne(found ?? [], this.catalog, region, usage, key, label, () => [...(this.regionsOf.get(`${usage}\u0000${key}`) ?? [])]);
    }
}
/**
 * The naive matcher most scripts write: scan every SKU for every component. Same answers as SkuIndex (tests
 * compare them); kept as the benchmark's baseline.
 */
class LinearSkuMatcher {
    catalog;
    constructor(catalog) {
        this.catalog = catalog;
    }
    find(region, usage, key, label) {
        const found = [];
        const regions = new Set();
        for (const sku of this.catalog.skus) {
            const c = classifySku(sku);
            if (!c || c.usage !== usage || c.key !== key)
                continue;
            for (const r of sku.serviceRegions)
                regions.add(r);
            if (sku.serviceRegions.includes(region))
                found.push(sku);
        }
        return exactlyOne(found, this.catalog, region, usage, key, label, () => [...regions]);
    }
}
function exactlyOne(found, catalog, region, usage, key, label, regionsWithIt) {
    if (found.length === 1)
        return found[0];
    const what = `${usage === 'spot' ? 'spot' : 'on-demand'} ${label}`;
    const resource = `catalog ${catalog.origin} (${catalog.date})`;
    if (found.length === 0) {
        const elsewhere = regionsWithIt().sort();
        throw new errors/* PsmlError */.bd(`no SKU prices ${what} in region ${region}`, {
            field: 'region',
            resource,
            hint: elsewhere.length
                ? `the catalog has it in: ${elsewhere.slice(0, 8).join(', ')}${elsewhere.length > 8 ? ', …' : ''}; pick one of those regions or a newer catalog`
                : `the catalog has no ${what} SKU in any region (component ${key}); use the live catalog (--catalog-endpoint) or a newer snapshot`,
            details: [`component ${key}, usage ${usage}, region ${region}`],
        });
    }
    throw new errors/* PsmlError */.bd(`${found.length} SKUs match ${what} in region ${region}; refusing to pick one`, {
        field: 'region',
        resource,
        hint: 'the catalog is ambiguous for this component: report it, or price from a snapshot (--catalog) without the duplicate',
        details: found.map((s) => `candidate ${s.skuId} "${s.description}" ${toDecimal(s.tiers[0].unitNanos * 1000n, 6)} ${s.currency}/${s.usageUnit}`),
    });
}

;// CONCATENATED MODULE: ./shared/cli/commands/price.ts













function registerPrice(program) {
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
        .action(async (manifest, opts) => {
        if (!['markdown', 'json'].includes(opts.format)) {
            throw new errors/* PsmlError */.bd(`unknown format "${opts.format}"`, { field: '--format', hint: 'use markdown or json' });
        }
        if (manifest && opts.machineType) {
            throw new errors/* PsmlError */.bd('pass either a manifest or --machine-type, not both', { field: '--machine-type' });
        }
        if (!manifest && !opts.machineType) {
            throw new errors/* PsmlError */.bd('nothing to price', { hint: 'pass a manifest, or --machine-type with --region (see psml price --help)' });
        }
        const catalog = await loadCatalog({ catalog: opts.catalog, endpoint: opts.catalogEndpoint, currency: opts.currency });
        const lookup = new SkuIndex(catalog);
        if (opts.machineType) {
            if (!opts.region)
                throw new errors/* PsmlError */.bd('--region is required with --machine-type', { field: '--region', hint: 'e.g. --region us-central1' });
            const count = Number(opts.count ?? 1);
            if (!Number.isSafeInteger(count) || count < 1 || count > 1_000_000)
                throw new errors/* PsmlError */.bd(`must be a whole number from 1 to 1,000,000, got "${opts.count}"`, { field: '--count' });
            const p = priceShape(lookup, {
                machineType: opts.machineType,
                gpu: opts.gpu ? (0,pricing_gpus/* parseGpuSpec */.jX)(opts.gpu) : undefined,
                region: opts.region,
                spot: Boolean(opts.spot),
                count,
            });
            if (opts.format === 'json') {
                const { hourly, ...shape } = shapePriceJson(p);
                const out = { currency: p.currency, hourly, ...shape, catalog: { source: catalog.source, date: catalog.date } };
                process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
            }
            else {
                const lines = [
                    `${p.count} × ${p.machineType}${p.gpu ? ` + ${p.gpu.count} × ${p.gpu.type}` : ''}${p.usage === 'spot' ? ' (spot)' : ''} in ${p.region}: ` +
                        `${toDecimal(p.hourly, 6)} ${p.currency}/hour`,
                    '',
                    '| Component | SKU | Quantity | Unit price | Per hour |',
                    '|---|---|---:|---:|---:|',
                    ...p.components.map((c) => `| ${c.label} | ${c.skuId} ${c.description} | ${c.quantity} ${c.unit} × ${p.count} | ${toDecimal(c.unitNanos * 1000n, 6)} | ${toDecimal(c.hourly, 6)} |`),
                    '',
                    `Prices: ${describeCatalog(catalog)}.`,
                ];
                process.stdout.write(`${lines.join('\n')}\n`);
            }
            return;
        }
        const price = (file) => priceExperiment(lookup, { ...(0,load/* loadExperiment */.MY)(file), source: { file } });
        const head = price(manifest);
        const base = opts.base ? price(opts.base) : undefined;
        const status = !base ? 'added' : (0,external_node_fs_.readFileSync)(opts.base, 'utf8') === (0,external_node_fs_.readFileSync)(manifest, 'utf8') ? 'unchanged' : 'changed';
        const report = buildPriceReport([{ file: external_node_path_default().relative('.', manifest) || manifest, status, base, head }], catalog);
        process.stdout.write(opts.format === 'json' ? `${JSON.stringify(reportJson(report), null, 2)}\n` : renderMarkdown(report));
    });
    price
        .command('snapshot')
        .description('save the live Compute Engine catalog to a file, for `--catalog <file>` (air-gapped, reproducible CI)')
        .requiredOption('--out <file>', 'where to write the snapshot JSON')
        .option('--catalog-endpoint <url>', 'a Cloud Billing Catalog endpoint (default: PSML_BILLING_ENDPOINT, else the real API)')
        .option('--currency <code>', 'currency', 'USD')
        .action(async (opts) => {
        const { snapshot, apiCalls } = await fetchCatalogSnapshot({ endpoint: opts.catalogEndpoint, currency: opts.currency });
        await writeCatalogFile(opts.out, snapshot);
        process.stdout.write(`wrote ${snapshot.skus.length} SKUs (${snapshot.currencyCode}, ${apiCalls} API calls) to ${opts.out}\n`);
    });
}


/***/ }),

/***/ 62563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ googleClientOptions),
/* harmony export */   s: () => (/* binding */ endpointEnvVar)
/* harmony export */ });
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/**
 * One place that decides where Google clients talk: production uses Application Default Credentials and the real
 * endpoint; `PSML_<API>_ENDPOINT=http://127.0.0.1:PORT` points the unmodified official client at a local emulator.
 */


const endpointEnvVar = (api) => `PSML_${api.toUpperCase()}_ENDPOINT`;
/** The option (flag, and action input without the dashes) that passes an endpoint explicitly. */
const ENDPOINT_OPTION = {
    compute: '--compute-endpoint',
    billing: '--catalog-endpoint',
    servicemanagement: '--servicemanagement-endpoint',
    // no flag of its own: Service Usage follows the Service Management endpoint (shared/endpoints/service-config.ts)
    serviceusage: '--servicemanagement-endpoint',
};
/** Options for a client of `api`; an explicit `endpoint` (a URL, from a flag or input) overrides the environment variable. */
function googleClientOptions(api, explicit) {
    const endpoint = explicit ?? process.env[endpointEnvVar(api)];
    if (!endpoint)
        return { fallback: true };
    // errors name where the URL came from
    const field = explicit !== undefined ? ENDPOINT_OPTION[api] : endpointEnvVar(api);
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${endpoint}" is not a URL`, {
            field,
            hint: 'use the form http://127.0.0.1:PORT',
        });
    }
    const protocol = url.protocol === 'http:' ? 'http' : url.protocol === 'https:' ? 'https' : undefined;
    if (!protocol)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${endpoint}" must be http:// or https://`, { field });
    return {
        fallback: true, // REST transport: what the emulators speak
        // the client ignores a port inside apiEndpoint and goes to 443: host and port travel separately
        apiEndpoint: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: Number(url.port || (protocol === 'http' ? 80 : 443)),
        protocol,
        // no credentials locally, while errors keep their production (HTTP) shape
        authClient: new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.PassThroughClient(),
    };
}


/***/ }),

/***/ 47121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   l1: () => (/* binding */ apiErrorInfo)
/* harmony export */ });
/* harmony import */ var p_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74995);
/**
 * Classification of Google API errors and the retry policy mature tools use (Terraform's Google provider):
 * retry network errors, 429, 500/502/503/504, rate-limit 403s, concurrent-operation quota and operationInProgress,
 * with exponential backoff, jitter and a deadline. Nothing is retried by the client libraries themselves.
 */

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET']);
const TRANSIENT_REASONS = new Set([
    'rateLimitExceeded',
    'userRateLimitExceeded',
    'CONCURRENT_OPERATIONS_QUOTA_EXCEEDED',
    'operationInProgress',
    'backendError',
    'internalError',
]);
/** Reads status and reason from a GaxiosError / GoogleError (whose message is the raw JSON body) or a network error. */
function apiErrorInfo(e) {
    const err = (e ?? {});
    const message = e instanceof Error ? e.message : String(e);
    const info = { message };
    const code = err.status ?? err.response?.status ?? err.code;
    if (typeof code === 'number' && code >= 100 && code < 600)
        info.status = code;
    else if (typeof code === 'string' && NETWORK_CODES.has(code))
        info.network = code;
    const cause = err.cause;
    if (!info.network && typeof cause?.code === 'string' && NETWORK_CODES.has(cause.code))
        info.network = cause.code;
    const body = parseJson(message) ?? parseJson(err.response?.data);
    const error = body?.error;
    if (error) {
        info.reason = error.errors?.[0]?.reason ?? error.status;
        if (error.message)
            info.message = error.message;
        if (info.status === undefined && typeof error.code === 'number')
            info.status = error.code;
    }
    return info;
}
function parseJson(v) {
    if (typeof v === 'object' && v !== null)
        return v;
    if (typeof v !== 'string' || !v.trimStart().startsWith('{'))
        return undefined;
    try {
        return JSON.parse(v);
    }
    catch {
        return undefined;
    }
}
function isTransient(info) {
    if (info.network)
        return true;
    if (info.reason && TRANSIENT_REASONS.has(info.reason))
        return true;
    return info.status === 429 || info.status === 500 || info.status === 502 || info.status === 503 || info.status === 504;
}
/** Nothing listens there (or the name does not resolve): unlike a reset or a timeout, rarely fixed by waiting. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND']);
/** Runs `fn`, retrying transient API errors with exponential backoff and full jitter, within a deadline. */
function withRetry(fn, opts = {}) {
    let unreachable = 0;
    return (0,p_retry__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay)(async (attempt) => {
        try {
            return await fn(attempt);
        }
        catch (e) {
            const info = apiErrorInfo(e);
            unreachable = info.network && UNREACHABLE.has(info.network) ? unreachable + 1 : 0;
            if (unreachable > (opts.unreachableRetries ?? 3))
                throw new p_retry__WEBPACK_IMPORTED_MODULE_0__/* .AbortError */ .lc(e instanceof Error ? e : new Error(String(e)));
            if (isTransient(info) || opts.retryIf?.(info))
                throw e;
            throw new p_retry__WEBPACK_IMPORTED_MODULE_0__/* .AbortError */ .lc(e instanceof Error ? e : new Error(String(e)));
        }
    }, {
        retries: opts.retries ?? 8,
        factor: 2,
        minTimeout: opts.minDelayMs ?? 250,
        maxTimeout: opts.maxDelayMs ?? 16_000,
        randomize: true,
        maxRetryTime: opts.deadlineMs ?? 120_000,
        onFailedAttempt: ({ error, attemptNumber }) => opts.onRetry?.(apiErrorInfo(error), attemptNumber),
    });
}


/***/ }),

/***/ 58550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/**
 * JSON.parse for files users hand us: a leading byte-order mark (Windows editors, PowerShell's `Out-File`) is not
 * a syntax error — the YAML loaders already ignore it, so the JSON readers do too.
 */
function parseJsonText(text) {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}


/***/ }),

/***/ 3696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ GPU_LABELS),
/* harmony export */   gy: () => (/* binding */ N1_GPU_COUNTS),
/* harmony export */   jX: () => (/* binding */ parseGpuSpec),
/* harmony export */   x: () => (/* binding */ gpuType)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35796);
/** GPU types by their Compute accelerator names (plus short aliases), and which may be attached to N1 machines. */


const GPU_LABELS = {
    'nvidia-tesla-t4': 'NVIDIA T4',
    'nvidia-tesla-v100': 'NVIDIA V100',
    'nvidia-tesla-p4': 'NVIDIA P4',
    'nvidia-tesla-p100': 'NVIDIA P100',
    'nvidia-l4': 'NVIDIA L4',
    'nvidia-tesla-a100': 'NVIDIA A100 40GB',
    'nvidia-a100-80gb': 'NVIDIA A100 80GB',
    'nvidia-h100-80gb': 'NVIDIA H100 80GB',
};
const ALIASES = {
    t4: 'nvidia-tesla-t4',
    v100: 'nvidia-tesla-v100',
    p4: 'nvidia-tesla-p4',
    p100: 'nvidia-tesla-p100',
    l4: 'nvidia-l4',
    a100: 'nvidia-tesla-a100',
    'a100-40': 'nvidia-tesla-a100',
    'a100-40gb': 'nvidia-tesla-a100',
    'nvidia-a100-40gb': 'nvidia-tesla-a100',
    'a100-80': 'nvidia-a100-80gb',
    'a100-80gb': 'nvidia-a100-80gb',
    h100: 'nvidia-h100-80gb',
    'h100-80gb': 'nvidia-h100-80gb',
};
/** GPUs that attach to N1 machines, with the counts Compute Engine allows. */
const N1_GPU_COUNTS = {
    'nvidia-tesla-t4': [1, 2, 4],
    'nvidia-tesla-v100': [1, 2, 4, 8],
    'nvidia-tesla-p4': [1, 2, 4],
    'nvidia-tesla-p100': [1, 2, 4],
};
function gpuType(name, field = 'gpu.type') {
    const n = name.trim().toLowerCase();
    if (n in GPU_LABELS)
        return n;
    const alias = ALIASES[n];
    if (alias)
        return alias;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`unknown GPU type "${name}"`, {
        field,
        hint: `closest known types: ${(0,_manifest_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .closestNames */ .g9)(n, Object.keys(GPU_LABELS), 3).join(', ')}`,
    });
}
/** `nvidia-tesla-t4:2` (count defaults to 1). */
function parseGpuSpec(spec, field = '--gpu') {
    const [name, count = '1'] = spec.split(':');
    const n = Number(count);
    if (!name || !Number.isInteger(n) || n < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`GPU "${spec}" must be <type>[:<count>] with a positive count`, { field, hint: 'e.g. nvidia-tesla-t4:1' });
    }
    return { type: gpuType(name, field), count: n };
}


/***/ })

};
