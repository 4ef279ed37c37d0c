"""The one loader for data/: procedure and payer profiles, issue codes and modifiers.

Every file is validated on load and cross-checked against the others (codes unique across
procedure profiles, every issue code and modifier a profile names is declared). Errors name the
file and the field. :meth:`Profiles.resolve` turns a :class:`~nlp_checker.claims.model.Claim`
into the procedure and payer it is checked against.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from nlp_checker.claims.model import Claim
from nlp_checker.errors import RulesError, UsageError
from nlp_checker.profiles.model import (
    IssueCatalogue,
    IssueSpec,
    ModifierCatalogue,
    ModifierSpec,
    PayerProfile,
    ProcedureProfile,
)
from nlp_checker.resources import data_dir

DEFAULT_PAYER = "medicare"
_Model = TypeVar("_Model", bound=BaseModel)


def _read(path: Traversable, model: type[_Model], label: str) -> _Model:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        msg = f"{label}: cannot read the profile ({exc})"
        raise RulesError(msg) from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(file)"
        message = str(first["msg"]).removeprefix("Value error, ")
        msg = f"{label}: invalid entry at {where}: {message}; fix the profile"
        raise RulesError(msg) from exc


def _files(folder: Traversable) -> list[Traversable]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name)


@dataclass(frozen=True)
class Resolved:
    """What a claim is checked against: its procedure line, family, payer and jurisdiction."""

    claim: Claim
    procedure: ProcedureProfile
    line: int
    payer: PayerProfile
    jurisdiction: str | None
    jurisdiction_basis: str | None
    family_codes: frozenset[str]
    required: frozenset[str]

    @property
    def billed(self) -> str:
        """The code of the procedure line."""
        return self.claim.lines[self.line].code

    @property
    def modifiers(self) -> tuple[str, ...]:
        """The modifiers of the procedure line."""
        return self.claim.lines[self.line].modifiers


@dataclass
class Profiles:
    """Everything under data/, validated, with lookups by code and id."""

    root: str
    procedures: dict[str, ProcedureProfile]
    payers: dict[str, PayerProfile]
    issues: dict[str, IssueSpec]
    issues_version: str
    modifiers: dict[str, ModifierSpec]
    by_code: dict[str, ProcedureProfile] = field(default_factory=dict)
    _resolved: dict[Claim, Resolved] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for profile in self.procedures.values():
            for code in profile.codes:
                if code in self.by_code:
                    other = self.by_code[code].id
                    msg = f"code {code} is in two procedure profiles ({other}, {profile.id})"
                    raise RulesError(msg)
                self.by_code[code] = profile
        self._cross_check()

    # --- validation across files -------------------------------------------------------------

    def _cross_check(self) -> None:
        defaults = [p.id for p in self.procedures.values() if p.default_for_epidural]
        if len(defaults) != 1:
            found = ", ".join(defaults) or "none"
            msg = f"exactly one procedure profile has default_for_epidural (found {found})"
            raise RulesError(msg)
        approaches: dict[str, str] = {}
        for profile in self.procedures.values():
            label = f"data/procedures/{profile.id}.json"
            for approach in profile.approaches:
                if approach in approaches:
                    msg = f"{label}: approach {approach!r} is also in {approaches[approach]}"
                    raise RulesError(msg)
                approaches[approach] = profile.id
            named = [t.code for rule in profile.derive for t in rule.issues]
            named += [rule.issue for rule in profile.modifiers]
            self._known_issues(label, named)
            for rule in profile.modifiers:
                self._known_modifiers(label, rule.modifiers)
        if DEFAULT_PAYER not in self.payers:
            msg = f"{self.root}: payers/{DEFAULT_PAYER}.json is missing (the default payer)"
            raise RulesError(msg)
        for payer in self.payers.values():
            label = f"data/payers/{payer.id}.json"
            named = [*payer.citations, *payer.denial_codes, *payer.denial_sources]
            named += [code for j in payer.jurisdictions.values() for code in j.denial_codes]
            self._known_issues(label, named)
            unknown = sorted(
                set(payer.session_levels) - {p.family for p in self.procedures.values()}
            )
            if unknown:
                msg = f"{label}: session_levels names unknown families {', '.join(unknown)}"
                raise RulesError(msg)
            cited = {s.id for s in payer.sources}
            self._cited_denials(label, payer, cited)
            for name, jurisdiction in payer.jurisdictions.items():
                missing = sorted(
                    part.strip() for part in jurisdiction.source.split(";")
                    if part.strip() and part.strip() not in cited
                )  # fmt: skip
                if missing:
                    msg = (
                        f"{label}: jurisdictions.{name} cites {', '.join(missing)}, not in sources"
                    )
                    raise RulesError(msg)

    @staticmethod
    def _cited_denials(label: str, payer: PayerProfile, cited: set[str]) -> None:
        """Every issue with denial codes says where they were read, in a source of the profile."""
        unsourced = sorted(set(payer.denial_codes) - set(payer.denial_sources))
        if unsourced:
            msg = f"{label}: denial_codes without denial_sources: {', '.join(unsourced)}"
            raise RulesError(msg)
        texts = [(f"denial_sources.{k}", v) for k, v in payer.denial_sources.items()]
        texts += [
            (f"jurisdictions.{name}.denial_source", j.denial_source)
            for name, j in payer.jurisdictions.items()
            if j.denial_source
        ]
        for where, text in texts:
            ids = {part.strip().split(" ", 1)[0] for part in text.split(";") if part.strip()}
            missing = sorted(ids - cited)
            if missing:
                msg = f"{label}: {where} cites {', '.join(missing)}, not in sources"
                raise RulesError(msg)

    def _known_issues(self, label: str, codes: Iterable[str]) -> None:
        unknown = sorted(set(codes) - set(self.issues))
        if unknown:
            msg = (
                f"{label}: unknown issue code(s) {', '.join(unknown)}; declare them in issues.json"
            )
            raise RulesError(msg)

    def _known_modifiers(self, label: str, modifiers: Iterable[str]) -> None:
        unknown = sorted(set(modifiers) - set(self.modifiers))
        if unknown:
            msg = f"{label}: unknown modifier(s) {', '.join(unknown)}; add them to modifiers.json"
            raise RulesError(msg)

    # --- lookups -----------------------------------------------------------------------------

    @property
    def default_procedure(self) -> ProcedureProfile:
        """The family checked when an epidural is documented without a known approach."""
        return next(p for p in self.procedures.values() if p.default_for_epidural)

    def family_of_approach(self, approach: str | None) -> ProcedureProfile | None:
        """Return the profile whose approaches include ``approach`` (None if no profile does)."""
        for profile in self.procedures.values():
            if approach in profile.approaches:
                return profile
        return None

    def payer(self, payer_id: str | None) -> PayerProfile:
        """Return a payer profile by id (``medicare:JF`` -> ``medicare``); default if unknown."""
        name = (payer_id or DEFAULT_PAYER).split(":", 1)[0]
        return self.payers.get(name) or self.payers[DEFAULT_PAYER]

    def known_codes(self) -> list[str]:
        """Return every code with a procedure profile, sorted."""
        return sorted(self.by_code)

    def resolve(self, claim: Claim) -> Resolved:
        """Return the procedure line, family, payer and jurisdiction of ``claim`` (cached).

        Raises
        ------
        UsageError
            When no line's code has a procedure profile, a modifier is unknown, or the payer
            or jurisdiction does not exist.
        """
        cached = self._resolved.get(claim)
        if cached is not None:
            return cached
        line = next((i for i, ln in enumerate(claim.lines) if ln.code in self.by_code), None)
        if line is None:
            codes = ", ".join(ln.code for ln in claim.lines)
            msg = (
                f"no claim line has a code the checker has a procedure profile for ({codes}); "
                f"use one of {', '.join(self.known_codes())}"
            )
            raise UsageError(msg)
        for item in claim.lines:
            unknown = [m for m in item.modifiers if m not in self.modifiers]
            if unknown:
                msg = (
                    f"unknown modifier(s) {', '.join(unknown)}; known: "
                    f"{', '.join(sorted(self.modifiers))}"
                )
                raise UsageError(msg)
        procedure = self.by_code[claim.lines[line].code]
        payer, jurisdiction, basis = self._payer_of(claim)
        family_codes = frozenset(ln.code for ln in claim.lines if ln.code in procedure.codes)
        resolved = Resolved(
            claim=claim, procedure=procedure, line=line, payer=payer, jurisdiction=jurisdiction,
            jurisdiction_basis=basis, family_codes=family_codes,
            required=procedure.required_for(set(family_codes), payer),
        )  # fmt: skip
        if len(self._resolved) < 1024:
            self._resolved[claim] = resolved
        return resolved

    def _payer_of(self, claim: Claim) -> tuple[PayerProfile, str | None, str | None]:
        name, _, jurisdiction = (claim.payer or DEFAULT_PAYER).partition(":")
        payer = self.payers.get(name)
        if payer is None:
            msg = f"unknown payer {name!r}; use one of {', '.join(sorted(self.payers))}"
            raise UsageError(msg)
        if jurisdiction:
            if jurisdiction not in payer.jurisdictions:
                known = ", ".join(sorted(payer.jurisdictions)) or "none"
                msg = f"payer {name!r} has no jurisdiction {jurisdiction!r} (known: {known})"
                raise UsageError(msg)
            return payer, jurisdiction, "payer"
        from_state = payer.jurisdiction_of_state(claim.state)
        return payer, from_state, "state" if from_state else None

    def describe(self) -> dict[str, Any]:
        """Return the ids and versions of every profile (for the service and the docs)."""
        return {
            "procedures": {
                p.id: {"version": p.version, "title": p.title, "codes": sorted(p.codes)}
                for p in self.procedures.values()
            },
            "payers": {
                p.id: {
                    "version": p.version,
                    "name": p.name,
                    "jurisdictions": sorted(p.jurisdictions),
                }
                for p in self.payers.values()
            },
            "issues_version": self.issues_version,
        }


_CACHE: dict[str, Profiles] = {}


def load_profiles(root: Traversable | Path | str | None = None) -> Profiles:
    """Read and validate a data folder (default: the bundled data/); cached per folder.

    Raises
    ------
    RulesError
        Naming the file and field of the first problem.
    """
    folder: Traversable = (
        data_dir("data") if root is None else root if isinstance(root, Traversable) else Path(root)
    )
    key = str(folder)
    if key in _CACHE:
        return _CACHE[key]
    if not folder.is_dir():
        msg = f"profiles folder {key} not found"
        raise RulesError(msg)
    issues = _read(folder.joinpath("issues.json"), IssueCatalogue, "data/issues.json")
    modifiers = _read(folder.joinpath("modifiers.json"), ModifierCatalogue, "data/modifiers.json")
    procedures: dict[str, ProcedureProfile] = {}
    for path in _files(folder.joinpath("procedures")):
        label = f"data/procedures/{path.name}"
        profile = _read(path, ProcedureProfile, label)
        if f"{profile.id}.json" != path.name:
            msg = f"{label}: the file name must be the profile id ({profile.id}.json)"
            raise RulesError(msg)
        procedures[profile.id] = profile
    payers: dict[str, PayerProfile] = {}
    for path in _files(folder.joinpath("payers")):
        label = f"data/payers/{path.name}"
        payer = _read(path, PayerProfile, label)
        if f"{payer.id}.json" != path.name:
            msg = f"{label}: the file name must be the profile id ({payer.id}.json)"
            raise RulesError(msg)
        payers[payer.id] = payer
    if not procedures:
        msg = f"{key}: no procedure profile under procedures/"
        raise RulesError(msg)
    profiles = Profiles(
        root=key,
        procedures=procedures,
        payers=payers,
        issues={spec.code: spec for spec in issues.issues},
        issues_version=issues.version,
        modifiers={spec.code: spec for spec in modifiers.modifiers},
    )
    _CACHE[key] = profiles
    return profiles
