/**
 * The Compute Engine clients psml uses, built once per endpoint and cached.
 * Production: Application Default Credentials via `googleClientOptions('compute')`; tests, benchmarks and the demo:
 * `PSML_COMPUTE_ENDPOINT=http://127.0.0.1:PORT` (or an explicit endpoint) points the unmodified clients at the emulator.
 * Deep imports keep bundles small: the package root drags in every client and ~30 MB of protos.
 */
import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
import { InstanceTemplatesClient } from '@google-cloud/compute/build/src/v1/instance_templates_client.js';
import { InstanceGroupManagersClient } from '@google-cloud/compute/build/src/v1/instance_group_managers_client.js';
import { RegionInstanceGroupManagersClient } from '@google-cloud/compute/build/src/v1/region_instance_group_managers_client.js';
import { AutoscalersClient } from '@google-cloud/compute/build/src/v1/autoscalers_client.js';
import { RegionAutoscalersClient } from '@google-cloud/compute/build/src/v1/region_autoscalers_client.js';
import { HealthChecksClient } from '@google-cloud/compute/build/src/v1/health_checks_client.js';
import { BackendServicesClient } from '@google-cloud/compute/build/src/v1/backend_services_client.js';
import { UrlMapsClient } from '@google-cloud/compute/build/src/v1/url_maps_client.js';
import { TargetHttpProxiesClient } from '@google-cloud/compute/build/src/v1/target_http_proxies_client.js';
import { GlobalForwardingRulesClient } from '@google-cloud/compute/build/src/v1/global_forwarding_rules_client.js';
import { FirewallsClient } from '@google-cloud/compute/build/src/v1/firewalls_client.js';
import { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';
import { RegionOperationsClient } from '@google-cloud/compute/build/src/v1/region_operations_client.js';
import { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
import { endpointEnvVar, googleClientOptions, type GoogleClientOptions } from './client-options.js';

const constructors = {
  instances: InstancesClient,
  instanceTemplates: InstanceTemplatesClient,
  instanceGroupManagers: InstanceGroupManagersClient,
  regionInstanceGroupManagers: RegionInstanceGroupManagersClient,
  autoscalers: AutoscalersClient,
  regionAutoscalers: RegionAutoscalersClient,
  healthChecks: HealthChecksClient,
  backendServices: BackendServicesClient,
  urlMaps: UrlMapsClient,
  targetHttpProxies: TargetHttpProxiesClient,
  globalForwardingRules: GlobalForwardingRulesClient,
  firewalls: FirewallsClient,
  zoneOperations: ZoneOperationsClient,
  regionOperations: RegionOperationsClient,
  globalOperations: GlobalOperationsClient,
};

export type ComputeClientName = keyof typeof constructors;
type ClientOf<K extends ComputeClientName> = InstanceType<(typeof constructors)[K]>;

/** Lazily built official clients sharing one set of options (each client is created on first use only). */
export class ComputeClients {
  private readonly built = new Map<ComputeClientName, { close(): Promise<void> }>();

  constructor(readonly options: GoogleClientOptions = googleClientOptions('compute')) {}

  client<K extends ComputeClientName>(name: K): ClientOf<K> {
    let c = this.built.get(name);
    if (!c) {
      const Ctor = constructors[name] as unknown as new (opts: GoogleClientOptions) => ClientOf<K>;
      c = new Ctor(this.options);
      this.built.set(name, c);
    }
    return c as ClientOf<K>;
  }

  /** True when talking to a local endpoint rather than Google. */
  get local(): boolean {
    return this.options.apiEndpoint !== undefined;
  }

  async close(): Promise<void> {
    const all = [...this.built.values()];
    this.built.clear();
    await Promise.allSettled(all.map((c) => c.close()));
  }
}

const cache = new Map<string, ComputeClients>();

/**
 * The cached clients for `endpoint` (a URL), or for `PSML_COMPUTE_ENDPOINT`, or production when neither is set.
 * One set per endpoint, so tests against several emulators never share connections.
 */
export function computeClients(endpoint?: string): ComputeClients {
  const key = endpoint ?? process.env[endpointEnvVar('compute')] ?? '';
  let clients = cache.get(key);
  if (!clients) {
    clients = new ComputeClients(googleClientOptions('compute', endpoint));
    cache.set(key, clients);
  }
  return clients;
}

/** Closes and forgets every cached client set (end of a CLI command, test teardown). */
export async function closeComputeClients(): Promise<void> {
  const all = [...cache.values()];
  cache.clear();
  await Promise.allSettled(all.map((c) => c.close()));
}
