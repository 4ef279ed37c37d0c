#!/usr/bin/env python3
"""Build the blind8 PDFs (b8_51..56, with a text layer) and scans (b8_57..60, image only).

Usage:  python examples/blind8/make_pdfs.py

The PDFs are typeset with reportlab (Courier, so the text layer reads back as written). The scans
are drawn with Pillow at 200 dpi, turned by a small angle, given a fax header band and speckle
noise, thresholded to 1-bit and saved as image-only PDFs (no text layer), with a PNG of page 1.
All notes are fictional. Seeds are fixed, so the output is the same on every run.
"""

from __future__ import annotations

import pathlib
import random
import time

HERE = pathlib.Path(__file__).resolve().parent
PDF_DIR = HERE / "pdf"
SCAN_DIR = HERE / "scans"
DPI = 200

# Each document: list of pages (kind, text). kind "note" is the procedure note; the others are
# pages that are not the note (fax cover, consent form, after-visit summary, patient handout).
DOCS: dict[str, dict] = {}

DOCS["b8_51_fax_cover_clinic_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
                         FAX TRANSMITTAL

TO:      Utilization Review / Medical Records, Keystone Health Plan
FAX:     (555) 014-8820
FROM:    Birchwood Spine & Pain Specialists - Billing Office
PHONE:   (555) 014-3377
DATE:    03/04/2026
PAGES:   3 (including cover)
RE:      Records request - procedure documentation, CPT 62323

Please find attached the procedure note requested for the claim referenced above.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is
privileged and confidential. It is intended only for the use of the recipient named above.
If you have received this transmission in error, please notify the sender immediately by
telephone and destroy all copies. Re-disclosure without authorization is prohibited.
""",
        ),
        (
            "note",
            """\
BIRCHWOOD SPINE & PAIN SPECIALISTS
4400 Old Mill Parkway, Building C

PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient:      Honoria Baxendale-Ukwu
DOB:          01/16/1964
MRN:          BSP-0318840
DOS:          02/26/2026
Physician:    Leopold Fairweather-Adu, MD

INDICATION
61-year-old woman with six months of right buttock pain radiating down the posterolateral
thigh and calf into the lateral foot, with numbness of the fifth toe and a diminished right
ankle jerk. MRI 12/2025: right paracentral L5-S1 disc herniation contacting the right S1
nerve root. She completed 6 weeks of physical therapy, a methylprednisolone dose pack and
has been taking naproxen and gabapentin with little change. Pain limits her work as a
cashier.

PRE-PROCEDURE
Numeric rating scale 8/10, leg greater than back. No anticoagulants. Afebrile.

PROCEDURE
Risks and benefits were explained and written consent was obtained. A time-out confirmed the
patient, the procedure and the level. She was positioned prone and the lumbosacral area was
prepped with chlorhexidine and draped sterilely. Under fluoroscopic guidance the L5-S1
interlaminar space was identified and the skin was anesthetized with 3 mL of 1% lidocaine.
A 20-gauge Tuohy needle was advanced through a right paramedian approach and the epidural
space was entered with loss of resistance to saline.
""",
        ),
        (
            "note",
            """\
Honoria Baxendale-Ukwu  MRN BSP-0318840  DOS 02/26/2026  page 2 of 2

PROCEDURE (continued)
Once in final position the needle was imaged in AP and lateral projections and both images
were saved. Omnipaque 240, 2 mL, demonstrated epidural spread along the right L5-S1 lateral
recess and the right S1 root sleeve, without vascular or intrathecal uptake. Triamcinolone
80 mg with 2 mL of preservative-free saline was injected. The needle was removed and a
bandage applied. There were no complications.

POST-PROCEDURE
Observed for 20 minutes. Pain 3/10. Ambulating without difficulty. Discharged with her
sister.

PLAN
Continue home exercise program. Clinic follow-up in 4 weeks.

Electronically signed by Leopold Fairweather-Adu, MD on 02/26/2026 at 11:48
""",
        ),
    ],
}

DOCS["b8_52_note_with_avs"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
TRI-COUNTY PAIN MANAGEMENT - PROCEDURE DOCUMENTATION

Patient: Oswin Karamanlis-Obi        DOB: 05/09/1971        MRN: TCP-7718204
Date of procedure: 06/02/2026
Provider: Rosalind Achterberg-Vance, MD

Procedure: L4-L5 interlaminar epidural steroid injection under fluoroscopic guidance.

Indication: Left L5 radicular pain x 10 weeks, numbness over the dorsum of the left foot,
weak left EHL. MRI: left L4-5 paracentral protrusion compressing the traversing left L5
root. Failed 6 weeks of PT, NSAIDs and a muscle relaxer.

Pre-procedure pain: per nursing intake.

Procedure: Informed consent. Time out. Prone. Chlorhexidine prep, sterile drape. The L4-L5
interspace was identified with fluoroscopy and the skin anesthetized with 1% lidocaine.
A 20 G Tuohy needle was advanced left paramedian with loss of resistance to saline.
Final needle position was confirmed with AP and contralateral oblique images, saved to
PACS. 1.5 mL Omnipaque 240 produced an epidural contrast pattern extending along the left
L5 nerve root and cephalad to L4. Dexamethasone 10 mg with 2 mL preservative-free saline
injected. No complications.

Post-procedure: Pain 2/10 at 15 minutes. Discharged ambulatory with spouse.

Follow-up: 3 weeks.

Electronically signed: Rosalind Achterberg-Vance, MD 06/02/2026 10:26
""",
        ),
        (
            "avs",
            """\
AFTER VISIT SUMMARY - Tri-County Pain Management

Oswin Karamanlis-Obi          Visit date: 06/02/2026

What we did today
You had an epidural steroid injection in your lower back. An x-ray camera (fluoroscopy)
was used so your doctor could see where the needle was, and a small amount of contrast
dye may have been used to check the medicine went to the right place.

How to care for yourself
- Remove the bandage tomorrow. You may shower tonight; no baths or pools for 48 hours.
- Some soreness at the site is normal. Ice for 20 minutes at a time can help.
- The steroid may take 3 to 7 days to work. Your leg may feel numb for a few hours.
- Keep a pain diary: write down your pain score from 0 to 10 each morning and evening,
  and bring it to your next appointment.

Call us at (555) 013-2299 or go to the emergency room if you have
- fever over 100.4 F, redness or drainage at the site
- new weakness or numbness in your legs, or trouble controlling your bladder or bowels
- a severe headache that gets worse when you sit or stand

Next appointment: 06/23/2026 at 2:40 PM with Dr. Achterberg-Vance.
""",
        ),
    ],
}

