#!/usr/bin/env python3
"""Validate examples/blind16/gold_blind16.jsonl without the checker.

Usage:  python examples/blind16/check_gold.py

Checks the JSON shape of every line, the element ids, statuses and value shapes (docs/elements.md,
docs/gold-format.md, docs/labelling.md), that each source file exists, and that every labelled
value (dates, pain scores, levels, names, drugs, weeks, identifier kinds, views) can be found in
the note text. Text notes are read as files; PDFs through pdfplumber (or pypdfium2) when one is
installed, else from the page texts in make_pdfs.py; scans (image only) from the page texts in
make_pdfs.py, after checking that they carry no text layer. Only the pages of kind "note" are
searched: fax covers, consent forms, checklists, handouts, leaflets, discharge sheets, orders and
blank templates are never evidence, and each PDF must hold exactly one such page. It does not
import or run nlp_checker. The one row whose required element rests only on a misspelling
(MISSPELLED) must be labelled present and not complete. A row with a `claim` is checked against its
claim lines (the first line is its billed_code and modifiers; each add-on unit needs one more
documented foramen) and its payer (docs/profiles.md: `bcbs-ma` asks for no pain scale;
`cigna-evicore` and `bcbs-ma` block a conservative course shorter than 6 and 4 weeks, or one with
no duration or none documented). It also checks that no file in the folder names a path outside the
repository and that no scan's fax band carries its date of service. Exit code 0 when all checks
pass, 1 otherwise.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE / "gold_blind16.jsonl"

ELEMENTS = [
    "patient_id",
    "date_of_service",
    "vas_pre",
    "vas_post",
    "signature",
    "imaging_guidance",
    "needle_views",
    "contrast_flow",
    "spinal_level",
    "region",
    "approach",
    "medication",
    "indication",
    "conservative_care",
    "laterality",
    "foramen_level",
]
REQUIRED = [
    "patient_id",
    "vas_pre",
    "vas_post",
    "signature",
    "imaging_guidance",
    "needle_views",
    "contrast_flow",
    "spinal_level",
]
STATUSES = {"present", "missing", "negated", "incomplete", "uncertain"}
NULL_STATUSES = {"missing", "negated", "uncertain"}
ID_KINDS = {"name", "dob", "mrn", "account"}
VIEWS = {"ap", "lateral", "oblique", "contralateral_oblique"}
REGIONS = {"lumbar", "sacral", "cervical", "thoracic"}
APPROACHES = {"interlaminar", "transforaminal", "caudal"}
SIDES = {"left", "right", "bilateral"}
CODES = {
    "62320",
    "62321",
    "62322",
    "62323",
    "62324",
    "62325",
    "62326",
    "62327",
    "64479",
    "64483",
    "other",
}
OTHER_KINDS = {
    "epidural_blood_patch",
    "lumbar_puncture",
    "facet_injection",
    "medial_branch_block",
    "discogram",
    "si_joint",
    "trigger_point",
    "epidurography",
    "not_done",
    "myelogram",
    "lysis_of_adhesions",
    "spinal_cord_stimulator_trial",
    "sympathetic_block",
}
LEVEL_RE = re.compile(r"^(?:[CTL]\d{1,2}-(?:[CTL]\d{1,2}|S1)|S1|sacral_hiatus)$")
TOP_KEYS = {"id", "source", "split", "style", "billed_code", "modifiers", "expected", "note"}
# a row may carry its own claim (docs/gold-format.md): the lines billed, with their modifiers,
# and the payer whose profile applies (docs/profiles.md; the default is medicare)
OPTIONAL_KEYS = {"claim"}
PAYERS = {"medicare", "cigna-evicore", "bcbs-ma"}
# payers that block complete on a short, undated or undocumented conservative course, and the
# weeks each asks for (docs/profiles.md); Medicare reports a short course without blocking
CONSERVATIVE_WEEKS = {"cigna-evicore": 6, "bcbs-ma": 4}
# payers that ask for no pain scale: vas_pre and vas_post are not required (docs/elements.md)
NO_PAIN_SCALE = {"bcbs-ma"}
CLAIM_CODES = {"62321", "62322", "62323", "62327", "64479", "64480", "64483", "64484"}
ADD_ONS = {"64480": "64479", "64484": "64483"}
TF_REQUIRED = [k for k in REQUIRED if k != "spinal_level"] + ["laterality", "foramen_level"]
# the kinds of page a PDF or scan may hold; only "note" pages are ever evidence
PAGE_KINDS = {
    "note",
    "consent",
    "fax_cover",
    "handout",
    "leaflet",
    "checklist",
    "discharge",
    "order",
    "template",
}
EXP_KEYS = {"suggested_code", "complete", "elements", "other_procedure"}
# rows whose required element is present only through a misspelled key word: not complete
# (docs/labelling.md). id -> (element, the misspelling that must be there, the correct spellings
# that must not be)
MISSPELLED: dict[str, tuple[str, str, str]] = {
    "blind16_20": (
        "imaging_guidance",
        r"\bfluroscop",
        r"fluoro|flouro|c-arm|image intensifier|\bCT\b",
    ),
}

DRUGS = {
    "triamcinolone": r"triamcinolone|kenalog",
    "methylprednisolone": r"methylpred|depo-?medrol|medrol|medrone",
    "dexamethasone": r"dexamethasone|decadron|\bdex\b",
    "betamethasone": r"betamethasone|celestone",
    "lidocaine": r"lidocaine|lignocaine|xylocaine|\blido\b",
    "bupivacaine": r"bupivacaine|marcaine|sensorcaine",
    "levobupivacaine": r"levobupivacaine|chirocaine",
    "ropivacaine": r"ropivacaine|naropin",
    "saline": r"saline|\bNS\b|NaCl|sodium chloride",
    "fentanyl": r"fentanyl",
    "hyaluronidase": r"hyaluronidase",
}
AGENTS = {"omnipaque": r"omnipaque|\bomni\b", "isovue": r"isovue", "iohexol": r"iohexol"}
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
VIEW_RE = {
    "ap": r"\bAP\b|anteroposterior",
    "lateral": r"lateral|\blat\b",
    "oblique": r"oblique",
    "contralateral_oblique": r"contralateral\s+oblique|\bCLO\b",
}
ID_RE = {
    "name": r"patient|name|\bpt\b|\bre:|claimant",
    "dob": r"\bDOB\b|_DOB\b|D\.O\.B|date of birth|birth",
    "mrn": r"MRN|MR#|MR number|medical record|med rec|record #|hospital no|NHS No|\bCHI\b"
    r"|chart ?(?:#|no|id)|\bChart:|\bUnit ?#|\bUR No|health card|\bHRN\b|\bUHID\b|\bNHI\b"
    r"|\bICN\b|\bPRN\b|unit no",
    "account": r"acct|account|\bFIN\b|patient id|patient #|folio|\bEnc#|\bPID\b|\bOP No|case no"
    r"|case #|episode no|visit #|visit id|\bIP No|encounter:|encounter #",
}
IMAGING_RE = {
    "fluoroscopy": r"fluoro|flouro|fluroscop|C-arm|image intensifier",
    "ct": r"\bCT\b",
}
NUMBER_WORDS = {
    0: "zero",
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    16: "sixteen",
}
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def load_make_pdfs():
    """Import make_pdfs.py from this folder (it only needs reportlab/Pillow when run)."""
    spec = importlib.util.spec_from_file_location("blind16_make_pdfs", HERE / "make_pdfs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def note_text(source: pathlib.Path, errors: list[str], label: str) -> str:
    """Return the text of the note pages of ``source``."""
    if source.suffix == ".txt":
        return source.read_text(encoding="utf-8")
    docs = load_make_pdfs().DOCS
    stem = source.stem
    if stem not in docs:
        errors.append(f"{label}: {source.name} is not built by make_pdfs.py")
        return ""
    doc = docs[stem]
    pages = doc["pages"]
    note_idx = [i for i, (kind, _) in enumerate(pages) if kind == "note"]
    layer = text_layer(source)
    if layer is None:
        return "\n".join(pages[i][1] for i in note_idx)
    if len(layer) != len(pages):
        errors.append(f"{label}: {len(layer)} pages, make_pdfs.py has {len(pages)}")
    if doc["kind"] == "scan":
        if any(t.strip() for t in layer):
            errors.append(f"{label}: scan {source.name} has a text layer")
        return "\n".join(pages[i][1] for i in note_idx)
    if not all(layer[i].strip() for i in range(len(layer))):
        errors.append(f"{label}: PDF {source.name} has a page without a text layer")
    return "\n".join(layer[i] for i in note_idx if i < len(layer))


def text_layer(source: pathlib.Path) -> list[str] | None:
    """Return the text layer of each page of a PDF, or None when no PDF reader is installed."""
    try:
        import pdfplumber  # optional: read the real text layer
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(source) as pdf:
            return [pg.extract_text() or "" for pg in pdf.pages]
    try:
        import pypdfium2  # optional fallback
    except ImportError:
        return None
    pdf = pypdfium2.PdfDocument(str(source))
    return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


def found(pattern: str, text: str) -> bool:
    return re.search(pattern, text, flags=re.IGNORECASE) is not None


def date_forms(iso: str) -> list[str]:
    y, m, d = (int(x) for x in iso.split("-"))
    month = MONTHS[m - 1]
    suffix = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    mon = MON[m - 1]
    return [
        f"{month} {d}{suffix}, {y}",
        f"{month[:3]} {d}, {y}",
        f"{d:02d}-{mon}-{y}",
        f"{d:02d}{mon}{y}",
        f"{mon} {d:02d}, {y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{month} {d}, {y}",
        f"{month} {d} {y}",
        f"{d}{suffix} {month} {y}",
        f"{d} {month} {y}",
        f"{m:02d}/{d:02d}/{y % 100:02d}",
        f"{m}/{d}/{y % 100:02d}",
        f"{d:02d}-{m:02d}-{y}",
        f"{y}/{m:02d}/{d:02d}",
    ]


def level_forms(level: str) -> list[str]:
    if level == "sacral_hiatus":
        return [r"hiatus", r"caudal"]
    if level == "S1":
        return [r"\bS1\b"]
    a, b = level.split("-")
    ra, na = a[0], a[1:]
    rb, nb = b[0], b[1:]
    forms = [rf"\b{a}\s*[-–/ ]\s*{b}\b", rf"\b{a}{b}\b", rf"\b{a}\s*[-–/ ]\s*{nb}\b"]  # noqa: RUF001
    if ra == rb:
        forms.append(rf"\b{ra}{na}{nb}\b")
    # dictation spaces the letters and digits out ("L 4 5", "L 5 S 1") or says them
    forms.append(rf"\b{ra}\s+{na}\s+(?:{rb}\s*)?{nb}\b")
    if na.isdigit() and nb.isdigit():
        wa, wb = NUMBER_WORDS[int(na)], NUMBER_WORDS[int(nb)]
        forms.append(rf"\b{ra} {wa} (?:{rb} )?{wb}\b")
    # a transforaminal note may name the root that exits through the foramen
    root = b if ra == "C" else a
    forms.append(rf"\b{root}\b (?:nerve )?root|\b{root} (?:neural )?foramen|{root} transforaminal")
    return forms


def score_found(value: float, text: str) -> bool:
    """Say whether ``value`` is written as a pain score: n/10, n of 10, after a score label, a
    flowsheet cell, a number word out of ten, or (for a 100 mm VAS) n mm."""
    if float(value).is_integer():
        v = int(value)
        word = NUMBER_WORDS.get(v, "#")
        num = rf"(?<![\w./-]){v}(?![\d/]|\.\d)"
        label = r"(?:pain|nrs|vas|score|faces|intensity|before|after|pre|post)"
        if (
            found(rf"(?<![\d.]){v}\s*(?:/\s*10\b|of 10\b|out of (?:10|ten)\b)", text)
            or found(rf"{label}[^\n]{{0,40}}?{num}", text)
            or found(rf"\|\s*{v}\s*\|", text)
            or found(rf"\b{word}\s+(?:out\s+)?of\s+ten\b", text)
            # a flowsheet laid out by time columns: a pain row with the value in one of its cells
            or re.search(rf"(?im)^[^\n]*(?:pain|nrs)[^\n]*[ \t]{{2,}}{v}(?:[ \t]{{2,}}|$)", text)
            is not None
            # a flowsheet row that starts with its time ("0742  142/88  80  98%  7  none")
            or re.search(rf"(?m)^\s*\d{{4}}\b[^\n]*[\t ]{v}[\t ]", text) is not None
        ):
            return True
    mm = round(float(value) * 10)
    return found(rf"\b{mm}\s*mm", text)


def check_value(label: str, key: str, status: str, value, text: str, errors: list[str]) -> None:
    """Check the value shape of one element and that the value is in the note."""

    def bad(msg: str) -> None:
        errors.append(f"{label}.{key}: {msg}")

    if key == "imaging_guidance":
        if status in {"missing", "negated"}:
            if value != "none":
                bad("missing/negated imaging needs value 'none'")
            return
        if status == "uncertain":
            if value is not None:
                bad("uncertain needs value null")
            return
        if value not in IMAGING_RE:
            bad(f"bad value {value!r}")
        elif not found(IMAGING_RE[value], text):
            bad(f"{value} not found in the note")
        return
    if status in NULL_STATUSES:
        if value is not None:
            bad(f"{status} needs value null")
        return
    if value is None:
        if key in {"signature", "indication"} or status == "incomplete":
            return
        bad("present needs a value")
        return
    if key == "patient_id":
        if not isinstance(value, list) or value != sorted(value) or not set(value) <= ID_KINDS:
            bad(f"bad id list {value!r}")
            return
        for kind in value:
            if not found(ID_RE[kind], text):
                bad(f"identifier kind {kind} not found")
        if status == "present" and len(value) < 2:
            bad("present needs two identifiers")
    elif key == "date_of_service":
        if not isinstance(value, str) or not re.fullmatch(r"2026-\d\d-\d\d", value):
            bad(f"bad date {value!r} (dates of service are in 2026)")
        elif not any(f.lower() in text.lower() for f in date_forms(value)):
            bad(f"date {value} not found")
    elif key in {"vas_pre", "vas_post"}:
        if not isinstance(value, (int, float)) or not 0 <= value <= 10:
            bad(f"bad score {value!r}")
        elif not score_found(value, text):
            bad(f"score {value} not found")
    elif key == "signature":
        if not isinstance(value, str):
            bad("signature value must be text or null")
            return
        surname = max(re.findall(r"[A-Za-zÀ-ž'-]+", value.replace("MD", "")), key=len)
        if surname.lower() not in text.lower():
            bad(f"signer {surname!r} not found")
    elif key == "needle_views":
        if not isinstance(value, list) or value != sorted(value) or not set(value) <= VIEWS:
            bad(f"bad views {value!r}")
            return
        for v in value:
            if not found(VIEW_RE[v], text):
                bad(f"view {v} not found")
        if status == "present" and len(value) < 2:
            bad("present needs at least two views")
        if status == "incomplete" and len(value) > 1:
            bad("incomplete views should list fewer than two")
    elif key == "contrast_flow":
        if not isinstance(value, dict) or set(value) != {"agent", "spread", "contraindication"}:
            bad(f"bad contrast value {value!r}")
            return
        if not isinstance(value["spread"], bool):
            bad("spread must be a bool")
        agent, contra = value["agent"], value["contraindication"]
        if agent is not None:
            if agent not in AGENTS:
                bad(f"unknown agent {agent!r}")
            elif not found(AGENTS[agent], text):
                bad(f"agent {agent} not found")
        if contra is not None:
            if contra not in {"contrast allergy", "pregnancy"}:
                bad(f"contraindication {contra!r} is not one the docs accept")
            elif not found(
                r"allerg|anaphyla" if contra == "contrast allergy" else r"pregnan", text
            ):
                bad("contraindication not found")
        if status == "present" and not (value["spread"] or contra):
            bad("present contrast needs spread or a contraindication")
        if status == "incomplete" and value["spread"]:
            bad("incomplete contrast cannot have spread true")
    elif key in {"spinal_level", "foramen_level"}:
        if not isinstance(value, list) or value != sorted(value) or not value:
            bad(f"bad level list {value!r}")
            return
        for lv in value:
            if not LEVEL_RE.match(lv):
                bad(f"bad level {lv!r}")
            elif not any(found(f, text) for f in level_forms(lv)):
                bad(f"level {lv} not found")
    elif key == "region":
        if value not in REGIONS:
            bad(f"bad region {value!r}")
        elif not found(
            {
                "lumbar": r"lumbar|\bL\d",
                "sacral": r"sacral|caudal",
                "cervical": r"cervical|\bC\d",
                "thoracic": r"thoracic|\bT\d",
            }[value],
            text,
        ):
            bad(f"region {value} not supported by the text")
    elif key == "approach":
        if (
            not isinstance(value, dict)
            or set(value) != {"approach", "catheter"}
            or value["approach"] not in APPROACHES
            or not isinstance(value["catheter"], bool)
        ):
            bad(f"bad approach value {value!r}")
        elif not found(
            {
                "interlaminar": r"interlamin|ILESI",  # "interlaminer" in a dictation
                "transforaminal": r"transforaminal|selective nerve root",
                "caudal": r"caudal",
            }[value["approach"]],
            text,
        ):
            bad(f"approach {value['approach']} not found")
        elif value["catheter"] and not found(r"catheter", text):
            bad("catheter not found")
    elif key == "medication":
        if not isinstance(value, list) or value != sorted(value) or not value:
            bad(f"bad medication list {value!r}")
            return
        for drug in value:
            if drug not in DRUGS:
                bad(f"unknown drug {drug!r}")
            elif not found(DRUGS[drug], text):
                bad(f"drug {drug} not found")
    elif key == "indication":
        if not isinstance(value, str):
            bad("indication value must be text or null")
    elif key == "conservative_care":
        if not isinstance(value, dict) or set(value) != {"text", "weeks"}:
            bad(f"bad conservative_care value {value!r}")
            return
        weeks = value["weeks"]
        if weeks is not None:
            if not isinstance(weeks, (int, float)) or weeks <= 0:
                bad(f"bad weeks {weeks!r}")
            else:
                w = int(weeks)
                months = round(weeks / 4.33)
                if not (
                    found(rf"\b{w}\s*(?:-\s*)?(?:weeks?|wks?|wk)\b|x\s*{w}\s*w", text)
                    or found(rf"\b{NUMBER_WORDS.get(w, '#')}\s+weeks", text)
                    or found(rf"\(?{NUMBER_WORDS.get(w, '#')} weeks|\b{months}\s*months", text)
                    or found(rf"\b{NUMBER_WORDS.get(months, '#')}\s+months", text)
                    or found(rf"\b{round(weeks * 7)}\s*days\b", text)
                ):
                    bad(f"{weeks} weeks not found")
    elif key == "laterality":
        if value not in SIDES:
            bad(f"bad side {value!r}")
        elif not found(
            {"left": r"left|\bL\b", "right": r"right|\bR\b", "bilateral": r"bilateral"}[value], text
        ):
            bad(f"side {value} not found")


def check_claim(row: dict, errors: list[str], label: str) -> list[dict]:
    """Check billed_code/modifiers: 62323 with none, or the first line of the row's claim."""
    claim = row.get("claim")
    if claim is None:
        if row.get("billed_code") != "62323" or row.get("modifiers") != []:
            errors.append(f"{label}: billed 62323 with no modifiers expected (no claim)")
        return []
    lines = claim.get("lines") if isinstance(claim, dict) else None
    if not isinstance(claim, dict) or not {"lines"} <= set(claim) <= {"lines", "payer"}:
        errors.append(f"{label}: claim must be {{'lines': [...]}} with an optional 'payer'")
        return []
    if not isinstance(lines, list) or not lines:
        errors.append(f"{label}: claim needs at least one line")
        return []
    if claim.get("payer", "medicare") not in PAYERS:
        errors.append(f"{label}: unknown payer {claim.get('payer')!r}")
    for ln in lines:
        if set(ln) != {"code", "modifiers"} or ln["code"] not in CLAIM_CODES:
            errors.append(f"{label}: bad claim line {ln!r}")
            return []
        if ln["code"] in ADD_ONS and ADD_ONS[ln["code"]] not in {x["code"] for x in lines}:
            errors.append(f"{label}: add-on {ln['code']} without its primary code")
    if row.get("billed_code") != lines[0]["code"] or row.get("modifiers") != lines[0]["modifiers"]:
        errors.append(f"{label}: billed_code/modifiers must match the first claim line")
    return lines


