/**
 * ServingEndpoint (seed 000: paystone.compute.ml.serving): the serving stack of one experiment revision.
 *
 * Per revision, actively deployed (seed 003): health check, health-check firewall, instance template, managed
 * instance group, autoscaler, backend service, and its route on the shared URL map. Shared, passively deployed:
 * URL map, target HTTP proxy, global forwarding rule — created once, never removed except by `teardown --all` when
 * no revision uses them any more.
 *
 * Every operation is "plan, then apply": desired state from the manifest, observed state by deterministic names,
 * a pure plan, then an executor that runs the plan as a dependency graph with independent branches in parallel.
 * Every step is idempotent (create adopts our own resource, update is read-modify-write), so a re-run converges.
 */
import { PsmlError } from '../errors.js';
import { servingClients, type ResourceClient, type ResourceClientOptions } from '../compute/index.js';
import type { Labels } from '../compute/ownership.js';
import { PATH_MATCHER } from '../compute/url-map.js';
import { firewallName, names, requireServing, revisionOwnership, sameRef, sharedNames, sharedOwnership, type SpecContext } from '../compute/spec-context.js';
import type { InstanceTemplate, UrlMap } from '../compute/types.js';
import { computeClients, type ComputeClients } from '../gcp/compute-clients.js';
import { withRetry } from '../gcp/retry.js';
import type { Experiment } from '../manifest/experiment.js';
import { ownershipLabels, type ResourceNames } from '../manifest/names.js';
import { runGraph } from './graph.js';
import {
  blockedSteps,
  plan as makePlan,
  type DesiredResource,
  type DesiredState,
  type ObservedState,
  type Plan,
  type PlanStep,
  type Resource,
  type StackKind,
} from './serving-plan.js';

export interface ServingEndpointOptions {
  project: string;
  /** Official clients to use (default: cached for PSML_COMPUTE_ENDPOINT, or production). */
  clients?: ComputeClients;
  /** Retry / operation-wait policy of every API call. */
  resourceOptions?: ResourceClientOptions;
  /** Network, service account, boot image, shared resource names. */
  context?: Omit<SpecContext, 'project'>;
  /** Steps running at once (default 4). */
  concurrency?: number;
  /** Progress lines (`+ create healthChecks/churn-v1-2-hc`). */
  log?: (line: string) => void;
}

export interface WaitServingOptions {
  /** Give up after this long (default 15 min: GPU VMs install drivers and pull images first). */
  timeoutMs?: number;
  pollMs?: number;
}

export interface ServingStatus {
  stable: boolean;
  targetSize: number;
  healthy: number;
  backends: { instance: string; healthState: string }[];
  errors: string[];
}

export interface LeftoverResource {
  collection: string;
  name: string;
}

type Clients = ReturnType<typeof servingClients>;
type AnyClient = ResourceClient<Resource>;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The parts of a template that decide what a revision runs (compared to detect an edited manifest). */
function templateShape(t: InstanceTemplate): unknown {
  const p = t.properties ?? {};
  const last = (s: string | null | undefined) => (s ?? '').split('/').pop();
  return {
    machineType: last(p.machineType),
    gpus: (p.guestAccelerators ?? []).map((a) => `${last(a.acceleratorType)}x${a.acceleratorCount}`).sort(),
    script: p.metadata?.items?.find((i) => i.key === 'startup-script')?.value ?? '',
    image: p.disks?.[0]?.initializeParams?.sourceImage ?? '',
    disk: String(p.disks?.[0]?.initializeParams?.diskSizeGb ?? ''),
    spot: p.scheduling?.provisioningModel ?? 'STANDARD',
    serviceAccount: p.serviceAccounts?.[0]?.email ?? '',
    tags: [...(p.tags?.items ?? [])].sort(),
  };
}

function templateMismatch(want: InstanceTemplate, cur: InstanceTemplate): string | undefined {
  const a = templateShape(cur) as Record<string, unknown>;
  const b = templateShape(want) as Record<string, unknown>;
  const changed = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (!changed.length) return undefined;
  return `the existing template differs from the manifest (${changed.map((k) => (k === 'script' ? 'startup script (image, env, args)' : k)).join(', ')})`;
}

