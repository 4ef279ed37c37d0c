#!/usr/bin/env python3
"""Build the blind9 PDFs (b9_51..56, with a text layer) and scans (b9_57..60, image only).

Usage:  python examples/blind9/make_pdfs.py

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

DOCS["b9_51_fax_cover_two_page_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
                              FACSIMILE COVER SHEET

Date sent:   04/30/2026                 Pages: 3 including this cover
To:          Claims Review Unit, Prairie Mutual Health       Fax: (555) 017-2290
From:        Ashbury Spine & Pain Consultants, Records       Fax: (555) 017-4415
Subject:     Requested documentation for CPT 62323

Attached is the procedure record you asked for. Our procedure notes normally include
the fluoroscopy images, contrast findings and pain scores taken before and after each
injection; saved images are available on request on CD.

CONFIDENTIAL: This transmission contains protected health information. If you are not
the intended recipient, call the sender and destroy the pages received.
""",
        ),
        (
            "note",
            """\
ASHBURY SPINE & PAIN CONSULTANTS
Procedure Record - Lumbar Interlaminar Epidural Steroid Injection

Patient:    Wendell Oyinlola-Brightman
DOB:        02/19/1956
MRN:        ASP-2203918
DOS:        04/16/2026
Physician:  Clarissa Montague-Ibe, MD

HISTORY
70-year-old man with bilateral buttock and thigh pain on standing and walking for eight
months, relieved by sitting and bending forward; he can walk about 150 yards. MRI 02/2026
shows severe central canal stenosis at L3-L4 with a disc bulge and facet hypertrophy.
He completed 10 weeks of physical therapy and takes gabapentin and acetaminophen without
improvement. Diagnosis: lumbar stenosis with neurogenic claudication.

PRE-PROCEDURE
Pain score 7/10 (NRS) standing. Not on anticoagulants.

PROCEDURE
The procedure, risks and alternatives were reviewed and consent was signed. Time-out done.
Prone, pillow under the abdomen. Chlorhexidine prep, sterile drapes. Under fluoroscopic
guidance the L3-L4 interlaminar space was identified and the skin infiltrated with 3 mL
of 1% lidocaine. An 18-gauge Tuohy needle was advanced in the midline and the epidural
space identified by loss of resistance to saline at 7 cm.
""",
        ),
        (
            "note",
            """\
Wendell Oyinlola-Brightman   MRN ASP-2203918   DOS 04/16/2026   page 2 of 2

PROCEDURE (continued)
With the needle in final position, AP and lateral fluoroscopic images were obtained and
saved. Omnipaque 240, 2 mL, spread through the posterior epidural space at L3-L4 and into
both lateral recesses, with no vascular or intrathecal pattern. Methylprednisolone 80 mg
with 3 mL preservative-free saline was injected. Needle removed, bandage applied.
No complications.

POST-PROCEDURE
Observed 20 minutes. Pain 3/10 standing. Walked to the car with his wife.

PLAN
Continue home exercise. Follow-up in 4 weeks.

Electronically signed by Clarissa Montague-Ibe, MD on 04/16/2026 at 14:02
""",
        ),
    ],
}

