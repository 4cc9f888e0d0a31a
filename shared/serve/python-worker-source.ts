/**
 * The Python side of the worker protocol, kept as a string so it travels inside the ncc bundle; `PythonWorker`
 * writes it to a temp file at start. Standard library only: it imports the user's module once, then answers
 * newline-delimited JSON requests on a private copy of stdin/stdout, keeping the model object between calls.
 *
 * Wire format (one JSON object per line):
 *   worker → server at start: {"id":0,"op":"hello","ok":true,"pid":…,"python":"3.11.7"} (or ok:false + error, then exit 3)
 *   server → worker: {"id":n,"op":"infer","parameters":[…],"inputs":[…],"output_fields":[…]}
 *   worker → server: {"id":n,"ok":true,"outputs":[…],"model_loaded":bool}
 *                    {"id":n,"ok":false,"kind":"function"|"result","error":"…","traceback":"…"}
 * The user's prints go to stderr (fd 1 is redirected), so they can never corrupt the protocol.
 */
export const PYTHON_WORKER_SOURCE = String.raw`
import base64, importlib, json, os, sys, traceback

def _to_json(o):
    # numpy arrays and scalars, without importing numpy
    if hasattr(o, "tolist"):
        return o.tolist()
    if hasattr(o, "item"):
        return o.item()
    if isinstance(o, (bytes, bytearray)):
        return bytes(o).decode("utf-8", "replace")
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    raise TypeError("value of type %s is not JSON serializable" % type(o).__name__)

def main():
    cfg = json.loads(sys.argv[1])
    proto_out = os.fdopen(os.dup(1), "wb")
    proto_in = os.fdopen(os.dup(0), "rb")
    os.dup2(2, 1)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    try:
        sys.stdout.reconfigure(line_buffering=True)
    except Exception:
        pass

    def send(msg):
        proto_out.write(json.dumps(msg, separators=(",", ":"), allow_nan=False, default=_to_json).encode("utf-8") + b"\n")
        proto_out.flush()

    for p in reversed(cfg.get("python_path") or []):
        sys.path.insert(0, os.path.abspath(p))
    entry = cfg["entry_point"]
    module_name, _, func_name = entry.rpartition(".")
    try:
        if not module_name:
            raise ImportError("entry point %r must be <module>.<function>, e.g. mypkg.predict.inference" % entry)
        module = importlib.import_module(module_name)
        fn = getattr(module, func_name, None)
        if not callable(fn):
            raise AttributeError("module %r has no function %r" % (module_name, func_name))
    except BaseException as e:
        send({"id": 0, "op": "hello", "ok": False, "error": "%s: %s" % (type(e).__name__, e), "traceback": traceback.format_exc()})
        sys.exit(3)
    send({"id": 0, "op": "hello", "ok": True, "pid": os.getpid(), "python": sys.version.split()[0]})

    model_key = cfg.get("model_key") or ""
    model = None
    while True:
        line = proto_in.readline()
        if not line:
            return
        req = json.loads(line)
        rid = req.get("id")
        if req.get("op") == "ping":
            send({"id": rid, "ok": True})
            continue
        try:
            result = fn(req.get("parameters") or [], req.get("inputs") or [], req.get("output_fields") or [], model_key, model)
        except (Exception, SystemExit) as e:
            send({"id": rid, "ok": False, "kind": "function", "error": "%s: %s" % (type(e).__name__, e), "traceback": traceback.format_exc()})
            continue
        if not isinstance(result, (tuple, list)) or len(result) != 2:
            send({"id": rid, "ok": False, "kind": "result", "error": "inference must return a tuple (outputs, model), got %s" % type(result).__name__})
            continue
        outputs, model = result
        if isinstance(outputs, dict):
            outputs = [outputs]
        try:
            send({"id": rid, "ok": True, "outputs": outputs, "model_loaded": model is not None})
        except (TypeError, ValueError) as e:
            send({"id": rid, "ok": False, "kind": "result", "error": "outputs cannot be encoded as JSON (%s)" % e})

main()
`;
