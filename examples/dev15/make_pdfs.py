#!/usr/bin/env python3
"""Build the fourteen dev15 PDFs: eight with a text layer and six image-only fax scans.

Usage:  python examples/dev15/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are fax covers, a referring office's order, consent forms and patient
handouts). ``check_gold.py`` reads ``DOCS`` to find labelled values, since the scans have no
text layer. Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans (``scans/``) are
drawn in Helvetica (two in Courier, as if typed) with a fax header band across the top whose
transmission date is not the date of service; they are rendered with pypdfium2 at 200 dpi,
turned by a small angle, sprinkled with salt-and-pepper noise from a fixed seed, thresholded to
black and white and saved by Pillow as image-only PDFs, with page 1 also saved as a PNG next to
each. The drawing and scan functions keep the shape of the dev14 set's; the page texts are new.
All people, clinics, numbers and dates are fictional. The output is deterministic for a given
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

CONSENT_TAMARACK = """\
PATIENT CONSENT: EPIDURAL INJECTION (Tamarack Spine Center, fictional)

I ask the physicians of Tamarack Spine Center to give me an epidural injection.

What it is: medicine, usually a steroid and sometimes a numbing medicine, placed through a
needle near the nerves of the lower spine.

How it is done: the doctor watches the needle on an X-ray screen (fluoroscopy). A little
contrast dye may be injected to show where the medicine will flow, and pictures taken from
more than one direction are usually kept in my record.

Pain scores: before and after the injection a nurse will ask me to give my pain a number
from 0 (none) to 10 (the worst I can imagine).

Risks I have been told about: soreness, bleeding, infection, a headache if the needle goes
too deep, a brief rise in blood sugar or blood pressure, facial flushing, allergy to the dye
or the medicines, and, very rarely, nerve damage.

Other choices: tablets, physiotherapy, waiting, or surgery.

Patient signature: ______________________    Date: __________    Time: ______
Witness: ______________________
"""

DOCS: dict[str, dict] = {
    "d15_47_pdf_fax_cover_cigna_note": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FAX
Alder Crossing Pain Partners (fictional)
Phone (515) 555-0124      Fax (515) 555-0125

Sent: 11/05/2026 14:20                 Pages (with cover): 2
To:   Cigna utilization review (fictional fax line (515) 555-0199)
From: Billing and records desk
Re:   Post-service records request - lumbar epidural injection

The attached procedure note answers your records request. As a practice we perform spinal
injections with X-ray (fluoroscopic) guidance, inject contrast dye to confirm placement
where it is safe to do so, store at least two views of every needle, and record a 0-10
pain score before and after every procedure.

CONFIDENTIAL: this fax may contain protected health information. If it reached you in
error, call us and shred it.
""",
            """\
ALDER CROSSING PAIN PARTNERS (fictional) -- PROCEDURE NOTE

Patient: Thomasina Quaye-Ellingworth    DOB: 08/08/1969      MRN: ACP-5530127
Date of Service: 11/03/2026             Insurance: Cigna (fictional member file)
Physician: Magnus Obuya-Fairhurst, MD

PROCEDURE: L5-S1 lumbar interlaminar epidural steroid injection with fluoroscopic guidance.

INDICATION: Left S1 radiculopathy since June -- pain from the left buttock through the back
of the thigh and calf to the heel, numb lateral foot, absent left ankle jerk, straight leg
raise positive at 30 degrees. MRI 09/2026: left L5-S1 paracentral protrusion compressing the
left S1 nerve root.
CONSERVATIVE CARE: 8 weeks of physical therapy (08/2026-10/2026) with a home program, then
2 months of chiropractic care; meloxicam and gabapentin. No lasting benefit.

PRE-PROCEDURE: Numeric pain rating 7/10 at 09:05. No blood thinners. Consent signed.
Time-out performed.

TECHNIQUE: Prone. ChloraPrep and sterile drape. The L5-S1 interlaminar space was identified
under fluoroscopy and the skin infiltrated with 1% lidocaine. 20 G Tuohy needle, left
paramedian, loss of resistance to saline at 5.5 cm, aspiration negative. Isovue-M 200,
1.5 mL, spread through the epidural space along the left S1 root and up over L5, with no
vascular uptake. Final needle position captured in AP and lateral images, saved.
Betamethasone 12 mg (Celestone Soluspan) with 1 mL preservative-free saline injected. No
complications.

RECOVERY: Numeric pain rating 2/10 at 09:50. Walked out with her husband.

PLAN: Continue home exercises. Follow up in 4 weeks.

Electronically signed by Magnus Obuya-Fairhurst, MD 11/03/2026 10:12
""",
        ],
    },
    "d15_48_pdf_order_note_consent": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
