import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 352;
export const ids = [352];
export const modules = {

/***/ 30352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WM: () => (/* binding */ loadProjectConfig),
/* harmony export */   el: () => (/* binding */ registryPrefix),
/* harmony export */   r0: () => (/* binding */ ProjectConfigSchema),
/* harmony export */   vb: () => (/* binding */ checkProjectId),
/* harmony export */   x_: () => (/* binding */ findProjectConfig)
/* harmony export */ });
/* unused harmony exports PROJECT_CONFIG_FILE, ImageDefinitionSchema, PROJECT_ID, parseProjectConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(26921);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7071);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35796);
/* harmony import */ var _manifest_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(985);
/**
 * The project config file (`psml.yaml` at the repository root): where images live and project-wide defaults.
 * One file for the whole repository; every command reads it through `loadProjectConfig`.
 */







const PROJECT_CONFIG_FILE = 'psml.yaml';
const gcpName = /^[a-z][-a-z0-9]{0,61}[a-z0-9]$/;
const ImageDefinitionSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    context: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().default('.').describe('Build context directory, relative to the config file'),
    dockerfile: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('Dockerfile path relative to the context (default: Dockerfile)'),
    target: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional().describe('Multi-stage build target'),
    buildArgs: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).default({}),
    labels: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).default({}),
})
    .strict();
/** Google Cloud project ids: 6–30 lowercase letters, digits and hyphens, starting with a letter. */
const PROJECT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** A project id from a flag or input, checked like psml.yaml's (it ends up in API paths and printed commands). */
function checkProjectId(id, field) {
    if (!PROJECT_ID.test(id))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd(`"${id}" is not a Google Cloud project id`, {
            field,
            hint: 'use the project id (6–30 lowercase letters, digits and hyphens, starting with a letter), e.g. my-ml-project',
        });
    return id;
}
const ProjectConfigSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
    project: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(PROJECT_ID, 'a Google Cloud project id').describe('Google Cloud project id'),
    region: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[a-z]+-[a-z]+\d$/, 'a region such as us-central1').default('us-central1'),
    registry: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        /** Artifact Registry repository that simple image names resolve into. */
        repository: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(gcpName, 'an Artifact Registry repository id').default('psml'),
        /** Any registry instead of Artifact Registry, e.g. `127.0.0.1:5000/psml` or `ghcr.io/org`. */
        url: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    })
        .strict()
        .default({ repository: 'psml' }),
    images: zod__WEBPACK_IMPORTED_MODULE_6__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a simple image name'), ImageDefinitionSchema).default({}),
    /** Cloud Endpoints in front of the serving load balancer: its OpenAPI document follows every deploy/promote/teardown. */
    endpoints: zod__WEBPACK_IMPORTED_MODULE_6__/* .object */ .Ikc({
        /** First label of `<service>.endpoints.<project>.cloud.goog`. */
        service: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().regex(/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, 'a DNS label such as ml-api (lowercase letters, digits, hyphens)'),
    })
        .strict()
        .optional(),
    /** Project-wide defaults merged under every experiment manifest (image, labels, training, serving). */
    defaults: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_3__/* .ExperimentDefaultsSchema */ .$C.default({}),
})
    .strict();
/** Finds psml.yaml in `dir` or its parents. */
function findProjectConfig(dir = process.cwd()) {
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);; d = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d)) {
        const f = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, PROJECT_CONFIG_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f))
            return f;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(d) === d)
            return undefined;
    }
}
function loadProjectConfig(file = findProjectConfig()) {
    if (!file) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd(`no ${PROJECT_CONFIG_FILE} found in this directory or its parents`, {
            hint: `create one with at least "project: <gcp-project-id>"`,
        });
    }
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd(`cannot read: ${e.message}`, { resource: file });
    }
    return parseProjectConfig(text, file);
}
/** Parses psml.yaml text; problems come back as one PsmlError with file:line:col for each. */
function parseProjectConfig(text, file) {
    const { data, problems } = (0,_manifest_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseManifestText */ .k)(text, file);
    const r = ProjectConfigSchema.safeParse(data ?? {});
    if (!r.success) {
        problems.problems.push(...(0,_manifest_problems_js__WEBPACK_IMPORTED_MODULE_4__/* .issuesToProblems */ .qk)(r.error.issues, data ?? {}, ProjectConfigSchema));
        problems.throwIfAny();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd('invalid project config', { resource: file }); // unreachable: issues always yield problems
    }
    return { ...r.data, root: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)) };
}
/** Registry prefix that simple names resolve into: `REGION-docker.pkg.dev/PROJECT/REPO` or the configured URL. */
function registryPrefix(config) {
    return config.registry.url?.replace(/\/+$/, '') ?? `${config.region}-docker.pkg.dev/${config.project}/${config.registry.repository}`;
}


/***/ }),

