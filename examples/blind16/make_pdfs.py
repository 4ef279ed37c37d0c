#!/usr/bin/env python3
"""Build the blind16 PDFs (b16_47..54, with a text layer) and scans (b16_55..60, image only).

Usage:  python examples/blind16/make_pdfs.py

The PDFs are typeset with reportlab in Courier (so the text layer reads back as written) with the
invariant flag, so they carry no timestamps. The scans are drawn with Pillow at 200 dpi: a fax
header band, a slightly blurred and crooked feed, patchy toner (low-frequency noise), grain,
speckle and drum streaks, thresholded to 1-bit and saved as image-only PDFs (no text layer) with
fixed info dates, plus a PNG of page 1. All noise comes from ``random.Random(seed)``, so every run
writes the same bytes. All notes are fictional.
"""

from __future__ import annotations

import pathlib
import random
import time

HERE = pathlib.Path(__file__).resolve().parent
PDF_DIR = HERE / "pdf"
SCAN_DIR = HERE / "scans"
DPI = 200
FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")

# Each document: a list of pages (kind, text). Kind "note" is the procedure note; the others
# (consent, fax_cover, handout, leaflet, checklist, discharge, order, template) are pages that are
# not the note and are never evidence. A scan also has its fax band text, feed angle, seed, font
# and degradation settings (blur radius, toner patchiness, grain), kept with its seed.
DOCS: dict[str, dict] = {}

DOCS["b16_47_note_then_consent_cigna"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
LAUREL CANYON SURGERY CENTER
Interventional Pain - Procedure Report

Patient: Montgomery-Achebe, Rosalind        DOB: 05/23/1964
MRN: LCS-771902        Case #: 26-0515        Date of service: 05/15/2026
Surgeon: Evander Kowalski-Amadi, MD          Anesthesia: local only
Payer: Cigna (eviCore review completed, authorization on file)

Preoperative diagnosis: Left L5 radiculopathy (M54.16) from an L4-L5 disc herniation
Postoperative diagnosis: Same

History: 61-year-old dental hygienist with 4 months of left leg pain, sharp and electric, from
the left buttock along the lateral thigh and shin to the dorsum of the foot, with numbness of
the first web space and weak left great toe extension (4/5). MRI 03/2026: left subarticular
L4-L5 herniation compressing the traversing left L5 root. She completed 7 weeks of physical
therapy with an active exercise program, and took meloxicam and gabapentin throughout, with
no lasting change; she is on a reduced schedule at work.

Pre-procedure pain (NRS 0-10): 8, left leg, at 08:05 in pre-op.

Procedure: L4-L5 interlaminar epidural steroid injection under fluoroscopic guidance.
After confirming consent and a time-out, the patient was positioned prone. The lumbar skin was
prepped with chlorhexidine and draped in sterile fashion. The L4-L5 interlaminar space was
identified with fluoroscopy and the skin anesthetized with 1% lidocaine, 3 mL. A 20-gauge
Tuohy needle was advanced by a left paramedian approach, and the epidural space was entered
by loss of resistance to saline at 5.5 cm. Aspiration was negative for blood and CSF.
Omnipaque 240, 2 mL, was injected and spread in the left L4-L5 epidural space, filling the
left lateral recess and tracking along the left L5 root, with no vascular or intrathecal
pattern. AP and lateral fluoroscopic images of the final needle position were saved to PACS.
Triamcinolone 40 mg diluted with 2 mL preservative-free normal saline was injected. The needle
was removed intact. No complications; EBL none.

Post-procedure pain (NRS 0-10): 2, left leg, at 08:50 in recovery. Ambulating, neuro intact.

Disposition: home with her husband. Continue the home exercise program. Follow up in 4 weeks.

Electronically signed by Evander Kowalski-Amadi, MD on 05/15/2026 at 09:12
""",
        ),
        (
            "consent",
            """\
LAUREL CANYON SURGERY CENTER
CONSENT FOR SPINE INJECTION PROCEDURES

Patient: __________________________________      Date: ____________

I agree to have the following procedure: ___________________________________________

About the procedure
- A thin needle is placed near the nerves of the spine and medicine is injected. The medicine
  is usually a steroid, sometimes mixed with a numbing medicine or salt water.
- The doctor usually uses a live X-ray camera (fluoroscopy) to guide the needle. A few drops
  of X-ray dye (contrast) are often injected to check where the medicine will go. Pictures
  from the front and the side (views) may be saved in your record.
- Staff will ask you to rate your pain from 0 (no pain) to 10 (worst pain) before the
  procedure and before you go home.

Possible risks: bleeding, infection, headache, a temporary increase in pain, allergic reaction,
nerve injury, and very rarely paralysis. A steroid can raise blood sugar for a few days.

Other choices: medicines, physical therapy, surgery, or no treatment.

I have read this form or had it read to me. My questions have been answered.

Patient or representative signature: _____________________________   Time: _______

Witness: ___________________________________

Physician: _________________________________
""",
        ),
    ],
}

DOCS["b16_48_faxcover_then_note_mrn_only"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
WILLOWMERE PAIN INSTITUTE
FAX TRANSMITTAL

To:        Dr. Clementine Abara-Holmgren, Family Medicine
Fax:       (406) 555-0184
From:      Medical Records, Willowmere Pain Institute
Phone:     (406) 555-0139
Date sent: 03/05/2026
Pages:     2 (including this cover)

Regarding: Patient Gideon Ravensworth-Okafor, DOB 10/14/1959

Message: Procedure report attached for your records, as requested. The patient had his
epidural steroid injection with us this week. Our standard reports describe fluoroscopy,
contrast and the images saved, and the pain scores before and after.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only
for the addressee. If you received it in error, call (406) 555-0139 and destroy all copies.
""",
        ),
        (
            "note",
            """\
WILLOWMERE PAIN INSTITUTE - PROCEDURE REPORT
MRN: WPI-0338152                Procedure date: 03/03/2026
Physician: Hyacinth Delgado-Mwangi, MD

Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, with fluoroscopy.

Indication: Right S1 radicular pain for 3 months, from the right buttock to the heel and the
lateral border of the foot, numbness of the small toe and an absent right ankle reflex. MRI
02/2026: right L5-S1 paracentral extrusion compressing the right S1 nerve root. He has had
8 weeks of physical therapy, naproxen and a gabapentin trial without benefit.

Pre-procedure pain score: 7/10 (NRS), right leg.

Technique: Consent signed; time-out performed. The patient was placed prone, and the skin was
prepped with chlorhexidine and draped. The L5-S1 interlaminar space was identified with
fluoroscopy and 1% lidocaine 2 mL infiltrated. A 20-gauge Tuohy needle was advanced right
paramedian into the epidural space by loss of resistance to saline; aspiration negative.
Isovue-M 300, 2 mL, spread along the right S1 root and in the right L5-S1 lateral recess, with
no vascular uptake. The final needle position was confirmed on AP and lateral views, and both
images were saved. Betamethasone (Celestone Soluspan) 12 mg with 2 mL preservative-free saline
was injected. The needle was removed. No complications.

Post-procedure pain score: 2/10 at 20 minutes. He walked out without assistance.

Plan: follow up in 4 weeks; continue his home exercise program.

Electronically signed by Hyacinth Delgado-Mwangi, MD on 03/03/2026 at 15:27
""",
        ),
    ],
}

