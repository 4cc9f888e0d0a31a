import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 600;
export const ids = [600];
export const modules = {

/***/ 16600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerBuild: () => (/* binding */ registerBuild)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./shared/config/project.ts
var project = __webpack_require__(30352);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(80481);
var external_node_readline_default = /*#__PURE__*/__webpack_require__.n(external_node_readline_);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/engine/docker.ts
var engine_docker = __webpack_require__(48885);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@balena/dockerignore/ignore.js
var ignore = __webpack_require__(44158);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/tar-fs/index.js
var tar_fs = __webpack_require__(35645);
;// CONCATENATED MODULE: ./shared/build/context.ts
/** The build context as the tar stream the engine's /build endpoint takes, honouring .dockerignore like `docker build`. */





/** Paths (relative, `/`-separated) the context's .dockerignore excludes; the Dockerfile and .dockerignore always stay. */
function contextFilter(contextDir, dockerfile) {
    const file = external_node_path_default().join(contextDir, '.dockerignore');
    if (!(0,external_node_fs_.existsSync)(file))
        return () => false;
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const ig = ignore_default()({ ignorecase: false }).add(text);
    // with "!exception" patterns an excluded directory may still hold included files, so it must be walked
    const hasExceptions = text.split('\n').some((l) => l.trim().startsWith('!'));
    const keep = new Set([dockerfile, '.dockerignore']);
    return (rel, isDirectory) => {
        if (keep.has(rel) || !ig.ignores(rel))
            return false;
        return !(hasExceptions && isDirectory());
    };
}
function packContext(contextDir, dockerfile = 'Dockerfile') {
    const dir = external_node_path_default().resolve(contextDir);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory()) {
        throw new errors/* PsmlError */.bd(`build context ${dir} is not a directory`, { field: 'context', hint: 'set images.<name>.context relative to psml.yaml' });
    }
    const df = external_node_path_default().posix.normalize(dockerfile.split((external_node_path_default()).sep).join('/'));
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, df))) {
        throw new errors/* PsmlError */.bd(`Dockerfile ${df} not found in the build context`, { resource: external_node_path_default().join(dir, df), field: 'dockerfile', hint: 'set images.<name>.dockerfile relative to the context' });
    }
    const ignored = contextFilter(dir, df);
    const options = {
        sort: true, // same context → same tar (tar-fs 3 option, missing from its v2 typings)
        ignore: (abs) => {
            const rel = external_node_path_default().relative(dir, abs).split((external_node_path_default()).sep).join('/');
            return ignored(rel, () => (0,external_node_fs_.lstatSync)(abs).isDirectory());
        },
    };
    return tar_fs.pack(dir, options);
}

;// CONCATENATED MODULE: ./shared/build/plan.ts
/**
 * What `psml build` will do for each image, computed without I/O: full references, tags (git SHA, branch slug,
 * latest), the tags to take layer cache from, and the build parameters from psml.yaml's `images:`.
 */



const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REGISTRY = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
/** Branch name → Docker tag: lowercase, runs of other characters become '-', at most 128 characters. */
function branchSlug(branch) {
    const slug = branch
        .toLowerCase()
        .replace(/^refs\/heads\//, '')
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128)
        .replace(/-+$/, '');
    return slug || undefined;
}
function defaultTags(git) {
    const slug = git.branch ? branchSlug(git.branch) : undefined;
    return [...new Set([git.sha, slug, 'latest'].filter((t) => !!t))];
}
function planBuilds(config, names, options = {}) {
    const known = Object.keys(config.images);
    if (known.length === 0) {
        throw new errors/* PsmlError */.bd('psml.yaml defines no images', { field: 'images', hint: 'add e.g. "images: { serving: { context: ., dockerfile: Dockerfile } }"' });
    }
    const wanted = names.length ? [...new Set(names)] : known;
    for (const n of wanted) {
        if (!config.images[n])
            throw new errors/* PsmlError */.bd(`unknown image "${n}"`, { field: 'images', hint: `psml.yaml defines: ${known.join(', ')}` });
    }
    const tags = options.tags?.length ? [...new Set(options.tags)] : defaultTags(options.git ?? {});
    for (const t of tags) {
        if (!TAG.test(t))
            throw new errors/* PsmlError */.bd(`tag "${t}" is not a valid Docker tag`, { field: 'tag', hint: 'use letters, digits, _ . - (at most 128, not starting with . or -)' });
    }
    let prefix;
    if (options.registry !== undefined) {
        prefix = options.registry.replace(/^(https?:\/\/)/, '').replace(/\/+$/, '');
        if (!REGISTRY.test(prefix))
            throw new errors/* PsmlError */.bd(`registry "${options.registry}" is not a registry URL`, { field: 'registry', hint: 'e.g. 127.0.0.1:5000/psml or europe-west1-docker.pkg.dev/my-project/ml' });
    }
    else
        prefix = (0,project/* registryPrefix */.el)(config);
    const slug = options.git?.branch ? branchSlug(options.git.branch) : undefined;
    return wanted.map((name) => {
        const def = config.images[name];
        const repository = `${prefix}/${name}`;
        return {
            name,
            repository,
            tags: tags.map((t) => `${repository}:${t}`),
            cacheFrom: [...new Set([slug, 'latest'].filter((t) => !!t))].map((t) => `${repository}:${t}`),
            contextDir: external_node_path_default().resolve(config.root, def.context),
            dockerfile: def.dockerfile ?? 'Dockerfile',
            ...(def.target ? { target: def.target } : {}),
            buildArgs: { ...def.buildArgs },
            labels: { 'dev.psml.image': name, ...(options.git?.sha ? { 'org.opencontainers.image.revision': options.git.sha } : {}), ...def.labels },
        };
    });
}

