/**
 * Managed instance groups: the serving VMs of one revision, regional (spread over the serving zones) or zonal.
 * Autohealing restarts VMs that fail the revision's health check, after a delay long enough for GPU start-up.
 */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import {
  GPU_MIN_INITIAL_DELAY_SECONDS,
  names,
  requireServing,
  revisionOwnership,
  sameRef,
  type SpecContext,
} from './spec-context.js';
import type { InstanceGroupManager } from './types.js';

export const SERVING_PORT_NAME = 'http';

export class InstanceGroupManagerClient extends ResourceClient<InstanceGroupManager> {
  readonly collection = 'instanceGroupManagers';
  protected readonly scopes: readonly ScopeKind[] = ['zone', 'region'];

  protected calls(): CollectionCalls<InstanceGroupManager> {
    const client = this.location.zone
      ? this.clients.client('instanceGroupManagers')
      : this.clients.client('regionInstanceGroupManagers');
    return gapicCalls<InstanceGroupManager>(
      client,
      { name: 'instanceGroupManager', resource: 'instanceGroupManagerResource' },
      this.location,
      'patch',
    );
  }

  ownerLabels(r: InstanceGroupManager): Labels {
    return labelsFromDescription(r.description);
  }

  /** URL of the instance group the manager creates (same name, same scope): what backend services point at. */
  instanceGroupUrl(name: string): string {
    return `${scopePath(this.location)}/instanceGroups/${name}`;
  }

  createSpecification(exp: Experiment, ctx: SpecContext): InstanceGroupManager {
    const s = requireServing(exp);
    const n = names(exp);
    const global = scopePath({ project: ctx.project });
    return {
      name: n.instanceGroupManager,
      description: describeOwnership(revisionOwnership(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
      baseInstanceName: n.baseInstanceName,
      instanceTemplate: `${global}/instanceTemplates/${n.instanceTemplate}`,
      targetSize: s.replicas.min,
      namedPorts: [{ name: SERVING_PORT_NAME, port: s.port }],
      autoHealingPolicies: [
        {
          healthCheck: `${global}/healthChecks/${n.healthCheck}`,
          initialDelaySec: Math.max(s.initialDelaySeconds, s.gpu ? GPU_MIN_INITIAL_DELAY_SECONDS : 0),
        },
      ],
      ...(this.location.region && s.zones.length
        ? { distributionPolicy: { zones: s.zones.map((z) => ({ zone: `zones/${z}` })) } }
        : {}),
    };
  }

  /** Points the group at the revision's template and health policy; the size belongs to the autoscaler. */
  override updateSpecification(exp: Experiment, ctx: SpecContext, current: InstanceGroupManager): InstanceGroupManager | undefined {
    const want = this.createSpecification(exp, ctx);
    const policy = current.autoHealingPolicies?.[0];
    const wantPolicy = want.autoHealingPolicies![0]!;
    if (
      sameRef(current.instanceTemplate, want.instanceTemplate) &&
      sameRef(policy?.healthCheck, wantPolicy.healthCheck) &&
      policy?.initialDelaySec === wantPolicy.initialDelaySec
    )
      return undefined;
    return {
      name: current.name,
      fingerprint: current.fingerprint,
      instanceTemplate: want.instanceTemplate,
      autoHealingPolicies: want.autoHealingPolicies,
    };
  }
}
