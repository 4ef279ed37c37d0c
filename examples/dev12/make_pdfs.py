#!/usr/bin/env python3
"""Build the fourteen dev12 PDFs: eight with a text layer and six image-only fax scans.

Usage:  python examples/dev12/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are a fax cover, consent forms, patient information sheets, discharge
instructions and a clinic note from an earlier visit). ``check_gold.py`` reads ``DOCS`` to find
labelled values, since the scans have no text layer. Text PDFs (``pdf/``) are drawn with
reportlab in Courier. Scans (``scans/``) are drawn in Helvetica (one in Courier, as if typed)
with a fax header band across the top (a transmission date that is not the date of service),
rendered with pypdfium2 at 200 dpi, turned by a small angle, sprinkled with salt-and-pepper
noise from a fixed seed, thresholded to black and white and saved by Pillow as image-only PDFs,
with page 1 also saved as a PNG next to each. One scan (d12_58) loses most of the scan lines of
the line holding the needle views (a fax line dropout), so that line cannot be read. The
drawing and scan functions follow the dev11 set's; the page texts and the dropout are new. All
people, clinics, numbers and dates are fictional. The output is deterministic for a given
reportlab / pypdfium2 / Pillow version.
"""

from __future__ import annotations

import io
import pathlib
import random
import textwrap
import time

HERE = pathlib.Path(__file__).resolve().parent
OUT = {"text": HERE / "pdf", "scan": HERE / "scans"}
DPI = 200
CONSENT = """\
{clinic}
CONSENT TO A SPINAL INJECTION

Patient: {patient}

What the injection is: a steroid and numbing medicine are placed in the epidural space,
near the irritated nerve. The doctor uses a live X-ray machine (fluoroscopy) to aim the
needle, and usually injects a little X-ray dye (contrast) first to check where the medicine
will go. Still pictures are taken from two directions and kept in your record.

Before and after the injection we ask you to rate your pain on a 0 to 10 scale, so that we
can tell whether the injection helped.

Possible problems: soreness at the needle site, a headache if the needle passes the sac of
fluid around the nerves, infection, bleeding, a raised blood sugar, flushing, short-lived
leg numbness or weakness, allergic reaction to the dye and, very rarely, nerve damage.
Other choices include medicines, physical therapy, surgery or doing nothing.

I have read this form, my questions were answered, and I agree to the injection.

Patient signature: _____________________________    Date: ____________
{physician_block}
"""

HANDOUT = """\
PATIENT INFORMATION SHEET: WHAT TO EXPECT AT YOUR EPIDURAL INJECTION

Check-in: a nurse checks your name and date of birth and asks you to rate your pain from
0 (no pain) to 10 (worst pain you can imagine).

In the procedure room: you lie on your stomach. The doctor uses a special X-ray camera
called fluoroscopy to see your spine. A few drops of X-ray dye (contrast) show the doctor
that the medicine will spread where it should. Pictures are saved from the front view and
the side view.

Afterwards: you rest for 15 to 30 minutes and the nurse asks for your pain score again.
Most people go home within an hour.

Please tell us before the injection if you are allergic to X-ray dye or iodine, could be
pregnant, take a blood thinner, or have a fever.
"""

