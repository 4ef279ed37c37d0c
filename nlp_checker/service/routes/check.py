"""``POST /v1/check`` and ``POST /v1/annotate``: one note in, the result contract out."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from starlette.datastructures import UploadFile

from nlp_checker.claims.model import DEFAULT_CODE, Claim, parse_claim
from nlp_checker.errors import UsageError
from nlp_checker.outputs.result import CheckResult
from nlp_checker.service.deps import EngineDep, SettingsDep
from nlp_checker.service.examples import ANNOTATE_EXAMPLE, RESULT_EXAMPLE, TEXT_EXAMPLE
from nlp_checker.service.problems import Problem, error_response, result_status, with_envelope
from nlp_checker.service.worker import CheckRequest

router = APIRouter(prefix="/v1", tags=["check"])


class ClaimQuery(BaseModel):
    """The claim as query parameters (one line: the code, its units and modifiers)."""

    code: str | None = Field(None, max_length=10, description="Billed CPT code [62323].")
    modifier: list[str] = Field([], max_length=8, description="Billed modifier (repeatable).")
    units: int | None = Field(None, ge=1, le=999, description="Units of the code.")
    icd10: list[str] = Field([], max_length=12, description="ICD-10-CM diagnosis (repeatable).")
    payer: str | None = Field(
        None, max_length=50, description="Payer profile id (medicare, medicare:JF, ...)."
    )
    state: str | None = Field(None, max_length=2, description="The patient's state.")
    dos: str | None = Field(None, max_length=10, description="Date of service, YYYY-MM-DD.")
    pos: str | None = Field(None, max_length=2, description="Place of service code.")
    prior_auth: str | None = Field(None, max_length=50, description="Prior-authorization no.")

    def given(self) -> bool:
        """Return whether any claim parameter was sent."""
        return any(v not in (None, []) for v in self.model_dump().values())

    def claim(self) -> Claim:
        """Return the claim these parameters describe (default code 62323).

        Raises
        ------
        UsageError
            When a value is not valid.
        """
        return Claim.billed(
            self.code or DEFAULT_CODE, [m for m in self.modifier if m.strip()], units=self.units,
            icd10=self.icd10, payer=self.payer, state=self.state, date_of_service=self.dos,
            place_of_service=self.pos, prior_auth=self.prior_auth,
        )  # fmt: skip


ClaimParams = Annotated[ClaimQuery, Query()]


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
    """A note sent as JSON text, with its claim (or the code and modifiers) if any."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [TEXT_EXAMPLE]})
    text: Text = Field(description="The note text.")
    source: Text = Field("<text>", max_length=200, description="Name echoed in the result.")
    code: Text | None = Field(None, max_length=10, description="Billed CPT code (overrides ?code).")
    modifiers: list[Text] | None = Field(None, max_length=8, description="Overrides ?modifier.")
    claim: dict[str, Any] | None = Field(
        None, description="The whole claim (schema/claim.schema.json); replaces the claim fields."
    )


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


_PROBLEM = {"model": Problem}
_UNREADABLE = {
    "error": {"type": "corrupt_pdf", "message": "the PDF cannot be opened; re-export it"},
    "request_id": "3f2a9c1e0b7d4e55", "status": "error", "source": "note.pdf",
}  # fmt: skip
_BAD_PARAMETER = {
    "error": {"type": "usage_error", "message": "unknown billed code '99999'; use one of ..."},
    "request_id": "3f2a9c1e0b7d4e56",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {**_PROBLEM, "description": "API keys are configured and no valid key was sent."},
    403: {**_PROBLEM, "description": "A browser posted from another web site."},
    413: {**_PROBLEM, "description": "The upload or the note is over the size limit."},
    415: {**_PROBLEM, "description": "Not a note (archive, executable, binary), or wrong body."},
    422: {
        **_PROBLEM,
        "description": (
            "Unreadable note (empty, corrupt, encrypted, scan without OCR) or a bad parameter. "
            "Always `error.type`, `error.message` and `request_id`; an unreadable note's answer "
            "also carries its result."
        ),
        "content": {"application/json": {"examples": {
            "unreadable": {"summary": "A corrupt PDF (abridged)", "value": _UNREADABLE},
            "bad_parameter": {"summary": "An unknown billed code", "value": _BAD_PARAMETER},
        }}},
    },
    503: {**_PROBLEM, "description": "Too many checks in progress; retry after Retry-After."},
    504: {**_PROBLEM, "description": "The check did not finish within the time limit."},
}  # fmt: skip

_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "claim": {"type": "string", "description": "The claim as JSON."},
                    },
                }
            },
            "application/json": {
                "schema": TextBody.model_json_schema(),
                "examples": {"note": {"summary": "A pasted note", "value": TEXT_EXAMPLE}},
            },
        },
    }
}


def _claim(
    query: ClaimQuery, claim: dict[str, Any] | None, code: str | None = None,
    modifiers: list[str] | None = None,
) -> dict[str, Any] | None:  # fmt: skip
    """Return the request's claim as JSON data (None: the default claim).

    Raises
    ------
    UsageError
        When the claim is given twice or a value is not valid.
    """
    if claim is not None:
        if query.given() or code is not None or modifiers is not None:
            msg = "send the claim either whole ('claim') or as fields (code, modifier...), not both"
            raise UsageError(msg)
        return parse_claim(claim).model_dump(mode="json")
    if code is not None:
        query = query.model_copy(update={"code": code})
    if modifiers is not None:
        query = query.model_copy(update={"modifier": modifiers})
    return query.claim().model_dump(mode="json") if query.given() else None