DOCS["b8_53_blood_patch_consent"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
CONSENT FOR SPINAL / EPIDURAL PROCEDURE
Fairhaven General Hospital - Anesthesiology and Pain Services

Patient name: Calloway, Ines Beatriz        MRN: FGH-5029181

I, the undersigned, consent to the procedure explained to me by my doctor. I understand that:

1. The procedure may be done with x-ray guidance (fluoroscopy). A contrast dye may be
   injected to confirm the needle position. Tell your doctor if you are allergic to
   contrast dye or may be pregnant.
2. Several x-ray views may be taken and saved in my record.
3. I will be asked to rate my pain on a 0-10 scale before and after the procedure.
4. Risks include, but are not limited to: infection, bleeding, headache, nerve injury,
   allergic reaction, increased pain, and failure to relieve symptoms.
5. Alternatives have been explained to me, including continued medical treatment.

I have had the opportunity to ask questions and all of my questions have been answered.

Patient signature: ______________________      Date: __________
Witness: ________________________________      Date: __________
""",
        ),
        (
            "note",
            """\
FAIRHAVEN GENERAL HOSPITAL - ANESTHESIOLOGY PROCEDURE NOTE

Procedure: Lumbar epidural blood patch
Patient: Calloway, Ines Beatriz     MRN: FGH-5029181     DOB: 08/21/1993
Date: 09/08/2026
Anesthesiologist: Percival Nakagawa-Doyle, MD

Indication: Post-dural puncture headache. Labor epidural 09/03/2026 complicated by
accidental dural puncture with a 17 G Tuohy at L3-L4. Severe positional occipital and
frontal headache since 09/04, worse upright, with neck stiffness and photophobia. Failed
caffeine, fluids, acetaminophen and bed rest for 72 hours. Neuro exam non-focal.

Headache score sitting: 9/10.

Procedure: Consent obtained. Patient placed in left lateral decubitus position. Back prepped
with chlorhexidine and draped. Under fluoroscopic guidance the L3-L4 interlaminar space was
identified; skin anesthetized with 1% lidocaine. An 18 G Tuohy needle was advanced midline
and the epidural space identified by loss of resistance to saline. AP and lateral images
documented the needle position. Simultaneously, 20 mL of autologous blood was drawn
aseptically from the right antecubital vein by a second operator and injected slowly
into the epidural space until the patient reported back fullness at 18 mL. Needle removed.

Supine 1 hour. Headache sitting after 1 hour: 1/10.

No complications. Discharge instructions for PDPH recurrence reviewed.

Electronically signed: Percival Nakagawa-Doyle, MD 09/08/2026 15:40
""",
        ),
    ],
}

DOCS["b8_54_consent_then_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
INFORMED CONSENT - EPIDURAL STEROID INJECTION
Silver Lake Pain Institute

Patient: Evander Osterhaus-Mbeki          Date of birth: 10/22/1956

What is the procedure? A needle is placed in the epidural space of the spine and a
steroid medicine is injected to reduce inflammation around the nerves. Fluoroscopy
(live x-ray) is used to guide the needle. Contrast dye is usually injected to confirm
spread in the epidural space. Images in two views (for example front and side) are
saved in your record.

Before and after the injection you will be asked to rate your pain from 0 (no pain)
to 10 (worst pain imaginable).

Possible risks: bleeding, infection, allergic reaction, spinal headache, nerve damage,
temporary numbness or weakness, increased pain, elevated blood sugar, facial flushing.
Rare: paralysis, seizure, stroke.

[X] I have read this form and my questions have been answered.
[X] I agree to the procedure.

Patient signature: (signed on tablet)         Date: 11/30/2026
""",
        ),
        (
            "note",
            """\
SILVER LAKE PAIN INSTITUTE
PROCEDURE REPORT

Patient: Evander Osterhaus-Mbeki     DOB: 10/22/1956     MRN: SLP-0044127
Date of Service: 11/30/2026
Physician: Juliana Castellanos-Reinholt, MD

PROCEDURE: L4-L5 interlaminar epidural steroid injection, left paramedian, fluoroscopy

INDICATION: Left L5 radiculopathy. Pain from the left buttock to the lateral calf and the
dorsum of the foot, 3 months. Left L4-5 subarticular herniation on MRI with compression of
the left L5 root. Failed 8 weeks of PT and celecoxib; gabapentin caused sedation.

PRE-PROCEDURE PAIN (NRS): 7/10

TECHNIQUE: Consent on file. Time-out. Prone, sterile prep and drape. The L4-L5 interlaminar
space was identified fluoroscopically. 1% lidocaine 3 mL to skin. 20 G Tuohy, left
paramedian, loss of resistance to saline. After final placement the needle position was
documented in AP and lateral images and both were saved. Omnipaque 180, 2 mL: epidural
spread in the left L4-5 lateral recess and along the left L5 root, no vascular pattern.
Methylprednisolone 80 mg with 2 mL preservative-free saline injected. No complications.

POST-PROCEDURE PAIN (NRS): 3/10 at 20 minutes.

PLAN: Follow-up 4 weeks. Continue home exercises.

Electronically signed by Juliana Castellanos-Reinholt, MD 11/30/2026 09:51
""",
        ),
    ],
}

