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


def _ocr_document(line_confidences: list[list[float]]):
    """A one-page OCR document: one line of words per list, each word 'wN' at its confidence."""
    from array import array

    from nlp_checker.ingest.document import Page, SourceDocument

    lines, words = [], array("d")
    offset = 0
    for row, confidences in enumerate(line_confidences):
        line = []
        for col, confidence in enumerate(confidences):
            token = f"w{col}"
            words.extend([offset, offset + len(token), 1, col * 40, row * 20, col * 40 + 30])
            words.extend([row * 20 + 12, confidence])
            line.append(token)
            offset += len(token) + 1
        lines.append(" ".join(line))
    text = "\n".join(lines)
    page = Page(number=1, start=0, end=len(text), ocr=True, confidence=80.0)
    return SourceDocument("scan.png", text, "image/png", "0" * 64, (page,), words)


def test_review_a_clean_word_on_a_misread_line_carries_the_line_median():
    # Arrange: the score reads at 54 on a smeared line (26, 54, 58, 0, 6); the next line is clean
    document = _ocr_document([[26.0, 54.0, 58.0, 0.0, 6.0], [96.0, 96.0, 12.0, 96.0]])
    second_line = document.text.index("\n") + 1
    # Act
    smeared = document.locate(3, 5)  # "w1" on the first line
    clean = document.locate(second_line, second_line + 2)  # "w0", on a line with one bad word
    # Assert
    assert smeared.confidence == 26.0  # the line's median, not the word's 54
    assert clean.confidence == 96.0
    assert review_finding("Post VAS", _finding([smeared.confidence])).status == "uncertain"
