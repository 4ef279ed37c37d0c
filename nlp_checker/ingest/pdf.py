"""PDF pages -> positioned lines: pypdfium2 text first, pdfplumber tables and OCR where needed.

pypdfium2 reads a text page in about 1 ms and keeps columns in order; pdfplumber (about 70 ms
a page) runs only on pages that draw ruling lines, where a table grid is likely.
"""

from __future__ import annotations

import ctypes
import logging
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp_checker.errors import CorruptPdfError, EncryptedPdfError, NoTextLayerError, TooLargeError
from nlp_checker.ingest.deadline import Deadline
from nlp_checker.ingest.failures import OcrUnavailableError
from nlp_checker.ingest.forms import FormReader, merge_fields
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.lines import Line, PageLines, Word

log = logging.getLogger(__name__)

# A page with fewer visible characters than this has no usable text layer.
_MIN_PAGE_CHARS = 20
# A page whose images cover this share of it and has fewer characters than this is a scan.
_SCAN_COVERAGE = 0.5
_SCAN_MAX_CHARS = 200
_OUTLINE_MIN_PATHS = 200
# Pages drawing at least this many path objects (rules, cell borders) go through pdfplumber.
_TABLE_MIN_PATHS = 6
# pdfplumber is skipped on pages with more objects than this (a pathological page).
_TABLE_MAX_OBJECTS = 20_000
# pdfium marks soft hyphens and other generated controls with these; keep offsets, fix glyphs.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WORD = re.compile(r"\S+")


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open PDF bytes, naming an encrypted or damaged file in a typed error."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            msg = "the PDF is encrypted; export it without a password"
            raise EncryptedPdfError(msg) from exc
        msg = f"the PDF cannot be opened ({exc}); re-export or re-scan it"
        raise CorruptPdfError(msg) from exc


class _CharBoxes:
    """Character boxes of one text page, top-left origin (one set of C doubles, reused)."""

    def __init__(self, textpage: pdfium.PdfTextPage, height: float) -> None:
        self.raw = textpage.raw
        self.height = height
        self.values = [ctypes.c_double() for _ in range(4)]
        self.refs = [ctypes.byref(v) for v in self.values]

    def word(self, first: int, last: int) -> tuple[float, float, float, float]:
        """Return the box spanning characters ``first`` to ``last`` (inclusive)."""
        left, right, bottom, top = self.values
        get = pdfium_c.FPDFText_GetCharBox
        get(self.raw, first, *self.refs)
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if last != first:
            get(self.raw, last, *self.refs)
            x0, x1 = min(x0, left.value), max(x1, right.value)
            y0, y1 = min(y0, bottom.value), max(y1, top.value)
        return (x0, self.height - y1, x1, self.height - y0)


def text_lines(page: pdfium.PdfPage, height: float) -> tuple[list[Line], int]:
    """Return the text layer of ``page`` as lines with word boxes, and its visible char count."""
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        raw_text = textpage.get_text_range(0, count) if count > 0 else ""
        # Boxes are looked up by character index; without a 1:1 mapping the text has none.
        geometry = len(raw_text) == count
        boxes = _CharBoxes(textpage, height)
        text = _CONTROL.sub(" ", raw_text.replace("\x02", "-"))
        lines: list[Line] = []
        visible = 0
        start = 0
        bounds = [(m.start(), m.end()) for m in re.finditer(r"\r\n|\r|\n", text)]
        bounds.append((len(text), len(text)))
        for stop, after in bounds:
            base = start
            body = text[start:stop].rstrip()
            start = after
            words: list[Word] = []
            for word in _WORD.finditer(body):
                visible += word.end() - word.start()
                box = boxes.word(base + word.start(), base + word.end() - 1) if geometry else None
                words.append(Word(word.start(), word.end(), box))
            if words:
                lines.append(Line(text=body, words=words))
    finally:
        textpage.close()
    return lines, visible


