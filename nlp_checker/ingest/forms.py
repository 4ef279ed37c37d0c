"""Fillable PDF forms: AcroForm field values and checkbox states become part of the note text.

Field values live in widget annotations, not in the page's text layer, so each value is put
into the printed line it sits on: a ticked box becomes ``[x]`` before its label, an unticked box
``[ ]`` (which the rules read as "not done"), a typed value follows its label, and an empty
field becomes ``___`` (a template blank, never evidence).

Reading is linear in the number of widgets. PDFium's form environment looks every widget up by
its field's full name among all its siblings, and does so again for every page it loads, so a
form of 10,000 flat fields took minutes. A widget that is its own field (it carries ``/T``, as
nearly every generated form's widgets do) is read from its own dictionary instead; only a
widget whose name or value lives in a parent field (a radio button of a group, a field shown
twice) goes through the form environment, opened on its own copy of the document and without
loading pages into it.
"""

from __future__ import annotations

import bisect
import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp_checker.ingest.lines import Box, Line, PageLines, Word

_CHECKABLE = {pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON}
_SKIPPED = {pdfium_c.FPDF_FORMFIELD_PUSHBUTTON, pdfium_c.FPDF_FORMFIELD_SIGNATURE}
# Field flags (PDF 32000-1, 12.7.4.2): a button is a radio button or a push button.
_FLAG_RADIO = 1 << 15
_FLAG_PUSHBUTTON = 1 << 16
_TEXT_VALUES = {pdfium_c.FPDF_OBJECT_STRING, pdfium_c.FPDF_OBJECT_NAME}


@dataclass(frozen=True)
class FormField:
    """One widget of a form field on a page (box in top-left page coordinates)."""

    label: str
    checkable: bool
    checked: bool
    value: str
    box: Box

    @property
    def rendered(self) -> str:
        """Return the text the field stands for in the note."""
        if self.checkable:
            return "[x]" if self.checked else "[ ]"
        return self.value.strip() or "___"


def _string(getter: Callable[..., int], *args: Any) -> str:
    size = getter(*args, None, 0)
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * ((size + 1) // 2))()
    getter(*args, buffer, size)
    return bytes(buffer).decode("utf-16-le", errors="replace").rstrip("\x00")


def _humanise(name: str) -> str:
    leaf = name.rsplit(".", 1)[-1]
    words = re.sub(r"[_\-]+", " ", leaf).strip()
    return words[:1].upper() + words[1:]


def _box(annot: Any, height: float) -> Box:
    rect = pdfium_c.FS_RECTF()
    pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect))
    return (
        min(rect.left, rect.right),
        height - max(rect.top, rect.bottom),
        max(rect.left, rect.right),
        height - min(rect.top, rect.bottom),
    )


def _key(annot: Any, key: bytes) -> str:
    return _string(pdfium_c.FPDFAnnot_GetStringValue, annot, key)


def _own_field(annot: Any, height: float) -> FormField | bool | None:
    """Read a widget that is its own field from its dictionary.

    Returns the field, None for a widget that is not read (push button, signature), or False
    when the widget's name, type or value lives in a parent field.
    """
    if not pdfium_c.FPDFAnnot_HasKey(annot, b"T") or not pdfium_c.FPDFAnnot_HasKey(annot, b"FT"):
        return False
    kind = _key(annot, b"FT")
    flags = ctypes.c_float(0.0)
    if pdfium_c.FPDFAnnot_HasKey(annot, b"Ff"):
        pdfium_c.FPDFAnnot_GetNumberValue(annot, b"Ff", ctypes.byref(flags))
    bits = int(flags.value)
    if kind == "Sig" or (kind == "Btn" and bits & _FLAG_PUSHBUTTON):
        return None
    has_value = pdfium_c.FPDFAnnot_HasKey(annot, b"V")
    if has_value and pdfium_c.FPDFAnnot_GetValueType(annot, b"V") not in _TEXT_VALUES:
        return False  # a list of choices, a stream: let the form environment read it
    label = _key(annot, b"TU") or _humanise(_key(annot, b"T"))
    box = _box(annot, height)
    if kind == "Btn":
        state = _key(annot, b"AS")
        return FormField(label, True, state not in {"", "Off"}, "", box)
    if kind not in {"Tx", "Ch"}:
        return False
    return FormField(label, False, False, _key(annot, b"V") if has_value else "", box)


