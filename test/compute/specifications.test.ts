/**
 * Every resource specification carries the fields the real Compute Engine API requires, derived from the manifest
 * (names, machine type URLs, GPUs, scheduling, labels, startup script, health-check firewall, URL-map rules).
 * Pure: no emulator, no network.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ComputeClients } from '../../shared/gcp/compute-clients.js';
import { resourceNames, ownershipLabels } from '../../shared/manifest/names.js';
import {
  AutoscalerClient,
  BackendServiceClient,
  FirewallClient,
  GlobalForwardingRuleClient,
  HealthCheckClient,
  InstanceClient,
  InstanceGroupManagerClient,
  InstanceTemplateClient,
  TargetHttpProxyClient,
  UrlMapClient,
  describeOwnership,
  labelsFromDescription,
  ownedBy,
  shellQuote,
  HEALTH_CHECK_RANGES,
} from '../../shared/compute/index.js';
import { PROJECT, REGION, ZONE, ctx, experiment } from './fixtures.js';

// specifications are pure: the clients are never called, so any options will do
const clients = new ComputeClients({ fallback: true, apiEndpoint: '127.0.0.1', port: 9, protocol: 'http' });
const global = { project: PROJECT };
const meta = (items: { key?: string | null; value?: string | null }[] | null | undefined, key: string) =>
  items?.find((i) => i.key === key)?.value ?? undefined;

describe('training instance specification', () => {
  const client = new InstanceClient(clients, { project: PROJECT, zone: ZONE });

  it('has name, zonal machine type, boot disk, network, labels and a self-deleting training script', () => {
    const exp = experiment();
    const spec = client.createSpecification(exp, ctx);
    expect(spec.name).toBe(resourceNames(exp).trainingInstance);
    expect(spec.machineType).toBe(`projects/${PROJECT}/zones/${ZONE}/machineTypes/e2-standard-4`);
    expect(spec.disks?.[0]).toMatchObject({ boot: true, autoDelete: true, initializeParams: { diskSizeGb: '100' } });
    expect(spec.disks?.[0]?.initializeParams?.sourceImage).toMatch(/cos-cloud/);
    expect(spec.networkInterfaces?.[0]?.network).toBe('global/networks/default');
    expect(spec.labels).toMatchObject({ ...ownershipLabels(exp), team: 'ml' });
    expect(spec.guestAccelerators).toEqual([]);
    expect(spec.scheduling).toMatchObject({
      provisioningModel: 'STANDARD',
      instanceTerminationAction: 'DELETE',
      maxRunDuration: { seconds: String(4 * 3600) },
    });
    const script = meta(spec.metadata?.items, 'startup-script')!;
    expect(script).toContain('psml-cli experiments train churn 1 2');
    expect(script).toContain('us-central1-docker.pkg.dev/psml-test/psml/churn:1.2');
    expect(script).toContain('PSML_ARTIFACTS_URI=gs://psml-artifacts/churn/1.2');
    expect(script).toMatch(/curl -sf -X DELETE .*\n.*\/zones\/\$ZONE\/instances\/\$NAME/);
    expect(script).toContain('"$MD/instance/service-accounts/default/token"'); // token from the metadata server
    expect(script).not.toContain('cos-extensions'); // no GPU, no driver
    expect(script).not.toMatch(/--volume (?!\/var\/lib\/nvidia)/); // production form: no mounts
  });

  it('attaches GPUs as guestAccelerators with onHostMaintenance TERMINATE and installs the driver', () => {
    const spec = client.createSpecification(experiment({ gpu: true, spot: true }), ctx);
    expect(spec.guestAccelerators).toEqual([
      { acceleratorType: `projects/${PROJECT}/zones/${ZONE}/acceleratorTypes/nvidia-tesla-t4`, acceleratorCount: 2 },
    ]);
    expect(spec.scheduling).toMatchObject({
      onHostMaintenance: 'TERMINATE',
      provisioningModel: 'SPOT',
      automaticRestart: false,
      instanceTerminationAction: 'DELETE',
    });
    const script = meta(spec.metadata?.items, 'startup-script')!;
    expect(script).toContain('cos-extensions install gpu');
    expect(script).toContain('--device /dev/nvidia0');
    expect(script).toContain('--device /dev/nvidia1');
    expect(script).not.toContain('--device /dev/nvidia2');
  });

  it('refuses an experiment without a training section, naming the field', () => {
    const exp = { ...experiment(), training: undefined };
    expect(() => client.createSpecification(exp, ctx)).toThrow(expect.objectContaining({ name: 'PsmlError', field: 'training' }));
  });
});

describe('serving stack specifications', () => {
  const exp = experiment({ gpu: true });
  const n = resourceNames(exp);
  const owner = ownershipLabels(exp);

  it('instance template: bare machine type and accelerator names, tags, labels, serving script', () => {
    const spec = new InstanceTemplateClient(clients, global).createSpecification(exp, ctx);
    expect(spec.name).toBe(n.instanceTemplate);
    const p = spec.properties!;
    expect(p.machineType).toBe('n1-standard-4');
    expect(p.guestAccelerators).toEqual([{ acceleratorType: 'nvidia-tesla-t4', acceleratorCount: 1 }]);
    expect(p.scheduling?.onHostMaintenance).toBe('TERMINATE');
    expect(p.scheduling).not.toHaveProperty('instanceTerminationAction'); // not spot, no max run duration
    expect(p.labels).toMatchObject(owner);
    expect(p.tags?.items).toEqual([n.revision]);
    expect(p.disks?.[0]?.initializeParams?.diskType).toBe('pd-balanced');
    const script = meta(p.metadata?.items, 'startup-script')!;
    expect(script).toContain('psml-cli experiments serve churn 1 2');
    expect(script).toContain('--publish 8080:8080');
    expect(script).toContain('--restart=always');
    expect(script).toContain('PSML_MODEL_URI=gs://psml-artifacts/churn/1.2/model');
    expect(script).toContain('docker-credential-gcr configure-docker --registries=us-central1-docker.pkg.dev');
  });

  it('instance group manager: template, base name, named port, autohealing ≥ 600 s with GPUs, zones', () => {
    const client = new InstanceGroupManagerClient(clients, { project: PROJECT, region: REGION });
    const spec = client.createSpecification(exp, ctx);
    expect(spec).toMatchObject({
      name: n.instanceGroupManager,
      baseInstanceName: n.baseInstanceName,
      instanceTemplate: `projects/${PROJECT}/global/instanceTemplates/${n.instanceTemplate}`,
      targetSize: 1,
      namedPorts: [{ name: 'http', port: 8080 }],
      distributionPolicy: { zones: [{ zone: 'zones/us-central1-a' }, { zone: 'zones/us-central1-b' }] },
    });
    expect(spec.autoHealingPolicies?.[0]?.healthCheck).toBe(`projects/${PROJECT}/global/healthChecks/${n.healthCheck}`);
    expect(spec.autoHealingPolicies?.[0]?.initialDelaySec).toBeGreaterThanOrEqual(600);
    expect(labelsFromDescription(spec.description)).toEqual(owner);
    // without GPUs the manifest's (shorter) delay stands
    const cpu = client.createSpecification(experiment(), ctx);
    expect(cpu.autoHealingPolicies?.[0]?.initialDelaySec).toBe(300);
  });

  it('autoscaler: target MIG and CPU policy from the manifest', () => {
    const spec = new AutoscalerClient(clients, { project: PROJECT, region: REGION }).createSpecification(exp, ctx);
    expect(spec.target).toBe(`projects/${PROJECT}/regions/${REGION}/instanceGroupManagers/${n.instanceGroupManager}`);
    expect(spec.autoscalingPolicy).toMatchObject({ minNumReplicas: 1, maxNumReplicas: 3, coolDownPeriodSec: 600, cpuUtilization: { utilizationTarget: 0.6 } });
  });

  it('health check: HTTP on the container port and health path', () => {
    const spec = new HealthCheckClient(clients, global).createSpecification(exp, ctx);
    expect(spec).toMatchObject({ name: n.healthCheck, type: 'HTTP', httpHealthCheck: { port: 8080, requestPath: '/v2/health/ready' } });
  });

  it('backend service: regional instance group, health check, named port, external managed LB', () => {
    const spec = new BackendServiceClient(clients, global).createSpecification(exp, ctx);
    expect(spec).toMatchObject({ name: n.backendService, protocol: 'HTTP', portName: 'http', loadBalancingScheme: 'EXTERNAL_MANAGED' });
    expect(spec.backends?.[0]?.group).toBe(`projects/${PROJECT}/regions/${REGION}/instanceGroups/${n.instanceGroupManager}`);
    expect(spec.healthChecks).toEqual([`projects/${PROJECT}/global/healthChecks/${n.healthCheck}`]);
  });

  it('firewall: Google health-check ranges to the revision tag on the serving port', () => {
    const spec = new FirewallClient(clients, global).createSpecification(exp, ctx);
    expect(spec.sourceRanges).toEqual(['35.191.0.0/16', '130.211.0.0/22']);
    expect(HEALTH_CHECK_RANGES).toEqual(spec.sourceRanges);
    expect(spec).toMatchObject({ direction: 'INGRESS', targetTags: [n.revision], allowed: [{ IPProtocol: 'tcp', ports: ['8080'] }] });
  });

  it('proxy and forwarding rule point at the shared URL map and proxy', () => {
    const proxy = new TargetHttpProxyClient(clients, global).createSpecification(exp, ctx);
    expect(proxy.urlMap).toBe(`projects/${PROJECT}/global/urlMaps/psml-url-map`);
    const rule = new GlobalForwardingRuleClient(clients, global).createSpecification(exp, ctx);
    expect(rule).toMatchObject({ target: `projects/${PROJECT}/global/targetHttpProxies/psml-http-proxy`, portRange: '80-80', loadBalancingScheme: 'EXTERNAL_MANAGED', labels: { 'managed-by': 'psml' } });
  });
});

describe('URL map path rules per revision', () => {
  const urlMaps = new UrlMapClient(clients, global);
  const a = experiment({ minor: 2 });
  const b = experiment({ minor: 3 });

  it('creates with the first revision as default and rule; adds, replaces idempotently, removes', () => {
    const map = { ...urlMaps.createSpecification(a, ctx), fingerprint: 'f1' };
    expect(map.defaultService).toBe(urlMaps.backendUrl(a, ctx));
    expect(map.pathMatchers?.[0]?.pathRules?.[0]?.paths).toEqual(['/churn/v1.2', '/churn/v1.2/*']);
    expect(urlMaps.updateSpecification(a, ctx, map)).toBeUndefined(); // already routed

    const withB = urlMaps.updateSpecification(b, ctx, map)!;
    expect(withB.fingerprint).toBe('f1'); // read-modify-write keeps what was read
    expect(withB.pathMatchers?.[0]?.pathRules?.map((r) => r.paths?.[0])).toEqual(['/churn/v1.2', '/churn/v1.3']);

    // removing the default revision moves the defaults to the remaining one
    const withoutA = urlMaps.removeSpecification(a, ctx, withB)!;
    expect(withoutA.defaultService).toBe(urlMaps.backendUrl(b, ctx));
    expect(withoutA.pathMatchers?.[0]?.defaultService).toBe(urlMaps.backendUrl(b, ctx));
    expect(withoutA.pathMatchers?.[0]?.pathRules?.map((r) => r.paths?.[0])).toEqual(['/churn/v1.3']);
    expect(urlMaps.removeSpecification(a, ctx, withoutA)).toBeUndefined();
    expect(urlMaps.removeSpecification(b, ctx, withoutA)).toBeNull(); // the last revision cannot be removed
  });
});

describe('ownership marks and shell quoting', () => {
  it('description marks round-trip any label set', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/);
    const value = fc.stringMatching(/^[a-z0-9_-]{0,20}$/);
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), fc.string(), (labels, text) => {
        const back = labelsFromDescription(describeOwnership(labels, text.replace(/\[psml/g, '')));
        expect(back).toEqual(labels);
      }),
      { numRuns: 300 },
    );
    expect(ownedBy({ a: '1', b: '2' }, { a: '1' })).toBe(true);
    expect(ownedBy({ a: '1' }, { a: '2' })).toBe(false);
    expect(ownedBy({ a: '1' }, {})).toBe(false); // nothing claimed, nothing adopted
  });

  it('generated startup scripts are valid bash', () => {
    for (const exp of [experiment(), experiment({ gpu: true, spot: true })]) {
      const scripts = [
        meta(new InstanceClient(clients, { project: PROJECT, zone: ZONE }).createSpecification(exp, ctx).metadata?.items, 'startup-script'),
        meta(new InstanceTemplateClient(clients, global).createSpecification(exp, ctx).properties?.metadata?.items, 'startup-script'),
      ];
      for (const script of scripts) execFileSync('bash', ['-n'], { input: script });
    }
  });

  it('shellQuote gives bash back the exact word', () => {
    const words = fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !s.includes('\0')), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(words, (ws) => {
        const out = execFileSync('bash', ['-c', `printf '%s\\0' ${ws.map(shellQuote).join(' ')}`]).toString('utf8');
        expect(out.split('\0').slice(0, -1)).toEqual(ws);
      }),
      { numRuns: 40 },
    );
  });
});
