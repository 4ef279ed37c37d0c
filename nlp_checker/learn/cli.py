"""``nlp-checker learn``: a practice's own risk weights from its remittances (X12 835)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click

_PRACTICE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,39}$")


@click.command("learn")
@click.option(
    "--results", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSONL results of the practice's notes (from 'nlp-checker batch' or 'check').",
)  # fmt: skip
@click.option(
    "--remits", "remits", required=True, multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="835 files or folders (repeatable).",
)  # fmt: skip
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="The weights file to write, e.g. models/<practice>.json.",
)  # fmt: skip
@click.option(
    "--manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="The batch's claims manifest (CSV or JSONL with document and claim_id): links "
    "remittances by claim id.",
)  # fmt: skip
@click.option(
    "--salt-file", type=click.Path(dir_okay=False, exists=True, path_type=Path), default=None,
    help="Patient-key salt of the batch run [default: $NLP_CHECKER_PATIENT_SALT, else "
    "RESULTS.salt]: links remittances by patient, date of service and CPT.",
)  # fmt: skip
@click.option("--practice", default=None, help="Practice name [default: the --out file's stem].")
@click.option(
    "--base", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
    help="The weights to start from [default: the bundled expert weights].",
)  # fmt: skip
@click.option(
    "--prior-strength", type=click.FloatRange(min=0.5), default=20.0, show_default=True,
    help="Claims each expert weight counts for: higher moves the weights less.",
)  # fmt: skip
@click.option(
    "--report", "report_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Evidence report [default: OUT with .evidence.json and .evidence.html].",
)  # fmt: skip
def learn(
    results: Path,
    remits: tuple[Path, ...],
    out: Path,
    manifest: Path | None,
    salt_file: Path | None,
    practice: str | None,
    base: Path | None,
    prior_strength: float,
    report_path: Path | None,
) -> None:
    """Learn the practice's own denial risk from its remittances, starting at the expert weights.

    Remittance claims are linked to the checked notes by claim id (with --manifest, or the
    claim each result echoes), else by salted patient key + date of service + CPT. The weights
    move only as far as the practice's claims support, are calibrated on a later split, and are
    judged on the latest claims. The file is in the format of models/risk_weights.json: use it
    with 'check --weights' or 'batch --weights'.
    """
    from nlp_checker.batch.output import iter_rows
    from nlp_checker.errors import CheckerError
    from nlp_checker.files import check_writable, open_output
    from nlp_checker.learn.evidence import driver_sentence, render_page
    from nlp_checker.learn.link import manifest_claim_ids
    from nlp_checker.learn.train import LearnOptions
    from nlp_checker.learn.train import learn as run
    from nlp_checker.patients.identity import PatientKeyer
    from nlp_checker.remits.cli import read_salt
    from nlp_checker.remits.read import read_remits
    from nlp_checker.resources import data_file

    name = practice or out.stem
    if not _PRACTICE.match(name):
        msg = f"--practice {name!r}: use letters, digits and '-' (it becomes part of the version)"
        raise click.UsageError(msg)
    stem = report_path.with_suffix("") if report_path else out.with_suffix("")
    json_path = stem.with_name(stem.name + ".evidence.json")
    html_path = stem.with_name(stem.name + ".evidence.html")
    for path in (out, json_path, html_path):  # before any work: fails at once, as one line
        check_writable(path)
    salt = read_salt(salt_file)
    default_salt = results.with_name(results.name + ".salt")
    if salt is None and default_salt.is_file():
        salt = default_salt.read_text(encoding="utf-8").strip() or None
    keyer = PatientKeyer(salt) if salt else None
    try:
        claim_ids = (
            manifest_claim_ids(manifest.read_text(encoding="utf-8"), str(manifest))
            if manifest
            else None
        )
        base_text = (
            base.read_text(encoding="utf-8")
            if base
            else data_file("models", "risk_weights.json").read_text(encoding="utf-8")
        )
        learned = run(
            list(iter_rows(results)),
            read_remits(remits, keyer),
            json.loads(base_text),
            LearnOptions(practice=name, prior_strength=prior_strength),
            claim_ids,
        )
    except (CheckerError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    for path, text in (
        (out, json.dumps(learned.weights, indent=2) + "\n"),
        (json_path, json.dumps(learned.evidence, indent=2) + "\n"),
        (html_path, render_page(learned.evidence)),
    ):
        with open_output(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    metrics = learned.evidence["metrics"]
    link = learned.evidence["link"]
    click.echo(
        f"linked {link['linked_claims']} of {link['remittance_claims']} remittance claims "
        f"({link['linked_by']}); not linked: {link['unlinked_claims'] or 'none'}",
        err=True,
    )
    for title, key in (("expert", "expert"), ("learned", "learned")):
        m = metrics[key]
        click.echo(
            f"held-out {m['claims']} claims, {title} weights: Brier {m['brier']:.4f}, "
            f"AUC {m['auc'] if m['auc'] is None else round(m['auc'], 3)}",
            err=True,
        )
    for driver in learned.evidence["drivers"][:3]:
        click.echo(
            f"  {driver['expert']:.2f} -> {driver['learned']:.2f}  {driver_sentence(driver)}",
            err=True,
        )
    click.echo(
        f"-> {out} (version {learned.weights['version']}), {json_path}, {html_path}", err=True
    )
