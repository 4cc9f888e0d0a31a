/**
 * InferRequest: one infer call in either wire form, normalized for the inference function.
 *  - Open Inference Protocol: {id?, parameters?: {k: v}, inputs: [{name, shape, datatype, data}], outputs?: [{name}]}
 *  - MLComponent (seed 004): {parameters: [[name, value]…], inputs: […], output_fields: [{name, datatype, shape}…]}
 * The response uses the datatype names of the form the request came in (BYTES vs str/FILE). Pure.
 */
import { checkAgainstSignature, type ModelSignature } from './signature.js';
import { parseTensor, TensorError, toOipDatatype, type Tensor } from './tensor.js';

export type WireForm = 'oip' | 'mlcomponent';
export type FileEncoding = 'path' | 'base64';

export interface InferRequest {
  form: WireForm;
  id?: string;
  parameters: [string, unknown][];
  inputs: Tensor[];
  /** Passed to the function as `output_fields`. */
  outputFields: Record<string, unknown>[];
  /** Names the client asked for; empty = everything the function returns. */
  requestedOutputs: string[];
  /** How FILE outputs go back: as given (`file_encoding`), else like the FILE inputs came (base64 if any was). */
  fileEncoding: FileEncoding;
}

/** A client error: HTTP 400 with a message that names the field or input. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function parseParameters(raw: unknown): [string, unknown][] {
  if (raw === undefined || raw === null) return [];
  const pairs: [string, unknown][] = [];
  if (isObject(raw)) {
    for (const [k, v] of Object.entries(raw)) pairs.push([k, v]);
  } else if (Array.isArray(raw)) {
    raw.forEach((p, i) => {
      if (Array.isArray(p) && p.length === 2 && typeof p[0] === 'string') pairs.push([p[0], p[1]]);
      else if (isObject(p) && typeof p.name === 'string' && 'value' in p) pairs.push([p.name, p.value]);
      else throw new RequestError(`parameters[${i}] must be a [name, value] pair`, `parameters[${i}]`);
    });
  } else {
    throw new RequestError('parameters must be a list of [name, value] pairs or an object', 'parameters');
  }
  for (const [k, v] of pairs) {
    if (!isPrimitive(v)) throw new RequestError(`parameter "${k}" must be a string, number, boolean or null`, `parameters.${k}`);
  }
  return pairs;
}

function parseOutputFields(raw: unknown, key: string): Record<string, unknown>[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new RequestError(`${key} must be a list of {name, …}`, key);
  return raw.map((o, i) => {
    if (typeof o === 'string') return { name: o };
    if (!isObject(o) || typeof o.name !== 'string' || !o.name) throw new RequestError(`${key}[${i}].name must be a non-empty string`, `${key}[${i}].name`);
    return o;
  });
}

export function parseInferRequest(body: unknown, signature?: ModelSignature): InferRequest {
  if (!isObject(body)) throw new RequestError('the request body must be a JSON object with "inputs"');
  if (!Array.isArray(body.inputs) || body.inputs.length === 0) {
    throw new RequestError('"inputs" is required: a non-empty list of {name, datatype, shape, data}', 'inputs');
  }
  let inputs: Tensor[];
  try {
    inputs = body.inputs.map((t, i) => parseTensor(t, 'input', i));
  } catch (e) {
    if (e instanceof TensorError) throw new RequestError(e.message, e.field);
    throw e;
  }
  const seen = new Set<string>();
  for (const t of inputs) {
    if (seen.has(t.name)) throw new RequestError(`input "${t.name}" is given twice`, t.name);
    seen.add(t.name);
  }
  if (signature) {
    const problems = checkAgainstSignature(inputs, signature);
    if (problems[0]) throw new RequestError(problems.map((p) => p.message).join('; '), problems[0].field);
  }
  const mlc =
    body.output_fields !== undefined ||
    Array.isArray(body.parameters) ||
    (body.inputs as Record<string, unknown>[]).some((t) => t.datatype === 'str' || t.datatype === 'FILE');
  const outputFields = mlc ? parseOutputFields(body.output_fields ?? body.outputs, body.output_fields !== undefined ? 'output_fields' : 'outputs') : parseOutputFields(body.outputs, 'outputs');
  let fileEncoding: FileEncoding = inputs.some((t) => t.datatype === 'FILE' && t.data.some((r) => 'b64' in (r as object))) ? 'base64' : 'path';
  if (body.file_encoding !== undefined) {
    if (body.file_encoding !== 'path' && body.file_encoding !== 'base64') throw new RequestError('file_encoding must be "path" or "base64"', 'file_encoding');
    fileEncoding = body.file_encoding;
  }
  if (body.id !== undefined && typeof body.id !== 'string') throw new RequestError('id must be a string', 'id');
  return {
    form: mlc ? 'mlcomponent' : 'oip',
    ...(typeof body.id === 'string' ? { id: body.id } : {}),
    parameters: parseParameters(body.parameters),
    inputs,
    outputFields,
    requestedOutputs: outputFields.map((o) => o.name as string),
    fileEncoding,
  };
}

/** The problem with what the function returned: HTTP 500, naming the output. */
export class ResultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultError';
  }
}

/** Validates the function's outputs and keeps the requested ones, in the requested order. */
export function parseOutputs(raw: unknown, requested: string[]): Tensor[] {
  if (!Array.isArray(raw)) throw new ResultError(`the inference function must return a list of outputs, got ${raw === null ? 'None' : typeof raw}`);
  let outputs: Tensor[];
  try {
    outputs = raw.map((t, i) => parseTensor(t, 'output', i));
  } catch (e) {
    if (e instanceof TensorError) throw new ResultError(`the inference function returned an invalid ${e.message}`);
    throw e;
  }
  if (!requested.length) return outputs;
  return requested.map((name) => {
    const t = outputs.find((o) => o.name === name);
    if (!t) throw new ResultError(`the inference function did not return the requested output "${name}" (it returned ${outputs.map((o) => `"${o.name}"`).join(', ') || 'none'})`);
    return t;
  });
}

/** An output tensor on the wire: FILE data already turned into paths or base64 by the file exchange. */
export function wireOutput(t: Tensor, form: WireForm, fileEncoding: FileEncoding): Record<string, unknown> {
  if (form === 'mlcomponent') {
    const data = t.datatype === 'FILE' && fileEncoding === 'base64' ? t.data.map((b64) => ({ b64 })) : t.datatype === 'FILE' && t.scalarFile ? t.data[0] : t.data;
    return { name: t.name, datatype: t.datatype, shape: t.shape, data, ...(t.content_type ? { content_type: t.content_type } : {}) };
  }
  const parameters =
    t.datatype === 'FILE' ? { psml_datatype: 'FILE', file_encoding: fileEncoding, ...(t.content_type ? { content_type: t.content_type } : {}) } : undefined;
  return { name: t.name, datatype: toOipDatatype(t.datatype), shape: t.shape, data: t.data, ...(parameters ? { parameters } : {}) };
}
