"""``nlp-checker ncci import`` on small files in the CMS layout, made here (fictional rows)."""

import stat
import zipfile
from datetime import date

import pytest
from click.testing import CliRunner

from nlp_checker.claimcheck.check import check_claim
from nlp_checker.claimcheck.icd10 import load_codeset
from nlp_checker.claimcheck.ncci import NcciTables, import_ncci
from nlp_checker.claimcheck.tables import load_claim_rules
from nlp_checker.claims.model import parse_claim
from nlp_checker.cli import main
from nlp_checker.elements.findings import ProcedureFacts
from nlp_checker.errors import UsageError
from nlp_checker.profiles.load import load_profiles

# The PTP text file: AMA notice, title, a header wrapped over two lines, then tab-separated rows
# (column 1, column 2, pre-1996 flag, effective, deletion or *, modifier indicator, rationale).
PTP_ROWS = [
    "CPT codes and descriptions only are copyright 2026 American Medical Association (notice).",
    "Medicare NCCI PTP Edits - Practitioner Services (synthetic test file)",
    "Column 1\tColumn 2\t*=in existence\tEffective\tDeletion\tModifier\tPTP Edit Rationale",
    "\t\tprior to 1996\tDate\tDate*=no data\t0=not allowed 1=allowed 9=not applicable\t",
    "62323\t77003\t\t20170101\t*\t1\tMisuse of column two code with column one code",
    "62323\t20610\t*\t19960101\t*\t0\tStandards of medical / surgical practice",
    "62323\t99213\t\t20170101\t*\t1\tStandards of medical / surgical practice",
    "13121\t13120\t\t20020101\t20150101\t9\tMutually exclusive procedures",
    "13121\t13120\t\t20150101\t*\t0\tMutually exclusive procedures",
]
MUE_CSV = (
    '"CPT codes and descriptions only are copyright 2026 American Medical Association (notice)."\r\n'
    '"HCPCS/CPT Code","Practitioner\r\nServices MUE Values","MUE Adjudication Indicator",'
    '"MUE Rationale"\r\n'
    '62323,1,"2 Date of Service Edit: Policy","Nature of Service/Procedure"\r\n'
    '64483,1,"2 Date of Service Edit: Policy","Anatomic Consideration"\r\n'
    '77003,2,"3 Date of Service Edit: Clinical","Clinical: Data"\r\n'
)


def _ptp_zip(
    folder, rows=PTP_ROWS, name="medicare-ncci-2026q3-practitioner-ptp-edits-ccipra-v322r0-f1"
):
    path = folder / f"{name}.zip"
    text = "\r\n".join(rows) + "\r\n"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{name.rsplit('-', 2)[-2]}-f1.TXT", text.encode("latin-1"))
    return path


def _mue_zip(folder):
    path = folder / "MCR_MUE_PractitionerServices_Eff_07-01-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "MCR_MUE_PractitionerServices_Eff_07-01-2026.csv", MUE_CSV.encode("latin-1")
        )
        archive.writestr("MCR_MUE_PractitionerServices_Eff_07-01-2026.xlsx", b"PK\x03\x04 not read")
    return path


