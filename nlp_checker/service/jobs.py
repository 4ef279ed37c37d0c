"""Batch jobs on disk: a job directory per batch, processed by one background thread per worker.

Layout under ``<state_dir>/jobs/<id>/``: ``job.json`` (status and progress, replaced atomically),
``inputs/`` (the uploaded documents, deleted when the job finishes), ``manifest.json`` (input file
to source name) and ``results.jsonl`` (one contract line per document, appended as it goes). A job
is claimed with an exclusive ``flock`` on ``lock`` so that several worker processes sharing a state
directory never run it twice, and an unfinished job is resumed after a restart. ``owner`` holds
the fingerprint of the API key that created the job: every other key is told there is no such job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import threading
import time
import uuid
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Literal

from pydantic import BaseModel, Field

from nlp_checker.batch.errors import CorruptMemberError
from nlp_checker.batch.sources import unsafe_zip_member
from nlp_checker.claims.manifest import Manifest
from nlp_checker.claims.model import Claim
from nlp_checker.errors import CheckerError, InputError, TooLargeError, UsageError
from nlp_checker.files import DIR_MODE, open_private, private_dir
from nlp_checker.service.engine import CheckEngine
from nlp_checker.service.worker import CheckRequest

log = logging.getLogger(__name__)

JOB_ID = re.compile(r"^[0-9a-f]{32}$")
# Seconds an error-row request may wait for a replacement checker process to load.
ERROR_ROW_WAIT = 120.0
_CHUNK = 1024 * 1024
# What reading one zip member raises when it is damaged (bad CRC, truncated), uses an unknown
# compression, or is encrypted.
_MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)

JobStatus = Literal["queued", "running", "done"]


class JobInfo(BaseModel):
    """Progress of a batch job (``GET /v1/jobs/{id}``)."""

    id: str
    status: JobStatus
    code: str
    modifiers: list[str]
    claim: dict[str, Any] | None = None
    manifest_claims: int = 0
    manifest_unmatched: list[str] = []
    total: int
    processed: int = 0
    errors: int = 0
    # ISO 8601 with the UTC offset in the API; job files written as Unix seconds still load.
    created: dt.datetime = Field(examples=["2026-11-28T09:30:00.123456Z"])
    finished: dt.datetime | None = Field(default=None, examples=["2026-11-28T09:31:12.654321Z"])
    results_url: str | None = None


class BatchTooLargeError(TooLargeError):
    """The batch holds more documents or bytes than allowed."""


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_suffix(".tmp")
    with open_private(tmp, "w", encoding="utf-8") as out:
        out.write(json.dumps(data))
    tmp.replace(path)


def _safe_name(name: str) -> str:
    """Return the last path component of an uploaded name, for display only."""
    return (name.replace("\\", "/").rsplit("/", 1)[-1] or "document")[:200]


class JobStore:
    """Create, read, run and delete jobs under ``state_dir/jobs``.

    Parameters
    ----------
    state_dir : Path
        Root of the service's state.
    engine : CheckEngine
        The checker to run documents through.
    ttl : float
        Seconds a finished job is kept.
    max_files, max_bytes : int
        Limits on one batch (documents, and bytes once archives are expanded).
    """

    def __init__(
        self, state_dir: Path, engine: CheckEngine, ttl: float, max_files: int, max_bytes: int
    ) -> None:
        self.root = state_dir / "jobs"
        self.engine = engine
        self.ttl = ttl
        self.max_files = max_files
        self.max_bytes = max_bytes
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- creating jobs ---

    def create(
        self,
        uploads: Sequence[tuple[str, IO[bytes]]],
        claim: Claim,
        manifest: Manifest | None = None,
        owner: str = "",
    ) -> JobInfo:
        """Store the uploaded files (expanding ``.zip`` archives) as a new queued job of ``owner``.

        Each document is checked against its ``manifest`` claim if it has one, else ``claim``.

        Raises
        ------
        BatchTooLargeError
            Over the document or byte limit; nothing is kept.
        InputError
            When there is no document or an archive cannot be read; nothing is kept.
        """
        private_dir(self.root)
        job_id = uuid.uuid4().hex
        job_dir = self.root / job_id
        inputs = job_dir / "inputs"
        job_dir.mkdir(mode=DIR_MODE)
        inputs.mkdir(mode=DIR_MODE)
        try:
            stored = self._store_inputs(inputs, uploads)
        except BaseException:
            shutil.rmtree(job_dir, ignore_errors=True)
            raise
        matched = 0
        if manifest is not None:
            for entry in stored:
                own = manifest.claim_for(entry["source"])
                if own is not None:
                    entry["claim"] = own.model_dump(mode="json")
                    matched += 1
        _write_json(job_dir / "manifest.json", stored)
        with open_private(job_dir / "owner", "w", encoding="utf-8") as out:
            out.write(owner)
        line = claim.lines[0]
        info = JobInfo(
            id=job_id, status="queued", code=line.code, modifiers=list(line.modifiers),
            claim=claim.model_dump(mode="json"), manifest_claims=matched,
            manifest_unmatched=manifest.unmatched()[:100] if manifest else [],
            total=len(stored), created=dt.datetime.now(dt.UTC),
        )  # fmt: skip
        _write_json(job_dir / "job.json", info.model_dump(mode="json"))
        self._wake.set()
        return info

    def _store_inputs(
        self, inputs: Path, uploads: Sequence[tuple[str, IO[bytes]]]
    ) -> list[dict[str, Any]]:
        manifest: list[dict[str, Any]] = []
        budget = [self.max_bytes]

        def add(source: str, stream: IO[bytes]) -> None:
            if len(manifest) >= self.max_files:
                msg = f"the batch holds more than {self.max_files:,} documents; split it"
                raise BatchTooLargeError(msg)
            name = f"{len(manifest):06d}"
            with open_private(inputs / name, "wb") as out:
                while chunk := stream.read(_CHUNK):
                    budget[0] -= len(chunk)
                    if budget[0] < 0:
                        msg = f"the batch expands to more than {self.max_bytes:,} bytes; split it"
                        raise BatchTooLargeError(msg)
                    out.write(chunk)
            manifest.append({"file": name, "source": source})

        def refuse(source: str, error: InputError) -> None:
            # A member that cannot or must not be read is one error row, as in `batch`.
            if len(manifest) >= self.max_files:
                msg = f"the batch holds more than {self.max_files:,} documents; split it"
                raise BatchTooLargeError(msg)
            manifest.append({"source": source, "error_type": error.code, "error": str(error)})

        for filename, stream in uploads:
            display = _safe_name(filename)
            if display.lower().endswith(".zip"):
                try:
                    archive = zipfile.ZipFile(stream)
                except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as exc:
                    msg = f"{display} is not a readable .zip archive ({exc}); re-create it"
                    raise InputError(msg) from exc
                with archive:
                    for member in archive.infolist():
                        if member.is_dir() or member.filename.startswith("__MACOSX/"):
                            continue
                        source = f"{display}/{member.filename}"
                        if (problem := unsafe_zip_member(member)) is not None:
                            refuse(source, problem)
                            continue
                        try:
                            with archive.open(member) as member_stream:
                                add(source, member_stream)
                        except _MEMBER_ERRORS as exc:
                            (inputs / f"{len(manifest):06d}").unlink(missing_ok=True)
                            msg = (
                                f"cannot read the archive member ({type(exc).__name__}); it is "
                                "damaged or encrypted"
                            )
                            refuse(source, CorruptMemberError(msg))
            else:
                add(display, stream)
        if not manifest:
            msg = "the batch holds no documents; send files or a .zip of notes"
            raise InputError(msg)
        return manifest

    # --- reading and deleting ---

    def _dir(self, job_id: str) -> Path | None:
        if not JOB_ID.match(job_id):
            return None
        path = self.root / job_id
        return path if (path / "job.json").is_file() else None

    def _owned(self, job_id: str, owner: str) -> Path | None:
        """Return the job's directory if ``owner`` created the job, else None (as if unknown)."""
        path = self._dir(job_id)
        if path is None:
            return None
        try:
            stored = (path / "owner").read_bytes()
        except OSError:
            return None  # a job without an owner (made before owners were kept) is nobody's
        return path if hmac.compare_digest(stored, owner.encode("utf-8")) else None

    def get(self, job_id: str, owner: str) -> JobInfo | None:
        """Return the progress of ``owner``'s job, or None when ``owner`` has no such job."""
        if self._owned(job_id, owner) is None:
            return None
        return self._load(job_id)

    def _load(self, job_id: str) -> JobInfo | None:
        path = self._dir(job_id)
        if path is None:
            return None
        try:
            info = JobInfo.model_validate_json((path / "job.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if info.status == "done":
            info.results_url = f"/v1/jobs/{info.id}/results"
        return info

    def results_path(self, job_id: str, owner: str) -> Path | None:
        """Return the JSONL results of ``owner``'s finished job, or None."""
        path = self._owned(job_id, owner)
        info = self._load(job_id) if path is not None else None
        if info is None or path is None or info.status != "done":
            return None
        return path / "results.jsonl"

    def delete(self, job_id: str, owner: str) -> bool | None:
        """Delete ``owner``'s job and its files; None if unknown, False if it is running now."""
        if self._owned(job_id, owner) is None:
            return None
        return self._delete(job_id)

    def _delete(self, job_id: str) -> bool | None:
        path = self._dir(job_id)
        if path is None:
            return None
        with self._claim(path) as claimed:
            if not claimed:
                return False
            shutil.rmtree(path, ignore_errors=True)
        return True

    # --- running ---

    @contextlib.contextmanager
    def _claim(self, path: Path) -> Iterator[bool]:
        try:
            fd = os.open(path / "lock", os.O_CREAT | os.O_RDWR, 0o600)
        except OSError:
            yield False
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            yield False
            return
        try:
            yield True
        finally:
            os.close(fd)  # closing releases the lock

    def start(self) -> None:
        """Start the background thread that runs queued and interrupted jobs."""
        self._thread = threading.Thread(target=self._loop, name="batch-jobs", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Ask the background thread to stop after the current document."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    @property
    def alive(self) -> bool:
        """Whether the background thread is running."""
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        next_expiry = 0.0
        while not self._stop.is_set():
            self._wake.clear()
            try:
                if time.monotonic() >= next_expiry:
                    self._expire()
                    next_expiry = time.monotonic() + 60
                worked = self._run_pending()
            except Exception:
                log.exception("batch job runner failed; retrying")
                worked = False
            if not worked:
                self._wake.wait(1.0)

    def _expire(self) -> None:
        if not self.root.is_dir():
            return
        now = time.time()
        for path in self.root.iterdir():
            info = self._load(path.name)
            if info and info.finished is not None and now - info.finished.timestamp() > self.ttl:
                self._delete(info.id)
                log.info("job %s expired and was deleted", info.id)

    def _run_pending(self) -> bool:
        if not self.root.is_dir() or not self.engine.ready:
            return False
        # Only unfinished jobs still have their inputs, so finished ones cost a stat, not a read.
        pending = [
            info for path in self.root.iterdir()
            if (path / "inputs").is_dir()
            and (info := self._load(path.name)) is not None and info.status != "done"
        ]  # fmt: skip
        for info in sorted(pending, key=lambda i: i.created):
            path = self.root / info.id
            with self._claim(path) as claimed:
                if claimed and (fresh := self._load(info.id)) and fresh.status != "done":
                    self._run(path, fresh)
                    return True
        return False

    def _run(self, path: Path, info: JobInfo) -> None:
        manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
        results = path / "results.jsonl"
        done_lines = self._resume_point(results)
        info.status, info.processed = "running", done_lines
        _write_json(path / "job.json", info.model_dump(mode="json"))
        log.info("job %s running from document %d of %d", info.id, done_lines, info.total)
        with open_private(results, "a", encoding="utf-8") as out:
            for entry in manifest[done_lines:]:
                if self._stop.is_set():
                    return
                claim = entry.get("claim") or info.claim
                if "error_type" in entry:
                    refused = InputError(entry["error"])
                    refused.code = entry["error_type"]
                    row = self._error_row(refused, claim, None)
                    row["source"] = entry["source"]
                else:
                    row = self._check_one(path / "inputs" / entry["file"], entry["source"], claim)
                info.errors += row["status"] == "error"
                out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
                out.flush()
                info.processed += 1
                _write_json(path / "job.json", info.model_dump(mode="json"))
        info.status, info.finished = "done", dt.datetime.now(dt.UTC)
        _write_json(path / "job.json", info.model_dump(mode="json"))
        # The documents are not needed once every result is written.
        shutil.rmtree(path / "inputs", ignore_errors=True)
        log.info("job %s done: %d documents, %d errors", info.id, info.total, info.errors)

    @staticmethod
    def _resume_point(results: Path) -> int:
        """Count complete lines, cutting a line half-written when the process stopped."""
        if not results.exists():
            return 0
        data = results.read_bytes()
        keep = data.rfind(b"\n") + 1
        if keep != len(data):
            with results.open("r+b") as handle:
                handle.truncate(keep)
        return data[:keep].count(b"\n")

    def _check_one(self, file: Path, source: str, claim: dict[str, Any] | None) -> dict[str, Any]:
        """Check one stored document; anything that stops it becomes its error row.

        Error rows come from the checker process too: the document's request is replaced by
        one that carries the error (a fresh process answers it when the old one died).
        """
        sha256 = None
        try:
            data = file.read_bytes()
            sha256 = hashlib.sha256(data).hexdigest()
            request = CheckRequest(source="batch-document", claim=claim, data=data)
            row = self.engine.check_blocking(request).result
        except OSError as exc:
            failed: CheckerError = InputError(
                f"the stored document cannot be read ({exc.strerror})"
            )
            row = self._error_row(failed, claim, sha256)
        except UsageError as exc:
            # The claim itself cannot be checked (the route validates claims, so rare): the
            # row says so under the default claim.
            row = self._error_row(exc, None, sha256)
        except CheckerError as exc:
            row = self._error_row(exc, claim, sha256)
        row["source"] = source
        return row

    def _error_row(
        self, error: CheckerError, claim: dict[str, Any] | None, sha256: str | None
    ) -> dict[str, Any]:
        request = CheckRequest(
            source="batch-document", claim=claim, error=(error.code, str(error)), sha256=sha256
        )
        # After a timeout or a crash the checker process is being replaced: the error row waits
        # for the new one (reading nothing, it is quick once the process is up).
        wait = ERROR_ROW_WAIT + self.engine.timeout
        return self.engine.check_blocking(request, wait=wait).result
