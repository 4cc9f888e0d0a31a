import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectConfig, type ProjectConfig } from '../../shared/config/project.js';
import { psmlError } from '../psml-error.js';
import { ExperimentSchema, loadExperiment, loadExperimentText } from '../../shared/manifest/index.js';

const examples = path.resolve(__dirname, '../../examples/manifests');

const project = (yaml: string): ProjectConfig => parseProjectConfig(yaml, 'psml.yaml');

const minimal = (extra = '') => `apiVersion: psml.dev/v1
kind: Experiment
service: churn
version: "1.2"
serving:
  image: ghcr.io/acme/churn:1
  machineType: n1-standard-2
${extra}`;

describe('loading valid manifests', () => {
  it('loads the Experiment example with every field normalized', () => {
    const e = loadExperiment(path.join(examples, 'churn-1.2.yaml'), { project: null });
    expect(ExperimentSchema.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({ service: 'churn', version: { major: 1, minor: 2 }, source: { kind: 'Experiment' } });
    expect(e.training).toMatchObject({
      machineType: 'n1-standard-8',
      gpu: { type: 'nvidia-tesla-t4', count: 1 },
      zones: ['europe-west4-a', 'europe-west4-b', 'europe-west4-c'],
      spot: true,
      maxRunDurationSeconds: 6 * 3600,
      expectedDurationSeconds: 2.5 * 3600,
      env: { DATASET: 'bq://acme-ml.features.churn_v3', SEED: '7' },
      artifactsUri: 'gs://acme-ml-artifacts/churn/1.2',
    });
    expect(e.serving).toMatchObject({ replicas: { min: 1, max: 4 }, region: 'europe-west4', env: { LOG_LEVEL: 'info' }, port: 8080 });
  });

  it('loads JSON manifests and built-in GPUs of g2 machines', () => {
    const e = loadExperiment(path.join(examples, 'serving-gpu.json'), { project: null });
    expect(e.serving?.gpu).toEqual({ type: 'nvidia-l4', count: 1 });
    expect(e.serving?.initialDelaySeconds).toBeGreaterThanOrEqual(600); // GPU serving: driver + model load
    expect(e.serving?.region).toBe('europe-west4'); // from its zones
  });

  it('loads the MLComponent example of seed 004 as a serving definition', () => {
    const e = loadExperiment(path.join(examples, 'mlcomponent.yaml'), { project: null });
    expect(e.source.kind).toBe('MLComponent');
    expect(e.service).toBe('somename-mlcmp');
    expect(e.training).toBeUndefined();
    const s = e.serving!;
    expect(s.machineType).toBe('e2-small'); // 500m / 256M + OS headroom
    expect(s.requested).toEqual({ cpu: 0.5, memoryBytes: 256e6 });
    expect(s.image).toBe('example.com/lab-name/bm99-module-container-name:12ab345');
    expect(s.env).toEqual({ PYTHONPATH: '.', CUSTOM_PARAMETER_1: '3.14', ANOTHER_PARAMETER: 'some_value' });
    expect(s.command).toEqual([
      'psml-cli', 'experiments', 'serve',
      '--entry-point', 'modulename.predict.inference',
      '--model-path', '/home/path/to/model.joblib',
      '--files-path', '/home/appname/users/tmp',
    ]);
    expect(s.modelUri).toBe('/home/path/to/model.joblib');
  });

  it('MLComponent: bigger limits choose a bigger machine, nvidia.com/gpu a GPU family, the annotation the version', () => {
    const text = (limits: string, annotations = '') => `apiVersion: unified-platform.cs.hse.ru/v1
kind: MLComponent
metadata:
  name: big
${annotations}
spec:
  image:
    existingImageName: ghcr.io/acme/big:1
    resourceLimits:
${limits}
  mlService:
    inference:
      entryPoint: { pythonFunction: m.inference }
`;
    expect(loadExperimentText(text('      cpu: 4\n      memory: 12Gi'), 'a.yaml').serving?.machineType).toBe('n1-standard-4');
    const gpu = loadExperimentText(text('      cpu: "2"\n      memory: 8Gi\n      nvidia.com/gpu: 1', '  annotations:\n    psml.dev/version: "2.7"\n    psml.dev/gpu-type: nvidia-l4'), 'b.yaml');
    expect(gpu.serving?.machineType).toBe('g2-standard-4');
    expect(gpu.serving?.gpu).toEqual({ type: 'nvidia-l4', count: 1 });
    expect(gpu.version).toEqual({ major: 2, minor: 7 });
    const cheapest = loadExperimentText(text('      cpu: 1\n      memory: 1Gi'), 'c.yaml', { machineTypes: { cheapest: (c) => c.find((s) => s.family === 'e2')! } });
    expect(cheapest.serving?.machineType).toMatch(/^e2-/);
  });

  it('applies psml.yaml defaults under the manifest and resolves simple image names', () => {
    const p = project(`project: acme-ml
region: europe-west1
registry: { repository: models }
images:
  trainer: { context: train }
  server: {}
defaults:
  image: server
  labels: { team: growth }
  training:
    zones: [europe-west1-b, europe-west1-c]
    spot: true
    env: { A: "1", B: "2" }
  serving:
    replicas: { min: 2, max: 5 }
    port: 9000
`);
    const e = loadExperimentText(
      `apiVersion: psml.dev/v1
kind: Experiment
service: churn
version: { major: 4, minor: 0 }
training:
  image: trainer:abc123
  machineType: n2-standard-8
  env: { B: "override" }
serving:
  machineType: n2-standard-2
  replicas: { max: 8 }
`,
      'exp.yaml',
      { project: p },
    );
    expect(e.training?.image).toBe('europe-west1-docker.pkg.dev/acme-ml/models/trainer:abc123');
    expect(e.training?.imageName).toBe('trainer');
    expect(e.training?.zones).toEqual(['europe-west1-b', 'europe-west1-c']);
    expect(e.training?.spot).toBe(true);
    expect(e.training?.env).toEqual({ A: '1', B: 'override' });
    expect(e.serving?.image).toBe('europe-west1-docker.pkg.dev/acme-ml/models/server');
    expect(e.serving?.port).toBe(9000);
    expect(e.serving?.region).toBe('europe-west1');
    // the manifest's replicas object replaces the default one: min falls back to its own default
    expect(e.serving?.replicas).toEqual({ min: 1, max: 8 });
    expect(e.labels).toEqual({ team: 'growth' });
  });

  it('finds psml.yaml next to the manifest when no project is given', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'psml-manifest-'));
    mkdirSync(path.join(dir, 'exp'));
    writeFileSync(path.join(dir, 'psml.yaml'), 'project: acme-ml\nregistry: { url: "127.0.0.1:5000/psml" }\nimages: { server: {} }\n');
    writeFileSync(path.join(dir, 'exp', 'e.yaml'), minimal().replace('ghcr.io/acme/churn:1', 'server'));
    expect(loadExperiment(path.join(dir, 'exp', 'e.yaml')).serving?.image).toBe('127.0.0.1:5000/psml/server');
  });

  it('rejects invalid psml.yaml defaults with their position', () => {
    const err = psmlError(() => project('project: acme-ml\ndefaults:\n  serving:\n    replica: { min: 1 }\n'));
    expect(err.details.join('\n')).toMatch(/psml\.yaml:4:5: defaults\.serving\.replica: unknown field "replica" — did you mean "replicas"\?/);
  });
});

