import { request } from 'node:http';
import { join } from 'node:path';
import { startServer, type InferenceServer, type ServeOptions } from '../../shared/serve/server.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const PY = join(FIXTURES, 'py');
export const JS = join(FIXTURES, 'js');

export interface Served extends InferenceServer {
  logs: Record<string, unknown>[];
}

/** A real server on an ephemeral port with its JSON log lines captured. */
export async function serve(opts: Partial<ServeOptions> & { entryPoint: string }): Promise<Served> {
  const logs: Record<string, unknown>[] = [];
  const server = await startServer({
    pythonPath: [PY],
    port: 0,
    host: '127.0.0.1',
    waitUntilReady: true,
    logWrite: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
    ...opts,
  });
  return Object.assign(server, { logs });
}

export interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, any>;
}

export async function get(url: string): Promise<Reply> {
  const r = await fetch(url);
  const text = await r.text();
  return { status: r.status, headers: r.headers, body: r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : { text } };
}

export async function infer(base: string, body: unknown, model = 'model'): Promise<Reply> {
  const r = await fetch(`${base}/v2/models/${model}/infer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, headers: r.headers, body: (await r.json()) as Record<string, any> };
}

/** POSTs raw bytes with node:http (so an early 413 is read even while the body is still being sent). */
export function postRaw(url: string, bytes: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': bytes.length } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(bytes);
  });
}

export const fp32 = (name: string, data: number[], shape = [data.length]) => ({ name, datatype: 'FP32', shape, data });

/** Polls until `cond` holds (bounded): for states the server reaches asynchronously, never for timing. */
export async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
