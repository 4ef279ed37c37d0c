"""Shared fixtures: one Checker per test session (building it takes about a second)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Tests never read or write the user's own data folder (imported NCCI tables would change what
# the claim checks find). The folder below holds only the ICD-10-CM index, which is the same for
# every run of one simple-icd-10-cm version, so it is kept between runs to save its build time.
os.environ["NLP_CHECKER_DATA_DIR"] = str(
    Path(tempfile.gettempdir()) / f"nlp-checker-tests-{os.getuid() if hasattr(os, 'getuid') else 0}"
)
EXAMPLES = ROOT / "examples"

# The elements 62323 requires (docs/elements.md): pinned here, not read from the code under test.
REQUIRED_62323 = (
    "patient_id",
    "vas_pre",
    "vas_post",
    "signature",
    "imaging_guidance",
    "needle_views",
    "contrast_flow",
    "spinal_level",
)


@pytest.fixture(scope="session")
def checker():
    from nlp_checker.checker import Checker

    return Checker()


class _RememberingChecker:
    """The session's checker, answering a gold note it has already checked from memory.

    The regression tier and the example floors check the same gold notes with the same claims;
    the results are read, never changed, so one run serves both.
    """

    def __init__(self, checker) -> None:
        self._checker = checker
        self._seen: dict[tuple[str, str | None], object] = {}

    def check(self, path, claim=None):
        key = (str(Path(path).resolve()), None if claim is None else claim.model_dump_json())
        if key not in self._seen:
            self._seen[key] = self._checker.check(path, claim)
        return self._seen[key]


@pytest.fixture(scope="session")
def gold_checker(checker):
    return _RememberingChecker(checker)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
