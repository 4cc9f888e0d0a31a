/**
 * WorkerPool: N long-lived workers (default 1, so the model loads once), each running one call at a time,
 * in front of them a bounded FIFO queue. Up to `pipeline` calls are sent to a worker ahead of time so it never
 * waits for the event loop between calls; only the call at the head is running, so when a worker dies the calls
 * behind it go back to the queue instead of failing. A worker that dies is restarted (with backoff when it dies young) and
 * warmed up again; a call that exceeds the timeout kills its worker. Readiness = some worker finished a call
 * (the warm-up or a real request) without error, i.e. the model is loaded.
 */
import type { Logger } from './log.js';
import type { ServeMetrics } from './metrics.js';
import { InferenceWorker, WorkerExitedError, type WorkerCall, type WorkerOptions, type WorkerReply } from './worker.js';

export class QueueFullError extends Error {
  constructor(readonly queued: number) {
    super(`the server is busy: ${queued} requests are already waiting; retry shortly`);
    this.name = 'QueueFullError';
  }
}

export class InferenceTimeoutError extends Error {
  constructor(
    readonly seconds: number,
    readonly running: boolean,
  ) {
    super(
      running
        ? `the inference function did not answer within ${seconds}s; its worker was stopped and is being restarted`
        : `no inference worker became free within ${seconds}s`,
    );
    this.name = 'InferenceTimeoutError';
  }
}

export interface PoolOptions {
  worker: WorkerOptions;
  workers: number;
  maxQueue: number;
  timeoutMs: number;
  /** Bound on start-up + warm-up of one worker (model loading may be slow). */
  warmupTimeoutMs: number;
  /** The call made right after each worker starts, so the model is loaded before traffic arrives. */
  warmup: WorkerCall;
  /** Calls sent to one worker before the previous ones answered (default 2). */
  pipeline?: number;
  log: Logger;
  metrics: ServeMetrics;
}

interface Job {
  call: WorkerCall;
  resolve: (r: WorkerReply) => void;
  reject: (e: Error) => void;
  settled: boolean;
  /** At the head of its worker's pipeline, i.e. running: its timeout is ticking. */
  started: boolean;
  queueTimer?: NodeJS.Timeout;
  runTimer?: NodeJS.Timeout;
}

interface Slot {
  index: number;
  worker?: InferenceWorker;
  /** Started and warm-up attempted: may take jobs. */
  open: boolean;
  /** Calls sent to the worker, in order; the first one is running. */
  active: Job[];
  warming: boolean;
  warmed: boolean;
  startedAt: number;
  backoffMs: number;
}

