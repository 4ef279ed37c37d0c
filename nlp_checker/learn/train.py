"""``learn``: from checked notes and their remittances to a practice's own weights file.

1. Link the remittance claims to the result rows (:mod:`nlp_checker.learn.link`).
2. Read each linked note's drivers (:mod:`nlp_checker.learn.features`); the label is whether
   the claim drew a denial on its first adjudication.
3. Split the claims by date of service: the earliest for fitting, the next for calibration,
   the latest held out for the evidence (a time split: the weights are judged on claims later
   than any they were fitted on).
4. Fit the noisy-OR with the expert weights as prior, then Platt on the calibration split
   (:mod:`nlp_checker.learn.fit`).
5. Write the weights in the format of models/risk_weights.json, with a baseline and a
   calibration block and a provenance that holds counts, dates and metrics, no identifiers.

The evidence (Brier and AUC of expert vs learned weights on the held-out claims, reliability
bins, the drivers that moved most with their denial counts) is computed with the weights file
as loaded back by the scorer's loader, so it describes exactly the file written.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from nlp_checker.errors import UsageError
from nlp_checker.learn.features import Parameter, parameters, row_features
from nlp_checker.learn.fit import Array, fit_noisy_or, fit_platt, noisy_or
from nlp_checker.learn.link import LinkedNote, LinkReport, link
from nlp_checker.learn.metrics import summary
from nlp_checker.remits.model import RemitRow
from nlp_checker.scoring.risk import RiskModel

DEFAULT_PAYER = "default"
METHOD = (
    "Learned from the practice's own remittances (X12 835) by nlp-checker learn: a noisy-OR "
    "model P(denied) = 1 - (1 - baseline[payer]) * prod(1 - w) over the same drivers as the "
    "expert weights, fitted by maximum a posteriori with a Beta prior per weight whose mode is "
    "the expert weight and whose strength is 'prior_strength' pseudo-claims (shrinkage: a weight "
    "moves only as far as the claims that carry its driver support), then Platt-calibrated on a "
    "later split; metrics are on the latest claims, held out by date of service."
)


@dataclass(frozen=True)
class LearnOptions:
    """How to learn.

    Parameters
    ----------
    practice : str
        Name of the practice (letters, digits, '-'); part of the version.
    prior_strength : float
        Pseudo-claims behind each expert weight (higher: move less).
    calibration_fraction, test_fraction : float
        Shares of the claims, by date of service, for calibration and for the held-out test.
    min_claims : int
        Fewest linked claims to learn from.
    """

    practice: str
    prior_strength: float = 20.0
    calibration_fraction: float = 0.2
    test_fraction: float = 0.2
    min_claims: int = 20
    created: dt.date | None = None


@dataclass
class Learned:
    """What ``learn`` produced: the weights file data, the evidence, the link report."""

    weights: dict[str, Any]
    evidence: dict[str, Any]
    report: LinkReport


def _round(value: float) -> float:
    return round(float(value), 4)


def _dates(notes: Sequence[LinkedNote]) -> list[str] | None:
    days = [n.date_of_service for n in notes if n.date_of_service]
    return [min(days).isoformat(), max(days).isoformat()] if days else None


def _write_weights(
    base: Mapping[str, Any], learned: Mapping[str, float], known: Mapping[str, Parameter]
) -> dict[str, Any]:
    """Return the base file with the learned weights put in their places."""
    out = copy.deepcopy(dict(base))
    for key, value in learned.items():
        parts = key.split(".")
        if parts[0] == "elements":
            element, status = parts[1], parts[2]
            entry = out.setdefault("elements", {}).setdefault(element, {})
            if not entry:  # weighted by a profile in the base: start from the drivers' priors
                for other in ("missing", "incomplete", "negated", "uncertain"):
                    seen = known.get(f"elements.{element}.{other}")
                    entry[other] = (seen or known[key]).prior
                entry.update(reason=known[key].reason, source=known[key].source)
            entry[status] = _round(value)
        else:
            section, name = parts[0], ".".join(parts[1:])
            out.setdefault(section, {}).setdefault(name, {})["weight"] = _round(value)
    return out


def _keeps(matrix: Array, weights: Array) -> Array:
    return np.asarray(np.exp(matrix @ np.log1p(-np.clip(weights, 0.0, 0.99))), dtype=np.float64)


def _split(n: int, options: LearnOptions) -> tuple[int, int]:
    n_test = max(1, round(n * options.test_fraction))
    n_cal = round(n * options.calibration_fraction)
    if n - n_test - n_cal < 1:
        msg = f"{n} linked claims are too few to split for fitting, calibration and testing"
        raise UsageError(msg)
    return n - n_test - n_cal, n_cal


def learn(
    results: Sequence[Mapping[str, Any]],
    remit_rows: Iterable[RemitRow],
    base: Mapping[str, Any],
    options: LearnOptions,
    claim_ids: Mapping[str, str] | None = None,
) -> Learned:
    """Learn a practice's weights; see the module docstring.

    Raises
    ------
    UsageError
        When too few claims link to learn from.
    """
    linked, report = link(results, remit_rows, claim_ids)
    if len(linked) < options.min_claims:
        msg = (
            f"only {len(linked)} remittance claims linked to checked notes (need "
            f"{options.min_claims}); link report: {report.as_dict()['unlinked_claims']}"
        )
        raise UsageError(msg)
    known = parameters(base)
    features = [row_features(note.result, known) for note in linked]
    order = sorted(range(len(linked)), key=lambda i: (linked[i].date_of_service or dt.date.min, i))
    linked = [linked[i] for i in order]
    features = [features[i] for i in order]
    keys = sorted({k for f in features for k in f})
    matrix = np.array([[f.get(k, 0) for k in keys] for f in features], dtype=np.float64)
    matrix = matrix.reshape(len(linked), len(keys))
    y = np.array([1.0 if note.denied else 0.0 for note in linked])
    payers = sorted({note.payer or DEFAULT_PAYER for note in linked})
    payer_index = np.array([payers.index(note.payer or DEFAULT_PAYER) for note in linked])
    prior = np.array([known[k].prior for k in keys], dtype=np.float64)

    n_train, n_cal = _split(len(linked), options)
    train, cal, test = (
        slice(0, n_train), slice(n_train, n_train + n_cal), slice(n_train + n_cal, len(linked))
    )  # fmt: skip
    fit = fit_noisy_or(
        matrix[train], y[train], payer_index[train], prior, options.prior_strength, len(payers)
    )
    baselines = fit.baselines[payer_index]
    if n_cal:
        a, b = fit_platt(noisy_or(matrix[cal], fit.weights, baselines[cal]), y[cal])
    else:
        a, b = 1.0, 0.0

    created = options.created or dt.date.today()
    version = f"{base.get('version', 'expert')}+{options.practice}.{created:%Y%m%d}"
    weights = _write_weights(base, dict(zip(keys, fit.weights, strict=True)), known)
    weights["name"] = f"risk weights learned for {options.practice}"
    weights["version"] = version
    default_baseline = float(
        np.average(
            fit.baselines, weights=np.bincount(payer_index[train], minlength=len(payers)) + 1e-9
        )
    )
    weights["baseline"] = {
        "default": _round(default_baseline),
        "payers": {
            p: _round(v) for p, v in zip(payers, fit.baselines, strict=True) if p != DEFAULT_PAYER
        },
    }
    weights["calibration"] = {"method": "platt", "a": _round(a), "b": _round(b)}
    model = RiskModel.model_validate(weights)  # what the scorer's loader will read back

    # Scores on the held-out claims: the expert file, and the learned file as loaded.
    written = np.array([_lookup(model, k) for k in keys], dtype=np.float64)
    expert_scores = 1 - _keeps(matrix[test], prior)
    raw_keep = _keeps(matrix[test], written)
    test_payers = [payers[i] for i in payer_index[test]]
    learned_scores = np.array(
        [
            model.combine(float(k), None if p == DEFAULT_PAYER else p)
            for k, p in zip(raw_keep, test_payers, strict=True)
        ]
    )
    uncalibrated = model.model_copy(update={"calibration": None})
    uncalibrated_scores = np.array(
        [
            uncalibrated.combine(float(k), None if p == DEFAULT_PAYER else p)
            for k, p in zip(raw_keep, test_payers, strict=True)
        ]
    )
    metrics = {
        "expert": summary(expert_scores, y[test]),
        "learned": summary(learned_scores, y[test]),
        "learned_uncalibrated": summary(uncalibrated_scores, y[test]),
    }
    splits = {
        "train": {"claims": n_train, "dates": _dates(linked[train]), "denied": int(y[train].sum())},
        "calibration": {"claims": n_cal, "dates": _dates(linked[cal]), "denied": int(y[cal].sum())},
        "test": {
            "claims": len(linked) - n_train - n_cal,
            "dates": _dates(linked[test]),
            "denied": int(y[test].sum()),
        },
    }
    drivers = _moved(keys, prior, written, matrix[train], y[train], linked[train], known)
    weights["provenance"] = {
        "method": METHOD,
        "practice": options.practice,
        "base_version": base.get("version"),
        "created": created.isoformat(),
        "prior_strength": options.prior_strength,
        "claims": len(linked),
        "splits": splits,
        "payers": {p: int((payer_index == i).sum()) for i, p in enumerate(payers)},
        "metrics_test": {
            name: {k: v for k, v in m.items() if k != "reliability"} for name, m in metrics.items()
        },
        "link": {k: v for k, v in report.as_dict().items() if k != "unlinked_reasons"},
        "maintenance": "made by nlp-checker learn; learn again as remittances come in",
    }
    evidence = {
        "practice": options.practice,
        "weights_version": version,
        "base_version": base.get("version"),
        "created": created.isoformat(),
        "prior_strength": options.prior_strength,
        "splits": splits,
        "metrics": metrics,
        "drivers": drivers,
        "baseline": weights["baseline"],
        "calibration": weights["calibration"],
        "link": report.as_dict(),
    }
    return Learned(weights=weights, evidence=evidence, report=report)


def _lookup(model: RiskModel, key: str) -> float:
    parts = key.split(".")
    if parts[0] == "elements":
        return float(getattr(model.elements[parts[1]], parts[2]))
    section = getattr(model, parts[0])
    return float(section[".".join(parts[1:])].weight)


def _expected_codes(result: Mapping[str, Any], key: str) -> set[str]:
    """Return the denial codes the result's issue behind ``key`` expected (issues only)."""
    if not key.startswith("issues."):
        return set()
    code = key.removeprefix("issues.")
    return {
        str(c)
        for issue in result.get("issues") or []
        if isinstance(issue, Mapping) and issue.get("code") == code
        for c in issue.get("denial_codes") or []
    }


