"""Stream note documents out of folders, .zip and .tar(.gz) archives without extracting to disk.

Archive members are read into memory one at a time, with guards:

- names that are absolute, contain ``..`` or are links/devices are rejected (path traversal);
- a member larger than the size limit, a member that expands more than ``max_ratio`` times its
  compressed size, or an archive whose expanded total runs past ``max_total_bytes`` is rejected
  (decompression bombs), before its content is read.

Every rejected or unreadable member becomes an :class:`Item` carrying an error, so the run writes
one error row for it and carries on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import IO

from nlp_checker.batch.errors import (
    ArchiveError,
    CorruptMemberError,
    DecompressionBombError,
    UnsafeMemberError,
)
from nlp_checker.claims.model import Claim
from nlp_checker.errors import InputError, TooLargeError, UnsupportedFormatError
from nlp_checker.ingest.files import read_note_file

log = logging.getLogger(__name__)

# The same suffixes as nlp_checker.checker.NOTE_SUFFIXES, kept here so that the process reading
# the archive does not import spaCy (a test keeps the two in step).
NOTE_SUFFIXES = (
    ".txt", ".text", ".pdf", ".docx", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
)  # fmt: skip
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_DRIVE = re.compile(r"^[A-Za-z]:")
_MIB = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """Bounds on what one document or archive may expand to.

    Parameters
    ----------
    max_member_bytes : int
        Largest document read (default 20 MiB, as the checker's ``Limits.max_bytes``).
    max_ratio : float
        Largest expansion ratio accepted for a member (or a tar stream) over ``ratio_floor``.
        Notes compress 3-10 times; bombs compress hundreds to millions of times.
    ratio_floor : int
        Sizes under this are never called bombs, whatever their ratio (default 1 MiB).
    max_total_bytes : int
        Largest total expanded size of one archive (default 50 GiB).
    """

    max_member_bytes: int = 20 * _MIB
    max_ratio: float = 100.0
    ratio_floor: int = _MIB
    max_total_bytes: int = 50 * 1024 * _MIB


@dataclass(frozen=True)
class Item:
    """One document to check: its bytes, or the error that stopped it being read.

    ``claim`` is the document's own claim (from a claims manifest); None: the run's claim.
    """

    source: str
    data: bytes | None = None
    error_code: str | None = None
    error_message: str | None = None
    claim: Claim | None = None

    # cached_property writes to the instance __dict__ directly, so it works on a frozen
    # dataclass; the parent hashes once (for --resume) and the worker receives the digest.
    @cached_property
    def sha256(self) -> str | None:
        """Content hash (``None`` when the content could not be read)."""
        return hashlib.sha256(self.data).hexdigest() if self.data is not None else None

    @cached_property
    def doc_key(self) -> str:
        """Identity used by ``--resume``: the content hash, else a hash of the source name."""
        digest = self.sha256
        if digest is not None:
            return digest
        return "src:" + hashlib.sha256(self.source.encode("utf-8")).hexdigest()


def _error(source: str, error: InputError) -> Item:
    return Item(source=source, error_code=error.code, error_message=str(error))


def is_archive(path: Path) -> bool:
    """Return whether ``path`` names a zip or tar archive (by its suffix)."""
    name = path.name.lower()
    return name.endswith(ZIP_SUFFIXES) or name.endswith(TAR_SUFFIXES)


def is_archive_name(name: str) -> bool:
    """Return whether a file or member name has a zip or tar suffix."""
    return name.lower().endswith(ZIP_SUFFIXES + TAR_SUFFIXES)


def _nested(source: str) -> Item:
    msg = (
        "the member is an archive inside the archive; nested archives are not opened: "
        "unpack it and check it on its own"
    )
    return _error(source, UnsupportedFormatError(msg))


def is_note_name(name: str) -> bool:
    """Return whether a file or member name has a note suffix (text, PDF, Word, RTF, image)."""
    return name.lower().endswith(NOTE_SUFFIXES)


def check_member_name(name: str) -> None:
    """Reject member names that would escape an extraction folder.

    Raises
    ------
    UnsafeMemberError
        For empty names, NUL bytes, absolute paths, drive letters and ``..`` parts.
    """
    normal = name.replace("\\", "/")
    if not normal or "\x00" in normal:
        msg = "the archive member has an empty or invalid name; the member was not read"
        raise UnsafeMemberError(msg)
    if normal.startswith("/") or _DRIVE.match(normal):
        msg = "the archive member has an absolute path (path traversal); the member was not read"
        raise UnsafeMemberError(msg)
    if ".." in normal.split("/"):
        msg = "the archive member name contains '..' (path traversal); the member was not read"
        raise UnsafeMemberError(msg)


def _unsafe(name: str, *, link: bool) -> UnsafeMemberError | None:
    """Return why a member must not be read, or ``None`` when it is safe."""
    try:
        check_member_name(name)
    except UnsafeMemberError as exc:
        return exc
    if link:
        msg = "the archive member is a link or device, not a file; the member was not read"
        return UnsafeMemberError(msg)
    return None


def unsafe_zip_member(info: zipfile.ZipInfo) -> UnsafeMemberError | None:
    """Return why a zip member must not be read (a traversal name, a symlink), or ``None``."""
    return _unsafe(info.filename, link=_zip_symlink(info))


def read_file(path: Path, limits: ArchiveLimits) -> Item:
    """Read one note file into an :class:`Item` (an error item if too large or unreadable).

    A FIFO or a device is a ``not_a_file`` error item, refused without blocking on it.
    """
    source = str(path)
    try:
        return Item(source=source, data=read_note_file(path, limits.max_member_bytes))
    except InputError as exc:
        return _error(source, exc)


def _walk(folder: Path) -> Iterator[Path]:
    """Yield note files under ``folder`` in a stable order, one directory at a time."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if is_note_name(name):
                yield Path(root) / name


def _zip_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _iter_zip(path: Path, limits: ArchiveLimits) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        msg = f"cannot open the zip archive ({type(exc).__name__}); check that it is complete"
        yield _error(str(path), ArchiveError(msg))
        return
    total = 0
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            source = f"{path}!{info.filename}"
            problem = unsafe_zip_member(info)
            if problem is not None:
                yield _error(source, problem)
                continue
            if not is_note_name(info.filename):
                if is_archive_name(info.filename):
                    yield _nested(source)
                continue
            total += info.file_size
            if total > limits.max_total_bytes:
                msg = (
                    f"the archive expands past {limits.max_total_bytes:,} bytes; "
                    "the rest of the archive was not read"
                )
                yield _error(source, DecompressionBombError(msg))
                return
            item = _zip_member(archive, info, source, limits)
            yield item


def _zip_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str, limits: ArchiveLimits
) -> Item:
    if info.file_size > limits.max_member_bytes:
        msg = (
            f"the member expands to {info.file_size:,} bytes, over the limit of "
            f"{limits.max_member_bytes:,}"
        )
        return _error(source, TooLargeError(msg))
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > limits.ratio_floor and ratio > limits.max_ratio:
        msg = f"the member expands {ratio:,.0f} times (limit {limits.max_ratio:,.0f})"
        return _error(source, DecompressionBombError(msg))
    try:
        with archive.open(info) as handle:
            # Read one byte past the limit: a header that understates the size is caught here.
            data = handle.read(limits.max_member_bytes + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError,
            OSError) as exc:  # fmt: skip
        msg = f"cannot read the archive member ({type(exc).__name__}); it is damaged or encrypted"
        return _error(source, CorruptMemberError(msg))
    if len(data) > limits.max_member_bytes:
        msg = "the member expands past its declared size and the size limit"
        return _error(source, DecompressionBombError(msg))
    return Item(source=source, data=data)


