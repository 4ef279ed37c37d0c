"""Pre- and post-procedure pain scores (VAS/NRS 0-10)."""

from __future__ import annotations

from dataclasses import dataclass

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.tables import table_scores
from nlp_checker.elements.values import pain_scores

_PRE_SECTIONS = {"hpi", "indication", "pre_procedure", "exam", "consent"}
_POST_SECTIONS = {"post_procedure"}


@dataclass(frozen=True)
class _Score:
    timing: str | None
    value: float | int
    mention: Mention
    # Timed by where it stands (before the procedure's description), not by its own words or
    # section.
    by_position: bool = False


# Sections that say nothing about when a score was taken, even before the procedure text.
_UNPLACED_SECTIONS = {"plan", "impression", "complications", "post_procedure", "signature"}


def _timing(mention: Mention) -> str | None:
    if mention.timing is not None:
        return mention.timing
    if mention.section in _PRE_SECTIONS:
        return "pre"
    if mention.section in _POST_SECTIONS:
        return "post"
    return None


def _before(mention: Mention, procedure_start: int | None) -> bool:
    """Return True for a score placed before the procedure description.

    A score under FINDINGS or on a "PAIN MANAGEMENT:" line there was taken before the injection.
    """
    return (
        procedure_start is not None
        and mention.start < procedure_start
        and mention.section not in _UNPLACED_SECTIONS
    )


# What only the procedure's own description names: the image guidance, the contrast, the views
# and the needle going in.
_DESCRIPTION_LABELS = ("FLUORO", "CT_GUIDANCE", "CONTRAST", "VIEW", "INJECTION_ACTION")


def _description_start(index: MentionIndex) -> int | None:
    """Return where the procedure's description starts in a note with no procedure heading.

    Dictation without punctuation or headings ("S 58 yo F ... P Left L5-S1 ESI performed
    under fluoroscopy ...") gives no section; the first affirmed mention of the guidance,
    contrast, a view or the needle (not a plan, nor an earlier procedure) marks it instead.
    """
    found = [
        m.start
        for m in index.of(*_DESCRIPTION_LABELS)
        if m.affirmed
        and m.section not in _UNPLACED_SECTIONS
        and (m.label != "INJECTION_ACTION" or m.meta.get("needle"))
    ]
    return min(found) if found else None


# A timed row ("   Before injection ...... 64 mm") is a score only this many lines under a
# heading that names the pain scale ("Visual analogue scale (100 mm line):").
_ROWS_UNDER_HEADING = 3


def _under(mention: Mention, headings: set[int]) -> bool:
    return any(mention.line - k in headings for k in range(1, _ROWS_UNDER_HEADING + 1))


def _scores(index: MentionIndex) -> list[_Score]:
    scores: list[_Score] = []
    # The procedure description is the last procedure section: an op report's title line
    # ("PROCEDURE: ...") comes before the findings, its description after them.
    starts = [start for cat, start in index.sections if cat == "procedure"]
    headed = bool(starts)
    procedure_start = starts[-1] if starts else _description_start(index)
    table = table_scores(index)
    cells = [(m.start, m.end) for m in table]
    from_table = {id(m) for m in table}
    mentions = index.of("PAIN_SCORE", "PAIN_CHANGE") + table
    headings = {m.line for m in index.of("PAIN_HEADING")}
    for mention in sorted(mentions, key=lambda m: m.start):
        if not mention.affirmed or (mention.meta.get("row") and not _under(mention, headings)):
            continue
        # A cell the pain rules matched as well is read once, as the table's.
        if id(mention) not in from_table and any(
            s < mention.end and mention.start < e for s, e in cells
        ):
            continue
        values = pain_scores(mention.text)
        if mention.label == "PAIN_CHANGE" and len(values) >= 2:
            scores.append(_Score("pre", values[0], mention))
            scores.append(_Score("post", values[-1], mention))
        elif values:
            timing = _timing(mention)
            by_place = timing is None and _before(mention, procedure_start)
            scores.append(_Score("pre" if by_place else timing, values[0], mention, by_place))
    placed = [s for s in scores if s.by_position]
    if not headed and (len(placed) > 1 or any(s.timing is None for s in scores)):
        # Without a procedure heading, a place before the description times a score only when
        # it is the one score so placed and every other score is timed by its words: two
        # untimed scores stay untimed ("Pain 7/10. ... Tuohy ... Pain 3/10", "Pain scores:
        # 8/10, 3/10").
        scores = [_Score(None, s.value, s.mention) if s.by_position else s for s in scores]
    return scores


def _relief_kind(text: str) -> str:
    """Say how relief without a score is given: as a percentage, or in words ("improved")."""
    return "as a percentage" if any(c.isdigit() for c in text) else "in words"


def pain_score(index: MentionIndex, timing: str) -> Draft:
    """Return the ``pre`` or ``post`` score; untimed scores are ``uncertain``, never guessed.

    With two scores and no timing words, taking the first as pre and the last as post would be a
    guess that a payer's reviewer may not share.
    """
    scores = _scores(index)
    timed = [s for s in scores if s.timing == timing]
    # A score timed by its own words or section goes before one timed only by its place.
    timed = [s for s in timed if not s.by_position] or timed
    chosen = timed[-1] if timing == "post" and timed else (timed[0] if timed else None)
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
    relief = [m for m in index.of("PAIN_RELIEF") if m.affirmed and _timing(m) != "pre"]
    later = [s for s in scores if s.timing != "pre"]
    if timing == "post" and relief and draft.status == "missing" and not later:
        return Draft(
            status="incomplete",
            mentions=relief,
            detail=(
                f"the note gives relief {_relief_kind(relief[-1].text)} ('{relief[-1].text}'), "
                "not a pain score on the scale used before the injection"
            ),
        )
    untimed = [s for s in scores if s.timing is None]
    if untimed and draft.status == "missing":
        return Draft(
            status="uncertain",
            mentions=[s.mention for s in untimed],
            detail=(
                "the note gives a pain score without saying whether it was taken before or "
                "after the injection"
            ),
        )
    return draft
