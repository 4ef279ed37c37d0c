"""Calibration and ranking metrics on held-out claims: Brier, AUC, log loss, reliability."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

Array = NDArray[np.float64]


def brier(p: Array, y: Array) -> float:
    """Mean squared error of the predicted probabilities (lower is better)."""
    return float(np.mean((p - y) ** 2)) if len(y) else float("nan")


def log_loss(p: Array, y: Array) -> float:
    """Mean negative log likelihood (lower is better)."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q))) if len(y) else float("nan")


def auc(p: Array, y: Array) -> float | None:
    """Area under the ROC curve (Mann-Whitney, ties count half); None without both classes."""
    positives, negatives = p[y == 1], p[y == 0]
    if not len(positives) or not len(negatives):
        return None
    order = np.argsort(np.concatenate([positives, negatives]), kind="mergesort")
    values = np.concatenate([positives, negatives])[order]
    ranks = np.empty(len(values))
    start = 0
    while start < len(values):  # average ranks over ties
        end = start
        while end + 1 < len(values) and values[end + 1] == values[start]:
            end += 1
        ranks[start : end + 1] = (start + end) / 2 + 1
        start = end + 1
    positive_ranks = ranks[np.argsort(order)][: len(positives)]
    u = positive_ranks.sum() - len(positives) * (len(positives) + 1) / 2
    return float(u / (len(positives) * len(negatives)))


def reliability(p: Array, y: Array, bins: int = 10) -> list[dict[str, Any]]:
    """Bins of predicted probability: count, mean predicted, observed denial rate."""
    out = []
    # Noisy-OR scores of round weights fall on bin edges (1 - 0.7 is 0.30000000000000004, and so
    # is linspace's 0.3): rounding both keeps a score's bin from depending on the order of the
    # arithmetic that made it.
    edges = np.round(np.linspace(0, 1, bins + 1), 9)
    index = np.clip(np.digitize(np.round(p, 9), edges[1:-1]), 0, bins - 1)
    for b in range(bins):
        mask = index == b
        count = int(mask.sum())
        out.append(
            {
                "low": round(float(edges[b]), 2),
                "high": round(float(edges[b + 1]), 2),
                "count": count,
                "predicted": round(float(p[mask].mean()), 4) if count else None,
                "observed": round(float(y[mask].mean()), 4) if count else None,
            }
        )
    return out


def ece(bins: Sequence[dict[str, Any]]) -> float:
    """Return the expected calibration error: the count-weighted |predicted - observed|."""
    total = sum(b["count"] for b in bins)
    if not total:
        return float("nan")
    return float(
        sum(b["count"] * abs(b["predicted"] - b["observed"]) for b in bins if b["count"]) / total
    )


def summary(p: Array, y: Array) -> dict[str, Any]:
    """All the figures for one set of predictions."""
    bins = reliability(p, y)
    area = auc(p, y)
    return {
        "claims": len(y),
        "brier": round(brier(p, y), 4),
        "auc": None if area is None else round(area, 4),
        "log_loss": round(log_loss(p, y), 4),
        "ece": round(ece(bins), 4),
        "mean_predicted": round(float(np.mean(p)), 4) if len(p) else None,
        "observed_rate": round(float(np.mean(y)), 4) if len(y) else None,
        "reliability": bins,
    }
