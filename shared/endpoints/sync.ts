/**
 * The Cloud Endpoints step of the serving stack: read what the shared URL map routes now (and the load balancer's
 * IP), build the OpenAPI document (pure, shared/endpoints/openapi.ts) and, when asked, publish it (submit + rollout,
 * shared/endpoints/service-config.ts). Runs after every URL-map change: deploy apply, promote, teardown.
 */
import { GlobalForwardingRuleClient, UrlMapClient, sharedNames, type ResourceClientOptions, type SharedNames } from '../compute/index.js';
import { computeClients, type ComputeClients } from '../gcp/compute-clients.js';
import type { RetryOptions } from '../gcp/retry.js';
import { endpointsServiceName, openApiDocument, renderOpenApi, routesFromUrlMap, type OpenApiDocument, type OpenApiFormat, type RoutedRevision } from './openapi.js';
import { EndpointsConfig, type PublishResult } from './service-config.js';

export interface EndpointsTarget {
  project: string;
  /** Endpoints service short name (psml.yaml `endpoints.service`). */
  service: string;
  /** Compute clients (default: cached for `computeEndpoint` / PSML_COMPUTE_ENDPOINT, else production). */
  compute?: ComputeClients;
  computeEndpoint?: string;
  resourceOptions?: ResourceClientOptions;
  /** Names of the shared load-balancer resources when not psml's defaults. */
  shared?: Partial<SharedNames>;
}

export interface EndpointsDocument {
  serviceName: string;
  revisions: RoutedRevision[];
  promoted?: RoutedRevision;
  document: OpenApiDocument;
}

/** The document for what the URL map routes right now (reads the URL map and the forwarding rule). */
export async function currentOpenApi(t: EndpointsTarget): Promise<EndpointsDocument> {
  const clients = t.compute ?? computeClients(t.computeEndpoint);
  const names = sharedNames({ project: t.project, shared: t.shared });
  const location = { project: t.project };
  const [map, rule] = await Promise.all([
    new UrlMapClient(clients, location, t.resourceOptions).find(names.urlMap),
    new GlobalForwardingRuleClient(clients, location, t.resourceOptions).find(names.forwardingRule),
  ]);
  const routes = routesFromUrlMap(map);
  const document = openApiDocument({ service: t.service, project: t.project, revisions: routes.revisions, promoted: routes.promoted, target: rule?.IPAddress ?? undefined });
  return { serviceName: endpointsServiceName(t.service, t.project), ...routes, document };
}

export interface PublishTarget extends EndpointsTarget {
  /** A local Service Management endpoint (default PSML_SERVICEMANAGEMENT_ENDPOINT, else production). */
  servicemanagementEndpoint?: string;
  /** Create the Endpoints service when missing (default true). */
  createService?: boolean;
  retry?: RetryOptions;
  log?: (line: string) => void;
}

/** Builds the document for the current routes and publishes it (idempotent). */
export async function syncEndpoints(t: PublishTarget): Promise<EndpointsDocument & { text: string; result: PublishResult }> {
  const current = await currentOpenApi(t);
  const text = renderOpenApi(current.document, 'yaml');
  const config = new EndpointsConfig(current.serviceName, {
    project: t.project,
    endpoint: t.servicemanagementEndpoint,
    createService: t.createService,
    retry: t.retry,
    log: t.log,
  });
  try {
    return { ...current, text, result: await config.publish(text) };
  } finally {
    await config.close();
  }
}

export { renderOpenApi, type OpenApiFormat };
