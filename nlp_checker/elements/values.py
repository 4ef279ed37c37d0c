"""Parse typed values out of matched spans: scores, levels, dates, durations, names.

The rule files decide *where* a value is; these parsers only read the value out of a span that a
rule already matched.
"""

from __future__ import annotations

import re
from datetime import date

_WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3,
}  # fmt: skip
_NUMBER = re.compile(
    r"(?<![\d/.])(\d{1,3}(?:\.\d)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"(\s*(?:/|out of)\s*(?:100|10|ten)\b|\s*mm\b|\s*cm\b)?",
    re.IGNORECASE,
)


def _to_number(token: str) -> float:
    lowered = token.lower()
    return float(_WORD_NUMBERS[lowered]) if lowered in _WORD_NUMBERS else float(token)


def _tidy(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 1)


def _scale(value: float, unit: str | None) -> float | None:
    unit = (unit or "").lower().replace(" ", "")
    if "100" in unit or "mm" in unit:
        value = value / 10
    elif value > 10 and value <= 100 and "10" not in unit and "ten" not in unit:
        # An unlabelled 0-100 VAS ("VAS 70").
        value = value / 10
    if 0 <= value <= 10:
        return value
    return None


def pain_scores(text: str) -> list[float | int]:
    """Return the 0-10 scores in a matched pain span, in order (0-100 mm scaled to 0-10)."""
    out: list[float | int] = []
    for match in _NUMBER.finditer(text):
        scaled = _scale(_to_number(match.group(1)), match.group(2))
        if scaled is not None:
            out.append(_tidy(scaled))
    return out


_LEVEL = re.compile(
    r"\b([CTL])\s?(\d{1,2})\s*(?:-|\u2013|/|to|through|and(?: the)?|\s)\s*"
    r"(?:([CTLS])\s?)?(\d{1,2})\b",
    re.IGNORECASE,
)
# Vertebrae per region (interspaces run between vertebrae; C8 is a nerve root, not a vertebra).
_SEGMENTS = {"C": 7, "T": 12, "L": 5, "S": 5}
_NEXT_REGION = {"C": "T", "T": "L", "L": "S"}


def interspace(text: str) -> str | None:
    """Normalise an interspace like ``L4-5`` or ``L5/S1`` to ``L4-L5``; None if not adjacent."""
    match = _LEVEL.search(text)
    if match is None:
        return None
    region, upper = match.group(1).upper(), int(match.group(2))
    lower_region = (match.group(3) or region).upper()
    lower = int(match.group(4))
    if upper < 1 or upper > _SEGMENTS[region]:
        return None
    if lower_region == region and lower == upper + 1:
        return f"{region}{upper}-{region}{lower}"
    if lower_region == _NEXT_REGION.get(region) and upper == _SEGMENTS[region] and lower == 1:
        return f"{region}{upper}-{lower_region}{lower}"
    return None


_MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for m in names
}  # fmt: skip
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_US = re.compile(r"\b(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2,4})\b")
_MONTH_FIRST = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})[\- ]([A-Za-z]{3,9})[\- ](\d{2,4})\b")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _safe_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(text: str) -> str | None:
    """Return the first date in ``text`` as ``YYYY-MM-DD`` (US month/day order)."""
    if m := _ISO.search(text):
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _US.search(text):
        return _safe_date(_year(m.group(3)), int(m.group(1)), int(m.group(2)))
    if (m := _MONTH_FIRST.search(text)) and m.group(1).lower() in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    if (m := _DAY_FIRST.search(text)) and m.group(2).lower() in _MONTHS:
        return _safe_date(_year(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


_DURATION = re.compile(
    r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\+?"
    r"(?:\s*(?:-|to)\s*(\d{1,2}))?\s*(weeks?|wks?|months?|mos?)",
    re.IGNORECASE,
)


def weeks(text: str) -> int | None:
    """Return a duration in weeks (months count as 4 weeks; a range takes its lower end)."""
    match = _DURATION.search(text)
    if match is None:
        return None
    amount = _to_number(match.group(1))
    unit = match.group(3).lower()
    return int(amount * 4) if unit.startswith("m") else int(amount)


_SIGNER_PREFIX = re.compile(
    r"^.*?(?:\bby\b|/s/|signature\s*:|signed\s*:|attested\s*:)\s*:?\s*", re.IGNORECASE
)


def signer(text: str) -> str:
    """Return the signer part of a signature span."""
    stripped = _SIGNER_PREFIX.sub("", text, count=1).strip(" :[]")
    return stripped or text.strip()
