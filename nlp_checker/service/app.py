"""``create_app()``: the FastAPI application, its lifespan, routers and the web page."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from nlp_checker import __version__
from nlp_checker.lifeline import exit_with_parent
from nlp_checker.service import problems
from nlp_checker.service.deps import require_api_key
from nlp_checker.service.engine import CheckEngine
from nlp_checker.service.jobs import JobStore
from nlp_checker.service.middleware import ServiceMiddleware
from nlp_checker.service.routes import batch, check, meta
from nlp_checker.service.settings import ServiceSettings
from nlp_checker.service.worker import WorkerLimits

log = logging.getLogger(__name__)

STATIC_DIR = Path(str(files("nlp_checker.service").joinpath("static")))
_ORPHAN_GRACE = 10.0
# Swagger UI and ReDoc as shipped by the fastapi-offline package: the docs pages load nothing
# from outside the service.
DOCS_ASSETS = Path(str(files("fastapi_offline").joinpath("static")))
DOCS_ASSETS_URL = "/docs-assets"
# The docs pages may load only from this origin (ReDoc would otherwise fetch its logo from a CDN).
_DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline' blob:; worker-src 'self' blob:; connect-src 'self'; "
    "font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"
)

_DESCRIPTION = """Checks CPT 62323 procedure notes for what payers require.

Send a note to `POST /v1/check` (multipart `file`, or JSON `{"text": ...}`) and get the result
contract back. When API keys are configured, send one in `X-API-Key` or `Authorization: Bearer`.
Errors answer with `error.type` and `error.message`; every response has an `X-Request-ID`.
"""


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = _DOCS_CSP
    return page


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """Build the service.

    Parameters
    ----------
    settings : ServiceSettings, optional
        Defaults to :meth:`ServiceSettings.from_env`.

    Returns
    -------
    FastAPI
        The app; its lifespan starts the checker process and the batch job runner.
    """
    settings = settings or ServiceSettings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        limits = WorkerLimits(
            max_bytes=settings.max_upload_bytes,
            max_chars=settings.max_chars,
            max_pages=settings.max_pages,
            # Reading (OCR included) gets most of the budget and stops itself with a
            # `time_limit` error; the engine's kill is the backstop for the pipeline.
            max_seconds=settings.request_timeout * 0.8,
        )
        engine = CheckEngine(limits, settings.max_pending, settings.request_timeout)
        store = JobStore(
            settings.state_dir, engine, settings.job_ttl,
            settings.max_batch_files, settings.max_batch_bytes,
        )  # fmt: skip
        app.state.engine, app.state.store = engine, store
        # The checker loads in the background: /healthz answers at once, /readyz once loaded.
        engine.start()
        store.start()
        # A `serve --workers N` worker stops (gracefully, then for sure) when its supervisor
        # dies, so that a killed supervisor does not leave workers holding the port.
        exit_with_parent(grace=_ORPHAN_GRACE)
        log.info("service started; API keys %s", "required" if settings.api_keys else "not set")
        try:
            yield
        finally:
            store.stop()
            engine.stop()

    app = FastAPI(
        title="nlp-checker",
        version=__version__,
        description=_DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    problems.install(app)

    def body_limit(path: str) -> int:
        return settings.max_batch_bytes if path == "/v1/batch" else settings.max_upload_bytes

    app.add_middleware(
        ServiceMiddleware, body_limit=body_limit, allowed_hosts=settings.allowed_hosts
    )
    secured = [Depends(require_api_key)]
    app.include_router(check.router, dependencies=secured)
    app.include_router(batch.router, dependencies=secured)
    app.include_router(meta.v1, dependencies=secured)
    app.include_router(meta.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount(DOCS_ASSETS_URL, StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return _offline(
            get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="nlp-checker API",
                swagger_js_url=f"{DOCS_ASSETS_URL}/swagger-ui-bundle.js",
                swagger_css_url=f"{DOCS_ASSETS_URL}/swagger-ui.css",
                swagger_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png",
            )
        )

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return _offline(
            get_redoc_html(
                openapi_url="/openapi.json",
                title="nlp-checker API",
                redoc_js_url=f"{DOCS_ASSETS_URL}/redoc.standalone.js",
                redoc_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png",
                with_google_fonts=False,
            )
        )

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    return app
