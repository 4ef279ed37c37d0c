"""Each element's positive, negated, blank-template, hypothetical and historical cases.

Notes are built from a complete fictional base note with one part replaced, so a test fails
only for the element it is about.
"""

import pytest

BASE = {
    "header": "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\nDate of Service: 05/06/2025",
    "indication": "INDICATION: Right L5 radiculopathy. Failed physical therapy x 8 weeks and NSAIDs.",
    "imaging_mri": "MRI: L3-4 and L5-S1 disc protrusions.",
    "pre": "Pre-procedure VAS: 7/10",
    "procedure": "PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.",
    "views": "Final needle position was confirmed with AP and lateral views; images saved.",
    "contrast": "Omnipaque 180, 2 mL, showed epidural spread without intravascular uptake.",
    "meds": "Kenalog 80 mg with 2 mL preservative-free saline was injected.",
    "post": "Post-procedure VAS: 2/10",
    "signature": "Electronically signed by: Dana Whitfield, MD 05/06/2025",
}


def note(**parts):
    merged = {**BASE, **parts}
    return "\n".join(v for v in merged.values() if v)


@pytest.fixture(scope="module")
def check(checker):
    def run(text, **kwargs):
        return checker.check_text(text, **kwargs)

    return run


def test_elements_base_note_is_complete(check):
    result = check(note())
    # Side and foramen are transforaminal elements; this is an interlaminar note.
    statuses = {k: v.status for k, v in result.elements.items()}
    assert statuses.pop("laterality") == statuses.pop("foramen_level") == "missing"
    assert all(s == "present" for s in statuses.values()), statuses
    assert result.complete is True
    assert result.code_check.suggested == "62323"
    assert result.risk.level == "low"


