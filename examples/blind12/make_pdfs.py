#!/usr/bin/env python3
"""Build the blind12 PDFs (b12_47..54, with a text layer) and scans (b12_55..60, image only).

Usage:  python examples/blind12/make_pdfs.py

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
# pages that are not the note (fax_cover, consent, handout, avs, checklist, order) and are never
# evidence.
DOCS: dict[str, dict] = {}

DOCS["b12_47_fax_cover_asc_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
            *** CONFIDENTIAL FACSIMILE TRANSMITTAL ***

TO:        Utilization Review, Prairie Lantern Health Plan
FAX:       555-018-4402
FROM:      Medical Records, Juniper Hollow Surgery Center
FAX:       555-018-7710
DATE SENT: 08/14/2026          PAGES (incl. cover): 3
RE:        Records request #PL-26-88102, lumbar epidural (62323)

Our center performs every lumbar epidural with fluoroscopy and contrast, and
keeps at least two views of the needle on file. Pain is scored 0-10 before
and after each procedure. The enclosed note documents this patient's visit.

This message may contain protected health information. If you received it in
error, call 555-018-7700 and destroy all copies.
""",
        ),
        (
            "note",
            """\
JUNIPER HOLLOW SURGERY CENTER                                  Page 1 of 2
PROCEDURE REPORT - PAIN MANAGEMENT

Patient name:     Cordelia Ashworth-Emenike
Date of birth:    04/18/1960
MRN:              JHSC-0448120
Account:          71002934
Procedure date:   08/10/2026
Surgeon:          Lysander Okoye-Tremblay, MD
Anesthesia:       Local

Preoperative diagnosis: Left L4 and L5 radicular pain; L4-L5 left lateral
recess stenosis (MRI 06/22/2026) compressing the left L5 root.
Procedure: L4-L5 interlaminar epidural steroid injection, fluoroscopic
guidance.

History: 66-year-old woman, 5 months of left anterolateral thigh and shin
pain to the dorsum of the foot. Physical therapy for 9 weeks, a home
program, meloxicam and gabapentin, without lasting improvement.

Pre-operative holding: pain 8/10 (numeric rating scale).
""",
        ),
        (
            "note",
            """\
JUNIPER HOLLOW SURGERY CENTER   Ashworth-Emenike, Cordelia   JHSC-0448120   Page 2 of 2

Description: Time-out completed. Prone with a pillow under the hips. Prep with
chlorhexidine and sterile drape. The L4-L5 interlaminar space was located with
fluoroscopy. 1% lidocaine 3 mL to skin. 20 G Tuohy needle, left paramedian,
loss of resistance to saline at 5.5 cm. Once the needle was in its final
position, AP and lateral fluoroscopic images were obtained and saved.
Omnipaque 240, 2 mL: epidural spread into the left lateral recess and along
the left L5 root; no vascular or intrathecal pattern. Triamcinolone 80 mg with
2 mL preservative-free saline injected. Needle removed intact.

Complications: none.  EBL: none.

Recovery: pain 3/10 at 20 minutes. Discharged with her son.

Electronically signed by Lysander Okoye-Tremblay, MD 08/10/2026 12:14
""",
        ),
    ],
}

