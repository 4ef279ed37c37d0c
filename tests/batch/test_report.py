"""The HTML report: self-contained, escaped, and showing the totals in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from nlp_checker.batch.output import iter_rows
from nlp_checker.batch.run import BatchOptions, run_batch
from nlp_checker.cli import main

from .conftest import SALT
from .history import write_history

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@contextmanager
def chromium_page(playwright: Any, errors: list[str], **page_options: Any) -> Iterator[Any]:
    """Open a page in Debian's headless Chromium that appends its script errors to ``errors``."""
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(**page_options)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    write_history(folder / "notes")
    # A note whose text tries to inject markup, and an unreadable file.
    (folder / "notes" / "z_markup.txt").write_text(
        "<script>window.injected = 1</script> Patient note with no procedure.", encoding="utf-8"
    )
    (folder / "notes" / "z_empty.txt").write_bytes(b"")
    out = folder / "results.jsonl"
    run_batch([folder / "notes"], out, BatchOptions(workers=2, salt=SALT, timeout=60))
    html = folder / "report.html"
    result = CliRunner().invoke(main, ["report", str(out), "--html", str(html)])
    assert result.exit_code == 0, result.output
    return html, list(iter_rows(out))


def test_report_is_self_contained_and_escaped(report):
    html, _ = report
    text = html.read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", text)
    assert "<script>window.injected" not in text
    assert "ZZ-900111" not in text and "TESTA" not in text


def test_report_does_not_ask_an_interlaminar_note_for_its_side(report):
    from nlp_checker.elements.catalogue import catalogue

    html, _ = report
    text = html.read_text(encoding="utf-8")
    side_fix = next(s.fix for s in catalogue() if s.id == "laterality")
    assert "not used for this procedure" in text
    assert side_fix.split(";")[0] not in text


@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed")
def test_report_renders_totals_in_chromium(report):
    # Arrange
    playwright = pytest.importorskip("playwright.sync_api")
    html, rows = report
    errors: list[str] = []
    requests: list[str] = []
    # Act
    with chromium_page(playwright, errors) as page:
        page.on("request", lambda req: requests.append(req.url))
        page.goto(html.as_uri())
        total = page.inner_text("#total-notes .n")
        error_count = page.inner_text("#total-errors .n")
        findings = page.inner_text("#patients")
        charts = page.locator("svg.chart").count()
        injected = page.evaluate("typeof window.injected")
        # Sorting: click the Risk header twice (descending) and read the first score.
        header = page.locator("#notes-table th", has_text="Risk").first
        header.click()
        header.click()
        first = page.locator("#notes-table tbody tr").first.locator("td").nth(6)
        top_score = first.get_attribute("data-v")
        page.locator("#notes-table tbody tr a").first.click()
        target = page.evaluate("location.hash")
        visible = page.locator(target).is_visible()
    # Assert
    assert errors == []
    assert all(url.startswith("file://") for url in requests)
    assert int(total) == len(rows)
    assert int(error_count) == sum(r["status"] == "error" for r in rows)
    for rule in ("PAT-FREQ-01", "PAT-REP-01", "PAT-DUP-01", "PAT-MULTI-01"):
        assert rule in findings
    assert charts >= 3
    assert injected == "undefined"
    # unreadable notes have no score, so they sort last (blanks last)
    assert float(top_score) == max(r["risk"]["score"] for r in rows if r["status"] == "ok")
    assert target.startswith("#note-") and visible


def test_report_summary_keeps_highest_risk_when_truncated(report):
    from nlp_checker.report.aggregate import summarise

    _, rows = report
    summary = summarise(iter(rows), max_notes=3)
    scores = sorted(
        ((r["risk"]["score"] if r["status"] == "ok" else 1.0) for r in rows), reverse=True
    )
    assert summary.truncated and summary.total == len(rows)
    assert [n.score for n in summary.notes] == scores[:3]


def test_report_of_an_empty_results_file(tmp_path):
    results = tmp_path / "empty.jsonl"
    results.write_text("", encoding="utf-8")
    html = tmp_path / "empty.html"
    result = CliRunner().invoke(main, ["report", str(results), "--html", str(html)])
    assert result.exit_code == 0, result.output
    text = html.read_text(encoding="utf-8")
    assert 'id="total-notes"><div class="n">0<' in text and "nothing to show" in text
