"""PDF layouts as EHRs print them: columns, tables, repeated banners, forms, fax cover sheets."""

from __future__ import annotations

import io
import re
import textwrap

import pdfplumber
import pytest
from fpdf import FPDF

from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.load import load_bytes

LEFT = (
    "The patient was placed prone on the fluoroscopy table and the lumbar area was prepped "
    "with chlorhexidine. The L4-L5 interlaminar space was identified under fluoroscopy and "
    "the skin was anesthetized with lidocaine. A Tuohy needle was advanced with loss of "
    "resistance to saline into the posterior epidural space. LEFTEND"
)
RIGHT = (
    "RIGHTSTART AP and lateral fluoroscopic views confirmed the needle position. Omnipaque "
    "180 was injected and showed epidural spread without vascular uptake. Triamcinolone 80 "
    "mg with saline was injected slowly and the needle was removed intact. The patient "
    "tolerated the procedure well and was discharged home in stable condition."
)
BODY = [
    "Date of Service: 03/14/2025",
    "Procedure: Lumbar interlaminar epidural steroid injection at L4-L5.",
    "Fluoroscopic guidance was used. AP and lateral views confirmed needle position.",
    "Omnipaque 180 showed epidural spread without vascular uptake.",
]
SIGNATURE = "Electronically signed by Dana Whitfield, MD"


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.set_font("Helvetica", size=10)
    return pdf


def _bytes(pdf: FPDF) -> bytes:
    return bytes(pdf.output())


def two_column_pdf(row_by_row: bool) -> bytes:
    left = textwrap.wrap(LEFT, 48)
    right = textwrap.wrap(RIGHT, 48)
    pdf = _pdf()
    pdf.add_page()
    pdf.text(50, 60, "Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960")
    pdf.text(50, 74, "PROCEDURE NOTE - DESCRIPTION OF PROCEDURE (two-column print layout)")
    rows = range(max(len(left), len(right)))
    if row_by_row:
        for i in rows:
            if i < len(left):
                pdf.text(50, 100 + 13 * i, left[i])
            if i < len(right):
                pdf.text(320, 100 + 13 * i, right[i])
    else:
        for i, line in enumerate(left):
            pdf.text(50, 100 + 13 * i, line)
        for i, line in enumerate(right):
            pdf.text(320, 100 + 13 * i, line)
    pdf.text(50, 100 + 13 * len(rows) + 30, SIGNATURE)
    return _bytes(pdf)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("row_by_row", [True, False], ids=["drawn-row-by-row", "drawn-by-column"])
def test_layout_two_columns_read_column_by_column(row_by_row):
    # Act
    document = load_bytes(two_column_pdf(row_by_row), "two-column.pdf")
    text = _flat(document.text)
    # Assert: each column reads as one run of prose, left before right.
    assert _flat(LEFT) in text
    assert _flat(RIGHT) in text
    assert text.index("LEFTEND") < text.index("RIGHTSTART")
    assert text.index("Patient: Jane Roe") < text.index("The patient was placed")
    assert text.index("RIGHTSTART") < text.index("Electronically signed")


def test_layout_label_value_grid_is_not_split_into_columns():
    # Arrange: a Cerner-style grid, labels at the left margin, values in a column.
    rows = [
        (f"Field number {chr(65 + i)}:", f"value {chr(65 + i)} for the grid row") for i in range(14)
    ]
    pdf = _pdf()
    pdf.add_page()
    for i, (label, value) in enumerate(rows):
        pdf.text(50, 60 + 14 * i, label)
        pdf.text(330, 60 + 14 * i, value)
    # Act
    text = load_bytes(_bytes(pdf), "grid.pdf").text
    # Assert: each label stays on its value's line (the gutter between them reads as two spaces)
    for label, value in rows:
        assert f"{label}  {value}" in text


