/**
 * Small helpers shared by the local HTTP emulators (compute, billing, github): a node:http server on loopback with
 * an ephemeral port by default, JSON bodies in and out, and a close that does not wait for idle keep-alive sockets.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type RequestHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:43123`. */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback unless told otherwise. */
  host?: string;
}

/** Starts `handler` on host:port; handler exceptions become a 500 JSON answer instead of a crashed process. */
export function listen(handler: RequestHandler, opts: ListenOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((e: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { code: 500, message: e instanceof Error ? e.message : String(e) } });
        else res.destroy();
      });
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${urlHost}:${port}`,
        port,
        host,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** Reads the whole request body as text (bounded, so a runaway client cannot exhaust memory). */
export function readBody(req: http.IncomingMessage, limitBytes = 16 * 1024 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limitBytes) {
        reject(new HttpError(413, 'request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** An error that already knows its HTTP status; emulators map it to their API's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
