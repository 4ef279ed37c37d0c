#!/usr/bin/env python3
"""Build the blind15 PDFs (b15_47..54, with a text layer) and scans (b15_55..60, image only).

Usage:  python examples/blind15/make_pdfs.py

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

DOCS["b15_47_consent_then_note_cigna"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
GRANITE FALLS PAIN & SPINE
INFORMED CONSENT FOR SPINAL INJECTION

Patient name: ________________________________   Date: ______________

1. My doctor has explained that a needle will be placed in the epidural space of my
   spine and that a steroid medicine, usually with a numbing medicine, will be injected.
2. An X-ray machine (fluoroscopy) is usually used to guide the needle. A small amount of
   contrast dye is usually injected to show where the medicine will spread. Pictures may
   be taken from more than one angle (views) and kept in my record.
3. I will be asked to rate my pain on a scale from 0 to 10 before and after the
   injection, and at my follow-up visit.
4. Risks include infection, bleeding, headache, increased pain, nerve injury, allergic
   reaction to the dye or medicine, raised blood sugar and, rarely, paralysis.
5. Alternatives include physical therapy, medicines, surgery or no treatment.
6. I have had the chance to ask questions, and they were answered.

Patient signature: ______________________________   Time: ________

Witness: ________________________________________

Physician: ______________________________________
""",
        ),
        (
            "note",
            """\
GRANITE FALLS PAIN & SPINE
PROCEDURE NOTE

Patient: Lindahl-Oyebanji, Saffron          DOB: 02/21/1977
MRN: GFP-0093312                            Acct: 26-41180
Date of service: 08/13/2026
Payer: Cigna (eviCore review)  Auth: EC26-5518830
Physician: Anselm Whitcombe-Adeyemi, MD

PROCEDURE: Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopic guidance

INDICATION: Right S1 radiculopathy. 49-year-old teacher with 5 months of right buttock
and posterior leg pain to the heel and lateral foot, numbness of the fifth toe, absent
right ankle reflex and a positive right SLR at 30 degrees. MRI 06/18/2026: right
paracentral L5-S1 extrusion compressing the right S1 nerve root. She completed 10 weeks
of physical therapy with a home program and took naproxen and gabapentin without
adequate relief.

PRE-PROCEDURE: pain 8/10 on the numeric rating scale at 0810. No anticoagulants. No
contrast allergy. Consent signed.

TECHNIQUE: Time-out. Prone on the fluoroscopy table. The L5-S1 interspace was located,
the skin prepped with chlorhexidine and draped, and 2 mL of 1% lidocaine infiltrated.
A 20-gauge Tuohy needle was advanced from a right paramedian entry with loss of
resistance to saline at 6 cm. Final needle position was confirmed and saved on AP and
contralateral oblique views. Omnipaque 240, 2 mL, spread in the right dorsal epidural
space to L5 and along the right S1 root, with no vascular or intrathecal uptake.
Triamcinolone 80 mg with 2 mL preservative-free saline was injected. Needle removed.

COMPLICATIONS: None.

POST-PROCEDURE: pain 2/10 at 0900 in recovery; gait steady.

PLAN: Continue home exercises; follow up in 2 weeks.

Electronically signed by Anselm Whitcombe-Adeyemi, MD 08/13/2026 09:18
""",
        ),
    ],
}

