import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, get, infer, PY } from './helpers.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/churn');
const tmp = mkdtempSync(join(tmpdir(), 'psml-serve-cli-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts a server process and resolves with its URL from the structured "listening" log line. */
function start(cmd: string, args: string[]): Promise<{ child: ChildProcess; url: string; logs: Record<string, unknown>[] }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry.msg === 'listening') resolve({ child, url: String(entry.url), logs });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

describe('psml serve (command)', () => {
  it('reports an entry point that cannot be imported as a user error naming it, without a stack trace', () => {
    const run = (entry: string) =>
      spawnSync('npx', ['tsx', 'shared/cli/main.ts', 'serve', '--entry-point', entry, '--python-path', PY, '--port', '0'], { encoding: 'utf8', timeout: 30_000 });
    const missing = run('nosuch.module.inference');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/--entry-point: cannot load the entry point nosuch\.module\.inference: ModuleNotFoundError: No module named 'nosuch'/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  describe('from an ncc bundle, serving the churn example as its Dockerfile does', () => {
    const bundle = join(tmp, 'bundle');
    beforeAll(() => {
      execFileSync('npx', ['ncc', 'build', join(FIXTURES, 'bundle-entry.ts'), '-o', bundle, '--transpile-only', '--quiet', '--target', 'es2022'], { stdio: 'ignore' });
    }, 120_000);

    it('loads the model, answers the sample request and a CSV file, and stops cleanly on SIGTERM', async () => {
      const files = join(tmp, 'files');
      const { child, url, logs } = await start(process.execPath, [
        join(bundle, 'index.js'),
        'serve',
        '--entry-point', 'churn.predict.inference',
        '--python-path', EXAMPLE,
        '--model-path', join(EXAMPLE, 'model/weights.json'),
        '--files-path', files,
        '--signature', join(EXAMPLE, 'signature.json'),
        '--warmup-request', join(EXAMPLE, 'sample-request.json'),
        '--model-name', 'churn',
        '--model-version', '1.0',
        '--port', '0',
      ]);
      const deadline = Date.now() + 20_000;
      while ((await get(`${url}/v2/health/ready`)).status !== 200) {
        if (Date.now() > deadline) throw new Error('not ready');
        await new Promise((r) => setTimeout(r, 50));
      }
      const meta = (await get(`${url}/v2/models/churn`)).body;
      expect(meta.inputs).toContainEqual({ name: 'features', datatype: 'FP32', shape: [-1, 4] });

      const sample = JSON.parse(readFileSync(join(EXAMPLE, 'sample-request.json'), 'utf8'));
      const r = await infer(url, sample, 'churn');
      expect(r.status).toBe(200);
      expect(r.body.id).toBe('sample-1');
      const [probs, labels] = r.body.outputs;
      expect(probs).toMatchObject({ name: 'churn_probability', datatype: 'FP32', shape: [3] });
      // a new month-to-month customer with many support calls churns, a long-contract loyal one stays
      expect(labels.data[0]).toBe('churn');
      expect(labels.data[1]).toBe('stay');
      expect(probs.data[0]).toBeGreaterThan(probs.data[1]);

      const csv = readFileSync(join(EXAMPLE, 'sample-table.csv'));
      const f = await infer(url, { inputs: [{ name: 'table', datatype: 'FILE', content_type: 'text/csv', shape: [1], data: [{ b64: csv.toString('base64') }] }] }, 'churn');
      expect(f.status).toBe(200);
      const scored = Buffer.from(f.body.outputs[0].data[0].b64, 'base64').toString().trim().split(/\r?\n/);
      expect(scored[0]).toBe('customer_id,tenure_months,monthly_charge,support_calls,contract_months,churn_probability,label');
      expect(scored.slice(1).map((l) => l.split(',').pop())).toEqual(labels.data);

      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(logs.some((l) => l.msg === 'model loaded (warm-up call succeeded)')).toBe(true);
      expect(logs.some((l) => l.msg === 'shutting down')).toBe(true);
    });
  });
});
