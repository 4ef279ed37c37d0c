"""The README's learning figures are the ones benchmarks/learn_bench.py last recorded."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ROOT

BASELINE = json.loads((ROOT / "benchmarks" / "learn_baseline.json").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
COLUMNS = ("brier", "auc", "log_loss", "ece", "mean_predicted")


@pytest.mark.parametrize(
    ("row_start", "metrics"),
    [
        ("| expert (`models/risk_weights.json`) |", "expert"),
        ("| learned, before calibration |", "learned_uncalibrated"),
        ("| learned (", "learned"),
    ],
)
def test_readme_calibration_table_matches_the_recorded_benchmark(row_start, metrics):
    # Arrange
    (row,) = [line for line in README.splitlines() if line.startswith(row_start)]
    shown = [cell.strip() for cell in row.strip("|").split("|")][1:]
    # Act
    recorded = [f"{BASELINE['test'][metrics][name]:.3f}" for name in COLUMNS]
    # Assert
    assert shown == recorded


def test_readme_learning_text_matches_the_recorded_benchmark():
    # Arrange
    ranking, splits, small = BASELINE["hidden_ranking"], BASELINE["splits"], BASELINE["small"]
    # Act
    section = README.split("## Learning from the practice's remittances", 1)[1]
    # Assert
    assert f"{BASELINE['claims']:,} claims" in section
    assert f"latest {splits['test']['claims']} claims" in section
    assert f"{splits['train']['claims']:,} claims fitted" in section
    assert f"observed {BASELINE['test']['expert']['observed_rate']:.3f}" in section
    assert f"rank correlation of {ranking['spearman_learned']:.2f}" in section
    assert f"(the expert weights: {ranking['spearman_expert']:.2f})" in section
    assert re.search(rf"largest change is {small['largest_change']:.3f}", section)
    assert f"mean change {small['mean_abs_change']:.3f}" in section
