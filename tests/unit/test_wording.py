"""How clinicians write it: each case changes one part of a complete note (issue 8 wording)."""

import pytest

from tests.unit.test_elements import BASE, note


@pytest.fixture(scope="module")
def check(checker):
    return checker.check_text


@pytest.mark.parametrize(
    ("parts", "element", "status", "value"),
    [
        # levels as dictated
        (
            {"procedure": "PROCEDURE: L45 interlaminar epidural under fluoroscopic guidance."},
            "spinal_level",
            "present",
            ["L4-L5"],
        ),
        (
            {"procedure": "PROCEDURE: L3-L5 interlaminar epidural under fluoroscopic guidance."},
            "spinal_level",
            "present",
            ["L3-L4", "L4-L5"],
        ),
        (
            {
                "procedure": "PROCEDURE: interlaminar epidural between L5-S1 ______ under fluoroscopic guidance."
            },
            "spinal_level",
            "present",
            ["L5-S1"],
        ),
        (
            {
                "procedure": "PROCEDURE: Left L5 transforaminal epidural steroid injection under fluoroscopic guidance."
            },
            "spinal_level",
            "present",
            ["L5-S1"],
        ),
        (
            {
                "procedure": "PROCEDURE: Right C6 selective nerve root block under fluoroscopic guidance."
            },
            "region",
            "present",
            "cervical",
        ),
        # contrast: safety checks are not spread
        (
            {"contrast": "Omnipaque 180, 2 mL, was injected with no intravascular uptake."},
            "contrast_flow",
            "incomplete",
            None,
        ),
        (
            {
                "contrast": "Omnipaque 240 filled the left lateral recess and tracked along the L5 root."
            },
            "contrast_flow",
            "present",
            None,
        ),
        # views used to steer the needle are not views of its final position
        (
            {"views": "AP, lateral and oblique views were used to guide the needle."},
            "needle_views",
            "uncertain",
            None,
        ),
        (
            {
                "views": "An AP view was used to localize the interspace. Final position confirmed on lateral and AP views."
            },
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        # pain scores in time
        (
            {"pre": "At her initial consult in May she rated the pain 8/10."},
            "vas_pre",
            "missing",
            None,
        ),
        ({"pre": "", "post": "Pain 7/10. Pain 3/10."}, "vas_pre", "uncertain", None),
        ({"pre": "", "post": "Pain 7/10. Pain 3/10."}, "vas_post", "uncertain", None),
        ({"post": "Pain 3/10."}, "vas_post", "uncertain", None),
        ({"pre": "Pre-op VAS on the 100 mm line: marked at 70 mm."}, "vas_pre", "present", 7),
        # indication in clinical words
        (
            {"indication": "INDICATION: Shooting pain from the buttock to the lateral foot."},
            "indication",
            "present",
            None,
        ),
        ({"indication": "INDICATION: Chronic pain syndrome."}, "indication", "incomplete", None),
        # dates of service in the text
        (
            {
                "header": "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\nDone today 03/19/2026."
            },
            "date_of_service",
            "present",
            "2026-03-19",
        ),
        # terse notes: a name heading the banner line, "PT +", views with only a final cue
        (
            {"header": "Rosalind Okafor-Bey   DOB 02/03/1958   MRN 00-FAKE-3141\nDOS 05/06/2025"},
            "patient_id",
            "present",
            ["dob", "mrn", "name"],
        ),
        (
            {"header": "PROCEDURE NOTE   DOB 02/03/1958   MRN 00-FAKE-3141\nDOS 05/06/2025"},
            "patient_id",
            "present",
            ["dob", "mrn"],
        ),
        (
            {"indication": "Dx: R L5 radic. 10 wks PT + meds failed."},
            "conservative_care",
            "present",
            {"text": "PT", "weeks": 10},
        ),
        (
            {"views": "AP + lateral confirm final tip."},
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        # contrast in a joint or a disc is not epidural spread (look-alike procedures)
        (
            {"contrast": "Omnipaque 240, 0.3 mL per joint: arthrogram outlining the joint."},
            "contrast_flow",
            "incomplete",
            None,
        ),
        # ticks after the view names on a final-position field row; "good layering" says how the
        # contrast looked, not where it went
        (
            {"views": "Final needle tip:  AP ✓   Lateral ✓"},
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        (
            {"contrast": "Contrast: 2 mL Omnipaque injected, good layering."},
            "contrast_flow",
            "incomplete",
            None,
        ),
        # text copied forward from an earlier note is not today's documentation
        (
            {
                "views": (
                    "[Copied forward from procedure note 02/03/2025]\nFinal needle position was "
                    "confirmed with AP and lateral views; images saved.\n[End of copied text]"
                )
            },
            "needle_views",
            "missing",
            None,
        ),
        (
            {
                "imaging_mri": (
                    "*** Text below carried forward from the 02/03/2025 visit ***\n"
                    "Right L5 radiculopathy; AP and lateral views saved.\n*** End of carried-forward text ***"
                ),
            },
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        # limb symptoms in template shorthand are radicular; relief only as a percentage
        (
            {"indication": "Pain location: R buttock -> lat calf. PT x 8 weeks failed."},
            "indication",
            "present",
            None,
        ),
        (
            {
                "indication": "PRE-PROCEDURE: left posterior thigh and calf pain with numbness of the lateral foot."
            },
            "indication",
            "present",
            None,
        ),
        (
            {"post": "On discharge he reported roughly 70% improvement in his leg symptoms."},
            "vas_post",
            "incomplete",
            None,
        ),
        # "Pain prior:" is before; a plan that ended at a blank line does not hold the next field
        ({"pre": "Pain prior: 6/10"}, "vas_pre", "present", 6),
        (
            {
                "pre": "Plan: will schedule L5-S1 ILESI under fluoroscopy.\n\nToday: pain before the procedure 7/10."
            },
            "vas_pre",
            "present",
            7,
        ),
        # a co-signature field marked pending; scores dated to a follow-up visit; a field row
        # whose colon sits after the scale name
        (
            {"signature": "Signed: Amir Tehrani, MD, PGY-3\nAttending co-signature: PENDING"},
            "signature",
            "incomplete",
            None,
        ),
        (
            {"pre": "At follow-up on 07/28/2026 it was 8/10."},
            "vas_pre",
            "missing",
            None,
        ),
        ({"pre": "    Pre-procedure pain (NRS):     7"}, "vas_pre", "present", 7),
        ({"post": "    Post-procedure pain (NRS):    2"}, "vas_post", "present", 2),
        # a bare number rated in dictation; a pain goal is not a score
        ({"post": "At discharge she rated her pain a 3."}, "vas_post", "present", 3),
        ({"pre": "Her pain goal is 3/10."}, "vas_pre", "missing", None),
        # a signature still to come, a report not reviewed, a nurse's signature alone
        (
            {"signature": "Dana Whitfield, MD (fellow). Attending attestation to follow."},
            "signature",
            "incomplete",
            None,
        ),
        (
            {
                "signature": "D: 05/06/2025  T: 05/07/2025\nThis report has not been reviewed or signed."
            },
            "signature",
            "incomplete",
            None,
        ),
        ({"signature": "Signed by Mara Quill, RN 05/06/2025"}, "signature", "incomplete", None),
        (
            {
                "signature": "Procedure note documented by Mara Quill, RN.\nElectronically signed by: Dana Whitfield, MD"
            },
            "signature",
            "present",
            "Dana Whitfield, MD",
        ),
        # contrast flow judged as the words come
        (
            {"contrast": "Omnipaque 180 2 mL under live fluoroscopy, flow appropriate."},
            "contrast_flow",
            "incomplete",
            None,
        ),
        # scores from an earlier visit; images said not to be kept
        ({"pre": "Pain at last visit (01/05/2026): 8/10"}, "vas_pre", "missing", None),
        ({"pre": "Pain score from 2 weeks ago: 7/10"}, "vas_pre", "missing", None),
        (
            {"pre": "Since her last visit the pain is worse. Pre-procedure VAS: 6/10"},
            "vas_pre",
            "present",
            6,
        ),
        ({"views": "AP and lateral images were not retained."}, "needle_views", "negated", None),
        # a template field answered by a ticked "no" box
        (
            {"contrast": "Contrast:  [ ] used   [X] not used"},
            "contrast_flow",
            "negated",
            None,
        ),
        (
            {
                "procedure": "PROCEDURE: L4-5 interlaminar epidural steroid injection.",
                "views": "Fluoroscopy used?  [ ] Yes  [X] No",
            },
            "imaging_guidance",
            "negated",
            None,
        ),
        (
            {"contrast": "Omnipaque 180, 2 mL: epidural spread.   Sedation:  [X] none"},
            "contrast_flow",
            "present",
            None,
        ),
        (
            {"contrast": "Contrast used:  [X] Yes  [ ] No.  Epidural spread:  [X] yes"},
            "contrast_flow",
            "present",
            None,
        ),
        # record numbers under a clinic's own label; a dictated name closed by a full stop
        (
            {"header": "Patient: Hollis Varga   DOB 5-9-1957   Chart: MOS-228871\nDOS 05/06/2025"},
            "patient_id",
            "present",
            ["dob", "mrn", "name"],
        ),
        (
            {"header": "Patient: Hollis Varga   Clinic #: PH-77310\nDOS 05/06/2025"},
            "patient_id",
            "present",
            ["mrn", "name"],
        ),
        (
            {"header": "Name: Hollis Varga, UR number 7731042\nDOS 05/06/2025"},
            "patient_id",
            "present",
            ["mrn", "name"],
        ),
        (
            {
                "header": (
                    "Patient name Hollis Varga. Date of birth 11/30/1958.\n"
                    "Date of service 07/07/2026."
                )
            },
            "patient_id",
            "present",
            ["dob", "name"],
        ),
        # a view that set up the image is not a view of the result, where two views are
        (
            {
                "views": (
                    "The C-arm was rotated to an ipsilateral oblique to bring the pedicle into "
                    "view. Final needle position confirmed in AP and lateral projections."
                )
            },
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        (
            {
                "views": "Oblique view of the foramen. Tip position verified on AP and lateral films."
            },
            "needle_views",
            "present",
            ["ap", "lateral"],
        ),
        (
            {"views": "Oblique view of the foramen. Final tip seen on the lateral image."},
            "needle_views",
            "present",
            ["lateral", "oblique"],
        ),
        # dictated identifiers and dates; equipment that was not there; spread in plain words
        (
            {
                "header": (
                    "Patient Hamish Kolodziej-Ansah, born 4 Aug 1958, clinic M R N TPM-81177.\n"
                    "Done today, Monday 9 February 2026, in the procedure room."
                )
            },
            "patient_id",
            "present",
            ["dob", "mrn", "name"],
        ),
        (
            {"header": "Patient: Hollis Varga\nDone today, Monday 9 February 2026."},
            "date_of_service",
            "present",
            "2026-02-09",
        ),
        (
            {"header": "Patient: Hollis Varga, date of birth 3 / 18 / 1981, MRN 00-FAKE-3141"},
            "patient_id",
            "present",
            ["dob", "mrn", "name"],
        ),
        (
            {
                "procedure": (
                    "PROCEDURE: L4-5 interlaminar epidural steroid injection. The C-arm is out for "
                    "repair, so the level was found with ultrasound."
                ),
                "views": "",
                "contrast": "",
            },
            "imaging_guidance",
            "negated",
            "none",
        ),
        (
            {"contrast": "Omnipaque 240 2 mL ran up the right side of the epidural space."},
            "contrast_flow",
            "present",
            None,
        ),
        (
            {"pre": "Pain right now before the procedure is 7 out of 10."},
            "vas_pre",
            "present",
            7,
        ),
        # a flowsheet's banner row places its scores
        (
            {"post": "--- POST ----------------\n0905  Pain: 2/10              RN KMS"},
            "vas_post",
            "present",
            2,
        ),
        # a consent discussion's risks and an earlier procedure's month are not today's
        (
            {
                "contrast": (
                    "The risks, including infection, bleeding and allergic reaction to contrast "
                    "dye, were discussed."
                )
            },
            "contrast_flow",
            "uncertain",
            None,
        ),
        (
            {
                "contrast": (
                    "She had an epidural here in March 2026 under fluoroscopy with contrast, "
                    "which outlined the epidural space."
                )
            },
            "contrast_flow",
            "missing",
            None,
        ),
        # levels dictated in words
        (
            {"procedure": "PROCEDURE: Interlaminar ESI, lumbar 4-5, under fluoroscopic guidance."},
            "spinal_level",
            "present",
            ["L4-L5"],
        ),
        (
            {"procedure": "PROCEDURE: Interlaminar epidural at L five S one under fluoroscopy."},
            "spinal_level",
            "present",
            ["L5-S1"],
        ),
        (
            {
                "procedure": (
                    "PROCEDURE: Interlaminar ESI between the fourth and fifth lumbar vertebrae "
                    "under fluoroscopic guidance."
                )
            },
            "spinal_level",
            "present",
            ["L4-L5"],
        ),
        (
            {
                "procedure": "PROCEDURE: Interlaminar ESI at C six seven under fluoroscopic guidance."
            },
            "region",
            "present",
            "cervical",
        ),
        # saline for the loss-of-resistance technique is not an injectate
        (
            {
                "meds": "Loss of resistance to air/saline at L4-L5. Kenalog 80 mg was injected.",
            },
            "medication",
            "present",
            ["triamcinolone"],
        ),
        # a score from the first visit, told in reverse order; a VAS flowsheet with field labels
        (
            {"pre": "Seen initially on 03/16/2026, at which time he rated his pain 8/10."},
            "vas_pre",
            "missing",
            None,
        ),
        (
            {"pre": "PAIN (100 mm VAS)\n  Pre-procedure  (0745): marked at 72 mm", "post": ""},
            "vas_pre",
            "present",
            7.2,
        ),
        (
            {"post": "  Post-procedure (0920):   marked at 15 mm"},
            "vas_post",
            "present",
            1.5,
        ),
        # a score the physician took at an earlier visit, told in the first person
        (
            {"pre": "When we first met in clinic on 01/12/2026 he scored the sciatica 9/10."},
            "vas_pre",
            "missing",
            None,
        ),
        # a time between the scale and its score, in words or in brackets
        ({"post": "Post-block VAS at 20 minutes: 15 mm."}, "vas_post", "present", 1.5),
        ({"pre": "", "post": "NRS   Pre: 7    Post (10 min): 2"}, "vas_post", "present", 2),
        # a letter: the time before the injection told a clause ahead of the score
        (
            {
                "pre": "",
                "post": "Before we got started this morning she put her leg pain at 7 out of 10; "
                "twenty minutes later it was 2 out of 10.",
            },
            "vas_pre",
            "present",
            7,
        ),
        # a letter: the time after the injection told as "N minutes later"
        (
            {"post": "Twenty minutes later she put her leg pain at 2 out of 10."},
            "vas_post",
            "present",
            2,
        ),
        # the scale's range in brackets with its name, then dotted leaders
        ({"pre": "  Pain intensity (VAS 0-10) ........ 6"}, "vas_pre", "present", 6),
        # a two-column structured note: the label cell times the value cell
        ({"post": "Pain after (NRS, 30 min)      | 2"}, "vas_post", "present", 2),
        # a blank 'pain:' field, and relief told only in words: documented only in part
        ({"post": "Post-injection pain: __/10"}, "vas_post", "incomplete", None),
        (
            {"post": "After the block: leg pain much better, walked to the car."},
            "vas_post",
            "incomplete",
            None,
        ),
        (
            {"post": "Recovery ... Pain: [x] better  [ ] same  [ ] worse"},
            "vas_post",
            "incomplete",
            None,
        ),
        # a combined record heads each part with its author's role and phase
        (
            {
                "post": "== RN RECOVERY NOTE (T. Mwangi, RN) ==\n10:05 arrived in bay 3.\n10:25 Pain 1/10."
            },
            "vas_post",
            "present",
            1,
        ),
        (
            {"pre": "Nursing pre-procedure assessment\n07:02 ambulatory, NPO. Pain 6/10 left leg."},
            "vas_pre",
            "present",
            6,
        ),
        # a late entry: the timing word and the score parted by a clock time and a clause
        (
            {
                "post": "ADDENDUM: the recovery score was left out of the dictation. On my "
                "reassessment at discharge at 11:25, the patient gave her leg pain as 2/10."
            },
            "vas_post",
            "present",
            2,
        ),
    ],
)
def test_wording_reads_how_clinicians_document(check, parts, element, status, value):
    # Act
    finding = check(note(**parts)).elements[element]
    # Assert
    assert finding.status == status, (finding.status, finding.evidence)
    if value is not None:
        assert finding.value == value


SOAP = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
S: Right leg pain radiating to the foot, worse with sitting. Pre-procedure VAS 7/10.
O: Positive straight leg raise on the right.
A: Right L5 radiculopathy.
P: {plan}
Electronically signed by: Dana Whitfield, MD 05/06/2025"""
DONE = (
    "L4-L5 ILESI performed today under fluoroscopy. Final needle position confirmed on AP and "
    "lateral views. Omnipaque 180 showed epidural spread. Kenalog 80 mg was injected. "
    "Post-procedure VAS 2/10. Follow up in 2 weeks."
)


def test_wording_soap_plan_done_is_the_procedure(check):
    result = check(SOAP.format(plan=DONE))
    assert result.code_check.suggested == "62323"
    assert result.elements["spinal_level"].value == ["L4-L5"]
    assert result.complete is True


def test_wording_soap_plan_only_planned_is_not(check):
    result = check(
        SOAP.format(plan="Will schedule L4-L5 ILESI under fluoroscopy if pain persists.")
    )
    assert result.elements["spinal_level"].status == "uncertain"
    assert result.elements["imaging_guidance"].status == "uncertain"
    assert result.complete is False


@pytest.mark.parametrize(
    ("procedure", "kind"),
    [
        (
            "PROCEDURE: L3-4 interlaminar epidural blood patch with 15 mL autologous blood for post-dural puncture headache under fluoroscopic guidance.",
            "epidural_blood_patch",
        ),
        (
            "PROCEDURE: Fluoroscopic lumbar puncture at L3-4; opening pressure 18 cm H2O.",
            "lumbar_puncture",
        ),
        ("PROCEDURE: Provocative discography at L4-5 under fluoroscopic guidance.", "discogram"),
        (
            "PROCEDURE: Right L4-5 facet arthrogram and intra-articular facet injection under fluoroscopic guidance.",
            "facet arthrogram",
        ),
    ],
)
def test_wording_esi_look_alikes_are_other(check, procedure, kind):
    result = check(note(procedure=procedure, meds="Lidocaine 1% 2 mL to the skin."))
    assert result.code_check.suggested == "other"
    assert result.code_check.other_procedure == kind
    assert result.complete is False


@pytest.mark.parametrize(
    ("procedure", "done"),
    [
        (
            "PROCEDURE: L4-5 interlaminar ESI under fluoroscopy - CANCELLED, patient took apixaban this morning.",
            False,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. The procedure was aborted after the skin wheal because of a vasovagal episode.",
            False,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopy. BP 212/118 in the holding area; we did not proceed and she will see her PCP.",
            False,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. We postponed the injection: fever of 38.6 C on arrival.",
            False,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. The procedure has been cancelled (fever).",
            False,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. Apixaban was discontinued 3 days before the procedure.",
            True,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. Her previous injection in May was cancelled for a cold.",
            True,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. Had her INR been high, the procedure would have been rescheduled.",
            True,
        ),
        (
            "PROCEDURE: L4-5 interlaminar epidural under fluoroscopic guidance. If her INR is high next time, the procedure will be postponed.",
            True,
        ),
    ],
)
def test_wording_a_cancelled_or_aborted_injection_is_not_done(check, procedure, done):
    # A cancelled word about something else (a drug held, an earlier visit, a condition)
    # leaves the injection done.
    result = check(note(procedure=procedure))
    assert result.code_check.suggested == ("62323" if done else "other")
    assert result.code_check.other_procedure == (None if done else "not_done")
    assert result.complete is done


OP_NOTE = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 05/06/2025
INDICATION: Right L5 radiculopathy.
Pre-procedure VAS: 7/10
{procedure}
Post-procedure VAS: 2/10
Electronically signed by: Dana Whitfield, MD 05/06/2025"""


@pytest.mark.parametrize(
    ("procedure", "code", "level"),
    [
        # "underwent", "had", "received" tell what happened today, not the past
        (
            "The patient underwent an L4-5 interlaminar epidural steroid injection under fluoroscopic guidance today. AP and lateral images confirmed final needle position. Omnipaque 180 showed epidural spread. 80 mg Depo-Medrol was injected.",
            "62323",
            ["L4-L5"],
        ),
        (
            "She had a right L5-S1 ILESI under fluoroscopy. AP and lateral views were saved. Contrast spread in the epidural space. Kenalog 40 mg injected.",
            "62323",
            ["L5-S1"],
        ),
        # an unknown heading ends the indication field; the epidural space named only by the spread
        (
            "Procedure(s): Lumbar interlaminar epidural steroid injection L5-S1 with fluoroscopy. Using loss of resistance a 20g Tuohy was placed. AP and lateral fluoroscopic images documented final placement. Isovue showed good epidural flow. Dexamethasone 10 mg was injected.",
            "62323",
            ["L5-S1"],
        ),
        (
            "DESCRIPTION: Pt prone. L4-5 identified w/ fluoro. 18g Tuohy, LOR to air at L4-5. Contrast (Omni 300, 1cc) w/ good epidural spread on AP + lat. 10mg dex + 4cc NS injected. Pt tol well.",
            "62323",
            ["L4-L5"],
        ),
        (
            "An epidural needle was placed between the spinous processes of L4 and L5 under fluoroscopic guidance. AP and lateral views confirmed final position. Contrast showed epidural spread. Methylprednisolone 80 mg injected.",
            "62323",
            ["L4-L5"],
        ),
        # a transforaminal root, with contrast outlining it
        (
            "Procedure: Right L5 transforaminal ESI. Under fluoroscopic guidance, a 22g spinal needle was advanced to the right L5-S1 neural foramen using an oblique approach. AP and lateral images confirmed needle tip placement. Omnipaque outlined the right L5 nerve root without vascular uptake. Dexamethasone 10 mg injected.",
            "64483",
            ["L5-S1"],
        ),
    ],
)
def test_wording_procedure_descriptions_as_dictated(check, procedure, code, level):
    result = check(OP_NOTE.format(procedure=procedure))
    assert result.code_check.suggested == code
    assert result.elements["spinal_level"].value == level
    assert result.elements["contrast_flow"].status == "present"
    assert result.elements["needle_views"].value == ["ap", "lateral"]


FLOWSHEET = """Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 05/06/2025
INDICATION: Right L5 radiculopathy. Failed physical therapy x 8 weeks and NSAIDs.
PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.
Final needle position was confirmed with AP and lateral views; images saved.
Omnipaque 180, 2 mL, showed epidural spread without intravascular uptake.
Kenalog 80 mg with 2 mL preservative-free saline was injected.

{table}

Electronically signed by: Dana Whitfield, MD 05/06/2025
"""


@pytest.mark.parametrize(
    ("table", "pre", "post"),
    [
        (
            "VITALS / PAIN\nTime | BP     | HR | Pain 0-10 | Phase\n"
            "0812 | 142/88 | 80 | 7         | pre\n0841 | 130/84 | 74 | 3         | post",
            ("present", 7),
            ("present", 3),
        ),
        (
            "PACU FLOWSHEET\nTime   BP       HR  SpO2  Pain(0-10)  RN\n"
            "10:18  138/82   76  98%   --          JKR\n10:48  128/78   70  99%   1           JKR",
            ("missing", None),
            ("present", 1),
        ),
        (
            "Time   BP       HR  Pain(0-10)  RN\n10:18  138/82   76  6           JKR\n"
            "10:48  128/78   70  2           JKR",
            ("uncertain", None),
            ("uncertain", None),
        ),
        # a rule under the header, phase words that open a longer cell, unclosed empty cells
        (
            "Time  | Event                      | Pain 0-10 | BP\n"
            "------+----------------------------+-----------+--------\n"
            "07:55 | Admit, consent signed      | 6         | 150/90\n"
            "08:20 | Needle in                  |           |\n"
            "08:45 | PACU, tolerating fluids    | 2         | 128/80",
            ("present", 6),
            ("present", 2),
        ),
        # a tab-separated export: one tab between cells, an empty pain cell in the row between
        (
            "Vitals\tTime\tBP\tPain (0-10)\tNote\nArrival\t07:10\t144/90\t8\tchair\n"
            "Procedure\t07:40\t150/92\t\t\nRecovery\t08:05\t130/80\t3\tdischarged",
            ("present", 8),
            ("present", 3),
        ),
        # a 100 mm VAS column, the scale explained in the header
        (
            "| Phase     | Time  | VAS (100 mm, 0 = none) |\n|-----------|-------|------|\n"
            "| Pre-block | 07:40 | 64 mm |\n| Recovery  | 08:30 | 12 mm |",
            ("present", 6.4),
            ("present", 1.2),
        ),
    ],
)
def test_wording_scores_in_a_flowsheet_pain_column(check, table, pre, post):
    result = check(FLOWSHEET.format(table=table))
    for element, (status, value) in (("vas_pre", pre), ("vas_post", post)):
        finding = result.elements[element]
        assert (finding.status, finding.value) == (status, value), element


def test_wording_a_one_line_diagnosis_field_ends_at_its_full_stop(check):
    text = (
        "Riverside ASC | Procedure | 04/27/2026\n"
        "Ngata, Tama | DOB 10/30/1980 | MRN RASC-99210\n"
        "Dx: L L5 radiculopathy (L calf/foot pain), MRI L4-5 L HNP.\n"
        "Pre pain 6/10.\n"
        "L4-5 ILESI, fluoro. Omnipaque 2 mL epidural spread. AP + lat final images saved.\n"
        "Dexamethasone 10 mg + NS 2 mL. Post pain 2/10.\n"
        "Electronically signed by Mere Tawhiri, MD 04/27/2026\n"
    )
    result = check(text)
    assert result.elements["spinal_level"].value == ["L4-L5"]
    assert result.code_check.suggested == "62323"
    assert result.complete is True


def test_wording_what_a_cancelled_procedure_names_is_uncertain(check):
    procedure = (
        "PROCEDURE: L3-L4 interlaminar ESI, fluoroscopic guidance, Depo-Medrol 80 mg.\n"
        "Procedure DEFERRED. Not performed today; rebook next week."
    )
    result = check(note(procedure=procedure, views="", contrast="", meds=""))
    assert result.code_check.suggested == "other"
    for element in ("imaging_guidance", "spinal_level", "approach", "medication"):
        assert result.elements[element].status == "uncertain", element


def test_wording_pain_prior_is_the_score_before(check):
    text = (
        "Date of Service: 01/06/2026\n"
        "Patient: Quill, Ada    DOB 02/14/1970    MRN QH-00001\n\n"
        "Indication: right leg sciatica to the calf, MRI L5-S1 right protrusion.\n"
        "Pain prior: 6/10\n\n"
        "L5-S1 interlaminar epidural under fluoroscopy. Omnipaque 2 mL with epidural spread.\n"
        "Final AP and lateral views saved. Kenalog 40 mg injected.\n"
        "Pain after: 2/10\n\n"
        "Signed: Priscilla Dunmore, MD  01/06/2026\n"
    )
    result = check(text)
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 6)


# Speech recognition in lower case, no punctuation: every line is its own sentence.
LOWER_CASE = """riverbend spine dictation
patient hollis varga dob 2 3 1958 mrn 00 314 159 date of service 05/06/2025
indication right l5 radiculopathy pain down the back of the right leg to the ankle failed 8 weeks of physical therapy
pain before the injection 7 out of 10
procedure interlaminar epidural at l4-l5 under fluoroscopy {views} omnipaque 2 ml showed epidural spread kenalog 80 mg was injected the needle was withdrawn
pain after the injection 2 out of 10 in recovery
complications none
electronically signed dana whitfield md 05/06/2025"""


def test_wording_lower_case_dictation_reads_each_line_apart(check):
    result = check(
        LOWER_CASE.format(views="ap and lateral images of the final needle tip were saved")
    )
    identity = result.elements["patient_id"]
    assert (identity.status, identity.value) == ("present", ["dob", "mrn", "name"])
    # "complications none" on the next line does not negate the score above it.
    assert (result.elements["vas_post"].status, result.elements["vas_post"].value) == ("present", 2)
    assert result.complete is True


def test_wording_in_a_run_on_sentence_each_view_keeps_its_own_cue(check):
    views = (
        "an ap image was taken to count the levels and a 20 gauge tuohy needle was advanced "
        "with loss of resistance to saline through the ligamentum flavum into the epidural "
        "space and then a lateral view documented the final needle tip"
    )
    finding = check(LOWER_CASE.format(views=views)).elements["needle_views"]
    assert (finding.status, finding.value) == ("incomplete", ["lateral"])


@pytest.mark.parametrize(
    ("parts", "element", "status"),
    [
        # a spread field whose boxes are all empty describes no spread
        (
            {"contrast": "Contrast: [X] Isovue 2 mL   Spread: [ ] epidural  [ ] intravascular"},
            "contrast_flow",
            "incomplete",
        ),
        (
            {"contrast": "Contrast: [X] Isovue 2 mL   Spread: [X] epidural"},
            "contrast_flow",
            "present",
        ),
        # a pending co-signature is not a signer's name
        (
            {
                "signature": "Fellow: signed Amos Quill, MD\nAttending signature: PENDING CO-SIGNATURE"
            },
            "signature",
            "incomplete",
        ),
        # an unticked diagnosis far from its box, and a ticked axial one
        (
            {
                "indication": (
                    "Diagnosis: [X] M47.816 Lumbar spondylosis without radiculopathy\n"
                    "           [ ] M48.062 Lumbar spinal stenosis with neurogenic claudication"
                )
            },
            "indication",
            "incomplete",
        ),
    ],
)
def test_wording_template_fields_and_signature_states(check, parts, element, status):
    finding = check(note(**parts)).elements[element]
    assert finding.status == status, (finding.status, finding.evidence)


@pytest.mark.parametrize(
    "attachment",
    [
        "===== AFTER YOUR INJECTION (patient copy) =====\n",
        "PATIENT EDUCATION - EPIDURAL INJECTIONS\n",
    ],
)
def test_wording_a_titled_handout_pasted_after_the_note_is_left_out(check, attachment):
    handout = (
        "You may shower tonight. Your doctor uses X-ray pictures from the front and the side.\n"
        "Keep a pain diary and call us with questions, for example: after the injection 2/10.\n"
    )
    result = check(note(post="") + "\n\n" + attachment + handout)
    assert result.elements["vas_post"].status == "missing"
    assert result.complete is False


@pytest.mark.parametrize(
    ("pre", "post", "expected"),
    [
        # the scale's range in the label is not the score
        ("Pre-procedure pain (NRS 0-10): 6", "Post-procedure pain (NRS 0-10, PACU): 1", (6, 1)),
        ("Pre-procedure VAS 0-10: 6", "Post-procedure NRS 0-10 scale: 1", (6, 1)),
        # a parenthesis between the timing word and a field's colon
        (
            "Pain before the block (holding area): 6/10.",
            "Pain after the block (20 min): NRS 1/10.",
            (6, 1),
        ),
        # a table cell times its own score
        ("| Pain | before injection 6/10 | after injection (PACU) 1/10 |", "", (6, 1)),
        # a row of numbered boxes under a timed heading
        (
            "BEFORE THE INJECTION (holding)\nScore: [ ]0 [ ]2 [ ]4 [X]6 [ ]8 [ ]10",
            "AFTER THE INJECTION (recovery, 20 min)\nScore: [ ]0 [X]2 [ ]4 [ ]6 [ ]8 [ ]10",
            (6, 2),
        ),
    ],
)
def test_wording_pain_score_fields_as_templates_print_them(check, pre, post, expected):
    result = check(note(pre=pre, post=post))
    found = (result.elements["vas_pre"].value, result.elements["vas_post"].value)
    assert found == expected, (result.elements["vas_pre"], result.elements["vas_post"])


def test_wording_a_field_label_times_the_score_right_after_it(check):
    # Joined PDF text: "After" sits next to the first score, but it labels the second.
    result = check(note(pre="Pain (VAS 0-10): Before: 8/10 After: 3/10", post=""))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (8, 3)


def test_wording_a_past_procedures_cell_is_history(check):
    history = (
        "| Past procedures   | 2023: diagnostic lumbar puncture, then an epidural blood patch |\n"
        "| Allergies         | none known                                                      |"
    )
    result = check(note(imaging_mri=history))
    assert result.code_check.suggested == "62323"
    assert result.complete is True


def test_wording_a_face_sheet_before_the_note_is_not_the_note(check):
    face_sheet = (
        "REGISTRATION FACE SHEET\n"
        "Patient: Varga, Hollis     DOB: 02/03/1958     MRN: 00-FAKE-3141\n"
        "Financial class: Medicare     Guarantor: self     Emergency contact: sister\n"
        "Scheduled: 05/06/2025 08:30   Procedure: LUMBAR INTERLAMINAR EPIDURAL L4-L5, FLUORO\n"
        + "-" * 60
        + "\n"
    )
    text = (
        "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
        "Date of Service: 05/06/2025\n"
        "Focal paraspinal muscle pain with taut bands and no radiation today.\n"
        "Pre-procedure NRS 6/10.\n"
        "Procedure: trigger point injections x 2, right lumbar paraspinal muscles, by palpation.\n"
        "Injectate: lidocaine 1% 1 mL per point. Complications: none. NRS after 2/10.\n"
        "Electronically signed by: Dana Whitfield, MD 05/06/2025"
    )
    result = check(face_sheet + text)
    assert result.code_check.suggested == "other"
    assert result.elements["spinal_level"].status != "present"
    assert result.elements["imaging_guidance"].status != "present"


@pytest.mark.parametrize(
    ("parts", "element", "value"),
    [
        # contrast that diffused in the epidural space
        (
            {"contrast": "Iopamidol 2 ml: epidural diffusion along the right L5 root."},
            "contrast_flow",
            {"agent": "iopamidol", "spread": True, "contraindication": None},
        ),
        # "IL" after a level is interlaminar
        (
            {
                "header": "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
                "Date of Service: 05/06/2025\n0805 | Site | L4-5 IL, midline",
                "procedure": "",
            },
            "spinal_level",
            ["L4-L5"],
        ),
        # "profile" is the lateral projection in European notes
        (
            {"views": "Final needle position documented in two planes, AP and profile projection."},
            "needle_views",
            ["ap", "lateral"],
        ),
        # a note that writes its dates with full stops writes them day first
        (
            {
                "header": "Patient: Hollis Varga   DOB: 03.02.1958   MRN: 00-FAKE-3141\nDate: 05.06.2025",
                "signature": "Electronically signed by: Dana Whitfield, MD 05.06.2025",
            },
            "date_of_service",
            "2025-06-05",
        ),
    ],
)
def test_wording_european_and_shorthand_forms(check, parts, element, value):
    finding = check(note(**parts)).elements[element]
    assert (finding.status, finding.value) == ("present", value), finding.evidence


def test_wording_a_consent_form_pasted_between_header_and_note_is_left_out(check):
    header = (
        "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\nDate of Service: 05/06/2025"
    )
    consent = (
        "\n\nINFORMED CONSENT (scanned copy)\n"
        "I authorise the doctor to do the injection. I was informed of the risks and the "
        "alternatives.\nPatient signature: H. Varga     Physician signature: D. Whitfield\n"
        + "-"
        * 50
    )
    result = check(note(header=header + consent, signature=""))
    assert result.elements["signature"].status == "missing"
    assert result.complete is False


@pytest.mark.parametrize(
    "indication",
    [
        "INDICATION: Right lumbosciatic pain for 4 months despite physiotherapy x 8 weeks.",
        "INDICATION: Left sciatalgia with irradiation into the posterior calf; PT x 8 weeks failed.",
    ],
)
def test_wording_european_terms_for_radicular_pain(check, indication):
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "present"


def test_wording_a_score_after_a_full_stop_is_not_in_the_sentence_before(check):
    indication = (
        "INDICATION: Right L5 radiculopathy; gabapentin has not controlled the pain. Before the "
        "procedure her pain was 8/10. Failed physical therapy x 8 weeks."
    )
    result = check(note(indication=indication, pre=""))
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 8)


def test_wording_a_word_that_is_both_a_target_and_a_cue_keeps_its_own_rule(check):
    # "CANCELLED" alone is both a cancelled-procedure target and a plan cue over the same
    # characters; spaCy shares span attributes by offsets, so the target read the cue's rule.
    result = check(note(post="*** CANCELLED ***"))
    assert result.error is None
    assert result.code_check.suggested == "other"
    # ... and an item put off is not the procedure put off.
    result = check(note(contrast="Contrast DEFERRED -- iodinated contrast allergy"))
    assert result.code_check.suggested == "62323"


def test_wording_a_lower_case_signature_with_its_credential(check):
    result = check(note(signature="signed: dana whitfield, md 05/06/2025").lower())
    assert result.elements["signature"].status == "present"


def test_wording_bulleted_section_headers_open_their_sections(check):
    text = (
        "- Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
        "- Date of Service: 05/06/2025\n"
        "- INDICATION: Right L5 radiculopathy. Failed physical therapy x 8 weeks and NSAIDs.\n"
        "- PRE-PROCEDURE:\n"
        "- VAS 7/10, seated.\n"
        "- PROCEDURE: L4-5 interlaminar epidural steroid injection under fluoroscopic guidance.\n"
        "- AP and lateral views of the final needle position were saved.\n"
        "- Omnipaque 180, 2 mL, showed epidural spread. Kenalog 80 mg was injected.\n"
        "- POST-PROCEDURE:\n"
        "- VAS 2/10 in recovery.\n"
        "- Electronically signed by: Dana Whitfield, MD 05/06/2025\n"
    )
    result = check(text)
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 7)
    assert result.complete is True


# A note typed in lower case and wrapped at a column (not speech recognition): a line break
# inside a sentence does not end it, and a full stop before a lower-case word does.
LOWER_WRAPPED = """northgate spine center procedure note
patient name: teodoro vasquez-linde
date of birth: 04/11/1961      mrn: 7734001
date of service: 04/02/2026

history: mr. vasquez-linde has left leg pain down the back of the thigh to the
heel from a left l5-s1 protrusion. he completed {care}. at his consultation
in january he rated the leg pain 9/10. today before the injection he rated it
6/10.

procedure: l5-s1 interlaminar epidural steroid injection under fluoroscopic
guidance. a 20 gauge tuohy needle was advanced with loss of resistance. ap and
lateral views confirmed the final needle position. omnipaque 180, 2 ml, showed
epidural spread. triamcinolone 40 mg was injected. in recovery he rated the pain
2/10.

/s/ harriet o. lindqvist, md 04/02/2026
"""


def test_wording_a_lower_case_note_wrapped_at_a_column(check):
    result = check(LOWER_WRAPPED.format(care="8 wks pt + meds without relief"))
    elements = result.elements
    assert (elements["patient_id"].status, elements["patient_id"].value) == (
        "present",
        ["dob", "mrn", "name"],
    )
    # The consultation's 9/10 is history; today's score is the one before the injection.
    assert (elements["vas_pre"].status, elements["vas_pre"].value) == ("present", 6)
    assert (elements["vas_post"].status, elements["vas_post"].value) == ("present", 2)
    assert elements["signature"].status == "present"
    assert elements["conservative_care"].value["weeks"] == 8
    assert result.complete is True


@pytest.mark.parametrize(
    ("care", "status"),
    [
        ("8 wks pt + meds without relief", "present"),
        ("six weeks of pt without relief", "present"),
        ("a course of pt 6 weeks ago", "present"),
        # "pt" in lower case is the patient unless the words around it say therapy.
        ("the visit, and pt was told to rest", "missing"),
    ],
)
def test_wording_pt_in_lower_case_is_therapy_only_by_its_context(check, care, status):
    assert check(LOWER_WRAPPED.format(care=care)).elements["conservative_care"].status == status


def test_wording_without_punctuation_a_guidance_cue_past_the_line_still_steers_the_view(check):
    # Dictation without full stops: "guided" sits on the next line, which a capital starts.
    views = (
        "Under AP contralateral oblique and lateral fluoroscopic projections an 18-gauge\n"
        "Tuohy needle was guided through the ligamentum flavum into the posterior epidural "
        "space with loss of resistance to saline and the stylet was then removed"
    )
    finding = check(note(views=views)).elements["needle_views"]
    assert finding.status == "uncertain"


@pytest.mark.parametrize(
    "history",
    [
        "Six weeks of PT and naproxen without lasting relief Pain before the injection 7/10",
        "PT 8 weeks and gabapentin no real change Pain 7/10 before the injection",
        "PT 12 weeks and acetaminophen did not help Pre-procedure VAS 7/10",
    ],
)
def test_wording_a_failed_treatment_does_not_negate_the_score_after_it(check, history):
    # Dictation without full stops: "without relief", "no real change" and "did not help" say
    # how a treatment went; they do not negate the pain score that follows.
    result = check(note(pre=history))
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 7)


def test_wording_a_capital_no_after_a_lower_case_word_opens_a_sentence(check):
    post = "Kenalog injected without resistance No complications Pain after the injection 2/10"
    result = check(note(post=post))
    assert (result.elements["vas_post"].status, result.elements["vas_post"].value) == ("present", 2)


@pytest.mark.parametrize(
    ("parts", "element", "status"),
    [
        # A score given at an earlier visit, with that visit's date between cue and score.
        (
            {"pre": "At her consultation on 02/03/2026 she rated the leg pain 8/10."},
            "vas_pre",
            "missing",
        ),
        # A month and year with no day is an earlier time.
        (
            {
                "pre": "Pain trajectory: after the 02/2026 injection 3/10; at the 05/2026 visit 6/10."
            },
            "vas_pre",
            "missing",
        ),
        # A transcriptionist's gap leaves the score blank.
        (
            {"post": "Post procedure pain score was [inaudible] out of 10."},
            "vas_post",
            "incomplete",
        ),
    ],
)
def test_wording_scores_from_other_times_and_gaps(check, parts, element, status):
    assert check(note(**parts)).elements[element].status == status


def test_wording_a_sentence_about_the_earlier_procedure_is_history(check):
    text = note(
        indication=(
            "INDICATION: Right L5 radiculopathy. Failed physical therapy x 8 weeks and NSAIDs. "
            "His prior L4-L5 ILESI on 11/17/2025 was performed under fluoroscopy with AP and "
            "lateral views saved and contrast confirming epidural spread."
        ),
        views="Technique as previously described.",
        contrast="",
    )
    result = check(text)
    assert result.elements["needle_views"].status != "present"
    assert result.elements["contrast_flow"].status != "present"


def test_wording_lysis_of_adhesions_is_not_an_esi(check):
    procedure = (
        "PROCEDURE: Percutaneous epidural lysis of adhesions (Racz procedure), caudal approach, "
        "with fluoroscopic guidance."
    )
    result = check(note(procedure=procedure))
    assert result.code_check.suggested == "other"
    assert result.complete is False


@pytest.mark.parametrize(
    ("pre", "post"),
    [
        ("Pre pain ....... 6/10", "Post pain ...... 2/10"),
        ("pre procedure pain. 6/10.", "post procedure pain. 2/10. At discharge."),
        ("Pain before procedure: FACES 6 (hurts even more).", "Pain after procedure: FACES 2."),
        (
            "3. PRE-PROCEDURE PAIN\n   6/10 (NRS), in pre-op holding.",
            "6. POST-PROCEDURE PAIN\n   2/10.",
        ),
    ],
)
def test_wording_score_labels_with_leaders_stops_faces_and_numbered_headings(check, pre, post):
    result = check(note(pre=pre, post=post))
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 6)
    assert (result.elements["vas_post"].status, result.elements["vas_post"].value) == ("present", 2)