DOCS["b12_48_consent_signature_on_file"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
ORCHARD LANE PAIN CENTER
CONSENT FOR EPIDURAL STEROID INJECTION

I, the patient, agree to an epidural steroid injection. My doctor will use
fluoroscopy (a live X-ray) to guide the needle and will inject a small amount
of contrast dye to check where the medicine goes. Pictures of the needle may
be taken from more than one direction. I will be asked to rate my pain on a
0 to 10 scale before and after the injection.

Risks include infection, bleeding, headache, nerve injury and allergic
reaction. I have had the chance to ask questions.

Patient signature: Ezra Whitcombe-Adeyemi        Date: 08/17/2026
Witness: T. Obuya, RN
""",
        ),
        (
            "note",
            """\
ORCHARD LANE PAIN CENTER - PROCEDURE NOTE

Patient: Ezra Whitcombe-Adeyemi       DOB: 01/26/1971      MRN: OLP-5502718
Date of service: 08/17/2026           Physician: Marguerite Dossou-Kline, MD

Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopic
guidance.

Indication: right S1 radicular pain, posterior calf to the heel, 4 months;
positive SLR on the right. MRI 07/2026: right L5-S1 paracentral herniation
compressing the right S1 root. PT 8 weeks, naproxen and gabapentin failed.

Pre-procedure pain: 7/10.

Technique: Prone, prep, drape. L5-S1 identified on fluoroscopy. 1% lidocaine
2 mL. 20 G Tuohy, right paramedian, loss of resistance to saline. Final
needle position confirmed on AP and lateral fluoroscopic views and saved.
Omnipaque 240 2 mL: epidural spread along the right S1 nerve root.
Dexamethasone 10 mg + 2 mL PF saline injected. No complications.

Post-procedure pain: 2/10 at 15 minutes.

Physician signature: signature on file
Marguerite Dossou-Kline, MD
""",
        ),
    ],
}

DOCS["b12_49_two_level_tfesi_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
SILVERBIRCH SPINE INSTITUTE
TRANSFORAMINAL EPIDURAL STEROID INJECTION - PROCEDURE NOTE

Patient: Anatole Nakashima-Ofori     DOB: 07/07/1963    MRN: SSI-2290117
Date of service: 08/19/2026          Physician: Henrietta Volkov-Amadi, MD
Claim lines: 64483-LT, 64484-LT

Indication: left L4 and L5 radicular pain, 3 months, anterior shin and dorsum
of the foot. MRI 07/2026: left L4-L5 and L5-S1 foraminal stenosis with
compression of the exiting left L4 and L5 roots. PT 7 weeks, NSAIDs and
pregabalin without relief.

Pre-procedure pain: 8/10.

Procedure: left L4-L5 and L5-S1 transforaminal epidural steroid injections
(left L4 and L5 nerve roots) under fluoroscopic guidance. Prone, prep and
drape. At each level the left foramen was targeted on an oblique view; 1%
lidocaine 1 mL per site; 22 G spinal needles. Final needle positions were
confirmed on AP and lateral views and saved. Omnipaque 240, 1 mL per level,
outlined the left L4 and left L5 nerve roots with epidural spread, no
vascular uptake on live fluoroscopy. Dexamethasone 5 mg per level injected.
No complications.

Post-procedure pain: 3/10.

Electronically signed by Henrietta Volkov-Amadi, MD 08/19/2026 15:02
""",
        ),
        (
            "handout",
            """\
SILVERBIRCH SPINE INSTITUTE - AFTER YOUR NERVE ROOT INJECTION

Your doctor used X-ray (fluoroscopy) pictures, often from the front and the
side, and a little contrast dye to place the medicine next to the nerve.

- Numbness or leg weakness can last a few hours. Do not drive today.
- Keep a pain diary: score your pain from 0 to 10 each morning and evening.
- Call 555-019-3300 for fever, severe headache, or new weakness.
""",
        ),
    ],
}

DOCS["b12_50_epidurogram_saved_avs"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
TIDEWATER BACK & NERVE CLINIC
PROCEDURE NOTE

Patient: Philomena Osei-Hargreaves    DOB: 10/03/1957    MRN: TBN-4471962
Date of service: 08/24/2026           Physician: Desmond Afolayan-Roth, MD

Indication: bilateral buttock and thigh pain with walking, relieved by
sitting - neurogenic claudication; MRI 06/2026 severe L4-L5 central stenosis.
PT 12 weeks, NSAIDs and a walking program, without benefit.

Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid injection with fluoroscopy.
Prone, prep, drape. L4-L5 identified on fluoroscopy; 1% lidocaine 3 mL. 18 G
Tuohy, midline, loss of resistance to saline at 6 cm. Final needle position
confirmed on AP and lateral views, saved. Omnipaque 240 3 mL was injected
and an epidurogram was obtained and saved. Methylprednisolone 80 mg with
3 mL PF saline injected. Needle removed. No complications.

Post-procedure pain: 3/10 at 20 minutes.

Electronically signed by Desmond Afolayan-Roth, MD 08/24/2026 10:48
""",
        ),
        (
            "avs",
            """\
AFTER VISIT SUMMARY - Tidewater Back & Nerve Clinic
Visit: 08/24/2026

Today you had an epidural steroid injection. The doctor watched the needle
with X-ray (fluoroscopy) and used contrast dye to see it spread in the
epidural space before giving the medicine.

Your pain score before the injection and after it were recorded. Please
write down your pain (0-10) every day for the next two weeks.

Next appointment: 10/05/2026 at 9:30 AM.
""",
        ),
    ],
}

DOCS["b12_51_checklist_then_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
CEDARFALL SPINE ASC - PRE-PROCEDURE SAFETY CHECKLIST

[ ] Patient identity checked with two identifiers
[ ] Allergies reviewed, including contrast dye
[ ] Anticoagulants held as instructed
[ ] Fluoroscopy unit and lead aprons ready
[ ] Contrast agent available
[ ] Pain score (0-10) recorded before and after
[ ] Two fluoroscopic views of final needle position to be saved

Checklist template revision 2026-03.
""",
        ),
        (
            "note",
            """\
CEDARFALL SPINE ASC - EPIDURAL PROCEDURE NOTE

Patient: Bertram Oyelaran-Quist       DOB: 05/21/1968     MRN: CSA-1190274
Date of service: 08/26/2026           Physician: Ines Achterberg-Mwale, MD

Indication: right L5 radicular pain, 6 months, lateral leg to the big toe;
MRI 05/2026 right L4-L5 subarticular protrusion on the right L5 root. PT
10 weeks, celecoxib, gabapentin - no relief.

Pre-procedure pain: 6/10.

Procedure: L4-L5 interlaminar ESI under fluoroscopic guidance. Prone. Prep,
drape. 1% lidocaine 2 mL. 20 G Tuohy right paramedian, loss of resistance to
saline. Final needle position confirmed on AP and contralateral oblique
views, both saved. Omnipaque 240 2 mL: epidural spread in the right lateral
recess along the L5 root. Triamcinolone 40 mg + 2 mL PF saline. No
complications.

Post-procedure pain: 1/10 at 15 minutes.

Electronically signed by Ines Achterberg-Mwale, MD 08/26/2026 11:37
""",
        ),
    ],
}

