"""Claim-level checks on fictional claims: each check fires on a bad claim and not on a good one."""

import pytest

from nlp_checker.claimcheck.check import check_claim
from nlp_checker.claimcheck.icd10 import load_codeset
from nlp_checker.claimcheck.model import ClaimTables, TableRef, build_claim_check
from nlp_checker.claimcheck.ncci import NcciTables
from nlp_checker.claimcheck.tables import load_claim_rules
from nlp_checker.claims.model import parse_claim
from nlp_checker.elements.findings import Evidence, Finding, ProcedureFacts
from nlp_checker.profiles.load import load_profiles

LUMBAR = {
    "region": Finding(status="present", value="lumbar"),
    "spinal_level": Finding(status="present", value=["L4-L5"]),
}
CERVICAL = {
    "region": Finding(status="present", value="cervical"),
    "spinal_level": Finding(status="present", value=["C6-C7"]),
}


def _indication(text):
    evidence = [Evidence(text=text, start=0, end=len(text), rule="IND-01")]
    return {"indication": Finding(status="present", value=text, evidence=evidence)}


def _side(side):
    return {"laterality": Finding(status="present", value=side)}


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    # An empty folder: no imported CMS table, so the curated pairs apply.
    rules = load_claim_rules(load_profiles())
    return NcciTables(rules.ncci, folder=tmp_path_factory.mktemp("no-import"))


def run(tables, claim, findings=None, facts=None):
    profiles = load_profiles()
    rules = load_claim_rules(profiles)
    resolved = profiles.resolve(parse_claim(claim))
    return check_claim(
        resolved, profiles, rules, tables, load_codeset, findings or {}, facts or ProcedureFacts()
    )


def claim(*lines, **fields):
    out = {"lines": [line if isinstance(line, dict) else {"code": line} for line in lines]}
    out.update(fields)
    return out


def codes(issues):
    return [(i.code, i.line) for i in issues]


# --- diagnosis -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("icd10", "dos", "expected"),
    [
        ("M54.99", "2026-06-01", "diagnosis.invalid"),
        ("M51.36", "2026-06-01", "diagnosis.not_billable"),
        ("M48.06", "2026-06-01", "diagnosis.not_billable"),
        ("M54.5", "2026-06-01", "diagnosis.not_billable"),
    ],
)
def test_claimcheck_invalid_or_header_diagnosis_draws_the_invalid_diagnosis_denial(
    tables, icd10, dos, expected
):
    # Arrange / Act
    issues = run(tables, claim("62323", icd10=[icd10], date_of_service=dos), LUMBAR)
    # Assert
    found = [i for i in issues if i.code == expected]
    assert found and found[0].line == 0
    assert found[0].denial_codes == ["CO-16"]


def test_claimcheck_header_code_names_the_billable_codes_to_use(tables):
    issues = run(tables, claim("62323", icd10=["M48.06"]), LUMBAR)
    (issue,) = [i for i in issues if i.code == "diagnosis.not_billable"]
    assert "M48.061" in issue.fix and "M48.062" in issue.fix


def test_claimcheck_m54_5_was_billable_before_october_2021(tables):
    issues = run(tables, claim("62323", icd10=["M54.5"], date_of_service="2021-06-01"), LUMBAR)
    assert "diagnosis.not_billable" not in [i.code for i in issues]
    # Billable then, but low back pain alone is still not an indication.
    assert "diagnosis.not_indication" in [i.code for i in issues]


@pytest.mark.parametrize("icd10", ["M54.16", "M51.16", "M48.062", "M47.26", "M96.1", "B02.29"])
def test_claimcheck_covered_lumbar_diagnosis_gives_no_diagnosis_issue(tables, icd10):
    findings = {**LUMBAR, **_indication("radiculopathy with stenosis after laminectomy, zoster")}
    issues = run(tables, claim("62323", icd10=[icd10]), findings)
    assert [i.code for i in issues if i.code.startswith("diagnosis.")] == []


@pytest.mark.parametrize(
    "icd10s", [["M54.50"], ["M54.59"], ["G89.4"], ["M54.50", "G89.29"], ["M47.816"]]
)
def test_claimcheck_axial_or_chronic_pain_alone_is_not_an_indication(tables, icd10s):
    issues = run(tables, claim("62323", icd10=icd10s), LUMBAR)
    (issue,) = [i for i in issues if i.code == "diagnosis.not_indication"]
    assert issue.denial_codes == ["CO-50", "N115"]
    assert icd10s[0] in issue.message


def test_claimcheck_axial_code_next_to_a_covered_one_is_not_an_issue(tables):
    findings = {**LUMBAR, **_indication("left L5 radiculopathy")}
    issues = run(tables, claim("62323", icd10=["M54.50", "M54.16"]), findings)
    assert "diagnosis.not_indication" not in [i.code for i in issues]