@pytest.mark.parametrize(
    ("header", "found"),
    [
        ("Pt Hawthorne-Egbuna, Lucius | DOB 02/15/1970 | MRN RPC-90113", ["dob", "mrn", "name"]),
        # a name with no label just before the birth date; a single space before "DOB"
        (
            "04/02/2026  Philippa Arkwright-Osei  DOB 06/30/1971  MRN 5530217",
            ["dob", "mrn", "name"],
        ),
        ("Name: Leonora Vashti-Okafor DOB 10/02/1966 MRN RSC-1180442", ["dob", "mrn", "name"]),
        ("Pat.: Stanhope-Mensah, Augustin, born 03.07.1950 (DOB 07/03/1950)", ["dob", "name"]),
        ("Hospital number (MRN): 5521904   Date of birth: 14/02/1958", ["dob", "mrn"]),
        (
            "Patient: Bergström-Eze, Anselm   DOB 01/21/1971   MRN QSC-550281",
            ["dob", "mrn", "name"],
        ),
        (
            "Patient\tHuxley-Adebanjo, Temperance\nDOB\t04/04/1966\nMRN\tHX-33120",
            ["dob", "mrn", "name"],
        ),
        (
            "PATIENT NAME Marisela Brightwater   DOB 03/15/1972   MRN BX-210977",
            ["dob", "mrn", "name"],
        ),
        ("Patient: Hollis Varga   DOB: 02/03/1958\nMRN: HM 1120457", ["dob", "mrn", "name"]),
    ],
)
def test_wording_patient_headers_of_terse_and_exported_notes(check, header, found):
    identity = check(note(header=header + "\nDate of Service: 05/06/2025")).elements["patient_id"]
    assert (identity.status, identity.value) == ("present", found)


