"""nlp-checker: documentation checks for pain-management procedure notes (CPT 62323 first).

Public names load lazily, so ``import nlp_checker.scoring.risk`` does not pull in spaCy.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Checker": "nlp_checker.checker",
    "CheckResult": "nlp_checker.outputs.result",
    "CheckerError": "nlp_checker.errors",
    "Claim": "nlp_checker.claims.model",
    "NoteInput": "nlp_checker.inputs",
}

__all__ = ["CheckResult", "Checker", "CheckerError", "Claim", "NoteInput", "__version__"]


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'nlp_checker' has no attribute {name!r}"
        raise AttributeError(msg)
    return getattr(import_module(module), name)
