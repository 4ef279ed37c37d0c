"""Archive and folder sources: stable order, traversal and bomb guards, damaged members."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest

from nlp_checker.batch.errors import UnsafeMemberError
from nlp_checker.batch.sources import (
    NOTE_SUFFIXES,
    ArchiveLimits,
    check_member_name,
    count_items,
    iter_items,
)

from .conftest import NOTES


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_sources_suffixes_match_checker():
    from nlp_checker.checker import NOTE_SUFFIXES as CHECKER_SUFFIXES

    assert set(NOTE_SUFFIXES) == set(CHECKER_SUFFIXES)


@pytest.mark.parametrize(
    "name", ["../evil.txt", "a/../../evil.txt", "/etc/passwd.txt", "C:/x.txt", "..\\evil.txt", ""]
)
def test_sources_member_name_rejects_traversal(name):
    with pytest.raises(UnsafeMemberError):
        check_member_name(name)


@pytest.mark.parametrize("name", ["notes/a.txt", "a..b.txt", "deep/er/note.pdf"])
def test_sources_member_name_accepts_plain(name):
    check_member_name(name)


def test_sources_folder_and_zip_same_documents(notes_zip):
    # Arrange / Act
    folder = list(iter_items([NOTES]))
    archived = list(iter_items([notes_zip]))
    # Assert
    assert [i.sha256 for i in folder] == [i.sha256 for i in archived]
    assert all(i.data for i in archived)
    assert count_items([NOTES]) == count_items([notes_zip]) == len(folder)


def test_sources_tar_streams_same_documents(notes_tgz):
    folder = sorted(i.sha256 for i in iter_items([NOTES]))
    assert sorted(i.sha256 for i in iter_items([notes_tgz])) == folder
    assert count_items([notes_tgz]) is None


def test_sources_zip_traversal_member_is_error_item(tmp_path):
    path = _zip(tmp_path / "t.zip", {"../escape.txt": b"x", "ok.txt": b"note text"})
    items = list(iter_items([path]))
    assert [i.error_code for i in items] == ["unsafe_member", None]
    assert items[0].data is None


def test_sources_zip_bomb_member_rejected_before_reading(tmp_path):
    # Arrange: 8 MiB of zeros compress about a thousand times.
    path = _zip(tmp_path / "bomb.zip", {"bomb.txt": b"0" * (8 * 1024 * 1024), "ok.txt": b"a note"})
    # Act
    items = list(iter_items([path]))
    # Assert
    assert items[0].error_code == "decompression_bomb"
    assert items[1].data == b"a note"


def test_sources_zip_oversize_member_rejected(tmp_path):
    path = _zip(tmp_path / "big.zip", {"big.txt": b"x" * 5000})
    items = list(iter_items([path], ArchiveLimits(max_member_bytes=1000)))
    assert items[0].error_code == "too_large"


def test_sources_zip_corrupt_member_is_error_item(tmp_path):
    # Arrange: flip bytes inside the first member's compressed data so its CRC fails.
    path = _zip(tmp_path / "bad.zip", {"bad.txt": b"procedure note " * 200, "ok.txt": b"fine"})
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("bad.txt")
    start = info.header_offset + 30 + len(info.filename) + 5
    raw[start : start + 8] = b"\x00" * 8
    path.write_bytes(bytes(raw))
    # Act
    items = list(iter_items([path]))
    # Assert
    assert items[0].error_code == "corrupt_member"
    assert items[1].data == b"fine"


def test_sources_not_a_zip_is_one_error_item(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    items = list(iter_items([path]))
    assert [i.error_code for i in items] == ["archive_error"]


def _tar(path: Path, members: list[tarfile.TarInfo], data: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for info in members:
            payload = data.get(info.name)
            archive.addfile(info, io.BytesIO(payload) if payload is not None else None)
    return path


def test_sources_tar_links_and_traversal_rejected(tmp_path):
    link = tarfile.TarInfo("link.txt")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    evil = tarfile.TarInfo("../../evil.txt")
    evil.size = 3
    good = tarfile.TarInfo("good.txt")
    good.size = 4
    path = _tar(
        tmp_path / "t.tar.gz", [link, evil, good], {"../../evil.txt": b"bad", "good.txt": b"note"}
    )
    items = list(iter_items([path]))
    assert [i.error_code for i in items] == ["unsafe_member", "unsafe_member", None]
    assert items[2].data == b"note"


def test_sources_tar_bomb_stops_archive(tmp_path):
    big = tarfile.TarInfo("zeros.txt")
    big.size = 16 * 1024 * 1024
    after = tarfile.TarInfo("after.txt")
    after.size = 4
    path = _tar(
        tmp_path / "bomb.tar.gz",
        [big, after],
        {"zeros.txt": b"\0" * big.size, "after.txt": b"note"},
    )
    items = list(iter_items([path], ArchiveLimits(max_ratio=50)))
    assert [i.error_code for i in items] == ["decompression_bomb"]


def test_sources_truncated_tar_is_error_item(notes_tgz, tmp_path):
    path = tmp_path / "cut.tar.gz"
    path.write_bytes(notes_tgz.read_bytes()[: notes_tgz.stat().st_size // 2])
    items = list(iter_items([path]))
    assert items[-1].error_code == "archive_error"
    assert all(i.data for i in items[:-1])
