#!/usr/bin/env python3
"""Check examples/dev15/gold_dev15.jsonl against the label conventions and against the notes.

Usage:  python examples/dev15/check_gold.py

Adapted from the dev14 set's ``check_gold.py``: ids are ``dev15_NN`` and name the source
``d15_NN_*``; sources live in ``notes/``, ``pdf/`` (text layer) and ``scans/`` (image only, each
with a PNG of page 1); levels may be spelled out ("L four-five"), compact ("L5S1") or written
with a slash ("L4/5"); dates may be written day first with slashes or hyphens (Irish, New
Zealand, Indian, Singaporean and British notes), with a two-digit year (Meditech's
"02/03/26"), spelled out or in ISO form; the fax band drawn on a scan's note page is part of
its text; ``item`` starts with the issue-8 item number (0 for a general case); the text layer is
read with pdfplumber or, failing that, pypdfium2.

It checks the shape of every line (keys, split, element ids, statuses, value shapes, claim
lines, payers, the suggested code and ``complete`` against the required elements), that each
source file exists, and that every labelled value (date, scores, levels, foramina, signer,
identifier kinds, drugs, contrast agent, views, weeks, side) can be found in the note text. For
PDFs the text is the page text defined in ``make_pdfs.DOCS`` (only the pages that are the
note); when a PDF reader is installed it also checks that text PDFs carry that text layer and
scans carry none. A line labelled not complete must show why (a required element not present, a
supported code that is not billed, a non-covered indication, or a conservative course too short
for a payer that blocks on it); every ``GAP <element>:`` note names elements that are not
present (or a course too short for the claim's payer), and there are exactly 17 of them, all
billed 62323 and not complete; text PDFs have 2-3 pages with at least one page that is not the
note and speaks of fluoroscopy, contrast, views or pain scores; scans have one page, a 1-bit PNG
of it at about 200 dpi, and a fax band whose date is not the date of service; the set's mix is
46 text notes, 8 text PDFs and 6 scans, with 34 complete lines, 8 lines with their own claim
and 8 look-alike or not-done lines. New for dev15: identifiers under this set's labels (Unit
No, Person Nbr, athena's "(ID #nnn)", MR #, Enc. No., UHID, IP No., Case No.) are read; a signer
labelled present has a signing statement in the note (including "signed-off", "e-signed",
"Authenticated electronically", "Sd/-"); the lines listed in ``DAY_FIRST`` have their date of
service written day first; and posteroanterior is read as AP. It never imports or runs the
checker. Exit status 0 when every check passes.
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE / "gold_dev15.jsonl"
ELEMENTS_DOC = HERE.parent.parent / "docs" / "elements.md"

IDS = [
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
STATUSES = {"present", "missing", "negated", "incomplete", "uncertain"}
REQUIRED_INTERLAMINAR = [
    "patient_id",
    "vas_pre",
    "vas_post",
    "signature",
    "imaging_guidance",
    "needle_views",
    "contrast_flow",
    "spinal_level",
]
REQUIRED_TRANSFORAMINAL = [
    "patient_id",
    "vas_pre",
    "vas_post",
    "signature",
    "imaging_guidance",
    "needle_views",
    "contrast_flow",
    "laterality",
    "foramen_level",
]
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
    "64480",
    "64483",
    "64484",
    "other",
}
TRANSFORAMINAL = {"64479", "64480", "64483", "64484"}
MODIFIERS = {"RT", "LT", "50", "59", "XS", "XU", "KX"}
PAYERS = {"medicare", "cigna-evicore", "bcbs-ma"}
# conservative-care weeks a payer asks for, where a shorter course blocks (docs/profiles.md)
BLOCKING_WEEKS = {"cigna-evicore": 6, "bcbs-ma": 4}
GAP_COUNT = 17
# lines labelled complete, lines with their own claim, look-alike or not-done lines
COMPLETE_COUNT = 34
CLAIM_COUNT = 8
OTHER_COUNT = 8
# documents of each kind: text notes, text PDFs, scans
MIX = {"notes": 46, "pdf": 8, "scans": 6}
# words a page that is not the note uses when it speaks of the procedure in general
GENERAL_WORDS = re.compile(r"fluoroscop|x-ray|contrast|dye|view|picture|pain score|0 to 10")
DATE_IN_BAND = re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b|\b([A-Z]{3}) (\d{2}) (\d{4})\b")
OTHER = {
    "epidural_blood_patch",
    "lumbar_puncture",
    "facet_injection",
    "medial_branch_block",
    "discogram",
    "si_joint",
    "trigger_point",
    "epidurography",
    "not_done",
}
ID_KINDS = {"name", "dob", "mrn", "account"}
VIEWS = {"ap", "lateral", "oblique", "contralateral_oblique"}
REGIONS = {"lumbar", "sacral", "cervical", "thoracic"}
APPROACHES = {"interlaminar", "transforaminal", "caudal"}
SIDES = {"left", "right", "bilateral"}
DRUGS = {
    "triamcinolone": [
        "triamcinolone",
        "kenalog",
        "triamcinolonacetonid",
        "kenacort",
    ],
    "methylprednisolone": ["methylprednisolone", "depo-medrol", "depo-medrone", "depomedrol"],
    "dexamethasone": ["dexamethasone", "decadron"],
    "betamethasone": ["betamethasone", "celestone"],
    "lidocaine": ["lidocaine", "lido", "xylocaine", "lignocaine", "lidocain"],
    "bupivacaine": ["bupivacaine", "marcaine", "sensorcaine"],
    "ropivacaine": ["ropivacaine", "naropin"],
    "saline": ["saline", "ns", "nacl", "sodium chloride"],
    "baclofen": ["baclofen"],
}
AGENTS = {
    "omnipaque": ["omnipaque", "iohexol", "omnipaq", "omni paque"],
    "isovue": ["isovue"],
    "iopamidol": ["iopamidol", "iopamiro"],
    "gadavist": ["gadavist", "gadobutrol"],
}
VIEW_WORDS = {
    "ap": [
        r"\bap\b",
        r"antero-?posterior",
        r"posteroanterior",
        r"\ba p\b",
        r"\ba\.p\.",
        r"\bpa\b",
        r"\bfrontal\b",
    ],
    "lateral": [r"\blateral\b", r"\blat\b", r"\bprofile\b", r"\bseitlich\b"],
    "oblique": [r"oblique"],
    "contralateral_oblique": [r"contralateral oblique", r"\bclo\b"],
}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
ORDINALS = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
]
CREDENTIALS = {
    "md",
    "do",
    "dr",
    "med",
    "mbbs",
    "frca",
    "ffpmrca",
    "fanzca",
    "ffpmanzca",
    "rn",
    "frcpc",
    "fmh",
    "electronically",
    "signed",
    "bch",
    "bao",
    "fcai",
    "ffpmcai",
    "fipp",
}

# the signing statements a signature labelled present must stand on (docs/labelling.md)
SIGNING = re.compile(
    r"electronically signed|signed electronically|signed by|signed:|/s/|e-signed|signed-off"
    r"|signed off|authenticated|sd/-|signed and finalized"
)
# words that put a number near them in a pain-score context, and how far back they reach
SCORE_CUE = re.compile(r"pain|headache|\bn?p?rs\b|\bvas\b|score|rated|rates|scored|marked")
SCORE_WINDOW = 100
SCORE_AFTER = 20
# lines whose date of service is written day first (the country writes dates so)
DAY_FIRST = {"dev15_16", "dev15_17", "dev15_18", "dev15_19", "dev15_21", "dev15_56"}

errors: list[str] = []


def fail(row_id: str, message: str) -> None:
    """Record one failed check."""
    errors.append(f"{row_id}: {message}")


def load_docs() -> dict:
    """Return ``make_pdfs.DOCS`` (page texts of the PDFs) without building anything."""
    spec = importlib.util.spec_from_file_location("dev15_make_pdfs", HERE / "make_pdfs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DOCS


def note_text(source: pathlib.Path, docs: dict, row_id: str) -> str:
    """Return the text of the note pages of ``source`` (a .txt note or a dev15 PDF).

    A scan's fax band is drawn on every page, so it is part of the note pages' text.
    """
    if source.suffix == ".txt":
        return source.read_text(encoding="utf-8")
    doc = docs.get(source.stem)
    if doc is None:
        fail(row_id, f"{source.name} is not defined in make_pdfs.DOCS")
        return ""
    check_text_layer(source, doc, row_id)
    band = doc.get("band", "")
    return "\n".join(
        band.format(page=f"{i + 1:02d}") + "\n" + doc["pages"][i] for i in doc["note_pages"]
    )


def check_text_layer(source: pathlib.Path, doc: dict, row_id: str) -> None:
    """Check that a text PDF carries its text layer and a scan carries none.

    The layer is read with pdfplumber when it is installed, else with pypdfium2; with neither,
    the check is skipped.
    """
    folder = {"text": "pdf", "scan": "scans"}[doc["kind"]]
    if source.parent.name != folder:
        fail(row_id, f"{source.name} is a {doc['kind']} PDF and belongs in {folder}/")
    pages = read_layer(source)
    if pages is None:
        return
    if len(pages) != len(doc["pages"]):
        fail(row_id, f"{source.name} has {len(pages)} pages, DOCS says {len(doc['pages'])}")
    layer = " ".join(pages)
    if doc["kind"] == "scan" and layer.strip():
        fail(row_id, f"{source.name} is a scan but has a text layer")
    if doc["kind"] == "text":
        first = doc["pages"][doc["note_pages"][0]].split()[:6]
        if not all(word in layer for word in first):
            fail(row_id, f"{source.name} text layer does not hold the note text")


def read_layer(source: pathlib.Path) -> list[str] | None:
    """Return the text layer of each page of ``source``, or None when no PDF reader is installed."""
    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None
    if pdfplumber is not None:
        with pdfplumber.open(source) as pdf:
            return [page.extract_text() or "" for page in pdf.pages]
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return None
    pdf = pdfium.PdfDocument(source)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def norm(text: str) -> str:
    """Lower-case ``text`` and collapse its whitespace."""
    return re.sub(r"\s+", " ", text.lower())


def date_forms(iso: str) -> list[str]:
    """Return the ways a note may write the ISO date ``iso``."""
    y, m, d = (int(part) for part in iso.split("-"))
    month = MONTHS[m - 1]
    return [
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y}",
        f"{m:02d}-{d:02d}-{y}",
        f"{m}/{d}/{y % 100}",
        f"{m:02d}/{d:02d}/{y % 100}",
        f"{month} {d}, {y}",
        f"{month} {d} {y}",
        f"{d} {month} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}-{month[:3]}-{y}",
        f"{d}-{month[:3]}-{y}",
        f"{ORDINALS[d]} of {month} {y}" if d < len(ORDINALS) else "@",
        # day first, as British and Indian notes write it
        f"{d:02d}/{m:02d}/{y}",
        f"{d}/{m}/{y}",
        f"{d:02d}-{m:02d}-{y}",
        # an ordinal day ("7th may 2026") and VistA's abbreviated month ("apr 15, 2026")
        f"{d}{ordinal_suffix(d)} {month} {y}",
        f"{month[:3]} {d}, {y}",
    ]


def ordinal_suffix(day: int) -> str:
    """Return the English ordinal suffix of ``day`` ("st", "nd", "rd" or "th")."""
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def has_number(text: str, value: float) -> bool:
    """Say whether a 0-10 score ``value`` (or its 100 mm form) is written in ``text`` as a score.

    The number must stand within ``SCORE_WINDOW`` characters after a pain-score cue (a table
    heading, "rated", "NRS", ...) or ``SCORE_AFTER`` characters before one ("2/10 (NPRS)"), so
    that a "5/5" strength or a "5.5 cm" depth does not pass.
    """
    patterns = [rf"(?<![\d.]){re.escape(f'{value:g}')}(?!\d|\.\d)"]
    patterns.append(rf"(?<![\d.]){re.escape(f'{value * 10:g}')} ?mm")
    if float(value).is_integer() and int(value) <= 12:
        patterns.append(rf"\b(a|an|at) {NUMBER_WORDS[int(value)]}\b")
        patterns.append(rf"\b{NUMBER_WORDS[int(value)]} out of ten\b")
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            near = text[max(0, match.start() - SCORE_WINDOW) : match.end() + SCORE_AFTER]
            if SCORE_CUE.search(near):
                return True
    return False


def level_forms(level: str) -> list[str]:
    """Return regexes for the ways a note may write the interspace or foramen ``level``."""
    if level == "sacral_hiatus":
        return [r"sacral hiatus", r"caudal"]
    if level == "S1":
        return [r"\bs1\b"]
    upper, lower = level.split("-")
    r1, n1 = upper[0], upper[1:]
    r2, n2 = lower[0], lower[1:]
    forms = [rf"\b{r1}{n1} ?[-/–] ?{r2}{n2}\b", rf"\b{r1} ?{n1} ?[-/ ]? ?{r2} ?{n2}\b"]  # noqa: RUF001
    if r1 == r2:
        forms += [rf"\b{r1}{n1} ?[-/–] ?{n2}\b", rf"\b{r1}{n1}{n2}\b", rf"\b{r1} {n1} {n2}\b"]  # noqa: RUF001
        if int(n2) < len(NUMBER_WORDS):
            # spoken: "L four five"
            forms.append(rf"\b{r1} {NUMBER_WORDS[int(n1)]}[- ]{NUMBER_WORDS[int(n2)]}\b")
    elif int(n1) < len(NUMBER_WORDS) and int(n2) < len(NUMBER_WORDS):
        # spoken across regions: "L five S one"
        forms.append(rf"\b{r1} {NUMBER_WORDS[int(n1)]} {r2} {NUMBER_WORDS[int(n2)]}\b")
    # a root named alone: cervical roots leave above their vertebra, others below
    root = f"{r2}{n2}" if r1 == "c" and r2 == "c" else f"{r1}{n1}"
    if level == "c7-t1":
        root = "c8"
    forms.append(rf"\b{root}\b[^.]{{0,40}}(root|foram|nerve|transforaminal|snrb)")
    forms.append(rf"(root|foram|transforaminal)[^.]{{0,20}}\b{root}\b")
    return forms


def level_in_range(text: str, level: str) -> bool:
    """Say whether ``level`` lies inside a dictated range such as 'L3-L5'."""
    if level in ("sacral_hiatus", "S1"):
        return False
    upper = level.split("-")[0]
    region, start = upper[0].lower(), int(upper[1:])
    for m in re.finditer(rf"\b{region}(\d+) ?- ?{region}?(\d+)\b", text):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= start < b:
            return True
    return False


def find_level(text: str, level: str) -> bool:
    """Say whether ``level`` is written in ``text`` in any of its dictated forms."""
    forms = level_forms(level if level in ("sacral_hiatus", "S1") else level.lower())
    return any(re.search(form, text) for form in forms) or level_in_range(text, level)


def check_value_shape(row_id: str, eid: str, status: str, value: object) -> None:
    """Check that an element's value has the shape docs/gold-format.md gives it."""
    if status == "incomplete" and value is None:
        return
    if status in ("missing", "negated", "uncertain"):
        expected = "none" if eid == "imaging_guidance" and status != "uncertain" else None
        if value != expected:
            fail(row_id, f"{eid} is {status}, value must be {expected!r}")
        return
    list_kinds = {"patient_id": ID_KINDS, "needle_views": VIEWS, "medication": set(DRUGS)}
    if eid in list_kinds:
        if not (
            isinstance(value, list) and value == sorted(value) and set(value) <= list_kinds[eid]
        ):
            fail(
                row_id,
                f"{eid} value {value!r} must be a sorted list from {sorted(list_kinds[eid])}",
            )
    elif eid in ("spinal_level", "foramen_level"):
        ok = (
            isinstance(value, list)
            and value == sorted(value)
            and all(
                v in ("sacral_hiatus", "S1") or re.fullmatch(r"[CTLS]\d{1,2}-[CTLS]\d{1,2}", v)
                for v in value
            )
        )
        if not ok:
            fail(row_id, f"{eid} value {value!r} is not a sorted list of levels")
    elif eid == "date_of_service":
        if not (isinstance(value, str) and re.fullmatch(r"2026-\d\d-\d\d", value)):
            fail(row_id, f"date_of_service {value!r} is not an ISO date in 2026")
    elif eid in ("vas_pre", "vas_post"):
        if not (isinstance(value, (int, float)) and 0 <= value <= 10):
            fail(row_id, f"{eid} {value!r} is not a number 0-10")
    elif eid == "imaging_guidance":
        if value not in ("fluoroscopy", "ct"):
            fail(row_id, f"imaging_guidance {value!r} is not fluoroscopy/ct")
    elif eid == "contrast_flow":
        if not (
            isinstance(value, dict)
            and set(value) == {"agent", "spread", "contraindication"}
            and isinstance(value["spread"], bool)
        ):
            fail(row_id, f"contrast_flow value {value!r} has the wrong shape")
        elif status == "present" and not (value["spread"] or value["contraindication"]):
            fail(row_id, "contrast_flow present needs spread or a contraindication")
    elif eid == "region":
        if value not in REGIONS:
            fail(row_id, f"region {value!r} unknown")
    elif eid == "approach":
        if not (
            isinstance(value, dict)
            and value.get("approach") in APPROACHES
            and isinstance(value.get("catheter"), bool)
            and len(value) == 2
        ):
            fail(row_id, f"approach value {value!r} has the wrong shape")
    elif eid == "conservative_care":
        if not (
            isinstance(value, dict)
            and set(value) == {"text", "weeks"}
            and (value["weeks"] is None or isinstance(value["weeks"], (int, float)))
        ):
            fail(row_id, f"conservative_care value {value!r} has the wrong shape")
    elif eid == "laterality":
        if value not in SIDES:
            fail(row_id, f"laterality {value!r} unknown")
    elif eid in ("signature", "indication"):  # noqa: SIM102
        if value is not None and not isinstance(value, str):
            fail(row_id, f"{eid} value must be text or null")


