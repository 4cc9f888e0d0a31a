/**
 * The emulated Compute Engine: serves one RPC at a time against a CloudState. Mutations are checked synchronously
 * (400/404/409/412 answered at once, like the real API) and answered with an Operation that moves
 * PENDING → RUNNING → DONE over polls; a failing operation (injected fault, stockout) leaves the cloud unchanged.
 */
import { randomBytes } from 'node:crypto';
import { messageFields, type ParsedPath, type Rpc } from './api.js';
import {
  ComputeApiError,
  alreadyExists,
  badRequest,
  conditionNotMet,
  inUse,
  invalid,
  invalidField,
  notFound,
  notImplemented,
  required,
} from './errors.js';
import {
  ACCELERATORS,
  CATALOG_TIMESTAMP,
  MAX_PD_GB,
  REGIONS,
  ZONES,
  acceleratorIn,
  acceleratorsIn,
  isRegion,
  isZone,
  machineTypeIn,
  machineTypesIn,
  regionOf,
  stableId,
  zonesOf,
  type MachineTypeSpec,
} from './catalog.js';
import { matches, order, paginate, parseFilter } from './filter.js';
import { fire, noFaults, spent, type Faults } from './faults.js';
import {
  emptyState,
  lastSegment,
  link,
  newFingerprint,
  newId,
  parseKey,
  refKey,
  timestamp,
  type CloudState,
  type Json,
  type ManagedInstance,
  type OperationRecord,
} from './state.js';
import { checkAccelerators, checkLabels, checkName, checkScheduling, intIn, need, oneOf } from './validate.js';

export interface OperationTiming {
  /** operations.get calls until DONE (1st get → RUNNING, …); default 2 */
  pollsToDone: number;
  /** operations.wait calls until DONE; default 1 (wait returns DONE at once) */
  waitsToDone: number;
  /** an operation nobody polls is DONE after this long; default 30 s */
  settleAfterMs: number;
}

export interface Call {
  method: string;
  parsed: ParsedPath;
  rpc: Rpc;
  query: Record<string, string>;
  body: Json | undefined;
}

export interface Answer {
  status: number;
  body: unknown;
}

type Scope = 'global' | 'zones' | 'regions';
interface Ctx {
  project: string;
  scope: Scope;
  location?: string;
  /** `projects/p/zones/z` */
  scopeKey: string;
  /** `projects/p/zones/z/instances` */
  collKey: string;
}

interface Collection {
  kind: string;
  scopes: Scope[];
  /** validates a complete resource (after merge for patch) and fills defaults; throws ComputeApiError */
  prepare(cloud: ComputeCloud, ctx: Ctx, r: Json, prev: Json | undefined): void;
  /** keys of the resources `r` refers to (they cannot be deleted while `r` exists) */
  refs(r: Json, project: string): string[];
  /** other keys the resource stands for (a MIG is also its instance group) */
  aliases?(key: string, r: Json): string[];
  /** 412 unless update/patch bodies carry the current `fingerprint` */
  fingerprintRequired?: boolean;
  /** the body's fields that cannot change on update/patch */
  afterWrite?(cloud: ComputeCloud, key: string, r: Json, prev: Json | undefined): void;
  afterDelete?(cloud: ComputeCloud, key: string, r: Json): void;
}

const refsOf = (project: string, ...refs: unknown[]): string[] =>
  refs.flat(3).filter((x): x is string => typeof x === 'string').map((x) => refKey(x, project)).filter((x): x is string => !!x);

export class ComputeCloud {
  state: CloudState = emptyState();
  faults: Faults = noFaults();
  timing: OperationTiming = { pollsToDone: 2, waitsToDone: 1, settleAfterMs: 30_000 };
  /** requestId → operation key: a retried mutation returns the first operation instead of running twice */
  private requestIds = new Map<string, string>();
  /** called after every change, e.g. to persist the state file */
  onChange: () => void = () => {};

  // ---------------------------------------------------------------------------------------------- state helpers
  coll(collKey: string): Record<string, Json> {
    return (this.state.resources[collKey] ??= {});
  }
  get(key: string): Json | undefined {
    const i = key.lastIndexOf('/');
    return this.state.resources[key.slice(0, i)]?.[key.slice(i + 1)];
  }
  private put(key: string, r: Json): void {
    const i = key.lastIndexOf('/');
    this.coll(key.slice(0, i))[key.slice(i + 1)] = r;
  }
  remove(key: string): void {
    const i = key.lastIndexOf('/');
    const c = this.state.resources[key.slice(0, i)];
    if (c) {
      delete c[key.slice(i + 1)];
      if (Object.keys(c).length === 0) delete this.state.resources[key.slice(0, i)];
    }
  }
  *all(): Generator<[string, Json]> {
    for (const [collKey, c] of Object.entries(this.state.resources)) for (const [name, r] of Object.entries(c)) yield [`${collKey}/${name}`, r];
  }
  reset(): void {
    this.load(emptyState());
    this.onChange();
  }
  /** Replaces the whole cloud (state file, control endpoint). */
  load(state: CloudState): void {
    this.state = state;
    this.requestIds.clear();
    this.pending = new Set(Object.values(state.operations).filter((r) => r.op.status !== 'DONE'));
  }
  /** operations not DONE yet, so settling old ones does not scan every operation on each request */
  private pending = new Set<OperationRecord>();

  // --------------------------------------------------------------------------------------------------- dispatch
  handle(call: Call): Answer {
    this.settleOld();
    const { parsed, rpc } = call;
    if (parsed.scope === 'project') return this.locations(call);
    if (parsed.scope === 'aggregated') return this.aggregated(call);
    const scope: Scope = parsed.scope === 'bare' ? 'global' : parsed.scope;
    if (scope === 'zones' && !isZone(parsed.location!)) throw invalidField('zone', parsed.location, 'Unknown zone.');
    if (scope === 'regions' && !isRegion(parsed.location!)) throw invalidField('region', parsed.location, 'Unknown region.');
    const scopeKey = `projects/${parsed.project}/${scope === 'global' ? 'global' : `${scope}/${parsed.location}`}`;
    const ctx: Ctx = { project: parsed.project, scope, location: parsed.location, scopeKey, collKey: `${scopeKey}/${parsed.collection}` };
    const name = rpc.literalName ? undefined : parsed.name;

    if (parsed.collection === 'operations') return this.operationRpc(call, ctx, name);
    if (parsed.collection === 'machineTypes' || parsed.collection === 'acceleratorTypes') return this.catalogRpc(call, ctx, name);
    if (parsed.collection === 'instanceGroups') return this.instanceGroupRpc(call, ctx, name);

    const coll = COLLECTIONS[parsed.collection];
    if (!coll || !coll.scopes.includes(scope)) throw notImplemented(`${rpc.service}.${rpc.method}`);
    switch (rpc.method) {
      case 'Get':
        // a MIG keeps working on its members between reads (retries after stockouts)
        if (coll === instanceGroupManagers) this.reconcile(`${ctx.collKey}/${name}`);
        return { status: 200, body: this.mustGet(`${ctx.collKey}/${name}`) };
      case 'List':
        return { status: 200, body: this.list(call, ctx, coll) };
      case 'Insert':
        return this.insert(call, ctx, coll);
      case 'Delete':
        return this.delete(call, ctx, coll, `${ctx.collKey}/${name}`);
      case 'Update':
      case 'Patch': {
        // autoscalers carry the name in the query (or body), not the path
        const n = name ?? call.query.autoscaler ?? call.body?.name;
        return this.write(call, ctx, coll, `${ctx.collKey}/${need(n, 'autoscaler')}`, rpc.method === 'Patch');
      }
      default:
        return this.verb(call, ctx, coll, `${ctx.collKey}/${name}`);
    }
  }

  mustGet(key: string): Json {
    const r = this.get(key);
    if (!r) throw notFound(key);
    return r;
  }

  private list(call: Call, ctx: Ctx, coll: Collection): Json {
    const items = Object.values(this.state.resources[ctx.collKey] ?? {});
    return this.listAnswer(call, ctx, items, `${coll.kind}List`);
  }

