"""Fixtures for batch tests: the example corpus as a folder, a zip and a tar.gz."""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTES = ROOT / "examples" / "notes"
SALT = "test-salt-not-secret"


def normalise(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows sorted by content hash, without their source paths (which differ by container)."""
    out = []
    for row in rows:
        row = dict(row)
        row.pop("source", None)
        out.append(row)
    return sorted(out, key=lambda r: (r["batch"]["doc_key"], r["status"]))


@pytest.fixture(scope="session")
def notes_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("zip") / "notes.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for note in sorted(NOTES.glob("*.txt")):
            archive.write(note, f"archive/{note.name}")
    return path


@pytest.fixture(scope="session")
def notes_tgz(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("tgz") / "notes.tar.gz"
    with tarfile.open(path, "w:gz") as archive:
        for note in sorted(NOTES.glob("*.txt")):
            archive.add(note, f"notes/{note.name}")
    return path
