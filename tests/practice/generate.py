"""Generate a fictional pain practice: notes, claims, a hidden denial process and its 835s.

The notes are the bundled development notes (examples/notes dev*, examples/dev2) that the checker
finds complete, with findings varied: the lines holding an element's evidence are cut, so the
element is truly absent from that note. Each note gets a fictional patient header (name, MRN,
DOB, date of service) and a claim (62323, sometimes with a 77003 line, a modifier, two units,
a Medicare or a commercial payer).

A **hidden ground-truth process** then decides which claims the payers deny: a noisy-OR over the
note's true gaps and the claim's traits, with weights that deliberately differ from the expert
weights in models/risk_weights.json (``HIDDEN_WEIGHTS``), plus a per-payer baseline for denials
no document explains. Denied lines carry the CARC/RARC the cause would draw. The remittances the
payers would send are written as X12 835 files (tests/practice/x835.py), weekly per payer.

Blind and held-out example sets are not used. Everything generated is fictional.
"""

from __future__ import annotations

import csv
import json
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.practice.x835 import Cas, ClaimPayment, Line, Remittance, write_835

ROOT = Path(__file__).resolve().parents[2]
BASE_SETS = (("examples/notes", "dev*.txt"), ("examples/dev2", "*.txt"))

# The hidden process: P(one cause alone denies the claim). Keys are what a note truly lacks
# (element ids) or a claim trait (claim:...). Deliberately unlike the expert weights: this
# practice's payers care far more about the post-procedure pain score and conservative care,
# and hardly at all about the number of saved views.
HIDDEN_WEIGHTS: dict[str, float] = {
    "vas_post": 0.70,
    "conservative_care": 0.55,
    "indication": 0.60,
    "vas_pre": 0.40,
    "spinal_level": 0.35,
    "signature": 0.25,
    "imaging_guidance": 0.85,
    "contrast_flow": 0.10,
    "needle_views": 0.03,
    "claim:77003": 0.95,
    "claim:modifier_rt": 0.80,
    "claim:units_2": 0.90,
}
# Denials no finding explains (eligibility, duplicates, timely filing), by payer.
HIDDEN_BASELINE: dict[str, float] = {"medicare": 0.04, "cigna-evicore": 0.08}
# What each cause draws on the remittance: group, CARC, RARCs; the line it lands on.
DENIAL_CODES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "vas_post": ("CO", "50", ("N115",)),
    "vas_pre": ("CO", "50", ("N115",)),
    "conservative_care": ("CO", "50", ("N115",)),
    "indication": ("CO", "50", ("N115",)),
    "spinal_level": ("CO", "50", ()),
    "signature": ("CO", "50", ()),
    "imaging_guidance": ("CO", "50", ("N115",)),
    "contrast_flow": ("CO", "50", ()),
    "needle_views": ("CO", "50", ()),
    "claim:77003": ("CO", "236", ("M80",)),
    "claim:modifier_rt": ("CO", "4", ()),
    "claim:units_2": ("CO", "151", ("N362",)),
    "baseline:medicare": ("CO", "16", ("MA130",)),
    "baseline:cigna-evicore": ("CO", "197", ()),
}
# How often the generator cuts each element from a note (several can go at once).
GAP_RATES: dict[str, float] = {
    "vas_post": 0.09,
    "vas_pre": 0.05,
    "signature": 0.08,
    "needle_views": 0.10,
    "contrast_flow": 0.07,
    "spinal_level": 0.04,
    "imaging_guidance": 0.02,
    "conservative_care": 0.08,
    "indication": 0.04,
}
TRAIT_RATES = {"claim:77003": 0.06, "claim:modifier_rt": 0.04, "claim:units_2": 0.03}
PAYERS = (("medicare", 0.65), ("cigna-evicore", 0.35))
PAYER_835 = {
    "medicare": ("EXAMPLE MEDICARE CONTRACTOR", "01112", "MB"),
    "cigna-evicore": ("EXAMPLE COMMERCIAL PLAN", "62308", "12"),  # CLP06 12: PPO
}
CHARGES = {"62323": Decimal("700.00"), "77003": Decimal("150.00")}
ALLOWED = {"medicare": Decimal("0.40"), "cigna-evicore": Decimal("0.55")}
LAST = ("ZABRISKIE", "QUILLEN", "VANTERPOOL", "OKONKWO", "HALVORSEN", "MBEKI", "DELACROIX",
        "YOSHIDA", "FENWICK", "ARGUELLO", "LINDQVIST", "PELLETIER", "NAKASHIMA", "BRANNIGAN")  # fmt: skip
