"""``POST /v1/batch`` and ``/v1/jobs/{id}``: many documents, checked in the background."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse, Response

from nlp_checker.claims.manifest import read_manifest
from nlp_checker.errors import UsageError
from nlp_checker.profiles.load import load_profiles
from nlp_checker.service.deps import OwnerDep, StoreDep
from nlp_checker.service.jobs import JobInfo
from nlp_checker.service.problems import error_response
from nlp_checker.service.routes.check import ClaimParams

router = APIRouter(prefix="/v1", tags=["batch"])

_NDJSON = "application/x-ndjson"
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such job."}}


@router.post(
    "/batch",
    summary="Start a batch job",
    status_code=202,
    response_model=JobInfo,
    responses={
        401: {"description": "No valid API key."},
        413: {"description": "The batch is over its size or document limit."},
        422: {"description": "No documents, an unreadable archive, or a bad parameter."},
    },
)
async def create_batch(
    request: Request,
    store: StoreDep,
    owner: OwnerDep,
    files: Annotated[list[UploadFile], File(description="Notes, and/or .zip archives of notes.")],
    query: ClaimParams,
    manifest: Annotated[
        UploadFile | None,
        File(description="Claims manifest (CSV or JSONL): each document's claim, by file name."),
    ] = None,
) -> JSONResponse:
    """Store the documents and return the job at once; poll ``GET /v1/jobs/{id}``.

    Each document is checked against its row of the ``manifest`` (matched by its name or the
    end of its path in an archive), else against the claim in the query parameters.
    """
    profiles = load_profiles()
    claims = None
    if manifest is not None:
        data = await manifest.read()
        claims = read_manifest(manifest.filename or "manifest", data)
        for document, claim in claims.claims.items():
            try:
                profiles.resolve(claim)
            except UsageError as exc:
                msg = f"{claims.name} ({document}): {exc}"
                raise UsageError(msg) from exc
    default = query.claim()
    profiles.resolve(default)
    uploads = [(f.filename or "document", f.file) for f in files]
    info = await run_in_threadpool(store.create, uploads, default, claims, owner)
    return JSONResponse(
        info.model_dump(mode="json"), status_code=202, headers={"Location": f"/v1/jobs/{info.id}"}
    )


@router.get(
    "/jobs/{job_id}",
    summary="Job progress (or its JSONL results)",
    response_model=JobInfo,
    responses={
        **_NOT_FOUND,
        200: {"content": {_NDJSON: {}}, "description": "Progress, or results with Accept: ndjson."},
    },
)
async def get_job(job_id: str, request: Request, store: StoreDep, owner: OwnerDep) -> Response:
    """Return the job's progress; with ``Accept: application/x-ndjson``, a done job's results."""
    info = await run_in_threadpool(store.get, job_id, owner)
    if info is None:
        return error_response(request, 404, "not_found", "no such job (it may have expired)")
    if info.status == "done" and _NDJSON in request.headers.get("accept", ""):
        return await get_results(job_id, request, store, owner)
    return JSONResponse(info.model_dump(mode="json"))


@router.get(
    "/jobs/{job_id}/results",
    summary="JSONL results of a finished job",
    response_class=Response,
    responses={
        **_NOT_FOUND,
        200: {"content": {_NDJSON: {}}, "description": "One result contract per line."},
        409: {"description": "The job has not finished yet."},
    },
)
async def get_results(job_id: str, request: Request, store: StoreDep, owner: OwnerDep) -> Response:
    """Return one result contract per line, in upload order."""
    info = await run_in_threadpool(store.get, job_id, owner)
    if info is None:
        return error_response(request, 404, "not_found", "no such job (it may have expired)")
    path = store.results_path(job_id, owner)
    if path is None:
        return error_response(
            request, 409, "not_finished", f"the job is {info.status}: {info.processed}/{info.total}"
        )
    return FileResponse(path, media_type=_NDJSON)


@router.delete(
    "/jobs/{job_id}",
    summary="Delete a job and its files",
    status_code=204,
    responses={**_NOT_FOUND, 409: {"description": "The job is running."}},
)
async def delete_job(job_id: str, request: Request, store: StoreDep, owner: OwnerDep) -> Response:
    """Delete the job's uploads and results now rather than at expiry."""
    deleted = await run_in_threadpool(store.delete, job_id, owner)
    if deleted is None:
        return error_response(request, 404, "not_found", "no such job (it may have expired)")
    if not deleted:
        return error_response(request, 409, "job_running", "the job is running; retry when done")
    return Response(status_code=204)