DOCS["b15_48_note_epidurogram_saved_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
HARBORLIGHT HEALTH - PAIN MANAGEMENT CLINIC
Procedure Documentation                                   Printed from the clinic EHR

Patient: Oyelaran-Sutcliffe, Desmond     DOB: 05/30/1966     MRN: HLH-2290473
Encounter: 26-0817-0442                  DOS: 08/17/2026
Provider: Marisol Kowalczyk-Ibe, MD

Procedure: Lumbar epidural steroid injection, interlaminar, L4-L5
Guidance: Fluoroscopy

Indication: Left L5 radiculopathy - left leg pain to the dorsum of the foot for 4 months,
left EHL 4/5, SLR positive on the left. MRI 06/2026: left L4-L5 subarticular protrusion
compressing the left L5 root. PT 8 weeks, NSAIDs and gabapentin without relief.

Pain score before the procedure: 7/10 (NRS)

Procedure details:
- Consent signed; time-out completed.
- Prone; chlorhexidine prep; sterile drape.
- L4-L5 interspace identified fluoroscopically; skin 1% lidocaine 2 mL.
- 20 G Tuohy needle via left paramedian approach; loss of resistance to saline.
- Final needle position confirmed in AP and lateral views; images saved to PACS.
- Contrast: Isovue-M 200, 3 mL. Epidurogram obtained and saved to PACS.
- Injectate: dexamethasone 10 mg with 2 mL preservative-free saline.
- Needle removed; no complications.

Pain score after the procedure: 2/10 (NRS) at 20 minutes.

Disposition: home with wife. Follow-up 3 weeks.

Electronically signed by Marisol Kowalczyk-Ibe, MD on 08/17/2026 at 11:02
""",
        ),
        (
            "handout",
            """\
HARBORLIGHT HEALTH - PATIENT EDUCATION
ABOUT YOUR EPIDURAL STEROID INJECTION

What is it?
An epidural steroid injection puts anti-inflammatory medicine near the irritated nerves
in your back.

How is it done?
Your doctor uses a special X-ray called fluoroscopy to see your spine. A small amount of
contrast dye is injected first so the doctor can see the dye spread in the epidural
space. X-ray pictures are usually taken from the front and the side (two views).

Pain scores
Before and after the injection, the nurse will ask you to rate your pain from 0 (no
pain) to 10 (worst pain). Please keep the pain diary for two weeks.

After the injection
- Your leg may feel numb for a few hours.
- Do not drive today.
- Call us for fever, severe headache, new weakness or trouble passing urine.

Questions? Call the clinic at 555-0172-3300.
""",
        ),
    ],
}

DOCS["b15_49_order_then_two_page_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "order",
            """\
FIELDSTONE MEDICAL GROUP - SPINE REFERRAL / PROCEDURE ORDER

Ordering provider: Dr. Quincy Abernathy-Ross, Family Medicine
Order date: 07/28/2026
Refer to: Ridgeback Pain Institute

Order: Lumbar interlaminar epidural steroid injection, level per pain physician
Guidance: fluoroscopy requested; contrast per physician
Please document: pain scores (0-10) before and after, images of the needle in two views,
and send the procedure note to our office.

Diagnosis: lumbar radiculopathy (M54.16)
Priority: routine

Signed: Q. Abernathy-Ross, MD (order only)
""",
        ),
        (
            "note",
            """\
RIDGEBACK PAIN INSTITUTE                                              Page 1 of 2
PROCEDURE REPORT

Patient:   Thistlewood-Amadi, Corentin
DOB:       06/06/1969           MRN: RPI-5540021         Account: 9920-4471
DOS:       08/19/2026
Physician: Evangeline Ostrowski-Nwosu, MD

Procedure: Lumbar interlaminar epidural steroid injection, L4-L5, under fluoroscopy

History: 57-year-old man referred by Dr. Abernathy-Ross with 10 weeks of right leg pain
from the buttock over the lateral thigh and calf to the top of the foot, numbness of the
great toe and a positive right SLR at 40 degrees. MRI 07/2026: right L4-L5 paracentral
protrusion compressing the right L5 root. Conservative care: 6 weeks of physical
therapy, meloxicam and a methylprednisolone taper, without lasting relief.

Pre-procedure assessment (0755): BP 138/86, HR 76. Pain 8/10 (NRS), right leg.
Anticoagulants: none. Allergies: none to contrast.
""",
        ),
        (
            "note",
            """\
RIDGEBACK PAIN INSTITUTE                                              Page 2 of 2
Thistlewood-Amadi, Corentin   MRN RPI-5540021   DOS 08/19/2026

Technique: Consent; time-out. Prone. Fluoroscopy used to identify the L4-L5 interspace.
Prep and drape. Skin 1% lidocaine 2 mL. 18-gauge Tuohy needle, right paramedian, loss of
resistance to saline at 6.5 cm. Final needle position was confirmed on AP and lateral
views, and the images were saved. Omnipaque 240, 2 mL: epidural spread on the right from
L4 to S1 and along the right L5 root, no vascular uptake. Injected methylprednisolone 80
mg with 2 mL preservative-free saline. Needle withdrawn intact.

Complications: none.

Recovery (0840): pain 2/10 (NRS). Ambulatory. Discharged with his wife.

Plan: Follow-up in 3 weeks; report sent to Dr. Abernathy-Ross.

Electronically signed by Evangeline Ostrowski-Nwosu, MD 08/19/2026 09:05
""",
        ),
    ],
}

DOCS["b15_50_cervical_ilesi_discharge_sheet"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
CRESTWATER SPINE CENTER
PROCEDURE NOTE - CERVICAL EPIDURAL

Patient: Nakagawa-Fairweather, Solveig      DOB: 11/02/1972      MRN: CSC-661208
Date of service: 08/24/2026                 Physician: Ignatius Okafor-Wendell, MD

Procedure: Cervical interlaminar epidural steroid injection, C7-T1, with fluoroscopic
guidance

Indication: Left C7 radiculopathy for 3 months: neck and left arm pain down the back of
the arm to the middle finger, numbness of the middle finger, weak left triceps 4/5,
positive Spurling on the left. MRI 07/2026: left C6-C7 foraminal disc-osteophyte complex
compressing the exiting left C7 root. Failed 8 weeks of physical therapy, celecoxib and
gabapentin.

Pre-procedure: arm pain 7/10 on the NRS.

Technique: Consent; time-out. Prone with the neck flexed on a padded headrest. The C7-T1
interlaminar space was identified under fluoroscopy. Prep and drape. Skin 1% lidocaine
1 mL. A 20-gauge Tuohy needle was advanced in a left paramedian line using loss of
resistance to saline at 4.5 cm. Final needle position was confirmed and saved on AP and
contralateral oblique views. Omnipaque 240, 1 mL, outlined the dorsal epidural space from
C6 to T1, predominantly on the left, with no vascular or intrathecal uptake.
Dexamethasone 10 mg with 1 mL preservative-free saline was injected. Needle removed.

Complications: none. Post-procedure arm pain 2/10 at 20 minutes; strength unchanged.

Plan: Follow up in 3 weeks; continue cervical stabilization exercises.

Electronically signed by Ignatius Okafor-Wendell, MD 08/24/2026 13:40
""",
        ),
        (
            "discharge",
            """\
CRESTWATER SPINE CENTER - DISCHARGE INSTRUCTIONS AFTER A SPINAL INJECTION

Today you had an injection done with X-ray (fluoroscopy) guidance. Contrast dye may have
been used to check where the medicine went; it leaves your body in your urine.

- Rest today. You may return to normal activity tomorrow.
- Remove the bandage tonight. You may shower tomorrow; no bath or pool for 48 hours.
- Your arm or leg may feel numb or heavy for a few hours from the numbing medicine.
- Write down your pain score (0-10) every day for two weeks and bring the diary to your
  follow-up visit.
- Diabetic patients: check your blood sugar more often for 3 days.

Call 555-0155-0900 right away for fever over 100.4 F, a severe headache that is worse
when you sit up, new weakness, or loss of bladder or bowel control.
""",
        ),
    ],
}

