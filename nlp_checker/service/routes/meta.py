"""``GET /v1/elements``, ``/healthz`` and ``/readyz``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from nlp_checker.outputs import words
from nlp_checker.service.deps import EngineDep, StoreDep
from nlp_checker.service.problems import error_response

router = APIRouter(tags=["meta"])
v1 = APIRouter(prefix="/v1", tags=["meta"])


class ElementInfo(BaseModel):
    """One element: what it is, which codes require it, what to add, its risk weights."""

    id: str
    title: str
    short_title: str
    required: bool
    required_by: dict[str, list[str]]
    source: str
    citation: str
    fix: str
    # What a coder asks the physician to document when the element is not present.
    query: str
    weights: dict[str, Any] | None
    # What a person reads for the risk driver of this element: its source as a citation.
    risk_citation: str | None = None


class Catalogue(BaseModel):
    """The element catalogue with the versions and profiles in use."""

    rules_version: str | None
    weights_version: str
    default_procedure: str
    profiles: dict[str, Any]
    elements: list[ElementInfo]
    issues: dict[str, Any]
    # Issue weights by issue code, with a title and a readable citation (risk drivers of the code
    # check and claim issues are named by these codes).
    code: dict[str, Any]
    # The risk level cut-offs and what the score is.
    levels: dict[str, float]
    risk_explained: str
    # The frame of a provider query ({code} is the billed code).
    query_intro: str
    query_closing: str
    # Issue codes (claim issues among them) with the title a person reads.
    issue_titles: dict[str, str] = {}
    issue_channels: dict[str, str | None] = {}
    # Risk drivers that are not elements (``code:...``, ``claim:...``) with their titles.
    driver_titles: dict[str, str] = {}
    # OCR word confidence (0-100) under which a quote is marked for a person to check.
    ocr_min_confidence: float = 50.0


@v1.get(
    "/elements",
    summary="The element catalogue",
    response_model=Catalogue,
    responses={503: {"description": "The checker is still loading."}},
)
async def elements(request: Request, engine: EngineDep) -> Any:
    """Return every element with its title, citation, fix text, provider query and risk weights.

    It comes from the checker process (the rules and profiles it loaded), once it is ready.
    """
    if engine.catalogue is None:
        return error_response(request, 503, "loading", "the checker is still loading; retry")
    data = dict(engine.catalogue)
    data["elements"] = [
        {
            **item,
            "short_title": words.short_title(item["id"]),
            "citation": words.cite(item["source"]),
            "query": words.query(item["id"]),
            "risk_citation": words.cite(item["weights"]["source"])
            if item.get("weights") and item["weights"].get("source")
            else None,
        }
        for item in data["elements"]
    ]
    issues = data.get("issues") or {}
    data["code"] = {
        name: {
            **weight,
            "title": words.title(name),
            "citation": words.cite(weight.get("source", "")),
        }
        for name, weight in issues.items()
        if isinstance(weight, dict)
    }
    data.setdefault("levels", {})
    data["risk_explained"] = f"{words.RISK_EXPLAINED} {words.levels_text()}"
    data["query_intro"], data["query_closing"] = words.query_frame()
    data["issue_titles"] = words.issue_titles()
    data["issue_channels"] = words.issue_channels()
    data["driver_titles"] = words.driver_titles()
    data["ocr_min_confidence"] = words.OCR_MIN_CONFIDENCE
    return Catalogue.model_validate(data)


@router.get("/healthz", summary="Liveness")
async def healthz() -> dict[str, str]:
    """Answer as long as the process serves HTTP."""
    return {"status": "ok"}


@router.get(
    "/readyz",
    summary="Readiness (checker loaded)",
    responses={503: {"description": "The checker is still loading or restarting."}},
)
async def readyz(request: Request, engine: EngineDep, store: StoreDep) -> JSONResponse:
    """Return 200 once the checker process is loaded and the job runner is alive."""
    ready = engine.ready and store.alive
    body = {"status": "ready" if ready else "loading", "checker": engine.ready, "jobs": store.alive}
    return JSONResponse(body, status_code=200 if ready else 503)
