import json
import re

import pytest

from nlp_checker.elements.findings import Finding
from nlp_checker.issues import Issue
from nlp_checker.profiles.load import load_profiles
from nlp_checker.resources import data_file
from nlp_checker.scoring.risk import assess, load_model
from tests.conftest import REQUIRED_62323

INTERLAMINAR = load_profiles().procedures["interlaminar"]
SOURCE = re.compile(r"(MCR|CODE|MOD|COMM|Cohere|NCCI)-?")


def all_present(**overrides):
    found = {
        i: Finding(status="present") for i in [*REQUIRED_62323, "indication", "conservative_care"]
    }
    found.update({k: Finding(status=v) for k, v in overrides.items()})
    return found


def issue(code, **fields):
    spec = load_profiles().issues[code]
    from nlp_checker.issues import make_issue

    return make_issue(spec, fields)


def test_scoring_weights_file_is_valid_and_every_weight_has_a_source():
    model = load_model()
    raw = json.loads(data_file("models", "risk_weights.json").read_text())
    assert raw["provenance"]["method"]
    assert model.levels["medium"] < model.levels["high"]
    assert set(model.issues) <= set(load_profiles().issues)
    for weight in model.issues.values():
        assert SOURCE.search(weight.source) and 0 < weight.weight <= 1


def test_scoring_every_procedure_weighs_each_gap_with_a_source():
    for profile in load_profiles().procedures.values():
        for rule in profile.elements.values():
            assert rule.weights is not None and SOURCE.search(rule.source)
            assert 0 < rule.weights.missing <= 1


def test_scoring_complete_note_is_low_risk_with_no_drivers():
    risk = assess(all_present(), [], load_model(), INTERLAMINAR)
    assert risk.score == 0 and risk.level == "low" and risk.drivers == []


def test_scoring_missing_signature_drives_risk_with_reason_and_source():
    risk = assess(all_present(signature="missing"), [], load_model(), INTERLAMINAR)
    driver = risk.drivers[0]
    assert driver.element == "signature"
    assert "not signed" in driver.reason and "MCR-DOC-6" in driver.source
    assert driver.status == "missing" and driver.detail is None
    assert risk.score == pytest.approx(INTERLAMINAR.elements["signature"].weights.missing)


def test_scoring_drivers_combine_noisy_or_and_rank_by_weight():
    risk = assess(
        all_present(signature="missing", vas_post="incomplete"), [], load_model(), INTERLAMINAR
    )
    weights = [d.weight for d in risk.drivers]
    assert weights == sorted(weights, reverse=True)
    expected = 1 - (1 - weights[0]) * (1 - weights[1])
    assert risk.score == pytest.approx(expected, abs=1e-3)
    assert 0 <= risk.score <= 1


def test_scoring_unsupported_code_is_high_risk_by_its_issue_code():
    risk = assess(
        all_present(),
        [issue("code.unsupported", suggested="64483", billed="62323")],
        load_model(),
        INTERLAMINAR,
    )
    assert risk.level == "high"
    assert (risk.drivers[0].element, risk.drivers[0].issue) == (
        "code:unsupported",
        "code.unsupported",
    )
    assert risk.drivers[0].detail is not None
    assert risk.drivers[0].detail.endswith("it supports 64483, billed 62323")
    assert risk.drivers[0].status is None and "(" not in risk.drivers[0].detail


def test_scoring_issues_without_a_weight_do_not_drive_risk():
    derived = Issue(
        code="code.derived", severity="info", message="transforaminal approach documented -> 64483"
    )
    assert assess(all_present(), [derived], load_model(), INTERLAMINAR).drivers == []


def test_scoring_a_weights_file_can_override_element_weights(tmp_path):
    raw = json.loads(data_file("models", "risk_weights.json").read_text())
    raw["version"] = "practice-1"
    raw["elements"] = {
        "signature": {
            "missing": 0.9,
            "incomplete": 0.9,
            "negated": 0.9,
            "uncertain": 0.9,
            "reason": "learned",
            "source": "MCR-DOC-6",
        }
    }
    path = tmp_path / "practice.json"
    path.write_text(json.dumps(raw))
    risk = assess(all_present(signature="missing"), [], load_model(path), INTERLAMINAR)
    assert risk.score == pytest.approx(0.9) and risk.drivers[0].reason.startswith("learned")


def test_scoring_import_does_not_load_spacy():
    import subprocess
    import sys

    code = "import sys, nlp_checker.scoring.risk; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_learned_baseline_and_calibration_are_applied_and_absent_from_the_expert_file():
    import math

    expert = load_model()
    assert expert.baseline is None and expert.calibration is None
    assert expert.combine(0.6) == pytest.approx(0.4)
    from nlp_checker.scoring.risk import Baseline, Calibration

    learned = expert.model_copy(
        update={"baseline": Baseline(default=0.1, payers={"medicare": 0.05})}
    )
    assert learned.combine(1.0) == pytest.approx(0.1)  # a clean note keeps the payer baseline
    assert learned.combine(1.0, "medicare") == pytest.approx(0.05)
    assert learned.combine(0.5, "other-plan") == pytest.approx(1 - 0.5 * 0.9)
    identity = learned.model_copy(update={"calibration": Calibration(a=1.0, b=0.0)})
    assert identity.combine(0.5) == pytest.approx(learned.combine(0.5))
    shifted = learned.model_copy(update={"calibration": Calibration(a=1.0, b=math.log(2))})
    odds = learned.combine(0.5) / (1 - learned.combine(0.5))
    assert shifted.combine(0.5) == pytest.approx(2 * odds / (1 + 2 * odds))
