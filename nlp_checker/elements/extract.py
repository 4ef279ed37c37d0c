"""Run every detector over a note's mentions and attach the catalogue's messages."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Doc

from nlp_checker.elements import guidance, identity, laterality, necessity, pain, procedure
from nlp_checker.elements.catalogue import ELEMENT_IDS, ElementSpec, catalogue
from nlp_checker.elements.draft import Draft
from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.elements.mentions import collect_mentions
from nlp_checker.ingest.document import SourceDocument

_STATUS_WORDS = {
    "missing": "Not documented.",
    "negated": "The note says it was not done or not obtained.",
    "incomplete": "Documented only in part.",
    "uncertain": "Only mentioned as possible or planned, not as done.",
}


def _message(spec: ElementSpec, draft: Draft) -> str:
    if draft.status == "present":
        return f"{spec.title}: documented."
    detail = f" ({draft.detail})" if draft.detail else ""
    return f"{spec.title}: {_STATUS_WORDS[draft.status]}{detail} {spec.fix}"


def _finding(spec: ElementSpec, draft: Draft, required: bool) -> Finding:
    return Finding(
        status=draft.status,  # type: ignore[arg-type]
        value=draft.value,
        required=required,
        evidence=[m.evidence() for m in draft.mentions],
        message=_message(spec, draft),
    )


def extract(
    chunks: Sequence[tuple[Doc, int]],
    source: SourceDocument,
    required: Collection[str] = (),
    specs: Mapping[str, ElementSpec] | None = None,
) -> tuple[dict[str, Finding], ProcedureFacts]:
    """Return one finding per element id, in contract order, and the procedure facts.

    ``chunks`` are the annotated pieces of the note with their character offsets; ``required``
    names the elements the billed code requires (from its procedure profile); ``specs`` is the
    element catalogue (default: the bundled patterns/elements.json).
    """
    index = collect_mentions(chunks, source)
    approach = procedure.approach(index)
    approach_name = approach.value["approach"] if approach.status == "present" else None
    levels = procedure.spinal_level(index, approach_name)
    drafts = {
        "patient_id": identity.patient_id(index),
        "date_of_service": identity.date_of_service(index),
        "vas_pre": pain.pain_score(index, "pre"),
        "vas_post": pain.pain_score(index, "post"),
        "signature": identity.signature(index),
        "imaging_guidance": guidance.imaging_guidance(index),
        "needle_views": guidance.needle_views(index),
        "contrast_flow": guidance.contrast_flow(index),
        "spinal_level": levels,
        "region": procedure.region(index, levels),
        "approach": approach,
        "medication": procedure.medication(index),
        "indication": necessity.indication(index),
        "conservative_care": necessity.conservative_care(index),
        "laterality": laterality.laterality(index),
        "foramen_level": laterality.foramen_level(index),
    }
    specs = specs or {spec.id: spec for spec in catalogue()}
    findings = {eid: _finding(specs[eid], drafts[eid], eid in required) for eid in ELEMENT_IDS}
    return findings, procedure.facts(index)
