import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileExchange } from '../../shared/serve/file-exchange.js';
import { parseInferRequest, parseOutputs, RequestError, ResultError } from '../../shared/serve/infer-request.js';
import { ServeMetrics } from '../../shared/serve/metrics.js';
import { checkAgainstSignature } from '../../shared/serve/signature.js';
import { parseTensor, shapeSize, TensorError } from '../../shared/serve/tensor.js';

const shapeArb = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 3 });
const f32 = fc.float({ noNaN: true, noDefaultInfinity: true }).map((x) => Math.fround(x));

/** Nests a flat row-major list into the given shape. */
function nest(flat: unknown[], shape: number[]): unknown {
  if (shape.length <= 1) return flat;
  const [, ...rest] = shape;
  const step = shapeSize(rest);
  return Array.from({ length: shape[0] as number }, (_, i) => nest(flat.slice(i * step, (i + 1) * step), rest));
}

describe('Tensor validation', () => {
  it('accepts data whose length is the product of the shape, flat or nested, and keeps it row-major', () => {
    fc.assert(
      fc.property(shapeArb.filter((s) => shapeSize(s) <= 64 && s.every((d) => d > 0)), fc.infiniteStream(f32), (shape, values) => {
        const flat = Array.from({ length: shapeSize(shape) }, () => values.next().value as number);
        for (const data of [flat, nest(flat, shape)]) {
          const t = parseTensor({ name: 'x', datatype: 'FP32', shape, data }, 'input', 0);
          expect(t.data).toEqual(flat);
          expect(t.shape).toEqual(shape);
        }
      }),
    );
  });

  it('rejects any other length with a message naming the input and both counts', () => {
    fc.assert(
      fc.property(shapeArb, fc.nat({ max: 70 }), (shape, n) => {
        fc.pre(n !== shapeSize(shape));
        const run = () => parseTensor({ name: 'pixels', datatype: 'INT32', shape, data: Array(n).fill(1) }, 'input', 0);
        expect(run).toThrow(TensorError);
        expect(run).toThrow(`input "pixels": shape ${JSON.stringify(shape)} needs ${shapeSize(shape)} value${shapeSize(shape) === 1 ? '' : 's'}, got ${n}`);
      }),
    );
  });

  it('accepts INT32 exactly for integers in [-2^31, 2^31-1]', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.maxSafeInteger()), (v) => {
        const ok = Number.isInteger(v) && v >= -(2 ** 31) && v <= 2 ** 31 - 1;
        const run = () => parseTensor({ name: 'n', datatype: 'INT32', shape: [1], data: [v] }, 'input', 0);
        if (ok) expect(run().data).toEqual([v]);
        else expect(run).toThrow(/input "n": data\[0\]/);
      }),
    );
  });

  it('checks datatypes per value: strings for str/BYTES, numbers for FP*, paths or base64 for FILE', () => {
    expect(parseTensor({ name: 's', datatype: 'BYTES', shape: [2], data: ['a', 'b'] }, 'input', 0).datatype).toBe('str');
    expect(() => parseTensor({ name: 's', datatype: 'str', shape: [1], data: [1] }, 'input', 0)).toThrow('input "s": data[0] = 1 is not a string (datatype str)');
    expect(() => parseTensor({ name: 'f', datatype: 'FP64', shape: [1], data: [null] }, 'input', 0)).toThrow(/input "f": data\[0\] = null is not a number/);
    expect(parseTensor({ name: 'doc', datatype: 'FILE', data: 'a.txt' }, 'input', 0)).toMatchObject({ shape: [1], data: [{ path: 'a.txt' }], scalarFile: true });
    expect(() => parseTensor({ name: 'doc', datatype: 'FILE', shape: [1], data: [{ b64: '!!' }] }, 'input', 0)).toThrow(/input "doc": FILE data must be a path/);
    expect(() => parseTensor({ name: 'x', datatype: 'FP32', shape: [1] }, 'input', 0)).toThrow('input "x": data is missing');
    expect(() => parseTensor({ name: 'x', datatype: 'FP32', shape: [-1], data: [] }, 'input', 0)).toThrow(/input "x": shape must be a list of non-negative integers/);
  });
});

describe('Signature check', () => {
  it('accepts a shape exactly when the rank matches and every fixed dimension is equal', () => {
    const specShape = fc.array(fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 3 })), { maxLength: 3 });
    fc.assert(
      fc.property(specShape, shapeArb, (spec, shape) => {
        const fits = spec.length === shape.length && spec.every((d, i) => d === -1 || d === shape[i]);
        const t = { name: 'x', datatype: 'FP32' as const, shape, data: [] };
        const problems = checkAgainstSignature([t], { inputs: [{ name: 'x', datatype: 'FP32', shape: spec }], outputs: [] });
        expect(problems.length === 0).toBe(fits);
      }),
    );
  });
});

