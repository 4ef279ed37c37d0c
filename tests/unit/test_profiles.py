import json
import shutil

import pytest

from nlp_checker.claims.model import Claim
from nlp_checker.errors import RulesError, UsageError
from nlp_checker.profiles.load import load_profiles
from tests.conftest import ROOT

DATA = ROOT / "data"


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _edit(path, change):
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_profiles_bundled_data_loads_with_ids_versions_dates_and_sources():
    profiles = load_profiles()
    assert set(profiles.procedures) >= {"interlaminar", "transforaminal"}
    assert {"medicare", "cigna-evicore", "bcbs-ma"} <= set(profiles.payers)
    for profile in [*profiles.procedures.values(), *profiles.payers.values()]:
        assert profile.version and profile.sources and profile.effective is not None
    assert profiles.by_code["64484"].id == "transforaminal"
    assert profiles.by_code["62323"].id == "interlaminar"


def test_profiles_medicare_names_the_lcd_and_article_of_each_jurisdiction():
    medicare = load_profiles().payers["medicare"]
    assert (medicare.jurisdictions["JE"].lcd, medicare.jurisdictions["JE"].article) == (
        "L39240",
        "A58993",
    )
    assert medicare.jurisdictions["J6"].article == "A58745"
    assert medicare.jurisdictions["J15"].lcd == "L39015"
    assert len({j.lcd for j in medicare.jurisdictions.values()}) >= 7


def test_profiles_commercial_numbers_differ_from_each_other_and_from_medicare():
    payers = load_profiles().payers
    numbers = {
        pid: (
            p.coverage.conservative_care_weeks,
            tuple((w.max_sessions, w.days) for w in p.frequency.windows),
            p.repeat.min_relief_percent,
            p.repeat.min_relief_days,
            p.frequency.min_days_between,
            p.coverage.pain_scale_required,
        )
        for pid, p in payers.items()
    }
    assert len(set(numbers.values())) == len(numbers)
    assert numbers["cigna-evicore"][0] == 6 and numbers["medicare"][0] == 4


@pytest.mark.parametrize(
    ("claim", "procedure", "payer", "jurisdiction"),
    [
        (Claim.billed("62323"), "interlaminar", "medicare", None),
        (Claim.billed("62323", state="AZ"), "interlaminar", "medicare", "JF"),
        (Claim.billed("62323", state="FL"), "interlaminar", "medicare", None),
        (
            Claim.billed("64483", payer="medicare:JN", state="AZ"),
            "transforaminal",
            "medicare",
            "JN",
        ),
        (
            Claim.model_validate(
                {"lines": [{"code": "77003"}, {"code": "64479"}], "payer": "bcbs-ma"}
            ),
            "transforaminal",
            "bcbs-ma",
            None,
        ),
    ],
)
def test_profiles_resolve_picks_the_procedure_line_payer_and_jurisdiction(
    claim, procedure, payer, jurisdiction
):
    resolved = load_profiles().resolve(claim)
    assert (resolved.procedure.id, resolved.payer.id, resolved.jurisdiction) == (
        procedure,
        payer,
        jurisdiction,
    )


@pytest.mark.parametrize(
    ("claim", "fragment"),
    [
        (Claim.billed("99213"), "no claim line has a code"),
        (Claim.billed("62323", ["ZZ"]), "unknown modifier"),
        (Claim.billed("62323", payer="aetna"), "unknown payer"),
        (Claim.billed("62323", payer="medicare:J99"), "no jurisdiction"),
    ],
)
def test_profiles_resolve_refuses_claims_it_cannot_check(claim, fragment):
    with pytest.raises(UsageError, match=fragment):
        load_profiles().resolve(claim)


def test_profiles_required_elements_follow_the_codes_and_the_payer():
    profiles = load_profiles()
    interlaminar = profiles.resolve(Claim.billed("62323")).required
    transforaminal = profiles.resolve(Claim.billed("64483")).required
    assert {
        "laterality",
        "foramen_level",
    } <= transforaminal and "spinal_level" not in transforaminal
    assert not {"laterality", "foramen_level"} & interlaminar and "spinal_level" in interlaminar
    no_scale = profiles.resolve(Claim.billed("62323", payer="bcbs-ma")).required
    assert interlaminar - no_scale == {"vas_pre", "vas_post"}


@pytest.mark.parametrize(
    ("file", "change", "fragment"),
    [
        (
            "procedures/interlaminar.json",
            lambda d: d.update(colour="red"),
            "interlaminar.json: invalid entry at colour",
        ),
        (
            "procedures/interlaminar.json",
            lambda d: d["derive"].append({"when": {"imaging": True}, "code": "62323"}),
            "last rule",
        ),
        (
            "procedures/interlaminar.json",
            lambda d: d["derive"][0].update(code="99999"),
            "not one of this profile's codes",
        ),
        (
            "procedures/transforaminal.json",
            lambda d: d["codes"].update({"62323": d["codes"]["64483"]}),
            "in two procedure profiles",
        ),
        (
            "procedures/transforaminal.json",
            lambda d: d["modifiers"][0].update(issue="modifier.unheard_of"),
            "unknown issue code",
        ),
        (
            "procedures/transforaminal.json",
            lambda d: d["modifiers"][0].update(modifiers=["Q9"]),
            "unknown modifier",
        ),
        (
            "payers/medicare.json",
            lambda d: d["repeat"].update(min_relief_percent=150),
            "repeat.min_relief_percent",
        ),
        (
            "payers/medicare.json",
            lambda d: d["jurisdictions"]["JE"].update(source="S99"),
            "cites S99",
        ),
        ("payers/bcbs-ma.json", lambda d: d.update(id="bcbs"), "file name must be the profile id"),
    ],
)
def test_profiles_loader_names_the_file_and_field_of_a_bad_profile(
    data_copy, file, change, fragment
):
    _edit(data_copy / file, change)
    with pytest.raises(RulesError, match=fragment):
        load_profiles(data_copy)


def test_profiles_every_issue_code_is_listed_in_docs_and_no_other():
    import re

    text = (ROOT / "docs" / "issues.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([a-z]+\.[a-z_]+)` \|", text, flags=re.MULTILINE))
    assert listed == set(load_profiles().issues)
