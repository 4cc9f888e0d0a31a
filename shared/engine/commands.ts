/**
 * The PSML Engine's command table (seed 001): every `psml <group> <command> …` a person types, with the image it runs in
 * and the Docker configuration it needs. Declarative on purpose — adding a command is adding a row, and tests walk the
 * table. The in-container command is always `psml-cli <the same words>`.
 */

/** Where the command runs: a laptop, a CI step (Cloud Build / GitHub runner), or a production VM (code baked in). */
export const ENGINE_ENVS = ['local', 'ci', 'production'] as const;
export type EngineEnv = (typeof ENGINE_ENVS)[number];

/** Container home of the psml images; every mount target lives under it. */
export const CONTAINER_HOME = '/home/psml';

/**
 * A host path mounted into the container. `workspace` sources are relative to the repository root (local: the directory
 * of psml.yaml; CI: /workspace); `home` sources are relative to the user's home (local only: credentials);
 * `docker` is the engine socket (so commands can build and push images themselves).
 */
export interface MountDef {
  from: 'workspace' | 'home' | 'docker';
  source: string;
  target: string;
  readOnly?: boolean;
  /** Environments that get this mount; production never gets any (code is baked into the image). */
  envs?: readonly EngineEnv[];
}

export const MOUNTS = {
  repo: { from: 'workspace', source: '.', target: `${CONTAINER_HOME}/repo` },
  cli: { from: 'workspace', source: 'cli', target: `${CONTAINER_HOME}/cli`, readOnly: true },
  paystone: { from: 'workspace', source: 'paystone', target: `${CONTAINER_HOME}/paystone`, readOnly: true },
  experiments: { from: 'workspace', source: 'experiments', target: `${CONTAINER_HOME}/experiments` },
  tests: { from: 'workspace', source: 'tests', target: `${CONTAINER_HOME}/tests`, readOnly: true },
  docs: { from: 'workspace', source: 'docs', target: `${CONTAINER_HOME}/docs` },
  notebooks: { from: 'workspace', source: 'notebooks', target: `${CONTAINER_HOME}/notebooks` },
  playground: { from: 'workspace', source: 'playground', target: `${CONTAINER_HOME}/playground` },
  services: { from: 'workspace', source: 'services', target: `${CONTAINER_HOME}/services` },
  venv: { from: 'workspace', source: '.venv', target: `${CONTAINER_HOME}/.venv`, readOnly: true },
  gcloud: { from: 'home', source: '.config/gcloud', target: `${CONTAINER_HOME}/.config/gcloud`, readOnly: true, envs: ['local'] },
  docker: { from: 'docker', source: '/var/run/docker.sock', target: '/var/run/docker.sock', envs: ['local', 'ci'] },
} as const satisfies Record<string, MountDef>;
export type MountName = keyof typeof MOUNTS;

/** A positional argument of a command; validated before anything runs. */
export interface ArgDef {
  name: string;
  kind: 'service' | 'version' | 'package' | 'name' | 'path';
  optional?: boolean;
  variadic?: boolean;
}

/** A port the command listens on; `option` lets the user move it (`docs run --port 9000`). */
export interface PortDef {
  containerPort: number;
  option?: string;
}

export interface CommandDef {
  path: readonly string[];
  summary: string;
  /** Simple image name, resolved through psml.yaml's registry (`serving` → REGION-docker.pkg.dev/PROJECT/REPO/serving:TAG). */
  image: string;
  args?: readonly ArgDef[];
  mounts?: readonly MountName[];
  ports?: readonly PortDef[];
  /** Fixed environment values. */
  env?: Readonly<Record<string, string>>;
  /** Names copied from the caller's environment when set there (`docker run -e NAME`). */
  passEnv?: readonly string[];
  /** Whether `--gpus` may be asked for (training, serving, notebooks). */
  gpu?: boolean;
  workdir?: string;
}

const svc: readonly ArgDef[] = [
  { name: 'service', kind: 'service' },
  { name: 'major', kind: 'version' },
  { name: 'minor', kind: 'version' },
];
const GCP_ENV = ['GOOGLE_CLOUD_PROJECT', 'CLOUDSDK_CORE_PROJECT'] as const;
const EXP = `${CONTAINER_HOME}/experiments`;

