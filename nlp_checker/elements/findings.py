"""Values the elements stage hands on: evidence spans and one finding per element."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["present", "missing", "negated", "incomplete", "uncertain"]

# Order of precedence when several mentions disagree: the affirmative one wins.
STATUS_RANK: dict[str, int] = {
    "present": 4,
    "incomplete": 3,
    "negated": 2,
    "uncertain": 1,
    "missing": 0,
}


class Modifier(BaseModel):
    """The ConText modifier (or section) that changed a mention's status."""

    model_config = ConfigDict(frozen=True)

    category: str
    text: str
    rule: str | None = None


class Evidence(BaseModel):
    """A quoted span of the note that a finding rests on."""

    model_config = ConfigDict(frozen=True)

    text: str
    start: int
    end: int
    page: int = 1
    section: str | None = None
    rule: str
    modifier: Modifier | None = None
    # Position on the original page, [x0, top, x1, bottom] in PDF points (pixels for an image
    # file), origin top-left; None for plain text.
    bbox: list[float] | None = None
    # The quoted text was read by OCR from a scan, with Tesseract's word confidence (0-100).
    ocr: bool = False
    confidence: float | None = None
    # The span rests on a misspelled key word read as the word ("flouroscopy"): evidence that a
    # person should look at before the claim goes out.
    fuzzy: bool = False


ReviewCode = Literal["fuzzy_match", "low_ocr_confidence"]


class Review(BaseModel):
    """Why a finding's evidence needs a person's eyes before the note counts as complete."""

    model_config = ConfigDict(frozen=True)

    code: ReviewCode
    message: str


# What a status means, as the first words of a finding's explanation.
STATUS_SENTENCES = {
    "missing": "Not documented.",
    "negated": "The note says it was not done or not obtained.",
    "incomplete": "Documented only in part.",
    "uncertain": "Only mentioned as possible or planned, not as done.",
}


def explanation(status: str, detail: str | None) -> str:
    """Return a status and its detail as one sentence ('' for a present element)."""
    if status == "present":
        return ""
    lead = STATUS_SENTENCES[status]
    return f"{lead.rstrip('.')}: {detail}." if detail else lead


class Finding(BaseModel):
    """What the note documents for one element."""

    model_config = ConfigDict(frozen=True)

    status: Status
    value: Any = None
    required: bool = False
    # False for an element the billed procedure does not use (the side and foramen of an
    # interlaminar injection): screens show it without asking for it to be added.
    applies: bool = True
    evidence: list[Evidence] = []
    message: str = ""
    # The status and its detail as one sentence, for a screen that shows the title and the fix
    # apart ("Documented only in part: only one view (AP) is documented; ..."); '' when present.
    explanation: str = ""
    # Set when every piece of evidence is weak (fuzzy, low-confidence OCR): not complete.
    review: Review | None = None


class ProcedureFacts(BaseModel):
    """Facts the code check needs beyond the elements (from the same mentions)."""

    model_config = ConfigDict(frozen=True)

    epidural_mentioned: bool = False
    other_procedures: list[str] = []
    # Procedures that look like an ESI and are not one (epidural_blood_patch, lumbar_puncture,
    # discogram, epidurography): the note supports "other" whatever else it says.
    lookalike: list[str] = []
    ultrasound: bool = False
    biologic: list[str] = []
    axial_only: bool = False
    # Anything at all that describes a procedure (injection, approach, guidance, injectate, a
    # named block): without it the text is not a procedure note and is not scored.
    procedure_described: bool = True
    # Sedation given with the injection (drug or kind, lower case) and whether the note gives a
    # patient-specific reason for it (MCR-LIM-7): the claim check needs both.
    sedation: list[str] = []
    sedation_reason: bool = False
    # Where the note says the procedure was done (setting ids of patterns/targets/setting.json:
    # office, hospital_outpatient, asc): the claim check compares it with the place of service.
    settings: list[str] = []
