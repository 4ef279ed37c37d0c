"""The claim through the API: the same result as the CLI's --claim, and a manifest for batches."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import httpx
from click.testing import CliRunner

from nlp_checker.cli import main
from tests.service.conftest import Server

ROOT = Path(__file__).resolve().parents[2]
TF = ROOT / "examples" / "transforaminal"
CLAIM = {
    "lines": [
        {"code": "64483", "units": 1, "modifiers": ["LT"]},
        {"code": "64484", "modifiers": ["LT"]},
    ],
    "icd10": ["M54.17"],
    "date_of_service": "2026-05-05",
    "payer": "cigna-evicore",
    "state": "TX",
    "place_of_service": "11",
    "prior_auth": None,
}


def _without_source(result: dict) -> dict:
    return {k: v for k, v in result.items() if k != "source"}


def test_service_cli_claim_file_and_the_api_give_the_same_result(
    client: httpx.Client, tmp_path: Path
) -> None:
    # Arrange
    note = TF / "tf03_two_level_left.txt"
    claim_file = tmp_path / "claim.json"
    claim_file.write_text(json.dumps(CLAIM))
    # Act
    cli = CliRunner().invoke(
        main, ["check", str(note), "--claim", str(claim_file), "--format", "json"]
    )
    upload = client.post(
        "/v1/check",
        files={"file": (note.name, note.read_bytes())},
        data={"claim": json.dumps(CLAIM)},
    )
    text = client.post("/v1/check", json={"text": note.read_text(encoding="utf-8"), "claim": CLAIM})
    # Assert
    assert cli.exit_code == 0, cli.output
    (expected,) = json.loads(cli.output)  # one note: a one-item array
    assert (
        expected["claim"]["lines"][1]["code"] == "64484"
        and expected["profile"]["payer"]["id"] == "cigna-evicore"
    )
    assert upload.status_code == 200 and text.status_code == 200
    assert _without_source(upload.json()) == _without_source(expected)
    assert _without_source(text.json()) == _without_source(expected)


def test_service_claim_as_query_parameters(client: httpx.Client) -> None:
    note = TF / "tf02_cervical_right_c6.txt"
    params = [
        ("code", "64479"),
        ("modifier", "RT"),
        ("payer", "medicare"),
        ("state", "OH"),
        ("icd10", "M54.12"),
    ]
    response = client.post(
        "/v1/check", params=params, files={"file": (note.name, note.read_bytes())}
    )
    body = response.json()
    assert response.status_code == 200 and body["complete"] is True
    assert body["claim"]["icd10"] == ["M54.12"]
    assert (body["profile"]["payer"]["jurisdiction"], body["profile"]["payer"]["lcd"]) == (
        "J15",
        "L39015",
    )


def test_service_bad_claims_are_422_not_500(client: httpx.Client) -> None:
    note = {"text": "Pre VAS 7/10. L4-5 interlaminar epidural injection."}
    cases = [
        {**note, "claim": {"lines": []}},
        {**note, "claim": {"lines": [{"code": "99213"}]}},
        {**note, "claim": {"lines": [{"code": "62323"}], "payer": "nobody"}},
        {**note, "claim": CLAIM, "code": "62323"},
    ]
    for body in cases:
        response = client.post("/v1/check", json=body)
        assert response.status_code == 422, (body, response.text)
        assert response.json()["error"]["type"] in {"usage_error", "invalid_request"}


def test_service_elements_catalogue_names_the_codes_that_require_each_element(
    client: httpx.Client,
) -> None:
    body = client.get("/v1/elements").json()
    by_id = {e["id"]: e for e in body["elements"]}
    assert by_id["laterality"]["required"] is False
    assert "64483" in by_id["laterality"]["required_by"]["transforaminal"]
    assert by_id["spinal_level"]["required"] is True
    assert "cigna-evicore" in body["profiles"]["payers"]


def test_service_batch_with_a_claims_manifest(open_server: Server) -> None:
    # Arrange: two notes in a zip; the manifest gives one of them its own claim.
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("tf/tf01.txt", (TF / "tf01_lumbar_left_l5s1.txt").read_bytes())
        zf.writestr("tf/tf02.txt", (TF / "tf02_cervical_right_c6.txt").read_bytes())
    manifest = (
        "document,code,modifiers,payer\ntf/tf02.txt,64479,RT,medicare\nnot-sent.txt,62323,,\n"
    )
    files = [
        ("files", ("notes.zip", archive.getvalue(), "application/zip")),
        ("manifest", ("claims.csv", manifest.encode(), "text/csv")),
    ]
    # Act
    created = httpx.post(
        f"{open_server.url}/v1/batch", files=files, params={"code": "64483", "modifier": "LT"}
    )
    assert created.status_code == 202, created.text
    job = created.json()
    deadline = time.monotonic() + 120
    while (info := httpx.get(f"{open_server.url}/v1/jobs/{job['id']}").json())["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    rows = [
        json.loads(x) for x in httpx.get(open_server.url + info["results_url"]).text.splitlines()
    ]
    # Assert
    assert job["manifest_claims"] == 1 and job["manifest_unmatched"] == ["not-sent.txt"]
    by_name = {r["source"].rsplit("/", 1)[-1]: r for r in rows}
    assert by_name["tf01.txt"]["billed_code"] == "64483" and by_name["tf01.txt"]["complete"] is True
    assert by_name["tf02.txt"]["billed_code"] == "64479" and by_name["tf02.txt"]["complete"] is True


def test_service_batch_manifest_with_an_unknown_code_is_422(open_server: Server) -> None:
    files = [
        ("files", ("a.txt", b"Pre VAS 7/10. L4-5 interlaminar epidural injection.", "text/plain")),
        ("manifest", ("claims.csv", b"document,code\na.txt,99213\n", "text/csv")),
    ]
    response = httpx.post(f"{open_server.url}/v1/batch", files=files)
    assert response.status_code == 422 and "a.txt" in response.json()["error"]["message"]


def test_service_batch_job_timeout_row_comes_from_the_checker(service_tmp: Path) -> None:
    # Arrange: a document that takes longer than the time limit, then a normal one.
    from tests.service.conftest import SLOW_LIMITS, slow_note, start_server

    note = (TF / "tf01_lumbar_left_l5s1.txt").read_bytes()
    files = [
        ("files", ("slow.txt", slow_note(), "text/plain")),
        ("files", ("tf01.txt", note, "text/plain")),
    ]
    server = start_server(service_tmp, "job-timeout", request_timeout="3", **SLOW_LIMITS)
    try:
        # Act
        created = httpx.post(
            f"{server.url}/v1/batch",
            files=files,
            params={"code": "64483", "modifier": "LT"},
            timeout=60,
        )
        assert created.status_code == 202, created.text
        job = created.json()
        deadline = time.monotonic() + 180
        while (info := httpx.get(f"{server.url}/v1/jobs/{job['id']}").json())["status"] != "done":
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.5)
        rows = [
            json.loads(x) for x in httpx.get(server.url + info["results_url"]).text.splitlines()
        ]
    finally:
        server.stop()
    # Assert: the error row is a full result row (claim, profile, versions), built by Checker.check.
    slow, fine = rows
    assert slow["status"] == "error" and slow["error"]["type"] == "timeout"
    assert (
        slow["claim"]["lines"][0]["code"] == "64483"
        and slow["profile"]["procedure"]["id"] == "transforaminal"
    )
    assert slow["audit"]["rules_version"] and slow["audit"]["input_sha256"]
    assert fine["status"] == "ok" and fine["complete"] is True


def test_service_claim_check_block_names_each_lines_denial(client: httpx.Client) -> None:
    # Arrange: the README's denied claim, sent with the note's text.
    folder = ROOT / "examples" / "claims"
    claim = json.loads((folder / "denied_62323.json").read_text())
    note = (folder / "varga_62323.txt").read_text(encoding="utf-8")
    # Act
    response = client.post("/v1/check", json={"text": note, "claim": claim})
    # Assert
    assert response.status_code == 200
    check = response.json()["claim_check"]
    assert check["clean"] is False
    assert [line["denial_codes"] for line in check["lines"][1:]] == [["CO-236"], ["CO-236"]]
    assert check["denial_labels"]["CO-236"]["category"] == "coding_edit"
