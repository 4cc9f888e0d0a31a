/**
 * PriceReport: baseline vs new price of each changed experiment, as markdown for a PR comment (tables, totals, a
 * Mermaid pie of where the money goes, a details block, the catalog date) and as JSON. Pure: inputs are priced
 * experiments; rendering never touches the network.
 */
import type { Catalog } from './catalog.js';
import { describeCatalog } from './catalog-source.js';
import type { ExperimentPrice } from './experiment-price.js';
import { formatMoney, formatPercent, toDecimal, toNumber, type Money } from './money.js';
import type { ShapePrice } from './shape-price.js';

export const DEFAULT_MARKER = '<!-- psml-price-report -->';

export type EntryStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ReportEntry {
  /** Manifest path relative to the repository. */
  file: string;
  status: EntryStatus;
  base?: ExperimentPrice;
  head?: ExperimentPrice;
}

export interface PriceReport {
  currency: string;
  catalog: { source: Catalog['source']; origin: string; date: string; description: string };
  entries: ReportEntry[];
  totals: { base: Money; head: Money; delta: Money };
}

export function buildPriceReport(entries: ReportEntry[], catalog: Catalog): PriceReport {
  let base = 0n;
  let head = 0n;
  for (const e of entries) {
    base += e.base?.hourly ?? 0n;
    head += e.head?.hourly ?? 0n;
  }
  return {
    currency: catalog.currency,
    catalog: { source: catalog.source, origin: catalog.origin, date: catalog.date, description: describeCatalog(catalog) },
    entries: [...entries].sort((a, b) => a.file.localeCompare(b.file)),
    totals: { base, head, delta: head - base },
  };
}

export const changedEntries = (r: PriceReport): ReportEntry[] => r.entries.filter((e) => e.status !== 'unchanged');

export interface Thresholds {
  /** Absolute hourly change (currency units) at or above which the report is worth a comment. */
  amount?: number;
  /** Percent change at or above which the report is worth a comment. */
  percent?: number;
}

/** With no threshold set, any change counts; with one or both, the change must reach at least one of them. */
export function exceedsThresholds(r: PriceReport, t: Thresholds): boolean {
  if (changedEntries(r).length === 0) return false;
  const delta = r.totals.delta < 0n ? -r.totals.delta : r.totals.delta;
  if (t.amount === undefined && t.percent === undefined) return true;
  const byAmount = t.amount !== undefined && toNumber(delta) >= t.amount;
  const byPercent =
    t.percent !== undefined && (r.totals.base === 0n ? delta > 0n : (toNumber(delta) / Math.abs(toNumber(r.totals.base))) * 100 >= t.percent);
  return byAmount || byPercent;
}

/** `+$25.00 (+49.0%)`, `-$0.12 (-3.1%)`, `$0.00`. */
export function formatChange(base: Money | undefined, head: Money | undefined, currency: string): string {
  if (base === undefined && head === undefined) return '';
  if (base === undefined) return `${formatMoney(head!, currency, { signed: true })} (new)`;
  if (head === undefined) return `${formatMoney(-base, currency, { signed: true })} (removed)`;
  const delta = head - base;
  if (delta === 0n) return formatMoney(0n, currency);
  const pct = formatPercent(delta, base);
  return `${formatMoney(delta, currency, { signed: true })}${pct ? ` (${pct})` : ''}`;
}

const shapeText = (s: ShapePrice): string =>
  `${s.machineType}${s.gpu ? ` + ${s.gpu.count} × ${s.gpu.type}` : ''}${s.usage === 'spot' ? ', spot' : ''}, ${s.region}`;

interface Row {
  label: string;
  base?: Money;
  head?: Money;
}

function rowsOf(e: ReportEntry): Row[] {
  const b = e.base;
  const h = e.head;
  const rows: Row[] = [];
  const hours = (x?: ExperimentPrice) => x?.training?.expectedHours;
  if (b?.training || h?.training) {
    rows.push({ label: 'Training, per hour', base: b?.training?.hourly, head: h?.training?.hourly });
    if (b?.training?.total !== undefined || h?.training?.total !== undefined) {
      const hh = hours(h) ?? hours(b);
      rows.push({ label: `Training, whole run${hh !== undefined ? ` (${+hh.toFixed(2)} h expected)` : ''}`, base: b?.training?.total, head: h?.training?.total });
    }
  }
  if (b?.serving || h?.serving) {
    const min = h?.serving?.minReplicas ?? b?.serving?.minReplicas;
    const max = h?.serving?.maxReplicas ?? b?.serving?.maxReplicas;
    rows.push({ label: `Serving, per hour at min (${min} replicas)`, base: b?.serving?.hourlyAtMin, head: h?.serving?.hourlyAtMin });
    rows.push({ label: `Serving, per hour at max (${max} replicas)`, base: b?.serving?.hourlyAtMax, head: h?.serving?.hourlyAtMax });
  }
  rows.push({ label: '**Per hour (training + serving at min)**', base: b?.hourly, head: h?.hourly });
  return rows;
}

