"""Page layout: column order, repeated headers and footers, and which pages hold the note.

All three work on :class:`~nlp_checker.ingest.lines.PageLines` with word boxes, whatever
extractor made them, so text-layer PDFs and OCR pages get the same treatment.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from dataclasses import dataclass

from nlp_checker.ingest.document import Page
from nlp_checker.ingest.lines import Box, Line, PageLines, Word, mark_blank_lines

# Lines looked at for a repeated header or footer, from the top and from the bottom of a page.
_MARGIN_LINES = 4
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
_SPACES = re.compile(r"\s+")

# Terms that mark a procedure note, a fax cover sheet, and an order, referral or registration
# form (a face sheet).
_NOTE_TERMS = re.compile(
    r"\b(epidural|injection|injected|fluoro\w*|needle|contrast|vas|pain scores?|nrs|"
    r"interlaminar|transforaminal|caudal|omnipaque|isovue|steroid|lidocaine|triamcinolone|"
    r"dexamethasone|methylprednisolone|loss of resistance|tuohy|attestation|"
    r"electronically signed|complications|procedure note|description of procedure)\b",
    re.IGNORECASE,
)
_COVER_TERMS = re.compile(
    r"\b(fax|facsimile|cover sheet|cover page|number of pages|pages? \(?including cover|"
    r"confidentiality notice|intended recipient|received this (?:fax|communication) in error|"
    r"transmittal|please deliver)\b",
    re.IGNORECASE,
)
_FORM_TERMS = re.compile(
    r"\b(order form|requisition|referral form|authori[sz]ation request|prior authori[sz]ation|"
    r"please schedule|ordering (?:provider|physician)|insurance (?:id|information)|member id|"
    r"scheduling|requested procedure|face ?sheet|financial class|emergency contact|guarantor|"
    r"procedure order|order date|ordering clinic|guidance requested|date requested)\b",
    re.IGNORECASE,
)
# A patient handout or consent form speaks to the patient ("your doctor", "I understand"); a
# procedure note tells what was done ("was prepped", "tolerated"). Handouts and consent forms
# name fluoroscopy, views, contrast and pain scales in general terms: they are never evidence.
_PATIENT_VOICE = re.compile(
    r"\b(you may|you will|you can|you should|the doctor (?:uses|will|may)|information sheet|"
    r"you|your|yours|i understand|i consent|i authori[sz]e|i agree|i have (?:read|had)|"
    r"my (?:doctor|physician|pain|back|neck|questions)|patient education|what to expect|"
    r"call us|call your|after your|before your|risks? (?:explained|include)|alternatives|"
    r"witness|consent (?:form|to)|informed consent(?: for)?|i (?:was|have been) (?:informed|told)|"
    r"patient(?:'s)? signature)\b",
    re.IGNORECASE,
)
_CONSENT_TERMS = re.compile(
    r"\b(i consent|i authori[sz]e|consent (?:form|to)|informed consent(?: for)?|witness)\b", re.I
)
# What a note tells as done; a signature is narrative too, except on a page that may be an order.
_DONE_PATTERN = (
    r"\b(?:was|were) (?:prepped|draped|advanced|injected|placed|obtained|positioned|confirmed|"
    r"noted|tolerated|administered|removed)\b|\btolerated the procedure\b|"
    r"\bestimated blood loss\b"
)
_DONE = re.compile(_DONE_PATTERN, re.IGNORECASE)
_NARRATIVE = re.compile(_DONE_PATTERN + r"|\belectronically signed\b", re.IGNORECASE)
# An order, requisition or referral names itself in its title line ("SCHEDULING ORDER -
# INTERVENTIONAL SPINE", "ORDER - FOLLOW-UP PROCEDURE") and tells nothing as done; its
# signature signs the order, not the note.
_ORDER_TITLE = re.compile(
    r"^[ \t]*(?:[A-Za-z][\w&/-]*[ \t]+){0,3}(?:orders?|requisition|referral)\b(?![ \t]*(?:and|&))",
    re.IGNORECASE,
)
_VOICE_MIN_TERMS = 3
_NARRATIVE_MAX = 1
# A medical record number with its label, to tell one patient's document from another's.
_MRN = re.compile(
    r"\b(?:MRN|MR#|Medical record (?:number|no\.?))\s*[:#.]?\s*([A-Z0-9][A-Z0-9-]{3,})", re.I
)
_OCR_DIGITS = str.maketrans({"O": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"})
_NOTE_MIN_TERMS = 4
# A vertical gap of this many text heights between two lines ends a column region.
_BAND_BREAK = 2.5
# A column region has at least this many lines on each side of the gutter.
_MIN_COLUMN_LINES = 5
_OTHER_MIN_TERMS = 2
_FORM_OVER_NOTE_TERMS = 6


@dataclass
class _Segment:
    line: Line
    first: int
    last: int
    box: Box


def _segments(line: Line, gap: float) -> list[_Segment]:
    """Split a line where the space between two words is wider than ``gap`` (a column gutter)."""
    segments: list[_Segment] = []
    words = [w for w in line.words if w.box is not None]
    if len(words) != len(line.words) or not words:
        return []
    first = 0
    for index in range(1, len(words) + 1):
        if index == len(words) or words[index].box[0] - words[index - 1].box[2] > gap:  # type: ignore[index]
            boxes = [w.box for w in words[first:index] if w.box is not None]
            segments.append(
                _Segment(
                    line,
                    first,
                    index - 1,
                    (
                        min(b[0] for b in boxes),
                        min(b[1] for b in boxes),
                        max(b[2] for b in boxes),
                        max(b[3] for b in boxes),
                    ),
                )
            )
            first = index
    return segments


def _segment_line(segment: _Segment) -> Line:
    words = segment.line.words[segment.first : segment.last + 1]
    start, end = words[0].start, words[-1].end
    return Line(
        text=segment.line.text[start:end],
        words=[Word(w.start - start, w.end - start, w.box, w.confidence) for w in words],
    )


def order_columns(page: PageLines) -> None:
    """Read a two-column region column by column, even when the PDF draws it row by row.

    A region counts as two columns when no line crosses a vertical gutter and both sides hold
    wide blocks of text; a label | value grid (narrow labels) is left as it is.
    """
    if page.width is None or len(page.lines) < 10:
        return
    heights = [b[3] - b[1] for line in page.lines if (b := line.box) is not None and b[3] > b[1]]
    if not heights:
        return
    gap = 1.5 * statistics.median(heights)
    rows = [(line, _segments(line, gap)) for line in page.lines]
    if any(not segments for _, segments in rows):
        return
    # Without enough runs of text starting right of the first quarter there is no second column.
    quarter = page.width * 0.25
    if sum(1 for _, segments in rows for s in segments if s.box[0] > quarter) < _MIN_COLUMN_LINES:
        return
    rows.sort(key=lambda row: row[1][0].box[1])
    best_x, best_score = None, 0
    for step in range(25, 76):
        x = page.width * step / 100
        left = right = crossing = 0
        for _, segments in rows:
            for segment in segments:
                if segment.box[0] < x < segment.box[2]:
                    crossing += 1
                elif segment.box[2] <= x:
                    left += 1
                else:
                    right += 1
        score = min(left, right) - 3 * crossing
        if score > best_score:
            best_x, best_score = x, score
    if best_x is None:
        return
    gutter = best_x
    ordered: list[Line] = []
    band: list[_Segment] = []
    changed = False

    def flush() -> None:
        nonlocal changed
        if _is_two_column(band, gutter):
            left = [s for s in band if s.box[2] <= gutter]
            right = [s for s in band if s.box[0] >= gutter]
            lines = [_segment_line(s) for s in left] + [_segment_line(s) for s in right]
            if right:
                lines[len(left)].blank_before = True
            ordered.extend(lines)
            changed = True
        else:
            seen: list[Line] = []
            for segment in band:
                if not seen or seen[-1] is not segment.line:
                    seen.append(segment.line)
            ordered.extend(seen)
        band.clear()

    pitch = statistics.median(heights) * _BAND_BREAK
    previous_bottom: float | None = None
    for line, segments in rows:
        top = min(s.box[1] for s in segments)
        # A wide vertical gap ends a region: what follows (a signature) is not in a column.
        if previous_bottom is not None and top - previous_bottom > pitch:
            flush()
        previous_bottom = max(s.box[3] for s in segments)
        if any(s.box[0] < gutter < s.box[2] for s in segments):
            flush()
            ordered.append(line)
        else:
            band.extend(segments)
    flush()
    if changed:
        page.lines = ordered


def _is_two_column(band: list[_Segment], gutter: float) -> bool:
    left = [s for s in band if s.box[2] <= gutter]
    right = [s for s in band if s.box[0] >= gutter]
    if len(left) < _MIN_COLUMN_LINES or len(right) < _MIN_COLUMN_LINES:
        return False
    left_edge = min(s.box[0] for s in left)
    right_edge = max(s.box[2] for s in right)
    left_width = statistics.median(s.box[2] - s.box[0] for s in left)
    right_width = statistics.median(s.box[2] - s.box[0] for s in right)
    labels = sum(1 for s in left if s.line.text[s.line.words[s.last].end - 1] == ":")
    return (
        left_width >= 0.55 * (gutter - left_edge)
        and right_width >= 0.55 * (right_edge - gutter)
        and labels < len(left) / 2
    )


def _key(line: Line) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("#", line.text.lower())).strip()


def drop_repeated_margins(pages: list[PageLines]) -> None:
    """Keep one copy of lines repeated at the top or bottom of most pages.

    A repeated header (letterhead, patient banner, fax header) is kept on its first page, at
    the top of the note; a repeated footer ("Page 1 of 3") on its last page, at the end. The
    copies between pages go, so a sentence running over a page break stays whole.
    """
    candidates = [p for p in pages if p.checked and p.lines]
    if len(candidates) < 2:
        return
    needed = max(2, math.ceil(len(candidates) / 2))
    for from_top in (True, False):
        seen: dict[str, list[tuple[PageLines, Line]]] = {}
        for page in candidates:
            band = page.lines[:_MARGIN_LINES] if from_top else page.lines[-_MARGIN_LINES:]
            for line in band:
                key = _key(line)
                if len(key) >= 3 and all(page is not p for p, _ in seen.get(key, [])):
                    seen.setdefault(key, []).append((page, line))
        for hits in seen.values():
            if len(hits) < needed:
                continue
            keep = hits[0] if from_top else hits[-1]
            for page, line in hits:
                if page is not keep[0]:
                    page.lines = [x for x in page.lines if x is not line]


def classify_pages(pages: list[PageLines]) -> None:
    """Leave fax covers, order forms, handouts and consent forms out when the file holds the note.

    A page is a cover sheet or an order form when it has several of their terms and few note
    terms; a handout or consent form when it speaks to the patient and tells nothing as done.
    Nothing is left out unless at least one page reads as a procedure note.
    """
    kinds: list[str] = []
    for page in pages:
        text = page.text
        voice = len({m.group(0).lower() for m in _PATIENT_VOICE.finditer(text)})
        if voice >= _VOICE_MIN_TERMS and len(_NARRATIVE.findall(text)) <= _NARRATIVE_MAX:
            kinds.append("consent" if _CONSENT_TERMS.search(text) else "handout")
            continue
        title = next((line for line in text.splitlines() if line.strip()), "")
        if _ORDER_TITLE.match(title) and not _DONE.search(text):
            kinds.append("form")
            continue
        note = len({m.group(0).lower() for m in _NOTE_TERMS.finditer(text)})
        cover = len({m.group(0).lower() for m in _COVER_TERMS.finditer(text)})
        form = len({m.group(0).lower() for m in _FORM_TERMS.finditer(text)})
        # An order names the procedure it asks for (epidural, fluoroscopy, steroid) but tells
        # nothing as done: with several order terms and no narrative it is the order, not the note.
        if form >= _FORM_OVER_NOTE_TERMS and form > cover and not _NARRATIVE.search(text):
            kinds.append("form")
        elif note >= _NOTE_MIN_TERMS or max(cover, form) < _OTHER_MIN_TERMS:
            kinds.append("note" if note >= _NOTE_MIN_TERMS else "other")
        else:
            kinds.append("cover" if cover >= form else "form")
    if "note" not in kinds:
        return
    for page, kind in zip(pages, kinds, strict=True):
        if kind in ("cover", "form", "handout", "consent") and page.checked:
            page.checked = False
            page.kind = kind
    _leave_out_other_patients(pages)


def _record_number(page: PageLines) -> str | None:
    match = _MRN.search(page.text)
    if match is None:
        return None
    # Letters OCR reads for digits are folded, so "OO-FAKE-4419" is "00-FAKE-4419".
    return re.sub(r"[^0-9A-Z]", "", match.group(1).upper()).translate(_OCR_DIGITS)


def _same_record(first: str, second: str, read_by_ocr: bool = True) -> bool:
    """Return True for record numbers equal, or, read by OCR, equal but for a misread or two.

    A text layer does not misread: two numbers that differ there belong to two patients.
    """
    if len(first) != len(second) or not read_by_ocr:
        return first == second
    return sum(a != b for a, b in zip(first, second, strict=True)) <= max(1, len(first) // 4)


def _leave_out_other_patients(pages: list[PageLines]) -> None:
    """Leave out pages of a second document: a page whose MRN differs from the first note's.

    Pages follow the MRN last seen, so the continuation pages of the second document go too;
    pages of the first patient that come back later are kept.
    """
    first: str | None = None
    current: str | None = None
    ocr = False
    for page in pages:
        if not page.checked:
            continue
        number = _record_number(page)
        if number is not None:
            ocr = ocr or page.ocr
            first = first or number
            current = number
        if first is not None and current is not None and not _same_record(first, current, ocr):
            page.checked = False
            page.kind = "other"


def _wrapped(line: Line, following: Line, right_edge: float) -> bool:
    """Return True when ``line`` ended only because ``following``'s first word did not fit."""
    box, first = line.box, following.words[0] if following.words else None
    if box is None or first is None or first.box is None or following.blank_before:
        return False
    text = following.text[first.start : first.end]
    if not text[:1].islower() or _SENTENCE_END.search(line.text):
        return False
    char = (first.box[2] - first.box[0]) / max(len(text), 1)
    # The renderer breaks a line when the next word plus a space would cross the right edge.
    return box[2] + char + (first.box[2] - first.box[0]) > right_edge


