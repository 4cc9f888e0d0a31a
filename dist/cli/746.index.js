import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 746;
export const ids = [746];
export const modules = {

/***/ 34326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IN: () => (/* reexport */ GlobalForwardingRuleClient),
  Vr: () => (/* reexport */ url_map/* UrlMapClient */.V),
  ZO: () => (/* binding */ servingClients),
  mW: () => (/* reexport */ spec_context/* sharedNames */.mW),
  py: () => (/* binding */ trainingInstances)
});

// UNUSED EXPORTS: AutoscalerClient, BackendServiceClient, CLOUD_PLATFORM_SCOPE, COS_IMAGE, DEFAULT_NETWORK, FirewallClient, GPU_MIN_INITIAL_DELAY_SECONDS, HEALTH_CHECK_RANGES, HealthCheckClient, InstanceClient, InstanceGroupManagerClient, InstanceTemplateClient, ResourceClient, SHARED_NAMES, TargetHttpProxyClient, containerStartupScript, describeOwnership, firewallName, gapicCalls, isAttachableGpu, labelFilter, labelsFromDescription, names, networkTag, operationOf, ownedBy, plain, psmlCliArgs, requireServing, requireTraining, revisionLabels, revisionOwnership, sameRef, scheduling, scopeOf, scopePath, sharedOwnership, shellQuote

// EXTERNAL MODULE: ./shared/gcp/compute-clients.ts
var compute_clients = __webpack_require__(12307);
// EXTERNAL MODULE: ./shared/compute/resource-client.ts
var resource_client = __webpack_require__(29108);
// EXTERNAL MODULE: ./shared/compute/ownership.ts
var ownership = __webpack_require__(5781);
// EXTERNAL MODULE: ./shared/compute/spec-context.ts
var spec_context = __webpack_require__(5683);
;// CONCATENATED MODULE: ./shared/compute/autoscaler.ts



class AutoscalerClient extends resource_client/* ResourceClient */.SL {
    collection = 'autoscalers';
    scopes = ['zone', 'region'];
    calls() {
        const client = this.location.zone ? this.clients.client('autoscalers') : this.clients.client('regionAutoscalers');
        // autoscalers have no fingerprint: PUT replaces the whole policy
        return (0,resource_client/* gapicCalls */.UZ)(client, { name: 'autoscaler', resource: 'autoscalerResource' }, this.location, 'update');
    }
    ownerLabels(r) {
        return (0,ownership/* labelsFromDescription */.I9)(r.description);
    }
    createSpecification(exp, ctx) {
        const s = (0,spec_context/* requireServing */.Ir)(exp);
        const n = (0,spec_context/* names */.Dy)(exp);
        return {
            name: n.autoscaler,
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* revisionOwnership */.z5)(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
            target: `${(0,resource_client/* scopePath */.Ok)({ ...this.location, project: ctx.project })}/instanceGroupManagers/${n.instanceGroupManager}`,
            autoscalingPolicy: {
                minNumReplicas: s.replicas.min,
                maxNumReplicas: Math.max(s.replicas.max, s.replicas.min),
                coolDownPeriodSec: s.autoscaling.cooldownSeconds,
                cpuUtilization: { utilizationTarget: s.autoscaling.targetCpuUtilization },
                mode: 'ON',
            },
        };
    }
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        const a = current.autoscalingPolicy;
        const b = want.autoscalingPolicy;
        const same = (0,spec_context/* sameRef */.WY)(current.target, want.target) &&
            a?.minNumReplicas === b.minNumReplicas &&
            a?.maxNumReplicas === b.maxNumReplicas &&
            a?.coolDownPeriodSec === b.coolDownPeriodSec &&
            a?.cpuUtilization?.utilizationTarget === b.cpuUtilization?.utilizationTarget;
        return same ? undefined : { ...want, description: current.description ?? want.description };
    }
}

;// CONCATENATED MODULE: ./shared/compute/instance-group-manager.ts



const SERVING_PORT_NAME = 'http';
class InstanceGroupManagerClient extends resource_client/* ResourceClient */.SL {
    collection = 'instanceGroupManagers';
    scopes = ['zone', 'region'];
    calls() {
        const client = this.location.zone
            ? this.clients.client('instanceGroupManagers')
            : this.clients.client('regionInstanceGroupManagers');
        return (0,resource_client/* gapicCalls */.UZ)(client, { name: 'instanceGroupManager', resource: 'instanceGroupManagerResource' }, this.location, 'patch');
    }
    ownerLabels(r) {
        return (0,ownership/* labelsFromDescription */.I9)(r.description);
    }
    /** URL of the instance group the manager creates (same name, same scope): what backend services point at. */
    instanceGroupUrl(name) {
        return `${(0,resource_client/* scopePath */.Ok)(this.location)}/instanceGroups/${name}`;
    }
    createSpecification(exp, ctx) {
        const s = (0,spec_context/* requireServing */.Ir)(exp);
        const n = (0,spec_context/* names */.Dy)(exp);
        const global = (0,resource_client/* scopePath */.Ok)({ project: ctx.project });
        return {
            name: n.instanceGroupManager,
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* revisionOwnership */.z5)(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
            baseInstanceName: n.baseInstanceName,
            instanceTemplate: `${global}/instanceTemplates/${n.instanceTemplate}`,
            targetSize: s.replicas.min,
            namedPorts: [{ name: SERVING_PORT_NAME, port: s.port }],
            autoHealingPolicies: [
                {
                    healthCheck: `${global}/healthChecks/${n.healthCheck}`,
                    initialDelaySec: Math.max(s.initialDelaySeconds, s.gpu ? spec_context/* GPU_MIN_INITIAL_DELAY_SECONDS */.pr : 0),
                },
            ],
            ...(this.location.region && s.zones.length
                ? { distributionPolicy: { zones: s.zones.map((z) => ({ zone: `zones/${z}` })) } }
                : {}),
        };
    }
    /** Points the group at the revision's template and health policy; the size belongs to the autoscaler. */
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        const policy = current.autoHealingPolicies?.[0];
        const wantPolicy = want.autoHealingPolicies[0];
        if ((0,spec_context/* sameRef */.WY)(current.instanceTemplate, want.instanceTemplate) &&
            (0,spec_context/* sameRef */.WY)(policy?.healthCheck, wantPolicy.healthCheck) &&
            policy?.initialDelaySec === wantPolicy.initialDelaySec)
            return undefined;
        return {
            name: current.name,
            fingerprint: current.fingerprint,
            instanceTemplate: want.instanceTemplate,
            autoHealingPolicies: want.autoHealingPolicies,
        };
    }
}

;// CONCATENATED MODULE: ./shared/compute/backend-service.ts




class BackendServiceClient extends resource_client/* ResourceClient */.SL {
    collection = 'backendServices';
    scopes = ['global'];
    calls() {
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('backendServices'), { name: 'backendService', resource: 'backendServiceResource' }, this.location, 'patch');
    }
    ownerLabels(r) {
        return (0,ownership/* labelsFromDescription */.I9)(r.description);
    }
    /** Serves the regional instance group of the revision (in `serving.region`). */
    createSpecification(exp, ctx) {
        const s = (0,spec_context/* requireServing */.Ir)(exp);
        const n = (0,spec_context/* names */.Dy)(exp);
        return {
            name: n.backendService,
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* revisionOwnership */.z5)(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
            protocol: 'HTTP',
            portName: SERVING_PORT_NAME,
            loadBalancingScheme: 'EXTERNAL_MANAGED',
            timeoutSec: 60,
            healthChecks: [`${(0,resource_client/* scopePath */.Ok)({ project: ctx.project })}/healthChecks/${n.healthCheck}`],
            backends: [
                {
                    group: `${(0,resource_client/* scopePath */.Ok)({ project: ctx.project, region: s.region })}/instanceGroups/${n.instanceGroupManager}`,
                    balancingMode: 'UTILIZATION',
                    maxUtilization: 0.8,
                    capacityScaler: 1,
                },
            ],
        };
    }
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        const same = current.backends?.length === 1 &&
            (0,spec_context/* sameRef */.WY)(current.backends[0]?.group, want.backends[0].group) &&
            (0,spec_context/* sameRef */.WY)(current.healthChecks?.[0], want.healthChecks[0]) &&
            current.portName === want.portName;
        if (same)
            return undefined;
        return { name: current.name, fingerprint: current.fingerprint, backends: want.backends, healthChecks: want.healthChecks, portName: want.portName };
    }
}

;// CONCATENATED MODULE: ./shared/compute/firewall.ts



class FirewallClient extends resource_client/* ResourceClient */.SL {
    collection = 'firewalls';
    scopes = ['global'];
    calls() {
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('firewalls'), { name: 'firewall', resource: 'firewallResource' }, this.location, 'update');
    }
    ownerLabels(r) {
        return (0,ownership/* labelsFromDescription */.I9)(r.description);
    }
    createSpecification(exp, ctx) {
        const s = (0,spec_context/* requireServing */.Ir)(exp);
        return {
            name: (0,spec_context/* firewallName */.wu)(exp),
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* revisionOwnership */.z5)(exp), `psml health checks for ${exp.service} ${exp.version.major}.${exp.version.minor}`),
            network: ctx.network ?? spec_context/* DEFAULT_NETWORK */.R5,
            direction: 'INGRESS',
            priority: 1000,
            sourceRanges: [...spec_context/* HEALTH_CHECK_RANGES */.R9],
            targetTags: [(0,spec_context/* networkTag */.TY)(exp)],
            allowed: [{ IPProtocol: 'tcp', ports: [String(s.port)] }],
        };
    }
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        const key = (f) => JSON.stringify([f.direction, [...(f.sourceRanges ?? [])].sort(), f.targetTags, f.allowed?.map((a) => [a.IPProtocol, a.ports])]);
        return key(current) === key(want) ? undefined : { ...want, description: current.description ?? want.description };
    }
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/compute/global-forwarding-rule.ts
/** The global forwarding rule: shared, created once; the public HTTP entry (port 80) of every revision. */



class GlobalForwardingRuleClient extends resource_client/* ResourceClient */.SL {
    collection = 'forwardingRules';
    scopes = ['global'];
    labelled = true;
    calls() {
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('globalForwardingRules'), { name: 'forwardingRule', resource: 'forwardingRuleResource' }, this.location, 'patch');
    }
    ownerLabels(r) {
        return { ...r.labels };
    }
    createSpecification(_exp, ctx) {
        const n = (0,spec_context/* sharedNames */.mW)(ctx);
        return {
            name: n.forwardingRule,
            description: 'psml serving entry point',
            labels: (0,spec_context/* sharedOwnership */.VI)(),
            target: `${(0,resource_client/* scopePath */.Ok)({ project: ctx.project })}/targetHttpProxies/${n.targetHttpProxy}`,
            IPProtocol: 'TCP',
            portRange: '80-80', // the API's own form of a single port (it answers "80" with "80-80")
            loadBalancingScheme: 'EXTERNAL_MANAGED',
            networkTier: 'PREMIUM',
        };
    }
    /** Static once created (seed 003): a different target would need setTarget, which psml never does. */
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        if (!(0,spec_context/* sameRef */.WY)(current.target, want.target))
            throw new errors/* PsmlError */.bd(`forwarding rule ${current.name} targets ${current.target}, not ${want.target}`, {
                resource: this.ref(current.name ?? ''),
                hint: 'the shared forwarding rule was changed outside psml: point it back at the psml proxy or delete it',
            });
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/compute/health-check.ts



class HealthCheckClient extends resource_client/* ResourceClient */.SL {
    collection = 'healthChecks';
    scopes = ['global'];
    calls() {
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('healthChecks'), { name: 'healthCheck', resource: 'healthCheckResource' }, this.location, 'update');
    }
    ownerLabels(r) {
        return (0,ownership/* labelsFromDescription */.I9)(r.description);
    }
    createSpecification(exp, _ctx) {
        const s = (0,spec_context/* requireServing */.Ir)(exp);
        return {
            name: (0,spec_context/* names */.Dy)(exp).healthCheck,
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* revisionOwnership */.z5)(exp), `psml serving ${exp.service} ${exp.version.major}.${exp.version.minor}`),
            type: 'HTTP',
            httpHealthCheck: { port: s.port, requestPath: s.healthCheckPath },
            checkIntervalSec: 10,
            timeoutSec: 5,
            healthyThreshold: 2,
            unhealthyThreshold: 3,
        };
    }
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        const same = current.type === want.type &&
            current.httpHealthCheck?.port === want.httpHealthCheck?.port &&
            current.httpHealthCheck?.requestPath === want.httpHealthCheck?.requestPath;
        return same ? undefined : { ...want, description: current.description ?? want.description };
    }
}

;// CONCATENATED MODULE: ./shared/compute/startup-script.ts
/**
 * The startup script that runs an experiment's container on a Compute Engine VM (metadata `startup-script`).
 * The `gce-container-declaration` agent is deprecated and never supported GPUs, so the VM (Container-Optimized OS)
 * runs the container itself: install the GPU driver when there are GPUs, log in to Artifact Registry, `docker run`
 * the image with the production form of the psml command (seed 001: `psml-cli experiments serve|train …`, no mounts),
 * and — for training — delete the VM when the container exits (a guest shutdown would only stop it while its disk
 * keeps billing). Pure: a function of its input, so it can be tested and shown in a plan.
 */
/** Default production command of a revision (seed 001): the image already holds the code, so no mounts. */
function psmlCliArgs(role, service, major, minor) {
    return ['psml-cli', 'experiments', role === 'serving' ? 'serve' : 'train', service, String(major), String(minor)];
}
/** Single-quotes a word for bash (`it's` → `'it'\''s'`). */
function shellQuote(word) {
    return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
const registryOf = (image) => {
    const first = image.split('/')[0] ?? '';
    return image.includes('/') && (first.includes('.') || first.includes(':')) ? first : undefined;
};
function containerStartupScript(input) {
    const container = `psml-${input.role}`;
    const lines = [
        '#!/bin/bash',
        `# psml ${input.role}: ${input.revision} (generated; runs on every boot)`,
        'set -uo pipefail',
        // Container-Optimized OS: / is read-only, docker-credential-gcr writes $HOME/.docker
        'export HOME=/var/lib/psml && mkdir -p "$HOME"',
    ];
    const registry = registryOf(input.image);
    if (registry?.endsWith('.pkg.dev') || registry?.endsWith('gcr.io'))
        lines.push(`docker-credential-gcr configure-docker --registries=${shellQuote(registry)}`);
    const gpuFlags = [];
    if (input.gpus > 0) {
        lines.push('# GPU driver (COS): install, then make the driver directory executable for the container', 'cos-extensions install gpu', 'mount --bind /var/lib/nvidia /var/lib/nvidia', 'mount -o remount,exec /var/lib/nvidia');
        // `--gpus all` fails on COS: pass the driver and the devices explicitly
        gpuFlags.push('--volume /var/lib/nvidia/lib64:/usr/local/nvidia/lib64', '--volume /var/lib/nvidia/bin:/usr/local/nvidia/bin', ...Array.from({ length: input.gpus }, (_, i) => `--device /dev/nvidia${i}`), '--device /dev/nvidia-uvm', '--device /dev/nvidiactl');
    }
    const env = Object.entries(input.env)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `--env ${shellQuote(`${k}=${v}`)}`);
    const entrypoint = input.command?.length ? [`--entrypoint ${shellQuote(input.command[0])}`] : [];
    const argv = [...(input.command?.slice(1) ?? []), ...input.args].map(shellQuote);
    const runFlags = [
        `--name ${container}`,
        '--log-driver=gcplogs', // container output goes to Cloud Logging
        ...(input.role === 'serving' ? ['--detach', '--restart=always', `--publish ${input.port ?? 8080}:${input.port ?? 8080}`] : []),
        ...gpuFlags,
        ...env,
        ...entrypoint,
    ];
    lines.push(`docker rm --force ${container} >/dev/null 2>&1 || true`, ['docker run', ...runFlags, [shellQuote(input.image), ...argv].join(' ')].join(' \\\n  '));
    if (input.role === 'training') {
        lines.push('status=$?', `echo "psml: training container exited with status $status"`, '# done (or failed): delete this VM through the Compute API with the VM service account token', "MD=http://metadata.google.internal/computeMetadata/v1; H='Metadata-Flavor: Google'", 'TOKEN=$(curl -sf -H "$H" "$MD/instance/service-accounts/default/token" | sed -n \'s/.*"access_token" *: *"\\([^"]*\\)".*/\\1/p\')', 'NAME=$(curl -sf -H "$H" "$MD/instance/name")', 'ZONE=$(curl -sf -H "$H" "$MD/instance/zone"); ZONE=${ZONE##*/}', 'PROJECT=$(curl -sf -H "$H" "$MD/project/project-id")', 'for i in 1 2 3 4 5; do', '  curl -sf -X DELETE -H "Authorization: Bearer $TOKEN" \\', '    "https://compute.googleapis.com/compute/v1/projects/$PROJECT/zones/$ZONE/instances/$NAME" && break', '  sleep $((i * 10))', 'done');
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/compute/instance.ts



class InstanceClient extends resource_client/* ResourceClient */.SL {
    collection = 'instances';
    scopes = ['zone'];
    labelled = true;
    calls() {
        // no in-place update: a training VM runs once and deletes itself
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('instances'), { name: 'instance', resource: 'instanceResource' }, this.location);
    }
    ownerLabels(r) {
        return { ...r.labels };
    }
    /** The training VM of `exp` in this client's zone (one of `training.zones`). */
    createSpecification(exp, ctx) {
        const t = (0,spec_context/* requireTraining */.kQ)(exp);
        const zone = this.location.zone;
        const zonal = (0,resource_client/* scopePath */.Ok)({ project: ctx.project, zone });
        const gpus = t.gpu?.count ?? 0;
        const n = (0,spec_context/* names */.Dy)(exp);
        return {
            name: n.trainingInstance,
            description: `psml training job ${exp.service} ${exp.version.major}.${exp.version.minor}`,
            machineType: `${zonal}/machineTypes/${t.machineType}`,
            labels: (0,spec_context/* revisionLabels */.Xk)(exp),
            disks: [
                {
                    boot: true,
                    autoDelete: true,
                    type: 'PERSISTENT',
                    initializeParams: {
                        sourceImage: ctx.sourceImage ?? spec_context/* COS_IMAGE */.IS,
                        diskSizeGb: String(t.bootDiskGb),
                        diskType: `${zonal}/diskTypes/pd-balanced`,
                    },
                },
            ],
            networkInterfaces: [
                { network: ctx.network ?? spec_context/* DEFAULT_NETWORK */.R5, accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] },
            ],
            serviceAccounts: [{ email: ctx.serviceAccount ?? 'default', scopes: [spec_context/* CLOUD_PLATFORM_SCOPE */.Zl] }],
            guestAccelerators: t.gpu && (0,spec_context/* isAttachableGpu */.IM)(t.gpu.type)
                ? [{ acceleratorType: `${zonal}/acceleratorTypes/${t.gpu.type}`, acceleratorCount: t.gpu.count }]
                : [],
            scheduling: (0,spec_context/* scheduling */.Bt)({ gpus, spot: t.spot, maxRunDurationSeconds: t.maxRunDurationSeconds }),
            metadata: {
                items: [
                    {
                        key: 'startup-script',
                        value: containerStartupScript({
                            role: 'training',
                            image: t.image,
                            command: t.command,
                            args: t.args.length ? t.args : psmlCliArgs('training', exp.service, exp.version.major, exp.version.minor),
                            env: {
                                ...t.env,
                                PSML_SERVICE: exp.service,
                                PSML_VERSION: `${exp.version.major}.${exp.version.minor}`,
                                ...(t.artifactsUri ? { PSML_ARTIFACTS_URI: t.artifactsUri } : {}),
                            },
                            gpus,
                            revision: `${exp.service} ${exp.version.major}.${exp.version.minor}`,
                        }),
                    },
                    { key: 'google-logging-enabled', value: 'true' },
                ],
            },
        };
    }
}

