/** One call for the CLI and the action: read input, optimize, write the solution (and optionally manifests). */
import { writeFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { PsmlError } from '../errors.js';
import { loadSystem } from './input.js';
import { optimize, reportJson, reportMarkdown, type OptimizationReport } from './optimizer.js';
import type { SolverChoice } from './system.js';

export type OutputFormat = 'json' | 'markdown';

export interface RunOptimizeOptions {
  input: string;
  output?: string;
  format?: OutputFormat;
  applyTo?: string;
  solver?: SolverChoice;
  /** seconds for the exact solver (overrides optimizer.timeLimit) */
  timeLimit?: number;
  /** seconds of exact polish after the heuristic (overrides optimizer.polish) */
  polish?: number;
}

export interface RunOptimizeResult {
  report: OptimizationReport;
  /** the document in the requested format */
  text: string;
  /** the job summary (built on first read: the CLI's JSON runs never need it) */
  readonly markdown: string;
  applied: string[];
}

/**
 * A run is one short process on CI machines of 2 cores: most of the optimizer's code is compiled by TurboFan while it
 * runs, on the same cores. Smaller inlining budgets make those compile jobs shorter than they make the code slower
 * (measured, `psml optimize` at 1,000×30 on 2 cores: ~500 → ~470 ms end to end; 10,000×60 unchanged). V8 reads the
 * flag per compile job, so setting it before the optimizer's code gets hot is enough.
 */
function tuneCompiler(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}

export async function runOptimize(o: RunOptimizeOptions): Promise<RunOptimizeResult> {
  tuneCompiler();
  const format = o.format ?? 'json';
  if (format !== 'json' && format !== 'markdown') {
    throw new PsmlError(`unknown format "${String(format)}"`, { field: 'format', hint: 'use json or markdown' });
  }
  const system = await loadSystem(o.input);
  if (o.solver !== undefined && !['auto', 'exact', 'heuristic'].includes(o.solver)) {
    throw new PsmlError(`unknown solver "${String(o.solver)}"`, { field: 'solver', hint: 'use auto, exact or heuristic' });
  }
  for (const [field, v] of [['time-limit', o.timeLimit], ['polish', o.polish]] as const) {
    if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new PsmlError(`${field} must be a number of seconds ≥ 0`, { field, hint: `e.g. --${field} 2` });
  }
  const { report } = await optimize(system, { solver: o.solver, timeLimit: o.timeLimit || undefined, polish: o.polish });
  let markdown: string | undefined;
  const summary = () => (markdown ??= reportMarkdown(report));
  const text = format === 'json' ? reportJson(report) : summary();
  if (o.output) await writeFile(o.output, text);
  let applied: string[] = [];
  if (o.applyTo) {
    const { applyToManifests } = await import('./apply.js');
    applied = await applyToManifests(o.applyTo, report);
  }
  return {
    report,
    text,
    get markdown() {
      return summary();
    },
    applied,
  };
}
