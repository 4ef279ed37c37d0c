"""Bounds that keep one bad file from taking the run down."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Size limits applied while reading input.

    Parameters
    ----------
    max_bytes : int
        Largest file accepted (default 20 MiB).
    max_pages : int
        Most PDF pages read (default 200).
    max_chars : int
        Longest extracted text passed to the pipeline (default 2,000,000 characters).
    """

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 200
    max_chars: int = 2_000_000