;// CONCATENATED MODULE: ./shared/build/registry.ts
/**
 * Credentials for a push or pull, by registry host: Artifact Registry / Container Registry take an OAuth access token
 * as user `oauth2accesstoken`; a loopback registry needs none; any other registry takes a username and password.
 */

/** Host part of an image reference (`docker.io` when the first component is not a host). */
function registryHost(ref) {
    const first = ref.split('/')[0];
    return ref.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}
const isLoopbackRegistry = (host) => /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/.test(host);
const isGoogleRegistry = (host) => /(^|\.)(gcr\.io|[a-z0-9-]+-docker\.pkg\.dev)$/.test(host.replace(/:\d+$/, ''));
/** The access token from Application Default Credentials, for pushes from a laptop or Cloud Build (no token given). */
async function applicationDefaultToken(host) {
    try {
        const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.bind(__webpack_require__, 492));
        const token = await new GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] }).getAccessToken();
        if (!token)
            throw new Error('no token returned');
        return token;
    }
    catch (e) {
        throw new errors/* PsmlError */.bd(`no access token for ${host}: ${e.message.split('\n')[0]}`, {
            field: 'access-token',
            resource: host,
            hint: 'pass --access-token "$(gcloud auth print-access-token)", or in a workflow use google-github-actions/auth with token_format: access_token',
            cause: e,
        });
    }
}
async function registryAuth(ref, creds = {}) {
    const host = registryHost(ref);
    if (isLoopbackRegistry(host))
        return undefined;
    if (isGoogleRegistry(host)) {
        const token = creds.accessToken ?? (await applicationDefaultToken(host));
        return { username: 'oauth2accesstoken', password: token, serveraddress: `https://${host}` };
    }
    if (creds.username !== undefined && creds.password !== undefined) {
        return { username: creds.username, password: creds.password, serveraddress: host };
    }
    return undefined; // anonymous (a public or pre-authorised registry)
}

;// CONCATENATED MODULE: ./shared/build/builder.ts
/**
 * Builds, tags and pushes images on the real engine (dockerode): layer cache from the last pushed tags, the failing
 * step named when a build breaks, image ids and registry digests out.
 */






