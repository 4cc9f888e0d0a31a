/** Typed client of the emulator's control API (`/_emulator/…`), for tests, benchmarks and the demo. */
import type { OperationTiming } from './cloud.js';
import type { Faults } from './faults.js';
import type { CloudState } from './state.js';
import type { RequestLogEntry } from './server.js';

export class ComputeEmulatorControl {
  constructor(readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.url}/_emulator/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`emulator control ${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The whole emulated cloud (resources, operations, managed instances, health). */
  state = (): Promise<CloudState> => this.call('GET', 'state');
  setState = (s: CloudState): Promise<void> => this.call('PUT', 'state', s);
  /** Empties the cloud, the faults and the request log. */
  reset = (): Promise<void> => this.call('POST', 'reset');
  /** Adds fault rules (each kind optional). */
  inject = (f: Partial<Faults>): Promise<Faults> => this.call('POST', 'faults', f);
  faults = (): Promise<Faults> => this.call('GET', 'faults');
  clearFaults = (): Promise<Faults> => this.call('DELETE', 'faults');
  setTiming = (t: Partial<OperationTiming>): Promise<OperationTiming> => this.call('PUT', 'timing', t);
  /** Finishes every pending operation; returns how many. */
  settle = async (): Promise<number> => (await this.call<{ settled: number }>('POST', 'operations/settle')).settled;
  /** What backendServices.getHealth reports for an instance (key `projects/p/zones/z/instances/n` or its URL). */
  setHealth = (instance: string, state: 'HEALTHY' | 'UNHEALTHY' | 'DRAINING' | 'TIMEOUT' | 'UNKNOWN'): Promise<void> =>
    this.call('PUT', 'health', { instance, state });
  /** Compute API requests served so far (method, path+query, status, reason). */
  requests = (): Promise<RequestLogEntry[]> => this.call('GET', 'requests');
  clearRequests = (): Promise<void> => this.call('DELETE', 'requests');
  /** Writes the state file now. */
  save = (): Promise<void> => this.call('POST', 'save');
}
