import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 920;
export const ids = [920];
export const modules = {

/***/ 74347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ versionString),
/* harmony export */   Fe: () => (/* binding */ ExperimentSchema)
/* harmony export */ });
/* unused harmony exports TrainingSpecSchema, ServingSpecSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26921);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7071);
/**
 * The normalized experiment: what every action reads, whichever manifest kind it came from.
 * All defaults are applied, images are resolved to full references, durations are seconds.
 */


const Gpu = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), count: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1) });
const Env = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ENV_NAME */ .G1), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP());
const TrainingSpecSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    /** Full image reference (`REGION-docker.pkg.dev/PROJECT/REPO/NAME[:TAG]` or as written). */
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** The psml.yaml image name when the manifest used a simple name (the build action builds it). */
    imageName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    machineType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    gpu: Gpu.optional(),
    zones: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ZONE */ .z6)).min(1),
    spot: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    maxRunDurationSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    args: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    env: Env,
    bootDiskGb: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(10),
    artifactsUri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** For pricing: expectedDuration, else maxRunDuration, else undefined. */
    expectedDurationSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().optional(),
});
const ServingSpecSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    image: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    imageName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    machineType: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** Set when the machine type was chosen from resource needs (MLComponent resourceLimits or serving.resources). */
    requested: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ cpu: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig(), memoryBytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig() }).optional(),
    gpu: Gpu.optional(),
    replicas: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0), max: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1) }),
    autoscaling: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ targetCpuUtilization: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().gt(0).max(1), cooldownSeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0) }),
    port: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).max(65535),
    healthCheckPath: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().startsWith('/'),
    modelUri: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    env: Env,
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    args: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    region: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .REGION */ .Zg),
    /** Empty: any zone of the region. */
    zones: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .ZONE */ .z6)),
    spot: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    bootDiskGb: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(10),
    initialDelaySeconds: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0),
});
const ExperimentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    apiVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('psml.dev/v1'),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('Experiment'),
    /** Where it was loaded from. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['Experiment', 'MLComponent']) }),
    service: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SERVICE_NAME */ .OX),
    version: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ major: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0), minor: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0) }),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    /** User labels (ownership labels come from `ownershipLabels`). */
    labels: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    training: TrainingSpecSchema.optional(),
    serving: ServingSpecSchema.optional(),
});
/** `1.2` — how a revision is shown to people. */
const versionString = (v) => `${v.major}.${v.minor}`;


/***/ }),

/***/ 11920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MY: () => (/* binding */ loadExperiment),
  F4: () => (/* binding */ loadExperimentText)
});

// UNUSED EXPORTS: MANIFEST_KINDS

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/config/project.ts
var config_project = __webpack_require__(30352);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/manifest/experiment.ts
var manifest_experiment = __webpack_require__(74347);
// EXTERNAL MODULE: ./shared/manifest/machine-types.ts
var machine_types = __webpack_require__(19375);
// EXTERNAL MODULE: ./shared/manifest/problems.ts
var manifest_problems = __webpack_require__(35796);
// EXTERNAL MODULE: ./shared/manifest/quantity.ts
var quantity = __webpack_require__(2041);
;// CONCATENATED MODULE: ./shared/manifest/normalize.ts





