"""Turn bytes or a path into a :class:`SourceDocument`, sniffing the content, not the extension."""

from __future__ import annotations

import hashlib
from pathlib import Path

from nlp_checker.errors import EmptyInputError, InputError, TooLargeError, UnsupportedFormatError
from nlp_checker.ingest.document import Page, SourceDocument
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.pdf import extract_pdf_text
from nlp_checker.ingest.text import decode_text

# Magic numbers of formats that are surely not notes, to name them in the error.
_FOREIGN_MAGIC = {
    b"\xff\xd8\xff": "a JPEG image",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a ZIP archive (or .docx)",
    b"\x1f\x8b": "a gzip archive",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x7fELF": "an executable",
}


def sniff(data: bytes) -> str:
    """Return ``application/pdf`` or ``text/plain`` for note content.

    Raises
    ------
    UnsupportedFormatError
        For images, archives and other binary formats.
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "application/pdf"
    for magic, name in _FOREIGN_MAGIC.items():
        if data.startswith(magic):
            msg = f"the file is {name}, not a procedure note (text or PDF)"
            raise UnsupportedFormatError(msg)
    return "text/plain"


def load_bytes(data: bytes, source: str, limits: Limits | None = None) -> SourceDocument:
    """Read note bytes into a :class:`SourceDocument`.

    Raises
    ------
    InputError
        Subclasses name what is wrong: empty, too large, binary, corrupt, encrypted, scanned.
    """
    limits = limits or Limits()
    if not data:
        msg = "the file is empty (0 bytes)"
        raise EmptyInputError(msg)
    if len(data) > limits.max_bytes:
        msg = f"the file is {len(data):,} bytes, over the limit of {limits.max_bytes:,}"
        raise TooLargeError(msg)
    media_type = sniff(data)
    if media_type == "application/pdf":
        text, pages = extract_pdf_text(data, limits.max_pages)
    else:
        text = decode_text(data)
        pages = (Page(number=1, start=0, end=len(text)),)
    if len(text) > limits.max_chars:
        msg = f"the note has {len(text):,} characters, over the limit of {limits.max_chars:,}"
        raise TooLargeError(msg)
    return SourceDocument(
        source=source,
        text=text,
        media_type=media_type,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
    )


def load_path(path: Path, limits: Limits | None = None) -> SourceDocument:
    """Read a note file; size is checked before the file is read."""
    limits = limits or Limits()
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            msg = f"the file is {size:,} bytes, over the limit of {limits.max_bytes:,}"
            raise TooLargeError(msg)
        data = path.read_bytes()
    except OSError as exc:
        msg = f"cannot read the file: {exc.strerror or exc}"
        raise InputError(msg) from exc
    return load_bytes(data, str(path), limits)


def load_text(text: str, source: str = "<text>") -> SourceDocument:
    """Wrap text handed over directly by a caller."""
    data = text.encode("utf-8")
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    if not normalised.strip():
        msg = "the note is empty"
        raise EmptyInputError(msg)
    return SourceDocument(
        source=source,
        text=normalised,
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        pages=(Page(number=1, start=0, end=len(normalised)),),
    )
