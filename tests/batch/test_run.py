"""End-to-end batch runs: identical rows from a folder, a zip and a tar.gz; error rows; resume."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from nlp_checker.batch.output import iter_rows, repair
from nlp_checker.batch.run import BatchOptions, run_batch

from .conftest import NOTES, SALT, normalise

OPTIONS = BatchOptions(workers=2, salt=SALT, timeout=60)


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("folder") / "results.jsonl"
    csv_path = out.with_suffix(".csv")
    stats = run_batch([NOTES], out, BatchOptions(**{**OPTIONS.__dict__, "csv_path": csv_path}))
    return stats, list(iter_rows(out)), csv_path


def test_run_folder_one_row_per_note(folder_run):
    stats, rows, _ = folder_run
    assert stats.checked == len(rows) == len(list(NOTES.glob("*.txt")))
    assert all(row["status"] == "ok" for row in rows)
    assert len({row["batch"]["doc_key"] for row in rows}) == len(rows)


def test_run_zip_and_folder_give_identical_rows(folder_run, notes_zip, tmp_path):
    # Act
    out = tmp_path / "zip.jsonl"
    run_batch([notes_zip], out, OPTIONS)
    # Assert
    assert normalise(list(iter_rows(out))) == normalise(folder_run[1])


def test_run_tar_and_folder_give_identical_rows(folder_run, notes_tgz, tmp_path):
    out = tmp_path / "tgz.jsonl"
    run_batch([notes_tgz], out, BatchOptions(**{**OPTIONS.__dict__, "workers": 1}))
    assert normalise(list(iter_rows(out))) == normalise(folder_run[1])


def test_run_csv_summary_has_no_raw_identifiers(folder_run):
    _, rows, csv_path = folder_run
    with csv_path.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    text = csv_path.read_text(encoding="utf-8")
    assert len(table) == len(rows)
    assert all(r["patient_key"].startswith("pk_") for r in table if r["patient_key"])
    # The example corpus names this fictional patient and MRN; the summary must not.
    assert "00-FAKE-1234" not in text and "QUENBY" not in text.upper()


def test_run_corrupt_file_in_archive_is_one_error_row(tmp_path):
    # Arrange: two good notes, a truncated PDF and a member with a broken CRC.
    notes = sorted(NOTES.glob("*.txt"))[:2]
    pdf = next((NOTES.parent / "pdf").glob("*.pdf")).read_bytes()
    path = tmp_path / "mixed.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for note in notes:
            archive.write(note, note.name)
        archive.writestr("truncated.pdf", pdf[: len(pdf) // 3])
    out = tmp_path / "mixed.jsonl"
    # Act
    stats = run_batch([path], out, OPTIONS)
    # Assert
    rows = list(iter_rows(out))
    errors = [r for r in rows if r["status"] == "error"]
    assert len(rows) == 3 and stats.errors == 1
    assert errors[0]["source"].endswith("!truncated.pdf")
    assert errors[0]["error"]["type"] in {"corrupt_pdf", "input_error", "no_text_layer"}
    assert errors[0]["batch"]["doc_key"] == errors[0]["audit"]["input_sha256"]


def test_run_resume_after_partial_write(folder_run, tmp_path):
    # Arrange: keep 10 rows and half of the 11th, as a killed writer leaves them.
    out = tmp_path / "partial.jsonl"
    lines = [json.dumps(r) for r in folder_run[1]]
    out.write_text("\n".join(lines[:10]) + "\n" + lines[10][:50], encoding="utf-8")
    # Act
    stats = run_batch([NOTES], out, BatchOptions(**{**OPTIONS.__dict__, "resume": True}))
    # Assert
    rows = list(iter_rows(out))
    assert stats.skipped == 10
    assert stats.checked == len(folder_run[1]) - 10
    assert normalise(rows) == normalise(folder_run[1])


def test_output_repair_noop_on_complete_file(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a":1}\n', encoding="utf-8")
    assert repair(path) == 0
    path.write_text('{"a":1}\n{"b":', encoding="utf-8")
    assert repair(path) == 5
    assert path.read_text(encoding="utf-8") == '{"a":1}\n'


def test_run_timeout_becomes_error_row(monkeypatch, checker):
    # Arrange: a checker whose check stalls longer than the timeout.
    import time

    from nlp_checker.batch.sources import Item
    from nlp_checker.batch.work import DocumentChecker, WorkerConfig

    worker = DocumentChecker(WorkerConfig(salt=SALT, timeout=0.2), checker=checker)
    monkeypatch.setattr(checker, "_check_document", lambda *a, **k: time.sleep(2))
    # Act
    row = worker.check(Item(source="slow.txt", data=b"a note"))
    # Assert
    assert row["status"] == "error" and row["error"]["type"] == "timeout"


def test_run_survives_a_killed_worker(folder_run, tmp_path, caplog):
    # Arrange: a thread that SIGKILLs one worker (as the OOM killer would) after a few rows.
    import multiprocessing
    import os
    import signal
    import threading
    import time

    out = tmp_path / "killed.jsonl"
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            if out.exists() and out.read_bytes().count(b"\n") >= 5:
                for child in multiprocessing.active_children():
                    os.kill(child.pid, signal.SIGKILL)
                    killed.append(child.pid)
                    break
            time.sleep(0.005)

    thread = threading.Thread(target=killer)
    thread.start()
    # Act
    run_batch([NOTES], out, OPTIONS)
    thread.join()
    # Assert: every note still has exactly one row, and none is an error.
    assert killed
    assert "re-checking" in caplog.text
    assert normalise(list(iter_rows(out))) == normalise(folder_run[1])


def test_run_resume_with_another_salt_is_refused(folder_run, tmp_path):
    from nlp_checker.errors import UsageError

    out = tmp_path / "salted.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in folder_run[1][:3]), encoding="utf-8")
    options = BatchOptions(**{**OPTIONS.__dict__, "resume": True, "salt": "another-salt"})
    with pytest.raises(UsageError, match="salt"):
        run_batch([NOTES], out, options)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_progress_lines_report_count_rate_eta():
    import io

    from nlp_checker.batch.progress import LineProgress

    stream = io.StringIO()
    progress = LineProgress(stream=stream, every=0.0)
    progress.start(10)
    progress.skip(2)
    progress.advance(error=False)
    progress.advance(error=True)
    progress.close()
    last = stream.getvalue().splitlines()[-1]
    assert last.startswith("batch: 2/8 notes, 1 error(s)")
    assert "notes/s" in last and "ETA" in last and "2 already done" in last


def test_run_rows_keep_the_result_contract(folder_run, tmp_path):
    # Batch rows are the CheckResult contract plus the "batch" and "patient" blocks.
    import jsonschema

    schema_path = Path(__file__).resolve().parents[2] / "schema" / "check_result.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    out = tmp_path / "bad.jsonl"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "empty.txt").write_bytes(b"")
    run_batch([empty], out, OPTIONS)
    error_row = next(iter_rows(out))
    for row in [*folder_run[1][:5], error_row]:
        jsonschema.validate(row, schema)
        assert set(row) - set(schema["properties"]) <= {"batch", "patient"}
    assert error_row["error"]["type"] == "empty_input" and "patient" not in error_row


def _crash_on_poison(item):
    # Runs in a forked worker: a document named poison.txt kills its process, as a segfault would.
    import os

    from nlp_checker.batch import work as work_module

    if item.source.endswith("poison.txt"):
        os._exit(1)
    return work_module.__dict__["_original_work"](item)


def test_run_document_that_kills_its_worker_is_one_error_row(tmp_path, monkeypatch):
    # Arrange: three good notes and one that kills whichever worker checks it.
    import shutil

    from nlp_checker.batch import run as run_module
    from nlp_checker.batch import work as work_module

    folder = tmp_path / "notes"
    folder.mkdir()
    for note in sorted(NOTES.glob("*.txt"))[:3]:
        shutil.copy(note, folder / note.name)
    (folder / "poison.txt").write_text("a note that crashes the worker", encoding="utf-8")
    monkeypatch.setattr(work_module, "_original_work", work_module.work, raising=False)
    monkeypatch.setattr(work_module, "work", _crash_on_poison)
    monkeypatch.setattr(run_module, "work", _crash_on_poison)
    out = tmp_path / "r.jsonl"
    # Act: fork, so the workers inherit the patched task.
    fork = {"start_method": "fork", "max_tasks_per_child": None}
    stats = run_batch([folder], out, BatchOptions(**{**OPTIONS.__dict__, **fork}))
    # Assert
    rows = {Path(r["source"]).name: r for r in iter_rows(out)}
    assert len(rows) == 4 and stats.errors == 1
    assert rows["poison.txt"]["error"]["type"] == "worker_crashed"
    assert all(r["status"] == "ok" for name, r in rows.items() if name != "poison.txt")
