/**
 * The deploy and train commands as single functions, shared by the CLI (`psml deploy …`, `psml train …`), the
 * GitHub Actions (action-deploy, action-train) and Cloud Build steps: same inputs, same behaviour, only where
 * inputs come from and where outputs go differ (seed 001).
 */
import path from 'node:path';
import { checkProjectId, findProjectConfig, loadProjectConfig, type ProjectConfig } from '../config/project.js';
import { endpointsServiceName } from '../endpoints/openapi.js';
import type { PublishResult } from '../endpoints/service-config.js';
import type { ResourceClientOptions } from '../compute/index.js';
import { PsmlError } from '../errors.js';
import { computeClients, type ComputeClients } from '../gcp/compute-clients.js';
import type { Experiment } from '../manifest/experiment.js';
import { loadExperiment } from '../manifest/load.js';
import { resourceNames } from '../manifest/names.js';
import { ServingEndpoint, type LeftoverResource, type ServingStatus } from './serving-endpoint.js';
import { renderPlanMarkdown, type Plan, type StackKind } from './serving-plan.js';
import { renderSmoke, smokeTest, type SmokeReport } from './smoke.js';
import { TrainingJob, type TrainingEnd, type TrainingStart } from './training-job.js';

export interface StackTarget {
  manifest: string;
  /** Google Cloud project (default: psml.yaml `project`). */
  project?: string;
  /** Serving region override (default: the manifest's serving.region, itself defaulting to psml.yaml). */
  region?: string;
  /** A local Compute Engine endpoint (default PSML_COMPUTE_ENDPOINT, else production). */
  computeEndpoint?: string;
  /** Clients to use instead (tests). */
  clients?: ComputeClients;
  resourceOptions?: ResourceClientOptions;
  log?: (line: string) => void;
}

export interface Target {
  exp: Experiment;
  project: string;
  clients: ComputeClients;
  /** psml.yaml next to the manifest (or above it, or in cwd), when there is one. */
  config?: ProjectConfig;
}

/** Loads the manifest and decides the project: the flag, else psml.yaml next to the manifest (or above it), else cwd. */
export function resolveTarget(t: StackTarget): Target {
  let exp = loadExperiment(t.manifest);
  let project = t.project === undefined ? undefined : checkProjectId(t.project, 'project');
  const file = findProjectConfig(path.dirname(path.resolve(t.manifest))) ?? findProjectConfig();
  const config = file ? loadProjectConfig(file) : undefined;
  if (!project) project = config?.project;
  if (!project)
    throw new PsmlError('no Google Cloud project given', {
      field: 'project',
      hint: 'pass --project (action input "project") or add "project: <id>" to psml.yaml',
    });
  if (t.region && exp.serving && t.region !== exp.serving.region) {
    const zones = exp.serving.zones.filter((z) => z.startsWith(`${t.region}-`));
    if (exp.serving.zones.length && !zones.length)
      throw new PsmlError(`serving.zones (${exp.serving.zones.join(', ')}) are not in region ${t.region}`, {
        field: 'serving.zones',
        resource: exp.source.file,
        hint: 'drop the region override or list zones of that region',
      });
    exp = { ...exp, serving: { ...exp.serving, region: t.region, zones } };
  }
  return { exp, project, clients: t.clients ?? computeClients(t.computeEndpoint), ...(config ? { config } : {}) };
}

// ---------------------------------------------------------------------------------------------------- deploy
export const DEPLOY_MODES = ['plan', 'apply', 'smoke', 'promote', 'teardown'] as const;
export type DeployMode = (typeof DEPLOY_MODES)[number];

export interface DeployRequest extends StackTarget {
  mode: DeployMode;
  /** teardown: also remove the shared load balancer when no revision uses it. */
  all?: boolean;
  /** teardown: only plan. */
  dryRun?: boolean;
  /** apply: wait until the group is stable and backends healthy (default true). */
  wait?: boolean;
  waitTimeoutMs?: number;
  pollMs?: number;
  /** Smoke test this URL (mode smoke; after apply when given). Default for smoke: the forwarding rule + route. */
  endpoint?: string;
  model?: string;
  /** A sample infer request file for the smoke test. */
  request?: string;
  readyTimeoutMs?: number;
  /** A local Service Management endpoint for the Cloud Endpoints update (default PSML_SERVICEMANAGEMENT_ENDPOINT). */
  servicemanagementEndpoint?: string;
  /** Called with the plan before anything changes (to show it while applying). */
  onPlan?: (plan: Plan) => void;
}

