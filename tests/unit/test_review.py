"""Low-confidence OCR evidence is not grounds for `present`; a non-note text is not scored."""

from nlp_checker.elements.findings import Evidence, Finding
from nlp_checker.elements.review import OCR_MIN_CONFIDENCE, documented, review_finding


def _finding(confidences, ocr=True):
    evidence = [
        Evidence(text="Omnipaque", start=i, end=i + 9, rule="CON-01", ocr=ocr, confidence=c)
        for i, c in enumerate(confidences)
    ]
    return Finding(status="present", value={}, required=True, evidence=evidence)


def test_review_low_confidence_ocr_only_is_uncertain():
    reviewed = review_finding("Contrast flow", _finding([41.0, 47.0]))
    assert reviewed.status == "uncertain"
    assert reviewed.review.code == "low_ocr_confidence"
    assert "confidence 41" in reviewed.review.message
    assert documented({"contrast_flow": reviewed}) is False


def test_review_one_confident_quote_is_enough():
    reviewed = review_finding("Contrast flow", _finding([41.0, OCR_MIN_CONFIDENCE + 20]))
    assert reviewed.status == "present" and reviewed.review is None
    assert documented({"contrast_flow": reviewed}) is True


def test_review_text_layer_is_never_downgraded():
    reviewed = review_finding("Contrast flow", _finding([None], ocr=False))
    assert reviewed.status == "present" and reviewed.review is None


def test_review_text_that_is_not_a_procedure_note_is_an_error_row(checker):
    result = checker.check_text("hello world")
    assert result.status == "error"
    assert result.error.type == "not_a_procedure_note"
    assert result.risk is None and result.complete is False
