"""Injected level, region, approach, injectate, and the facts the code check needs."""

from __future__ import annotations

from collections import Counter

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.findings import ProcedureFacts
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.values import interspaces, root_foramina

# Sections where a level is about the diagnosis, imaging or history, never the injection.
# A plan section is not listed: its mentions are affirmed only where the plan records the
# procedure as done ("ILESI L5-S1 performed today"); planned ones are hypothetical already.
_NOT_INJECTION_SECTIONS = {
    "imaging", "past_history", "diagnosis", "hpi", "indication", "medications", "allergies",
    "exam", "impression",
}  # fmt: skip
_PROCEDURE_LABELS = {
    "INJECTION_ACTION", "INTERLAMINAR", "INTERLAMINAR_HINT", "TRANSFORAMINAL", "CAUDAL",
    "EPIDURAL", "CATHETER", "SACRAL_HIATUS",
}  # fmt: skip
# What a "Level:" or "Target |" field names: an interspace, a root or a foramen.
_FIELD_LEVEL_LABELS = {"LEVEL", "ROOT_LEVEL", "NERVE_ROOT"}
_APPROACH_LABELS = {"EPIDURAL", "INTERLAMINAR", "TRANSFORAMINAL", "CAUDAL", "INTERLAMINAR_HINT"}
_REGION_OF = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "sacral"}
_NOT_INJECTATE_SECTIONS = {"allergies", "past_history", "hpi"}
_STEROIDS = {"triamcinolone", "methylprednisolone", "dexamethasone", "betamethasone"}
# Sections where a named look-alike procedure is not this session's procedure.
_NOT_THIS_SESSION = {"past_history", "imaging", "allergies", "medications", "hpi"}
# Anything that describes a procedure: a text with none of these is not a procedure note.
_PROCEDURE_SIGNS = (
    "INJECTION_ACTION", "INTERLAMINAR", "INTERLAMINAR_HINT", "TRANSFORAMINAL", "CAUDAL",
    "EPIDURAL", "CATHETER", "OTHER_PROCEDURE", "LOOKALIKE", "EPIDUROGRAPHY", "FLUORO",
    "CT_GUIDANCE", "CONTRAST", "MEDICATION",
)  # fmt: skip


def _in_procedure(index: MentionIndex, mention: Mention) -> bool:
    """Return True when the mention describes this injection rather than a finding or history."""
    if not mention.affirmed or mention.section in _NOT_INJECTION_SECTIONS:
        return False
    labels = index.sentence_labels(mention.sent)
    about_procedure = bool(labels & _PROCEDURE_LABELS)
    if "IMAGING_FINDING" in labels and not about_procedure:
        return False
    # "Level:       L4-L5     Approach: [x] interlaminar": the field's own label says so.
    if mention.label in _FIELD_LEVEL_LABELS and any(
        cue.line == mention.line and cue.end <= mention.start for cue in index.of("LEVEL_FIELD")
    ):
        return True
    return about_procedure or mention.section in {"procedure", "findings", "injectate"}


def _home_medication(index: MentionIndex, mention: Mention) -> bool:
    """Return True for a drug in a medication list that comes before the procedure section.

    "Medications:" heads a home-medication list in the history part of a note, but the list of
    what was injected when it follows the procedure description.
    """
    if mention.section in _NOT_INJECTATE_SECTIONS:
        return True
    if mention.section != "medications":
        return False
    procedure_start = index.section_start("procedure")
    return procedure_start is None or mention.start < procedure_start


def _is_spread_range(index: MentionIndex, mention: Mention) -> bool:
    """Return True for 'contrast spread from L4 to L5' (a range of spread, not an interspace)."""
    ranged = " to " in mention.text or "through" in mention.text
    return ranged and "CONTRAST_SPREAD" in index.sentence_labels(mention.sent)