;// CONCATENATED MODULE: ./shared/compute/instance-template.ts




class InstanceTemplateClient extends resource_client/* ResourceClient */.SL {
    collection = 'instanceTemplates';
    scopes = ['global'];
    calls() {
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('instanceTemplates'), { name: 'instanceTemplate', resource: 'instanceTemplateResource' }, this.location);
    }
    /** Templates have no labels of their own: the instances' labels (properties.labels) mark them. */
    ownerLabels(r) {
        return { ...r.properties?.labels };
    }
    /** The serving VM of `exp`: machine type and accelerator as bare names (templates are not zonal). */
    createSpecification(exp, ctx) {
        const s = (0,spec_context/* requireServing */.Ir)(exp);
        const gpus = s.gpu?.count ?? 0;
        const n = (0,spec_context/* names */.Dy)(exp);
        const revision = `${exp.service} ${exp.version.major}.${exp.version.minor}`;
        return {
            name: n.instanceTemplate,
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* revisionOwnership */.z5)(exp), `psml serving ${revision}`),
            properties: {
                machineType: s.machineType,
                labels: (0,spec_context/* revisionLabels */.Xk)(exp),
                tags: { items: [(0,spec_context/* networkTag */.TY)(exp)] },
                disks: [
                    {
                        boot: true,
                        autoDelete: true,
                        type: 'PERSISTENT',
                        initializeParams: { sourceImage: ctx.sourceImage ?? spec_context/* COS_IMAGE */.IS, diskSizeGb: String(s.bootDiskGb), diskType: 'pd-balanced' },
                    },
                ],
                networkInterfaces: [
                    { network: ctx.network ?? spec_context/* DEFAULT_NETWORK */.R5, accessConfigs: [{ name: 'External NAT', type: 'ONE_TO_ONE_NAT' }] },
                ],
                serviceAccounts: [{ email: ctx.serviceAccount ?? 'default', scopes: [spec_context/* CLOUD_PLATFORM_SCOPE */.Zl] }],
                guestAccelerators: s.gpu && (0,spec_context/* isAttachableGpu */.IM)(s.gpu.type) ? [{ acceleratorType: s.gpu.type, acceleratorCount: s.gpu.count }] : [],
                scheduling: (0,spec_context/* scheduling */.Bt)({ gpus, spot: s.spot }),
                metadata: {
                    items: [
                        {
                            key: 'startup-script',
                            value: containerStartupScript({
                                role: 'serving',
                                image: s.image,
                                command: s.command,
                                args: s.args?.length ? s.args : psmlCliArgs('serving', exp.service, exp.version.major, exp.version.minor),
                                env: {
                                    ...s.env,
                                    PORT: String(s.port),
                                    PSML_SERVICE: exp.service,
                                    PSML_VERSION: `${exp.version.major}.${exp.version.minor}`,
                                    ...(s.modelUri ? { PSML_MODEL_URI: s.modelUri } : {}),
                                },
                                gpus,
                                port: s.port,
                                revision,
                            }),
                        },
                        { key: 'google-logging-enabled', value: 'true' },
                    ],
                },
            },
        };
    }
}

;// CONCATENATED MODULE: ./shared/compute/target-http-proxy.ts



class TargetHttpProxyClient extends resource_client/* ResourceClient */.SL {
    collection = 'targetHttpProxies';
    scopes = ['global'];
    calls() {
        return (0,resource_client/* gapicCalls */.UZ)(this.clients.client('targetHttpProxies'), { name: 'targetHttpProxy', resource: 'targetHttpProxyResource' }, this.location, 'patch');
    }
    ownerLabels(r) {
        return (0,ownership/* labelsFromDescription */.I9)(r.description);
    }
    createSpecification(_exp, ctx) {
        const n = (0,spec_context/* sharedNames */.mW)(ctx);
        return {
            name: n.targetHttpProxy,
            description: (0,ownership/* describeOwnership */.p)((0,spec_context/* sharedOwnership */.VI)(), 'psml serving proxy'),
            urlMap: `${(0,resource_client/* scopePath */.Ok)({ project: ctx.project })}/urlMaps/${n.urlMap}`,
        };
    }
    updateSpecification(exp, ctx, current) {
        const want = this.createSpecification(exp, ctx);
        return (0,spec_context/* sameRef */.WY)(current.urlMap, want.urlMap) ? undefined : { name: current.name, fingerprint: current.fingerprint, urlMap: want.urlMap };
    }
}

// EXTERNAL MODULE: ./shared/compute/url-map.ts
var url_map = __webpack_require__(2538);
;// CONCATENATED MODULE: ./shared/compute/index.ts
/** One client per Compute Engine resource over a common base (seed 000: paystone.compute.clients). */
















/**
 * The clients of a serving stack in `project`, with the regional ones (MIG, autoscaler) in `region`.
 * `clients` defaults to the cached set for PSML_COMPUTE_ENDPOINT (or production).
 */
function servingClients(project, region, opts = {}, clients = (0,compute_clients/* computeClients */.C1)()) {
    const global = { project };
    const regional = { project, region };
    return {
        instanceTemplates: new InstanceTemplateClient(clients, global, opts),
        instanceGroupManagers: new InstanceGroupManagerClient(clients, regional, opts),
        autoscalers: new AutoscalerClient(clients, regional, opts),
        healthChecks: new HealthCheckClient(clients, global, opts),
        backendServices: new BackendServiceClient(clients, global, opts),
        firewalls: new FirewallClient(clients, global, opts),
        urlMaps: new url_map/* UrlMapClient */.V(clients, global, opts),
        targetHttpProxies: new TargetHttpProxyClient(clients, global, opts),
        forwardingRules: new GlobalForwardingRuleClient(clients, global, opts),
    };
}
/** The instance client of a training job in `zone`. */
function trainingInstances(project, zone, opts = {}, clients = (0,compute_clients/* computeClients */.C1)()) {
    return new InstanceClient(clients, { project, zone }, opts);
}


/***/ }),

/***/ 5781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ labelFilter),
/* harmony export */   I9: () => (/* binding */ labelsFromDescription),
/* harmony export */   LW: () => (/* binding */ ownedBy),
/* harmony export */   p: () => (/* binding */ describeOwnership)
/* harmony export */ });
const MARK = /\[psml((?: [a-z][a-z0-9_-]*=[a-z0-9_-]*)*)\]/;
/** A description that carries `labels` after an optional human text. */
function describeOwnership(labels, text) {
    const pairs = Object.entries(labels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => ` ${k}=${v}`)
        .join('');
    return [text, `[psml${pairs}]`].filter(Boolean).join(' ');
}
/** The labels a description carries, or {} when it has no psml mark. */
function labelsFromDescription(description) {
    const m = description?.match(MARK);
    if (!m)
        return {};
    const out = {};
    for (const pair of (m[1] ?? '').trim().split(' ').filter(Boolean)) {
        const i = pair.indexOf('=');
        out[pair.slice(0, i)] = pair.slice(i + 1);
    }
    return out;
}
/** True when `found` carries every one of `ours` (and `ours` claims something). */
function ownedBy(found, ours) {
    const keys = Object.keys(ours);
    return keys.length > 0 && keys.every((k) => found[k] === ours[k]);
}
/** Label filter in Compute Engine list syntax: `(labels.a = "x") (labels.b = "y")` (space = AND). */
function labelFilter(labels) {
    const parts = Object.entries(labels).map(([k, v]) => `(labels.${k} = "${v}")`);
    return parts.length ? parts.join(' ') : undefined;
}


/***/ }),

/***/ 29108:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ok: () => (/* binding */ scopePath),
/* harmony export */   SL: () => (/* binding */ ResourceClient),
/* harmony export */   UZ: () => (/* binding */ gapicCalls)
/* harmony export */ });
/* unused harmony exports scopeOf, operationOf, plain */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _gcp_operations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71981);
/* harmony import */ var _gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47121);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5781);
/**
 * ResourceClient: the one way psml gets, lists, creates, updates and deletes a Compute Engine resource (seed 000:
 * "create, delete, get, list and update all work in the same way"). Subclasses only say which official client and
 * request fields serve their collection and how an experiment becomes a resource specification.
 *
 * Behaviour shared by every collection:
 * - transient errors (network, 429, 5xx, rate-limit 403, concurrent-operation quota, operationInProgress) are retried
 *   with exponential backoff, jitter and a deadline; giving up is a PsmlError naming the resource;
 * - mutations wait for their operation on the right scope; a DONE operation with errors is an OperationError;
 * - create is idempotent: 409 alreadyExists adopts the resource when its ownership labels are ours, else a conflict;
 * - delete is idempotent: 404 means done;
 * - update is a read-modify-write loop: 412 (stale fingerprint) re-reads and re-applies, a bounded number of times.
 */





const scopeOf = (loc) => (loc.zone ? 'zone' : loc.region ? 'region' : 'global');
/** Partial URL of the scope (`projects/p/zones/z`), which the API accepts wherever it wants a URL. */
function scopePath(loc) {
    const base = `projects/${loc.project}`;
    if (loc.zone)
        return `${base}/zones/${loc.zone}`;
    if (loc.region)
        return `${base}/regions/${loc.region}`;
    return `${base}/global`;
}
/** The LRO wrapper the clients return from mutations: the Compute Operation is its latestResponse. */
const operationOf = (lro) => lro.latestResponse;
const STATUS_WORDS = {
    400: 'was rejected as invalid',
    401: 'was refused: not authenticated',
    403: 'was refused: permission denied',
    404: 'was not found',
    409: 'conflicts with the current state',
    412: 'has changed since it was read',
};
/**
 * A plain JSON copy of what the client decoded: drops the `_field: "field"` markers protobufjs adds for proto3
 * optional fields, so resources compare, clone and round-trip (PUT) cleanly.
 */
function plain(value) {
    if (Array.isArray(value))
        return value.map(plain);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (k.startsWith('_') && v === k.slice(1))
            continue;
        if (v !== undefined)
            out[k] = plain(v);
    }
    return out;
}
class ResourceClient {
    clients;
    location;
    options;
    /** Whether the API filters this collection on `labels.*` (only labelled collections do). */
    labelled = false;
    constructor(clients, location, options = {}) {
        this.clients = clients;
        this.location = location;
        this.options = options;
    }
    /**
     * The next state of an existing resource for `exp`, from its current state (keeping its fingerprint), or
     * undefined when nothing changes in place (pure). Immutable collections (templates, instances) never change.
     */
    updateSpecification(_exp, _ctx, _current) {
        return undefined;
    }
    /** Creates the resource of `exp`, or adopts ours and brings it up to date with updateSpecification. */
    async apply(exp, ctx) {
        const spec = this.createSpecification(exp, ctx);
        const created = await this.create(spec);
        if (created.outcome === 'created')
            return created;
        const updated = await this.update(spec.name, (cur) => this.updateSpecification(exp, ctx, cur));
        return { resource: updated.resource, outcome: updated.changed ? 'updated' : 'adopted' };
    }
    /** `instances/name` for messages and PsmlError.resource. */
    ref(name) {
        const where = this.location.zone ?? this.location.region;
        return `${where ? `${where}/` : ''}${this.collection}/${name}`;
    }
    /** Partial URL of a resource of this collection, for references from other resources. */
    url(name) {
        return `${scopePath(this.location)}/${this.collection}/${name}`;
    }
    checkScope() {
        const kind = scopeOf(this.location);
        if (!this.scopes.includes(kind))
            throw new Error(`${this.collection} is not a ${kind} resource (supported: ${this.scopes.join(', ')})`);
    }
    api() {
        this.checkScope();
        return this.calls();
    }
    /** Runs one API call with the retry policy; errors come back raw so callers can act on 404/409/412. */
    attempt(fn, retryIf) {
        let attempts = 0;
        return (0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .withRetry */ .bD)(async (n) => {
            attempts = n;
            return fn();
        }, { ...this.options.retry, retryIf }).catch((e) => {
            if (e && typeof e === 'object')
                Object.assign(e, { psmlAttempts: attempts });
            throw e;
        });
    }
    /** Turns a raw failure of `verb` on `name` into the error a user sees; bugs pass through untouched. */
    fail(e, verb, name) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd)
            return e;
        const info = (0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorInfo */ .l1)(e);
        if (info.status === undefined && !info.network)
            return e; // not an API answer: a bug, keep its stack
        const resource = this.ref(name);
        const attempts = e.psmlAttempts ?? 1;
        const what = `${info.status ? `HTTP ${info.status}` : info.network}${info.reason ? ` ${info.reason}` : ''}`;
        if ((0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransient */ .dg)(info)) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`could not ${verb} ${resource}: Compute Engine kept failing (${what}) after ${attempts} attempt(s)`, {
                resource,
                hint: info.network === 'ECONNREFUSED' || info.network === 'ENOTFOUND'
                    ? `nothing answers at the Compute Engine endpoint${process.env.PSML_COMPUTE_ENDPOINT ? ` PSML_COMPUTE_ENDPOINT=${process.env.PSML_COMPUTE_ENDPOINT}` : ''}: check the endpoint (or run \`psml emulator start\`) and the network, then run the command again (it is idempotent)`
                    : 'the API is unavailable or rate-limiting: run the command again later (it is idempotent)',
                details: [info.message],
                cause: e,
            });
        }
        // a 404 on a write is about a resource it refers to, not about this one
        const words = info.status === 404 && verb !== 'get' && verb !== 'delete'
            ? 'refers to a resource that does not exist'
            : ((info.status && STATUS_WORDS[info.status]) ?? `failed (${what})`);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${verb} ${resource} ${words}: ${info.message}`, {
            resource,
            hint: info.status === 403 || info.status === 401
                ? 'grant the service account the Compute permissions psml needs (see `psml iam`), or check the credentials'
                : info.status === 400 && info.reason === 'resourceInUseByAnotherResource'
                    ? 'another resource still references it: delete dependants first'
                    : info.status === 404 && verb !== 'get' && verb !== 'delete'
                        ? 'create the referenced resource first (deploy order: health check, template → group → backend → URL map)'
                        : undefined,
            details: info.reason ? [`reason: ${info.reason}`] : [],
            cause: e,
        });
    }
    async waitFor(op, name) {
        return (0,_gcp_operations_js__WEBPACK_IMPORTED_MODULE_2__/* .waitForOperation */ .o5)(this.clients, op, {
            project: this.location.project,
            resource: this.ref(name),
            retry: this.options.retry,
            ...this.options.operation,
        });
    }
    /** The resource, or undefined when it does not exist. */
    async find(name) {
        try {
            return await this.attempt(() => this.api().get(name));
        }
        catch (e) {
            if ((0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorInfo */ .l1)(e).status === 404)
                return undefined;
            throw this.fail(e, 'get', name);
        }
    }
    /** The resource; a PsmlError when it does not exist. */
    async get(name) {
        const found = await this.find(name);
        if (!found)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${this.ref(name)} does not exist`, {
                resource: this.ref(name),
                hint: 'deploy it first, or check the project, zone/region and name',
            });
        return found;
    }
    /**
     * Every resource of the collection in this scope (all pages), optionally only those carrying `labels`.
     * Labelled collections are filtered by the API; all results are checked here too, so the answer never depends
     * on how well a server implements filters.
     */
    async list(opts = {}) {
        const labels = opts.labels ?? {};
        const filter = opts.filter ?? (this.labelled ? (0,_ownership_js__WEBPACK_IMPORTED_MODULE_4__/* .labelFilter */ .HY)(labels) : undefined);
        const all = await this.attempt(async () => {
            const out = [];
            for await (const item of this.api().list(filter, this.options.pageSize ?? 500))
                out.push(plain(item));
            return out;
        }).catch((e) => {
            throw this.fail(e, 'list', '*');
        });
        return Object.keys(labels).length ? all.filter((r) => (0,_ownership_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedBy */ .LW)(this.ownerLabels(r), labels)) : all;
    }
    /**
     * Creates `resource` and waits for it. When it already exists (409, or an operation ending in
     * RESOURCE_ALREADY_EXISTS) it is adopted if it carries our ownership labels; otherwise a conflict PsmlError.
     */
    async create(resource) {
        const name = resource.name;
        if (!name)
            throw new Error(`${this.collection} specification without a name`);
        const requestId = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(); // the same id on every retry: the API deduplicates a retried insert
        try {
            const op = await this.attempt(() => this.api().insert(resource, requestId));
            await this.waitFor(op, name);
        }
        catch (e) {
            const exists = ((0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorInfo */ .l1)(e).status === 409 && !(0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransient */ .dg)((0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorInfo */ .l1)(e))) ||
                ((0,_gcp_operations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOperationError */ .Mp)(e) && e.codes.includes('RESOURCE_ALREADY_EXISTS'));
            if (!exists)
                throw this.fail(e, 'create', name);
            return { resource: await this.adopt(name, this.ownerLabels(resource)), outcome: 'adopted' };
        }
        return { resource: await this.get(name), outcome: 'created' };
    }
    /** The existing resource `name` when it carries `ours`; a conflict PsmlError otherwise. */
    async adopt(name, ours) {
        const existing = await this.get(name);
        const found = this.ownerLabels(existing);
        if ((0,_ownership_js__WEBPACK_IMPORTED_MODULE_4__/* .ownedBy */ .LW)(found, ours))
            return existing;
        const show = (l) => Object.keys(l).length ? Object.entries(l).map(([k, v]) => `${k}=${v}`).join(', ') : '(none)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${this.ref(name)} already exists and does not belong to this psml revision`, {
            resource: this.ref(name),
            hint: 'delete the other resource, or choose another service name or version so the names differ',
            details: [`expected ownership labels: ${show(ours)}`, `found: ${show(found)}`],
        });
    }
    /**
     * Read-modify-write: reads the resource, lets `mutate` produce the next state from a copy (keep its fingerprint;
     * return undefined for "nothing to change"), writes it and waits. A 412 re-reads and re-applies, up to
     * `maxUpdateAttempts` times.
     */
    async update(name, mutate) {
        const max = this.options.maxUpdateAttempts ?? 5;
        for (let attempt = 1;; attempt++) {
            const current = await this.get(name);
            const next = mutate(structuredClone(current));
            if (next === undefined)
                return { resource: current, changed: false };
            const calls = this.api();
            if (!calls.update)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${this.ref(name)} cannot be changed in place`, {
                    resource: this.ref(name),
                    hint: `${this.collection} are immutable: deploy a new revision instead`,
                });
            const update = calls.update.bind(calls);
            try {
                const op = await this.attempt(() => update(name, next, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()));
                await this.waitFor(op, name);
                return { resource: await this.get(name), changed: true };
            }
            catch (e) {
                const info = (0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorInfo */ .l1)(e);
                const stale = info.status === 412 || ((0,_gcp_operations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOperationError */ .Mp)(e) && e.codes.includes('CONDITION_NOT_MET'));
                if (!stale)
                    throw this.fail(e, 'update', name);
                if (attempt >= max)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${this.ref(name)} kept changing while psml updated it (${max} attempts)`, {
                        resource: this.ref(name),
                        hint: 'another deployment is updating the same resource: wait for it and run the command again',
                        cause: e,
                    });
            }
        }
    }
    /**
     * Deletes `name` and waits; a resource that is already gone is done. With `owner`, a resource that does not carry
     * those labels is left alone and reported as a conflict.
     */
    async delete(name, opts = {}) {
        if (opts.owner) {
            const existing = await this.find(name);
            if (!existing)
                return 'absent';
            await this.adopt(name, opts.owner);
        }
        try {
            const op = await this.attempt(() => this.api().delete(name, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()));
            await this.waitFor(op, name);
            return 'deleted';
        }
        catch (e) {
            if ((0,_gcp_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .apiErrorInfo */ .l1)(e).status === 404)
                return 'absent';
            if ((0,_gcp_operations_js__WEBPACK_IMPORTED_MODULE_2__/* .isOperationError */ .Mp)(e) && e.codes.includes('RESOURCE_NOT_FOUND'))
                return 'absent';
            throw this.fail(e, 'delete', name);
        }
    }
}
/**
 * CollectionCalls for a generated client: `nameField` (`instance`) and `resourceField` (`instanceResource`) are the
 * request fields of that collection, `scope` the project/zone/region fields, `update` the write verb (PUT `update`
 * replaces, `patch` merges; both carry the fingerprint read before).
 */
