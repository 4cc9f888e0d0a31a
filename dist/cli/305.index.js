import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 305;
export const ids = [305];
export const modules = {

/***/ 25305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCHEMA_KINDS: () => (/* binding */ SCHEMA_KINDS),
/* harmony export */   jsonSchema: () => (/* binding */ jsonSchema),
/* harmony export */   registerManifest: () => (/* binding */ registerManifest)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98439);
/* harmony import */ var _config_project_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30352);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32635);
/* harmony import */ var _manifest_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11920);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83110);
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7071);
/* harmony import */ var _manifest_experiment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74347);







const SCHEMA_KINDS = {
    experiment: { schema: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .ExperimentManifestSchema */ .SO, title: 'psml experiment manifest (psml.dev/v1 Experiment)' },
    mlcomponent: { schema: _manifest_schema_js__WEBPACK_IMPORTED_MODULE_4__/* .MLComponentSchema */ .Yd, title: 'MLComponent manifest (unified-platform.cs.hse.ru/v1)' },
    project: { schema: _config_project_js__WEBPACK_IMPORTED_MODULE_0__/* .ProjectConfigSchema */ .r0, title: 'psml project config (psml.yaml)' },
};
/** JSON Schema of what users write (input side: defaults are optional, "1.2" versions allowed). */
function jsonSchema(kind) {
    const { schema, title } = SCHEMA_KINDS[kind];
    return { ...zod__WEBPACK_IMPORTED_MODULE_6__/* .toJSONSchema */ .bl(schema, { io: 'input', unrepresentable: 'any' }), title };
}
function registerManifest(program) {
    program
        .command('schema')
        .description('print the JSON Schema of a manifest (for `# yaml-language-server: $schema=…` completion in editors)')
        .option('--kind <kind>', 'experiment | mlcomponent | project', 'experiment')
        .action((opts) => {
        const kind = opts.kind.toLowerCase();
        if (!(kind in SCHEMA_KINDS)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`unknown schema kind "${opts.kind}"`, { field: '--kind', hint: `use one of ${Object.keys(SCHEMA_KINDS).join(', ')}` });
        }
        process.stdout.write(`${JSON.stringify(jsonSchema(kind), null, 2)}\n`);
    });
    program
        .command('validate')
        .description('check experiment manifests (Experiment or MLComponent); reports every problem with file:line:column')
        .argument('<files...>', 'manifest files (YAML or JSON)')
        .option('--project <file>', 'psml.yaml to resolve image names and defaults (default: found next to each manifest)')
        .option('--print', 'print the normalized experiment as JSON')
        .action((files, opts) => {
        const project = opts.project ? (0,_config_project_js__WEBPACK_IMPORTED_MODULE_0__/* .loadProjectConfig */ .WM)(opts.project) : undefined;
        const failures = [];
        for (const file of files) {
            try {
                const exp = (0,_manifest_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadExperiment */ .MY)(file, { project });
                const parts = [exp.training && `training on ${exp.training.machineType}`, exp.serving && `serving on ${exp.serving.machineType}`].filter(Boolean);
                process.stdout.write(`ok ${file}: ${exp.service} ${(0,_manifest_experiment_js__WEBPACK_IMPORTED_MODULE_5__/* .versionString */ .A6)(exp.version)} (${exp.source.kind}; ${parts.join(', ')}; resources ${(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_3__/* .resourceNames */ .Nr)(exp).revision}-*)\n`);
                if (opts.print)
                    process.stdout.write(`${JSON.stringify(exp, null, 2)}\n`);
            }
            catch (e) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isPsmlError */ .VM)(e))
                    throw e;
                failures.push(e);
                process.stderr.write(`${e.describe()}\n`);
            }
        }
        if (failures.length > 0) {
            const problems = failures.reduce((n, f) => n + Math.max(1, f.details.length), 0);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PsmlError */ .bd(`${failures.length} of ${files.length} manifest(s) invalid (${problems} problem(s) listed above)`, {
                details: [],
            });
        }
    });
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


/***/ })

};
