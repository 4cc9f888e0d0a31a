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
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { PsmlError } from '../errors.js';
import {
  DEFAULT_OPTIMIZER,
  type Accelerator,
  type Capacity,
  type PerfData,
  type SaturationPolicy,
  type Server,
  type ServiceClass,
  type SolverChoice,
  type System,
} from './system.js';

/** Tokens per prefill step in the newer (perfParms) model's chunked prefill. */
export const CHUNK_TOKENS = 8192;

const normKey = (k: string) => k.toLowerCase().replace(/[-_]/g, '');

/**
 * Recursively lower-cases keys (and drops separators); later duplicates of the same normalised key win. A fleet
 * repeats a few dozen keys thousands of times: each is normalised once per document (`seen`).
 */
export function normaliseKeys(v: unknown, seen = new Map<string, string>()): unknown {
  if (Array.isArray(v)) return v.map((x) => normaliseKeys(x, seen));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      let n = seen.get(k);
      if (n === undefined) seen.set(k, (n = normKey(k)));
      out[n] = normaliseKeys(o[k], seen);
    }
    return out;
  }
  return v;
}

const num = (d = 0) => z.coerce.number().default(d);
const nonNeg = (d = 0) => z.coerce.number().min(0).default(d);
const str = z.coerce.string();

const acceleratorSchema = z.object({
  name: str.min(1),
  type: str.optional(),
  multiplicity: z.coerce.number().int().min(1).default(1),
  memsize: nonNeg(),
  cost: nonNeg(),
  spotcost: z.coerce.number().min(0).optional(),
});
const capacitySchema = z.object({ type: str.min(1), count: nonNeg(), spot: nonNeg() });
const perfSchema = z.object({
  name: str.min(1),
  acc: str.min(1),
  acccount: z.coerce.number().int().min(1).default(1),
  maxbatchsize: z.coerce.number().int().min(1).default(1),
  attokens: nonNeg(),
  decodeparms: z.object({ alpha: nonNeg(), beta: nonNeg() }).optional(),
  prefillparms: z.object({ gamma: nonNeg(), delta: nonNeg() }).optional(),
  perfparms: z.object({ alpha: nonNeg(), beta: nonNeg(), gamma: nonNeg() }).optional(),
});
const classSchema = z.object({
  name: str.min(1),
  priority: num(100),
  modeltargets: z
    .array(z.object({ model: str.min(1), sloitl: nonNeg(), slottft: nonNeg(), slotps: nonNeg() }))
    .default([]),
});
const loadSchema = z.object({ arrivalrate: nonNeg(), avgintokens: nonNeg(), avgouttokens: nonNeg() });
const serverSchema = z.object({
  name: str.min(1),
  class: str.min(1),
  model: str.min(1),
  keepaccelerator: z.boolean().default(false),
  minnumreplicas: z.coerce.number().int().min(0).default(0),
  maxnumreplicas: z.coerce.number().int().min(0).default(0),
  maxbatchsize: z.coerce.number().int().min(0).default(0),
  allowspot: z.boolean().default(true),
  load: loadSchema.optional(),
  currentalloc: z
    .object({
      accelerator: str.default(''),
      numreplicas: z.coerce.number().int().min(0).default(0),
      maxbatch: nonNeg(),
      cost: nonNeg(),
      itlaverage: nonNeg(),
      ttftaverage: nonNeg(),
      spot: z.boolean().default(false),
      load: loadSchema.optional(),
    })
    .optional(),
});
const policies: SaturationPolicy[] = ['None', 'PriorityExhaustive', 'PriorityRoundRobin', 'RoundRobin'];
const optimizerSchema = z.object({
  unlimited: z.boolean().default(false),
  saturationpolicy: str.default('None'),
  milpsolver: z.boolean().optional(),
  solver: z.enum(['auto', 'exact', 'heuristic']).optional(),
  timelimit: z.coerce.number().positive().optional(),
  polish: z.coerce.number().min(0).optional(),
});

