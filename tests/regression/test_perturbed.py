"""The verdict survives rewrites of a note's form (capitals, lower case, no punctuation, ...).

Each rewrite runs over the team's dev notes; the notes whose supported code or ``complete``
verdict changes must be exactly those in ``known_perturbed.json``, so a rule that makes the
checker depend more on form fails here, and one that fixes a known flip must drop it from the
list (``python tests/regression/refresh.py``). No rewrite may turn a note into a false
``complete``, known or not, except where the list records it.
"""

from __future__ import annotations

import json

import pytest

from tests.regression.perturb import GOLD_FILES, KNOWN, TRANSFORMS, flips

KNOWN_FLIPS: dict[str, dict[str, str]] = json.loads(KNOWN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("transform", sorted(TRANSFORMS))
def test_perturbed_notes_keep_their_verdict(checker, transform):
    found = flips(checker, GOLD_FILES, transform)
    known = KNOWN_FLIPS.get(transform, {})
    new = {k: v for k, v in found.items() if known.get(k) != v}
    fixed = sorted(set(known) - set(found))
    assert not new, f"{transform}: verdicts that changed with the rewrite: {new}"
    assert not fixed, f"{transform}: known flips now fixed, refresh the list: {fixed}"
