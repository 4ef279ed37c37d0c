"""Pre- and post-procedure pain scores (VAS/NRS 0-10)."""

from __future__ import annotations

from dataclasses import dataclass

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.values import pain_scores

_PRE_SECTIONS = {"hpi", "indication", "pre_procedure", "exam", "consent"}
_POST_SECTIONS = {"post_procedure"}


@dataclass(frozen=True)
class _Score:
    timing: str | None
    value: float | int
    mention: Mention


def _timing(mention: Mention) -> str | None:
    if mention.timing is not None:
        return mention.timing
    if mention.section in _PRE_SECTIONS:
        return "pre"
    if mention.section in _POST_SECTIONS:
        return "post"
    return None


def _scores(index: MentionIndex) -> list[_Score]:
    scores: list[_Score] = []
    for mention in index.of("PAIN_SCORE", "PAIN_CHANGE"):
        if not mention.affirmed:
            continue
        values = pain_scores(mention.text)
        if mention.label == "PAIN_CHANGE" and len(values) >= 2:
            scores.append(_Score("pre", values[0], mention))
            scores.append(_Score("post", values[-1], mention))
        elif values:
            scores.append(_Score(_timing(mention), values[0], mention))
    return scores


def _untimed_fallback(scores: list[_Score], timing: str) -> _Score | None:
    """Untimed scores: the first one is the baseline, a later one the result."""
    untimed = [s for s in scores if s.timing is None]
    if not untimed:
        return None
    if timing == "pre":
        return untimed[0]
    return untimed[-1] if len(untimed) > 1 else None


def pain_score(index: MentionIndex, timing: str) -> Draft:
    """Return the ``pre`` or ``post`` score: a timed score first, else an untimed fallback."""
    scores = _scores(index)
    timed = [s for s in scores if s.timing == timing]
    chosen = timed[-1] if timing == "post" and timed else (timed[0] if timed else None)
    if chosen is None and not any(s.timing == timing for s in scores):
        other_timed = any(s.timing is not None for s in scores)
        if not other_timed or timing == "pre":
            chosen = _untimed_fallback(scores, timing)
    if chosen is not None:
        return Draft(status="present", value=chosen.value, mentions=[chosen.mention])
    # No usable number: a blank, negated or deferred label or score for this timing decides.
    others = [
        m
        for m in index.of("PAIN_SCORE", "PAIN_LABEL", "PAIN_CHANGE")
        if not m.affirmed and _timing(m) == timing
    ]
    draft = best(others)
    if draft.status == "incomplete":
        draft.detail = "the pain-score field is blank"
    return draft
