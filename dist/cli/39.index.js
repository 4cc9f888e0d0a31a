import { createRequire as __psmlCreateRequire } from "node:module"; import { fileURLToPath as __psmlFileURLToPath } from "node:url"; import { dirname as __psmlDirname } from "node:path";
const __filename = __psmlFileURLToPath(import.meta.url); const __dirname = __psmlDirname(__filename); const require = __psmlCreateRequire(import.meta.url);
export const id = 39;
export const ids = [39];
export const modules = {

/***/ 77039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerEmulator: () => (/* binding */ registerEmulator)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32635);

/**
 * `psml emulator start`: a local Compute Engine (and, on request, Cloud Billing Catalog and Service Management) for
 * tests, benchmarks, the offline demo and trying psml without a Google Cloud project.
 */
function registerEmulator(program) {
    const emulator = program.command('emulator').description('Local emulators of the Google Cloud APIs psml calls');
    emulator
        .command('start')
        .description('Run the Compute Engine emulator on 127.0.0.1 until stopped (Ctrl-C / SIGTERM)')
        .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
        .option('--host <address>', 'address to listen on', '127.0.0.1')
        .option('--state <file>', 'JSON file keeping the emulated cloud between runs')
        .option('--billing', 'also a Cloud Billing Catalog emulator serving the embedded price catalog (on a free port)')
        .option('--service-management', 'also a Service Management emulator for Cloud Endpoints (on a free port)')
        .action(async (opts) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`"${opts.port}" is not a port number`, { field: '--port', hint: 'use 0..65535 (0 picks a free port)' });
        }
        const { startComputeEmulator } = await __webpack_require__.e(/* import() */ 518).then(__webpack_require__.bind(__webpack_require__, 55518));
        let emu;
        try {
            emu = await startComputeEmulator({ port, host: opts.host, stateFile: opts.state });
        }
        catch (e) {
            const code = e.code;
            if (code === 'EADDRINUSE')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`port ${port} is already in use`, { field: '--port', hint: 'pick another port or 0' });
            if (code === 'EADDRNOTAVAIL')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`cannot listen on ${opts.host}`, { field: '--host' });
            // a corrupt, foreign or unreadable state file (EISDIR, EACCES, …): nothing was started
            if (opts.state && (e instanceof SyntaxError || typeof code === 'string' || (e instanceof Error && e.message.includes(opts.state)))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PsmlError */ .bd(`cannot read the state file: ${e.message}`, {
                    field: '--state',
                    resource: opts.state,
                    hint: 'pass a JSON state file written by `psml emulator start --state`, or a new file name to start with an empty cloud',
                });
            }
            throw e;
        }
        const others = [];
        process.stdout.write(`psml compute emulator listening on ${emu.url}\n`);
        process.stdout.write(`export PSML_COMPUTE_ENDPOINT=${emu.url}\n`);
        if (opts.billing) {
            const [{ startBillingEmulator }, { EMBEDDED_CATALOG }] = await Promise.all([__webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 83934)), __webpack_require__.e(/* import() */ 467).then(__webpack_require__.bind(__webpack_require__, 62467))]);
            const billing = await startBillingEmulator({ snapshot: EMBEDDED_CATALOG, host: opts.host });
            others.push(billing);
            process.stdout.write(`export PSML_BILLING_ENDPOINT=${billing.url}\n`);
        }
        if (opts.serviceManagement) {
            const { startServiceManagementEmulator } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 82715));
            const sm = await startServiceManagementEmulator({ host: opts.host });
            others.push(sm);
            process.stdout.write(`export PSML_SERVICEMANAGEMENT_ENDPOINT=${sm.url}\n`);
        }
        await new Promise((resolve) => {
            const stop = () => {
                process.off('SIGINT', stop);
                process.off('SIGTERM', stop);
                void Promise.all([emu.close(), ...others.map((o) => o.close())]).then(() => resolve());
            };
            process.on('SIGINT', stop);
            process.on('SIGTERM', stop);
        });
    });
}


/***/ })

};
