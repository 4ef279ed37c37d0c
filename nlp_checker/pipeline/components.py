"""The pipeline's rule-driven components, registered as spaCy factories that save their rules.

``nlp_checker_sections``, ``nlp_checker_targets`` and ``nlp_checker_context`` are medspaCy's
Sectionizer, TargetMatcher and ConText with the checker's settings and rule files. Their config
names the rule folder (``rules``: a patterns folder, or null for the bundled one); ``to_disk``
writes the validated rules next to the component, and ``from_disk`` reads them back, so
``nlp.to_disk(path)`` then ``spacy.load(path)`` gives the same pipeline (medspaCy's own components
save no rules). Rules are read when first needed, so a pipeline read back from disk never loads
the folder named in its config. (No ``from __future__ import annotations`` here: spaCy validates
the factories' signatures from their real annotations.)
"""

import json
import re
from pathlib import Path
from typing import Any, ClassVar

from medspacy.context import ConText, ConTextModifier
from medspacy.section_detection import Sectionizer
from medspacy.section_detection.util import is_start_line
from medspacy.target_matcher import TargetMatcher
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry

from nlp_checker.errors import RulesError
from nlp_checker.pipeline import extensions
from nlp_checker.pipeline.context_graph import ScopedContextGraph
from nlp_checker.pipeline.fast_regex import speed_up
from nlp_checker.pipeline.rules import (
    ContextRuleSpec,
    RuleSet,
    SectionRuleSpec,
    TargetRuleSpec,
    load_ruleset,
    to_context_rules,
    to_section_rules,
    to_target_rules,
    validate_rules,
)
from nlp_checker.pipeline.tokenizer import light_tokenizer

RULES_FILE = "rules.json"


