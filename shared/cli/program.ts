/** `psml`: the same commands on a laptop, in a Cloud Build step and behind each GitHub Action (seed 001). */
import { Command, CommanderError } from 'commander';
import { asUserError, describeError, guardProcess } from '../errors.js';
import { registerEngine } from './commands/engine.js';
import { registerBuild } from './commands/build.js';
import { registerManifest } from './commands/manifest.js';
import { registerEmulator } from './commands/emulator.js';
import { registerPrice } from './commands/price.js';
import { registerOptimize } from './commands/optimize.js';
import { registerServe } from './commands/serve.js';
import { registerDeploy } from './commands/deploy.js';
import { registerTrain } from './commands/train.js';
import { registerIam } from './commands/iam.js';

export function createProgram(): Command {
  const program = new Command('psml')
    .description('The ML lifecycle on Google Cloud: build, train, deploy, price and optimize experiments.')
    .version(process.env.PSML_VERSION ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .enablePositionalOptions();
  for (const register of [
    registerEngine,
    registerBuild,
    registerManifest,
    registerEmulator,
    registerPrice,
    registerOptimize,
    registerServe,
    registerIam,
    registerDeploy,
    registerTrain,
  ]) {
    register(program);
  }
  return program;
}

/** Parses argv and runs; returns the exit code. User errors print one clear message, never a stack. */
export async function main(argv: string[]): Promise<number> {
  guardProcess();
  // `psml … | head` closes the pipe early: the reader has what it wanted, so stop quietly instead of crashing
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
  }
  const program = createProgram().exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander already printed help or the usage error
      return e.exitCode;
    }
    const user = asUserError(e);
    process.stderr.write(`psml: ${user ? 'error: ' : ''}${describeError(e)}\n`);
    return user ? 2 : 70;
  }
}
