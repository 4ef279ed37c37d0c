"""Make medspaCy's regex matching read the note text once instead of once per rule.

medspaCy 1.3's ``RegexMatcher.__call__`` evaluates ``doc.text_with_ws`` inside its loop over
rules; spaCy rebuilds that string from every token on each access. With ~90 regex rules that was
~9 of the ~21 ms a note cost (measured with cProfile: 3.2 M token iterations for 46 notes x 3).
The subclass below keeps medspaCy's semantics (expand to token boundaries, left start, right
end) and is swapped into the three components' matchers after they are built.

The rules read the note with its soft line wraps as spaces (``match_text``), except those that
name line breaks. A rule whose literal factors (``regex_factors``) are all absent from the note
is skipped: about 40 of the 130 rules per note, a fifth of the regex time (benchmarks/bench.py).
A rule whose every match starts with one of a few literal strings runs only where one of them
starts (``LeadScanner``); the others run behind a lookahead for their possible first characters
(``first_char_guard``). Both give the same matches as ``finditer``, faster (benchmarks/bench.py).
The factors and leads of all rules are found in one Aho-Corasick pass over the note
(``StringIndex``) instead of one search each, which cut the text-note median by about a fifth
(benchmarks/compare.py, README "Speed").
"""

from __future__ import annotations

import logging
import re
from typing import Any, cast

from medspacy.common.regex_matcher import RegexMatcher
from spacy.tokens import Doc

from nlp_checker.pipeline.extensions import TEXT_KEY
from nlp_checker.pipeline.match_text import match_text, read_fields
from nlp_checker.pipeline.regex_factors import (
    Factors,
    LeadScanner,
    StringIndex,
    first_char_guard,
    leading_literals,
    literal_factors,
)

log = logging.getLogger(__name__)

# The note with its soft line wraps as spaces (``match_text``), built by the first matcher.
MATCH_TEXT_KEY = "nlc_match_text"
# The note and its unwrapped form, each as written and case-folded (``_texts``).
FOLDED_KEY = "nlc_folded_texts"

# Name-mangled attributes of medspaCy 1.3 that hold the matchers.
_COMPONENT_MATCHER_ATTRS = ("_TargetMatcher__matcher", "_ConText__matcher", "_Sectionizer__matcher")
_REGEX_ATTR = "_MedspacyMatcher__regex_matcher"


# A pattern's literal factors, whether it reads line breaks, its guarded form, its lead scanner.
_Info = tuple[Factors | None, bool, re.Pattern[str], LeadScanner | None]
# Those of every pattern, and the indexes of their strings in the note and in its lines.
_Built = tuple[dict[re.Pattern[str], _Info], StringIndex, StringIndex]


class TextOnceRegexMatcher(RegexMatcher):  # type: ignore[misc]
    """A RegexMatcher that builds the text once per Doc."""

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Return ``(match_id, start, end)`` tuples like medspaCy's RegexMatcher."""
        text, unwrapped, folded, folded_lines = _texts(doc)
        # The lead search reads offsets in the case-folded text: only when folding keeps them.
        same_length = len(folded) == len(unwrapped)
        info, index, lines_index = self._info()
        starts = index.starts(folded)
        present = frozenset(starts)
        line_starts = lines_index.starts(folded_lines) if same_length else {}
        matches: list[tuple[int, int, int]] = []
        for match_id, patterns in self._patterns.items():
            on_match = self._callbacks[match_id]
            for pattern in patterns:
                factors, reads_lines, runner, scanner = info[pattern]
                if factors is not None and factors.isdisjoint(present):
                    continue
                read = text if reads_lines else unwrapped
                if scanner is not None and same_length:
                    found_all = scanner.finditer(read, line_starts if reads_lines else starts)
                else:
                    found_all = list(runner.finditer(read))
                for found in found_all:
                    span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
                    if span is None or not len(span):
                        continue
                    matches.append((match_id, span.start, span.end))
                    if on_match is not None:
                        on_match(self, doc, len(matches) - 1, matches)
        return matches

    def _info(self) -> _Built:
        r"""Each pattern's literal factors, whether it reads line breaks, and how to run it.

        A rule that reads line breaks (``(?m)^`` fields, a "\n" to match; see
        ``reads_line_breaks``) reads the note as it is; the others read it with soft wraps as
        spaces, so a phrase split by a wrap is found. With them come the indexes that find the
        factors and the leads of the rules in one pass over the note, and over the note as it is.
        """
        count = sum(len(patterns) for patterns in self._patterns.values())
        built = cast("_Built | None", self.__dict__.get("_nlc_info"))
        if built is not None and len(built[0]) == count:
            return built
        cache: dict[re.Pattern[str], _Info] = {}
        strings: set[str] = set()
        line_strings: set[str] = set()
        for patterns in self._patterns.values():
            for pattern in patterns:
                reads_lines = reads_line_breaks(pattern)
                runner = first_char_guard(pattern) or pattern
                leads = leading_literals(pattern)
                scanner = LeadScanner(pattern, leads) if leads else None
                factors = literal_factors(pattern)
                cache[pattern] = (factors, reads_lines, runner, scanner)
                strings |= factors or set()
                (line_strings if reads_lines else strings).update(leads or ())
        built = (cache, StringIndex(strings), StringIndex(line_strings))
        self.__dict__["_nlc_info"] = built
        return built


# A negated class ("[^.;\n]"): a gap that stops at a line break, which reads the same on the
# text with soft wraps as spaces (a soft wrap is not a line break).
_NEGATED_CLASS = re.compile(r"\[\^(?:\\.|[^\]\\])*\]")


def reads_line_breaks(pattern: re.Pattern[str]) -> bool:
    r"""Return True for a rule that must read the note's own line breaks.

    That is a rule anchored to lines (``(?m)``) or naming a line break as text to match
    ("\n\s*Post"). One that names a line break only as a place to stop (``[^.\n]``) reads
    the text with soft wraps as spaces, like any other rule, so a phrase a wrap split is found.
    """
    source = pattern.pattern
    if "(?m" in source or pattern.flags & re.M:
        return True
    return "\\n" in _NEGATED_CLASS.sub("", source)


def _texts(doc: Doc) -> tuple[str, str, str, str]:
    """Return the note, its unwrapped form, and both case-folded, built once per Doc.

    The last is empty when case-folding changes the note's length (offsets would not agree).
    """
    cached: tuple[str, str, str, str] | None = doc.user_data.get(FOLDED_KEY)
    if cached is not None:
        return cached
    note = doc.user_data.get(TEXT_KEY) or doc.text
    # Rules that read line breaks read the note as it is, its "key_words = value" fields aside.
    text = read_fields(note)
    unwrapped = doc.user_data.get(MATCH_TEXT_KEY)
    if unwrapped is None:
        unwrapped = doc.user_data[MATCH_TEXT_KEY] = match_text(note, text)
    folded = unwrapped.casefold()
    folded_lines = text.casefold() if len(folded) == len(unwrapped) else ""
    texts = doc.user_data[FOLDED_KEY] = (text, unwrapped, folded, folded_lines)
    return texts


def speed_up(component: Any) -> bool:
    """Swap the faster matcher into a medspaCy component; False if its layout is unknown."""
    for attr in _COMPONENT_MATCHER_ATTRS:
        matcher = getattr(component, attr, None)
        regex = getattr(matcher, _REGEX_ATTR, None) if matcher is not None else None
        if isinstance(regex, RegexMatcher):
            regex.__class__ = TextOnceRegexMatcher
            return True
    log.warning("medspaCy layout changed: %s keeps its slower regex matcher", type(component))
    return False
