"""Files that hold note text or results (PHI): written 0600, in folders made 0700.

Every writer of results, summaries, reports and service job files opens its file through
:func:`open_private`, so the file is readable by its owner only, whatever the umask and even
when it already existed with wider permissions. Outputs of the commands go through
:func:`open_output`, whose failures (a missing folder, ``/proc``, a full disk) are one
:class:`OutputError` naming the file; :func:`check_writable` tries an output before a run starts.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path
from types import TracebackType
from typing import IO, Any, cast

import click

from nlp_checker.errors import CheckerError

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


class OutputError(CheckerError):
    """An output file cannot be written (missing folder, no permission, full disk...)."""

    code = "output_error"

    def __init__(self, path: Path, error: OSError | str) -> None:
        reason = error if isinstance(error, str) else error.strerror or type(error).__name__
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path


class UnwritableOutput(click.ClickException):
    """The command-line form of :class:`OutputError`: one line, exit code 2 (usage error)."""

    exit_code = 2


def check_writable(path: Path, *, regular: bool = False) -> None:
    """Make sure ``path`` can be opened for writing, without changing it.

    A file that does not exist yet is created and removed again.

    Parameters
    ----------
    path : Path
        The output.
    regular : bool
        Refuse a FIFO or device (``/dev/full``, ``/dev/stdout``): for an output that is read
        back and replaced at the end of the run.

    Raises
    ------
    OutputError
        When it cannot be (its folder is missing, it is a folder, no permission).
    """
    existed = os.path.lexists(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags, FILE_MODE)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    try:
        special = not stat.S_ISREG(os.fstat(descriptor).st_mode)
    finally:
        os.close(descriptor)
    if regular and special:
        msg = "not a regular file (the results are read back and rewritten at the end)"
        raise OutputError(path, msg)
    if not existed:
        with contextlib.suppress(OSError):
            path.unlink()


class OutputFile:
    """A file opened by :func:`open_output`: a write that fails raises :class:`OutputError`."""

    def __init__(self, handle: IO[Any], path: Path) -> None:
        self._handle = handle
        self.path = path

    def write(self, data: Any) -> int:
        """Write ``data``."""
        try:
            return self._handle.write(data)
        except OSError as exc:
            raise OutputError(self.path, exc) from exc

    def flush(self) -> None:
        """Flush the buffer to the file."""
        try:
            self._handle.flush()
        except OSError as exc:
            raise OutputError(self.path, exc) from exc

    def close(self) -> None:
        """Flush and close the file."""
        try:
            self._handle.close()
        except OSError as exc:
            raise OutputError(self.path, exc) from exc

    def fileno(self) -> int:
        """Return the file descriptor."""
        return self._handle.fileno()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> OutputFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
            return
        with contextlib.suppress(OSError, OutputError):  # the first error is the one to report
            self._handle.close()


def open_output(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """Open an output privately (:func:`open_private`); every failure is :class:`OutputError`."""
    try:
        handle = open_private(path, mode, **kwargs)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    return cast("IO[Any]", OutputFile(handle, path))
