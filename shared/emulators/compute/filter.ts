/**
 * List filters and pagination as Compute Engine implements them: `field = value`, `field != value`, `field:*`
 * (present), `field eq regex` / `field ne regex` (full-match RE2-style), terms joined by AND (explicit, or
 * parenthesised terms side by side); `maxResults` (≤ 500) with an opaque `nextPageToken`.
 */
import { invalid, invalidField } from './errors.js';

type Term = { path: string[]; op: '=' | '!=' | ':' | 'eq' | 'ne'; value: string };

export function parseFilter(filter: string | undefined): Term[] {
  if (!filter || !filter.trim()) return [];
  const text = filter.trim();
  // parenthesised terms: (a = 1) (b = 2) or (a = 1) AND (b = 2)
  const parts: string[] = [];
  if (text.startsWith('(')) {
    const re = /\(([^()]*)\)\s*(?:AND\s*)?/gy;
    let m: RegExpExecArray | null;
    let end = 0;
    while ((m = re.exec(text))) {
      parts.push(m[1]!.trim());
      end = re.lastIndex;
    }
    if (end !== text.length) throw badFilter(filter);
  } else parts.push(...text.split(/\s+AND\s+/));
  return parts.map((p) => parseTerm(p, filter));
}

function parseTerm(t: string, filter: string): Term {
  if (/\s(OR|NOT)\s|^NOT\s/.test(t)) throw badFilter(filter);
  const m = /^([A-Za-z_][\w.-]*)\s*(!=|=|:|\seq\s|\sne\s)\s*(.*)$/.exec(t);
  if (!m) throw badFilter(filter);
  const op = m[2]!.trim() as Term['op'];
  let value = m[3]!.trim();
  if (/^".*"$/.test(value) || /^'.*'$/.test(value)) value = value.slice(1, -1);
  if (value === '' && op !== '=' && op !== '!=') throw badFilter(filter);
  if (op === ':' && value !== '*' && !/^[\w.-]+$/.test(value)) throw badFilter(filter);
  return { path: m[1]!.split('.'), op, value };
}

const badFilter = (filter: string) => invalidField('filter', filter, 'Invalid list filter expression.');

function lookup(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** Compares the value as the API does: for URL-valued fields (zone, machineType) the last segment counts too. */
function equals(actual: unknown, want: string): boolean {
  if (actual === undefined || actual === null) return want === '';
  if (Array.isArray(actual)) return actual.some((a) => equals(a, want));
  const s = String(actual);
  return s === want || (s.includes('/') && s.split('/').at(-1) === want);
}

function regexMatch(actual: unknown, pattern: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${pattern})$`);
  } catch {
    throw invalid(`Invalid regular expression in filter: ${pattern}`);
  }
  if (actual === undefined || actual === null) return false;
  const s = String(actual);
  return re.test(s) || (s.includes('/') && re.test(s.split('/').at(-1)!));
}

export function matches(item: unknown, terms: Term[]): boolean {
  return terms.every((t) => {
    const v = lookup(item, t.path);
    switch (t.op) {
      case '=':
        return equals(v, t.value);
      case '!=':
        return !equals(v, t.value);
      case ':':
        return t.value === '*' ? v !== undefined && v !== null : equals(v, t.value);
      case 'eq':
        return regexMatch(v, t.value);
      case 'ne':
        return !regexMatch(v, t.value);
    }
  });
}

export interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

/** One page of `items` (already filtered and ordered); tokens are opaque to clients but must come from us. */
export function paginate<T>(items: T[], maxResults: string | undefined, pageToken: string | undefined, context: string): Page<T> {
  let size = 500;
  if (maxResults !== undefined && maxResults !== '') {
    const n = Number(maxResults);
    if (!Number.isInteger(n) || n < 0 || n > 500) throw invalidField('maxResults', maxResults, 'Must be between 0 and 500, inclusive.');
    if (n > 0) size = n;
  }
  let offset = 0;
  if (pageToken) {
    const decoded = decodeToken(pageToken);
    if (!decoded || decoded.c !== context) throw invalidField('pageToken', pageToken, 'Invalid page token.');
    offset = decoded.o;
  }
  const page = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodeToken({ o: offset + size, c: context }) : undefined;
  return next ? { items: page, nextPageToken: next } : { items: page };
}

function encodeToken(t: { o: number; c: string }): string {
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}
function decodeToken(s: string): { o: number; c: string } | undefined {
  try {
    const t = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as { o?: unknown; c?: unknown };
    return typeof t.o === 'number' && typeof t.c === 'string' ? { o: t.o, c: t.c } : undefined;
  } catch {
    return undefined;
  }
}

/** `orderBy`: the real API supports `name` and `creationTimestamp desc`. */
export function order<T extends { name?: unknown; creationTimestamp?: unknown }>(items: T[], orderBy: string | undefined): T[] {
  if (!orderBy) return items;
  const o = orderBy.trim();
  if (o === 'name') return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
  if (o === 'creationTimestamp desc') return [...items].sort((a, b) => String(b.creationTimestamp).localeCompare(String(a.creationTimestamp)));
  throw invalidField('orderBy', orderBy, "Only 'name' and 'creationTimestamp desc' are supported.");
}