DOCS: dict[str, dict] = {
    "d12_47_pdf_fax_cover_note_handout": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FAX - MEADOWSWEET SPINE PARTNERS

To:    Claims Documentation, Larkfield Health Plan        Fax: (555) 013-7720
From:  Health Records, Meadowsweet Spine Partners         Fax: (555) 013-4408
Sent:  06/25/2026 16:10        Pages: 3 including this cover

Regarding: the procedure record requested for claim review.
Enclosed: the procedure note and the patient information sheet handed out at check-in.
Fluoroscopic images (front and side views) are kept in our PACS and can be sent on disc.

This fax may contain protected health information. If you are not the addressee, call
(555) 013-4400 and destroy the pages.
""",
            """\
MEADOWSWEET SPINE PARTNERS - PROCEDURE NOTE

Patient: Jessamy Treadwell           DOB: 04/02/1976          MRN: MSP-5520781
Date of service: 06/18/2026          Physician: Lancelot Obiora-Frane, MD

Indication: left S1 radiculopathy. Pain from the left buttock down the back of the thigh
and calf to the heel, numb lateral border of the foot, absent left ankle jerk, positive left
straight-leg raise at 35 degrees. MRI 05/2026: left paracentral L5-S1 protrusion
compressing the left S1 root. Physical therapy for 9 weeks and naproxen without relief.

Pre-procedure pain: 7/10 on the numeric rating scale, left leg.

Procedure: L5-S1 interlaminar epidural steroid injection, left paramedian, under
fluoroscopic guidance. Prone, chlorhexidine prep, sterile drape, 1% lidocaine skin wheal.
A 20 gauge Tuohy needle entered the epidural space by loss of resistance to saline at 5 cm;
aspiration negative. Omnipaque 240, 2 mL, spread in the left ventral epidural space and
along the left S1 root. The final needle position was confirmed on AP and lateral views,
and both images were saved. Triamcinolone 40 mg with 2 mL preservative-free saline was
injected. No complications.

Post-procedure pain: 2/10 at 20 minutes, left leg.

Electronically signed by Lancelot Obiora-Frane, MD 06/18/2026 11:20
""",
            HANDOUT,
        ],
    },
    "d12_48_pdf_two_page_note_consent": {
        "note_pages": [0, 1],
        "kind": "text",
        "pages": [
            """\
HIGHGATE MEWS PAIN CENTER                                          Page 1 of 2
LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Algernon Fotheringay        DOB: 11/25/1957          MRN: HMP-3308841
Account: 77-201-5534                 Date of service: 06/22/2026
Physician: Temperance Achike-Lund, MD

Indication: neurogenic claudication from severe L3-L4 central stenosis with bilateral
lateral recess narrowing (MRI 05/2026). Both legs cramp and go numb after 3 minutes of
standing or a short walk, and ease when he sits or stoops over a shopping cart. 12 weeks of
physical therapy, a home exercise program and gabapentin have not helped.

Pre-procedure pain: 8/10 (numeric), both legs.

Procedure: L3-L4 interlaminar epidural steroid injection, midline, fluoroscopic guidance.
Consent signed and time-out done. Prone, chlorhexidine prep and drape. Skin wheal with 1%
lidocaine. An 18 gauge Tuohy needle was advanced in the midline at L3-L4 with loss of
resistance to saline at 7 cm; aspiration negative for blood and CSF.

(continued on page 2)
""",
            """\
HIGHGATE MEWS PAIN CENTER                                          Page 2 of 2
Patient: Algernon Fotheringay        MRN: HMP-3308841        Date of service: 06/22/2026

Procedure (continued): Isovue-M 300, 3 mL: bilateral dorsal epidural spread from L3 up to
L2. AP and lateral images of the final needle position were saved to PACS.
Methylprednisolone 80 mg with 3 mL preservative-free saline was injected slowly. The needle
was withdrawn; no complications.

Recovery: pain 3/10 (numeric), both legs, at 25 minutes. Walking without help. Discharged
with his daughter.

Electronically signed by Temperance Achike-Lund, MD 06/22/2026 15:40
""",
            CONSENT.format(
                clinic="HIGHGATE MEWS PAIN CENTER",
                patient="Algernon Fotheringay",
                physician_block="Witness: ________________________________    Date: ____________",
            ),
        ],
    },
    "d12_49_pdf_images_saved_no_views": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
ORCHID GROVE SPINE - PROCEDURE NOTE

Patient: Bartholomew Quenby          DOB: 07/30/1962          MRN: OGS-6641120
Date of service: 06/24/2026          Physician: Marisela Ugwu-Pemberton, MD

Indication: right L5 radiculopathy. Pain from the right buttock along the outer shin to
the top of the foot, numb first web space, weak right great-toe extension. MRI 05/2026:
right L4-5 subarticular protrusion compressing the traversing right L5 root. Physical
therapy for 8 weeks and meloxicam without relief.

Pre-procedure pain: 7/10 (numeric), right leg.

Procedure: L4-L5 interlaminar epidural steroid injection, right paramedian, under
fluoroscopic guidance. Prone, prep, drape, 1% lidocaine skin wheal. A 20 gauge Tuohy needle
reached the epidural space by loss of resistance to saline at 5.5 cm; aspiration negative.
Omnipaque 180, 2 mL: epidural spread along the right L5 root and up to L4. Fluoroscopic
images of the final needle position were saved. Dexamethasone 10 mg with 2 mL
preservative-free saline was injected. No complications.

Post-procedure pain: 2/10 (numeric) at 20 minutes.

Electronically signed by Marisela Ugwu-Pemberton, MD 06/24/2026 13:02
""",
            HANDOUT,
        ],
    },
    "d12_50_pdf_signature_only_on_consent": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            CONSENT.format(
                clinic="LINDENGATE PAIN & SPINE",
                patient="Cassius Wetherell",
                physician_block=(
                    "Physician statement: I explained the procedure, its risks and the other\n"
                    "choices, and answered the patient's questions.\n"
                    "Electronically signed by Rosamund Akintola-Vey, MD 06/29/2026 08:12"
                ),
            ),
            """\
LINDENGATE PAIN & SPINE - PROCEDURE NOTE

Patient: Cassius Wetherell           DOB: 02/11/1970          MRN: LPS-2290573
Date of service: 06/29/2026          Physician: Rosamund Akintola-Vey, MD

Indication: left L5 radiculopathy. Pain shoots from the left hip down the outer leg to the
big toe; numb dorsum of the foot; positive left straight-leg raise. MRI 05/2026: left L4-5
protrusion compressing the left L5 nerve root. 10 weeks of physical therapy, gabapentin and
naproxen without relief.

Pre-procedure pain: 8/10 (numeric), left leg.

Procedure: L4-L5 interlaminar epidural steroid injection, left paramedian, fluoroscopic
guidance. Prone, prep, drape, 1% lidocaine skin wheal. 20 gauge Tuohy needle, loss of
resistance to saline at 6 cm, aspiration negative. Omnipaque 240, 2 mL: epidural spread
along the left L5 root and cephalad to L4. Final needle position saved in AP and lateral
views. Triamcinolone 40 mg with 2 mL preservative-free saline injected. No complications.

Post-procedure pain: 2/10 (numeric) at 15 minutes.

Provider signature: ________________________        Date/time: ______________
""",
        ],
    },
    "d12_51_pdf_pre_score_on_prior_visit": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
