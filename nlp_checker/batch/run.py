"""Run the checker over folders and archives with a process pool, streaming rows to JSONL.

The pool has one checker per worker process (built once, by ``init_worker``) and receives
documents one at a time (one future per document, results taken as they finish), so a slow
document holds one worker and the others carry on; a per-document timeout turns a stuck document
into an error row, and a worker that dies costs one error row, not the run. The number of
documents in flight is bounded, so memory stays flat however large the archive.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from nlp_checker.batch.finalize import apply_patient_rules
from nlp_checker.batch.output import JsonlWriter, done_keys, repair
from nlp_checker.batch.progress import NoProgress, Progress
from nlp_checker.batch.sources import ArchiveLimits, Item, count_items, iter_items
from nlp_checker.batch.summary import write_summaries
from nlp_checker.batch.work import WorkerConfig, crash_row, init_worker, work
from nlp_checker.claimcheck.icd10 import load_codeset
from nlp_checker.claims.manifest import Manifest
from nlp_checker.claims.model import Claim
from nlp_checker.errors import UsageError
from nlp_checker.files import OutputError, check_writable
from nlp_checker.patients.identity import PatientKeyer
from nlp_checker.profiles.load import load_profiles

log = logging.getLogger(__name__)

SALT_ENV = "NLP_CHECKER_PATIENT_SALT"


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch.

    Parameters
    ----------
    workers : int
        Worker processes (default: the machine's cores).
    resume : bool
        Keep the rows already in the output and check only the documents without one.
    timeout : float or None
        Seconds one document may take (default 300): a backstop over the ingest's own
        reading limit (``Limits.max_seconds``, 120 s with OCR), which reports first.
    stall_timeout : float
        Seconds without any finished document after which the pool is treated as hung: its
        workers are killed and the documents in flight re-run one at a time.
    salt : str or None
        Patient-key salt; default from ``NLP_CHECKER_PATIENT_SALT``, else a random one kept in
        ``<output>.salt`` (mode 0600) so that a resumed run keys patients the same way.
    patient_rules : bool
        Evaluate the patient-level rules at the end of the run.
    claim : Claim
        The claim a document is checked against when the manifest has none for it.
    manifest : Manifest, optional
        Each document's own claim (``--claims``), matched by name.
    rules, profiles, weights : Path, optional
        Other rule and profile folders and weights file for the workers' checkers.
    in_flight : int or None
        Most documents read ahead of the workers (default 4 per worker).
    max_tasks_per_child : int or None
        Recycle a worker after this many documents (bounds slow memory growth in PDF parsing).
    """

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    claim: Claim = field(default_factory=Claim.default)
    manifest: Manifest | None = None
    rules: Path | None = None
    profiles: Path | None = None
    weights: Path | None = None
    resume: bool = False
    timeout: float | None = 300.0
    stall_timeout: float = 600.0
    salt: str | None = None
    patient_rules: bool = True
    csv_path: Path | None = None
    parquet_path: Path | None = None
    limits: ArchiveLimits = field(default_factory=ArchiveLimits)
    in_flight: int | None = None
    max_tasks_per_child: int | None = 2000
    start_method: str = "spawn"


@dataclass
class BatchStats:
    """What a run did."""

    checked: int = 0
    errors: int = 0
    skipped: int = 0
    seconds: float = 0.0
    patient_rows_flagged: int = 0
    manifest_unmatched: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Documents checked per second of wall time."""
        return self.checked / self.seconds if self.seconds else 0.0


def resolve_salt(output: Path, given: str | None) -> str:
    """Return the patient-key salt: given, from the environment, or kept next to the output."""
    from nlp_checker.patients.identity import new_salt

    if given:
        return given
    if os.environ.get(SALT_ENV):
        return os.environ[SALT_ENV]
    salt_file = output.with_name(output.name + ".salt")
    try:
        if salt_file.exists():
            return salt_file.read_text(encoding="utf-8").strip()
        salt = new_salt()
        descriptor = os.open(salt_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(salt + "\n")
    except OSError as exc:
        raise OutputError(salt_file, exc) from exc
    return salt


def _with_claims(items: Iterator[Item], manifest: Manifest | None) -> Iterator[Item]:
    """Give each document the claim the manifest lists for it (if any)."""
    for item in items:
        claim = manifest.claim_for(item.source) if manifest is not None else None
        yield replace(item, claim=claim) if claim is not None else item


def _pending(items: Iterator[Item], done: Counter[str], stats: BatchStats) -> Iterator[Item]:
    """Yield the documents that have no row yet (identical copies are matched by count)."""
    seen: Counter[str] = Counter()
    for item in items:
        key = item.doc_key
        seen[key] += 1
        if seen[key] <= done[key]:
            stats.skipped += 1
            continue
        yield item


class _Pool:
    """A process pool that survives a worker dying: suspects are re-run one at a time.

    ``concurrent.futures`` marks every unfinished document when a worker process dies (OOM kill,
    segfault in a native library). Those documents are re-run, one by one, in a one-worker pool:
    the ones that pass get their normal row; the one that kills its worker again gets a
    ``worker_crashed`` error row (built by a fresh worker, so the parent never loads spaCy).
    """

    def __init__(self, options: BatchOptions, config: WorkerConfig) -> None:
        self.options = options
        self.config = config
        self.context = multiprocessing.get_context(options.start_method)
        self.executor = self._start(max(1, options.workers))

    def _start(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=self.context,
            initializer=init_worker,
            initargs=(self.config,),
            max_tasks_per_child=self.options.max_tasks_per_child,
        )

    @staticmethod
    def _kill(executor: ProcessPoolExecutor) -> None:
        # shutdown() does not stop a busy worker; a hung or abandoned pool is killed outright.
        processes = getattr(executor, "_processes", None) or {}
        for process in list(processes.values()):
            if process.is_alive():
                process.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def submit(self, item: Item) -> Future[dict[str, Any]]:
        """Send one document to the pool."""
        return self.executor.submit(work, item)

    def restart(self) -> None:
        """Replace a broken or hung pool."""
        self._kill(self.executor)
        self.executor = self._start(max(1, self.options.workers))

    def isolate(self, suspects: list[Item]) -> Iterator[dict[str, Any]]:
        """Re-run documents that were in flight when a worker died, one at a time."""
        executor = self._start(1)
        try:
            for item in suspects:
                try:
                    yield executor.submit(work, item).result(timeout=self.options.stall_timeout)
                    continue
                except (BrokenProcessPool, FutureTimeout):
                    self._kill(executor)
                log.warning(
                    "a worker died while checking doc %s; writing an error row", item.doc_key
                )
                executor = self._start(1)
                yield executor.submit(crash_row, item).result(timeout=self.options.stall_timeout)
        finally:
            self._kill(executor)

    def close(self) -> None:
        """Stop the pool (waiting for idle workers to exit)."""
        self.executor.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop the pool now."""
        self._kill(self.executor)


