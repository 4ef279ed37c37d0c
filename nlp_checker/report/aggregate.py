"""Read a results file once and keep what the report shows: counts, charts' data, top notes.

Memory stays bounded: counters, one small record per patient-level finding, and at most
``max_notes`` compact table rows (the highest-risk notes when the run is larger).
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from nlp_checker.outputs import words

LEVELS = ("low", "medium", "high")
NO_PROVIDER = "(no signature found)"

_SIGNED = re.compile(
    r"^\s*(?:(?:electronically|e-?)\s*signed(?:\s+electronically)?(?:\s+by)?|signed(?:\s+"
    r"electronically)?(?:\s+by)?|attending(?:\s+physician)?|physician|provider|signature"
    r"|authenticated(?:\s+by)?|dr\.?)\s*[:\-]?\s*",
    re.IGNORECASE,
)
_CREDENTIALS = {
    "md", "do", "pa", "pa-c", "np", "crna", "dnp", "aprn", "mbbs", "phd", "facp", "rn", "dc",
    "faapmr", "mph", "np-c", "fipp", "daba", "jr", "sr", "ii", "iii",
}  # fmt: skip


def provider_name(signer: str) -> str:
    """Return one display name per provider, however the signature line wrote it.

    "Dr Jane Roe", "JANE ROE, MD" and "Signed electronically: Jane Roe, MD" all give
    "Jane Roe"; a signature without a name gives :data:`NO_PROVIDER`.
    """
    text = " ".join(signer.split())
    previous = None
    while previous != text:
        previous, text = text, _SIGNED.sub("", text, count=1)
    text = re.split(r"[,;(]| on \d| at \d|\d{1,2}/\d{1,2}/\d{2,4}", text)[0]
    tokens = [t for t in re.split(r"\s+", text.strip(" .:-")) if t]
    while tokens and tokens[-1].strip(".").lower() in _CREDENTIALS:
        tokens.pop()
    if not tokens or not any(ch.isalpha() for ch in "".join(tokens)):
        return NO_PROVIDER
    name = " ".join(tokens)
    # Keep a mixed-case name as written (McDonald); capitalise one in all caps or all lower.
    if name.isupper() or name.islower():
        name = name.title()
    return name


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
    provider: str = NO_PROVIDER
    # What is wrong, in words: the code problem first, then each required element not present.
    problems: tuple[str, ...] = ()
    # Every element that is not present (for the element filter).
    not_present: tuple[str, ...] = ()

    @property
    def month(self) -> str:
        """``YYYY-MM`` of the date of service, or ``""``."""
        return self.date[:7] if re.match(r"\d{4}-\d{2}", self.date) else ""


@dataclass
class SignerStats:
    """Per-signer counts."""

    notes: int = 0
    complete: int = 0
    high: int = 0
    score_sum: float = 0.0


@dataclass
class PeriodStats:
    """Counts for one month, one provider, or one provider in one month."""

    notes: int = 0
    complete: int = 0
    high: int = 0
    score_sum: float = 0.0

    def add(self, note: NoteRow) -> None:
        """Count one checked note."""
        self.notes += 1
        self.complete += note.complete
        self.high += note.level == "high"
        self.score_sum += note.score


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
    months: dict[str, PeriodStats] = field(default_factory=lambda: defaultdict(PeriodStats))
    providers: dict[str, PeriodStats] = field(default_factory=lambda: defaultdict(PeriodStats))
    provider_months: dict[tuple[str, str], PeriodStats] = field(
        default_factory=lambda: defaultdict(PeriodStats)
    )
    # The folder every source shares; the report shows sources relative to it.
    folder: str | None = None

    # Claim lines (claim_check): how many claims went out clean, which issues the lines had,
    # which denial codes they would draw (with our own labels).
    claims: int = 0
    clean_claims: int = 0
    claim_lines: int = 0
    claim_issues: Counter[str] = field(default_factory=Counter)
    denial_codes: Counter[str] = field(default_factory=Counter)
    denial_labels: dict[str, str] = field(default_factory=dict)


def problems(row: dict[str, Any]) -> tuple[str, ...]:
    """Return what is wrong with a result, in words (a code-only problem says so)."""
    if row.get("status") != "ok":
        error = row.get("error") or {}
        text = words.error_text(str(error.get("type", "")), str(error.get("message", "")))
        return (text[0].lower() + text[1:],)
    out = []
    code_check = row.get("code_check") or {}
    if code_check and not code_check.get("supported", True):
        supported = words.code_label(str(code_check.get("suggested", "")))
        out.append(f"the note supports {supported}, not the billed {code_check.get('billed')}")
    for driver in (row.get("risk") or {}).get("drivers") or []:
        element = str(driver.get("element", ""))
        if element.startswith("code:") and element != "code:unsupported":
            out.append(words.title(element).lower())
    claim = row.get("claim_check") or {}
    if claim and not claim.get("clean", True):
        # The claim's own problems: a note can be documented in full and its claim still denied.
        codes = ", ".join(claim.get("denial_codes") or [])
        if codes:
            out.append(f"claim would draw {codes}")
        else:
            issues = [i for line in claim.get("lines") or [] for i in line.get("issues") or []]
            titles = dict.fromkeys(words.issue_title(str(i.get("code"))) for i in issues)
            out.append("claim: " + ("; ".join(titles) or "not clean"))
    for name, finding in (row.get("elements") or {}).items():
        if finding.get("required") and finding.get("status") != "present":
            out.append(f"{words.short_title(name)} {words.STATUS_WORDS[finding['status']]}")
    return tuple(out)


def _common(folder: str | None, source: str) -> str:
    here = source.rsplit("/", 1)[0] + "/" if "/" in source else ""
    if folder is None:
        return here
    while folder and not here.startswith(folder):
        folder = folder[:-1].rsplit("/", 1)[0] + "/" if "/" in folder[:-1] else ""
    return folder


def _note_row(index: int, row: dict[str, Any]) -> NoteRow:
    elements = row.get("elements") or {}
    code_check = row.get("code_check") or {}
    risk = row.get("risk") or {}
    patient = row.get("patient") or {}
    signature = elements.get("signature") or {}
    signer = str(signature.get("value") or "") if signature.get("status") == "present" else ""
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
        signer=signer,
        provider=provider_name(signer) if signer else NO_PROVIDER,
        problems=problems(row),
        not_present=tuple(n for n, f in elements.items() if f.get("status") != "present"),
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
        out.folder = _common(out.folder, note.source)
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
            signer = out.signers[note.provider]
            signer.notes += 1
            signer.complete += note.complete
            signer.high += note.level == "high"
            signer.score_sum += note.score
            out.providers[note.provider].add(note)
            if note.month:
                out.months[note.month].add(note)
                out.provider_months[(note.provider, note.month)].add(note)
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
