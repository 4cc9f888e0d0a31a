import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 266;
export const ids = [266];
export const modules = {

/***/ 57266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerServe: () => (/* binding */ registerServe)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(48179);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./shared/serve/entry-point.ts
/**
 * EntryPoint: which inference function to serve. `pkg.module.inference` (MLComponent `pythonFunction`, seed 004)
 * names a Python function found on the python path — or, when `pkg/module.{js,mjs,cjs,ts,mts}` exists there
 * instead of a .py file, the same-named export of a JavaScript/TypeScript module. `path/file.mjs[:inference]`
 * names a JS/TS module directly.
 */



const JS_EXT = ['.mjs', '.js', '.cjs', '.ts', '.mts'];
const DOTTED = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$/;
const isFile = (p) => (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
function resolveEntryPoint(spec, pythonPath = ['.'], cwd = process.cwd()) {
    const dirs = (pythonPath.length ? pythonPath : ['.']).map((d) => (0,external_node_path_.resolve)(cwd, d));
    for (const d of dirs) {
        if (!(0,external_node_fs_.existsSync)(d) || !(0,external_node_fs_.statSync)(d).isDirectory()) {
            throw new errors/* PsmlError */.bd(`python path directory ${d} does not exist`, { field: '--python-path', hint: 'pass the directory that contains the top-level package of the entry point' });
        }
    }
    const fileForm = /^(.+\.(?:[cm]?js|[cm]?ts))(?::([A-Za-z_$][\w$]*))?$/.exec(spec);
    if (fileForm) {
        const [, path = '', exportName = 'inference'] = fileForm;
        const file = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
        if (!isFile(file))
            throw new errors/* PsmlError */.bd(`entry point module ${file} does not exist`, { field: '--entry-point' });
        return { spec, runtime: 'node', target: exportName, pythonPath: dirs, file, exportName };
    }
    if (!DOTTED.test(spec)) {
        throw new errors/* PsmlError */.bd(`entry point "${spec}" is not of the form <module>.<function>`, {
            field: '--entry-point',
            hint: 'e.g. --entry-point mypkg.predict.inference (Python) or --entry-point handlers/model.mjs:inference (JavaScript)',
        });
    }
    const parts = spec.split('.');
    const exportName = parts.pop();
    const modulePath = (0,external_node_path_.join)(...parts);
    for (const d of dirs) {
        const base = (0,external_node_path_.join)(d, modulePath);
        if (isFile(`${base}.py`) || isFile((0,external_node_path_.join)(base, '__init__.py')))
            break;
        const js = JS_EXT.map((ext) => base + ext).find(isFile);
        if (js)
            return { spec, runtime: 'node', target: exportName, pythonPath: dirs, file: js, exportName };
    }
    // not found as a file: may still be an installed Python package; the worker reports an import error clearly
    return { spec, runtime: 'python', target: spec, pythonPath: dirs, exportName };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(26921);
;// CONCATENATED MODULE: ./shared/serve/tensor.ts
/**
 * Tensor: the MLComponent datatypes (FP32, FP64, INT32, str, FILE — seed 004) and their Open Inference Protocol
 * names, with the checks every input and output goes through: known datatype, valid shape, values of that type,
 * product(shape) == number of values. Pure; errors are TensorError with the path of the offending field.
 */
const DATATYPES = ['FP32', 'FP64', 'INT32', 'str', 'FILE'];
/** OIP name → MLComponent name (FP32/FP64/INT32 are the same; BYTES carries strings). */
const ALIASES = { FP32: 'FP32', FP64: 'FP64', INT32: 'INT32', str: 'str', BYTES: 'str', FILE: 'FILE' };
const toOipDatatype = (d) => (d === 'str' || d === 'FILE' ? 'BYTES' : d);
class TensorError extends Error {
    field;
    constructor(message, field) {
        super(message);
        this.field = field;
        this.name = 'TensorError';
    }
}
const FP32_MAX = 3.4028234663852886e38;
const B64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;
function parseDatatype(value, field) {
    if (typeof value === 'string' && value in ALIASES)
        return ALIASES[value];
    throw new TensorError(`datatype ${JSON.stringify(value)} is not supported; use one of FP32, FP64, INT32, str (BYTES) or FILE`, field);
}
function parseShape(value, field, allowVariable = false) {
    const ok = Array.isArray(value) && value.every((d) => Number.isInteger(d) && (d >= 0 || (allowVariable && d === -1)));
    if (!ok) {
        throw new TensorError(`shape must be a list of non-negative integers${allowVariable ? ' (or -1)' : ''}, got ${JSON.stringify(value)}`, field);
    }
    return value;
}
const shapeSize = (shape) => shape.reduce((a, b) => a * b, 1);
/** Row-major flattening of nested lists (OIP allows both flat and nested data). */
function flatten(data) {
    if (!Array.isArray(data))
        return [data];
    if (!data.some(Array.isArray))
        return data;
    const out = [];
    const walk = (v) => {
        if (Array.isArray(v))
            for (const x of v)
                walk(x);
        else
            out.push(v);
    };
    walk(data);
    return out;
}
function checkValue(datatype, v) {
    switch (datatype) {
        case 'FP32':
            if (typeof v !== 'number' || !Number.isFinite(v))
                return 'is not a number';
            if (Math.abs(v) > FP32_MAX)
                return 'is outside the FP32 range';
            return undefined;
        case 'FP64':
            return typeof v === 'number' && Number.isFinite(v) ? undefined : 'is not a number';
        case 'INT32':
            if (typeof v !== 'number' || !Number.isInteger(v))
                return 'is not an integer';
            return v >= -2147483648 && v <= 2147483647 ? undefined : 'is outside the INT32 range';
        case 'str':
            return typeof v === 'string' ? undefined : 'is not a string';
        case 'FILE':
            return undefined; // parsed separately into FileRef
    }
}
function parseFileRef(v, field) {
    if (typeof v === 'string' && v.length > 0)
        return { path: v };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
        const b64 = v.b64;
        if (typeof b64 === 'string' && B64.test(b64))
            return { b64 };
    }
    throw new TensorError('FILE data must be a path (string) or {"b64": "<base64 bytes>"}', field);
}
/**
 * Validates one tensor-like object ({name, datatype, shape, data, content_type?}). `kind` names it in messages:
 * `input "image": shape [2,2] needs 4 values, got 3`.
 */
function parseTensor(raw, kind, index) {
    const at = `${kind}s[${index}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new TensorError(`${at} must be an object {name, datatype, shape, data}`, at);
    const t = raw;
    if (typeof t.name !== 'string' || t.name === '')
        throw new TensorError(`${at}.name must be a non-empty string`, `${at}.name`);
    const label = `${kind} "${t.name}"`;
    const wrap = (f) => {
        try {
            return f();
        }
        catch (e) {
            if (e instanceof TensorError)
                throw new TensorError(`${label}: ${e.message}`, t.name);
            throw e;
        }
    };
    const datatype = wrap(() => parseDatatype(t.datatype, 'datatype'));
    if (t.data === undefined)
        throw new TensorError(`${label}: data is missing`, t.name);
    const scalarFile = datatype === 'FILE' && !Array.isArray(t.data);
    const flat = flatten(t.data);
    const shape = t.shape === undefined && scalarFile ? [1] : wrap(() => parseShape(t.shape, 'shape'));
    const want = shapeSize(shape);
    if (flat.length !== want) {
        throw new TensorError(`${label}: shape ${JSON.stringify(shape)} needs ${want} value${want === 1 ? '' : 's'}, got ${flat.length}`, t.name);
    }
    let data = flat;
    if (datatype === 'FILE') {
        data = flat.map((v, i) => wrap(() => parseFileRef(v, `data[${i}]`)));
    }
    else {
        for (let i = 0; i < flat.length; i++) {
            const problem = checkValue(datatype, flat[i]);
            if (problem)
                throw new TensorError(`${label}: data[${i}] = ${JSON.stringify(flat[i]) ?? 'undefined'} ${problem} (datatype ${datatype})`, t.name);
        }
    }
    const content_type = typeof t.content_type === 'string' ? t.content_type : undefined;
    return { name: t.name, datatype, shape, data, ...(content_type ? { content_type } : {}), ...(scalarFile ? { scalarFile } : {}) };
}

// EXTERNAL MODULE: ./shared/json.ts
var json = __webpack_require__(58550);
;// CONCATENATED MODULE: ./shared/serve/signature.ts
/**
 * ModelSignature: the declared inputs/outputs of the served function (optional `--signature file.json|yaml`).
 * It feeds the OIP model metadata endpoint and lets the server reject a request with a missing input, a wrong
 * datatype or an incompatible shape before the function is called. -1 in a shape is a variable dimension.
 */






const datatype = schemas/* enum */.k5n([...DATATYPES, 'BYTES']).transform((d) => (d === 'BYTES' ? 'str' : d));
const tensorSpec = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1),
    datatype,
    shape: schemas/* array */.YOg(schemas/* number */.aig().int().min(-1)),
    content_type: schemas/* string */.YjP().optional(),
    optional: schemas/* boolean */.zMY().optional(),
});
const signatureSchema = schemas/* object */.Ikc({
    inputs: schemas/* array */.YOg(tensorSpec).default([]),
    outputs: schemas/* array */.YOg(tensorSpec).default([]),
});
function loadSignature(path) {
    let raw;
    try {
        const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
        raw = path.endsWith('.json') ? (0,json/* parseJsonText */.l)(text) : (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new errors/* PsmlError */.bd(`cannot read the model signature: ${e.message}`, { field: '--signature', resource: path });
    }
    const r = signatureSchema.safeParse(raw);
    if (!r.success) {
        throw new errors/* PsmlError */.bd('the model signature is invalid', {
            field: '--signature',
            resource: path,
            hint: 'expected {inputs: [{name, datatype, shape}], outputs: [...]}',
            details: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        });
    }
    return r.data;
}
/** Problems of the request's inputs against the signature, each naming the input; empty when it conforms. */
function checkAgainstSignature(inputs, sig) {
    const problems = [];
    const byName = new Map(inputs.map((t) => [t.name, t]));
    const declared = new Set(sig.inputs.map((s) => s.name));
    for (const spec of sig.inputs) {
        const t = byName.get(spec.name);
        if (!t) {
            if (!spec.optional)
                problems.push({ field: spec.name, message: `missing input "${spec.name}" (${spec.datatype}, shape ${JSON.stringify(spec.shape)})` });
            continue;
        }
        if (t.datatype !== spec.datatype) {
            problems.push({ field: spec.name, message: `input "${spec.name}": datatype ${t.datatype} does not match the model's ${spec.datatype}` });
            continue;
        }
        const fits = t.shape.length === spec.shape.length && spec.shape.every((d, i) => d === -1 || d === t.shape[i]);
        if (!fits) {
            problems.push({ field: spec.name, message: `input "${spec.name}": shape ${JSON.stringify(t.shape)} does not fit the model's ${JSON.stringify(spec.shape)} (-1 = any size)` });
        }
    }
    for (const t of inputs) {
        if (sig.inputs.length && !declared.has(t.name)) {
            problems.push({ field: t.name, message: `unknown input "${t.name}"; the model takes ${[...declared].map((n) => `"${n}"`).join(', ')}` });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./shared/serve/infer-request.ts
/**
 * InferRequest: one infer call in either wire form, normalized for the inference function.
 *  - Open Inference Protocol: {id?, parameters?: {k: v}, inputs: [{name, shape, datatype, data}], outputs?: [{name}]}
 *  - MLComponent (seed 004): {parameters: [[name, value]…], inputs: […], output_fields: [{name, datatype, shape}…]}
 * The response uses the datatype names of the form the request came in (BYTES vs str/FILE). Pure.
 */


/** A client error: HTTP 400 with a message that names the field or input. */
class RequestError extends Error {
    field;
    status;
    constructor(message, field, status = 400) {
        super(message);
        this.field = field;
        this.status = status;
        this.name = 'RequestError';
    }
}
const isPrimitive = (v) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function parseParameters(raw) {
    if (raw === undefined || raw === null)
        return [];
    const pairs = [];
    if (isObject(raw)) {
        for (const [k, v] of Object.entries(raw))
            pairs.push([k, v]);
    }
    else if (Array.isArray(raw)) {
        raw.forEach((p, i) => {
            if (Array.isArray(p) && p.length === 2 && typeof p[0] === 'string')
                pairs.push([p[0], p[1]]);
            else if (isObject(p) && typeof p.name === 'string' && 'value' in p)
                pairs.push([p.name, p.value]);
            else
                throw new RequestError(`parameters[${i}] must be a [name, value] pair`, `parameters[${i}]`);
        });
    }
    else {
        throw new RequestError('parameters must be a list of [name, value] pairs or an object', 'parameters');
    }
    for (const [k, v] of pairs) {
        if (!isPrimitive(v))
            throw new RequestError(`parameter "${k}" must be a string, number, boolean or null`, `parameters.${k}`);
    }
    return pairs;
}
function parseOutputFields(raw, key) {
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw))
        throw new RequestError(`${key} must be a list of {name, …}`, key);
    return raw.map((o, i) => {
        if (typeof o === 'string')
            return { name: o };
        if (!isObject(o) || typeof o.name !== 'string' || !o.name)
            throw new RequestError(`${key}[${i}].name must be a non-empty string`, `${key}[${i}].name`);
        return o;
    });
}
function parseInferRequest(body, signature) {
    if (!isObject(body))
        throw new RequestError('the request body must be a JSON object with "inputs"');
    if (!Array.isArray(body.inputs) || body.inputs.length === 0) {
        throw new RequestError('"inputs" is required: a non-empty list of {name, datatype, shape, data}', 'inputs');
    }
    let inputs;
    try {
        inputs = body.inputs.map((t, i) => parseTensor(t, 'input', i));
    }
    catch (e) {
        if (e instanceof TensorError)
            throw new RequestError(e.message, e.field);
        throw e;
    }
    const seen = new Set();
    for (const t of inputs) {
        if (seen.has(t.name))
            throw new RequestError(`input "${t.name}" is given twice`, t.name);
        seen.add(t.name);
    }
    if (signature) {
        const problems = checkAgainstSignature(inputs, signature);
        if (problems[0])
            throw new RequestError(problems.map((p) => p.message).join('; '), problems[0].field);
    }
    const mlc = body.output_fields !== undefined ||
        Array.isArray(body.parameters) ||
        body.inputs.some((t) => t.datatype === 'str' || t.datatype === 'FILE');
    const outputFields = mlc ? parseOutputFields(body.output_fields ?? body.outputs, body.output_fields !== undefined ? 'output_fields' : 'outputs') : parseOutputFields(body.outputs, 'outputs');
    let fileEncoding = inputs.some((t) => t.datatype === 'FILE' && t.data.some((r) => 'b64' in r)) ? 'base64' : 'path';
    if (body.file_encoding !== undefined) {
        if (body.file_encoding !== 'path' && body.file_encoding !== 'base64')
            throw new RequestError('file_encoding must be "path" or "base64"', 'file_encoding');
        fileEncoding = body.file_encoding;
    }
    if (body.id !== undefined && typeof body.id !== 'string')
        throw new RequestError('id must be a string', 'id');
    return {
        form: mlc ? 'mlcomponent' : 'oip',
        ...(typeof body.id === 'string' ? { id: body.id } : {}),
        parameters: parseParameters(body.parameters),
        inputs,
        outputFields,
        requestedOutputs: outputFields.map((o) => o.name),
        fileEncoding,
    };
}
/** The problem with what the function returned: HTTP 500, naming the output. */
class ResultError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ResultError';
    }
}
/** Validates the function's outputs and keeps the requested ones, in the requested order. */
function parseOutputs(raw, requested) {
    if (!Array.isArray(raw))
        throw new ResultError(`the inference function must return a list of outputs, got ${raw === null ? 'None' : typeof raw}`);
    let outputs;
    try {
        outputs = raw.map((t, i) => parseTensor(t, 'output', i));
    }
    catch (e) {
        if (e instanceof TensorError)
            throw new ResultError(`the inference function returned an invalid ${e.message}`);
        throw e;
    }
    if (!requested.length)
        return outputs;
    return requested.map((name) => {
        const t = outputs.find((o) => o.name === name);
        if (!t)
            throw new ResultError(`the inference function did not return the requested output "${name}" (it returned ${outputs.map((o) => `"${o.name}"`).join(', ') || 'none'})`);
        return t;
    });
}
/** An output tensor on the wire: FILE data already turned into paths or base64 by the file exchange. */
function wireOutput(t, form, fileEncoding) {
    if (form === 'mlcomponent') {
        const data = t.datatype === 'FILE' && fileEncoding === 'base64' ? t.data.map((b64) => ({ b64 })) : t.datatype === 'FILE' && t.scalarFile ? t.data[0] : t.data;
        return { name: t.name, datatype: t.datatype, shape: t.shape, data, ...(t.content_type ? { content_type: t.content_type } : {}) };
    }
    const parameters = t.datatype === 'FILE' ? { psml_datatype: 'FILE', file_encoding: fileEncoding, ...(t.content_type ? { content_type: t.content_type } : {}) } : undefined;
    return { name: t.name, datatype: toOipDatatype(t.datatype), shape: t.shape, data: t.data, ...(parameters ? { parameters } : {}) };
}