def _epidural_space(index: MentionIndex) -> list[Mention]:
    """Mentions that put this injection in the epidural space.

    "Epidural" itself, or contrast seen in it ("good epidural spread", "an epidurogram"): the
    spread rule's span takes the word, so the epidural mention is inside it.
    """
    found = [m for m in index.of("EPIDURAL") if _in_procedure(index, m)]
    spread = [
        m
        for m in index.of("CONTRAST_SPREAD")
        if m.affirmed and "epidur" in m.text.lower() and m.section not in _NOT_INJECTION_SECTIONS
    ]
    return found + spread


def approach(index: MentionIndex) -> Draft:
    """Interlaminar, caudal or transforaminal, and whether a catheter was left in place."""
    labels = ("TRANSFORAMINAL", "CAUDAL", "INTERLAMINAR")
    mentions = [m for m in index.of(*labels) if _in_procedure(index, m)]
    if not mentions:
        hints = [m for m in index.of("INTERLAMINAR_HINT") if _in_procedure(index, m)]
        mentions = hints if _epidural_space(index) else []
    catheter = [m for m in index.of("CATHETER") if _in_procedure(index, m)]
    if not mentions:
        draft = best(index.of(*labels), unaffirmed_only=True)
        if catheter:
            draft.mentions += catheter
        return draft
    counts = Counter(m.label for m in mentions)
    # Transforaminal and caudal are named on purpose; interlaminar is the default epidural route.
    if counts["TRANSFORAMINAL"] > counts["INTERLAMINAR"]:
        name = "transforaminal"
    elif counts["CAUDAL"]:
        name = "caudal"
    else:
        name = "interlaminar"
    value = {"approach": name, "catheter": bool(catheter)}
    return Draft(status="present", value=value, mentions=mentions + catheter)


def _levels_of(mention: Mention, roots: bool) -> list[str]:
    return root_foramina(mention.text) if roots else interspaces(mention.text)


def _disagree(index: MentionIndex, levels: dict[str, list[Mention]]) -> bool:
    """Return True when the heading names one level and the needle's entry another.

    "PROCEDURE: L4-L5 interlaminar ESI" above "the Tuohy needle was advanced into the L5-S1
    interspace" does not say which was injected. A needle that entered at two levels (a dural
    puncture, then another level) is told in the needle's own sentences and is not this.
    The entry level counts when any of its mentions is the needle's.
    """
    if len(levels) != 2:
        return False

    def needle(mention: Mention) -> bool:
        return any(
            cue.meta.get("needle") for cue in index.in_sentence(mention.sent, "INJECTION_ACTION")
        )

    def heading(mention: Mention) -> bool:
        labels = index.sentence_labels(mention.sent)
        return not needle(mention) and bool(labels & {"INTERLAMINAR", "EPIDURAL"})

    def split(named: list[Mention], entered: list[Mention]) -> bool:
        # The entry level may also be named where the needle is not ("the L5-S1 interlaminar
        # space was identified"), but never in a sentence that names the heading's level.
        return (
            all(map(heading, named))
            and any(map(needle, entered))
            and not {m.sent for m in named} & {m.sent for m in entered}
        )

    first, second = levels.values()
    return split(first, second) or split(second, first)