DOCS["b9_52_note_with_education_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
FOXGLOVE MEDICAL GROUP - PAIN SERVICES
Procedure Note

Patient: Marisol Thackeray-Dube       DOB: 12/08/1977       MRN: FMG-5530217
Date of service: 07/30/2026
Physician: Oskar Lindgren-Afolabi, MD

Procedure: L5-S1 lumbar interlaminar epidural steroid injection under fluoroscopy.

Indication: right S1 radicular pain from the buttock to the heel for 12 weeks with
numbness of the lateral foot and a positive straight leg raise at 40 degrees. MRI:
right L5-S1 disc extrusion compressing the S1 root. Failed 6 weeks of physical therapy,
naproxen and a methylprednisolone taper.

Pre-procedure pain: 8/10 (NRS).

Procedure: consent signed, time-out. Prone, sterile prep and drape. The L5-S1 interspace
was located with fluoroscopy and the skin anesthetized with 1% lidocaine. 20 G Tuohy
needle, right paramedian approach, loss of resistance to air. Final needle position
documented with AP and lateral images, saved. Isovue 200, 1.5 mL, demonstrated epidural
spread along the right S1 root. Triamcinolone 80 mg with 2 mL preservative-free saline
injected. No complications.

Post-procedure: tolerated well, ambulating, discharged with her partner. Handout given.

Electronically signed by Oskar Lindgren-Afolabi, MD 07/30/2026 13:15
""",
        ),
        (
            "handout",
            """\
PATIENT EDUCATION - YOUR EPIDURAL STEROID INJECTION
Foxglove Medical Group - Pain Services

What happens during the injection?
You will lie on your stomach. The doctor uses fluoroscopy (a live X-ray) to guide a thin
needle to the right spot. A small amount of contrast dye is injected first so the doctor
can see it spread on two views, usually a front (AP) and a side (lateral) picture. Then
the medicine, a steroid with or without a numbing medicine, is injected.

Your pain scores
Before and after the injection the nurse will ask you to rate your pain from 0 (no pain)
to 10 (the worst pain you can imagine). Please keep a pain diary for two weeks and bring
it to your follow-up visit. Many patients feel numb for a few hours; the steroid may take
3 to 7 days to work.

Call us if you have fever, severe headache, new weakness or loss of bladder control.
""",
        ),
    ],
}

DOCS["b9_53_consent_form_and_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
INFORMED CONSENT FOR SPINAL INJECTION
Harrier Pain & Spine Center

I, the undersigned patient, agree to an epidural steroid injection. I understand that
the doctor will use fluoroscopic (X-ray) guidance, may inject contrast to check where
the needle is, and will take pictures in at least two views. I have been told the risks,
including infection, bleeding, headache from a dural puncture, nerve injury, allergic
reaction to contrast or medicine, raised blood sugar and temporary numbness or weakness.
I know the injection may not relieve my pain. I will be asked to rate my pain on a 0 to
10 scale before and after the procedure.

Patient signature: ______________________      Date: ___________
Witness: ______________________
""",
        ),
        (
            "note",
            """\
HARRIER PAIN & SPINE CENTER - PROCEDURE NOTE

Patient: Bartholomew Eze-Fairclough     DOB: 03/27/1969     Acct: HPS-77013482
Date of service: 09/22/2026
Physician: Imogen Castellanos-Wirth, MD

Diagnosis: left L4 and L5 radicular pain; MRI 08/2026 left L4-5 paracentral extrusion with
caudal migration compressing the left L5 root. 8 weeks of PT, meloxicam and gabapentin
failed. Pain limits driving and work.

Pre-procedure pain: 8/10.

Procedure: L4-L5 lumbar interlaminar epidural steroid injection, fluoroscopic guidance.
Signed consent on chart. Time-out. Prone, sterile prep. 1% lidocaine 3 mL to the skin.
20 G Tuohy, left paramedian, loss of resistance to saline. The final needle position was
confirmed on AP and contralateral oblique images, saved to PACS. Omnipaque 240, 2 mL:
epidural spread along the left L5 root and the left lateral recess. Dexamethasone 10 mg
with 2 mL preservative-free saline injected. No complications.

Post-procedure pain: 2/10 at 15 minutes.

Electronically signed by Imogen Castellanos-Wirth, MD 09/22/2026 11:44
""",
        ),
    ],
}

DOCS["b9_54_two_level_transforaminal_avs"] = {
    "kind": "pdf",
    "pages": [
        (
            "note",
            """\
COBALT RIDGE SPINE - PROCEDURE NOTE

Patient: Genevieve Adomako-Farrell      DOB 10/30/1960      MRN CRS-4409172
Date of service: 11/12/2026
Physician: Thelonius Brandvold-Okoro, MD

Procedure: left L4 and L5 transforaminal epidural steroid injections (two levels) with
fluoroscopic guidance.

Indication: left L4 and L5 radiculopathy: pain from the left buttock down the anterior
shin and the lateral calf, numbness of the medial and dorsal foot. MRI: left L4-5 and
L5-S1 foraminal stenosis. Physical therapy 8 weeks, gabapentin, NSAIDs without relief.

Pre-procedure pain: 8/10.

Technique: prone, sterile prep. For each level the left foramen was targeted on an
oblique fluoroscopic view. 1% lidocaine to the skin. 22 G spinal needles advanced to the
left L4-L5 and left L5-S1 foramina (subpedicular). Final needle positions were documented
on AP and lateral images and saved.
""",
        ),
        (
            "note",
            """\
Genevieve Adomako-Farrell   MRN CRS-4409172   11/12/2026   page 2

Omnipaque 240, 1 mL at each level, outlined the left L4 and L5 nerve roots with medial
flow into the epidural space and no vascular uptake on live imaging. Dexamethasone 5 mg
with 1 mL 1% lidocaine at each level. No complications.

Post-procedure pain: 3/10 at 20 minutes.

Electronically signed by Thelonius Brandvold-Okoro, MD 11/12/2026 15:36
""",
        ),
        (
            "avs",
            """\
AFTER VISIT SUMMARY - Cobalt Ridge Spine
Genevieve Adomako-Farrell        Visit: 11/12/2026

Today you had a spinal injection with X-ray (fluoroscopy) guidance and contrast dye.
Your pain before the injection and after it was recorded by your care team.

- Do not drive for the rest of the day.
- You may remove the bandages tonight and shower tomorrow.
- Rate your pain from 0 to 10 each morning in the diary and bring it to your visit.
- Follow-up: 3 weeks with Dr. Brandvold-Okoro.
""",
        ),
    ],
}