;// CONCATENATED MODULE: ./shared/serve/file-exchange.ts
/**
 * FileExchange: the directory FILE tensors travel through (MLComponent `inferenceFilesPath`, `--files-path`).
 * Input files come as paths inside it or as base64 bytes (written into it for the call); the function sees
 * absolute paths. FILE outputs go back as paths relative to it or as base64. No path may leave the directory,
 * symlinks included.
 */






const INBOX = '.psml-inputs';
class FileExchange {
    root;
    constructor(dir) {
        if (dir)
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
        this.root = (0,external_node_fs_.realpathSync)(dir ?? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'psml-files-')));
    }
    /** Absolute real path of `p` (relative to the root, or absolute), or undefined when it is outside the root. */
    async inside(p) {
        const real = await (0,promises_.realpath)((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(this.root, p));
        const rel = (0,external_node_path_.relative)(this.root, real);
        return rel && !rel.startsWith('..' + external_node_path_.sep) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel) ? real : undefined;
    }
    /**
     * The inputs as the inference function receives them; FILE data become absolute paths.
     * `cleanup` removes the files written from base64.
     */
    async prepareInputs(inputs) {
        const written = [];
        const cleanup = async () => {
            await Promise.all(written.map((f) => (0,promises_.rm)(f, { force: true })));
        };
        try {
            const out = [];
            for (const t of inputs) {
                const { scalarFile: _s, ...view } = t;
                if (t.datatype !== 'FILE') {
                    out.push(view);
                    continue;
                }
                const paths = [];
                for (const [i, ref] of t.data.entries()) {
                    if ('b64' in ref) {
                        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(this.root, INBOX), { recursive: true });
                        const file = (0,external_node_path_.join)(this.root, INBOX, `${(0,external_node_crypto_.randomUUID)()}-${t.name.replace(/[^\w.-]/g, '_')}-${i}`);
                        written.push(file);
                        await (0,promises_.writeFile)(file, Buffer.from(ref.b64, 'base64'));
                        paths.push(file);
                        continue;
                    }
                    let real;
                    try {
                        real = await this.inside(ref.path);
                    }
                    catch {
                        throw new RequestError(`input "${t.name}": file ${JSON.stringify(ref.path)} does not exist in the file-exchange directory`, t.name);
                    }
                    if (!real)
                        throw new RequestError(`input "${t.name}": file ${JSON.stringify(ref.path)} is outside the file-exchange directory`, t.name);
                    if (!(await (0,promises_.stat)(real)).isFile())
                        throw new RequestError(`input "${t.name}": ${JSON.stringify(ref.path)} is not a file`, t.name);
                    paths.push(real);
                }
                out.push({ ...view, data: t.scalarFile ? paths[0] : paths });
            }
            return { inputs: out, cleanup };
        }
        catch (e) {
            await cleanup();
            throw e;
        }
    }
    /** FILE outputs (paths the function wrote) → paths relative to the root, or base64 of their bytes. */
    async encodeOutputs(outputs, encoding) {
        return Promise.all(outputs.map(async (t) => {
            if (t.datatype !== 'FILE')
                return t;
            const data = await Promise.all(t.data.map(async (ref) => {
                if ('b64' in ref) {
                    if (encoding === 'base64')
                        return ref.b64;
                    const file = (0,external_node_path_.join)(this.root, `${(0,external_node_crypto_.randomUUID)()}-${t.name.replace(/[^\w.-]/g, '_')}`);
                    await (0,promises_.writeFile)(file, Buffer.from(ref.b64, 'base64'));
                    return (0,external_node_path_.relative)(this.root, file);
                }
                let real;
                try {
                    real = await this.inside(ref.path);
                }
                catch {
                    throw new ResultError(`the inference function returned output "${t.name}" with file ${JSON.stringify(ref.path)}, which does not exist`);
                }
                if (!real)
                    throw new ResultError(`the inference function returned output "${t.name}" with file ${JSON.stringify(ref.path)} outside the file-exchange directory ${this.root}`);
                return encoding === 'base64' ? (await (0,promises_.readFile)(real)).toString('base64') : (0,external_node_path_.relative)(this.root, real);
            }));
            return { ...t, data };
        }));
    }
}

