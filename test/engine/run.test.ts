/** The engine on the real Docker engine: what the translated command receives inside the container, exit codes, cleanup. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { buildImages } from '../../shared/build/builder.js';
import { planDockerRun, type PlanOptions } from '../../shared/engine/plan.js';
import { runDockerRun } from '../../shared/engine/runner.js';
import type { EngineEnv } from '../../shared/engine/commands.js';
import { parseProbe, probeContext } from './probe.js';

const docker = new Docker();
const prefix = `127.0.0.1:5000/psml-engine-run-${process.pid}-${Date.now().toString(36)}`;
// a checkout path with a space and a quote: bind mounts must not care
const root = mkdtempSync(path.join(os.tmpdir(), "psml engine it's "));
const ciRoot = mkdtempSync(path.join(os.tmpdir(), 'psml-engine-ci-'));
const home = mkdtempSync(path.join(os.tmpdir(), 'psml-engine-home-'));
const config = { project: 'acme-ml-prod', region: 'us-central1', registry: { repository: 'psml', url: prefix }, root };
let context: string;

const HOSTILE = [
  'two words',
  "it's",
  'say "hi"',
  '$(touch /tmp/pwned)',
  '`touch /tmp/pwned2`',
  'line1\nline2\n',
  '; exit 99 #',
  '*',
  'back\\slash',
  '$HOME',
  '',
  'tab\there',
  'ünïcødé ✓',
  '--port',
];

async function run(words: string[], env: EngineEnv, options: PlanOptions = {}, hostEnv: Record<string, string> = {}, signal?: AbortSignal) {
  const spec = planDockerRun(words, env, config, { hostEnv: { HOME: home }, ...options });
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  err.on('data', (c: Buffer) => errChunks.push(c));
  let containerId = '';
  const code = await runDockerRun(spec, { docker, stdout: out, stderr: err, hostEnv, signal, stopTimeoutSeconds: 1, onCreate: (id) => (containerId = id) });
  const stdout = Buffer.concat(chunks).toString('utf8');
  return { code, stdout, stderr: Buffer.concat(errChunks).toString('utf8'), report: parseProbe(stdout), spec, containerId };
}

beforeAll(async () => {
  for (const d of ['paystone', 'tests', 'cli', 'experiments']) mkdirSync(path.join(root, d), { recursive: true });
  mkdirSync(path.join(ciRoot, 'experiments'), { recursive: true });
  mkdirSync(path.join(home, '.config/gcloud'), { recursive: true });
  context = probeContext();
  const [probe] = await buildImages(
    { ...config, root: context, images: { probe: { context: '.', buildArgs: {}, labels: {} } } },
    { tags: ['latest'] },
  );
  // the probe stands in for every image the commands below use
  for (const name of ['psml', 'experiments', 'docs', 'deployment']) await docker.getImage(probe!.id).tag({ repo: `${prefix}/${name}`, tag: 'latest' });
});

afterAll(async () => {
  for (const img of await docker.listImages()) {
    for (const t of img.RepoTags ?? []) if (t.startsWith(prefix)) await docker.getImage(t).remove({ force: true }).catch(() => undefined);
  }
  for (const d of [root, ciRoot, home, context]) rmSync(d, { recursive: true, force: true });
});

describe('psml engine run on a real Docker engine', () => {
  it('delivers argv, environment, working directory and mounts exactly (local form, hostile strings)', async () => {
    const marker = 'marker with spaces, "quotes", $(x) and `y`\nsecond line\n';
    writeFileSync(path.join(root, 'paystone', 'marker.txt'), marker);
    const words = ['test', 'paystone', 'storage', '-k', ...HOSTILE];
    const hostile = HOSTILE.map((v, i) => `HOSTILE_${i}=${v}`);
    const r = await run(words, 'local', { extraEnv: [...hostile, 'PASSED', 'PROBE_READ=/home/psml/paystone/marker.txt'] }, { PASSED: HOSTILE.join('|'), NOT_PASSED: 'x' });

    expect(r.code).toBe(0);
    expect(r.report.argv).toEqual(words);
    expect(r.report.pwd).toBe('/home/psml');
    HOSTILE.forEach((v, i) => expect(r.report.env.get(`HOSTILE_${i}`)).toBe(v));
    expect(r.report.env.get('PASSED')).toBe(HOSTILE.join('|'));
    expect(r.report.env.has('NOT_PASSED')).toBe(false);
    expect(r.report.env.get('PSML_ENV')).toBe('local');
    expect(r.report.env.get('PSML_PROJECT')).toBe('acme-ml-prod');
    expect(r.report.env.has('PSML_LOG_LEVEL')).toBe(false); // pass-through of an unset variable sets nothing
    expect(r.report.read).toBe(marker);
    expect(r.report.mounts.get('/home/psml/paystone')).toMatch(/^ro\b/);
    expect(r.report.mounts.get('/home/psml/tests')).toMatch(/^ro\b/);
    expect(r.report.mounts.get('/home/psml/cli')).toMatch(/^ro\b/);
    expect(r.report.mounts.has('/home/psml/experiments')).toBe(false);
    // nothing ran through a shell: the $(…) and backticks were never executed anywhere
    expect(existsSync('/tmp/pwned') || existsSync('/tmp/pwned2')).toBe(false);
    // stdout and stderr stay apart
    expect(r.stderr).toBe('probe stderr line\n');
    expect(r.stdout).not.toContain('probe stderr line');
  });

  it('mounts experiments read-write in the experiment workdir, with the credentials read-only (local)', async () => {
    const r = await run(['experiments', 'train', 'fraud', '1', '2', '--epochs', '3'], 'local', { extraEnv: ['PROBE_TOUCH=/home/psml/experiments/model.bin'] });
    expect(r.code).toBe(0);
    expect(r.report.pwd).toBe('/home/psml/experiments');
    expect(r.report.argv).toEqual(['experiments', 'train', 'fraud', '1', '2', '--epochs', '3']);
    expect(r.report.mounts.get('/home/psml/experiments')).toMatch(/^rw\b/);
    expect(r.report.mounts.get('/home/psml/.config/gcloud')).toMatch(/^ro\b/);
    expect(r.report.env.get('PYTHONUNBUFFERED')).toBe('1');
    expect(existsSync(path.join(root, 'experiments', 'model.bin'))).toBe(true);
  });

  it('mounts from the CI workspace and passes the CI variables through (ci form)', async () => {
    const r = await run(['experiments', 'train', 'fraud', '1', '2'], 'ci', { workspace: ciRoot, extraEnv: ['PROBE_TOUCH=/home/psml/experiments/ci.bin'] }, { GITHUB_SHA: 'abc123' });
    expect(r.code).toBe(0);
    expect(r.report.env.get('PSML_ENV')).toBe('ci');
    expect(r.report.env.get('GITHUB_SHA')).toBe('abc123');
    expect(r.report.mounts.has('/home/psml/.config/gcloud')).toBe(false);
    expect(existsSync(path.join(ciRoot, 'experiments', 'ci.bin'))).toBe(true);
    expect(existsSync(path.join(root, 'experiments', 'ci.bin'))).toBe(false);
  });

  it('mounts nothing in production: the code is the image', async () => {
    const r = await run(['experiments', 'serve', 'fraud', '1', '2'], 'production');
    expect(r.code).toBe(0);
    expect(r.report.env.get('PSML_ENV')).toBe('production');
    expect([...r.report.mounts.keys()].filter((m) => m.startsWith('/home/psml'))).toEqual([]);
  });

  it.each([0, 1, 7, 42])('propagates exit code %i and removes the container', async (code) => {
    const r = await run(['test', 'paystone'], 'local', { extraEnv: [`PROBE_EXIT=${code}`] });
    expect(r.code).toBe(code);
    await expect(docker.getContainer(r.containerId).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('stops and removes the container when cancelled (Ctrl-C)', async () => {
    const abort = new AbortController();
    const spec = planDockerRun(['test', 'paystone'], 'local', config, { extraEnv: ['PROBE_SLEEP=600'] });
    const out = new PassThrough();
    let id = '';
    out.on('data', (c: Buffer) => c.toString().includes('SLEEPING') && abort.abort());
    const code = await runDockerRun(spec, { docker, stdout: out, stderr: new PassThrough(), signal: abort.signal, stopTimeoutSeconds: 1, onCreate: (c) => (id = c) });
    expect(code).not.toBe(0);
    await expect(docker.getContainer(id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('names the psml build command when the image is missing', async () => {
    const e = await run(['notebooks', 'run'], 'local').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PsmlError);
    expect((e as PsmlError).resource).toBe(`${prefix}/notebooks:latest`);
    expect((e as PsmlError).hint).toBe('build it with: psml build notebooks');
    const tagged = await run(['notebooks', 'run'], 'local', { tag: 'v2' }).catch((x: unknown) => x);
    expect((tagged as PsmlError).hint).toBe('build it with: psml build notebooks --tag v2');
  });
});

describe('psml engine CLI', () => {
  const psml = (args: string[], cwd: string) =>
    spawnSync(path.resolve('node_modules/.bin/tsx'), [path.resolve('shared/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env: process.env });

  beforeAll(() => {
    writeFileSync(path.join(root, 'psml.yaml'), `project: acme-ml-prod\nregistry:\n  url: ${prefix}\n`);
  });

  it('prints {image, argv} JSON for a command', () => {
    const r = psml(['engine', 'print', '--env', 'ci', '--', 'docs', 'run', '--port', '9000'], root);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { image: string; argv: string[] };
    expect(out.image).toBe(`${prefix}/docs:latest`);
    expect(out.argv).toContain('/workspace/docs:/home/psml/docs');
    expect(out.argv.slice(-5)).toEqual(['psml-cli', 'docs', 'run', '--port', '9000']);
  });

  it('runs a command and exits with its exit code; bad input is one line, no stack', () => {
    const r = psml(['engine', 'run', '-e', 'PROBE_EXIT=5', '--', 'test', 'paystone', 'storage'], root);
    expect(r.status).toBe(5);
    expect(parseProbe(r.stdout).argv).toEqual(['test', 'paystone', 'storage']);
    const bad = psml(['engine', 'run', '--', 'experiments', 'train', 'fraud'], root);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/missing <major>.*usage: psml experiments train <service> <major> <minor>/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
