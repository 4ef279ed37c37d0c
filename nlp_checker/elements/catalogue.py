"""The element catalogue (patterns/elements.json): titles, sources, what to add.

Which elements a code requires is in its procedure profile (data/procedures/), not here.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from nlp_checker.errors import RulesError
from nlp_checker.resources import data_file


class ElementSpec(BaseModel):
    """One element of the output contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    source: str
    fix: str


@lru_cache(maxsize=8)
def catalogue(root: Path | None = None) -> tuple[ElementSpec, ...]:
    """Return every element in contract order (from ``root``, default the bundled patterns/)."""
    path = (
        root.joinpath("elements.json")
        if root is not None
        else data_file("patterns", "elements.json")
    )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(ElementSpec.model_validate(item) for item in data["elements"])
    except (ValueError, KeyError, TypeError) as exc:
        msg = f"patterns/elements.json is invalid: {exc}"
        raise RulesError(msg) from exc


ELEMENT_IDS = (
    "patient_id", "date_of_service", "vas_pre", "vas_post", "signature", "imaging_guidance",
    "needle_views", "contrast_flow", "spinal_level", "region", "approach", "medication",
    "indication", "conservative_care", "laterality", "foramen_level",
)  # fmt: skip
