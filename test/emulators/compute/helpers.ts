/** Official Compute Engine clients pointed at a fresh in-process emulator, plus small assertions on API errors. */
import { InstancesClient } from '@google-cloud/compute/build/src/v1/instances_client.js';
import { InstanceTemplatesClient } from '@google-cloud/compute/build/src/v1/instance_templates_client.js';
import { RegionInstanceTemplatesClient } from '@google-cloud/compute/build/src/v1/region_instance_templates_client.js';
import { InstanceGroupManagersClient } from '@google-cloud/compute/build/src/v1/instance_group_managers_client.js';
import { RegionInstanceGroupManagersClient } from '@google-cloud/compute/build/src/v1/region_instance_group_managers_client.js';
import { InstanceGroupsClient } from '@google-cloud/compute/build/src/v1/instance_groups_client.js';
import { RegionInstanceGroupsClient } from '@google-cloud/compute/build/src/v1/region_instance_groups_client.js';
import { AutoscalersClient } from '@google-cloud/compute/build/src/v1/autoscalers_client.js';
import { RegionAutoscalersClient } from '@google-cloud/compute/build/src/v1/region_autoscalers_client.js';
import { HealthChecksClient } from '@google-cloud/compute/build/src/v1/health_checks_client.js';
import { BackendServicesClient } from '@google-cloud/compute/build/src/v1/backend_services_client.js';
import { UrlMapsClient } from '@google-cloud/compute/build/src/v1/url_maps_client.js';
import { TargetHttpProxiesClient } from '@google-cloud/compute/build/src/v1/target_http_proxies_client.js';
import { GlobalForwardingRulesClient } from '@google-cloud/compute/build/src/v1/global_forwarding_rules_client.js';
import { FirewallsClient } from '@google-cloud/compute/build/src/v1/firewalls_client.js';
import { MachineTypesClient } from '@google-cloud/compute/build/src/v1/machine_types_client.js';
import { AcceleratorTypesClient } from '@google-cloud/compute/build/src/v1/accelerator_types_client.js';
import { ZoneOperationsClient } from '@google-cloud/compute/build/src/v1/zone_operations_client.js';
import { RegionOperationsClient } from '@google-cloud/compute/build/src/v1/region_operations_client.js';
import { GlobalOperationsClient } from '@google-cloud/compute/build/src/v1/global_operations_client.js';
import { expect } from 'vitest';
import { googleClientOptions } from '../../../shared/gcp/client-options.js';
import { apiErrorInfo } from '../../../shared/gcp/retry.js';
import { startComputeEmulator, type ComputeEmulator } from '../../../shared/emulators/compute/index.js';

export const project = 'psml-test';
export const zone = 'us-central1-a';
export const region = 'us-central1';

export function clients(url: string) {
  const o = googleClientOptions('compute', url);
  // each client parses the Compute descriptors when built (~0.2 s): build only the ones a test uses
  const lazy = <T>(make: () => T) => {
    let v: T | undefined;
    return () => (v ??= make());
  };
  const made = {
    instances: lazy(() => new InstancesClient(o)),
    templates: lazy(() => new InstanceTemplatesClient(o)),
    regionTemplates: lazy(() => new RegionInstanceTemplatesClient(o)),
    migs: lazy(() => new InstanceGroupManagersClient(o)),
    regionMigs: lazy(() => new RegionInstanceGroupManagersClient(o)),
    groups: lazy(() => new InstanceGroupsClient(o)),
    regionGroups: lazy(() => new RegionInstanceGroupsClient(o)),
    autoscalers: lazy(() => new AutoscalersClient(o)),
    regionAutoscalers: lazy(() => new RegionAutoscalersClient(o)),
    healthChecks: lazy(() => new HealthChecksClient(o)),
    backendServices: lazy(() => new BackendServicesClient(o)),
    urlMaps: lazy(() => new UrlMapsClient(o)),
    proxies: lazy(() => new TargetHttpProxiesClient(o)),
    forwardingRules: lazy(() => new GlobalForwardingRulesClient(o)),
    firewalls: lazy(() => new FirewallsClient(o)),
    machineTypes: lazy(() => new MachineTypesClient(o)),
    acceleratorTypes: lazy(() => new AcceleratorTypesClient(o)),
    zoneOps: lazy(() => new ZoneOperationsClient(o)),
    regionOps: lazy(() => new RegionOperationsClient(o)),
    globalOps: lazy(() => new GlobalOperationsClient(o)),
  };
  return {
    get instances() {
      return made.instances();
    },
    get templates() {
      return made.templates();
    },
    get regionTemplates() {
      return made.regionTemplates();
    },
    get migs() {
      return made.migs();
    },
    get regionMigs() {
      return made.regionMigs();
    },
    get groups() {
      return made.groups();
    },
    get regionGroups() {
      return made.regionGroups();
    },
    get autoscalers() {
      return made.autoscalers();
    },
    get regionAutoscalers() {
      return made.regionAutoscalers();
    },
    get healthChecks() {
      return made.healthChecks();
    },
    get backendServices() {
      return made.backendServices();
    },
    get urlMaps() {
      return made.urlMaps();
    },
    get proxies() {
      return made.proxies();
    },
    get forwardingRules() {
      return made.forwardingRules();
    },
    get firewalls() {
      return made.firewalls();
    },
    get machineTypes() {
      return made.machineTypes();
    },
    get acceleratorTypes() {
      return made.acceleratorTypes();
    },
    get zoneOps() {
      return made.zoneOps();
    },
    get regionOps() {
      return made.regionOps();
    },
    get globalOps() {
      return made.globalOps();
    },
  };
}
export type Clients = ReturnType<typeof clients>;

