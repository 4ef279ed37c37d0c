"""Imaging guidance, views of the final needle position, and contrast flow."""

from __future__ import annotations

import re

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import Mention, MentionIndex

_VIEW_ORDER = ("ap", "lateral", "oblique", "contralateral_oblique")
_MIN_VIEWS = 2


# A box, ticked or not, on the mention's line.
_BOX = re.compile(r"\[\s*[xX\u2713\u2714]?\s*\]|[\u2610\u25a1\u2612\u2611\u2713\u2714]")


def _form_default(index: MentionIndex, mention: Mention) -> bool:
    """Return True when the mention sits on a line of boxes or in an upper-case title line."""
    start = index.text.rfind("\n", 0, mention.start) + 1
    end = index.text.find("\n", mention.end)
    line = index.text[start : end if end >= 0 else len(index.text)]
    if _BOX.search(line):
        return True
    # A title: three or more words, nearly all in capitals ("... INJECTION (template)").
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) >= 3 and sum(w.isupper() for w in words) >= len(words) - 1


def _said_otherwise(
    index: MentionIndex, affirmed: list[Mention], negated: list[Mention]
) -> list[Mention]:
    """Return the note's own words that something was not done, when only the form says it was.

    A template titled "FLUOROSCOPICALLY GUIDED ..." with "[x] fluoroscopy" ticked, and a comment
    that "the C-arm failed ... no fluoroscopic images were obtained": what happened outranks
    the form's defaults.
    """
    if not affirmed or not all(_form_default(index, m) for m in affirmed):
        return []
    return [m for m in negated if not _form_default(index, m)]


def imaging_guidance(index: MentionIndex) -> Draft:
    """Fluoroscopy or CT used for this injection; ultrasound and landmark technique are not."""
    guidance = index.of("FLUORO", "CT_GUIDANCE")
    affirmed = [m for m in guidance if m.affirmed]
    without = _said_otherwise(
        index,
        affirmed,
        [m for m in index.of("NO_IMAGING") if m.affirmed]
        + [m for m in guidance if m.state == "negated"],
    )
    if without:
        return Draft(
            status="negated",
            value="none",
            mentions=without,
            detail=(
                f"the note's own words say imaging was not used ('{without[0].text}'); the "
                "ticked box or title is the form's default"
            ),
        )
    if affirmed:
        kinds = {m.label for m in affirmed}
        value = "ct" if "CT_GUIDANCE" in kinds else "fluoroscopy"
        return Draft(status="present", value=value, mentions=affirmed)
    draft = best(guidance)
    draft.value = "none"
    stated = [m for m in index.of("NO_IMAGING") if m.affirmed and m.meta.get("says_not_used")]
    if stated and draft.status == "missing":
        # "no imaging used", "without fluoroscopy": the note says it was done without imaging.
        # A landmark technique alone implies it and leaves the element missing.
        draft.status = "negated"
    other = [m for m in index.of("ULTRASOUND", "NO_IMAGING") if m.affirmed]
    if other:
        draft.mentions = draft.mentions + other
        draft.detail = f"the note documents '{other[0].text}', which is not fluoroscopy or CT"
    return draft


# A view's name in a sentence (the values are lower-case ids).
_VIEW_WORDS = {"ap": "AP", "contralateral_oblique": "contralateral oblique"}
_VIEW_CONTEXT = {"VIEW_CONTEXT", "FLUORO", "CT_GUIDANCE"}


def _lead_in_labels(index: MentionIndex, mention: Mention) -> set[str]:
    """Labels of the line above a list of ticked views when it ends in a colon.

    "Final needle position (images saved):" then "[X] AP  [X] CLO" on the next line.
    """
    start = index.text.rfind("\n", 0, mention.start)
    before = index.text[:start].rstrip() if start > 0 else ""
    return index.line_labels(mention.line - 1) if before.endswith(":") else set()


def _after_field_label(index: MentionIndex, mention: Mention) -> bool:
    """Return True when the view follows a field label (a colon) on its own line."""
    start = index.text.rfind("\n", 0, mention.start) + 1
    return ":" in index.text[start : mention.start]


