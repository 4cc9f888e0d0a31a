/** `psml`: the same commands on a laptop, in a Cloud Build step and behind each GitHub Action (seed 001). */
import { Command, CommanderError } from 'commander';
import { asUserError, describeError, guardProcess } from '../errors.js';

/**
 * Each command's module, loaded only when needed: a run of one command parses only that command's code (the deploy
 * and price modules pull in the Google clients, build pulls in Docker's), so `psml optimize` or `psml validate`
 * starts without them. `--version` loads none; help and unknown commands load all (in this order: the help listing's).
 */
const COMMANDS: [names: string[], load: () => Promise<(program: Command) => void>][] = [
  [['engine'], async () => (await import('./commands/engine.js')).registerEngine],
  [['build'], async () => (await import('./commands/build.js')).registerBuild],
  [['schema', 'validate'], async () => (await import('./commands/manifest.js')).registerManifest],
  [['emulator'], async () => (await import('./commands/emulator.js')).registerEmulator],
  [['price'], async () => (await import('./commands/price.js')).registerPrice],
  [['optimize'], async () => (await import('./commands/optimize.js')).registerOptimize],
  [['serve'], async () => (await import('./commands/serve.js')).registerServe],
  [['iam'], async () => (await import('./commands/iam.js')).registerIam],
  [['deploy'], async () => (await import('./commands/deploy.js')).registerDeploy],
  [['train'], async () => (await import('./commands/train.js')).registerTrain],
];

/** The program with the command `argv` names (argv without node and script), or with every command. */
export async function createProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('psml')
    .description('The ML lifecycle on Google Cloud: build, train, deploy, price and optimize experiments.')
    .version(process.env.PSML_VERSION ?? '0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .enablePositionalOptions();
  const first = argv[0];
  if (first === '--version' || first === '-V') return program;
  const named = COMMANDS.filter(([names]) => first !== undefined && names.includes(first));
  for (const register of await Promise.all((named.length ? named : COMMANDS).map(([, load]) => load()))) register(program);
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
  const program = (await createProgram(argv)).exitOverride();
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
