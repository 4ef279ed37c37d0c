"""Decode plain-text notes: UTF-8, UTF-16 with BOM, Windows-1252 or Latin-1."""

from __future__ import annotations

import codecs

from nlp_checker.errors import BinaryContentError, EmptyInputError

# Control characters other than tab/newline/carriage return/form feed mark binary content.
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes) -> str:
    r"""Decode note bytes and normalise line endings to ``\\n``.

    Raises
    ------
    EmptyInputError
        When nothing but whitespace is left.
    BinaryContentError
        When the bytes are not text in a supported encoding.
    """
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        msg = "file holds NUL bytes: it is binary, not a text note (UTF-16 text needs a BOM)"
        raise BinaryContentError(msg)
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Windows-1252 first: it is what Windows editors write, and it matches Latin-1
            # for every letter; bytes it leaves undefined fall back to Latin-1.
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        msg = "the note is empty"
        raise EmptyInputError(msg)
    # C1 controls (U+0080-U+009F) only come out of Latin-1 decoding of binary data.
    controls = sum(
        1 for ch in text if (ch < " " and ch not in _ALLOWED_CONTROLS) or "\x80" <= ch <= "\x9f"
    )
    if controls > max(2, len(text) * _MAX_CONTROL_SHARE):
        msg = "file holds control characters: it is binary, not a text note"
        raise BinaryContentError(msg)
    return text
