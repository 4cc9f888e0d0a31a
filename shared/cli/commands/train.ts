/**
 * `psml train <manifest> [--wait] [--zone z]…` and `psml train cancel <manifest>` — a self-deleting training VM
 * (seed 000's training stack; seed 003: the instance deletes itself when done). Same function as action-train.
 */
import type { Command } from 'commander';
import { PsmlError } from '../../errors.js';
import { closeComputeClients } from '../../gcp/compute-clients.js';
import { cancelTrain, runTrain } from '../../stacks/run.js';

interface TrainFlags {
  project?: string;
  computeEndpoint?: string;
  zone?: string[];
  wait?: boolean;
  timeout?: string;
  format: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

function check(f: TrainFlags): number | undefined {
  if (!['text', 'json'].includes(f.format)) throw new PsmlError(`unknown format "${f.format}"`, { field: '--format', hint: 'use text or json' });
  if (f.timeout === undefined) return undefined;
  const n = Number(f.timeout);
  if (!Number.isFinite(n) || n <= 0) throw new PsmlError(`--timeout must be a positive number of seconds, got "${f.timeout}"`, { field: '--timeout' });
  return n * 1000;
}

const common = (c: Command) =>
  c
    .option('--project <id>', 'Google Cloud project (default: psml.yaml)')
    .option('--compute-endpoint <url>', 'a local Compute Engine emulator (default: PSML_COMPUTE_ENDPOINT)')
    .option('--zone <zone>', 'zone to try instead of training.zones (repeat or comma-separate, in order of preference)', collect)
    .option('--format <format>', 'text | json', 'text');

export function registerTrain(program: Command): void {
  const train = common(
    program
      .command('train')
      // `train cancel … --project p`: options after the subcommand belong to it
      .enablePositionalOptions()
      .description('run the training job of a revision on a GPU/Spot VM that deletes itself when done')
      .argument('<manifest>', 'experiment manifest (YAML or JSON)')
      .option('--wait', 'wait until the VM has deleted itself (training finished)')
      .option('--timeout <seconds>', 'bound on --wait (default: maxRunDuration + 15 min)'),
  ).action(async (manifest: string, f: TrainFlags) => {
    const timeoutMs = check(f);
    const log = f.format === 'json' ? undefined : (line: string) => process.stderr.write(`${line}\n`);
    try {
      const r = await runTrain({ manifest, project: f.project, computeEndpoint: f.computeEndpoint, zones: f.zone, wait: f.wait, timeoutMs, log });
      if (f.format === 'json') process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else {
        process.stdout.write(`training ${r.revision}: ${r.start.outcome} ${r.start.instance} in ${r.start.zone}\n`);
        if (r.end) process.stdout.write(r.end.state === 'deleted' ? 'finished: the VM deleted itself\n' : 'the VM stopped without deleting itself: run `psml train cancel`\n');
      }
      if (r.end?.state === 'stopped') process.exitCode = 1;
    } finally {
      await closeComputeClients();
    }
  });

  common(train.command('cancel').description("delete the revision's training VM").argument('<manifest>', 'experiment manifest')).action(
    async (manifest: string, f: TrainFlags) => {
      check(f);
      try {
        const r = await cancelTrain({ manifest, project: f.project, computeEndpoint: f.computeEndpoint, zones: f.zone });
        if (f.format === 'json') process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        else process.stdout.write(r.outcome === 'deleted' ? `deleted ${r.instance} in ${r.zone}\n` : `no training VM of ${r.revision} is running\n`);
      } finally {
        await closeComputeClients();
      }
    },
  );
}