def join_wrapped_lines(page: PageLines) -> None:
    """Undo the line wrapping of the program that printed the PDF (prose runs on, as typed).

    A line is joined to the next when the next line's first word would not have fitted on it
    and goes on in lower case. Lines broken by hand (short of the margin) stay broken.
    """
    edges = [b[2] for line in page.lines if (b := line.box) is not None]
    if len(edges) < 2:
        return
    right_edge = max(edges)
    joined: list[Line] = [page.lines[0]]
    for line in page.lines[1:]:
        previous = joined[-1]
        if _wrapped(previous, line, right_edge):
            shift = len(previous.text) + 1
            previous.text = f"{previous.text} {line.text}"
            previous.words.extend(
                Word(w.start + shift, w.end + shift, w.box, w.confidence) for w in line.words
            )
            continue
        joined.append(line)
    page.lines = joined


# Two words further apart than this many character widths stand in separate columns of a line
# (one space measures about 1.1-1.6 in the layers of the examples, a table's gutter 3.4 or more).
_COLUMN_GAP = 2.5


def widen_column_gaps(page: PageLines) -> None:
    """Write a wide gap between two words of a line as two spaces, not the one the layer gives.

    A text layer gives one space between the cells of a table row drawn at column positions
    ("07:42 Admission 146/88 76 97% 8 KT"); a gap wider than ``_COLUMN_GAP`` of the line's
    median character widths is a column's edge, and the rules read columns where runs of two
    spaces or more part the cells, as in a typed flowsheet.
    """
    for line in page.lines:
        words = line.words
        if len(words) < 2 or any(w.box is None for w in words):
            continue
        width = statistics.median(
            (w.box[2] - w.box[0]) / (w.end - w.start) for w in words if w.box is not None
        )
        if width <= 0:
            continue
        # The words that start a run of the line beyond a column-wide gap.
        edges = {segment.first for segment in _segments(line, _COLUMN_GAP * width)[1:]}
        shift = 0
        text = line.text
        for index, (previous, word) in enumerate(itertools.pairwise(words), start=1):
            word.start += shift
            word.end += shift
            if index in edges and text[previous.end : word.start] == " ":
                text = text[: previous.end] + "  " + text[word.start :]
                word.start += 1
                word.end += 1
                shift += 1
        line.text = text