const RESERVED_LABELS = ['managed-by', 'psml-service', 'psml-revision'];
const DEFAULT_HEALTH_CHECK_PATH = '/v2/health/ready';
const DEFAULT_PORT = 8080;
const MLCOMPONENT_VERSION_ANNOTATION = 'psml.dev/version';
const MLCOMPONENT_GPU_ANNOTATION = 'psml.dev/gpu-type';
const UNITS = { s: 1, m: 60, h: 3600, d: 86400 };
/** `1h30m` → 5400; numbers are seconds. */
function durationSeconds(d) {
    if (typeof d === 'number')
        return d;
    let total = 0;
    for (const m of d.matchAll(/(\d+(?:\.\d+)?)([smhd])/g))
        total += Number(m[1]) * UNITS[m[2]];
    return total;
}
function parseVersion(v) {
    if (typeof v !== 'string')
        return { major: v.major, minor: v.minor };
    const [major, minor] = v.split('.').map(Number);
    return { major: major, minor: minor };
}
function envRecord(env, path, problems) {
    const out = {};
    if (!env)
        return out;
    if (Array.isArray(env)) {
        env.forEach((e, i) => {
            if (e.name in out)
                problems.add([...path, i, 'name'], `duplicate environment variable "${e.name}"`);
            out[e.name] = String(e.value);
        });
    }
    else {
        for (const [k, v] of Object.entries(env))
            out[k] = String(v);
    }
    return out;
}
/** Section defaults first, then the manifest; env maps are merged by name. */
function mergeSection(defaults, section, path, problems) {
    const envMap = { ...envRecord(defaults?.env, path, problems), ...envRecord(section.env, [...path, 'env'], problems) };
    return { ...(defaults ?? {}), ...stripUndefined(section), envMap };
}
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
/** Resolves a simple psml.yaml image name (`trainer`, `trainer:tag`) to a full reference; full references pass through. */
function resolveImage(ref, project, path, problems) {
    if (ref.includes('/'))
        return { image: ref };
    const m = /^([a-z0-9][a-z0-9._-]*)((?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?)$/.exec(ref);
    if (!m) {
        problems.add(path, `expected a psml.yaml image name or a full image reference, found ${JSON.stringify(ref)}`);
        return { image: ref };
    }
    const [, name, tag] = m;
    if (!project)
        return { image: ref, imageName: name };
    if (!(name in project.images)) {
        const guess = (0,manifest_problems/* didYouMean */.au)(name, Object.keys(project.images));
        const known = Object.keys(project.images);
        problems.add(path, `image "${name}" is not defined in psml.yaml \`images:\``, guess ? `did you mean "${guess}"?` : known.length ? `defined images: ${known.join(', ')}` : 'define it under `images:` in psml.yaml or use a full reference such as docker.io/library/python:3.12');
        return { image: ref, imageName: name };
    }
    return { image: `${(0,config_project/* registryPrefix */.el)(project)}/${name}${tag}`, imageName: name };
}
/** Checks the machine type and its GPUs; returns the effective GPU (built-in GPUs are filled in). */
function checkMachine(machineType, gpu, path, problems) {
    const want = gpu ? { type: gpu.type, count: gpu.count ?? 1 } : undefined;
    const shape = (0,machine_types/* machineShape */.bG)(machineType);
    if (!shape) {
        const family = machineType.split('-')[0];
        if (machine_types/* MACHINE_FAMILIES */.p3.includes(family)) {
            const guess = (0,manifest_problems/* didYouMean */.au)(machineType, machine_types/* MACHINE_SHAPES */.pu.filter((s) => s.family === family).map((s) => s.name));
            problems.add([...path, 'machineType'], `unknown machine type "${machineType}"`, guess ? `did you mean "${guess}"?` : undefined);
        }
        return want; // a family this table does not know (c3, n4, …): trust the user and the API
    }
    if (shape.builtinGpu) {
        const b = shape.builtinGpu;
        if (want && (want.type !== b.type || want.count !== b.count)) {
            problems.add([...path, 'gpu'], `${machineType} comes with ${b.count}× ${b.type}, found ${want.count}× ${want.type}`, `remove gpu, or pick a machine type that matches`);
        }
        return { ...b };
    }
    if (!want)
        return undefined;
    const attach = machine_types/* ATTACHABLE_GPUS */.oo[want.type];
    if (!attach) {
        const family = machine_types/* BUILTIN_GPUS */.Aw[want.type];
        const example = machine_types/* MACHINE_SHAPES */.pu.find((s) => s.builtinGpu?.type === want.type && s.builtinGpu.count === want.count);
        problems.add([...path, 'gpu', 'type'], `${want.type} comes only with ${family} machine types`, example ? `use machineType: ${example.name}` : undefined);
    }
    else if (!attach.families.includes(shape.family)) {
        problems.add([...path, 'machineType'], `${want.type} attaches only to ${attach.families.join('/')} machine types, found ${machineType}`, 'use e.g. n1-standard-4');
    }
    else if (!attach.counts.includes(want.count)) {
        problems.add([...path, 'gpu', 'count'], `expected one of ${attach.counts.join(', ')} for ${want.type}, found ${want.count}`);
    }
    return want;
}
function checkZones(zones, region, path, problems) {
    const seen = new Set();
    zones.forEach((z, i) => {
        if (seen.has(z))
            problems.add([...path, i], `zone "${z}" is listed twice`);
        seen.add(z);
        if (region && !z.startsWith(`${region}-`))
            problems.add([...path, i], `zone "${z}" is not in region ${region}`);
    });
}
function chooseFor(cpu, memoryBytes, gpu, path, problems, opts) {
    try {
        return (0,machine_types/* chooseMachineType */.xi)({ cpu, memoryBytes, gpu }, opts).name;
    }
    catch (e) {
        if (!(0,errors/* isPsmlError */.VM)(e))
            throw e;
        problems.add(path, e.message, e.hint);
        return undefined;
    }
}
function normalizeTraining(m, topImage, d, opts, problems) {
    const path = ['training'];
    const t = mergeSection(d.training, m, path, problems);
    const imageRef = m.image ?? topImage ?? d.training?.image ?? d.image;
    const imagePath = m.image ? [...path, 'image'] : topImage ? ['image'] : path;
    if (!imageRef)
        problems.add(path, 'no image: set training.image (or image:, or defaults.image in psml.yaml)');
    if (!t.machineType)
        problems.add(path, 'required field machineType is missing (here or in psml.yaml defaults.training)');
    if (!t.zones)
        problems.add(path, 'required field zones is missing (zones in order of preference, here or in psml.yaml defaults.training)');
    else
        checkZones(t.zones, undefined, [...path, 'zones'], problems);
    const gpu = t.machineType ? checkMachine(t.machineType, t.gpu, path, problems) : undefined;
    if (!imageRef || !t.machineType || !t.zones)
        return undefined;
    const { image, imageName } = resolveImage(imageRef, opts.project, imagePath, problems);
    const maxRun = t.maxRunDuration === undefined ? undefined : durationSeconds(t.maxRunDuration);
    const expected = t.expectedDuration === undefined ? maxRun : durationSeconds(t.expectedDuration);
    if (maxRun !== undefined && expected !== undefined && expected > maxRun) {
        problems.add([...path, 'expectedDuration'], `expected duration (${expected}s) is longer than maxRunDuration (${maxRun}s): the VM would be deleted first`);
    }
    return stripUndefined({
        image,
        imageName,
        machineType: t.machineType,
        gpu,
        zones: t.zones,
        spot: t.spot ?? false,
        maxRunDurationSeconds: maxRun,
        command: t.command,
        args: t.args ?? [],
        env: t.envMap,
        bootDiskGb: t.bootDiskGb ?? 100,
        artifactsUri: t.artifactsUri,
        expectedDurationSeconds: expected,
    });
}
function normalizeServing(m, imageRef, d, opts, problems, path, extras) {
    const s = mergeSection(d.serving, m, path, problems);
    if (!imageRef)
        problems.add(path, 'no image: set serving.image (or image:, or defaults.image in psml.yaml)');
    // machine type: explicit, else chosen from resource needs
    let machineType;
    let requested = extras.requested;
    let gpuInput = s.gpu;
    if (m.machineType && m.resources) {
        problems.add([...path, 'resources'], 'set either machineType or resources, not both');
    }
    if (m.machineType || (!m.resources && !requested && s.machineType)) {
        machineType = s.machineType;
    }
    else if (m.resources || requested || s.resources) {
        if (!requested) {
            const r = m.resources ?? s.resources ?? {};
            const at = [...path, 'resources'];
            try {
                requested = { cpu: (0,quantity/* parseCpu */.Oh)(r.cpu ?? 1, formatField(at, 'cpu')), memoryBytes: (0,quantity/* parseMemory */.Pw)(r.memory ?? quantity/* GiB */.T3, formatField(at, 'memory')) };
            }
            catch (e) {
                if (!(0,errors/* isPsmlError */.VM)(e))
                    throw e;
                problems.add(at, e.message, e.hint);
            }
        }
        const gpu = gpuInput ? { type: gpuInput.type, count: gpuInput.count ?? 1 } : undefined;
        if (requested)
            machineType = chooseFor(requested.cpu, requested.memoryBytes, gpu, extras.chooseAt ?? [...path, 'resources'], problems, opts.machineTypes);
        // a built-in GPU comes with the chosen machine; the check below must not report it twice
        if (machineType && (0,machine_types/* machineShape */.bG)(machineType)?.builtinGpu)
            gpuInput = undefined;
    }
    else if (!extras.fromLimits) {
        problems.add(path, 'required field machineType is missing (or give resources: {cpu, memory} to choose one)');
    }
    const gpu = machineType ? checkMachine(machineType, gpuInput, path, problems) : undefined;
    const min = s.replicas?.min ?? 1;
    const max = s.replicas?.max ?? Math.max(min, 1);
    if (min > max)
        problems.add([...path, 'replicas'], `min (${min}) is greater than max (${max})`);
    const zones = s.zones ?? [];
    const region = s.region ?? (zones[0] ? zones[0].replace(/-[a-z]$/, '') : undefined) ?? opts.project?.region ?? 'us-central1';
    checkZones(zones, region, [...path, 'zones'], problems);
    if (!imageRef || !machineType)
        return undefined;
    const { image, imageName } = resolveImage(imageRef, opts.project, extras.imagePath, problems);
    return stripUndefined({
        image,
        imageName,
        machineType,
        requested,
        gpu,
        replicas: { min, max },
        autoscaling: {
            targetCpuUtilization: s.autoscaling?.targetCpuUtilization ?? 0.6,
            cooldownSeconds: s.autoscaling?.cooldownSeconds ?? (gpu ? 600 : 60),
        },
        port: s.port ?? DEFAULT_PORT,
        healthCheckPath: s.healthCheckPath ?? DEFAULT_HEALTH_CHECK_PATH,
        modelUri: s.modelUri,
        env: s.envMap,
        command: s.command,
        args: s.args,
        region,
        zones,
        spot: s.spot ?? false,
        bootDiskGb: s.bootDiskGb ?? 50,
        initialDelaySeconds: s.initialDelaySeconds ?? (gpu ? 600 : 300),
    });
}
const formatField = (path, leaf) => [...path, leaf].join('.');
function labelsOf(d, labels, problems) {
    for (const k of Object.keys(labels ?? {})) {
        if (RESERVED_LABELS.includes(k))
            problems.add(['labels', k], `label "${k}" is reserved for psml's ownership labels`, 'pick another key', true);
    }
    return { ...(d.labels ?? {}), ...(labels ?? {}) };
}
function normalizeExperiment(m, file, opts, problems) {
    const d = opts.project?.defaults ?? {};
    if (!m.training && !m.serving)
        problems.add([], 'nothing to run: add a training: section, a serving: section, or both');
    const training = m.training ? normalizeTraining(m.training, m.image, d, opts, problems) : undefined;
    const servingImage = m.serving?.image ?? m.image ?? d.serving?.image ?? d.image;
    const serving = m.serving
        ? normalizeServing(m.serving, servingImage, d, opts, problems, ['serving'], {
            imagePath: m.serving.image ? ['serving', 'image'] : m.image ? ['image'] : ['serving'],
        })
        : undefined;
    return stripUndefined({
        apiVersion: 'psml.dev/v1',
        kind: 'Experiment',
        source: { file, kind: 'Experiment' },
        service: m.service,
        version: parseVersion(m.version),
        description: m.description,
        labels: labelsOf(d, m.labels, problems),
        training,
        serving,
    });
}
/** MLComponent → serving: resourceLimits choose the machine type; entry point, model and file paths become the command. */
function normalizeMLComponent(m, file, opts, problems) {
    const d = opts.project?.defaults ?? {};
    const { metadata, spec } = m;
    const annotations = metadata.annotations ?? {};
    if (!/^[a-z]/.test(metadata.name)) {
        problems.add(['metadata', 'name'], `expected a name that starts with a letter (it names Compute Engine resources), found ${JSON.stringify(metadata.name)}`);
    }
    let version = opts.version ?? { major: 1, minor: 0 };
    const annotated = annotations[MLCOMPONENT_VERSION_ANNOTATION];
    if (!opts.version && annotated !== undefined) {
        if (/^\d{1,5}\.\d{1,5}$/.test(annotated))
            version = parseVersion(annotated);
        else
            problems.add(['metadata', 'annotations', MLCOMPONENT_VERSION_ANNOTATION], `expected "MAJOR.MINOR" such as "1.2", found ${JSON.stringify(annotated)}`);
    }
    const limits = spec.image.resourceLimits;
    const limitsPath = ['spec', 'image', 'resourceLimits'];
    let requested;
    try {
        requested = {
            cpu: (0,quantity/* parseCpu */.Oh)(limits?.cpu ?? 1, 'spec.image.resourceLimits.cpu'),
            memoryBytes: (0,quantity/* parseMemory */.Pw)(limits?.memory ?? quantity/* GiB */.T3, 'spec.image.resourceLimits.memory'),
        };
    }
    catch (e) {
        if (!(0,errors/* isPsmlError */.VM)(e))
            throw e;
        problems.add([...limitsPath, e.field?.endsWith('cpu') ? 'cpu' : 'memory'], e.message, e.hint);
    }
    let gpu;
    const gpuCount = limits?.['nvidia.com/gpu'];
    if (gpuCount !== undefined) {
        const type = annotations[MLCOMPONENT_GPU_ANNOTATION] ?? 'nvidia-tesla-t4';
        if (!machine_types/* GPU_TYPES */.ND.includes(type)) {
            const guess = (0,manifest_problems/* didYouMean */.au)(type, machine_types/* GPU_TYPES */.ND);
            problems.add(['metadata', 'annotations', MLCOMPONENT_GPU_ANNOTATION], `unknown GPU type ${JSON.stringify(type)}`, guess ? `did you mean "${guess}"?` : `use one of ${machine_types/* GPU_TYPES */.ND.join(', ')}`);
        }
        else
            gpu = { type, count: gpuCount };
    }
    // box references must name a connected box
    const boxes = (spec.connectedBoxes ?? []).map((b) => b.name);
    const inference = spec.mlService.inference;
    const checkBox = (name, p) => {
        if (name !== undefined && !boxes.includes(name)) {
            const guess = (0,manifest_problems/* didYouMean */.au)(name, boxes);
            problems.add(p, `box "${name}" is not in spec.connectedBoxes`, guess ? `did you mean "${guess}"?` : 'add it to spec.connectedBoxes');
        }
    };
    checkBox(inference.model?.modelBox, ['spec', 'mlService', 'inference', 'model', 'modelBox']);
    checkBox(inference.fileExchange?.fileBox, ['spec', 'mlService', 'inference', 'fileExchange', 'fileBox']);
    const env = {};
    if (inference.entryPoint.pythonPath !== undefined)
        env.PYTHONPATH = inference.entryPoint.pythonPath;
    (spec.env ?? []).forEach((e, i) => {
        if (e.name in env && e.name !== 'PYTHONPATH')
            problems.add(['spec', 'env', i, 'name'], `duplicate environment variable "${e.name}"`);
        env[e.name] = String(e.value);
    });
    const command = ['psml-cli', 'experiments', 'serve', '--entry-point', inference.entryPoint.pythonFunction];
    if (inference.model)
        command.push('--model-path', inference.model.modelPath);
    if (inference.fileExchange)
        command.push('--files-path', inference.fileExchange.inferenceFilesPath);
    const servingManifest = {
        env,
        command,
        ...(inference.model ? { modelUri: inference.model.modelPath } : {}),
        ...(gpu ? { gpu } : {}),
    };
    // resourceLimits decide the machine type unless the project pins one and the manifest gives no limits
    const useLimits = limits?.cpu !== undefined || limits?.memory !== undefined || gpu !== undefined || !d.serving?.machineType;
    const serving = normalizeServing(servingManifest, spec.image.existingImageName, { ...d, serving: { ...d.serving, ...(useLimits ? { machineType: undefined, resources: undefined } : {}) } }, opts, problems, ['spec'], {
        imagePath: ['spec', 'image', 'existingImageName'],
        requested: useLimits ? requested : undefined,
        chooseAt: limitsPath,
        fromLimits: useLimits,
    });
    return stripUndefined({
        apiVersion: 'psml.dev/v1',
        kind: 'Experiment',
        source: { file, kind: 'MLComponent' },
        service: metadata.name,
        version,
        labels: { ...(d.labels ?? {}) },
        serving,
    });
}

// EXTERNAL MODULE: ./shared/manifest/source.ts
var source = __webpack_require__(985);
// EXTERNAL MODULE: ./shared/manifest/schema.ts
var schema = __webpack_require__(7071);
;// CONCATENATED MODULE: ./shared/manifest/load.ts
/**
 * Loading an experiment manifest (YAML or JSON; `kind: Experiment` or `kind: MLComponent`) into the normalized
 * `Experiment`. Every user mistake — YAML syntax, unknown fields, wrong types, inconsistent settings — comes back as
 * ONE PsmlError whose details list each problem as `file:line:col: field.path: expected …, found …`.
 */









const MANIFEST_KINDS = {
    Experiment: { apiVersion: schema/* EXPERIMENT_API_VERSION */.cA, schema: schema/* ExperimentManifestSchema */.SO },
    MLComponent: { apiVersion: schema/* MLCOMPONENT_API_VERSION */.Lk, schema: schema/* MLComponentSchema */.Yd },
};
/** Loads manifest text. `file` is used in messages and as `source.file`. */
function loadExperimentText(text, file, opts = {}) {
    const { data, problems } = (0,source/* parseManifestText */.k)(text, file);
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        problems.add([], `expected a map with apiVersion, kind and the manifest fields, found ${(0,manifest_problems/* describeValue */.bp)(data)}`, 'start from `psml schema` or examples/manifests/');
        problems.throwIfAny();
    }
    const raw = data;
    const kinds = Object.keys(MANIFEST_KINDS);
    const kind = raw.kind;
    if (typeof kind !== 'string' || !kinds.includes(kind)) {
        const guess = typeof kind === 'string' ? (0,manifest_problems/* didYouMean */.au)(kind, kinds) : undefined;
        problems.add(['kind'], kind === undefined ? `required field is missing (expected "Experiment" or "MLComponent")` : `expected "Experiment" or "MLComponent", found ${(0,manifest_problems/* describeValue */.bp)(kind)}`, guess ? `did you mean "${guess}"?` : undefined);
        problems.throwIfAny();
    }
    const k = kind;
    const schema = MANIFEST_KINDS[k].schema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        problems.problems.push(...(0,manifest_problems/* issuesToProblems */.qk)(parsed.error.issues, raw, schema));
        problems.throwIfAny();
    }
    const experiment = k === 'Experiment'
        ? normalizeExperiment(parsed.data, file, opts, problems)
        : normalizeMLComponent(parsed.data, file, opts, problems);
    problems.throwIfAny();
    // the normalized form is our own promise: a failure here is a bug, not a user error
    return manifest_experiment/* ExperimentSchema */.Fe.parse(experiment);
}
/**
 * Loads a manifest file. `project`: the psml.yaml config; when omitted, psml.yaml is looked up from the
 * manifest's directory upward (pass `null` for none).
 */
function loadExperiment(file, opts = {}) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new errors/* PsmlError */.bd(code === 'ENOENT' ? 'manifest file not found' : `cannot read the manifest (${code ?? e.message})`, {
            resource: file,
            hint: 'pass the path of an experiment manifest (YAML or JSON)',
        });
    }
    // a NUL never occurs in YAML or JSON text: say "binary" instead of quoting garbled bytes back
    if (text.includes('\0')) {
        throw new errors/* PsmlError */.bd('is a binary file, not a YAML or JSON manifest', { resource: file, hint: 'pass the path of an experiment manifest (YAML or JSON)' });
    }
    let project = opts.project;
    if (project === undefined) {
        const found = (0,config_project/* findProjectConfig */.x_)(external_node_path_default().dirname(external_node_path_default().resolve(file)));
        project = found ? (0,config_project/* loadProjectConfig */.WM)(found) : null;
    }
    return loadExperimentText(text, file, { ...opts, project });
}


/***/ })

};
