import * as core from '@actions/core';
import { booleanInput, input, listInput, requiredInput, runAction, writeSummary } from '../shared/github/action.js';
import { parseBehavior, pullRequestTarget } from '../shared/github/comment.js';
import { pricePullRequest } from '../shared/pricing/pr-price.js';

const numberInput = (name: string) => (input(name) === undefined ? undefined : Number(input(name)));

void runAction('psml price', async () => {
  const token = input('github-token');
  if (token) core.setSecret(token);
  const target = booleanInput('comment', true) ? pullRequestTarget(input('pr-number')) : undefined;
  const result = await pricePullRequest({
    patterns: listInput('manifests').length ? listInput('manifests') : [requiredInput('manifests')],
    baseRef: input('base-ref'),
    baseDir: input('base-dir'),
    catalog: { catalog: input('catalog'), endpoint: input('catalog-endpoint'), currency: input('currency') },
    thresholds: { amount: numberInput('threshold-amount'), percent: numberInput('threshold-percent') },
    commentWhenUnchanged: booleanInput('comment-when-unchanged', false),
    behavior: parseBehavior(input('behavior')),
    marker: input('marker'),
    comment: target && token ? { token, target } : undefined,
  });
  core.setOutput('hourly', result.hourly);
  core.setOutput('delta', result.delta);
  core.setOutput('currency', result.currency);
  core.setOutput('report-path', result.reportPath);
  core.setOutput('json-path', result.jsonPath);
  core.setOutput('comment', result.comment.action);
  core.setOutput('comment-url', 'url' in result.comment ? result.comment.url : '');
  if (result.comment.action === 'skipped') core.info(`no comment: ${result.comment.reason}`);
  await writeSummary(result.markdown);
});
