"""The MLComponent inference function (seed 004 contract).

Inputs (either or both):
  features  FP32 [n, 4]  rows of tenure_months, monthly_charge, support_calls, contract_months
  table     FILE [1]     text/csv with a header row naming those four columns
Parameters:
  threshold  probability above which a customer is labelled "churn" (default 0.5)
Outputs:
  churn_probability  FP32 [n]   for `features`
  label              str  [n]   "churn" or "stay", for `features`
  scored             FILE [1]   text/csv: the table plus churn_probability and label columns, for `table`
"""
import csv
import os
import uuid

from churn.model import FEATURES, ChurnModel

DEFAULT_MODEL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "model", "weights.json")


def inference(parameters, inputs, output_fields, model_key, model=None):
    if model is None:
        # loaded once per worker: the server passes the returned model back on every later call
        model = ChurnModel.load(model_key or DEFAULT_MODEL)
    params = {name: value for name, value in parameters}
    threshold = float(params.get("threshold", os.environ.get("CHURN_THRESHOLD", 0.5)))
    label = lambda p: "churn" if p >= threshold else "stay"

    outputs = []
    by_name = {t["name"]: t for t in inputs}
    if "features" in by_name:
        t = by_name["features"]
        n = t["shape"][0] if t["shape"] else 0
        rows = [t["data"][i * 4:(i + 1) * 4] for i in range(n)]
        probs = [model.probability(r) for r in rows]
        outputs.append({"name": "churn_probability", "datatype": "FP32", "shape": [n], "data": probs})
        outputs.append({"name": "label", "datatype": "str", "shape": [n], "data": [label(p) for p in probs]})
    if "table" in by_name:
        t = by_name["table"]
        src = t["data"] if isinstance(t["data"], str) else t["data"][0]
        with open(src, newline="") as f:
            table = list(csv.DictReader(f))
        out_dir = os.environ.get("PSML_FILES_PATH") or os.path.dirname(src)
        dst = os.path.join(out_dir, "scored-%s.csv" % uuid.uuid4().hex)
        with open(dst, "w", newline="") as f:
            fieldnames = list(table[0].keys()) + ["churn_probability", "label"] if table else FEATURES
            w = csv.DictWriter(f, fieldnames=fieldnames)
            w.writeheader()
            for row in table:
                p = model.probability([float(row[c]) for c in FEATURES])
                w.writerow({**row, "churn_probability": "%.4f" % p, "label": label(p)})
        outputs.append({"name": "scored", "datatype": "FILE", "content_type": "text/csv", "shape": [1], "data": [dst]})
    return outputs, model
