import json

import jsonschema
import pytest

from nlp_checker.claims.manifest import parse_manifest
from nlp_checker.claims.model import Claim, claim_json_schema, parse_claim, read_claim_file
from nlp_checker.errors import UsageError
from tests.conftest import ROOT

SCHEMA = ROOT / "schema" / "claim.schema.json"
EXAMPLE = {
    "lines": [{"code": "62323", "units": 1, "modifiers": []}, {"code": "77003", "units": 1}],
    "icd10": ["M54.16"],
    "date_of_service": "2026-06-01",
    "payer": "medicare",
    "state": "TX",
    "place_of_service": "11",
    "prior_auth": None,
}


def test_claims_the_issue_example_parses_and_validates_against_the_published_schema():
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validate(EXAMPLE, schema)
    claim = parse_claim(EXAMPLE)
    assert [line.code for line in claim.lines] == ["62323", "77003"]
    assert claim.date_of_service.isoformat() == "2026-06-01"
    jsonschema.validate(claim.model_dump(mode="json"), schema)


def test_claims_committed_schema_matches_the_model():
    assert json.loads(SCHEMA.read_text()) == claim_json_schema(), (
        "run: nlp-checker schema --claim > schema/claim.schema.json"
    )


def test_claims_normalise_codes_modifiers_diagnoses_payer_and_state():
    claim = Claim.billed(
        " 64483", ["rt", " "], icd10=["m5416", "M48.061"], payer="Medicare:jf", state="az"
    )
    assert claim.lines[0].code == "64483" and claim.modifiers == ("RT",)
    assert claim.icd10 == ("M54.16", "M48.061")
    assert claim.payer == "medicare:JF" and claim.state == "AZ"
    assert hash(claim) == hash(
        Claim.billed("64483", ["RT"], icd10=["M54.16", "M48.061"], payer="medicare:JF", state="AZ")
    )


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"lines": []}, "lines"),
        ({"lines": [{"code": "6232"}]}, "lines.0.code"),
        ({"lines": [{"code": "62323", "units": 0}]}, "lines.0.units"),
        ({"lines": [{"code": "62323"}], "icd10": ["123"]}, "icd10"),
        ({"lines": [{"code": "62323"}], "state": "ZZ"}, "state"),
        ({"lines": [{"code": "62323"}], "date_of_service": "06/01/2026"}, "date_of_service"),
        ({"lines": [{"code": "62323"}], "payer": "Blue Cross!"}, "payer"),
        ({"lines": [{"code": "62323"}], "paye": "medicare"}, "paye"),
    ],
)
def test_claims_bad_fields_are_usage_errors_naming_the_field(data, field):
    with pytest.raises(UsageError, match=field.replace(".", r"\.")):
        parse_claim(data, "claim.json")


def test_claims_claim_file_that_is_not_json_says_so():
    with pytest.raises(UsageError, match="not JSON"):
        read_claim_file("claim.json", "{lines: ")


def test_claims_csv_manifest_groups_lines_by_document():
    text = (
        "document,code,units,modifiers,icd10,payer,state,date_of_service\n"
        "notes/a.txt,64483,1,RT,M54.16;M54.17,cigna-evicore,TX,2026-06-01\n"
        "notes/a.txt,64484,1,RT,,,,\n"
        "b.txt,62323,,,,,,\n"
    )
    manifest = parse_manifest(text, "claims.csv")
    a = manifest.claim_for("/data/run/notes/a.txt")
    assert [(ln.code, ln.modifiers) for ln in a.lines] == [("64483", ("RT",)), ("64484", ("RT",))]
    assert a.payer == "cigna-evicore" and a.icd10 == ("M54.16", "M54.17")
    assert manifest.claim_for("march.zip!b.txt").lines[0].code == "62323"
    assert manifest.claim_for("c.txt") is None
    assert manifest.unmatched() == []


def test_claims_jsonl_manifest_accepts_nested_or_flat_claims():
    text = "\n".join(
        [
            json.dumps({"document": "a.txt", "claim": EXAMPLE}),
            json.dumps({"document": "dir/b.txt", "lines": [{"code": "64483"}], "payer": "bcbs-ma"}),
        ]
    )
    manifest = parse_manifest(text, "claims.jsonl")
    assert manifest.claim_for("a.txt").state == "TX"
    assert manifest.claim_for("x/dir/b.txt").payer == "bcbs-ma"
    assert manifest.unmatched() == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("document,units\na.txt,1\n", "'document' and 'code'"),
        ("document,code,colour\na.txt,62323,red\n", "unknown column"),
        ("document,code,state\na.txt,62323,TX\na.txt,64483,OK\n", "claims.csv:3: state differs"),
        ("document,code,units\na.txt,62323,two\n", "claims.csv:2: units"),
        ("document,code\na.txt,99\n", r"claims.csv:2 \(a.txt\): lines.0.code"),
    ],
)
def test_claims_bad_manifest_rows_name_file_and_line(text, fragment):
    with pytest.raises(UsageError, match=fragment):
        parse_manifest(text, "claims.csv")
