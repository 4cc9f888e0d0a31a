/**
 * The loader's promise, checked over thousands of generated manifests: it returns a valid Experiment or throws a
 * PsmlError whose every detail names the file — nothing else escapes. Generated valid manifests always load,
 * and the resource names of whatever loads are valid Compute Engine names.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { PsmlError } from '../../shared/errors.js';
import { ExperimentSchema, GCE_NAME, loadExperimentText, MACHINE_SHAPES, ownershipLabels, resourceNames, GCE_LABEL_VALUE } from '../../shared/manifest/index.js';

const FILE = 'gen.yaml';

const envName = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
const envValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
const env = fc.oneof(
  fc.dictionary(envName, envValue, { maxKeys: 4 }),
  fc.uniqueArray(fc.record({ name: envName, value: envValue }), { selector: (e) => e.name, maxLength: 4 }),
);
const zonesIn = (region: string) => fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'f').map((l) => `${region}-${l}`), { minLength: 1, maxLength: 4 });
const region = fc.constantFrom('us-central1', 'europe-west4', 'asia-east1');
const image = fc.constantFrom('ghcr.io/acme/model:1', 'europe-west4-docker.pkg.dev/p/r/img@sha256:' + 'a'.repeat(64), '127.0.0.1:5000/psml/x:latest');
const duration = fc.oneof(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom('90s', '30m', '4h', '1h30m', '2d'));

const plain = MACHINE_SHAPES.filter((s) => !s.builtinGpu).map((s) => s.name);
const builtin = MACHINE_SHAPES.filter((s) => s.builtinGpu).map((s) => s.name);
const n1 = MACHINE_SHAPES.filter((s) => s.family === 'n1').map((s) => s.name);
/** A machine type with a compatible (or no) GPU. */
const machine = fc.oneof(
  fc.record({ machineType: fc.constantFrom(...plain) }),
  fc.record({ machineType: fc.constantFrom(...builtin) }),
  fc.record({ machineType: fc.constantFrom(...n1), gpu: fc.record({ type: fc.constant('nvidia-tesla-t4'), count: fc.constantFrom(1, 2, 4) }) }),
);

const training = fc
  .tuple(machine, region.chain(zonesIn), fc.boolean(), fc.option(duration, { nil: undefined }), env, fc.option(fc.integer({ min: 10, max: 2000 }), { nil: undefined }))
  .map(([m, zones, spot, maxRunDuration, e, bootDiskGb]) => ({
    image: 'ghcr.io/acme/train:1',
    ...m,
    zones,
    spot,
    ...(maxRunDuration !== undefined ? { maxRunDuration } : {}),
    command: ['python', '-m', 'train'],
    env: e,
    ...(bootDiskGb !== undefined ? { bootDiskGb } : {}),
    artifactsUri: 'gs://bucket-x/path/a',
  }));

const quantityCpu = fc.constantFrom('250m', '500m', '1', '2', 1.5, '4', '1e0');
const quantityMem = fc.constantFrom('256M', '512Mi', '1Gi', '2Gi', '7.5Gi', '1e9', 3_000_000_000);
const serving = fc
  .tuple(
    fc.oneof(machine, fc.record({ resources: fc.record({ cpu: quantityCpu, memory: quantityMem }, { requiredKeys: [] }) })),
    fc.nat({ max: 5 }),
    fc.nat({ max: 5 }),
    region,
    fc.boolean(),
    env,
    fc.integer({ min: 1, max: 65535 }),
  )
  .chain(([m, min, extra, r, withZones, e, port]) =>
    (withZones ? zonesIn(r) : fc.constant(undefined)).map((zones) => ({
      image: 'ghcr.io/acme/serve:1',
      ...m,
      replicas: { min, max: Math.max(1, min + extra) },
      autoscaling: { targetCpuUtilization: 0.5 },
      region: r,
      ...(zones ? { zones } : {}),
      env: e,
      port,
      healthCheckPath: '/v2/health/ready',
      modelUri: 'gs://bucket-x/model',
    })),
  );

