/**
 * ServeMetrics: Prometheus text exposition for /metrics — requests by route and status code, infer latency
 * quantiles over a sliding window of recent requests (a summary), worker restarts and timeouts, queue gauges.
 */
const WINDOW = 4096;
const QUANTILES = [0.5, 0.9, 0.99];

export interface Gauges {
  ready: boolean;
  queued: number;
  inflight: number;
  workers: number;
}

export class ServeMetrics {
  private readonly counts = new Map<string, number>();
  private readonly window = new Float64Array(WINDOW);
  private filled = 0;
  private next = 0;
  private sum = 0;
  private count = 0;
  workerRestarts = 0;
  timeouts = 0;

  /** One finished HTTP request; latency is kept for infer calls only. */
  observe(route: string, status: number, seconds: number): void {
    const key = `${route}\u0000${status}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (route !== 'infer') return;
    this.window[this.next] = seconds;
    this.next = (this.next + 1) % WINDOW;
    this.filled = Math.min(this.filled + 1, WINDOW);
    this.sum += seconds;
    this.count += 1;
  }

  /** Nearest-rank quantile of the recent infer latencies (seconds), NaN before any request. */
  quantile(q: number): number {
    if (!this.filled) return NaN;
    const sorted = Array.from(this.window.subarray(0, this.filled)).sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
  }

  render(g: Gauges): string {
    const lines = [
      '# HELP psml_serve_requests_total HTTP requests by route and status code.',
      '# TYPE psml_serve_requests_total counter',
    ];
    for (const [key, n] of [...this.counts].sort()) {
      const [route, code] = key.split('\u0000');
      lines.push(`psml_serve_requests_total{route="${route}",code="${code}"} ${n}`);
    }
    lines.push(
      '# HELP psml_serve_infer_duration_seconds Infer request latency (quantiles over the last requests).',
      '# TYPE psml_serve_infer_duration_seconds summary',
    );
    for (const q of QUANTILES) lines.push(`psml_serve_infer_duration_seconds{quantile="${q}"} ${this.quantile(q)}`);
    lines.push(`psml_serve_infer_duration_seconds_sum ${this.sum}`, `psml_serve_infer_duration_seconds_count ${this.count}`);
    const gauge = (name: string, help: string, type: string, v: number) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${v}`);
    gauge('psml_serve_worker_restarts_total', 'Inference workers restarted after dying or timing out.', 'counter', this.workerRestarts);
    gauge('psml_serve_timeouts_total', 'Infer calls stopped by the per-request timeout.', 'counter', this.timeouts);
    gauge('psml_serve_ready', '1 once a worker has loaded the model.', 'gauge', g.ready ? 1 : 0);
    gauge('psml_serve_queue_depth', 'Infer requests waiting for a worker.', 'gauge', g.queued);
    gauge('psml_serve_inflight', 'Infer requests running in a worker.', 'gauge', g.inflight);
    gauge('psml_serve_workers', 'Live inference workers.', 'gauge', g.workers);
    return lines.join('\n') + '\n';
  }
}