function gapicCalls(client, fields, loc, update) {
    const c = client;
    const scope = { project: loc.project };
    if (loc.zone)
        scope.zone = loc.zone;
    else if (loc.region)
        scope.region = loc.region;
    const write = update ? c[update]?.bind(c) : undefined;
    return {
        get: async (name) => plain((await c.get({ ...scope, [fields.name]: name }))[0]),
        insert: async (resource, requestId) => operationOf((await c.insert({ ...scope, [fields.resource]: resource, requestId }))[0]),
        delete: async (name, requestId) => operationOf((await c.delete({ ...scope, [fields.name]: name, requestId }))[0]),
        list: (filter, maxResults) => c.listAsync({ ...scope, maxResults, ...(filter ? { filter } : {}) }, { autoPaginate: false }),
        update: write
            ? async (name, resource, requestId) => operationOf((await write({ ...scope, [fields.name]: name, [fields.resource]: resource, requestId }))[0])
            : undefined,
    };
}


/***/ }),

/***/ 5683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bt: () => (/* binding */ scheduling),
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   IM: () => (/* binding */ isAttachableGpu),
/* harmony export */   IS: () => (/* binding */ COS_IMAGE),
/* harmony export */   Ir: () => (/* binding */ requireServing),
/* harmony export */   R5: () => (/* binding */ DEFAULT_NETWORK),
/* harmony export */   R9: () => (/* binding */ HEALTH_CHECK_RANGES),
/* harmony export */   TY: () => (/* binding */ networkTag),
/* harmony export */   VI: () => (/* binding */ sharedOwnership),
/* harmony export */   WY: () => (/* binding */ sameRef),
/* harmony export */   Xk: () => (/* binding */ revisionLabels),
/* harmony export */   Zl: () => (/* binding */ CLOUD_PLATFORM_SCOPE),
/* harmony export */   kQ: () => (/* binding */ requireTraining),
/* harmony export */   mW: () => (/* binding */ sharedNames),
/* harmony export */   pr: () => (/* binding */ GPU_MIN_INITIAL_DELAY_SECONDS),
/* harmony export */   wu: () => (/* binding */ firewallName),
/* harmony export */   z5: () => (/* binding */ revisionOwnership)
/* harmony export */ });
/* unused harmony export SHARED_NAMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _manifest_machine_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19375);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83110);
/**
 * What resource specifications need besides the experiment: project-level settings and the names of the shared
 * (passively deployed) load-balancer resources. Specifications are pure functions of (experiment, context).
 */



const SHARED_NAMES = {
    urlMap: 'psml-url-map',
    targetHttpProxy: 'psml-http-proxy',
    forwardingRule: 'psml-http-rule',
};
const COS_IMAGE = 'projects/cos-cloud/global/images/family/cos-stable';
const DEFAULT_NETWORK = 'global/networks/default';
const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
/** Source ranges of Google's health checkers and load-balancer proxies. */
const HEALTH_CHECK_RANGES = ['35.191.0.0/16', '130.211.0.0/22'];
/** GPU serving needs time for driver install, image pull and model load before autohealing may judge it. */
const GPU_MIN_INITIAL_DELAY_SECONDS = 600;
const sharedNames = (ctx) => ({ ...SHARED_NAMES, ...ctx.shared });
const names = (exp) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .resourceNames */ .Nr)(exp);
/** Ownership of the shared resources: psml's, not any one revision's. */
const sharedOwnership = () => ({ 'managed-by': _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .MANAGED_BY */ .Kf });
const revisionOwnership = (exp) => ({ ...(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ownershipLabels */ .Hv)(exp) });
/** Labels on labelled resources: the user's, then ours (ours win: they decide ownership). */
const revisionLabels = (exp) => ({ ...exp.labels, ...(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ownershipLabels */ .Hv)(exp) });
/** Extra firewall / network-tag name of a revision: its serving VMs carry this tag. */
const firewallName = (exp) => `${names(exp).revision}-fw`;
const networkTag = (exp) => names(exp).revision;
function requireServing(exp) {
    if (!exp.serving)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`${exp.service} has no serving section`, {
            resource: exp.source.file,
            field: 'serving',
            hint: 'add a serving section to the manifest to deploy an endpoint',
        });
    return exp.serving;
}
function requireTraining(exp) {
    if (!exp.training)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`${exp.service} has no training section`, {
            resource: exp.source.file,
            field: 'training',
            hint: 'add a training section to the manifest to run a training job',
        });
    return exp.training;
}
/** GPUs attached as guestAccelerators (N1 + T4/V100/P100/P4); built-in ones (g2, a2, a3) come with the machine type. */
const isAttachableGpu = (type) => type in _manifest_machine_types_js__WEBPACK_IMPORTED_MODULE_1__/* .ATTACHABLE_GPUS */ .oo;
/** Scheduling for a VM: GPUs cannot live-migrate; Spot VMs and watchdogs end by deletion. */
function scheduling(opts) {
    const ends = opts.spot || opts.maxRunDurationSeconds !== undefined;
    return {
        onHostMaintenance: opts.gpus > 0 || opts.spot ? 'TERMINATE' : 'MIGRATE',
        automaticRestart: !opts.spot,
        provisioningModel: opts.spot ? 'SPOT' : 'STANDARD',
        // only valid for Spot VMs or with a max run duration (the API rejects it otherwise)
        ...(ends ? { instanceTerminationAction: 'DELETE' } : {}),
        ...(opts.maxRunDurationSeconds !== undefined
            ? { maxRunDuration: { seconds: String(Math.ceil(opts.maxRunDurationSeconds)) } }
            : {}),
    };
}
/** Two resource references are the same when they name the same path (`https://…/projects/p/…` = `projects/p/…`). */
function sameRef(a, b) {
    const norm = (u) => (u ?? '').replace(/^.*?(?=projects\/)/, '').replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
    return norm(a) === norm(b);
}


/***/ }),

/***/ 2538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ PATH_MATCHER),
/* harmony export */   V: () => (/* binding */ UrlMapClient)
/* harmony export */ });
/* harmony import */ var _resource_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29108);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5781);
/* harmony import */ var _spec_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5683);



