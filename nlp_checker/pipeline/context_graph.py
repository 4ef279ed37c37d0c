"""medspaCy's ConText graph, with each modifier tried only on the targets near its scope.

medspaCy 1.3's ``ConTextGraph.apply_modifiers`` calls ``modifier.modifies(target)`` for every
modifier and target pair (about 1,100 calls a note), and ``update_scopes`` tries every pair of
modifiers: together half of the ConText time (benchmarks/bench.py). A modifier can only modify a
target that overlaps its scope, so the subclass asks each modifier about the targets whose token
span overlaps the scope (found by bisecting the targets sorted by start) and leaves the decision
itself to ``modifies``; two modifiers limit each other's scope only where the scopes meet. The
edges come out in medspaCy's order (modifier by modifier, targets in their group's order), so the
targets' ``_.modifiers`` tuples are the same.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from medspacy.context.context_graph import ConTextGraph
from medspacy.util import tuple_overlaps


def _meeting_pairs(scopes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, whose scopes meet, in the order of a double loop.

    Scopes are taken as closed intervals, so an empty scope at a neighbour's edge still meets it
    (medspaCy's overlap test counts a span that starts inside another).
    """
    order = sorted(range(len(scopes)), key=lambda i: scopes[i][0])
    pairs: list[tuple[int, int]] = []
    active: list[int] = []
    for i in order:
        start = scopes[i][0]
        active = [k for k in active if scopes[k][1] >= start]
        pairs.extend((min(i, k), max(i, k)) for k in active)
        active.append(i)
    return sorted(pairs)


class ScopedContextGraph(ConTextGraph):  # type: ignore[misc]
    """A ConTextGraph whose modifiers skip the targets and modifiers outside their scope."""

    def update_scopes(self) -> None:
        """Limit each modifier's scope by the modifiers whose scopes meet it."""
        # medspaCy's double loop over every pair of modifiers, for the pairs whose scopes meet:
        # scopes only shrink, so two scopes that do not meet never will, and for them
        # ``limit_scope`` returns at its first test.
        modifiers = self.modifiers
        for i, j in _meeting_pairs([m.scope_span for m in modifiers]):
            modifiers[i].limit_scope(modifiers[j])
            modifiers[j].limit_scope(modifiers[i])

    def apply_modifiers(self) -> None:
        """Link each modifier to the targets it modifies, as medspaCy's graph does."""
        if self.prune_on_modifier_overlap:
            for i in range(len(self.modifiers) - 1, -1, -1):
                modifier = self.modifiers[i]
                for target in self.targets:
                    if tuple_overlaps((target.start, target.end), modifier.modifier_span):
                        self.modifiers.pop(i)
                        break
        targets = list(self.targets)
        order = sorted(range(len(targets)), key=lambda i: targets[i].start)
        starts = [targets[i].start for i in order]
        longest = max((t.end - t.start for t in targets), default=0)
        for modifier in self.modifiers:
            scope_start, scope_end = modifier.scope_span
            # A target overlaps the scope only if it starts before the scope ends and ends
            # after it starts; no target is longer than ``longest`` tokens.
            low = bisect_left(starts, scope_start - longest)
            high = bisect_left(starts, scope_end)
            near = sorted(i for i in order[low:high] if targets[i].end > scope_start)
            for i in near:
                if modifier.modifies(targets[i]):
                    modifier.modify(targets[i])
        edges: list[tuple[Any, Any]] = []
        for modifier in self.modifiers:
            modifier.reduce_targets()
            for target in modifier._targets:
                edges.append((target, modifier))
        self.edges = edges
