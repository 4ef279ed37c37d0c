"""How well learned weights recover the generator's hidden process (tests and the benchmark)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

# The weights-file parameter each hidden cause shows up as when the checker sees the gap.
CAUSE_PARAMETER = {
    "vas_post": "elements.vas_post.missing",
    "vas_pre": "elements.vas_pre.missing",
    "signature": "elements.signature.missing",
    "needle_views": "elements.needle_views.missing",
    "contrast_flow": "elements.contrast_flow.missing",
    "spinal_level": "elements.spinal_level.missing",
    "conservative_care": "elements.conservative_care.missing",
    "indication": "elements.indication.missing",
}


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    for rank, index in enumerate(order):
        ranks[index] = float(rank)
    return ranks


def spearman(a: Sequence[float], b: Sequence[float]) -> float:
    """Rank correlation of two equally long sequences (no tie correction)."""
    ra, rb = _ranks(a), _ranks(b)
    n = len(a)
    mean = (n - 1) / 2
    cov = sum((x - mean) * (y - mean) for x, y in zip(ra, rb, strict=True))
    var = sum((x - mean) ** 2 for x in ra)
    return cov / var if var else 0.0


def hidden_ranking(
    drivers: Sequence[Mapping[str, Any]], hidden: Mapping[str, float], min_claims: int = 15
) -> dict[str, Any]:
    """Compare learned and expert weights with the hidden ones, over drivers seen often enough."""
    by_parameter = {d["parameter"]: d for d in drivers}
    rows = []
    for cause, parameter in CAUSE_PARAMETER.items():
        driver = by_parameter.get(parameter)
        if driver is None or driver["claims"] < min_claims:
            continue
        rows.append((cause, hidden[cause], driver["expert"], driver["learned"], driver["claims"]))
    return {
        "drivers": [
            {"cause": c, "hidden": h, "expert": e, "learned": lw, "claims": n}
            for c, h, e, lw, n in rows
        ],
        "spearman_learned": round(spearman([r[1] for r in rows], [r[3] for r in rows]), 3),
        "spearman_expert": round(spearman([r[1] for r in rows], [r[2] for r in rows]), 3),
        "mean_abs_error_learned": round(sum(abs(r[1] - r[3]) for r in rows) / max(len(rows), 1), 4),
        "mean_abs_error_expert": round(sum(abs(r[1] - r[2]) for r in rows) / max(len(rows), 1), 4),
    }
