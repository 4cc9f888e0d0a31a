import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 66;
export const ids = [66];
export const modules = {

/***/ 5066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyToManifests: () => (/* binding */ applyToManifests)
});

// UNUSED EXPORTS: gceShape, parseAcceleratorName

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/manifest/quantity.ts
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
            throw new errors/* PsmlError */.bd(`${input} is not a finite quantity`, { field });
        return { value: input, suffix: '' };
    }
    const problem = quantityProblem(input);
    const m = problem === undefined ? QUANTITY.exec(input) : null;
    if (!m)
        throw new errors/* PsmlError */.bd(`"${input}" is not a Kubernetes quantity: ${problem}`, { field });
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
        throw new errors/* PsmlError */.bd(`"${input}" is too large`, { field });
    return { value, suffix };
}
/** CPU in cores (`500m` → 0.5). Rejects zero or negative values. */
function parseCpu(input, field = 'cpu') {
    const { value } = parseQuantity(input, field);
    if (!(value > 0))
        throw new errors/* PsmlError */.bd(`cpu must be greater than zero, found ${JSON.stringify(input)}`, { field });
    return value;
}
/** Memory in bytes (`256M` → 256e6, `2Gi` → 2·2³⁰). Rejects values below one byte (`256m` = 0.256 bytes is a typo). */
function parseMemory(input, field = 'memory') {
    const { value, suffix } = parseQuantity(input, field);
    if (suffix === 'm' || suffix === 'u' || suffix === 'n' || value < 1) {
        const hint = typeof input === 'string' && suffix === 'm' ? ` — did you mean "${input.slice(0, -1)}Mi" or "${input.slice(0, -1)}M"?` : '';
        throw new errors/* PsmlError */.bd(`memory ${JSON.stringify(input)} is less than one byte${hint}`, { field, hint: 'memory uses Ki, Mi, Gi (binary) or k, M, G (decimal)' });
    }
    return value;
}
const GiB = 2 ** 30;