FIRST = ("ALMA", "BRUNO", "CORA", "DESMOND", "EDITH", "FLOYD", "GRETA", "HOMER", "IMOGEN",
         "JASPER", "KAIA", "LEOPOLD", "MAEVE", "NILES")  # fmt: skip


@dataclass(frozen=True)
class Base:
    """A complete development note and the lines that hold each element's evidence."""

    name: str
    text: str
    lines: dict[str, frozenset[int]]


@dataclass
class Patient:
    """A fictional patient."""

    mrn: str
    last: str
    first: str
    dob: date
    payer: str
    state: str


@dataclass
class GeneratedClaim:
    """One note and its claim, with what the hidden process did to it."""

    claim_id: str
    document: str
    mrn: str
    date_of_service: str
    payer: str
    base: str
    lines: list[dict[str, Any]]
    gaps: list[str]
    traits: list[str]
    probability: float
    denied: bool
    causes: list[str] = field(default_factory=list)
    remitted: bool = True
    remit_mrn: bool = True


@dataclass
class Practice:
    """Where a generated practice was written, and its claims."""

    root: Path
    notes: Path
    manifest: Path
    remits: Path
    truth: Path
    claims: list[GeneratedClaim]

    @property
    def denial_rate(self) -> float:
        """Share of remitted claims the hidden process denied."""
        remitted = [c for c in self.claims if c.remitted]
        return sum(c.denied for c in remitted) / max(len(remitted), 1)


def _line_index(text: str) -> list[int]:
    starts, position = [], 0
    for line in text.split("\n"):
        starts.append(position)
        position += len(line) + 1
    return starts


def _lines_of(starts: Sequence[int], start: int, end: int) -> set[int]:
    first = max(i for i, s in enumerate(starts) if s <= start)
    last = max(i for i, s in enumerate(starts) if s <= max(start, end - 1))
    return set(range(first, last + 1))


def load_bases(checker: Any) -> list[Base]:
    """Return the development notes the checker finds complete for 62323, with evidence lines."""
    bases = []
    for folder, pattern in BASE_SETS:
        for path in sorted((ROOT / folder).glob(pattern)):
            text = path.read_text(encoding="utf-8")
            result = checker.check_text(text, source=path.name)
            if result.status != "ok" or not result.complete or result.risk.score > 0:
                continue
            starts = _line_index(text)
            lines: dict[str, frozenset[int]] = {}
            for element in GAP_RATES:
                finding = result.elements.get(element)
                if finding is None or finding.status != "present" or not finding.evidence:
                    continue
                held: set[int] = set()
                for item in finding.evidence:
                    held |= _lines_of(starts, item.start, item.end)
                lines[element] = frozenset(held)
            if set(GAP_RATES) <= set(lines):
                bases.append(Base(path.name, text, lines))
    return bases


def _cut(base: Base, wanted: set[str]) -> tuple[str, list[str]]:
    """Cut the evidence lines of ``wanted``; return the text and every element truly gone."""
    removed: set[int] = set()
    for element in wanted:
        removed |= base.lines[element]
    gone = sorted(e for e, held in base.lines.items() if held <= removed)
    kept = [line for i, line in enumerate(base.text.split("\n")) if i not in removed]
    return "\n".join(kept), gone


