"""Find what a note says about relief from the previous injection (MCR-REP-1).

A relief statement counts only when wording about the previous injection is in the same sentence
(and within ``window_chars``), so the
same-day "VAS 7 -> 2, 70% relief" after today's injection is not mistaken for a response to the
last one. The patterns are data in patterns/patient_rules.json.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from nlp_checker.patients.rules import PatientRules, load_patient_rules

_MAX_QUOTE = 160


@dataclass(frozen=True)
class _Compiled:
    rules: list[tuple[str, str, re.Pattern[str]]]
    prior: re.Pattern[str]
    boundary: re.Pattern[str]
    window: int


def _compile(rules: PatientRules) -> _Compiled:
    return _Compiled(
        rules=[
            (rule.metadata.id, rule.kind, re.compile(rule.pattern, re.IGNORECASE))
            for rule in rules.relief_rules
        ],
        prior=re.compile(rules.prior_context.pattern, re.IGNORECASE),
        boundary=re.compile(rules.prior_context.sentence_boundary),
        window=rules.prior_context.window_chars,
    )


def detect_relief(
    text: str, rules: PatientRules | None = None, min_relief_percent: int | None = 50
) -> dict[str, Any]:
    """Return the relief facts of one note as plain data.

    ``min_relief_percent`` is the payer's threshold for a repeat (data/payers/); None means the
    payer sets no number, and any documented relief counts.

    Returns
    -------
    dict
        ``status`` is ``adequate`` (a percent at or over the threshold, or functional
        improvement), ``inadequate`` (a lower percent, or "no relief" wording) or ``absent``;
        ``percent`` is the highest percent found; ``evidence`` lists the spans with rule ids.
    """
    rules = rules or load_patient_rules()
    compiled: _Compiled = rules.cached("relief", _compile)
    breaks = [m.start() for m in compiled.boundary.finditer(text)]
    priors = [(m.start(), m.end()) for m in compiled.prior.finditer(text)]

    def sentence(offset: int) -> int:
        return bisect.bisect_right(breaks, offset)

    def near_prior(start: int, end: int) -> bool:
        return any(
            p_start - compiled.window <= end
            and start <= p_end + compiled.window
            and sentence(p_start) == sentence(start)
            for p_start, p_end in priors
        )

    percent: int | None = None
    functional = negative = False
    evidence: list[dict[str, Any]] = []
    for rule_id, kind, pattern in compiled.rules:
        for match in pattern.finditer(text):
            if not near_prior(match.start(), match.end()):
                continue
            if kind == "percent":
                value = int(match.group(1))
                if value > 100:
                    continue
                percent = value if percent is None else max(percent, value)
            elif kind == "functional":
                functional = True
            else:
                negative = True
            quote = " ".join(match.group(0).split())[:_MAX_QUOTE]
            evidence.append(
                {"text": quote, "start": match.start(), "end": match.end(), "rule": rule_id}
            )
    threshold = 1 if min_relief_percent is None else min_relief_percent
    if (percent is not None and percent >= threshold) or functional:
        status = "adequate"
    elif percent is not None or negative:
        status = "inadequate"
    else:
        status = "absent"
    evidence.sort(key=lambda e: e["start"])
    return {"status": status, "percent": percent, "functional": functional, "evidence": evidence}
