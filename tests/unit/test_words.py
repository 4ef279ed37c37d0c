"""What a person reads (outputs/words.py): issue titles, tidy messages, OCR marks, citations."""

import pytest

from nlp_checker.elements.findings import explanation
from nlp_checker.elements.review import OCR_MIN_CONFIDENCE
from nlp_checker.outputs import words


@pytest.mark.parametrize(
    ("status", "detail", "shown"),
    [
        (
            "incomplete",
            "only one view (AP) is documented; payers ask for two",
            "Documented only in part: only one view (AP) is documented; payers ask for two.",
        ),
        (
            "incomplete",
            "the note says 'DICTATED BUT NOT READ'",
            "Documented only in part: the note says 'DICTATED BUT NOT READ'.",
        ),
        ("missing", None, "Not documented."),
        ("present", None, ""),
    ],
)
def test_words_explanation_reads_as_one_sentence(status, detail, shown):
    assert explanation(status, detail) == shown


def test_words_a_finding_carries_its_explanation_and_the_table_adds_the_fix(checker):
    # Arrange: one view only
    from tests.unit.test_elements import note

    finding = checker.check_text(note(views="AP view confirmed final needle position.")).elements[
        "needle_views"
    ]
    # Assert: the sentence a screen shows, with the view's name in words, apart from the fix
    assert finding.explanation == (
        "Documented only in part: only one view (AP) is documented; payers ask for at least two."
    )
    assert words.fix("needle_views") not in finding.explanation


def test_words_issue_text_drops_the_source_tags_and_issue_title_is_the_catalogues():
    message = "WISeR: the claim has no number (S12; C50)"
    assert words.issue_text(message, "S12; C50") == "WISeR: the claim has no number."
    assert words.issue_text(message, None).endswith("(S12; C50).")  # only its own source
    assert words.issue_title("units.over_mue") == words.issue_titles()["units.over_mue"]
    assert words.issue_title("place.unknown_kind") == "Unknown kind"
    text = words.driver_text("prior authorization missing", None, "the claim has no number")
    assert text == "Prior authorization missing: the claim has no number."
    assert words.driver_text("no post score", "missing").endswith("(not documented).")


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