DOCS["b15_51_fax_cover_then_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
MAPLEWICK PAIN & REHABILITATION
FAX

Date: 08/28/2026        Pages (with cover): 2
To:   Dr. Rosalind Ekwueme, Ashby Road Family Practice     Fax: 555-0126-8871
From: Medical Records, Maplewick Pain & Rehabilitation     Fax: 555-0126-4400
Re:   Procedure report for your patient

Attached is the procedure report. It describes the level, the approach, the use of
fluoroscopy and contrast, the views saved and the pain scores, as our procedure notes
usually do. Please call with any questions.

CONFIDENTIAL: This facsimile contains protected health information intended only for the
addressee. If you received it in error, please call 555-0126-4401 and destroy it.
""",
        ),
        (
            "note",
            """\
MAPLEWICK PAIN & REHABILITATION
INTERVENTIONAL PROCEDURE REPORT

Patient: Ashworth-Obiora, Lucan             DOB: 01/15/1963
MRN: MPR-0071429                            Date of service: 08/20/2026
Physician: Henrike Dalgaard-Mensah, MD

Procedure: L3-L4 interlaminar epidural steroid injection with fluoroscopic guidance

Indication: Left L4 radiculopathy: anterior thigh and medial shin pain for 3 months with
a reduced left knee jerk and positive femoral stretch test. MRI 07/2026: left L3-L4
foraminal protrusion compressing the exiting left L3 root and contacting the left L4 root
in the lateral recess. 8 weeks of PT, naproxen and pregabalin failed.

Pain before the injection: 6/10 (NRS).

Consent and time-out. Prone. The L3-L4 interspace was identified under fluoroscopy;
prep, drape; 1% lidocaine 2 mL to the skin. 20 G Tuohy, left paramedian, loss of
resistance to saline at 6 cm. Final needle position was confirmed on AP and lateral
views, both saved. Isovue-M 300, 2 mL, spread in the epidural space from L2 to L4,
left more than right, no vascular uptake. Triamcinolone 40 mg with 3 mL preservative-free
saline injected. Needle out. No complications.

Pain after the injection: 1/10 (NRS) at 25 minutes.

Electronically signed by Henrike Dalgaard-Mensah, MD 08/20/2026 14:50
""",
        ),
    ],
}

DOCS["b15_52_checklist_then_preliminary_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
ELKHORN VALLEY SURGERY CENTER
SPINE PROCEDURE SAFETY CHECKLIST (blank form)

SIGN-IN (before the patient enters the room)
[ ] Identity confirmed with two identifiers
[ ] Consent signed and matches the schedule
[ ] Anticoagulant and antiplatelet status reviewed
[ ] Allergies reviewed, including contrast dye
[ ] Baseline pain score recorded (0-10)

TIME-OUT (before the needle)
[ ] Procedure, level and side agreed by the team
[ ] Fluoroscopy unit positioned and working; lead aprons on
[ ] Contrast and medications labelled on the field

SIGN-OUT (before the patient leaves the room)
[ ] Images of the final needle position saved (two views)
[ ] Post-procedure pain score recorded (0-10)
[ ] Specimens: none expected

Completed by: ______________________   Date: ____________
""",
        ),
        (
            "note",
            """\
ELKHORN VALLEY SURGERY CENTER
PROCEDURE NOTE

Patient: Birchall-Onwuachi, Temperance     DOB: 04/04/1958
MRN: EVS-3317720                           Case #: EV26-08-1542
Date of procedure: 08/26/2026
Physician: Rutger Salazar-Ashdown, MD

Procedure: L5-S1 interlaminar epidural steroid injection, fluoroscopic guidance.

Indication: Bilateral S1 radicular pain, right more than left, with calf pain and
heaviness on walking 2 blocks, relieved by sitting. MRI 07/2026: L5-S1 disc bulge with
bilateral lateral recess stenosis contacting both S1 roots. 12 weeks of PT, acetaminophen
and meloxicam without relief.

Pre-procedure pain: 7/10 (NRS) at 0720.

Technique: Consent confirmed. Time-out. Prone. L5-S1 identified under fluoroscopy. Prep
and drape. Skin 1% lidocaine 2 mL. 18 G Tuohy, midline, loss of resistance to saline at
6 cm. Final needle position confirmed on AP and lateral views; images saved. Omnipaque
240, 2 mL: epidural spread bilaterally to L5 and along both S1 roots; no vascular uptake.
Triamcinolone 80 mg with 2 mL preservative-free saline injected. Needle removed intact.

Complications: none.
Post-procedure pain: 2/10 (NRS) at 0815.
Disposition: home with her husband.

Note status: PRELIMINARY - pending physician review and electronic signature.
Author: Rutger Salazar-Ashdown, MD (not yet signed)
""",
        ),
    ],
}

