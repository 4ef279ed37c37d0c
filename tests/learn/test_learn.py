"""learn end to end: a weights file that round-trips, evidence, --weights, and thin data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nlp_checker.cli import main
from nlp_checker.learn.features import parameters
from nlp_checker.learn.link import manifest_claim_ids
from nlp_checker.learn.train import LearnOptions, learn
from nlp_checker.scoring.risk import load_model


@pytest.fixture(scope="module")
def learned_file(checked, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("models") / "lakeside.json"
    result = CliRunner().invoke(
        main,
        ["learn", "--results", str(checked.results), "--remits", str(checked.practice.remits),
         "--manifest", str(checked.practice.manifest), "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "linked" in result.output and "held-out" in result.output
    return out


def test_weights_file_round_trips_through_the_loader(learned_file, expert) -> None:
    data = json.loads(learned_file.read_text())
    model = load_model(learned_file)
    assert model.version == data["version"] and model.version.startswith(
        expert["version"] + "+lakeside."
    )
    assert set(data) >= set(expert)  # the same format: every key of the expert file is there
    assert data["elements"]  # element weights the profile gave, now the practice's own
    for element, spec in data["elements"].items():
        for status in ("missing", "incomplete", "negated", "uncertain"):
            assert getattr(model.elements[element], status) == spec[status]
    assert {k: v.weight for k, v in model.issues.items()} == {
        k: v["weight"] for k, v in data["issues"].items()
    }
    assert set(model.issues) == set(expert["issues"])
    assert model.baseline is not None and model.calibration is not None
    assert set(model.baseline.payers) == {"medicare", "cigna-evicore"}
    # Weights never seen on a linked claim keep their expert value.
    evidence = json.loads(learned_file.with_name("lakeside.evidence.json").read_text())
    seen = {d["parameter"] for d in evidence["drivers"]}
    unseen = [k for k in expert["issues"] if f"issues.{k}" not in seen]
    assert unseen and all(model.issues[k].weight == expert["issues"][k]["weight"] for k in unseen)


def test_provenance_holds_counts_dates_and_metrics_no_identifiers(learned_file, checked) -> None:
    text = learned_file.read_text()
    provenance = json.loads(text)["provenance"]
    assert provenance["claims"] == sum(s["claims"] for s in provenance["splits"].values())
    assert provenance["splits"]["train"]["dates"][1] <= provenance["splits"]["test"]["dates"][0]
    assert {"expert", "learned"} <= set(provenance["metrics_test"])
    assert provenance["link"]["linked_by"] == {"claim_id": provenance["claims"]}
    for claim in checked.practice.claims[:50]:
        assert claim.mrn not in text and claim.claim_id not in text
    assert "pk_" not in text and "ZABRISKIE" not in text


def test_evidence_report_json_and_html(learned_file) -> None:
    evidence = json.loads(learned_file.with_name("lakeside.evidence.json").read_text())
    metrics = evidence["metrics"]
    for name in ("expert", "learned"):
        assert 0 <= metrics[name]["brier"] <= 1 and 0 <= metrics[name]["auc"] <= 1
        assert (
            sum(b["count"] for b in metrics[name]["reliability"])
            == evidence["splits"]["test"]["claims"]
        )
    changes = [abs(d["change"]) for d in evidence["drivers"]]
    assert changes == sorted(changes, reverse=True)
    top = evidence["drivers"][0]
    assert top["claims"] >= top["denied"] > 0 and top["denial_codes"]
    html = learned_file.with_name("lakeside.evidence.html").read_text()
    assert 'id="learned-weights"' in html and "<svg" in html and "Brier" in html
    assert f"{top['denied']} of {top['claims']} such claims denied" in html


def test_learning_moves_toward_the_hidden_process(learned_file, expert) -> None:
    """Even on a few hundred claims: the post-procedure score weighs more, saved views less."""
    evidence = json.loads(learned_file.with_name("lakeside.evidence.json").read_text())
    drivers = {d["parameter"]: d for d in evidence["drivers"]}
    post, views = drivers["elements.vas_post.missing"], drivers["elements.needle_views.missing"]
    assert post["learned"] > post["expert"] + 0.05  # hidden 0.70 vs expert 0.35
    assert views["learned"] < views["expert"] - 0.03  # hidden 0.03 vs expert 0.25
    assert evidence["metrics"]["learned"]["brier"] < evidence["metrics"]["expert"]["brier"]
    assert evidence["metrics"]["learned"]["ece"] < evidence["metrics"]["expert"]["ece"]


def test_fifty_claims_stay_close_to_the_expert_weights(checked, expert) -> None:
    rows = checked.subset(52)
    ids = manifest_claim_ids(checked.practice.manifest.read_text())
    learned = learn(rows, checked.remits, expert, LearnOptions(practice="tiny", min_claims=40), ids)
    assert 45 <= learned.report.linked_claims <= 52
    changes = [abs(d["change"]) for d in learned.evidence["drivers"]]
    assert max(changes) < 0.1 and sum(changes) / len(changes) < 0.04
    # ...while the whole practice moves the same weights further.
    full = learn(checked.rows, checked.remits, expert, LearnOptions(practice="full"), ids)
    moved = {d["parameter"]: abs(d["change"]) for d in full.evidence["drivers"]}
    assert max(moved.values()) > max(changes)
    assert sum(moved.values()) / len(moved) > 1.5 * sum(changes) / len(changes)


def test_too_few_claims_is_a_clear_error(checked, expert) -> None:
    from nlp_checker.errors import UsageError

    with pytest.raises(UsageError, match="only 0 remittance claims linked"):
        learn(checked.subset(5), [], expert, LearnOptions(practice="none"))


def test_check_with_weights_uses_and_names_them(learned_file, checked) -> None:
    claim = next(c for c in checked.practice.claims if c.gaps == ["vas_post"])
    note = checked.practice.notes / claim.document
    runner = CliRunner()
    expert_run = runner.invoke(main, ["check", str(note), "--format", "json"])
    learned_run = runner.invoke(
        main, ["check", str(note), "--format", "json", "--weights", str(learned_file)]
    )
    assert expert_run.exit_code == learned_run.exit_code == 0
    (before,), (after,) = json.loads(expert_run.output), json.loads(learned_run.output)
    model = load_model(learned_file)
    assert after["audit"]["weights_version"] == model.version != before["audit"]["weights_version"]
    weight = {d["element"]: d["weight"] for d in after["risk"]["drivers"]}["vas_post"]
    assert weight == model.elements["vas_post"].missing
    keep = 1.0
    for driver in after["risk"]["drivers"]:
        keep *= 1 - driver["weight"]
    # The claim defaults to Medicare, so Medicare's baseline is in the score.
    assert after["risk"]["score"] == pytest.approx(model.combine(keep, "medicare"), abs=1e-3)
    assert model.combine(keep, "medicare") != pytest.approx(model.combine(keep, "cigna-evicore"))
    assert after["elements"] == before["elements"]


def test_batch_with_weights(learned_file, checked, tmp_path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    for claim in checked.practice.claims[:2]:
        (notes / claim.document).write_text((checked.practice.notes / claim.document).read_text())
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main,
        [
            "batch",
            str(notes),
            "-o",
            str(out),
            "-j",
            "1",
            "--progress",
            "off",
            "--weights",
            str(learned_file),
        ],
    )
    assert result.exit_code == 0, result.output
    versions = {
        json.loads(line)["audit"]["weights_version"] for line in out.read_text().splitlines()
    }
    assert versions == {load_model(learned_file).version}


def test_a_bad_weights_file_is_a_usage_error(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": "x"}')
    result = CliRunner().invoke(
        main, ["check", "examples/notes/dev01_ehr_banner.txt", "--weights", str(bad)]
    )
    assert result.exit_code == 2 and "not a valid weights file" in result.output


def test_parameters_cover_the_expert_file(expert) -> None:
    params = parameters(expert)
    assert params["issues.code.unsupported"].prior == expert["issues"]["code.unsupported"]["weight"]
    assert set(params) == {f"issues.{code}" for code in expert["issues"]}
    spec = {
        "missing": 0.35,
        "incomplete": 0.3,
        "negated": 0.35,
        "uncertain": 0.3,
        "reason": "r",
        "source": "s",
    }
    with_elements = parameters({"elements": {"vas_post": spec}})
    assert with_elements["elements.vas_post.missing"].prior == 0.35
    assert with_elements["elements.vas_post.missing"].label == "r (missing)"


def test_batch_report_carries_the_evidence_section(learned_file, checked, tmp_path) -> None:
    html = tmp_path / "report.html"
    evidence = learned_file.with_name("lakeside.evidence.json")
    result = CliRunner().invoke(
        main, ["report", str(checked.results), "--html", str(html), "--evidence", str(evidence)]
    )
    assert result.exit_code == 0, result.output
    page = html.read_text()
    assert page.count('id="learned-weights"') == 1 and 'id="learn-drivers"' in page


def test_features_of_typed_issue_drivers_and_profile_weighted_elements() -> None:
    """Rows whose drivers name an issue code, and elements the base file does not weigh."""
    from nlp_checker.learn.features import row_features

    base = {
        "elements": {},
        "issues": {"code.unsupported": {"weight": 0.7, "reason": "r", "source": "s"}},
    }
    known = parameters(base)
    row = {
        "elements": {"vas_post": {"status": "missing"}},
        "risk": {"drivers": [
            {"element": "code:unsupported", "issue": "code.unsupported", "weight": 0.7, "reason": "r", "detail": "x", "source": "s"},
            {"element": "vas_post", "weight": 0.35, "reason": "no post score", "status": "missing", "source": "MCR-DOC-2"},
            {"element": "code:modifier", "issue": "modifier.not_applicable", "weight": 0.5, "reason": "m", "detail": "RT", "source": "t"},
            {"element": "code:modifier", "issue": "modifier.not_applicable", "weight": 0.5, "reason": "m", "detail": "LT", "source": "t"},
        ]},
    }  # fmt: skip
    features = row_features(row, known)
    assert features == {
        "issues.code.unsupported": 1,
        "elements.vas_post.missing": 1,
        "issues.modifier.not_applicable": 2,
    }
    assert known["elements.vas_post.missing"].prior == 0.35
    assert known["elements.vas_post.missing"].reason == "no post score"
    assert known["issues.modifier.not_applicable"].prior == 0.5


@pytest.mark.parametrize("command", ["learn", "remits"])
def test_unwritable_output_is_one_line_and_exit_2(command, checked, tmp_path) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out.json"
    args = {
        "learn": ["learn", "--results", str(checked.results), "--remits", str(checked.practice.remits),
                  "--out", str(target)],
        "remits": ["remits", str(checked.practice.remits), "-o", str(target)],
    }[command]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot write" in lines[0] and str(target) in lines[0]


def test_claim_issue_drivers_compare_expected_and_actual_denial_codes(learned_file) -> None:
    """The claim check said a bundled 77003 line draws CO-236; the remittances say whether it did."""
    evidence = json.loads(learned_file.with_name("lakeside.evidence.json").read_text())
    drivers = {d["parameter"]: d for d in evidence["drivers"]}
    bundle = drivers["issues.bundle.imaging"]
    assert "CO-236" in bundle["expected_codes"]
    # The generated payers all answer CO-236; a profile expecting another code is not confirmed.
    assert bundle["denied"] and 0.5 * bundle["denied"] <= bundle["confirmed"] <= bundle["denied"]
    assert drivers["elements.vas_post.missing"]["expected_codes"] == []


def test_remits_cli_reads_the_generated_practice_as_learn_does(checked, tmp_path) -> None:
    # Arrange
    out = tmp_path / "remits.jsonl"
    salt = checked.results.with_name("results.jsonl.salt")
    # Act
    result = CliRunner().invoke(
        main, ["remits", str(checked.practice.remits), "-o", str(out), "--salt-file", str(salt)]
    )
    # Assert
    assert result.exit_code == 0, result.output
    text = out.read_text()
    rows = [json.loads(line) for line in text.splitlines()]
    assert rows == [json.loads(r.model_dump_json()) for r in checked.remits]
    remitted = [c for c in checked.practice.claims if c.remitted]
    assert len(rows) == sum(len(c.lines) for c in remitted)
    denied = sum(r["outcome"] == "denied" for r in rows)
    assert f"{len(rows)} claim lines ({denied} denied" in result.output
    assert {r["patient_control_number"] for r in rows if r["patient_key"]} == {
        c.claim_id for c in remitted if c.remit_mrn
    }
    assert not any(c.mrn in text for c in remitted)


def test_batch_learn_and_check_weights_chain_through_the_cli(
    checked, learned_file, tmp_path
) -> None:
    # Arrange: the practice's notes and claims manifest as a practice would run them.
    results, out = tmp_path / "results.jsonl", tmp_path / "chain.json"
    runner = CliRunner()
    note = checked.practice.notes / checked.practice.claims[0].document
    # Act
    batch = runner.invoke(
        main,
        ["batch", str(checked.practice.notes), "--claims", str(checked.practice.manifest),
         "-o", str(results), "-j", "1", "--progress", "off"],
    )  # fmt: skip
    learned = runner.invoke(
        main,
        ["learn", "--results", str(results), "--remits", str(checked.practice.remits),
         "--out", str(out)],
    )  # fmt: skip
    checked_note = runner.invoke(
        main, ["check", str(note), "--format", "json", "--weights", str(out)]
    )
    # Assert: every remitted claim links through the claim ids the batch rows echo, and the
    # weights match those learned from the same rows made without the CLI.
    assert batch.exit_code == 0, batch.output
    assert learned.exit_code == 0, learned.output
    provenance = json.loads(out.read_text())["provenance"]
    assert provenance["claims"] == sum(c.remitted for c in checked.practice.claims)
    assert provenance["link"]["linked_by"] == {"claim_id": provenance["claims"]}
    chain, direct = load_model(out), load_model(learned_file)
    assert {k: v.weight for k, v in chain.issues.items()} == {
        k: v.weight for k, v in direct.issues.items()
    }
    assert chain.elements == direct.elements
    assert checked_note.exit_code == 0, checked_note.output
    (row,) = json.loads(checked_note.output)
    assert row["audit"]["weights_version"] == chain.version
