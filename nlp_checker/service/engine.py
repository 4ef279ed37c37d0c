"""Admission control and the one thread that talks to the checker process.

Every check goes through a single-thread executor that owns the checker process, so checks are
serialised per service worker (the pipeline and pypdfium2 are not thread-safe); throughput scales
with ``--workers``. At most ``max_pending`` checks are admitted at once; a check that is still
queued or running at its deadline is abandoned and, if running, its process is killed and
replaced.
"""

from __future__ import annotations

import asyncio
import logging
import math
import multiprocessing
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from nlp_checker.errors import CheckerError, UsageError
from nlp_checker.service.worker import CheckRequest, Reply, WorkerLimits, child_main

log = logging.getLogger(__name__)

_START_TIMEOUT = 120.0
# Weight of the newest check in the running average of check durations (Retry-After).
_DURATION_WEIGHT = 0.3
_FIRST_GUESS = 1.0


class OverloadedError(CheckerError):
    """Too many checks are admitted already; retry later."""

    code = "overloaded"


class CheckTimeoutError(CheckerError):
    """The check did not finish within the time limit."""

    code = "timeout"


class EngineFailureError(CheckerError):
    """The checker process failed (a bug, not bad input)."""

    code = "internal_error"


class CheckerCrashedError(CheckerError):
    """The checker process died while it read this document (likely a hostile or broken file)."""

    code = "checker_crashed"


class CheckOutcome:
    """A finished check: the result contract as a dict, and the document text if asked for."""

    __slots__ = ("document", "result")

    def __init__(self, result: dict[str, Any], document: dict[str, Any] | None) -> None:
        self.result = result
        self.document = document


