"""Denial risk: each gap adds a weighted driver; drivers combine with a noisy-OR.

A practice's learned weights file (``nlp-checker learn``) may add a payer baseline (denials no
finding explains) and a Platt calibration of the combined score; the expert file has neither.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from importlib.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nlp_checker.codes.check import CodeCheck
from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.errors import RulesError
from nlp_checker.resources import data_file

Level = Literal["low", "medium", "high"]


class _ElementWeights(BaseModel):
    model_config = ConfigDict(extra="forbid")
    missing: float = Field(ge=0, le=1)
    incomplete: float = Field(ge=0, le=1)
    negated: float = Field(ge=0, le=1)
    uncertain: float = Field(ge=0, le=1)
    reason: str
    source: str


class _CodeWeight(BaseModel):
    model_config = ConfigDict(extra="forbid")
    weight: float = Field(ge=0, le=1)
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
    """A weights file (models/risk_weights.json, or a practice's learned one)."""

    model_config = ConfigDict(extra="ignore")
    version: str
    levels: dict[str, float]
    elements: dict[str, _ElementWeights]
    code: dict[str, _CodeWeight]
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


class RiskAssessment(BaseModel):
    """Score in [0, 1], its level, and the drivers ranked by weight."""

    model_config = ConfigDict(frozen=True)
    score: float
    level: Level
    drivers: list[Driver] = []


_CACHE: dict[str, RiskModel] = {}


def load_model(path: Traversable | Path | str | None = None) -> RiskModel:
    """Read and validate a weights file (default models/risk_weights.json); cached per file.

    Raises
    ------
    RulesError
        When the file cannot be read or is not a valid weights file.
    """
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


def _code_drivers(code: CodeCheck, facts: ProcedureFacts, model: RiskModel) -> list[Driver]:
    weights = model.code
    out: list[Driver] = []

    def add(key: str, detail: str) -> None:
        w = weights[key]
        out.append(
            Driver(
                element=f"code:{key}",
                weight=w.weight,
                reason=f"{w.reason}: {detail}",
                source=w.source,
            )
        )

    if code.suggested != code.billed:
        add("unsupported", f"it supports {code.suggested}, billed {code.billed}")
    for reason in code.reasons:
        if reason.startswith("modifier"):
            add("modifier", reason)
    if any("levels injected" in w for w in code.warnings):
        add("multi_level", "Medicare pays one interlaminar level per session")
    if facts.axial_only:
        add("axial_only", "only axial/non-specific pain is documented")
    if facts.biologic:
        add("biologic", ", ".join(facts.biologic))
    if facts.other_procedures and code.suggested != "other":
        add("other_procedure", ", ".join(facts.other_procedures))
    return out


def assess(
    findings: Mapping[str, Finding],
    code: CodeCheck,
    facts: ProcedureFacts,
    model: RiskModel | None = None,
) -> RiskAssessment:
    """Score the denial risk of one note."""
    model = model or load_model()
    drivers: list[Driver] = []
    for element, weights in model.elements.items():
        finding = findings.get(element)
        if finding is None or finding.status == "present":
            continue
        weight = getattr(weights, finding.status)
        drivers.append(
            Driver(
                element=element,
                weight=weight,
                reason=f"{weights.reason} ({finding.status})",
                source=weights.source,
            )
        )
    drivers.extend(_code_drivers(code, facts, model))
    drivers.sort(key=lambda d: (-d.weight, d.element))
    keep = 1.0
    for driver in drivers:
        keep *= 1.0 - driver.weight
    score = round(model.combine(keep), 3)
    return RiskAssessment(score=score, level=_level(score, model), drivers=drivers)
