"""``nlp-checker report``: turn a batch's JSONL results into one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("report")
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--html", "html_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write (self-contained: open it in any browser, mail it).",
)  # fmt: skip
@click.option(
    "--max-notes", type=click.IntRange(min=1), default=5000, show_default=True,
    help="Most notes listed and detailed (the highest-risk ones); totals cover all.",
)  # fmt: skip
@click.option(
    "--evidence", "evidence_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Add the section on a practice's learned weights (the .evidence.json of 'learn').",
)  # fmt: skip
def report(results: Path, html_path: Path, max_notes: int, evidence_path: Path | None) -> None:
    """Write an HTML report of RESULTS (a JSONL file from ``nlp-checker batch`` or ``check``).

    It shows totals, the risk distribution, the most frequently missing elements, figures by
    signer, the patient-level findings, and a sortable table of notes linked to each note's
    findings and evidence. Patient identifiers are not shown.
    """
    import json

    from nlp_checker.files import check_writable
    from nlp_checker.report.render import render_file

    check_writable(html_path)  # before the results are read: fails at once, as one line
    evidence = json.loads(evidence_path.read_text(encoding="utf-8")) if evidence_path else None
    summary = render_file(results, html_path, max_notes=max_notes, evidence=evidence)
    click.echo(f"{summary.total} notes -> {html_path}", err=True)
