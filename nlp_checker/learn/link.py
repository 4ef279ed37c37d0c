"""Link remittance lines to checked notes, and say how many linked and why the rest did not.

A remittance claim (the lines of one CLP loop) links to a result row:

1. by claim id: the claim's patient control number (CLP01) is the claim id the practice put on
   the claim, which the batch manifest (or the result's echoed claim) gives for each note;
2. else by patient: the salted patient key (the remittance's record number keyed with the batch
   run's salt) + date of service + a CPT billed for the note.

Only the first adjudication of a claim counts (a later one, a reversal, a re-processing, is
reported and left out), because the checker predicts what happens the first time a claim goes
out. Nothing here keeps a patient identifier: rows carry salted keys only.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from nlp_checker.remits.model import RemitError, RemitLine, RemitRow

# Why a remittance claim did not link (part of the report; stable names).
UNLINKED_REASONS = {
    "reversal": "a reversal or correction of an earlier payment, not a first adjudication",
    "later_adjudication": "the claim was already linked from an earlier remittance",
    "no_claim_id_or_key": "its claim id is not on any checked note and it carries no patient key",
    "no_note_for_patient": "no checked note has this patient key",
    "no_note_on_date": "the patient has checked notes, none on this date of service",
    "code_not_billed": "a note matches patient and date, but not the CPT",
    "ambiguous": "several checked notes match patient, date and CPT",
}
NOTE_REASONS = {
    "no_remittance": "no remittance line links to the note (still pending, or not in the files)",
    "note_error": "the note could not be checked (error row)",
}


@dataclass(frozen=True)
class RemitClaim:
    """The lines of one claim payment (one CLP loop of one transaction)."""

    file: str
    transaction: str
    patient_control_number: str
    patient_key: str | None
    paid_date: date | None
    lines: tuple[RemitLine, ...]

    @property
    def dates(self) -> set[date]:
        """Dates of service on its lines."""
        return {line.date_of_service for line in self.lines if line.date_of_service}

    @property
    def codes(self) -> set[str]:
        """CPT codes on its lines."""
        return {line.code for line in self.lines}

    @property
    def reversal(self) -> bool:
        """A reversal of an earlier payment (CLP02 22)."""
        return any(line.outcome == "reversed" for line in self.lines)

    @property
    def denied(self) -> bool:
        """Any line drew a denial, in full or in part."""
        return any(line.denied for line in self.lines)


@dataclass
class LinkedNote:
    """A checked note with the remittance claim that answers it."""

    row: int
    result: dict[str, Any]
    date_of_service: date | None
    payer: str | None
    via: str
    remit: RemitClaim

    @property
    def denied(self) -> bool:
        """The claim drew a denial on any line."""
        return self.remit.denied

    @property
    def denial_codes(self) -> list[str]:
        """Group-CARC pairs and remark codes of the claim's denials."""
        codes: list[str] = []
        for line in self.remit.lines:
            codes.extend(c for c in line.denial_codes if c not in codes)
        return codes


