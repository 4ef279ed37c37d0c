"""NCCI procedure-to-procedure (PTP) pairs and medically unlikely edits (MUE) for the claim check.

The CMS files cannot be shipped (the PTP files sit behind a CMS/AMA licence), so the checker
starts from the curated pairs in data/claims/ncci.json. ``nlp-checker ncci import`` reads the
files a user downloads from CMS into SQLite tables in the user data folder
(``ncci/ptp.sqlite3``, ``ncci/mue.sqlite3``, 0600); from then on each imported kind replaces the
curated one.

CMS layouts read (docs/claims.md):

- PTP, practitioner: zips of a tab-delimited Latin-1 text file that opens with an AMA notice, a
  title and a header wrapped over several lines. Each row: column 1, column 2, a ``*`` when the
  edit existed before 1996, effective date ``YYYYMMDD``, deletion date (``YYYYMMDD`` or ``*``),
  modifier indicator (0, 1, 9), rationale. A key may repeat (a deleted row and the row in force):
  every row is kept and the one in force on the date of service is used.
- MUE, practitioner: a zip with a CSV (and an XLSX, ignored) that opens with an AMA notice record
  and a header with an embedded newline; each row: code, MUE value, MAI number and label in one
  field (``2 Date of Service Edit: Policy``), rationale.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import IO, Literal

from nlp_checker.claimcheck.tables import Ncci
from nlp_checker.claimcheck.userdata import data_subdir, private_temp, user_data_dir
from nlp_checker.errors import UsageError

Kind = Literal["ptp", "mue"]
_CODE = re.compile(r"^[A-Z0-9]{5}$")
_DATE = re.compile(r"^\d{8}$")
_VERSION = re.compile(r"v\d{3}r\d", re.IGNORECASE)
_MAX_MEMBER_BYTES = 2 * 1024**3
_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class PtpEdit:
    """A PTP pair: ``column2`` is not paid with ``column1`` on one date unless a modifier may."""

    column1: str
    column2: str
    modifier_indicator: int | None
    effective: date | None
    deleted: date | None
    source: str


@dataclass(frozen=True, slots=True)
class MueLimit:
    """At most ``units`` of ``code`` per line or date of service (MAI 1: per line)."""

    code: str
    units: int
    mai: int | None
    source: str


@dataclass(frozen=True)
class TableInfo:
    """Which table a kind of edit comes from (echoed in every result's claim_check)."""

    source: Literal["curated", "imported"]
    version: str
    files: tuple[str, ...] = ()
    imported_at: str | None = None
    rows: int = 0


def _in_force(edit: PtpEdit, dos: date | None) -> bool:
    if dos is None:
        return edit.deleted is None
    started = edit.effective is None or edit.effective <= dos
    return started and (edit.deleted is None or dos < edit.deleted)


class NcciTables:
    """PTP and MUE lookups, imported where a table was imported, curated otherwise."""

    def __init__(self, curated: Ncci, folder: Path | None = None) -> None:
        self._curated_ptp: dict[tuple[str, str], PtpEdit] = {}
        for pair in curated.ptp:
            for one in pair.column1:
                for two in pair.column2:
                    self._curated_ptp[(one, two)] = PtpEdit(
                        one, two, pair.modifier_indicator, None, None, pair.source
                    )
        self._curated_mue = {
            m.code: MueLimit(m.code, m.units, m.mai, m.source) for m in curated.mue
        }
        curated_info = TableInfo(source="curated", version=curated.version)
        self.folder = folder if folder is not None else user_data_dir() / "ncci"
        self._db: dict[Kind, sqlite3.Connection | None] = {"ptp": None, "mue": None}
        self.info: dict[Kind, TableInfo] = {"ptp": curated_info, "mue": curated_info}
        for kind in ("ptp", "mue"):
            path = self.folder / f"{kind}.sqlite3"
            if path.is_file():
                connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                self._db[kind] = connection
                self.info[kind] = _read_info(connection)

    def pair(self, column1: str, column2: str, dos: date | None) -> PtpEdit | None:
        """Return the PTP edit of the pair in force on ``dos`` (None: no edit)."""
        connection = self._db["ptp"]
        if connection is None:
            return self._curated_ptp.get((column1, column2))
        rows = connection.execute(
            "SELECT effective, deleted, indicator FROM ptp WHERE column1 = ? AND column2 = ?",
            (column1, column2),
        ).fetchall()
        source = f"CMS NCCI PTP {self.info['ptp'].version}"
        edits = [
            PtpEdit(column1, column2, indicator, _day(effective), _day(deleted), source)
            for effective, deleted, indicator in rows
        ]
        live = sorted(
            (e for e in edits if _in_force(e, dos)), key=lambda e: e.effective or date.min
        )
        return live[-1] if live else None

    def mue(self, code: str) -> MueLimit | None:
        """Return the MUE of ``code`` (None: no limit known)."""
        connection = self._db["mue"]
        if connection is None:
            return self._curated_mue.get(code)
        row = connection.execute("SELECT units, mai FROM mue WHERE code = ?", (code,)).fetchone()
        if row is None:
            return None
        return MueLimit(code, int(row[0]), row[1], f"CMS NCCI MUE {self.info['mue'].version}")

    def close(self) -> None:
        """Close the imported tables."""
        for connection in self._db.values():
            if connection is not None:
                connection.close()


def _day(value: int | None) -> date | None:
    if value is None:
        return None
    text = str(value)
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def _read_info(connection: sqlite3.Connection) -> TableInfo:
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    return TableInfo(
        source="imported",
        version=meta.get("version", "unknown"),
        files=tuple(meta.get("files", "").split("\n")) if meta.get("files") else (),
        imported_at=meta.get("imported_at"),
        rows=int(meta.get("rows", "0")),
    )


# --- reading the CMS files -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _PtpRow:
    column1: str
    column2: str
    effective: int
    deleted: int | None
    indicator: int


@dataclass(frozen=True, slots=True)
class _MueRow:
    code: str
    units: int
    mai: int | None


def _ptp_rows(lines: Iterable[str]) -> Iterator[_PtpRow]:
    """Yield the data rows of a PTP text file; notice, title and header lines are skipped."""
    for line in lines:
        fields = [f.strip() for f in line.rstrip("\r\n").split("\t")]
        if len(fields) < 6 or not (_CODE.match(fields[0]) and _CODE.match(fields[1])):
            continue
        effective, deleted, indicator = fields[3], fields[4], fields[5]
        if not _DATE.match(effective) or indicator not in {"0", "1", "9"}:
            continue
        yield _PtpRow(
            fields[0],
            fields[1],
            int(effective),
            int(deleted) if _DATE.match(deleted) else None,
            int(indicator),
        )


def _mue_rows(text: IO[str]) -> Iterator[_MueRow]:
    """Yield the data rows of an MUE CSV; the notice record and the header are skipped."""
    for fields in csv.reader(text):
        if len(fields) < 2:
            continue
        code, value = fields[0].strip().upper(), fields[1].strip()
        if not _CODE.match(code) or not value.isdigit():
            continue
        mai_text = fields[2].strip() if len(fields) > 2 else ""
        mai = int(mai_text[0]) if mai_text[:1] in {"1", "2", "3"} else None
        yield _MueRow(code, int(value), mai)


def _kind_of(name: str) -> Kind | None:
    lower = name.lower()
    if lower.endswith(".txt"):
        return "ptp"
    if lower.endswith(".csv"):
        return "mue"
    return None


def _open_text(handle: IO[bytes]) -> io.TextIOWrapper:
    # The CMS files are Latin-1 (descriptors never appear; notices may have non-ASCII).
    return io.TextIOWrapper(handle, encoding="latin-1", newline="")


def _members(path: Path) -> Iterator[tuple[str, Kind, io.TextIOWrapper]]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                kind = _kind_of(info.filename)
                if info.is_dir() or kind is None:
                    continue
                if info.file_size > _MAX_MEMBER_BYTES:
                    msg = f"{path.name}!{info.filename} is over 2 GB unpacked; not a CMS NCCI file"
                    raise UsageError(msg)
                with archive.open(info) as raw:
                    yield f"{path.name}!{info.filename}", kind, _open_text(raw)
        return
    kind = _kind_of(path.name)
    if kind is None:
        msg = f"{path}: not a zip, .txt (PTP) or .csv (MUE) file"
        raise UsageError(msg)
    with path.open("rb") as raw:
        yield path.name, kind, _open_text(raw)


@dataclass(frozen=True)
class ImportSummary:
    """What ``ncci import`` read, per kind."""

    ptp_rows: int
    mue_rows: int
    files: tuple[str, ...]
    folder: Path


class _Writer:
    """A new table of one kind, written into a 0600 temporary file, then moved into place."""

    def __init__(self, folder: Path, kind: Kind) -> None:
        self.folder, self.kind, self.rows = folder, kind, 0
        self.path = private_temp(folder, f".{kind}.tmp")
        self.connection = sqlite3.connect(self.path)
        if kind == "ptp":
            self.connection.execute(
                "CREATE TABLE ptp (column1 TEXT NOT NULL, column2 TEXT NOT NULL, "
                "effective INTEGER NOT NULL, deleted INTEGER, indicator INTEGER NOT NULL)"
            )
            self._insert = "INSERT INTO ptp VALUES (?, ?, ?, ?, ?)"
        else:
            self.connection.execute(
                "CREATE TABLE mue (code TEXT PRIMARY KEY, units INTEGER NOT NULL, mai INTEGER)"
            )
            self._insert = "INSERT OR REPLACE INTO mue VALUES (?, ?, ?)"
        self.connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")

    def add(self, rows: Iterable[tuple[object, ...]]) -> int:
        """Insert rows in batches (a PTP quarter is millions of rows); return how many."""
        added = 0
        batch: list[tuple[object, ...]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= _BATCH:
                self.connection.executemany(self._insert, batch)
                added += len(batch)
                batch = []
        self.connection.executemany(self._insert, batch)
        added += len(batch)
        self.rows += added
        return added

    def finish(self, files: list[str]) -> int:
        """Index, stamp and move the table into place when it has rows; return the row count."""
        try:
            if self.rows:
                if self.kind == "ptp":
                    self.connection.execute("CREATE INDEX ptp_pair ON ptp (column1, column2)")
                meta = {
                    "version": _version(files),
                    "files": "\n".join(files),
                    "imported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "rows": str(self.rows),
                }
                self.connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
                self.connection.commit()
        finally:
            self.connection.close()
        if self.rows:
            self.path.replace(self.folder / f"{self.kind}.sqlite3")
        else:
            self.path.unlink()
        return self.rows

    def discard(self) -> None:
        """Drop the temporary table (an import that failed leaves the old tables as they were)."""
        self.connection.close()
        self.path.unlink(missing_ok=True)


def _version(files: list[str]) -> str:
    found = sorted({m.group(0).lower() for f in files for m in [_VERSION.search(f)] if m})
    if found:
        return ", ".join(found)
    dated = re.search(r"\d{2}-\d{2}-\d{4}|\d{4}q\d", " ".join(files), re.IGNORECASE)
    return dated.group(0) if dated else "unknown"


def import_ncci(paths: Iterable[Path], root: Path | None = None) -> ImportSummary:
    """Read CMS PTP and MUE files (zips or their .txt/.csv) into the local tables.

    Each kind found replaces the table of that kind; a kind not among the files keeps its
    previous table (or the curated pairs).

    Raises
    ------
    UsageError
        When a file is missing or unreadable, or no PTP or MUE row is found in it.
    """
    folder = data_subdir("ncci", root)
    writers: dict[Kind, _Writer] = {"ptp": _Writer(folder, "ptp"), "mue": _Writer(folder, "mue")}
    files: dict[Kind, list[str]] = {"ptp": [], "mue": []}
    try:
        for path in paths:
            _import_file(path, writers, files)
    except BaseException:
        for writer in writers.values():
            writer.discard()
        raise
    ptp_rows = writers["ptp"].finish(files["ptp"])
    mue_rows = writers["mue"].finish(files["mue"])
    return ImportSummary(
        ptp_rows=ptp_rows,
        mue_rows=mue_rows,
        files=tuple(files["ptp"] + files["mue"]),
        folder=folder,
    )


def _import_file(path: Path, writers: dict[Kind, _Writer], files: dict[Kind, list[str]]) -> None:
    if not path.is_file():
        msg = f"{path}: no such file"
        raise UsageError(msg)
    found = 0
    try:
        for name, kind, text in _members(path):
            rows: Iterable[tuple[object, ...]] = (
                (
                    (r.column1, r.column2, r.effective, r.deleted, r.indicator)
                    for r in _ptp_rows(text)
                )
                if kind == "ptp"
                else ((r.code, r.units, r.mai) for r in _mue_rows(text))
            )  # fmt: skip
            added = writers[kind].add(rows)
            if added:
                files[kind].append(name)
                found += added
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError, csv.Error) as exc:
        msg = f"{path}: cannot read it ({type(exc).__name__}); download the file again"
        raise UsageError(msg) from exc
    if not found:
        msg = (
            f"{path}: no PTP or MUE rows found; expected the CMS practitioner PTP zip "
            "(tab-delimited .txt) or MUE zip (.csv)"
        )
        raise UsageError(msg)


def remove_imported(root: Path | None = None) -> list[Path]:
    """Delete the imported tables (the curated pairs apply again); return what was removed."""
    folder = (root or user_data_dir()) / "ncci"
    removed = []
    for kind in ("ptp", "mue"):
        path = folder / f"{kind}.sqlite3"
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed
