"""Trains the churn model on a synthetic, seeded data set and writes model/weights.json (standard library only).

The data follow a known rule (short tenure, high charges, many support calls and month-to-month contracts
raise churn) plus noise, so the fitted weights can be checked against it. Run: python3 train.py
"""
import json
import math
import os
import random

from churn.model import FEATURES, ChurnModel


def synthesize(n, rng):
    rows, labels = [], []
    for _ in range(n):
        tenure = rng.uniform(0, 72)
        charge = rng.uniform(20, 120)
        calls = rng.randint(0, 9)
        contract = rng.choice([1, 12, 24])
        logit = 1.2 - 0.05 * tenure + 0.03 * (charge - 70) + 0.45 * calls - 0.08 * contract + rng.gauss(0, 0.5)
        rows.append([tenure, charge, float(calls), float(contract)])
        labels.append(1 if rng.random() < 1 / (1 + math.exp(-logit)) else 0)
    return rows, labels


def train(rows, labels, epochs=300, lr=0.5):
    k = len(FEATURES)
    means = [sum(r[j] for r in rows) / len(rows) for j in range(k)]
    stds = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in rows) / len(rows)) or 1.0 for j in range(k)]
    model = ChurnModel([0.0] * k, 0.0, means, stds)
    z = [model._z(r) for r in rows]
    for _ in range(epochs):  # full-batch gradient descent on the log loss
        gw, gb = [0.0] * k, 0.0
        for x, y in zip(z, labels):
            p = 1 / (1 + math.exp(-(model.bias + sum(w * v for w, v in zip(model.weights, x)))))
            gb += p - y
            for j in range(k):
                gw[j] += (p - y) * x[j]
        model.weights = [w - lr * g / len(z) for w, g in zip(model.weights, gw)]
        model.bias -= lr * gb / len(z)
    return model


def accuracy(model, rows, labels):
    return sum((model.probability(r) >= 0.5) == bool(y) for r, y in zip(rows, labels)) / len(rows)


if __name__ == "__main__":
    rng = random.Random(20240501)
    rows, labels = synthesize(2000, rng)
    model = train(rows[:1600], labels[:1600])
    print("held-out accuracy: %.3f" % accuracy(model, rows[1600:], labels[1600:]))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "model", "weights.json")
    with open(out, "w") as f:
        json.dump(model.to_dict(), f, indent=2)
        f.write("\n")
    print("wrote", out)
