/**
 * InferenceWorker: one long-lived process (Python) or thread (JavaScript) holding the user's inference function
 * and its model object. Requests go over a pipe (newline-delimited JSON) or postMessage; see python-worker-source.ts.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PsmlError } from '../errors.js';
import { NODE_WORKER_SOURCE } from './node-worker-source.js';
import { PYTHON_WORKER_SOURCE } from './python-worker-source.js';
import type { EntryPoint } from './entry-point.js';

/** What the inference function receives (MLComponent contract, seed 004). */
export interface WorkerCall {
  parameters: [string, unknown][];
  inputs: Record<string, unknown>[];
  output_fields: Record<string, unknown>[];
}

export type WorkerReply =
  | { ok: true; outputs: unknown; model_loaded: boolean }
  | { ok: false; kind: 'function' | 'result'; error: string; traceback?: string };

/** The worker went away (crash, kill, timeout) while a call was in flight. */
export class WorkerExitedError extends Error {
  constructor(
    readonly code: number | null,
    readonly signal: string | null,
  ) {
    super(`the inference worker exited (${signal ? `signal ${signal}` : `exit code ${code}`})`);
    this.name = 'WorkerExitedError';
  }
}

export interface WorkerEvents {
  exit: [WorkerExitedError];
  /** A line the user's code printed (stderr/console). */
  log: [string];
}

interface Pending {
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
}

export interface WorkerOptions {
  entry: EntryPoint;
  modelKey: string;
  /** Python interpreter (default `python3`, or $PSML_PYTHON). */
  python?: string;
  env?: NodeJS.ProcessEnv;
}

/** The tsx loader URL when `file` is TypeScript and this Node cannot strip types itself (and tsx is installed). */
function needsTsx(file: string): string | undefined {
  const features = process.features as { typescript?: unknown };
  if (!/\.[cm]?ts$/.test(file) || features.typescript) return undefined;
  try {
    return pathToFileURL(createRequire(file).resolve('tsx')).href;
  } catch {
    return undefined; // the thread reports that TypeScript needs Node >= 22.6 or tsx
  }
}

let scriptPath: string | undefined;
/** The Python worker script, written once per server process to a private temp dir. */
function pythonScript(): string {
  if (!scriptPath) {
    const dir = mkdtempSync(join(tmpdir(), 'psml-worker-'));
    scriptPath = join(dir, 'psml_worker.py');
    writeFileSync(scriptPath, PYTHON_WORKER_SOURCE, { mode: 0o600 });
  }
  return scriptPath;
}

export abstract class InferenceWorker extends EventEmitter<WorkerEvents> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private hello?: { resolve: () => void; reject: (e: Error) => void };
  protected exited?: WorkerExitedError;
  /** Set by the worker's hello: interpreter version etc., for logs. */
  info: Record<string, unknown> = {};

  static create(opts: WorkerOptions): InferenceWorker {
    if (opts.entry.runtime === 'python') return new PythonWorker(opts);
    const tsx = needsTsx(opts.entry.file ?? '');
    return tsx ? new NodeProcessWorker(opts, tsx) : new NodeWorker(opts);
  }

  constructor(protected readonly opts: WorkerOptions) {
    super();
  }

  /** OS process id (child-process workers). */
  get pid(): number | undefined {
    return undefined;
  }

  get alive(): boolean {
    return this.exited === undefined;
  }

  /** Starts the process/thread and waits until the user's module imported. */
  start(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.hello = { resolve, reject };
      this.launch();
    });
  }

  /** Sends one call; replies are matched by id, so calls may be pipelined (the worker runs them in order). */
  call(req: WorkerCall): Promise<WorkerReply> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    return new Promise<WorkerReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ id, op: 'infer', ...req });
    });
  }

  abstract kill(): void;
  protected abstract launch(): void;
  protected abstract send(msg: Record<string, unknown>): void;

  protected onMessage(msg: Record<string, unknown>): void {
    if (msg.op === 'log') {
      this.emit('log', String(msg.line));
      return;
    }
    if (msg.op === 'hello') {
      const h = this.hello;
      this.hello = undefined;
      if (msg.ok) {
        this.info = msg;
        h?.resolve();
      } else {
        h?.reject(
          new PsmlError(`cannot load the entry point ${this.opts.entry.spec}: ${String(msg.error)}`, {
            field: '--entry-point',
            hint: this.opts.entry.runtime === 'python' ? 'check --entry-point and --python-path (the directory that contains the top-level package)' : 'check --entry-point',
            details: typeof msg.traceback === 'string' ? msg.traceback.trimEnd().split('\n') : [],
          }),
        );
        this.kill();
      }
      return;
    }
    const p = this.pending.get(Number(msg.id));
    if (!p) return;
    this.pending.delete(Number(msg.id));
    p.resolve(msg as unknown as WorkerReply);
  }

  protected onExit(code: number | null, signal: string | null): void {
    if (this.exited) return;
    const err = new WorkerExitedError(code, signal);
    this.exited = err;
    this.hello?.reject(
      new PsmlError(`the inference worker for ${this.opts.entry.spec} exited before it was ready (${err.message.replace(/^.*\(/, '').replace(/\)$/, '')})`, {
        field: '--entry-point',
        hint: 'see the worker log lines above',
      }),
    );
    this.hello = undefined;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.emit('exit', err);
  }
}

