import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 36;
export const ids = [36];
export const modules = {

/***/ 8036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerTrain: () => (/* binding */ registerTrain)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);
/* harmony import */ var _gcp_compute_clients_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12307);
/* harmony import */ var _stacks_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92746);



const collect = (v, prev = []) => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];
function check(f) {
    if (!['text', 'json'].includes(f.format))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`unknown format "${f.format}"`, { field: '--format', hint: 'use text or json' });
    if (f.timeout === undefined)
        return undefined;
    const n = Number(f.timeout);
    if (!Number.isFinite(n) || n <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`--timeout must be a positive number of seconds, got "${f.timeout}"`, { field: '--timeout' });
    return n * 1000;
}
const common = (c) => c
    .option('--project <id>', 'Google Cloud project (default: psml.yaml)')
    .option('--compute-endpoint <url>', 'a local Compute Engine emulator (default: PSML_COMPUTE_ENDPOINT)')
    .option('--zone <zone>', 'zone to try instead of training.zones (repeat or comma-separate, in order of preference)', collect)
    .option('--format <format>', 'text | json', 'text');
function registerTrain(program) {
    const train = common(program
        .command('train')
        // `train cancel … --project p`: options after the subcommand belong to it
        .enablePositionalOptions()
        .description('run the training job of a revision on a GPU/Spot VM that deletes itself when done')
        .argument('<manifest>', 'experiment manifest (YAML or JSON)')
        .option('--wait', 'wait until the VM has deleted itself (training finished)')
        .option('--timeout <seconds>', 'bound on --wait (default: maxRunDuration + 15 min)')).action(async (manifest, f) => {
        const timeoutMs = check(f);
        const log = f.format === 'json' ? undefined : (line) => process.stderr.write(`${line}\n`);
        try {
            const r = await (0,_stacks_run_js__WEBPACK_IMPORTED_MODULE_2__/* .runTrain */ .MJ)({ manifest, project: f.project, computeEndpoint: f.computeEndpoint, zones: f.zone, wait: f.wait, timeoutMs, log });
            if (f.format === 'json')
                process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
            else {
                process.stdout.write(`training ${r.revision}: ${r.start.outcome} ${r.start.instance} in ${r.start.zone}\n`);
                if (r.end)
                    process.stdout.write(r.end.state === 'deleted' ? 'finished: the VM deleted itself\n' : 'the VM stopped without deleting itself: run `psml train cancel`\n');
            }
            if (r.end?.state === 'stopped')
                process.exitCode = 1;
        }
        finally {
            await (0,_gcp_compute_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .closeComputeClients */ .a8)();
        }
    });
    common(train.command('cancel').description("delete the revision's training VM").argument('<manifest>', 'experiment manifest')).action(async (manifest, f) => {
        check(f);
        try {
            const r = await (0,_stacks_run_js__WEBPACK_IMPORTED_MODULE_2__/* .cancelTrain */ .vs)({ manifest, project: f.project, computeEndpoint: f.computeEndpoint, zones: f.zone });
            if (f.format === 'json')
                process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
            else
                process.stdout.write(r.outcome === 'deleted' ? `deleted ${r.instance} in ${r.zone}\n` : `no training VM of ${r.revision} is running\n`);
        }
        finally {
            await (0,_gcp_compute_clients_js__WEBPACK_IMPORTED_MODULE_1__/* .closeComputeClients */ .a8)();
        }
    });
}


/***/ })

};
