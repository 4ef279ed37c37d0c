"""Run every detector over a note's mentions and attach the catalogue's messages."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from nlp_checker.elements import guidance, identity, laterality, necessity, pain, procedure
from nlp_checker.elements.catalogue import ELEMENT_IDS, ElementSpec, catalogue
from nlp_checker.elements.draft import Draft
from nlp_checker.elements.findings import (
    STATUS_SENTENCES,
    Finding,
    ProcedureFacts,
    Review,
    explanation,
)
from nlp_checker.elements.mentions import Mention, MentionIndex, collect_mentions
from nlp_checker.elements.values import pain_scores
from nlp_checker.ingest.document import SourceDocument
from nlp_checker.pipeline.spelling import Corrections


def _message(spec: ElementSpec, draft: Draft) -> str:
    if draft.status == "present":
        return f"{spec.title}: documented."
    detail = f" ({draft.detail})" if draft.detail else ""
    return f"{spec.title}: {STATUS_SENTENCES[draft.status]}{detail} {spec.fix}"


def _finding(spec: ElementSpec, draft: Draft, required: bool) -> Finding:
    return Finding(
        status=draft.status,  # type: ignore[arg-type]
        value=draft.value,
        required=required,
        evidence=[m.evidence() for m in draft.mentions],
        message=_message(spec, draft),
        explanation=explanation(draft.status, draft.detail),
    )


# A score or a relief told in an addendum of a later day is not the session's.
_SCORE_LABELS = {"PAIN_SCORE", "PAIN_CHANGE", "PAIN_RELIEF"}


def _before_later_addendum(index: MentionIndex, start: int | None) -> MentionIndex:
    """Return ``index`` without the pain mentions from ``start`` on (None: all kept)."""
    if start is None:
        return index
    kept = [m for m in index.mentions if m.start < start or m.label not in _SCORE_LABELS]
    return MentionIndex(mentions=kept, text=index.text, sections=index.sections)


def _drafts(index: MentionIndex) -> dict[str, Draft]:
    approach = procedure.approach(index)
    approach_name = approach.value["approach"] if approach.status == "present" else None
    levels = procedure.spinal_level(index, approach_name)
    # Laterality and the foramen are those of a transforaminal injection: an interlaminar or
    # caudal entry has none, even where a root's side is written with it (docs/elements.md).
    foraminal = approach_name not in ("interlaminar", "caudal")
    service = identity.date_of_service(index)
    signature = identity.signed_before_service(index, identity.signature(index), service)
    scored = _before_later_addendum(index, identity.later_addendum(index, service))
    return {
        "patient_id": identity.patient_id(index),
        "date_of_service": service,
        "vas_pre": pain.pain_score(scored, "pre"),
        "vas_post": pain.pain_score(scored, "post"),
        "signature": signature,
        "imaging_guidance": guidance.imaging_guidance(index),
        "needle_views": guidance.needle_views(index),
        "contrast_flow": guidance.contrast_flow(index),
        "spinal_level": levels,
        "region": procedure.region(index, levels),
        "approach": approach,
        "medication": procedure.medication(index),
        "indication": necessity.indication(index),
        "conservative_care": necessity.conservative_care(index),
        "laterality": laterality.laterality(index) if foraminal else Draft(),
        "foramen_level": laterality.foramen_level(index) if foraminal else Draft(),
    }


# What a procedure cancelled before it began names was planned, not done.
_DONE_ELEMENTS = (
    "imaging_guidance", "needle_views", "contrast_flow", "spinal_level", "region", "approach",
    "medication",
)  # fmt: skip
# What a procedure stopped before the needle went in names was marked, not injected.
_NEEDLE_ELEMENTS = ("spinal_level", "region", "approach")


def _not_done(index: MentionIndex, drafts: dict[str, Draft]) -> dict[str, Draft]:
    """Make the procedure's present elements uncertain when the note says it was cancelled."""
    stop = procedure.cancelled(index)
    elements: tuple[str, ...] = _DONE_ELEMENTS
    detail = "the note says the procedure was not done ('{}')"
    if stop is None:
        stop = procedure.stopped_before_needle(index)
        elements = _NEEDLE_ELEMENTS
        detail = "the note says the procedure stopped before the epidural needle went in ('{}')"
    if stop is None:
        return drafts
    out = dict(drafts)
    for eid in elements:
        draft = drafts[eid]
        if draft.status == "present":
            out[eid] = Draft(
                status="uncertain",
                mentions=[*draft.mentions, stop],
                detail=detail.format(stop.text),
            )
    return out


