"""Literal factors of a regex: strings of which every match contains at least one.

A note that contains none of a pattern's factors cannot match it, so the regex need not run.
Most rules name words ("sedation", "Tuohy", "radiculopathy"), and Python's ``re`` cannot skip
ahead to them in a case-insensitive pattern: it tries every position of the note. Checking the
factors against the case-folded note first is a substring search in C.

The analysis reads the parsed pattern (``re._parser``, stable since Python 3.11):
- a run of literals in a sequence is a factor of the sequence;
- a sequence takes the factor set of one of its parts (the one with the fewest strings);
- an alternation has a set only when every branch has one (their union);
- a repeat counts only when it must occur (min >= 1); lookarounds and classes give nothing.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
from typing import Any

import ahocorasick  # type: ignore[import-not-found]

Factors = frozenset[str]

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_MIN_LENGTH = 2  # shorter factors are in almost every note and only cost the check
_MAX_FACTORS = 24  # past this, the substring checks cost more than they save


def _better(a: Factors | None, b: Factors | None) -> Factors | None:
    """Pick the factor set that is cheaper to check and more selective."""
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b, key=lambda f: (len(f), -min(map(len, f))))


def _sequence(items: Any) -> Factors | None:
    best: Factors | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is not None:
            best = _better(best, _item(op, av))
    return best


def _item(op: Any, av: Any) -> Factors | None:
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in _REPEATS:
        low, _high, sub = av
        if low < 1:
            return None
        if len(sub) == 1 and sub[0][0] is sre.LITERAL:  # "_{3,}" holds "___"
            return frozenset([chr(sub[0][1]) * min(low, 8)])
        return _sequence(sub)
    return None


def literal_factors(pattern: re.Pattern[str]) -> Factors | None:
    """Case-folded strings of which every match of ``pattern`` contains one; None if unknown."""
    found = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
    if not found:
        return None
    folded = frozenset(s.casefold() for s in found)
    if min(map(len, folded)) < _MIN_LENGTH or len(folded) > _MAX_FACTORS:
        return None
    return folded


# --- first characters --------------------------------------------------------------------------
#
# Python's ``re`` tries a case-insensitive pattern at every position of the note. A lookahead for
# the characters a match can start with, put in front of the pattern, turns most of those tries
# into one character test (the matches are the same: the lookahead only states what the pattern
# already requires). Worked out from the parsed pattern like the factors above.

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_MAX_FIRST = 40  # a class this wide no longer saves anything
_WIDE_RANGE = 60
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _can_be_empty(items: Any) -> bool:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.SUBPATTERN:
            if _can_be_empty(av[-1]):
                continue
            return False
        if op is sre.BRANCH:
            if any(_can_be_empty(branch) for branch in av[1]):
                continue
            return False
        if op in _REPEATS:
            if av[0] == 0 or _can_be_empty(av[2]):
                continue
            return False
        return False
    return True


def _class_chars(av: Any) -> set[str] | None:
    out: set[str] = set()
    for op, arg in av:
        if op is sre.LITERAL:
            out.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] <= _WIDE_RANGE:
            out.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:  # a category (\d, \w), a negated class or a wide range: anything may start
            return None
    return out


def _first(items: Any) -> set[str] | None:
    """Characters a non-empty match of the sequence can start with; None when any may."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return out | {chr(av)}
        if op is sre.IN:
            found = _class_chars(av)
            return None if found is None else out | found
        sub = None
        if op is sre.SUBPATTERN:
            sub = av[-1]
        elif op is sre.ATOMIC_GROUP:
            sub = av
        elif op in _REPEATS:
            sub = av[2]
        if sub is not None:
            found = _first(sub)
            if found is None:
                return None
            out |= found
            if _can_be_empty(sub) or (op in _REPEATS and av[0] == 0):
                continue
            return out
        if op is sre.BRANCH:
            for branch in av[1]:
                found = _first(branch)
                if found is None:
                    return None
                out |= found
            if any(_can_be_empty(branch) for branch in av[1]):
                continue
            return out
        return None
    return out


