#!/usr/bin/env python3
"""Build the blind13 PDFs (b13_47..54, with a text layer) and scans (b13_55..60, image only).

Usage:  python examples/blind13/make_pdfs.py

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

DOCS["b13_47_order_then_two_page_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "order",
            """\
HALDANE CROSSING MEDICAL CENTER - SPINE INJECTION SERVICE
OUTPATIENT PROCEDURE REQUISITION

Requested procedure:  Lumbar epidural steroid injection, interlaminar
Requested guidance:   Fluoroscopy; contrast unless contraindicated
Requested by:         Ottilie Marchbank-Osei, NP (Spine Clinic)
Date requested:       08/06/2026
Priority:             Routine (within 3 weeks)

Instructions to the performing physician:
  - Record a 0-10 pain score before and after the injection.
  - Keep two fluoroscopic views of the final needle position.
  - Please send the report to the Spine Clinic.

Authorization: Tern Valley Health Plan, ref TVH-2608-11452, valid 08/10/2026-12/07/2026
""",
        ),
        (
            "note",
            """\
HALDANE CROSSING MEDICAL CENTER                                    Page 1 of 2
SPINE INJECTION SERVICE - PROCEDURE REPORT

Patient:            Leocadia Ferreira-Ashdown
MRN:                HCMC-04471290
Date of birth:      12/09/1962
Date of procedure:  08/27/2026
Physician:          Anselm Okwuosa-Brightman, MD
Referring:          Ottilie Marchbank-Osei, NP

Procedure:  L4-L5 interlaminar epidural steroid injection with fluoroscopic guidance.

Clinical summary: 63-year-old woman with five months of right buttock and lateral
leg pain to the dorsum of the foot, paresthesias of the right great toe and
weak right great toe extension. MRI 07/15/2026: right subarticular L4-L5 disc
protrusion compressing the traversing right L5 nerve root. Eleven weeks of
physical therapy, diclofenac and gabapentin have not controlled her symptoms.

Pain score in the pre-procedure area: 8/10.
""",
        ),
        (
            "note",
            """\
HALDANE CROSSING MEDICAL CENTER   Ferreira-Ashdown, Leocadia   HCMC-04471290   Page 2 of 2

Procedure detail: Consent confirmed and time-out completed. Prone. Skin prepped
with chlorhexidine and draped. The L4-L5 interspace was identified on
fluoroscopy. 1% lidocaine 3 mL to skin and subcutaneous tissue. A 20 G Tuohy
needle was advanced right paramedian with loss of resistance to saline at
6 cm. With the needle in its final position, AP and lateral fluoroscopic
images were recorded and stored in PACS. Omnipaque 240, 2 mL, produced an
epidural spread pattern in the right lateral recess and along the right L5
root, without vascular uptake. Triamcinolone 80 mg in 2 mL preservative-free
saline was then injected. The needle was withdrawn intact.

Complications: none.

Post-procedure pain score at 20 minutes: 2/10. Discharged with her husband.

Electronically signed by Anselm Okwuosa-Brightman, MD 08/27/2026 11:06
""",
        ),
    ],
}

DOCS["b13_48_acceptable_pattern_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
PELLINGHAM VALE PAIN CENTER - PROCEDURE NOTE

Patient: Crispin Adebayo-Halvorsen      DOB: 04/04/1975      MRN: PVP-2290486
Date of service: 09/01/2026             Physician: Marigold Etxeberria-Nwosu, MD

Indication: left S1 radiculopathy for 4 months, pain to the heel and sole,
absent left ankle jerk. MRI 07/2026: left L5-S1 paracentral extrusion
compressing the left S1 root. PT 8 weeks, naproxen, gabapentin failed.

Pre-procedure pain: 7/10

Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopic
guidance. Consent, time out. Prone, ChloraPrep, sterile drape. L5-S1 located on
fluoroscopy. 1% lidocaine 3 mL. 20 G Tuohy, left paramedian, loss of
resistance to saline at 5.5 cm. Final needle position confirmed on AP and
lateral fluoroscopic images; both saved. Omnipaque 240 2 mL injected: the
contrast pattern was acceptable. Triamcinolone 80 mg with 2 mL PF saline
injected. Needle removed. No complications.

Post-procedure pain: 2/10 at 15 minutes.

Electronically signed by Marigold Etxeberria-Nwosu, MD 09/01/2026 10:41
""",
        ),
        (
            "handout",
            """\
PELLINGHAM VALE PAIN CENTER - WHAT TO EXPECT AFTER AN EPIDURAL INJECTION

During your injection the doctor used fluoroscopy (live X-ray) and took
pictures from the front and the side. A small amount of contrast dye showed the
medicine spreading around the nerves in the epidural space.

- Your leg may feel numb or heavy for a few hours.
- The steroid can take 3 to 7 days to work.
- Each evening, rate your pain from 0 (none) to 10 (worst) in your diary.
- Call 555-0188-2200 for fever, severe headache, or new weakness.
""",
        ),
    ],
}

