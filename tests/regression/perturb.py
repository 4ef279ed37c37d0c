"""Rewrites of a note that keep what it documents: the verdict should not change.

Real notes reach the checker in capitals, in lower case, without punctuation (speech
recognition), with Windows line ends and tabs, or with a bullet on every line (EHR exports).
Each rewrite here changes only the form; ``flips`` runs the dev notes through one and returns
the notes whose supported code or ``complete`` verdict changed, and those that became a false
``complete``. ``tests/regression/test_perturbed.py`` compares them with
``known_perturbed.json``; ``python tests/regression/refresh.py`` rewrites that file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from nlp_checker.checker import Checker
from nlp_checker.evaluate import claim_of
from nlp_checker.outputs.result import CheckResult
from tests.regression.test_golden import GOLD_FILES as GOLDEN_FILES


def _no_punctuation(text: str) -> str:
    # Speech recognition without dictated punctuation: stops, commas, colons and brackets go
    # (not those inside numbers: "1.5 mL", "10:30").
    text = re.sub(r"(?<!\d)[.,;:()](?!\d)", " ", text)
    return re.sub(r"[ \t]+", " ", text)


TRANSFORMS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,
    "lower": str.lower,
    "no_punctuation": _no_punctuation,
    "crlf_tabs": lambda t: t.replace(": ", ":\t").replace("\n", "\r\n"),
    "bullets": lambda t: re.sub(r"(?m)^(?=[A-Za-z])", "- ", t),
}

KNOWN = Path(__file__).with_name("known_perturbed.json")
# The team's first four dev sets (220 text notes): rules were written against them, so a
# rewrite that changes one of their verdicts is the rules' form-dependence, not a new wording.
GOLD_FILES = GOLDEN_FILES[:4]


def _dev_text_cases(gold_files: tuple[Path, ...]) -> list[tuple[Path, dict[str, object]]]:
    cases = []
    for gold in gold_files:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                path = gold.parent / case["source"]
                # Held-out notes in gold.jsonl stay unread.
                if path.suffix == ".txt" and case.get("split") == "dev":
                    cases.append((path, case))
    return cases


_BASE: dict[Path, CheckResult] = {}


def flips(checker: Checker, gold_files: tuple[Path, ...], transform: str) -> dict[str, str]:
    """Return ``{note id: what changed}`` for the notes one rewrite changes the verdict of."""
    rewrite = TRANSFORMS[transform]
    out: dict[str, str] = {}
    for path, case in _dev_text_cases(gold_files):
        text = path.read_text(encoding="utf-8")
        claim = claim_of(case)
        if path not in _BASE:
            _BASE[path] = checker.check_text(text, claim=claim)
        base = _BASE[path]
        other = checker.check_text(rewrite(text), claim=claim)
        changes = []
        if other.error is not None or base.error is not None:
            changes.append("error")
        else:
            if other.code_check.suggested != base.code_check.suggested:
                changes.append(f"code {base.code_check.suggested} -> {other.code_check.suggested}")
            if other.complete != base.complete:
                changes.append(f"complete {base.complete} -> {other.complete}")
                expected = case["expected"]
                if other.complete and isinstance(expected, dict) and not expected["complete"]:
                    changes.append("FALSE COMPLETE")
        if changes:
            out[str(case["id"])] = "; ".join(changes)
    return out
