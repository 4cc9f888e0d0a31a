import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCpu, parseMemory, parseQuantity, quantityProblem } from '../../shared/manifest/quantity.js';
import { PsmlError } from '../../shared/errors.js';

describe('Kubernetes quantities', () => {
  it.each([
    ['500m', 0.5],
    ['1', 1],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['2.', 2],
    ['1e3', 1000],
    ['1E-3', 0.001],
    ['+2', 2],
    ['256M', 256e6],
    ['1k', 1000],
    ['1G', 1e9],
    ['2T', 2e12],
    ['100u', 1e-4],
    ['5n', 5e-9],
    ['1Ki', 1024],
    ['256Mi', 256 * 2 ** 20],
    ['2Gi', 2 * 2 ** 30],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['1Ti', 2 ** 40],
    ['1Pi', 2 ** 50],
    ['3E', 3e18],
  ])('%s = %d', (text, value) => {
    expect(parseQuantity(text).value).toBeCloseTo(value, 12);
  });

  it('takes YAML numbers as written', () => {
    expect(parseQuantity(1.5).value).toBe(1.5);
    expect(parseCpu(2)).toBe(2);
  });

  it.each(['', ' 1', '1 ', '1K', '1KB', '1GB', '1gi', 'Gi', '1.2.3', '1e', '1e3Mi', 'm', '1mi', 'abc', '--1', '1 Gi'])(
    'rejects %j with a reason',
    (text) => {
      expect(quantityProblem(text)).toBeTypeOf('string');
      expect(() => parseQuantity(text)).toThrow(PsmlError);
    },
  );

  it('suggests the right suffix for common mistakes', () => {
    expect(quantityProblem('1K')).toContain('"1k"');
    expect(quantityProblem('2GiB')).toContain('"2Gi"');
    expect(quantityProblem('512MB')).toContain('"512M"');
  });

  it('cpu must be positive; memory in milli-units is caught as a typo', () => {
    expect(() => parseCpu('0')).toThrow(/greater than zero/);
    expect(() => parseCpu('-1')).toThrow(PsmlError);
    expect(() => parseMemory('256m')).toThrow(/did you mean "256Mi"/);
    expect(parseMemory('256M')).toBe(256e6);
  });

  it('binary suffixes are powers of 1024 and decimal ones powers of 1000 (property)', () => {
    const bin = ['Ki', 'Mi', 'Gi', 'Ti'];
    const dec = ['k', 'M', 'G', 'T'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 3 }), (n, i) => {
        expect(parseQuantity(`${n}${bin[i]}`).value).toBe(n * 1024 ** (i + 1));
        expect(parseQuantity(`${n}${dec[i]}`).value).toBe(n * 1000 ** (i + 1));
        expect(parseQuantity(`${n}e${3 * (i + 1)}`).value).toBeCloseTo(n * 1000 ** (i + 1), 0);
        expect(parseQuantity(`${n}m`).value).toBeCloseTo(n / 1000, 9);
      }),
    );
  });
});
