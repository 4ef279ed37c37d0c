"""In-process checks of ``create_app()`` (TestClient runs the lifespan) and of the settings."""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from nlp_checker.errors import UsageError
from nlp_checker.service.app import create_app
from nlp_checker.service.settings import ServiceSettings
from tests.service.conftest import NOTES

with warnings.catch_warnings():
    # Starlette 1.10 asks for the httpx2 package in its TestClient; httpx works the same here.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def app_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = ServiceSettings(
        api_keys=frozenset({"k1"}),
        state_dir=tmp_path_factory.mktemp("app"),
        max_upload_bytes=50_000,
    )
    with TestClient(create_app(settings)) as client:
        deadline = time.monotonic() + 60
        while client.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        yield client


def test_app_check_with_key(app_client: TestClient) -> None:
    data = (NOTES / "dev01_ehr_banner.txt").read_bytes()
    response = app_client.post(
        "/v1/check", files={"file": ("a.txt", data)}, headers={"X-API-Key": "k1"}
    )
    assert response.status_code == 200
    assert response.json()["source"] == "a.txt"


def test_app_key_and_size_limits(app_client: TestClient) -> None:
    assert app_client.post("/v1/check", json={"text": "x"}).status_code == 401
    big = {"text": "VAS 7/10 " * 10_000}
    response = app_client.post("/v1/check", json=big, headers={"X-API-Key": "k1"})
    assert response.status_code == 413


def test_app_unknown_path_uses_error_envelope(app_client: TestClient) -> None:
    response = app_client.get("/nope")
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "not_found"


def test_settings_defaults_are_safe() -> None:
    settings = ServiceSettings.from_env({})
    assert settings.api_keys == frozenset()
    assert settings.max_pending >= 1
    assert settings.request_timeout > 0


def test_settings_read_keys_and_numbers(tmp_path: Path) -> None:
    # Arrange
    keys = tmp_path / "keys"
    keys.write_text("file-key\n\n", encoding="utf-8")
    env = {
        "NLP_CHECKER_API_KEYS": " a , b ,",
        "NLP_CHECKER_API_KEYS_FILE": str(keys),
        "NLP_CHECKER_MAX_PENDING": "3",
        "NLP_CHECKER_REQUEST_TIMEOUT": "2.5",
        "NLP_CHECKER_STATE_DIR": str(tmp_path / "state"),
    }
    # Act
    settings = ServiceSettings.from_env(env)
    # Assert
    assert settings.api_keys == {"a", "b", "file-key"}
    assert (settings.max_pending, settings.request_timeout) == (3, 2.5)
    assert settings.state_dir == tmp_path / "state"


@pytest.mark.parametrize(
    "env",
    [
        {"NLP_CHECKER_MAX_PENDING": "0"},
        {"NLP_CHECKER_REQUEST_TIMEOUT": "nan"},
        {"NLP_CHECKER_MAX_UPLOAD_BYTES": "ten"},
        {"NLP_CHECKER_API_KEYS_FILE": "/nonexistent/keys"},
    ],
    ids=["zero", "nan", "word", "missing-file"],
)
def test_settings_reject_bad_values(env: dict[str, str]) -> None:
    with pytest.raises(UsageError, match="NLP_CHECKER_"):
        ServiceSettings.from_env(env)


@pytest.mark.parametrize(
    ("error_type", "status"),
    [
        (None, 200),
        ("unsupported_format", 415),
        ("binary_content", 415),
        ("too_large", 413),
        ("empty_input", 422),
        ("no_text_layer", 422),
        ("time_limit", 422),
        ("internal_error", 500),
    ],
)
def test_problems_result_status(error_type: str | None, status: int) -> None:
    from nlp_checker.service.problems import result_status

    result = (
        {"status": "ok"}
        if error_type is None
        else {"status": "error", "error": {"type": error_type}}
    )
    assert result_status(result) == status
