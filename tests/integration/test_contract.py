import json
import logging
from pathlib import Path

import jsonschema

from nlp_checker.outputs.serialize import json_schema, to_dict

SCHEMA = Path(__file__).resolve().parents[2] / "schema" / "check_result.schema.json"
NOTE = "Patient: Ada Quill  MRN: 00-FAKE-9\nPre-procedure VAS 6/10\nNo contrast was used.\n"


def test_contract_committed_schema_matches_the_models():
    assert json.loads(SCHEMA.read_text()) == json_schema(), (
        "run: nlp-checker schema > schema/check_result.schema.json"
    )


def test_contract_results_and_error_rows_validate(checker):
    schema = json.loads(SCHEMA.read_text())
    ok = to_dict(checker.check_text(NOTE))
    error = to_dict(checker.check_bytes(b"", "empty.txt"))
    jsonschema.validate(ok, schema)
    jsonschema.validate(error, schema)
    # The ids are the output contract: pinned here as literals, not read from the code.
    assert set(ok["elements"]) == {
        "patient_id",
        "date_of_service",
        "vas_pre",
        "vas_post",
        "signature",
        "imaging_guidance",
        "needle_views",
        "contrast_flow",
        "spinal_level",
        "region",
        "approach",
        "medication",
        "indication",
        "conservative_care",
        "laterality",
        "foramen_level",
    }
    assert error["status"] == "error" and error["error"]["type"] == "empty_input"
    assert len(ok["audit"]["input_sha256"]) == 64


def test_contract_no_note_text_in_logs(checker, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)
    bad = tmp_path / "Ada-Quill.txt"
    bad.write_bytes(b"\x00\x01 Ada Quill binary")
    checker.check_text(NOTE)
    checker.check_file(bad)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Ada Quill" not in logged and "6/10" not in logged


def test_contract_a_pipeline_bug_is_one_error_row(checker, monkeypatch, tmp_path):
    def boom(*_args, **_kwargs):
        msg = "simulated bug"
        raise RuntimeError(msg)

    good = tmp_path / "good.txt"
    good.write_text(NOTE)
    monkeypatch.setattr(checker, "_check_document", boom)
    result = checker.check_file(good)
    assert result.status == "error"
    assert result.error.type == "internal_error"
    assert "RuntimeError" in result.error.message
    assert result.audit.input_sha256


def test_contract_envelope_keeps_the_1_0_fields_and_adds_claim_profile_issues(checker):
    # Arrange: the 1.0 fields (schema of da70a18, before issue 9), pinned as literals.
    fields_1_0 = {
        "schema_version", "source", "status", "billed_code", "modifiers", "complete",
        "elements", "code_check", "risk", "audit", "error",
    }  # fmt: skip
    schema = json.loads(SCHEMA.read_text())
    # Act
    ok = to_dict(checker.check_text(NOTE))
    # Assert
    assert set(schema["properties"]) == fields_1_0 | {"claim", "profile", "issues", "claim_check"}
    assert ok["schema_version"] == "1.3" and fields_1_0 - {"error"} <= set(ok)
    assert ok["claim"]["lines"][0]["code"] == "62323" and ok["profile"]["payer"]["id"] == "medicare"
    assert ok["audit"]["profile"] == ok["profile"] and isinstance(ok["issues"], list)