;// CONCATENATED MODULE: ./shared/serve/log.ts
const RANK = { debug: 10, info: 20, warn: 30, error: 40 };
function createLogger(level = 'info', write = (l) => process.stdout.write(l + '\n')) {
    const log = (lv, msg, fields = {}) => {
        if (RANK[lv] < RANK[level])
            return;
        write(JSON.stringify({ time: new Date().toISOString(), level: lv, msg, ...fields }));
    };
    return {
        log,
        debug: (m, f) => log('debug', m, f),
        info: (m, f) => log('info', m, f),
        warn: (m, f) => log('warn', m, f),
        error: (m, f) => log('error', m, f),
    };
}

;// CONCATENATED MODULE: ./shared/serve/metrics.ts
/**
 * ServeMetrics: Prometheus text exposition for /metrics — requests by route and status code, infer latency
 * quantiles over a sliding window of recent requests (a summary), worker restarts and timeouts, queue gauges.
 */
const WINDOW = 4096;
const QUANTILES = [0.5, 0.9, 0.99];
class ServeMetrics {
    counts = new Map();
    window = new Float64Array(WINDOW);
    filled = 0;
    next = 0;
    sum = 0;
    count = 0;
    workerRestarts = 0;
    timeouts = 0;
    /** One finished HTTP request; latency is kept for infer calls only. */
    observe(route, status, seconds) {
        const key = `${route}\u0000${status}`;
        this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
        if (route !== 'infer')
            return;
        this.window[this.next] = seconds;
        this.next = (this.next + 1) % WINDOW;
        this.filled = Math.min(this.filled + 1, WINDOW);
        this.sum += seconds;
        this.count += 1;
    }
    /** Nearest-rank quantile of the recent infer latencies (seconds), NaN before any request. */
    quantile(q) {
        if (!this.filled)
            return NaN;
        const sorted = Array.from(this.window.subarray(0, this.filled)).sort((a, b) => a - b);
        return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    }
    render(g) {
        const lines = [
            '# HELP psml_serve_requests_total HTTP requests by route and status code.',
            '# TYPE psml_serve_requests_total counter',
        ];
        for (const [key, n] of [...this.counts].sort()) {
            const [route, code] = key.split('\u0000');
            lines.push(`psml_serve_requests_total{route="${route}",code="${code}"} ${n}`);
        }
        lines.push('# HELP psml_serve_infer_duration_seconds Infer request latency (quantiles over the last requests).', '# TYPE psml_serve_infer_duration_seconds summary');
        for (const q of QUANTILES)
            lines.push(`psml_serve_infer_duration_seconds{quantile="${q}"} ${this.quantile(q)}`);
        lines.push(`psml_serve_infer_duration_seconds_sum ${this.sum}`, `psml_serve_infer_duration_seconds_count ${this.count}`);
        const gauge = (name, help, type, v) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${v}`);
        gauge('psml_serve_worker_restarts_total', 'Inference workers restarted after dying or timing out.', 'counter', this.workerRestarts);
        gauge('psml_serve_timeouts_total', 'Infer calls stopped by the per-request timeout.', 'counter', this.timeouts);
        gauge('psml_serve_ready', '1 once a worker has loaded the model.', 'gauge', g.ready ? 1 : 0);
        gauge('psml_serve_queue_depth', 'Infer requests waiting for a worker.', 'gauge', g.queued);
        gauge('psml_serve_inflight', 'Infer requests running in a worker.', 'gauge', g.inflight);
        gauge('psml_serve_workers', 'Live inference workers.', 'gauge', g.workers);
        return lines.join('\n') + '\n';
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./shared/serve/node-worker-source.ts
/**
 * The worker-thread side for JavaScript/TypeScript entry points: same messages as the Python worker
 * (see python-worker-source.ts), carried by postMessage. Kept as a string (run with `eval: true`) so the ncc
 * bundle needs no extra file. A thread, not the server's own event loop, so a hanging function can be terminated.
 */
const NODE_WORKER_SOURCE = String.raw `
const { parentPort, workerData: threadData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');

// Transport: postMessage in a worker thread; newline-delimited JSON over stdin/stdout in a child process
// (used for TypeScript under tsx on a Node without type stripping, where loader hooks do not reach threads).
const workerData = parentPort ? threadData : JSON.parse(process.argv[process.argv.length - 1]);
const protocolOut = parentPort ? null : process.stdout.write.bind(process.stdout);
const post = (msg) => (parentPort ? parentPort.postMessage(msg) : protocolOut(JSON.stringify(msg) + '\n'));
const onRequest = (handler) => {
  if (parentPort) return parentPort.on('message', handler);
  let buf = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buf += chunk;
    for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n')) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line) handler(JSON.parse(line));
    }
  });
  process.stdin.on('end', () => process.exit(0));
};
if (!parentPort) process.stdout.write = process.stderr.write.bind(process.stderr);

