import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 536;
export const ids = [536];
export const modules = {

/***/ 84536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyToManifests: () => (/* binding */ applyToManifests)
/* harmony export */ });
/* unused harmony exports gceShape, parseAcceleratorName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32635);
/* harmony import */ var _manifest_machine_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19375);
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11920);
/* harmony import */ var _manifest_quantity_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2041);
/* harmony import */ var _pricing_gpus_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3696);
/**
 * `--apply-to`: writes the optimizer's choice into serving manifests so deploy uses it — machine type + GPU type/count
 * for the chosen accelerator (checked against the manifests' GPU and machine tables) and the replica count as
 * serving.replicas.min/max. Edits keep comments and layout
 * (yaml parseDocument). A manifest matches a server by its `service` (or `name`, `metadata.name`), else by its file name.
 */








/**
 * GCE shape for `cards` GPUs of an optimizer accelerator type: the GPU type must be one the manifests know (GPU_TYPES;
 * a GCE name such as `nvidia-l4` is accepted as is) and the machine type is the manifests' own choice for it
 * (chooseMachineType: built-in GPU families by exact count, N1 for attachable GPUs with 4 vCPU / 12 GiB per GPU).
 */
function gceShape(type, cards) {
    // optimizer accelerator types are short names (T4, L4, A100-80): pricing's aliases map them to Compute Engine's
    let gpuType;
    try {
        gpuType = (0,_pricing_gpus_js__WEBPACK_IMPORTED_MODULE_7__/* .gpuType */ .x)(type);
    }
    catch {
        return undefined;
    }
    if (!_manifest_machine_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GPU_TYPES */ .ND.includes(gpuType))
        return undefined;
    try {
        const shape = (0,_manifest_machine_types_js__WEBPACK_IMPORTED_MODULE_4__/* .chooseMachineType */ .xi)({ cpu: 4 * cards, memoryBytes: 12 * _manifest_quantity_js__WEBPACK_IMPORTED_MODULE_6__/* .GiB */ .T3 * cards, gpu: { type: gpuType, count: cards } });
        return { machineType: shape.name, gpuType, gpuCount: cards };
    }
    catch {
        return undefined;
    }
}
/** Accelerator name → (type, cards per replica): "2xA100" → A100 × 2; a plain name is its own type × 1. */
function parseAcceleratorName(name) {
    const m = /^(\d+)x(.+)$/i.exec(name);
    return m ? { type: m[2], cards: Number(m[1]) } : { type: name, cards: 1 };
}
/**
 * Rewrites the serving section of every manifest in `dir` whose service has an allocation. Each rewritten manifest is
 * loaded with the manifest loader before anything is written: all files are written, or none.
 */
async function applyToManifests(dir, report) {
    let files;
    try {
        files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort();
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PsmlError */ .bd(`manifest directory ${dir} cannot be read`, { field: 'apply-to', resource: dir, hint: 'pass the directory holding the experiment manifests' });
    }
    const writes = [];
    const problems = [];
    for (const f of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f);
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text);
        if (doc.errors.length || !doc.has('serving'))
            continue;
        const name = String(doc.get('service') ?? doc.get('name') ?? doc.getIn(['metadata', 'name']) ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(f, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(f)));
        const alloc = report.allocations[name];
        if (!alloc)
            continue;
        const { type, cards } = parseAcceleratorName(alloc.accelerator);
        const shape = gceShape(type, cards);
        if (!shape) {
            problems.push(`${f}: no Compute Engine machine type known for ${alloc.accelerator} (GPU types: ${_manifest_machine_types_js__WEBPACK_IMPORTED_MODULE_4__/* .GPU_TYPES */ .ND.join(', ')})`);
            continue;
        }
        doc.setIn(['serving', 'machineType'], shape.machineType);
        doc.setIn(['serving', 'gpu'], doc.createNode({ type: shape.gpuType, count: shape.gpuCount }, { flow: true }));
        doc.setIn(['serving', 'replicas'], doc.createNode({ min: alloc.numReplicas, max: Math.max(alloc.numReplicas, 1) }, { flow: true }));
        if (alloc.spot)
            doc.setIn(['serving', 'spot'], true);
        const out = doc.toString();
        if (out === text)
            continue;
        try {
            (0,_manifest_load_js__WEBPACK_IMPORTED_MODULE_5__/* .loadExperimentText */ .F4)(out, path); // as deploy will load it (psml.yaml looked up from the manifest's directory)
        }
        catch (e) {
            problems.push(`${f}: the updated manifest does not load: ${e.message.split('\n')[0]}`);
            continue;
        }
        writes.push({ path, text: out });
    }
    if (problems.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PsmlError */ .bd(`cannot apply ${problems.length} allocation(s), no manifest was changed: ${problems[0]}`, {
            field: 'apply-to',
            resource: dir,
            details: problems.slice(1),
            hint: 'set serving.machineType and serving.gpu in those manifests by hand, or restrict the optimizer to GCE GPU types',
        });
    }
    for (const w of writes)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(w.path, w.text);
    return writes.map((w) => w.path);
}