DOCS["b15_53_south_african_two_page_record_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
JACARANDA RIDGE PRIVATE HOSPITAL - PAIN CLINIC                         Page 1 of 2
PROCEDURE RECORD

Patient:       Mrs Nomvula Achterberg-Dlamini
Hospital no.:  JRH 0448127
Date of birth: 12/05/1967
Date:          31/08/2026
Doctor:        Dr Pieter van Rensburg-Moyo, specialist anaesthesiologist (pain)

Procedure: lumbar interlaminar epidural steroid injection, L4/5, under fluoroscopy

History: sciatica in the left leg for 4 months, from the buttock down the outside of the
leg to the top of the foot, pins and needles in the big toe, positive straight leg raise
on the left at 45 degrees and a weak left big toe extensor. MRI (14/07/2026): left L4/5
paracentral disc protrusion compressing the left L5 nerve root. She has had 8 weeks of
physiotherapy, diclofenac and pregabalin, with little effect.

Before the procedure (ward, 07:30): pain score 8/10 (NRS).
""",
        ),
        (
            "note",
            """\
JACARANDA RIDGE PRIVATE HOSPITAL - PAIN CLINIC                         Page 2 of 2
Mrs N Achterberg-Dlamini   Hospital no. JRH 0448127   Date 31/08/2026

Technique: consent checked, surgical safety checklist done. Prone. Skin disinfected with
chlorhexidine in alcohol and draped. The L4/5 interspace was identified with the C-arm.
Skin infiltrated with lignocaine 1% 2 ml. An 18G Tuohy needle was advanced in a left
paramedian line with loss of resistance to saline at 6 cm. The final needle position was
confirmed on AP and lateral fluoroscopy images and these were saved. Omnipaque 300 2 ml
spread in the epidural space over L4 and L5, more to the left, with no vascular uptake.
Injected: Depo-Medrol 80 mg with 3 ml normal saline. Needle removed.

Complications: none.
After the procedure (recovery, 08:25): pain score 2/10 (NRS).

Follow-up in 4 weeks in the rooms.

Electronically signed: Dr Pieter van Rensburg-Moyo, 31/08/2026 08:40
""",
        ),
        (
            "handout",
            """\
JACARANDA RIDGE PRIVATE HOSPITAL - INFORMATION FOR PATIENTS
HOW WE MEASURE YOUR PAIN

We use a number scale from 0 to 10: 0 means no pain at all and 10 means the worst pain
you can imagine. You will be asked for a number before and after your injection.

During spinal injections we use X-ray screening (fluoroscopy) and sometimes a contrast
dye. The doctor takes pictures from different angles (views) to check the needle.

Please keep a diary of your pain score every evening for two weeks and bring it to your
follow-up visit.
""",
        ),
    ],
}

DOCS["b15_54_note_then_procedure_orders"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
PRAIRIE SPRINGS SPINE & PAIN
PROCEDURE NOTE

Pt: Okonjo-Valcourt, Emeric               DOB: 08/14/1950
MRN: PSS-118430                           DOS: 09/01/2026
Physician: Lavinia Strathearn-Obi, MD

PROCEDURE: Lumbar interlaminar ESI, L5-S1, fluoroscopic guidance.

INDICATION: Lumbar spinal stenosis with neurogenic claudication and bilateral S1
radicular symptoms; walking limited to 10 minutes; MRI 07/2026 with severe L5-S1 lateral
recess stenosis. 9 weeks of physical therapy and meloxicam without benefit.

PRE: NRS 6/10 standing, 0900.

PROCEDURE DETAIL: Consent; time-out. Prone. L5-S1 identified with fluoroscopy. Prep,
drape, 1% lidocaine 2 mL to the skin. 20 G Tuohy, midline, LOR to saline at 6.5 cm.
Final needle position confirmed on AP and lateral views, images saved. Omnipaque 240, 2
mL: epidural spread bilaterally to L4 with no vascular uptake. Dexamethasone 10 mg with
2 mL PF saline injected. Needle out.

COMPLICATIONS: none.
POST: NRS 1/10 standing at 0945.

Electronically signed by Lavinia Strathearn-Obi, MD 09/01/2026 10:01
""",
        ),
        (
            "order",
            """\
PRAIRIE SPRINGS SPINE & PAIN - STANDING PROCEDURE ORDERS (template)

Procedure room nursing:
- Record a pain score (0-10) on arrival and before discharge.
- Confirm contrast allergy status; notify physician if allergic.
- Fluoroscopy: radiology technologist to save images in two views as directed.

Pharmacy:
- Omnipaque 240, up to 5 mL, for epidural confirmation as directed by physician.
- Lidocaine 1%, up to 5 mL, for skin anesthesia.
- Steroid per physician: triamcinolone 40-80 mg, dexamethasone 10 mg or
  methylprednisolone 40-80 mg.

Discharge when criteria met.

Template approved by the Medical Executive Committee (no patient-specific content).
""",
        ),
    ],
}

