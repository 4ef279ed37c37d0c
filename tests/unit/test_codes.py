import pytest

from nlp_checker.claims.model import Claim
from nlp_checker.codes.check import check_code
from nlp_checker.codes.coverage import check_coverage
from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.errors import UsageError
from nlp_checker.profiles.load import load_profiles

PROFILES = load_profiles()


def findings(
    approach="interlaminar", region="lumbar", imaging=True, catheter=False, levels=("L4-L5",),
    side=None, foramina=(),
):  # fmt: skip
    absent = Finding(status="missing")
    return {
        "approach": Finding(status="present", value={"approach": approach, "catheter": catheter})
        if approach
        else absent,
        "region": Finding(status="present", value=region) if region else absent,
        "imaging_guidance": Finding(status="present", value="fluoroscopy")
        if imaging
        else Finding(status="missing", value="none"),
        "spinal_level": Finding(status="present", value=list(levels)) if levels else absent,
        "laterality": Finding(status="present", value=side) if side else absent,
        "foramen_level": Finding(status="present", value=list(foramina)) if foramina else absent,
    }


def run(found, facts, code="62323", modifiers=(), **claim):
    resolved = PROFILES.resolve(
        Claim.billed(code, modifiers, **claim) if not isinstance(code, Claim) else code
    )
    return check_code(found, facts, resolved, PROFILES)


EPIDURAL = ProcedureFacts(epidural_mentioned=True)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "62323"),
        ({"imaging": False}, "62322"),
        ({"region": "cervical"}, "62321"),
        ({"region": "thoracic", "imaging": False}, "62320"),
        ({"approach": "caudal", "region": "sacral", "levels": ("sacral_hiatus",)}, "62323"),
        ({"approach": "transforaminal"}, "64483"),
        ({"approach": "transforaminal", "region": "cervical"}, "64479"),
        ({"approach": "transforaminal", "region": "thoracic", "imaging": False}, "64479"),
        ({"catheter": True}, "62327"),
        ({"catheter": True, "imaging": False}, "62326"),
        ({"catheter": True, "region": "cervical"}, "62325"),
        ({"catheter": True, "region": "cervical", "imaging": False}, "62324"),
    ],
)
def test_codes_suggested_code_follows_region_approach_imaging_catheter(kwargs, expected):
    check, issues = run(findings(**kwargs), EPIDURAL)
    assert check.suggested == expected
    assert check.supported is (expected == "62323")
    if expected != "62323":
        assert any(expected in reason for reason in check.reasons)
        assert issues[0].code == "code.unsupported"
        assert issues[0].fields == {"suggested": expected, "billed": "62323"}


def test_codes_no_imaging_reason_says_what_to_document():
    check, issues = run(findings(imaging=False), EPIDURAL)
    assert any("document the imaging guidance" in r for r in check.reasons)
    assert "code.no_imaging" in [i.code for i in issues]


def test_codes_missing_region_is_assumed_lumbar_and_says_so():
    check, issues = run(findings(region=None, levels=()), EPIDURAL)
    assert check.suggested == "62323"
    assert [i.code for i in issues] == ["code.region_assumed"]


def test_codes_non_epidural_note_is_other():
    facts = ProcedureFacts(epidural_mentioned=False, other_procedures=["medial branch block"])
    check, issues = run(findings(approach=None, levels=()), facts)
    assert check.suggested == "other"
    assert "medial branch block" in check.reasons[-1]
    assert [i.code for i in issues] == ["code.unsupported", "code.no_epidural"]


def test_codes_two_interlaminar_levels_warn_one_level_per_session():
    check, issues = run(findings(levels=("L4-L5", "L5-S1")), EPIDURAL)
    assert check.supported
    assert any("one level per session" in w for w in check.warnings)
    (issue,) = [i for i in issues if i.code == "session.multi_level"]
    assert issue.fields["count"] == 2 and issue.source == "MCR-LIM-1"


def test_codes_two_transforaminal_levels_are_within_the_limit_three_are_not():
    two = findings(approach="transforaminal", foramina=("L4-L5", "L5-S1"), side="left")
    three = findings(approach="transforaminal", foramina=("L3-L4", "L4-L5", "L5-S1"), side="left")
    assert not [i for i in run(two, EPIDURAL, "64483")[1] if i.code == "session.multi_level"]
    (issue,) = [i for i in run(three, EPIDURAL, "64483")[1] if i.code == "session.multi_level"]
    assert "two levels per session" in issue.message


@pytest.mark.parametrize(
    ("modifier", "code", "fragment"),
    [
        ("50", "modifier.not_applicable", "not bilateral"),
        ("RT", "modifier.not_applicable", "side-specific"),
        ("LT", "modifier.not_applicable", "side-specific"),
        ("KX", "modifier.not_applicable", "KX is not"),
        ("59", "modifier.distinct_unsupported", "distinct procedure"),
    ],
)
def test_codes_modifier_problems_are_reasons_with_a_stable_code(modifier, code, fragment):
    check, issues = run(findings(), EPIDURAL, "62323", [modifier])
    assert any(fragment in r for r in check.reasons)
    assert [(i.code, i.fields["modifier"]) for i in issues] == [(code, modifier)]
    assert check.supported  # the biller fixes the claim line, not the note


