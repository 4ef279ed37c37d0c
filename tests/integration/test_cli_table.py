"""What a biller reads in the terminal: the full panel, the compact list, JSON shape, exit codes."""

import json
import re

import pytest
from click.testing import CliRunner

from nlp_checker.cli import main
from nlp_checker.elements.catalogue import catalogue
from nlp_checker.outputs import words
from tests.integration.test_cli import COMPLETE, UNSIGNED

ROOT_NOTES = "examples/notes"
FIX = {spec.id: spec.fix for spec in catalogue()}
TITLES = {spec.id: spec.title for spec in catalogue()}
# Internal ids a person must not read (a source "S1", not the level "L5-S1").
INTERNAL = re.compile(
    r"\b(?:MCR|MOD|CODE|NCCI)-[A-Z0-9-]+|(?<![-/])\bS\d{1,2}\b|code:[a-z_]+|claim:[a-z_]+"
    r"|=True|=False"
    r"|\b(?:diagnosis|bundle|units|modifier|authorization|sedation|claim|place)\.[a-z_]+\b"
)

BLANK = COMPLETE.replace("Post-procedure VAS: 2/10", "Post-procedure VAS: ___/10").replace(
    "AP and lateral views confirmed", "AP view confirmed"
)
TWO_VIEWS = COMPLETE


def _run(args, width=100):
    return CliRunner().invoke(main, args, env={"COLUMNS": str(width)}, terminal_width=width)


def _plain(text: str) -> str:
    """The panel text with its frame characters and line wraps taken out."""
    return " ".join(re.sub(r"[│┃╭╮╰╯─━┏┓┗┛┡┩└┘┳┻╇┼┬┴├┤]", " ", text).split())


def test_table_shows_the_fix_under_every_element_that_is_not_documented(tmp_path):
    # Arrange: a blank post-procedure score, one view only, an unsigned note
    note = tmp_path / "blank.txt"
    note.write_text(
        BLANK.replace("Electronically signed by: Dana Whitfield, MD", "Signature: ____")
    )
    data = json.loads(_run(["check", str(note), "--format", "json"]).output)[0]
    # Act (wide, so that no cell wraps and each text can be read back whole)
    result = _run(["check", str(note)], width=300)
    # Assert: every element by its title, and under each that is not present, its fix
    text = _plain(result.output)
    not_present = [
        e for e, f in data["elements"].items() if f["status"] != "present" and f["applies"]
    ]
    assert {"vas_post", "needle_views", "signature"} <= set(not_present)
    for element in data["elements"]:
        assert TITLES[element] in text, element
    for element in not_present:
        fix = " ".join(FIX[element].split())
        assert fix in text, element
    # the side and foramen of a transforaminal injection are not asked of an interlaminar note
    assert not data["elements"]["laterality"]["applies"]
    assert " ".join(FIX["laterality"].split()) not in text
    assert "not used for this procedure" in text
    # the blank field is explained, values are words, not code
    assert "blank field “___/10”" in text
    assert "AP view" in text
    assert not INTERNAL.search(text), INTERNAL.search(text)


def test_table_lists_every_quote_and_readable_values(tmp_path):
    note = tmp_path / "ok.txt"
    note.write_text(TWO_VIEWS)
    text = _plain(_run(["check", str(note)], width=300).output)
    # both view quotes, not only the first
    assert "“AP”" in text and "“lateral”" in text
    assert "AP and lateral views" in text
    assert "contrast (omnipaque), epidural spread seen" in text
    assert "interlaminar" in text and "approach=" not in text
    assert "7/10" in text and "2/10" in text


def test_table_keeps_the_status_in_the_title_at_100_columns(tmp_path):
    # Arrange: a path longer than the terminal
    deep = tmp_path / ("a-very-long-folder-name-" * 6) / "unsigned.txt"
    deep.parent.mkdir(parents=True)
    deep.write_text(UNSIGNED)
    # Act
    result = _run(["check", str(deep)], width=100)
    # Assert: the first line holds the verdict and risk, and the file name's end
    first = result.output.splitlines()[0]
    assert len(first) <= 100
    assert "INCOMPLETE" in first and "medium risk" in first
    assert "unsigned.txt" in first


