"""Flat summaries of a results file: a CSV a biller opens, and Parquet for data teams.

Both carry the salted patient key only, never a name or MRN.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from nlp_checker.batch.output import dumps, iter_rows, row_key
from nlp_checker.files import OutputError, open_output, open_private

log = logging.getLogger(__name__)

COLUMNS = (
    "source",
    "doc_key",
    "status",
    "patient_key",
    "date_of_service",
    "billed_code",
    "suggested_code",
    "code_supported",
    "complete",
    "risk_score",
    "risk_level",
    "missing_elements",
    "signer",
    "patient_findings",
    "error_type",
    "claim_clean",
    "claim_issues",
    "denial_codes",
)


def missing_elements(row: dict[str, Any]) -> list[str]:
    """Return the required elements a row does not show as present."""
    return [
        name
        for name, finding in (row.get("elements") or {}).items()
        if finding.get("required") and finding.get("status") != "present"
    ]


def summary_row(row: dict[str, Any]) -> dict[str, Any]:
    """Return the flat summary of one result row."""
    elements = row.get("elements") or {}
    code_check = row.get("code_check") or {}
    risk = row.get("risk") or {}
    patient = row.get("patient") or {}
    signature = elements.get("signature") or {}
    return {
        "source": row.get("source"),
        "doc_key": row_key(row),
        "status": row.get("status"),
        "patient_key": patient.get("key"),
        "date_of_service": (elements.get("date_of_service") or {}).get("value"),
        "billed_code": row.get("billed_code"),
        "suggested_code": code_check.get("suggested"),
        "code_supported": code_check.get("supported"),
        "complete": row.get("complete"),
        "risk_score": risk.get("score"),
        "risk_level": risk.get("level"),
        "missing_elements": ";".join(missing_elements(row)),
        "signer": signature.get("value") if signature.get("status") == "present" else None,
        "patient_findings": ";".join(sorted({f["rule"] for f in patient.get("findings") or []})),
        "error_type": (row.get("error") or {}).get("type"),
        **claim_columns(row),
    }


def claim_columns(row: dict[str, Any]) -> dict[str, Any]:
    """Return the claim columns: clean or not, ``line:code`` of each claim issue, denial codes.

    Lines are numbered from 1 as on the claim form.
    """
    check = row.get("claim_check") or {}
    lines = check.get("lines") or []
    issues = [
        f"{line.get('line', 0) + 1}:{issue.get('code')}"
        for line in lines
        for issue in line.get("issues") or []
    ]
    return {
        "claim_clean": check.get("clean") if check else None,
        "claim_issues": ";".join(issues),
        "denial_codes": ";".join(check.get("denial_codes") or []),
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would run as a formula (signer names come from notes)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], path: Path) -> int:
    """Write the CSV summary; return the number of rows."""
    count = 0
    with open_output(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in summary_row(row).items()})
            count += 1
    return count


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        flat = summary_row(row)
        flat["result_json"] = dumps(row)
        batch.append(flat)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write_parquet(rows: Iterable[dict[str, Any]], path: Path, batch_size: int = 2000) -> int:
    """Write the summary columns plus each full row as JSON to Parquet, a batch at a time.

    Raises
    ------
    ImportError
        When pyarrow is not installed (``pip install 'nlp-checker[spark]'``).
    """
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    schema = pa.schema(
        [
            ("source", pa.string()),
            ("doc_key", pa.string()),
            ("status", pa.string()),
            ("patient_key", pa.string()),
            ("date_of_service", pa.string()),
            ("billed_code", pa.string()),
            ("suggested_code", pa.string()),
            ("code_supported", pa.bool_()),
            ("complete", pa.bool_()),
            ("risk_score", pa.float64()),
            ("risk_level", pa.string()),
            ("missing_elements", pa.string()),
            ("signer", pa.string()),
            ("patient_findings", pa.string()),
            ("error_type", pa.string()),
            ("claim_clean", pa.bool_()),
            ("claim_issues", pa.string()),
            ("denial_codes", pa.string()),
            ("result_json", pa.string()),
        ]
    )
    count = 0
    try:
        with open_private(path, "wb") as handle, pq.ParquetWriter(handle, schema) as writer:
            for batch in _batches(rows, batch_size):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
    except OSError as exc:
        raise OutputError(path, exc) from exc
    return count


def write_summaries(results: Path, csv_path: Path | None, parquet_path: Path | None) -> None:
    """Write the CSV and/or Parquet summaries of a results file (streamed, flat memory)."""
    if csv_path is not None:
        write_csv(iter_rows(results), csv_path)
    if parquet_path is not None:
        write_parquet(iter_rows(results), parquet_path)
