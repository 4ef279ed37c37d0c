"""Check gold_blind6.jsonl: shape, allowed statuses and values, sources, and values against text.

This script is the set author's own check. It does not use the checker. For the image-only
scans it reads the pages back with tesseract (pytesseract), so the values are checked against
what OCR sees.

Run:  python examples/blind6/check_gold.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold_blind6.jsonl"

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
ID_TYPES = {"name", "dob", "mrn", "account"}
VIEWS = {"ap", "lateral", "oblique", "contralateral_oblique"}
REGIONS = {"lumbar", "sacral", "cervical", "thoracic"}
APPROACHES = {"interlaminar", "transforaminal", "caudal"}
LEVEL_RE = re.compile(
    r"^(C[1-7]|T(1[0-2]|[1-9])|L[1-5])-(C[2-7]|T(1[0-2]|[1-9])|L[1-5]|S1)$|^S1$|^sacral_hiatus$"
)
TOP_KEYS = {"id", "source", "split", "style", "billed_code", "modifiers", "expected", "note"}

# brand / abbreviation -> normalised drug name, for checking medication against the text
DRUG_WORDS = {
    "triamcinolone": ["triamcinolone", "kenalog"],
    "methylprednisolone": ["methylprednisolone", "depo-medrol", "methylpred"],
    "dexamethasone": ["dexamethasone", "dex "],
    "betamethasone": ["betamethasone", "celestone"],
    "lidocaine": ["lidocaine", "xylocaine", "lignocaine", "lido"],
    "bupivacaine": ["bupivacaine"],
    "ropivacaine": ["ropivacaine"],
    "saline": ["saline", " ns ", " ns.", "nacl"],
    "hyaluronidase": ["hyaluronidase"],
}


def page_texts(path: Path) -> str:
    """Return the text of a note file, a PDF text layer, or OCR of an image-only PDF."""
    if path.suffix == ".txt":
        return path.read_text()
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    if sum(len(t.strip()) for t in texts) > 0:
        return "\n".join(texts)
    import pytesseract

    out = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=300 / 72, grayscale=True).to_pil()
        out.append(pytesseract.image_to_string(img))
    return "\n".join(out)


def level_forms(level: str) -> list[str]:
    """Return the ways a level may be written."""
    if level == "sacral_hiatus":
        return ["sacral hiatus", "caudal"]
    if level == "S1":
        return ["S1"]
    a, b = level.split("-")
    forms = [level, f"{a}/{b[-1]}", f"{a}{b}", f"{a}/{b}", f"{a}-{b[-1]}"]
    if b == "S1":
        forms += [f"{a}-S1", f"{a}/S1"]
    return forms


def check_row(row: dict, errors: list[str]) -> None:
    rid = row.get("id", "?")

    def err(msg: str) -> None:
        errors.append(f"{rid}: {msg}")

    if set(row) != TOP_KEYS:
        err(f"top-level keys {sorted(row)}")
    if row["split"] != "blind" or row["billed_code"] != "62323" or row["modifiers"] != []:
        err("split/billed_code/modifiers")
    src = HERE / row["source"]
    if not src.is_file():
        err(f"source missing {row['source']}")
        return
    exp = row["expected"]
    code = exp["suggested_code"]
    if code not in CODES:
        err(f"bad code {code}")
    if (code == "other") != ("other_procedure" in exp):
        err("other_procedure must be given exactly when suggested_code is other")
    els = exp["elements"]
    if list(els) != ELEMENTS:
        err(f"elements {list(els)}")
        return
    for k, e in els.items():
        if set(e) != {"status", "value"} or e["status"] not in STATUSES:
            err(f"{k} shape/status {e}")
            continue
        if e["status"] in {"missing", "negated", "uncertain"}:
            want = "none" if k == "imaging_guidance" else None
            if e["value"] != want:
                err(f"{k}: value must be {want!r} when {e['status']}")
    v = {k: e["value"] for k, e in els.items()}
    s = {k: e["status"] for k, e in els.items()}
    if s["patient_id"] in {"present", "incomplete"}:
        ids = v["patient_id"]
        if not (isinstance(ids, list) and ids == sorted(ids) and set(ids) <= ID_TYPES):
            err(f"patient_id value {ids}")
        present_ok = ("name" in ids and len(ids) >= 2) or len(set(ids) - {"name"}) >= 2
        if (s["patient_id"] == "present") != present_ok:
            err("patient_id status does not match its identifiers")
    if s["date_of_service"] == "present" and not re.fullmatch(
        r"2026-\d\d-\d\d", v["date_of_service"]
    ):
        err("date_of_service not ISO 2026")
    for k in ("vas_pre", "vas_post"):
        if s[k] == "present" and not (isinstance(v[k], (int, float)) and 0 <= v[k] <= 10):
            err(f"{k} value {v[k]}")
    if s["imaging_guidance"] == "present" and v["imaging_guidance"] not in {"fluoroscopy", "ct"}:
        err("imaging value")
    if s["needle_views"] in {"present", "incomplete"}:
        nv = v["needle_views"]
        if not (isinstance(nv, list) and nv == sorted(nv) and set(nv) <= VIEWS):
            err(f"needle_views value {nv}")
        if (s["needle_views"] == "present") != (len(nv) >= 2):
            err("needle_views: present needs >= 2 views, one view is incomplete")
    if s["contrast_flow"] in {"present", "incomplete"}:
        cf = v["contrast_flow"]
        if not (isinstance(cf, dict) and set(cf) == {"agent", "spread", "contraindication"}):
            err(f"contrast value {cf}")
        elif s["contrast_flow"] == "present" and not (cf["spread"] or cf["contraindication"]):
            err("contrast present needs spread or a contraindication")
        elif s["contrast_flow"] == "incomplete" and cf["spread"]:
            err("contrast incomplete must have spread false")
    for k in ("spinal_level", "foramen_level"):
        if s[k] == "present":
            lv = v[k]
            if not (
                isinstance(lv, list) and lv == sorted(lv) and all(LEVEL_RE.match(x) for x in lv)
            ):
                err(f"{k} value {lv}")
    if s["region"] == "present" and v["region"] not in REGIONS:
        err("region value")
    if s["approach"] == "present":
        ap = v["approach"]
        if not (
            isinstance(ap, dict)
            and set(ap) == {"approach", "catheter"}
            and ap["approach"] in APPROACHES
            and isinstance(ap["catheter"], bool)
        ):
            err(f"approach value {ap}")
    if s["medication"] == "present":
        md = v["medication"]
        if not (isinstance(md, list) and md == sorted(md) and md):
            err(f"medication value {md}")
    if s["conservative_care"] == "present":
        cc = v["conservative_care"]
        if not (isinstance(cc, dict) and set(cc) == {"text", "weeks"}):
            err(f"conservative_care value {cc}")
    if s["laterality"] == "present" and v["laterality"] not in {"left", "right", "bilateral"}:
        err("laterality value")
    # complete is true only when every required element is present and the code is 62323
    all_req = all(s[k] == "present" for k in REQUIRED)
    if exp["complete"] and not (all_req and code == "62323" and s["indication"] != "incomplete"):
        err("complete true but a required element is not present, or the code is not 62323")
    unexplained = "misspell" not in row["note"]
    if (
        code == "62323"
        and not exp["complete"]
        and all_req
        and s["indication"] != "incomplete"
        and unexplained
    ):
        err("all required present but not complete, and the note gives no reason")

    # values against the text
    text = page_texts(src)
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    if s["date_of_service"] == "present":
        y, m, d = v["date_of_service"].split("-")
        months = [
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
        ]
        mon = months[int(m) - 1]
        forms = [
            f"{m}/{d}/{y}",
            f"{int(m)}/{int(d)}/{y}",
            f"{d}-{mon}-{y}",
            f"{int(d)} {mon}",
            f"{mon}",
            f"{int(d)}.{int(m)}.{y}",
        ]
        if not any(f in low for f in forms[:4] + forms[5:]) and not (mon in low and y in low):
            err(f"date {v['date_of_service']} not found in text")
    words = {
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
    for k in ("vas_pre", "vas_post"):
        if s[k] == "present":
            n = v[k]
            if isinstance(n, float) and not n.is_integer():
                if f"{round(n * 10)} mm" not in low:
                    err(f"{k} {n} not found as mm")
            else:
                n = int(n)
                pat = (
                    rf"(\b{n}\s*/\s*10|\b{words[n]} out of ten\b|: {n}\b|\.\.\. {n}\b|\| {n}\b"
                    rf"|\bnrs {n}\b|__{n}__/10|\b{n} out of 10\b|nrs (pre|post) {n}\b)"
                )
                if not re.search(pat, low):
                    err(f"{k} {n} not found")
    if s["signature"] == "present":
        surname = (
            re.sub(r"^(dr\.? )", "", v["signature"].lower())
            .split(",")[0]
            .split(" (")[0]
            .split()[-1]
        )
        if surname not in low:
            err(f"signer {surname} not in text")
    for k in ("spinal_level", "foramen_level"):
        if s[k] == "present":
            for lv in v[k]:
                if not any(f.lower() in low for f in level_forms(lv)):
                    err(f"{k} {lv} not found")
    if s["medication"] == "present":
        for dname in v["medication"]:
            if not any(w in low for w in DRUG_WORDS.get(dname, [dname])):
                err(f"medication {dname} not found")
    if s["conservative_care"] == "present" and v["conservative_care"]["weeks"] is not None:
        wk = v["conservative_care"]["weeks"]
        wk_words = {6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten", 12: "twelve"}
        wk_pat = (
            rf"\b{wk}\s*-?\s*(wk|week)|\b{wk}\s*weeks|x\s*{wk}\s*w|\(\s*{wk} wks|__{wk}__ wks"
            rf"|\b{wk_words.get(wk, '#')} weeks"
        )
        if not re.search(wk_pat, low):
            err(f"conservative weeks {wk} not found")
    if s["needle_views"] == "present":
        for view in v["needle_views"]:
            w = {
                "ap": ["ap", "a.p."],
                "lateral": ["lateral", "lat"],
                "oblique": ["oblique"],
                "contralateral_oblique": ["contralateral oblique"],
            }[view]
            if not any(x in low for x in w):
                err(f"view {view} not found")
    fluoro_words = ("fluoro", "flouro", "c-arm", "c arm", "image intensifier")
    is_fluoro = s["imaging_guidance"] == "present" and v["imaging_guidance"] == "fluoroscopy"
    if is_fluoro and not any(x in low for x in fluoro_words):
        err("fluoroscopy not in text")


def main() -> int:
    errors: list[str] = []
    rows = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    ids = [r["id"] for r in rows]
    if ids != [f"blind6_{n:02d}" for n in range(1, 61)]:
        errors.append("ids are not blind6_01..blind6_60 in order")
    if len({r["source"] for r in rows}) != len(rows):
        errors.append("duplicate sources")
    for r in rows:
        check_row(r, errors)
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} rows checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
