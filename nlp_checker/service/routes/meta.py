"""``GET /v1/elements``, ``/healthz`` and ``/readyz``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from nlp_checker.service.deps import EngineDep, StoreDep
from nlp_checker.service.problems import error_response

router = APIRouter(tags=["meta"])
v1 = APIRouter(prefix="/v1", tags=["meta"])


class ElementInfo(BaseModel):
    """One element: what it is, which codes require it, what to add, its risk weights."""

    id: str
    title: str
    required: bool
    required_by: dict[str, list[str]]
    source: str
    fix: str
    weights: dict[str, Any] | None


class Catalogue(BaseModel):
    """The element catalogue with the versions and profiles in use."""

    rules_version: str | None
    weights_version: str
    default_procedure: str
    profiles: dict[str, Any]
    elements: list[ElementInfo]
    issues: dict[str, Any]


@v1.get(
    "/elements",
    summary="The element catalogue",
    response_model=Catalogue,
    responses={503: {"description": "The checker is still loading."}},
)
async def elements(request: Request, engine: EngineDep) -> Any:
    """Return every element with its rule source, fix text, risk weights and requiring codes.

    It comes from the checker process (the rules and profiles it loaded), once it is ready.
    """
    if engine.catalogue is None:
        return error_response(request, 503, "loading", "the checker is still loading; retry")
    return Catalogue.model_validate(engine.catalogue)


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
