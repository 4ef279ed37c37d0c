"""Shared fixtures: one Checker per test session (building it takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def checker():
    from nlp_checker.checker import Checker

    return Checker()


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