// console output of the user's module goes to the server's structured log, like the Python worker's stderr
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = (...args) => post({ op: 'log', line: args.map((a) => (typeof a === 'string' ? a : require('node:util').inspect(a))).join(' ') });
}

const errorText = (e) => (e && e.name && e.message !== undefined ? e.name + ': ' + e.message : String(e));

async function load() {
  const file = workerData.file;
  if (/\.[cm]?ts$/.test(file) && !(process.features && process.features.typescript) && parentPort) {
    throw new Error('TypeScript entry point ' + file + ' needs Node >= 22.6 (type stripping) or the tsx package installed next to it');
  }
  const mod = await import(pathToFileURL(file).href);
  const fn = mod[workerData.exportName] ?? (mod.default && mod.default[workerData.exportName]);
  if (typeof fn !== 'function') throw new Error('module ' + file + ' does not export a function named "' + workerData.exportName + '"');
  return fn;
}

load().then(
  (fn) => {
    let model = null;
    let chain = Promise.resolve();
    onRequest((req) => {
      // one call at a time, like the Python worker: the model object is not shared between concurrent calls
      chain = chain.then(async () => {
        if (req.op === 'ping') return post({ id: req.id, ok: true });
        let result;
        try {
          result = await fn(req.parameters || [], req.inputs || [], req.output_fields || [], workerData.modelKey, model);
        } catch (e) {
          return post({ id: req.id, ok: false, kind: 'function', error: errorText(e), traceback: e && e.stack ? String(e.stack) : undefined });
        }
        let outputs;
        if (Array.isArray(result) && result.length === 2) [outputs, model] = result;
        else if (result && typeof result === 'object' && 'outputs' in result) ({ outputs, model } = result);
        else return post({ id: req.id, ok: false, kind: 'result', error: 'inference must return [outputs, model], got ' + typeof result });
        if (model === undefined) model = null;
        if (outputs && !Array.isArray(outputs) && typeof outputs === 'object') outputs = [outputs];
        let plain;
        try {
          plain = JSON.parse(JSON.stringify(outputs, (_k, v) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v) : v)));
        } catch (e) {
          return post({ id: req.id, ok: false, kind: 'result', error: 'outputs cannot be encoded as JSON (' + errorText(e) + ')' });
        }
        post({ id: req.id, ok: true, outputs: plain, model_loaded: model !== null });
      });
    });
    post({ id: 0, op: 'hello', ok: true, pid: process.pid, node: process.version });
  },
  (e) => post({ id: 0, op: 'hello', ok: false, error: errorText(e), traceback: e && e.stack ? String(e.stack) : undefined }),
);
`;

;// CONCATENATED MODULE: ./shared/serve/python-worker-source.ts
/**
 * The Python side of the worker protocol, kept as a string so it travels inside the ncc bundle; `PythonWorker`
 * writes it to a temp file at start. Standard library only: it imports the user's module once, then answers
 * newline-delimited JSON requests on a private copy of stdin/stdout, keeping the model object between calls.
 *
 * Wire format (one JSON object per line):
 *   worker → server at start: {"id":0,"op":"hello","ok":true,"pid":…,"python":"3.11.7"} (or ok:false + error, then exit 3)
 *   server → worker: {"id":n,"op":"infer","parameters":[…],"inputs":[…],"output_fields":[…]}
 *   worker → server: {"id":n,"ok":true,"outputs":[…],"model_loaded":bool}
 *                    {"id":n,"ok":false,"kind":"function"|"result","error":"…","traceback":"…"}
 * The user's prints go to stderr (fd 1 is redirected), so they can never corrupt the protocol.
 */
const PYTHON_WORKER_SOURCE = String.raw `
import base64, importlib, json, os, sys, traceback

def _to_json(o):
    # numpy arrays and scalars, without importing numpy
    if hasattr(o, "tolist"):
        return o.tolist()
    if hasattr(o, "item"):
        return o.item()
    if isinstance(o, (bytes, bytearray)):
        return bytes(o).decode("utf-8", "replace")
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    raise TypeError("value of type %s is not JSON serializable" % type(o).__name__)

