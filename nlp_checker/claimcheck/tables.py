"""The claim-check data under data/claims/: diagnoses, NCCI pairs, sedation, places, denials.

One loader validates the five files and cross-checks them against the profiles (every issue code
declared, every family known). Errors name the file and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from importlib.abc import Traversable
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nlp_checker.errors import RulesError
from nlp_checker.profiles.load import Profiles
from nlp_checker.profiles.model import Region, Source
from nlp_checker.remits.categories import CategoryMap, read_categories
from nlp_checker.resources import data_dir

_CODE = r"^[A-Z0-9]{5}$"
_ISSUE = r"^[a-z]+\.[a-z_]+$"
_Model = TypeVar("_Model", bound=BaseModel)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _File(_Strict):
    name: str
    version: str = Field(pattern=r"^\d{4}\.\d{1,2}\.\d+$")
    description: str


# --- diagnoses -------------------------------------------------------------------------------


class Retired(_Strict):
    """A code that stopped being valid (it became a header with children) on ``since``."""

    code: str
    since: date
    replaced_by: list[str] = Field(min_length=1)
    source: str


class DiagnosisGroup(_Strict):
    """Diagnoses matched by code prefix, and whether they support the procedure."""

    id: str = Field(pattern=r"^[a-z_]+$")
    title: str
    covered: bool
    exempt: bool = False
    codes: list[str] = Field(min_length=1)
    note_words: list[str] = []
    source: str
    note: str | None = None

    def matches(self, code: str) -> bool:
        """Return True when ``code`` (with its dot) starts with one of the group's prefixes."""
        return any(code.startswith(prefix) for prefix in self.codes)


class RegionWord(_Strict):
    """A word of an ICD-10-CM description and the region group it names (None: spans both)."""

    word: str
    region: Region | None


class Diagnoses(_File):
    """data/claims/diagnoses.json."""

    families: list[str] = Field(min_length=1)
    sources: list[Source] = Field(min_length=1)
    retired: list[Retired] = []
    groups: list[DiagnosisGroup] = Field(min_length=1)
    region_words: list[RegionWord]
    side_words: dict[str, Literal["left", "right", "bilateral"]]

    def group_of(self, code: str) -> DiagnosisGroup | None:
        """Return the first group whose prefixes match ``code``."""
        return next((g for g in self.groups if g.matches(code)), None)

    def retired_code(self, code: str) -> Retired | None:
        """Return the retirement record of ``code``, if it was retired."""
        return next((r for r in self.retired if r.code == code), None)


# --- NCCI-style pairs and unit limits --------------------------------------------------------


class CodeClass(_Strict):
    """A kind of column-2 code (guidance, epidurography, E/M) and the issue its pair raises."""

    id: str
    title: str
    codes: list[str] = Field(min_length=1)
    issue: str = Field(pattern=_ISSUE)
    bypass_modifiers: list[str] | None = None


class CuratedPair(_Strict):
    """Column-2 codes not paid with column-1 codes (every combination of the two lists)."""

    column1: list[str] = Field(min_length=1)
    column2: list[str] = Field(min_length=1)
    modifier_indicator: Literal[0, 1, 9] | None
    source: str
    note: str | None = None

    @field_validator("column1", "column2")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        bad = [c for c in codes if not (len(c) == 5 and c.isalnum())]
        if bad:
            msg = f"not five-character codes: {', '.join(bad)}"
            raise ValueError(msg)
        return codes


class SameSession(_Strict):
    """Codes of which any two on one date of service are two epidural procedures."""

    issue: str = Field(pattern=_ISSUE)
    codes: list[str] = Field(min_length=2)
    source: str
    note: str | None = None


class CuratedMue(_Strict):
    """A medically unlikely edit: at most ``units`` of ``code`` per date of service."""

    code: str = Field(pattern=_CODE)
    units: int = Field(ge=0)
    mai: Literal[1, 2, 3] | None
    source: str


class Ncci(_File):
    """data/claims/ncci.json: the curated default when no CMS file has been imported."""

    sources: list[Source] = Field(min_length=1)
    classes: list[CodeClass]
    bypass_modifiers: list[str]
    distinct_modifiers: list[str]
    ptp: list[CuratedPair]
    same_session: SameSession
    mue: list[CuratedMue]

    def class_of(self, code: str) -> CodeClass | None:
        """Return the class of a column-2 code."""
        return next((c for c in self.classes if code in c.codes), None)


# --- sedation and denial categories ----------------------------------------------------------


class Sedation(_File):
    """data/claims/sedation.json."""

    sources: list[Source] = Field(min_length=1)
    codes: list[str] = Field(min_length=1)
    with_: list[str] = Field(alias="with", min_length=1)
    source: str


class PlaceCode(_Strict):
    """A place-of-service code, the setting it names and whether the facility rate applies."""

    code: str = Field(pattern=r"^[0-9]{2}$")
    setting: str = Field(pattern=r"^[a-z_]+$")
    facility: bool
    source: str


class Places(_File):
    """data/claims/place_of_service.json."""

    sources: list[Source] = Field(min_length=1)
    codes: list[PlaceCode] = Field(min_length=1)
    settings: dict[str, str] = Field(min_length=1)
    source: str

    def of(self, code: str | None) -> PlaceCode | None:
        """Return the entry of a place-of-service code, if it is listed."""
        return next((p for p in self.codes if p.code == code), None)


class DenialLabel(_Strict):
    """A CARC (with its group) or RARC and our own label (no X12 text), as in denials.json."""

    code: str = Field(pattern=r"^(?:(?:CO|PR|OA|PI)-[A-Z0-9]{1,3}|[A-Z]{1,2}\d{1,3})$")
    label: str = Field(min_length=5, max_length=90)


