import * as core from '@actions/core';
import { input, requiredInput, runAction, writeSummary } from '../shared/github/action.js';
import { runOptimize, type OutputFormat } from '../shared/optimize/run.js';
import type { SolverChoice } from '../shared/optimize/system.js';

const seconds = (name: string): number | undefined => {
  const v = input(name);
  return v === undefined ? undefined : Number(v);
};

void runAction('psml optimize', async () => {
  const output = input('output') ?? 'solution.json';
  const r = await runOptimize({
    input: requiredInput('input'),
    output,
    format: (input('format') ?? 'json') as OutputFormat,
    applyTo: input('apply-to'),
    solver: input('solver') as SolverChoice | undefined,
    timeLimit: seconds('time-limit'),
    polish: seconds('polish'),
  });
  core.setOutput('solution', output);
  core.setOutput('total-cost', String(r.report.totalCost));
  core.setOutput('unserved', String(r.report.unserved.length));
  for (const u of r.report.unserved.slice(0, 10)) core.warning(`${u.server} unserved: ${u.reason}`);
  await writeSummary(r.markdown);
});
