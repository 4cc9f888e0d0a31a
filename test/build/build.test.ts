/** psml build / action-build on the real Docker engine and the local registry (PSML_TEST_REGISTRY). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { buildImages, type BuildImagesOptions } from '../../shared/build/builder.js';
import { planDockerRun } from '../../shared/engine/plan.js';
import { runDockerRun } from '../../shared/engine/runner.js';
import { helloContext } from '../../examples/hello/context.js';

const docker = new Docker();
const registry = process.env.PSML_TEST_REGISTRY ?? '127.0.0.1:5000';
const prefix = `${registry}/psml-build-${process.pid}-${Date.now().toString(36)}`;
let hello: string;
const dirs: string[] = [];

const configFor = (root: string, images: Record<string, { context: string; dockerfile?: string; buildArgs?: Record<string, string> }>) => ({
  project: 'acme-ml-prod',
  region: 'us-central1',
  registry: { repository: 'psml', url: prefix },
  root,
  images: Object.fromEntries(Object.entries(images).map(([k, v]) => [k, { buildArgs: {}, labels: {}, ...v }])),
});

async function build(root: string, images: Parameters<typeof configFor>[1], options: BuildImagesOptions = {}) {
  const lines: string[] = [];
  const result = await buildImages(configFor(root, images), { log: (l) => lines.push(l), ...options });
  return { result, lines };
}

async function removeLocally(refs: string[]) {
  for (const ref of refs) await docker.getImage(ref).remove({ force: true }).catch(() => undefined);
}

beforeAll(() => {
  hello = helloContext();
  dirs.push(hello);
});

afterAll(async () => {
  for (const img of await docker.listImages()) {
    for (const t of img.RepoTags ?? []) if (t.startsWith(prefix)) await docker.getImage(t).remove({ force: true }).catch(() => undefined);
  }
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('psml build on a real engine', () => {
  it('builds the hello example offline with its build args, and the engine runs it', async () => {
    const { result } = await build(hello, { psml: { context: '.', buildArgs: { GREETING: 'bonjour' } } }, { tags: ['t1', 't2'] });
    expect(result).toHaveLength(1);
    const [img] = result;
    expect(img!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(img!.tags).toEqual([`${prefix}/psml:t1`, `${prefix}/psml:t2`]);
    expect(img!.pushed).toBe(false);
    expect(img!.digest).toBeUndefined();
    for (const t of img!.tags) expect((await docker.getImage(t).inspect()).Id).toBe(img!.id);
    expect((await docker.getImage(img!.id).inspect()).Config.Labels).toMatchObject({ 'dev.psml.image': 'psml' });

    const spec = planDockerRun(['test', 'paystone', 'storage'], 'production', configFor(hello, {}), { tag: 't2' });
    const out = new PassThrough();
    let text = '';
    out.on('data', (c: Buffer) => (text += c.toString()));
    expect(await runDockerRun(spec, { docker, stdout: out, stderr: new PassThrough() })).toBe(0);
    expect(text).toContain('bonjour from psml-cli in /home/psml (PSML_ENV=production)');
    expect(text).toContain('argv[3] = storage');
  });

  it('reuses every layer on a second build with unchanged inputs', async () => {
    const first = await build(hello, { experiments: { context: '.' } }, { tags: ['cache'] });
    const second = await build(hello, { experiments: { context: '.' } }, { tags: ['cache'] });
    const [a, b] = [first.result[0]!, second.result[0]!];
    expect(b.id).toBe(a.id);
    // every step after FROM came from the cache, as the engine reported it
    expect(b.steps).toBeGreaterThan(4);
    expect(b.cachedSteps).toBe(b.steps - 1);
    expect(second.lines.filter((l) => l === ' ---> Using cache')).toHaveLength(b.steps - 1);
    expect(second.lines.some((l) => l.includes('Running in'))).toBe(false);

    // a changed file invalidates its step and those after it, not the ones before
    const ctx = helloContext();
    dirs.push(ctx);
    writeFileSync(path.join(ctx, 'psml-cli'), '#!/bin/sh\necho changed\n', { mode: 0o755 });
    const third = await build(ctx, { experiments: { context: '.' } }, { tags: ['cache'] });
    expect(third.result[0]!.id).not.toBe(a.id);
    expect(third.result[0]!.cachedSteps).toBeGreaterThan(0);
    expect(third.result[0]!.cachedSteps).toBeLessThan(third.result[0]!.steps - 1);
  });

  it('round-trips through the registry: push, remove locally, pull, same digest; then rebuilds from the pulled cache', async () => {
    const { result } = await build(hello, { serving: { context: '.' } }, { push: true, tags: ['round', 'latest'], git: { branch: 'main' } });
    const img = result[0]!;
    expect(img.pushed).toBe(true);
    expect(img.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(img.reference).toBe(`${prefix}/serving@${img.digest}`);

    // the registry itself serves that manifest digest for both tags
    for (const tag of ['round', 'latest']) {
      const repoPath = `${prefix.slice(registry.length + 1)}/serving`;
      const res = await fetch(`http://${registry}/v2/${repoPath}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { Accept: 'application/vnd.docker.distribution.manifest.v2+json' },
      });
      expect(res.headers.get('docker-content-digest')).toBe(img.digest);
    }

    await removeLocally([...img.tags, img.id]);
    await expect(docker.getImage(img.tags[0]!).inspect()).rejects.toMatchObject({ statusCode: 404 });
    const stream = await docker.pull(img.tags[0]!);
    await new Promise((resolve, reject) => docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve(undefined))));
    const pulled = await docker.getImage(img.tags[0]!).inspect();
    expect(pulled.RepoDigests).toContain(img.reference);

    // nothing local but the pulled tag: the build takes its layers from the last pushed tag
    await removeLocally([img.tags[0]!]);
    const again = await build(hello, { serving: { context: '.' } }, { push: true, tags: ['round2'], git: { branch: 'main' } });
    const r = again.result[0]!;
    expect(again.lines).toContain(`cache: pulled ${prefix}/serving:latest`);
    expect(r.cacheFrom).toEqual([`${prefix}/serving:latest`]);
    expect(r.cachedSteps).toBe(r.steps - 1);
    expect(r.digest).toBe(img.digest);
  });

  it('names the failing step with its last log lines', async () => {
    const ctx = mkdtempSync(path.join(os.tmpdir(), 'psml-fail-'));
    dirs.push(ctx);
    writeFileSync(path.join(ctx, 'busybox'), readFileSync(path.join(hello, 'busybox')), { mode: 0o755 });
    writeFileSync(
      path.join(ctx, 'Dockerfile'),
      ['FROM scratch', 'COPY busybox /bin/busybox', 'RUN ["/bin/busybox", "sh", "-c", "echo compiling model; echo out of memory >&2; exit 3"]', 'RUN ["/bin/busybox", "true"]', 'LABEL x=y', ''].join('\n'),
    );
    const e = await build(ctx, { broken: { context: '.' } }, { tags: ['x'] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PsmlError);
    const err = e as PsmlError;
    expect(err.message).toBe('image "broken" failed to build at Step 3/6 : RUN ["/bin/busybox", "sh", "-c", "echo compiling model; echo out of memory >&2; exit 3"]');
    expect(err.resource).toBe('images.broken');
    expect(err.details).toContain('compiling model');
    expect(err.details).toContain('out of memory');
    expect(err.details.at(-1)).toMatch(/returned a non-zero code: 3/);
    await expect(docker.getImage(`${prefix}/broken:x`).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('psml build CLI and action-build entry', () => {
  let root: string;
  beforeAll(() => {
    root = helloContext();
    dirs.push(root);
    writeFileSync(path.join(root, 'psml.yaml'), `project: acme-ml-prod\nregistry:\n  url: ${prefix}/cli\nimages:\n  psml:\n    context: .\n`);
  });
  const tsx = path.resolve('node_modules/.bin/tsx');

  it('prints the built images as JSON with --format json, build output on stderr', () => {
    const r = spawnSync(tsx, [path.resolve('shared/cli/main.ts'), 'build', 'psml', '--tag', 'cli', '--push', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [img] = JSON.parse(r.stdout) as Array<{ name: string; id: string; digest: string; tags: string[] }>;
    expect(img).toMatchObject({ name: 'psml', tags: [`${prefix}/cli/psml:cli`] });
    expect(img!.digest).toMatch(/^sha256:/);
    expect(r.stderr).toMatch(/Step 1\/\d+ : FROM scratch/);
  });

  it('sets images and digests outputs and a summary table when run as the runner does', () => {
    const out = path.join(root, 'github-output');
    const summary = path.join(root, 'summary.md');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const env = { PATH: process.env.PATH!, HOME: os.homedir(), DOCKER_HOST: process.env.DOCKER_HOST ?? '', GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, INPUT_IMAGES: 'psml', INPUT_TAGS: 'action', INPUT_PUSH: 'true', 'INPUT_ACCESS-TOKEN': 'ya29.secret-token' };
    const r = spawnSync(tsx, [path.resolve('action-build/main.ts')], { cwd: root, encoding: 'utf8', env });
    expect(r.status).toBe(0);
    const outputs = readFileSync(out, 'utf8');
    const images = JSON.parse(/images<<(\S+)\n([\s\S]*?)\n\1/.exec(outputs)![2]!) as Array<{ name: string; reference: string }>;
    const digests = JSON.parse(/digests<<(\S+)\n([\s\S]*?)\n\1/.exec(outputs)![2]!) as Record<string, string>;
    expect(images[0]!.name).toBe('psml');
    expect(digests).toEqual({ psml: images[0]!.reference });
    expect(readFileSync(summary, 'utf8')).toContain(`| psml | \`${prefix}/cli/psml:action\``);
    expect(r.stdout).toContain('::add-mask::ya29.secret-token');

    const bad = spawnSync(tsx, [path.resolve('action-build/main.ts')], { cwd: root, encoding: 'utf8', env: { ...env, INPUT_IMAGES: 'nope' } });
    expect(bad.status).toBe(1);
    expect(bad.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual(['::error::psml build failed: images: unknown image "nope" — psml.yaml defines: psml']);
  });
});
