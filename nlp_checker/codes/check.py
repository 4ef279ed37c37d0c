"""Which CPT code the note supports, and whether the billed code and modifiers hold up.

Everything that differs by procedure or payer is data: the derivation rules, modifier rules and
level limits come from the procedure profile, the citations and limits from the payer profile.
The answer is a :class:`CodeCheck` (the legacy lists of reasons and warnings, kept in the result
contract) and the typed issues behind it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.issues import Issue, make_issue
from nlp_checker.profiles.load import Profiles, Resolved
from nlp_checker.profiles.model import DeriveRule, ModifierRule, ProcedureProfile

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


class CodeCheck(BaseModel):
    """The code check's answer."""

    model_config = ConfigDict(frozen=True)

    billed: str
    modifiers: list[str] = []
    suggested: str
    supported: bool
    reasons: list[str] = []
    warnings: list[str] = []
    # What the note describes instead of an epidural injection, when it supports "other"
    # (epidural_blood_patch, lumbar_puncture, discogram, epidurography, or a block's name).
    other_procedure: str | None = None


class _Emitter:
    """Builds issues for one check with the payer and jurisdiction that apply."""

    def __init__(self, profiles: Profiles, resolved: Resolved) -> None:
        self.profiles = profiles
        self.resolved = resolved
        self.issues: list[Issue] = []

    def add(
        self,
        code: str,
        fields: Mapping[str, Any],
        *,
        message: str | None = None,
        source: str | None = None,
        element: str | None = None,
        line: int | None = None,
        at: int | None = None,
    ) -> None:
        issue = make_issue(
            self.profiles.issues[code], fields, message=message, source=source,
            payer=self.resolved.payer, jurisdiction=self.resolved.jurisdiction,
            element=element, line=line,
        )  # fmt: skip
        if at is None:
            self.issues.append(issue)
        else:
            self.issues.insert(at, issue)

    def cite(self, code: str, default: str | None = None) -> str | None:
        """Return the payer's rule id for an issue, else ``default``."""
        return self.resolved.payer.citations.get(code, default)


def _value(findings: Mapping[str, Finding], name: str) -> Any:
    finding = findings.get(name)
    return finding.value if finding is not None and finding.status == "present" else None


def _matches(rule: DeriveRule, features: Mapping[str, Any]) -> bool:
    return all(features.get(key) == value for key, value in rule.when.items())


def _derive(
    findings: Mapping[str, Finding], facts: ProcedureFacts, out: _Emitter
) -> tuple[str, ProcedureProfile]:
    """Return the supported code and the family that derived it ("other": the default family)."""
    approach = findings["approach"]
    name = approach.value["approach"] if approach.status == "present" else None
    catheter = bool(approach.value and approach.value.get("catheter"))
    family = out.profiles.family_of_approach(name) or out.profiles.default_procedure
    if facts.lookalike:
        names = out.profiles.issues["code.lookalike"].names
        described = ", ".join(names.get(k, k) for k in facts.lookalike)
        out.add("code.lookalike", {"described": described, "lookalike": list(facts.lookalike)})
        return "other", family
    # A named block (facet, SI joint, trigger points) with no epidural approach is that block,
    # even where its contrast "spread" is called epidural.
    if name is None and (facts.other_procedures or not facts.epidural_mentioned):
        procedures = ", ".join(facts.other_procedures)
        spec = out.profiles.issues["code.no_epidural"]
        variant = "no epidural injection documented; the note describes {procedures}"
        out.add(spec.code, {"procedures": procedures}, message=variant if procedures else None)
        return "other", family
    region = _value(findings, "region")
    group = family.regions.get(region) if region else None
    if group is None:
        out.add("code.region_assumed", {"assumed": family.region_default.words})
        group = family.region_default.region
    features = {
        "region": group,
        "imaging": findings["imaging_guidance"].status == "present",
        "catheter": catheter,
    }
    rule = next(r for r in family.derive if _matches(r, features))
    for template in rule.issues:
        if template.fact is not None and not getattr(facts, template.fact):
            continue
        fields = {"code": rule.code, "region": region or group, "approach": name or "epidural"}
        out.add(template.code, fields, message=template.message)
    return rule.code, family


def _side(findings: Mapping[str, Finding]) -> str | None:
    value = _value(findings, "laterality")
    return str(value) if value else None


