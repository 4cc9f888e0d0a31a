/** Field checks shared by several collections, worded like the real API's 400 answers. */
import { ComputeApiError, invalidField, notFound, required } from './errors.js';
import { acceleratorIn, ACCELERATORS, type MachineTypeSpec } from './catalog.js';
import type { Json } from './state.js';

export const NAME_RE = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

export function checkName(name: unknown, field = 'resource.name'): void {
  if (name === undefined || name === '') throw required(field);
  if (typeof name !== 'string' || !NAME_RE.test(name)) {
    throw invalidField(field, name, "Must be a match of regex '(?:[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?)'");
  }
}

export function need<T>(value: T | undefined | null | '', field: string): T {
  if (value === undefined || value === null || value === '') throw required(field);
  return value;
}

const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

export function checkLabels(labels: unknown, field: string): void {
  if (labels === undefined) return;
  const entries = Object.entries(labels as Record<string, string>);
  if (entries.length > 64) throw invalidField(field, `${entries.length} labels`, 'At most 64 labels are allowed.');
  for (const [k, v] of entries) {
    if (!LABEL_KEY.test(k)) throw invalidField(`${field}.${k}`, k, 'Label keys must start with a lowercase letter and contain only lowercase letters, digits, underscores and dashes (at most 63 characters).');
    if (!LABEL_VALUE.test(v)) throw invalidField(`${field}.${k}`, v, 'Label values may contain only lowercase letters, digits, underscores and dashes (at most 63 characters).');
  }
}

export function oneOf(value: unknown, allowed: readonly string[], field: string): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    throw invalidField(field, value, `Must be one of [${allowed.join(', ')}].`);
  }
}

export function intIn(value: unknown, min: number, max: number, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw invalidField(field, value, `Must be between ${min} and ${max}.`);
  return n;
}

/** Scheduling of an instance or template: enums, Spot rules, maxRunDuration with its termination action; fills defaults. */
export function checkScheduling(s: Json | undefined, hasGpu: boolean, field: string): Json {
  const sched: Json = { ...(s ?? {}) };
  oneOf(sched.onHostMaintenance, ['MIGRATE', 'TERMINATE'], `${field}.onHostMaintenance`);
  oneOf(sched.provisioningModel, ['STANDARD', 'SPOT'], `${field}.provisioningModel`);
  oneOf(sched.instanceTerminationAction, ['STOP', 'DELETE'], `${field}.instanceTerminationAction`);
  const spot = sched.provisioningModel === 'SPOT';
  if (spot && sched.onHostMaintenance === 'MIGRATE') {
    throw invalidField(`${field}.onHostMaintenance`, 'MIGRATE', 'Spot VMs must have onHostMaintenance set to TERMINATE.');
  }
  if ((spot || sched.preemptible === true) && sched.automaticRestart === true) {
    throw invalidField(`${field}.automaticRestart`, 'true', 'Spot and preemptible VMs cannot be restarted automatically.');
  }
  if (sched.maxRunDuration !== undefined) {
    const d = sched.maxRunDuration as Json;
    const seconds = Number(d.seconds ?? 0);
    if (!Number.isInteger(seconds) || seconds < 30 || seconds > 120 * 24 * 3600) {
      throw invalidField(`${field}.maxRunDuration.seconds`, d.seconds ?? '', 'Must be between 30 seconds and 120 days.');
    }
    intIn(d.nanos, 0, 999_999_999, `${field}.maxRunDuration.nanos`);
  }
  const timed = sched.maxRunDuration !== undefined || sched.terminationTime !== undefined;
  if (timed && !sched.instanceTerminationAction) {
    throw invalidField(`${field}.instanceTerminationAction`, '', 'instanceTerminationAction must be set when maxRunDuration or terminationTime is set.');
  }
  if (sched.instanceTerminationAction && !spot && !timed) {
    throw invalidField(`${field}.instanceTerminationAction`, sched.instanceTerminationAction, 'instanceTerminationAction applies only to Spot VMs or VMs with maxRunDuration or terminationTime.');
  }
  sched.onHostMaintenance ??= spot ? 'TERMINATE' : 'MIGRATE';
  sched.automaticRestart ??= !(spot || sched.preemptible === true);
  sched.preemptible ??= false;
  sched.provisioningModel ??= 'STANDARD';
  if (hasGpu && sched.onHostMaintenance !== 'TERMINATE') {
    throw invalidField(`${field}.onHostMaintenance`, sched.onHostMaintenance, 'Instances with guest accelerators do not support live migration; set onHostMaintenance to TERMINATE.');
  }
  return sched;
}

/**
 * Attached GPUs: known type (in `zone`, when given), a count the type allows, only on N1 (accelerator-optimized
 * families bundle theirs). `nameOf` turns the body's reference into a type name or throws.
 */
export function checkAccelerators(
  list: Json[] | undefined,
  machine: MachineTypeSpec,
  field: string,
  nameOf: (ref: string, field: string) => string,
  zones: string[],
  project: string,
): void {
  (list ?? []).forEach((a, i) => {
    const f = `${field}[${i}]`;
    const name = nameOf(need<string>(a.acceleratorType, `${f}.acceleratorType`), `${f}.acceleratorType`);
    const count = Number(need(a.acceleratorCount, `${f}.acceleratorCount`));
    const spec = ACCELERATORS.find((x) => x.name === name);
    const zone = zones.find((z) => acceleratorIn(z, name));
    if (!spec || !zone) throw notFound(`projects/${project}/zones/${zones.length === 1 ? zones[0] : '-'}/acceleratorTypes/${name}`);
    if (![1, 2, 4, 8, 16].includes(count) || count > spec.maximumCardsPerInstance) {
      throw invalidField(`${f}.acceleratorCount`, count, `Accelerator type '${name}' allows 1, 2, 4… up to ${spec.maximumCardsPerInstance} cards per instance.`);
    }
    if (!machine.name.startsWith('n1-')) {
      throw new ComputeApiError(400, 'invalid', `Invalid value for field '${f}.acceleratorType': '${a.acceleratorType}'. Accelerator type '${name}' cannot be attached to machine type '${machine.name}'; only N1 machine types take attached GPUs.`);
    }
  });
}
