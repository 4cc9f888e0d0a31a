import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { psmlError } from '../psml-error.js';
import { COMMANDS, COMMAND_GROUPS, CI_PASS_ENV, ENGINE_ENVS, MOUNTS, type ArgDef, type CommandDef, type EngineEnv } from '../../shared/engine/commands.js';
import { planDockerRun, type DockerRunSpec } from '../../shared/engine/plan.js';
import { renderDockerRun, shellQuote } from '../../shared/engine/render.js';

const config = { project: 'acme-ml-prod', region: 'europe-west4', registry: { repository: 'ml' }, root: '/home/dev/acme ml' };
const PREFIX = 'europe-west4-docker.pkg.dev/acme-ml-prod/ml';
const hostEnv = { HOME: '/home/dev', DOCKER_HOST: 'unix:///run/user/1000/docker.sock' };

const sample: Record<ArgDef['kind'], string> = { service: 'fraud', version: '3', package: 'storage.gcs', name: 'serving', path: 'src/app.py' };
const wordsFor = (c: CommandDef) => [...c.path, ...(c.args ?? []).filter((a) => !a.optional || a.kind === 'version').map((a) => sample[a.kind])];

/** `-X value` pairs of a rendered argv (before the image). */
function flagValues(argv: string[], flag: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => a === flag && out.push(argv[i + 1]!));
  return out;
}

