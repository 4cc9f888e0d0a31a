import type { Command } from 'commander';
import { PsmlError } from '../../errors.js';

/** `psml emulator start`: a local Compute Engine for tests, benchmarks and the offline demo. */
export function registerEmulator(program: Command): void {
  const emulator = program.command('emulator').description('Local emulators of the Google Cloud APIs psml calls');
  emulator
    .command('start')
    .description('Run the Compute Engine emulator on 127.0.0.1 until stopped (Ctrl-C / SIGTERM)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--state <file>', 'JSON file keeping the emulated cloud between runs')
    .action(async (opts: { port: string; host: string; state?: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new PsmlError(`"${opts.port}" is not a port number`, { field: '--port', hint: 'use 0..65535 (0 picks a free port)' });
      }
      const { startComputeEmulator } = await import('../../emulators/compute/index.js');
      let emu;
      try {
        emu = await startComputeEmulator({ port, host: opts.host, stateFile: opts.state });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new PsmlError(`port ${port} is already in use`, { field: '--port', hint: 'pick another port or 0' });
        if (code === 'EADDRNOTAVAIL') throw new PsmlError(`cannot listen on ${opts.host}`, { field: '--host' });
        // a corrupt, foreign or unreadable state file (EISDIR, EACCES, …): nothing was started
        if (opts.state && (e instanceof SyntaxError || typeof code === 'string' || (e instanceof Error && e.message.includes(opts.state)))) {
          throw new PsmlError(`cannot read the state file: ${(e as Error).message}`, {
            field: '--state',
            resource: opts.state,
            hint: 'pass a JSON state file written by `psml emulator start --state`, or a new file name to start with an empty cloud',
          });
        }
        throw e;
      }
      process.stdout.write(`psml compute emulator listening on ${emu.url}\n`);
      process.stdout.write(`export PSML_COMPUTE_ENDPOINT=${emu.url}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void emu.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
