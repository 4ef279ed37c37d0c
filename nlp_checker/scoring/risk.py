"""Denial risk: each gap adds a weighted driver; drivers combine with a noisy-OR.

Element gaps are weighted by the procedure profile (data/procedures/), issues by their code in the
weights file (models/risk_weights.json). A weights file may also override element weights, which
is how a practice's learned weights replace the expert ones. A learned file (``nlp-checker learn``)
also adds a payer baseline (denials no finding explains) and a Platt calibration of the combined
score; the expert file has neither.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from importlib.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nlp_checker.elements.findings import Finding, Status
from nlp_checker.errors import RulesError
from nlp_checker.issues import Issue
from nlp_checker.profiles.model import GapWeights, ProcedureProfile
from nlp_checker.resources import data_file

Level = Literal["low", "medium", "high"]


class ElementWeights(GapWeights):
    """An element's gap weights with the reason and source its driver shows."""

    reason: str
    source: str


class IssueWeight(BaseModel):
    """The weight of an issue code and the driver it shows as."""

    model_config = ConfigDict(extra="forbid")
    weight: float = Field(ge=0, le=1)
    driver: str = Field(min_length=3)
    reason: str
    source: str


class Baseline(BaseModel):
    """Probability of a denial no driver explains, by payer profile id (learned files only)."""

    model_config = ConfigDict(extra="forbid")
    default: float = Field(0.0, ge=0, lt=1)
    payers: dict[str, float] = {}

    def of(self, payer: str | None) -> float:
        """Return the baseline of ``payer``, else the default."""
        return self.payers.get(payer or "", self.default)


class Calibration(BaseModel):
    """Platt scaling of the combined score: ``sigmoid(a * logit(score) + b)``."""

    model_config = ConfigDict(extra="forbid")
    method: Literal["platt"] = "platt"
    a: float = Field(gt=0)
    b: float


class RiskModel(BaseModel):
    """A weights file (models/risk_weights.json or a practice's own)."""

    model_config = ConfigDict(extra="ignore")
    version: str
    levels: dict[Literal["medium", "high"], float]
    elements: dict[str, ElementWeights] = {}
    issues: dict[str, IssueWeight]
    baseline: Baseline | None = None
    calibration: Calibration | None = None

    def combine(self, keep: float, payer: str | None = None) -> float:
        """Turn ``prod(1 - w)`` of the drivers into the score: baseline, then calibration."""
        if self.baseline is not None:
            keep *= 1.0 - self.baseline.of(payer)
        score = 1.0 - keep
        if self.calibration is not None:
            clipped = min(max(score, 1e-4), 1 - 1e-4)
            z = self.calibration.a * math.log(clipped / (1 - clipped)) + self.calibration.b
            score = 1.0 / (1.0 + math.exp(-z))
        return score


class Driver(BaseModel):
    """One reason the claim may be denied."""

    model_config = ConfigDict(frozen=True)
    element: str
    weight: float
    reason: str
    source: str
    issue: str | None = None
    # Schema 1.3: the element status the driver comes from, and the words of the issue it
    # quotes (without the source tags, which ``source`` cites apart). ``reason`` is the
    # driver's own reason only, so a reader composes the sentence from typed values.
    status: Status | None = None
    detail: str | None = None


class RiskAssessment(BaseModel):
    """Score in [0, 1], its level, and the drivers ranked by weight."""

    model_config = ConfigDict(frozen=True)
    score: float
    level: Level
    drivers: list[Driver] = []


_CACHE: dict[str, RiskModel] = {}


class _Fields(dict[str, object]):
    """Format fields that leave an unknown ``{name}`` as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def load_model(path: Traversable | Path | str | None = None) -> RiskModel:
    """Read and validate a weights file (default models/risk_weights.json); cached per file."""
    source: Traversable = (
        data_file("models", "risk_weights.json")
        if path is None
        else path
        if isinstance(path, Traversable)
        else Path(path)
    )
    key = str(source)
    if key not in _CACHE:
        try:
            _CACHE[key] = RiskModel.model_validate(json.loads(source.read_text(encoding="utf-8")))
        except (OSError, ValueError, ValidationError) as exc:
            msg = f"{source.name} is not a valid weights file: {exc}"
            raise RulesError(msg) from exc
    return _CACHE[key]


def _level(score: float, model: RiskModel) -> Level:
    if score >= model.levels["high"]:
        return "high"
    if score >= model.levels["medium"]:
        return "medium"
    return "low"


_MERGED: dict[tuple[int, str], dict[str, ElementWeights]] = {}


def _element_weights(procedure: ProcedureProfile, model: RiskModel) -> dict[str, ElementWeights]:
    """Return each element's weights: the weights file's where it has them, else the profile's."""
    key = (id(model), f"{procedure.id}@{procedure.version}")
    merged = _MERGED.get(key)
    if merged is None:
        merged = {}
        for element, rule in procedure.elements.items():
            weights = model.elements.get(element)
            if weights is None and rule.weights is not None:
                weights = ElementWeights(
                    **rule.weights.model_dump(), reason=rule.reason or "", source=rule.source or ""
                )
            if weights is not None:
                merged[element] = weights
        _MERGED[key] = merged
    return merged


def _element_drivers(
    findings: Mapping[str, Finding], procedure: ProcedureProfile, model: RiskModel
) -> list[Driver]:
    drivers = []
    for element, weights in _element_weights(procedure, model).items():
        finding = findings.get(element)
        if finding is None or finding.status == "present":
            continue
        drivers.append(
            Driver(
                element=element,
                weight=getattr(weights, finding.status),
                reason=weights.reason,
                source=weights.source,
                status=finding.status,
            )
        )
    return drivers


def assess(
    findings: Mapping[str, Finding],
    issues: Sequence[Issue],
    model: RiskModel,
    procedure: ProcedureProfile,
    payer: str | None = None,
) -> RiskAssessment:
    """Score the denial risk of one note from its element gaps and its issues.

    ``payer`` (the payer profile id) picks a learned file's payer baseline.
    """
    drivers = _element_drivers(findings, procedure, model)
    for issue in issues:
        weight = model.issues.get(issue.code)
        if weight is None:
            continue
        drivers.append(
            Driver(
                element=weight.driver,
                weight=weight.weight,
                reason=weight.reason.format_map(_Fields(issue.fields)),
                source=weight.source,
                issue=issue.code,
                detail=issue.summary or issue.statement,
            )
        )
    drivers.sort(key=lambda d: (-d.weight, d.element))
    keep = 1.0
    for driver in drivers:
        keep *= 1.0 - driver.weight
    score = round(model.combine(keep, payer), 3)
    return RiskAssessment(score=score, level=_level(score, model), drivers=drivers)
