"""Start the real service (``nlp-checker serve``) on free loopback ports and stop it after."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "examples" / "notes"
PDFS = ROOT / "examples" / "pdf"
API_KEY = "test-key-0123456789"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    env: dict[str, str]

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(
    tmp: Path, name: str, wait_ready: bool = True, workers: int = 1, **settings: str
) -> Server:
    """Run ``nlp-checker serve`` with ``NLP_CHECKER_<KEY>`` settings; wait until ready."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLP_CHECKER_")}
    env["NLP_CHECKER_STATE_DIR"] = str(tmp / f"state-{name}")
    env.update({f"NLP_CHECKER_{k.upper()}": v for k, v in settings.items()})
    # The console script imports whatever nlp_checker is installed (another checkout when the
    # venv is shared with a git worktree): the server must run the code under test.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    log_path = tmp / f"server-{name}-{port}.log"
    # The installed console script, as a user runs it.
    command = [str(Path(sys.executable).parent / "nlp-checker"), "serve", "--host", "127.0.0.1"]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [*command, "--port", str(port), "--workers", str(workers)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
        )
    server = Server(f"http://127.0.0.1:{port}", process, log_path, env)
    deadline = time.monotonic() + 90
    path = "/readyz" if wait_ready else "/healthz"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited with {process.returncode}:\n{server.log()}")
        try:
            if httpx.get(server.url + path, timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    server.stop()
    pytest.fail(f"server did not become ready:\n{server.log()}")


@pytest.fixture(scope="session")
def service_tmp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("service")


@pytest.fixture(scope="session")
def open_server(service_tmp: Path) -> Iterator[Server]:
    """Default settings: no API keys, loopback only."""
    server = start_server(service_tmp, "open")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def strict_server(service_tmp: Path) -> Iterator[Server]:
    """API keys, a small upload limit and one admitted check at a time."""
    server = start_server(
        service_tmp, "strict", api_keys=f"other-key,{API_KEY}", max_upload_bytes="200000",
        max_pending="1", request_timeout="60",
    )  # fmt: skip
    yield server
    server.stop()


@pytest.fixture(scope="session")
def client(open_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=open_server.url, timeout=60) as http:
        yield http


# Long notes run in pieces, so the checker's time grows linearly (~12 ms per 1,000 characters):
# a note this long keeps a checker busy for several seconds. Servers that receive it need
# SLOW_LIMITS, since the default NLP_CHECKER_MAX_CHARS is 100,000.
SLOW_LIMITS = {"max_chars": "3000000", "max_upload_bytes": str(8 * 1024 * 1024)}


def slow_note(copies: int = 400) -> bytes:
    """A long note (~1.1 MB) that takes the checker several seconds."""
    return (NOTES / "dev01_ehr_banner.txt").read_bytes() * copies