describe('InferRequest', () => {
  const x = { name: 'x', datatype: 'FP32', shape: [1], data: [1] };

  it('normalizes both wire forms into [name, value] parameters and output fields', () => {
    const oip = parseInferRequest({ id: 'r1', parameters: { a: 1, b: 'two' }, inputs: [x], outputs: [{ name: 'y' }] });
    expect(oip).toMatchObject({ form: 'oip', id: 'r1', parameters: [['a', 1], ['b', 'two']], requestedOutputs: ['y'], fileEncoding: 'path' });
    const mlc = parseInferRequest({ parameters: [['a', 1], { name: 'b', value: true }], inputs: [x], output_fields: [{ name: 'y', datatype: 'FP32', shape: [1] }] });
    expect(mlc).toMatchObject({ form: 'mlcomponent', parameters: [['a', 1], ['b', true]], outputFields: [{ name: 'y', datatype: 'FP32', shape: [1] }] });
    const b64 = parseInferRequest({ inputs: [{ name: 'f', datatype: 'FILE', shape: [1], data: [{ b64: 'aGk=' }] }] });
    expect(b64).toMatchObject({ form: 'mlcomponent', fileEncoding: 'base64' });
  });

  it('rejects what the function cannot be given, naming the field', () => {
    const bad = (body: unknown, re: RegExp) => {
      expect(() => parseInferRequest(body)).toThrow(RequestError);
      expect(() => parseInferRequest(body)).toThrow(re);
    };
    bad([], /must be a JSON object/);
    bad({ inputs: [x, x] }, /input "x" is given twice/);
    bad({ inputs: [x], parameters: [['a', { deep: 1 }]] }, /parameter "a" must be a string, number, boolean or null/);
    bad({ inputs: [x], parameters: [['a']] }, /parameters\[0\] must be a \[name, value\] pair/);
    bad({ inputs: [x], outputs: [{}] }, /outputs\[0\]\.name/);
    bad({ inputs: [x], id: 7 }, /id must be a string/);
    bad({ inputs: [x], file_encoding: 'zip' }, /file_encoding must be "path" or "base64"/);
  });

  it('validates the outputs the function returned and keeps the requested ones in order', () => {
    const outs = [
      { name: 'a', datatype: 'INT32', shape: [1], data: [1] },
      { name: 'b', datatype: 'str', shape: [1], data: ['x'] },
    ];
    expect(parseOutputs(outs, ['b', 'a']).map((t) => t.name)).toEqual(['b', 'a']);
    expect(() => parseOutputs(outs, ['c'])).toThrow(ResultError);
    expect(() => parseOutputs({ name: 'a' }, [])).toThrow(/must return a list of outputs/);
    expect(() => parseOutputs([{ name: 'a', datatype: 'INT32', shape: [1], data: [1.5] }], [])).toThrow(/invalid output "a": data\[0\] = 1.5 is not an integer/);
  });
});

describe('FileExchange', () => {
  const root = mkdtempSync(join(tmpdir(), 'psml-fx-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const fx = new FileExchange(join(root, 'box'));
  mkdirSync(join(fx.root, 'a', 'b'), { recursive: true });
  for (const f of ['f.txt', 'a/f.txt', 'a/b/f.txt']) writeFileSync(join(fx.root, f), f);
  writeFileSync(join(root, 'f.txt'), 'outside');

  it('admits a path exactly when it resolves to an existing file inside the directory', async () => {
    const segment = fc.constantFrom('a', 'b', '..', '.', 'box');
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 5 }), async (segs) => {
        const p = [...segs, 'f.txt'].join('/');
        const abs = resolve(fx.root, p);
        const expected = abs.startsWith(fx.root + sep) && ['f.txt', 'a/f.txt', 'a/b/f.txt'].map((f) => join(fx.root, f)).includes(abs);
        const tensor = parseTensor({ name: 'doc', datatype: 'FILE', shape: [1], data: [p] }, 'input', 0);
        const result = await fx.prepareInputs([tensor]).then(
          (r) => r.inputs[0]?.data,
          (e: Error) => e,
        );
        if (expected) expect(result).toEqual([abs]);
        else expect((result as Error).message).toMatch(/^input "doc": file .* (is outside|does not exist in) the file-exchange directory/);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ServeMetrics', () => {
  it('reports nearest-rank quantiles of the recent infer latencies and counts by status', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 200 }), (xs) => {
        const m = new ServeMetrics();
        for (const x of xs) m.observe('infer', 200, x);
        m.observe('health', 503, 0.5);
        const sorted = [...xs].sort((a, b) => a - b);
        for (const q of [0.5, 0.99]) expect(m.quantile(q)).toBe(sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]);
        const text = m.render({ ready: true, queued: 0, inflight: 0, workers: 1 });
        expect(text).toContain(`psml_serve_requests_total{route="infer",code="200"} ${xs.length}`);
        expect(text).toContain('psml_serve_requests_total{route="health",code="503"} 1');
        expect(text).toContain(`psml_serve_infer_duration_seconds_count ${xs.length}`);
      }),
    );
  });
});
