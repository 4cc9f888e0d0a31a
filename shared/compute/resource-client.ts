/**
 * ResourceClient: the one way psml gets, lists, creates, updates and deletes a Compute Engine resource (seed 000:
 * "create, delete, get, list and update all work in the same way"). Subclasses only say which official client and
 * request fields serve their collection and how an experiment becomes a resource specification.
 *
 * Behaviour shared by every collection:
 * - transient errors (network, 429, 5xx, rate-limit 403, concurrent-operation quota, operationInProgress) are retried
 *   with exponential backoff, jitter and a deadline; giving up is a PsmlError naming the resource;
 * - mutations wait for their operation on the right scope; a DONE operation with errors is an OperationError;
 * - create is idempotent: 409 alreadyExists adopts the resource when its ownership labels are ours, else a conflict;
 * - delete is idempotent: 404 means done;
 * - update is a read-modify-write loop: 412 (stale fingerprint) re-reads and re-applies, a bounded number of times.
 */
import { randomUUID } from 'node:crypto';
import { PsmlError } from '../errors.js';
import type { ComputeClients } from '../gcp/compute-clients.js';
import { isOperationError, waitForOperation, type Operation, type WaitOptions } from '../gcp/operations.js';
import { apiErrorInfo, isTransient, withRetry, type ApiErrorInfo, type RetryOptions } from '../gcp/retry.js';
import type { Experiment } from '../manifest/experiment.js';
import { labelFilter, ownedBy, type Labels } from './ownership.js';
import type { SpecContext } from './spec-context.js';

/** Where a resource lives: a zone, a region, or (neither) global. */
export interface Location {
  project: string;
  zone?: string;
  region?: string;
}

export type ScopeKind = 'zone' | 'region' | 'global';

export const scopeOf = (loc: Location): ScopeKind => (loc.zone ? 'zone' : loc.region ? 'region' : 'global');

/** Partial URL of the scope (`projects/p/zones/z`), which the API accepts wherever it wants a URL. */
export function scopePath(loc: Location): string {
  const base = `projects/${loc.project}`;
  if (loc.zone) return `${base}/zones/${loc.zone}`;
  if (loc.region) return `${base}/regions/${loc.region}`;
  return `${base}/global`;
}

export interface ResourceClientOptions {
  /** Retry policy of every API call (tests pass tiny delays). */
  retry?: RetryOptions;
  /** How operations are awaited. */
  operation?: Omit<WaitOptions, 'project' | 'resource'>;
  /** Read-modify-write attempts before an update gives up on fingerprint conflicts (default 5). */
  maxUpdateAttempts?: number;
  /** maxResults per list page (default 500, the API maximum). */
  pageSize?: number;
}

/** The calls of one official client on one collection in one scope, in a uniform shape. */
export interface CollectionCalls<T> {
  get(name: string): Promise<T>;
  insert(resource: T, requestId: string): Promise<Operation>;
  delete(name: string, requestId: string): Promise<Operation>;
  list(filter: string | undefined, maxResults: number): AsyncIterable<T>;
  /** Full replacement (PUT) or patch carrying the fingerprint; absent when the collection is immutable. */
  update?(name: string, resource: T, requestId: string): Promise<Operation>;
}

export interface NamedResource {
  name?: string | null;
}

export type CreateOutcome = 'created' | 'adopted';
export type DeleteOutcome = 'deleted' | 'absent';

/** The LRO wrapper the clients return from mutations: the Compute Operation is its latestResponse. */
export const operationOf = (lro: { latestResponse?: unknown }): Operation => lro.latestResponse as Operation;

const STATUS_WORDS: Record<number, string> = {
  400: 'was rejected as invalid',
  401: 'was refused: not authenticated',
  403: 'was refused: permission denied',
  404: 'was not found',
  409: 'conflicts with the current state',
  412: 'has changed since it was read',
};

/**
 * A plain JSON copy of what the client decoded: drops the `_field: "field"` markers protobufjs adds for proto3
 * optional fields, so resources compare, clone and round-trip (PUT) cleanly.
 */
export function plain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plain) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('_') && v === k.slice(1)) continue;
    if (v !== undefined) out[k] = plain(v);
  }
  return out as T;
}

