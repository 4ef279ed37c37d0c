#!/usr/bin/env python3
"""Render a few DEV example notes into PDFs with a real text layer.

Usage:  pip install fpdf2 && python examples/make_pdfs.py

Writes examples/pdf/<stem>.pdf for each stem in NOTES. Core fonts only
(Courier/Helvetica), so the text is forced to Latin-1. dev05 is rendered with a
larger font and extra line spacing so that it spans two pages.
"""

import datetime
import pathlib

from fpdf import FPDF

HERE = pathlib.Path(__file__).resolve().parent
NOTES_DIR = HERE / "notes"
PDF_DIR = HERE / "pdf"

# stem -> (font family, font size pt, line height mm)
NOTES = {
    "dev05_caudal_fluoro": ("Courier", 11, 6.0),  # 2 pages
    "dev11_dictation_hardbreaks": ("Helvetica", 10, 5.0),
    "dev16_blank_template": ("Courier", 9, 4.4),
    "dev25_cervical_c7t1": ("Courier", 9, 4.4),
}

# Characters outside Latin-1 that may appear in notes, mapped to ASCII.
TRANSLIT = {
    "\u2013": "-",
    "\u2014": "--",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2192": "->",
    "\u2265": ">=",
    "\u2264": "<=",
    "\u2022": "*",
    "\u00b7": "-",
    "\u2026": "...",
}

FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def latin1(text: str) -> str:
    text = "".join(TRANSLIT.get(ch, ch) for ch in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def render(stem: str, family: str, size: float, line_h: float) -> pathlib.Path:
    text = latin1((NOTES_DIR / f"{stem}.txt").read_text(encoding="utf-8"))
    pdf = FPDF(orientation="P", unit="mm", format="letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(stem)
    pdf.set_author("nlp-checker examples (fictional data)")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(auto=True, margin=15)
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
    for stem, (family, size, line_h) in NOTES.items():
        out = render(stem, family, size, line_h)
        print(f"{out.relative_to(HERE)}  {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