@pytest.mark.parametrize(
    ("contrast", "status", "spread"),
    [
        # A shellfish allergy or kidney disease is not a contrast allergy or pregnancy.
        ("Given the patient's shellfish allergy, no contrast was injected.", "negated", None),
        ("No contrast was used because of her chronic kidney disease.", "negated", None),
        ("No contrast was used due to a documented iodinated contrast allergy.", "present", False),
        # A template's pattern field, and contrast placed along a root with no verb.
        ("Contrast: Isovue 200, 2 mL\nContrast pattern: epidural, right sided", "present", True),
        (
            "Omnipaque 180 1 mL: contrast along the right L5 root sleeve, no vascular flow.",
            "present",
            True,
        ),
        # With the allergy, another agent was injected and its spread described.
        (
            "Because of the iodinated contrast allergy, 1 mL of gadobutrol (gadolinium) was "
            "injected and showed an epidural pattern.",
            "present",
            True,
        ),
    ],
)
def test_wording_contrast_reasons_follow_the_payer_rule(check, contrast, status, spread):
    finding = check(note(contrast=contrast)).elements["contrast_flow"]
    assert finding.status == status
    if spread is not None:
        assert finding.value["spread"] is spread


def test_wording_a_flowsheet_laid_out_by_column_times_each_score_by_its_header(check):
    flowsheet = (
        "Row             | 07:50 Pre | 08:18 Intra | 08:40 PACU | 09:05 D/C\n"
        "----------------+-----------+-------------+------------+----------\n"
        "BP              | 148/90    | 152/92      | 134/84     | 130/82\n"
        "Pain NRS (0-10) | 6         | --          | 2          | 2\n"
        "RN initials     | KD        | KD          | AO         | AO"
    )
    result = check(note(pre=flowsheet, post=""))
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 6)
    assert (result.elements["vas_post"].status, result.elements["vas_post"].value) == ("present", 2)


