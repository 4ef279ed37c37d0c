"""The loader for patterns/patient_rules.json: validated; errors name the file and rule id."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from nlp_checker.errors import RulesError
from nlp_checker.pipeline.regex_check import check_regex
from nlp_checker.resources import data_file

RULE_FILE = "patient_rules.json"


class RuleMeta(BaseModel):
    """Metadata every rule carries: a unique id and the requirement it serves."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=3)
    source: str = Field(min_length=2)


class IdentifierRule(BaseModel):
    """How one identifier is read from the ``patient_id`` evidence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    evidence_rules: list[str] = Field(min_length=1)
    label: str
    metadata: RuleMeta

    @field_validator("label")
    @classmethod
    def _check_label(cls, value: str) -> str:
        return check_regex(value)


class ReliefRule(BaseModel):
    """A wording that reports relief (percent or functional) or its absence."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    literal: str
    kind: Literal["percent", "functional", "negative"]
    pattern: str
    metadata: RuleMeta

    @field_validator("pattern")
    @classmethod
    def _check_pattern(cls, value: str) -> str:
        return check_regex(value)

    @model_validator(mode="after")
    def _percent_has_group(self) -> ReliefRule:
        if self.kind == "percent" and re.compile(self.pattern).groups < 1:
            msg = "a percent rule captures the number in its first group"
            raise ValueError(msg)
        return self


class PriorContext(BaseModel):
    """Wording that ties a relief statement to the previous injection, and how near it must be."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    literal: str
    pattern: str
    sentence_boundary: str
    window_chars: int = Field(gt=0, le=2000)
    metadata: RuleMeta

    @field_validator("pattern", "sentence_boundary")
    @classmethod
    def _check_pattern(cls, value: str) -> str:
        return check_regex(value)


class FindingRule(BaseModel):
    """A patient-level finding the rules can raise."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=3)
    code: str = Field(pattern=r"^patient\.[a-z_]+$")
    source: str = Field(min_length=2)
    severity: Literal["low", "medium", "high"]
    description: str


class PatientRules(BaseModel):
    """Everything in patterns/patient_rules.json, validated."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str
    identifiers: dict[Literal["mrn", "name", "dob"], IdentifierRule]
    region_groups: dict[str, str]
    default_region_group: str
    epidural_codes: list[str]
    same_session_issue: str = Field(pattern=r"^[a-z]+\.[a-z_]+$")
    relief_rules: list[ReliefRule] = Field(min_length=1)
    prior_context: PriorContext
    findings: list[FindingRule]
    # Compiled forms of the patterns, built once per rule set by their users.
    _cache: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _unique_ids(self) -> PatientRules:
        ids = [r.metadata.id for r in self.relief_rules] + [self.prior_context.metadata.id]
        ids += [r.metadata.id for r in self.identifiers.values()] + [f.id for f in self.findings]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            msg = f"duplicate rule ids: {', '.join(duplicates)}"
            raise ValueError(msg)
        if set(self.identifiers) != {"mrn", "name", "dob"}:
            msg = "identifiers must define mrn, name and dob"
            raise ValueError(msg)
        return self

    def cached(self, name: str, build: Callable[[PatientRules], Any]) -> Any:
        """Return ``build(self)``, computed once per rule set under ``name``."""
        if name not in self._cache:
            self._cache[name] = build(self)
        return self._cache[name]

    def finding(self, rule_id: str) -> FindingRule:
        """Return the finding rule ``rule_id``."""
        for rule in self.findings:
            if rule.id == rule_id:
                return rule
        msg = f"{RULE_FILE}: no finding rule {rule_id!r}; add it under 'findings'"
        raise RulesError(msg)


def parse_rules(data: Any, name: str = RULE_FILE) -> PatientRules:
    """Validate already-parsed rule data.

    Raises
    ------
    RulesError
        Naming the file and the failing field (with the rule id when there is one).
    """
    try:
        return PatientRules.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        rule_id = _rule_id_at(data, first["loc"])
        label = f" (rule {rule_id})" if rule_id else ""
        msg = f"{name}: invalid entry at {where}{label}: {first['msg']}; fix the rule file"
        raise RulesError(msg) from exc


def _rule_id_at(data: Any, loc: tuple[int | str, ...]) -> str | None:
    node = data
    found: str | None = None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict):
            meta = node.get("metadata")
            found = meta.get("id") if isinstance(meta, dict) else node.get("id", found)
    return found


@lru_cache(maxsize=1)
def load_patient_rules() -> PatientRules:
    """Load and validate the bundled patterns/patient_rules.json (once per process)."""
    path = data_file("patterns", RULE_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        msg = f"{RULE_FILE}: cannot read rule file ({exc})"
        raise RulesError(msg) from exc
    return parse_rules(data)
