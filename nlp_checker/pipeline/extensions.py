"""Names of the spaCy extensions the checker sets, registered once."""

from __future__ import annotations

from spacy.tokens import Span

# ConText categories -> the Span flag each one sets (see patterns/context_rules.json).
NEGATED = "nlc_negated"
UNCERTAIN = "nlc_uncertain"
HYPOTHETICAL = "nlc_hypothetical"
HISTORICAL = "nlc_historical"
BLANK = "nlc_blank"
INCOMPLETE = "nlc_incomplete"
PRE = "nlc_pre"
POST = "nlc_post"

FLAGS = (NEGATED, UNCERTAIN, HYPOTHETICAL, HISTORICAL, BLANK, INCOMPLETE, PRE, POST)

CONTEXT_ATTRIBUTES: dict[str, dict[str, bool]] = {
    "NEGATED_EXISTENCE": {NEGATED: True},
    "POSSIBLE_EXISTENCE": {UNCERTAIN: True},
    "HYPOTHETICAL": {HYPOTHETICAL: True},
    "HISTORICAL": {HISTORICAL: True},
    "TEMPLATE_BLANK": {BLANK: True},
    "INCOMPLETE": {INCOMPLETE: True},
    "PRE_PROCEDURE": {PRE: True},
    "POST_PROCEDURE": {POST: True},
}

# Span group the target matcher fills; groups allow overlapping mentions, unlike doc.ents.
TARGET_GROUP = "nlc_targets"
# Doc.user_data key holding the note text once per Doc (spaCy rebuilds Doc.text on each access).
TEXT_KEY = "nlc_text"
# Span group of the sentence cues (patterns/cues.json): matched apart from the targets.
CUE_GROUP = "nlc_cues"
# The rule behind each target and cue span, by (start token, end token, label), in match order.
# spaCy keys a span's extension attributes by its character offsets alone, so a target and a cue
# (or two rules) matching the same words would share one ``span._.target_rule``.
RULES_KEY = "nlc_rules"


def register() -> None:
    """Register the Span flags; safe to call more than once."""
    for name in FLAGS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=False)