DOCS["b9_55_fax_cover_nurse_signed_note"] = {
    "kind": "pdf",
    "pages": [
        (
            "fax_cover",
            """\
FAX                                                       Date: 06/19/2026

To:    Medical Review, Lakeland Health Partners      Fax: 555-018-7731
From:  Orchard Street Surgery Center, HIM Dept.       Phone: 555-018-2200
Re:    Records for claim - ESI with fluoroscopy, 62323
Pages: 2

The enclosed record shows fluoroscopic guidance, contrast use and pre- and post-procedure
pain levels as kept in our chart. Please call with questions.

This fax may contain confidential health information. If received in error, notify us
and destroy it.
""",
        ),
        (
            "note",
            """\
ORCHARD STREET SURGERY CENTER - PROCEDURE RECORD

Patient: Cornelia Abiodun-Sterling     DOB: 08/11/1972     MRN: OSS-208419
Date of service: 06/11/2026
Physician: Rupert Haldane-Mwangi, MD

Indication: left S1 radiculopathy - pain to the sole, numbness of the little toe, absent
left ankle reflex. MRI left L5-S1 herniation on the S1 root. PT 7 weeks, naproxen.

Pre-procedure pain (NRS): 7/10

Procedure: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance by
Dr. Haldane-Mwangi. Prone, sterile prep. 1% lidocaine skin. 20 G Tuohy, left paramedian,
loss of resistance to saline. Final needle position recorded on AP and lateral images,
saved. Omnipaque 240, 2 mL: epidural spread along the left S1 root. Triamcinolone 80 mg
with 2 mL preservative-free saline. No complications.

Post-procedure pain (NRS): 2/10 at 20 minutes.

Documented and signed by Maribel Ostrowski, RN 06/11/2026 10:55
""",
        ),
    ],
}

DOCS["b9_56_consent_note_handout"] = {
    "kind": "pdf",
    "pages": [
        (
            "consent",
            """\
CONSENT TO PROCEDURE - SPINAL / EPIDURAL INJECTION
Wrenfield Interventional Pain

Procedure to be performed: epidural steroid injection, with X-ray (fluoroscopy) and
contrast dye, by the physician named below or a designee.

Benefits: possible relief of leg or back pain. Risks: bleeding, infection, headache,
nerve damage, allergic reaction, failure to relieve pain, need for repeat injections.
I have had a chance to ask questions. I understand that pain scores will be recorded.

Patient: ____________________   Date: ________   Physician: ____________________
""",
        ),
        (
            "note",
            """\
WRENFIELD INTERVENTIONAL PAIN - PROCEDURE NOTE

Patient: Ottoline Varga-Nnamdi          DOB 04/12/1958          MRN WIP-882051
Date of service: 02/05/2026
Physician: Caedmon Ashdown-Yeboah, MD

Indication: right L4 radicular pain to the medial shin, reduced right knee jerk, MRI right
L3-4 foraminal and subarticular stenosis with contact of the L4 root. 12 weeks of PT,
duloxetine and gabapentin without relief.

Pre-procedure VAS: 6/10.

Procedure: L3-L4 lumbar interlaminar epidural steroid injection under fluoroscopic
guidance. Prone, sterile prep, 1% lidocaine to the skin. 20 G Tuohy needle, right
paramedian, loss of resistance to saline. Final needle tip position was documented on AP
and lateral views; images saved. Isovue 200, 2 mL, flowed into the epidural space and
outlined the right L4 root sleeve. Betamethasone 12 mg with 2 mL preservative-free saline
injected. No complications.

Post-procedure VAS: 1/10.

Electronically signed by Caedmon Ashdown-Yeboah, MD 02/05/2026 10:21
""",
        ),
        (
            "handout",
            """\
AFTER YOUR EPIDURAL INJECTION - WHAT TO EXPECT
Wrenfield Interventional Pain

- Your leg may feel numb or heavy for a few hours from the numbing medicine.
- The steroid usually starts working in 2 to 7 days.
- X-ray (fluoroscopy) pictures and the contrast dye used today are a normal part of the
  procedure and leave your body within a day.
- Write down your pain score (0 to 10) each day for two weeks.
- Call us for fever, redness at the site, severe headache or new weakness.
""",
        ),
    ],
}

