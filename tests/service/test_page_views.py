"""The web page as a biller uses it, in headless Chromium: styles, layout, uploads, exports, OCR.

Screenshots go to a temporary folder, or to ``$NLP_CHECKER_SCREENSHOTS`` when set (the README's
pictures in docs/img/ were taken that way and looked at by a person).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect, sync_playwright

from nlp_checker.outputs import words
from tests.ingest.test_layout import fax_pdf
from tests.integration.test_cli_table import INTERNAL
from tests.service.conftest import NOTES, PDFS, ROOT, Server
from tests.service.test_page import ARGS, CHROMIUM

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"
)
SCANS = ROOT / "examples" / "scans"


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("NLP_CHECKER_SCREENSHOTS")
    folder = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser(open_server: Server) -> Iterator[object]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, open_server: Server) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(open_server.url + "/")
    yield tab
    context.close()
    assert not errors, errors


def _check_file(page, path: Path) -> None:
    page.set_input_files("#file", str(path))
    page.click("#submit")
    page.wait_for_function(
        "name => document.querySelector('#status').textContent === `Checked ${name}.`",
        arg=path.name, timeout=90_000,
    )  # fmt: skip


def _shot(page, shots: Path, name: str, at: str = "#summary", **kwargs) -> Path:
    page.evaluate("sel => document.querySelector(sel).scrollIntoView()", at)
    path = shots / name
    page.screenshot(path=str(path), **kwargs)
    assert path.stat().st_size > 10_000
    return path


def _style(page, selector: str, prop: str) -> str:
    return page.eval_on_selector(selector, f"e => getComputedStyle(e).{prop}")


def test_page_evidence_styles_by_status_with_labels_and_legend(page, shots) -> None:
    # Act: a note whose signature is "DICTATED BUT NOT READ" and that has one view only
    _check_file(page, NOTES / "dev19_ap_only_dnr.txt")
    # Assert: the signature evidence is drawn as incomplete, not as good evidence
    sig = "#note a.ev[data-element='signature'] mark"
    assert page.locator(sig).first.get_attribute("class").startswith("ev-incomplete")
    assert "DICTATED" in page.locator("#note a.ev[data-element='signature']").first.inner_text()
    good = "#note a.ev[data-status='present'] mark"
    # different line styles, not colour alone
    assert _style(page, sig, "borderTopStyle") == "dashed"
    assert _style(page, good, "borderBottomStyle") == "solid"
    assert _style(page, good, "borderTopStyle") == "none"
    assert _style(page, sig, "backgroundImage") != "none"  # hatched
    # a label on each highlight, with its element and status
    labels = page.locator("#note .ev-label").all_inner_texts()
    assert "signature · incomplete" in labels
    assert "needle views · incomplete" in labels
    assert any(label.endswith("· documented") for label in labels)
    # the legend names every style
    legend = page.locator("#legend").inner_text()
    for word in ("documented", "incomplete", "says not done", "possible or planned", "missing"):
        assert word in legend
    # repeated quotes are shown once, with a count
    quotes = page.locator("#el-signature ul.evidence li").all_inner_texts()
    dnr = [q for q in quotes if "DICTATED BUT NOT READ" in q]
    assert len(dnr) == 1 and "\u00d72" in dnr[0]
    _shot(page, shots, "page-note.png", at="#el-signature")


def test_page_pdf_side_by_side_on_a_wide_screen(page, shots, browser, open_server) -> None:
    # Act
    _check_file(page, PDFS / "dev16_blank_template.pdf")
    # Assert: the findings on the left, the rendered page on the right, at the same height
    findings = page.locator("section.findings").bounding_box()
    image = page.locator("#pages img").first.bounding_box()
    assert image["x"] >= findings["x"] + findings["width"] - 1
    assert image["y"] - findings["y"] < 250  # beside the elements, not below them
    # the boxes on the page carry the same status styles and labels
    blank = page.locator("#pages a.box[data-element='vas_post']").first
    assert "ev-incomplete" in blank.get_attribute("class")
    assert _style(page, "#pages a.box[data-element='vas_post']", "borderTopStyle") == "dashed"
    # every box has a label on hover or focus; each problem also has one in the page's margin,
    # level with its box, that covers no evidence box and no other label
    assert page.locator("#pages a.box .box-label").count() == page.locator("#pages a.box").count()
    problems = page.locator("#pages a.box:not([data-status='present'])")
    margin = page.locator("#pages .margin-label")
    assert margin.count() == problems.count() > 0
    label = page.locator("#pages .margin-label[data-element='vas_post']")
    assert label.is_visible() and "pain score after" in label.inner_text()
    box = page.locator("#pages a.box[data-element='vas_post']").first.bounding_box()
    at = label.bounding_box()
    assert abs(at["y"] - box["y"]) < 20 and at["x"] > box["x"] + box["width"]
    boxes = [
        page.locator("#pages a.box").nth(i).bounding_box()
        for i in range(page.locator("#pages a.box").count())
    ]
    labels = [margin.nth(i).bounding_box() for i in range(margin.count())]

    def overlap(a, b) -> bool:
        return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                    or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])  # fmt: skip

    assert not any(overlap(a, b) for a in labels for b in boxes)
    assert not any(overlap(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :])
    assert all(a["x"] + a["width"] <= image["x"] + image["width"] + 1 for a in labels)
    _shot(page, shots, "page-pdf.png", at=".layout")
    # a narrow screen stacks them
    page.set_viewport_size({"width": 800, "height": 1000})
    findings = page.locator("section.findings").bounding_box()
    image = page.locator("#pages img").first.bounding_box()
    assert image["y"] >= findings["y"] + findings["height"] - 1


def test_page_unchecked_pages_are_labelled(page, tmp_path) -> None:
    # Arrange: a fax cover sheet before the two pages of the note
    fax = tmp_path / "fax.pdf"
    fax.write_bytes(fax_pdf())
    # Act
    _check_file(page, fax)
    # Assert
    cover = page.locator("#page-1")
    assert "unchecked" in cover.get_attribute("class")
    assert "Not checked" in cover.inner_text()
    assert "not checked" not in page.locator("#page-2").inner_text().lower()


def test_page_file_and_pasted_text_clear_each_other(page) -> None:
    # Arrange
    page.fill("#text", "Pre-procedure VAS: 7/10")
    # Act: choosing a file clears the pasted text, visibly
    page.set_input_files("#file", str(NOTES / "dev05_caudal_fluoro.txt"))
    # Assert
    assert page.input_value("#text") == ""
    expect(page.locator("#source-choice")).to_contain_text("dev05_caudal_fluoro.txt")
    expect(page.locator("#source-choice")).to_contain_text("pasted text was cleared")
    # Act: typing text clears the file
    page.fill("#text", "Post-procedure VAS: 2/10")
    page.type("#text", " more")
    # Assert
    assert page.eval_on_selector("#file", "e => e.files.length") == 0
    expect(page.locator("#source-choice")).to_have_text(
        "Checking the pasted text. The chosen file was cleared."
    )


def test_page_several_files_go_through_a_batch_with_progress(page, client: httpx.Client) -> None:
    # Arrange
    files = [
        NOTES / n for n in ("dev01_ehr_banner.txt", "dev19_ap_only_dnr.txt", "dev29_tfesi.txt")
    ]
    requests: list[str] = []
    page.on("request", lambda r: requests.append(f"{r.method} {r.url.split('?')[0]}"))
    # Act
    page.set_input_files("#file", [str(f) for f in files])
    page.click("#submit")
    expect(page.locator("#status")).to_have_text("Checked 3 files.", timeout=120_000)
    # Assert: one batch job, polled, and one row per file
    assert any(r.endswith("/v1/batch") and r.startswith("POST") for r in requests)
    assert any("/v1/jobs/" in r for r in requests)
    assert page.eval_on_selector("#batch-progress", "e => e.value === e.max && e.max === 3")
    rows = page.locator("#batch-table tbody tr")
    assert rows.count() == 3
    tfesi = page.locator("#batch-table tr[data-source='dev29_tfesi.txt']")
    assert "62323 → 64483" in tfesi.inner_text()
    # a row opens its details
    page.locator("#batch-table tr[data-source='dev19_ap_only_dnr.txt'] button").click()
    expect(page.locator("#el-signature td.status")).to_have_text("incomplete")


def test_page_export_json_and_printable_view(page, client: httpx.Client, tmp_path) -> None:
    # Arrange
    note = NOTES / "dev16_blank_template.txt"
    _check_file(page, note)
    # Act: download the result
    with page.expect_download() as info:
        page.click("#export-json")
    saved = tmp_path / "result.json"
    info.value.save_as(saved)
    # Assert: it is the result contract the API gives
    data = json.loads(saved.read_text(encoding="utf-8"))
    expected = client.post("/v1/check", files={"file": (note.name, note.read_bytes())}).json()
    assert data["elements"] == expected["elements"] and data["risk"] == expected["risk"]
    # the provider query on the page is the one the library writes
    assert page.locator("#query").inner_text() == words.provider_query(expected)
    assert "post-procedure pain score on the same scale" in page.locator("#query").inner_text()
    with page.expect_download() as info:
        page.click("#export-query")
    assert info.value.suggested_filename == "provider-query.txt"
    # the printable view hides the form and keeps the findings and the query
    page.emulate_media(media="print")
    assert not page.locator("#check-form").is_visible()
    assert page.locator("#elements").is_visible() and page.locator("#query").is_visible()
    page.emulate_media(media="screen")


@pytest.mark.skipif(
    __import__("nlp_checker.ingest.ocr", fromlist=["x"]).unavailable_reason() is not None,
    reason="needs Tesseract",
)
def test_page_ocr_is_said_and_boxes_sit_on_the_words(page, shots) -> None:
    # Act: a scanned PDF (no text layer)
    _check_file(page, SCANS / "dev16_blank_template.pdf")
    # Assert: the page says the text was read by OCR
    notice = page.locator("#ocr-notice")
    assert notice.is_visible() and "read by OCR" in notice.inner_text()
    assert "read by OCR" in page.locator("#el-vas_pre").inner_text()
    # each box sits on one line of words: inside the page, a line high, on dark pixels
    image = page.locator("#pages img").first.bounding_box()
    boxes = page.locator("#pages a.box")
    assert boxes.count() > 5
    for i in range(boxes.count()):
        box = boxes.nth(i).bounding_box()
        assert image["x"] <= box["x"] and box["x"] + box["width"] <= image["x"] + image["width"] + 2
        assert box["height"] < image["height"] * 0.05
    ink = page.evaluate(
        """() => {
          const img = document.querySelector('#pages img');
          const c = document.createElement('canvas');
          c.width = img.naturalWidth; c.height = img.naturalHeight;
          const g = c.getContext('2d'); g.drawImage(img, 0, 0);
          const r = img.getBoundingClientRect();
          return [...document.querySelectorAll('#pages a.box')].map((a) => {
            const b = a.getBoundingClientRect();
            const sx = img.naturalWidth / r.width, sy = img.naturalHeight / r.height;
            const d = g.getImageData((b.left - r.left) * sx, (b.top - r.top) * sy,
                                     Math.max(1, b.width * sx), Math.max(1, b.height * sy)).data;
            let dark = 0;
            for (let i = 0; i < d.length; i += 4) if (d[i] < 100) dark++;
            return dark / (d.length / 4);
          });
        }"""
    )
    assert min(ink) > 0.02, ink  # every box covers printed text, none sits on blank paper
    _shot(page, shots, "page-ocr.png", at="#ocr-notice")


def test_page_shows_the_claim_apart_from_the_note(page, client: httpx.Client, shots) -> None:
    # Arrange: a complete note, and a claim whose three lines each draw denials
    folder = ROOT / "examples" / "claims"
    note = (folder / "varga_62323.txt").read_text(encoding="utf-8")
    claim = json.loads((folder / "denied_62323.json").read_text(encoding="utf-8"))
    expected = client.post("/v1/check", json={"text": note, "claim": claim}).json()
    titles = client.get("/v1/elements").json()["issue_titles"]
    lines = expected["claim_check"]["lines"]
    on_lines = [i for i in expected["issues"] if i["line"] is not None]
    assert len(lines) > 1 and on_lines
    # Act: paste the note, open the claim box and paste the claim
    page.fill("#text", note)
    page.click("#claim-input summary")
    page.fill("#claim", json.dumps(claim))
    page.click("#submit")
    expect(page.locator("#status")).to_have_text("Checked pasted text.", timeout=60_000)
    # Assert: a Claim section, one item per claim line with its denial codes
    section = page.locator("#claim-section")
    expect(section).to_be_visible()
    assert section.locator("h3").inner_text() == "Claim"
    items = page.locator("#claim-lines > li")
    assert items.count() == len(lines)
    for line in lines:
        item = page.locator(f"#claim-lines > li[data-line='{line['line']}']")
        assert ", ".join(line["denial_codes"]) in item.locator(".line-head").inner_text()
        issues = item.locator("li.claim-issue")
        assert issues.count() == len(line["issues"])
        for issue in line["issues"]:
            text = item.locator(f"li.claim-issue[data-code='{issue['code']}']").inner_text()
            assert text.startswith(titles[issue["code"]] + ": ")
            assert words.issue_text(issue["message"], issue["source"]) in text
            assert issue["fix"] in text
            # the source tags stay in the JSON for the audit trail, not on the screen
            assert issue["source"] not in text
    # and none of them among the note's documentation: the code check says the note is fine
    assert page.locator("#code-check").inner_text() == "Billed 62323 is supported by the note."
    note_part = page.locator("#elements").inner_text() + "".join(
        page.locator("#code-reasons").all_inner_texts()
    )
    for issue in on_lines:
        assert words.issue_text(issue["message"], issue["source"]).rstrip(".") not in note_part
    # the risk drivers name the claim checks in words, not by their ids
    drivers = page.locator("#drivers").inner_text()
    assert "claim:" not in drivers.lower() and words.title("claim:units") in drivers
    assert page.locator("section.findings #claim-section").count() == 0
    # a risk driver of the claim links to the claim section
    assert page.locator("#drivers a[href='#claim-section']").count() > 0
    # nothing a person reads carries internal ids (issue codes, rule ids, source tags)
    shown = page.locator("#results").inner_text()
    assert not INTERNAL.search(shown), INTERNAL.search(shown)
    _shot(page, shots, "page-claim.png", at="#claim-section")


def test_page_claim_that_is_not_json_says_so(page) -> None:
    page.fill("#text", (NOTES / "dev05_caudal_fluoro.txt").read_text(encoding="utf-8"))
    page.click("#claim-input summary")
    page.fill("#claim", '{"lines": [')
    page.click("#submit")
    expect(page.locator("#status")).to_contain_text("the claim is not valid JSON")


def test_page_text_that_is_not_a_procedure_note_says_so(page) -> None:
    page.fill("#text", "hello world")
    page.click("#submit")
    expect(page.locator("#status")).to_contain_text("Could not check: not a procedure note:")
    assert "not_a_procedure_note" not in page.locator("#status").inner_text()
    assert page.locator("#results").is_hidden()


def _as_ocr(finding: dict, confidence: float) -> dict:
    evidence = [{**ev, "ocr": True, "confidence": confidence} for ev in finding["evidence"]]
    return {**finding, "evidence": evidence}


def test_page_marks_ocr_text_and_low_confidence_for_review(page, client: httpx.Client) -> None:
    # Arrange: the server's answer for a note as if read from a scan, the contrast evidence
    # read at low confidence (reviewed as the checker does it)
    from nlp_checker.elements.findings import Finding
    from nlp_checker.elements.review import review_finding

    text = (NOTES / "dev01_ehr_banner.txt").read_text(encoding="utf-8")
    body = client.post("/v1/annotate", json={"text": text, "source": "pasted text"}).json()
    threshold = client.get("/v1/elements").json()["ocr_min_confidence"]
    low = threshold - 19
    result = body["result"]
    elements = {e: _as_ocr(f, 92.0) for e, f in result["elements"].items()}
    assert result["elements"]["contrast_flow"]["status"] == "present"
    contrast = Finding.model_validate(_as_ocr(result["elements"]["contrast_flow"], low))
    elements["contrast_flow"] = review_finding("Contrast flow", contrast).model_dump(mode="json")
    scanned = {"result": {**result, "elements": elements},
               "document": {**body["document"],
                            "pages": [{**p, "ocr": True} for p in body["document"]["pages"]]}}  # fmt: skip
    page.route("**/v1/annotate*", lambda route: route.fulfill(json=scanned))
    # Act
    page.fill("#text", text)
    page.click("#submit")
    expect(page.locator("#status")).to_have_text("Checked pasted text.", timeout=60_000)
    # Assert: the page says the text was read by OCR, and how many quotes are unsure
    notice = page.locator("#ocr-notice")
    expect(notice).to_be_visible()
    lows = len({" ".join(ev.text.split()).lower() for ev in contrast.evidence})
    assert "read by OCR" in notice.inner_text()
    assert f"{len(contrast.evidence)} quote(s) were read at low confidence" in notice.inner_text()
    # every quote says it came from OCR, with its confidence
    quotes = page.locator("#elements ul.evidence li")
    assert page.locator("#elements ul.evidence li .ocr").count() == quotes.count() > 5
    assert "(read by OCR, 92% confidence)" in page.locator("#el-vas_pre").inner_text()
    # the low ones are marked for review, and the element says why it is not documented
    row = page.locator("#el-contrast_flow")
    assert row.get_attribute("data-status") == "uncertain"
    marked = row.locator(".ocr-low")
    assert marked.count() == lows
    assert f"read by OCR at {low:.0f}% confidence: low, check it against the scan" in (
        marked.first.inner_text()
    )
    assert f"evidence is OCR text at confidence {low:.0f}" in row.inner_text()
    assert page.locator("#elements .ocr-low").count() == lows
    # and on the note text, the low-confidence evidence is outlined and labelled
    outlined = page.locator("#note mark.ev-lowconf")
    assert outlined.count() > 0
    assert _style(page, "#note mark.ev-lowconf", "outlineStyle") == "dotted"
    assert f"OCR {low:.0f}%" in page.locator("#note .ev-label.lbl-uncertain").first.inner_text()


def test_page_links_to_offline_api_docs(browser, open_server: Server) -> None:
    # Arrange: a browser that may not reach any other host
    context = browser.new_context()
    outside: list[str] = []

    def guard(route) -> None:
        if re.match(r"https?://127\.0\.0\.1[:/]", route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    tab = context.new_page()
    tab.goto(open_server.url + "/")
    # Act: follow the page's link to the docs
    tab.click("#docs-link")
    # Assert: Swagger UI renders the API from the service's own assets
    expect(tab.locator(".swagger-ui .info .title")).to_contain_text("nlp-checker", timeout=30_000)
    expect(tab.locator(".opblock-summary-path", has_text="/v1/check")).to_have_count(1)
    tab.goto(open_server.url + "/redoc")
    expect(tab.locator("h1", has_text="nlp-checker")).to_have_count(1, timeout=30_000)
    assert not outside, outside
    context.close()
