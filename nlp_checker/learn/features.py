"""Which weights of a weights file each checked note used: the features the learner fits.

A parameter is one number of a weights file, named by its place in the file:
``elements.<element>.<status>`` (a gap of an element), ``code.<key>`` (a code-check driver) or
``issues.<issue code>`` (a typed issue). A note's features are the drivers its risk was built
from, read from the result row (``risk.drivers`` and the element statuses), never from message
text. A driver the base file does not weigh (an element weighted by a procedure profile) takes
its prior from the weight the row shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

STATUSES = ("missing", "incomplete", "negated", "uncertain")


@dataclass(frozen=True)
class Parameter:
    """One weight: its place in the file, the driver's reason and source, the expert value."""

    key: str
    reason: str
    source: str
    prior: float

    @property
    def label(self) -> str:
        """A short name for reports: the reason, with the element status when there is one."""
        parts = self.key.split(".")
        if parts[0] == "elements" and len(parts) == 3:
            return f"{self.reason} ({parts[2]})"
        return self.reason


def parameters(weights: Mapping[str, Any]) -> dict[str, Parameter]:
    """Return every parameter of a weights file (its JSON data), keyed by its place."""
    out: dict[str, Parameter] = {}
    for element, spec in (weights.get("elements") or {}).items():
        for status in STATUSES:
            if status in spec:
                key = f"elements.{element}.{status}"
                out[key] = Parameter(
                    key,
                    str(spec.get("reason", element)),
                    str(spec.get("source", "")),
                    float(spec[status]),
                )
    for section in ("code", "issues"):
        for name, spec in (weights.get(section) or {}).items():
            key = f"{section}.{name}"
            out[key] = Parameter(
                key,
                str(spec.get("reason", name)),
                str(spec.get("source", "")),
                float(spec["weight"]),
            )
    return out


def _driver_key(driver: Mapping[str, Any], row: Mapping[str, Any]) -> str | None:
    element = str(driver.get("element") or "")
    issue = driver.get("issue")
    if issue:
        return f"issues.{issue}"
    if element.startswith("code:"):
        return f"code.{element[5:]}"
    status = ((row.get("elements") or {}).get(element) or {}).get("status")
    if status in STATUSES:
        return f"elements.{element}.{status}"
    return None


def row_features(row: Mapping[str, Any], known: dict[str, Parameter]) -> Counter[str]:
    """Return the parameters a result row's risk used (a count: a driver may fire twice).

    A driver whose parameter ``known`` lacks is added to ``known`` with the row's weight as prior.
    """
    features: Counter[str] = Counter()
    for driver in (row.get("risk") or {}).get("drivers") or []:
        key = _driver_key(driver, row)
        if key is None:
            continue
        if key not in known:
            reason = str(driver.get("reason") or key)
            known[key] = Parameter(
                key, reason, str(driver.get("source") or ""), float(driver["weight"])
            )
        features[key] += 1
    return features