const cell = (m: Money | undefined, currency: string) => (m === undefined ? '–' : formatMoney(m, currency));

function configChanges(e: ReportEntry): string[] {
  const out: string[] = [];
  const part = (name: string, b?: ShapePrice, h?: ShapePrice) => {
    if (b && h && shapeText(b) !== shapeText(h)) out.push(`${name}: \`${shapeText(b)}\` → \`${shapeText(h)}\``);
    else if (!b && h && e.base) out.push(`${name} added: \`${shapeText(h)}\``);
    else if (b && !h && e.head) out.push(`${name} removed`);
  };
  part('training', e.base?.training?.shape, e.head?.training?.shape);
  part('serving', e.base?.serving?.replica, e.head?.serving?.replica);
  const bs = e.base?.serving;
  const hs = e.head?.serving;
  if (bs && hs && (bs.minReplicas !== hs.minReplicas || bs.maxReplicas !== hs.maxReplicas)) {
    out.push(`serving replicas: ${bs.minReplicas}–${bs.maxReplicas} → ${hs.minReplicas}–${hs.maxReplicas}`);
  }
  return out;
}

/** Where the money goes in the new state, per experiment part and component kind (for the pie chart). */
function slices(r: PriceReport): { label: string; value: Money }[] {
  const acc = new Map<string, Money>();
  const kindLabel: Record<string, string> = { core: 'vCPUs', ram: 'memory', 'extended-ram': 'memory', gpu: 'GPUs', 'local-ssd': 'local SSD' };
  for (const e of changedEntries(r)) {
    const h = e.head;
    if (!h) continue;
    const add = (part: string, s: ShapePrice, times: bigint) => {
      for (const c of s.components) {
        const key = `${h.name} ${part} ${kindLabel[c.kind] ?? c.kind}`;
        acc.set(key, (acc.get(key) ?? 0n) + c.hourly * times);
      }
    };
    if (h.training) add('training', h.training.shape, 1n);
    if (h.serving) add('serving', h.serving.replica, BigInt(h.serving.minReplicas));
  }
  const all = [...acc].map(([label, value]) => ({ label, value })).filter((s) => s.value > 0n).sort((a, b) => (b.value > a.value ? 1 : -1));
  if (all.length <= 8) return all;
  const rest = all.slice(7).reduce((t, s) => t + s.value, 0n);
  return [...all.slice(0, 7), { label: 'everything else', value: rest }];
}

export interface MarkdownOptions {
  marker?: string;
  title?: string;
}

