"""Hardening of the service (issue 12): what a reviewer of a PHI-handling service attacks."""

from __future__ import annotations

import contextlib
import io
import json
import os
import socket
import stat
import time
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from nlp_checker.claims.model import Claim
from nlp_checker.cli import main
from nlp_checker.service.app import create_app
from nlp_checker.service.cli import _listen_socket
from nlp_checker.service.engine import CheckEngine
from nlp_checker.service.jobs import JobStore
from nlp_checker.service.settings import ServiceSettings
from nlp_checker.service.worker import WorkerLimits
from tests.processes import HAS_PROC, descendants, kill_all, wait_gone
from tests.service.conftest import API_KEY, NOTES, Server, start_server

with warnings.catch_warnings():
    # Starlette 1.10 asks for the httpx2 package in its TestClient; httpx works the same here.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

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


# --- bad input is a 4xx with a problem body, on a connection that stays usable ---


def _exchange(sock: socket.socket, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send one HTTP/1.1 request on ``sock`` and read its response (Content-Length bodies)."""
    sock.sendall(request)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"the server closed the connection: {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers.get("content-length", "0")):
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection mid-body"
        body += chunk
    return int(lines[0].split()[1]), headers, body


def _post(path: str, body: bytes, content_type: str = "application/json") -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


def _note_text() -> str:
    return (NOTES / "dev01_ehr_banner.txt").read_text(encoding="utf-8")


def _head(path: str, length: int, request_id: str) -> bytes:
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"X-Request-ID: {request_id}\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def _address(server: Server) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


@pytest.mark.parametrize(
    "body",
    [
        b'{"text": "Pre VAS 7/10 \\ud800"}',
        b'{"text": "Pre VAS 7/10", "source": "\\udfff.txt"}',
        b'{"text": "Pre VAS 7/10", "modifiers": ["\\ud83d"]}',
        b'{"text": ' + b"[" * 1000 + b"]" * 1000 + b"}",
        b"[" * 100_000,
    ],
    ids=["lone-surrogate", "surrogate-source", "surrogate-modifier", "nested-1000", "nested-100k"],
)
@pytest.mark.parametrize("path", ["/v1/check", "/v1/annotate"])
def test_service_bad_json_is_4xx_and_the_connection_stays_usable(
    open_server: Server, body: bytes, path: str
) -> None:
    before = len(open_server.log())
    with socket.create_connection(_address(open_server), timeout=30) as sock:
        # Act
        status, _, payload = _exchange(sock, _post(path, body))
        # Assert: a client error with the problem body, and the next request on the same
        # connection is answered
        assert status in (400, 422), payload[:300]
        assert json.loads(payload)["error"]["type"] == "invalid_request"
        again, _, _ = _exchange(sock, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert again == 200
    assert "Traceback" not in open_server.log()[before:]


@pytest.mark.parametrize(("path", "field"), [("/v1/check", "file"), ("/v1/batch", "files")])
def test_service_client_gone_mid_upload_is_one_log_line(
    open_server: Server, path: str, field: str
) -> None:
    # Arrange: a multipart upload that announces 200 kB and stops after 1 kB
    boundary = "b0undary"
    request_id = f"gone-mid-upload-{field}"
    start = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="a.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode() + b"VAS 7/10 " * 120
    head = (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-ID: {request_id}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 200000\r\n\r\n"
    ).encode()
    before = len(open_server.log())
    # Act: send part of the body, then hang up
    with socket.create_connection(_address(open_server), timeout=30) as sock:
        sock.sendall(head + start)
        time.sleep(0.2)  # let the server start reading the body
    deadline = time.monotonic() + 10
    while request_id not in open_server.log()[before:]:
        assert time.monotonic() < deadline, open_server.log()[before:]
        time.sleep(0.05)
    time.sleep(0.3)  # anything logged after the access line would show up by now
    # Assert: the access line is the only line, and the service still answers
    lines = [line for line in open_server.log()[before:].splitlines() if line.strip()]
    mine = [line for line in lines if request_id in line]
    assert len(mine) == 1 and " 499 " in mine[0], lines
    assert all("nlp_checker.service.access" in line for line in lines), lines
    assert httpx.get(open_server.url + "/healthz").status_code == 200


# --- PHI at rest: job files 0600 in 0700 folders ---


def _modes(root: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


def _assert_private(root: Path) -> None:
    for name, mode in _modes(root).items():
        expected = 0o700 if (root / name).is_dir() else 0o600
        assert mode == expected, f"{name}: {oct(mode)}"


def test_service_job_uploads_are_0600_in_0700_folders(tmp_path: Path) -> None:
    # Arrange: the usual umask, under which plain writes are world-readable
    previous = os.umask(0o022)
    try:
        store = JobStore(tmp_path / "state", None, 60.0, 10, 1_000_000)  # type: ignore[arg-type]
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("b.txt", "Pre VAS 7/10")
        archive.seek(0)
        uploads = [("a.txt", io.BytesIO(b"Pre VAS 7/10")), ("more.zip", archive)]
        # Act
        info = store.create(uploads, Claim.billed("62323"), owner="open")
    finally:
        os.umask(previous)
    # Assert: the state folder, the job folder, the uploads and the job's files
    assert info.total == 2
    _assert_private(tmp_path / "state")
    assert len(list((tmp_path / "state" / "jobs" / info.id / "inputs").iterdir())) == 2


def test_service_job_results_are_0600_in_0700_folders(open_server: Server) -> None:
    note = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    created = httpx.post(open_server.url + "/v1/batch", files={"files": ("a.txt", note)}).json()
    _wait_done(open_server.url, created["id"], {})
    jobs = Path(open_server.env["NLP_CHECKER_STATE_DIR"]) / "jobs"
    assert (jobs / created["id"] / "results.jsonl").stat().st_size > 0
    _assert_private(jobs)


# --- no orphans: workers exit when the supervisor dies ---


@pytest.mark.skipif(not HAS_PROC, reason="needs Linux /proc")
def test_service_workers_exit_when_the_master_is_killed(service_tmp: Path) -> None:
    # Arrange: two workers, each with its checker process
    server = start_server(service_tmp, "orphans", workers=2)
    port = int(server.url.rsplit(":", 1)[1])
    tree: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(tree := descendants(server.process.pid)) < 4:  # 2 workers + 2 checkers
            assert time.monotonic() < deadline, tree
            time.sleep(0.2)
        # Act: the master dies without a chance to clean up
        server.process.kill()
        server.process.wait(timeout=10)
        # Assert: every worker, checker and helper process goes, and the port is free again
        assert not wait_gone(tree, timeout=20), "orphans still running"
        _listen_socket("127.0.0.1", port).close()
    finally:
        kill_all(tree)
        server.stop()


# --- one bad member is one error row, as in `nlp-checker batch` ---


def _zip_with_bad_members() -> bytes:
    buffer = io.BytesIO()
    good = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("a.txt", good)
        archive.writestr("crc.txt", b"CORRUPT-ME " + good)
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("b.txt", good)
    data = buffer.getvalue()
    at = data.index(b"CORRUPT-ME")
    return data[:at] + b"X" + data[at + 1 :]  # stored data no longer matches its CRC-32


def test_service_batch_bad_members_are_error_rows(open_server: Server) -> None:
    # Act
    created = httpx.post(
        open_server.url + "/v1/batch", files={"files": ("notes.zip", _zip_with_bad_members())}
    )
    # Assert: the upload is accepted; each bad member is one row, in order
    assert created.status_code == 202, created.text
    info = _wait_done(open_server.url, created.json()["id"], {})
    assert (info["total"], info["errors"]) == (4, 2)
    rows = [
        json.loads(line)
        for line in httpx.get(open_server.url + info["results_url"]).text.splitlines()
    ]
    assert [r["source"] for r in rows] == [
        f"notes.zip/{n}" for n in ("a.txt", "crc.txt", "link.txt", "b.txt")
    ]
    assert [r["status"] for r in rows] == ["ok", "error", "error", "ok"]
    assert rows[1]["error"]["type"] == "corrupt_member"
    assert rows[2]["error"]["type"] == "unsafe_member"


# --- slow clients: timeouts and connection caps (a bounded loopback script) ---

linux_loopback = pytest.mark.skipif(
    not Path("/proc/self/task").exists(), reason="needs Linux, where all of 127.0.0.0/8 is local"
)


def _slow_clients(address: tuple[str, int], sources: list[str], each: int) -> list[socket.socket]:
    """Open ``each`` connections from every source address that start a request and stall."""
    opened = []
    for source in sources:
        for _ in range(each):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind((source, 0))
            sock.settimeout(5)
            sock.connect(address)
            with contextlib.suppress(OSError):  # the service may have closed it already
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: 1")
            opened.append(sock)
    return opened


def _closed_by_server(sock: socket.socket) -> bool:
    sock.setblocking(False)
    try:
        return sock.recv(1) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


HEADER_TIMEOUT = 3.0


@pytest.fixture(scope="module")
def limited_server(service_tmp: Path) -> Iterator[Server]:
    """Caps and timeouts small enough for quick tests."""
    server = start_server(
        service_tmp, "limited", max_connections="100", max_client_connections="20",
        header_timeout=str(HEADER_TIMEOUT), body_timeout="1",
    )  # fmt: skip
    yield server
    server.stop()


@linux_loopback
def test_service_300_slow_clients_do_not_shut_others_out(limited_server: Server) -> None:
    # Arrange: 300 connections that stall in their headers, well inside the header timeout
    server = limited_server
    address = _address(server)
    stalled: list[socket.socket] = []
    try:
        # 150 connections from one address (over its cap), 150 from ten more (over the total)
        stalled += _slow_clients(address, ["127.0.0.2"], 150)
        stalled += _slow_clients(address, [f"127.0.0.{i}" for i in range(3, 13)], 15)
        # Act: a normal client, from 127.0.0.1, while all 300 are open
        with httpx.Client(base_url=server.url, timeout=5) as http:
            started = time.monotonic()
            health = http.get("/healthz")
            health_seconds = time.monotonic() - started
            started = time.monotonic()
            checked = http.post("/v1/check", json={"text": _note_text()})
            check_seconds = time.monotonic() - started
        # Assert: answered within a second each, and the caps did the work
        assert health.status_code == 200, health.text
        assert checked.status_code == 200, checked.text
        assert health_seconds < 1.0 and check_seconds < 1.0, (health_seconds, check_seconds)
        assert sum(_closed_by_server(sock) for sock in stalled) >= 200
    finally:
        for sock in stalled:
            sock.close()


@linux_loopback
def test_service_slow_headers_and_stalled_bodies_are_cut_off(limited_server: Server) -> None:
    server = limited_server
    address = _address(server)
    # Act / Assert: headers that never end are cut off after the header timeout
    with socket.create_connection(address, timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        assert sock.recv(1024) == b""
        assert HEADER_TIMEOUT - 0.2 < time.monotonic() - started < HEADER_TIMEOUT + 3
    # A body that stops is cut off after the body timeout: one 499 access line
    before = len(server.log())
    with socket.create_connection(address, timeout=10) as sock:
        started = time.monotonic()
        sock.sendall(_head("/v1/check", 1000, "stalled-body-01") + b"x" * 10)
        assert sock.recv(1024) == b""
        assert 0.8 < time.monotonic() - started < 4
    deadline = time.monotonic() + 5
    while " 499 " not in "".join(
        line for line in server.log()[before:].splitlines() if "stalled-body-01" in line
    ):
        assert time.monotonic() < deadline, server.log()[before:]
        time.sleep(0.05)
    assert "Traceback" not in server.log()[before:]
    # A slow but steady body is not: a fifth of it every 0.4 s for 2 s, then the answer
    body = json.dumps({"text": _note_text()}).encode()
    step = len(body) // 5 + 1
    with socket.create_connection(address, timeout=10) as sock:
        sock.sendall(_head("/v1/check", len(body), "steady-body-01"))
        for at in range(0, len(body), step):
            time.sleep(0.4)
            sock.sendall(body[at : at + step])
        status, _, _ = _exchange(sock, b"")
    assert status == 200


# --- smaller items ---


def _bare_client(**settings: object) -> TestClient:
    """The app without its lifespan (no checker process): enough for the middleware."""
    return TestClient(create_app(ServiceSettings(**settings)))  # type: ignore[arg-type]


def test_service_host_header_is_checked_against_the_configured_names() -> None:
    client = _bare_client(allowed_hosts=frozenset({"notes.example.org"}))
    # Act / Assert: another name (DNS rebinding, a misrouted request) is refused
    refused = client.get("/openapi.json", headers={"Host": "attacker.example"})
    assert refused.status_code == 400
    assert refused.json()["error"]["type"] == "invalid_host"
    assert (
        client.get("/openapi.json", headers={"Host": "notes.example.org:8443"}).status_code == 200
    )
    assert client.get("/openapi.json", headers={"Host": "NOTES.example.org"}).status_code == 200
    # Probes of a load balancer carry no data and use whatever name they like
    assert client.get("/healthz", headers={"Host": "10.0.0.7:8000"}).status_code == 200
    # Without configured names (loopback), any Host is served
    assert _bare_client().get("/openapi.json", headers={"Host": "x"}).status_code == 200


def test_serve_public_bind_needs_allowed_hosts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NLP_CHECKER_API_KEYS", "k1")
    monkeypatch.delenv("NLP_CHECKER_ALLOWED_HOSTS", raising=False)
    # A port already taken: should the refusal be missing, the server fails to bind and exits
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", port])
    assert result.exit_code == 2
    assert "NLP_CHECKER_ALLOWED_HOSTS" in result.output


def test_service_note_content_is_never_cached(client: httpx.Client) -> None:
    note = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    responses = [
        client.post("/v1/check", files={"file": ("a.txt", note)}),
        client.post("/v1/annotate", json={"text": note.decode()}),
        client.post("/v1/check", files={"file": ("empty.txt", b"")}),  # an error row
    ]
    job = client.post("/v1/batch", files={"files": ("a.txt", note)}).json()
    info = _wait_done(str(client.base_url), job["id"], {})
    responses += [client.get(info["results_url"]), client.get(f"/v1/jobs/{job['id']}")]
    for response in responses:
        assert response.status_code < 500
        assert response.headers.get("cache-control") == "no-store", response.request.url


def test_service_empty_modifier_is_ignored(client: httpx.Client) -> None:
    text = {"text": "Pre-procedure VAS 7/10"}
    # Act: an empty ?modifier= on a note, on an unreadable note (an error row) and on a batch
    checked = client.post("/v1/check", params=[("modifier", ""), ("modifier", "59")], json=text)
    unreadable = client.post("/v1/check", params={"modifier": ""}, files={"file": ("e.txt", b"")})
    job = client.post("/v1/batch", params={"modifier": ""}, files={"files": ("e.txt", b"")})
    # Assert
    assert checked.json()["modifiers"] == ["59"]
    assert unreadable.status_code == 422, unreadable.text
    assert unreadable.json()["modifiers"] == []
    assert job.status_code == 202 and job.json()["modifiers"] == []
    info = _wait_done(str(client.base_url), job.json()["id"], {})
    assert json.loads(client.get(info["results_url"]).text)["modifiers"] == []


def test_engine_retry_after_is_the_queue_drain_estimate() -> None:
    engine = CheckEngine(WorkerLimits(max_bytes=1000, max_chars=1000, max_pages=1), 8, 30.0)
    # Checks have been taking 2 s each; three are admitted (one running, two queued)
    for _ in range(5):
        engine.record_duration(2.0)
    assert engine.retry_after(pending=3) == 6
    assert engine.retry_after(pending=8) == 16
    # A queue that would take longer than the time limit is capped at it
    for _ in range(20):
        engine.record_duration(10.0)
    assert engine.retry_after(pending=8) == 30
