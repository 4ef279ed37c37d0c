import json

from click.testing import CliRunner

from nlp_checker.cli import main

COMPLETE = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 05/06/2025
INDICATION: Right L5 radiculopathy after 8 weeks of failed physical therapy.
Pre-procedure VAS: 7/10
PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.
AP and lateral views confirmed the final needle position.
Omnipaque 180 showed epidural spread. Kenalog 80 mg injected.
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD
"""
UNSIGNED = COMPLETE.replace("Electronically signed by: Dana Whitfield, MD", "Signature: ________")


def _write(tmp_path):
    (tmp_path / "ok.txt").write_text(COMPLETE)
    (tmp_path / "unsigned.txt").write_text(UNSIGNED)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    (tmp_path / "ignored.csv").write_text("a,b\n")
    return tmp_path


def test_cli_jsonl_one_row_per_note_and_an_error_row_for_a_corrupt_pdf(tmp_path):
    folder = _write(tmp_path)
    result = CliRunner().invoke(main, ["check", str(folder), "--format", "jsonl"])
    # The corrupt PDF makes the run exit 1 (README: "1: ... or could not be read").
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in rows}
    assert set(by_name) == {"ok.txt", "unsigned.txt", "broken.pdf"}
    assert by_name["ok.txt"]["complete"] is True
    assert by_name["unsigned.txt"]["elements"]["signature"]["status"] == "incomplete"
    assert by_name["broken.pdf"]["error"]["type"] == "corrupt_pdf"
    assert by_name["ok.txt"]["audit"]["rules_version"]


def test_cli_fail_on_gates_qa(tmp_path):
    folder = _write(tmp_path)
    ok = CliRunner().invoke(main, ["check", str(folder / "ok.txt"), "--fail-on", "medium"])
    bad = CliRunner().invoke(main, ["check", str(folder / "unsigned.txt"), "--fail-on", "medium"])
    assert ok.exit_code == 0
    assert bad.exit_code == 1


def test_cli_table_output_is_readable(tmp_path):
    folder = _write(tmp_path)
    result = CliRunner().invoke(main, ["check", str(folder / "unsigned.txt")])
    assert result.exit_code == 0
    assert "Provider signature" in result.output and "incomplete" in result.output
    assert "Denial risk" in result.output


def test_cli_json_to_file_with_code_and_modifier(tmp_path):
    folder = _write(tmp_path)
    out = tmp_path / "out.json"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(folder / "ok.txt"),
            "--format",
            "json",
            "--output",
            str(out),
            "--modifier",
            "RT",
        ],
    )
    assert result.exit_code == 0
    (data,) = json.loads(out.read_text())  # always an array, one object per note
    assert data["modifiers"] == ["RT"]
    assert any("modifier RT" in r for r in data["code_check"]["reasons"])


def test_cli_usage_errors_exit_2(tmp_path):
    folder = _write(tmp_path)
    assert CliRunner().invoke(main, ["check", str(folder), "--code", "99999"]).exit_code == 2
    assert CliRunner().invoke(main, ["check", str(tmp_path / "nope.txt")]).exit_code == 2
    assert CliRunner().invoke(main, ["check"]).exit_code == 2


def test_cli_every_command_has_help():
    for command in main.commands:
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_cli_claim_flags_build_the_claim(tmp_path):
    folder = _write(tmp_path)
    args = ["check", str(folder / "ok.txt"), "--format", "json", "--code", "62323", "--units", "1",
            "--icd10", "M54.16", "--payer", "medicare", "--state", "AZ", "--dos", "2025-05-06",
            "--pos", "11", "--prior-auth", "UTN-TEST-1"]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)[0]  # --format json is always an array
    assert data["claim"]["icd10"] == ["M54.16"] and data["claim"]["prior_auth"] == "UTN-TEST-1"
    assert data["profile"]["payer"]["jurisdiction"] == "JF"
    assert data["audit"]["profile"] == data["profile"]


def test_cli_claim_file_and_flags_do_not_mix_and_bad_claims_exit_2(tmp_path):
    folder = _write(tmp_path)
    claim = tmp_path / "claim.json"
    claim.write_text(json.dumps({"lines": [{"code": "62323"}], "payer": "bcbs-ma"}))
    note = str(folder / "ok.txt")
    ok = CliRunner().invoke(main, ["check", note, "--claim", str(claim), "--format", "json"])
    assert ok.exit_code == 0 and json.loads(ok.output)[0]["profile"]["payer"]["id"] == "bcbs-ma"
    mixed = CliRunner().invoke(main, ["check", note, "--claim", str(claim), "--modifier", "RT"])
    assert mixed.exit_code == 2 and "--claim gives the whole claim" in mixed.output
    claim.write_text("{not json")
    assert CliRunner().invoke(main, ["check", note, "--claim", str(claim)]).exit_code == 2
    for flags in (
        ["--payer", "acme"],
        ["--state", "ZZ"],
        ["--dos", "yesterday"],
        ["--icd10", "12"],
    ):
        assert CliRunner().invoke(main, ["check", note, *flags]).exit_code == 2, flags


def test_cli_schema_prints_the_claim_and_profile_schemas():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "schema"
    for which, name in [
        ("claim", "claim"),
        ("procedure", "procedure_profile"),
        ("payer", "payer_profile"),
        ("result", "check_result"),
    ]:
        out = CliRunner().invoke(main, ["schema", which])
        assert out.exit_code == 0
        assert json.loads(out.output) == json.loads((root / f"{name}.schema.json").read_text()), (
            which
        )
