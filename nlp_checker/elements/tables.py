"""Pain scores read from the pain column of a vitals or recovery flowsheet.

    Time | BP     | HR | Pain 0-10 | Phase
    0812 | 142/88 | 80 | 7         | pre
    0841 | 130/84 | 74 | 3         | post

or, laid out by column, a row that names the pain score under a header of phases (``_row_scores``).
The header names a pain column (``PAIN_COLUMN``, patterns/cues.json); each row below it with as
many cells gives a score. A row's own phase cell ("pre", "PACU", "D/C": ``TABLE_PRE`` /
``TABLE_POST``) times it; otherwise the table's section does (a "PACU flowsheet" heading), and
otherwise the score is untimed, which the pain check reports as ``uncertain``. Cells are split
on "|" where the header has one, else on tabs or runs of two or more spaces; rules drawn under
the header or between rows are skipped.
"""

from __future__ import annotations

import bisect
import re

from nlp_checker.elements.mentions import Mention, MentionIndex

_PIPE_CELLS = re.compile(r"[^|]+")
_SPACE_CELLS = re.compile(r"\S+(?: \S+)*")
_SCORE = re.compile(r"(\d{1,2})(?:\s*/\s*10)?|(\d{1,3})\s*mm")  # 0-10, or a 100 mm VAS line
# A rule under the header or between rows ("|----|----|", "------+------").
_DIVIDER = re.compile(r"[ \t|+=:-]*-[ \t|+=:-]*")
_MIN_CELLS = 3
_MAX_SCORE = 10
_MAX_MM = 100
_SECTION_TIMING = {"pre_procedure": "pre", "post_procedure": "post"}