def check_line(n: int, row: dict, errors: list[str], seen: set[str]) -> str:
    label = f"line {n}"
    if not TOP_KEYS <= set(row) <= TOP_KEYS | OPTIONAL_KEYS:
        errors.append(f"{label}: keys {sorted(row)} != {sorted(TOP_KEYS)} (+ optional claim)")
    rid = row.get("id", "")
    label = rid or label
    if not re.fullmatch(r"blind16_\d\d", rid) or rid in seen:
        errors.append(f"{label}: bad or repeated id")
    seen.add(rid)
    if row.get("split") != "blind":
        errors.append(f"{label}: split must be 'blind'")
    claim_lines = check_claim(row, errors, label)
    if not isinstance(row.get("style"), str) or not row["style"]:
        errors.append(f"{label}: style missing")
    if not isinstance(row.get("note"), str) or len(row["note"]) < 20:
        errors.append(f"{label}: each line needs a labelling note")
    source = HERE / row.get("source", "")
    if not source.is_file():
        errors.append(f"{label}: source {row.get('source')} does not exist")
        return "?"
    if not re.match(rf"b16_{rid[-2:]}_", source.name):
        errors.append(f"{label}: source name {source.name} does not match the id")
    exp = row.get("expected", {})
    if not set(exp) <= EXP_KEYS or not {"suggested_code", "complete", "elements"} <= set(exp):
        errors.append(f"{label}: expected keys {sorted(exp)}")
        return "?"
    code = exp["suggested_code"]
    if code not in CODES:
        errors.append(f"{label}: unknown suggested_code {code!r}")
    if code == "other":
        if exp.get("other_procedure") not in OTHER_KINDS:
            errors.append(f"{label}: other needs other_procedure")
    elif "other_procedure" in exp:
        errors.append(f"{label}: other_procedure only with suggested_code other")
    els = exp["elements"]
    if list(els) != ELEMENTS:
        errors.append(f"{label}: element ids {list(els)} != docs/elements.md")
        return code
    text = note_text(source, errors, label)
    for key in ELEMENTS:
        el = els[key]
        if set(el) != {"status", "value"} or el["status"] not in STATUSES:
            errors.append(f"{label}.{key}: bad element {el!r}")
            continue
        check_value(label, key, el["status"], el["value"], text, errors)
    billed = row.get("billed_code")
    payer = (row.get("claim") or {}).get("payer", "medicare")
    required = TF_REQUIRED if billed in {"64479", "64483"} else REQUIRED
    if payer in NO_PAIN_SCALE:
        required = [k for k in required if k not in {"vas_pre", "vas_post"}]
    all_present = all(els[k]["status"] == "present" for k in required)
    ok = all_present and code == billed and els["indication"]["status"] != "incomplete"
    if ok and payer in CONSERVATIVE_WEEKS:
        # this payer blocks a course shorter than its weeks, or one with no duration or none
        care = els["conservative_care"]
        weeks = (care["value"] or {}).get("weeks") if care["status"] == "present" else None
        ok = weeks is not None and weeks >= CONSERVATIVE_WEEKS[payer]
    if ok and claim_lines and code in {"64479", "64483"}:
        # each add-on unit needs one more documented foramen
        units = sum(
            1 for ln in claim_lines if ln["code"] == code or ADD_ONS.get(ln["code"]) == code
        )
        ok = units == len(els["foramen_level"]["value"] or [])
    if exp["complete"] is True and not ok:
        errors.append(
            f"{label}: complete true but a required element is not present, the code "
            "is not the billed one or the indication is not covered"
        )
    # only the rows in MISSPELLED rest on a misspelling, and no note rests on low-confidence
    # OCR, so any other note with every required element present and a covered indication
    # must be complete
    if rid in MISSPELLED:
        key, wrong, right = MISSPELLED[rid]
        if els[key]["status"] != "present" or not found(wrong, text) or found(right, text):
            errors.append(f"{label}: {key} should be present only through {wrong!r}")
        if exp["complete"] is not False:
            errors.append(f"{label}: a required element resting on a misspelling is not complete")
    elif exp["complete"] is False and ok:
        errors.append(f"{label}: complete false but nothing in the labels blocks it")
    if not isinstance(exp["complete"], bool):
        errors.append(f"{label}: complete must be a bool")
    tf = (
        els["approach"]["status"] == "present"
        and els["approach"]["value"]["approach"] == "transforaminal"
    )
    if not tf and els["laterality"]["status"] != "missing":
        errors.append(f"{label}: laterality is only labelled for transforaminal notes")
    if tf and code not in {"64479", "64483"}:
        errors.append(f"{label}: transforaminal note should support 64479/64483")
    if tf and not all(els[k]["status"] == "present" for k in ("laterality", "foramen_level")):
        errors.append(f"{label}: transforaminal note needs laterality and foramen_level")
    return code


