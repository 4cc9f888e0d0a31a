import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adequateMachineTypes, chooseMachineType, machineShape, MACHINE_SHAPES } from '../../shared/manifest/machine-types.js';
import { PsmlError } from '../../shared/errors.js';

const GiB = 2 ** 30;

describe('machine types', () => {
  it('knows real shapes', () => {
    expect(machineShape('n1-standard-4')).toMatchObject({ vcpus: 4, memoryGiB: 15 });
    expect(machineShape('n1-highmem-8')).toMatchObject({ vcpus: 8, memoryGiB: 52 });
    expect(machineShape('e2-standard-8')).toMatchObject({ vcpus: 8, memoryGiB: 32 });
    expect(machineShape('g2-standard-4')?.builtinGpu).toEqual({ type: 'nvidia-l4', count: 1 });
    expect(machineShape('a2-highgpu-2g')?.builtinGpu).toEqual({ type: 'nvidia-tesla-a100', count: 2 });
    expect(machineShape('n2-custom-6-24576')).toMatchObject({ vcpus: 6, memoryGiB: 24 });
    expect(machineShape('x9-mega-1')).toBeUndefined();
  });

  it('chooses the smallest adequate type (the seed 004 example: 500m / 256M → e2-small)', () => {
    expect(chooseMachineType({ cpu: 0.5, memoryBytes: 256e6 }).name).toBe('e2-small');
    // 1 vCPU: n1-standard-1 (3.75 GiB) is smaller than e2-medium (4 GiB)
    expect(chooseMachineType({ cpu: 1, memoryBytes: 1 * GiB }).name).toBe('n1-standard-1');
    expect(chooseMachineType({ cpu: 1, memoryBytes: 3.5 * GiB }).name).toBe('e2-medium');
    // 4 vCPU and 20 GiB: standard-4 types have ≤ 16 GiB → the smallest highmem-4 (n1, 26 GiB)
    expect(chooseMachineType({ cpu: 4, memoryBytes: 20 * GiB }).name).toBe('n1-highmem-4');
    expect(chooseMachineType({ cpu: 4, memoryBytes: 20 * GiB }, { families: ['e2'] }).name).toBe('e2-highmem-4');
    expect(chooseMachineType({ cpu: 2, memoryBytes: 4 * GiB }, { allowSharedCore: false }).name).toBe('n1-standard-2');
  });

  it('chooses GPU-capable families', () => {
    expect(chooseMachineType({ cpu: 2, memoryBytes: 4 * GiB, gpu: { type: 'nvidia-tesla-t4', count: 1 } }).name).toBe('n1-standard-2');
    expect(chooseMachineType({ cpu: 2, memoryBytes: 4 * GiB, gpu: { type: 'nvidia-l4', count: 1 } }).name).toBe('g2-standard-4');
    expect(chooseMachineType({ cpu: 2, memoryBytes: 4 * GiB, gpu: { type: 'nvidia-l4', count: 2 } }).name).toBe('g2-standard-24');
    expect(() => chooseMachineType({ cpu: 1, memoryBytes: GiB, gpu: { type: 'nvidia-l4', count: 3 } })).toThrow(PsmlError);
    expect(() => chooseMachineType({ cpu: 1, memoryBytes: GiB, gpu: { type: 'nvidia-tesla-t4', count: 3 } })).toThrow(PsmlError);
    expect(() => chooseMachineType({ cpu: 1, memoryBytes: GiB, gpu: { type: 'tpu', count: 1 } })).toThrow(/unknown GPU type/);
  });

  it('reports an impossible request as a PsmlError', () => {
    expect(() => chooseMachineType({ cpu: 500, memoryBytes: GiB })).toThrow(/no machine type has 500 vCPU/);
  });

  it('lets pricing pick among the adequate candidates', () => {
    const seen: string[][] = [];
    const pick = chooseMachineType(
      { cpu: 2, memoryBytes: 3 * GiB },
      { cheapest: (c) => { seen.push(c.map((s) => s.name)); return c[c.length - 1]!; } },
    );
    expect(seen[0]).toContain(pick.name);
    expect(seen[0]!.length).toBeGreaterThan(3);
    expect(() => chooseMachineType({ cpu: 2, memoryBytes: GiB }, { cheapest: () => 'not-a-candidate' })).toThrow();
  });

  it('the choice is adequate and nothing smaller is (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 96, noNaN: true }), fc.double({ min: 1, max: 600 * GiB, noNaN: true }), (cpu, mem) => {
        let chosen;
        try {
          chosen = chooseMachineType({ cpu, memoryBytes: mem });
        } catch (e) {
          expect(e).toBeInstanceOf(PsmlError);
          expect(adequateMachineTypes({ cpu, memoryBytes: mem })).toHaveLength(0);
          return;
        }
        expect(chosen.effectiveVcpus).toBeGreaterThanOrEqual(cpu);
        expect(chosen.memoryGiB * GiB).toBeGreaterThanOrEqual(mem + 0.5 * GiB);
        const smaller = MACHINE_SHAPES.filter(
          (s) => !s.builtinGpu && s.effectiveVcpus >= cpu && s.memoryGiB * GiB >= mem + 0.5 * GiB && s.effectiveVcpus < chosen.effectiveVcpus,
        );
        expect(smaller).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