def test_claimcheck_lumbar_diagnosis_with_a_cervical_injection_in_the_note(tables):
    issues = run(tables, claim("62323", icd10=["M54.16"]), CERVICAL)
    (issue,) = [i for i in issues if i.code == "diagnosis.region_mismatch"]
    assert "C6-C7" in issue.message and "lumbar/sacral diagnosis" in issue.message
    assert issue.denial_codes == ["CO-50", "N115"]


def test_claimcheck_cervical_diagnosis_on_the_lumbar_code(tables):
    issues = run(tables, claim("62323", icd10=["M54.12"]), LUMBAR)
    (issue,) = [i for i in issues if i.code == "diagnosis.region_mismatch"]
    assert issue.fields["against"] == (
        "the billed 62323 is lumbar/sacral and the note's injection (L4-L5) is lumbar/sacral"
    )
    # Without a documented region only the billed code is compared.
    (issue,) = [
        i for i in run(tables, claim("62323", icd10=["M54.12"])) if i.code.endswith("mismatch")
    ]
    assert issue.fields["against"] == "the billed 62323 is lumbar/sacral"


def test_claimcheck_region_that_agrees_is_not_an_issue(tables):
    assert "diagnosis.region_mismatch" not in [
        i.code for i in run(tables, claim("62323", icd10=["M54.17"]), LUMBAR)
    ]
    assert "diagnosis.region_mismatch" not in [
        i.code for i in run(tables, claim("62321", icd10=["M54.12"]), CERVICAL)
    ]


def test_claimcheck_left_sided_diagnosis_with_a_right_sided_note(tables):
    findings = {**LUMBAR, **_side("right"), **_indication("sciatica down the leg")}
    issues = run(tables, claim("62323", icd10=["M54.42"]), findings)
    (issue,) = [i for i in issues if i.code == "diagnosis.side_mismatch"]
    assert issue.fields == {"icd10": "M54.42", "dx_side": "left", "side": "right"}


def test_claimcheck_side_that_agrees_is_not_an_issue(tables):
    findings = {**LUMBAR, **_side("right"), **_indication("sciatica down the leg")}
    issues = run(tables, claim("62323", icd10=["M54.41"]), findings)
    assert "diagnosis.side_mismatch" not in [i.code for i in issues]


def test_claimcheck_side_of_the_diagnosis_against_the_line_modifier(tables):
    line = {"code": "64483", "modifiers": ["RT"]}
    issues = run(tables, claim(line, icd10=["M54.32"]), LUMBAR)
    (issue,) = [i for i in issues if i.code == "diagnosis.side_mismatch"]
    assert "modifier" in issue.message


def test_claimcheck_note_indication_does_not_support_the_billed_diagnosis(tables):
    findings = {**LUMBAR, **_indication("radiating pain down the left leg")}
    issues = run(tables, claim("62323", icd10=["M48.062"]), findings)
    (issue,) = [i for i in issues if i.code == "diagnosis.note_unsupported"]
    assert "radiating pain" in issue.message
    assert issue.element == "indication"


def test_claimcheck_note_with_axial_pain_only_does_not_support_radiculopathy(tables):
    facts = ProcedureFacts(axial_only=True)
    issues = run(tables, claim("62323", icd10=["M54.16"]), LUMBAR, facts)
    (issue,) = [i for i in issues if i.code == "diagnosis.note_unsupported"]
    assert "only axial" in issue.message


def test_claimcheck_note_indication_that_matches_is_not_an_issue(tables):
    findings = {**LUMBAR, **_indication("neurogenic claudication from central stenosis")}
    issues = run(tables, claim("62323", icd10=["M48.062"]), findings)
    assert "diagnosis.note_unsupported" not in [i.code for i in issues]


def test_claimcheck_exempt_postoperative_diagnosis_needs_no_indication(tables):
    issues = run(tables, claim("62323", icd10=["G89.18"]), LUMBAR)
    assert [i.code for i in issues if i.code.startswith("diagnosis.")] == []


def test_claimcheck_claim_without_diagnoses_has_no_diagnosis_issue(tables):
    assert run(tables, claim("62323"), LUMBAR) == []


# --- bundling --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payer", "denial"),
    [
        ("medicare", ["CO-236"]),
        ("medicare:JE", ["CO-236"]),
        ("medicare:JF", ["CO-B15", "M80"]),
        ("medicare:JJ", ["CO-B15", "M80"]),
        ("cigna-evicore", ["CO-97"]),
    ],
)
def test_claimcheck_guidance_billed_with_62323_is_bundled_with_the_payers_code(
    tables, payer, denial
):
    issues = run(tables, claim("62323", "77003", payer=payer))
    assert codes(issues) == [("bundle.imaging", 1)]
    assert issues[0].denial_codes == denial


