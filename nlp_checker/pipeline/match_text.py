"""The text the regex rules read: the note with its soft line wraps turned into spaces.

Dictation and EHR exports wrap prose at a fixed width, so "neurogenic" ends one line and
"claudication" starts the next, and a rule that names the phrase would miss it. A line break
counts as a soft wrap when the line before it does not end a sentence or a field (a stop, colon,
semicolon) and the next line goes on in lower case, the test the sentence splitter uses
(``sentences._continues``). Each such line break becomes one space, so every offset stays the
note's own. Rules that name line breaks themselves read the note as it is (``fast_regex``).

Speech-recognition output written all in lower case starts every line in lower case, so the
test says nothing there: in such a note (:func:`lower_case_lines`) every line break ends a
sentence, and no line is joined to the next.
"""

from __future__ import annotations

import re

_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,)\-])[ \t]*\n(?=[ \t]*[a-z])")


# A note counts as written in lower case when at least this share of its lines start in lower
# case (and it has enough lines to tell).
_LOWER_LINES_SHARE = 0.9
_LOWER_LINES_MIN = 4


def lower_case_lines(text: str) -> bool:
    """Return True when nearly every line of ``text`` starts in lower case (speech recognition)."""
    starts = [line.lstrip()[:1] for line in text.splitlines()]
    letters = [c for c in starts if c.isalpha()]
    if len(letters) < _LOWER_LINES_MIN:
        return False
    lower = sum(c.islower() for c in letters)
    return lower >= _LOWER_LINES_SHARE * len(letters)


def match_text(text: str) -> str:
    """Return ``text`` with each soft-wrap line break replaced by a space (same length)."""
    if "\n" not in text or lower_case_lines(text):
        return text
    chars = list(text)
    for found in _SOFT_WRAP.finditer(text):
        chars[found.end() - 1] = " "
    return "".join(chars)