GOLDCREST SPINE MEDICINE - PROCEDURE NOTE

Patient: Henrietta Pellingham        DOB: 10/03/1968          MRN: GSM-7719402
Date of service: 07/01/2026          Physician: Ignatius Okeke-Fairley, MD

Indication: right S1 radiculopathy; pain from the right buttock to the heel and sole,
absent right ankle reflex, positive right straight-leg raise. MRI 06/2026: right L5-S1
extrusion displacing the right S1 root. Physical therapy for 8 weeks and gabapentin failed.

Pre-procedure assessment: see the clinic visit of 06/17/2026 (attached).

Procedure: L5-S1 interlaminar epidural steroid injection, right paramedian, under
fluoroscopic guidance. Prone, prep, drape, 1% lidocaine skin wheal. 20 gauge Tuohy needle,
loss of resistance to saline at 5 cm, aspiration negative. Omnipaque 180, 2 mL: epidural
spread along the right S1 root and cephalad to L5. Final needle position confirmed on AP
and lateral images, both saved. Dexamethasone 10 mg with 2 mL preservative-free saline
injected. No complications.

Post-procedure pain: 2/10 (numeric) at 20 minutes, right leg.

Electronically signed by Ignatius Okeke-Fairley, MD 07/01/2026 10:44
""",
            """\
GOLDCREST SPINE MEDICINE - CLINIC VISIT
Patient: Henrietta Pellingham        MRN: GSM-7719402         Visit date: 06/17/2026

