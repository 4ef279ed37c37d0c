"""Hardening of the service (issue 12): what a reviewer of a PHI-handling service attacks."""

from __future__ import annotations

import time

import httpx

from tests.service.conftest import API_KEY, NOTES, Server

OTHER_KEY = "other-key"


def _wait_done(url: str, job_id: str, headers: dict[str, str], timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while (info := httpx.get(f"{url}/v1/jobs/{job_id}", headers=headers, timeout=30).json())[
        "status"
    ] != "done":
        assert time.monotonic() < deadline, info
        time.sleep(0.1)
    return info


def test_service_jobs_belong_to_the_key_that_made_them(strict_server: Server) -> None:
    # Arrange: a job posted with one key
    owner = {"X-API-Key": API_KEY}
    other = {"X-API-Key": OTHER_KEY}
    note = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    created = httpx.post(
        strict_server.url + "/v1/batch", files={"files": ("a.txt", note)}, headers=owner, timeout=30
    )
    assert created.status_code == 202, created.text
    job_id = created.json()["id"]
    _wait_done(strict_server.url, job_id, owner)
    base = f"{strict_server.url}/v1/jobs/{job_id}"
    # Act / Assert: another key sees no such job, whatever it asks
    for response in (
        httpx.get(base, headers=other),
        httpx.get(base, headers={**other, "Accept": "application/x-ndjson"}),
        httpx.get(base + "/results", headers=other),
        httpx.delete(base, headers=other),
        httpx.get(base, headers={"Authorization": f"Bearer {OTHER_KEY}"}),
    ):
        assert response.status_code == 404, response.text
        assert response.json()["error"]["type"] == "not_found"
        assert "Patient" not in response.text
    # The owner still has it (by either header), and can delete it
    assert httpx.get(base, headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200
    results = httpx.get(base + "/results", headers=owner)
    assert results.status_code == 200 and results.text.count("\n") == 1
    assert httpx.delete(base, headers=owner).status_code == 204
    assert httpx.get(base, headers=owner).status_code == 404
