/** Backend services: the load balancer's view of one revision — its instance group, health check and port name. */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, scopePath, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import { SERVING_PORT_NAME } from './instance-group-manager.js';
import { names, requireServing, revisionOwnership, sameRef, type SpecContext } from './spec-context.js';
import type { BackendService } from './types.js';

export class BackendServiceClient extends ResourceClient<BackendService> {
  readonly collection = 'backendServices';
  protected readonly scopes: readonly ScopeKind[] = ['global'];

  protected calls(): CollectionCalls<BackendService> {
    return gapicCalls<BackendService>(this.clients.client('backendServices'), { name: 'backendService', resource: 'backendServiceResource' }, this.location, 'patch');
  }

  ownerLabels(r: BackendService): Labels {
    return labelsFromDescription(r.description);
  }

  /** Serves the regional instance group of the revision (in `serving.region`). */
  createSpecification(exp: Experiment, ctx: SpecContext): BackendService {
    const s = requireServing(exp);
    const n = names(exp);
    return {
      name: n.backendService,
      description: describeOwnership(revisionOwnership(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
      protocol: 'HTTP',
      portName: SERVING_PORT_NAME,
      loadBalancingScheme: 'EXTERNAL_MANAGED',
      timeoutSec: 60,
      healthChecks: [`${scopePath({ project: ctx.project })}/healthChecks/${n.healthCheck}`],
      backends: [
        {
          group: `${scopePath({ project: ctx.project, region: s.region })}/instanceGroups/${n.instanceGroupManager}`,
          balancingMode: 'UTILIZATION',
          maxUtilization: 0.8,
          capacityScaler: 1,
        },
      ],
    };
  }

  override updateSpecification(exp: Experiment, ctx: SpecContext, current: BackendService): BackendService | undefined {
    const want = this.createSpecification(exp, ctx);
    const same =
      current.backends?.length === 1 &&
      sameRef(current.backends[0]?.group, want.backends![0]!.group) &&
      sameRef(current.healthChecks?.[0], want.healthChecks![0]) &&
      current.portName === want.portName;
    if (same) return undefined;
    return { name: current.name, fingerprint: current.fingerprint, backends: want.backends, healthChecks: want.healthChecks, portName: want.portName };
  }
}
