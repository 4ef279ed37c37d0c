"""What a worker process does: build one checker, then turn each :class:`Item` into a plain row.

Rows are plain dicts (the ``to_dict`` contract plus ``batch`` and ``patient`` blocks) because
medSpaCy pipelines and pydantic results cross process boundaries badly; dicts pickle cheaply.
The same :class:`DocumentChecker` serves the local process pool and the Spark executors.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import FrameType
from typing import TYPE_CHECKING, Any

from nlp_checker.batch.errors import DocumentTimeoutError, WorkerCrashError
from nlp_checker.batch.sources import Item
from nlp_checker.claims.model import Claim
from nlp_checker.errors import CheckerError, InputError
from nlp_checker.inputs import NoteInput

if TYPE_CHECKING:
    from nlp_checker.checker import Checker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerConfig:
    """Settings every worker needs; pickled once per worker, not per document.

    Parameters
    ----------
    salt : str
        Secret for the patient key (see :mod:`nlp_checker.patients.identity`).
    claim : Claim
        The claim a document is checked against when it has none of its own.
    timeout : float or None
        Seconds one document may take before it becomes a ``timeout`` error row.
    rules, profiles, weights : str or None
        Other rule, profile and weight folders or files for the checker (default: bundled).
    """

    salt: str
    claim: Claim = field(default_factory=Claim.default)
    timeout: float | None = 300.0
    rules: str | None = None
    profiles: str | None = None
    weights: str | None = None


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    msg = "checking this document took longer than the per-document timeout"
    raise DocumentTimeoutError(msg)


@contextmanager
def _deadline(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeoutError` in this (main) thread after ``seconds``."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _note(item: Item) -> NoteInput:
    if item.data is None:
        return NoteInput.unreadable(
            item.source, item.error_code or InputError.code,
            item.error_message or "the document could not be read", item.sha256,
        )  # fmt: skip
    return NoteInput(name=item.source, data=item.data, sha256=item.sha256)


class DocumentChecker:
    """A checker plus the patient-level extras, built once per process.

    Parameters
    ----------
    config : WorkerConfig
        Claim, salt, timeout and the checker's folders.
    checker : Checker, optional
        An already built checker (tests share one); built here otherwise.
    """

    def __init__(self, config: WorkerConfig, checker: Checker | None = None) -> None:
        from nlp_checker.checker import Checker
        from nlp_checker.patients.identity import PatientKeyer
        from nlp_checker.patients.rules import load_patient_rules

        self.config = config
        self.checker = checker or Checker(
            rules=config.rules, profiles=config.profiles, weights=config.weights
        )
        self.keyer = PatientKeyer(config.salt, load_patient_rules())

    def check(self, item: Item) -> dict[str, Any]:
        """Check one item and return its row; never raises for a bad document."""
        from nlp_checker.outputs.serialize import to_dict
        from nlp_checker.patients.relief import detect_relief

        checker = self.checker
        claim = item.claim or self.config.claim
        relief: dict[str, Any] | None = None
        try:
            with _deadline(self.config.timeout):
                result, document = checker.check_annotated(_note(item), claim)
                if document is not None and result.status == "ok":
                    payer = checker.profiles.payer(claim.payer)
                    relief = detect_relief(
                        document.text, self.keyer.rules, payer.repeat.min_relief_percent
                    )
        except DocumentTimeoutError as exc:
            # The check itself turns a timeout into its row; this one hit the relief reading.
            unread = NoteInput.unreadable(item.source, exc.code, str(exc), item.sha256)
            result, relief = checker.check(unread, claim), None
        row = to_dict(result)
        row["batch"] = {"doc_key": item.doc_key}
        if result.status == "ok":
            key, basis, link_key = self.keyer.keys_for_row(row)
            row["patient"] = {
                "key": key,
                "key_basis": basis,
                "link_key": link_key,
                "salt_id": self.keyer.salt_id,
                "relief": relief,
                "findings": [],
            }
        return row


class WorkerStartError(CheckerError):
    """A worker process could not build its checker (broken install or rule file)."""

    code = "worker_start_error"


_STATE: dict[str, DocumentChecker] = {}
_START_ERROR: list[str] = []


def init_worker(config: WorkerConfig) -> None:
    """Pool initializer: build this process's checker once, leave Ctrl-C to the parent.

    A failure is kept and reported by the first task instead of raised here: a pool whose
    initializer raises replaces the worker forever and the run would never end.
    """
    from nlp_checker.lifeline import exit_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent()  # a killed batch parent must not leave its workers running
    try:
        _STATE["checker"] = DocumentChecker(config)
    except Exception as exc:  # reported to the parent by work(), which stops the run
        _START_ERROR.append(f"{type(exc).__name__}: {exc}")


def work(item: Item) -> dict[str, Any]:
    """Pool task: check one item with this process's checker.

    Raises
    ------
    WorkerStartError
        When this worker could not build its checker; the run stops with the reason.
    """
    if _START_ERROR:
        msg = f"a worker could not build the checker ({_START_ERROR[0]}); fix the install"
        raise WorkerStartError(msg)
    return _STATE["checker"].check(item)


def crash_row(item: Item) -> dict[str, Any]:
    """Pool task: the error row of a document that killed its worker process."""
    from nlp_checker.outputs.serialize import to_dict

    if _START_ERROR:
        msg = f"a worker could not build the checker ({_START_ERROR[0]}); fix the install"
        raise WorkerStartError(msg)
    document = _STATE["checker"]
    message = (
        "the worker process died while checking this document (out of memory or a crash in "
        "a native library); check it alone with 'nlp-checker check' to investigate"
    )
    unread = NoteInput.unreadable(item.source, WorkerCrashError.code, message, item.sha256)
    row = to_dict(document.checker.check(unread, item.claim or document.config.claim))
    row["batch"] = {"doc_key": item.doc_key}
    return row
