"""The text the regex rules read: the note with its soft line wraps turned into spaces.

Dictation and EHR exports wrap prose at a fixed width, so "neurogenic" ends one line and
"claudication" starts the next, and a rule that names the phrase would miss it. A line break
counts as a soft wrap when the line before it does not end a sentence or a field (a stop, colon,
semicolon) and the next line goes on in lower case, the test the sentence splitter uses
(``sentences._continues``). Each such line break becomes one space, so every offset stays the
note's own. Rules that name line breaks themselves read the note as it is (``fast_regex``).
"""

from __future__ import annotations

import re

_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,)\-])[ \t]*\n(?=[ \t]*[a-z])")


def match_text(text: str) -> str:
    """Return ``text`` with each soft-wrap line break replaced by a space (same length)."""
    if "\n" not in text:
        return text
    chars = list(text)
    for found in _SOFT_WRAP.finditer(text):
        chars[found.end() - 1] = " "
    return "".join(chars)
