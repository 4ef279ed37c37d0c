"""Word-processor notes: .docx through python-docx, .rtf through striprtf."""

from __future__ import annotations

import io
import zipfile

from nlp_checker.errors import TooLargeError, UnsupportedFormatError
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.text import decode_text

_CHECKED = {"\u2612": "[x]", "\u2611": "[x]", "\u2610": "[ ]"}


def is_docx(data: bytes) -> bool:
    """Return True when ZIP bytes hold a Word document (``word/document.xml``)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _boxes(text: str) -> str:
    """Write ballot-box characters as the ``[x]`` / ``[ ]`` the rules read."""
    return "".join(_CHECKED.get(ch, ch) for ch in text)


def _check_expanded(data: bytes, max_expanded_bytes: int) -> None:
    """Refuse a .docx whose XML parts expand past ``max_expanded_bytes`` (a ZIP bomb).

    The sizes come from the archive's directory, so nothing is decompressed to find out.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        expanded = sum(
            info.file_size
            for info in archive.infolist()
            if info.filename.endswith((".xml", ".rels"))
        )
    if expanded > max_expanded_bytes:
        mib = 1024 * 1024
        msg = (
            f"the Word document expands to {expanded / mib:,.0f} MiB of XML, over the limit of "
            f"{max_expanded_bytes / mib:,.0f} MiB; export the note as PDF or text"
        )
        raise TooLargeError(msg)


def read_docx(data: bytes, max_expanded_bytes: int = Limits.max_expanded_bytes) -> str:
    """Return the text of a .docx note: headers once, then paragraphs and tables in body order.

    A two-cell table row reads ``Field: value``; wider rows join their cells with `` | ``.

    Raises
    ------
    TooLargeError
        When the XML parts expand past ``max_expanded_bytes`` (see ``Limits``).
    UnsupportedFormatError
        When python-docx is missing or the file is not a readable Word document.
    """
    try:
        _check_expanded(data, max_expanded_bytes)
    except zipfile.BadZipFile as exc:
        msg = "the Word document cannot be read; re-save it as .docx or export it as PDF"
        raise UnsupportedFormatError(msg) from exc
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:
        msg = "reading .docx needs python-docx: pip install 'nlp-checker[formats]'"
        raise UnsupportedFormatError(msg) from exc
    from lxml.etree import XMLSyntaxError  # type: ignore[import-untyped]

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile, XMLSyntaxError) as exc:
        msg = "the Word document cannot be read; re-save it as .docx or export it as PDF"
        raise UnsupportedFormatError(msg) from exc
    lines: list[str] = []
    seen_headers: set[str] = set()
    for section in document.sections:
        for paragraph in section.header.paragraphs:
            text = paragraph.text.strip()
            if text and text not in seen_headers:
                seen_headers.add(text)
                lines.append(text)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if not cells or cells[-1] != value:
                        cells.append(value)
                if len(cells) == 2 and cells[0]:
                    lines.append(f"{cells[0].rstrip(':')}: {cells[1] or '___'}")
                elif any(cells):
                    lines.append(" | ".join(c for c in cells if c))
    for section in document.sections:
        for paragraph in section.footer.paragraphs:
            text = paragraph.text.strip()
            if text and text not in seen_headers:
                seen_headers.add(text)
                lines.append(text)
    return _boxes("\n".join(lines))


def read_rtf(data: bytes) -> str:
    """Return the text of an .rtf note.

    Raises
    ------
    UnsupportedFormatError
        When striprtf is missing.
    """
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError as exc:
        msg = "reading .rtf needs striprtf: pip install 'nlp-checker[formats]'"
        raise UnsupportedFormatError(msg) from exc
    raw = decode_text(data)
    text: str = rtf_to_text(raw, errors="ignore")  # type: ignore[no-untyped-call]
    return _boxes(text)