/***/ 19375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ BUILTIN_GPUS),
/* harmony export */   ND: () => (/* binding */ GPU_TYPES),
/* harmony export */   bG: () => (/* binding */ machineShape),
/* harmony export */   oo: () => (/* binding */ ATTACHABLE_GPUS),
/* harmony export */   p3: () => (/* binding */ MACHINE_FAMILIES),
/* harmony export */   pu: () => (/* binding */ MACHINE_SHAPES),
/* harmony export */   xi: () => (/* binding */ chooseMachineType)
/* harmony export */ });
/* unused harmony exports shapeSupportsGpu, adequateMachineTypes */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2041);
/**
 * Shapes of common Compute Engine machine types (vCPU, memory GiB, built-in GPUs) and the choice of the smallest
 * adequate one for a resource request. Shapes are public facts from the Compute Engine machine families documentation.
 */


/** GPUs that are attached to N1 machines as `guestAccelerators`, with the counts allowed per VM. */
const ATTACHABLE_GPUS = {
    'nvidia-tesla-t4': { families: ['n1'], counts: [1, 2, 4] },
    'nvidia-tesla-v100': { families: ['n1'], counts: [1, 2, 4, 8] },
    'nvidia-tesla-p100': { families: ['n1'], counts: [1, 2, 4] },
    'nvidia-tesla-p4': { families: ['n1'], counts: [1, 2, 4] },
};
/** GPU types that only come built into a machine family. */
const BUILTIN_GPUS = {
    'nvidia-l4': 'g2',
    'nvidia-tesla-a100': 'a2',
    'nvidia-a100-80gb': 'a2',
    'nvidia-h100-80gb': 'a3',
};
const GPU_TYPES = [...Object.keys(ATTACHABLE_GPUS), ...Object.keys(BUILTIN_GPUS)];
function series(family, kind, perVcpu, sizes) {
    return sizes.map((n) => ({ name: `${family}-${kind}-${n}`, family, vcpus: n, effectiveVcpus: n, memoryGiB: n * perVcpu }));
}
const MACHINE_SHAPES = [
    { name: 'e2-micro', family: 'e2', vcpus: 2, effectiveVcpus: 0.25, memoryGiB: 1, sharedCore: true },
    { name: 'e2-small', family: 'e2', vcpus: 2, effectiveVcpus: 0.5, memoryGiB: 2, sharedCore: true },
    { name: 'e2-medium', family: 'e2', vcpus: 2, effectiveVcpus: 1, memoryGiB: 4, sharedCore: true },
    ...series('e2', 'standard', 4, [2, 4, 8, 16, 32]),
    ...series('e2', 'highmem', 8, [2, 4, 8, 16]),
    ...series('e2', 'highcpu', 1, [2, 4, 8, 16, 32]),
    ...series('n1', 'standard', 3.75, [1, 2, 4, 8, 16, 32, 64, 96]),
    ...series('n1', 'highmem', 6.5, [2, 4, 8, 16, 32, 64, 96]),
    ...series('n1', 'highcpu', 0.9, [2, 4, 8, 16, 32, 64, 96]),
    ...series('n2', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]),
    ...series('n2', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128]),
    ...series('n2', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96]),
    ...series('n2d', 'standard', 4, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]),
    ...series('n2d', 'highmem', 8, [2, 4, 8, 16, 32, 48, 64, 80, 96]),
    ...series('n2d', 'highcpu', 1, [2, 4, 8, 16, 32, 48, 64, 80, 96, 128, 224]),
    ...series('c2', 'standard', 4, [4, 8, 16, 30, 60]),
    ...[
        [4, 16, 1], [8, 32, 1], [12, 48, 1], [16, 64, 1], [24, 96, 2], [32, 128, 1], [48, 192, 4], [96, 384, 8],
    ].map(([v, m, g]) => ({ name: `g2-standard-${v}`, family: 'g2', vcpus: v, effectiveVcpus: v, memoryGiB: m, builtinGpu: { type: 'nvidia-l4', count: g } })),
    ...[[1, 12, 85], [2, 24, 170], [4, 48, 340], [8, 96, 680]].map(([g, v, m]) => ({
        name: `a2-highgpu-${g}g`, family: 'a2', vcpus: v, effectiveVcpus: v, memoryGiB: m, builtinGpu: { type: 'nvidia-tesla-a100', count: g },
    })),
    { name: 'a2-megagpu-16g', family: 'a2', vcpus: 96, effectiveVcpus: 96, memoryGiB: 1360, builtinGpu: { type: 'nvidia-tesla-a100', count: 16 } },
    ...[[1, 12, 170], [2, 24, 340], [4, 48, 680], [8, 96, 1360]].map(([g, v, m]) => ({
        name: `a2-ultragpu-${g}g`, family: 'a2', vcpus: v, effectiveVcpus: v, memoryGiB: m, builtinGpu: { type: 'nvidia-a100-80gb', count: g },
    })),
    { name: 'a3-highgpu-8g', family: 'a3', vcpus: 208, effectiveVcpus: 208, memoryGiB: 1872, builtinGpu: { type: 'nvidia-h100-80gb', count: 8 } },
];
const BY_NAME = new Map(MACHINE_SHAPES.map((s) => [s.name, s]));
const MACHINE_FAMILIES = [...new Set(MACHINE_SHAPES.map((s) => s.family))];
/** Shape of a known machine type, or of a custom type (`n1-custom-4-16384`, `n2-custom-8-32768`). */
function machineShape(name) {
    const known = BY_NAME.get(name);
    if (known)
        return known;
    const custom = /^(?:(n1|n2|n2d|e2)-)?custom-(\d+)-(\d+)(?:-ext)?$/.exec(name);
    if (custom) {
        const vcpus = Number(custom[2]);
        return { name, family: custom[1] ?? 'n1', vcpus, effectiveVcpus: vcpus, memoryGiB: Number(custom[3]) / 1024 };
    }
    return undefined;
}
const CPU_FAMILY_ORDER = ['e2', 'n2', 'n2d', 'n1', 'c2'];
/** GPU-compatible families for a request: attachable GPUs → n1; built-in GPUs → their family. */
function familiesFor(gpu) {
    if (!gpu)
        return CPU_FAMILY_ORDER;
    const attach = ATTACHABLE_GPUS[gpu.type];
    if (attach)
        return attach.families;
    const builtin = BUILTIN_GPUS[gpu.type];
    if (builtin)
        return [builtin];
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`unknown GPU type "${gpu.type}"`, { field: 'gpu.type', hint: `use one of ${GPU_TYPES.join(', ')}` });
}
/** Whether `shape` can serve `gpu` (built-in count matches exactly, or the GPU attaches to the family). */
function shapeSupportsGpu(shape, gpu) {
    if (!gpu)
        return shape.builtinGpu === undefined;
    if (shape.builtinGpu)
        return shape.builtinGpu.type === gpu.type && shape.builtinGpu.count === gpu.count;
    const attach = ATTACHABLE_GPUS[gpu.type];
    return attach !== undefined && attach.families.includes(shape.family) && attach.counts.includes(gpu.count);
}
/** All adequate shapes, smallest first (vCPUs, then memory, then family order). */
function adequateMachineTypes(req, opts = {}) {
    const families = opts.families ?? familiesFor(req.gpu);
    const reserved = (opts.reservedMemoryGiB ?? 0.5) * _quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .GiB */ .T3;
    const order = (f) => {
        const i = families.indexOf(f);
        return i < 0 ? families.length : i;
    };
    return MACHINE_SHAPES.filter((s) => families.includes(s.family) &&
        (opts.allowSharedCore ?? true ? true : !s.sharedCore) &&
        s.effectiveVcpus >= req.cpu &&
        s.memoryGiB * _quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .GiB */ .T3 >= req.memoryBytes + reserved &&
        shapeSupportsGpu(s, req.gpu)).sort((a, b) => a.effectiveVcpus - b.effectiveVcpus || a.memoryGiB - b.memoryGiB || order(a.family) - order(b.family));
}
/** The smallest adequate machine type, or the one `opts.cheapest` picks among the adequate ones. */
function chooseMachineType(req, opts = {}) {
    const candidates = adequateMachineTypes(req, opts);
    if (candidates.length === 0) {
        const gpu = req.gpu ? ` with ${req.gpu.count}× ${req.gpu.type}` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`no machine type has ${req.cpu} vCPU and ${(req.memoryBytes / _quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .GiB */ .T3).toFixed(2)} GiB memory${gpu}`, { field: 'resourceLimits', hint: 'lower the resource limits or set serving.machineType explicitly' });
    }
    if (!opts.cheapest)
        return candidates[0];
    const picked = opts.cheapest(candidates);
    const name = typeof picked === 'string' ? picked : picked.name;
    const shape = candidates.find((c) => c.name === name);
    if (!shape)
        throw new Error(`cheapest() returned "${name}", which is not one of the candidates`);
    return shape;
}