def test_wording_vitals_headings_with_a_phase_time_their_scores(check):
    pre = "VITALS - PRE (08:12)\n  BP 126/80 | HR 72 | SpO2 99% RA | Pain 6/10 (NRS) R leg"
    post = "VITALS - POST (08:55)\n  BP 122/78 | HR 68 | SpO2 99% RA | Pain 1/10 (NRS)"
    result = check(note(pre=pre, post=post))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (6, 1)


def test_wording_a_ticked_answer_belongs_to_the_field_after_the_run_of_spaces(check):
    pre = "PRE-PROCEDURE\nPain NRS (0-10): 6       Anticoag held: [ ] Y  [x] N/A"
    result = check(note(pre=pre))
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 6)


@pytest.mark.parametrize(
    ("parts", "element", "status"),
    [
        # Speech recognition spells the view out.
        (
            {"views": "Final needle position was confirmed on A P and lateral images, saved."},
            "needle_views",
            "present",
        ),
        (
            {
                "contrast": "CONTRAST ....... NOT USED - documented anaphylaxis to iodinated contrast."
            },
            "contrast_flow",
            "present",
        ),
        # A filled field keeps its value when the template's blank tail is left in.
        (
            {
                "procedure": "PROCEDURE: L4-5 interlaminar epidural steroid injection.\nIMAGING GUIDANCE: fluoroscopy ___"
            },
            "imaging_guidance",
            "present",
        ),
        # An empty field is still empty.
        ({"contrast": "Contrast: ______"}, "contrast_flow", "incomplete"),
    ],
)
def test_wording_spelled_views_anaphylaxis_and_blank_tails(check, parts, element, status):
    assert check(note(**parts)).elements[element].status == status


def test_wording_an_earlier_visit_pasted_above_the_note_is_history_to_its_end_marker(check):
    earlier = (
        "=== PRIOR CLINIC VISIT (included for reference) ===\n"
        "Office Visit 03/02/2026\n"
        "S: Left leg pain to the lateral foot x 3 months, 8/10. PT 6 weeks and meloxicam failed.\n"
        "A/P: Left S1 radiculopathy. Schedule L5-S1 interlaminar ESI with fluoroscopy.\n"
        "=== END PRIOR VISIT ===\n"
    )
    text = earlier + note(pre="S: Here for the scheduled injection. Symptoms unchanged.")
    result = check(text)
    # The earlier visit's 8/10 is not today's score; its history still supports the need.
    assert result.elements["vas_pre"].status != "present"
    assert result.elements["conservative_care"].status == "present"
    assert result.complete is False


def test_wording_a_copied_block_with_an_end_marker_stays_copied_through_its_headers(check):
    copied = (
        "[Copied forward from the 01/14/2026 procedure note]\n"
        "Procedure: L4-L5 interlaminar ESI. Fluoroscopy used.\n"
        "AP and lateral images of the final needle position saved to PACS.\n"
        "[End of copied text]"
    )
    views = "P: Repeat L4-L5 interlaminar ESI performed today. Final needle position confirmed."
    result = check(note(imaging_mri=copied, views=views))
    # The copied block's views were of the January injection; today's names none.
    assert result.elements["needle_views"].status != "present"
    # "Repeat ... performed today" is done, not put off.
    assert result.code_check.suggested == "62323"


def test_wording_an_attached_authorization_letter_is_not_the_procedure(check):
    letter = (
        "--- Attached: prior authorization letter ---\n"
        "I request approval for a lumbar interlaminar epidural steroid injection at L4-L5 "
        "(CPT 62323) under fluoroscopy.\n"
        "--- end of letter ---"
    )
    procedure = "PROCEDURE: Bilateral L4-L5 and L5-S1 lumbar medial branch blocks."
    result = check(note(imaging_mri=letter, procedure=procedure))
    assert result.code_check.suggested == "other"


@pytest.mark.parametrize(
    ("indication", "weeks"),
    [
        ("INDICATION: Right L5 radiculopathy. She completed a 6-week course of PT.", 6),
        ("INDICATION: Right L5 radiculopathy. 42 days of physical therapy without relief.", 6),
    ],
)
def test_wording_conservative_care_in_hyphenated_weeks_and_in_days(check, indication, weeks):
    finding = check(note(indication=indication)).elements["conservative_care"]
    assert (finding.status, finding.value["weeks"]) == ("present", weeks)


@pytest.mark.parametrize(
    ("parts", "element", "status"),
    [
        # Without punctuation: no colon after the label, no "by" after "signed".
        (
            {"header": "PATIENT NAME Teodoro Vasquez-Linde\nDOB 02/03/1958\nMRN 7734001"},
            "patient_id",
            "present",
        ),
        ({"signature": "Signed R Abiodun-Kessler MD 05/06/2025"}, "signature", "present"),
        # "no compl" is "no complications", not a negated score.
        ({"post": "Tol well no compl Pain 2/10 after walking the hall"}, "vas_post", "present"),
    ],
)
def test_wording_unpunctuated_labels_signatures_and_abbreviations(check, parts, element, status):
    assert check(note(**parts)).elements[element].status == status


def test_wording_a_level_field_of_a_template_is_the_injected_level(check):
    procedure = (
        "Level:       L4-L5     Approach: [x] interlaminar  [ ] caudal   Entry: left paramedian\n"
        "Imaging:     [x] fluoroscopy  [ ] CT"
    )
    finding = check(note(procedure=procedure, imaging_mri="")).elements["spinal_level"]
    assert (finding.status, finding.value) == ("present", ["L4-L5"])


def test_wording_a_score_in_words_out_of_10(check):
    pre = "she rates her pain today before the injection at an eight out of 10"
    finding = check(note(pre=pre)).elements["vas_pre"]
    assert (finding.status, finding.value) == ("present", 8)


@pytest.mark.parametrize(
    "care",
    [
        "Prior treatment: ☒ PT (12 weeks, spring 2026)  ☐ chiropractic  ☒ NSAIDs",
        "Tried: PT (x 12 wks) and gabapentin.",
    ],
)
def test_wording_therapy_ticked_or_with_its_duration_in_brackets(check, care):
    result = check(note(indication="INDICATION: Left S1 radiculopathy.", care=care))
    finding = result.elements["conservative_care"]
    assert (finding.status, finding.value["weeks"]) == ("present", 12)


@pytest.mark.parametrize(
    ("procedure", "side", "foramen"),
    [
        ("PROCEDURE: Left C7 selective nerve root block under fluoroscopy.", "left", ["C6-C7"]),
        ("P: R L4 transforaminal ESI performed today with fluoro.", "right", ["L4-L5"]),
        (
            "PROCEDURE: Right and left L5 nerve roots injected through the L5-S1 foramina "
            "under fluoroscopy.",
            "bilateral",
            ["L5-S1"],
        ),
    ],
)
def test_wording_the_side_written_with_the_root_is_the_transforaminal_side(
    check, procedure, side, foramen
):
    result = check(note(procedure=procedure))
    elements = result.elements
    assert (elements["laterality"].status, elements["laterality"].value) == ("present", side)
    assert elements["foramen_level"].value == foramen


def test_wording_a_caudal_entry_has_no_transforaminal_side(check):
    procedure = (
        "PROCEDURE: Caudal epidural steroid injection under fluoroscopy; the catheter was "
        "steered toward the left L5 nerve root and left L5-S1 foramen."
    )
    elements = check(note(procedure=procedure)).elements
    assert elements["laterality"].status == "missing"
    assert elements["foramen_level"].status == "missing"
    assert elements["approach"].value["approach"] == "caudal"


def test_wording_speech_recognition_in_lower_case_with_acronyms_at_line_starts(check):
    text = (
        "procedure note dictated by voice recognition\n"
        "name tobias quenneville-arkwright date of birth 03/14/1961 MRN 55-FAKE-210\n"
        "DOS 05/04/2026\n"
        "indication left leg pain in an S1 distribution for 5 months\n"
        "MRI left L5-S1 protrusion touching the S1 root\n"
        "he did 8 weeks of PT and is no better\n"
        "pre procedure pain 7/10 numeric rating scale\n"
        "procedure under fluoroscopy left paramedian interlaminar epidural at L5-S1\n"
        "AP and lateral images of the final needle position saved\n"
        "Omnipaque 240 2 mL showed epidural spread along the left S1 root\n"
        "injected triamcinolone 40 mg with 2 mL saline\n"
        "post procedure pain 2/10 at discharge\n"
        "electronically signed hedda lindqvist-mbeki MD 05/04/2026\n"
    )
    result = check(text)
    # "is no better" ends its line: it does not negate the score on the next one.
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 7)
    assert result.complete is True


def test_wording_a_misspelling_inside_a_score_sentence_is_not_what_the_score_rests_on(check):
    pre = "Pain just before the epidrual was 7 out of 10."
    result = check(note(pre=pre))
    finding = result.elements["vas_pre"]
    assert (finding.status, finding.value) == ("present", 7)
    assert not any(e.fuzzy for e in finding.evidence)
    assert result.complete is True
    # A misspelled key word that an element does rest on still asks for review.
    imaging = check(note(procedure="PROCEDURE: L4-5 interlaminar ESI under flouroscopy."))
    assert imaging.complete is False


GRID_TEMPLATE = (
    "EPIDURAL PROCEDURE RECORD (fictional)\n"
    "Patient: Quillfeather, Rosamund        DOB 07/22/1957\n"
    "MRN: QF-220931                         DOS: 05/12/2026\n"
    "Indication: L S1 radiculopathy, L5-S1 HNP on MRI; PT 8 wk failed.\n"
    "Procedure      [X] ILESI   [ ] TFESI   [ ] Caudal\n"
    "Level          L5-S1\n"
    "Imaging        [X] Fluoro  [ ] CT  [ ] US\n"
    "Contrast       Isovue-M 200 2 mL, epidural spread, no vascular uptake\n"
    "Final views    [X] AP  [X] Lateral  [ ] CLO      Saved to PACS [X]\n"
    "Injectate      Dexamethasone 10 mg + NS 2 mL\n"
    "Pain NRS       Pre: 7      Post (20 min): 2\n"
    "Signature: electronically signed O. Marchetti-Nakamura, MD 05/12/2026\n"
)


def test_wording_a_grid_template_with_fields_set_off_by_spaces(check):
    result = check(GRID_TEMPLATE)
    elements = result.elements
    assert elements["spinal_level"].value == ["L5-S1"]
    # The unticked oblique box is not a view; the run of spaces makes the line box-first.
    assert elements["needle_views"].value == ["ap", "lateral"]
    assert (elements["vas_post"].status, elements["vas_post"].value) == ("present", 2)
    assert result.complete is True


def test_wording_pregnancy_rules_out_fluoroscopy_and_contrast(check):
    procedure = (
        "PROCEDURE: L4-5 interlaminar epidural steroid injection under ultrasound guidance. "
        "She is 20 weeks pregnant: fluoroscopy avoided and no contrast given for that reason."
    )
    result = check(note(procedure=procedure, contrast="", views=""))
    elements = result.elements
    assert elements["imaging_guidance"].status == "negated"
    assert result.code_check.suggested == "62322"
    contrast = elements["contrast_flow"]
    assert contrast.status == "present" and contrast.value["contraindication"]


@pytest.mark.parametrize(
    ("header", "dos"),
    [
        (
            "Visit 03/09/2026 -- Dr. P. Okonjo-Varga\nPatient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141",
            "2026-03-09",
        ),
        ("03/16/2026  Hollis Varga  DOB 02/03/1958  MRN 00-FAKE-3141", "2026-03-16"),
        # an earlier office visit pasted above the note is not the date of service
        (
            "Office Visit 01/05/2026\nPatient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
            "Date of service: 02/11/2026",
            "2026-02-11",
        ),
    ],
)
def test_wording_dates_of_terse_entries(check, header, dos):
    finding = check(note(header=header)).elements["date_of_service"]
    assert (finding.status, finding.value) == ("present", dos)


