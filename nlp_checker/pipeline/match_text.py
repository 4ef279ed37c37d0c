"""The text the regex rules read: the note with its soft line wraps turned into spaces.

Dictation and EHR exports wrap prose at a fixed width, so "neurogenic" ends one line and
"claudication" starts the next, and a rule that names the phrase would miss it. A line break
counts as a soft wrap when the line before it does not end a sentence or a field (a stop, colon,
semicolon) and the next line goes on in lower case, the test the sentence splitter uses
(``sentences._continues``). Each such line break becomes one space, so every offset stays the
note's own. Rules that name line breaks themselves read the note as it is (``fast_regex``).

Speech-recognition output written all in lower case starts every line in lower case, so the
test says nothing there: in such a note (:func:`lower_case_lines`) every line break ends a
sentence, and no line is joined to the next. A note written all in capitals starts every line
in capitals: there a line break is a soft wrap when the line before runs near the note's full
width and ends with no stop or colon, and the next line goes on at its left edge
(:func:`capitals_wraps`).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,)\-])[ \t]*\n(?=[ \t]*[a-z])")


# A note counts as written in lower case when at least this share of its lines start in lower
# case (and it has enough lines to tell).
_LOWER_LINES_SHARE = 0.9
_LOWER_LINES_MIN = 4


# The sentence splitter and the regex rules' text both ask about the same note: each answer is
# worked out once per note text.
@lru_cache(maxsize=4)
def lower_case_lines(text: str) -> bool:
    """Return True when nearly every line of ``text`` starts in lower case (speech recognition)."""
    starts = [line.lstrip()[:1] for line in text.splitlines()]
    letters = [c for c in starts if c.isalpha()]
    if len(letters) < _LOWER_LINES_MIN:
        return False
    lower = sum(c.islower() for c in letters)
    return lower >= _LOWER_LINES_SHARE * len(letters)


# A note counts as written in capitals when at least this share of its letters are capitals
# (units such as "mL" and "mg" stay in lower case).
_CAPITALS_SHARE = 0.9
_CAPITALS_MIN = 200
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
# A wrapped line runs to at least this share of the note's width (its longer lines' length).
_WRAP_WIDTH_SHARE = 0.75
_WIDTH_QUANTILE = 0.9
_LINE_ENDS = (".", ":", ";", "!", "?")


@lru_cache(maxsize=4)
def capitals_wraps(text: str) -> frozenset[int] | None:
    """Return the offsets of the soft-wrap line breaks of a note in capitals (None: not one)."""
    upper = len(_UPPER.findall(text))
    if upper < _CAPITALS_MIN or upper < _CAPITALS_SHARE * (upper + len(_LOWER.findall(text))):
        return None
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[int(_WIDTH_QUANTILE * (len(lengths) - 1))] if lengths else 0
    wraps = []
    position = 0
    for line, following in itertools.pairwise(lines):
        position += len(line)
        kept = line.rstrip()
        if (
            kept
            and len(kept) >= _WRAP_WIDTH_SHARE * width
            and not kept.endswith(_LINE_ENDS)
            and following[:1].isalnum()
        ):
            wraps.append(position)
        position += 1
    return frozenset(wraps)


def match_text(text: str) -> str:
    """Return ``text`` with each soft-wrap line break replaced by a space (same length)."""
    if "\n" not in text or lower_case_lines(text):
        return text
    chars = list(text)
    capitals = capitals_wraps(text)
    if capitals is not None:
        for position in capitals:
            chars[position] = " "
        return "".join(chars)
    for found in _SOFT_WRAP.finditer(text):
        chars[found.end() - 1] = " "
    return "".join(chars)