def arrange(pages: list[PageLines]) -> None:
    """Apply column order, page selection, header/footer removal and paragraph breaks."""
    for page in pages:
        order_columns(page)
    classify_pages(pages)
    drop_repeated_margins(pages)
    for page in pages:
        mark_blank_lines(page)
        if not page.ocr:
            widen_column_gaps(page)
            join_wrapped_lines(page)


# A line that ends one document pasted into a text file and starts the next: a rule of 20 or
# more "=", "_", "*", "~" or "#" (dashes only from 40, since notes draw tables with them), a
# page-break marker ("=== PAGE BREAK ===", "--- Page 2 of 3 ---"), a title inside a rule
# ("===== DISCHARGE INSTRUCTIONS ====="), or, after a blank line, a title in capitals naming a
# kind of document that is not a note ("CONSENT FOR EPIDURAL STEROID INJECTION"). Each piece is
# then classified; only a cover, form, handout or consent form is left out.
_SEPARATOR = re.compile(
    r"(?im)^[ \t]*(?:(?:[=_*~#][ \t]*){20,}|(?:-[ \t]*){40,}|"
    r"[=*~#_-]*[ \t]*(?:page[ \t]*break|page \d+(?: of \d+)?|end of (?:note|report|document))"
    r"[ \t]*[=*~#_-]*|[=*~#_-]{5,}[ \t]*[^\n=*~#_]{2,80}?[ \t]*[=*~#_-]{5,}|"
    r"(?<=\n\n)(?-i:(?:[A-Z][A-Z'/&-]*[ \t]+){0,6}(?:CONSENT|INSTRUCTIONS|HANDOUT|EDUCATION|"
    r"PATIENT INFORMATION|FAX|COVER SHEET|FACE SHEET|REQUISITION)\b)[^\n]*)[ \t]*$"
)