def test_wording_a_ct_in_the_allergy_history_is_not_ct_guidance(check):
    header = (
        "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\nDate of Service: 05/06/2025\n"
        "ALLERGIES: iodinated contrast (throat swelling with CT contrast, epinephrine given)."
    )
    finding = check(note(header=header)).elements["imaging_guidance"]
    assert (finding.status, finding.value) == ("present", "fluoroscopy")


@pytest.mark.parametrize(
    "views",
    [
        "Under fluoroscopy (AP and lateral) the Tuohy needle was advanced to the interspace.",
        "Using AP and lateral fluoroscopy, the 20 g needle was slowly advanced toward L4-5.",
    ],
)
def test_wording_views_named_while_the_needle_goes_in_are_guidance(check, views):
    finding = check(note(views=views)).elements["needle_views"]
    assert finding.status == "uncertain"


def test_wording_a_form_drawn_as_a_box_reads_values_across_its_lines(check):
    # Arrange: a case report form boxed with "|" on every line; the contrast value runs onto
    # the next line of the box
    lines = [
        "Patient   : Hollis Varga     DOB: 02/03/1958     MRN: 00-FAKE-3141",
        "Visit date: 05/06/2025",
        "Indication: right L5 radiculopathy; failed PT x 8 weeks and NSAIDs",
        "VAS pre   : 7/10",
        "Procedure : L4-5 interlaminar ESI, fluoroscopic guidance",
        "Views     : AP and lateral of the final needle position, saved",
        "Contrast  : Omnipaque 180 2 mL; posterior epidural",
        "            spread, no intravascular uptake",
        "Injectate : Kenalog 80 mg + PF saline 2 mL",
        "VAS post  : 2/10",
        "Signed    : Dana Whitfield, MD 05/06/2025",
    ]
    border = "+" + "-" * 72 + "+"
    boxed = "\n".join([border, *(f"|  {line:<70}|" for line in lines), border])
    # Act
    result = check(boxed)
    # Assert
    contrast = result.elements["contrast_flow"]
    assert contrast.status == "present", (contrast.status, contrast.evidence)
    assert contrast.value["spread"] is True
    assert result.complete is True


@pytest.mark.parametrize(
    "scale",
    [
        "Pain scale: 100 mm visual analogue scale (0 = no pain, 100 = worst imaginable)",
        "Pain scale used: 100-mm visual analog scale, 0 = no pain and 100 = worst pain",
        "Scale: NRS 0-10 (0 = none, 10 = worst possible)",
    ],
)
def test_wording_a_scale_definition_is_not_a_score(check, scale):
    # Act
    result = check(note(pre=f"{scale}\nPre-procedure VAS: 70 mm", post="Post-procedure VAS: 20 mm"))
    # Assert
    assert result.elements["vas_pre"].value == 7
    assert result.elements["vas_post"].value == 2


FORM = """FLUOROSCOPICALLY GUIDED LUMBAR EPIDURAL INJECTION - PROCEDURE FORM
Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141
Date of Service: 05/06/2025
Indication: [x] radiculopathy, right L5, failed PT x 8 weeks and NSAIDs
Pre-procedure pain: 7/10
Level: [x] L4-L5   Approach: [x] interlaminar
Guidance: [x] fluoroscopy
Contrast: [ ] Omnipaque ___ mL   Spread: [ ] epidural
Final views saved: [ ] AP  [ ] lateral
Injectate: [x] Kenalog 80 mg  [x] PF saline 2 mL
Post-procedure pain: 2/10
Comment: {comment}
Electronically signed by: Dana Whitfield, MD 05/06/2025"""


@pytest.mark.parametrize(
    "comment",
    [
        "The fluoroscope malfunctioned before the start and no other unit was free; the patient "
        "chose to go ahead, and the injection was done by loss of resistance technique alone. "
        "No contrast was used.",
        "C-arm was unavailable today (in the OR). Injection performed without fluoroscopy by "
        "loss-of-resistance; contrast was not given.",
    ],
)
def test_wording_the_narrative_outranks_a_form_ticked_for_fluoroscopy(check, comment):
    # Act
    result = check(FORM.format(comment=comment))
    # Assert
    assert result.elements["imaging_guidance"].status == "negated"
    assert result.elements["contrast_flow"].status == "negated"
    assert result.code_check.suggested == "62322"


def test_wording_a_form_ticked_for_fluoroscopy_stands_without_such_words(check):
    # Arrange: the comment does not say imaging was left out
    result = check(FORM.format(comment="Tolerated well; no complications."))
    # Assert
    assert result.elements["imaging_guidance"].status == "present"
    assert result.code_check.suggested == "62323"


@pytest.mark.parametrize(
    "meds",
    [
        "Kenalog 80 mg diluted with 2 mL of preservative-free 0.9% sodium chloride was injected.",
        "Injectate: Kenalog 80 mg + 0.9% NaCl 2 mL.",
    ],
)
def test_wording_saline_by_its_chemical_name_is_the_diluent(check, meds):
    assert check(note(meds=meds)).elements["medication"].value == ["saline", "triamcinolone"]


@pytest.mark.parametrize(
    ("meds", "names"),
    [
        (
            "Skin: chloroprocaine 3% 3 mL (lidocaine avoided, allergy). Kenalog 80 mg injected.",
            ["chloroprocaine", "triamcinolone"],
        ),
        (
            "Injectate: triamcinolone 40 mg, levobupivacaine 0.25% 2 mL, fentanyl 50 mcg.",
            ["fentanyl", "levobupivacaine", "triamcinolone"],
        ),
        ("Mepivacaine 1% to skin; Kenalog 80 mg epidurally.", ["mepivacaine", "triamcinolone"]),
    ],
)
def test_wording_other_injectates_are_named_and_an_avoided_drug_is_not(check, meds, names):
    assert check(note(meds=meds)).elements["medication"].value == names


@pytest.mark.parametrize(
    ("procedure", "levels"),
    [
        (
            "PROCEDURE: lumbar interlaminar epidural steroid injection L 4 5 under fluoroscopy",
            ["L4-L5"],
        ),
        ("PROCEDURE: interlaminar ESI at L 5 S 1 with fluoroscopic guidance.", ["L5-S1"]),
        (
            "PROCEDURE: needle placed at the L4 5 interspace under fluoroscopy; lumbar interlaminar ESI.",
            ["L4-L5"],
        ),
    ],
)
def test_wording_a_level_dictated_with_spaces_is_read(check, procedure, levels):
    assert check(note(procedure=procedure)).elements["spinal_level"].value == levels


def test_wording_spaced_numbers_that_are_not_adjacent_are_not_a_level(check):
    result = check(
        note(
            procedure="PROCEDURE: lumbar interlaminar ESI at L4-L5 under fluoroscopy. L 4 8 mm lesion noted."
        )
    )
    assert result.elements["spinal_level"].value == ["L4-L5"]


@pytest.mark.parametrize(
    "procedure",
    [
        "PROCEDURE: lumbar interlaminar ESI at L4-5, landmark technique; no imaging used.",
        "PROCEDURE: L4-5 interlaminar epidural by landmark guidance, without fluoroscopy.",
        "PROCEDURE: L4-5 interlaminar epidural. No imaging needed given her habitus.",
        "PROCEDURE: L4-5 interlaminar epidural; image guidance was not used.",
    ],
)
def test_wording_an_injection_said_done_without_imaging_negates_guidance(check, procedure):
    result = check(note(procedure=procedure, views=None, contrast=None))
    assert result.elements["imaging_guidance"].status == "negated"
    assert result.code_check.suggested == "62322"


def test_wording_no_imaging_on_file_in_the_history_is_not_about_guidance(check):
    result = check(note(imaging_mri="HISTORY: no imaging of the lumbar spine on file."))
    assert result.elements["imaging_guidance"].status == "present"


@pytest.mark.parametrize(
    "views",
    [
        "final needle position confirmed on A P and lateral images which were saved",
        "Needle tip seen in the epidural space on a P and lateral views, saved to PACS.",
    ],
)
def test_wording_an_ap_view_spelled_in_letters_is_fuzzy_evidence(check, views):
    result = check(note(views=views))
    assert result.elements["needle_views"].value == ["ap", "lateral"]
    assert result.elements["needle_views"].review is not None
    assert result.complete is False


def test_wording_an_ap_view_written_with_a_hyphen_is_not_fuzzy(check):
    result = check(note(views="Final needle position confirmed on A-P and lateral views; saved."))
    assert result.elements["needle_views"].review is None
    assert result.complete is True


@pytest.mark.parametrize(
    "procedure",
    [
        "PROCEDURE: Caudal epidural catheter placed under fluoroscopy, catheter threaded up to the\nL4-5 level and left in place for infusion.",
        "PROCEDURE: Caudal epidural under fluoroscopy; tip at L4-5. Catheter secured and connected to a ropivacaine 0.1% infusion at 6 mL/h.",
    ],
)
def test_wording_a_catheter_left_for_infusion_across_a_line_or_a_decimal(check, procedure):
    result = check(note(procedure=procedure))
    assert result.elements["approach"].value == {"approach": "caudal", "catheter": True}


def test_wording_imaging_and_contrast_avoided_together_are_both_not_used(check):
    text = note(
        procedure=(
            "PROCEDURE: She is 22 weeks pregnant, so fluoroscopy and iodinated contrast were avoided."
            " L4-5 interlaminar ESI with ultrasound to find the interspace."
        ),
        views=None,
        contrast="No contrast (pregnancy).",
    )
    result = check(text)
    assert result.elements["imaging_guidance"].status == "negated"
    assert result.elements["contrast_flow"].value["contraindication"] is not None
    assert result.code_check.suggested == "62322"


def test_wording_a_structure_avoided_under_fluoroscopy_leaves_the_guidance(check):
    text = note(
        procedure="PROCEDURE: L4-5 interlaminar ESI under fluoroscopy; the dura was avoided."
    )
    assert check(text).elements["imaging_guidance"].status == "present"


def test_wording_a_blank_tail_after_a_filled_score_leaves_the_score(check):
    result = check(
        note(pre="Pre-procedure NRS: 7/10 ______", post="Post-procedure NRS: 2/10 ______")
    )
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_post"].status == "present"


@pytest.mark.parametrize(
    "post",
    ["Post procedure pain score was [inaudible] out of 10.", "Post-procedure VAS: ___/10"],
)
def test_wording_a_placeholder_in_place_of_the_score_is_blank(check, post):
    assert check(note(post=post)).elements["vas_post"].status == "incomplete"


@pytest.mark.parametrize(
    "indication",
    [
        "INDICATION: Positional headache since a lumbar puncture 4 days ago; post-dural puncture headache.",
        "INDICATION: Evaluation for normal pressure hydrocephalus; CSF opening pressure requested.",
    ],
)
def test_wording_a_reason_that_is_not_an_esi_indication_leaves_it_incomplete(check, indication):
    finding = check(note(indication=indication)).elements["indication"]
    assert finding.status == "incomplete"


def test_wording_nph_insulin_in_a_medication_list_is_not_a_reason(check):
    result = check(note(imaging_mri="MEDICATIONS: NPH insulin 20 units nightly."))
    assert result.elements["indication"].status == "present"


def test_wording_a_root_the_contrast_outlined_gives_the_region_without_a_level(check):
    result = check(
        note(
            procedure="PROCEDURE: Interlaminar ESI at the symptomatic level under fluoroscopic guidance.",
            contrast="Omnipaque 240, 2 mL: epidural spread on the left with filling along the L5 root.",
        )
    )
    assert result.elements["spinal_level"].status == "missing"
    assert result.elements["region"].value == "lumbar"


def test_wording_a_procedure_stopped_before_the_needle_leaves_the_level_uncertain(check):
    text = note(
        procedure=(
            "PROCEDURE: Under fluoroscopy the L4-5 interspace was marked for an interlaminar ESI."
            " After the skin wheal the patient became presyncopal; the procedure was aborted and"
            " no epidural needle was placed."
        ),
        views=None,
        contrast=None,
        meds=None,
    )
    result = check(text)
    assert result.elements["spinal_level"].status == "uncertain"
    assert result.elements["approach"].status == "uncertain"
    assert result.code_check.suggested == "other"


def test_wording_a_procedure_stopped_after_the_needle_keeps_its_level(check):
    text = note(
        contrast="Omnipaque showed vascular uptake; the procedure was aborted before the steroid.",
        meds=None,
    )
    assert check(text).elements["spinal_level"].status == "present"


@pytest.mark.parametrize(
    "contrast",
    [
        "Contrast was injected and the pattern was satisfactory.",
        "Omnipaque 180, 2 mL, injected with good spread and no vascular uptake.",
    ],
)
def test_wording_contrast_called_good_without_saying_where_it_went_is_incomplete(check, contrast):
    assert check(note(contrast=contrast)).elements["contrast_flow"].status == "incomplete"


def test_wording_good_epidural_spread_says_where(check):
    result = check(note(contrast="Omnipaque 180, 2 mL: good epidural spread, no vascular uptake."))
    assert result.elements["contrast_flow"].status == "present"


@pytest.mark.parametrize(
    "history",
    [
        "HPI: Her leg pain has been 8/10 over the past month.",
        "HPI: Over the last two weeks his pain averages 9/10.",
    ],
)
def test_wording_a_score_over_a_past_stretch_is_not_todays_pre_score(check, history):
    result = check(note(imaging_mri=history, pre=None))
    assert result.elements["vas_pre"].status != "present"


def test_wording_a_radiculopathy_ruled_out_is_not_the_indication(check):
    text = note(
        indication="INDICATION: Lumbar facet arthropathy; L5 radiculopathy ruled out on EMG."
    )
    result = check(text)
    assert result.elements["indication"].status == "incomplete"
    assert result.complete is False


@pytest.mark.parametrize(
    "procedure",
    [
        "PROCEDURE: L4-5 interlaminar ESI under fluoroscopic guidance (planned; patient declined today).",
        "PROCEDURE: L4-5 interlaminar ESI under fluoroscopy. After discussion the patient declined the procedure.",
    ],
)
def test_wording_a_procedure_the_patient_declined_was_not_done(check, procedure):
    result = check(note(procedure=procedure))
    assert result.code_check.suggested == "other"
    assert result.complete is False


def test_wording_declining_sedation_is_not_declining_the_procedure(check):
    result = check(note(pre="Pre-procedure VAS: 7/10. The patient declined sedation."))
    assert result.code_check.suggested == "62323"
    assert result.complete is True


@pytest.mark.parametrize(
    "indication",
    [
        "INDICATION: Chronic low back pain without leg symptoms; failed 8 weeks of PT.",
        "INDICATION: Low back pain, no radiation, for 6 months despite PT x 8 weeks.",
    ],
)
def test_wording_back_pain_said_not_to_travel_is_axial(check, indication):
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "incomplete"
    assert result.complete is False


def test_wording_back_pain_beside_a_radiculopathy_keeps_the_indication(check):
    text = note(indication="INDICATION: Low back pain without radiation; left L5 radiculopathy.")
    assert check(text).elements["indication"].status == "present"


