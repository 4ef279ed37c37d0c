"""Patient-level rules on a small fictional multi-visit history, and their building blocks."""

from __future__ import annotations

import copy
import json
from dataclasses import replace

import pytest

from nlp_checker.batch.output import iter_rows
from nlp_checker.batch.run import BatchOptions, run_batch
from nlp_checker.errors import RulesError
from nlp_checker.patients.evaluate import Visit, evaluate_visits
from nlp_checker.patients.identity import PatientKeyer, identifiers
from nlp_checker.patients.relief import detect_relief
from nlp_checker.patients.rules import load_patient_rules, parse_rules
from nlp_checker.resources import data_file

from .conftest import SALT
from .history import write_history


@pytest.fixture(scope="module")
def history_rows(tmp_path_factory):
    folder = tmp_path_factory.mktemp("history")
    write_history(folder / "notes")
    out = folder / "results.jsonl"
    options = BatchOptions(workers=2, salt=SALT, timeout=60, csv_path=out.with_suffix(".csv"))
    run_batch([folder / "notes"], out, options)
    rows = {row["source"].rsplit("/", 1)[-1]: row for row in iter_rows(out)}
    return rows, out


def _rules(row):
    return sorted(f["rule"] for f in row["patient"]["findings"])


def test_patients_history_keys_group_by_mrn_and_by_name_dob(history_rows):
    rows, _ = history_rows
    orla = {r["patient"]["key"] for n, r in rows.items() if n.startswith("a")}
    cass = {r["patient"]["key"] for n, r in rows.items() if n.startswith("b")}
    assert len(orla) == 1 and len(cass) == 1 and orla != cass
    assert {r["patient"]["key_basis"] for n, r in rows.items() if n.startswith("b")} == {"name+dob"}


def test_patients_history_frequency_names_the_sessions(history_rows):
    rows, _ = history_rows
    finding = next(
        f for f in rows["a5_fifth_session.txt"]["patient"]["findings"] if f["rule"] == "PAT-FREQ-01"
    )
    dates = [s["date"] for s in finding["sessions"]]
    assert dates == ["2025-01-06", "2025-03-03", "2025-05-05", "2025-07-07", "2025-09-08"]
    assert "5 epidural sessions" in finding["message"]
    assert "PAT-FREQ-01" not in _rules(rows["a4_repeat_good.txt"])


def test_patients_history_repeat_without_relief_flagged(history_rows):
    rows, _ = history_rows
    assert "PAT-REP-01" in _rules(rows["a3_repeat_no_relief.txt"])
    assert "PAT-REP-01" in _rules(rows["b2_repeat_silent.txt"])
    for good in (
        "a1_first.txt",
        "a2_repeat_good.txt",
        "a4_repeat_good.txt",
        "a5_fifth_session.txt",
    ):
        assert "PAT-REP-01" not in _rules(rows[good]), good


def test_patients_history_same_day_twice_flagged(history_rows):
    rows, _ = history_rows
    assert "PAT-DUP-01" in _rules(rows["a2_repeat_good.txt"])
    assert "PAT-DUP-01" in _rules(rows["a2_addendum_copy.txt"])
    assert "PAT-DUP-01" not in _rules(rows["a1_first.txt"])


def test_patients_history_other_procedure_same_session_flagged(history_rows):
    rows, _ = history_rows
    assert "PAT-MULTI-01" in _rules(rows["b1_first_with_facet.txt"])
    assert "PAT-MULTI-01" not in _rules(rows["b2_repeat_silent.txt"])


def test_patients_outputs_hold_no_raw_identifiers(history_rows):
    _, out = history_rows
    summary = out.with_suffix(".csv").read_text(encoding="utf-8")
    findings = json.dumps([r["patient"] for r in iter_rows(out)])
    for raw in ("ZZ-900111", "ZZ900111", "TESTA", "Brindle", "1958", "1970-09-30"):
        assert raw.lower() not in summary.lower()
        assert raw.lower() not in findings.lower()