/** The one path matcher that holds every revision's rule (selected for all hosts). */
const PATH_MATCHER = 'psml-revisions';
class UrlMapClient extends _resource_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ResourceClient */ .SL {
    collection = 'urlMaps';
    scopes = ['global'];
    calls() {
        // PUT replaces the map (a removed last rule really disappears) and is refused with 412 on a stale fingerprint
        return (0,_resource_client_js__WEBPACK_IMPORTED_MODULE_0__/* .gapicCalls */ .UZ)(this.clients.client('urlMaps'), { name: 'urlMap', resource: 'urlMapResource' }, this.location, 'update');
    }
    ownerLabels(r) {
        return (0,_ownership_js__WEBPACK_IMPORTED_MODULE_2__/* .labelsFromDescription */ .I9)(r.description);
    }
    /** URL of `exp`'s backend service. */
    backendUrl(exp, ctx) {
        return `${(0,_resource_client_js__WEBPACK_IMPORTED_MODULE_0__/* .scopePath */ .Ok)({ project: ctx.project })}/backendServices/${(0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy)(exp).backendService}`;
    }
    /** The path rule of `exp`: its prefix (exact and below) → its backend service, prefix rewritten to `/`. */
    pathRule(exp, ctx) {
        const prefix = (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy)(exp).routePrefix;
        return {
            paths: [prefix, `${prefix}/*`],
            service: this.backendUrl(exp, ctx),
            routeAction: { urlRewrite: { pathPrefixRewrite: '/' } },
        };
    }
    /** A new shared map whose default (and only rule) is `exp`'s revision. */
    createSpecification(exp, ctx) {
        const service = this.backendUrl(exp, ctx);
        return {
            name: (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedNames */ .mW)(ctx).urlMap,
            description: (0,_ownership_js__WEBPACK_IMPORTED_MODULE_2__/* .describeOwnership */ .p)((0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedOwnership */ .VI)(), 'psml serving routes'),
            defaultService: service,
            hostRules: [{ hosts: ['*'], pathMatcher: PATH_MATCHER }],
            pathMatchers: [{ name: PATH_MATCHER, defaultService: service, pathRules: [this.pathRule(exp, ctx)] }],
        };
    }
    /** `current` with `exp`'s rule added or replaced (fingerprint kept), or undefined when it is already there. */
    updateSpecification(exp, ctx, current) {
        const rule = this.pathRule(exp, ctx);
        const prefix = (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy)(exp).routePrefix;
        const matcher = current.pathMatchers?.find((m) => m.name === PATH_MATCHER);
        const existing = matcher?.pathRules?.find((r) => r.paths?.includes(prefix));
        if (existing && sameRule(existing, rule) && hasHostRule(current))
            return undefined;
        const next = structuredClone(current);
        const service = next.defaultService ?? rule.service;
        next.defaultService = service;
        let m = next.pathMatchers?.find((x) => x.name === PATH_MATCHER);
        if (!m) {
            m = { name: PATH_MATCHER, defaultService: service, pathRules: [] };
            next.pathMatchers = [...(next.pathMatchers ?? []), m];
        }
        m.pathRules = [...(m.pathRules ?? []).filter((r) => !r.paths?.includes(prefix)), rule];
        if (!hasHostRule(next))
            next.hostRules = [...(next.hostRules ?? []), { hosts: ['*'], pathMatcher: PATH_MATCHER }];
        return next;
    }
    /**
     * `current` without `exp`'s rule; defaults that pointed at its backend move to another remaining revision.
     * undefined when there is nothing to remove; `null` when `exp` is the only revision left (a URL map cannot route
     * to nothing: delete the shared map, proxy and forwarding rule instead).
     */
    removeSpecification(exp, ctx, current) {
        const prefix = (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy)(exp).routePrefix;
        const service = this.backendUrl(exp, ctx);
        const rules = current.pathMatchers?.flatMap((m) => m.pathRules ?? []) ?? [];
        const ours = rules.some((r) => r.paths?.includes(prefix));
        const usesOurs = (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(current.defaultService, service) || current.pathMatchers?.some((m) => (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(m.defaultService, service));
        if (!ours && !usesOurs)
            return undefined;
        const others = rules.filter((r) => !r.paths?.includes(prefix) && !(0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(r.service, service));
        if (others.length === 0)
            return null;
        const fallback = others[others.length - 1].service;
        const next = structuredClone(current);
        if ((0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(next.defaultService, service))
            next.defaultService = fallback;
        for (const m of next.pathMatchers ?? []) {
            m.pathRules = (m.pathRules ?? []).filter((r) => !r.paths?.includes(prefix) && !(0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(r.service, service));
            if ((0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(m.defaultService, service))
                m.defaultService = fallback;
        }
        return next;
    }
    /** Adds (or refreshes) `exp`'s route on the shared map, creating the map when it does not exist. */
    async addRevision(exp, ctx) {
        return this.apply(exp, ctx);
    }
    /** Removes `exp`'s route; `last` when it is the only revision the map serves (nothing changed then). */
    async removeRevision(exp, ctx) {
        const name = (0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedNames */ .mW)(ctx).urlMap;
        if (!(await this.find(name)))
            return 'absent';
        let last = false;
        const { changed } = await this.update(name, (cur) => {
            const next = this.removeSpecification(exp, ctx, cur);
            last = next === null;
            return next ?? undefined;
        });
        return last ? 'last' : changed ? 'removed' : 'absent';
    }
}
function hasHostRule(map) {
    return map.hostRules?.some((h) => h.pathMatcher === PATH_MATCHER && h.hosts?.includes('*')) ?? false;
}
function sameRule(a, b) {
    return ((0,_spec_context_js__WEBPACK_IMPORTED_MODULE_1__/* .sameRef */ .WY)(a.service, b.service) &&
        JSON.stringify([...(a.paths ?? [])].sort()) === JSON.stringify([...(b.paths ?? [])].sort()) &&
        a.routeAction?.urlRewrite?.pathPrefixRewrite === b.routeAction?.urlRewrite?.pathPrefixRewrite);
}


/***/ }),

/***/ 60815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ renderOpenApi),
/* harmony export */   Nn: () => (/* binding */ endpointsServiceName),
/* harmony export */   cE: () => (/* binding */ routesFromUrlMap),
/* harmony export */   wA: () => (/* binding */ openApiDocument)
/* harmony export */ });
/* unused harmony exports ENDPOINTS_SERVICE, routePrefix, sortRevisions, DATATYPES, OPERATION_NAMES, REVISION_PATHS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/**
 * The Cloud Endpoints OpenAPI document of the serving stack (seed 003: "Cloud Endpoint OpenAPI schema", a
 * passively deployed resource updated for every revision deployed or removed). Pure: the document is a function of
 * the revisions the shared URL map routes, so the same routes always give the same bytes (which is what makes
 * re-submitting it idempotent).
 *
 * OpenAPI 2.0 (Swagger), the version Cloud Endpoints accepts: `host` names the Endpoints service
 * (`<service>.endpoints.<project>.cloud.goog`), `x-google-endpoints` points its DNS name at the load balancer, and
 * every revision prefix (`/churn/v1.2`) carries the Open Inference Protocol v2 paths shared/serve answers. The
 * promoted revision (the URL map's default service, reached without a prefix) also gets the unprefixed paths.
 */


/** Manifest service names (shared/manifest/schema.ts): they are the first segment of every route prefix. */
const SERVICE = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** A DNS label that Endpoints accepts as the first part of `<name>.endpoints.<project>.cloud.goog`. */
const ENDPOINTS_SERVICE = /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/;
const PROJECT = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;
const ROUTE_PREFIX = /^\/([a-z]([a-z0-9-]{0,61}[a-z0-9])?)\/v(\d{1,5})\.(\d{1,5})$/;
/** `<service>.endpoints.<project>.cloud.goog`: the Endpoints service name and the document's `host`. */
function endpointsServiceName(service, project) {
    if (!ENDPOINTS_SERVICE.test(service))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${service}" is not a valid Cloud Endpoints service name`, {
            field: 'endpoints.service',
            hint: 'use a DNS label: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters (e.g. ml-api)',
        });
    if (!PROJECT.test(project))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${project}" is not a Google Cloud project id`, { field: 'project', hint: 'use the project id, e.g. my-ml-project' });
    const name = `${service}.endpoints.${project}.cloud.goog`;
    return name;
}
/** `/churn/v1.2`: the URL-map prefix of a revision (as shared/manifest/names.ts derives it). */
const routePrefix = (r) => `/${r.service}/v${r.major}.${r.minor}`;
/** `churn_v1_2`: service names have no `_`, so mapping `-` to `_` is one-to-one and ids never collide. */
const revisionId = (r) => `${r.service.replace(/-/g, '_')}_v${r.major}_${r.minor}`;
/** The revisions a URL map routes: the psml-shaped prefixes of its path rules, with the promoted one (default). */
function routesFromUrlMap(map) {
    if (!map)
        return { revisions: [] };
    const byService = new Map();
    const revisions = [];
    for (const matcher of map.pathMatchers ?? [])
        for (const rule of matcher.pathRules ?? [])
            for (const p of rule.paths ?? []) {
                const m = ROUTE_PREFIX.exec(p);
                // only the exact prefix (the rule also lists `<prefix>/*`); foreign rules are not psml's revisions
                if (!m)
                    continue;
                const r = { service: m[1], major: Number(m[3]), minor: Number(m[4]) };
                revisions.push(r);
                if (rule.service)
                    byService.set(lastSegment(rule.service), r);
            }
    const promoted = map.defaultService ? byService.get(lastSegment(map.defaultService)) : undefined;
    return { revisions: sortRevisions(revisions), ...(promoted ? { promoted } : {}) };
}
const lastSegment = (ref) => ref.split('/').pop() ?? ref;
/** Sorted by service, then version numerically; duplicates dropped. */
function sortRevisions(revs) {
    const seen = new Map();
    for (const r of revs)
        seen.set(routePrefix(r), { service: r.service, major: r.major, minor: r.minor });
    return [...seen.values()].sort((a, b) => (a.service < b.service ? -1 : a.service > b.service ? 1 : a.major - b.major || a.minor - b.minor));
}
/** OIP datatypes, plus the MLComponent names (FP32/FP64/INT32 coincide; `str`, `FILE`). */
const DATATYPES = ['BOOL', 'UINT8', 'UINT16', 'UINT32', 'UINT64', 'INT8', 'INT16', 'INT32', 'INT64', 'FP16', 'FP32', 'FP64', 'BYTES', 'FILE', 'str'];
const ref = (name) => ({ $ref: `#/definitions/${name}` });
const shape = { type: 'array', items: { type: 'integer', format: 'int64' }, description: 'Dimensions; -1 marks a variable one (metadata only)' };
const parameters = { type: 'object', description: 'Request or tensor parameters (MLComponent requests may send [name, value] pairs instead)' };
const DEFINITIONS = {
    Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
    InferRequest: {
        type: 'object',
        required: ['inputs'],
        properties: {
            id: { type: 'string', description: 'Echoed in the response' },
            parameters,
            inputs: { type: 'array', items: ref('RequestInput') },
            outputs: { type: 'array', items: ref('RequestOutput'), description: 'Outputs to return (default: all)' },
            output_fields: { type: 'array', items: ref('TensorMetadata'), description: 'MLComponent form of `outputs`' },
        },
    },
    InferResponse: {
        type: 'object',
        required: ['model_name', 'outputs'],
        properties: {
            model_name: { type: 'string' },
            model_version: { type: 'string' },
            id: { type: 'string' },
            parameters,
            outputs: { type: 'array', items: ref('ResponseOutput') },
        },
    },
    Live: { type: 'object', properties: { live: { type: 'boolean' } } },
    ModelMetadata: {
        type: 'object',
        required: ['name', 'platform', 'inputs', 'outputs'],
        properties: {
            name: { type: 'string' },
            versions: { type: 'array', items: { type: 'string' } },
            platform: { type: 'string' },
            inputs: { type: 'array', items: ref('TensorMetadata') },
            outputs: { type: 'array', items: ref('TensorMetadata') },
        },
    },
    ModelReady: { type: 'object', properties: { name: { type: 'string' }, ready: { type: 'boolean' } } },
    Ready: { type: 'object', properties: { ready: { type: 'boolean' } } },
    RequestInput: tensor('Input tensor: data is flat, in row-major order'),
    RequestOutput: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, parameters } },
    ResponseOutput: tensor('Output tensor: len(data) = product(shape)'),
    ServerMetadata: {
        type: 'object',
        properties: { name: { type: 'string' }, version: { type: 'string' }, extensions: { type: 'array', items: { type: 'string' } } },
    },
    TensorMetadata: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, datatype: { type: 'string', enum: [...DATATYPES] }, shape },
    },
};
function tensor(description) {
    return {
        type: 'object',
        description,
        required: ['name', 'shape', 'datatype', 'data'],
        properties: {
            name: { type: 'string' },
            shape,
            datatype: { type: 'string', enum: [...DATATYPES] },
            content_type: { type: 'string', description: 'Media type of FILE data' },
            parameters,
            // numbers, booleans or strings depending on the datatype: any JSON value
            data: { type: 'array', items: {} },
        },
    };
}
const MODEL_NAME = { name: 'model_name', in: 'path', required: true, type: 'string', description: 'Model name (see /v2/models/{model_name})' };
const MODEL_VERSION = { name: 'model_version', in: 'path', required: true, type: 'string' };
const JSON_BODY = (schema) => ({ name: 'body', in: 'body', required: true, schema: ref(schema) });
const answer = (description, schema) => ({ description, schema: ref(schema) });
const ERRORS = {
    '400': answer('Bad request: the message names the field', 'Error'),
    '404': answer('No such model or version', 'Error'),
};
/** The Open Inference Protocol v2 operations of one revision (shared/serve), relative to its prefix. */
const OPERATIONS = [
    { path: '/v2', method: 'get', op: 'server_metadata', summary: 'Server metadata', build: () => ({ responses: { '200': answer('Server metadata', 'ServerMetadata') } }) },
    { path: '/v2/health/live', method: 'get', op: 'health_live', summary: 'Liveness', build: () => ({ responses: { '200': answer('The server is live', 'Live') } }) },
    {
        path: '/v2/health/ready',
        method: 'get',
        op: 'health_ready',
        summary: 'Readiness',
        build: () => ({ responses: { '200': answer('Ready to infer', 'Ready'), '503': answer('Not ready yet', 'Ready') } }),
    },
    {
        path: '/v2/models/{model_name}',
        method: 'get',
        op: 'model_metadata',
        summary: 'Model metadata: input and output tensors',
        build: () => ({ parameters: [MODEL_NAME], responses: { '200': answer('Model metadata', 'ModelMetadata'), '404': ERRORS['404'] } }),
    },
    {
        path: '/v2/models/{model_name}/ready',
        method: 'get',
        op: 'model_ready',
        summary: 'Model readiness',
        build: () => ({ parameters: [MODEL_NAME], responses: { '200': answer('Ready', 'ModelReady'), '404': ERRORS['404'], '503': answer('Not ready yet', 'ModelReady') } }),
    },
    {
        path: '/v2/models/{model_name}/infer',
        method: 'post',
        op: 'infer',
        summary: 'Inference (Open Inference Protocol or the MLComponent form)',
        build: () => ({ parameters: [MODEL_NAME, JSON_BODY('InferRequest')], responses: { '200': answer('Outputs', 'InferResponse'), ...ERRORS } }),
    },
    {
        path: '/v2/models/{model_name}/versions/{model_version}/infer',
        method: 'post',
        op: 'version_infer',
        summary: 'Inference on a model version',
        build: () => ({ parameters: [MODEL_NAME, MODEL_VERSION, JSON_BODY('InferRequest')], responses: { '200': answer('Outputs', 'InferResponse'), ...ERRORS } }),
    },
    {
        path: '/inference',
        method: 'post',
        op: 'inference',
        summary: 'Inference in the MLComponent form (parameters as [name, value] pairs, output_fields)',
        build: () => ({ parameters: [JSON_BODY('InferRequest')], responses: { '200': answer('Outputs', 'InferResponse'), '400': ERRORS['400'] } }),
    },
];
/** The operation suffixes every revision gets (for tests and docs). */
const OPERATION_NAMES = OPERATIONS.map((o) => o.op);
/** Relative OIP paths of one revision. */
const REVISION_PATHS = OPERATIONS.map((o) => o.path);
function checkRevision(r) {
    const okVersion = (n) => Number.isInteger(n) && n >= 0 && n <= 99999;
    if (!SERVICE.test(r.service) || !okVersion(r.major) || !okVersion(r.minor))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${r.service} ${r.major}.${r.minor}" is not a psml revision`, {
            field: 'revisions',
            hint: 'service names are lowercase letters, digits and hyphens; versions are MAJOR.MINOR integers',
        });
}
/** The document (pure, deterministic: sorted revisions, sorted paths, fixed key order). */
function openApiDocument(input) {
    const host = endpointsServiceName(input.service, input.project);
    input.revisions.forEach(checkRevision);
    const revisions = sortRevisions(input.revisions);
    const promoted = input.promoted && revisions.find((r) => routePrefix(r) === routePrefix(input.promoted));
    if (input.promoted && !promoted)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`the promoted revision ${routePrefix(input.promoted)} is not among the routed revisions`, {
            field: 'promoted',
            hint: 'the URL map default must be one of its path rules: run `psml deploy apply` for it first',
        });
    const paths = new Map();
    const add = (prefix, id, revision) => {
        for (const o of OPERATIONS) {
            const p = `${prefix}${o.path}`;
            const item = paths.get(p) ?? {};
            item[o.method] = { summary: o.summary, operationId: `${id}_${o.op}`, tags: [revision], ...o.build() };
            paths.set(p, item);
        }
    };
    for (const r of revisions)
        add(routePrefix(r), revisionId(r), `${r.service} ${r.major}.${r.minor}`);
    if (promoted)
        add('', 'default', 'default');
    const sortedPaths = Object.fromEntries([...paths.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const list = revisions.map((r) => `${r.service} ${r.major}.${r.minor}`).join(', ') || 'none';
    return {
        swagger: '2.0',
        info: {
            title: input.title ?? `${input.service} model serving`,
            description: `Open Inference Protocol v2 of every revision routed by the psml URL map (${list}); each under /<service>/v<major>.<minor>` +
                (promoted ? `, and the promoted revision (${promoted.service} ${promoted.major}.${promoted.minor}) without a prefix.` : '.'),
            version: '1.0.0',
        },
        host,
        'x-google-endpoints': [{ name: host, ...(input.target ? { target: input.target } : {}) }],
        schemes: ['http'],
        consumes: ['application/json'],
        produces: ['application/json'],
        paths: sortedPaths,
        definitions: DEFINITIONS,
    };
}
/** YAML (what `gcloud endpoints services deploy` takes) or JSON; no anchors/aliases, so each is plain and stable. */
function renderOpenApi(doc, format = 'yaml') {
    if (format === 'json')
        return `${JSON.stringify(doc, null, 2)}\n`;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(doc, { aliasDuplicateObjects: false, lineWidth: 0 });
}


/***/ }),

/***/ 62563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ googleClientOptions),
/* harmony export */   s: () => (/* binding */ endpointEnvVar)
/* harmony export */ });
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/**
 * One place that decides where Google clients talk: production uses Application Default Credentials and the real
 * endpoint; `PSML_<API>_ENDPOINT=http://127.0.0.1:PORT` points the unmodified official client at a local emulator.
 */


const endpointEnvVar = (api) => `PSML_${api.toUpperCase()}_ENDPOINT`;
/** The option (flag, and action input without the dashes) that passes an endpoint explicitly. */
const ENDPOINT_OPTION = {
    compute: '--compute-endpoint',
    billing: '--catalog-endpoint',
    servicemanagement: '--servicemanagement-endpoint',
    // no flag of its own: Service Usage follows the Service Management endpoint (shared/endpoints/service-config.ts)
    serviceusage: '--servicemanagement-endpoint',
};
/** Options for a client of `api`; an explicit `endpoint` (a URL, from a flag or input) overrides the environment variable. */
function googleClientOptions(api, explicit) {
    const endpoint = explicit ?? process.env[endpointEnvVar(api)];
    if (!endpoint)
        return { fallback: true };
    // errors name where the URL came from
    const field = explicit !== undefined ? ENDPOINT_OPTION[api] : endpointEnvVar(api);
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${endpoint}" is not a URL`, {
            field,
            hint: 'use the form http://127.0.0.1:PORT',
        });
    }
    const protocol = url.protocol === 'http:' ? 'http' : url.protocol === 'https:' ? 'https' : undefined;
    if (!protocol)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`"${endpoint}" must be http:// or https://`, { field });
    return {
        fallback: true, // REST transport: what the emulators speak
        // the client ignores a port inside apiEndpoint and goes to 443: host and port travel separately
        apiEndpoint: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: Number(url.port || (protocol === 'http' ? 80 : 443)),
        protocol,
        // no credentials locally, while errors keep their production (HTTP) shape
        authClient: new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.PassThroughClient(),
    };
}


/***/ }),

/***/ 12307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C1: () => (/* binding */ computeClients),
/* harmony export */   a8: () => (/* binding */ closeComputeClients)
/* harmony export */ });
/* unused harmony export ComputeClients */
/* harmony import */ var _google_cloud_compute_build_src_v1_instances_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60891);
/* harmony import */ var _google_cloud_compute_build_src_v1_instance_templates_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6094);
/* harmony import */ var _google_cloud_compute_build_src_v1_instance_group_managers_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51719);
/* harmony import */ var _google_cloud_compute_build_src_v1_region_instance_group_managers_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95238);
/* harmony import */ var _google_cloud_compute_build_src_v1_autoscalers_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53231);
/* harmony import */ var _google_cloud_compute_build_src_v1_region_autoscalers_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82398);
/* harmony import */ var _google_cloud_compute_build_src_v1_health_checks_client_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(11729);
/* harmony import */ var _google_cloud_compute_build_src_v1_backend_services_client_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55584);
/* harmony import */ var _google_cloud_compute_build_src_v1_url_maps_client_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74692);
/* harmony import */ var _google_cloud_compute_build_src_v1_target_http_proxies_client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(25896);
/* harmony import */ var _google_cloud_compute_build_src_v1_global_forwarding_rules_client_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8486);
/* harmony import */ var _google_cloud_compute_build_src_v1_firewalls_client_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9064);
/* harmony import */ var _google_cloud_compute_build_src_v1_zone_operations_client_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(99276);
/* harmony import */ var _google_cloud_compute_build_src_v1_region_operations_client_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(81766);
/* harmony import */ var _google_cloud_compute_build_src_v1_global_operations_client_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(68773);
/* harmony import */ var _client_options_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(62563);
/**
 * The Compute Engine clients psml uses, built once per endpoint and cached.
 * Production: Application Default Credentials via `googleClientOptions('compute')`; tests, benchmarks and the demo:
 * `PSML_COMPUTE_ENDPOINT=http://127.0.0.1:PORT` (or an explicit endpoint) points the unmodified clients at the emulator.
 * Deep imports keep bundles small: the package root drags in every client and ~30 MB of protos.
 */
















