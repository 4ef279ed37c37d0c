import pytest

from nlp_checker.codes.check import check_code, validate_claim
from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.errors import UsageError


def findings(
    approach="interlaminar", region="lumbar", imaging=True, catheter=False, levels=("L4-L5",)
):
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
    }


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
        ({"catheter": True}, "62327"),
        ({"catheter": True, "imaging": False}, "62326"),
        ({"catheter": True, "region": "cervical"}, "62325"),
        ({"catheter": True, "region": "cervical", "imaging": False}, "62324"),
    ],
)
def test_codes_suggested_code_follows_region_approach_imaging_catheter(kwargs, expected):
    result = check_code(findings(**kwargs), EPIDURAL, "62323")
    assert result.suggested == expected
    assert result.supported is (expected == "62323")
    if expected != "62323":
        assert any(expected in reason for reason in result.reasons)


def test_codes_no_imaging_reason_says_what_to_document():
    result = check_code(findings(imaging=False), EPIDURAL, "62323")
    assert any("document the imaging guidance" in r for r in result.reasons)


def test_codes_non_epidural_note_is_other():
    facts = ProcedureFacts(epidural_mentioned=False, other_procedures=["medial branch block"])
    result = check_code(findings(approach=None, levels=()), facts, "62323")
    assert result.suggested == "other"
    assert "medial branch block" in result.reasons[-1]


def test_codes_two_interlaminar_levels_warn_one_level_per_session():
    result = check_code(findings(levels=("L4-L5", "L5-S1")), EPIDURAL, "62323")
    assert result.supported
    assert any("one level per session" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("modifier", "fragment"),
    [
        ("50", "not bilateral"),
        ("RT", "side-specific"),
        ("LT", "side-specific"),
        ("KX", "KX is not"),
        ("59", "distinct procedure"),
    ],
)
def test_codes_modifier_problems_are_reasons(modifier, fragment):
    result = check_code(findings(), EPIDURAL, "62323", [modifier])
    assert any(fragment in r for r in result.reasons)


def test_codes_59_with_a_documented_distinct_procedure_is_accepted():
    facts = ProcedureFacts(epidural_mentioned=True, other_procedures=["trigger point injection"])
    result = check_code(findings(), facts, "62323", ["59"])
    assert not any("distinct procedure" in r for r in result.reasons)
    assert any("59/XS" in w for w in result.warnings)


def test_codes_rt_on_transforaminal_is_fine():
    result = check_code(findings(approach="transforaminal"), EPIDURAL, "64483", ["RT"])
    assert result.supported and not any("modifier" in r for r in result.reasons)


@pytest.mark.parametrize(("code", "mods"), [("99999", []), ("62323", ["ZZ"])])
def test_codes_unknown_claim_inputs_raise_usage_error(code, mods):
    with pytest.raises(UsageError):
        validate_claim(code, mods)
