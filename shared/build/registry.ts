/**
 * Credentials for a push or pull, by registry host: Artifact Registry / Container Registry take an OAuth access token
 * as user `oauth2accesstoken`; a loopback registry needs none; any other registry takes a username and password.
 */
import { PsmlError } from '../errors.js';

export interface RegistryCredentials {
  /** OAuth access token (google-github-actions/auth `token_format: access_token`, or `gcloud auth print-access-token`). */
  accessToken?: string;
  username?: string;
  password?: string;
}

/** What dockerode sends as X-Registry-Auth. */
export interface AuthConfig {
  username: string;
  password: string;
  serveraddress: string;
}

/** Host part of an image reference (`docker.io` when the first component is not a host). */
export function registryHost(ref: string): string {
  const first = ref.split('/')[0]!;
  return ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}

export const isLoopbackRegistry = (host: string): boolean => /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/.test(host);
export const isGoogleRegistry = (host: string): boolean => /(^|\.)(gcr\.io|[a-z0-9-]+-docker\.pkg\.dev)$/.test(host.replace(/:\d+$/, ''));

/** The access token from Application Default Credentials, for pushes from a laptop or Cloud Build (no token given). */
async function applicationDefaultToken(host: string): Promise<string> {
  try {
    const { GoogleAuth } = await import('google-auth-library');
    const token = await new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] }).getAccessToken();
    if (!token) throw new Error('no token returned');
    return token;
  } catch (e) {
    throw new PsmlError(`no access token for ${host}: ${(e as Error).message.split('\n')[0]}`, {
      field: 'access-token',
      resource: host,
      hint: 'pass --access-token "$(gcloud auth print-access-token)", or in a workflow use google-github-actions/auth with token_format: access_token',
      cause: e,
    });
  }
}

export async function registryAuth(ref: string, creds: RegistryCredentials = {}): Promise<AuthConfig | undefined> {
  const host = registryHost(ref);
  if (isLoopbackRegistry(host)) return undefined;
  if (isGoogleRegistry(host)) {
    const token = creds.accessToken ?? (await applicationDefaultToken(host));
    return { username: 'oauth2accesstoken', password: token, serveraddress: `https://${host}` };
  }
  if (creds.username !== undefined && creds.password !== undefined) {
    return { username: creds.username, password: creds.password, serveraddress: host };
  }
  return undefined; // anonymous (a public or pre-authorised registry)
}