;// CONCATENATED MODULE: ./shared/manifest/machine-types.ts
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
    throw new errors/* PsmlError */.bd(`unknown GPU type "${gpu.type}"`, { field: 'gpu.type', hint: `use one of ${GPU_TYPES.join(', ')}` });
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
    const reserved = (opts.reservedMemoryGiB ?? 0.5) * GiB;
    const order = (f) => {
        const i = families.indexOf(f);
        return i < 0 ? families.length : i;
    };
    return MACHINE_SHAPES.filter((s) => families.includes(s.family) &&
        (opts.allowSharedCore ?? true ? true : !s.sharedCore) &&
        s.effectiveVcpus >= req.cpu &&
        s.memoryGiB * GiB >= req.memoryBytes + reserved &&
        shapeSupportsGpu(s, req.gpu)).sort((a, b) => a.effectiveVcpus - b.effectiveVcpus || a.memoryGiB - b.memoryGiB || order(a.family) - order(b.family));
}
/** The smallest adequate machine type, or the one `opts.cheapest` picks among the adequate ones. */
function chooseMachineType(req, opts = {}) {
    const candidates = adequateMachineTypes(req, opts);
    if (candidates.length === 0) {
        const gpu = req.gpu ? ` with ${req.gpu.count}× ${req.gpu.type}` : '';
        throw new errors/* PsmlError */.bd(`no machine type has ${req.cpu} vCPU and ${(req.memoryBytes / GiB).toFixed(2)} GiB memory${gpu}`, { field: 'resourceLimits', hint: 'lower the resource limits or set serving.machineType explicitly' });
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./shared/manifest/schema.ts
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
const ServiceNameSchema = schemas/* string */.YjP()
    .regex(SERVICE_NAME, 'a name of lowercase letters, digits and hyphens that starts with a letter, ends with a letter or digit, at most 63 characters')
    .describe('Service name; resource names are derived from it and the version');
const VersionSchema = schemas/* union */.KCZ([
    schemas/* strictObject */.rej({
        major: schemas/* int */.Whr().min(0).max(99999).describe('Major version: a new model or contract'),
        minor: schemas/* int */.Whr().min(0).max(99999).describe('Minor version: retraining or configuration change'),
    }),
    schemas/* string */.YjP().regex(/^\d{1,5}\.\d{1,5}$/, 'a version "MAJOR.MINOR" such as "1.2"'),
])
    .describe('Revision of the service: {major, minor} or "MAJOR.MINOR"');
const ImageRefSchema = schemas/* string */.YjP()
    .min(1)
    .regex(/^[^\s]+$/, 'an image name without spaces')
    .describe('A simple name from psml.yaml `images:` (optionally with :tag) or a full image reference');
const GpuSchema = schemas/* strictObject */.rej({
    type: schemas/* enum */.k5n(GPU_TYPES).describe('Accelerator type, e.g. nvidia-tesla-t4, nvidia-l4'),
    count: schemas/* int */.Whr().min(1).max(16).optional().describe('Number of GPUs (default 1)'),
})
    .describe('GPUs per VM');
const DurationSchema = schemas/* union */.KCZ([
    schemas/* number */.aig().positive().describe('seconds'),
    schemas/* string */.YjP().regex(DURATION, 'a duration such as 90s, 30m, 4h, 1h30m, 2d'),
])
    .describe('Duration: seconds, or a string such as 30m, 4h, 1h30m');
const EnvValueSchema = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const EnvSchema = schemas/* union */.KCZ([
    schemas/* record */.g1P(schemas/* string */.YjP().regex(ENV_NAME, 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)'), EnvValueSchema),
    schemas/* array */.YOg(schemas/* strictObject */.rej({ name: schemas/* string */.YjP().regex(ENV_NAME, 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)'), value: EnvValueSchema })),
])
    .describe('Environment variables: a map NAME: value, or a list of {name, value}');
const ZonesSchema = schemas/* array */.YOg(schemas/* string */.YjP().regex(ZONE, 'a zone such as us-central1-a'))
    .min(1)
    .describe('Zones in order of preference');
const MachineTypeSchema = schemas/* string */.YjP()
    .regex(/^[a-z][a-z0-9]*-[a-z0-9-]+$/, 'a machine type such as n1-standard-4')
    .describe('Compute Engine machine type, e.g. n1-standard-8, g2-standard-4, e2-medium');
const StorageUriSchema = schemas/* string */.YjP()
    .min(1)
    .refine((s) => !s.startsWith('gs://') || /^gs:\/\/[a-z0-9][a-z0-9._-]{1,221}[a-z0-9](\/.*)?$/.test(s), 'a gs://bucket/path URI');
const CommandSchema = schemas/* array */.YOg(schemas/* string */.YjP()).min(1);
const QuantitySchema = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()])
    .superRefine((v, ctx) => {
    const problem = typeof v === 'number' ? (Number.isFinite(v) ? undefined : 'a finite number') : quantityProblem(v);
    if (problem)
        ctx.addIssue({ code: 'custom', message: `a Kubernetes quantity such as 500m, 2, 256Mi, 2Gi: ${problem}` });
})
    .describe('Kubernetes quantity, e.g. 500m, 2, 256Mi, 2Gi');
const ResourcesSchema = schemas/* strictObject */.rej({
    cpu: QuantitySchema.optional().describe('vCPUs, e.g. 500m or 2'),
    memory: QuantitySchema.optional().describe('Memory, e.g. 512Mi or 4Gi'),
})
    .describe('Resource needs; the smallest adequate machine type is chosen when machineType is not set');
const trainingShape = {
    image: ImageRefSchema.optional(),
    machineType: MachineTypeSchema.optional(),
    gpu: GpuSchema.optional(),
    zones: ZonesSchema.optional(),
    spot: schemas/* boolean */.zMY().optional().describe('Use Spot VMs (default false)'),
    maxRunDuration: DurationSchema.optional().describe('Watchdog: the VM is deleted after this long'),
    command: CommandSchema.optional().describe('Container entrypoint override'),
    args: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Container arguments'),
    env: EnvSchema.optional(),
    bootDiskGb: schemas/* int */.Whr().min(10).max(65536).optional().describe('Boot disk size in GB (default 100)'),
    artifactsUri: StorageUriSchema.optional().describe('Where training writes its artifacts, e.g. gs://bucket/models/svc/1.2'),
    expectedDuration: DurationSchema.optional().describe('Expected run time, for pricing (default: maxRunDuration)'),
};
const servingShape = {
    image: ImageRefSchema.optional(),
    machineType: MachineTypeSchema.optional(),
    resources: ResourcesSchema.optional(),
    gpu: GpuSchema.optional(),
    replicas: schemas/* strictObject */.rej({
        min: schemas/* int */.Whr().min(0).max(1000).optional().describe('Minimum replicas (default 1)'),
        max: schemas/* int */.Whr().min(1).max(1000).optional().describe('Maximum replicas (default: min)'),
    })
        .optional(),
    autoscaling: schemas/* strictObject */.rej({
        targetCpuUtilization: schemas/* number */.aig().gt(0).max(1).optional().describe('Target CPU utilization 0–1 (default 0.6)'),
        cooldownSeconds: schemas/* int */.Whr().min(15).max(3600).optional().describe('Seconds a new VM needs before its metrics count (default 60, 600 with GPUs)'),
    })
        .optional(),
    port: schemas/* int */.Whr().min(1).max(65535).optional().describe('Container port (default 8080)'),
    healthCheckPath: schemas/* string */.YjP().regex(/^\/\S*$/, 'a path starting with /').optional().describe('HTTP health check path (default /v2/health/ready)'),
    modelUri: StorageUriSchema.optional().describe('Model location the server loads, e.g. gs://bucket/models/svc/1.2'),
    env: EnvSchema.optional(),
    command: CommandSchema.optional(),
    args: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    region: schemas/* string */.YjP().regex(REGION, 'a region such as us-central1').optional().describe('Region of the managed instance group (default: psml.yaml region)'),
    zones: ZonesSchema.optional().describe('Zones the regional instance group may use (default: all in the region)'),
    spot: schemas/* boolean */.zMY().optional(),
    bootDiskGb: schemas/* int */.Whr().min(10).max(65536).optional().describe('Boot disk size in GB (default 50)'),
    initialDelaySeconds: schemas/* int */.Whr().min(0).max(3600).optional().describe('Autohealing initial delay (default 300, 600 with GPUs)'),
};
const TrainingSchema = schemas/* strictObject */.rej(trainingShape).describe('Training job: one VM that runs the image to completion');
const ServingSchema = schemas/* strictObject */.rej(servingShape).describe('Serving endpoint: instance template, managed group, autoscaler, health check, backend service');
/** psml.yaml `defaults:` — the same fields, all optional, merged under every manifest. */
const ExperimentDefaultsSchema = schemas/* strictObject */.rej({
    image: ImageRefSchema.optional(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP().regex(LABEL_KEY, 'a label key'), schemas/* string */.YjP().regex(LABEL_VALUE, 'a label value')).optional(),
    training: TrainingSchema.optional(),
    serving: ServingSchema.optional(),
})
    .describe('Project-wide defaults merged under every experiment manifest');
const ExperimentManifestSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    apiVersion: schemas/* literal */.euz(EXPERIMENT_API_VERSION),
    kind: schemas/* literal */.euz('Experiment'),
    service: ServiceNameSchema,
    version: VersionSchema,
    description: schemas/* string */.YjP().optional(),
    labels: schemas/* record */.g1P(schemas/* string */.YjP().regex(LABEL_KEY, 'a label key (lowercase letter first, then [a-z0-9_-])'), schemas/* string */.YjP().regex(LABEL_VALUE, 'a label value ([a-z0-9_-], at most 63)'))
        .optional()
        .describe('Extra Compute Engine labels on every resource'),
    image: ImageRefSchema.optional().describe('Default image for training and serving'),
    training: TrainingSchema.optional(),
    serving: ServingSchema.optional(),
})
    .describe('psml experiment manifest: one file per service revision');
const EnvListSchema = schemas/* array */.YOg(schemas/* strictObject */.rej({ name: schemas/* string */.YjP().regex(ENV_NAME, 'an environment variable name'), value: EnvValueSchema }));
const MLComponentSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    apiVersion: schemas/* literal */.euz(MLCOMPONENT_API_VERSION),
    kind: schemas/* literal */.euz('MLComponent'),
    metadata: schemas/* strictObject */.rej({
        name: schemas/* string */.YjP().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'a Kubernetes name (lowercase letters, digits, hyphens)'),
        namespace: schemas/* string */.YjP().optional(),
        labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
        annotations: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())
            .optional()
            .describe('psml.dev/version: "MAJOR.MINOR" sets the revision (default 1.0); psml.dev/gpu-type the GPU of nvidia.com/gpu'),
    }),
    spec: schemas/* strictObject */.rej({
        image: schemas/* strictObject */.rej({
            existingImageName: ImageRefSchema,
            resourceLimits: schemas/* strictObject */.rej({ cpu: QuantitySchema.optional(), memory: QuantitySchema.optional(), 'nvidia.com/gpu': schemas/* int */.Whr().min(1).max(16).optional() })
                .optional(),
        }),
        env: EnvListSchema.optional(),
        mlService: schemas/* strictObject */.rej({
            packageRegistryName: schemas/* string */.YjP().optional(),
            inference: schemas/* strictObject */.rej({
                fileExchange: schemas/* strictObject */.rej({ fileBox: schemas/* string */.YjP().min(1), inferenceFilesPath: schemas/* string */.YjP().min(1) }).optional(),
                model: schemas/* strictObject */.rej({ modelBox: schemas/* string */.YjP().min(1).optional(), modelPath: schemas/* string */.YjP().min(1) }).optional(),
                entryPoint: schemas/* strictObject */.rej({
                    pythonPath: schemas/* string */.YjP().optional(),
                    pythonFunction: schemas/* string */.YjP().regex(/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)+$/, 'a dotted function name such as module.predict.inference'),
                }),
            }),
        }),
        connectedBoxes: schemas/* array */.YOg(schemas/* strictObject */.rej({
            name: schemas/* string */.YjP().min(1),
            path: schemas/* string */.YjP().optional(),
            mountS3Box: schemas/* strictObject */.rej({ s3BoxName: schemas/* string */.YjP().min(1), subPath: schemas/* string */.YjP().optional() }).optional(),
            copyS3Box: schemas/* strictObject */.rej({ s3BoxName: schemas/* string */.YjP().min(1) }).optional(),
        }))
            .optional(),
    }),
})
    .describe('MLComponent manifest (unified-platform.cs.hse.ru/v1), accepted as a serving definition');

