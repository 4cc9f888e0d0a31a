/**
 * `psml deploy plan|apply|smoke|promote|teardown <manifest>` — the serving stack of a revision (seed 000's
 * ServingEndpoint; seed 001's `psml experiments deploy/promote/teardown`). Same function as action-deploy.
 */
import type { Command } from 'commander';
import { PsmlError } from '../../errors.js';
import { closeComputeClients } from '../../gcp/compute-clients.js';
import { planJson, renderPlan, type PlanFormat } from '../../stacks/serving-plan.js';
import { renderSmoke } from '../../stacks/smoke.js';
import { endpointsLine, endpointsPlanLine, runDeploy, type DeployMode, type DeployResult } from '../../stacks/run.js';
import { runOpenApi, type OpenApiFlags } from '../../endpoints/command.js';

interface DeployFlags {
  project?: string;
  region?: string;
  computeEndpoint?: string;
  servicemanagementEndpoint?: string;
  endpoint?: string;
  model?: string;
  request?: string;
  format: string;
  all?: boolean;
  dryRun?: boolean;
  wait: boolean;
  timeout?: string;
}

const FORMATS = ['text', 'json', 'markdown'];

function seconds(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new PsmlError(`${flag} must be a positive number of seconds, got "${v}"`, { field: flag });
  return n * 1000;
}

function render(r: DeployResult, format: PlanFormat, planShown: boolean): string {
  if (format === 'json') return `${JSON.stringify({ ...r, plan: r.plan ? planJson(r.plan) : undefined }, null, 2)}\n`;
  const parts: string[] = [];
  if (r.plan && !planShown) parts.push(renderPlan(r.plan, format));
  if (r.status) parts.push(`serving: group ${r.status.stable ? 'stable' : 'not stable'}, ${r.status.healthy}/${r.status.targetSize} backends healthy\n`);
  if (r.promoted) parts.push(r.promoted.changed ? `promoted ${r.revision} (was ${r.promoted.previous ?? 'none'})\n` : `${r.revision} already is the default route\n`);
  if (r.smoke) parts.push(renderSmoke(r.smoke, format === 'markdown' ? 'markdown' : 'text'));
  if (r.mode === 'teardown' && r.leftovers) parts.push(`no resource of ${r.revision} is left\n`);
  if (r.url) parts.push(`url: ${r.url}\n`);
  if (r.endpoints) parts.push(`${endpointsLine(r.endpoints)}\n`);
  if (r.endpointsPlan) parts.push(`${endpointsPlanLine(r.endpointsPlan)}\n`);
  return parts.join('\n');
}

async function run(mode: DeployMode, manifest: string, f: DeployFlags): Promise<void> {
  if (!FORMATS.includes(f.format)) throw new PsmlError(`unknown format "${f.format}"`, { field: '--format', hint: 'use text, json or markdown' });
  const quiet = f.format === 'json';
  let planShown = false;
  try {
    const r = await runDeploy({
      mode,
      manifest,
      project: f.project,
      region: f.region,
      computeEndpoint: f.computeEndpoint,
      servicemanagementEndpoint: f.servicemanagementEndpoint,
      endpoint: f.endpoint,
      model: f.model,
      request: f.request,
      all: f.all,
      dryRun: f.dryRun,
      wait: f.wait,
      waitTimeoutMs: seconds('--timeout', f.timeout),
      readyTimeoutMs: seconds('--timeout', f.timeout),
      log: quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
      // show the plan before anything changes, so a failed apply still shows what it was doing
      onPlan: quiet
        ? undefined
        : (p) => {
            process.stdout.write(`${renderPlan(p, f.format as PlanFormat)}\n`);
            planShown = true;
          },
    });
    process.stdout.write(render(r, f.format as PlanFormat, planShown));
  } finally {
    await closeComputeClients();
  }
}