DOCS["b13_49_consent_then_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
TARRANT BROOK SPINE CENTER
INFORMED CONSENT - LUMBAR EPIDURAL STEROID INJECTION

Your doctor has recommended an epidural steroid injection. During the
procedure a live X-ray machine (fluoroscopy) is used to guide the needle, and
contrast dye is usually injected to show where the medicine will spread. X-ray
pictures are saved from two or more angles. You will be asked to score your
pain from 0 to 10 before and after the injection.

Possible risks: bleeding, infection, headache, temporary numbness, nerve
injury, allergic reaction, raised blood sugar.

I have read this form, my questions were answered, and I agree.

Patient signature: E. Marchetti-Obuya     Date: 09/03/2026
Witness: R. Abernathy, RN
""",
        ),
        (
            "note",
            """\
TARRANT BROOK SPINE CENTER - PROCEDURE NOTE

Patient: Eulalie Marchetti-Obuya        DOB: 02/28/1957      MRN: TBS-6618240
Date of service: 09/03/2026             Physician: Dashiell Nnamdi-Forsberg, MD

Indication: neurogenic claudication - bilateral buttock and thigh pain after
5 minutes of walking, eased by sitting. MRI 07/2026: severe L4-L5 central canal
stenosis. 12 weeks of PT, a walking program and acetaminophen without benefit.

Pre-procedure pain: 6/10

Procedure: L4-L5 interlaminar epidural steroid injection, fluoroscopic
guidance. Prone, prep, drape. L4-L5 interlaminar space identified with
fluoroscopy. 1% lidocaine 3 mL. 18 G Tuohy, midline, loss of resistance to
saline at 7 cm. AP and lateral fluoroscopic images of the final needle
position were saved. Isovue-M 200 3 mL: epidural spread bilaterally, cephalad
to L3, no vascular or intrathecal filling. Methylprednisolone 80 mg with 3 mL
PF saline injected. Needle removed. No complications.

Post-procedure pain: 1/10 at 20 minutes.

Electronically signed by Dashiell Nnamdi-Forsberg, MD 09/03/2026 12:18
""",
        ),
    ],
}

DOCS["b13_50_fax_cover_preliminary_report"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FAX  -  GLENCAIRN PAIN SPECIALISTS
Date:     09/14/2026
To:       Prior Review Dept., Saltfern Mutual Health     Fax 555-0191-7730
From:     Glencairn Pain Specialists, records desk       Fax 555-0191-4418
Pages:    2 including this cover
Re:       Additional documentation, claim 26-77104 (CPT 62323)

Enclosed is the procedure report you asked for. Our physicians perform every
lumbar epidural under fluoroscopy with contrast, save two views of the final
needle position and record pain scores before and after the injection.

CONFIDENTIAL: this fax may contain health information. If received in error,
notify the sender at 555-0191-4400 and destroy it.
""",
        ),
        (
            "note",
            """\
GLENCAIRN PAIN SPECIALISTS                       REPORT STATUS: PRELIMINARY
PROCEDURE REPORT

Patient: Tobias Kwarteng-Lindqvist      DOB: 10/17/1969     MRN: GPS-3317259
Date of service: 09/08/2026             Physician: Ottoline Fairbanks-Achebe, MD

Indication: right L5 radicular pain, 5 months, lateral leg to the dorsum of
the foot. MRI 07/2026: right L4-L5 subarticular protrusion compressing the
right L5 root. Failed PT 9 weeks, meloxicam, gabapentin.

Pre-procedure pain: 7/10

Procedure: L4-L5 interlaminar epidural steroid injection, fluoroscopic
guidance. Consent, time out. Prone. Prep and drape. L4-L5 identified on
fluoroscopy. 1% lidocaine 3 mL. 20 G Tuohy, right paramedian, loss of
resistance to saline at 6 cm. Final needle position confirmed on AP and
lateral views and saved. Omnipaque 240 2 mL: epidural spread along the right
L5 nerve root and into the right lateral recess. Dexamethasone 10 mg with
2 mL PF saline injected. Needle removed. No complications.

Post-procedure pain: 3/10 at 15 minutes.

Pending physician signature - report not yet reviewed by
Ottoline Fairbanks-Achebe, MD
""",
        ),
    ],
}

