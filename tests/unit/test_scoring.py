import json
import re

import pytest

from nlp_checker.codes.check import CodeCheck
from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.resources import data_file
from nlp_checker.scoring.risk import assess, load_model
from tests.conftest import REQUIRED_62323

REQUIREMENTS_IDS = {"MCR", "CODE", "MOD", "Cohere", "NCCI"}


def all_present(**overrides):
    ids = [
        *REQUIRED_62323,
        "indication",
        "conservative_care",
    ]
    found = {i: Finding(status="present") for i in ids}
    found.update({k: Finding(status=v) for k, v in overrides.items()})
    return found


OK_CODE = CodeCheck(billed="62323", suggested="62323", supported=True)
FACTS = ProcedureFacts(epidural_mentioned=True)


def test_scoring_weights_file_is_valid_and_every_rule_has_a_source():
    model = load_model()
    raw = json.loads(data_file("models", "risk_weights.json").read_text())
    assert raw["provenance"]["method"]
    for weights in model.elements.values():
        assert re.search(r"(MCR|CODE|MOD|Cohere|NCCI)-?", weights.source)
        assert 0 < weights.missing <= 1
    assert model.levels["medium"] < model.levels["high"]


def test_scoring_complete_note_is_low_risk_with_no_drivers():
    risk = assess(all_present(), OK_CODE, FACTS)
    assert risk.score == 0 and risk.level == "low" and risk.drivers == []


def test_scoring_missing_signature_drives_risk_with_reason_and_source():
    risk = assess(all_present(signature="missing"), OK_CODE, FACTS)
    driver = risk.drivers[0]
    assert driver.element == "signature"
    assert "not signed" in driver.reason and "MCR-DOC-6" in driver.source
    assert risk.score == pytest.approx(load_model().elements["signature"].missing)


def test_scoring_drivers_combine_noisy_or_and_rank_by_weight():
    risk = assess(all_present(signature="missing", vas_post="incomplete"), OK_CODE, FACTS)
    weights = [d.weight for d in risk.drivers]
    assert weights == sorted(weights, reverse=True)
    expected = 1 - (1 - weights[0]) * (1 - weights[1])
    assert risk.score == pytest.approx(expected, abs=1e-3)
    assert 0 <= risk.score <= 1


def test_scoring_unsupported_code_is_high_risk():
    code = CodeCheck(billed="62323", suggested="64483", supported=False)
    risk = assess(all_present(), code, FACTS)
    assert risk.level == "high"
    assert risk.drivers[0].element == "code:unsupported"


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