export function registerDeploy(program: Command): void {
  const deploy = program
    .command('deploy')
    .description('plan, apply, smoke-test, promote or tear down the serving stack of a revision on Compute Engine');
  const common = (c: Command) =>
    c
      .argument('<manifest>', 'experiment manifest (YAML or JSON)')
      .option('--project <id>', 'Google Cloud project (default: psml.yaml)')
      .option('--region <region>', 'serving region (default: the manifest / psml.yaml)')
      .option('--compute-endpoint <url>', 'a local Compute Engine emulator (default: PSML_COMPUTE_ENDPOINT)')
      .option('--servicemanagement-endpoint <url>', 'a local Service Management emulator for the Cloud Endpoints update; Service Usage follows it unless PSML_SERVICEUSAGE_ENDPOINT is set (default: PSML_SERVICEMANAGEMENT_ENDPOINT)')
      .option('--format <format>', 'text | json | markdown', 'text');

  common(deploy.command('plan').description('show what apply would create, update or keep (changes nothing)')).action((m: string, f: DeployFlags) => run('plan', m, f));
  common(deploy.command('apply').description('create or update the stack (dependency order, parallel branches) and wait until it serves'))
    .option('--no-wait', 'do not wait for the group to be stable and healthy')
    .option('--timeout <seconds>', 'bound on waiting until serving (default 900)')
    .option('--endpoint <url>', 'smoke-test this URL after applying')
    .option('--model <name>', 'model name for the smoke test', 'model')
    .option('--request <file>', 'sample infer request (JSON) for the smoke test')
    .action((m: string, f: DeployFlags) => run('apply', m, f));
  common(deploy.command('smoke').description('smoke-test a deployed revision over the Open Inference Protocol'))
    .option('--endpoint <url>', 'URL of the revision (default: the shared forwarding rule + its route)')
    .option('--model <name>', 'model name in /v2/models/<name>', 'model')
    .option('--request <file>', 'sample infer request (JSON) instead of one built from the metadata')
    .option('--timeout <seconds>', 'bound on waiting for /v2/health/ready (default 300)')
    .action((m: string, f: DeployFlags) => run('smoke', m, f));
  common(deploy.command('promote').description("make this revision the URL map's default route")).action((m: string, f: DeployFlags) => run('promote', m, f));
  common(deploy.command('teardown').description("remove the revision's resources in reverse order (shared ones stay)"))
    .option('--all', 'also remove the shared URL map, proxy and forwarding rule when no other revision uses them')
    .option('--dry-run', 'only show the teardown plan')
    .action((m: string, f: DeployFlags) => run('teardown', m, f));
  deploy
    .command('openapi')
    .description('the Cloud Endpoints OpenAPI document of the revisions the URL map routes; --submit publishes it')
    .option('--manifest <file>', 'an experiment manifest: finds psml.yaml (project, endpoints.service) from its directory')
    .option('--project <id>', 'Google Cloud project (default: psml.yaml)')
    .option('--service <name>', 'Cloud Endpoints service name, <name>.endpoints.<project>.cloud.goog (default: psml.yaml endpoints.service)')
    .option('--output <file>', 'write the document to this file instead of stdout')
    .option('--format <format>', 'yaml | json', 'yaml')
    .option('--submit', 'submit the document to Service Management, roll it out and enable the service (idempotent)')
    .option('--no-create-service', 'with --submit: fail instead of creating a missing Endpoints service')
    .option('--compute-endpoint <url>', 'a local Compute Engine emulator (default: PSML_COMPUTE_ENDPOINT)')
    .option('--servicemanagement-endpoint <url>', 'a local Service Management emulator; Service Usage follows it unless PSML_SERVICEUSAGE_ENDPOINT is set (default: PSML_SERVICEMANAGEMENT_ENDPOINT)')
    .action(async (f: OpenApiFlags) => {
      try {
        const r = await runOpenApi(f);
        if (r.stdout) process.stdout.write(r.stdout);
        for (const line of r.stderr) process.stderr.write(`${line}\n`);
      } finally {
        await closeComputeClients();
      }
    });
}
