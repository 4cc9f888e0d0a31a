import { mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run-cli.js';
import { PsmlError } from '../../shared/errors.js';
import { loadExperiment } from '../../shared/manifest/load.js';
import { GPU_TYPES, machineShape, shapeSupportsGpu } from '../../shared/manifest/machine-types.js';
import { gceShape } from '../../shared/optimize/apply.js';
import { CHUNK_TOKENS, loadSystem } from '../../shared/optimize/input.js';
import { optimize, reportJson } from '../../shared/optimize/optimizer.js';
import { runOptimize } from '../../shared/optimize/run.js';
import type { System } from '../../shared/optimize/system.js';
import { miniSystem } from './helpers.js';

const fixtures = path.resolve(__dirname, 'fixtures');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'psml-opt-test-'));

/** A System as plain data (maps as sorted entries) for deep comparison. */
const plain = (s: System) =>
  JSON.parse(JSON.stringify(s, (_k, v) => (v instanceof Map ? [...v.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) : v)));

describe('input forms', () => {
  it('the system document, the six files and psml YAML read to the same system and the same solution bytes', async () => {
    const doc = await loadSystem(path.join(fixtures, 'system.json'));
    const six = await loadSystem(path.join(fixtures, 'six'));
    const yaml = await loadSystem(path.join(fixtures, 'psml.yaml'));
    expect(plain(six)).toEqual(plain(doc));
    // the YAML fixture leaves out memSize (unused by the model)
    const noMem = (s: System) => plain({ ...s, accelerators: new Map([...s.accelerators].map(([k, a]) => [k, { ...a, memSize: 0 }])) });
    expect(noMem(yaml)).toEqual(noMem(doc));
    const bytes = await Promise.all([doc, six, yaml].map(async (s) => reportJson((await optimize(s)).report)));
    expect(bytes[1]).toBe(bytes[0]);
    expect(bytes[2]).toBe(bytes[0]);
  });

  it('keys match case-insensitively and both perf formats map onto one model', async () => {
    const s = await loadSystem(path.join(fixtures, 'six'));
    // "Name"/"Class"/"ArrivalRate" in server-data.json, "PerfParms"/"Alpha" in model-data.json
    expect(s.servers.map((x) => [x.name, x.class, x.current.load.arrivalRate])).toEqual([
      ['Bulk-granite_13b', 'Bulk', 0],
      ['Premium-granite_13b', 'Premium', 120],
    ]);
    const older = s.perf.get('granite_13b')!.get('L4')!;
    expect(older).toMatchObject({ decodeAlpha: 20, decodeBeta: 0.5, prefillConst: 50, prefillPerRequest: 0, prefillPerToken: 0.02 });
    const newer = s.perf.get('granite_13b')!.get('2xA100')!;
    expect(newer).toMatchObject({ decodeAlpha: 8, decodeBeta: 0.1, prefillConst: 8, prefillPerRequest: 0.1 });
    expect(newer.prefillPerToken).toBeCloseTo(0.005 + 8 / CHUNK_TOKENS, 12);
    expect(s.classes.get('Bulk')).toMatchObject({ priority: 5 });
    expect(s.classes.get('Bulk')!.targets.get('granite_13b')).toMatchObject({ tps: 500, itl: 0, ttft: 0 });
    expect(s.accelerators.get('2xA100')).toMatchObject({ type: 'A100', multiplicity: 2 });
  });

  it('a directory missing one of the six files names it; optimizer and capacity files are optional', async () => {
    const dir = tmp();
    try {
      cpSync(path.join(fixtures, 'six'), dir, { recursive: true });
      rmSync(path.join(dir, 'optimizer-data.json'));
      expect((await loadSystem(dir)).optimizer).toMatchObject({ unlimited: false, saturationPolicy: 'None', solver: 'auto' });
      rmSync(path.join(dir, 'server-data.json'));
      await expect(loadSystem(dir)).rejects.toThrow(/lacks server-data\.json/);
      await expect(loadSystem(dir)).rejects.toBeInstanceOf(PsmlError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad input is a PsmlError naming the file and field', async () => {
    const dir = tmp();
    try {
      const broken = path.join(dir, 'broken.json');
      writeFileSync(broken, '{ "system": ');
      await expect(loadSystem(broken)).rejects.toThrow(/cannot parse .*broken\.json/);
      const text = readFileSync(path.join(fixtures, 'system.json'), 'utf8').replace('"acc": "L4"', '"acc": "L5"');
      const unknown = path.join(dir, 'unknown.json');
      writeFileSync(unknown, text);
      const err = await loadSystem(unknown).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PsmlError);
      expect((err as PsmlError).message).toMatch(/unknown accelerator "L5"/);
      await expect(loadSystem(path.join(dir, 'nope.json'))).rejects.toThrow(/does not exist/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await runCli(argv);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('psml optimize (CLI)', () => {
  it('prints the solution document; --output and --format markdown write the summary', async () => {
    const r = await cli('optimize', '--input', path.join(fixtures, 'system.json'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc.allocations).sort()).toEqual(['Bulk-granite_13b', 'Premium-granite_13b']);
    expect(doc.allocations['Premium-granite_13b']).toMatchObject({ accelerator: expect.any(String), numReplicas: expect.any(Number), load: { arrivalRate: 120 } });
    expect(doc.unserved).toEqual([]);
    const dir = tmp();
    try {
      const out = path.join(dir, 'solution.md');
      const m = await cli('optimize', '-i', path.join(fixtures, 'six'), '-o', out, '--format', 'markdown', '--solver', 'heuristic');
      expect(m.code).toBe(0);
      expect(m.out).toBe('');
      expect(m.err).toMatch(/wrote .*solution\.md: 2 allocations, 0 unserved/);
      expect(readFileSync(out, 'utf8')).toMatch(/^## psml optimize\n[\s\S]*\| Accelerator type \| Cards used \| Capacity \| Cost \|/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bad input and options exit 2 with a message, no stack trace', async () => {
    for (const args of [
      ['--input', path.join(fixtures, 'missing.json')],
      ['--input', path.join(fixtures, 'system.json'), '--format', 'xml'],
      ['--input', path.join(fixtures, 'system.json'), '--solver', 'magic'],
      ['--input', path.join(fixtures, 'system.json'), '--polish', 'soon'],
    ]) {
      const r = await cli('optimize', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^psml: error: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

const manifest = (service: string, extra = '') => `apiVersion: psml.dev/v1
kind: Experiment
service: ${service}
version: { major: 1, minor: 0 }
image: europe-west4-docker.pkg.dev/acme/psml/${service}:1.0.0
serving:
  # the optimizer fills machine type, GPU and replicas
  machineType: n2-standard-4
  replicas: { min: 1, max: 2 }
  port: 8080
  region: europe-west4
${extra}`;

describe('--apply-to', () => {
  const system = (acc: string) =>
    miniSystem({
      accs: [{ name: acc, type: acc.replace(/^\dx/, ''), multiplicity: /^(\d)x/.exec(acc) ? Number(acc[0]) : 1, cost: 100 }],
      capacity: { [acc.replace(/^\dx/, '')]: 64 },
      servers: [{ name: 'chat', class: 'P1', rate: 600 }, { name: 'search', class: 'P2', rate: 60 }],
    });

  it('writes a GPU type and machine type the manifests know, and replicas; the result loads with the manifest loader', async () => {
    const dir = tmp();
    try {
      writeFileSync(path.join(dir, 'chat.yaml'), manifest('chat'));
      writeFileSync(path.join(dir, 'other.yaml'), manifest('other'));
      const sysFile = path.join(dir, 'system.json');
      const { report } = await optimize(system('2xL4'));
      // write the same system as an input document for runOptimize
      writeFileSync(sysFile, JSON.stringify(systemDocument(system('2xL4'))));
      const r = await runOptimize({ input: sysFile, applyTo: dir });
      expect(r.applied).toEqual([path.join(dir, 'chat.yaml')]);
      const exp = loadExperiment(path.join(dir, 'chat.yaml'), { project: null });
      const chat = report.allocations.chat!;
      expect(exp.serving!.gpu).toEqual({ type: 'nvidia-l4', count: 2 });
      expect(GPU_TYPES).toContain(exp.serving!.gpu!.type);
      expect(shapeSupportsGpu(machineShape(exp.serving!.machineType)!, exp.serving!.gpu)).toBe(true);
      expect(exp.serving!.replicas).toEqual({ min: chat.numReplicas, max: chat.numReplicas });
      expect(readFileSync(path.join(dir, 'chat.yaml'), 'utf8')).toMatch(/# the optimizer fills machine type/); // comments kept
      expect(readFileSync(path.join(dir, 'other.yaml'), 'utf8')).toBe(manifest('other'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an accelerator without a Compute Engine GPU type fails before any manifest is written', async () => {
    const dir = tmp();
    try {
      writeFileSync(path.join(dir, 'chat.yaml'), manifest('chat'));
      writeFileSync(path.join(dir, 'search.yaml'), manifest('search'));
      const sysFile = path.join(dir, 'system.json');
      const sys = miniSystem({
        accs: [{ name: 'L4', cost: 100 }, { name: 'H200', cost: 50 }],
        capacity: { L4: 64, H200: 1 },
        servers: [{ name: 'chat', class: 'P1', rate: 60 }, { name: 'search', class: 'P2', rate: 60 }],
      });
      writeFileSync(sysFile, JSON.stringify(systemDocument(sys)));
      const err = await runOptimize({ input: sysFile, applyTo: dir }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PsmlError);
      expect((err as PsmlError).message).toMatch(/no manifest was changed: (chat|search)\.yaml: no Compute Engine machine type known for H200/);
      expect(readFileSync(path.join(dir, 'chat.yaml'), 'utf8')).toBe(manifest('chat'));
      expect(readFileSync(path.join(dir, 'search.yaml'), 'utf8')).toBe(manifest('search'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GCE shapes: built-in GPU families by exact count, attachable GPUs on N1, unknown types refused', () => {
    expect(gceShape('L4', 1)).toEqual({ machineType: 'g2-standard-4', gpuType: 'nvidia-l4', gpuCount: 1 });
    expect(gceShape('A100-80', 2)).toMatchObject({ machineType: 'a2-ultragpu-2g', gpuType: 'nvidia-a100-80gb' });
    const t4 = gceShape('t4', 2)!;
    expect(t4.gpuType).toBe('nvidia-tesla-t4');
    expect(shapeSupportsGpu(machineShape(t4.machineType)!, { type: t4.gpuType, count: 2 })).toBe(true);
    expect(gceShape('H100', 3)).toBeUndefined(); // a3 comes with 8 only
    expect(gceShape('MI300X', 1)).toBeUndefined();
  });
});

/** A System back in the reference's document form (only what miniSystem sets). */
function systemDocument(s: System) {
  return {
    system: {
      acceleratorData: { accelerators: [...s.accelerators.values()] },
      capacityData: { count: [...s.capacity.entries()].map(([type, c]) => ({ type, count: c.onDemand })) },
      modelData: {
        models: [...s.perf.values()].flatMap((m) =>
          [...m.values()].map((p) => ({
            name: p.model, acc: p.acc, accCount: p.accCount, maxBatchSize: p.maxBatchSize, atTokens: p.atTokens,
            decodeParms: { alpha: p.decodeAlpha, beta: p.decodeBeta }, prefillParms: { gamma: p.prefillConst, delta: p.prefillPerToken },
          })),
        ),
      },
      serviceClassData: {
        serviceClasses: [...s.classes.values()].map((c) => ({
          name: c.name, priority: c.priority,
          modelTargets: [...c.targets.values()].map((t) => ({ model: t.model, 'slo-itl': t.itl, 'slo-ttft': t.ttft, 'slo-tps': t.tps })),
        })),
      },
      serverData: {
        servers: s.servers.map((x) => ({ name: x.name, class: x.class, model: x.model, currentAlloc: { accelerator: x.current.accelerator, numReplicas: x.current.numReplicas, load: x.current.load } })),
      },
    },
  };
}
