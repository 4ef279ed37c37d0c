"""Score the checker against labelled notes (examples/gold.jsonl format, docs/gold-format.md)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp_checker.checker import Checker
from nlp_checker.claims.model import DEFAULT_CODE, Claim, parse_claim
from nlp_checker.elements.catalogue import ELEMENT_IDS
from nlp_checker.errors import UsageError
from nlp_checker.outputs.result import CheckResult

# Weeks of conservative care are compared within this tolerance (3 months = 12 or 13 weeks).
_WEEKS_TOLERANCE = 1


@dataclass
class ElementScore:
    """Counts for one element: presence as the positive class, plus status and value accuracy."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    status_ok: int = 0
    total: int = 0
    value_ok: int = 0
    value_total: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1.0 when nothing was predicted present."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing is present in the gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores for one split of the gold file."""

    notes: int = 0
    elements: dict[str, ElementScore] = field(
        default_factory=lambda: {e: ElementScore() for e in ELEMENT_IDS}
    )
    code_ok: int = 0
    complete_ok: int = 0
    # Notes called complete that the gold says are not: the claim would go out and be denied.
    false_complete: int = 0
    errors: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def micro_f1(self) -> float:
        """F1 over all elements pooled."""
        tp = sum(s.tp for s in self.elements.values())
        fp = sum(s.fp for s in self.elements.values())
        fn = sum(s.fn for s in self.elements.values())
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    @property
    def status_accuracy(self) -> float:
        """Share of (note, element) pairs with the exact gold status."""
        ok = sum(s.status_ok for s in self.elements.values())
        total = sum(s.total for s in self.elements.values())
        return ok / total if total else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data."""
        return {
            "notes": self.notes,
            "errors": self.errors,
            "micro_f1": round(self.micro_f1, 3),
            "status_accuracy": round(self.status_accuracy, 3),
            "code_accuracy": round(self.code_ok / self.notes, 3) if self.notes else 0.0,
            "complete_accuracy": round(self.complete_ok / self.notes, 3) if self.notes else 0.0,
            "false_complete": self.false_complete,
            "elements": {
                e: {
                    "precision": round(s.precision, 3),
                    "recall": round(s.recall, 3),
                    "f1": round(s.f1, 3),
                    "status_accuracy": round(s.status_ok / s.total, 3) if s.total else None,
                    "value_accuracy": round(s.value_ok / s.value_total, 3)
                    if s.value_total
                    else None,
                }
                for e, s in self.elements.items()
                if s.total  # elements no gold row labels are not scored
            },
            "misses": self.misses,
        }


def _norm_list(value: Any) -> list[str]:
    return sorted(str(v) for v in value) if isinstance(value, list) else []


def value_matches(element: str, predicted: Any, gold: Any) -> bool | None:
    """Return whether a predicted value matches the gold one; None when it is not scored."""
    if element in ("signature", "indication") or gold is None:
        return None
    if element in ("patient_id", "needle_views", "spinal_level", "medication"):
        return _norm_list(predicted) == _norm_list(gold)
    if element in ("vas_pre", "vas_post"):
        return predicted is not None and abs(float(predicted) - float(gold)) < 0.05
    if element == "approach":
        p = predicted or {}
        return bool(
            p.get("approach") == gold.get("approach")
            and bool(p.get("catheter")) == bool(gold.get("catheter"))
        )
    if element == "conservative_care":
        g, p = gold.get("weeks"), (predicted or {}).get("weeks")
        if g is None:
            return None
        return p is not None and abs(int(p) - int(g)) <= _WEEKS_TOLERANCE
    if element == "contrast_flow":
        p = predicted or {}
        return bool(p.get("spread")) == bool(gold.get("spread")) and bool(
            p.get("contraindication")
        ) == bool(gold.get("contraindication"))
    return bool(predicted == gold)


def score_one(report: Report, case_id: str, result: CheckResult, expected: dict[str, Any]) -> None:
    """Add one note's comparison to ``report``."""
    report.notes += 1
    if result.error is not None:
        report.errors += 1
        report.misses.append(f"{case_id}: error {result.error.type}")
        return
    suggested = result.code_check.suggested if result.code_check else None
    if suggested == expected["suggested_code"]:
        report.code_ok += 1
    else:
        report.misses.append(f"{case_id}: code {suggested} != {expected['suggested_code']}")
    if result.complete == expected["complete"]:
        report.complete_ok += 1
    else:
        report.false_complete += result.complete and not expected["complete"]
        report.misses.append(f"{case_id}: complete {result.complete} != {expected['complete']}")
    for element in ELEMENT_IDS:
        if element not in expected["elements"]:
            continue  # labelled before the element existed: not scored
        gold = expected["elements"][element]
        found = result.elements[element]
        score = report.elements[element]
        score.total += 1
        gold_present = gold["status"] == "present"
        pred_present = found.status == "present"
        score.tp += gold_present and pred_present
        score.fp += pred_present and not gold_present
        score.fn += gold_present and not pred_present
        if found.status == gold["status"]:
            score.status_ok += 1
        else:
            report.misses.append(f"{case_id}: {element} {found.status} != {gold['status']}")
        if (gold_present and pred_present) or gold["status"] == found.status == "incomplete":
            match = value_matches(element, found.value, gold.get("value"))
            if match is not None:
                score.value_total += 1
                score.value_ok += match
                if not match:
                    report.misses.append(
                        f"{case_id}: {element} value {found.value!r} != {gold.get('value')!r}"
                    )


def read_gold(path: Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file; each line needs id, source, split and expected."""
    cases = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        msg = f"cannot read gold file {path}: {exc.strerror or exc}"
        raise UsageError(msg) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            case["expected"]["elements"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            msg = f"{path}:{number}: not a gold row ({exc})"
            raise UsageError(msg) from exc
        cases.append(case)
    return cases


def claim_of(case: dict[str, Any]) -> Claim:
    """Return the claim a gold row is checked against: its ``claim``, else its billed code."""
    if "claim" in case:
        return parse_claim(case["claim"], f"gold row {case.get('id')}")
    return Claim.billed(case.get("billed_code", DEFAULT_CODE), case.get("modifiers", []))


def evaluate(gold_files: Iterable[Path], checker: Checker | None = None) -> dict[str, Report]:
    """Run the checker on every gold note; return one report per split plus ``all``."""
    checker = checker or Checker()
    reports: dict[str, Report] = defaultdict(Report)
    for gold_file in gold_files:
        # Each set of notes is scored on its own: gold_heldout2.jsonl is "heldout2".
        named = gold_file.stem.removeprefix("gold_") if gold_file.stem != "gold" else None
        for case in read_gold(gold_file):
            path = gold_file.parent / case["source"]
            result = checker.check(path, claim_of(case))
            for split in (named or case.get("split", "all"), "all"):
                score_one(reports[split], case["id"], result, case["expected"])
    return dict(reports)