export class ServingEndpoint {
  readonly exp: Experiment;
  readonly ctx: SpecContext;
  readonly names: ResourceNames;
  readonly region: string;
  readonly clients: Clients;
  readonly compute: ComputeClients;
  private readonly log: (line: string) => void;
  /** Mode of the plan being applied (an update of the URL map adds or removes a route). */
  private mode: Plan['mode'] = 'deploy';

  constructor(exp: Experiment, readonly options: ServingEndpointOptions) {
    const serving = requireServing(exp);
    this.exp = exp;
    this.region = serving.region;
    this.ctx = { ...options.context, project: options.project };
    this.names = names(exp);
    this.compute = options.clients ?? computeClients();
    this.clients = servingClients(options.project, this.region, options.resourceOptions ?? {}, this.compute);
    this.log = options.log ?? (() => {});
  }

  /** `churn 1.2` */
  get revision(): string {
    return `${this.exp.service} ${this.exp.version.major}.${this.exp.version.minor}`;
  }

  get shared() {
    return sharedNames(this.ctx);
  }

  private client(kind: StackKind): AnyClient {
    const c = this.clients;
    const map: Record<StackKind, unknown> = {
      healthCheck: c.healthChecks,
      firewall: c.firewalls,
      instanceTemplate: c.instanceTemplates,
      instanceGroupManager: c.instanceGroupManagers,
      autoscaler: c.autoscalers,
      backendService: c.backendServices,
      urlMap: c.urlMaps,
      targetHttpProxy: c.targetHttpProxies,
      forwardingRule: c.forwardingRules,
    };
    return map[kind] as AnyClient;
  }

  /** The deterministic name of each resource. */
  nameOf(kind: StackKind): string {
    const n = this.names;
    const s = this.shared;
    switch (kind) {
      case 'healthCheck':
        return n.healthCheck;
      case 'firewall':
        return firewallName(this.exp);
      case 'instanceTemplate':
        return n.instanceTemplate;
      case 'instanceGroupManager':
        return n.instanceGroupManager;
      case 'autoscaler':
        return n.autoscaler;
      case 'backendService':
        return n.backendService;
      case 'urlMap':
        return s.urlMap;
      case 'targetHttpProxy':
        return s.targetHttpProxy;
      case 'forwardingRule':
        return s.forwardingRule;
    }
  }

  private base(kind: StackKind): Pick<DesiredResource, 'kind' | 'name' | 'ref' | 'owner' | 'ownerOf'> {
    const client = this.client(kind);
    const name = this.nameOf(kind);
    const shared = kind === 'urlMap' || kind === 'targetHttpProxy' || kind === 'forwardingRule';
    return {
      kind,
      name,
      ref: client.ref(name),
      owner: shared ? sharedOwnership() : revisionOwnership(this.exp),
      ownerOf: (r) => client.ownerLabels(r),
    };
  }

  /** Desired state of a deploy: every resource present and up to date, this revision routed on the URL map. */
  desiredDeploy(): DesiredState {
    const exp = this.exp;
    const ctx = this.ctx;
    const resources: DesiredResource[] = (
      ['healthCheck', 'firewall', 'instanceTemplate', 'instanceGroupManager', 'autoscaler', 'backendService', 'urlMap', 'targetHttpProxy', 'forwardingRule'] as const
    ).map((kind) => {
      const client = this.client(kind);
      const d: DesiredResource = {
        ...this.base(kind),
        ensure: 'present',
        update: (cur) => client.updateSpecification(exp, ctx, cur) as Resource | undefined,
      };
      if (kind === 'instanceTemplate') {
        const want = client.createSpecification(exp, ctx) as InstanceTemplate;
        d.mismatch = (cur) => templateMismatch(want, cur as InstanceTemplate);
      }
      if (kind === 'urlMap') d.explain = () => `add route ${this.names.routePrefix}/* → ${this.names.backendService}`;
      return d;
    });
    return { mode: 'deploy', revision: this.revision, resources };
  }

