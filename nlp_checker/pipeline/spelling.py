"""Read misspelled key words ("flouroscopy", "Touhy", "Omnipaq") as the words they stand for.

Dictation and templates misspell the very words a payer looks for. Listing every typo in the
rules does not scale, so the note's words are compared with a small domain lexicon
(``patterns/lexicon.json``) with RapidFuzz's Damerau-Levenshtein distance, and a word one or two
edits from a lexicon term is read as that term. The pipeline runs on the corrected text; every
offset is mapped back to the original, so evidence quotes the note as written, and a mention that
rests on a corrected word is marked ``fuzzy``: it is evidence, but a person should look at it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import DamerauLevenshtein

_WORD_MIN = 4
# Words of any length: a split word's halves may be short ("epi dural").
_SHORT_WORD = re.compile(r"[A-Za-z]+")
# Words shorter than this are never corrected: too many real words sit one edit apart.
_MIN_LENGTH = 5
# Words of this length or longer may be two edits away from their term.
_TWO_EDIT_LENGTH = 9
_CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class Corrections:
    """A corrected text and the edits that map its offsets back to the original.

    ``edits`` holds ``(orig_start, orig_end, new_start, new_end)`` for each corrected word, in
    text order; ``heard`` holds the ``new_start`` of each edit that replaced a real word heard
    for a term (a sound-alike), not a misspelling.
    """

    text: str
    edits: tuple[tuple[int, int, int, int], ...] = ()
    heard: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "_new_starts", [e[2] for e in self.edits])

    def _to_original(self, position: int, *, end: bool) -> int:
        index = bisect.bisect_right(self._new_starts, position) - 1  # type: ignore[attr-defined]
        if index < 0:
            return position
        orig_start, orig_end, new_start, new_end = self.edits[index]
        if position < new_end or (end and position == new_end):
            # Inside a corrected word: the whole original word.
            if position == new_start and not end:
                return orig_start
            return orig_end if end else orig_start
        return position - new_end + orig_end

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Return the original-text range of the corrected-text range ``[start, end)``."""
        if not self.edits:
            return start, end
        return self._to_original(start, end=False), self._to_original(end, end=True)

    def heard_in(self, start: int, end: int) -> bool:
        """Return True when a sound-alike replaced a word in the corrected-text range."""
        return any(start <= new_start < end for new_start in self.heard)

    def corrected_in(self, start: int, end: int) -> bool:
        """Return True when a corrected word lies in the corrected-text range ``[start, end)``."""
        if not self.edits:
            return False
        index = bisect.bisect_right(self._new_starts, end - 1) - 1  # type: ignore[attr-defined]
        return index >= 0 and self.edits[index][3] > start


def _cased(template: str, word: str) -> str:
    if template.isupper():
        return word.upper()
    if template[0].isupper():
        return word[0].upper() + word[1:]
    return word