@pytest.mark.parametrize(
    "post",
    [
        "Recovery: her pain is expected to come down to about 2/10 as the bupivacaine takes effect.",
        "Post-procedure VAS: 2/10 anticipated once the local anesthetic wears off.",
        "Post-procedure: pain should settle to 1/10 within the hour; not rechecked before discharge.",
    ],
)
def test_wording_a_predicted_post_score_is_not_a_measured_one(check, post):
    result = check(note(post=post))
    assert result.elements["vas_post"].status != "present"
    assert result.complete is False


def test_wording_a_post_score_as_expected_is_still_measured(check):
    result = check(note(post="Post-procedure VAS: 2/10, improved as expected."))
    assert result.elements["vas_post"].status == "present"


@pytest.mark.parametrize(
    "views",
    [
        "The L4-5 interspace was counted from the sacrum on an AP view. A lateral image confirmed"
        " the final needle tip in the epidural space and was saved.",
        "Level identified on an AP view, counting up from S1. Final needle position confirmed on a"
        " lateral view.",
    ],
)
def test_wording_a_view_that_counted_the_level_is_not_a_final_view(check, views):
    result = check(note(views=views))
    assert result.elements["needle_views"].status != "present"
    assert result.complete is False


@pytest.mark.parametrize(
    "contrast",
    [
        "Isovue-M 200, 2 mL; epidurogram obtained.",
        "Omnipaque 240 2 mL injected and an epidurogram was saved.",
    ],
)
def test_wording_an_epidurogram_taken_says_nothing_of_the_spread(check, contrast):
    result = check(note(contrast=contrast))
    assert result.elements["contrast_flow"].status == "incomplete"
    assert result.complete is False


def test_wording_an_epidurogram_that_shows_something_is_spread(check):
    text = note(contrast="Omnipaque 180, 2 mL; the epidurogram confirmed epidural placement.")
    assert check(text).elements["contrast_flow"].status == "present"


@pytest.mark.parametrize(
    "signature",
    [
        "Physician: Dana Whitfield, MD - signature on file",
        "Dana Whitfield, MD\nInterventional Pain Medicine",
    ],
)
def test_wording_a_typed_name_or_signature_on_file_is_not_a_signature(check, signature):
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "incomplete"
    assert result.complete is False


def test_wording_a_draft_the_physician_finalized_is_signed(check):
    text = "VOICE RECOGNITION DRAFT FINALIZED BY PHYSICIAN\n" + note()
    result = check(text)
    assert result.elements["signature"].status == "present"


@pytest.mark.parametrize(
    ("pre", "post"),
    [
        ("Pain at check-in: 6 of 10 (NRS).", "Pain at discharge: 1 of 10."),
        ("Pain score (0-10):   Pre ___6___", "Pain score (0-10):   Post ___1___  (15 min)"),
        ("Pain, pre-procedure (5 min before): 6/10 (NRS).", "Pain, post-procedure (20 min): 1/10."),
    ],
)
def test_wording_scores_as_of_ten_in_template_blanks_or_after_a_time(check, pre, post):
    result = check(note(pre=pre, post=post))
    assert (result.elements["vas_pre"].status, result.elements["vas_pre"].value) == ("present", 6)
    assert (result.elements["vas_post"].status, result.elements["vas_post"].value) == ("present", 1)


def test_wording_a_score_after_a_time_in_words_is_the_score(check):
    result = check(note(post="Pain one hour after the bolus: 3/10."))
    assert result.elements["vas_post"].value == 3


def test_wording_a_pain_medicine_as_needed_is_still_conservative_care(check):
    indication = "INDICATION: L leg pain to dorsum of foot x 9 wk. PT x 6 wk failed, ibuprofen, tramadol prn."
    result = check(note(indication=indication))
    assert result.elements["conservative_care"].status == "present"


def test_wording_a_score_in_a_pre_field_from_an_old_intake_is_history(check):
    result = check(note(pre="Pre-procedure pain: 8/10 (from intake 3 weeks ago)."))
    assert result.elements["vas_pre"].status != "present"


@pytest.mark.parametrize(
    "indication",
    [
        "HISTORY: 10 weeks of pain from the left buttock along the outer thigh and shin to the top"
        " of the foot. Six weeks of physical therapy did not help.",
        "INDICATION: Low back and leg pain with a positive left straight leg raise; failed PT x 8 weeks.",
    ],
)
def test_wording_leg_pain_traced_down_the_leg_or_a_tension_sign_is_radicular(check, indication):
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "present"


def test_wording_a_spoken_patient_name_field_in_lower_case_is_the_name(check):
    header = "patient name Thaddea Rosales-Brennan\ndate of birth 06/03/1980 medical record number ACP 5521093"
    result = check(note(header=header + "\ndate of service 03/05/2026"))
    assert "name" in result.elements["patient_id"].value


@pytest.mark.parametrize(
    "procedure",
    [
        "PROCEDURE: L4-5 interlaminar epidural steroid injection. Landmark technique; no imaging.",
        "PROCEDURE: L4-5 interlaminar epidural steroid injection at the bedside.\nNo imaging.",
    ],
)
def test_wording_no_imaging_said_alone_negates_guidance(check, procedure):
    result = check(note(procedure=procedure, views=None, contrast=None))
    assert result.elements["imaging_guidance"].status == "negated"
    assert result.code_check.suggested == "62322"


@pytest.mark.parametrize(
    "pre",
    [
        "Nurse telephone screen 03/04/2025: ride arranged, aspirin held, reports pain 8/10.",
        "Pain 7/10 per phone call with the patient on 05/05/2025.",
    ],
)
def test_wording_a_score_given_over_the_phone_is_another_encounter(check, pre):
    result = check(note(pre=pre))
    assert result.elements["vas_pre"].status != "present"
    assert result.complete is False


@pytest.mark.parametrize(
    "post",
    [
        "RECOVERY: may go home once pain is 3/10 or less and vitals are at baseline. Discharged at 11:05.",
        "Discharge criteria: pain score 4/10 or lower, tolerating fluids. Home with spouse.",
    ],
)
def test_wording_a_discharge_threshold_is_not_a_measured_score(check, post):
    result = check(note(post=post))
    assert result.elements["vas_post"].status != "present"
    assert result.complete is False


@pytest.mark.parametrize(
    "views",
    [
        "Final needle position was confirmed on an AP view. A lateral view was attempted but the"
        " interlaminar window could not be visualized.",
        "Final AP image saved. Lateral imaging was attempted; the lateral view was non-diagnostic.",
    ],
)
def test_wording_a_view_that_failed_does_not_count(check, views):
    result = check(note(views=views))
    assert result.elements["needle_views"].value == ["ap"]
    assert result.complete is False


def test_wording_a_spread_field_with_every_box_empty_is_no_spread(check):
    contrast = "Contrast: Isovue-M 200 3 mL\nSpread:  [ ] Epidural  [ ] Vascular  [ ] Other ______"
    result = check(note(contrast=contrast))
    assert result.elements["contrast_flow"].status == "incomplete"


def test_wording_a_spread_field_with_the_epidural_box_ticked_is_spread(check):
    contrast = "Contrast: Isovue-M 200 3 mL\nContrast pattern:  [ ] Vascular  [X] Epidural"
    result = check(note(contrast=contrast))
    assert result.elements["contrast_flow"].status == "present"


def test_wording_a_previous_procedure_note_between_banners_is_not_today(check):
    carried = (
        "*** PRIOR PROCEDURE NOTE 01/07/2025 ***\nOmnipaque 180 2 mL, epidural spread to L3.\n"
        "*** END PRIOR PROCEDURE NOTE ***"
    )
    contrast = carried + "\nOmnipaque 180 2 mL injected; no vascular uptake."
    result = check(note(contrast=contrast))
    assert result.elements["contrast_flow"].status == "incomplete"


def test_wording_a_weekly_average_is_not_todays_score(check):
    pre = "Questionnaire: average pain over the last week (0-10): 6"
    result = check(note(pre=pre))
    assert result.elements["vas_pre"].status != "present"


def test_wording_contrast_held_back_is_not_the_procedure_cancelled(check):
    contrast = "Loss of resistance was unmistakable, so the contrast injection was deferred."
    result = check(note(contrast=contrast))
    assert result.code_check.suggested == "62323"
    assert result.elements["contrast_flow"].status in ("negated", "missing")
    assert result.complete is False


def test_wording_leg_pain_that_resolved_after_surgery_is_not_todays_indication(check):
    indication = (
        "HISTORY: L5-S1 discectomy in 2018; the leg pain went away after surgery. Now midline low"
        " back pain only, no leg symptoms. Failed physical therapy x 8 weeks."
    )
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "incomplete"
    assert result.complete is False


def test_wording_pain_down_the_lateral_left_leg_is_not_a_lateral_view(check):
    indication = (
        "INDICATION: Pain down the lateral left leg to the dorsum of the foot for 3 months. Failed"
        " physical therapy x 8 weeks."
    )
    result = check(note(indication=indication, views="Final needle position: AP view saved."))
    assert result.elements["needle_views"].value == ["ap"]


def test_wording_a_signed_addendum_that_retracts_the_contrast_wins(check):
    addendum = (
        "ADDENDUM 05/07/2025 08:10: On review of the stored images, no contrast was used for this"
        " injection; the dye entry above was carried over from a template by mistake.\n"
        "Electronically signed by: Dana Whitfield, MD 05/07/2025"
    )
    result = check(note(signature=BASE["signature"] + "\n" + addendum))
    assert result.elements["contrast_flow"].status == "negated"
    assert result.complete is False


def test_wording_an_addendum_that_only_adds_keeps_the_body(check):
    addendum = (
        "Addendum 05/06/2025 15:00: no contrast reaction or headache at the 2-hour call. No"
        " further imaging needed.\nElectronically signed by: Dana Whitfield, MD"
    )
    result = check(note(signature=BASE["signature"] + "\n" + addendum))
    assert result.elements["contrast_flow"].status == "present"
    assert result.elements["needle_views"].status == "present"


def test_wording_an_addendum_that_says_a_view_was_lost_leaves_one_view(check):
    addendum = (
        "LATE ENTRY / ADDENDUM: the lateral fluoroscopic image was lost in a PACS outage and was"
        " never archived; the AP image of the final needle position is in the chart.\n"
        "Electronically signed by: Dana Whitfield, MD 05/08/2025"
    )
    result = check(note(signature=BASE["signature"] + "\n" + addendum))
    assert result.elements["needle_views"].value == ["ap"]
    assert result.complete is False


@pytest.mark.parametrize(
    "header",
    [
        "Research clinic     Participant: Oriel Fanshawe-Dube\nStudy ID: RC-11  DOB: 1969-04-02",
        "this is doctor Amsel dictating\npatient is Corentin Vashti-Obi date of birth 02/03/1958",
        "Client name: Ilse Marwood    Date of birth: 02/03/1958",
    ],
)
def test_wording_a_participant_or_a_dictated_patient_name_is_the_name(check, header):
    result = check(note(header=header + "\nDate of Service: 05/06/2025"))
    assert "name" in result.elements["patient_id"].value


def test_wording_a_loss_of_resistance_field_ticked_saline_is_not_an_injectate(check):
    meds = "LOR:   [X] Saline   [ ] Air\nKenalog 80 mg injected."
    result = check(note(meds=meds))
    assert "saline" not in result.elements["medication"].value


def test_wording_a_signature_inside_copied_text_signs_the_earlier_note(check):
    copied = (
        "[Copied forward from the 04/01/2025 consult]\nRight leg pain to the foot, failed PT.\n"
        "Electronically signed by Dana Whitfield, MD 04/01/2025\n[End of copied text]"
    )
    result = check(
        note(indication=BASE["indication"] + "\n" + copied, signature="Dana Whitfield, MD")
    )
    assert result.elements["signature"].status == "incomplete"
    assert result.complete is False


def test_wording_crps_alone_is_not_a_covered_indication(check):
    indication = (
        "INDICATION: Complex regional pain syndrome of the left foot after a fracture: burning,"
        " allodynia, colour change. No dermatomal pattern. Failed physical therapy x 8 weeks."
    )
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "incomplete"
    assert result.complete is False


def test_wording_the_subscribers_date_of_birth_is_not_the_patients(check):
    header = (
        "Patient: Hollis Varga\nInsurance: Fictional Health PPO  Guarantor: Ada Varga (mother)"
        "  Guarantor DOB: 04/04/1931\nDate of Service: 05/06/2025"
    )
    result = check(note(header=header))
    assert result.elements["patient_id"].value == ["name"]
    assert result.complete is False


def test_wording_a_template_default_score_is_not_a_measurement(check):
    result = check(note(pre="Pre-procedure pain: 0/10 [template default, not assessed]"))
    assert result.elements["vas_pre"].status != "present"
    assert result.complete is False


def test_wording_an_addendum_that_calls_a_score_wrong_takes_it_back(check):
    addendum = (
        "ADDENDUM 05/07/2025: the post-procedure VAS of 2/10 above was entered in error from"
        " another chart; the patient left before reassessment.\n"
        "Electronically signed by: Dana Whitfield, MD 05/07/2025"
    )
    result = check(note(signature=BASE["signature"] + "\n" + addendum))
    assert result.elements["vas_post"].status != "present"
    assert result.elements["vas_pre"].status == "present"
    assert result.complete is False


def test_wording_a_score_of_the_needle_site_is_not_the_treated_pain(check):
    result = check(
        note(post="In recovery: mild injection-site soreness 2/10, otherwise comfortable.")
    )
    assert result.elements["vas_post"].status != "present"
    assert result.complete is False


def test_wording_authenticated_electronically_is_a_signature_and_day_of_procedure_a_date(check):
    header = "Person receiving care: Hollis Varga\nBirth date: 02/03/1958  Chart #: FAKE-3141\nDay of procedure: 05/06/2025"
    signature = (
        "AUTHENTICATION\nAuthenticated electronically by Dana Whitfield, MD - 05/06/2025 14:40"
    )
    result = check(note(header=header, signature=signature))
    assert result.elements["signature"].status == "present"
    assert result.elements["date_of_service"].value == "2025-05-06"
    assert "name" in result.elements["patient_id"].value


def test_wording_a_nursing_recovery_banner_times_the_score_after_it(check):
    post = (
        "------------ NURSING: RECOVERY ------------\n11:40  Pain 2/10 right leg. Walking steadily."
    )
    result = check(note(post=post))
    assert result.elements["vas_post"].status == "present"
    assert result.elements["vas_post"].value == 2


def test_wording_a_vas_line_marked_in_millimetres_before_and_after(check):
    pre = "Before the injection she marked her right leg pain at 72 mm on the 100 mm line."
    post = "Afterwards in recovery she marked the same line at 20 mm."
    result = check(note(pre=pre, post=post))
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_post"].status == "present"