const constructors = {
    instances: _google_cloud_compute_build_src_v1_instances_client_js__WEBPACK_IMPORTED_MODULE_0__/* .InstancesClient */ .C,
    instanceTemplates: _google_cloud_compute_build_src_v1_instance_templates_client_js__WEBPACK_IMPORTED_MODULE_1__/* .InstanceTemplatesClient */ .C,
    instanceGroupManagers: _google_cloud_compute_build_src_v1_instance_group_managers_client_js__WEBPACK_IMPORTED_MODULE_2__/* .InstanceGroupManagersClient */ .W,
    regionInstanceGroupManagers: _google_cloud_compute_build_src_v1_region_instance_group_managers_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegionInstanceGroupManagersClient */ .c,
    autoscalers: _google_cloud_compute_build_src_v1_autoscalers_client_js__WEBPACK_IMPORTED_MODULE_4__/* .AutoscalersClient */ .w,
    regionAutoscalers: _google_cloud_compute_build_src_v1_region_autoscalers_client_js__WEBPACK_IMPORTED_MODULE_5__/* .RegionAutoscalersClient */ .a,
    healthChecks: _google_cloud_compute_build_src_v1_health_checks_client_js__WEBPACK_IMPORTED_MODULE_6__/* .HealthChecksClient */ .r,
    backendServices: _google_cloud_compute_build_src_v1_backend_services_client_js__WEBPACK_IMPORTED_MODULE_7__/* .BackendServicesClient */ .W,
    urlMaps: _google_cloud_compute_build_src_v1_url_maps_client_js__WEBPACK_IMPORTED_MODULE_8__/* .UrlMapsClient */ .O,
    targetHttpProxies: _google_cloud_compute_build_src_v1_target_http_proxies_client_js__WEBPACK_IMPORTED_MODULE_9__/* .TargetHttpProxiesClient */ .Z,
    globalForwardingRules: _google_cloud_compute_build_src_v1_global_forwarding_rules_client_js__WEBPACK_IMPORTED_MODULE_10__/* .GlobalForwardingRulesClient */ .z,
    firewalls: _google_cloud_compute_build_src_v1_firewalls_client_js__WEBPACK_IMPORTED_MODULE_11__/* .FirewallsClient */ .l,
    zoneOperations: _google_cloud_compute_build_src_v1_zone_operations_client_js__WEBPACK_IMPORTED_MODULE_12__/* .ZoneOperationsClient */ .G,
    regionOperations: _google_cloud_compute_build_src_v1_region_operations_client_js__WEBPACK_IMPORTED_MODULE_13__/* .RegionOperationsClient */ .q,
    globalOperations: _google_cloud_compute_build_src_v1_global_operations_client_js__WEBPACK_IMPORTED_MODULE_14__/* .GlobalOperationsClient */ .V,
};
/** Lazily built official clients sharing one set of options (each client is created on first use only). */
class ComputeClients {
    options;
    built = new Map();
    constructor(options = (0,_client_options_js__WEBPACK_IMPORTED_MODULE_15__/* .googleClientOptions */ .l)('compute')) {
        this.options = options;
    }
    client(name) {
        let c = this.built.get(name);
        if (!c) {
            const Ctor = constructors[name];
            c = new Ctor(this.options);
            this.built.set(name, c);
        }
        return c;
    }
    /** True when talking to a local endpoint rather than Google. */
    get local() {
        return this.options.apiEndpoint !== undefined;
    }
    async close() {
        const all = [...this.built.values()];
        this.built.clear();
        await Promise.allSettled(all.map((c) => c.close()));
    }
}
const cache = new Map();
/**
 * The cached clients for `endpoint` (a URL), or for `PSML_COMPUTE_ENDPOINT`, or production when neither is set.
 * One set per endpoint, so tests against several emulators never share connections.
 */
function computeClients(endpoint) {
    const key = endpoint ?? process.env[(0,_client_options_js__WEBPACK_IMPORTED_MODULE_15__/* .endpointEnvVar */ .s)('compute')] ?? '';
    let clients = cache.get(key);
    if (!clients) {
        clients = new ComputeClients((0,_client_options_js__WEBPACK_IMPORTED_MODULE_15__/* .googleClientOptions */ .l)('compute', endpoint));
        cache.set(key, clients);
    }
    return clients;
}
/** Closes and forgets every cached client set (end of a CLI command, test teardown). */
async function closeComputeClients() {
    const all = [...cache.values()];
    cache.clear();
    await Promise.allSettled(all.map((c) => c.close()));
}


/***/ }),

/***/ 71981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mp: () => (/* binding */ isOperationError),
/* harmony export */   o5: () => (/* binding */ waitForOperation)
/* harmony export */ });
/* unused harmony exports OperationError, zonesIn */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47121);


/** A Compute Engine operation finished DONE with errors (stockout, quota, bad reference, …). */
class OperationError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd {
    /** `ZONE_RESOURCE_POOL_EXHAUSTED`, `QUOTA_EXCEEDED`, … in the order the API gave them. */
    codes;
    errors;
    /** Zones the error messages name (stockouts name the exhausted zone or those with capacity). */
    zones;
    httpStatus;
    operation;
    constructor(op, resource) {
        const errors = (op.error?.errors ?? []).map((e) => ({ code: e.code ?? 'UNKNOWN', message: e.message ?? '' }));
        if (errors.length === 0)
            errors.push({ code: 'UNKNOWN', message: op.httpErrorMessage ?? 'operation failed' });
        const codes = [...new Set(errors.map((e) => e.code))];
        const zones = zonesIn(errors.map((e) => e.message).join(' '));
        const target = resource ?? lastSegment(op.targetLink) ?? op.name ?? 'operation';
        const verb = op.operationType ? `${op.operationType} of ${target}` : target;
        super(`${verb} failed: ${codes.join(', ')}${zones.length ? ` (zones: ${zones.join(', ')})` : ''}`, {
            resource: target,
            hint: hintFor(codes),
            details: errors.map((e) => `${e.code}: ${e.message}`),
        });
        this.name = 'OperationError';
        this.codes = codes;
        this.errors = errors;
        this.zones = zones;
        this.httpStatus = op.httpErrorStatusCode ?? undefined;
        this.operation = op;
    }
}
const isOperationError = (e) => e instanceof OperationError;
function hintFor(codes) {
    if (codes.some((c) => c.startsWith('ZONE_RESOURCE_POOL_EXHAUSTED')))
        return 'the zone has no capacity for this machine or GPU right now: list more zones (in order of preference) or retry later';
    if (codes.some((c) => c.includes('QUOTA')))
        return 'raise the quota (IAM & Admin → Quotas) or ask for fewer CPUs/GPUs';
    if (codes.includes('RESOURCE_NOT_FOUND'))
        return 'a referenced resource does not exist: create it first';
    if (codes.includes('RESOURCE_IN_USE_BY_ANOTHER_RESOURCE'))
        return 'another resource still uses this one: delete or detach that first';
    return undefined;
}
/** Zone names (`us-central1-a`) mentioned in a text, first occurrence order. */
function zonesIn(text) {
    return [...new Set(text.match(/\b[a-z]+-[a-z]+\d+-[a-z]\b/g) ?? [])];
}
const lastSegment = (url) => url?.split('/').filter(Boolean).pop();
const projectOf = (link) => link?.match(/\/projects\/([^/]+)\//)?.[1];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Polls `op` until DONE on its scope (zone, region or global, read from `op.zone` / `op.region`).
 * Resolves with the DONE operation; throws OperationError when it finished with errors and PsmlError at the deadline.
 */
async function waitForOperation(clients, op, opts = {}) {
    const deadline = Date.now() + (opts.deadlineMs ?? 20 * 60_000);
    const project = projectOf(op.selfLink) ?? projectOf(op.targetLink) ?? opts.project;
    const zone = lastSegment(op.zone);
    const region = lastSegment(op.region);
    const operation = op.name ?? undefined;
    let current = op;
    while (current.status !== 'DONE') {
        if (!operation || !project)
            throw new Error(`operation without name or project: ${JSON.stringify(op)}`);
        if (Date.now() > deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`operation ${operation} is still ${current.status ?? 'PENDING'} after ${Math.round((opts.deadlineMs ?? 20 * 60_000) / 100) / 10} s`, {
                resource: opts.resource ?? lastSegment(op.targetLink),
                hint: 'Compute Engine is slow or stuck: check the operation in the console and run the command again (it is idempotent)',
            });
        }
        const retry = { deadlineMs: Math.max(1, deadline - Date.now()), ...opts.retry };
        const before = current.status;
        current = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async () => {
            if (zone)
                return (await clients.client('zoneOperations').wait({ project, zone, operation }))[0];
            if (region)
                return (await clients.client('regionOperations').wait({ project, region, operation }))[0];
            return (await clients.client('globalOperations').wait({ project, operation }))[0];
        }, retry);
        if (current.status !== 'DONE' && current.status === before)
            await sleep(opts.pollDelayMs ?? 1000);
    }
    if (current.error?.errors?.length)
        throw new OperationError(current, opts.resource);
    return current;
}


/***/ }),

/***/ 47121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   l1: () => (/* binding */ apiErrorInfo)
/* harmony export */ });
/* harmony import */ var p_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74995);
/**
 * Classification of Google API errors and the retry policy mature tools use (Terraform's Google provider):
 * retry network errors, 429, 500/502/503/504, rate-limit 403s, concurrent-operation quota and operationInProgress,
 * with exponential backoff, jitter and a deadline. Nothing is retried by the client libraries themselves.
 */

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND', 'UND_ERR_SOCKET']);
const TRANSIENT_REASONS = new Set([
    'rateLimitExceeded',
    'userRateLimitExceeded',
    'CONCURRENT_OPERATIONS_QUOTA_EXCEEDED',
    'operationInProgress',
    'backendError',
    'internalError',
]);
/** Reads status and reason from a GaxiosError / GoogleError (whose message is the raw JSON body) or a network error. */
function apiErrorInfo(e) {
    const err = (e ?? {});
    const message = e instanceof Error ? e.message : String(e);
    const info = { message };
    const code = err.status ?? err.response?.status ?? err.code;
    if (typeof code === 'number' && code >= 100 && code < 600)
        info.status = code;
    else if (typeof code === 'string' && NETWORK_CODES.has(code))
        info.network = code;
    const cause = err.cause;
    if (!info.network && typeof cause?.code === 'string' && NETWORK_CODES.has(cause.code))
        info.network = cause.code;
    const body = parseJson(message) ?? parseJson(err.response?.data);
    const error = body?.error;
    if (error) {
        info.reason = error.errors?.[0]?.reason ?? error.status;
        if (error.message)
            info.message = error.message;
        if (info.status === undefined && typeof error.code === 'number')
            info.status = error.code;
    }
    return info;
}
function parseJson(v) {
    if (typeof v === 'object' && v !== null)
        return v;
    if (typeof v !== 'string' || !v.trimStart().startsWith('{'))
        return undefined;
    try {
        return JSON.parse(v);
    }
    catch {
        return undefined;
    }
}
function isTransient(info) {
    if (info.network)
        return true;
    if (info.reason && TRANSIENT_REASONS.has(info.reason))
        return true;
    return info.status === 429 || info.status === 500 || info.status === 502 || info.status === 503 || info.status === 504;
}
/** Nothing listens there (or the name does not resolve): unlike a reset or a timeout, rarely fixed by waiting. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND']);
/** Runs `fn`, retrying transient API errors with exponential backoff and full jitter, within a deadline. */
function withRetry(fn, opts = {}) {
    let unreachable = 0;
    return (0,p_retry__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay)(async (attempt) => {
        try {
            return await fn(attempt);
        }
        catch (e) {
            const info = apiErrorInfo(e);
            unreachable = info.network && UNREACHABLE.has(info.network) ? unreachable + 1 : 0;
            if (unreachable > (opts.unreachableRetries ?? 3))
                throw new p_retry__WEBPACK_IMPORTED_MODULE_0__/* .AbortError */ .lc(e instanceof Error ? e : new Error(String(e)));
            if (isTransient(info) || opts.retryIf?.(info))
                throw e;
            throw new p_retry__WEBPACK_IMPORTED_MODULE_0__/* .AbortError */ .lc(e instanceof Error ? e : new Error(String(e)));
        }
    }, {
        retries: opts.retries ?? 8,
        factor: 2,
        minTimeout: opts.minDelayMs ?? 250,
        maxTimeout: opts.maxDelayMs ?? 16_000,
        randomize: true,
        maxRetryTime: opts.deadlineMs ?? 120_000,
        onFailedAttempt: ({ error, attemptNumber }) => opts.onRetry?.(apiErrorInfo(error), attemptNumber),
    });
}


/***/ }),

/***/ 58550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/**
 * JSON.parse for files users hand us: a leading byte-order mark (Windows editors, PowerShell's `Out-File`) is not
 * a syntax error — the YAML loaders already ignore it, so the JSON readers do too.
 */
function parseJsonText(text) {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}


/***/ }),

/***/ 83110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ ownershipLabels),
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Nr: () => (/* binding */ resourceNames)
/* harmony export */ });
/* unused harmony exports GCE_NAME, GCE_LABEL_VALUE, RESOURCE_SUFFIXES, gceName, labelValue, ownershipFilter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Compute Engine resource names and ownership labels, derived only from service and version so that every
 * command (deploy, undeploy, price, status) finds the same resources without storing state.
 *
 * Names match `[a-z]([-a-z0-9]{0,61}[a-z0-9])?`. The version is always kept whole (names stay unique per revision);
 * when the service part is too long or had to be rewritten, it is shortened and a stable hash of the full service
 * name is added so that different services cannot collide.
 */

const GCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const GCE_LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;
/** Suffix of each resource kind (distinct, so kinds never collide with each other). */
const RESOURCE_SUFFIXES = {
    instanceTemplate: 'tpl',
    instanceGroupManager: 'mig',
    autoscaler: 'as',
    healthCheck: 'hc',
    backendService: 'be',
    trainingInstance: 'train',
    pathMatcher: 'pm',
};
const hash = (s, n = 8) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s).digest('hex').slice(0, n);
/** Lowercase letters, digits and single hyphens, starting with a letter (may be empty). */
function sanitize(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '');
}
/** A GCE name `<service>-v<major>-<minor>[-<suffix>]` of at most `maxLength` characters. */
function gceName(rev, suffix, maxLength = 63) {
    const tail = `-v${rev.version.major}-${rev.version.minor}${suffix ? `-${suffix}` : ''}`;
    const clean = sanitize(rev.service);
    if (clean === rev.service && clean.length > 0 && clean.length + tail.length <= maxLength)
        return clean + tail;
    const h = hash(rev.service);
    const room = Math.max(0, maxLength - tail.length - h.length - 1);
    const head = clean.slice(0, room).replace(/-+$/, '');
    // a name must start with a letter: without any usable service text, the hash gets a letter prefix
    return head ? `${head}-${h}${tail}` : `s${h.slice(0, Math.max(1, maxLength - tail.length - 1))}${tail}`;
}
function resourceNames(exp) {
    const n = (kind) => gceName(exp, RESOURCE_SUFFIXES[kind]);
    return {
        revision: gceName(exp, undefined, 54),
        instanceTemplate: n('instanceTemplate'),
        instanceGroupManager: n('instanceGroupManager'),
        autoscaler: n('autoscaler'),
        healthCheck: n('healthCheck'),
        backendService: n('backendService'),
        trainingInstance: n('trainingInstance'),
        pathMatcher: n('pathMatcher'),
        baseInstanceName: gceName(exp, undefined, 54),
        routePrefix: `/${labelValue(exp.service)}/v${exp.version.major}.${exp.version.minor}`,
    };
}
/** A valid GCE label value (`[a-z0-9_-]{0,63}`), hashed when it had to be shortened. */
function labelValue(s) {
    const clean = s.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
    if (clean.length <= 63)
        return clean;
    return `${clean.slice(0, 54)}-${hash(s)}`;
}
const MANAGED_BY = 'psml';
/** Labels that mark a resource as psml's and as belonging to one revision (used to adopt on 409 and to list). */
function ownershipLabels(exp) {
    return {
        'managed-by': MANAGED_BY,
        'psml-service': labelValue(exp.service),
        'psml-revision': `v${exp.version.major}-${exp.version.minor}`,
    };
}
/** A list filter selecting one revision's resources: `labels.managed-by = psml AND …`. */
function ownershipFilter(exp) {
    return Object.entries(ownershipLabels(exp))
        .map(([k, v]) => `labels.${k} = "${v}"`)
        .join(' AND ');
}


/***/ }),

/***/ 92746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vs: () => (/* binding */ cancelTrain),
  jg: () => (/* binding */ endpointsLine),
  iq: () => (/* binding */ endpointsPlanLine),
  zt: () => (/* binding */ runDeploy),
  MJ: () => (/* binding */ runTrain)
});

// UNUSED EXPORTS: DEPLOY_MODES, deploySummary, isDeployMode, resolveTarget, trainSummary

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/config/project.ts
var config_project = __webpack_require__(30352);
// EXTERNAL MODULE: ./shared/endpoints/openapi.ts
var openapi = __webpack_require__(60815);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/gcp/compute-clients.ts
var compute_clients = __webpack_require__(12307);
// EXTERNAL MODULE: ./shared/manifest/load.ts + 1 modules
var load = __webpack_require__(11920);
// EXTERNAL MODULE: ./shared/manifest/names.ts
var names = __webpack_require__(83110);
// EXTERNAL MODULE: ./shared/compute/index.ts + 10 modules
var compute = __webpack_require__(34326);
// EXTERNAL MODULE: ./shared/compute/url-map.ts
var url_map = __webpack_require__(2538);
// EXTERNAL MODULE: ./shared/compute/spec-context.ts
var spec_context = __webpack_require__(5683);
// EXTERNAL MODULE: ./shared/gcp/retry.ts
var retry = __webpack_require__(47121);
// EXTERNAL MODULE: ./node_modules/p-limit/index.js + 1 modules
var p_limit = __webpack_require__(70370);
;// CONCATENATED MODULE: ./shared/stacks/graph.ts
/**
 * Runs steps as a dependency graph: a step starts once every step it depends on finished, independent branches run
 * in parallel (bounded by p-limit). After the first failure nothing new starts; steps already running finish, and the
 * error says what was done, what failed and what never started — the steps are idempotent, so re-running converges.
 */


