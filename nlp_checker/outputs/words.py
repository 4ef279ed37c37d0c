"""What a person reads: titles, status words, readable values and citations (no internal ids).

Every screen (the terminal table, the web page, the HTML report) takes its words from here, so
an element shows the same title, a value the same wording and a rule the same citation
everywhere. The citations come from ``patterns/sources.json``; docs/sources.md is generated from
the same file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from nlp_checker.elements.catalogue import catalogue
from nlp_checker.elements.review import OCR_MIN_CONFIDENCE as OCR_MIN_CONFIDENCE
from nlp_checker.errors import RulesError
from nlp_checker.profiles.model import IssueCatalogue
from nlp_checker.resources import data_file

# The page every citation links to, relative to the repository root.
SOURCES_DOC = "docs/sources.md"

STATUS_WORDS = {
    "present": "documented",
    "missing": "missing",
    "negated": "says not done",
    "incomplete": "incomplete",
    "uncertain": "uncertain",
}
STATUS_EXPLAINED = {
    "present": "documented",
    "missing": "not documented",
    "negated": "the note says it was not done or not obtained",
    "incomplete": "documented only in part",
    "uncertain": "only mentioned as possible or planned",
}
MODIFIER_WORDS = {
    "NEGATED_EXISTENCE": "negated by",
    "HYPOTHETICAL": "only possible or planned:",
    "HISTORICAL": "in the history:",
    "TEMPLATE_BLANK": "blank field",
    "PRE_PROCEDURE": "before the procedure:",
    "POST_PROCEDURE": "after the procedure:",
    "FAMILY": "about a relative:",
    "POSSIBLE_EXISTENCE": "uncertain:",
}
# Short names for one-line listings (the compact table, report columns).
SHORT_TITLES = {
    "patient_id": "patient ID",
    "date_of_service": "date",
    "vas_pre": "pain score before",
    "vas_post": "pain score after",
    "signature": "signature",
    "imaging_guidance": "imaging",
    "needle_views": "needle views",
    "contrast_flow": "contrast",
    "spinal_level": "level",
    "region": "region",
    "approach": "approach",
    "medication": "injectate",
    "indication": "indication",
    "conservative_care": "conservative care",
}
# Risk drivers that come from the code check rather than an element (``code:<key>``).
CODE_DRIVER_TITLES = {
    "unsupported": "Billed code not supported",
    "modifier": "Modifier does not apply",
    "multi_level": "More than one level injected",
    "axial_only": "Axial pain only",
    "biologic": "Non-covered injectate",
    "other_procedure": "Another procedure in the same session",
}
# Risk drivers of the claim checks (``claim:<key>``, models/risk_weights.json).
CLAIM_DRIVER_TITLES = {
    "diagnosis": "Claim diagnosis",
    "diagnosis_region": "Claim diagnosis region",
    "diagnosis_side": "Claim diagnosis side",
    "diagnosis_note": "Claim diagnosis not in the note",
    "bundling": "Bundled claim line",
    "second_epidural": "Second epidural code",
    "units": "Units over the MUE",
    "prior_auth": "Prior authorization missing",
    "sedation": "Sedation without a reason",
}
_VALUE_WORDS = {
    "ap": "AP",
    "lateral": "lateral",
    "oblique": "oblique",
    "contralateral_oblique": "contralateral oblique",
    "sacral_hiatus": "sacral hiatus",
    "fluoroscopy": "fluoroscopy",
    "ct": "CT",
    "none": "none",
    "dob": "date of birth",
    "mrn": "MRN",
    "name": "name",
    "account": "account number",
}
RISK_EXPLAINED = (
    "The denial risk is an estimate built from expert weights (one per documentation gap, "
    "combined so that each further gap adds less), not a measured probability."
)


def levels_text() -> str:
    """Return the level cut-offs of the weights file, e.g. ``Levels: high from 0.60 ...``."""
    from nlp_checker.scoring.risk import load_model

    levels = load_model().levels
    return (
        f"Levels: high from {levels['high']:.2f}, medium from {levels['medium']:.2f}, "
        "low below that."
    )


def title(element: str) -> str:
    """Return the title of an element id, or of a code or claim driver (``code:unsupported``)."""
    if element.startswith("code:"):
        key = element.removeprefix("code:")
        return CODE_DRIVER_TITLES.get(key, key.replace("_", " ").capitalize())
    if element.startswith("claim:"):
        key = element.removeprefix("claim:")
        return CLAIM_DRIVER_TITLES.get(key, "Claim: " + key.replace("_", " "))
    for spec in catalogue():
        if spec.id == element:
            return spec.title
    return element.replace("_", " ").capitalize()


def driver_titles() -> dict[str, str]:
    """Return the title of every risk driver that is not an element (``claim:units`` ...)."""
    out = {f"code:{key}": text for key, text in CODE_DRIVER_TITLES.items()}
    out.update({f"claim:{key}": text for key, text in CLAIM_DRIVER_TITLES.items()})
    return out


def short_title(element: str) -> str:
    """Return the short name of an element for one-line listings."""
    return SHORT_TITLES.get(element) or title(element)


def fix(element: str) -> str:
    """Return what to add for an element ("" for an unknown id)."""
    return next((spec.fix for spec in catalogue() if spec.id == element), "")


def code_label(code: str) -> str:
    """Return how a person reads a suggested code (``other`` is not a code)."""
    if code == "other":
        return "no code of this family (no epidural injection is documented)"
    return code


def _word(value: object) -> str:
    text = str(value)
    return _VALUE_WORDS.get(text, text)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def value_text(element: str, value: object) -> str:
    """Return a finding's value the way a biller says it (``""`` when there is none)."""
    if value is None or value == [] or value == {}:
        return ""
    if element in ("vas_pre", "vas_post") and isinstance(value, int | float):
        return f"{value:g}/10"
    if element == "needle_views" and isinstance(value, list):
        return _join([_word(v) for v in value]) + (" view" if len(value) == 1 else " views")
    if element == "patient_id" and isinstance(value, list):
        return _join([_word(v) for v in value])
    if isinstance(value, list):
        return _join([_word(v) for v in value])
    if isinstance(value, dict):
        return _dict_text(element, value)
    return _word(value)


