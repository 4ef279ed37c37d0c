"""A detector's answer before the catalogue adds ``required`` and the message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nlp_checker.elements.findings import STATUS_RANK
from nlp_checker.elements.mentions import Mention

_STATUS_OF_STATE = {
    "affirmed": "present",
    "blank": "incomplete",
    "negated": "negated",
    "hypothetical": "uncertain",
    "uncertain": "uncertain",
}


@dataclass
class Draft:
    """Status, value and the mentions behind them; ``detail`` explains a non-present status."""

    status: str = "missing"
    value: Any = None
    mentions: list[Mention] = field(default_factory=list)
    detail: str | None = None


def status_of(mention: Mention) -> str | None:
    """Return the element status one mention supports (None for historical mentions)."""
    return _STATUS_OF_STATE.get(mention.state)


def best(mentions: list[Mention], *, unaffirmed_only: bool = False) -> Draft:
    """Return the strongest status among ``mentions`` with the mentions that show it.

    ``unaffirmed_only`` is for fallbacks after a detector rejected the affirmed mentions (wrong
    section or context): they must not come back as ``present`` without a value.
    """
    ranked: dict[str, list[Mention]] = {}
    for mention in mentions:
        if unaffirmed_only and mention.affirmed:
            continue
        status = status_of(mention)
        if status is not None:
            ranked.setdefault(status, []).append(mention)
    if not ranked:
        return Draft()
    status = max(ranked, key=lambda s: STATUS_RANK[s])
    return Draft(status=status, mentions=ranked[status])
