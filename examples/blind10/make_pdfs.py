#!/usr/bin/env python3
"""Build the blind10 PDFs (b10_49..55, with a text layer) and scans (b10_56..60, image only).

Usage:  python examples/blind10/make_pdfs.py

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

DOCS["b10_49_fax_cover_hospital_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
                         *** FAX TRANSMITTAL ***

To:        Utilization Review, Keystone Harbor Health Plan      Fax: 555-014-6620
From:      Medical Records, Oriole Bay General Hospital          Fax: 555-014-9033
Date:      02/11/2026
Pages:     3 (including cover)
Re:        Records request #RR-88213, epidural steroid injection, CPT 62323

Per your request, enclosed is the outpatient procedure documentation. Our interventional
pain procedures are routinely done under fluoroscopy with contrast, with images taken in two
views and pain rated 0-10 before and after. Images can be sent on disc if needed.

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain health
information that is legally privileged. If you received this in error, please notify the
sender immediately and destroy the documents.
""",
        ),
        (
            "note",
            """\
ORIOLE BAY GENERAL HOSPITAL - PAIN MANAGEMENT CENTER
OUTPATIENT PROCEDURE NOTE                                                   Page 1 of 2

PATIENT: Ingeborg Castellanos-Nwosu        MRN: OBG-40029174        ACCT: 88120457731
DOB: 09/03/1957                            DATE OF SERVICE: Jan 29, 2026
ATTENDING: Thelonius Marchetti-Adu, MD

PROCEDURE
Lumbar interlaminar epidural steroid injection, L5-S1, with fluoroscopic guidance.

INDICATION
68-year-old woman with 5 months of left buttock, posterior thigh and calf pain extending to
the sole, and numbness of the lateral left foot. Left straight leg raise positive at 45
degrees; left ankle reflex absent. MRI 11/2025: left paracentral L5-S1 disc extrusion with
compression of the left S1 nerve root. She has completed 10 weeks of physical therapy, a
home program, meloxicam and gabapentin without sustained benefit.

PRE-PROCEDURE ASSESSMENT
Pain intensity (NRS): 8/10, left leg.
Anticoagulants: none. Glucose: 118 mg/dL.

DESCRIPTION
Consent was confirmed and a time-out performed. Prone on the fluoroscopy table. The lumbar
region was prepped with chlorhexidine and draped. The L5-S1 interlaminar space was
identified under fluoroscopy and the skin anesthetized with 1% lidocaine 3 mL. A 20 G
Tuohy needle was advanced left paramedian and the epidural space reached with loss of
resistance to saline at 5.5 cm.
""",
        ),
        (
            "note",
            """\
ORIOLE BAY GENERAL HOSPITAL - PAIN MANAGEMENT CENTER
Ingeborg Castellanos-Nwosu   MRN OBG-40029174   DOS Jan 29, 2026              Page 2 of 2

DESCRIPTION (continued)
With the needle in its final position, AP and lateral fluoroscopic images were acquired
and stored to PACS. Omnipaque 240, 2 mL, produced an epidural contrast pattern along the
left S1 root and into the left lateral recess; no vascular or intrathecal contrast.
Triamcinolone 80 mg with 2 mL preservative-free saline was injected. The needle was
removed intact. No complications.

POST-PROCEDURE
Pain intensity (NRS) at 20 minutes: 2/10. Strength and sensation at baseline. Discharged
home with her husband.

PLAN
Continue home exercise program. Clinic follow-up in 4 weeks.

Electronically signed by Thelonius Marchetti-Adu, MD   01/29/2026 13:47
""",
        ),
    ],
}

