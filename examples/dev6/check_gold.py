"""Check gold_dev6.jsonl: shape, allowed statuses and values, and that values match the note text.

Run from anywhere: python examples/dev6/check_gold.py
It reads only this folder (the gold file and notes/). It does not run the checker.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold_dev6.jsonl"

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
ID_TYPES = {"name", "dob", "mrn", "account"}
VIEWS = {"ap", "lateral", "oblique", "contralateral_oblique"}
REGIONS = {"lumbar", "sacral", "cervical", "thoracic"}
APPROACHES = {"interlaminar", "transforaminal", "caudal"}
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
LEVEL_RE = re.compile(r"^(?:[CTL]\d{1,2}-(?:[CTL]\d{1,2}|S1)|S1|sacral_hiatus)$")
KEYS = {"id", "source", "split", "style", "item", "billed_code", "modifiers", "expected", "note"}

NUM_WORDS = {
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
}
# Words a note may use for a normalised drug or contrast name.
SYNONYMS = {
    "triamcinolone": ["triamcinolone", "kenalog"],
    "methylprednisolone": ["methylprednisolone", "depo-medrol", "depo medrol", "methylpred"],
    "dexamethasone": ["dexamethasone"],
    "betamethasone": ["betamethasone"],
    "lidocaine": ["lidocaine", "lido", "lignocaine"],
    "bupivacaine": ["bupivacaine"],
    "ropivacaine": ["ropivacaine"],
    "saline": ["saline", " ns ", "nacl", "ns 2", "ns 3", "ns 4", "ns 1"],
    "fentanyl": ["fentanyl"],
    "hyaluronidase": ["hyaluronidase"],
    "omnipaque": ["omnipaque", "omni paque"],
    "isovue": ["isovue"],
    "iopamidol": ["iopamiro"],
    "gadolinium": ["gadolinium"],
}
VIEW_WORDS = {
    "ap": [r"\bap\b", r"\ba p\b"],
    "lateral": [r"\blateral\b", r"\blat\b"],
    "oblique": [r"\boblique\b"],
    "contralateral_oblique": [r"contralateral oblique", r"\bclo\b"],
}


def fail(errors: list[str], gid: str, msg: str) -> None:
    errors.append(f"{gid}: {msg}")


def level_forms(level: str) -> list[str]:
    if level == "sacral_hiatus":
        return ["sacral hiatus"]
    if level == "S1":
        return ["s1"]
    a, b = level.split("-")
    forms = [f"{a}-{b}", f"{a}/{b}", f"{a} {b}", f"{a}{b}"]
    if a[0] == b[0]:
        forms += [f"{a}-{b[1:]}", f"{a}{b[1:]}"]
    words = f"{a[0]} {NUM_WORDS[int(a[1:])]} {b[0]} {NUM_WORDS[int(b[1:])]}"
    forms.append(words)
    # a single root ("L5 root") maps to its foramen
    forms += [f"{a} root", f"{a} nerve root", f"{b} root"]
    return [f.lower() for f in forms]


def date_forms(iso: str) -> list[str]:
    d = date.fromisoformat(iso)
    return [iso, d.strftime("%m/%d/%Y"), d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y")]


def num_forms(v: float) -> list[str]:
    forms = []
    if float(v).is_integer():
        i = int(v)
        forms += [
            f"{i}/10",
            f"{i} /10",
            f"{i} out of 10",
            f"{NUM_WORDS[i]} out of ten",
            f"{NUM_WORDS[i]} out of 10",
            f"faces {i}",
            f"| {i} ",
            f"\t{i}\t",
            f"pain {i}",
            f"(0-10): {i}",
            f"nrs): {i}",
        ]
    forms.append(f"{round(v * 10)}")  # 100 mm VAS
    return forms


def check_row(r: dict, errors: list[str]) -> None:
    gid = r.get("id", "?")
    if set(r) != KEYS:
        fail(errors, gid, f"keys {sorted(set(r) ^ KEYS)} differ")
    src = HERE / r["source"]
    if not src.is_file():
        fail(errors, gid, f"source {r['source']} missing")
        return
    text = src.read_text(encoding="utf-8")
    low = text.lower()
    if r["split"] != "dev" or r["billed_code"] != "62323" or r["modifiers"] != []:
        fail(errors, gid, "split/billed_code/modifiers")
    exp = r["expected"]
    els = exp["elements"]
    if list(els) != ELEMENTS:
        fail(errors, gid, "element ids/order")
    if exp["suggested_code"] not in CODES:
        fail(errors, gid, "suggested_code")
    if (exp["suggested_code"] == "other") != ("other_procedure" in exp):
        fail(errors, gid, "other_procedure must be given exactly when suggested_code is other")
    for k, e in els.items():
        st, v = e["status"], e["value"]
        if set(e) != {"status", "value"} or st not in STATUSES:
            fail(errors, gid, f"{k}: bad status/keys")
            continue
        if st in ("missing", "negated"):
            want = "none" if k == "imaging_guidance" else None
            if v != want:
                fail(errors, gid, f"{k}: {st} value must be {want!r}")
            continue
        if st == "uncertain":
            if v is not None:
                fail(errors, gid, f"{k}: uncertain value must be null")
            continue
        if v is None and k not in ("signature", "indication", "vas_pre", "vas_post"):
            fail(errors, gid, f"{k}: {st} with null value")
            continue
        if v is None:
            continue
        if k == "patient_id":
            if not (isinstance(v, list) and set(v) <= ID_TYPES and v == sorted(v)):
                fail(errors, gid, "patient_id value")
        elif k == "date_of_service":
            if not any(f in text for f in date_forms(v)):
                fail(errors, gid, f"date {v} not in text")
        elif k in ("vas_pre", "vas_post"):
            if not (isinstance(v, (int, float)) and 0 <= v <= 10):
                fail(errors, gid, f"{k} range")
            elif not any(f in low for f in num_forms(v)):
                fail(errors, gid, f"{k} {v} not found in text")
        elif k == "signature":
            if v.lower() not in low:
                fail(errors, gid, f"signer {v!r} not in text")
        elif k == "imaging_guidance":
            if v not in ("fluoroscopy", "ct"):
                fail(errors, gid, "imaging value")
        elif k == "needle_views":
            if not (isinstance(v, list) and set(v) <= VIEWS and v == sorted(v)):
                fail(errors, gid, "needle_views value")
            for view in v:
                if not any(re.search(p, low) for p in VIEW_WORDS[view]):
                    fail(errors, gid, f"view {view} not in text")
        elif k == "contrast_flow":
            if set(v) != {"agent", "spread", "contraindication"} or not isinstance(
                v["spread"], bool
            ):
                fail(errors, gid, "contrast value shape")
            elif v["agent"] and not any(s in low for s in SYNONYMS[v["agent"]]):
                fail(errors, gid, f"agent {v['agent']} not in text")
            if st == "present" and not v["spread"] and not v["contraindication"]:
                fail(errors, gid, "present contrast needs spread or contraindication")
        elif k in ("spinal_level", "foramen_level"):
            if not (isinstance(v, list) and v == sorted(v) and all(LEVEL_RE.match(x) for x in v)):
                fail(errors, gid, f"{k} value")
            for lv in v:
                if not any(f in low for f in level_forms(lv)):
                    fail(errors, gid, f"{k} {lv} not in text")
        elif k == "region":
            if v not in REGIONS:
                fail(errors, gid, "region value")
        elif k == "approach":
            if (
                set(v) != {"approach", "catheter"}
                or v["approach"] not in APPROACHES
                or not isinstance(v["catheter"], bool)
            ):
                fail(errors, gid, "approach value")
        elif k == "medication":
            if not (isinstance(v, list) and v == sorted(v)):
                fail(errors, gid, "medication value")
            for m in v:
                if not any(s in f" {low} " for s in SYNONYMS.get(m, [m])):
                    fail(errors, gid, f"medication {m} not in text")
        elif k == "conservative_care":
            if set(v) != {"text", "weeks"}:
                fail(errors, gid, "conservative_care shape")
        elif k == "laterality" and v not in ("left", "right", "bilateral"):
            fail(errors, gid, "laterality value")
    # complete must agree with the required elements and the code
    req_ok = all(els[k]["status"] == "present" for k in REQUIRED)
    if exp["complete"] and not (
        req_ok and exp["suggested_code"] == "62323" and els["indication"]["status"] != "incomplete"
    ):
        fail(errors, gid, "complete=true but a required element, the code or the indication fails")
    if (
        (
            not exp["complete"]
            and req_ok
            and exp["suggested_code"] == "62323"
            and els["indication"]["status"] != "incomplete"
        )
        and "TRAP" not in r["note"]
        and "Decision" not in r["note"]
    ):
        fail(errors, gid, "complete=false with everything present: note must say why")
    if not r["note"]:
        fail(errors, gid, "empty note")


def main() -> int:
    errors: list[str] = []
    rows = []
    for i, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            errors.append(f"line {i}: {exc}")
    ids = [r["id"] for r in rows]
    if ids != [f"dev6_{n:02d}" for n in range(1, 91)]:
        errors.append("ids are not dev6_01..dev6_90 in order")
    notes = sorted(p.name for p in (HERE / "notes").iterdir())
    if notes != sorted(Path(r["source"]).name for r in rows):
        errors.append("notes/ and gold sources differ")
    for r in rows:
        check_row(r, errors)
    for e in errors:
        print(e)
    done = sum(r["expected"]["complete"] for r in rows)
    print(f"{len(rows)} rows, {done} complete, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
