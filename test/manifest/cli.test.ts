import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run-cli.js';
import { jsonSchema } from '../../shared/cli/commands/manifest.js';

const examples = path.resolve(__dirname, '../../examples/manifests');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await runCli(argv);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('psml schema', () => {
  it('prints the JSON Schema of each kind; the committed editor schemas are current', async () => {
    for (const [kind, file] of [['experiment', 'experiment.schema.json'], ['mlcomponent', 'mlcomponent.schema.json']] as const) {
      const r = await run('schema', '--kind', kind);
      expect(r.code).toBe(0);
      const printed = JSON.parse(r.out);
      expect(printed).toEqual(JSON.parse(readFileSync(path.join(examples, file), 'utf8')));
      expect(printed.additionalProperties).toBe(false);
    }
    const exp = jsonSchema('experiment') as any;
    expect(exp.properties.kind.const).toBe('Experiment');
    expect(Object.keys(exp.properties.serving.properties)).toEqual(expect.arrayContaining(['machineType', 'replicas', 'healthCheckPath', 'modelUri', 'zones']));
    expect(exp.required).toEqual(expect.arrayContaining(['apiVersion', 'kind', 'service', 'version']));
    expect((await run('schema', '--kind', 'project')).out).toContain('"defaults"');
  });

  it('rejects an unknown kind with a PsmlError', async () => {
    const r = await run('schema', '--kind', 'nope');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown schema kind "nope"');
  });
});

describe('psml validate', () => {
  it('accepts the examples', async () => {
    const files = ['churn-1.2.yaml', 'mlcomponent.yaml', 'serving-gpu.json'].map((f) => path.join(examples, f));
    const r = await run('validate', ...files);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('churn 1.2 (Experiment; training on n1-standard-8, serving on n2-standard-4');
    expect(r.out).toContain('somename-mlcmp 1.0 (MLComponent; serving on e2-small');
  });

  it('reports every problem of every file with positions, no stack, exit code 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psml-validate-'));
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: psml.dev/v1\nkind: Experiment\nservice: s\nversion: "1.0"\nserving:\n  machineTyp: n1-standard-2\n');
    const r = await run('validate', bad, path.join(examples, 'churn-1.2.yaml'), path.join(dir, 'missing.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}:6:3: serving.machineTyp: unknown field "machineTyp" — did you mean "machineType"?`);
    expect(r.err).toContain('missing.yaml');
    expect(r.err).toContain('2 of 3 manifest(s) invalid');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toContain('ok ');
  });

  it('--print shows the normalized experiment', async () => {
    const r = await run('validate', '--print', path.join(examples, 'serving-gpu.json'));
    const json = r.out.slice(r.out.indexOf('{'));
    expect(JSON.parse(json).serving.gpu).toEqual({ type: 'nvidia-l4', count: 1 });
  });
});