const experiment = fc
  .tuple(
    fc.stringMatching(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/),
    fc.oneof(fc.record({ major: fc.nat({ max: 99999 }), minor: fc.nat({ max: 99999 }) }), fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${b}`)),
    fc.option(training, { nil: undefined }),
    fc.option(serving, { nil: undefined }),
    fc.option(image, { nil: undefined }),
  )
  .filter(([, , t, s]) => t !== undefined || s !== undefined)
  .map(([service, version, t, s, img]) => ({
    apiVersion: 'psml.dev/v1',
    kind: 'Experiment',
    service,
    version,
    ...(img ? { image: img } : {}),
    ...(t ? { training: t } : {}),
    ...(s ? { serving: s } : {}),
  }));

const mlcomponent = fc
  .tuple(fc.stringMatching(/^[a-z]([-a-z0-9]{0,40}[a-z0-9])?$/), quantityCpu, quantityMem, fc.option(fc.constantFrom(1, 2, 4), { nil: undefined }), fc.uniqueArray(fc.record({ name: envName, value: fc.string({ maxLength: 10 }) }), { selector: (e) => e.name, maxLength: 3 }))
  .map(([name, cpu, memory, gpus, e]) => ({
    apiVersion: 'unified-platform.cs.hse.ru/v1',
    kind: 'MLComponent',
    metadata: { name },
    spec: {
      image: { existingImageName: 'ghcr.io/acme/ml:1', resourceLimits: { cpu, memory, ...(gpus ? { 'nvidia.com/gpu': gpus } : {}) } },
      env: e,
      mlService: {
        inference: {
          fileExchange: { fileBox: 'user-box', inferenceFilesPath: '/tmp/files' },
          model: { modelBox: 'model-box', modelPath: '/models/m.joblib' },
          entryPoint: { pythonPath: '.', pythonFunction: 'pkg.predict.inference' },
        },
      },
      connectedBoxes: [{ name: 'model-box', path: '/models' }, { name: 'user-box' }],
    },
  }));

const validManifest = fc.oneof({ weight: 3, arbitrary: experiment }, { weight: 1, arbitrary: mlcomponent });

/** Every path to a value inside a plain object tree. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...prefix, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...prefix, k]));
  return out;
}

type Mutation = { op: 'set'; value: unknown } | { op: 'delete' } | { op: 'unknownKey'; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1e308, '', 'x', 'n1-standrd-4', '2GB', '256m', null, [], {})) }),
  fc.record({ op: fc.constant('delete' as const) }),
  fc.record({ op: fc.constant('unknownKey' as const), key: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('replica', 'machinetype', 'zone', 'trainng', 'envs')) }),
);

function mutate(doc: unknown, at: number, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const all = paths(copy);
  const p = all[at % all.length]!;
  if (p.length === 0) return m.op === 'set' ? m.value : m.op === 'delete' ? undefined : copy;
  const parent = p.slice(0, -1).reduce<any>((o, k) => o[k], copy);
  const key = p[p.length - 1]!;
  if (m.op === 'set') parent[key] = m.value;
  else if (m.op === 'delete') Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key];
  else {
    const target = parent[key];
    if (target && typeof target === 'object' && !Array.isArray(target)) target[m.key] = 1;
    else parent[key] = { [m.key]: 1 };
  }
  return copy;
}

/** Loads and checks the promise; returns whether it loaded. */
function check(text: string): boolean {
  let exp;
  try {
    exp = loadExperimentText(text, FILE);
  } catch (e) {
    if (!(e instanceof PsmlError)) throw new Error(`non-PsmlError escaped for:\n${text}\n${String((e as Error)?.stack ?? e)}`);
    expect(e.details.length).toBeGreaterThan(0);
    for (const d of e.details) expect(d.startsWith(FILE)).toBe(true);
    return false;
  }
  expect(ExperimentSchema.safeParse(exp).success).toBe(true);
  const names = resourceNames(exp);
  for (const [k, n] of Object.entries(names)) if (k !== 'routePrefix') expect(n).toMatch(GCE_NAME);
  for (const v of Object.values(ownershipLabels(exp))) expect(v).toMatch(GCE_LABEL_VALUE);
  return true;
}

const serialize = (doc: unknown, json: boolean): string => (json ? JSON.stringify(doc) ?? '' : (stringify(doc) as string | undefined) ?? '');

describe('loader promise (property-based)', () => {
  it('generated valid manifests always load, as YAML and as JSON', () => {
    fc.assert(
      fc.property(validManifest, fc.boolean(), (doc, json) => {
        const text = serialize(doc, json);
        expect(check(text), text).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('broken manifests load or throw a PsmlError — nothing else', () => {
    let rejected = 0;
    fc.assert(
      fc.property(validManifest, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), fc.boolean(), (doc, muts, json) => {
        const broken = muts.reduce<unknown>((d, [at, m]) => mutate(d, at, m), doc);
        if (!check(serialize(broken, json))) rejected++;
      }),
      { numRuns: 1000 },
    );
    expect(rejected).toBeGreaterThan(500); // most mutations must actually be caught
  });

  it('corrupted and random text never escapes as anything but a PsmlError', () => {
    fc.assert(
      fc.property(validManifest, fc.nat(), fc.string({ maxLength: 4 }), (doc, at, junk) => {
        const text = stringify(doc);
        const i = at % (text.length + 1);
        check(text.slice(0, i) + junk + text.slice(i));
      }),
      { numRuns: 400 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => void check(text)), { numRuns: 300 });
  });
});
