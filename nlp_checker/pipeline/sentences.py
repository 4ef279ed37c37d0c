"""A line-aware sentence splitter for clinical notes.

Stock splitters merge list items, field:value lines and hard-wrapped template lines into one
sentence, so a negation on one line leaks onto the next. Here a line break, a run of spaces or
tabs, a checkbox item and a sentence-final stop each start a new sentence; a single line break
inside running prose (the next line goes on in lower case) does not, except in a note whose
lines nearly all start in lower case (speech recognition) or that is written in capitals:
there a line break ends a sentence unless the line was wrapped at the note's width
(``match_text.line_wraps``). It costs well under a
millisecond a note, against ~75 ms for PyRuSH.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import (
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_SPACE,
    IS_TITLE,
    IS_UPPER,
    LIKE_NUM,
    ORTH,
    SENT_START,
)
from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker.pipeline.extensions import TEXT_KEY
from nlp_checker.pipeline.match_text import line_wraps, lower_case_lines

_STOPS = {".", "!", "?", ";"}
_LINE_END_PUNCT = {".", ",", ":", ";", "!", "?"}
_BOX_GLYPHS = {"☐", "☑", "☒", "□", "■"}
# A line that ends on one of these words, in lower case, goes on on the next line ("no" and
# "not" are left out: they end a template's answer, "Epidural spread: [x] yes  [ ] no").
# fmt: off
_OPEN_ENDS = frozenset((
    "and", "or", "nor", "but", "with", "without", "of", "the", "a", "an", "to", "for", "from",
    "by", "in", "into", "at", "on", "than",
))
# fmt: on
# "ms. olufemi": a title's stop does not end a sentence in a note in lower case.
_TITLES = {"mr", "mrs", "ms", "dr", "st", "prof"}
# Words that open a sentence when they follow a lower-case word with a capital: dictation
# without full stops ("took naproxen without relief His pain today was 6/10").
# fmt: off
_OPENERS = frozenset((
    "He", "She", "His", "Her", "They", "Their", "We", "Our", "The", "This", "These", "There",
    "It", "Its", "After", "Following", "Then", "Next", "Once", "Subsequently", "Thereafter",
    "Afterward", "Afterwards", "No",
))
# fmt: on
_LABEL_ENDS = {":", "-", "*", "•"}


def _checkbox_end(doc: Doc, i: int) -> int | None:
    """Return the index of the ``]`` closing a checkbox that opens at ``i`` (``[ ]``, ``[x]``)."""
    if doc[i].text in _BOX_GLYPHS:
        return i
    if doc[i].text != "[":
        return None
    for j in range(i + 1, min(i + 3, len(doc))):
        if doc[j].text == "]":
            return j
    return None


def _ends_in_box(doc: Doc, i: int) -> bool:
    """Return True when the line holding token ``i`` ends with a checkbox ("CLO [ ]")."""
    last = None
    for token in doc[i:]:
        if token.is_space and "\n" in token.text:
            break
        if not token.is_space:
            last = token
    return last is not None and (last.text == "]" or last.text in _BOX_GLYPHS)


def _checkbox_starts(doc: Doc) -> set[int]:
    """Return the token indices that start a checkbox item.

    A line of boxes reads either "[x] AP  [ ] CLO" (box first) or "AP [x]  CLO [ ]" (label
    first). A label or nothing before the first box, or a line that does not end in a box,
    says box first ("Guidance [x] Fluoro [ ] CT [ ] None"). Each item becomes its own sentence,
    so an unticked box only touches its own label.
    """
    starts: set[int] = set()
    text = doc.user_data.get(TEXT_KEY) or doc.text
    if "[" not in text and not any(glyph in text for glyph in _BOX_GLYPHS):
        return starts
    line_start = 0
    box_first: bool | None = None
    for i in range(len(doc)):
        if i and doc[i - 1].is_space and "\n" in doc[i - 1].text:
            line_start, box_first = i, None
        end = _checkbox_end(doc, i)
        if end is None:
            continue
        if box_first is None:
            before = [t for t in doc[line_start:i] if not t.is_space]
            # A field label set off from its first box by a run of spaces ("Final views    [X] AP
            # [X] Lateral  [ ] CLO   Saved [X]") heads a box-first line, whatever ends it.
            box_first = (
                not before
                or before[-1].text in _LABEL_ENDS
                or (i > 0 and doc[i - 1].is_space)
                or not _ends_in_box(doc, i)
            )
        if box_first:
            starts.add(i)
        elif end + 1 < len(doc):
            starts.add(end + 1)
    return starts


@Language.component("nlp_checker_lines", assigns=["token.is_sent_start"])
def split_lines(doc: Doc) -> Doc:
    """Set sentence starts for a note (see the module docstring for the rules).

    Token attributes are read as one array: building a Token object per token costs more than
    the rules themselves.
    """
    n = len(doc)
    if n == 0:
        return doc
    # spaCy rebuilds Doc.text from every token on each access; the matchers after this read it
    # from here (the text never changes inside the pipeline).
    note_text = doc.user_data[TEXT_KEY] = doc.text
    # In a note in capitals or in lower case the wraps are found from line widths, not from
    # letter case.
    by_width = line_wraps(note_text)
    # In a note in lower case a full stop ends a sentence before a lower-case word too.
    lower = lower_case_lines(note_text)
    idx = doc.to_array([IDX]).tolist() if by_width is not None else []
    strings = doc.vocab.strings
    attrs = doc.to_array([IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, IS_LOWER, IS_ALPHA, ORTH])
    rows = attrs.tolist()
    starts = [-1] * n
    starts[0] = 1
    for i in _checkbox_starts(doc):
        starts[i] = 1
    last_word = -1
    newline_cache: dict[int, int] = {}
    for i in range(n - 1):
        space, _title, _upper, _num, _lower, _alpha, orth = rows[i]
        nxt = rows[i + 1]
        if space:
            lines = newline_cache.get(orth)
            if lines is None:
                lines = newline_cache[orth] = strings[orth].count("\n")
            if not lines:
                # Two or more spaces or a tab separate template fields; a tab right after a
                # field's colon only lines its value up ("MRI 11/2025:\tL4-5 bulge").
                if not (
                    (strings[orth] == "\t" and i and strings[rows[i - 1][6]].endswith(":"))
                    or _annotates(rows, i, strings)
                ):
                    starts[i + 1] = 1
            elif lines == 1 and _open_end(rows, last_word, strings):
                pass
            elif by_width is not None:
                newline = idx[i] + strings[orth].index("\n")
                if not (lines == 1 and newline in by_width):
                    starts[i + 1] = 1
            elif not (
                lines == 1
                and _continues(rows, last_word, nxt, strings)
                and not _key_field(rows, i + 1, strings)
            ):
                starts[i + 1] = 1
            continue
        last_word = i
        text = strings[orth]
        if _lower and _alpha and nxt[1] and strings[nxt[6]] in _OPENERS:
            starts[i + 1] = 1  # "... without relief His pain ...": a stop left out
        elif text == ";" or (
            text in _STOPS
            and (
                nxt[1]
                or nxt[2]
                or nxt[3]
                or (lower and nxt[5] and strings[rows[i - 1][6]] not in _TITLES)
            )
        ):
            starts[i + 1] = 1
    # spaCy stores attributes as uint64; -1 (not a start) round-trips through the cast.
    values = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], cast(Any, values))
    return doc


def _annotates(rows: list[list[int]], i: int, strings: Any) -> bool:
    """Return True when the spaces at ``i`` lead to a bracketed comment on the field before.

    "Pain score (0-10): 0   [template default - not assessed]": the comment is a word in
    brackets, not a checkbox ("[ ]", "[x]"), and it speaks of the value before it.
    """
    if i + 2 >= len(rows) or strings[rows[i + 1][6]] != "[":
        return False
    word = rows[i + 2]
    return bool(word[5]) and len(strings[word[6]]) > 1


def _open_end(rows: list[list[int]], last_word: int, strings: Any) -> bool:
    """Return True when the line ends on a word no sentence ends on ("... myelopathy or").

    Such a line goes on below, even when the next line opens with a bullet or a capital.
    """
    return last_word >= 0 and strings[rows[last_word][6]].lower() in _OPEN_ENDS


def _key_field(rows: list[list[int]], i: int, strings: Any) -> bool:
    """Return True when the line from ``i`` is a "key = value" field ("pain_pre_nrs = 8")."""
    return i + 1 < len(rows) and strings[rows[i + 1][6]] == "="


def _continues(rows: list[list[int]], last_word: int, nxt: list[int], strings: Any) -> bool:
    """Return True when a single line break sits inside a wrapped prose sentence."""
    if last_word < 0:
        return False
    prev = rows[last_word]
    prev_text = strings[prev[6]]
    # "Under AP,\ncontralateral oblique and lateral views": a comma before a lower-case line
    # goes on; a comma before a capital starts the next list item.
    if prev_text == ",":
        return bool(nxt[4] and nxt[5])
    if prev_text in _LINE_END_PUNCT or prev_text.endswith(":"):
        return False
    if nxt[4] and nxt[5]:  # next line goes on in lower case
        return True
    # "... not controlled by gabapentin for\n2 weeks": a number after a lower-case word.
    return bool(prev[5] and prev[4] and nxt[3])
