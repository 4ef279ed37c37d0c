"""The :class:`Claim` value: the one input besides the document (schema/claim.schema.json).

Every field but the first line's code is optional. A claim comes from CLI flags, a ``--claim``
JSON file, a batch manifest row, or the API, and is echoed in the result it was checked against.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nlp_checker.errors import UsageError

_STATE_LIST = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP"
)
US_STATES = frozenset(_STATE_LIST.split(" "))
_ICD10 = re.compile(r"^[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}$")
_PAYER = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}(?::[A-Za-z0-9]{1,6})?$")

Code = Annotated[
    str,
    Field(
        pattern=r"^[A-Z0-9]{5}$",
        description="CPT or HCPCS code, five characters (e.g. 62323, 77003, J3301).",
        examples=["62323"],
    ),
]
ModifierCode = Annotated[
    str, Field(pattern=r"^[A-Z0-9]{2}$", description="Two-character modifier (e.g. RT, 59).")
]
Icd10 = Annotated[
    str,
    Field(
        pattern=r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$",
        description="ICD-10-CM code; written with or without the dot, echoed with it.",
        examples=["M54.16"],
    ),
]


def normalise_icd10(value: str) -> str:
    """Return an ICD-10-CM code upper-cased, with its dot after the third character.

    Raises
    ------
    ValueError
        When the text is not shaped like an ICD-10-CM code.
    """
    compact = value.strip().upper().replace(".", "")
    if not _ICD10.match(compact):
        msg = f"{value!r} is not an ICD-10-CM code (a letter, two characters, up to 4 more)"
        raise ValueError(msg)
    return compact if len(compact) == 3 else f"{compact[:3]}.{compact[3:]}"


def _codes(values: Any) -> Any:
    if isinstance(values, str):
        values = [values]
    if isinstance(values, Iterable):
        return tuple(str(v).strip().upper() for v in values if str(v).strip())
    return values


# The code a note is checked against when the caller names none (the first procedure family).
DEFAULT_CODE = "62323"


class ClaimLine(BaseModel):
    """One service line: the code, its units and modifiers."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: Code
    units: int = Field(1, ge=1, le=999, description="Units of service (default 1).")
    modifiers: tuple[ModifierCode, ...] = Field(
        (), max_length=4, description="Modifiers on the line, in billing order."
    )
    icd10: tuple[Icd10, ...] = Field(
        (),
        max_length=4,
        description="Diagnoses this line points to; empty means the claim's diagnoses.",
    )

    @field_validator("code", mode="before")
    @classmethod
    def _code(cls, value: Any) -> Any:
        return str(value).strip().upper() if isinstance(value, str | int) else value

    @field_validator("modifiers", mode="before")
    @classmethod
    def _modifiers(cls, value: Any) -> Any:
        return _codes(value)

    @field_validator("icd10", mode="before")
    @classmethod
    def _icd10(cls, value: Any) -> Any:
        return tuple(normalise_icd10(str(v)) for v in _codes(value))


