/** PriceReport: experiment prices (training, serving at min/max), markdown for the PR comment, JSON, thresholds. */
import { describe, expect, it } from 'vitest';
import { catalogFromSnapshot } from '../../shared/pricing/catalog.js';
import { priceExperiment, type ExperimentToPrice } from '../../shared/pricing/experiment-price.js';
import { buildPriceReport, exceedsThresholds, formatChange, renderMarkdown, reportJson } from '../../shared/pricing/price-report.js';
import { SkuIndex } from '../../shared/pricing/sku-matcher.js';
import { dollars, fixtureSnapshot } from './helpers.js';

const catalog = catalogFromSnapshot({ ...fixtureSnapshot(), fetchedAt: '2026-05-20T10:00:00Z' }, 'file', 'catalog.json');
const lookup = new SkuIndex(catalog);

const experiment = (serving: string, min: number, max: number, training?: Partial<NonNullable<ExperimentToPrice['training']>>): ExperimentToPrice => ({
  service: 'churn',
  version: { major: 1, minor: 2 },
  training: training && { machineType: 'n1-standard-8', zones: ['us-central1-a'], spot: false, ...training },
  serving: { machineType: serving, replicas: { min, max }, region: 'us-central1', spot: false },
});

describe('priceExperiment', () => {
  it('training = machine + GPUs per hour and for the expected duration; serving at min and max replicas', () => {
    const p = priceExperiment(lookup, experiment('n1-standard-4', 2, 5, { gpu: { type: 'nvidia-tesla-t4', count: 1 }, expectedDurationSeconds: 9000 }));
    const trainingHourly = 8 * 0.031611 + 30 * 0.004237 + 0.35;
    expect(dollars(p.training!.hourly)).toBeCloseTo(trainingHourly, 9);
    expect(dollars(p.training!.total!)).toBeCloseTo(trainingHourly * 2.5, 9);
    expect(dollars(p.serving!.hourlyAtMin)).toBeCloseTo(2 * 0.189999, 9);
    expect(dollars(p.serving!.hourlyAtMax)).toBeCloseTo(5 * 0.189999, 9);
    expect(dollars(p.hourly)).toBeCloseTo(trainingHourly + 2 * 0.189999, 9);
  });

  it('errors say which part of which manifest could not be priced', () => {
    const exp = { ...experiment('n1-standard-4', 1, 1), source: { file: 'experiments/churn.yaml' } };
    exp.serving!.region = 'asia-east1';
    expect(() => priceExperiment(lookup, exp)).toThrow(expect.objectContaining({ field: 'serving.region', resource: expect.stringMatching(/^experiments\/churn.yaml/) }));
  });
});

describe('PriceReport', () => {
  const base = priceExperiment(lookup, experiment('n1-standard-4', 1, 3));
  const head = priceExperiment(lookup, experiment('n1-standard-8', 1, 3));
  const report = buildPriceReport(
    [
      { file: 'experiments/churn.yaml', status: 'changed', base, head },
      { file: 'experiments/same.yaml', status: 'unchanged', base, head: base },
    ],
    catalog,
  );

  it('formats changes as +$X (+Y%)', () => {
    expect(formatChange(2_000_000_000_000n, 3_000_000_000_000n, 'USD')).toBe('+$1.00 (+50.0%)');
    expect(formatChange(3_000_000_000_000n, 2_000_000_000_000n, 'USD')).toBe('-$1.00 (-33.3%)');
    expect(formatChange(undefined, 500_000_000_000n, 'USD')).toBe('+$0.5000 (new)');
  });

  it('markdown: marker, a table for the changed experiment only, totals, a Mermaid pie, details and the catalog date', () => {
    const md = renderMarkdown(report);
    expect(md.startsWith('<!-- psml-price-report -->\n')).toBe(true);
    expect(md).toContain('### `churn@1.2` — changed (`experiments/churn.yaml`)');
    expect(md).not.toContain('experiments/same.yaml');
    expect(md).toContain('- serving: `n1-standard-4, us-central1` → `n1-standard-8, us-central1`');
    expect(md).toMatch(/\| Serving, per hour at min \(1 replicas\) \| \$0\.1900 \| \$0\.3800 \| \+\$0\.1900 \(\+100\.0%\) \|/);
    expect(md).toContain('| Per hour, 2 experiment(s) | $0.3800 | $0.5700 | +$0.1900 (+50.0%) |');
    expect(md).toMatch(/```mermaid\npie showData title Where the money goes \(new, USD per hour\)\n {4}"churn@1.2 serving vCPUs" : 0\.252888\n {4}"churn@1.2 serving memory" : 0\.127110\n```/);
    expect(md).toContain('<details><summary>');
    expect(md).toContain('`2E27-4F75-95CD` N1 Predefined Instance Core running in Americas | 8 vCPU');
    expect(md).toContain('prices as of 2026-05-20, USD');
  });

  it('JSON carries the same numbers', () => {
    const json = reportJson(report) as { currency: string; totals: Record<string, unknown>; experiments: { status: string; change: string }[] };
    expect(json.currency).toBe('USD');
    expect(json.totals).toMatchObject({ baseline: 0.379998, new: 0.569997, delta: 0.189999, change: '+$0.1900 (+50.0%)' });
    expect(json.experiments.map((e) => e.status)).toEqual(['changed', 'unchanged']);
  });

  it('thresholds: any change counts without one; otherwise the change must reach the amount or the percent', () => {
    expect(exceedsThresholds(report, {})).toBe(true);
    expect(exceedsThresholds(report, { amount: 0.19 })).toBe(false);
    expect(exceedsThresholds(report, { amount: 0.18 })).toBe(true);
    expect(exceedsThresholds(report, { percent: 60 })).toBe(false);
    expect(exceedsThresholds(report, { percent: 50, amount: 100 })).toBe(true);
    const none = buildPriceReport([{ file: 'a.yaml', status: 'unchanged', base, head: base }], catalog);
    expect(exceedsThresholds(none, {})).toBe(false);
    expect(renderMarkdown(none)).toContain('No experiment changed its price');
  });
});
