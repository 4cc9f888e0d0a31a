/** The emulated cloud as plain JSON, so it can be read over the control endpoint and persisted to a state file. */
import { randomBytes } from 'node:crypto';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface OperationRecord {
  /** the public Operation resource */
  op: Json;
  polls: number;
  waits: number;
  /** created at (ms since epoch) */
  at: number;
  /** failure applied when the operation reaches DONE */
  fail?: { code: string; message: string; httpStatus: number; httpMessage: string };
  /** instance keys that turn RUNNING when the operation is DONE */
  settle?: string[];
}

export interface ManagedInstance {
  name: string;
  zone: string;
  /** template key the instance was (or is to be) created from */
  template: string;
  /** creation failed (stockout); the MIG keeps retrying */
  pending?: boolean;
}

export interface MigState {
  instances: ManagedInstance[];
  errors: Json[];
}

export interface CloudState {
  version: 1;
  /** key: `projects/{p}/{global|zones/z|regions/r}/{collection}/{name}` */
  resources: Record<string, Json>;
  /** key: `projects/{p}/{scope}/operations/{name}` */
  operations: Record<string, OperationRecord>;
  migs: Record<string, MigState>;
  /** instance key → health state reported by backendServices.getHealth (default HEALTHY) */
  health: Record<string, string>;
}

export const emptyState = (): CloudState => ({ version: 1, resources: {}, operations: {}, migs: {}, health: {} });

export function isCloudState(v: unknown): v is CloudState {
  const s = v as CloudState;
  return (
    typeof s === 'object' &&
    s !== null &&
    s.version === 1 &&
    typeof s.resources === 'object' &&
    typeof s.operations === 'object' &&
    typeof s.migs === 'object' &&
    typeof s.health === 'object'
  );
}

/** uint64 ids as decimal strings, like the real API. */
export function newId(): string {
  const n = randomBytes(8).readBigUInt64BE() % 9000000000000000000n;
  return (n + 1000000000000000000n).toString();
}

export const newFingerprint = (): string => randomBytes(8).toString('base64');

/** RFC 3339 with an explicit offset and milliseconds, as Compute Engine writes timestamps. */
export function timestamp(ms = Date.now()): string {
  return new Date(ms).toISOString().replace('Z', '-00:00');
}

export const LINK_PREFIX = 'https://www.googleapis.com/compute/v1/';
export const link = (key: string): string => LINK_PREFIX + key;

/** Resource key for a reference in a body: full URL, `projects/…`, or `global|zones|regions/…` relative to `project`. */
export function refKey(ref: string, project: string): string | undefined {
  const m = /^https?:\/\/[^/]+\/compute\/(?:v1|beta|alpha)\/(.*)$/.exec(ref);
  const rel = m ? m[1]! : ref;
  if (rel.startsWith('projects/')) return rel;
  if (/^(global|zones|regions)\//.test(rel)) return `projects/${project}/${rel}`;
  return undefined;
}

export const lastSegment = (s: string): string => s.split('/').at(-1) ?? s;

/** Splits a key into its parts. */
export function parseKey(key: string): { project: string; scope: string; location?: string; collection: string; name: string } {
  const s = key.split('/');
  if (s[2] === 'global') return { project: s[1]!, scope: 'global', collection: s[3]!, name: s[4]! };
  return { project: s[1]!, scope: s[2]!, location: s[3], collection: s[4]!, name: s[5]! };
}
