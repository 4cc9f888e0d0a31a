import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 484;
export const ids = [484];
export const modules = {

/***/ 11484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerEngine: () => (/* binding */ registerEngine)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./shared/config/project.ts
var project = __webpack_require__(30352);
;// CONCATENATED MODULE: ./shared/engine/commands.ts
/**
 * The PSML Engine's command table (seed 001): every `psml <group> <command> …` a person types, with the image it runs in
 * and the Docker configuration it needs. Declarative on purpose — adding a command is adding a row, and tests walk the
 * table. The in-container command is always `psml-cli <the same words>`.
 */
/** Where the command runs: a laptop, a CI step (Cloud Build / GitHub runner), or a production VM (code baked in). */
const ENGINE_ENVS = ['local', 'ci', 'production'];
/** Container home of the psml images; every mount target lives under it. */
const CONTAINER_HOME = '/home/psml';
const MOUNTS = {
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
};
const svc = [
    { name: 'service', kind: 'service' },
    { name: 'major', kind: 'version' },
    { name: 'minor', kind: 'version' },
];
const GCP_ENV = ['GOOGLE_CLOUD_PROJECT', 'CLOUDSDK_CORE_PROJECT'];
const EXP = `${CONTAINER_HOME}/experiments`;
const COMMANDS = [
    // docker: build, pull and push images by simple name (the deployment image talks to the host engine)
    { path: ['docker', 'build'], summary: 'Build images by simple name', image: 'deployment', args: [{ name: 'images', kind: 'name', variadic: true }], mounts: ['repo', 'docker', 'gcloud'], workdir: `${CONTAINER_HOME}/repo` },
    { path: ['docker', 'pull'], summary: 'Pull images by simple name', image: 'deployment', args: [{ name: 'images', kind: 'name', variadic: true }], mounts: ['docker', 'gcloud'] },
    { path: ['docker', 'push'], summary: 'Push images by simple name', image: 'deployment', args: [{ name: 'images', kind: 'name', variadic: true }], mounts: ['docker', 'gcloud'] },
    // docs: the Material-MkDocs documentation hub
    { path: ['docs', 'run'], summary: 'Serve the documentation hub', image: 'docs', mounts: ['docs'], ports: [{ containerPort: 8000, option: '--port' }], workdir: `${CONTAINER_HOME}/docs` },
    { path: ['docs', 'build'], summary: 'Build the documentation site', image: 'docs', mounts: ['docs'], workdir: `${CONTAINER_HOME}/docs` },
    // environment: clean-code tools; activation installs an experiment's dependencies into the host's .venv
    { path: ['environment', 'activate'], summary: 'Install dependencies for type checking and write pyproject.toml', image: 'psml', args: [{ name: 'experiments', kind: 'name', optional: true, variadic: true }], mounts: ['repo'], workdir: `${CONTAINER_HOME}/repo` },
    ...['black', 'isort', 'mypy', 'pylint'].map((tool) => ({ path: ['environment', tool], summary: `Run ${tool} over the code base`, image: 'psml', args: [{ name: 'paths', kind: 'path', optional: true, variadic: true }], mounts: ['repo', 'venv'], workdir: `${CONTAINER_HOME}/repo` })),
    // experiments: the lifecycle of an experiment (service revision major.minor)
    { path: ['experiments', 'create'], summary: 'Create an experiment from the template', image: 'psml', args: svc, mounts: ['experiments'], workdir: EXP },
    { path: ['experiments', 'train'], summary: 'Train an experiment', image: 'experiments', args: svc, mounts: ['experiments', 'paystone', 'cli', 'gcloud'], passEnv: [...GCP_ENV], gpu: true, workdir: EXP, env: { PYTHONUNBUFFERED: '1' } },
    { path: ['experiments', 'serve'], summary: 'Serve a trained experiment', image: 'experiments', args: svc, mounts: ['experiments', 'paystone', 'cli', 'gcloud'], ports: [{ containerPort: 8080, option: '--port' }], passEnv: [...GCP_ENV], gpu: true, workdir: EXP, env: { PYTHONUNBUFFERED: '1' } },
    { path: ['experiments', 'deploy'], summary: 'Deploy a serving endpoint for an experiment', image: 'deployment', args: svc, mounts: ['experiments', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
    { path: ['experiments', 'promote'], summary: 'Promote a revision in the production API', image: 'deployment', args: svc, mounts: ['experiments', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
    { path: ['experiments', 'teardown'], summary: 'Tear down a serving endpoint', image: 'deployment', args: svc, mounts: ['experiments', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
    // notebooks: local Jupyter, and notebook instances on Compute Engine
    { path: ['notebooks', 'run'], summary: 'Run Jupyter locally', image: 'notebooks', mounts: ['notebooks', 'experiments', 'paystone', 'gcloud'], ports: [{ containerPort: 8888, option: '--port' }], gpu: true, workdir: `${CONTAINER_HOME}/notebooks` },
    ...['create', 'start', 'stop', 'delete'].map((verb) => ({ path: ['notebooks', verb], summary: `${verb[0].toUpperCase()}${verb.slice(1)} a notebook instance`, image: 'deployment', args: [{ name: 'instance', kind: 'name' }], mounts: ['gcloud'], passEnv: [...GCP_ENV] })),
    // playground: the Playground auxiliary service
    { path: ['playground', 'run'], summary: 'Run the Playground locally', image: 'playground', mounts: ['playground', 'paystone'], ports: [{ containerPort: 8501, option: '--port' }], workdir: `${CONTAINER_HOME}/playground` },
    { path: ['playground', 'deploy'], summary: 'Deploy the Playground', image: 'deployment', mounts: ['playground', 'gcloud'], passEnv: [...GCP_ENV] },
    // remote: training machines on Compute Engine for runs a laptop cannot do
    { path: ['remote', 'create'], summary: 'Create a remote training machine', image: 'deployment', args: [{ name: 'instance', kind: 'name' }], mounts: ['gcloud'], passEnv: [...GCP_ENV] },
    { path: ['remote', 'train'], summary: "Train on a remote machine with this checkout's code", image: 'deployment', args: svc, mounts: ['experiments', 'paystone', 'cli', 'gcloud'], passEnv: [...GCP_ENV], workdir: EXP },
    ...['start', 'stop', 'delete'].map((verb) => ({ path: ['remote', verb], summary: `${verb[0].toUpperCase()}${verb.slice(1)} a remote training machine`, image: 'deployment', args: [{ name: 'instance', kind: 'name' }], mounts: ['gcloud'], passEnv: [...GCP_ENV] })),
    // services: the other auxiliary services
    { path: ['services', 'run'], summary: 'Run an auxiliary service locally', image: 'services', args: [{ name: 'service', kind: 'service' }], mounts: ['services', 'paystone'], ports: [{ containerPort: 8080, option: '--port' }], workdir: `${CONTAINER_HOME}/services` },
    { path: ['services', 'deploy'], summary: 'Deploy an auxiliary service', image: 'deployment', args: [{ name: 'service', kind: 'service' }], mounts: ['services', 'gcloud'], passEnv: [...GCP_ENV] },
    // test: PyTest over the tests/ tree or an experiment's own tests
    { path: ['test', 'paystone'], summary: 'Test the paystone package (or one of its packages)', image: 'psml', args: [{ name: 'package', kind: 'package', optional: true }], mounts: ['paystone', 'tests', 'cli'] },
    { path: ['test', 'experiments'], summary: "Test an experiment's code", image: 'experiments', args: [{ name: 'service', kind: 'service' }, { name: 'major', kind: 'version', optional: true }, { name: 'minor', kind: 'version', optional: true }], mounts: ['experiments', 'paystone', 'tests'], workdir: EXP },
    { path: ['test', 'cli'], summary: 'Test psml-cli itself', image: 'psml', mounts: ['cli', 'tests'] },
];
const COMMAND_GROUPS = [...new Set(COMMANDS.map((c) => c.path[0]))];
/** Environment every command gets, whatever it is. */
const COMMON_PASS_ENV = ['PSML_LOG_LEVEL'];
/** What a CI step knows about the build (GitHub Actions and Cloud Build names). */
const CI_PASS_ENV = ['GITHUB_SHA', 'GITHUB_REF_NAME', 'GITHUB_RUN_ID', 'BUILD_ID', 'COMMIT_SHA', 'BRANCH_NAME'];

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/engine/plan.ts
/**
 * psml words → DockerRunSpec: a pure function of the words, the environment (local | ci | production) and psml.yaml.
 * No I/O here, so the whole table can be tested and printed; shared/engine/runner.ts executes a spec.
 */




const CI_WORKSPACE = '/workspace';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const GPUS = /^(all|[1-9]\d{0,2}|device=\d+(,\d+)*)$/;
const ARG_RULES = {
    service: { re: /^[a-z][a-z0-9-]{0,39}$/, what: 'a service name (lowercase letters, digits, hyphens)' },
    version: { re: /^(0|[1-9]\d{0,5})$/, what: 'a non-negative integer' },
    package: { re: /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/, what: 'a Python package name such as storage or storage.gcs' },
    name: { re: /^[a-z0-9][a-z0-9._-]{0,62}$/, what: 'a lowercase name (letters, digits, . _ -)' },
    path: { re: /^[^\0]+$/, what: 'a path' },
};
function findCommand(words) {
    const [group, sub] = words;
    if (!group) {
        throw new errors/* PsmlError */.bd('no command given', { field: 'words', hint: `give a command after "--", e.g. "-- test paystone"; groups: ${COMMAND_GROUPS.join(', ')}` });
    }
    const inGroup = COMMANDS.filter((c) => c.path[0] === group);
    if (inGroup.length === 0) {
        throw new errors/* PsmlError */.bd(`unknown command group "${group}"`, { field: 'words', hint: `use one of: ${COMMAND_GROUPS.join(', ')}` });
    }
    const def = inGroup.find((c) => c.path.every((w, i) => words[i] === w));
    if (!def) {
        const subs = inGroup.map((c) => c.path.slice(1).join(' '));
        throw new errors/* PsmlError */.bd(sub ? `unknown command "${group} ${sub}"` : `"${group}" needs a command`, {
            field: 'words',
            hint: `use one of: ${subs.map((s) => `${group} ${s}`).join(', ')}`,
        });
    }
    return { def, rest: words.slice(def.path.length) };
}
/** Checks the leading positional words against the command's arguments (options and what follows pass through untouched). */
function checkArgs(def, rest) {
    const usage = `${def.path.join(' ')} ${(def.args ?? []).map((a) => (a.optional ? `[${a.name}${a.variadic ? '…' : ''}]` : `<${a.name}${a.variadic ? '…' : ''}>`)).join(' ')}`.trim();
    const firstOption = rest.findIndex((w) => w.startsWith('-'));
    const positionals = firstOption === -1 ? rest : rest.slice(0, firstOption);
    const args = def.args ?? [];
    const variadic = args.at(-1)?.variadic ? args.at(-1) : undefined;
    args.forEach((a, i) => {
        if (!a.optional && positionals[i] === undefined) {
            throw new errors/* PsmlError */.bd(`missing <${a.name}>`, { field: a.name, hint: `usage: psml ${usage}` });
        }
    });
    positionals.forEach((w, i) => {
        const a = args[i] ?? variadic;
        if (!a)
            throw new errors/* PsmlError */.bd(`unexpected argument "${w}"`, { field: 'words', hint: `usage: psml ${usage}` });
        const rule = ARG_RULES[a.kind];
        if (!rule.re.test(w))
            throw new errors/* PsmlError */.bd(`<${a.name}> must be ${rule.what}, got "${w}"`, { field: a.name, hint: `usage: psml ${usage}` });
    });
}
/** Value of `--port 9000` / `--port=9000` among the words, if given. */
function optionValue(rest, option) {
    let value;
    rest.forEach((w, i) => {
        if (w === option)
            value = rest[i + 1] ?? '';
        else if (w.startsWith(`${option}=`))
            value = w.slice(option.length + 1);
    });
    return value;
}
function parsePort(value, option) {
    const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!(n >= 1 && n <= 65535))
        throw new errors/* PsmlError */.bd(`${option} must be a port number 1–65535, got "${value}"`, { field: option });
    return n;
}
function mountRoot(env, config, options) {
    const root = options.workspace ?? (env === 'ci' ? CI_WORKSPACE : config.root);
    if (!external_node_path_default().posix.isAbsolute(root))
        throw new errors/* PsmlError */.bd(`workspace must be an absolute path, got "${root}"`, { field: 'workspace' });
    // `-v SRC:DST` cannot express a source containing ':' and docker would misread it
    if (root.includes(':'))
        throw new errors/* PsmlError */.bd(`workspace path "${root}" contains ":" which "docker run -v" cannot mount`, { field: 'workspace', hint: 'move the checkout to a path without ":"' });
    return root.replace(/\/+$/, '') || '/';
}
function dockerSocket(hostEnv) {
    const h = hostEnv?.DOCKER_HOST;
    return h?.startsWith('unix://') ? h.slice('unix://'.length) : MOUNTS.docker.source;
}
function parseExtraEnv(entries) {
    return entries.map((e) => {
        const eq = e.indexOf('=');
        const name = eq === -1 ? e : e.slice(0, eq);
        if (!ENV_NAME.test(name)) {
            throw new errors/* PsmlError */.bd(`environment variable "${e.split('\n')[0]}" needs a name of letters, digits and _`, { field: 'env', hint: 'use NAME=VALUE, or NAME to pass it through from your environment' });
        }
        return eq === -1 ? { name } : { name, value: e.slice(eq + 1) };
    });
}
/** The Docker run specification for `psml <words…>` in `env`. */
function planDockerRun(words, env, config, options = {}) {
    if (!ENGINE_ENVS.includes(env))
        throw new errors/* PsmlError */.bd(`env must be one of ${ENGINE_ENVS.join(', ')}, got "${env}"`, { field: 'env' });
    const { def, rest } = findCommand(words);
    checkArgs(def, rest);
    const tag = options.tag ?? 'latest';
    if (!TAG.test(tag))
        throw new errors/* PsmlError */.bd(`tag "${tag}" is not a valid Docker tag`, { field: 'tag', hint: 'use letters, digits, _ . - (at most 128)' });
    if (options.gpus !== undefined) {
        if (!def.gpu)
            throw new errors/* PsmlError */.bd(`"${def.path.join(' ')}" does not use GPUs`, { field: 'gpus', hint: 'drop --gpus; GPUs are for experiments train/serve and notebooks run' });
        if (!GPUS.test(options.gpus))
            throw new errors/* PsmlError */.bd(`gpus must be "all", a count, or "device=0,1", got "${options.gpus}"`, { field: 'gpus' });
    }
    const mounts = [];
    if (env !== 'production') {
        const root = mountRoot(env, config, options);
        for (const name of def.mounts ?? []) {
            const m = MOUNTS[name];
            if ('envs' in m && !m.envs.includes(env))
                continue;
            let source;
            if (m.from === 'workspace')
                source = m.source === '.' ? root : external_node_path_default().posix.join(root, m.source);
            else if (m.from === 'docker')
                source = dockerSocket(options.hostEnv);
            else {
                const home = options.hostEnv?.HOME;
                if (!home || !external_node_path_default().posix.isAbsolute(home))
                    continue; // no home to take credentials from
                source = external_node_path_default().posix.join(home, m.source);
            }
            mounts.push({ source, target: m.target, readOnly: 'readOnly' in m && m.readOnly === true });
        }
    }
    const ports = (def.ports ?? []).map((p) => {
        const v = p.option ? optionValue(rest, p.option) : undefined;
        const port = v === undefined ? p.containerPort : parsePort(v, p.option);
        return { host: port, container: port };
    });
    const byName = new Map();
    const put = (v) => {
        byName.delete(v.name); // later definitions win and move to the end, like repeated `-e`
        byName.set(v.name, v);
    };
    put({ name: 'PSML_ENV', value: env });
    put({ name: 'PSML_PROJECT', value: config.project });
    put({ name: 'PSML_REGION', value: config.region });
    put({ name: 'PSML_REGISTRY', value: (0,project/* registryPrefix */.el)(config) });
    for (const [name, value] of Object.entries(def.env ?? {}))
        put({ name, value });
    for (const name of [...COMMON_PASS_ENV, ...(env === 'ci' ? CI_PASS_ENV : []), ...(def.passEnv ?? [])])
        put({ name });
    for (const v of parseExtraEnv(options.extraEnv ?? []))
        put(v);
    const network = options.network === 'host' || (options.network === undefined && env !== 'local') ? 'host' : undefined;
    return {
        env,
        command: def.path.join(' '),
        imageName: def.image,
        tag,
        image: `${(0,project/* registryPrefix */.el)(config)}/${def.image}:${tag}`,
        argv: ['psml-cli', ...words],
        workdir: def.workdir ?? CONTAINER_HOME,
        mounts,
        ports,
        environment: [...byName.values()],
        ...(options.gpus !== undefined ? { gpus: options.gpus } : {}),
        ...(network ? { network } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/engine/render.ts
function renderDockerRun(spec) {
    const argv = ['docker', 'run', '--rm', '--init'];
    if (spec.network)
        argv.push('--network', spec.network);
    argv.push('--workdir', spec.workdir);
    for (const m of spec.mounts)
        argv.push('-v', `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`);
    // with host networking the container's ports are the host's; docker would discard -p
    if (!spec.network)
        for (const p of spec.ports)
            argv.push('-p', `${p.host}:${p.container}`);
    for (const e of spec.environment)
        argv.push('-e', e.value === undefined ? e.name : `${e.name}=${e.value}`);
    if (spec.gpus)
        argv.push('--gpus', spec.gpus);
    argv.push(spec.image, ...spec.argv);
    return argv;
}
/** POSIX shell quoting: plain words stay as they are, anything else is single-quoted. */
function shellQuote(argv) {
    return argv.map((a) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)).join(' ');
}

// EXTERNAL MODULE: ./shared/engine/docker.ts
var engine_docker = __webpack_require__(48885);
;// CONCATENATED MODULE: ./shared/engine/runner.ts


/** `NAME=VALUE` list for the engine: explicit values, and pass-through names that are set in hostEnv. */
function resolveEnvironment(spec, hostEnv) {
    return spec.environment.flatMap((e) => {
        const value = e.value ?? hostEnv[e.name];
        return value === undefined ? [] : [`${e.name}=${value}`];
    });
}
/** The hint for a missing image: the exact command that builds it under the same reference. */
function buildCommandFor(spec) {
    return `psml build ${spec.imageName}${spec.tag === 'latest' ? '' : ` --tag ${spec.tag}`}`;
}
async function runDockerRun(spec, opts = {}) {
    const docker = opts.docker ?? (0,engine_docker/* dockerClient */._n)();
    const stdout = opts.stdout ?? process.stdout;
    const stderr = opts.stderr ?? process.stderr;
    try {
        // an engine without a bridge network (dockerd --bridge=none) can only run containers on the host network
        const network = spec.network ?? ((await (0,engine_docker/* hasBridgeNetwork */.gl)(docker)) ? undefined : 'host');
        const host = network === 'host';
        const portKeys = spec.ports.map((p) => `${p.container}/tcp`);
        let container;
        try {
            container = await docker.createContainer({
                Image: spec.image,
                Cmd: spec.argv,
                WorkingDir: spec.workdir,
                Env: resolveEnvironment(spec, opts.hostEnv ?? process.env),
                AttachStdout: true,
                AttachStderr: true,
                Tty: false,
                Labels: { 'dev.psml.command': spec.command, 'dev.psml.env': spec.env },
                ...(host || portKeys.length === 0 ? {} : { ExposedPorts: Object.fromEntries(portKeys.map((k) => [k, {}])) }),
                HostConfig: {
                    Init: true,
                    Binds: spec.mounts.map((m) => `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`),
                    ...(network ? { NetworkMode: network } : {}),
                    ...(host ? {} : { PortBindings: Object.fromEntries(spec.ports.map((p) => [`${p.container}/tcp`, [{ HostPort: String(p.host) }]])) }),
                    ...(spec.gpus ? { DeviceRequests: [gpuRequest(spec.gpus)] } : {}),
                },
            });
        }
        catch (e) {
            if ((0,engine_docker/* isNotFound */.c4)(e)) {
                throw new errors/* PsmlError */.bd('image is not on this Docker engine', {
                    resource: spec.image,
                    hint: opts.buildHint ?? `build it with: ${buildCommandFor(spec)}`,
                });
            }
            throw (0,engine_docker/* engineRefused */.XZ)(e, 'the container', spec.image);
        }
        opts.onCreate?.(container.id);
        const stopOnAbort = () => void container.stop({ t: opts.stopTimeoutSeconds ?? 10 }).catch(() => undefined);
        try {
            // attached before start, like docker run; no log replay (it could repeat lines already streamed)
            const stream = await container.attach({ stream: true, stdout: true, stderr: true });
            const ended = new Promise((resolve) => {
                stream.on('end', resolve);
                stream.on('close', resolve);
                stream.on('error', () => resolve());
            });
            docker.modem.demuxStream(stream, stdout, stderr);
            const exited = container.wait({ condition: 'next-exit' });
            if (opts.signal?.aborted)
                throw new errors/* PsmlError */.bd('cancelled before the container started');
            // listen before starting: output (and a Ctrl-C) can arrive before start() returns
            opts.signal?.addEventListener('abort', stopOnAbort, { once: true });
            await container.start().catch((e) => {
                throw new errors/* PsmlError */.bd(`the container did not start: ${(0,engine_docker/* dockerErrorMessage */.OK)(e)}`, { resource: spec.image, cause: e });
            });
            if (opts.signal?.aborted)
                stopOnAbort(); // a stop sent while it was still starting may have been a no-op
            const { StatusCode } = await exited;
            // the attach stream ends right after the exit; don't hang on an engine that keeps it open
            await Promise.race([ended, new Promise((r) => setTimeout(r, 2000).unref())]);
            return StatusCode;
        }
        finally {
            opts.signal?.removeEventListener('abort', stopOnAbort);
            await container.remove({ force: true }).catch(() => undefined);
        }
    }
    catch (e) {
        throw (0,engine_docker/* engineUnreachable */.TI)(e);
    }
}
function gpuRequest(gpus) {
    if (gpus === 'all')
        return { Driver: '', Count: -1, Capabilities: [['gpu']] };
    if (gpus.startsWith('device='))
        return { Driver: '', DeviceIDs: gpus.slice('device='.length).split(','), Capabilities: [['gpu']] };
    return { Driver: '', Count: Number(gpus), Capabilities: [['gpu']] };
}

;// CONCATENATED MODULE: ./shared/cli/commands/engine.ts






const collect = (v, acc) => [...acc, v];
function withPlanOptions(cmd) {
    return cmd
        .addOption(new esm/* Option */.c$('--env <env>', 'where the command runs').choices(ENGINE_ENVS).default('local'))
        .option('--config <file>', 'project config (default: psml.yaml here or in a parent directory)')
        .option('--tag <tag>', 'image tag (default: latest)')
        .option('--gpus <gpus>', 'GPUs for commands that use them: all, a count, or device=0,1')
        .option('-e, --env-var <NAME[=VALUE]>', 'extra environment variable; NAME alone passes yours through (repeatable)', collect, [])
        .option('--workspace <dir>', 'repository root on the Docker host (default: local = psml.yaml directory, ci = /workspace)')
        .addOption(new esm/* Option */.c$('--network <mode>', 'container network (default: host in ci/production)').choices(['host', 'default']))
        .argument('<words...>', 'the psml command, e.g. -- experiments train fraud 1 2')
        .passThroughOptions()
        .allowExcessArguments(false);
}
function plan(words, o) {
    const config = (0,project/* loadProjectConfig */.WM)(o.config);
    const spec = planDockerRun(words, o.env, config, {
        tag: o.tag,
        gpus: o.gpus,
        extraEnv: o.envVar,
        workspace: o.workspace,
        network: o.network,
        hostEnv: process.env,
    });
    return { spec, config };
}
/** The exact command that builds a missing image, including what psml.yaml still lacks. */
function buildHint(spec, config, o) {
    const cmd = `${buildCommandFor(spec)}${o.config ? ` --config ${shellQuote([o.config])}` : ''}`;
    return config.images[spec.imageName]
        ? `build it with: ${cmd}`
        : `add images.${spec.imageName} (context, dockerfile) to psml.yaml, then build it with: ${cmd}`;
}
/** Registers `psml engine print|run|commands`: psml words → the docker run that does them (seed 001's PSML Engine). */
function registerEngine(program) {
    const engine = program
        .command('engine')
        .description('Translate psml commands into docker run (local | ci | production) and run them on the Docker engine');
    withPlanOptions(engine.command('print'))
        .description('Print {"image","argv"} for the docker run that performs a psml command')
        .addOption(new esm/* Option */.c$('--format <format>', 'json, spec (the full DockerRunSpec) or shell (one pasteable line)').choices(['json', 'spec', 'shell']).default('json'))
        .action((words, o) => {
        const { spec } = plan(words, o);
        const argv = renderDockerRun(spec);
        const out = o.format === 'shell' ? shellQuote(argv) : JSON.stringify(o.format === 'spec' ? { ...spec, argv } : { image: spec.image, argv }, null, 2);
        process.stdout.write(`${out}\n`);
    });
    withPlanOptions(engine.command('run'))
        .description("Run a psml command in its container on the Docker engine; exits with the container's exit code")
        .action(async (words, o) => {
        const { spec, config } = plan(words, o);
        const abort = new AbortController();
        const onSigint = () => {
            process.stderr.write('\npsml: stopping the container…\n');
            abort.abort();
        };
        process.on('SIGINT', onSigint);
        process.on('SIGTERM', onSigint);
        try {
            process.exitCode = await runDockerRun(spec, { signal: abort.signal, buildHint: buildHint(spec, config, o) });
        }
        finally {
            process.off('SIGINT', onSigint);
            process.off('SIGTERM', onSigint);
        }
    });
    engine
        .command('commands')
        .description('List the psml commands the engine knows, with their image')
        .action(() => {
        const rows = COMMANDS.map((c) => {
            const args = (c.args ?? []).map((a) => (a.optional ? `[${a.name}${a.variadic ? '…' : ''}]` : `<${a.name}${a.variadic ? '…' : ''}>`));
            return [[...c.path, ...args].join(' '), c.image, c.summary];
        });
        const w0 = Math.max(...rows.map((r) => r[0].length));
        const w1 = Math.max(...rows.map((r) => r[1].length));
        for (const [cmd, image, summary] of rows)
            process.stdout.write(`${cmd.padEnd(w0)}  ${image.padEnd(w1)}  ${summary}\n`);
    });
}


/***/ }),

/***/ 48885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OK: () => (/* binding */ dockerErrorMessage),
/* harmony export */   TI: () => (/* binding */ engineUnreachable),
/* harmony export */   XZ: () => (/* binding */ engineRefused),
/* harmony export */   _n: () => (/* binding */ dockerClient),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   gl: () => (/* binding */ hasBridgeNetwork)
/* harmony export */ });
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39040);
/* harmony import */ var dockerode__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(dockerode__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/** The Docker engine connection (DOCKER_HOST or the default socket) and the engine errors users can act on. */


const DOCKER_HOST_SCHEMES = ['unix:', 'tcp:', 'http:', 'https:', 'ssh:', 'npipe:'];
/** The engine client; a DOCKER_HOST the engine client cannot use is a user error, not a DNS lookup of garbage. */
function dockerClient() {
    const host = process.env.DOCKER_HOST;
    if (host) {
        let scheme;
        try {
            scheme = new URL(host.includes('//') ? host : `tcp://${host}`).protocol;
        }
        catch {
            scheme = undefined;
        }
        if (!scheme || !DOCKER_HOST_SCHEMES.includes(scheme)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${host}" is not a Docker engine address`, {
                field: 'DOCKER_HOST',
                hint: 'use unix:///path/to/docker.sock or tcp://HOST:PORT (or unset it for the default socket)',
            });
        }
    }
    try {
        return new (dockerode__WEBPACK_IMPORTED_MODULE_0___default())();
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`cannot use DOCKER_HOST "${host ?? ''}": ${e.message}`, { field: 'DOCKER_HOST', cause: e });
    }
}
function dockerErrorMessage(e) {
    const err = e;
    return (err.json?.message ?? err.message ?? String(e)).trim();
}
const isNotFound = (e) => e?.statusCode === 404;
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOENT', 'EACCES', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTSOCK']);
/** Turns "cannot connect" into a PsmlError with what to do; returns other errors unchanged. */
function engineUnreachable(e) {
    const code = e?.code;
    if (code && UNREACHABLE.has(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`cannot reach the Docker engine (${code})`, {
            resource: process.env.DOCKER_HOST ?? 'unix:///var/run/docker.sock',
            hint: 'start Docker, or point DOCKER_HOST at a running engine (scripts/local-infra.sh start prints one)',
            cause: e,
        });
    }
    return e;
}
/** An engine API refusal (4xx/5xx with a message) is about the user's input or setup, not a psml bug. */
function engineRefused(e, what, resource) {
    const status = e?.statusCode;
    if (typeof status === 'number' && status >= 400) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`the Docker engine refused ${what}: ${dockerErrorMessage(e)}`, { resource, cause: e });
    }
    return e;
}
/** Whether the engine has Docker's default bridge network (dockerd --bridge=none has only host and none). */
async function hasBridgeNetwork(docker) {
    const nets = await docker.listNetworks();
    return nets.some((n) => n.Name === 'bridge');
}


/***/ })

};