describe('errors people can act on', () => {
  it('names file, line:column, field, expected and found; several at once', () => {
    const err = psmlError(() =>
      loadExperimentText(
        `apiVersion: psml.dev/v1
kind: Experiment
service: Churn
version: { major: x, minor: 2 }
trainng:
  machineType: n1-standard-8
serving:
  image: ghcr.io/a/b:1
  machineType: n1-standard-2
  port: "80"
  healthcheckPath: /x
`,
        'exp.yaml',
      ),
    );
    const lines = err.details;
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^exp\.yaml:3:10: service: expected .*lowercase.*, found "Churn"$/);
    expect(lines[1]).toBe('exp.yaml:4:19: version.major: expected number, found "x"');
    expect(lines[2]).toBe('exp.yaml:5:1: trainng: unknown field "trainng" — did you mean "training"?');
    expect(lines[3]).toBe('exp.yaml:10:9: serving.port: expected number, found "80"');
    expect(lines[4]).toBe('exp.yaml:11:3: serving.healthcheckPath: unknown field "healthcheckPath" — did you mean "healthCheckPath"?');
    expect(err.resource).toBe('exp.yaml:3:10');
    expect(err.message).toContain('and 4 more problems');
    expect(err.stack).toBeDefined(); // exists, but describe() — what users see — never includes it
    expect(err.describe()).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it('reports consistency problems after the structure is right', () => {
    const err = psmlError(() =>
      loadExperimentText(
        `apiVersion: psml.dev/v1
kind: Experiment
service: churn
version: "1.2"
labels: { managed-by: me }
training:
  image: ghcr.io/a/b:1
  machineType: n1-standrd-8
  zones: [us-central1-a, us-central1-a]
  maxRunDuration: 1h
  expectedDuration: 2h
serving:
  image: ghcr.io/a/b:1
  machineType: e2-standard-4
  gpu: { type: nvidia-tesla-t4 }
  replicas: { min: 3, max: 2 }
  region: us-east1
  zones: [us-central1-a]
`,
        'exp.yaml',
      ),
    );
    const text = err.details.join('\n');
    expect(text).toContain('exp.yaml:5:11: labels.managed-by: label "managed-by" is reserved');
    expect(text).toContain('exp.yaml:8:16: training.machineType: unknown machine type "n1-standrd-8" — did you mean "n1-standard-8"?');
    expect(text).toContain('exp.yaml:9:26: training.zones[1]: zone "us-central1-a" is listed twice');
    expect(text).toContain('training.expectedDuration: expected duration (7200s) is longer than maxRunDuration (3600s)');
    expect(text).toContain('exp.yaml:14:16: serving.machineType: nvidia-tesla-t4 attaches only to n1 machine types, found e2-standard-4');
    expect(text).toContain('exp.yaml:16:13: serving.replicas: min (3) is greater than max (2)');
    expect(text).toContain('exp.yaml:18:11: serving.zones[0]: zone "us-central1-a" is not in region us-east1');
  });

  it('unknown image names get a did-you-mean from psml.yaml', () => {
    const p = project('project: acme-ml\nimages: { trainer: {}, server: {} }\n');
    const err = psmlError(() => loadExperimentText(minimal().replace('ghcr.io/acme/churn:1', 'srever'), 'e.yaml', { project: p }));
    expect(err.details).toEqual(['e.yaml:6:10: serving.image: image "srever" is not defined in psml.yaml `images:` — did you mean "server"?']);
  });

  it('kind and apiVersion mistakes', () => {
    expect(psmlError(() => loadExperimentText('apiVersion: psml.dev/v1\nkind: Experimnt\n', 'k.yaml')).details).toEqual([
      'k.yaml:2:7: kind: expected "Experiment" or "MLComponent", found "Experimnt" — did you mean "Experiment"?',
    ]);
    expect(psmlError(() => loadExperimentText(minimal().replace('psml.dev/v1', 'psml.dev/v2'), 'v.yaml')).details[0]).toBe(
      'v.yaml:1:13: apiVersion: expected "psml.dev/v1", found "psml.dev/v2"',
    );
    expect(psmlError(() => loadExperimentText('service: x\n', 'm.yaml')).details[0]).toMatch(/^m\.yaml:1:1: kind: required field is missing/);
  });

  it('missing required fields point at their parent', () => {
    const err = psmlError(() => loadExperimentText('apiVersion: psml.dev/v1\nkind: Experiment\nservice: a\nserving:\n  machineType: n1-standard-2\n', 'r.yaml'));
    expect(err.details).toContain('r.yaml:1:1: version: required field is missing (expected object or string)');
    const err2 = psmlError(() => loadExperimentText(minimal().replace('  machineType: n1-standard-2\n', ''), 'r2.yaml'));
    expect(err2.details[0]).toMatch(/^r2\.yaml:6:3: serving: required field machineType is missing/);
  });

  it('MLComponent mistakes: quantities, box references, unknown fields', () => {
    const err = psmlError(() =>
      loadExperimentText(
        `apiVersion: unified-platform.cs.hse.ru/v1
kind: MLComponent
metadata: { name: svc }
spec:
  image:
    existingImageName: ghcr.io/a/b:1
    resourceLimits: { cpu: 500m, memory: 2GB }
  mlService:
    inference:
      model: { modelBox: modle-box, modelPath: /m }
      entryPoint: { pythonFunction: m.inference, pythonpath: . }
  connectedBoxes:
    - name: model-box
`,
        'c.yaml',
      ),
    );
    expect(err.details).toEqual([
      'c.yaml:7:42: spec.image.resourceLimits.memory: expected a Kubernetes quantity such as 500m, 2, 256Mi, 2Gi: unknown suffix "GB" — write "2G", found "2GB"',
      'c.yaml:11:50: spec.mlService.inference.entryPoint.pythonpath: unknown field "pythonpath" — did you mean "pythonPath"?',
    ]);
    const err2 = psmlError(() =>
      loadExperimentText(
        `apiVersion: unified-platform.cs.hse.ru/v1
kind: MLComponent
metadata: { name: svc }
spec:
  image: { existingImageName: ghcr.io/a/b:1, resourceLimits: { memory: 256m } }
  mlService:
    inference:
      model: { modelBox: modle-box, modelPath: /m }
      entryPoint: { pythonFunction: m.inference }
  connectedBoxes: [{ name: model-box }]
`,
        'c2.yaml',
      ),
    );
    expect(err2.details).toEqual([
      'c2.yaml:5:72: spec.image.resourceLimits.memory: memory "256m" is less than one byte — did you mean "256Mi" or "256M"? — memory uses Ki, Mi, Gi (binary) or k, M, G (decimal)',
      'c2.yaml:8:26: spec.mlService.inference.model.modelBox: box "modle-box" is not in spec.connectedBoxes — did you mean "model-box"?',
    ]);
  });

  it('YAML syntax errors, duplicate keys, empty files and files that do not exist', () => {
    const syntax = psmlError(() => loadExperimentText('a: [1,\nb: 2\n', 's.yaml'));
    expect(syntax.details[0]).toMatch(/^s\.yaml:\d+:\d+: YAML syntax: /);
    const dup = psmlError(() => loadExperimentText(minimal('service: again\n'), 'd.yaml'));
    expect(dup.details[0]).toMatch(/^d\.yaml:8:1: YAML syntax: .*unique/i);
    expect(psmlError(() => loadExperimentText('', 'e.yaml')).details[0]).toMatch(/^e\.yaml: \(root\): expected a map .*found an empty value/);
    expect(psmlError(() => loadExperimentText('- a\n- b\n', 'l.yaml')).details[0]).toMatch(/found a list/);
    const missing = psmlError(() => loadExperiment('/nonexistent/psml/exp.yaml', { project: null }));
    expect(missing.resource).toBe('/nonexistent/psml/exp.yaml');
    expect(missing.message).toContain('not found');
    const bin = path.join(mkdtempSync(path.join(tmpdir(), 'psml-manifest-')), 'model.yaml');
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00, 0x00, 0xff, 0x0a]));
    const binary = psmlError(() => loadExperiment(bin, { project: null }));
    expect(binary.resource).toBe(bin);
    expect(binary.message).toMatch(/binary file/);
  });
});
