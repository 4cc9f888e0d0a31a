/**
 * InferenceServer: the web service MLComponent containers run (seed 004) — Open Inference Protocol v2 over HTTP
 * (health, server/model metadata, model ready, infer) plus the MLComponent request form, in front of a WorkerPool.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PsmlError } from '../errors.js';
import { resolveEntryPoint, type EntryPoint } from './entry-point.js';
import { FileExchange } from './file-exchange.js';
import { parseInferRequest, parseOutputs, RequestError, ResultError, wireOutput } from './infer-request.js';
import { createLogger, type Logger, type LogLevel } from './log.js';
import { ServeMetrics } from './metrics.js';
import { loadSignature, type ModelSignature, type TensorSpec } from './signature.js';
import { toOipDatatype } from './tensor.js';
import { InferenceTimeoutError, QueueFullError, WorkerPool } from './worker-pool.js';
import { WorkerExitedError, type WorkerCall } from './worker.js';
import { parseJsonText } from '../json.js';

export interface ServeOptions {
  /** `pkg.module.inference` or `file.mjs[:inference]`. */
  entryPoint: string;
  pythonPath?: string[];
  /** Passed to the function as `model_key`. */
  modelPath?: string;
  /** File-exchange directory for FILE tensors (default: a new temp dir). */
  filesPath?: string;
  port?: number;
  host?: string;
  modelName?: string;
  modelVersion?: string;
  /** JSON/YAML {inputs, outputs} declaring the function's tensors. */
  signaturePath?: string;
  /** A request body (JSON) used as the warm-up call; default: a call with no inputs. */
  warmupRequestPath?: string;
  workers?: number;
  maxQueue?: number;
  timeoutMs?: number;
  warmupTimeoutMs?: number;
  maxBodyBytes?: number;
  python?: string;
  logLevel?: LogLevel;
  /** Where log lines go (default stdout). */
  logWrite?: (line: string) => void;
  /** Wait for the warm-up before resolving (default false: listen at once, ready later). */
  waitUntilReady?: boolean;
}

export interface InferenceServer {
  url: string;
  port: number;
  pool: WorkerPool;
  metrics: ServeMetrics;
  files: FileExchange;
  entry: EntryPoint;
  /** Resolves once the warm-up of every worker finished (successfully or not). */
  warmedUp: Promise<void>;
  close(): Promise<void>;
}

