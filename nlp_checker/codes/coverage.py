"""The payer's medical-necessity numbers, checked on one note (conservative care for now)."""

from __future__ import annotations

from collections.abc import Mapping

from nlp_checker.elements.findings import Finding
from nlp_checker.issues import Issue, make_issue
from nlp_checker.profiles.load import Profiles, Resolved


def _exempt(findings: Mapping[str, Finding], words: list[str]) -> bool:
    indication = findings.get("indication")
    text = str(indication.value or "").lower() if indication is not None else ""
    return (
        indication is not None and indication.status == "present" and any(w in text for w in words)
    )


def _care_issue(
    code: str, fields: dict[str, object], resolved: Resolved, profiles: Profiles
) -> Issue:
    """Return the payer's conservative-care issue ``code``, blocking where the payer blocks."""
    payer, coverage = resolved.payer, resolved.payer.coverage
    return make_issue(
        profiles.issues[code], fields,
        source=payer.citations.get(code, coverage.conservative_care_source),
        payer=payer, jurisdiction=resolved.jurisdiction, element="conservative_care",
        blocks=coverage.conservative_care_blocks,
    )  # fmt: skip


def check_coverage(
    findings: Mapping[str, Finding], resolved: Resolved, profiles: Profiles
) -> list[Issue]:
    """Return the issues where the note documents less than the payer requires."""
    payer = resolved.payer
    coverage = payer.coverage
    care = findings.get("conservative_care")
    minimum = coverage.conservative_care_weeks
    if care is None or minimum is None or _exempt(findings, coverage.conservative_care_exempt):
        return []
    weeks = (care.value or {}).get("weeks") if care.status == "present" else None
    if weeks is None:
        # A payer that counts the weeks denies a course it cannot count.
        what = (
            "is documented without how long it lasted"
            if care.status == "present"
            else "is not documented"
        )
        fields: dict[str, object] = {
            "documented": care.status == "present",
            "what": what,
            "min_weeks": minimum,
            "payer_name": payer.name,
        }
        return [_care_issue("necessity.conservative_care_unshown", fields, resolved, profiles)]
    if weeks < minimum:
        fields = {"weeks": weeks, "min_weeks": minimum, "payer_name": payer.name}
        return [_care_issue("necessity.conservative_care_short", fields, resolved, profiles)]
    return []
