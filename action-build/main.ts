import * as core from '@actions/core';
import { booleanInput, input, listInput, runAction, writeSummary } from '../shared/github/action.js';
import { loadProjectConfig } from '../shared/config/project.js';
import { buildImages, buildSummary } from '../shared/build/builder.js';
import { gitInfo } from '../shared/build/git.js';

void runAction('psml build', async () => {
  const accessToken = input('access-token');
  const username = input('registry-username');
  const password = input('registry-password');
  for (const secret of [accessToken, password]) if (secret) core.setSecret(secret);

  const config = loadProjectConfig(input('config'));
  const registry = input('registry');
  const images = await buildImages(config, {
    names: listInput('images'),
    push: booleanInput('push', true),
    tags: listInput('tags'),
    ...(registry ? { registry } : {}),
    cache: booleanInput('cache', true),
    git: gitInfo(config.root),
    credentials: { ...(accessToken ? { accessToken } : {}), ...(username ? { username } : {}), ...(password ? { password } : {}) },
    log: (line) => core.info(line),
  });

  core.setOutput('images', JSON.stringify(images));
  core.setOutput('digests', JSON.stringify(Object.fromEntries(images.flatMap((i) => (i.reference ? [[i.name, i.reference]] : [])))));
  await writeSummary(buildSummary(images));
});
