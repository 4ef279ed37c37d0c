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

_SOFT_WRAP = re.compile(
    r"(?<=[A-Za-z0-9,)\-])[ \t]*\n(?=[ \t]*[a-z])(?![ \t]*\w+(?:[ \t]\w+){0,3}[ \t]=[ \t])"
)
# Registry and device exports write fields as "key = value" with the key's words joined by
# underscores ("pain_pre_nrs = 8", "patient_dob = 06/06/1972"): the rules read such a key as
# words and its "=" as a label's colon.
_KEY_FIELD = re.compile(r"(?m)^([ \t]*[A-Za-z][\w /]{0,40}?)[ \t]=(?=[ \t])")
_JOINED_WORDS = re.compile(r"(?<=[A-Za-z])_(?=[A-Za-z])")


# A note counts as written in lower case when at least this share of its lines start in lower
# case (and it has enough lines to tell).
_LOWER_LINES_SHARE = 0.9
_LOWER_LINES_MIN = 4


# The sentence splitter and the regex rules' text both ask about the same note: each answer is
# worked out once per note text.
@lru_cache(maxsize=4)
def lower_case_lines(text: str) -> bool:
    """Return True when nearly every line of ``text`` starts in lower case (speech recognition)."""
    # A line that opens with an acronym ("MRI", "DOS", "AP") says nothing about the case the
    # dictation is written in.
    words = [line.split(maxsplit=1)[0] for line in text.splitlines() if line.strip()]
    letters = [w[0] for w in words if w[0].isalpha() and not (len(w) > 1 and w.isupper())]
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
# A label a paragraph hangs from: "P: ", "IMPRESSION:  ".
_HANGING_LABEL = re.compile(r" *[A-Za-z][A-Za-z /]{0,20}: +")
# A line that opens with a field label ("level: l4-5", "SIDE: LEFT") starts a field of its own,
# however long the line above it ran.
_FIELD_START = re.compile(r"[ \t]*[A-Za-z][\w/#&()'.+ -]{0,32}(?::|[ \t]=)(?:[ \t]|$)")


def _width(lines: list[str]) -> int:
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(_WIDTH_QUANTILE * (len(lengths) - 1))] if lengths else 0


@lru_cache(maxsize=4)
def capitals_wraps(text: str) -> frozenset[int] | None:
    """Return the offsets of the soft-wrap line breaks of a note in capitals (None: not one)."""
    upper = len(_UPPER.findall(text))
    if upper < _CAPITALS_MIN or upper < _CAPITALS_SHARE * (upper + len(_LOWER.findall(text))):
        return None
    lines = text.split("\n")
    return _wraps(lines, _width(lines), fits=False)


# A note in lower case is wrapped at a column when its lines are no wider than this; speech
# recognition writes each utterance on a line of any length.
_WRAP_WIDTH_MAX = 132
# Notes wrapped by hand stop a few columns short of their width: the next word "would not
# have fitted" when it would have run past this share of the width.
_FIT_SHARE = 0.9


@lru_cache(maxsize=4)
def lower_case_wraps(text: str) -> frozenset[int]:
    """Return the soft-wrap line breaks of a note whose lines start in lower case.

    Speech recognition puts each utterance on its own line, so a line break ends a sentence;
    but a note typed in lower case and wrapped at a column breaks its sentences at the
    column. A break is a wrap when the line runs close to the note's width and the next
    line's first word would not have fitted on it (within ``_FIT_SHARE``).
    """
    lines = text.split("\n")
    width = _width(lines)
    if width > _WRAP_WIDTH_MAX:
        return frozenset()
    return _wraps(lines, width, fits=True)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _goes_on(line: str, following: str) -> bool:
    """Return True when ``following`` starts where the text of ``line`` does.

    That is the line's left edge, or the column after a hanging label ("P: L3-L4 ESI ..."
    wrapped to "   LATERAL IMAGES ...").
    """
    text = following.lstrip(" ")
    if not text[:1].isalnum():
        return False
    column = _indent(following)
    if column == _indent(line):
        return True
    label = _HANGING_LABEL.match(line)
    return label is not None and label.end() == column


def _wraps(lines: list[str], width: int, *, fits: bool) -> frozenset[int]:
    wraps = []
    position = 0
    for line, following in itertools.pairwise(lines):
        position += len(line)
        kept = line.rstrip()
        if (
            kept
            and len(kept) >= _WRAP_WIDTH_SHARE * width
            and not kept.endswith(_LINE_ENDS)
            and _goes_on(line, following)
            and not _FIELD_START.match(following)
            and (
                not fits or len(kept) + 1 + len(following.split(maxsplit=1)[0]) > _FIT_SHARE * width
            )
        ):
            wraps.append(position)
        position += 1
    return frozenset(wraps)


def line_wraps(text: str) -> frozenset[int] | None:
    """Return the soft wraps found from line widths: notes in capitals or in lower case.

    None when the note is in neither (its wraps are found from letter case).
    """
    if lower_case_lines(text):
        return lower_case_wraps(text)
    return capitals_wraps(text)


def read_fields(text: str) -> str:
    """Return ``text`` with "key_words = value" fields read as "key words : value"."""
    if "_" in text:
        text = _JOINED_WORDS.sub(" ", text)
    if "=" in text:
        text = _KEY_FIELD.sub(lambda found: found.group(1) + " :", text)
    return text


def match_text(text: str, fields: str | None = None) -> str:
    """Return ``text`` with each soft-wrap line break replaced by a space (same length).

    Fields written "key_words = value" read as "key words : value" (also the same length);
    ``fields`` is ``read_fields(text)`` when the caller has it already.
    """
    read = read_fields(text) if fields is None else fields
    if "\n" not in text:
        return read
    chars = list(read)
    by_width = line_wraps(text)
    if by_width is not None:
        for position in by_width:
            chars[position] = " "
        return "".join(chars)
    for found in _SOFT_WRAP.finditer(text):
        chars[found.end() - 1] = " "
    return "".join(chars)