_NOT_THE_NOTE = ("cover", "form", "handout", "consent")


def _pieces(text: str) -> list[str]:
    """Split text before each separator line; the pieces join back into ``text``."""
    cuts = [m.start() for m in _SEPARATOR.finditer(text) if m.start() > 0]
    if not cuts:
        return [text]
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if b > a]


# A line drawn inside a box: "|  Contrast : Omnipaque 240 2 mL; bilateral posterior epidural  |".
_FRAMED = re.compile(r"^([ \t]*)\|([^|\n]*)\|([ \t]*)$", re.MULTILINE)
_FRAME_RUN = 3


def unframe(text: str) -> str:
    """Blank the box frame of a form drawn with "|" at both ends of each line.

    A case report form printed as a box puts "|" before and after every line, so a value that
    runs onto the next line ("... epidural |" / "|    spread ...") reads as two table cells. In
    a run of at least three such lines with no other "|" inside, the two bars become spaces;
    the text keeps its length, so every offset still points into the note as written.
    """
    if "|" not in text:
        return text
    chars = list(text)
    run: list[re.Match[str]] = []

    def blank() -> None:
        if len(run) >= _FRAME_RUN:
            for match in run:
                chars[match.end(1)] = " "
                chars[match.start(3) - 1] = " "
        run.clear()

    for match in _FRAMED.finditer(text):
        if run and text.count("\n", run[-1].end(), match.start()) != 1:
            blank()
        run.append(match)
    blank()
    return "".join(chars)