def test_codes_59_with_a_documented_distinct_procedure_is_accepted():
    facts = ProcedureFacts(epidural_mentioned=True, other_procedures=["trigger point injection"])
    check, issues = run(findings(), facts, "62323", ["59"])
    assert not any("distinct procedure" in r for r in check.reasons)
    assert any("59/XS" in w for w in check.warnings)
    assert [i.code for i in issues] == ["session.other_procedure"]


@pytest.mark.parametrize(
    ("modifier", "side"), [("RT", "right"), ("LT", "left"), ("50", "bilateral")]
)
def test_codes_laterality_modifiers_apply_to_transforaminal_codes(modifier, side):
    check, issues = run(
        findings(approach="transforaminal", side=side, foramina=("L5-S1",)),
        EPIDURAL,
        "64483",
        [modifier],
    )
    assert check.supported and issues[-1].code == "code.derived"
    assert not any(i.code.startswith("modifier.") for i in issues)


def test_codes_transforaminal_modifier_must_match_the_documented_side():
    check, issues = run(
        findings(approach="transforaminal", side="left", foramina=("L5-S1",)),
        EPIDURAL,
        "64483",
        ["RT"],
    )
    (issue,) = [i for i in issues if i.code == "modifier.laterality_mismatch"]
    assert issue.fields == {
        "modifier": "RT",
        "billed": "64483",
        "billed_side": "right",
        "documented": "left",
    }
    assert "modifier RT means right" in check.reasons[-1]


def test_codes_add_on_needs_a_second_documented_level():
    claim = Claim.model_validate(
        {"lines": [{"code": "64483", "modifiers": ["LT"]}, {"code": "64484", "modifiers": ["LT"]}]}
    )
    one = findings(approach="transforaminal", side="left", foramina=("L5-S1",))
    two = findings(approach="transforaminal", side="left", foramina=("L4-L5", "L5-S1"))
    _, issues = run(one, EPIDURAL, claim)
    (issue,) = [i for i in issues if i.code == "code.addon_unsupported"]
    assert issue.blocks_complete and issue.line == 1 and issue.fields["count"] == 1
    assert not [i for i in run(two, EPIDURAL, claim)[1] if i.code == "code.addon_unsupported"]


def test_codes_issue_messages_are_not_matched_by_scoring():
    # The same issue code with another message text still drives the same risk.
    from nlp_checker.scoring.risk import assess, load_model

    _, issues = run(findings(), EPIDURAL, "62323", ["RT"])
    reworded = [i.model_copy(update={"message": "reworded", "summary": "reworded"}) for i in issues]
    profile = PROFILES.procedures["interlaminar"]
    found = {k: Finding(status="present") for k in profile.elements}
    original = assess(found, issues, load_model(), profile)
    changed = assess(found, reworded, load_model(), profile)
    assert original.score == changed.score > 0
    assert [d.issue for d in changed.drivers] == ["modifier.not_applicable"]


def test_codes_conservative_care_short_of_the_payer_minimum():
    found = {
        "conservative_care": Finding(status="present", value={"text": "PT", "weeks": 4}),
        "indication": Finding(status="present", value="radiculopathy"),
    }
    medicare = check_coverage(found, PROFILES.resolve(Claim.billed("62323")), PROFILES)
    cigna = check_coverage(
        found, PROFILES.resolve(Claim.billed("62323", payer="cigna-evicore")), PROFILES
    )
    assert medicare == []
    (issue,) = cigna
    assert issue.code == "necessity.conservative_care_short" and issue.blocks_complete
    assert issue.fields == {"weeks": 4, "min_weeks": 6, "payer_name": "Cigna (eviCore CMM-200)"}


def test_codes_medicare_reports_a_short_course_without_blocking_and_exempts_zoster():
    short = {"conservative_care": Finding(status="present", value={"text": "PT", "weeks": 2})}
    (issue,) = check_coverage(short, PROFILES.resolve(Claim.billed("62323")), PROFILES)
    assert issue.severity == "warning" and not issue.blocks_complete
    zoster = {**short, "indication": Finding(status="present", value="acute herpes zoster")}
    assert check_coverage(zoster, PROFILES.resolve(Claim.billed("62323")), PROFILES) == []


@pytest.mark.parametrize(("code", "mods"), [("99999", []), ("62323", ["ZZ"])])
def test_codes_unknown_claim_inputs_raise_usage_error(code, mods):
    with pytest.raises(UsageError):
        PROFILES.resolve(Claim.billed(code, mods))


@pytest.mark.parametrize(
    ("care", "documented"),
    [
        (Finding(status="present", value={"text": "PT", "weeks": None}), True),
        (Finding(status="missing"), False),
    ],
)
def test_codes_conservative_care_the_payer_cannot_count(care, documented):
    found = {"conservative_care": care, "indication": Finding(status="present", value="sciatica")}
    medicare = check_coverage(found, PROFILES.resolve(Claim.billed("62323")), PROFILES)
    cigna = check_coverage(
        found, PROFILES.resolve(Claim.billed("62323", payer="cigna-evicore")), PROFILES
    )
    # Medicare reports it without changing the verdict; Cigna denies a course it cannot count.
    assert [(i.code, i.blocks_complete) for i in medicare] == [
        ("necessity.conservative_care_unshown", False)
    ]
    (issue,) = cigna
    assert issue.code == "necessity.conservative_care_unshown" and issue.blocks_complete
    assert issue.fields["documented"] is documented and issue.fields["min_weeks"] == 6
