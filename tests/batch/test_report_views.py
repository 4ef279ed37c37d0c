"""The report a manager reads, in headless Chromium: 80 notes, folded, filtered and sorted."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp_checker.batch.output import iter_rows
from nlp_checker.batch.run import BatchOptions, run_batch
from nlp_checker.cli import main
from nlp_checker.report.aggregate import provider_name
from tests.integration.test_cli import COMPLETE

from .conftest import SALT
from .test_report import CHROMIUM, chromium_page

ROOT = Path(__file__).resolve().parents[2]
ROE = ("Dr Jane Roe", "JANE ROE, MD", "Signed electronically: Jane Roe, MD")
OTHERS = ("Dana Whitfield, MD", "Omar Quist-Test, DO")
# How each signer's line is written in the notes.
LINES = (
    "Electronically signed by: Dr Jane Roe",
    "Electronically signed by: JANE ROE, MD",
    "Signed electronically: Jane Roe, MD",
    "Electronically signed by: Dana Whitfield, MD",
    "Electronically signed by: Omar Quist-Test, DO",
)


def _note(i: int) -> str:
    month = ("03", "04", "05")[i % 3]
    text = COMPLETE.replace("Electronically signed by: Dana Whitfield, MD", LINES[i % 5])
    text = text.replace("Patient: Hollis Varga", f"Patient: Test Person{i:02d}")
    text = text.replace("MRN: 00-FAKE-3141", f"MRN: 00-FAKE-{3000 + i}")
    if i % 10 == 9:  # no date of service
        text = text.replace("Date of Service: 05/06/2025\n", "")
    else:
        text = text.replace("05/06/2025", f"{month}/{10 + i % 15:02d}/2025")
    if i % 4 == 1:
        text = text.replace("Post-procedure VAS: 2/10", "Post-procedure VAS: ___/10")
    if i % 7 == 3:
        text = text.replace("AP and lateral views", "AP view")
    return text


@pytest.fixture(scope="module")
def big_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("big")
    notes = folder / "clinic" / "notes"
    notes.mkdir(parents=True)
    for i in range(79):
        (notes / f"note{i:02d}.txt").write_text(_note(i), encoding="utf-8")
    # high risk only because of its code: a transforaminal note billed as 62323
    tfesi = (ROOT / "examples" / "notes" / "dev29_tfesi.txt").read_text(encoding="utf-8")
    (notes / "tfesi.txt").write_text(tfesi, encoding="utf-8")
    results = folder / "out" / "results.jsonl"
    results.parent.mkdir()
    run_batch([notes], results, BatchOptions(workers=2, salt=SALT, timeout=60))
    from nlp_checker.batch.summary import write_summaries

    write_summaries(results, results.with_suffix(".csv"), None)
    html = folder / "out" / "report.html"
    result = CliRunner().invoke(main, ["report", str(results), "--html", str(html)])
    assert result.exit_code == 0, result.output
    return html, list(iter_rows(results))


@pytest.mark.parametrize(
    "signer",
    [*ROE, "jane roe md", "Electronically signed by: Jane Roe, MD", "Dr. Jane Roe, M.D."],
)
def test_provider_names_are_normalised(signer):
    assert provider_name(signer) == "Jane Roe"


def test_report_links_csv_and_queries_and_shows_relative_paths(big_report):
    html, rows = big_report
    text = html.read_text(encoding="utf-8")
    assert "href='results.csv'" in text
    assert "href='report.queries.csv'" in text
    # sources relative to the folder they share
    assert (
        ">note00.txt</a>" in text
        and str(html.parent.parent / "clinic") not in text.split("Sources are shown relative to")[0]
    )
    # the bulk provider queries: one row per finding, each with the whole note's query
    queries = html.with_name("report.queries.csv")
    assert queries.stat().st_mode & 0o777 == 0o600
    with queries.open(encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    blank = [r for r in lines if r["element"] == "vas_post"]
    expected = sum(1 for r in rows if r["status"] == "ok"
                   and r["elements"]["vas_post"]["status"] != "present")  # fmt: skip
    assert len(blank) == expected > 10
    assert "same scale" in blank[0]["query"]
    assert blank[0]["note_query"].startswith("Documentation query: procedure note")
    assert {r["provider"] for r in lines} <= {"Jane Roe", "Dana Whitfield", "Omar Quist-Test"}


def test_report_code_only_high_risk_says_so(big_report):
    html, _ = big_report
    text = html.read_text(encoding="utf-8")
    row = re.search(
        r"<tr data-index='\d+'[^>]*>(?:(?!</tr>).)*tfesi\.txt(?:(?!</tr>).)*</tr>", text
    )
    assert row, "tfesi row"
    assert "the note supports 64483, not the billed 62323" in row.group(0)
    assert "data-level='high'" in row.group(0)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_report_in_chromium_folded_filtered_sorted(big_report):
    playwright = pytest.importorskip("playwright.sync_api")
    html, rows = big_report
    shots = Path(os.environ.get("NLP_CHECKER_SCREENSHOTS") or html.parent)
    errors: list[str] = []
    with chromium_page(playwright, errors, viewport={"width": 1400, "height": 900}) as page:
        page.goto(html.as_uri())
        # Folded: 80 notes stay a page a manager scrolls, not 82,000 pixels
        assert len(rows) == 80
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height < 12_000, height
        assert page.locator("details.note").count() == 80
        assert page.locator("details.note[open]").count() == 0
        page.screenshot(path=str(shots / "report.png"))
        page.locator("#notes").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / "report-notes.png"))
        # One provider is one row
        providers = page.locator("#providers-table tbody tr td:first-child").all_inner_texts()
        assert providers.count("Jane Roe") == 1
        assert {"Dana Whitfield", "Jane Roe", "Omar Quist-Test"} <= set(providers)
        assert len(providers) == 4  # and the transforaminal note's signer
        roe = page.locator("#providers-table tbody tr", has_text="Jane Roe")
        assert roe.locator("td").nth(1).inner_text() == str(
            sum(
                1
                for r in rows
                if "roe" in str(r["elements"].get("signature", {}).get("value")).lower()
            )
        )
        # Trends by month and by provider
        months = page.locator("#months-table tbody tr td:first-child").all_inner_texts()
        assert {"2025-03", "2025-04", "2025-05"} <= set(months) and months == sorted(months)
        assert page.locator("#provider-months tbody tr").count() == 4
        # Filters: provider, element, risk, date range
        table = "#notes-table tbody tr:not([hidden])"
        page.select_option("#filters select[name=provider]", "Jane Roe")
        roe_rows = page.locator(table).count()
        assert 0 < roe_rows < 80
        assert set(page.locator(f"{table} td:nth-child(4)").all_inner_texts()) == {"Jane Roe"}
        page.select_option("#filters select[name=element]", "vas_post")
        both = page.locator(table).count()
        assert 0 < both < roe_rows
        assert all(
            "pain score after" in t
            for t in page.locator(f"{table} td:nth-child(9)").all_inner_texts()
        )
        assert page.inner_text("#shown-count") == str(both)
        assert page.locator("details.note:not([hidden])").count() == both
        page.click("#filters button[type=reset]")
        playwright.expect(page.locator("#shown-count")).to_have_text("80")
        page.select_option("#filters select[name=level]", "high")
        high = page.locator(table).count()
        assert high == sum(1 for r in rows if r["risk"]["level"] == "high")
        page.click("#filters button[type=reset]")
        page.fill("#filters input[name=from]", "2025-04-01")
        page.fill("#filters input[name=to]", "2025-04-30")
        dates = page.locator(f"{table} td:nth-child(3)").all_inner_texts()
        assert dates and all(d.startswith("2025-04") for d in dates)
        page.click("#filters button[type=reset]")
        playwright.expect(page.locator("#shown-count")).to_have_text("80")
        # Keyboard sorting: Tab to the Date header's button and press Enter
        date_button = page.locator("#notes-table thead th", has_text="Date").locator("button")
        date_button.focus()
        page.keyboard.press("Enter")
        dates = page.locator("#notes-table tbody td:nth-child(3)").all_inner_texts()
        filled = [d for d in dates if d]
        assert dates[: len(filled)] == sorted(filled)
        assert dates[len(filled) :] == [""] * (80 - len(filled))  # blanks last
        page.keyboard.press("Enter")  # descending: blanks still last
        dates = page.locator("#notes-table tbody td:nth-child(3)").all_inner_texts()
        assert dates[: len(filled)] == sorted(filled, reverse=True)
        # Risk level sorts by severity, not alphabetically
        page.locator("#notes-table thead th", has_text="Level").locator("button").click()
        levels = page.locator("#notes-table tbody td:nth-child(8)").all_inner_texts()
        rank = {"low": 1, "medium": 2, "high": 3, "error": 4}
        assert [rank[lv] for lv in levels] == sorted(rank[lv] for lv in levels)
        # A link to a note opens its folded details, with its provider query
        page.locator("#notes-table tbody tr a").first.click()
        page.wait_for_function("location.hash.startsWith('#note-')")
        target = page.evaluate("location.hash")
        # The page opens the details on the hash change; wait for it rather than race it.
        playwright.expect(page.locator(f"details{target}")).to_have_attribute("open", "")
        page.screenshot(path=str(shots / "report-note.png"))
    assert errors == []
