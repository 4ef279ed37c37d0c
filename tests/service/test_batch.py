"""Batch jobs: submit, poll, read JSONL results, survive a restart, delete."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import NOTES, Server, start_server


def wait_done(url: str, job_id: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        info = httpx.get(f"{url}/v1/jobs/{job_id}", timeout=30).json()
        if info["status"] == "done":
            return info
        assert time.monotonic() < deadline, info
        time.sleep(0.2)


def test_service_batch_lifecycle_survives_restart(service_tmp: Path) -> None:
    # Arrange: two loose notes, a zip holding two more, and one file that is not a note
    names = ["dev01_ehr_banner.txt", "dev02_dictation_prose.txt"]
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("inner/dev03.txt", (NOTES / "dev03_checkbox_template.txt").read_bytes())
        zf.writestr("dev04.txt", (NOTES / "dev04_all_caps.txt").read_bytes())
    files = [("files", (n, (NOTES / n).read_bytes(), "text/plain")) for n in names]
    files += [
        ("files", ("more.zip", archive.getvalue(), "application/zip")),
        ("files", ("photo.txt", b"\x7fELF\x02\x01" + b"\x00" * 40, "text/plain")),
    ]
    server = start_server(service_tmp, "batch")
    try:
        # Act: submit and wait
        created = httpx.post(f"{server.url}/v1/batch", files=files, params={"modifier": "LT"})
        assert created.status_code == 202, created.text
        job = created.json()
        assert created.headers["location"] == f"/v1/jobs/{job['id']}"
        assert job["total"] == 5
        info = wait_done(server.url, job["id"])
        # Assert: progress and results, in upload order, one error row for the bad file
        assert info["processed"] == 5
        assert info["errors"] == 1
        lines = httpx.get(server.url + info["results_url"]).text.splitlines()
        rows = [json.loads(line) for line in lines]
        assert [r["source"] for r in rows] == [
            *names, "more.zip/inner/dev03.txt", "more.zip/dev04.txt", "photo.txt",
        ]  # fmt: skip
        assert [r["status"] for r in rows] == ["ok"] * 4 + ["error"]
        assert all(r["modifiers"] == ["LT"] for r in rows)
        job_dir = Path(server.env["NLP_CHECKER_STATE_DIR"]) / "jobs" / job["id"]
        assert not (job_dir / "inputs").exists(), "uploads are deleted once the job is done"
    finally:
        server.stop()

    # Act: restart on the same state directory
    again = start_server(service_tmp, "batch")
    try:
        # Assert: the finished job and its results are still there
        info = httpx.get(f"{again.url}/v1/jobs/{job['id']}").json()
        assert info["status"] == "done"
        ndjson = httpx.get(
            f"{again.url}/v1/jobs/{job['id']}", headers={"Accept": "application/x-ndjson"}
        )
        assert ndjson.text.splitlines() == lines
        # Act: delete; Assert: gone with its files
        assert httpx.delete(f"{again.url}/v1/jobs/{job['id']}").status_code == 204
        assert httpx.get(f"{again.url}/v1/jobs/{job['id']}").status_code == 404
        assert not job_dir.exists()
    finally:
        again.stop()


def test_service_batch_unfinished_job_resumes_after_restart(service_tmp: Path) -> None:
    # Arrange: a job with enough long notes that the server is stopped mid-way
    long_note = (NOTES / "dev01_ehr_banner.txt").read_bytes() * 10
    files = [("files", (f"n{i}.txt", long_note, "text/plain")) for i in range(6)]
    server = start_server(service_tmp, "resume")
    try:
        job = httpx.post(f"{server.url}/v1/batch", files=files).json()
        deadline = time.monotonic() + 60
        while httpx.get(f"{server.url}/v1/jobs/{job['id']}").json()["processed"] < 1:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        server.stop()
    # Act
    again = start_server(service_tmp, "resume")
    try:
        info = wait_done(again.url, job["id"])
        # Assert: every document has exactly one result line
        rows = httpx.get(again.url + info["results_url"]).text.splitlines()
        assert [json.loads(r)["source"] for r in rows] == [f"n{i}.txt" for i in range(6)]
    finally:
        again.stop()


@pytest.mark.parametrize(
    ("path", "status"),
    [("/v1/jobs/0123456789abcdef0123456789abcdef", 404), ("/v1/jobs/..%2F..%2Fetc", 404)],
    ids=["unknown", "traversal"],
)
def test_service_jobs_unknown_is_404(client: httpx.Client, path: str, status: int) -> None:
    assert client.get(path).status_code == status
    assert client.get(path + "/results").status_code == status


def test_service_batch_needs_files(client: httpx.Client) -> None:
    response = client.post("/v1/batch", files={"files": ("bad.zip", b"PK\x03\x04broken")})
    assert response.status_code == 422
    assert client.post("/v1/batch").status_code == 422


def test_service_batch_requires_key(strict_server: Server) -> None:
    response = httpx.post(
        strict_server.url + "/v1/batch", files={"files": ("a.txt", b"VAS 7/10")}, timeout=30
    )
    assert response.status_code == 401