@dataclass
class LinkReport:
    """How many remittance claims and lines linked, how many did not, and why."""

    remit_claims: int = 0
    remit_lines: int = 0
    remit_errors: Counter[str] = field(default_factory=Counter)
    linked_claims: int = 0
    linked_lines: int = 0
    by_method: Counter[str] = field(default_factory=Counter)
    unlinked: Counter[str] = field(default_factory=Counter)
    unlinked_lines: Counter[str] = field(default_factory=Counter)
    notes: int = 0
    notes_linked: int = 0
    notes_unlinked: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as JSON-ready data (counts and reasons only, no identifiers)."""
        return {
            "remittance_claims": self.remit_claims,
            "remittance_lines": self.remit_lines,
            "remittance_error_rows": dict(self.remit_errors),
            "linked_claims": self.linked_claims,
            "linked_lines": self.linked_lines,
            "linked_by": dict(self.by_method),
            "unlinked_claims": dict(self.unlinked),
            "unlinked_lines": dict(self.unlinked_lines),
            "unlinked_reasons": {k: UNLINKED_REASONS[k] for k in self.unlinked},
            "notes": self.notes,
            "notes_linked": self.notes_linked,
            "notes_unlinked": dict(self.notes_unlinked),
        }


def group_claims(rows: Iterable[RemitRow], report: LinkReport) -> list[RemitClaim]:
    """Gather remittance lines into claim payments; count error rows in the report."""
    grouped: dict[tuple[str, str, str], list[RemitLine]] = defaultdict(list)
    for row in rows:
        if isinstance(row, RemitError):
            report.remit_errors[row.type] += 1
            continue
        grouped[(row.file, row.transaction, row.patient_control_number)].append(row)
    claims = []
    for (file, transaction, pcn), lines in grouped.items():
        keys = [line.patient_key for line in lines if line.patient_key]
        claims.append(
            RemitClaim(
                file=file,
                transaction=transaction,
                patient_control_number=pcn,
                patient_key=keys[0] if keys else None,
                paid_date=lines[0].paid_date,
                lines=tuple(lines),
            )
        )
    # First adjudications first: by payment date, then file order.
    claims.sort(key=lambda c: (c.paid_date or date.max, c.file, c.transaction))
    return claims


def _document_candidates(source: str) -> Iterator[str]:
    key = source.strip().replace("\\", "/")
    while key.startswith("./"):
        key = key[2:]
    yield key
    if "!" in key:
        key = key.rsplit("!", 1)[1]
        yield key
    parts = key.split("/")
    for start in range(1, len(parts)):
        yield "/".join(parts[start:])


def manifest_claim_ids(text: str, name: str = "manifest") -> dict[str, str]:
    """Return document -> claim id from a claims manifest (CSV or JSONL, as batch reads it).

    Raises
    ------
    ValueError
        When the manifest has no ``document`` and ``claim_id`` (a CSV column, or a JSONL field
        next to ``document`` or inside ``claim``).
    """
    text = text.lstrip("\ufeff")
    found: dict[str, str] = {}
    if text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                msg = f"{name}:{number}: not JSON ({exc.msg})"
                raise ValueError(msg) from exc
            claim = data.get("claim") if isinstance(data.get("claim"), dict) else data
            if isinstance(data.get("document"), str) and claim.get("claim_id"):
                found[data["document"].strip()] = str(claim["claim_id"]).strip()
    else:
        reader = csv.DictReader(io.StringIO(text))
        columns = {(c or "").strip().lower() for c in reader.fieldnames or []}
        if not {"document", "claim_id"} <= columns:
            msg = f"{name}: a CSV manifest needs 'document' and 'claim_id' columns to link claims"
            raise ValueError(msg)
        for raw in reader:
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
            if row.get("document") and row.get("claim_id"):
                found.setdefault(row["document"], row["claim_id"])
    return found


def _value(row: Mapping[str, Any], *path: str) -> Any:
    node: Any = row
    for key in path:
        if not isinstance(node, Mapping):
            return None
        node = node.get(key)
    return node


def _dos(row: Mapping[str, Any]) -> date | None:
    for text in (
        _value(row, "claim", "date_of_service"),
        _value(row, "elements", "date_of_service", "value"),
    ):
        if isinstance(text, str):
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                continue
    return None


def _codes(row: Mapping[str, Any]) -> set[str]:
    lines = _value(row, "claim", "lines") or []
    codes = {str(line.get("code")) for line in lines if isinstance(line, Mapping)}
    if row.get("billed_code"):
        codes.add(str(row["billed_code"]))
    return codes


def link(
    results: Sequence[Mapping[str, Any]],
    remit_rows: Iterable[RemitRow],
    claim_ids: Mapping[str, str] | None = None,
) -> tuple[list[LinkedNote], LinkReport]:
    """Link remittance claims to result rows; return the linked notes and the report."""
    report = LinkReport()
    claims = group_claims(remit_rows, report)
    report.remit_claims = len(claims)
    report.remit_lines = sum(len(c.lines) for c in claims)
    by_claim_id: dict[str, int] = {}
    by_patient: dict[str, list[int]] = defaultdict(list)
    for index, row in enumerate(results):
        report.notes += 1
        if row.get("status") != "ok":
            continue
        claim_id = _value(row, "claim", "claim_id")
        if not claim_id and claim_ids:
            source = str(row.get("source") or "")
            claim_id = next(
                (claim_ids[c] for c in _document_candidates(source) if c in claim_ids), None
            )
        if claim_id:
            by_claim_id.setdefault(str(claim_id), index)
        key = _value(row, "patient", "key")
        if key:
            by_patient[str(key)].append(index)
    linked: dict[int, LinkedNote] = {}
    for claim in claims:
        reason, found, via = _match(claim, results, by_claim_id, by_patient)
        if reason is None and found is not None and found in linked:
            reason = "later_adjudication"
        if reason is not None or found is None:
            reason = reason or "no_claim_id_or_key"
            report.unlinked[reason] += 1
            report.unlinked_lines[reason] += len(claim.lines)
            continue
        row = results[found]
        linked[found] = LinkedNote(
            row=found,
            result=dict(row),
            date_of_service=_dos(row) or min(claim.dates, default=None),
            payer=_value(row, "claim", "payer") or _value(row, "profile", "payer", "id"),
            via=via,
            remit=claim,
        )
        report.linked_claims += 1
        report.linked_lines += len(claim.lines)
        report.by_method[via] += 1
    for index, row in enumerate(results):
        if index in linked:
            report.notes_linked += 1
        else:
            report.notes_unlinked[
                "note_error" if row.get("status") != "ok" else "no_remittance"
            ] += 1
    return [linked[i] for i in sorted(linked)], report


def _match(
    claim: RemitClaim,
    results: Sequence[Mapping[str, Any]],
    by_claim_id: Mapping[str, int],
    by_patient: Mapping[str, list[int]],
) -> tuple[str | None, int | None, str]:
    if claim.reversal:
        return "reversal", None, ""
    index = by_claim_id.get(claim.patient_control_number)
    if index is not None:
        return None, index, "claim_id"
    if not claim.patient_key:
        return "no_claim_id_or_key", None, ""
    candidates = by_patient.get(claim.patient_key, [])
    if not candidates:
        return "no_note_for_patient", None, ""
    on_date = [i for i in candidates if _dos(results[i]) in claim.dates]
    if not on_date:
        return "no_note_on_date", None, ""
    billed = [i for i in on_date if _codes(results[i]) & claim.codes]
    if not billed:
        return "code_not_billed", None, ""
    if len(billed) > 1:
        return "ambiguous", None, ""
    return None, billed[0], "patient_key"
