/** One client per Compute Engine resource over a common base (seed 000: paystone.compute.clients). */
import { computeClients, type ComputeClients } from '../gcp/compute-clients.js';
import { AutoscalerClient } from './autoscaler.js';
import { BackendServiceClient } from './backend-service.js';
import { FirewallClient } from './firewall.js';
import { GlobalForwardingRuleClient } from './global-forwarding-rule.js';
import { HealthCheckClient } from './health-check.js';
import { InstanceClient } from './instance.js';
import { InstanceGroupManagerClient } from './instance-group-manager.js';
import { InstanceTemplateClient } from './instance-template.js';
import type { ResourceClientOptions } from './resource-client.js';
import { TargetHttpProxyClient } from './target-http-proxy.js';
import { UrlMapClient } from './url-map.js';

export * from './resource-client.js';
export * from './ownership.js';
export * from './spec-context.js';
export * from './startup-script.js';
export type * from './types.js';
export {
  AutoscalerClient,
  BackendServiceClient,
  FirewallClient,
  GlobalForwardingRuleClient,
  HealthCheckClient,
  InstanceClient,
  InstanceGroupManagerClient,
  InstanceTemplateClient,
  TargetHttpProxyClient,
  UrlMapClient,
};

/**
 * The clients of a serving stack in `project`, with the regional ones (MIG, autoscaler) in `region`.
 * `clients` defaults to the cached set for PSML_COMPUTE_ENDPOINT (or production).
 */
export function servingClients(project: string, region: string, opts: ResourceClientOptions = {}, clients: ComputeClients = computeClients()) {
  const global = { project };
  const regional = { project, region };
  return {
    instanceTemplates: new InstanceTemplateClient(clients, global, opts),
    instanceGroupManagers: new InstanceGroupManagerClient(clients, regional, opts),
    autoscalers: new AutoscalerClient(clients, regional, opts),
    healthChecks: new HealthCheckClient(clients, global, opts),
    backendServices: new BackendServiceClient(clients, global, opts),
    firewalls: new FirewallClient(clients, global, opts),
    urlMaps: new UrlMapClient(clients, global, opts),
    targetHttpProxies: new TargetHttpProxyClient(clients, global, opts),
    forwardingRules: new GlobalForwardingRuleClient(clients, global, opts),
  };
}

/** The instance client of a training job in `zone`. */
export function trainingInstances(project: string, zone: string, opts: ResourceClientOptions = {}, clients: ComputeClients = computeClients()) {
  return new InstanceClient(clients, { project, zone }, opts);
}