DOCS["b15_55_scan_complete_l4l5"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 41004,
    "fax": "09/08/2026 14:22  FROM: SPRUCE HOLLOW PAIN  5550181120  TO: 5550190044  P. 1/1",
    "pages": [
        (
            "note",
            """\
SPRUCE HOLLOW PAIN CLINIC - PROCEDURE NOTE
Patient: Okonkwo-Brandvold, Elspeth
DOB: 03/22/1960        MRN: SHP-208114
Date of service: 09/02/2026
Physician: Caspian Whitlow-Ade, MD

Procedure: L4-L5 interlaminar epidural steroid
injection with fluoroscopic guidance.
Indication: left L5 radiculopathy. MRI shows a
left L4-L5 protrusion compressing the left L5 root.
Failed 8 weeks of physical therapy and naproxen.

Pain before the procedure: 7/10.
Prone. Prep and drape. Skin 1% lidocaine 2 mL.
20 gauge Tuohy needle, loss of resistance to saline
at L4-L5. Final needle position confirmed on AP and
lateral views; images saved.
Omnipaque 240, 2 mL: epidural spread over the left
L4 and L5 laminae. No vascular uptake.
Triamcinolone 80 mg with 2 mL saline injected.
No complications.
Pain after the procedure: 2/10 at 20 minutes.

Electronically signed by Caspian Whitlow-Ade, MD
09/02/2026 10:40
""",
        ),
    ],
}

