import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 849;
export const ids = [849];
export const modules = {

/***/ 67849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerOptimize: () => (/* binding */ registerOptimize)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: ./shared/errors.ts
var shared_errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(43759);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var classic_schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/coerce.js


function string(params) {
    return api/* _coercedString */.K_(classic_schemas/* ZodString */.NDH, params);
}
function number(params) {
    return api/* _coercedNumber */.qG(classic_schemas/* ZodNumber */.rSt, params);
}
function coerce_boolean(params) {
    return core._coercedBoolean(schemas.ZodBoolean, params);
}
function bigint(params) {
    return core._coercedBigint(schemas.ZodBigInt, params);
}
function date(params) {
    return core._coercedDate(schemas.ZodDate, params);
}

;// CONCATENATED MODULE: ./shared/optimize/system.ts
/**
 * The optimizer's domain (seed 002): accelerators, model performance per accelerator, service classes with SLO targets,
 * servers with load and current allocation, capacity per accelerator type. Normalised from any accepted input form.
 */
const DEFAULT_OPTIMIZER = {
    unlimited: false,
    saturationPolicy: 'None',
    solver: 'auto',
    timeLimit: 10,
    polish: 0,
};
/** Sorted copy of map keys: every iteration that can influence the result goes through sorted names (determinism). */
const sortedKeys = (m) => [...m.keys()].sort(compareNames);
function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./shared/optimize/input.ts
/**
 * Reads the optimizer's input in every form users bring:
 *  - the reference's one document `{"system": {acceleratorData, capacityData, modelData, serviceClassData, serverData, optimizerData}}`,
 *  - the reference demo's six files in a directory (accelerator-data.json, capacity-data.json, model-data.json,
 *    serviceclass-data.json, server-data.json, optimizer-data.json),
 *  - psml's YAML (or JSON) form: the same sections without the `…Data` wrappers (`accelerators:`, `capacity:`, `models:`,
 *    `serviceClasses:`, `servers:`, `optimizer:`).
 * Keys match case-insensitively, as Go's encoding/json does for the reference; we also ignore `-`/`_` so `slo-itl`,
 * `slo_itl` and `sloItl` are one key.
 */






/** Tokens per prefill step in the newer (perfParms) model's chunked prefill. */
const CHUNK_TOKENS = 8192;
const normKey = (k) => k.toLowerCase().replace(/[-_]/g, '');
/**
 * Recursively lower-cases keys (and drops separators); later duplicates of the same normalised key win. A fleet
 * repeats a few dozen keys thousands of times: each is normalised once per document (`seen`).
 */
function normaliseKeys(v, seen = new Map()) {
    if (Array.isArray(v))
        return v.map((x) => normaliseKeys(x, seen));
    if (v !== null && typeof v === 'object') {
        const out = {};
        const o = v;
        for (const k of Object.keys(o)) {
            let n = seen.get(k);
            if (n === undefined)
                seen.set(k, (n = normKey(k)));
            out[n] = normaliseKeys(o[k], seen);
        }
        return out;
    }
    return v;
}
const num = (d = 0) => number().default(d);
const nonNeg = (d = 0) => number().min(0).default(d);
const str = string();
const acceleratorSchema = classic_schemas/* object */.Ikc({
    name: str.min(1),
    type: str.optional(),
    multiplicity: number().int().min(1).default(1),
    memsize: nonNeg(),
    cost: nonNeg(),
    spotcost: number().min(0).optional(),
});
const capacitySchema = classic_schemas/* object */.Ikc({ type: str.min(1), count: nonNeg(), spot: nonNeg() });
const perfSchema = classic_schemas/* object */.Ikc({
    name: str.min(1),
    acc: str.min(1),
    acccount: number().int().min(1).default(1),
    maxbatchsize: number().int().min(1).default(1),
    attokens: nonNeg(),
    decodeparms: classic_schemas/* object */.Ikc({ alpha: nonNeg(), beta: nonNeg() }).optional(),
    prefillparms: classic_schemas/* object */.Ikc({ gamma: nonNeg(), delta: nonNeg() }).optional(),
    perfparms: classic_schemas/* object */.Ikc({ alpha: nonNeg(), beta: nonNeg(), gamma: nonNeg() }).optional(),
});
const classSchema = classic_schemas/* object */.Ikc({
    name: str.min(1),
    priority: num(100),
    modeltargets: classic_schemas/* array */.YOg(classic_schemas/* object */.Ikc({ model: str.min(1), sloitl: nonNeg(), slottft: nonNeg(), slotps: nonNeg() }))
        .default([]),
});
const loadSchema = classic_schemas/* object */.Ikc({ arrivalrate: nonNeg(), avgintokens: nonNeg(), avgouttokens: nonNeg() });
const serverSchema = classic_schemas/* object */.Ikc({
    name: str.min(1),
    class: str.min(1),
    model: str.min(1),
    keepaccelerator: classic_schemas/* boolean */.zMY().default(false),
    minnumreplicas: number().int().min(0).default(0),
    maxnumreplicas: number().int().min(0).default(0),
    maxbatchsize: number().int().min(0).default(0),
    allowspot: classic_schemas/* boolean */.zMY().default(true),
    load: loadSchema.optional(),
    currentalloc: classic_schemas/* object */.Ikc({
        accelerator: str.default(''),
        numreplicas: number().int().min(0).default(0),
        maxbatch: nonNeg(),
        cost: nonNeg(),
        itlaverage: nonNeg(),
        ttftaverage: nonNeg(),
        spot: classic_schemas/* boolean */.zMY().default(false),
        load: loadSchema.optional(),
    })
        .optional(),
});
const policies = ['None', 'PriorityExhaustive', 'PriorityRoundRobin', 'RoundRobin'];
const optimizerSchema = classic_schemas/* object */.Ikc({
    unlimited: classic_schemas/* boolean */.zMY().default(false),
    saturationpolicy: str.default('None'),
    milpsolver: classic_schemas/* boolean */.zMY().optional(),
    solver: classic_schemas/* enum */.k5n(['auto', 'exact', 'heuristic']).optional(),
    timelimit: number().positive().optional(),
    polish: number().min(0).optional(),
});
function list(section, wrapperKey, what, resource) {
    if (section === undefined || section === null)
        return [];
    if (Array.isArray(section))
        return section;
    if (typeof section === 'object') {
        const inner = section[wrapperKey];
        if (inner === undefined || inner === null)
            return [];
        if (Array.isArray(inner))
            return inner;
    }
    throw new shared_errors/* PsmlError */.bd(`${what} must be a list`, { resource, field: wrapperKey, hint: `write "${wrapperKey}": [ … ]` });
}
function parseItems(schema, items, section, resource) {
    const errors = [];
    const out = [];
    items.forEach((item, i) => {
        const r = schema.safeParse(item);
        if (r.success)
            out.push(r.data);
        else {
            const name = typeof item === 'object' && item && 'name' in item ? ` (${String(item.name)})` : '';
            for (const issue of r.error.issues)
                errors.push(`${section}[${i}]${name}.${issue.path.join('.')}: ${issue.message}`);
        }
    });
    if (errors.length) {
        throw new shared_errors/* PsmlError */.bd(`invalid ${section}: ${errors[0]}`, {
            resource,
            field: section,
            details: errors.slice(1, 20),
            hint: 'fix the listed entries (keys are case-insensitive, numbers must be ≥ 0)',
        });
    }
    return out;
}
/** Builds the normalised System from key-normalised sections; `resource` names the file(s) for error messages. */
function buildSystem(raw, resource) {
    const accelerators = new Map();
    for (const a of parseItems(acceleratorSchema, list(raw.accelerators, 'accelerators', 'accelerators', resource), 'accelerators', resource)) {
        accelerators.set(a.name, {
            name: a.name,
            type: a.type || a.name,
            multiplicity: a.multiplicity,
            memSize: a.memsize,
            cost: a.cost,
            ...(a.spotcost !== undefined ? { spotCost: a.spotcost } : {}),
        });
    }
    const capacity = new Map();
    for (const c of parseItems(capacitySchema, list(raw.capacity, 'count', 'capacity', resource), 'capacity', resource)) {
        capacity.set(c.type, { onDemand: Math.floor(c.count), spot: Math.floor(c.spot) });
    }
    const perf = new Map();
    for (const m of parseItems(perfSchema, list(raw.models, 'models', 'models', resource), 'models', resource)) {
        let p;
        const base = { model: m.name, acc: m.acc, accCount: m.acccount, maxBatchSize: m.maxbatchsize, atTokens: m.attokens };
        if (m.perfparms) {
            // Newer model: iteration time α + β·(requests in the batch); prefill tokens cost γ each and are processed
            // in chunks of CHUNK_TOKENS, each chunk adding one more iteration overhead α (amortised per token).
            const { alpha, beta, gamma } = m.perfparms;
            p = { ...base, decodeAlpha: alpha, decodeBeta: beta, prefillConst: alpha, prefillPerRequest: beta, prefillPerToken: gamma + alpha / CHUNK_TOKENS };
        }
        else if (m.decodeparms) {
            p = {
                ...base,
                decodeAlpha: m.decodeparms.alpha,
                decodeBeta: m.decodeparms.beta,
                prefillConst: m.prefillparms?.gamma ?? 0,
                prefillPerRequest: 0,
                prefillPerToken: m.prefillparms?.delta ?? 0,
            };
        }
        else {
            throw new shared_errors/* PsmlError */.bd(`model ${m.name} on ${m.acc} has no performance parameters`, {
                resource,
                field: `models.${m.name}`,
                hint: 'give decodeParms {alpha, beta} + prefillParms {gamma, delta}, or perfParms {alpha, beta, gamma}',
            });
        }
        if (!accelerators.has(m.acc)) {
            throw new shared_errors/* PsmlError */.bd(`model ${m.name} refers to unknown accelerator "${m.acc}"`, {
                resource,
                field: `models.${m.name}.acc`,
                hint: `declare it under accelerators or fix the name (known: ${[...accelerators.keys()].sort().slice(0, 10).join(', ')})`,
            });
        }
        let byAcc = perf.get(m.name);
        if (!byAcc)
            perf.set(m.name, (byAcc = new Map()));
        byAcc.set(m.acc, p);
    }
    const classes = new Map();
    for (const c of parseItems(classSchema, list(raw.serviceClasses, 'serviceclasses', 'serviceClasses', resource), 'serviceClasses', resource)) {
        const priority = Number.isInteger(c.priority) && c.priority >= 1 && c.priority <= 100 ? c.priority : 100;
        const targets = new Map(c.modeltargets.map((t) => [t.model, { model: t.model, itl: t.sloitl, ttft: t.slottft, tps: t.slotps }]));
        classes.set(c.name, { name: c.name, priority, targets });
    }
    const servers = [];
    const seen = new Set();
    for (const s of parseItems(serverSchema, list(raw.servers, 'servers', 'servers', resource), 'servers', resource)) {
        if (seen.has(s.name))
            throw new shared_errors/* PsmlError */.bd(`server "${s.name}" is listed twice`, { resource, field: 'servers', hint: 'server names must be unique' });
        seen.add(s.name);
        if (!classes.has(s.class)) {
            throw new shared_errors/* PsmlError */.bd(`server ${s.name} refers to unknown service class "${s.class}"`, {
                resource,
                field: `servers.${s.name}.class`,
                hint: 'declare the class under serviceClasses or fix the name',
            });
        }
        const ca = s.currentalloc;
        const rawLoad = ca?.load ?? s.load;
        const load = { arrivalRate: rawLoad?.arrivalrate ?? 0, avgInTokens: rawLoad?.avgintokens ?? 0, avgOutTokens: rawLoad?.avgouttokens ?? 0 };
        if (s.maxnumreplicas > 0 && s.maxnumreplicas < s.minnumreplicas) {
            throw new shared_errors/* PsmlError */.bd(`server ${s.name}: maxNumReplicas ${s.maxnumreplicas} is below minNumReplicas ${s.minnumreplicas}`, {
                resource,
                field: `servers.${s.name}.maxNumReplicas`,
                hint: 'raise maxNumReplicas or lower minNumReplicas (0 = no maximum)',
            });
        }
        servers.push({
            name: s.name,
            class: s.class,
            model: s.model,
            keepAccelerator: s.keepaccelerator,
            minNumReplicas: s.minnumreplicas,
            maxNumReplicas: s.maxnumreplicas,
            maxBatchSize: s.maxbatchsize,
            allowSpot: s.allowspot,
            current: {
                accelerator: ca?.accelerator ?? '',
                numReplicas: ca?.numreplicas ?? 0,
                maxBatch: ca?.maxbatch ?? 0,
                cost: ca?.cost ?? 0,
                itlAverage: ca?.itlaverage ?? 0,
                ttftAverage: ca?.ttftaverage ?? 0,
                spot: ca?.spot ?? false,
                load,
            },
        });
    }
    const optRaw = raw.optimizer && typeof raw.optimizer === 'object' && 'optimizer' in raw.optimizer ? raw.optimizer.optimizer : raw.optimizer;
    const o = optimizerSchema.safeParse(optRaw ?? {});
    if (!o.success) {
        const issue = o.error.issues[0];
        throw new shared_errors/* PsmlError */.bd(`invalid optimizer settings: ${issue?.path.join('.')}: ${issue?.message}`, { resource, field: 'optimizer' });
    }
    const policy = policies.find((p) => p.toLowerCase() === o.data.saturationpolicy.toLowerCase());
    if (!policy) {
        throw new shared_errors/* PsmlError */.bd(`unknown saturationPolicy "${o.data.saturationpolicy}"`, {
            resource,
            field: 'optimizer.saturationPolicy',
            hint: `use one of ${policies.join(', ')}`,
        });
    }
    const solver = o.data.solver ?? (o.data.milpsolver ? 'exact' : DEFAULT_OPTIMIZER.solver);
    if (servers.length === 0)
        throw new shared_errors/* PsmlError */.bd('no servers to optimize', { resource, field: 'servers', hint: 'list at least one server' });
    return {
        accelerators,
        capacity,
        perf,
        classes,
        servers: servers.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
        optimizer: { unlimited: o.data.unlimited, saturationPolicy: policy, solver, timeLimit: o.data.timelimit ?? DEFAULT_OPTIMIZER.timeLimit, polish: o.data.polish ?? DEFAULT_OPTIMIZER.polish },
    };
}
function parseText(text, file) {
    try {
        return /\.ya?ml$/i.test(file) ? (0,dist/* parse */.qg)(text) : JSON.parse(text);
    }
    catch (e) {
        throw new shared_errors/* PsmlError */.bd(`cannot parse ${file}: ${e.message.split('\n')[0]}`, {
            resource: file,
            hint: 'the optimizer input must be valid JSON or YAML',
        });
    }
}
/** Sections from one key-normalised document: the reference's `system` wrapper or psml's flat form. */
function sectionsFromDocument(doc, resource) {
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new shared_errors/* PsmlError */.bd('the optimizer input must be an object', { resource, hint: 'see the `system` document format in the docs' });
    }
    let d = doc;
    if (d.system && typeof d.system === 'object')
        d = d.system;
    const pick = (...keys) => keys.map((k) => d[k]).find((v) => v !== undefined);
    const sections = {
        accelerators: pick('acceleratordata', 'accelerators'),
        capacity: pick('capacitydata', 'capacity', 'count'),
        models: pick('modeldata', 'models'),
        serviceClasses: pick('serviceclassdata', 'serviceclasses'),
        servers: pick('serverdata', 'servers'),
        optimizer: pick('optimizerdata', 'optimizer'),
    };
    const missing = ['accelerators', 'models', 'serviceClasses', 'servers'].filter((k) => sections[k] === undefined);
    if (missing.length) {
        throw new shared_errors/* PsmlError */.bd(`the optimizer input lacks ${missing.join(', ')}`, {
            resource,
            hint: 'give a {"system": {acceleratorData, capacityData, modelData, serviceClassData, serverData}} document, or the six *-data.json files in a directory',
        });
    }
    return sections;
}
const SIX_FILES = {
    accelerators: 'accelerator-data',
    capacity: 'capacity-data',
    models: 'model-data',
    serviceClasses: 'serviceclass-data',
    servers: 'server-data',
    optimizer: 'optimizer-data',
};
/** Loads a System from a file (one document) or a directory (one document, or the six files). */
async function loadSystem(path) {
    let st;
    try {
        st = await (0,promises_.stat)(path);
    }
    catch {
        throw new shared_errors/* PsmlError */.bd(`input ${path} does not exist`, { field: 'input', resource: path, hint: 'pass a system JSON/YAML file or a directory of *-data.json files' });
    }
    if (st.isFile())
        return buildSystem(sectionsFromDocument(normaliseKeys(parseText(await (0,promises_.readFile)(path, 'utf8'), path)), path), path);
    const files = (await (0,promises_.readdir)(path)).filter((f) => /\.(json|ya?ml)$/i.test(f)).sort();
    const byStem = new Map(files.map((f) => [(0,external_node_path_.basename)(f, (0,external_node_path_.extname)(f)).toLowerCase(), f]));
    const sixFound = Object.values(SIX_FILES).some((stem) => byStem.has(stem));
    if (!sixFound) {
        if (files.length !== 1) {
            throw new shared_errors/* PsmlError */.bd(`directory ${path} holds ${files.length} candidate input files and none of the six *-data files`, {
                field: 'input',
                resource: path,
                hint: 'point --input at one system file, or at a directory with accelerator-data.json, capacity-data.json, model-data.json, serviceclass-data.json, server-data.json',
            });
        }
        const f = (0,external_node_path_.join)(path, files[0]);
        return buildSystem(sectionsFromDocument(normaliseKeys(parseText(await (0,promises_.readFile)(f, 'utf8'), f)), f), f);
    }
    const raw = {};
    const missing = [];
    for (const [section, stem] of Object.entries(SIX_FILES)) {
        const f = byStem.get(stem);
        if (!f) {
            if (section !== 'optimizer' && section !== 'capacity')
                missing.push(`${stem}.json`);
            continue;
        }
        const doc = normaliseKeys(parseText(await (0,promises_.readFile)((0,external_node_path_.join)(path, f), 'utf8'), (0,external_node_path_.join)(path, f)));
        raw[section] = unwrapSectionFile(doc, section);
    }
    if (missing.length) {
        throw new shared_errors/* PsmlError */.bd(`directory ${path} lacks ${missing.join(', ')}`, { field: 'input', resource: path, hint: 'add the missing files' });
    }
    return buildSystem(raw, path);
}
/** A six-files file may hold the bare data (`{"accelerators": […]}`) or still carry its `…Data` wrapper. */
function unwrapSectionFile(doc, section) {
    const wrapper = { accelerators: 'acceleratordata', capacity: 'capacitydata', models: 'modeldata', serviceClasses: 'serviceclassdata', servers: 'serverdata', optimizer: 'optimizerdata' }[section];
    if (doc && typeof doc === 'object' && wrapper in doc)
        return doc[wrapper];
    return doc;
}
/** Parses an in-memory document (JSON text or YAML text). */
function parseSystem(text, name = 'input.json') {
    return buildSystem(sectionsFromDocument(normaliseKeys(parseText(text, name)), name), name);
}

;// CONCATENATED MODULE: ./shared/optimize/queue.ts
/** Relative tolerance on the SLO-limited arrival rate. */
const RATE_TOLERANCE = 1e-6;
/**
 * The root search stops within this relative distance below the true rate: far inside RATE_TOLERANCE, so the rate per
 * replica (and ⌈demand / rate⌉) does not depend on which path the search took.
 */