def test_table_border_follows_completeness_not_only_risk(tmp_path):
    # Arrange: one view only is incomplete but low risk
    from nlp_checker.checker import Checker
    from nlp_checker.outputs.table import border_style

    checker = Checker()
    low_incomplete = checker.check_text(COMPLETE.replace("AP and lateral views", "AP view"))
    complete = checker.check_text(COMPLETE)
    # Assert
    assert low_incomplete.risk.level == "low" and not low_incomplete.complete
    assert border_style(low_incomplete) == "yellow"
    assert complete.complete and border_style(complete) == "green"
    # and the terminal shows it: the frame is drawn in yellow (ANSI 33)
    note = tmp_path / "one_view.txt"
    note.write_text(COMPLETE.replace("AP and lateral views", "AP view"))
    out = CliRunner().invoke(main, ["check", str(note)], color=True, env={"FORCE_COLOR": "1"})
    assert "\x1b[33m╭" in out.output


def test_table_says_code_problems_in_plain_sentences(tmp_path):
    note = tmp_path / "no_imaging.txt"
    note.write_text(COMPLETE.replace(" under fluoroscopic guidance", ""))
    text = _plain(_run(["check", str(note)], width=300).output)
    assert "this note supports 62322, not the billed 62323." in text
    assert "No fluoroscopic or CT guidance documented, so the note supports 62322" in text
    assert "Billed code not supported" in text
    assert not INTERNAL.search(text), INTERNAL.search(text)
    # the risk says what it is, with the level cut-offs
    assert "estimate" in text and "not a measured probability" in text
    assert "high from 0.60, medium from 0.25" in text


def test_compact_is_the_default_for_a_folder_sorted_by_risk():
    result = _run(["check", ROOT_NOTES], width=160)
    lines = [
        line for line in result.output.splitlines() if re.search(r"\b(low|medium|high) \d", line)
    ]
    # one line per note at 160 columns, no panels
    assert len(lines) == len(list(__import__("pathlib").Path(ROOT_NOTES).glob("*.txt")))
    assert "╭" not in result.output
    scores = [float(re.search(r"(?:low|medium|high) (\d\.\d\d)", line).group(1)) for line in lines]
    assert scores == sorted(scores, reverse=True)
    assert "Note (in examples/notes/)" in result.output
    # what is missing, in words
    dnr = next(line for line in lines if "dev19_ap_only_dnr" in line)
    assert "signature incomplete" in dnr and "needle views incomplete" in dnr
    tfesi = next(line for line in lines if "dev29_tfesi" in line)
    assert "62323→64483" in tfesi


def test_compact_only_incomplete_and_full_view_on_request(tmp_path):
    (tmp_path / "ok.txt").write_text(COMPLETE)
    (tmp_path / "unsigned.txt").write_text(UNSIGNED)
    compact = _run(["check", str(tmp_path), "--view", "compact", "--only", "incomplete"])
    assert "unsigned.txt" in compact.output and "ok.txt" not in compact.output
    assert "2 note(s): 1 complete, 1 incomplete, 0 could not be read. Showing 1." in compact.output
    full = _run(["check", str(tmp_path)])  # two notes: panels
    assert full.output.count("╭") == 2


def test_json_is_always_an_array(tmp_path):
    (tmp_path / "ok.txt").write_text(COMPLETE)
    (tmp_path / "unsigned.txt").write_text(UNSIGNED)
    one = json.loads(_run(["check", str(tmp_path / "ok.txt"), "--format", "json"]).output)
    two = json.loads(_run(["check", str(tmp_path), "--format", "json"]).output)
    assert isinstance(one, list) and len(one) == 1
    assert isinstance(two, list) and len(two) == 2


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl"])
def test_unreadable_file_exits_1_without_fail_on(tmp_path, fmt):
    (tmp_path / "ok.txt").write_text(COMPLETE)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    assert _run(["check", str(tmp_path / "ok.txt"), "--format", fmt]).exit_code == 0
    result = _run(["check", str(tmp_path), "--format", fmt])
    assert result.exit_code == 1
    if fmt == "table":
        assert "could not be read" in result.output


def test_check_over_a_folder_shows_a_progress_bar(tmp_path):
    for i in range(3):
        (tmp_path / f"n{i}.txt").write_text(COMPLETE)
    result = CliRunner().invoke(
        main, ["check", str(tmp_path), "--progress", "bar", "--format", "jsonl"]
    )
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert "checking" in result.stderr and "3/3" in result.stderr


