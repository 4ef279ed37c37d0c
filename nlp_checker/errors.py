"""Typed errors with stable codes; every message says what to do next."""

from __future__ import annotations


class CheckerError(Exception):
    """Base class of every error the checker raises on purpose.

    Attributes
    ----------
    code : str
        Stable machine-readable code, part of the output contract (``error.type``).
    """

    code = "checker_error"


class InputError(CheckerError):
    """The input could not be read as a procedure note."""

    code = "input_error"


class EmptyInputError(InputError):
    """The file or text is empty."""

    code = "empty_input"


class UnsupportedFormatError(InputError):
    """The content is not a format the checker reads (sniffed, not taken from the extension)."""

    code = "unsupported_format"


class BinaryContentError(InputError):
    """A file presented as text holds binary data."""

    code = "binary_content"


class TooLargeError(InputError):
    """The input is over the configured size or page limit."""

    code = "too_large"


class CorruptPdfError(InputError):
    """The PDF is truncated or damaged."""

    code = "corrupt_pdf"


class EncryptedPdfError(InputError):
    """The PDF needs a password."""

    code = "encrypted_pdf"


class NoTextLayerError(InputError):
    """The PDF has no text layer (a scan); it needs OCR."""

    code = "no_text_layer"


class NotAProcedureNoteError(InputError):
    """The text reads, but it is not a procedure note: nothing in it describes a procedure."""

    code = "not_a_procedure_note"


class RulesError(CheckerError):
    """A rule file under patterns/ or a model file under models/ is invalid."""

    code = "rules_error"


class UsageError(CheckerError):
    """The caller passed an invalid argument (unknown code, bad modifier...)."""

    code = "usage_error"


class InternalError(CheckerError):
    """The checker itself failed on a document (a bug); the batch goes on with the next one."""

    code = "internal_error"


def reported_error(code: str, message: str | None) -> InputError:
    """Rebuild an input error that crossed a process boundary as its code and message."""
    error = InputError(message or "the document could not be read")
    error.code = code
    return error
