"""The side and the foramen a transforaminal injection treated: ``laterality``, ``foramen_level``.

Both read only mentions that describe this injection (the procedure tests of
:mod:`nlp_checker.elements.procedure`): a side or a level in the HPI, the MRI or the diagnosis is
not the one injected.
"""

from __future__ import annotations

import re

from nlp_checker.elements.draft import Draft, best
from nlp_checker.elements.mentions import Mention, MentionIndex
from nlp_checker.elements.procedure import _in_procedure as in_procedure
from nlp_checker.elements.procedure import _is_spread_range as is_spread_range
from nlp_checker.elements.values import interspace

_FORAMINAL = {"TRANSFORAMINAL", "NERVE_ROOT", "FORAMEN"}
_SIDE = re.compile(r"\b(right|left|bilateral|b/l)|^(L|R)\b(?=\s)", re.IGNORECASE)
_SIDES = {"l": "left", "r": "right", "b/l": "bilateral"}
_ROOT = re.compile(r"([CTLS])\s?(\d{1,2})", re.IGNORECASE)
_VERTEBRAE = {"C": 7, "T": 12, "L": 5}
_NEXT = {"C": "T", "T": "L", "L": "S"}


def foramen_of_root(text: str) -> str | None:
    """Return the foramen a spinal nerve root exits, as its interspace.

    Cervical roots exit above their vertebra (C6 -> C5-C6, C8 -> C7-T1); thoracic and lumbar
    roots below it (L5 -> L5-S1); a sacral root exits its own sacral foramen (S1 -> S1).
    """
    match = _ROOT.search(text)
    if match is None:
        return None
    region, number = match.group(1).upper(), int(match.group(2))
    if region == "S":
        return f"S{number}" if 1 <= number <= 4 else None
    if region == "C":
        if number == 8:
            return "C7-T1"
        return f"C{number - 1}-C{number}" if 2 <= number <= 7 else None
    if not 1 <= number <= _VERTEBRAE[region]:
        return None
    if number == _VERTEBRAE[region]:
        return f"{region}{number}-{_NEXT[region]}1"
    return f"{region}{number}-{region}{number + 1}"


def _foraminal(index: MentionIndex, mention: Mention) -> bool:
    return bool(index.sentence_labels(mention.sent) & _FORAMINAL)


def laterality(index: MentionIndex) -> Draft:
    """Right, left or bilateral, from sides written with this injection's level or approach."""
    mentions = [m for m in index.of("LATERALITY") if in_procedure(index, m)]
    # A side written with the root takes the root's span ("Right C6", "L C7"): the root level
    # carries the side then.
    mentions += [
        m
        for m in index.of("ROOT_LEVEL")
        if in_procedure(index, m) and _foraminal(index, m) and _SIDE.search(m.text)
    ]
    if not mentions:
        return best(index.of("LATERALITY"), unaffirmed_only=True)
    sides = set()
    for mention in mentions:
        for found in _SIDE.finditer(mention.text):
            side = (found.group(1) or found.group(2)).lower()
            sides.add(_SIDES.get(side, side))
    if not sides:
        return Draft()
    value = "bilateral" if "bilateral" in sides or sides == {"left", "right"} else sides.pop()
    return Draft(status="present", value=value, mentions=mentions)


def foramen_level(index: MentionIndex) -> Draft:
    """Return the foramina injected: levels written with foraminal wording, nerve roots mapped."""
    levels: dict[str, list[Mention]] = {}
    roots = index.of("NERVE_ROOT") + [m for m in index.of("ROOT_LEVEL") if _foraminal(index, m)]
    for mention in roots:
        if in_procedure(index, mention):
            for root in _ROOT.finditer(mention.text):
                foramen = foramen_of_root(root.group(0))
                if foramen is not None:
                    levels.setdefault(foramen, []).append(mention)
    for mention in index.of("LEVEL"):
        if not in_procedure(index, mention) or is_spread_range(index, mention):
            continue
        if _foraminal(index, mention):
            level = interspace(mention.text)
            if level is not None:
                levels.setdefault(level, []).append(mention)
    if not levels:
        return best(index.of("NERVE_ROOT"), unaffirmed_only=True)
    mentions = sorted((m for ms in levels.values() for m in ms), key=lambda m: m.start)
    return Draft(status="present", value=sorted(levels), mentions=mentions)