def _environment_field(form: Any, annot: Any, height: float) -> FormField | None:
    """Read a widget through the form environment (its field's name and value are inherited)."""
    kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
    if kind in _SKIPPED or kind < 0:
        return None
    name = _string(pdfium_c.FPDFAnnot_GetFormFieldAlternateName, form, annot)
    name = name or _humanise(_string(pdfium_c.FPDFAnnot_GetFormFieldName, form, annot))
    checkable = kind in _CHECKABLE
    # The widget's own appearance state says whether it is on (FPDFAnnot_IsChecked would need
    # the page loaded into the form environment).
    checked = checkable and _key(annot, b"AS") not in {"", "Off"}
    value = "" if checkable else _string(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)
    return FormField(name, checkable, checked, value, _box(annot, height))


class FormReader:
    """Read the form widgets of one PDF, page by page, in time linear in the widgets.

    Parameters
    ----------
    data : bytes
        The PDF; a second copy with a form environment is opened only if some widget needs it.
    """

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._forms: pdfium.PdfDocument | None = None

    def _environment(self) -> tuple[pdfium.PdfDocument, Any]:
        if self._forms is None:
            self._forms = pdfium.PdfDocument(self.data)
            self._forms.init_forms()
        formenv = self._forms.formenv
        return self._forms, formenv.raw if formenv is not None else None

    def read(self, page: pdfium.PdfPage, index: int, height: float) -> list[FormField]:
        """Return the form widgets of ``page`` (page ``index`` of the document) with values."""
        fields: list[FormField] = []
        inherited: list[int] = []
        for position in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
            annot = pdfium_c.FPDFPage_GetAnnot(page.raw, position)
            if not annot:
                continue
            try:
                if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                    continue
                own = _own_field(annot, height)
                if own is False:
                    inherited.append(position)
                elif isinstance(own, FormField):
                    fields.append(own)
            finally:
                pdfium_c.FPDFPage_CloseAnnot(annot)
        if inherited:
            fields.extend(self._read_inherited(index, inherited, height))
        return fields

    def _read_inherited(self, index: int, positions: list[int], height: float) -> list[FormField]:
        document, form = self._environment()
        if form is None:
            return []
        # The page is loaded without FORM_OnAfterLoadPage: the lookups below need the form's
        # field tree, not a page view (building one costs a lookup per widget of the page).
        raw_page = pdfium_c.FPDF_LoadPage(document.raw, index)
        if not raw_page:
            return []
        fields = []
        try:
            for position in positions:
                annot = pdfium_c.FPDFPage_GetAnnot(raw_page, position)
                if not annot:
                    continue
                try:
                    if (found := _environment_field(form, annot, height)) is not None:
                        fields.append(found)
                finally:
                    pdfium_c.FPDFPage_CloseAnnot(annot)
        finally:
            pdfium_c.FPDF_ClosePage(raw_page)
        return fields

    def close(self) -> None:
        """Close the form-environment copy of the document, if one was opened."""
        if self._forms is not None:
            self._forms.close()
            self._forms = None


# --- merging the values into the printed lines ---

# Lines this much taller than text (a table row, a box) are checked against every field; the
# others are found by their middle in a sorted index.
_TALL_TOLERANCE = 16.0


def _tolerance(box: Box) -> float:
    return max(box[3] - box[1], 2.0) * 0.75


def _middle(box: Box) -> float:
    return (box[1] + box[3]) / 2


class _Rows:
    """Find, for a field, the first line in page order that is on its row.

    Lines of one printed row share their vertical extent, so lines are grouped by it: a field
    is compared with each group near its middle (a handful), not with each line.
    """

    def __init__(self) -> None:
        self._middles: list[float] = []
        self._keys: list[tuple[float, float]] = []
        self._first: dict[tuple[float, float], tuple[tuple[int, int, int], Line]] = {}
        self._reach = 0.0  # the largest tolerance of a grouped line
        self._tall: list[tuple[float, float, tuple[int, int, int], Line]] = []

    def add(self, line: Line, box: Box | None, order: tuple[int, int, int]) -> None:
        if box is None:
            return
        middle, tolerance = _middle(box), _tolerance(box)
        if tolerance > _TALL_TOLERANCE:
            self._tall.append((middle, tolerance, order, line))
            return
        key = (middle, tolerance)
        known = self._first.get(key)
        if known is None:
            at = bisect.bisect_right(self._middles, middle)
            self._middles.insert(at, middle)
            self._keys.insert(at, key)
            self._reach = max(self._reach, tolerance)
        if known is None or order < known[0]:
            self._first[key] = (order, line)

    def find(self, box: Box) -> Line | None:
        middle = _middle(box)
        low = bisect.bisect_left(self._middles, middle - self._reach)
        high = bisect.bisect_right(self._middles, middle + self._reach)
        best: tuple[tuple[int, int, int], Line] | None = None
        for key in self._keys[low:high]:
            if abs(middle - key[0]) <= key[1]:
                found = self._first[key]
                if best is None or found[0] < best[0]:
                    best = found
        for line_middle, tolerance, order, line in self._tall:
            if abs(middle - line_middle) <= tolerance and (best is None or order < best[0]):
                best = (order, line)
        return best[1] if best is not None else None