@pytest.mark.parametrize("guidance", ["77003", "77012", "76000"])
@pytest.mark.parametrize("epidural", ["62321", "62323", "64479", "64483"])
def test_claimcheck_every_imaging_epidural_code_includes_guidance(tables, guidance, epidural):
    assert codes(run(tables, claim(epidural, guidance))) == [("bundle.imaging", 1)]


def test_claimcheck_modifier_59_does_not_unbundle_imaging_from_the_descriptor(tables):
    line = {"code": "77003", "modifiers": ["59"]}
    facts = ProcedureFacts(other_procedures=["facet joint injection"])
    assert codes(run(tables, claim("62323", line), facts=facts)) == [("bundle.imaging", 1)]


def test_claimcheck_guidance_with_a_code_without_imaging_is_not_bundled(tables):
    assert run(tables, claim("62322", "77003")) == []


def test_claimcheck_epidurography_with_the_injection(tables):
    assert codes(run(tables, claim("62323", "72275"))) == [("bundle.epidurography", 1)]


def test_claimcheck_epidurography_with_a_code_outside_the_pair_is_not_bundled(tables):
    # 62322 (without imaging) is not a column-1 code of the curated epidurography pair.
    assert "bundle.epidurography" not in [i.code for i in run(tables, claim("62322", "72275"))]


@pytest.mark.parametrize("second", ["64483", "62322", "62321"])
def test_claimcheck_second_epidural_code_the_same_session(tables, second):
    issues = run(tables, claim("62323", second))
    assert codes(issues) == [("bundle.second_epidural", 1)]
    assert issues[0].denial_codes == ["CO-236"]


def test_claimcheck_transforaminal_add_on_is_not_a_second_epidural(tables):
    line = {"code": "64484"}
    assert run(tables, claim("64483", line)) == []


def test_claimcheck_em_the_same_day_without_modifier_25(tables):
    issues = run(tables, claim("62323", "99213"))
    assert codes(issues) == [("bundle.em_same_day", 1)]


def test_claimcheck_em_with_modifier_25_is_not_bundled(tables):
    assert run(tables, claim("62323", {"code": "99213", "modifiers": ["25"]})) == []


def test_claimcheck_em_with_modifier_59_is_still_bundled(tables):
    # Only modifier 25 makes a same-day E/M separately payable.
    issues = run(tables, claim("62323", {"code": "99213", "modifiers": ["59"]}))
    assert codes(issues) == [("bundle.em_same_day", 1)]


# --- units -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payer", "denial"),
    [("medicare", ["CO-151"]), ("medicare:JF", ["CO-96", "N362"]), ("bcbs-ma", ["CO-151"])],
)
def test_claimcheck_two_units_of_62323_are_over_the_mue(tables, payer, denial):
    issues = run(tables, claim({"code": "62323", "units": 2}, payer=payer))
    assert codes(issues) == [("units.over_mue", 0)]
    assert issues[0].denial_codes == denial
    assert issues[0].fields["mue"] == 1


def test_claimcheck_two_lines_of_62323_are_over_the_mue_on_the_second(tables):
    issues = run(tables, claim("62323", "62323"))
    assert codes(issues) == [("units.over_mue", 1)]


def test_claimcheck_one_unit_is_within_the_mue(tables):
    assert run(tables, claim({"code": "62323", "units": 1})) == []


# --- prior authorization ---------------------------------------------------------------------

WISER = {"payer": "medicare", "state": "TX", "date_of_service": "2026-06-01"}


def test_claimcheck_wiser_state_without_prior_auth_number_is_high_risk(tables):
    issues = run(tables, claim("62323", **WISER))
    assert codes(issues) == [("authorization.missing", 0)]
    assert "WISeR" in issues[0].message and "TX" in issues[0].message


@pytest.mark.parametrize(
    "change",
    [
        {"prior_auth": "UTN-FAKE-0001"},
        {"state": "CA"},
        {"date_of_service": "2025-12-31"},
        {"date_of_service": "2032-01-05"},
        {"payer": "cigna-evicore"},
        {"icd10": ["G89.18"]},
    ],
)
def test_claimcheck_no_prior_auth_issue_outside_the_program(tables, change):
    issues = run(tables, claim("62323", **{**WISER, **change}), LUMBAR)
    assert "authorization.missing" not in [i.code for i in issues]


def test_claimcheck_wiser_lists_transforaminal_codes_too(tables):
    issues = run(tables, claim("64483", {"code": "64484"}, **{**WISER, "state": "WA"}))
    assert codes(issues) == [("authorization.missing", 0), ("authorization.missing", 1)]


# --- sedation --------------------------------------------------------------------------------