DOCS["b15_56_scan_post_pain_blank"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 42065,
    "fax": "SEP-15-2026 09:03  FROM: TIDEWATER SPINE  5550184471  TO: 5550190044  P.01",
    "pages": [
        (
            "note",
            """\
TIDEWATER SPINE ASSOCIATES
LUMBAR EPIDURAL INJECTION - PROCEDURE FORM
Patient name: Fairbanks-Oduya, Reinhold
DOB: 07/04/1955      Chart #: TSA-55019
Date of procedure: 09/09/2026
Physician: Delphine Arkwright-Moss, MD

Level: L3-L4      Approach: interlaminar, midline
Guidance: fluoroscopy
Indication: neurogenic claudication; severe L3-L4
stenosis on MRI. PT 10 weeks, meloxicam.
Pre-procedure pain: 6/10
Technique: prone, sterile prep, 1% lidocaine 2 mL,
18 gauge Tuohy, loss of resistance to saline.
Final needle position: AP and lateral images saved.
Contrast: Omnipaque 240, 2 mL, epidural spread on
both sides from L2 to L4, no vascular uptake.
Medication: methylprednisolone 80 mg, saline 3 mL.
Complications: none.
Post-procedure pain: ______ /10
Discharged home with his daughter.

Electronically signed by Delphine Arkwright-Moss, MD
09/09/2026 15:05
""",
        ),
    ],
}

DOCS["b15_57_scan_complete_caudal"] = {
    "kind": "scan",
    "angle": 0.8,
    "seed": 43039,
    "fax": "2026-09-21 16:47  FROM: MEADOWLARK PAIN  5550187703  TO: 5550190044  P. 1/1",
    "pages": [
        (
            "note",
            """\
MEADOWLARK PAIN CENTER
CAUDAL EPIDURAL STEROID INJECTION
Patient: Castellanos-Ebbesen, Wilfred
DOB: 10/28/1946      MRN: MPC-400277
Date of service: 09/16/2026
Physician: Rosalind Achebe-Tallis, MD

Indication: post-laminectomy syndrome with
bilateral leg pain below the knees after an old
lumbar fusion. PT 12 weeks and gabapentin failed.
Pain before the injection: 8/10.

Prone. Prep and drape. The sacral hiatus was found
under fluoroscopic guidance. Skin 1% lidocaine.
20 gauge Tuohy needle into the caudal canal.
Final needle position confirmed on AP and lateral
views; both images saved.
Omnipaque 240, 5 mL: contrast spread up the caudal
epidural space to the lower lumbar levels on both
sides. No vascular uptake.
Triamcinolone 80 mg with 8 mL saline injected.
No complications.
Pain after the injection: 3/10 at 20 minutes.

Electronically signed by Rosalind Achebe-Tallis, MD
09/16/2026 11:25
""",
        ),
    ],
}