  /** Desired state of a teardown: revision resources absent, its route gone; shared ones too with `all` when unused. */
  desiredTeardown(all = false): DesiredState {
    const urlMaps = this.clients.urlMaps;
    const resources: DesiredResource[] = [
      { ...this.base('urlMap'), ensure: 'detach', detach: (cur) => urlMaps.removeSpecification(this.exp, this.ctx, cur as UrlMap) as Resource | undefined | null, explain: () => `remove route ${this.names.routePrefix}/*` },
      { ...this.base('targetHttpProxy'), ensure: 'unused' },
      { ...this.base('forwardingRule'), ensure: 'unused' },
      ...(['backendService', 'autoscaler', 'instanceGroupManager', 'instanceTemplate', 'healthCheck', 'firewall'] as const).map(
        (kind): DesiredResource => ({ ...this.base(kind), ensure: 'absent' }),
      ),
    ];
    return { mode: 'teardown', revision: this.revision, all, resources };
  }

  /** Reads every resource of the stack by its deterministic name (in parallel). */
  async observe(kinds: readonly StackKind[] = ['healthCheck', 'firewall', 'instanceTemplate', 'instanceGroupManager', 'autoscaler', 'backendService', 'urlMap', 'targetHttpProxy', 'forwardingRule']): Promise<ObservedState> {
    const found = await Promise.all(kinds.map(async (k) => [k, await this.client(k).find(this.nameOf(k))] as const));
    const out: ObservedState = {};
    for (const [k, r] of found) if (r) out[k] = r as Resource;
    return out;
  }

  async planDeploy(): Promise<Plan> {
    return makePlan(this.desiredDeploy(), await this.observe());
  }

  async planTeardown(all = false): Promise<Plan> {
    return makePlan(this.desiredTeardown(all), await this.observe());
  }

  /** Runs one step; idempotent, so an interrupted apply can simply be run again. */
  private async runStep(step: PlanStep): Promise<void> {
    const exp = this.exp;
    const ctx = this.ctx;
    const client = this.client(step.kind);
    switch (step.action) {
      case 'create': {
        const { outcome } = await client.apply(exp, ctx);
        this.log(`+ ${outcome.padEnd(7)} ${step.ref}`);
        return;
      }
      case 'update': {
        // re-derive from what is there now (read-modify-write with the fingerprint; 412 → re-read)
        const change =
          step.kind === 'urlMap' && this.mode === 'teardown'
            ? (cur: Resource) => (this.clients.urlMaps.removeSpecification(exp, ctx, cur as UrlMap) as Resource | null | undefined) ?? undefined
            : (cur: Resource) => client.updateSpecification(exp, ctx, cur) as Resource | undefined;
        const { changed } = await client.update(step.name, change);
        this.log(`~ ${changed ? 'updated' : 'current'} ${step.ref}`);
        return;
      }
      case 'delete': {
        const owner = step.kind === 'urlMap' || step.kind === 'targetHttpProxy' || step.kind === 'forwardingRule' ? sharedOwnership() : revisionOwnership(exp);
        if (step.kind === 'urlMap') await this.ensureOnlyOurRoute();
        const outcome = await client.delete(step.name, { owner });
        this.log(`- ${outcome.padEnd(7)} ${step.ref}`);
        return;
      }
      default:
        return;
    }
  }

  /** A URL map is deleted only when it still routes to nothing but this revision (another deploy may have raced us). */
  private async ensureOnlyOurRoute(): Promise<void> {
    const cur = await this.clients.urlMaps.find(this.shared.urlMap);
    if (cur && this.clients.urlMaps.removeSpecification(this.exp, this.ctx, cur) !== null) {
      throw new PsmlError(`${this.clients.urlMaps.ref(this.shared.urlMap)} now routes to other revisions too`, {
        resource: this.clients.urlMaps.ref(this.shared.urlMap),
        hint: 'another revision was deployed meanwhile: run the teardown again (it will keep the shared resources)',
      });
    }
  }