export const COMMANDS: readonly CommandDef[] = [
  // docker: build, pull and push images by simple name (the deployment image talks to the host engine)
  { path: ['docker', 'build'], summary: 'Build images by simple name', image: 'deployment', args: [{ name: 'images', kind: 'name', variadic: true }], mounts: ['repo', 'docker', 'gcloud'], workdir: `${CONTAINER_HOME}/repo` },
  { path: ['docker', 'pull'], summary: 'Pull images by simple name', image: 'deployment', args: [{ name: 'images', kind: 'name', variadic: true }], mounts: ['docker', 'gcloud'] },
  { path: ['docker', 'push'], summary: 'Push images by simple name', image: 'deployment', args: [{ name: 'images', kind: 'name', variadic: true }], mounts: ['docker', 'gcloud'] },

  // docs: the Material-MkDocs documentation hub
  { path: ['docs', 'run'], summary: 'Serve the documentation hub', image: 'docs', mounts: ['docs'], ports: [{ containerPort: 8000, option: '--port' }], workdir: `${CONTAINER_HOME}/docs` },
  { path: ['docs', 'build'], summary: 'Build the documentation site', image: 'docs', mounts: ['docs'], workdir: `${CONTAINER_HOME}/docs` },

  // environment: clean-code tools; activation installs an experiment's dependencies into the host's .venv
  { path: ['environment', 'activate'], summary: 'Install dependencies for type checking and write pyproject.toml', image: 'psml', args: [{ name: 'experiments', kind: 'name', optional: true, variadic: true }], mounts: ['repo'], workdir: `${CONTAINER_HOME}/repo` },
  ...(['black', 'isort', 'mypy', 'pylint'] as const).map(
    (tool): CommandDef => ({ path: ['environment', tool], summary: `Run ${tool} over the code base`, image: 'psml', args: [{ name: 'paths', kind: 'path', optional: true, variadic: true }], mounts: ['repo', 'venv'], workdir: `${CONTAINER_HOME}/repo` }),
  ),

  // experiments: the lifecycle of an experiment (service revision major.minor)
  { path: ['experiments', 'create'], summary: 'Create an experiment from the template', image: 'psml', args: svc, mounts: ['experiments'], workdir: EXP },
  { path: ['experiments', 'train'], summary: 'Train an experiment', image: 'experiments', args: svc, mounts: ['experiments', 'paystone', 'cli', 'gcloud'], passEnv: [...GCP_ENV], gpu: true, workdir: EXP, env: { PYTHONUNBUFFERED: '1' } },
  { path: ['experiments', 'serve'], summary: 'Serve a trained experiment', image: 'experiments', args: svc, mounts: ['experiments', 'paystone', 'cli', 'gcloud'], ports: [{ containerPort: 8080, option: '--port' }], passEnv: [...GCP_ENV], gpu: true, workdir: EXP, env: { PYTHONUNBUFFERED: '1' } },
  { path: ['experiments', 'deploy'], summary: 'Deploy a serving endpoint for an experiment', image: 'deployment', args: svc, mounts: ['experiments', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
  { path: ['experiments', 'promote'], summary: 'Promote a revision in the production API', image: 'deployment', args: svc, mounts: ['experiments', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
  { path: ['experiments', 'teardown'], summary: 'Tear down a serving endpoint', image: 'deployment', args: svc, mounts: ['experiments', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },

  // notebooks: local Jupyter, and notebook instances on Compute Engine
  { path: ['notebooks', 'run'], summary: 'Run Jupyter locally', image: 'notebooks', mounts: ['notebooks', 'experiments', 'paystone', 'gcloud'], ports: [{ containerPort: 8888, option: '--port' }], gpu: true, workdir: `${CONTAINER_HOME}/notebooks` },
  ...(['create', 'start', 'stop', 'delete'] as const).map(
    (verb): CommandDef => ({ path: ['notebooks', verb], summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a notebook instance`, image: 'deployment', args: [{ name: 'instance', kind: 'name' }], mounts: ['gcloud'], passEnv: [...GCP_ENV] }),
  ),

  // playground: the Playground auxiliary service
  { path: ['playground', 'run'], summary: 'Run the Playground locally', image: 'playground', mounts: ['playground', 'paystone'], ports: [{ containerPort: 8501, option: '--port' }], workdir: `${CONTAINER_HOME}/playground` },
  { path: ['playground', 'deploy'], summary: 'Deploy the Playground', image: 'deployment', mounts: ['playground', 'gcloud'], passEnv: [...GCP_ENV] },

  // remote: training machines on Compute Engine for runs a laptop cannot do
  { path: ['remote', 'create'], summary: 'Create a remote training machine', image: 'deployment', args: [{ name: 'instance', kind: 'name' }], mounts: ['gcloud'], passEnv: [...GCP_ENV] },
  { path: ['remote', 'train'], summary: "Train on a remote machine with this checkout's code", image: 'deployment', args: svc, mounts: ['experiments', 'paystone', 'cli', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
  ...(['start', 'stop', 'delete'] as const).map(
    (verb): CommandDef => ({ path: ['remote', verb], summary: `${verb[0]!.toUpperCase()}${verb.slice(1)} a remote training machine`, image: 'deployment', args: [{ name: 'instance', kind: 'name' }], mounts: ['gcloud'], passEnv: [...GCP_ENV] }),
  ),

  // services: the other auxiliary services
  { path: ['services', 'run'], summary: 'Run an auxiliary service locally', image: 'services', args: [{ name: 'service', kind: 'service' }], mounts: ['services', 'paystone'], ports: [{ containerPort: 8080, option: '--port' }], workdir: `${CONTAINER_HOME}/services` },
  { path: ['services', 'deploy'], summary: 'Deploy an auxiliary service', image: 'deployment', args: [{ name: 'service', kind: 'service' }], mounts: ['services', 'gcloud'], passEnv: [...GCP_ENV] },

  // test: PyTest over the tests/ tree or an experiment's own tests
  { path: ['test', 'paystone'], summary: 'Test the paystone package (or one of its packages)', image: 'psml', args: [{ name: 'package', kind: 'package', optional: true }], mounts: ['paystone', 'tests', 'cli'] },
  { path: ['test', 'experiments'], summary: "Test an experiment's code", image: 'experiments', args: [{ name: 'service', kind: 'service' }, { name: 'major', kind: 'version', optional: true }, { name: 'minor', kind: 'version', optional: true }], mounts: ['experiments', 'paystone', 'tests'], workdir: EXP },
  { path: ['test', 'cli'], summary: 'Test psml-cli itself', image: 'psml', mounts: ['cli', 'tests'] },
];

export const COMMAND_GROUPS = [...new Set(COMMANDS.map((c) => c.path[0]!))];

/** Environment every command gets, whatever it is. */
export const COMMON_PASS_ENV = ['PSML_LOG_LEVEL'] as const;
/** What a CI step knows about the build (GitHub Actions and Cloud Build names). */
export const CI_PASS_ENV = ['GITHUB_SHA', 'GITHUB_REF_NAME', 'GITHUB_RUN_ID', 'BUILD_ID', 'COMMIT_SHA', 'BRANCH_NAME'] as const;
