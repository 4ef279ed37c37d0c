"""The shapes of the data files under data/ (procedure and payer profiles, issues, modifiers).

Every file is validated by :mod:`nlp_checker.profiles.load`; unknown keys are errors, so a typo in
a profile fails at load with the file and the field named.
"""

from __future__ import annotations

import string
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Region = Literal["cervical_thoracic", "lumbar_sacral"]
Severity = Literal["info", "warning", "error"]
_ID = r"^[a-z0-9][a-z0-9-]{0,39}$"
_CODE = r"^[A-Z0-9]{5}$"
_ISSUE = r"^[a-z]+\.[a-z_]+$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def template_fields(template: str) -> set[str]:
    """Return the ``{field}`` names a message template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Source(_Strict):
    """A document a profile's rules come from."""

    id: str = Field(min_length=2, max_length=10)
    title: str = Field(min_length=5)
    url: str | None = None
    grade: Literal["H", "M", "L"] | None = None


class Effective(_Strict):
    """When a profile's rules apply (``start`` None: not stated in the sources read)."""

    start: date | None
    end: date | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _order(self) -> Effective:
        if self.start and self.end and self.end < self.start:
            msg = "effective.end is before effective.start"
            raise ValueError(msg)
        return self


class _Profile(_Strict):
    id: str = Field(pattern=_ID)
    version: str = Field(pattern=r"^\d{4}\.\d{1,2}\.\d+$")
    title: str
    description: str
    effective: Effective
    sources: list[Source] = Field(min_length=1)

    @field_validator("sources")
    @classmethod
    def _unique_sources(cls, sources: list[Source]) -> list[Source]:
        ids = [s.id for s in sources]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            msg = f"source ids listed twice: {', '.join(duplicates)}"
            raise ValueError(msg)
        return sources


# --- the issue catalogue and modifiers -------------------------------------------------------


class IssueSpec(_Strict):
    """One issue code of the output contract (data/issues.json)."""

    code: str = Field(pattern=_ISSUE)
    title: str
    scope: Literal["note", "claim", "patient"]
    severity: Severity
    blocks_complete: bool
    channel: Literal["reason", "warning"] | None
    message: str
    summary: str | None
    fix: str | None
    # Words a message names things by (e.g. what a look-alike procedure is called).
    names: dict[str, str] = {}


class IssueCatalogue(_Strict):
    """data/issues.json."""

    name: str
    version: str
    description: str
    issues: list[IssueSpec]

    @field_validator("issues")
    @classmethod
    def _unique(cls, issues: list[IssueSpec]) -> list[IssueSpec]:
        codes = [i.code for i in issues]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            msg = f"issue codes listed twice: {', '.join(duplicates)}"
            raise ValueError(msg)
        return issues


class ModifierSpec(_Strict):
    """A modifier a claim line may carry (data/modifiers.json)."""

    code: str = Field(pattern=r"^[A-Z0-9]{2}$")
    title: str
    side: Literal["left", "right", "bilateral"] | None


class ModifierCatalogue(_Strict):
    """data/modifiers.json."""

    name: str
    version: str
    description: str
    modifiers: list[ModifierSpec]


# --- procedure profiles ----------------------------------------------------------------------


class CodeSpec(_Strict):
    """One code of a procedure family (our paraphrase of the descriptor)."""

    title: str
    region: Region
    imaging: bool
    catheter: bool = False
    add_on_to: str | None = Field(None, pattern=_CODE)


class IssueTemplate(_Strict):
    """An issue a derivation rule raises; ``fact`` limits it to notes with that fact."""

    code: str = Field(pattern=_ISSUE)
    message: str
    fact: Literal["ultrasound"] | None = None


