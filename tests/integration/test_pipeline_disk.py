"""The pipeline is real spaCy: registered factories, saved with its rules, read back the same.

Also: Checker(rules=..., profiles=..., weights=...) takes other folders and files.
"""

import json
import shutil
import subprocess
import sys

import pytest
import spacy

from nlp_checker.checker import Checker
from nlp_checker.outputs.serialize import to_dict
from tests.conftest import EXAMPLES, ROOT

NOTES = sorted(
    [
        *EXAMPLES.glob("notes/*.txt"),
        *EXAMPLES.glob("blind/*.txt"),
        *EXAMPLES.glob("transforaminal/*.txt"),
    ]
)


@pytest.fixture(scope="module")
def saved(checker, tmp_path_factory):
    path = tmp_path_factory.mktemp("pipeline") / "nlp"
    checker.nlp.to_disk(path)
    return path


def test_pipeline_disk_saved_folder_holds_config_and_each_components_rules(saved):
    config = (saved / "config.cfg").read_text()
    for factory in (
        "nlp_checker_lines",
        "nlp_checker_sections",
        "nlp_checker_targets",
        "nlp_checker_context",
    ):
        assert f'factory = "{factory}"' in config
    assert "nlp_checker.light_tokenizer.v1" in config
    targets = json.loads((saved / "nlp_checker_targets" / "rules.json").read_text())
    assert len(targets["target_rules"]) > 50 and targets["version"]


def test_pipeline_disk_spacy_load_in_a_fresh_interpreter_finds_the_components(saved):
    # Entry points (pyproject) register the factories: nothing imports nlp_checker first.
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "print(nlp.pipe_names, len(nlp.get_pipe('nlp_checker_targets').rules), "
        "'nlp_checker' in sys.modules and 'loaded')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(saved)], capture_output=True, text=True, check=True
    )
    names, rules = out.stdout.split("]")[0] + "]", int(out.stdout.split("]")[1].split()[0])
    assert "nlp_checker_context" in names and rules > 50


def test_pipeline_disk_loaded_pipeline_gives_the_same_findings_on_every_example(checker, saved):
    loaded = Checker(nlp=spacy.load(saved))
    assert loaded.rules_version == checker.rules_version
    assert len(NOTES) > 60
    for path in NOTES:
        assert to_dict(loaded.check(path)) == to_dict(checker.check(path)), path.name


def test_pipeline_disk_checker_takes_other_rules_profiles_and_weights(checker, tmp_path):
    # Arrange: a copy of each folder with one visible change.
    rules = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", rules)
    (rules / "VERSION").write_text("test-rules-1\n")
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    profile = data / "procedures" / "transforaminal.json"
    spec = json.loads(profile.read_text())
    spec["elements"]["laterality"]["required"] = False
    spec["session"]["max_levels"] = 1
    spec["version"] = "2099.1.1"
    profile.write_text(json.dumps(spec))
    weights = json.loads((ROOT / "models" / "risk_weights.json").read_text())
    weights["version"] = "practice-test"
    (tmp_path / "weights.json").write_text(json.dumps(weights))
    other = Checker(rules=rules, profiles=data, weights=tmp_path / "weights.json")
    from nlp_checker.claims.model import Claim, parse_claim

    side_missing = EXAMPLES / "transforaminal" / "tf04_side_not_stated.txt"
    two_levels = EXAMPLES / "transforaminal" / "tf03_two_level_left.txt"
    claim = parse_claim(
        {"lines": [{"code": "64483", "modifiers": ["LT"]}, {"code": "64484", "modifiers": ["LT"]}]}
    )
    # Act
    before, after = (
        checker.check(side_missing, Claim.billed("64483")),
        other.check(side_missing, Claim.billed("64483")),
    )
    levels = other.check(two_levels, claim)
    # Assert: the data alone changed what is required and how many levels a session may have.
    assert before.complete is False and after.complete is True
    assert after.profile.procedure.version == "2099.1.1"
    assert (
        after.audit.rules_version == "test-rules-1"
        and after.audit.weights_version == "practice-test"
    )
    assert "session.multi_level" in [i.code for i in levels.issues]
    assert "session.multi_level" not in [i.code for i in checker.check(two_levels, claim).issues]
