#!/usr/bin/env python3
"""Build the twelve dev14 PDFs: seven with a text layer and five image-only fax scans.

Usage:  python examples/dev14/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are a fax cover, discharge instructions, consent forms, patient handouts
and a referral order). ``check_gold.py`` reads ``DOCS`` to find labelled values, since the scans
have no text layer. Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans (``scans/``)
are drawn in Helvetica (two in Courier, as if typed) with a fax header band across the top (a
transmission date that is not the date of service), rendered with pypdfium2 at 200 dpi, turned
by a small angle, sprinkled with salt-and-pepper noise from a fixed seed, thresholded to black
and white and saved by Pillow as image-only PDFs, with page 1 also saved as a PNG next to each.
The drawing and scan functions have the shape of the dev13 set's; the page texts are new. All
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
AGREEMENT TO A SPINE INJECTION (please read and sign)

1. I agree that the physician named on my procedure schedule may give me an injection near
   my spine (an epidural steroid injection). The medicine is usually a steroid, sometimes
   mixed with a numbing medicine or salt water.
2. I understand that most of these injections are done with live X-ray pictures
   (fluoroscopy). The doctor may inject a small amount of X-ray dye (contrast) to see where
   the medicine will go, and may save pictures (views) from the front and the side.
3. Before and after the injection a nurse will ask me to rate my pain on a 0 to 10 scale.
4. Possible problems include bleeding, infection, headache, a short-term rise in pain or
   blood sugar, flushing, an allergic reaction to the dye or medicines and, rarely, nerve
   injury.
5. Other choices include medicines, physical therapy, no treatment, or surgery.

My questions have been answered. I may withdraw this agreement at any time before the
procedure.

Patient or representative: ____________________________   Date: ____________
Witness: ____________________________
"""

