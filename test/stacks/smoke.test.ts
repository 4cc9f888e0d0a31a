/** The OIP smoke test against a real (tiny) HTTP server on 127.0.0.1 that can be made to misbehave. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { buildRequest, renderSmoke, smokeTest } from '../../shared/stacks/smoke.js';

interface Behaviour {
  notReadyPolls?: number;
  modelReady?: boolean;
  wrongId?: boolean;
  dropOutput?: boolean;
  badShape?: boolean;
  inferStatus?: number;
}

let server: Server | undefined;
const received: unknown[] = [];

/** Doubles every input value; declares input x [-1, 3] FP32 and outputs y (same shape) and n [1] INT32. */
async function oipServer(b: Behaviour = {}): Promise<string> {
  let polls = 0;
  received.length = 0;
  server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      // the load balancer's route prefix, as `/churn/v1.2/*` with the prefix rewritten away
      const url = (req.url ?? '').replace(/^\/churn\/v1\.2(?=\/)/, '');
      if (url === '/v2/health/ready') return send(polls++ < (b.notReadyPolls ?? 0) ? 503 : 200, {});
      if (url === '/v2/models/churn/ready') return send(b.modelReady === false ? 503 : 200, {});
      if (url === '/v2/models/churn')
        return send(200, {
          name: 'churn',
          platform: 'psml',
          inputs: [{ name: 'x', datatype: 'FP32', shape: [-1, 3] }],
          outputs: [
            { name: 'y', datatype: 'FP32', shape: [-1, 3] },
            { name: 'n', datatype: 'INT32', shape: [1] },
          ],
        });
      if (url === '/v2/models/churn/infer' && req.method === 'POST') {
        if (b.inferStatus) return send(b.inferStatus, { error: 'model exploded' });
        const body = JSON.parse(raw) as { id: string; inputs: { shape: number[]; data: number[] }[] };
        received.push(body);
        const x = body.inputs[0]!;
        const outputs = [
          { name: 'y', datatype: 'FP32', shape: x.shape, data: b.badShape ? x.data.slice(1) : x.data.map((v) => v * 2) },
          { name: 'n', datatype: 'INT32', shape: [1], data: [x.data.length] },
        ];
        return send(200, { model_name: 'churn', id: b.wrongId ? 'other' : body.id, outputs: b.dropOutput ? outputs.slice(0, 1) : outputs });
      }
      send(404, { error: `no route ${url}` });
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

const opts = { model: 'churn', pollMs: 5, readyTimeoutMs: 2000 };
const failed = (r: Awaited<ReturnType<typeof smokeTest>>) => r.checks.filter((c) => !c.ok).map((c) => c.name);

describe('smokeTest', () => {
  it('passes against a correct server, after waiting for readiness, with a request built from the metadata', async () => {
    const url = await oipServer({ notReadyPolls: 3 });
    const r = await smokeTest(url, opts);
    expect(failed(r)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checks.map((c) => c.name)).toEqual(['server ready', 'model ready', 'model metadata', 'infer', 'echoed id', 'outputs present', 'output shapes']);
    expect(r.checks[0]!.detail).toMatch(/after 4 attempt/);
    expect(received[0]).toMatchObject({ inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [0, 0, 0] }], outputs: [{ name: 'y' }, { name: 'n' }] });
    expect(renderSmoke(r)).toMatch(/^smoke test passed/);
  });

  it('uses a shipped sample request and accepts a base URL with a path prefix', async () => {
    const url = await oipServer();
    const dir = mkdtempSync(path.join(tmpdir(), 'psml-smoke-'));
    const file = path.join(dir, 'sample.json');
    writeFileSync(file, JSON.stringify({ inputs: [{ name: 'x', shape: [2, 3], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6] }] }));
    const r = await smokeTest(`${url}/churn/v1.2`, { ...opts, request: file });
    expect(r.ok).toBe(true);
    expect(received[0]).toMatchObject({ inputs: [{ data: [1, 2, 3, 4, 5, 6] }] });
    expect((received[0] as { id: string }).id).toMatch(/^psml-smoke-/);
  });

  it('checks only the outputs an MLComponent-form sample asks for in output_fields', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psml-smoke-'));
    const file = path.join(dir, 'sample.json');
    const sample = (fields: string[]) =>
      JSON.stringify({ inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [1, 2, 3] }], output_fields: fields.map((name) => ({ name })) });
    writeFileSync(file, sample(['y']));
    expect(failed(await smokeTest(await oipServer({ dropOutput: true }), { ...opts, request: file }))).toEqual([]);
    writeFileSync(file, sample(['y', 'n']));
    expect(failed(await smokeTest(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`, { ...opts, request: file }))).toEqual(['outputs present']);
  });

  it.each([
    [{ wrongId: true }, ['echoed id']],
    [{ dropOutput: true }, ['outputs present']],
    [{ badShape: true }, ['output shapes']],
    [{ inferStatus: 500 }, ['infer']],
    [{ modelReady: false }, ['model ready']],
  ] as [Behaviour, string[]][])('fails on %j', async (b, checks) => {
    const r = await smokeTest(await oipServer(b), opts);
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(checks);
    expect(renderSmoke(r, 'markdown')).toMatch(/FAILED/);
  });

  it('fails boundedly when the server never becomes ready or is not there', async () => {
    const url = await oipServer({ notReadyPolls: 1_000_000 });
    const r = await smokeTest(url, { ...opts, readyTimeoutMs: 50 });
    expect(failed(r)).toEqual(['server ready']);
    expect(r.checks[0]!.detail).toMatch(/last: HTTP 503/);
    await new Promise<void>((res) => server!.close(() => res()));
    server = undefined;
    const gone = await smokeTest(url, { ...opts, readyTimeoutMs: 50 });
    expect(gone.checks[0]!.detail).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('rejects bad input as a user error', async () => {
    await expect(smokeTest('not a url')).rejects.toBeInstanceOf(PsmlError);
    await expect(smokeTest('http://127.0.0.1:9', { request: '/nonexistent/sample.json' })).rejects.toThrow(/sample request/);
  });

  it('builds zero requests with variable dimensions as 1', () => {
    const req = buildRequest([{ name: 'a', datatype: 'BYTES', shape: [-1] }, { name: 'b', datatype: 'BOOL', shape: [2, -1] }], [], 'id1');
    expect(req).toEqual({ id: 'id1', inputs: [{ name: 'a', shape: [1], datatype: 'BYTES', data: [''] }, { name: 'b', shape: [2, 1], datatype: 'BOOL', data: [false, false] }] });
  });
});
