"""ICD-10-CM lookups: is a code in the code set, is it billable (a leaf), what it describes.

The code set is the CMS tabular that simple-icd-10-cm ships offline. Importing that package parses
its 10 MB XML (seconds, ~190 MB), too slow for every batch worker, so the first lookup on a machine
writes a compact index (code, billable, description) into the user data folder, named for the
package version, and later processes read only that (tens of milliseconds). Without a writable
data folder the package is used directly.
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

from nlp_checker.claimcheck.userdata import data_subdir, private_temp, user_data_dir
from nlp_checker.errors import RulesError

log = logging.getLogger(__name__)
_PACKAGE = "simple-icd-10-cm"


@dataclass(frozen=True, slots=True)
class IcdEntry:
    """One ICD-10-CM code as the code set knows it."""

    code: str
    billable: bool
    description: str


class CodeSet:
    """The ICD-10-CM code set, by code with its dot (``M54.16``)."""

    def __init__(self, entries: dict[str, IcdEntry], release: str) -> None:
        self._entries = entries
        self.release = release

    def get(self, code: str) -> IcdEntry | None:
        """Return the entry of ``code``, or None when it is not an ICD-10-CM code."""
        return self._entries.get(code)

    def children(self, code: str, limit: int = 6) -> list[str]:
        """Return up to ``limit`` billable codes under a header code, in order."""
        found = [c for c, e in self._entries.items() if e.billable and c.startswith(code)]
        return sorted(found)[:limit]

    def __len__(self) -> int:
        return len(self._entries)


@functools.cache
def package_version() -> str:
    """Return the installed simple-icd-10-cm version.

    Raises
    ------
    RulesError
        When the package is not installed.
    """
    try:
        return importlib.metadata.version(_PACKAGE)
    except importlib.metadata.PackageNotFoundError as exc:
        msg = f"{_PACKAGE} is not installed; reinstall nlp-checker (it is a dependency)"
        raise RulesError(msg) from exc


def _dotted(code: str) -> str:
    return code if len(code) <= 3 else f"{code[:3]}.{code[3:]}"


def _from_package() -> dict[str, IcdEntry]:
    # The package reads its data with importlib.resources.read_text, deprecated in Python 3.11.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm  # type: ignore[import-untyped]

    entries: dict[str, IcdEntry] = {}
    for raw in cm.get_all_codes(with_dots=False):
        if "-" in raw or cm.is_chapter_or_block(raw):
            continue
        code = _dotted(raw)
        entries[code] = IcdEntry(code, bool(cm.is_leaf(raw)), str(cm.get_description(raw)))
    return entries


def _write_index(path: Path, entries: dict[str, IcdEntry]) -> None:
    folder = data_subdir(path.parent.name, path.parent.parent)
    temporary = private_temp(folder, ".tmp")
    with temporary.open("w", encoding="utf-8") as out:
        for entry in entries.values():
            description = " ".join(entry.description.split())
            out.write(f"{entry.code}\t{int(entry.billable)}\t{description}\n")
    temporary.replace(path)


def _read_index(path: Path) -> dict[str, IcdEntry]:
    entries = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            code, billable, description = line.rstrip("\n").split("\t", 2)
            entries[code] = IcdEntry(code, billable == "1", description)
    return entries


_LOCK = threading.Lock()
_CODESETS: dict[str, CodeSet] = {}


def load_codeset(folder: Path | None = None) -> CodeSet:
    """Return the ICD-10-CM code set (cached in the process, indexed in the user data folder).

    Raises
    ------
    RulesError
        When simple-icd-10-cm is not installed.
    """
    version = package_version()
    index = (folder or user_data_dir()) / "icd10cm" / f"simple-icd-10-cm-{version}.tsv"
    key = str(index)
    with _LOCK:
        if key in _CODESETS:
            return _CODESETS[key]
        entries: dict[str, IcdEntry] | None = None
        if index.is_file():
            try:
                entries = _read_index(index)
            except (OSError, ValueError):
                log.warning("the ICD-10-CM index %s is unreadable; rebuilding it", index)
        if not entries:
            entries = _from_package()
            try:
                _write_index(index, entries)
            except OSError as exc:
                log.warning("cannot write the ICD-10-CM index (%s); using the package", exc)
        codeset = CodeSet(entries, release=f"{_PACKAGE} {version}")
        _CODESETS[key] = codeset
        return codeset
