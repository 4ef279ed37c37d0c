"""``nlp-checker remits``: read 835 remittances into one row per claim line (JSONL or CSV)."""

from __future__ import annotations

import csv
import json
import os
import sys
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import click

SALT_ENV = "NLP_CHECKER_PATIENT_SALT"
CSV_COLUMNS = (
    "file", "transaction", "payer_id", "paid_date", "patient_control_number", "payer_claim_id",
    "claim_status", "patient_key", "line_number", "date_of_service", "code", "modifiers",
    "units", "charge", "paid", "outcome", "group_codes", "carc", "rarc", "denial_categories",
)  # fmt: skip


def read_salt(salt_file: Path | None) -> str | None:
    """Return the patient-key salt: ``--salt-file``, else the environment, else None."""
    if salt_file is not None:
        return salt_file.read_text(encoding="utf-8").strip() or None
    return os.environ.get(SALT_ENV) or None


@click.command("remits")
@click.argument("remits", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "summary"]), default="jsonl",
    show_default=True, help="One JSON row per claim line, CSV, or counts only.",
)  # fmt: skip
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Write here (mode 0600: rows carry claim ids) instead of standard output.",
)  # fmt: skip
@click.option(
    "--salt-file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
    help="Patient-key salt of the batch run the remittances answer [default: "
    "$NLP_CHECKER_PATIENT_SALT]; without one, rows carry no patient key.",
)  # fmt: skip
def remits(remits: tuple[Path, ...], fmt: str, output: Path | None, salt_file: Path | None) -> None:
    """Read X12 835 remittance files (or folders of them) into one row per claim line.

    Each row has the claim's patient control number (the practice's claim id), the date of
    service, CPT, units, modifiers, whether the line was paid or denied, the group codes, CARC
    and RARC codes with our own category, and the amounts. Patient names, member ids and record
    numbers are not output: the record number becomes the salted patient key batch uses. A bad
    or partial file gives a typed error row; the command never stops on one.
    """
    from nlp_checker.files import open_output
    from nlp_checker.patients.identity import PatientKeyer
    from nlp_checker.remits.model import RemitLine
    from nlp_checker.remits.read import read_remits

    salt = read_salt(salt_file)
    keyer = PatientKeyer(salt) if salt else None
    counts: Counter[str] = Counter()
    with ExitStack() as stack:
        stream: IO[str] = (
            stack.enter_context(open_output(output, "w", encoding="utf-8", newline=""))
            if output
            else sys.stdout
        )
        writer = csv.writer(stream) if fmt == "csv" else None
        if writer is not None:
            writer.writerow(CSV_COLUMNS)
        for row in read_remits(remits, keyer):
            counts[row.outcome if isinstance(row, RemitLine) else f"error:{row.type}"] += 1
            if fmt == "jsonl":
                stream.write(row.model_dump_json() + "\n")
            elif writer is not None and isinstance(row, RemitLine):
                data = row.model_dump(mode="json")
                writer.writerow(
                    ";".join(v) if isinstance(v := data.get(c), list) else v for c in CSV_COLUMNS
                )
            elif writer is not None and not isinstance(row, RemitLine):
                click.echo(f"{row.file}: {row.type}: {row.message}", err=True)
    lines = sum(v for k, v in counts.items() if not k.startswith("error:"))
    errors = sum(v for k, v in counts.items() if k.startswith("error:"))
    if fmt == "summary":
        click.echo(json.dumps({"lines": lines, "errors": errors, "by_outcome": dict(counts)}))
    click.echo(
        f"{lines} claim lines ({counts['denied']} denied, {counts['partial']} partly denied), "
        f"{errors} error rows" + ("" if keyer else "; no salt, so no patient keys"),
        err=True,
    )
