"""Indication and failed conservative care (medical necessity)."""

from __future__ import annotations

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import MentionIndex
from nlp_checker.elements.values import weeks

_NOT_HISTORY_OF_CARE = {"medications", "allergies", "plan"}


def indication(index: MentionIndex) -> Draft:
    """Radicular pain, radiculopathy, stenosis with claudication, post-laminectomy, zoster."""
    draft = best(index.of("INDICATION"))
    if draft.status == "present":
        draft.value = draft.mentions[0].text
    return draft


def conservative_care(index: MentionIndex) -> Draft:
    """Conservative care tried, with its duration in weeks when the same sentence gives one."""
    care = [m for m in index.of("CONSERVATIVE") if m.section not in _NOT_HISTORY_OF_CARE]
    # Conservative care is history by nature: "failed PT in 2025" still counts.
    tried = [m for m in care if m.state in ("affirmed", "historical")]
    if not tried:
        return best(care)
    duration = None
    for mention in tried:
        spans = index.in_sentence(mention.sent, "DURATION")
        if spans:
            duration = weeks(spans[0].text)
            break
    value = {"text": tried[0].text, "weeks": duration}
    return Draft(status="present", value=value, mentions=tried)