def _dict_text(element: str, value: Mapping[str, Any]) -> str:
    if element == "contrast_flow":
        if value.get("contraindication"):
            return f"no contrast: {' '.join(str(value['contraindication']).split())}"
        agent = value.get("agent")
        agent_text = "contrast" if agent in (None, "contrast") else f"contrast ({agent})"
        spread = "epidural spread seen" if value.get("spread") else "spread not described"
        return f"{agent_text}, {spread}"
    if element == "approach":
        text = str(value.get("approach") or "")
        return text + (", catheter left in place" if value.get("catheter") else "")
    if element == "conservative_care":
        weeks = value.get("weeks")
        what = " ".join(str(value.get("text") or "").split())
        return f"{what}, {weeks} weeks" if weeks else what
    parts = [
        f"{k.replace('_', ' ')} {_word(v)}" for k, v in value.items() if v not in (None, False)
    ]
    return ", ".join(parts)


def modifier_text(category: str, text: str) -> str:
    """Return why a quote does not count, e.g. ``blank field “___/10”``."""
    words = MODIFIER_WORDS.get(category, category.lower().replace("_", " ") + ":")
    return f"{words} “{' '.join(text.split())}”"


def sentence(text: str) -> str:
    """Return a code-check reason or warning as a sentence a biller reads (no rule ids)."""
    text = re.sub(r"\s*\((?:MCR|MOD|CODE|NCCI)-[A-Z0-9-]+(?:[;,][^)]*)?\)", "", text.strip())
    text = re.sub(r"\s*->\s*", ", so the note supports ", text)
    text = text.replace("supports other", "supports no code of this family")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


