#!/usr/bin/env python3
"""Build the blind11 PDFs (b11_47..54, with a text layer) and scans (b11_55..60, image only).

Usage:  python examples/blind11/make_pdfs.py

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
# pages that are not the note (fax_cover, consent, handout, avs, checklist) and are never evidence.
DOCS: dict[str, dict] = {}

DOCS["b11_47_fax_cover_two_page_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
                    FACSIMILE - RECORDS RELEASE

To:      Clinical Documentation Review, Cardinal Plains Health Plan
Fax:     555-013-8845
From:    Health Information Management, Verbena Falls Surgery Center
Fax:     555-013-2270
Sent:    06/29/2026                   Pages: 3 including this sheet
Subject: Requested records - lumbar epidural steroid injection (62323)

Notes: Our epidural injections follow the center's protocol: fluoroscopy for every case,
contrast to confirm placement, two saved views, and a 0-10 pain score before and after.
Saved images are available on request.

This transmission may contain protected health information. If you are not the intended
recipient, please call 555-013-2270 and destroy all copies.
""",
        ),
        (
            "note",
            """\
VERBENA FALLS SURGERY CENTER                                              Page 1 of 2
PAIN PROCEDURE NOTE

Patient:   Calloway Ifeanyi-Marchetti           DOB:  10/16/1961
MRN:       VFS-2093318                          Acct: 610449027
Date of service: 06/11/2026
Physician: Rosalind Kirkegaard-Oboh, MD

Procedure
  Lumbar interlaminar epidural steroid injection at L5-S1, fluoroscopic guidance.

Indication
  64-year-old man, 5 months of right S1 radicular pain: buttock, posterior thigh and calf to
  the lateral foot, with calf cramping and a reduced right ankle reflex. MRI 04/22/2026:
  right paracentral L5-S1 extrusion compressing the right S1 nerve root. Conservative care:
  10 weeks of physical therapy, home exercise, celecoxib and gabapentin - inadequate relief.

Pre-procedure
  Pain (NRS): 7/10 right leg.   BP 136/80  HR 66  SpO2 98%  Glucose 104 mg/dL.
  Aspirin 81 mg continued. No anticoagulants.

Technique
  Consent confirmed; time-out. Prone. Chlorhexidine prep; sterile drape. The L5-S1
  interlaminar space was identified with fluoroscopy and the skin infiltrated with 1%
  lidocaine 3 mL. A 20 G Tuohy needle was advanced right paramedian with loss of
  resistance to saline at 6 cm.
""",
        ),
        (
            "note",
            """\
VERBENA FALLS SURGERY CENTER    Calloway Ifeanyi-Marchetti  VFS-2093318   Page 2 of 2

Technique (continued)
  Final needle position confirmed on lateral and contralateral oblique images, both saved.
  Omnipaque 240, 2 mL, spread in the right ventral epidural space and along the right S1
  root; no vascular or intrathecal contrast. Triamcinolone 80 mg with 2 mL preservative-free
  saline injected. Needle removed intact. No complications.

Recovery
  Pain (NRS) at 15 minutes: 1/10. Neuro exam unchanged. Discharged with his wife.

Plan
  Continue home exercise. Follow-up visit in 4 weeks.

Electronically signed by Rosalind Kirkegaard-Oboh, MD on 06/11/2026 at 12:06
""",
        ),
    ],
}

