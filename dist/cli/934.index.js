import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 934;
export const ids = [934];
export const modules = {

/***/ 83934:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BillingEmulator: () => (/* binding */ BillingEmulator),
/* harmony export */   startBillingEmulator: () => (/* binding */ startBillingEmulator)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/**
 * A local Cloud Billing Catalog API (v1, REST) for tests, benchmarks and the offline demo: `services.list` and
 * `services.skus.list` paginated the way the real API pages (opaque tokens, empty `nextPageToken` on the last page,
 * pageSize capped at 5000), `currencyCode` conversion, Google-shaped errors, and injectable faults (429/5xx, delays).
 * Listens on 127.0.0.1 with an ephemeral port unless told otherwise.
 */

const STATUS_NAMES = {
    400: 'INVALID_ARGUMENT',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    429: 'RESOURCE_EXHAUSTED',
    500: 'INTERNAL',
    502: 'UNAVAILABLE',
    503: 'UNAVAILABLE',
    504: 'DEADLINE_EXCEEDED',
};
class BillingEmulator {
    server;
    url;
    requests = [];
    faults = [];
    constructor(server, url) {
        this.server = server;
        this.url = url;
    }
    /** The next `times` requests matching `path` answer `status` (Google error JSON). */
    injectFault(fault) {
        this.faults.push({ ...fault, left: fault.times ?? 1 });
    }
    clearFaults() {
        this.faults.length = 0;
    }
    /** @internal */
    takeFault(path) {
        const f = this.faults.find((x) => x.left > 0 && (x.path === undefined || (typeof x.path === 'string' ? path.includes(x.path) : x.path.test(path))));
        if (f)
            f.left--;
        return f;
    }
    close() {
        return new Promise((resolve) => {
            this.server.closeAllConnections();
            this.server.close(() => resolve());
        });
    }
}
const encodeToken = (offset, key) => Buffer.from(JSON.stringify({ o: offset, k: key })).toString('base64url');
function decodeToken(token, key) {
    try {
        const t = JSON.parse(Buffer.from(token, 'base64url').toString());
        return typeof t.o === 'number' && t.k === key ? t.o : undefined;
    }
    catch {
        return undefined;
    }
}
function convert(sku, currency, rate) {
    if (rate === 1 && currency === 'USD')
        return sku;
    return {
        ...sku,
        pricingInfo: sku.pricingInfo?.map((p) => ({
            ...p,
            currencyConversionRate: rate,
            pricingExpression: p.pricingExpression && {
                ...p.pricingExpression,
                tieredRates: p.pricingExpression.tieredRates?.map((r) => {
                    const nanos = BigInt(r.unitPrice?.units ?? '0') * 1000000000n + BigInt(r.unitPrice?.nanos ?? 0);
                    const converted = BigInt(Math.round(Number(nanos) * rate));
                    return {
                        ...r,
                        unitPrice: { currencyCode: currency, units: (converted / 1000000000n).toString(), nanos: Number(converted % 1000000000n) },
                    };
                }),
            },
        })),
    };
}
async function startBillingEmulator(opts) {
    const maxPage = opts.maxPageSize ?? 5000;
    const currencies = { USD: 1, ...opts.currencies };
    const services = opts.snapshot.services;
    const skus = opts.snapshot.skus;
    let emulator;
    const server = node_http__WEBPACK_IMPORTED_MODULE_0___default().createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const query = Object.fromEntries(url.searchParams);
        const send = (status, body) => {
            emulator?.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, status });
            const text = JSON.stringify(body);
            res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
            res.end(text);
        };
        const fail = (status, message) => send(status, { error: { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' } });
        const answer = () => {
            if (req.method !== 'GET')
                return fail(405, `method ${req.method} not allowed`);
            const pageSize = query.pageSize ? Number(query.pageSize) : maxPage;
            if (!Number.isInteger(pageSize) || pageSize < 0)
                return fail(400, `Invalid value for page_size: ${query.pageSize}`);
            const size = Math.min(pageSize || maxPage, maxPage);
            const page = (items, key) => {
                const offset = query.pageToken ? decodeToken(query.pageToken, key) : 0;
                if (offset === undefined)
                    return undefined;
                const slice = items.slice(offset, offset + size);
                return { items: slice, next: offset + size < items.length ? encodeToken(offset + size, key) : '' };
            };
            if (url.pathname === '/v1/services') {
                const p = page(services, 'services');
                if (!p)
                    return fail(400, 'Invalid page token.');
                return send(200, { services: p.items, nextPageToken: p.next });
            }
            const m = /^\/v1\/services\/([^/]+)\/skus$/.exec(url.pathname);
            if (m) {
                const serviceId = decodeURIComponent(m[1]);
                if (!services.some((s) => s.serviceId === serviceId))
                    return fail(404, `Service services/${serviceId} not found.`);
                const currency = (query.currencyCode || 'USD').toUpperCase();
                const rate = currencies[currency];
                if (rate === undefined)
                    return fail(400, `Invalid currency code: ${currency}`);
                const own = serviceId === '6F81-5844-456A' ? skus : [];
                const p = page(own, `${serviceId}/${currency}`);
                if (!p)
                    return fail(400, 'Invalid page token.');
                return send(200, { skus: p.items.map((s) => convert(s, currency, rate)), nextPageToken: p.next });
            }
            return fail(404, `The requested URL ${url.pathname} was not found on this server.`);
        };
        const fault = emulator?.takeFault(url.pathname);
        if (fault) {
            setTimeout(() => fail(fault.status, `injected fault ${fault.status}`), fault.delayMs ?? 0);
            return;
        }
        answer();
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
    });
    const { port, address } = server.address();
    const host = address.includes(':') ? `[${address}]` : address;
    emulator = new BillingEmulator(server, `http://${host}:${port}`);
    return emulator;
}


/***/ })

};
