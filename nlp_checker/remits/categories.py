"""Our own grouping of CARC/RARC codes into categories (data/remit/carc_categories.json).

This is the one map of categories: the remittance reader categorizes adjustments with it, and
the claim check's denial labels (data/claims/denials.json) take their category from it.
Only code numbers and our labels are kept: the official CARC/RARC wording belongs to X12 and is
not shipped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from importlib.abc import Traversable

from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from nlp_checker.errors import RulesError
from nlp_checker.resources import data_file


class Category(BaseModel):
    """A category: our label, and whether it counts as a denial."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    label: str
    denial: bool


class CategoryMap(BaseModel):
    """CARC code -> category, refined by a (CARC, RARC) pair."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    version: str
    categories: dict[str, Category]
    carc: dict[str, str]
    rarc: dict[str, str] = {}
    pairs: dict[str, str] = {}

    @model_validator(mode="after")
    def _known(self) -> CategoryMap:
        unknown = {*self.carc.values(), *self.rarc.values(), *self.pairs.values()} - set(
            self.categories
        )
        if unknown or "other" not in self.categories:
            msg = f"undeclared categories: {sorted(unknown) or ['other']}"
            raise ValueError(msg)
        return self

    def categorize(self, carc: str | None, remarks: Sequence[str] = ()) -> str:
        """Return the category of a reason code, refined by the first remark code that pairs."""
        code = (carc or "").strip().upper()
        for remark in remarks:
            pair = self.pairs.get(f"{code}+{remark.strip().upper()}")
            if pair:
                return pair
        return self.carc.get(code, "other")

    def category_of(self, code: str) -> str | None:
        """Return the category of a group-coded CARC (``CO-96``) or a RARC (``N362``), if listed.

        Unlike :meth:`categorize`, an unlisted code gives None, not ``other``.
        """
        group, sep, carc = code.strip().upper().partition("-")
        if sep and group in ("CO", "PR", "OA", "PI"):
            return self.carc.get(carc)
        return self.rarc.get(code.strip().upper())

    def is_denial(self, group: str | None, category: str) -> bool:
        """Tell whether a payer-side adjustment (not PR) in this category is a denial."""
        if (group or "").upper() == "PR":
            return False
        return self.categories[category].denial


@lru_cache(maxsize=1)
def load_categories() -> CategoryMap:
    """Read and validate the bundled data/remit/carc_categories.json."""
    return read_categories(data_file("data", "remit/carc_categories.json"))


def read_categories(path: Traversable) -> CategoryMap:
    """Read and validate a category file (``path`` is its carc_categories.json).

    Raises
    ------
    RulesError
        When the file is missing, not JSON, or names an undeclared category.
    """
    try:
        return CategoryMap.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        msg = f"data/remit/carc_categories.json is invalid: {exc}"
        raise RulesError(msg) from exc
