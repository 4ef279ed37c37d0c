"""The HTTP connection: uvicorn's h11 protocol with the limits a public service needs.

uvicorn has no time limit on receiving a request, and answers 503 to everyone once
``limit_concurrency`` connections are open, so a few hundred clients that send their headers
slowly shut every other client out. Each connection here gets:

- a **header timeout**: the request line and headers must arrive within ``header_timeout``
  seconds of the connection opening (or of the previous response, on a kept-alive connection);
- a **body timeout**: a request body may go ``body_timeout`` seconds without a byte arriving
  (while the service is ready to read it);
- a **per-client cap**: one client address holds at most ``max_client_connections``
  connections; the next one is closed at once;
- a **total cap that evicts**: when a worker holds ``max_connections`` connections, a new one
  closes the oldest connection that has no request in progress (still waiting for its headers,
  or kept alive between requests); only when every connection is busy is the new one closed.

A connection that is cut off is closed without an answer; the closes are counted and logged at
most once a minute, never with a client address.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any

from uvicorn.config import Config
from uvicorn.protocols.http.flow_control import FlowControl
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.server import ServerState

from nlp_checker.service.settings import ServiceSettings

log = logging.getLogger("nlp_checker.service.connections")

_REPORT_EVERY = 60.0


@functools.cache
def _settings() -> ServiceSettings:
    return ServiceSettings.from_env()


class _Closes:
    """Counts of connections cut off, logged at most once every minute per worker."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.last = 0.0

    def add(self, reason: str, now: float) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        if now - self.last >= _REPORT_EVERY:
            summary = ", ".join(f"{count} {name}" for name, count in sorted(self.counts.items()))
            log.warning("connections closed by the service limits: %s", summary)
            self.counts.clear()
            self.last = now


_CLOSES = _Closes()


class _Flow(FlowControl):
    """Flow control that tells its connection when reading is paused or resumed."""

    def __init__(self, transport: asyncio.Transport, owner: GuardedH11Protocol) -> None:
        super().__init__(transport)
        self._owner = owner

    def pause_reading(self) -> None:
        super().pause_reading()
        self._owner.reading_changed()

    def resume_reading(self) -> None:
        super().resume_reading()
        self._owner.reading_changed()


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with header and body timeouts and connection caps."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        settings = _settings()
        self.header_timeout = settings.header_timeout
        self.body_timeout = settings.body_timeout
        self.max_connections = settings.max_connections
        self.max_client_connections = settings.max_client_connections
        self.opened = 0.0
        self._timer: asyncio.TimerHandle | None = None
        self._timer_kind = ""

    # --- state ---

    @property
    def idle(self) -> bool:
        """Whether no request is in progress (waiting for headers, or kept alive)."""
        return self.cycle is None or self.cycle.response_complete

    def _waiting_for_body(self) -> bool:
        cycle = self.cycle
        return (
            cycle is not None
            and not cycle.response_complete
            and not cycle.disconnected
            and cycle.more_body
            and not self.flow.read_paused
        )

    # --- timers ---

    def _arm(self, kind: str, seconds: float) -> None:
        self._disarm()
        self._timer_kind = kind
        self._timer = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _expired(self) -> None:
        self._timer = None
        if self.transport.is_closing():
            return
        if self._timer_kind == "headers" and self.idle:
            self._cut("slow headers")
        elif self._timer_kind == "body" and self._waiting_for_body():
            self._cut("stalled bodies")

    def _cut(self, reason: str) -> None:
        self._disarm()
        _CLOSES.add(reason, self.loop.time())
        self.connections.discard(self)
        self.transport.close()

    def reading_changed(self) -> None:
        """Re-arm or stop the body timer when reading is paused or resumed."""
        if self._waiting_for_body():
            self._arm("body", self.body_timeout)
        elif self._timer_kind == "body":
            self._disarm()

    # --- uvicorn's protocol interface ---

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        """Admit the connection under the caps, and start its header timer."""
        super().connection_made(transport)
        self.flow = _Flow(transport, self)
        self.opened = self.loop.time()
        if not self._admit():
            return
        self._arm("headers", self.header_timeout)

    def _admit(self) -> bool:
        host = self.client[0] if self.client else None
        if host is not None:
            same = sum(
                1
                for other in self.connections
                if isinstance(other, H11Protocol) and other.client and other.client[0] == host
            )
            if same > self.max_client_connections:
                self._cut("over the per-client cap")
                return False
        if len(self.connections) > self.max_connections:
            idle = [
                other
                for other in self.connections
                if other is not self and isinstance(other, GuardedH11Protocol) and other.idle
            ]
            if not idle:
                self._cut("over the connection cap, all busy")
                return False
            min(idle, key=lambda other: other.opened)._cut("idle, evicted for a new one")
        return True

    def data_received(self, data: bytes) -> None:
        """Read data; a request's arrival stops the header timer, body data re-arms its own."""
        before = self.cycle
        super().data_received(data)
        if self.cycle is not before and self._timer_kind == "headers":
            self._disarm()
        if self._waiting_for_body():
            self._arm("body", self.body_timeout)
        elif self._timer_kind == "body":
            self._disarm()

    def on_response_complete(self) -> None:
        """After a response, the next request's headers have ``header_timeout`` to arrive."""
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm("headers", self.header_timeout)

    def connection_lost(self, exc: Exception | None) -> None:
        """Stop the timer with the connection."""
        self._disarm()
        super().connection_lost(exc)