def _modifier_problem(
    rule: ModifierRule, modifier: str, findings: Mapping[str, Finding], facts: ProcedureFacts,
    profiles: Profiles,
) -> dict[str, Any] | None:  # fmt: skip
    """Return the fields of the issue ``rule`` raises for ``modifier``, or None if it holds."""
    if rule.when == "always":
        return {}
    if rule.when == "no_distinct_procedure":
        return None if facts.other_procedures else {}
    billed_side = profiles.modifiers[modifier].side
    documented = _side(findings)
    if billed_side is None or documented is None or billed_side == documented:
        return None
    return {"billed_side": billed_side, "documented": documented}


def _modifiers(findings: Mapping[str, Finding], facts: ProcedureFacts, out: _Emitter) -> None:
    resolved = out.resolved
    for modifier in resolved.modifiers:
        for rule in resolved.procedure.modifiers:
            if modifier not in rule.modifiers:
                continue
            extra = _modifier_problem(rule, modifier, findings, facts, out.profiles)
            if extra is not None:
                fields = {"modifier": modifier, "billed": resolved.billed, **extra}
                out.add(
                    rule.issue, fields, message=rule.message, source=rule.source,
                    line=resolved.line,
                )  # fmt: skip
                break


def _add_ons(findings: Mapping[str, Finding], out: _Emitter) -> None:
    """Each add-on unit needs one more documented level than the codes before it."""
    resolved = out.resolved
    procedure = resolved.procedure
    element = procedure.add_on_levels_element
    if element is None:
        return
    levels = list(_value(findings, element) or [])
    billed_levels = 1
    for index, line in enumerate(resolved.claim.lines):
        spec = procedure.codes.get(line.code)
        if spec is None or spec.add_on_to is None:
            continue
        billed_levels += line.units
        if len(levels) < billed_levels:
            fields = {
                "addon": line.code, "units": line.units, "needed": billed_levels,
                "count": len(levels), "levels": ", ".join(levels) or "none",
            }  # fmt: skip
            out.add("code.addon_unsupported", fields, element=element, line=index)


def _limit_words(count: int, family: str | None = None) -> str:
    word = _NUMBER_WORDS[count] if count < len(_NUMBER_WORDS) else str(count)
    noun = "level" if count == 1 else "levels"
    return f"{word} {family} {noun}" if family else f"{word} {noun}"


def _session(findings: Mapping[str, Finding], family: ProcedureProfile, out: _Emitter) -> None:
    session = family.session
    levels = findings.get(session.levels_element)
    limit = out.resolved.payer.session_levels.get(family.family, session.max_levels)
    if levels is None or levels.status != "present" or len(levels.value) <= limit:
        return
    fields = {
        "count": len(levels.value), "family": family.family, "levels": ", ".join(levels.value),
        "payer_name": out.resolved.payer.name, "limit": _limit_words(limit),
        "limit_family": _limit_words(limit, family.family),
    }  # fmt: skip
    source = out.cite("session.multi_level", session.source)
    out.add("session.multi_level", fields, source=source, element=session.levels_element)


def check_code(
    findings: Mapping[str, Finding],
    facts: ProcedureFacts,
    resolved: Resolved,
    profiles: Profiles,
) -> tuple[CodeCheck, list[Issue]]:
    """Compare the billed claim with what the note documents; return the check and its issues."""
    out = _Emitter(profiles, resolved)
    suggested, family = _derive(findings, facts, out)
    billed = resolved.billed
    if suggested != billed:
        out.add("code.unsupported", {"suggested": suggested, "billed": billed}, at=0)
    _modifiers(findings, facts, out)
    _add_ons(findings, out)
    _session(findings, family, out)
    if facts.other_procedures and suggested != "other":
        fields = {"procedures": ", ".join(facts.other_procedures)}
        out.add("session.other_procedure", fields, source=out.cite("session.other_procedure"))
    if facts.biologic:
        fields = {"injectates": ", ".join(facts.biologic)}
        out.add("injectate.non_covered", fields, source=out.cite("injectate.non_covered"))
    if facts.axial_only:
        out.add("necessity.axial_only", {}, source=out.cite("necessity.axial_only"))
    channel = {code: spec.channel for code, spec in profiles.issues.items()}
    other = None
    if suggested == "other":
        named = facts.lookalike or facts.other_procedures
        other = named[0] if named else None
    check = CodeCheck(
        billed=billed,
        modifiers=list(resolved.modifiers),
        suggested=suggested,
        other_procedure=other,
        # Modifier problems are reasons (and risk drivers) but do not change which code the note
        # supports: the biller fixes the claim line, not the note.
        supported=suggested == billed,
        reasons=[i.message for i in out.issues if channel[i.code] == "reason"],
        warnings=[i.message for i in out.issues if channel[i.code] == "warning"],
    )
    return check, out.issues