def test_table_shows_claim_issues_per_line_apart_from_the_note(examples_dir):
    # Arrange: a complete note billed on a claim whose three lines each draw denials
    folder = examples_dir / "claims"
    args = ["check", str(folder / "varga_62323.txt"), "--claim", str(folder / "denied_62323.json")]
    data = json.loads(_run([*args, "--format", "json"]).output)[0]
    on_lines = [i for i in data["issues"] if i["line"] is not None]
    assert len({i["line"] for i in on_lines}) == len(data["claim_check"]["lines"]) > 1
    # Act
    text = _plain(_run(args, width=300).output)
    # Assert: the claim is its own section, after the note's elements and code
    note, claim = text.split("Claim: would be denied in part", 1)
    claim = claim.split("Denial risk:", 1)[0]
    assert "Code: the note supports the billed 62323." in note
    starts = []
    for line in data["claim_check"]["lines"]:
        billed = "-".join([line["code"], *line["modifiers"]]) + f" x{line['units']}"
        head = f"line {line['line'] + 1} {billed}: would draw {', '.join(line['denial_codes'])}"
        assert head in claim, head
        starts.append(claim.index(head))
    assert starts == sorted(starts)
    for issue in on_lines:
        title = words.issue_title(issue["code"])
        message = words.issue_text(issue["message"], issue["source"])
        # under its own line: after that line's head, before the next line's
        after = claim.index(title + ": " + message)
        assert starts[issue["line"]] < after, issue["code"]
        assert issue["line"] + 1 == len(starts) or after < starts[issue["line"] + 1]
        assert " ".join(issue["fix"].split()) in claim
        # and not among the note's documentation problems
        assert message.rstrip(".") not in note, issue["code"]
    # titles, not issue codes or source tags
    assert not INTERNAL.search(claim), INTERNAL.search(claim)
    assert not any(i["code"] in claim for i in on_lines)


def test_table_clean_claim_says_so_per_line(tmp_path):
    note = tmp_path / "ok.txt"
    note.write_text(COMPLETE)
    text = _plain(_run(["check", str(note)], width=300).output)
    assert "Claim: every line goes out clean. line 1 62323 x1: clean" in text


def _as_ocr(finding, confidence: float):
    return finding.model_copy(update={"evidence": [
        ev.model_copy(update={"ocr": True, "confidence": confidence}) for ev in finding.evidence]})  # fmt: skip


def test_table_marks_ocr_evidence_with_its_confidence_and_low_for_review(checker):
    # Arrange: a note as if read from a scan, the contrast read at low confidence throughout
    from rich.console import Console

    from nlp_checker.elements.review import OCR_MIN_CONFIDENCE, review_finding
    from nlp_checker.outputs.table import print_table

    plain = checker.check_text(COMPLETE)
    low = OCR_MIN_CONFIDENCE - 19
    elements = {e: _as_ocr(f, 92.0) for e, f in plain.elements.items()}
    elements["contrast_flow"] = review_finding(
        TITLES["contrast_flow"], _as_ocr(plain.elements["contrast_flow"], low)
    )
    scanned = plain.model_copy(update={"elements": elements})
    # Act
    console = Console(record=True, width=300)
    print_table([scanned], console)
    text = _plain(console.export_text())
    # Assert: the panel says the text came from OCR, each quote carries its confidence
    assert "Read by OCR from a scan" in text
    tagged = re.findall(r"”(?: \([^)]*\))? \[read by OCR(?:, 92%| at \d+%) confidence", text)
    assert text.count("“") == len(tagged) > 10
    # the low-confidence quotes are marked for review, and the element says why
    assert f"[read by OCR at {low:.0f}% confidence: low, check it against the scan]" in text
    lows = len(elements["contrast_flow"].evidence)
    assert f"{lows} quote(s) were read at low confidence (under {OCR_MIN_CONFIDENCE:.0f}%)" in text
    assert elements["contrast_flow"].status == "uncertain"
    assert f"evidence is OCR text at confidence {low:.0f}; check it against the scan" in text
    # a note typed as text says nothing of OCR
    console = Console(record=True, width=300)
    print_table([plain], console)
    assert "OCR" not in console.export_text()


def test_table_text_that_is_not_a_procedure_note_says_so(tmp_path):
    # Arrange: "hello world" pasted as a note
    note = tmp_path / "hello.txt"
    note.write_text("hello world")
    # Act
    data = json.loads(_run(["check", str(note), "--format", "json"]).output)[0]
    result = _run(["check", str(note)], width=200)
    # Assert: no score, and the table says why in words
    assert data["error"]["type"] == "not_a_procedure_note" and data["risk"] is None
    text = _plain(result.output)
    assert "NOT CHECKED" in text and "Not a procedure note: nothing in this text describes" in text
    assert "Denial risk" not in text and "not_a_procedure_note" not in text
    assert result.exit_code == 1