class _CountingReader:
    """A read-only file wrapper that counts the compressed bytes a tar stream has consumed."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.consumed = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        self.consumed += len(chunk)
        return chunk


def _iter_tar(path: Path, limits: ArchiveLimits) -> Iterator[Item]:
    try:
        raw = path.open("rb")
    except OSError as exc:
        msg = f"cannot open the archive: {exc.strerror or type(exc).__name__}"
        yield _error(str(path), ArchiveError(msg))
        return
    counter = _CountingReader(raw)
    with raw:
        try:
            # Stream mode ("r|*") reads the (compressed) archive front to back, never seeking.
            with tarfile.open(fileobj=counter, mode="r|*") as archive:  # type: ignore[call-overload]
                yield from _tar_members(archive, path, counter, limits)
        except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
            msg = f"the tar archive is truncated or damaged ({type(exc).__name__})"
            yield _error(str(path), ArchiveError(msg))


def _tar_members(
    archive: tarfile.TarFile, path: Path, counter: _CountingReader, limits: ArchiveLimits
) -> Iterator[Item]:
    for member in archive:
        if member.isdir():
            continue
        source = f"{path}!{member.name}"
        problem = _unsafe(member.name, link=not member.isreg())
        if problem is not None:
            yield _error(source, problem)
            continue
        expanded = member.offset_data + member.size
        ratio = expanded / max(counter.consumed, 1)
        if expanded > limits.max_total_bytes or (
            expanded > limits.ratio_floor and ratio > limits.max_ratio
        ):
            # Skipping a member in a compressed stream means decompressing it; stop instead.
            msg = (
                f"the archive expands {ratio:,.0f} times ({expanded:,} bytes so far); "
                "the rest of the archive was not read"
            )
            yield _error(source, DecompressionBombError(msg))
            return
        if not is_note_name(member.name):
            if is_archive_name(member.name):
                yield _nested(source)
            continue
        if member.size > limits.max_member_bytes:
            msg = (
                f"the member is {member.size:,} bytes, over the limit of "
                f"{limits.max_member_bytes:,}"
            )
            yield _error(source, TooLargeError(msg))
            continue
        handle = archive.extractfile(member)
        if handle is None:
            msg = "the archive member has no content to read"
            yield _error(source, CorruptMemberError(msg))
            continue
        with handle:
            yield Item(source=source, data=handle.read(limits.max_member_bytes + 1))


def iter_items(inputs: Sequence[Path], limits: ArchiveLimits | None = None) -> Iterator[Item]:
    """Yield every document of the inputs (folders, archives, note files), in a stable order."""
    limits = limits or ArchiveLimits()
    for path in inputs:
        if path.is_dir():
            for file in _walk(path):
                yield read_file(file, limits)
        elif path.name.lower().endswith(ZIP_SUFFIXES):
            yield from _iter_zip(path, limits)
        elif path.name.lower().endswith(TAR_SUFFIXES):
            yield from _iter_tar(path, limits)
        else:
            yield read_file(path, limits)


def count_items(inputs: Sequence[Path]) -> int | None:
    """Return how many documents the inputs hold, or ``None`` when a tar stream makes it unknown.

    Used only for the progress bar's total and ETA; counting a compressed tar would mean
    decompressing it twice.
    """
    total = 0
    for path in inputs:
        if path.is_dir():
            total += sum(1 for _ in _walk(path))
        elif path.name.lower().endswith(ZIP_SUFFIXES):
            try:
                with zipfile.ZipFile(path) as archive:
                    total += sum(
                        1
                        for info in archive.infolist()
                        if not info.is_dir()
                        and (is_note_name(info.filename) or is_archive_name(info.filename))
                    )
            except (zipfile.BadZipFile, OSError):
                total += 1
        elif path.name.lower().endswith(TAR_SUFFIXES):
            return None
        else:
            total += 1
    return total