class CheckEngine:
    """Serialise checks through one checker process, with admission control and deadlines.

    Parameters
    ----------
    limits : WorkerLimits
        Input limits handed to the checker process.
    max_pending : int
        Checks admitted at once (running or queued) through :meth:`check`.
    timeout : float
        Seconds from admission to answer.
    """

    def __init__(self, limits: WorkerLimits, max_pending: int, timeout: float) -> None:
        self.limits = limits
        self.max_pending = max_pending
        self.timeout = timeout
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="checker")
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._ready = threading.Event()
        self._pending = 0
        self._pending_lock = threading.Lock()
        self._average: float | None = None  # seconds a check takes, running average
        self._running_since: float | None = None
        self.versions: dict[str, str] = {}
        # The checker's element catalogue and profiles (Checker.describe), sent when it is ready.
        self.catalogue: dict[str, Any] | None = None

    # --- process management (only ever called on the executor thread) ---

    def _spawn(self) -> None:
        self._ready.clear()
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=child_main, args=(child, self.limits), name="nlp-checker-worker", daemon=True
        )
        process.start()
        child.close()
        try:
            hello: Reply = parent.recv() if parent.poll(_START_TIMEOUT) else ("none",)
        except (EOFError, OSError):
            hello = ("died",)
        if hello[0] != "ready":
            parent.close()
            process.kill()
            msg = "the checker process did not start; see the log above for its error"
            raise EngineFailureError(msg)
        self.versions = dict(hello[1])
        self.catalogue = hello[2] if len(hello) > 2 else None
        self._process, self._conn = process, parent
        self._ready.set()
        log.info("checker process %s ready", process.pid)

    def _kill(self) -> None:
        self._ready.clear()
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def _ensure_alive(self) -> None:
        if self._process is None or not self._process.is_alive():
            self._kill()
            self._spawn()

    def _run(self, request: CheckRequest, deadline: float) -> CheckOutcome:
        if time.monotonic() >= deadline:
            msg = "the check waited in the queue past its time limit"
            raise CheckTimeoutError(msg)
        self._ensure_alive()
        assert self._conn is not None  # set by _ensure_alive
        self._running_since = started = time.monotonic()
        try:
            return self._exchange(request, deadline)
        finally:
            self._running_since = None
            self.record_duration(time.monotonic() - started)

    def _exchange(self, request: CheckRequest, deadline: float) -> CheckOutcome:
        assert self._conn is not None
        try:
            self._conn.send(request)
            if not self._conn.poll(max(deadline - time.monotonic(), 0.0)):
                log.warning("check over its time limit; replacing the checker process")
                self._kill()
                self._executor.submit(self._ensure_alive)
                msg = "the check did not finish within the time limit"
                raise CheckTimeoutError(msg)
            reply: Reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            # Each document runs alone in the checker process, so the one being read when it
            # died is the prime suspect: report it as a bad document, and start a new process.
            log.warning("checker process died during a check; replacing it")
            self._kill()
            self._executor.submit(self._ensure_alive)
            msg = "the document made the checker process exit; check that the file is a sound note"
            raise CheckerCrashedError(msg) from exc
        return self._unpack(reply)

    @staticmethod
    def _unpack(reply: Reply) -> CheckOutcome:
        kind = reply[0]
        if kind == "ok":
            return CheckOutcome(reply[1], reply[2])
        if kind == "usage":
            raise UsageError(reply[1])
        log.error("checker process raised %s", reply[1])
        msg = "the checker failed on this document (an internal error, logged with the request id)"
        raise EngineFailureError(msg)

    # --- public API ---

    @property
    def ready(self) -> bool:
        """Whether the checker process is loaded and alive."""
        process = self._process
        return self._ready.is_set() and process is not None and process.is_alive()

    def start(self) -> Future[None]:
        """Start the checker process in the background; :attr:`ready` turns true when loaded."""
        return self._executor.submit(self._ensure_alive)

    def stop(self) -> None:
        """Stop the checker process and the executor."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._kill()

    def _admit(self) -> None:
        with self._pending_lock:
            if self._pending >= self.max_pending:
                msg = f"{self._pending} checks are already running or queued; retry shortly"
                raise OverloadedError(msg)
            self._pending += 1

    def _release(self, _future: object = None) -> None:
        with self._pending_lock:
            self._pending -= 1

    async def check(self, request: CheckRequest) -> CheckOutcome:
        """Check one document within the time limit.

        Raises
        ------
        OverloadedError
            When ``max_pending`` checks are already admitted.
        CheckTimeoutError
            When the check is not done by its deadline.
        UsageError
            For an unknown code or modifier.
        CheckerCrashedError
            When the checker process dies while reading the document.
        EngineFailureError
            When the checker fails otherwise (a bug).
        """
        self._admit()
        deadline = time.monotonic() + self.timeout
        try:
            future = self._executor.submit(self._run, request, deadline)
        except RuntimeError:
            self._release()
            raise
        future.add_done_callback(self._release)
        return await asyncio.wrap_future(future)

    def check_blocking(self, request: CheckRequest, *, wait: float | None = None) -> CheckOutcome:
        """Check one document from a background thread (batch jobs); not admission-limited.

        ``wait`` is the time allowed from now (default the check timeout); an error-row request
        after a timeout or crash gets longer, since it waits for the replacement process.
        """
        deadline = time.monotonic() + (self.timeout if wait is None else wait)
        return self._executor.submit(self._run, request, deadline).result()

    def record_duration(self, seconds: float) -> None:
        """Add one check's duration to the running average the drain estimate uses."""
        previous = self._average
        self._average = (
            seconds if previous is None else previous + _DURATION_WEIGHT * (seconds - previous)
        )

    def retry_after(self, pending: int | None = None) -> int:
        """Seconds a refused client should wait: the time the admitted checks take to drain.

        That is ``pending`` (default: the checks admitted now) times the recent average check
        duration, less what the running check has done already; at least 1 s, and at most the
        time limit, within which any check ends.
        """
        if pending is None:
            with self._pending_lock:
                pending = self._pending
        average = self._average if self._average is not None else _FIRST_GUESS
        since = self._running_since
        done = min(time.monotonic() - since, average) if since is not None else 0.0
        estimate = pending * average - done
        return max(1, min(math.ceil(estimate - 1e-9), math.ceil(self.timeout)))