;// CONCATENATED MODULE: ./shared/manifest/problems.ts
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
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && String((0,dist/* isScalar */.jn)(p.key) ? p.key.value : p.key) === String(seg));
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
            else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
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
function problems_issuesToProblems(issues, data, schema, prefix = []) {
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
                    out.push(...problems_issuesToProblems(branch, data, schema, path));
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
        throw new errors/* PsmlError */.bd(`${first.message}${first.hint ? ` — ${first.hint}` : ''}${more}`, {
            resource: pos ? `${this.file}:${pos.line}:${pos.col}` : this.file,
            field: formatPath(first.path),
            details: lines,
            hint: 'fix the fields listed (`psml schema` prints the JSON Schema for editor completion)',
        });
    }
}

;// CONCATENATED MODULE: ./shared/manifest/source.ts
/** YAML/JSON text → plain data plus a locator for its nodes (JSON is parsed as YAML, so positions work for both). */



/** Parses YAML/JSON text into plain data, reporting syntax errors with their positions. */
function source_parseManifestText(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
    const problems = new ProblemList(file, new SourceLocator(doc, lineCounter));
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const pos = e.linePos?.[0] ?? (e.pos?.[0] !== undefined ? lineCounter.linePos(e.pos[0]) : undefined);
            return `${file}${pos ? `:${pos.line}:${pos.col}` : ''}: YAML syntax: ${e.message.split('\n')[0]}`;
        });
        const first = doc.errors[0];
        const pos = first.linePos?.[0] ?? (first.pos?.[0] !== undefined ? lineCounter.linePos(first.pos[0]) : undefined);
        throw new errors/* PsmlError */.bd(`YAML syntax: ${first.message.split('\n')[0]}${lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''}`, {
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
        throw new errors/* PsmlError */.bd(message, { resource: file, details: [`${file}: ${message}`], hint: 'check the YAML aliases (*name) and anchors (&name)' });
    }
    return { data, problems };
}

