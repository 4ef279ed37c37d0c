"""FastAPI dependencies: settings, the engine, the job store and the API-key check."""

from __future__ import annotations

import hashlib
import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from nlp_checker.service.engine import CheckEngine
from nlp_checker.service.jobs import JobStore
from nlp_checker.service.settings import ServiceSettings

_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)
_bearer = HTTPBearer(auto_error=False)


def get_settings(request: Request) -> ServiceSettings:
    """Return the app's settings."""
    settings: ServiceSettings = request.app.state.settings
    return settings


def get_engine(request: Request) -> CheckEngine:
    """Return the app's check engine."""
    engine: CheckEngine = request.app.state.engine
    return engine


def get_store(request: Request) -> JobStore:
    """Return the app's job store."""
    store: JobStore = request.app.state.store
    return store


SettingsDep = Annotated[ServiceSettings, Depends(get_settings)]
EngineDep = Annotated[CheckEngine, Depends(get_engine)]
StoreDep = Annotated[JobStore, Depends(get_store)]


def require_api_key(
    settings: SettingsDep,
    api_key: Annotated[str | None, Security(_api_key_header)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> str | None:
    """Refuse the request (401) when API keys are configured and none of them was sent.

    The key goes in ``X-API-Key`` or as ``Authorization: Bearer <key>``. Returns the key that
    was accepted, or None when no keys are configured.
    """
    if not settings.api_keys:
        return None
    offered = api_key or (bearer.credentials if bearer else None)
    if offered is not None:
        given = offered.encode("utf-8", "replace")
        # Compare with every key so the time taken does not tell which one nearly matched.
        matches = [key for key in settings.api_keys if secrets.compare_digest(given, key.encode())]
        if matches:
            return matches[0]
    raise HTTPException(
        status_code=401,
        detail="a valid API key is required: send it in X-API-Key or Authorization: Bearer",
        headers={"WWW-Authenticate": "Bearer"},
    )


OPEN_OWNER = "open"


def job_owner(key: Annotated[str | None, Depends(require_api_key)]) -> str:
    """Return who owns the jobs this request may see: a fingerprint of its API key.

    Jobs belong to the key that created them; without configured keys every job belongs to
    ``"open"``. Only the fingerprint is stored with a job, never the key.
    """
    if key is None:
        return OPEN_OWNER
    return hashlib.sha256(b"nlp-checker job owner\0" + key.encode("utf-8")).hexdigest()


OwnerDep = Annotated[str, Depends(job_owner)]
