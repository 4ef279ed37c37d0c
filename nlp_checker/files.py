"""Files that hold note text or results (PHI): written 0600, in folders made 0700.

Every writer of results, summaries, reports and service job files opens its file through
:func:`open_private`, so the file is readable by its owner only, whatever the umask and even
when it already existed with wider permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
DIR_MODE = 0o700

_FLAGS = {
    "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
    "a": os.O_WRONLY | os.O_CREAT | os.O_APPEND,
    "x": os.O_WRONLY | os.O_CREAT | os.O_EXCL,
}


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """Open ``path`` for writing, readable and writable by its owner only (0600).

    Parameters
    ----------
    path : Path
        The file; created when missing. A special file (``/dev/stdout``) is written as it is.
    mode : str
        ``"w"``, ``"a"`` or ``"x"``, with ``"b"`` for bytes (``"wb"``, ``"ab"``).
    **kwargs
        Passed to :func:`open` (``encoding``, ``newline``).
    """
    flags = _FLAGS[mode.replace("b", "")] | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags, FILE_MODE)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISREG(info.st_mode) and stat.S_IMODE(info.st_mode) != FILE_MODE:
            # An existing file keeps its mode when opened: narrow it.
            with contextlib.suppress(PermissionError):
                os.fchmod(descriptor, FILE_MODE)
        return open(descriptor, mode, **kwargs)  # noqa: PTH123 - a descriptor, not a path
    except BaseException:
        os.close(descriptor)
        raise


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) with mode 0700; narrow ``path`` if it exists."""
    missing = []
    current = path
    while not current.exists():
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another worker made it first
            folder.mkdir(mode=DIR_MODE)
            folder.chmod(DIR_MODE)
    if stat.S_IMODE(path.stat().st_mode) != DIR_MODE:
        path.chmod(DIR_MODE)
    return path
