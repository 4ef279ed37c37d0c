"""Streaming JSONL output: one row per document, flushed as it is written, resumable.

A run killed mid-write leaves at most one partial last line; :func:`repair` cuts it off, and
:func:`done_keys` tells ``--resume`` which documents already have a row.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from nlp_checker.files import open_output

log = logging.getLogger(__name__)


def row_key(row: dict[str, Any]) -> str | None:
    """Return a row's document key (content hash, or the source hash for unread documents)."""
    batch = row.get("batch") or {}
    key = batch.get("doc_key") or (row.get("audit") or {}).get("input_sha256")
    return str(key) if key else None


def repair(path: Path) -> int:
    """Cut a partial last line left by a killed run; return the number of bytes removed."""
    if not path.exists():
        return 0
    with path.open("rb+") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        if size == 0:
            return 0
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return 0
        # Walk back to the last newline; rows are a few KB, so read in blocks.
        position = size
        while position > 0:
            start = max(0, position - 65536)
            handle.seek(start)
            block = handle.read(position - start)
            cut = block.rfind(b"\n")
            if cut >= 0:
                keep = start + cut + 1
                break
            position = start
        else:
            keep = 0
        handle.truncate(keep)
        return size - keep


def iter_rows(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the rows of a JSONL file, skipping (and counting in the log) unreadable lines."""
    bad = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                bad += 1
                continue
            if isinstance(row, dict):
                yield row
    if bad:
        log.warning("%d unreadable line(s) skipped in the results file", bad)


def done_keys(path: Path) -> tuple[Counter[str], set[str]]:
    """Count the rows already written per document key; also return the salt ids they carry."""
    done: Counter[str] = Counter()
    salts: set[str] = set()
    if path.exists():
        for row in iter_rows(path):
            key = row_key(row)
            if key:
                done[key] += 1
            salt_id = (row.get("patient") or {}).get("salt_id")
            if salt_id:
                salts.add(str(salt_id))
    return done, salts


def dumps(row: dict[str, Any]) -> str:
    """Return a row as one compact JSON line (no trailing newline)."""
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


class JsonlWriter:
    """Append rows to a JSONL file, flushing each, so a crash loses at most the row in flight."""

    def __init__(self, path: Path, *, append: bool) -> None:
        self.path = path
        self.rows = 0
        self._handle: IO[str] = open_output(path, "a" if append else "w", encoding="utf-8")

    def write(self, row: dict[str, Any]) -> None:
        """Write and flush one row."""
        self._handle.write(dumps(row) + "\n")
        self._handle.flush()
        self.rows += 1

    def close(self) -> None:
        """Close the file."""
        self._handle.close()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
