import * as core from '@actions/core';
import { booleanInput, input, listInput, requiredInput, runAction, writeSummary } from '../shared/github/action.js';
import { PsmlError } from '../shared/errors.js';
import { runTrain, trainSummary } from '../shared/stacks/index.js';

void runAction('psml train', async () => {
  const timeout = input('timeout-seconds');
  const timeoutMs = timeout === undefined ? undefined : Number(timeout) * 1000;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new PsmlError('must be a positive number of seconds', { field: 'timeout-seconds' });
  const r = await runTrain({
    manifest: requiredInput('manifest'),
    project: input('project'),
    zones: listInput('zones'),
    wait: booleanInput('wait', false),
    timeoutMs,
    computeEndpoint: input('compute-endpoint'),
    log: (line) => core.info(line),
  });
  core.setOutput('instance', r.start.instance);
  core.setOutput('zone', r.start.zone);
  core.setOutput('state', r.end?.state ?? 'running');
  await writeSummary(trainSummary(r));
  if (r.end?.state === 'stopped') throw new PsmlError('the training VM stopped without deleting itself', { resource: r.start.instance, hint: 'its disks still bill: run `psml train cancel` (or this action again after fixing the script)' });
});