const ROOT_TOLERANCE = 1e-10;
/** TPS classes size to this fraction of the maximum rate (as the reference does). */
const TPS_MARGIN = 0.9;
/** One replica of (model, accelerator) for one request shape: precomputed service rates, then metrics for any λ. */
class ReplicaQueue {
    // every field starts as a number, so V8 keeps them as in-place doubles: reset() and the root search allocate nothing
    slots = 1;
    /** 1/μ(k) in s is (c0 + c1·k)/k: service time of a batch of k, linear in k (no per-k table: O(1) to build) */
    c0 = 0;
    c1 = 0;
    queueStates = 10;
    g0 = 0;
    g1 = 0;
    alpha = 0;
    beta = 0;
    k1 = 0;
    // the last `solve`: metrics and their elasticities λ·d/dλ
    x = 0;
    itl = 0;
    ttft = 0;
    inSystem = 0;
    dItl = 0;
    dTtft = 0;
    /** elasticity of the last `objective` */
    slope = 0;
    /** chainHead's results: w_N, Σw, Σk·w, Σk²·w (packed doubles from the start) */
    sums = [0.5, 0.5, 0.5, 0.5];
    constructor(perf, shape) {
        this.reset(perf, shape);
    }
    /** Re-targets this queue to another (perf, shape), so one object serves a whole sizing loop. */
    reset(perf, shape) {
        return this.setup(shape.n, perf.decodeAlpha, perf.decodeBeta, perf.prefillConst, perf.prefillPerRequest + perf.prefillPerToken * shape.inTokens, shape.outTokens);
    }
    /** `reset` from plain numbers: decode α, β; prefill of a batch of k = prefillConst + prefillPerRequest·k (ms). */
    setup(n, decodeAlpha, decodeBeta, prefillConst, prefillPerRequest, outTokens) {
        const slots = Math.max(1, Math.floor(n));
        this.slots = slots;
        this.queueStates = 10 * slots;
        this.alpha = decodeAlpha;
        this.beta = decodeBeta;
        this.g0 = prefillConst;
        this.g1 = prefillPerRequest;
        this.k1 = Math.max(outTokens, 1) - 1;
        this.c0 = (this.g0 + this.k1 * this.alpha) / 1000;
        this.c1 = (this.g1 + this.k1 * this.beta) / 1000;
        return this;
    }
    /** max batch (slots in service) */
    get n() {
        return this.slots;
    }
    /** Time in ms for a batch of n requests to finish: prefill + (K−1) decode steps. */
    serviceTimeMs(n) {
        return this.g0 + this.g1 * n + this.k1 * (this.alpha + this.beta * n);
    }
    /** 1/μ(k) in s. */
    invMu(k) {
        return Math.max(this.c0 + this.c1 * k, 1e-12) / k;
    }
    /** μ(k) in req/s. */
    serviceRate(k) {
        return 1 / this.invMu(Math.min(Math.max(k, 1), this.slots));
    }
    metrics(lambda) {
        if (!(lambda > 0)) {
            return { lambda: 0, throughput: 0, itl: this.alpha, ttft: this.g0, inSystem: 0 };
        }
        this.solve(lambda);
        return { lambda, throughput: this.x, itl: this.itl, ttft: this.ttft, inSystem: this.inSystem };
    }
    /**
     * The chain at λ > 0 in O(N): state weights w_k ∝ Π λ/μ(j). Besides the sums Σw and Σk·w it carries Σk²·w, because
     * every weight is ∝ λ^k: λ·d/dλ of any Σ a_k·w_k is Σ k·a_k·w_k, so the slope of ITL and TTFT comes from the same pass
     * (for Newton steps in the root search).
     */
    solve(lambda) {
        const n = this.slots;
        // head: states 0..N; λ/μ(k) = λ·c1 + λ·c0/k (c0 ≥ 1e-12 stands for the floor on the service time)
        const a = lambda * this.c1;
        const b = lambda * Math.max(this.c0, 1e-12);
        const early = chainHead(a, b, n, reciprocals(n), this.sums);
        const sums = this.sums;
        const w = sums[0];
        const s0 = sums[1];
        const s1 = sums[2];
        const s2 = sums[3];
        if (early) {
            const l = s1 / s0;
            const v = s2 / s0 - l * l;
            this.finish(lambda, 0, l, l, v, v, 0);
            return;
        }
        // tail: M queue states with constant ratio ρ = λ/μ(N): Σρ^j, Σ jρ^j and Σ j²ρ^j in closed form
        const m = this.queueStates;
        const rho = lambda * this.invMu(n);
        let t0;
        let t1;
        let t2;
        let rhoM;
        if (Math.abs(1 - rho) < 1e-4) {
            t0 = 0;
            t1 = 0;
            t2 = 0;
            let p = 1;
            for (let j = 1; j <= m; j++) {
                p *= rho;
                t0 += p;
                t1 += j * p;
                t2 += j * p * j;
            }
            rhoM = p;
        }
        else {
            rhoM = powInt(rho, m);
            const om = 1 - rho;
            t0 = (rho * (1 - rhoM)) / om;
            t1 = (rho * (1 - (m + 1) * rhoM + m * rhoM * rho)) / (om * om);
            if (!Number.isFinite(t0) || !Number.isFinite(t1)) {
                // ρ > 1 with a huge M: the tail dominates; fold it into log-free form by rescaling with ρ^M
                this.saturated(lambda);
                return;
            }
            // Σ j²ρ^j = ρ(1 + ρ − (M+1)²ρ^M + (2M² + 2M − 1)ρ^(M+1) − M²ρ^(M+2)) / (1−ρ)³, every product of two counts taken
            // through a double first: an int32 overflow (M ≥ 46341) would send V8 into a deoptimisation loop
            t2 = (rho * (1 + rho - (m + 1) * rhoM * (m + 1) + ((2 * m + 2) * rhoM * m - rhoM) * rho - m * rhoM * m * rho * rho)) / (om * om * om);
        }
        const z = s0 + w * t0;
        const pBlock = (w * rhoM) / z;
        const inSystem = (s1 + w * (n * t0 + t1)) / z;
        const inService = (s1 + n * w * t0) / z;
        // λ·d/dλ: of L = Σk·w/Z is Σk²·w/Z − L², of L_s = Σmin(k,N)·w/Z is Σk·min(k,N)·w/Z − L_s·L, of P_block = w_K/Z is (K − L)·P_block
        const dIn = (s2 + w * (n * t0 * n + 2 * n * t1 + t2)) / z - inSystem * inSystem;
        const dServ = (s2 + n * w * (n * t0 + t1)) / z - inService * inSystem;
        this.finish(lambda, pBlock, inSystem, inService, dIn, dServ, (n + m - inSystem) * pBlock);
    }
    /** Metrics from the chain's means (and their elasticities, the d… arguments). */
    finish(lambda, pBlock, inSystem, inService, dIn, dServ, dBlock) {
        const x = lambda * (1 - pBlock);
        const dx = lambda * (1 - pBlock - dBlock);
        const tServ = inService / x; // s
        const dTServ = (dServ - tServ * dx) / x;
        const waitRaw = inSystem / x - tServ;
        const wait = Math.max(waitRaw, 0);
        const dWait = waitRaw > 0 ? (dIn - (inSystem / x) * dx) / x - dTServ : 0;
        const den = this.g1 + this.beta * this.k1;
        // the batch size that gives this service time; when the batch changes the service time by less than a billionth
        // (e.g. one output token and a vanishing per-request prefill) dividing by den only amplifies rounding noise: no
        // batch effect, as for den = 0
        const batchMatters = den * this.slots > 1e-9 * (this.g0 + this.alpha * this.k1);
        let nEff = batchMatters ? (tServ * 1000 - this.g0 - this.alpha * this.k1) / den : 0;
        const dN = nEff > 0 && nEff < this.slots ? (1000 * dTServ) / den : 0;
        nEff = Math.min(Math.max(nEff, 0), this.slots);
        this.x = x;
        this.inSystem = inSystem;
        this.itl = this.alpha + this.beta * nEff;
        this.ttft = wait * 1000 + this.g0 + this.g1 * nEff;
        this.dItl = this.beta * dN;
        this.dTtft = 1000 * dWait + this.g1 * dN;
    }
    /** Overloaded replica (ρ ≫ 1): almost surely full, every slot busy. */
    saturated(lambda) {
        const n = this.slots;
        const full = n + this.queueStates;
        this.finish(lambda, 1 - 1 / (lambda * this.invMu(n)), full, n, 0, 0, 0);
    }
    /** Arrival-rate range searched, as in the reference: [0.001·μ(1), 0.999·μ(N)]. */
    rateRange() {
        return { min: 0.001 * this.serviceRate(1), max: 0.999 * this.serviceRate(this.slots) };
    }
    /**
     * Largest arrival rate per replica that meets every target (0 = unused); infeasible if even the minimum rate misses.
     * ITL and TTFT both increase with λ, so their worst log-ratio to the target does too: one root search covers all SLOs.
     */
    size(t) {
        const { min, max } = this.rateRange();
        this.solve(min);
        if (t.itl > 0 && this.itl > t.itl)
            return { feasible: false, reason: `ITL ${fmt(this.itl)} ms > ${fmt(t.itl)} ms even at minimum load` };
        if (t.ttft > 0 && this.ttft > t.ttft)
            return { feasible: false, reason: `TTFT ${fmt(this.ttft)} ms > ${fmt(t.ttft)} ms even at minimum load` };
        const hi = t.tps > 0 ? TPS_MARGIN * max : max;
        let lambda = hi;
        if (t.itl > 0 || t.ttft > 0)
            lambda = this.largestRate(t, min, hi);
        else
            this.solve(hi);
        return { feasible: true, lambdaStar: lambda, ratePerReplica: this.x, maxRate: max };
    }
    /** f = the worst log ratio of ITL, TTFT to their targets (≤ 0: met); returns f and leaves f's elasticity in `slope`. */
    objective(t) {
        // the larger ratio first, then one log (the log is monotone)
        const rItl = t.itl > 0 ? this.itl / t.itl : 0;
        const rTtft = t.ttft > 0 ? this.ttft / t.ttft : 0;
        if (rItl >= rTtft) {
            this.slope = this.dItl / this.itl;
            return Math.log(rItl);
        }
        this.slope = this.dTtft / this.ttft;
        return Math.log(rTtft);
    }
    /**
     * Largest λ in [lo, hi] with f(λ) ≤ 0, for f increasing in λ and f(lo) ≤ 0 (the last `solve` was at lo); leaves the
     * chain solved at the returned λ. A first guess from a three-parameter model fitted at lo and hi, then Newton steps
     * in s = −ln(1 − λ/μ(N)), where the log ratio of TTFT is nearly linear up to saturation (TTFT grows like
     * 1/(1 − λ/μ(N))); the slope comes from the same O(N) pass. A bracket guards every step (bisection in s when a step
     * leaves it, stalls or the slope is unusable), and the last steps aim just under the root, so the search ends on the
     * feasible side within ~4·ROOT_TOLERANCE of it: about 5 evaluations per sizing, where bisection to 1e-6 takes 20.
     */
    largestRate(t, lo, hi) {
        const muN = this.serviceRate(this.slots);
        let xLo = this.x; // throughput at lo
        const itlLo = this.itl;
        const ttftLo = this.ttft;
        const ttftSlopeLo = this.dTtft / lo;
        const itlSlopeLo = this.dItl / lo;
        this.solve(hi);
        let f = this.objective(t);
        if (f <= 0)
            return hi;
        // first guess from the two ends. TTFT ≈ A + c·λ + B·λ/(μ(N) − λ): the batch (prefill) grows with λ, the queue
        // explodes near μ(N); A and A's slope c + B/μ(N) from the low end, B from the high end; then the root of the
        // quadratic c·λ² − (D + c·μ + B)·λ + D·μ = 0 (D = target − A), in its cancellation-free form. ITL: its tangent at
        // the low end (ITL is convex in λ, so this lands above the root, where Newton in s descends monotonically).
        let guess = hi;
        if (t.ttft > 0 && this.ttft > t.ttft) {
            const d = t.ttft - ttftLo;
            let b = ((this.ttft - ttftLo - ttftSlopeLo * hi) * muN * (muN - hi)) / (hi * hi);
            let c = ttftSlopeLo - b / muN;
            if (!(c >= 0)) {
                c = 0;
                b = ((this.ttft - ttftLo) * (muN - hi)) / hi;
            }
            const p = d + c * muN + b;
            const g = (2 * d * muN) / (p + Math.sqrt(Math.max(p * p - 4 * c * d * muN, 0)));
            if (b > 0 && g > 0)
                guess = Math.min(guess, g);
        }
        if (t.itl > 0 && this.itl > t.itl && itlSlopeLo > 0)
            guess = Math.min(guess, lo + (t.itl - itlLo) / itlSlopeLo);
        let x = hi;
        if (guess > lo && guess < hi) {
            this.solve(guess);
            f = this.objective(t);
            x = guess;
            if (f <= 0) {
                lo = x;
                xLo = this.x;
            }
            else
                hi = x;
        }
        // steps one and two evaluations back: a Newton step no shorter than half the one before last is not converging
        // (e.g. a 2-cycle around an inflection), so it is replaced by a bisection (as in Brent's method)
        let step1 = Infinity;
        let step2 = Infinity;
        let lastNewton = Infinity;
        for (let i = 0; i < 200; i++) {
            const tol = ROOT_TOLERANCE * x;
            // Newton in s: the gap μ(N) − λ is multiplied by exp(f / (df/ds)), with df/ds = (λ·df/dλ)·(μ(N) − λ)/λ
            const fs = (this.slope * (muN - x)) / x;
            const newton = fs > 0 && i < 60;
            let next = newton ? muN - (muN - x) * Math.exp(f / fs) : Number.NaN;
            const delta = Math.abs(next - x);
            // on the target within rounding, or the root is within a few tolerances above (an aimed-short step lands there)
            if (f <= 0 && (f > -1e-12 || (newton && delta <= 4 * tol)))
                return x;
            if (newton) {
                if (f > 0 && delta < tol)
                    next = x - 2 * tol; // the root is within tol below: land just under it
                else if (delta < 0.1 * lastNewton) {
                    // converging quadratically: this step leaves an error of about δ³/δ_prev² (δ = step); aim twice that under
                    // the root, so the search ends on the feasible side instead of spending evaluations creeping up to it
                    const q = delta / lastNewton;
                    next -= 2 * q * q * delta + tol;
                }
            }
            lastNewton = newton ? delta : Infinity;
            if (hi - lo <= 2 * ROOT_TOLERANCE * hi)
                break;
            if (!(next > lo && next < hi && Math.abs(next - x) < 0.5 * step2)) {
                next = muN - Math.sqrt((muN - lo) * (muN - hi)); // bisection in s
                if (!(next > lo && next < hi))
                    next = 0.5 * (lo + hi);
            }
            step2 = step1;
            step1 = Math.abs(next - x);
            this.solve(next);
            f = this.objective(t);
            x = next;
            if (f <= 0) {
                lo = x;
                xLo = this.x;
            }
            else
                hi = x;
        }
        if (x !== lo)
            this.x = xLo; // callers read the throughput at the returned λ
        return lo;
    }
}
/**
 * x^m for an integer m ≥ 1 by repeated squaring (a dozen multiplies; Math.pow was a tenth of the sizing time).
 * ρ^M ≤ e^(−M·(1−ρ)) for 0 < ρ < 1, so it is exactly 0 in doubles once M·(1−ρ) > 745.
 */
function powInt(x, m) {
    if (x < 1 && m * (1 - x) > 745)
        return 0;
    let result = 1;
    let base = x;
    for (let e = m;;) {
        if (e & 1)
            result *= base;
        e >>>= 1;
        if (e === 0)
            return result;
        base *= base;
    }
}
/**
 * Head of the chain, states 0..N: w_k = Π λ/μ(j) with λ/μ(k) = a + b/k, and Σw, Σk·w, Σk²·w (sums rescaled together
 * so only ratios matter) into `out`; true when it stopped early. A small function of numbers only, so V8 optimises
 * it the same way every run (inside `solve` its speed depended on when the optimiser happened to look).
 */
function chainHead(a, b, n, inv, out) {
    let w = 1;
    let s0 = 1;
    let s1 = 0;
    let s2 = 0;
    let kf = 0; // k as a double: no int→double conversion in the loop
    for (let k = 1; k <= n; k++) {
        kf += 1;
        const r = a + b * inv[k];
        w *= r;
        s0 += w;
        const kw = kf * w;
        s1 += kw;
        s2 += kf * kw;
        // (literals, not module constants: a module-level const costs a context load and TDZ check per use)
        if (w > 1e150) {
            w *= 1e-150;
            s0 *= 1e-150;
            s1 *= 1e-150;
            s2 *= 1e-150;
        }
        // μ(k) grows with k, so once λ/μ(k) < 1 the remaining weights fall at least geometrically: when everything
        // after k (head and queue, bounded by that geometric series w·r/(1−r) and its first moment, multiplied out here
        // so the loop has no division) is below 1e-17 of the sums, stop — the result is the same to double precision,
        // and large batches (N in the thousands) cost only the states that carry mass
        if (r < 1 && k < n) {
            const wr = w * r;
            const q = 1 - r;
            if (wr < 1e-17 * s0 * q && wr * (kf * q + 1) < 1e-17 * s1 * q * q) {
                out[0] = w;
                out[1] = s0;
                out[2] = s1;
                out[3] = s2;
                return true;
            }
        }
    }
    out[0] = w;
    out[1] = s0;
    out[2] = s1;
    out[3] = s2;
    return false;
}
/**
 * 1/k for k = 1..n, shared by every queue (a multiply instead of a divide per state). A plain array of doubles rather
 * than a Float64Array: once any ArrayBuffer in the process has been transferred (tsx's loader does it), V8 guards
 * every typed-array access against detachment, and the chain loop ran half again slower. A module `var`, not `let`
 * (measured: the loop ran half again slower through a `let`). Every table is built the same way, so growing it never
 * changes the array's map: a map change deoptimised the chain loop, and V8 (Node 20) then sometimes left it
 * unoptimised for the rest of the run — four times slower.
 */
function reciprocalsUpTo(length) {
    const t = new Array(length).fill(0.5);
    for (let k = 1; k < length; k++)
        t[k] = 1 / k;
    t[0] = 0;
    return t;
}
// eslint-disable-next-line no-var
var reciprocalTable = reciprocalsUpTo(4096);
function reciprocals(n) {
    if (reciprocalTable.length <= n)
        reciprocalTable = reciprocalsUpTo(Math.max(n + 1, 2 * reciprocalTable.length));
    return reciprocalTable;
}
const fmt = (x) => (Math.round(x * 10) / 10).toString();
/** Max batch for a server: its override, else ⌊maxBatchSize·atTokens / K⌋ (at least 1); without atTokens, maxBatchSize. */
function maxBatchFor(maxBatchSize, atTokens, override, outTokens) {
    if (override > 0)
        return Math.floor(override);
    if (atTokens > 0)
        return Math.max(Math.floor((maxBatchSize * atTokens) / Math.max(outTokens, 1)), 1);
    return Math.max(maxBatchSize, 1);
}

;// CONCATENATED MODULE: ./shared/optimize/candidates.ts
/**
 * Candidate allocations per (server, accelerator, pool): replicas from demand and the SLO-limited rate per replica,
 * cost, and value (cost + transition penalty from the current allocation). Sizing is memoised per
 * (model, accelerator, batch, tokens, targets): the arrival rate only scales replicas, so servers that share a model,
 * class and request shape share one root search.
 */