DOCS["b10_50_note_with_avs_score"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
LARKSPUR VALLEY SPINE - PROCEDURE NOTE

Patient: Florian Ashdown-Ogunbiyi       DOB: 06/27/1966       MRN: LVS-3318027
Date of service: 05/07/2026
Physician: Cressida Nakagawa-Holt, MD

Procedure: L4-L5 lumbar interlaminar epidural steroid injection, fluoroscopic guidance.

Indication: right L5 radicular pain for 4 months: pain from the right buttock along the
lateral thigh and shin to the dorsum of the foot, weak right EHL 4/5. MRI 03/2026: right
L4-L5 subarticular disc protrusion compressing the traversing right L5 root. Failed 8 weeks
of physical therapy, naproxen and gabapentin.

Pre-procedure pain: 7/10 (NRS).

Technique: Consent and time-out. Prone, chlorhexidine prep, sterile drape. The L4-L5
interspace was identified on fluoroscopy and the skin anesthetized with 1% lidocaine 3 mL.
A 20 G Tuohy needle was advanced right paramedian; loss of resistance to saline at 6 cm.
Final needle position documented on AP and lateral images, saved to PACS. Isovue-M 200,
2 mL, spread in the right lateral epidural space and along the right L5 root, with no
vascular uptake. Dexamethasone 10 mg with 2 mL preservative-free saline injected. No
complications.

Recovery: tolerated the procedure well, neurologically intact, ambulating. Discharged to
home with his wife. After-visit summary given.

Electronically signed by Cressida Nakagawa-Holt, MD 05/07/2026 11:20
""",
        ),
        (
            "avs",
            """\
AFTER VISIT SUMMARY
Larkspur Valley Spine                                     Visit date: 05/07/2026
Florian Ashdown-Ogunbiyi

What you had done today
You had an epidural steroid injection in your lower back. The doctor used fluoroscopy
(a type of live X-ray) and contrast dye to place the medicine.

How you did
Your pain score before discharge was 2 out of 10.

Caring for yourself at home
- No driving today. You may return to light activity tomorrow.
- Remove the bandage tonight. You may shower tomorrow; no baths or hot tubs for 2 days.
- Numbness or heaviness in the leg can last a few hours.
- Keep a pain diary (0 to 10) for two weeks.

Call 555-019-4410 for fever, severe headache, new weakness, or bladder or bowel changes.
Next appointment: 06/04/2026 with Dr. Nakagawa-Holt.
""",
        ),
    ],
}

DOCS["b10_51_consent_and_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
PERMISSION FOR SPINE PROCEDURE
Tamarind Bay Pain Specialists

I give permission for Dr. ____________________ and assistants to perform:
an epidural steroid injection in the lower back.

I understand that:
- X-ray (fluoroscopy) will be used and pictures may be taken from the front and side.
- A contrast dye may be injected to check the needle position, unless I am allergic.
- I will be asked to rate my pain on a scale of 0 to 10 before and after.
- Risks include bleeding, infection, headache, nerve injury, allergic reaction, high blood
  sugar, flushing and failure to relieve pain.
- I may withdraw my consent at any time before the procedure.

Patient or representative: _______________________   Date: __________   Time: ______
Witness: _______________________
""",
        ),
        (
            "note",
            """\
TAMARIND BAY PAIN SPECIALISTS
PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Marcelline Abernathy-Okoro      Date of birth: 11/18/1972
MRN: TBP-5520841                          Date of service: 2026-07-08
Physician: Gideon Varga-Mensah, MD

Indication: bilateral leg pain from L3-L4 and L4-L5 stenosis with neurogenic claudication;
she can stand in the kitchen for 5 minutes before both thighs ache and burn, relieved by
sitting. MRI 05/2026: severe central canal stenosis at L3-L4, moderate at L4-L5.
Conservative care: 3 months of physical therapy, walking program, acetaminophen and
gabapentin, with little benefit.

Pre-procedure pain: 6/10 (NRS).

Procedure: L3-L4 interlaminar epidural steroid injection with fluoroscopic guidance.
Signed consent confirmed. Time-out. Prone, chlorhexidine prep, sterile drape. The L3-L4
interlaminar window was identified on fluoroscopy and anesthetized with 1% lidocaine 2 mL.
An 18 G Tuohy needle was advanced in the midline to the epidural space with loss of
resistance to saline at 6.5 cm. The final needle position was confirmed and saved on AP
and contralateral oblique images. Omnipaque 240, 3 mL, spread in the dorsal epidural space
over L3-L4 into both lateral recesses, with no vascular uptake. Methylprednisolone 80 mg
with 3 mL preservative-free saline injected. No complications.

Post-procedure pain: 2/10 at 15 minutes.

Electronically signed by Gideon Varga-Mensah, MD 2026-07-08 09:52
""",
        ),
    ],
}

