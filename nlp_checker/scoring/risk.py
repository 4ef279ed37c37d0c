"""Denial risk: each gap adds a weighted driver; drivers combine with a noisy-OR."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
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


class RiskModel(BaseModel):
    """The weights file (models/risk_weights.json)."""

    model_config = ConfigDict(extra="ignore")
    version: str
    levels: dict[str, float]
    elements: dict[str, _ElementWeights]
    code: dict[str, _CodeWeight]


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


@lru_cache(maxsize=1)
def load_model() -> RiskModel:
    """Read and validate models/risk_weights.json."""
    path = data_file("models", "risk_weights.json")
    try:
        return RiskModel.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        msg = f"models/risk_weights.json is invalid: {exc}"
        raise RulesError(msg) from exc


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
    score = round(1.0 - keep, 3)
    return RiskAssessment(score=score, level=_level(score, model), drivers=drivers)