@pytest.fixture
def imported(tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    root = tmp_path / "userdata"
    summary = import_ncci([_ptp_zip(downloads), _mue_zip(downloads)], root)
    rules = load_claim_rules(load_profiles())
    return summary, NcciTables(rules.ncci, folder=root / "ncci")


def _check(tables, claim, facts=None):
    profiles = load_profiles()
    resolved = profiles.resolve(parse_claim(claim))
    return check_claim(
        resolved, profiles, load_claim_rules(profiles), tables, load_codeset, {},
        facts or ProcedureFacts(),
    )  # fmt: skip


def test_ncci_import_reads_every_data_row_and_skips_notice_title_and_header(imported):
    summary, tables = imported
    assert (summary.ptp_rows, summary.mue_rows) == (5, 3)
    assert tables.info["ptp"].source == tables.info["mue"].source == "imported"
    assert tables.info["ptp"].version == "v322r0"
    assert tables.info["mue"].version == "07-01-2026"


def test_ncci_import_tables_are_private_files_in_a_private_folder(imported):
    summary, _ = imported
    assert stat.S_IMODE(summary.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(summary.folder.parent.stat().st_mode) == 0o700
    for path in summary.folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_ncci_import_keeps_the_row_in_force_on_the_date_of_service(imported):
    _, tables = imported
    assert tables.pair("13121", "13120", date(2010, 5, 1)).modifier_indicator == 9
    assert tables.pair("13121", "13120", date(2020, 5, 1)).modifier_indicator == 0
    assert tables.pair("13121", "13120", None).modifier_indicator == 0
    assert tables.pair("13121", "13120", date(2001, 1, 1)) is None


def test_ncci_import_pairs_replace_the_curated_ones(imported):
    _, tables = imported
    # 62323/20610 is not a curated pair: only the imported table knows it.
    issues = _check(tables, {"lines": [{"code": "62323"}, {"code": "20610"}]})
    assert [(i.code, i.line) for i in issues] == [("bundle.ptp", 1)]
    assert "indicator 0" in issues[0].message
    assert issues[0].source == "CMS NCCI PTP v322r0"


def test_ncci_import_indicator_1_pair_is_bypassed_only_with_a_distinct_procedure(imported):
    _, tables = imported
    claim = {"lines": [{"code": "62323"}, {"code": "77003", "modifiers": ["59"]}]}
    without = _check(tables, claim)
    assert [i.code for i in without] == ["bundle.imaging"]
    assert "no distinct procedure" in without[0].message
    with_distinct = _check(tables, claim, ProcedureFacts(other_procedures=["trigger point"]))
    assert with_distinct == []


def test_ncci_import_mue_values_replace_the_curated_ones(imported, tmp_path):
    _, tables = imported
    two = {"lines": [{"code": "64483", "units": 2}]}
    assert [i.code for i in _check(tables, two)] == ["units.over_mue"]
    curated = NcciTables(load_claim_rules(load_profiles()).ncci, folder=tmp_path / "none")
    assert _check(curated, two) == []  # no curated MUE for 64483


def test_ncci_import_file_without_rows_is_a_usage_error_and_keeps_the_old_tables(
    imported, tmp_path
):
    summary, _ = imported
    before = (summary.folder / "ptp.sqlite3").read_bytes()
    empty = _ptp_zip(tmp_path, rows=PTP_ROWS[:4], name="empty-ptp")
    with pytest.raises(UsageError, match="no PTP or MUE rows"):
        import_ncci([empty], summary.folder.parent)
    assert (summary.folder / "ptp.sqlite3").read_bytes() == before
    assert sorted(p.name for p in summary.folder.iterdir()) == ["mue.sqlite3", "ptp.sqlite3"]


def test_ncci_import_cli_imports_then_status_shows_the_imported_tables(tmp_path, monkeypatch):
    # Arrange
    monkeypatch.setenv("NLP_CHECKER_DATA_DIR", str(tmp_path / "userdata"))
    runner = CliRunner()
    ptp, mue = _ptp_zip(tmp_path), _mue_zip(tmp_path)
    # Act
    before = runner.invoke(main, ["ncci", "status"])
    result = runner.invoke(main, ["ncci", "import", str(ptp), str(mue)])
    after = runner.invoke(main, ["ncci", "status"])
    # Assert
    assert "ptp: curated" in before.output
    assert result.exit_code == 0, result.output
    assert "imported 5 PTP row(s) and 3 MUE row(s)" in result.output
    assert "ptp: imported v322r0, 5 rows" in after.output
    assert "mue: imported 07-01-2026, 3 rows" in after.output
    removed = runner.invoke(main, ["ncci", "remove"])
    assert "removed 2 table(s)" in removed.output
    assert "ptp: curated" in runner.invoke(main, ["ncci", "status"]).output


def test_ncci_import_cli_bad_file_exits_with_a_message(tmp_path, monkeypatch):
    monkeypatch.setenv("NLP_CHECKER_DATA_DIR", str(tmp_path / "userdata"))
    bad = tmp_path / "PTP.zip"
    bad.write_bytes(b"PK\x03\x04 truncated")
    result = CliRunner().invoke(main, ["ncci", "import", str(bad)])
    assert result.exit_code == 1
    assert "PTP.zip" in result.output