class Speller:
    """Correct words that are one or two edits from a lexicon term.

    Parameters
    ----------
    terms : iterable of str
        The key words, lower case ("fluoroscopy", "tuohy", ...).
    keep : iterable of str
        Real words that sit near a term and must never be corrected on their own ("contract").
    sound_alikes : iterable of (word, term, before, after)
        Real words read as ``term`` only when the word before is in ``before`` or the word
        after is in ``after`` ("2 ml of contract was injected", but "opioid contract").
    """

    def __init__(
        self,
        terms: Iterable[str],
        keep: Iterable[str] = (),
        sound_alikes: Iterable[tuple[str, str, Iterable[str], Iterable[str]]] = (),
    ) -> None:
        self.terms = sorted({t.lower() for t in terms})
        self._sound_alikes = {
            word.lower(): (term.lower(), frozenset(before), frozenset(after))
            for word, term, before, after in sound_alikes
        }
        self._known = set(self.terms) | {k.lower() for k in keep}
        self._by_initial: dict[str, list[str]] = {}
        for term in self.terms:
            self._by_initial.setdefault(term[0], []).append(term)
        self._cache: dict[str, str | None] = {}

    def _lookup(self, word: str) -> str | None:
        if len(word) < _MIN_LENGTH or word in self._known:
            return None
        best: str | None = None
        best_distance = 3
        for term in self._by_initial.get(word[0], ()):
            long_pair = len(term) >= _TWO_EDIT_LENGTH and len(word) >= _TWO_EDIT_LENGTH - 2
            allowed = 2 if long_pair else 1
            if abs(len(term) - len(word)) > allowed:
                continue
            # An inflection or abbreviation of a term is not a typo ("epidurals", "fluoro").
            if word.startswith(term) or (term.startswith(word) and len(term) - len(word) > 2):
                continue
            distance = DamerauLevenshtein.distance(word, term, score_cutoff=allowed)
            if distance <= allowed and distance < best_distance:
                best, best_distance = term, distance
        return best

    def correct_word(self, word: str) -> str | None:
        """Return the lexicon term ``word`` misspells (lower case), or None."""
        lowered = word.lower()
        if lowered in self._cache:
            return self._cache[lowered]
        found = self._lookup(lowered)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[lowered] = found
        return found

    def _split_term(self, first: str, second: str) -> str | None:
        """Return the term two words make when joined ("flora scopy", "omni paque"), or None.

        Speech recognition splits a long word it does not know into two it does. The words
        are joined only when neither is a term on its own.
        """
        if first.lower() in self._known or second.lower() in self._known:
            return None
        if self.correct_word(first) or self.correct_word(second):
            return None
        joined = (first + second).lower()
        return (
            joined if joined in self._known and joined in self.terms else self.correct_word(joined)
        )

    def _sound_alike(self, words: list[re.Match[str]], i: int) -> str | None:
        """Return the term a real word stands for beside one of its cues, or None."""
        entry = self._sound_alikes.get(words[i].group(0).lower())
        if entry is None:
            return None
        term, before, after = entry
        if i > 0 and words[i - 1].group(0).lower() in before:
            return term
        if i + 1 < len(words) and words[i + 1].group(0).lower() in after:
            return term
        return None

    def _matches(self, text: str) -> list[tuple[int, int, str, bool]]:
        """Return ``(start, end, term, heard)`` per misspelled word, split pair or sound-alike."""
        words = list(_SHORT_WORD.finditer(text))
        found: list[tuple[int, int, str, bool]] = []
        skip = -1
        for i, match in enumerate(words):
            if i <= skip:
                continue
            word = match.group(0)
            term = self.correct_word(word) if len(word) >= _WORD_MIN else None
            if term is not None:
                found.append((match.start(), match.end(), term, False))
                continue
            heard = self._sound_alike(words, i) if self._sound_alikes else None
            if heard is not None:
                found.append((match.start(), match.end(), heard, True))
                continue
            if i + 1 < len(words):
                following = words[i + 1]
                if text[match.end() : following.start()] == " ":
                    joined = self._split_term(word, following.group(0))
                    if joined is not None:
                        found.append((match.start(), following.end(), joined, False))
                        skip = i + 1
        return found

    def correct(self, text: str) -> Corrections:
        """Return ``text`` with misspelled key words replaced, and the offset map."""
        parts: list[str] = []
        edits: list[tuple[int, int, int, int]] = []
        heard: set[int] = set()
        last = 0
        shift = 0
        for start, end, term, sound_alike in self._matches(text):
            word = text[start:end]
            fixed = _cased(word, term)
            parts.append(text[last:start])
            parts.append(fixed)
            new_start = start + shift
            edits.append((start, end, new_start, new_start + len(fixed)))
            if sound_alike:
                heard.add(new_start)
            shift += len(fixed) - (end - start)
            last = end
        if not edits:
            return Corrections(text=text)
        parts.append(text[last:])
        return Corrections(text="".join(parts), edits=tuple(edits), heard=frozenset(heard))