const spotRow = (type) => `${type} (spot)`;
const POOLS = ['onDemand', 'spot'];
const PERF_FIELDS = 7;
class CandidateGenerator {
    system;
    /**
     * sizing per (model, accelerator, batch, tokens, targets): the arrival rate only scales the replica count. Keyed by
     * the server's shape (one string per server, not per pair), then indexed by the accelerator's position in the model.
     */
    sizing = new Map();
    models = new Map();
    /** one queue, re-targeted for every sizing (no allocation per pair) */
    queue;
    sizingCalls = 0;
    sizingHits = 0;
    constructor(system) {
        this.system = system;
    }
    modelAccs(model) {
        let m = this.models.get(model);
        if (m !== undefined)
            return m;
        const perfByAcc = this.system.perf.get(model);
        if (!perfByAcc || perfByAcc.size === 0)
            m = null;
        else {
            const names = sortedKeys(perfByAcc);
            m = {
                names,
                accs: names.map((n) => this.system.accelerators.get(n)),
                perfs: names.map((n) => perfByAcc.get(n)),
                index: new Map(names.map((n, i) => [n, i])),
                params: names.flatMap((n) => {
                    const p = perfByAcc.get(n);
                    return [p.decodeAlpha, p.decodeBeta, p.prefillConst, p.prefillPerRequest, p.prefillPerToken, p.maxBatchSize, p.atTokens];
                }),
            };
        }
        this.models.set(model, m);
        return m;
    }
    forServer(index) {
        const sys = this.system;
        const server = sys.servers[index];
        const cls = sys.classes.get(server.class);
        const target = cls.targets.get(server.model) ?? { model: server.model, itl: 0, ttft: 0, tps: 0 };
        const load = server.current.load;
        const outTokens = Math.max(load.avgOutTokens, 1);
        const demand = Math.max(load.arrivalRate / 60, target.tps > 0 ? target.tps / outTokens : 0);
        const model = this.modelAccs(server.model);
        const rejected = [];
        const candidates = [];
        const out = { server, priority: cls.priority, candidates, rejected, demand };
        if (!model) {
            rejected.push(`model ${server.model} has no performance data on any accelerator`);
            return out;
        }
        let first = 0;
        let end = model.names.length;
        if (server.keepAccelerator && server.current.accelerator) {
            const i = model.index.get(server.current.accelerator);
            if (i === undefined) {
                rejected.push(`keepAccelerator: no performance data for ${server.model} on ${server.current.accelerator}`);
                return out;
            }
            first = i;
            end = i + 1;
        }
        const currentCost = this.currentCost(server);
        const sized = demand > 0 || server.minNumReplicas > 0 ? this.shapeSizing(server, load.avgInTokens, outTokens, target, model) : undefined;
        const params = model.params;
        const override = server.maxBatchSize;
        for (let i = first; i < end; i++) {
            const accName = model.names[i];
            const acc = model.accs[i];
            const perf = model.perfs[i];
            const o = i * PERF_FIELDS;
            const maxBatchSize = params[o + 5];
            const atTokens = params[o + 6];
            const n = maxBatchFor(maxBatchSize, atTokens, override, outTokens);
            let replicas = server.minNumReplicas;
            let ratePerReplica = 0;
            if (sized) {
                this.sizingCalls++;
                let rate = sized.rates[i];
                if (rate === rate)
                    this.sizingHits++;
                else {
                    const q = (this.queue ??= new ReplicaQueue(perf, { n, inTokens: load.avgInTokens, outTokens }));
                    q.setup(n, params[o], params[o + 1], params[o + 2], params[o + 3] + params[o + 4] * load.avgInTokens, outTokens);
                    const r = q.size(target);
                    if (r.feasible)
                        rate = r.ratePerReplica;
                    else {
                        rate = -1;
                        (sized.reasons ??= new Map()).set(i, r.reason);
                    }
                    sized.rates[i] = rate;
                }
                if (rate < 0) {
                    rejected.push(`${accName}: ${sized.reasons.get(i)}`);
                    continue;
                }
                ratePerReplica = rate;
                // a hair of slack so 10 req/s on 5 req/s replicas is 2 replicas, not 3, despite rounding
                replicas = Math.max(Math.ceil(demand / ratePerReplica - 1e-9), server.minNumReplicas);
            }
            if (server.maxNumReplicas > 0 && replicas > server.maxNumReplicas) {
                rejected.push(`${accName}: needs ${replicas} replicas > maxNumReplicas ${server.maxNumReplicas}`);
                continue;
            }
            const cards = replicas * perf.accCount * acc.multiplicity;
            const cap = sys.capacity.get(acc.type);
            const onDemand = sys.optimizer.unlimited || (cap !== undefined && cap.onDemand >= cards);
            const spot = acc.spotCost !== undefined && server.allowSpot && cap !== undefined && cap.spot >= cards && cap.spot > 0;
            if (!onDemand && !spot) {
                rejected.push(`${accName}: needs ${cards} ${acc.type} cards, capacity ${cap ? cap.onDemand : 0}`);
                continue;
            }
            for (const pool of POOLS) {
                if (pool === 'onDemand' ? !onDemand : !spot)
                    continue;
                const unit = pool === 'spot' ? acc.spotCost : acc.cost;
                const cost = unit * perf.accCount * replicas;
                const sameAcc = accName === server.current.accelerator && (pool === 'spot') === server.current.spot;
                candidates.push({
                    server: index,
                    accelerator: accName,
                    pool,
                    row: pool === 'spot' ? spotRow(acc.type) : acc.type,
                    type: acc.type,
                    replicas,
                    cards,
                    maxBatch: n,
                    cost,
                    value: transitionValue(server, sameAcc, currentCost, cost, replicas),
                    ratePerReplica,
                });
            }
        }
        candidates.sort(compareCandidates);
        return out;
    }
    /** The memo entry for a server's shape; the batch per accelerator follows from (model, override, output tokens). */
    shapeSizing(server, inTokens, outTokens, t, model) {
        const key = `${server.model}\u0000${server.maxBatchSize}\u0000${inTokens}\u0000${outTokens}\u0000${t.itl}\u0000${t.ttft}\u0000${t.tps}`;
        let e = this.sizing.get(key);
        if (!e)
            this.sizing.set(key, (e = { rates: new Float64Array(model.names.length).fill(Number.NaN), reasons: undefined }));
        return e;
    }
    /** The current allocation's cost: as given, else priced from the accelerator table. */
    currentCost(server) {
        const c = server.current;
        if (c.cost > 0 || !c.accelerator)
            return c.cost;
        const acc = this.system.accelerators.get(c.accelerator);
        const perf = this.system.perf.get(server.model)?.get(c.accelerator);
        if (!acc)
            return 0;
        return (c.spot && acc.spotCost !== undefined ? acc.spotCost : acc.cost) * (perf?.accCount ?? 1) * c.numReplicas;
    }
    all() {
        return this.system.servers.map((_, i) => this.forServer(i));
    }
}
/**
 * Value of moving from the current allocation a to candidate b (the reference's transition penalty):
 * unchanged → 0; same accelerator → cost_b − cost_a; other accelerator → 0.1·(cost_a + cost_b) + (cost_b − cost_a);
 * a new server → 1.1·cost_b.
 */
function transitionValue(server, sameAcc, costA, costB, replicasB) {
    if (!server.current.accelerator)
        return 1.1 * costB;
    if (sameAcc)
        return replicasB === server.current.numReplicas ? 0 : costB - costA;
    return 0.1 * (costA + costB) + (costB - costA);
}
function compareCandidates(a, b) {
    return (a.value - b.value ||
        a.cards - b.cards ||
        (a.accelerator < b.accelerator ? -1 : a.accelerator > b.accelerator ? 1 : 0) ||
        (a.pool === b.pool ? 0 : a.pool === 'onDemand' ? -1 : 1));
}
/** ITL and TTFT (ms) of a candidate at the server's actual load spread over its replicas (O(N): only for chosen ones). */
function candidateMetrics(system, sc, c, replicas = c.replicas) {
    if (replicas <= 0)
        return { itl: 0, ttft: 0 };
    const load = sc.server.current.load;
    const perf = system.perf.get(sc.server.model).get(c.accelerator);
    const m = new ReplicaQueue(perf, { n: c.maxBatch, inTokens: load.avgInTokens, outTokens: Math.max(load.avgOutTokens, 1) }).metrics(sc.demand / replicas);
    return { itl: m.itl, ttft: m.ttft };
}
function generateCandidates(system) {
    const gen = new CandidateGenerator(system);
    const servers = gen.all();
    return { servers, stats: { sizingCalls: gen.sizingCalls, sizingHits: gen.sizingHits } };
}

;// CONCATENATED MODULE: ./shared/optimize/lazyorder.ts
/**
 * Items in ascending (key, id) order, sorted only as far as they are read: a binary heap built in linear time, from which
 * `at(i)` pops until the i-th item is known. Readers of ejection options (heuristic.ts) mostly stop after a few items, and
 * a full sort per rebuild was the local search's largest cost (1,000×30: ~3,000 sorts of ~150 options). Same order as
 * a full sort: (key, id) is a total order.
 */
class LazyOrder {
    key;
    id;
    heap = [];
    size;
    order = [];
    /** item i: `key[i]` (finite), `id[i]` */
    constructor(key, id) {
        this.key = key;
        this.id = id;
        for (let i = 0; i < key.length; i++)
            this.heap.push(i);
        this.size = key.length;
        for (let i = (this.size >> 1) - 1; i >= 0; i--)
            this.down(i);
    }
    /** the item at position i of the order, or -1 past the end */
    at(i) {
        while (this.order.length <= i && this.size > 0) {
            const top = this.heap[0];
            this.heap[0] = this.heap[--this.size];
            this.down(0);
            this.order.push(top);
        }
        return i < this.order.length ? this.order[i] : -1;
    }
    less(a, b) {
        const ka = this.key[a];
        const kb = this.key[b];
        return ka < kb || (ka === kb && this.id[a] < this.id[b]);
    }
    down(i) {
        const h = this.heap;
        const item = h[i];
        for (;;) {
            let c = 2 * i + 1;
            if (c >= this.size)
                break;
            if (c + 1 < this.size && this.less(h[c + 1], h[c]))
                c++;
            if (!this.less(h[c], item))
                break;
            h[i] = h[c];
            i = c;
        }
        h[i] = item;
    }
}

;// CONCATENATED MODULE: ./shared/optimize/problem.ts
/** The distinct priorities, highest first, and each server's index among them. */
function priorityLevels(priority) {
    const levels = [...new Set(priority)].sort((a, b) => a - b);
    const index = new Map(levels.map((l, i) => [l, i]));
    return { levels, level: Int32Array.from(priority, (x) => index.get(x)) };
}
/**
 * Builds the problem. Candidates dominated on the same row (no fewer cards and no lower value than another) are dropped:
 * swapping to the dominating one never hurts, so the optimum is unchanged and the search space shrinks.
 */
function buildProblem(servers, capacity, unlimited) {
    const rowIndex = new Map();
    const rowNames = [];
    const rows = [...new Set(servers.flatMap((s) => s.candidates.map((c) => c.row)))].sort();
    for (const r of rows) {
        rowIndex.set(r, rowNames.length);
        rowNames.push(r);
    }
    const start = new Int32Array(servers.length + 1);
    const rowArr = [];
    const cards = [];
    const value = [];
    const local = [];
    servers.forEach((s, i) => {
        start[i] = rowArr.length;
        // candidates are sorted by value: keep one only if it uses fewer cards than every cheaper one on its row
        const minCards = new Map();
        s.candidates.forEach((c, j) => {
            const r = rowIndex.get(c.row);
            const m = minCards.get(r);
            if (m !== undefined && m <= c.cards)
                return;
            minCards.set(r, c.cards);
            rowArr.push(r);
            cards.push(c.cards);
            value.push(c.value);
            local.push(j);
        });
    });
    start[servers.length] = rowArr.length;
    const cap = new Float64Array(rowNames.length);
    rowNames.forEach((r, i) => (cap[i] = unlimited ? Number.POSITIVE_INFINITY : (capacity.get(r) ?? 0)));
    const priority = Int32Array.from(servers.map((s) => s.priority));
    return {
        servers: servers.length,
        priority,
        start,
        row: Int32Array.from(rowArr),
        cards: Float64Array.from(cards),
        value: Float64Array.from(value),
        local: Int32Array.from(local),
        rowNames,
        capacity: cap,
        ...priorityLevels(priority),
    };
}
function score(p, choice) {
    const unserved = [];
    for (let i = 0; i < p.levels.length; i++)
        unserved.push(0);
    let value = 0;
    for (let s = 0; s < p.servers; s++) {
        const c = choice[s];
        if (c >= 0)
            value += p.value[c];
        else
            unserved[p.level[s]]++;
    }
    return { unserved, value };
}
/** Negative when a is better. Values within 1e-9 relative count as equal (summation order differs between methods). */
function compareScores(a, b) {
    for (let i = 0; i < a.unserved.length; i++) {
        const d = a.unserved[i] - b.unserved[i];
        if (d !== 0)
            return d;
    }
    const tol = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
    return Math.abs(a.value - b.value) <= tol ? 0 : a.value - b.value;
}
/** Every server its cheapest candidate (the unconstrained optimum), -1 for servers without one. */
function cheapestChoice(p) {
    return Int32Array.from({ length: p.servers }, (_, s) => (p.start[s] < p.start[s + 1] ? p.start[s] : -1));
}
function rowLoads(p, choice) {
    const load = new Float64Array(p.rowNames.length);
    for (let s = 0; s < p.servers; s++) {
        const c = choice[s];
        if (c >= 0)
            load[p.row[c]] += p.cards[c];
    }
    return load;
}
function isFeasible(p, choice) {
    const load = rowLoads(p, choice);
    return load.every((l, r) => l <= p.capacity[r] + 1e-9);
}

;// CONCATENATED MODULE: ./shared/optimize/heuristic.ts
/**
 * Fast assignment for large fleets: Lagrangian prices on the few capacity rows steer servers away from contended
 * accelerator types, a priority-ordered construction under those prices gives a feasible start, and repair
 * (place, place after moving others away, evict strictly lower priorities) plus local search (cheaper candidate,
 * possibly after moving others away) improve it. Deterministic: no randomness, no clocks; fixed work limits.
 */


const EPS = 1e-9;
/** up to this many servers cached ejection options are reused only while exact (see State.current) */
const EXACT_REUSE_MAX_SERVERS = 3000;
function solveHeuristic(p, opts = {}) {
    const cheapest = cheapestChoice(p);
    const loads = rowLoads(p, cheapest);
    if (loads.every((l, r) => l <= p.capacity[r] + EPS))
        return cheapest; // everyone's cheapest fits: optimal
    let choice = improve(p, priceSearch(p, cheapest, opts.iterations ?? 60), opts.passes ?? 4);
    // serving more at a level beats everything below it: trade one big server for several small ones of its level
    for (let round = 0; round < 4; round++) {
        if (!dropOneForMore(p, choice))
            break;
        choice = improve(p, repair(p, choice), 2);
    }
    return choice;
}
/**
 * Subgradient steps on the capacity prices; every sixth price vector (and the last) seeds constructions, repaired, and
 * the best is kept. Its own function: V8 compiles the loop while it runs (OSR), and code after such a loop has no type
 * feedback yet, so what follows it in the same function would be compiled again.
 */
function priceSearch(p, cheapest, iterations) {
    const n = p.servers;
    const R = p.rowNames.length;
    // scale for prices: typical value per card among cheapest choices
    let vs = 0;
    let cs = 0;
    for (let s = 0; s < n; s++) {
        const c = cheapest[s];
        if (c >= 0 && p.cards[c] > 0) {
            vs += Math.abs(p.value[c]);
            cs += p.cards[c];
        }
    }
    const scale = cs > 0 && vs > 0 ? vs / cs : 1;
    const price = new Float64Array(R);
    let best;
    let bestScore;
    // lightest first serves the most while prices still move; hardest first (value) is tried at the final prices, where
    // capacity no longer binds or the search ends (measured on twelve 1,000×30 fleets: the best start always came from
    // lightest first, so its constructions at the intermediate prices were half the heuristic's work for nothing)
    const consider = (final) => {
        const pr = priced(p, price);
        for (const order of final ? ['regret', 'usage'] : ['usage']) {
            const c = repair(p, construct(p, pr, order));
            const sc = score(p, c);
            if (!bestScore || compareScores(sc, bestScore) < 0) {
                best = c;
                bestScore = sc;
            }
        }
    };
    const relaxed = new Int32Array(n);
    for (let t = 0; t < iterations; t++) {
        // relaxed choice: every server its cheapest candidate at current prices
        const load = new Float64Array(R);
        for (let s = 0; s < n; s++) {
            let bc = -1;
            let bv = Infinity;
            for (let c = p.start[s]; c < p.start[s + 1]; c++) {
                const v = p.value[c] + price[p.row[c]] * p.cards[c];
                if (v < bv - EPS) {
                    bv = v;
                    bc = c;
                }
            }
            relaxed[s] = bc;
            if (bc >= 0)
                load[p.row[bc]] += p.cards[bc];
        }
        let over = false;
        for (let r = 0; r < R; r++)
            if (load[r] > p.capacity[r] + EPS)
                over = true;
        const final = !over || t === iterations - 1;
        if (t % 6 === 0 || final)
            consider(final);
        if (!over)
            break;
        const step = (2 * scale) / (1 + 0.15 * t);
        for (let r = 0; r < R; r++) {
            const cap = p.capacity[r];
            const excess = (load[r] - cap) / Math.max(cap, 1);
            price[r] = Math.max(0, price[r] + step * Math.max(Math.min(excess, 4), -1));
        }
    }
    return best;
}
function priced(p, price) {
    const n = p.servers;
    const pv = new Float64Array(p.row.length);
    for (let c = 0; c < pv.length; c++)
        pv[c] = p.value[c] + price[p.row[c]] * p.cards[c];
    const pref = new Int32Array(p.row.length);
    const regret = new Float64Array(n);
    const usage = new Float64Array(n);
    for (let s = 0; s < n; s++) {
        const a = p.start[s];
        const b = p.start[s + 1];
        // insertion sort by (priced value, index): a handful of candidates per server
        for (let c = a; c < b; c++) {
            let i = c;
            while (i > a && pv[pref[i - 1]] > pv[c]) {
                pref[i] = pref[i - 1];
                i--;
            }
            pref[i] = c;
        }
        regret[s] = b - a >= 2 ? pv[pref[a + 1]] - pv[pref[a]] : b - a === 1 ? 1e300 : -1;
        let u = Infinity;
        for (let c = a; c < b; c++)
            u = Math.min(u, ((price[p.row[c]] + 1e-6) * p.cards[c]) / Math.max(p.capacity[p.row[c]], 1));
        usage[s] = u;
    }
    return { pref, regret, usage };
}
/**
 * Priority order, then either hardest first (largest price-regret: good for value) or lightest first (least priced
 * capacity: serves the most servers when capacity is short); each server its best priced candidate that still fits.
 */