export function renderMarkdown(r: PriceReport, opts: MarkdownOptions = {}): string {
  const cur = r.currency;
  const changed = changedEntries(r);
  const lines: string[] = [opts.marker ?? DEFAULT_MARKER, `## ${opts.title ?? 'psml price report'}`, ''];
  if (changed.length === 0) {
    lines.push(`No experiment changed its price. ${r.entries.length} experiment(s) cost **${formatMoney(r.totals.head, cur)}/h**.`, '');
  } else {
    lines.push(
      `${changed.length} experiment(s) changed: **${formatMoney(r.totals.base, cur)}/h → ${formatMoney(r.totals.head, cur)}/h**, ` +
        `${formatChange(r.totals.base, r.totals.head, cur)} per hour.`,
      '',
    );
  }
  for (const e of changed) {
    const name = e.head?.name ?? e.base?.name ?? e.file;
    lines.push(`### \`${name}\` — ${e.status} (\`${e.file}\`)`, '');
    for (const c of configChanges(e)) lines.push(`- ${c}`);
    if (configChanges(e).length) lines.push('');
    lines.push('| | Baseline | New | Change |', '|---|---:|---:|---:|');
    for (const row of rowsOf(e)) {
      lines.push(`| ${row.label} | ${cell(row.base, cur)} | ${cell(row.head, cur)} | ${formatChange(row.base, row.head, cur)} |`);
    }
    lines.push('');
  }
  lines.push('### Totals', '', '| | Baseline | New | Change |', '|---|---:|---:|---:|');
  lines.push(`| Per hour, ${r.entries.length} experiment(s) | ${formatMoney(r.totals.base, cur)} | ${formatMoney(r.totals.head, cur)} | ${formatChange(r.totals.base, r.totals.head, cur)} |`);
  lines.push(`| Per 30 days (730 h) | ${formatMoney(r.totals.base * 730n, cur)} | ${formatMoney(r.totals.head * 730n, cur)} | ${formatChange(r.totals.base * 730n, r.totals.head * 730n, cur)} |`, '');

  const pie = slices(r);
  if (pie.length > 0) {
    lines.push('```mermaid', `pie showData title Where the money goes (new, ${cur} per hour)`);
    for (const s of pie) lines.push(`    "${s.label.replace(/"/g, "'")}" : ${toDecimal(s.value, 6)}`);
    lines.push('```', '');
  }

  if (changed.length > 0) {
    lines.push('<details><summary>Details: every component and SKU</summary>', '');
    lines.push('| Experiment | Part | Component | SKU | Quantity | Unit price | Per hour |', '|---|---|---|---|---:|---:|---:|');
    for (const e of changed) {
      const h = e.head;
      if (!h) continue;
      const part = (name: string, s: ShapePrice, times: number) => {
        for (const c of s.components) {
          lines.push(
            `| ${h.name} | ${name} | ${c.label} | \`${c.skuId}\` ${c.description} | ${c.quantity} ${c.unit}${times !== 1 ? ` × ${times}` : ''} | ` +
              `${formatMoney(c.unitNanos * 1000n, cur, { decimals: 6 })} | ${formatMoney(c.hourly * BigInt(times), cur, { decimals: 6 })} |`,
          );
        }
      };
      if (h.training) part('training', h.training.shape, 1);
      if (h.serving) part(`serving (× ${h.serving.minReplicas} min)`, h.serving.replica, h.serving.minReplicas);
    }
    lines.push('', '</details>', '');
  }
  lines.push(
    `<sub>Prices: ${r.catalog.description}. Hourly list prices; no sustained-use or committed-use discounts, ` +
      'disks and network not included. Updated when the code changes.</sub>',
  );
  return `${lines.join('\n')}\n`;
}

const moneyNumber = (x: Money): number => Number(toDecimal(x, 9));

/** JSON of one priced machine shape (the ad hoc `psml price --format json` and each part of a report). */
export function shapePriceJson(s: ShapePrice) {
  return {
    machineType: s.machineType,
    region: s.region,
    spot: s.usage === 'spot',
    count: s.count,
    gpu: s.gpu,
    hourly: moneyNumber(s.hourly),
    components: s.components.map((c) => ({
      kind: c.kind,
      label: c.label,
      skuId: c.skuId,
      description: c.description,
      quantity: Number(c.quantity),
      unit: c.unit,
      unitPrice: moneyNumber(c.unitNanos * 1000n),
      hourly: moneyNumber(c.hourly),
    })),
  };
}

/** JSON alongside the markdown: money as decimal strings (exact) and numbers (convenient). */
export function reportJson(r: PriceReport): unknown {
  const m = (x: Money | undefined) => (x === undefined ? undefined : moneyNumber(x));
  const shape = (s?: ShapePrice) => s && shapePriceJson(s);
  const exp = (x?: ExperimentPrice) =>
    x && {
      name: x.name,
      hourly: m(x.hourly),
      training: x.training && { hourly: m(x.training.hourly), expectedHours: x.training.expectedHours, total: m(x.training.total), machine: shape(x.training.shape) },
      serving: x.serving && {
        minReplicas: x.serving.minReplicas,
        maxReplicas: x.serving.maxReplicas,
        hourlyAtMin: m(x.serving.hourlyAtMin),
        hourlyAtMax: m(x.serving.hourlyAtMax),
        replica: shape(x.serving.replica),
      },
    };
  return {
    currency: r.currency,
    catalog: r.catalog,
    totals: { baseline: m(r.totals.base), new: m(r.totals.head), delta: m(r.totals.delta), change: formatChange(r.totals.base, r.totals.head, r.currency) },
    experiments: r.entries.map((e) => ({
      file: e.file,
      status: e.status,
      change: formatChange(e.base?.hourly, e.head?.hourly, r.currency),
      baseline: exp(e.base),
      new: exp(e.head),
    })),
  };
}