DOCS["b11_48_consent_signed_note_unsigned"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
CONSENT FOR EPIDURAL STEROID INJECTION
Larkhaven Spine & Pain

Procedure: Lumbar epidural steroid injection
Physician: Dr. Ignatius Oyelaran-Forsythe

I understand that an X-ray machine (fluoroscopy) is normally used to guide the needle, that
images may be taken from several angles, and that a contrast dye may be injected to show
where the medicine will go. I will be asked to rate my pain from 0 to 10.
Possible risks include infection, bleeding, headache, nerve damage, allergic reaction,
raised blood sugar and no relief. I have had the chance to ask questions.

Patient signature: ______________________     Date: ____________
Physician signature: /s/ Ignatius Oyelaran-Forsythe, MD     Date: 07/01/2026
Witness: ______________________
""",
        ),
        (
            "note",
            """\
LARKHAVEN SPINE & PAIN - PROCEDURE NOTE

Patient: Mireille Ashworth-Obiang        DOB: 03/09/1965        MRN: LSP-7730215
Date of service: 07/01/2026
Physician: Ignatius Oyelaran-Forsythe, MD

Indication: Left L5 radicular pain for 4 months - buttock to lateral shin and top of foot,
paresthesias in the great toe; SLR positive left at 40 degrees. MRI 05/2026: left L4-L5
paracentral protrusion compressing the traversing left L5 root. Six weeks of physical
therapy, naproxen and gabapentin without benefit.

Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid injection under fluoroscopic guidance.
Time-out. Prone. Chlorhexidine prep and sterile drape. The L4-L5 interlaminar space was
identified under fluoroscopy and the skin anesthetized with 1% lidocaine 2 mL. A 20 G Tuohy
needle was advanced left paramedian with loss of resistance to saline at 5.5 cm. The final
needle position was confirmed on AP and lateral images, which were saved. Omnipaque 240,
2 mL, demonstrated epidural spread along the left L5 nerve root and the left lateral
recess, with no vascular uptake. Triamcinolone 80 mg with 2 mL preservative-free saline
was injected. No complications.

Post-procedure pain: 2/10 at 15 minutes. Discharged ambulatory with her sister.

Plan: follow up in 4 weeks; continue home exercises.
""",
        ),
    ],
}

DOCS["b11_49_two_level_tfesi_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
GOLDENROD SPINE ASSOCIATES
TRANSFORAMINAL EPIDURAL STEROID INJECTION - PROCEDURE NOTE

Patient: Bartholomew Achterberg-Nzeogwu      DOB: 12/22/1959      MRN: GSA-4410862
Date of service: 07/14/2026
Physician: Marisol Thornquist-Adebayo, MD

Procedure: Left L4-L5 and L5-S1 transforaminal epidural steroid injections (two levels)
under fluoroscopic guidance.

Indication: left L4 and L5 radicular pain for 6 months - anterior thigh, medial shin and
dorsum of the foot - with a reduced left knee jerk. MRI 05/19/2026: left L4-L5 and L5-S1
foraminal stenosis compressing the exiting left L4 and L5 roots. Failed 12 weeks of PT,
meloxicam and duloxetine.

Pre-procedure pain: 8/10 (NRS).

Technique: Prone; chlorhexidine prep; sterile drape. Each foramen was targeted on a left
oblique fluoroscopic view. 1% lidocaine 1 mL to the skin at each site. 22 G spinal needles
were advanced to the left L4-L5 foramen and to the left L5-S1 foramen. Final needle
positions were documented on AP and lateral views and saved. Omnipaque 240, 1 mL at each
level, outlined the left L4 and L5 nerve roots with medial flow into the epidural space and
no vascular uptake. Dexamethasone 5 mg with 1 mL preservative-free saline was injected at
each level. No complications.

Post-procedure pain: 3/10 at 20 minutes.

Electronically signed by Marisol Thornquist-Adebayo, MD 07/14/2026 14:40
""",
        ),
        (
            "handout",
            """\
YOUR NERVE BLOCK: WHAT TO EXPECT AT HOME
Goldenrod Spine Associates - patient information

Today's injection placed medicine next to the nerves that leave your spine. Live X-ray
(fluoroscopy) pictures from different angles and a small amount of contrast dye help the
doctor see where the medicine goes.

- Your leg may feel numb or weak for a few hours. Do not drive today.
- The steroid usually starts to work in 2 to 7 days.
- Rate your pain from 0 to 10 every evening for two weeks and bring the record to your
  next visit.
- Call 555-018-6402 for fever, a severe headache, new weakness, or bladder or bowel
  changes.
""",
        ),
    ],
}

