"""The ``serve`` command: safe defaults, several workers."""

from __future__ import annotations

import socket
import statistics
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from nlp_checker.cli import main
from nlp_checker.service.cli import _listen_socket
from tests.service.conftest import NOTES, start_server


def test_serve_help_lists_options() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--workers"):
        assert option in result.output


def test_serve_refuses_open_public_bind(monkeypatch: pytest.MonkeyPatch) -> None:
    # Arrange
    monkeypatch.delenv("NLP_CHECKER_API_KEYS", raising=False)
    # Act
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    # Assert
    assert result.exit_code == 2
    assert "NLP_CHECKER_API_KEYS" in result.output


def test_serve_rejects_bad_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NLP_CHECKER_REQUEST_TIMEOUT", "soon")
    result = CliRunner().invoke(main, ["serve"])
    assert result.exit_code == 2
    assert "NLP_CHECKER_REQUEST_TIMEOUT" in result.output


def test_serve_listen_socket_is_tcp_so_nodelay_applies() -> None:
    sock = _listen_socket("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


def test_serve_two_workers_check_batch_and_latency(service_tmp: Path) -> None:
    server = start_server(service_tmp, "two-workers", workers=2)
    try:
        data = (NOTES / "dev01_ehr_banner.txt").read_bytes()
        with httpx.Client(base_url=server.url, timeout=60) as http:
            # Act: checks, and a batch job that either worker may pick up
            assert http.post("/v1/check", files={"file": ("a.txt", data)}).status_code == 200
            job = http.post("/v1/batch", files=[("files", (f"{i}.txt", data)) for i in range(3)])
            deadline = time.monotonic() + 60
            while (info := http.get(f"/v1/jobs/{job.json()['id']}").json())["status"] != "done":
                assert time.monotonic() < deadline, info
                time.sleep(0.2)
            # Assert: one result per document, and keep-alive answers without a delayed-ACK stall
            assert len(http.get(info["results_url"]).text.splitlines()) == 3
            samples = []
            for _ in range(20):
                started = time.perf_counter()
                http.get("/healthz")
                samples.append(time.perf_counter() - started)
            # A delayed ACK costs >= 40 ms a response; scheduling noise on a busy machine less.
            assert statistics.median(samples) < 0.035
    finally:
        server.stop()
