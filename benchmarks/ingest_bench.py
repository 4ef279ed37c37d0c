#!/usr/bin/env python3
"""Measure ingest cost per page: text-layer PDFs (pypdfium2 vs pdfplumber) and scanned pages.

Usage:  .venv/bin/python benchmarks/ingest_bench.py [--repeats 30] [--ocr-repeats 2]
        .venv/bin/python benchmarks/ingest_bench.py --forms

Prints a Markdown table of medians (ms per page) for:

* before: pdfplumber ``extract_text`` and bare pypdfium2 ``get_text_range``;
* after: the ingest layer in process (pypdfium2 text + word boxes + layout) and through the
  reader process that enforces the time limit; pages with ruled tables (pdfplumber path);
* end to end: ``Checker.check_file`` on one-page text-layer PDFs and on their .txt twins;
* scanned pages: OCR of the image-only example scans (render/prepare + Tesseract);
* with ``--forms``: CPU time to read flat AcroForms of 2,500, 5,000 and 10,000 widgets.

Only synthetic example notes are read; nothing of their text is printed.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from nlp_checker.ingest.limits import Limits  # noqa: E402
from nlp_checker.ingest.load import PDF, extract_content, load_bytes  # noqa: E402

EXAMPLES = ROOT / "examples"


def median_ms(func: Callable[[], object], repeats: int) -> float:
    func()  # warm-up: imports, caches, the reader process
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def page_count(data: bytes) -> int:
    pdf = pdfium.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def plumber_text(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def pdfium_text(data: bytes) -> None:
    pdf = pdfium.PdfDocument(data)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def layout_pdfs() -> dict[str, bytes]:
    """Generated layout PDFs from the ingest tests (two columns, table, banner over 3 pages)."""
    from tests.ingest.test_layout import banner_pdf, table_note_pdf, two_column_pdf

    return {
        "two-column page": two_column_pdf(row_by_row=True),
        "ruled table page (pdfplumber path)": table_note_pdf(),
        "3 pages, repeated banner": banner_pdf(),
    }


def text_layer_rows(repeats: int) -> list[tuple[str, int, float, float, float, float]]:
    inline = Limits(isolate=False)
    isolated = Limits()
    docs = {p.name: p.read_bytes() for p in sorted((EXAMPLES / "pdf").glob("*.pdf"))}
    docs.update(layout_pdfs())
    rows = []
    for name, data in docs.items():
        pages = page_count(data)
        rows.append(
            (
                name,
                pages,
                median_ms(lambda d=data: plumber_text(d), repeats) / pages,
                median_ms(lambda d=data: pdfium_text(d), repeats) / pages,
                median_ms(lambda d=data: extract_content(d, PDF, inline), repeats) / pages,
                median_ms(lambda d=data: load_bytes(d, "bench.pdf", isolated), repeats) / pages,
            )
        )
    return rows


def end_to_end(repeats: int) -> list[tuple[str, float, float]]:
    from nlp_checker.checker import Checker

    checker = Checker()
    rows = []
    for path in sorted((EXAMPLES / "pdf").glob("*.pdf")):
        if page_count(path.read_bytes()) != 1:
            continue
        twin = EXAMPLES / "notes" / f"{path.stem}.txt"
        rows.append(
            (
                path.name,
                median_ms(lambda p=path: checker.check_file(p), repeats),
                median_ms(lambda t=twin: checker.check_file(t), repeats),
            )
        )
    return rows


def ocr_rows(repeats: int) -> list[tuple[str, int, float]]:
    from nlp_checker.ingest import ocr

    if ocr.unavailable_reason() is not None:
        return []
    rows = []
    limits = Limits(isolate=False)
    for path in sorted((EXAMPLES / "scans").glob("*.p[dn][fg]")):
        data = path.read_bytes()
        pages = page_count(data) if path.suffix == ".pdf" else 1
        rows.append(
            (
                path.name,
                pages,
                median_ms(lambda d=data: load_bytes(d, "scan", limits), repeats) / pages,
            )
        )
    return rows


REQUIRED = (
    "patient_id", "vas_pre", "vas_post", "signature",
    "imaging_guidance", "needle_views", "contrast_flow", "spinal_level",
)  # fmt: skip


def ocr_agreement() -> tuple[int, int, dict[str, list[str]]]:
    """Fax-scan every example note (200 dpi, turned 1-2 degrees, speckled) and compare statuses."""
    from nlp_checker.checker import Checker
    from tests.ingest.test_examples_ingest import fax_scan

    checker = Checker()
    agree = total = 0
    misses: dict[str, list[str]] = {}
    for index, note in enumerate(sorted((EXAMPLES / "notes").glob("*.txt"))):
        data = fax_scan(note, angle=(1.5, -1.0, 2.0)[index % 3], seed=index)
        scan = checker.check_bytes(data, note.stem)
        text = checker.check_file(note)
        for element in REQUIRED:
            total += 1
            same = (
                scan.status == "ok"
                and scan.elements[element].status == text.elements[element].status
            )
            agree += same
            if not same:
                misses.setdefault(element, []).append(note.stem)
    return agree, total, misses


def form_rows(repeats: int) -> list[tuple[int, int, float]]:
    """CPU seconds to read flat AcroForms of 2,500-10,000 widgets (median of ``repeats``)."""
    from tests.ingest.make_hostile import form_pdf

    limits = Limits(isolate=False, max_pages=1000, max_seconds=600)
    rows = []
    for per_page in (500, 10_000):
        for widgets in (2_500, 5_000, 10_000):
            data = form_pdf(widgets, per_page=per_page)
            times = []
            for _ in range(repeats):
                started = time.process_time()
                load_bytes(data, "form.pdf", limits)
                times.append(time.process_time() - started)
            rows.append((widgets, per_page, statistics.median(times)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--ocr-repeats", type=int, default=2)
    parser.add_argument(
        "--ocr-agreement",
        action="store_true",
        help="also fax-scan every example note and report OCR agreement on required elements",
    )
    parser.add_argument(
        "--forms",
        action="store_true",
        help="only time reading flat AcroForms of 2,500-10,000 widgets (CPU seconds)",
    )
    args = parser.parse_args()

    if args.forms:
        print("## Flat AcroForms (CPU seconds to read, median of 3)\n")
        print("| widgets | widgets per page | seconds | ms per widget |")
        print("|---|---|---|---|")
        for widgets, per_page, seconds in form_rows(3):
            print(
                f"| {widgets:,} | {min(per_page, widgets):,} | {seconds:.2f} | "
                f"{seconds / widgets * 1000:.2f} |"
            )
        return

    print("## Text-layer PDFs (median ms per page)\n")
    print(
        "| document | pages | pdfplumber extract_text (before) | pypdfium2 bare text "
        "| ingest in process (after) | ingest via reader process (after, default) |"
    )
    print("|---|---|---|---|---|---|")
    rows = text_layer_rows(args.repeats)
    for name, pages, plumber, bare, inline, isolated in rows:
        print(f"| {name} | {pages} | {plumber:.1f} | {bare:.2f} | {inline:.2f} | {isolated:.2f} |")

    print("\n## End to end, one-page text-layer PDF vs its .txt twin (median ms per note)\n")
    print("| document | check_file(pdf) | check_file(txt) |")
    print("|---|---|---|")
    for name, pdf_ms, txt_ms in end_to_end(args.repeats):
        print(f"| {name} | {pdf_ms:.1f} | {txt_ms:.1f} |")

    print("\n## Scanned pages through OCR (median ms per page, in process)\n")
    scans = ocr_rows(args.ocr_repeats)
    if not scans:
        print("Tesseract is not installed: apt-get install tesseract-ocr")
    else:
        print("| scan | pages | ms/page |")
        print("|---|---|---|")
        for name, pages, per_page in scans:
            print(f"| {name} | {pages} | {per_page:.0f} |")
    if args.ocr_agreement and scans:
        agree, total, misses = ocr_agreement()
        print(f"\nOCR agreement with the text on required elements: {agree}/{total}")
        for element, stems in misses.items():
            print(f"- {element}: {', '.join(stems)}")


if __name__ == "__main__":
    main()
