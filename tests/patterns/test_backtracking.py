"""No rule pattern backtracks without end on hostile text.

A pattern with nested repeats over the same characters ("(?:\\s*-{2,}|[ \\t]{2,})*") takes
time exponential in the length of a run it cannot finish on: "DOB" followed by a wide form's
spaces, or "chart" above a rule of dashes, stopped a check for hours. Every pattern runs here on
label words followed by long runs of the characters templates repeat. A linear pattern takes
well under a millisecond on each text; the alarm only fires on a runaway pattern, so this is a
guard against a hang, not a speed measurement (speed is in benchmarks/).
"""

from __future__ import annotations

import json
import re
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

PATTERNS = Path(__file__).resolve().parents[2] / "patterns"
_WORDS = (
    "chart", "MRN", "medical record", "DOB", "date of birth", "date", "DOS", "account",
    "pain", "VAS", "signature", "contrast", "level", "L4-5", "patient", "procedure", "views",
    "epidural", "spread", "PT", "weeks", "[X]", "Score:",
)  # fmt: skip
_RUNS = (
    " " * 60, "-" * 60, "." * 60, "_" * 60, "= " * 30, "1 " * 30, "a " * 30, "[ ] " * 15,
    "\n" * 30, " \n" * 30, "| " * 30, "/" * 60, ": " * 30, "- " * 30, "1-" * 30,
)  # fmt: skip
# A runaway pattern takes minutes on these texts; a linear one, microseconds.
_ALARM_SECONDS = 5


def _patterns() -> Iterator[tuple[str, str]]:
    for path in sorted(PATTERNS.rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        lists = (
            [data] if isinstance(data, list) else [v for v in data.values() if isinstance(v, list)]
        )
        for rules in lists:
            for rule in rules:
                if isinstance(rule, dict) and isinstance(rule.get("pattern"), str):
                    rid = (rule.get("metadata") or {}).get("id") or rule.get("literal")
                    yield f"{path.name}:{rid}", rule["pattern"]


class _Runaway(Exception):
    pass


def _alarm(*_: object) -> None:
    raise _Runaway


@pytest.mark.parametrize("run", _RUNS, ids=[repr(r[:4]) for r in _RUNS])
def test_backtracking_no_pattern_runs_away_on_repeated_characters(run):
    text = "".join(f"{word}{sep}{run}\n" for word in _WORDS for sep in (" ", ": ", ""))
    previous = signal.signal(signal.SIGALRM, _alarm)
    runaway = []
    try:
        for name, pattern in _patterns():
            signal.alarm(_ALARM_SECONDS)
            try:
                for _ in re.finditer(pattern, text, re.IGNORECASE):
                    pass
            except _Runaway:
                runaway.append(name)
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not runaway, runaway