export abstract class ResourceClient<T extends NamedResource> {
  /** Collection name as in the API URL (`instances`, `urlMaps`), used in messages. */
  abstract readonly collection: string;
  /** Scope kinds this collection exists in. */
  protected abstract readonly scopes: readonly ScopeKind[];
  /** Whether the API filters this collection on `labels.*` (only labelled collections do). */
  protected readonly labelled: boolean = false;

  constructor(
    protected readonly clients: ComputeClients,
    readonly location: Location,
    protected readonly options: ResourceClientOptions = {},
  ) {}

  /** The official client calls for this collection in `this.location`. */
  protected abstract calls(): CollectionCalls<T>;

  /** Ownership labels the resource carries (labels, properties.labels or the description mark). */
  abstract ownerLabels(resource: T): Labels;

  /** The resource `exp` needs, as sent to insert (pure: no I/O). */
  abstract createSpecification(exp: Experiment, ctx: SpecContext): T;

  /**
   * The next state of an existing resource for `exp`, from its current state (keeping its fingerprint), or
   * undefined when nothing changes in place (pure). Immutable collections (templates, instances) never change.
   */
  updateSpecification(_exp: Experiment, _ctx: SpecContext, _current: T): T | undefined {
    return undefined;
  }

  /** Creates the resource of `exp`, or adopts ours and brings it up to date with updateSpecification. */
  async apply(exp: Experiment, ctx: SpecContext): Promise<{ resource: T; outcome: CreateOutcome | 'updated' }> {
    const spec = this.createSpecification(exp, ctx);
    const created = await this.create(spec);
    if (created.outcome === 'created') return created;
    const updated = await this.update(spec.name!, (cur) => this.updateSpecification(exp, ctx, cur));
    return { resource: updated.resource, outcome: updated.changed ? 'updated' : 'adopted' };
  }

  /** `instances/name` for messages and PsmlError.resource. */
  ref(name: string): string {
    const where = this.location.zone ?? this.location.region;
    return `${where ? `${where}/` : ''}${this.collection}/${name}`;
  }

  /** Partial URL of a resource of this collection, for references from other resources. */
  url(name: string): string {
    return `${scopePath(this.location)}/${this.collection}/${name}`;
  }

  private checkScope(): void {
    const kind = scopeOf(this.location);
    if (!this.scopes.includes(kind))
      throw new Error(`${this.collection} is not a ${kind} resource (supported: ${this.scopes.join(', ')})`);
  }

  private api(): CollectionCalls<T> {
    this.checkScope();
    return this.calls();
  }

  /** Runs one API call with the retry policy; errors come back raw so callers can act on 404/409/412. */
  protected attempt<R>(fn: () => Promise<R>, retryIf?: (info: ApiErrorInfo) => boolean): Promise<R> {
    let attempts = 0;
    return withRetry(
      async (n) => {
        attempts = n;
        return fn();
      },
      { ...this.options.retry, retryIf },
    ).catch((e: unknown) => {
      if (e && typeof e === 'object') Object.assign(e, { psmlAttempts: attempts });
      throw e;
    });
  }

  /** Turns a raw failure of `verb` on `name` into the error a user sees; bugs pass through untouched. */
  protected fail(e: unknown, verb: string, name: string): unknown {
    if (e instanceof PsmlError) return e;
    const info = apiErrorInfo(e);
    if (info.status === undefined && !info.network) return e; // not an API answer: a bug, keep its stack
    const resource = this.ref(name);
    const attempts = (e as { psmlAttempts?: number }).psmlAttempts ?? 1;
    const what = `${info.status ? `HTTP ${info.status}` : info.network}${info.reason ? ` ${info.reason}` : ''}`;
    if (isTransient(info)) {
      return new PsmlError(`could not ${verb} ${resource}: Compute Engine kept failing (${what}) after ${attempts} attempt(s)`, {
        resource,
        hint:
          info.network === 'ECONNREFUSED' || info.network === 'ENOTFOUND'
            ? `nothing answers at the Compute Engine endpoint${process.env.PSML_COMPUTE_ENDPOINT ? ` PSML_COMPUTE_ENDPOINT=${process.env.PSML_COMPUTE_ENDPOINT}` : ''}: check the endpoint (or run \`psml emulator start\`) and the network, then run the command again (it is idempotent)`
            : 'the API is unavailable or rate-limiting: run the command again later (it is idempotent)',
        details: [info.message],
        cause: e,
      });
    }
    // a 404 on a write is about a resource it refers to, not about this one
    const words =
      info.status === 404 && verb !== 'get' && verb !== 'delete'
        ? 'refers to a resource that does not exist'
        : ((info.status && STATUS_WORDS[info.status]) ?? `failed (${what})`);
    return new PsmlError(`${verb} ${resource} ${words}: ${info.message}`, {
      resource,
      hint:
        info.status === 403 || info.status === 401
          ? 'grant the service account the Compute permissions psml needs (see `psml iam`), or check the credentials'
          : info.status === 400 && info.reason === 'resourceInUseByAnotherResource'
            ? 'another resource still references it: delete dependants first'
            : info.status === 404 && verb !== 'get' && verb !== 'delete'
              ? 'create the referenced resource first (deploy order: health check, template → group → backend → URL map)'
              : undefined,
      details: info.reason ? [`reason: ${info.reason}`] : [],
      cause: e,
    });
  }