DOCS["b12_52_post_score_to_be_recorded"] = {
    "kind": "pdf",
    "pages": [
        (
            "order",
            """\
PROCEDURE ORDER - Wrenfield Pain Associates

Order: Lumbar interlaminar epidural steroid injection, L5-S1, with
fluoroscopic guidance and contrast (CPT 62323)
Ordered by: Ansgar Bello-Whitcombe, MD   Ordered: 07/30/2026
Instructions: record pre and post pain scores (0-10); save AP and lateral
views of the final needle position.
Prior authorization: approved 08/12/2026, ref WPA-26-5531.
""",
        ),
        (
            "note",
            """\
WRENFIELD PAIN ASSOCIATES - PROCEDURE NOTE

Patient: Clarimond Adjei-Falconer     DOB: 03/30/1975    MRN: WPA-6620173
Date of service: 08/31/2026           Physician: Ansgar Bello-Whitcombe, MD

Indication: left S1 radicular pain, 4 months, to the lateral foot; MRI
07/2026 left L5-S1 extrusion compressing the left S1 root. PT 8 weeks and
NSAIDs failed.

Pre-procedure pain: 8/10.

Procedure: L5-S1 interlaminar epidural steroid injection, fluoroscopic
guidance. Prone, prep, drape. L5-S1 identified on fluoroscopy. 1% lidocaine
2 mL. 20 G Tuohy, left paramedian, loss of resistance to saline. Final
needle position confirmed on AP and lateral views and saved. Omnipaque 240
2 mL: epidural spread along the left S1 root. Dexamethasone 10 mg + 2 mL PF
saline injected. No complications.

Post-procedure pain score will be recorded by recovery nursing before
discharge.

Electronically signed by Ansgar Bello-Whitcombe, MD 08/31/2026 09:12
""",
        ),
    ],
}