DOCS["b10_52_preop_checklist_si_joint"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
PRE-PROCEDURE CHECKLIST - Wexley Pain & Spine ASC

Patient label: ______________________________      Procedure room: 3

[ ] Identity verified with two identifiers (name and date of birth)
[ ] Procedure and site confirmed with patient and consent form
[ ] Allergies reviewed, including iodinated contrast and latex
[ ] Anticoagulants / antiplatelets held per protocol
[ ] Pregnancy status (if applicable) for fluoroscopy
[ ] Pain score (0-10) recorded by nursing
[ ] Driver present for discharge
[ ] Fluoroscopy unit and lead aprons checked; dosimeters worn

Completed by: ____________________ RN      Time: ________
""",
        ),
        (
            "note",
            """\
WEXLEY PAIN & SPINE ASC - PROCEDURE NOTE

Patient: Augustina Ferreira-Blackstone     DOB: 01/29/1964     MRN: WPS-7722018
Date of service: 10/21/2026
Physician: Osric Adeyemi-Lundqvist, MD

Procedure: Left sacroiliac joint injection under fluoroscopic guidance.

Indication: left buttock pain just medial to the posterior superior iliac spine for 6
months, worse rising from a chair and climbing stairs, no pain below the knee. Positive
left thigh thrust, distraction and FABER tests; neurologic exam normal. Failed 8 weeks of
PT including SI belt and core program, and NSAIDs.

Pre-procedure pain: 7/10.

Technique: Consent and time-out. Prone. Sterile prep and drape. The inferior left SI joint
was visualized with contralateral-to-ipsilateral fluoroscopic rotation; 1% lidocaine 2 mL
to the skin. A 22 G 3.5-inch spinal needle was advanced into the inferior joint. Omnipaque
240, 0.5 mL, produced an arthrogram outlining the joint with no vascular or extra-articular
spread. Final needle position was documented on saved AP and ipsilateral oblique images.
Triamcinolone 40 mg with 0.5% bupivacaine 1.5 mL was injected. No complications.

Post-procedure pain: 1/10 with sit-to-stand at 15 minutes.

Electronically signed by Osric Adeyemi-Lundqvist, MD 10/21/2026 14:33
""",
        ),
    ],
}

DOCS["b10_53_two_foramina_tfesi_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
MARIGOLD SPINE & PAIN CENTER - PROCEDURE NOTE                               Page 1 of 2

Patient: Leopoldine Osei-Ramsbury      DOB: 08/14/1959      MRN: MSP-6601294
Date of service: 11/24/2026
Physician: Ferdinand Oyelaran-Castell, MD

Procedure: Right L4-L5 and L5-S1 transforaminal epidural steroid injections, two levels,
with fluoroscopic guidance.

Indication: right L4-L5 and L5-S1 foraminal stenosis (MRI 09/2026) with right L4 and L5
radicular pain - anterior shin and dorsal foot pain, numbness of the first web space, and
a diminished right knee jerk - for 5 months. Failed 8 weeks of PT, duloxetine and
meloxicam.

Pre-procedure pain: 8/10 (NRS).

Technique: Prone. Chlorhexidine prep, sterile drape. Each target was approached on an
ipsilateral oblique fluoroscopic view with the superior articular process aligned. Skin
anesthetized with 1% lidocaine 1 mL per site. 22 G spinal needles were advanced to the
safe triangle beneath the right L4 pedicle (L4-L5 foramen) and beneath the right L5
pedicle (L5-S1 foramen).
""",
        ),
        (
            "note",
            """\
MARIGOLD SPINE & PAIN CENTER          Leopoldine Osei-Ramsbury   MSP-6601294  Page 2 of 2

Technique (continued): Final needle positions were documented on AP and lateral images,
saved. Omnipaque 240, 1 mL at each foramen, outlined the right L4 and L5 nerve roots with
medial spread into the epidural space and no vascular uptake on live fluoroscopy.
Dexamethasone 5 mg with 1 mL preservative-free saline was injected at each level. No
complications.

Post-procedure pain: 3/10 at 20 minutes.

Electronically signed by Ferdinand Oyelaran-Castell, MD 11/24/2026 15:05
""",
        ),
        (
            "handout",
            """\
UNDERSTANDING YOUR NERVE ROOT (TRANSFORAMINAL) INJECTION
Marigold Spine & Pain Center - Patient Education

Why did I have this injection?
Nerves leave the spine through small openings called foramina. When a disc or bone spur
narrows an opening, the nerve can become inflamed and cause leg pain.

What happened today?
The doctor used fluoroscopy (X-ray) pictures, usually from the front, the side and at an
angle, to guide a thin needle near the nerve. A little contrast dye confirmed where the
medicine would go.

Tracking your progress
Rate your leg pain from 0 to 10 each day. Write down how many hours or days any relief
lasts and bring the record to your follow-up visit.
""",
        ),
    ],
}