const settle = (job: Job, f: () => void) => {
  if (job.settled) return;
  job.settled = true;
  clearTimeout(job.queueTimer);
  f();
};

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private closing = false;

  constructor(private readonly opts: PoolOptions) {
    this.slots = Array.from({ length: Math.max(1, opts.workers) }, (_, index) => ({ index, open: false, active: [], warming: false, warmed: false, startedAt: 0, backoffMs: 100 }));
  }

  get ready(): boolean {
    return this.slots.some((s) => s.open && s.warmed && s.worker?.alive);
  }
  get queued(): number {
    return this.queue.length;
  }
  get inflight(): number {
    return this.slots.reduce((n, s) => n + s.active.length + (s.warming ? 1 : 0), 0);
  }
  get liveWorkers(): number {
    return this.slots.filter((s) => s.worker?.alive).length;
  }

  /**
   * Starts every worker (rejects with the import error when the entry point cannot load) and returns a promise
   * for the warm-ups, which the server does not wait for: it listens (live, not ready) while the model loads.
   */
  async start(): Promise<{ warmedUp: Promise<void> }> {
    const workers = await Promise.all(this.slots.map((s) => this.spawn(s)));
    return { warmedUp: Promise.all(this.slots.map((s, i) => this.warmUp(s, workers[i] as InferenceWorker))).then(() => undefined) };
  }

  /** Queues a call; rejects with QueueFullError, InferenceTimeoutError or WorkerExitedError. */
  submit(call: WorkerCall): Promise<WorkerReply> {
    if (this.closing) return Promise.reject(new QueueFullError(this.queue.length));
    const idle = this.slots.some((s) => this.accepts(s, this.depth));
    if (!idle && this.queue.length >= this.opts.maxQueue) return Promise.reject(new QueueFullError(this.queue.length));
    return new Promise<WorkerReply>((resolve, reject) => {
      const job: Job = { call, resolve, reject, settled: false, started: false };
      this.enqueue(job, false);
      this.pump();
    });
  }

  private get depth(): number {
    return Math.max(1, this.opts.pipeline ?? 2);
  }

  private accepts(slot: Slot, depth: number): boolean {
    return slot.open && !slot.warming && !!slot.worker?.alive && slot.active.length < depth;
  }

  /** Waiting is bounded by the timeout too, so requests never wait forever for a worker that cannot start. */
  private enqueue(job: Job, front: boolean): void {
    job.queueTimer = setTimeout(() => {
      const i = this.queue.indexOf(job);
      if (i >= 0) this.queue.splice(i, 1);
      settle(job, () => job.reject(new InferenceTimeoutError(this.opts.timeoutMs / 1000, false)));
    }, this.opts.timeoutMs);
    if (front) this.queue.unshift(job);
    else this.queue.push(job);
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.queue.splice(0)) settle(job, () => job.reject(new QueueFullError(0)));
    const exits = this.slots.map((s) => {
      const w = s.worker;
      if (!w?.alive) return Promise.resolve();
      return new Promise<void>((resolve) => {
        w.once('exit', () => resolve());
        w.kill();
      });
    });
    await Promise.all(exits);
  }

  private pump(): void {
    // idle workers first, then fill pipelines
    for (const depth of [1, this.depth]) {
      for (const slot of this.slots) {
        while (this.queue.length && this.accepts(slot, depth)) {
          const job = this.queue.shift() as Job;
          clearTimeout(job.queueTimer);
          this.run(slot, slot.worker as InferenceWorker, job);
        }
      }
    }
  }

  private startHead(slot: Slot, worker: InferenceWorker): void {
    const job = slot.active[0];
    if (!job || job.started) return;
    job.started = true;
    job.runTimer = setTimeout(() => {
      this.opts.metrics.timeouts += 1;
      this.opts.log.warn('inference timed out; stopping the worker', { worker: slot.index, pid: worker.pid, timeout_s: this.opts.timeoutMs / 1000 });
      settle(job, () => job.reject(new InferenceTimeoutError(this.opts.timeoutMs / 1000, true)));
      worker.kill();
    }, this.opts.timeoutMs);
  }

  private run(slot: Slot, worker: InferenceWorker, job: Job): void {
    slot.active.push(job);
    this.startHead(slot, worker);
    worker.call(job.call).then(
      (reply) => {
        if (reply.ok) slot.warmed = true;
        this.finish(slot, job);
        settle(job, () => job.resolve(reply));
        this.startHead(slot, worker);
        this.pump();
      },
      (e: Error) => {
        this.finish(slot, job);
        if (job.started || job.settled) settle(job, () => job.reject(e));
        else this.enqueue(job, true); // never ran: the next worker runs it
        this.pump();
      },
    );
  }

  private finish(slot: Slot, job: Job): void {
    clearTimeout(job.runTimer);
    const i = slot.active.indexOf(job);
    if (i >= 0) slot.active.splice(i, 1);
  }

  private async spawn(slot: Slot): Promise<InferenceWorker> {
    const worker = InferenceWorker.create(this.opts.worker);
    worker.on('log', (line) => this.opts.log.info(line, { source: 'worker', worker: slot.index }));
    worker.on('exit', (err) => this.onExit(slot, worker, err));
    slot.worker = worker;
    slot.startedAt = Date.now();
    await worker.start();
    this.opts.log.info('worker started', { worker: slot.index, pid: worker.pid, ...pick(worker.info, ['python', 'node']) });
    return worker;
  }

  private async warmUp(slot: Slot, worker: InferenceWorker): Promise<void> {
    const t0 = Date.now();
    slot.warming = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const reply = await Promise.race([
        worker.call(this.opts.warmup),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new InferenceTimeoutError(this.opts.warmupTimeoutMs / 1000, true)), this.opts.warmupTimeoutMs);
        }),
      ]);
      if (reply.ok) {
        slot.warmed = true;
        this.opts.log.info('model loaded (warm-up call succeeded)', { worker: slot.index, duration_ms: Date.now() - t0, model_loaded: reply.model_loaded });
      } else {
        // not ready yet: the first successful request will make it ready
        this.opts.log.warn('warm-up call failed; ready after the first successful request', { worker: slot.index, error: reply.error });
      }
    } catch (e) {
      if (e instanceof InferenceTimeoutError) worker.kill();
      this.opts.log.error('warm-up did not complete', { worker: slot.index, error: (e as Error).message });
    } finally {
      clearTimeout(timer);
      slot.warming = false;
      slot.open = worker.alive;
      this.pump();
    }
  }

  private onExit(slot: Slot, worker: InferenceWorker, err: WorkerExitedError): void {
    if (slot.worker !== worker) return;
    slot.worker = undefined;
    slot.open = false;
    slot.warmed = false;
    if (this.closing) return;
    const lived = Date.now() - slot.startedAt;
    // a worker that dies young (e.g. at import) is restarted with growing delays instead of in a tight loop
    slot.backoffMs = lived < 5_000 ? Math.min(slot.backoffMs * 2, 10_000) : 100;
    const delay = lived < 5_000 ? slot.backoffMs : 0;
    this.opts.metrics.workerRestarts += 1;
    this.opts.log.warn('worker exited; restarting', { worker: slot.index, pid: worker.pid, reason: err.message, restart_in_ms: delay });
    setTimeout(() => {
      if (this.closing) return;
      this.spawn(slot).then(
        (w) => this.warmUp(slot, w),
        (e: Error) => this.opts.log.error('worker restart failed', { worker: slot.index, error: e.message }),
      );
    }, delay);
  }
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
