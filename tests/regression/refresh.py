"""Rewrite known_failures.json and known_perturbed.json from what the rules do now.

Run: python tests/regression/refresh.py

Run it after a rule change, then read the diff: a note that left the list was fixed, a note
that joined it regressed (fix the rule rather than keep the entry).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from nlp_checker.checker import Checker  # noqa: E402
from nlp_checker.evaluate import claim_of  # noqa: E402
from tests.regression import perturb  # noqa: E402
from tests.regression.test_golden import GOLD_FILES, disagreements  # noqa: E402


def main() -> None:
    checker = Checker()
    known: dict[str, str] = {}
    for gold in GOLD_FILES:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            result = checker.check(gold.parent / case["source"], claim_of(case))
            problems = disagreements(result, case)
            if problems:
                known[case["id"]] = "; ".join(problems)
    out = HERE / "known_failures.json"
    out.write_text(json.dumps(known, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(known)} known failures written to {out.name}")
    flipped = {
        name: perturb.flips(checker, perturb.GOLD_FILES, name) for name in perturb.TRANSFORMS
    }
    perturb.KNOWN.write_text(json.dumps(flipped, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    counts = ", ".join(f"{name} {len(found)}" for name, found in sorted(flipped.items()))
    print(f"known verdict changes under rewrites ({counts}) written to {perturb.KNOWN.name}")


if __name__ == "__main__":
    main()
