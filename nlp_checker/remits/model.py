"""Typed rows of a remittance: a `RemitLine` per claim line, a `RemitError` per problem.

Rows carry no patient name, member id or medical record number. The patient is kept only as the
salted key batch uses (when a salt is given), so a remittance file can be linked to checked
notes without the identifiers leaving the reader.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

Outcome = Literal["paid", "partial", "denied", "reversed"]


class LineAdjustment(BaseModel):
    """One CAS reason code on a line (or on its claim): group, CARC, our category, amount."""

    model_config = ConfigDict(frozen=True)
    level: Literal["claim", "line"]
    group: str
    carc: str
    category: str
    denial: bool
    amount: Decimal


class RemitLine(BaseModel):
    """One service line of one claim payment, as the payer adjudicated it."""

    model_config = ConfigDict(frozen=True)
    row: Literal["line"] = "line"
    file: str
    transaction: str
    payer_name: str | None
    payer_id: str | None
    check_number: str | None
    paid_date: date | None
    # CLP01, the practice's own claim id as sent on the claim (the manifest's claim_id).
    patient_control_number: str
    payer_claim_id: str | None
    claim_status: str
    claim_filing: str | None
    patient_key: str | None = None
    patient_key_basis: str | None = None
    line_number: int
    date_of_service: date | None
    code: str
    modifiers: list[str] = []
    units: int
    charge: Decimal
    paid: Decimal
    allowed: Decimal | None = None
    outcome: Outcome
    group_codes: list[str] = []
    carc: list[str] = []
    rarc: list[str] = []
    denial_categories: list[str] = []
    adjustments: list[LineAdjustment] = []

    @property
    def denied(self) -> bool:
        """The line drew a denial (in full or in part)."""
        return self.outcome in ("denied", "partial")

    @property
    def denial_codes(self) -> list[str]:
        """Return the group-CARC pairs of the denials, then the remarks (``CO-50``, ``N115``)."""
        pairs = [f"{a.group}-{a.carc}" for a in self.adjustments if a.denial]
        return list(dict.fromkeys([*pairs, *self.rarc]))


ErrorType = Literal[
    "unreadable",
    "too_large",
    "not_x12",
    "not_835",
    "unsupported_version",
    "malformed",
    "truncated",
    "unbalanced",
    "no_claims",
]


class RemitError(BaseModel):
    """A file, or part of one, that could not be read. Never quotes the file's content."""

    model_config = ConfigDict(frozen=True)
    row: Literal["error"] = "error"
    file: str
    type: ErrorType
    message: str
    transaction: str | None = None
    patient_control_number: str | None = None


RemitRow = RemitLine | RemitError
