"""Literal factors let the matcher skip a rule that cannot match the note."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nlp_checker.pipeline.regex_factors import StringIndex, literal_factors

ROOT = Path(__file__).resolve().parents[2]


def _example_texts(step: int = 1) -> list[str]:
    """Every ``step``-th text example in sorted order (every folder keeps some of its notes)."""
    paths = sorted((ROOT / "examples").rglob("*.txt"))[::step]
    return [p.read_text(encoding="utf-8") for p in paths]


def _rule_patterns(checker) -> list[re.Pattern[str]]:
    """Every regex rule of the built pipeline's medspaCy matchers."""
    return [
        pattern
        for _, component in checker.nlp.pipeline
        for matcher in vars(component).values()
        for regex in [getattr(matcher, "_MedspacyMatcher__regex_matcher", None)]
        if regex is not None
        for group in regex._patterns.values()
        for pattern in group
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bTuohy\b", {"tuohy"}),
        (r"\b(?:moderate|conscious) sedation\b|\bMAC\b", {" sedation", "mac"}),
        (r"_{3,}", {"___"}),
        (r"(?-i:\bPT\b)(?=\s*\d)|\bfailed\b", {"pt", "failed"}),
    ],
)
def test_factors_of_word_rules(pattern: str, expected: set[str]) -> None:
    assert literal_factors(re.compile(pattern, re.I)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b[CTL]\d{1,2}\b",  # classes only
        r"\bfoo\b|\d+",  # one branch without a literal
        r"(?:epidural)?\s*\d+",  # an optional part cannot be required
        r"(?=contrast)\w+",  # a lookahead consumes nothing
    ],
)
def test_no_factors_where_a_match_need_not_hold_a_literal(pattern: str) -> None:
    assert literal_factors(re.compile(pattern, re.I)) is None


def test_skipping_never_loses_a_match_of_any_rule_on_the_examples(checker) -> None:
    # Arrange: every regex rule of the built pipeline, every text example
    # (a third of the examples: a full pass is over a minute; the regression tier reads them all)
    patterns = _rule_patterns(checker)
    texts = _example_texts(step=3)
    assert len(patterns) > 50 and len(texts) > 50
    # Act / Assert: a rule the matcher skips (none of its factors in the note's one-pass
    # index) has no match in that note
    factors = [literal_factors(pattern) for pattern in patterns]
    index = StringIndex({f for found in factors if found for f in found})
    skipped = 0
    for text in texts:
        present = frozenset(index.starts(text.casefold()))
        for pattern, found in zip(patterns, factors, strict=True):
            if found is not None and found.isdisjoint(present):
                skipped += 1
                assert pattern.search(text) is None, pattern.pattern[:60]
    assert skipped > len(texts) * 10


def test_match_text_turns_only_soft_wraps_into_spaces() -> None:
    from nlp_checker.pipeline.match_text import match_text

    text = (
        "Bilateral leg pain from neurogenic\nclaudication. Done.\nPLAN: repeat\nDOB:\n  01/02/1960"
    )
    out = match_text(text)
    assert len(out) == len(text)
    assert "neurogenic claudication" in out
    assert "Done.\nPLAN" in out and "DOB:\n" in out


def test_a_phrase_split_by_a_line_wrap_is_found(checker) -> None:
    from tests.unit.test_elements import note

    wrapped = note(
        indication=(
            "INDICATION: Right L5 radiculopathy. Six weeks of supervised physical\n"
            "therapy did not help."
        )
    )
    finding = checker.check_text(wrapped).elements["conservative_care"]
    assert finding.status == "present"
    assert finding.value == {"text": "physical\ntherapy", "weeks": 6}


@pytest.mark.parametrize(
    ("pattern", "guarded"),
    [
        (r"\bTuohy\b", True),
        (r"\b(?:moderate|conscious) sedation\b", True),
        (r"(?:epidural )?flow", True),  # e or f
        (r"\d+ mm", False),  # a category: anything may start
        (r"(?:x)?", False),  # may match the empty string
    ],
)
def test_first_char_guard_only_where_the_first_characters_are_known(pattern, guarded) -> None:
    from nlp_checker.pipeline.regex_factors import first_char_guard

    assert (first_char_guard(re.compile(pattern, re.I)) is not None) is guarded


def test_the_guard_gives_the_same_matches_for_every_rule_on_the_examples(checker) -> None:
    from nlp_checker.pipeline.regex_factors import first_char_guard

    patterns = _rule_patterns(checker)
    texts = _example_texts(step=3)
    guarded = 0
    for pattern in patterns:
        guard = first_char_guard(pattern)
        if guard is None:
            continue
        guarded += 1
        for text in texts:
            spans = [m.span() for m in guard.finditer(text)]
            assert spans == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]
    assert guarded > len(patterns) // 2


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        (r"\bTuohy\b", {"tuohy"}),
        (r"\b(?:mild|deep) sedation\b", {"mild sed", "deep sed"}),  # joined, up to 8 letters
        # re parses "(?:pre|post)" as "p(?:re|ost)": the leads join across it
        (r"\b(?:pre|post)-?op\b", {"preop", "pre-op", "postop", "post-op"}),
        (r"\b[Ll]\s?\d", None),  # a one-letter class, then a category
        (r"\bradiculopathy\b", {"radiculo"}),  # a lead of eight letters is enough to search
        (r"(?:epidural )?flow", {"epidural", "flow"}),  # the optional part starts it, or the rest
        (r"\b(?:post|post-?op)\b", {"post"}),  # "post-op" starts with "post": one search
        (r"(?<=: )none\b", {"none"}),  # a lookbehind consumes nothing
        (r"\d+ mm", None),  # a category: anything may start
        (r"\b(?:x|no)\b", None),  # a one-letter lead starts too many places
        (r"(?:x)?", None),  # may match the empty string
    ],
)
def test_leading_literals(pattern: str, leads: set[str] | None) -> None:
    from nlp_checker.pipeline.regex_factors import leading_literals

    found = leading_literals(re.compile(pattern, re.I))
    assert (None if found is None else set(found)) == leads


def test_the_lead_scan_gives_the_same_matches_for_every_rule_on_every_example(checker) -> None:
    from nlp_checker.pipeline.regex_factors import LeadScanner, StringIndex, leading_literals

    patterns = _rule_patterns(checker)
    texts = _example_texts()
    texts.append("Ms. O'Neill: POST-OP 3/10 after the block; none.\nPost\tprocedure: 2/10")
    scanned = 0
    for pattern in patterns:
        leads = leading_literals(pattern)
        if leads is None:
            continue
        scanned += 1
        scanner = LeadScanner(pattern, leads)
        index = StringIndex(set(leads) | {"the", "pain"})  # other rules' strings share the index
        for text in texts:
            folded = text.casefold()
            if len(folded) != len(text):
                continue
            spans = [m.span() for m in scanner.finditer(text, index.starts(folded))]
            assert spans == [m.span() for m in pattern.finditer(text)], pattern.pattern[:60]
    assert scanned > len(patterns) // 2


def test_the_string_index_finds_every_occurrence_overlapping_ones_included() -> None:
    from nlp_checker.pipeline.regex_factors import StringIndex

    index = StringIndex({"post", "post-op", "st-o", "op"})
    found = index.starts("post-op; post op. postpost")
    assert found == {
        "post": [0, 9, 18, 22],
        "post-op": [0],
        "st-o": [2],
        "op": [5, 14],
    }
    assert StringIndex(set()).starts("anything") == {}