OUTPATIENT PROCEDURE ORDER (referring office form)

From: Greyfriars Family Medicine (fictional)     Fax (208) 555-0142
To:   Tamarack Spine Center (fictional)          Fax (208) 555-0143
Order date: 10/20/2026

Patient: Florian Adeyemi-Castleton      DOB: 04/04/1958
Service requested: lumbar epidural steroid injection, level per specialist, with X-ray
guidance and contrast as the specialist sees fit; please keep two views and send us the
0 to 10 pain scores from before and after.
Reason: left leg pain and numbness (query radiculopathy)
Ordering clinician: Wilma Ferreira-Achebe, PA-C
""",
            """\
TAMARACK SPINE CENTER (fictional) -- PROCEDURE NOTE

Patient: Florian Adeyemi-Castleton      DOB: 04/04/1958      MRN: TSC-0662184
Date of Service: 11/10/2026             Physician: Ingrid Mbeki-Halvorsen, MD

Procedure: Lumbar interlaminar epidural steroid injection, L4-L5, fluoroscopic guidance

Indication: Left L5 radiculopathy -- pain from the left hip down the outer thigh and shin to
the top of the foot, numbness of the big toe, EHL 4/5 on the left, straight leg raise
positive at 45 degrees. MRI 09/2026: left L4-L5 subarticular protrusion compressing the left
L5 nerve root.
Conservative care: physical therapy for 12 weeks, naproxen, then pregabalin.

Pre-procedure: NPRS 6/10. No anticoagulants. No contrast allergy. Consent signed (page 3).
Time-out performed.

Technique: Prone. Chlorhexidine prep and sterile drape. Under fluoroscopy the L4-L5
interlaminar space was identified; 1% lidocaine to the skin. A 20 G Tuohy needle was
advanced by a left paramedian approach with loss of resistance to saline at 6 cm;
aspiration negative. Omnipaque 240, 2 mL: contrast spread in the epidural space cephalad to
L3 and into the left lateral recess, no vascular uptake. AP and lateral images of the final
needle position were saved. Triamcinolone 40 mg with 2 mL preservative-free saline injected.
No complications.

Post-procedure: NPRS 1/10 at 20 minutes. Home with his wife.

Electronically signed by Ingrid Mbeki-Halvorsen, MD on 11/10/2026 at 11:05
""",
            CONSENT_TAMARACK,
        ],
    },
    "d15_49_pdf_physician_nursing_handout": {
        "note_pages": [0, 1],
        "kind": "text",
        "pages": [
            """\
BRACKENRIDGE SURGICAL CENTER (fictional) -- PHYSICIAN PROCEDURE NOTE      page 1 of 2

Patient: Clementine Oduya-Halvorsen     DOB: 05/15/1964      MRN: BSC-7720145
Date of Service: 11/17/2026             Physician: Leander Achebe-Whitcombe, MD

Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopic guidance

Indication: Right S1 radicular pain for 5 months -- buttock, back of the thigh and calf to
the heel and the outer foot; right ankle jerk absent; straight leg raise positive at 35
degrees. MRI 10/2026: right L5-S1 paracentral extrusion compressing the right S1 root.
Conservative care: 3 months of physical therapy, celecoxib, gabapentin.

