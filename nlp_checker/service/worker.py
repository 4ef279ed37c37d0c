"""The checker process: one per service worker, fed one request at a time over a pipe.

Running the checker in its own process gives the service two things a thread cannot: a time
limit that really stops a runaway check (the process is killed and replaced), and a place where
the non-thread-safe pipeline and pypdfium2 only ever see one caller.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any


@dataclass(frozen=True)
class CheckRequest:
    """One document to check; exactly one of ``data``, ``text`` and ``error`` is set.

    ``claim`` is the claim as plain JSON data (None: the default claim). ``error`` is
    ``(type, message)`` for a document the service could not check (it could not be read back,
    or the checker process timed out or died on it): the checker process builds its error row,
    so that every row comes from :meth:`Checker.check`.
    """

    source: str
    claim: dict[str, Any] | None = None
    data: bytes | None = None
    text: str | None = None
    error: tuple[str, str] | None = None
    sha256: str | None = None
    include_document: bool = False
    render_pages: int = 0


@dataclass(frozen=True)
class WorkerLimits:
    """Input limits the checker process applies."""

    max_bytes: int
    max_chars: int
    max_pages: int
    max_seconds: float = 120.0


# Replies are plain tuples so that nothing but builtins crosses the pipe:
#   ("ok", result_dict, document_dict | None) | ("usage", message) | ("crash", exception type)
Reply = tuple[Any, ...]


def _input(request: CheckRequest) -> Any:
    from nlp_checker.inputs import NoteInput

    if request.error is not None:
        code, message = request.error
        return NoteInput.unreadable(request.source, code, message, request.sha256)
    if request.data is not None:
        return NoteInput.of_bytes(request.data, request.source)
    return NoteInput.of_text(request.text or "", request.source)


def handle(checker: Any, request: CheckRequest) -> Reply:
    """Check one request with ``checker``; a claim it cannot check is a usage reply."""
    from nlp_checker.claims.model import parse_claim
    from nlp_checker.errors import UsageError
    from nlp_checker.outputs.serialize import to_dict

    try:
        claim = None if request.claim is None else parse_claim(request.claim)
        result, document = checker.check_annotated(_input(request), claim)
    except UsageError as exc:
        return ("usage", str(exc))
    doc_info = None
    if request.include_document and document is not None:
        images: list[str] = []
        if request.render_pages and request.data and document.media_type == "application/pdf":
            images = render_pdf(request.data, request.render_pages)
        doc_info = {
            "text": document.text,
            "media_type": document.media_type,
            "pages": [
                {
                    "number": p.number, "start": p.start, "end": p.end, "ocr": p.ocr,
                    "width": p.width, "height": p.height,
                    "image": images[p.number - 1] if p.number <= len(images) else None,
                }
                for p in document.pages
            ],
        }  # fmt: skip
    return ("ok", to_dict(result), doc_info)


_MAX_RENDER_PIXELS = 8_000_000


def render_pdf(data: bytes, max_pages: int, scale: float = 1.5) -> list[str]:
    """Render the first ``max_pages`` pages as PNG data URLs, for the page overlay.

    Runs in the checker process, so a PDF that hangs the renderer is stopped by the time limit.
    """
    import base64
    import io

    import pypdfium2 as pdfium

    try:
        import PIL  # noqa: F401 - pypdfium2's to_pil() needs Pillow
    except ImportError:
        return []

    images = []
    pdf = pdfium.PdfDocument(data)
    try:
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            width, height = page.get_size()
            # A huge page is drawn smaller rather than allocating a giant bitmap.
            fit = (_MAX_RENDER_PIXELS / max(width * height, 1.0)) ** 0.5
            buffer = io.BytesIO()
            bitmap = page.render(scale=min(scale, fit), grayscale=True)
            bitmap.to_pil().save(buffer, format="PNG")
            page.close()
            images.append("data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode())
    finally:
        pdf.close()
    return images


# A fictional note that reaches every matcher, checked once before the process says ready.
_WARM_UP_NOTE = (
    "Patient: Test Warmup  DOB: 01/01/1970  MRN: 00-FAKE-0000\nDate of service: 01/02/2026\n"
    "Pre-procedure pain 7/10. L4-L5 interlaminar epidural steroid injection under fluoroscopy;"
    " AP and lateral views of the final needle position; Omnipaque with epidural spread;"
    " triamcinolone 40 mg. Post-procedure pain 2/10.\nElectronically signed by A. Test, MD"
)


def child_main(conn: Connection, limits: WorkerLimits) -> None:
    """Build the checker, say ``ready`` (with its catalogue), then answer requests until EOF."""
    logging.basicConfig(level=logging.WARNING)
    from nlp_checker.checker import Checker
    from nlp_checker.ingest.limits import Limits
    from nlp_checker.lifeline import exit_with_parent

    exit_with_parent()  # a killed service worker must not leave its checker running

    checker = Checker(
        limits=Limits(
            max_bytes=limits.max_bytes,
            max_pages=limits.max_pages,
            max_chars=limits.max_chars,
            max_seconds=limits.max_seconds,
        )
    )
    # The first check builds the matchers' per-rule caches (about 0.5 s here): pay it before
    # saying ready, so the first request after a start or a restart is as quick as the rest.
    checker.check_text(_WARM_UP_NOTE)
    versions = {"rules_version": checker.rules_version, "weights_version": checker.weights.version}
    conn.send(("ready", versions, checker.describe()))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = handle(checker, request)
        except Exception as exc:  # a bug must not kill the process; the parent logs the type
            reply = ("crash", type(exc).__name__)
        conn.send(reply)