@pytest.mark.parametrize(
    ("text", "status", "percent"),
    [
        ("The previous ESI gave 60% relief for 3 months.", "adequate", 60),
        ("Relief of about 80% since the last injection.", "adequate", 80),
        ("After the prior injection she had 30% relief.", "inadequate", 30),
        ("The previous epidural did not help.", "inadequate", None),
        ("Since the last ESI she has improved walking tolerance.", "adequate", None),
        ("VAS 8 before and 2 after: 75% relief today.", "absent", None),
        ("PT without improvement. She had a prior ESI in 2024.", "absent", None),
    ],
    ids=[
        "percent",
        "relief-of",
        "low-percent",
        "negative",
        "functional",
        "same-day",
        "other-sentence",
    ],
)
def test_relief_detect(text, status, percent):
    result = detect_relief(text)
    assert (result["status"], result["percent"]) == (status, percent)


def test_identity_mrn_wins_and_key_is_salted():
    evidence = [
        {"rule": "ID-NAME-01", "text": "Patient: DOE-TEST, JANE Q"},
        {"rule": "ID-DOB-01", "text": "DOB: 1/2/1950"},
        {"rule": "ID-MRN-01", "text": "MRN: ab-123"},
    ]
    ids = identifiers(evidence)
    assert ids == {"name": "doetest|jane", "dob": "1950-01-02", "mrn": "AB123"}
    key_a, basis = PatientKeyer("one").key_of(ids)
    key_b, _ = PatientKeyer("two").key_of(ids)
    assert basis == "mrn" and key_a != key_b and key_a.startswith("pk_")
    assert PatientKeyer("one").key_of({"name": "x|y"}) == (None, None)


def test_identity_name_orders_agree():
    a = identifiers([{"rule": "ID-NAME-01", "text": "Name: Jane Q. Doe"}])
    b = identifiers([{"rule": "ID-NAME-01", "text": "Patient: DOE, JANE"}])
    assert a == b == {"name": "doe|jane"}


def _visit(row, day, *, relief="adequate", region="lumbar/sacral", patient="pk_a"):
    return Visit(
        row=row, doc_key=f"d{row}", patient_key=patient, date=day, region_group=region,
        region_assumed=False, epidural=True, suggested="62323", relief=relief,
        relief_percent=None, other_procedure=False,
    )  # fmt: skip


def test_evaluate_frequency_rolling_window_and_regions():
    # Arrange: five lumbar sessions spread over 13 months, and a cervical one in between.
    days = ["2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01", "2025-01-15"]
    visits = [_visit(i, d) for i, d in enumerate(days)]
    visits.append(_visit(9, "2024-05-01", region="cervical/thoracic"))
    # Act
    found = evaluate_visits(visits)
    # Assert: 2025-01-15 is more than 365 days after 2024-01-01, so only four fall in its window.
    assert all(f.rule != "PAT-FREQ-01" for fs in found.values() for f in fs)
    visits.append(_visit(5, "2024-12-01"))
    found = evaluate_visits(visits)
    assert [f.rule for f in found[5]] == ["PAT-FREQ-01"]


def test_evaluate_repeat_lookback_resets():
    visits = [_visit(0, "2022-01-01"), _visit(1, "2024-01-01", relief="absent")]
    assert evaluate_visits(visits) == {}


