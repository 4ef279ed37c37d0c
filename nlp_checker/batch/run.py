"""Run the checker over folders and archives with a process pool, streaming rows to JSONL.

The pool has one checker per worker process (built once, by ``init_worker``) and receives
documents one at a time (``imap_unordered``, chunk size 1), so a slow document holds one worker
and the others carry on; a per-document timeout turns a stuck document into an error row. The
number of documents in flight is bounded, so memory stays flat however large the archive.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from nlp_checker.batch.finalize import apply_patient_rules
from nlp_checker.batch.output import JsonlWriter, done_keys, repair
from nlp_checker.batch.progress import NoProgress, Progress
from nlp_checker.batch.sources import ArchiveLimits, Item, count_items, iter_items
from nlp_checker.batch.summary import write_summaries
from nlp_checker.batch.work import WorkerConfig, init_worker, work
from nlp_checker.errors import CheckerError

log = logging.getLogger(__name__)

SALT_ENV = "NLP_CHECKER_PATIENT_SALT"


class BatchError(CheckerError):
    """The run itself failed (not one document): a worker died or stopped answering."""

    code = "batch_error"


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
        Seconds one document may take (default 120; OCR-sized documents need more).
    stall_timeout : float
        Seconds without any finished document after which the run stops (a worker died);
        ``--resume`` then picks up the rest.
    salt : str or None
        Patient-key salt; default from ``NLP_CHECKER_PATIENT_SALT``, else a random one kept in
        ``<output>.salt`` (mode 0600) so that a resumed run keys patients the same way.
    patient_rules : bool
        Evaluate the patient-level rules at the end of the run.
    in_flight : int or None
        Most documents read ahead of the workers (default 4 per worker).
    max_tasks_per_child : int or None
        Recycle a worker after this many documents (bounds slow memory growth in PDF parsing).
    """

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    code: str = "62323"
    modifiers: tuple[str, ...] = ()
    resume: bool = False
    timeout: float | None = 120.0
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
    if salt_file.exists():
        return salt_file.read_text(encoding="utf-8").strip()
    salt = new_salt()
    descriptor = os.open(salt_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(salt + "\n")
    return salt


class _Feed:
    """The documents to send, minus those already done, with a bound on how many are in flight.

    The pool's task thread pulls from this iterator; it blocks while ``in_flight`` documents are
    unanswered, so archive members are read only as fast as the workers check them.
    """

    def __init__(self, items: Iterator[Item], done: Counter[str], in_flight: int) -> None:
        self._items = items
        self._done = done
        self._seen: Counter[str] = Counter()
        self._slots = threading.Semaphore(in_flight)
        self._stop = threading.Event()
        self.skipped = 0
        self.sent = 0
        self.exhausted = False

    def release(self) -> None:
        """Free a slot when a row comes back."""
        self._slots.release()

    def stop(self) -> None:
        """Make the iterator end at its next step (used when the run is interrupted)."""
        self._stop.set()

    def __iter__(self) -> Iterator[Item]:
        for item in self._items:
            key = item.doc_key
            self._seen[key] += 1
            # Identical copies are matched by count, so N copies need N rows.
            if self._seen[key] <= self._done[key]:
                self.skipped += 1
                continue
            while not self._slots.acquire(timeout=0.2):
                if self._stop.is_set():
                    return
            if self._stop.is_set():
                return
            self.sent += 1
            yield item
        self.exhausted = True


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
    BatchError
        When no row arrives for ``stall_timeout`` seconds (a worker process died).
    """
    options = options or BatchOptions()
    progress = progress or NoProgress()
    started = time.monotonic()
    stats = BatchStats()
    if options.resume:
        removed = repair(output)
        if removed:
            log.info("cut a partial last row (%d bytes) left by an interrupted run", removed)
        done = done_keys(output)
    else:
        done = Counter()
    config = WorkerConfig(
        salt=resolve_salt(output, options.salt),
        code=options.code,
        modifiers=tuple(options.modifiers),
        timeout=options.timeout,
    )
    workers = max(1, options.workers)
    feed = _Feed(iter_items(inputs, options.limits), done, options.in_flight or max(4 * workers, 8))
    progress.start(count_items(inputs))
    context = multiprocessing.get_context(options.start_method)
    skipped_reported = 0
    try:
        with (
            JsonlWriter(output, append=options.resume) as writer,
            context.Pool(
                workers,
                initializer=init_worker,
                initargs=(config,),
                maxtasksperchild=options.max_tasks_per_child,
            ) as pool,
        ):
            rows = pool.imap_unordered(work, feed, chunksize=1)
            while True:
                try:
                    row = rows.next(timeout=options.stall_timeout)
                except StopIteration:
                    break
                except multiprocessing.TimeoutError as exc:
                    feed.stop()
                    msg = (
                        f"no document finished in {options.stall_timeout:.0f} s: a worker "
                        "process died or hangs; run again with --resume to finish the rest"
                    )
                    raise BatchError(msg) from exc
                writer.write(row)
                feed.release()
                stats.checked += 1
                is_error = row.get("status") == "error"
                stats.errors += is_error
                if feed.skipped > skipped_reported:
                    progress.skip(feed.skipped - skipped_reported)
                    skipped_reported = feed.skipped
                progress.advance(error=is_error)
    except BaseException:
        feed.stop()
        raise
    finally:
        if feed.skipped > skipped_reported:
            progress.skip(feed.skipped - skipped_reported)
        progress.close()
    stats.skipped = feed.skipped
    if options.patient_rules:
        stats.patient_rows_flagged = apply_patient_rules(output)
    write_summaries(output, options.csv_path, options.parquet_path)
    stats.seconds = time.monotonic() - started
    return stats
