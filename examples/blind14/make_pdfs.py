#!/usr/bin/env python3
"""Build the blind14 PDFs (b14_47..54, with a text layer) and scans (b14_55..60, image only).

Usage:  python examples/blind14/make_pdfs.py

The PDFs are typeset with reportlab (Courier, so the text layer reads back as written) with the
invariant flag, so they carry no timestamps. The scans are drawn with Pillow at 200 dpi, given a
fax header band, turned by a small angle, sprinkled with speckle noise, thresholded to 1-bit and
saved as image-only PDFs (no text layer) with fixed info dates, plus a PNG of page 1. All notes
are fictional. Seeds are fixed, so every run writes the same bytes.
"""

from __future__ import annotations

import pathlib
import random
import time

HERE = pathlib.Path(__file__).resolve().parent
PDF_DIR = HERE / "pdf"
SCAN_DIR = HERE / "scans"
DPI = 200

# Each document: a list of pages (kind, text). Kind "note" is the procedure note; the others are
# pages that are not the note (fax_cover, consent, handout, discharge, checklist, order) and are
# never evidence.
DOCS: dict[str, dict] = {}

DOCS["b14_47_fax_cover_two_page_op_report"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FERNHOLLOW AMBULATORY SURGERY CENTER - HEALTH INFORMATION MANAGEMENT
FACSIMILE TRANSMITTAL

Date sent:  07/24/2026                 Pages (including cover): 3
To:         Utilization Review, Keystone Mutual Health Plan   Fax 555-0142-7700
From:       HIM / Release of Information                     Fax 555-0139-2200
Re:         Records request #RR-26-55817 (procedure documentation)

Enclosed is the operative report you requested. Reviewers usually look for the items
below; please see the report itself for what was done:
  - the level treated and the approach
  - whether fluoroscopy was used, and saved images of the needle in two views
  - contrast and the pattern it made
  - pain scores on a 0-10 scale before and after the injection
  - the physician's signature

CONFIDENTIALITY: This fax contains protected health information. If you received it
in error, call 555-0139-2201 and destroy all copies.
""",
        ),
        (
            "note",
            """\
FERNHOLLOW AMBULATORY SURGERY CENTER
OPERATIVE REPORT                                                   Page 1 of 2

Patient:        Anneliese Okoro-Thistlewood       MRN: FAS-0317762
DOB:            10/02/1962                        Account: 26-0721-0093
Date of service: 07/21/2026                       OR: Procedure Room 4
Surgeon:        Ferdinand Yamamoto-Achebe, MD
Anesthesia:     Local only (no sedation)

PREOPERATIVE DIAGNOSIS:  Left S1 radiculopathy; L5-S1 disc herniation (M51.17)
POSTOPERATIVE DIAGNOSIS: Same
PROCEDURE:               Lumbar interlaminar epidural steroid injection, L5-S1,
                         with fluoroscopic guidance

INDICATIONS: Mrs. Okoro-Thistlewood is a 63-year-old bookkeeper with 5 months of left
leg pain that starts in the buttock and shoots down the back of the thigh and calf to
the heel and the lateral border of the foot. She has numbness of the fourth and fifth
toes and the left ankle reflex is reduced. Straight-leg raise is positive on the left
at 35 degrees. MRI of 05/29/2026 shows a left paracentral L5-S1 disc herniation with
mass effect on the left S1 nerve root in the lateral recess. She has completed 10 weeks
of physical therapy and 6 chiropractic visits and has taken naproxen and gabapentin
without lasting benefit. She wishes to avoid surgery if she can.

PRE-PROCEDURE ASSESSMENT: Pain intensity 8/10 on the numeric rating scale in the
holding area (leg worse than back). Vital signs stable. No anticoagulants. Allergies:
codeine (nausea). Written consent on the chart. Time-out completed at 07:58 with the
patient, nurse and radiology technologist.

DESCRIPTION OF PROCEDURE: The patient was brought to the procedure room and positioned
prone on the fluoroscopy table with a pillow beneath the abdomen to open the
interlaminar spaces. The lumbosacral skin was prepped with chlorhexidine in alcohol
and draped in sterile fashion.

(continued on page 2)
""",
        ),
        (
            "note",
            """\
FERNHOLLOW AMBULATORY SURGERY CENTER
OPERATIVE REPORT (continued)                                       Page 2 of 2
Patient: Anneliese Okoro-Thistlewood     MRN: FAS-0317762     DOS: 07/21/2026

The L5-S1 interlaminar space was identified on an AP fluoroscopic image. The skin and
subcutaneous tissue were anesthetized with 3 mL of 1% lidocaine. A 20-gauge, 3.5-inch
Tuohy needle was advanced through a left paramedian entry using a loss-of-resistance
technique with saline, and loss of resistance was reached at a depth of 5.5 cm. The
final needle position was then documented in AP, lateral and contralateral oblique
projections, and all three images were saved to the ASC imaging archive.

Omnipaque 180, 3 mL, was injected under live fluoroscopy. It produced an epidural
contrast pattern along the left L5-S1 lateral recess and the left S1 nerve root
sleeve, with cephalad spread to the L5 level. There was no vascular or intrathecal
uptake. Betamethasone (Celestone Soluspan) 12 mg diluted with 2 mL of preservative-
free normal saline was then injected slowly. The needle was removed intact and a
sterile bandage applied.

ESTIMATED BLOOD LOSS: None.   SPECIMENS: None.   COMPLICATIONS: None.

POST-PROCEDURE: The patient was taken to the recovery area in stable condition. Pain
intensity in the PACU at 20 minutes was 3/10 on the numeric rating scale. Motor and
sensory examination of the legs unchanged. Discharged home with her husband at 08:50
with written instructions.

PLAN: Follow up in the clinic in 3 weeks. Continue the home exercise program.

Electronically signed by Ferdinand Yamamoto-Achebe, MD on 07/21/2026 at 09:14
""",
        ),
    ],
}

DOCS["b14_48_addendum_lateral_not_archived_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
GLASSWING SPINE CARE - PROCEDURE NOTE

Patient: Cosimo Adeyemi-Vandermeer     DOB: 01/31/1971     MRN: GSC-552018
Date of service: 07/28/2026            Physician: Tamsin Oyelaran-Brooks, MD

Indication: Right L5 radicular pain for 4 months, lateral leg to the dorsum of the foot,
numb first web space, right EHL 4+/5. MRI 06/2026: right L4-L5 subarticular protrusion
compressing the right L5 root. Completed 8 weeks of PT and a gabapentin trial.

Pre-procedure pain: 7/10 (NRS).

Procedure: L4-L5 interlaminar epidural steroid injection, fluoroscopic guidance.
Consent, time-out. Prone, chlorhexidine prep, sterile drape. 1% lidocaine 2 mL. 20 G
Tuohy right paramedian, loss of resistance to saline. AP and lateral images of the
final needle position were obtained and saved. Omnipaque 240, 2 mL: epidural spread
along the right L5 root and into the right lateral recess, no vascular uptake.
Triamcinolone 80 mg + 2 mL preservative-free saline injected. No complications.

Post-procedure pain: 2/10 (NRS) at 15 minutes.

Electronically signed by Tamsin Oyelaran-Brooks, MD 07/28/2026 10:40

ADDENDUM 07/30/2026 14:15
On review of the imaging archive for this visit only the AP image is stored. The
lateral image was never archived (the C-arm was switched to a new patient before it
was sent), so the final needle position is documented on the AP image alone.
Electronically signed by Tamsin Oyelaran-Brooks, MD 07/30/2026 14:18
""",
        ),
        (
            "handout",
            """\
GLASSWING SPINE CARE - ABOUT YOUR EPIDURAL INJECTION

What happens during the injection?
You will lie on your stomach. The doctor uses a special X-ray machine (fluoroscopy)
to see your spine. Pictures are usually taken from the front and from the side so the
doctor can see exactly where the needle is. A small amount of dye (contrast) is often
injected first to show where the medicine will spread. Then the steroid medicine is
injected.

Before and after the injection we will ask you to rate your pain from 0 (no pain) to
10 (the worst pain you can imagine). Please keep rating your pain each day for two
weeks and bring the numbers to your follow-up visit.

Call us at 555-0177-4100 for fever, a severe headache, new weakness, or trouble
controlling your bladder or bowels.
""",
        ),
    ],
}