DOCS["b10_54_fax_cover_unsigned_form"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FAX COVER

DATE: 09/30/2026                                TOTAL PAGES (incl. cover): 2
TO:   Prior Auth / Clinical Review, Beacon Shore Health      FAX: 555-016-2284
FROM: Hemlock Ridge Pain Clinic, billing office              FAX: 555-016-7719
RE:   Procedure documentation, lumbar ESI with fluoroscopy (62323)

Message: Enclosed is the procedure record from our paper procedure form. All of our
epidural injections are performed with fluoroscopic guidance and contrast, and the pain
score is charted before and after. Please contact our office with any questions.

This facsimile is intended only for the addressee and may contain protected health
information. If received in error, notify the sender and destroy all copies.
""",
        ),
        (
            "note",
            """\
HEMLOCK RIDGE PAIN CLINIC - EPIDURAL INJECTION PROCEDURE FORM

Patient: Benedetta Oyinlola-Marsden       DOB: 04/09/1970       MRN: HRP-2019883
Date of procedure: 09/15/2026
Physician: Leander Wickham-Achebe, MD

Indication: left S1 radicular pain x 4 months - buttock to the heel and lateral foot,
positive left SLR, absent left ankle reflex. MRI 07/2026: left L5-S1 disc herniation
compressing the left S1 root. Failed PT 6 weeks, naproxen, gabapentin.

Pain score before: 8/10

Procedure: L5-S1 interlaminar ESI under fluoroscopic guidance.
Consent signed. Time-out. Prone, chlorhexidine prep, drape. L5-S1 interspace localized on
fluoroscopy. 1% lidocaine 2 mL skin. 20 G Tuohy left paramedian, loss of resistance to
saline at 5.5 cm. Final needle position confirmed on AP and lateral images, saved.
Omnipaque 240 2 mL: epidural spread along the left S1 root, no vascular uptake.
Triamcinolone 80 mg with 2 mL preservative-free saline injected. No complications.

Pain score after (15 min): 2/10

Physician signature: ______________________________      Date: ______________
""",
        ),
    ],
}

DOCS["b10_55_preop_checklist_asc_report"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
PRE-OPERATIVE CHECKLIST - Halcyon Point Surgery Center

[ ] H&P within 30 days on chart         [ ] Consent signed and witnessed
[ ] NPO status (if sedation planned)     [ ] Allergies, including contrast dye, reviewed
[ ] Blood thinners held as instructed     [ ] Blood glucose checked if diabetic
[ ] Baseline pain score on 0-10 scale     [ ] Responsible adult driver confirmed
[ ] Fluoroscopy / C-arm available         [ ] Radiation safety: pregnancy screen done

Pre-op RN: ______________________   Circulating RN: ______________________
""",
        ),
        (
            "note",
            """\
HALCYON POINT SURGERY CENTER - OPERATIVE REPORT                             Page 1 of 2

PATIENT: Rafferty Onwuachi-Solberg         MR NUMBER: HPS-0033719
DATE OF BIRTH: 12/30/1963                  DATE OF OPERATION: 8/11/26
SURGEON: Ottoline Marchbanks-Ferreira, MD

PREOPERATIVE DIAGNOSIS: Right L5 radiculopathy; L4-L5 disc protrusion.
POSTOPERATIVE DIAGNOSIS: Same.
OPERATION: L4-L5 interlaminar epidural steroid injection with fluoroscopic guidance.
ANESTHESIA: Local with 1% lidocaine.
ESTIMATED BLOOD LOSS: None.
COMPLICATIONS: None.
CONDITION: Stable to recovery.

INDICATIONS: 62-year-old man with 4 months of right posterolateral thigh and calf pain
into the dorsum of the foot, paresthesias in the first web space and 4/5 right ankle
dorsiflexion. MRI 06/2026: right L4-L5 paracentral protrusion compressing the right L5
root. He has completed 7 weeks of physical therapy and a course of celecoxib and
gabapentin without relief. Preoperative pain 7/10.
""",
        ),
        (
            "note",
            """\
HALCYON POINT SURGERY CENTER - OPERATIVE REPORT    Rafferty Onwuachi-Solberg  Page 2 of 2

DESCRIPTION OF OPERATION: The patient was identified, consent confirmed, and he was placed
prone. A time-out was completed. The lower lumbar area was prepped with chlorhexidine and
draped. Using fluoroscopy the L4-L5 interlaminar space was identified and the skin
infiltrated with 1% lidocaine 3 mL. A 20-gauge Tuohy needle was advanced via a right
paramedian approach until loss of resistance to saline at 6 cm. Needle placement in the
final position was confirmed on AP and lateral fluoroscopic images, saved. Omnipaque 240,
2 mL, demonstrated epidural flow along the right L5 root and into the right lateral recess
with no intravascular or intrathecal spread. Triamcinolone 80 mg with 2 mL preservative-
free saline was injected. The needle was removed with the stylet in place.

RECOVERY: Pain 1/10 at 20 minutes. Ambulating; discharged with his daughter.

Dictated and electronically signed by Ottoline Marchbanks-Ferreira, MD on 8/11/2026 12:18
""",
        ),
    ],
}

