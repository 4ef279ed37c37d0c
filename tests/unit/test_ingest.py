import codecs

import pytest

from nlp_checker.errors import (
    BinaryContentError,
    CorruptPdfError,
    EmptyInputError,
    TooLargeError,
    UnsupportedFormatError,
)
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.load import load_bytes, load_text

NOTE = "Patient: Jane Roe\nPre-procedure VAS 7/10 — café\n"


@pytest.mark.parametrize(
    "data",
    [
        NOTE.encode("utf-8"),
        codecs.BOM_UTF8 + NOTE.encode("utf-8"),
        NOTE.encode("utf-16"),  # with BOM
        NOTE.encode("latin-1", errors="replace").replace(b"\x97", b"-"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "latin1"],
)
def test_ingest_decodes_supported_encodings(data):
    document = load_bytes(data, "note.txt")
    assert "Pre-procedure VAS 7/10" in document.text
    assert document.media_type == "text/plain"
    assert len(document.sha256) == 64


def test_ingest_normalises_crlf_and_keeps_offsets_in_the_text():
    document = load_bytes(b"Line one\r\nLine two\r\n", "n.txt")
    assert document.text == "Line one\nLine two\n"
    assert document.page_of(10) == 1


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\t ", EmptyInputError),
        (b"\x00\x01\x02binary\x00", BinaryContentError),
        (b"PK\x03\x04zipdata", UnsupportedFormatError),
        (b"%PDF-1.7\n1 0 obj broken", CorruptPdfError),
    ],
    ids=["empty", "whitespace", "binary", "zip", "truncated-pdf"],
)
def test_ingest_rejects_bad_input_with_a_typed_error(data, error):
    with pytest.raises(error) as info:
        load_bytes(data, "x.txt")
    assert info.value.code
    assert str(info.value)


def test_ingest_enforces_the_size_limit():
    with pytest.raises(TooLargeError):
        load_bytes(b"a" * 2000, "big.txt", Limits(max_bytes=1000))


def test_ingest_load_text_rejects_empty_text():
    with pytest.raises(EmptyInputError):
        load_text("  \n ")


def test_ingest_pdf_keeps_page_numbers(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_font("Helvetica", size=11)
    for line in ("Patient: Jane Roe  MRN: 1234567", "Pre-procedure VAS: 7/10"):
        pdf.add_page()
        pdf.cell(0, 10, line)
    path = tmp_path / "two.pdf"
    pdf.output(str(path))
    document = load_bytes(path.read_bytes(), "two.pdf")
    second = document.text.index("Pre-procedure")
    assert document.media_type == "application/pdf"
    assert [p.number for p in document.pages] == [1, 2]
    assert document.page_of(0) == 1
    assert document.page_of(second) == 2


def test_ingest_form_feed_pages_of_a_text_export_leave_the_fax_cover_out(checker):
    # Arrange: text exported from a fax keeps a form feed between its pages
    from tests.conftest import EXAMPLES

    cover = (
        "FAX COVER SHEET\nTo: Billing   From: Pain clinic\nNumber of pages (including cover): 2\n"
        "RE: Jane Roe  DOB 01/01/1960  MRN 12345\nConfidentiality notice: intended recipient only."
    )
    note = (EXAMPLES / "notes" / "dev01_ehr_banner.txt").read_text(encoding="utf-8")
    # Act
    paged = checker.check_text(cover + "\f" + note)
    # Assert
    assert paged.audit.pages_checked == [2]
    assert [(p.page, p.kind) for p in paged.audit.pages_left_out] == [(1, "cover")]
    assert "FAX COVER" not in str([e.text for f in paged.elements.values() for e in f.evidence])
    assert {k: f.status for k, f in paged.elements.items()} == {
        k: f.status for k, f in checker.check_text(note).elements.items()
    }