def main():
    cfg = json.loads(sys.argv[1])
    proto_out = os.fdopen(os.dup(1), "wb")
    proto_in = os.fdopen(os.dup(0), "rb")
    os.dup2(2, 1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except Exception:
        pass

    def send(msg):
        proto_out.write(json.dumps(msg, separators=(",", ":"), allow_nan=False, default=_to_json).encode("utf-8") + b"\n")
        proto_out.flush()

    for p in reversed(cfg.get("python_path") or []):
        sys.path.insert(0, os.path.abspath(p))
    entry = cfg["entry_point"]
    module_name, _, func_name = entry.rpartition(".")
    try:
        if not module_name:
            raise ImportError("entry point %r must be <module>.<function>, e.g. mypkg.predict.inference" % entry)
        module = importlib.import_module(module_name)
        fn = getattr(module, func_name, None)
        if not callable(fn):
            raise AttributeError("module %r has no function %r" % (module_name, func_name))
    except BaseException as e:
        send({"id": 0, "op": "hello", "ok": False, "error": "%s: %s" % (type(e).__name__, e), "traceback": traceback.format_exc()})
        sys.exit(3)
    send({"id": 0, "op": "hello", "ok": True, "pid": os.getpid(), "python": sys.version.split()[0]})

    model_key = cfg.get("model_key") or ""
    model = None
    while True:
        line = proto_in.readline()
        if not line:
            return
        req = json.loads(line)
        rid = req.get("id")
        if req.get("op") == "ping":
            send({"id": rid, "ok": True})
            continue
        try:
            result = fn(req.get("parameters") or [], req.get("inputs") or [], req.get("output_fields") or [], model_key, model)
        except (Exception, SystemExit) as e:
            send({"id": rid, "ok": False, "kind": "function", "error": "%s: %s" % (type(e).__name__, e), "traceback": traceback.format_exc()})
            continue
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            send({"id": rid, "ok": False, "kind": "result", "error": "inference must return a tuple (outputs, model), got %s" % type(result).__name__})
            continue
        outputs, model = result
        if isinstance(outputs, dict):
            outputs = [outputs]
        try:
            send({"id": rid, "ok": True, "outputs": outputs, "model_loaded": model is not None})
        except (TypeError, ValueError) as e:
            send({"id": rid, "ok": False, "kind": "result", "error": "outputs cannot be encoded as JSON (%s)" % e})

main()
`;

;// CONCATENATED MODULE: ./shared/serve/worker.ts
/**
 * InferenceWorker: one long-lived process (Python) or thread (JavaScript) holding the user's inference function
 * and its model object. Requests go over a pipe (newline-delimited JSON) or postMessage; see python-worker-source.ts.
 */











/** The worker went away (crash, kill, timeout) while a call was in flight. */
class WorkerExitedError extends Error {
    code;
    signal;
    constructor(code, signal) {
        super(`the inference worker exited (${signal ? `signal ${signal}` : `exit code ${code}`})`);
        this.code = code;
        this.signal = signal;
        this.name = 'WorkerExitedError';
    }
}
/** The tsx loader URL when `file` is TypeScript and this Node cannot strip types itself (and tsx is installed). */
function needsTsx(file) {
    const features = process.features;
    if (!/\.[cm]?ts$/.test(file) || features.typescript)
        return undefined;
    try {
        return (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(file).resolve('tsx')).href;
    }
    catch {
        return undefined; // the thread reports that TypeScript needs Node >= 22.6 or tsx
    }
}
let scriptPath;
/** The Python worker script, written once per server process to a private temp dir. */
function pythonScript() {
    if (!scriptPath) {
        const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'psml-worker-'));
        scriptPath = (0,external_node_path_.join)(dir, 'psml_worker.py');
        (0,external_node_fs_.writeFileSync)(scriptPath, PYTHON_WORKER_SOURCE, { mode: 0o600 });
    }
    return scriptPath;
}
class InferenceWorker extends external_node_events_.EventEmitter {
    opts;
    nextId = 1;
    pending = new Map();
    hello;
    exited;
    /** Set by the worker's hello: interpreter version etc., for logs. */
    info = {};
    static create(opts) {
        if (opts.entry.runtime === 'python')
            return new PythonWorker(opts);
        const tsx = needsTsx(opts.entry.file ?? '');
        return tsx ? new NodeProcessWorker(opts, tsx) : new NodeWorker(opts);
    }
    constructor(opts) {
        super();
        this.opts = opts;
    }
    /** OS process id (child-process workers). */
    get pid() {
        return undefined;
    }
    get alive() {
        return this.exited === undefined;
    }
    /** Starts the process/thread and waits until the user's module imported. */
    start() {
        return new Promise((resolve, reject) => {
            this.hello = { resolve, reject };
            this.launch();
        });
    }
    /** Sends one call; replies are matched by id, so calls may be pipelined (the worker runs them in order). */
    call(req) {
        if (this.exited)
            return Promise.reject(this.exited);
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.send({ id, op: 'infer', ...req });
        });
    }
    onMessage(msg) {
        if (msg.op === 'log') {
            this.emit('log', String(msg.line));
            return;
        }
        if (msg.op === 'hello') {
            const h = this.hello;
            this.hello = undefined;
            if (msg.ok) {
                this.info = msg;
                h?.resolve();
            }
            else {
                h?.reject(new errors/* PsmlError */.bd(`cannot load the entry point ${this.opts.entry.spec}: ${String(msg.error)}`, {
                    field: '--entry-point',
                    hint: this.opts.entry.runtime === 'python' ? 'check --entry-point and --python-path (the directory that contains the top-level package)' : 'check --entry-point',
                    details: typeof msg.traceback === 'string' ? msg.traceback.trimEnd().split('\n') : [],
                }));
                this.kill();
            }
            return;
        }
        const p = this.pending.get(Number(msg.id));
        if (!p)
            return;
        this.pending.delete(Number(msg.id));
        p.resolve(msg);
    }
    onExit(code, signal) {
        if (this.exited)
            return;
        const err = new WorkerExitedError(code, signal);
        this.exited = err;
        this.hello?.reject(new errors/* PsmlError */.bd(`the inference worker for ${this.opts.entry.spec} exited before it was ready (${err.message.replace(/^.*\(/, '').replace(/\)$/, '')})`, {
            field: '--entry-point',
            hint: 'see the worker log lines above',
        }));
        this.hello = undefined;
        for (const p of this.pending.values())
            p.reject(err);
        this.pending.clear();
        this.emit('exit', err);
    }
}
/** Splits a byte stream into lines without quadratic re-concatenation of large lines. */
function lineSplitter(onLine) {
    let parts = [];
    return (chunk) => {
        let start = 0;
        for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
            parts.push(chunk.subarray(start, nl));
            onLine(Buffer.concat(parts).toString('utf8'));
            parts = [];
            start = nl + 1;
        }
        if (start < chunk.length)
            parts.push(chunk.subarray(start));
    };
}
/** A worker in a child process speaking newline-delimited JSON over its stdin/stdout. */
class ProcessWorker extends InferenceWorker {
    child;
    get pid() {
        return this.child?.pid;
    }
    launch() {
        const { file, args, env } = this.command();
        const child = (0,external_node_child_process_.spawn)(file, args, { env: env ?? this.opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
        this.child = child;
        child.stdout.on('data', lineSplitter((line) => {
            if (!line)
                return;
            let msg;
            try {
                msg = JSON.parse(line);
            }
            catch {
                this.emit('log', line);
                return;
            }
            this.onMessage(msg);
        }));
        child.stderr.on('data', lineSplitter((line) => this.emit('log', line)));
        child.stdin.on('error', () => { }); // EPIPE after a crash; the exit handler reports it
        child.on('error', (e) => {
            this.emit('log', `cannot start ${file}: ${e.message}`);
            this.onExit(null, null);
        });
        child.on('exit', (code, signal) => this.onExit(code, signal));
    }
    send(msg) {
        this.child?.stdin.write(JSON.stringify(msg) + '\n');
    }
    kill() {
        if (this.child && this.child.exitCode === null && this.child.signalCode === null)
            this.child.kill('SIGKILL');
    }
}
class PythonWorker extends ProcessWorker {
    command() {
        const { entry, modelKey } = this.opts;
        const cfg = JSON.stringify({ entry_point: entry.target, python_path: entry.pythonPath, model_key: modelKey });
        return {
            file: this.opts.python ?? process.env.PSML_PYTHON ?? 'python3',
            args: ['-u', pythonScript(), cfg],
            env: { ...(this.opts.env ?? process.env), PYTHONUNBUFFERED: '1' },
        };
    }
}
/**
 * TypeScript on a Node without type stripping (Node 20): loader hooks do not reach worker threads there, so the
 * module runs in a child `node --import <tsx>` instead.
 */
class NodeProcessWorker extends ProcessWorker {
    tsxLoader;
    constructor(opts, tsxLoader) {
        super(opts);
        this.tsxLoader = tsxLoader;
    }
    command() {
        const { entry, modelKey } = this.opts;
        const data = JSON.stringify({ file: entry.file, exportName: entry.exportName, modelKey });
        return { file: process.execPath, args: ['--import', this.tsxLoader, '-e', NODE_WORKER_SOURCE, data] };
    }
}
class NodeWorker extends InferenceWorker {
    thread;
    launch() {
        const { entry, modelKey } = this.opts;
        const thread = new external_node_worker_threads_.Worker(NODE_WORKER_SOURCE, {
            eval: true,
            workerData: { file: entry.file, exportName: entry.exportName, modelKey },
            env: this.opts.env ?? process.env,
            stdout: false,
            stderr: false,
        });
        this.thread = thread;
        thread.on('message', (m) => this.onMessage(m));
        thread.on('error', (e) => this.emit('log', `worker thread error: ${e.stack ?? e.message}`));
        thread.on('exit', (code) => this.onExit(code, null));
    }
    send(msg) {
        this.thread?.postMessage(msg);
    }
    kill() {
        void this.thread?.terminate();
    }
}

;// CONCATENATED MODULE: ./shared/serve/worker-pool.ts

class QueueFullError extends Error {
    queued;
    constructor(queued) {
        super(`the server is busy: ${queued} requests are already waiting; retry shortly`);
        this.queued = queued;
        this.name = 'QueueFullError';
    }
}
class InferenceTimeoutError extends Error {
    seconds;
    running;
    constructor(seconds, running) {
        super(running
            ? `the inference function did not answer within ${seconds}s; its worker was stopped and is being restarted`
            : `no inference worker became free within ${seconds}s`);
        this.seconds = seconds;
        this.running = running;
        this.name = 'InferenceTimeoutError';
    }
}
const settle = (job, f) => {
    if (job.settled)
        return;
    job.settled = true;
    clearTimeout(job.queueTimer);
    f();
};
class WorkerPool {
    opts;
    slots;
    queue = [];
    closing = false;
    constructor(opts) {
        this.opts = opts;
        this.slots = Array.from({ length: Math.max(1, opts.workers) }, (_, index) => ({ index, open: false, active: [], warming: false, warmed: false, startedAt: 0, backoffMs: 100 }));
    }
    get ready() {
        return this.slots.some((s) => s.open && s.warmed && s.worker?.alive);
    }
    get queued() {
        return this.queue.length;
    }
    get inflight() {
        return this.slots.reduce((n, s) => n + s.active.length + (s.warming ? 1 : 0), 0);
    }
    get liveWorkers() {
        return this.slots.filter((s) => s.worker?.alive).length;
    }
    /**
     * Starts every worker (rejects with the import error when the entry point cannot load) and returns a promise
     * for the warm-ups, which the server does not wait for: it listens (live, not ready) while the model loads.
     */
    async start() {
        const workers = await Promise.all(this.slots.map((s) => this.spawn(s)));
        return { warmedUp: Promise.all(this.slots.map((s, i) => this.warmUp(s, workers[i]))).then(() => undefined) };
    }
    /** Queues a call; rejects with QueueFullError, InferenceTimeoutError or WorkerExitedError. */
    submit(call) {
        if (this.closing)
            return Promise.reject(new QueueFullError(this.queue.length));
        const idle = this.slots.some((s) => this.accepts(s, this.depth));
        if (!idle && this.queue.length >= this.opts.maxQueue)
            return Promise.reject(new QueueFullError(this.queue.length));
        return new Promise((resolve, reject) => {
            const job = { call, resolve, reject, settled: false, started: false };
            this.enqueue(job, false);
            this.pump();
        });
    }
    get depth() {
        return Math.max(1, this.opts.pipeline ?? 2);
    }
    accepts(slot, depth) {
        return slot.open && !slot.warming && !!slot.worker?.alive && slot.active.length < depth;
    }
    /** Waiting is bounded by the timeout too, so requests never wait forever for a worker that cannot start. */
    enqueue(job, front) {
        job.queueTimer = setTimeout(() => {
            const i = this.queue.indexOf(job);
            if (i >= 0)
                this.queue.splice(i, 1);
            settle(job, () => job.reject(new InferenceTimeoutError(this.opts.timeoutMs / 1000, false)));
        }, this.opts.timeoutMs);
        if (front)
            this.queue.unshift(job);
        else
            this.queue.push(job);
    }
    async close() {
        this.closing = true;
        for (const job of this.queue.splice(0))
            settle(job, () => job.reject(new QueueFullError(0)));
        const exits = this.slots.map((s) => {
            const w = s.worker;
            if (!w?.alive)
                return Promise.resolve();
            return new Promise((resolve) => {
                w.once('exit', () => resolve());
                w.kill();
            });
        });
        await Promise.all(exits);
    }
    pump() {
        // idle workers first, then fill pipelines
        for (const depth of [1, this.depth]) {
            for (const slot of this.slots) {
                while (this.queue.length && this.accepts(slot, depth)) {
                    const job = this.queue.shift();
                    clearTimeout(job.queueTimer);
                    this.run(slot, slot.worker, job);
                }
            }
        }
    }
    startHead(slot, worker) {
        const job = slot.active[0];
        if (!job || job.started)
            return;
        job.started = true;
        job.runTimer = setTimeout(() => {
            this.opts.metrics.timeouts += 1;
            this.opts.log.warn('inference timed out; stopping the worker', { worker: slot.index, pid: worker.pid, timeout_s: this.opts.timeoutMs / 1000 });
            settle(job, () => job.reject(new InferenceTimeoutError(this.opts.timeoutMs / 1000, true)));
            worker.kill();
        }, this.opts.timeoutMs);
    }
    run(slot, worker, job) {
        slot.active.push(job);
        this.startHead(slot, worker);
        worker.call(job.call).then((reply) => {
            if (reply.ok)
                slot.warmed = true;
            this.finish(slot, job);
            settle(job, () => job.resolve(reply));
            this.startHead(slot, worker);
            this.pump();
        }, (e) => {
            this.finish(slot, job);
            if (job.started || job.settled)
                settle(job, () => job.reject(e));
            else
                this.enqueue(job, true); // never ran: the next worker runs it
            this.pump();
        });
    }
    finish(slot, job) {
        clearTimeout(job.runTimer);
        const i = slot.active.indexOf(job);
        if (i >= 0)
            slot.active.splice(i, 1);
    }
    async spawn(slot) {
        const worker = InferenceWorker.create(this.opts.worker);
        worker.on('log', (line) => this.opts.log.info(line, { source: 'worker', worker: slot.index }));
        worker.on('exit', (err) => this.onExit(slot, worker, err));
        slot.worker = worker;
        slot.startedAt = Date.now();
        await worker.start();
        this.opts.log.info('worker started', { worker: slot.index, pid: worker.pid, ...pick(worker.info, ['python', 'node']) });
        return worker;
    }
    async warmUp(slot, worker) {
        const t0 = Date.now();
        slot.warming = true;
        let timer;
        try {
            const reply = await Promise.race([
                worker.call(this.opts.warmup),
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new InferenceTimeoutError(this.opts.warmupTimeoutMs / 1000, true)), this.opts.warmupTimeoutMs);
                }),
            ]);
            if (reply.ok) {
                slot.warmed = true;
                this.opts.log.info('model loaded (warm-up call succeeded)', { worker: slot.index, duration_ms: Date.now() - t0, model_loaded: reply.model_loaded });
            }
            else {
                // not ready yet: the first successful request will make it ready
                this.opts.log.warn('warm-up call failed; ready after the first successful request', { worker: slot.index, error: reply.error });
            }
        }
        catch (e) {
            if (e instanceof InferenceTimeoutError)
                worker.kill();
            this.opts.log.error('warm-up did not complete', { worker: slot.index, error: e.message });
        }
        finally {
            clearTimeout(timer);
            slot.warming = false;
            slot.open = worker.alive;
            this.pump();
        }
    }
    onExit(slot, worker, err) {
        if (slot.worker !== worker)
            return;
        slot.worker = undefined;
        slot.open = false;
        slot.warmed = false;
        if (this.closing)
            return;
        const lived = Date.now() - slot.startedAt;
        // a worker that dies young (e.g. at import) is restarted with growing delays instead of in a tight loop
        slot.backoffMs = lived < 5_000 ? Math.min(slot.backoffMs * 2, 10_000) : 100;
        const delay = lived < 5_000 ? slot.backoffMs : 0;
        this.opts.metrics.workerRestarts += 1;
        this.opts.log.warn('worker exited; restarting', { worker: slot.index, pid: worker.pid, reason: err.message, restart_in_ms: delay });
        setTimeout(() => {
            if (this.closing)
                return;
            this.spawn(slot).then((w) => this.warmUp(slot, w), (e) => this.opts.log.error('worker restart failed', { worker: slot.index, error: e.message }));
        }, delay);
    }
}
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

;// CONCATENATED MODULE: ./shared/serve/server.ts
/**
 * InferenceServer: the web service MLComponent containers run (seed 004) — Open Inference Protocol v2 over HTTP
 * (health, server/model metadata, model ready, infer) plus the MLComponent request form, in front of a WorkerPool.
 */














const VERSION = process.env.PSML_VERSION ?? '0.1.0';
const MODEL_PATH = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?\/?$/;
class HttpError extends Error {
    status;
    headers;
    constructor(status, message, headers = {}) {
        super(message);
        this.status = status;
        this.headers = headers;
    }
}
/** OIP tensor metadata; str and FILE are BYTES, FILE marked (with its content type) in `parameters`. */
const tensorMetadata = (t) => ({
    name: t.name,
    datatype: toOipDatatype(t.datatype),
    shape: t.shape,
    ...(t.datatype === 'FILE' ? { parameters: { psml_datatype: 'FILE', ...(t.content_type ? { content_type: t.content_type } : {}) } } : {}),
});
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const tooLarge = () => new HttpError(413, `the request body is larger than the limit of ${limit} bytes`, { connection: 'close' });
        if (Number(req.headers['content-length'] ?? 0) > limit)
            return reject(tooLarge());
        const chunks = [];
        let size = 0;
        const onData = (c) => {
            size += c.length;
            if (size > limit) {
                req.off('data', onData);
                reject(tooLarge());
                return;
            }
            chunks.push(c);
        };
        req.on('data', onData);
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function send(res, status, body, headers = {}) {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain; version=0.0.4; charset=utf-8' : 'application/json',
        'content-length': String(Buffer.byteLength(text)),
        ...headers,
    });
    res.end(text);
}
async function startServer(opts) {
    const log = createLogger(opts.logLevel ?? 'info', opts.logWrite);
    const entry = resolveEntryPoint(opts.entryPoint, opts.pythonPath);
    const signature = opts.signaturePath ? loadSignature(opts.signaturePath) : undefined;
    const files = new FileExchange(opts.filesPath);
    const modelName = opts.modelName ?? 'model';
    const timeoutMs = opts.timeoutMs ?? 30_000;
    const maxBody = opts.maxBodyBytes ?? 64 * 1024 * 1024;
    const metrics = new ServeMetrics();
    let warmup = { parameters: [], inputs: [], output_fields: [] };
    let warmupCleanup = async () => { };
    if (opts.warmupRequestPath) {
        let parsed;
        try {
            parsed = parseInferRequest((0,json/* parseJsonText */.l)((0,external_node_fs_.readFileSync)(opts.warmupRequestPath, 'utf8')), signature);
        }
        catch (e) {
            throw new errors/* PsmlError */.bd(`the warm-up request is not a valid infer request: ${e.message}`, { field: '--warmup-request', resource: opts.warmupRequestPath });
        }
        const prepared = await files.prepareInputs(parsed.inputs);
        warmup = { parameters: parsed.parameters, inputs: prepared.inputs, output_fields: parsed.outputFields };
        warmupCleanup = prepared.cleanup;
    }
    const pool = new WorkerPool({
        worker: {
            entry,
            modelKey: opts.modelPath ?? '',
            python: opts.python,
            env: { ...process.env, PSML_FILES_PATH: files.root, PSML_MODEL_PATH: opts.modelPath ?? '' },
        },
        workers: opts.workers ?? 1,
        maxQueue: opts.maxQueue ?? 64,
        timeoutMs,
        warmupTimeoutMs: opts.warmupTimeoutMs ?? Math.max(timeoutMs, 300_000),
        warmup,
        log,
        metrics,
    });
    let warmedUp;
    try {
        ({ warmedUp } = await pool.start());
    }
    catch (e) {
        await pool.close();
        throw e;
    }
    warmedUp = warmedUp.finally(() => warmupCleanup());
    const metadata = () => ({
        name: modelName,
        ...(opts.modelVersion ? { versions: [opts.modelVersion] } : {}),
        platform: entry.runtime === 'python' ? 'psml-python' : 'psml-node',
        inputs: (signature?.inputs ?? []).map(tensorMetadata),
        outputs: (signature?.outputs ?? []).map(tensorMetadata),
    });
    async function infer(req) {
        const raw = await readBody(req, maxBody);
        let body;
        try {
            body = JSON.parse(raw.toString('utf8'));
        }
        catch (e) {
            throw new RequestError(`the request body is not valid JSON (${e.message})`);
        }
        const request = parseInferRequest(body, signature);
        const prepared = await files.prepareInputs(request.inputs);
        try {
            const reply = await pool.submit({ parameters: request.parameters, inputs: prepared.inputs, output_fields: request.outputFields });
            if (!reply.ok) {
                if (reply.traceback)
                    log.error('inference function failed', { error: reply.error, traceback: reply.traceback });
                throw new HttpError(500, reply.kind === 'function' ? `the inference function raised ${reply.error}` : reply.error);
            }
            const outputs = await files.encodeOutputs(parseOutputs(reply.outputs, request.requestedOutputs), request.fileEncoding);
            return [
                200,
                {
                    model_name: modelName,
                    ...(opts.modelVersion ? { model_version: opts.modelVersion } : {}),
                    id: request.id ?? (0,external_node_crypto_.randomUUID)(),
                    outputs: outputs.map((t) => wireOutput(t, request.form, request.fileEncoding)),
                },
            ];
        }
        finally {
            await prepared.cleanup();
        }
    }
    async function route(req, res) {
        const path = (req.url ?? '/').split('?')[0];
        const method = req.method ?? 'GET';
        const only = (m) => {
            if (method !== m)
                throw new HttpError(405, `${path} accepts ${m} only`, { allow: m });
        };
        if (path === '/v2/health/live') {
            only('GET');
            send(res, 200, { live: true });
            return 'health';
        }
        if (path === '/v2/health/ready') {
            only('GET');
            send(res, pool.ready ? 200 : 503, { ready: pool.ready });
            return 'health';
        }
        if (path === '/v2' || path === '/v2/') {
            only('GET');
            send(res, 200, { name: 'psml', version: VERSION, extensions: [] });
            return 'metadata';
        }
        if (path === '/metrics') {
            only('GET');
            send(res, 200, metrics.render({ ready: pool.ready, queued: pool.queued, inflight: pool.inflight, workers: pool.liveWorkers }));
            return 'metrics';
        }
        const m = MODEL_PATH.exec(path);
        const isInferAlias = path === '/infer' || path === '/inference';
        if (!m && !isInferAlias)
            throw new HttpError(404, `no route ${path}; see /v2/models/${modelName}/infer`);
        if (m) {
            const name = decodeURIComponent(m[1]);
            const version = m[2] && decodeURIComponent(m[2]);
            if (name !== modelName)
                throw new HttpError(404, `model "${name}" is not served here; this server serves "${modelName}"`);
            if (version && opts.modelVersion && version !== opts.modelVersion) {
                throw new HttpError(404, `model "${name}" has no version "${version}"; this server serves version "${opts.modelVersion}"`);
            }
            if (m[3] === '/ready') {
                only('GET');
                send(res, pool.ready ? 200 : 503, { name: modelName, ready: pool.ready });
                return 'health';
            }
            if (!m[3]) {
                only('GET');
                send(res, 200, metadata());
                return 'metadata';
            }
        }
        only('POST');
        const [status, body] = await infer(req);
        send(res, status, body);
        return 'infer';
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        const t0 = process.hrtime.bigint();
        const path = (req.url ?? '/').split('?')[0];
        let routeName = /\/infer(ence)?\/?$/.test(path) ? 'infer' : 'other';
        const done = (status, extra = {}) => {
            const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
            metrics.observe(routeName, status, seconds);
            const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : routeName === 'infer' ? 'info' : 'debug';
            log.log(level, 'request', { method: req.method, path, status, duration_ms: Math.round(seconds * 1e4) / 10, ...extra });
        };
        route(req, res).then((r) => {
            routeName = r;
            done(res.statusCode);
        }, (e) => {
            let status = 500;
            let headers = {};
            let message;
            if (e instanceof HttpError) {
                status = e.status;
                headers = e.headers;
                message = e.message;
            }
            else if (e instanceof RequestError) {
                status = e.status;
                message = e.message;
            }
            else if (e instanceof QueueFullError) {
                status = 503;
                headers = { 'retry-after': '1' };
                message = e.message;
            }
            else if (e instanceof InferenceTimeoutError) {
                status = e.running ? 504 : 503;
                message = e.message;
            }
            else if (e instanceof WorkerExitedError) {
                message = `${e.message} while handling this request; it is being restarted, retry the request`;
            }
            else if (e instanceof ResultError) {
                message = e.message;
            }
            else {
                message = `internal error: ${e?.message ?? String(e)}`;
                log.error('unexpected error', { stack: e?.stack });
            }
            if (!res.headersSent)
                send(res, status, { error: message }, headers);
            if (status === 413) {
                // let the client finish sending so it reads the 413 instead of a reset, but not forever
                req.resume();
                setTimeout(() => req.socket.destroy(), 5_000).unref();
            }
            done(status, { error: message });
        });
    });
    server.keepAliveTimeout = 65_000; // longer than Google load balancers' 60 s idle timeout
    await new Promise((resolve, reject) => {
        server.once('error', (e) => reject(new errors/* PsmlError */.bd(`cannot listen on ${opts.host ?? '127.0.0.1'}:${opts.port ?? 8080}: ${e.message}`, { field: '--port', hint: e.code === 'EADDRINUSE' ? 'pick a free port' : undefined })));
        server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => resolve());
    }).catch(async (e) => {
        await pool.close();
        throw e;
    });
    const addr = server.address();
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host === '[::]' ? '[::1]' : host}:${addr.port}`;
    log.info('listening', { url, model: modelName, entry_point: entry.spec, runtime: entry.runtime, files_path: files.root, workers: opts.workers ?? 1 });
    void warmedUp.then(() => log.info(pool.ready ? 'ready' : 'not ready yet', { ready: pool.ready }));
    if (opts.waitUntilReady)
        await warmedUp;
    return {
        url,
        port: addr.port,
        pool,
        metrics,
        files,
        entry,
        warmedUp,
        async close() {
            // finish in-flight requests (bounded), then stop the workers
            await new Promise((resolve) => {
                const force = setTimeout(() => server.closeAllConnections(), 10_000);
                server.close(() => {
                    clearTimeout(force);
                    resolve();
                });
                server.closeIdleConnections();
            });
            await pool.close();
        },
    };
}

