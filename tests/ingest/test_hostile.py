"""Every hostile input gives a typed error in the result, or a bounded, correct result."""

from __future__ import annotations

import time

import pytest

from nlp_checker.errors import EmptyInputError, InputError, TooLargeError
from nlp_checker.ingest import ocr
from nlp_checker.ingest.deadline import Deadline
from nlp_checker.ingest.failures import OcrUnavailableError, TimeLimitError
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.load import load_bytes, load_path
from tests.ingest.make_hostile import make_corpus, note_pdf, pathological_pdf

HAS_OCR = ocr.unavailable_reason() is None
# Without Tesseract, image inputs stop at a typed "OCR not installed" error instead.
NO_TEXT = "no_text_layer" if HAS_OCR else "ocr_unavailable"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("zero_byte.pdf", "empty_input"),
        ("truncated.pdf", "corrupt_pdf"),
        ("encrypted.pdf", "encrypted_pdf"),
        ("pages_300.pdf", "too_large"),
        ("huge_mediabox_scan.pdf", NO_TEXT),
        ("jpeg_named.pdf", NO_TEXT),
        ("zip_named.pdf", "unsupported_format"),
        ("binary_named.txt", "binary_content"),
        ("big_20mb.txt", "too_large"),
        ("bomb.docx", "too_large"),
        ("entity_loop.docx", "unsupported_format"),
    ],
)
def test_hostile_input_gives_a_typed_error_result(checker, corpus, case, code):
    # Act
    started = time.monotonic()
    result = checker.check_file(corpus[case])
    # Assert
    assert result.status == "error"
    assert result.error is not None
    assert result.error.type == code
    assert result.error.message
    assert result.elements == {}
    assert time.monotonic() - started < 30


@pytest.mark.parametrize(
    "case",
    [
        "broken_xref.pdf",
        "huge_mediabox_text.pdf",
        "latin1.txt",
        "utf16.txt",
        "note.docx",
        "note.rtf",
    ],
)
def test_hostile_input_that_can_be_read_gives_the_right_findings(checker, corpus, case):
    # Act
    result = checker.check_file(corpus[case])
    # Assert
    assert result.status == "ok", result.error
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_pre"].value == 7
    assert result.elements["imaging_guidance"].status == "present"
    assert result.elements["patient_id"].status == "present"


@pytest.mark.parametrize("case", ["latin1.txt", "utf16.txt"])
def test_hostile_encodings_decode_accents(corpus, case):
    document = load_path(corpus[case])
    assert "caf\u00e9 owner" in document.text


def test_hostile_page_limit_is_configurable(corpus):
    # Arrange
    limits = Limits(max_pages=400)
    # Act
    started = time.monotonic()
    document = load_path(corpus["pages_300.pdf"], limits)
    # Assert
    assert len(document.pages) == 300
    assert document.page_of(len(document.text) - 1) == 300
    assert time.monotonic() - started < 10


def test_hostile_size_limit_is_configurable(corpus):
    with pytest.raises(TooLargeError):
        load_path(corpus["latin1.txt"], Limits(max_bytes=100))


def test_hostile_docx_expansion_limit_is_configurable(corpus):
    # Arrange
    data = corpus["note.docx"].read_bytes()
    # Act / Assert: the small note is refused under a limit smaller than its own XML.
    with pytest.raises(TooLargeError, match="expands to"):
        load_bytes(data, "note.docx", Limits(max_expanded_bytes=1000, isolate=False))
    assert "epidural" in load_bytes(data, "note.docx", Limits(isolate=False)).text.lower()


def test_hostile_huge_media_box_text_keeps_positions(corpus):
    document = load_path(corpus["huge_mediabox_text.pdf"])
    assert document.pages[0].width == 200000
    where = document.locate(0, 9)
    assert where.bbox is not None
    assert where.bbox[1] < 2000  # near the top of the page, in top-left coordinates


def test_hostile_time_limit_stops_a_pathological_pdf(corpus):
    # Arrange: one page drawing two million text objects (151 KB compressed).
    limits = Limits(max_seconds=1.0)
    # Act
    started = time.monotonic()
    with pytest.raises(TimeLimitError) as info:
        load_path(corpus["pathological.pdf"], limits)
    elapsed = time.monotonic() - started
    # Assert: killed at the limit plus the reader's grace period, not when PDFium finishes.
    assert info.value.code == "time_limit"
    assert elapsed < 5
    # The next document gets a fresh reader.
    assert "Pre-procedure VAS" in load_bytes(note_pdf(), "next.pdf", limits).text


def test_hostile_memory_limit_stops_the_reader_not_the_run(corpus):
    # Arrange: the pathological page needs about 1 GB inside PDFium.
    limits = Limits(max_memory_mb=600, max_seconds=30)
    # Act
    with pytest.raises(InputError) as info:
        load_path(corpus["pathological.pdf"], limits)
    # Assert
    assert info.value.code in {"extraction_failed", "too_large"}
    assert "Pre-procedure VAS" in load_bytes(note_pdf(), "next.pdf", limits).text


def test_hostile_time_limit_applies_in_process_too():
    with pytest.raises(TimeLimitError):
        load_bytes(pathological_pdf(600_000), "p.pdf", Limits(max_seconds=0.01, isolate=False))


def test_hostile_deadline_reports_the_step():
    deadline = Deadline(0)
    time.sleep(0.001)
    with pytest.raises(TimeLimitError, match="reading page 3"):
        deadline.check("reading page 3")


def test_hostile_scan_without_tesseract_says_how_to_install_it(monkeypatch, corpus):
    # Arrange: pretend the Tesseract binary is missing (in process, so the patch applies).
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: "the Tesseract OCR program is missing")
    limits = Limits(isolate=False)
    # Act / Assert
    for case in ("jpeg_named.pdf", "huge_mediabox_scan.pdf"):
        with pytest.raises(OcrUnavailableError) as info:
            load_path(corpus[case], limits)
        assert info.value.code == "ocr_unavailable"
        assert "apt-get install tesseract-ocr" in str(info.value)


def test_hostile_scan_without_tesseract_is_an_error_result_not_missing_elements(
    checker, monkeypatch, corpus
):
    monkeypatch.setattr(ocr, "unavailable_reason", lambda: "the Tesseract OCR program is missing")
    monkeypatch.setattr(checker, "limits", Limits(isolate=False))
    result = checker.check_file(corpus["huge_mediabox_scan.pdf"])
    assert result.status == "error"
    assert result.error.type == "ocr_unavailable"
    assert "tesseract" in result.error.message.lower()


def test_hostile_empty_docx_text_is_empty_input():
    with pytest.raises(EmptyInputError):
        load_bytes(b"{\\rtf1\\ansi }", "empty.rtf")
