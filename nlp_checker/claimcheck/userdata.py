"""The user data folder: where imported CMS tables and derived code-set caches are kept.

``NLP_CHECKER_DATA_DIR`` names it; otherwise it is the platform's user data folder
(``$XDG_DATA_HOME/nlp-checker`` or ``~/.local/share/nlp-checker`` on Linux,
``~/Library/Application Support/nlp-checker`` on macOS, ``%LOCALAPPDATA%/nlp-checker`` on
Windows). The folder is created 0700 and every file in it is written 0600: the tables hold no
patient data, but the folder sits next to a user's own files and nothing in it is for others.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ENV_VAR = "NLP_CHECKER_DATA_DIR"
APP = "nlp-checker"


def user_data_dir() -> Path:
    """Return the user data folder (not created)."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        return Path(explicit).expanduser()
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return (Path(base) if base else home / "AppData" / "Local") / APP
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else home / ".local" / "share") / APP


def ensure_dir(path: Path) -> Path:
    """Create ``path`` (and parents) with mode 0700 if needed; return it."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def data_subdir(name: str, root: Path | None = None) -> Path:
    """Return ``root/name`` (root: the user data folder), both created 0700 if needed."""
    base = ensure_dir(root or user_data_dir())
    return ensure_dir(base / name)


def private_temp(folder: Path, suffix: str) -> Path:
    """Return a new empty 0600 file in ``folder`` to write into, then move into place."""
    handle, name = tempfile.mkstemp(dir=folder, suffix=suffix)
    os.close(handle)
    path = Path(name)
    path.chmod(0o600)
    return path