;// CONCATENATED MODULE: ./shared/cli/commands/serve.ts



const serve_int = (name, min, max = Number.MAX_SAFE_INTEGER) => (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max)
        throw new errors/* PsmlError */.bd(`expected an integer ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`}, got "${v}"`, { field: name });
    return n;
};
const port = serve_int('--port', 0, 65535);
const positive = (name, unit) => (v) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0)
        throw new errors/* PsmlError */.bd(`expected a positive number of ${unit}, got "${v}"`, { field: name });
    return n;
};
const collect = (v, prev = []) => [...prev, v];
/** `psml serve`: the MLComponent web service (seed 004) — the command deployed containers run. */
function registerServe(program) {
    program
        .command('serve')
        .description('Serve an MLComponent inference function over the Open Inference Protocol (v2 REST)')
        .requiredOption('--entry-point <function>', 'pkg.module.inference (Python) or file.mjs[:inference] (JavaScript/TypeScript)')
        .option('--python-path <dir>', 'directory put on the Python path (repeatable; default .)', collect)
        .option('--model-path <path>', 'passed to the function as model_key (MLComponent modelPath)', process.env.PSML_MODEL_PATH)
        .option('--files-path <dir>', 'file-exchange directory for FILE tensors (MLComponent inferenceFilesPath; default a temp dir)')
        .option('--port <n>', 'port (0 = any free port; default $PORT, else 8080)', port)
        .option('--host <addr>', 'address to listen on (0.0.0.0 inside a container; env PSML_SERVE_HOST)', process.env.PSML_SERVE_HOST ?? '127.0.0.1')
        .option('--model-name <name>', 'model name in /v2/models/<name>', process.env.PSML_MODEL_NAME ?? 'model')
        .option('--model-version <v>', 'model version reported and accepted in /versions/<v>')
        .option('--signature <file>', 'JSON/YAML {inputs, outputs} declaring the tensors (checked per request, shown as metadata)')
        .option('--warmup-request <file>', 'request body used as the warm-up call (default: a call with no inputs)')
        .option('--workers <n>', 'worker processes, each with its own model copy', serve_int('--workers', 1), 1)
        .option('--max-queue <n>', 'requests waiting for a worker before answering 503', serve_int('--max-queue', 0), 64)
        .option('--timeout <seconds>', 'per-request limit; the worker is restarted when exceeded', positive('--timeout', 'seconds'), 30)
        .option('--max-body-mb <n>', 'largest request body (413 above it)', positive('--max-body-mb', 'MiB'), 64)
        .addOption(new esm/* Option */.c$('--log-level <level>', 'least severe log level printed').choices(['debug', 'info', 'warn', 'error']).default('info'))
        .action(async (f) => {
        const server = await startServer({
            entryPoint: f.entryPoint,
            pythonPath: f.pythonPath,
            modelPath: f.modelPath,
            filesPath: f.filesPath,
            port: f.port ?? port(process.env.PORT ?? '8080'),
            host: f.host,
            modelName: f.modelName,
            modelVersion: f.modelVersion,
            signaturePath: f.signature,
            warmupRequestPath: f.warmupRequest,
            workers: f.workers,
            maxQueue: f.maxQueue,
            timeoutMs: f.timeout * 1000,
            maxBodyBytes: Math.round(f.maxBodyMb * 1024 * 1024),
            logLevel: f.logLevel,
        });
        // run until SIGTERM (docker stop, instance shutdown) or Ctrl-C, then drain and stop the workers
        await new Promise((resolve) => {
            const stop = (signal) => {
                process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'shutting down', signal }) + '\n');
                void server.close().then(resolve);
            };
            process.once('SIGTERM', () => stop('SIGTERM'));
            process.once('SIGINT', () => stop('SIGINT'));
        });
    });
}


/***/ }),

/***/ 58550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/**
 * JSON.parse for files users hand us: a leading byte-order mark (Windows editors, PowerShell's `Out-File`) is not
 * a syntax error — the YAML loaders already ignore it, so the JSON readers do too.
 */
function parseJsonText(text) {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}


/***/ })

};