DOCS["b8_55_tfesi_two_level_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
ORCHARD PARK SPINE - TRANSFORAMINAL EPIDURAL STEROID INJECTION

Patient: Aurelio Nkemelu-Whitfield     DOB: 04/30/1968     MRN: OPS-2290417
Date of service: 10/19/2026
Physician: Sigrun Obasanjo-Reyes, MD

Procedure: Left L4 and left L5 transforaminal epidural steroid injections, fluoroscopic
guidance.

Indication: Left L4 and L5 radicular pain: anterior shin and dorsum of the foot, weak left
ankle dorsiflexion 4/5, numbness of the medial shin. MRI: left foraminal stenosis at L4-L5
and L5-S1 from disc-osteophyte complexes. PT 8 weeks, meloxicam, pregabalin.

Pre-procedure pain: 8/10.

Technique: Prone, sterile prep and drape. Using an oblique fluoroscopic view the left L4-L5
and L5-S1 foramina were identified and the subpedicular targets marked. Skin anesthetized
with 1% lidocaine. 22 G 3.5" spinal needles were advanced to the left L4-L5 foramen and to
the left L5-S1 foramen. Final needle positions were confirmed in AP and lateral views and
saved. At each level 1 mL Omnipaque 240 outlined the exiting nerve root (left L4 and left L5)
with medial flow into the epidural space, no vascular uptake on live imaging. At each
level 4 mg dexamethasone with 1 mL 0.25% bupivacaine was injected.

Post-procedure pain: 2/10. Left leg mildly numb, strength intact. Discharged.

Electronically signed by Sigrun Obasanjo-Reyes, MD 10/19/2026 13:15
""",
        ),
        (
            "handout",
            """\
PATIENT INFORMATION: YOUR SPINE INJECTION
Orchard Park Spine

Why am I having this injection?
Steroid medicine placed near an irritated nerve can calm inflammation and ease leg or
arm pain. Many people feel better within a week; some need more than one injection.

What happens during the injection?
You lie on your stomach. The skin is cleaned and numbed. The doctor uses fluoroscopy
(a live x-ray) to guide a thin needle. Contrast dye is injected and pictures are taken
from the front and the side to confirm the position. Then the medicine is given.

How will you know if it worked?
We ask you to rate your pain from 0 to 10 before the injection and again afterward,
and to keep a pain diary for two weeks.

Please call us if you have fever, severe headache, new weakness, or loss of bladder or
bowel control.
""",
        ),
    ],
}

DOCS["b8_56_fellow_note_cosign_pending"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FACSIMILE COVER SHEET - ACADEMIC PAIN CENTER, RECORDS DEPARTMENT

To:        Prior Authorization / Claims Review
From:      HIM Release of Information
Date:      11/12/2026
Pages:     4 including this cover
Subject:   Requested records - epidural steroid injection

Comments: Procedure report and after-visit summary attached as requested.

This fax may contain confidential health information protected by federal and state law.
If you are not the intended recipient, do not read, copy or distribute. Call the sender.
""",
        ),
        (
            "note",
            """\
ACADEMIC PAIN CENTER - DIVISION OF PAIN MEDICINE
PROCEDURE NOTE (FELLOW)

Patient: Wojciechowski-Amadi, Leontyne       MRN: APC-66019283
DOB: 03/27/1960                              Date of service: 11/05/2026
Attending: Dr. Octavia Blackwood-Nnadi       Fellow: Dr. Rafferty Ostrowski

Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopic guidance

HPI: 66-year-old woman with right S1 radicular pain of 4 months: pain from the right buttock
along the back of the thigh and calf into the heel and lateral foot, with a positive right
straight leg raise at 35 degrees and an absent right ankle reflex. MRI 09/2026: right
paracentral L5-S1 herniation displacing the right S1 root. Failed 8 weeks of PT,
diclofenac and a prednisone taper.

Pre-procedure NRS: 8/10 (right leg).

Consent and time-out: risks including dural puncture, infection, hematoma and nerve injury
were discussed, written consent obtained, time-out performed with attending present.

Description: Prone on the fluoroscopy table. Sterile prep with chlorhexidine and drape.
The L5-S1 interlaminar space was located under fluoroscopy and marked. The skin was
infiltrated with 3 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced via a right
paramedian approach; the epidural space was entered at 5.5 cm with loss of resistance
to saline.
""",
        ),
        (
            "note",
            """\
Wojciechowski-Amadi, Leontyne   MRN APC-66019283   DOS 11/05/2026   (continued)

Needle tip position after placement was documented on contralateral oblique and lateral
images, which were saved. Omnipaque 180 (2 mL) spread in the right ventral and dorsal
epidural space with filling of the right S1 lateral recess; no vascular or intrathecal
uptake. Triamcinolone 80 mg in 2 mL preservative-free saline injected. Needle removed.
No complications.

Post-procedure: NRS 3/10 at 15 minutes. Ambulatory. Discharged home with husband.

Plan: Follow-up 4 weeks, continue home exercise program.

Rafferty Ostrowski, MD, Pain Medicine Fellow - electronically signed 11/05/2026 12:20

ATTENDING ATTESTATION: To follow. Awaiting attending co-signature.
""",
        ),
        (
            "avs",
            """\
AFTER VISIT SUMMARY - Academic Pain Center

Leontyne Wojciechowski-Amadi      11/05/2026

Today you had an epidural steroid injection. Your doctor used live x-ray (fluoroscopy)
and a contrast dye to place the medicine. Most people go home within 30 minutes.

At home: rest today, resume normal activity tomorrow. Keep track of your pain on a
0 to 10 scale for the next two weeks. Diabetics: check your blood sugar more often for
3 days.

Call (555) 010-4471 for fever, severe headache, new weakness, or bladder or bowel problems.
""",
        ),
    ],
}