def _noisy_or(causes: Sequence[str], baseline: float) -> float:
    keep = 1.0 - baseline
    for cause in causes:
        keep *= 1.0 - HIDDEN_WEIGHTS[cause]
    return 1.0 - keep


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def _paid_line(code: str, units: int, modifiers: tuple[str, ...], payer: str, dos: date) -> Line:
    charge = CHARGES[code] * units
    allowed = _money(charge * ALLOWED[payer])
    share = _money(allowed * Decimal("0.20")) if payer == "medicare" else Decimal("40.00")
    adjustments = (
        Cas("CO", "45", charge - allowed),
        Cas("PR", "2" if payer == "medicare" else "3", share),
    )
    return Line(code, charge, units, modifiers, adjustments, service_date=dos)


def _denied_line(code: str, units: int, modifiers: tuple[str, ...], cause: str, dos: date) -> Line:
    group, carc, remarks = DENIAL_CODES[cause]
    charge = CHARGES[code] * units
    return Line(code, charge, units, modifiers, (Cas(group, carc, charge),), remarks, dos)


def generate_practice(
    root: Path,
    checker: Any,
    *,
    claims: int = 400,
    seed: int = 11,
    start: date = date(2025, 1, 6),
    days: int = 540,
    bases: Sequence[Base] | None = None,
) -> Practice:
    """Write a practice of ``claims`` notes under ``root`` and return it."""
    rng = random.Random(seed)
    bases = list(bases) if bases is not None else load_bases(checker)
    if not bases:
        msg = "no complete development note to vary"
        raise RuntimeError(msg)
    notes = root / "notes"
    remit_dir = root / "remits"
    notes.mkdir(parents=True, exist_ok=True)
    remit_dir.mkdir(exist_ok=True)
    patients = [
        Patient(
            mrn=f"7{rng.randrange(10**6, 10**7)}",
            last=rng.choice(LAST),
            first=rng.choice(FIRST),
            dob=date(1940, 1, 1) + timedelta(days=rng.randrange(0, 365 * 45)),
            payer=rng.choices([p for p, _ in PAYERS], [w for _, w in PAYERS])[0],
            state=rng.choice(("IL", "WI", "IN")),
        )
        for _ in range(max(claims // 3, 1))
    ]
    generated: list[GeneratedClaim] = []
    by_payer_week: dict[tuple[str, date], list[ClaimPayment]] = defaultdict(list)
    for number in range(1, claims + 1):
        patient = rng.choice(patients)
        base = rng.choice(bases)
        dos = start + timedelta(days=rng.randrange(days))
        wanted = {e for e, rate in GAP_RATES.items() if rng.random() < rate}
        text, gaps = _cut(base, wanted)
        traits = [t for t, rate in TRAIT_RATES.items() if rng.random() < rate]
        header = (
            f"Patient: {patient.last}, {patient.first}   MRN: {patient.mrn}   "
            f"DOB: {patient.dob:%m/%d/%Y}\nDate of service: {dos:%m/%d/%Y}\n"
        )
        claim_id = f"PR{number:06d}"
        document = f"{claim_id}.txt"
        (notes / document).write_text(header + text, encoding="utf-8")
        modifiers = ("RT",) if "claim:modifier_rt" in traits else ()
        units = 2 if "claim:units_2" in traits else 1
        lines = [{"code": "62323", "units": units, "modifiers": list(modifiers)}]
        if "claim:77003" in traits:
            lines.append({"code": "77003", "units": 1, "modifiers": []})
        causes = [*gaps, *traits]
        baseline = HIDDEN_BASELINE[patient.payer]
        probability = _noisy_or(causes, baseline)
        fired = [c for c in causes if rng.random() < HIDDEN_WEIGHTS[c]]
        if rng.random() < baseline:
            fired.append(f"baseline:{patient.payer}")
        claim = GeneratedClaim(
            claim_id=claim_id,
            document=document,
            mrn=patient.mrn,
            date_of_service=dos.isoformat(),
            payer=patient.payer,
            base=base.name,
            lines=lines,
            gaps=gaps,
            traits=traits,
            probability=round(probability, 4),
            denied=bool(fired),
            causes=fired,
            remitted=rng.random() > 0.03,  # a few claims are still pending
            remit_mrn=rng.random() > 0.1,  # some payers leave out the record number
        )
        generated.append(claim)
        if claim.remitted:
            payment = _remit(claim, patient, dos, modifiers, units)
            paid_on = dos + timedelta(days=14 + rng.randrange(21))
            week = paid_on - timedelta(days=paid_on.weekday())
            by_payer_week[(patient.payer, week)].append(payment)
    _write_remits(remit_dir, by_payer_week, rng)
    manifest = root / "manifest.csv"
    _write_manifest(manifest, generated, {p.mrn: p for p in patients})
    truth = root / "truth.jsonl"
    truth.write_text("".join(json.dumps(asdict(c)) + "\n" for c in generated), encoding="utf-8")
    return Practice(root, notes, manifest, remit_dir, truth, generated)


def _remit(
    claim: GeneratedClaim, patient: Patient, dos: date, modifiers: tuple[str, ...], units: int
) -> ClaimPayment:
    """The claim as the payer pays it: the strongest fired cause picks the codes and the line."""
    cause = max(claim.causes, key=lambda c: HIDDEN_WEIGHTS.get(c, 0.0), default=None)
    lines = []
    for spec in claim.lines:
        code = spec["code"]
        on_this_line = cause is not None and (
            (code == "77003") == (cause == "claim:77003") or not cause.startswith("claim:")
        )
        if cause is not None and on_this_line:
            lines.append(_denied_line(code, spec["units"], tuple(spec["modifiers"]), cause, dos))
        else:
            lines.append(
                _paid_line(code, spec["units"], tuple(spec["modifiers"]), claim.payer, dos)
            )
    filing = PAYER_835[claim.payer][2]
    all_denied = all(line.paid == 0 for line in lines)
    return ClaimPayment(
        claim_id=claim.claim_id,
        lines=tuple(lines),
        patient_last=patient.last,
        patient_first=patient.first,
        member_id=f"M{patient.mrn}X",
        filing=filing,
        mrn=patient.mrn if claim.remit_mrn else None,
        status="4" if all_denied else "1",
    )


def _write_remits(
    folder: Path, by_payer_week: dict[tuple[str, date], list[ClaimPayment]], rng: random.Random
) -> None:
    for index, ((payer, week), payments) in enumerate(sorted(by_payer_week.items()), start=1):
        name, payer_id, _ = PAYER_835[payer]
        remit = Remittance(
            payer_name=name,
            payer_id=payer_id,
            payee_name="EXAMPLE SPINE AND PAIN PRACTICE",
            payee_npi="1234567893",
            check_number=f"EFT{rng.randrange(10**8, 10**9)}",
            paid_on=week + timedelta(days=4),
            claims=payments,
        )
        path = folder / f"{payer}_{week.isoformat()}.835"
        path.write_text(write_835([remit], interchange=index), encoding="ascii")


def _write_manifest(
    path: Path, claims: Sequence[GeneratedClaim], patients: dict[str, Patient]
) -> None:
    """A claims manifest (CSV, one row per claim line) as batch --manifest reads it."""
    columns = ("document", "claim_id", "code", "units", "modifiers", "icd10",
               "date_of_service", "payer", "state")  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for claim in claims:
            state = patients[claim.mrn].state
            for line in claim.lines:
                writer.writerow(
                    (
                        claim.document,
                        claim.claim_id,
                        line["code"],
                        line["units"],
                        ";".join(line["modifiers"]),
                        "M54.16",
                        claim.date_of_service,
                        claim.payer,
                        state,
                    )
                )
