/**
 * What resource specifications need besides the experiment: project-level settings and the names of the shared
 * (passively deployed) load-balancer resources. Specifications are pure functions of (experiment, context).
 */
import { PsmlError } from '../errors.js';
import type { Experiment, ServingSpec, TrainingSpec } from '../manifest/experiment.js';
import { ATTACHABLE_GPUS } from '../manifest/machine-types.js';
import { MANAGED_BY, ownershipLabels, resourceNames, type ResourceNames } from '../manifest/names.js';
import type { Labels } from './ownership.js';

export interface SpecContext {
  project: string;
  /** VPC network (default `global/networks/default`). */
  network?: string;
  /** Service account the VMs run as (default: the project's Compute Engine default service account). */
  serviceAccount?: string;
  /** Boot image (default Container-Optimized OS stable, which runs Docker and installs GPU drivers). */
  sourceImage?: string;
  /** Names of the shared load-balancer resources (defaults in SHARED_NAMES). */
  shared?: Partial<SharedNames>;
}

/** The passively deployed resources shared by all revisions of a project (seed 003). */
export interface SharedNames {
  urlMap: string;
  targetHttpProxy: string;
  forwardingRule: string;
}

export const SHARED_NAMES: SharedNames = {
  urlMap: 'psml-url-map',
  targetHttpProxy: 'psml-http-proxy',
  forwardingRule: 'psml-http-rule',
};

export const COS_IMAGE = 'projects/cos-cloud/global/images/family/cos-stable';
export const DEFAULT_NETWORK = 'global/networks/default';
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** Source ranges of Google's health checkers and load-balancer proxies. */
export const HEALTH_CHECK_RANGES = ['35.191.0.0/16', '130.211.0.0/22'];
/** GPU serving needs time for driver install, image pull and model load before autohealing may judge it. */
export const GPU_MIN_INITIAL_DELAY_SECONDS = 600;

export const sharedNames = (ctx: SpecContext): SharedNames => ({ ...SHARED_NAMES, ...ctx.shared });
export const names = (exp: Experiment): ResourceNames => resourceNames(exp);
/** Ownership of the shared resources: psml's, not any one revision's. */
export const sharedOwnership = (): Labels => ({ 'managed-by': MANAGED_BY });
export const revisionOwnership = (exp: Experiment): Labels => ({ ...ownershipLabels(exp) });
/** Labels on labelled resources: the user's, then ours (ours win: they decide ownership). */
export const revisionLabels = (exp: Experiment): Labels => ({ ...exp.labels, ...ownershipLabels(exp) });

/** Extra firewall / network-tag name of a revision: its serving VMs carry this tag. */
export const firewallName = (exp: Experiment): string => `${names(exp).revision}-fw`;
export const networkTag = (exp: Experiment): string => names(exp).revision;

export function requireServing(exp: Experiment): ServingSpec {
  if (!exp.serving)
    throw new PsmlError(`${exp.service} has no serving section`, {
      resource: exp.source.file,
      field: 'serving',
      hint: 'add a serving section to the manifest to deploy an endpoint',
    });
  return exp.serving;
}

export function requireTraining(exp: Experiment): TrainingSpec {
  if (!exp.training)
    throw new PsmlError(`${exp.service} has no training section`, {
      resource: exp.source.file,
      field: 'training',
      hint: 'add a training section to the manifest to run a training job',
    });
  return exp.training;
}

/** GPUs attached as guestAccelerators (N1 + T4/V100/P100/P4); built-in ones (g2, a2, a3) come with the machine type. */
export const isAttachableGpu = (type: string): boolean => type in ATTACHABLE_GPUS;

/** Scheduling for a VM: GPUs cannot live-migrate; Spot VMs and watchdogs end by deletion. */
export function scheduling(opts: { gpus: number; spot: boolean; maxRunDurationSeconds?: number }) {
  const ends = opts.spot || opts.maxRunDurationSeconds !== undefined;
  return {
    onHostMaintenance: opts.gpus > 0 || opts.spot ? 'TERMINATE' : 'MIGRATE',
    automaticRestart: !opts.spot,
    provisioningModel: opts.spot ? 'SPOT' : 'STANDARD',
    // only valid for Spot VMs or with a max run duration (the API rejects it otherwise)
    ...(ends ? { instanceTerminationAction: 'DELETE' } : {}),
    ...(opts.maxRunDurationSeconds !== undefined
      ? { maxRunDuration: { seconds: String(Math.ceil(opts.maxRunDurationSeconds)) } }
      : {}),
  };
}

/** Two resource references are the same when they name the same path (`https://…/projects/p/…` = `projects/p/…`). */
export function sameRef(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (u: string | null | undefined) => (u ?? '').replace(/^.*?(?=projects\/)/, '').replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
  return norm(a) === norm(b);
}
