"""Service settings, read from ``NLP_CHECKER_*`` environment variables (safe defaults)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from nlp_checker.errors import UsageError

PREFIX = "NLP_CHECKER_"


def _default_state_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "nlp-checker"


def _number(env: Mapping[str, str], name: str, default: float, minimum: float) -> float:
    raw = env.get(PREFIX + name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value >= minimum:  # also rejects NaN
        msg = f"{PREFIX}{name}={raw!r} is not a number >= {minimum}; fix or unset it"
        raise UsageError(msg)
    return value


@dataclass(frozen=True)
class ServiceSettings:
    """What the service is allowed to do; every field has an environment variable.

    Parameters
    ----------
    api_keys : frozenset of str
        ``NLP_CHECKER_API_KEYS`` (comma-separated) and/or the lines of the file named by
        ``NLP_CHECKER_API_KEYS_FILE``. When empty, the API is open (it binds to localhost).
    max_upload_bytes : int
        ``NLP_CHECKER_MAX_UPLOAD_BYTES``: largest request body of ``/v1/check`` (default 10 MiB).
    max_batch_bytes : int
        ``NLP_CHECKER_MAX_BATCH_BYTES``: largest request body of ``/v1/batch`` (default 200 MiB).
    max_batch_files : int
        ``NLP_CHECKER_MAX_BATCH_FILES``: most documents in one batch (default 2,000).
    max_chars : int
        ``NLP_CHECKER_MAX_CHARS``: longest note text checked (default 100,000 characters); the
        pipeline's time grows faster than linearly with length.
    max_pages : int
        ``NLP_CHECKER_MAX_PAGES``: most PDF pages read (default 50).
    request_timeout : float
        ``NLP_CHECKER_REQUEST_TIMEOUT``: seconds a check may take, queueing included (default 30).
    max_pending : int
        ``NLP_CHECKER_MAX_PENDING``: checks admitted at once per worker process, running or
        queued (default 16); more get 503 with ``Retry-After``.
    max_connections : int
        ``NLP_CHECKER_MAX_CONNECTIONS``: open connections per worker process (default 256).
        When full, a new connection closes the oldest one with no request in progress (waiting
        for its headers, or kept alive); only when all are busy is the new one closed.
    max_client_connections : int
        ``NLP_CHECKER_MAX_CLIENT_CONNECTIONS``: open connections per client address and worker
        process (default 32); more are closed at once. Raise it behind a reverse proxy, whose
        connections all come from one address.
    header_timeout : float
        ``NLP_CHECKER_HEADER_TIMEOUT``: seconds a connection has to send its request line and
        headers (default 10), from the moment it opens or its previous response ends.
    body_timeout : float
        ``NLP_CHECKER_BODY_TIMEOUT``: seconds a request body may go without a byte arriving
        while the service waits for it (default 30).
    allowed_hosts : frozenset of str
        ``NLP_CHECKER_ALLOWED_HOSTS`` (comma-separated): the names clients may reach the
        service by (the ``Host`` header, port ignored); another name gets 400. Empty: any
        name (loopback only; ``serve`` refuses a public address without it). ``*``: any name.
    state_dir : Path
        ``NLP_CHECKER_STATE_DIR``: where batch jobs live (default ``$XDG_STATE_HOME/nlp-checker``).
    job_ttl : float
        ``NLP_CHECKER_JOB_TTL``: seconds a finished job is kept (default 7 days).
    """

    api_keys: frozenset[str] = frozenset()
    max_upload_bytes: int = 10 * 1024 * 1024
    max_batch_bytes: int = 200 * 1024 * 1024
    max_batch_files: int = 2000
    max_chars: int = 100_000
    max_pages: int = 50
    request_timeout: float = 30.0
    max_pending: int = 16
    max_connections: int = 256
    max_client_connections: int = 32
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    allowed_hosts: frozenset[str] = frozenset()
    state_dir: Path = field(default_factory=lambda: _default_state_dir(os.environ))
    job_ttl: float = 7 * 24 * 3600.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ServiceSettings:
        """Read settings from ``env`` (default: the process environment).

        Raises
        ------
        UsageError
            When a variable holds a value that cannot be used.
        """
        env = os.environ if env is None else env
        keys = {k.strip() for k in env.get(PREFIX + "API_KEYS", "").split(",") if k.strip()}
        keys_file = env.get(PREFIX + "API_KEYS_FILE")
        if keys_file:
            try:
                lines = Path(keys_file).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                msg = f"{PREFIX}API_KEYS_FILE cannot be read ({exc.strerror}); fix the path"
                raise UsageError(msg) from exc
            keys |= {line.strip() for line in lines if line.strip()}
        hosts = {h.strip().lower() for h in env.get(PREFIX + "ALLOWED_HOSTS", "").split(",")}
        state_dir = env.get(PREFIX + "STATE_DIR")
        defaults = cls()
        return cls(
            api_keys=frozenset(keys),
            max_upload_bytes=int(_number(env, "MAX_UPLOAD_BYTES", defaults.max_upload_bytes, 1)),
            max_batch_bytes=int(_number(env, "MAX_BATCH_BYTES", defaults.max_batch_bytes, 1)),
            max_batch_files=int(_number(env, "MAX_BATCH_FILES", defaults.max_batch_files, 1)),
            max_chars=int(_number(env, "MAX_CHARS", defaults.max_chars, 1)),
            max_pages=int(_number(env, "MAX_PAGES", defaults.max_pages, 1)),
            request_timeout=_number(env, "REQUEST_TIMEOUT", defaults.request_timeout, 0.01),
            max_pending=int(_number(env, "MAX_PENDING", defaults.max_pending, 1)),
            max_connections=int(_number(env, "MAX_CONNECTIONS", defaults.max_connections, 1)),
            max_client_connections=int(
                _number(env, "MAX_CLIENT_CONNECTIONS", defaults.max_client_connections, 1)
            ),
            header_timeout=_number(env, "HEADER_TIMEOUT", defaults.header_timeout, 0.01),
            body_timeout=_number(env, "BODY_TIMEOUT", defaults.body_timeout, 0.01),
            allowed_hosts=frozenset(h for h in hosts if h),
            state_dir=Path(state_dir) if state_dir else _default_state_dir(env),
            job_ttl=_number(env, "JOB_TTL", defaults.job_ttl, 1),
        )