class Denials(_File):
    """data/claims/denials.json: labels only; categories come from carc_categories.json."""

    codes: list[DenialLabel]


@dataclass(frozen=True)
class DenialCode:
    """A denial code with our label and the category data/remit/carc_categories.json gives it."""

    code: str
    category: str
    label: str


def _categorized(denials: Denials, categories: CategoryMap) -> dict[str, DenialCode]:
    out = {}
    for entry in denials.codes:
        category = categories.category_of(entry.code)
        if category is None:
            msg = (
                f"data/remit/carc_categories.json has no category for {entry.code} "
                "(data/claims/denials.json labels it); add the code to its 'carc' or 'rarc' map"
            )
            raise RulesError(msg)
        out[entry.code] = DenialCode(entry.code, category, entry.label)
    return out


@dataclass(frozen=True)
class ClaimRules:
    """The five claim-check files, validated."""

    diagnoses: Diagnoses
    ncci: Ncci
    sedation: Sedation
    places: Places
    denials: dict[str, DenialCode]
    version: str


def _read(folder: Traversable, name: str, model: type[_Model]) -> _Model:
    label = f"data/claims/{name}"
    try:
        data = json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        msg = f"{label}: cannot read it ({exc})"
        raise RulesError(msg) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(file)"
        message = str(first["msg"]).removeprefix("Value error, ")
        msg = f"{label}: invalid entry at {where}: {message}; fix the file"
        raise RulesError(msg) from exc


def _cross_check(rules: ClaimRules, profiles: Profiles) -> None:
    issues = [c.issue for c in rules.ncci.classes] + [rules.ncci.same_session.issue]
    unknown = sorted(set(issues) - set(profiles.issues))
    if unknown:
        msg = f"data/claims/ncci.json names undeclared issue codes {', '.join(unknown)}"
        raise RulesError(msg)
    families = {p.family for p in profiles.procedures.values()}
    unknown = sorted(set(rules.diagnoses.families) - families)
    if unknown:
        msg = f"data/claims/diagnoses.json names unknown families {', '.join(unknown)}"
        raise RulesError(msg)
    named = {
        code for payer in profiles.payers.values() for codes in payer.denial_codes.values()
        for code in codes
    } | {
        code for payer in profiles.payers.values() for j in payer.jurisdictions.values()
        for codes in j.denial_codes.values() for code in codes
    }  # fmt: skip
    unlabelled = sorted(named - set(rules.denials))
    if unlabelled:
        msg = (
            f"data/claims/denials.json has no label for {', '.join(unlabelled)}, which a "
            "payer profile names; add our own label (never the X12 description)"
        )
        raise RulesError(msg)
    cited = {s.id for s in rules.diagnoses.sources}
    for group in rules.diagnoses.groups:
        if group.source not in cited:
            msg = f"data/claims/diagnoses.json: group {group.id} cites {group.source}, not listed"
            raise RulesError(msg)
    for retired in rules.diagnoses.retired:
        if retired.source not in cited:
            msg = (
                f"data/claims/diagnoses.json: retired {retired.code} cites {retired.source}, "
                "not listed"
            )
            raise RulesError(msg)
    cited = {s.id for s in rules.ncci.sources}
    texts = [p.source for p in rules.ncci.ptp] + [m.source for m in rules.ncci.mue]
    for text in [*texts, rules.ncci.same_session.source]:
        missing = sorted(part.strip() for part in text.split(";") if part.strip() not in cited)
        if missing:
            msg = f"data/claims/ncci.json cites {', '.join(missing)}, not in sources"
            raise RulesError(msg)
    if rules.sedation.source not in {s.id for s in rules.sedation.sources}:
        msg = f"data/claims/sedation.json cites {rules.sedation.source}, not in sources"
        raise RulesError(msg)
    places = rules.places
    cited = {s.id for s in places.sources}
    for text in [places.source, *(p.source for p in places.codes)]:
        missing = sorted(part.strip() for part in text.split(";") if part.strip() not in cited)
        if missing:
            msg = f"data/claims/place_of_service.json cites {', '.join(missing)}, not in sources"
            raise RulesError(msg)
    unknown = sorted({p.setting for p in places.codes} - set(places.settings))
    if unknown:
        msg = f"data/claims/place_of_service.json names undescribed settings {', '.join(unknown)}"
        raise RulesError(msg)


_CACHE: dict[str, ClaimRules] = {}


def load_claim_rules(
    profiles: Profiles, root: Traversable | Path | str | None = None
) -> ClaimRules:
    """Read and validate data/claims/ (default: the bundled one); cached per folder.

    Raises
    ------
    RulesError
        Naming the file and field of the first problem.
    """
    base: Traversable = (
        data_dir("data") if root is None else root if isinstance(root, Traversable) else Path(root)
    )
    folder = base.joinpath("claims")
    key = f"{folder}|{profiles.root}"
    if key in _CACHE:
        return _CACHE[key]
    diagnoses = _read(folder, "diagnoses.json", Diagnoses)
    ncci = _read(folder, "ncci.json", Ncci)
    sedation = _read(folder, "sedation.json", Sedation)
    places = _read(folder, "place_of_service.json", Places)
    denials = _read(folder, "denials.json", Denials)
    categories = read_categories(base.joinpath("remit").joinpath("carc_categories.json"))
    rules = ClaimRules(
        diagnoses=diagnoses,
        ncci=ncci,
        sedation=sedation,
        places=places,
        denials=_categorized(denials, categories),
        version=max(
            diagnoses.version,
            ncci.version,
            sedation.version,
            places.version,
            denials.version,
            categories.version,
        ),
    )
    _cross_check(rules, profiles)
    _CACHE[key] = rules
    return rules