/** Throws on a cycle or an unknown dependency (a bug in the plan, not a user error). */
function topologicalOrder(steps) {
    const ids = new Set(steps.map((s) => s.id));
    const order = [];
    const state = new Map();
    const byId = new Map(steps.map((s) => [s.id, s]));
    const visit = (id, path) => {
        if (state.get(id) === 'done')
            return;
        if (state.get(id) === 'visiting')
            throw new Error(`dependency cycle: ${[...path, id].join(' → ')}`);
        state.set(id, 'visiting');
        for (const d of byId.get(id).after)
            if (ids.has(d))
                visit(d, [...path, id]);
        state.set(id, 'done');
        order.push(id);
    };
    for (const s of steps)
        visit(s.id, []);
    return order;
}
async function runGraph(steps, opts = {}) {
    topologicalOrder(steps); // fail fast on cycles
    const ids = new Set(steps.map((s) => s.id));
    const limit = (0,p_limit/* default */.A)(Math.max(1, opts.concurrency ?? 4));
    const done = [];
    const finished = new Set();
    const started = new Set();
    const failures = [];
    const running = new Set();
    await new Promise((resolve) => {
        const schedule = () => {
            if (failures.length === 0) {
                for (const s of steps) {
                    if (started.has(s.id))
                        continue;
                    if (!s.after.every((d) => !ids.has(d) || finished.has(d)))
                        continue;
                    started.add(s.id);
                    const p = limit(async () => {
                        if (failures.length)
                            return; // queued behind the limit when something failed: do not start
                        opts.onStart?.(s.id);
                        await s.run();
                        finished.add(s.id);
                        done.push(s.id);
                        opts.onDone?.(s.id);
                    })
                        .catch((error) => {
                        failures.push({ id: s.id, error });
                    })
                        .finally(() => {
                        running.delete(p);
                        schedule();
                    });
                    running.add(p);
                }
            }
            if (running.size === 0)
                resolve();
        };
        schedule();
    });
    if (failures.length) {
        const notStarted = steps.filter((s) => !started.has(s.id) || (!finished.has(s.id) && !failures.some((f) => f.id === s.id))).map((s) => s.id);
        const first = failures[0];
        const msg = (0,errors/* isPsmlError */.VM)(first.error) ? first.error.oneLine() : (0,errors/* describeError */.Uc)(first.error);
        throw new errors/* PsmlError */.bd(`stopped at ${failures.map((f) => f.id).join(', ')}: ${msg}`, {
            resource: (0,errors/* isPsmlError */.VM)(first.error) ? first.error.resource : undefined,
            hint: 'fix the cause and run the same command again: finished steps are kept and every step is idempotent',
            details: [
                `done: ${done.join(', ') || '(nothing)'}`,
                `not started: ${notStarted.join(', ') || '(nothing)'}`,
                ...failures.slice(1).map((f) => `also failed: ${f.id}: ${(0,errors/* isPsmlError */.VM)(f.error) ? f.error.oneLine() : (0,errors/* describeError */.Uc)(f.error)}`),
                ...((0,errors/* isPsmlError */.VM)(first.error) ? first.error.details : []),
            ],
            cause: first.error,
        });
    }
    return { done };
}

// EXTERNAL MODULE: ./shared/stacks/serving-plan.ts
var serving_plan = __webpack_require__(20284);
;// CONCATENATED MODULE: ./shared/stacks/serving-endpoint.ts
/**
 * ServingEndpoint (seed 000: paystone.compute.ml.serving): the serving stack of one experiment revision.
 *
 * Per revision, actively deployed (seed 003): health check, health-check firewall, instance template, managed
 * instance group, autoscaler, backend service, and its route on the shared URL map. Shared, passively deployed:
 * URL map, target HTTP proxy, global forwarding rule — created once, never removed except by `teardown --all` when
 * no revision uses them any more.
 *
 * Every operation is "plan, then apply": desired state from the manifest, observed state by deterministic names,
 * a pure plan, then an executor that runs the plan as a dependency graph with independent branches in parallel.
 * Every step is idempotent (create adopts our own resource, update is read-modify-write), so a re-run converges.
 */









const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The parts of a template that decide what a revision runs (compared to detect an edited manifest). */
function templateShape(t) {
    const p = t.properties ?? {};
    const last = (s) => (s ?? '').split('/').pop();
    return {
        machineType: last(p.machineType),
        gpus: (p.guestAccelerators ?? []).map((a) => `${last(a.acceleratorType)}x${a.acceleratorCount}`).sort(),
        script: p.metadata?.items?.find((i) => i.key === 'startup-script')?.value ?? '',
        image: p.disks?.[0]?.initializeParams?.sourceImage ?? '',
        disk: String(p.disks?.[0]?.initializeParams?.diskSizeGb ?? ''),
        spot: p.scheduling?.provisioningModel ?? 'STANDARD',
        serviceAccount: p.serviceAccounts?.[0]?.email ?? '',
        tags: [...(p.tags?.items ?? [])].sort(),
    };
}
function templateMismatch(want, cur) {
    const a = templateShape(cur);
    const b = templateShape(want);
    const changed = Object.keys(b).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    if (!changed.length)
        return undefined;
    return `the existing template differs from the manifest (${changed.map((k) => (k === 'script' ? 'startup script (image, env, args)' : k)).join(', ')})`;
}
class ServingEndpoint {
    options;
    exp;
    ctx;
    names;
    region;
    clients;
    compute;
    log;
    /** Mode of the plan being applied (an update of the URL map adds or removes a route). */
    mode = 'deploy';
    constructor(exp, options) {
        this.options = options;
        const serving = (0,spec_context/* requireServing */.Ir)(exp);
        this.exp = exp;
        this.region = serving.region;
        this.ctx = { ...options.context, project: options.project };
        this.names = (0,spec_context/* names */.Dy)(exp);
        this.compute = options.clients ?? (0,compute_clients/* computeClients */.C1)();
        this.clients = (0,compute/* servingClients */.ZO)(options.project, this.region, options.resourceOptions ?? {}, this.compute);
        this.log = options.log ?? (() => { });
    }
    /** `churn 1.2` */
    get revision() {
        return `${this.exp.service} ${this.exp.version.major}.${this.exp.version.minor}`;
    }
    get shared() {
        return (0,spec_context/* sharedNames */.mW)(this.ctx);
    }
    client(kind) {
        const c = this.clients;
        const map = {
            healthCheck: c.healthChecks,
            firewall: c.firewalls,
            instanceTemplate: c.instanceTemplates,
            instanceGroupManager: c.instanceGroupManagers,
            autoscaler: c.autoscalers,
            backendService: c.backendServices,
            urlMap: c.urlMaps,
            targetHttpProxy: c.targetHttpProxies,
            forwardingRule: c.forwardingRules,
        };
        return map[kind];
    }
    /** The deterministic name of each resource. */
    nameOf(kind) {
        const n = this.names;
        const s = this.shared;
        switch (kind) {
            case 'healthCheck':
                return n.healthCheck;
            case 'firewall':
                return (0,spec_context/* firewallName */.wu)(this.exp);
            case 'instanceTemplate':
                return n.instanceTemplate;
            case 'instanceGroupManager':
                return n.instanceGroupManager;
            case 'autoscaler':
                return n.autoscaler;
            case 'backendService':
                return n.backendService;
            case 'urlMap':
                return s.urlMap;
            case 'targetHttpProxy':
                return s.targetHttpProxy;
            case 'forwardingRule':
                return s.forwardingRule;
        }
    }
    base(kind) {
        const client = this.client(kind);
        const name = this.nameOf(kind);
        const shared = kind === 'urlMap' || kind === 'targetHttpProxy' || kind === 'forwardingRule';
        return {
            kind,
            name,
            ref: client.ref(name),
            owner: shared ? (0,spec_context/* sharedOwnership */.VI)() : (0,spec_context/* revisionOwnership */.z5)(this.exp),
            ownerOf: (r) => client.ownerLabels(r),
        };
    }
    /** Desired state of a deploy: every resource present and up to date, this revision routed on the URL map. */
    desiredDeploy() {
        const exp = this.exp;
        const ctx = this.ctx;
        const resources = ['healthCheck', 'firewall', 'instanceTemplate', 'instanceGroupManager', 'autoscaler', 'backendService', 'urlMap', 'targetHttpProxy', 'forwardingRule'].map((kind) => {
            const client = this.client(kind);
            const d = {
                ...this.base(kind),
                ensure: 'present',
                update: (cur) => client.updateSpecification(exp, ctx, cur),
            };
            if (kind === 'instanceTemplate') {
                const want = client.createSpecification(exp, ctx);
                d.mismatch = (cur) => templateMismatch(want, cur);
            }
            if (kind === 'urlMap')
                d.explain = () => `add route ${this.names.routePrefix}/* → ${this.names.backendService}`;
            return d;
        });
        return { mode: 'deploy', revision: this.revision, resources };
    }
    /** Desired state of a teardown: revision resources absent, its route gone; shared ones too with `all` when unused. */
    desiredTeardown(all = false) {
        const urlMaps = this.clients.urlMaps;
        const resources = [
            { ...this.base('urlMap'), ensure: 'detach', detach: (cur) => urlMaps.removeSpecification(this.exp, this.ctx, cur), explain: () => `remove route ${this.names.routePrefix}/*` },
            { ...this.base('targetHttpProxy'), ensure: 'unused' },
            { ...this.base('forwardingRule'), ensure: 'unused' },
            ...['backendService', 'autoscaler', 'instanceGroupManager', 'instanceTemplate', 'healthCheck', 'firewall'].map((kind) => ({ ...this.base(kind), ensure: 'absent' })),
        ];
        return { mode: 'teardown', revision: this.revision, all, resources };
    }
    /** Reads every resource of the stack by its deterministic name (in parallel). */
    async observe(kinds = ['healthCheck', 'firewall', 'instanceTemplate', 'instanceGroupManager', 'autoscaler', 'backendService', 'urlMap', 'targetHttpProxy', 'forwardingRule']) {
        const found = await Promise.all(kinds.map(async (k) => [k, await this.client(k).find(this.nameOf(k))]));
        const out = {};
        for (const [k, r] of found)
            if (r)
                out[k] = r;
        return out;
    }
    async planDeploy() {
        return (0,serving_plan/* plan */.et)(this.desiredDeploy(), await this.observe());
    }
    async planTeardown(all = false) {
        return (0,serving_plan/* plan */.et)(this.desiredTeardown(all), await this.observe());
    }
    /** Runs one step; idempotent, so an interrupted apply can simply be run again. */
    async runStep(step) {
        const exp = this.exp;
        const ctx = this.ctx;
        const client = this.client(step.kind);
        switch (step.action) {
            case 'create': {
                const { outcome } = await client.apply(exp, ctx);
                this.log(`+ ${outcome.padEnd(7)} ${step.ref}`);
                return;
            }
            case 'update': {
                // re-derive from what is there now (read-modify-write with the fingerprint; 412 → re-read)
                const change = step.kind === 'urlMap' && this.mode === 'teardown'
                    ? (cur) => this.clients.urlMaps.removeSpecification(exp, ctx, cur) ?? undefined
                    : (cur) => client.updateSpecification(exp, ctx, cur);
                const { changed } = await client.update(step.name, change);
                this.log(`~ ${changed ? 'updated' : 'current'} ${step.ref}`);
                return;
            }
            case 'delete': {
                const owner = step.kind === 'urlMap' || step.kind === 'targetHttpProxy' || step.kind === 'forwardingRule' ? (0,spec_context/* sharedOwnership */.VI)() : (0,spec_context/* revisionOwnership */.z5)(exp);
                if (step.kind === 'urlMap')
                    await this.ensureOnlyOurRoute();
                const outcome = await client.delete(step.name, { owner });
                this.log(`- ${outcome.padEnd(7)} ${step.ref}`);
                return;
            }
            default:
                return;
        }
    }
    /** A URL map is deleted only when it still routes to nothing but this revision (another deploy may have raced us). */
    async ensureOnlyOurRoute() {
        const cur = await this.clients.urlMaps.find(this.shared.urlMap);
        if (cur && this.clients.urlMaps.removeSpecification(this.exp, this.ctx, cur) !== null) {
            throw new errors/* PsmlError */.bd(`${this.clients.urlMaps.ref(this.shared.urlMap)} now routes to other revisions too`, {
                resource: this.clients.urlMaps.ref(this.shared.urlMap),
                hint: 'another revision was deployed meanwhile: run the teardown again (it will keep the shared resources)',
            });
        }
    }
    /** Applies a plan as a dependency graph. Refuses a plan with blocked steps before changing anything. */
    async apply(p) {
        const blocked = (0,serving_plan/* blockedSteps */.eD)(p);
        if (blocked.length) {
            throw new errors/* PsmlError */.bd(`the ${p.mode} plan of ${p.revision} is blocked, nothing was changed: ${blocked[0].reason}`, {
                resource: blocked[0].ref,
                hint: blocked.length > 1 ? `${blocked.length - 1} more blocked step(s) below` : undefined,
                details: blocked.map((s) => `${s.ref}: ${s.reason}`),
            });
        }
        this.mode = p.mode;
        const work = p.steps.filter((s) => s.action === 'create' || s.action === 'update' || s.action === 'delete');
        const { done } = await runGraph(work.map((s) => ({ id: s.kind, after: s.after, run: () => this.runStep(s) })), { concurrency: this.options.concurrency ?? 4 });
        return { done };
    }
    /** Plan and apply a deploy; returns the plan that was applied. */
    async deploy() {
        const p = await this.planDeploy();
        await this.apply(p);
        return p;
    }
    /** Plan and apply a teardown, then check by label-filtered lists that no billable resource of the revision is left. */
    async teardown(all = false, onPlan) {
        const p = await this.planTeardown(all);
        onPlan?.(p);
        const { done } = await this.apply(p);
        const leftovers = await this.leftovers();
        if (leftovers.length)
            throw new errors/* PsmlError */.bd(`teardown of ${this.revision} left ${leftovers.length} resource(s) behind`, {
                hint: 'run the teardown again; if they stay, delete them by hand',
                details: leftovers.map((l) => `${l.collection}/${l.name}`),
            });
        return { plan: p, done, leftovers };
    }
    /**
     * Resources still carrying this revision's ownership labels, found by label-filtered lists (not by name, so
     * anything left by an older psml or a manual copy shows up too): MIG VMs, templates, groups, autoscalers,
     * backend services, health checks, firewalls.
     */
    async leftovers() {
        const labels = { ...(0,names/* ownershipLabels */.Hv)(this.exp) };
        const kinds = ['instanceTemplate', 'instanceGroupManager', 'autoscaler', 'backendService', 'healthCheck', 'firewall'];
        const lists = await Promise.all(kinds.map(async (k) => (await this.client(k).list({ labels })).map((r) => ({ collection: this.client(k).collection, name: String(r.name) }))));
        return [...lists.flat(), ...(await this.revisionInstances())];
    }
    /** VMs of this revision in any zone (aggregated list with a label filter). */
    async revisionInstances() {
        const labels = (0,names/* ownershipLabels */.Hv)(this.exp);
        const filter = Object.entries(labels).map(([k, v]) => `(labels.${k} = "${v}")`).join(' ');
        const client = this.compute.client('instances');
        const out = [];
        await (0,retry/* withRetry */.bD)(async () => {
            out.length = 0;
            for await (const [scope, list] of client.aggregatedListAsync({ project: this.ctx.project, filter }, { autoPaginate: false })) {
                for (const i of list.instances ?? []) {
                    const l = i.labels ?? {};
                    if (Object.entries(labels).every(([k, v]) => l[k] === v))
                        out.push({ collection: `${scope}/instances`, name: String(i.name) });
                }
            }
        }, this.options.resourceOptions?.retry);
        return out;
    }
    /** MIG stability, its errors and the backend service's view of instance health. */
    async status() {
        const mig = await this.clients.instanceGroupManagers.get(this.names.instanceGroupManager);
        const project = this.ctx.project;
        const errors = [];
        const migs = this.compute.client('regionInstanceGroupManagers');
        await (0,retry/* withRetry */.bD)(async () => {
            errors.length = 0;
            for await (const e of migs.listErrorsAsync({ project, region: this.region, instanceGroupManager: this.names.instanceGroupManager }, { autoPaginate: false })) {
                errors.push(`${e.instanceActionDetails?.action ?? 'ACTION'} ${(e.instanceActionDetails?.instance ?? '').split('/').pop()}: ${e.error?.code ?? ''} ${e.error?.message ?? ''}`.trim());
            }
        }, this.options.resourceOptions?.retry);
        const group = this.clients.instanceGroupManagers.instanceGroupUrl(this.names.instanceGroupManager);
        const [health] = await (0,retry/* withRetry */.bD)(() => this.compute.client('backendServices').getHealth({
            project,
            backendService: this.names.backendService,
            resourceGroupReferenceResource: { group },
        }), this.options.resourceOptions?.retry);
        const backends = (health.healthStatus ?? []).map((h) => ({ instance: (h.instance ?? '').split('/').pop() ?? '', healthState: h.healthState ?? 'UNKNOWN' }));
        return {
            stable: mig.status?.isStable === true,
            targetSize: Number(mig.targetSize ?? 0),
            healthy: backends.filter((b) => b.healthState === 'HEALTHY').length,
            backends,
            errors,
        };
    }
    /** Waits (bounded) until the MIG is stable and at least its target size of backends is healthy. */
    async waitUntilServing(opts = {}) {
        const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const s = await this.status();
            if (s.stable && s.healthy >= s.targetSize)
                return s;
            if (Date.now() + (opts.pollMs ?? 10_000) > deadline) {
                throw new errors/* PsmlError */.bd(`${this.revision} is not serving after ${Math.round(timeoutMs / 1000)} s: group ${s.stable ? 'stable' : 'not stable'}, ${s.healthy}/${s.targetSize} backends healthy`, {
                    resource: this.clients.instanceGroupManagers.ref(this.names.instanceGroupManager),
                    hint: s.errors.some((e) => e.includes('ZONE_RESOURCE_POOL_EXHAUSTED'))
                        ? 'the zones have no capacity for this machine/GPU: add zones to serving.zones or pick another machine type'
                        : 'check the VMs\' serial console and container logs (health check path, port, model loading)',
                    details: [...s.backends.map((b) => `${b.instance}: ${b.healthState}`), ...s.errors.slice(0, 10)],
                });
            }
            await sleep(opts.pollMs ?? 10_000);
        }
    }
    /**
     * Promote: the URL map's default route (map default and path-matcher default) goes to this revision's backend
     * service. Read-modify-write with the fingerprint; a concurrent change (412) re-reads and re-applies.
     */
    async promote() {
        const urlMaps = this.clients.urlMaps;
        const name = this.shared.urlMap;
        const service = urlMaps.backendUrl(this.exp, this.ctx);
        if (!(await this.clients.backendServices.find(this.names.backendService)))
            throw new errors/* PsmlError */.bd(`${this.revision} is not deployed: ${this.clients.backendServices.ref(this.names.backendService)} does not exist`, {
                resource: this.clients.backendServices.ref(this.names.backendService),
                hint: 'run `psml deploy apply` for this manifest first',
            });
        const map = await urlMaps.find(name);
        if (!map)
            throw new errors/* PsmlError */.bd(`${urlMaps.ref(name)} does not exist`, { resource: urlMaps.ref(name), hint: 'run `psml deploy apply` first: it creates the shared URL map' });
        let previous;
        const { changed } = await urlMaps.update(name, (cur) => {
            const matcher = cur.pathMatchers?.find((m) => m.name === url_map/* PATH_MATCHER */.H);
            previous = cur.defaultService ?? undefined;
            if ((0,spec_context/* sameRef */.WY)(cur.defaultService, service) && (!matcher || (0,spec_context/* sameRef */.WY)(matcher.defaultService, service)))
                return undefined;
            const next = structuredClone(cur);
            next.defaultService = service;
            for (const m of next.pathMatchers ?? [])
                if (m.name === url_map/* PATH_MATCHER */.H)
                    m.defaultService = service;
            return next;
        });
        this.log(`${changed ? '~ promoted' : '= already default'} ${this.revision} → ${urlMaps.ref(name)}`);
        return { changed, previous: previous?.split('/').pop() };
    }
    /** `http://IP/<service>/v<major>.<minor>` through the shared forwarding rule, when it exists. */
    async url() {
        const fr = await this.clients.forwardingRules.find(this.shared.forwardingRule);
        return fr?.IPAddress ? `http://${fr.IPAddress}${this.names.routePrefix}` : undefined;
    }
    /** Which backend service the URL map sends unmatched traffic to (the promoted revision). */
    async defaultBackend() {
        const map = await this.clients.urlMaps.find(this.shared.urlMap);
        return map?.defaultService?.split('/').pop();
    }
}