Chief complaint: right leg pain for 3 months.
Pain: NRS 8/10, right leg, worse sitting.
Exam: right SLR positive at 40 degrees; right ankle jerk absent; strength normal.
Plan: right L5-S1 interlaminar epidural steroid injection under fluoroscopy.
Electronically signed by Ignatius Okeke-Fairley, MD 06/17/2026 16:30
""",
            HANDOUT,
        ],
    },
    "d12_52_pdf_left_l4_l5_tfesi_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
BIRCHWOOD LANE SPINE - TRANSFORAMINAL EPIDURAL STEROID INJECTIONS

Patient: Sebastian Marlowe-Tibbs     DOB: 05/15/1961          MRN: BLS-4402287
Date of service: 07/06/2026          Physician: Octavia Nnamdi-Crowe, MD

Indication: left L4 and L5 radiculopathy. Pain from the left buttock over the front of
the shin and the outer leg to the top of the foot; weak left ankle dorsiflexion and great-
toe extension; reduced left knee jerk. MRI 05/2026: left foraminal stenosis at L4-5 and
L5-S1 compressing the exiting left L4 and L5 roots. Physical therapy for 10 weeks and
pregabalin without relief.

Pre-procedure pain: 8/10 (numeric), left leg.

Procedure: left L4 and left L5 transforaminal epidural steroid injections (left L4-L5 and
L5-S1 foramina) under fluoroscopic guidance. Prone, prep, drape, 1% lidocaine skin wheals.
At each level a 22 gauge spinal needle was advanced in the oblique view to the subpedicular
position. Omnipaque 240, 1 mL at each level, outlined the left L4 and L5 roots and spread
medially into the epidural space, no vascular uptake on live fluoroscopy. Final needle
positions saved in AP and lateral views at both levels. Dexamethasone 5 mg with 1 mL
preservative-free saline at each level. No complications.

Post-procedure pain: 2/10 (numeric) at 20 minutes.

Electronically signed by Octavia Nnamdi-Crowe, MD 07/06/2026 12:26
""",
            CONSENT.format(
                clinic="BIRCHWOOD LANE SPINE",
                patient="Sebastian Marlowe-Tibbs",
                physician_block="Witness: ________________________________    Date: ____________",
            ),
        ],
    },
    "d12_53_pdf_si_joint_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
CORNFLOWER PAIN CLINIC - PROCEDURE NOTE

Patient: Philippa Drinkwater         DOB: 01/08/1972          MRN: CPC-3371904
Date of service: 07/08/2026          Physician: Evander Oduya-Marsh, MD

Indication: right sacroiliac joint pain. Pain over the right posterior superior iliac
spine into the right buttock, no pain below the knee; Fortin finger sign positive; 4 of 5
provocation tests positive (thigh thrust, compression, Gaenslen, sacral thrust); SLR
negative. Physical therapy for 8 weeks, an SI belt and naproxen without relief.

Pre-procedure pain: 6/10 (numeric), right buttock.

Procedure: right sacroiliac joint injection under fluoroscopic guidance. Prone, prep,
drape, 1% lidocaine skin wheal. A 22 gauge spinal needle was advanced into the inferior
third of the right SI joint. Omnipaque 240, 0.5 mL: arthrogram outlining the joint, no
vascular uptake. Final needle position saved in AP and contralateral oblique views.
Triamcinolone 40 mg with 1.5 mL 0.5% bupivacaine injected into the joint. No complications.

Post-procedure pain: 1/10 (numeric) at 20 minutes with provocation.

Electronically signed by Evander Oduya-Marsh, MD 07/08/2026 14:10
""",
            """\
PATIENT INFORMATION SHEET: JOINT AND SPINE INJECTIONS

Your doctor uses an X-ray camera (fluoroscopy) to guide a thin needle into the joint or
next to the spine. A small amount of X-ray dye (contrast) shows that the needle is in the
right place, and pictures from two angles are saved in your record.

Before and after the injection you will be asked to score your pain from 0 to 10. Please
keep the pain diary we give you for the next 7 days and bring it to your next visit.