def spinal_level(index: MentionIndex, approach_name: str | None) -> Draft:
    """Return the interspace(s) injected, normalised; a caudal entry is the sacral hiatus.

    A transforaminal note names the nerve root or foramen ("left L5 root"): each becomes the
    foramen's interspace (L5 -> L5-S1). A catheter threaded up to a level puts the injectate there.
    """
    tips = [
        m
        for m in index.of("LEVEL")
        if _in_procedure(index, m) and "CATHETER_TIP" in index.sentence_labels(m.sent)
    ]
    threaded = sorted({lv for m in tips for lv in interspaces(m.text)})
    if threaded:
        return Draft(status="present", value=threaded, mentions=tips)
    if approach_name == "caudal":
        hiatus = [m for m in index.of("SACRAL_HIATUS", "CAUDAL") if m.affirmed]
        if hiatus:
            return Draft(status="present", value=["sacral_hiatus"], mentions=hiatus)
    levels: dict[str, list[Mention]] = {}
    spread_levels: dict[str, list[Mention]] = {}
    labels = ("LEVEL", "ROOT_LEVEL") if approach_name in ("transforaminal", None) else ("LEVEL",)
    for mention in index.of(*labels):
        if not _in_procedure(index, mention) or _is_spread_range(index, mention):
            continue
        found = _levels_of(mention, mention.label == "ROOT_LEVEL")
        sentence = index.sentence_labels(mention.sent)
        # A range ("L3-L5 epidural") is the injected interspaces only where it names the
        # injection; "axial images through L3-S1" is the scan.
        if len(found) > 1 and mention.label == "LEVEL" and not sentence & _APPROACH_LABELS:
            continue
        # Levels named where the contrast spread are not the injected level unless nothing else is.
        spread = bool(sentence & {"CONTRAST_SPREAD", "CONTRAST_SAFETY"})
        for level in found:
            (spread_levels if spread else levels).setdefault(level, []).append(mention)
    levels = levels or spread_levels
    if levels:
        mentions = sorted(
            {id(m): m for ms in levels.values() for m in ms}.values(), key=lambda m: m.start
        )
        moved = [
            m
            for m in index.of("LEVEL_CHANGED")
            if m.affirmed and all(x.start < m.start for x in mentions)
        ]
        if moved:
            # "the L4-L5 window was closed, so the Tuohy was redirected to the next interspace
            # down": the level named is the one not injected, and the one injected is not named.
            return Draft(
                status="uncertain",
                value=sorted(levels),
                mentions=[*mentions, moved[0]],
                detail=(
                    f"the needle was moved to another interspace ('{moved[0].text}') that the "
                    "note does not name"
                ),
            )
        if approach_name == "interlaminar" and _disagree(index, levels):
            return Draft(
                status="uncertain",
                value=sorted(levels),
                mentions=mentions,
                detail=(
                    "the procedure heading and the needle's entry name different levels ("
                    + " and ".join(sorted(levels))
                    + "); the note does not say which was injected"
                ),
            )
        return Draft(status="present", value=sorted(levels), mentions=mentions)
    hiatus = [m for m in index.of("SACRAL_HIATUS") if _in_procedure(index, m)]
    if hiatus:
        return Draft(status="present", value=["sacral_hiatus"], mentions=hiatus)
    # Only planned or otherwise unaffirmed levels: say so rather than "missing".
    planned = [m for m in index.of("LEVEL") if m.state == "hypothetical"]
    return best(planned, unaffirmed_only=True)


def region(index: MentionIndex, levels: Draft) -> Draft:
    """Region from the injected level, else from the procedure wording."""
    # Levels that disagree within one region still place the injection in it.
    agreed = levels.status == "uncertain" and len({str(v)[0] for v in levels.value or []}) == 1
    if (levels.status == "present" or agreed) and levels.value:
        first = levels.value[0]
        name = "sacral" if first == "sacral_hiatus" else _REGION_OF[first[0]]
        if first[0] == "S" and len(levels.value) > 1:
            name = _REGION_OF[levels.value[1][0]]
        return Draft(status="present", value=name, mentions=levels.mentions[:1])
    words = [m for m in index.of("REGION_WORD") if _in_procedure(index, m)]
    if words:
        word = words[0].text.lower()
        name = "lumbar" if word == "lumbosacral" else word
        return Draft(status="present", value=name, mentions=words[:1])
    # "contrast filling along the L5 root" in the procedure places it even with no interspace.
    roots = [m for m in index.of("ROOT_LEVEL", "NERVE_ROOT") if _in_procedure(index, m)]
    letters = {m.text.lstrip()[:1].upper() for m in roots} & {"C", "T", "L"}
    if len(letters) == 1:
        return Draft(status="present", value=_REGION_OF[letters.pop()], mentions=roots[:1])
    if levels.status == "uncertain":
        return Draft(status="uncertain", mentions=levels.mentions[:1])
    return Draft()


