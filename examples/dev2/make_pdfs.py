#!/usr/bin/env python3
"""Render multi-page DEV example PDFs in which not every page is the note.

Usage:  pip install fpdf2 && python examples/dev2/make_pdfs.py

Each PDF is built from text files under examples/dev2/pages/, one file per
source page, in order. Every file starts on a new PDF page; a long file
flows onto further pages. The extra pages (a patient-education handout, a
consent form, a fax cover sheet) are not the procedure note, so the gold
labels in gold_dev2.jsonl are taken from the note pages only.

Same approach as make_pdfs.py: fpdf2 core fonts (text forced to Latin-1),
a fixed creation date so that the output is reproducible.
"""

import pathlib
import sys

from fpdf import FPDF

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from make_pdfs import FIXED_DATE, latin1  # noqa: E402

PAGES_DIR = HERE / "pages"
PDF_DIR = HERE

# pdf stem -> list of (page file stem, font family, font size pt, line height mm)
DOCUMENTS = {
    # note page, then a patient-education handout page
    "dev81_note_handout": [
        ("dev81_p1_note", "Courier", 9, 4.4),
        ("dev81_p2_handout", "Helvetica", 11, 5.6),
    ],
    # consent form page first, then the note page
    "dev82_consent_note": [
        ("dev82_p1_consent", "Helvetica", 10, 5.4),
        ("dev82_p2_note", "Courier", 9, 4.4),
    ],
    # fax cover sheet, then a note that flows over two pages
    "dev83_faxcover_note": [
        ("dev83_p1_faxcover", "Helvetica", 12, 6.5),
        ("dev83_p2_note", "Courier", 12, 6.5),
    ],
}


def render(stem: str, pages: list[tuple[str, str, float, float]]) -> pathlib.Path:
    pdf = FPDF(orientation="P", unit="mm", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(stem)
    pdf.set_author("nlp-checker examples (fictional data)")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(auto=True, margin=15)
    for page_stem, family, size, line_h in pages:
        text = latin1((PAGES_DIR / f"{page_stem}.txt").read_text(encoding="utf-8"))
        pdf.add_page()
        pdf.set_font(family, size=size)
        width = pdf.w - pdf.l_margin - pdf.r_margin
        for line in text.splitlines():
            if not line.strip():
                pdf.ln(line_h)
                continue
            pdf.multi_cell(width, line_h, line, new_x="LMARGIN", new_y="NEXT")
    out = PDF_DIR / f"{stem}.pdf"
    pdf.output(str(out))
    return out


def main() -> None:
    PDF_DIR.mkdir(exist_ok=True)
    for stem, pages in DOCUMENTS.items():
        out = render(stem, pages)
        print(f"{out.relative_to(HERE)}  {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
