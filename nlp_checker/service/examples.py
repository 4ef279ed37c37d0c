"""Request and response examples of the OpenAPI document (a fictional note, a real result).

The result example is what the checker returned for :data:`NOTE` (two of its fourteen elements
kept, the claim blocks left out); ``tests/service/test_integrators.py`` checks that it still
is, so the example cannot drift.
"""

from __future__ import annotations

from typing import Any

NOTE = (
    "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
    "Date of Service: 05/06/2025\n"
    "INDICATION: Right L5 radiculopathy after 8 weeks of failed physical therapy.\n"
    "Pre-procedure VAS: 7/10\n"
    "PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.\n"
    "AP view confirmed the final needle position.\n"
    "Omnipaque 180 showed epidural spread. Kenalog 80 mg injected.\n"
    "Post-procedure VAS: 2/10\n"
    "Electronically signed by: Dana Whitfield, MD\n"
)
# The elements the example keeps (the answer always has all fourteen).
EXAMPLE_ELEMENTS = ("vas_post", "needle_views")

TEXT_EXAMPLE: dict[str, Any] = {
    "text": NOTE, "source": "pasted text", "code": "62323", "modifiers": [],
}  # fmt: skip

RESULT_EXAMPLE: dict[str, Any] = {
    "schema_version": "1.3", "source": "pasted text", "status": "ok", "billed_code": "62323",
    "modifiers": [], "complete": False,
    "elements": {
        "vas_post": {
            "status": "present", "value": 2, "required": True, "applies": True,
            "evidence": [{"text": "VAS: 2/10", "start": 396, "end": 405, "page": 1,
                          "section": "procedure", "rule": "PAIN-01", "modifier": None,
                          "bbox": None, "ocr": False, "confidence": None, "fuzzy": False}],
            "message": "Post-procedure pain score: documented.", "explanation": "",
            "review": None,
        },
        "needle_views": {
            "status": "incomplete", "value": ["ap"], "required": True, "applies": True,
            "evidence": [{"text": "AP", "start": 274, "end": 276, "page": 1,
                          "section": "procedure", "rule": "VIEW-01", "modifier": None,
                          "bbox": None, "ocr": False, "confidence": None, "fuzzy": False}],
            "message": (
                "Views of the final needle position: Documented only in part. (only one view "
                "(AP) is documented; payers ask for at least two) Document at least two saved "
                "views of the final needle position (e.g. 'AP and lateral views confirmed final "
                "needle position')."
            ),
            "explanation": (
                "Documented only in part: only one view (AP) is documented; payers ask for at "
                "least two."
            ),
            "review": None,
        },
    },
    "code_check": {"billed": "62323", "modifiers": [], "suggested": "62323", "supported": True,
                   "reasons": [], "warnings": [], "other_procedure": None},
    "risk": {"score": 0.15, "level": "low", "drivers": [
        {"element": "needle_views", "weight": 0.15,
         "reason": "fewer than two saved views of the final needle position",
         "source": "MCR-DOC-3 (S10, S25)", "issue": None, "status": "incomplete",
         "detail": None}]},
    "issues": [],
    "profile": {"procedure": {"id": "interlaminar", "version": "2026.12.1"},
                "payer": {"id": "medicare", "version": "2026.12.2", "name": "Medicare",
                          "jurisdiction": None, "jurisdiction_basis": None, "mac": None,
                          "lcd": None, "article": None},
                "issues_version": "2026.12.2"},
    "audit": {"input_sha256": "f1c12f3c7924bc4c12ba748bcbc3744de33345e955c56da99436294a0a2e9572",
              "checker_version": "0.1.0", "rules_version": "2026.12.107",
              "weights_version": "2026.12.2", "schema_version": "1.3", "pages": 1,
              "media_type": "text/plain", "pages_checked": [1]},
    "error": None,
}  # fmt: skip

ANNOTATE_EXAMPLE: dict[str, Any] = {
    "result": RESULT_EXAMPLE,
    "document": {
        "text": NOTE, "media_type": "text/plain",
        "pages": [{"number": 1, "start": 0, "end": len(NOTE), "ocr": False, "width": None,
                   "height": None, "image": None}],
    },
}  # fmt: skip