DOCS["b13_51_left_l5_s1_tfesi_discharge"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
ALDERBRIGHT SPINE & NERVE - TRANSFORAMINAL INJECTION REPORT

Patient: Maximilian Oduya-Thorvaldsen   DOB: 01/23/1964     MRN: ASN-4408136
Date of service: 09/10/2026             Physician: Persephone Ikwuemesi-Dahl, MD
Claim lines: 64483-LT, 64484-LT

Indication: left L5 and S1 radicular pain for 4 months, pain to the dorsum and
the lateral border of the foot, absent left ankle reflex. MRI 07/2026: left
foraminal L5-S1 disc protrusion with compression of the exiting left L5 root
and the traversing left S1 root. PT 8 weeks, celecoxib, pregabalin failed.

Pre-procedure pain: 8/10

Procedure: left L5-S1 transforaminal and left S1 transforaminal epidural
steroid injections (left L5 and S1 nerve roots) under fluoroscopic guidance.
Consent, time out. Prone. Prep and drape. The left L5-S1 foramen was targeted
on an oblique view and the left S1 foramen on an AP view with cephalad tilt.
1% lidocaine 1 mL per site. 22 G spinal needles. Final needle positions were
confirmed on AP and lateral views and saved. Omnipaque 240 1 mL per level:
contrast outlined the left L5 root and the left S1 root with epidural spread,
no vascular uptake on live fluoroscopy. Dexamethasone 5 mg per level.
Needles removed. No complications.

Post-procedure pain: 2/10 at 20 minutes.

Electronically signed by Persephone Ikwuemesi-Dahl, MD 09/10/2026 14:45
""",
        ),
        (
            "discharge",
            """\
ALDERBRIGHT SPINE & NERVE - DISCHARGE INSTRUCTIONS

You had a nerve root injection today. X-ray (fluoroscopy) and contrast dye
were used so the medicine reached the right nerve.

- Do not drive for the rest of the day.
- Numbness in the leg is expected for a few hours; use a cane if unsteady.
- Track your pain on a 0-10 scale twice a day for two weeks.
- Call 555-0193-6600 for fever, a bad headache, or new bowel or bladder
  trouble.
""",
        ),
    ],
}

DOCS["b13_52_checklist_addendum_post_score"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
NETTLEBED SPINE ASC - PRE-PROCEDURE VERIFICATION CHECKLIST

[ ] Two identifiers matched to the wristband
[ ] Consent signed and witnessed
[ ] Anticoagulant / antiplatelet hold confirmed
[ ] Contrast allergy screened
[ ] Fluoroscopy and shielding ready
[ ] Baseline pain score (0-10) taken
[ ] Post-procedure pain score (0-10) to be taken in recovery

Form NSA-07, revised 01/2026
""",
        ),
        (
            "note",
            """\
NETTLEBED SPINE ASC - PROCEDURE NOTE                               Page 1 of 2

Patient: Seraphina Oyelaran-Westergaard
DOB: 07/30/1971                MRN: NSA-5520917
Date of service: 09/15/2026
Physician: Caspar Adeyemi-Hollingsworth, MD

Indication: right S1 radiculopathy for 5 months - pain from the buttock to the
heel, numb lateral foot, positive right SLR. MRI 07/2026: right L5-S1
paracentral herniation compressing the right S1 root. PT 10 weeks, naproxen
and gabapentin failed.

Pre-procedure pain: 8/10

Procedure: L5-S1 interlaminar epidural steroid injection, fluoroscopic
guidance. Consent, time out. Prone. Prep and drape. L5-S1 identified on
fluoroscopy. 1% lidocaine 3 mL. 20 G Tuohy, right paramedian, loss of
resistance to saline at 5 cm. Final needle position confirmed on AP and
lateral views, saved. Omnipaque 240 2 mL: epidural spread along the right S1
root into the right lateral recess. Triamcinolone 80 mg with 2 mL PF saline.
""",
        ),
        (
            "note",
            """\
NETTLEBED SPINE ASC   Oyelaran-Westergaard, Seraphina   NSA-5520917   Page 2 of 2

Needle removed. No complications.

Post-procedure pain: 1/10.

Electronically signed by Caspar Adeyemi-Hollingsworth, MD 09/15/2026 11:02

ADDENDUM 09/16/2026 08:40: The post-procedure pain score of 1/10 above was
carried into this note from another patient's recovery record in error. No
post-procedure pain score was obtained for this patient before discharge.

Electronically signed by Caspar Adeyemi-Hollingsworth, MD 09/16/2026 08:41
""",
        ),
    ],
}

