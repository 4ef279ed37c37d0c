"""What a person reads (outputs/words.py): issue titles, tidy messages, OCR marks, citations."""

import pytest

from nlp_checker.elements.review import OCR_MIN_CONFIDENCE
from nlp_checker.outputs import words


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (
            "Documented only in part. (only one view (ap) is documented; payers ask for two)",
            "Documented only in part: only one view (AP) is documented; payers ask for two.",
        ),
        (
            "Documented only in part. (the note says 'DICTATED BUT NOT READ')",
            "Documented only in part: the note says 'DICTATED BUT NOT READ'.",
        ),
        ("Not documented.", "Not documented."),
    ],
)
def test_words_detail_text_reads_as_one_sentence(raw, shown):
    assert words.detail_text(raw) == shown


def test_words_message_text_keeps_the_fix_after_the_detail():
    # Arrange: a finding message as the elements stage writes it
    fix = words.fix("needle_views")
    message = f"{words.title('needle_views')}: Documented only in part. (one view (ap)) {fix}"
    # Act / Assert
    assert words.message_text("needle_views", message) == (
        f"Documented only in part: one view (AP). {fix}"
    )


def test_words_issue_text_drops_the_source_tags_and_issue_title_is_the_catalogues():
    message = "WISeR: the claim has no number (S12; C50)"
    assert words.issue_text(message, "S12; C50") == "WISeR: the claim has no number."
    assert words.issue_text(message, None).endswith("(S12; C50).")  # only its own source
    assert words.issue_title("units.over_mue") == words.issue_titles()["units.over_mue"]
    assert words.issue_title("place.unknown_kind") == "Unknown kind"
    reason = "Prior authorization missing: the claim has no number (S12; C50)"
    assert "S12" not in words.driver_reason(reason, ["S12; C50", None])


@pytest.mark.parametrize(
    ("confidence", "low"),
    [(None, False), (OCR_MIN_CONFIDENCE, False), (OCR_MIN_CONFIDENCE - 0.5, True), (12.0, True)],
)
def test_words_ocr_text_marks_low_confidence_for_review(confidence, low):
    text = words.ocr_text(confidence)
    assert text.startswith("read by OCR")
    assert words.ocr_low(confidence) is low
    assert ("check it against the scan" in text) is low
    if confidence is not None:
        assert f"{confidence:.0f}% confidence" in text


def test_words_cite_keeps_acronyms():
    cited = words.cite("S12", short=True)
    assert "CMS WISeR" in cited and "cMS" not in cited