Pain scores: documented by nursing on page 2. No anticoagulants. No contrast allergy.
Consent signed. Time-out performed.

Technique: Prone. Chlorhexidine prep, sterile drape. Under fluoroscopy the L5-S1
interlaminar space was identified and the skin infiltrated with 1% lidocaine. A 20 G Tuohy
needle was advanced by a right paramedian approach with loss of resistance to saline at
5.5 cm. Aspiration negative. Omnipaque 180, 1.5 mL: epidural spread along the right S1 root
and cephalad over L5, no vascular pattern. AP and lateral images of the final needle
position were saved. Dexamethasone 10 mg with 2 mL preservative-free saline injected.
No complications.

Electronically signed by Leander Achebe-Whitcombe, MD on 11/17/2026 at 13:50
""",
            """\
BRACKENRIDGE SURGICAL CENTER (fictional) -- NURSING RECORD                page 2 of 2

Patient: Clementine Oduya-Halvorsen     MRN: BSC-7720145      DOS: 11/17/2026

12:40  Admission. Vitals BP 134/82, HR 76, SpO2 98%. Before the procedure she rated her
       right leg pain a 7 on the 0-10 numeric scale. NPO since midnight. Escort: husband.
13:05  To procedure room.
13:30  Back to recovery bay 2. Alert, vitals stable, dressing dry.
13:35  She rates her leg pain 2/10 and says the calf "has let go". Up to chair.
13:55  Walking with a steady gait. Discharge instructions given to patient and husband.

Electronically signed by Marisol Featherby, RN on 11/17/2026 at 14:00
""",
            """\
YOUR RECOVERY AFTER A SPINE INJECTION (patient handout)

Today's injection was given with the help of an X-ray machine (fluoroscopy). The small
amount of X-ray dye (contrast) that may have been used is harmless and leaves in your urine.

Pain diary: each morning for the next two weeks, write down a number for your leg pain
from 0 (no pain) to 10 (worst pain). Bring the diary to your follow-up visit.

The numbing medicine wears off over a few hours. The steroid usually starts to work in
two to seven days.

Call us at (970) 555-0131 for fever, a headache that is worse when you sit up, new
weakness or numbness, or trouble passing urine.
""",
        ],
    },
    "d15_50_pdf_consent_first_then_note": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
INFORMED CONSENT FOR A LUMBAR SPINE INJECTION
Ridgeback Ambulatory Surgery (fictional)

Procedure: lumbar epidural steroid injection

During the procedure the doctor uses fluoroscopy, a kind of live X-ray, to guide the needle.
Contrast (X-ray dye) is normally injected before the medicine, and images are saved from the
front and from the side. You will be asked to score your pain on a scale of 0 to 10 on
arrival and again before you go home.

I understand the purpose, the risks (including infection, bleeding, headache, nerve injury
and reactions to the medicines or the dye) and the alternatives, and I agree to go ahead.

Patient: ________________________   Date: ________
Physician obtaining consent: ________________________
""",
            """\
RIDGEBACK AMBULATORY SURGERY (fictional) -- PROCEDURE NOTE

Patient: Ezekiel Nakamura-Osei          DOB: 10/02/1955      MRN: RAS-3318802
Date of Service: 11/24/2026             Physician: Beatrix Thornquist-Adjei, MD

Procedure: Lumbar interlaminar epidural steroid injection, L4-L5, under fluoroscopy

Indication: Neurogenic claudication with bilateral L5 radicular pain (calves and the tops of
both feet, walking tolerance half a block). MRI 10/2026: severe central and bilateral lateral
recess stenosis at L4-L5 from a disc bulge and ligamentum flavum hypertrophy.
Conservative care: six months of physical therapy and a walking program, acetaminophen,
gabapentin.

Pre-procedure pain: 8/10 (NRS). No anticoagulants. Consent signed (page 1). Time-out done.

Technique: Prone. Chlorhexidine prep, sterile drape. The L4-L5 interlaminar space was
identified with fluoroscopy; 1% lidocaine to the skin. An 18 G Tuohy needle was advanced in
the midline with loss of resistance to saline at 7 cm. Aspiration negative. Omnipaque 240,
2 mL, spread in the dorsal epidural space cephalad to L3 and into both lateral recesses, no
vascular uptake. AP and true lateral images of the final needle position were saved.
Methylprednisolone 80 mg with 3 mL preservative-free saline injected. No complications.

Post-procedure pain: 3/10 (NRS) at 20 minutes. Home with his daughter.

Electronically signed by Beatrix Thornquist-Adjei, MD on 11/24/2026 at 10:40
""",
        ],
    },
    "d15_51_pdf_note_handout_clo_iopamidol": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