  private listAnswer(call: Call, ctx: Ctx, items: Json[], kind: string, collKey = ctx.collKey): Json {
    const terms = parseFilter(call.query.filter);
    const filtered = order(items.filter((i) => matches(i, terms)), call.query.orderBy);
    const page = paginate(filtered, call.query.maxResults, call.query.pageToken, `${collKey}|${call.query.filter ?? ''}|${call.query.orderBy ?? ''}`);
    return { kind, id: collKey, items: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}), selfLink: link(collKey) };
  }

  // ------------------------------------------------------------------------------------------------- mutations
  private insert(call: Call, ctx: Ctx, coll: Collection): Answer {
    const prior = this.byRequestId(call);
    if (prior) return prior;
    const body = structuredClone(need(call.body, 'resource')) as Json;
    checkName(body.name);
    const key = `${ctx.collKey}/${body.name}`;
    if (this.get(key) || this.aliasTaken(key)) throw alreadyExists(key);
    const fromTemplate: Json = {};
    if (coll === instances && call.query.sourceInstanceTemplate) {
      // instances.insert?sourceInstanceTemplate=…: the template's properties, overridden by the body
      const t = this.ref(call.query.sourceInstanceTemplate, ctx.project, 'instanceTemplates', 'sourceInstanceTemplate');
      const fields = messageFields('Instance');
      const p = Object.fromEntries(Object.entries(structuredClone(this.mustGet(t).properties ?? {}) as Json).filter(([k]) => fields.has(k)));
      Object.assign(fromTemplate, p, {
        machineType: `zones/${ctx.location}/machineTypes/${p.machineType}`,
        guestAccelerators: ((p.guestAccelerators as Json[] | undefined) ?? []).map((a) => ({ ...a, acceleratorType: `zones/${ctx.location}/acceleratorTypes/${a.acceleratorType}` })),
      });
      delete fromTemplate.metadata?.fingerprint;
    }
    // maps and lists have no presence in proto3 (the client always sends `labels: {}`): empty ones do not override
    const given = Object.fromEntries(Object.entries(body).filter(([k, v]) => !(k in fromTemplate) || !isEmpty(v)));
    const r: Json = { kind: coll.kind, id: newId(), creationTimestamp: timestamp(), ...fromTemplate, ...given };
    r.selfLink = link(key);
    if (ctx.scope === 'zones') r.zone = link(ctx.scopeKey);
    if (ctx.scope === 'regions') r.region = link(ctx.scopeKey);
    coll.prepare(this, ctx, r, undefined);
    const fail = this.operationFault('insert', key) ?? this.stockout(ctx, r);
    const op = this.newOperation(call, ctx, 'insert', key, r.id as string, fail);
    if (!fail) {
      this.put(key, r);
      if (r.kind === 'compute#instance') op.settle = [key];
      coll.afterWrite?.(this, key, r, undefined);
    }
    this.onChange();
    return { status: 200, body: op.op };
  }

  private write(call: Call, ctx: Ctx, coll: Collection, key: string, patch: boolean): Answer {
    const prior = this.byRequestId(call);
    if (prior) return prior;
    const prev = this.mustGet(key);
    const body = structuredClone(need(call.body, 'resource')) as Json;
    if (body.name !== undefined && body.name !== prev.name) throw invalidField('resource.name', body.name, 'The name of a resource cannot be changed.');
    if ('fingerprint' in prev && (coll.fingerprintRequired || body.fingerprint !== undefined) && body.fingerprint !== prev.fingerprint) {
      throw conditionNotMet(`resource '${key}'`);
    }
    const next: Json = patch ? mergePatch(structuredClone(prev), body) : { ...body };
    for (const k of ['kind', 'id', 'creationTimestamp', 'selfLink', 'zone', 'region', 'name']) if (k in prev) next[k] = prev[k];
    if ('fingerprint' in prev) next.fingerprint = newFingerprint();
    coll.prepare(this, ctx, next, prev);
    const type = patch ? 'patch' : 'update';
    const fail = this.operationFault(type, key);
    const op = this.newOperation(call, ctx, type, key, prev.id as string, fail);
    if (!fail) {
      this.put(key, next);
      coll.afterWrite?.(this, key, next, prev);
    }
    this.onChange();
    return { status: 200, body: op.op };
  }

  private delete(call: Call, ctx: Ctx, coll: Collection, key: string): Answer {
    const prior = this.byRequestId(call);
    if (prior) return prior;
    const r = this.mustGet(key);
    const targets = new Set([key, ...(coll.aliases?.(key, r) ?? [])]);
    for (const [otherKey, other] of this.all()) {
      if (otherKey === key) continue;
      const c = COLLECTIONS[parseKey(otherKey).collection];
      const hit = c?.refs(other, parseKey(otherKey).project).find((ref) => targets.has(ref));
      if (hit) throw inUse(hit, otherKey);
    }
    return this.mutate(call, ctx, 'delete', key, () => {
      this.remove(key);
      coll.afterDelete?.(this, key, r);
    });
  }

  /** Runs `apply` unless an operation fault says the operation fails; answers with the operation. */
  private mutate(call: Call, ctx: Ctx, type: string, key: string, apply: () => void, settle?: string[]): Answer {
    const r = this.get(key);
    const fail = this.operationFault(type, key);
    const op = this.newOperation(call, ctx, type, key, (r?.id as string) ?? '0', fail);
    if (!fail) {
      apply();
      if (settle) op.settle = settle;
    }
    this.onChange();
    return { status: 200, body: op.op };
  }

  private aliasTaken(key: string): boolean {
    // a new MIG's implied instance group must not collide with another MIG's
    const igKey = key.replace(/\/instanceGroupManagers\//, '/instanceGroups/');
    return igKey !== key && this.instanceGroupOwner(igKey) !== undefined;
  }

  // ------------------------------------------------------------------------------------------------------ verbs
  private verb(call: Call, ctx: Ctx, coll: Collection, key: string): Answer {
    const { rpc } = call;
    const m = rpc.method;
    if (m === 'SetLabels') {
      const prior = this.byRequestId(call);
      if (prior) return prior;
      const r = this.mustGet(key);
      const body = call.body ?? {};
      if (body.labelFingerprint !== r.labelFingerprint) throw conditionNotMet(`labels of '${key}'`);
      checkLabels(body.labels, 'labels');
      return this.mutate(call, ctx, 'setLabels', key, () => {
        r.labels = body.labels ?? {};
        r.labelFingerprint = newFingerprint();
      });
    }
    if (coll === COLLECTIONS.instances) {
      const r = this.mustGet(key);
      const prior = this.byRequestId(call);
      if (prior) return prior;
      if (m === 'SetMetadata') {
        const body = call.body ?? {};
        if (body.fingerprint !== r.metadata?.fingerprint) throw conditionNotMet(`metadata of '${key}'`);
        return this.mutate(call, ctx, 'setMetadata', key, () => {
          r.metadata = { kind: 'compute#metadata', fingerprint: newFingerprint(), items: body.items ?? [] };
        });
      }
      if (m === 'Stop')
        return this.mutate(call, ctx, 'stop', key, () => {
          r.status = 'TERMINATED';
          r.lastStopTimestamp = timestamp();
        });
      if (m === 'Start') {
        const fail = this.stockout(ctx, r);
        if (fail) {
          const op = this.newOperation(call, ctx, 'start', key, r.id as string, fail);
          this.onChange();
          return { status: 200, body: op.op };
        }
        return this.mutate(call, ctx, 'start', key, () => {
          r.status = 'STAGING';
          r.lastStartTimestamp = timestamp();
        }, [key]);
      }
    }
    if (coll === COLLECTIONS.instanceGroupManagers) return this.migVerb(call, ctx, key);
    if (coll === COLLECTIONS.backendServices && m === 'GetHealth') return this.getHealth(call, ctx, key);
    if (coll === COLLECTIONS.targetHttpProxies && m === 'SetUrlMap') {
      const prior = this.byRequestId(call);
      if (prior) return prior;
      const r = this.mustGet(key);
      const urlMap = this.ref(need<string>(call.body?.urlMap, 'urlMap'), ctx.project, 'urlMaps', 'urlMap');
      return this.mutate(call, ctx, 'setUrlMap', key, () => {
        r.urlMap = link(urlMap);
        r.fingerprint = newFingerprint();
      });
    }
    if (coll === COLLECTIONS.forwardingRules && m === 'SetTarget') {
      const prior = this.byRequestId(call);
      if (prior) return prior;
      const r = this.mustGet(key);
      const target = this.ref(need<string>(call.body?.target, 'target'), ctx.project, 'targetHttpProxies', 'target');
      return this.mutate(call, ctx, 'setTarget', key, () => {
        r.target = link(target);
        r.fingerprint = newFingerprint();
      });
    }
    throw notImplemented(`${rpc.service}.${rpc.method}`);
  }

  /** Resolves a reference that must point at an existing resource of `collection`; 400 for a malformed one, 404 when absent. */
  ref(value: string, project: string, collection: string | string[], field: string): string {
    const key = refKey(value, project);
    const colls = [collection].flat();
    if (!key || !colls.includes(parseKey(key).collection)) {
      throw invalidField(field, value, `Must be a URL of a ${colls.join(' or ')} resource (projects/{project}/…/${colls[0]}/{name}).`);
    }
    if (parseKey(key).collection === 'instanceGroups' ? !this.instanceGroupOwner(key) : !this.get(key)) throw notFound(key);
    return key;
  }

  // ------------------------------------------------------------------------------------------------- operations
  private newOperation(call: Call, ctx: Ctx, type: string, targetKey: string, targetId: string, fail: OperationRecord['fail']): OperationRecord {
    const name = `operation-${Date.now()}-${randomBytes(6).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
    const key = `${ctx.scopeKey}/operations/${name}`;
    const now = timestamp();
    const op: Json = {
      kind: 'compute#operation',
      id: newId(),
      name,
      operationType: type,
      targetLink: link(targetKey),
      targetId,
      status: 'PENDING',
      user: 'psml-emulator@example.com',
      progress: 0,
      insertTime: now,
      selfLink: link(key),
    };
    if (ctx.scope === 'zones') op.zone = link(ctx.scopeKey);
    if (ctx.scope === 'regions') op.region = link(ctx.scopeKey);
    const rec: OperationRecord = { op, polls: 0, waits: 0, at: Date.now(), ...(fail ? { fail } : {}) };
    this.state.operations[key] = rec;
    this.pending.add(rec);
    const requestId = call.query.requestId;
    if (requestId) this.requestIds.set(`${ctx.scopeKey}|${requestId}`, key);
    return rec;
  }

  /** A repeated requestId returns the operation of the first request (the real API's idempotency). */
  private byRequestId(call: Call): Answer | undefined {
    const requestId = call.query.requestId;
    if (!requestId) return undefined;
    const p = call.parsed;
    const scopeKey = `projects/${p.project}/${p.scope === 'zones' || p.scope === 'regions' ? `${p.scope}/${p.location}` : 'global'}`;
    const opKey = this.requestIds.get(`${scopeKey}|${requestId}`);
    const rec = opKey ? this.state.operations[opKey] : undefined;
    return rec ? { status: 200, body: rec.op } : undefined;
  }

  private advance(rec: OperationRecord, toDone: boolean): void {
    const op = rec.op;
    if (op.status === 'DONE') return;
    if (toDone) return this.finish(rec);
    op.status = 'RUNNING';
    op.startTime ??= timestamp();
    op.progress = 0;
  }

  private finish(rec: OperationRecord): void {
    const op = rec.op;
    this.pending.delete(rec);
    op.status = 'DONE';
    op.startTime ??= timestamp();
    op.endTime = timestamp();
    op.progress = 100;
    if (rec.fail) {
      op.error = { errors: [{ code: rec.fail.code, message: rec.fail.message }] };
      op.httpErrorStatusCode = rec.fail.httpStatus;
      op.httpErrorMessage = rec.fail.httpMessage;
    }
    for (const k of rec.settle ?? []) {
      const inst = this.get(k);
      if (inst && (inst.status === 'PROVISIONING' || inst.status === 'STAGING')) inst.status = 'RUNNING';
    }
    delete rec.settle;
  }

  /** Operations nobody polled finish on their own after a while, as in the real cloud. */
  private settleOld(): void {
    const limit = Date.now() - this.timing.settleAfterMs;
    for (const rec of this.pending) if (rec.at < limit) this.finish(rec);
  }

  /** Finishes every pending operation (control endpoint). */
  settleAll(): number {
    let n = 0;
    for (const rec of [...this.pending]) {
      this.finish(rec);
      n++;
    }
    if (n) this.onChange();
    return n;
  }

  private operationRpc(call: Call, ctx: Ctx, name: string | undefined): Answer {
    const m = call.rpc.method;
    if (m === 'List') {
      const items = Object.entries(this.state.operations)
        .filter(([k]) => k.startsWith(`${ctx.collKey}/`))
        .map(([, r]) => r.op);
      return { status: 200, body: this.listAnswer(call, ctx, items, 'compute#operationList') };
    }
    const key = `${ctx.collKey}/${name}`;
    const rec = this.state.operations[key];
    if (!rec) throw notFound(key);
    if (m === 'Delete') {
      this.pending.delete(rec);
      delete this.state.operations[key];
      this.onChange();
      return { status: 200, body: {} };
    }
    if (m === 'Get') {
      rec.polls++;
      this.advance(rec, rec.polls >= this.timing.pollsToDone);
    } else if (m === 'Wait') {
      rec.waits++;
      this.advance(rec, rec.waits >= this.timing.waitsToDone);
    } else throw notImplemented(`${call.rpc.service}.${m}`);
    this.onChange();
    return { status: 200, body: rec.op };
  }

  // ------------------------------------------------------------------------------------------- faults in the cloud
  private operationFault(type: string, key: string): OperationRecord['fail'] {
    const selfLink = link(key);
    const rules = this.faults.operations;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (r.operationType && r.operationType !== type) continue;
      if (r.target && !new RegExp(r.target).test(selfLink)) continue;
      r.times ??= 1;
      if (!fire(r)) continue;
      if (spent(r)) rules.splice(i, 1);
      const httpStatus = r.httpStatus ?? (r.code === 'QUOTA_EXCEEDED' ? 403 : r.code.includes('EXHAUSTED') ? 503 : 400);
      return {
        code: r.code,
        message: r.message ?? defaultOperationMessage(r.code, key),
        httpStatus,
        httpMessage: HTTP_MESSAGES[httpStatus] ?? 'ERROR',
      };
    }
    return undefined;
  }

  /** ZONE_RESOURCE_POOL_EXHAUSTED when an instance's zone has no capacity for its machine or accelerator type. */
  stockout(ctx: { project: string; location?: string }, inst: Json): OperationRecord['fail'] {
    if (inst.kind !== 'compute#instance' || !ctx.location) return undefined;
    const zone = ctx.location;
    const machine = lastSegment(String(inst.machineType ?? ''));
    const spec = machineTypeIn(zone, machine);
    const accs = [
      ...((inst.guestAccelerators as Json[] | undefined) ?? []).map((a) => lastSegment(String(a.acceleratorType))),
      ...(spec?.accelerators ?? []).map((a) => a.guestAcceleratorType),
    ];
    const rules = this.faults.stockouts;
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (r.zone !== zone) continue;
      if (r.machineType && !(r.machineType.endsWith('*') ? machine.startsWith(r.machineType.slice(0, -1)) : machine === r.machineType)) continue;
      if (r.acceleratorType && !accs.includes(r.acceleratorType)) continue;
      fire(r);
      if (spent(r)) rules.splice(i, 1);
      const others = ZONES.filter((z) => z !== zone && regionOf(z) === regionOf(zone) && machineTypeIn(z, machine) && accs.every((a) => acceleratorIn(z, a)));
      return {
        code: 'ZONE_RESOURCE_POOL_EXHAUSTED',
        message: `The zone 'projects/${ctx.project}/zones/${zone}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.${others.length ? ` Zones in the region that offer this configuration: ${others.join(', ')}.` : ''}`,
        httpStatus: 503,
        httpMessage: 'SERVICE UNAVAILABLE',
      };
    }
    return undefined;
  }

  // ---------------------------------------------------------------------------------------- catalog and locations
  private catalogRpc(call: Call, ctx: Ctx, name: string | undefined): Answer {
    if (ctx.scope !== 'zones') throw notImplemented(`${call.rpc.service}.${call.rpc.method}`);
    const zone = ctx.location!;
    const machine = call.parsed.collection === 'machineTypes';
    const items = machine ? machineTypesIn(zone).map((m) => machineTypeJson(ctx.project, zone, m)) : acceleratorsIn(zone).map((a) => acceleratorJson(ctx.project, zone, a.name));
    if (call.rpc.method === 'Get') {
      const item = items.find((i) => i.name === name);
      if (!item) throw notFound(`${ctx.collKey}/${name}`);
      return { status: 200, body: item };
    }
    return { status: 200, body: this.listAnswer(call, ctx, items, machine ? 'compute#machineTypeList' : 'compute#acceleratorTypeList') };
  }

  private locations(call: Call): Answer {
    const { project, collection, name } = call.parsed;
    const zone = (z: string): Json => ({
      kind: 'compute#zone',
      id: stableId(z),
      creationTimestamp: CATALOG_TIMESTAMP,
      name: z,
      description: z,
      status: 'UP',
      region: link(`projects/${project}/regions/${regionOf(z)}`),
      selfLink: link(`projects/${project}/zones/${z}`),
      availableCpuPlatforms: ['Intel Broadwell', 'Intel Cascade Lake', 'AMD Milan'],
      supportsPzs: false,
    });
    const region = (r: string): Json => ({
      kind: 'compute#region',
      id: stableId(r),
      creationTimestamp: CATALOG_TIMESTAMP,
      name: r,
      description: r,
      status: 'UP',
      zones: zonesOf(r).map((z) => link(`projects/${project}/zones/${z}`)),
      quotas: [],
      selfLink: link(`projects/${project}/regions/${r}`),
      supportsPzs: false,
    });
    const items = collection === 'zones' ? ZONES.map(zone) : REGIONS.map(region);
    if (name !== undefined) {
      const item = items.find((i) => i.name === name);
      if (!item) throw notFound(`projects/${project}/${collection}/${name}`);
      return { status: 200, body: item };
    }
    const ctx: Ctx = { project, scope: 'global', scopeKey: `projects/${project}`, collKey: `projects/${project}/${collection}` };
    return { status: 200, body: this.listAnswer(call, ctx, items, collection === 'zones' ? 'compute#zoneList' : 'compute#regionList') };
  }

  /** `aggregated/{collection}`: items grouped by scope (`zones/us-central1-a` → {instances: […]}). */
  private aggregated(call: Call): Answer {
    const { project, collection } = call.parsed;
    const terms = parseFilter(call.query.filter);
    const items: Record<string, Json> = {};
    const add = (scope: string, list: Json[]) => {
      const hits = list.filter((i) => matches(i, terms));
      if (hits.length) items[scope] = { [collection]: hits };
    };
    if (collection === 'machineTypes' || collection === 'acceleratorTypes') {
      for (const z of ZONES) {
        add(`zones/${z}`, collection === 'machineTypes' ? machineTypesIn(z).map((m) => machineTypeJson(project, z, m)) : acceleratorsIn(z).map((a) => acceleratorJson(project, z, a.name)));
      }
    } else {
      const prefix = `projects/${project}/`;
      for (const [collKey, c] of Object.entries(this.state.resources)) {
        if (!collKey.startsWith(prefix) || !collKey.endsWith(`/${collection}`)) continue;
        add(collKey.slice(prefix.length, -collection.length - 1), Object.values(c));
      }
    }
    return { status: 200, body: { kind: `compute#${collection.replace(/s$/, '')}AggregatedList`, id: `projects/${project}/aggregated/${collection}`, items, selfLink: link(`projects/${project}/aggregated/${collection}`) } };
  }

  // ------------------------------------------------------------------------------------ managed instance groups
  /** The MIG key behind an instance group key, if any. */
  instanceGroupOwner(igKey: string): string | undefined {
    const migKey = igKey.replace('/instanceGroups/', '/instanceGroupManagers/');
    return this.get(migKey) ? migKey : undefined;
  }

  private instanceGroupRpc(call: Call, ctx: Ctx, name: string | undefined): Answer {
    const m = call.rpc.method;
    const migs = Object.entries(this.state.resources[`${ctx.scopeKey}/instanceGroupManagers`] ?? {});
    const view = (migKey: string, mig: Json): Json => {
      const igKey = migKey.replace('/instanceGroupManagers/', '/instanceGroups/');
      const ms = this.state.migs[migKey];
      return {
        kind: 'compute#instanceGroup',
        id: stableId(igKey + mig.id),
        creationTimestamp: mig.creationTimestamp,
        name: mig.name,
        description: "This instance group is controlled by Instance Group Manager '" + mig.name + "'. To modify instances in this group, use the Instance Group Manager API: https://cloud.google.com/compute/docs/reference/latest/instanceGroupManagers",
        namedPorts: mig.namedPorts ?? [],
        network: link(`projects/${ctx.project}/global/networks/default`),
        fingerprint: '42WmSpB8rSM=',
        size: (ms?.instances ?? []).filter((i) => !i.pending).length,
        selfLink: link(igKey),
        ...(mig.zone ? { zone: mig.zone } : { region: mig.region }),
      };
    };
    if (m === 'List') return { status: 200, body: this.listAnswer(call, ctx, migs.map(([n, g]) => view(`${ctx.scopeKey}/instanceGroupManagers/${n}`, g)), 'compute#instanceGroupList') };
    const migKey = `${ctx.scopeKey}/instanceGroupManagers/${name}`;
    const mig = this.get(migKey);
    if (!mig) throw notFound(`${ctx.collKey}/${name}`);
    if (m === 'Get') return { status: 200, body: view(migKey, mig) };
    if (m === 'ListInstances') {
      const items = (this.state.migs[migKey]?.instances ?? [])
        .filter((i) => !i.pending)
        .map((i) => {
          const inst = this.get(`projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`);
          return { instance: link(`projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`), status: inst?.status ?? 'RUNNING', namedPorts: mig.namedPorts ?? [] };
        });
      return { status: 200, body: this.listAnswer(call, ctx, items, 'compute#instanceGroupsListInstances', `${ctx.collKey}/${name}`) };
    }
    throw notImplemented(`${call.rpc.service}.${m} (instance groups are implied by managed instance groups here)`);
  }

  private migVerb(call: Call, ctx: Ctx, key: string): Answer {
    const m = call.rpc.method;
    const mig = this.mustGet(key);
    if (m === 'ListManagedInstances') {
      this.reconcile(key);
      const ms = this.state.migs[key]!;
      const managedInstances = ms.instances.map((i) => {
        const instKey = `projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`;
        const inst = this.get(instKey);
        const out: Json = {
          instance: link(instKey),
          currentAction: i.pending ? 'CREATING' : 'NONE',
          version: { instanceTemplate: link(i.template) },
          name: i.name,
        };
        if (inst) {
          out.id = inst.id;
          out.instanceStatus = inst.status;
          out.instanceHealth = [];
        }
        if (i.pending) out.lastAttempt = { errors: { errors: ms.errors.filter((e) => e.instanceActionDetails?.instance === link(instKey)).slice(-1).map((e) => e.error) } };
        return out;
      });
      const page = paginate(managedInstances, call.query.maxResults, call.query.pageToken, `${key}|managed`);
      return { status: 200, body: { managedInstances: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
    }
    if (m === 'ListErrors') {
      this.reconcile(key);
      const items = [...(this.state.migs[key]?.errors ?? [])].reverse();
      const page = paginate(items, call.query.maxResults, call.query.pageToken, `${key}|errors`);
      return { status: 200, body: { items: page.items, ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}) } };
    }
    const prior = this.byRequestId(call);
    if (prior) return prior;
    if (m === 'Resize') {
      const size = intIn(need(call.query.size, 'size'), 0, 1000, 'size')!;
      return this.mutate(call, ctx, 'compute.instanceGroupManagers.resize', key, () => {
        mig.targetSize = size;
        this.reconcile(key);
      });
    }
    if (m === 'SetInstanceTemplate') {
      const template = this.ref(need<string>(call.body?.instanceTemplate, 'instanceTemplate'), ctx.project, 'instanceTemplates', 'instanceTemplate');
      return this.mutate(call, ctx, 'compute.instanceGroupManagers.setInstanceTemplate', key, () => {
        mig.instanceTemplate = link(template);
        mig.versions = [{ instanceTemplate: link(template), targetSize: undefined }].map(({ instanceTemplate }) => ({ instanceTemplate }));
        mig.fingerprint = newFingerprint();
        this.reconcile(key);
      });
    }
    throw notImplemented(`${call.rpc.service}.${m}`);
  }

  /** Brings a MIG's members to its target size from its current template; stockouts leave members CREATING with errors. */
  reconcile(migKey: string): void {
    const mig = this.get(migKey);
    if (!mig) return;
    const { project } = parseKey(migKey);
    const ms = (this.state.migs[migKey] ??= { instances: [], errors: [] });
    const template = refKey(String(mig.versions?.[0]?.instanceTemplate ?? mig.instanceTemplate), project)!;
    const zones: string[] = mig.zone
      ? [lastSegment(mig.zone)]
      : ((mig.distributionPolicy?.zones as Json[] | undefined) ?? []).map((z) => lastSegment(String(z.zone)));
    const target = Number(mig.targetSize ?? 0);
    // members still CREATING are retried; members deleted behind the group's back are recreated
    for (const i of ms.instances) if (i.pending || !this.get(`projects/${project}/zones/${i.zone}/instances/${i.name}`)) this.createMember(migKey, mig, ms, i);
    while (ms.instances.length < target) {
      const counts = zones.map((z) => ms.instances.filter((i) => i.zone === z).length);
      const zone = zones[counts.indexOf(Math.min(...counts))]!;
      const member: ManagedInstance = { name: `${mig.baseInstanceName}-${randomBytes(3).toString('hex').slice(0, 4)}`, zone, template };
      ms.instances.push(member);
      this.createMember(migKey, mig, ms, member);
    }
    while (ms.instances.length > target) {
      const idx = ms.instances.findLastIndex((i) => i.pending);
      const [gone] = ms.instances.splice(idx >= 0 ? idx : ms.instances.length - 1, 1);
      if (gone && !gone.pending) this.remove(`projects/${project}/zones/${gone.zone}/instances/${gone.name}`);
    }
    const creating = ms.instances.filter((i) => i.pending).length;
    const current = refKey(String(mig.instanceTemplate ?? mig.versions?.[0]?.instanceTemplate), project);
    mig.currentActions = {
      abandoning: 0,
      creating,
      creatingWithoutRetries: 0,
      deleting: 0,
      none: ms.instances.length - creating,
      recreating: 0,
      refreshing: 0,
      restarting: 0,
      resuming: 0,
      starting: 0,
      stopping: 0,
      suspending: 0,
      verifying: 0,
    };
    mig.status = {
      isStable: creating === 0,
      versionTarget: { isReached: ms.instances.every((i) => i.template === current) },
      stateful: { hasStatefulConfig: false, perInstanceConfigs: { allEffective: true } },
      ...(mig.status?.autoscaler ? { autoscaler: mig.status.autoscaler } : {}),
    };
  }

  private createMember(migKey: string, mig: Json, ms: { errors: Json[] }, member: ManagedInstance): void {
    const { project } = parseKey(migKey);
    const instKey = `projects/${project}/zones/${member.zone}/instances/${member.name}`;
    const inst = this.instanceFromTemplate(project, member.zone, member.name, member.template, {});
    const fail = this.stockout({ project, location: member.zone }, inst);
    if (fail) {
      member.pending = true;
      ms.errors.push({
        error: { code: fail.code, message: fail.message },
        instanceActionDetails: { action: 'CREATING', instance: link(instKey), version: { instanceTemplate: link(member.template) } },
        timestamp: timestamp(),
      });
      if (ms.errors.length > 100) ms.errors.shift();
      return;
    }
    delete member.pending;
    inst.status = 'RUNNING';
    inst.metadata.items = [...(inst.metadata.items ?? []), { key: 'created-by', value: migKey.replace(/^projects\/[^/]+\//, `projects/${project}/`) }, { key: 'instance-template', value: member.template }];
    this.put(instKey, inst);
    void mig;
  }

  /** A full Instance built from a template's properties, as MIGs and `sourceInstanceTemplate` do. */
  instanceFromTemplate(project: string, zone: string, name: string, templateKey: string, overrides: Json): Json {
    const t = this.mustGet(templateKey);
    // InstanceProperties has a few fields Instance lacks (resourceManagerTags, …): keep what an Instance has
    const fields = messageFields('Instance');
    const p = Object.fromEntries(Object.entries(structuredClone(t.properties ?? {}) as Json).filter(([k]) => fields.has(k)));
    const key = `projects/${project}/zones/${zone}/instances/${name}`;
    const inst: Json = {
      kind: 'compute#instance',
      id: newId(),
      creationTimestamp: timestamp(),
      name,
      ...p,
      ...overrides,
      machineType: overrides.machineType ?? link(`projects/${project}/zones/${zone}/machineTypes/${p.machineType}`),
      guestAccelerators: overrides.guestAccelerators ?? ((p.guestAccelerators as Json[] | undefined) ?? []).map((a) => ({ ...a, acceleratorType: link(`projects/${project}/zones/${zone}/acceleratorTypes/${a.acceleratorType}`) })),
      zone: link(`projects/${project}/zones/${zone}`),
      selfLink: link(key),
    };
    finishInstance(inst, project, zone);
    return inst;
  }

  private getHealth(call: Call, ctx: Ctx, key: string): Answer {
    const bs = this.mustGet(key);
    const group = this.ref(need<string>(call.body?.group, 'group'), ctx.project, 'instanceGroups', 'group');
    const backends = ((bs.backends as Json[] | undefined) ?? []).map((b) => refKey(String(b.group), ctx.project));
    if (!backends.includes(group)) throw invalidField('group', call.body?.group, `Instance group is not a backend of backend service '${bs.name}'.`);
    const migKey = this.instanceGroupOwner(group)!;
    const mig = this.get(migKey)!;
    const port = Number((mig.namedPorts as Json[] | undefined)?.find((np) => np.name === (bs.portName ?? 'http'))?.port ?? 80);
    const healthStatus = (this.state.migs[migKey]?.instances ?? [])
      .filter((i) => !i.pending)
      .map((i, n) => {
        const instKey = `projects/${ctx.project}/zones/${i.zone}/instances/${i.name}`;
        const inst = this.get(instKey);
        const state = inst?.status !== 'RUNNING' ? 'UNHEALTHY' : (this.state.health[instKey] ?? 'HEALTHY');
        return { instance: link(instKey), ipAddress: inst?.networkInterfaces?.[0]?.networkIP ?? `10.128.0.${n + 2}`, port, healthState: state };
      });
    return { status: 200, body: { kind: 'compute#backendServiceGroupHealth', healthStatus } };
  }
}

// ------------------------------------------------------------------------------------------------------ helpers
const isEmpty = (v: unknown) => (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0);
const HTTP_MESSAGES: Record<number, string> = { 400: 'BAD REQUEST', 403: 'FORBIDDEN', 404: 'NOT FOUND', 409: 'CONFLICT', 429: 'TOO MANY REQUESTS', 503: 'SERVICE UNAVAILABLE' };

function defaultOperationMessage(code: string, key: string): string {
  const { project, location } = parseKey(key);
  if (code === 'QUOTA_EXCEEDED') return `Quota 'CPUS' exceeded.  Limit: 24.0 in region ${location ? regionOf(location) : 'us-central1'}.`;
  if (code === 'ZONE_RESOURCE_POOL_EXHAUSTED') return `The zone 'projects/${project}/zones/${location ?? 'us-central1-a'}' does not have enough resources available to fulfill the request.  Try a different zone, or try again later.`;
  return `Operation failed: ${code}`;
}

/** RFC 7396 merge patch (the semantics of Compute Engine PATCH): objects merge, arrays and scalars replace, null removes. */
function mergePatch(target: Json, patch: Json): Json {
  for (const [k, v] of Object.entries(patch)) {
    if (isEmpty(v) && !Array.isArray(v)) continue; // proto3 maps have no presence: `labels: {}` means "not given"
    if (v === null) delete target[k];
    else if (typeof v === 'object' && !Array.isArray(v) && typeof target[k] === 'object' && target[k] !== null && !Array.isArray(target[k])) mergePatch(target[k], v);
    else target[k] = v;
  }
  return target;
}

function machineTypeJson(project: string, zone: string, m: MachineTypeSpec): Json {
  const mem = m.memoryMb / 1024;
  return {
    kind: 'compute#machineType',
    id: stableId(m.name),
    creationTimestamp: CATALOG_TIMESTAMP,
    name: m.name,
    description: `${m.isSharedCpu ? 'Shared-core' : m.guestCpus} ${m.isSharedCpu ? 'machine type' : 'vCPUs'}, ${Number.isInteger(mem) ? mem : mem.toFixed(2).replace(/0$/, '')} GB RAM`,
    guestCpus: m.guestCpus,
    memoryMb: m.memoryMb,
    imageSpaceGb: 0,
    maximumPersistentDisks: m.isSharedCpu ? 16 : 128,
    maximumPersistentDisksSizeGb: m.isSharedCpu ? '3072' : MAX_PD_GB,
    zone,
    selfLink: link(`projects/${project}/zones/${zone}/machineTypes/${m.name}`),
    isSharedCpu: m.isSharedCpu,
    ...(m.accelerators ? { accelerators: m.accelerators } : {}),
    architecture: 'X86_64',
  };
}

function acceleratorJson(project: string, zone: string, name: string): Json {
  const a = ACCELERATORS.find((x) => x.name === name)!;
  return {
    kind: 'compute#acceleratorType',
    id: stableId(a.name),
    creationTimestamp: CATALOG_TIMESTAMP,
    name: a.name,
    description: a.description,
    zone: link(`projects/${project}/zones/${zone}`),
    selfLink: link(`projects/${project}/zones/${zone}/acceleratorTypes/${a.name}`),
    maximumCardsPerInstance: a.maximumCardsPerInstance,
  };
}

let ipCounter = 2;
/** Output-only parts of an instance the API fills in. */
function finishInstance(r: Json, project: string, zone: string): void {
  r.status ??= 'PROVISIONING';
  r.labels ??= {};
  r.labelFingerprint = newFingerprint();
  r.fingerprint = newFingerprint();
  r.metadata = { kind: 'compute#metadata', fingerprint: newFingerprint(), items: (r.metadata?.items as Json[] | undefined) ?? [] };
  r.cpuPlatform = 'Intel Broadwell';
  r.deletionProtection ??= false;
  r.startRestricted = false;
  r.canIpForward ??= false;
  r.disks = ((r.disks as Json[] | undefined) ?? []).map((d, i) => {
    const { initializeParams, ...rest } = d;
    const diskName = initializeParams?.diskName ?? (d.boot ? r.name : `${r.name}-${i}`);
    return {
      kind: 'compute#attachedDisk',
      type: 'PERSISTENT',
      mode: 'READ_WRITE',
      deviceName: d.deviceName ?? `persistent-disk-${i}`,
      index: i,
      boot: d.boot ?? false,
      autoDelete: d.autoDelete ?? false,
      interface: 'SCSI',
      diskSizeGb: String(initializeParams?.diskSizeGb ?? d.diskSizeGb ?? '10'),
      ...rest,
      source: d.source ?? link(`projects/${project}/zones/${zone}/disks/${diskName}`),
    };
  });
  r.networkInterfaces = ((r.networkInterfaces as Json[] | undefined) ?? [{}]).map((n, i) => ({
    kind: 'compute#networkInterface',
    name: `nic${i}`,
    ...n,
    network: n.network ? link(refKey(String(n.network), project) ?? `projects/${project}/global/networks/${n.network}`) : link(`projects/${project}/global/networks/default`),
    networkIP: `10.128.${Math.floor(ipCounter / 250) % 250}.${(ipCounter++ % 250) + 2}`,
    stackType: 'IPV4_ONLY',
  }));
}

// ---------------------------------------------------------------------------------------------------- collections
function machineFor(cloud: ComputeCloud, project: string, zone: string, value: string, field: string): MachineTypeSpec {
  const key = refKey(value, project);
  if (!key || parseKey(key).collection !== 'machineTypes') {
    throw invalidField(field, value, 'Must be a machine type URL (zones/{zone}/machineTypes/{name}).');
  }
  const k = parseKey(key);
  if (k.location !== zone) throw invalidField(field, value, `Machine type must be in the instance's zone '${zone}'.`);
  const m = machineTypeIn(zone, k.name);
  if (!m) throw notFound(key);
  void cloud;
  return m;
}

function checkDisks(disks: Json[] | undefined, field: string): void {
  if (!disks?.length) throw required(field);
  const boots = disks.filter((d) => d.boot);
  if (boots.length !== 1) throw invalidField(field, '', 'Exactly one boot disk must be specified.');
  disks.forEach((d, i) => {
    if (!d.source && !d.initializeParams?.sourceImage && d.boot) throw required(`${field}[${i}].initializeParams.sourceImage`);
    intIn(d.initializeParams?.diskSizeGb, 10, 65536, `${field}[${i}].initializeParams.diskSizeGb`);
    oneOf(d.type, ['PERSISTENT', 'SCRATCH'], `${field}[${i}].type`);
    oneOf(d.mode, ['READ_WRITE', 'READ_ONLY'], `${field}[${i}].mode`);
  });
}

const instances: Collection = {
  kind: 'compute#instance',
  scopes: ['zones'],
  prepare(cloud, ctx, r) {
    const zone = ctx.location!;
    const project = ctx.project;
    const machine = machineFor(cloud, project, zone, need<string>(r.machineType, 'resource.machineType'), 'resource.machineType');
    r.machineType = link(`projects/${project}/zones/${zone}/machineTypes/${machine.name}`);
    checkDisks(r.disks, 'resource.disks');
    checkLabels(r.labels, 'resource.labels');
    checkAccelerators(r.guestAccelerators, machine, 'resource.guestAccelerators', (ref, field) => {
      const key = refKey(ref, project);
      if (!key || parseKey(key).collection !== 'acceleratorTypes') throw invalidField(field, ref, 'Must be an accelerator type URL (zones/{zone}/acceleratorTypes/{name}).');
      if (parseKey(key).location !== zone) throw invalidField(field, ref, `Accelerator type must be in the instance's zone '${zone}'.`);
      return parseKey(key).name;
    }, [zone], project);
    r.guestAccelerators = ((r.guestAccelerators as Json[] | undefined) ?? []).map((a) => ({ acceleratorType: link(refKey(String(a.acceleratorType), project)!), acceleratorCount: a.acceleratorCount }));
    r.scheduling = checkScheduling(r.scheduling, r.guestAccelerators.length > 0 || !!machine.accelerators, 'resource.scheduling');
    finishInstance(r, project, zone);
  },
  refs: () => [],
};

function templateProperties(cloud: ComputeCloud, ctx: Ctx, p: Json | undefined): void {
  const props = need(p, 'resource.properties');
  const zones = ctx.scope === 'regions' ? zonesOf(ctx.location!) : [...ZONES];
  const mtName = need<string>(props.machineType, 'resource.properties.machineType');
  if (mtName.includes('/')) throw invalidField('resource.properties.machineType', mtName, 'An instance template takes a machine type name (e.g. n1-standard-4), not a URL.');
  const machineZones = zones.filter((z) => machineTypeIn(z, mtName));
  if (!machineZones.length) throw notFound(`projects/${ctx.project}/${ctx.scope === 'regions' ? `regions/${ctx.location}` : 'global'}/machineTypes/${mtName}`);
  const machine = machineTypeIn(machineZones[0]!, mtName)!;
  checkDisks(props.disks, 'resource.properties.disks');
  checkLabels(props.labels, 'resource.properties.labels');
  checkAccelerators(props.guestAccelerators, machine, 'resource.properties.guestAccelerators', (ref, field) => {
    if (ref.includes('/')) throw invalidField(field, ref, 'An instance template takes an accelerator type name (e.g. nvidia-tesla-t4), not a URL.');
    return ref;
  }, machineZones, ctx.project);
  props.scheduling = checkScheduling(props.scheduling, (props.guestAccelerators?.length ?? 0) > 0 || !!machine.accelerators, 'resource.properties.scheduling');
  props.networkInterfaces ??= [{ network: link(`projects/${ctx.project}/global/networks/default`) }];
  props.metadata = { kind: 'compute#metadata', items: props.metadata?.items ?? [], fingerprint: newFingerprint() };
  void cloud;
}

const instanceTemplates: Collection = {
  kind: 'compute#instanceTemplate',
  scopes: ['global', 'regions'],
  prepare(cloud, ctx, r) {
    templateProperties(cloud, ctx, r.properties);
  },
  refs: () => [],
};

const instanceGroupManagers: Collection = {
  kind: 'compute#instanceGroupManager',
  scopes: ['zones', 'regions'],
  prepare(cloud, ctx, r, prev) {
    const versions = (r.versions as Json[] | undefined) ?? [];
    if (!r.instanceTemplate && !versions.length) throw required('resource.instanceTemplate');
    if (versions.length > 1) throw notImplemented('Canary versions (more than one entry in versions)');
    if (r.targetSize === undefined) throw required('resource.targetSize');
    const template = cloud.ref(String(r.instanceTemplate ?? versions[0]?.instanceTemplate), ctx.project, 'instanceTemplates', r.instanceTemplate ? 'resource.instanceTemplate' : 'resource.versions[0].instanceTemplate');
    const tk = parseKey(template);
    if (tk.scope === 'regions' && tk.location !== (ctx.scope === 'regions' ? ctx.location : regionOf(ctx.location!))) {
      throw invalidField('resource.instanceTemplate', r.instanceTemplate, 'A regional instance template must be in the same region as the group.');
    }
    r.instanceTemplate = link(template);
    r.versions = [{ instanceTemplate: link(template), ...(versions[0]?.name ? { name: versions[0].name } : {}) }];
    if (r.targetSize === undefined) throw required('resource.targetSize');
    intIn(r.targetSize, 0, 1000, 'resource.targetSize');
    r.targetSize = Number(r.targetSize);
    r.baseInstanceName ??= r.name;
    if (!/^[a-z](?:[-a-z0-9]{0,57})$/.test(String(r.baseInstanceName))) throw invalidField('resource.baseInstanceName', r.baseInstanceName, "Must be a match of regex '[a-z](([-a-z0-9]{0,57})|([-a-z0-9]{0,51}-#{1,10}(\\[[0-9]{1,10}\\])?))'");
    ((r.namedPorts as Json[] | undefined) ?? []).forEach((np, i) => {
      need(np.name, `resource.namedPorts[${i}].name`);
      intIn(need(np.port, `resource.namedPorts[${i}].port`), 1, 65535, `resource.namedPorts[${i}].port`);
    });
    ((r.autoHealingPolicies as Json[] | undefined) ?? []).forEach((p, i) => {
      const hc = cloud.ref(need<string>(p.healthCheck, `resource.autoHealingPolicies[${i}].healthCheck`), ctx.project, 'healthChecks', `resource.autoHealingPolicies[${i}].healthCheck`);
      p.healthCheck = link(hc);
      intIn(p.initialDelaySec, 0, 3600, `resource.autoHealingPolicies[${i}].initialDelaySec`);
    });
    if (ctx.scope === 'regions') {
      const inRegion = zonesOf(ctx.location!);
      const given = ((r.distributionPolicy?.zones as Json[] | undefined) ?? []).map((z, i) => {
        const zone = lastSegment(String(need(z.zone, `resource.distributionPolicy.zones[${i}].zone`)));
        if (!inRegion.includes(zone)) throw invalidField(`resource.distributionPolicy.zones[${i}].zone`, z.zone, `Zone must be in region '${ctx.location}'.`);
        return zone;
      });
      const zones = given.length ? given : inRegion.slice(0, 3);
      r.distributionPolicy = { zones: zones.map((z) => ({ zone: link(`projects/${ctx.project}/zones/${z}`) })), targetShape: r.distributionPolicy?.targetShape ?? 'EVEN' };
    }
    r.instanceGroup = link(`${ctx.scopeKey}/instanceGroups/${r.name}`);
    r.fingerprint ??= newFingerprint();
    r.listManagedInstancesResults ??= 'PAGELESS';
    r.updatePolicy ??= { type: 'OPPORTUNISTIC', minimalAction: 'REPLACE', maxSurge: { fixed: 1, calculated: 1 }, maxUnavailable: { fixed: 1, calculated: 1 }, replacementMethod: 'SUBSTITUTE' };
    r.status = { ...(prev?.status ?? {}), isStable: false };
  },
  refs: (r, project) => refsOf(project, r.instanceTemplate, (r.versions ?? []).map((v: Json) => v.instanceTemplate), (r.autoHealingPolicies ?? []).map((p: Json) => p.healthCheck)),
  aliases: (key) => [key.replace('/instanceGroupManagers/', '/instanceGroups/')],
  afterWrite(cloud, key) {
    cloud.reconcile(key);
  },
  afterDelete(cloud, key) {
    const { project } = parseKey(key);
    for (const i of cloud.state.migs[key]?.instances ?? []) {
      const instKey = `projects/${project}/zones/${i.zone}/instances/${i.name}`;
      cloud.remove(instKey);
      delete cloud.state.health[instKey];
    }
    delete cloud.state.migs[key];
  },
};

const autoscalers: Collection = {
  kind: 'compute#autoscaler',
  scopes: ['zones', 'regions'],
  prepare(cloud, ctx, r, prev) {
    need(need<Json>(r.autoscalingPolicy, 'resource.autoscalingPolicy').maxNumReplicas, 'resource.autoscalingPolicy.maxNumReplicas');
    const target = cloud.ref(need<string>(r.target, 'resource.target'), ctx.project, 'instanceGroupManagers', 'resource.target');
    if (!target.startsWith(`${ctx.scopeKey}/`)) throw invalidField('resource.target', r.target, `The managed instance group must be in ${ctx.scope === 'zones' ? 'zone' : 'region'} '${ctx.location}'.`);
    if (prev && refKey(String(prev.target), ctx.project) !== target) throw invalidField('resource.target', r.target, 'The target of an autoscaler cannot be changed.');
    for (const [k, other] of cloud.all()) {
      if (k.startsWith(`${ctx.scopeKey}/autoscalers/`) && other.name !== r.name && refKey(String(other.target), ctx.project) === target) {
        throw invalidField('resource.target', r.target, `The managed instance group is already autoscaled by '${k}'.`);
      }
    }
    r.target = link(target);
    const p = need<Json>(r.autoscalingPolicy, 'resource.autoscalingPolicy');
    const max = intIn(need(p.maxNumReplicas, 'resource.autoscalingPolicy.maxNumReplicas'), 1, 1000, 'resource.autoscalingPolicy.maxNumReplicas')!;
    const min = intIn(p.minNumReplicas ?? 1, 0, 1000, 'resource.autoscalingPolicy.minNumReplicas')!;
    if (min > max) throw invalidField('resource.autoscalingPolicy.minNumReplicas', min, 'minNumReplicas must not exceed maxNumReplicas.');
    for (const f of ['cpuUtilization', 'loadBalancingUtilization'] as const) {
      const t = p[f]?.utilizationTarget;
      if (t !== undefined && !(Number(t) > 0 && Number(t) <= 1)) throw invalidField(`resource.autoscalingPolicy.${f}.utilizationTarget`, t, 'Must be in (0, 1].');
    }
    oneOf(p.mode, ['OFF', 'ONLY_SCALE_OUT', 'ONLY_UP', 'ON'], 'resource.autoscalingPolicy.mode');
    r.autoscalingPolicy = { coolDownPeriodSec: 60, mode: 'ON', ...p, minNumReplicas: min, maxNumReplicas: max };
    r.autoscalingPolicy.cpuUtilization ??= { utilizationTarget: 0.6, predictiveMethod: 'NONE' };
    r.status = 'ACTIVE';
  },
  refs: (r, project) => refsOf(project, r.target),
  afterWrite(cloud, key, r) {
    const { project } = parseKey(key);
    const migKey = refKey(String(r.target), project)!;
    const mig = cloud.get(migKey);
    if (!mig) return;
    const p = r.autoscalingPolicy as Json;
    mig.status = { ...(mig.status ?? {}), autoscaler: r.selfLink };
    if (p.mode !== 'OFF') mig.targetSize = Math.min(p.maxNumReplicas, Math.max(p.minNumReplicas, Number(mig.targetSize ?? 0)));
    r.recommendedSize = mig.targetSize;
    cloud.reconcile(migKey);
  },
  afterDelete(cloud, key, r) {
    const mig = cloud.get(refKey(String(r.target), parseKey(key).project) ?? '');
    if (mig?.status) delete mig.status.autoscaler;
  },
};

const HC_TYPES: Record<string, string> = { TCP: 'tcpHealthCheck', SSL: 'sslHealthCheck', HTTP: 'httpHealthCheck', HTTPS: 'httpsHealthCheck', HTTP2: 'http2HealthCheck', GRPC: 'grpcHealthCheck' };
const healthChecks: Collection = {
  kind: 'compute#healthCheck',
  scopes: ['global', 'regions'],
  prepare(_cloud, _ctx, r) {
    const type = need<string>(r.type, 'resource.type');
    oneOf(type, Object.keys(HC_TYPES), 'resource.type');
    const field = HC_TYPES[type]!;
    for (const other of Object.values(HC_TYPES)) if (other !== field && r[other] !== undefined) throw invalidField(`resource.${other}`, '…', `A health check of type ${type} takes ${field} only.`);
    const sub: Json = (r[field] ??= {});
    sub.port ??= type === 'HTTPS' || type === 'SSL' ? 443 : 80;
    intIn(sub.port, 1, 65535, `resource.${field}.port`);
    if (type.startsWith('HTTP')) {
      sub.requestPath ??= '/';
      if (!String(sub.requestPath).startsWith('/')) throw invalidField(`resource.${field}.requestPath`, sub.requestPath, "Must start with '/'.");
      sub.proxyHeader ??= 'NONE';
    }
    sub.portSpecification ??= 'USE_FIXED_PORT';
    r.checkIntervalSec = intIn(r.checkIntervalSec ?? 5, 1, 300, 'resource.checkIntervalSec');
    r.timeoutSec = intIn(r.timeoutSec ?? 5, 1, 300, 'resource.timeoutSec');
    r.healthyThreshold = intIn(r.healthyThreshold ?? 2, 1, 10, 'resource.healthyThreshold');
    r.unhealthyThreshold = intIn(r.unhealthyThreshold ?? 2, 1, 10, 'resource.unhealthyThreshold');
    if (r.timeoutSec > r.checkIntervalSec) throw invalidField('resource.timeoutSec', r.timeoutSec, 'timeoutSec must be less than or equal to checkIntervalSec.');
  },
  refs: () => [],
};

const backendServices: Collection = {
  kind: 'compute#backendService',
  scopes: ['global', 'regions'],
  prepare(cloud, ctx, r) {
    const hcs = ((r.healthChecks as string[] | undefined) ?? []).map((h, i) => link(cloud.ref(h, ctx.project, 'healthChecks', `resource.healthChecks[${i}]`)));
    if (hcs.length > 1) throw invalidField('resource.healthChecks', hcs.length, 'At most one health check may be specified.');
    r.healthChecks = hcs;
    const backends = (r.backends as Json[] | undefined) ?? [];
    const seen = new Set<string>();
    backends.forEach((b, i) => {
      const g = cloud.ref(need<string>(b.group, `resource.backends[${i}].group`), ctx.project, 'instanceGroups', `resource.backends[${i}].group`);
      if (seen.has(g)) throw invalidField(`resource.backends[${i}].group`, b.group, 'Duplicate backend group.');
      seen.add(g);
      b.group = link(g);
      oneOf(b.balancingMode, ['UTILIZATION', 'RATE', 'CONNECTION', 'CUSTOM_METRICS'], `resource.backends[${i}].balancingMode`);
      b.balancingMode ??= 'UTILIZATION';
      b.capacityScaler ??= 1;
      if (b.balancingMode === 'UTILIZATION') b.maxUtilization ??= 0.8;
    });
    if (backends.length && !hcs.length) throw required('resource.healthChecks');
    oneOf(r.protocol, ['HTTP', 'HTTPS', 'HTTP2', 'TCP', 'SSL', 'UDP', 'GRPC', 'H2C', 'UNSPECIFIED'], 'resource.protocol');
    oneOf(r.loadBalancingScheme, ['EXTERNAL', 'EXTERNAL_MANAGED', 'INTERNAL', 'INTERNAL_MANAGED', 'INTERNAL_SELF_MANAGED'], 'resource.loadBalancingScheme');
    r.protocol ??= 'HTTP';
    r.portName ??= 'http';
    r.port ??= 80;
    r.timeoutSec = intIn(r.timeoutSec ?? 30, 1, 2_147_483_647, 'resource.timeoutSec');
    r.loadBalancingScheme ??= 'EXTERNAL';
    r.sessionAffinity ??= 'NONE';
    r.connectionDraining ??= { drainingTimeoutSec: 300 };
    r.fingerprint ??= newFingerprint();
  },
  refs: (r, project) => refsOf(project, r.healthChecks ?? [], (r.backends ?? []).map((b: Json) => b.group)),
};

const urlMaps: Collection = {
  kind: 'compute#urlMap',
  scopes: ['global'],
  fingerprintRequired: true,
  prepare(cloud, ctx, r) {
    const svc = (v: unknown, field: string) => link(cloud.ref(need<string>(v as string, field), ctx.project, ['backendServices', 'backendBuckets'], field));
    if (r.defaultService !== undefined) r.defaultService = svc(r.defaultService, 'resource.defaultService');
    const matchers = (r.pathMatchers as Json[] | undefined) ?? [];
    const names = new Set<string>();
    matchers.forEach((pm, i) => {
      const name = need<string>(pm.name, `resource.pathMatchers[${i}].name`);
      if (names.has(name)) throw invalidField(`resource.pathMatchers[${i}].name`, name, 'Path matcher names must be unique.');
      names.add(name);
      if (pm.defaultService !== undefined) pm.defaultService = svc(pm.defaultService, `resource.pathMatchers[${i}].defaultService`);
      ((pm.pathRules as Json[] | undefined) ?? []).forEach((rule, j) => {
        const f = `resource.pathMatchers[${i}].pathRules[${j}]`;
        const paths = (rule.paths as string[] | undefined) ?? [];
        if (!paths.length) throw required(`${f}.paths`);
        paths.forEach((p, k) => {
          if (!p.startsWith('/') || (p.includes('*') && !p.endsWith('/*'))) throw invalidField(`${f}.paths[${k}]`, p, "Paths must start with '/' and may only end with '/*'.");
        });
        if (rule.service !== undefined) rule.service = svc(rule.service, `${f}.service`);
        else if (!rule.urlRedirect && !rule.routeAction) throw required(`${f}.service`);
      });
    });
    ((r.hostRules as Json[] | undefined) ?? []).forEach((h, i) => {
      const pm = need<string>(h.pathMatcher, `resource.hostRules[${i}].pathMatcher`);
      if (!names.has(pm)) throw invalidField(`resource.hostRules[${i}].pathMatcher`, pm, 'No path matcher with this name.');
      if (!((h.hosts as string[] | undefined) ?? []).length) throw required(`resource.hostRules[${i}].hosts`);
    });
    if (r.defaultService === undefined && !r.defaultUrlRedirect && !r.defaultRouteAction) throw required('resource.defaultService');
    r.fingerprint ??= newFingerprint();
  },
  refs: (r, project) =>
    refsOf(project, r.defaultService, (r.pathMatchers ?? []).map((pm: Json) => [pm.defaultService, (pm.pathRules ?? []).map((x: Json) => x.service)])),
};

const targetHttpProxies: Collection = {
  kind: 'compute#targetHttpProxy',
  scopes: ['global'],
  prepare(cloud, ctx, r) {
    r.urlMap = link(cloud.ref(need<string>(r.urlMap, 'resource.urlMap'), ctx.project, 'urlMaps', 'resource.urlMap'));
    r.fingerprint ??= newFingerprint();
  },
  refs: (r, project) => refsOf(project, r.urlMap),
};

let ipNext = 10;
const forwardingRules: Collection = {
  kind: 'compute#forwardingRule',
  scopes: ['global'],
  prepare(cloud, ctx, r) {
    r.target = link(cloud.ref(need<string>(r.target, 'resource.target'), ctx.project, 'targetHttpProxies', 'resource.target'));
    oneOf(r.IPProtocol, ['TCP'], 'resource.IPProtocol');
    oneOf(r.loadBalancingScheme, ['EXTERNAL', 'EXTERNAL_MANAGED'], 'resource.loadBalancingScheme');
    r.IPProtocol ??= 'TCP';
    r.loadBalancingScheme ??= 'EXTERNAL';
    r.portRange ??= '80-80';
    if (!/^\d+(-\d+)?$/.test(String(r.portRange))) throw invalidField('resource.portRange', r.portRange, "Must be a port or a range such as '80-80'.");
    if (/^\d+$/.test(r.portRange)) r.portRange = `${r.portRange}-${r.portRange}`;
    // TEST-NET-3 (RFC 5737): looks like an address, routes nowhere
    r.IPAddress ??= `203.0.113.${(ipNext++ % 250) + 1}`;
    checkLabels(r.labels, 'resource.labels');
    r.labels ??= {};
    r.labelFingerprint ??= newFingerprint();
    r.fingerprint ??= newFingerprint();
    r.networkTier ??= 'PREMIUM';
  },
  refs: (r, project) => refsOf(project, r.target),
};

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/;
const firewalls: Collection = {
  kind: 'compute#firewall',
  scopes: ['global'],
  prepare(_cloud, ctx, r) {
    const allowed = (r.allowed as Json[] | undefined) ?? [];
    const denied = (r.denied as Json[] | undefined) ?? [];
    if (!!allowed.length === !!denied.length) throw invalid("Invalid value for field 'resource': ''. Exactly one of 'allowed' or 'denied' must be specified.");
    const rules = allowed.length ? allowed : denied;
    const which = allowed.length ? 'allowed' : 'denied';
    rules.forEach((a, i) => {
      need(a.IPProtocol, `resource.${which}[${i}].IPProtocol`);
      ((a.ports as string[] | undefined) ?? []).forEach((p, j) => {
        const m = /^(\d+)(?:-(\d+))?$/.exec(p);
        if (!m || Number(m[1]) < 0 || Number(m[2] ?? m[1]) > 65535 || Number(m[2] ?? m[1]) < Number(m[1])) throw invalidField(`resource.${which}[${i}].ports[${j}]`, p, 'Must be a port or a port range.');
      });
    });
    oneOf(r.direction, ['INGRESS', 'EGRESS'], 'resource.direction');
    r.direction ??= 'INGRESS';
    r.priority = intIn(r.priority ?? 1000, 0, 65535, 'resource.priority');
    for (const f of ['sourceRanges', 'destinationRanges'] as const) {
      ((r[f] as string[] | undefined) ?? []).forEach((c, i) => {
        const m = CIDR.exec(c);
        if (!m || [m[1], m[2], m[3], m[4]].some((o) => Number(o) > 255) || Number(m[6] ?? 32) > 32) throw invalidField(`resource.${f}[${i}]`, c, 'Must be an IPv4 address or CIDR range.');
      });
    }
    r.network = link(refKey(String(r.network ?? 'global/networks/default'), ctx.project) ?? `projects/${ctx.project}/global/networks/${r.network}`);
    r.disabled ??= false;
    r.logConfig ??= { enable: false };
  },
  refs: () => [],
};

const COLLECTIONS: Record<string, Collection> = {
  instances,
  instanceTemplates,
  instanceGroupManagers,
  autoscalers,
  healthChecks,
  backendServices,
  urlMaps,
  targetHttpProxies,
  forwardingRules,
  firewalls,
};

export { badRequest };
