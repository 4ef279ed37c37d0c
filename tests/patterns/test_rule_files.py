"""The rule files under patterns/ are data with their own checks."""

import json
import re

from nlp_checker.elements.catalogue import ELEMENT_IDS, catalogue
from nlp_checker.pipeline.extensions import CONTEXT_ATTRIBUTES
from nlp_checker.pipeline.rules import load_ruleset
from nlp_checker.resources import data_dir
from tests.conftest import REQUIRED_62323

SOURCE_ID = re.compile(r"(MCR|CODE|MOD|NCCI|COMM|POS|Cohere|ConText|S\d+)")


def test_rule_files_load_with_unique_ids_and_sources():
    ruleset = load_ruleset()
    ids = [r.metadata.id for r in [*ruleset.targets, *ruleset.context, *ruleset.sections]]
    assert len(ids) == len(set(ids))
    for rule in [*ruleset.targets, *ruleset.context, *ruleset.sections]:
        assert SOURCE_ID.search(rule.metadata.source), rule.metadata.id


def test_rule_files_every_file_names_and_describes_itself():
    root = data_dir("patterns")
    files = [root.joinpath("context_rules.json"), root.joinpath("section_rules.json")]
    files += [p for p in root.joinpath("targets").iterdir() if p.name.endswith(".json")]
    for path in files:
        data = json.loads(path.read_text())
        assert data["name"] and len(data["description"]) > 20, path.name


def test_rule_files_context_categories_are_declared():
    allowed = set(CONTEXT_ATTRIBUTES) | {"TERMINATE", "PSEUDO"}
    for rule in load_ruleset().context:
        assert rule.category in allowed, rule.metadata.id
        for target in rule.allowed_types or []:
            assert target in {r.category for r in load_ruleset().targets}, (
                rule.metadata.id,
                target,
            )


def test_rule_files_catalogue_matches_the_contract_ids():
    from nlp_checker.claims.model import Claim
    from nlp_checker.profiles.load import load_profiles

    assert tuple(spec.id for spec in catalogue()) == ELEMENT_IDS
    # Which elements a code requires is its procedure profile's, no longer the catalogue's.
    assert load_profiles().resolve(Claim.billed("62323")).required == set(REQUIRED_62323)


def test_rule_files_bad_rule_is_reported_with_file_and_id(tmp_path):
    import shutil

    import pytest

    from nlp_checker.errors import RulesError

    shutil.copytree(data_dir("patterns"), tmp_path / "patterns")
    bad = tmp_path / "patterns" / "targets" / "zz_bad.json"
    bad.write_text(
        json.dumps(
            {
                "name": "bad",
                "description": "a rule with a broken regex",
                "target_rules": [
                    {
                        "literal": "x",
                        "category": "X",
                        "pattern": "(",
                        "metadata": {"id": "BAD-01", "source": "S1"},
                    }
                ],
            }
        )
    )
    with pytest.raises(RulesError, match=r"zz_bad.json: rule BAD-01"):
        load_ruleset(tmp_path / "patterns")


def test_rule_files_pipeline_components_declare_what_they_assign(checker):
    analysis = checker.nlp.analyze_pipes()
    assert [name for name in checker.nlp.pipe_names][:1] == ["nlp_checker_lines"]
    assert "token.is_sent_start" in analysis["summary"]["nlp_checker_lines"]["assigns"]