DOCS["b14_49_consent_then_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
THISTLEDOWN PAIN CENTER - INFORMED CONSENT FOR EPIDURAL STEROID INJECTION

I, the undersigned, agree to an epidural steroid injection. I understand that:
  - an X-ray camera (fluoroscopy) is used to guide the needle, and pictures may be
    taken from several angles;
  - contrast dye may be injected to check the needle position, unless I am allergic
    to it or pregnant;
  - I will be asked to mark my pain on a line or give it a number before and after;
  - risks include bleeding, infection, headache, nerve injury, and temporary numbness
    or weakness, and the injection may not help.

I have had the chance to ask questions.

Patient signature: ________________________     Date: ______________
Witness: ________________________
""",
        ),
        (
            "note",
            """\
THISTLEDOWN PAIN CENTER - PROCEDURE NOTE

Patient: Wendeline Araujo-Fitzmaurice     DOB: 05/08/1949     MRN: TPC-2064417
Date of service: 08/04/2026               Physician: Isidore Nakamura-Obi, MD

Indication: Neurogenic claudication from lumbar spinal stenosis - both legs ache and
go heavy after about 5 minutes of standing or walking, relieved by sitting, for over a
year. MRI 06/17/2026: severe central canal stenosis at L3-L4 with ligamentum flavum
buckling; moderate at L4-L5. Physical therapy for 12 weeks and acetaminophen with
diclofenac gel gave little change.

Pre-procedure pain (100 mm VAS, both legs): 65 mm.

Procedure: L3-L4 interlaminar epidural steroid injection under fluoroscopic guidance.
Consent signed, time-out completed. Prone with a bolster. Chlorhexidine prep, sterile
drape. The L3-L4 interspace was squared on AP fluoroscopy. 1% lidocaine 3 mL to skin.
18 G Tuohy midline, loss of resistance to saline at 7 cm. Final needle position
confirmed on AP and lateral views and saved. Isovue-M 300, 3 mL: epidural spread
bilaterally in the dorsal epidural space over L3-L4, no vascular uptake.
Methylprednisolone acetate 80 mg with 3 mL preservative-free saline injected. No
complications.

Post-procedure pain (100 mm VAS): 20 mm at 20 minutes, standing.

Plan: Follow up 4 weeks with a walking-distance check. Continue the PT home program.

Electronically signed by Isidore Nakamura-Obi, MD 08/04/2026 11:52
""",
        ),
    ],
}

DOCS["b14_50_order_then_unsigned_encounter"] = {
    "kind": "pdf",
    "pages": [
        (
            "order",
            """\
BRIARCLIFF SPINE & PAIN - PROCEDURE ORDER

Order date: 07/20/2026        Ordered by: Juniper Castellanos-Mbeki, MD
Patient: Ludovic Achterberg-Nnamdi       DOB: 03/14/1966

Procedure ordered:   Lumbar epidural steroid injection, interlaminar, L5-S1
Guidance:            Fluoroscopy with contrast confirmation, two saved views
Medication:          Steroid per physician; local anesthetic per physician
Pain scale:          Record 0-10 pain score before and after
Prior auth:          Submitted 07/20/2026
Scheduling note:     Hold aspirin 7 days if approved by cardiology
""",
        ),
        (
            "note",
            """\
athenaOne | Clinical Encounter Summary
Briarcliff Spine & Pain | Procedure Suite
Patient: Ludovic Achterberg-Nnamdi    DOB: 03/14/1966    Patient ID: 2209417
Date of service: 08/11/2026           Provider: Juniper Castellanos-Mbeki, MD
ENCOUNTER STATUS: OPEN - pending provider sign-off

HPI
Left S1 radicular pain for 3 months: buttock, posterior calf and heel, numb lateral
foot, absent left ankle reflex. MRI 07/01/2026: left L5-S1 extrusion compressing the
left S1 root. PT 7 weeks, meloxicam and a steroid taper without lasting relief.

Pre-procedure pain: 8/10 (NRS).

PROCEDURE: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance.
Consent and time-out documented. Prone. Chlorhexidine prep, sterile drape. 1%
lidocaine 2 mL. 20 G Tuohy, left paramedian, loss of resistance to saline at 5 cm.
Final needle position confirmed and saved on AP and lateral views. Omnipaque 240,
2 mL: epidural spread along the left S1 nerve root, no vascular uptake. Dexamethasone
10 mg with 2 mL preservative-free saline. No complications.

Post-procedure pain: 2/10 (NRS) at 15 minutes.

PLAN: Follow up 3 weeks.

Provider sign-off: not yet signed. This encounter has not been reviewed or signed by
the provider.
""",
        ),
    ],
}

DOCS["b14_51_left_l4_l5_tfesi_discharge"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
CINDERFORD SPINE INTERVENTIONS - PROCEDURE NOTE

Patient: Rafferty Oyelowo-Castellane     DOB: 09/09/1968     MRN: CSI-4402176
Date of service: 08/18/2026              Physician: Magdalena Eze-Holmqvist, MD

Procedure: Left L4 and L5 transforaminal epidural steroid injections (left L4-L5 and
L5-S1 foramina), fluoroscopic guidance. Two levels.

Indication: Left L4 and L5 radicular pain for 5 months after a fall: anterior shin and
dorsal foot pain with numbness of the medial shin and the first web space, left
tibialis anterior 4+/5. MRI 07/06/2026: left L4-L5 foraminal protrusion compressing the
exiting left L4 root and left L5-S1 foraminal stenosis narrowing the exiting left L5
root. Failed 8 weeks of physical therapy, gabapentin and a methylprednisolone taper.

Pre-procedure pain: 7/10 (NRS), left leg.

Technique: Consent, time-out. Prone. Chlorhexidine prep, sterile drape. Using an
ipsilateral oblique view, the left L4-L5 and L5-S1 foramina were targeted in the
safe triangle. 1% lidocaine 1 mL at each skin entry. 22 G 5 in curved spinal needles
advanced to the superior aspect of each foramen. Final needle positions confirmed and
saved on AP and lateral views. Omnipaque 240, 1 mL at each level: contrast outlined
the exiting left L4 and left L5 nerve roots and flowed medially into the epidural
space; no vascular uptake. Dexamethasone 5 mg with 1 mL 1% lidocaine injected at each
level (10 mg total). Needles removed. No complications.

Post-procedure pain: 2/10 (NRS) at 20 minutes.

Plan: Follow up 3 weeks. Continue physical therapy.

Electronically signed by Magdalena Eze-Holmqvist, MD 08/18/2026 13:25
""",
        ),
        (
            "discharge",
            """\
CINDERFORD SPINE INTERVENTIONS - DISCHARGE INSTRUCTIONS AFTER A SPINE INJECTION

Today you had an injection guided by X-ray (fluoroscopy). Contrast dye was used to
check where the medicine went.
  - Your leg may feel numb or heavy for a few hours. Do not drive today.
  - You may shower tomorrow. Remove the bandage tonight.
  - Rate your pain from 0 to 10 twice a day for the next week and write it down.
  - Diabetics: the steroid can raise blood sugar for 2-3 days.
Call 555-0181-3300 or go to the emergency room for fever, a severe headache, new
weakness or numbness, or loss of bladder or bowel control.
""",
        ),
    ],
}

