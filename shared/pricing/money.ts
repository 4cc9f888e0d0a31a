/**
 * Money as exact integers. The catalog gives unit prices in nanos (1e-9); quantities are kept in thousandths
 * (0.25 vCPU, 3.75 GiB), so a component costs unitNanos × quantityMilli picodollars (1e-12) — exact, no floats.
 * Rounding happens only when a number is displayed.
 */
import { PsmlError } from '../errors.js';

/** Picodollars (or pico-units of the catalog currency). */
export type Money = bigint;

export const PICO_PER_UNIT = 1_000_000_000_000n;
export const NANOS_PER_UNIT = 1_000_000_000n;

/** `{units, nanos}` as the API sends it (units is an int64 string, nanos may be negative with units). */
export function nanosFromPrice(units: string | number | bigint | null | undefined, nanos: number | null | undefined): bigint {
  return BigInt(units ?? 0) * NANOS_PER_UNIT + BigInt(nanos ?? 0);
}

/** Quantity in thousandths from a decimal such as 3.75 or "0.25"; refuses finer precision rather than rounding it. */
export function milli(q: number | string): bigint {
  const s = typeof q === 'number' ? String(q) : q.trim();
  const m = /^(\d+)(?:\.(\d{1,3}))?$/.exec(s);
  if (!m) throw new PsmlError(`quantity "${s}" must be a non-negative number with at most 3 decimals`);
  return BigInt(m[1]!) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0'));
}

export const cost = (unitNanos: bigint, quantityMilli: bigint): Money => unitNanos * quantityMilli;

/** Round half away from zero to `decimals` and render as a plain decimal string. */
export function toDecimal(m: Money, decimals = 6): string {
  const neg = m < 0n;
  const abs = neg ? -m : m;
  const scale = 10n ** BigInt(12 - decimals);
  const q = (abs + scale / 2n) / scale;
  const s = q.toString().padStart(decimals + 1, '0');
  const int = s.slice(0, s.length - decimals);
  const frac = decimals > 0 ? `.${s.slice(s.length - decimals)}` : '';
  return `${neg && q !== 0n ? '-' : ''}${int}${frac}`;
}

/** For JSON numbers: exact to 1e-12, then a float (the only lossy step, at the edge). */
export const toNumber = (m: Money): number => Number(toDecimal(m, 12));

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** `$0.19`, `$0.008376` — enough decimals to show sub-cent hourly prices; the currency code when no symbol is known. */
export function formatMoney(m: Money, currency: string, opts: { signed?: boolean; decimals?: number } = {}): string {
  const abs = m < 0n ? -m : m;
  // ≥ 1: cents; below: 4 decimals; below a cent: 6 (e2-micro is $0.008376/h)
  const decimals = opts.decimals ?? (abs === 0n || abs >= PICO_PER_UNIT ? 2 : abs >= 10n ** 10n ? 4 : 6);
  const body = toDecimal(abs, decimals);
  const sign = m < 0n ? '-' : opts.signed ? '+' : '';
  const sym = SYMBOL[currency];
  return sym ? `${sign}${sym}${body}` : `${sign}${body} ${currency}`;
}

/** Percent change `+12.5%`; undefined when there is no baseline to compare with. */
export function formatPercent(delta: Money, base: Money): string | undefined {
  if (base === 0n) return undefined;
  const tenths = (delta * 1000n) / (base < 0n ? -base : base); // per-mille, truncated toward zero
  const sign = delta > 0n ? '+' : delta < 0n ? '-' : '';
  const a = tenths < 0n ? -tenths : tenths;
  return `${sign}${a / 10n}.${a % 10n}%`;
}

export const sum = (xs: Iterable<Money>): Money => {
  let t = 0n;
  for (const x of xs) t += x;
  return t;
};
