"""The claim check through ``Checker.check``: fictional notes against fictional claims."""

from click.testing import CliRunner

from nlp_checker.claims.model import parse_claim
from nlp_checker.cli import main
from nlp_checker.outputs.serialize import to_dict

NOTE = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 06/01/2026
INDICATION: Left L5 radiculopathy after 8 weeks of failed physical therapy.
Pre-procedure VAS: 7/10
PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.
AP and lateral views confirmed the final needle position.
Omnipaque 180 showed epidural spread. Kenalog 80 mg injected.
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD
"""
CERVICAL = NOTE.replace("Left L5 radiculopathy", "Left C7 radiculopathy").replace(
    "L4-5 interlaminar", "C6-7 interlaminar"
)
SEDATED = NOTE.replace(
    "Omnipaque 180", "Moderate sedation with midazolam 2 mg IV was given. Omnipaque 180"
)
SEDATED_WITH_REASON = SEDATED.replace(
    "was given.", "was given for severe anxiety and inability to lie prone."
)
TRANSFORAMINAL = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 06/01/2026
INDICATION: Right L5 radiculopathy after 8 weeks of failed physical therapy.
Pre-procedure VAS: 7/10
PROCEDURE: Right L5-S1 transforaminal epidural steroid injection under fluoroscopic guidance.
AP and lateral views confirmed the final needle position in the right L5-S1 foramen.
Omnipaque 180 showed epidural spread along the right L5 nerve root. Dexamethasone 10 mg injected.
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD
"""
DENIED = {
    "lines": [
        {"code": "62323", "units": 2},
        {"code": "77003"},
        {"code": "99213"},
    ],
    "icd10": ["M51.36", "M54.50"],
    "date_of_service": "2026-06-01",
    "payer": "medicare",
    "state": "TX",
}
CLEAN = {
    "lines": [{"code": "62323"}],
    "icd10": ["M54.16"],
    "date_of_service": "2026-06-01",
    "payer": "medicare",
    "state": "TX",
    "prior_auth": "UTN-FAKE-0042",
}


def _line_codes(result):
    return [[i.code for i in line.issues] for line in result.claim_check.lines]


def test_claim_check_clean_claim_goes_out_clean_and_adds_no_risk(checker):
    # Arrange / Act
    with_claim = checker.check_text(NOTE, claim=parse_claim(CLEAN))
    note_only = checker.check_text(NOTE)
    # Assert
    assert with_claim.claim_check.clean is True
    assert _line_codes(with_claim) == [[]]
    assert with_claim.risk.score == note_only.risk.score
    assert with_claim.claim_check.tables.ptp.source == "curated"
    assert with_claim.claim_check.tables.icd10.startswith("simple-icd-10-cm")


def test_claim_check_denied_claim_line_by_line(checker):
    result = checker.check_text(NOTE, claim=parse_claim(DENIED))
    check = result.claim_check
    assert check.clean is False
    assert _line_codes(result) == [
        ["diagnosis.not_billable", "diagnosis.not_indication", "units.over_mue",
         "authorization.missing"],
        ["bundle.imaging"],
        ["bundle.em_same_day"],
    ]  # fmt: skip
    assert check.lines[0].denial_codes == ["CO-16", "CO-50", "N115", "CO-151"]
    assert check.lines[1].denial_codes == check.lines[2].denial_codes == ["CO-236"]
    assert set(check.denial_labels) == {"CO-16", "CO-50", "N115", "CO-151", "CO-236"}
    # The note itself is complete: the claim's problems do not change the note verdict.
    assert result.complete is True
    claim_drivers = [d for d in result.risk.drivers if d.element.startswith("claim:")]
    assert {d.issue for d in claim_drivers} == {i.code for line in check.lines for i in line.issues}
    assert result.risk.level == "high"


def test_claim_check_is_in_the_json_contract(checker):
    row = to_dict(checker.check_text(NOTE, claim=parse_claim(DENIED)))
    assert row["schema_version"] == "1.3"
    line = row["claim_check"]["lines"][1]
    assert (line["code"], line["clean"], line["denial_codes"]) == ("77003", False, ["CO-236"])
    assert row["claim_check"]["denial_labels"]["CO-236"]["category"] == "coding_edit"


def test_claim_check_jf_claim_gets_noridian_jf_codes(checker):
    claim = parse_claim({**DENIED, "payer": "medicare:JF", "state": "AZ"})
    check = checker.check_text(NOTE, claim=claim).claim_check
    assert check.lines[1].denial_codes == ["CO-B15", "M80"]
    assert "CO-96" in check.lines[0].denial_codes and "N362" in check.lines[0].denial_codes


def test_claim_check_lumbar_diagnosis_for_a_cervical_injection(checker):
    claim = parse_claim({**CLEAN, "icd10": ["M54.16"]})
    result = checker.check_text(CERVICAL, claim=claim)
    issues = result.claim_check.lines[0].issues
    (mismatch,) = [i for i in issues if i.code == "diagnosis.region_mismatch"]
    assert "C6-C7" in mismatch.message
    # The code check, a note issue, says the same from the note's side.
    assert result.code_check.suggested == "62321"


