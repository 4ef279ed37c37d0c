"""The claim-check data files: they load, cite their sources, and bad entries name the file."""

import json
import re
import shutil

import pytest

from nlp_checker.claimcheck.tables import load_claim_rules
from nlp_checker.errors import RulesError
from nlp_checker.profiles.load import load_profiles
from tests.conftest import ROOT


@pytest.fixture
def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _edit(path, change):
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_claim_rules_bundled_files_load_with_versions_and_sources():
    rules = load_claim_rules(load_profiles())
    assert rules.diagnoses.sources and rules.ncci.sources and rules.sedation.sources
    assert rules.ncci.class_of("77003").issue == "bundle.imaging"
    assert rules.diagnoses.group_of("M54.16").covered
    assert not rules.diagnoses.group_of("M54.50").covered
    assert {m.code: m.units for m in rules.ncci.mue} == {"62323": 1}


def test_claim_rules_every_payer_denial_code_has_our_label_and_a_source():
    profiles = load_profiles()
    rules = load_claim_rules(profiles)
    for payer in profiles.payers.values():
        assert set(payer.denial_codes) <= set(payer.denial_sources), payer.id
        for codes in payer.denial_codes.values():
            assert set(codes) <= set(rules.denials), payer.id


@pytest.mark.parametrize(
    ("name", "change", "fragment"),
    [
        ("claims/ncci.json", lambda d: d["classes"][0].update(issue="bundle.unknown"),
         "undeclared issue codes bundle.unknown"),
        ("claims/ncci.json", lambda d: d["ptp"][0].update(source="X-99"), "cites X-99"),
        ("claims/ncci.json", lambda d: d["ptp"][0]["column2"].append("7700"),
         "data/claims/ncci.json: invalid entry at ptp.0.column2"),
        ("claims/diagnoses.json", lambda d: d["groups"][0].update(source="NOPE-1"),
         "cites NOPE-1"),
        ("claims/diagnoses.json", lambda d: d.update(families=["facet"]), "unknown families facet"),
        ("claims/denials.json", lambda d: d["codes"].pop(0), "no label for CO-4"),
        ("claims/denials.json", lambda d: d["codes"][0].update(code="CO 4"),
         "data/claims/denials.json: invalid entry at codes.0.code"),
        # A category written next to a label could drift from the remittance map: refused.
        ("claims/denials.json", lambda d: d["codes"][0].update(category="modifier"),
         "data/claims/denials.json: invalid entry at codes.0.category"),
        ("remit/carc_categories.json", lambda d: d["carc"].pop("236"),
         "carc_categories.json has no category for CO-236"),
        ("remit/carc_categories.json", lambda d: d["rarc"].pop("N362"),
         "carc_categories.json has no category for N362"),
    ],
)  # fmt: skip
def test_claim_rules_bad_entries_name_the_file_and_the_problem(data_copy, name, change, fragment):
    _edit(data_copy / name, change)
    profiles = load_profiles(data_copy)
    with pytest.raises(RulesError, match=re.escape(fragment)):
        load_claim_rules(profiles, data_copy)


def test_claim_rules_denial_categories_come_from_the_remittance_map():
    # One source of categories: every label's category is the one the 835 reader would give.
    from nlp_checker.remits.categories import load_categories

    categories = load_categories()
    rules = load_claim_rules(load_profiles())
    assert rules.denials
    for code, denial in rules.denials.items():
        assert denial.category == categories.category_of(code), code
        assert denial.category in categories.categories, code
    assert rules.denials["CO-236"].category == "coding_edit"
    assert rules.denials["N362"].category == "units"


def test_claim_rules_a_changed_remittance_category_changes_the_label(data_copy):
    _edit(data_copy / "remit" / "carc_categories.json",
          lambda d: d["carc"].update({"236": "other"}))  # fmt: skip
    rules = load_claim_rules(load_profiles(data_copy), data_copy)
    assert rules.denials["CO-236"].category == "other"


CLAIM_FILES = ("diagnoses.json", "ncci.json", "sedation.json", "place_of_service.json")
# Tags of the outside research notes ("C15", "S10", "payer-rule reference 4") are not documents
# a reader of this repository can find.
_TAG = re.compile(r"\b(?:C\d{2}b?|S\d{1,2})\b|payer-rule reference|\[MEM\]")
# A real document: an LCD or article number, a CMS publication, the CPT or ICD-10-CM code set,
# an NCCI/MUE table, or a named web page or package.
_DOCUMENT = re.compile(r"\b(?:L\d{5}|A\d{5}|CMS|CPT|ICD-10-CM|NCCI|MUE)\b|\w\.(?:com|org)\b")


@pytest.mark.parametrize("name", CLAIM_FILES)
def test_claim_rules_every_source_names_a_citable_document(name):
    from nlp_checker.resources import data_dir

    data = json.loads(data_dir("data").joinpath("claims", name).read_text(encoding="utf-8"))
    assert data["sources"]
    for source in data["sources"]:
        assert source["grade"] in ("H", "M", "L"), source["id"]
        assert str(source["url"]).startswith("https://"), source["id"]
        assert _DOCUMENT.search(source["title"]), source["id"]
        assert not _TAG.search(source["title"]), source["id"]


@pytest.mark.parametrize(
    ("name", "change", "fragment"),
    [
        ("claims/ncci.json", lambda d: d["same_session"].update(source="NCCI-3; MCR-LIM-99"),
         "cites MCR-LIM-99"),
        ("claims/ncci.json", lambda d: d["mue"][0].update(source="NCCI-99"), "cites NCCI-99"),
        ("claims/diagnoses.json", lambda d: d["retired"][0].update(source="NOPE-2"),
         "cites NOPE-2"),
        ("claims/sedation.json", lambda d: d.update(source="NOPE-3"), "cites NOPE-3"),
        ("claims/place_of_service.json", lambda d: d["codes"][0].update(source="NOPE-4"),
         "cites NOPE-4"),
    ],
)  # fmt: skip
def test_claim_rules_every_pair_and_threshold_cites_a_listed_source(data_copy, name, change,
                                                                    fragment):  # fmt: skip
    _edit(data_copy / name, change)
    with pytest.raises(RulesError, match=re.escape(fragment)):
        load_claim_rules(load_profiles(data_copy), data_copy)


def test_claim_rules_payer_denial_codes_need_a_source(data_copy):
    _edit(data_copy / "payers" / "bcbs-ma.json", lambda d: d["denial_sources"].pop("bundle.ptp"))
    with pytest.raises(RulesError, match=r"denial_codes without denial_sources: bundle\.ptp"):
        load_profiles(data_copy)


def test_claim_rules_every_claim_driver_has_a_title():
    from nlp_checker.outputs import words
    from nlp_checker.scoring.risk import load_model

    drivers = {w.driver for w in load_model().issues.values() if w.driver.startswith("claim:")}
    assert drivers
    for driver in drivers:
        assert driver.removeprefix("claim:") in words.CLAIM_DRIVER_TITLES, driver
