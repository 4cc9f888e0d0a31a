import { Option, type Command } from 'commander';
import { PsmlError } from '../../errors.js';
import type { LogLevel } from '../../serve/log.js';
import { startServer } from '../../serve/server.js';

const int = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new PsmlError(`expected an integer ${max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`}, got "${v}"`, { field: name });
  return n;
};
const port = int('--port', 0, 65535);
const positive = (name: string, unit: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new PsmlError(`expected a positive number of ${unit}, got "${v}"`, { field: name });
  return n;
};
const collect = (v: string, prev: string[] = []) => [...prev, v];

interface ServeFlags {
  entryPoint: string;
  pythonPath?: string[];
  modelPath?: string;
  filesPath?: string;
  port?: number;
  host: string;
  modelName: string;
  modelVersion?: string;
  signature?: string;
  warmupRequest?: string;
  workers: number;
  maxQueue: number;
  timeout: number;
  maxBodyMb: number;
  logLevel: LogLevel;
}

/** `psml serve`: the MLComponent web service (seed 004) — the command deployed containers run. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve an MLComponent inference function over the Open Inference Protocol (v2 REST)')
    .requiredOption('--entry-point <function>', 'pkg.module.inference (Python) or file.mjs[:inference] (JavaScript/TypeScript)')
    .option('--python-path <dir>', 'directory put on the Python path (repeatable; default .)', collect)
    .option('--model-path <path>', 'passed to the function as model_key (MLComponent modelPath)', process.env.PSML_MODEL_PATH)
    .option('--files-path <dir>', 'file-exchange directory for FILE tensors (MLComponent inferenceFilesPath; default a temp dir)')
    .option('--port <n>', 'port (0 = any free port; default $PORT, else 8080)', port)
    .option('--host <addr>', 'address to listen on (0.0.0.0 inside a container; env PSML_SERVE_HOST)', process.env.PSML_SERVE_HOST ?? '127.0.0.1')
    .option('--model-name <name>', 'model name in /v2/models/<name>', process.env.PSML_MODEL_NAME ?? 'model')
    .option('--model-version <v>', 'model version reported and accepted in /versions/<v>')
    .option('--signature <file>', 'JSON/YAML {inputs, outputs} declaring the tensors (checked per request, shown as metadata)')
    .option('--warmup-request <file>', 'request body used as the warm-up call (default: a call with no inputs)')
    .option('--workers <n>', 'worker processes, each with its own model copy', int('--workers', 1), 1)
    .option('--max-queue <n>', 'requests waiting for a worker before answering 503', int('--max-queue', 0), 64)
    .option('--timeout <seconds>', 'per-request limit; the worker is restarted when exceeded', positive('--timeout', 'seconds'), 30)
    .option('--max-body-mb <n>', 'largest request body (413 above it)', positive('--max-body-mb', 'MiB'), 64)
    .addOption(new Option('--log-level <level>', 'least severe log level printed').choices(['debug', 'info', 'warn', 'error']).default('info'))
    .action(async (f: ServeFlags) => {
      const server = await startServer({
        entryPoint: f.entryPoint,
        pythonPath: f.pythonPath,
        modelPath: f.modelPath,
        filesPath: f.filesPath,
        port: f.port ?? port(process.env.PORT ?? '8080'),
        host: f.host,
        modelName: f.modelName,
        modelVersion: f.modelVersion,
        signaturePath: f.signature,
        warmupRequestPath: f.warmupRequest,
        workers: f.workers,
        maxQueue: f.maxQueue,
        timeoutMs: f.timeout * 1000,
        maxBodyBytes: Math.round(f.maxBodyMb * 1024 * 1024),
        logLevel: f.logLevel,
      });
      // run until SIGTERM (docker stop, instance shutdown) or Ctrl-C, then drain and stop the workers
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'shutting down', signal }) + '\n');
          void server.close().then(resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
