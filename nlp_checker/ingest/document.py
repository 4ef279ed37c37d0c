"""The ingested note: normalised text plus where each page's characters are."""

from __future__ import annotations

import bisect
import math
import statistics
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

# Fields of one word in :attr:`SourceDocument.words` (a flat array of doubles).
WORD_FIELDS = ("start", "end", "page", "x0", "top", "x1", "bottom", "confidence")
_STRIDE = len(WORD_FIELDS)


@dataclass(frozen=True)
class Page:
    """One page's character range in :attr:`SourceDocument.text` (end exclusive).

    Parameters
    ----------
    number : int
        1-based page number in the original file.
    start, end : int
        Character range of the page's text; equal when the page was not checked.
    width, height : float or None
        Page size in page units (PDF points, or pixels for an image file).
    ocr : bool
        The page's text came from OCR.
    confidence : float or None
        Mean Tesseract word confidence (0-100) of an OCR page.
    checked : bool
        False for pages left out of the text (a fax cover sheet, an order form).
    kind : str
        ``note``, ``cover``, ``form``, ``handout``, ``consent``, ``other`` (another patient's
        document) or ``scan`` (an image-only page left unread); what the page was recognised as.
    """

    number: int
    start: int
    end: int
    width: float | None = None
    height: float | None = None
    ocr: bool = False
    confidence: float | None = None
    checked: bool = True
    kind: str = "note"


@dataclass(frozen=True)
class Location:
    """Where a character range of the text sits on the original pages.

    ``bbox`` is ``[x0, top, x1, bottom]`` in page units with the origin at the top-left corner
    (PDF points for PDFs, pixels for image files), on page ``page``.
    """

    page: int
    bbox: tuple[float, float, float, float] | None = None
    ocr: bool = False
    confidence: float | None = None


@dataclass(frozen=True)
class SourceDocument:
    r"""A note ready for the pipeline.

    Parameters
    ----------
    source : str
        Path or name the caller gave.
    text : str
        The note text, newlines normalised to ``\\n``.
    media_type : str
        ``text/plain``, ``application/pdf``, an image type, or a word-processor type.
    sha256 : str
        Hash of the original bytes (audit block, resume keys).
    pages : tuple of Page
        Page character ranges; a text file is one page.
    words : array of float
        Word boxes, :data:`WORD_FIELDS` per word, ordered by ``start``; empty when the
        input has no geometry (plain text).
    """

    source: str
    text: str
    media_type: str
    sha256: str
    pages: tuple[Page, ...] = field(default=())
    words: array[float] = field(default_factory=lambda: array("d"), repr=False, compare=False)

    @property
    def pages_checked(self) -> tuple[int, ...]:
        """Return the numbers of the pages whose text was checked."""
        if not self.pages:
            return (1,)
        return tuple(p.number for p in self.pages if p.checked)

    @cached_property
    def _checked_pages(self) -> tuple[Page, ...]:
        return tuple(p for p in self.pages if p.checked) or self.pages

    @cached_property
    def _word_starts(self) -> list[float]:
        return list(self.words[0::_STRIDE])

    def page_of(self, offset: int) -> int:
        """Return the 1-based page number holding character ``offset``."""
        pages = self._checked_pages
        if not pages:
            return 1
        starts = [p.start for p in pages]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return pages[index].number

    def _line_confidence(self, start: int, end: int) -> float:
        """Return the median OCR confidence of the words on the lines holding ``[start, end)``.

        A quote read cleanly on a line that OCR mostly misread (a smear, a fold) is no firmer
        than its line: its label or timing words are likely garbled too. Clean lines sit at
        80-96, so the median leaves them alone and one bad word on a line does not move it.
        """
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        if line_end < 0:
            line_end = len(self.text)
        words = self.words
        line = [
            words[base + 7]
            for base in self._overlapping(line_start, line_end)
            if not math.isnan(words[base + 7])
        ]
        return statistics.median(line) if line else math.inf

    def _overlapping(self, start: int, end: int) -> Iterator[int]:
        """Yield the offset in :attr:`words` of each word that overlaps ``text[start:end]``."""
        starts = self._word_starts
        # The first word that may overlap is the last one starting at or before ``start``.
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        while index < len(starts) and starts[index] < end:
            base = index * _STRIDE
            index += 1
            if self.words[base + 1] > start:
                yield base

    def locate(self, start: int, end: int) -> Location:
        """Return the page, bounding box and OCR provenance of ``text[start:end]``."""
        page_number = self.page_of(start)
        page = next((p for p in self.pages if p.number == page_number), None)
        ocr = bool(page and page.ocr)
        if not self.words:
            return Location(page=page_number, ocr=ocr, confidence=page.confidence if page else None)
        words = self.words
        x0 = top = math.inf
        x1 = bottom = -math.inf
        confidences: list[float] = []
        for base in self._overlapping(start, end):
            if int(words[base + 2]) != page_number or math.isnan(words[base + 3]):
                continue
            x0 = min(x0, words[base + 3])
            top = min(top, words[base + 4])
            x1 = max(x1, words[base + 5])
            bottom = max(bottom, words[base + 6])
            if not math.isnan(words[base + 7]):
                confidences.append(words[base + 7])
        bbox = None
        if x0 != math.inf:
            bbox = (round(x0, 2), round(top, 2), round(x1, 2), round(bottom, 2))
        confidence = None
        if confidences:
            confidence = round(min(min(confidences), self._line_confidence(start, end)), 1)
        elif ocr and page is not None:
            confidence = page.confidence
        return Location(page=page_number, bbox=bbox, ocr=ocr, confidence=confidence)
