"""Errors of a batch run; each becomes one error row with a stable ``error.type``."""

from __future__ import annotations

from nlp_checker.errors import InputError


class UnsafeMemberError(InputError):
    """An archive member's name escapes the archive (absolute, ``..``) or is a link or device."""

    code = "unsafe_member"


class DecompressionBombError(InputError):
    """An archive member (or the archive) expands far more than notes do."""

    code = "decompression_bomb"


class CorruptMemberError(InputError):
    """An archive member cannot be read (bad CRC, truncated archive, unknown compression)."""

    code = "corrupt_member"


class ArchiveError(InputError):
    """The archive itself cannot be opened or read to the end."""

    code = "archive_error"


class DocumentTimeoutError(InputError):
    """Checking one document took longer than the per-document timeout."""

    code = "timeout"


class WorkerError(InputError):
    """An unexpected failure while checking one document (a bug; the run carries on)."""

    code = "internal_error"


class WorkerCrashError(InputError):
    """The worker process died while checking this document, in the pool and again alone."""

    code = "worker_crashed"