def _retracted_by_addendum(index: MentionIndex) -> MentionIndex:
    """Drop what a signed addendum takes back: contrast, a view it says was lost, a wrong score.

    An addendum that negates contrast ("no contrast was used; the dye entry above was carried
    over in error") or a view ("the lateral image was lost") corrects the body: the body's
    affirmed mentions of it no longer count. An addendum that only adds ("no contrast
    reaction") negates nothing the body affirms, so nothing changes.
    """
    headers = [m.start for m in index.mentions if m.label == "ADDENDUM"]
    if not headers:
        return index
    begin = min(headers)
    negated = [m for m in index.mentions if m.start > begin and m.state == "negated"]
    agents = {guidance.contrast_agent(m) for m in negated if m.label == "CONTRAST"}
    views = set(guidance.view_names([m for m in negated if m.label == "VIEW"]))
    # "The post-procedure score of 1/10 above was carried in from another patient's template":
    # a body score the addendum names again in the sentence that calls it wrong is taken back.
    # A new value there ("the NRS was 3/10; the 5 entered above was a keying error") is the
    # correction itself, and stays.
    wrong = {m.sent for m in index.mentions if m.start > begin and m.label == "CORRECTION"}
    body = {tuple(pain_scores(m.text)) for m in index.of("PAIN_SCORE") if m.start < begin}
    scores = {
        tuple(pain_scores(m.text))
        for m in index.mentions
        if m.start > begin and m.label == "PAIN_SCORE" and m.sent in wrong
    } & body - {()}
    if not agents and not views and not scores:
        return index
    kept: list[Mention] = []
    for mention in index.mentions:
        in_body = mention.start < begin
        if mention.label == "PAIN_SCORE" and tuple(pain_scores(mention.text)) in scores:
            if in_body or mention.sent in wrong:
                continue
        elif mention.affirmed and mention.label == "CONTRAST":
            agent = guidance.contrast_agent(mention)
            # In the addendum, the word "contrast" names what it takes back; an agent it names
            # ("Isovue, not Omnipaque") is the correction.
            if ("contrast" in agents or agent in agents) and (in_body or agent == "contrast"):
                continue
        elif mention.affirmed and mention.label == "CONTRAST_SPREAD" and in_body:
            if "contrast" in agents:
                continue
        elif mention.affirmed and mention.label == "VIEW" and in_body and views:
            names = guidance.view_names([mention])
            left = [name for name in names if name not in views]
            if not left:
                continue
            if left != names:
                mention = replace(mention, meta={**mention.meta, "value": ",".join(left)})
        kept.append(mention)
    return MentionIndex(mentions=kept, text=index.text, sections=index.sections)


def _rests_on_fuzzy(index: MentionIndex, drafts: dict[str, Draft]) -> dict[str, list[Mention]]:
    """Return the present elements that would not be present without misspelled words.

    The detectors run again over the mentions that need no correction; an element present only
    with the corrected words ("laterel" as the second view) rests on them. So does one whose
    value changes without a real word heard for a term ("2 ml of contract showed epidural
    spread": the agent), since the word as written means something else.
    """
    fuzzy = [m for m in index.mentions if m.fuzzy]
    if not fuzzy:
        return {}
    plain = MentionIndex(
        mentions=[m for m in index.mentions if not m.fuzzy],
        text=index.text,
        sections=index.sections,
    )
    again = _drafts(plain)
    return {
        eid: [m for m in draft.mentions if m.fuzzy] or fuzzy
        for eid, draft in drafts.items()
        if draft.status == "present"
        and (
            again[eid].status != "present"
            or (
                again[eid].value != draft.value and any(m.meta.get("heard") for m in draft.mentions)
            )
        )
    }


def _fuzzy_review(title: str, mentions: list[Mention]) -> Review:
    words = ", ".join(dict.fromkeys(f"'{m.text}'" for m in mentions))
    return Review(
        code="fuzzy_match",
        message=(
            f"review: the {title.lower()} rests on a misspelled word read as the term ({words})"
        ),
    )


def extract(
    chunks: Sequence[tuple[Doc, int]],
    source: SourceDocument,
    corrections: Corrections | None = None,
    required: Collection[str] = (),
    specs: Mapping[str, ElementSpec] | None = None,
) -> tuple[dict[str, Finding], ProcedureFacts]:
    """Return one finding per element id, in contract order, and the procedure facts.

    ``chunks`` are the annotated pieces of the note with their character offsets, in the
    spelling-corrected text ``corrections`` maps back to the note (None: the note as written).
    ``required`` names the elements the billed code requires (from its procedure profile);
    ``specs`` is the element catalogue (default: the bundled patterns/elements.json).
    """
    index = _retracted_by_addendum(collect_mentions(chunks, source, corrections))
    drafts = _not_done(index, _drafts(index))
    weak = _rests_on_fuzzy(index, drafts)
    specs = specs or {spec.id: spec for spec in catalogue()}
    findings = {}
    for eid in ELEMENT_IDS:
        finding = _finding(specs[eid], drafts[eid], eid in required)
        if eid in weak:
            review = _fuzzy_review(specs[eid].title, weak[eid])
            finding = finding.model_copy(
                update={
                    "review": review,
                    "message": f"{specs[eid].title}: documented, but {review.message}.",
                    "explanation": f"Documented, but {review.message}.",
                }
            )
        findings[eid] = finding
    return findings, procedure.facts(index, drafts["indication"])
