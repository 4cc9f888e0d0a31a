/** Health checks: HTTP on the revision's container port and health path; used by autohealing and the load balancer. */
import type { Experiment } from '../manifest/experiment.js';
import { ResourceClient, gapicCalls, type CollectionCalls, type ScopeKind } from './resource-client.js';
import { describeOwnership, labelsFromDescription, type Labels } from './ownership.js';
import { names, requireServing, revisionOwnership, type SpecContext } from './spec-context.js';
import type { HealthCheck } from './types.js';

export class HealthCheckClient extends ResourceClient<HealthCheck> {
  readonly collection = 'healthChecks';
  protected readonly scopes: readonly ScopeKind[] = ['global'];

  protected calls(): CollectionCalls<HealthCheck> {
    return gapicCalls<HealthCheck>(this.clients.client('healthChecks'), { name: 'healthCheck', resource: 'healthCheckResource' }, this.location, 'update');
  }

  ownerLabels(r: HealthCheck): Labels {
    return labelsFromDescription(r.description);
  }

  createSpecification(exp: Experiment, _ctx: SpecContext): HealthCheck {
    const s = requireServing(exp);
    return {
      name: names(exp).healthCheck,
      description: describeOwnership(revisionOwnership(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
      type: 'HTTP',
      httpHealthCheck: { port: s.port, requestPath: s.healthCheckPath },
      checkIntervalSec: 10,
      timeoutSec: 5,
      healthyThreshold: 2,
      unhealthyThreshold: 3,
    };
  }

  override updateSpecification(exp: Experiment, ctx: SpecContext, current: HealthCheck): HealthCheck | undefined {
    const want = this.createSpecification(exp, ctx);
    const same =
      current.type === want.type &&
      current.httpHealthCheck?.port === want.httpHealthCheck?.port &&
      current.httpHealthCheck?.requestPath === want.httpHealthCheck?.requestPath;
    return same ? undefined : { ...want, description: current.description ?? want.description };
  }
}
