"""Read a results file once and keep what the report shows: counts, charts' data, top notes.

Memory stays bounded: counters, one small record per patient-level finding, and at most
``max_notes`` compact table rows (the highest-risk notes when the run is larger).
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class NoteRow:
    """One line of the notes table."""

    index: int
    source: str
    doc_key: str
    status: str
    date: str
    patient_key: str
    billed: str
    suggested: str
    supported: bool | None
    complete: bool
    score: float
    level: str
    missing: tuple[str, ...]
    findings: tuple[str, ...]
    signer: str


@dataclass
class SignerStats:
    """Per-signer counts."""

    notes: int = 0
    complete: int = 0
    high: int = 0
    score_sum: float = 0.0


@dataclass
class Summary:
    """Everything the report needs besides the per-note details."""

    total: int = 0
    ok: int = 0
    errors: int = 0
    complete: int = 0
    unsupported: int = 0
    levels: Counter[str] = field(default_factory=Counter)
    score_bins: list[int] = field(default_factory=lambda: [0] * 10)
    missing: Counter[str] = field(default_factory=Counter)
    error_types: Counter[str] = field(default_factory=Counter)
    signers: dict[str, SignerStats] = field(default_factory=lambda: defaultdict(SignerStats))
    patients: set[str] = field(default_factory=set)
    patient_findings: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict)
    finding_rules: Counter[str] = field(default_factory=Counter)
    notes: list[NoteRow] = field(default_factory=list)
    doc_index: dict[str, int] = field(default_factory=dict)
    truncated: bool = False
    # Claim lines (claim_check): how many claims went out clean, which issues the lines had,
    # which denial codes they would draw (with our own labels).
    claims: int = 0
    clean_claims: int = 0
    claim_lines: int = 0
    claim_issues: Counter[str] = field(default_factory=Counter)
    denial_codes: Counter[str] = field(default_factory=Counter)
    denial_labels: dict[str, str] = field(default_factory=dict)


def _note_row(index: int, row: dict[str, Any]) -> NoteRow:
    elements = row.get("elements") or {}
    code_check = row.get("code_check") or {}
    risk = row.get("risk") or {}
    patient = row.get("patient") or {}
    signature = elements.get("signature") or {}
    return NoteRow(
        index=index,
        source=str(row.get("source", "")),
        doc_key=str((row.get("batch") or {}).get("doc_key") or ""),
        status=str(row.get("status", "")),
        date=str((elements.get("date_of_service") or {}).get("value") or ""),
        patient_key=str(patient.get("key") or ""),
        billed=str(row.get("billed_code", "")),
        suggested=str(code_check.get("suggested", "")),
        supported=code_check.get("supported"),
        complete=bool(row.get("complete")),
        score=float(risk.get("score") or 0.0) if row.get("status") == "ok" else 1.0,
        level=str(risk.get("level") or "error"),
        missing=tuple(
            name
            for name, f in elements.items()
            if f.get("required") and f.get("status") != "present"
        ),
        findings=tuple(sorted({f["rule"] for f in patient.get("findings") or []})),
        signer=str(signature.get("value") or "") if signature.get("status") == "present" else "",
    )


def _claim(out: Summary, check: dict[str, Any] | None) -> None:
    if not check:
        return
    out.claims += 1
    out.clean_claims += bool(check.get("clean"))
    for line in check.get("lines") or []:
        out.claim_lines += 1
        out.claim_issues.update(str(i.get("code")) for i in line.get("issues") or [])
        out.denial_codes.update(line.get("denial_codes") or [])
    for code, label in (check.get("denial_labels") or {}).items():
        out.denial_labels.setdefault(code, str(label.get("label", "")))


def summarise(rows: Iterable[dict[str, Any]], max_notes: int = 5000) -> Summary:
    """Aggregate result rows (one pass) into a :class:`Summary`."""
    out = Summary()
    heap: list[tuple[float, int, NoteRow]] = []
    for index, row in enumerate(rows):
        note = _note_row(index, row)
        out.total += 1
        if note.status != "ok":
            out.errors += 1
            out.error_types[str((row.get("error") or {}).get("type", "error"))] += 1
        else:
            out.ok += 1
            out.complete += note.complete
            out.unsupported += note.supported is False
            out.levels[note.level] += 1
            out.score_bins[min(int(note.score * 10), 9)] += 1
            out.missing.update(note.missing)
            signer = out.signers[note.signer or "(no signature found)"]
            signer.notes += 1
            signer.complete += note.complete
            signer.high += note.level == "high"
            signer.score_sum += note.score
        if note.patient_key:
            out.patients.add(note.patient_key)
        _claim(out, row.get("claim_check"))
        for finding in (row.get("patient") or {}).get("findings") or []:
            sessions = tuple((s["date"], s["doc_key"]) for s in finding.get("sessions", []))
            key = (finding["rule"], finding["patient_key"], finding["message"], sessions)
            if key not in out.patient_findings:
                out.patient_findings[key] = finding
                out.finding_rules[finding["rule"]] += 1
        entry = (note.score, -index, note)
        if len(heap) < max_notes:
            heapq.heappush(heap, entry)
        else:
            out.truncated = True
            heapq.heappushpop(heap, entry)
    out.notes = [entry[2] for entry in sorted(heap, key=lambda e: (-e[0], -e[1]))]
    out.doc_index = {note.doc_key: note.index for note in out.notes}
    return out
