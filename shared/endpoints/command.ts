/**
 * `psml deploy openapi`: the Cloud Endpoints document of what the URL map routes now — printed, written to a file,
 * or (--submit) published through Service Management (and the service enabled through Service Usage). Project and
 * service come from flags or psml.yaml.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkProjectId, findProjectConfig, loadProjectConfig, type ProjectConfig } from '../config/project.js';
import { PsmlError, asUserError } from '../errors.js';
import { loadExperiment } from '../manifest/load.js';
import { endpointsLine } from '../stacks/run.js';
import { renderOpenApi, type OpenApiFormat } from './openapi.js';
import { currentOpenApi, syncEndpoints } from './sync.js';

export interface OpenApiFlags {
  manifest?: string;
  project?: string;
  service?: string;
  output?: string;
  format?: string;
  submit?: boolean;
  /** commander's --no-create-service */
  createService?: boolean;
  computeEndpoint?: string;
  servicemanagementEndpoint?: string;
}

export interface OpenApiRun {
  stdout: string;
  stderr: string[];
}

function settings(f: OpenApiFlags): { project: string; service: string } {
  let config: ProjectConfig | undefined;
  const dir = f.manifest ? path.dirname(path.resolve(f.manifest)) : undefined;
  if (f.manifest) loadExperiment(f.manifest); // a wrong path or a broken manifest is reported, not ignored
  const file = (dir && findProjectConfig(dir)) ?? findProjectConfig();
  if (file && (!f.project || !f.service)) config = loadProjectConfig(file);
  const project = f.project !== undefined ? checkProjectId(f.project, '--project') : config?.project;
  if (!project) throw new PsmlError('no Google Cloud project given', { field: '--project', hint: 'pass --project or add "project: <id>" to psml.yaml' });
  const service = f.service ?? config?.endpoints?.service;
  if (!service)
    throw new PsmlError('no Cloud Endpoints service given', {
      field: '--service',
      hint: 'pass --service <name> or add "endpoints: {service: <name>}" to psml.yaml (the service is <name>.endpoints.<project>.cloud.goog)',
    });
  return { project, service };
}

export async function runOpenApi(f: OpenApiFlags): Promise<OpenApiRun> {
  const format = (f.format ?? 'yaml') as OpenApiFormat;
  if (format !== 'yaml' && format !== 'json') throw new PsmlError(`unknown format "${f.format}"`, { field: '--format', hint: 'use yaml or json' });
  const { project, service } = settings(f);
  const target = { project, service, computeEndpoint: f.computeEndpoint };
  const stderr: string[] = [];
  const write = (text: string) => {
    try {
      writeFileSync(f.output!, text);
    } catch (e) {
      throw asUserError(e) ?? e;
    }
    stderr.push(`wrote ${f.output}`);
  };
  if (f.submit) {
    const r = await syncEndpoints({ ...target, servicemanagementEndpoint: f.servicemanagementEndpoint, createService: f.createService, log: (l) => stderr.push(l) });
    if (f.output) write(format === 'json' ? renderOpenApi(r.document, 'json') : r.text);
    return { stdout: `${endpointsLine(r.result)}\n`, stderr };
  }
  const { document, revisions } = await currentOpenApi(target);
  const text = renderOpenApi(document, format);
  if (!f.output) return { stdout: text, stderr };
  write(text);
  stderr.push(`${revisions.length} routed revision(s): ${revisions.map((r) => `${r.service} ${r.major}.${r.minor}`).join(', ') || 'none'}`);
  return { stdout: '', stderr };
}
