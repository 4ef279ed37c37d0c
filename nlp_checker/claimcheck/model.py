"""The ``claim_check`` block of a result: each claim line, its issues and expected denial codes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from nlp_checker.claims.model import Claim
from nlp_checker.issues import Issue


class DenialLabel(BaseModel):
    """A denial code with our own category and label (never the X12 description)."""

    model_config = ConfigDict(frozen=True)
    category: str
    label: str


class TableRef(BaseModel):
    """Which table a kind of claim edit came from."""

    model_config = ConfigDict(frozen=True)
    source: Literal["curated", "imported"]
    version: str


class ClaimTables(BaseModel):
    """The tables the claim was checked against."""

    model_config = ConfigDict(frozen=True)
    ptp: TableRef
    mue: TableRef
    icd10: str | None = None
    claim_rules: str


class ClaimLineCheck(BaseModel):
    """One claim line: what is wrong with it, what the payer would likely return, clean or not."""

    model_config = ConfigDict(frozen=True)
    line: int
    code: str
    units: int
    modifiers: list[str] = []
    icd10: list[str] = []
    issues: list[Issue] = []
    denial_codes: list[str] = []
    clean: bool


class ClaimCheck(BaseModel):
    """Every line of the claim with its issues; ``clean`` when every line is."""

    model_config = ConfigDict(frozen=True)
    clean: bool
    lines: list[ClaimLineCheck]
    denial_codes: list[str] = []
    denial_labels: dict[str, DenialLabel] = {}
    tables: ClaimTables


def _unique(codes: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(codes))


def build_claim_check(
    claim: Claim,
    issues: Sequence[Issue],
    tables: ClaimTables,
    labels: Mapping[str, DenialLabel],
) -> ClaimCheck:
    """Group the issues that name a claim line under their line.

    A line is clean when none of its issues is more than informational.
    """
    lines = []
    for index, line in enumerate(claim.lines):
        mine = [i for i in issues if i.line == index]
        denial = _unique(code for issue in mine for code in issue.denial_codes)
        lines.append(
            ClaimLineCheck(
                line=index,
                code=line.code,
                units=line.units,
                modifiers=list(line.modifiers),
                icd10=list(line.icd10 or claim.icd10),
                issues=mine,
                denial_codes=denial,
                clean=not any(i.severity != "info" for i in mine),
            )
        )
    every = _unique(code for line in lines for code in line.denial_codes)
    return ClaimCheck(
        clean=all(line.clean for line in lines),
        lines=lines,
        denial_codes=every,
        denial_labels={code: labels[code] for code in every if code in labels},
        tables=tables,
    )
