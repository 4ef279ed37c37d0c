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


def check_coverage(
    findings: Mapping[str, Finding], resolved: Resolved, profiles: Profiles
) -> list[Issue]:
    """Return the issues where the note documents less than the payer requires."""
    payer = resolved.payer
    coverage = payer.coverage
    issues: list[Issue] = []
    care = findings.get("conservative_care")
    minimum = coverage.conservative_care_weeks
    if care is None or minimum is None or _exempt(findings, coverage.conservative_care_exempt):
        return issues
    weeks = (care.value or {}).get("weeks") if care.status == "present" else None
    if weeks is None:
        # A payer that counts the weeks denies a course it cannot count.
        what = (
            "is documented without how long it lasted"
            if care.status == "present"
            else "is not documented"
        )
        fields = {
            "documented": care.status == "present",
            "what": what,
            "min_weeks": minimum,
            "payer_name": payer.name,
        }
        issues.append(
            make_issue(
                profiles.issues["necessity.conservative_care_unshown"], fields,
                source=payer.citations.get(
                    "necessity.conservative_care_unshown", coverage.conservative_care_source
                ),
                payer=payer, jurisdiction=resolved.jurisdiction, element="conservative_care",
                blocks=coverage.conservative_care_blocks,
            )
        )  # fmt: skip
    elif weeks < minimum:
        fields = {"weeks": weeks, "min_weeks": minimum, "payer_name": payer.name}
        issues.append(
            make_issue(
                profiles.issues["necessity.conservative_care_short"], fields,
                source=payer.citations.get(
                    "necessity.conservative_care_short", coverage.conservative_care_source
                ),
                payer=payer, jurisdiction=resolved.jurisdiction, element="conservative_care",
                blocks=coverage.conservative_care_blocks,
            )
        )  # fmt: skip
    return issues
