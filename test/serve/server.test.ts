import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fp32, get, infer, JS, postRaw, serve, until, type Served } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'psml-serve-test-'));
const started: Served[] = [];
const track = async (p: Promise<Served>) => {
  const s = await p;
  started.push(s);
  return s;
};
afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
  rmSync(tmp, { recursive: true, force: true });
});

describe('psml serve with a Python inference function', () => {
  it('loads the model exactly once across many sequential and concurrent requests, and reports it', async () => {
    const modelFile = join(tmp, 'scale.json');
    writeFileSync(modelFile, JSON.stringify({ scale: 1.5 }));
    const s = await track(serve({ entryPoint: 'behaviours.functions.counting', modelPath: modelFile, modelName: 'scaler', modelVersion: '3' }));

    for (let i = 0; i < 10; i++) {
      const r = await infer(s.url, { id: `seq-${i}`, inputs: [fp32('x', [i, i + 1])] }, 'scaler');
      expect(r.status).toBe(200);
      expect(r.body.id).toBe(`seq-${i}`);
      expect(r.body.model_name).toBe('scaler');
      expect(r.body.model_version).toBe('3');
      expect(r.body.outputs).toContainEqual({ name: 'loads', datatype: 'INT32', shape: [1], data: [1] });
      expect(r.body.outputs).toContainEqual({ name: 'x_scaled', datatype: 'FP64', shape: [2], data: [i * 1.5, (i + 1) * 1.5] });
    }
    const concurrent = await Promise.all(
      Array.from({ length: 16 }, (_, i) => infer(s.url, { parameters: { tag: `c${i}` }, inputs: [fp32('x', [i])] }, 'scaler')),
    );
    concurrent.forEach((r, i) => {
      expect(r.status).toBe(200);
      const out = Object.fromEntries(r.body.outputs.map((o: { name: string; data: unknown[] }) => [o.name, o.data]));
      // each answer belongs to its own request, and no request reloaded the model
      expect(out).toEqual({ loads: [1], x_scaled: [i * 1.5], tag: [`c${i}`] });
    });

    // OIP endpoints around infer
    expect((await get(`${s.url}/v2/health/live`)).status).toBe(200);
    expect((await get(`${s.url}/v2/health/ready`)).status).toBe(200);
    expect((await get(`${s.url}/v2/models/scaler/ready`)).status).toBe(200);
    expect((await get(`${s.url}/v2/models/scaler/versions/3/ready`)).status).toBe(200);
    expect((await get(`${s.url}/v2`)).body).toMatchObject({ name: 'psml', extensions: [] });
    expect((await get(`${s.url}/v2/models/scaler`)).body).toMatchObject({ name: 'scaler', versions: ['3'], platform: 'psml-python' });
    expect((await get(`${s.url}/v2/models/other/ready`)).status).toBe(404);
    expect((await infer(s.url, { inputs: [fp32('x', [1])] }, 'other')).body.error).toMatch(/"other" is not served here.*"scaler"/);

    // metrics: counts by status and latency quantiles
    const metrics = (await get(`${s.url}/metrics`)).body.text as string;
    expect(metrics).toContain('psml_serve_requests_total{route="infer",code="200"} 26');
    expect(metrics).toMatch(/psml_serve_infer_duration_seconds\{quantile="0.99"\} [0-9.e-]+\n/);
    expect(metrics).toContain('psml_serve_ready 1');

    // structured logs: every line is JSON; requests and the function's own prints are there
    expect(s.logs.filter((l) => l.msg === 'request' && l.status === 200 && l.path === '/v2/models/scaler/infer')).toHaveLength(26);
    expect(s.logs.some((l) => l.source === 'worker' && String(l.msg).startsWith('handled a request'))).toBe(true);
  });

  it('accepts the MLComponent request form (parameters pairs, str inputs, output_fields) and answers in it', async () => {
    const s = await track(serve({ entryPoint: 'behaviours.functions.counting' }));
    const r = await infer(s.url, {
      parameters: [['tag', 'seed-004']],
      inputs: [{ name: 'words', datatype: 'str', shape: [2, 1], data: [['ab'], ['cd']] }],
      output_fields: [{ name: 'tag', datatype: 'str', shape: [1] }, { name: 'words_upper' }],
    });
    expect(r.status).toBe(200);
    expect(r.body.outputs).toEqual([
      { name: 'tag', datatype: 'str', shape: [1], data: ['seed-004'] },
      { name: 'words_upper', datatype: 'str', shape: [2, 1], data: ['AB', 'CD'] },
    ]);
    // the same strings in OIP form come back as BYTES
    const oip = await infer(s.url, { inputs: [{ name: 'words', datatype: 'BYTES', shape: [1], data: ['x'] }], outputs: [{ name: 'words_upper' }] });
    expect(oip.body.outputs).toEqual([{ name: 'words_upper', datatype: 'BYTES', shape: [1], data: ['X'] }]);
    const missing = await infer(s.url, { inputs: [fp32('x', [1])], outputs: [{ name: 'nope' }] });
    expect(missing.status).toBe(500);
    expect(missing.body.error).toMatch(/did not return the requested output "nope"/);
  });

  it('is live but not ready until the warm-up call has loaded the model', async () => {
    const gate = join(tmp, 'warmup-gate');
    const warm = join(tmp, 'warmup.json');
    writeFileSync(warm, JSON.stringify({ parameters: [['gate', gate]], inputs: [fp32('x', [0])] }));
    const s = await track(serve({ entryPoint: 'behaviours.functions.gated', warmupRequestPath: warm, waitUntilReady: false }));
    expect((await get(`${s.url}/v2/health/live`)).status).toBe(200);
    expect((await get(`${s.url}/v2/health/ready`)).status).toBe(503);
    expect((await get(`${s.url}/v2/models/model/ready`)).status).toBe(503);
    writeFileSync(gate, '');
    await s.warmedUp;
    expect((await get(`${s.url}/v2/health/ready`)).status).toBe(200);
    const r = await infer(s.url, { inputs: [fp32('x', [2])] });
    expect(r.body.outputs).toContainEqual({ name: 'loads', datatype: 'INT32', shape: [1], data: [1] });
  });

  it('answers 503 when the queue is full and serves the queued requests once the worker frees up', async () => {
    const gate = join(tmp, 'queue-gate');
    const s = await track(serve({ entryPoint: 'behaviours.functions.gated', maxQueue: 1 }));
    const call = (x: number) => infer(s.url, { parameters: { gate }, inputs: [fp32('x', [x])] });
    const first = call(1);
    await until(() => s.pool.inflight === 1, 'the first request to run');
    const second = call(2); // sent to the worker behind the first (pipeline of 2)
    await until(() => s.pool.inflight === 2, 'the second request to be pipelined');
    const third = call(3);
    await until(() => s.pool.queued === 1, 'the third request to queue');
    const fourth = await infer(s.url, { inputs: [fp32('x', [4])] });
    expect(fourth.status).toBe(503);
    expect(fourth.headers.get('retry-after')).toBe('1');
    expect(fourth.body.error).toMatch(/busy/);
    writeFileSync(gate, '');
    const answers = await Promise.all([first, second, third]);
    answers.forEach((r, i) => expect(r.body.outputs).toContainEqual({ name: 'x_scaled', datatype: 'FP64', shape: [1], data: [2 * (i + 1)] }));
  });

  it('spreads requests over several workers, each loading its own model once', async () => {
    const gate = join(tmp, 'workers-gate');
    const s = await track(serve({ entryPoint: 'behaviours.functions.whoami', workers: 2 }));
    expect((await get(`${s.url}/metrics`)).body.text).toContain('psml_serve_workers 2');
    const held = [1, 2].map(() => infer(s.url, { parameters: { gate }, inputs: [fp32('x', [0])] }));
    await until(() => s.pool.inflight === 2, 'both requests to run');
    writeFileSync(gate, '');
    const more = await Promise.all(Array.from({ length: 8 }, () => infer(s.url, { inputs: [fp32('x', [0])] })));
    const all = [...(await Promise.all(held)), ...more].map((r) => Object.fromEntries(r.body.outputs.map((o: { name: string; data: number[] }) => [o.name, o.data[0]])));
    // the two held requests ran at the same time in different processes
    expect(new Set(all.slice(0, 2).map((o) => o.pid)).size).toBe(2);
    expect(new Set(all.map((o) => o.pid)).size).toBe(2);
    expect(all.every((o) => o.loads === 1)).toBe(true);
  });

  it('runs the calls pipelined behind a crashed one on the restarted worker instead of failing them', async () => {
    const gate = join(tmp, 'crash-gate');
    const s = await track(serve({ entryPoint: 'behaviours.functions.crashing' }));
    // the crash request waits for the gate, so the innocent one is surely pipelined behind it
    const crash = infer(s.url, { parameters: { crash: true, gate }, inputs: [fp32('x', [1])] });
    await until(() => s.pool.inflight === 1, 'the crashing request to run');
    const innocent = infer(s.url, { inputs: [fp32('x', [21])] });
    await until(() => s.pool.inflight === 2, 'the second request to be pipelined');
    writeFileSync(gate, '');
    expect((await crash).status).toBe(500);
    const r = await innocent;
    expect(r.status).toBe(200);
    expect(r.body.outputs).toContainEqual({ name: 'x_scaled', datatype: 'FP64', shape: [1], data: [42] });
  });

  it('survives a crashing function: that request gets a clear 500, the worker restarts, the next request works', async () => {
    const s = await track(serve({ entryPoint: 'behaviours.functions.crashing' }));
    const pid = (await infer(s.url, { inputs: [fp32('x', [1])] })).status;
    expect(pid).toBe(200);
    const crash = await infer(s.url, { parameters: { crash: true }, inputs: [fp32('x', [1])] });
    expect(crash.status).toBe(500);
    expect(crash.body.error).toMatch(/worker exited \(exit code 7\) while handling this request.*restarted/);
    expect((await get(`${s.url}/v2/health/live`)).status).toBe(200);
    const next = await infer(s.url, { inputs: [fp32('x', [5])] });
    expect(next.status).toBe(200);
    expect(next.body.outputs).toContainEqual({ name: 'x_scaled', datatype: 'FP64', shape: [1], data: [10] });
    await until(() => s.pool.ready, 'ready again');
    expect((await get(`${s.url}/metrics`)).body.text).toContain('psml_serve_worker_restarts_total 1');
  });

  it('stops a hanging function at the timeout (504), restarts the worker and serves the next request', async () => {
    const s = await track(serve({ entryPoint: 'behaviours.functions.hanging', timeoutMs: 1000 }));
    const hang = await infer(s.url, { parameters: { hang: true }, inputs: [fp32('x', [1])] });
    expect(hang.status).toBe(504);
    expect(hang.body.error).toMatch(/did not answer within 1s/);
    const next = await infer(s.url, { inputs: [fp32('x', [2])] });
    expect(next.status).toBe(200);
    expect(next.body.outputs).toContainEqual({ name: 'loads', datatype: 'INT32', shape: [1], data: [1] });
    const metrics = (await get(`${s.url}/metrics`)).body.text as string;
    expect(metrics).toContain('psml_serve_timeouts_total 1');
    expect(metrics).toContain('psml_serve_requests_total{route="infer",code="504"} 1');
  });

  it('reports exceptions and bad results of the function as 500s that say what happened, and keeps serving', async () => {
    const failing = await track(serve({ entryPoint: 'behaviours.functions.failing' }));
    const r = await infer(failing.url, { inputs: [fp32('x', [1])] });
    expect(r.status).toBe(500);
    expect(r.body.error).toBe('the inference function raised ValueError: cannot score an empty basket');
    expect(failing.logs.some((l) => l.msg === 'inference function failed' && String(l.traceback).includes('Traceback'))).toBe(true);
    expect((await get(`${failing.url}/v2/health/ready`)).status).toBe(200);

    const bad = await track(serve({ entryPoint: 'behaviours.functions.bad_shape' }));
    const b = await infer(bad.url, { inputs: [fp32('x', [1])] });
    expect(b.status).toBe(500);
    expect(b.body.error).toMatch(/invalid output "y": shape \[3\] needs 3 values, got 2/);
  });

  it('rejects malformed requests with a 400 naming the input, and huge bodies with 413', async () => {
    const sig = join(tmp, 'signature.json');
    writeFileSync(
      sig,
      JSON.stringify({
        inputs: [
          { name: 'x', datatype: 'FP32', shape: [-1, 2] },
          { name: 'note', datatype: 'BYTES', shape: [1], optional: true },
        ],
        outputs: [{ name: 'x_scaled', datatype: 'FP64', shape: [-1, 2] }],
      }),
    );
    const s = await track(serve({ entryPoint: 'behaviours.functions.counting', signaturePath: sig, maxBodyBytes: 100_000 }));
    const bad = async (body: unknown) => {
      const r = await infer(s.url, body);
      expect(r.status).toBe(400);
      return r.body.error as string;
    };
    expect(await bad({ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 2], data: [1, 'two'] }] })).toMatch(/^input "x": data\[1\] = "two" is not a number/);
    expect(await bad({ inputs: [{ name: 'x', datatype: 'INT64', shape: [1, 2], data: [1, 2] }] })).toMatch(/^input "x": datatype "INT64" is not supported/);
    expect(await bad({ inputs: [{ name: 'x', datatype: 'FP64', shape: [1, 2], data: [1, 2] }] })).toMatch(/input "x": datatype FP64 does not match the model's FP32/);
    expect(await bad({ inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 2], data: [1, 2, 3] }] })).toMatch(/^input "x": shape \[2,2\] needs 4 values, got 3/);
    expect(await bad({ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 3], data: [1, 2, 3] }] })).toMatch(/input "x": shape \[1,3\] does not fit the model's \[-1,2\]/);
    expect(await bad({ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 2], data: [1, 1e39] }] })).toMatch(/outside the FP32 range/);
    expect(await bad({ inputs: [{ name: 'note', datatype: 'BYTES', shape: [1], data: ['hi'] }] })).toMatch(/missing input "x"/);
    expect(await bad({ inputs: [fp32('x', [1, 2], [1, 2]), fp32('y', [1])] })).toMatch(/unknown input "y"/);
    expect(await bad({ inputs: [{ datatype: 'FP32', shape: [1], data: [1] }] })).toMatch(/inputs\[0\]\.name/);
    expect(await bad({ inputs: [] })).toMatch(/"inputs" is required/);
    expect(await bad('{"inputs": [')).toMatch(/not valid JSON/);
    // a well-formed request still works, nested data included
    const ok = await infer(s.url, { inputs: [{ name: 'x', datatype: 'FP32', shape: [2, 2], data: [[1, 2], [3, 4]] }] });
    expect(ok.status).toBe(200);

    const huge = Buffer.from(JSON.stringify({ inputs: [fp32('x', Array.from({ length: 40_000 }, () => 1.25), [20_000, 2])] }));
    expect(huge.length).toBeGreaterThan(100_000);
    const tooBig = await postRaw(`${s.url}/v2/models/model/infer`, huge);
    expect(tooBig.status).toBe(413);
    expect(JSON.parse(tooBig.body).error).toMatch(/larger than the limit of 100000 bytes/);
    expect((await get(`${s.url}/v2/health/live`)).status).toBe(200);
    expect((await fetch(`${s.url}/v2/models/model/infer`)).status).toBe(405);
    expect((await get(`${s.url}/nope`)).status).toBe(404);
  });

  it('round-trips FILE tensors as base64 bytes and as paths in the file-exchange directory, and refuses escapes', async () => {
    const files = join(tmp, 'exchange');
    const s = await track(serve({ entryPoint: 'behaviours.functions.upper_file', filesPath: files }));
    const bytes = Buffer.concat([Buffer.from('hello, файл\n'), Buffer.from([0, 255, 128, 10])]);
    const asciiUpper = Buffer.from(bytes.map((b) => (b >= 97 && b <= 122 ? b - 32 : b)));

    const b64 = await infer(s.url, {
      inputs: [{ name: 'doc', datatype: 'FILE', content_type: 'text/plain', shape: [1], data: [{ b64: bytes.toString('base64') }] }],
    });
    expect(b64.status).toBe(200);
    const upper = b64.body.outputs.find((o: { name: string }) => o.name === 'upper');
    expect(upper).toMatchObject({ datatype: 'FILE', content_type: 'text/plain', shape: [1] });
    expect(Buffer.from(upper.data[0].b64, 'base64')).toEqual(asciiUpper);
    expect(b64.body.outputs).toContainEqual({ name: 'size', datatype: 'INT32', shape: [1], data: [bytes.length] });
    // the bytes written for the call are gone afterwards
    expect(existsSync(join(s.files.root, '.psml-inputs'))).toBe(true);
    expect(readdirSync(join(s.files.root, '.psml-inputs'))).toEqual([]);

    writeFileSync(join(s.files.root, 'in.txt'), 'by path');
    const byPath = await infer(s.url, { inputs: [{ name: 'doc', datatype: 'FILE', shape: [1], data: 'in.txt' }] });
    expect(byPath.status).toBe(200);
    const out = byPath.body.outputs.find((o: { name: string }) => o.name === 'upper');
    expect(typeof out.data[0]).toBe('string');
    expect(readFileSync(join(s.files.root, out.data[0]), 'utf8')).toBe('BY PATH');

    // OIP form: FILE comes back as BYTES with the file parameters
    const oip = await infer(s.url, { inputs: [{ name: 'doc', datatype: 'FILE', shape: [1], data: ['in.txt'] }], file_encoding: 'base64' });
    expect(oip.status).toBe(200);

    symlinkSync('/etc/hostname', join(s.files.root, 'link.txt'));
    for (const escape of ['../outside.txt', '/etc/hostname', 'link.txt', 'missing.txt']) {
      const r = await infer(s.url, { inputs: [{ name: 'doc', datatype: 'FILE', shape: [1], data: [escape] }] });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/^input "doc": file ".*" (is outside|does not exist in) the file-exchange directory/);
    }
    const leaky = await track(serve({ entryPoint: 'behaviours.functions.leaky_file' }));
    const leak = await infer(leaky.url, { inputs: [fp32('x', [1])] });
    expect(leak.status).toBe(500);
    expect(leak.body.error).toMatch(/output "secret" with file "\/etc\/passwd" outside the file-exchange directory/);
  });
});

