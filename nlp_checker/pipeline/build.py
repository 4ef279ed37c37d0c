"""Build the pipeline from the rule files: an ordered list of components, nothing serialised."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from nlp_checker.pipeline import extensions
from nlp_checker.pipeline import sentences as _sentences  # noqa: F401  (registers the factory)
from nlp_checker.pipeline.fast_regex import speed_up
from nlp_checker.pipeline.rules import (
    RuleSet,
    load_ruleset,
    to_context_rules,
    to_section_rules,
    to_target_rules,
)
from nlp_checker.pipeline.tokenizer import use_light_tokenizer


def _quiet_pyrush() -> None:
    """Silence PyRuSH if medspaCy imported it: its DEBUG lines carry note tokens."""
    try:
        from loguru import logger
    except ImportError:  # pragma: no cover - loguru comes with medspaCy
        return
    logger.disable("PyRuSH")


def build_pipeline(ruleset: RuleSet | None = None) -> tuple[Language, RuleSet]:
    """Return a ready spaCy pipeline and the rule set it was built from."""
    _quiet_pyrush()
    ruleset = ruleset or load_ruleset()
    extensions.register()
    nlp = spacy.blank("en")
    use_light_tokenizer(nlp)
    steps: list[tuple[str, str, dict[str, Any], list[Any]]] = [
        ("nlp_checker_lines", "nlp_checker_lines", {}, []),
        (
            "medspacy_sectionizer",
            "medspacy_sectionizer",
            {"rules": None, "span_attrs": None, "require_start_line": True},
            to_section_rules(ruleset.sections),
        ),
        (
            "medspacy_target_matcher",
            "medspacy_target_matcher",
            {"result_type": "group", "span_group_name": extensions.TARGET_GROUP},
            to_target_rules(ruleset.targets),
        ),
        (
            "medspacy_target_matcher",
            "nlp_checker_cues",
            {"result_type": "group", "span_group_name": extensions.CUE_GROUP},
            to_target_rules(ruleset.cues),
        ),
        (
            "medspacy_context",
            "medspacy_context",
            {
                "rules": None,
                "span_attrs": extensions.CONTEXT_ATTRIBUTES,
                "input_span_type": "group",
                "span_group_name": extensions.TARGET_GROUP,
            },
            to_context_rules(ruleset.context),
        ),
    ]
    for factory, name, config, rules in steps:
        if factory == "medspacy_target_matcher" and not rules:
            continue
        component: Any = nlp.add_pipe(factory, name=name, config=config)
        if rules:
            # medspaCy 1.3.1's target matcher rejects config={"rules": path}; rules go in here.
            component.add(rules)
            speed_up(component)
    return nlp, ruleset
