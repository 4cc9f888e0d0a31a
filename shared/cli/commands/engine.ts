import { Command, Option } from 'commander';
import { loadProjectConfig, type ProjectConfig } from '../../config/project.js';
import { COMMANDS, ENGINE_ENVS, type EngineEnv } from '../../engine/commands.js';
import { planDockerRun, type DockerRunSpec } from '../../engine/plan.js';
import { renderDockerRun, shellQuote } from '../../engine/render.js';
import { buildCommandFor, runDockerRun } from '../../engine/runner.js';

interface EngineOptions {
  env: EngineEnv;
  config?: string;
  tag?: string;
  gpus?: string;
  envVar: string[];
  workspace?: string;
  network?: 'host' | 'default';
}

const collect = (v: string, acc: string[]) => [...acc, v];

function withPlanOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--env <env>', 'where the command runs').choices(ENGINE_ENVS).default('local'))
    .option('--config <file>', 'project config (default: psml.yaml here or in a parent directory)')
    .option('--tag <tag>', 'image tag (default: latest)')
    .option('--gpus <gpus>', 'GPUs for commands that use them: all, a count, or device=0,1')
    .option('-e, --env-var <NAME[=VALUE]>', 'extra environment variable; NAME alone passes yours through (repeatable)', collect, [])
    .option('--workspace <dir>', 'repository root on the Docker host (default: local = psml.yaml directory, ci = /workspace)')
    .addOption(new Option('--network <mode>', 'container network (default: host in ci/production)').choices(['host', 'default']))
    .argument('<words...>', 'the psml command, e.g. -- experiments train fraud 1 2')
    .passThroughOptions()
    .allowExcessArguments(false);
}

function plan(words: string[], o: EngineOptions): { spec: DockerRunSpec; config: ProjectConfig } {
  const config = loadProjectConfig(o.config);
  const spec = planDockerRun(words, o.env, config, {
    tag: o.tag,
    gpus: o.gpus,
    extraEnv: o.envVar,
    workspace: o.workspace,
    network: o.network,
    hostEnv: process.env,
  });
  return { spec, config };
}

/** The exact command that builds a missing image, including what psml.yaml still lacks. */
function buildHint(spec: DockerRunSpec, config: ProjectConfig, o: EngineOptions): string {
  const cmd = `${buildCommandFor(spec)}${o.config ? ` --config ${shellQuote([o.config])}` : ''}`;
  return config.images[spec.imageName]
    ? `build it with: ${cmd}`
    : `add images.${spec.imageName} (context, dockerfile) to psml.yaml, then build it with: ${cmd}`;
}

/** Registers `psml engine print|run|commands`: psml words → the docker run that does them (seed 001's PSML Engine). */
export function registerEngine(program: Command): void {
  const engine = program
    .command('engine')
    .description('Translate psml commands into docker run (local | ci | production) and run them on the Docker engine');

  withPlanOptions(engine.command('print'))
    .description('Print {"image","argv"} for the docker run that performs a psml command')
    .addOption(new Option('--format <format>', 'json, spec (the full DockerRunSpec) or shell (one pasteable line)').choices(['json', 'spec', 'shell']).default('json'))
    .action((words: string[], o: EngineOptions & { format: 'json' | 'spec' | 'shell' }) => {
      const { spec } = plan(words, o);
      const argv = renderDockerRun(spec);
      const out =
        o.format === 'shell' ? shellQuote(argv) : JSON.stringify(o.format === 'spec' ? { ...spec, argv } : { image: spec.image, argv }, null, 2);
      process.stdout.write(`${out}\n`);
    });

  withPlanOptions(engine.command('run'))
    .description("Run a psml command in its container on the Docker engine; exits with the container's exit code")
    .action(async (words: string[], o: EngineOptions) => {
      const { spec, config } = plan(words, o);
      const abort = new AbortController();
      const onSigint = () => {
        process.stderr.write('\npsml: stopping the container…\n');
        abort.abort();
      };
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigint);
      try {
        process.exitCode = await runDockerRun(spec, { signal: abort.signal, buildHint: buildHint(spec, config, o) });
      } finally {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigint);
      }
    });

  engine
    .command('commands')
    .description('List the psml commands the engine knows, with their image')
    .action(() => {
      const rows = COMMANDS.map((c) => {
        const args = (c.args ?? []).map((a) => (a.optional ? `[${a.name}${a.variadic ? '…' : ''}]` : `<${a.name}${a.variadic ? '…' : ''}>`));
        return [[...c.path, ...args].join(' '), c.image, c.summary];
      });
      const w0 = Math.max(...rows.map((r) => r[0]!.length));
      const w1 = Math.max(...rows.map((r) => r[1]!.length));
      for (const [cmd, image, summary] of rows) process.stdout.write(`${cmd!.padEnd(w0)}  ${image!.padEnd(w1)}  ${summary}\n`);
    });
}
