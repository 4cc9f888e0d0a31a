/**
 * Turning validation failures into messages people can act on: file:line:column, the field path,
 * what was expected and what was found, and a "did you mean" for misspelled names. All problems are
 * collected and reported together in one PsmlError.
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { PsmlError } from '../errors.js';

export type Path = readonly PropertyKey[];

export interface Problem {
  path: Path;
  message: string;
  hint?: string;
  /** Point at the key of the last path segment instead of its value (unknown fields). */
  atKey?: boolean;
}

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const s = String(seg);
      out += /^[A-Za-z_$][\w$-]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out || '(root)';
}

/** Levenshtein distance (case-insensitive), for "did you mean". */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The `n` known names closest to a misspelt one (edit distance, ties by name), for hints listing several. */
export function closestNames(name: string, known: Iterable<string>, n: number): string[] {
  return [...known]
    .map((k) => ({ k, d: editDistance(name, k) }))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, n)
    .map((x) => x.k);
}

/** The closest candidate when it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestD <= limit ? best : undefined;
}

/** Maps field paths to line:column in a YAML/JSON document. */
export class SourceLocator {
  constructor(
    private readonly doc?: Document,
    private readonly lines?: LineCounter,
  ) {}

  locate(path: Path, atKey = false): { line: number; col: number } | undefined {
    if (!this.doc || !this.lines) return undefined;
    let node: unknown = this.doc.contents;
    let offset = (node as Node | null)?.range?.[0];
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
        if (!pair) break;
        const keyNode = pair.key as Node | null;
        if (last && atKey && keyNode?.range) return this.pos(keyNode.range[0]);
        if (keyNode?.range) offset = keyNode.range[0];
        node = pair.value;
        const valueNode = node as Node | null;
        if (valueNode?.range) offset = valueNode.range[0];
        else break; // `key:` with no value: point at the key
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item?.range) break;
        node = item;
        offset = item.range[0];
      } else break;
    }
    return offset === undefined ? undefined : this.pos(offset);
  }

  private pos(offset: number) {
    const p = this.lines!.linePos(offset);
    return { line: p.line, col: p.col };
  }
}

export function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

/** How a found value is shown: `"abc"`, `number 42`, `a list`, `nothing`. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return typeof v;
}

// --- zod schema introspection (for "did you mean" on unknown fields) -------------------------------------------

interface Def {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  shape?: Record<string, ZodLike>;
  options?: ZodLike[];
  element?: ZodLike;
  valueType?: ZodLike;
}
type ZodLike = { _zod: { def: Def } };

function unwrap(s: ZodLike): ZodLike {
  for (;;) {
    const d = s._zod.def;
    if (d.innerType) s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else return s;
  }
}

function flatten(s: ZodLike): ZodLike[] {
  const u = unwrap(s);
  return u._zod.def.type === 'union' ? (u._zod.def.options ?? []).flatMap(flatten) : [u];
}

/** Field names an object at `path` accepts (union branches merged). */
export function knownKeys(schema: z.ZodType, path: Path): string[] {
  let level: ZodLike[] = flatten(schema as unknown as ZodLike);
  for (const seg of path) {
    const next: ZodLike[] = [];
    for (const s of level) {
      const d = s._zod.def;
      if (d.type === 'object' && typeof seg === 'string' && d.shape?.[seg]) next.push(...flatten(d.shape[seg]));
      else if (d.type === 'array' && typeof seg === 'number' && d.element) next.push(...flatten(d.element));
      else if (d.type === 'record' && d.valueType) next.push(...flatten(d.valueType));
    }
    level = next;
  }
  return [...new Set(level.flatMap((s) => (s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape ?? {}) : [])))];
}

// --- zod issues → problems -------------------------------------------------------------------------------------

type Issue = z.core.$ZodIssue;
type UnionIssue = Extract<Issue, { code: 'invalid_union' }>;