DOCS["b14_52_consent_facet_joint_injection"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
MOSSBANK PAIN & SPINE - PATIENT CONSENT FOR A SPINE INJECTION

The doctor will use live X-ray (fluoroscopy) to guide the needle. Contrast dye may be
injected to show that the needle is in the right place, and pictures may be taken
from more than one direction. You will be asked to score your pain from 0 to 10 before
and after the injection. Possible risks include bleeding, infection, increased pain,
nerve injury and allergic reaction.

Patient signature: ________________________   Date: ____________
""",
        ),
        (
            "note",
            """\
MOSSBANK PAIN & SPINE - PROCEDURE NOTE

Patient: Ingeborg Salazar-Okafor      DOB: 12/20/1958      MRN: MPS-3090417
Date of service: 08/25/2026           Physician: Alaric Ndiaye-Westergaard, MD

Procedure: Bilateral L4-L5 intra-articular facet joint injections under fluoroscopic
guidance.

Indication: Axial low back pain for 9 months, worse with standing, extension and
twisting, no pain below the buttocks and no numbness or weakness. Facet loading
positive bilaterally, SLR negative. MRI 07/2026: bilateral L4-L5 facet arthropathy
with small joint effusions; no canal or foraminal stenosis. PT 8 weeks and
meloxicam without benefit.

Pre-procedure pain: 6/10 (NRS) with extension.

Technique: Prone. Chlorhexidine prep, sterile drape. The right and then the left
L4-L5 facet joints were brought into view with an ipsilateral oblique tilt. 1%
lidocaine 1 mL skin wheal on each side. 22 G 3.5 in spinal needles advanced into the
inferior recess of each joint. Final needle positions documented on oblique and AP
images and saved. Omnipaque 240, 0.3 mL per joint: arthrogram outlining each joint
capsule, no vascular or epidural spread. Triamcinolone 20 mg with 0.5 mL 0.5%
bupivacaine injected into each joint. Needles removed. No complications.

Post-procedure pain: 2/10 (NRS) with extension at 20 minutes.

Electronically signed by Alaric Ndiaye-Westergaard, MD 08/25/2026 15:05
""",
        ),
    ],
}

DOCS["b14_53_checklist_hong_kong_two_page_record"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
VICTORIA PEAK VIEW HOSPITAL (PRIVATE) - DAY PROCEDURE SAFETY CHECKLIST (blank form)

SIGN IN                                   [ ] Patient identity confirmed (2 identifiers)
                                          [ ] Procedure and level confirmed
                                          [ ] Allergies, including contrast, checked
                                          [ ] Anticoagulants held as instructed
TIME OUT                                  [ ] Fluoroscopy available, shielding in place
                                          [ ] Contrast and drugs labelled
SIGN OUT                                  [ ] Images saved (at least two views)
                                          [ ] Pain score (0-10) recorded before/after

Completed by: _______________    Time: ________
""",
        ),
        (
            "note",
            """\
VICTORIA PEAK VIEW HOSPITAL (PRIVATE), HONG KONG - PAIN MANAGEMENT CENTRE
DAY PROCEDURE RECORD                                                    Page 1 of 2

Name: Mr Chan Tsz-Hin Oduya             Hospital No.: VPH-0922817
DOB: 23/05/1967                          Episode No.: DP-2609-01144
Date of procedure: 1 September 2026      Consultant: Dr Evelyn Ho-Ashworth

Diagnosis: Right S1 radiculopathy, L5/S1 disc herniation

History: 59-year-old taxi driver with right buttock and posterior leg pain to the
heel for four months, worse after long shifts, with numbness over the lateral foot.
Right ankle jerk absent; SLR positive at 40 degrees on the right. MRI of 5 August
2026: right paracentral L5/S1 herniation compressing the right S1 root. He has had
physiotherapy for eight weeks, etoricoxib and pregabalin, without adequate relief.

Pre-procedure pain score (NRS): 9/10.

Consent: written, in Chinese and English, reviewed with the patient and his wife.

(continued)
""",
        ),
        (
            "note",
            """\
VICTORIA PEAK VIEW HOSPITAL (PRIVATE) - DAY PROCEDURE RECORD            Page 2 of 2
Name: Mr Chan Tsz-Hin Oduya     Hospital No.: VPH-0922817     Date: 01/09/2026

Procedure: Lumbar interlaminar epidural steroid injection at L5/S1 under fluoroscopic
guidance.

Technique: Prone on the radiolucent table. Skin cleaned with chlorhexidine and
draped. The L5/S1 interlaminar space was identified under fluoroscopy and the skin
infiltrated with 1% lignocaine 2 ml. An 18 G Tuohy needle was advanced right
paramedian using loss of resistance to saline. Lateral and AP images of the final
needle position were taken and stored. Omnipaque 300, 2 ml: contrast filled the right
ventral epidural space and outlined the right S1 root, no vascular uptake.
Dexamethasone 8 mg with 2 ml normal saline injected. Needle withdrawn intact.

Complications: nil.

Post-procedure pain score (NRS): 4/10 at 30 minutes in the day ward.

Discharge: home with his wife. Review in clinic in 4 weeks.

Electronically signed by Dr Evelyn Ho-Ashworth, FHKCA (Pain Medicine), 01/09/2026
""",
        ),
    ],
}

