/**
 * One place that decides where Google clients talk: production uses Application Default Credentials and the real
 * endpoint; `PSML_<API>_ENDPOINT=http://127.0.0.1:PORT` points the unmodified official client at a local emulator.
 */
import { PassThroughClient } from 'google-auth-library';
import { PsmlError } from '../errors.js';

export type GoogleApi = 'compute' | 'billing' | 'servicemanagement' | 'serviceusage';

// a type alias (not an interface) so it satisfies the clients' index-signature ClientOptions
export type GoogleClientOptions = {
  fallback: true;
  apiEndpoint?: string;
  port?: number;
  protocol?: 'http' | 'https';
  authClient?: PassThroughClient;
};

export const endpointEnvVar = (api: GoogleApi): string => `PSML_${api.toUpperCase()}_ENDPOINT`;

/** The option (flag, and action input without the dashes) that passes an endpoint explicitly. */
const ENDPOINT_OPTION: Record<GoogleApi, string> = {
  compute: '--compute-endpoint',
  billing: '--catalog-endpoint',
  servicemanagement: '--servicemanagement-endpoint',
  // no flag of its own: Service Usage follows the Service Management endpoint (shared/endpoints/service-config.ts)
  serviceusage: '--servicemanagement-endpoint',
};

/** Options for a client of `api`; an explicit `endpoint` (a URL, from a flag or input) overrides the environment variable. */
export function googleClientOptions(api: GoogleApi, explicit?: string): GoogleClientOptions {
  const endpoint = explicit ?? process.env[endpointEnvVar(api)];
  if (!endpoint) return { fallback: true };
  // errors name where the URL came from
  const field = explicit !== undefined ? ENDPOINT_OPTION[api] : endpointEnvVar(api);
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new PsmlError(`"${endpoint}" is not a URL`, {
      field,
      hint: 'use the form http://127.0.0.1:PORT',
    });
  }
  const protocol = url.protocol === 'http:' ? 'http' : url.protocol === 'https:' ? 'https' : undefined;
  if (!protocol) throw new PsmlError(`"${endpoint}" must be http:// or https://`, { field });
  return {
    fallback: true, // REST transport: what the emulators speak
    // the client ignores a port inside apiEndpoint and goes to 443: host and port travel separately
    apiEndpoint: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || (protocol === 'http' ? 80 : 443)),
    protocol,
    // no credentials locally, while errors keep their production (HTTP) shape
    authClient: new PassThroughClient(),
  };
}
