/**
 * Ownership marks: which psml service revision a Compute Engine resource belongs to.
 * Instances and forwarding rules carry labels; instance templates carry them in `properties.labels`; the other
 * collections (health checks, backend services, URL maps, proxies, firewalls, MIGs, autoscalers) have no labels
 * in the v1 API, so the same key=value pairs travel in the description as `[psml k=v k=v]`.
 */
export type Labels = Record<string, string>;

const MARK = /\[psml((?: [a-z][a-z0-9_-]*=[a-z0-9_-]*)*)\]/;

/** A description that carries `labels` after an optional human text. */
export function describeOwnership(labels: Labels, text?: string): string {
  const pairs = Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => ` ${k}=${v}`)
    .join('');
  return [text, `[psml${pairs}]`].filter(Boolean).join(' ');
}

/** The labels a description carries, or {} when it has no psml mark. */
export function labelsFromDescription(description: string | null | undefined): Labels {
  const m = description?.match(MARK);
  if (!m) return {};
  const out: Labels = {};
  for (const pair of (m[1] ?? '').trim().split(' ').filter(Boolean)) {
    const i = pair.indexOf('=');
    out[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return out;
}

/** True when `found` carries every one of `ours` (and `ours` claims something). */
export function ownedBy(found: Labels, ours: Labels): boolean {
  const keys = Object.keys(ours);
  return keys.length > 0 && keys.every((k) => found[k] === ours[k]);
}

/** Label filter in Compute Engine list syntax: `(labels.a = "x") (labels.b = "y")` (space = AND). */
export function labelFilter(labels: Labels): string | undefined {
  const parts = Object.entries(labels).map(([k, v]) => `(labels.${k} = "${v}")`);
  return parts.length ? parts.join(' ') : undefined;
}
