"""Bounds that keep one bad file from taking the run down."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Size, page and time limits applied while reading input.

    Parameters
    ----------
    max_bytes : int
        Largest file accepted (default 20 MiB).
    max_pages : int
        Most PDF (or TIFF) pages read (default 200).
    max_chars : int
        Longest extracted text passed to the pipeline (default 2,000,000 characters).
    max_seconds : float
        Time allowed to read one document, OCR included (default 120 s).
    isolate : bool
        Read PDFs and images in a separate reader process that is killed when the time
        limit passes, so even a file that hangs the PDF library is stopped (default True).
        Plain text is always read in process.
    max_memory_mb : int
        Address-space limit of the reader process (default 2048 MiB; 0 for none).
    ocr : bool
        Read image-only pages and image files with Tesseract (default True).
    ocr_dpi : int
        Resolution scanned PDF pages are rendered at for OCR (default 300).
    max_ocr_pages : int
        Most image-only pages OCR reads in one document (default 30).
    max_image_pixels : int
        Largest bitmap rendered or decoded for OCR (default 60 million pixels); bigger pages
        are rendered at a lower resolution, bigger image files are refused.
    max_expanded_bytes : int
        Most bytes the XML parts of a .docx may expand to (default 100 MiB), checked from
        the archive's directory before anything is decompressed.
    """

    max_bytes: int = 20 * 1024 * 1024
    max_pages: int = 200
    max_chars: int = 2_000_000
    max_seconds: float = 120.0
    isolate: bool = True
    max_memory_mb: int = 2048
    ocr: bool = True
    ocr_dpi: int = 300
    max_ocr_pages: int = 30
    max_image_pixels: int = 60_000_000
    max_expanded_bytes: int = 100 * 1024 * 1024