DOCS["b11_50_declined_post_score_avs"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
MOSSBANK PAIN & SPINE CENTER - OUTPATIENT PROCEDURE

Patient: Henrike Onyekachi-Baldwin       DOB: 05/14/1979       MRN: MPS-2218840
Date of service: 08/04/2026              Physician: Lazarus Penhaligon-Abiodun, MD

Indication: Right S1 radiculopathy for 3 months, pain from the right buttock to the heel
with numbness of the lateral foot; right SLR positive at 45 degrees. MRI 06/2026 right
L5-S1 paracentral extrusion contacting the right S1 root. Failed 7 weeks of PT, naproxen,
gabapentin.

Pre-procedure pain: 8/10.

Procedure: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance.
Consent and time-out. Prone. Sterile prep. The L5-S1 interspace was identified under
fluoroscopy and anesthetized with 1% lidocaine 2 mL. A 20 G Tuohy needle was advanced right
paramedian; LOR to saline at 6 cm. AP and lateral views of the final needle position were
saved. Isovue-M 200 2 mL spread in the right ventral epidural space along the S1 root, no
vascular uptake. Methylprednisolone 80 mg with 2 mL PF saline injected. No complications.

Recovery: Asked to rate her pain before discharge, she declined to give a number, saying
she would "rather wait and see how it settles". Ambulating, neuro exam unchanged.
Discharged with her partner.

Electronically signed by Lazarus Penhaligon-Abiodun, MD 08/04/2026 10:55
""",
        ),
        (
            "avs",
            """\
AFTER VISIT SUMMARY - Mossbank Pain & Spine Center             Visit: 08/04/2026
Henrike Onyekachi-Baldwin

Today you had an epidural steroid injection in your lower back, placed with X-ray
guidance (fluoroscopy) and contrast dye.

Pain diary: please write down your pain score (0 = no pain, 10 = worst pain) each morning
and evening for the next 14 days.

- No driving for the rest of today.
- Keep the bandage dry until tomorrow.
- Check your blood sugar if you have diabetes; steroid can raise it for a few days.

Questions or problems: 555-014-7731. Follow-up: 09/01/2026.
""",
        ),
    ],
}

DOCS["b11_51_checklist_and_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
SAFETY CHECKLIST - INTERVENTIONAL SPINE ROOM
Thistledown Pain Clinic

SIGN IN
[ ] Two patient identifiers checked
[ ] Consent on chart, site marked
[ ] Allergy check: contrast, latex, iodine, chlorhexidine
[ ] Anticoagulation reviewed

TIME OUT
[ ] Fluoroscopy ready, lead shielding on
[ ] Contrast and injectate labelled on the sterile field
[ ] Pain score (0-10) documented

SIGN OUT
[ ] Images saved (two views)   [ ] Pain score repeated   [ ] Discharge instructions given

RN: ______________________      Technologist: ______________________
""",
        ),
        (
            "note",
            """\
THISTLEDOWN PAIN CLINIC
PROCEDURE: LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION, L3-L4, WITH FLUOROSCOPY

Name: Augustin Fairbrother-Ochieng        DOB: 07/29/1950
Medical record: TPC-00993104               Date of service: 08/18/2026
Physician: Eudora Lachapelle-Nnaji, MD

Indication: neurogenic claudication from L3-L4 severe central and lateral recess stenosis
(MRI 07/2026): both thighs ache and his legs feel heavy after 5 minutes of walking, relieved
by sitting. 14 weeks of PT and a walking program, acetaminophen and gabapentin failed.

Pain before the procedure: 6/10.

Procedure: Consent, time-out. Prone; chlorhexidine prep; drape. L3-L4 interlaminar space
squared on fluoroscopy; 1% lidocaine 2 mL. 18 G Tuohy needle in the midline, loss of
resistance to saline at 7 cm. The final needle position was confirmed on AP and lateral
fluoroscopic images, saved. Omnipaque 240, 3 mL: epidural contrast spread over L3-L4
into both lateral recesses, no vascular uptake. Dexamethasone 10 mg with 3 mL PF saline
injected. No complications.

Pain after the procedure: 2/10 at 20 minutes. Walked 100 feet without leg symptoms.

Electronically signed by Eudora Lachapelle-Nnaji, MD 08/18/2026 09:40
""",
        ),
    ],
}