DOCS["b14_54_prior_visit_score_pain_diary"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
Azalea Health - Procedure Note
Practice: Pinecrest Hollow Pain Medicine
Patient: Tallulah Nwachukwu-Berglund    DOB: 07/17/1980    MRN: PHP-110398
Date of service: 09/08/2026             Provider: Cassius Oyelaran-Mortensen, MD

HPI: Seen in consultation on 08/13/2026 for left L5 radicular pain of 4 months,
lateral leg to the dorsal foot, with a positive left SLR. At that consult she rated
the leg pain 8/10. MRI 07/2026: left L4-L5 subarticular protrusion contacting the left
L5 root. PT 6 weeks and naproxen without relief. She returns today for the planned
injection.

Pre-procedure: Vitals stable. Consent signed. Time-out completed. No anticoagulants.

Procedure: L4-L5 interlaminar epidural steroid injection, fluoroscopic guidance.
Prone. Chlorhexidine prep, sterile drape. 1% lidocaine 2 mL to skin. 20 G Tuohy,
left paramedian, loss of resistance to saline at 6 cm. Final needle position
confirmed and saved on AP and lateral views. Omnipaque 180, 2 mL: epidural spread
along the left L5 root and into the left lateral recess, no vascular uptake.
Triamcinolone 40 mg + 2 mL preservative-free saline injected. No complications.

Post-procedure: pain 3/10 (NRS) at 15 minutes. Discharged ambulatory.

Plan: Follow up 3 weeks; pain diary given.

Electronically signed by Cassius Oyelaran-Mortensen, MD 09/08/2026 10:02
""",
        ),
        (
            "handout",
            """\
PINECREST HOLLOW PAIN MEDICINE - TWO-WEEK PAIN DIARY

Write down your pain each morning and evening on a 0-10 scale (0 = no pain,
10 = worst pain imaginable). Bring this sheet to your follow-up visit.

Day | Morning (0-10) | Evening (0-10) | Notes
 1  |                |                |
 2  |                |                |
 3  |                |                |
 4  |                |                |
 5  |                |                |
 6  |                |                |
 7  |                |                |

Example: "Morning 6, evening 4 - walked 20 minutes."
""",
        ),
    ],
}

DOCS["b14_55_scan_complete_l4l5"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 30019,
    "fax": "09/18/2026 08:41  FROM: HAWTHORNE BLUFF PAIN  5550127744  TO: 5550190033  P. 1/1",
    "pages": [
        (
            "note",
            """\
HAWTHORNE BLUFF PAIN ASSOCIATES
EPIDURAL INJECTION NOTE

Patient: Leontyne Abernathy-Kwok
DOB: 11/30/1964     MRN: HBP-660291
Date of service: 09/15/2026
Physician: Torsten Mbeki-Halloran, MD

Indication: right L5 radicular pain
to the top of the foot, 5 months.
MRI: right L4-L5 protrusion on the
right L5 root. PT 8 weeks failed.

Pre-procedure pain: 7/10.

L4-L5 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy right paramedian, LOR.
AP and lateral views of the final
needle position were saved.
Omnipaque 240 2 mL: epidural spread
along the right L5 root.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Torsten Mbeki-Halloran, MD 09/15/2026
""",
        ),
    ],
}

DOCS["b14_56_scan_name_field_blank"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 30113,
    "fax": "SEP-29-2026 15:20  FROM: ORCHARD GAP SPINE  5550136620  TO: 5550190033  P.01",
    "pages": [
        (
            "note",
            """\
ORCHARD GAP SPINE CENTER
PROCEDURE NOTE

Patient name: ______________________
DOB: __________     MRN: OGS-418807
Date of service: 09/22/2026
Physician: Hedda Okonkwo-Farrell, MD

Indication: left sciatica to the
heel, 4 months. MRI: left L5-S1
herniation compressing the nerve root.
PT 10 weeks and naproxen failed.

Pre-procedure pain: 8/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy left paramedian, LOR.
AP and lateral views of the final
needle position were saved.
Omnipaque 240 2 mL: epidural spread
into the left L5-S1 lateral recess.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Hedda Okonkwo-Farrell, MD 09/22/2026
""",
        ),
    ],
}

DOCS["b14_57_scan_complete_claudication"] = {
    "kind": "scan",
    "angle": 0.8,
    "seed": 30200,
    "fax": "2026-10-09 11:02  FROM: QUILLAN PAIN CLINIC  5550148851  TO: 5550190033  P. 1/1",
    "pages": [
        (
            "note",
            """\
QUILLAN PAIN CLINIC
PROCEDURE NOTE

Patient: Ebenezer Castellanos-Wye
DOB: 02/17/1948     MRN: QPC-207713
Date of service: 10/06/2026
Physician: Marit Oyebanji-Tillard, MD

Indication: neurogenic claudication,
both calves. MRI: severe L3-L4
canal stenosis. PT 12 weeks failed.

Pre-procedure pain: 6/10.

L3-L4 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
18 G Tuohy midline, LOR to saline.
Lateral and contralateral oblique
views of the final needle position
were saved.
Omnipaque 300 3 mL: epidural spread
on both sides at L3-L4.
Methylprednisolone 80 mg + 3 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Marit Oyebanji-Tillard, MD 10/06/2026
""",
        ),
    ],
}

DOCS["b14_58_scan_signature_line_blank"] = {
    "kind": "scan",
    "angle": -0.7,
    "seed": 30327,
    "fax": "10/27/2026 09:55  FROM: LANTERN ROCK SPINE  5550155903  TO: 5550190033  P.1",
    "pages": [
        (
            "note",
            """\
LANTERN ROCK SPINE & PAIN
PROCEDURE NOTE

Patient: Philomena Akintola-Reyes
DOB: 06/04/1972     MRN: LRS-993016
Date of service: 10/20/2026

Indication: right L5 radicular pain
to the big toe, 3 months. MRI: right
L4-L5 protrusion on the L5 root.
PT 8 weeks, meloxicam failed.

Pre-procedure pain: 7/10.

L4-L5 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy right paramedian, LOR.
AP and lateral views of the final
needle position were saved.
Omnipaque 240 2 mL: epidural spread
along the right L5 root.
Triamcinolone 40 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Physician signature: __________________
Date: __________
""",
        ),
    ],
}

DOCS["b14_59_scan_lumbar_sympathetic_block"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 30442,
    "fax": "NOV-06-2026 13:37  FROM: FOXGLOVE PAIN  5550162284  TO: 5550190033  P. 1/1",
    "pages": [
        (
            "note",
            """\
FOXGLOVE PAIN MEDICINE
PROCEDURE NOTE

Patient: Anatole Brightwater-Eze
DOB: 08/22/1979     MRN: FPM-305518
Date of service: 11/03/2026
Physician: Ottilie Marchetti-Dube, MD

Indication: complex regional pain
syndrome, left foot, 7 months, after
an ankle fracture. PT 12 weeks failed.

Pre-procedure pain: 8/10.

Left L3 lumbar sympathetic block,
fluoroscopy. Prone, sterile prep,
1% lidocaine. 22 G needle to the
anterolateral L3 vertebral body.
AP and lateral views of the final
needle position were saved.
Omnipaque 240 3 mL: spread along the
anterolateral vertebral bodies L2 to
L4, no epidural or psoas spread.
Bupivacaine 0.25% 10 mL injected.
Left foot warmer by 2.5 C.

Post-procedure pain: 3/10.

Electronically signed by
Ottilie Marchetti-Dube, MD 11/03/2026
""",
        ),
    ],
}

DOCS["b14_60_scan_complete_l5s1_isovue"] = {
    "kind": "scan",
    "angle": -0.8,
    "seed": 30511,
    "fax": "11/24/2026 10:18  FROM: WREN HOLLOW SPINE  5550170442  TO: 5550190033  P. 1/1",
    "pages": [
        (
            "note",
            """\
WREN HOLLOW SPINE CLINIC
PROCEDURE NOTE

Patient: Gulliver Okafor-Lindqvist
DOB: 03/12/1969     MRN: WHS-541180
Date of service: 11/17/2026
Physician: Ysolde Farquharson-Ade, MD

Indication: bilateral sciatica to
the heels, 4 months. MRI: central
L5-S1 extrusion on both nerve roots.
PT 9 weeks, gabapentin failed.

Pre-procedure pain: 8/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy midline, LOR to saline.
AP and lateral views of the final
needle position were saved.
Isovue-M 200 2 mL: epidural spread
on both sides at L5-S1.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Ysolde Farquharson-Ade, MD 11/17/2026
""",
        ),
    ],
}


def page_text(stem: str) -> list[tuple[str, str]]:
    """Return the (kind, text) pages of document ``stem``."""
    return DOCS[stem]["pages"]


def build_pdf(stem: str, pages: list[tuple[str, str]]) -> pathlib.Path:
    """Typeset ``pages`` as a letter-size PDF with a text layer."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    out = PDF_DIR / f"{stem}.pdf"
    c = canvas.Canvas(str(out), pagesize=letter, invariant=1)
    c.setTitle(stem)
    _width, height = letter
    for _, text in pages:
        y = height - 60
        c.setFont("Courier", 9)
        for line in text.splitlines():
            c.drawString(54, y, line)
            y -= 12
        c.showPage()
    c.save()
    return out


def draw_page(text: str, fax: str, angle: float, rng: random.Random):
    """Draw one page as a 200 dpi fax: header band, crooked feed, speckle, 1-bit."""
    from PIL import Image, ImageDraw, ImageFont

    w, h = int(8.5 * DPI), int(11 * DPI)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    body = ImageFont.truetype("DejaVuSans.ttf", 34)
    band = ImageFont.truetype("DejaVuSansMono.ttf", 23)
    draw.text((80, 38), fax, font=band, fill=0)
    draw.line((60, 80, w - 60, 80), fill=0, width=2)
    y = 150
    for line in text.splitlines():
        draw.text((150, y), line, font=body, fill=0)
        y += 50
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(int(w * h * 0.0012)):
        x, yy = rng.randrange(w), rng.randrange(h)
        px[x, yy] = 0 if rng.random() < 0.6 else 255
    # a few short horizontal streaks, as a worn fax drum leaves across the page
    for _ in range(6):
        x0, yy = rng.randrange(w - 300), rng.randrange(h)
        for x in range(x0, x0 + rng.randrange(40, 300)):
            if rng.random() < 0.7:
                px[x, yy] = 0
    return img.point(lambda v: 255 if v > 150 else 0).convert("1")


def build_scan(stem: str, doc: dict) -> list[pathlib.Path]:
    """Draw ``doc`` as an image-only PDF (no text layer) plus a PNG of page 1."""
    rng = random.Random(doc["seed"])
    images = [draw_page(text, doc["fax"], doc["angle"], rng) for _, text in doc["pages"]]
    out_pdf = SCAN_DIR / f"{stem}.pdf"
    # fixed dates in the PDF info dictionary keep the file identical from run to run
    stamp = time.strptime("2026-12-15", "%Y-%m-%d")
    images[0].save(
        out_pdf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title=stem,
        creationDate=stamp,
        modDate=stamp,
    )
    out_png = SCAN_DIR / f"{stem}.png"
    images[0].save(out_png, "PNG", optimize=True, dpi=(DPI, DPI))
    return [out_pdf, out_png]


def main() -> None:
    """Build every PDF and scan in DOCS."""
    PDF_DIR.mkdir(exist_ok=True)
    SCAN_DIR.mkdir(exist_ok=True)
    for stem, doc in DOCS.items():
        outs = [build_pdf(stem, doc["pages"])] if doc["kind"] == "pdf" else build_scan(stem, doc)
        for out in outs:
            print(f"{out.relative_to(HERE)}  {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