def run_batch(
    inputs: Sequence[Path],
    output: Path,
    options: BatchOptions | None = None,
    progress: Progress | None = None,
) -> BatchStats:
    """Check every document of ``inputs`` into ``output`` (JSONL), then the patient rules.

    Parameters
    ----------
    inputs : sequence of Path
        Folders, .zip / .tar(.gz) archives and note files.
    output : Path
        The JSONL results file (one row per document).
    options : BatchOptions, optional
        Workers, resume, timeouts, summaries.
    progress : Progress, optional
        Where progress goes (default: nowhere).

    Raises
    ------
    WorkerStartError
        When a worker cannot build its checker (broken install or rule file).
    """
    options = options or BatchOptions()
    progress = progress or NoProgress()
    started = time.monotonic()
    stats = BatchStats()
    # Every output is tried before any work starts: one that cannot be written fails at once.
    for path in (output, options.csv_path, options.parquet_path):
        if path is not None:
            check_writable(path, regular=True)
    if options.resume:
        removed = repair(output)
        if removed:
            log.info("cut a partial last row (%d bytes) left by an interrupted run", removed)
        done, salts = done_keys(output)
    else:
        done, salts = Counter(), set()
    if options.claim.icd10 or (options.manifest and any(
        c.icd10 or any(line.icd10 for line in c.lines) for c in options.manifest.claims.values()
    )):  # fmt: skip
        # Build the ICD-10-CM index once here, not in every worker at the same time.
        load_codeset()
    config = WorkerConfig(
        salt=resolve_salt(output, options.salt),
        claim=options.claim,
        timeout=options.timeout,
        rules=str(options.rules) if options.rules else None,
        profiles=str(options.profiles) if options.profiles else None,
        weights=str(options.weights) if options.weights else None,
    )
    if salts - {PatientKeyer(config.salt).salt_id}:
        msg = (
            "the rows already in the output were keyed with another patient-key salt; resume "
            "with the same salt (--salt-file or NLP_CHECKER_PATIENT_SALT) or start a new output"
        )
        raise UsageError(msg)
    in_flight = options.in_flight or max(4 * max(1, options.workers), 8)
    items = _pending(
        _with_claims(iter_items(inputs, options.limits), options.manifest), done, stats
    )
    progress.start(count_items(inputs))
    reported = 0

    def emit(row: dict[str, Any]) -> None:
        nonlocal reported
        writer.write(row)
        stats.checked += 1
        is_error = row.get("status") == "error"
        stats.errors += is_error
        if stats.skipped > reported:
            progress.skip(stats.skipped - reported)
            reported = stats.skipped
        progress.advance(error=is_error)

    pool = _Pool(options, config)
    try:
        with JsonlWriter(output, append=options.resume) as writer:
            pending: dict[Future[dict[str, Any]], Item] = {}
            exhausted = False
            while True:
                suspects: list[Item] = []
                while not exhausted and not suspects and len(pending) < in_flight:
                    item = next(items, None)
                    if item is None:
                        exhausted = True
                        break
                    try:
                        pending[pool.submit(item)] = item
                    except BrokenProcessPool:
                        suspects.append(item)
                if not pending and not suspects:
                    break
                finished: set[Future[dict[str, Any]]] = set()
                if pending and not suspects:
                    finished, _ = wait(
                        pending, timeout=options.stall_timeout, return_when=FIRST_COMPLETED
                    )
                for future in finished:
                    item = pending.pop(future)
                    try:
                        emit(future.result())
                    except BrokenProcessPool:
                        suspects.append(item)
                if suspects or (pending and not finished):
                    # A worker died (or hangs past the stall timeout): everything still in
                    # flight is suspect; re-run it one by one, then carry on with a new pool.
                    suspects.extend(pending.values())
                    pending.clear()
                    log.warning(
                        "a worker process died or hung; re-checking %d document(s) one at a time",
                        len(suspects),
                    )
                    pool.restart()
                    for row in pool.isolate(suspects):
                        emit(row)
        pool.close()
    except BaseException:
        pool.abort()
        raise
    finally:
        if stats.skipped > reported:
            progress.skip(stats.skipped - reported)
        progress.close()
    if options.patient_rules:
        profiles = load_profiles(options.profiles)
        stats.patient_rows_flagged = apply_patient_rules(output, profiles=profiles)
    if options.manifest is not None:
        stats.manifest_unmatched = options.manifest.unmatched()
    write_summaries(output, options.csv_path, options.parquet_path)
    stats.seconds = time.monotonic() - started
    return stats