/***/ }),

/***/ 3696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ GPU_LABELS),
/* harmony export */   gy: () => (/* binding */ N1_GPU_COUNTS),
/* harmony export */   jX: () => (/* binding */ parseGpuSpec),
/* harmony export */   x: () => (/* binding */ gpuType)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _manifest_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35796);
/** GPU types by their Compute accelerator names (plus short aliases), and which may be attached to N1 machines. */


const GPU_LABELS = {
    'nvidia-tesla-t4': 'NVIDIA T4',
    'nvidia-tesla-v100': 'NVIDIA V100',
    'nvidia-tesla-p4': 'NVIDIA P4',
    'nvidia-tesla-p100': 'NVIDIA P100',
    'nvidia-l4': 'NVIDIA L4',
    'nvidia-tesla-a100': 'NVIDIA A100 40GB',
    'nvidia-a100-80gb': 'NVIDIA A100 80GB',
    'nvidia-h100-80gb': 'NVIDIA H100 80GB',
};
const ALIASES = {
    t4: 'nvidia-tesla-t4',
    v100: 'nvidia-tesla-v100',
    p4: 'nvidia-tesla-p4',
    p100: 'nvidia-tesla-p100',
    l4: 'nvidia-l4',
    a100: 'nvidia-tesla-a100',
    'a100-40': 'nvidia-tesla-a100',
    'a100-40gb': 'nvidia-tesla-a100',
    'nvidia-a100-40gb': 'nvidia-tesla-a100',
    'a100-80': 'nvidia-a100-80gb',
    'a100-80gb': 'nvidia-a100-80gb',
    h100: 'nvidia-h100-80gb',
    'h100-80gb': 'nvidia-h100-80gb',
};
/** GPUs that attach to N1 machines, with the counts Compute Engine allows. */
const N1_GPU_COUNTS = {
    'nvidia-tesla-t4': [1, 2, 4],
    'nvidia-tesla-v100': [1, 2, 4, 8],
    'nvidia-tesla-p4': [1, 2, 4],
    'nvidia-tesla-p100': [1, 2, 4],
};
function gpuType(name, field = 'gpu.type') {
    const n = name.trim().toLowerCase();
    if (n in GPU_LABELS)
        return n;
    const alias = ALIASES[n];
    if (alias)
        return alias;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`unknown GPU type "${name}"`, {
        field,
        hint: `closest known types: ${(0,_manifest_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .closestNames */ .g9)(n, Object.keys(GPU_LABELS), 3).join(', ')}`,
    });
}
/** `nvidia-tesla-t4:2` (count defaults to 1). */
function parseGpuSpec(spec, field = '--gpu') {
    const [name, count = '1'] = spec.split(':');
    const n = Number(count);
    if (!name || !Number.isInteger(n) || n < 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`GPU "${spec}" must be <type>[:<count>] with a positive count`, { field, hint: 'e.g. nvidia-tesla-t4:1' });
    }
    return { type: gpuType(name, field), count: n };
}


/***/ })

};