/** Picks the union branch that matches the input's type, so a bad `version: {major: x}` is not reported as "not a string". */
function unionBranch(issue: UnionIssue): Issue[] | undefined {
  const branches = (issue.errors ?? []).filter((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
  if (branches.length === 0) return undefined;
  return branches.reduce((a, b) => (b.length < a.length ? b : a));
}

function expectedOfUnion(issue: UnionIssue): string {
  const types = (issue.errors ?? []).flatMap((errs) =>
    errs.filter((e) => e.code === 'invalid_type' && e.path.length === 0).map((e) => (e as { expected: string }).expected),
  );
  return [...new Set(types)].join(' or ') || 'a different value';
}

function boundText(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const bound = String(small ? (issue as { minimum: unknown }).minimum : (issue as { maximum: unknown }).maximum);
  const cmp = small ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
  if (issue.origin === 'array') return `a list with ${cmp} ${bound} item(s)`;
  if (issue.origin === 'string') return `a text of ${cmp} ${bound} character(s)`;
  return `a value ${cmp} ${bound}`;
}

export function issuesToProblems(issues: readonly Issue[], data: unknown, schema: z.ZodType, prefix: Path = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const v = valueAt(data, path);
    const found = describeValue(v);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const known = knownKeys(schema, path);
        for (const key of issue.keys) {
          const guess = didYouMean(key, known);
          out.push({
            path: [...path, key],
            atKey: true,
            message: `unknown field "${key}"`,
            hint: guess ? `did you mean "${guess}"?` : known.length ? `known fields: ${known.join(', ')}` : undefined,
          });
        }
        break;
      }
      case 'invalid_union': {
        const branch = unionBranch(issue);
        if (branch) out.push(...issuesToProblems(branch, data, schema, path));
        else out.push({ path, message: v === undefined ? `required field is missing (expected ${expectedOfUnion(issue)})` : `expected ${expectedOfUnion(issue)}, found ${found}` });
        break;
      }
      case 'invalid_type':
        out.push({ path, message: v === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${found}` });
        break;
      case 'invalid_value': {
        const strings = issue.values.filter((x): x is string => typeof x === 'string');
        const guess = typeof v === 'string' && strings.length > 1 ? didYouMean(v, strings) : undefined;
        const values = issue.values.map((x) => JSON.stringify(x));
        const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
        out.push({
          path,
          message: v === undefined ? `required field is missing (expected ${expected})` : `expected ${expected}, found ${found}`,
          hint: guess ? `did you mean "${guess}"?` : undefined,
        });
        break;
      }
      case 'invalid_key': {
        const inner = issue.issues[0]?.message ?? 'a valid key';
        out.push({ path, atKey: true, message: `invalid key ${JSON.stringify(String(path[path.length - 1]))}: expected ${inner}` });
        break;
      }
      case 'invalid_format':
      case 'custom':
        out.push({ path, message: `expected ${issue.message}, found ${found}` });
        break;
      case 'too_small':
      case 'too_big':
        out.push({ path, message: `expected ${boundText(issue)}, found ${Array.isArray(v) ? `${v.length} item(s)` : found}` });
        break;
      default:
        out.push({ path, message: `${issue.message} (found ${found})` });
    }
  }
  return out;
}

/** Collects problems for one file and throws them together. */
export class ProblemList {
  readonly problems: Problem[] = [];
  constructor(
    readonly file: string,
    readonly locator: SourceLocator = new SourceLocator(),
  ) {}

  add(path: Path, message: string, hint?: string, atKey = false): void {
    this.problems.push({ path, message, hint, atKey });
  }

  get empty(): boolean {
    return this.problems.length === 0;
  }

  format(p: Problem): string {
    const pos = this.locator.locate(p.path, p.atKey);
    const where = pos ? `${this.file}:${pos.line}:${pos.col}` : this.file;
    return `${where}: ${formatPath(p.path)}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`;
  }

  /** Throws one PsmlError listing every problem (sorted by position in the file). */
  throwIfAny(): void {
    if (this.empty) return;
    const sorted = this.problems
      .map((p) => ({ p, pos: this.locator.locate(p.path, p.atKey) }))
      .sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.col ?? 0) - (b.pos?.col ?? 0));
    const lines = [...new Set(sorted.map(({ p }) => this.format(p)))];
    const { p: first, pos } = sorted[0]!;
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
    throw new PsmlError(`${first.message}${first.hint ? ` — ${first.hint}` : ''}${more}`, {
      resource: pos ? `${this.file}:${pos.line}:${pos.col}` : this.file,
      field: formatPath(first.path),
      details: lines,
      hint: 'fix the fields listed (`psml schema` prints the JSON Schema for editor completion)',
    });
  }
}
