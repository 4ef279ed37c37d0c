"""Procedures and payers are data: a transforaminal claim, a cervical level, a commercial payer."""

import json
import shutil

import pytest

from nlp_checker.checker import Checker
from nlp_checker.claims.model import Claim, parse_claim
from nlp_checker.errors import UsageError
from nlp_checker.evaluate import evaluate
from nlp_checker.profiles.load import load_profiles
from tests.conftest import EXAMPLES, REQUIRED_62323

TF = EXAMPLES / "transforaminal"
# The elements 64483 requires (docs/elements.md), pinned here rather than read from the profile.
REQUIRED_64483 = {
    "patient_id", "vas_pre", "vas_post", "signature", "imaging_guidance", "needle_views",
    "contrast_flow", "laterality", "foramen_level",
}  # fmt: skip
FOUR_WEEKS = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 05/06/2025
INDICATION: Right L5 radiculopathy. Failed physical therapy x 4 weeks and NSAIDs.
Pre-procedure VAS: 7/10
PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.
Final needle position was confirmed with AP and lateral views; images saved.
Omnipaque 180, 2 mL, showed epidural spread without intravascular uptake.
Kenalog 80 mg with 2 mL preservative-free saline was injected.
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD 05/06/2025
"""


def required(result):
    return {name for name, finding in result.elements.items() if finding.required}


def test_procedures_transforaminal_note_billed_64483_is_checked_against_its_own_elements(checker):
    result = checker.check(TF / "tf01_lumbar_left_l5s1.txt", Claim.billed("64483", ["LT"]))
    assert required(result) == REQUIRED_64483
    assert result.profile.procedure.id == "transforaminal"
    assert result.complete is True and result.code_check.supported
    assert result.elements["laterality"].value == "left"
    assert result.elements["foramen_level"].value == ["L5-S1"]


def test_procedures_interlaminar_claim_keeps_the_62323_elements(checker):
    result = checker.check(TF / "tf01_lumbar_left_l5s1.txt", Claim.billed("62323"))
    assert required(result) == set(REQUIRED_62323)
    assert result.code_check.suggested == "64483" and not result.complete


def test_procedures_transforaminal_without_a_side_is_not_complete(checker):
    result = checker.check(TF / "tf04_side_not_stated.txt", Claim.billed("64483"))
    assert (
        result.elements["laterality"].status == "missing" and result.elements["laterality"].required
    )
    assert result.complete is False
    assert "laterality" in [d.element for d in result.risk.drivers]
    assert result.elements["laterality"].applies  # asked for: the screens show its fix


def test_procedures_interlaminar_profile_does_not_ask_for_the_side_or_foramen(checker):
    result = checker.check(TF / "tf04_side_not_stated.txt", Claim.billed("62323"))
    assert not result.elements["laterality"].applies
    assert not result.elements["foramen_level"].applies
    assert all(
        f.applies for k, f in result.elements.items() if k not in ("laterality", "foramen_level")
    )


def test_procedures_cervical_transforaminal_note_supports_64479(checker):
    billed_lumbar = checker.check(TF / "tf02_cervical_right_c6.txt", Claim.billed("64483", ["RT"]))
    billed_cervical = checker.check(
        TF / "tf02_cervical_right_c6.txt", Claim.billed("64479", ["RT"])
    )
    assert billed_lumbar.code_check.suggested == "64479" and not billed_lumbar.code_check.supported
    assert billed_lumbar.issues[0].code == "code.unsupported"
    assert billed_cervical.complete is True


def test_procedures_add_on_code_needs_a_second_documented_level(checker):
    claim = parse_claim(
        {"lines": [{"code": "64483", "modifiers": ["LT"]}, {"code": "64484", "modifiers": ["LT"]}]}
    )
    one_level = checker.check(TF / "tf01_lumbar_left_l5s1.txt", claim)
    two_levels = checker.check(TF / "tf03_two_level_left.txt", claim)
    assert "code.addon_unsupported" in [i.code for i in one_level.issues] and not one_level.complete
    assert two_levels.complete is True and two_levels.elements["foramen_level"].value == [
        "L4-L5",
        "L5-S1",
    ]


def test_procedures_side_billed_must_match_the_side_documented(checker):
    result = checker.check(TF / "tf01_lumbar_left_l5s1.txt", Claim.billed("64483", ["RT"]))
    (issue,) = [i for i in result.issues if i.code == "modifier.laterality_mismatch"]
    assert issue.fields["documented"] == "left" and "code:laterality" in [
        d.element for d in result.risk.drivers
    ]


def test_payers_commercial_profile_changes_a_verdict_medicare_passes(checker):
    medicare = checker.check(FOUR_WEEKS)
    cigna = checker.check(FOUR_WEEKS, Claim.billed("62323", payer="cigna-evicore"))
    bcbs = checker.check(FOUR_WEEKS, Claim.billed("62323", payer="bcbs-ma"))
    assert medicare.elements["conservative_care"].value["weeks"] == 4
    assert medicare.complete is True and bcbs.complete is True
    assert cigna.complete is False
    (issue,) = [i for i in cigna.issues if i.code == "necessity.conservative_care_short"]
    assert (issue.fields["weeks"], issue.fields["min_weeks"]) == (4, 6) and issue.blocks_complete
    assert cigna.profile.payer.id == "cigna-evicore"
    assert cigna.profile.payer.version == load_profiles().payers["cigna-evicore"].version
    assert cigna.audit.profile == cigna.profile


def test_payers_a_payer_without_a_scale_requirement_does_not_require_pain_scores(checker):
    no_scores = FOUR_WEEKS.replace("Pre-procedure VAS: 7/10\n", "").replace(
        "Post-procedure VAS: 2/10\n", ""
    )
    assert checker.check(no_scores).complete is False
    assert checker.check(no_scores, Claim.billed("62323", payer="bcbs-ma")).complete is True


@pytest.mark.parametrize(
    ("claim", "jurisdiction", "lcd", "article"),
    [
        (Claim.billed("62323"), None, None, None),
        (Claim.billed("62323", state="AZ"), "JF", "L39240", "A58993"),
        (Claim.billed("62323", state="OH"), "J15", "L39015", "A58731"),
        (Claim.billed("62323", payer="medicare:J6"), "J6", "L39036", "A58745"),
    ],
)
def test_payers_medicare_names_the_jurisdiction_lcd_and_article(
    checker, claim, jurisdiction, lcd, article
):
    payer = checker.check(FOUR_WEEKS, claim).profile.payer
    assert (payer.id, payer.jurisdiction, payer.lcd, payer.article) == (
        "medicare",
        jurisdiction,
        lcd,
        article,
    )


def test_payers_the_result_echoes_the_claim_it_was_checked_against(checker):
    claim = parse_claim(
        {
            "lines": [{"code": "62323"}, {"code": "77003"}],
            "icd10": ["M5416"],
            "date_of_service": "2026-06-01",
            "payer": "medicare",
            "state": "TX",
            "place_of_service": "11",
            "prior_auth": None,
        }
    )
    result = checker.check(FOUR_WEEKS, claim)
    assert result.claim == claim and result.claim.icd10 == ("M54.16",)
    assert result.billed_code == "62323" and result.profile.payer.jurisdiction == "JH"
    error = checker.check("   ", claim)
    assert error.status == "error" and error.claim == claim and error.profile == result.profile


def test_payers_an_unknown_payer_or_code_is_the_callers_error(checker):
    with pytest.raises(UsageError, match="unknown payer"):
        checker.check(FOUR_WEEKS, Claim.billed("62323", payer="acme"))
    with pytest.raises(UsageError, match="no claim line"):
        checker.check(FOUR_WEEKS, Claim.billed("99213"))


def test_procedures_transforaminal_examples_score_their_labels(checker):
    reports = evaluate([TF / "gold_transforaminal.jsonl"], checker)
    report = reports["transforaminal"]
    assert report.notes == 6 and report.errors == 0
    assert report.code_ok == report.notes and report.complete_ok == report.notes
    assert report.micro_f1 == 1.0


def test_procedures_a_third_family_is_a_data_file_and_no_code(checker, tmp_path):
    # Arrange: caudal injections moved out of the interlaminar profile into a family of their
    # own, with fictional codes and contrast flow not required; only data files change.
    data = tmp_path / "data"
    shutil.copytree(EXAMPLES.parent / "data", data)
    interlaminar_file = data / "procedures" / "interlaminar.json"
    interlaminar = json.loads(interlaminar_file.read_text(encoding="utf-8"))
    caudal = json.loads(json.dumps(interlaminar))
    interlaminar["approaches"] = ["interlaminar"]
    interlaminar_file.write_text(json.dumps(interlaminar), encoding="utf-8")
    caudal.update(
        id="caudal", family="caudal", version="2099.1.1", approaches=["caudal"],
        default_for_epidural=False, title="Caudal epidural (fictional test codes)",
    )  # fmt: skip
    caudal["codes"] = {
        "0T01T": {"title": "fictional caudal, imaging", "region": "lumbar_sacral",
                  "imaging": True, "catheter": False},
        "0T02T": {"title": "fictional caudal, no imaging", "region": "lumbar_sacral",
                  "imaging": False, "catheter": False},
    }  # fmt: skip
    caudal["derive"] = [
        {"when": {"imaging": True}, "code": "0T01T", "issues": []},
        {"when": {}, "code": "0T02T",
         "issues": [{"code": "code.no_imaging", "message": "no imaging guidance -> {code}"}]},
    ]  # fmt: skip
    caudal["elements"]["contrast_flow"]["required"] = False
    (data / "procedures" / "caudal.json").write_text(json.dumps(caudal), encoding="utf-8")
    note = EXAMPLES / "notes" / "dev05_caudal_fluoro.txt"
    # Act
    other = Checker(profiles=data)
    billed_new = other.check(note, Claim.billed("0T01T"))
    billed_old = other.check(note, Claim.billed("62323"))
    bundled = checker.check(note, Claim.billed("62323"))
    # Assert
    assert bundled.code_check.supported and bundled.profile.procedure.id == "interlaminar"
    assert (billed_new.profile.procedure.id, billed_new.profile.procedure.version) == (
        "caudal",
        "2099.1.1",
    )
    assert billed_new.code_check.supported and billed_new.complete
    assert required(billed_new) == required(bundled) - {"contrast_flow"}
    assert billed_old.code_check.suggested == "0T01T"
    assert "code.unsupported" in [i.code for i in billed_old.issues]