DOCS["b11_52_epidurography_only"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FAX COVER SHEET

Date: 09/10/2026        To: Claims Review, Sunmeadow Health       Fax: 555-011-4400
From: Coppergate Spine Imaging billing                             Fax: 555-011-9182
Pages: 2 (with cover)
Re: 62323 documentation

Our lumbar epidural procedures are done with fluoroscopy and contrast and two saved views.
Please call with questions.

CONFIDENTIAL: intended only for the addressee.
""",
        ),
        (
            "note",
            """\
COPPERGATE SPINE IMAGING - PROCEDURE REPORT

Patient: Leocadia Umeh-Worthington       DOB: 04/04/1963       MRN: CSI-6602193
Date of service: 08/27/2026              Physician: Horace Valdivia-Okwuosa, MD

Procedure: Lumbar epidurography (diagnostic epidurogram / neural mapping), L4-L5.

Indication: Evaluation of epidural fibrosis and contrast filling before a planned
adhesiolysis; left L5 radicular pain after an L4-L5 discectomy in 2022 (post-laminectomy
syndrome). 10 weeks of physical therapy and gabapentin.

Pain before: 7/10.

Technique: Prone. Sterile prep. The L4-L5 interlaminar space was localized under
fluoroscopy and 1% lidocaine 2 mL infiltrated. A 20 G Tuohy needle was advanced midline
with loss of resistance to saline. Omnipaque 240, 6 mL, was injected and filled the
dorsal and right lateral epidural space from L3 to S1, with a filling defect around the
left L5 root sleeve. AP and lateral images of the final needle position and contrast
pattern were saved. No steroid or local anesthetic was injected into the epidural space.
Needle removed. No complications.

Pain after: 7/10. Findings reviewed with the patient; adhesiolysis to be scheduled.

Electronically signed by Horace Valdivia-Okwuosa, MD 08/27/2026 15:20
""",
        ),
    ],
}

DOCS["b11_53_asc_report_with_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
HOLLYBROOK AMBULATORY SURGERY CENTER                                     Page 1 of 2
OPERATIVE REPORT

PATIENT:            Marcellino Adjei-Whitford
DATE OF BIRTH:      09/18/1955
MEDICAL RECORD #:   HAS-0772104
ACCOUNT #:          55210093
DATE OF SURGERY:    09/22/2026
SURGEON:            Anneliese Kovacevic-Obuya, MD
ANESTHESIA:         Local
COMPLICATIONS:      None
EBL:                None

PREOPERATIVE DIAGNOSIS:   Left L5 radiculopathy; L4-L5 left lateral recess stenosis.
POSTOPERATIVE DIAGNOSIS:  Same.
PROCEDURE:                L4-L5 interlaminar epidural steroid injection, fluoroscopic
                          guidance.

INDICATIONS: 71-year-old man with left leg pain in an L5 distribution for 7 months,
lateral calf and dorsum of the foot, weakness of the left extensor hallucis longus 4/5.
MRI 08/2026: left L4-L5 lateral recess stenosis with compression of the left L5 root.
Conservative care: 3 months of physical therapy, meloxicam, gabapentin and a home
program, without adequate relief. Pain in pre-op holding: 7/10.
""",
        ),
        (
            "note",
            """\
HOLLYBROOK AMBULATORY SURGERY CENTER   Adjei-Whitford, Marcellino  HAS-0772104  Page 2 of 2

DESCRIPTION OF PROCEDURE: Consent was confirmed and a time-out completed. The patient was
placed prone. The lumbar spine was prepped with chlorhexidine and draped. Under fluoroscopy
the L4-L5 interlaminar space was identified. 1% lidocaine 3 mL was infiltrated. A 20 G
Tuohy needle was advanced left paramedian, and the epidural space was reached with loss of
resistance to saline at 6.5 cm. With the needle in its final position, AP and lateral
fluoroscopic images were obtained and archived. Omnipaque 240, 2 mL, demonstrated epidural
spread into the left lateral recess and along the left L5 root, with no intravascular or
intrathecal contrast. Triamcinolone 80 mg with 2 mL preservative-free saline was injected.
The needle was withdrawn intact.

DISPOSITION: Recovery room, stable. Pain 2/10 at 20 minutes post-procedure. Discharged home.

Electronically signed by Anneliese Kovacevic-Obuya, MD 09/22/2026 11:58
""",
        ),
        (
            "handout",
            """\
EPIDURAL STEROID INJECTIONS - PATIENT EDUCATION
Hollybrook Ambulatory Surgery Center

What is it? An injection of steroid medicine into the epidural space around the spinal
nerves to calm inflammation.

How is it done? You lie on your stomach. The doctor uses fluoroscopy (X-ray) to see the
spine, and usually takes pictures from the front and the side. A small amount of contrast
dye shows that the medicine will spread in the right place.

How will I know if it worked? We ask you to score your pain from 0 to 10 before the
injection, before you leave, and at your follow-up visit.
""",
        ),
    ],
}