Call us at (555) 012-9044 if you have a fever, redness at the needle site, or new weakness.
""",
        ],
    },
    "d12_54_pdf_post_score_on_discharge_sheet": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
TWINRIVERS SPINE & PAIN - PROCEDURE NOTE

Patient: Montgomery Haverstock       DOB: 09/19/1959          MRN: TSP-8800136
Date of service: 07/13/2026          Physician: Clarimond Adeyinka-Holm, MD

Indication: neurogenic claudication from severe L4-L5 central stenosis (MRI 06/2026);
heavy, numb legs after 5 minutes of walking, relieved by sitting. Physical therapy for 10
weeks and gabapentin without benefit.

Pre-procedure pain: 7/10 (numeric), both legs.

Procedure: L4-L5 interlaminar epidural steroid injection, midline, fluoroscopic guidance.
Prone, prep, drape, 1% lidocaine skin wheal. 18 gauge Tuohy needle, loss of resistance to
saline at 7 cm, aspiration negative. Omnipaque 300, 3 mL: bilateral epidural spread up to
L3. AP and lateral images of the final needle position saved. Methylprednisolone 80 mg with
3 mL preservative-free saline injected. No complications.

Recovery: see the discharge sheet.

Electronically signed by Clarimond Adeyinka-Holm, MD 07/13/2026 11:35
""",
            """\
TWINRIVERS SPINE & PAIN - GOING HOME AFTER YOUR INJECTION

Name: Montgomery Haverstock          Date: 07/13/2026

Your pain score when you left today: 2 out of 10.

- The numbing medicine can make your legs feel heavy for a few hours. Have someone with
  you when you walk today, and do not drive until tomorrow.
- The steroid starts to work in 2 to 7 days. Your pain may be a little worse first.
- If X-ray dye (contrast) was used, drink plenty of water today.
- Call (555) 016-2200 for fever, a headache that is worse when you sit up, new weakness,
  numbness between the legs, or trouble passing urine.
- At your follow-up visit we will ask for your pain score again, on the same 0 to 10 scale.

Discharged by: N. Okafor-Bell, RN
""",
        ],
    },
    "d12_55_scan_paper_form_complete": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 4,
        "angle": 0.5,
        "noise": 0.0015,
        "band": "JUL 21 2026 10:02  FROM: FIELDFARE PAIN  TO: 5550137720  P.01/01",
        "pages": [
            """\
FIELDFARE PAIN CLINIC - EPIDURAL INJECTION FORM

Patient: Ambrose Thackeray-Vine
DOB: 03/12/1963     MRN: FPC-2209915
Date of service: 07/15/2026
Physician: Leonie Adewale-Strom, MD

Indication: right L5 radiculopathy; pain from
the right hip to the top of the foot, weak
right EHL, MRI right L4-5 protrusion on the
L5 root. Physical therapy 8 weeks, naproxen.

Pain before injection (NRS): 8/10

Procedure: L4-L5 interlaminar epidural
steroid injection, right paramedian, under
fluoroscopic guidance. 1% lidocaine skin.
20 g Tuohy, loss of resistance at 5.5 cm.
Omnipaque 240, 2 mL: epidural spread along
the right L5 root and up to L4.
Final needle position: AP and lateral
images saved.
Triamcinolone 40 mg + 2 mL PF saline.
Complications: none.

Pain after injection (NRS): 2/10 at 20 min

Electronically signed by
Leonie Adewale-Strom, MD 07/15/2026
""",
        ],
    },
    "d12_56_scan_typed_letter_complete": {
        "note_pages": [0],
        "kind": "scan",
        "font": "Courier",
        "seed": 52,
        "angle": -0.6,
        "noise": 0.0015,
        "band": "07/28/2026 14:55  KINGSMERE SPINE  5550149932  PAGE 01",
        "pages": [
            """\
KINGSMERE SPINE - PROCEDURE REPORT

Patient: Gwendolyn Ashwell-Pryor
DOB: 06/21/1955   MRN: KMS-5570318
Date of service: 07/20/2026
Physician: Barnabas Okonjo-Hale, MD

Neurogenic claudication from severe
L3-L4 stenosis; legs heavy after one
block, better sitting. PT 12 weeks and
gabapentin without benefit.

Pain before the injection: 7/10.

L3-L4 interlaminar epidural steroid
injection, midline, under fluoroscopy.
1% lidocaine skin wheal. 18 g Tuohy,
loss of resistance at 6.5 cm.
Isovue-M 300, 3 mL: bilateral epidural
spread up to L2. AP and lateral
images of the final needle position
saved. Methylprednisolone 80 mg with
3 mL PF saline injected. No
complications.

Pain after the injection: 3/10 at
20 minutes.

Electronically signed by
Barnabas Okonjo-Hale, MD 07/20/2026
""",
        ],
    },
    "d12_57_scan_label_box_blank_dob_only": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 5,
        "angle": 0.7,
        "noise": 0.0015,
        "band": "AUG 04 2026 09:31  FROM: SEDGEMOOR ASC  TO: 5550180044  P.01/01",
        "pages": [
            """\
SEDGEMOOR AMBULATORY SURGERY CENTER
PAIN PROCEDURE RECORD

[ AFFIX PATIENT LABEL HERE ]

DOB: 09/14/1957
Date of service: 07/22/2026
Physician: Thomasina Obi-Larkin, MD

Indication: left S1 radiculopathy; pain down
the back of the left leg to the heel, absent
left ankle jerk, MRI left L5-S1 protrusion
on the S1 root. PT 8 weeks, gabapentin.

Pre-procedure pain (NRS): 7/10

Procedure: L5-S1 interlaminar epidural
steroid injection, left paramedian, under
fluoroscopic guidance. 1% lidocaine skin.
20 g Tuohy, loss of resistance at 5 cm.
Omnipaque 180, 2 mL: epidural spread along
the left S1 root and up to L5.
Final needle position: AP and lateral
images saved.
Dexamethasone 10 mg + 2 mL PF saline.
Complications: none.

Post-procedure pain (NRS): 2/10 at 20 min

Electronically signed by
Thomasina Obi-Larkin, MD 07/22/2026
""",
        ],
    },
    "d12_58_scan_views_line_dropout": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 6,
        "angle": -0.5,
        "noise": 0.0015,
        "band": "08/06/2026 16:20  ROWANBRAE PAIN  5550172206  P. 001",
        "dropout": ["Final needle position"],
        "pages": [
            """\
ROWANBRAE PAIN CENTER - PROCEDURE NOTE

Patient: Cuthbert Mallinson
DOB: 12/30/1960    MRN: RPC-4409127
Date of service: 07/27/2026
Physician: Ottoline Achebe-Sverd, MD

Indication: left L5 radiculopathy; pain to
the top of the left foot, numb first web
space, MRI left L4-5 protrusion on the L5
root. Physical therapy 9 weeks, meloxicam.

Pre-procedure pain (NRS): 8/10

Procedure: L4-L5 interlaminar epidural
steroid injection, left paramedian, under
fluoroscopic guidance. 1% lidocaine skin.
20 g Tuohy, loss of resistance at 6 cm.
Omnipaque 240, 2 mL: epidural spread along
the left L5 root and up to L4.
Final needle position: AP and lateral saved.
Triamcinolone 40 mg + 2 mL PF saline.
Complications: none.

Post-procedure pain (NRS): 2/10 at 20 min

Electronically signed by
Ottoline Achebe-Sverd, MD 07/27/2026
""",
        ],
    },
    "d12_59_scan_contrast_pattern_unticked": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 78,
        "angle": 0.6,
        "noise": 0.0015,
        "band": "AUG 10 2026 11:48  FROM: LAPWING SPINE  TO: 5550195510  P.01/01",
        "pages": [
            """\
LAPWING SPINE - ESI CHECKLIST (form LS-7)

Patient: Rosamond Fairfax-Ibe
DOB: 05/05/1966     MRN: LWS-6610428
Date of service: 07/29/2026
Physician: Caspar Nwosu-Lindgren, MD

Indication: [X] radiculopathy   [ ] stenosis
  right S1: pain to the heel, absent right
  ankle jerk, MRI right L5-S1 protrusion on
  the S1 root
Conservative care: [X] PT 10 weeks  [X] NSAID

Pre-procedure pain (0-10): 7

Guidance:  [X] fluoroscopy   [ ] CT
Approach:  [X] interlaminar, right paramedian
Level:     [ ] L4-L5   [X] L5-S1
Needle:    20 g Tuohy, LOR to saline at 5 cm
Contrast:  [X] Omnipaque 180, 2 mL
  Pattern: [ ] epidural [ ] vascular [ ] other
Final needle position: [X] AP  [X] lateral
Images saved: [X] yes
Injectate: dexamethasone 10 mg + 2 mL saline
Skin: 1% lidocaine
Complications: [X] none

Post-procedure pain (0-10): 2

Electronically signed by
Caspar Nwosu-Lindgren, MD 07/29/2026
""",
        ],
    },
    "d12_60_scan_cervical_c6c7_ilesi": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 25,
        "angle": -0.7,
        "noise": 0.0015,
        "band": "08/12/2026 08:05  MERLINHOLT SPINE  5550163318  PAGE 01",
        "pages": [
            """\
MERLINHOLT SPINE - CERVICAL EPIDURAL NOTE

Patient: Fitzwilliam Dunmore
DOB: 02/14/1967    MRN: MHS-3318206
Date of service: 08/03/2026
Physician: Anastasia Oyewole-Brandt, MD

Indication: right C7 radiculopathy; pain from
the neck down the back of the right arm to
the middle finger, weak right triceps, MRI
right C6-7 disc protrusion on the C7 root.
Physical therapy 8 weeks, gabapentin.

Pre-procedure pain (NRS): 7/10, right arm

Procedure: C6-C7 interlaminar epidural
steroid injection, right paramedian, under
fluoroscopic guidance. 1% lidocaine skin.
20 g Tuohy, loss of resistance at 4.5 cm.
Omnipaque 240, 1.5 mL: epidural spread on
the right up to C5.
Final needle position: AP and contralateral
oblique images saved.
Dexamethasone 10 mg + 1 mL PF saline.
Complications: none.

Post-procedure pain (NRS): 2/10, right arm

Electronically signed by
Anastasia Oyewole-Brandt, MD 08/03/2026
""",
        ],
    },
}


