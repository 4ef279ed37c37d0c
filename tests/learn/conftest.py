"""A small generated practice, checked once per session (notes -> result rows, 835s -> rows)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from nlp_checker.batch.sources import iter_items
from nlp_checker.batch.work import DocumentChecker, WorkerConfig
from nlp_checker.claims.manifest import read_manifest
from nlp_checker.patients.identity import PatientKeyer
from nlp_checker.remits.model import RemitRow
from nlp_checker.remits.read import read_remits
from nlp_checker.resources import data_file
from tests.practice.generate import Practice, generate_practice, load_bases

SALT = "test-practice-salt"


@dataclass
class Checked:
    """A practice with its notes checked as batch checks them, and its 835s read."""

    practice: Practice
    rows: list[dict[str, Any]]
    remits: list[RemitRow]
    results: Path

    def subset(self, count: int) -> list[dict[str, Any]]:
        """The result rows of the first ``count`` claims."""
        wanted = {c.document for c in self.practice.claims[:count]}
        return [r for r in self.rows if Path(r["source"]).name in wanted]


def check_practice(practice: Practice, checker: Any, salt: str = SALT) -> list[dict[str, Any]]:
    """Check every note as ``batch --manifest`` does: its own claim, salted patient keys."""
    manifest = read_manifest(str(practice.manifest), practice.manifest.read_bytes())
    worker = DocumentChecker(WorkerConfig(salt=salt), checker)
    rows = []
    for item in iter_items([practice.notes]):
        claim = manifest.claim_for(item.source)
        rows.append(worker.check(replace(item, claim=claim) if claim else item))
    return rows


@pytest.fixture(scope="session")
def bases(checker):
    return load_bases(checker)


@pytest.fixture(scope="session")
def checked(checker, bases, tmp_path_factory) -> Checked:
    root = tmp_path_factory.mktemp("practice")
    practice = generate_practice(root, checker, claims=320, seed=5, days=240, bases=bases)
    rows = check_practice(practice, checker)
    results = root / "results.jsonl"
    results.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (root / "results.jsonl.salt").write_text(SALT + "\n", encoding="utf-8")
    remits = list(read_remits([practice.remits], PatientKeyer(SALT)))
    return Checked(practice, rows, remits, results)


@pytest.fixture(scope="session")
def expert() -> dict[str, Any]:
    return json.loads(data_file("models", "risk_weights.json").read_text(encoding="utf-8"))