DOCS["b16_49_sympathetic_block_then_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
CORALWOOD UNIVERSITY HOSPITAL - PAIN MEDICINE
PROCEDURE NOTE: LUMBAR SYMPATHETIC BLOCK

Patient: Ezeh-Thorvaldsen, Marisol        MRN: CUH-4471820        DOB: 08/19/1986
FIN: 7700193315                           Date of service: 06/04/2026
Attending: Benedikt Oyelaran-Castillo, MD

Indication: Complex regional pain syndrome type I of the left foot and ankle after an ankle
fracture repaired in 11/2025: burning pain, allodynia, swelling, color and temperature change
of the left foot. No back pain and no radicular symptoms. 10 weeks of desensitization physical
therapy, mirror therapy, gabapentin and a prednisone burst without improvement.

Pain before the block: 8/10 left foot (NRS). Left foot skin temperature 29.1 C, right 32.4 C.

Procedure: Left L3 lumbar sympathetic block, fluoroscopic guidance.
Consent signed; time-out. Prone. Chlorhexidine prep and drape. Under fluoroscopy, the L3
vertebral body was identified, the C-arm rotated obliquely to the left, and 1% lidocaine 3 mL
infiltrated. A 22-gauge 5-inch spinal needle was advanced to the anterolateral border of the
L3 vertebral body. AP and lateral fluoroscopic images of the final needle position were saved.
Omnipaque 240, 3 mL, spread in a linear pattern along the anterolateral vertebral bodies
from L2 to L4, in the prevertebral space, without psoas, vascular or epidural spread.
Injected 0.25% bupivacaine 10 mL in divided doses. Needle removed. No complications.

After the block: left foot temperature rose to 33.6 C at 20 minutes; pain 3/10 (NRS),
allodynia reduced.

Plan: start an intensive PT session tomorrow while the block is working; consider a series of
blocks if this one gives relief that allows progress in therapy.

Electronically signed by Benedikt Oyelaran-Castillo, MD on 06/04/2026 at 12:40
""",
        ),
        (
            "handout",
            """\
CORALWOOD UNIVERSITY HOSPITAL - PATIENT INFORMATION
SPINE AND NERVE BLOCK INJECTIONS: WHAT TO EXPECT

Why am I having this injection?
Your doctor thinks a nerve or the area around the spine is a source of your pain. Numbing
medicine, sometimes with a steroid, is placed near that nerve.

What happens during the injection?
- You lie on your stomach on an X-ray table. The doctor uses a special X-ray (fluoroscopy)
  to see the spine and guide the needle.
- A small amount of dye (contrast) may be injected so the doctor can see where the medicine
  goes. Pictures from more than one angle may be taken and saved.
- Before and after the injection we will ask you to rate your pain from 0 to 10.

After the injection
- Your leg may feel warm or numb for a few hours. Do not drive today.
- Keep a pain diary for the next week and bring it to your follow-up visit.
- Call (919) 555-0122 for fever, severe headache, new weakness or loss of bladder control.
""",
        ),
    ],
}

DOCS["b16_50_two_page_note_then_leaflet"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
MAGNOLIA STATE UNIVERSITY MEDICAL CENTER - DEPARTMENT OF ANESTHESIOLOGY
Division of Pain Medicine                                            Page 1 of 2
Procedure Note

Patient: Thibodeaux-Okeke, Augustine R      DOB: 02/11/1955      MRN: 01933704
Account: 88201466371                        Date of service: 01/29/2026
Attending: Philippa Vanterpool-Adeyemi, MD
Fellow: Jasper Lindahl-Ochieng, MD (pain medicine fellow)

PREPROCEDURE DIAGNOSIS
1. Lumbar spinal stenosis with neurogenic claudication, L4-L5 (M48.062)
2. Bilateral L5 radicular pain

HISTORY
Mr. Thibodeaux-Okeke is a 70-year-old retired welder with 8 months of bilateral leg pain and
heaviness on standing and walking, reaching the lateral calves and the tops of both feet, and
easing within minutes when he sits. He can walk about 200 feet. MRI 12/2025: severe central
canal stenosis at L4-L5 with bilateral lateral recess narrowing and compression of both
traversing L5 roots; moderate L3-L4 stenosis. He completed 10 weeks of physical therapy
(flexion-based program, aquatic therapy) and has taken acetaminophen and gabapentin; NSAIDs
are avoided because of a prior GI bleed. He holds apixaban for atrial fibrillation: last dose
3 days ago, per cardiology, with bridging not needed.

Prior injections: none.

PRE-PROCEDURE ASSESSMENT
Vital signs stable. Numeric pain rating before the procedure: 7/10 (legs), 4/10 (back).
Oswestry Disability Index 48%.

PROCEDURE
Lumbar interlaminar epidural steroid injection at L4-L5 under fluoroscopic guidance.
The attending was present for the entire procedure.

Informed consent was obtained and a time-out performed. The patient was positioned prone with
a pillow beneath the abdomen. The lumbar region was prepped with chlorhexidine and draped.
Under AP fluoroscopy the L4-L5 interlaminar space was identified, and the skin and
subcutaneous tissue were anesthetized with 1% lidocaine 4 mL. A 20-gauge Tuohy needle was
advanced in the midline using intermittent lateral fluoroscopy, and the epidural space was
entered by loss of resistance to saline. Aspiration was negative for blood and CSF.
""",
        ),
        (
            "note",
            """\
MAGNOLIA STATE UNIVERSITY MEDICAL CENTER - DEPARTMENT OF ANESTHESIOLOGY
Division of Pain Medicine                                            Page 2 of 2
Patient: Thibodeaux-Okeke, Augustine R      MRN: 01933704      DOS: 01/29/2026

PROCEDURE (continued)
Omnipaque 180, 3 mL, was injected: contrast spread bilaterally in the dorsal epidural space
from L4 to L5 and outlined both L5 root sleeves, with no vascular or subarachnoid pattern. AP
and contralateral oblique images of the final needle position with contrast were obtained and
archived. Dexamethasone 10 mg with 4 mL preservative-free normal saline was injected slowly.
The needle was removed with the stylet in place. There were no complications. EBL none.

POST-PROCEDURE ASSESSMENT
At 30 minutes: numeric pain rating 3/10 (legs), walked the hallway twice without stopping.
Neurological examination unchanged.

PLAN
1. Resume apixaban tomorrow morning.
2. Continue home exercise program and walking.
3. Follow up in 4 weeks with repeat NRS and ODI.

ATTESTATION
I was present for and performed the key portions of the procedure and agree with the fellow's
documentation.
Electronically signed by Philippa Vanterpool-Adeyemi, MD (attending) on 01/29/2026 at 16:20
Electronically signed by Jasper Lindahl-Ochieng, MD (fellow) on 01/29/2026 at 14:05
""",
        ),
        (
            "leaflet",
            """\
MAGNOLIA STATE UNIVERSITY MEDICAL CENTER
RATING YOUR PAIN: A GUIDE FOR PATIENTS

Why do we ask about your pain?
Your care team uses a number from 0 to 10 to follow your pain over time. 0 means no pain and
10 means the worst pain you can imagine. Please use the same scale at every visit.

     0     1     2     3     4     5     6     7     8     9     10
   none       mild          moderate            severe        worst

Before and after a spine procedure
- A nurse will ask for your pain score before the injection and again before you go home.
- During the procedure the doctor uses fluoroscopy (a kind of X-ray) and usually a contrast
  dye, and saves pictures from two or more views to document where the needle was placed.

Keeping a pain diary
Write down your pain score each morning and evening for 2 weeks after the injection, and
bring the diary to your follow-up visit. Questions: (601) 555-0176.
""",
        ),
    ],
}