class Claim(BaseModel):
    """What was billed for the note: claim lines, diagnoses, payer, place, state, dates.

    The first line whose code has a procedure profile is the procedure the note is checked for.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "lines": [
                        {"code": "62323", "units": 1, "modifiers": []},
                        {"code": "77003", "units": 1},
                    ],
                    "icd10": ["M54.16"],
                    "date_of_service": "2026-06-01",
                    "payer": "medicare",
                    "state": "TX",
                    "place_of_service": "11",
                    "prior_auth": None,
                }
            ]
        },
    )

    lines: tuple[ClaimLine, ...] = Field(min_length=1, max_length=50)
    icd10: tuple[Icd10, ...] = Field((), max_length=12, description="ICD-10-CM diagnoses.")
    date_of_service: date | None = Field(None, description="Date of service (YYYY-MM-DD).")
    place_of_service: str | None = Field(
        None, pattern=r"^[0-9]{2}$", description="CMS place-of-service code (11 office, 22...)."
    )
    payer: str | None = Field(
        None,
        description=(
            "Payer profile id (data/payers), optionally with a Medicare jurisdiction: "
            "'medicare', 'medicare:JF', 'cigna-evicore'. Default: Medicare, jurisdiction from "
            "the state, else unknown."
        ),
        examples=["medicare"],
    )
    state: str | None = Field(
        None, description="The patient's state (USPS code), e.g. TX.", examples=["TX"]
    )
    prior_auth: str | None = Field(
        None, max_length=50, description="Prior-authorization number (or WISeR UTN)."
    )
    claim_id: str | None = Field(
        None, max_length=64, description="The practice's claim id, to link remittances later."
    )

    @field_validator("icd10", mode="before")
    @classmethod
    def _icd10(cls, value: Any) -> Any:
        return tuple(normalise_icd10(str(v)) for v in _codes(value))

    @field_validator("payer", mode="before")
    @classmethod
    def _payer(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        name, _, jurisdiction = value.strip().partition(":")
        text = f"{name.lower()}:{jurisdiction.upper()}" if jurisdiction else name.lower()
        if not text:
            return None
        if not _PAYER.match(text):
            msg = f"{value!r} is not a payer profile id (letters, digits and '-', e.g. 'medicare')"
            raise ValueError(msg)
        return text

    @field_validator("state", mode="before")
    @classmethod
    def _state(cls, value: Any) -> Any:
        if not isinstance(value, str):
            return value
        text = value.strip().upper()
        if not text:
            return None
        if text not in US_STATES:
            msg = f"{value!r} is not a US state or territory code (e.g. TX)"
            raise ValueError(msg)
        return text

    @field_validator("prior_auth", "claim_id", "place_of_service", mode="before")
    @classmethod
    def _blank_is_none(cls, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip() or None
        return value

    @field_validator("date_of_service", mode="before")
    @classmethod
    def _date(cls, value: Any) -> Any:
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @classmethod
    def default(cls) -> Claim:
        """Return the claim a note is checked against when none is given: 62323 to Medicare."""
        return cls.billed(DEFAULT_CODE)

    @classmethod
    def billed(cls, code: str, modifiers: Sequence[str] = (), **fields: Any) -> Claim:
        """Return a one-line claim for ``code`` (the CLI and API shorthand).

        Raises
        ------
        UsageError
            When a field is not valid (the message names it).
        """
        units = fields.pop("units", None)
        line: dict[str, Any] = {"code": code, "modifiers": list(modifiers)}
        if units is not None:
            line["units"] = units
        return parse_claim({"lines": [line], **fields})

    @property
    def modifiers(self) -> tuple[str, ...]:
        """Modifiers of the first line."""
        return self.lines[0].modifiers


def parse_claim(data: Any, where: str = "claim") -> Claim:
    """Validate claim data (a mapping from JSON, a manifest row, a request body).

    Raises
    ------
    UsageError
        Naming ``where``, the failing field and what is wrong with it.
    """
    if isinstance(data, Claim):
        return data
    if not isinstance(data, Mapping):
        msg = f"{where}: a claim is a JSON object with 'lines' (see schema/claim.schema.json)"
        raise UsageError(msg)
    try:
        return Claim.model_validate(dict(data))
    except ValidationError as exc:
        msg = f"{where}: {validation_message(exc)}"
        raise UsageError(msg) from exc


def validation_message(exc: ValidationError) -> str:
    """Return a short message for a claim validation error (field and problem, no input)."""
    parts = []
    for error in exc.errors()[:3]:
        field = ".".join(str(p) for p in error.get("loc", ())) or "claim"
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{field}: {message}")
    return "; ".join(parts)


def read_claim_file(path: str, text: str) -> Claim:
    """Parse a ``--claim`` file: one claim as a JSON object.

    Raises
    ------
    UsageError
        When the file is not JSON or not a valid claim.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        msg = f"{path}: not JSON ({exc.msg} at line {exc.lineno}); see schema/claim.schema.json"
        raise UsageError(msg) from exc
    return parse_claim(data, path)


def claim_json_schema() -> dict[str, Any]:
    """Return the JSON Schema of :class:`Claim` (schema/claim.schema.json)."""
    schema = Claim.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://nlp-checker.invalid/schema/claim.schema.json"
    return schema