@pytest.mark.parametrize(
    ("part", "text", "element", "status", "value"),
    [
        # pain scores
        ("pre", "Pre-procedure VAS: 7/10", "vas_pre", "present", 7),
        ("pre", "Pre-procedure VAS was not obtained.", "vas_pre", "negated", None),
        ("pre", "Pre-procedure VAS: ___/10", "vas_pre", "incomplete", None),
        ("pre", "Pre VAS: ***", "vas_pre", "incomplete", None),
        ("pre", "Pre-procedure VAS:", "vas_pre", "incomplete", None),
        ("pre", "Baseline NRS 6", "vas_pre", "present", 6),
        ("post", "Post-procedure VAS: __/10", "vas_post", "incomplete", None),
        ("post", "Post-procedure pain score: not documented.", "vas_post", "negated", None),
        ("post", "Post VAS: 30 mm", "vas_post", "present", 3),
        ("post", "After the injection her pain was 1/10 at discharge.", "vas_post", "present", 1),
        ("post", "Pain score at discharge was 2/10 at 15 minutes.", "vas_post", "present", 2),
        # signature
        ("signature", "/s/ N. Brightwater MD", "signature", "present", "N. Brightwater MD"),
        ("signature", "Signature: ____________", "signature", "incomplete", None),
        ("signature", "Signature:", "signature", "incomplete", None),
        ("signature", "Dictated but not read.", "signature", "incomplete", None),
        ("signature", "Resident note. Pending co-signature.", "signature", "incomplete", None),
        ("signature", "", "signature", "missing", None),
        # imaging guidance
        (
            "procedure",
            "PROCEDURE: L4-5 interlaminar ESI. CT-guided.",
            "imaging_guidance",
            "present",
            "ct",
        ),
        (
            "procedure",
            "PROCEDURE: L4-5 interlaminar ESI. Fluoroscopy was not utilized.",
            "imaging_guidance",
            "negated",
            "none",
        ),
        (
            "procedure",
            "PROCEDURE: L4-5 interlaminar ESI.\nFluoroscopy: none",
            "imaging_guidance",
            "negated",
            "none",
        ),
        (
            "procedure",
            "PROCEDURE: L4-5 interlaminar ESI. Fluoroscopy will be used if needed.",
            "imaging_guidance",
            "uncertain",
            "none",
        ),
        (
            "procedure",
            "PROCEDURE: L4-5 interlaminar ESI. Prior ESI in 2024 under fluoroscopy.",
            "imaging_guidance",
            "missing",
            "none",
        ),
        # needle views
        ("views", "AP view confirmed the needle position.", "needle_views", "incomplete", ["ap"]),
        (
            "views",
            "AP, lateral and contralateral oblique images were saved.",
            "needle_views",
            "present",
            ["ap", "contralateral_oblique", "lateral"],
        ),
        (
            "views",
            "AP and lateral views will be obtained if needed.",
            "needle_views",
            "uncertain",
            None,
        ),
        ("views", "Lateral view was not obtained.", "needle_views", "negated", None),
        ("views", "Views: [x] AP  [x] Lat  [ ] CLO", "needle_views", "present", ["ap", "lateral"]),
        # contrast flow
        ("contrast", "No contrast was used.", "contrast_flow", "negated", None),
        ("contrast", "Contrast: none", "contrast_flow", "negated", None),
        ("contrast", "Omnipaque 180, 1 mL, was injected.", "contrast_flow", "incomplete", None),
        ("contrast", "Contrast may be used if needed.", "contrast_flow", "uncertain", None),
        (
            "contrast",
            "No contrast given secondary to iodine allergy.",
            "contrast_flow",
            "present",
            None,
        ),
        (
            "contrast",
            "Aspiration is negative for blood or CSF, and contrast showed epidural spread.",
            "contrast_flow",
            "present",
            None,
        ),
        # levels
        (
            "procedure",
            "PROCEDURE: Interlaminar ESI at L4-5 and L5-S1 under fluoroscopy.",
            "spinal_level",
            "present",
            ["L4-L5", "L5-S1"],
        ),
        (
            "procedure",
            "PROCEDURE: Lumbar interlaminar ESI under fluoroscopy.",
            "spinal_level",
            "missing",
            None,
        ),
        # patient identification
        (
            "header",
            "Patient: Hollis Varga\nDate of Service: 05/06/2025",
            "patient_id",
            "incomplete",
            ["name"],
        ),
        (
            "header",
            "MRN: 00-FAKE-3141   Account #: A-4455\nDate of Service: 05/06/2025",
            "patient_id",
            "present",
            ["account", "mrn"],
        ),
        (
            "header",
            "Patient .......... Hollis Varga\nDOB ...... 02/03/1958",
            "patient_id",
            "present",
            ["dob", "name"],
        ),
        # medical necessity
        (
            "indication",
            "INDICATION: Axial low back pain. Denies radicular symptoms.",
            "indication",
            "incomplete",
            None,
        ),
        ("indication", "INDICATION: Right L5 radiculopathy.", "conservative_care", "missing", None),
    ],
)
def test_elements_status_and_value(check, part, text, element, status, value):
    # Arrange
    source = note(**{part: text})
    # Act
    finding = check(source).elements[element]
    # Assert
    assert finding.status == status, (finding.status, finding.evidence)
    if value is not None:
        assert finding.value == value
    if status != "present":
        assert finding.message and "documented." not in finding.message.split(":")[1][:12]


def test_elements_mri_level_is_not_the_injected_level(check):
    finding = check(note()).elements["spinal_level"]
    assert finding.value == ["L4-L5"]


def test_elements_blank_template_and_later_value_affirmative_wins(check):
    text = note(post="VAS post: ___/10\nRecovery: pain 1/10 at discharge.")
    assert check(text).elements["vas_post"].value == 1


def test_elements_pain_change_sets_both_scores(check):
    text = note(pre="", post="Her pain decreased from 8/10 to 3/10 after the injection.")
    elements = check(text).elements
    assert (elements["vas_pre"].value, elements["vas_post"].value) == (8, 3)


def test_elements_evidence_quotes_the_note_with_offsets_and_modifier(check):
    text = note(contrast="No contrast was used.")
    result = check(text)
    evidence = result.elements["contrast_flow"].evidence[0]
    assert text[evidence.start : evidence.end] == evidence.text
    assert evidence.rule.startswith("CON-")
    assert evidence.modifier is not None and evidence.modifier.category == "NEGATED_EXISTENCE"
    assert evidence.page == 1