  /** Applies a plan as a dependency graph. Refuses a plan with blocked steps before changing anything. */
  async apply(p: Plan): Promise<{ done: StackKind[] }> {
    const blocked = blockedSteps(p);
    if (blocked.length) {
      throw new PsmlError(`the ${p.mode} plan of ${p.revision} is blocked, nothing was changed: ${blocked[0]!.reason}`, {
        resource: blocked[0]!.ref,
        hint: blocked.length > 1 ? `${blocked.length - 1} more blocked step(s) below` : undefined,
        details: blocked.map((s) => `${s.ref}: ${s.reason}`),
      });
    }
    this.mode = p.mode;
    const work = p.steps.filter((s) => s.action === 'create' || s.action === 'update' || s.action === 'delete');
    const { done } = await runGraph(
      work.map((s) => ({ id: s.kind, after: s.after, run: () => this.runStep(s) })),
      { concurrency: this.options.concurrency ?? 4 },
    );
    return { done };
  }

  /** Plan and apply a deploy; returns the plan that was applied. */
  async deploy(): Promise<Plan> {
    const p = await this.planDeploy();
    await this.apply(p);
    return p;
  }

  /** Plan and apply a teardown, then check by label-filtered lists that no billable resource of the revision is left. */
  async teardown(all = false, onPlan?: (p: Plan) => void): Promise<{ plan: Plan; done: StackKind[]; leftovers: LeftoverResource[] }> {
    const p = await this.planTeardown(all);
    onPlan?.(p);
    const { done } = await this.apply(p);
    const leftovers = await this.leftovers();
    if (leftovers.length)
      throw new PsmlError(`teardown of ${this.revision} left ${leftovers.length} resource(s) behind`, {
        hint: 'run the teardown again; if they stay, delete them by hand',
        details: leftovers.map((l) => `${l.collection}/${l.name}`),
      });
    return { plan: p, done, leftovers };
  }

  /**
   * Resources still carrying this revision's ownership labels, found by label-filtered lists (not by name, so
   * anything left by an older psml or a manual copy shows up too): MIG VMs, templates, groups, autoscalers,
   * backend services, health checks, firewalls.
   */
  async leftovers(): Promise<LeftoverResource[]> {
    const labels: Labels = { ...ownershipLabels(this.exp) };
    const kinds = ['instanceTemplate', 'instanceGroupManager', 'autoscaler', 'backendService', 'healthCheck', 'firewall'] as const;
    const lists = await Promise.all(
      kinds.map(async (k) => (await this.client(k).list({ labels })).map((r) => ({ collection: this.client(k).collection, name: String(r.name) }))),
    );
    return [...lists.flat(), ...(await this.revisionInstances())];
  }

  /** VMs of this revision in any zone (aggregated list with a label filter). */
  private async revisionInstances(): Promise<LeftoverResource[]> {
    const labels = ownershipLabels(this.exp);
    const filter = Object.entries(labels).map(([k, v]) => `(labels.${k} = "${v}")`).join(' ');
    const client = this.compute.client('instances');
    const out: LeftoverResource[] = [];
    await withRetry(async () => {
      out.length = 0;
      for await (const [scope, list] of client.aggregatedListAsync({ project: this.ctx.project, filter }, { autoPaginate: false })) {
        for (const i of list.instances ?? []) {
          const l = i.labels ?? {};
          if (Object.entries(labels).every(([k, v]) => l[k] === v)) out.push({ collection: `${scope}/instances`, name: String(i.name) });
        }
      }
    }, this.options.resourceOptions?.retry);
    return out;
  }

  /** MIG stability, its errors and the backend service's view of instance health. */
  async status(): Promise<ServingStatus> {
    const mig = await this.clients.instanceGroupManagers.get(this.names.instanceGroupManager);
    const project = this.ctx.project;
    const errors: string[] = [];
    const migs = this.compute.client('regionInstanceGroupManagers');
    await withRetry(async () => {
      errors.length = 0;
      for await (const e of migs.listErrorsAsync({ project, region: this.region, instanceGroupManager: this.names.instanceGroupManager }, { autoPaginate: false })) {
        errors.push(`${e.instanceActionDetails?.action ?? 'ACTION'} ${(e.instanceActionDetails?.instance ?? '').split('/').pop()}: ${e.error?.code ?? ''} ${e.error?.message ?? ''}`.trim());
      }
    }, this.options.resourceOptions?.retry);
    const group = this.clients.instanceGroupManagers.instanceGroupUrl(this.names.instanceGroupManager);
    const [health] = await withRetry(
      () =>
        this.compute.client('backendServices').getHealth({
          project,
          backendService: this.names.backendService,
          resourceGroupReferenceResource: { group },
        }),
      this.options.resourceOptions?.retry,
    );
    const backends = (health.healthStatus ?? []).map((h) => ({ instance: (h.instance ?? '').split('/').pop() ?? '', healthState: h.healthState ?? 'UNKNOWN' }));
    return {
      stable: mig.status?.isStable === true,
      targetSize: Number(mig.targetSize ?? 0),
      healthy: backends.filter((b) => b.healthState === 'HEALTHY').length,
      backends,
      errors,
    };
  }