;// CONCATENATED MODULE: ./shared/config/project.ts
/**
 * The project config file (`psml.yaml` at the repository root): where images live and project-wide defaults.
 * One file for the whole repository; every command reads it through `loadProjectConfig`.
 */







const PROJECT_CONFIG_FILE = 'psml.yaml';
const gcpName = /^[a-z][-a-z0-9]{0,61}[a-z0-9]$/;
const ImageDefinitionSchema = schemas/* object */.Ikc({
    context: schemas/* string */.YjP().default('.').describe('Build context directory, relative to the config file'),
    dockerfile: schemas/* string */.YjP().optional().describe('Dockerfile path relative to the context (default: Dockerfile)'),
    target: schemas/* string */.YjP().optional().describe('Multi-stage build target'),
    buildArgs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
})
    .strict();
/** Google Cloud project ids: 6–30 lowercase letters, digits and hyphens, starting with a letter. */
const PROJECT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
/** A project id from a flag or input, checked like psml.yaml's (it ends up in API paths and printed commands). */
function checkProjectId(id, field) {
    if (!PROJECT_ID.test(id))
        throw new PsmlError(`"${id}" is not a Google Cloud project id`, {
            field,
            hint: 'use the project id (6–30 lowercase letters, digits and hyphens, starting with a letter), e.g. my-ml-project',
        });
    return id;
}
const ProjectConfigSchema = schemas/* object */.Ikc({
    project: schemas/* string */.YjP().regex(PROJECT_ID, 'a Google Cloud project id').describe('Google Cloud project id'),
    region: schemas/* string */.YjP().regex(/^[a-z]+-[a-z]+\d$/, 'a region such as us-central1').default('us-central1'),
    registry: schemas/* object */.Ikc({
        /** Artifact Registry repository that simple image names resolve into. */
        repository: schemas/* string */.YjP().regex(gcpName, 'an Artifact Registry repository id').default('psml'),
        /** Any registry instead of Artifact Registry, e.g. `127.0.0.1:5000/psml` or `ghcr.io/org`. */
        url: schemas/* string */.YjP().optional(),
    })
        .strict()
        .default({ repository: 'psml' }),
    images: schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a simple image name'), ImageDefinitionSchema).default({}),
    /** Cloud Endpoints in front of the serving load balancer: its OpenAPI document follows every deploy/promote/teardown. */
    endpoints: schemas/* object */.Ikc({
        /** First label of `<service>.endpoints.<project>.cloud.goog`. */
        service: schemas/* string */.YjP().regex(/^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/, 'a DNS label such as ml-api (lowercase letters, digits, hyphens)'),
    })
        .strict()
        .optional(),
    /** Project-wide defaults merged under every experiment manifest (image, labels, training, serving). */
    defaults: ExperimentDefaultsSchema.default({}),
})
    .strict();
