/**
 * The serving plan: a pure function of the desired state (from the manifest) and the observed state (what the API
 * returned for each deterministic name). It lists one step per resource — create, update, keep, delete or blocked —
 * with the reason and the steps it must wait for, and renders as text, markdown (job summary) or JSON.
 */
import { ownedBy, type Labels } from '../compute/ownership.js';
import { isPsmlError } from '../errors.js';

/** The resources of a serving stack, per revision (actively deployed) or shared by all revisions (passively). */
export const STACK_KINDS = [
  'healthCheck',
  'firewall',
  'instanceTemplate',
  'instanceGroupManager',
  'autoscaler',
  'backendService',
  'urlMap',
  'targetHttpProxy',
  'forwardingRule',
] as const;
export type StackKind = (typeof STACK_KINDS)[number];
export type Tier = 'revision' | 'shared';

export const TIER: Record<StackKind, Tier> = {
  healthCheck: 'revision',
  firewall: 'revision',
  instanceTemplate: 'revision',
  instanceGroupManager: 'revision',
  autoscaler: 'revision',
  backendService: 'revision',
  urlMap: 'shared',
  targetHttpProxy: 'shared',
  forwardingRule: 'shared',
};

/** What each resource references, i.e. what must exist before it is created (and outlive it when deleting). */
export const REFERENCES: Record<StackKind, readonly StackKind[]> = {
  healthCheck: [],
  firewall: [],
  instanceTemplate: [],
  // the VMs need the health-check firewall to ever become healthy
  instanceGroupManager: ['instanceTemplate', 'healthCheck', 'firewall'],
  autoscaler: ['instanceGroupManager'],
  backendService: ['instanceGroupManager', 'healthCheck'],
  urlMap: ['backendService'],
  targetHttpProxy: ['urlMap'],
  forwardingRule: ['targetHttpProxy'],
};

export type Resource = { name?: string | null } & Record<string, unknown>;

/**
 * What one resource should be. `present`: exists and is up to date; `absent`: gone; `detach` (the shared URL map on
 * teardown): keeps existing without this revision's route; `unused` (shared proxy / forwarding rule on teardown
 * --all): deleted only when the URL map is deleted too.
 */
export interface DesiredResource {
  kind: StackKind;
  name: string;
  /** `instanceGroupManagers` or `us-central1/instanceGroupManagers` as shown to people. */
  ref: string;
  ensure: 'present' | 'absent' | 'detach' | 'unused';
  /** Labels that mark the resource as ours (checked before changing or deleting anything). */
  owner: Labels;
  ownerOf: (r: Resource) => Labels;
  /** present: the next state of an existing resource, or undefined when nothing changes (pure). */
  update?: (current: Resource) => Resource | undefined;
  /** present + immutable collections: why the existing resource cannot serve this revision, or undefined. */
  mismatch?: (current: Resource) => string | undefined;
  /** detach: the next state without this revision; undefined = nothing to remove; null = it would route to nothing. */
  detach?: (current: Resource) => Resource | undefined | null;
  /** Human words for an update (`add route /churn/v1.2`); default: the fields that change. */
  explain?: (current: Resource, next: Resource) => string;
}

export interface DesiredState {
  mode: 'deploy' | 'teardown';
  /** `churn 1.2` */
  revision: string;
  /** teardown: also remove the shared resources when no other revision uses them. */
  all?: boolean;
  resources: DesiredResource[];
}

/** The current resource of each kind (by its deterministic name), absent when it does not exist. */
export type ObservedState = Partial<Record<StackKind, Resource>>;

export type Action = 'create' | 'update' | 'keep' | 'delete' | 'blocked';

export interface PlanStep {
  kind: StackKind;
  name: string;
  ref: string;
  tier: Tier;
  action: Action;
  reason: string;
  /** Steps (kinds) that must finish before this one; only kinds with work to do are listed. */
  after: StackKind[];
  /** update: the state to write (not rendered). */
  next?: Resource;
}

