"""Read 835 remittance files with x12sdk into :class:`RemitLine` rows, never raising.

A file that is not X12, not an 835, of another version, cut short or malformed becomes one
:class:`RemitError` row (a partial file keeps the rows of its complete transactions). Nothing
here logs or quotes the file's content: 835s carry patient names, member ids and record
numbers. Error messages name the file, the transaction and the field, never a value.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from nlp_checker.remits.categories import CategoryMap, load_categories
from nlp_checker.remits.model import (
    ErrorType,
    LineAdjustment,
    Outcome,
    RemitError,
    RemitLine,
    RemitRow,
)

log = logging.getLogger(__name__)

MAX_REMIT_BYTES = 256 * 1024 * 1024
REMIT_SUFFIXES = (".835", ".x12", ".edi", ".txt", ".era", ".rmt")
_VERSION = "005010X221"
_ALNUM = re.compile(r"[^A-Z0-9]")


class Keyer(Protocol):
    """What the reader needs from a patient keyer (``PatientKeyer``): a key from identifiers."""

    def key_of(self, ids: Mapping[str, str]) -> tuple[str | None, str | None]:
        """Return ``(key, basis)`` for normalised identifiers (``{"mrn": ...}``)."""
        ...


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    text = str(value).strip()
    return text or None


def _date(value: Any) -> date | None:
    text = _text(value)
    if not text or len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _segments(data: str) -> tuple[list[list[str]], str, str]:
    """Split an interchange into segments (lists of elements); return them with the delimiters."""
    element, terminator = data[3], data[105]
    component = data[104]
    segments = []
    for raw in data.replace("\r", "").replace("\n", "").split(terminator):
        if raw.strip():
            segments.append(raw.strip().split(element))
    return segments, component, terminator


def _error(path: str, kind: ErrorType, message: str, **extra: Any) -> RemitError:
    return RemitError(file=path, type=kind, message=message, **extra)


@contextmanager
def _quiet_x12sdk() -> Iterator[None]:
    """Keep x12sdk's own log records (tracebacks of a bad segment) out of our logs."""
    logger = logging.getLogger("x12sdk")
    before = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = before


def _fields(exc: Exception) -> str:
    """Where a parse failed, by field name only (pydantic errors quote the input otherwise)."""
    if isinstance(exc, ValidationError):
        places = sorted(
            {
                ".".join(str(p) for p in e.get("loc", ()) if not isinstance(p, int))
                for e in exc.errors()
            }
        )
        return "invalid " + ", ".join(p for p in places[:3] if p) if places else "invalid segment"
    return type(exc).__name__


def _check_envelope(path: str, segments: Sequence[list[str]]) -> RemitError | None:
    names = [s[0].upper() for s in segments]
    gs = next((s for s in segments if s[0].upper() == "GS"), None)
    st = next((s for s in segments if s[0].upper() == "ST"), None)
    if st is None or gs is None:
        return _error(path, "not_835", "no functional group or transaction set (GS/ST) in the file")
    if len(st) < 2 or st[1] != "835":
        kind = st[1] if len(st) > 1 else "?"
        return _error(path, "not_835", f"transaction set {kind[:6]} is not an 835 remittance")
    version = gs[8] if len(gs) > 8 else ""
    if not version.startswith(_VERSION):
        return _error(
            path, "unsupported_version",
            f"version {version[:12] or '?'} is not 005010X221A1 (the HIPAA 5010 835)",
        )  # fmt: skip
    if "SE" not in names:
        return _error(path, "truncated", "the file ends before its first transaction set (no SE)")
    return None


def _outcome(status: str, paid: Decimal, denials: list[LineAdjustment]) -> Outcome:
    if status == "22":
        return "reversed"
    if not denials:
        return "paid"
    return "denied" if paid <= 0 else "partial"


def _procedure(composite: Any, component: str) -> tuple[str, list[str]]:
    parts = [p.strip() for p in (_text(composite) or "").split(component)]
    code = parts[1] if len(parts) > 1 else ""
    return code, [p for p in parts[2:6] if p]