@lru_cache(maxsize=1)
def _issue_catalogue() -> IssueCatalogue:
    path = data_file("data", "issues.json")
    try:
        return IssueCatalogue.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        msg = f"data/issues.json is invalid: {exc}"
        raise RulesError(msg) from exc


@lru_cache(maxsize=1)
def _issue_titles() -> dict[str, str]:
    return {spec.code: spec.title for spec in _issue_catalogue().issues}


@lru_cache(maxsize=1)
def issue_channels() -> dict[str, str | None]:
    """Return every issue code with the code check's list it belongs to (reason, warning, none)."""
    return {spec.code: spec.channel for spec in _issue_catalogue().issues}


def issue_title(code: str) -> str:
    """Return the title of an issue code (``units.over_mue`` -> ``Units over the MUE``)."""
    return _issue_titles().get(code) or code.rsplit(".", 1)[-1].replace("_", " ").capitalize()


def issue_titles() -> dict[str, str]:
    """Return every issue code with its title (for screens that name issues)."""
    return dict(_issue_titles())


def error_text(kind: str, message: str) -> str:
    """Return why a document has no verdict: not a procedure note, or could not be read."""
    if kind == "not_a_procedure_note":
        return f"Not a procedure note: {message}"
    return f"Could not be read: {message}"


def issue_text(message: str, source: str | None = None) -> str:
    """Return an issue's message as a sentence, without the source tags it ends with.

    The message carries its rule's source in parentheses for the audit trail; a screen cites
    the source apart (:func:`cite`), so a person never reads the tags.
    """
    if source:
        message = message.strip().removesuffix(f"({source})").strip()
    return sentence(message)


def ocr_low(confidence: float | None) -> bool:
    """Return whether OCR text at this word confidence (0-100) needs a person to check it."""
    return confidence is not None and confidence < OCR_MIN_CONFIDENCE


def ocr_text(confidence: float | None) -> str:
    """Return how a quote read by OCR is marked: its confidence, and a review when it is low."""
    if confidence is None:
        return "read by OCR"
    if ocr_low(confidence):
        return f"read by OCR at {confidence:.0f}% confidence: low, check it against the scan"
    return f"read by OCR, {confidence:.0f}% confidence"


def driver_text(reason: str, status: str | None = None, detail: str | None = None) -> str:
    """Return a risk driver as a sentence: its reason, the issue's words, its status in words."""
    text = f"{reason}: {detail}" if detail else reason
    if status in STATUS_EXPLAINED:
        text = f"{text} ({STATUS_EXPLAINED[status]})"
    return sentence(text)


# --- sources ---------------------------------------------------------------------------------

_ID = re.compile(
    r"\b(?P<rule>(?:MCR-[A-Z]+(?:-\d+)?|CODE-\d+(?:\.\.\d+)?|NCCI-(?:\d+|PTP)|MOD-(?:KX|59)|COMM-[A-Z]+|POS-\d+))\b"
    r"|\b(?P<ref>S\d+)\b|(?P<context>\bConText\b)"
)


@dataclass(frozen=True)
class Citation:
    """One rule a finding rests on, as a reader can follow it."""

    id: str
    title: str
    policy: str
    anchor: str

    @property
    def text(self) -> str:
        """``Medicare ESI policy (LCD L39240, article A58993): the record is ... signed``."""
        return f"{self.policy}: {self.title[0].lower()}{self.title[1:]}"

    @property
    def link(self) -> str:
        """Where the rule is described: ``docs/sources.md#mcr-doc-6``."""
        return f"{SOURCES_DOC}#{self.anchor}"


@lru_cache(maxsize=1)
def sources() -> dict[str, Any]:
    """Return ``patterns/sources.json``."""
    path = data_file("patterns", "sources.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        bad = [k for k in ("documents", "references", "rules", "groups") if not isinstance(
            data.get(k), dict)]  # fmt: skip
    except ValueError as exc:
        msg = f"patterns/sources.json is invalid: {exc}"
        raise RulesError(msg) from exc
    if bad:
        msg = f"patterns/sources.json is invalid: {', '.join(bad)} must be objects"
        raise RulesError(msg)
    return data