  protected async waitFor(op: Operation, name: string): Promise<Operation> {
    return waitForOperation(this.clients, op, {
      project: this.location.project,
      resource: this.ref(name),
      retry: this.options.retry,
      ...this.options.operation,
    });
  }

  /** The resource, or undefined when it does not exist. */
  async find(name: string): Promise<T | undefined> {
    try {
      return await this.attempt(() => this.api().get(name));
    } catch (e) {
      if (apiErrorInfo(e).status === 404) return undefined;
      throw this.fail(e, 'get', name);
    }
  }

  /** The resource; a PsmlError when it does not exist. */
  async get(name: string): Promise<T> {
    const found = await this.find(name);
    if (!found)
      throw new PsmlError(`${this.ref(name)} does not exist`, {
        resource: this.ref(name),
        hint: 'deploy it first, or check the project, zone/region and name',
      });
    return found;
  }

  /**
   * Every resource of the collection in this scope (all pages), optionally only those carrying `labels`.
   * Labelled collections are filtered by the API; all results are checked here too, so the answer never depends
   * on how well a server implements filters.
   */
  async list(opts: { labels?: Labels; filter?: string } = {}): Promise<T[]> {
    const labels = opts.labels ?? {};
    const filter = opts.filter ?? (this.labelled ? labelFilter(labels) : undefined);
    const all = await this.attempt(async () => {
      const out: T[] = [];
      for await (const item of this.api().list(filter, this.options.pageSize ?? 500)) out.push(plain(item));
      return out;
    }).catch((e: unknown) => {
      throw this.fail(e, 'list', '*');
    });
    return Object.keys(labels).length ? all.filter((r) => ownedBy(this.ownerLabels(r), labels)) : all;
  }

  /**
   * Creates `resource` and waits for it. When it already exists (409, or an operation ending in
   * RESOURCE_ALREADY_EXISTS) it is adopted if it carries our ownership labels; otherwise a conflict PsmlError.
   */
  async create(resource: T): Promise<{ resource: T; outcome: CreateOutcome }> {
    const name = resource.name;
    if (!name) throw new Error(`${this.collection} specification without a name`);
    const requestId = randomUUID(); // the same id on every retry: the API deduplicates a retried insert
    try {
      const op = await this.attempt(() => this.api().insert(resource, requestId));
      await this.waitFor(op, name);
    } catch (e) {
      const exists =
        (apiErrorInfo(e).status === 409 && !isTransient(apiErrorInfo(e))) ||
        (isOperationError(e) && e.codes.includes('RESOURCE_ALREADY_EXISTS'));
      if (!exists) throw this.fail(e, 'create', name);
      return { resource: await this.adopt(name, this.ownerLabels(resource)), outcome: 'adopted' };
    }
    return { resource: await this.get(name), outcome: 'created' };
  }

  /** The existing resource `name` when it carries `ours`; a conflict PsmlError otherwise. */
  async adopt(name: string, ours: Labels): Promise<T> {
    const existing = await this.get(name);
    const found = this.ownerLabels(existing);
    if (ownedBy(found, ours)) return existing;
    const show = (l: Labels) =>
      Object.keys(l).length ? Object.entries(l).map(([k, v]) => `${k}=${v}`).join(', ') : '(none)';
    throw new PsmlError(`${this.ref(name)} already exists and does not belong to this psml revision`, {
      resource: this.ref(name),
      hint: 'delete the other resource, or choose another service name or version so the names differ',
      details: [`expected ownership labels: ${show(ours)}`, `found: ${show(found)}`],
    });
  }

