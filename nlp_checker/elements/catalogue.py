"""The element catalogue (patterns/elements.json): titles, required flags, what to add."""

from __future__ import annotations

import json
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from nlp_checker.errors import RulesError
from nlp_checker.resources import data_file


class ElementSpec(BaseModel):
    """One element of the output contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    required: bool
    source: str
    fix: str


@lru_cache(maxsize=1)
def catalogue() -> tuple[ElementSpec, ...]:
    """Return every element in contract order."""
    path = data_file("patterns", "elements.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(ElementSpec.model_validate(item) for item in data["elements"])
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"patterns/elements.json is invalid: {exc}"
        raise RulesError(msg) from exc


ELEMENT_IDS = (
    "patient_id", "date_of_service", "vas_pre", "vas_post", "signature", "imaging_guidance",
    "needle_views", "contrast_flow", "spinal_level", "region", "approach", "medication",
    "indication", "conservative_care",
)  # fmt: skip