/** The six sections, already key-normalised; each may be wrapped (`{accelerators: […]}`) or bare (`[…]`). */
export interface RawSections {
  accelerators?: unknown;
  capacity?: unknown;
  models?: unknown;
  serviceClasses?: unknown;
  servers?: unknown;
  optimizer?: unknown;
}

function list(section: unknown, wrapperKey: string, what: string, resource: string): unknown[] {
  if (section === undefined || section === null) return [];
  if (Array.isArray(section)) return section;
  if (typeof section === 'object') {
    const inner = (section as Record<string, unknown>)[wrapperKey];
    if (inner === undefined || inner === null) return [];
    if (Array.isArray(inner)) return inner;
  }
  throw new PsmlError(`${what} must be a list`, { resource, field: wrapperKey, hint: `write "${wrapperKey}": [ … ]` });
}

function parseItems<T extends z.ZodType>(schema: T, items: unknown[], section: string, resource: string): z.infer<T>[] {
  const errors: string[] = [];
  const out: z.infer<T>[] = [];
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else {
      const name = typeof item === 'object' && item && 'name' in item ? ` (${String((item as { name: unknown }).name)})` : '';
      for (const issue of r.error.issues) errors.push(`${section}[${i}]${name}.${issue.path.join('.')}: ${issue.message}`);
    }
  });
  if (errors.length) {
    throw new PsmlError(`invalid ${section}: ${errors[0]}`, {
      resource,
      field: section,
      details: errors.slice(1, 20),
      hint: 'fix the listed entries (keys are case-insensitive, numbers must be ≥ 0)',
    });
  }
  return out;
}