/** Splits a byte stream into lines without quadratic re-concatenation of large lines. */
function lineSplitter(onLine: (line: string) => void): (chunk: Buffer) => void {
  let parts: Buffer[] = [];
  return (chunk) => {
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      parts.push(chunk.subarray(start, nl));
      onLine(Buffer.concat(parts).toString('utf8'));
      parts = [];
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  };
}

/** A worker in a child process speaking newline-delimited JSON over its stdin/stdout. */
abstract class ProcessWorker extends InferenceWorker {
  private child?: ChildProcessWithoutNullStreams;

  override get pid(): number | undefined {
    return this.child?.pid;
  }

  protected abstract command(): { file: string; args: string[]; env?: NodeJS.ProcessEnv };

  protected launch(): void {
    const { file, args, env } = this.command();
    const child = spawn(file, args, { env: env ?? this.opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout.on(
      'data',
      lineSplitter((line) => {
        if (!line) return;
        let msg: Record<string, unknown>;
        try {
          msg = JSON.parse(line) as Record<string, unknown>;
        } catch {
          this.emit('log', line);
          return;
        }
        this.onMessage(msg);
      }),
    );
    child.stderr.on('data', lineSplitter((line) => this.emit('log', line)));
    child.stdin.on('error', () => {}); // EPIPE after a crash; the exit handler reports it
    child.on('error', (e) => {
      this.emit('log', `cannot start ${file}: ${e.message}`);
      this.onExit(null, null);
    });
    child.on('exit', (code, signal) => this.onExit(code, signal));
  }

  protected send(msg: Record<string, unknown>): void {
    this.child?.stdin.write(JSON.stringify(msg) + '\n');
  }

  kill(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}

export class PythonWorker extends ProcessWorker {
  protected command() {
    const { entry, modelKey } = this.opts;
    const cfg = JSON.stringify({ entry_point: entry.target, python_path: entry.pythonPath, model_key: modelKey });
    return {
      file: this.opts.python ?? process.env.PSML_PYTHON ?? 'python3',
      args: ['-u', pythonScript(), cfg],
      env: { ...(this.opts.env ?? process.env), PYTHONUNBUFFERED: '1' },
    };
  }
}

/**
 * TypeScript on a Node without type stripping (Node 20): loader hooks do not reach worker threads there, so the
 * module runs in a child `node --import <tsx>` instead.
 */
export class NodeProcessWorker extends ProcessWorker {
  constructor(
    opts: WorkerOptions,
    private readonly tsxLoader: string,
  ) {
    super(opts);
  }

  protected command() {
    const { entry, modelKey } = this.opts;
    const data = JSON.stringify({ file: entry.file, exportName: entry.exportName, modelKey });
    return { file: process.execPath, args: ['--import', this.tsxLoader, '-e', NODE_WORKER_SOURCE, data] };
  }
}

export class NodeWorker extends InferenceWorker {
  private thread?: Worker;

  protected launch(): void {
    const { entry, modelKey } = this.opts;
    const thread = new Worker(NODE_WORKER_SOURCE, {
      eval: true,
      workerData: { file: entry.file, exportName: entry.exportName, modelKey },
      env: this.opts.env ?? process.env,
      stdout: false,
      stderr: false,
    });
    this.thread = thread;
    thread.on('message', (m: Record<string, unknown>) => this.onMessage(m));
    thread.on('error', (e) => this.emit('log', `worker thread error: ${e.stack ?? e.message}`));
    thread.on('exit', (code) => this.onExit(code, null));
  }

  protected send(msg: Record<string, unknown>): void {
    this.thread?.postMessage(msg);
  }

  kill(): void {
    void this.thread?.terminate();
  }
}
