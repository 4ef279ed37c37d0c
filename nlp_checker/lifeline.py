"""End a child process when its parent dies, so that a killed supervisor leaves no orphans.

``multiprocessing`` gives every child it starts (spawn or fork) a sentinel: a pipe from the
parent that reaches end-of-file when the parent exits, however it exits (SIGKILL included). A
daemon thread waits on it and then ends the process: at once, or after a graceful ``SIGTERM``
and a grace period. Processes that were not started by ``multiprocessing`` are left alone (the
single-process service must survive its shell going away).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from multiprocessing.connection import wait

log = logging.getLogger(__name__)


def exit_with_parent(grace: float | None = None) -> bool:
    """Watch this process's ``multiprocessing`` parent and exit when it is gone.

    Parameters
    ----------
    grace : float, optional
        None: exit at once (``os._exit``). Otherwise send this process ``SIGTERM`` first (a
        server then stops gracefully) and exit after ``grace`` seconds if it is still running.

    Returns
    -------
    bool
        Whether a watch was started (False outside a ``multiprocessing`` child).
    """
    parent = multiprocessing.parent_process()
    sentinel = parent.sentinel if parent is not None else None
    if parent is None or sentinel is None:
        return False
    parent_pid = parent.pid

    def watch() -> None:
        wait([sentinel])
        log.warning("parent process %s is gone; process %s exits", parent_pid, os.getpid())
        if grace is not None:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(grace)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
    return True