const VERSION = process.env.PSML_VERSION ?? '0.1.0';
const MODEL_PATH = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?\/?$/;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** OIP tensor metadata; str and FILE are BYTES, FILE marked (with its content type) in `parameters`. */
const tensorMetadata = (t: TensorSpec) => ({
  name: t.name,
  datatype: toOipDatatype(t.datatype),
  shape: t.shape,
  ...(t.datatype === 'FILE' ? { parameters: { psml_datatype: 'FILE', ...(t.content_type ? { content_type: t.content_type } : {}) } } : {}),
});

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new HttpError(413, `the request body is larger than the limit of ${limit} bytes`, { connection: 'close' });
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; version=0.0.4; charset=utf-8' : 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export async function startServer(opts: ServeOptions): Promise<InferenceServer> {
  const log: Logger = createLogger(opts.logLevel ?? 'info', opts.logWrite);
  const entry = resolveEntryPoint(opts.entryPoint, opts.pythonPath);
  const signature: ModelSignature | undefined = opts.signaturePath ? loadSignature(opts.signaturePath) : undefined;
  const files = new FileExchange(opts.filesPath);
  const modelName = opts.modelName ?? 'model';
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
  const metrics = new ServeMetrics();

  let warmup: WorkerCall = { parameters: [], inputs: [], output_fields: [] };
  let warmupCleanup = async () => {};
  if (opts.warmupRequestPath) {
    let parsed;
    try {
      parsed = parseInferRequest(parseJsonText(readFileSync(opts.warmupRequestPath, 'utf8')), signature);
    } catch (e) {
      throw new PsmlError(`the warm-up request is not a valid infer request: ${(e as Error).message}`, { field: '--warmup-request', resource: opts.warmupRequestPath });
    }
    const prepared = await files.prepareInputs(parsed.inputs);
    warmup = { parameters: parsed.parameters, inputs: prepared.inputs, output_fields: parsed.outputFields };
    warmupCleanup = prepared.cleanup;
  }

  const pool = new WorkerPool({
    worker: {
      entry,
      modelKey: opts.modelPath ?? '',
      python: opts.python,
      env: { ...process.env, PSML_FILES_PATH: files.root, PSML_MODEL_PATH: opts.modelPath ?? '' },
    },
    workers: opts.workers ?? 1,
    maxQueue: opts.maxQueue ?? 64,
    timeoutMs,
    warmupTimeoutMs: opts.warmupTimeoutMs ?? Math.max(timeoutMs, 300_000),
    warmup,
    log,
    metrics,
  });
  let warmedUp: Promise<void>;
  try {
    ({ warmedUp } = await pool.start());
  } catch (e) {
    await pool.close();
    throw e;
  }
  warmedUp = warmedUp.finally(() => warmupCleanup());

  const metadata = () => ({
    name: modelName,
    ...(opts.modelVersion ? { versions: [opts.modelVersion] } : {}),
    platform: entry.runtime === 'python' ? 'psml-python' : 'psml-node',
    inputs: (signature?.inputs ?? []).map(tensorMetadata),
    outputs: (signature?.outputs ?? []).map(tensorMetadata),
  });

  async function infer(req: IncomingMessage): Promise<[number, unknown]> {
    const raw = await readBody(req, maxBody);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (e) {
      throw new RequestError(`the request body is not valid JSON (${(e as Error).message})`);
    }
    const request = parseInferRequest(body, signature);
    const prepared = await files.prepareInputs(request.inputs);
    try {
      const reply = await pool.submit({ parameters: request.parameters, inputs: prepared.inputs, output_fields: request.outputFields });
      if (!reply.ok) {
        if (reply.traceback) log.error('inference function failed', { error: reply.error, traceback: reply.traceback });
        throw new HttpError(500, reply.kind === 'function' ? `the inference function raised ${reply.error}` : reply.error);
      }
      const outputs = await files.encodeOutputs(parseOutputs(reply.outputs, request.requestedOutputs), request.fileEncoding);
      return [
        200,
        {
          model_name: modelName,
          ...(opts.modelVersion ? { model_version: opts.modelVersion } : {}),
          id: request.id ?? randomUUID(),
          outputs: outputs.map((t) => wireOutput(t, request.form, request.fileEncoding)),
        },
      ];
    } finally {
      await prepared.cleanup();
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<string> {
    const path = (req.url ?? '/').split('?')[0] as string;
    const method = req.method ?? 'GET';
    const only = (m: string) => {
      if (method !== m) throw new HttpError(405, `${path} accepts ${m} only`, { allow: m });
    };
    if (path === '/v2/health/live') {
      only('GET');
      send(res, 200, { live: true });
      return 'health';
    }
    if (path === '/v2/health/ready') {
      only('GET');
      send(res, pool.ready ? 200 : 503, { ready: pool.ready });
      return 'health';
    }
    if (path === '/v2' || path === '/v2/') {
      only('GET');
      send(res, 200, { name: 'psml', version: VERSION, extensions: [] });
      return 'metadata';
    }
    if (path === '/metrics') {
      only('GET');
      send(res, 200, metrics.render({ ready: pool.ready, queued: pool.queued, inflight: pool.inflight, workers: pool.liveWorkers }));
      return 'metrics';
    }
    const m = MODEL_PATH.exec(path);
    const isInferAlias = path === '/infer' || path === '/inference';
    if (!m && !isInferAlias) throw new HttpError(404, `no route ${path}; see /v2/models/${modelName}/infer`);
    if (m) {
      const name = decodeURIComponent(m[1] as string);
      const version = m[2] && decodeURIComponent(m[2]);
      if (name !== modelName) throw new HttpError(404, `model "${name}" is not served here; this server serves "${modelName}"`);
      if (version && opts.modelVersion && version !== opts.modelVersion) {
        throw new HttpError(404, `model "${name}" has no version "${version}"; this server serves version "${opts.modelVersion}"`);
      }
      if (m[3] === '/ready') {
        only('GET');
        send(res, pool.ready ? 200 : 503, { name: modelName, ready: pool.ready });
        return 'health';
      }
      if (!m[3]) {
        only('GET');
        send(res, 200, metadata());
        return 'metadata';
      }
    }
    only('POST');
    const [status, body] = await infer(req);
    send(res, status, body);
    return 'infer';
  }

  const server: Server = createServer((req, res) => {
    const t0 = process.hrtime.bigint();
    const path = (req.url ?? '/').split('?')[0] as string;
    let routeName = /\/infer(ence)?\/?$/.test(path) ? 'infer' : 'other';
    const done = (status: number, extra: Record<string, unknown> = {}) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      metrics.observe(routeName, status, seconds);
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : routeName === 'infer' ? 'info' : 'debug';
      log.log(level, 'request', { method: req.method, path, status, duration_ms: Math.round(seconds * 1e4) / 10, ...extra });
    };
    route(req, res).then(
      (r) => {
        routeName = r;
        done(res.statusCode);
      },
      (e: unknown) => {
        let status = 500;
        let headers: Record<string, string> = {};
        let message: string;
        if (e instanceof HttpError) {
          status = e.status;
          headers = e.headers;
          message = e.message;
        } else if (e instanceof RequestError) {
          status = e.status;
          message = e.message;
        } else if (e instanceof QueueFullError) {
          status = 503;
          headers = { 'retry-after': '1' };
          message = e.message;
        } else if (e instanceof InferenceTimeoutError) {
          status = e.running ? 504 : 503;
          message = e.message;
        } else if (e instanceof WorkerExitedError) {
          message = `${e.message} while handling this request; it is being restarted, retry the request`;
        } else if (e instanceof ResultError) {
          message = e.message;
        } else {
          message = `internal error: ${(e as Error)?.message ?? String(e)}`;
          log.error('unexpected error', { stack: (e as Error)?.stack });
        }
        if (!res.headersSent) send(res, status, { error: message }, headers);
        if (status === 413) {
          // let the client finish sending so it reads the 413 instead of a reset, but not forever
          req.resume();
          setTimeout(() => req.socket.destroy(), 5_000).unref();
        }
        done(status, { error: message });
      },
    );
  });
  server.keepAliveTimeout = 65_000; // longer than Google load balancers' 60 s idle timeout

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(new PsmlError(`cannot listen on ${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}: ${e.message}`, { field: '--port', hint: e.code === 'EADDRINUSE' ? 'pick a free port' : undefined })),
    );
    server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => resolve());
  }).catch(async (e) => {
    await pool.close();
    throw e;
  });
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host}:${addr.port}`;
  log.info('listening', { url, model: modelName, entry_point: entry.spec, runtime: entry.runtime, files_path: files.root, workers: opts.workers ?? 1 });
  void warmedUp.then(() => log.info(pool.ready ? 'ready' : 'not ready yet', { ready: pool.ready }));
  if (opts.waitUntilReady) await warmedUp;

  return {
    url,
    port: addr.port,
    pool,
    metrics,
    files,
    entry,
    warmedUp,
    async close() {
      // finish in-flight requests (bounded), then stop the workers
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 10_000);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
      await pool.close();
    },
  };
}
