import * as core from '@actions/core';
import { booleanInput, input, requiredInput, runAction, writeSummary } from '../shared/github/action.js';
import { PsmlError } from '../shared/errors.js';
import { deploySummary, isDeployMode, renderPlanText, runDeploy } from '../shared/stacks/index.js';

void runAction('psml deploy', async () => {
  const mode = input('mode') ?? 'plan';
  if (!isDeployMode(mode)) throw new PsmlError(`unknown mode "${mode}"`, { field: 'mode', hint: 'use plan, apply, smoke, promote or teardown' });
  const timeoutMs = Number(input('timeout-seconds') ?? 900) * 1000;
  if (!(timeoutMs > 0)) throw new PsmlError('must be a positive number of seconds', { field: 'timeout-seconds' });
  const r = await runDeploy({
    mode,
    manifest: requiredInput('manifest'),
    project: input('project'),
    region: input('region'),
    computeEndpoint: input('compute-endpoint'),
    endpoint: input('smoke-endpoint'),
    model: input('model'),
    request: input('sample-request'),
    wait: booleanInput('wait', true),
    waitTimeoutMs: timeoutMs,
    readyTimeoutMs: timeoutMs,
    all: booleanInput('all', false),
    log: (line) => core.info(line),
    onPlan: (p) => core.info(renderPlanText(p)),
  });
  core.setOutput('plan', r.plan ? renderPlanText(r.plan) : '');
  core.setOutput('backend-service', r.backendService);
  core.setOutput('url', r.url ?? '');
  core.setOutput('smoke', r.smoke ? (r.smoke.ok ? 'passed' : 'failed') : 'skipped');
  await writeSummary(deploySummary(r));
});