DOCS["b10_56_scan_no_service_date"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 10594,
    "fax": "08/19/2026 16:42  FROM: ASPEN FORK PAIN  5550132290  TO: 5550176604  P.001/001",
    "pages": [
        (
            "note",
            """\
ASPEN FORK PAIN CLINIC
EPIDURAL STEROID INJECTION NOTE

Patient: Gregor Nkemelu-Ashworth
DOB: 02/06/1960      MRN: AFP-551907
Physician: Sunniva Okafor-Blake, MD

Indication: left L5 radicular pain to the
dorsal foot for 3 months. MRI: left L4-5
protrusion compressing the L5 root.
PT 6 weeks, naproxen, gabapentin failed.

Pre-procedure pain: 7/10.

L4-L5 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine skin.
20 G Tuohy, left paramedian, LOR saline.
AP and lateral images of the final
needle position saved.
Omnipaque 240 2 mL: epidural spread
along the left L5 root, no vascular flow.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Sunniva Okafor-Blake, MD
""",
        ),
    ],
}

DOCS["b10_57_scan_pain_of_ten"] = {
    "kind": "scan",
    "angle": -0.8,
    "seed": 10611,
    "fax": "MAR-23-2026 09:05  FROM: CORMORANT SPINE  5550158812  TO: 5550176604  P.01",
    "pages": [
        (
            "note",
            """\
CORMORANT SPINE ASSOCIATES
PROCEDURE NOTE

Name: Beatrix Lindahl-Opoku
DOB: 09/17/1974    Acct: CSA-8820413
Date of service: 03/12/2026
Physician: Anselm Ferreira-Obi, MD

Dx: right S1 radiculopathy, L5-S1 disc
extrusion on the right S1 root (MRI).
Failed PT 8 weeks and meloxicam.

Pain 6 of 10 before the injection.

L5-S1 interlaminar ESI with fluoroscopy.
Prone, prep and drape, 1% lidocaine.
20 G Tuohy right paramedian, LOR saline.
Final needle position confirmed on AP
and lateral images, saved.
Isovue 200 1.5 mL showed epidural
spread along the right S1 root.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Pain 1 of 10 after the injection.

Electronically signed by
Anselm Ferreira-Obi, MD 03/12/2026
""",
        ),
    ],
}

