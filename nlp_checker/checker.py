"""Load the pipeline once, then check many notes: text, bytes or files in, CheckResult out."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.tokens import Doc

from nlp_checker import __version__
from nlp_checker.codes.check import check_code, validate_claim
from nlp_checker.elements.catalogue import catalogue
from nlp_checker.elements.extract import extract
from nlp_checker.elements.findings import Finding
from nlp_checker.elements.review import documented, review_findings
from nlp_checker.errors import CheckerError, InputError, InternalError, NotAProcedureNoteError
from nlp_checker.ingest.document import SourceDocument
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.load import load_bytes, load_path, load_text
from nlp_checker.outputs.result import Audit, CheckResult, ErrorInfo, PageLeftOut
from nlp_checker.pipeline.build import build_pipeline
from nlp_checker.pipeline.chunks import split_text
from nlp_checker.pipeline.spelling import Corrections, Speller
from nlp_checker.scoring.risk import assess, load_model

log = logging.getLogger(__name__)

# What a directory walk picks up: every format ingest reads (content is still sniffed).
NOTE_SUFFIXES = (
    ".txt", ".text", ".pdf", ".docx", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
)  # fmt: skip


class Checker:
    """The checker: build once (about a second), then call it for each note.

    Parameters
    ----------
    limits : Limits, optional
        Size and page limits for input files.
    weights : str or Path, optional
        A weights file in the format of models/risk_weights.json (a practice's learned weights,
        from ``nlp-checker learn``); default the bundled expert weights. ``audit.weights_version``
        names the file's version.

    Examples
    --------
    >>> checker = Checker()  # doctest: +SKIP
    >>> checker.check_text(note_text).risk.level  # doctest: +SKIP
    'low'
    """

    def __init__(self, limits: Limits | None = None, weights: str | Path | None = None) -> None:
        self.limits = limits or Limits()
        self.weights = load_model(weights)
        self.nlp, self.rules = build_pipeline()
        lexicon = self.rules.lexicon
        self.speller = Speller(lexicon.terms, lexicon.keep) if lexicon else None
        self._titles = {spec.id: spec.title for spec in catalogue()}

    @property
    def rules_version(self) -> str:
        """Version of the rule set under patterns/."""
        return self.rules.version

    def _audit(self, document: SourceDocument | None) -> Audit:
        return Audit(
            input_sha256=document.sha256 if document else None,
            checker_version=__version__,
            rules_version=self.rules.version,
            weights_version=self.weights.version,
            pages=len(document.pages) if document else None,
            media_type=document.media_type if document else None,
            pages_checked=list(document.pages_checked) if document else None,
            pages_left_out=[
                PageLeftOut(page=p.number, kind=p.kind) for p in document.pages if not p.checked
            ]
            if document
            else None,
        )

    def correct(self, text: str) -> Corrections:
        """Return ``text`` with misspelled key words read as the words (see pipeline/spelling)."""
        return self.speller.correct(text) if self.speller else Corrections(text=text)

    def annotate(self, text: str) -> list[tuple[Doc, int]]:
        """Run the pipeline over ``text`` in pieces; return ``(doc, offset)`` pairs."""
        pieces = split_text(text)
        docs = self.nlp.pipe(piece for _, piece in pieces)
        return [(doc, offset) for doc, (offset, _) in zip(docs, pieces, strict=True)]

    def check_document(
        self, document: SourceDocument, code: str = "62323", modifiers: Sequence[str] = ()
    ) -> CheckResult:
        """Check an ingested document."""
        code, mods = validate_claim(code, modifiers)
        corrections = self.correct(document.text)
        findings, facts = extract(self.annotate(corrections.text), document, corrections)
        if not facts.procedure_described:
            msg = (
                "nothing in this text describes a procedure (no injection, approach, guidance, "
                "injectate or procedure name); check that the right document was sent"
            )
            return self.error_result(
                document.source, NotAProcedureNoteError(msg), code, mods, document.sha256
            )
        if document.words or any(p.ocr for p in document.pages):
            findings = _locate_evidence(findings, document)
        findings = review_findings(findings, self._titles)
        code_check = check_code(findings, facts, code, mods)
        risk = assess(findings, code_check, facts, self.weights)
        required_present = documented(findings)
        return CheckResult(
            source=document.source,
            status="ok",
            billed_code=code,
            modifiers=mods,
            complete=required_present and code_check.supported,
            elements=findings,
            code_check=code_check,
            risk=risk,
            audit=self._audit(document),
        )

    def _guarded(
        self, document: SourceDocument, code: str, modifiers: Sequence[str]
    ) -> CheckResult:
        """Check a document; a bug on one note becomes its error row instead of a stop.

        A batch of 10,000 notes must not lose 9,999 to one note that trips the pipeline. The
        log names the source and the exception type only, never the note text.
        """
        try:
            return self.check_document(document, code, modifiers)
        except Exception as exc:
            # No traceback: exception messages from the pipeline may quote the note.
            log.error(  # noqa: TRY400
                "internal error on %s: %s", document.source, type(exc).__name__
            )
            msg = (
                f"the checker failed on this document ({type(exc).__name__}); report it with "
                f"the input sha256 {document.sha256[:12]}"
            )
            return self.error_result(
                document.source, InternalError(msg), code, modifiers, document.sha256
            )

    def error_result(
        self,
        source: str,
        error: CheckerError,
        code: str = "62323",
        modifiers: Sequence[str] = (),
        sha256: str | None = None,
    ) -> CheckResult:
        """Return the result row for a document that could not be checked."""
        audit = self._audit(None).model_copy(update={"input_sha256": sha256})
        return CheckResult(
            source=source,
            status="error",
            billed_code=code,
            modifiers=list(modifiers),
            complete=False,
            audit=audit,
            error=ErrorInfo(type=error.code, message=str(error)),
        )

    def check_text(
        self,
        text: str,
        code: str = "62323",
        modifiers: Sequence[str] = (),
        source: str = "<text>",
    ) -> CheckResult:
        """Check note text; unreadable input becomes an error result, not an exception."""
        validate_claim(code, modifiers)
        try:
            document = load_text(text, source)
        except InputError as exc:
            return self.error_result(source, exc, code, modifiers)
        return self._guarded(document, code, modifiers)

    def check_bytes(
        self,
        data: bytes,
        source: str,
        code: str = "62323",
        modifiers: Sequence[str] = (),
    ) -> CheckResult:
        """Check a file's bytes (text or PDF, sniffed from the content)."""
        validate_claim(code, modifiers)
        try:
            document = load_bytes(data, source, self.limits)
        except InputError as exc:
            log.info("input error for %s: %s", source, exc.code)
            return self.error_result(source, exc, code, modifiers)
        return self._guarded(document, code, modifiers)

    def check_file(
        self, path: str | Path, code: str = "62323", modifiers: Sequence[str] = ()
    ) -> CheckResult:
        """Check one file."""
        validate_claim(code, modifiers)
        path = Path(path)
        try:
            document = load_path(path, self.limits)
        except InputError as exc:
            log.info("input error for %s: %s", path, exc.code)
            return self.error_result(str(path), exc, code, modifiers)
        return self._guarded(document, code, modifiers)

    def check_many(
        self, paths: Iterable[str | Path], code: str = "62323", modifiers: Sequence[str] = ()
    ) -> Iterator[CheckResult]:
        """Check files one after another; a bad file is one error row, never a stop."""
        for path in paths:
            yield self.check_file(path, code, modifiers)


def _locate_evidence(findings: dict[str, Finding], document: SourceDocument) -> dict[str, Finding]:
    """Add each evidence item's box on the page and its OCR provenance (PDFs and scans)."""
    located: dict[str, Finding] = {}
    for name, finding in findings.items():
        evidence = []
        for item in finding.evidence:
            where = document.locate(item.start, item.end)
            evidence.append(
                item.model_copy(
                    update={
                        "page": where.page,
                        "bbox": list(where.bbox) if where.bbox else None,
                        "ocr": where.ocr,
                        "confidence": where.confidence,
                    }
                )
            )
        located[name] = finding.model_copy(update={"evidence": evidence})
    return located


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield files given directly, and note files (``NOTE_SUFFIXES``) found in directories.

    Entries with a note suffix that are not regular files (a FIFO, a link to a device) are
    yielded too: reading them gives a ``not_a_file`` error row rather than a silent skip.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if not p.is_dir() and p.suffix.lower() in NOTE_SUFFIXES
            )
        else:
            yield path