DOCS["b11_54_cervical_ilesi_claim"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FAX
To: Prepayment Review Unit                 Fax: 555-012-5500
From: Juniper Vale Pain Physicians         Fax: 555-012-8861
Date: 10/19/2026    Pages: 2
Re: Cervical epidural steroid injection, claim 62321

Attached is the procedure note. We routinely use fluoroscopy, contrast and saved AP and
lateral views for every cervical epidural, and record pain scores before and after.
""",
        ),
        (
            "note",
            """\
JUNIPER VALE PAIN PHYSICIANS - PROCEDURE NOTE

Patient: Ottoline Nakashima-Boateng       DOB: 02/02/1968       MRN: JVP-3340921
Date of service: 10/06/2026               Physician: Crispin Aldermann-Okoye, MD

Procedure: Cervical interlaminar epidural steroid injection, C7-T1, fluoroscopic
guidance.

Indication: Right C7 radiculopathy for 3 months - pain from the neck over the triceps to
the middle finger, triceps 4/5, diminished triceps reflex. MRI 08/2026: right C6-C7
foraminal disc osteophyte complex compressing the right C7 root. Failed 8 weeks of PT,
cervical traction, naproxen and gabapentin.

Pre-procedure pain: 7/10.

Technique: Prone with the neck flexed. Sterile prep. The C7-T1 interlaminar space was
identified under fluoroscopy; 1% lidocaine 2 mL. A 20 G Tuohy needle was advanced right
paramedian with loss of resistance to saline, using contralateral oblique views to judge
depth. Final needle position confirmed and saved on AP and contralateral oblique views.
Omnipaque 240, 1.5 mL, spread in the dorsal epidural space from C6 to T1 toward the right,
no vascular uptake. Dexamethasone 10 mg with 1 mL PF saline injected. No complications.

Post-procedure pain: 2/10 at 20 minutes.

Electronically signed by Crispin Aldermann-Okoye, MD 10/06/2026 12:15
""",
        ),
    ],
}

DOCS["b11_55_scan_complete_note"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 11139,
    "fax": "11/03/2026 09:14  FROM: ELDERFORD PAIN  5550139920  TO: 5550174410  P. 1/1",
    "pages": [
        (
            "note",
            """\
ELDERFORD PAIN CLINIC
LUMBAR EPIDURAL PROCEDURE NOTE

Patient: Wendeline Okoro-Ashgrove
DOB: 06/30/1964      MRN: EPC-552018
Date of service: 10/27/2026
Physician: Tobias Marchant-Eze, MD

Indication: right L5 radicular pain,
lateral leg to the great toe, 4 months.
MRI: right L4-L5 protrusion on the L5
root. PT 8 weeks, naproxen failed.

Pre-procedure pain: 7/10.

L4-L5 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy right paramedian, LOR saline.
Final needle position saved on AP and
lateral images.
Omnipaque 240 2 mL: epidural spread
along the right L5 root.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Tobias Marchant-Eze, MD 10/27/2026
""",
        ),
    ],
}

DOCS["b11_56_scan_single_ap_view"] = {
    "kind": "scan",
    "angle": -0.8,
    "seed": 11119,
    "fax": "NOV-12-2026 16:02  FROM: QUILLSTONE SPINE  5550152277  TO: 5550174410  P.01",
    "pages": [
        (
            "note",
            """\
QUILLSTONE SPINE & PAIN
PROCEDURE NOTE

Patient: Barnabus Ifeoma-Tennyson
DOB: 01/14/1972      MRN: QSP-339027
Date of service: 11/04/2026
Physician: Genevra Holmquist-Ude, MD

Indication: left S1 radicular pain to
the heel, positive SLR. MRI: left L5-S1
herniation on the S1 root. PT 6 weeks,
gabapentin, meloxicam.

Pre-procedure pain: 8/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy left paramedian, LOR saline.
One AP image of the final needle
position was saved.
Omnipaque 240 2 mL: epidural spread
along the left S1 root.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Genevra Holmquist-Ude, MD 11/04/2026
""",
        ),
    ],
}

DOCS["b11_57_scan_pain_of_ten"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 11148,
    "fax": "2026-11-20 11:47  FROM: MARSHGATE PAIN  5550167731  TO: 5550174410  P. 1/1",
    "pages": [
        (
            "note",
            """\
MARSHGATE PAIN CENTER
EPIDURAL STEROID INJECTION

Patient: Clementina Oduya-Rasmussen
DOB: 03/19/1958      MRN: MPC-774103
Date of service: 11/17/2026
Physician: Evander Brightling-Obi, MD

Indication: bilateral leg pain with
neurogenic claudication, L3-L4 severe
stenosis on MRI. PT 12 weeks failed.

Pain before: 6 of 10.

L3-L4 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
18 G Tuohy midline, LOR saline.
After placement AP and lateral images
confirmed the final needle position.
Omnipaque 240 3 mL: epidural spread
to both lateral recesses.
Methylprednisolone 80 mg + 3 mL saline.
No complications.

Pain after: 2 of 10.

Electronically signed by
Evander Brightling-Obi, MD 11/17/2026
""",
        ),
    ],
}

DOCS["b11_58_scan_contrast_safety_only"] = {
    "kind": "scan",
    "angle": -0.7,
    "seed": 11065,
    "fax": "12/02/2026 08:33  FROM: TALLOWBROOK SPINE  5550148806  TO: 5550174410  P.1",
    "pages": [
        (
            "note",
            """\
TALLOWBROOK SPINE CENTER
PROCEDURE NOTE

Patient: Rupert Osei-Kingsley
DOB: 10/08/1969      MRN: TSC-118842
Date of service: 11/24/2026
Physician: Hermione Vasquez-Adeyemi, MD

Indication: right L5 radicular pain,
lateral calf to the foot, 5 months.
MRI: right L4-L5 disc protrusion on
the L5 root. PT 8 weeks, NSAIDs.

Pre-procedure pain: 7/10.

L4-L5 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy right paramedian, LOR saline.
Final AP and lateral images saved.
Omnipaque 240 2 mL injected: negative
aspiration, no vascular uptake.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Hermione Vasquez-Adeyemi, MD 11/24/2026
""",
        ),
    ],
}

DOCS["b11_59_scan_consult_planned"] = {
    "kind": "scan",
    "angle": 0.8,
    "seed": 11066,
    "fax": "12/09/2026 13:05  FROM: ASHBURY PAIN  5550128830  TO: 5550174410  P. 1/1",
    "pages": [
        (
            "note",
            """\
ASHBURY PAIN ASSOCIATES
NEW PATIENT CONSULTATION

Patient: Theodric Mbanefo-Carlisle
DOB: 08/25/1976      MRN: APA-660214
Date of visit: 12/01/2026
Physician: Rosalyn Achterberg-Ugo, MD

HPI: left L5 radicular pain, hip to
the top of the foot, 3 months. MRI:
left L4-L5 protrusion on the L5 root.
PT 6 weeks, naproxen, gabapentin.

Pain today: 7/10.

Plan: L4-L5 interlaminar epidural
steroid injection under fluoroscopy
with contrast, to be scheduled in
2 weeks after insurance approval.
Risks and benefits discussed.

Electronically signed by
Rosalyn Achterberg-Ugo, MD 12/01/2026
""",
        ),
    ],
}

DOCS["b11_60_scan_cervical_tfesi_one_root"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 11123,
    "fax": "DEC-18-2026 10:12  FROM: CORBEL SPINE  5550113376  TO: 5550174410  P.01/01",
    "pages": [
        (
            "note",
            """\
CORBEL SPINE INSTITUTE
PROCEDURE NOTE

Patient: Anselma Ogbonna-Wexley
DOB: 05/11/1967      MRN: CSI-228019
Date of service: 12/11/2026
Physician: Percival Lindqvist-Oke, MD

Indication: right C6 radicular pain to
the thumb, 3 months. MRI: right C5-C6
foraminal stenosis. PT 8 weeks failed.

Pre-procedure pain: 8/10.

Right C6 transforaminal ESI under
fluoroscopy. Supine, sterile prep.
25 G needle to the right C5-C6 foramen
on an oblique view. Final AP and
oblique images saved. Omnipaque 240
0.5 mL outlined the right C6 root with
epidural spread, no vascular uptake.
Dexamethasone 10 mg injected.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Percival Lindqvist-Oke, MD 12/11/2026
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
    stamp = time.strptime("2026-12-05", "%Y-%m-%d")
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