async def _read_request(
    request: Request, settings: SettingsDep, query: ClaimQuery
) -> CheckRequest | JSONResponse:
    """Turn a multipart upload or a JSON body into a :class:`CheckRequest`."""
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        try:
            body = TextBody.model_validate(json.loads(await request.body()))
        except (ValueError, ValidationError, RecursionError):  # RecursionError: nested too deep
            return error_response(
                request, 422, "invalid_request",
                'the JSON body must be {"text": "...", "claim"?: {...}} '
                '(or "code"?: "...", "modifiers"?: [...])',
            )  # fmt: skip
        claim = _claim(query, body.claim, body.code, body.modifiers)
        return CheckRequest(source=body.source, claim=claim, text=body.text)
    if content_type == "multipart/form-data":
        async with request.form(max_files=1, max_fields=10) as form:
            upload = form.get("file")
            if not isinstance(upload, UploadFile):
                return error_response(
                    request, 422, "invalid_request", "send the note in a form field named 'file'"
                )
            raw_claim = form.get("claim")
            data = await upload.read(settings.max_upload_bytes + 1)
            name = (upload.filename or "upload").replace("\\", "/").rsplit("/", 1)[-1][:200]
        given = None
        if isinstance(raw_claim, str) and raw_claim.strip():
            try:
                given = json.loads(raw_claim)
            except ValueError:
                return error_response(request, 422, "usage_error", "the 'claim' field is not JSON")
        return CheckRequest(source=name, claim=_claim(query, given), data=data)
    return error_response(
        request, 415, "unsupported_media_type",
        "send multipart/form-data with a 'file' field, or application/json with 'text'",
    )  # fmt: skip


async def _check(
    request: Request, engine: EngineDep, settings: SettingsDep, query: ClaimQuery,
    include_document: bool, render_pages: int = 0,
) -> tuple[dict[str, Any], dict[str, Any] | None] | JSONResponse:  # fmt: skip
    parsed = await _read_request(request, settings, query)
    if isinstance(parsed, JSONResponse):
        return parsed
    # The checker process sees a neutral name: file names may carry patient identifiers, and
    # the checker logs the source of unreadable files.
    neutral = CheckRequest(
        source="upload", claim=parsed.claim, data=parsed.data, text=parsed.text,
        include_document=include_document, render_pages=render_pages,
    )  # fmt: skip
    outcome = await engine.check(neutral)
    outcome.result["source"] = parsed.source
    return outcome.result, outcome.document


@router.post(
    "/check",
    summary="Check one note",
    response_model=CheckResult,
    responses={
        **_ERRORS,
        200: {
            "description": "The result contract.",
            "content": {"application/json": {"example": RESULT_EXAMPLE}},
        },
    },
    openapi_extra=_BODY,
)
async def check(
    request: Request,
    engine: EngineDep,
    settings: SettingsDep,
    query: ClaimParams,
) -> JSONResponse:
    """Check a note sent as a file (multipart ``file``) or as JSON ``{"text": ...}``.

    The claim comes as query parameters, as ``claim`` in the JSON body, or as a ``claim`` form
    field holding JSON (schema/claim.schema.json); without one, 62323 billed to Medicare.

    An unreadable note answers with the result contract, ``status: "error"`` and its
    ``error.type``: 415 for content that is not a note, 413 when too large, 422 otherwise.
    """
    outcome = await _check(request, engine, settings, query, include_document=False)
    if isinstance(outcome, JSONResponse):
        return outcome
    result, _ = outcome
    status = result_status(result)
    body = with_envelope(request, result, result) if status >= 400 else result
    return JSONResponse(body, status_code=status)


@router.post(
    "/annotate",
    summary="Check one note and return its text",
    response_model=AnnotatedResult,
    responses={
        **_ERRORS,
        200: {
            "description": "The result and the note text.",
            "content": {"application/json": {"example": ANNOTATE_EXAMPLE}},
        },
    },
    openapi_extra=_BODY,
)
async def annotate(
    request: Request,
    engine: EngineDep,
    settings: SettingsDep,
    query: ClaimParams,
    render: Annotated[
        bool, Query(description="Also render PDF pages (first 20) as PNG data URLs.")
    ] = False,
) -> JSONResponse:
    """Like ``/v1/check``, plus the extracted note text (with page ranges) for highlighting.

    With ``render=true`` each PDF page also carries ``image``, a PNG data URL; evidence
    ``bbox`` values are in the page's ``width`` x ``height`` units, origin top-left.
    """
    outcome = await _check(
        request, engine, settings, query, include_document=True,
        render_pages=RENDER_PAGES if render else 0,
    )  # fmt: skip
    if isinstance(outcome, JSONResponse):
        return outcome
    result, document = outcome
    status = result_status(result)
    body: dict[str, Any] = {"result": result, "document": document}
    return JSONResponse(
        with_envelope(request, body, result) if status >= 400 else body, status_code=status
    )
