"""A batch over notes with a claims manifest: claim issues in the JSONL, the CSV and the report."""

from __future__ import annotations

import csv
import os
import re
from html import escape
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp_checker.batch.output import iter_rows
from nlp_checker.cli import main
from nlp_checker.outputs import words
from tests.integration.test_cli_table import INTERNAL

NOTE = """Patient: {name}   DOB: 02/03/1958   MRN: {mrn}
Date of Service: 06/01/2026
INDICATION: Left L5 radiculopathy after 8 weeks of failed physical therapy.
Pre-procedure VAS: 7/10
PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.
AP and lateral views confirmed the final needle position.
Omnipaque 180 showed epidural spread. Kenalog 80 mg injected.
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD
"""
# One row per claim line; claim-level columns on the first row of a document.
MANIFEST = """document,code,units,modifiers,icd10,date_of_service,place_of_service,payer,state,prior_auth
clean.txt,62323,1,,M54.16,2026-06-01,11,medicare,CA,
denied.txt,62323,2,,M51.36;M54.50,2026-06-01,,medicare,TX,
denied.txt,77003,1,,,,,,,
denied.txt,99213,1,,,,,,,
dated.txt,62323,1,,M54.16,2026-06-08,11,medicare,CA,
"""


@pytest.fixture(scope="module")
def batch_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("claims-batch")
    notes = folder / "notes"
    notes.mkdir()
    (notes / "clean.txt").write_text(NOTE.format(name="Orla Fenwick", mrn="FAKE-1001"))
    (notes / "denied.txt").write_text(NOTE.format(name="Cass Merriden", mrn="FAKE-1002"))
    (notes / "unlisted.txt").write_text(NOTE.format(name="Ives Tallon", mrn="FAKE-1003"))
    # Billed a week after the note's date, as an office visit for a note done at an ASC.
    asc = NOTE.replace("PROCEDURE:", "Performed at the ambulatory surgery center.\nPROCEDURE:")
    (notes / "dated.txt").write_text(asc.format(name="Noor Abery", mrn="FAKE-1004"))
    manifest = folder / "claims.csv"
    manifest.write_text(MANIFEST)
    out = folder / "results.jsonl"
    runner = CliRunner()
    result = runner.invoke(
        main,
        ["batch", str(notes), "-o", str(out), "--claims", str(manifest), "-j", "1",
         "--progress", "off", "--salt-file", str(_salt(folder))],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    html = folder / "report.html"
    report = runner.invoke(main, ["report", str(out), "--html", str(html)])
    assert report.exit_code == 0, report.output
    rows = {row["source"].rsplit("/", 1)[-1]: row for row in iter_rows(out)}
    return rows, out.with_suffix(".csv"), html.read_text(encoding="utf-8")


def _salt(folder):
    path = folder / "salt"
    path.write_text("fictional-test-salt-0123456789")
    path.chmod(0o600)
    return path


def test_batch_claims_jsonl_rows_carry_each_documents_claim_check(batch_run):
    rows, _, _ = batch_run
    assert rows["clean.txt"]["claim_check"]["clean"] is True
    denied = rows["denied.txt"]["claim_check"]
    assert denied["clean"] is False
    assert [line["code"] for line in denied["lines"]] == ["62323", "77003", "99213"]
    assert [i["code"] for i in denied["lines"][1]["issues"]] == ["bundle.imaging"]
    assert "authorization.missing" in [i["code"] for i in denied["lines"][0]["issues"]]
    # Not in the manifest: the default claim (62323 to Medicare, nothing else to check).
    dated = rows["dated.txt"]["claim_check"]
    assert [i["code"] for i in dated["lines"][0]["issues"]] == [
        "claim.date_mismatch", "place.setting_mismatch",
    ]  # fmt: skip
    assert dated["clean"] is False
    assert rows["unlisted.txt"]["claim_check"]["clean"] is True
    assert rows["unlisted.txt"]["claim"]["lines"] == [{"code": "62323", "units": 1,
                                                       "modifiers": [], "icd10": []}]  # fmt: skip


def test_batch_claims_csv_has_the_claim_columns(batch_run):
    _, csv_path, _ = batch_run
    with csv_path.open(encoding="utf-8") as handle:
        rows = {r["source"].rsplit("/", 1)[-1]: r for r in csv.DictReader(handle)}
    assert rows["clean.txt"]["claim_clean"] == "True"
    assert rows["clean.txt"]["claim_issues"] == ""
    denied = rows["denied.txt"]
    assert denied["claim_clean"] == "False"
    assert "2:bundle.imaging" in denied["claim_issues"].split(";")
    assert "3:bundle.em_same_day" in denied["claim_issues"].split(";")
    assert "1:units.over_mue" in denied["claim_issues"].split(";")
    assert set(denied["denial_codes"].split(";")) == {"CO-16", "CO-50", "N115", "CO-151", "CO-236"}
    dated = rows["dated.txt"]
    assert dated["claim_issues"].split(";") == ["1:claim.date_mismatch", "1:place.setting_mismatch"]
    assert dated["denial_codes"] == ""


def test_batch_claims_report_has_a_claim_section_with_our_labels(batch_run):
    rows, _, html = batch_run
    assert '<section id="claims">' in html
    assert "2 of 4 claims" in html
    assert "CO-236" in html and "NCCI procedure pair: not separately payable" in html
    # the chart names the issues by their titles
    for code in ("bundle.imaging", "claim.date_mismatch", "place.setting_mismatch"):
        assert escape(words.issue_title(code)) in html, code
    # and what a person reads carries no internal ids (issue codes, rule ids, source tags)
    text = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", html, flags=re.S)
    assert not INTERNAL.search(text), INTERNAL.search(text)
    assert "Would be denied in part" in html
    # the note's "what is wrong" says the claim would be denied, though the note is complete
    assert "claim would draw CO-16, CO-50, N115, CO-151, CO-236" in html
    # a claim issue that predicts no denial code is named by its title
    dated = [i for i in rows["dated.txt"]["issues"] if i["line"] is not None]
    assert dated and not rows["dated.txt"]["claim_check"]["denial_codes"]
    assert escape("claim: " + words.issue_title(dated[0]["code"])) in html


def test_batch_claims_report_in_chromium_shows_the_claim_apart_from_the_note(batch_run, tmp_path):
    # Arrange
    playwright = pytest.importorskip("playwright.sync_api")
    from .test_report import CHROMIUM, chromium_page

    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed")
    rows, _, html = batch_run
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    shots = Path(os.environ.get("NLP_CHECKER_SCREENSHOTS") or tmp_path)
    denied = rows["denied.txt"]
    lines = denied["claim_check"]["lines"]
    on_lines = [i for i in denied["issues"] if i["line"] is not None]
    assert len(lines) == 3 and on_lines
    errors: list[str] = []
    with chromium_page(playwright, errors, viewport={"width": 1400, "height": 900}) as page:
        page.goto(report.as_uri())
        # Act: open the denied note's details
        note = page.locator("details.note", has_text="denied.txt")
        note.locator("summary").click()
        # Assert: a Claim section in the note, one item per claim line, in order
        claim = note.locator("section.claim")
        playwright.expect(claim).to_be_visible()
        assert claim.locator("h3").inner_text() == "Claim"
        items = claim.locator("li.claim-line")
        assert items.count() == len(lines)
        for n, line in enumerate(lines):
            item = items.nth(n)
            head = f"Line {line['line'] + 1}: {line['code']} x{line['units']}"
            assert item.inner_text().startswith(head)
            assert ", ".join(line["denial_codes"]) in item.inner_text()
            for issue in line["issues"]:
                text = item.locator(f"li.claim-issue[data-code='{issue['code']}']").inner_text()
                assert text.startswith(words.issue_title(issue["code"]) + ":")
                assert words.issue_text(issue["message"], issue["source"]) in text
                assert f"Fix: {issue['fix']}" in text
                assert f"({issue['source']})" not in text
        # the note's own code section does not repeat them
        code = note.locator("section.note-code").inner_text()
        assert "the note supports the billed 62323" in code
        for issue in on_lines:
            assert words.issue_text(issue["message"], issue["source"]).rstrip(".") not in code
        note.evaluate("e => e.scrollIntoView()")
        page.screenshot(path=str(shots / "report-claim.png"))
        # a clean claim says so line by line
        clean = page.locator("details.note", has_text="clean.txt")
        clean.locator("summary").click()
        assert "Every line goes out clean" in clean.locator("section.claim").inner_text()
        assert clean.locator("section.claim li.claim-line").inner_text().endswith("clean")
    assert errors == []