DOCS["b12_53_op_report_discharge_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
LARKSPUR VALLEY SURGICAL PAVILION                                Page 1 of 2
OPERATIVE NOTE

PATIENT:          Wilfred Chukwuma-Ostrander
DOB:              11/14/1952
MRN:              LVSP-3301746
ACCOUNT:          88120045
DATE OF SERVICE:  09/02/2026
SURGEON:          Rosamund Iheanacho-Berg, MD

PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication,
L3-L4 and L4-L5; bilateral L4 radicular pain.
PROCEDURE: L3-L4 interlaminar epidural steroid injection under fluoroscopy.

INDICATIONS: 73-year-old man who can walk only one block before bilateral
thigh pain and heaviness force him to sit. MRI 07/2026: severe L3-L4 and
moderate L4-L5 central stenosis. 4 months of physical therapy, home
exercise and acetaminophen without improvement.

PRE-OP HOLDING: pain 6/10.
""",
        ),
        (
            "note",
            """\
LARKSPUR VALLEY SURGICAL PAVILION  Chukwuma-Ostrander, Wilfred  Page 2 of 2

DESCRIPTION: Prone, prep, drape. The L3-L4 interlaminar space was identified
with fluoroscopy. 1% lidocaine 3 mL. 18 G Tuohy, midline, loss of resistance
to saline at 7 cm. AP and lateral fluoroscopic images of the final needle
position were saved. Isovue-M 200 3 mL spread in the posterior epidural
space bilaterally, cephalad to L2. Methylprednisolone 80 mg + 3 mL PF
saline injected. No complications.

RECOVERY: pain 2/10 at 20 minutes; walked to the car without leg symptoms.

Electronically signed by Rosamund Iheanacho-Berg, MD 09/02/2026 13:26
""",
        ),
        (
            "handout",
            """\
GOING HOME AFTER YOUR SPINE INJECTION

- The X-ray pictures (fluoroscopy) and contrast dye used today help the doctor
  place the medicine safely.
- Rate your pain from 0 to 10 tonight and tomorrow morning.
- You may shower tomorrow. Remove the bandage after 24 hours.
- Call 555-020-4410 for fever over 100.4 F, severe headache, or weakness.
""",
        ),
    ],
}

DOCS["b12_54_checklist_medial_branch"] = {
    "kind": "pdf",
    "pages": [
        (
            "checklist",
            """\
HOLLINGSWORTH PAIN - UNIVERSAL PROTOCOL CHECKLIST

[x] Two patient identifiers confirmed
[x] Procedure and site verified with the patient
[x] Fluoroscopy ready; contrast available if the physician requests it
[x] Pre-procedure pain score recorded
[x] Time-out performed
""",
        ),
        (
            "note",
            """\
HOLLINGSWORTH PAIN - PROCEDURE NOTE

Patient: Elspeth Ibekwe-Marchetti     DOB: 06/12/1961    MRN: HWP-8810234
Date of service: 09/08/2026           Physician: Caspar Yamamoto-Nweke, MD

Procedure: Right L3, L4 medial branch and L5 dorsal ramus blocks (diagnostic,
first block) under fluoroscopic guidance.

Indication: axial right low back pain, worse with extension, no leg pain;
facet loading positive. 3 months of PT and NSAIDs.

Pain before: 7/10.

Technique: Prone. Prep, drape. 22 G spinal needles to the junction of the
superior articular process and transverse process at L4 and L5, and the sacral
ala, on oblique views. Final positions saved on AP and oblique views.
Omnipaque 240 0.2 mL per site, no vascular uptake. 0.5% bupivacaine 0.5 mL per
site. No steroid. No complications.

Pain after: 1/10 with extension at 30 minutes. Pain diary given.

Electronically signed by Caspar Yamamoto-Nweke, MD 09/08/2026 14:40
""",
        ),
    ],
}

DOCS["b12_55_scan_complete_caudal"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 15002,
    "fax": "09/21/2026 08:02  FROM: MOSSBANK PAIN  5550211190  TO: 5550174410  P. 1/1",
    "pages": [
        (
            "note",
            """\
MOSSBANK PAIN PHYSICIANS
CAUDAL EPIDURAL PROCEDURE NOTE

Patient: Ignatia Bergstrom-Okafor
DOB: 02/09/1949      MRN: MBP-440291
Date of service: 09/14/2026
Physician: Rupert Adebayo-Lund, MD

Indication: post-laminectomy syndrome,
bilateral leg pain to the feet. PT
12 weeks, duloxetine - no relief.

Pain before: 7/10.

Caudal ESI under fluoroscopy. Prone.
Sterile prep. 1% lidocaine to skin.
20 G Tuohy through the sacral hiatus.
Final needle position saved on
lateral and AP images.
Omnipaque 240 5 mL: epidural spread
up to L5, both sacral root sleeves.
Triamcinolone 80 mg + 6 mL saline.
No complications.

Pain after: 3/10.

Electronically signed by
Rupert Adebayo-Lund, MD 09/14/2026
""",
        ),
    ],
}

DOCS["b12_56_scan_position_no_views"] = {
    "kind": "scan",
    "angle": -0.8,
    "seed": 13003,
    "fax": "SEP-30-2026 15:47  FROM: GORSEFIELD SPINE  5550226604  TO: 5550174410  P.01",
    "pages": [
        (
            "note",
            """\
GORSEFIELD SPINE CENTER
PROCEDURE NOTE

Patient: Cuthbert Nwachukwu-Ellery
DOB: 08/19/1966      MRN: GSC-771205
Date of service: 09/22/2026
Physician: Adaeze Sorensen-Blythe, MD

Indication: left L5 radicular pain to
the top of the foot, 4 months. MRI:
left L4-L5 protrusion on the L5 root.
PT 8 weeks, naproxen failed.

Pre-procedure pain: 8/10.

L4-L5 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy left paramedian, LOR saline.
Final needle position was confirmed
fluoroscopically.
Omnipaque 240 2 mL: epidural spread
into the left lateral recess.
Dexamethasone 10 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Adaeze Sorensen-Blythe, MD 09/22/2026
""",
        ),
    ],
}

DOCS["b12_57_scan_complete_l3l4"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 12305,
    "fax": "2026-10-09 10:31  FROM: HEMLOCK RIDGE  5550230018  TO: 5550174410  P. 1/1",
    "pages": [
        (
            "note",
            """\
HEMLOCK RIDGE PAIN CLINIC
EPIDURAL INJECTION NOTE

Patient: Tobiah Okonkwo-Sterling
DOB: 12/30/1953      MRN: HRP-226718
Date of service: 10/05/2026
Physician: Ottilie Marchetti-Eze, MD

Indication: neurogenic claudication,
both thighs, severe L3-L4 stenosis
on MRI. PT 10 weeks failed.

Pre-procedure pain: 6/10.

L3-L4 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
18 G Tuohy midline, LOR saline.
AP and lateral images of the final
needle position were saved.
Omnipaque 240 3 mL: epidural spread
bilaterally from L3 to L4.
Methylprednisolone 80 mg + 3 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Ottilie Marchetti-Eze, MD 10/05/2026
""",
        ),
    ],
}

DOCS["b12_58_scan_good_flow_only"] = {
    "kind": "scan",
    "angle": -0.7,
    "seed": 12404,
    "fax": "10/20/2026 13:18  FROM: BRACKWATER PAIN  5550248831  TO: 5550174410  P.1",
    "pages": [
        (
            "note",
            """\
BRACKWATER PAIN & SPINE
PROCEDURE NOTE

Patient: Henrietta Osei-Marlowe
DOB: 04/02/1970      MRN: BPS-551908
Date of service: 10/13/2026
Physician: Leopold Afolabi-Crane, MD

Indication: right S1 radicular pain
to the heel, positive SLR. MRI: right
L5-S1 herniation on the S1 root.
PT 6 weeks, meloxicam failed.

Pre-procedure pain: 7/10.

L5-S1 interlaminar ESI, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
20 G Tuohy right paramedian, LOR.
Final needle position saved on AP
and lateral images.
Omnipaque 240 2 mL: good flow.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Leopold Afolabi-Crane, MD 10/13/2026
""",
        ),
    ],
}

DOCS["b12_59_scan_si_joint"] = {
    "kind": "scan",
    "angle": 0.8,
    "seed": 12500,
    "fax": "11/02/2026 09:55  FROM: FALLOWMEAD PAIN  5550252240  TO: 5550174410  P. 1/1",
    "pages": [
        (
            "note",
            """\
FALLOWMEAD PAIN CENTER
PROCEDURE NOTE

Patient: Rosalind Achebe-Thorsen
DOB: 07/15/1972      MRN: FPC-338104
Date of service: 10/26/2026
Physician: Mordecai Lindgren-Obi, MD

Indication: left sacroiliac joint
pain, buttock, Fortin finger sign,
3 of 5 provocation tests positive.

Pain before: 7/10.

Left SI joint injection, fluoroscopy.
Prone, sterile prep, 1% lidocaine.
22 G needle into the inferior joint.
Final AP and oblique images saved.
Omnipaque 240 0.5 mL: arthrogram of
the joint, no vascular uptake.
Triamcinolone 40 mg + bupivacaine.
No complications.

Pain after: 2/10.

Electronically signed by
Mordecai Lindgren-Obi, MD 10/26/2026
""",
        ),
    ],
}

DOCS["b12_60_scan_tfesi_left_l5"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 14106,
    "fax": "NOV-16-2026 11:20  FROM: QUARRYSIDE SPINE  5550267715  TO: 5550174410  P.01/01",
    "pages": [
        (
            "note",
            """\
QUARRYSIDE SPINE INSTITUTE
PROCEDURE NOTE   Claim: 64483-LT

Patient: Eulalia Brennan-Okeke
DOB: 09/27/1965      MRN: QSI-604117
Date of service: 11/09/2026
Physician: Thaddeus Mwangi-Ashby, MD

Indication: left L5 radicular pain to
the big toe, 3 months. MRI: left L5-S1
foraminal disc on the exiting L5 root.
PT 8 weeks, naproxen failed.

Pre-procedure pain: 8/10.

Left L5 transforaminal ESI under
fluoroscopy. Prone, sterile prep.
22 G needle to the left L5-S1 foramen.
Final AP and lateral images saved.
Omnipaque 240 1 mL outlined the left
L5 root with epidural spread.
Dexamethasone 10 mg + 1% lidocaine.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Thaddeus Mwangi-Ashby, MD 11/09/2026
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
    stamp = time.strptime("2026-12-10", "%Y-%m-%d")
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
