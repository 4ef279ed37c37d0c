"""Injected level, region, approach, injectate, and the facts the code check needs."""

from __future__ import annotations

from collections import Counter

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.findings import ProcedureFacts
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.values import interspace

# Sections where a level is about the diagnosis, imaging or history, never the injection.
_NOT_INJECTION_SECTIONS = {
    "imaging", "past_history", "diagnosis", "hpi", "indication", "plan", "medications",
    "allergies", "exam", "impression",
}  # fmt: skip
_PROCEDURE_LABELS = {
    "INJECTION_ACTION", "INTERLAMINAR", "INTERLAMINAR_HINT", "TRANSFORAMINAL", "CAUDAL",
    "EPIDURAL", "CATHETER", "SACRAL_HIATUS",
}  # fmt: skip
_REGION_OF = {"C": "cervical", "T": "thoracic", "L": "lumbar", "S": "sacral"}
_NOT_INJECTATE_SECTIONS = {"allergies", "past_history", "hpi", "plan"}


def _in_procedure(index: MentionIndex, mention: Mention) -> bool:
    """Return True when the mention describes this injection rather than a finding or history."""
    if not mention.affirmed or mention.section in _NOT_INJECTION_SECTIONS:
        return False
    labels = index.sentence_labels(mention.sent)
    about_procedure = bool(labels & _PROCEDURE_LABELS)
    if "IMAGING_FINDING" in labels and not about_procedure:
        return False
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


def approach(index: MentionIndex) -> Draft:
    """Interlaminar, caudal or transforaminal, and whether a catheter was left in place."""
    labels = ("TRANSFORAMINAL", "CAUDAL", "INTERLAMINAR")
    mentions = [m for m in index.of(*labels) if _in_procedure(index, m)]
    if not mentions:
        hints = [m for m in index.of("INTERLAMINAR_HINT") if _in_procedure(index, m)]
        epidural = [m for m in index.of("EPIDURAL") if _in_procedure(index, m)]
        mentions = hints if epidural else []
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


def spinal_level(index: MentionIndex, approach_name: str | None) -> Draft:
    """Return the interspace(s) injected, normalised; a caudal entry is the sacral hiatus."""
    if approach_name == "caudal":
        hiatus = [m for m in index.of("SACRAL_HIATUS", "CAUDAL") if m.affirmed]
        if hiatus:
            return Draft(status="present", value=["sacral_hiatus"], mentions=hiatus)
    levels: dict[str, list[Mention]] = {}
    spread_levels: dict[str, list[Mention]] = {}
    for mention in index.of("LEVEL"):
        if not _in_procedure(index, mention) or _is_spread_range(index, mention):
            continue
        level = interspace(mention.text)
        if level is None:
            continue
        # Levels named where the contrast spread are not the injected level unless nothing else is.
        spread = "CONTRAST_SPREAD" in index.sentence_labels(mention.sent)
        (spread_levels if spread else levels).setdefault(level, []).append(mention)
    levels = levels or spread_levels
    if levels:
        mentions = sorted((m for ms in levels.values() for m in ms), key=lambda m: m.start)
        return Draft(status="present", value=sorted(levels), mentions=mentions)
    hiatus = [m for m in index.of("SACRAL_HIATUS") if _in_procedure(index, m)]
    if hiatus:
        return Draft(status="present", value=["sacral_hiatus"], mentions=hiatus)
    return Draft()


def region(index: MentionIndex, levels: Draft) -> Draft:
    """Region from the injected level, else from the procedure wording."""
    if levels.status == "present" and levels.value:
        first = levels.value[0]
        name = "sacral" if first == "sacral_hiatus" else _REGION_OF[first[0]]
        return Draft(status="present", value=name, mentions=levels.mentions[:1])
    words = [m for m in index.of("REGION_WORD") if _in_procedure(index, m)]
    if words:
        word = words[0].text.lower()
        name = "lumbar" if word == "lumbosacral" else word
        return Draft(status="present", value=name, mentions=words[:1])
    return Draft()


def medication(index: MentionIndex) -> Draft:
    """Injectate names, leaving out home medication lists, allergies and history."""
    meds = [m for m in index.of("MEDICATION") if m.affirmed and not _home_medication(index, m)]
    if not meds:
        return best(index.of("MEDICATION"), unaffirmed_only=True)
    names = sorted({str(m.meta["value"]) for m in meds})
    return Draft(status="present", value=names, mentions=meds)


def facts(index: MentionIndex) -> ProcedureFacts:
    """Collect what the code check needs besides the elements."""
    epidural = any(_in_procedure(index, m) for m in index.of("EPIDURAL"))
    others = sorted(
        {m.text.lower() for m in index.of("OTHER_PROCEDURE") if _in_procedure(index, m)}
    )
    indication = [m for m in index.of("INDICATION") if m.affirmed]
    axial = [m for m in index.of("AXIAL_PAIN") if m.affirmed]
    return ProcedureFacts(
        epidural_mentioned=epidural,
        other_procedures=others,
        ultrasound=any(m.affirmed for m in index.of("ULTRASOUND")),
        biologic=sorted({m.text for m in index.of("BIOLOGIC") if m.affirmed}),
        axial_only=bool(axial) and not indication,
        sedation=sorted(
            {
                m.text.lower()
                for m in index.of("SEDATION")
                if m.affirmed and not _home_medication(index, m)
            }
        ),
        sedation_reason=any(m.affirmed for m in index.of("SEDATION_REASON")),
    )