DOCS["b13_53_op_note_discharge_sheet"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
WHITLOW ABBEY SURGICAL CENTRE                                      Page 1 of 2
OPERATIVE NOTE - PAIN PROCEDURE

NAME:              Ptolemy Vasquez-Onyekachi
DATE OF BIRTH:     03/12/1948
MED REC #:         WASC-1100842
ACCOUNT #:         A26-0918334
DATE OF SERVICE:   09/22/2026
OPERATOR:          Henrike Obiageli-Strand, MD

PRE-OP DIAGNOSIS:  Lumbar spinal stenosis with neurogenic claudication, L3-L4;
                   bilateral L4 radicular pain.
OPERATION:         L3-L4 interlaminar epidural steroid injection, fluoroscopic
                   guidance.

HISTORY: 78-year-old man, retired pharmacist. Bilateral anterior thigh pain
and leg fatigue within one block of walking, better bent over a cart. MRI
08/2026: severe L3-L4 central stenosis, moderate at L2-L3. PT 14 weeks and
acetaminophen; NSAIDs avoided because of warfarin history (now on apixaban,
held 3 days).

PRE-OP HOLDING AREA: pain 6/10.
""",
        ),
        (
            "note",
            """\
WHITLOW ABBEY SURGICAL CENTRE   Vasquez-Onyekachi, Ptolemy   Page 2 of 2

OPERATIVE DETAIL: Prone, pillows under the abdomen. Sterile prep and drape.
L3-L4 interlaminar space identified with fluoroscopy. 1% lidocaine 4 mL.
18 G Tuohy, midline, loss of resistance to saline at 7.5 cm. AP and lateral
views of the final needle position were recorded and saved. Omnipaque 300
3 mL: epidural spread bilaterally in the dorsal epidural space from L2 to L4,
no vascular or intrathecal pattern. Methylprednisolone 80 mg with 3 mL PF
saline injected. Needle removed. No complications. EBL nil.

RECOVERY: pain 2/10 at 25 minutes; walked the corridor without thigh pain.

Electronically signed by Henrike Obiageli-Strand, MD 09/22/2026 10:29
""",
        ),
        (
            "discharge",
            """\
WHITLOW ABBEY SURGICAL CENTRE - YOUR DISCHARGE SHEET

Today's procedure used fluoroscopy (X-ray) and contrast to guide an injection.
- Restart apixaban tomorrow morning unless told otherwise.
- Rate your pain (0-10) each day and bring the sheet to your next visit.
- Sore back at the needle site is common for 1-2 days; use ice.
- Emergency: fever, severe headache, weakness or numbness in the legs, loss of
  bladder or bowel control - call 555-0196-2020 or go to the ED.
""",
        ),
    ],
}

DOCS["b13_54_consent_si_joint"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
MEADOWSWEET PAIN CLINIC - CONSENT FOR SPINAL INJECTION

I understand that the doctor will use an X-ray camera (fluoroscopy) to guide
the needle and may inject contrast dye to confirm the needle position. Images
may be taken from more than one angle. I will rate my pain from 0 to 10 before
and after the procedure. I understand the risks, including bleeding,
infection, numbness and temporary weakness.

Patient signature: ______________________    Date: ____________
""",
        ),
        (
            "note",
            """\
MEADOWSWEET PAIN CLINIC - PROCEDURE NOTE

Patient: Winifred Oyenuga-Castellanos   DOB: 05/09/1967     MRN: MPC-2230594
Date of service: 09/24/2026             Physician: Benedikt Uzoma-Fairclough, MD

Procedure: Right sacroiliac joint injection under fluoroscopic guidance.

Indication: right sacroiliac joint pain, 6 months - pain over the right
posterior superior iliac spine and buttock, no pain below the knee; positive
thigh thrust, compression and FABER on the right. PT 8 weeks and NSAIDs.

Pain before: 7/10

Technique: Prone. Prep and drape. The inferior right SI joint was visualized
with contralateral tilt of the C-arm. 1% lidocaine 1 mL to skin. 22 G 3.5 in
spinal needle into the inferior joint. Final needle position documented on AP
and oblique images. Omnipaque 240 0.5 mL: intra-articular arthrogram outlining
the joint, no vascular uptake. Triamcinolone 40 mg with 1.5 mL 0.5%
bupivacaine injected. Needle removed. No complications.

Pain after: 2/10 at 20 minutes with thigh thrust.

Electronically signed by Benedikt Uzoma-Fairclough, MD 09/24/2026 15:36
""",
        ),
    ],
}

