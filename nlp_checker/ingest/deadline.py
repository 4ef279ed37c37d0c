"""A per-document time budget that long-running steps check between units of work."""

from __future__ import annotations

import time

from nlp_checker.ingest.failures import TimeLimitError


class Deadline:
    """The moment reading a document must stop.

    Parameters
    ----------
    seconds : float
        Time allowed from now.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        """Return the seconds left (never below zero)."""
        return max(self._end - time.monotonic(), 0.0)

    def check(self, step: str) -> None:
        """Raise :class:`TimeLimitError` when the budget is spent.

        Parameters
        ----------
        step : str
            What was being done, for the message (never note text).
        """
        if time.monotonic() > self._end:
            msg = (
                f"reading the document took longer than {self.seconds:g} s (stopped while {step}); "
                "split the file or raise the time limit"
            )
            raise TimeLimitError(msg)
