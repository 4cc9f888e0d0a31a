import type { Command } from 'commander';
import { runOptimize, type OutputFormat } from '../../optimize/run.js';
import type { SolverChoice } from '../../optimize/system.js';

/** `psml optimize`: allocate accelerators to inference servers (seed 002's model, capacity-aware and exact when affordable). */
export function registerOptimize(program: Command): void {
  program
    .command('optimize')
    .description('Allocate accelerators and replicas to inference servers within capacity, by priority then cost')
    .requiredOption('-i, --input <file|dir>', 'system document (JSON/YAML) or a directory with the six *-data.json files')
    .option('-o, --output <file>', 'write the solution here (default: stdout)')
    .option('-f, --format <format>', 'json (the reference solution document plus diffs, totals, unserved) or markdown', 'json')
    .option('--apply-to <dir>', 'write the chosen machine type, GPU and replicas into the serving manifests in this directory')
    .option('--solver <solver>', 'auto (heuristic + LP rounding with proven bounds; exact MILP for small problems it cannot prove), exact or heuristic (default: optimizer.solver of the input)')
    .option('--time-limit <seconds>', 'time for the exact solver (default: optimizer.timeLimit, 10)')
    .option('--polish <seconds>', 'after the heuristic, re-optimise the contested servers exactly for this long (default: optimizer.polish, 0)')
    .action(async (opts: { input: string; output?: string; format: string; applyTo?: string; solver?: string; timeLimit?: string; polish?: string }) => {
      const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
      const r = await runOptimize({
        input: opts.input,
        output: opts.output,
        format: opts.format as OutputFormat,
        applyTo: opts.applyTo,
        solver: opts.solver as SolverChoice | undefined,
        timeLimit: num(opts.timeLimit),
        polish: num(opts.polish),
      });
      if (!opts.output) process.stdout.write(r.text);
      else process.stderr.write(`wrote ${opts.output}: ${Object.keys(r.report.allocations).length} allocations, ${r.report.unserved.length} unserved, total ${r.report.totalCost} cents/h\n`);
      for (const f of r.applied) process.stderr.write(`updated ${f}\n`);
    });
}
