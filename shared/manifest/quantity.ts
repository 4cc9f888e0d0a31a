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
import { PsmlError } from '../errors.js';

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

const QUANTITY = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(?:(Ki|Mi|Gi|Ti|Pi|Ei)|[eE]([+-]?\d+)|(n|u|m|k|M|G|T|P|E)?)$/;

export interface ParsedQuantity {
  /** The value in base units (cores for cpu, bytes for memory). */
  value: number;
  /** The suffix as written (`Mi`, `m`, `e3`, or empty). */
  suffix: string;
}

/** Why a string is not a quantity, or undefined when it is one. */
export function quantityProblem(text: string): string | undefined {
  if (text.trim() !== text) return 'remove the surrounding spaces';
  if (text === '') return 'an empty string is not a quantity';
  if (QUANTITY.test(text)) return undefined;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([A-Za-z]+)$/.exec(text);
  if (m) {
    const suffix = m[2]!;
    const fixes: Record<string, string> = { K: 'k', Kb: 'k', KB: 'k', KiB: 'Ki', MiB: 'Mi', GiB: 'Gi', TiB: 'Ti', Mb: 'M', MB: 'M', GB: 'G', Gb: 'G', TB: 'T', g: 'G', gi: 'Gi', mi: 'Mi', ki: 'Ki', KI: 'Ki', MI: 'Mi', GI: 'Gi' };
    const fix = fixes[suffix];
    return fix ? `unknown suffix "${suffix}" — write "${m[1]}${fix}"` : `unknown suffix "${suffix}" (use Ki, Mi, Gi, Ti, Pi, Ei or n, u, m, k, M, G, T, P, E)`;
  }
  return 'expected a number with an optional suffix, e.g. 500m, 2, 1.5, 256Mi, 2Gi, 1e9';
}

/** Parses a quantity; numbers (YAML `cpu: 1.5`) are taken as written. Throws PsmlError on bad input. */
export function parseQuantity(input: string | number, field = 'quantity'): ParsedQuantity {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new PsmlError(`${input} is not a finite quantity`, { field });
    return { value: input, suffix: '' };
  }
  const problem = quantityProblem(input);
  const m = problem === undefined ? QUANTITY.exec(input) : null;
  if (!m) throw new PsmlError(`"${input}" is not a Kubernetes quantity: ${problem}`, { field });
  const sign = m[1] === '-' ? -1 : 1;
  const num = Number(m[2]!.endsWith('.') ? m[2]!.slice(0, -1) : m[2]);
  let factor: number;
  let suffix: string;
  if (m[3]) {
    factor = BINARY[m[3]]!;
    suffix = m[3];
  } else if (m[4] !== undefined) {
    factor = 10 ** Number(m[4]);
    suffix = `e${m[4]}`;
  } else {
    suffix = m[5] ?? '';
    factor = DECIMAL[suffix]!;
  }
  const value = sign * num * factor;
  if (!Number.isFinite(value)) throw new PsmlError(`"${input}" is too large`, { field });
  return { value, suffix };
}

/** CPU in cores (`500m` → 0.5). Rejects zero or negative values. */
export function parseCpu(input: string | number, field = 'cpu'): number {
  const { value } = parseQuantity(input, field);
  if (!(value > 0)) throw new PsmlError(`cpu must be greater than zero, found ${JSON.stringify(input)}`, { field });
  return value;
}

/** Memory in bytes (`256M` → 256e6, `2Gi` → 2·2³⁰). Rejects values below one byte (`256m` = 0.256 bytes is a typo). */
export function parseMemory(input: string | number, field = 'memory'): number {
  const { value, suffix } = parseQuantity(input, field);
  if (suffix === 'm' || suffix === 'u' || suffix === 'n' || value < 1) {
    const hint = typeof input === 'string' && suffix === 'm' ? ` — did you mean "${input.slice(0, -1)}Mi" or "${input.slice(0, -1)}M"?` : '';
    throw new PsmlError(`memory ${JSON.stringify(input)} is less than one byte${hint}`, { field, hint: 'memory uses Ki, Mi, Gi (binary) or k, M, G (decimal)' });
  }
  return value;
}

export const GiB = 2 ** 30;