DOCS["b13_55_scan_complete_l5s1"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 20573,
    "fax": "10/09/2026 07:44  FROM: CALDERWOOD PAIN  5550205581  TO: 5550188004  P. 1/1",
    "pages": [
        (
            "note",
            """\
CALDERWOOD PAIN MEDICINE
EPIDURAL PROCEDURE NOTE

Patient: Jessamine Okafor-Brightwell
DOB: 06/15/1973      MRN: CPM-771048
Date of service: 10/01/2026
Physician: Ruaridh Adeyemi-Loftus, MD

Indication: right S1 radicular pain to
the heel, 4 months. MRI: right L5-S1
disc herniation on the S1 root.
PT 8 weeks and naproxen failed.

Pre-procedure pain: 7/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy right paramedian, LOR.
AP and lateral images of the final
needle position were saved.
Omnipaque 240 2 mL: epidural spread
along the right S1 root.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Ruaridh Adeyemi-Loftus, MD 10/01/2026
""",
        ),
    ],
}

DOCS["b13_56_scan_lateral_only"] = {
    "kind": "scan",
    "angle": -0.7,
    "seed": 20729,
    "fax": "OCT-19-2026 16:02  FROM: BRAMBLEGATE SPINE  5550219933  TO: 5550188004  P.01",
    "pages": [
        (
            "note",
            """\
BRAMBLEGATE SPINE CLINIC
PROCEDURE NOTE

Patient: Leopold Nwankwo-Ashfield
DOB: 09/02/1960      MRN: BSC-402715
Date of service: 10/13/2026
Physician: Clementine Afolayan-Ross, MD

Indication: left L5 radicular pain to
the big toe, 5 months. MRI: left L4-L5
protrusion on the L5 root.
PT 10 weeks, meloxicam failed.

Pre-procedure pain: 8/10.

L4-L5 interlaminar ESI, fluoroscopy.
AP view used to count the levels.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy left paramedian, LOR.
Final needle tip position shown on
the lateral image, which was saved.
Omnipaque 240 2 mL: epidural spread
into the left lateral recess.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Clementine Afolayan-Ross, MD 10/13/2026
""",
        ),
    ],
}

