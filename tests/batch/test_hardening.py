"""Hardening of reading and writing files (issue 12): special files, modes, unwritable outputs."""

from __future__ import annotations

import io
import json
import os
import resource
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp_checker.batch.sources import count_items, iter_items
from nlp_checker.cli import main
from tests.processes import HAS_PROC, descendants, kill_all, wait_gone

from .conftest import NOTES, SALT

CLI = [str(Path(sys.executable).parent / "nlp-checker")]  # the console script, as a user runs it
needs_posix = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="needs FIFOs and /dev/zero"
)


def _special_folder(tmp_path: Path) -> Path:
    """Two good notes, a .txt that is a symlink to /dev/zero and a FIFO named .txt."""
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("dev01_ehr_banner.txt", "dev02_dictation_prose.txt"):
        (folder / name).write_bytes((NOTES / name).read_bytes())
    (folder / "endless.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    return folder


_GIB = 1 << 30


def _cap_memory() -> None:
    # A reader that trusts st_size would fill memory from /dev/zero: fail fast instead.
    resource.setrlimit(resource.RLIMIT_AS, (6 * _GIB, resource.RLIM_INFINITY))


def _run(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NLP_CHECKER_PATIENT_SALT": SALT}
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, timeout=timeout, env=env, check=False,
        preexec_fn=_cap_memory,
    )  # fmt: skip


@pytest.fixture
def memory_guard() -> Iterator[None]:
    """Cap this process's address space at 1 GiB over what it uses now, for one test."""
    pages = int(Path("/proc/self/statm").read_text().split()[0])
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (pages * os.sysconf("SC_PAGE_SIZE") + _GIB, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@needs_posix
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs Linux /proc")
def test_special_files_are_not_a_file_rows_for_the_library(checker, tmp_path, memory_guard):
    folder = _special_folder(tmp_path)
    for name in ("endless.txt", "pipe.txt"):
        # Act: neither reads /dev/zero into memory nor blocks on the FIFO
        result = checker.check_file(folder / name)
        # Assert
        assert result.status == "error"
        assert result.error.type == "not_a_file", result.error


@needs_posix
def test_special_files_are_error_rows_in_check_and_batch(tmp_path):
    folder = _special_folder(tmp_path)
    # Act: `check` on the files themselves and on the folder, `batch` on the folder
    direct = _run(
        ["check", str(folder / "endless.txt"), str(folder / "pipe.txt"), "--format", "jsonl",
         "--fail-on", "high"]
    )  # fmt: skip
    walked = _run(["check", str(folder), "--format", "jsonl"])
    out = tmp_path / "results.jsonl"
    batch = _run(["batch", str(folder), "-o", str(out), "-j", "1", "--progress", "off"])
    # Assert: one not_a_file row per special file, and the good notes are kept
    assert direct.returncode == 1, direct.stderr  # an unreadable note fails the QA gate
    assert [json.loads(line)["error"]["type"] for line in direct.stdout.splitlines()] == [
        "not_a_file",
        "not_a_file",
    ]
    assert "Traceback" not in direct.stderr + walked.stderr + batch.stderr
    assert walked.returncode == 1, walked.stderr  # a note could not be read
    statuses = {Path(r["source"]).name: r for r in map(json.loads, walked.stdout.splitlines())}
    assert batch.returncode == 0, batch.stderr
    rows = {Path(r["source"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    for found in (statuses, rows):
        assert sorted(found) == sorted(p.name for p in folder.iterdir())
        assert found["dev01_ehr_banner.txt"]["status"] == "ok"
        assert found["dev02_dictation_prose.txt"]["status"] == "ok"
        assert found["endless.txt"]["error"]["type"] == "not_a_file"
        assert found["pipe.txt"]["error"]["type"] == "not_a_file"


# --- PHI at rest: 0600 files ---


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask, under which plain writes give world-readable 0644 files."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_outputs_holding_results_are_0600(tmp_path, umask_022, monkeypatch):
    pytest.importorskip("pyarrow")
    monkeypatch.setenv("NLP_CHECKER_PATIENT_SALT", SALT)
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("dev01_ehr_banner.txt", "dev02_dictation_prose.txt"):
        (folder / name).write_bytes((NOTES / name).read_bytes())
    out = tmp_path / "results.jsonl"
    out.with_suffix(".csv").write_text("left over from an older run\n")  # 0644 before the run
    parquet, html, checked = (tmp_path / n for n in ("r.parquet", "r.html", "check.jsonl"))
    runner = CliRunner()
    # Act
    batch = runner.invoke(
        main, ["batch", str(folder), "-o", str(out), "-j", "1", "--progress", "off",
               "--parquet", str(parquet)],
    )  # fmt: skip
    report = runner.invoke(main, ["report", str(out), "--html", str(html)])
    check = runner.invoke(
        main, ["check", str(folder), "--format", "jsonl", "--output", str(checked)]
    )
    # Assert
    assert (batch.exit_code, report.exit_code, check.exit_code) == (0, 0, 0), batch.output
    for path in (out, out.with_suffix(".csv"), parquet, html, checked):
        assert path.stat().st_size > 0
        assert _mode(path) == 0o600, f"{path.name}: {oct(_mode(path))}"


# --- no orphans: pool workers exit when the batch parent dies ---


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_batch_workers_exit_when_the_parent_is_killed(tmp_path):
    # Arrange: enough notes that the run is still going when its parent is killed
    folder = tmp_path / "notes"
    folder.mkdir()
    for copy in range(6):
        for note in sorted(NOTES.glob("*.txt")):
            (folder / f"{copy}-{note.name}").write_bytes(note.read_bytes())
    out = tmp_path / "results.jsonl"
    env = {**os.environ, "NLP_CHECKER_PATIENT_SALT": SALT}
    parent = subprocess.Popen(
        [*CLI, "batch", str(folder), "-o", str(out), "-j", "2", "--progress", "off"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while not (out.exists() and out.stat().st_size > 0):  # the workers are checking notes
            assert parent.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        tree = descendants(parent.pid)
        assert len(tree) >= 3, tree  # two workers and the resource tracker
        # Act
        parent.kill()
        parent.wait(timeout=10)
        # Assert
        assert not wait_gone(tree, timeout=20), "orphans still running"
    finally:
        kill_all(tree | descendants(parent.pid))
        if parent.poll() is None:
            parent.kill()
            parent.wait()


# --- unwritable outputs: one line, exit 2, before any work where it can be ---

_UNWRITABLE = {
    "proc": lambda tmp: Path("/proc/nlp-checker-test.jsonl"),
    "missing-folder": lambda tmp: tmp / "no" / "such" / "folder" / "results.jsonl",
    "dev-full": lambda tmp: Path("/dev/full"),
}


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux /proc and /dev/full")
@pytest.mark.parametrize("case", sorted(_UNWRITABLE))
@pytest.mark.parametrize("command", ["check", "batch", "report"])
def test_unwritable_output_is_one_line_and_exit_2(tmp_path, monkeypatch, command, case):
    # Arrange
    monkeypatch.setenv("NLP_CHECKER_PATIENT_SALT", SALT)
    target = _UNWRITABLE[case](tmp_path)
    note = tmp_path / "note.txt"
    note.write_bytes((NOTES / "dev01_ehr_banner.txt").read_bytes())
    results = tmp_path / "results.jsonl"
    results.write_text("")
    args = {
        "check": ["check", str(note), "--format", "jsonl", "--output", str(target)],
        "batch": ["batch", str(note), "-o", str(target), "-j", "1", "--progress", "lines",
                  "--summary", str(tmp_path / "summary.csv")],
        "report": ["report", str(results), "--html", str(target)],
    }[command]  # fmt: skip
    # Act
    result = CliRunner().invoke(main, args)
    # Assert: a one-line error naming the file, no traceback, usage exit code
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot write" in lines[0] and str(target) in lines[0]
    assert result.stdout == ""


def test_cli_empty_modifier_is_not_echoed_in_error_rows(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["check", str(empty), "--modifier", "", "--format", "jsonl"])
    assert result.exit_code == 1, result.output  # the note could not be read
    row = json.loads(result.stdout)
    assert row["error"]["type"] == "empty_input"
    assert row["modifiers"] == []


def test_nested_archives_are_unsupported_format_rows(tmp_path):
    # Arrange: a zip and a tar.gz, each holding a note, two nested archives and a non-note
    note = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("deep.txt", note)
    members = {
        "a.txt": note,
        "inner.zip": inner.getvalue(),
        "inner.tar.gz": b"\x1f\x8b",
        "x.md": b"#",
    }
    outer_zip = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer_zip, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    outer_tar = tmp_path / "outer.tar"
    with tarfile.open(outer_tar, "w") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    # Act
    items = list(iter_items([outer_zip, outer_tar]))
    # Assert: the note is read, each nested archive is one error item, the rest is skipped
    found = {(Path(i.source.split("!")[0]).name, i.source.split("!")[1]): i for i in items}
    assert sorted(found) == sorted(
        (outer, name)
        for outer in ("outer.zip", "outer.tar")
        for name in ("a.txt", "inner.zip", "inner.tar.gz")
    )
    for (_, name), item in found.items():
        if name == "a.txt":
            assert item.data == note
        else:
            assert item.error_code == "unsupported_format", item
    assert count_items([outer_zip]) == 3
