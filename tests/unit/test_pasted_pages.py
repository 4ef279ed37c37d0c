"""A handout or consent form pasted into a text note after a separator line is not evidence."""

from __future__ import annotations

from nlp_checker.ingest.layout import paged_text

NOTE = (
    "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
    "PROCEDURE: L4-5 interlaminar epidural steroid injection. The patient was prepped and draped.\n"
    "Kenalog 80 mg was injected. She tolerated the procedure.\n"
)
CONSENT = (
    "INFORMED CONSENT FOR EPIDURAL STEROID INJECTION\n"
    "I understand that the doctor will use fluoroscopy and may inject contrast dye. Risks include\n"
    "infection and headache. You may feel pressure. I consent to the procedure.\n"
    "Patient signature: ________   Witness: ________\n"
)


def test_a_consent_form_after_a_rule_of_equals_signs_is_left_out() -> None:
    text, pages = paged_text(NOTE + "=" * 40 + "\n" + CONSENT)
    assert text == NOTE
    assert [(p.checked, p.kind) for p in pages] == [(True, "note"), (False, "consent")]


def test_a_page_break_marker_also_separates() -> None:
    text, pages = paged_text(NOTE + "--- PAGE BREAK ---\n" + CONSENT)
    assert text == NOTE and pages[-1].kind == "consent"


def test_a_rule_under_a_banner_header_keeps_the_whole_note() -> None:
    # Another patient's banner above the rule is not a page of another record in a text file.
    banner = "Patient: OTHER, NAME   MRN: 77847638\n" + "-" * 74 + "\n"
    text, pages = paged_text(banner + NOTE)
    assert text == banner + NOTE
    assert len(pages) == 1 and pages[0].checked


def test_a_note_without_separators_is_one_page() -> None:
    text, pages = paged_text(NOTE + CONSENT)
    assert text == NOTE + CONSENT and len(pages) == 1