LODESTONE INTERVENTIONAL SPINE (fictional) -- PROCEDURE NOTE

Patient: Valentina Okonkwo-Redfern      DOB: 02/11/1967      MRN: LIS-0441236
Date of Service: 12/01/2026             Physician: Cedric Amankwah-Lindgren, MD

Procedure: L4-L5 interlaminar epidural steroid injection with fluoroscopic guidance

Indication: Left L5 radiculopathy for 4 months -- pain from the left buttock along the
outer leg to the dorsum of the foot, weak left ankle dorsiflexion (4/5), SLR positive at 40
degrees. MRI 10/2026: left L4-L5 paracentral protrusion compressing the left L5 nerve root.
Conservative care: physical therapy for 8 weeks, ibuprofen, gabapentin.

Pre-procedure pain: NRS 7/10. No anticoagulants. No contrast allergy. Consent signed.
Time-out performed.

Technique: Prone. Chlorhexidine prep and sterile drape. An AP view was used to count the
levels and to mark the L4-L5 interspace; 1% lidocaine to the skin. A 20 G Tuohy needle was
advanced by a left paramedian approach; depth was checked in the contralateral oblique view
until loss of resistance to saline at 6 cm. Aspiration negative. Iopamidol (Isovue-M 300),
1.5 mL, spread in the dorsal epidural space cephalad to L3 and into the left lateral recess,
no vascular uptake. Final needle position documented in AP and contralateral oblique images,
both saved. Triamcinolone 80 mg with 2 mL preservative-free saline injected.
No complications.

Post-procedure pain: NRS 2/10 at 20 minutes.

Electronically signed by Cedric Amankwah-Lindgren, MD on 12/01/2026 at 12:25
""",
            """\
EPIDURAL STEROID INJECTION: WHAT TO EXPECT (patient information)

Why: to calm an irritated nerve in the spine that is causing pain down the leg.

On the day: the doctor uses an X-ray machine (fluoroscopy) and may take views from the
front and at an angle. A few drops of dye (contrast) help the doctor see where the medicine
goes.

Pain scores: we ask you to score your pain from 0 to 10 before and after the injection, and
at your follow-up appointment.