def _views_in_context(index: MentionIndex) -> list[Mention]:
    """View names on lines or in sentences about images or needle position.

    'lateral recess' is excluded by the rule itself; an ultrasound probe's 'oblique view' is not
    a fluoroscopic view of the needle.
    """
    out = []
    for mention in index.of("VIEW"):
        sentence = index.sentence_labels(mention.sent)
        if "ULTRASOUND" in sentence:
            continue
        named_pair = "," in str(mention.meta.get("value", ""))
        lines = index.line_labels(mention.line) | _lead_in_labels(index, mention)
        # A final-position cue ("AP + lateral confirm final tip") counts in the view's own
        # sentence only: a joined PDF line holds many sentences.
        if named_pair or (sentence | lines) & _VIEW_CONTEXT or "VIEW_FINAL" in sentence:
            out.append(mention)
        elif "VIEW_FINAL" in lines and _after_field_label(index, mention):
            # "Final needle tip: AP ✓  Lateral ✓": each tick is its own sentence, but the field
            # label opens the line.
            out.append(mention)
    return out


# How far past a view a clause may run when a wrapped line split it into two sentences.
_CLAUSE_CHARS = 200


# A needle moved on is a guidance cue too: the view before it steered the needle.
_VIEW_CUES = ("VIEW_GUIDE", "VIEW_FINAL", "NEEDLE_MOVED")
_JOIN = r"(?:,|/|\+|&|and|,\s*and)?"
_JOINED = re.compile(rf"\s*{_JOIN}\s*(?:views?|images?|projections?)?\s*{_JOIN}\s*", re.I)


def _gap(a: Mention, b: Mention) -> int:
    return max(0, b.start - a.end, a.start - b.end)


def _own_cues(index: MentionIndex, mention: Mention) -> set[str] | None:
    """Return the view cues of a run-on sentence that belong to this view (None: not run-on).

    Speech recognition without punctuation makes one sentence of a whole description, so "an
    AP view was used to count the levels ... a lateral view confirmed the final tip" ties both
    views to both cues. Where several views and their cues span more than a clause, each cue
    belongs to the view nearest to it.
    """
    views = index.in_sentence(mention.sent, "VIEW")
    cues = index.in_sentence(mention.sent, *_VIEW_CUES)
    if len(views) < 2 or not cues:
        return None
    named = views + cues
    if max(m.end for m in named) - min(m.start for m in named) <= _CLAUSE_CHARS:
        return None
    # Views joined by "and", a comma or a slash ("ap and lateral images") share their cues.
    groups: list[list[Mention]] = []
    for view in sorted(views, key=lambda m: m.start):
        if groups and _JOINED.fullmatch(index.text[groups[-1][-1].end : view.start]):
            groups[-1].append(view)
        else:
            groups.append([view])
    mine = next(group for group in groups if mention in group)
    return {
        cue.label for cue in cues if min(groups, key=lambda g: min(_gap(v, cue) for v in g)) is mine
    }


def _clause_labels(index: MentionIndex, mention: Mention) -> set[str]:
    """Labels of the view's sentence and of the rest of its clause up to the next full stop."""
    labels = index.sentence_labels(mention.sent) | _lead_in_labels(index, mention)
    own = _own_cues(index, mention)
    if own is not None:
        return (labels - set(_VIEW_CUES)) | own
    stop = index.text.find(".", mention.end, mention.end + _CLAUSE_CHARS)
    # With no full stop in reach (dictation without punctuation) the clause may run on past
    # the line: a guidance cue there still steers this view ("under ap and lateral
    # projections an 18-gauge Tuohy needle was guided"), but a final-position cue that far
    # off may belong to another view, so it is not taken.
    cues = _VIEW_CUES if stop != -1 else ("VIEW_GUIDE", "NEEDLE_MOVED")
    end = stop if stop != -1 else mention.end + _CLAUSE_CHARS
    for later in index.of(*cues):
        if mention.end <= later.start < end:
            labels = labels | {later.label}
    return labels


def _guidance_only(labels: set[str]) -> bool:
    """Return True for a view used to find the level or steer the needle, not to show its end.

    ``labels`` are the view's clause labels (``_clause_labels``). "AP view to identify the
    interspace" and "AP and lateral views were used to guide the needle" are guidance; "final
    needle position confirmed in AP and lateral views" documents the result.
    """
    return bool(labels & {"VIEW_GUIDE", "NEEDLE_MOVED"}) and "VIEW_FINAL" not in labels


def view_names(mentions: list[Mention]) -> list[str]:
    """Return the distinct views the mentions name, in ``_VIEW_ORDER``."""
    names: set[str] = set()
    for mention in mentions:
        names.update(str(mention.meta.get("value", "")).split(","))
    return [v for v in _VIEW_ORDER if v in names]


