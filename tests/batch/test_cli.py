"""The ``batch`` and ``report`` commands through click's CliRunner."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from nlp_checker.cli import main

from .conftest import NOTES


@pytest.mark.parametrize("command", ["batch", "report"])
def test_cli_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_cli_batch_unknown_code_is_usage_error(tmp_path):
    result = CliRunner().invoke(
        main, ["batch", str(NOTES), "-o", str(tmp_path / "r.jsonl"), "--code", "99999"]
    )
    assert result.exit_code == 2
    assert not (tmp_path / "r.jsonl").exists()


def test_cli_batch_writes_jsonl_csv_parquet_and_salt(tmp_path, monkeypatch):
    # Arrange
    pq = pytest.importorskip("pyarrow.parquet")
    monkeypatch.delenv("NLP_CHECKER_PATIENT_SALT", raising=False)
    out = tmp_path / "results.jsonl"
    # Act
    result = CliRunner().invoke(
        main,
        ["batch", str(NOTES), "-o", str(out), "-j", "2", "--progress", "lines",
         "--parquet", str(tmp_path / "results.parquet")],
    )  # fmt: skip
    # Assert
    assert result.exit_code == 0, result.output
    count = len(list(NOTES.glob("*.txt")))
    assert len(out.read_text(encoding="utf-8").splitlines()) == count
    assert len(out.with_suffix(".csv").read_text(encoding="utf-8").splitlines()) == count + 1
    table = pq.read_table(tmp_path / "results.parquet")
    assert table.num_rows == count and "result_json" in table.column_names
    salt = tmp_path / "results.jsonl.salt"
    assert salt.exists() and (salt.stat().st_mode & 0o077) == 0
    assert "notes/s" in result.output


def test_cli_parent_process_stays_light():
    # The process reading archives must not load spaCy, Spark or Arrow (workers load spaCy).
    import subprocess
    import sys

    code = (
        "import sys, nlp_checker.cli, nlp_checker.batch.run, nlp_checker.report.render;"
        "print(sorted(m for m in ('spacy', 'medspacy', 'pyspark', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("command", ["batch", "report"])
def test_cli_every_option_is_documented(command):
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "batch.md").read_text(encoding="utf-8")
    for param in main.commands[command].params:
        for opt in getattr(param, "opts", []):
            if opt.startswith("--") and opt != "--help":
                assert f"`{opt}" in docs, f"{command} {opt} is not in docs/batch.md"


def test_summary_csv_neutralises_formulas(tmp_path):
    from nlp_checker.batch.summary import write_csv

    row = {
        "source": '=HYPERLINK("http://x")',
        "status": "ok",
        "elements": {"signature": {"status": "present", "value": "@SUM(A1)"}},
    }
    path = tmp_path / "s.csv"
    write_csv([row], path)
    text = path.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM" in text
