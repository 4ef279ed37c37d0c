"""A reader process the per-document time limit can stop, even inside a PDF library call.

PDFium and Tesseract are native code: a pathological file can keep them busy far beyond any
cooperative check. The reader is one long-lived child process per parent process (about 1 ms
of overhead a document once started), run in its own session with an address-space limit.
When a document overruns ``Limits.max_seconds`` the child's process group is killed, the
document gets a ``time_limit`` error, and the next document starts a fresh reader.

The parent and the child exchange length-prefixed pickles over the child's stdin and stdout.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from nlp_checker.errors import InputError, TooLargeError
from nlp_checker.ingest.failures import ExtractionFailedError, TimeLimitError
from nlp_checker.ingest.limits import Limits

log = logging.getLogger(__name__)

_HEADER = struct.Struct("!Q")
# Time the child gets beyond its own cooperative deadline before it is killed.
_GRACE_SECONDS = 2.0


class _Reader:
    """One child process and the pipes to it."""

    def __init__(self, memory_mb: int) -> None:
        env = dict(os.environ)
        # Tesseract's OpenMP threads would compete with other workers of a batch run.
        env.setdefault("OMP_THREAD_LIMIT", "1")
        # The child imports this package from where the parent found it (a checkout on
        # sys.path works as well as an installed package).
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        self.memory_mb = memory_mb
        self.owner = os.getpid()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "nlp_checker.ingest.sandbox", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            start_new_session=True,
        )

    def alive(self) -> bool:
        return self.process.poll() is None and self.owner == os.getpid()

    def kill(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()

    def close(self) -> None:
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()
        if self.process.stdout is not None and not self.process.stdout.closed:
            self.process.stdout.close()

    def call(self, payload: bytes, timeout: float) -> bytes:
        """Send one request and wait at most ``timeout`` seconds for the answer."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(_HEADER.pack(len(payload)) + payload)
        self.process.stdin.flush()
        fd = self.process.stdout.fileno()
        header = _read_exact(fd, _HEADER.size, timeout)
        (size,) = _HEADER.unpack(header)
        return _read_exact(fd, size, timeout)


class _Timeout(Exception):
    """The child did not answer in time."""


def _read_exact(fd: int, size: int, timeout: float) -> bytes:
    import time

    end = time.monotonic() + timeout
    chunks: list[bytes] = []
    missing = size
    while missing:
        left = end - time.monotonic()
        if left <= 0:
            raise _Timeout
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            raise _Timeout
        chunk = os.read(fd, min(missing, 1 << 20))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


_lock = threading.Lock()
_reader: _Reader | None = None
# Readers inherited through fork() belong to the parent: kept referenced, never killed or reaped.
_inherited: list[_Reader] = []


def _get_reader(memory_mb: int) -> _Reader:
    global _reader
    if _reader is not None and (not _reader.alive() or _reader.memory_mb != memory_mb):
        if _reader.owner == os.getpid():
            _reader.kill()
        else:
            _inherited.append(_reader)
        _reader = None
    if _reader is None:
        _reader = _Reader(memory_mb)
    return _reader


def _shutdown() -> None:
    if _reader is not None and _reader.owner == os.getpid():
        _reader.close()


atexit.register(_shutdown)


def run_isolated(data: bytes, media_type: str, limits: Limits) -> Any:
    """Run :func:`~nlp_checker.ingest.load.extract_content` in the reader process.

    Raises
    ------
    InputError
        What the reader raised, :class:`TimeLimitError` when it overran the time limit, or
        :class:`ExtractionFailedError` when it crashed.
    """
    global _reader
    payload = pickle.dumps((data, media_type, limits), protocol=pickle.HIGHEST_PROTOCOL)
    with _lock:
        try:
            reader = _get_reader(limits.max_memory_mb)
        except OSError as exc:
            log.warning("cannot start the reader process (%s); reading in process", exc)
            from nlp_checker.ingest.load import extract_content

            return extract_content(data, media_type, limits)
        try:
            answer = reader.call(payload, limits.max_seconds + _GRACE_SECONDS)
        except _Timeout:
            reader.kill()
            _reader = None
            msg = (
                f"reading the document took longer than {limits.max_seconds:g} s and was stopped; "
                "split the file or raise the time limit"
            )
            raise TimeLimitError(msg) from None
        except BaseException:
            # Interrupted (a caller's alarm, Ctrl-C): the answer may still come, so the reader
            # cannot be reused.
            if not isinstance(sys.exc_info()[1], (EOFError, OSError)):
                reader.kill()
                _reader = None
                raise
            try:
                code: int | None = reader.process.wait(timeout=1)
            except subprocess.TimeoutExpired:
                code = None
            reader.kill()
            _reader = None
            msg = (
                f"the reader process stopped on this file (exit status {code}); it may be "
                "damaged or need more memory than the limit allows"
            )
            raise ExtractionFailedError(msg) from None
    status, value = pickle.loads(answer)
    if status == "ok":
        return value
    if isinstance(value, InputError):
        raise value
    msg = f"the reader failed on this file ({value})"
    raise ExtractionFailedError(msg)


def _serve(memory_mb: int) -> None:
    """Answer requests on stdin until it closes (runs in the child)."""
    import resource

    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from nlp_checker.ingest.load import extract_content

    stdin = sys.stdin.buffer
    stdout = sys.stdout.buffer
    # Anything printed by a library must not corrupt the answer stream.
    sys.stdout = sys.stderr
    while True:
        header = stdin.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        (size,) = _HEADER.unpack(header)
        data, media_type, limits = pickle.loads(stdin.read(size))
        try:
            answer: tuple[str, Any] = ("ok", extract_content(data, media_type, limits))
        except InputError as exc:
            answer = ("error", exc)
        except MemoryError:
            msg = f"reading the file needed more than the memory limit of {memory_mb} MiB"
            answer = ("error", TooLargeError(msg))
        except Exception as exc:
            # Reported to the parent as a typed error. The log names the place in the code,
            # never the message, which could quote the note.
            where = traceback.extract_tb(exc.__traceback__)[-1]
            log.error(  # noqa: TRY400 - a traceback could quote note text
                "reader failed: %s at %s:%s", type(exc).__name__, where.filename, where.lineno
            )
            answer = ("error", type(exc).__name__)
        encoded = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        stdout.write(_HEADER.pack(len(encoded)) + encoded)
        stdout.flush()


if __name__ == "__main__":
    _serve(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
