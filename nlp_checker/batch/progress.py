"""Progress of a batch run: a rich bar on a terminal, sparse plain lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import IO, Protocol


class Progress(Protocol):
    """What the run loop reports to."""

    def start(self, total: int | None) -> None:
        """Begin, with the number of documents when known."""

    def advance(self, *, error: bool) -> None:
        """Count one finished document."""

    def skip(self, count: int) -> None:
        """Count documents skipped by ``--resume``."""

    def close(self) -> None:
        """Print the final state."""


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class LineProgress:
    """One line every ``every`` seconds and at the end: count, errors, rate and ETA (no TTY).

    Lines carry counts only, never sources or note text, so CI logs stay clean.
    """

    def __init__(self, stream: IO[str] | None = None, every: float = 10.0) -> None:
        self.stream = stream or sys.stderr
        self.every = every
        self.total: int | None = None
        self.done = self.errors = self.skipped = 0
        self._start = self._last = time.monotonic()

    def start(self, total: int | None) -> None:
        """Begin, with the number of documents when known."""
        self.total = total
        self._start = self._last = time.monotonic()

    def skip(self, count: int) -> None:
        """Count documents skipped by ``--resume``."""
        self.skipped += count

    def advance(self, *, error: bool) -> None:
        """Count one finished document; print when ``every`` seconds have passed."""
        self.done += 1
        self.errors += error
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._print(now)

    def _print(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        line = f"batch: {self.done}"
        eta = ""
        if self.total is not None:
            remaining = max(self.total - self.skipped - self.done, 0)
            line += f"/{self.total - self.skipped}"
            if rate > 0:
                eta = f", ETA {_clock(remaining / rate)}"
        line += f" notes, {self.errors} error(s), {rate:.1f} notes/s{eta}"
        if self.skipped:
            line += f", {self.skipped} already done"
        print(line, file=self.stream, flush=True)

    def close(self) -> None:
        """Print the final line."""
        self._print(time.monotonic())


class RichProgress:
    """A rich progress bar with count, rate and ETA, on standard error."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichBar

        self._bar = RichBar(
            TextColumn("[bold]checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} notes/s"),
            TextColumn("[red]{task.fields[errors]} err"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
        )
        self._task = self._bar.add_task("checking", total=None, rate="-", errors=0)
        self._done = self._errors = 0
        self._start = time.monotonic()

    def start(self, total: int | None) -> None:
        """Begin, with the number of documents when known."""
        self._bar.update(self._task, total=total)
        self._start = time.monotonic()
        self._bar.start()

    def skip(self, count: int) -> None:
        """Count documents skipped by ``--resume`` (they fill the bar without a rate)."""
        self._bar.advance(self._task, count)

    def advance(self, *, error: bool) -> None:
        """Count one finished document."""
        self._done += 1
        self._errors += error
        rate = self._done / max(time.monotonic() - self._start, 1e-9)
        self._bar.update(self._task, advance=1, rate=f"{rate:.1f}", errors=self._errors)

    def close(self) -> None:
        """Stop the bar."""
        self._bar.stop()


class NoProgress:
    """Report nothing."""

    def start(self, total: int | None) -> None:
        """Do nothing."""

    def skip(self, count: int) -> None:
        """Do nothing."""

    def advance(self, *, error: bool) -> None:
        """Do nothing."""

    def close(self) -> None:
        """Do nothing."""


def make_progress(mode: str = "auto") -> Progress:
    """Return the reporter for ``auto`` (TTY: bar, else lines), ``bar``, ``lines`` or ``off``."""
    if mode == "off":
        return NoProgress()
    if mode == "bar" or (mode == "auto" and sys.stderr.isatty()):
        return RichProgress()
    return LineProgress()
