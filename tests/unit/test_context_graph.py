"""The scoped ConText graph gives medspaCy's edges, in medspaCy's order."""

from __future__ import annotations

import random
from pathlib import Path

from medspacy.context import ConText

from nlp_checker.pipeline.context_graph import ScopedContextGraph, _meeting_pairs

ROOT = Path(__file__).resolve().parents[2]


def _modifiers(doc, group: str) -> list[tuple[int, int, str, list[tuple[str, int, int]]]]:
    return [
        (t.start, t.end, t.label_, [(m.category, *m.modifier_span) for m in t._.modifiers])
        for t in doc.spans[group]
    ]


def test_the_examples_get_the_same_modifiers_as_medspacys_graph(checker) -> None:
    # Arrange: every other text example (the pipeline twice per note), up to the ConText component
    nlp = checker.nlp
    context = nlp.get_pipe("nlp_checker_context")
    group = context.span_group_name
    paths = sorted((ROOT / "examples").rglob("*.txt"))[::2]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(texts) > 50
    edges = 0
    for text in texts:
        with nlp.select_pipes(disable=["nlp_checker_context"]):
            ours, theirs = nlp(text), nlp(text)
        # Act: the checker's component, and medspaCy's own ConText.__call__ on the same doc
        context(ours)
        ConText.__call__(context, theirs)
        # Assert
        assert _modifiers(ours, group) == _modifiers(theirs, group)
        assert isinstance(ours._.context_graph, ScopedContextGraph)
        edges += len(ours._.context_graph.edges)
    assert edges > 500


def test_meeting_pairs_are_every_pair_of_closed_intervals_that_meet() -> None:
    rng = random.Random(7)
    for _ in range(300):
        scopes = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            scopes.append((start, start + rng.randint(0, 6)))  # empty scopes too
        expected = [
            (i, j)
            for i in range(len(scopes))
            for j in range(i + 1, len(scopes))
            if scopes[i][0] <= scopes[j][1] and scopes[j][0] <= scopes[i][1]
        ]
        assert _meeting_pairs(scopes) == expected