def test_wording_a_negated_list_of_stenoses_negates_its_last_item(check):
    indication = (
        "INDICATION: Low back pain. MRI: mild L4-5 bulge without canal, lateral recess or foraminal"
        " stenosis. No leg symptoms. Failed physical therapy x 8 weeks."
    )
    result = check(note(indication=indication, imaging_mri=None))
    assert result.elements["indication"].status == "incomplete"  # low back pain is all that is left
    assert result.complete is False


def test_wording_low_back_pain_with_radicular_symptoms_denied_is_not_covered(check):
    indication = (
        "HISTORY: Low back pain for a year, worse standing. He denies pain, numbness or tingling in"
        " the legs. Failed physical therapy x 8 weeks."
    )
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "incomplete"
    assert result.complete is False


def test_wording_low_back_pain_beside_a_radicular_indication_is_covered(check):
    indication = "INDICATION: Low back pain and right L5 radiculopathy. Failed PT x 8 weeks."
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "present"


def test_wording_a_field_line_after_a_long_line_is_its_own_sentence_in_lower_case(check):
    # A template typed in lower case: the line above runs to the note's width, but "level:"
    # opens a field of its own, so the empty boxes on the side line do not reach the level.
    text = (
        "procedure record -- interlaminar epidural steroid injection, lumbar, outpatient unit\n"
        "patient: hollis varga    dob: 02/03/1958    mrn: 00-fake-3141    dos: 05/06/2025\n"
        "procedure: [x] lumbar interlaminar esi  [ ] caudal  [ ] transforaminal  [ ] facet\n"
        "level: l4-5\n"
        "side: [ ] left  [ ] right  [x] midline\n"
        "guidance: [x] fluoroscopy  [ ] ct\n"
        "indication: right l5 radiculopathy, failed physical therapy x 8 weeks and nsaids\n"
    )
    result = check(text)
    assert result.elements["spinal_level"].status == "present"
    assert result.elements["spinal_level"].value == ["L4-L5"]


def test_wording_a_capitals_note_wrapped_under_a_hanging_label_reads_as_one_sentence(check):
    text = note(
        procedure=(
            "P: L4-L5 INTERLAMINAR ESI PERFORMED TODAY UNDER FLUOROSCOPIC GUIDANCE, PRONE, PREP.\n"
            "   18G TUOHY MIDLINE, LOR TO SALINE AT 6 CM. CONTRAST SPREAD IN THE EPIDURAL SPACE. AP\n"
            "   AND LATERAL IMAGES OF THE FINAL NEEDLE POSITION WERE SAVED IN THE RECORD TODAY.\n"
            "   INJECTED TRIAMCINOLONE 80 MG WITH 2 ML OF PRESERVATIVE-FREE NORMAL SALINE NOW.\n"
        ),
        views=None,
    ).upper()
    result = check(text)
    assert result.elements["needle_views"].status == "present"
    assert sorted(result.elements["needle_views"].value) == ["ap", "lateral"]


def test_wording_dictation_without_headings_times_a_score_by_the_procedure_after_it(check):
    text = (
        "Patient Hollis Varga DOB 02/03/1958 MRN 00-FAKE-3141 seen 05/06/2025\n"
        "right leg pain to the lateral foot for 10 weeks despite 8 weeks of PT pain this morning"
        " 7/10\n"
        "L4-5 interlaminar epidural under fluoroscopy prone prep 20 g Tuohy loss of resistance\n"
        "AP and lateral images of the final needle position saved\n"
        "Omnipaque 180 2 mL epidural spread no vascular uptake Kenalog 80 mg injected\n"
        "pain 2/10 at 20 minutes after the injection\n"
        "Electronically signed by Dana Whitfield MD\n"
    )
    result = check(text)
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_pre"].value == 7
    # With a second score that its words do not time, neither is placed: no guess.
    untimed = check(text.replace("at 20 minutes after the injection", "per the patient"))
    assert untimed.elements["vas_pre"].status == "uncertain"


def test_wording_a_choice_of_two_numbered_boxes_is_not_a_pain_score(check):
    header = BASE["header"] + "\nBlock #: [X] 1  [ ] 2 (confirmatory)"
    result = check(note(header=header))
    assert result.elements["vas_pre"].value == 7


@pytest.mark.parametrize(
    "header",
    [
        "PATIENT Hollis Varga-Lind\nDOB 02/03/1958 MRN 00-FAKE-3141",
        "Name Hollis Varga-Lind MR# 00-FAKE-3141 DOB 02/03/1958",
        "Name VARGA Hollis Hospital No FAKE3141 DOB 02/03/1958",
    ],
)
def test_wording_a_name_label_without_its_colon_names_the_patient(check, header):
    result = check(note(header=header + "\nDate of Service: 05/06/2025"))
    assert "name" in result.elements["patient_id"].value


def test_wording_a_patient_handout_title_is_not_a_name(check):
    header = "Patient Education Handout\nDOB: 02/03/1958   MRN: 00-FAKE-3141"
    result = check(note(header=header + "\nDate of Service: 05/06/2025"))
    assert "name" not in (result.elements["patient_id"].value or [])


def test_wording_a_bracketed_comment_after_a_score_speaks_of_that_score(check):
    pre = "Pre-procedure pain score (0-10): 0   [default value - not assessed by staff]"
    result = check(note(pre=pre))
    assert result.elements["vas_pre"].status != "present"
    assert result.complete is False


def test_wording_views_before_the_needle_moved_on_are_not_of_its_final_position(check):
    views = (
        "With the tip in the ligamentum flavum, AP and lateral images were obtained and saved."
        " The needle was subsequently advanced 3 mm to a loss of resistance."
    )
    result = check(note(views=views))
    assert result.elements["needle_views"].status == "uncertain"
    assert result.complete is False
    # Views taken after the needle moved on are of its final position.
    after = views + " AP and lateral views then confirmed the final needle position."
    assert check(note(views=after)).elements["needle_views"].status == "present"


def test_wording_a_heading_level_and_a_different_entry_level_leave_the_level_uncertain(check):
    procedure = (
        "PROCEDURE: L4-L5 interlaminar epidural steroid injection, fluoroscopic guidance.\n"
        "DESCRIPTION: A 20 gauge Tuohy needle was passed into the L5-S1 interspace, loss of"
        " resistance to saline."
    )
    result = check(note(procedure=procedure, imaging_mri=None))
    assert result.elements["spinal_level"].status == "uncertain"
    assert result.elements["region"].value == "lumbar"
    assert result.complete is False
    same = procedure.replace("L5-S1 interspace", "L4-L5 interspace")
    assert check(note(procedure=same, imaging_mri=None)).elements["spinal_level"].status == (
        "present"
    )


def test_wording_an_image_taken_before_the_needle_went_in_is_not_a_final_view(check):
    views = (
        "An AP image was obtained before needle entry to mark the interspace. Final needle tip"
        " position: confirmed in the contralateral oblique view, image saved."
    )
    result = check(note(views=views))
    assert result.elements["needle_views"].status == "incomplete"
    assert result.elements["needle_views"].value == ["contralateral_oblique"]


def test_wording_a_needle_moved_to_the_next_interspace_leaves_the_level_unsaid(check):
    procedure = (
        "PROCEDURE: L4-L5 interlaminar epidural steroid injection under fluoroscopic guidance.\n"
        "The L4-L5 window was closed by facet hypertrophy, so the Tuohy was redirected to the"
        " next interspace down, with loss of resistance to saline."
    )
    result = check(note(procedure=procedure, imaging_mri=None))
    assert result.elements["spinal_level"].status == "uncertain"
    assert result.elements["region"].value == "lumbar"
    assert result.complete is False


def test_wording_a_guidance_phrase_split_by_a_line_wrap_is_still_guidance(check):
    # The rule stops its gaps at line breaks ("[^.;\n]"); a soft wrap is not one.
    views = (
        "AP and lateral fluoroscopic views were used\nto steer the Tuohy needle into the window."
    )
    result = check(note(views=views))
    assert result.elements["needle_views"].status == "uncertain"


def test_wording_a_signature_dated_before_the_date_of_service_does_not_sign_it(check):
    signature = "Electronically signed by: Dana Whitfield, MD 05/03/2025 17:45"
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "incomplete"
    assert result.complete is False
    # Signed the same day, or later, it signs the note.
    later = "Electronically signed by: Dana Whitfield, MD 05/07/2025 08:10"
    assert check(note(signature=later)).elements["signature"].status == "present"


@pytest.mark.parametrize(
    ("pre", "post"),
    [
        ("Pre-procedure pain: 7", "Post-procedure pain: 2"),
        ("Pain before: 7", "Pain after: 2"),
        ("Pain (pre): 7", "Pain (post): 2"),
        ("Pre-op pain 7", "Post-op pain 2"),
        ("Preinjection pain = 7", "Postinjection pain = 2"),
    ],
)
def test_wording_a_timed_pain_label_and_a_bare_number_is_a_score(check, pre, post):
    result = check(note(pre=pre, post=post))
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_pre"].value == 7
    assert result.elements["vas_post"].status == "present"
    assert result.elements["vas_post"].value == 2


def test_wording_a_timed_pain_label_with_a_duration_is_not_a_score(check):
    result = check(note(pre="Pre-procedure pain: 7 months of left leg pain.", post=None))
    assert result.elements["vas_pre"].status == "missing"


def test_wording_a_key_equals_value_export_reads_each_key_as_a_field_label(check):
    export = "\n".join(
        [
            "mrn = TEST-0001",
            "patient_name = Hollis Varga",
            "patient_dob = 02/03/1958",
            "date_of_service = 05/06/2025",
            "indication = right L5 radiculopathy; failed physical therapy x 8 weeks and NSAIDs",
            "pain_pre_vas = 7",
            "procedure = L4-5 interlaminar epidural steroid injection, fluoroscopic guidance",
            "final_views = AP and lateral, images saved",
            "contrast = Omnipaque 180 2 mL, epidural spread, no intravascular uptake",
            "injectate = Kenalog 80 mg with 2 mL preservative-free saline",
            "complications = none",
            "pain_post_vas = 2",
            "attestation = Electronically signed by: Dana Whitfield, MD 05/06/2025",
        ]
    )
    result = check(export)
    assert result.elements["patient_id"].value == ["dob", "mrn", "name"]
    assert result.elements["date_of_service"].value == "2025-05-06"
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (7, 2)
    # Each field is a line of its own: "complications = none" negates nothing above it.
    assert result.elements["medication"].status == "present"
    assert result.complete is True


@pytest.mark.parametrize(
    "pre",
    [
        "When she was admitted to the day unit she scored her leg pain at 7/10.",
        "Leg pain 7/10 on admission.",
        "In the holding area her leg pain was 7/10.",
    ],
)
def test_wording_a_score_taken_on_admission_is_the_pre_score(check, pre):
    # Told after the procedure, the score's own words time it, not its place.
    parts = {"pre": None, "meds": BASE["meds"] + "\n" + pre}
    result = check(note(**parts))
    assert result.elements["vas_pre"].status == "present"
    assert result.elements["vas_pre"].value == 7


@pytest.mark.parametrize("label", ["UHID", "URN", "CR No."])
def test_wording_hospital_record_number_labels_abroad_are_record_numbers(check, label):
    header = f"Name: Mrs. Hollis Varga            Age/Sex: 67/F\n{label}: HSP-25-0042\n"
    header += "Date of Service: 05/06/2025"
    result = check(note(header=header))
    assert result.elements["patient_id"].value == ["mrn", "name"]
    assert result.elements["patient_id"].status == "present"


def test_wording_a_score_in_an_addendum_of_a_later_day_is_not_the_post_score(check):
    later = (
        BASE["signature"] + "\n\nADDENDUM 05/20/2025 (telephone follow-up)\n"
        "Spoke with the patient. Leg pain now 2/10, walking further.\n"
        "Electronically signed by: Pat Quill, RN 05/20/2025"
    )
    result = check(note(post=None, signature=later))
    assert result.elements["vas_post"].status != "present"
    assert result.complete is False
    # An addendum of the same day adds the score the body left out.
    same_day = later.replace("05/20/2025", "05/06/2025").replace(
        "(telephone follow-up)\nSpoke with the patient. Leg pain now", "\nRecovery: leg pain"
    )
    result = check(note(post=None, signature=same_day))
    assert result.elements["vas_post"].status == "present"
    assert result.elements["vas_post"].value == 2


def test_wording_an_addendum_that_calls_a_score_template_filled_takes_it_back(check):
    addendum = (
        BASE["signature"] + "\n\nADDENDUM 05/06/2025 16:10\n"
        "The recovery score of 2/10 above was auto-populated by the template; the patient left"
        " before she was reassessed.\nElectronically signed by: Dana Whitfield, MD 05/06/2025"
    )
    result = check(note(signature=addendum))
    assert result.elements["vas_post"].status != "present"
    assert result.complete is False


def test_wording_a_late_entry_of_the_next_day_keeps_the_score_seen_at_the_procedure(check):
    late = (
        BASE["signature"] + "\n\nADDENDUM 05/07/2025 08:30\n"
        "Late entry: in recovery her leg pain was 2/10 at 20 minutes.\n"
        "Electronically signed by: Dana Whitfield, MD 05/07/2025"
    )
    result = check(note(post=None, signature=late))
    assert result.elements["vas_post"].status == "present"
    assert result.elements["vas_post"].value == 2


@pytest.mark.parametrize(
    "signature",
    [
        "/es/ DANA WHITFIELD, MD\nSigned: 05/06/2025 10:41",
        "Signed: electronic signature, Dana Whitfield, MD -- 05/06/2025 13:12",
    ],
)
def test_wording_vista_and_field_electronic_signatures_sign(check, signature):
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "present"


def test_wording_an_attestation_not_yet_completed_leaves_the_signature_incomplete(check):
    signature = (
        BASE["signature"] + " (Resident)\nAttending attestation: [ATTESTATION NOT YET COMPLETED]"
    )
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "incomplete"
    assert result.complete is False


@pytest.mark.parametrize(
    ("pre", "post"),
    [
        ("Pre-procedure pain (0-10): 7", "Post-procedure pain (0-10) at 20 min: 2"),
        ("PAIN SCORE PRE-PROCEDURE (0-10): 7", "PAIN SCORE POST-PROCEDURE (0-10): 2"),
    ],
)
def test_wording_a_timed_pain_label_with_its_scale_and_time_is_a_score(check, pre, post):
    result = check(note(pre=pre, post=post))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (7, 2)


def test_wording_a_bracket_saying_a_score_is_from_an_earlier_visit_makes_it_not_today(check):
    pre = "Pre-procedure pain score: 7/10 (recorded at the 04/11/2025 new-patient visit)"
    result = check(note(pre=pre))
    assert result.elements["vas_pre"].status != "present"
    assert result.complete is False


def test_wording_a_field_answered_no_negates_its_item(check):
    # "Contrast allergy: no" says there is no allergy: it excuses nothing.
    header = BASE["header"] + "\nAllergies: NKDA   Contrast allergy: no"
    result = check(note(header=header, contrast=None))
    assert result.elements["contrast_flow"].status != "present"
    assert result.complete is False


