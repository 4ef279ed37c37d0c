"""``nlp-checker batch``: check folders and archives in parallel into resumable JSONL."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from nlp_checker.claims.options import claim_options


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL results file (one row per document, written as each finishes).",
)  # fmt: skip
@click.option("--resume", is_flag=True, help="Keep rows already in --output; check the rest.")
@click.option(
    "--workers", "-j", type=click.IntRange(min=1), default=None,
    help="Worker processes [default: the machine's cores].",
)  # fmt: skip
@claim_options
@click.option(
    "--claims", "claims_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Claims manifest (CSV or JSONL): each document's claim, matched by its name or the end "
    "of its path; documents not in it get the claim of the flags.",
)  # fmt: skip
@click.option(
    "--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True,
    help="Seconds one document may take before it becomes an error row (0: no limit).",
)  # fmt: skip
@click.option(
    "--summary", "csv_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="CSV summary, one row per note [default: OUTPUT with .csv].",
)  # fmt: skip
@click.option(
    "--parquet", "parquet_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Also write Parquet (needs pyarrow: pip install 'nlp-checker[spark]').",
)  # fmt: skip
@click.option(
    "--salt-file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
    help="File holding the patient-key salt [default: $NLP_CHECKER_PATIENT_SALT, else "
    "OUTPUT.salt, created with mode 0600].",
)  # fmt: skip
@click.option("--no-patient-rules", is_flag=True, help="Skip the patient-level rules.")
@click.option(
    "--progress", type=click.Choice(["auto", "bar", "lines", "off"]), default="auto",
    show_default=True, help="Progress bar on a terminal, plain lines otherwise.",
)  # fmt: skip
def batch(
    inputs: tuple[Path, ...],
    output: Path,
    resume: bool,
    workers: int | None,
    claim_file: Path | None,
    claims_file: Path | None,
    profiles_dir: Path | None,
    rules_dir: Path | None,
    weights_file: Path | None,
    timeout: float,
    csv_path: Path | None,
    parquet_path: Path | None,
    salt_file: Path | None,
    no_patient_rules: bool,
    progress: str,
    **flags: Any,
) -> None:
    """Check every note in folders, .zip and .tar(.gz) archives, in parallel.

    Rows stream to OUTPUT as documents finish (error rows included), so an interrupted run
    loses nothing: run it again with --resume to check only what is missing. At the end the
    patient-level rules (frequency, repeat relief, duplicates, same-session procedures) are added
    to the rows they concern and a CSV summary is written.
    """
    from nlp_checker.batch.progress import make_progress
    from nlp_checker.batch.run import BatchOptions, run_batch
    from nlp_checker.claims.manifest import read_manifest
    from nlp_checker.claims.options import claim_from_options
    from nlp_checker.errors import CheckerError, UsageError
    from nlp_checker.files import OutputError
    from nlp_checker.profiles.load import load_profiles

    try:
        claim = claim_from_options(claim_file, **flags)
        profiles = load_profiles(profiles_dir)
        profiles.resolve(claim)
        manifest = (
            read_manifest(str(claims_file), claims_file.read_bytes()) if claims_file else None
        )
        for document, listed in manifest.claims.items() if manifest else ():
            try:
                profiles.resolve(listed)
            except UsageError as exc:
                msg = f"{claims_file} ({document}): {exc}"
                raise UsageError(msg) from exc
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    if parquet_path is not None:
        try:
            import pyarrow  # type: ignore[import-untyped]  # noqa: F401
        except ImportError as exc:
            msg = "--parquet needs pyarrow: pip install 'nlp-checker[spark]'"
            raise click.UsageError(msg) from exc
    if output.exists() and not resume and output.stat().st_size > 0:
        click.echo(f"overwriting {output} (use --resume to keep its rows)", err=True)
    salt = salt_file.read_text(encoding="utf-8").strip() if salt_file else None
    options = BatchOptions(
        workers=workers or os.cpu_count() or 1,
        claim=claim,
        manifest=manifest,
        rules=rules_dir,
        profiles=profiles_dir,
        weights=weights_file,
        resume=resume,
        timeout=timeout or None,
        salt=salt,
        patient_rules=not no_patient_rules,
        csv_path=csv_path or output.with_suffix(".csv"),
        parquet_path=parquet_path,
    )
    try:
        stats = run_batch(list(inputs), output, options, make_progress(progress))
    except OutputError:
        raise  # one line and exit code 2, from the command group
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    except CheckerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{stats.checked} checked ({stats.errors} error rows), {stats.skipped} already done, "
        f"{stats.patient_rows_flagged} rows with patient-level findings, "
        f"{stats.rate:.1f} notes/s -> {output}",
        err=True,
    )
    if stats.manifest_unmatched:
        shown = ", ".join(stats.manifest_unmatched[:5])
        more = len(stats.manifest_unmatched) - 5
        click.echo(
            f"{len(stats.manifest_unmatched)} manifest row(s) matched no document: {shown}"
            + (f" and {more} more" if more > 0 else ""),
            err=True,
        )
    sys.stdout.flush()