# ---- scans: image only -------------------------------------------------------------------

DOCS["b8_57_scan_caudal"] = {
    "kind": "scan",
    "angle": 0.7,
    "seed": 5708,
    "fax": "NOV-02-2026 09:41  FROM: MAPLE RIDGE PAIN  5550127713  TO: 5550148820  P.01/01",
    "pages": [
        (
            "note",
            """\
MAPLE RIDGE PAIN CLINIC - PROCEDURE NOTE

Patient: Gwendolyn Abernathy-Osei
DOB: 06/11/1950      MRN: MRP-118302
Date of service: 10/30/2026
Physician: Tiberius Okonkwo-Lind, MD

Procedure: Caudal epidural steroid injection
under fluoroscopic guidance.

Indication: Bilateral S1 radicular pain and
neurogenic claudication, lumbar stenosis at
L4-5 and L5-S1, prior L4-5 laminectomy.
Failed PT 8 weeks and gabapentin.

Pain before the injection: 7/10.

Prone. Sterile prep. Sacral hiatus located
with lateral fluoroscopy. 1% lidocaine skin.
20 G Tuohy needle into the caudal canal.
Final needle position confirmed on AP and
lateral images, saved. Omnipaque 240 5 mL:
epidural spread up to L5 bilaterally, no
vascular uptake. Injected triamcinolone
80 mg with 8 mL saline. No complications.

Pain after the injection: 2/10.

Electronically signed by
Tiberius Okonkwo-Lind, MD 10/30/2026
""",
        ),
    ],
}