def paged_text(text: str) -> tuple[str, tuple[Page, ...]]:
    r"""Split text into pages and leave out those that are not the note.

    Text exported from a fax or a PDF (``pdftotext`` writes ``\f`` between pages) keeps its
    cover sheet, handout or consent form; they are classified like PDF pages and left out. Text
    without a form feed is read the same way at separator lines (a rule of ``=`` signs, "PAGE
    BREAK"), where a handout, consent form or fax cover pasted into the file would start; where
    nothing there is left out, the text stays one page. A form drawn as a box loses its frame
    first (:func:`unframe`).
    """
    text = unframe(text)
    if "\f" not in text:
        pieces = _pieces(text)
        if len(pieces) > 1:
            pages = [
                PageLines(number=i, lines=[Line(text=line) for line in piece.split("\n")])
                for i, piece in enumerate(pieces, start=1)
            ]
            classify_pages(pages)
            # A rule under a banner header is not a page break: the other-patient test (a banner
            # with another record number) does not apply to text, only what a page is.
            for page in pages:
                if page.kind not in _NOT_THE_NOTE:
                    page.checked, page.kind = True, "note"
            if not all(page.checked for page in pages):
                return _joined(pages, pieces, "")
        return text, (Page(number=1, start=0, end=len(text)),)
    chunks = text.split("\f")
    pages = [
        PageLines(number=i, lines=[Line(text=line) for line in chunk.split("\n")])
        for i, chunk in enumerate(chunks, start=1)
    ]
    classify_pages(pages)
    return _joined(pages, chunks, "\n")


def _joined(pages: list[PageLines], chunks: list[str], end: str) -> tuple[str, tuple[Page, ...]]:
    """Join the checked chunks (each followed by ``end``) and give every page its range."""
    parts: list[str] = []
    ranges: list[Page] = []
    position = 0
    for page, chunk in zip(pages, chunks, strict=True):
        if not chunk.strip():
            continue
        if not page.checked:
            ranges.append(
                Page(
                    number=page.number, start=position, end=position, checked=False, kind=page.kind
                )
            )
            continue
        ranges.append(Page(number=page.number, start=position, end=position + len(chunk)))
        parts.append(chunk + end)
        position += len(chunk) + len(end)
    return "".join(parts), tuple(ranges)
