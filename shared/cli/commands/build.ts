import { Option, type Command } from 'commander';
import { loadProjectConfig } from '../../config/project.js';
import { buildImages, type BuiltImage } from '../../build/builder.js';
import { gitInfo } from '../../build/git.js';

interface BuildCliOptions {
  push?: boolean;
  tag: string[];
  registry?: string;
  config?: string;
  format: 'text' | 'json';
  cache: boolean;
  accessToken?: string;
  username?: string;
  password?: string;
}

const collect = (v: string, acc: string[]) => [...acc, v];

function table(images: readonly BuiltImage[]): string {
  const rows = [['IMAGE', 'ID', 'CACHED', 'DIGEST / TAGS'], ...images.map((i) => [i.name, i.id.replace(/^sha256:/, '').slice(0, 12), `${i.cachedSteps}/${i.steps}`, i.reference ?? i.tags.join(' ')])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

/** Registers `psml build`: images by simple name from psml.yaml, tagged, cached and optionally pushed (same code as action-build). */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build images by simple name from psml.yaml (all when none given), tag them (git SHA, branch, latest) and push them')
    .argument('[names...]', 'image names from psml.yaml images:')
    .option('--push', 'push every tag to the registry')
    .option('--tag <tag>', 'tag instead of the defaults (repeatable)', collect, [])
    .option('--registry <url>', "registry instead of psml.yaml's, e.g. 127.0.0.1:5000/psml")
    .option('--config <file>', 'project config (default: psml.yaml here or in a parent directory)')
    .option('--no-cache', 'build without any layer cache')
    .option('--access-token <token>', 'OAuth access token for Artifact Registry (default: PSML_ACCESS_TOKEN, else Application Default Credentials)')
    .option('--username <user>', 'username for other registries (default: PSML_REGISTRY_USERNAME)')
    .option('--password <password>', 'password for other registries (default: PSML_REGISTRY_PASSWORD)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (names: string[], o: BuildCliOptions) => {
      const config = loadProjectConfig(o.config);
      const env = process.env;
      const accessToken = o.accessToken ?? env.PSML_ACCESS_TOKEN;
      const username = o.username ?? env.PSML_REGISTRY_USERNAME;
      const password = o.password ?? env.PSML_REGISTRY_PASSWORD;
      const images = await buildImages(config, {
        names,
        push: o.push === true,
        tags: o.tag,
        ...(o.registry ? { registry: o.registry } : {}),
        git: gitInfo(config.root),
        cache: o.cache,
        credentials: { ...(accessToken ? { accessToken } : {}), ...(username ? { username } : {}), ...(password ? { password } : {}) },
        // build output goes to stderr so that stdout is only the result
        log: (line) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(`${o.format === 'json' ? JSON.stringify(images, null, 2) : table(images)}\n`);
    });
}