class DeriveRule(_Strict):
    """Documented facts -> supported code; the first rule whose ``when`` all hold wins."""

    when: dict[Literal["region", "imaging", "catheter"], bool | Region]
    code: str = Field(pattern=_CODE)
    issues: list[IssueTemplate] = []

    @model_validator(mode="after")
    def _types(self) -> DeriveRule:
        for key, value in self.when.items():
            if (key == "region") == isinstance(value, bool):
                msg = f"when.{key}: region takes a region name, imaging and catheter true/false"
                raise ValueError(msg)
        return self


class ModifierRule(_Strict):
    """When a billed modifier is a problem for this family's codes."""

    modifiers: list[str] = Field(min_length=1)
    when: Literal["always", "no_distinct_procedure", "laterality_mismatch"]
    issue: str = Field(pattern=_ISSUE)
    source: str
    message: str | None = None


class GapWeights(_Strict):
    """Risk weight of an element that is not present, by status."""

    missing: float = Field(ge=0, le=1)
    incomplete: float = Field(ge=0, le=1)
    negated: float = Field(ge=0, le=1)
    uncertain: float = Field(ge=0, le=1)


class ElementRule(_Strict):
    """Whether a family's codes require an element, and the risk weight of its gaps."""

    required: bool | list[str]
    payer_requirement: Literal["pain_scale"] | None = None
    weights: GapWeights | None = None
    reason: str | None = None
    source: str | None = None

    @model_validator(mode="after")
    def _weighted(self) -> ElementRule:
        if self.weights is not None and not (self.reason and self.source):
            msg = "a weighted element needs the reason and source its driver shows"
            raise ValueError(msg)
        return self


class SessionRule(_Strict):
    """How many levels a session may have, counted on which element."""

    levels_element: str
    max_levels: int = Field(ge=1)
    source: str


class RegionDefault(_Strict):
    """The region assumed when the note does not name one."""

    region: Region
    words: str


class ProcedureProfile(_Profile):
    """A procedure family: its codes, how the supported code is derived, what it requires."""

    kind: Literal["procedure"]
    family: str = Field(pattern=r"^[a-z]+$")
    approaches: list[str] = Field(min_length=1)
    default_for_epidural: bool = False
    regions: dict[str, Region]
    region_default: RegionDefault
    codes: dict[str, CodeSpec] = Field(min_length=1)
    derive: list[DeriveRule] = Field(min_length=1)
    add_on_levels_element: str | None = None
    session: SessionRule
    modifiers: list[ModifierRule] = []
    elements: dict[str, ElementRule]
    # Elements the checker reads that this family does not use: reported, never asked for.
    not_applicable: list[str] = []

    @model_validator(mode="after")
    def _consistent(self) -> ProcedureProfile:
        for code in self.codes:
            if not (len(code) == 5 and code.isalnum()):
                msg = f"codes: {code!r} is not a five-character code"
                raise ValueError(msg)
        for rule in self.derive:
            if rule.code not in self.codes:
                msg = f"derive: {rule.code} is not one of this profile's codes"
                raise ValueError(msg)
        if self.derive[-1].when:
            msg = (
                "derive: the last rule must have an empty 'when' (the code when nothing else fits)"
            )
            raise ValueError(msg)
        for code, spec in self.codes.items():
            if spec.add_on_to is not None and spec.add_on_to not in self.codes:
                msg = f"codes.{code}.add_on_to: {spec.add_on_to} is not one of this profile's codes"
                raise ValueError(msg)
        for name, element in self.elements.items():
            if isinstance(element.required, list):
                unknown = sorted(set(element.required) - set(self.codes))
                if unknown:
                    msg = f"elements.{name}.required names unknown codes {', '.join(unknown)}"
                    raise ValueError(msg)
        return self

    def primary_codes(self) -> list[str]:
        """Return the codes that are not add-ons."""
        return [code for code, spec in self.codes.items() if spec.add_on_to is None]

    def required_for(self, codes: set[str], payer: PayerProfile) -> frozenset[str]:
        """Return the elements the billed ``codes`` of this family require under ``payer``."""
        out = set()
        for name, element in self.elements.items():
            needed = (
                element.required
                if isinstance(element.required, bool)
                else bool(codes & set(element.required))
            )
            if needed and element.payer_requirement == "pain_scale":
                needed = payer.coverage.pain_scale_required
            if needed:
                out.add(name)
        return frozenset(out)