/** Builds the normalised System from key-normalised sections; `resource` names the file(s) for error messages. */
export function buildSystem(raw: RawSections, resource: string): System {
  const accelerators = new Map<string, Accelerator>();
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
  const capacity = new Map<string, Capacity>();
  for (const c of parseItems(capacitySchema, list(raw.capacity, 'count', 'capacity', resource), 'capacity', resource)) {
    capacity.set(c.type, { onDemand: Math.floor(c.count), spot: Math.floor(c.spot) });
  }
  const perf = new Map<string, Map<string, PerfData>>();
  for (const m of parseItems(perfSchema, list(raw.models, 'models', 'models', resource), 'models', resource)) {
    let p: PerfData;
    const base = { model: m.name, acc: m.acc, accCount: m.acccount, maxBatchSize: m.maxbatchsize, atTokens: m.attokens };
    if (m.perfparms) {
      // Newer model: iteration time α + β·(requests in the batch); prefill tokens cost γ each and are processed
      // in chunks of CHUNK_TOKENS, each chunk adding one more iteration overhead α (amortised per token).
      const { alpha, beta, gamma } = m.perfparms;
      p = { ...base, decodeAlpha: alpha, decodeBeta: beta, prefillConst: alpha, prefillPerRequest: beta, prefillPerToken: gamma + alpha / CHUNK_TOKENS };
    } else if (m.decodeparms) {
      p = {
        ...base,
        decodeAlpha: m.decodeparms.alpha,
        decodeBeta: m.decodeparms.beta,
        prefillConst: m.prefillparms?.gamma ?? 0,
        prefillPerRequest: 0,
        prefillPerToken: m.prefillparms?.delta ?? 0,
      };
    } else {
      throw new PsmlError(`model ${m.name} on ${m.acc} has no performance parameters`, {
        resource,
        field: `models.${m.name}`,
        hint: 'give decodeParms {alpha, beta} + prefillParms {gamma, delta}, or perfParms {alpha, beta, gamma}',
      });
    }
    if (!accelerators.has(m.acc)) {
      throw new PsmlError(`model ${m.name} refers to unknown accelerator "${m.acc}"`, {
        resource,
        field: `models.${m.name}.acc`,
        hint: `declare it under accelerators or fix the name (known: ${[...accelerators.keys()].sort().slice(0, 10).join(', ')})`,
      });
    }
    let byAcc = perf.get(m.name);
    if (!byAcc) perf.set(m.name, (byAcc = new Map()));
    byAcc.set(m.acc, p);
  }
  const classes = new Map<string, ServiceClass>();
  for (const c of parseItems(classSchema, list(raw.serviceClasses, 'serviceclasses', 'serviceClasses', resource), 'serviceClasses', resource)) {
    const priority = Number.isInteger(c.priority) && c.priority >= 1 && c.priority <= 100 ? c.priority : 100;
    const targets = new Map(c.modeltargets.map((t) => [t.model, { model: t.model, itl: t.sloitl, ttft: t.slottft, tps: t.slotps }]));
    classes.set(c.name, { name: c.name, priority, targets });
  }
  const servers: Server[] = [];
  const seen = new Set<string>();
  for (const s of parseItems(serverSchema, list(raw.servers, 'servers', 'servers', resource), 'servers', resource)) {
    if (seen.has(s.name)) throw new PsmlError(`server "${s.name}" is listed twice`, { resource, field: 'servers', hint: 'server names must be unique' });
    seen.add(s.name);
    if (!classes.has(s.class)) {
      throw new PsmlError(`server ${s.name} refers to unknown service class "${s.class}"`, {
        resource,
        field: `servers.${s.name}.class`,
        hint: 'declare the class under serviceClasses or fix the name',
      });
    }
    const ca = s.currentalloc;
    const rawLoad = ca?.load ?? s.load;
    const load = { arrivalRate: rawLoad?.arrivalrate ?? 0, avgInTokens: rawLoad?.avgintokens ?? 0, avgOutTokens: rawLoad?.avgouttokens ?? 0 };
    if (s.maxnumreplicas > 0 && s.maxnumreplicas < s.minnumreplicas) {
      throw new PsmlError(`server ${s.name}: maxNumReplicas ${s.maxnumreplicas} is below minNumReplicas ${s.minnumreplicas}`, {
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
  const optRaw = raw.optimizer && typeof raw.optimizer === 'object' && 'optimizer' in raw.optimizer ? (raw.optimizer as { optimizer: unknown }).optimizer : raw.optimizer;
  const o = optimizerSchema.safeParse(optRaw ?? {});
  if (!o.success) {
    const issue = o.error.issues[0];
    throw new PsmlError(`invalid optimizer settings: ${issue?.path.join('.')}: ${issue?.message}`, { resource, field: 'optimizer' });
  }
  const policy = policies.find((p) => p.toLowerCase() === o.data.saturationpolicy.toLowerCase());
  if (!policy) {
    throw new PsmlError(`unknown saturationPolicy "${o.data.saturationpolicy}"`, {
      resource,
      field: 'optimizer.saturationPolicy',
      hint: `use one of ${policies.join(', ')}`,
    });
  }
  const solver: SolverChoice = o.data.solver ?? (o.data.milpsolver ? 'exact' : DEFAULT_OPTIMIZER.solver);
  if (servers.length === 0) throw new PsmlError('no servers to optimize', { resource, field: 'servers', hint: 'list at least one server' });
  return {
    accelerators,
    capacity,
    perf,
    classes,
    servers: servers.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    optimizer: { unlimited: o.data.unlimited, saturationPolicy: policy, solver, timeLimit: o.data.timelimit ?? DEFAULT_OPTIMIZER.timeLimit, polish: o.data.polish ?? DEFAULT_OPTIMIZER.polish },
  };
}

function parseText(text: string, file: string): unknown {
  try {
    return /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (e) {
    throw new PsmlError(`cannot parse ${file}: ${(e as Error).message.split('\n')[0]}`, {
      resource: file,
      hint: 'the optimizer input must be valid JSON or YAML',
    });
  }
}

/** Sections from one key-normalised document: the reference's `system` wrapper or psml's flat form. */
export function sectionsFromDocument(doc: unknown, resource: string): RawSections {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new PsmlError('the optimizer input must be an object', { resource, hint: 'see the `system` document format in the docs' });
  }
  let d = doc as Record<string, unknown>;
  if (d.system && typeof d.system === 'object') d = d.system as Record<string, unknown>;
  const pick = (...keys: string[]) => keys.map((k) => d[k]).find((v) => v !== undefined);
  const sections: RawSections = {
    accelerators: pick('acceleratordata', 'accelerators'),
    capacity: pick('capacitydata', 'capacity', 'count'),
    models: pick('modeldata', 'models'),
    serviceClasses: pick('serviceclassdata', 'serviceclasses'),
    servers: pick('serverdata', 'servers'),
    optimizer: pick('optimizerdata', 'optimizer'),
  };
  const missing = (['accelerators', 'models', 'serviceClasses', 'servers'] as const).filter((k) => sections[k] === undefined);
  if (missing.length) {
    throw new PsmlError(`the optimizer input lacks ${missing.join(', ')}`, {
      resource,
      hint: 'give a {"system": {acceleratorData, capacityData, modelData, serviceClassData, serverData}} document, or the six *-data.json files in a directory',
    });
  }
  return sections;
}

const SIX_FILES: Record<keyof RawSections, string> = {
  accelerators: 'accelerator-data',
  capacity: 'capacity-data',
  models: 'model-data',
  serviceClasses: 'serviceclass-data',
  servers: 'server-data',
  optimizer: 'optimizer-data',
};

/** Loads a System from a file (one document) or a directory (one document, or the six files). */
export async function loadSystem(path: string): Promise<System> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new PsmlError(`input ${path} does not exist`, { field: 'input', resource: path, hint: 'pass a system JSON/YAML file or a directory of *-data.json files' });
  }
  if (st.isFile()) return buildSystem(sectionsFromDocument(normaliseKeys(parseText(await readFile(path, 'utf8'), path)), path), path);
  const files = (await readdir(path)).filter((f) => /\.(json|ya?ml)$/i.test(f)).sort();
  const byStem = new Map(files.map((f) => [basename(f, extname(f)).toLowerCase(), f]));
  const sixFound = Object.values(SIX_FILES).some((stem) => byStem.has(stem));
  if (!sixFound) {
    if (files.length !== 1) {
      throw new PsmlError(`directory ${path} holds ${files.length} candidate input files and none of the six *-data files`, {
        field: 'input',
        resource: path,
        hint: 'point --input at one system file, or at a directory with accelerator-data.json, capacity-data.json, model-data.json, serviceclass-data.json, server-data.json',
      });
    }
    const f = join(path, files[0]!);
    return buildSystem(sectionsFromDocument(normaliseKeys(parseText(await readFile(f, 'utf8'), f)), f), f);
  }
  const raw: RawSections = {};
  const missing: string[] = [];
  for (const [section, stem] of Object.entries(SIX_FILES) as [keyof RawSections, string][]) {
    const f = byStem.get(stem);
    if (!f) {
      if (section !== 'optimizer' && section !== 'capacity') missing.push(`${stem}.json`);
      continue;
    }
    const doc = normaliseKeys(parseText(await readFile(join(path, f), 'utf8'), join(path, f)));
    raw[section] = unwrapSectionFile(doc, section);
  }
  if (missing.length) {
    throw new PsmlError(`directory ${path} lacks ${missing.join(', ')}`, { field: 'input', resource: path, hint: 'add the missing files' });
  }
  return buildSystem(raw, path);
}

/** A six-files file may hold the bare data (`{"accelerators": […]}`) or still carry its `…Data` wrapper. */
function unwrapSectionFile(doc: unknown, section: keyof RawSections): unknown {
  const wrapper = { accelerators: 'acceleratordata', capacity: 'capacitydata', models: 'modeldata', serviceClasses: 'serviceclassdata', servers: 'serverdata', optimizer: 'optimizerdata' }[section];
  if (doc && typeof doc === 'object' && wrapper in doc) return (doc as Record<string, unknown>)[wrapper];
  return doc;
}

/** Parses an in-memory document (JSON text or YAML text). */
export function parseSystem(text: string, name = 'input.json'): System {
  return buildSystem(sectionsFromDocument(normaliseKeys(parseText(text, name)), name), name);
}
