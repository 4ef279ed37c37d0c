"""The one loader for rule files under patterns/: validates rules, names file and id on error."""

from __future__ import annotations

import json
from importlib.abc import Traversable
from typing import Any, Literal

from medspacy.context import ConTextRule
from medspacy.section_detection import SectionRule
from medspacy.target_matcher import TargetRule
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from nlp_checker.errors import RulesError
from nlp_checker.pipeline.regex_check import check_regex
from nlp_checker.resources import data_dir


class RuleMeta(BaseModel):
    """Metadata every rule carries: a unique id and the requirement it serves."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=3)
    source: str = Field(min_length=2)


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    literal: str
    category: str
    pattern: str | list[dict[str, Any]] | None = None
    metadata: RuleMeta

    @field_validator("pattern")
    @classmethod
    def _compiles(
        cls, value: str | list[dict[str, Any]] | None
    ) -> str | list[dict[str, Any]] | None:
        if isinstance(value, str):
            check_regex(value)
        return value


class _UpperRule(_Rule):
    @field_validator("category")
    @classmethod
    def _upper(cls, value: str) -> str:
        if value != value.upper():
            msg = "categories are UPPER_CASE"
            raise ValueError(msg)
        return value


class TargetRuleSpec(_UpperRule):
    """One TargetMatcher rule as written in a patterns/targets/*.json file."""

    attributes: dict[str, Any] | None = None


class ContextRuleSpec(_UpperRule):
    """One ConText modifier rule (patterns/context_rules.json)."""

    direction: Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]
    allowed_types: list[str] | None = None
    excluded_types: list[str] | None = None
    max_scope: int | None = Field(default=None, gt=0)
    max_targets: int | None = Field(default=None, gt=0)
    terminated_by: list[str] | None = None


class SectionRuleSpec(_Rule):
    """One Sectionizer header rule (patterns/section_rules.json)."""

    @field_validator("category")
    @classmethod
    def _lower(cls, value: str) -> str:
        if value != value.lower():
            msg = "section categories are lower_case"
            raise ValueError(msg)
        return value


class SoundAlikeSpec(BaseModel):
    """A real word speech recognition puts for a term, read as the term only beside its cues.

    "2 ml of contract was injected": "contract" is a word, so it is never corrected on its own,
    but after "ml of" or before "injected" it can only be "contrast".
    """

    model_config = ConfigDict(extra="forbid")

    word: str
    term: str
    before: list[str] = []
    after: list[str] = []


class LexiconSpec(BaseModel):
    """Key words whose misspellings are read as the word (patterns/lexicon.json)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    description: str
    version: str
    terms: list[str] = Field(min_length=1)
    keep: list[str] = []
    sound_alikes: list[SoundAlikeSpec] = []

    @field_validator("terms", "keep")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        bad = [w for w in value if not w.isalpha() or w != w.lower()]
        if bad:
            msg = f"lexicon words are lower-case letters only: {bad}"
            raise ValueError(msg)
        return value


class RuleSet(BaseModel):
    """All rules, validated, with the rule-set version (patterns/VERSION)."""

    version: str
    targets: list[TargetRuleSpec]
    context: list[ContextRuleSpec]
    sections: list[SectionRuleSpec]
    lexicon: LexiconSpec | None = None
    cues: list[TargetRuleSpec] = []


def _read(path: Traversable) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        msg = f"{path.name}: cannot read rule file ({exc})"
        raise RulesError(msg) from exc
    if not isinstance(data, dict) or "name" not in data or "description" not in data:
        msg = f"{path.name}: a rule file is an object with 'name', 'description' and its rule list"
        raise RulesError(msg)
    return data


def validate_rules(items: Any, model: type[_Rule], name: str) -> list[Any]:
    """Validate a list of rules of one kind; errors name the file and the rule id."""
    if not isinstance(items, list):
        msg = f"{name}: expected a list of rules"
        raise RulesError(msg)
    out = []
    for index, item in enumerate(items):
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            rule_id = (
                item.get("metadata", {}).get("id", f"#{index}") if isinstance(item, dict) else index
            )
            msg = f"{name}: rule {rule_id}: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}"
            raise RulesError(msg) from exc
    return out


def _validate(path: Traversable, key: str, model: type[_Rule]) -> list[Any]:
    data = _read(path)
    items = data.get(key)
    if not isinstance(items, list):
        msg = f"{path.name}: expected a list under {key!r}"
        raise RulesError(msg)
    return validate_rules(items, model, path.name)


def load_ruleset(root: Traversable | None = None) -> RuleSet:
    """Read and validate every rule file; rule ids must be unique across files."""
    root = root or data_dir("patterns")
    targets_dir = root.joinpath("targets")
    target_files = sorted(
        (p for p in targets_dir.iterdir() if p.name.endswith(".json")), key=lambda p: p.name
    )
    targets: list[TargetRuleSpec] = []
    for path in target_files:
        targets.extend(_validate(path, "target_rules", TargetRuleSpec))
    context = _validate(root.joinpath("context_rules.json"), "context_rules", ContextRuleSpec)
    sections = _validate(root.joinpath("section_rules.json"), "section_rules", SectionRuleSpec)
    cues_path = root.joinpath("cues.json")
    cues = _validate(cues_path, "target_rules", TargetRuleSpec) if cues_path.is_file() else []
    seen: set[str] = set()
    for rule in [*targets, *context, *sections, *cues]:
        if rule.metadata.id in seen:
            msg = f"rule id {rule.metadata.id!r} is used twice under patterns/"
            raise RulesError(msg)
        seen.add(rule.metadata.id)
    version = root.joinpath("VERSION").read_text(encoding="utf-8").strip()
    lexicon_path = root.joinpath("lexicon.json")
    lexicon = None
    if lexicon_path.is_file():
        try:
            lexicon = LexiconSpec.model_validate(_read(lexicon_path))
        except ValidationError as exc:
            msg = f"lexicon.json: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}"
            raise RulesError(msg) from exc
    return RuleSet(
        version=version,
        targets=targets,
        context=context,
        sections=sections,
        lexicon=lexicon,
        cues=cues,
    )


def to_target_rules(specs: list[TargetRuleSpec]) -> list[TargetRule]:
    """Build medspaCy TargetRules."""
    return [
        TargetRule(
            literal=s.literal,
            category=s.category,
            pattern=s.pattern,
            attributes=s.attributes,
            metadata=s.metadata.model_dump(),
        )
        for s in specs
    ]


def to_context_rules(specs: list[ContextRuleSpec]) -> list[ConTextRule]:
    """Build medspaCy ConTextRules (terminated_by is not accepted by ConTextRule.from_json)."""
    return [
        ConTextRule(
            literal=s.literal,
            category=s.category,
            pattern=s.pattern,
            direction=s.direction,
            allowed_types=set(s.allowed_types) if s.allowed_types else None,
            excluded_types=set(s.excluded_types) if s.excluded_types else None,
            max_scope=s.max_scope,
            max_targets=s.max_targets,
            terminated_by=set(s.terminated_by) if s.terminated_by else None,
            metadata=s.metadata.model_dump(),
        )
        for s in specs
    ]


def to_section_rules(specs: list[SectionRuleSpec]) -> list[SectionRule]:
    """Build medspaCy SectionRules."""
    return [
        SectionRule(
            literal=s.literal,
            category=s.category,
            pattern=s.pattern,
            metadata=s.metadata.model_dump(),
        )
        for s in specs
    ]