  /** Waits (bounded) until the MIG is stable and at least its target size of backends is healthy. */
  async waitUntilServing(opts: WaitServingOptions = {}): Promise<ServingStatus> {
    const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.status();
      if (s.stable && s.healthy >= s.targetSize) return s;
      if (Date.now() + (opts.pollMs ?? 10_000) > deadline) {
        throw new PsmlError(
          `${this.revision} is not serving after ${Math.round(timeoutMs / 1000)} s: group ${s.stable ? 'stable' : 'not stable'}, ${s.healthy}/${s.targetSize} backends healthy`,
          {
            resource: this.clients.instanceGroupManagers.ref(this.names.instanceGroupManager),
            hint: s.errors.some((e) => e.includes('ZONE_RESOURCE_POOL_EXHAUSTED'))
              ? 'the zones have no capacity for this machine/GPU: add zones to serving.zones or pick another machine type'
              : 'check the VMs\' serial console and container logs (health check path, port, model loading)',
            details: [...s.backends.map((b) => `${b.instance}: ${b.healthState}`), ...s.errors.slice(0, 10)],
          },
        );
      }
      await sleep(opts.pollMs ?? 10_000);
    }
  }

  /**
   * Promote: the URL map's default route (map default and path-matcher default) goes to this revision's backend
   * service. Read-modify-write with the fingerprint; a concurrent change (412) re-reads and re-applies.
   */
  async promote(): Promise<{ changed: boolean; previous?: string }> {
    const urlMaps = this.clients.urlMaps;
    const name = this.shared.urlMap;
    const service = urlMaps.backendUrl(this.exp, this.ctx);
    if (!(await this.clients.backendServices.find(this.names.backendService)))
      throw new PsmlError(`${this.revision} is not deployed: ${this.clients.backendServices.ref(this.names.backendService)} does not exist`, {
        resource: this.clients.backendServices.ref(this.names.backendService),
        hint: 'run `psml deploy apply` for this manifest first',
      });
    const map = await urlMaps.find(name);
    if (!map)
      throw new PsmlError(`${urlMaps.ref(name)} does not exist`, { resource: urlMaps.ref(name), hint: 'run `psml deploy apply` first: it creates the shared URL map' });
    let previous: string | undefined;
    const { changed } = await urlMaps.update(name, (cur) => {
      const matcher = cur.pathMatchers?.find((m) => m.name === PATH_MATCHER);
      previous = cur.defaultService ?? undefined;
      if (sameRef(cur.defaultService, service) && (!matcher || sameRef(matcher.defaultService, service))) return undefined;
      const next = structuredClone(cur);
      next.defaultService = service;
      for (const m of next.pathMatchers ?? []) if (m.name === PATH_MATCHER) m.defaultService = service;
      return next;
    });
    this.log(`${changed ? '~ promoted' : '= already default'} ${this.revision} → ${urlMaps.ref(name)}`);
    return { changed, previous: previous?.split('/').pop() };
  }

  /** `http://IP/<service>/v<major>.<minor>` through the shared forwarding rule, when it exists. */
  async url(): Promise<string | undefined> {
    const fr = await this.clients.forwardingRules.find(this.shared.forwardingRule);
    return fr?.IPAddress ? `http://${fr.IPAddress}${this.names.routePrefix}` : undefined;
  }

  /** Which backend service the URL map sends unmatched traffic to (the promoted revision). */
  async defaultBackend(): Promise<string | undefined> {
    const map = await this.clients.urlMaps.find(this.shared.urlMap);
    return map?.defaultService?.split('/').pop();
  }
}
