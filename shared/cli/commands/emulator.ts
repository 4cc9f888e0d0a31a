import type { Command } from 'commander';
import { PsmlError } from '../../errors.js';

/**
 * `psml emulator start`: a local Compute Engine (and, on request, Cloud Billing Catalog and Service Management) for
 * tests, benchmarks, the offline demo and trying psml without a Google Cloud project.
 */
export function registerEmulator(program: Command): void {
  const emulator = program.command('emulator').description('Local emulators of the Google Cloud APIs psml calls');
  emulator
    .command('start')
    .description('Run the Compute Engine emulator on 127.0.0.1 until stopped (Ctrl-C / SIGTERM)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--state <file>', 'JSON file keeping the emulated cloud between runs')
    .option('--billing', 'also a Cloud Billing Catalog emulator serving the embedded price catalog (on a free port)')
    .option('--service-management', 'also a Service Management emulator for Cloud Endpoints (on a free port)')
    .action(async (opts: { port: string; host: string; state?: string; billing?: boolean; serviceManagement?: boolean }) => {
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
      const others: { close(): Promise<void> }[] = [];
      process.stdout.write(`psml compute emulator listening on ${emu.url}\n`);
      process.stdout.write(`export PSML_COMPUTE_ENDPOINT=${emu.url}\n`);
      if (opts.billing) {
        const [{ startBillingEmulator }, { EMBEDDED_CATALOG }] = await Promise.all([import('../../emulators/billing/server.js'), import('../../pricing/embedded-catalog.js')]);
        const billing = await startBillingEmulator({ snapshot: EMBEDDED_CATALOG, host: opts.host });
        others.push(billing);
        process.stdout.write(`export PSML_BILLING_ENDPOINT=${billing.url}\n`);
      }
      if (opts.serviceManagement) {
        const { startServiceManagementEmulator } = await import('../../emulators/servicemanagement/server.js');
        const sm = await startServiceManagementEmulator({ host: opts.host });
        others.push(sm);
        process.stdout.write(`export PSML_SERVICEMANAGEMENT_ENDPOINT=${sm.url}\n`);
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void Promise.all([emu.close(), ...others.map((o) => o.close())]).then(() => resolve());
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