// EXTERNAL MODULE: ./shared/stacks/smoke.ts
var stacks_smoke = __webpack_require__(28255);
// EXTERNAL MODULE: ./shared/gcp/operations.ts
var operations = __webpack_require__(71981);
;// CONCATENATED MODULE: ./shared/stacks/training-job.ts
/**
 * TrainingJob (seed 000: paystone.compute.ml.training): one Compute Engine VM that runs the experiment's training
 * container and deletes itself when done (seed 003: "the instance will make an API call to shut itself down").
 * GPU, Spot, `maxRunDuration` watchdog and `instanceTerminationAction: DELETE` come from the instance
 * specification. Zones are tried in the manifest's order of preference; a stockout moves on to the next one.
 */






/** Operation codes that mean "no capacity here now, another zone may have some". */
const STOCKOUT = /ZONE_RESOURCE_POOL_EXHAUSTED|STOCKOUT/;
const training_job_sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class TrainingJob {
    exp;
    options;
    name;
    zones;
    ctx;
    compute;
    log;
    constructor(exp, options) {
        this.exp = exp;
        this.options = options;
        const t = (0,spec_context/* requireTraining */.kQ)(exp);
        this.name = (0,names/* resourceNames */.Nr)(exp).trainingInstance;
        this.zones = options.zones?.length ? options.zones : t.zones;
        this.ctx = { ...options.context, project: options.project };
        this.compute = options.clients ?? (0,compute_clients/* computeClients */.C1)();
        this.log = options.log ?? (() => { });
    }
    get revision() {
        return `${this.exp.service} ${this.exp.version.major}.${this.exp.version.minor}`;
    }
    client(zone) {
        return (0,compute/* trainingInstances */.py)(this.options.project, zone, this.options.resourceOptions ?? {}, this.compute);
    }
    /** This revision's training VM in any of the zones, if one exists (first match in order of preference). */
    async find() {
        const found = await Promise.all(this.zones.map(async (zone) => ({ zone, instance: await this.client(zone).find(this.name) })));
        const hit = found.find((f) => f.instance && ownedByUs(f.instance, this.exp));
        return hit?.instance ? { zone: hit.zone, instance: hit.instance } : undefined;
    }
    /**
     * Creates the VM in the first zone with capacity. A job of this revision that is already running is adopted
     * (re-running the command does not start a second one).
     */
    async start() {
        const running = await this.find();
        if (running && (running.instance.status === 'TERMINATED' || running.instance.status === 'STOPPED')) {
            const ref = this.client(running.zone).ref(this.name);
            throw new errors/* PsmlError */.bd(`${ref} of an earlier run stopped without deleting itself`, {
                resource: ref,
                hint: 'its disks still bill and its name is taken: run `psml train cancel <manifest>`, then start again',
            });
        }
        if (running) {
            this.log(`= ${this.name} is already running in ${running.zone}`);
            return { instance: this.name, zone: running.zone, outcome: 'adopted', attempts: [{ zone: running.zone, outcome: 'adopted' }] };
        }
        const attempts = [];
        for (const zone of this.zones) {
            const client = this.client(zone);
            try {
                const { outcome } = await client.create(client.createSpecification(this.exp, this.ctx));
                attempts.push({ zone, outcome });
                this.log(`+ ${outcome} ${client.ref(this.name)}`);
                return { instance: this.name, zone, outcome, attempts };
            }
            catch (e) {
                if (!((0,operations/* isOperationError */.Mp)(e) && e.codes.some((c) => STOCKOUT.test(c))))
                    throw e;
                attempts.push({ zone, outcome: 'stockout', detail: e.errors[0]?.message });
                this.log(`! no capacity in ${zone} (${e.codes.join(', ')}), trying the next zone`);
                // a failed insert leaves nothing on the real API; make sure of it so a later zone does not clash by name
                await client.delete(this.name, { owner: (0,names/* ownershipLabels */.Hv)(this.exp) }).catch(() => undefined);
            }
        }
        throw new errors/* PsmlError */.bd(`no zone had capacity for the training job of ${this.revision}`, {
            field: 'training.zones',
            resource: this.exp.source.file,
            hint: 'add more zones (in order of preference), pick another machine/GPU type, or try again later',
            details: attempts.map((a) => `${a.zone}: ${a.detail ?? a.outcome}`),
        });
    }
    /**
     * Waits (bounded) until the VM is gone — it deletes itself when the container exits; `maxRunDuration` deletes
     * it at the latest. A VM that stopped instead (guest shutdown) is reported: its disks keep billing.
     */
    async waitUntilDone(zone, opts = {}) {
        const t = (0,spec_context/* requireTraining */.kQ)(this.exp);
        const timeoutMs = opts.timeoutMs ?? (t.maxRunDurationSeconds ? t.maxRunDurationSeconds * 1000 + 15 * 60_000 : 24 * 3600_000);
        const deadline = Date.now() + timeoutMs;
        const client = this.client(zone);
        for (;;) {
            const inst = await client.find(this.name);
            if (!inst) {
                this.log(`- ${client.ref(this.name)} deleted itself: training finished`);
                return { instance: this.name, zone, state: 'deleted' };
            }
            if (inst.status === 'TERMINATED' || inst.status === 'STOPPED') {
                this.log(`! ${client.ref(this.name)} stopped without deleting itself: its disks still bill (run \`psml train cancel\`)`);
                return { instance: this.name, zone, state: 'stopped' };
            }
            if (Date.now() + (opts.pollMs ?? 30_000) > deadline)
                throw new errors/* PsmlError */.bd(`${client.ref(this.name)} is still ${inst.status ?? 'running'} after ${Math.round(timeoutMs / 1000)} s`, {
                    resource: client.ref(this.name),
                    hint: 'the job keeps running; follow its logs, or stop it with `psml train cancel <manifest>`',
                });
            await training_job_sleep(opts.pollMs ?? 30_000);
        }
    }
    /** Deletes this revision's training VM wherever it runs; `absent` when there was none. */
    async cancel() {
        const running = await this.find();
        if (!running)
            return { outcome: 'absent' };
        const outcome = await this.client(running.zone).delete(this.name, { owner: (0,names/* ownershipLabels */.Hv)(this.exp) });
        this.log(`- ${outcome} ${this.client(running.zone).ref(this.name)}`);
        return { outcome, zone: running.zone };
    }
}
function ownedByUs(inst, exp) {
    const labels = inst.labels ?? {};
    return Object.entries((0,names/* ownershipLabels */.Hv)(exp)).every(([k, v]) => labels[k] === v);
}

;// CONCATENATED MODULE: ./shared/stacks/run.ts
/**
 * The deploy and train commands as single functions, shared by the CLI (`psml deploy …`, `psml train …`), the
 * GitHub Actions (action-deploy, action-train) and Cloud Build steps: same inputs, same behaviour, only where
 * inputs come from and where outputs go differ (seed 001).
 */