/** Reads the engine's JSON-lines progress stream. */
async function events(stream, each) {
    for await (const line of external_node_readline_default().createInterface({ input: stream, crlfDelay: Infinity })) {
        if (!line.trim())
            continue;
        try {
            each(JSON.parse(line));
        }
        catch (e) {
            if (e instanceof errors/* PsmlError */.bd)
                throw e;
            each({ stream: `${line}\n` }); // not JSON: keep it as output
        }
    }
}
async function exists(docker, ref) {
    try {
        await docker.getImage(ref).inspect();
        return true;
    }
    catch (e) {
        if ((0,engine_docker/* isNotFound */.c4)(e))
            return false;
        throw e;
    }
}
/** Pulls a cache tag; a missing tag or an unreachable registry just means no cache. */
async function tryPull(docker, ref, creds, log) {
    try {
        const authconfig = await registryAuth(ref, creds);
        const stream = (await docker.pull(ref, authconfig ? { authconfig } : {}));
        let failed;
        await events(stream, (e) => {
            if (e.error)
                failed = e.error;
        });
        if (failed)
            throw new Error(failed);
        log(`cache: pulled ${ref}`);
        return true;
    }
    catch (e) {
        log(`cache: ${ref} not available (${(0,engine_docker/* dockerErrorMessage */.OK)(e).split('\n')[0]})`);
        return false;
    }
}
const STEP = /^Step \d+\/\d+ : /;
async function buildOne(docker, b, cacheFrom, noCache, log) {
    const context = packContext(b.contextDir, b.dockerfile);
    const stream = (await docker
        .buildImage(context, {
        t: b.tags[0],
        dockerfile: b.dockerfile,
        ...(b.target ? { target: b.target } : {}),
        buildargs: b.buildArgs,
        labels: b.labels,
        networkmode: 'host', // engines started with --bridge=none have no other network for RUN steps
        rm: true,
        forcerm: true,
        nocache: noCache,
        ...(cacheFrom.length ? { cachefrom: JSON.stringify(cacheFrom) } : {}),
    })
        .catch((e) => {
        throw (0,engine_docker/* engineRefused */.XZ)(e, `the build of image "${b.name}"`, `images.${b.name}`);
    }));
    let id;
    let step;
    let steps = 0;
    let cachedSteps = 0;
    let error;
    const recent = []; // the failing step's output, for the error
    await events(stream, (e) => {
        if (e.aux?.ID)
            id = e.aux.ID;
        if (e.error || e.errorDetail)
            error = e.errorDetail?.message ?? e.error;
        const text = e.stream ?? (e.status ? `${e.status}\n` : '');
        for (const raw of text.split('\n')) {
            // the classic builder colours a RUN step's stderr with ANSI escapes
            const line = raw.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r$/, '');
            if (!line.trim())
                continue;
            log(line);
            if (STEP.test(line)) {
                step = line;
                steps++;
                recent.length = 0;
            }
            else if (/^ ---> Using cache$/.test(line))
                cachedSteps++;
            if (!STEP.test(line) && !/^( ---> Running in |Removing intermediate container )/.test(line))
                recent.push(line);
            if (recent.length > 30)
                recent.shift();
        }
    });
    if (error !== undefined) {
        throw new errors/* PsmlError */.bd(`image "${b.name}" failed to build${step ? ` at ${step}` : ''}`, {
            resource: `images.${b.name}`,
            details: [...recent.slice(-20), error],
            hint: step ? 'fix that step in the Dockerfile (its last output lines follow)' : 'see the engine message below',
        });
    }
    id ??= (await docker.getImage(b.tags[0]).inspect()).Id;
    return { id, steps, cachedSteps };
}
async function push(docker, ref, creds, log) {
    const at = ref.lastIndexOf(':');
    const [repo, tag] = [ref.slice(0, at), ref.slice(at + 1)];
    const authconfig = await registryAuth(ref, creds);
    const host = registryHost(ref);
    const hint = isGoogleRegistry(host)
        ? 'check the access token (it expires after an hour) and that the account has roles/artifactregistry.writer on the repository'
        : 'check the registry URL and its credentials (--username/--password, or inputs registry-username/registry-password)';
    let digest;
    let error;
    try {
        const stream = (await docker.getImage(repo).push({ tag, ...(authconfig ? { authconfig } : {}) }));
        await events(stream, (e) => {
            if (e.aux?.Digest)
                digest = e.aux.Digest;
            if (e.error)
                error = e.errorDetail?.message ?? e.error;
            else if (e.status && !/^(Pushing|Waiting|Preparing)/.test(e.status))
                log(`${e.id ? `${e.id}: ` : ''}${e.status}`);
        });
    }
    catch (e) {
        error = (0,engine_docker/* dockerErrorMessage */.OK)(e);
    }
    if (error !== undefined || !digest) {
        throw new errors/* PsmlError */.bd(`push of ${ref} failed: ${error ?? 'the registry returned no digest'}`, { resource: ref, hint });
    }
    return digest;
}
/** `psml build`: builds each image of psml.yaml named (all when none), tags it, and pushes it when asked. */
async function buildImages(config, options = {}) {
    const plan = planBuilds(config, options.names ?? [], options);
    const docker = options.docker ?? (0,engine_docker/* dockerClient */._n)();
    const log = options.log ?? (() => undefined);
    const creds = options.credentials ?? {};
    const useCache = options.cache !== false;
    const pullCache = options.pullCache ?? options.push === true;
    const results = [];
    try {
        for (const b of plan) {
            const cacheFrom = [];
            if (useCache) {
                for (const ref of b.cacheFrom) {
                    if ((await exists(docker, ref)) || (pullCache && (await tryPull(docker, ref, creds, log))))
                        cacheFrom.push(ref);
                }
            }
            log(`build ${b.name}: ${b.tags[0]}${cacheFrom.length ? ` (cache from ${cacheFrom.join(', ')})` : ''}`);
            const built = await buildOne(docker, b, cacheFrom, !useCache, log);
            for (const ref of b.tags.slice(1)) {
                const at = ref.lastIndexOf(':');
                await docker.getImage(built.id).tag({ repo: ref.slice(0, at), tag: ref.slice(at + 1) });
            }
            let digest;
            if (options.push) {
                for (const ref of b.tags)
                    digest = await push(docker, ref, creds, log); // every tag points at one manifest
            }
            results.push({
                name: b.name,
                id: built.id,
                tags: b.tags,
                pushed: options.push === true,
                ...(digest ? { digest, reference: `${b.repository}@${digest}` } : {}),
                steps: built.steps,
                cachedSteps: built.cachedSteps,
                cacheFrom,
            });
        }
    }
    catch (e) {
        throw (0,engine_docker/* engineUnreachable */.TI)(e);
    }
    return results;
}
/** Markdown table for the job summary. */
function buildSummary(images) {
    const rows = images.map((i) => `| ${i.name} | \`${i.tags[0]}\` | ${i.tags.map((t) => `\`${t.slice(t.lastIndexOf(':') + 1)}\``).join(' ')} | \`${i.id.slice(0, 19)}\` | ${i.digest ? `\`${i.digest}\`` : '(not pushed)'} | ${i.cachedSteps}/${i.steps} |`);
    return ['### psml build', '', '| image | reference | tags | id | digest | cached steps |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./shared/build/git.ts
/** The commit and branch an image is built from: CI's variables first (GitHub Actions, Cloud Build), else git itself. */

function git(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    }
    catch {
        return undefined; // not a checkout, or no git: tag with what is known
    }
}
function gitInfo(cwd, env = process.env) {
    const sha = env.GITHUB_SHA || env.COMMIT_SHA || git(cwd, ['rev-parse', 'HEAD']);
    const branch = env.GITHUB_HEAD_REF ||
        (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined) ||
        env.BRANCH_NAME ||
        git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
    return { ...(sha ? { sha } : {}), ...(branch ? { branch } : {}) };
}

;// CONCATENATED MODULE: ./shared/cli/commands/build.ts




const collect = (v, acc) => [...acc, v];
function table(images) {
    const rows = [['IMAGE', 'ID', 'CACHED', 'DIGEST / TAGS'], ...images.map((i) => [i.name, i.id.replace(/^sha256:/, '').slice(0, 12), `${i.cachedSteps}/${i.steps}`, i.reference ?? i.tags.join(' ')])];
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ')).join('\n');
}
/** Registers `psml build`: images by simple name from psml.yaml, tagged, cached and optionally pushed (same code as action-build). */
function registerBuild(program) {
    program
        .command('build')
        .description('Build images by simple name from psml.yaml (all when none given), tag them (git SHA, branch, latest) and push them')
        .argument('[names...]', 'image names from psml.yaml images:')
        .option('--push', 'push every tag to the registry')
        .option('--tag <tag>', 'tag instead of the defaults (repeatable)', collect, [])
        .option('--registry <url>', "registry instead of psml.yaml's, e.g. 127.0.0.1:5000/psml")
        .option('--config <file>', 'project config (default: psml.yaml here or in a parent directory)')
        .option('--no-cache', 'build without any layer cache')
        .option('--access-token <token>', 'OAuth access token for Artifact Registry (default: PSML_ACCESS_TOKEN, else Application Default Credentials)')
        .option('--username <user>', 'username for other registries (default: PSML_REGISTRY_USERNAME)')
        .option('--password <password>', 'password for other registries (default: PSML_REGISTRY_PASSWORD)')
        .addOption(new esm/* Option */.c$('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (names, o) => {
        const config = (0,project/* loadProjectConfig */.WM)(o.config);
        const env = process.env;
        const accessToken = o.accessToken ?? env.PSML_ACCESS_TOKEN;
        const username = o.username ?? env.PSML_REGISTRY_USERNAME;
        const password = o.password ?? env.PSML_REGISTRY_PASSWORD;
        const images = await buildImages(config, {
            names,
            push: o.push === true,
            tags: o.tag,
            ...(o.registry ? { registry: o.registry } : {}),
            git: gitInfo(config.root),
            cache: o.cache,
            credentials: { ...(accessToken ? { accessToken } : {}), ...(username ? { username } : {}), ...(password ? { password } : {}) },
            // build output goes to stderr so that stdout is only the result
            log: (line) => process.stderr.write(`${line}\n`),
        });
        process.stdout.write(`${o.format === 'json' ? JSON.stringify(images, null, 2) : table(images)}\n`);
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
