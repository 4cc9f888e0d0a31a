/** One call for the CLI and the action: read input, optimize, write the solution (and optionally manifests). */
import { writeFile } from 'node:fs/promises';
import { PsmlError } from '../errors.js';
import { loadSystem } from './input.js';
import { optimize, reportJson, reportMarkdown, type OptimizationReport } from './optimizer.js';

export type OutputFormat = 'json' | 'markdown';

export interface RunOptimizeOptions {
  input: string;
  output?: string;
  format?: OutputFormat;
  applyTo?: string;
}

export interface RunOptimizeResult {
  report: OptimizationReport;
  /** the document in the requested format */
  text: string;
  markdown: string;
  applied: string[];
}

export async function runOptimize(o: RunOptimizeOptions): Promise<RunOptimizeResult> {
  const format = o.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') {
    throw new PsmlError(`unknown format "${String(format)}"`, { field: 'format', hint: 'use json or markdown' });
  }
  const system = await loadSystem(o.input);
  const { report } = await optimize(system);
  const markdown = reportMarkdown(report);
  const text = format === 'json' ? reportJson(report) : markdown;
  if (o.output) await writeFile(o.output, text);
  let applied: string[] = [];
  if (o.applyTo) {
    const { applyToManifests } = await import('./apply.js');
    applied = await applyToManifests(o.applyTo, report);
  }
  return { report, text, markdown, applied };
}
