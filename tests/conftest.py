"""Shared fixtures: one Checker per test session (building it takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
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


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES
