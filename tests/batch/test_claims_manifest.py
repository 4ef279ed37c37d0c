"""A batch over notes with a claims manifest: each document checked against its own claim."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from nlp_checker.batch.output import iter_rows
from nlp_checker.batch.run import BatchOptions, run_batch
from nlp_checker.claims.manifest import parse_manifest
from nlp_checker.claims.model import Claim
from nlp_checker.cli import main

from .conftest import NOTES, SALT

TF = Path(__file__).resolve().parents[2] / "examples" / "transforaminal"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    shutil.copy(TF / "tf01_lumbar_left_l5s1.txt", folder / "tf01.txt")
    shutil.copy(TF / "tf02_cervical_right_c6.txt", folder / "tf02.txt")
    shutil.copy(NOTES / "dev01_ehr_banner.txt", folder / "dev01.txt")
    return folder


def test_claims_manifest_batch_rows_carry_their_own_claims(tmp_path):
    # Arrange
    folder = _folder(tmp_path)
    manifest = parse_manifest(
        "document,code,modifiers,payer,state\n"
        "notes/tf01.txt,64483,LT,cigna-evicore,TX\n"
        "tf02.txt,64479,RT,,\n"
        "gone.txt,62323,,,\n",
        "claims.csv",
    )
    out = tmp_path / "r.jsonl"
    # Act
    stats = run_batch(
        [folder], out,
        BatchOptions(workers=1, salt=SALT, timeout=60, manifest=manifest, claim=Claim.billed("62323")),
    )  # fmt: skip
    # Assert
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in iter_rows(out)}
    assert (
        rows["tf01.txt"]["claim"]["payer"] == "cigna-evicore"
        and rows["tf01.txt"]["complete"] is True
    )
    assert rows["tf01.txt"]["profile"]["procedure"]["id"] == "transforaminal"
    assert rows["tf02.txt"]["billed_code"] == "64479" and rows["tf02.txt"]["complete"] is True
    assert rows["dev01.txt"]["billed_code"] == "62323"  # not in the manifest: the run's claim
    assert stats.manifest_unmatched == ["gone.txt"]


def test_claims_manifest_cli_checks_the_manifest_before_any_work(tmp_path):
    folder = _folder(tmp_path)
    manifest = tmp_path / "claims.jsonl"
    manifest.write_text(json.dumps({"document": "tf01.txt", "lines": [{"code": "99213"}]}) + "\n")
    out = tmp_path / "r.jsonl"
    result = CliRunner().invoke(
        main, ["batch", str(folder), "-o", str(out), "--claims", str(manifest)]
    )
    assert result.exit_code == 2 and "tf01.txt" in result.output
    assert not out.exists()


def test_claims_manifest_cli_counts_rows_that_matched_no_document(tmp_path):
    folder = _folder(tmp_path)
    manifest = tmp_path / "claims.csv"
    manifest.write_text("document,code,modifiers\ntf02.txt,64479,RT\nmissing.txt,62323,\n")
    out = tmp_path / "r.jsonl"
    args = [
        "batch",
        str(folder),
        "-o",
        str(out),
        "--claims",
        str(manifest),
        "-j",
        "1",
        "--salt-file",
    ]
    salt = tmp_path / "salt"
    salt.write_text(SALT)
    result = CliRunner().invoke(main, [*args, str(salt), "--progress", "off"])
    assert result.exit_code == 0, result.output
    assert "1 manifest row(s) matched no document: missing.txt" in result.output
    rows = {r["source"].rsplit("/", 1)[-1]: r for r in iter_rows(out)}
    assert rows["tf02.txt"]["billed_code"] == "64479"
    summary = (tmp_path / "r.csv").read_text()
    assert "64479" in summary