def test_claim_check_modifier_rules_come_from_the_procedure_profile(checker):
    bilateral = checker.check_text(NOTE, claim=parse_claim({**CLEAN, "lines": [
        {"code": "62323", "modifiers": ["50"]}]}))  # fmt: skip
    (issue,) = bilateral.claim_check.lines[0].issues
    assert (issue.code, issue.denial_codes) == ("modifier.not_applicable", ["CO-4"])
    distinct = checker.check_text(NOTE, claim=parse_claim({**CLEAN, "lines": [
        {"code": "62323", "modifiers": ["59"]}]}))  # fmt: skip
    assert _line_codes(distinct) == [["modifier.distinct_unsupported"]]
    # RT on a transforaminal code is the side documented: clean; LT is not.
    right = {**CLEAN, "icd10": ["M54.17"], "lines": [{"code": "64483", "modifiers": ["RT"]}]}
    assert checker.check_text(TRANSFORAMINAL, claim=parse_claim(right)).claim_check.clean
    left = {**right, "lines": [{"code": "64483", "modifiers": ["LT"]}]}
    assert _line_codes(checker.check_text(TRANSFORAMINAL, claim=parse_claim(left))) == [
        ["modifier.laterality_mismatch"]
    ]


def test_claim_check_sedation_needs_a_reason_in_the_note(checker):
    claim = parse_claim({**CLEAN, "lines": [{"code": "62323"}, {"code": "99152"}]})
    without = checker.check_text(SEDATED, claim=claim)
    assert _line_codes(without) == [[], ["sedation.no_reason"]]
    assert "midazolam" in without.claim_check.lines[1].issues[0].message
    with_reason = checker.check_text(SEDATED_WITH_REASON, claim=claim)
    assert with_reason.claim_check.clean is True


def test_claim_check_date_of_service_against_the_notes_date(checker):
    later = parse_claim({**CLEAN, "date_of_service": "2026-06-08"})
    result = checker.check_text(NOTE, claim=later)
    assert _line_codes(result) == [["claim.date_mismatch"]]
    assert "2026-06-08" in result.claim_check.lines[0].issues[0].message
    assert result.claim_check.clean is False
    undated = NOTE.replace("Date of Service: 06/01/2026\n", "")
    assert checker.check_text(undated, claim=later).claim_check.clean is True


ASC = NOTE.replace("PROCEDURE:", "Performed at the ambulatory surgery center.\nPROCEDURE:")
OFFICE = NOTE.replace("PROCEDURE:", "Place of service: office procedure room.\nPROCEDURE:")


def test_claim_check_place_of_service_against_the_notes_setting(checker):
    office_pos = parse_claim({**CLEAN, "place_of_service": "11"})
    asc_pos = parse_claim({**CLEAN, "place_of_service": "24"})
    result = checker.check_text(ASC, claim=office_pos)
    assert _line_codes(result) == [["place.setting_mismatch"]]
    issue = result.claim_check.lines[0].issues[0]
    assert "an ambulatory surgical center" in issue.message and issue.denial_codes == []
    # A warning, but the line is priced for the wrong setting: it does not go out clean.
    assert issue.severity == "warning" and result.claim_check.clean is False
    assert _line_codes(checker.check_text(ASC, claim=asc_pos)) == [[]]
    assert _line_codes(checker.check_text(OFFICE, claim=asc_pos)) == [["place.setting_mismatch"]]
    assert _line_codes(checker.check_text(OFFICE, claim=office_pos)) == [[]]
    # A note that names no setting is not compared.
    assert _line_codes(checker.check_text(NOTE, claim=asc_pos)) == [[]]


def test_claim_check_table_shows_the_claim_apart_from_the_note(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    claim = tmp_path / "claim.json"
    claim.write_text(parse_claim(DENIED).model_dump_json())
    result = CliRunner().invoke(main, ["check", str(note), "--claim", str(claim)])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "Claim: would be denied in part" in text
    assert "line 2 77003 x1: would draw CO-236" in text
    assert "0 of 1 claim(s) clean" in text


def test_claim_check_readme_walkthrough_matches_a_real_run(checker, examples_dir):
    # The README walks through this note and claim line by line: keep it true.
    from pathlib import Path

    from nlp_checker.claims.model import read_claim_file

    folder = examples_dir / "claims"
    note = Path(folder / "varga_62323.txt")
    denied = read_claim_file("denied", (folder / "denied_62323.json").read_text())
    fixed = read_claim_file("fixed", (folder / "fixed_62323.json").read_text())
    result = checker.check(note, denied)
    assert result.complete is True and result.code_check.suggested == "62323"
    assert [(line.code, line.denial_codes) for line in result.claim_check.lines] == [
        ("62323", ["CO-16", "CO-50", "N115", "CO-151"]),
        ("77003", ["CO-236"]),
        ("99213", ["CO-236"]),
    ]
    assert _line_codes(result)[0] == [
        "diagnosis.not_billable", "diagnosis.not_indication", "units.over_mue",
        "authorization.missing",
    ]  # fmt: skip
    after = checker.check(note, fixed)
    assert after.claim_check.clean is True and after.risk.level == "low"
    readme = (examples_dir.parent / "README.md").read_text(encoding="utf-8")
    for text in (
        "line 1 62323 x2: would draw CO-16, CO-50, N115, CO-151",
        "line 2 77003 x1: would draw CO-236",
    ):
        assert text in readme