DOCS["b9_57_scan_short_ilesi"] = {
    "kind": "scan",
    "angle": 0.8,
    "seed": 9107,
    "fax": "MAR-18-2026 09:12  FROM: TALLOW CREEK PAIN  5550190044  TO: 5550172290  P.01/01",
    "pages": [
        (
            "note",
            """\
TALLOW CREEK PAIN CLINIC
LUMBAR INTERLAMINAR ESI - PROCEDURE NOTE

Patient: Rosalie Marchetti-Obi
DOB: 06/21/1963      MRN: TCP-440187
Date of service: 03/16/2026
Physician: Everett Nakagawa-Pryce, MD

Indication: right L5 radicular pain to the
dorsum of the foot, MRI right L4-5 protrusion
on the L5 root. PT 8 weeks, NSAIDs failed.

Pre-procedure pain: 7/10.

L4-L5 interlaminar ESI under fluoroscopy.
Prone, sterile prep, 1% lidocaine skin.
20 G Tuohy right paramedian, LOR to saline.
Final needle position: AP and lateral
images saved. Omnipaque 240 2 mL: epidural
spread along the right L5 root.
Triamcinolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Everett Nakagawa-Pryce, MD 03/16/2026
""",
        ),
    ],
}

DOCS["b9_58_scan_no_contrast"] = {
    "kind": "scan",
    "angle": -1.0,
    "seed": 9104,
    "fax": "JUL-09-2026 16:40  FROM: BRAMBLE HILL SPINE  5550163380  TO: 5550187731  P.01/01",
    "pages": [
        (
            "note",
            """\
BRAMBLE HILL SPINE CENTER
PROCEDURE NOTE

Patient: Thaddeus Olawuyi-Brenner
DOB: 01/05/1966      MRN: BHS-771930
Date of service: 07/07/2026
Physician: Marguerite Solberg-Ayi, MD

Indication: left S1 radiculopathy, pain to
the heel, MRI left L5-S1 HNP on the S1 root.
PT 6 weeks, gabapentin without relief.

Pre-procedure pain: 8/10.

L5-S1 interlaminar ESI, fluoroscopic
guidance. Prone, sterile prep, 1% lidocaine.
20 G Tuohy, midline, LOR to saline. Final
needle position on AP and lateral images,
saved. No contrast was used.
Dexamethasone 10 mg + 2 mL saline injected.
No complications.

Post-procedure pain: 3/10.

Electronically signed by
Marguerite Solberg-Ayi, MD 07/07/2026
""",
        ),
    ],
}

DOCS["b9_59_scan_l3_l4_isovue"] = {
    "kind": "scan",
    "angle": 0.6,
    "seed": 9126,
    "fax": "OCT-06-2026 11:05  FROM: HEATHERLY ORTHO  5550125561  TO: 5550172290  P.01/01",
    "pages": [
        (
            "note",
            """\
HEATHERLY ORTHOPAEDICS - SPINE
EPIDURAL STEROID INJECTION NOTE

Patient: Augustina Fairweather-Kim
DOB: 09/28/1954      Acct: HO-20931877
Date of service: 10/05/2026
Physician: Lionel Abernathy-Osei, MD

Indication: neurogenic claudication from
L3-4 central stenosis, legs heavy after one
block. PT 10 weeks, HEP, acetaminophen.

Pre-procedure pain: 6/10.

L3-L4 interlaminar ESI under fluoroscopy.
Prone, sterile prep, 1% lidocaine to skin.
18 G Tuohy, midline, LOR to saline. Final
needle position confirmed on AP and
lateral images, saved. Isovue 200 2 mL:
epidural spread to both lateral recesses.
Methylprednisolone 80 mg + 2 mL saline.
No complications.

Post-procedure pain: 2/10.

Electronically signed by
Lionel Abernathy-Osei, MD 10/05/2026
""",
        ),
    ],
}

DOCS["b9_60_scan_si_joint"] = {
    "kind": "scan",
    "angle": -0.7,
    "seed": 9130,
    "fax": "DEC-01-2026 08:30  FROM: QUARRY LANE PAIN  5550148806  TO: 5550187731  P.01/01",
    "pages": [
        (
            "note",
            """\
QUARRY LANE PAIN ASSOCIATES
SACROILIAC JOINT INJECTION - NOTE

Patient: Percival Udeh-Lindstrom
DOB: 11/19/1970      MRN: QLP-330418
Date of service: 11/30/2026
Physician: Henrietta Oyama-Blackwood, MD

Indication: right buttock pain below L5,
positive FABER, thigh thrust and
compression tests. No radicular pain.
PT 8 weeks and NSAIDs without relief.

Pre-procedure pain: 7/10.

Right SI joint injection under fluoroscopy.
Prone, sterile prep, 1% lidocaine to skin.
22 G spinal needle into the inferior right
SI joint. Omnipaque 240 0.5 mL: arthrogram
outlining the joint, no vascular uptake.
Final AP and oblique images saved.
Triamcinolone 40 mg + 0.5% bupivacaine
1.5 mL injected. No complications.

Post-procedure pain: 1/10.

Electronically signed by
Henrietta Oyama-Blackwood, MD 11/30/2026
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
    stamp = time.strptime("2026-12-03", "%Y-%m-%d")
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