Afterwards: rest today, return to normal activity tomorrow, and call (314) 555-0176 for a
fever, a bad headache, new weakness or loss of bladder control.
""",
        ],
    },
    "d15_52_pdf_see_flowsheet_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
FOXGLOVE SPINE & PAIN (fictional) -- PROCEDURE NOTE

Patient: Bartholomew Ekwueme-Sandoval   DOB: 07/19/1960      MRN: FSP-2250718
Date of Service: 12/03/2026             Physician: Rosalind Whitcombe-Adeyemi, MD

Procedure: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance

Indication: Left S1 radiculopathy -- buttock to heel and lateral foot, left ankle jerk
absent, straight leg raise positive at 30 degrees. MRI 10/2026: left L5-S1 paracentral
extrusion compressing the left S1 nerve root. Conservative care: physical therapy 10 weeks,
meloxicam, gabapentin.

Pre-procedure pain: 8/10 (NRS). No anticoagulants. No contrast allergy. Consent signed.
Time-out performed.

Technique: Prone. Chlorhexidine prep and sterile drape. Under fluoroscopy the L5-S1
interlaminar space was identified; 1% lidocaine to the skin. 20 G Tuohy needle, left
paramedian, loss of resistance to saline at 5.5 cm; aspiration negative. Omnipaque 240,
1.5 mL: epidural spread along the left S1 root and up to L5, no vascular uptake. AP and
lateral images of the final needle position were saved. Triamcinolone 80 mg with 1 mL
preservative-free saline injected. No complications.

Post-procedure pain: see nursing flowsheet.
Disposition: home with his son.

Electronically signed by Rosalind Whitcombe-Adeyemi, MD on 12/03/2026 at 11:40
""",
            """\
GOING HOME AFTER YOUR INJECTION (patient copy)

- You had an X-ray guided (fluoroscopic) injection today. Dye (contrast) may have been used.
- Your nurse checked your pain on a 0 to 10 scale before you left. Keep scoring it the same
  way each evening and bring your scores to the follow-up visit.
- Do not drive today. You may shower tonight; remove the bandage tomorrow.
- Call (541) 555-0163 for fever, a severe headache, new weakness or bladder problems.
""",
        ],
    },
    "d15_53_pdf_fax_cover_cigna_no_duration": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FACSIMILE
Pelican Shoals Pain Institute (fictional)       Tel (850) 555-0151   Fax (850) 555-0152

Date: 12/10/2026          Pages including cover: 2
To:   Cigna / eviCore records (fictional fax (850) 555-0190)
Re:   Documentation for a lumbar epidural steroid injection

Our spine injections are performed under fluoroscopy with contrast unless it is unsafe, and
we save two views of the final needle position. Pain is scored 0-10 before and after. The
procedure report follows.

Confidential health information. If received in error, notify the sender and destroy.
""",
            """\
PELICAN SHOALS PAIN INSTITUTE (fictional) -- PROCEDURE REPORT

Patient: Ignatia Fairweather-Okoro      DOB: 03/27/1970      MRN: PSP-7780213
Date of Service: 12/08/2026             Plan: Cigna (fictional member file)
Physician: Ambrose Kayode-Lindqvist, MD

PROCEDURE: Lumbar interlaminar epidural steroid injection, L4-L5, fluoroscopic guidance.

INDICATION: Right L5 radiculopathy -- pain from the right buttock down the lateral leg to the
dorsum of the foot, numbness of the right big toe, weak right EHL (4/5), positive right
straight leg raise. MRI 11/2026: right L4-L5 paracentral protrusion compressing the right L5
nerve root.
CONSERVATIVE CARE: she has tried physical therapy, NSAIDs and a home exercise program
without benefit.

PRE-PROCEDURE: NRS 7/10. No anticoagulants. No contrast allergy. Consent signed. Time-out.

TECHNIQUE: Prone. Chlorhexidine prep and sterile drape. The L4-L5 interlaminar space was
identified under fluoroscopy; 1% lidocaine to the skin. 20 G Tuohy needle, right
paramedian, loss of resistance to saline at 6 cm, aspiration negative. Omnipaque 240, 2 mL,
spread in the epidural space cephalad to L3 and into the right lateral recess, no vascular
uptake. AP and lateral images of the final needle position were saved. Dexamethasone 10 mg
with 2 mL preservative-free saline injected. No complications.

RECOVERY: NRS 2/10 at 20 minutes. Discharged home with her sister.