def _cells(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """Return the character spans of a line's cells, blanks between pipes or tabs included.

    ``sep`` is "|", a tab (one tab between cells, as an export writes them) or " " (cells parted
    by runs of spaces or tabs, blanks dropped).
    """
    if sep == "\t":
        line = text[start:end]
        out, at = [], start
        for cell in line.split("\t"):
            out.append((at, at + len(cell)))
            at += len(cell) + 1
        return out
    pattern = _PIPE_CELLS if sep == "|" else _SPACE_CELLS
    spans = [(start + m.start(), start + m.end()) for m in pattern.finditer(text[start:end])]
    return [(s, e) for s, e in spans if sep == "|" or text[s:e].strip()]


def _separator(text: str, start: int, end: int) -> str:
    """Return how a header line parts its cells: pipes, single tabs, or runs of white space."""
    line = text[start:end]
    if "|" in line:
        return "|"
    # One tab between non-blank cells: a run of tabs or a blank cell means tab-stop alignment.
    if "\t" in line and all(c.strip() for c in line.split("\t")):
        return "\t"
    return " "


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _section_at(index: MentionIndex, offset: int) -> str | None:
    starts = [start for _, start in index.sections]
    i = bisect.bisect_right(starts, offset) - 1
    return index.sections[i][0] if i >= 0 else None


def _score_of(cell: str) -> bool:
    score = _SCORE.fullmatch(cell)
    if not score:
        return False
    if score.group(1):
        return int(score.group(1)) <= _MAX_SCORE
    return int(score.group(2)) <= _MAX_MM


def _timing_of(labels: set[str], section: str | None) -> str | None:
    """Return the timing of a phase cell ("pre", "PACU"), else that of the table's section."""
    if labels == {"TABLE_PRE"}:
        return "pre"
    if labels == {"TABLE_POST"}:
        return "post"
    return section


def _table_mention(
    column: Mention, cell: str, begin: int, line: int, timing: str | None
) -> Mention:
    return Mention(
        label="PAIN_SCORE",
        text=cell,
        start=begin,
        end=begin + len(cell),
        sent=column.sent,
        line=line,
        section=column.section,
        rule=column.rule,
        meta=column.meta,
        state="affirmed",
        modifier=None,
        timing=timing,
        page=column.page,
        fuzzy=column.fuzzy,
    )


def _header_above(text: str, row_start: int, cells: int, sep: str) -> tuple[int, int] | None:
    """Return the span of the first line of the table block above ``row_start``."""
    found = None
    end = row_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if _DIVIDER.fullmatch(text, start, end):
            end = start - 1
            continue
        if len(_cells(text, start, end, sep)) != cells:
            break
        found = (start, end)
        end = start - 1
    return found


def _phase_header(
    text: str, block_start: int, row: list[tuple[int, int]], row_start: int, sep: str
) -> list[tuple[int, int]] | None:
    """Return the cells of a phase header over the value columns only, if one tops the block.

                              Pre-procedure      Recovery
    Time                      0712               0809
    Pain (NRS 0-10)           6                  0

    The header leaves the row-label column blank: it has one cell fewer than the rows, and its
    first cell starts right of the end of the row's label.
    """
    if block_start <= 0:
        return None
    start = text.rfind("\n", 0, block_start - 1) + 1
    cells = _cells(text, start, block_start - 1, sep)
    label_end = row[0][1] - row_start
    if len(cells) != len(row) - 1 or cells[0][0] - start < label_end:
        return None
    return cells


def _row_scores(
    index: MentionIndex,
    column: Mention,
    row: list[tuple[int, int]],
    row_start: int,
    sep: str,
    phases: list[tuple[int, str]],
    section: str | None,
) -> list[Mention]:
    """Scores of a flowsheet laid out by column: the pain row's cells, timed by the header.

    Row              | 07:50 Pre | 08:18 Intra | 08:40 PACU | 09:05 D/C
    Pain NRS (0-10)  | 8         | --          | 2          | 2
    """
    text = index.text
    header = _header_above(text, row_start, len(row), sep)
    if header is None:
        return []
    cells = _cells(text, header[0], header[1], sep)
    phase_row = _phase_header(text, header[0], row, row_start, sep)
    if phase_row is not None:
        cells = [(header[0], header[0]), *phase_row]
    out = []
    for (s, e), (hs, he) in zip(row[1:], cells[1:], strict=True):
        cell = text[s:e].strip()
        if not _score_of(cell):
            continue
        labels = {label for start, label in phases if hs <= start < he}
        begin = s + text[s:e].index(cell)
        out.append(_table_mention(column, cell, begin, column.line, _timing_of(labels, section)))
    return out


def table_scores(index: MentionIndex) -> list[Mention]:
    """Return one ``PAIN_SCORE`` mention per flowsheet row with a 0-10 score in its pain cell."""
    text = index.text
    # A phase cue may start in the spaces before its cell ("Observations      Pre-op (ward)"):
    # it is placed at its first word.
    phases = [
        (m.start + len(m.text) - len(m.text.lstrip()), m.label)
        for m in index.of("TABLE_PRE", "TABLE_POST")
    ]
    out: list[Mention] = []
    seen: set[int] = set()
    for column in index.of("PAIN_COLUMN"):
        head_start = text.rfind("\n", 0, column.start) + 1
        if head_start in seen:
            continue
        seen.add(head_start)
        head_end = _line_end(text, head_start)
        sep = _separator(text, head_start, head_end)
        header = _cells(text, head_start, head_end, sep)
        at = [i for i, (s, e) in enumerate(header) if s <= column.start < e]
        if len(header) < _MIN_CELLS or not at:
            continue
        section = _SECTION_TIMING.get(_section_at(index, head_start) or "")
        if at[0] == 0:
            out.extend(_row_scores(index, column, header, head_start, sep, phases, section))
            continue
        row_start = head_end + 1
        while row_start < len(text):
            row_end = _line_end(text, row_start)
            if _DIVIDER.fullmatch(text, row_start, row_end):
                row_start = row_end + 1
                continue
            row = _cells(text, row_start, row_end, sep)
            # A pipe or tab row may leave its last cells empty and unclosed ("10:02 | Start |  |").
            short = sep != " " and sep in text[row_start:row_end] and len(row) < len(header)
            if len(row) != len(header) and not short:
                break
            if at[0] >= len(row):
                row_start = row_end + 1
                continue
            s, e = row[at[0]]
            cell = text[s:e].strip()
            if _score_of(cell):
                labels = {label for start, label in phases if row_start <= start < row_end}
                begin = s + text[s:e].index(cell)
                line = column.line + text.count("\n", head_start, row_start)
                out.append(_table_mention(column, cell, begin, line, _timing_of(labels, section)))
            row_start = row_end + 1
    return out