def check_value_in_text(row_id: str, eid: str, status: str, value: object, text: str) -> None:
    """Check that a labelled value can be found in the note text."""
    if value in (None, "none"):
        return
    if eid == "date_of_service":
        if not any(form in text for form in date_forms(value)):
            fail(row_id, f"date {value} not found in the note")
    elif eid in ("vas_pre", "vas_post"):
        if not has_number(text, value):
            fail(row_id, f"{eid} {value} not found in the note")
    elif eid in ("spinal_level", "foramen_level"):
        for level in value:
            if not find_level(text, level):
                fail(row_id, f"{eid} {level} not found in the note")
    elif eid == "signature" and status == "present":
        words = [w for w in re.findall(r"[a-zçéè'-]{3,}", value.lower()) if w not in CREDENTIALS]
        if not words or not all(w in text for w in words):
            fail(row_id, f"signer {value!r} not found in the note")
    elif eid == "patient_id":
        patterns = {
            "dob": r"\bdob\b|_dob\b|d\.o\.b\.|date of birth|birth",
            "mrn": (
                r"\bmrn\b|medical record|mr#|hospital number|hospital no\b|chart #|chart no\b"
                r"|\buhid\b|\bunit no\b|med rec|record no\b|chart id|\bchart\b|kg-nr|\bur no\b"
                r"|patient record|\bunit no\b|\bmr #|\buhid\b"
            ),
            "account": (
                r"\bacct\b|account|\bfin\b|\bcsn\b|encounter|\bip no\b|\bacc no\b|visit #"
                r"|fall-nr|case no|\(id #?\d+\)|person nbr|\benc\. no\b|\bip no\b"
            ),
            "name": r"patient|\bname\b|\bpt\b|\bre:",
        }
        for kind in value:
            if not re.search(patterns[kind], text):
                fail(row_id, f"identifier kind {kind} not found in the note")
    elif eid == "medication":
        for drug in value:
            if not any(re.search(rf"\b{re.escape(word)}\b", text) for word in DRUGS[drug]):
                fail(row_id, f"medication {drug} not found in the note")
    elif eid == "contrast_flow":
        agent = value.get("agent")
        if agent and not any(word in text for word in AGENTS.get(agent, [agent])):
            fail(row_id, f"contrast agent {agent} not found in the note")
        if value.get("contraindication"):
            key = "pregnan" if "pregnan" in value["contraindication"] else "allerg"
            if key not in text:
                fail(row_id, f"contraindication {value['contraindication']!r} not found")
    elif eid == "needle_views":
        for view in value:
            if not any(re.search(p, text) for p in VIEW_WORDS[view]):
                fail(row_id, f"view {view} not found in the note")
    elif eid == "conservative_care" and value.get("weeks") is not None:
        weeks = value["weeks"]
        n = int(weeks)
        forms = [
            rf"\b{n} ?(weeks?|wks?|wk)\b",
            rf"\b{NUMBER_WORDS[n] if n <= 12 else '@'} weeks?\b",
            rf"\b{n}\b[^.]{{0,30}}weeks",
            rf"\bweeks?:? {n}\b",
            rf"\bduration: {n} weeks\b",
        ]
        if weeks % 4 == 0 and weeks // 4 <= 12:
            months = int(weeks // 4)
            forms += [rf"\b{months} ?(months?|mos?)\b", rf"\b{NUMBER_WORDS[months]} months?\b"]
        if not any(re.search(form, text) for form in forms):
            fail(row_id, f"conservative care of {weeks} weeks not found in the note")
    elif eid == "laterality":
        words = {
            "left": [r"\bleft\b", r"\bl\b"],
            "right": [r"\bright\b", r"\br\b"],
            "bilateral": [r"bilateral", r"right and left", r"left and right"],
        }[value]
        if not any(re.search(w, text) for w in words):
            fail(row_id, f"laterality {value} not found in the note")
    elif eid == "region":
        words = {
            "lumbar": ["lumbar", "l"],
            "sacral": ["sacral", "caudal", "sacroiliac"],
            "cervical": ["cervical", "c"],
            "thoracic": ["thoracic", "t"],
        }[value]
        if not (
            any(word in text for word in words[:1] + words[2:])
            or words[1] in text
            or re.search(rf"\b{words[1]}\d", text)
        ):
            fail(row_id, f"region {value} not found in the note")
    elif eid == "approach":
        words = {
            "interlaminar": [
                "interlamin",
                "ilesi",
                "paramedian",
                "para median",
                "midline",
                "loss of resistance",
            ],
            "transforaminal": ["transforam", "foramen", "foramina", "nerve root block"],
            "caudal": ["caudal", "sacral hiatus"],
        }[value["approach"]]
        if not any(w in text for w in words):
            fail(row_id, f"approach {value['approach']} not found in the note")
        if value["catheter"] and "catheter" not in text:
            fail(row_id, "catheter not found in the note")


def check_row(row: dict, docs: dict) -> str:
    """Check one gold line and return its suggested code."""
    rid = row.get("id", "?")
    keys = {
        "id",
        "source",
        "split",
        "item",
        "style",
        "billed_code",
        "modifiers",
        "expected",
        "note",
    }
    missing = keys - set(row)
    if missing:
        fail(rid, f"missing keys {sorted(missing)}")
        return "?"
    extra = set(row) - keys - {"claim"}
    if extra:
        fail(rid, f"unexpected keys {sorted(extra)}")
    if row["split"] != "dev":
        fail(rid, "split must be dev")
    if not row["note"].strip() or not row["item"].strip():
        fail(rid, "item and note must not be empty")
    item = re.match(r"(\d+) \S", row["item"])
    if not item or int(item.group(1)) > 11:
        fail(rid, f"item {row['item']!r} must start with an issue-8 item number 0-11")
    if row["billed_code"] not in CODES - {"other"} or not set(row["modifiers"]) <= MODIFIERS:
        fail(rid, "billed_code or modifiers unknown")
    if "claim" in row:
        claim = row["claim"]
        if set(claim) - {"lines", "payer"} or not claim.get("lines"):
            fail(rid, "claim must have lines (and optionally payer)")
        for line in claim.get("lines", []):
            if (
                set(line) != {"code", "modifiers"}
                or line["code"] not in CODES
                or not set(line["modifiers"]) <= MODIFIERS
            ):
                fail(rid, f"bad claim line {line!r}")
        if claim.get("payer", "medicare") not in PAYERS:
            fail(rid, f"unknown payer {claim['payer']!r}")
        first = claim["lines"][0]
        if (first["code"], first["modifiers"]) != (row["billed_code"], row["modifiers"]):
            fail(rid, "billed_code/modifiers must match the claim's first line")
    elif row["billed_code"] != "62323" or row["modifiers"]:
        fail(rid, "a line without a claim is billed 62323 with no modifiers")

    source = HERE / row["source"]
    if not source.is_file():
        fail(rid, f"source {row['source']} does not exist")
        return "?"
    match = re.fullmatch(r"dev15_(\d\d)", rid)
    if not match or not source.name.startswith(f"d15_{match.group(1)}_"):
        fail(rid, f"source {source.name} is not named after the id (dev15_NN -> d15_NN_*)")
    text = norm(note_text(source, docs, rid))

    exp = row["expected"]
    if set(exp) - {"suggested_code", "complete", "elements", "other_procedure"}:
        fail(rid, "unexpected keys under expected")
    code = exp.get("suggested_code")
    if code not in CODES:
        fail(rid, f"suggested_code {code!r} unknown")
    if not isinstance(exp.get("complete"), bool):
        fail(rid, "complete must be true or false")
    if "other_procedure" in exp and (code != "other" or exp["other_procedure"] not in OTHER):
        fail(rid, "other_procedure only with suggested_code other, from the known kinds")
    elements = exp.get("elements", {})
    if list(elements) != IDS:
        fail(rid, f"elements must be exactly {IDS} in order")
    for eid in IDS:
        finding = elements.get(eid, {})
        if set(finding) != {"status", "value"} or finding.get("status") not in STATUSES:
            fail(rid, f"{eid} needs status (one of {sorted(STATUSES)}) and value")
            continue
        check_value_shape(rid, eid, finding["status"], finding["value"])
        check_value_in_text(rid, eid, finding["status"], finding["value"], text)

    transforaminal = code in TRANSFORAMINAL
    for eid in ("laterality", "foramen_level"):
        if not transforaminal and elements[eid]["status"] != "missing":
            fail(rid, f"{eid} is labelled only for transforaminal notes")
    approach = elements["approach"]["value"]
    if transforaminal and (not approach or approach["approach"] != "transforaminal"):
        fail(rid, "a transforaminal code needs the transforaminal approach")
    if code in {"62324", "62325", "62326", "62327"} and not (approach and approach["catheter"]):
        fail(rid, "a catheter code needs catheter true")
    if code == "62322" and elements["imaging_guidance"]["status"] == "present":
        fail(rid, "62322 means no fluoroscopy/CT documented")
    if code == "62323" and elements["imaging_guidance"]["status"] != "present":
        fail(rid, "62323 needs imaging present")

    billed = {line["code"] for line in row.get("claim", {}).get("lines", [])} or {
        row["billed_code"]
    }
    required = REQUIRED_TRANSFORAMINAL if transforaminal else REQUIRED_INTERLAMINAR
    if row.get("claim", {}).get("payer") == "bcbs-ma":
        required = [r for r in required if r not in ("vas_pre", "vas_post")]
    all_present = all(elements[r]["status"] == "present" for r in required)
    code_ok = code in billed
    covered = elements["indication"]["status"] != "incomplete"
    short = short_course(row)
    if not exp["complete"] and all_present and code_ok and covered and not short:
        # dev15 is a set of false-complete traps: every 'not complete' must have its reason
        fail(rid, "complete is false but every required element is present and the code matches")
    if exp["complete"]:
        if not all_present:
            fail(rid, "complete is true but a required element is not present")
        if code not in billed:
            fail(rid, f"complete is true but {code} is not the billed code")
        if elements["indication"]["status"] == "incomplete":
            fail(rid, "complete is true with a non-covered indication")
        if short:
            fail(rid, "complete is true with a conservative course too short for the payer")
    check_gap_note(row, short)
    check_signing(row, text)
    check_day_first(row, text)
    return code


def check_signing(row: dict, text: str) -> None:
    """Check that a signature labelled present has a signing statement in the note."""
    if row["expected"]["elements"]["signature"]["status"] == "present" and not SIGNING.search(text):
        fail(row["id"], "signature present but the note has no signing statement")


def check_day_first(row: dict, text: str) -> None:
    """Check that a ``DAY_FIRST`` line's date of service is written day first in the note."""
    if row["id"] not in DAY_FIRST:
        return
    y, m, d = (
        int(part) for part in row["expected"]["elements"]["date_of_service"]["value"].split("-")
    )
    forms = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"]
    if not any(form in text for form in forms):
        fail(row["id"], "a day-first line whose date of service is not written day first")


def short_course(row: dict) -> bool:
    """Say whether the claim's payer blocks this note's conservative-care course as too short."""
    payer = row.get("claim", {}).get("payer", "medicare")
    if payer not in BLOCKING_WEEKS:
        return False
    care = row["expected"]["elements"]["conservative_care"]
    weeks = (care["value"] or {}).get("weeks") if care["status"] == "present" else None
    return weeks is None or weeks < BLOCKING_WEEKS[payer]


def check_gap_note(row: dict, short: bool) -> None:
    """Check a ``GAP <element>:`` note: its elements exist and are not present (one-gap notes)."""
    rid, note = row["id"], row["note"]
    match = re.match(r"GAP ([a-z_/]+)", note)
    if note.startswith("GAP") and not match:
        fail(rid, "a GAP note starts 'GAP <element>:'")
    if not match:
        return
    if row["expected"]["complete"] or row["billed_code"] != "62323":
        fail(rid, "a GAP line is a 62323 note that is not complete")
    for eid in match.group(1).split("/"):
        if eid not in IDS:
            fail(rid, f"GAP names {eid!r}, which is not an element id")
            continue
        status = row["expected"]["elements"][eid]["status"]
        if eid == "conservative_care" and status == "present":
            if not short:
                fail(rid, "GAP conservative_care is present and long enough for the payer")
        elif status == "present":
            fail(rid, f"GAP names {eid}, which is labelled present")


def check_pdf_pages(docs: dict) -> None:
    """Check the page mix of the text PDFs and the scans' page count, PNG and fax band."""
    for name, doc in docs.items():
        pages, notes = doc["pages"], doc["note_pages"]
        others = [pages[i] for i in range(len(pages)) if i not in notes]
        if doc["kind"] == "text":
            if not 2 <= len(pages) <= 3:
                errors.append(f"{name}: a text PDF has 2-3 pages, not {len(pages)}")
            if not any(GENERAL_WORDS.search(page.lower()) for page in others):
                errors.append(f"{name}: no page that is not the note speaks of the procedure")
            continue
        if len(pages) != 1 or notes != [0]:
            errors.append(f"{name}: a scan is one page, the note")
        check_png(name)


def check_png(name: str) -> None:
    """Check that a scan has a 1-bit PNG of page 1 at about 200 dpi (when Pillow is installed)."""
    png = HERE / "scans" / f"{name}.png"
    if not png.is_file():
        errors.append(f"{name}: no PNG of page 1")
        return
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(png) as image:
        dpi = image.info.get("dpi", (0, 0))[0]
        if image.mode != "1" or not 195 <= dpi <= 205:
            errors.append(f"{name}.png is {image.mode} at {dpi:.0f} dpi, not 1-bit at 200")


def check_band_dates(rows: list[dict], docs: dict) -> None:
    """Check that no scan's fax band carries the note's date of service."""
    months = [m[:3].upper() for m in MONTHS]
    for row in rows:
        doc = docs.get(pathlib.Path(row["source"]).stem)
        if not doc or doc["kind"] != "scan":
            continue
        dos = row["expected"]["elements"]["date_of_service"]["value"]
        for match in DATE_IN_BAND.finditer(doc["band"]):
            if match.group(1):
                iso = f"{match.group(3)}-{match.group(1)}-{match.group(2)}"
            else:
                month = months.index(match.group(4)) + 1
                iso = f"{match.group(6)}-{month:02d}-{match.group(5)}"
            if iso == dos:
                errors.append(f"{row['id']}: the fax band date is the date of service")


def check_elements_doc() -> None:
    """Check that the element ids here are the ids docs/elements.md lists (when present)."""
    if not ELEMENTS_DOC.is_file():
        return
    text = ELEMENTS_DOC.read_text(encoding="utf-8")
    start = text.find("## Elements")
    text = text[start : text.find("\n## ", start + 1)]
    listed = [i for i in re.findall(r"^\| `([a-z_]+)` \|", text, re.M) if i not in STATUSES]
    if listed and listed != IDS:
        errors.append(f"docs/elements.md lists {listed}, check_gold.py has {IDS}")


def check_counts(rows: list[dict], complete: int) -> None:
    """Check the set's counts of complete lines, claims and look-alike or not-done lines."""
    if complete != COMPLETE_COUNT:
        errors.append(f"{complete} complete lines, the set has {COMPLETE_COUNT}")
    claims = sum("claim" in row for row in rows)
    if claims != CLAIM_COUNT:
        errors.append(f"{claims} lines with a claim, the set has {CLAIM_COUNT}")
    other = sum(row["expected"]["suggested_code"] == "other" for row in rows)
    if other != OTHER_COUNT:
        errors.append(f"{other} lines supporting 'other', the set has {OTHER_COUNT}")
    for row in rows:
        expected = row["expected"]
        if expected["suggested_code"] == "other" and "other_procedure" not in expected:
            errors.append(f"{row['id']}: a line supporting 'other' names its other_procedure")


def check_no_local_paths() -> None:
    """Check that no file names a local path or the payer-requirements reference's file name."""
    marker = "/" + "work" + "/"
    reference = "62323-" + "requirements"
    for path in sorted(HERE.rglob("*")):
        if path.suffix not in {".txt", ".md", ".py", ".jsonl"}:
            continue
        text = path.read_text(encoding="utf-8")
        if marker in text:
            errors.append(f"{path.name} names a local path")
        if reference in text:
            errors.append(f"{path.name} names the payer-requirements reference's file")


def main() -> int:
    """Run every check and print a summary; return the exit status."""
    docs = load_docs()
    check_elements_doc()
    rows = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    ids = [row.get("id") for row in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    codes: dict[str, int] = {}
    for row in rows:
        code = check_row(row, docs)
        codes[code] = codes.get(code, 0) + 1
    gaps = sum(row["note"].startswith("GAP ") for row in rows)
    if gaps != GAP_COUNT:
        errors.append(f"{gaps} GAP lines, the set has {GAP_COUNT}")
    check_pdf_pages(docs)
    check_band_dates(rows, docs)
    sources = {row["source"] for row in rows}
    on_disk = {f"notes/{p.name}" for p in (HERE / "notes").glob("*.txt")}
    on_disk |= {f"pdf/{p.name}" for p in (HERE / "pdf").glob("*.pdf")}
    on_disk |= {f"scans/{p.name}" for p in (HERE / "scans").glob("*.pdf")}
    for orphan in sorted(on_disk - sources):
        errors.append(f"{orphan} has no gold line")
    for folder, count in MIX.items():
        found = sum(source.startswith(f"{folder}/") for source in sources)
        if found != count:
            errors.append(f"{found} documents in {folder}/, the set has {count}")
    for png in sorted((HERE / "scans").glob("*.png")):
        if f"scans/{png.stem}.pdf" not in sources:
            errors.append(f"scans/{png.name} belongs to no scan")
    complete = sum(row["expected"]["complete"] for row in rows)
    check_counts(rows, complete)
    check_no_local_paths()
    print(f"{len(rows)} lines, {complete} complete, {gaps} one-gap lines")
    print(f"suggested codes {dict(sorted(codes.items()))}")
    for error in errors:
        print("FAIL", error)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