DOCS["b16_51_checklist_then_fellow_note_unsigned"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
ELMHURST VALLEY HOSPITAL - PAIN PROCEDURE SAFETY CHECKLIST (blank master copy)

SIGN IN (before local anesthetic)
[ ] Patient identity confirmed with two identifiers (name and date of birth)
[ ] Procedure and level confirmed with the patient and the consent form
[ ] Allergies reviewed, including contrast and latex
[ ] Anticoagulants reviewed and held as required
[ ] Pre-procedure pain score recorded (0-10): ____

TIME OUT (before the needle)
[ ] Correct patient, procedure, level and side
[ ] Fluoroscopy available and working; lead aprons on
[ ] Contrast drawn up and labelled; steroid and local anesthetic labelled

SIGN OUT (before the patient leaves the room)
[ ] Images of the final needle position saved (at least two views)
[ ] Post-procedure pain score recorded (0-10): ____
[ ] Specimens: none expected

Completed by: ______________________   Date: __________   Time: ________
""",
        ),
        (
            "note",
            """\
ELMHURST VALLEY HOSPITAL - PAIN MEDICINE PROCEDURE NOTE
Patient: Castellanos-Ferrier, Odalys      MRN: EVH-2290173      DOB: 12/28/1968
Encounter #: 2026-0877-412                Date of service: 07/16/2026
Author: Mateusz Okonkwo-Bell, MD (Pain Medicine Fellow)
Attending of record: Sunniva Abernathy-Mbeki, MD

Procedure: Lumbar interlaminar epidural steroid injection, L4-L5, fluoroscopic guidance.

Indication: Left L5 radiculopathy for 3 months, pain from the left buttock over the lateral
calf to the big toe, weak left EHL (4/5) and decreased sensation over the dorsum of the
foot; MRI 06/2026 left L4-L5 subarticular protrusion compressing the left L5 root. 8 weeks
of PT, meloxicam and gabapentin without improvement.

Pre-procedure pain: 8/10 left leg (NRS), in pre-op at 12:40.

Technique: Consent confirmed; time-out. Prone. Chlorhexidine prep and drape. The L4-L5
interlaminar space was identified under fluoroscopy; 1% lidocaine 3 mL infiltrated. An
18-gauge Tuohy needle was advanced left paramedian and the epidural space was entered with
loss of resistance to saline. Aspiration negative. Omnipaque 240, 2 mL, spread in the left
L4-L5 epidural space and along the left L5 root, no vascular uptake. AP and lateral views
of the final needle position were saved. Triamcinolone 40 mg with 2 mL PF saline injected.
Needle removed. No complications.

Post-procedure pain: 2/10 left leg at 13:35.

Plan: follow up in 4 weeks; continue the home exercise program.

Electronically signed by Mateusz Okonkwo-Bell, MD (fellow) on 07/16/2026 at 13:52
Attending co-signature: PENDING - routed to Sunniva Abernathy-Mbeki, MD on 07/16/2026.
The attending has not yet reviewed or co-signed this note.
""",
        ),
    ],
}

DOCS["b16_52_tf_one_foramen_two_units_then_discharge"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
HEARTWOOD SPINE & PAIN - PROCEDURE NOTE
Patient: Mwangi-Rasmussen, Everild        DOB: 03/14/1961        MRN: HSP-118807
Acct #: 20260419-05                        Date of service: 04/23/2026
Physician: Lorcan Adebisi-Whitford, MD

Procedure: Left L5 transforaminal epidural steroid injection, fluoroscopic guidance.

Indication: Left L5 radicular pain for 4 months, pain across the left lateral calf to the top of
the foot with numbness of the first web space; left EHL 4/5. MRI 02/2026: left foraminal L5-S1
disc protrusion with severe left foraminal stenosis compressing the exiting left L5 root; the
L4-L5 level is mildly degenerated without stenosis. 9 weeks of PT, naproxen and gabapentin
without meaningful improvement.

Pre-procedure pain: 7/10 (NRS), left leg.

Technique: Consent signed; time-out. Prone. Chlorhexidine prep and drape. The left L5-S1
foramen was identified with an oblique fluoroscopic view; 1% lidocaine 2 mL to the skin. A
22-gauge 3.5-inch spinal needle was advanced to the subpedicular position at the left L5-S1
foramen (left L5 root). Aspiration negative. Omnipaque 240, 1 mL, outlined the left L5 nerve
root and flowed medially into the epidural space, with no vascular uptake on live
fluoroscopy. AP and lateral views of the final needle position were saved. Dexamethasone
10 mg with 1 mL preservative-free saline injected. Needle removed. No complications.
The L4-L5 foramen was not injected.

Post-procedure pain: 1/10 at 15 minutes.

Plan: Continue PT home program; follow up 4 weeks.

Electronically signed by Lorcan Adebisi-Whitford, MD on 04/23/2026 at 10:44
""",
        ),
        (
            "discharge",
            """\
HEARTWOOD SPINE & PAIN - DISCHARGE INSTRUCTIONS AFTER A SPINE INJECTION

Today you had an injection in your back. The doctor used fluoroscopy (a type of X-ray) and a
contrast dye to place the medicine, and took pictures from different views.

For the next 24 hours
- Do not drive, operate machinery or make important decisions.
- You may have numbness or weakness in the leg for a few hours. Walk with help until it passes.
- You may remove the bandage tonight. You may shower tomorrow; no baths or pools for 2 days.

Pain scores
- Write down your pain (0 to 10) tonight, tomorrow and at one week, and bring the numbers to
  your follow-up visit.

Call (503) 555-0158 right away for fever over 100.4 F, severe headache, redness or drainage at
the injection site, new weakness, or trouble controlling your bladder or bowels.

Patient signature: ___________________________    Nurse: ___________________________
""",
        ),
    ],
}

