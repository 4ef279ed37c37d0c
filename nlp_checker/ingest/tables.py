"""Ruled tables through pdfplumber: a field | value grid becomes ``Field: value`` lines.

Only pages that draw ruling lines come here (pdfplumber costs about 70 ms a page against
about 1 ms for pypdfium2). A two-column row reads ``Pre-procedure VAS: 7``; a wider table with
a header row reads ``Row label - Header: cell; Header: cell``.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

import pdfplumber

from nlp_checker.ingest.deadline import Deadline
from nlp_checker.ingest.lines import Box, Line, PageLines

log = logging.getLogger(__name__)

_SPACES = re.compile(r"\s+")
_NUMERIC = re.compile(r"^[\d\s./%-]+$")


@dataclass(frozen=True)
class TableText:
    """A table found on a page: its box and the lines it reads as."""

    box: Box
    lines: list[Line]


def _clean(cell: str | None) -> str:
    return _SPACES.sub(" ", cell or "").strip()


def _is_header(row: list[str]) -> bool:
    filled = [c for c in row if c]
    return len(filled) == len(row) and not any(_NUMERIC.match(c) for c in filled)


def table_lines(rows: list[list[str]], cell_boxes: list[list[Box | None]]) -> list[Line]:
    """Turn table rows (cleaned cell strings) into lines the pipeline reads as fields."""
    lines: list[Line] = []
    width = max((len(r) for r in rows), default=0)
    header: list[str] | None = None
    if width >= 3 and rows and _is_header(rows[0]):
        header = rows[0]
    for index, row in enumerate(rows):
        boxes = [b for b in cell_boxes[index] if b is not None]
        box = (
            (
                min(b[0] for b in boxes),
                min(b[1] for b in boxes),
                max(b[2] for b in boxes),
                max(b[3] for b in boxes),
            )
            if boxes
            else None
        )
        cells = [c for c in row if c]
        if not cells:
            continue
        if header is not None and index > 0:
            pairs = [
                f"{header[i]}: {row[i] or '___'}" for i in range(1, min(len(row), len(header)))
            ]
            text = f"{row[0]} - " + "; ".join(pairs) if row[0] else "; ".join(pairs)
        elif len(row) == 2 and row[0]:
            label = row[0].rstrip(":")
            text = f"{label}: {row[1] or '___'}"
        else:
            text = " | ".join(cells)
        lines.append(Line.synthetic(text, box))
    return lines


def read_tables(
    data: bytes, page_indexes: list[int], deadline: Deadline
) -> dict[int, list[TableText]]:
    """Find ruled tables on the given pages (0-based indexes) with pdfplumber."""
    found: dict[int, list[TableText]] = {}
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for index in page_indexes:
            deadline.check(f"finding tables on page {index + 1}")
            page = pdf.pages[index]
            tables: list[TableText] = []
            for table in page.find_tables():
                extracted = table.extract()
                rows = [[_clean(c) for c in row] for row in extracted]
                cell_boxes: list[list[Box | None]] = [
                    [tuple(c) if c is not None else None for c in row.cells]  # type: ignore[misc]
                    for row in table.rows
                ]
                if len(rows) < 1 or max(len(r) for r in rows) < 2:
                    continue
                lines = table_lines(rows, cell_boxes)
                if lines:
                    tables.append(TableText(box=tuple(table.bbox), lines=lines))  # type: ignore[arg-type]
            page.close()
            if tables:
                found[index] = tables
    return found


def _inside(box: Box | None, table: Box) -> bool:
    if box is None:
        return False
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return table[0] <= x <= table[2] and table[1] <= y <= table[3]


def merge_tables(page: PageLines, tables: list[TableText]) -> None:
    """Replace the text-layer lines inside each table with the table's field lines."""
    for table in tables:
        kept: list[Line] = []
        insert_at: int | None = None
        for line in page.lines:
            if _inside(line.box, table.box):
                if insert_at is None:
                    insert_at = len(kept)
                continue
            kept.append(line)
        if insert_at is None:
            insert_at = next(
                (i for i, line in enumerate(kept) if (line.box or (0, 0, 0, 0))[1] > table.box[1]),
                len(kept),
            )
        page.lines = kept[:insert_at] + table.lines + kept[insert_at:]
