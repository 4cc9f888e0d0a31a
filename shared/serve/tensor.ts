/**
 * Tensor: the MLComponent datatypes (FP32, FP64, INT32, str, FILE — seed 004) and their Open Inference Protocol
 * names, with the checks every input and output goes through: known datatype, valid shape, values of that type,
 * product(shape) == number of values. Pure; errors are TensorError with the path of the offending field.
 */
export const DATATYPES = ['FP32', 'FP64', 'INT32', 'str', 'FILE'] as const;
export type Datatype = (typeof DATATYPES)[number];

/** OIP name → MLComponent name (FP32/FP64/INT32 are the same; BYTES carries strings). */
const ALIASES: Record<string, Datatype> = { FP32: 'FP32', FP64: 'FP64', INT32: 'INT32', str: 'str', BYTES: 'str', FILE: 'FILE' };

export const toOipDatatype = (d: Datatype): string => (d === 'str' || d === 'FILE' ? 'BYTES' : d);

export class TensorError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'TensorError';
  }
}

/** A FILE element: a path (relative to the file-exchange directory, or absolute inside it) or inline bytes. */
export type FileRef = { path: string } | { b64: string };

export interface Tensor {
  name: string;
  datatype: Datatype;
  shape: number[];
  /** Flat, row-major. FILE tensors hold FileRef values. */
  data: unknown[];
  content_type?: string;
  /** FILE data given as one bare string (the seed's "строка с путём"): hand it back the same way. */
  scalarFile?: boolean;
}

const FP32_MAX = 3.4028234663852886e38;
const B64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export function parseDatatype(value: unknown, field: string): Datatype {
  if (typeof value === 'string' && value in ALIASES) return ALIASES[value] as Datatype;
  throw new TensorError(`datatype ${JSON.stringify(value)} is not supported; use one of FP32, FP64, INT32, str (BYTES) or FILE`, field);
}

export function parseShape(value: unknown, field: string, allowVariable = false): number[] {
  const ok =
    Array.isArray(value) && value.every((d) => Number.isInteger(d) && ((d as number) >= 0 || (allowVariable && d === -1)));
  if (!ok) {
    throw new TensorError(`shape must be a list of non-negative integers${allowVariable ? ' (or -1)' : ''}, got ${JSON.stringify(value)}`, field);
  }
  return value as number[];
}

export const shapeSize = (shape: number[]): number => shape.reduce((a, b) => a * b, 1);

/** Row-major flattening of nested lists (OIP allows both flat and nested data). */
export function flatten(data: unknown): unknown[] {
  if (!Array.isArray(data)) return [data];
  if (!data.some(Array.isArray)) return data;
  const out: unknown[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else out.push(v);
  };
  walk(data);
  return out;
}

function checkValue(datatype: Datatype, v: unknown): string | undefined {
  switch (datatype) {
    case 'FP32':
      if (typeof v !== 'number' || !Number.isFinite(v)) return 'is not a number';
      if (Math.abs(v) > FP32_MAX) return 'is outside the FP32 range';
      return undefined;
    case 'FP64':
      return typeof v === 'number' && Number.isFinite(v) ? undefined : 'is not a number';
    case 'INT32':
      if (typeof v !== 'number' || !Number.isInteger(v)) return 'is not an integer';
      return v >= -2147483648 && v <= 2147483647 ? undefined : 'is outside the INT32 range';
    case 'str':
      return typeof v === 'string' ? undefined : 'is not a string';
    case 'FILE':
      return undefined; // parsed separately into FileRef
  }
}

function parseFileRef(v: unknown, field: string): FileRef {
  if (typeof v === 'string' && v.length > 0) return { path: v };
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const b64 = (v as Record<string, unknown>).b64;
    if (typeof b64 === 'string' && B64.test(b64)) return { b64 };
  }
  throw new TensorError('FILE data must be a path (string) or {"b64": "<base64 bytes>"}', field);
}

/**
 * Validates one tensor-like object ({name, datatype, shape, data, content_type?}). `kind` names it in messages:
 * `input "image": shape [2,2] needs 4 values, got 3`.
 */
export function parseTensor(raw: unknown, kind: 'input' | 'output', index: number): Tensor {
  const at = `${kind}s[${index}]`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new TensorError(`${at} must be an object {name, datatype, shape, data}`, at);
  const t = raw as Record<string, unknown>;
  if (typeof t.name !== 'string' || t.name === '') throw new TensorError(`${at}.name must be a non-empty string`, `${at}.name`);
  const label = `${kind} "${t.name}"`;
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof TensorError) throw new TensorError(`${label}: ${e.message}`, t.name as string);
      throw e;
    }
  };
  const datatype = wrap(() => parseDatatype(t.datatype, 'datatype'));
  if (t.data === undefined) throw new TensorError(`${label}: data is missing`, t.name);
  const scalarFile = datatype === 'FILE' && !Array.isArray(t.data);
  const flat = flatten(t.data);
  const shape = t.shape === undefined && scalarFile ? [1] : wrap(() => parseShape(t.shape, 'shape'));
  const want = shapeSize(shape);
  if (flat.length !== want) {
    throw new TensorError(`${label}: shape ${JSON.stringify(shape)} needs ${want} value${want === 1 ? '' : 's'}, got ${flat.length}`, t.name);
  }
  let data: unknown[] = flat;
  if (datatype === 'FILE') {
    data = flat.map((v, i) => wrap(() => parseFileRef(v, `data[${i}]`)));
  } else {
    for (let i = 0; i < flat.length; i++) {
      const problem = checkValue(datatype, flat[i]);
      if (problem) throw new TensorError(`${label}: data[${i}] = ${JSON.stringify(flat[i]) ?? 'undefined'} ${problem} (datatype ${datatype})`, t.name);
    }
  }
  const content_type = typeof t.content_type === 'string' ? t.content_type : undefined;
  return { name: t.name, datatype, shape, data, ...(content_type ? { content_type } : {}), ...(scalarFile ? { scalarFile } : {}) };
}
