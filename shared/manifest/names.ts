/**
 * Compute Engine resource names and ownership labels, derived only from service and version so that every
 * command (deploy, undeploy, price, status) finds the same resources without storing state.
 *
 * Names match `[a-z]([-a-z0-9]{0,61}[a-z0-9])?`. The version is always kept whole (names stay unique per revision);
 * when the service part is too long or had to be rewritten, it is shortened and a stable hash of the full service
 * name is added so that different services cannot collide.
 */
import { createHash } from 'node:crypto';
import type { Experiment } from './experiment.js';

export const GCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const GCE_LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

type Rev = Pick<Experiment, 'service' | 'version'>;

/** Suffix of each resource kind (distinct, so kinds never collide with each other). */
export const RESOURCE_SUFFIXES = {
  instanceTemplate: 'tpl',
  instanceGroupManager: 'mig',
  autoscaler: 'as',
  healthCheck: 'hc',
  backendService: 'be',
  trainingInstance: 'train',
  pathMatcher: 'pm',
} as const;

export type ResourceKind = keyof typeof RESOURCE_SUFFIXES;

export interface ResourceNames {
  /** `churn-v1-2`: the revision as one name (also the MIG's base instance name, ≤ 54 chars). */
  revision: string;
  instanceTemplate: string;
  instanceGroupManager: string;
  autoscaler: string;
  healthCheck: string;
  backendService: string;
  trainingInstance: string;
  pathMatcher: string;
  /** Base name of the MIG's instances (GCE appends `-xxxx`, so at most 58 characters). */
  baseInstanceName: string;
  /** URL path prefix of the revision on the shared URL map: `/churn/v1.2`. */
  routePrefix: string;
}

const hash = (s: string, n = 8): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** Lowercase letters, digits and single hyphens, starting with a letter (may be empty). */
function sanitize(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
}

/** A GCE name `<service>-v<major>-<minor>[-<suffix>]` of at most `maxLength` characters. */
export function gceName(rev: Rev, suffix?: string, maxLength = 63): string {
  const tail = `-v${rev.version.major}-${rev.version.minor}${suffix ? `-${suffix}` : ''}`;
  const clean = sanitize(rev.service);
  if (clean === rev.service && clean.length > 0 && clean.length + tail.length <= maxLength) return clean + tail;
  const h = hash(rev.service);
  const room = Math.max(0, maxLength - tail.length - h.length - 1);
  const head = clean.slice(0, room).replace(/-+$/, '');
  // a name must start with a letter: without any usable service text, the hash gets a letter prefix
  return head ? `${head}-${h}${tail}` : `s${h.slice(0, Math.max(1, maxLength - tail.length - 1))}${tail}`;
}

export function resourceNames(exp: Rev): ResourceNames {
  const n = (kind: ResourceKind) => gceName(exp, RESOURCE_SUFFIXES[kind]);
  return {
    revision: gceName(exp, undefined, 54),
    instanceTemplate: n('instanceTemplate'),
    instanceGroupManager: n('instanceGroupManager'),
    autoscaler: n('autoscaler'),
    healthCheck: n('healthCheck'),
    backendService: n('backendService'),
    trainingInstance: n('trainingInstance'),
    pathMatcher: n('pathMatcher'),
    baseInstanceName: gceName(exp, undefined, 54),
    routePrefix: `/${labelValue(exp.service)}/v${exp.version.major}.${exp.version.minor}`,
  };
}

/** A valid GCE label value (`[a-z0-9_-]{0,63}`), hashed when it had to be shortened. */
export function labelValue(s: string): string {
  const clean = s.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
  if (clean.length <= 63) return clean;
  return `${clean.slice(0, 54)}-${hash(s)}`;
}

export const MANAGED_BY = 'psml';

/** Labels that mark a resource as psml's and as belonging to one revision (used to adopt on 409 and to list). */
export function ownershipLabels(exp: Rev): { 'managed-by': string; 'psml-service': string; 'psml-revision': string } {
  return {
    'managed-by': MANAGED_BY,
    'psml-service': labelValue(exp.service),
    'psml-revision': `v${exp.version.major}-${exp.version.minor}`,
  };
}

/** A list filter selecting one revision's resources: `labels.managed-by = psml AND …`. */
export function ownershipFilter(exp: Rev): string {
  return Object.entries(ownershipLabels(exp))
    .map(([k, v]) => `labels.${k} = "${v}"`)
    .join(' AND ');
}
