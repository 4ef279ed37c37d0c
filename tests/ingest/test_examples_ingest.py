"""The examples' PDFs and scans give the same findings as their text versions."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from nlp_checker.ingest import ocr
from tests.conftest import REQUIRED_62323

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REQUIRED = REQUIRED_62323
NO_OCR = ocr.unavailable_reason()
needs_ocr = pytest.mark.skipif(
    NO_OCR is not None, reason=f"OCR tests need Tesseract ({NO_OCR}); apt-get install tesseract-ocr"
)


def _pdf_rows() -> list[tuple[str, str]]:
    rows = []
    for line in (EXAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["id"].endswith("_pdf"):
            rows.append((row["id"], row["source"]))
    return rows


def _scans() -> list[Path]:
    return sorted((EXAMPLES / "scans").glob("*.p[dn][fg]"))


def _twin(path: Path) -> Path:
    return EXAMPLES / "notes" / f"{path.stem}.txt"


def test_examples_ingest_corpus_has_pdfs_and_scans():
    assert len(_pdf_rows()) >= 4
    assert len(_scans()) >= 4


@pytest.mark.parametrize(("row_id", "source"), _pdf_rows(), ids=[r[0] for r in _pdf_rows()])
def test_examples_ingest_pdf_matches_its_text_twin(checker, row_id, source):
    # Arrange
    pdf_path = EXAMPLES / source
    # Act
    pdf = checker.check_file(pdf_path)
    txt = checker.check_file(_twin(pdf_path))
    # Assert: every element, not only the required ones.
    assert pdf.status == "ok", pdf.error
    assert {k: f.status for k, f in pdf.elements.items()} == {
        k: f.status for k, f in txt.elements.items()
    }, row_id
    assert pdf.complete == txt.complete
    assert pdf.audit.pages_checked == list(range(1, pdf.audit.pages + 1))
    for finding in pdf.elements.values():
        for evidence in finding.evidence:
            assert evidence.bbox is not None
            assert evidence.ocr is False


@needs_ocr
@pytest.mark.parametrize("path", _scans(), ids=[p.name for p in _scans()])
def test_examples_ingest_scan_matches_its_text_twin_on_required_elements(checker, path):
    # Act
    scan = checker.check_file(path)
    txt = checker.check_file(_twin(path))
    # Assert
    assert scan.status == "ok", scan.error
    for element in REQUIRED:
        assert scan.elements[element].status == txt.elements[element].status, element
    evidence = [e for f in scan.elements.values() for e in f.evidence]
    assert evidence
    assert all(e.ocr for e in evidence)
    assert all(e.confidence is not None and 0 <= e.confidence <= 100 for e in evidence)
    assert any(e.bbox is not None for e in evidence)


@needs_ocr
@pytest.mark.parametrize(
    ("fmt", "rotate"),
    [("TIFF", 0), ("JPEG", 0), ("PNG", 90)],
    ids=["tiff", "jpeg", "png-turned-90"],
)
def test_examples_ingest_image_formats_and_turned_pages(checker, fmt, rotate):
    # Arrange: a low-resolution (150 dpi) copy of a scanned example, maybe turned on its side.
    from PIL import Image

    source = EXAMPLES / "scans" / "dev25_cervical_c7t1.png"
    with Image.open(source) as image:
        page = image.convert("L")
    page = page.resize((page.width * 3 // 4, page.height * 3 // 4))
    if rotate:
        page = page.rotate(rotate, expand=True, fillcolor=255)
    out = io.BytesIO()
    page.save(out, fmt)
    # Act
    scan = checker.check_bytes(out.getvalue(), f"scan.{fmt.lower()}")
    txt = checker.check_file(_twin(source))
    # Assert
    assert scan.status == "ok", scan.error
    assert scan.audit.media_type == f"image/{fmt.lower()}"
    matching = [e for e in REQUIRED if scan.elements[e].status == txt.elements[e].status]
    assert len(matching) >= len(REQUIRED) - 1, matching
    boxes = [e.bbox for f in scan.elements.values() for e in f.evidence]
    assert boxes
    assert all(b is not None for b in boxes)
    for x0, top, x1, bottom in boxes:
        assert 0 <= x0 < x1 <= page.width + 1
        assert 0 <= top < bottom <= page.height + 1
    if rotate:
        # Boxes are mapped back onto the page as scanned, where the lines run vertically.
        assert sum(1 for b in boxes if b[3] - b[1] > b[2] - b[0]) > len(boxes) / 2


@needs_ocr
def test_examples_ingest_multipage_tiff_keeps_pages(checker):
    # Arrange: the two-page example faxed as one two-frame TIFF.
    import pypdfium2 as pdfium

    printed = pdfium.PdfDocument(EXAMPLES / "pdf" / "dev05_caudal_fluoro.pdf")
    frames = [printed[i].render(scale=200 / 72, grayscale=True).to_pil() for i in range(2)]
    printed.close()
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    # Act
    result = checker.check_bytes(out.getvalue(), "fax.tiff")
    txt = checker.check_file(EXAMPLES / "notes" / "dev05_caudal_fluoro.txt")
    # Assert
    assert result.status == "ok", result.error
    assert result.audit.pages == 2
    assert result.audit.pages_checked == [1, 2]
    pages = {e.page for f in result.elements.values() for e in f.evidence}
    assert pages == {1, 2}
    for element in REQUIRED:
        assert result.elements[element].status == txt.elements[element].status, element


@needs_ocr
def test_examples_ingest_scan_with_a_stamped_fax_header_is_read_by_ocr(checker):
    # Arrange: fax software stamps a text line on top of the scanned page image.
    from fpdf import FPDF

    source = EXAMPLES / "scans" / "dev25_cervical_c7t1.png"
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_page()
    pdf.image(str(source), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_font("Helvetica", size=8)
    pdf.text(20, 10, "03/27/2025 10:22 FROM: HARBORVIEW ASC TO: BILLING OFFICE P. 001/001")
    data = bytes(pdf.output())
    # Act
    scan = checker.check_bytes(data, "faxed.pdf")
    txt = checker.check_file(_twin(source))
    # Assert
    assert scan.status == "ok", scan.error
    for element in REQUIRED:
        assert scan.elements[element].status == txt.elements[element].status, element
    assert all(e.ocr for f in scan.elements.values() for e in f.evidence)


def _render_printout(text: str, family: str, size: float, line_height: float) -> bytes:
    """Print a note as an EHR does: small pages, letterhead and "Page n of m" on every page."""
    import sys

    from fpdf import FPDF

    sys.path.insert(0, str(EXAMPLES))
    from make_pdfs import latin1

    class Printout(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.cell(0, 4, "NORTHSIDE PAIN CLINIC - CONFIDENTIAL", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", size=8)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Printout(unit="mm", format=(140, 120))
    pdf.alias_nb_pages()
    pdf.set_margins(8, 10, 8)
    pdf.set_auto_page_break(auto=True, margin=14)
    pdf.add_page()
    pdf.set_font(family, size=size)
    for line in latin1(text).splitlines():
        if not line.strip():
            pdf.ln(line_height)
            continue
        pdf.multi_cell(pdf.w - 16, line_height, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


NOTES = sorted((EXAMPLES / "notes").glob("*.txt"))


@pytest.mark.parametrize(
    "style", [("Courier", 7, 3.2), ("Helvetica", 8, 3.6)], ids=["courier", "helvetica"]
)
@pytest.mark.parametrize("note", NOTES, ids=[p.stem for p in NOTES])
def test_examples_ingest_every_note_printed_over_pages_matches_its_text(checker, note, style):
    # Arrange: wrapped lines, 2-4 pages, a repeated letterhead and page footer.
    data = _render_printout(note.read_text(encoding="utf-8"), *style)
    # Act
    pdf = checker.check_bytes(data, f"{note.stem}.pdf")
    txt = checker.check_file(note)
    # Assert
    assert pdf.status == "ok", pdf.error
    assert {k: f.status for k, f in pdf.elements.items()} == {
        k: f.status for k, f in txt.elements.items()
    }


_BOX = re.compile(r"\[( |x|X)\]")
_GRID = re.compile(r"^\s*([A-Za-z][^:\[\]]{1,40}):\s{2,}(\S.*)$")


def _render_acroform(text: str) -> bytes:
    """Print a checkbox template as a fillable form: every ``[x]``/``[ ]`` is a checkbox widget."""
    import sys

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    sys.path.insert(0, str(EXAMPLES))
    from make_pdfs import latin1

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    font, size = "Courier", 8
    y, count = 760, 0
    for line in latin1(text).splitlines():
        if y < 40:
            page.showPage()
            y = 760
        page.setFont(font, size)
        x, position = 40.0, 0
        for match in _BOX.finditer(line):
            chunk = line[position : match.start()]
            page.drawString(x, y, chunk)
            x += stringWidth(chunk, font, size)
            count += 1
            page.acroForm.checkbox(
                name=f"box{count}", x=x, y=y - 1, size=8, borderWidth=0,
                checked=match.group(1) != " ", buttonStyle="cross",
            )  # fmt: skip
            x += stringWidth("[x]", font, size)
            position = match.end()
        page.drawString(x, y, line[position:])
        y -= 11
    page.save()
    return out.getvalue()


def _render_ruled_grid(text: str) -> bytes:
    """Print ``Label:   value`` runs of a note as ruled two-column tables, the rest as text."""
    import sys

    from fpdf import FPDF

    sys.path.insert(0, str(EXAMPLES))
    from make_pdfs import latin1

    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(auto=True, margin=40)
    pdf.set_margins(40, 40, 40)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    lines = latin1(text).splitlines()
    index = 0
    while index < len(lines):
        rows = []
        while index < len(lines) and (match := _GRID.match(lines[index])):
            rows.append((match.group(1).strip(), match.group(2).strip()))
            index += 1
        if len(rows) >= 2:
            with pdf.table(col_widths=(150, 380), width=530, align="LEFT", line_height=11) as table:
                for label, value in rows:
                    row = table.row()
                    row.cell(label)
                    row.cell(value)
            continue
        index -= len(rows)
        line = lines[index]
        index += 1
        if line.strip():
            pdf.multi_cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(10)
    return bytes(pdf.output())


_TEMPLATES = [p for p in NOTES if _BOX.search(p.read_text(encoding="utf-8"))]
_GRIDS = [
    p
    for p in NOTES
    if sum(1 for line in p.read_text(encoding="utf-8").splitlines() if _GRID.match(line)) >= 4
]


@pytest.mark.parametrize(
    ("note", "render"),
    [(p, _render_acroform) for p in _TEMPLATES] + [(p, _render_ruled_grid) for p in _GRIDS],
    ids=[f"acroform-{p.stem}" for p in _TEMPLATES] + [f"ruled-grid-{p.stem}" for p in _GRIDS],
)
def test_examples_ingest_forms_and_ruled_grids_match_their_text(checker, note, render):
    # Arrange
    data = render(note.read_text(encoding="utf-8"))
    # Act
    pdf = checker.check_bytes(data, f"{note.stem}.pdf")
    txt = checker.check_file(note)
    # Assert
    assert pdf.status == "ok", pdf.error
    assert {k: f.status for k, f in pdf.elements.items()} == {
        k: f.status for k, f in txt.elements.items()
    }


def test_examples_ingest_layout_variants_cover_forms_and_grids():
    assert len(_TEMPLATES) >= 3
    assert len(_GRIDS) >= 3


def fax_scan(note: Path, angle: float, seed: int) -> bytes:
    """Print a note (Courier 9) and fax it: 200 dpi, turned by ``angle``, speckled, 1-bit."""
    import sys

    import pypdfium2 as pdfium
    from fpdf import FPDF

    sys.path.insert(0, str(EXAMPLES))
    from make_pdfs import latin1
    from make_scans import degrade

    pdf = FPDF(unit="mm", format="letter")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    pdf.set_font("Courier", size=9)
    for line in latin1(note.read_text(encoding="utf-8")).splitlines():
        if line.strip():
            pdf.multi_cell(pdf.w - 30, 4.4, line, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(4.4)
    printed = pdfium.PdfDocument(bytes(pdf.output()))
    pages = [
        degrade(printed[i].render(scale=200 / 72, grayscale=True).to_pil(), angle, seed + i)
        for i in range(len(printed))
    ]
    printed.close()
    out = io.BytesIO()
    pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:])
    return out.getvalue()


# Notes whose scans need the OCR clean-up: a label | value grid read row by row (dev13), checkbox
# glyphs misread as "{x]" (dev03), "L4-LS" for L4-L5 (dev17), "PRE -PROCEDURE" (dev10).
_OCR_HARD = [
    "dev13_nrs_zero",
    "dev03_checkbox_template",
    "dev17_contrast_none",
    "dev10_clo_negative_ros",
]


@needs_ocr
@pytest.mark.parametrize("stem", _OCR_HARD)
def test_examples_ingest_fax_scans_of_grids_checkboxes_and_levels(checker, stem):
    # Arrange
    note = EXAMPLES / "notes" / f"{stem}.txt"
    data = fax_scan(note, angle=1.5, seed=len(stem))
    # Act
    scan = checker.check_bytes(data, f"{stem}.pdf")
    txt = checker.check_file(note)
    # Assert
    assert scan.status == "ok", scan.error
    for element in REQUIRED:
        read, typed = scan.elements[element], txt.elements[element]
        # A key word OCR garbled ("/s3/" for "/s/") is evidence under review, not grounds for
        # `present`: the scan may say `uncertain` where the text says `present`, with the reason.
        garbled = (
            typed.status == "present" and read.status == "uncertain" and read.review is not None
        )
        assert read.status == typed.status or garbled, element
