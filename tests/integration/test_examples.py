"""Run `eval` over the bundled examples with floors, and the PDF twins against their text."""

import json

import pytest
from click.testing import CliRunner

from nlp_checker.cli import main
from nlp_checker.evaluate import evaluate

# Floors sit below the scores recorded in the README so rule changes that lose ground fail here.
DEV_FLOOR = 0.95
# dev12 had 9 false `complete`s at its first score; rules 2026.12.95-.101 left 2 (known failures).
DEV12_FALSE_COMPLETE = 2
# dev13 had 5 at its first score (rules 2026.12.97); rules 2026.12.98-.99 fixed them all.
DEV13_FALSE_COMPLETE = 0
# dev14 had 1 at its first score (rules 2026.12.101).
DEV14_FALSE_COMPLETE = 1
# dev15 had none at its first score (rules 2026.12.105).
DEV15_FALSE_COMPLETE = 0
HELDOUT_FLOOR = 0.90


@pytest.fixture(scope="module")
def reports(gold_checker, examples_dir):
    golds = ["gold.jsonl", "gold_heldout.jsonl", "blind/gold_blind.jsonl"]
    return evaluate([examples_dir / g for g in golds], gold_checker)


def test_examples_eval_meets_f1_floors(reports):
    assert reports["dev"].micro_f1 >= DEV_FLOOR
    assert reports["heldout"].micro_f1 >= HELDOUT_FLOOR
    # The blind set is a floor only: its misses are not read and no rule is written against it.
    assert reports["blind"].micro_f1 >= HELDOUT_FLOOR
    assert reports["all"].errors == 0
    assert reports["all"].code_ok / reports["all"].notes >= 0.9


def test_examples_have_enough_variety(examples_dir):
    rows = [
        json.loads(line)
        for f in ("gold.jsonl", "gold_heldout.jsonl")
        for line in (examples_dir / f).read_text().splitlines()
        if line.strip()
    ]
    codes = {r["expected"]["suggested_code"] for r in rows}
    assert len(rows) >= 40
    assert {"62323", "62321", "62322", "64483", "other"} <= codes
    assert any(r["source"].endswith(".pdf") for r in rows)
    assert {r["split"] for r in rows} == {"dev", "heldout"}


def test_examples_pdf_twins_match_their_text(checker, examples_dir):
    rows = [json.loads(line) for line in (examples_dir / "gold.jsonl").read_text().splitlines()]
    pdfs = [r for r in rows if r["source"].endswith(".pdf")]
    assert pdfs
    for row in pdfs:
        stem = row["source"].rsplit("/", 1)[-1][:-4]
        pdf = checker.check_file(examples_dir / row["source"])
        txt = checker.check_file(examples_dir / "notes" / f"{stem}.txt")
        assert pdf.error is None
        assert {k: v.status for k, v in pdf.elements.items()} == {
            k: v.status for k, v in txt.elements.items()
        }, stem


def test_examples_eval_command_reports_scores(examples_dir):
    result = CliRunner().invoke(main, ["eval", str(examples_dir / "gold.jsonl"), "--min-f1", "0.9"])
    assert result.exit_code == 0, result.output
    assert "micro_F1" in result.output and "vas_post" in result.output


@pytest.fixture(scope="module")
def reports_2026_12(gold_checker, examples_dir):
    golds = [f"dev{n}/gold_dev{n}.jsonl" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)]
    golds.append("heldout2/gold_heldout2.jsonl")
    return evaluate([examples_dir / g for g in golds], gold_checker)


def test_examples_second_sets_meet_floors_and_no_false_complete_on_dev(reports_2026_12):
    # dev2 is written for issue 8's wording: rules are tuned to it, so a false `complete` there
    # is a regression; heldout2 is only held to a floor.
    assert reports_2026_12["dev2"].false_complete == 0
    assert reports_2026_12["dev3"].false_complete == 0
    assert reports_2026_12["dev3"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev4"].false_complete == 0
    assert reports_2026_12["dev4"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev5"].false_complete == 0
    assert reports_2026_12["dev5"].micro_f1 >= DEV_FLOOR
    # dev6 still has one false `complete` (contrast written only as a misheard "contract"); it
    # is a known failure in the regression tier, and no more may appear.
    assert reports_2026_12["dev6"].false_complete <= 1
    assert reports_2026_12["dev6"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev7"].false_complete == 0
    assert reports_2026_12["dev7"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev8"].false_complete == 0
    assert reports_2026_12["dev8"].micro_f1 >= DEV_FLOOR
    # dev9's smeared post score now reads at its line's median OCR confidence: no false complete.
    assert reports_2026_12["dev9"].false_complete == 0
    assert reports_2026_12["dev9"].micro_f1 >= DEV_FLOOR
    # dev10 keeps one (a known failure): a headache score before the injection taken as the
    # back-pain baseline.
    assert reports_2026_12["dev10"].false_complete <= 1
    assert reports_2026_12["dev10"].micro_f1 >= DEV_FLOOR
    # dev11's five false `complete`s (views saved before the needle's last advance, a level the
    # heading and the description disagree on, a template-default score on its own line, a
    # level and a signature only on order pages) are fixed by rules 2026.12.94.
    assert reports_2026_12["dev11"].false_complete == 0
    # dev12 scored 9 false `complete`s at its first score (rules 2026.12.94); those left are
    # known failures in the regression tier, and no more may appear.
    assert reports_2026_12["dev12"].false_complete <= DEV12_FALSE_COMPLETE
    assert reports_2026_12["dev12"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev13"].false_complete <= DEV13_FALSE_COMPLETE
    assert reports_2026_12["dev13"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev14"].false_complete <= DEV14_FALSE_COMPLETE
    assert reports_2026_12["dev14"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev15"].false_complete <= DEV15_FALSE_COMPLETE
    assert reports_2026_12["dev15"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev11"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["dev2"].micro_f1 >= DEV_FLOOR
    assert reports_2026_12["heldout2"].micro_f1 >= HELDOUT_FLOOR
    assert reports_2026_12["heldout2"].code_ok / reports_2026_12["heldout2"].notes >= 0.9
