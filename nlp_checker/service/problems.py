"""Translate checker errors to HTTP answers; the only place that picks status codes.

Every error body carries ``{"error": {"type", "message"}, "request_id"}`` at its top level, so a
422 (or any other error) always has that shape. When the error concerns a document (it could not
be read), the body is also the result contract (``/v1/check``) or ``{result, document}``
(``/v1/annotate``), whose ``error`` block is the same.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from nlp_checker.errors import CheckerError, UsageError
from nlp_checker.service.engine import CheckTimeoutError, EngineFailureError, OverloadedError

log = logging.getLogger(__name__)

# error.type of an unreadable document -> HTTP status
INPUT_STATUS = {"unsupported_format": 415, "binary_content": 415, "too_large": 413}
INPUT_DEFAULT_STATUS = 422


def error_payload(request: Request, type_: str, message: str) -> dict[str, Any]:
    """Return the error envelope with the request id."""
    request_id = getattr(request.state, "request_id", None) or request.scope.get("state", {}).get(
        "request_id", "-"
    )
    return {"error": {"type": type_, "message": message}, "request_id": request_id}


class ErrorDetail(BaseModel):
    """What went wrong: a stable type and a message a person can read."""

    type: str = Field(examples=["corrupt_pdf"])
    message: str = Field(examples=["the PDF cannot be opened; re-export or re-scan it"])


class Problem(BaseModel):
    """The shape every error answer has (a document error also carries the result)."""

    model_config = ConfigDict(extra="allow")
    error: ErrorDetail
    request_id: str = Field(examples=["3f2a9c1e0b7d4e55"])


def with_envelope(request: Request, body: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    """Add the error envelope's ``error`` and ``request_id`` to a document error's body."""
    error = result.get("error") or {}
    envelope = error_payload(request, str(error.get("type", "")), str(error.get("message", "")))
    return {**body, **envelope}


def error_response(
    request: Request,
    status: int,
    type_: str,
    message: str,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """Return an error envelope response."""
    payload = error_payload(request, type_, message)
    return JSONResponse(payload, status_code=status, headers=dict(headers) if headers else None)


def result_status(result: dict[str, Any]) -> int:
    """Return the HTTP status for a result contract: 200, or what its input error means."""
    if result.get("status") != "error":
        return 200
    error_type = (result.get("error") or {}).get("type", "")
    if error_type == "internal_error":
        # A checker bug, not a bad note: a 500 keeps it visible (the fuzz test looks for these).
        return 500
    return INPUT_STATUS.get(error_type, INPUT_DEFAULT_STATUS)


def checker_error_response(request: Request, exc: CheckerError) -> JSONResponse:
    """Map a checker or engine error to its status code."""
    if isinstance(exc, OverloadedError):
        engine = request.app.state.engine
        retry = str(engine.retry_after())
        return error_response(request, 503, exc.code, str(exc), {"Retry-After": retry})
    if isinstance(exc, CheckTimeoutError):
        return error_response(request, 504, exc.code, str(exc))
    if isinstance(exc, EngineFailureError):
        log.error("checker failure: %s", exc)
        return error_response(request, 500, exc.code, str(exc))
    if isinstance(exc, UsageError):
        return error_response(request, 422, exc.code, str(exc))
    status = INPUT_STATUS.get(exc.code, INPUT_DEFAULT_STATUS)
    return error_response(request, status, exc.code, str(exc))


def _validation_message(exc: RequestValidationError) -> str:
    # Only locations and messages: pydantic's ``input`` may hold note text.
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "the request is invalid"


def install(app: FastAPI) -> None:
    """Register the exception handlers on ``app``."""

    async def on_checker_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, CheckerError)
        return checker_error_response(request, exc)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request, 422, "invalid_request", _validation_message(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        kind = {401: "unauthorized", 404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code, "http_error"
        )
        return error_response(request, exc.status_code, kind, str(exc.detail), exc.headers)

    async def on_unhandled(request: Request, exc: Exception) -> Response:
        # The type only: messages of unexpected exceptions may quote the input.
        log.error("unhandled %s", type(exc).__name__)
        return error_response(
            request, 500, "internal_error", "internal error; report it with the request id"
        )

    app.add_exception_handler(CheckerError, on_checker_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unhandled)