export interface DeployResult {
  mode: DeployMode;
  revision: string;
  plan?: Plan;
  applied?: StackKind[];
  status?: ServingStatus;
  smoke?: SmokeReport;
  promoted?: { changed: boolean; previous?: string };
  leftovers?: LeftoverResource[];
  backendService: string;
  /** The revision's URL through the shared load balancer, when it exists. */
  url?: string;
  /** The Cloud Endpoints config after the URL map changed (psml.yaml `endpoints` set). */
  endpoints?: PublishResult;
  /** plan and dry runs with psml.yaml `endpoints` set: the Endpoints step that would follow the resource steps */
  endpointsPlan?: EndpointsPlan;
}

export interface EndpointsPlan {
  /** `<service>.endpoints.<project>.cloud.goog` */
  serviceName: string;
  /** the plan changes the URL map, so the routed revisions (and the OpenAPI document) change */
  urlMapChanges: boolean;
}

export function isDeployMode(m: string): m is DeployMode {
  return (DEPLOY_MODES as readonly string[]).includes(m);
}

export async function runDeploy(req: DeployRequest): Promise<DeployResult> {
  if (!isDeployMode(req.mode))
    throw new PsmlError(`unknown mode "${String(req.mode)}"`, { field: 'mode', hint: `use one of ${DEPLOY_MODES.join(', ')}` });
  const { exp, project, clients, config } = resolveTarget(req);
  const ep = new ServingEndpoint(exp, { project, clients, resourceOptions: req.resourceOptions, log: req.log });
  const result: DeployResult = { mode: req.mode, revision: ep.revision, backendService: resourceNames(exp).backendService };
  // seed 003: the Endpoints OpenAPI document follows every revision deployed, promoted or removed (idempotent)
  const endpoints = async () => {
    if (!config?.endpoints) return;
    const { syncEndpoints } = await import('../endpoints/sync.js');
    const r = await syncEndpoints({ project, service: config.endpoints.service, compute: clients, resourceOptions: req.resourceOptions, servicemanagementEndpoint: req.servicemanagementEndpoint, log: req.log });
    result.endpoints = r.result;
  };
  const planEndpoints = (plan: Plan): EndpointsPlan | undefined =>
    config?.endpoints
      ? { serviceName: endpointsServiceName(config.endpoints.service, project), urlMapChanges: plan.steps.some((s) => s.kind === 'urlMap' && s.action !== 'keep') }
      : undefined;
  const smoke = async (url: string) => {
    result.smoke = await smokeTest(url, { model: req.model, request: req.request, readyTimeoutMs: req.readyTimeoutMs, pollMs: req.pollMs });
    if (!result.smoke.ok)
      throw new PsmlError(`smoke test of ${ep.revision} failed`, {
        resource: url,
        hint: req.mode === 'apply' ? 'the revision is deployed but does not answer correctly: check its logs before promoting it' : 'check the URL, the model name and the revision\'s logs',
        details: result.smoke.checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`),
      });
  };
  switch (req.mode) {
    case 'plan':
      result.plan = await ep.planDeploy();
      result.endpointsPlan = planEndpoints(result.plan);
      break;
    case 'apply': {
      result.plan = await ep.planDeploy();
      req.onPlan?.(result.plan);
      result.applied = (await ep.apply(result.plan)).done;
      await endpoints();
      if (req.wait ?? true) result.status = await ep.waitUntilServing({ timeoutMs: req.waitTimeoutMs, pollMs: req.pollMs });
      result.url = await ep.url();
      if (req.endpoint) await smoke(req.endpoint);
      break;
    }
    case 'smoke': {
      const url = req.endpoint ?? (await ep.url());
      if (!url)
        throw new PsmlError(`no endpoint to test: ${ep.revision} has no shared forwarding rule`, {
          field: 'endpoint',
          hint: 'deploy first, or pass --endpoint (action input "smoke-endpoint")',
        });
      result.url = url;
      await smoke(url);
      break;
    }
    case 'promote':
      result.promoted = await ep.promote();
      await endpoints();
      result.url = await ep.url();
      break;
    case 'teardown': {
      if (req.dryRun) {
        result.plan = await ep.planTeardown(req.all ?? false);
        result.endpointsPlan = planEndpoints(result.plan);
        break;
      }
      const t = await ep.teardown(req.all ?? false, req.onPlan);
      Object.assign(result, { plan: t.plan, applied: t.done, leftovers: t.leftovers });
      await endpoints();
      break;
    }
  }
  return result;
}

// ----------------------------------------------------------------------------------------------------- train
export interface TrainRequest extends StackTarget {
  /** Zones to try instead of training.zones. */
  zones?: string[];
  /** Wait until the VM deleted itself. */
  wait?: boolean;
  timeoutMs?: number;
  pollMs?: number;
}

export interface TrainResult {
  revision: string;
  start: TrainingStart;
  end?: TrainingEnd;
}

function trainingJob(req: TrainRequest): TrainingJob {
  const { exp, project, clients } = resolveTarget(req);
  return new TrainingJob(exp, { project, clients, resourceOptions: req.resourceOptions, zones: req.zones, log: req.log });
}

export async function runTrain(req: TrainRequest): Promise<TrainResult> {
  const job = trainingJob(req);
  const start = await job.start();
  const end = req.wait ? await job.waitUntilDone(start.zone, { timeoutMs: req.timeoutMs, pollMs: req.pollMs }) : undefined;
  return { revision: job.revision, start, end };
}

export async function cancelTrain(req: TrainRequest): Promise<{ revision: string; instance: string; outcome: 'deleted' | 'absent'; zone?: string }> {
  const job = trainingJob(req);
  return { revision: job.revision, instance: job.name, ...(await job.cancel()) };
}

/** The markdown of a deploy for a job summary: plan, serving status, promotion, smoke test, URL. */
export function deploySummary(r: DeployResult): string {
  const parts: string[] = [];
  if (r.plan) parts.push(renderPlanMarkdown(r.plan));
  else parts.push(`### psml deploy ${r.mode}: ${r.revision}\n`);
  if (r.status) parts.push(`Serving: group ${r.status.stable ? 'stable' : 'not stable'}, ${r.status.healthy}/${r.status.targetSize} backends healthy.\n`);
  if (r.promoted) parts.push(r.promoted.changed ? `Promoted **${r.revision}** (default route was \`${r.promoted.previous ?? 'none'}\`).\n` : `**${r.revision}** already was the default route.\n`);
  if (r.smoke) parts.push(renderSmoke(r.smoke, 'markdown'));
  if (r.mode === 'teardown' && r.leftovers) parts.push(`No resource of ${r.revision} is left (checked by label).\n`);
  if (r.url) parts.push(`URL: ${r.url}\n`);
  if (r.endpoints) parts.push(`${endpointsLine(r.endpoints)}\n`);
  if (r.endpointsPlan) parts.push(`${endpointsPlanLine(r.endpointsPlan)}\n`);
  return parts.join('\n');
}

/** The Endpoints step a plan implies, in one line. */
export function endpointsPlanLine(e: EndpointsPlan): string {
  return e.urlMapChanges
    ? `then Cloud Endpoints ${e.serviceName}: submit the OpenAPI document of the revisions the URL map will route, roll it out, enable the service if it is not`
    : `then Cloud Endpoints ${e.serviceName}: the URL map is unchanged; its OpenAPI document is checked and submitted only if it differs`;
}

/** What happened to the Cloud Endpoints config, in one line. */
export function endpointsLine(e: PublishResult): string {
  const what = e.submitted ? `submitted config ${e.configId}` : `config ${e.configId} unchanged`;
  const served = e.rolledOut ? `, rolled out to 100 %${e.rolloutId ? ` (${e.rolloutId})` : ''}` : ', already serving';
  return `Cloud Endpoints ${e.serviceName}: ${e.serviceCreated ? 'service created, ' : ''}${what}${served}${e.enabled ? ', service enabled' : ''}`;
}

/** One line per training outcome, for logs and summaries. */
export function trainSummary(r: TrainResult): string {
  const lines = [`### psml train: ${r.revision}`, '', `- ${r.start.outcome} \`${r.start.instance}\` in \`${r.start.zone}\``];
  for (const a of r.start.attempts.filter((x) => x.outcome === 'stockout')) lines.push(`- no capacity in \`${a.zone}\``);
  if (r.end) lines.push(r.end.state === 'deleted' ? '- finished: the VM deleted itself' : '- the VM stopped without deleting itself: its disks still bill (`psml train cancel`)');
  return `${lines.join('\n')}\n`;
}
