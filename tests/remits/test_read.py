"""835 reading: one row per claim line with codes and amounts, typed error rows, no PHI out."""

from __future__ import annotations

import json
import logging
from datetime import date
from decimal import Decimal as D

import pytest
from click.testing import CliRunner

from nlp_checker.cli import main
from nlp_checker.patients.identity import PatientKeyer
from nlp_checker.remits.categories import load_categories
from nlp_checker.remits.model import RemitError, RemitLine
from nlp_checker.remits.read import read_remit_file, read_remit_text
from tests.conftest import ROOT
from tests.practice.x835 import Cas, ClaimPayment, Line, Remittance, write_835

DOS = date(2026, 3, 2)


def _remittance(split: bool = False) -> str:
    paid = ClaimPayment(
        "CLM0001",
        (
            Line("62323", D("700"), adjustments=(Cas("CO", "45", D("420")), Cas("PR", "2", D("56"))), service_date=DOS),
            Line("77003", D("200"), adjustments=(Cas("CO", "236", D("200")),), remarks=("M80",), service_date=DOS),
        ),
        "ZZTESTLAST", "ZZTESTFIRST", "MBI9990001", mrn="MRN-4417",
    )  # fmt: skip
    denied = ClaimPayment(
        "CLM0002",
        (Line("62323", D("700"), modifiers=("RT",), adjustments=(Cas("CO", "50", D("700")),), remarks=("N115",), service_date=DOS),),
        "ZZOTHERLAST", "ZZOTHERFIRST", "MBI9990002", status="4",
    )  # fmt: skip

    def remit(number: str, claims: list[ClaimPayment]) -> Remittance:
        return Remittance(
            "EXAMPLE MEDICARE",
            "01111",
            "EXAMPLE PAIN CLINIC",
            "1234567893",
            number,
            date(2026, 3, 20),
            claims,
        )

    if split:  # two transaction sets: the paid claim in the first, the denied one in the second
        return write_835([remit("CHK1", [paid]), remit("CHK2", [denied])])
    return write_835([remit("CHK1", [paid, denied])])


def test_one_row_per_claim_line_with_codes_and_amounts() -> None:
    keyer = PatientKeyer("test-salt")
    rows = read_remit_text(_remittance(), "a.835", keyer)
    assert all(isinstance(r, RemitLine) for r in rows)
    first, bundled, denied = rows
    assert (first.patient_control_number, first.code, first.outcome, first.paid) == (
        "CLM0001",
        "62323",
        "paid",
        D("224"),
    )
    assert first.date_of_service == DOS and first.units == 1 and first.carc == []
    assert first.patient_key == keyer.key_of({"mrn": "MRN4417"})[0]
    assert (bundled.code, bundled.outcome, bundled.carc, bundled.rarc) == (
        "77003",
        "denied",
        ["236"],
        ["M80"],
    )
    assert bundled.denial_categories == ["coding_edit"]
    assert denied.modifiers == ["RT"] and denied.denial_codes == ["CO-50", "N115"]
    assert denied.denial_categories == ["lcd_medical_necessity"]  # the pair refines 50 alone
    assert denied.patient_key is None  # no record number on that claim
    assert denied.claim_status == "4" and denied.payer_id == "01111"


def test_rows_carry_no_patient_identifiers() -> None:
    text = json.dumps(
        [
            r.model_dump(mode="json")
            for r in read_remit_text(_remittance(), "a.835", PatientKeyer("s"))
        ]
    )
    for identifier in ("ZZTESTLAST", "ZZTESTFIRST", "MBI9990001", "MRN-4417", "MRN4417"):
        assert identifier not in text


@pytest.mark.parametrize(
    ("edit", "kind"),
    [
        (lambda t: "hello, not a remittance", "not_x12"),
        (lambda t: t.replace("ST*835*", "ST*837*"), "not_835"),
        (lambda t: t.replace("005010X221A1", "004010X091A1"), "unsupported_version"),
        (lambda t: t.replace("CLP*CLM0002*4*700*0", "CLP*CLM0002*4*7X0*0"), "malformed"),
        (
            lambda t: _remittance(split=True)[: _remittance(split=True).index("CLP*CLM0002")],
            "truncated",
        ),
        (lambda t: t.replace("CLP*CLM0001*1*900*224", "CLP*CLM0001*1*950*224"), "unbalanced"),
    ],
)
def test_bad_or_partial_files_give_typed_error_rows(edit, kind) -> None:
    rows = read_remit_text(edit(_remittance()), "bad.835")
    errors = [r for r in rows if isinstance(r, RemitError)]
    assert [e.type for e in errors] == [kind]
    assert "ZZTESTLAST" not in errors[0].message and "7X0" not in errors[0].message
    if kind == "truncated":  # the complete transaction before the cut is kept
        assert any(isinstance(r, RemitLine) and r.patient_control_number == "CLM0001" for r in rows)


def test_malformed_file_is_not_logged(caplog, tmp_path) -> None:
    path = tmp_path / "bad.835"
    path.write_text(_remittance().replace("CLP*CLM0002*4*700*0", "CLP*CLM0002*4*7X0*0"))
    with caplog.at_level(logging.DEBUG):
        rows = read_remit_file(path)
    assert rows[-1].type == "malformed"
    assert "ZZ" not in caplog.text and "7X0" not in caplog.text
    assert read_remit_file(tmp_path / "missing.835")[0].type == "unreadable"


def test_category_map_is_codes_and_our_labels_only() -> None:
    categories = load_categories()
    assert categories.categorize("50", ["N115"]) == "lcd_medical_necessity"
    assert categories.categorize("236") == "coding_edit"
    assert categories.categorize("999") == "other"
    assert not categories.is_denial("CO", "contractual") and not categories.is_denial("PR", "other")
    # Our labels are short phrases of our own; none is a long official description.
    assert all(len(c.label) < 60 for c in categories.categories.values())


def test_code_files_hold_code_numbers_and_our_short_labels_only() -> None:
    # X12's CARC/RARC wording is licensed: the files map codes to our categories and labels,
    # with no field that could hold an official description.
    categories = json.loads((ROOT / "data" / "remit" / "carc_categories.json").read_text())
    denials = json.loads((ROOT / "data" / "claims" / "denials.json").read_text())
    assert set(categories["categories"]) >= set(categories["carc"].values())
    assert set(categories["categories"]) >= set(categories["pairs"].values())
    assert set(categories["categories"]) >= set(categories["rarc"].values())
    assert all(set(c) == {"label", "denial"} for c in categories["categories"].values())
    # The denial labels take their category from the remittance file: no category of their own.
    assert all(set(c) == {"code", "label"} for c in denials["codes"])
    labels = [c["label"] for c in categories["categories"].values()]
    labels += [c["label"] for c in denials["codes"]]
    assert all(len(label) < 80 for label in labels)


def test_cli_writes_rows_0600_and_counts(tmp_path) -> None:
    remit = tmp_path / "in" / "a.835"
    remit.parent.mkdir()
    remit.write_text(_remittance())
    (tmp_path / "in" / "junk.835").write_text("not x12")
    out = tmp_path / "rows.jsonl"
    result = CliRunner().invoke(main, ["remits", str(remit.parent), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["row"] for r in rows].count("line") == 3
    assert [r["type"] for r in rows if r["row"] == "error"] == ["not_x12"]
    assert out.stat().st_mode & 0o777 == 0o600
    assert "3 claim lines (2 denied" in result.output
