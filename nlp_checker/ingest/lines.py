"""Positioned lines of a page, and the builder that turns pages of lines into a document.

Every extractor (pypdfium2 text layer, pdfplumber tables, AcroForm fields, Tesseract OCR)
produces :class:`PageLines`; :func:`assemble` joins them into the note text, the page ranges
and the word boxes that evidence positions come from.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from array import array
from dataclasses import dataclass, field

from nlp_checker.ingest.document import Page

Box = tuple[float, float, float, float]

# Lines further apart than this many line pitches had a blank line between them.
_BLANK_LINE_PITCH = 1.6
_SENTENCE_END = re.compile(r"[.!?:;)\]]\s*$")


@dataclass
class Word:
    """A run of non-space characters at ``[start, end)`` of its line's text, with its box."""

    start: int
    end: int
    box: Box | None
    confidence: float | None = None


@dataclass
class Line:
    """One line of text with the boxes of its words (``[x0, top, x1, bottom]``, top-left origin)."""

    text: str
    words: list[Word] = field(default_factory=list)
    blank_before: bool = False

    @property
    def box(self) -> Box | None:
        """Return the union of the word boxes, or None for a line without geometry."""
        boxes = [w.box for w in self.words if w.box is not None]
        if not boxes:
            return None
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    @classmethod
    def synthetic(cls, text: str, box: Box | None, confidence: float | None = None) -> Line:
        """Return a line made by the checker (a table row, a form field) spanning ``box``."""
        words = [Word(m.start(), m.end(), box, confidence) for m in re.finditer(r"\S+", text)]
        return cls(text=text, words=words)


@dataclass
class PageLines:
    """The lines of one page in reading order."""

    number: int
    lines: list[Line]
    width: float | None = None
    height: float | None = None
    ocr: bool = False
    confidence: float | None = None
    checked: bool = True
    kind: str = "note"

    @property
    def text(self) -> str:
        """Return the page text (used for classification, not for the note)."""
        return "\n".join(line.text for line in self.lines)


def mark_blank_lines(page: PageLines) -> None:
    """Flag lines that follow a vertical gap, so the text keeps its paragraph breaks."""
    boxed = [(line, box) for line in page.lines if (box := line.box) is not None]
    # The usual distance from one line's top to the next one's is the line pitch.
    pitches = [
        b[1] - a[1]
        for (_, a), (_, b) in itertools.pairwise(boxed)
        if b[1] - a[1] > max(a[3] - a[1], 1.0) * 0.5
    ]
    if not pitches:
        return
    pitch = statistics.median(pitches)
    for (_, previous), (line, box) in itertools.pairwise(boxed):
        # A line above the previous one starts a new column or region: a break too.
        if box[1] - previous[1] > _BLANK_LINE_PITCH * pitch or box[3] < previous[1]:
            line.blank_before = True


def _continues(previous: str) -> bool:
    """Return True when a page ends mid-sentence (its last line has no closing punctuation)."""
    stripped = previous.rstrip()
    return bool(stripped) and not _SENTENCE_END.search(stripped)


def assemble(pages: list[PageLines]) -> tuple[str, tuple[Page, ...], array[float]]:
    """Join pages of lines into the note text, page ranges and the word-box array.

    Pages are separated by a blank line unless the page ends mid-sentence, so a sentence that
    runs over a page break stays one sentence.
    """
    parts: list[str] = []
    ranges: list[Page] = []
    words = array("d")
    offset = 0
    last_line = ""
    for page in pages:
        page_start = offset
        if page.checked and page.lines:
            for index, line in enumerate(page.lines):
                if parts:
                    if index == 0:
                        sep = "\n" if _continues(last_line) else "\n\n"
                    else:
                        sep = "\n\n" if line.blank_before else "\n"
                    parts.append(sep)
                    offset += len(sep)
                    if index == 0:
                        page_start = offset
                parts.append(line.text)
                for word in line.words:
                    box = word.box or (math.nan, math.nan, math.nan, math.nan)
                    words.extend(
                        (
                            offset + word.start,
                            offset + word.end,
                            page.number,
                            *box,
                            math.nan if word.confidence is None else word.confidence,
                        )
                    )
                offset += len(line.text)
                last_line = line.text
        ranges.append(
            Page(
                number=page.number,
                start=page_start,
                end=offset if page.checked and page.lines else page_start,
                width=page.width,
                height=page.height,
                ocr=page.ocr,
                confidence=page.confidence,
                checked=page.checked,
                kind=page.kind,
            )
        )
    return "".join(parts), tuple(ranges), words