Electronically signed by Ambrose Kayode-Lindqvist, MD on 12/08/2026 at 14:15
""",
        ],
    },
    "d15_54_pdf_medial_branch_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
HAWTHORN VALLEY SPINE (fictional) -- PROCEDURE NOTE

Patient: Augustus Mwangi-Holloway       DOB: 12/30/1956      MRN: HVS-1104472
Date of Service: 10/15/2026             Physician: Petronella Achterberg-Eze, MD
Scheduled as: lumbar epidural steroid injection (62323)

Procedure: Right L3 and L4 medial branch blocks and right L5 dorsal ramus block
(diagnostic block 1 of 2, for the right L4-L5 and L5-S1 facet joints), fluoroscopic guidance

Indication: Right-sided axial low back pain for 14 months, worse with extension and rotation
and on rising from a chair; no pain below the buttock; neurologic exam normal; tender over
the right lower facet joints. MRI 08/2026: right L4-L5 and L5-S1 facet arthropathy; no
neural compression. Physical therapy for 10 weeks and NSAIDs.

Pre-procedure pain: 6/10 (NRS), with extension.
No anticoagulants. No contrast allergy. Consent signed (page 2). Time-out performed.

Technique: Prone. Chlorhexidine prep and drape. The C-arm was angled to an oblique view to
show the junction of the superior articular process and transverse process at L4 and L5 and
the sacral ala. 1% lidocaine to the skin. 22 G spinal needles were placed on each target.
Final needle positions were confirmed in AP and oblique images, saved. Omnipaque 240, 0.2 mL
at each target, showed no vascular uptake. 0.5 mL of 0.5% bupivacaine was injected at each
of the three targets. No steroid. No complications.

Post-procedure pain: 1/10 at 30 minutes with extension and rotation (more than 80% relief).
Pain diary given for the next 8 hours.

Electronically signed by Petronella Achterberg-Eze, MD on 10/15/2026 at 15:30
""",
            """\
CONSENT FOR DIAGNOSTIC SPINE NERVE BLOCKS AND INJECTIONS (Hawthorn Valley Spine, fictional)

I agree to a nerve block or injection in my spine. The doctor will use fluoroscopy (X-ray)
to guide each needle and may use a small amount of contrast to check that the medicine is
not going into a blood vessel. Images taken from different angles (views) may be saved.

I will be asked to rate my pain from 0 to 10 before the block and to keep a pain diary
afterwards, because the result of the block depends on how my pain changes.

I have been told about bleeding, infection, numbness or weakness for a few hours, an
allergic reaction and, rarely, nerve injury. My questions were answered.

Patient signature: ______________________     Date: __________
""",
        ],
    },
    "d15_55_scan_checkbox_form_typed": {
        "note_pages": [0],
        "kind": "scan",
        "font": "Courier",
        "seed": 34,
        "angle": 0.5,
        "noise": 0.0011,
        "band": "11/09/2026 08:41  WESTBROOK PAIN  5155550118  P. 001",
        "pages": [
            """\
WESTBROOK PAIN CENTER (fictional)
LUMBAR INTERLAMINAR ESI - PROCEDURE FORM

Patient: Imogen Castellane-Oduya
DOB: 02/02/1966     MRN: WPC-441029
Date of service: 11/05/2026
Physician: Rupert Adebayo-Hollis, MD

Dx: left L5 radiculopathy; MRI left L4-L5
protrusion compressing the L5 root.
Conservative: PT 3 months, naproxen.

Pain before (NRS): 7/10
Level: L4-L5    Approach: interlaminar
Guidance: [X] fluoroscopy   [ ] CT
Contrast: [X] Omnipaque 240, 2 mL
Spread: [X] epidural, up to L3 and into
  the left lateral recess   [ ] vascular
Final views saved: [X] AP   [X] lateral
Injectate: triamcinolone 80 mg + NS 2 mL
Skin: lidocaine 1% 3 mL
Complications: [X] none
Pain after (20 min, NRS): 2/10

Signed: Rupert Adebayo-Hollis, MD
11/05/2026
""",
        ],
    },
    "d15_56_scan_uk_letter_day_first": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 16,
        "angle": -0.5,
        "noise": 0.0012,
        "band": "NOV 16 2026 10:02  FROM: HOLLINS CROSS PAIN  TO: 01632960552  P.01/01",
        "pages": [
            """\
HOLLINS CROSS HOSPITAL (fictional)
PAIN MANAGEMENT SERVICE

Typed: 13/11/2026
Re: Mrs Eleanor Achterberg-Nwosu
Hospital No: H7730218   DOB: 05/09/1949
NHS No: 999 210 4468

Procedure on 12/11/2026: L4/5 interlaminar
epidural steroid injection under X-ray
(fluoroscopic) guidance.

Indication: right L5 sciatica, buttock to
the top of the foot, SLR positive at 40
degrees; MRI right L4/5 protrusion
compressing the L5 nerve root.
Physiotherapy for 4 months, naproxen.

Pain score (NRS) before: 7/10
Prone, chlorhexidine, drape. 1% lidocaine
to skin. 18G Tuohy, right paramedian, loss
of resistance to saline at 6 cm,
aspiration negative. Omnipaque 240 2 ml:
epidural spread up to L3 and into the
right lateral recess. AP and lateral views
of the final needle position saved.
Depo-Medrone 80 mg with 4 ml saline.
No complications.
Pain score (NRS) in recovery: 2/10

Signed electronically:
Dr Rowena Kettering-Obi, Consultant
""",
        ],
    },
    "d15_57_scan_clinic_rated_a_seven": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 6,
        "angle": 0.6,
        "noise": 0.0012,
        "band": "11/23/2026 15:37  SAGEBRUSH SPINE  7755550147  PAGE 01",
        "pages": [
            """\
SAGEBRUSH SPINE CLINIC (fictional)
PROCEDURE NOTE - LUMBAR EPIDURAL

Patient: Bonaventure Okoro-Whitley
DOB: 09/17/1961     Acct: 88-31027
Date of service: 11/19/2026
Physician: Ottilie Marchbanks-Eze, MD

Right S1 radicular pain for 6 months,
buttock to heel, absent right ankle jerk,
SLR positive. MRI: right L5-S1 extrusion
compressing the S1 root.
PT 9 weeks, meloxicam, gabapentin.

In pre-op he rated his leg pain a 7 out
of 10. Procedure: L5-S1 interlaminar ESI
with fluoroscopy. Prone, prep, drape.
Lidocaine 1% to skin. 20G Tuohy, right
paramedian, LOR to saline at 6 cm,
aspiration negative. Omnipaque 180
1.5 mL: epidural spread along the right
S1 root and up to L5. AP and lateral
images of the final needle position
saved. Dexamethasone 10 mg + NS 2 mL.
No complications. At 20 minutes he
rated it a 2 out of 10.

Electronically signed by
Ottilie Marchbanks-Eze, MD 11/19/2026
""",
        ],
    },
    "d15_58_scan_contrast_no_spread": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 10,
        "angle": -0.6,
        "noise": 0.0012,
        "band": "DEC 04 2026 09:12  FROM: BLUE MESA PAIN  TO: 5055550180  P.01/01",
        "pages": [
            """\
BLUE MESA PAIN (fictional)
INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Cassius Ferreira-Adewale
DOB: 03/30/1957     MRN: BMP-117204
Date of service: 12/02/2026
Physician: Leontyne Achebe-Sorensen, MD

Indication: left L5 radiculopathy, buttock
to the dorsum of the foot, EHL 4/5, SLR
positive; MRI left L4-L5 protrusion
compressing the L5 root.
PT 8 weeks, naproxen, gabapentin.

Pre-procedure pain: 8/10 (NRS)
L4-L5 interlaminar ESI under fluoroscopy.
Prone, prep, drape. 1% lidocaine to skin.
20G Tuohy, left paramedian, LOR to saline
at 6 cm. Aspiration negative for blood
and CSF. Omnipaque 240 1 mL injected
under live fluoroscopy: no vascular
uptake, no intrathecal pattern. AP and
lateral images of the final needle
position saved. Triamcinolone 80 mg + NS
2 mL. No complications.
Post-procedure pain (20 min): 2/10

Signed: Leontyne Achebe-Sorensen, MD
""",
        ],
    },
    "d15_59_scan_name_only": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 2,
        "angle": 0.5,
        "noise": 0.0012,
        "band": "12/11/2026 13:26  HIGHLINE PAIN  2065550109  P. 001",
        "pages": [
            """\
HIGHLINE PAIN ASSOCIATES (fictional)
EPIDURAL INJECTION - PROCEDURE SHEET

Patient: Wilhelmina Okafor-Strand
Age/Sex: 67 F     Bay: 3     Arrived: 07:20
Date: 12/09/2026
Physician: Barnabas Oyelaran-Fisk, MD

Right L5 radicular pain for 5 months, hip
to the top of the foot, SLR positive; MRI
right L4-L5 protrusion compressing the
right L5 root. PT 10 weeks, meloxicam.

Pain before: 7/10 (NRS)
L4-L5 interlaminar ESI under fluoroscopy.
Prone, prep, drape. 1% lidocaine to skin.
20G Tuohy, right paramedian, LOR to
saline at 6 cm, aspiration negative.
Omnipaque 240 2 mL: epidural spread up to
L3 and into the right lateral recess.
AP and lateral images of the final needle
position saved. Dexamethasone 10 mg + NS
2 mL. No complications.
Pain after (20 min): 1/10

Signed: Barnabas Oyelaran-Fisk, MD
""",
        ],
    },
    "d15_60_scan_si_joint_typed": {
        "note_pages": [0],
        "kind": "scan",
        "font": "Courier",
        "seed": 1,
        "angle": 0.6,
        "noise": 0.0011,
        "band": "12/14/2026 11:50  ROCKCRESS ORTHO  4065550133  P. 001",
        "pages": [
            """\
ROCKCRESS ORTHOPAEDICS (fictional)
SPINE INJECTION RECORD
Scheduled as: lumbar ESI (62323)

Patient: Percival Amadi-Lindholm
DOB: 06/21/1963     MRN: ROC-502217
Date of service: 12/10/2026
Physician: Fenella Obi-Whitcombe, MD

Dx: left sacroiliac joint pain. Buttock
pain below L5, no radiation past the
knee; 3 of 5 SI provocation tests
positive. PT 8 weeks, NSAIDs, SI belt.

Pain before: 6/10
Procedure: left SI joint injection under
fluoroscopy. Prone, prep, drape. 1%
lidocaine to skin. 22G spinal needle into
the inferior left SI joint. Omnipaque 240
0.5 mL: arthrogram outlining the joint,
no vascular uptake. AP and oblique images
of the final needle position saved.
Triamcinolone 40 mg + 0.5% bupivacaine
2 mL injected. No complications.
Pain after (20 min): 1/10

Signed: Fenella Obi-Whitcombe, MD
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

    ``band`` is a fax header line drawn across the top of every page.
    """
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    # invariant=1 fixes the creation date and document id, so the bytes repeat
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.setTitle("dev15 fictional example")
    for text in pages:
        if band:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(36, letter[1] - 24, band)
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


def scan(doc: dict) -> list:
    """Render ``doc`` as crooked, noisy 1-bit fax pages and return them as Pillow images."""
    import pypdfium2 as pdfium
    from PIL import Image

    font = doc.get("font", "Helvetica")
    source = pdfium.PdfDocument(draw_pdf(doc["pages"], 12, 60, font, doc.get("band")))
    images = []
    for index in range(len(source)):
        grey = source[index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
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
    stamp = time.strptime("2026-12-15 12:00:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title="dev15 fictional fax scan",
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