def medication(index: MentionIndex) -> Draft:
    """Injectate names, leaving out home medication lists, allergies and history."""
    meds = [m for m in index.of("MEDICATION") if m.affirmed and not _home_medication(index, m)]
    if not meds:
        return best(index.of("MEDICATION"), unaffirmed_only=True)
    names = sorted({str(m.meta["value"]) for m in meds})
    return Draft(status="present", value=names, mentions=meds)


def _this_session(index: MentionIndex, mention: Mention) -> bool:
    return mention.affirmed and mention.section not in _NOT_THIS_SESSION


def cancelled(index: MentionIndex) -> Mention | None:
    """Return the words that say this session's procedure was cancelled before it began.

    A procedure stopped part way ("aborted after the skin wheal") began: what it names was done.
    """
    for mention in _not_done(index):
        if not mention.meta.get("started") and _this_session(index, mention):
            return mention
    return None


def stopped_before_needle(index: MentionIndex) -> Mention | None:
    """Return the words that say the procedure stopped before the epidural needle went in.

    "Aborted after the skin wheal; no epidural needle was placed": the level marked under
    fluoroscopy was never injected, so the level, region and approach are not what was done.
    """
    stops = [m for m in _not_done(index) if m.meta.get("started") and m.affirmed]
    if not stops:
        return None
    # The needle-placement rule (APP-25) carries "needle" in its metadata.
    no_needle = [
        m for m in index.of("INJECTION_ACTION") if m.state == "negated" and m.meta.get("needle")
    ]
    return stops[0] if no_needle else None


def _not_done(index: MentionIndex) -> list[Mention]:
    """Mentions that say a procedure was not done (cancelled, declined, aborted), any session."""
    return [m for m in index.of("LOOKALIKE") if m.meta.get("value") == "not_done"]


def _lookalikes(index: MentionIndex) -> list[str]:
    """Procedures that read like an ESI but are not one (blood patch, LP, discogram...).

    Epidurography counts only when no steroid was injected: in an ESI note the epidurogram is
    how the spread is shown.
    """
    kinds = {str(m.meta["value"]) for m in index.of("LOOKALIKE") if _this_session(index, m)}
    mapping = [m for m in index.of("EPIDUROGRAPHY") if _this_session(index, m)]
    steroid = any(m.affirmed and m.meta.get("value") in _STEROIDS for m in index.of("MEDICATION"))
    if mapping and not steroid:
        kinds.add("epidurography")
    return sorted(kinds)


def facts(index: MentionIndex, indication: Draft) -> ProcedureFacts:
    """Collect what the code check needs besides the elements (``indication``: its draft)."""
    epidural = bool(_epidural_space(index))
    others = sorted(
        {m.text.lower() for m in index.of("OTHER_PROCEDURE") if _in_procedure(index, m)}
    )
    # The reason given is not a covered one when the indication element says so (axial pain,
    # chronic pain syndrome, CRPS, a spinal headache), with the same reading of history.
    uncovered = indication.status == "incomplete"
    return ProcedureFacts(
        epidural_mentioned=epidural,
        other_procedures=others,
        lookalike=_lookalikes(index),
        ultrasound=any(m.affirmed for m in index.of("ULTRASOUND")),
        biologic=sorted({m.text for m in index.of("BIOLOGIC") if m.affirmed}),
        axial_only=uncovered,
        procedure_described=bool(index.of(*_PROCEDURE_SIGNS)),
        sedation=sorted(
            {
                m.text.lower()
                for m in index.of("SEDATION")
                if m.affirmed and not _home_medication(index, m)
            }
        ),
        sedation_reason=any(m.affirmed for m in index.of("SEDATION_REASON")),
        settings=sorted({str(m.meta["value"]) for m in index.of("SETTING") if m.affirmed}),
    )
