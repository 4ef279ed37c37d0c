"""The generated practice: notes that truly lack what the generator cut, valid 835s, a hidden process."""

from __future__ import annotations

import io
import logging
from collections import Counter

import pyx12.params
import pyx12.x12n_document

from nlp_checker.remits.model import RemitError, RemitLine
from tests.practice.generate import BASE_SETS, HIDDEN_WEIGHTS


def _valid(text: str) -> bool:
    """pyx12's implementation-guide validation of one interchange (errors go to its log)."""
    logging.getLogger("pyx12").setLevel(logging.CRITICAL)
    return pyx12.x12n_document.x12n_document(
        pyx12.params.params(), io.StringIO(text), None, None, None, io.StringIO()
    )


def test_835s_pass_pyx12_validation(checked) -> None:
    files = sorted(checked.practice.remits.glob("*.835"))
    assert len(files) > 20
    # Every payer, with paid and denied lines among them (a sample keeps the suite fast).
    sample = files[:: max(1, len(files) // 8)]
    texts = [f.read_text() for f in sample]
    assert any("CAS*CO*50" in t for t in texts) and any("LQ*HE*" in t for t in texts)
    assert {"MB", "12"} <= {t.split("CLP*")[1].split("*")[5] for t in texts}
    assert all(_valid(t) for t in texts)
    # The validator does fail a file that breaks the guide (no payer technical contact).
    assert not _valid(texts[0].replace("PER*BL*PROVIDER SERVICES*TE*8005550100~\n", ""))


def test_the_835s_read_back_as_the_claims_generated(checked) -> None:
    lines = [r for r in checked.remits if isinstance(r, RemitLine)]
    assert not [r for r in checked.remits if isinstance(r, RemitError)]
    remitted = [c for c in checked.practice.claims if c.remitted]
    assert len({r.patient_control_number for r in lines}) == len(remitted)
    assert len(lines) == sum(len(c.lines) for c in remitted)
    by_claim: dict[str, bool] = {}
    for line in lines:
        by_claim[line.patient_control_number] = (
            by_claim.get(line.patient_control_number, False) or line.denied
        )
    assert by_claim == {c.claim_id: c.denied for c in remitted}
    # Patient keys only where the payer sent the record number.
    keyed = {r.patient_control_number for r in lines if r.patient_key}
    assert keyed == {c.claim_id for c in remitted if c.remit_mrn}


def test_notes_lack_what_was_cut_and_keep_the_rest(checked) -> None:
    """The checker sees the cut elements as not present (and sees few that were not cut)."""
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in checked.rows}
    seen, cut, extra, kept = Counter(), Counter(), Counter(), Counter()
    for claim in checked.practice.claims:
        elements = rows[claim.document]["elements"]
        for element in (
            "vas_post",
            "vas_pre",
            "signature",
            "needle_views",
            "contrast_flow",
            "conservative_care",
        ):
            absent = elements[element]["status"] != "present"
            if element in claim.gaps:
                cut[element] += 1
                seen[element] += absent
            else:
                kept[element] += 1
                extra[element] += absent
    for element in cut:
        assert cut[element] >= 5
        assert seen[element] / cut[element] >= 0.9, element
        assert extra[element] / kept[element] <= 0.1, element


def test_hidden_process_denies_by_its_weights(checked) -> None:
    claims = [c for c in checked.practice.claims if c.remitted]
    clean = [c for c in claims if not c.gaps and not c.traits]
    post = [c for c in claims if "vas_post" in c.gaps]
    views = [c for c in claims if c.gaps == ["needle_views"]]
    rate = lambda cs: sum(c.denied for c in cs) / len(cs)  # noqa: E731
    assert HIDDEN_WEIGHTS["vas_post"] > HIDDEN_WEIGHTS["needle_views"]
    assert rate(post) > 0.5 > rate(clean) and rate(clean) < 0.15
    assert rate(views) < rate(post)
    # Denied lines carry the code their cause draws: no post-procedure score -> CO-50.
    assert all(c.denied == bool(c.causes) for c in claims)


def test_generator_uses_development_notes_only() -> None:
    assert all("blind" not in folder and "held" not in folder for folder, _ in BASE_SETS)
