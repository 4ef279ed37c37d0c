"""``nlp-checker serve``: run the HTTP service under uvicorn."""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import sys
from typing import Any

import click

from nlp_checker.errors import UsageError

_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def log_config(level: str) -> dict[str, Any]:
    """Return uvicorn's logging config: one format, with the request id on every line."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "nlp_checker.service.middleware.RequestIdFilter"}},
        "formatters": {"default": {"format": _FORMAT}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "filters": ["request_id"],
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level.upper(), "propagate": False},
            "nlp_checker": {"handlers": ["default"], "level": level.upper(), "propagate": False},
        },
    }


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option(
    "--host", default=lambda: os.environ.get("NLP_CHECKER_HOST", "127.0.0.1"),
    show_default="127.0.0.1", help="Address to bind (loopback by default).",
)  # fmt: skip
@click.option(
    "--port", type=click.IntRange(0, 65535),
    default=lambda: int(os.environ.get("NLP_CHECKER_PORT", "8000")), show_default="8000",
    help="Port to listen on.",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(1, 64), default=1, show_default=True,
    help="Worker processes; each runs one checker process (checks are serialised per worker).",
)  # fmt: skip
@click.option(
    "--log-level", type=click.Choice(["debug", "info", "warning", "error"]), default="info",
    show_default=True, help="Log level.",
)  # fmt: skip
@click.option(
    "--allow-unauthenticated", is_flag=True,
    help="Allow binding a non-loopback address without NLP_CHECKER_API_KEYS set.",
)  # fmt: skip
def serve(host: str, port: int, workers: int, log_level: str, allow_unauthenticated: bool) -> None:
    """Serve the HTTP API and web page (settings: NLP_CHECKER_* variables, see docs/service.md)."""
    import uvicorn

    from nlp_checker.service.protocol import GuardedH11Protocol
    from nlp_checker.service.settings import ServiceSettings

    try:
        settings = ServiceSettings.from_env()
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    if not _is_loopback(host) and not settings.api_keys and not allow_unauthenticated:
        msg = (
            f"refusing to bind {host} without API keys: set NLP_CHECKER_API_KEYS, "
            "or pass --allow-unauthenticated behind an authenticating proxy"
        )
        raise click.UsageError(msg)
    if not _is_loopback(host) and not settings.allowed_hosts:
        msg = (
            f"refusing to bind {host} without NLP_CHECKER_ALLOWED_HOSTS: set it to the names "
            "clients use to reach the service (or '*' behind a proxy that checks them)"
        )
        raise click.UsageError(msg)
    config = uvicorn.Config(
        "nlp_checker.service.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config(log_level),
        access_log=False,  # the service logs its own access lines, without query strings
        server_header=False,
        # Header and body timeouts and the connection caps (MAX_CONNECTIONS included) are the
        # protocol's: uvicorn's own limit_concurrency answers 503 to everyone once it is full.
        http=GuardedH11Protocol,
        limit_concurrency=None,
        timeout_keep_alive=5,
    )
    if workers == 1:
        server = uvicorn.Server(config)
        server.run()
        if not server.started:
            sys.exit(3)
        return
    from uvicorn.supervisors import Multiprocess

    sock = _listen_socket(host, port)
    logging.getLogger("uvicorn.error").info(
        "serving on http://%s:%d with %d workers", host, sock.getsockname()[1], workers
    )
    Multiprocess(config, sockets=[sock]).run()


def _listen_socket(host: str, port: int) -> socket.socket:
    """Bind the socket the workers share.

    uvicorn's own socket for ``--workers`` has ``proto=0``, and asyncio only sets TCP_NODELAY on
    connections of ``IPPROTO_TCP`` sockets: without it every keep-alive response waited ~40 ms
    for a delayed ACK. Binding with an explicit protocol keeps multi-worker latency at the
    single-worker figure.
    """
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        msg = f"cannot listen on {host}:{port}: {exc.strerror}"
        raise click.ClickException(msg) from exc
    sock.set_inheritable(True)
    return sock
