"""ASGI middleware: request ids and access log lines, body size limits, security headers.

Also the ``Host`` check (the configured names only, against DNS rebinding) and
``Cache-Control: no-store`` on every API response, since they carry note content.

Log lines carry the request id, method, route path, status and duration: never the body, the
query string or file names, which may hold note text or patient identifiers.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("nlp_checker.service.access")

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")

_INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
# Probes of a load balancer carry no note content and may use any name.
_ANY_HOST_PATHS = frozenset({"/healthz", "/readyz"})
_CLIENT_GONE = 499

# The page and its script only talk to this origin; the docs pages load their own assets.
_PAGE_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


class RequestIdFilter(logging.Filter):
    """Add ``request_id`` to every log record (``-`` outside a request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Attach the current request id."""
        record.request_id = request_id_var.get()
        return True


def error_body(request_id: str, type_: str, message: str) -> bytes:
    """Return the JSON error envelope every non-contract error uses."""
    payload = {"error": {"type": type_, "message": message}, "request_id": request_id}
    return json.dumps(payload).encode("utf-8")


class _BodyTooLargeError(Exception):
    pass


def _host_name(host: str) -> str:
    """Return the name part of a ``Host`` header: no port, lower case (``[::1]:80`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _cross_origin(method: str, headers: dict[bytes, bytes]) -> bool:
    """Whether a browser sent this state-changing request from another site.

    Browsers send ``Origin`` on cross-site POSTs, and a plain HTML form can post multipart to a
    service on localhost without any CORS preflight; the service's own page has the same origin.
    """
    if method in {"GET", "HEAD", "OPTIONS"}:
        return False
    origin = headers.get(b"origin")
    if origin is None:
        return False
    host = headers.get(b"host", b"").decode("latin-1").lower()
    return urlsplit(origin.decode("latin-1").lower()).netloc != host


class ServiceMiddleware:
    """Request ids, access log, body limits and security headers in one pass.

    Parameters
    ----------
    app : ASGIApp
        The wrapped application.
    body_limit : callable
        Returns the byte limit for a request path.
    allowed_hosts : frozenset of str
        Names the ``Host`` header may carry (port ignored); empty or ``*``: any.
    """

    def __init__(
        self,
        app: ASGIApp,
        body_limit: Callable[[str], int],
        allowed_hosts: frozenset[str] = frozenset(),
    ) -> None:
        self.app = app
        self.body_limit = body_limit
        names = frozenset(_host_name(name) for name in allowed_hosts)
        self.allowed_hosts = frozenset() if "*" in names else names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Handle one HTTP request."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _INCOMING_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        path: str = scope.get("path", "")
        status = {"code": 0, "sent": False, "over": False, "gone": False}
        limit = self.body_limit(path)

        async def send_wrapper(message: Message) -> None:
            if status["over"]:
                # The body went over the limit while the app read it; whatever the app made of
                # the cut-off body (FastAPI says 400), the answer is 413.
                if message["type"] == "http.response.start" and not status["sent"]:
                    await self._too_large(send_headers, request_id, limit)
                return
            await send_headers(message)

        async def send_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"], status["sent"] = message["status"], True
                extra = [
                    (b"x-request-id", request_id.encode()),
                    (b"x-content-type-options", b"nosniff"),
                ]
                if path.startswith("/v1/"):
                    # Results quote the note: no browser or proxy cache may keep them.
                    extra.append((b"cache-control", b"no-store"))
                if path == "/" or path.startswith("/static/"):
                    extra += [
                        (b"content-security-policy", _PAGE_CSP.encode()),
                        (b"referrer-policy", b"no-referrer"),
                    ]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        received = 0

        async def receive_wrapper() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    status["over"] = True
                    raise _BodyTooLargeError
            elif message["type"] == "http.disconnect" and not status["sent"]:
                status["gone"] = True
            return message

        try:
            declared = headers.get(b"content-length")
            host = _host_name(headers.get(b"host", b"").decode("latin-1"))
            if (
                self.allowed_hosts
                and path not in _ANY_HOST_PATHS
                and host not in self.allowed_hosts
            ):
                await self._refuse(
                    send_headers, request_id, 400, "invalid_host",
                    "the Host header is not a name this service is configured for",
                )  # fmt: skip
            elif _cross_origin(scope.get("method", "GET"), headers):
                await self._refuse(
                    send_headers, request_id, 403, "cross_origin",
                    "requests from other web sites are refused; call the API directly",
                )  # fmt: skip
            elif declared is not None and declared.isdigit() and int(declared) > limit:
                await self._too_large(send_headers, request_id, limit)
            else:
                await self.app(scope, receive_wrapper, send_wrapper)
        except _BodyTooLargeError:
            if not status["sent"]:
                await self._too_large(send_headers, request_id, limit)
        except ClientDisconnect:
            # The client hung up mid-request: nobody to answer, nothing to log but the access
            # line (499, as proxies write it).
            status["gone"] = True
        except Exception as exc:
            # A bug: answer 500 with the envelope (if nothing was sent yet) and log the type
            # only. Not re-raised, so no traceback (which could quote note text) reaches the
            # log and the connection stays usable.
            log.error("unhandled %s", type(exc).__name__)  # noqa: TRY400
            if not status["sent"]:
                await self._refuse(
                    send_headers, request_id, 500, "internal_error",
                    "internal error; report it with the request id",
                )  # fmt: skip
        finally:
            route = scope.get("route")
            route_path: Any = getattr(route, "path", None) or "<unmatched>"
            log.info(
                "%s %s %s %.1fms", scope.get("method"), route_path,
                _CLIENT_GONE if status["gone"] else status["code"] or "-",
                (time.perf_counter() - started) * 1000,
            )  # fmt: skip
            request_id_var.reset(token)

    @classmethod
    async def _too_large(cls, send: Send, request_id: str, limit: int) -> None:
        message = f"the request body is over the limit of {limit:,} bytes"
        await cls._refuse(send, request_id, 413, "too_large", message)

    @staticmethod
    async def _refuse(send: Send, request_id: str, status: int, type_: str, message: str) -> None:
        body = error_body(request_id, type_, message)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
