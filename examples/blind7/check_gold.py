#!/usr/bin/env python3
"""Check gold_blind7.jsonl: shape, allowed values, sources, and values against the note text.

Usage:  python examples/blind7/check_gold.py

Shape errors fail the run (exit 1). Value look-ups in the text are loose (a level written as
"L4-5", "L45" or "L4/5" is found as L4-L5) and also fail the run when a value is not found. The
text of a PDF is taken from make_pdfs.py, which holds every page it draws. This script does not
use the checker.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import pathlib
import re
import sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
GOLD = HERE / "gold_blind7.jsonl"

ELEMENTS = (
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
)
REQUIRED = (
    "patient_id",
    "vas_pre",
    "vas_post",
    "signature",
    "imaging_guidance",
    "needle_views",
    "contrast_flow",
    "spinal_level",
)
STATUSES = {"present", "missing", "negated", "incomplete", "uncertain"}
NULL_WHEN = {"missing", "negated", "uncertain"}
CODES = {"62320", "62321", "62322", "62323", "62324", "62325", "62326", "62327"}
CODES |= {"64479", "64480", "64483", "64484", "other"}
ID_TYPES = {"name", "dob", "mrn", "account"}
VIEWS = {"ap", "lateral", "oblique", "contralateral_oblique"}
REGIONS = {"lumbar", "sacral", "cervical", "thoracic"}
APPROACHES = {"interlaminar", "transforaminal", "caudal"}
LEVEL_RE = re.compile(r"^(?:[CTL]\d{1,2}-[CTLS]\d{1,2}|S1|sacral_hiatus)$")
DRUGS = {
    "triamcinolone": r"triamcinolone|kenalog",
    "methylprednisolone": r"methylprednisolone|medrol",
    "dexamethasone": r"dexamethasone",
    "betamethasone": r"betamethasone|celestone",
    "lidocaine": r"lidocaine|lignocaine|lido\b",
    "bupivacaine": r"bupivacaine|marcaine",
    "ropivacaine": r"ropivacaine|naropin",
    "saline": r"saline|\bNS\b",
}
VIEW_WORDS = {
    "ap": r"\bAP\b",
    "lateral": r"lateral|\blat\b",
    "oblique": r"oblique",
    "contralateral_oblique": r"contralateral oblique|\bCLO\b",
}
ID_WORDS = {
    "dob": r"DOB|D\.O\.B|birth",
    "mrn": r"MRN|record|Chart|Hospital no",
    "account": r"Acc(?:oun)?t|Pt #|FIN",
}
AGENTS = {"omnipaque": r"omnipaque|omni\b|iohexol", "isovue": r"isovue"}


def load_pdf_texts() -> dict[str, str]:
    """Return the text of each PDF as make_pdfs.py draws it, by file stem."""
    spec = importlib.util.spec_from_file_location("make_pdfs", HERE / "make_pdfs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts = {name: "\n".join(body for _, body in pages) for name, pages in module.TEXT_PDFS.items()}
    texts |= {name: "\n".join(pages) for name, (_, _, pages) in module.SCANS.items()}
    return texts


WORDS = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 12: "twelve"}


def region_of(level: str) -> str:
    if level in ("sacral_hiatus", "S1"):
        return "sacral"
    return {"C": "cervical", "T": "thoracic", "L": "lumbar"}[level[0]]


def level_pattern(level: str) -> str:
    if level == "sacral_hiatus":
        return r"hiatus|caudal"
    if "-" not in level:
        return rf"\b{level}\b"
    upper, lower = level.split("-")
    short = lower[1:] if lower[0] == upper[0] else lower
    return rf"{upper}\s?[-/ ]\s?{lower}|{upper}-{short}\b|{upper}{short}\b|{upper}{lower}\b"


def date_forms(iso: str) -> list[str]:
    day = dt.date.fromisoformat(iso)
    return [
        day.strftime("%m/%d/%Y"),
        day.strftime("%d/%m/%Y"),
        f"{day.strftime('%B')} {day.day} {day.year}",
        f"{day.strftime('%B')} {day.day}, {day.year}",
        f"{day.day} {day.strftime('%B')} {day.year}",
    ]


def score_found(text: str, score: float) -> bool:
    if score * 10 != int(score * 10):
        return False
    if score == int(score):
        n = str(int(score))
        pattern = rf"\b{n}\s*(?:/|out of)\s*10\b|\|\s*{n}\s|\b{n}\s*$|:\s*{n}\b"
        if re.search(pattern, text, re.MULTILINE):
            return True
    mm = round(score * 10)
    return re.search(rf"\b{mm}\s*mm\b", text) is not None


def check_shape(row: dict, errors: list[str]) -> None:
    rid = row.get("id", "?")
    for key in ("id", "source", "split", "style", "billed_code", "modifiers", "expected", "note"):
        if key not in row:
            errors.append(f"{rid}: missing key {key}")
    exp = row["expected"]
    if exp.get("suggested_code") not in CODES:
        errors.append(f"{rid}: bad suggested_code {exp.get('suggested_code')}")
    if not isinstance(exp.get("complete"), bool):
        errors.append(f"{rid}: complete is not a bool")
    if (exp["suggested_code"] == "other") != ("other_procedure" in exp):
        errors.append(f"{rid}: other_procedure must go with suggested_code other, and only then")
    elements = exp["elements"]
    if set(elements) != set(ELEMENTS):
        errors.append(f"{rid}: element ids {sorted(set(elements) ^ set(ELEMENTS))}")
    for eid, found in elements.items():
        status, value = found.get("status"), found.get("value")
        if status not in STATUSES:
            errors.append(f"{rid}.{eid}: bad status {status}")
        if status in NULL_WHEN:
            want = "none" if eid == "imaging_guidance" and status != "uncertain" else None
            if value != want:
                errors.append(f"{rid}.{eid}: value must be {want!r} when {status}")
            continue
        check_value(rid, eid, status, value, errors)
    blocked = [e for e in REQUIRED if elements[e]["status"] != "present"]
    if exp["complete"] and (blocked or exp["suggested_code"] != row["billed_code"]):
        errors.append(f"{rid}: complete but {blocked or 'code differs'}")
    same_code = exp["suggested_code"] == row["billed_code"]
    if not exp["complete"] and not blocked and same_code and "Gap:" not in row["note"]:
        errors.append(f"{rid}: not complete, no required gap, and the note names no gap")


def is_sorted_list(value: object, allowed: set[str] | None = None) -> bool:
    if not isinstance(value, list) or not value or value != sorted(value):
        return False
    return allowed is None or set(value) <= allowed


def good_value(eid: str, status: str, value: object) -> bool:
    """Say whether ``value`` has the shape gold-format.md gives element ``eid``."""
    if eid == "patient_id":
        return is_sorted_list(value, ID_TYPES)
    if eid == "needle_views":
        return is_sorted_list(value, VIEWS)
    if eid in ("spinal_level", "foramen_level"):
        return is_sorted_list(value) and all(LEVEL_RE.match(v) for v in value)  # type: ignore[attr-defined]
    if eid == "medication":
        return is_sorted_list(value, set(DRUGS))
    if eid == "date_of_service":
        return isinstance(value, str) and value.startswith("2026-")
    if eid in ("vas_pre", "vas_post"):
        return value is None if status == "incomplete" else isinstance(value, int | float)
    if eid == "imaging_guidance":
        return value in ("fluoroscopy", "ct")
    if eid == "contrast_flow":
        if not isinstance(value, dict) or set(value) != {"agent", "spread", "contraindication"}:
            return False
        return status != "present" or bool(value["spread"] or value["contraindication"])
    if eid == "region":
        return value in REGIONS
    if eid == "approach":
        return (
            isinstance(value, dict)
            and value.get("approach") in APPROACHES
            and isinstance(value.get("catheter"), bool)
        )
    if eid == "conservative_care":
        return isinstance(value, dict) and set(value) == {"text", "weeks"}
    if eid == "laterality":
        return value in ("left", "right", "bilateral")
    return True


def check_value(rid: str, eid: str, status: str, value: object, errors: list[str]) -> None:
    if not good_value(eid, status, value):
        errors.append(f"{rid}.{eid}: bad value {value!r}")


def check_text(row: dict, text: str, errors: list[str]) -> None:
    rid = row["id"]
    els = row["expected"]["elements"]

    def need(eid: str, pattern: str) -> None:
        if not re.search(pattern, text, re.IGNORECASE | re.MULTILINE):
            errors.append(f"{rid}.{eid}: {pattern!r} not found in the text")

    for eid, found in els.items():
        value = found["value"]
        if found["status"] != "present" and not (found["status"] == "incomplete" and value):
            continue
        if eid == "patient_id":
            for kind in value:
                if kind != "name":
                    need(eid, ID_WORDS[kind])
        elif eid == "date_of_service":
            need(eid, "|".join(re.escape(d) for d in date_forms(value)))
        elif eid in ("vas_pre", "vas_post") and not score_found(text, value):
            errors.append(f"{rid}.{eid}: score {value} not found")
        elif eid == "signature":
            need(eid, re.escape(value.split(",")[0].split()[-1]))
        elif eid == "needle_views":
            for view in value:
                need(eid, VIEW_WORDS[view])
        elif eid == "contrast_flow" and value["agent"]:
            need(eid, AGENTS[value["agent"]])
        elif eid == "contrast_flow" and value["contraindication"]:
            need(eid, value["contraindication"].split()[-1][:6])
        elif eid in ("spinal_level", "foramen_level"):
            for level in value:
                need(eid, level_pattern(level))
        elif eid == "medication":
            for drug in value:
                need(eid, DRUGS[drug])
        elif eid == "imaging_guidance":
            need(eid, r"fluoro|flouro|C-arm|radioscopy")
        elif eid == "region":
            levels = els["spinal_level"]["value"] or []
            if not any(region_of(level) == value for level in levels):
                need(eid, {"sacral": r"caudal|sacral"}.get(value, value))
        elif eid == "approach":
            need(
                eid,
                {"interlaminar": r"interlaminar|midline|paramedian"}.get(
                    value["approach"], value["approach"]
                ),
            )
        elif eid == "conservative_care" and value["weeks"] is not None:
            weeks = value["weeks"]
            number = rf"(?:\b|x)(?:{weeks}|{WORDS.get(weeks, weeks)})"
            need(eid, rf"{number}\s*(?:-\s*)?(?:weeks|wks?|week)\b")
        elif eid == "laterality":
            need(eid, rf"\b{value}\b")


def main() -> int:
    errors: list[str] = []
    pdf_texts = load_pdf_texts()
    rows = [json.loads(line) for line in GOLD.read_text().splitlines()]
    ids = [r["id"] for r in rows]
    if ids != [f"blind7_{n:02d}" for n in range(1, 61)]:
        errors.append("ids are not blind7_01..blind7_60 in order")
    for row in rows:
        check_shape(row, errors)
        source = HERE / row["source"]
        if not source.exists():
            errors.append(f"{row['id']}: source {row['source']} does not exist")
            continue
        text = pdf_texts[source.stem] if source.suffix == ".pdf" else source.read_text()
        check_text(row, text, errors)
    groups = Counter((r["expected"]["suggested_code"], r["expected"]["complete"]) for r in rows)
    for (code, complete), count in sorted(groups.items()):
        print(f"{code:6} complete={complete!s:5} {count}")
    for message in errors:
        print("ERROR", message)
    print(f"{len(rows)} rows, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