export interface Plan {
  mode: DesiredState['mode'];
  revision: string;
  steps: PlanStep[];
}

const IGNORED_FIELDS = new Set(['fingerprint', 'name', 'description', 'kind', 'id', 'selfLink', 'creationTimestamp']);

/** Top-level fields whose values differ between `current` and `next` (for reasons). */
export function changedFields(current: Resource, next: Resource): string[] {
  return Object.keys(next)
    .filter((k) => !IGNORED_FIELDS.has(k))
    .filter((k) => JSON.stringify(normalizeRefs(current[k])) !== JSON.stringify(normalizeRefs(next[k])))
    .sort();
}

/** References compare by path: `https://…/compute/v1/projects/p/x` = `projects/p/x`. */
function normalizeRefs(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
  if (Array.isArray(v)) return v.map(normalizeRefs);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalizeRefs(x)]));
  return v;
}

const guard = <T>(fn: () => T): T | { error: string } => {
  try {
    return fn();
  } catch (e) {
    if (isPsmlError(e)) return { error: e.oneLine() };
    throw e;
  }
};
const isGuardError = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v && Object.keys(v).length === 1;

function decide(d: DesiredResource, cur: Resource | undefined, all: boolean): Pick<PlanStep, 'action' | 'reason' | 'next'> {
  const owned = cur ? ownedBy(d.ownerOf(cur), d.owner) : false;
  const notOurs = () => `exists but does not carry the ownership labels ${Object.entries(d.owner).map(([k, v]) => `${k}=${v}`).join(', ')}: delete or rename the other resource`;
  switch (d.ensure) {
    case 'present': {
      if (!cur) return { action: 'create', reason: 'does not exist' };
      if (!owned) return { action: 'blocked', reason: notOurs() };
      const mismatch = d.mismatch?.(cur);
      if (mismatch)
        return {
          action: 'blocked',
          reason: `${mismatch}; instance templates are immutable: bump the version (a new revision gets a new template) instead of editing this one`,
        };
      const next = d.update ? guard(() => d.update!(cur)) : undefined;
      if (isGuardError(next)) return { action: 'blocked', reason: next.error };
      if (next === undefined) return { action: 'keep', reason: 'up to date' };
      const why = d.explain?.(cur, next) ?? `${changedFields(cur, next).join(', ') || 'settings'} changed`;
      return { action: 'update', reason: why, next };
    }
    case 'absent':
      if (!cur) return { action: 'keep', reason: 'already absent' };
      if (!owned) return { action: 'keep', reason: 'exists but is not this revision\'s: left alone' };
      return { action: 'delete', reason: 'belongs to this revision' };
    case 'detach': {
      if (!cur) return { action: 'keep', reason: 'does not exist' };
      if (!owned) return { action: 'keep', reason: 'is not psml\'s: left alone' };
      const next = d.detach!(cur);
      if (next === undefined) return { action: 'keep', reason: 'has no route to this revision' };
      if (next === null)
        return all
          ? { action: 'delete', reason: 'routes only to this revision (--all)' }
          : {
              action: 'blocked',
              reason: 'routes only to this revision and cannot route to nothing: tear down with --all to remove the shared load balancer too',
            };
      return { action: 'update', reason: d.explain?.(cur, next) ?? 'remove this revision\'s route', next };
    }
    case 'unused':
      // decided after the URL map (see plan)
      if (!cur) return { action: 'keep', reason: 'does not exist' };
      return { action: 'keep', reason: owned ? 'shared by other revisions' : 'is not psml\'s: left alone' };
  }
}

