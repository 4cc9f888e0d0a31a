/**
 * The worker-thread side for JavaScript/TypeScript entry points: same messages as the Python worker
 * (see python-worker-source.ts), carried by postMessage. Kept as a string (run with `eval: true`) so the ncc
 * bundle needs no extra file. A thread, not the server's own event loop, so a hanging function can be terminated.
 */
export const NODE_WORKER_SOURCE = String.raw`
const { parentPort, workerData: threadData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');

// Transport: postMessage in a worker thread; newline-delimited JSON over stdin/stdout in a child process
// (used for TypeScript under tsx on a Node without type stripping, where loader hooks do not reach threads).
const workerData = parentPort ? threadData : JSON.parse(process.argv[process.argv.length - 1]);
const protocolOut = parentPort ? null : process.stdout.write.bind(process.stdout);
const post = (msg) => (parentPort ? parentPort.postMessage(msg) : protocolOut(JSON.stringify(msg) + '\n'));
const onRequest = (handler) => {
  if (parentPort) return parentPort.on('message', handler);
  let buf = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buf += chunk;
    for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n')) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line) handler(JSON.parse(line));
    }
  });
  process.stdin.on('end', () => process.exit(0));
};
if (!parentPort) process.stdout.write = process.stderr.write.bind(process.stderr);

// console output of the user's module goes to the server's structured log, like the Python worker's stderr
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = (...args) => post({ op: 'log', line: args.map((a) => (typeof a === 'string' ? a : require('node:util').inspect(a))).join(' ') });
}

const errorText = (e) => (e && e.name && e.message !== undefined ? e.name + ': ' + e.message : String(e));

async function load() {
  const file = workerData.file;
  if (/\.[cm]?ts$/.test(file) && !(process.features && process.features.typescript) && parentPort) {
    throw new Error('TypeScript entry point ' + file + ' needs Node >= 22.6 (type stripping) or the tsx package installed next to it');
  }
  const mod = await import(pathToFileURL(file).href);
  const fn = mod[workerData.exportName] ?? (mod.default && mod.default[workerData.exportName]);
  if (typeof fn !== 'function') throw new Error('module ' + file + ' does not export a function named "' + workerData.exportName + '"');
  return fn;
}

load().then(
  (fn) => {
    let model = null;
    let chain = Promise.resolve();
    onRequest((req) => {
      // one call at a time, like the Python worker: the model object is not shared between concurrent calls
      chain = chain.then(async () => {
        if (req.op === 'ping') return post({ id: req.id, ok: true });
        let result;
        try {
          result = await fn(req.parameters || [], req.inputs || [], req.output_fields || [], workerData.modelKey, model);
        } catch (e) {
          return post({ id: req.id, ok: false, kind: 'function', error: errorText(e), traceback: e && e.stack ? String(e.stack) : undefined });
        }
        let outputs;
        if (Array.isArray(result) && result.length === 2) [outputs, model] = result;
        else if (result && typeof result === 'object' && 'outputs' in result) ({ outputs, model } = result);
        else return post({ id: req.id, ok: false, kind: 'result', error: 'inference must return [outputs, model], got ' + typeof result });
        if (model === undefined) model = null;
        if (outputs && !Array.isArray(outputs) && typeof outputs === 'object') outputs = [outputs];
        let plain;
        try {
          plain = JSON.parse(JSON.stringify(outputs, (_k, v) => (ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v) : v)));
        } catch (e) {
          return post({ id: req.id, ok: false, kind: 'result', error: 'outputs cannot be encoded as JSON (' + errorText(e) + ')' });
        }
        post({ id: req.id, ok: true, outputs: plain, model_loaded: model !== null });
      });
    });
    post({ id: 0, op: 'hello', ok: true, pid: process.pid, node: process.version });
  },
  (e) => post({ id: 0, op: 'hello', ok: false, error: errorText(e), traceback: e && e.stack ? String(e.stack) : undefined }),
);
`;