  /**
   * Read-modify-write: reads the resource, lets `mutate` produce the next state from a copy (keep its fingerprint;
   * return undefined for "nothing to change"), writes it and waits. A 412 re-reads and re-applies, up to
   * `maxUpdateAttempts` times.
   */
  async update(name: string, mutate: (current: T) => T | undefined): Promise<{ resource: T; changed: boolean }> {
    const max = this.options.maxUpdateAttempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(name);
      const next = mutate(structuredClone(current));
      if (next === undefined) return { resource: current, changed: false };
      const calls = this.api();
      if (!calls.update)
        throw new PsmlError(`${this.ref(name)} cannot be changed in place`, {
          resource: this.ref(name),
          hint: `${this.collection} are immutable: deploy a new revision instead`,
        });
      const update = calls.update.bind(calls);
      try {
        const op = await this.attempt(() => update(name, next, randomUUID()));
        await this.waitFor(op, name);
        return { resource: await this.get(name), changed: true };
      } catch (e) {
        const info = apiErrorInfo(e);
        const stale = info.status === 412 || (isOperationError(e) && e.codes.includes('CONDITION_NOT_MET'));
        if (!stale) throw this.fail(e, 'update', name);
        if (attempt >= max)
          throw new PsmlError(`${this.ref(name)} kept changing while psml updated it (${max} attempts)`, {
            resource: this.ref(name),
            hint: 'another deployment is updating the same resource: wait for it and run the command again',
            cause: e,
          });
      }
    }
  }

  /**
   * Deletes `name` and waits; a resource that is already gone is done. With `owner`, a resource that does not carry
   * those labels is left alone and reported as a conflict.
   */
  async delete(name: string, opts: { owner?: Labels } = {}): Promise<DeleteOutcome> {
    if (opts.owner) {
      const existing = await this.find(name);
      if (!existing) return 'absent';
      await this.adopt(name, opts.owner);
    }
    try {
      const op = await this.attempt(() => this.api().delete(name, randomUUID()));
      await this.waitFor(op, name);
      return 'deleted';
    } catch (e) {
      if (apiErrorInfo(e).status === 404) return 'absent';
      if (isOperationError(e) && e.codes.includes('RESOURCE_NOT_FOUND')) return 'absent';
      throw this.fail(e, 'delete', name);
    }
  }
}

/** The request shape every generated Compute client shares; overloads make a precise structural type impractical. */
interface GapicCollectionClient {
  get(req: object): Promise<unknown[]>;
  insert(req: object): Promise<unknown[]>;
  delete(req: object): Promise<unknown[]>;
  listAsync(req: object, opts?: object): AsyncIterable<unknown>;
  update?(req: object): Promise<unknown[]>;
  patch?(req: object): Promise<unknown[]>;
}

/**
 * CollectionCalls for a generated client: `nameField` (`instance`) and `resourceField` (`instanceResource`) are the
 * request fields of that collection, `scope` the project/zone/region fields, `update` the write verb (PUT `update`
 * replaces, `patch` merges; both carry the fingerprint read before).
 */
export function gapicCalls<T>(
  client: unknown,
  fields: { name: string; resource: string },
  loc: Location,
  update?: 'update' | 'patch',
): CollectionCalls<T> {
  const c = client as GapicCollectionClient;
  const scope: Record<string, string> = { project: loc.project };
  if (loc.zone) scope.zone = loc.zone;
  else if (loc.region) scope.region = loc.region;
  const write = update ? c[update]?.bind(c) : undefined;
  return {
    get: async (name) => plain((await c.get({ ...scope, [fields.name]: name }))[0] as T),
    insert: async (resource, requestId) =>
      operationOf((await c.insert({ ...scope, [fields.resource]: resource, requestId }))[0] as { latestResponse?: unknown }),
    delete: async (name, requestId) =>
      operationOf((await c.delete({ ...scope, [fields.name]: name, requestId }))[0] as { latestResponse?: unknown }),
    list: (filter, maxResults) =>
      c.listAsync({ ...scope, maxResults, ...(filter ? { filter } : {}) }, { autoPaginate: false }) as AsyncIterable<T>,
    update: write
      ? async (name, resource, requestId) =>
          operationOf((await write({ ...scope, [fields.name]: name, [fields.resource]: resource, requestId }))[0] as {
            latestResponse?: unknown;
          })
      : undefined,
  };
}
