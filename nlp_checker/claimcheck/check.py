"""Check the claim's lines against the payer's edits and against the note.

Each check emits typed issues (data/issues.json) on the line the payer would deny, with the
payer profile's expected denial codes. What the payer's claim edits see (codes, units,
modifiers, diagnoses, state, dates) is checked as a scrubber would; where the note is the
evidence (region, side, indication, sedation reason, a distinct procedure for a bypass
modifier), the claim is checked against what the note documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from nlp_checker.claimcheck.icd10 import CodeSet, IcdEntry
from nlp_checker.claimcheck.ncci import NcciTables, PtpEdit
from nlp_checker.claimcheck.tables import ClaimRules, DiagnosisGroup
from nlp_checker.claims.model import Claim, ClaimLine
from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.issues import Issue, make_issue
from nlp_checker.profiles.load import Profiles, Resolved
from nlp_checker.profiles.model import ProcedureProfile

_REGION_WORDS = {"lumbar_sacral": "lumbar/sacral", "cervical_thoracic": "cervical/thoracic"}
_OPPOSITE = {("left", "right"), ("right", "left")}


@dataclass(frozen=True)
class _Dx:
    """A diagnosis on the claim as the code set and our groups see it."""

    code: str
    entry: IcdEntry | None
    billable: bool
    group: DiagnosisGroup | None


class _Out:
    """Collects issues with the payer and jurisdiction of the claim."""

    def __init__(self, profiles: Profiles, resolved: Resolved) -> None:
        self.profiles = profiles
        self.resolved = resolved
        self.issues: list[Issue] = []

    def add(
        self, code: str, fields: Mapping[str, Any], line: int, source: str | None,
        message: str | None = None, element: str | None = None,
    ) -> None:  # fmt: skip
        self.issues.append(
            make_issue(
                self.profiles.issues[code], fields, message=message, source=source,
                payer=self.resolved.payer, jurisdiction=self.resolved.jurisdiction,
                element=element, line=line,
            )
        )  # fmt: skip


def _present(findings: Mapping[str, Finding], name: str) -> Finding | None:
    finding = findings.get(name)
    return finding if finding is not None and finding.status == "present" else None


def _region_of(entry: IcdEntry | None, rules: ClaimRules) -> str | None:
    if entry is None:
        return None
    text = entry.description.lower()
    for item in rules.diagnoses.region_words:
        if item.word in text:
            return item.region
    return None


def _side_of(entry: IcdEntry | None, rules: ClaimRules) -> str | None:
    if entry is None:
        return None
    words = set(re.findall(r"[a-z]+", entry.description.lower()))
    sides = {side for word, side in rules.diagnoses.side_words.items() if word in words}
    return sides.pop() if len(sides) == 1 else None


def _diagnoses(
    codes: tuple[str, ...], dos: date | None, codeset: CodeSet, rules: ClaimRules
) -> list[_Dx]:
    out = []
    for code in codes:
        entry = codeset.get(code)
        retired = rules.diagnoses.retired_code(code)
        billable = entry is not None and entry.billable
        if retired is not None and entry is not None and dos is not None and dos < retired.since:
            billable = True
        out.append(_Dx(code, entry, billable, rules.diagnoses.group_of(code)))
    return out


def _validity(dx: _Dx, index: int, dos: date | None, codeset: CodeSet, rules: ClaimRules,
              out: _Out) -> None:  # fmt: skip
    if dx.entry is None:
        out.add("diagnosis.invalid", {"icd10": dx.code}, index, "MCR-ICD")
        return
    if dx.billable:
        return
    retired = rules.diagnoses.retired_code(dx.code)
    if retired is not None:
        why = f"it is a header code since {retired.since.isoformat()}"
        use = ", ".join(retired.replaced_by)
    else:
        why = "it is a header code and needs more characters"
        use = ", ".join(codeset.children(dx.code)) or "a code under it"
    out.add("diagnosis.not_billable", {"icd10": dx.code, "why": why, "use": use}, index, "MCR-ICD")


def _check_diagnoses(line: ClaimLine, index: int, ctx: _Context, out: _Out) -> list[_Dx]:
    """Check validity, indication, region and side of the diagnoses a procedure line points to."""
    claim, rules = ctx.claim, ctx.rules
    codes = line.icd10 or claim.icd10
    if not codes:
        # No diagnosis given (the CLI shorthand --code without --icd10): nothing to check.
        return []
    codeset = ctx.codeset()
    dxs = _diagnoses(codes, claim.date_of_service, codeset, rules)
    for dx in dxs:
        _validity(dx, index, claim.date_of_service, codeset, rules, out)
    valid = [dx for dx in dxs if dx.billable]
    covered = [dx for dx in valid if dx.group is not None and dx.group.covered]
    if valid and not covered:
        found = "; ".join(
            f"{dx.code}: {dx.group.title if dx.group else 'not in an indication group'}"
            for dx in valid
        )
        out.add(
            "diagnosis.not_indication", {"code": line.code, "found": found}, index,
            next((dx.group.source for dx in valid if dx.group), "MCR-IND-1"),
        )  # fmt: skip
    for dx in covered:
        _region(dx, line, index, ctx, out)
        _side(dx, line, index, ctx, out)
    _note_indication(covered, index, ctx, out)
    return dxs


def _region(dx: _Dx, line: ClaimLine, index: int, ctx: _Context, out: _Out) -> None:
    region = _region_of(dx.entry, ctx.rules)
    if region is None:
        return
    spec = ctx.procedure.codes.get(line.code)
    against = []
    if spec is not None and spec.region != region:
        against.append(f"the billed {line.code} is {_REGION_WORDS[spec.region]}")
    documented = _present(ctx.findings, "region")
    note_region = ctx.procedure.regions.get(str(documented.value)) if documented else None
    if note_region is not None and note_region != region:
        levels = _present(ctx.findings, "spinal_level")
        where = f" ({', '.join(levels.value)})" if levels and levels.value else ""
        against.append(f"the note's injection{where} is {_REGION_WORDS[note_region]}")
    if against:
        fields = {
            "icd10": dx.code, "dx_region": _REGION_WORDS[region], "against": " and ".join(against),
        }  # fmt: skip
        out.add("diagnosis.region_mismatch", fields, index, "MCR-DOC-5")


def _side(dx: _Dx, line: ClaimLine, index: int, ctx: _Context, out: _Out) -> None:
    side = _side_of(dx.entry, ctx.rules)
    if side is None:
        return
    documented = _present(ctx.findings, "laterality")
    if documented is not None and (side, str(documented.value)) in _OPPOSITE:
        fields = {"icd10": dx.code, "dx_side": side, "side": documented.value}
        out.add("diagnosis.side_mismatch", fields, index, "MCR-DOC-5", element="laterality")
        return
    billed = {ctx.profiles.modifiers[m].side for m in line.modifiers if m in ctx.profiles.modifiers}
    for other in billed:
        if other is not None and (side, other) in _OPPOSITE:
            fields = {"icd10": dx.code, "dx_side": side, "side": other}
            message = "{icd10} is the {dx_side} side, but the line's modifier is the {side} side"
            out.add("diagnosis.side_mismatch", fields, index, "MCR-DOC-5", message=message)
            return


def _note_indication(covered: list[_Dx], index: int, ctx: _Context, out: _Out) -> None:
    """Check that the note documents the indication of a covered diagnosis billed."""
    billed = [dx for dx in covered if dx.group is not None and not dx.group.exempt]
    if not billed:
        return
    indication = _present(ctx.findings, "indication")
    if indication is not None:
        text = " ".join(e.text for e in indication.evidence).lower() or str(indication.value)
        text = text.lower()
        for dx in billed:
            assert dx.group is not None
            if any(word in text for word in dx.group.note_words):
                return
        quoted = " ".join(str(indication.value or text).split())[:60]
        documents = f"documents '{quoted}' as the indication"
    elif ctx.facts.axial_only:
        documents = "documents only axial or non-specific pain"
    else:
        documents = "documents no covered indication"
    first = billed[0]
    assert first.group is not None
    fields = {"icd10": first.code, "group": first.group.title, "documents": documents}
    out.add("diagnosis.note_unsupported", fields, index, first.group.source, element="indication")


@dataclass
class _Context:
    claim: Claim
    resolved: Resolved
    profiles: Profiles
    rules: ClaimRules
    tables: NcciTables
    codeset: Callable[[], CodeSet]
    findings: Mapping[str, Finding]
    facts: ProcedureFacts

    @property
    def procedure(self) -> ProcedureProfile:
        return self.resolved.procedure


def _bypassed(edit: PtpEdit, one: ClaimLine, two: ClaimLine, ctx: _Context) -> tuple[bool, str]:
    """Return whether a modifier bypasses the edit, and a note when it cannot be accepted."""
    if edit.modifier_indicator != 1:
        return False, ""
    ncci = ctx.rules.ncci
    kind = ncci.class_of(two.code)
    allowed = set(kind.bypass_modifiers if kind and kind.bypass_modifiers is not None
                  else ncci.bypass_modifiers)  # fmt: skip
    # A class-specific bypass (25 on the E/M) goes on the column-2 line; others on either line.
    carried = set(two.modifiers) if kind and kind.bypass_modifiers is not None else (
        set(one.modifiers) | set(two.modifiers)
    )  # fmt: skip
    used = sorted(carried & allowed)
    if not used:
        return False, ""
    distinct = [m for m in used if m in ncci.distinct_modifiers]
    if distinct and len(distinct) == len(used) and not ctx.facts.other_procedures:
        why = (
            f"modifier {distinct[0]} would bypass it, but the note documents no distinct procedure"
        )
        return False, why
    return True, ""


def _bundling(ctx: _Context, out: _Out) -> None:
    lines = ctx.claim.lines
    dos = ctx.claim.date_of_service
    same = ctx.rules.ncci.same_session
    first = ctx.resolved.line
    session_codes = [i for i, ln in enumerate(lines) if ln.code in same.codes]
    anchor = first if first in session_codes else (session_codes[0] if session_codes else None)
    if anchor is not None:
        for index in session_codes:
            if lines[index].code != lines[anchor].code:
                fields = {"column1": lines[anchor].code, "column2": lines[index].code}
                out.add(same.issue, fields, index, same.source)
    flagged = {(anchor, i) for i in session_codes}
    for j, two in enumerate(lines):
        for i, one in enumerate(lines):
            if i == j or one.code == two.code or (i, j) in flagged or (j, i) in flagged:
                continue
            if one.code in same.codes and two.code in same.codes:
                continue
            edit = ctx.tables.pair(one.code, two.code, dos)
            if edit is None or edit.modifier_indicator == 9:
                continue
            bypassed, why = _bypassed(edit, one, two, ctx)
            if bypassed:
                continue
            kind = ctx.rules.ncci.class_of(two.code)
            indicator = (
                "not read" if edit.modifier_indicator is None else str(edit.modifier_indicator)
            )
            fields = {
                "column1": one.code, "column2": two.code,
                "kind": kind.title if kind else "PTP pair", "indicator": indicator,
            }  # fmt: skip
            spec = ctx.profiles.issues[kind.issue if kind else "bundle.ptp"]
            message = f"{spec.message}; {why}" if why else None
            out.add(spec.code, fields, j, edit.source, message=message)
            flagged.add((i, j))
            break


def _units(ctx: _Context, out: _Out) -> None:
    by_code: dict[str, list[int]] = {}
    for index, line in enumerate(ctx.claim.lines):
        by_code.setdefault(line.code, []).append(index)
    for code, indexes in by_code.items():
        limit = ctx.tables.mue(code)
        if limit is None:
            continue
        lines = ctx.claim.lines
        if limit.mai == 1:
            for index in indexes:
                if lines[index].units > limit.units:
                    fields = {"code": code, "units": lines[index].units, "mue": limit.units,
                              "per": "on one line"}  # fmt: skip
                    out.add("units.over_mue", fields, index, limit.source)
            continue
        total = 0
        for index in indexes:
            total += lines[index].units
            if total > limit.units:
                fields = {"code": code, "units": total, "mue": limit.units,
                          "per": "on one date of service"}  # fmt: skip
                out.add("units.over_mue", fields, index, limit.source)


def _prior_auth(ctx: _Context, dxs: list[_Dx], out: _Out) -> None:
    claim = ctx.claim
    payer = ctx.resolved.payer
    if claim.prior_auth or claim.state is None or claim.date_of_service is None:
        return
    if dxs and all(dx.group is not None and dx.group.exempt for dx in dxs):
        return  # outside the ESI indications the program reviews (e.g. postoperative pain)
    dos = claim.date_of_service
    for program in payer.prior_auth:
        if claim.state not in program.states or dos < program.start:
            continue
        if program.end is not None and dos > program.end:
            continue
        for index, line in enumerate(claim.lines):
            if line.code in program.codes:
                fields = {
                    "program": program.program, "code": line.code, "payer_name": payer.name,
                    "state": claim.state, "dos": dos.isoformat(),
                }  # fmt: skip
                out.add("authorization.missing", fields, index, program.source)


def _sedation(ctx: _Context, out: _Out) -> None:
    rules = ctx.rules.sedation
    lines = ctx.claim.lines
    procedures = [ln.code for ln in lines if ln.code in rules.with_]
    if not procedures or ctx.facts.sedation_reason:
        return
    if ctx.facts.sedation:
        documents = (
            f"documents sedation ({', '.join(ctx.facts.sedation)}) but no patient-specific reason"
        )
    else:
        documents = "documents no sedation and no reason for it"
    for index, line in enumerate(lines):
        if line.code in rules.codes:
            kind = "anesthesia" if line.code.startswith("0") else "moderate sedation"
            fields = {
                "code": line.code, "kind": kind, "procedure": procedures[0], "documents": documents,
            }  # fmt: skip
            out.add("sedation.no_reason", fields, index, rules.source)


def _date_of_service(ctx: _Context, out: _Out) -> None:
    """Compare the claim's date of service with the note's (nothing when either has none)."""
    billed = ctx.claim.date_of_service
    documented = _present(ctx.findings, "date_of_service")
    if billed is None or documented is None or not documented.value:
        return
    try:
        note_dos = date.fromisoformat(str(documented.value))
    except ValueError:
        return
    if note_dos != billed:
        fields = {"claim_dos": billed.isoformat(), "note_dos": note_dos.isoformat()}
        out.add("claim.date_mismatch", fields, ctx.resolved.line, "MCR-DOC-1",
                element="date_of_service")  # fmt: skip


def _place_of_service(ctx: _Context, out: _Out) -> None:
    """Compare the place of service with the one setting the note names, if it names one."""
    places = ctx.rules.places
    place = places.of(ctx.claim.place_of_service)
    settings = [s for s in ctx.facts.settings if s in places.settings]
    if place is None or len(settings) != 1 or settings[0] == place.setting:
        return
    fields = {
        "pos": place.code, "pos_setting": places.settings[place.setting],
        "documented": places.settings[settings[0]],
    }  # fmt: skip
    out.add("place.setting_mismatch", fields, ctx.resolved.line, places.source)


def check_claim(
    resolved: Resolved,
    profiles: Profiles,
    rules: ClaimRules,
    tables: NcciTables,
    codeset: Callable[[], CodeSet],
    findings: Mapping[str, Finding],
    facts: ProcedureFacts,
) -> list[Issue]:
    """Return the claim-level issues of ``resolved.claim`` for this note.

    ``codeset`` is called only when the claim has a procedure line of a family the diagnosis
    rules cover (loading ICD-10-CM takes a moment the first time).
    """
    ctx = _Context(
        claim=resolved.claim, resolved=resolved, profiles=profiles, rules=rules, tables=tables,
        codeset=codeset, findings=findings, facts=facts,
    )  # fmt: skip
    out = _Out(profiles, resolved)
    families = set(rules.diagnoses.families)
    dxs: list[_Dx] = []
    for index, line in enumerate(resolved.claim.lines):
        profile = profiles.by_code.get(line.code)
        if profile is None or profile.family not in families:
            continue
        if profile.codes[line.code].add_on_to is not None:
            continue  # the add-on shares its primary line's diagnoses
        dxs += _check_diagnoses(line, index, ctx, out)
    _bundling(ctx, out)
    _units(ctx, out)
    _prior_auth(ctx, dxs, out)
    _sedation(ctx, out)
    _date_of_service(ctx, out)
    _place_of_service(ctx, out)
    return out.issues
