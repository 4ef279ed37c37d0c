"""Command line: ``nlp-checker check``, ``nlp-checker eval`` and ``nlp-checker schema``.

Exit codes: 0 done; 1 a note reached the ``--fail-on`` risk level or could not be read;
2 usage error (bad option, unknown code, missing path).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console

from nlp_checker.errors import CheckerError, UsageError
from nlp_checker.files import OutputError, UnwritableOutput

_LEVELS = ("low", "medium", "high")


def _fail_on_reached(level: str | None, threshold: str | None) -> bool:
    if threshold is None:
        return False
    if level is None:  # an unreadable note fails a QA gate
        return True
    return _LEVELS.index(level) >= _LEVELS.index(threshold)


class _Commands(click.Group):
    """The command group: an output that cannot be written is one line and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command."""
        try:
            return super().invoke(ctx)
        except OutputError as exc:
            raise UnwritableOutput(str(exc)) from exc


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nlp-checker")
def main() -> None:
    """Check procedure notes for what payers need before a CPT 62323 claim goes out."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--code", default="62323", show_default=True, help="Billed CPT code.")
@click.option("--modifier", "modifiers", multiple=True, help="Billed modifier (repeatable).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
    show_default=True, help="Output format.",
)  # fmt: skip
@click.option(
    "--output", type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output.",
)  # fmt: skip
@click.option(
    "--fail-on", type=click.Choice(_LEVELS), default=None,
    help="Exit 1 when any note reaches this risk level (or cannot be read).",
)  # fmt: skip
@click.option(
    "--weights", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
    help="Risk weights file (a practice's own, from 'nlp-checker learn') [default: the expert "
    "weights]; audit.weights_version names it.",
)  # fmt: skip
def check(
    paths: tuple[Path, ...],
    code: str,
    modifiers: tuple[str, ...],
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    weights: Path | None,
) -> None:
    """Check note files or directories (searched for .txt, .pdf, .docx, .rtf and images)."""
    from nlp_checker.checker import Checker, expand_paths
    from nlp_checker.codes.check import validate_claim
    from nlp_checker.files import open_output
    from nlp_checker.outputs.serialize import to_dict, to_jsonl
    from nlp_checker.outputs.table import print_table

    try:
        validate_claim(code, modifiers)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    # The output is opened before the pipeline loads: a path that cannot be written fails at once.
    sink = open_output(output, "w", encoding="utf-8") if output else None
    try:
        checker = Checker(weights=weights)
    except CheckerError as exc:
        if sink is not None:
            sink.close()
        raise click.UsageError(str(exc)) from exc
    failed = False

    def results() -> Iterator[Any]:
        nonlocal failed
        for result in checker.check_many(expand_paths(paths), code, modifiers):
            failed |= _fail_on_reached(result.risk.level if result.risk else None, fail_on)
            yield result

    with ExitStack() as stack:
        stream: IO[str] = stack.enter_context(sink) if sink else sys.stdout
        if fmt == "jsonl":
            for line in to_jsonl(results()):
                stream.write(line + "\n")
                stream.flush()
        elif fmt == "json":
            rows = [to_dict(r) for r in results()]
            json.dump(rows if len(rows) != 1 else rows[0], stream, indent=2, ensure_ascii=False)
            stream.write("\n")
        else:
            console = Console(file=stream, width=None if output is None else 140)
            print_table(results(), console)
    if failed:
        sys.exit(1)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option("--show-misses", is_flag=True, help="List every disagreement with the gold labels.")
@click.option(
    "--min-f1", type=float, default=None, help="Exit 1 when micro F1 (all) is below this."
)
def evaluate_cmd(
    gold: tuple[Path, ...], as_json: bool, show_misses: bool, min_f1: float | None
) -> None:
    """Score the checker against gold labels (JSONL; see docs/gold-format.md)."""
    from nlp_checker.evaluate import evaluate

    try:
        reports = evaluate(gold)
    except CheckerError as exc:
        raise click.UsageError(str(exc)) from exc
    data = {split: report.as_dict() for split, report in sorted(reports.items())}
    if as_json:
        click.echo(json.dumps(data, indent=2))
    else:
        for split, report in data.items():
            click.echo(
                f"[{split}] notes={report['notes']} micro_F1={report['micro_f1']:.3f} "
                f"status_acc={report['status_accuracy']:.3f} "
                f"code_acc={report['code_accuracy']:.3f} "
                f"complete_acc={report['complete_accuracy']:.3f} "
                f"false_complete={report['false_complete']} "
                f"errors={report['errors']}"
            )
            for element, s in report["elements"].items():
                value = "-" if s["value_accuracy"] is None else f"{s['value_accuracy']:.2f}"
                click.echo(
                    f"    {element:18} P={s['precision']:.2f} R={s['recall']:.2f} "
                    f"F1={s['f1']:.2f} status={s['status_accuracy']:.2f} value={value}"
                )
            if show_misses:
                for miss in report["misses"]:
                    click.echo(f"      miss: {miss}")
    overall = reports.get("all")
    if min_f1 is not None and overall is not None and overall.micro_f1 < min_f1:
        click.echo(f"micro F1 {overall.micro_f1:.3f} is below --min-f1 {min_f1}", err=True)
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the result contract."""
    from nlp_checker.outputs.serialize import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


main.add_command(__import__("nlp_checker.batch.cli", fromlist=["batch"]).batch)
main.add_command(__import__("nlp_checker.report.cli", fromlist=["report"]).report)
main.add_command(__import__("nlp_checker.service.cli", fromlist=["serve"]).serve)
main.add_command(__import__("nlp_checker.remits.cli", fromlist=["remits"]).remits)
main.add_command(__import__("nlp_checker.learn.cli", fromlist=["learn"]).learn)
