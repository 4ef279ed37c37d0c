"""Read a note file safely: regular files only, never blocking, never more than the limit.

``st_size`` cannot be trusted (a symlink to ``/dev/zero`` reports 0 bytes and never ends; a FIFO
blocks its reader until a writer comes), so the file is opened without blocking, checked with
``fstat`` on the open descriptor, and read up to one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from nlp_checker.errors import InputError, TooLargeError
from nlp_checker.ingest.failures import NotAFileError

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_CHUNK = 1 << 20


def read_note_file(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of the regular file at ``path`` (symlinks followed).

    Raises
    ------
    NotAFileError
        When ``path`` is a FIFO, socket, device or directory.
    TooLargeError
        When the file holds more than ``max_bytes`` bytes, whatever its size says.
    InputError
        When the file cannot be opened or read.
    """
    try:
        descriptor = os.open(path, _FLAGS)
    except IsADirectoryError as exc:
        msg = "the path is a directory, not a note file"
        raise NotAFileError(msg) from exc
    except OSError as exc:
        msg = f"cannot read the file: {exc.strerror or type(exc).__name__}"
        raise InputError(msg) from exc
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            msg = (
                f"the path is a {_kind(info.st_mode)}, not a regular file; copy the note to a "
                "file and check that"
            )
            raise NotAFileError(msg)
        if info.st_size > max_bytes:  # refused before reading; the read below is the backstop
            msg = f"the file is {info.st_size:,} bytes, over the limit of {max_bytes:,}"
            raise TooLargeError(msg)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0 and (chunk := os.read(descriptor, min(left, _CHUNK))):
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        msg = f"cannot read the file: {exc.strerror or type(exc).__name__}"
        raise InputError(msg) from exc
    finally:
        os.close(descriptor)
    if left <= 0:
        msg = f"the file is over the limit of {max_bytes:,} bytes"
        raise TooLargeError(msg)
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISDIR(mode):
        return "directory"
    return "special file"
