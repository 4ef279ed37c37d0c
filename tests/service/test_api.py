"""The HTTP API as a client uses it, against the real server process."""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import signal
import time
import zipfile
from pathlib import Path

import httpx
import pytest

from nlp_checker.claims.model import Claim
from nlp_checker.elements.catalogue import ELEMENT_IDS
from tests.service.conftest import (
    API_KEY,
    NOTES,
    PDFS,
    SLOW_LIMITS,
    Server,
    slow_note,
    start_server,
)

# A short text that is a procedure note (text that describes no procedure is refused with 422).
QUICK_NOTE = "Lumbar interlaminar epidural steroid injection at L4-L5. Pre-procedure VAS 7/10"
NOTE = QUICK_NOTE


def test_service_healthz_and_readyz(client: httpx.Client) -> None:
    # Act
    health, ready = client.get("/healthz"), client.get("/readyz")
    # Assert
    assert health.json() == {"status": "ok"}
    assert ready.status_code == 200
    assert ready.json()["checker"] is True


@pytest.mark.parametrize("name", ["dev01_ehr_banner.txt", "dev05_caudal_fluoro.txt"])
def test_service_check_upload_returns_contract(client: httpx.Client, name: str) -> None:
    # Arrange
    data = (NOTES / name).read_bytes()
    # Act
    response = client.post("/v1/check", files={"file": (name, data, "text/plain")})
    # Assert
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["source"] == name
    assert set(body["elements"]) >= set(ELEMENT_IDS)
    assert body["risk"]["level"] in {"low", "medium", "high"}
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])


def test_service_check_json_text_matches_library(client: httpx.Client, checker) -> None:
    # Arrange
    text = (NOTES / "dev02_dictation_prose.txt").read_text(encoding="utf-8")
    expected = checker.check_text(text, claim=Claim.billed("62323", ["LT"]), source="<text>")
    # Act
    response = client.post("/v1/check", params={"modifier": "LT"}, json={"text": text})
    # Assert
    assert response.status_code == 200
    body = response.json()
    assert body["modifiers"] == ["LT"]
    assert {k: v["status"] for k, v in body["elements"].items()} == {
        k: v.status for k, v in expected.elements.items()
    }


def test_service_check_pdf_and_annotate_text(client: httpx.Client) -> None:
    # Arrange
    pdf = PDFS / "dev05_caudal_fluoro.pdf"
    # Act
    response = client.post("/v1/annotate", files={"file": (pdf.name, pdf.read_bytes())})
    # Assert
    assert response.status_code == 200
    body = response.json()
    assert body["result"]["audit"]["media_type"] == "application/pdf"
    text = body["document"]["text"]
    for finding in body["result"]["elements"].values():
        for evidence in finding["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_service_annotate_renders_pdf_pages(client: httpx.Client) -> None:
    pdf = PDFS / "dev25_cervical_c7t1.pdf"
    response = client.post(
        "/v1/annotate", params={"render": "true"}, files={"file": (pdf.name, pdf.read_bytes())}
    )
    assert response.status_code == 200
    pages = response.json()["document"]["pages"]
    assert pages[0]["image"].startswith("data:image/png;base64,")
    assert pages[0]["width"] > 0 and pages[0]["height"] > 0


@pytest.mark.parametrize(
    ("origin", "status"),
    [("https://evil.example", 403), ("null", 403), (None, 200), ("same", 200)],
    ids=["other-site", "null-origin", "no-origin", "same-origin"],
)
def test_service_cross_site_posts_refused(
    client: httpx.Client, open_server: Server, origin: str | None, status: int
) -> None:
    headers = {} if origin is None else {"Origin": open_server.url if origin == "same" else origin}
    response = client.post("/v1/check", json={"text": QUICK_NOTE}, headers=headers)
    assert response.status_code == status


def test_service_request_id_is_echoed(client: httpx.Client) -> None:
    response = client.get("/healthz", headers={"X-Request-ID": "client-supplied-1234"})
    assert response.headers["x-request-id"] == "client-supplied-1234"


@pytest.mark.parametrize(
    ("content", "status", "error_type"),
    [
        (b"PK\x03\x04" + b"\x00" * 64, 415, "unsupported_format"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, 415, "unsupported_format"),
        (b"line one\x00\x01\x02\x03 binary\x00\x00 stuff", 415, "binary_content"),
        (b"   \n\t  ", 422, "empty_input"),
        (b"%PDF-1.7\n1 0 obj garbage", 422, None),
    ],
    ids=["zip", "elf", "binary", "empty", "corrupt-pdf"],
)
def test_service_check_bad_content_status(
    client: httpx.Client, content: bytes, status: int, error_type: str | None
) -> None:
    # Act
    response = client.post("/v1/check", files={"file": ("note.txt", content)})
    # Assert
    assert response.status_code == status
    body = response.json()
    assert body["status"] == "error"
    if error_type:
        assert body["error"]["type"] == error_type


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"params": {"code": "99999"}, "json": {"text": "note"}}, 422),
        ({"params": {"modifier": "ZZ"}, "json": {"text": "note"}}, 422),
        ({"json": {"txt": "typo"}}, 422),
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422),
        ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415),
        ({"files": {"other": ("a.txt", b"x")}}, 422),
    ],
    ids=["code", "modifier", "json-field", "json-syntax", "content-type", "no-file-field"],
)
def test_service_check_bad_request_is_4xx(client: httpx.Client, kwargs: dict, status: int) -> None:
    response = client.post("/v1/check", **kwargs)
    assert response.status_code == status
    assert response.json()["error"]["type"]
    assert response.json()["request_id"] == response.headers["x-request-id"]


