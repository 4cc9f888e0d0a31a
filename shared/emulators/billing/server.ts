/**
 * A local Cloud Billing Catalog API (v1, REST) for tests, benchmarks and the offline demo: `services.list` and
 * `services.skus.list` paginated the way the real API pages (opaque tokens, empty `nextPageToken` on the last page,
 * pageSize capped at 5000), `currencyCode` conversion, Google-shaped errors, and injectable faults (429/5xx, delays).
 * Listens on 127.0.0.1 with an ephemeral port unless told otherwise.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CatalogSnapshot, RestSku } from '../../pricing/catalog.js';

export interface BillingEmulatorOptions {
  snapshot: CatalogSnapshot;
  host?: string;
  port?: number;
  /** Largest page the server returns (the real API: 5000). */
  maxPageSize?: number;
  /** Conversion rates from the snapshot's currency (USD) to others the server accepts. */
  currencies?: Record<string, number>;
}

export interface BillingFault {
  /** Substring or pattern of the request path (`/skus`, `/v1/services`). */
  path?: string | RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Delay before answering (ms), to exercise timeouts. */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

export class BillingEmulator {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: (BillingFault & { left: number })[] = [];

  constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  /** The next `times` requests matching `path` answer `status` (Google error JSON). */
  injectFault(fault: BillingFault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** @internal */
  takeFault(path: string): BillingFault | undefined {
    const f = this.faults.find((x) => x.left > 0 && (x.path === undefined || (typeof x.path === 'string' ? path.includes(x.path) : x.path.test(path))));
    if (f) f.left--;
    return f;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}

const encodeToken = (offset: number, key: string): string => Buffer.from(JSON.stringify({ o: offset, k: key })).toString('base64url');
function decodeToken(token: string, key: string): number | undefined {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString()) as { o?: unknown; k?: unknown };
    return typeof t.o === 'number' && t.k === key ? t.o : undefined;
  } catch {
    return undefined;
  }
}

function convert(sku: RestSku, currency: string, rate: number): RestSku {
  if (rate === 1 && currency === 'USD') return sku;
  return {
    ...sku,
    pricingInfo: sku.pricingInfo?.map((p) => ({
      ...p,
      currencyConversionRate: rate,
      pricingExpression: p.pricingExpression && {
        ...p.pricingExpression,
        tieredRates: p.pricingExpression.tieredRates?.map((r) => {
          const nanos = BigInt(r.unitPrice?.units ?? '0') * 1_000_000_000n + BigInt(r.unitPrice?.nanos ?? 0);
          const converted = BigInt(Math.round(Number(nanos) * rate));
          return {
            ...r,
            unitPrice: { currencyCode: currency, units: (converted / 1_000_000_000n).toString(), nanos: Number(converted % 1_000_000_000n) },
          };
        }),
      },
    })),
  };
}

export async function startBillingEmulator(opts: BillingEmulatorOptions): Promise<BillingEmulator> {
  const maxPage = opts.maxPageSize ?? 5000;
  const currencies: Record<string, number> = { USD: 1, ...opts.currencies };
  const services = opts.snapshot.services;
  const skus = opts.snapshot.skus;
  let emulator: BillingEmulator | undefined;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    const send = (status: number, body: unknown) => {
      emulator?.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, status });
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    const fail = (status: number, message: string) =>
      send(status, { error: { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' } });

    const answer = () => {
      if (req.method !== 'GET') return fail(405, `method ${req.method} not allowed`);
      const pageSize = query.pageSize ? Number(query.pageSize) : maxPage;
      if (!Number.isInteger(pageSize) || pageSize < 0) return fail(400, `Invalid value for page_size: ${query.pageSize}`);
      const size = Math.min(pageSize || maxPage, maxPage);
      const page = <T>(items: readonly T[], key: string): { items: T[]; next: string } | undefined => {
        const offset = query.pageToken ? decodeToken(query.pageToken, key) : 0;
        if (offset === undefined) return undefined;
        const slice = items.slice(offset, offset + size);
        return { items: slice, next: offset + size < items.length ? encodeToken(offset + size, key) : '' };
      };

      if (url.pathname === '/v1/services') {
        const p = page(services, 'services');
        if (!p) return fail(400, 'Invalid page token.');
        return send(200, { services: p.items, nextPageToken: p.next });
      }
      const m = /^\/v1\/services\/([^/]+)\/skus$/.exec(url.pathname);
      if (m) {
        const serviceId = decodeURIComponent(m[1]!);
        if (!services.some((s) => s.serviceId === serviceId)) return fail(404, `Service services/${serviceId} not found.`);
        const currency = (query.currencyCode || 'USD').toUpperCase();
        const rate = currencies[currency];
        if (rate === undefined) return fail(400, `Invalid currency code: ${currency}`);
        const own = serviceId === '6F81-5844-456A' ? skus : [];
        const p = page(own, `${serviceId}/${currency}`);
        if (!p) return fail(400, 'Invalid page token.');
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  emulator = new BillingEmulator(server, `http://${host}:${port}`);
  return emulator;
}