def _adjustments(
    cas_segments: Iterable[Any], level: str, remarks: Sequence[str], categories: CategoryMap
) -> list[LineAdjustment]:
    out = []
    for cas in cas_segments or ():
        group = _text(cas.adjustment_group_code) or ""
        for position in range(1, 7):
            reason = _text(getattr(cas, f"adjustment_reason_code_{position}", None))
            amount = getattr(cas, f"monetary_amount_{position}", None)
            if reason is None:
                continue
            category = categories.categorize(reason, remarks)
            out.append(
                LineAdjustment(
                    level="claim" if level == "claim" else "line",
                    group=group,
                    carc=reason,
                    category=category,
                    denial=categories.is_denial(group, category) and (amount or 0) != 0,
                    amount=Decimal(amount) if amount is not None else Decimal(0),
                )
            )
    return out


def _patient_key(claim: Any, keyer: Keyer | None) -> tuple[str | None, str | None]:
    if keyer is None:
        return None, None
    for ref in claim.ref_segment or ():
        if _text(ref.reference_identification_qualifier) == "EA":
            mrn = _ALNUM.sub("", (_text(ref.reference_identification) or "").upper())
            if mrn:
                return keyer.key_of({"mrn": mrn})
    return None, None


def _claim_rows(
    path: str,
    transaction: Any,
    control: str,
    component: str,
    keyer: Keyer | None,
    categories: CategoryMap,
) -> Iterator[RemitRow]:
    header = transaction.header
    trn = header.trn_segment
    paid_date = _date(getattr(header.bpr_segment, "eft_effective_date", None))
    dtm = header.dtm_segment
    if paid_date is None and dtm is not None:
        paid_date = _date(getattr(dtm, "production_date", None))
    payer = transaction.loop_1000a.n1_segment
    context: dict[str, Any] = {
        "file": path,
        "transaction": control,
        "payer_name": _text(payer.name),
        "payer_id": _text(payer.identification_code),
        "check_number": _text(trn.reference_identification_1) if trn else None,
        "paid_date": paid_date,
    }
    for paid in transaction.claims():
        claim = paid.claim
        clp = claim.clp_segment
        pcn = _text(clp.patient_control_number) or ""
        status = _text(clp.claim_status_code) or ""
        key, basis = _patient_key(claim, keyer)
        claim_dates = [d for d in claim.dtm_segment or () if _text(d.date_time_qualifier) == "232"]
        claim_dos = _date(_dtm_value(claim_dates[0])) if claim_dates else None
        claim_remarks = _claim_remarks(claim)
        claim_adjustments = _adjustments(claim.cas_segment, "claim", claim_remarks, categories)
        line_total = Decimal(0)
        lines = list(paid.service_lines)
        for number, loop in enumerate(lines, start=1):
            svc = loop.svc_segment
            code, modifiers = _procedure(svc.composite_medical_procedure_identifier_1, component)
            remarks = [
                _text(lq.form_identifier) or ""
                for lq in loop.lq_segment or ()
                if _text(lq.code_list_qualifier_code) == "HE"
            ]
            remarks = [r for r in remarks if r] + [r for r in claim_remarks if r not in remarks]
            adjustments = _adjustments(loop.cas_segment, "line", remarks, categories)
            if len(lines) == 1:
                adjustments += claim_adjustments
            dos = next(
                (
                    _date(_dtm_value(d))
                    for d in loop.dtm_segment or ()
                    if _text(d.date_time_qualifier) in ("472", "150")
                ),
                claim_dos,
            )
            allowed = next(
                (
                    a.monetary_amount
                    for a in loop.amt_segment or ()
                    if _text(a.amount_qualifier_code) == "B6"
                ),
                None,
            )
            charge = Decimal(svc.line_item_charge_amount or 0)
            paid_amount = Decimal(svc.line_item_provider_payment_amount or 0)
            line_total += sum((a.amount for a in adjustments if a.level == "line"), Decimal(0))
            denials = [a for a in adjustments if a.denial]
            units = svc.units_of_service_paid_count
            yield RemitLine(
                **context,
                patient_control_number=pcn,
                payer_claim_id=_text(clp.payer_claim_control_number),
                claim_status=status,
                claim_filing=_text(clp.claim_filing_indicator_code),
                patient_key=key,
                patient_key_basis=basis,
                line_number=number,
                date_of_service=dos,
                code=code,
                modifiers=modifiers,
                units=int(units) if units is not None and units >= 1 else 1,
                charge=charge,
                paid=paid_amount,
                allowed=Decimal(allowed) if allowed is not None else None,
                outcome=_outcome(status, paid_amount, denials),
                group_codes=sorted({a.group for a in adjustments}),
                carc=list(dict.fromkeys(a.carc for a in adjustments if a.denial)),
                rarc=remarks,
                denial_categories=list(dict.fromkeys(a.category for a in denials)),
                adjustments=adjustments,
            )
        claim_total = sum((a.amount for a in claim_adjustments), Decimal(0)) + line_total
        charge = Decimal(clp.total_claim_charge_amount or 0)
        payment = Decimal(clp.claim_payment_amount or 0)
        if lines and status != "22" and charge - payment != claim_total:
            yield _error(
                path, "unbalanced",
                "claim charge less payment does not equal its adjustments; check the payer's file",
                transaction=control, patient_control_number=pcn,
            )  # fmt: skip


