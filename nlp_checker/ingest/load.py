"""Turn bytes or a path into a :class:`SourceDocument`, sniffing the content, not the extension.

Plain text is decoded in process. PDFs, images and word-processor files are read by
:func:`extract_content`, in a reader process that the time limit can stop (see
:mod:`nlp_checker.ingest.sandbox`) unless ``Limits.isolate`` is off.
"""

from __future__ import annotations

import hashlib
from array import array
from pathlib import Path

from nlp_checker.errors import EmptyInputError, TooLargeError, UnsupportedFormatError
from nlp_checker.ingest.deadline import Deadline
from nlp_checker.ingest.document import Page, SourceDocument
from nlp_checker.ingest.files import read_note_file
from nlp_checker.ingest.layout import paged_text
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.lines import PageLines, assemble
from nlp_checker.ingest.text import decode_text

PDF = "application/pdf"
TEXT = "text/plain"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
RTF = "application/rtf"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/tiff")

_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
}
# Magic numbers of formats that are surely not notes, to name them in the error.
_FOREIGN_MAGIC = {
    b"\x1f\x8b": "a gzip archive",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"MZ": "a Windows executable",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (save it as .docx or PDF)",
}

Extracted = tuple[str, tuple[Page, ...], "array[float]"]


def sniff(data: bytes) -> str:
    """Return the media type of note content, from its bytes.

    Raises
    ------
    UnsupportedFormatError
        For archives, executables and other formats that are not notes.
    """
    if b"%PDF-" in data[:1024]:
        return PDF
    for magic, media_type in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return media_type
    if data.startswith(b"PK\x03\x04"):
        from nlp_checker.ingest.office import is_docx

        if is_docx(data):
            return DOCX
        msg = "the file is a ZIP archive, not a procedure note (text, PDF, image or .docx)"
        raise UnsupportedFormatError(msg)
    if data.lstrip()[:5] == b"{\\rtf":
        return RTF
    for magic, name in _FOREIGN_MAGIC.items():
        if data.startswith(magic):
            msg = f"the file is {name}, not a procedure note (text, PDF, image or .docx)"
            raise UnsupportedFormatError(msg)
    return TEXT


def _text_pages(text: str) -> Extracted:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        msg = "the note is empty"
        raise EmptyInputError(msg)
    return text, (Page(number=1, start=0, end=len(text)),), array("d")


def extract_content(data: bytes, media_type: str, limits: Limits) -> Extracted:
    """Read PDF, image or word-processor bytes into text, page ranges and word boxes.

    Runs under a :class:`Deadline` of ``limits.max_seconds``; this is what the reader process
    runs.
    """
    deadline = Deadline(limits.max_seconds)
    pages: list[PageLines]
    if media_type == PDF:
        from nlp_checker.ingest.pdf import read_pdf

        pages = read_pdf(data, limits, deadline)
    elif media_type in IMAGE_TYPES:
        from nlp_checker.ingest.ocr import read_image_file

        pages = read_image_file(data, limits, deadline)
    elif media_type == DOCX:
        from nlp_checker.ingest.office import read_docx

        return _text_pages(read_docx(data, limits.max_expanded_bytes))
    elif media_type == RTF:
        from nlp_checker.ingest.office import read_rtf

        return _text_pages(read_rtf(data))
    else:
        msg = f"no reader for {media_type}"
        raise UnsupportedFormatError(msg)
    from nlp_checker.ingest.layout import arrange

    deadline.check("arranging the pages")
    arrange(pages)
    text, ranges, words = assemble(pages)
    if not text.strip():
        msg = "no note text was found in the file"
        raise EmptyInputError(msg)
    return text, ranges, words


def load_bytes(data: bytes, source: str, limits: Limits | None = None) -> SourceDocument:
    """Read note bytes into a :class:`SourceDocument`.

    Raises
    ------
    InputError
        Subclasses name what is wrong: empty, too large, binary, corrupt, encrypted, scanned
        without OCR, over the time limit.
    """
    limits = limits or Limits()
    if not data:
        msg = "the file is empty (0 bytes)"
        raise EmptyInputError(msg)
    if len(data) > limits.max_bytes:
        msg = f"the file is {len(data):,} bytes, over the limit of {limits.max_bytes:,}"
        raise TooLargeError(msg)
    media_type = sniff(data)
    if media_type == TEXT:
        text, pages = paged_text(decode_text(data))
        words = array("d")
    elif limits.isolate:
        from nlp_checker.ingest.sandbox import run_isolated

        text, pages, words = run_isolated(data, media_type, limits)
    else:
        text, pages, words = extract_content(data, media_type, limits)
    if len(text) > limits.max_chars:
        msg = f"the note has {len(text):,} characters, over the limit of {limits.max_chars:,}"
        raise TooLargeError(msg)
    return SourceDocument(
        source=source,
        text=text,
        media_type=media_type,
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
        words=words,
    )


def load_path(path: Path, limits: Limits | None = None) -> SourceDocument:
    """Read a note file: a regular file only, at most ``limits.max_bytes`` of it.

    A FIFO, device or socket is refused (``not_a_file``) without blocking or reading it.
    """
    limits = limits or Limits()
    return load_bytes(read_note_file(path, limits.max_bytes), str(path), limits)


def load_text(text: str, source: str = "<text>", limits: Limits | None = None) -> SourceDocument:
    """Wrap text handed over directly by a caller (over ``limits.max_chars`` is refused)."""
    limits = limits or Limits()
    if len(text) > limits.max_chars:
        msg = f"the note has {len(text):,} characters, over the limit of {limits.max_chars:,}"
        raise TooLargeError(msg)
    data = text.encode("utf-8")
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    if not normalised.strip():
        msg = "the note is empty"
        raise EmptyInputError(msg)
    normalised, pages = paged_text(normalised)
    return SourceDocument(
        source=source,
        text=normalised,
        media_type="text/plain",
        sha256=hashlib.sha256(data).hexdigest(),
        pages=pages,
    )


__all__ = ["extract_content", "load_bytes", "load_path", "load_text", "sniff"]