def _rebuild(line: Line, fields: list[FormField]) -> None:
    """Put each field's text into ``line`` at its horizontal position, in one pass.

    A field goes before the first printed word that starts right of it, else at the end of the
    line; fields at the same place keep their left-to-right order.
    """
    words = sorted(line.words, key=lambda w: w.start)
    # The first word (in text order) starting at or right of x: a suffix minimum over the
    # words sorted by their left edge.
    lefts = sorted((w.box[0], i) for i, w in enumerate(words) if w.box is not None)
    left_values = [left for left, _ in lefts]
    first_right = [len(words)] * (len(lefts) + 1)
    for at in range(len(lefts) - 1, -1, -1):
        first_right[at] = min(first_right[at + 1], lefts[at][1])
    before: dict[int, list[FormField]] = {}
    after: list[FormField] = []
    for field in sorted(fields, key=lambda f: f.box[0]):
        at = first_right[bisect.bisect_left(left_values, field.box[2] - 1)]
        if at == len(words):
            after.append(field)
        else:
            before.setdefault(at, []).append(field)
    text = line.text
    pieces: list[str] = []
    new_words: list[Word] = []
    shift = 0
    cursor = 0
    for i, word in enumerate(words):
        for field in before.get(i, []):
            pieces.append(text[cursor : word.start])
            cursor = word.start
            token = field.rendered
            new_words.append(Word(word.start + shift, word.start + shift + len(token), field.box))
            pieces.append(token + " ")
            shift += len(token) + 1
        word.start += shift
        word.end += shift
        new_words.append(word)
    pieces.append(text[cursor:])
    length = sum(len(piece) for piece in pieces)
    for field in after:
        token = field.rendered
        pieces.append(" " + token)
        new_words.append(Word(length + 1, length + 1 + len(token), field.box))
        length += len(token) + 1
    line.text = "".join(pieces)
    line.words = new_words


def merge_fields(page: PageLines, fields: list[FormField]) -> None:
    """Merge form values into the page's printed lines (or add a labelled line).

    A field joins the first line (in reading order) on its row; a field with no line on its
    row gets a line of its own, ``[x] Label`` or ``Label: value``, placed before the first
    line below it (later fields on that row join it). Linear in lines and fields, up to the
    sorting.
    """
    if not fields:
        return
    lines = page.lines
    boxes = [line.box for line in lines]
    rows = _Rows()
    for index, (line, box) in enumerate(zip(lines, boxes, strict=True)):
        rows.add(line, box, (index, 0, 0))
    # Lines below a given top: the first of them in reading order, from a suffix minimum.
    tops = sorted(((box or (0.0, 0.0, 0.0, 0.0))[1], index) for index, box in enumerate(boxes))
    top_values = [top for top, _ in tops]
    first_below = [len(lines)] * (len(tops) + 1)
    for at in range(len(tops) - 1, -1, -1):
        first_below[at] = min(first_below[at + 1], tops[at][1])
    assigned: dict[int, tuple[Line, list[FormField]]] = {}
    inserted: dict[int, list[Line]] = {}
    for sequence, field in enumerate(sorted(fields, key=lambda f: (f.box[1], f.box[0]))):
        row = rows.find(field.box)
        if row is not None:
            assigned.setdefault(id(row), (row, []))[1].append(field)
            continue
        if field.checkable:
            text = f"{field.rendered} {field.label}"
        else:
            text = f"{field.label}: {field.rendered}"
        new = Line.synthetic(text, field.box)
        where = first_below[bisect.bisect_right(top_values, field.box[1])]
        inserted.setdefault(where, []).append(new)
        rows.add(new, field.box, (where, -1, sequence))
    for row, row_fields in assigned.values():
        _rebuild(row, row_fields)
    merged: list[Line] = []
    for index in range(len(lines) + 1):
        merged.extend(inserted.get(index, []))
        if index < len(lines):
            merged.append(lines[index])
    page.lines = merged