DOCS["b8_58_scan_ckd_no_contrast"] = {
    "kind": "scan",
    "angle": -0.9,
    "seed": 5817,
    "fax": "SEP-15-2026 16:02  FROM: RIVERTON SPINE  5550139901  TO: 5550148820  P.01/01",
    "pages": [
        (
            "note",
            """\
RIVERTON SPINE ASSOCIATES
LUMBAR EPIDURAL STEROID INJECTION

Name: Bartholomew Quaye-Lindgren
DOB: 01/08/1947      MRN: RSA-440918
Date: 09/14/2026
Physician: Henrike Adebayo-Stahl, MD

Indication: Left L5 radicular pain, left L4-5
foraminal and lateral recess stenosis. PT
6 weeks, acetaminophen. CKD stage 4.

Pre-procedure pain: 8/10.

L4-L5 interlaminar ESI, left paramedian.
Prone, sterile prep. L4-L5 identified under
fluoroscopy. 1% lidocaine skin. 20 G Tuohy,
loss of resistance to saline. Final needle
position documented on AP and lateral views,
saved. Contrast was omitted because of his
kidney disease (eGFR 24). Dexamethasone
10 mg with 2 mL saline injected. No
complications.

Post-procedure pain: 3/10.

Electronically signed by
Henrike Adebayo-Stahl, MD 09/14/2026
""",
        ),
    ],
}