def first_char_guard(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Put the pattern behind a lookahead for its first characters; None if that saves nothing."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    if _can_be_empty(parsed):  # an empty match starts with no character at all
        return None
    found = _first(parsed)
    if not found:
        return None
    chars = found | {c.lower() for c in found} | {c.upper() for c in found}
    if len(chars) > _MAX_FIRST * 2:
        return None
    head = _GLOBAL_FLAGS.match(pattern.pattern)
    lead, body = (head.group(0), pattern.pattern[head.end() :]) if head else ("", pattern.pattern)
    cls = "".join(re.escape(c) for c in sorted(chars))
    return re.compile(f"{lead}(?=[{cls}])(?:{body})", pattern.flags)


# --- leading literals ---------------------------------------------------------------------------
#
# Most rules start with a word: "\b(?:radiculopath\w*|sciatica|...)". Python's ``re`` has no fast
# scan for a case-insensitive pattern, so it tries the pattern at every word start. When every
# match must start with one of a few literal strings, a case-sensitive search for those strings in
# the case-folded note finds the only places a match can start, and the pattern is tried there
# alone (``LeadScanner``). The matches are the same as ``finditer``'s: it tries the same start
# positions in the same order, and lookbehinds and ``\b`` still see the text before each one.

_LEAD_MIN = 2  # a one-letter lead starts too many places to save anything
_LEAD_MAX = 8  # longer leads add nothing to the search


_LEAD_SET_MAX = 48  # more alternative leads than this and the search saves little
_LEAD_CLASS_MAX = 6  # a class of more literal characters than this is not joined into leads


def _item_strings(op: Any, av: Any) -> tuple[set[str], bool] | None:
    """Strings one of which starts every match of one item, and whether they are whole matches.

    None when the item may start with something that is not a literal (a digit class, a word
    character).
    """
    if op is sre.LITERAL:
        return {chr(av)}, True
    if op is sre.IN:
        if len(av) <= _LEAD_CLASS_MAX and all(kind is sre.LITERAL for kind, _ in av):
            return {chr(code) for _, code in av}, True
        return None
    if op is sre.SUBPATTERN:
        return _sequence_strings(av[-1])
    if op is sre.ATOMIC_GROUP:
        return _sequence_strings(av)
    if op is sre.BRANCH:
        union: set[str] = set()
        whole = True
        for branch in av[1]:
            found = _sequence_strings(branch)
            if found is None:
                return None
            union |= found[0]
            whole = whole and found[1]
        return union, whole
    if op in _REPEATS:
        low, high, body = av
        found = _sequence_strings(body)
        if found is None:
            return None
        strings, whole = found
        if low == 0:
            strings = strings | {""}
        return strings, whole and high == 1
    return None


def _sequence_strings(items: Any) -> tuple[set[str], bool] | None:
    """Strings one of which starts every match of a sequence, and whether they are whole matches.

    Literal items are joined across groups and alternations (``re`` parses ``(?:pre|post)`` as
    ``p`` then ``re|ost``), up to ``_LEAD_MAX`` characters and ``_LEAD_SET_MAX`` strings.
    """
    items = list(items)
    prefixes = {""}
    for index, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        found = _item_strings(op, av)
        if found is None:
            return (prefixes, False) if "" not in prefixes else None
        strings, whole = found
        if not whole and "" in strings:
            # An optional part that is not all literal: it starts the match, or the rest does.
            rest = _sequence_strings(items[index + 1 :])
            if rest is None:
                return None
            tails = (strings - {""}) | rest[0]
            return {(p + t)[:_LEAD_MAX] for p in prefixes for t in tails}, False
        joined = {(p + t)[:_LEAD_MAX] for p in prefixes for t in strings}
        if len(joined) > _LEAD_SET_MAX:
            return (prefixes, False) if "" not in prefixes else None
        prefixes = joined
        if not whole or min(map(len, prefixes)) >= _LEAD_MAX:
            return prefixes, False
    return prefixes, True


def leading_literals(pattern: re.Pattern[str]) -> Factors | None:
    """Case-folded strings one of which starts every match of ``pattern``; None if unknown."""
    parsed = _sequence_strings(sre_parse.parse(pattern.pattern, pattern.flags))
    if parsed is None or not parsed[0] or "" in parsed[0]:
        return None
    found = parsed[0]
    folded = {s.casefold() for s in found}
    if min(map(len, folded)) < _LEAD_MIN or any(len(s) != len(s.casefold()) for s in found):
        return None
    # A lead that starts with another lead adds no start position: keep the shorter one.
    kept = {s for s in folded if not any(o != s and s.startswith(o) for o in folded)}
    return frozenset(kept)


class StringIndex:
    """Where each of many strings occurs in a case-folded note, found in one pass (Aho-Corasick).

    Built once per matcher from its rules' factors and leads. Searching for the strings one by
    one cost about 3 ms a note (a ``str.find`` per factor and a regex search per lead hit); one
    automaton pass over the note gives every occurrence, overlapping ones included.
    """

    def __init__(self, strings: set[str]) -> None:
        self._automaton = ahocorasick.Automaton()
        for string in strings:
            self._automaton.add_word(string, (string, len(string) - 1))
        self._empty = not strings
        if not self._empty:
            self._automaton.make_automaton()

    def starts(self, folded: str) -> dict[str, list[int]]:
        """Map each string found in ``folded`` to its start offsets, in increasing order."""
        found: dict[str, list[int]] = {}
        if self._empty:
            return found
        for end, (string, back) in self._automaton.iter(folded):
            hits = found.get(string)
            if hits is None:
                found[string] = [end - back]
            else:
                hits.append(end - back)
        return found


class LeadScanner:
    """Run a pattern only where one of its leading literals starts (same matches as finditer)."""

    def __init__(self, pattern: re.Pattern[str], leads: Factors) -> None:
        self.pattern = pattern
        self.leads = leads

    def finditer(self, text: str, starts: dict[str, list[int]]) -> list[re.Match[str]]:
        """Return the matches of the pattern in ``text``.

        ``starts`` maps strings to their start offsets in ``text`` case-folded
        (``StringIndex.starts``); the pattern is tried at each offset of its leads, in order.
        """
        positions: list[int] = []
        for lead in self.leads:
            positions.extend(starts.get(lead, ()))
        if not positions:
            return []
        positions.sort()
        found: list[re.Match[str]] = []
        match = self.pattern.match
        after = 0
        for start in positions:
            if start < after:
                continue
            got = match(text, start)
            if got is None:
                continue
            found.append(got)
            after = got.end() if got.end() > start else start + 1
        return found