DOCS["b13_57_scan_complete_caudal"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 20591,
    "fax": "2026-10-30 12:15  FROM: ELDERBANK PAIN  5550224471  TO: 5550188004  P. 1/1",
    "pages": [
        (
            "note",
            """\
ELDERBANK PAIN ASSOCIATES
CAUDAL EPIDURAL INJECTION NOTE

Patient: Augusta Lindqvist-Oyebanji
DOB: 01/21/1951      MRN: EPA-330962
Date of service: 10/26/2026
Physician: Fitzgerald Mensah-Holloway, MD

Indication: post-laminectomy syndrome
with bilateral leg pain to the calves.
PT 12 weeks and duloxetine failed.

Pain before: 8/10.

Caudal ESI under fluoroscopy. Prone.
Sterile prep. 1% lidocaine to skin.
20 G Tuohy through the sacral hiatus.
AP and lateral images of the final
needle position were saved.
Omnipaque 240 5 mL: epidural spread
up to L5, both sacral root sleeves.
Methylprednisolone 80 mg + 8 mL saline.
No complications.

Pain after: 3/10.

Electronically signed by
Fitzgerald Mensah-Holloway, MD 10/26/2026
""",
        ),
    ],
}

DOCS["b13_58_scan_typed_name_only"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 20620,
    "fax": "11/06/2026 09:31  FROM: HOLLYFORD SPINE  5550230157  TO: 5550188004  P.1",
    "pages": [
        (
            "note",
            """\
HOLLYFORD SPINE & PAIN
PROCEDURE NOTE

Patient: Reginald Obiechina-Sutter
DOB: 12/08/1967      MRN: HSP-558201
Date of service: 11/02/2026

Indication: neurogenic claudication,
both thighs. MRI: severe L3-L4 canal
stenosis. PT 12 weeks failed.

Pre-procedure pain: 6/10.

L3-L4 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
18 G Tuohy midline, LOR to saline.
AP and lateral images of the final
needle position were saved.
Omnipaque 240 3 mL: epidural spread
bilaterally from L3 to L4.
Triamcinolone 80 mg + 3 mL saline.
No complications.

Post-procedure pain: 2/10.

Anneliese Hartigan-Obuya, MD
Interventional Pain Medicine
""",
        ),
    ],
}

DOCS["b13_59_scan_epidurography_only"] = {
    "kind": "scan",
    "angle": 0.8,
    "seed": 20602,
    "fax": "11/20/2026 14:48  FROM: RUSHMOOR PAIN  5550241186  TO: 5550188004  P. 1/1",
    "pages": [
        (
            "note",
            """\
RUSHMOOR PAIN INSTITUTE
PROCEDURE NOTE

Patient: Cornelia Ashcombe-Nwosu
DOB: 04/27/1959      MRN: RPI-619034
Date of service: 11/16/2026
Physician: Thaddeus Okonjo-Whitby, MD

Indication: post-laminectomy syndrome,
left leg pain to the foot. Planning
for a spinal cord stimulator trial.

Diagnostic lumbar epidurogram only.
No epidural steroid or anesthetic.
L4-L5 interlaminar entry, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
18 G Tuohy midline, LOR to saline.
AP and lateral images of the final
needle position were saved.
Omnipaque 240 6 mL: epidural spread
up to T12, filling defect at L5.
No complications.

Electronically signed by
Thaddeus Okonjo-Whitby, MD 11/16/2026
""",
        ),
    ],
}

DOCS["b13_60_scan_contrast_declined"] = {
    "kind": "scan",
    "angle": -0.8,
    "seed": 20662,
    "fax": "DEC-04-2026 10:07  FROM: WEYBRIDGE SPINE  5550256620  TO: 5550188004  P.01/01",
    "pages": [
        (
            "note",
            """\
WEYBRIDGE SPINE CENTER
PROCEDURE NOTE

Patient: Eudora Mbakwe-Lindholm
DOB: 03/06/1976      MRN: WSC-884120
Date of service: 11/30/2026
Physician: Anselm Kowalczyk-Eze, MD

Indication: left S1 radicular pain to
the heel, 3 months. MRI: left L5-S1
herniation on the S1 root.
PT 8 weeks, naproxen failed.

Pre-procedure pain: 7/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy left paramedian, LOR.
AP and lateral images of the final
needle position were saved.
Contrast not used: patient declined
the dye. No allergy on file.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Anselm Kowalczyk-Eze, MD 11/30/2026
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