def _moved_after(index: MentionIndex, views: list[Mention]) -> Mention | None:
    """Return the cue of a needle advanced or redirected after every view named, if any.

    "With the tip resting in the ligamentum flavum, AP and lateral images were saved. The
    needle was then advanced a further 4 mm": the images are not of the final position.
    """
    if not views:
        return None
    last = max(m.end for m in views)
    later = [m for m in index.of("NEEDLE_MOVED") if m.affirmed and m.start >= last]
    return later[-1] if later else None


def needle_views(index: MentionIndex) -> Draft:
    """At least two views of the final needle position."""
    views = _views_in_context(index)
    clauses = [(m, _clause_labels(index, m)) for m in views if m.affirmed]
    guiding = [m for m, labels in clauses if _guidance_only(labels)]
    affirmed = [m for m, labels in clauses if not _guidance_only(labels)]
    # Where two views are tied to the final position in their own clause, a view named
    # elsewhere without that tie ("the C-arm was angled to an oblique view of the foramen")
    # set up the image: it is not one of the views of the result.
    final = [m for m, labels in clauses if "VIEW_FINAL" in labels]
    if len(view_names(final)) >= _MIN_VIEWS:
        affirmed = final
    moved = _moved_after(index, affirmed)
    if moved is not None:
        return Draft(
            status="uncertain",
            mentions=[*affirmed, moved],
            detail=(
                f"the needle moved on after the views named ('{moved.text}'); no view of its "
                "final position follows"
            ),
        )
    ordered = view_names(affirmed)
    if len(ordered) >= _MIN_VIEWS:
        return Draft(status="present", value=sorted(ordered), mentions=affirmed)
    if ordered:
        return Draft(
            status="incomplete",
            value=sorted(ordered),
            mentions=affirmed,
            detail=(
                f"only one view ({_VIEW_WORDS.get(ordered[0], ordered[0])}) is documented; "
                "payers ask for at least two"
            ),
        )
    if guiding:
        return Draft(
            status="uncertain",
            mentions=guiding,
            detail=(
                "the views named were used to find the level or guide the needle; none is said "
                "to show the final needle position"
            ),
        )
    return best(views, unaffirmed_only=True)


def contrast_agent(mention: Mention) -> str:
    """Return the contrast agent a mention names ("omnipaque"), or "contrast" for the word alone."""
    word = str(mention.meta.get("read_as", mention.text)).lower().split()[0].split("-")[0]
    return "contrast" if word in {"contrast", "dye", "radio"} else word


def contrast_flow(index: MentionIndex) -> Draft:
    """Contrast injected with its epidural spread, or a documented contraindication."""
    contrast = index.of("CONTRAST")
    given = [m for m in contrast if m.affirmed and m.section != "allergies"]
    spread = [m for m in index.of("CONTRAST_SPREAD") if m.affirmed]
    # Contrast injected with its spread described is the documentation: an allergy box or a
    # reason given for another agent ("because of the allergy, gadolinium was used") does not
    # replace it.
    if spread:
        agent = contrast_agent(given[0]) if given else None
        value = {"agent": agent, "spread": True, "contraindication": None}
        return Draft(status="present", value=value, mentions=given + spread)
    contraindications = [m for m in index.of("CONTRAST_CONTRAINDICATION") if m.affirmed]
    contraindications += [m for m in contrast if m.affirmed and m.section == "allergies"]
    if contraindications:
        first = contraindications[0]
        value = {"agent": None, "spread": False, "contraindication": first.text}
        return Draft(status="present", value=value, mentions=contraindications)
    not_given = _said_otherwise(index, given, [m for m in contrast if m.state == "negated"])
    if not_given:
        return Draft(
            status="negated",
            mentions=not_given,
            detail=(
                f"the note's own words say contrast was not given ('{not_given[0].text}'); the "
                "form's contrast field is not filled in"
            ),
        )
    if given:
        value = {"agent": contrast_agent(given[0]), "spread": False, "contraindication": None}
        safety = [m for m in index.of("CONTRAST_SAFETY") if m.affirmed]
        detail = "contrast was given but its epidural spread is not described"
        if safety:
            detail = (
                f"contrast was given and the note says '{safety[0].text}', but not where the "
                "contrast spread"
            )
        return Draft(status="incomplete", value=value, mentions=given + safety, detail=detail)
    return best(contrast + index.of("CONTRAST_SPREAD"), unaffirmed_only=True)