/***/ }),

/***/ 35796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ ProblemList),
/* harmony export */   St: () => (/* binding */ SourceLocator),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   g9: () => (/* binding */ closestNames),
/* harmony export */   qk: () => (/* binding */ issuesToProblems)
/* harmony export */ });
/* unused harmony exports formatPath, editDistance, valueAt, knownKeys */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/**
 * Turning validation failures into messages people can act on: file:line:column, the field path,
 * what was expected and what was found, and a "did you mean" for misspelled names. All problems are
 * collected and reported together in one PsmlError.
 */


function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else {
            const s = String(seg);
            out += /^[A-Za-z_$][\w$-]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
        }
    }
    return out || '(root)';
}
/** Levenshtein distance (case-insensitive), for "did you mean". */
function editDistance(a, b) {
    a = a.toLowerCase();
    b = b.toLowerCase();
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
/** The `n` known names closest to a misspelt one (edit distance, ties by name), for hints listing several. */
function closestNames(name, known, n) {
    return [...known]
        .map((k) => ({ k, d: editDistance(name, k) }))
        .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
        .slice(0, n)
        .map((x) => x.k);
}
/** The closest candidate when it is close enough to be a likely typo. */
function didYouMean(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word, c);
        if (d < bestD) {
            best = c;
            bestD = d;
        }
    }
    if (best === undefined)
        return undefined;
    const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
    return bestD <= limit ? best : undefined;
}
/** Maps field paths to line:column in a YAML/JSON document. */
class SourceLocator {
    doc;
    lines;
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    locate(path, atKey = false) {
        if (!this.doc || !this.lines)
            return undefined;
        let node = this.doc.contents;
        let offset = node?.range?.[0];
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            const last = i === path.length - 1;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && String((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) ? p.key.value : p.key) === String(seg));
                if (!pair)
                    break;
                const keyNode = pair.key;
                if (last && atKey && keyNode?.range)
                    return this.pos(keyNode.range[0]);
                if (keyNode?.range)
                    offset = keyNode.range[0];
                node = pair.value;
                const valueNode = node;
                if (valueNode?.range)
                    offset = valueNode.range[0];
                else
                    break; // `key:` with no value: point at the key
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                const item = node.items[seg];
                if (!item?.range)
                    break;
                node = item;
                offset = item.range[0];
            }
            else
                break;
        }
        return offset === undefined ? undefined : this.pos(offset);
    }
    pos(offset) {
        const p = this.lines.linePos(offset);
        return { line: p.line, col: p.col };
    }
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v = v[seg];
    }
    return v;
}
/** How a found value is shown: `"abc"`, `number 42`, `a list`, `nothing`. */
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'an empty value';
    if (typeof v === 'string')
        return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
    if (typeof v === 'number' || typeof v === 'boolean')
        return `${typeof v} ${String(v)}`;
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a map';
    return typeof v;
}
function unwrap(s) {
    for (;;) {
        const d = s._zod.def;
        if (d.innerType)
            s = d.innerType;
        else if (d.type === 'pipe' && d.in)
            s = d.in;
        else
            return s;
    }
}
function flatten(s) {
    const u = unwrap(s);
    return u._zod.def.type === 'union' ? (u._zod.def.options ?? []).flatMap(flatten) : [u];
}
/** Field names an object at `path` accepts (union branches merged). */
function knownKeys(schema, path) {
    let level = flatten(schema);
    for (const seg of path) {
        const next = [];
        for (const s of level) {
            const d = s._zod.def;
            if (d.type === 'object' && typeof seg === 'string' && d.shape?.[seg])
                next.push(...flatten(d.shape[seg]));
            else if (d.type === 'array' && typeof seg === 'number' && d.element)
                next.push(...flatten(d.element));
            else if (d.type === 'record' && d.valueType)
                next.push(...flatten(d.valueType));
        }
        level = next;
    }
    return [...new Set(level.flatMap((s) => (s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape ?? {}) : [])))];
}
/** Picks the union branch that matches the input's type, so a bad `version: {major: x}` is not reported as "not a string". */
function unionBranch(issue) {
    const branches = (issue.errors ?? []).filter((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
    if (branches.length === 0)
        return undefined;
    return branches.reduce((a, b) => (b.length < a.length ? b : a));
}
function expectedOfUnion(issue) {
    const types = (issue.errors ?? []).flatMap((errs) => errs.filter((e) => e.code === 'invalid_type' && e.path.length === 0).map((e) => e.expected));
    return [...new Set(types)].join(' or ') || 'a different value';
}
function boundText(issue) {
    const small = issue.code === 'too_small';
    const bound = String(small ? issue.minimum : issue.maximum);
    const cmp = small ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most';
    if (issue.origin === 'array')
        return `a list with ${cmp} ${bound} item(s)`;
    if (issue.origin === 'string')
        return `a text of ${cmp} ${bound} character(s)`;
    return `a value ${cmp} ${bound}`;
}
function issuesToProblems(issues, data, schema, prefix = []) {
    const out = [];
    for (const issue of issues) {
        const path = [...prefix, ...issue.path];
        const v = valueAt(data, path);
        const found = describeValue(v);
        switch (issue.code) {
            case 'unrecognized_keys': {
                const known = knownKeys(schema, path);
                for (const key of issue.keys) {
                    const guess = didYouMean(key, known);
                    out.push({
                        path: [...path, key],
                        atKey: true,
                        message: `unknown field "${key}"`,
                        hint: guess ? `did you mean "${guess}"?` : known.length ? `known fields: ${known.join(', ')}` : undefined,
                    });
                }
                break;
            }
            case 'invalid_union': {
                const branch = unionBranch(issue);
                if (branch)
                    out.push(...issuesToProblems(branch, data, schema, path));
                else
                    out.push({ path, message: v === undefined ? `required field is missing (expected ${expectedOfUnion(issue)})` : `expected ${expectedOfUnion(issue)}, found ${found}` });
                break;
            }
            case 'invalid_type':
                out.push({ path, message: v === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}, found ${found}` });
                break;
            case 'invalid_value': {
                const strings = issue.values.filter((x) => typeof x === 'string');
                const guess = typeof v === 'string' && strings.length > 1 ? didYouMean(v, strings) : undefined;
                const values = issue.values.map((x) => JSON.stringify(x));
                const expected = values.length === 1 ? values[0] : `one of ${values.join(', ')}`;
                out.push({
                    path,
                    message: v === undefined ? `required field is missing (expected ${expected})` : `expected ${expected}, found ${found}`,
                    hint: guess ? `did you mean "${guess}"?` : undefined,
                });
                break;
            }
            case 'invalid_key': {
                const inner = issue.issues[0]?.message ?? 'a valid key';
                out.push({ path, atKey: true, message: `invalid key ${JSON.stringify(String(path[path.length - 1]))}: expected ${inner}` });
                break;
            }
            case 'invalid_format':
            case 'custom':
                out.push({ path, message: `expected ${issue.message}, found ${found}` });
                break;
            case 'too_small':
            case 'too_big':
                out.push({ path, message: `expected ${boundText(issue)}, found ${Array.isArray(v) ? `${v.length} item(s)` : found}` });
                break;
            default:
                out.push({ path, message: `${issue.message} (found ${found})` });
        }
    }
    return out;
}
/** Collects problems for one file and throws them together. */
class ProblemList {
    file;
    locator;
    problems = [];
    constructor(file, locator = new SourceLocator()) {
        this.file = file;
        this.locator = locator;
    }
    add(path, message, hint, atKey = false) {
        this.problems.push({ path, message, hint, atKey });
    }
    get empty() {
        return this.problems.length === 0;
    }
    format(p) {
        const pos = this.locator.locate(p.path, p.atKey);
        const where = pos ? `${this.file}:${pos.line}:${pos.col}` : this.file;
        return `${where}: ${formatPath(p.path)}: ${p.message}${p.hint ? ` — ${p.hint}` : ''}`;
    }
    /** Throws one PsmlError listing every problem (sorted by position in the file). */
    throwIfAny() {
        if (this.empty)
            return;
        const sorted = this.problems
            .map((p) => ({ p, pos: this.locator.locate(p.path, p.atKey) }))
            .sort((a, b) => (a.pos?.line ?? 0) - (b.pos?.line ?? 0) || (a.pos?.col ?? 0) - (b.pos?.col ?? 0));
        const lines = [...new Set(sorted.map(({ p }) => this.format(p)))];
        const { p: first, pos } = sorted[0];
        const more = lines.length > 1 ? ` (and ${lines.length - 1} more problem${lines.length > 2 ? 's' : ''})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${first.message}${first.hint ? ` — ${first.hint}` : ''}${more}`, {
            resource: pos ? `${this.file}:${pos.line}:${pos.col}` : this.file,
            field: formatPath(first.path),
            details: lines,
            hint: 'fix the fields listed (`psml schema` prints the JSON Schema for editor completion)',
        });
    }
}


/***/ }),

/***/ 2041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ quantityProblem),
/* harmony export */   Oh: () => (/* binding */ parseCpu),
/* harmony export */   Pw: () => (/* binding */ parseMemory),
/* harmony export */   T3: () => (/* binding */ GiB)
/* harmony export */ });
/* unused harmony export parseQuantity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/**
 * Kubernetes resource quantities (`500m`, `256M`, `2Gi`, `1.5`, `1e3`), as MLComponent `resourceLimits` use them.
 *
 * Grammar (k8s.io/apimachinery resource.Quantity):
 *   quantity ::= signedNumber suffix
 *   suffix   ::= binarySI | decimalExponent | decimalSI
 *   binarySI ::= Ki | Mi | Gi | Ti | Pi | Ei
 *   decimalSI ::= n | u | m | "" | k | M | G | T | P | E
 *   decimalExponent ::= "e" signedNumber | "E" signedNumber
 *   number ::= digits | digits "." digits | digits "." | "." digits
 * Notes: `K` (capital) is not a suffix, `k` is; `m` is milli (so memory `256m` is 0.256 bytes — almost always a typo).
 */

const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|[eE]([+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/;
/** Why a string is not a quantity, or undefined when it is one. */
function quantityProblem(text) {
    if (text.trim() !== text)
        return 'remove the surrounding spaces';
    if (text === '')
        return 'an empty string is not a quantity';
    if (QUANTITY.test(text))
        return undefined;
    const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([A-Za-z]+)$/.exec(text);
    if (m) {
        const suffix = m[2];
        const fixes = { K: 'k', Kb: 'k', KB: 'k', KiB: 'Ki', MiB: 'Mi', GiB: 'Gi', TiB: 'Ti', Mb: 'M', MB: 'M', GB: 'G', Gb: 'G', TB: 'T', g: 'G', gi: 'Gi', mi: 'Mi', ki: 'Ki', KI: 'Ki', MI: 'Mi', GI: 'Gi' };
        const fix = fixes[suffix];
        return fix ? `unknown suffix "${suffix}" — write "${m[1]}${fix}"` : `unknown suffix "${suffix}" (use Ki, Mi, Gi, Ti, Pi, Ei or n, u, m, k, M, G, T, P, E)`;
    }
    return 'expected a number with an optional suffix, e.g. 500m, 2, 1.5, 256Mi, 2Gi, 1e9';
}
/** Parses a quantity; numbers (YAML `cpu: 1.5`) are taken as written. Throws PsmlError on bad input. */
function parseQuantity(input, field = 'quantity') {
    if (typeof input === 'number') {
        if (!Number.isFinite(input))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`${input} is not a finite quantity`, { field });
        return { value: input, suffix: '' };
    }
    const problem = quantityProblem(input);
    const m = problem === undefined ? QUANTITY.exec(input) : null;
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`"${input}" is not a Kubernetes quantity: ${problem}`, { field });
    const sign = m[1] === '-' ? -1 : 1;
    const num = Number(m[2].endsWith('.') ? m[2].slice(0, -1) : m[2]);
    let factor;
    let suffix;
    if (m[3]) {
        factor = BINARY[m[3]];
        suffix = m[3];
    }
    else if (m[4] !== undefined) {
        factor = 10 ** Number(m[4]);
        suffix = `e${m[4]}`;
    }
    else {
        suffix = m[5] ?? '';
        factor = DECIMAL[suffix];
    }
    const value = sign * num * factor;
    if (!Number.isFinite(value))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`"${input}" is too large`, { field });
    return { value, suffix };
}
/** CPU in cores (`500m` → 0.5). Rejects zero or negative values. */
function parseCpu(input, field = 'cpu') {
    const { value } = parseQuantity(input, field);
    if (!(value > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`cpu must be greater than zero, found ${JSON.stringify(input)}`, { field });
    return value;
}
/** Memory in bytes (`256M` → 256e6, `2Gi` → 2·2³⁰). Rejects values below one byte (`256m` = 0.256 bytes is a typo). */
function parseMemory(input, field = 'memory') {
    const { value, suffix } = parseQuantity(input, field);
    if (suffix === 'm' || suffix === 'u' || suffix === 'n' || value < 1) {
        const hint = typeof input === 'string' && suffix === 'm' ? ` — did you mean "${input.slice(0, -1)}Mi" or "${input.slice(0, -1)}M"?` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`memory ${JSON.stringify(input)} is less than one byte${hint}`, { field, hint: 'memory uses Ki, Mi, Gi (binary) or k, M, G (decimal)' });
    }
    return value;
}
const GiB = 2 ** 30;


/***/ }),

/***/ 7071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ ExperimentDefaultsSchema),
/* harmony export */   G1: () => (/* binding */ ENV_NAME),
/* harmony export */   Lk: () => (/* binding */ MLCOMPONENT_API_VERSION),
/* harmony export */   OX: () => (/* binding */ SERVICE_NAME),
/* harmony export */   SO: () => (/* binding */ ExperimentManifestSchema),
/* harmony export */   Yd: () => (/* binding */ MLComponentSchema),
/* harmony export */   Zg: () => (/* binding */ REGION),
/* harmony export */   cA: () => (/* binding */ EXPERIMENT_API_VERSION),
/* harmony export */   z6: () => (/* binding */ ZONE)
/* harmony export */ });
/* unused harmony exports DURATION, LABEL_KEY, LABEL_VALUE, ServiceNameSchema, VersionSchema, ImageRefSchema, GpuSchema, DurationSchema, EnvValueSchema, EnvSchema, ZonesSchema, QuantitySchema, ResourcesSchema, TrainingSchema, ServingSchema, EnvListSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26921);
/* harmony import */ var _machine_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19375);
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2041);
/**
 * The experiment manifest (`apiVersion: psml.dev/v1`, `kind: Experiment`): what a user writes, one file per revision.
 * Defaults are NOT applied by these schemas (so the same field schemas serve as psml.yaml `defaults` partials);
 * `normalize.ts` fills them and produces the `Experiment` every action reads (see experiment.ts).
 */



const EXPERIMENT_API_VERSION = 'psml.dev/v1';
const MLCOMPONENT_API_VERSION = 'unified-platform.cs.hse.ru/v1';
/** Service names become part of Compute Engine names: lowercase letters, digits, hyphens. */
const SERVICE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const ZONE = /^[a-z]+-[a-z]+\d+-[a-z]$/;
const REGION = /^[a-z]+-[a-z]+\d+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** `90s`, `30m`, `4h`, `1h30m`, `2d`. */
const DURATION = /^(?:\d+(?:\.\d+)?[smhd])+$/;
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;
const ServiceNameSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(SERVICE_NAME, 'a name of lowercase letters, digits and hyphens that starts with a letter, ends with a letter or digit, at most 63 characters')
    .describe('Service name; resource names are derived from it and the version');
const VersionSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        major: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0).max(99999).describe('Major version: a new model or contract'),
        minor: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0).max(99999).describe('Minor version: retraining or configuration change'),
    }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\d{1,5}\.\d{1,5}$/, 'a version "MAJOR.MINOR" such as "1.2"'),
])
    .describe('Revision of the service: {major, minor} or "MAJOR.MINOR"');
const ImageRefSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .regex(/^[^\s]+$/, 'an image name without spaces')
    .describe('A simple name from psml.yaml `images:` (optionally with :tag) or a full image reference');
const GpuSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_machine_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GPU_TYPES */ .ND).describe('Accelerator type, e.g. nvidia-tesla-t4, nvidia-l4'),
    count: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1).max(16).optional().describe('Number of GPUs (default 1)'),
})
    .describe('GPUs per VM');
const DurationSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive().describe('seconds'),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(DURATION, 'a duration such as 90s, 30m, 4h, 1h30m, 2d'),
])
    .describe('Duration: seconds, or a string such as 30m, 4h, 1h30m');
const EnvValueSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()]);
const EnvSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(ENV_NAME, 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)'), EnvValueSchema),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(ENV_NAME, 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)'), value: EnvValueSchema })),
])
    .describe('Environment variables: a map NAME: value, or a list of {name, value}');
const ZonesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(ZONE, 'a zone such as us-central1-a'))
    .min(1)
    .describe('Zones in order of preference');
const MachineTypeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .regex(/^[a-z][a-z0-9]*-[a-z0-9-]+$/, 'a machine type such as n1-standard-4')
    .describe('Compute Engine machine type, e.g. n1-standard-8, g2-standard-4, e2-medium');
const StorageUriSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .refine((s) => !s.startsWith('gs://') || /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](\/.*)?$/.test(s), 'a gs://bucket/path URI');
const CommandSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).min(1);
const QuantitySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()])
    .superRefine((v, ctx) => {
    const problem = typeof v === 'number' ? (Number.isFinite(v) ? undefined : 'a finite number') : (0,_quantity_js__WEBPACK_IMPORTED_MODULE_1__/* .quantityProblem */ .B7)(v);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `a Kubernetes quantity such as 500m, 2, 256Mi, 2Gi: ${problem}` });
})
    .describe('Kubernetes quantity, e.g. 500m, 2, 256Mi, 2Gi');
const ResourcesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    cpu: QuantitySchema.optional().describe('vCPUs, e.g. 500m or 2'),
    memory: QuantitySchema.optional().describe('Memory, e.g. 512Mi or 4Gi'),
})
    .describe('Resource needs; the smallest adequate machine type is chosen when machineType is not set');
const trainingShape = {
    image: ImageRefSchema.optional(),
    machineType: MachineTypeSchema.optional(),
    gpu: GpuSchema.optional(),
    zones: ZonesSchema.optional(),
    spot: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional().describe('Use Spot VMs (default false)'),
    maxRunDuration: DurationSchema.optional().describe('Watchdog: the VM is deleted after this long'),
    command: CommandSchema.optional().describe('Container entrypoint override'),
    args: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional().describe('Container arguments'),
    env: EnvSchema.optional(),
    bootDiskGb: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(10).max(65536).optional().describe('Boot disk size in GB (default 100)'),
    artifactsUri: StorageUriSchema.optional().describe('Where training writes its artifacts, e.g. gs://bucket/models/svc/1.2'),
    expectedDuration: DurationSchema.optional().describe('Expected run time, for pricing (default: maxRunDuration)'),
};
const servingShape = {
    image: ImageRefSchema.optional(),
    machineType: MachineTypeSchema.optional(),
    resources: ResourcesSchema.optional(),
    gpu: GpuSchema.optional(),
    replicas: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        min: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0).max(1000).optional().describe('Minimum replicas (default 1)'),
        max: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1).max(1000).optional().describe('Maximum replicas (default: min)'),
    })
        .optional(),
    autoscaling: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        targetCpuUtilization: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().gt(0).max(1).optional().describe('Target CPU utilization 0–1 (default 0.6)'),
        cooldownSeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(15).max(3600).optional().describe('Seconds a new VM needs before its metrics count (default 60, 600 with GPUs)'),
    })
        .optional(),
    port: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1).max(65535).optional().describe('Container port (default 8080)'),
    healthCheckPath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^\/\S*$/, 'a path starting with /').optional().describe('HTTP health check path (default /v2/health/ready)'),
    modelUri: StorageUriSchema.optional().describe('Model location the server loads, e.g. gs://bucket/models/svc/1.2'),
    env: EnvSchema.optional(),
    command: CommandSchema.optional(),
    args: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
    region: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(REGION, 'a region such as us-central1').optional().describe('Region of the managed instance group (default: psml.yaml region)'),
    zones: ZonesSchema.optional().describe('Zones the regional instance group may use (default: all in the region)'),
    spot: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().optional(),
    bootDiskGb: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(10).max(65536).optional().describe('Boot disk size in GB (default 50)'),
    initialDelaySeconds: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0).max(3600).optional().describe('Autohealing initial delay (default 300, 600 with GPUs)'),
};
const TrainingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(trainingShape).describe('Training job: one VM that runs the image to completion');
const ServingSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(servingShape).describe('Serving endpoint: instance template, managed group, autoscaler, health check, backend service');
/** psml.yaml `defaults:` — the same fields, all optional, merged under every manifest. */
const ExperimentDefaultsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    image: ImageRefSchema.optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(LABEL_KEY, 'a label key'), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(LABEL_VALUE, 'a label value')).optional(),
    training: TrainingSchema.optional(),
    serving: ServingSchema.optional(),
})
    .describe('Project-wide defaults merged under every experiment manifest');
const ExperimentManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(EXPERIMENT_API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('Experiment'),
    service: ServiceNameSchema,
    version: VersionSchema,
    description: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(LABEL_KEY, 'a label key (lowercase letter first, then [a-z0-9_-])'), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(LABEL_VALUE, 'a label value ([a-z0-9_-], at most 63)'))
        .optional()
        .describe('Extra Compute Engine labels on every resource'),
    image: ImageRefSchema.optional().describe('Default image for training and serving'),
    training: TrainingSchema.optional(),
    serving: ServingSchema.optional(),
})
    .describe('psml experiment manifest: one file per service revision');
const EnvListSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(ENV_NAME, 'an environment variable name'), value: EnvValueSchema }));
const MLComponentSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    $schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MLCOMPONENT_API_VERSION),
    kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('MLComponent'),
    metadata: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'a Kubernetes name (lowercase letters, digits, hyphens)'),
        namespace: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()).optional(),
        annotations: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP())
            .optional()
            .describe('psml.dev/version: "MAJOR.MINOR" sets the revision (default 1.0); psml.dev/gpu-type the GPU of nvidia.com/gpu'),
    }),
    spec: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        image: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            existingImageName: ImageRefSchema,
            resourceLimits: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ cpu: QuantitySchema.optional(), memory: QuantitySchema.optional(), 'nvidia.com/gpu': zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1).max(16).optional() })
                .optional(),
        }),
        env: EnvListSchema.optional(),
        mlService: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            packageRegistryName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
            inference: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
                fileExchange: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ fileBox: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), inferenceFilesPath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).optional(),
                model: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ modelBox: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(), modelPath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).optional(),
                entryPoint: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
                    pythonPath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
                    pythonFunction: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/, 'a dotted function name such as module.predict.inference'),
                }),
            }),
        }),
        connectedBoxes: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
            mountS3Box: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ s3BoxName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), subPath: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }).optional(),
            copyS3Box: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ s3BoxName: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }).optional(),
        }))
            .optional(),
    }),
})
    .describe('MLComponent manifest (unified-platform.cs.hse.ru/v1), accepted as a serving definition');


/***/ }),

/***/ 985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseManifestText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35796);
/** YAML/JSON text → plain data plus a locator for its nodes (JSON is parsed as YAML, so positions work for both). */



/** Parses YAML/JSON text into plain data, reporting syntax errors with their positions. */
function parseManifestText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const problems = new _problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ProblemList */ .Ku(file, new _problems_js__WEBPACK_IMPORTED_MODULE_2__/* .SourceLocator */ .St(doc, lineCounter));
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const pos = e.linePos?.[0] ?? (e.pos?.[0] !== undefined ? lineCounter.linePos(e.pos[0]) : undefined);
            return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML syntax: ${e.message.split('\n')[0]}`;
        });
        const first = doc.errors[0];
        const pos = first.linePos?.[0] ?? (first.pos?.[0] !== undefined ? lineCounter.linePos(first.pos[0]) : undefined);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`YAML syntax: ${first.message.split('\n')[0]}${lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''}`, {
            resource: pos ? `${file}:${pos.line}:${pos.col}` : file,
            details: lines,
            hint: 'fix the YAML syntax (indentation, quotes, colons) at the positions listed',
        });
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        const message = `cannot read the manifest: ${e.message}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(message, { resource: file, details: [`${file}: ${message}`], hint: 'check the YAML aliases (*name) and anchors (&name)' });
    }
    return { data, problems };
}


/***/ })

};