DOCS["b16_53_order_then_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "order",
            """\
STONEBRIDGE REGIONAL HEALTH - PROCEDURE ORDER / REFERRAL

Ordering provider: Dr. Wendeline Osterhaus-Nwankwo (Spine Surgery)     NPI: on file
Order date: 08/20/2026          Priority: routine

Order: Lumbar epidural steroid injection, interlaminar, with fluoroscopy (CPT 62323)
Level: ____________    Side of symptoms: ( ) left  ( ) right  ( ) bilateral
Diagnosis code: ______________

Instructions to the performing physician:
- Please document the pain score (0-10) before and after the injection.
- Please document contrast use and spread, and save at least two views of the final needle
  position (AP and lateral, or AP and contralateral oblique).
- Please send the report to the ordering office by fax (615) 555-0191.

Authorization: pending with the health plan.
""",
        ),
        (
            "note",
            """\
STONEBRIDGE REGIONAL HEALTH - INTERVENTIONAL PAIN
PROCEDURE REPORT

Patient: Halloran-Obiakor, Beatrice      DOB: 06/02/1950      MRN: SRH00482291
Visit #: 26-90031                         Date of service: 09/01/2026
Physician: Ansgar Pellegrino-Mensah, MD

Procedure: L3-L4 interlaminar epidural steroid injection under fluoroscopic guidance.

Indication: Left L4 radicular pain for 6 months with lumbar stenosis: pain from the left hip
across the anterior thigh to the medial shin, worse walking, with a reduced left knee reflex
and quadriceps 4+/5. MRI 07/2026: L3-L4 central and left lateral recess stenosis with a disc
bulge compressing the left L4 root. 12 weeks of physical therapy, acetaminophen, duloxetine.

Before the injection she rated her left leg pain 7/10 (NRS).

Procedure: Informed consent signed. Time-out completed. Prone. Chlorhexidine prep, sterile
drape. The L3-L4 interlaminar space was identified under fluoroscopy and infiltrated with
1% lidocaine 3 mL. A 20-gauge Tuohy needle was advanced left paramedian and the epidural space
was entered with loss of resistance to saline. Aspiration negative. Isovue-M 300, 2 mL,
produced epidural spread over the left L3-L4 lateral recess and along the left L4 root, no
vascular uptake. AP and lateral images of the final needle position were saved. Injected
methylprednisolone 80 mg with 2 mL preservative-free saline. No complications.

After the injection: left leg pain 3/10 at 20 minutes.

Plan: Home exercise program; follow up 4 weeks; copy to Dr. Osterhaus-Nwankwo.

Electronically signed by Ansgar Pellegrino-Mensah, MD on 09/01/2026 at 11:26
""",
        ),
    ],
}