DOCS["b10_58_scan_single_lateral_view"] = {
    "kind": "scan",
    "angle": 0.9,
    "seed": 10591,
    "fax": "06-09-2026 13:18  FROM: TIDEWATER PAIN  5550141177  TO: 5550176604  PAGE 1/1",
    "pages": [
        (
            "note",
            """\
TIDEWATER PAIN & SPINE
LUMBAR EPIDURAL INJECTION

Patient: Cosimo Adebayo-Hartwell
DOB: 11/23/1958      MRN: TPS-330874
Date of service: 06/02/2026
Physician: Marisol Eklund-Nwosu, MD

Indication: bilateral leg pain with
neurogenic claudication, L3-4 severe
central stenosis on MRI. PT 10 weeks,
gabapentin, acetaminophen failed.

Pre-procedure pain: 7/10.

L3-L4 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine skin.
18 G Tuohy midline, LOR to saline.
Final lateral image saved showing the
tip in the posterior epidural space.
Omnipaque 240 3 mL: epidural spread
to both lateral recesses at L3-L4.
Methylprednisolone 80 mg + 3 mL saline.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Marisol Eklund-Nwosu, MD 06/02/2026
""",
        ),
    ],
}

DOCS["b10_59_scan_medial_branch_block"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 10611,
    "fax": "2026-11-05 10:27  FROM: SALTMARSH PAIN  5550120093  TO: 5550176604  P. 1/1",
    "pages": [
        (
            "note",
            """\
SALTMARSH PAIN MEDICINE
MEDIAL BRANCH BLOCK - PROCEDURE NOTE

Patient: Ignatia Oyelowo-Farnsworth
DOB: 05/02/1961      MRN: SPM-660318
Date of service: 10/29/2026
Physician: Caspar Lindqvist-Amadi, MD

Indication: axial right low back pain,
worse with extension; suspected right
L4-L5 and L5-S1 facet joint pain.
No leg pain. PT 8 weeks, NSAIDs.

Pre-procedure pain: 6/10.

Right L3 and L4 medial branch and L5
dorsal ramus blocks, fluoroscopy.
22 G needles to each target on an
oblique view. Final AP and oblique
images saved. Omnipaque 0.2 mL at each
target: no vascular uptake.
0.5% bupivacaine 0.5 mL per target.
No complications.

Post-procedure pain: 1/10 at 30 min.

Electronically signed by
Caspar Lindqvist-Amadi, MD 10/29/2026
""",
        ),
    ],
}

DOCS["b10_60_scan_vas_short_note"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 10606,
    "fax": "DEC-04-2026 14:51  FROM: BRAMBLE GATE SPINE  5550163345  TO: 5550176604  P.01/01",
    "pages": [
        (
            "note",
            """\
BRAMBLE GATE SPINE CENTER
PROCEDURE NOTE

Patient: Tobias Achterberg-Eze
DOB: 07/08/1981      MRN: BGS-448201
Date of service: 11/19/2026
Physician: Rosamond Oduya-Sinclair, MD

Indication: left S1 radicular pain to
the lateral foot, positive SLR. MRI:
left L5-S1 herniation on the S1 root.
PT 6 weeks, naproxen, gabapentin.

VAS before: 6/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy left paramedian, LOR saline.
After placement AP and lateral images
confirmed the final needle position.
Omnipaque 240 2 mL: epidural spread
along the left S1 root.
Triamcinolone 80 mg + 2 mL saline.
No complications.

VAS after: 1/10.

Electronically signed by
Rosamond Oduya-Sinclair, MD 11/19/2026
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