def page_lines(text: str, width: int) -> list[str]:
    """Return ``text`` wrapped to ``width`` characters, keeping its own line breaks."""
    lines: list[str] = []
    for raw in text.splitlines():
        lines.extend(textwrap.wrap(raw, width, subsequent_indent="  ") or [""])
    return lines


def draw_pdf(
    pages: list[str],
    size: float,
    width: int,
    font: str = "Courier",
    band: str | None = None,
) -> bytes:
    """Draw ``pages`` in ``font`` with a text layer and return the PDF bytes.

    ``band`` is a fax header line drawn across the top of every page ("{page}" is replaced by
    the page number).
    """
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.setTitle("dev12 fictional example")
    for number, text in enumerate(pages, start=1):
        if band:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(36, letter[1] - 24, band.format(page=f"{number:02d}"))
            pdf.setLineWidth(0.8)
            pdf.line(36, letter[1] - 29, letter[0] - 36, letter[1] - 29)
        pdf.setFont(font, size)
        y = letter[1] - 54
        for line in page_lines(text, width):
            pdf.drawString(50, y, line)
            y -= size * 1.35
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def dropout(page, words: list[str], text: str, seed: int) -> None:
    """Blank most scan lines of the lines of ``text`` holding ``words`` (a fax line dropout).

    A fax that loses its sync drops whole rows of pixels; here about four rows in five across
    the height of the line are painted white, in runs, so only slivers of the glyphs remain.
    """
    from PIL import ImageDraw

    rng = random.Random(seed * 11)
    lines = page_lines(text, 60)
    line_h = 12 * 1.35 * DPI / 72
    top = 54 * DPI / 72 - 12 * DPI / 72 * 0.85
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines):
        if not any(word in line for word in words):
            continue
        y = int(top + index * line_h)
        end = int(y + line_h * 0.9)
        while y < end:
            run = rng.randint(2, 4)
            draw.rectangle((0, y, page.width, min(y + run, end)), fill=255)
            y += run + 1 + rng.randint(0, 1)