def test_elements_conservative_care_takes_the_nearest_duration(check):
    text = note(indication="INDICATION: Leg pain x 3 months, failed 6 weeks of physical therapy.")
    assert check(text).elements["conservative_care"].value["weeks"] == 6


def test_elements_home_medication_list_is_not_the_injectate(check):
    text = note(
        meds="", indication="Medications: gabapentin, dexamethasone tablets.\n" + BASE["indication"]
    )
    assert check(text).elements["medication"].status == "missing"


@pytest.mark.parametrize(
    ("part", "text", "element", "status", "value"),
    [
        ("pre", "", "vas_pre", "present", 8),
        (
            "header",
            "Patient Name: Hollis Q. Varga   MRN: 00-FAKE-3141",
            "patient_id",
            "present",
            ["mrn", "name"],
        ),
        (
            "procedure",
            "PROCEDURE: Interlaminar ESI between the L4 and L5 laminae under x-ray guidance.",
            "spinal_level",
            "present",
            ["L4-L5"],
        ),
        (
            "procedure",
            "PROCEDURE: Interlaminar ESI at L4-5 under x-ray guidance.",
            "imaging_guidance",
            "present",
            "fluoroscopy",
        ),
        (
            "contrast",
            "Epidurography confirmed the needle position.",
            "contrast_flow",
            "present",
            None,
        ),
    ],
)
def test_elements_common_wordings(check, part, text, element, status, value):
    source = note(**{part: text, "post": "Wong-Baker FACES 8 -> 2 after the injection."})
    finding = check(source).elements[element]
    assert finding.status == status, (finding.status, finding.evidence)
    if value is not None:
        assert finding.value == value


@pytest.mark.parametrize(
    ("part", "text", "element", "status", "value"),
    [
        (
            "views",
            "Contrast spread without vascular uptake on AP and lateral views.",
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        ("post", "VAS pre 7, VAS post 2.", "vas_post", "present", 2),
        (
            "contrast",
            "Omnipaque 180 outlined the epidural space with epidural spread (DSA not used).",
            "contrast_flow",
            "present",
            None,
        ),
        (
            "header",
            "PATIENT: WHITCOMB, BARNABY J\nMR #: 55128833\nDATE OF OPERATION: 08/19/2025",
            "date_of_service",
            "present",
            "2025-08-19",
        ),
    ],
)
def test_elements_scope_does_not_leak(check, part, text, element, status, value):
    finding = check(note(**{part: text})).elements[element]
    assert finding.status == status, (finding.status, finding.evidence)
    if value is not None:
        assert finding.value == value


def test_elements_pain_duration_in_another_sentence_is_not_care_duration(check):
    text = note(
        indication="INDICATION: Leg pain with walking for the past six months. "
        "He has failed a course of physical therapy."
    )
    assert check(text).elements["conservative_care"].value["weeks"] is None


def test_elements_but_ends_a_negation(check):
    text = note(procedure="PROCEDURE: L4-5 interlaminar ESI. No sedation but fluoroscopy was used.")
    assert check(text).elements["imaging_guidance"].status == "present"


@pytest.mark.parametrize(
    ("header", "types"),
    [
        ("Patient: Hollis Varga   CSN: 88812-4", ["account", "name"]),
        ("Patient: Hollis Varga   FIN: 55021", ["account", "name"]),
        ("Patient: Hollis Varga   Acct: A-0099", ["account", "name"]),
        ("Name: VARGA, HOLLIS   MR#: 55128833", ["mrn", "name"]),
    ],
)
def test_elements_identifier_labels(check, header, types):
    finding = check(note(header=header)).elements["patient_id"]
    assert (finding.status, finding.value) == ("present", types)


def test_elements_one_scale_with_pre_and_post_values(check):
    elements = check(note(pre="", post="VAS: pre 8 / post 4")).elements
    assert (elements["vas_pre"].value, elements["vas_post"].value) == (8, 4)