describe('entry points that cannot be served', () => {
  it('fail start-up with a PsmlError naming the entry point and the cause', async () => {
    await expect(serve({ entryPoint: 'broken_import.inference' })).rejects.toThrow(/cannot load the entry point broken_import\.inference: RuntimeError: this module cannot be imported/);
    await expect(serve({ entryPoint: 'behaviours.functions.no_such_function' })).rejects.toThrow(/module 'behaviours\.functions' has no function 'no_such_function'/);
    await expect(serve({ entryPoint: 'inference' })).rejects.toThrow(/not of the form <module>\.<function>/);
    await expect(serve({ entryPoint: join(JS, 'missing.mjs') })).rejects.toThrow(/entry point module .*missing\.mjs does not exist/);
    await expect(serve({ entryPoint: 'jsmodel.nope', pythonPath: [JS] })).rejects.toThrow(/does not export a function named "nope"/);
    await expect(serve({ entryPoint: 'x.inference', pythonPath: [join(tmp, 'no-dir')] })).rejects.toThrow(/python path directory .* does not exist/);
  });
});

describe('psml serve with a JavaScript/TypeScript inference function', () => {
  it('serves a JS module found on the python path under the dotted entry point, loading its model once', async () => {
    const s = await track(serve({ entryPoint: 'jsmodel.inference', pythonPath: [JS], timeoutMs: 1000 }));
    expect(s.entry.runtime).toBe('node');
    expect((await get(`${s.url}/v2/models/model`)).body.platform).toBe('psml-node');
    const rs = await Promise.all(Array.from({ length: 8 }, (_, i) => infer(s.url, { inputs: [fp32('x', [i, 1])] })));
    rs.forEach((r, i) => {
      expect(r.status).toBe(200);
      expect(r.body.outputs).toEqual([
        { name: 'loads', datatype: 'INT32', shape: [1], data: [1] },
        { name: 'x_scaled', datatype: 'FP64', shape: [2], data: [3 * i, 3] },
      ]);
    });
    expect(s.logs.some((l) => l.source === 'worker' && l.msg === 'js handled 1 inputs')).toBe(true);
    const thrown = await infer(s.url, { parameters: { throw: true }, inputs: [fp32('x', [1])] });
    expect(thrown.status).toBe(500);
    expect(thrown.body.error).toBe('the inference function raised TypeError: no such feature');
    // a busy loop cannot be interrupted in-process: the thread is terminated and replaced
    const spin = await infer(s.url, { parameters: { spin: true }, inputs: [fp32('x', [1])] });
    expect(spin.status).toBe(504);
    const after = await infer(s.url, { inputs: [fp32('x', [2])] });
    expect(after.status).toBe(200);
  });

  it('serves a TypeScript module named by file path', async () => {
    const s = await track(serve({ entryPoint: join(JS, 'tsmodel.ts:inference') }));
    const a = await infer(s.url, { inputs: [fp32('a', [1, 2]), { name: 'b', datatype: 'INT32', shape: [1], data: [3] }] });
    expect(a.body.outputs).toEqual([
      { name: 'sum', datatype: 'FP64', shape: [1], data: [6] },
      { name: 'calls', datatype: 'INT32', shape: [1], data: [2] }, // the warm-up was the first call
    ]);
  });
});
