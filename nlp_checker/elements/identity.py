"""Patient identification, date of service and signature."""

from __future__ import annotations

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.values import day_first, iso_date, signer

_ID_TYPES = {"PATIENT_NAME": "name", "DOB": "dob", "MRN": "mrn", "ACCOUNT": "account"}
# A name with credentials counts as a signature only in a signature block or the note's last lines.
_TAIL_SHARE = 0.2


def patient_id(index: MentionIndex) -> Draft:
    """Name plus one more identifier, or two non-name identifiers."""
    found = [m for m in index.of(*_ID_TYPES) if m.affirmed]
    types = sorted({_ID_TYPES[m.label] for m in found})
    if not types:
        return Draft()
    others = [t for t in types if t != "name"]
    enough = ("name" in types and others) or len(others) >= 2
    if enough:
        return Draft(status="present", value=types, mentions=found)
    return Draft(
        status="incomplete",
        value=types,
        mentions=found,
        detail=f"only {', '.join(types)} found; payers want two identifiers",
    )


def date_of_service(index: MentionIndex) -> Draft:
    """Return the first dated procedure/service label, preferring an explicit label."""
    candidates = [m for m in index.of("DOS") if m.affirmed]
    # An explicit date-of-service label first, then a date given as today's, then the date
    # under a dictation's signature.
    candidates.sort(key=lambda m: (int(m.meta.get("priority", 2)), m.start))
    days_first = day_first(index.text)
    for mention in candidates:
        value = iso_date(mention.text, days_first)
        if value is not None:
            return Draft(status="present", value=value, mentions=[mention])
    # A dictation may carry its date only on the signature line ("signed ... on 03/19/2026").
    for mention in index.of("SIGNATURE"):
        line_end = index.text.find("\n", mention.end)
        value = iso_date(index.text[mention.end : line_end if line_end != -1 else None], days_first)
        if mention.affirmed and value is not None:
            return Draft(status="present", value=value, mentions=[mention])
    return Draft()


def _signer_names(index: MentionIndex) -> list[Mention]:
    tail_start = int(len(index.text) * (1 - _TAIL_SHARE))
    return [
        m
        for m in index.of("SIGNER_NAME")
        if m.affirmed and (m.section == "signature" or m.start >= tail_start)
    ]


def signature(index: MentionIndex) -> Draft:
    """Return the signature or attestation; unsigned/pending wording makes it incomplete."""
    signed = [m for m in index.of("SIGNATURE") if m.affirmed]
    typed = [] if signed else _signer_names(index)
    pending = [m for m in index.of("SIGNATURE_PENDING") if m.state not in ("negated", "historical")]
    if pending:
        return Draft(
            status="incomplete",
            value=signer(signed[0].text) if signed else None,
            mentions=pending + signed + typed,
            detail=f"the note says '{pending[0].text}'",
        )
    staff = [m for m in index.of("SIGNATURE_STAFF") if m.affirmed]
    if staff and not any(m.label == "SIGNATURE" for m in signed):
        return Draft(
            status="incomplete",
            value=None,
            mentions=staff + signed,
            detail=(
                f"the note is signed '{staff[0].text}', not by the clinician who did the procedure"
            ),
        )
    if signed:
        return Draft(status="present", value=signer(signed[-1].text), mentions=signed)
    if typed:
        # A name typed at the end with no "signed", "/s/" or attestation: nothing says the
        # clinician authenticated the note.
        return Draft(
            status="incomplete",
            value=signer(typed[-1].text),
            mentions=typed,
            detail=f"'{typed[-1].text}' is typed with no signing statement or attestation",
        )
    labels = best(index.of("SIGNATURE_LABEL"), unaffirmed_only=True)
    if labels.status == "incomplete":
        labels.detail = "the signature field is blank"
        return labels
    return Draft()


def signed_before_service(index: MentionIndex, signature: Draft, service: Draft) -> Draft:
    """Make a signature dated before the date of service incomplete.

    A note e-signed days before the procedure ("Electronically signed ... 04/13/2026" for a
    04/16/2026 service) was signed before anything it tells was done: the signature does not
    authenticate the procedure. Each signature's date is the first date after it on its line.
    """
    if signature.status != "present" or service.status != "present":
        return signature
    days_first = day_first(index.text)
    known = []
    for mention in signature.mentions:
        end = index.text.find("\n", mention.end)
        date = iso_date(index.text[mention.start : end if end != -1 else None], days_first)
        if date is not None:
            known.append(date)
    if not known or max(known) >= str(service.value):
        return signature
    # A date the note also gives as a date of service or visit ("Date of service: 10/14/2026"
    # under a fax header dated 10/20) says the date of service was misread, not the signature.
    dated = {iso_date(m.text, days_first) for m in index.of("DOS") if m.affirmed}
    if max(known) in dated:
        return signature
    return Draft(
        status="incomplete",
        value=signature.value,
        mentions=signature.mentions + service.mentions,
        detail=(
            f"the signature is dated {max(known)}, before the date of service {service.value}: "
            "it was signed before the procedure it tells"
        ),
    )


def later_addendum(index: MentionIndex, service: Draft) -> int | None:
    """Return where the first follow-up addendum dated after the date of service starts.

    "ADDENDUM 04/20/2026 (telephone follow-up)" under a note of 04/06: what it tells was
    learnt at another encounter. A late entry of the next day that only records what was
    seen at the procedure is not one: the addendum must name the call or visit (a FOLLOW_UP
    cue) in its first lines. Its date is the first on its header line, or on the line below
    when the header has none. None: no such addendum.
    """
    headers = sorted(index.of("ADDENDUM"), key=lambda m: m.start)
    if service.status != "present" or not headers:
        return None
    days_first = day_first(index.text)
    follow_ups = [m.start for m in index.of("FOLLOW_UP")]
    for header in headers:
        end = index.text.find("\n", header.end)
        below = index.text.find("\n", end + 1) if end != -1 else -1
        stop = below if below != -1 else len(index.text)
        date = iso_date(index.text[header.start : end if end != -1 else None], days_first)
        if date is None and end != -1:
            date = iso_date(index.text[end:stop], days_first)
        if (
            date is not None
            and date > str(service.value)
            and any(header.start <= start < stop for start in follow_ups)
        ):
            return header.start
    return None
