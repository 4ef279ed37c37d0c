"""Input errors that only the ingest layer raises (OCR, time limit, reader crash).

They derive from :class:`nlp_checker.errors.InputError`, so the Checker turns them into error
results like every other unreadable input; each carries a stable ``code``.
"""

from __future__ import annotations

from nlp_checker.errors import InputError

TESSERACT_INSTALL_HINT = (
    "install Tesseract OCR: `apt-get install tesseract-ocr` (Debian/Ubuntu), "
    "`brew install tesseract` (macOS), then `pip install 'nlp-checker[ocr]'`"
)


class OcrUnavailableError(InputError):
    """The document is a scan (or an image) and Tesseract OCR is not installed."""

    code = "ocr_unavailable"


class TimeLimitError(InputError):
    """Reading the document took longer than the per-document time limit."""

    code = "time_limit"


class ExtractionFailedError(InputError):
    """The reader process crashed or ran out of memory on this document."""

    code = "extraction_failed"


class NotAFileError(InputError):
    """The path is a FIFO, device, socket or directory, not a regular note file."""

    code = "not_a_file"