DOCS["b15_58_scan_abandoned_dural_puncture"] = {
    "kind": "scan",
    "angle": -0.7,
    "seed": 44013,
    "fax": "09/29/2026 08:12  FROM: BRACKENFORD SPINE  5550189920  TO: 5550190044  P.1",
    "pages": [
        (
            "note",
            """\
BRACKENFORD SPINE CENTER - PROCEDURE NOTE
Patient: Lindgren-Adeyemi, Perpetua
DOB: 02/16/1971      MRN: BSC-771046
Date of service: 09/23/2026
Physician: Marcus Oyelowo-Hartigan, MD

Planned: L4-L5 interlaminar epidural steroid
injection with fluoroscopic guidance.
Indication: right L5 radiculopathy; MRI with a
right L4-L5 protrusion compressing the right L5
root. PT 8 weeks and naproxen without relief.
Pain before the procedure: 7/10.

Prone. Prep and drape. AP image to find L4-L5.
Skin 1% lidocaine 2 mL. 20 gauge Tuohy needle
advanced with loss of resistance to saline. Clear
fluid returned from the needle: dural puncture.
The needle was withdrawn and the procedure was
abandoned. No contrast or steroid was given.
Headache precautions reviewed; she will call
if a positional headache starts.
Pain at discharge: 7/10, unchanged.
To be rescheduled in 2 weeks.

Electronically signed by Marcus Oyelowo-Hartigan, MD
09/23/2026 14:30
""",
        ),
    ],
}

DOCS["b15_59_scan_signature_on_file"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 45001,
    "fax": "OCT-13-2026 11:38  FROM: COBBLESTONE PAIN  5550192285  TO: 5550190044  P. 1/1",
    "pages": [
        (
            "note",
            """\
COBBLESTONE PAIN MEDICINE - PROCEDURE NOTE
Patient: Whitmore-Nakashima, Delphine
DOB: 06/19/1975      MRN: CPM-512098
Date of service: 10/05/2026
Physician: Theron Mbeki-Sinclair, MD

Procedure: L5-S1 interlaminar epidural steroid
injection under fluoroscopic guidance.
Indication: left leg pain to the heel, left L5-S1
extrusion compressing the nerve root on MRI.
PT 7 weeks, ibuprofen and a steroid taper failed.
Pain before the injection: 8/10.

Prone. Prep and drape. Skin 1% lidocaine 2 mL.
20 gauge Tuohy needle, loss of resistance to saline
at L5-S1. Final needle position confirmed on AP and
lateral views; images saved.
Omnipaque 240, 2 mL: epidural spread on the left
up to L5. No vascular uptake.
Dexamethasone 10 mg with 2 mL saline injected.
No complications.
Pain after the injection: 2/10 at 15 minutes.

Theron Mbeki-Sinclair, MD
Signature on file
""",
        ),
    ],
}

DOCS["b15_60_scan_complete_l5s1"] = {
    "kind": "scan",
    "angle": -0.8,
    "seed": 46057,
    "fax": "10/20/2026 13:05  FROM: IRONWOOD SPINE  5550195516  TO: 5550190044  P. 1/1",
    "pages": [
        (
            "note",
            """\
IRONWOOD SPINE AND PAIN - PROCEDURE REPORT
Patient: Abernethy-Okoye, Cassius
DOB: 09/30/1962      MRN: ISP-330915
Date of service: 10/14/2026
Physician: Ysabel Fontaine-Mwangi, MD

Procedure: lumbar interlaminar epidural steroid
injection at L5-S1 with fluoroscopic guidance.
Indication: right leg pain down the back of the
calf with numbness of the foot; MRI shows a right
L5-S1 extrusion compressing the nerve root.
PT 10 weeks and meloxicam failed.
Pain before the injection: 7/10.

Prone. Prep and drape. Skin 1% lidocaine 2 mL.
20 gauge Tuohy needle, loss of resistance to air
at L5-S1. Final needle position confirmed on AP and
lateral views; images saved.
Isovue-M 300, 2 mL: epidural spread on the right
up to L5. No vascular uptake.
Methylprednisolone 80 mg with 2 mL saline injected.
No complications.
Pain after the injection: 1/10 at 20 minutes.

Electronically signed by Ysabel Fontaine-Mwangi, MD
10/14/2026 16:10
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
    stamp = time.strptime("2026-12-20", "%Y-%m-%d")
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
