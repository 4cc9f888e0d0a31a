/**
 * The serving plan is a pure function of (desired, observed): no emulator here. Observed states are built from the
 * same specifications the clients would send, then made partial, drifted or foreign.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComputeClients } from '../../shared/gcp/compute-clients.js';
import { ServingEndpoint } from '../../shared/stacks/serving-endpoint.js';
import {
  REFERENCES,
  STACK_KINDS,
  plan,
  planCounts,
  renderPlan,
  type ObservedState,
  type Resource,
  type StackKind,
} from '../../shared/stacks/serving-plan.js';
import { topologicalOrder } from '../../shared/stacks/graph.js';
import { PROJECT, experiment } from './fixtures.js';

// specifications and plans are pure: these clients are never called
const clients = new ComputeClients({ fallback: true, apiEndpoint: '127.0.0.1', port: 9, protocol: 'http' });
const endpoint = (o: Parameters<typeof experiment>[0] = {}) => new ServingEndpoint(experiment(o), { project: PROJECT, clients });

/** What the API would return once everything of `ep` exists (the specifications themselves, with fingerprints). */
function complete(ep: ServingEndpoint): ObservedState {
  const c = ep.clients;
  const spec = (k: StackKind): Resource => {
    const client = {
      healthCheck: c.healthChecks,
      firewall: c.firewalls,
      instanceTemplate: c.instanceTemplates,
      instanceGroupManager: c.instanceGroupManagers,
      autoscaler: c.autoscalers,
      backendService: c.backendServices,
      urlMap: c.urlMaps,
      targetHttpProxy: c.targetHttpProxies,
      forwardingRule: c.forwardingRules,
    }[k];
    return { ...(client.createSpecification(ep.exp, ep.ctx) as Resource), fingerprint: 'abc=' };
  };
  return Object.fromEntries(STACK_KINDS.map((k) => [k, spec(k)])) as ObservedState;
}

const step = (p: ReturnType<typeof plan>, k: StackKind) => p.steps.find((s) => s.kind === k)!;