def check_folder(lines: list[str], errors: list[str]) -> None:
    """Check that no file names a path outside the repository and that no fax band is the DOS."""
    outside = "/" + "work/"  # split so this file does not match itself
    texts = [p for p in sorted(HERE.rglob("*")) if p.suffix in {".txt", ".md", ".py", ".jsonl"}]
    for path in texts:
        if outside in path.read_text(encoding="utf-8"):
            errors.append(f"{path.name}: names a path outside the repository")
    docs = load_make_pdfs().DOCS
    for stem, doc in docs.items():
        kinds = [kind for kind, _ in doc["pages"]]
        if not set(kinds) <= PAGE_KINDS or "note" not in kinds:
            errors.append(
                f"{stem}: page kinds {kinds} (need a note; others from {sorted(PAGE_KINDS)})"
            )
        others = [k for k in kinds if k != "note"]
        if doc["kind"] == "pdf" and len(others) != 1:
            errors.append(f"{stem}: a PDF needs exactly one page that is not the note")
        if doc["kind"] == "scan" and others:
            errors.append(f"{stem}: a scan holds only the note")
    for line in lines:
        row = json.loads(line)
        stem = pathlib.Path(row.get("source", "")).stem
        dos = row.get("expected", {}).get("elements", {}).get("date_of_service", {}).get("value")
        scan = stem in docs and docs[stem]["kind"] == "scan"
        if scan and dos and any(f.lower() in docs[stem]["fax"].lower() for f in date_forms(dos)):
            errors.append(f"{row['id']}: the fax band carries the date of service")


def main() -> int:
    errors: list[str] = []
    seen: set[str] = set()
    codes: Counter[str] = Counter()
    complete = 0
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: not JSON ({exc})")
            continue
        codes[check_line(n, row, errors, seen)] += 1
        complete += bool(row.get("expected", {}).get("complete"))
    if len(lines) != 60:
        errors.append(f"{len(lines)} lines, expected 60")
    check_folder(lines, errors)
    for e in errors:
        print("FAIL", e)
    bad_ids = {e.split(":")[0].split(".")[0] for e in errors}
    failed = sum(
        1
        for n in range(1, len(lines) + 1)
        if f"blind16_{n:02d}" in bad_ids or f"line {n}" in bad_ids
    )
    print(f"{len(lines)} lines; supported codes {dict(sorted(codes.items()))}; complete {complete}")
    print(f"gold lines: {len(lines) - failed} passed, {failed} failed")
    if errors:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