def test_service_elements_catalogue(client: httpx.Client) -> None:
    body = client.get("/v1/elements").json()
    ids = [item["id"] for item in body["elements"]]
    assert ids[: len(ELEMENT_IDS)] == list(ELEMENT_IDS)
    assert all(item["fix"] and item["source"] for item in body["elements"])
    assert body["weights_version"] and body["rules_version"]


def test_service_openapi_and_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/batch", "/v1/jobs/{job_id}", "/v1/elements"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_service_page_has_security_headers(client: httpx.Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


# --- strict server: keys, limits, overload ---


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "wrong"}, {"Authorization": "Bearer wrong"}],
    ids=["none", "wrong-header", "wrong-bearer"],
)
def test_service_api_key_required(strict_server: Server, headers: dict) -> None:
    response = httpx.post(
        strict_server.url + "/v1/check", json={"text": "note"}, headers=headers, timeout=30
    )
    assert response.status_code == 401
    assert response.json()["error"]["type"] == "unauthorized"


@pytest.mark.parametrize(
    "headers",
    [{"X-API-Key": API_KEY}, {"Authorization": f"Bearer {API_KEY}"}],
    ids=["header", "bearer"],
)
def test_service_api_key_accepted(strict_server: Server, headers: dict) -> None:
    data = (NOTES / "dev03_checkbox_template.txt").read_bytes()
    response = httpx.post(
        strict_server.url + "/v1/check",
        files={"file": ("n.txt", data)},
        headers=headers,
        timeout=60,
    )
    assert response.status_code == 200


def test_service_health_is_open_with_keys(strict_server: Server) -> None:
    assert httpx.get(strict_server.url + "/healthz").status_code == 200


@pytest.mark.parametrize("mode", ["multipart", "json", "chunked"])
def test_service_upload_over_limit_is_413(strict_server: Server, mode: str) -> None:
    # Arrange: the strict server takes 200,000 bytes
    big = b"Pre-procedure VAS 7/10. " * 20_000
    headers = {"X-API-Key": API_KEY}
    url = strict_server.url + "/v1/check"
    # Act
    if mode == "multipart":
        response = httpx.post(url, files={"file": ("big.txt", big)}, headers=headers, timeout=60)
    elif mode == "json":
        response = httpx.post(url, json={"text": big.decode()}, headers=headers, timeout=60)
    else:
        # No Content-Length: the limit is enforced while the body streams in.
        response = httpx.post(
            url, content=iter([big[i : i + 65536] for i in range(0, len(big), 65536)]),
            headers={**headers, "content-type": "application/json"}, timeout=60,
        )  # fmt: skip
    # Assert
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "too_large"


