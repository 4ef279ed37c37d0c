"""Write X12 835 (005010X221A1) remittance files for a fictional practice.

x12sdk's own generator emits files that pyx12 rejects (no BPR16, no PER*BL) and no LQ remark
segments, so the practice generator writes its remittances here, segment by segment, balanced
the way the implementation guide requires:

- a service line: charge - paid = the sum of its CAS amounts;
- a claim: charge - paid = the sum of its lines' and its own CAS amounts, and the patient
  responsibility is the sum of the PR adjustments;
- the check: BPR02 = the sum of the claims' payments.

Everything here is fictional: names, member ids, NPIs and amounts are made up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

CENT = Decimal("0.01")


@dataclass(frozen=True)
class Cas:
    """One adjustment: group code (CO, PR, OA, PI), reason code (CARC) and amount."""

    group: str
    reason: str
    amount: Decimal


@dataclass(frozen=True)
class Line:
    """One service line as adjudicated."""

    code: str
    charge: Decimal
    units: int = 1
    modifiers: tuple[str, ...] = ()
    adjustments: tuple[Cas, ...] = ()
    remarks: tuple[str, ...] = ()
    service_date: date | None = None
    control: str | None = None

    @property
    def paid(self) -> Decimal:
        """Charge less the adjustments."""
        return (self.charge - sum((a.amount for a in self.adjustments), Decimal(0))).quantize(CENT)


@dataclass(frozen=True)
class ClaimPayment:
    """One claim (CLP loop 2100) with its lines."""

    claim_id: str
    lines: tuple[Line, ...]
    patient_last: str
    patient_first: str
    member_id: str
    filing: str = "MB"  # CLP06: MB Medicare Part B, 12 a commercial PPO
    mrn: str | None = None  # REF*EA, the medical record number
    status: str = "1"  # CLP02: 1 processed as primary, 4 denied, 22 reversal
    payer_claim_id: str = ""
    place_of_service: str = "11"
    received: date | None = None

    @property
    def charge(self) -> Decimal:
        """Sum of the lines' charges."""
        return sum((line.charge for line in self.lines), Decimal(0))

    @property
    def paid(self) -> Decimal:
        """Sum of the lines' payments."""
        return sum((line.paid for line in self.lines), Decimal(0))

    @property
    def patient_responsibility(self) -> Decimal:
        """Sum of the PR adjustments."""
        return sum(
            (a.amount for line in self.lines for a in line.adjustments if a.group == "PR"),
            Decimal(0),
        )


@dataclass
class Remittance:
    """One 835 transaction: a payer paying one payee, with a check or EFT number."""

    payer_name: str
    payer_id: str
    payee_name: str
    payee_npi: str
    check_number: str
    paid_on: date
    claims: list[ClaimPayment] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        """What the payer sends: the sum of the claim payments."""
        return sum((c.paid for c in self.claims), Decimal(0))


def _money(value: Decimal) -> str:
    text = f"{value.quantize(CENT):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _d8(value: date) -> str:
    return value.strftime("%Y%m%d")


def _cas_segments(adjustments: tuple[Cas, ...]) -> list[str]:
    """CAS segments: one per group, up to six reason/amount pairs each."""
    out: list[str] = []
    groups: dict[str, list[Cas]] = {}
    for adjustment in adjustments:
        groups.setdefault(adjustment.group, []).append(adjustment)
    for group, items in groups.items():
        for start in range(0, len(items), 6):
            pairs = "*".join(f"{a.reason}*{_money(a.amount)}*" for a in items[start : start + 6])
            out.append(f"CAS*{group}*{pairs}".rstrip("*"))
    return out


def _transaction(remit: Remittance, control: str) -> list[str]:
    total = remit.total
    if total > 0:
        bpr = f"BPR*I*{_money(total)}*C*CHK************{_d8(remit.paid_on)}"
    else:
        bpr = f"BPR*H*0*C*NON************{_d8(remit.paid_on)}"
    segments = [
        f"ST*835*{control}",
        bpr,
        f"TRN*1*{remit.check_number}*1{remit.payer_id[-9:].rjust(9, '0')}",
        f"DTM*405*{_d8(remit.paid_on)}",
        f"N1*PR*{remit.payer_name}*XV*{remit.payer_id}",
        "N3*100 EXAMPLE WAY",
        "N4*SPRINGFIELD*IL*62701",
        "PER*BL*PROVIDER SERVICES*TE*8005550100",
        f"N1*PE*{remit.payee_name}*XX*{remit.payee_npi}",
        "REF*TJ*990000001",
    ]
    for number, claim in enumerate(remit.claims, start=1):
        segments.append(f"LX*{number}")
        clp = (
            f"CLP*{claim.claim_id}*{claim.status}*{_money(claim.charge)}*{_money(claim.paid)}*"
            f"{_money(claim.patient_responsibility) if claim.patient_responsibility else ''}*"
            f"{claim.filing}*{claim.payer_claim_id or claim.claim_id + 'P'}*"
            f"{claim.place_of_service}*1"
        )
        segments.append(clp)
        segments.append(
            f"NM1*QC*1*{claim.patient_last}*{claim.patient_first}****MI*{claim.member_id}"
        )
        if claim.mrn:
            segments.append(f"REF*EA*{claim.mrn}")
        if claim.received:
            segments.append(f"DTM*050*{_d8(claim.received)}")
        for line in claim.lines:
            composite = ":".join(("HC", line.code, *line.modifiers))
            segments.append(
                f"SVC*{composite}*{_money(line.charge)}*{_money(line.paid)}**{line.units}"
            )
            if line.service_date:
                segments.append(f"DTM*472*{_d8(line.service_date)}")
            segments.extend(_cas_segments(line.adjustments))
            if line.control:
                segments.append(f"REF*6R*{line.control}")
            for remark in line.remarks:
                segments.append(f"LQ*HE*{remark}")
    segments.append(f"SE*{len(segments) + 1}*{control}")
    return segments


def write_835(remits: list[Remittance], *, interchange: int = 1, on: date | None = None) -> str:
    """Return one interchange (ISA...IEA) holding each remittance as a transaction set."""
    when = on or (remits[0].paid_on if remits else date(2026, 1, 1))
    isa_control = f"{interchange:09d}"
    sender, receiver = "EXAMPLEPAYER".ljust(15), "EXAMPLEPRACT".ljust(15)
    segments = [
        f"ISA*00*          *00*          *ZZ*{sender}*ZZ*{receiver}*"
        f"{when:%y%m%d}*1200*^*00501*{isa_control}*0*T*:",
        f"GS*HP*EXAMPLEPAYER*EXAMPLEPRACT*{_d8(when)}*1200*{interchange}*X*005010X221A1",
    ]
    for index, remit in enumerate(remits, start=1):
        segments.extend(_transaction(remit, f"{index:04d}"))
    segments.append(f"GE*{len(remits)}*{interchange}")
    segments.append(f"IEA*1*{isa_control}")
    return "~\n".join(segments) + "~\n"
