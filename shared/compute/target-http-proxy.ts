/** The target HTTP proxy: shared, created once, points the forwarding rule at the shared URL map. */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import { sameRef, sharedNames, sharedOwnership, type SpecContext } from './spec-context.js';
import type { TargetHttpProxy } from './types.js';

export class TargetHttpProxyClient extends ResourceClient<TargetHttpProxy> {
  readonly collection = 'targetHttpProxies';
  protected readonly scopes: readonly ScopeKind[] = ['global'];

  protected calls(): CollectionCalls<TargetHttpProxy> {
    return gapicCalls<TargetHttpProxy>(this.clients.client('targetHttpProxies'), { name: 'targetHttpProxy', resource: 'targetHttpProxyResource' }, this.location, 'patch');
  }

  ownerLabels(r: TargetHttpProxy): Labels {
    return labelsFromDescription(r.description);
  }

  createSpecification(_exp: Experiment, ctx: SpecContext): TargetHttpProxy {
    const n = sharedNames(ctx);
    return {
      name: n.targetHttpProxy,
      description: describeOwnership(sharedOwnership(), 'psml serving proxy'),
      urlMap: `${scopePath({ project: ctx.project })}/urlMaps/${n.urlMap}`,
    };
  }

  override updateSpecification(exp: Experiment, ctx: SpecContext, current: TargetHttpProxy): TargetHttpProxy | undefined {
    const want = this.createSpecification(exp, ctx);
    return sameRef(current.urlMap, want.urlMap) ? undefined : { name: current.name, fingerprint: current.fingerprint, urlMap: want.urlMap };
  }
}