def test_service_overload_is_503_with_retry_after(service_tmp: Path) -> None:
    # Arrange: one admitted check at a time; a long note keeps it busy for several seconds
    server = start_server(
        service_tmp, "overload", max_pending="1", request_timeout="120", **SLOW_LIMITS
    )
    url = server.url + "/v1/check"
    slow = slow_note()

    async def scenario() -> tuple[httpx.Response, httpx.Response]:
        async with httpx.AsyncClient(timeout=600) as http:
            first = asyncio.create_task(http.post(url, files={"file": ("long.txt", slow)}))
            await asyncio.sleep(1.0)  # the long note takes several seconds
            second = await http.post(url, json={"text": NOTE})
            return await first, second

    try:
        # Act
        first, second = asyncio.run(scenario())
        # Assert
        assert first.status_code == 200
        assert second.status_code == 503
        assert int(second.headers["retry-after"]) >= 1
        assert second.json()["error"]["type"] == "overloaded"
    finally:
        server.stop()


def test_service_logs_have_request_ids_and_no_note_text(strict_server: Server) -> None:
    # Arrange
    marker = "ZEBULON-QUARTERMAINE-1234"
    text = f"Patient: {marker}\nDOB: 01/02/1950\n{QUICK_NOTE}"
    # Act
    response = httpx.post(
        strict_server.url + "/v1/check", params={"modifier": "LT"},
        files={"file": (f"{marker}.txt", text.encode())}, headers={"X-API-Key": API_KEY}, timeout=60,
    )  # fmt: skip
    # Assert
    assert response.status_code == 200
    # The access line is written as the response goes out: wait for it (up to 10 s).
    deadline = time.monotonic() + 10
    log = strict_server.log()
    while response.headers["x-request-id"] not in log and time.monotonic() < deadline:
        time.sleep(0.05)
        log = strict_server.log()
    assert response.headers["x-request-id"] in log
    assert marker not in log
    assert "modifier=LT" not in log


# --- time limit (its own server: a timed-out check replaces the checker process) ---


def test_service_time_limit_is_504_and_recovers(service_tmp: Path) -> None:
    server = start_server(service_tmp, "timeout", request_timeout="0.5", **SLOW_LIMITS)
    try:
        # Act
        slow = httpx.post(
            server.url + "/v1/check", files={"file": ("long.txt", slow_note())}, timeout=60
        )
        # Assert: the slow check is cut off, and the service is ready again soon after
        assert slow.status_code == 504
        assert slow.json()["error"]["type"] == "timeout"
        deadline = time.monotonic() + 60
        while httpx.get(server.url + "/readyz").status_code != 200:
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.2)
        quick = httpx.post(server.url + "/v1/check", json={"text": QUICK_NOTE}, timeout=60)
        assert quick.status_code == 200
    finally:
        server.stop()


def _checker_pids(server_pid: int) -> list[int]:
    """Child processes of the server that run the checker (multiprocessing spawn)."""
    # Each thread has its own list; the checker is started from the engine's thread.
    children = [
        int(pid)
        for task in Path(f"/proc/{server_pid}/task").iterdir()
        for pid in (task / "children").read_text().split()
    ]
    pids = []
    for pid in children:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"spawn_main" in cmdline:
            pids.append(pid)
    return pids


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_service_checker_crash_is_422_and_recovers(service_tmp: Path) -> None:
    server = start_server(service_tmp, "crash", **SLOW_LIMITS)
    try:
        # Arrange: a long check in flight
        (pid,) = _checker_pids(server.process.pid)

        async def scenario() -> httpx.Response:
            async with httpx.AsyncClient(timeout=60) as http:
                task = asyncio.create_task(
                    http.post(server.url + "/v1/check", files={"file": ("l.txt", slow_note())})
                )
                await asyncio.sleep(1.0)
                # Act: the checker process dies mid-document (as a crashing PDF library would)
                os.kill(pid, signal.SIGKILL)
                return await task

        response = asyncio.run(scenario())
        # Assert: a client error naming the document, never a 500; then a fresh checker
        assert response.status_code == 422
        assert response.json()["error"]["type"] == "checker_crashed"
        deadline = time.monotonic() + 60
        while httpx.get(server.url + "/readyz").status_code != 200:
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.2)
        assert _checker_pids(server.process.pid) != [pid]
        quick = httpx.post(server.url + "/v1/check", json={"text": QUICK_NOTE}, timeout=60)
        assert quick.status_code == 200
    finally:
        server.stop()


def test_service_zip_archive_listing(client: httpx.Client) -> None:
    """A .zip sent to /v1/check is not a note (415); /v1/batch expands it (see test_batch)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "note")
    response = client.post("/v1/check", files={"file": ("notes.zip", buffer.getvalue())})
    assert response.status_code == 415
    assert json.loads(response.text)["error"]["type"] == "unsupported_format"