describe('deploy plan', () => {
  it('creates everything, in reference order, when nothing exists', () => {
    const ep = endpoint();
    const p = plan(ep.desiredDeploy(), {});
    expect(p.steps.map((s) => s.action)).toEqual(STACK_KINDS.map(() => 'create'));
    expect(step(p, 'instanceGroupManager').after.sort()).toEqual(['firewall', 'healthCheck', 'instanceTemplate']);
    expect(step(p, 'backendService').after.sort()).toEqual(['healthCheck', 'instanceGroupManager']);
    expect(step(p, 'urlMap').after).toEqual(['backendService']);
    expect(step(p, 'forwardingRule').after).toEqual(['targetHttpProxy']);
    expect(step(p, 'urlMap').tier).toBe('shared');
    expect(step(p, 'autoscaler').tier).toBe('revision');
  });

  it('keeps everything when the complete stack is up to date (a re-run is a no-op)', () => {
    const ep = endpoint();
    const p = plan(ep.desiredDeploy(), complete(ep));
    expect(planCounts(p)).toMatchObject({ keep: STACK_KINDS.length, create: 0, update: 0, delete: 0, blocked: 0 });
    expect(p.steps.every((s) => s.after.length === 0)).toBe(true);
  });

  it('for any partial state creates exactly the missing resources and orders only real work', () => {
    const ep = endpoint();
    const full = complete(ep);
    fc.assert(
      fc.property(fc.subarray([...STACK_KINDS]), (present) => {
        const observed: ObservedState = Object.fromEntries(present.map((k) => [k, full[k]]));
        const p = plan(ep.desiredDeploy(), observed);
        for (const s of p.steps) {
          expect(s.action).toBe(present.includes(s.kind) ? 'keep' : 'create');
          // waits only for references that are themselves created
          expect(s.after.every((d) => REFERENCES[s.kind].includes(d) && !present.includes(d))).toBe(true);
          if (s.action === 'create') expect(s.after.sort()).toEqual(REFERENCES[s.kind].filter((d) => !present.includes(d)).sort());
        }
        // the executor can order it
        expect(() => topologicalOrder(p.steps.map((s) => ({ id: s.kind, after: s.after, run: async () => {} })))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('updates drifted mutable resources with the fields that changed', () => {
    const ep = endpoint({ max: 5 });
    const observed = complete(endpoint({ max: 3 }));
    const p = plan(ep.desiredDeploy(), observed);
    expect(step(p, 'autoscaler')).toMatchObject({ action: 'update', reason: expect.stringContaining('autoscalingPolicy') });
    expect(step(p, 'autoscaler').next?.autoscalingPolicy).toMatchObject({ maxNumReplicas: 5 });
    expect(planCounts(p)).toMatchObject({ update: 1, keep: STACK_KINDS.length - 1 });
  });

  it('adds the route of a new revision to an existing shared URL map', () => {
    const other = complete(endpoint({ minor: 1 }));
    const ep = endpoint({ minor: 2 });
    const p = plan(ep.desiredDeploy(), { urlMap: other.urlMap, targetHttpProxy: other.targetHttpProxy, forwardingRule: other.forwardingRule });
    expect(step(p, 'urlMap')).toMatchObject({ action: 'update', reason: 'add route /churn/v1.2/* → churn-v1-2-be', after: ['backendService'] });
    expect(step(p, 'targetHttpProxy').action).toBe('keep');
    const rules = (step(p, 'urlMap').next as { pathMatchers: { pathRules: { paths: string[] }[] }[] }).pathMatchers[0]!.pathRules;
    expect(rules.map((r) => r.paths[0])).toEqual(['/churn/v1.1', '/churn/v1.2']);
  });

  it('never edits a template in place: a changed image blocks with a hint to bump the version', () => {
    const observed = complete(endpoint({ image: 'us-central1-docker.pkg.dev/psml-test/psml/churn:old' }));
    const p = plan(endpoint().desiredDeploy(), observed);
    const t = step(p, 'instanceTemplate');
    expect(t.action).toBe('blocked');
    expect(t.reason).toMatch(/startup script/);
    expect(t.reason).toMatch(/bump the version/);
  });

  it('blocks on a resource with our name that is not ours', () => {
    const observed = complete(endpoint());
    observed.healthCheck = { ...observed.healthCheck!, description: 'made by hand' };
    const p = plan(endpoint().desiredDeploy(), observed);
    expect(step(p, 'healthCheck')).toMatchObject({ action: 'blocked', reason: expect.stringContaining('ownership labels') });
  });

  it('renders text, markdown and JSON with every step and reason', () => {
    const ep = endpoint();
    const p = plan(ep.desiredDeploy(), { healthCheck: complete(ep).healthCheck });
    const text = renderPlan(p, 'text');
    expect(text).toMatch(/^Deploy churn 1\.2: 8 to create, 1 to keep/);
    expect(text).toMatch(/\+ create\s+us-central1\/instanceGroupManagers\/churn-v1-2-mig\s+does not exist \(after instanceTemplate, firewall\)/);
    expect(text).toMatch(/= keep\s+healthChecks\/churn-v1-2-hc\s+up to date/);
    const md = renderPlan(p, 'markdown');
    expect(md).toContain('| + | create | `backendServices/churn-v1-2-be` | revision | does not exist | instanceGroupManager |');
    const json = JSON.parse(renderPlan(p, 'json')) as { counts: Record<string, number>; steps: { kind: string; next?: unknown }[] };
    expect(json.counts).toMatchObject({ create: 8, keep: 1 });
    expect(json.steps).toHaveLength(STACK_KINDS.length);
  });
});

describe('teardown plan', () => {
  it('deletes the revision in reverse order and only detaches its route while other revisions remain', () => {
    const ours = complete(endpoint({ minor: 2 }));
    const other = endpoint({ minor: 1 });
    // the shared map routes to both revisions
    const both = other.clients.urlMaps.updateSpecification(endpoint({ minor: 2 }).exp, other.ctx, complete(other).urlMap as never)!;
    const p = plan(endpoint({ minor: 2 }).desiredTeardown(), { ...ours, urlMap: both as Resource });
    expect(step(p, 'urlMap')).toMatchObject({ action: 'update', reason: 'remove route /churn/v1.2/*' });
    expect(step(p, 'targetHttpProxy').action).toBe('keep');
    expect(step(p, 'forwardingRule').action).toBe('keep');
    expect(step(p, 'backendService')).toMatchObject({ action: 'delete', after: ['urlMap'] });
    expect(step(p, 'autoscaler')).toMatchObject({ action: 'delete', after: [] });
    expect(step(p, 'instanceGroupManager').after.sort()).toEqual(['autoscaler', 'backendService']);
    expect(step(p, 'instanceTemplate').after).toEqual(['instanceGroupManager']);
    expect(step(p, 'healthCheck').after.sort()).toEqual(['backendService', 'instanceGroupManager']);
    const order = topologicalOrder(p.steps.filter((s) => s.action !== 'keep').map((s) => ({ id: s.kind, after: s.after, run: async () => {} })));
    expect(order.indexOf('urlMap')).toBeLessThan(order.indexOf('backendService'));
    expect(order.indexOf('backendService')).toBeLessThan(order.indexOf('instanceGroupManager'));
    expect(order.indexOf('instanceGroupManager')).toBeLessThan(order.indexOf('instanceTemplate'));
  });

  it('blocks the last revision without --all, and removes the shared load balancer with it', () => {
    const ep = endpoint();
    const observed = complete(ep);
    const blocked = plan(ep.desiredTeardown(false), observed);
    expect(step(blocked, 'urlMap')).toMatchObject({ action: 'blocked', reason: expect.stringContaining('--all') });
    const all = plan(ep.desiredTeardown(true), observed);
    expect(planCounts(all)).toMatchObject({ delete: STACK_KINDS.length });
    expect(step(all, 'forwardingRule').after).toEqual([]);
    expect(step(all, 'targetHttpProxy').after).toEqual(['forwardingRule']);
    expect(step(all, 'urlMap').after).toEqual(['targetHttpProxy']);
  });

  it('is all keep when nothing is left, and leaves foreign resources alone', () => {
    const ep = endpoint();
    const nothing = plan(ep.desiredTeardown(true), {});
    expect(planCounts(nothing)).toMatchObject({ keep: STACK_KINDS.length });
    expect(renderPlan(nothing, 'text')).toMatch(new RegExp(`^Teardown churn 1\\.2: nothing to remove \\(${STACK_KINDS.length} kept or already absent\\)`));
    const foreign = { ...complete(ep).healthCheck!, description: 'someone else' };
    expect(step(plan(ep.desiredTeardown(), { healthCheck: foreign }), 'healthCheck')).toMatchObject({ action: 'keep', reason: expect.stringContaining('left alone') });
  });
});