function construct(p, { pref, regret, usage }, by) {
    const n = p.servers;
    // one comparator per order: each stays monomorphic when the other runs only at the end
    const order = Array.from({ length: n }, (_, i) => i).sort(by === 'regret'
        ? (a, b) => p.priority[a] - p.priority[b] || regret[b] - regret[a] || a - b
        : (a, b) => p.priority[a] - p.priority[b] || usage[a] - usage[b] || regret[b] - regret[a] || a - b);
    const free = Float64Array.from(p.capacity);
    const choice = new Int32Array(n).fill(-1);
    for (const s of order) {
        for (let i = p.start[s]; i < p.start[s + 1]; i++) {
            const c = pref[i];
            const r = p.row[c];
            if (p.cards[c] <= free[r] + EPS) {
                choice[s] = c;
                free[r] -= p.cards[c];
                break;
            }
        }
    }
    return choice;
}
const NOT_YET = [];
/** Shared mutable state of repair and local search (exported for its cache tests). */
class State {
    p;
    choice;
    free;
    /** servers per row, kept up to date by set() (every consumer sorts with an index tie-break: order-independent) */
    rowMembers;
    /** per row: changes of its members (bumped by set), the key of the per-row caches */
    rowChanges;
    /** per row: its members by index and, once asked for, as victims (NOT_YET until then: an array from the start keeps the field's type) */
    memberCache = new Map();
    ejectionCache = new Map();
    /** ejection's scratch: cards its moves take per target row */
    used;
    /** bumped on every change of free capacity */
    version = 0;
    /**
     * per row: the version at which an ejection from it last failed, and the least need that failed then — asking again
     * for as much or more before anything changes fails again (contended 10,000×60: 5 of 6 scans failed, ~500 options each)
     */
    failedAt;
    failedNeed;
    constructor(p, choice) {
        this.p = p;
        this.choice = choice;
        this.free = Float64Array.from(p.capacity);
        this.rowChanges = new Uint32Array(p.rowNames.length);
        this.used = new Float64Array(p.rowNames.length);
        this.failedAt = new Float64Array(p.rowNames.length).fill(-1);
        this.failedNeed = new Float64Array(p.rowNames.length);
        this.rowMembers = p.rowNames.map(() => new Set());
        for (let s = 0; s < p.servers; s++) {
            const c = choice[s];
            if (c < 0)
                continue;
            this.free[p.row[c]] -= p.cards[c];
            this.rowMembers[p.row[c]].add(s);
        }
    }
    set(s, c) {
        this.version++;
        const old = this.choice[s];
        if (old >= 0) {
            this.free[this.p.row[old]] += this.p.cards[old];
            this.rowMembers[this.p.row[old]].delete(s);
            this.rowChanges[this.p.row[old]]++;
        }
        if (c >= 0) {
            this.free[this.p.row[c]] -= this.p.cards[c];
            this.rowMembers[this.p.row[c]].add(s);
            this.rowChanges[this.p.row[c]]++;
        }
        this.choice[s] = c;
    }
    /** Servers on row r by index (shared: callers must not change it). */
    members(r) {
        return this.memberEntry(r).list;
    }
    memberEntry(r) {
        let m = this.memberCache.get(r);
        if (!m || m.changes !== this.rowChanges[r])
            this.memberCache.set(r, (m = { changes: this.rowChanges[r], list: [...this.rowMembers[r]].sort((a, b) => a - b), victims: NOT_YET }));
        return m;
    }
    /** Servers on row r, lowest priority first, then most cards, then index. */
    victims(r) {
        const p = this.p;
        const m = this.memberEntry(r);
        if (m.victims === NOT_YET)
            m.victims = m.list.slice().sort((a, b) => p.priority[b] - p.priority[a] || p.cards[this.choice[b]] - p.cards[this.choice[a]] || a - b);
        return m.victims;
    }
    /**
     * Whether row r's cached ejection options are what a rebuild would give now. Up to 3,000 servers exactly (measured:
     * stale options cost a few servers there): r's members unchanged, and every candidate the options were built from
     * still fits, or still does not, in the free capacity of its row; above, for 64 changes (a rebuild per change made
     * 10,000 servers take seconds). Exact reuse spares most rebuilds of the local search, which frees and takes back
     * one server's cards for every server it tries.
     */
    current(r, o) {
        if (this.p.servers > EXACT_REUSE_MAX_SERVERS)
            return this.version - o.version <= 64;
        if (o.rowChanges !== this.rowChanges[r])
            return false;
        for (let q = 0; q < this.free.length; q++) {
            const room = this.free[q] + EPS;
            if (o.fitting[q] > room || o.failing[q] <= room)
                return false;
        }
        return true;
    }
    /**
     * Moves of other servers off row r (each to its cheapest alternative that fits elsewhere) freeing at least `need`
     * cards at least extra value; `exclude` is the server that wants the room. Returns undefined if impossible.
     */
    ejection(r, need, exclude) {
        const p = this.p;
        // the memo is for askers not on r: the scan is the same for all of them (one on r skips its own option, which can
        // change which later moves fit, so its answer differs either way)
        const own = exclude >= 0 && this.choice[exclude] >= 0 && p.row[this.choice[exclude]] === r;
        if (!own && this.failedAt[r] === this.version && need >= this.failedNeed[r])
            return undefined;
        let cached = this.ejectionCache.get(r);
        // stale options (large fleets) are re-checked when used (still on r, target still fits), so they can miss a newer
        // option but never propose an infeasible move
        if (!cached || !this.current(r, cached)) {
            // plain arrays: typed ones cost more to allocate than to fill at these sizes (one rebuild per few changes)
            const servers = [];
            const from = [];
            const to = [];
            const delta = [];
            const freed = [];
            const key = [];
            // per row: the most cards of a candidate that fitted, the fewest of one that did not
            const fitting = new Array(this.free.length).fill(0);
            const failing = new Array(this.free.length).fill(Infinity);
            let total = 0;
            // candidates are sorted by value: the first that fits is the cheapest move and the scan stops there; only the
            // cheaper ones' failing to fit and its fitting decide it, so only those are recorded (fewer records: the options
            // stay current longer, and a rebuild reads ~1/3 of the candidates)
            for (const t of this.members(r)) {
                const cur = this.choice[t];
                let bc = -1;
                let bd = Infinity;
                for (let c = p.start[t]; c < p.start[t + 1]; c++) {
                    const rr = p.row[c];
                    if (rr === r)
                        continue;
                    const k = p.cards[c];
                    if (k > this.free[rr] + EPS) {
                        failing[rr] = Math.min(failing[rr], k);
                        continue;
                    }
                    fitting[rr] = Math.max(fitting[rr], k);
                    bd = p.value[c] - p.value[cur];
                    bc = c;
                    break;
                }
                if (bc < 0)
                    continue;
                servers.push(t);
                from.push(cur);
                to.push(bc);
                delta.push(bd);
                freed.push(p.cards[cur]);
                total += p.cards[cur];
                // cheapest value per freed card first
                key.push(bd / Math.max(p.cards[cur], EPS));
            }
            // one shape for every entry (no spread, no late property): the code reading them stays optimised
            cached = { version: this.version, rowChanges: this.rowChanges[r], fitting, failing, s: servers, from, to, delta, freed, total, order: new LazyOrder(key, servers) };
            this.ejectionCache.set(r, cached);
        }
        const o = cached;
        // hopeless (most calls of repair for servers that stay unserved): spares reading, hence sorting, every option
        if (o.total < need - EPS)
            return undefined;
        // cards taken per target row by the moves so far (reset below)
        const used = this.used;
        const moves = [];
        let freed = 0;
        let delta = 0;
        for (let i = 0, j = o.order.at(0); j >= 0 && freed < need - EPS; j = o.order.at(++i)) {
            const t = o.s[j];
            if (t === exclude || this.choice[t] !== o.from[j])
                continue;
            const to = o.to[j];
            const rr = p.row[to];
            if (p.cards[to] + used[rr] > this.free[rr] + EPS)
                continue;
            used[rr] += p.cards[to];
            moves.push({ server: t, to, delta: o.delta[j] });
            freed += o.freed[j];
            delta += o.delta[j];
        }
        for (const m of moves)
            used[p.row[m.to]] = 0;
        if (freed >= need - EPS)
            return { moves, delta };
        if (!own && (this.failedAt[r] !== this.version || need < this.failedNeed[r])) {
            this.failedAt[r] = this.version;
            this.failedNeed[r] = need;
        }
        return undefined;
    }
}
/** Serves unserved servers where possible: direct placement, placement after moving others, eviction of lower priorities. */
function repair(p, choice) {
    const st = new State(p, choice);
    for (let round = 0; round < 8; round++) {
        const unserved = [];
        for (let s = 0; s < p.servers; s++)
            if (choice[s] < 0 && p.start[s] < p.start[s + 1])
                unserved.push(s);
        if (!unserved.length)
            break;
        unserved.sort((a, b) => p.priority[a] - p.priority[b] || a - b);
        let changed = false;
        for (const s of unserved) {
            if (choice[s] >= 0)
                continue;
            // direct, else cheapest placement after moving others away
            let plan;
            for (let c = p.start[s]; c < p.start[s + 1]; c++) {
                const r = p.row[c];
                const need = p.cards[c] - st.free[r];
                if (need <= EPS) {
                    if (!plan || p.value[c] < plan.total)
                        plan = { c, moves: [], total: p.value[c] };
                    continue;
                }
                const e = st.ejection(r, need, s);
                if (e && (!plan || p.value[c] + e.delta < plan.total))
                    plan = { c, moves: e.moves, total: p.value[c] + e.delta };
            }
            if (plan) {
                for (const m of plan.moves)
                    st.set(m.server, m.to);
                st.set(s, plan.c);
                changed = true;
                continue;
            }
            // evict strictly lower priorities (lowest first, biggest first): a lexicographic improvement
            let evictPlan;
            for (let c = p.start[s]; c < p.start[s + 1]; c++) {
                const r = p.row[c];
                const need = p.cards[c] - st.free[r];
                const victims = st.victims(r);
                let freed = 0;
                const take = [];
                for (const t of victims) {
                    if (freed >= need - EPS || p.priority[t] <= p.priority[s])
                        break;
                    take.push(t);
                    freed += p.cards[choice[t]];
                }
                if (freed < need - EPS)
                    continue;
                // compare by evictions per level, highest priority first
                const key = p.levels.map((l) => take.filter((t) => p.priority[t] === l).length);
                if (!evictPlan || lexLess(key, evictPlan.key))
                    evictPlan = { c, victims: take, key };
            }
            if (evictPlan) {
                for (const t of evictPlan.victims)
                    st.set(t, -1);
                st.set(s, evictPlan.c);
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return choice;
}
function lexLess(a, b) {
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] < b[i];
    return false;
}
/** Local search on value: each server to a cheaper candidate, directly or after moving others off that row. */
function improve(p, choice, passes) {
    for (let pass = 0; pass < passes; pass++) {
        const st = new State(p, choice);
        let improved = false;
        for (let s = 0; s < p.servers; s++) {
            const cur = choice[s];
            if (cur < 0 || cur === p.start[s])
                continue;
            const r0 = p.row[cur];
            let bestPlan;
            // leaving frees our own cards for the servers we push out
            st.free[r0] += p.cards[cur];
            st.version++;
            for (let c = p.start[s]; c < cur; c++) {
                const gain0 = p.value[cur] - p.value[c];
                if (gain0 <= EPS)
                    continue;
                const r = p.row[c];
                const need = p.cards[c] - st.free[r];
                if (need <= EPS) {
                    if (!bestPlan || gain0 > bestPlan.gain)
                        bestPlan = { c, moves: [], gain: gain0 };
                    continue;
                }
                const e = st.ejection(r, need, s);
                if (e && gain0 - e.delta > EPS && (!bestPlan || gain0 - e.delta > bestPlan.gain))
                    bestPlan = { c, moves: e.moves, gain: gain0 - e.delta };
            }
            st.free[r0] -= p.cards[cur];
            st.version++;
            if (!bestPlan)
                continue;
            // apply: leave first, then the pushed-out servers, then arrive (feasible by construction of the plan)
            st.set(s, -1);
            for (const m of bestPlan.moves)
                st.set(m.server, m.to);
            st.set(s, bestPlan.c);
            improved = true;
        }
        // room freed by moves may now fit unserved servers
        repair(p, choice);
        if (!improved)
            break;
    }
    return choice;
}
/**
 * Same-priority exchange: drop one served server from a row when the room it leaves (plus the row's free cards) fits
 * at least two unserved servers of its priority (smallest first); the dropped one may find room elsewhere later.
 * Every applied exchange serves more servers at that level without touching higher levels: a lexicographic gain.
 */
function dropOneForMore(p, choice) {
    const st = new State(p, choice);
    let changed = false;
    for (const level of p.levels) {
        for (let r = 0; r < p.rowNames.length; r++) {
            // unserved servers of this level with a candidate on r: their smallest such candidate
            const waiting = [];
            for (let s = 0; s < p.servers; s++) {
                if (choice[s] >= 0 || p.priority[s] !== level)
                    continue;
                let bc = -1;
                for (let c = p.start[s]; c < p.start[s + 1]; c++)
                    if (p.row[c] === r && (bc < 0 || p.cards[c] < p.cards[bc]))
                        bc = c;
                if (bc >= 0)
                    waiting.push({ s, c: bc });
            }
            if (waiting.length < 2)
                continue;
            waiting.sort((a, b) => p.cards[a.c] - p.cards[b.c] || p.value[a.c] - p.value[b.c] || a.s - b.s);
            const members = st.members(r).filter((t) => p.priority[t] === level);
            members.sort((a, b) => p.cards[choice[b]] - p.cards[choice[a]] || a - b);
            for (const t of members) {
                const cur = choice[t];
                if (cur < 0 || p.row[cur] !== r)
                    continue;
                let room = st.free[r] + p.cards[cur];
                const fit = [];
                for (const w of waiting) {
                    if (choice[w.s] >= 0)
                        continue;
                    if (p.cards[w.c] <= room + EPS) {
                        fit.push(w);
                        room -= p.cards[w.c];
                    }
                }
                if (fit.length < 2)
                    continue;
                st.set(t, -1);
                for (const w of fit)
                    st.set(w.s, w.c);
                changed = true;
            }
        }
    }
    return changed;
}

;// CONCATENATED MODULE: ./shared/optimize/milp.ts
/**
 * Exact lexicographic assignment with HiGHS (npm `highs`, WebAssembly): one binary per candidate, Σ x ≤ 1 per server,
 * cards ≤ capacity per binding row. Solved level by level — maximise servers served at priority 1, fix that count
 * as a row, then priority 2, …, finally minimise total value — each solve warm-started from the previous solution.
 * Unlike the reference's MILP it keeps priorities and penalties, and an infeasible or timed-out solve is reported.
 */



let highsPromise;
/**
 * Loads HiGHS through its CommonJS build (highs-cjs.cjs). Its ES build starts with `await import("node:module")`, which
 * ncc's webpack turns into a namespace without `createRequire` (the builtin's export is a function, whose properties
 * webpack's interop does not copy), and the wasm webpack emitted for its `new URL(…, import.meta.url)` came out
 * re-encoded as UTF-8: the bundled action could not solve. The CommonJS build reads highs.wasm from its own directory.
 */
async function loadHighs() {
    // V8 re-compiles hot WebAssembly functions with its optimising compiler after a small budget (Node 20: 1.8 M, 22+:
    // 13 M); in a one-shot CLI run that compile work costs more than it saves (HiGHS is large): a larger budget keeps it
    // for solves that run long (measured on Node 20 at 1,000×30 end to end: 2.19/1.40/1.08 s → 1.80/0.92/0.60 s; 10 s
    // exact solves unchanged). V8 reads it when the module is instantiated, so it is set just before.
    if (!highsPromise)
        (0,external_node_v8_.setFlagsFromString)('--wasm-tiering-budget=400000000');
    highsPromise ??= Promise.all(/* import() */[__webpack_require__.e(420), __webpack_require__.e(395)]).then(__webpack_require__.t.bind(__webpack_require__, 67395, 23)).then((m) => m.default({}));
    return highsPromise;
}
async function solveExact(p, opts = {}) {
    const n = p.servers;
    const cols = p.row.length;
    if (cols === 0)
        return { choice: new Int32Array(n).fill(-1), optimal: true, solves: 0 };
    const highs = await loadHighs();
    // rows: one per server with candidates, then capacity rows that can bind (worst-case demand above capacity)
    const worst = new Float64Array(p.rowNames.length);
    for (let s = 0; s < n; s++) {
        const per = new Map();
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            per.set(p.row[c], Math.max(per.get(p.row[c]) ?? 0, p.cards[c]));
        for (const [r, v] of per)
            worst[r] += v;
    }
    const capRows = [];
    for (let r = 0; r < worst.length; r++)
        if (worst[r] > p.capacity[r] + 1e-9)
            capRows.push(r);
    const capRowOf = new Int32Array(p.rowNames.length).fill(-1);
    capRows.forEach((r, i) => (capRowOf[r] = i));
    const serverRow = new Int32Array(n).fill(-1);
    let numRows = 0;
    for (let s = 0; s < n; s++)
        if (p.start[s + 1] > p.start[s])
            serverRow[s] = numRows++;
    const capBase = numRows;
    numRows += capRows.length;
    const levelRowBase = numRows; // one "served at level ≥ k" row per fixed level, added as levels are solved
    // CSC matrix: each column has its server row and (maybe) its capacity row
    const starts = new Int32Array(cols + 1);
    const indices = [];
    const values = [];
    const colServer = new Int32Array(cols);
    for (let s = 0; s < n; s++)
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            colServer[c] = s;
    const build = (fixedLevels) => {
        indices.length = 0;
        values.length = 0;
        for (let c = 0; c < cols; c++) {
            starts[c] = indices.length;
            const s = colServer[c];
            indices.push(serverRow[s]);
            values.push(1);
            const cr = capRowOf[p.row[c]];
            if (cr >= 0 && p.cards[c] > 0) {
                indices.push(capBase + cr);
                values.push(p.cards[c]);
            }
            const li = p.level[s];
            if (li < fixedLevels) {
                indices.push(levelRowBase + li);
                values.push(1);
            }
        }
        starts[cols] = indices.length;
        return { starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) };
    };
    const deadline = Date.now() + (opts.timeLimit ?? 60) * 1000;
    let current;
    if (opts.start) {
        current = new Float64Array(cols);
        for (let s = 0; s < n; s++)
            if (opts.start[s] >= 0)
                current[opts.start[s]] = 1;
    }
    const servedAt = [];
    let optimal = true;
    let solves = 0;
    const countServed = (x, level) => {
        let k = 0;
        for (let c = 0; c < cols; c++)
            if (x[c] > 0.5 && p.priority[colServer[c]] === level)
                k++;
        return k;
    };
    const meetsFloors = (x) => !!x && (opts.levelFloor ?? []).every((f, k) => f === undefined || countServed(x, p.levels[k]) >= f);
    const start = current;
    // a start below a floor may not stand in for a level's solve
    const startUsable = !opts.levelFloor || meetsFloors(start);
    // a level whose servers all fit with everyone at their cheapest needs no solve of its own when capacity is loose,
    // but in general each level is one MILP; the final one minimises value
    for (let li = 0; li <= (opts.countsOnly ? p.levels.length - 1 : p.levels.length); li++) {
        const isValue = li === p.levels.length;
        const colCost = new Float64Array(cols);
        for (let c = 0; c < cols; c++) {
            if (isValue)
                colCost[c] = p.value[c];
            else
                colCost[c] = p.priority[colServer[c]] === p.levels[li] ? -1 : 0;
        }
        const rowLower = new Float64Array(numRows + li).fill(-highs.infinity);
        const rowUpper = new Float64Array(numRows + li);
        for (let r = 0; r < capBase; r++)
            rowUpper[r] = 1;
        capRows.forEach((r, i) => (rowUpper[capBase + i] = p.capacity[r]));
        for (let k = 0; k < li; k++) {
            rowLower[levelRowBase + k] = servedAt[k];
            rowUpper[levelRowBase + k] = highs.infinity;
        }
        const m = build(li);
        const model = {
            numCols: cols,
            numRows: numRows + li,
            colCost,
            colLower: new Float64Array(cols),
            colUpper: new Float64Array(cols).fill(1),
            rowLower,
            rowUpper,
            matrix: { format: 'csc', numRows: numRows + li, numCols: cols, starts: m.starts, indices: m.indices, values: m.values },
            integrality: new Int32Array(cols).fill(highs.constants.variableType.integer),
        };
        // a floor replaces a level's solve only when a later solve (another level's, or the value's) enforces it
        const enforced = !opts.countsOnly || p.levels.some((_, j) => j > li && opts.levelFloor?.[j] === undefined);
        const floor = isValue || !enforced ? undefined : opts.levelFloor?.[li];
        if (floor !== undefined) {
            servedAt.push(floor);
            continue;
        }
        if (!isValue && current) {
            // the start already serves every server of this level that has a candidate: nothing to gain
            let possible = 0;
            for (let s = 0; s < n; s++)
                if (p.priority[s] === p.levels[li] && serverRow[s] >= 0)
                    possible++;
            const got = countServed(current, p.levels[li]);
            if ((got === possible || opts.countsFromStart) && startUsable) {
                servedAt.push(got);
                continue;
            }
        }
        const remaining = (deadline - Date.now()) / 1000;
        if (remaining <= 0 && current) {
            optimal = false;
            break;
        }
        const hm = highs.createModel(model);
        try {
            const t0 = Date.now();
            if (opts.subProblem)
                hm.options.set({ mip_pool_soft_limit: 100, mip_lp_age_limit: 3, ...(isValue ? { mip_allow_restart: false } : {}) });
            // a count objective is integral: a gap below 1 already proves the incumbent optimal
            hm.options.set({ output_flag: false, time_limit: Math.max(remaining, 0.05), mip_rel_gap: isValue ? (opts.valueGap ?? 1e-4) : 0, mip_abs_gap: isValue ? Math.max(opts.valueAbsGap ?? 0, 1e-6) : 0.999 });
            if (current)
                hm.setSolution({ colValue: current });
            const run = hm.run();
            solves++;
            if (process.env.PSML_OPT_DEBUG)
                console.error(`level ${li} ${Date.now() - t0} ms status ${run.modelStatus} nodes ${hm.info.get('mip_node_count')}`);
            const status = run.modelStatus;
            const hasSolution = hm.info.get('primal_solution_status') === 2;
            if (status !== highs.constants.modelStatus.optimal)
                optimal = false;
            if (!hasSolution) {
                if (current)
                    break; // keep the last good solution
                throw new shared_errors/* PsmlError */.bd(`the exact solver found no solution (status ${status})`, { hint: 'raise optimizer.timeLimit or use solver: heuristic' });
            }
            current = Float64Array.from(hm.getSolution().colValue);
            if (!isValue)
                servedAt.push(countServed(current, p.levels[li]));
        }
        finally {
            hm.dispose();
        }
    }
    if (opts.levelFloor && !meetsFloors(current)) {
        // a floor no solve enforced, or an infeasible one: hand back the start
        optimal = false;
        current = start;
    }
    const choice = new Int32Array(n).fill(-1);
    if (current)
        for (let c = 0; c < cols; c++)
            if (current[c] > 0.5)
                choice[colServer[c]] = c;
    // guard against tolerance artefacts: never hand back an over-capacity answer
    const load = rowLoads(p, choice);
    if (!load.every((l, r) => l <= p.capacity[r] + 1e-6))
        throw new Error('exact solver returned an over-capacity assignment');
    return { choice, optimal, solves };
}

;// CONCATENATED MODULE: ./shared/optimize/gubsimplex.ts
/**
 * The assignment LP by the primal simplex method with generalized upper bounding (Dantzig & Van Slyke): every server's
 * "Σx ≤ 1" row is kept out of the basis matrix (one basic "key" column per server carries it), so the matrix that is
 * factorised has one row per coupling constraint — capacity rows, level floors, a value cap: ~15 — instead of one per
 * server too (1,000+). With so few rows the basis is inverted afresh each pivot (no update drift) and a pivot costs
 * a pricing pass over the columns. Why not HiGHS for these: it carries the 1,000 server rows in its factorisation,
 * needs ~40 ms to instantiate its WebAssembly and another ~25 ms per model build in a one-shot run.
 *
 * Model: min Σ cost·x; per server t: Σ_{j∈t} x_j ≤ 1 (an implicit "unserved" column of cost 0 makes it an equality);
 * per capacity row r: Σ weight_j·x_j ≤ capacity_r over the columns on r; per level l with a floor: Σ x_j over its servers
 * ≥ floor_l; optionally Σ capCoef_j·x_j ≤ capRhs. x ≥ 0 (x ≤ 1 follows). Banned columns stay at 0.
 * Deterministic: Dantzig pricing (partial above PARTIAL_PRICING_COLUMNS) in a fixed scan order, ties to the first
 * seen; Bland's rule after a run of degenerate pivots (no cycling). Checked against HiGHS on random LPs
 * (test/optimize/gubsimplex.test.ts).
 */
const PIVOT_TOL = 1e-9;
const FEAS_TOL = 1e-9;
/** reduced costs below −OPT_TOL × the largest |cost| improve (values in cents reach 1e5: rounding must not pivot) */
const OPT_TOL = 1e-11;
/**
 * Partial pricing above this many columns (10,000 servers × 60 types: 150,000, where a full scan costs ~0.7 ms a pivot:
 * 1.4 s per LP, 0.1 s with partial pricing and about as many pivots); below, full Dantzig pricing (at 1,000 servers
 * partial pricing saved little and changed the dives' outcomes for the worse on 24 fleets).
 */
const PARTIAL_PRICING_COLUMNS = 20_000;
/** columns a partial pricing scan sees at least (when one of them improves): 4,096–16,384 measured alike */
const PRICE_CHUNK = 8192;
/** degenerate pivots in a row before Bland's rule takes over (until the objective moves again) */
const BLAND_AFTER = 50;
/**
 * Solves from `start`: a warm basis (used when its rows match and it satisfies them) or an integral choice (column
 * per set, or -1; rows it violates get artificial variables). Phase 1 drives the variables held at 0 (artificial,
 * banned, a must-serve set's unserved column) out; phase 2 keeps them at 0. A dive bans columns and warm-starts
 * from the last basis, so each LP starts at the last vertex.
 */
function solveGub(m, start, opts = {}) {
    const chunk = m.row.length > (opts.partialPricingColumns ?? PARTIAL_PRICING_COLUMNS) ? (opts.priceChunk ?? PRICE_CHUNK) : Infinity;
    return new GubSimplex(m, chunk).run(start, opts.maxIterations ?? 50_000);
}
class GubSimplex {
    m;
    chunk;
    n;
    cols;
    /** coupling rows: R capacity rows, then the levels with a floor, then the cap */
    R;
    mRows;
    levelRow;
    capRow;
    rhs;
    /** +1 for ≤ rows (slack +1), −1 for ≥ rows (surplus) */
    sign;
    setOf;
    // variables: real columns 0..cols-1, unserved cols+t, slack of row i: cols+n+i, artificial of row i: cols+n+m+i
    key;
    basic;
    inBasis;
    D;
    Dinv;
    xB;
    keyValue;
    /** Σ of the key columns' coupling coefficients */
    keySum;
    /** per basis position: the set whose key value it lowered in the last values() (-1: none) */
    fracSet;
    pi;
    alpha;
    colVec;
    /** cost per variable in the current phase (phase 1: 1 per variable held at 0, 0 elsewhere) */
    varCost;
    phase2Cost;
    /** per variable: 1 = held at 0 (artificials, banned columns, must-serve sets' unserved columns) */
    held;
    capCoef;
    /** per set: the key's rate in the current direction, and the sets touched */
    rate;
    touched;
    /** per row: the sign of its artificial's column (chosen so that it starts non-negative) */
    artSign;
    optTol;
    phase1 = false;
    /** the set where the next partial pricing scan starts */
    cursor = 0;
    constructor(m, 
    /** columns a pricing scan sees at least (Infinity: full pricing) */
    chunk) {
        this.m = m;
        this.chunk = chunk;
        this.n = m.start.length - 1;
        this.cols = m.row.length;
        this.R = m.capacity.length;
        const L = m.levelLower.length;
        this.levelRow = new Int32Array(L).fill(-1);
        let rows = this.R;
        for (let l = 0; l < L; l++)
            if (m.levelLower[l] !== undefined)
                this.levelRow[l] = rows++;
        this.capRow = m.cap ? rows++ : -1;
        this.mRows = rows;
        this.rhs = new Float64Array(rows);
        this.sign = new Float64Array(rows).fill(1);
        for (let r = 0; r < this.R; r++)
            this.rhs[r] = m.capacity[r];
        for (let l = 0; l < L; l++) {
            const i = this.levelRow[l];
            if (i >= 0) {
                this.rhs[i] = m.levelLower[l];
                this.sign[i] = -1;
            }
        }
        if (m.cap)
            this.rhs[this.capRow] = m.cap.rhs;
        this.setOf = new Int32Array(this.cols);
        for (let t = 0; t < this.n; t++)
            this.setOf.fill(t, m.start[t], m.start[t + 1]);
        const vars = this.cols + this.n + 2 * rows;
        this.key = new Int32Array(this.n);
        this.basic = new Int32Array(rows);
        this.inBasis = new Uint8Array(vars);
        this.D = new Float64Array(rows * rows);
        this.Dinv = new Float64Array(rows * rows);
        this.xB = new Float64Array(rows);
        this.keyValue = new Float64Array(this.n).fill(1);
        this.keySum = new Float64Array(rows);
        this.fracSet = new Int32Array(rows).fill(-1);
        this.pi = new Float64Array(rows);
        this.alpha = new Float64Array(rows);
        this.colVec = new Float64Array(rows);
        this.phase2Cost = new Float64Array(vars);
        this.phase2Cost.set(m.cost);
        this.varCost = this.phase2Cost;
        this.held = new Uint8Array(vars);
        this.held.fill(1, this.cols + this.n + rows);
        if (m.banned)
            for (let j = 0; j < this.cols; j++)
                if (m.banned[j])
                    this.held[j] = 1;
        if (m.serve)
            for (let t = 0; t < this.n; t++)
                if (m.serve[t])
                    this.held[this.cols + t] = 1;
        this.capCoef = m.cap?.coef ?? new Float64Array(this.cols);
        this.rate = new Float64Array(this.n);
        this.touched = new Int32Array(rows + 1);
        this.artSign = new Float64Array(rows).fill(1);
        let scale = 1;
        for (let j = 0; j < this.cols; j++)
            scale = Math.max(scale, Math.abs(m.cost[j]));
        this.optTol = OPT_TOL * scale;
    }
    setPhase1(on) {
        this.phase1 = on;
        this.varCost = on ? Float64Array.from(this.held) : this.phase2Cost;
    }
    signature() {
        return `${this.R}|${this.levelRow.join(',')}|${this.capRow}`;
    }
    /** adds variable v's coupling column × f into out */
    addColumn(v, f, out) {
        const { cols, n, mRows } = this;
        if (v < cols) {
            out[this.m.row[v]] += f * this.m.weight[v];
            const lr = this.levelRow[this.m.level[this.setOf[v]]];
            if (lr >= 0)
                out[lr] += f;
            if (this.capRow >= 0)
                out[this.capRow] += f * this.capCoef[v];
        }
        else if (v < cols + n) {
            // unserved: no coupling coefficients
        }
        else if (v < cols + n + mRows) {
            const i = v - cols - n;
            out[i] += f * this.sign[i];
        }
        else {
            const i = v - cols - n - mRows;
            out[i] += f * this.artSign[i];
        }
    }
    setOfVar(v) {
        if (v < this.cols)
            return this.setOf[v];
        if (v < this.cols + this.n)
            return v - this.cols;
        return -1;
    }
    /** D: column p is basic[p]'s coupling column minus its set's key column; inverted by Gauss–Jordan */
    factor() {
        const { mRows: M, D, Dinv, colVec } = this;
        D.fill(0);
        for (let p = 0; p < M; p++) {
            const v = this.basic[p];
            colVec.fill(0);
            this.addColumn(v, 1, colVec);
            const t = this.setOfVar(v);
            if (t >= 0)
                this.addColumn(this.key[t], -1, colVec);
            for (let i = 0; i < M; i++)
                D[i * M + p] = colVec[i];
        }
        Dinv.fill(0);
        for (let i = 0; i < M; i++)
            Dinv[i * M + i] = 1;
        for (let c = 0; c < M; c++) {
            let piv = c;
            for (let r = c + 1; r < M; r++)
                if (Math.abs(D[r * M + c]) > Math.abs(D[piv * M + c]))
                    piv = r;
            const pv = D[piv * M + c];
            if (Math.abs(pv) < 1e-11)
                return false;
            if (piv !== c) {
                for (let k = 0; k < M; k++) {
                    let tmp = D[c * M + k];
                    D[c * M + k] = D[piv * M + k];
                    D[piv * M + k] = tmp;
                    tmp = Dinv[c * M + k];
                    Dinv[c * M + k] = Dinv[piv * M + k];
                    Dinv[piv * M + k] = tmp;
                }
            }
            const inv = 1 / pv;
            for (let k = 0; k < M; k++) {
                D[c * M + k] *= inv;
                Dinv[c * M + k] *= inv;
            }
            for (let r = 0; r < M; r++) {
                if (r === c)
                    continue;
                const f = D[r * M + c];
                if (f === 0)
                    continue;
                for (let k = 0; k < M; k++) {
                    D[r * M + k] -= f * D[c * M + k];
                    Dinv[r * M + k] -= f * Dinv[c * M + k];
                }
            }
        }
        return true;
    }
    /** sets every key anew and Σ of their coupling columns */
    setKeys(keys) {
        this.key.set(keys);
        this.keySum.fill(0);
        for (let t = 0; t < this.n; t++)
            this.addColumn(this.key[t], 1, this.keySum);
    }
    setKey(t, v) {
        this.addColumn(this.key[t], -1, this.keySum);
        this.key[t] = v;
        this.addColumn(v, 1, this.keySum);
    }
    /** basic values: D·xB = rhs − Σ key columns; keys: 1 − Σ their set's basic columns (only those sets differ from 1) */
    values() {
        const { mRows: M, colVec, Dinv, xB, keyValue } = this;
        for (let i = 0; i < M; i++)
            colVec[i] = this.rhs[i] - this.keySum[i];
        for (let i = 0; i < M; i++) {
            let s = 0;
            for (let k = 0; k < M; k++)
                s += Dinv[i * M + k] * colVec[k];
            xB[i] = Math.abs(s) < 1e-12 ? 0 : s;
        }
        for (let p = 0; p < M; p++) {
            const t = this.fracSet[p];
            if (t >= 0)
                keyValue[t] = 1;
        }
        for (let p = 0; p < M; p++) {
            const t = this.setOfVar(this.basic[p]);
            this.fracSet[p] = t;
            if (t >= 0)
                keyValue[t] -= xB[p];
        }
    }
    /** π = c̃_B·D⁻¹ with c̃ the basic column's cost minus its set's key cost */
    duals() {
        const { mRows: M, Dinv, pi } = this;
        pi.fill(0);
        for (let p = 0; p < M; p++) {
            const v = this.basic[p];
            const t = this.setOfVar(v);
            const c = this.varCost[v] - (t >= 0 ? this.varCost[this.key[t]] : 0);
            if (c === 0)
                continue;
            for (let i = 0; i < M; i++)
                pi[i] += c * Dinv[p * M + i];
        }
    }
    /**
     * The most negative reduced cost among the slacks and the sets scanned (Bland: the first negative one from set 0);
     * -1 when optimal. With partial pricing (`chunk`) the scan starts where the last one stopped and ends once at least
     * `chunk` columns were seen and one of them improves (the whole ring before "optimal").
     */
    price(bland) {
        const { cols, n, mRows, pi, inBasis, varCost, held, capCoef, key } = this;
        const { start, row, weight, level } = this.m;
        const levelRow = this.levelRow;
        const capPi = this.capRow >= 0 ? pi[this.capRow] : 0;
        let best = -1;
        let bestD = -this.optTol;
        for (let i = 0; i < mRows; i++) {
            const v = cols + n + i;
            const d = -pi[i] * this.sign[i];
            if (d < bestD && inBasis[v] === 0) {
                best = v;
                bestD = d;
                if (bland)
                    return best;
            }
        }
        const chunk = this.chunk;
        let t = bland ? 0 : this.cursor;
        let seen = 0;
        for (let scanned = 0; scanned < n; scanned++, t = t + 1 === n ? 0 : t + 1) {
            if (best >= 0 && seen >= chunk)
                break;
            const k = key[t];
            const lr = levelRow[level[t]];
            const levPi = lr >= 0 ? pi[lr] : 0;
            // u_t: the key's cost less its coupling column priced at π
            let u = varCost[k];
            if (k < cols)
                u -= pi[row[k]] * weight[k] + levPi + capPi * capCoef[k];
            const base = u + levPi;
            const end = start[t + 1];
            for (let j = start[t]; j < end; j++) {
                const d = varCost[j] - pi[row[j]] * weight[j] - capPi * capCoef[j] - base;
                if (d < bestD && inBasis[j] === 0 && held[j] === 0) {
                    best = j;
                    bestD = d;
                    if (bland)
                        return best;
                }
            }
            seen += end - start[t] + 1;
            if (-u < bestD && inBasis[cols + t] === 0 && held[cols + t] === 0) {
                best = cols + t;
                bestD = -u;
                if (bland)
                    return best;
            }
        }
        this.cursor = t;
        return best;
    }
    run(start, maxIterations) {
        const { mRows: M, cols, n } = this;
        let warm = false;
        if (start.basis && start.basis.rows === this.signature()) {
            this.setKeys(start.basis.key);
            this.basic.set(start.basis.basic);
            this.artSign.set(start.basis.artSign);
            this.mark();
            if (this.factor()) {
                this.values();
                warm = this.feasible();
            }
        }
        if (!warm) {
            this.setKeys(Int32Array.from({ length: n }, (_, t) => {
                const c = start.choice?.[t] ?? -1;
                return c >= 0 && !this.held[c] ? c : cols + t;
            }));
            // slack basis; a row the keys violate gets an artificial (its column signed so that its value is positive)
            this.artSign.fill(1);
            const resid = Float64Array.from(this.rhs, (r, i) => r - this.keySum[i]);
            for (let i = 0; i < M; i++) {
                if (resid[i] * this.sign[i] >= -FEAS_TOL)
                    this.basic[i] = cols + n + i;
                else {
                    this.artSign[i] = resid[i] >= 0 ? 1 : -1;
                    this.basic[i] = cols + n + M + i;
                }
            }
            this.mark();
            this.factor();
            this.values();
        }
        let iterations = 0;
        if (this.heldValue() > FEAS_TOL) {
            this.setPhase1(true);
            const r = this.iterate(maxIterations);
            iterations += r.iterations;
            this.setPhase1(false);
            if (r.status !== 'optimal')
                return this.result(r.status, iterations);
            if (this.heldValue() > 1e-7)
                return this.result('infeasible', iterations);
        }
        const r = this.iterate(maxIterations - iterations);
        iterations += r.iterations;
        return this.result(r.status, iterations);
    }
    /** Σ of the basic variables held at 0 */
    heldValue() {
        let v = 0;
        for (let p = 0; p < this.mRows; p++)
            if (this.held[this.basic[p]])
                v += Math.max(0, this.xB[p]);
        for (let t = 0; t < this.n; t++)
            if (this.held[this.key[t]])
                v += Math.max(0, this.keyValue[t]);
        return v;
    }
    mark() {
        this.inBasis.fill(0);
        for (let t = 0; t < this.n; t++)
            this.inBasis[this.key[t]] = 1;
        for (let p = 0; p < this.mRows; p++)
            this.inBasis[this.basic[p]] = 1;
    }
    feasible() {
        for (let p = 0; p < this.mRows; p++)
            if (this.xB[p] < -FEAS_TOL)
                return false;
        for (let t = 0; t < this.n; t++)
            if (this.keyValue[t] < -FEAS_TOL)
                return false;
        return true;
    }
    result(status, iterations) {
        const x = new Float64Array(this.cols);
        for (let t = 0; t < this.n; t++)
            if (this.key[t] < this.cols)
                x[this.key[t]] = Math.max(0, this.keyValue[t]);
        for (let p = 0; p < this.mRows; p++)
            if (this.basic[p] < this.cols)
                x[this.basic[p]] = Math.max(0, this.xB[p]);
        let objective = 0;
        for (let j = 0; j < this.cols; j++)
            if (x[j] !== 0)
                objective += this.m.cost[j] * x[j];
        const basis = status === 'limit'
            ? undefined
            : { key: Int32Array.from(this.key), basic: Int32Array.from(this.basic), artSign: Float64Array.from(this.artSign), rows: this.signature() };
        return { status, x, objective, iterations, basis };
    }
    iterate(maxIterations) {
        const { mRows: M, cols, n, alpha, Dinv, colVec, xB } = this;
        const held = this.held;
        let degenerate = 0;
        for (let it = 0; it < maxIterations; it++) {
            this.duals();
            const q = this.price(degenerate >= BLAND_AFTER);
            if (q < 0)
                return { status: 'optimal', iterations: it };
            // direction: α = D⁻¹(a_q − a_key(t_q))
            const tq = this.setOfVar(q);
            colVec.fill(0);
            this.addColumn(q, 1, colVec);
            if (tq >= 0)
                this.addColumn(this.key[tq], -1, colVec);
            for (let i = 0; i < M; i++) {
                let s = 0;
                for (let k = 0; k < M; k++)
                    s += Dinv[i * M + k] * colVec[k];
                alpha[i] = Math.abs(s) < 1e-12 ? 0 : s;
            }
            // ratio test (Harris: the bound relaxed by FEAS_TOL, then the largest pivot among the near-ties)
            let limit = Infinity;
            for (let p = 0; p < M; p++) {
                const a = alpha[p];
                if (held[this.basic[p]] && !this.phase1) {
                    if (Math.abs(a) > PIVOT_TOL)
                        limit = 0;
                }
                else if (a > PIVOT_TOL)
                    limit = Math.min(limit, (xB[p] + FEAS_TOL) / a);
            }
            // key rates: ρ_t = Σ α over set t's basic columns − [t = t_q]
            const { rate, touched } = this;
            let nt = 0;
            if (tq >= 0) {
                rate[tq] = -1;
                touched[nt++] = tq;
            }
            for (let p = 0; p < M; p++) {
                const t = this.setOfVar(this.basic[p]);
                if (t < 0 || alpha[p] === 0)
                    continue;
                let seen = false;
                for (let i = 0; i < nt && !seen; i++)
                    seen = touched[i] === t;
                if (!seen) {
                    rate[t] = 0;
                    touched[nt++] = t;
                }
                rate[t] += alpha[p];
            }
            for (let i = 0; i < nt; i++) {
                const t = touched[i];
                if (held[this.key[t]] && !this.phase1) {
                    if (Math.abs(rate[t]) > PIVOT_TOL)
                        limit = 0;
                }
                else if (rate[t] < -PIVOT_TOL)
                    limit = Math.min(limit, (this.keyValue[t] + FEAS_TOL) / -rate[t]);
            }
            if (limit === Infinity)
                return { status: 'limit', iterations: it };
            // leaving: the largest pivot among those blocking within the limit (Bland under degeneracy: the lowest variable)
            const bland = degenerate >= BLAND_AFTER;
            let leaveP = -1;
            let leaveT = -1;
            let bestPivot = 0;
            let bestVar = Infinity;
            let theta = 0;
            for (let p = 0, e = M + nt; p < e; p++) {
                let pivot;
                let ratio;
                let v;
                if (p < M) {
                    const a = alpha[p];
                    v = this.basic[p];
                    if (held[v] && !this.phase1) {
                        if (Math.abs(a) <= PIVOT_TOL)
                            continue;
                        pivot = Math.abs(a);
                        ratio = 0;
                    }
                    else {
                        if (a <= PIVOT_TOL)
                            continue;
                        pivot = a;
                        ratio = xB[p] / a;
                    }
                }
                else {
                    const t = touched[p - M];
                    v = this.key[t];
                    if (held[v] && !this.phase1) {
                        if (Math.abs(rate[t]) <= PIVOT_TOL)
                            continue;
                        pivot = Math.abs(rate[t]);
                        ratio = 0;
                    }
                    else {
                        if (rate[t] >= -PIVOT_TOL)
                            continue;
                        pivot = -rate[t];
                        ratio = this.keyValue[t] / pivot;
                    }
                }
                if (ratio > limit)
                    continue;
                if (bland ? v < bestVar : pivot > bestPivot) {
                    bestPivot = pivot;
                    bestVar = v;
                    leaveP = p < M ? p : -1;
                    leaveT = p < M ? -1 : touched[p - M];
                    theta = Math.max(0, ratio);
                }
            }
            degenerate = theta <= FEAS_TOL ? degenerate + 1 : 0;
            // pivot
            this.inBasis[q] = 1;
            if (leaveP >= 0) {
                this.inBasis[this.basic[leaveP]] = 0;
                this.basic[leaveP] = q;
            }
            else {
                const t = leaveT;
                this.inBasis[this.key[t]] = 0;
                // the set's basic column with the largest value becomes its key; the entering variable takes its place
                let p0 = -1;
                for (let p = 0; p < M; p++)
                    if (this.setOfVar(this.basic[p]) === t && (p0 < 0 || xB[p] > xB[p0]))
                        p0 = p;
                if (p0 >= 0) {
                    this.setKey(t, this.basic[p0]);
                    this.basic[p0] = q;
                }
                else
                    this.setKey(t, q); // only when q is in set t itself
            }
            if (!this.factor())
                return { status: 'limit', iterations: it + 1 };
            this.values();
        }
        return { status: 'limit', iterations: maxIterations };
    }
}

;// CONCATENATED MODULE: ./shared/optimize/polish.ts
/**
 * Exact re-optimisation of the contested part of a heuristic assignment: everyone else keeps their choice, and the
 * servers that compete for the full rows — the unserved that have candidates, and the served ones on those rows that
 * could move — are re-assigned by the lexicographic MILP (milp.ts) within the residual capacity and a time limit,
 * warm-started from the heuristic's choice. The result is never worse than the start: it is only taken if it scores better.
 */


const polish_EPS = 1e-9;
/**
 * Large-neighbourhood search: repeated exact solves of small contested sets (each at most `maxColumns` columns, first
 * around every tight row in turn), each accepted only when it scores better, until the time is used or a full round
 * over the rows finds nothing. Small sets solve to optimality in a fraction of a second where one big set would not.
 */
async function polish(p, start, o) {
    const deadline = Date.now() + o.timeLimit * 1000;
    const maxColumns = o.maxColumns ?? 400;
    let choice = start;
    let improved = false;
    let optimal = true;
    let contested = 0;
    for (let round = 0; round < 20; round++) {
        let gained = false;
        for (let focus = -1; focus < p.rowNames.length; focus++) {
            const left = (deadline - Date.now()) / 1000;
            if (left <= 0.02)
                return { choice, contested, improved, optimal: false };
            // first all contested servers together (bigger set, more time), then around each tight row
            const r = await polishOnce(p, choice, { timeLimit: focus < 0 ? left / 2 : Math.min(left, 0.5), maxColumns: focus < 0 ? 4 * maxColumns : maxColumns, focus });
            if (r.contested < 2)
                continue;
            contested = Math.max(contested, r.contested);
            optimal &&= r.optimal;
            if (r.improved) {
                choice = r.choice;
                improved = gained = true;
            }
        }
        if (!gained)
            break;
    }
    return { choice, contested, improved, optimal };
}
async function polishOnce(p, start, o) {
    const n = p.servers;
    const R = p.rowNames.length;
    const free = Float64Array.from(p.capacity);
    for (let s = 0; s < n; s++)
        if (start[s] >= 0)
            free[p.row[start[s]]] -= p.cards[start[s]];
    // tight rows: some unserved server has a candidate there that does not fit
    const tight = new Uint8Array(R);
    const unserved = [];
    const touches = (s, r) => {
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            if (p.row[c] === r)
                return true;
        return false;
    };
    for (let s = 0; s < n; s++) {
        if (start[s] >= 0 || p.start[s] === p.start[s + 1])
            continue;
        if (o.focus >= 0 && !touches(s, o.focus))
            continue;
        unserved.push(s);
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            if (p.cards[c] > free[p.row[c]] + polish_EPS)
                tight[p.row[c]] = 1;
    }
    if (unserved.length === 0) {
        // nobody waits: rows are tight where a served server's cheaper candidate does not fit
        for (let s = 0; s < n; s++) {
            const cur = start[s];
            if (cur < 0)
                continue;
            for (let c = p.start[s]; c < cur; c++)
                if (p.value[c] < p.value[cur] - polish_EPS && p.cards[c] > free[p.row[c]] + polish_EPS)
                    tight[p.row[c]] = 1;
        }
    }
    // served servers on tight rows that have somewhere else to go, cheapest move first
    const movable = [];
    for (let s = 0; s < n; s++) {
        const cur = start[s];
        if (cur < 0 || !tight[p.row[cur]])
            continue;
        if (o.focus >= 0 && p.row[cur] !== o.focus && !touches(s, o.focus))
            continue;
        let cost = Infinity;
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            if (p.row[c] !== p.row[cur])
                cost = Math.min(cost, p.value[c] - p.value[cur]);
        movable.push({ s, cost });
    }
    movable.sort((a, b) => a.cost - b.cost || a.s - b.s);
    unserved.sort((a, b) => p.priority[a] - p.priority[b] || a - b);
    const maxColumns = o.maxColumns ?? 400;
    const chosen = [];
    let cols = 0;
    for (const s of [...unserved, ...movable.map((m) => m.s)]) {
        const k = p.start[s + 1] - p.start[s];
        if (cols + k > maxColumns)
            continue;
        chosen.push(s);
        cols += k;
    }
    if (chosen.length < 2)
        return { choice: start, contested: chosen.length, improved: false, optimal: false };
    chosen.sort((a, b) => a - b);
    const { choice, optimal } = await solveSubset(p, chosen, start, o.timeLimit);
    const improved = compareScores(score(p, choice), score(p, start)) < 0;
    return { choice: improved ? choice : start, contested: chosen.length, improved, optimal };
}
/**
 * Exact lexicographic solve of the servers `chosen` (sorted) over all their candidates, everyone else keeping their
 * choice in `start` and its cards; the chosen servers' entries in `start` are the MILP's warm start. Returns the merged
 * assignment (within capacity whenever `start` is). `levelFloor` is in `p.levels` order and counts chosen servers only.
 */
async function solveSubset(p, chosen, start, timeLimit, extra = {}) {
    const n = p.servers;
    // the sub-problem: chosen servers, all their candidates, capacity left by everyone else
    const inSub = new Uint8Array(n);
    for (const s of chosen)
        inSub[s] = 1;
    const capacity = Float64Array.from(p.capacity);
    for (let s = 0; s < n; s++)
        if (!inSub[s] && start[s] >= 0)
            capacity[p.row[start[s]]] -= p.cards[start[s]];
    const subStart = new Int32Array(chosen.length + 1);
    const row = [];
    const cards = [];
    const value = [];
    const global = [];
    const subChoice = new Int32Array(chosen.length).fill(-1);
    chosen.forEach((s, i) => {
        subStart[i] = row.length;
        for (let c = p.start[s]; c < p.start[s + 1]; c++) {
            if (c === start[s])
                subChoice[i] = row.length;
            row.push(p.row[c]);
            cards.push(p.cards[c]);
            value.push(p.value[c]);
            global.push(c);
        }
    });
    subStart[chosen.length] = row.length;
    const priority = Int32Array.from(chosen, (s) => p.priority[s]);
    const sub = {
        servers: chosen.length,
        priority,
        start: subStart,
        row: Int32Array.from(row),
        cards: Float64Array.from(cards),
        value: Float64Array.from(value),
        local: Int32Array.from(global),
        rowNames: p.rowNames,
        capacity: capacity.map((c) => Math.max(c, 0)),
        ...priorityLevels(priority),
    };
    const floor = extra.levelFloor;
    const levelFloor = floor && sub.levels.map((l) => floor[p.levels.indexOf(l)]);
    const exact = await solveExact(sub, { timeLimit, start: subChoice, ...extra, levelFloor });
    const choice = Int32Array.from(start);
    chosen.forEach((s, i) => (choice[s] = exact.choice[i] >= 0 ? global[exact.choice[i]] : -1));
    return { choice, optimal: exact.optimal };
}

;// CONCATENATED MODULE: ./shared/optimize/lpround.ts
/**
 * LP-guided lexicographic rounding: closes the heuristic's gap in served servers per priority at the scale where the
 * exact MILP takes 10+ s (1,000 servers: ~8,000 columns, 8 capacity rows; HiGHS MILP 11–17 s, this 0.1–1 s warm).
 *
 * Why it works: the relaxation has one row per server (Σx ≤ 1), R capacity rows and one row per fixed level, so a
 * basic optimal solution splits at most R + levels servers (measured at 1,000×30: 4–7 of 1,000). For each priority
 * level k, highest first, where the incumbent leaves servers of level k unserved that have candidates:
 *  1. LP (the GUB simplex of gubsimplex.ts, crash-started from the incumbent: `Relaxation`): max served at k, served at
 *     each level j < k ≥ the incumbent's count (lower levels cost nothing: they only take capacity). ⌊LP⌋ bounds the
 *     integer optimum.
 *  2. If the incumbent already reaches ⌊LP⌋, it is proven optimal at k. Otherwise the cheapest count-optimal LP
 *     solution (a value LP with the count row at the LP optimum) guides the rounding: the servers it serves integrally
 *     keep their column, so the rounded answer starts close in value too; the split ones, the LP-unserved ones of
 *     levels ≤ k and the integral ones on the rows those touch (up to 1,500 columns) are re-decided in the capacity left:
 *     first by a count dive (`dive`: LPs of that sub-problem with the count as objective, each LP's integral part
 *     rounded, its largest fractions fixed to 1 for the next; where it misses, two more on the servers where the guide
 *     and the incumbent disagree and on the count LP's own vertex), and where the dives miss ⌊LP⌋ exactly (lexicographic
 *     sub-MILP of 600, then 1,500 columns; levels above k whose count is proven enter as floors, served ≥ count, so one
 *     MILP, not one per level). Measured on 16 fleets (500–2,000 servers, capacity ×0.8–0.9): the dive reaches ⌊LP⌋ on
 *     13, in 15–130 ms where the sub-MILPs took 0.2–0.7 s. ⌊LP⌋ is not always reachable: where both miss it, up to
 *     EXACT_COUNT_MAX_COLUMNS the exact count MILP over every server of levels ≤ k decides (and proves) the count.
 *  3. Every rounding is completed with the heuristic's repair and local search (lower levels placed, values improved)
 *     and taken only if it scores lexicographically better than the incumbent.
 * Then, up to LP_MAX_COLUMNS columns, the value LP (served counts ≥ the incumbent's) gives a lower bound on the
 * value: the value stage is skipped when the incumbent is within VALUE_TARGET_GAP of it; else value dives (count dives
 * whose sub-LP keeps the whole value under the bound + VALUE_TARGET_GAP, so every kept rounding serves as many and
 * costs less) on the value LP's neighbourhood, then on the servers where it and the incumbent disagree; where both leave
 * the value above RINS_GAP, one RINS sub-MILP (count rows fixed from the incumbent, value only, absolute gap) on those
 * servers. A plain value-objective dive rounded to one server short nearly every time; rounding the value LP's split
 * servers exactly and a second RINS round gained nothing on ten fleets.
 * Every LP (relaxation and dives) is the GUB simplex's; HiGHS solves only the sub-MILPs, so the common path never
 * instantiates its WebAssembly. Measured on 24 fleets 1,000×30 (×0.8–0.9), one process, cold: same served counts on 23,
 * one more server on one (whose count the HiGHS LPs had left unproven); 9.8 s in all instead of 13.5 s (RINS at 1 %,
 * not 0.5 %: value gaps of the fleets the dives finish up to 0.9 % instead of 0.5 %; the two extra count dives: 12.3 →
 * 9.8 s, fewer sub-MILPs).
 * Deterministic: simplex and the small MILPs are solved to optimality (their time limit is a guard that is not reached
 * at these sizes), dives are bounded by a count of LPs, and the order of everything is by index.
 */




/**
 * Above this many columns the value and count LPs are skipped. With the GUB simplex (partial pricing above 20,000
 * columns) 10,000×60 (150,000 columns) takes ~0.1 s per LP: the value LP proves the heuristic within 0.03 % on the
 * uncontended bench fleet; at capacity ×0.7 the count stage serves 30 more servers (53 unserved instead of 83) in
 * ~2.5 s. HiGHS took 4 s for that value LP and up to 30 s for a cold count LP.
 */
const LP_MAX_COLUMNS = 400_000;
/**
 * Up to this many columns of levels ≤ k, a level whose count the rounding leaves below ⌊LP⌋ gets the exact count MILP
 * (the LP bound is not always reached by any assignment: 500 servers, 3,900 columns: 1.5–3 s, one server more than
 * the rounding on one fleet of two, the other's count proven).
 */
const EXACT_COUNT_MAX_COLUMNS = 5000;
/** Columns of the exact sub-problem: first try, then the widened one. */
const SUB_COLUMNS = [600, 1500];
/** columns of the RINS value sub-MILP */
const VALUE_SUB_COLUMNS = 800;
/** columns of a dive's sub-problem, and the most LPs one dive solves */
const DIVE_COLUMNS = 1500;
const DIVE_MAX_SOLVES = 20;
/**
 * A count dive fixes every fractional column at least this large at once (one LP per batch, not per column). Measured
 * on 16 fleets (500–2,000 servers, capacity ×0.8–0.9): 0.7 reaches ⌊LP⌋ on 13, in 840 ms in all; 0.5: 11, 960 ms;
 * 0.9: 12, 1.3 s; one column at a time: 10, 1.2 s.
 */
const COUNT_DIVE_BATCH = 0.7;
/**
 * Weight of value (scaled to the largest |value|) against one server in a count dive's objective: a tie-break that
 * keeps the rounding cheap without trading a served server for value (a dive LP serving fewer than ⌊LP⌋ is rejected).
 */
const DIVE_VALUE_WEIGHT = 0.01;
/**
 * The value stage stops once the value is within this share of the LP bound (the promise is 1 % of the optimum);
 * the RINS sub-MILP stops at this share of the whole problem's value.
 */
const VALUE_TARGET_GAP = 0.005;
/**
 * RINS (a HiGHS sub-MILP, 0.2–1.4 s at 1,000 servers) runs only when the dives leave the value above this share of the
 * LP bound: the promise (PROVEN_VALUE_GAP), not the dives' target.
 */
const RINS_GAP = 0.01;
const VALUE_SUB_GAP = 0.002;
const SUB_TIME_LIMIT = 20;
const lpround_EPS = 1e-6;
const dbg = (m) => {
    if (process.env.PSML_OPT_DEBUG)
        console.error(m);
};
async function lpRound(p, incumbent) {
    const n = p.servers;
    const L = p.levels.length;
    // servers per level that have a candidate (`possible`) and in all (unserved counts include those without one)
    const possible = p.levels.map(() => 0);
    const total = p.levels.map(() => 0);
    for (let s = 0; s < n; s++) {
        total[p.level[s]]++;
        if (p.start[s + 1] > p.start[s])
            possible[p.level[s]]++;
    }
    let best = Int32Array.from(incumbent);
    let bestScore = score(p, best);
    const served = (sc) => sc.unserved.map((u, k) => total[k] - u);
    const bounds = p.levels.map(() => undefined);
    let countsProven = true;
    /**
     * Completes a rounding (unserved placed where they fit, then values improved) and keeps it if lexicographically
     * better; true then. `worth` skips the local search (most of the cost) for repaired roundings that cannot be kept.
     */
    const consider = (c, worth) => {
        const repaired = repair(p, Int32Array.from(c));
        if (worth && !worth(score(p, repaired)))
            return false;
        const full = improve(p, repaired, 2);
        const sc = score(p, full);
        if (compareScores(sc, bestScore) >= 0)
            return false;
        best = full;
        bestScore = sc;
        return true;
    };
    const colServer = new Int32Array(p.row.length);
    for (let s = 0; s < n; s++)
        colServer.fill(s, p.start[s], p.start[s + 1]);
    let valueScale = 1;
    for (let c = 0; c < p.row.length; c++)
        valueScale = Math.max(valueScale, Math.abs(p.value[c]));
    /**
     * Count dive at level k on a neighbourhood (`dive`): the count objective (value only as a tie-break) leaves the LP free
     * to move its fractions where they round well; roundings serving `need` at every level are completed and kept when
     * lexicographically better. With `valueCap`, the sub-LP's value (with everyone else's) stays under it: a value dive
     * whose roundings keep the counts.
     */
    const countDive = (k, need, nb, valueCap) => {
        dive(p, {
            ...nb,
            cost: diveCost(p, colServer, k, valueScale),
            lower: need.map((t, j) => (j === k ? undefined : t)),
            atLeast: { level: k, served: need[k] },
            valueCap,
            accept: (c) => consider(c, (sc) => served(sc).every((v, j) => v >= need[j])),
        });
    };
    // crash-started from the heuristic's answer
    const relaxation = new Relaxation(p, incumbent);
    const solveLp = (k, lower, objective) => p.row.length ? relaxation.solve(k, lower, objective) : undefined;
    for (let k = 0; k < L; k++) {
        if (served(bestScore)[k] === possible[k])
            continue;
        let cols = 0;
        for (let s = 0; s < n; s++)
            if (p.level[s] <= k)
                cols += p.start[s + 1] - p.start[s];
        if (cols > LP_MAX_COLUMNS) {
            countsProven = false;
            continue;
        }
        const targets = served(bestScore);
        let t0 = performance.now();
        const lp = solveLp(k, targets.slice(0, k), 'count');
        dbg(`count LP k=${k} cols=${cols} ${(performance.now() - t0).toFixed(0)} ms obj=${lp?.objective} targets=${targets}`);
        if (!lp) {
            countsProven = false;
            continue;
        }
        const bound = Math.floor(-lp.objective + lpround_EPS);
        bounds[k] = bound;
        if (targets[k] >= bound)
            continue;
        const inScope = (s) => p.level[s] <= k;
        // among the count-optimal LP solutions the cheapest: its integral part, kept by the rounding, is then good in value too
        const lex = solveLp(k, [...targets.slice(0, k), -lp.objective - 1e-7], 'value');
        const guide = lex ?? lp;
        t0 = performance.now();
        const need = [...targets.slice(0, k), bound, ...targets.slice(k + 1).fill(0)];
        // dives are cheap (GUB LPs warm-started from the last basis): before the sub-MILPs, two more on other
        // neighbourhoods — where the guide and the incumbent disagree, and the count LP's own vertex
        countDive(k, need, neighbourhood(p, guide.x, inScope, DIVE_COLUMNS));
        if (served(bestScore)[k] < bound)
            countDive(k, need, { base: best, chosen: disagreement(p, guide.x, best, DIVE_COLUMNS) });
        if (served(bestScore)[k] < bound && lex)
            countDive(k, need, neighbourhood(p, lp.x, inScope, DIVE_COLUMNS));
        dbg(`count dive ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound}`);
        const floors = targets.map((t, j) => (j < k && (t === possible[j] || t >= bounds[j]) ? t : undefined));
        for (const width of SUB_COLUMNS) {
            if (served(bestScore)[k] >= bound)
                break;
            t0 = performance.now();
            // counts only (a value solve over this many columns takes seconds): the value stage follows
            consider(await fixAndSolve(p, guide.x, inScope, width, floors));
            dbg(`count rounding ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound}`);
        }
        let exact = false;
        if (served(bestScore)[k] < bound && cols <= EXACT_COUNT_MAX_COLUMNS) {
            // ⌊LP⌋ can be above the integer optimum: the exact count MILP over every server of levels ≤ k settles it
            // (lower levels never constrain higher ones: they are dropped here and placed again by the completion)
            t0 = performance.now();
            const start = Int32Array.from(best);
            const chosen = [];
            for (let s = 0; s < n; s++) {
                if (p.level[s] > k)
                    start[s] = -1;
                else if (p.start[s + 1] > p.start[s])
                    chosen.push(s);
            }
            const r = await solveSubset(p, chosen, start, SUB_TIME_LIMIT, { countsOnly: true, levelFloor: floors });
            consider(r.choice);
            exact = r.optimal;
            dbg(`exact count ${(performance.now() - t0).toFixed(0)} ms -> ${served(bestScore)} bound ${bound} ${exact ? 'proven' : 'not proven'}`);
        }
        if (served(bestScore)[k] < bound && !exact)
            countsProven = false;
    }
    let valueBound;
    let valueStep = 'none';
    if (p.row.length <= LP_MAX_COLUMNS) {
        let t0 = performance.now();
        const lp = solveLp(L - 1, served(bestScore), 'value');
        dbg(`value LP ${(performance.now() - t0).toFixed(0)} ms obj=${lp?.objective} incumbent=${bestScore.value}`);
        if (lp) {
            valueBound = lp.objective;
            if (valueGap(bestScore.value, lp.objective) <= VALUE_TARGET_GAP)
                valueStep = 'skipped';
            else {
                t0 = performance.now();
                // value dives: count dives keeping the served counts under a value cap at the target gap, on the value LP's
                // neighbourhood, then on the servers where it and the incumbent disagree; RINS where both leave it above RINS_GAP
                valueStep = 'dive';
                const need = served(bestScore);
                let k = L - 1;
                while (k > 0 && need[k] === possible[k])
                    k--;
                const cap = lp.objective + VALUE_TARGET_GAP * Math.abs(lp.objective);
                countDive(k, need, neighbourhood(p, lp.x, () => true, DIVE_COLUMNS), cap);
                if (valueGap(bestScore.value, lp.objective) > VALUE_TARGET_GAP)
                    countDive(k, need, { base: best, chosen: disagreement(p, lp.x, best, DIVE_COLUMNS) }, cap);
                dbg(`value dives ${(performance.now() - t0).toFixed(0)} ms -> ${bestScore.value}`);
                if (valueGap(bestScore.value, lp.objective) > RINS_GAP) {
                    t0 = performance.now();
                    valueStep = 'rins';
                    consider(await rins(p, lp.x, best, VALUE_SUB_COLUMNS, VALUE_SUB_GAP * Math.abs(lp.objective)));
                    dbg(`rins ${(performance.now() - t0).toFixed(0)} ms -> ${bestScore.value}`);
                }
            }
        }
    }
    return { choice: best, bounds, served: served(bestScore), countsProven, valueBound, valueStep };
}
/**
 * A count dive's objective per column: −1 per server served at level k, plus value (levels ≤ k) as a tie-break. Its own
 * function: V8 compiles this loop while it runs (OSR), and a caller holding it would be compiled again after it.
 */
function diveCost(p, colServer, k, valueScale) {
    const cost = new Float64Array(p.row.length);
    for (let c = 0; c < cost.length; c++) {
        const l = p.level[colServer[c]];
        cost[c] = (l === k ? -1 : 0) + (l <= k ? (DIVE_VALUE_WEIGHT * p.value[c]) / valueScale : 0);
    }
    return cost;
}
/**
 * Relative gap of a value to its LP lower bound, against the smaller magnitude of the two (values may be negative:
 * savings), so it never understates the gap to the optimum, which lies between them.
 */
function valueGap(value, bound) {
    const sameSign = Math.sign(value) === Math.sign(bound);
    return (value - bound) / Math.max(1, sameSign ? Math.min(Math.abs(value), Math.abs(bound)) : 0);
}
/**
 * Value stage (RINS): servers where the value LP and the incumbent agree keep their column; the others (split, or
 * integral elsewhere) are re-solved exactly, warm-started from the incumbent, so served counts never drop.
 */
async function rins(p, x, incumbent, maxColumns, absGap) {
    const set = disagreement(p, x, incumbent, maxColumns);
    if (set.length < 2)
        return incumbent;
    // the incumbent's counts are kept (≥ per level): only the value is optimised
    return (await solveSubset(p, set, incumbent, SUB_TIME_LIMIT, { countsFromStart: true, subProblem: true, valueGap: 0, valueAbsGap: absGap })).choice;
}
/** Servers where an LP solution and the incumbent disagree (split, or integral elsewhere), most disagreement first, sorted. */
function disagreement(p, x, incumbent, maxColumns) {
    const chosen = [];
    for (let s = 0; s < p.servers; s++) {
        if (p.start[s + 1] === p.start[s])
            continue;
        const cur = incumbent[s];
        if (cur >= 0 && x[cur] > 1 - lpround_EPS)
            continue;
        if (cur < 0) {
            let sum = 0;
            for (let c = p.start[s]; c < p.start[s + 1]; c++)
                sum += x[c];
            if (sum < lpround_EPS)
                continue;
        }
        // most LP disagreement first
        chosen.push({ s, weight: cur >= 0 ? 1 - x[cur] : 1 });
    }
    chosen.sort((a, b) => b.weight - a.weight || a.s - b.s);
    const set = [];
    let cols = 0;
    for (const { s } of chosen) {
        const k = p.start[s + 1] - p.start[s];
        if (cols + k > maxColumns)
            continue;
        set.push(s);
        cols += k;
    }
    return set.sort((a, b) => a - b);
}
/**
 * Servers the LP serves integrally keep that column; the split ones, then the LP-unserved ones that have candidates
 * (highest priority first), then — to widen — integral ones on rows the others touch, are re-solved exactly.
 */
async function fixAndSolve(p, x, inScope, maxColumns, floors) {
    const { base: start, chosen } = neighbourhood(p, x, inScope, maxColumns);
    if (!chosen.length)
        return start;
    // the floors count the whole problem: the fixed servers' share is already served. Infeasible floors hand back the
    // start: re-solving without them could only serve fewer at a proven level, which the caller rejects anyway.
    const levelFloor = floors?.slice();
    if (levelFloor) {
        for (let s = 0; s < p.servers; s++)
            if (start[s] >= 0 && levelFloor[p.level[s]] !== undefined)
                levelFloor[p.level[s]]--;
    }
    return (await solveSubset(p, chosen, start, SUB_TIME_LIMIT, { countsOnly: true, subProblem: true, levelFloor })).choice;
}
/**
 * The part of an LP solution to re-decide: in-scope servers the LP serves integrally keep that column (`base`, every
 * `chosen` server unserved there, so it is feasible); the split ones, the LP-unserved ones and integral ones on the rows
 * those touch are `chosen` (sorted), up to `maxColumns` candidate columns.
 */
function neighbourhood(p, x, inScope, maxColumns) {
    const n = p.servers;
    const fixed = new Int32Array(n).fill(-1);
    const split = [];
    const unserved = [];
    for (let s = 0; s < n; s++) {
        if (!inScope(s) || p.start[s + 1] === p.start[s])
            continue;
        let sum = 0;
        let whole = -1;
        for (let c = p.start[s]; c < p.start[s + 1]; c++) {
            sum += x[c];
            if (x[c] > 1 - lpround_EPS)
                whole = c;
        }
        if (whole >= 0)
            fixed[s] = whole;
        else if (sum > lpround_EPS)
            split.push(s);
        else
            unserved.push(s);
    }
    const joining = unserved.sort((a, b) => p.priority[a] - p.priority[b] || a - b);
    const touched = new Uint8Array(p.rowNames.length);
    for (const s of [...split, ...joining])
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            touched[p.row[c]] = 1;
    // widening: integral servers on touched rows that have another candidate, cheapest move first
    const movable = [];
    for (let s = 0; s < n; s++) {
        const cur = fixed[s];
        if (cur < 0 || !touched[p.row[cur]])
            continue;
        let cost = Infinity;
        for (let c = p.start[s]; c < p.start[s + 1]; c++)
            if (c !== cur)
                cost = Math.min(cost, p.value[c] - p.value[cur]);
        if (cost < Infinity)
            movable.push({ s, cost });
    }
    movable.sort((a, b) => a.cost - b.cost || a.s - b.s);
    const chosen = [];
    let cols = 0;
    for (const s of [...split, ...joining, ...movable.map((m) => m.s)]) {
        const k = p.start[s + 1] - p.start[s];
        if (cols + k > maxColumns)
            continue;
        chosen.push(s);
        cols += k;
    }
    dbg(`neighbourhood split=${split.length} unserved=${unserved.length} movable=${movable.length} chosen=${chosen.length} cols=${cols}`);
    chosen.sort((a, b) => a - b);
    // chosen servers start unserved; the fixed ones' loads never exceed capacity (x ≥ 0 elsewhere)
    const base = Int32Array.from(fixed);
    for (const s of chosen)
        base[s] = -1;
    return { base, chosen };
}
/**
 * LP diving on a sub-problem (the chosen servers, their candidates, the capacity `base` leaves): solve, hand the
 * rounding of the LP's integral part to `accept`, fix the fractional columns of at least COUNT_DIVE_BATCH (else the
 * largest) to 1 and solve again (from the last basis: 5–40 pivots at 1,500 columns); an infeasible LP undoes the
 * latest batch down to its largest column, or flips a single fixed column to 0 (chronological backtracking).
 * Deterministic: ties go to the lowest column, and the work is bounded by DIVE_MAX_SOLVES, not by a clock.
 */
function dive(p, o) {
    const { chosen, base } = o;
    if (chosen.length === 0)
        return;
    const L = p.levels.length;
    const inSub = new Uint8Array(p.servers);
    for (const s of chosen)
        inSub[s] = 1;
    const capacity = Float64Array.from(p.capacity);
    // everyone else's load, served count per level and value
    const outside = new Float64Array(L);
    let outsideValue = 0;
    for (let s = 0; s < p.servers; s++) {
        const c = base[s];
        if (inSub[s] || c < 0)
            continue;
        capacity[p.row[c]] -= p.cards[c];
        outside[p.level[s]]++;
        outsideValue += p.value[c];
    }
    const sub = subModel(p, chosen, o.cost);
    const m = sub.cols.length;
    // a fix is a batch of columns set to 1 (largest first: the rest of their server's columns and "unserved" are banned),
    // or one column set to 0; bans are counted, so undoing one fix leaves the others' in place
    const banned = new Uint8Array(m);
    const serve = new Uint8Array(chosen.length);
    const fixes = [];
    const setFix = (js, one, d) => {
        for (const j of js) {
            if (!one) {
                banned[j] += d;
                continue;
            }
            const i = sub.owner[j];
            serve[i] += d;
            for (let k = sub.model.start[i]; k < sub.model.start[i + 1]; k++)
                if (k !== j)
                    banned[k] += d;
        }
    };
    const model = {
        ...sub.model,
        capacity,
        levelLower: o.lower.map((v, l) => (v === undefined ? undefined : v - outside[l])),
        cap: o.valueCap === undefined ? undefined : { coef: sub.value, rhs: o.valueCap - outsideValue },
        banned,
        serve,
    };
    let basis;
    for (let solves = 0; solves < DIVE_MAX_SOLVES; solves++) {
        // warm-started from the last basis (dual simplex's role in a dive: the next LP starts at the last vertex)
        const r = solveGub(model, { basis, choice: new Int32Array(chosen.length).fill(-1) });
        basis = r.basis;
        let x = r.status === 'optimal' ? r.x : undefined;
        if (x) {
            let served = outside[o.atLeast.level];
            for (let j = 0; j < m; j++)
                if (p.level[chosen[sub.owner[j]]] === o.atLeast.level)
                    served += x[j];
            if (served < o.atLeast.served - lpround_EPS)
                x = undefined;
        }
        if (!x) {
            // backtrack: undo 0-fixes; a batch shrinks to its first (largest) column, a single column flips to 0
            let last;
            while ((last = fixes.pop()) && !last.one)
                setFix(last.cols, false, -1);
            if (!last)
                return;
            setFix(last.cols, true, -1);
            const first = last.cols[0];
            const one = last.cols.length > 1;
            setFix([first], one, 1);
            fixes.push({ cols: [first], one });
            continue;
        }
        const rounding = Int32Array.from(base);
        for (const s of chosen)
            rounding[s] = -1;
        for (let j = 0; j < m; j++)
            if (x[j] > 1 - lpround_EPS)
                rounding[chosen[sub.owner[j]]] = sub.cols[j];
        if (o.accept(rounding))
            return;
        const frac = [];
        for (let j = 0; j < m; j++)
            if (x[j] > lpround_EPS && x[j] < 1 - lpround_EPS)
                frac.push(j);
        if (!frac.length)
            return; // integral: its rounding was the LP itself
        const xs = x;
        frac.sort((a, b) => xs[b] - xs[a] || a - b);
        const batch = frac.filter((j) => xs[j] >= COUNT_DIVE_BATCH);
        const fix = batch.length ? batch : [frac[0]];
        setFix(fix, true, 1);
        fixes.push({ cols: fix, one: true });
    }
}
/** The GUB model's columns over some servers (in order): their candidates (`cols`: the problem's column, `owner`: the index in `servers`), costs and values. */
function subModel(p, servers, cost) {
    const n = servers.length;
    const start = new Int32Array(n + 1);
    let m = 0;
    for (let i = 0; i < n; i++) {
        start[i] = m;
        m += p.start[servers[i] + 1] - p.start[servers[i]];
    }
    start[n] = m;
    const cols = new Int32Array(m);
    const owner = new Int32Array(m);
    const row = new Int32Array(m);
    const weight = new Float64Array(m);
    const subCost = new Float64Array(m);
    const value = new Float64Array(m);
    const level = new Int32Array(n);
    for (let i = 0, j = 0; i < n; i++) {
        const s = servers[i];
        level[i] = p.level[s];
        for (let c = p.start[s]; c < p.start[s + 1]; c++, j++) {
            cols[j] = c;
            owner[j] = i;
            row[j] = p.row[c];
            weight[j] = p.cards[c];
            subCost[j] = cost[c];
            value[j] = p.value[c];
        }
    }
    return { model: { start, row, weight, level, cost: subCost }, cols, owner, value };
}
/**
 * The relaxation over every server: Σx ≤ 1 per server, cards ≤ capacity per row, "served at level l ≥ lower[l]" per
 * level, solved by the GUB simplex (gubsimplex.ts). The first solve starts from the incumbent (an integral feasible
 * point); each next one from the last optimal basis when its rows match and it stays feasible, else from the incumbent.
 * Measured at 1,000×30: count LP 144 pivots (HiGHS: ~1,900 from the same start), the three LPs ~35 ms cold where
 * HiGHS took ~170 ms with its instantiation and model build.
 */
class Relaxation {
    p;
    incumbent;
    basis;
    constructor(p, incumbent) {
        this.p = p;
        this.incumbent = incumbent;
    }
    /**
     * `count`: maximise served at level k; `value`: minimise the value of the servers of levels ≤ k (lower levels cost
     * nothing: they only take what capacity is left). `lower[l]`: served at level l ≥ lower[l], or free when undefined.
     */
    solve(k, lower, objective) {
        const { p } = this;
        const cost = new Float64Array(p.row.length);
        for (let s = 0; s < p.servers; s++) {
            const l = p.level[s];
            for (let c = p.start[s]; c < p.start[s + 1]; c++)
                cost[c] = objective === 'value' ? (l <= k ? p.value[c] : 0) : l === k ? -1 : 0;
        }
        const tr = performance.now();
        const r = solveGub({ start: p.start, row: p.row, weight: p.cards, capacity: p.capacity, level: p.level, levelLower: p.levels.map((_, l) => lower[l]), cost }, { basis: this.basis, choice: this.incumbent });
        dbg(`  LP ${objective} ${(performance.now() - tr).toFixed(0)} ms iterations ${r.iterations}`);
        if (r.status !== 'optimal')
            return undefined;
        this.basis = r.basis;
        return { x: r.x, objective: r.objective };
    }
}

;// CONCATENATED MODULE: ./shared/optimize/saturation.ts
function saturate(policy, servers, unserved, free) {
    if (policy === 'None' || unserved.length === 0)
        return [];
    const perReplica = (c) => c.cards / c.replicas;
    const room = (c) => Math.floor((free.get(c.row) ?? 0) / perReplica(c) + 1e-9);
    // each leftover's candidate: the one with room for the most replicas, cheaper per replica on ties
    const pick = (s) => {
        let best;
        for (const c of servers[s].candidates) {
            if (c.replicas <= 1)
                continue; // one replica would be a full allocation
            const r = Math.min(room(c), c.replicas - 1);
            if (r < 1)
                continue;
            const br = best ? Math.min(room(best), best.replicas - 1) : 0;
            if (!best || r > br || (r === br && c.cost / c.replicas < best.cost / best.replicas))
                best = c;
        }
        return best;
    };
    const order = [...unserved].sort((a, b) => servers[a].priority - servers[b].priority || a - b);
    const granted = new Map();
    const take = (s, c, k) => {
        free.set(c.row, (free.get(c.row) ?? 0) - k * perReplica(c));
        const g = granted.get(s);
        if (g)
            g.replicas += k;
        else
            granted.set(s, { server: s, candidate: c, replicas: k });
    };
    if (policy === 'PriorityExhaustive') {
        for (const s of order) {
            const c = pick(s);
            if (c)
                take(s, c, Math.min(room(c), c.replicas - 1));
        }
    }
    else {
        const tiers = policy === 'RoundRobin' ? [order] : [...new Set(order.map((s) => servers[s].priority))].map((p) => order.filter((s) => servers[s].priority === p));
        for (const tier of tiers) {
            const chosen = new Map();
            for (const s of tier) {
                const c = pick(s);
                if (c)
                    chosen.set(s, c);
            }
            let progress = true;
            while (progress) {
                progress = false;
                for (const s of tier) {
                    const c = chosen.get(s);
                    if (!c)
                        continue;
                    const have = granted.get(s)?.replicas ?? 0;
                    if (have >= c.replicas - 1 || room(c) < 1)
                        continue;
                    take(s, c, 1);
                    progress = true;
                }
            }
        }
    }
    return [...granted.values()].sort((a, b) => a.server - b.server);
}

;// CONCATENATED MODULE: ./shared/optimize/optimizer.ts
/**
 * Allocation: candidates → capacity-aware lexicographic assignment → saturation of leftovers → the reference's
 * solution document plus per-server diffs, totals per accelerator type and reasons for every unserved server.
 */








/**
 * Up to this many candidate columns (~200 servers) `auto` goes on to the exact MILP when LP rounding cannot prove its
 * answer. Measured in a fresh process: exact 0.3–3.6 s at 100 servers but 10 s at 300, where LP rounding took 0.2 s
 * and matched the exact served counts on every fleet tried.
 */
const EXACT_MAX_COLUMNS = 1500;
/**
 * Above EXACT_MAX_COLUMNS and up to this many (~650 servers), when LP rounding proves the served counts but not the
 * value, a value MILP with those counts as floors and PROVEN_VALUE_GAP as its gap proves it: at 300–500 servers the
 * rounding was 1.1–2.2 % above the optimum, this took 0.6–1.3 s more and ended within 0.4 %.
 */
const EXACT_VALUE_MAX_COLUMNS = 5000;
/** The fast method's promise: a value within 1 % of the optimum (the LP bound is below the optimum, so this proves it). */
const PROVEN_VALUE_GAP = 0.01;
const round = (x) => Math.round(x * 1e6) / 1e6;
/** A MILP stopped by its clock: the only way the same input can give another answer elsewhere, so the report says it. */
const timeLimitNote = (seconds) => `stopped at the ${seconds} s time limit, not proven: the answer may differ on a faster or busier machine; --time-limit raises it`;
function capacityRows(system) {
    const m = new Map();
    for (const [type, c] of system.capacity) {
        m.set(type, c.onDemand);
        if (c.spot > 0)
            m.set(spotRow(type), c.spot);
    }
    return m;
}
async function optimize(system, opts = {}) {
    const { servers } = generateCandidates(system);
    const unlimited = system.optimizer.unlimited;
    const problem = buildProblem(servers, capacityRows(system), unlimited);
    const solver = opts.solver ?? system.optimizer.solver;
    const timeLimit = opts.timeLimit ?? system.optimizer.timeLimit;
    let choice;
    let method;
    let optimal = false;
    if (unlimited) {
        choice = solveHeuristic(problem); // with infinite capacity: everyone's cheapest
        method = 'unlimited';
        optimal = true;
    }
    else {
        const cheapest = cheapestChoice(problem);
        // HiGHS compiles its WebAssembly off the main thread: where its MILPs are likely (up to EXACT_VALUE_MAX_COLUMNS),
        // start now so that overlaps the heuristic; above, LP rounding's LPs are the GUB simplex's and HiGHS loads on demand
        const cols = problem.row.length;
        if (solver !== 'heuristic' && (solver === 'exact' || cols <= EXACT_VALUE_MAX_COLUMNS) && !isFeasible(problem, cheapest)) {
            loadHighs().catch(() => undefined);
        }
        const heuristic = solveHeuristic(problem);
        choice = heuristic;
        method = 'heuristic';
        // everyone got their cheapest candidate: nothing can be better
        const trivial = heuristic.every((c, s) => c === cheapest[s]);
        if (trivial)
            optimal = true;
        // auto: LP rounding first; when it proves its answer (every priority's served count optimal, value within
        // PROVEN_VALUE_GAP of the value LP, so of the optimum) it is final; otherwise mid-size problems with proven counts
        // get the value MILP and small ones the exact MILP
        let proven = false;
        let countsProven = false;
        if (!trivial && solver === 'auto') {
            try {
                const r = await lpRound(problem, heuristic);
                if (compareScores(score(problem, r.choice), score(problem, heuristic)) < 0) {
                    choice = r.choice;
                    method = 'heuristic+LP rounding';
                }
                countsProven = r.countsProven;
                const gap = r.valueBound === undefined ? undefined : valueGap(score(problem, choice).value, r.valueBound);
                const pct = (g) => (Math.max(g, 0) * 100).toFixed(2);
                if (r.countsProven && gap !== undefined && gap <= PROVEN_VALUE_GAP) {
                    proven = true;
                    method += ` (served counts proven optimal, value within ${pct(gap)} % of the LP bound)`;
                }
                else if (cols > EXACT_VALUE_MAX_COLUMNS || (cols > EXACT_MAX_COLUMNS && !r.countsProven)) {
                    // no MILP follows at this size: say how far from proven the answer is
                    // r.choice is the answer here (LP rounding keeps the heuristic's when it finds nothing better)
                    const more = r.bounds.flatMap((b, k) => (b !== undefined && b > r.served[k] ? [`${b - r.served[k]} more at priority ${problem.levels[k]}`] : []));
                    const counts = r.countsProven ? 'served counts proven optimal' : `served counts not proven optimal${more.length ? `: the LP bound allows up to ${more.join(', ')}` : ''}`;
                    method += ` (${counts}${gap === undefined ? '' : `; value ${pct(gap)} % above the LP bound`})`;
                }
            }
            catch (e) {
                if (e instanceof shared_errors/* PsmlError */.bd)
                    throw e;
                method = `heuristic (LP solver unavailable: ${e.message.split('\n')[0]})`;
            }
        }
        if (solver === 'auto' && !proven && countsProven && cols > EXACT_MAX_COLUMNS && cols <= EXACT_VALUE_MAX_COLUMNS) {
            try {
                // the counts stay (floors from the start), only the value is searched, to a proven PROVEN_VALUE_GAP
                const exact = await solveExact(problem, { timeLimit, start: choice, countsFromStart: true, valueGap: PROVEN_VALUE_GAP });
                if (compareScores(score(problem, exact.choice), score(problem, choice)) <= 0)
                    choice = exact.choice;
                if (exact.optimal) {
                    proven = true;
                    method += `+exact value MILP (served counts proven optimal, value within ${PROVEN_VALUE_GAP * 100} % of the optimum)`;
                }
                else
                    method += `+value MILP (${timeLimitNote(timeLimit)})`;
            }
            catch (e) {
                if (e instanceof shared_errors/* PsmlError */.bd)
                    throw e;
            }
        }
        const useExact = solver === 'exact' || (solver === 'auto' && !proven && cols <= EXACT_MAX_COLUMNS);
        const polishSeconds = opts.polish ?? system.optimizer.polish;
        if (!useExact && !trivial && polishSeconds > 0) {
            const polished = await polish(problem, choice, { timeLimit: polishSeconds });
            if (polished.improved) {
                choice = polished.choice;
                method = `${method}+exact polish`;
            }
        }
        if (useExact && !trivial) {
            try {
                const exact = await solveExact(problem, { timeLimit, start: choice });
                if (compareScores(score(problem, exact.choice), score(problem, choice)) <= 0) {
                    choice = exact.choice;
                    method = exact.optimal ? 'exact' : `exact (${timeLimitNote(timeLimit)})`;
                    optimal = exact.optimal;
                }
            }
            catch (e) {
                // auto degrades to the heuristic's (feasible) answer when the solver cannot run; an explicit `exact` reports it
                if (solver === 'exact' || e instanceof shared_errors/* PsmlError */.bd)
                    throw e;
                method = `${method} (exact solver unavailable: ${e.message.split('\n')[0]})`;
            }
        }
    }
    return { report: buildReport(system, servers, problem, choice, method, optimal), problem, servers, choice };
}
function buildReport(system, servers, p, choice, method, optimal) {
    const chosen = servers.map((sc, s) => (choice[s] >= 0 ? sc.candidates[p.local[choice[s]]] : undefined));
    // leftover capacity per row, then saturation for the unserved that have candidates
    const caps = capacityRows(system);
    const free = new Map();
    const used = new Map();
    for (const c of chosen)
        if (c)
            used.set(c.row, (used.get(c.row) ?? 0) + c.cards);
    for (const [row, cap] of caps)
        free.set(row, cap - (used.get(row) ?? 0));
    const unservedIdx = servers.map((_, s) => s).filter((s) => !chosen[s]);
    const partials = system.optimizer.unlimited
        ? []
        : saturate(system.optimizer.saturationPolicy, servers, unservedIdx.filter((s) => servers[s].candidates.length > 0), free);
    const partialOf = new Map(partials.map((x) => [x.server, x]));
    const allocations = {};
    const diffs = [];
    const unserved = [];
    const totals = new Map();
    let totalCost = 0;
    let inUse;
    servers.forEach((sc, s) => {
        const server = sc.server;
        const load = server.current.load;
        const loadDoc = { arrivalRate: load.arrivalRate, avgInTokens: load.avgInTokens, avgOutTokens: load.avgOutTokens };
        let doc;
        let row;
        let cards = 0;
        const c = chosen[s];
        const part = partialOf.get(s);
        if (c) {
            const m = candidateMetrics(system, sc, c);
            doc = {
                accelerator: c.accelerator,
                numReplicas: c.replicas,
                maxBatch: c.maxBatch,
                cost: round(c.cost),
                itlAverage: round(m.itl),
                ttftAverage: round(m.ttft),
                load: loadDoc,
                ...(c.pool === 'spot' ? { spot: true } : {}),
            };
            row = c.row;
            cards = c.cards;
        }
        else if (part) {
            const pc = part.candidate;
            const m = candidateMetrics(system, sc, pc, part.replicas);
            doc = {
                accelerator: pc.accelerator,
                numReplicas: part.replicas,
                maxBatch: pc.maxBatch,
                cost: round((pc.cost / pc.replicas) * part.replicas),
                itlAverage: round(m.itl),
                ttftAverage: round(m.ttft),
                load: loadDoc,
                ...(pc.pool === 'spot' ? { spot: true } : {}),
                partial: true,
            };
            row = pc.row;
            cards = (pc.cards / pc.replicas) * part.replicas;
        }
        if (!c) {
            inUse ??= cardsInUse(p, chosen);
            unserved.push({ server: server.name, priority: sc.priority, reason: unservedReason(sc, inUse, caps, part) });
        }
        if (doc) {
            allocations[server.name] = doc;
            totalCost += doc.cost;
            const t = totals.get(row) ?? { type: row, cards: 0, capacity: system.optimizer.unlimited ? null : (caps.get(row) ?? 0), cost: 0 };
            t.cards += cards;
            t.cost = round(t.cost + doc.cost);
            totals.set(row, t);
        }
        const oldAcc = server.current.accelerator;
        const newAcc = doc?.accelerator ?? '';
        const oldRep = server.current.numReplicas;
        const newRep = doc?.numReplicas ?? 0;
        const oldCost = server.current.cost;
        if (oldAcc !== newAcc || oldRep !== newRep || Math.abs((doc?.cost ?? 0) - oldCost) > 1e-9) {
            diffs.push({ server: server.name, oldAccelerator: oldAcc, newAccelerator: newAcc, oldReplicas: oldRep, newReplicas: newRep, costChange: round((doc?.cost ?? 0) - oldCost) });
        }
    });
    return {
        allocations,
        totalCost: round(totalCost),
        method,
        optimal,
        unserved,
        diffs,
        totals: [...totals.values()].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0)),
    };
}
/** Why a server got nothing: no candidate (and why per accelerator), or which capacity rows are exhausted and by whom. */
/** Cards in use per row and priority (built once: reasons for 50 unserved servers × 60 rows scanned 10,000 servers each). */
function cardsInUse(p, chosen) {
    const inUse = new Map();
    chosen.forEach((c, t) => {
        if (!c)
            return;
        let byPriority = inUse.get(c.row);
        if (!byPriority)
            inUse.set(c.row, (byPriority = new Map()));
        byPriority.set(p.priority[t], (byPriority.get(p.priority[t]) ?? 0) + c.cards);
    });
    return inUse;
}
function unservedReason(sc, inUse, caps, part) {
    if (sc.candidates.length === 0) {
        const why = sc.rejected.slice(0, 4).join('; ') + (sc.rejected.length > 4 ? `; … ${sc.rejected.length - 4} more` : '');
        return `no candidate meets its SLO: ${why || 'no accelerator offers this model'}`;
    }
    const rows = new Map();
    for (const c of sc.candidates)
        rows.set(c.row, Math.min(rows.get(c.row) ?? Infinity, c.cards));
    const parts = [];
    for (const row of [...rows.keys()].sort()) {
        let usedAll = 0;
        let usedHigher = 0;
        for (const [priority, cards] of inUse.get(row) ?? []) {
            usedAll += cards;
            if (priority < sc.priority)
                usedHigher += cards;
        }
        parts.push(`${row} needs ${rows.get(row)} cards, ${usedAll}/${caps.get(row) ?? 0} in use (${usedHigher} by higher priorities)`);
    }
    const partial = part ? ` — partially served with ${part.replicas} of ${part.candidate.replicas} replicas on ${part.candidate.accelerator}` : '';
    return `capacity exhausted: ${parts.slice(0, 4).join('; ')}${parts.length > 4 ? '; …' : ''}${partial}`;
}
/** Stable JSON: objects are built in sorted order, so the same input gives the same bytes. */
function reportJson(r) {
    return `${JSON.stringify(r, null, 2)}\n`;
}
const money = (cents) => `$${(cents / 100).toFixed(2)}/h`;
function reportMarkdown(r) {
    const served = Object.keys(r.allocations).length;
    const lines = [
        '## psml optimize',
        '',
        `${served} servers allocated, ${r.unserved.length} unserved, total ${money(r.totalCost)} — ${r.method}${r.optimal ? ' (optimal)' : ''}`,
        '',
        '| Server | Accelerator | Replicas | Cost | Change |',
        '| --- | --- | ---: | ---: | --- |',
    ];
    const diffOf = new Map(r.diffs.map((d) => [d.server, d]));
    for (const name of Object.keys(r.allocations).slice(0, 200)) {
        const a = r.allocations[name];
        const d = diffOf.get(name);
        const change = d
            ? `${d.oldAccelerator || '—'}×${d.oldReplicas} → ${d.newAccelerator || '—'}×${d.newReplicas} (${d.costChange >= 0 ? '+' : ''}${money(d.costChange)})`
            : 'unchanged';
        lines.push(`| ${name} | ${a.accelerator}${a.spot ? ' (spot)' : ''} | ${a.numReplicas}${a.partial ? ' (partial)' : ''} | ${money(a.cost)} | ${change} |`);
    }
    if (served > 200)
        lines.push(`| … ${served - 200} more | | | | |`);
    lines.push('', '| Accelerator type | Cards used | Capacity | Cost |', '| --- | ---: | ---: | ---: |');
    for (const t of r.totals)
        lines.push(`| ${t.type} | ${t.cards} | ${t.capacity ?? '∞'} | ${money(t.cost)} |`);
    if (r.unserved.length) {
        lines.push('', '### Unserved', '');
        for (const u of r.unserved.slice(0, 100))
            lines.push(`- **${u.server}** (priority ${u.priority}): ${u.reason}`);
        if (r.unserved.length > 100)
            lines.push(`- … ${r.unserved.length - 100} more`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/optimize/run.ts
/** One call for the CLI and the action: read input, optimize, write the solution (and optionally manifests). */





/**
 * A run is one short process on CI machines of 2 cores: most of the optimizer's code is compiled by TurboFan while it
 * runs, on the same cores. Smaller inlining budgets make those compile jobs shorter than they make the code slower
 * (measured, `psml optimize` at 1,000×30 on 2 cores: ~500 → ~470 ms end to end; 10,000×60 unchanged). V8 reads the
 * flag per compile job, so setting it before the optimizer's code gets hot is enough.
 */
function tuneCompiler() {
    (0,external_node_v8_.setFlagsFromString)('--max-inlined-bytecode-size-cumulative=200');
}
async function runOptimize(o) {
    tuneCompiler();
    const format = o.format ?? 'json';
    if (format !== 'json' && format !== 'markdown') {
        throw new shared_errors/* PsmlError */.bd(`unknown format "${String(format)}"`, { field: 'format', hint: 'use json or markdown' });
    }
    const system = await loadSystem(o.input);
    if (o.solver !== undefined && !['auto', 'exact', 'heuristic'].includes(o.solver)) {
        throw new shared_errors/* PsmlError */.bd(`unknown solver "${String(o.solver)}"`, { field: 'solver', hint: 'use auto, exact or heuristic' });
    }
    for (const [field, v] of [['time-limit', o.timeLimit], ['polish', o.polish]]) {
        if (v !== undefined && !(Number.isFinite(v) && v >= 0))
            throw new shared_errors/* PsmlError */.bd(`${field} must be a number of seconds ≥ 0`, { field, hint: `e.g. --${field} 2` });
    }
    const { report } = await optimize(system, { solver: o.solver, timeLimit: o.timeLimit || undefined, polish: o.polish });
    let markdown;
    const summary = () => (markdown ??= reportMarkdown(report));
    const text = format === 'json' ? reportJson(report) : summary();
    if (o.output)
        await (0,promises_.writeFile)(o.output, text);
    let applied = [];
    if (o.applyTo) {
        const { applyToManifests } = await Promise.all(/* import() */[__webpack_require__.e(352), __webpack_require__.e(920), __webpack_require__.e(536)]).then(__webpack_require__.bind(__webpack_require__, 84536));
        applied = await applyToManifests(o.applyTo, report);
    }
    return {
        report,
        text,
        get markdown() {
            return summary();
        },
        applied,
    };
}

;// CONCATENATED MODULE: ./shared/cli/commands/optimize.ts

/** `psml optimize`: allocate accelerators to inference servers (seed 002's model, capacity-aware and exact when affordable). */
function registerOptimize(program) {
    program
        .command('optimize')
        .description('Allocate accelerators and replicas to inference servers within capacity, by priority then cost')
        .requiredOption('-i, --input <file|dir>', 'system document (JSON/YAML) or a directory with the six *-data.json files')
        .option('-o, --output <file>', 'write the solution here (default: stdout)')
        .option('-f, --format <format>', 'json (the reference solution document plus diffs, totals, unserved) or markdown', 'json')
        .option('--apply-to <dir>', 'write the chosen machine type, GPU and replicas into the serving manifests in this directory')
        .option('--solver <solver>', 'auto (heuristic + LP rounding with proven bounds; exact MILP for small problems it cannot prove), exact or heuristic (default: optimizer.solver of the input)')
        .option('--time-limit <seconds>', 'time for the exact solver (default: optimizer.timeLimit, 10)')
        .option('--polish <seconds>', 'after the heuristic, re-optimise the contested servers exactly for this long (default: optimizer.polish, 0)')
        .action(async (opts) => {
        const num = (v) => (v === undefined ? undefined : Number(v));
        const r = await runOptimize({
            input: opts.input,
            output: opts.output,
            format: opts.format,
            applyTo: opts.applyTo,
            solver: opts.solver,
            timeLimit: num(opts.timeLimit),
            polish: num(opts.polish),
        });
        if (!opts.output)
            process.stdout.write(r.text);
        else
            process.stderr.write(`wrote ${opts.output}: ${Object.keys(r.report.allocations).length} allocations, ${r.report.unserved.length} unserved, total ${r.report.totalCost} cents/h\n`);
        for (const f of r.applied)
            process.stderr.write(`updated ${f}\n`);
    });
}


/***/ })

};
