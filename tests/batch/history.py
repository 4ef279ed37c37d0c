"""A small fictional multi-visit history, written as procedure notes (all names and MRNs invented)."""

from __future__ import annotations

from pathlib import Path

TEMPLATE = """\
==========================================================================
 HARBORVIEW TEST PAIN CLINIC                          PROCEDURE NOTE
==========================================================================
 Patient: {name}                DOB: {dob}    Sex: F
 {mrn_line}
 DOS: {dos}                     Location: Procedure Room 1
 Attending: Wendell Okonkwo-Test, MD
==========================================================================

PREOPERATIVE DIAGNOSIS:
1. Lumbar radiculopathy, left L5 distribution (M54.16)

PROCEDURE PERFORMED:
Lumbar interlaminar epidural steroid injection, L4-L5, left paramedian
approach, under fluoroscopic guidance (CPT 62323){extra_procedure}

INDICATIONS:
The patient has 5 months of left leg pain radiating below the knee. MRI
shows a left L4-L5 disc protrusion contacting the L5 nerve root. She
completed physical therapy x 8 weeks and NSAIDs without meaningful relief.
{history}

PRE-PROCEDURE ASSESSMENT:
- VAS: 7/10

DESCRIPTION OF PROCEDURE:
The patient was placed prone. Time-out performed. The L4-L5 interlaminar
space was identified under fluoroscopy. A 20-gauge Tuohy needle was
advanced with loss of resistance to saline. AP and lateral fluoroscopic
images confirmed final needle position. Omnipaque 180, 2 mL, showed
epidural spread without vascular uptake. Triamcinolone 80 mg was injected.
{extra_description}
FINDINGS: Epidural spread confirmed; images saved to PACS.

POST-PROCEDURE:
- VAS at discharge: 2/10

DISPOSITION: Discharged home. Continue home exercise program.

Electronically signed by Wendell Okonkwo-Test, MD on {dos}
"""

# (file, patient, date, history sentence, extra procedure)
ORLA = {"name": "TESTA, ORLA B", "dob": "02/03/1958", "mrn": "ZZ-900111"}
CASS = {"name": "Cass Brindle", "dob": "09/30/1970", "mrn": None}

VISITS = [
    ("a1_first.txt", ORLA, "01/06/2025", "This is her first epidural injection.", False),
    (
        "a2_repeat_good.txt",
        ORLA,
        "03/03/2025",
        "The previous ESI on 01/06/2025 gave 60% relief for 8 weeks on the same VAS scale.",
        False,
    ),
    (
        "a2_addendum_copy.txt",
        ORLA,
        "03/03/2025",
        "The previous ESI on 01/06/2025 gave 60% relief for 8 weeks (addendum copy).",
        False,
    ),
    (
        "a3_repeat_no_relief.txt",
        ORLA,
        "05/05/2025",
        "The previous epidural gave no significant relief.",
        False,
    ),
    (
        "a4_repeat_good.txt",
        ORLA,
        "07/07/2025",
        "After the last injection she reports 70% relief and improved walking tolerance.",
        False,
    ),
    (
        "a5_fifth_session.txt",
        ORLA,
        "09/08/2025",
        "The prior ESI provided 55% relief lasting 2 months.",
        False,
    ),
    ("b1_first_with_facet.txt", CASS, "02/10/2025", "First injection.", True),
    ("b2_repeat_silent.txt", CASS, "04/14/2025", "She returns for a repeat ESI.", False),
]


def note_text(patient: dict[str, str | None], dos: str, history: str, facet: bool) -> str:
    """Return one fictional procedure note."""
    mrn_line = f"MRN: {patient['mrn']}" if patient["mrn"] else "Referring: Self"
    return TEMPLATE.format(
        name=patient["name"],
        dob=patient["dob"],
        mrn_line=mrn_line,
        dos=dos,
        history=history,
        extra_procedure=(
            "\nRight L4-L5 and L5-S1 facet joint injections were also performed." if facet else ""
        ),
        extra_description=(
            "Bilateral L4-L5 facet joint injections were then performed under fluoroscopy.\n"
            if facet
            else ""
        ),
    )


def write_history(folder: Path) -> dict[str, Path]:
    """Write the history's notes into ``folder``; return them by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, patient, dos, history, facet in VISITS:
        path = folder / name
        path.write_text(note_text(patient, dos, history, facet), encoding="utf-8")
        out[name] = path
    return out
