"""AcroForm reading is linear in the number of widgets (issue 12, item 8).

Wall time on a shared machine is noisy, so this compares CPU time of the same reader on two
sizes of the same form, best of two runs each: linear reading gives about 4x for 4x the
widgets, the quadratic form environment gave 11x and more. The figures themselves are measured
by ``benchmarks/ingest_bench.py --forms``.
"""

from __future__ import annotations

import time

from nlp_checker.ingest.document import SourceDocument
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.load import load_bytes
from tests.ingest.make_hostile import form_pdf

_IN_PROCESS = Limits(isolate=False)


def _read(data: bytes, repeats: int = 2) -> tuple[SourceDocument, float]:
    """Read ``data``; return the document and the best CPU time of ``repeats`` reads."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        document = load_bytes(data, "form.pdf", _IN_PROCESS)
        best = min(best, time.process_time() - started)
    return document, best


def test_acroform_reading_time_is_linear_in_widgets():
    # Arrange: one page of flat fields, 1,000 and 4,000 of them
    small, large = form_pdf(1_000, per_page=4_000), form_pdf(4_000, per_page=4_000)
    # Act
    document, large_seconds = _read(large)
    ratio = large_seconds / _read(small)[1]
    # Assert: every value is read, and 4x the widgets cost about 4x the time, not 16x
    values = [token for token in document.text.split() if token.isdigit()]
    assert len(values) == 4_000
    assert ratio < 7, f"4x the widgets took {ratio:.1f}x the time"
