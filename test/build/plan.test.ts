import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PsmlError } from '../../shared/errors.js';
import { branchSlug, defaultTags, planBuilds } from '../../shared/build/plan.js';
import { isGoogleRegistry, registryAuth, registryHost } from '../../shared/build/registry.js';
import { packContext } from '../../shared/build/context.js';

const config = {
  project: 'acme-ml-prod',
  region: 'us-east1',
  registry: { repository: 'ml' },
  root: '/repo',
  images: {
    serving: { context: 'images/serving', dockerfile: 'Dockerfile.gpu', target: 'runtime', buildArgs: { PY: '3.11' }, labels: { team: 'ml' } },
    training: { context: '.', buildArgs: {}, labels: {} },
  },
};

describe('planBuilds', () => {
  it('tags with the commit, the branch slug and latest, and takes cache from the branch then latest', () => {
    const [serving] = planBuilds(config, ['serving'], { git: { sha: 'a'.repeat(40), branch: 'feature/New_Model#2' } });
    const repo = 'us-east1-docker.pkg.dev/acme-ml-prod/ml/serving';
    expect(serving!.tags).toEqual([`${repo}:${'a'.repeat(40)}`, `${repo}:feature-new_model-2`, `${repo}:latest`]);
    expect(serving!.cacheFrom).toEqual([`${repo}:feature-new_model-2`, `${repo}:latest`]);
    expect(serving!.contextDir).toBe('/repo/images/serving');
    expect(serving!.dockerfile).toBe('Dockerfile.gpu');
    expect(serving!.target).toBe('runtime');
    expect(serving!.buildArgs).toEqual({ PY: '3.11' });
    expect(serving!.labels).toMatchObject({ team: 'ml', 'dev.psml.image': 'serving', 'org.opencontainers.image.revision': 'a'.repeat(40) });
  });

  it('builds every image when none is named, with explicit tags and another registry', () => {
    const plans = planBuilds(config, [], { tags: ['v1', 'v1'], registry: 'http://127.0.0.1:5000/team/' });
    expect(plans.map((p) => p.name)).toEqual(['serving', 'training']);
    expect(plans[1]!.tags).toEqual(['127.0.0.1:5000/team/training:v1']);
    expect(plans[1]!.cacheFrom).toEqual(['127.0.0.1:5000/team/training:latest']);
  });

  it.each([
    [['nope'], {}, 'images', /unknown image "nope".*/],
    [['serving'], { tags: ['bad tag'] }, 'tag', /not a valid Docker tag/],
    [['serving'], { tags: ['-x'] }, 'tag', /not a valid Docker tag/],
    [['serving'], { registry: 'UPPER/case' }, 'registry', /not a registry URL/],
  ])('rejects %j %j naming %s', (names, options, field, message) => {
    try {
      planBuilds(config, names, options);
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(PsmlError);
      expect((e as PsmlError).field).toBe(field);
      expect((e as PsmlError).message).toMatch(message);
    }
  });

  it('says what to add when psml.yaml has no images', () => {
    expect(() => planBuilds({ ...config, images: {} }, [])).toThrow(/defines no images/);
  });

  it('makes a valid Docker tag of any branch name (or none)', () => {
    fc.assert(
      // branch-ish characters, long enough to hit the 128-character limit
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ09/_-.#~ üé\t'), maxLength: 300 }), (branch) => {
        const slug = branchSlug(branch);
        return slug === undefined || /^[a-z0-9_][a-z0-9_.-]{0,127}$/.test(slug);
      }),
    );
    expect(defaultTags({})).toEqual(['latest']);
    expect(defaultTags({ branch: '---' })).toEqual(['latest']);
  });
});

describe('registry credentials', () => {
  it('recognises registry hosts', () => {
    expect(registryHost('us-central1-docker.pkg.dev/p/r/img:1')).toBe('us-central1-docker.pkg.dev');
    expect(registryHost('127.0.0.1:5000/x/img:latest')).toBe('127.0.0.1:5000');
    expect(registryHost('library/busybox:latest')).toBe('docker.io');
    expect(isGoogleRegistry('europe-west4-docker.pkg.dev')).toBe(true);
    expect(isGoogleRegistry('eu.gcr.io')).toBe(true);
    expect(isGoogleRegistry('ghcr.io')).toBe(false);
  });

  it('uses oauth2accesstoken for Artifact Registry, nothing for loopback, user/password elsewhere', async () => {
    expect(await registryAuth('us-central1-docker.pkg.dev/p/r/img:1', { accessToken: 'ya29.token' })).toEqual({
      username: 'oauth2accesstoken',
      password: 'ya29.token',
      serveraddress: 'https://us-central1-docker.pkg.dev',
    });
    expect(await registryAuth('127.0.0.1:5000/x/img:1', { accessToken: 't', username: 'u', password: 'p' })).toBeUndefined();
    expect(await registryAuth('localhost:5000/x/img:1', {})).toBeUndefined();
    expect(await registryAuth('ghcr.io/org/img:1', { username: 'bot', password: 'pat' })).toEqual({ username: 'bot', password: 'pat', serveraddress: 'ghcr.io' });
    expect(await registryAuth('ghcr.io/org/img:1', {})).toBeUndefined();
  });
});

describe('build context', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  async function contents(dir: string, dockerfile?: string): Promise<string[]> {
    const out = mkdtempSync(path.join(os.tmpdir(), 'psml-ctx-out-'));
    dirs.push(out);
    await pipeline(packContext(dir, dockerfile), tar.extract(out));
    const walk = (d: string, pre = ''): string[] =>
      readdirSync(path.join(out, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name), `${pre}${e.name}/`) : [`${pre}${e.name}`]));
    return walk('').sort();
  }

  it('honours .dockerignore but always sends the Dockerfile and .dockerignore', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'psml-ctx-'));
    dirs.push(dir);
    for (const d of ['src', 'node_modules/pkg', 'data/keep']) mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of ['Dockerfile.gpu', 'src/app.py', 'src/app.test.py', 'node_modules/pkg/x.js', 'data/big.bin', 'data/keep/small.txt', 'secret.env', 'README.md']) {
      writeFileSync(path.join(dir, f), f);
    }
    writeFileSync(path.join(dir, '.dockerignore'), ['node_modules', '**/*.test.py', 'data', '!data/keep', '*.env', 'Dockerfile*', ''].join('\n'));
    expect(await contents(dir, 'Dockerfile.gpu')).toEqual(['.dockerignore', 'Dockerfile.gpu', 'README.md', 'data/keep/small.txt', 'src/app.py']);
  });

  it('names a missing Dockerfile or context', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'psml-ctx-'));
    dirs.push(dir);
    expect(() => packContext(dir)).toThrow(expect.objectContaining({ field: 'dockerfile' }));
    expect(() => packContext(path.join(dir, 'nope'))).toThrow(expect.objectContaining({ field: 'context' }));
  });
});
