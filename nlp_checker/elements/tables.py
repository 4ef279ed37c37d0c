"""Pain scores read from the pain column of a vitals or recovery flowsheet.

    Time | BP     | HR | Pain 0-10 | Phase
    0812 | 142/88 | 80 | 7         | pre
    0841 | 130/84 | 74 | 3         | post

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


def _cells(text: str, start: int, end: int, pipes: bool) -> list[tuple[int, int]]:
    """Return the character spans of a line's cells, blanks between pipes included."""
    pattern = _PIPE_CELLS if pipes else _SPACE_CELLS
    spans = [(start + m.start(), start + m.end()) for m in pattern.finditer(text[start:end])]
    return [(s, e) for s, e in spans if pipes or text[s:e].strip()]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _section_at(index: MentionIndex, offset: int) -> str | None:
    starts = [start for _, start in index.sections]
    i = bisect.bisect_right(starts, offset) - 1
    return index.sections[i][0] if i >= 0 else None


def table_scores(index: MentionIndex) -> list[Mention]:
    """Return one ``PAIN_SCORE`` mention per flowsheet row with a 0-10 score in its pain cell."""
    text = index.text
    phases = [(m.start, m.label) for m in index.of("TABLE_PRE", "TABLE_POST")]
    out: list[Mention] = []
    seen: set[int] = set()
    for column in index.of("PAIN_COLUMN"):
        head_start = text.rfind("\n", 0, column.start) + 1
        if head_start in seen:
            continue
        seen.add(head_start)
        head_end = _line_end(text, head_start)
        pipes = "|" in text[head_start:head_end]
        header = _cells(text, head_start, head_end, pipes)
        at = [i for i, (s, e) in enumerate(header) if s <= column.start < e]
        if len(header) < _MIN_CELLS or not at:
            continue
        section = _SECTION_TIMING.get(_section_at(index, head_start) or "")
        row_start = head_end + 1
        while row_start < len(text):
            row_end = _line_end(text, row_start)
            if _DIVIDER.fullmatch(text, row_start, row_end):
                row_start = row_end + 1
                continue
            row = _cells(text, row_start, row_end, pipes)
            # A pipe row may leave its last cells empty and unclosed ("10:02 | Start |  |").
            short = pipes and "|" in text[row_start:row_end] and len(row) < len(header)
            if len(row) != len(header) and not short:
                break
            if at[0] >= len(row):
                row_start = row_end + 1
                continue
            s, e = row[at[0]]
            cell = text[s:e].strip()
            score = _SCORE.fullmatch(cell)
            if score and (
                int(score.group(1)) <= _MAX_SCORE
                if score.group(1)
                else int(score.group(2)) <= _MAX_MM
            ):
                labels = {label for start, label in phases if row_start <= start < row_end}
                timing = section
                if labels == {"TABLE_PRE"}:
                    timing = "pre"
                elif labels == {"TABLE_POST"}:
                    timing = "post"
                begin = s + text[s:e].index(cell)
                out.append(
                    Mention(
                        label="PAIN_SCORE",
                        text=cell,
                        start=begin,
                        end=begin + len(cell),
                        sent=column.sent,
                        line=column.line + text.count("\n", head_start, row_start),
                        section=column.section,
                        rule=column.rule,
                        meta=column.meta,
                        state="affirmed",
                        modifier=None,
                        timing=timing,
                        page=column.page,
                        fuzzy=column.fuzzy,
                    )
                )
            row_start = row_end + 1
    return out