/** Finds psml.yaml in `dir` or its parents. */
function project_findProjectConfig(dir = process.cwd()) {
    for (let d = path.resolve(dir);; d = path.dirname(d)) {
        const f = path.join(d, PROJECT_CONFIG_FILE);
        if (existsSync(f))
            return f;
        if (path.dirname(d) === d)
            return undefined;
    }
}
function project_loadProjectConfig(file = project_findProjectConfig()) {
    if (!file) {
        throw new PsmlError(`no ${PROJECT_CONFIG_FILE} found in this directory or its parents`, {
            hint: `create one with at least "project: <gcp-project-id>"`,
        });
    }
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        throw new PsmlError(`cannot read: ${e.message}`, { resource: file });
    }
    return parseProjectConfig(text, file);
}
/** Parses psml.yaml text; problems come back as one PsmlError with file:line:col for each. */
function parseProjectConfig(text, file) {
    const { data, problems } = parseManifestText(text, file);
    const r = ProjectConfigSchema.safeParse(data ?? {});
    if (!r.success) {
        problems.problems.push(...issuesToProblems(r.error.issues, data ?? {}, ProjectConfigSchema));
        problems.throwIfAny();
        throw new PsmlError('invalid project config', { resource: file }); // unreachable: issues always yield problems
    }
    return { ...r.data, root: path.dirname(path.resolve(file)) };
}
/** Registry prefix that simple names resolve into: `REGION-docker.pkg.dev/PROJECT/REPO` or the configured URL. */
function registryPrefix(config) {
    return config.registry.url?.replace(/\/+$/, '') ?? `${config.region}-docker.pkg.dev/${config.project}/${config.registry.repository}`;
}

;// CONCATENATED MODULE: ./shared/manifest/experiment.ts
/**
 * The normalized experiment: what every action reads, whichever manifest kind it came from.
 * All defaults are applied, images are resolved to full references, durations are seconds.
 */