DOCS: dict[str, dict] = {
    "d14_49_pdf_fax_cover_note_discharge": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FACSIMILE TRANSMITTAL
Thistledown Spine & Pain Associates (fictional)   Tel (555) 015-2300   Fax (555) 015-2301

Date: 05/01/2026                        Number of pages including this one: 3
To:   Prior authorization / records, Cigna (fictional fax queue (555) 015-9000)
From: Revenue cycle office
Subject: Records for a lumbar epidural steroid injection already performed

Please find the procedure report and the patient's discharge sheet. All of our epidural
injections are done under fluoroscopy (live X-ray) with contrast dye unless the patient is
allergic, and two views are saved for every case. Our nurses score pain from 0 to 10 before
and after each procedure.

This transmission is confidential. If you are not the intended recipient, please call the
number above and destroy the pages you received.
""",
            """\
THISTLEDOWN SPINE & PAIN ASSOCIATES (fictional) -- PROCEDURE REPORT

Patient: Cressida Whitmore-Abiola       DOB: 03/18/1968        MRN: TSP-6603871
Date of Service: 04/29/2026             Plan: Cigna Open Access (fictional member file)
Physician: Leopold Ravenhill-Osei, MD

PROCEDURE: Lumbar interlaminar epidural steroid injection, L4-L5, fluoroscopic guidance.

INDICATION: Right L5 radiculopathy for 5 months -- pain from the right buttock along the
lateral thigh and shin to the dorsum of the foot, numbness of the right great toe, positive
right straight leg raise at 40 degrees and weak right EHL (4/5). MRI 03/2026: right L4-L5
paracentral protrusion compressing the traversing right L5 nerve root.
CONSERVATIVE CARE: Physical therapy 2-3 times a week for 10 weeks with a home program,
naproxen, then gabapentin 300 mg TID for 6 weeks. No meaningful improvement.

PRE-PROCEDURE: NRS 7/10 at check-in. No anticoagulants. Allergies: none. Consent signed.
Time-out performed.

TECHNIQUE: Prone. Chlorhexidine prep and sterile drape. The L4-L5 interlaminar space was
identified under fluoroscopy and the skin was infiltrated with 1% lidocaine. A 20-gauge
Tuohy needle was advanced by a right paramedian approach with loss of resistance to saline
at 5.5 cm. Aspiration negative for blood and CSF. Omnipaque 240, 2 mL, spread in the
epidural space cephalad to L3 and into the right lateral recess along the L5 root, with no
vascular uptake. AP and lateral images of the final needle position were saved.
Triamcinolone 80 mg with 2 mL preservative-free saline was injected. No complications.

RECOVERY: NRS 2/10 at 20 minutes. Strength and sensation at baseline. Discharged home with
her husband.

PLAN: Continue home exercises. Follow up in 3 weeks.

Electronically signed by Leopold Ravenhill-Osei, MD on 04/29/2026 at 13:05
""",
            """\
GOING HOME AFTER YOUR SPINE INJECTION (patient copy)

You had an injection today using an X-ray machine (fluoroscopy). If dye (contrast) was used,
it leaves your body in your urine.

- Have someone drive you home. Do not drive for the rest of today.
- Your leg may feel numb or weak for a few hours. Walk with help until it feels normal.
- Write down your pain each evening on a 0 to 10 scale for two weeks and bring the list to
  your next visit.
- You may take your usual medicines unless we told you otherwise.
- Call us right away for fever, a severe headache, new weakness, or trouble with your
  bladder or bowels.

Nurse line: (555) 015-2300
""",
        ],
    },
    "d14_50_pdf_bcbs_no_pain_scale_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
MILLBROOK SPINE CENTER (fictional) -- Newton, MA
PROCEDURE NOTE

Patient: Anastasia Pelletier-Mbeki      DOB: 12/09/1975      MRN: MSC-2240187
Date of Service: 05/27/2026             Payer: Blue Cross Blue Shield of Massachusetts
Physician: Theobald Ansari-Whitcombe, MD

Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, with fluoroscopic guidance

Indication: Left S1 radiculopathy. Pain from the left buttock down the back of the thigh and
calf to the heel and the outer foot, with numbness of the little toe; left ankle reflex
absent; straight leg raise positive on the left. MRI 04/2026: left L5-S1 paracentral
extrusion compressing the left S1 nerve root.
Severity: severe. She cannot stand for more than ten minutes, has stopped driving more than
short distances and wakes most nights with leg pain.
Conservative care: 6 weeks of physical therapy with a home program and naproxen 500 mg twice
daily, without improvement.

Pre-procedure: no anticoagulants; no contrast allergy. Consent signed. Time-out performed.

Technique: Prone. Chlorhexidine prep, sterile drape. The L5-S1 interlaminar space was
identified under fluoroscopy and 1% lidocaine was infiltrated. A 20 G Tuohy needle was
advanced by a left paramedian approach with loss of resistance to saline at 6 cm; aspiration
negative. Isovue-M 200, 1.5 mL, showed epidural spread along the left S1 root and cephalad
to L5 without vascular uptake. Final needle position was documented on AP and lateral
images, which were saved. Dexamethasone 10 mg with 2 mL preservative-free saline was
injected. The needle was removed. No complications.

Post-procedure: she reports marked easing of the leg pain and walked to the car without her
cane. Discharged home with her husband.

Plan: follow up in 4 weeks; continue physical therapy.

Electronically signed by Theobald Ansari-Whitcombe, MD on 05/27/2026 at 15:12
""",
            """\
PATIENT EDUCATION: EPIDURAL STEROID INJECTIONS

What is it? A steroid medicine is placed in the epidural space, the area around the nerves
in your spine, to calm nerve irritation that causes leg or arm pain.

How is it done? You lie on your stomach. The doctor cleans your skin and numbs it. Using a
low-dose X-ray machine (fluoroscopy), the doctor guides a needle into place. A few drops of
contrast dye may be used to check the needle. Pictures (views) may be saved.

Rating your pain: We may ask you to rate your pain from 0 (no pain) to 10 (worst pain you
can imagine) before and after the injection, and at your follow-up visit.

After the injection: the numbing medicine wears off in a few hours. The steroid may take 3
to 7 days to work. Some people have a flushed face or trouble sleeping for a night or two.

When to call: fever, severe headache, new weakness or numbness, or loss of bladder or bowel
control.
""",
        ],
    },
    "d14_51_pdf_physician_and_nursing_pages_consent": {
        "note_pages": [0, 1],
        "kind": "text",
        "pages": [
            """\
SAFFRON HILLS SURGERY CENTER (fictional) -- PHYSICIAN PROCEDURE NOTE          page 1 of 2

Patient: Mortimer Eberhardt-Agu         DOB: 08/01/1961        MRN: SHS-4410236
Date of Service: 06/03/2026             Physician: Rosalind Feathers-Okafor, MD

Procedure: Lumbar interlaminar epidural steroid injection at L4-L5 under fluoroscopic
guidance

Indication: Bilateral L5 radicular pain, left more than right, with neurogenic claudication
at about one block; MRI 04/2026: L4-L5 moderate central and bilateral lateral recess
stenosis from a disc bulge, ligamentum flavum thickening and facet hypertrophy.
Conservative care: 12 weeks of physical therapy and a home walking program, acetaminophen,
meloxicam; no lasting improvement.

Pre-procedure: pain scores per the nursing record (page 2). No anticoagulants. No contrast
allergy. Consent signed. Time-out performed.

Technique: Prone. Chlorhexidine prep and sterile drape. Under fluoroscopy the L4-L5
interlaminar space was identified and the skin infiltrated with 1% lidocaine. An 18-gauge
Tuohy needle was advanced in the midline with loss of resistance to saline at 6 cm.
Aspiration negative. Omnipaque 300, 2 mL, produced epidural spread cephalad to L3 and into
both lateral recesses; no vascular or intrathecal pattern. AP and lateral images of the
final needle position were saved. Methylprednisolone 80 mg with 3 mL preservative-free
saline was injected. Needle removed. No complications.

Disposition: to Phase II recovery in stable condition.

Electronically signed by Rosalind Feathers-Okafor, MD on 06/03/2026 at 09:48
""",
            """\
SAFFRON HILLS SURGERY CENTER (fictional) -- NURSING PROCEDURE RECORD         page 2 of 2

Patient: Mortimer Eberhardt-Agu         MRN: SHS-4410236       DOS: 06/03/2026

Time    Phase          BP        HR    SpO2   Pain NRS (0-10)   Initials
07:42   Admission      146/88    76    97%    8                 KT
08:20   Intra-proc     140/84    72    98%    --                KT
08:55   Phase II       132/80    70    98%    3                 DL
09:20   Discharge      130/78    70    98%    3                 DL

Phase II note (DL, RN): patient up to chair, ambulating with a steady gait, legs feel
"lighter". Discharge criteria met. Instructions reviewed with patient and wife.

Electronically signed by Delphine Lachance, RN on 06/03/2026 at 09:25
""",
            CONSENT,
        ],
    },
    "d14_52_pdf_signature_on_file_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
