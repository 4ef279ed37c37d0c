"""What a caller hands :meth:`Checker.check <nlp_checker.checker.Checker.check>` besides text.

A :class:`NoteInput` names a document given as bytes, as text with a name, as a path, or one that
could not be read before it reached the checker (an archive member over the size limit, a stored
upload that vanished): the checker turns that last kind into the document's error row, so error
rows too come from the one check path. Importing this module loads nothing heavy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class NoteInput:
    """One document for the checker; exactly one of ``data``, ``text``, ``path``, ``error_code``."""

    name: str
    data: bytes | None = None
    text: str | None = None
    path: Path | None = None
    error_code: str | None = None
    error_message: str | None = None
    sha256: str | None = None

    def __post_init__(self) -> None:
        given = [x is not None for x in (self.data, self.text, self.path, self.error_code)]
        if sum(given) != 1:
            msg = "a NoteInput holds exactly one of data, text, path or error_code"
            raise ValueError(msg)

    @classmethod
    def of_bytes(cls, data: bytes, name: str) -> NoteInput:
        """Return a document given as file bytes (the format is sniffed from the content)."""
        return cls(name=name, data=data)

    @classmethod
    def of_text(cls, text: str, name: str = "<text>") -> NoteInput:
        """Return a document given as text."""
        return cls(name=name, text=text)

    @classmethod
    def of_path(cls, path: str | Path) -> NoteInput:
        """Return a document to read from a file."""
        return cls(name=str(path), path=Path(path))

    @classmethod
    def unreadable(cls, name: str, code: str, message: str, sha256: str | None = None) -> NoteInput:
        """Return a document that could not be read, with the error's code and message."""
        return cls(name=name, error_code=code, error_message=message, sha256=sha256)
