"""Typed issues: what the code check, the payer checks and the patient rules hand on.

Modules match issues on their stable ``code`` (data/issues.json, docs/issues.md), never on the
message, which is for people and may be reworded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from nlp_checker.profiles.model import IssueSpec, PayerProfile

Severity = Literal["info", "warning", "error"]


class Issue(BaseModel):
    """One problem (or note on how a code was derived), with a stable code and its fields."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    summary: str | None = None
    source: str | None = None
    fix: str | None = None
    element: str | None = None
    line: int | None = None
    blocks_complete: bool = False
    denial_codes: list[str] = []
    fields: dict[str, Any] = {}

    @property
    def statement(self) -> str:
        """The message without the source tags :func:`make_issue` ends it with."""
        if self.source:
            return self.message.removesuffix(f" ({self.source})")
        return self.message


def make_issue(
    spec: IssueSpec,
    fields: Mapping[str, Any],
    *,
    message: str | None = None,
    source: str | None = None,
    payer: PayerProfile | None = None,
    jurisdiction: str | None = None,
    element: str | None = None,
    line: int | None = None,
    blocks: bool | None = None,
) -> Issue:
    """Build an issue from its catalogue entry; a profile may give the message and the source.

    The rule's source is appended to the message in parentheses, so a reader sees where the
    rule comes from; the payer (and its jurisdiction) give the denial codes it would return.
    ``blocks`` overrides the catalogue's ``blocks_complete`` (a payer may report a rule
    without letting it change the verdict); a non-blocking error is reported as a warning.
    """
    blocking = spec.blocks_complete if blocks is None else blocks
    severity = (
        "warning"
        if spec.severity == "error" and spec.blocks_complete and not blocking
        else spec.severity
    )
    statement = (message or spec.message).format(**fields)
    text = f"{statement} ({source})" if source else statement
    denial: list[str] = []
    if payer is not None:
        denial = list(payer.denial_codes.get(spec.code, ()))
        place = payer.jurisdictions.get(jurisdiction or "")
        if place is not None and spec.code in place.denial_codes:
            denial = list(place.denial_codes[spec.code])
    return Issue(
        code=spec.code,
        severity=severity,
        message=text,
        summary=spec.summary.format(message=statement, **fields) if spec.summary else None,
        source=source,
        fix=spec.fix.format(**fields) if spec.fix else None,
        element=element,
        line=line,
        blocks_complete=blocking,
        denial_codes=denial,
        fields=dict(fields),
    )
