"""The web page in headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.service.conftest import NOTES, PDFS, Server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"
)


@pytest.fixture(scope="module")
def page(open_server: Server) -> Iterator[object]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context()
        tab = context.new_page()
        errors: list[str] = []
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        # Script errors fail the test; Chromium also logs every 4xx answer, which some tests expect.
        tab.on(
            "console",
            lambda msg: (
                errors.append(msg.text)
                if msg.type == "error" and not msg.text.startswith("Failed to load resource")
                else None
            ),
        )
        tab.goto(open_server.url + "/")
        yield tab
        assert not errors, errors
        browser.close()


def _check_file(page, path: Path) -> None:
    page.set_input_files("#file", str(path))
    page.click("#submit")
    page.wait_for_function(
        "name => document.querySelector('#status').textContent === `Checked ${name}.`",
        arg=path.name, timeout=60_000,
    )  # fmt: skip


def test_page_upload_shows_elements_and_highlights(page, client) -> None:
    # Arrange
    note = NOTES / "dev01_ehr_banner.txt"
    expected = client.post("/v1/check", files={"file": (note.name, note.read_bytes())}).json()
    # Act
    _check_file(page, note)
    # Assert: every element with its status
    rows = page.locator("#elements tbody tr")
    assert rows.count() == len(expected["elements"])
    words = {"present": "documented", "missing": "missing", "negated": "says not done",
             "incomplete": "incomplete", "uncertain": "uncertain"}  # fmt: skip
    for element_id, finding in expected["elements"].items():
        status = page.locator(f"#el-{element_id} td.status").inner_text()
        assert status == words[finding["status"]], element_id
        assert page.locator(f"#el-{element_id}").get_attribute("data-status") == finding["status"]
    # an interlaminar note is not asked for the side and foramen of a transforaminal injection
    side = page.locator("#el-laterality").inner_text()
    assert "Not used for this procedure" in side and "Add:" not in side
    # Assert: the risk, and the note with its evidence highlighted and linked
    assert expected["risk"]["level"] in page.locator("#risk").inner_text()
    # the claim (default: 62323, one line) is shown apart from the note, line by line
    assert page.locator("#claim-lines > li").count() == len(expected["claim_check"]["lines"])
    assert "62323" in page.locator("#claim-lines").inner_text()
    assert page.locator("#note").inner_text().startswith(note.read_text()[:40])
    marks = page.locator("#note a.ev mark")
    assert marks.count() > 5
    first = expected["elements"]["vas_pre"]["evidence"][0]
    link = page.locator("#note a.ev[data-element='vas_pre']").first
    assert first["text"].startswith(link.inner_text().split(" [evidence")[0][:5])
    link.click()
    assert page.evaluate("location.hash") == "#el-vas_pre"
    # the element's own evidence links back into the note
    back = page.locator("#el-vas_pre a.ev-link").first
    target = back.get_attribute("href")
    assert page.locator(target).count() == 1


def test_page_missing_elements_show_fix_text(page, client) -> None:
    # Arrange: a blank template leaves required elements missing or incomplete
    note = NOTES / "dev16_blank_template.txt"
    catalogue = {e["id"]: e for e in client.get("/v1/elements").json()["elements"]}
    # Act
    _check_file(page, note)
    # Assert
    # (the side and foramen are not used by an interlaminar injection: nothing to add there)
    not_present = page.locator(
        "#elements tbody tr:not([data-status='present']):not([data-applies='false'])"
    )
    assert not_present.count() > 0
    for i in range(not_present.count()):
        row = not_present.nth(i)
        element_id = row.get_attribute("id").removeprefix("el-")
        assert catalogue[element_id]["fix"] in row.locator(".fix").inner_text()


def test_page_pasted_text(page) -> None:
    # Arrange
    page.set_input_files("#file", [])
    text = (NOTES / "dev05_caudal_fluoro.txt").read_text(encoding="utf-8")
    # Act
    page.fill("#text", text)
    page.click("#submit")
    expect(page.locator("#status")).to_have_text("Checked pasted text.", timeout=60_000)
    # Assert
    assert page.locator("#note a.ev mark").count() > 0


def test_page_pdf_shows_page_markers(page) -> None:
    # Act
    page.fill("#text", "")
    _check_file(page, PDFS / "dev25_cervical_c7t1.pdf")
    # Assert: the extracted text with page markers, and the rendered page with evidence boxes
    assert page.locator("#note .page-marker").count() >= 1
    assert page.locator("#note a.ev mark").count() > 0
    assert page.locator("#pages img").count() >= 1
    boxes = page.locator("#pages a.box")
    assert boxes.count() > 0
    box = boxes.first.bounding_box()
    image = page.locator("#pages img").first.bounding_box()
    assert box and image
    assert image["x"] <= box["x"] <= image["x"] + image["width"]
    assert image["y"] <= box["y"] <= image["y"] + image["height"]


def test_page_unreadable_file_says_why(page, client, tmp_path: Path) -> None:
    # Arrange
    bad = tmp_path / "archive.txt"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    error = client.post("/v1/check", files={"file": (bad.name, bad.read_bytes())}).json()["error"]
    assert error["type"] == "unsupported_format"
    # Act
    page.set_input_files("#file", str(bad))
    page.click("#submit")
    expect(page.locator("#status")).to_have_class("error", timeout=60_000)
    # Assert: the reason in words, not the error's type id
    status = page.locator("#status").inner_text()
    assert status == f"Could not check: {error['message']}"
    assert "unsupported_format" not in status
    assert json.dumps(page.locator("#results").is_hidden()) == "true"
