"""Files that hold patient-linked data are written with mode 0600 (their folders 0700)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO


def open_private(path: Path) -> IO[str]:
    """Open ``path`` for writing text, mode 0600, creating missing folders with mode 0700."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    path.chmod(0o600)  # an existing file keeps its old mode through O_CREAT
    return os.fdopen(descriptor, "w", encoding="utf-8")