const Gpu = schemas/* object */.Ikc({ type: schemas/* string */.YjP(), count: schemas/* int */.Whr().min(1) });
const Env = schemas/* record */.g1P(schemas/* string */.YjP().regex(ENV_NAME), schemas/* string */.YjP());
const TrainingSpecSchema = schemas/* object */.Ikc({
    /** Full image reference (`REGION-docker.pkg.dev/PROJECT/REPO/NAME[:TAG]` or as written). */
    image: schemas/* string */.YjP().min(1),
    /** The psml.yaml image name when the manifest used a simple name (the build action builds it). */
    imageName: schemas/* string */.YjP().optional(),
    machineType: schemas/* string */.YjP().min(1),
    gpu: Gpu.optional(),
    zones: schemas/* array */.YOg(schemas/* string */.YjP().regex(ZONE)).min(1),
    spot: schemas/* boolean */.zMY(),
    maxRunDurationSeconds: schemas/* number */.aig().positive().optional(),
    command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    args: schemas/* array */.YOg(schemas/* string */.YjP()),
    env: Env,
    bootDiskGb: schemas/* int */.Whr().min(10),
    artifactsUri: schemas/* string */.YjP().optional(),
    /** For pricing: expectedDuration, else maxRunDuration, else undefined. */
    expectedDurationSeconds: schemas/* number */.aig().positive().optional(),
});
const ServingSpecSchema = schemas/* object */.Ikc({
    image: schemas/* string */.YjP().min(1),
    imageName: schemas/* string */.YjP().optional(),
    machineType: schemas/* string */.YjP().min(1),
    /** Set when the machine type was chosen from resource needs (MLComponent resourceLimits or serving.resources). */
    requested: schemas/* object */.Ikc({ cpu: schemas/* number */.aig(), memoryBytes: schemas/* number */.aig() }).optional(),
    gpu: Gpu.optional(),
    replicas: schemas/* object */.Ikc({ min: schemas/* int */.Whr().min(0), max: schemas/* int */.Whr().min(1) }),
    autoscaling: schemas/* object */.Ikc({ targetCpuUtilization: schemas/* number */.aig().gt(0).max(1), cooldownSeconds: schemas/* int */.Whr().min(0) }),
    port: schemas/* int */.Whr().min(1).max(65535),
    healthCheckPath: schemas/* string */.YjP().startsWith('/'),
    modelUri: schemas/* string */.YjP().optional(),
    env: Env,
    command: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    args: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    region: schemas/* string */.YjP().regex(REGION),
    /** Empty: any zone of the region. */
    zones: schemas/* array */.YOg(schemas/* string */.YjP().regex(ZONE)),
    spot: schemas/* boolean */.zMY(),
    bootDiskGb: schemas/* int */.Whr().min(10),
    initialDelaySeconds: schemas/* int */.Whr().min(0),
});
const ExperimentSchema = schemas/* object */.Ikc({
    apiVersion: schemas/* literal */.euz('psml.dev/v1'),
    kind: schemas/* literal */.euz('Experiment'),
    /** Where it was loaded from. */
    source: schemas/* object */.Ikc({ file: schemas/* string */.YjP(), kind: schemas/* enum */.k5n(['Experiment', 'MLComponent']) }),
    service: schemas/* string */.YjP().regex(SERVICE_NAME),
    version: schemas/* object */.Ikc({ major: schemas/* int */.Whr().min(0), minor: schemas/* int */.Whr().min(0) }),
    description: schemas/* string */.YjP().optional(),
    /** User labels (ownership labels come from `ownershipLabels`). */
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
    training: TrainingSpecSchema.optional(),
    serving: ServingSpecSchema.optional(),
});
/** `1.2` — how a revision is shown to people. */
const versionString = (v) => `${v.major}.${v.minor}`;

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
        const guess = didYouMean(name, Object.keys(project.images));
        const known = Object.keys(project.images);
        problems.add(path, `image "${name}" is not defined in psml.yaml \`images:\``, guess ? `did you mean "${guess}"?` : known.length ? `defined images: ${known.join(', ')}` : 'define it under `images:` in psml.yaml or use a full reference such as docker.io/library/python:3.12');
        return { image: ref, imageName: name };
    }
    return { image: `${registryPrefix(project)}/${name}${tag}`, imageName: name };
}
/** Checks the machine type and its GPUs; returns the effective GPU (built-in GPUs are filled in). */
function checkMachine(machineType, gpu, path, problems) {
    const want = gpu ? { type: gpu.type, count: gpu.count ?? 1 } : undefined;
    const shape = machineShape(machineType);
    if (!shape) {
        const family = machineType.split('-')[0];
        if (MACHINE_FAMILIES.includes(family)) {
            const guess = didYouMean(machineType, MACHINE_SHAPES.filter((s) => s.family === family).map((s) => s.name));
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
    const attach = ATTACHABLE_GPUS[want.type];
    if (!attach) {
        const family = BUILTIN_GPUS[want.type];
        const example = MACHINE_SHAPES.find((s) => s.builtinGpu?.type === want.type && s.builtinGpu.count === want.count);
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
        return chooseMachineType({ cpu, memoryBytes, gpu }, opts).name;
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
                requested = { cpu: parseCpu(r.cpu ?? 1, formatField(at, 'cpu')), memoryBytes: parseMemory(r.memory ?? GiB, formatField(at, 'memory')) };
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
        if (machineType && machineShape(machineType)?.builtinGpu)
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
            cpu: parseCpu(limits?.cpu ?? 1, 'spec.image.resourceLimits.cpu'),
            memoryBytes: parseMemory(limits?.memory ?? GiB, 'spec.image.resourceLimits.memory'),
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
        if (!GPU_TYPES.includes(type)) {
            const guess = didYouMean(type, GPU_TYPES);
            problems.add(['metadata', 'annotations', MLCOMPONENT_GPU_ANNOTATION], `unknown GPU type ${JSON.stringify(type)}`, guess ? `did you mean "${guess}"?` : `use one of ${GPU_TYPES.join(', ')}`);
        }
        else
            gpu = { type, count: gpuCount };
    }
    // box references must name a connected box
    const boxes = (spec.connectedBoxes ?? []).map((b) => b.name);
    const inference = spec.mlService.inference;
    const checkBox = (name, p) => {
        if (name !== undefined && !boxes.includes(name)) {
            const guess = didYouMean(name, boxes);
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

;// CONCATENATED MODULE: ./shared/manifest/load.ts
/**
 * Loading an experiment manifest (YAML or JSON; `kind: Experiment` or `kind: MLComponent`) into the normalized
 * `Experiment`. Every user mistake — YAML syntax, unknown fields, wrong types, inconsistent settings — comes back as
 * ONE PsmlError whose details list each problem as `file:line:col: field.path: expected …, found …`.
 */









const MANIFEST_KINDS = {
    Experiment: { apiVersion: EXPERIMENT_API_VERSION, schema: ExperimentManifestSchema },
    MLComponent: { apiVersion: MLCOMPONENT_API_VERSION, schema: MLComponentSchema },
};
/** Loads manifest text. `file` is used in messages and as `source.file`. */
function loadExperimentText(text, file, opts = {}) {
    const { data, problems } = source_parseManifestText(text, file);
    if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        problems.add([], `expected a map with apiVersion, kind and the manifest fields, found ${describeValue(data)}`, 'start from `psml schema` or examples/manifests/');
        problems.throwIfAny();
    }
    const raw = data;
    const kinds = Object.keys(MANIFEST_KINDS);
    const kind = raw.kind;
    if (typeof kind !== 'string' || !kinds.includes(kind)) {
        const guess = typeof kind === 'string' ? didYouMean(kind, kinds) : undefined;
        problems.add(['kind'], kind === undefined ? `required field is missing (expected "Experiment" or "MLComponent")` : `expected "Experiment" or "MLComponent", found ${describeValue(kind)}`, guess ? `did you mean "${guess}"?` : undefined);
        problems.throwIfAny();
    }
    const k = kind;
    const schema = MANIFEST_KINDS[k].schema;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        problems.problems.push(...problems_issuesToProblems(parsed.error.issues, raw, schema));
        problems.throwIfAny();
    }
    const experiment = k === 'Experiment'
        ? normalizeExperiment(parsed.data, file, opts, problems)
        : normalizeMLComponent(parsed.data, file, opts, problems);
    problems.throwIfAny();
    // the normalized form is our own promise: a failure here is a bug, not a user error
    return ExperimentSchema.parse(experiment);
}
/**
 * Loads a manifest file. `project`: the psml.yaml config; when omitted, psml.yaml is looked up from the
 * manifest's directory upward (pass `null` for none).
 */
function loadExperiment(file, opts = {}) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new PsmlError(code === 'ENOENT' ? 'manifest file not found' : `cannot read the manifest (${code ?? e.message})`, {
            resource: file,
            hint: 'pass the path of an experiment manifest (YAML or JSON)',
        });
    }
    // a NUL never occurs in YAML or JSON text: say "binary" instead of quoting garbled bytes back
    if (text.includes('\0')) {
        throw new PsmlError('is a binary file, not a YAML or JSON manifest', { resource: file, hint: 'pass the path of an experiment manifest (YAML or JSON)' });
    }
    let project = opts.project;
    if (project === undefined) {
        const found = findProjectConfig(path.dirname(path.resolve(file)));
        project = found ? loadProjectConfig(found) : null;
    }
    return loadExperimentText(text, file, { ...opts, project });
}

;// CONCATENATED MODULE: ./shared/pricing/gpus.ts
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
function gpus_gpuType(name, field = 'gpu.type') {
    const n = name.trim().toLowerCase();
    if (n in GPU_LABELS)
        return n;
    const alias = ALIASES[n];
    if (alias)
        return alias;
    throw new errors/* PsmlError */.bd(`unknown GPU type "${name}"`, {
        field,
        hint: `closest known types: ${closestNames(n, Object.keys(GPU_LABELS), 3).join(', ')}`,
    });
}
/** `nvidia-tesla-t4:2` (count defaults to 1). */
function parseGpuSpec(spec, field = '--gpu') {
    const [name, count = '1'] = spec.split(':');
    const n = Number(count);
    if (!name || !Number.isInteger(n) || n < 1) {
        throw new PsmlError(`GPU "${spec}" must be <type>[:<count>] with a positive count`, { field, hint: 'e.g. nvidia-tesla-t4:1' });
    }
    return { type: gpus_gpuType(name, field), count: n };
}

;// CONCATENATED MODULE: ./shared/optimize/apply.ts
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
        gpuType = gpus_gpuType(type);
    }
    catch {
        return undefined;
    }
    if (!GPU_TYPES.includes(gpuType))
        return undefined;
    try {
        const shape = chooseMachineType({ cpu: 4 * cards, memoryBytes: 12 * GiB * cards, gpu: { type: gpuType, count: cards } });
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
        files = (await (0,promises_.readdir)(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort();
    }
    catch {
        throw new errors/* PsmlError */.bd(`manifest directory ${dir} cannot be read`, { field: 'apply-to', resource: dir, hint: 'pass the directory holding the experiment manifests' });
    }
    const writes = [];
    const problems = [];
    for (const f of files) {
        const path = (0,external_node_path_.join)(dir, f);
        const text = await (0,promises_.readFile)(path, 'utf8');
        const doc = (0,dist/* parseDocument */.Tp)(text);
        if (doc.errors.length || !doc.has('serving'))
            continue;
        const name = String(doc.get('service') ?? doc.get('name') ?? doc.getIn(['metadata', 'name']) ?? (0,external_node_path_.basename)(f, (0,external_node_path_.extname)(f)));
        const alloc = report.allocations[name];
        if (!alloc)
            continue;
        const { type, cards } = parseAcceleratorName(alloc.accelerator);
        const shape = gceShape(type, cards);
        if (!shape) {
            problems.push(`${f}: no Compute Engine machine type known for ${alloc.accelerator} (GPU types: ${GPU_TYPES.join(', ')})`);
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
            loadExperimentText(out, path); // as deploy will load it (psml.yaml looked up from the manifest's directory)
        }
        catch (e) {
            problems.push(`${f}: the updated manifest does not load: ${e.message.split('\n')[0]}`);
            continue;
        }
        writes.push({ path, text: out });
    }
    if (problems.length) {
        throw new errors/* PsmlError */.bd(`cannot apply ${problems.length} allocation(s), no manifest was changed: ${problems[0]}`, {
            field: 'apply-to',
            resource: dir,
            details: problems.slice(1),
            hint: 'set serving.machineType and serving.gpu in those manifests by hand, or restrict the optimizer to GCE GPU types',
        });
    }
    for (const w of writes)
        await (0,promises_.writeFile)(w.path, w.text);
    return writes.map((w) => w.path);
}


/***/ })

};