/** Loads the manifest and decides the project: the flag, else psml.yaml next to the manifest (or above it), else cwd. */
function resolveTarget(t) {
    let exp = (0,load/* loadExperiment */.MY)(t.manifest);
    let project = t.project === undefined ? undefined : (0,config_project/* checkProjectId */.vb)(t.project, 'project');
    const file = (0,config_project/* findProjectConfig */.x_)(external_node_path_default().dirname(external_node_path_default().resolve(t.manifest))) ?? (0,config_project/* findProjectConfig */.x_)();
    const config = file ? (0,config_project/* loadProjectConfig */.WM)(file) : undefined;
    if (!project)
        project = config?.project;
    if (!project)
        throw new errors/* PsmlError */.bd('no Google Cloud project given', {
            field: 'project',
            hint: 'pass --project (action input "project") or add "project: <id>" to psml.yaml',
        });
    if (t.region && exp.serving && t.region !== exp.serving.region) {
        const zones = exp.serving.zones.filter((z) => z.startsWith(`${t.region}-`));
        if (exp.serving.zones.length && !zones.length)
            throw new errors/* PsmlError */.bd(`serving.zones (${exp.serving.zones.join(', ')}) are not in region ${t.region}`, {
                field: 'serving.zones',
                resource: exp.source.file,
                hint: 'drop the region override or list zones of that region',
            });
        exp = { ...exp, serving: { ...exp.serving, region: t.region, zones } };
    }
    return { exp, project, clients: t.clients ?? (0,compute_clients/* computeClients */.C1)(t.computeEndpoint), ...(config ? { config } : {}) };
}
// ---------------------------------------------------------------------------------------------------- deploy
const DEPLOY_MODES = ['plan', 'apply', 'smoke', 'promote', 'teardown'];
function isDeployMode(m) {
    return DEPLOY_MODES.includes(m);
}
async function runDeploy(req) {
    if (!isDeployMode(req.mode))
        throw new errors/* PsmlError */.bd(`unknown mode "${String(req.mode)}"`, { field: 'mode', hint: `use one of ${DEPLOY_MODES.join(', ')}` });
    const { exp, project, clients, config } = resolveTarget(req);
    const ep = new ServingEndpoint(exp, { project, clients, resourceOptions: req.resourceOptions, log: req.log });
    const result = { mode: req.mode, revision: ep.revision, backendService: (0,names/* resourceNames */.Nr)(exp).backendService };
    // seed 003: the Endpoints OpenAPI document follows every revision deployed, promoted or removed (idempotent)
    const endpoints = async () => {
        if (!config?.endpoints)
            return;
        const { syncEndpoints } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(967), __webpack_require__.e(884)]).then(__webpack_require__.bind(__webpack_require__, 76884));
        const r = await syncEndpoints({ project, service: config.endpoints.service, compute: clients, resourceOptions: req.resourceOptions, servicemanagementEndpoint: req.servicemanagementEndpoint, log: req.log });
        result.endpoints = r.result;
    };
    const planEndpoints = (plan) => config?.endpoints
        ? { serviceName: (0,openapi/* endpointsServiceName */.Nn)(config.endpoints.service, project), urlMapChanges: plan.steps.some((s) => s.kind === 'urlMap' && s.action !== 'keep') }
        : undefined;
    const smoke = async (url) => {
        result.smoke = await (0,stacks_smoke/* smokeTest */.KH)(url, { model: req.model, request: req.request, readyTimeoutMs: req.readyTimeoutMs, pollMs: req.pollMs });
        if (!result.smoke.ok)
            throw new errors/* PsmlError */.bd(`smoke test of ${ep.revision} failed`, {
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
            if (req.wait ?? true)
                result.status = await ep.waitUntilServing({ timeoutMs: req.waitTimeoutMs, pollMs: req.pollMs });
            result.url = await ep.url();
            if (req.endpoint)
                await smoke(req.endpoint);
            break;
        }
        case 'smoke': {
            const url = req.endpoint ?? (await ep.url());
            if (!url)
                throw new errors/* PsmlError */.bd(`no endpoint to test: ${ep.revision} has no shared forwarding rule`, {
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
function trainingJob(req) {
    const { exp, project, clients } = resolveTarget(req);
    return new TrainingJob(exp, { project, clients, resourceOptions: req.resourceOptions, zones: req.zones, log: req.log });
}
async function runTrain(req) {
    const job = trainingJob(req);
    const start = await job.start();
    const end = req.wait ? await job.waitUntilDone(start.zone, { timeoutMs: req.timeoutMs, pollMs: req.pollMs }) : undefined;
    return { revision: job.revision, start, end };
}
async function cancelTrain(req) {
    const job = trainingJob(req);
    return { revision: job.revision, instance: job.name, ...(await job.cancel()) };
}
/** The markdown of a deploy for a job summary: plan, serving status, promotion, smoke test, URL. */
function deploySummary(r) {
    const parts = [];
    if (r.plan)
        parts.push(renderPlanMarkdown(r.plan));
    else
        parts.push(`### psml deploy ${r.mode}: ${r.revision}\n`);
    if (r.status)
        parts.push(`Serving: group ${r.status.stable ? 'stable' : 'not stable'}, ${r.status.healthy}/${r.status.targetSize} backends healthy.\n`);
    if (r.promoted)
        parts.push(r.promoted.changed ? `Promoted **${r.revision}** (default route was \`${r.promoted.previous ?? 'none'}\`).\n` : `**${r.revision}** already was the default route.\n`);
    if (r.smoke)
        parts.push(renderSmoke(r.smoke, 'markdown'));
    if (r.mode === 'teardown' && r.leftovers)
        parts.push(`No resource of ${r.revision} is left (checked by label).\n`);
    if (r.url)
        parts.push(`URL: ${r.url}\n`);
    if (r.endpoints)
        parts.push(`${endpointsLine(r.endpoints)}\n`);
    if (r.endpointsPlan)
        parts.push(`${endpointsPlanLine(r.endpointsPlan)}\n`);
    return parts.join('\n');
}
/** The Endpoints step a plan implies, in one line. */
function endpointsPlanLine(e) {
    return e.urlMapChanges
        ? `then Cloud Endpoints ${e.serviceName}: submit the OpenAPI document of the revisions the URL map will route, roll it out, enable the service if it is not`
        : `then Cloud Endpoints ${e.serviceName}: the URL map is unchanged; its OpenAPI document is checked and submitted only if it differs`;
}
/** What happened to the Cloud Endpoints config, in one line. */
function endpointsLine(e) {
    const what = e.submitted ? `submitted config ${e.configId}` : `config ${e.configId} unchanged`;
    const served = e.rolledOut ? `, rolled out to 100 %${e.rolloutId ? ` (${e.rolloutId})` : ''}` : ', already serving';
    return `Cloud Endpoints ${e.serviceName}: ${e.serviceCreated ? 'service created, ' : ''}${what}${served}${e.enabled ? ', service enabled' : ''}`;
}
/** One line per training outcome, for logs and summaries. */
function trainSummary(r) {
    const lines = [`### psml train: ${r.revision}`, '', `- ${r.start.outcome} \`${r.start.instance}\` in \`${r.start.zone}\``];
    for (const a of r.start.attempts.filter((x) => x.outcome === 'stockout'))
        lines.push(`- no capacity in \`${a.zone}\``);
    if (r.end)
        lines.push(r.end.state === 'deleted' ? '- finished: the VM deleted itself' : '- the VM stopped without deleting itself: its disks still bill (`psml train cancel`)');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 20284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ renderPlan),
/* harmony export */   eD: () => (/* binding */ blockedSteps),
/* harmony export */   et: () => (/* binding */ plan),
/* harmony export */   iY: () => (/* binding */ planJson)
/* harmony export */ });
/* unused harmony exports STACK_KINDS, TIER, REFERENCES, changedFields, hasChanges, planCounts, renderPlanText, renderPlanMarkdown */
/* harmony import */ var _compute_ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5781);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/**
 * The serving plan: a pure function of the desired state (from the manifest) and the observed state (what the API
 * returned for each deterministic name). It lists one step per resource — create, update, keep, delete or blocked —
 * with the reason and the steps it must wait for, and renders as text, markdown (job summary) or JSON.
 */


/** The resources of a serving stack, per revision (actively deployed) or shared by all revisions (passively). */
const STACK_KINDS = [
    'healthCheck',
    'firewall',
    'instanceTemplate',
    'instanceGroupManager',
    'autoscaler',
    'backendService',
    'urlMap',
    'targetHttpProxy',
    'forwardingRule',
];
const TIER = {
    healthCheck: 'revision',
    firewall: 'revision',
    instanceTemplate: 'revision',
    instanceGroupManager: 'revision',
    autoscaler: 'revision',
    backendService: 'revision',
    urlMap: 'shared',
    targetHttpProxy: 'shared',
    forwardingRule: 'shared',
};
/** What each resource references, i.e. what must exist before it is created (and outlive it when deleting). */
const REFERENCES = {
    healthCheck: [],
    firewall: [],
    instanceTemplate: [],
    // the VMs need the health-check firewall to ever become healthy
    instanceGroupManager: ['instanceTemplate', 'healthCheck', 'firewall'],
    autoscaler: ['instanceGroupManager'],
    backendService: ['instanceGroupManager', 'healthCheck'],
    urlMap: ['backendService'],
    targetHttpProxy: ['urlMap'],
    forwardingRule: ['targetHttpProxy'],
};
const IGNORED_FIELDS = new Set(['fingerprint', 'name', 'description', 'kind', 'id', 'selfLink', 'creationTimestamp']);
/** Top-level fields whose values differ between `current` and `next` (for reasons). */
function changedFields(current, next) {
    return Object.keys(next)
        .filter((k) => !IGNORED_FIELDS.has(k))
        .filter((k) => JSON.stringify(normalizeRefs(current[k])) !== JSON.stringify(normalizeRefs(next[k])))
        .sort();
}
/** References compare by path: `https://…/compute/v1/projects/p/x` = `projects/p/x`. */
function normalizeRefs(v) {
    if (typeof v === 'string')
        return v.replace(/^https?:\/\/[^/]+\/compute\/v1\//, '');
    if (Array.isArray(v))
        return v.map(normalizeRefs);
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalizeRefs(x)]));
    return v;
}
const guard = (fn) => {
    try {
        return fn();
    }
    catch (e) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPsmlError */ .VM)(e))
            return { error: e.oneLine() };
        throw e;
    }
};
const isGuardError = (v) => typeof v === 'object' && v !== null && 'error' in v && Object.keys(v).length === 1;
function decide(d, cur, all) {
    const owned = cur ? (0,_compute_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .ownedBy */ .LW)(d.ownerOf(cur), d.owner) : false;
    const notOurs = () => `exists but does not carry the ownership labels ${Object.entries(d.owner).map(([k, v]) => `${k}=${v}`).join(', ')}: delete or rename the other resource`;
    switch (d.ensure) {
        case 'present': {
            if (!cur)
                return { action: 'create', reason: 'does not exist' };
            if (!owned)
                return { action: 'blocked', reason: notOurs() };
            const mismatch = d.mismatch?.(cur);
            if (mismatch)
                return {
                    action: 'blocked',
                    reason: `${mismatch}; instance templates are immutable: bump the version (a new revision gets a new template) instead of editing this one`,
                };
            const next = d.update ? guard(() => d.update(cur)) : undefined;
            if (isGuardError(next))
                return { action: 'blocked', reason: next.error };
            if (next === undefined)
                return { action: 'keep', reason: 'up to date' };
            const why = d.explain?.(cur, next) ?? `${changedFields(cur, next).join(', ') || 'settings'} changed`;
            return { action: 'update', reason: why, next };
        }
        case 'absent':
            if (!cur)
                return { action: 'keep', reason: 'already absent' };
            if (!owned)
                return { action: 'keep', reason: 'exists but is not this revision\'s: left alone' };
            return { action: 'delete', reason: 'belongs to this revision' };
        case 'detach': {
            if (!cur)
                return { action: 'keep', reason: 'does not exist' };
            if (!owned)
                return { action: 'keep', reason: 'is not psml\'s: left alone' };
            const next = d.detach(cur);
            if (next === undefined)
                return { action: 'keep', reason: 'has no route to this revision' };
            if (next === null)
                return all
                    ? { action: 'delete', reason: 'routes only to this revision (--all)' }
                    : {
                        action: 'blocked',
                        reason: 'routes only to this revision and cannot route to nothing: tear down with --all to remove the shared load balancer too',
                    };
            return { action: 'update', reason: d.explain?.(cur, next) ?? 'remove this revision\'s route', next };
        }
        case 'unused':
            // decided after the URL map (see plan)
            if (!cur)
                return { action: 'keep', reason: 'does not exist' };
            return { action: 'keep', reason: owned ? 'shared by other revisions' : 'is not psml\'s: left alone' };
    }
}
/** The plan (pure): one step per desired resource, with ordering edges derived from references. */
function plan(desired, observed) {
    const all = desired.all ?? false;
    const steps = desired.resources.map((d) => ({
        kind: d.kind,
        name: d.name,
        ref: d.ref,
        tier: TIER[d.kind],
        ...decide(d, observed[d.kind], all),
        after: [],
    }));
    const byKind = new Map(steps.map((s) => [s.kind, s]));
    // shared proxy and forwarding rule go only together with the URL map they front
    if (byKind.get('urlMap')?.action === 'delete') {
        for (const d of desired.resources) {
            const s = byKind.get(d.kind);
            const cur = observed[d.kind];
            if (d.ensure === 'unused' && cur && (0,_compute_ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .ownedBy */ .LW)(d.ownerOf(cur), d.owner)) {
                s.action = 'delete';
                s.reason = 'fronts the URL map that is being removed (--all)';
            }
        }
    }
    const work = (k) => {
        const a = byKind.get(k)?.action;
        return a === 'create' || a === 'update' || a === 'delete';
    };
    for (const s of steps) {
        if (s.action === 'keep' || s.action === 'blocked')
            continue;
        if (s.action === 'delete' || (desired.mode === 'teardown' && s.kind === 'urlMap')) {
            // undo in reverse: wait for everything that references this resource to let go of it
            s.after = STACK_KINDS.filter((k) => REFERENCES[k].includes(s.kind) && work(k));
        }
        else {
            s.after = REFERENCES[s.kind].filter(work);
        }
    }
    return { mode: desired.mode, revision: desired.revision, steps };
}
const hasChanges = (p) => p.steps.some((s) => s.action !== 'keep');
const blockedSteps = (p) => p.steps.filter((s) => s.action === 'blocked');
function planCounts(p) {
    const out = { create: 0, update: 0, keep: 0, delete: 0, blocked: 0 };
    for (const s of p.steps)
        out[s.action]++;
    return out;
}
const SYMBOL = { create: '+', update: '~', keep: '=', delete: '-', blocked: '!' };
function summaryLine(p) {
    const c = planCounts(p);
    const parts = ['create', 'update', 'delete', 'keep', 'blocked'].filter((a) => c[a]).map((a) => `${c[a]} to ${a}`);
    if (p.mode !== 'deploy' && !c.delete && !c.blocked)
        return `Teardown ${p.revision}: nothing to remove (${c.keep} kept or already absent)`;
    return `${p.mode === 'deploy' ? 'Deploy' : 'Teardown'} ${p.revision}: ${parts.join(', ') || 'nothing'}`;
}
function renderPlanText(p) {
    const width = Math.max(...p.steps.map((s) => s.ref.length), 10);
    const lines = p.steps.map((s) => `  ${SYMBOL[s.action]} ${s.action.padEnd(7)} ${s.ref.padEnd(width)}  ${s.reason}${s.after.length ? ` (after ${s.after.join(', ')})` : ''}`);
    return [summaryLine(p), ...lines].join('\n') + '\n';
}
function renderPlanMarkdown(p) {
    const esc = (s) => s.replace(/\|/g, '\\|');
    return [
        `### psml ${p.mode}: ${esc(p.revision)}`,
        '',
        summaryLine(p),
        '',
        '| | Action | Resource | Tier | Reason | After |',
        '|---|---|---|---|---|---|',
        ...p.steps.map((s) => `| ${SYMBOL[s.action]} | ${s.action} | \`${esc(s.ref)}\` | ${s.tier} | ${esc(s.reason)} | ${s.after.join(', ')} |`),
        '',
    ].join('\n');
}
function planJson(p) {
    return {
        mode: p.mode,
        revision: p.revision,
        counts: planCounts(p),
        steps: p.steps.map(({ next: _next, ...s }) => s),
    };
}
function renderPlan(p, format) {
    if (format === 'json')
        return `${JSON.stringify(planJson(p), null, 2)}\n`;
    if (format === 'markdown')
        return renderPlanMarkdown(p);
    return renderPlanText(p);
}


/***/ }),

/***/ 28255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ smokeTest),
/* harmony export */   wM: () => (/* binding */ renderSmoke)
/* harmony export */ });
/* unused harmony export buildRequest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32635);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58550);
/**
 * Smoke test of a deployed revision over the Open Inference Protocol (serving-contract.md): poll
 * `/v2/health/ready` (bounded), check the model is ready, read its metadata, send one infer request (a shipped
 * sample, or one built from the metadata: zeros, −1 dimensions as 1) and check the echoed id, every requested
 * output, and `len(data) == product(shape)`.
 */




const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Zero of an OIP datatype (BYTES → empty string, BOOL → false). */
function zero(datatype) {
    if (datatype === 'BYTES')
        return '';
    if (datatype === 'BOOL')
        return false;
    return 0;
}
/** A request with one zero-filled input per declared input (variable dimensions as 1). */
function buildRequest(inputs, outputs, id) {
    return {
        id,
        inputs: inputs.map((t) => {
            const shape = t.shape.map((d) => (d < 0 ? 1 : d));
            const n = shape.reduce((a, b) => a * b, 1);
            return { name: t.name, shape, datatype: t.datatype, data: Array.from({ length: n }, () => zero(t.datatype)) };
        }),
        ...(outputs.length ? { outputs: outputs.map((o) => ({ name: o.name })) } : {}),
    };
}
function tensorList(v) {
    if (!Array.isArray(v))
        return undefined;
    const out = [];
    for (const t of v) {
        if (!t || typeof t !== 'object')
            return undefined;
        const { name, datatype, shape } = t;
        if (typeof name !== 'string' || typeof datatype !== 'string' || !Array.isArray(shape) || !shape.every((d) => Number.isInteger(d)))
            return undefined;
        out.push({ name, datatype, shape: shape });
    }
    return out;
}
const flatLength = (data) => (Array.isArray(data) ? data.reduce((n, d) => n + (Array.isArray(d) ? flatLength(d) : 1), 0) : 0);
function loadRequest(r) {
    if (r === undefined || typeof r === 'object')
        return r;
    let parsed;
    try {
        parsed = (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonText */ .l)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(r, 'utf8'));
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd(`cannot read the sample request: ${e.message}`, { resource: r, field: '--request', hint: 'pass a JSON infer request ({inputs: [...]})' });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Array.isArray(parsed.inputs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd('the sample request is not an infer request', { resource: r, field: '--request', hint: 'expected a JSON object with an "inputs" list' });
    return parsed;
}
/** Network errors carry a system or undici code (ECONNREFUSED, UND_ERR_…) and timeouts a name; anything else is permanent. */
function canSucceedLater(e) {
    if (!(e instanceof Error))
        return false;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return true;
    const cause = e.cause;
    return typeof cause?.code === 'string';
}
/** Runs the smoke test; never throws for a failing service (see `report.ok`), only for bad input. */
async function smokeTest(url, opts = {}) {
    let base;
    try {
        base = new URL(url.endsWith('/') ? url : `${url}/`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd(`"${url}" is not a URL`, { field: '--endpoint', hint: 'e.g. http://203.0.113.10/churn/v1.2' });
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PsmlError */ .bd(`"${url}" must be an http:// or https:// URL`, { field: '--endpoint', hint: 'e.g. http://203.0.113.10/churn/v1.2' });
    const sample = loadRequest(opts.request);
    const model = encodeURIComponent(opts.model ?? 'model');
    const timeout = opts.requestTimeoutMs ?? 30_000;
    const checks = [];
    const report = () => ({ url, ok: checks.every((c) => c.ok), checks });
    const check = (name, ok, detail) => {
        checks.push({ name, ok, detail });
        return ok;
    };
    const call = async (path, body) => {
        const res = await fetch(new URL(path, base), {
            method: body === undefined ? 'GET' : 'POST',
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(timeout),
        });
        const text = await res.text();
        let json;
        try {
            json = text ? JSON.parse(text) : undefined;
        }
        catch {
            json = undefined;
        }
        return { status: res.status, json, text };
    };
    const describe = (e) => (e instanceof Error ? (e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message) : String(e));
    // 1. ready (bounded poll: a fresh revision loads its model first)
    const deadline = Date.now() + (opts.readyTimeoutMs ?? 5 * 60_000);
    let last = '';
    let attempts = 0;
    for (;;) {
        attempts++;
        try {
            const r = await call('v2/health/ready');
            if (r.status === 200)
                break;
            last = `HTTP ${r.status}`;
        }
        catch (e) {
            last = describe(e);
            // a fresh revision refuses connections or times out until it is up; a request fetch refuses to make at all
            // (a port browsers block, such as 1 or 9) never succeeds: say so now instead of polling until the deadline
            if (!canSucceedLater(e)) {
                check('server ready', false, `GET /v2/health/ready cannot be sent: ${last} — use another URL or port`);
                return report();
            }
        }
        if (Date.now() + (opts.pollMs ?? 2000) > deadline) {
            check('server ready', false, `GET /v2/health/ready never answered 200 (${attempts} attempts, last: ${last})`);
            return report();
        }
        await sleep(opts.pollMs ?? 2000);
    }
    check('server ready', true, `GET /v2/health/ready → 200 after ${attempts} attempt(s)`);
    try {
        // 2. model ready
        const ready = await call(`v2/models/${model}/ready`);
        if (!check('model ready', ready.status === 200, `GET /v2/models/${model}/ready → ${ready.status}`))
            return report();
        // 3. metadata
        const meta = await call(`v2/models/${model}`);
        const m = meta.json;
        const inputs = tensorList(m?.inputs);
        const outputs = tensorList(m?.outputs) ?? [];
        const metaOk = meta.status === 200 && typeof m?.name === 'string' && (inputs !== undefined || sample !== undefined);
        if (!check('model metadata', metaOk, meta.status !== 200 ? `GET /v2/models/${model} → ${meta.status}` : metaOk ? `${m.name}: ${inputs?.length ?? 0} input(s), ${outputs.length} output(s)` : 'the metadata lacks name or inputs [{name, datatype, shape}]'))
            return report();
        // 4. infer
        const id = `psml-smoke-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
        const body = sample ? { ...sample, id } : buildRequest(inputs ?? [], outputs, id);
        // the outputs asked for: OIP `outputs`, or `output_fields` in the MLComponent form (seed 004), else all of the metadata's
        const asked = (body.outputs ?? body.output_fields);
        const requested = (asked ?? outputs).map((o) => o.name).filter((n) => !!n);
        const inf = await call(`v2/models/${model}/infer`, body);
        if (!check('infer', inf.status === 200, `POST /v2/models/${model}/infer → ${inf.status}${inf.status !== 200 ? `: ${inf.text.slice(0, 200)}` : ''}`))
            return report();
        const answer = (inf.json ?? {});
        check('echoed id', answer.id === id, answer.id === id ? `id ${id}` : `sent id ${id}, got ${JSON.stringify(answer.id)}`);
        const got = answer.outputs ?? [];
        const missing = requested.filter((n) => !got.some((o) => o.name === n));
        check('outputs present', Array.isArray(answer.outputs) && got.length > 0 && missing.length === 0, missing.length ? `missing: ${missing.join(', ')}` : `${got.map((o) => o.name).join(', ') || '(none)'}`);
        const bad = got.filter((o) => !Array.isArray(o.shape) || flatLength(o.data) !== o.shape.reduce((a, b) => a * b, 1));
        check('output shapes', got.length > 0 && bad.length === 0, bad.length ? bad.map((o) => `${o.name}: shape ${JSON.stringify(o.shape)} but ${flatLength(o.data)} value(s)`).join('; ') : 'len(data) = product(shape) for every output');
    }
    catch (e) {
        check('request', false, describe(e));
    }
    return report();
}
function renderSmoke(r, format = 'text') {
    if (format === 'markdown')
        return [`### Smoke test ${r.ok ? 'passed' : 'FAILED'}: ${r.url}`, '', '| | Check | Detail |', '|---|---|---|', ...r.checks.map((c) => `| ${c.ok ? '✅' : '❌'} | ${c.name} | ${c.detail.replace(/\|/g, '\\|')} |`), ''].join('\n');
    return [`smoke test ${r.ok ? 'passed' : 'FAILED'}: ${r.url}`, ...r.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`)].join('\n') + '\n';
}


/***/ })

};
