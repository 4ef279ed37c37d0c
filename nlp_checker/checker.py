"""Load the pipeline once, then check many notes: ``Checker.check(source, claim)`` -> CheckResult.

:meth:`Checker.check` is the only place a document becomes a result or an error row; the CLI, the
service, the batch runner and Spark all call it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from nlp_checker import __version__
from nlp_checker.claimcheck.check import check_claim
from nlp_checker.claimcheck.icd10 import load_codeset
from nlp_checker.claimcheck.model import (
    ClaimCheck,
    ClaimTables,
    DenialLabel,
    TableRef,
    build_claim_check,
)
from nlp_checker.claimcheck.ncci import NcciTables
from nlp_checker.claimcheck.tables import load_claim_rules
from nlp_checker.claims.model import Claim
from nlp_checker.codes.check import check_code
from nlp_checker.codes.coverage import check_coverage
from nlp_checker.elements.catalogue import ELEMENT_IDS, catalogue
from nlp_checker.elements.extract import extract
from nlp_checker.elements.findings import Finding
from nlp_checker.elements.review import documented, review_findings
from nlp_checker.errors import (
    CheckerError,
    InputError,
    InternalError,
    NotAProcedureNoteError,
    RulesError,
    reported_error,
)
from nlp_checker.ingest.document import SourceDocument
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.load import load_bytes, load_path, load_text
from nlp_checker.inputs import NoteInput
from nlp_checker.issues import Issue
from nlp_checker.outputs.result import (
    Audit,
    CheckResult,
    ErrorInfo,
    PageLeftOut,
    PayerRef,
    ProfileRef,
    ProfilesUsed,
)
from nlp_checker.pipeline.build import build_pipeline, pipeline_rules_version
from nlp_checker.pipeline.chunks import split_text
from nlp_checker.pipeline.rules import load_ruleset
from nlp_checker.pipeline.spelling import Corrections, Speller
from nlp_checker.profiles.load import Profiles, Resolved, load_profiles
from nlp_checker.scoring.risk import RiskModel, assess, load_model

log = logging.getLogger(__name__)

# What a directory walk picks up: every format ingest reads (content is still sniffed).
NOTE_SUFFIXES = (
    ".txt", ".text", ".pdf", ".docx", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
)  # fmt: skip

Source = str | Path | NoteInput | SourceDocument
DEFAULT_CLAIM = Claim.default()


class Checker:
    """The checker: build once (about a second), then call :meth:`check` for each note.

    Parameters
    ----------
    rules : path, optional
        A patterns folder (rule files, element catalogue) instead of the bundled patterns/.
    profiles : path or Profiles, optional
        A data folder (procedure and payer profiles, issues, modifiers) instead of data/.
    weights : path, optional
        A weights file instead of models/risk_weights.json (e.g. a practice's learned weights).
    limits : Limits, optional
        Size, page and time limits for input files.
    nlp : spacy.language.Language, optional
        An already built pipeline, e.g. one saved with ``nlp.to_disk()`` and read back with
        ``spacy.load()``.

    Examples
    --------
    >>> checker = Checker()  # doctest: +SKIP
    >>> checker.check(Path("note.pdf"), Claim.billed("64483", ["RT"])).risk.level  # doctest: +SKIP
    'low'
    """

    def __init__(
        self,
        rules: str | Path | None = None,
        profiles: str | Path | Profiles | None = None,
        weights: str | Path | None = None,
        limits: Limits | None = None,
        nlp: Language | None = None,
    ) -> None:
        self.limits = limits or Limits()
        rules_root = Path(rules) if isinstance(rules, str) else rules
        self.profiles = profiles if isinstance(profiles, Profiles) else load_profiles(profiles)
        self.weights: RiskModel = load_model(weights)
        self.rules = load_ruleset(rules_root)
        # The claim-check data sits in the same data folder as the profiles (data/claims/).
        claims_root = profiles if isinstance(profiles, str | Path) else None
        if isinstance(profiles, Profiles):
            claims_root = Path(profiles.root)
        self.claim_rules = load_claim_rules(self.profiles, claims_root)
        self.ncci = NcciTables(self.claim_rules.ncci)
        self._denial_labels = {
            code: DenialLabel(category=d.category, label=d.label)
            for code, d in self.claim_rules.denials.items()
        }
        if nlp is None:
            self.nlp, _ = build_pipeline(self.rules, rules_root)
            self._rules_version = self.rules.version
        else:
            self.nlp = nlp
            self._rules_version = pipeline_rules_version(nlp)
        lexicon = self.rules.lexicon
        self.speller = (
            Speller(
                lexicon.terms,
                lexicon.keep,
                [(a.word, a.term, a.before, a.after) for a in lexicon.sound_alikes],
            )
            if lexicon
            else None
        )
        self.catalogue = catalogue(rules_root)
        self._specs = {spec.id: spec for spec in self.catalogue}
        self._titles = {spec.id: spec.title for spec in self.catalogue}
        self._profiles_used: dict[tuple[str, str, str | None, str | None], ProfilesUsed] = {}
        self._cross_check()

    def _cross_check(self) -> None:
        known = set(ELEMENT_IDS)
        for profile in self.profiles.procedures.values():
            unknown = sorted(set(profile.elements) - known)
            unknown += (
                [profile.session.levels_element]
                if profile.session.levels_element not in known
                else []
            )
            if unknown:
                msg = (
                    f"data/procedures/{profile.id}.json names unknown elements {', '.join(unknown)}"
                )
                raise RulesError(msg)
        unknown_issues = sorted(set(self.weights.issues) - set(self.profiles.issues))
        if unknown_issues:
            msg = f"the weights file weighs unknown issue codes {', '.join(unknown_issues)}"
            raise RulesError(msg)

    @property
    def rules_version(self) -> str:
        """Version of the rule set (patterns/VERSION)."""
        return self._rules_version

    # --- the check path ----------------------------------------------------------------------

    def check(self, source: Source, claim: Claim | None = None) -> CheckResult:
        """Check one document against ``claim`` (default: 62323 billed to Medicare).

        ``source`` is note text (``str``), a file (``Path``), a :class:`NoteInput` (bytes with a
        name, named text, or a document that could not be read) or an ingested document. A
        document that cannot be read, or that trips a bug, becomes an error row; it never raises.

        Raises
        ------
        UsageError
            When the claim cannot be checked (no code with a procedure profile, unknown
            modifier or payer): that is the caller's error, not the document's.
        """
        return self._run(source, claim)[0]

    def check_annotated(
        self, source: Source, claim: Claim | None = None
    ) -> tuple[CheckResult, SourceDocument | None]:
        """Like :meth:`check`, and also return the ingested document (None when unreadable)."""
        return self._run(source, claim)

    def check_many(
        self, sources: Iterable[Source], claim: Claim | None = None
    ) -> Iterator[CheckResult]:
        """Check documents one after another; a bad file is one error row, never a stop."""
        for source in sources:
            yield self.check(source, claim)

    def _run(
        self, source: Source, claim: Claim | None
    ) -> tuple[CheckResult, SourceDocument | None]:
        resolved = self.profiles.resolve(claim or DEFAULT_CLAIM)
        name, sha256 = _name_of(source)
        try:
            document = self._load(source)
        except InputError as exc:
            log.info("input error for %s: %s", name, exc.code)
            return self._error(name, exc, resolved, sha256), None
        try:
            return self._check_document(document, resolved), document
        except CheckerError as exc:
            # Raised on purpose mid-check (a batch worker's per-document timeout).
            return self._error(document.source, exc, resolved, document.sha256), None
        except Exception as exc:
            # A bug on one note becomes its error row: a batch of 10,000 notes must not lose
            # 9,999 to it. No traceback: exception messages from the pipeline may quote the note.
            log.error(  # noqa: TRY400
                "internal error on %s: %s", document.source, type(exc).__name__
            )
            msg = (
                f"the checker failed on this document ({type(exc).__name__}); report it with "
                f"the input sha256 {document.sha256[:12]}"
            )
            return self._error(document.source, InternalError(msg), resolved, document.sha256), None

    def _load(self, source: Source) -> SourceDocument:
        if isinstance(source, SourceDocument):
            return source
        if isinstance(source, Path):
            return load_path(source, self.limits)
        if isinstance(source, str):
            return load_text(source, "<text>", self.limits)
        if source.error_code is not None:
            raise reported_error(source.error_code, source.error_message)
        if source.data is not None:
            return load_bytes(source.data, source.name, self.limits)
        if source.text is not None:
            return load_text(source.text, source.name, self.limits)
        assert source.path is not None  # NoteInput holds exactly one
        return load_path(source.path, self.limits)

    def correct(self, text: str) -> Corrections:
        """Return ``text`` with misspelled key words read as the words (see pipeline/spelling)."""
        return self.speller.correct(text) if self.speller else Corrections(text=text)

    def annotate(self, text: str) -> list[tuple[Doc, int]]:
        """Run the pipeline over ``text`` in pieces; return ``(doc, offset)`` pairs."""
        pieces = split_text(text)
        docs = self.nlp.pipe(piece for _, piece in pieces)
        return [(doc, offset) for doc, (offset, _) in zip(docs, pieces, strict=True)]

    def _check_document(self, document: SourceDocument, resolved: Resolved) -> CheckResult:
        corrections = self.correct(document.text)
        findings, facts = extract(
            self.annotate(corrections.text), document, corrections, resolved.required, self._specs
        )
        unused = set(resolved.procedure.not_applicable)
        findings = {
            k: f.model_copy(update={"applies": False}) if k in unused else f
            for k, f in findings.items()
        }
        if not facts.procedure_described:
            msg = (
                "nothing in this text describes a procedure (no injection, approach, guidance, "
                "injectate or procedure name); check that the right document was sent"
            )
            raise NotAProcedureNoteError(msg)
        if document.words or any(p.ocr for p in document.pages):
            findings = _locate_evidence(findings, document)
        findings = review_findings(findings, self._titles)
        code_check, issues = check_code(findings, facts, resolved, self.profiles)
        issues += check_coverage(findings, resolved, self.profiles)
        issues += check_claim(
            resolved, self.profiles, self.claim_rules, self.ncci, load_codeset, findings, facts
        )
        claim_check = self._claim_check(resolved, issues)
        risk = assess(findings, issues, self.weights, resolved.procedure, resolved.payer.id)
        complete = (
            documented(findings)
            and code_check.supported
            and not any(issue.blocks_complete for issue in issues)
        )
        profile = self._profile(resolved)
        return CheckResult(
            source=document.source,
            status="ok",
            billed_code=resolved.billed,
            modifiers=list(resolved.modifiers),
            complete=complete,
            elements=findings,
            code_check=code_check,
            risk=risk,
            claim=resolved.claim,
            profile=profile,
            issues=issues,
            claim_check=claim_check,
            audit=self._audit(document, profile),
        )

    def _claim_check(self, resolved: Resolved, issues: list[Issue]) -> ClaimCheck:
        ptp, mue = self.ncci.info["ptp"], self.ncci.info["mue"]
        codes = {code for line in resolved.claim.lines for code in (line.icd10 or ())}
        tables = ClaimTables(
            ptp=TableRef(source=ptp.source, version=ptp.version),
            mue=TableRef(source=mue.source, version=mue.version),
            icd10=load_codeset().release if codes or resolved.claim.icd10 else None,
            claim_rules=self.claim_rules.version,
        )
        return build_claim_check(resolved.claim, issues, tables, self._denial_labels)

    def _error(
        self, source: str, error: CheckerError, resolved: Resolved, sha256: str | None
    ) -> CheckResult:
        profile = self._profile(resolved)
        audit = self._audit(None, profile).model_copy(update={"input_sha256": sha256})
        return CheckResult(
            source=source,
            status="error",
            billed_code=resolved.billed,
            modifiers=list(resolved.modifiers),
            complete=False,
            claim=resolved.claim,
            profile=profile,
            audit=audit,
            error=ErrorInfo(type=error.code, message=str(error)),
        )

    def _profile(self, resolved: Resolved) -> ProfilesUsed:
        key = (
            resolved.procedure.id,
            resolved.payer.id,
            resolved.jurisdiction,
            resolved.jurisdiction_basis,
        )
        used = self._profiles_used.get(key)
        if used is None:
            used = self._profiles_used[key] = self._profile_of(resolved)
        return used

    def _profile_of(self, resolved: Resolved) -> ProfilesUsed:
        payer = resolved.payer
        place = payer.jurisdictions.get(resolved.jurisdiction or "")
        return ProfilesUsed(
            procedure=ProfileRef(id=resolved.procedure.id, version=resolved.procedure.version),
            payer=PayerRef(
                id=payer.id,
                version=payer.version,
                name=payer.name,
                jurisdiction=resolved.jurisdiction,
                jurisdiction_basis=resolved.jurisdiction_basis,  # type: ignore[arg-type]
                mac=place.mac if place else None,
                lcd=place.lcd if place else None,
                article=place.article if place else None,
            ),
            issues_version=self.profiles.issues_version,
        )

    def _audit(self, document: SourceDocument | None, profile: ProfilesUsed) -> Audit:
        return Audit(
            input_sha256=document.sha256 if document else None,
            checker_version=__version__,
            rules_version=self.rules_version,
            weights_version=self.weights.version,
            pages=len(document.pages) if document else None,
            media_type=document.media_type if document else None,
            pages_checked=list(document.pages_checked) if document else None,
            pages_left_out=[
                PageLeftOut(page=p.number, kind=p.kind) for p in document.pages if not p.checked
            ]
            if document
            else None,
            profile=profile,
        )

    # --- shorthands --------------------------------------------------------------------------

    def check_text(
        self, text: str, *, claim: Claim | None = None, source: str = "<text>"
    ) -> CheckResult:
        """Check note text (shorthand for ``check(NoteInput.of_text(text, source), claim)``)."""
        return self.check(NoteInput.of_text(text, source), claim)

    def check_bytes(self, data: bytes, source: str, *, claim: Claim | None = None) -> CheckResult:
        """Check a file's bytes (shorthand for ``check(NoteInput.of_bytes(...), claim)``)."""
        return self.check(NoteInput.of_bytes(data, source), claim)

    def check_file(self, path: str | Path, *, claim: Claim | None = None) -> CheckResult:
        """Check one file (shorthand for ``check(Path(path), claim)``)."""
        return self.check(Path(path), claim)

    def describe(self) -> dict[str, Any]:
        """Return the element catalogue and the profiles in use (the service's /v1/elements).

        Each element lists the codes that require it and the gap weights of the default
        procedure (or of the weights file, when it overrides them).
        """
        payer = self.profiles.payer(None)
        default = self.profiles.default_procedure
        elements = []
        for spec in self.catalogue:
            required = {
                profile.id: [
                    code for code in profile.codes
                    if spec.id in profile.required_for({code}, payer)
                ]
                for profile in self.profiles.procedures.values()
            }  # fmt: skip
            rule = default.elements.get(spec.id)
            weights = self.weights.elements.get(spec.id)
            elements.append(
                {
                    **spec.model_dump(),
                    "required": bool(required[default.id]),
                    "required_by": required,
                    "weights": (
                        weights.model_dump()
                        if weights
                        else {
                            **rule.weights.model_dump(),
                            "reason": rule.reason,
                            "source": rule.source,
                        }
                        if rule and rule.weights
                        else None
                    ),
                }
            )
        return {
            "rules_version": self.rules_version,
            "weights_version": self.weights.version,
            "default_procedure": default.id,
            "profiles": self.profiles.describe(),
            "elements": elements,
            "issues": {code: w.model_dump() for code, w in self.weights.issues.items()},
            "levels": dict(self.weights.levels),
        }


def _name_of(source: Source) -> tuple[str, str | None]:
    if isinstance(source, SourceDocument):
        return source.source, source.sha256
    if isinstance(source, Path):
        return str(source), None
    if isinstance(source, str):
        return "<text>", None
    return source.name, source.sha256


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
