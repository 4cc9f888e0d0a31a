import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 844;
export const ids = [844];
export const modules = {

/***/ 20844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerIam: () => (/* binding */ registerIam)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
;// CONCATENATED MODULE: ./shared/iam/roles.ts
const BOTH = ['user', 'service'];
const USER = ['user'];
const SERVICE = ['service'];
const BIGQUERY_READ = ['bigquery.jobs.create', 'bigquery.tables.getData', 'bigquery.readsessions.create', 'bigquery.readsessions.getData'];
const STORAGE_READ = ['storage.objects.get', 'storage.objects.list', 'storage.buckets.get'];
const REGISTRY_READ = ['artifactregistry.repositories.downloadArtifacts', 'artifactregistry.repositories.get'];
const REGISTRY_WRITE = [...REGISTRY_READ, 'artifactregistry.repositories.uploadArtifacts'];
// every Compute mutation is followed by polling its operation
const OPERATIONS = ['compute.zoneOperations.get', 'compute.regionOperations.get', 'compute.globalOperations.get'];
// a VM running as a service account needs to be allowed to act as it
const ACT_AS = ['iam.serviceAccounts.actAs'];
/** The permissions of each process, grouped by the reason seed 003 gives. */
const PROCESS_GRANTS = {
    experimentation: [
        {
            why: 'Create, list (with IP addresses) and delete notebook instances',
            permissions: ['compute.instances.create', 'compute.instances.get', 'compute.instances.list', 'compute.instances.delete',
                'compute.instances.setMetadata', 'compute.instances.setLabels', 'compute.disks.create', 'compute.subnetworks.use',
                'compute.subnetworks.useExternalIp', 'compute.instances.setServiceAccount', ...OPERATIONS, ...ACT_AS],
            who: USER,
        },
        { why: 'Read BigQuery data and table metadata to build data sets', permissions: [...BIGQUERY_READ, 'bigquery.tables.get', 'bigquery.tables.list', 'bigquery.datasets.get'], who: BOTH },
        { why: 'Read model artifacts of earlier experiments', permissions: STORAGE_READ, who: BOTH },
        { why: 'Read, list and write secrets of third-party APIs', permissions: ['secretmanager.versions.access', 'secretmanager.secrets.list', 'secretmanager.secrets.get', 'secretmanager.secrets.create', 'secretmanager.versions.add'], who: BOTH },
    ],
    training: [
        { why: 'Start training runs that persist artifacts only through CI', permissions: ['cloudbuild.builds.create', 'cloudbuild.builds.get'], who: USER },
        {
            why: 'Create remote training instances',
            permissions: ['compute.instances.create', 'compute.instances.get', 'compute.instances.list', 'compute.instances.setMetadata',
                'compute.instances.setLabels', 'compute.instances.setScheduling', 'compute.disks.create', 'compute.subnetworks.use',
                'compute.instances.setServiceAccount', 'compute.acceleratorTypes.get', 'compute.machineTypes.get', ...OPERATIONS, ...ACT_AS],
            who: USER,
        },
        { why: 'Delete training instances (the developer, and the VM itself when training completes)', permissions: ['compute.instances.delete', 'compute.zoneOperations.get'], who: BOTH },
        { why: 'Route training container logs to Cloud Logging', permissions: ['logging.logEntries.create'], who: SERVICE },
        { why: 'Read and write training artifacts', permissions: [...STORAGE_READ, 'storage.objects.create', 'storage.objects.delete'], who: SERVICE },
        { why: 'Read OLAP data during training', permissions: BIGQUERY_READ, who: BOTH },
        { why: 'Pull the training image', permissions: REGISTRY_READ, who: BOTH },
    ],
    serving: [
        { why: 'Deploy service revisions only through a CI trigger', permissions: ['cloudbuild.builds.create', 'cloudbuild.builds.get'], who: USER },
        { why: 'Pull and update the experimentation image', permissions: REGISTRY_WRITE, who: SERVICE },
        {
            why: 'Deploy and update the Cloud Endpoints service and its OpenAPI document',
            permissions: ['servicemanagement.services.create', 'servicemanagement.services.get', 'servicemanagement.services.update',
                'serviceusage.services.enable', 'serviceusage.services.get'],
            who: SERVICE,
        },
        {
            why: 'Create and delete the per-revision stack: instance template, instance group manager, autoscaler, health check, backend service',
            permissions: [
                'compute.instanceTemplates.create', 'compute.instanceTemplates.delete', 'compute.instanceTemplates.get', 'compute.instanceTemplates.list', 'compute.instanceTemplates.useReadOnly',
                'compute.instanceGroupManagers.create', 'compute.instanceGroupManagers.delete', 'compute.instanceGroupManagers.get', 'compute.instanceGroupManagers.list', 'compute.instanceGroupManagers.update', 'compute.instanceGroups.use', 'compute.instanceGroups.get',
                'compute.instances.create', 'compute.instances.delete', 'compute.instances.get', 'compute.instances.list', 'compute.instances.setMetadata', 'compute.instances.setLabels', 'compute.instances.setServiceAccount', 'compute.disks.create', 'compute.subnetworks.use', 'compute.subnetworks.useExternalIp',
                'compute.autoscalers.create', 'compute.autoscalers.delete', 'compute.autoscalers.get', 'compute.autoscalers.update',
                'compute.healthChecks.create', 'compute.healthChecks.delete', 'compute.healthChecks.get', 'compute.healthChecks.useReadOnly',
                'compute.backendServices.create', 'compute.backendServices.delete', 'compute.backendServices.get', 'compute.backendServices.list', 'compute.backendServices.update', 'compute.backendServices.use',
                'compute.firewalls.create', 'compute.firewalls.get', 'compute.networks.updatePolicy',
                ...OPERATIONS, ...ACT_AS,
            ],
            who: SERVICE,
        },
        {
            why: 'Create the shared URL map, target HTTP proxy and forwarding rule once; update URL-map rules per revision',
            permissions: ['compute.urlMaps.create', 'compute.urlMaps.get', 'compute.urlMaps.update', 'compute.urlMaps.delete', 'compute.urlMaps.use',
                'compute.targetHttpProxies.create', 'compute.targetHttpProxies.get', 'compute.targetHttpProxies.delete', 'compute.targetHttpProxies.use',
                'compute.globalForwardingRules.create', 'compute.globalForwardingRules.get', 'compute.globalForwardingRules.delete', 'compute.globalAddresses.use'],
            who: SERVICE,
        },
        { why: 'Serving applications read OLAP data', permissions: BIGQUERY_READ, who: BOTH },
        { why: 'Serving applications read OLTP data', permissions: ['spanner.databases.read', 'spanner.databases.select', 'spanner.sessions.create'], who: BOTH },
        { why: 'Serving applications read model artifacts', permissions: STORAGE_READ, who: BOTH },
    ],
    cicd: [
        { why: 'Pull, rebuild and push images on a main-branch trigger', permissions: REGISTRY_WRITE, who: SERVICE },
        { why: 'Deploy Cloud Run revisions of auxiliary services', permissions: ['run.services.get', 'run.services.update', 'run.services.create', ...ACT_AS], who: SERVICE },
        { why: 'Restart Compute Engine instances of auxiliary services to reload their images', permissions: ['compute.instances.reset', 'compute.instances.get', 'compute.zoneOperations.get'], who: SERVICE },
        { why: 'Price experiments from the Cloud Billing Catalog', permissions: [], who: SERVICE },
    ],
};
const PROCESSES = Object.keys(PROCESS_GRANTS);
/** Sorted, de-duplicated permissions a principal needs for a process. */
function permissionsFor(process, principal) {
    const all = PROCESS_GRANTS[process].filter((g) => g.who.includes(principal)).flatMap((g) => g.permissions);
    return [...new Set(all)].sort();
}
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function customRole(process, principal) {
    return {
        id: camel(`psml-${process}-${principal === 'service' ? 'runner' : 'developer'}`),
        title: `psml ${process} (${principal === 'service' ? 'service account' : 'developers'})`,
        description: PROCESS_GRANTS[process].filter((g) => g.who.includes(principal)).map((g) => g.why).join('; '),
        stage: 'GA',
        includedPermissions: permissionsFor(process, principal),
    };
}
/** Every role psml recommends: one per process and principal that needs any permission. */
function allRoles() {
    return PROCESSES.flatMap((p) => ['service', 'user'].map((who) => customRole(p, who))).filter((r) => r.includedPermissions.length > 0);
}

// EXTERNAL MODULE: ./shared/config/project.ts
var project = __webpack_require__(30352);
;// CONCATENATED MODULE: ./shared/cli/commands/iam.ts




/** `psml iam roles`: the custom roles of seed 003, ready for `gcloud iam roles create --file`. */
function registerIam(program) {
    const iam = program.command('iam').description('Least-privilege IAM for each ML process (seed 003)');
    iam
        .command('roles')
        .description('Print the custom role of each process and principal (YAML files for gcloud, JSON, or gcloud commands)')
        .option('--process <name>', `only this process (${PROCESSES.join(', ')})`)
        .option('--format <format>', 'yaml | json | gcloud', 'yaml')
        .option('--project <id>', 'project id used in the gcloud commands', 'PROJECT_ID')
        .action((opts) => {
        if (opts.process && !PROCESSES.includes(opts.process)) {
            throw new errors/* PsmlError */.bd(`unknown process "${opts.process}"`, { field: '--process', hint: `use one of ${PROCESSES.join(', ')}` });
        }
        if (opts.project !== 'PROJECT_ID')
            (0,project/* checkProjectId */.vb)(opts.project, '--project'); // it is pasted into shell commands
        const roles = allRoles().filter((r) => !opts.process || r.id.toLowerCase().includes(opts.process));
        if (opts.format === 'json')
            return void console.log(JSON.stringify(roles, null, 2));
        if (opts.format === 'yaml') {
            return void console.log(roles.map(({ id, ...role }) => `# ${id}\n${(0,dist/* stringify */.As)(role)}`).join('---\n'));
        }
        if (opts.format === 'gcloud') {
            for (const r of roles) {
                console.log(`gcloud iam roles create ${r.id} --project ${opts.project} --title '${r.title}' --stage GA --permissions ${r.includedPermissions.join(',')}`);
            }
            return;
        }
        throw new errors/* PsmlError */.bd(`unknown format "${opts.format}"`, { field: '--format', hint: 'use yaml, json or gcloud' });
    });
}


/***/ })

};