DOCS["b8_59_scan_short_ilesi"] = {
    "kind": "scan",
    "angle": 1.1,
    "seed": 5942,
    "fax": "JUL-07-2026 11:20  FROM: 5550162240  TO: RECORDS  P.01/01",
    "pages": [
        (
            "note",
            """\
LUMBAR EPIDURAL - PROCEDURE NOTE

Pt: Isidore Mwangi-Castellano
DOB 09/29/1979   MRN 7739015
DOS 07/06/2026
MD: Annelise Okafor-Brandt

Dx: right L5 radiculopathy, right L4-5 disc
herniation compressing the L5 root. Failed
PT 6 weeks and NSAIDs.

Pre: pain 6/10.

L4-L5 interlaminar ESI, fluoroscopy, right
paramedian. 1% lidocaine. 20 G Tuohy, loss
of resistance to saline. Final AP and lateral
needle images saved. Isovue 200 1.5 mL:
epidural spread along the right L5 root.
Triamcinolone 80 mg + 2 mL saline. No
complications.

Post: pain 1/10.

Electronically signed:
Annelise Okafor-Brandt, MD 07/06/2026
""",
        ),
    ],
}

DOCS["b8_60_scan_medial_branch"] = {
    "kind": "scan",
    "angle": -0.6,
    "seed": 6025,
    "fax": "AUG-19-2026 14:55  FROM: COASTAL PAIN  5550171188  TO: 5550148820  P.01/01",
    "pages": [
        (
            "note",
            """\
COASTAL PAIN CENTER
MEDIAL BRANCH BLOCK - PROCEDURE NOTE

Patient: Philippa Oduya-Marchetti
DOB: 02/14/1966      MRN: CPC-229031
Date of service: 08/18/2026
Physician: Lorcan Abernathy-Nwosu, MD

Indication: Axial low back pain, facet
mediated, L4-5 and L5-S1. No radicular
symptoms. PT 8 weeks, NSAIDs.

Pre-procedure pain: 7/10.

Bilateral L3 and L4 medial branch and L5
dorsal ramus blocks (L4-5, L5-S1 facets).
Prone, sterile prep. Under fluoroscopy each
target was identified. 22 G needles placed.
Final positions confirmed on AP and oblique
views, saved. Omnipaque 0.2 mL at each
level, no vascular uptake. 0.5 mL of 0.5%
bupivacaine at each level.

Post-procedure pain: 1/10 (diagnostic).

Electronically signed by
Lorcan Abernathy-Nwosu, MD 08/18/2026
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
    band = ImageFont.truetype("DejaVuSansMono.ttf", 24)
    draw.text((90, 40), fax, font=band, fill=0)
    draw.line((60, 82, w - 60, 82), fill=0, width=2)
    y = 150
    for line in text.splitlines():
        draw.text((150, y), line, font=body, fill=0)
        y += 50
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(int(w * h * 0.0015)):
        x, yy = rng.randrange(w), rng.randrange(h)
        px[x, yy] = 0 if rng.random() < 0.6 else 255
    # a thin broken line down the left edge, as a dirty feeder roller leaves
    for yy in range(h):
        if rng.random() < 0.9:
            for x in range(20, 23):
                px[x, yy] = 0
    return img.point(lambda v: 255 if v > 150 else 0).convert("1")


def build_scan(stem: str, doc: dict) -> list[pathlib.Path]:
    """Draw ``doc`` as an image-only PDF (no text layer) plus a PNG of page 1."""
    rng = random.Random(doc["seed"])
    images = [draw_page(text, doc["fax"], doc["angle"], rng) for _, text in doc["pages"]]
    out_pdf = SCAN_DIR / f"{stem}.pdf"
    # fixed dates in the PDF info dictionary keep the file identical from run to run
    stamp = time.strptime("2026-12-02", "%Y-%m-%d")
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
    PDF_DIR.mkdir(exist_ok=True)
    SCAN_DIR.mkdir(exist_ok=True)
    for stem, doc in DOCS.items():
        outs = [build_pdf(stem, doc["pages"])] if doc["kind"] == "pdf" else build_scan(stem, doc)
        for out in outs:
            print(f"{out.relative_to(HERE)}  {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