def scan(doc: dict) -> list:
    """Render ``doc`` as crooked, noisy 1-bit fax pages and return them as Pillow images."""
    import pypdfium2 as pdfium
    from PIL import Image

    font = doc.get("font", "Helvetica")
    source = pdfium.PdfDocument(draw_pdf(doc["pages"], 12, 60, font, doc.get("band")))
    images = []
    for index in range(len(source)):
        grey = source[index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        if doc.get("dropout") and index == 0:
            dropout(grey, doc["dropout"], doc["pages"][index], doc["seed"])
        grey = grey.rotate(doc["angle"], resample=Image.Resampling.BICUBIC, fillcolor=255)
        rng = random.Random(doc["seed"] * 100 + index)
        pixels = grey.load()
        for _ in range(int(grey.width * grey.height * doc["noise"])):
            x, y = rng.randrange(grey.width), rng.randrange(grey.height)
            pixels[x, y] = 0 if rng.random() < 0.5 else 255
        images.append(grey.point(lambda v: 255 if v > 150 else 0).convert("1"))
    source.close()
    return images


def scan_pdf(images: list) -> bytes:
    """Return ``images`` saved as an image-only PDF with fixed dates."""
    buf = io.BytesIO()
    # fixed dates keep the file byte-identical from run to run
    stamp = time.strptime("2026-12-03 12:00:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title="dev12 fictional fax scan",
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def main() -> None:
    """Write every PDF in ``DOCS`` to ``pdf/`` (text layer) or ``scans/`` (image only + PNG)."""
    for name, doc in DOCS.items():
        OUT[doc["kind"]].mkdir(exist_ok=True)
        path = OUT[doc["kind"]] / f"{name}.pdf"
        if doc["kind"] == "text":
            data = draw_pdf(doc["pages"], 10, 92)
        else:
            images = scan(doc)
            data = scan_pdf(images)
            png = path.with_suffix(".png")
            images[0].save(png, "PNG", dpi=(DPI, DPI), optimize=False)
            print(f"{png.relative_to(HERE)}  {png.stat().st_size:,} bytes")
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data):,} bytes  {len(doc['pages'])} page(s)")


if __name__ == "__main__":
    main()