DOCS["b16_54_note_good_flow_then_template"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
BLACKWATER FALLS PAIN CONSULTANTS
Procedure Note

Patient: Ormsby-Achterberg, Fitzgerald     DOB: 09/09/1963     MRN: BFP-227361
Chart #: 55812                               Date of service: 10/06/2026
Provider: Seraphina Mbatha-Kowalczyk, MD

Procedure: L5-S1 interlaminar epidural steroid injection, fluoroscopically guided.

Indication: Right S1 radiculopathy for 5 months: pain from the right buttock to the sole,
numbness of the lateral foot, absent right ankle reflex. MRI 08/2026: right L5-S1
paracentral herniation compressing the right S1 root. 8 weeks of PT, meloxicam and
gabapentin failed.

Pre-procedure pain: 8/10 right leg (NRS).

Technique: Consent; time-out. Prone; chlorhexidine prep and drape. The L5-S1 interlaminar
space was identified under fluoroscopy; 1% lidocaine 2 mL infiltrated. A 20-gauge Tuohy needle
was advanced right paramedian, loss of resistance to saline, negative aspiration. Omnipaque
240, 2 mL, was injected with good flow and no vascular uptake. Final needle position was
confirmed on AP and lateral views and the images were saved. Triamcinolone 80 mg with 2 mL
preservative-free saline was injected. Needle removed. No complications.

Post-procedure pain: 3/10 at 20 minutes.

Plan: follow up 3 weeks; home exercises.

Electronically signed by Seraphina Mbatha-Kowalczyk, MD on 10/06/2026 at 14:18
""",
        ),
        (
            "template",
            """\
BLACKWATER FALLS PAIN CONSULTANTS - EPIDURAL PROCEDURE TEMPLATE (blank, for staff use)

Patient: ____________________   DOB: __________   MRN: __________   Date: __________

Pre-procedure pain (0-10): ____
Level: ______    Approach: [ ] midline  [ ] paramedian    Needle: ____ gauge Tuohy
Guidance: [ ] fluoroscopy  [ ] CT
Contrast agent: ____________   Volume: ____ mL
Contrast spread: [ ] epidural  [ ] unilateral  [ ] bilateral   Describe: ___________________
Views of final needle position saved: [ ] AP  [ ] lateral  [ ] contralateral oblique
Steroid: ______________   Local: ______________   Saline: ____ mL
Post-procedure pain (0-10): ____   Time: ______

Physician signature: ________________________   Date/time: ______________
""",
        ),
    ],
}

DOCS["b16_55_scan_asc_record_complete"] = {
    "kind": "scan",
    "fax": "",
    "pages": [
        (
            "note",
            """\
TAMARACK SURGERY CENTER - PAIN PROCEDURE RECORD
Patient: Vasquez-Holmberg, Eleanora
DOB: 04/18/1958          MRN: TSC-400917
Date of service: 01/20/2026
Physician: Barnabas Okafor-Lindgren, MD

Procedure: L4-L5 interlaminar epidural steroid
injection under fluoroscopic guidance.
Indication: left L5 radicular pain for 4 months,
pain down the outer leg to the top of the foot;
MRI: left L4-L5 protrusion compressing the left
L5 root. Failed 8 weeks of PT and naproxen.

Pain score before the injection: 8/10.

Prone. Chlorhexidine prep and drape. L4-L5
interlaminar space found with fluoroscopy. Skin
1% lidocaine 3 mL. 20 gauge Tuohy needle, left
paramedian, loss of resistance to saline.
Aspiration negative. Omnipaque 240, 2 mL: epidural
spread along the left L5 root. No vascular uptake.
Final needle position confirmed on AP and lateral
views; both images saved.
Triamcinolone 40 mg with 2 mL saline injected.
No complications.

Pain score after the injection: 2/10 at 20 min.

Electronically signed by Barnabas Okafor-Lindgren, MD
01/20/2026 11:05
""",
        ),
    ],
}

DOCS["b16_56_scan_blank_signature_line"] = {
    "kind": "scan",
    "fax": "",
    "pages": [
        (
            "note",
            """\
PRAIRIE HAWK PAIN CLINIC - PROCEDURE NOTE
Patient: Goldbach-Nnaji, Rufus
DOB: 11/27/1966          MRN: PHP-55120
Date of service: 02/12/2026
Physician: Dr. Leocadia Brannock-Ito

Procedure: Lumbar interlaminar epidural steroid
injection at L5-S1 with fluoroscopy.
Indication: right S1 radiculopathy, pain to the
heel and the lateral foot for 3 months; MRI shows
a right L5-S1 herniation compressing the S1 root.
PT for 6 weeks and meloxicam did not help.

Pre-procedure pain: 7/10 right leg.

Prone, prep and drape. L5-S1 located under
fluoroscopy; lidocaine 1% 2 mL to skin.
18 gauge Tuohy needle right paramedian, loss of
resistance to saline, negative aspiration.
Isovue-M 300 2 mL showed epidural spread in the
right L5-S1 lateral recess. No vascular uptake.
AP and lateral views of the final needle
position saved.
Dexamethasone 10 mg with 2 mL saline injected.
No complications.

Post-procedure pain: 2/10 at 15 minutes.

Dr. Leocadia Brannock-Ito
Physician signature: ______________________
Date: ____________
""",
        ),
    ],
}

DOCS["b16_57_scan_caudal_complete"] = {
    "kind": "scan",
    "fax": "",
    "pages": [
        (
            "note",
            """\
SILVER BIRCH HOSPITAL - PAIN SERVICE
Caudal epidural procedure note
Name: Abernethy-Quaye, Wilhelmina
DOB: 30/07/1949        Hospital No: SB-0775213
Date: 17/03/2026
Consultant: Dr Ignatius Pryce-Okonjo

Indication: bilateral sciatica, pain to both
calves and soles, post-laminectomy syndrome after
an L4/5 decompression in 2022. 12 weeks of
physiotherapy and pregabalin without benefit.

Pain score before the procedure: 7/10.

Procedure: caudal epidural steroid injection
under fluoroscopy. Prone. Chlorhexidine. Sacral
hiatus identified on a lateral view; lignocaine
1% 3 ml. 21G needle through the sacrococcygeal
ligament. Aspiration negative.
Omnipaque 240, 5 ml: epidural spread up the sacral
canal to S1 and L5 on both sides. No vascular
uptake. AP and lateral images of the final needle
position saved.
Depo-Medrone 80 mg with 8 ml normal saline.
No complications.

Pain score afterwards: 1/10 at 30 minutes.

Electronically signed by Dr Ignatius Pryce-Okonjo
17/03/2026
""",
        ),
    ],
}

DOCS["b16_58_scan_contrast_withheld_shellfish"] = {
    "kind": "scan",
    "fax": "",
    "pages": [
        (
            "note",
            """\
DUNMORE VALLEY SPINE - PROCEDURE NOTE
Patient: Ferrante-Oyebanji, Marcus
DOB: 08/06/1971          MRN: DVS-908114
Date of service: 04/08/2026
Physician: Cressida Malmgren-Eke, MD

Procedure: L4-L5 interlaminar epidural steroid
injection with fluoroscopic guidance.
Indication: left L5 radiculopathy for 5 months;
MRI: left L4-L5 herniation compressing the left
L5 root. 10 weeks of PT and gabapentin failed.
Allergies: shellfish (hives). No known drug or
contrast allergy.

Pain before the injection: 8/10 left leg.

Prone. Prep and drape. L4-L5 identified under
fluoroscopy; lidocaine 1% 3 mL to skin.
20 gauge Tuohy needle left paramedian, loss of
resistance to saline. Aspiration negative.
Because of his shellfish allergy no contrast was
used. AP and lateral views of the final needle
position saved.
Triamcinolone 40 mg with 2 mL saline injected.
No complications.

Pain after the injection: 2/10 at 20 minutes.

Electronically signed by Cressida Malmgren-Eke, MD
04/08/2026 14:40
""",
        ),
    ],
}

DOCS["b16_59_scan_nova_scotia_complete"] = {
    "kind": "scan",
    "fax": "",
    "pages": [
        (
            "note",
            """\
HALIFAX HARBOUR PAIN CLINIC
Epidural Steroid Injection Report
Patient: MacInnis-Adeyemi, Gordon
Date of birth: 1963-02-21    Chart no: HH-33017
Date of procedure: 2026-05-21
Physician: Dr. Rosalie Thibault-Mensah

Indication: right L5 radicular pain for 6 months,
pain from the hip to the big toe, weak toe lift.
MRI: right L4-5 disc herniation compressing the
right L5 nerve root. Failed 9 weeks of physio.

Pre-procedure pain: 7/10 (numeric scale).

Right paramedian interlaminar epidural injection
at L4-5 under fluoroscopy. Prone, chlorhexidine,
drapes. Lidocaine 1% 2 mL. 20 G Tuohy needle,
loss of resistance to saline. Aspiration clear.
Omnipaque 240 2 mL: epidural spread along the
right L5 root. No vascular uptake.
Final needle position confirmed on AP and lateral
views, images saved.
Methylprednisolone 80 mg with 2 mL saline.
No complications.

Post-procedure pain: 1/10 at 20 minutes.

Electronically signed by Dr. Rosalie Thibault-Mensah
2026-05-21 15:10
""",
        ),
    ],
}

DOCS["b16_60_scan_fillin_form_complete"] = {
    "kind": "scan",
    "fax": "",
    "pages": [
        (
            "note",
            """\
CANYON WREN SPINE - ESI PROCEDURE FORM
Patient: Lindahl-Okoro, Persephone
DOB: 12/03/1975          MRN: CWS-61830
Date of service: 06/30/2026
Physician: Thaddeus Mwangi-Berglund, MD

Diagnosis: left S1 radiculopathy from an L5-S1
disc herniation compressing the S1 root (MRI).
Conservative care: PT 8 weeks, NSAIDs.

Pre-procedure pain (0-10): 6

Approach: interlaminar, left paramedian
Level: L5-S1
Guidance: fluoroscopy
Needle: 20 gauge Tuohy, loss of resistance
Contrast: Omnipaque 240, 2 mL
Pattern: epidural spread along the left S1 root
Vascular pattern: none   Intrathecal: none
Final needle views saved: AP and lateral
Medication: dexamethasone 10 mg, saline 2 mL
Local: lidocaine 1% 2 mL
Complications: none

Post-procedure pain (0-10): 1   Time: 10:40

Electronically signed by Thaddeus Mwangi-Berglund, MD
06/30/2026 10:55
""",
        ),
    ],
}


# Scan settings: fax band (its date is never the date of service), feed angle, seed (chosen as
# described in the README), body font, blur radius, toner patchiness and grain.
SCAN_SETTINGS = {
    "b16_55_scan_asc_record_complete": (
        "01/23/2026 08:14  FROM: TAMARACK SURG CTR  775 555 0131  TO: 775 555 0150  P.01/01",
        0.5,
        55018,
        "DejaVuSans.ttf",
        1.0,
        70,
        0.16,
    ),
    "b16_56_scan_blank_signature_line": (
        "02/17/2026 16:02  FAX 3165550144  PRAIRIE HAWK PAIN CLINIC   P. 001",
        -0.9,
        56077,
        "DejaVuSerif.ttf",
        1.0,
        75,
        0.17,
    ),
    "b16_57_scan_caudal_complete": (
        "19/03/2026 10:41  SILVER BIRCH HOSP PAIN SVC  -> 402 555 0163   pg 1 of 1",
        1.1,
        57029,
        "DejaVuSans.ttf",
        1.0,
        75,
        0.16,
    ),
    "b16_58_scan_contrast_withheld_shellfish": (
        "04/10/2026 09:55  FROM DUNMORE VALLEY SPINE (570)555-0118  TO (570)555-0172  P1",
        -0.4,
        58098,
        "DejaVuSansMono.ttf",
        1.0,
        70,
        0.15,
    ),
    "b16_59_scan_nova_scotia_complete": (
        "2026-05-25 13:20  HALIFAX HARBOUR PAIN  902-555-0107   Page 01",
        0.8,
        59005,
        "DejaVuSerif.ttf",
        1.0,
        75,
        0.16,
    ),
    "b16_60_scan_fillin_form_complete": (
        "07/02/2026 07:48  CANYON WREN SPINE  5205550129 -> 5205550188  P.1/1",
        -1.2,
        60097,
        "DejaVuSans.ttf",
        1.0,
        70,
        0.16,
    ),
}
for _stem, (_fax, _angle, _seed, _font, _blur, _toner, _grain) in SCAN_SETTINGS.items():
    DOCS[_stem].update(
        fax=_fax, angle=_angle, seed=_seed, font=_font, blur=_blur, toner=_toner, grain=_grain
    )


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
        y = height - 54
        c.setFont("Courier", 9)
        for line in text.splitlines():
            c.drawString(48, y, line)
            y -= 12
        c.showPage()
    c.save()
    return out


def draw_page(text: str, doc: dict, rng: random.Random):
    """Draw one page as a worn 200 dpi fax and return it as a 1-bit image."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

    w, h = int(8.5 * DPI), int(11 * DPI)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    body = ImageFont.truetype(str(FONT_DIR / doc["font"]), 33)
    band = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), 22)
    draw.text((70, 36), doc["fax"], font=band, fill=0)
    draw.line((60, 76, w - 60, 76), fill=0, width=2)
    y = 140
    for line in text.splitlines():
        draw.text((140, y), line, font=body, fill=0)
        y += 50
    img = img.filter(ImageFilter.GaussianBlur(doc["blur"]))
    img = img.rotate(doc["angle"], resample=Image.Resampling.BICUBIC, fillcolor=255)
    # patchy toner: a coarse random field, smoothed up to page size, lightens parts of the page
    cw, ch = w // 40, h // 40
    coarse = Image.frombytes("L", (cw, ch), rng.randbytes(cw * ch))
    patches = coarse.resize((w, h), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(6))
    scale = doc["toner"] / 255
    img = ImageChops.add(img, patches.point(lambda v: int(v * scale)))
    # grain: per-pixel noise blended in
    grain = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    img = Image.blend(img, grain, doc["grain"])
    px = img.load()
    for _ in range(int(w * h * 0.001)):
        x, yy = rng.randrange(w), rng.randrange(h)
        px[x, yy] = 0 if rng.random() < 0.6 else 255
    # a few short horizontal streaks, as a worn fax drum leaves across the page
    for _ in range(7):
        x0, yy = rng.randrange(w - 320), rng.randrange(h)
        for x in range(x0, x0 + rng.randrange(40, 320)):
            if rng.random() < 0.7:
                px[x, yy] = 0
    return img.point(lambda v: 255 if v > 140 else 0).convert("1")


def build_scan(stem: str, doc: dict) -> list[pathlib.Path]:
    """Draw ``doc`` as an image-only PDF (no text layer) plus a PNG of page 1."""
    rng = random.Random(doc["seed"])
    images = [draw_page(text, doc, rng) for _, text in doc["pages"]]
    out_pdf = SCAN_DIR / f"{stem}.pdf"
    # fixed dates in the PDF info dictionary keep the file identical from run to run
    stamp = time.strptime("2026-12-21", "%Y-%m-%d")
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
