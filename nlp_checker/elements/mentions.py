"""Turn the annotated Doc into plain mentions: the only place that reads spaCy spans."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from nlp_checker.elements.findings import Evidence, Modifier
from nlp_checker.ingest.document import SourceDocument
from nlp_checker.pipeline import extensions as ext
from nlp_checker.pipeline.spelling import Corrections

_NEWLINE = re.compile("\n")

# Sections whose mentions describe the past or the future, not this procedure.
_HISTORICAL_SECTIONS = {"past_history", "copied"}
# Text copied forward from an earlier note still tells the history (the reason, the conservative
# care), but not what was done today.
_CARRIED_LABELS = {"INDICATION", "AXIAL_PAIN", "UNCOVERED_REASON", "CONSERVATIVE", "DURATION"}
_FUTURE_SECTIONS = {"plan"}

# Targets whose timing (pre/post procedure) matters.
_TIMED_LABELS = {"PAIN_SCORE", "PAIN_CHANGE", "PAIN_LABEL"}

# Sections that templates write as a one-field label ("Indication: L5 radiculopathy"). The
# field ends at a blank line, at the next line that opens with a label of its own
# ("Procedure(s):", "Type:"), whether or not the sectionizer knows that label, or at a line that
# ends a sentence ("Dx: L L5 radiculopathy." then "L4-5 ILESI, fluoro." on the next line).
_FIELD_SECTIONS = {"indication", "diagnosis"}
# A plan heading's section ends at a blank line followed by a labelled line of its own
# ("Plan: will schedule L5-S1 ILESI." ... blank line ... "Today: pain before the procedure 7/10").
_PLAN_END = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][A-Za-z ]{1,30}:")
_FIELD_END = re.compile(r"\n[ \t]*\n|\n[ \t]*[A-Z][A-Za-z()/ -]{1,40}:(?!\d)|\.[ \t]*\n")

# Header and signature-block mentions are about the document, not the procedure: a signature
# after the Plan heading is not a planned signature.
_PATIENT_IDENTIFIERS = {"PATIENT_NAME", "DOB", "MRN", "ACCOUNT"}
_SECTION_NEUTRAL = {
    "SIGNATURE", "SIGNER_NAME", "SIGNATURE_PENDING", "SIGNATURE_STAFF", "SIGNATURE_LABEL", "DOS",
} | _PATIENT_IDENTIFIERS  # fmt: skip
# In copied text the signature and date are the earlier note's; the patient is the same one.
_SIGNS_THE_COPY = _SECTION_NEUTRAL - _PATIENT_IDENTIFIERS

# Modifier categories in the order they decide a mention's state.
_STATE_OF_CATEGORY = {
    "TEMPLATE_BLANK": "blank",
    "NEGATED_EXISTENCE": "negated",
    "HYPOTHETICAL": "hypothetical",
    "POSSIBLE_EXISTENCE": "uncertain",
    "HISTORICAL": "historical",
}


@dataclass(frozen=True)
class Mention:
    """One target mention with its ConText state.

    ``state`` is one of ``affirmed``, ``blank``, ``negated``, ``hypothetical``, ``uncertain``,
    ``historical``; ``timing`` is ``pre``, ``post`` or ``None`` (pain scores only).
    """

    label: str
    text: str
    start: int
    end: int
    sent: int
    line: int
    section: str | None
    rule: str
    meta: dict[str, Any]
    state: str
    modifier: Modifier | None
    timing: str | None
    page: int
    fuzzy: bool = False

    @property
    def affirmed(self) -> bool:
        """Return True when nothing negates, blanks, defers or dates the mention."""
        return self.state == "affirmed"

    def evidence(self) -> Evidence:
        """Return the mention as an evidence item."""
        return Evidence(
            text=self.text,
            start=self.start,
            end=self.end,
            page=self.page,
            section=self.section,
            rule=self.rule,
            modifier=self.modifier,
            fuzzy=self.fuzzy,
        )


@dataclass
class MentionIndex:
    """All mentions of a note, by label and by sentence."""

    mentions: list[Mention]
    text: str
    by_label: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    by_sent: dict[int, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    by_line: dict[int, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    sections: list[tuple[str | None, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        for mention in self.mentions:
            self.by_label[mention.label].append(mention)
            self.by_sent[mention.sent].append(mention)
            self.by_line[mention.line].append(mention)

    def line_labels(self, line: int) -> set[str]:
        """Return the labels of all mentions on text line ``line``."""
        return {m.label for m in self.by_line.get(line, [])}

    def in_line(self, line: int, *labels: str) -> list[Mention]:
        """Return the mentions of ``labels`` on text line ``line``."""
        return [m for m in self.by_line.get(line, []) if m.label in labels]

    def section_start(self, category: str) -> int | None:
        """Return the character offset where the first section of ``category`` starts."""
        return next((start for cat, start in self.sections if cat == category), None)

    def of(self, *labels: str) -> list[Mention]:
        """Return the mentions with any of ``labels``, in document order."""
        found = [m for label in labels for m in self.by_label.get(label, [])]
        return sorted(found, key=lambda m: m.start)

    def sentence_labels(self, sent: int) -> set[str]:
        """Return the labels of all mentions in sentence ``sent``."""
        return {m.label for m in self.by_sent.get(sent, [])}

    def in_sentence(self, sent: int, *labels: str) -> list[Mention]:
        """Return the mentions of ``labels`` in sentence ``sent``."""
        return [m for m in self.by_sent.get(sent, []) if m.label in labels]


def _section_lookup(doc: Doc) -> tuple[list[int], list[str | None], list[int]]:
    starts: list[int] = []
    cats: list[str | None] = []
    chars: list[int] = []
    before_copy: str | None = None
    sections = list(doc._.sections)
    # A copied block that names its own end ("=== END PRIOR VISIT ===") stays copied through
    # the headers inside it ("S:", "A/P:"); without an end marker it ends at the next header.
    ends = [i for i, section in enumerate(sections) if section.category == "copy_end"]
    copy_until = -1
    for i, section in enumerate(sections):
        category = section.category
        if category == "copied" and (not cats or cats[-1] != "copied"):
            before_copy = cats[-1] if cats else None
            copy_until = next((end for end in ends if end > i), -1)
        elif category == "copy_end":
            # "[End of copied text]": the note goes on in the section the copy interrupted.
            category = before_copy
            copy_until = -1
        elif i < copy_until:
            category = "copied"
        starts.append(section.title_start)
        cats.append(category)
        chars.append(doc[section.title_start].idx if section.title_start < len(doc) else 0)
        if category in _LINE_SECTIONS:
            after = _line_after(doc, section.title_end)
            following = sections[i + 1].title_start if i + 1 < len(sections) else len(doc)
            if after is not None and after < following:
                # "Allergies: NKDA, no contrast allergy." is a field of one line: what follows
                # it belongs to no heading, not to the allergy list.
                starts.append(after)
                cats.append(None)
                chars.append(doc[after].idx)
    return starts, cats, chars


# Headings that are one-line fields when their line goes on after the label.
_LINE_SECTIONS = {"allergies"}


def _line_after(doc: Doc, title_end: int) -> int | None:
    """Return the first token of the line after a heading's own line, when that line holds text.

    None when the heading ends its line ("Allergies:" over a list) or the note ends there.
    """
    text_on_line = False
    for token in doc[title_end:]:
        if token.is_space and "\n" in token.text:
            return token.i + 1 if text_on_line and token.i + 1 < len(doc) else None
        if not token.is_space:
            text_on_line = True
    return None


def _modifiers_by_token(graph_modifiers: list[Any]) -> dict[int, list[Any]]:
    """Index the modifiers by the tokens they cover."""
    index: dict[int, list[Any]] = defaultdict(list)
    for modifier in graph_modifiers:
        start, end = modifier.modifier_span
        for token in range(start, end):
            index[token].append(modifier)
    return index


def _modifiers_of(span: Span, by_token: dict[int, list[Any]]) -> list[Any]:
    """Return the modifiers linked to ``span`` plus those inside it (ConText skips overlaps)."""
    linked = list(span._.modifiers)
    for token in range(span.start, span.end):
        for modifier in by_token.get(token, ()):
            allowed = modifier.rule.allowed_types
            # A modifier only counts for the target types its rule allows ("by:" at a line end
            # blanks a signature label, not a signature with the name on the next line).
            if modifier not in linked and (not allowed or span.label_ in allowed):
                linked.append(modifier)
    return linked


def _overlaps(span: Span, modifier: Any) -> bool:
    m_start, m_end = modifier.modifier_span
    return bool(m_start < span.end and span.start < m_end)


def _distance(span: Span, modifier: Any) -> int:
    m_start, m_end = (int(i) for i in modifier.modifier_span)
    if m_end <= span.start:
        return int(span.start - m_end)
    if m_start >= span.end:
        return int(m_start - span.end)
    return 0


def _blank_is_the_field(span: Span, modifier: Any) -> bool:
    """Return True when a blank outside ``span`` stands for its field's value.

    "Contrast: ____" and "____ Contrast" leave the field empty. But "IMAGING GUIDANCE:
    fluoroscopy ___" fills the field and leaves the template's tail, and in "between L5-S1
    ______ under fluoroscopic guidance" the words after the blank are not its field.
    """
    doc = span.doc
    m_start, m_end = modifier.modifier_span
    if m_start >= span.end:
        line_start = doc.text.rfind("\n", 0, span.start_char) + 1
        return ":" not in doc.text[line_start : span.start_char]
    gap = doc.text[doc[m_end - 1].idx + len(doc[m_end - 1].text) : span.start_char]
    return not gap.strip(" \t:-")


def _state(span: Span, modifiers: list[Any], section: str | None) -> tuple[str, Modifier | None]:
    doc = span.doc
    inside = {m for m in modifiers if _overlaps(span, m)}
    for category, state in _STATE_OF_CATEGORY.items():
        # Modifiers inside the span only count for blanks (e.g. "VAS: ___/10" matched whole)
        # and for rules that say so ("pain is expected to come down to 2/10" matched whole).
        chosen = [
            m
            for m in modifiers
            if m.category == category
            and (
                m not in inside
                or category == "TEMPLATE_BLANK"
                or bool((m.rule.metadata or {}).get("inside"))
            )
            and (category != "TEMPLATE_BLANK" or m in inside or _blank_is_the_field(span, m))
        ]
        if chosen:
            closest = min(chosen, key=lambda m: _distance(span, m))
            m_start, m_end = closest.modifier_span
            meta = closest.rule.metadata or {}
            return state, Modifier(
                category=category, text=doc[m_start:m_end].text, rule=meta.get("id")
            )
    if section == "copied" and span.label_ in _SIGNS_THE_COPY:
        # A signature or date inside text copied from an earlier note signs and dates that note.
        return "historical", Modifier(category="SECTION", text=section)
    if span.label_ in _SECTION_NEUTRAL:
        return "affirmed", None
    if section == "copied" and span.label_ in _CARRIED_LABELS:
        return "affirmed", None
    if section in _HISTORICAL_SECTIONS:
        return "historical", Modifier(category="SECTION", text=section)
    if section in _FUTURE_SECTIONS:
        return "hypothetical", Modifier(category="SECTION", text=section)
    return "affirmed", None


_TIMING_CATEGORIES = ("PRE_PROCEDURE", "POST_PROCEDURE")


def _timing(span: Span, modifiers: list[Any], owner: dict[int, int]) -> str | None:
    """Return ``pre``/``post`` from the closest timing word this score owns.

    A timing word belongs to the score nearest to it: in "8 out of 10 before we started and
    2 out of 10 fifteen minutes after", "before" is the first score's, "after" the second's.
    """
    timed = [m for m in modifiers if m.category in _TIMING_CATEGORIES]
    if not timed:
        return None
    own = [m for m in timed if owner.get(id(m), span.start) == span.start]
    closest = min(own or timed, key=lambda m: (_distance(span, m), m.modifier_span[0] > span.start))
    return "pre" if closest.category == "PRE_PROCEDURE" else "post"


def _rule_of(span: Span, span_rules: dict[tuple[int, int, str], list[Any]]) -> Any:
    """Return the rule that matched ``span``: the next unread one recorded for its words and label.

    ``span._.target_rule`` is shared by every span over the same characters (spaCy keys span
    extensions by offsets), so a cue over a target's words would give the target its rule.
    """
    rules = span_rules.get((span.start, span.end, span.label_))
    if rules:
        return rules.pop(0) if len(rules) > 1 else rules[0]
    return span._.target_rule


def _all_modifiers(graph: Any) -> list[Any]:
    """Every ConText modifier of a doc, whether or not it reached a target."""
    return list(graph.modifiers) if graph is not None else []


# Most characters between a field label's timing word and its score ("Pre-procedure (0745): ").
_LABEL_GAP = 40
# Words naming the score that may open its label before the timing word ("Pain after ...").
_LABEL_LEAD = re.compile(r"(?i)(?:\b(?:pain|score|NRS|VAS|NPRS|level|rating)\b[ \t]*)+$")
# A field label may end in dotted leaders ("Pre pain ....... 6/10") or, in dictation that puts a
# full stop after every phrase, in a stop ("pre procedure pain. 8/10.").
_LEADER = re.compile(r"\.{2,}|\u2026")
_LABEL_STOP = re.compile(
    r"(?i)[ \t]*(?:(?:procedure|injection)[ \t]+)?"
    r"(?:(?:pain|score|NRS|VAS|NPRS|level|rating)\b[ \t]*)*\.[ \t]*"
)


def _label_timing(
    span: Span, timing_words: list[Any], text: str, score_starts: Sequence[int] = ()
) -> str | None:
    """Return ``pre``/``post`` from the label that opens the score's line.

    "Pre-procedure  (0745): marked at 72 mm": the run of spaces ends the sentence, so ConText
    never links the label to the score, but a field label on the same line times its value. The
    label opens its line or a table cell, or follows a full stop, a colon or a run of spaces
    (PDF text joins lines). It times the first score after it only, and it comes before the
    ConText timing words: in "Before: 8/10 After: 3/10" the "After" nearest the first score is
    the second score's label.
    """
    if span.label_ not in _TIMED_LABELS:
        return None
    line_start = text.rfind("\n", 0, span.start_char) + 1
    best: tuple[int, str] | None = None
    for modifier in timing_words:
        start, end = modifier.modifier_span
        if end > span.start:
            continue
        doc = span.doc
        begin, finish = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        between = text[finish : span.start_char]
        # The field's colon may sit inside the score's own words ("pain (NRS):  7").
        score_text = text[span.start_char : span.end_char]
        label = between + score_text.split(":")[0]
        field_stop = bool(_LEADER.search(between) or _LABEL_STOP.fullmatch(between))
        # "Pain post (NRS)   | 1": a two-column row's cell rule parts the label from its value.
        colon = ":" in between or ":" in score_text or "|" in score_text or field_stop
        # "Pain after the procedure (recovery): NRS 3/10": the scale's name may lead the label.
        before = _LABEL_LEAD.sub("", text[line_start:begin])
        in_cell = before.rstrip().endswith("|") and "|" not in between
        opens_field = (
            not before.strip()
            or before.rstrip().endswith((".", ";", "|", ":"))
            or "  " in before[-2:]
        )
        # A table cell is its own field: "| post-procedure (recovery) 3/10 |" needs no colon.
        if (
            begin < line_start
            or not opens_field
            or not (colon or in_cell)
            or ("." in label and not field_stop)
        ):
            continue
        if len(between) > _LABEL_GAP:
            continue
        # "Pre-procedure VAS: 7/10, post 2/10": a label times the first score after it only.
        if any(finish <= other < span.start_char for other in score_starts):
            continue
        if best is None or begin > best[0]:
            best = (begin, "pre" if modifier.category == "PRE_PROCEDURE" else "post")
    return best[1] if best else None


def _bracket_timing(span: Span, timing_words: list[Any], text: str) -> str | None:
    """Return ``pre``/``post`` from a bracket that opens right after the score.

    "Pain Score: 3 (post-procedure, numeric 0-10, 20 minutes)": the bracket is a comment on the
    score before it, which ConText's bracket terminator keeps from reaching it.
    """
    if span.label_ not in _TIMED_LABELS:
        return None
    after = text[span.end_char : span.end_char + 3]
    opening = span.end_char + len(after) - len(after.lstrip(" \t"))
    if not after.strip(" \t").startswith("("):
        return None
    close = text.find(")", opening)
    if close == -1 or "\n" in text[opening:close]:
        return None
    doc = span.doc
    inside = [m for m in timing_words if opening < doc[m.modifier_span[0]].idx < close]
    if not inside:
        return None
    first = min(inside, key=lambda m: m.modifier_span[0])
    return "pre" if first.category == "PRE_PROCEDURE" else "post"


# Scores whose span runs across words that only fill the gap between the scale and its number
# ("Pain this morning before the epidrual was 8 out of 10"): a corrected word there is not what
# the score rests on.
_FILLED_LABELS = {"PAIN_SCORE", "PAIN_CHANGE", "PAIN_LABEL"}


def _rests_on_correction(span: Span, offset: int, fixes: Corrections) -> bool:
    """Return True when the mention rests on a misspelled word read as a lexicon term."""
    if span.label_ not in _FILLED_LABELS or len(span) < 3:
        return fixes.corrected_in(span.start_char + offset, span.end_char + offset)
    first, last = span[0], span[-1]
    return fixes.corrected_in(first.idx + offset, first.idx + len(first) + offset) or (
        fixes.corrected_in(last.idx + offset, last.idx + len(last) + offset)
    )


def _timing_owners(spans: list[Span], by_span: dict[int, list[Any]]) -> dict[int, int]:
    """Map each timing modifier (by id) to the start token of the score nearest to it."""
    nearest: dict[int, tuple[int, int]] = {}
    for span in spans:
        for modifier in by_span.get(span.start, ()):
            if modifier.category not in _TIMING_CATEGORIES:
                continue
            distance = _distance(span, modifier)
            if id(modifier) not in nearest or distance < nearest[id(modifier)][0]:
                nearest[id(modifier)] = (distance, span.start)
    return {key: start for key, (_, start) in nearest.items()}


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_of(text: str) -> Any:
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)]
    return lambda offset: bisect.bisect_right(breaks, offset)


def _planned_by_section(mention: Mention) -> bool:
    return (
        mention.state == "hypothetical"
        and mention.modifier is not None
        and mention.modifier.category == "SECTION"
    )


# Most characters between a field's item and its ticked answer ("Contrast used?  [ ] Yes  [X] No").
_ANSWER_GAP = 40
_ANSWERS = ("ANSWER_NO", "ANSWER_YES")


_BOXES = "[(☐□☒☑■"


_NEXT_FIELD = re.compile(r"(?: {2,}|\t)\S")


def _label_tail(between: str) -> bool:
    """Return True when the text before the first box only ends the item's field label.

    "Contrast: " and " used? " do; " 0.5 mL     Steroid: " holds a second field.
    """
    cut = min((i for i in (between.find(b) for b in _BOXES) if i >= 0), default=len(between))
    # "Pain NRS (0-10): 8       Anticoag held: [ ] Y  [x] N/A": a run of spaces before more
    # words opens the next field, whose answer this is.
    if _NEXT_FIELD.search(between[:cut].rstrip()):
        return False
    head = between[:cut].strip()
    return not head or (head[-1] in ":?" and "  " not in head and "\t" not in head)


def _answered_no(mentions: list[Mention], cue_labels: set[str], text: str) -> list[Mention]:
    """Negate an item whose template field is answered by a ticked "no" box.

    "Contrast:  [ ] used  [X] not used", "Fluoroscopy used? [ ] Yes [X] No": the first ticked
    answer after the item on its line decides. Each box reads as its own sentence, so ConText
    never links the answer to the item. An item with another item between it and the answer
    is not the field's.
    """
    answers = sorted((m for m in mentions if m.label in _ANSWERS), key=lambda m: m.start)
    if not answers:
        return mentions
    items = sorted(
        m.start for m in mentions if m.label not in cue_labels and m.label not in _ANSWERS
    )
    starts = [a.start for a in answers]
    out = []
    for m in mentions:
        i = bisect.bisect_left(starts, m.end)
        if m.affirmed and m.label not in cue_labels and i < len(answers):
            answer = answers[i]
            between = items[
                bisect.bisect_right(items, m.start) : bisect.bisect_left(items, answer.start)
            ]
            if (
                answer.label == "ANSWER_NO"
                and answer.line == m.line
                and answer.start - m.end <= _ANSWER_GAP
                and not between
                and _label_tail(text[m.end : answer.start])
            ):
                modifier = Modifier(
                    category="NEGATED_EXISTENCE", text=answer.text, rule=answer.rule
                )
                m = replace(m, state="negated", modifier=modifier)
        out.append(m)
    return out


def _done_in_plan(mentions: list[Mention], text: str) -> list[Mention]:
    """Affirm plan-section mentions where the plan records the procedure as done.

    SOAP notes often document the procedure under "P:" ("ILESI L5-S1 performed today"). A plan
    sentence with a done-word and no future or conditional word is done, and so are the plan
    sentences that follow it in the same paragraph until one looks ahead ("follow up in 2 weeks").
    """
    planned = [m for m in mentions if _planned_by_section(m)]
    if not planned:
        return mentions
    cues: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        if (m.label in ("DONE_CUE", "FUTURE_CUE") and (m.affirmed or _planned_by_section(m))) or (
            m.label == "FUTURE_CUE" and m.state == "hypothetical"
        ):
            # "Repeat L4-L5 ILESI performed today": "repeat" names the procedure, it does not
            # put it off (a done-word in the sentence says which).
            if m.label == "FUTURE_CUE" and m.text.lower() == "repeat":
                cues[m.sent].add("REPEAT")
                continue
            cues[m.sent].add(m.label)
    for labels in cues.values():
        if "REPEAT" in labels:
            labels.discard("REPEAT")
            if "DONE_CUE" not in labels:
                labels.add("FUTURE_CUE")
    paragraph = _paragraph_of(text)
    first_done: dict[int, int] = {}
    for m in sorted(planned, key=lambda m: m.sent):
        if cues[m.sent] == {"DONE_CUE"}:
            first_done.setdefault(paragraph(m.start), m.sent)
    if not first_done:
        return mentions
    out = []
    for m in mentions:
        if _planned_by_section(m) and "FUTURE_CUE" not in cues[m.sent]:
            start = first_done.get(paragraph(m.start))
            if start is not None and m.sent >= start:
                m = replace(m, state="affirmed", modifier=None)
        out.append(m)
    return out


def collect_mentions(
    chunks: Sequence[tuple[Doc, int]],
    source: SourceDocument,
    corrections: Corrections | None = None,
) -> MentionIndex:
    """Read every target span of the annotated pieces of a note into one :class:`MentionIndex`.

    ``chunks`` are ``(doc, offset)`` pairs from :func:`nlp_checker.pipeline.chunks.split_text`;
    offsets, sentence ids and sections are carried over so the index reads as one note. When the
    pipeline ran on spelling-corrected text, ``corrections`` maps offsets back to the note as
    written: evidence quotes the original words and is marked fuzzy where it rests on a
    correction.
    """
    fixes = corrections or Corrections(text=source.text)
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(source.text)]
    mentions: list[Mention] = []
    sections: list[tuple[str | None, int]] = []
    sent_base = 0
    carried: str | None = None
    cue_labels: set[str] = set()
    for doc, offset in chunks:
        sec_starts, sec_cats, sec_chars = _section_lookup(doc)
        if sec_cats and sec_cats[0] is None and sec_starts[0] == 0:
            sec_cats[0] = carried  # a piece that starts inside a section continues it
        # Sentence starts read as one array: iterating doc.sents builds a Span per sentence.
        sent_starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
        graph = doc._.context_graph
        by_token = _modifiers_by_token(list(graph.modifiers) if graph is not None else [])
        doc_text = doc.user_data.get(ext.TEXT_KEY) or doc.text
        cues = list(doc.spans[ext.CUE_GROUP]) if ext.CUE_GROUP in doc.spans else []
        cue_labels.update(c.label_ for c in cues)
        targets = list(doc.spans[ext.TARGET_GROUP])
        span_rules = {
            key: list(rules) for key, rules in doc.user_data.get(ext.RULES_KEY, {}).items()
        }
        scores = [t for t in targets if t.label_ in _TIMED_LABELS]
        score_modifiers = {t.start: _modifiers_of(t, by_token) for t in scores}
        owner = _timing_owners(scores, score_modifiers)
        score_starts = [t.start_char for t in scores]
        timing_words = [m for m in _all_modifiers(graph) if m.category in _TIMING_CATEGORIES]
        for number, span in enumerate(targets + cues):
            index = bisect.bisect_right(sec_starts, span.start) - 1
            section = sec_cats[index] if index >= 0 else carried
            # A template's "Indication:" field ends at the blank line after it; the checklist
            # below it is not the indication.
            if (
                section in _FIELD_SECTIONS
                and index >= 0
                and _FIELD_END.search(doc_text, sec_chars[index] + 1, span.start_char)
            ):
                section = None
            # A plan ends at a blank line followed by a field of its own ("Today: ...").
            if (
                section in _FUTURE_SECTIONS
                and index >= 0
                and _PLAN_END.search(doc_text, sec_chars[index] + 1, span.start_char)
            ):
                section = None
            # Cues describe a sentence; ConText does not read them.
            modifiers = _modifiers_of(span, by_token) if number < len(targets) else []
            state, modifier = _state(span, modifiers, section)
            rule = _rule_of(span, span_rules)
            meta = dict(rule.metadata or {}) if rule is not None else {}
            new_start, new_end = span.start_char + offset, span.end_char + offset
            start, end = fixes.original(new_start, new_end)
            # A rule may itself be a loose reading ("A P" spelled out by speech recognition).
            fuzzy = _rests_on_correction(span, offset, fixes) or bool(meta.get("fuzzy"))
            if fuzzy:
                # What the misspelled words were read as ("contract" read as "contrast").
                meta["read_as"] = span.text
                if fixes.heard_in(new_start, new_end):
                    meta["heard"] = True
            mentions.append(
                Mention(
                    label=span.label_,
                    text=source.text[start:end],
                    start=start,
                    end=end,
                    sent=sent_base + bisect.bisect_right(sent_starts, span.start) - 1,
                    line=bisect.bisect_right(line_starts, start) - 1,
                    section=section,
                    rule=str(meta.get("id", span.label_)),
                    meta=meta,
                    state=state,
                    modifier=modifier,
                    timing=_label_timing(span, timing_words, doc_text, score_starts)
                    or _timing(span, modifiers, owner)
                    or _bracket_timing(span, timing_words, doc_text),
                    page=source.page_of(start),
                    fuzzy=fuzzy,
                )
            )
        sections.extend(
            (cat, fixes.original(char + offset, char + offset)[0])
            for cat, char in zip(sec_cats, sec_chars, strict=True)
        )
        carried = sec_cats[-1] if sec_cats else carried
        sent_base += len(sent_starts)
    mentions = _answered_no(_done_in_plan(mentions, source.text), cue_labels, source.text)
    return MentionIndex(mentions=mentions, text=source.text, sections=sections)