WINTERBOURNE PAIN CLINIC (fictional) -- INTERVENTIONAL PROCEDURE NOTE

Patient: Ferdinand Oyelaran-Sterling    DOB: 05/12/1966        MRN: WPC-0083314
Date of Service: 06/17/2026             Physician: Cordelia Arkwright-Nnaji, MD

PROCEDURE: L5-S1 interlaminar epidural steroid injection under fluoroscopic guidance

INDICATION: Right S1 radiculopathy -- pain from the right buttock to the heel and the
lateral foot, numbness of the lateral foot, right ankle reflex absent, positive right
straight leg raise. MRI 05/2026: right L5-S1 paracentral protrusion compressing the right S1
root. CONSERVATIVE CARE: physical therapy for 9 weeks, meloxicam and gabapentin, without
benefit.

PRE-PROCEDURE PAIN: 7/10 (NRS).
No anticoagulants. No contrast allergy. Consent signed (attached). Time-out performed.

TECHNIQUE: Prone. Chlorhexidine prep and sterile drape. The L5-S1 interlaminar space was
identified with fluoroscopy; 1% lidocaine skin wheal. A 20 G Tuohy needle was advanced by a
right paramedian approach with loss of resistance to saline at 6 cm. Aspiration negative.
Omnipaque 240, 1.5 mL: epidural spread along the right S1 root and cephalad to L5, no
vascular uptake. AP and lateral images of the final needle position were saved.
Triamcinolone 80 mg with 1 mL preservative-free saline injected. No complications.

POST-PROCEDURE PAIN: 2/10 at 20 minutes. Discharged home with his daughter.

PLAN: follow up in 3 weeks.

