/** The global forwarding rule: shared, created once; the public HTTP entry (port 80) of every revision. */
import { PsmlError } from '../errors.js';
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import type { Labels } from './ownership.js';
import { sameRef, sharedNames, sharedOwnership, type SpecContext } from './spec-context.js';
import type { ForwardingRule } from './types.js';

export class GlobalForwardingRuleClient extends ResourceClient<ForwardingRule> {
  readonly collection = 'forwardingRules';
  protected readonly scopes: readonly ScopeKind[] = ['global'];
  protected override readonly labelled = true;

  protected calls(): CollectionCalls<ForwardingRule> {
    return gapicCalls<ForwardingRule>(this.clients.client('globalForwardingRules'), { name: 'forwardingRule', resource: 'forwardingRuleResource' }, this.location, 'patch');
  }

  ownerLabels(r: ForwardingRule): Labels {
    return { ...r.labels };
  }

  createSpecification(_exp: Experiment, ctx: SpecContext): ForwardingRule {
    const n = sharedNames(ctx);
    return {
      name: n.forwardingRule,
      description: 'psml serving entry point',
      labels: sharedOwnership(),
      target: `${scopePath({ project: ctx.project })}/targetHttpProxies/${n.targetHttpProxy}`,
      IPProtocol: 'TCP',
      portRange: '80-80', // the API's own form of a single port (it answers "80" with "80-80")
      loadBalancingScheme: 'EXTERNAL_MANAGED',
      networkTier: 'PREMIUM',
    };
  }

  /** Static once created (seed 003): a different target would need setTarget, which psml never does. */
  override updateSpecification(exp: Experiment, ctx: SpecContext, current: ForwardingRule): ForwardingRule | undefined {
    const want = this.createSpecification(exp, ctx);
    if (!sameRef(current.target, want.target))
      throw new PsmlError(`forwarding rule ${current.name} targets ${current.target}, not ${want.target}`, {
        resource: this.ref(current.name ?? ''),
        hint: 'the shared forwarding rule was changed outside psml: point it back at the psml proxy or delete it',
      });
    return undefined;
  }
}
