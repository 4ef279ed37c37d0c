"""Fillable PDF forms: AcroForm field values and checkbox states become part of the note text.

Field values live in widget annotations, not in the page's text layer, so each value is put
into the printed line it sits on: a ticked box becomes ``[x]`` before its label, an unticked box
``[ ]`` (which the rules read as "not done"), a typed value follows its label, and an empty
field becomes ``___`` (a template blank, never evidence).
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from nlp_checker.ingest.lines import Box, Line, PageLines, Word

_CHECKABLE = {pdfium_c.FPDF_FORMFIELD_CHECKBOX, pdfium_c.FPDF_FORMFIELD_RADIOBUTTON}
_NO_BOX = (0.0, 0.0, 0.0, 0.0)
_SKIPPED = {pdfium_c.FPDF_FORMFIELD_PUSHBUTTON, pdfium_c.FPDF_FORMFIELD_SIGNATURE}


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


def read_fields(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, height: float) -> list[FormField]:
    """Return the form widgets of ``page`` with their values (``pdf.init_forms()`` called first)."""
    form = pdf.formenv.raw if pdf.formenv is not None else None
    if form is None:
        return []
    fields: list[FormField] = []
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            kind = pdfium_c.FPDFAnnot_GetFormFieldType(form, annot)
            if kind in _SKIPPED or kind < 0:
                continue
            name = _string(pdfium_c.FPDFAnnot_GetFormFieldAlternateName, form, annot)
            name = name or _humanise(_string(pdfium_c.FPDFAnnot_GetFormFieldName, form, annot))
            checkable = kind in _CHECKABLE
            checked = bool(pdfium_c.FPDFAnnot_IsChecked(form, annot)) if checkable else False
            value = "" if checkable else _string(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)
            rect = pdfium_c.FS_RECTF()
            pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect))
            box = (
                min(rect.left, rect.right),
                height - max(rect.top, rect.bottom),
                max(rect.left, rect.right),
                height - min(rect.top, rect.bottom),
            )
            fields.append(FormField(name, checkable, checked, value, box))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return fields


def _same_row(line: Line, box: Box) -> bool:
    line_box = line.box
    if line_box is None:
        return False
    middle = (box[1] + box[3]) / 2
    line_middle = (line_box[1] + line_box[3]) / 2
    tolerance = max(line_box[3] - line_box[1], 2.0) * 0.75
    return abs(middle - line_middle) <= tolerance


def _insert(line: Line, field: FormField) -> None:
    """Put the field's text into ``line`` at the field's horizontal position."""
    token = field.rendered
    position = len(line.text)
    for word in line.words:
        if word.box is not None and word.box[0] >= field.box[2] - 1:
            position = word.start
            break
    if position == len(line.text):
        addition = " " + token
        line.words.append(Word(position + 1, position + 1 + len(token), field.box))
        line.text += addition
        return
    addition = token + " "
    shift = len(addition)
    for word in line.words:
        if word.start >= position:
            word.start += shift
            word.end += shift
    line.words.append(Word(position, position + len(token), field.box))
    line.words.sort(key=lambda w: w.start)
    line.text = line.text[:position] + addition + line.text[position:]


def merge_fields(page: PageLines, fields: list[FormField]) -> None:
    """Merge form values into the page's printed lines (or add a labelled line)."""
    for field in sorted(fields, key=lambda f: (f.box[1], f.box[0])):
        row = next((line for line in page.lines if _same_row(line, field.box)), None)
        if row is not None:
            _insert(row, field)
            continue
        if field.checkable:
            text = f"{field.rendered} {field.label}"
        else:
            text = f"{field.label}: {field.rendered}"
        new = Line.synthetic(text, field.box)
        below = [i for i, line in enumerate(page.lines) if (line.box or _NO_BOX)[1] > field.box[1]]
        where = below[0] if below else len(page.lines)
        page.lines.insert(where, new)