Physician: Cordelia Arkwright-Nnaji, MD -- signature on file
""",
            CONSENT,
        ],
    },
    "d14_53_pdf_referral_order_note_axial": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
REFERRAL AND PROCEDURE ORDER (referring office form)

From: Oakmere Family Practice (fictional)       Fax (555) 018-4470
To:   Quarry Lane Pain Center (fictional)       Fax (555) 018-5520
Order date: 06/30/2026

Patient: Leopold Hargrove-Nwachukwu     DOB: 02/27/1970
Requested: lumbar epidural steroid injection, L4-L5, under fluoroscopy with contrast;
please save two views and record pain scores (0 to 10) before and after.
Diagnosis on order: M54.16 lumbar radiculopathy (r/o) -- please evaluate.
Ordering clinician: Beatrix Lindqvist-Ojo, NP (signature on file at our office)
""",
            """\
QUARRY LANE PAIN CENTER (fictional) -- PROCEDURE NOTE

Patient: Leopold Hargrove-Nwachukwu     DOB: 02/27/1970        MRN: QLP-7730012
Date of Service: 07/29/2026             Physician: Sabine Okorie-Whitlock, MD

Procedure: Lumbar interlaminar epidural steroid injection, L4-L5, fluoroscopic guidance

Assessment: Chronic pain syndrome (G89.4) with chronic axial lumbar pain. Pain is across the
low back at the belt line, worse with standing and at the end of the day. He denies buttock
or leg pain, numbness or tingling. Straight leg raise negative bilaterally; strength,
sensation and reflexes symmetric and normal. MRI 06/2026: multilevel disc desiccation and
mild facet arthropathy, no canal or foraminal stenosis and no nerve root contact. The
referral question of radiculopathy is not supported by the history or the examination.
Conservative care: physical therapy for 12 weeks, naproxen, duloxetine, a TENS unit.

Pre-procedure pain: 6/10 (NRS). No anticoagulants. No contrast allergy. Consent signed.
Time-out performed.

Technique: Prone. Chlorhexidine prep, sterile drape. Under fluoroscopy the L4-L5
interlaminar space was identified; 1% lidocaine to skin. A 20 G Tuohy needle was advanced in
the midline with loss of resistance to saline at 6 cm; aspiration negative. Omnipaque 240, 2
mL: epidural spread cephalad to L3 and into both lateral recesses, no vascular uptake. AP
and lateral images of the final needle position saved. Triamcinolone 80 mg with 2 mL
preservative-free saline injected. No complications.

Post-procedure pain: 3/10 at 20 minutes. Discharged home with his wife.

Electronically signed by Sabine Okorie-Whitlock, MD on 07/29/2026 at 11:18
""",
        ],
    },
    "d14_54_pdf_facet_joint_injection_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
HEATHERFIELD SPINE CARE (fictional) -- PROCEDURE NOTE

Patient: Wilfred Castellano-Osei        DOB: 10/21/1958        MRN: HSC-5501827
Date of Service: 08/31/2026             Physician: Adelaide Brennan-Okoye, MD
Scheduled as: lumbar epidural injection (62323)

Procedure: Right L4-L5 and L5-S1 intra-articular facet joint injections under fluoroscopic
guidance

Indication: Right-sided axial low back pain for 9 months, worse with extension and twisting,
relieved by sitting; no radiation below the buttock; tender over the right lower lumbar
facets; neurologic exam normal. MRI 07/2026: right L4-L5 and L5-S1 facet arthropathy with
small effusions; no neural compression. Physical therapy for 8 weeks and NSAIDs.

Pre-procedure pain: 7/10. No anticoagulants. No contrast allergy. Consent signed. Time-out.

Technique: Prone. Chlorhexidine prep and sterile drape. The C-arm was rotated obliquely to
open the right L4-L5 and L5-S1 facet joints. 1% lidocaine to the skin. A 22 G spinal needle
was advanced into each joint. Omnipaque 240, 0.3 mL in each joint, produced an arthrogram
outlining the joint capsule, with no vascular uptake and no epidural spread. Final needle
positions were confirmed on oblique and lateral images, saved. Into each joint: 0.5 mL of
0.5% bupivacaine with triamcinolone 20 mg. No complications.

Post-procedure pain: 2/10 at 20 minutes with extension. Discharged home.

Electronically signed by Adelaide Brennan-Okoye, MD on 08/31/2026 at 14:50
""",
            """\
PATIENT INFORMATION: FACET JOINT AND EPIDURAL INJECTIONS

Facet joints are small joints at the back of the spine. The epidural space is the area
around the spinal nerves. Both can be injected with a steroid medicine.

On the day, the doctor uses an X-ray machine (fluoroscopy) to see the needle and may take
views from the front, the side or at an angle. A small amount of contrast dye is usually
injected to check that the needle is in the right place.

We will ask you to rate your pain from 0 to 10 before the injection and again before you go
home, and to keep a pain diary for the next week.