class _SavesRules:
    """Rule loading, saving and reading shared by the three components."""

    key: ClassVar[str]
    spec: ClassVar[type[Any]]
    rules_dir: str | None
    rules_version: str | None
    _specs: list[Any] | None

    def _start(self, rules: str | None) -> None:
        self.rules_dir = rules
        self.rules_version = None
        self._specs = None

    def _part(self, ruleset: RuleSet) -> list[Any]:
        return list(ruleset.sections)

    def _convert(self, specs: list[Any]) -> list[Any]:
        raise NotImplementedError

    def set_rules(self, specs: list[Any], version: str) -> None:
        """Add the validated rules (once) and switch in the faster regex matcher."""
        if self._specs is not None:
            msg = f"{type(self).__name__}: rules are already loaded"
            raise RulesError(msg)
        self.add(self._convert(specs))  # type: ignore[attr-defined]
        speed_up(self)
        self._specs, self.rules_version = list(specs), version

    def ensure_rules(self) -> None:
        """Load the rules of the configured folder unless rules were set or read from disk."""
        if self._specs is None:
            ruleset = load_ruleset(Path(self.rules_dir) if self.rules_dir else None)
            self.set_rules(self._part(ruleset), ruleset.version)

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        """Write this component's rules (validated, with the rule-set version) under ``path``."""
        self.ensure_rules()
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        data = {
            "name": f"{self.key} saved with the pipeline",
            "description": "Rules of this component as validated at save time (nlp.to_disk).",
            "version": self.rules_version,
            self.key: [s.model_dump(exclude_none=True) for s in self._specs or []],
        }
        (folder / RULES_FILE).write_text(json.dumps(data, indent=1), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> "_SavesRules":
        """Read the rules written by :meth:`to_disk`."""
        file = Path(path) / RULES_FILE
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            msg = f"{file}: cannot read the saved rules ({exc})"
            raise RulesError(msg) from exc
        specs = validate_rules(data.get(self.key), self.spec, str(file))
        self.set_rules(specs, str(data.get("version", "unknown")))
        return self


# Marks that may open a line before a section header: a table row's pipe and list bullets.
_LINE_MARKS = {"|", "-", "*", "\u2022", "\u00b7", "\u2013"}
_LIST_NUMBER = re.compile(r"\d{1,2}")
_LIST_LETTER = re.compile(r"[A-Za-z][.)]|\d{1,2}[.)]")


class RuleSectionizer(_SavesRules, Sectionizer):  # type: ignore[misc]
    """medspaCy's Sectionizer with the checker's section rules (patterns/section_rules.json)."""

    key = "section_rules"
    spec = SectionRuleSpec

    def __init__(self, nlp: Language, name: str, rules: str | None) -> None:
        super().__init__(nlp, name, rules=None, require_start_line=True, span_attrs=None)
        self._start(rules)

    def _convert(self, specs: list[Any]) -> list[Any]:
        return to_section_rules(specs)

    def filter_start_lines(
        self, doc: Doc, matches: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        """Keep the headers that open a line, a table row's first cell or a bulleted line.

        "| PMH | ...", "- PROCEDURE: ...": the pipe or bullet opens the line, the header follows.
        """
        kept = []
        for match in matches:
            start = match[1]
            at_line = is_start_line(start, doc, self.newline_pattern)
            if not at_line and start > 0 and doc[start - 1].text in _LINE_MARKS:
                at_line = is_start_line(start - 1, doc, self.newline_pattern)
            if not at_line and start > 0:
                at_line = self._after_list_number(doc, start)
            if at_line:
                kept.append(match)
        return kept

    def _after_list_number(self, doc: Doc, start: int) -> bool:
        """Return True for a header after a list number that opens its line.

        "3. PRE-PROCEDURE PAIN", "12) POST", "b. Contrast".
        """
        previous = doc[start - 1].text
        if _LIST_LETTER.fullmatch(previous):
            return bool(is_start_line(start - 1, doc, self.newline_pattern))
        if previous in {".", ")"} and start > 1 and _LIST_NUMBER.fullmatch(doc[start - 2].text):
            return bool(is_start_line(start - 2, doc, self.newline_pattern))
        return False

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc``, loading the rules first if they are not loaded yet."""
        if self._specs is None:
            self.ensure_rules()
        return super().__call__(doc)  # type: ignore[no-any-return]


class RuleTargetMatcher(_SavesRules, TargetMatcher):  # type: ignore[misc]
    """medspaCy's TargetMatcher with the checker's target rules (patterns/targets/*.json)."""

    key = "target_rules"
    spec = TargetRuleSpec

    def __init__(self, nlp: Language, name: str, rules: str | None) -> None:
        super().__init__(
            nlp, name, rules=None, result_type="group", span_group_name=extensions.TARGET_GROUP
        )
        self._start(rules)

    def _part(self, ruleset: RuleSet) -> list[Any]:
        return list(ruleset.targets)

    def _convert(self, specs: list[Any]) -> list[Any]:
        return to_target_rules(specs)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc``, loading the rules first if they are not loaded yet.

        As medspaCy's TargetMatcher does with ``result_type="group"``, and each span's rule is
        also kept in ``doc.user_data[RULES_KEY]`` (see extensions.RULES_KEY).
        """
        if self._specs is None:
            self.ensure_rules()
        matcher = self._TargetMatcher__matcher
        rules = doc.user_data.setdefault(extensions.RULES_KEY, {})
        spans = []
        for rule_id, start, end in matcher(doc):
            rule = matcher.rule_map[self.nlp.vocab.strings[rule_id]]
            span = Span(doc, start=start, end=end, label=rule.category)
            span._.target_rule = rule
            for attribute, value in (rule.attributes or {}).items():
                setattr(span._, attribute, value)
            rules.setdefault((start, end, rule.category), []).append(rule)
            spans.append(span)
        if self.span_group_name in doc.spans:
            doc.spans[self.span_group_name] += spans
        else:
            doc.spans[self.span_group_name] = spans
        return doc


class RuleCueMatcher(RuleTargetMatcher):
    """A second target matcher for cue words (patterns/cues.json), in their own span group.

    Cues are words detectors consult (not mentions ConText modifies), so they neither prune nor
    are pruned by the target rules.
    """

    key = "cue_rules"

    def __init__(self, nlp: Language, name: str, rules: str | None) -> None:
        TargetMatcher.__init__(
            self, nlp, name, rules=None, result_type="group", span_group_name=extensions.CUE_GROUP
        )
        self._start(rules)

    def _part(self, ruleset: RuleSet) -> list[Any]:
        return list(ruleset.cues)


class RuleContext(_SavesRules, ConText):  # type: ignore[misc]
    """medspaCy's ConText with the checker's modifiers (patterns/context_rules.json)."""

    key = "context_rules"
    spec = ContextRuleSpec

    def __init__(self, nlp: Language, name: str, rules: str | None) -> None:
        extensions.register()
        super().__init__(
            nlp, name, rules=None, span_attrs=extensions.CONTEXT_ATTRIBUTES,
            input_span_type="group", span_group_name=extensions.TARGET_GROUP,
        )  # fmt: skip
        self._start(rules)

    def _part(self, ruleset: RuleSet) -> list[Any]:
        return list(ruleset.context)

    def _convert(self, specs: list[Any]) -> list[Any]:
        return to_context_rules(specs)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` as medspaCy 1.3's ConText does, with the scoped graph.

        The rules are loaded first if they are not loaded yet. ``ScopedContextGraph`` gives the
        same edges as medspaCy's graph, trying each modifier only on targets near its scope.
        """
        if self._specs is None:
            self.ensure_rules()
        graph = ScopedContextGraph(prune_on_modifier_overlap=self.prune_on_target_overlap)
        graph.targets = doc.spans[self.span_group_name]
        matcher = self._ConText__matcher
        graph.modifiers = [
            ConTextModifier(
                matcher.rule_map[self.nlp.vocab[match_id].text], start, end, doc,
                max_scope=self.max_scope,
            )
            for match_id, start, end in matcher(doc)
        ]  # fmt: skip
        graph.update_scopes()
        graph.apply_modifiers()
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        if self.context_attributes_mapping:
            self.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        return doc


@Language.factory(
    "nlp_checker_sections",
    requires=["token.is_sent_start"],
    assigns=["doc._.sections"],
    default_config={"rules": None},
)
def make_sections(nlp: Language, name: str, rules: str | None) -> RuleSectionizer:
    """Build the section component (``rules``: a patterns folder, null for the bundled one)."""
    return RuleSectionizer(nlp, name, rules)


@Language.factory(
    "nlp_checker_targets",
    assigns=["doc.spans"],
    default_config={"rules": None},
)
def make_targets(nlp: Language, name: str, rules: str | None) -> RuleTargetMatcher:
    """Build the target matcher (``rules``: a patterns folder, null for the bundled one)."""
    return RuleTargetMatcher(nlp, name, rules)


@Language.factory(
    "nlp_checker_cues",
    assigns=["doc.spans"],
    default_config={"rules": None},
)
def make_cues(nlp: Language, name: str, rules: str | None) -> RuleCueMatcher:
    """Build the cue matcher (``rules``: a patterns folder, null for the bundled one)."""
    return RuleCueMatcher(nlp, name, rules)


@Language.factory(
    "nlp_checker_context",
    requires=["token.is_sent_start"],
    assigns=["doc._.context_graph"],
    default_config={"rules": None},
)
def make_context(nlp: Language, name: str, rules: str | None) -> RuleContext:
    """Build ConText (``rules``: a patterns folder, null for the bundled one)."""
    return RuleContext(nlp, name, rules)


@registry.tokenizers("nlp_checker.light_tokenizer.v1")  # type: ignore[untyped-decorator]
def make_light_tokenizer() -> Any:
    """Return the tokenizer factory of the pipeline config (see :mod:`..tokenizer`)."""
    return light_tokenizer
