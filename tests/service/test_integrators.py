"""What an integrator relies on: one 422 shape, ISO 8601 job times, examples, offline docs."""

from __future__ import annotations

import datetime as dt
import re
import time

import httpx
import pytest

from nlp_checker.outputs.result import CheckResult
from nlp_checker.service.examples import ANNOTATE_EXAMPLE, EXAMPLE_ELEMENTS, NOTE, RESULT_EXAMPLE
from tests.service.conftest import NOTES

CASES_422 = {
    "corrupt-pdf": ("/v1/check", {"files": {"file": ("n.pdf", b"%PDF-1.7\n1 0 obj garbage")}}),
    "empty": ("/v1/check", {"files": {"file": ("n.txt", b"   \n")}}),
    "empty-annotate": ("/v1/annotate", {"files": {"file": ("n.txt", b"   \n")}}),
    "code": ("/v1/check", {"params": {"code": "99999"}, "json": {"text": "note"}}),
    "modifier": ("/v1/annotate", {"params": {"modifier": "ZZ"}, "json": {"text": "note"}}),
    "json-field": ("/v1/check", {"json": {"txt": "typo"}}),
    "no-file": ("/v1/check", {"files": {"other": ("a.txt", b"x")}}),
    "query-type": ("/v1/annotate", {"params": {"render": "maybe"}, "json": {"text": "note"}}),
    "batch-no-files": ("/v1/batch", {"data": {"x": "1"}}),
}


@pytest.mark.parametrize("case", sorted(CASES_422))
def test_every_422_has_the_same_shape(client: httpx.Client, case: str) -> None:
    path, kwargs = CASES_422[case]
    response = client.post(path, **kwargs)
    assert response.status_code == 422, response.text
    body = response.json()
    assert set(body["error"]) == {"type", "message"}
    assert body["error"]["type"] and body["error"]["message"]
    assert body["request_id"] == response.headers["x-request-id"]
    # a document error also carries its result, whose error block is the same
    result = body.get("result", body if "status" in body else None)
    if result is not None:
        assert result["status"] == "error" and result["error"] == body["error"]


def test_job_timestamps_are_iso_8601_utc(client: httpx.Client) -> None:
    note = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    job = client.post("/v1/batch", files=[("files", ("a.txt", note))]).json()
    created = dt.datetime.fromisoformat(job["created"])
    assert created.tzinfo is not None and created.utcoffset() == dt.timedelta(0)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)", job["created"])
    deadline = time.monotonic() + 120
    while (info := client.get(f"/v1/jobs/{job['id']}").json())["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.2)
    finished = dt.datetime.fromisoformat(info["finished"])
    assert finished >= created
    client.delete(f"/v1/jobs/{job['id']}")


def test_openapi_has_request_and_response_examples(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/v1/check", "/v1/annotate"):
        post = spec["paths"][path]["post"]
        body = post["requestBody"]["content"]["application/json"]
        assert body["examples"]["note"]["value"]["text"] == NOTE
        assert post["responses"]["200"]["content"]["application/json"]["example"]
        examples = post["responses"]["422"]["content"]["application/json"]["examples"]
        assert {"unreadable", "bad_parameter"} <= set(examples)
        for example in examples.values():
            assert {"error", "request_id"} <= set(example["value"])
    job = spec["components"]["schemas"]["JobInfo"]["properties"]["created"]
    assert job["format"] == "date-time"


def test_the_result_example_is_what_the_service_answers(client: httpx.Client) -> None:
    # The example is a real answer (two elements kept), so it cannot drift from the contract.
    CheckResult.model_validate(RESULT_EXAMPLE)
    answer = client.post("/v1/check", json={"text": NOTE, "source": "pasted text"}).json()
    for key in ("status", "billed_code", "complete", "code_check", "risk"):
        assert answer[key] == RESULT_EXAMPLE[key], key
    for element in EXAMPLE_ELEMENTS:
        assert answer["elements"][element] == RESULT_EXAMPLE["elements"][element]
    assert ANNOTATE_EXAMPLE["document"]["text"] == NOTE


def test_docs_pages_load_their_assets_from_the_service(client: httpx.Client) -> None:
    for path in ("/docs", "/redoc"):
        html = client.get(path).text
        urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
        urls += re.findall(r"""url: ?['"]([^'"]+)['"]""", html)
        assert urls, path
        for url in urls:
            assert url.startswith("/"), (path, url)  # nothing from another host
            assert client.get(url).status_code == 200, url
        assert "cdn" not in html.lower()
