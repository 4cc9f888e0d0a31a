/**
 * End to end through the CLI's own `main` against both emulators (Compute Engine + Service Management), with the
 * unmodified official clients: with `endpoints.service` in psml.yaml, deploy apply / promote / teardown keep the
 * Endpoints document equal to what the URL map routes; `psml deploy openapi` prints the same document, writes it,
 * submits it idempotently, and reports bad input clearly. Without `endpoints`, deploys never call Service Management.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../run-cli.js';
import { startComputeEmulator, type ComputeEmulator } from '../../shared/emulators/compute/index.js';
import { startServiceManagementEmulator, type ServiceManagementEmulator } from '../../shared/emulators/servicemanagement/server.js';
import { PROJECT } from '../stacks/fixtures.js';

const SERVICE = `ml-api.endpoints.${PROJECT}.cloud.goog`;
const dir = mkdtempSync(path.join(tmpdir(), 'psml-endpoints-cli-'));
const plain = path.join(dir, 'plain'); // a project without `endpoints`
let compute: ComputeEmulator;
let sm: ServiceManagementEmulator;

function manifest(where: string, service: string, version: string): string {
  const file = path.join(where, `${service}-${version}.yaml`);
  writeFileSync(
    file,
    `apiVersion: psml.dev/v1
kind: Experiment
service: ${service}
version: "${version}"
image: us-central1-docker.pkg.dev/${PROJECT}/psml/${service}:${version}
serving:
  machineType: e2-standard-2
  replicas: {min: 1, max: 2}
  port: 8080
  region: us-central1
`,
  );
  return file;
}

beforeAll(async () => {
  [compute, sm] = await Promise.all([startComputeEmulator({ port: 0 }), startServiceManagementEmulator()]);
  writeFileSync(path.join(dir, 'psml.yaml'), `project: ${PROJECT}\nendpoints:\n  service: ml-api\n`);
  mkdirSync(plain);
  writeFileSync(path.join(plain, 'psml.yaml'), `project: ${PROJECT}\n`);
});
afterAll(async () => {
  await Promise.all([compute.close(), sm.close()]);
});

const cli = (...args: string[]) => runCli(args);
const endpointsFlags = () => ['--compute-endpoint', compute.url, '--servicemanagement-endpoint', sm.url];
const deploy = (mode: string, file: string, ...extra: string[]) => cli('deploy', mode, file, ...extra, ...endpointsFlags());

type Doc = { host: string; paths: Record<string, Record<string, { operationId: string }>> };
const latest = (): Doc => parse(sm.configSources(SERVICE).at(-1)!) as Doc;
const prefixes = (d: Doc) => [...new Set(Object.keys(d.paths).map((p) => /^\/[^/]+\/v\d+\.\d+(?=\/)/.exec(p)?.[0] ?? '(root)'))].sort();

describe('Cloud Endpoints through psml deploy', () => {
  it('follows apply, promote and teardown, and `deploy openapi` prints, writes and submits the same document', async () => {
    const churn = manifest(dir, 'churn', '1.2');
    const fraud = manifest(dir, 'fraud-score', '1.0');

    // a plan names the Endpoints step that will follow, without calling Service Management
    const before = sm.requests.length;
    const plan = await deploy('plan', churn);
    expect(plan.code, plan.stderr).toBe(0);
    expect(plan.stdout).toContain(`then Cloud Endpoints ${SERVICE}: submit the OpenAPI document of the revisions the URL map will route`);
    expect(sm.requests.length).toBe(before);

    const a = await deploy('apply', churn, '--no-wait');
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(new RegExp(`Cloud Endpoints ${SERVICE}: service created, submitted config \\S+, rolled out to 100 % \\(\\S+\\), service enabled`));
    expect(sm.enabledIn(SERVICE)).toEqual([PROJECT]);
    expect(latest().host).toBe(SERVICE);
    // the first revision is also the URL map's default: served with and without its prefix
    expect(prefixes(latest())).toEqual(['(root)', '/churn/v1.2']);

    const b = await deploy('apply', fraud, '--no-wait');
    expect(b.code, b.stderr).toBe(0);
    // enabled once
    expect(b.stdout).not.toContain('service enabled');
    expect(prefixes(latest())).toEqual(['(root)', '/churn/v1.2', '/fraud-score/v1.0']);
    expect(latest().paths['/fraud-score/v1.0/v2/models/{model_name}/infer']!.post!.operationId).toBe('fraud_score_v1_0_infer');
    expect(sm.rollouts(SERVICE)).toHaveLength(2);

    // `deploy openapi` builds the very bytes that were submitted
    const printed = await cli('deploy', 'openapi', '--manifest', churn, ...endpointsFlags());
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toBe(sm.configSources(SERVICE).at(-1));

    // re-submitting an unchanged document creates neither a config nor a rollout
    const again = await cli('deploy', 'openapi', '--manifest', churn, '--submit', ...endpointsFlags());
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/config \S+ unchanged, already serving/);
    expect(sm.configSources(SERVICE)).toHaveLength(2);
    expect(sm.rollouts(SERVICE)).toHaveLength(2);

    // promote moves the unprefixed paths to fraud-score
    const p = await deploy('promote', fraud);
    expect(p.code, p.stderr).toBe(0);
    expect(latest().paths['/v2/models/{model_name}/infer']!.post!.operationId).toBe('default_infer');
    expect(sm.configSources(SERVICE).at(-1)).toMatch(/promoted revision \(fraud-score 1\.0\)/);

    // a re-plan of a deployed revision leaves the URL map alone; a teardown dry run changes it
    expect((await deploy('plan', churn)).stdout).toContain(`then Cloud Endpoints ${SERVICE}: the URL map is unchanged`);
    expect((await deploy('teardown', churn, '--dry-run')).stdout).toContain(`then Cloud Endpoints ${SERVICE}: submit the OpenAPI document`);

    // teardown removes churn's paths
    const t = await deploy('teardown', churn);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toMatch(/Cloud Endpoints .*submitted config/);
    expect(prefixes(latest())).toEqual(['(root)', '/fraud-score/v1.0']);
    // and the newest config is the one serving all traffic
    expect(sm.rollouts(SERVICE).at(-1)!.trafficPercentStrategy.percentages).toEqual({ [sm.services.get(SERVICE)!.configs.at(-1)!.id]: 100 });

    // --output --format json writes the same document as JSON
    const out = path.join(dir, 'openapi.json');
    const w = await cli('deploy', 'openapi', '--manifest', fraud, '--output', out, '--format', 'json', ...endpointsFlags());
    expect(w.code, w.stderr).toBe(0);
    expect(w.stderr).toContain('1 routed revision(s): fraud-score 1.0');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(latest());
  });

  it('does nothing with Service Management when psml.yaml has no endpoints', async () => {
    const before = sm.requests.length;
    const m = manifest(plain, 'plain', '3.1');
    expect((await deploy('plan', m)).stdout).not.toMatch(/Cloud Endpoints/);
    const r = await deploy('apply', m, '--no-wait');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/Cloud Endpoints/);
    expect(sm.requests.length).toBe(before);
    expect((await deploy('teardown', m)).code).toBe(0);
    expect(sm.requests.length).toBe(before);
  });

  it('bad input: an unknown service with --no-create-service, a missing service name, a bad format', async () => {
    const m = manifest(plain, 'other', '1.0');
    const unknown = await cli('deploy', 'openapi', '--manifest', m, '--service', 'nope', '--submit', '--no-create-service', ...endpointsFlags());
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(`Cloud Endpoints service nope.endpoints.${PROJECT}.cloud.goog does not exist`);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    expect(sm.services.has(`nope.endpoints.${PROJECT}.cloud.goog`)).toBe(false);

    const missing = await cli('deploy', 'openapi', '--manifest', m, ...endpointsFlags());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no Cloud Endpoints service given.*endpoints: \{service: <name>\}/);

    const badName = await cli('deploy', 'openapi', '--manifest', m, '--service', 'Not_A_Label', ...endpointsFlags());
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('not a valid Cloud Endpoints service name');

    const format = await cli('deploy', 'openapi', '--manifest', m, '--service', 'x', '--format', 'xml', ...endpointsFlags());
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml"');
  });
});