describe('the command table', () => {
  it("covers every group of seed 001's CLI", () => {
    expect(COMMAND_GROUPS.sort()).toEqual(['docker', 'docs', 'environment', 'experiments', 'notebooks', 'playground', 'remote', 'services', 'test']);
  });

  it('has unique command paths', () => {
    const paths = COMMANDS.map((c) => c.path.join(' '));
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe.each(ENGINE_ENVS)('planDockerRun in %s', (env: EngineEnv) => {
  const root = env === 'ci' ? '/workspace' : config.root;

  it.each(COMMANDS.map((c) => [c.path.join(' '), c] as const))('%s', (_name, def) => {
    const words = wordsFor(def);
    const spec = planDockerRun(words, env, config, { hostEnv });
    const argv = renderDockerRun(spec);

    // image and in-container command
    expect(spec.image).toBe(`${PREFIX}/${def.image}:latest`);
    expect(argv.slice(-words.length - 2)).toEqual([spec.image, 'psml-cli', ...words]);
    expect(argv.slice(0, 2)).toEqual(['docker', 'run']);
    expect(flagValues(argv, '--workdir')).toEqual([def.workdir ?? '/home/psml']);

    // mounts: local from the checkout, CI from /workspace, production none
    const expected = env === 'production' ? [] : (def.mounts ?? []).flatMap((name) => {
      const m = MOUNTS[name];
      if ('envs' in m && !(m.envs as readonly string[]).includes(env)) return [];
      const source = m.from === 'workspace' ? (m.source === '.' ? root : `${root}/${m.source}`) : m.from === 'home' ? `/home/dev/${m.source}` : '/run/user/1000/docker.sock';
      return [`${source}:${m.target}${'readOnly' in m && m.readOnly ? ':ro' : ''}`];
    });
    expect(flagValues(argv, '-v')).toEqual(expected);
    if (env === 'production') expect(spec.mounts).toEqual([]);
    if (env !== 'local') expect(flagValues(argv, '-v').some((v) => v.includes('.config/gcloud'))).toBe(false);

    // environment: explicit values and pass-through names
    const e = flagValues(argv, '-e');
    expect(e).toContain(`PSML_ENV=${env}`);
    expect(e).toContain('PSML_PROJECT=acme-ml-prod');
    expect(e).toContain(`PSML_REGISTRY=${PREFIX}`);
    for (const [k, v] of Object.entries(def.env ?? {})) expect(e).toContain(`${k}=${v}`);
    for (const name of def.passEnv ?? []) expect(e).toContain(name);
    for (const name of CI_PASS_ENV) expect(e.includes(name)).toBe(env === 'ci');

    // ports: published locally, the host's own with host networking
    const ports = (def.ports ?? []).map((p) => `${p.containerPort}:${p.containerPort}`);
    if (env === 'local') {
      expect(flagValues(argv, '-p')).toEqual(ports);
      expect(argv).not.toContain('--network');
    } else {
      expect(flagValues(argv, '-p')).toEqual([]);
      expect(flagValues(argv, '--network')).toEqual(['host']);
      expect(spec.ports.map((p) => `${p.host}:${p.container}`)).toEqual(ports);
    }
    expect(argv).not.toContain('--gpus');
  });
});

describe('planDockerRun details', () => {
  it('gives experiments train its mounts in the seed forms', () => {
    const local = planDockerRun(['experiments', 'train', 'fraud', '1', '2'], 'local', { ...config, root: '/src/ml' }, { hostEnv });
    expect(renderDockerRun(local)).toContain('/src/ml/experiments:/home/psml/experiments');
    const ci = planDockerRun(['experiments', 'train', 'fraud', '1', '2'], 'ci', config, { hostEnv });
    expect(renderDockerRun(ci)).toContain('/workspace/experiments:/home/psml/experiments');
    const prod = planDockerRun(['experiments', 'train', 'fraud', '1', '2'], 'production', config, { hostEnv, gpus: 'all' });
    expect(flagValues(renderDockerRun(prod), '-v')).toEqual([]);
    expect(flagValues(renderDockerRun(prod), '--gpus')).toEqual(['all']);
    expect(renderDockerRun(prod).slice(-7)).toEqual([`${PREFIX}/experiments:latest`, 'psml-cli', 'experiments', 'train', 'fraud', '1', '2']);
  });

  it('publishes the port the user moves, and keeps the option for psml-cli', () => {
    for (const words of [['docs', 'run', '--port', '9000'], ['docs', 'run', '--port=9000']]) {
      const argv = renderDockerRun(planDockerRun(words, 'local', config));
      expect(flagValues(argv, '-p')).toEqual(['9000:9000']);
      expect(argv.slice(-words.length)).toEqual(words);
    }
    expect(psmlError(() => planDockerRun(['docs', 'run', '--port', '70000'], 'local', config)).field).toBe('--port');
  });

  it('uses a configured registry URL, tag and workspace', () => {
    const spec = planDockerRun(['test', 'paystone'], 'ci', { ...config, registry: { repository: 'ml', url: '127.0.0.1:5000/team/' } }, { tag: 'abc123', workspace: '/github/workspace' });
    expect(spec.image).toBe('127.0.0.1:5000/team/psml:abc123');
    expect(spec.mounts.map((m) => m.source)).toEqual(['/github/workspace/paystone', '/github/workspace/tests', '/github/workspace/cli']);
  });

  it('adds explicit and pass-through variables, later ones winning', () => {
    const spec = planDockerRun(['test', 'paystone'], 'local', config, { extraEnv: ['A=1', 'B', 'PSML_ENV=custom', 'A=x=y'] });
    const e = flagValues(renderDockerRun(spec), '-e');
    expect(e).toContain('B');
    expect(e).toContain('PSML_ENV=custom');
    expect(e).not.toContain('PSML_ENV=local');
    expect(e.filter((v) => v.startsWith('A='))).toEqual(['A=x=y']);
  });

  it.each([
    [['nope'], 'words', /unknown command group "nope"/],
    [['experiments', 'fly'], 'words', /unknown command "experiments fly"/],
    [['experiments'], 'words', /needs a command/],
    [[], 'words', /no command/],
    [['experiments', 'train', 'fraud', '1'], 'minor', /missing <minor>/],
    [['experiments', 'train', 'fraud', 'one', '2'], 'major', /non-negative integer/],
    [['experiments', 'train', 'Fraud!', '1', '2'], 'service', /service name/],
    [['test', 'cli', 'extra'], 'words', /unexpected argument "extra"/],
    [['test', 'paystone', 'no-dashes-in-packages'], 'package', /Python package/],
  ])('rejects %j naming the field', (words, field, message) => {
    const e = psmlError(() => planDockerRun(words as string[], 'local', config));
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it('rejects GPUs where a command cannot use them, bad tags, env names and workspaces', () => {
    expect(psmlError(() => planDockerRun(['test', 'paystone'], 'local', config, { gpus: 'all' })).field).toBe('gpus');
    expect(psmlError(() => planDockerRun(['notebooks', 'run'], 'local', config, { gpus: 'lots' })).field).toBe('gpus');
    expect(planDockerRun(['notebooks', 'run'], 'local', config, { gpus: 'device=0,1' }).gpus).toBe('device=0,1');
    expect(psmlError(() => planDockerRun(['test', 'paystone'], 'local', config, { tag: 'a b' })).field).toBe('tag');
    expect(psmlError(() => planDockerRun(['test', 'paystone'], 'local', config, { extraEnv: ['1BAD=x'] })).field).toBe('env');
    expect(psmlError(() => planDockerRun(['test', 'paystone'], 'local', config, { workspace: 'relative' })).field).toBe('workspace');
    expect(psmlError(() => planDockerRun(['test', 'paystone'], 'local', config, { workspace: '/a:b' })).field).toBe('workspace');
  });

  it('passes any words after an option through unchanged, and renders any env value exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }).filter((s) => !s.includes('\0'))), fc.string().filter((s) => !s.includes('\0')), (rest, value) => {
        const words = ['test', 'paystone', 'storage', '-k', ...rest];
        const spec: DockerRunSpec = planDockerRun(words, 'local', config, { extraEnv: [`V=${value}`] });
        const argv = renderDockerRun(spec);
        expect(argv.slice(-words.length)).toEqual(words);
        expect(flagValues(argv, '-e')).toContain(`V=${value}`);
      }),
    );
  });
});

describe('shellQuote', () => {
  it('round-trips any argv through a real POSIX shell', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }).filter((s) => !s.includes('\0')), { maxLength: 6 }), (words) => {
        const r = spawnSync('sh', ['-c', `printf '%s\\0' ${shellQuote(words)}`], { encoding: 'utf8' });
        const out = words.length === 0 ? [] : r.stdout.split('\0').slice(0, -1);
        expect(out).toEqual(words);
      }),
      { numRuns: 50 },
    );
  });
});