def test_claimcheck_moderate_sedation_without_a_documented_reason(tables):
    facts = ProcedureFacts(sedation=["midazolam"])
    issues = run(tables, claim("62323", "99152"), facts=facts)
    assert codes(issues) == [("sedation.no_reason", 1)]
    assert "midazolam" in issues[0].message


def test_claimcheck_sedation_with_a_documented_reason_is_not_an_issue(tables):
    facts = ProcedureFacts(sedation=["midazolam"], sedation_reason=True)
    assert run(tables, claim("62323", "99152"), facts=facts) == []


def test_claimcheck_no_sedation_line_no_sedation_issue(tables):
    assert run(tables, claim("62323"), facts=ProcedureFacts(sedation=["midazolam"])) == []


# --- date of service -------------------------------------------------------------------------


def _dated(value):
    return {"date_of_service": Finding(status="present", value=value)}


def test_claimcheck_claim_date_that_is_not_the_notes_date(tables):
    issues = run(tables, claim("77003", "62323", date_of_service="2026-06-02"),
                 _dated("2026-06-01"))  # fmt: skip
    # On the procedure line (the first with a procedure profile), not on the guidance line.
    assert ("claim.date_mismatch", 1) in codes(issues)
    mismatch = next(i for i in issues if i.code == "claim.date_mismatch")
    assert mismatch.fields == {"claim_dos": "2026-06-02", "note_dos": "2026-06-01"}
    assert mismatch.element == "date_of_service" and mismatch.severity == "error"


@pytest.mark.parametrize(
    ("billed", "findings"),
    [
        ("2026-06-01", _dated("2026-06-01")),
        ("2026-06-01", {}),
        ("2026-06-01", {"date_of_service": Finding(status="missing")}),
        (None, _dated("2026-06-01")),
    ],
)
def test_claimcheck_no_date_issue_when_dates_agree_or_one_is_missing(tables, billed, findings):
    issues = run(tables, claim("62323", date_of_service=billed), findings)
    assert "claim.date_mismatch" not in [i.code for i in issues]


# --- place of service ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pos", "settings", "documented"),
    [
        ("11", ["asc"], "an ambulatory surgical center"),
        ("11", ["hospital_outpatient"], "a hospital outpatient department"),
        ("24", ["office"], "the physician's office"),
        ("22", ["asc"], "an ambulatory surgical center"),
    ],
)
def test_claimcheck_place_of_service_that_is_not_the_notes_setting(tables, pos, settings,
                                                                   documented):  # fmt: skip
    issues = run(tables, claim("62323", place_of_service=pos),
                 facts=ProcedureFacts(settings=settings))  # fmt: skip
    assert codes(issues) == [("place.setting_mismatch", 0)]
    assert issues[0].fields["documented"] == documented
    assert issues[0].severity == "warning"
    # No payer denial code for it was read in a source: none is predicted.
    assert issues[0].denial_codes == []


@pytest.mark.parametrize(
    ("pos", "settings"),
    [
        ("11", ["office"]),
        ("19", ["hospital_outpatient"]),
        ("22", ["hospital_outpatient"]),
        ("24", ["asc"]),
        (None, ["asc"]),  # no POS on the claim
        ("11", []),  # the note names no setting
        ("11", ["asc", "office"]),  # the note names two: nothing to compare
        ("99", ["asc"]),  # a code we have no setting for
    ],
)
def test_claimcheck_place_of_service_that_agrees_or_cannot_be_compared(tables, pos, settings):
    issues = run(tables, claim("62323", place_of_service=pos),
                 facts=ProcedureFacts(settings=settings))  # fmt: skip
    assert issues == []


# --- the claim_check block -------------------------------------------------------------------


def test_claimcheck_block_groups_issues_by_line_and_marks_clean_lines(tables):
    # Arrange
    profiles = load_profiles()
    rules = load_claim_rules(profiles)
    parsed = parse_claim(claim("62323", "77003", "J3301", icd10=["M54.16"]))
    issues = run(tables, parsed.model_dump(mode="json"), {**LUMBAR, **_indication("radicular")})
    info = TableRef(source="curated", version=rules.ncci.version)
    refs = ClaimTables(ptp=info, mue=info, claim_rules=rules.version)
    labels = {c: {"category": d.category, "label": d.label} for c, d in rules.denials.items()}
    # Act
    block = build_claim_check(parsed, issues, refs, labels)
    # Assert
    assert [line.clean for line in block.lines] == [True, False, True]
    assert block.clean is False
    assert block.lines[1].denial_codes == ["CO-236"]
    assert block.lines[0].icd10 == ["M54.16"]
    assert set(block.denial_labels) == {"CO-236"}


def test_claimcheck_denial_labels_are_ours_and_cover_every_profile_code():
    rules = load_claim_rules(load_profiles())
    for code, label in rules.denials.items():
        assert label.category and label.label, code
