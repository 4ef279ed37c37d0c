"""A run killed with SIGKILL halfway, then resumed, ends with exactly one row per note."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import NOTES

COPIES = 6


def _corpus(folder: Path) -> int:
    """Write distinct copies of the example notes (a copy number changes each content hash)."""
    count = 0
    for copy in range(COPIES):
        target = folder / f"copy{copy}"
        target.mkdir(parents=True)
        for note in sorted(NOTES.glob("*.txt")):
            text = note.read_text(encoding="utf-8")
            (target / note.name).write_text(f"{text}\n[copy {copy}]\n", encoding="utf-8")
            count += 1
    return count


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from nlp_checker.cli import main; main()", *args]


def _rows(path: Path) -> int:
    if not path.exists():
        return 0
    return path.read_bytes().count(b"\n")


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")
def test_resume_after_sigkill_gives_one_row_per_note(tmp_path):
    # Arrange
    notes = tmp_path / "notes"
    total = _corpus(notes)
    out = tmp_path / "results.jsonl"
    args = ("batch", str(notes), "-o", str(out), "-j", "1", "--progress", "off")
    # Act 1: start the run, kill it (and its workers) once some rows are written.
    proc = subprocess.Popen(
        _cli(*args), start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while _rows(out) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    written = _rows(out)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 0 < written < total
    # Act 2: resume.
    done = subprocess.run(_cli(*args, "--resume"), capture_output=True, timeout=600, check=False)
    # Assert
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    keys = [row["batch"]["doc_key"] for row in rows]
    assert len(rows) == total
    assert len(set(keys)) == total
    assert {Path(row["source"]).name for row in rows} == {p.name for p in NOTES.glob("*.txt")}
    assert b"already done" in done.stderr
