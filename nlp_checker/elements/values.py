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


# Numbers in a pain span that are not scores: the scale ("(0-10)", "VAS 0-10", "100 mm line")
# and a time.
_NOT_A_SCORE = re.compile(
    r"\(\s*(?:(?:NRS|VAS|NPRS|VNRS|scale)\s*)?0\s*[-\u2013]\s*100?\s*(?:mm)?\s*(?:[,;][^()\n\d]{1,30})?\)"
    r"|(?<=[A-Za-z])\s+[01]\s*[-\u2013]\s*100?\b(?!\s*/)(?:\s*mm)?"
    r"|\b100[- ]?mm(?: horizontal| visual(?: analog(?:ue)?)?)? (?:line|scale|VAS)\b"
    r"|\(\s*(?:at\s+)?\d{1,3}\s*(?:min(?:ute)?s?|hrs?|hours?)(?:\s+(?:before|after|post))?\s*\)"
    r"|\b(?:\d{1,3}|one|two|three|four|five|ten|fifteen|twenty|thirty|an?)\s*"
    r"(?:min(?:ute)?s?|hrs?|hours?)\b"
    # A clock time ("recovery 08:41 ...... 2") is when, not how much.
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\b(?!\s*/)",
    re.IGNORECASE,
)


def pain_scores(text: str) -> list[float | int]:
    """Return the 0-10 scores in a matched pain span, in order (0-100 mm scaled to 0-10)."""
    out: list[float | int] = []
    # A score written into a template blank ("Post ___2___") reads without the underscores.
    for match in _NUMBER.finditer(_NOT_A_SCORE.sub(" ", text.replace("_", " "))):
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


_COMPACT = re.compile(r"\b([CTL])([1-9])([CTLS]?)([1-9])\b", re.IGNORECASE)
# Most interspaces a written range may cover ("L3-L5" is two; "L2-S1" four).
_MAX_RANGE = 4
_ORDER = [f"C{i}" for i in range(1, 8)] + [f"T{i}" for i in range(1, 13)]
_ORDER += [f"L{i}" for i in range(1, 6)] + ["S1"]


def _pair(region: str, upper: int, lower_region: str, lower: int) -> list[str]:
    """Return the interspaces from vertebra ``region upper`` down to ``lower_region lower``."""
    top, bottom = f"{region}{upper}", f"{lower_region}{lower}"
    if top not in _ORDER or bottom not in _ORDER:
        return []
    first, last = _ORDER.index(top), _ORDER.index(bottom)
    if last <= first or last - first > _MAX_RANGE:
        return []
    return [f"{_ORDER[i]}-{_ORDER[i + 1]}" for i in range(first, last)]


