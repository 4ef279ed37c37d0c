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

from nlp_checker.claims.options import claim_from_options, claim_options
from nlp_checker.errors import CheckerError, RulesError, UsageError
from nlp_checker.files import OutputError, UnwritableOutput

_LEVELS = ("low", "medium", "high")


def _fail_on_reached(level: str | None, threshold: str | None) -> bool:
    if level is None:  # an unreadable note always exits 1 (README, "Exit codes")
        return True
    if threshold is None:
        return False
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
    """Check procedure notes against the claim: what the payer needs before the claim goes out."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@claim_options
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
    help="Exit 1 when any note reaches this risk level (an unreadable note always exits 1).",
)  # fmt: skip
@click.option(
    "--view", type=click.Choice(["auto", "full", "compact"]), default="auto", show_default=True,
    help="Table: a panel per note (full) or one line per note sorted by risk (compact); "
    "auto is compact for more than 3 notes.",
)  # fmt: skip
@click.option(
    "--only", type=click.Choice(["incomplete", "error", "high"]), default=None,
    help="Table: show only incomplete (or unreadable), unreadable, or high-risk notes.",
)  # fmt: skip
@click.option(
    "--progress", type=click.Choice(["auto", "bar", "off"]), default="auto", show_default=True,
    help="Progress bar on standard error; auto shows it on a terminal for more than one file.",
)  # fmt: skip
def check(
    paths: tuple[Path, ...],
    claim_file: Path | None,
    profiles_dir: Path | None,
    rules_dir: Path | None,
    weights_file: Path | None,
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    view: str,
    only: str | None,
    progress: str,
    **flags: Any,
) -> None:
    """Check note files or directories (searched for .txt, .pdf, .docx, .rtf and images).

    Every note is checked against one claim: the --claim file, or the claim flags (default:
    62323 billed to Medicare). With --format json the output is always a JSON array (one object
    per note), even for one note; --format jsonl writes one object per line.
    """
    from nlp_checker.batch.progress import NoProgress, Progress, RichProgress
    from nlp_checker.checker import Checker, expand_paths
    from nlp_checker.files import open_output
    from nlp_checker.outputs.serialize import to_dict, to_jsonl
    from nlp_checker.outputs.table import print_table
    from nlp_checker.profiles.load import load_profiles

    try:
        claim = claim_from_options(claim_file, **flags)
        profiles = load_profiles(profiles_dir)
        profiles.resolve(claim)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    # The output is opened before the pipeline loads: a path that cannot be written fails at once.
    sink = open_output(output, "w", encoding="utf-8") if output else None
    files = list(expand_paths(paths))
    show_bar = progress == "bar" or (progress == "auto" and len(files) > 1 and sys.stderr.isatty())
    bar: Progress = RichProgress() if show_bar else NoProgress()
    try:
        checker = Checker(rules=rules_dir, profiles=profiles, weights=weights_file)
    except RulesError as exc:  # a bad --rules, --profiles or --weights: a usage error, one line
        if sink is not None:
            sink.close()
        raise click.UsageError(str(exc).splitlines()[0]) from exc
    failed = False

    def results() -> Iterator[Any]:
        nonlocal failed
        bar.start(len(files))
        try:
            for result in checker.check_many(files, claim):
                failed |= _fail_on_reached(result.risk.level if result.risk else None, fail_on)
                bar.advance(error=result.error is not None)
                yield result
        finally:
            bar.close()

    with ExitStack() as stack:
        stream: IO[str] = stack.enter_context(sink) if sink else sys.stdout
        if fmt == "jsonl":
            for line in to_jsonl(results()):
                stream.write(line + "\n")
                stream.flush()
        elif fmt == "json":
            rows = [to_dict(r) for r in results()]
            json.dump(rows, stream, indent=2, ensure_ascii=False)
            stream.write("\n")
        else:
            console = Console(file=stream, width=None if output is None else 140)
            print_table(list(results()), console, view=view, only=only)
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
@click.argument(
    "which", type=click.Choice(["result", "claim", "procedure", "payer"]), default="result"
)
def schema(which: str) -> None:
    """Print a JSON Schema: the result contract (default), the claim, or a profile file."""
    from nlp_checker.outputs.serialize import json_schema

    click.echo(json.dumps(json_schema(which), indent=2))


main.add_command(__import__("nlp_checker.batch.cli", fromlist=["batch"]).batch)
main.add_command(__import__("nlp_checker.report.cli", fromlist=["report"]).report)
main.add_command(__import__("nlp_checker.service.cli", fromlist=["serve"]).serve)
main.add_command(__import__("nlp_checker.claimcheck.cli", fromlist=["ncci"]).ncci)
main.add_command(__import__("nlp_checker.remits.cli", fromlist=["remits"]).remits)
main.add_command(__import__("nlp_checker.learn.cli", fromlist=["learn"]).learn)