def _dtm_value(segment: Any) -> Any:
    return getattr(segment, "production_date", None) or getattr(segment, "date_time_period", None)


def _claim_remarks(claim: Any) -> list[str]:
    codes: list[str] = []
    for segment in (claim.mia_segment, claim.moa_segment):
        if segment is None:
            continue
        for name in type(segment).model_fields:
            if "remark_code" in name:
                value = _text(getattr(segment, name, None))
                if value:
                    codes.append(value)
    return codes


def read_remit_text(
    data: str,
    path: str = "<835>",
    keyer: Keyer | None = None,
    categories: CategoryMap | None = None,
) -> list[RemitRow]:
    """Return the rows of one 835 interchange (its text)."""
    from x12sdk.io import X12ModelReader

    categories = categories or load_categories()
    data = data.lstrip("\ufeff \t\r\n")
    if not data.startswith("ISA") or len(data) < 106:
        return [_error(path, "not_x12", "not an X12 interchange (it does not start with ISA)")]
    segments, component, _ = _segments(data)
    problem = _check_envelope(path, segments)
    if problem is not None:
        return [problem]
    transactions = [s for s in segments if s[0].upper() == "ST"]
    closed = sum(1 for s in segments if s[0].upper() == "SE")
    rows: list[RemitRow] = []
    read = 0
    with _quiet_x12sdk():
        try:
            with X12ModelReader(data) as reader:
                model: Any
                for model in reader.models():
                    read += 1
                    control = _text(model.header.st_segment.transaction_set_control_number) or ""
                    rows.extend(_claim_rows(path, model, control, component, keyer, categories))
        except Exception as exc:  # x12sdk raises many types on bad input; none may escape
            position = (
                transactions[read][2]
                if read < len(transactions) and len(transactions[read]) > 2
                else None
            )
            unbalanced = isinstance(exc, ValidationError) and any(
                "balance" in str(e.get("msg", "")) for e in exc.errors()
            )
            rows.append(
                _error(
                    path,
                    "unbalanced" if unbalanced else "malformed",
                    f"transaction {read + 1} could not be read ("
                    f"{'a claim does not balance' if unbalanced else _fields(exc)}); "
                    "the transactions before it are kept",
                    transaction=position,
                )
            )
            log.info("malformed 835 %s: %s in transaction %d", path, type(exc).__name__, read + 1)
            return rows
    if closed < len(transactions) or segments[-1][0].upper() != "IEA":
        rows.append(
            _error(
                path,
                "truncated",
                f"the file is cut short: {len(transactions) - read} of {len(transactions)} "
                "transaction sets are incomplete; the complete ones are kept",
            )
        )
    elif not any(isinstance(r, RemitLine) for r in rows):
        rows.append(_error(path, "no_claims", "the remittance pays or denies no claim lines"))
    return rows


def read_remit_file(
    path: str | Path, keyer: Keyer | None = None, categories: CategoryMap | None = None
) -> list[RemitRow]:
    """Return the rows of one 835 file; unreadable input is an error row, never an exception."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_REMIT_BYTES:
            return [
                _error(name, "too_large", f"the file is over {MAX_REMIT_BYTES:,} bytes; split it")
            ]
        raw = Path(path).read_bytes()
    except OSError as exc:
        return [_error(name, "unreadable", f"cannot read the file ({type(exc).__name__})")]
    # X12 is ASCII (basic or extended character set); Latin-1 never fails and keeps every byte.
    return read_remit_text(raw.decode("latin-1"), name, keyer, categories)


def expand_remits(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield files given directly, and remittance files found in directories."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in REMIT_SUFFIXES
            )
        else:
            yield path


def read_remits(paths: Iterable[str | Path], keyer: Keyer | None = None) -> Iterator[RemitRow]:
    """Yield the rows of every file (directories are searched), file by file."""
    categories = load_categories()
    for path in expand_remits(paths):
        yield from read_remit_file(path, keyer, categories)