_ORDINALS = {
    w: i
    for i, w in enumerate(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth"],
        start=1,
    )
}  # fmt: skip
_REGION_WORD = re.compile(r"\b(lumbar|thoracic|cervical)\s+(\d{1,2})", re.IGNORECASE)
_SPOKEN_NUMBER = re.compile(
    r"(?<=[CTLSctls])\s?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    r"(?<=[- /])(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)
_BETWEEN_ORDINALS = re.compile(
    r"\b(\w+) and (?:the )?(\w+) (lumbar|thoracic|cervical)\b", re.IGNORECASE
)
_LUMBOSACRAL = re.compile(r"\b(?:fifth|5th) lumbar and (?:the )?(?:first|1st) sacral\b", re.I)


def _spoken(text: str) -> str:
    """Write a level dictated in words the usual way.

    "lumbar 4-5" -> "L4-5", "L four five" -> "L4 5", "between the fourth and fifth lumbar
    vertebrae" -> "L4-L5".
    """
    if _LUMBOSACRAL.search(text):
        return "L5-S1"
    between = _BETWEEN_ORDINALS.search(text)
    if between and between.group(1).lower() in _ORDINALS and between.group(2).lower() in _ORDINALS:
        letter = between.group(3)[0].upper()
        upper, lower = _ORDINALS[between.group(1).lower()], _ORDINALS[between.group(2).lower()]
        return f"{letter}{upper}-{letter}{lower}"
    text = _REGION_WORD.sub(lambda m: f"{m.group(1)[0].upper()}{m.group(2)}", text)
    return _SPOKEN_NUMBER.sub(
        lambda m: str(_WORD_NUMBERS[(m.group(1) or m.group(2)).lower()]), text
    )


def interspaces(text: str) -> list[str]:
    """Return the interspaces a level span names: ``L4-5`` -> L4-L5, ``L45`` -> L4-L5, ``L3-L5``.

    A range covers each interspace in it ("L3-L5 epidural" is L3-L4 and L4-L5). Levels dictated
    in words ("lumbar 4-5", "L four five") are read the same way.
    """
    text = _spoken(text)
    match = _LEVEL.search(text)
    if match is not None:
        region, upper = match.group(1).upper(), int(match.group(2))
        lower_region = (match.group(3) or region).upper()
        found = _pair(region, upper, lower_region, int(match.group(4)))
        if found or upper <= _SEGMENTS[region]:
            return found
    compact = _COMPACT.search(text)
    if compact is not None:
        region = compact.group(1).upper()
        lower_region = (compact.group(3) or region).upper()
        return _pair(region, int(compact.group(2)), lower_region, int(compact.group(4)))[:1]
    return []


def interspace(text: str) -> str | None:
    """Normalise one interspace like ``L4-5`` or ``L5/S1`` to ``L4-L5``; None if not adjacent."""
    found = interspaces(text)
    return found[0] if len(found) == 1 else None


_ROOT = re.compile(r"\b([CTLS])(\d{1,2})\b", re.IGNORECASE)


def root_foramina(text: str) -> list[str]:
    """Return the foramen of each nerve root named: C6 -> C5-C6, L5 -> L5-S1, S1 -> S1.

    Cervical roots leave the canal above the vertebra of their number (C8 below C7); thoracic
    and lumbar roots below it. Sacral roots leave through their own sacral foramen.
    """
    out: list[str] = []
    for match in _ROOT.finditer(text):
        region, number = match.group(1).upper(), int(match.group(2))
        if region == "S":
            name = f"S{number}" if 1 <= number <= 4 else None
        elif region == "C":
            name = {1: None, 8: "C7-T1"}.get(number, f"C{number - 1}-C{number}")
            name = name if number <= 8 else None
        else:
            below = _ORDER.index(f"{region}{number}") + 1 if f"{region}{number}" in _ORDER else 0
            name = f"{region}{number}-{_ORDER[below]}" if 0 < below < len(_ORDER) else None
        if name and name not in out:
            out.append(name)
    return out


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
_US = re.compile(r"\b(\d{1,2}) ?[/\-.] ?(\d{1,2}) ?[/\-.] ?(\d{2,4})\b")
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


_MAX_MONTH = 12


def day_first(text: str) -> bool:
    """Return True when the note writes numeric dates day first ("28/02/1966", "20.03.2026").

    A note is read day first when one of its numeric dates can only be day first and none can
    only be month first, or, where every date could be either, when they are all written with
    full stops (the European form; US notes use slashes). Otherwise dates are read in US
    month/day order.
    """
    days_first = months_first = False
    dotted = undotted = 0
    numeric = set()
    for m in _US.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        numeric.add((first, second, _year(m.group(3))))
        days_first |= first > _MAX_MONTH >= second
        months_first |= second > _MAX_MONTH >= first
        if "." in m.group(0):
            dotted += 1
        else:
            undotted += 1
    if days_first or months_first:
        return days_first and not months_first
    # A letter dated "12 February 2026" and typed "12/02/2026" writes its numbers day first.
    if any((d, mo, y) in numeric and d != mo for d, mo, y in _spelled_dates(text)):
        return True
    return dotted > 0 and undotted == 0


def _spelled_dates(text: str) -> set[tuple[int, int, int]]:
    """Return the (day, month, year) of dates written "12 February 2026"."""
    out = set()
    for m in _DAY_FIRST.finditer(text):
        month = _MONTHS.get(m.group(2).lower())
        if month is not None:
            out.add((int(m.group(1)), month, _year(m.group(3))))
    return out


def iso_date(text: str, days_first: bool = False) -> str | None:
    """Return the first date in ``text`` as ``YYYY-MM-DD`` (US month/day order by default).

    ``days_first`` reads numeric dates day first (:func:`day_first` of the whole note). A date
    that can only be day first ("20/03/2026") is read so either way.
    """
    if m := _ISO.search(text):
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _US.search(text):
        first, second = int(m.group(1)), int(m.group(2))
        if days_first or first > _MAX_MONTH >= second:
            first, second = second, first
        return _safe_date(_year(m.group(3)), first, second)
    if (m := _MONTH_FIRST.search(text)) and m.group(1).lower() in _MONTHS:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    if (m := _DAY_FIRST.search(text)) and m.group(2).lower() in _MONTHS:
        return _safe_date(_year(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


_DURATION = re.compile(
    r"(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\+?"
    r"(?:\s*(?:-|to)\s*(\d{1,2}))?[\s-]*(weeks?|wks?|months?|mos?|days?)",
    re.IGNORECASE,
)


def weeks(text: str) -> int | None:
    """Return a duration in whole weeks (a month is 4, 7 days are 1; a range takes its low end)."""
    match = _DURATION.search(text)
    if match is None:
        return None
    amount = _to_number(match.group(1))
    unit = match.group(3).lower()
    if unit.startswith("d"):
        return int(amount // 7)
    return int(amount * 4) if unit.startswith("m") else int(amount)


_SIGNER_PREFIX = re.compile(
    r"^.*?(?:\bby\b|/s/|signature\s*:|signed\s*:|attested\s*:)\s*:?\s*", re.IGNORECASE
)


def signer(text: str) -> str:
    """Return the signer part of a signature span."""
    stripped = _SIGNER_PREFIX.sub("", text, count=1).strip(" :[]")
    return stripped or text.strip()
