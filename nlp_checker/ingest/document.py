"""The ingested note: normalised text plus where each page's characters are."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Page:
    """One page's character range in :attr:`SourceDocument.text` (end exclusive)."""

    number: int
    start: int
    end: int


@dataclass(frozen=True)
class SourceDocument:
    """A note ready for the pipeline.

    Parameters
    ----------
    source : str
        Path or name the caller gave.
    text : str
        The note text, newlines normalised to ``\\n``.
    media_type : str
        ``text/plain`` or ``application/pdf``.
    sha256 : str
        Hash of the original bytes (audit block, resume keys).
    pages : tuple of Page
        Page character ranges; a text file is one page.
    """

    source: str
    text: str
    media_type: str
    sha256: str
    pages: tuple[Page, ...] = field(default=())

    def page_of(self, offset: int) -> int:
        """Return the 1-based page number holding character ``offset``."""
        if not self.pages:
            return 1
        starts = [p.start for p in self.pages]
        index = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.pages[index].number