def test_rules_file_loads_with_unique_ids():
    rules = load_patient_rules()
    ids = [r.metadata.id for r in rules.relief_rules] + [f.id for f in rules.findings]
    assert len(ids) == len(set(ids))
    assert all(f.code.startswith("patient.") for f in rules.findings)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("relief_rules", 0, "pattern"), "(unclosed", "PAT-REL-01"),
        (("relief_rules", 0, "kind"), "sometimes", "PAT-REL-01"),
        (("findings", 0, "code"), "frequency", "PAT-FREQ-01"),
    ],
    ids=["bad-regex", "bad-kind", "bad-code"],
)
def test_rules_loader_names_file_and_rule(path, value, expected):
    data = json.loads(data_file("patterns", "patient_rules.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(data)
    node = broken
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    with pytest.raises(RulesError, match=rf"patient_rules\.json.*{expected}"):
        parse_rules(broken)


def test_evaluate_links_name_dob_notes_to_a_unique_mrn():
    from dataclasses import replace

    # Arrange: two MRN-keyed visits and one name + DOB visit of the same person.
    a = replace(_visit(0, "2025-01-01"), patient_key="pk_mrn1", key_basis="mrn", link_key="pk_nd")
    b = replace(_visit(1, "2025-03-01"), patient_key="pk_mrn1", key_basis="mrn", link_key="pk_nd")
    c = replace(_visit(2, "2025-03-01"), patient_key="pk_nd", key_basis="name+dob")
    # Act
    found = evaluate_visits([a, b, c])
    # Assert: the name + DOB note joins the MRN patient, so the same-day pair is seen.
    assert "PAT-DUP-01" in [f.rule for f in found[2]]
    assert found[2][0].patient_key == "pk_mrn1"


def test_evaluate_does_not_link_a_name_dob_shared_by_two_mrns():
    from dataclasses import replace

    a = replace(_visit(0, "2025-01-01"), patient_key="pk_mrn1", key_basis="mrn", link_key="pk_nd")
    b = replace(_visit(1, "2025-02-01"), patient_key="pk_mrn2", key_basis="mrn", link_key="pk_nd")
    c = replace(_visit(2, "2025-01-01"), patient_key="pk_nd", key_basis="name+dob")
    assert 2 not in evaluate_visits([a, b, c])


def test_patients_note_without_mrn_joins_its_patient(tmp_path):
    from .history import CASS, ORLA, note_text

    # Arrange: the same fictional patient, once with her MRN and once by name + DOB only.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "with_mrn.txt").write_text(note_text(ORLA, "06/02/2025", "", False), "utf-8")
    no_mrn = {**ORLA, "mrn": None}
    (notes / "without_mrn.txt").write_text(note_text(no_mrn, "06/02/2025", "", False), "utf-8")
    (notes / "other.txt").write_text(note_text(CASS, "06/02/2025", "", False), "utf-8")
    out = tmp_path / "r.jsonl"
    # Act
    run_batch([notes], out, BatchOptions(workers=1, salt=SALT, timeout=60))
    # Assert
    rows = {r["source"].rsplit("/", 1)[-1]: r["patient"] for r in iter_rows(out)}
    assert rows["without_mrn.txt"]["key"] == rows["with_mrn.txt"]["key"]
    assert rows["without_mrn.txt"]["key_basis"] == "name+dob->mrn"
    assert rows["other.txt"]["key"] != rows["with_mrn.txt"]["key"]
    assert [f["rule"] for f in rows["without_mrn.txt"]["findings"]] == ["PAT-DUP-01"]


def test_evaluate_is_independent_of_row_order():
    from dataclasses import replace

    visits = [replace(_visit(i, "2025-01-01"), doc_key=f"d{9 - i}") for i in range(3)]
    visits += [_visit(5, "2025-02-01"), _visit(6, "2025-02-01", relief="absent")]

    def summary(found):
        return sorted(
            (v.doc_key, [f.model_dump() for f in fs])
            for v in visits
            for r, fs in found.items()
            if r == v.row
        )

    assert summary(evaluate_visits(visits)) == summary(evaluate_visits(list(reversed(visits))))


def test_evaluate_thresholds_come_from_each_visits_payer():
    from dataclasses import replace

    # Arrange: four sessions within 131 days, the last 10 days after the one before.
    days = ["2025-01-01", "2025-03-01", "2025-05-01", "2025-05-11"]
    medicare = [_visit(i, d) for i, d in enumerate(days)]
    cigna = [replace(v, payer="cigna-evicore") for v in medicare]
    # Act
    under_medicare = evaluate_visits(medicare)
    under_cigna = evaluate_visits(cigna)
    # Assert: Medicare allows 4 in 12 months and sets no minimum gap; Cigna's eviCore
    # guideline allows 3 in 6 months and wants 14 days between injections.
    assert under_medicare == {}
    codes = sorted({f.code for fs in under_cigna.values() for f in fs})
    assert codes == ["patient.frequency", "patient.min_interval"]
    frequency = next(f for fs in under_cigna.values() for f in fs if f.code == "patient.frequency")
    assert "within 182 days" in frequency.message and frequency.source == "S15"
    assert frequency.payer == "cigna-evicore"


def test_evaluate_repeat_threshold_none_means_any_documented_relief():
    from dataclasses import replace

    first, second = _visit(0, "2025-01-01"), _visit(1, "2025-03-01", relief="absent")
    found = evaluate_visits([replace(first, payer="bcbs-ma"), replace(second, payer="bcbs-ma")])
    (finding,) = found[1]
    assert finding.code == "patient.repeat_relief"
    assert "; relief or functional improvement" in finding.message


def test_relief_threshold_is_the_payers():
    text = "Since her previous ESI she reports 30% relief."
    assert detect_relief(text, min_relief_percent=50)["status"] == "inadequate"
    assert detect_relief(text, min_relief_percent=None)["status"] == "adequate"


def test_evaluate_same_session_rule_reads_the_issue_code_not_the_warning_text():
    from nlp_checker.patients.evaluate import visit_from_row

    row = {
        "status": "ok",
        "patient": {"key": "pk_a", "relief": {"status": "absent"}},
        "elements": {
            "date_of_service": {"value": "2025-01-01"},
            "region": {"status": "present", "value": "lumbar"},
        },
        "code_check": {
            "suggested": "62323",
            "warnings": ["reworded: another procedure in the same session"],
        },
        "issues": [],
        "batch": {"doc_key": "d0"},
    }
    rules = load_patient_rules()
    assert visit_from_row(0, row, rules).other_procedure is False
    row["issues"] = [{"code": "session.other_procedure", "message": "anything"}]
    row["code_check"]["warnings"] = []
    assert visit_from_row(0, row, rules).other_procedure is True


@pytest.mark.parametrize(
    ("payer", "sessions", "flagged"),
    [
        ("medicare", ["2025-01-06", "2025-03-03", "2025-05-05", "2025-07-07"], False),
        ("medicare", ["2025-01-06", "2025-03-03", "2025-05-05", "2025-07-07", "2025-09-08"], True),
        ("cigna-evicore", ["2025-01-06", "2025-02-03", "2025-03-03", "2025-04-07"], True),
        ("bcbs-ma", ["2025-01-06", "2025-03-03", "2025-05-05", "2025-07-07", "2025-09-08"], False),
    ],
)
def test_evaluate_frequency_uses_the_payer_thresholds_and_draws_151_n115(payer, sessions, flagged):
    # Arrange: Medicare and Cigna allow 4 a year (Cigna also 3 in 6 months), BCBS MA 6 a year.
    visits = [replace(_visit(i, d), payer=payer) for i, d in enumerate(sessions)]
    # Act
    found = [f for fs in evaluate_visits(visits).values() for f in fs if f.rule == "PAT-FREQ-01"]
    # Assert
    assert bool(found) is flagged
    if flagged:
        assert found[0].denial_codes == ["CO-151", "N115"]


def test_patients_frequency_finding_makes_the_claim_line_unclean(history_rows):
    rows, _ = history_rows
    check = rows["a5_fifth_session.txt"]["claim_check"]
    line = check["lines"][0]
    (issue,) = [i for i in line["issues"] if i["code"] == "patient.frequency"]
    assert issue["denial_codes"] == ["CO-151", "N115"]
    assert line["clean"] is False and check["clean"] is False
    assert check["denial_labels"]["CO-151"]["category"] == "frequency"
    assert rows["a1_first.txt"]["claim_check"]["clean"] is True
