/** Autoscalers: scale a revision's managed instance group on CPU utilization between its min and max replicas. */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import { names, requireServing, revisionOwnership, sameRef, type SpecContext } from './spec-context.js';
import type { Autoscaler } from './types.js';

export class AutoscalerClient extends ResourceClient<Autoscaler> {
  readonly collection = 'autoscalers';
  protected readonly scopes: readonly ScopeKind[] = ['zone', 'region'];

  protected calls(): CollectionCalls<Autoscaler> {
    const client = this.location.zone ? this.clients.client('autoscalers') : this.clients.client('regionAutoscalers');
    // autoscalers have no fingerprint: PUT replaces the whole policy
    return gapicCalls<Autoscaler>(client, { name: 'autoscaler', resource: 'autoscalerResource' }, this.location, 'update');
  }

  ownerLabels(r: Autoscaler): Labels {
    return labelsFromDescription(r.description);
  }

  createSpecification(exp: Experiment, ctx: SpecContext): Autoscaler {
    const s = requireServing(exp);
    const n = names(exp);
    return {
      name: n.autoscaler,
      description: describeOwnership(revisionOwnership(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
      target: `${scopePath({ ...this.location, project: ctx.project })}/instanceGroupManagers/${n.instanceGroupManager}`,
      autoscalingPolicy: {
        minNumReplicas: s.replicas.min,
        maxNumReplicas: Math.max(s.replicas.max, s.replicas.min),
        coolDownPeriodSec: s.autoscaling.cooldownSeconds,
        cpuUtilization: { utilizationTarget: s.autoscaling.targetCpuUtilization },
        mode: 'ON',
      },
    };
  }

  override updateSpecification(exp: Experiment, ctx: SpecContext, current: Autoscaler): Autoscaler | undefined {
    const want = this.createSpecification(exp, ctx);
    const a = current.autoscalingPolicy;
    const b = want.autoscalingPolicy!;
    const same =
      sameRef(current.target, want.target) &&
      a?.minNumReplicas === b.minNumReplicas &&
      a?.maxNumReplicas === b.maxNumReplicas &&
      a?.coolDownPeriodSec === b.coolDownPeriodSec &&
      a?.cpuUtilization?.utilizationTarget === b.cpuUtilization?.utilizationTarget;
    return same ? undefined : { ...want, description: current.description ?? want.description };
  }
}
