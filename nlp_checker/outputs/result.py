"""The result contract: one CheckResult per input document (schema/check_result.schema.json)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from nlp_checker.claimcheck.model import ClaimCheck
from nlp_checker.claims.model import Claim
from nlp_checker.codes.check import CodeCheck
from nlp_checker.elements.findings import Finding
from nlp_checker.issues import Issue
from nlp_checker.scoring.risk import RiskAssessment

# 1.1: adds claim, profile (also in audit) and issues; every 1.0 field is kept.
# 1.2: adds claim_check (each claim line with its issues and expected denial codes).
# 1.3: each risk driver carries its element status and issue detail as typed fields.
SCHEMA_VERSION = "1.3"


class ErrorInfo(BaseModel):
    """Why a document could not be checked."""

    model_config = ConfigDict(frozen=True)
    type: str
    message: str


class ProfileRef(BaseModel):
    """A profile by id and version."""

    model_config = ConfigDict(frozen=True)
    id: str
    version: str


class PayerRef(ProfileRef):
    """The payer profile, with the Medicare jurisdiction and its LCD and article when known."""

    name: str
    jurisdiction: str | None = None
    jurisdiction_basis: Literal["payer", "state"] | None = None
    mac: str | None = None
    lcd: str | None = None
    article: str | None = None


class ProfilesUsed(BaseModel):
    """Which procedure and payer profiles the note was checked against."""

    model_config = ConfigDict(frozen=True)
    procedure: ProfileRef
    payer: PayerRef
    issues_version: str


class PageLeftOut(BaseModel):
    """A page of the file that was not read as the note, and what it was taken for."""

    model_config = ConfigDict(frozen=True)
    page: int
    # cover (fax cover sheet), form (order or referral form), handout (patient education),
    # consent (consent form), other (another patient's document), scan (image-only, unread).
    kind: str


class Audit(BaseModel):
    """What produced the result, so a finding can be traced and reproduced."""

    model_config = ConfigDict(frozen=True)
    input_sha256: str | None
    checker_version: str
    rules_version: str
    weights_version: str
    schema_version: str = SCHEMA_VERSION
    pages: int | None = None
    media_type: str | None = None
    # Pages whose text was checked (a fax cover sheet or an order form is left out).
    pages_checked: list[int] | None = None
    profile: ProfilesUsed | None = None
    # Pages left out of the note, with what each was taken for: never evidence.
    pages_left_out: list[PageLeftOut] | None = None


class CheckResult(BaseModel):
    """Everything the checker says about one document."""

    model_config = ConfigDict(frozen=True)
    schema_version: str = SCHEMA_VERSION
    source: str
    status: Literal["ok", "error"]
    billed_code: str
    modifiers: list[str] = []
    complete: bool
    elements: dict[str, Finding] = {}
    code_check: CodeCheck | None = None
    risk: RiskAssessment | None = None
    claim: Claim | None = None
    profile: ProfilesUsed | None = None
    issues: list[Issue] = []
    claim_check: ClaimCheck | None = None
    audit: Audit
    error: ErrorInfo | None = None
