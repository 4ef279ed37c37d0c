"""Run the checker on Apache Spark: a DataFrame of paths, texts or file contents in, rows out.

The pipeline is built once per executor Python process (cached at module level and reused by
every partition that process runs; Spark reuses Python workers by default), and each
partition streams its documents through it. Rows carry the same JSON as ``nlp-checker batch``
writes, so the report and the patient-level rules read them unchanged.

Install with ``pip install 'nlp-checker[spark]'`` on the driver and on every executor.

Examples
--------
>>> df = spark.read.format("binaryFile").load("s3://bucket/notes/*.pdf")  # doctest: +SKIP
>>> rows = check_dataframe(df, content_col="content", path_col="path", salt=salt)  # doctest: +SKIP
>>> rows.write.mode("overwrite").parquet("s3://bucket/results/")  # doctest: +SKIP
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp_checker.batch.sources import ArchiveLimits, Item, read_file
from nlp_checker.batch.work import DocumentChecker, WorkerConfig
from nlp_checker.claims.model import Claim, parse_claim

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from nlp_checker.patients.evaluate import Visit

RESULT_COLUMNS = (
    "doc_key",
    "source",
    "status",
    "patient_key",
    "date_of_service",
    "billed_code",
    "suggested_code",
    "risk_score",
    "risk_level",
    "result_json",
)

# One DocumentChecker per executor Python process and configuration.
_CHECKERS: dict[WorkerConfig, DocumentChecker] = {}


def _checker(config: WorkerConfig) -> DocumentChecker:
    if config not in _CHECKERS:
        _CHECKERS[config] = DocumentChecker(config)
    return _CHECKERS[config]


def _item(
    record: Any, text_col: str | None, path_col: str | None, content_col: str | None,
    claim_col: str | None = None,
) -> Item:  # fmt: skip
    fields = record.asDict() if hasattr(record, "asDict") else dict(record)
    source = str(fields.get(path_col)) if path_col and fields.get(path_col) is not None else ""
    claim = None
    if claim_col is not None and fields.get(claim_col):
        raw = fields[claim_col]
        claim = parse_claim(json.loads(raw) if isinstance(raw, str) else raw, f"{claim_col} column")
    if content_col is not None:
        content = fields.get(content_col)
        item = Item(source=source or "<content>", data=bytes(content) if content else b"")
    elif text_col is not None:
        text = fields.get(text_col) or ""
        item = Item(source=source or "<text>", data=str(text).encode("utf-8"))
    else:
        item = read_file(Path(source), ArchiveLimits())
    return replace(item, claim=claim) if claim is not None else item


def result_record(row: dict[str, Any]) -> tuple[Any, ...]:
    """Return the Spark record (in :data:`RESULT_COLUMNS` order) of a batch row."""
    elements = row.get("elements") or {}
    risk = row.get("risk") or {}
    return (
        (row.get("batch") or {}).get("doc_key"),
        row.get("source"),
        row.get("status"),
        (row.get("patient") or {}).get("key"),
        (elements.get("date_of_service") or {}).get("value"),
        row.get("billed_code"),
        (row.get("code_check") or {}).get("suggested"),
        risk.get("score"),
        risk.get("level"),
        json.dumps(row, ensure_ascii=False, separators=(",", ":")),
    )


def check_partition(
    records: Iterable[Any],
    config: WorkerConfig,
    text_col: str | None = None,
    path_col: str | None = "path",
    content_col: str | None = None,
    claim_col: str | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Check the documents of one partition (what ``mapPartitions`` runs on an executor)."""
    checker = _checker(config)
    for record in records:
        item = _item(record, text_col, path_col, content_col, claim_col)
        yield result_record(checker.check(item))