def anchor(ident: str) -> str:
    """Return the docs/sources.md anchor of a rule or reference id."""
    return ident.lower()


def cited_ids(source: str) -> list[str]:
    """Return the rule and reference ids a ``source`` text cites, in order, without repeats.

    ``CODE-01..04`` stands for CODE-01 to CODE-04; ``ConText (Harkema 2009)`` is ``CONTEXT``.
    """
    out: list[str] = []
    for match in _ID.finditer(source):
        if match.group("context"):
            ids = ["CONTEXT"]
        elif match.group("ref"):
            ids = [match.group("ref")]
        else:
            rule = match.group("rule")
            if ".." in rule:
                first, last = rule.split("..")
                prefix, start = first.rsplit("-", 1)
                ids = [f"{prefix}-{n:02d}" for n in range(int(start), int(last) + 1)]
            else:
                ids = [rule]
        out.extend(i for i in ids if i not in out)
    return out


def _policy(group: str) -> str:
    data = sources()
    spec = data["groups"].get(group, {})
    docs = spec.get("documents", [])
    named = ", ".join(
        f"{'LCD' if data['documents'][d]['kind'] == 'LCD' else 'article'} {d}" for d in docs
    )
    return f"{spec.get('title', group)} ({named})" if named else str(spec.get("title", group))


def citations(source: str) -> list[Citation]:
    """Return the rules a ``source`` text cites (references alone are folded into their rule)."""
    data = sources()
    out: list[Citation] = []
    ids = cited_ids(source)
    for ident in ids:
        rule = data["rules"].get(ident)
        if rule is not None:
            out.append(Citation(ident, rule["title"], _policy(rule["group"]), anchor(ident)))
    if not out:
        for ident in ids:
            ref = data["references"].get(ident)
            if ref is not None:
                out.append(Citation(ident, ref["title"], ref["publisher"], anchor(ident)))
    return out


def _lower_first(text: str) -> str:
    # "CMS WISeR model" keeps its capitals; "Fluoroscopy is" becomes "fluoroscopy is".
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def cite(source: str, *, short: bool = False) -> str:
    """Return a ``source`` text as readable citations, grouped by policy.

    ``short`` keeps the first rule of each policy and counts the others.
    """
    found = citations(source)
    if not found:
        return source
    by_policy: dict[str, list[str]] = {}
    for c in found:
        by_policy.setdefault(c.policy, []).append(_lower_first(c.title))
    parts = []
    for policy, titles in by_policy.items():
        if short and len(titles) > 1:
            more = len(titles) - 1
            titles = [f"{titles[0]} (and {more} more rule{'s' if more > 1 else ''})"]
        parts.append(f"{policy}: {'; '.join(titles)}")
    return "; ".join(parts)