def table_note_pdf() -> bytes:
    pdf = _pdf()
    pdf.add_page()
    pdf.set_xy(50, 50)
    for line in ["Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960", *BODY]:
        pdf.cell(0, 14, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    with pdf.table(col_widths=(160, 80), width=240, align="LEFT") as table:
        for label, value in [
            ("Pain assessment", "Score"),
            ("Pre-procedure VAS", "7"),
            ("Post-procedure VAS", "2"),
        ]:
            row = table.row()
            row.cell(label)
            row.cell(value)
    pdf.ln(10)
    pdf.cell(0, 14, SIGNATURE, new_x="LMARGIN", new_y="NEXT")
    return _bytes(pdf)


def test_layout_table_grid_reads_as_field_value_lines(checker):
    # Act
    data = table_note_pdf()
    document = load_bytes(data, "table.pdf")
    result = checker.check_bytes(data, "table.pdf")
    # Assert
    assert "Pre-procedure VAS: 7" in document.text
    assert "Post-procedure VAS: 2" in document.text
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_pre"].value == 7
    assert result.elements["vas_post"].value == 2
    evidence = result.elements["vas_pre"].evidence[0]
    assert evidence.bbox is not None


def banner_pdf() -> bytes:
    pages = [
        [
            *BODY,
            "Pre-procedure VAS: 7/10.",
            "The 20-gauge Tuohy needle was advanced with loss of resistance to saline into the",
        ],
        [
            "posterior epidural space at L4-L5 without paresthesia.",
            "Post-procedure VAS: 2/10.",
        ],
        ["Discharged home in stable condition.", SIGNATURE],
    ]
    pdf = _pdf()
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.text(50, 40, "LAKESIDE SPINE & PAIN CENTER")
        pdf.text(50, 54, "Patient: Jane Roe   MRN: 00-FAKE-0001   DOB: 01/02/1960")
        for i, line in enumerate(lines):
            pdf.text(50, 100 + 14 * i, line)
        pdf.text(260, 760, f"Page {number} of 3")
    return _bytes(pdf)


def test_layout_repeated_header_and_footer_count_once(checker):
    # Act
    data = banner_pdf()
    document = load_bytes(data, "banner.pdf")
    result = checker.check_bytes(data, "banner.pdf")
    text = document.text
    # Assert: banner once at the top, page footer once at the end, sentence whole.
    assert text.count("LAKESIDE SPINE") == 1
    assert text.count("Patient: Jane Roe") == 1
    assert text.count("Page ") == 1
    assert text.rstrip().endswith("Page 3 of 3")
    assert "saline into the\nposterior epidural space" in text
    assert document.page_of(text.index("posterior epidural")) == 2
    assert document.page_of(text.index("Discharged")) == 3
    assert result.elements["patient_id"].status == "present"
    assert result.elements["vas_post"].value == 2
    assert result.audit.pages == 3


def test_layout_evidence_has_page_and_box_on_the_original(checker):
    # Arrange
    data = banner_pdf()
    # Act
    result = checker.check_bytes(data, "banner.pdf")
    # Assert: the box of each evidence item frames its first word on its page.
    checked = 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for finding in result.elements.values():
            for evidence in finding.evidence:
                assert evidence.bbox is not None
                assert evidence.ocr is False
                page = pdf.pages[evidence.page - 1]
                x0, top, x1, bottom = evidence.bbox
                assert 0 <= x0 < x1 <= page.width
                assert 0 <= top < bottom <= page.height
                crop = page.crop((x0 - 1, top - 1, x1 + 1, bottom + 1)).extract_text()
                first = evidence.text.split()[0]
                assert first in crop
                checked += 1
    assert checked >= 5


def form_pdf() -> bytes:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    page.setFont("Helvetica", 10)
    y = 740
    for line in ["Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960", *BODY, SIGNATURE]:
        page.drawString(50, y, line)
        y -= 14
    form = page.acroForm
    y -= 20
    page.drawString(50, y, "Pre VAS:")
    form.textfield(name="pre_vas", value="7", x=110, y=y - 4, width=60, height=16, borderWidth=0)
    y -= 24
    page.drawString(50, y, "Post VAS:")
    form.textfield(name="post_vas", value="", x=110, y=y - 4, width=60, height=16, borderWidth=0)
    y -= 24
    form.checkbox(
        name="contrast_used", tooltip="Contrast used", x=50, y=y - 2, size=11, checked=True
    )
    page.drawString(68, y, "Contrast used")
    y -= 24
    form.checkbox(name="sedation", tooltip="Sedation", x=50, y=y - 2, size=11, checked=False)
    page.drawString(68, y, "Sedation given")
    page.save()
    return out.getvalue()


def test_layout_acroform_values_and_checkboxes_are_read(checker):
    # Act
    data = form_pdf()
    document = load_bytes(data, "form.pdf")
    result = checker.check_bytes(data, "form.pdf")
    # Assert: ticked and typed values are evidence; unticked and empty are not. The field sits
    # right of its printed label: the gap between them reads as a column gap.
    assert re.search(r"Pre VAS: +7", document.text)
    assert re.search(r"Post VAS: +___", document.text)
    assert "[x] Contrast used" in document.text
    assert "[ ] Sedation given" in document.text
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_pre"].value == 7
    assert result.elements["vas_post"].status != "present"


def fax_pdf() -> bytes:
    pdf = _pdf()
    pdf.add_page()
    cover = [
        "FAX COVER SHEET",
        "To: Billing Department        Fax: 555-0100",
        "From: Lakeside Spine & Pain   Fax: 555-0199",
        "Re: procedure documentation for claim review",
        "Number of pages (including cover): 3",
        "CONFIDENTIALITY NOTICE: this facsimile is for the intended recipient only.",
    ]
    for i, line in enumerate(cover):
        pdf.text(50, 60 + 16 * i, line)
    note = [
        [
            "Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960",
            *BODY,
            "Pre-procedure VAS: 7/10.",
        ],
        ["Post-procedure VAS: 2/10.", "No complications.", SIGNATURE],
    ]
    for lines in note:
        pdf.add_page()
        for i, line in enumerate(lines):
            pdf.text(50, 60 + 14 * i, line)
    return _bytes(pdf)


def test_layout_fax_cover_sheet_is_left_out_and_reported(checker):
    # Act
    data = fax_pdf()
    document = load_bytes(data, "fax.pdf")
    result = checker.check_bytes(data, "fax.pdf")
    # Assert
    assert document.pages_checked == (2, 3)
    assert document.pages[0].kind == "cover"
    assert "FAX COVER SHEET" not in document.text
    assert document.page_of(document.text.index("Patient:")) == 2
    assert result.audit.pages_checked == [2, 3]
    assert result.audit.pages == 3
    assert result.elements["vas_pre"].evidence[0].page == 2


def test_layout_order_form_after_the_note_is_left_out():
    # Arrange
    pdf = _pdf()
    pdf.add_page()
    for i, line in enumerate(["Patient: Jane Roe  MRN: 00-FAKE-0001", *BODY, SIGNATURE]):
        pdf.text(50, 60 + 14 * i, line)
    pdf.add_page()
    form = [
        "PROCEDURE ORDER FORM / REQUISITION",
        "Ordering provider: Paul Egan, PA-C",
        "Requested procedure: repeat injection in 3 months",
        "Insurance ID: XYZ-000-FAKE   Prior authorization: pending",
        "Please schedule at the earliest opening.",
    ]
    for i, line in enumerate(form):
        pdf.text(50, 60 + 14 * i, line)
    # Act
    document = load_bytes(_bytes(pdf), "note-and-order.pdf")
    # Assert
    assert document.pages_checked == (1,)
    assert document.pages[1].kind == "form"
    assert "REQUISITION" not in document.text


def test_layout_a_signed_order_for_the_next_injection_is_left_out(checker):
    # Arrange: the note's own signature line is blank; the only e-signature signs an order
    # page for a repeat injection, which names a level and tells nothing as done.
    pdf = _pdf()
    pdf.add_page()
    lines = ["Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960", *BODY]
    lines += ["Physician signature: ______________  Date/time: ________"]
    for i, line in enumerate(lines):
        pdf.text(50, 60 + 14 * i, line)
    pdf.add_page()
    order = [
        "ORDER - FOLLOW-UP PROCEDURE",
        "Patient: Jane Roe  MRN: 00-FAKE-0001",
        "Order: repeat L5-S1 interlaminar epidural steroid injection in 8 weeks if relief fades.",
        SIGNATURE,
    ]
    for i, line in enumerate(order):
        pdf.text(50, 60 + 14 * i, line)
    data = _bytes(pdf)
    # Act
    document = load_bytes(data, "note-and-next-order.pdf")
    result = checker.check_bytes(data, "note-and-next-order.pdf")
    # Assert
    assert document.pages_checked == (1,)
    assert document.pages[1].kind == "form"
    assert result.elements["signature"].status != "present"
    assert result.complete is False


def test_layout_pdf_without_a_note_page_keeps_every_page():
    pdf = _pdf()
    pdf.add_page()
    pdf.text(50, 60, "FAX COVER SHEET - confidentiality notice - number of pages: 1")
    document = load_bytes(_bytes(pdf), "cover-only.pdf", Limits(isolate=False))
    assert document.pages_checked == (1,)


def test_layout_second_patients_note_in_the_same_pdf_is_left_out(checker):
    # Arrange: Jane Roe's note over two pages, then another patient's note.
    pdf = _pdf()
    pages = [
        [
            "Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960",
            *BODY,
            "Pre-procedure VAS: 7/10.",
        ],
        ["Post-procedure VAS: 2/10.", SIGNATURE],
        [
            "Patient: John Doe  MRN: 00-FAKE-0999  DOB: 05/06/1970",
            *BODY,
            "Pre-procedure VAS: 9/10.",
        ],
        ["Post-procedure VAS: 9/10.", "Electronically signed by Other Doctor, MD"],
    ]
    for lines in pages:
        pdf.add_page()
        for i, line in enumerate(lines):
            pdf.text(50, 60 + 14 * i, line)
    data = _bytes(pdf)
    # Act
    document = load_bytes(data, "two-patients.pdf")
    result = checker.check_bytes(data, "two-patients.pdf")
    # Assert
    assert document.pages_checked == (1, 2)
    assert [p.kind for p in document.pages] == ["note", "note", "other", "other"]
    assert "John Doe" not in document.text
    assert result.audit.pages_checked == [1, 2]
    assert result.elements["vas_pre"].value == 7


def test_layout_a_text_layer_record_number_two_digits_off_is_another_patient():
    # Arrange: the second page's MRN differs in two digits; a text layer does not misread.
    pdf = _pdf()
    pages = [
        ["Patient: Jane Roe  MRN: 00-FAKE-0117  DOB: 01/02/1960", *BODY, SIGNATURE],
        ["RECOVERY RECORD", "Patient: Joan Rowe  MRN: 00-FAKE-0191  DOB: 05/06/1970", "Pain 2/10."],
    ]
    for lines in pages:
        pdf.add_page()
        for i, line in enumerate(lines):
            pdf.text(50, 60 + 14 * i, line)
    # Act
    document = load_bytes(_bytes(pdf), "two-records.pdf", Limits(isolate=False))
    # Assert
    assert [p.kind for p in document.pages] == ["note", "other"]
    assert "Joan Rowe" not in document.text


def flowsheet_pdf() -> bytes:
    """A note whose scores are only in a nursing flowsheet drawn at column positions."""
    pdf = _pdf()
    pdf.add_page()
    y = 60
    for line in ["Patient: Jane Roe   MRN: 00-FAKE-0001   DOB: 01/02/1960", *BODY, SIGNATURE]:
        pdf.text(50, y, line)
        y += 14
    columns = (50, 100, 170, 220, 260, 300, 400)
    rows = [
        ("Time", "Phase", "BP", "HR", "SpO2", "Pain NRS (0-10)", "Initials"),
        ("07:42", "Admission", "146/88", "76", "97%", "8", "KT"),
        ("08:20", "Intra-proc", "140/84", "72", "98%", "--", "KT"),
        ("08:55", "Phase II", "132/80", "70", "98%", "3", "DL"),
    ]
    y += 20
    for row in rows:
        for x, cell in zip(columns, row, strict=True):
            pdf.text(x, y, cell)
        y += 14
    pdf.text(50, y + 14, "Phase II note: up to chair, ambulating with a steady gait.")
    return _bytes(pdf)


def test_layout_a_flowsheet_drawn_at_column_positions_reads_by_column(checker):
    data = flowsheet_pdf()
    document = load_bytes(data, "flowsheet.pdf")
    result = checker.check_bytes(data, "flowsheet.pdf")
    # The layer's single spaces between cells are widened to a column gap; prose keeps its own.
    assert "07:42  Admission  146/88  76  97%  8  KT" in document.text
    assert "Phase II note: up to chair, ambulating with a steady gait." in document.text
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (8, 3)
