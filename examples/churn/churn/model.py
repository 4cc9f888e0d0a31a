"""Logistic regression with feature standardization, standard library only."""
import json
import math

FEATURES = ["tenure_months", "monthly_charge", "support_calls", "contract_months"]


class ChurnModel:
    def __init__(self, weights, bias, means, stds):
        self.weights = weights
        self.bias = bias
        self.means = means
        self.stds = stds

    @classmethod
    def load(cls, path):
        with open(path) as f:
            d = json.load(f)
        if d.get("features") != FEATURES:
            raise ValueError("%s was trained on features %s, expected %s" % (path, d.get("features"), FEATURES))
        return cls(d["weights"], d["bias"], d["means"], d["stds"])

    def to_dict(self):
        return {"features": FEATURES, "weights": self.weights, "bias": self.bias, "means": self.means, "stds": self.stds}

    def _z(self, row):
        return [(x - m) / s for x, m, s in zip(row, self.means, self.stds)]

    def probability(self, row):
        """P(churn) for one row of the four features."""
        t = self.bias + sum(w * x for w, x in zip(self.weights, self._z(row)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t))))