def sources_markdown() -> str:
    """Return docs/sources.md, generated from ``patterns/sources.json``."""
    data = sources()
    out = [
        "# Sources",
        "",
        "Every rule the checker applies cites a rule id (`MCR-DOC-6`, `CODE-03`...). This page",
        "says what each id stands for and which published documents it comes from, so that a",
        "finding can be followed to its source. Screens show the rule's title and policy, and",
        "link here.",
        "",
        "Generated from `patterns/sources.json` by `python scripts/sources_doc.py`; a test keeps",
        "the two equal and checks that every id cited in `patterns/`, `models/` and the code check",
        "resolves here. LCD and article ids, versions and effective dates are those of the",
        "Medicare Coverage Database document list as harvested on 2025-08-23.",
        f"Reviewed {data['reviewed']}.",
        "",
        "Confirm a rule against the current text of its LCD or article before relying on it: the",
        "Medicare policies are revised, and the rules below were rebuilt from the MAC's own review",
        "page, reproductions of the shared multi-MAC LCD text and contractor notices.",
        "",
        "## Medicare coverage documents (epidural steroid injections)",
        "",
        "The Medicare administrative contractors (MACs) publish the same policy as separate local",
        "coverage determinations (LCDs), each with a billing and coding article. The checker cites",
        "Noridian's L39240 and A58993; the other MACs' texts say the same on the rules used here.",
        "",
        "| id | kind | title | published by | version | effective | link |",
        "|---|---|---|---|---|---|---|",
    ]
    for ident, doc in data["documents"].items():
        out.append(
            f'| <a id="{anchor(ident)}"></a>{ident} | {doc["kind"]} | {doc["title"]} | '
            f"{doc['publisher']} | {doc['version']} | {doc['effective']} | "
            f"[{ident}]({doc['url']}) |"
        )
    out += ["", "## Rules", ""]
    out += ["| id | rule | policy | references |", "|---|---|---|---|"]
    for ident, rule in data["rules"].items():
        refs = ", ".join(f"[{r}](#{anchor(r)})" for r in rule["refs"])
        out.append(
            f'| <a id="{anchor(ident)}"></a>`{ident}` | {rule["title"]} | {_policy(rule["group"])} '
            f"| {refs} |"
        )
    out += ["", "## References", ""]
    out += ["| id | title | published by | date | link |", "|---|---|---|---|---|"]
    for ident, ref in data["references"].items():
        url = ref.get("url")
        if not url:
            link = "not online"
        elif url.rstrip("/").count("/") <= 2:
            link = f"[site]({url})"
        else:
            link = f"[link]({url})"
        out.append(
            f'| <a id="{anchor(ident)}"></a>{ident} | {ref["title"]} | {ref["publisher"]} | '
            f"{ref['date']} | {link} |"
        )
    out += [
        "",
        "\"site\" links go to the publisher's site where the page's own address is not recorded.",
        "",
    ]
    return "\n".join(out)


# --- provider queries -------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _queries() -> dict[str, Any]:
    path = data_file("patterns", "queries.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        ok = isinstance(data.get("queries"), dict) and all(
            isinstance(data.get(k), str) for k in ("intro", "closing")
        )
    except ValueError as exc:
        msg = f"patterns/queries.json is invalid: {exc}"
        raise RulesError(msg) from exc
    if not ok:
        msg = "patterns/queries.json is invalid: needs intro, closing and queries"
        raise RulesError(msg)
    return data


def query_frame() -> tuple[str, str]:
    """Return the intro (with ``{code}``) and closing lines of a provider query."""
    data = _queries()
    return str(data["intro"]), str(data["closing"])


def query(element: str) -> str:
    """Return what a coder asks the physician to document for one element."""
    text = _queries()["queries"].get(element)
    return str(text) if text else f"Please document: {fix(element) or title(element)}"


def query_elements(result: Mapping[str, Any]) -> list[str]:
    """Return the elements of a result (JSON shape) a provider query asks about."""
    elements = result.get("elements") or {}
    return [
        name
        for name, finding in elements.items()
        if finding.get("status") != "present" and (finding.get("required") or name == "indication")
    ]


def provider_query(result: Mapping[str, Any]) -> str:
    """Return the query a coder sends the physician for one result (``""`` when none is due).

    It names the note by its source and date of service, never the patient.
    """
    asks = query_elements(result)
    if result.get("status") != "ok" or not asks:
        return ""
    data = _queries()
    elements = result.get("elements") or {}
    date = (elements.get("date_of_service") or {}).get("value") or "not stated"
    lines = [
        f"Documentation query: procedure note {result.get('source', '')}, date of service {date}",
        "",
        str(data["intro"]).format(code=result.get("billed_code", "")),
    ]
    lines += [f"{i}. {title(e)}: {query(e)}" for i, e in enumerate(asks, start=1)]
    lines += ["", str(data["closing"])]
    return "\n".join(lines)