def check_dataframe(
    df: DataFrame,
    *,
    salt: str,
    text_col: str | None = None,
    path_col: str | None = "path",
    content_col: str | None = None,
    claim: Claim | None = None,
    claim_col: str | None = None,
    timeout: float | None = None,
) -> DataFrame:
    """Map a DataFrame of documents to a DataFrame of result rows.

    Parameters
    ----------
    df : pyspark.sql.DataFrame
        One document per record: a ``content_col`` of bytes (``spark.read.format("binaryFile")``
        gives ``path`` and ``content``), a ``text_col`` of note text, or only a ``path_col``
        readable from every executor.
    salt : str
        Patient-key salt (keep it secret; the same salt keys patients the same way everywhere).
    text_col, path_col, content_col : str, optional
        Column names; ``path_col`` also names the row's ``source``.
    claim : Claim, optional
        The claim every document is checked against (default: 62323 billed to Medicare).
    claim_col : str, optional
        A column holding each document's own claim as JSON (schema/claim.schema.json); rows
        where it is empty get ``claim``.
    timeout : float, optional
        Per-document timeout in seconds (uses SIGALRM, so only in the executor's main thread).

    Returns
    -------
    pyspark.sql.DataFrame
        Columns :data:`RESULT_COLUMNS`; ``result_json`` is the full row as ``batch`` writes it.
    """
    from pyspark.sql.types import DoubleType, StringType, StructField, StructType

    config = WorkerConfig(salt=salt, claim=claim or Claim.default(), timeout=timeout)
    schema = StructType(
        [
            StructField(name, DoubleType() if name == "risk_score" else StringType())
            for name in RESULT_COLUMNS
        ]
    )
    run = partial(
        check_partition,
        config=config,
        text_col=text_col,
        path_col=path_col,
        content_col=content_col,
        claim_col=claim_col,
    )
    return df.rdd.mapPartitions(run).toDF(schema)


def _visits(results: DataFrame) -> list[Visit]:
    """Collect the compact visit records of a result DataFrame, numbered, linked by patient."""
    from nlp_checker.patients.evaluate import link_patients, visit_from_row
    from nlp_checker.patients.rules import load_patient_rules

    def to_visit(record: Any) -> Visit | None:
        return visit_from_row(0, json.loads(record["result_json"]), load_patient_rules())

    collected: list[Visit | None] = results.select("result_json").rdd.map(to_visit).collect()
    visits = [v for v in collected if v is not None]
    return link_patients(replace(v, row=i) for i, v in enumerate(visits))


def patient_findings(results: DataFrame) -> list[dict[str, Any]]:
    """Evaluate the patient-level rules over a result DataFrame; return the findings.

    Only the compact visit records (a few short strings per note) are collected to the driver.
    Each finding names the ``doc_key`` of the row it concerns.
    """
    from nlp_checker.patients.evaluate import evaluate_visits

    visits = _visits(results)
    out: list[dict[str, Any]] = []
    for index, findings in sorted(evaluate_visits(visits).items()):
        for finding in findings:
            out.append({"doc_key": visits[index].doc_key, **finding.model_dump(mode="json")})
    return out


def with_patient_findings(results: DataFrame) -> DataFrame:
    """Return ``results`` with the patient-level findings written into each row's JSON.

    The rows then match what ``nlp-checker batch`` writes after its patient-rule pass
    (linked patient keys included). The findings, a few per flagged note, travel to the
    executors as a broadcast variable keyed by ``doc_key``.
    """
    from nlp_checker.batch.finalize import add_to_claim_check, claim_labels
    from nlp_checker.patients.evaluate import LINKED_BASIS, PatientFinding, evaluate_visits

    visits = _visits(results)
    updates: dict[str, dict[str, Any]] = {}
    for visit in visits:
        entry = updates.setdefault(visit.doc_key, {"findings": []})
        if visit.key_basis == LINKED_BASIS:
            entry["key"] = visit.patient_key
    for index, findings in evaluate_visits(visits).items():
        updates[visits[index].doc_key]["findings"] += [f.model_dump(mode="json") for f in findings]
    shared = results.sparkSession.sparkContext.broadcast(updates)
    labels, fixes = claim_labels()

    def update(record: Any) -> tuple[Any, ...]:
        row = json.loads(record["result_json"])
        patient = row.get("patient")
        if isinstance(patient, dict):
            entry = shared.value.get(row["batch"]["doc_key"], {})
            patient["findings"] = entry.get("findings", [])
            if "key" in entry:
                patient["key"], patient["key_basis"] = entry["key"], LINKED_BASIS
            found = [PatientFinding.model_validate(f) for f in patient["findings"]]
            add_to_claim_check(row, found, labels, fixes)
        return result_record(row)

    return results.rdd.map(update).toDF(results.schema)