def _object_counts(page: pdfium.PdfPage, area: float) -> tuple[int, int, float]:
    """Return the page's object count, path count, and the share of the page images cover."""
    total = pdfium_c.FPDFPage_CountObjects(page.raw)
    paths = 0
    covered = 0.0
    bounds = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(b) for b in bounds]
    for index in range(min(total, _TABLE_MAX_OBJECTS + 1)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            if pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                left, bottom, right, top = (b.value for b in bounds)
                covered += max(right - left, 0.0) * max(top - bottom, 0.0)
            else:
                covered += area
    return total, paths, min(covered / max(area, 1.0), 1.0)


def read_pdf(data: bytes, limits: Limits, deadline: Deadline) -> list[PageLines]:
    """Read every page of a PDF into positioned lines (OCR for image-only pages).

    Raises
    ------
    EncryptedPdfError, CorruptPdfError, TooLargeError, NoTextLayerError, OcrUnavailableError
        For PDFs the checker cannot read as a note.
    """
    pdf = open_pdf(data)
    forms: FormReader | None = None
    try:
        count = len(pdf)
        if count == 0:
            msg = "the PDF has no pages"
            raise CorruptPdfError(msg)
        if count > limits.max_pages:
            msg = (
                f"the PDF has {count} pages, over the limit of {limits.max_pages}; "
                "split it or raise the limit"
            )
            raise TooLargeError(msg)
        forms = FormReader(data) if pdf.get_formtype() != pdfium_c.FORMTYPE_NONE else None
        pages: list[PageLines] = []
        table_pages: list[int] = []
        scanned: list[int] = []
        for index in range(count):
            deadline.check(f"reading page {index + 1}")
            page = pdf[index]
            try:
                width, height = page.get_size()
                lines, visible = text_lines(page, height)
                total, paths, coverage = _object_counts(page, width * height)
                result = PageLines(number=index + 1, lines=lines, width=width, height=height)
                if forms is not None:
                    merge_fields(result, forms.read(page, index, height))
                # A scan: images over most of the page and at most a stamped line of text (a
                # fax header); OCR reads that line from the rendered page too. A page with no
                # text but hundreds of paths has its text drawn as outlines: OCR reads it too.
                if (coverage > _SCAN_COVERAGE and visible < _SCAN_MAX_CHARS) or (
                    visible < _MIN_PAGE_CHARS and (coverage > 0 or paths >= _OUTLINE_MIN_PATHS)
                ):
                    scanned.append(index)
                elif paths >= _TABLE_MIN_PATHS and total <= _TABLE_MAX_OBJECTS:
                    table_pages.append(index)
                pages.append(result)
            finally:
                page.close()
        if table_pages:
            from nlp_checker.ingest.tables import merge_tables, read_tables

            found = read_tables(data, table_pages, deadline)
            for index, tables in found.items():
                merge_tables(pages[index], tables)
        if scanned:
            _ocr_pages(pdf, pages, scanned, limits, deadline)
    finally:
        if forms is not None:
            forms.close()
        pdf.close()
    if not any(line.text.strip() for page in pages if page.checked for line in page.lines):
        msg = "the PDF has no text layer and OCR found no text; re-scan it at 300 dpi"
        raise NoTextLayerError(msg)
    return pages


def _ocr_pages(
    pdf: pdfium.PdfDocument,
    pages: list[PageLines],
    scanned: list[int],
    limits: Limits,
    deadline: Deadline,
) -> None:
    """Replace the lines of image-only pages with OCR text (or leave them unchecked)."""
    from nlp_checker.ingest import ocr

    all_scanned = len(scanned) == len(pages)
    problem = None if limits.ocr else "OCR is turned off (Limits.ocr=False)"
    if problem is None:
        problem = ocr.unavailable_reason()
    if problem is not None:
        if all_scanned:
            msg = f"the PDF is a scan with no text layer and {problem}; {ocr.INSTALL_HINT}"
            if not limits.ocr:
                msg = f"the PDF is a scan with no text layer and {problem}; turn OCR on"
            raise OcrUnavailableError(msg)
        log.warning("skipping %d image-only page(s): %s", len(scanned), problem)
        for index in scanned:
            pages[index].checked = False
            pages[index].kind = "scan"
        return
    for done, index in enumerate(scanned):
        if done >= limits.max_ocr_pages:
            pages[index].checked = False
            pages[index].kind = "scan"
            continue
        deadline.check(f"OCR of page {index + 1}")
        page = pdf[index]
        try:
            width, height = page.get_size()
            scale = ocr.render_scale(width, height, limits)
            image = page.render(scale=scale, grayscale=True).to_pil()
        finally:
            page.close()
        result = ocr.read_image(image, deadline, units_per_pixel=1 / scale)
        result.number = index + 1
        result.width, result.height = width, height
        pages[index] = result
