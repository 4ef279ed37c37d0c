"""Build the pipeline from the rule files: an ordered list of registered factories and configs."""

from __future__ import annotations

from importlib.abc import Traversable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from nlp_checker.errors import RulesError
from nlp_checker.pipeline import components as _components  # noqa: F401  (registers factories)
from nlp_checker.pipeline import extensions
from nlp_checker.pipeline import sentences as _sentences  # noqa: F401  (registers the factory)
from nlp_checker.pipeline.rules import RuleSet, load_ruleset

TOKENIZER = {"@tokenizers": "nlp_checker.light_tokenizer.v1"}
# (factory, part of the rule set it takes); the config records the rule folder.
STEPS = (
    ("nlp_checker_lines", None),
    ("nlp_checker_sections", "sections"),
    ("nlp_checker_targets", "targets"),
    ("nlp_checker_cues", "cues"),
    ("nlp_checker_context", "context"),
)
_RULED = ("nlp_checker_sections", "nlp_checker_targets", "nlp_checker_context")


def _quiet_pyrush() -> None:
    """Silence PyRuSH if medspaCy imported it: its DEBUG lines carry note tokens."""
    try:
        from loguru import logger
    except ImportError:  # pragma: no cover - loguru comes with medspaCy
        return
    logger.disable("PyRuSH")


def build_pipeline(
    ruleset: RuleSet | None = None, root: Path | Traversable | None = None
) -> tuple[Language, RuleSet]:
    """Return a ready spaCy pipeline and the rule set it was built from.

    ``root`` is the patterns folder the rule set came from; it goes into the components' config
    (null for the bundled folder).
    """
    _quiet_pyrush()
    ruleset = ruleset or load_ruleset(root)
    extensions.register()
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": TOKENIZER}})
    folder = str(root) if isinstance(root, Path) else None
    for factory, part in STEPS:
        rules = list(getattr(ruleset, part)) if part is not None else []
        if factory == "nlp_checker_cues" and not rules:
            continue
        config: dict[str, Any] = {} if part is None else {"rules": folder}
        component: Any = nlp.add_pipe(factory, config=config)
        if part is not None:
            component.set_rules(rules, ruleset.version)
    return nlp, ruleset


def pipeline_rules_version(nlp: Language) -> str:
    """Return the rule-set version of a built or loaded pipeline (its rule components agree)."""
    versions = set()
    for name in _RULED:
        if name not in nlp.pipe_names:
            msg = f"the pipeline has no {name} component; build it with build_pipeline()"
            raise RulesError(msg)
        component: Any = nlp.get_pipe(name)
        component.ensure_rules()
        versions.add(component.rules_version)
    if len(versions) != 1:
        msg = f"the pipeline's rule components disagree on the rule-set version: {sorted(versions)}"
        raise RulesError(msg)
    return str(versions.pop())
