"""Weak evidence: what a person must look at before a note counts as complete.

A required element is only as good as its evidence. When an element rests on misspelled key
words read as the words (marked in elements/extract.py), or every quote behind it is OCR text
read at low confidence, the note is not complete: the finding carries a :class:`Review` that
says why. Low-confidence OCR also lowers the status to ``uncertain``: the words may be misread.
"""

from __future__ import annotations

from collections.abc import Mapping

from nlp_checker.elements.findings import Evidence, Finding, Review

# Tesseract word confidence (0-100) under which an OCR quote is not grounds for ``present``:
# correctly read words on a clean fax sit at 80-96, a smudged but right word near 55-70; under 50
# the word is as likely misread as not.
OCR_MIN_CONFIDENCE = 50.0


def _low_confidence(item: Evidence) -> bool:
    return item.ocr and item.confidence is not None and item.confidence < OCR_MIN_CONFIDENCE


def review_finding(title: str, finding: Finding) -> Finding:
    """Return ``finding`` with a review (and ``uncertain`` for low-confidence OCR) where due."""
    if finding.status != "present" or not finding.evidence:
        return finding
    if all(_low_confidence(e) for e in finding.evidence):
        lowest = min(e.confidence or 0.0 for e in finding.evidence)
        message = (
            f"review: the only {title.lower()} evidence is OCR text at confidence {lowest:.0f}; "
            "check it against the scan"
        )
        return finding.model_copy(
            update={
                "status": "uncertain",
                "review": Review(code="low_ocr_confidence", message=message),
                "message": f"{title}: {message}.",
                "explanation": f"{message}.",
            }
        )
    return finding


def review_findings(
    findings: Mapping[str, Finding], titles: Mapping[str, str]
) -> dict[str, Finding]:
    """Apply :func:`review_finding` to every element."""
    return {eid: review_finding(titles.get(eid, eid), f) for eid, f in findings.items()}


def documented(findings: Mapping[str, Finding]) -> bool:
    """Return True when every required element is present on evidence nobody needs to review."""
    return all(f.status == "present" and f.review is None for f in findings.values() if f.required)