def _moved(
    keys: Sequence[str],
    prior: Array,
    learned: Array,
    matrix: Array,
    y: Array,
    notes: Sequence[LinkedNote],
    known: Mapping[str, Parameter],
) -> list[dict[str, Any]]:
    """Return each driver: expert and learned weight, training claims; most moved first."""
    rows: list[dict[str, Any]] = []
    for column, key in enumerate(keys):
        carrying = matrix[:, column] > 0
        codes: Counter[str] = Counter()
        expected: Counter[str] = Counter()
        confirmed = 0
        for index in np.flatnonzero(carrying & (y == 1)):
            got = set(notes[index].denial_codes)
            codes.update(c for c in got if "-" in c)
            wanted = _expected_codes(notes[index].result, key)
            expected.update(wanted)
            confirmed += bool(wanted & got)
        denied = int((carrying & (y == 1)).sum())
        rows.append(
            {
                "parameter": key,
                "label": known[key].label,
                "source": known[key].source,
                "expert": _round(prior[column]),
                "learned": _round(learned[column]),
                "change": _round(learned[column] - prior[column]),
                "claims": int(carrying.sum()),
                "denied": denied,
                # The codes behind at least a quarter of these denials (the others are noise).
                "denial_codes": [c for c, n in codes.most_common(3) if n >= 0.25 * max(1, denied)],
                # What the claim check said this issue would draw, and how many denials did.
                "expected_codes": sorted(expected),
                "confirmed": confirmed,
            }
        )
    rows.sort(key=lambda r: (-abs(float(r["change"])), str(r["parameter"])))
    return rows
