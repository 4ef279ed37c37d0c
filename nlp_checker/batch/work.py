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

from nlp_checker.batch.errors import DocumentTimeoutError, WorkerCrashError, WorkerError
from nlp_checker.batch.sources import Item
from nlp_checker.errors import CheckerError, InputError

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
    code, modifiers : str, tuple of str
        The billed code and modifiers checked for every note.
    timeout : float or None
        Seconds one document may take before it becomes a ``timeout`` error row.
    weights : str or None
        A weights file instead of the bundled expert weights (``--weights``).
    """

    salt: str
    code: str = "62323"
    modifiers: tuple[str, ...] = field(default_factory=tuple)
    timeout: float | None = 300.0
    weights: str | None = None


def _reported(code: str | None, message: str | None) -> InputError:
    """Rebuild the error an :class:`Item` carries (errors cross processes as code + message)."""
    error = InputError(message or "the document could not be read")
    error.code = code or InputError.code
    return error


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


class DocumentChecker:
    """A checker plus the patient-level extras, built once per process.

    Parameters
    ----------
    config : WorkerConfig
        Code, modifiers, salt and timeout.
    checker : Checker, optional
        An already built checker (tests share one); built here otherwise.
    """

    def __init__(self, config: WorkerConfig, checker: Checker | None = None) -> None:
        from nlp_checker.checker import Checker
        from nlp_checker.patients.identity import PatientKeyer
        from nlp_checker.patients.rules import load_patient_rules

        self.config = config
        self.checker = checker or Checker(weights=config.weights)
        self.keyer = PatientKeyer(config.salt, load_patient_rules())

    def check(self, item: Item) -> dict[str, Any]:
        """Check one item and return its row; never raises for a bad document."""
        from nlp_checker.ingest.load import load_bytes
        from nlp_checker.outputs.serialize import to_dict
        from nlp_checker.patients.relief import detect_relief

        config, checker = self.config, self.checker
        sha = item.sha256
        relief: dict[str, Any] | None = None
        if item.data is None:
            result = checker.error_result(
                item.source, _reported(item.error_code, item.error_message),
                config.code, config.modifiers, sha256=sha,
            )  # fmt: skip
        else:
            try:
                with _deadline(config.timeout):
                    document = load_bytes(item.data, item.source, checker.limits)
                    result = checker.check_document(document, config.code, config.modifiers)
                    relief = detect_relief(document.text, self.keyer.rules)
            except InputError as exc:
                result = checker.error_result(
                    item.source, exc, config.code, config.modifiers, sha256=sha
                )
            except Exception as exc:
                # One document's bug must not end the run. Only the exception type is logged:
                # messages can quote note text.
                log.warning("unexpected %s while checking doc %s", type(exc).__name__, sha)
                error = WorkerError(
                    f"unexpected {type(exc).__name__} while checking this document; "
                    "report it with the document's doc_key"
                )
                result = checker.error_result(
                    item.source, error, config.code, config.modifiers, sha256=sha
                )
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
    config = document.config
    error = WorkerCrashError(
        "the worker process died while checking this document (out of memory or a crash in "
        "a native library); check it alone with 'nlp-checker check' to investigate"
    )
    result = document.checker.error_result(
        item.source, error, config.code, config.modifiers, sha256=item.sha256
    )
    row = to_dict(result)
    row["batch"] = {"doc_key": item.doc_key}
    return row