/** The plan (pure): one step per desired resource, with ordering edges derived from references. */
export function plan(desired: DesiredState, observed: ObservedState): Plan {
  const all = desired.all ?? false;
  const steps: PlanStep[] = desired.resources.map((d) => ({
    kind: d.kind,
    name: d.name,
    ref: d.ref,
    tier: TIER[d.kind],
    ...decide(d, observed[d.kind], all),
    after: [],
  }));
  const byKind = new Map(steps.map((s) => [s.kind, s]));
  // shared proxy and forwarding rule go only together with the URL map they front
  if (byKind.get('urlMap')?.action === 'delete') {
    for (const d of desired.resources) {
      const s = byKind.get(d.kind)!;
      const cur = observed[d.kind];
      if (d.ensure === 'unused' && cur && ownedBy(d.ownerOf(cur), d.owner)) {
        s.action = 'delete';
        s.reason = 'fronts the URL map that is being removed (--all)';
      }
    }
  }
  const work = (k: StackKind) => {
    const a = byKind.get(k)?.action;
    return a === 'create' || a === 'update' || a === 'delete';
  };
  for (const s of steps) {
    if (s.action === 'keep' || s.action === 'blocked') continue;
    if (s.action === 'delete' || (desired.mode === 'teardown' && s.kind === 'urlMap')) {
      // undo in reverse: wait for everything that references this resource to let go of it
      s.after = STACK_KINDS.filter((k) => REFERENCES[k].includes(s.kind) && work(k));
    } else {
      s.after = REFERENCES[s.kind].filter(work);
    }
  }
  return { mode: desired.mode, revision: desired.revision, steps };
}

export const hasChanges = (p: Plan): boolean => p.steps.some((s) => s.action !== 'keep');
export const blockedSteps = (p: Plan): PlanStep[] => p.steps.filter((s) => s.action === 'blocked');

export function planCounts(p: Plan): Record<Action, number> {
  const out: Record<Action, number> = { create: 0, update: 0, keep: 0, delete: 0, blocked: 0 };
  for (const s of p.steps) out[s.action]++;
  return out;
}

const SYMBOL: Record<Action, string> = { create: '+', update: '~', keep: '=', delete: '-', blocked: '!' };

function summaryLine(p: Plan): string {
  const c = planCounts(p);
  const parts = (['create', 'update', 'delete', 'keep', 'blocked'] as const).filter((a) => c[a]).map((a) => `${c[a]} to ${a}`);
  if (p.mode !== 'deploy' && !c.delete && !c.blocked) return `Teardown ${p.revision}: nothing to remove (${c.keep} kept or already absent)`;
  return `${p.mode === 'deploy' ? 'Deploy' : 'Teardown'} ${p.revision}: ${parts.join(', ') || 'nothing'}`;
}

export function renderPlanText(p: Plan): string {
  const width = Math.max(...p.steps.map((s) => s.ref.length), 10);
  const lines = p.steps.map(
    (s) => `  ${SYMBOL[s.action]} ${s.action.padEnd(7)} ${s.ref.padEnd(width)}  ${s.reason}${s.after.length ? ` (after ${s.after.join(', ')})` : ''}`,
  );
  return [summaryLine(p), ...lines].join('\n') + '\n';
}

export function renderPlanMarkdown(p: Plan): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `### psml ${p.mode}: ${esc(p.revision)}`,
    '',
    summaryLine(p),
    '',
    '| | Action | Resource | Tier | Reason | After |',
    '|---|---|---|---|---|---|',
    ...p.steps.map((s) => `| ${SYMBOL[s.action]} | ${s.action} | \`${esc(s.ref)}\` | ${s.tier} | ${esc(s.reason)} | ${s.after.join(', ')} |`),
    '',
  ].join('\n');
}

export function planJson(p: Plan): unknown {
  return {
    mode: p.mode,
    revision: p.revision,
    counts: planCounts(p),
    steps: p.steps.map(({ next: _next, ...s }) => s),
  };
}

export type PlanFormat = 'text' | 'markdown' | 'json';

export function renderPlan(p: Plan, format: PlanFormat): string {
  if (format === 'json') return `${JSON.stringify(planJson(p), null, 2)}\n`;
  if (format === 'markdown') return renderPlanMarkdown(p);
  return renderPlanText(p);
}