export async function emulator(): Promise<{ emu: ComputeEmulator; c: Clients }> {
  const emu = await startComputeEmulator({ checkResponses: true });
  return { emu, c: clients(emu.url) };
}

interface OpLike {
  name?: string | null;
  zone?: string | null;
  region?: string | null;
  status?: unknown;
  error?: { errors?: { code?: string | null; message?: string | null }[] | null } | null;
}

/** Waits for a mutation's operation on the right scope (what ResourceClient does), returning the DONE operation. */
export async function done(c: Clients, call: Promise<[{ latestResponse: unknown }, ...unknown[]]>): Promise<OpLike> {
  const [wrapper] = await call;
  let op = wrapper.latestResponse as OpLike;
  for (let i = 0; i < 10 && op.status !== 'DONE'; i++) {
    const name = op.name!;
    if (op.zone) [op] = (await c.zoneOps.wait({ project, zone: op.zone.split('/').at(-1)!, operation: name })) as unknown as [OpLike];
    else if (op.region) [op] = (await c.regionOps.wait({ project, region: op.region.split('/').at(-1)!, operation: name })) as unknown as [OpLike];
    else [op] = (await c.globalOps.wait({ project, operation: name })) as unknown as [OpLike];
  }
  expect(op.status).toBe('DONE');
  return op;
}

/** Waits and asserts the operation succeeded. */
export async function ok(c: Clients, call: Promise<[{ latestResponse: unknown }, ...unknown[]]>): Promise<OpLike> {
  const op = await done(c, call);
  expect(op.error?.errors ?? []).toEqual([]);
  return op;
}

/** The HTTP status, reason and message of a rejected call, parsed from Google's error body. */
export async function failure(p: Promise<unknown>): Promise<{ status?: number; reason?: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const info = apiErrorInfo(e);
    return { status: info.status, reason: info.reason, message: info.message };
  }
  throw new Error('expected the call to fail');
}

export const bootDisk = { boot: true, autoDelete: true, initializeParams: { sourceImage: 'projects/cos-cloud/global/images/family/cos-stable', diskSizeGb: 50 } };

export const instanceBody = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  machineType: `zones/${zone}/machineTypes/n1-standard-4`,
  disks: [bootDisk],
  networkInterfaces: [{ network: 'global/networks/default' }],
  ...extra,
});

export const templateBody = (name: string, props: Record<string, unknown> = {}) => ({
  name,
  properties: {
    machineType: 'n1-standard-4',
    disks: [bootDisk],
    networkInterfaces: [{ network: 'global/networks/default' }],
    labels: { 'managed-by': 'psml' },
    ...props,
  },
});

export const link = (rel: string) => `https://www.googleapis.com/compute/v1/projects/${project}/${rel}`;
