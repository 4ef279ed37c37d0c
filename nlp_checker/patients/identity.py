"""The patient key: MRN, else name + date of birth, read from evidence and stored only as an HMAC.

Raw identifiers never leave this module: callers get a salted hash (``pk_…``) that groups a
patient's notes within one run (or across runs that share the salt) and cannot be reversed or
joined to another data set without the salt.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from nlp_checker.elements.values import iso_date
from nlp_checker.patients.rules import PatientRules, load_patient_rules

KEY_PREFIX = "pk_"
_KEY_HEX = 20
_ALNUM = re.compile(r"[^A-Z0-9]")
_LETTERS = re.compile(r"[^a-z]")


def new_salt() -> str:
    """Return a fresh random salt (hex) for a run that was not given one."""
    return secrets.token_hex(16)


def _strip(label: str, text: str) -> str:
    return re.sub(label, "", text, count=1, flags=re.IGNORECASE).strip()


def _name(text: str) -> str | None:
    """Return ``last|first`` from ``LAST, FIRST M`` or ``First M Last``."""
    if "," in text:
        last, _, rest = text.partition(",")
        firsts = rest.split()
        lasts = last.split()
    else:
        parts = text.split()
        if len(parts) < 2:
            return None
        firsts, lasts = parts[:1], parts[-1:]
    if not firsts or not lasts:
        return None
    last = _LETTERS.sub("", lasts[-1].lower())
    first = _LETTERS.sub("", firsts[0].lower())
    return f"{last}|{first}" if last and first else None


def identifiers(
    evidence: Iterable[Mapping[str, Any]], rules: PatientRules | None = None
) -> dict[str, str]:
    """Return normalised ``mrn``, ``name`` and ``dob`` read from ``patient_id`` evidence items.

    The first usable value of each kind wins (header identifiers come first in a note).
    """
    rules = rules or load_patient_rules()
    found: dict[str, str] = {}
    for item in evidence:
        rule_id = str(item.get("rule", ""))
        text = str(item.get("text", ""))
        for kind, spec in rules.identifiers.items():
            if kind in found or rule_id not in spec.evidence_rules:
                continue
            value = _strip(spec.label, text)
            if kind == "mrn":
                normal: str | None = _ALNUM.sub("", value.upper()) or None
            elif kind == "name":
                normal = _name(value)
            else:
                normal = iso_date(value)
            if normal:
                found[kind] = normal
    return found


class PatientKeyer:
    """Turn a result's ``patient_id`` evidence into a salted patient key.

    Parameters
    ----------
    salt : str
        Secret shared by every note of a run; the same salt gives the same keys.
    rules : PatientRules, optional
        The patient rule set (default: the bundled one).
    """

    def __init__(self, salt: str, rules: PatientRules | None = None) -> None:
        if not salt:
            msg = "a patient-key salt must not be empty"
            raise ValueError(msg)
        self._salt = salt.encode("utf-8")
        self.rules = rules or load_patient_rules()

    @property
    def salt_id(self) -> str:
        """A short fingerprint of the salt (not the salt): rows keyed alike share it."""
        digest = hmac.new(self._salt, b"nlp-checker salt id", hashlib.sha256).hexdigest()
        return digest[:12]

    def _hash(self, material: str) -> str:
        digest = hmac.new(self._salt, material.encode("utf-8"), hashlib.sha256).hexdigest()
        return KEY_PREFIX + digest[:_KEY_HEX]

    def key_of(self, ids: Mapping[str, str]) -> tuple[str | None, str | None]:
        """Return ``(key, basis)``: the key from the MRN, else name + DOB, else ``(None, None)``."""
        if "mrn" in ids:
            return self._hash(f"mrn:{ids['mrn']}"), "mrn"
        link = self.link_key_of(ids)
        return (link, "name+dob") if link else (None, None)

    def link_key_of(self, ids: Mapping[str, str]) -> str | None:
        """Return the name + DOB key, which links notes with an MRN to notes without one."""
        if "name" in ids and "dob" in ids:
            return self._hash(f"name:{ids['name']}|dob:{ids['dob']}")
        return None

    def keys_for_row(self, row: Mapping[str, Any]) -> tuple[str | None, str | None, str | None]:
        """Return ``(key, basis, link_key)`` of a result row (a ``to_dict`` result)."""
        element = (row.get("elements") or {}).get("patient_id") or {}
        ids = identifiers(element.get("evidence") or [], self.rules)
        key, basis = self.key_of(ids)
        return key, basis, self.link_key_of(ids)

    def key_for_row(self, row: Mapping[str, Any]) -> tuple[str | None, str | None]:
        """Return the patient key and its basis of a result row."""
        key, basis, _ = self.keys_for_row(row)
        return key, basis