Call the clinic for fever, redness at the injection site, severe headache or new weakness.
""",
        ],
    },
    "d14_55_pdf_cervical_c6_c7_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
BRIGHTWATER NEUROSPINE (fictional) -- PROCEDURE NOTE

Patient: Henrietta Okonkwo-Lindahl      DOB: 04/15/1964        MRN: BNS-3304418
Date of Service: 09/29/2026             Physician: Ambrose Fairweather-Nkemelu, MD

Procedure: Cervical interlaminar epidural steroid injection, C6-C7, fluoroscopic guidance

Indication: Left C7 radiculopathy -- pain from the neck across the left scapula and down the
back of the arm to the middle finger, numbness of the middle finger, weak left triceps (4/5)
and a reduced left triceps reflex; positive Spurling test on the left. MRI 08/2026: left
C6-C7 paracentral disc protrusion compressing the left C7 nerve root.
Conservative care: physical therapy with traction for 8 weeks, naproxen, gabapentin.

Pre-procedure pain: 7/10 (NRS). No anticoagulants (aspirin not taken). No contrast allergy.
Consent signed (attached). Time-out performed.

Technique: Prone with the neck flexed on a cushion. Chlorhexidine prep and sterile drape.
The C6-C7 interlaminar space was identified under fluoroscopy and 1% lidocaine infiltrated.
A 20 G Tuohy needle was advanced by a left paramedian approach, with depth followed in the
contralateral oblique view, until loss of resistance to saline. Aspiration negative.
Omnipaque 240, 1 mL, produced epidural spread cephalad to C5 and along the left C7 root,
with no vascular or intrathecal pattern. Final needle position confirmed on AP and
contralateral oblique images, saved. Dexamethasone 10 mg with 1 mL preservative-free saline
injected. No complications.

Post-procedure pain: 2/10 at 20 minutes. Arm strength unchanged. Discharged with her son.

Electronically signed by Ambrose Fairweather-Nkemelu, MD on 09/29/2026 at 12:36
""",
            CONSENT,
        ],
    },
    "d14_56_scan_caudal_typed_form": {
        "note_pages": [0],
        "kind": "scan",
        "font": "Courier",
        "seed": 14,
        "angle": 0.6,
        "noise": 0.0011,
        "band": "10/09/2026 09:26  OSPREY POINT PAIN  5550143302  P. 001",
        "pages": [
            """\
OSPREY POINT PAIN CLINIC (fictional)
CAUDAL EPIDURAL STEROID INJECTION

Patient: Algernon Whitcombe-Eze
DOB: 01/05/1947    MRN: OPP-218840
Date of service: 10/06/2026
Physician: Marisol Kettering-Abiodun, MD

Indication: bilateral S1 radicular pain,
buttocks to both heels, from multilevel
lumbar stenosis. Walks half a block.
PT 10 weeks, acetaminophen, gabapentin.

Pain before: 7/10 (NRS).

Technique: prone. Chlorhexidine prep,
sterile drape. Sacral hiatus located
under lateral fluoroscopy. 1% lidocaine
to skin. 20G Tuohy into the caudal
epidural space through the hiatus.
Aspiration negative. Omnipaque 240,
6 mL: epidural spread up the sacral
canal to L5 and along both S1 roots,
no vascular uptake. Final needle
position saved on AP and lateral views.
Triamcinolone 80 mg + 8 mL NS.
No complications.

Pain after (20 min): 2/10.
Home with his son.

Signed: Marisol Kettering-Abiodun, MD
""",
        ],
    },
    "d14_57_scan_australian_day_surgery": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 14,
        "angle": -0.5,
        "noise": 0.0012,
        "band": "OCT 23 2026 14:02  FROM: BANKSIA PRIVATE  TO: 0755501234  P.01/01",
        "pages": [
            """\
BANKSIA PRIVATE HOSPITAL (fictional) - DAY SURGERY
PAIN MEDICINE PROCEDURE REPORT

Patient: Mr Tobias Fennimore-Adeyemi
UR No.: BPH-0448217      DOB: 14/02/1962
Date of procedure: 20/10/2026
Proceduralist: Dr Imogen Carrick-Adeyemi

Indication: left L5 radicular pain, buttock to the
dorsum of the foot, SLR positive at 40 degrees.
MRI: left L4/5 protrusion compressing the L5 root.
Physiotherapy 10 weeks, NSAIDs, pregabalin.

Pain score before: 8/10
Procedure: L4/5 interlaminar epidural steroid
injection under image intensifier. Prone, skin
prep and drape. 1% lignocaine to skin. 18G
Tuohy, left paramedian, loss of resistance to
saline at 6 cm. Aspiration negative. Omnipaque
240, 2 mL: epidural spread up to L4 and along
the left L5 root. Final needle position imaged
AP and lateral, images saved.
Injectate: triamcinolone 40 mg + 0.9% saline 4 mL.
Complications: nil.
Pain score after (30 min): 2/10
Discharge: home with wife.

Signed: I. Carrick-Adeyemi
Dr Imogen Carrick-Adeyemi, FANZCA FFPMANZCA
""",
        ],
    },
    "d14_58_scan_yes_no_form": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 10,
        "angle": 0.5,
        "noise": 0.0012,
        "band": "11/05/2026 16:40  LONE STAR SPINE  5550127764  PAGE 01",
        "pages": [
            """\
LONE STAR MESA SPINE & PAIN (fictional)
LUMBAR ESI - PROCEDURE FORM

Patient: Evangeline Castillo-Brandt
DOB: 06/29/1958        Acct: 66-10457
Date of service: 11/03/2026
Physician: Ramon Oyelowo-Whitfield, MD

Diagnosis: right L5 radiculopathy. Pain from the
right buttock to the top of the foot, SLR positive
right; MRI right L4-L5 protrusion on the L5 root.
Conservative care: PT 8 weeks, meloxicam.

Pre-procedure NRS: 7/10
Level: L4-L5          Approach: interlaminar
Fluoroscopy used: Yes
Contrast used: Yes - Omnipaque 180, 2 mL
Contrast spread: epidural, cephalad to L3 and
into the right lateral recess; no vascular uptake
Final needle views saved: AP and lateral
Injectate: dexamethasone 10 mg + NS 2 mL
Skin local: lidocaine 1% 2 mL
Complications: No
Post-procedure NRS (20 min): 2/10

Signed: Ramon Oyelowo-Whitfield, MD  11/03/2026
""",
        ],
    },
    "d14_59_scan_cigna_four_weeks_pt": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 8,
        "angle": -0.6,
        "noise": 0.0013,
        "band": "NOV 19 2026 10:15  FROM: HOLLIS CREEK PAIN  TO: 5550190022  P.01/01",
        "pages": [
            """\
HOLLIS CREEK PAIN CENTER (fictional)
INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Maximilian Drury-Okonjo
DOB: 09/02/1971      MRN: HCP-339021
Date of service: 11/17/2026
Physician: Josephine Adair-Mbeki, MD

Indication: left S1 radiculopathy, buttock to
heel and lateral foot, ankle jerk absent left,
SLR positive. MRI: left L5-S1 extrusion
compressing the left S1 root.
Conservative care: physical therapy for 4
weeks, ibuprofen.

Pre-procedure pain: 8/10
Procedure: L5-S1 interlaminar ESI under
fluoroscopy. Prone, prep and drape. 1%
lidocaine to skin. 20G Tuohy, left paramedian,
LOR to saline 6 cm, aspiration negative.
Omnipaque 240 1.5 mL: epidural spread along
the left S1 root and up to L5, no vascular
uptake. AP and lateral images of the final
needle position saved.
Triamcinolone 80 mg + NS 2 mL injected.
No complications.
Post-procedure pain (20 min): 3/10

Signed: Josephine Adair-Mbeki, MD  11/17/2026
""",
        ],
    },
    "d14_60_scan_intrathecal_baclofen_trial": {
        "note_pages": [0],
        "kind": "scan",
        "font": "Courier",
        "seed": 9,
        "angle": 0.7,
        "noise": 0.0011,
        "band": "12/03/2026 11:08  CARROWAY NEURO  5550176618  P. 001",
        "pages": [
            """\
CARROWAY NEUROSCIENCES (fictional)
INTRATHECAL BACLOFEN TRIAL

Patient: Perpetua Lindqvist-Achebe
DOB: 07/18/1979    MRN: CNS-604471
Date of service: 12/01/2026
Physician: Octavius Brightwell-Ude, MD

Indication: severe spasticity of both legs
from multiple sclerosis; Modified Ashworth
3 at both knees; oral baclofen not
tolerated.

Technique: prone. Chlorhexidine prep and
drape. L3-L4 interspace found under
fluoroscopy. 1% lidocaine to skin. 22G
Quincke spinal needle into the thecal sac;
clear CSF. Omnipaque 180, 1 mL: contrast
layered in the thecal sac, intrathecal.
AP and lateral images saved. Baclofen
50 mcg injected intrathecally as a bolus.
No steroid given. Needle removed.
No complications.

4 h: Ashworth 1 at both knees; able to
stand with a frame. Home tomorrow.

Signed: Octavius Brightwell-Ude, MD
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
    pdf.setTitle("dev14 fictional example")
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
    stamp = time.strptime("2026-12-10 12:00:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title="dev14 fictional fax scan",
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
