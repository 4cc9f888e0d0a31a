/**
 * Firewall rules: let Google's health checkers and load-balancer proxies (35.191.0.0/16, 130.211.0.0/22) reach a
 * revision's serving port on the VMs tagged with the revision — without it every VM is unhealthy.
 */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import {
  DEFAULT_NETWORK,
  HEALTH_CHECK_RANGES,
  firewallName,
  networkTag,
  requireServing,
  revisionOwnership,
  type SpecContext,
} from './spec-context.js';
import type { Firewall } from './types.js';

export class FirewallClient extends ResourceClient<Firewall> {
  readonly collection = 'firewalls';
  protected readonly scopes: readonly ScopeKind[] = ['global'];

  protected calls(): CollectionCalls<Firewall> {
    return gapicCalls<Firewall>(this.clients.client('firewalls'), { name: 'firewall', resource: 'firewallResource' }, this.location, 'update');
  }

  ownerLabels(r: Firewall): Labels {
    return labelsFromDescription(r.description);
  }

  createSpecification(exp: Experiment, ctx: SpecContext): Firewall {
    const s = requireServing(exp);
    return {
      name: firewallName(exp),
      description: describeOwnership(revisionOwnership(exp), `psml health checks for ${exp.service} ${exp.version.major}.${exp.version.minor}`),
      network: ctx.network ?? DEFAULT_NETWORK,
      direction: 'INGRESS',
      priority: 1000,
      sourceRanges: [...HEALTH_CHECK_RANGES],
      targetTags: [networkTag(exp)],
      allowed: [{ IPProtocol: 'tcp', ports: [String(s.port)] }],
    };
  }

  override updateSpecification(exp: Experiment, ctx: SpecContext, current: Firewall): Firewall | undefined {
    const want = this.createSpecification(exp, ctx);
    const key = (f: Firewall) =>
      JSON.stringify([f.direction, [...(f.sourceRanges ?? [])].sort(), f.targetTags, f.allowed?.map((a) => [a.IPProtocol, a.ports])]);
    return key(current) === key(want) ? undefined : { ...want, description: current.description ?? want.description };
  }
}
