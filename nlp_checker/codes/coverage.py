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
    if care is not None and care.status == "present" and minimum is not None:
        weeks = (care.value or {}).get("weeks")
        if (
            weeks is not None
            and weeks < minimum
            and not _exempt(findings, coverage.conservative_care_exempt)
        ):
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
