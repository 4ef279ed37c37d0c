"""``POST /v1/check`` and ``POST /v1/annotate``: one note in, the result contract out."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile

from nlp_checker.outputs.result import CheckResult
from nlp_checker.service.deps import EngineDep, SettingsDep
from nlp_checker.service.problems import error_response, result_status
from nlp_checker.service.worker import CheckRequest

router = APIRouter(prefix="/v1", tags=["check"])

CodeQuery = Annotated[str, Query(max_length=10, description="Billed CPT code.")]
ModifierQuery = Annotated[
    list[str] | None,
    Query(alias="modifier", max_length=8, description="Billed modifier (repeatable)."),
]


def _unicode(value: str) -> str:
    """Refuse strings that are not Unicode text (JSON can escape a lone surrogate)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        msg = "holds a lone surrogate escape (\\ud800-\\udfff); send valid Unicode text"
        raise ValueError(msg) from None
    return value


Text = Annotated[str, AfterValidator(_unicode)]


class TextBody(BaseModel):
    """A note sent as JSON text."""

    model_config = ConfigDict(extra="forbid")
    text: Text = Field(description="The note text.")
    source: Text = Field("<text>", max_length=200, description="Name echoed in the result.")
    code: Text | None = Field(None, max_length=10, description="Billed CPT code (overrides ?code).")
    modifiers: list[Text] | None = Field(None, max_length=8, description="Overrides ?modifier.")


RENDER_PAGES = 20


class PageInfo(BaseModel):
    """One page: its character range in the text, its size, and its picture if rendered."""

    number: int
    start: int
    end: int
    ocr: bool = False
    width: float | None = None
    height: float | None = None
    image: str | None = None


class DocumentText(BaseModel):
    """The text the evidence offsets point into, with each page's character range."""

    text: str
    media_type: str
    pages: list[PageInfo]


class AnnotatedResult(BaseModel):
    """A result together with the note text its evidence offsets point into."""

    result: CheckResult
    document: DocumentText | None


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "API keys are configured and no valid key was sent."},
    403: {"description": "A browser posted from another web site."},
    413: {"description": "The upload or the note is over the size limit."},
    415: {"description": "Not a note (archive, executable, binary), or a wrong body type."},
    422: {"description": "Unreadable note (empty, corrupt, encrypted, scan) or bad parameter."},
    503: {"description": "Too many checks are in progress; retry after Retry-After seconds."},
    504: {"description": "The check did not finish within the time limit."},
}  # fmt: skip

_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
            "application/json": {"schema": TextBody.model_json_schema()},
        },
    }
}


async def _read_request(
    request: Request, settings: SettingsDep, code: str, modifiers: list[str] | None
) -> CheckRequest | JSONResponse:
    """Turn a multipart upload or a JSON body into a :class:`CheckRequest`."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        try:
            body = TextBody.model_validate(json.loads(await request.body()))
        except (ValueError, ValidationError, RecursionError):  # RecursionError: nested too deep
            return error_response(
                request, 422, "invalid_request",
                'the JSON body must be {"text": "...", "code"?: "...", "modifiers"?: [...]}',
            )  # fmt: skip
        return CheckRequest(
            source=body.source, code=body.code or code,
            modifiers=tuple(body.modifiers if body.modifiers is not None else modifiers or ()),
            text=body.text,
        )  # fmt: skip
    if content_type == "multipart/form-data":
        async with request.form(max_files=1, max_fields=10) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                return error_response(
                    request, 422, "invalid_request", "send the note in a form field named 'file'"
                )
            data = await upload.read(settings.max_upload_bytes + 1)
            name = (upload.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1][:200]
        return CheckRequest(source=name, code=code, modifiers=tuple(modifiers or ()), data=data)
    return error_response(
        request, 415, "unsupported_media_type",
        "send multipart/form-data with a 'file' field, or application/json with 'text'",
    )  # fmt: skip


async def _check(
    request: Request, engine: EngineDep, settings: SettingsDep, code: str,
    modifiers: list[str] | None, include_document: bool, render_pages: int = 0,
) -> tuple[dict[str, Any], dict[str, Any] | None] | JSONResponse:  # fmt: skip
    parsed = await _read_request(request, settings, code, modifiers)
    if isinstance(parsed, JSONResponse):
        return parsed
    # The checker process sees a neutral name: file names may carry patient identifiers, and
    # the checker logs the source of unreadable files.
    neutral = CheckRequest(
        source="upload", code=parsed.code, modifiers=parsed.modifiers, data=parsed.data,
        text=parsed.text, include_document=include_document, render_pages=render_pages,
    )  # fmt: skip
    outcome = await engine.check(neutral)
    outcome.result["source"] = parsed.source
    return outcome.result, outcome.document


@router.post(
    "/check",
    summary="Check one note",
    response_model=CheckResult,
    responses={**_ERRORS, 200: {"description": "The result contract."}},
    openapi_extra=_BODY,
)
async def check(
    request: Request,
    engine: EngineDep,
    settings: SettingsDep,
    code: CodeQuery = "62323",
    modifiers: ModifierQuery = None,
) -> JSONResponse:
    """Check a note sent as a file (multipart ``file``) or as JSON ``{"text": ...}``.

    An unreadable note answers with the result contract, ``status: "error"`` and its
    ``error.type``: 415 for content that is not a note, 413 when too large, 422 otherwise.
    """
    outcome = await _check(request, engine, settings, code, modifiers, include_document=False)
    if isinstance(outcome, JSONResponse):
        return outcome
    result, _ = outcome
    return JSONResponse(result, status_code=result_status(result))


@router.post(
    "/annotate",
    summary="Check one note and return its text",
    response_model=AnnotatedResult,
    responses={**_ERRORS, 200: {"description": "The result and the note text."}},
    openapi_extra=_BODY,
)
async def annotate(
    request: Request,
    engine: EngineDep,
    settings: SettingsDep,
    code: CodeQuery = "62323",
    modifiers: ModifierQuery = None,
    render: Annotated[
        bool, Query(description="Also render PDF pages (first 20) as PNG data URLs.")
    ] = False,
) -> JSONResponse:
    """Like ``/v1/check``, plus the extracted note text (with page ranges) for highlighting.

    With ``render=true`` each PDF page also carries ``image``, a PNG data URL; evidence
    ``bbox`` values are in the page's ``width`` x ``height`` units, origin top-left.
    """
    outcome = await _check(
        request, engine, settings, code, modifiers, include_document=True,
        render_pages=RENDER_PAGES if render else 0,
    )  # fmt: skip
    if isinstance(outcome, JSONResponse):
        return outcome
    result, document = outcome
    return JSONResponse({"result": result, "document": document}, status_code=result_status(result))
