"""``GET /v1/elements``, ``/healthz`` and ``/readyz``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from nlp_checker.elements.catalogue import catalogue
from nlp_checker.outputs import words
from nlp_checker.scoring.risk import load_model
from nlp_checker.service.deps import EngineDep, StoreDep

router = APIRouter(tags=["meta"])
v1 = APIRouter(prefix="/v1", tags=["meta"])


class ElementInfo(BaseModel):
    """One element: what it is, where the rule comes from, what to add, its risk weights."""

    id: str
    title: str
    short_title: str
    required: bool
    source: str
    citation: str
    fix: str
    # What a coder asks the physician to document when the element is not present.
    query: str
    weights: dict[str, Any] | None
    # What a person reads for the risk driver of this element: its source as a citation.
    risk_citation: str | None = None


class Catalogue(BaseModel):
    """The element catalogue with the versions in use."""

    rules_version: str | None
    weights_version: str
    elements: list[ElementInfo]
    code: dict[str, Any]
    # The risk level cut-offs and what the score is.
    levels: dict[str, float]
    risk_explained: str
    # The frame of a provider query ({code} is the billed code).
    query_intro: str
    query_closing: str


@v1.get("/elements", summary="The element catalogue", response_model=Catalogue)
async def elements(engine: EngineDep) -> Catalogue:
    """Return every element with its title, rule source and citation, fix text and weights."""
    model = load_model()
    return Catalogue(
        rules_version=engine.versions.get("rules_version"),
        weights_version=model.version,
        elements=[
            ElementInfo(
                **spec.model_dump(),
                short_title=words.short_title(spec.id),
                citation=words.cite(spec.source),
                query=words.query(spec.id),
                weights=w.model_dump() if (w := model.elements.get(spec.id)) else None,
                risk_citation=words.cite(w.source) if w else None,
            )
            for spec in catalogue()
        ],
        code={
            name: {
                **weight.model_dump(),
                "title": words.title(f"code:{name}"),
                "citation": words.cite(weight.source),
            }
            for name, weight in model.code.items()
        },
        levels=model.levels,
        risk_explained=f"{words.RISK_EXPLAINED} {words.levels_text()}",
        query_intro=words.query_frame()[0],
        query_closing=words.query_frame()[1],
    )


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
