"""Which CPT code the note supports, and whether the billed code and modifiers hold up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, ConfigDict

from nlp_checker.elements.findings import Finding, ProcedureFacts
from nlp_checker.errors import UsageError

KNOWN_CODES = {
    "62320", "62321", "62322", "62323", "62324", "62325", "62326", "62327",
    "64479", "64480", "64483", "64484",
}  # fmt: skip
_UPPER = {"cervical", "thoracic"}
_NO_LATERALITY = {"50", "RT", "LT"}
_DISTINCT = {"59", "XS", "XE", "XP", "XU"}
KNOWN_MODIFIERS = _NO_LATERALITY | _DISTINCT | {"KX", "25", "76", "26", "TC", "GA", "GZ", "JW"}


class CodeCheck(BaseModel):
    """The code check's answer."""

    model_config = ConfigDict(frozen=True)

    billed: str
    modifiers: list[str] = []
    suggested: str
    supported: bool
    reasons: list[str] = []
    warnings: list[str] = []
    # What the note describes instead of an epidural injection, when it supports "other"
    # (epidural_blood_patch, lumbar_puncture, discogram, epidurography, or a block's name).
    other_procedure: str | None = None


# Procedures that look like an epidural injection, with the code they are billed under.
_LOOKALIKE_NAMES = {
    "epidural_blood_patch": "an epidural blood patch (62273)",
    "lumbar_puncture": "a lumbar puncture (62270)",
    "discogram": "a discogram or myelogram (62290/62284)",
    "epidurography": "epidurography alone (72275), with no injectate besides contrast",
}


def validate_claim(code: str, modifiers: Sequence[str]) -> tuple[str, list[str]]:
    """Normalise and check the billed code and modifiers given by the caller."""
    code = code.strip()
    if code not in KNOWN_CODES:
        msg = f"unknown billed code {code!r}; use one of {', '.join(sorted(KNOWN_CODES))}"
        raise UsageError(msg)
    clean = [m.strip().upper() for m in modifiers if m.strip()]
    unknown = [m for m in clean if m not in KNOWN_MODIFIERS]
    if unknown:
        msg = (
            f"unknown modifier(s) {', '.join(unknown)}; known: {', '.join(sorted(KNOWN_MODIFIERS))}"
        )
        raise UsageError(msg)
    return code, clean


def _suggest(findings: Mapping[str, Finding], facts: ProcedureFacts) -> tuple[str, list[str]]:
    approach = findings["approach"]
    region = findings["region"].value if findings["region"].status == "present" else None
    imaging = findings["imaging_guidance"].status == "present"
    name = approach.value["approach"] if approach.status == "present" else None
    catheter = bool(approach.value and approach.value.get("catheter"))
    upper = region in _UPPER
    if facts.lookalike:
        described = ", ".join(_LOOKALIKE_NAMES.get(k, k) for k in facts.lookalike)
        return "other", [
            f"the note describes {described}, not an epidural steroid injection: do not bill it "
            "as 62320-62327"
        ]
    # A named block (facet, SI joint, trigger points) with no epidural approach is that block,
    # even where its contrast "spread" is called epidural.
    if name is None and (facts.other_procedures or not facts.epidural_mentioned):
        if facts.other_procedures:
            return "other", [
                f"no epidural injection documented; the note describes "
                f"{', '.join(facts.other_procedures)}"
            ]
        return "other", ["no epidural injection (approach, epidural space) is documented"]
    reasons: list[str] = []
    if region is None:
        reasons.append("the region is not documented; lumbar/sacral assumed")
    if name == "transforaminal":
        code = "64479" if upper else "64483"
        reasons.append(f"transforaminal approach documented -> {code}")
        return code, reasons
    if catheter:
        code = {(True, False): "62324", (True, True): "62325", (False, False): "62326"}.get(
            (upper, imaging), "62327"
        )
        reasons.append(f"catheter left in place for infusion -> {code}")
        return code, reasons
    if upper:
        code = "62321" if imaging else "62320"
        reasons.append(f"{region} interlaminar injection -> {code}")
        return code, reasons
    if imaging:
        return "62323", reasons
    reasons.append(
        "no fluoroscopic or CT guidance documented -> 62322; document the imaging guidance "
        "(fluoroscopy or CT) to support 62323"
    )
    if facts.ultrasound:
        reasons.append("ultrasound guidance does not meet the 62323 descriptor")
    return "62322", reasons


def _modifier_reasons(billed: str, modifiers: Sequence[str], facts: ProcedureFacts) -> list[str]:
    reasons = []
    interlaminar = billed.startswith("6232")
    for modifier in modifiers:
        if modifier in _NO_LATERALITY and interlaminar:
            reasons.append(
                f"modifier {modifier} does not apply to {billed}: interlaminar/caudal codes are "
                "not bilateral or side-specific (MCR-LIM-4)"
            )
        elif modifier == "KX" and interlaminar:
            reasons.append(
                f"modifier KX is not a {billed} modifier under Medicare: it marks diagnostic "
                "transforaminal nerve-root blocks (MOD-KX)"
            )
        elif modifier in _DISTINCT and not facts.other_procedures:
            reasons.append(
                f"modifier {modifier} needs a distinct procedure documented in the note; none "
                "found (MOD-59)"
            )
    return reasons


def check_code(
    findings: Mapping[str, Finding],
    facts: ProcedureFacts,
    billed: str = "62323",
    modifiers: Sequence[str] = (),
) -> CodeCheck:
    """Compare the billed code and modifiers with what the note documents."""
    billed, modifiers = validate_claim(billed, modifiers)
    suggested, reasons = _suggest(findings, facts)
    if suggested != billed:
        reasons.insert(0, f"the note supports {suggested}, not the billed {billed}")
    modifier_problems = _modifier_reasons(billed, modifiers, facts)
    warnings: list[str] = []
    levels = findings["spinal_level"]
    name = findings["approach"].value["approach"] if findings["approach"].value else None
    if levels.status == "present" and len(levels.value) > 1 and name != "transforaminal":
        warnings.append(
            f"{len(levels.value)} interlaminar levels injected ({', '.join(levels.value)}); "
            "Medicare pays one level per session (MCR-LIM-1)"
        )
    if facts.other_procedures and suggested != "other":
        warnings.append(
            f"another procedure in the same session ({', '.join(facts.other_procedures)}): "
            "a modifier 59/XS question for the biller (MCR-LIM-9)"
        )
    if facts.biologic:
        warnings.append(f"non-covered injectate ({', '.join(facts.biologic)}) (MCR-LIM-6)")
    other = None
    if suggested == "other":
        named = facts.lookalike or facts.other_procedures
        other = named[0] if named else None
    return CodeCheck(
        billed=billed,
        modifiers=list(modifiers),
        suggested=suggested,
        other_procedure=other,
        # Modifier problems are reasons (and risk drivers) but do not change which code the note
        # supports: the biller fixes the claim line, not the note.
        supported=suggested == billed,
        reasons=reasons + modifier_problems,
        warnings=warnings,
    )
