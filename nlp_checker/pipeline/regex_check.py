"""The one check that a rule's regular expression compiles.

It imports no spaCy, so the batch runner's main process and the patient rules can use it.
"""

from __future__ import annotations

import re


def check_regex(pattern: str) -> str:
    """Return ``pattern`` if it compiles (case-insensitive, as medspaCy uses it).

    Raises
    ------
    ValueError
        With the compiler's message, for pydantic validators to report with the rule id.
    """
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        msg = f"regex does not compile: {exc}"
        raise ValueError(msg) from exc
    return pattern
