"""``nlp-checker ncci``: import the CMS NCCI PTP and MUE files into the local tables, show them."""

from __future__ import annotations

from pathlib import Path

import click

from nlp_checker.errors import UsageError


@click.group("ncci")
def ncci() -> None:
    """Manage the NCCI bundling pairs (PTP) and unit limits (MUE) the claim check uses.

    Without an import the checker uses the curated epidural pairs (data/claims/ncci.json).
    """


@ncci.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def import_cmd(files: tuple[Path, ...]) -> None:
    """Read CMS files (e.g. PTP.zip MUE.zip) into the local tables used from then on.

    FILES are the practitioner PTP zips (f1-f4, or their .txt) and the practitioner MUE zip (or
    its .csv), as downloaded from CMS. Each kind imported replaces the previous table of that
    kind; the tables live in the user data folder (NLP_CHECKER_DATA_DIR), files 0600.
    """
    from nlp_checker.claimcheck.ncci import import_ncci

    try:
        summary = import_ncci(files)
    except UsageError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"imported {summary.ptp_rows:,} PTP row(s) and {summary.mue_rows:,} MUE row(s) "
        f"from {len(summary.files)} file(s) into {summary.folder}"
    )


@ncci.command("status")
def status() -> None:
    """Show which PTP and MUE tables the claim check uses (imported or curated)."""
    from nlp_checker.claimcheck.ncci import NcciTables
    from nlp_checker.claimcheck.tables import load_claim_rules
    from nlp_checker.profiles.load import load_profiles

    tables = NcciTables(load_claim_rules(load_profiles()).ncci)
    try:
        for kind, info in tables.info.items():
            where = f", {info.rows:,} rows, imported {info.imported_at}" if info.rows else ""
            click.echo(f"{kind}: {info.source} {info.version}{where}")
    finally:
        tables.close()
    click.echo(f"folder: {tables.folder}")


@ncci.command("remove")
def remove() -> None:
    """Delete the imported tables; the curated pairs apply again."""
    from nlp_checker.claimcheck.ncci import remove_imported

    removed = remove_imported()
    click.echo(f"removed {len(removed)} table(s)" if removed else "no imported table")
