"""Indication and failed conservative care (medical necessity)."""

from __future__ import annotations

from dataclasses import replace

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.values import weeks

_NOT_HISTORY_OF_CARE = {"medications", "allergies", "plan"}
_SAME_FIELD_CHARS = 60


def _ruled_out_by_neuropathy(index: MentionIndex, mentions: list[Mention]) -> Draft | None:
    """Return an incomplete draft when the note names a neuropathy and rules a root out.

    "Burning and numbness in both feet in a stocking distribution ... EMG: length-dependent
    polyneuropathy, no evidence of radiculopathy": the limb symptoms are the neuropathy's, and
    the note itself says they are not radicular. None: no such statement.
    """
    neuropathy = [
        m for m in index.of("UNCOVERED_REASON") if m.affirmed and m.meta.get("neuropathy")
    ]
    if not neuropathy or not any(m.state == "negated" for m in mentions):
        return None
    return Draft(
        status="incomplete",
        mentions=neuropathy,
        detail=(
            f"the note names '{neuropathy[0].text}' and rules radiculopathy out: the limb "
            "symptoms are not a covered radicular indication"
        ),
    )


def indication(index: MentionIndex) -> Draft:
    """Radicular pain, radiculopathy, stenosis with claudication, post-laminectomy, zoster."""
    # "history of radicular pain" in an HPI is the current complaint: history counts here.
    mentions = [
        m if m.state != "historical" else replace(m, state="affirmed", modifier=None)
        for m in index.of("INDICATION")
    ]
    draft = best(mentions)
    if draft.status == "present":
        ruled_out = _ruled_out_by_neuropathy(index, mentions)
        if ruled_out is not None:
            return ruled_out
        draft.value = draft.mentions[0].text
        return draft
    # "Axial low back pain; denies radicular symptoms", "post-dural puncture headache": the
    # reason given is not a covered one.
    axial = [m for m in index.of("AXIAL_PAIN", "UNCOVERED_REASON") if m.affirmed]
    if axial and draft.status in ("missing", "negated"):
        return Draft(
            status="incomplete",
            mentions=axial,
            detail=(
                f"the only reason given is '{axial[0].text}', which is not a covered indication "
                "for an epidural steroid injection"
            ),
        )
    return draft


def conservative_care(index: MentionIndex) -> Draft:
    """Conservative care tried, with its duration in weeks when the same sentence gives one."""
    care = [m for m in index.of("CONSERVATIVE") if m.section not in _NOT_HISTORY_OF_CARE]
    # Conservative care is history by nature: "failed PT in 2025" still counts.
    tried = [m for m in care if m.state in ("affirmed", "historical")]
    if not tried:
        return best(care)
    # The duration closest to a care mention in its sentence (else on its line) is its duration:
    # in "pain x 3 months, failed 6 weeks of PT" the 6 weeks belong to PT.
    pairs = [
        (abs(d.start - m.start), m, d)
        for m in tried
        for d in index.in_sentence(m.sent, "DURATION") or index.in_line(m.line, "DURATION")
        # A template line ("[x] PT   duration: 6 wks"), not a paragraph printed as one line.
        if d.sent == m.sent or 0 < d.start - m.start <= _SAME_FIELD_CHARS
    ]
    duration = weeks(min(pairs, key=lambda p: p[0])[2].text) if pairs else None
    value = {"text": tried[0].text, "weeks": duration}
    return Draft(status="present", value=value, mentions=tried)
