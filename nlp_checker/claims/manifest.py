"""Claims manifests: which claim each document of a batch was billed on (CSV or JSONL).

CSV has one row per claim line, with a ``document`` and a ``code`` column; rows with the same
``document`` (and ``claim_id``) add lines to one claim, and the claim-level columns (``icd10``,
``date_of_service``, ``place_of_service``, ``payer``, ``state``, ``prior_auth``) are read from the
first row that fills them. List columns (``modifiers``, ``icd10``) separate items with ``;``.
JSONL has one claim per line: ``{"document": "...", "claim": {...}}`` or the claim's fields next
to ``document``. A document is matched by its path, its archive member name, or the end of its
path (``2025/03/0142.txt`` matches ``march.zip!2025/03/0142.txt``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.claims.model import Claim, parse_claim
from nlp_checker.errors import UsageError

_LIST_SPLIT = re.compile(r"[;|\s]+")
_CLAIM_COLUMNS = (
    "icd10", "date_of_service", "place_of_service", "payer", "state", "prior_auth", "claim_id",
)  # fmt: skip
_LINE_COLUMNS = ("code", "units", "modifiers")
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


def document_key(name: str) -> str:
    """Return the normal form of a document name: forward slashes, no leading ``./``."""
    key = name.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    return key


def _candidates(source: str) -> Iterator[str]:
    """Yield the names a document may be listed under, most specific first."""
    key = document_key(source)
    yield key
    if "!" in key:
        key = key.rsplit("!", 1)[1]
        yield key
    parts = key.split("/")
    for start in range(1, len(parts)):
        yield "/".join(parts[start:])


@dataclass
class Manifest:
    """Claims by document name, with a record of which entries matched a document."""

    claims: dict[str, Claim]
    name: str = "manifest"
    used: set[str] = field(default_factory=set)

    def claim_for(self, source: str) -> Claim | None:
        """Return the claim listed for the document ``source``, or None."""
        for key in _candidates(source):
            claim = self.claims.get(key)
            if claim is not None:
                self.used.add(key)
                return claim
        return None

    def unmatched(self) -> list[str]:
        """Return the documents listed in the manifest that matched no document."""
        return sorted(set(self.claims) - self.used)

    def __len__(self) -> int:
        return len(self.claims)


def _split(value: str | None) -> list[str]:
    return [v for v in _LIST_SPLIT.split(value or "") if v]


def _rows_csv(text: str, name: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not {"document", "code"} <= columns:
        msg = f"{name}: a CSV manifest needs 'document' and 'code' columns (one row per line)"
        raise UsageError(msg)
    unknown = columns - {"document", *_LINE_COLUMNS, *_CLAIM_COLUMNS}
    if unknown:
        msg = f"{name}: unknown column(s) {', '.join(sorted(unknown))}"
        raise UsageError(msg)
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        document = row.pop("document", "")
        line: dict[str, Any] = {
            "code": row.pop("code", ""),
            "modifiers": _split(row.pop("modifiers", "")),
        }
        units = row.pop("units", "")
        if units:
            if not units.isdigit():
                msg = f"{name}:{number}: units must be a whole number, not {units!r}"
                raise UsageError(msg)
            line["units"] = int(units)
        claim: dict[str, Any] = {k: v for k, v in row.items() if v}
        if "icd10" in claim:
            claim["icd10"] = _split(claim["icd10"])
        claim["lines"] = [line]
        yield number, document, claim


def _rows_jsonl(text: str, name: str) -> Iterator[tuple[int, str, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"{name}:{number}: not JSON ({exc.msg})"
            raise UsageError(msg) from exc
        if not isinstance(data, dict) or not isinstance(data.get("document"), str):
            msg = f"{name}:{number}: each line is an object with a 'document' and its claim"
            raise UsageError(msg)
        document = data.pop("document")
        claim = data.pop("claim") if "claim" in data else data
        if data and claim is not data:
            msg = f"{name}:{number}: put the claim's fields in 'claim' or next to 'document'"
            raise UsageError(msg)
        yield number, document, claim


def _merge(into: dict[str, Any], more: dict[str, Any], where: str) -> None:
    """Add a CSV row's line to a claim; claim-level columns must agree where both are set."""
    into["lines"] = [*into["lines"], *more["lines"]]
    for column in _CLAIM_COLUMNS:
        if column in more and column in into and more[column] != into[column]:
            msg = f"{where}: {column} differs from the claim's first row; one claim, one {column}"
            raise UsageError(msg)
        if column in more:
            into[column] = more[column]


def parse_manifest(text: str, name: str = "manifest") -> Manifest:
    """Parse a claims manifest; JSONL when the first non-blank character is ``{``, else CSV.

    Raises
    ------
    UsageError
        Naming the file and line of a bad row or claim.
    """
    stripped = text.lstrip("\ufeff")
    jsonl = stripped.lstrip().startswith("{")
    rows = _rows_jsonl(stripped, name) if jsonl else _rows_csv(stripped, name)
    gathered: dict[str, tuple[int, dict[str, Any]]] = {}
    for number, document, claim in rows:
        key = document_key(document)
        if not key:
            msg = f"{name}:{number}: the document name is empty"
            raise UsageError(msg)
        if key in gathered:
            if jsonl:
                msg = f"{name}:{number}: {key!r} is listed twice; one claim per document"
                raise UsageError(msg)
            _merge(gathered[key][1], claim, f"{name}:{number}")
        else:
            gathered[key] = (number, claim)
    claims = {
        key: parse_claim(data, f"{name}:{number} ({key})")
        for key, (number, data) in gathered.items()
    }
    if not claims:
        msg = f"{name}: the manifest lists no documents"
        raise UsageError(msg)
    return Manifest(claims=claims, name=name)


def read_manifest(path: str, data: bytes) -> Manifest:
    """Parse a manifest file's bytes (UTF-8).

    Raises
    ------
    UsageError
        When it is too large, not UTF-8, or has a bad row.
    """
    if len(data) > MAX_MANIFEST_BYTES:
        msg = f"{path}: the manifest is over {MAX_MANIFEST_BYTES:,} bytes; split the batch"
        raise UsageError(msg)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"{path}: the manifest is not UTF-8 text"
        raise UsageError(msg) from exc
    return parse_manifest(text, path)
