/**
 * ModelSignature: the declared inputs/outputs of the served function (optional `--signature file.json|yaml`).
 * It feeds the OIP model metadata endpoint and lets the server reject a request with a missing input, a wrong
 * datatype or an incompatible shape before the function is called. -1 in a shape is a variable dimension.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PsmlError } from '../errors.js';
import { DATATYPES, type Datatype, type Tensor } from './tensor.js';
import { parseJsonText } from '../json.js';

const datatype = z.enum([...DATATYPES, 'BYTES']).transform((d): Datatype => (d === 'BYTES' ? 'str' : d));
const tensorSpec = z.object({
  name: z.string().min(1),
  datatype,
  shape: z.array(z.number().int().min(-1)),
  content_type: z.string().optional(),
  optional: z.boolean().optional(),
});
const signatureSchema = z.object({
  inputs: z.array(tensorSpec).default([]),
  outputs: z.array(tensorSpec).default([]),
});
export type TensorSpec = z.infer<typeof tensorSpec>;
export type ModelSignature = z.infer<typeof signatureSchema>;

export function loadSignature(path: string): ModelSignature {
  let raw: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    raw = path.endsWith('.json') ? parseJsonText(text) : parseYaml(text);
  } catch (e) {
    throw new PsmlError(`cannot read the model signature: ${(e as Error).message}`, { field: '--signature', resource: path });
  }
  const r = signatureSchema.safeParse(raw);
  if (!r.success) {
    throw new PsmlError('the model signature is invalid', {
      field: '--signature',
      resource: path,
      hint: 'expected {inputs: [{name, datatype, shape}], outputs: [...]}',
      details: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    });
  }
  return r.data;
}

/** Problems of the request's inputs against the signature, each naming the input; empty when it conforms. */
export function checkAgainstSignature(inputs: Tensor[], sig: ModelSignature): { message: string; field: string }[] {
  const problems: { message: string; field: string }[] = [];
  const byName = new Map(inputs.map((t) => [t.name, t]));
  const declared = new Set(sig.inputs.map((s) => s.name));
  for (const spec of sig.inputs) {
    const t = byName.get(spec.name);
    if (!t) {
      if (!spec.optional) problems.push({ field: spec.name, message: `missing input "${spec.name}" (${spec.datatype}, shape ${JSON.stringify(spec.shape)})` });
      continue;
    }
    if (t.datatype !== spec.datatype) {
      problems.push({ field: spec.name, message: `input "${spec.name}": datatype ${t.datatype} does not match the model's ${spec.datatype}` });
      continue;
    }
    const fits = t.shape.length === spec.shape.length && spec.shape.every((d, i) => d === -1 || d === t.shape[i]);
    if (!fits) {
      problems.push({ field: spec.name, message: `input "${spec.name}": shape ${JSON.stringify(t.shape)} does not fit the model's ${JSON.stringify(spec.shape)} (-1 = any size)` });
    }
  }
  for (const t of inputs) {
    if (sig.inputs.length && !declared.has(t.name)) {
      problems.push({ field: t.name, message: `unknown input "${t.name}"; the model takes ${[...declared].map((n) => `"${n}"`).join(', ')}` });
    }
  }
  return problems;
}