# --- payer profiles --------------------------------------------------------------------------


class Jurisdiction(_Strict):
    """A Medicare A/B MAC jurisdiction with its ESI LCD and billing article."""

    mac: str
    states: list[str] = []
    lcd: str | None = Field(None, pattern=r"^L\d{5}$")
    lcd_version: int | None = None
    lcd_effective: date | None = None
    article: str | None = Field(None, pattern=r"^A\d{5}$")
    article_version: int | None = None
    article_effective: date | None = None
    source: str
    note: str | None = None
    denial_codes: dict[str, list[str]] = {}
    # Where this jurisdiction's denial codes were read (source ids of the payer profile).
    denial_source: str | None = None


class Coverage(_Strict):
    """Medical-necessity numbers the payer checks on one note."""

    conservative_care_weeks: int | None = Field(ge=1, le=52)
    conservative_care_exempt: list[str] = []
    conservative_care_source: str
    # False: a short course is reported as a warning issue but does not change the verdict.
    conservative_care_blocks: bool = True
    pain_scale_required: bool
    pain_scale_source: str
    note: str | None = None


class Window(_Strict):
    """At most ``max_sessions`` sessions per region within ``days`` days."""

    max_sessions: int = Field(ge=1)
    days: int = Field(ge=1, le=3650)


class Frequency(_Strict):
    """How often the payer pays for a session in one region."""

    windows: list[Window] = []
    min_days_between: int | None = Field(None, ge=1)
    source: str


class Repeat(_Strict):
    """What a repeat injection needs from the previous one (``None``: no number set)."""

    min_relief_percent: int | None = Field(ge=1, le=100)
    min_relief_days: int | None = Field(None, ge=1)
    lookback_days: int = Field(ge=1)
    source: str


class PriorAuthProgram(_Strict):
    """A prior-authorization requirement: states, codes and dates of service."""

    program: str
    states: list[str]
    codes: list[str]
    start: date
    end: date | None = None
    source: str
    note: str | None = None


class BundlePair(_Strict):
    """An NCCI-style pair: ``column2`` is not paid with ``column1`` unless a modifier allows."""

    column1: str = Field(pattern=_CODE)
    column2: str = Field(pattern=_CODE)
    modifier_indicator: Literal[0, 1, 9] | None = None
    source: str


class PayerProfile(_Profile):
    """A payer's numbers and citations: coverage, frequency, repeats, denial codes."""

    kind: Literal["payer"]
    name: str
    jurisdictions: dict[str, Jurisdiction] = {}
    jurisdiction_note: str | None = None
    coverage: Coverage
    frequency: Frequency
    repeat: Repeat
    session_levels: dict[str, int] = {}
    citations: dict[str, str] = {}
    denial_codes: dict[str, list[str]] = {}
    # Where each issue's denial codes were read: source ids of this profile, ';'-separated.
    denial_sources: dict[str, str] = {}
    prior_auth: list[PriorAuthProgram] = []
    bundling: list[BundlePair] = []

    @field_validator("denial_codes")
    @classmethod
    def _denial_shape(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for codes in value.values():
            for code in codes:
                if not code or len(code) > 8 or not code.replace("-", "").isalnum():
                    msg = f"{code!r} is not a CARC/RARC code (e.g. CO-50, N115)"
                    raise ValueError(msg)
        return value

    def jurisdiction_of_state(self, state: str | None) -> str | None:
        """Return the one jurisdiction whose states include ``state``, else None."""
        if state is None:
            return None
        found = [name for name, j in self.jurisdictions.items() if state in j.states]
        return found[0] if len(found) == 1 else None


def plain(model: BaseModel) -> dict[str, Any]:
    """Return a model as JSON-ready data."""
    return model.model_dump(mode="json")