def test_wording_contrast_drawn_up_in_a_set_up_list_is_not_contrast_given(check):
    setup = "SET-UP (RN)\n  Contrast: Omnipaque 240, 10 mL drawn up and on the field"
    result = check(note(header=BASE["header"] + "\n" + setup, contrast=None))
    assert result.elements["contrast_flow"].status == "uncertain"
    assert result.complete is False


def test_wording_views_before_the_needle_went_approximately_further_are_not_final(check):
    views = (
        "AP and lateral spot images were saved with the tip at the ligamentum flavum. The"
        " needle was then advanced approximately 3 mm further to loss of resistance."
    )
    result = check(note(views=views))
    assert result.elements["needle_views"].status == "uncertain"


def test_wording_an_entry_level_also_named_without_the_needle_still_disagrees(check):
    procedure = (
        "PROCEDURE: L4-L5 interlaminar epidural steroid injection, fluoroscopic guidance.\n"
        "DESCRIPTION: Under fluoroscopy the L5-S1 interlaminar space was identified. A 20 gauge"
        " Tuohy needle was advanced into the L5-S1 interlaminar space, loss of resistance to"
        " saline."
    )
    result = check(note(procedure=procedure, imaging_mri=None))
    assert result.elements["spinal_level"].status == "uncertain"
    assert result.complete is False


@pytest.mark.parametrize(
    ("heading", "rows", "values"),
    [
        (
            "Visual analogue scale (100 mm line), marked by the patient:",
            "      Before injection ............ 70 mm\n      30 min after injection ...... 20 mm",
            (7, 2),
        ),
        (
            "Dolor / Pain (0-10):",
            "   Antes / Before procedure: 7\n   Despues / After procedure (recovery, 20 min): 2",
            (7, 2),
        ),
    ],
)
def test_wording_timed_rows_under_a_pain_scale_heading_are_the_scores(check, heading, rows, values):
    result = check(note(pre=heading + "\n" + rows, post=None))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == values


def test_wording_timed_rows_without_a_pain_heading_are_not_scores(check):
    rows = "Glucose:\n   Before procedure: 7\n   After procedure: 2"
    result = check(note(pre=rows, post=None))
    assert result.elements["vas_pre"].status == "missing"


def test_wording_a_one_line_allergy_field_does_not_swallow_the_table_below(check):
    table = (
        "Allergies: NKDA, no contrast allergy. Anticoagulants: none.\n\n"
        "| Target         | R L5 root (L5-S1 foramen)   |\n"
        "|----------------|-----------------------------|\n"
        "| Needle         | 22 G spinal, transforaminal |\n"
        "| Final position | AP + lateral, saved         |\n"
    )
    result = check(note(procedure=table, imaging_mri=None))
    assert result.elements["foramen_level"].value == ["L5-S1"]
    assert result.elements["laterality"].value == "right"
    assert result.elements["spinal_level"].status == "present"


def test_wording_a_letter_dated_in_words_tells_its_numbers_are_day_first(check):
    letter = (
        "12 February 2026\n\nDear Dr Ngata,\nRe: Hollis Varga, DOB 02/07/1958, Hospital No."
        " HSP-0042\nI performed an L4/5 interlaminar epidural steroid injection on 10/02/2026."
    )
    # The letter's date, spelled out, is also typed in numbers under the signature.
    signature = BASE["signature"].replace("05/06/2025", "") + "\nTyped 12/02/2026 by HT"
    result = check(note(header=letter, signature=signature))
    assert result.elements["date_of_service"].value == "2026-02-10"


def test_wording_an_injection_at_a_level_on_a_date_dates_the_service(check):
    body = "She had an L4-5 interlaminar steroid injection at L4-5 on 05/06/2025."
    header = "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n" + body
    result = check(note(header=header, signature="Electronically signed by: Dana Whitfield, MD"))
    assert result.elements["date_of_service"].value == "2025-05-06"


def test_wording_dictated_but_not_checked_is_not_signed(check):
    signature = "Dr Dana Whitfield, Consultant\nDictated but not checked by the author"
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "incomplete"


def test_wording_a_neuropathy_with_radiculopathy_ruled_out_is_not_radicular(check):
    indication = (
        "INDICATION: Burning pain and numbness in both feet in a stocking distribution. EMG:"
        " length-dependent sensorimotor polyneuropathy, no evidence of radiculopathy. Failed"
        " physical therapy x 8 weeks and NSAIDs."
    )
    result = check(note(indication=indication))
    assert result.elements["indication"].status == "incomplete"
    assert result.complete is False
    # A neuropathy beside a radiculopathy the note affirms leaves the indication covered.
    both = indication.replace("no evidence of radiculopathy", "and a right L5 radiculopathy")
    assert check(note(indication=both)).elements["indication"].status == "present"


@pytest.mark.parametrize(
    ("heading", "rows", "values"),
    [
        (
            "PAIN ASSESSMENT  (Numeric Rating Scale, 0-10)",
            "   Pre-procedure, holding area 07:52 ............  7\n"
            "   Post-procedure, recovery 08:41 ...............  2",
            (7, 2),
        ),
        (
            "Visual analogue scale (100 mm line; 0 = no pain, 100 = worst pain imaginable)",
            "   marked on arrival ........ 70 mm\n   marked before leaving .... 20 mm",
            (7, 2),
        ),
        (
            "PAIN SCALE: Wong-Baker FACES (0-10), chosen with the interpreter because the\n"
            "patient found the numeric scale confusing.",
            "   Before procedure ..... 7  (hurts whole lot)\n"
            "   After procedure ...... 2  (hurts little bit), 30 minutes after the injection",
            (7, 2),
        ),
    ],
)
def test_wording_scale_headings_and_rows_in_other_layouts_are_the_scores(
    check, heading, rows, values
):
    result = check(note(pre=heading + "\n" + rows, post=None))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == values


@pytest.mark.parametrize(
    "told",
    [
        "She put her leg pain at seven out of ten when she came into the procedure room, and at"
        " two out of ten in recovery.",
        "He scored his leg pain at 7/10 on the ward beforehand, and at 2/10 when the nurses"
        " checked him an hour after the injection.",
    ],
)
def test_wording_scores_timed_by_coming_in_or_beforehand(check, told):
    result = check(note(pre=None, post=None, meds=BASE["meds"] + "\n" + told))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (7, 2)


def test_wording_a_reassessed_score_after_the_procedure_is_the_post_score(check):
    post = "Recovery 09:20-09:40. Vital signs stable. Pain reassessed at 09:35: 2/10 (NRS)."
    result = check(note(post=post))
    assert result.elements["vas_post"].status == "present"
    assert result.elements["vas_post"].value == 2


def test_wording_a_vista_patient_line_and_a_signed_electronic_label(check):
    header = "PATIENT: VARGA,HOLLIS R   (V3141)   DOB: FEB 3,1958\nDate of Service: 05/06/2025"
    signature = "Signed (electronic): Dr. Dana Whitfield, MD FRCPC - 2025-05-06 16:20"
    result = check(note(header=header, signature=signature))
    assert result.elements["patient_id"].value == ["dob", "name"]
    assert result.elements["signature"].status == "present"


@pytest.mark.parametrize(
    "views",
    [
        "Frontal and profile spot images were obtained with the needle at its final position"
        " and archived to PACS.",
        "Needle tip at the interlaminar window confirmed with PA and lateral fluoroscopic images,"
        " which were saved.",
        "Final position documented on posteroanterior and lateral projections; images stored.",
        "Final needle position: frontal view and profile view saved.",
    ],
)
def test_wording_frontal_pa_and_profile_views_are_ap_and_lateral(check, views):
    result = check(note(views=views))
    assert result.elements["needle_views"].status == "present"
    assert result.elements["needle_views"].value == ["ap", "lateral"]


def test_wording_a_physician_assistant_is_not_a_view(check):
    views = "Final needle position confirmed on a lateral view, saved. Seen with PA Ortega."
    result = check(note(views=views))
    assert result.elements["needle_views"].value == ["lateral"]


@pytest.mark.parametrize(
    "assessment",
    [
        "ASSESSMENT: Chronic axial low back pain. The referral question of radiculopathy is not"
        " supported by the history or the examination.",
        "ASSESSMENT: Axial lumbar pain; his exam does not support a radiculopathy.",
        "ASSESSMENT: Low back pain. Imaging and exam are not consistent with radiculopathy.",
    ],
)
def test_wording_a_radiculopathy_the_exam_does_not_support_is_not_the_indication(check, assessment):
    result = check(note(indication=assessment))
    assert result.elements["indication"].status != "present"
    assert result.complete is False


def test_wording_a_procedure_notes_heading_ends_the_history(check):
    text = note(
        indication="History of Present Illness\nRight L5 radiculopathy after 8 weeks of failed"
        " physical therapy. Pain today before the injection is 7/10.",
        imaging_mri=None,
        pre=None,
        procedure="Procedure Notes\nL4-5 interlaminar epidural steroid injection under"
        " fluoroscopic guidance.",
        meds="Methylprednisolone acetate 80 mg and 1 mL of 1% lidocaine were injected.",
    )
    result = check(text)
    assert result.elements["medication"].status == "present"
    assert "methylprednisolone" in result.elements["medication"].value


def test_wording_an_ocr_initial_read_as_a_bar_still_signs(check):
    signature = "Signed: |. Carrick-Adeyemi\nDr Imogen Carrick-Adeyemi, FANZCA FFPMANZCA"
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "present"


@pytest.mark.parametrize(
    ("meds", "drug"),
    [
        ("Triamcinolonacetonid (Kenacort) 40 mg und Lidocain 1 % 2 ml injiziert.", "triamcinolone"),
        ("Depo-Medrone 80 mg with 1% lignocaine 2 mL injected.", "methylprednisolone"),
        ("Diprospan 1 mL and NaCl 0.9% 2 mL were injected.", "betamethasone"),
    ],
)
def test_wording_steroids_under_names_used_outside_the_us(check, meds, drug):
    result = check(note(meds=meds))
    assert drug in (result.elements["medication"].value or [])


def test_wording_a_page_number_after_pain_scores_is_not_a_score(check):
    pre = "Pain scores per the nursing record (page 2)."
    result = check(note(pre=pre))
    assert result.elements["vas_pre"].value is None
    assert result.elements["vas_pre"].status != "present"


@pytest.mark.parametrize(
    "scores",
    [
        # a bracket after each score says when it was taken
        "Pain Score: 7 (pre-procedure, numeric 0-10)\nPain Score: 2 (post-procedure, 20 minutes)",
        # both in one phrase
        "Pain score (NRS): pre 7, post 2 at 20 min.",
        # a row label with a comma before its scale, under timed column heads
        "                   | Holding 08:05 | Recovery 08:55 |\n"
        "  Leg pain, 0-10   |       7       |       2        |",
        # a column flowsheet whose phase header leaves the row-label column blank
        "                          Pre-procedure      Recovery\n"
        "Time                      0712               0809\n"
        "BP                        152/90             138/82\n"
        "Pain (NRS 0-10)           7                  2",
        # a phase header whose cells the cue finds from the spaces before them
        "Observations           Pre-op (ward)     Recovery 30 min\n"
        "BP                     148/86            136/80\n"
        "Pain score (0-10)      7                 2",
        # vitals rows opened by their phase and clock time
        "Vital Signs\nPre procedure 07:48   BP 138/84   HR 78\n   Pain Scale Type: NPRS   Pain"
        " Score: 7\nPost procedure 08:36  BP 130/80   HR 72\n   Pain Scale Type: NPRS   Pain"
        " Score: 2\n\nExamination",
    ],
)
def test_wording_scores_timed_by_brackets_phrases_and_flowsheet_headers(check, scores):
    result = check(note(pre=scores, post=None))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (7, 2)


def test_wording_a_score_taken_as_he_came_into_theatre_is_the_pre_score(check):
    told = (
        "He scored his leg pain at 7 out of 10 as he came into theatre, and at 2 out of 10 in"
        " recovery forty minutes later."
    )
    result = check(note(pre=None, post=None, meds=BASE["meds"] + "\n" + told))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (7, 2)


@pytest.mark.parametrize(
    ("header", "dos"),
    [
        (
            "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
            "Document Type: Pain Procedure Note    Service Date/Time: 04/14/2025 10:05 CDT",
            "2025-04-14",
        ),
        (
            "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\n"
            "VISIT: 03/04/2025  |  PROVIDER: Dana Whitfield, MD  |  LOCATION: Suite 2",
            "2025-03-04",
        ),
    ],
)
def test_wording_service_date_time_and_visit_fields_date_the_service(check, header, dos):
    result = check(note(header=header, signature="Electronically signed by Dana Whitfield, MD"))
    assert result.elements["date_of_service"].value == dos


@pytest.mark.parametrize(
    "signature",
    [
        "Encounter signed-off by Dana Whitfield, MD, 05/06/2025 10:47 AM.",
        "Signed and finalized by Dana Whitfield, MD on 05/06/2025 11:26 AM EST",
    ],
)
def test_wording_signed_off_and_finalized_sign_the_note(check, signature):
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "present"


def test_wording_a_vas_line_marked_without_at(check):
    pre = "Pain (visual analogue scale, 100 mm line):\n  marked 64 mm before the procedure"
    result = check(note(pre=pre, post="  marked 12 mm at 30 minutes after the procedure"))
    assert (result.elements["vas_pre"].value, result.elements["vas_post"].value) == (6.4, 1.2)


def test_wording_a_cosign_still_needed_leaves_the_signature_incomplete(check):
    signature = (
        "Electronically signed by Dana Whitfield, MD (Fellow) at 5/6/2025 10:02 AM\n"
        "Attending attestation: I was present for the key and critical portions.\n"
        "[Cosign needed - routed to Maxim Oyel, MD on 5/6/2025 10:03 AM]"
    )
    result = check(note(signature=signature))
    assert result.elements["signature"].status == "incomplete"
    assert result.complete is False


def test_wording_a_radiology_exam_line_names_the_procedure(check):
    text = (
        "Patient: Hollis Varga   DOB: 02/03/1958   MRN: 00-FAKE-3141\nExam date: 05/06/2025\n"
        "EXAM: Right C6 selective nerve root block (transforaminal epidural steroid injection)"
        " under fluoroscopy.\nCLINICAL HISTORY: Right C6 radiculopathy after 8 weeks of failed"
        " physical therapy.\nPre-procedure pain: 7/10 (NRS).\nTECHNIQUE: A 25 G spinal needle was"
        " advanced to the posterior aspect of the right C5-C6 foramen. Final needle position was"
        " documented in AP and oblique views, saved. Omnipaque 240, 0.5 mL, outlined the exiting"
        " right C6 root and spread into the lateral epidural space. Dexamethasone 4 mg injected.\n"
        "Post-procedure pain: 1/10 at 20 minutes.\nElectronically signed by Dana Whitfield, MD"
    )
    result = check(text)
    assert result.elements["approach"].value["approach"] == "transforaminal"
    assert result.code_check.suggested == "64479"
