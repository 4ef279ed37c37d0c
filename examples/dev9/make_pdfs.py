#!/usr/bin/env python3
"""Build the ten dev9 PDFs: six with a text layer and four image-only fax scans.

Usage:  python examples/dev9/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are consent forms, handouts, a patient checklist, discharge instructions
and a fax cover). ``check_gold.py`` reads ``DOCS`` to find labelled values, since the scans have
no text layer. Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans (``scans/``) are
drawn in Helvetica with a fax header band across the top of every page (a transmission date
that is not the date of service), rendered with pypdfium2 at 200 dpi, turned by a small angle,
sprinkled with salt-and-pepper noise from a fixed seed, thresholded to black and white and
saved by Pillow as image-only PDFs. One scan also gets a fixed "toner smear" over the line
holding a given word, so that OCR reads that line at low confidence.
Adapted from the dev8 set's ``make_pdfs.py``. All people, clinics, numbers and dates are
fictional. The output is deterministic for a given reportlab / pypdfium2 / Pillow version.
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
TAMARACK VALLEY PAIN ASSOCIATES - CONSENT FOR SPINAL INJECTION

Your doctor has recommended an injection near the nerves of your spine. Please read this page
and ask questions before you sign.

What it is: a thin needle is placed near the irritated nerve and a steroid, often mixed with
a numbing medicine or saline, is injected.

X-ray guidance: most injections are done with live X-ray (fluoroscopy) or, less often, CT.
The doctor may take pictures from the front (AP view), the side (lateral view) or at an angle
(oblique view) to check where the needle is. A small amount of X-ray dye (contrast) is usually
injected first to see how it spreads. Please tell us about any allergy to X-ray dye or iodine,
and whether you could be pregnant.

Pain scores: a nurse will ask you to rate your pain from 0 to 10 before the injection and
again before you go home.

Risks include soreness, bleeding, infection, headache, a rise in blood sugar, facial
flushing, allergic reaction, temporary numbness or weakness, nerve injury and no relief.

I have read this form, my questions were answered, and I agree to the procedure.

Patient signature: __________________________   Date: ____________
Witness: ____________________________________   Date: ____________
"""

HANDOUT = """\
YOUR EPIDURAL INJECTION - QUESTIONS PATIENTS OFTEN ASK

Why do I need an X-ray during the injection?
The doctor uses fluoroscopy (a live X-ray picture) to steer the needle safely. Pictures from
the front (AP) and from the side (lateral) are saved in your record to show where the needle
ended up.

What is the dye for?
Before the medicine goes in, a little contrast dye is injected. On the screen the dye spreads
up and down the epidural space and along the nerve root, which tells the doctor the medicine
will reach the right place and is not going into a blood vessel.

Will you ask me about my pain?
Yes. We ask you to score your pain from 0 (no pain) to 10 (worst pain) before the injection
and again before you leave. Many people go from about 7 to about 2 right away because of the
numbing medicine; the steroid takes 3 to 7 days to work.

When should I call?
Call for fever, a headache that is worse when you sit up, new weakness, or any trouble
controlling your bladder or bowels.
"""

CHECKLIST = """\
BEFORE YOUR SPINE PROCEDURE - PATIENT CHECKLIST
Please bring this sheet with you on the day.

[ ] Stop blood thinners only as your doctor told you (write the date stopped): __________
[ ] Tell us if you are or could be pregnant: X-ray (fluoroscopy) is used for the injection.
[ ] Tell us if you have ever reacted to X-ray dye (contrast) or iodine.
[ ] Bring a driver. You may not drive for the rest of the day.
[ ] Eat a light meal; take your usual blood pressure and diabetes medicines.

On the day:
- A nurse will ask you to rate your pain from 0 to 10 before the procedure and again in the
  recovery area. Post-procedure pain score: ______ /10 (nurse to complete)
- The doctor will take X-ray pictures (front and side views) to check the needle position.
- A small amount of contrast dye shows how the medicine will spread.

Questions? Call the procedure desk at (555) 014-6620.
"""

DISCHARGE = """\
GOING HOME AFTER YOUR NERVE ROOT INJECTION

You had an injection today. These injections are done with X-ray guidance (fluoroscopy) and
usually a small amount of contrast dye.
- Your leg may feel numb or weak for a few hours. Walk with help until it wears off.
- Keep a pain diary: score your pain from 0 to 10 every evening for two weeks.
- If you have diabetes, check your blood sugar twice a day for three days.
- No baths, pools or hot tubs for 24 hours. You may shower.
- Call us for fever over 101 F, a severe headache, new weakness, or bladder or bowel changes.
"""

FAX_COVER = """\
FACSIMILE COVER SHEET

TO:       Utilization Review, Keystone Meridian Health Plan
FAX:      (555) 017-7731
FROM:     Medical Records, Cedar Hollow Pain Institute
FAX:      (555) 014-2210
DATE:     10/19/2026
PAGES:    2 (including cover)
RE:       Requested procedure documentation

CONFIDENTIAL: This transmission contains protected health information for the addressee
only. If you received it in error, call (555) 014-2200 and destroy all pages.
"""

DOCS: dict[str, dict] = {
    "d9_51_pdf_note_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
TAMARACK VALLEY PAIN ASSOCIATES
PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Auberon Kessler-Mwangi      DOB: 04/04/1964      MRN: TVP-120377
Date of service: 08/04/2026
Physician: Ignatius Farrow-Mbatha, DO

Indication: Right L5 radiculopathy. Four months of pain from the right buttock along the outer
thigh and shin to the top of the foot, with numbness of the first web space and a positive
right straight leg raise at 40 degrees. MRI 06/2026: right L4-5 subarticular protrusion
compressing the right L5 root. Eight weeks of physical therapy, meloxicam and gabapentin did
not help.

Pain score before the injection (NRS): 8/10.

Procedure: Right paramedian L4-L5 interlaminar epidural steroid injection under fluoroscopic
guidance. Consent signed (attached). Time-out. Prone. Chlorhexidine prep. 1% lidocaine 3 mL to
the skin. A 20 gauge Tuohy needle reached the epidural space by loss of resistance to saline
at 6 cm. Omnipaque 240, 2 mL, spread in the right epidural space along the L5 root and up to
the L4 pedicle, with no vascular uptake. AP and lateral images of the final needle position
were saved. Triamcinolone 80 mg with 2 mL preservative-free saline injected.

Pain score after the injection (NRS, 15 minutes): 2/10. Discharged with his wife.

Electronically signed: Ignatius Farrow-Mbatha, DO 08/04/2026 10:41
""",
            CONSENT,
        ],
    },
    "d9_52_pdf_two_page_note_handout": {
        "note_pages": [0, 1],
        "kind": "text",
        "pages": [
            """\
SALTMARSH PAIN MEDICINE - INTERVENTIONAL PROCEDURE REPORT             Page 1 of 2

Patient: Marisela Thorvaldsen-Obi    DOB: 02/28/1955    MRN: SPM-3411509    Acct: 88152096
Date of service: 08/11/2026
Physician: Annika Rautio-Mensah, MD

History: For nine months both legs ache and go numb when she walks more than two blocks or
stands to cook, and the symptoms ease within minutes of sitting or leaning forward on a
walker. MRI 05/2026: severe central canal stenosis at L3-4 and moderate at L4-5 from disc
bulging and ligamentum flavum thickening. She completed 12 weeks of physical therapy, a
stationary-bicycle program and acetaminophen without lasting benefit.

Pre-procedure assessment: alert, vital signs stable, no anticoagulant, no contrast allergy.
Pain in the pre-procedure area: 7/10 (NRS).

Procedure: L3-L4 interlaminar epidural steroid injection, midline, with fluoroscopic
guidance. Informed consent signed. Time-out. Prone over a bolster. Chlorhexidine prep and
sterile drape. 1% lidocaine 3 mL to the skin and deeper tissue. An 18 gauge Tuohy needle was
advanced in the midline to the epidural space with loss of resistance to saline at 7 cm.
(continued on page 2)
""",
            """\
SALTMARSH PAIN MEDICINE - INTERVENTIONAL PROCEDURE REPORT             Page 2 of 2
Patient: Marisela Thorvaldsen-Obi    MRN: SPM-3411509

Procedure (continued): Isovue-M 200, 3 mL, spread bilaterally in the dorsal epidural space,
outlining the thecal sac from L3 to L4, with no vascular uptake. The final needle position
was confirmed on AP and lateral images, both saved to PACS. Methylprednisolone 80 mg with 3 mL
preservative-free saline was injected.

Post-procedure: pain 3/10 in recovery at 20 minutes. Ambulating with her walker. Discharged
to her daughter.

Electronically signed by Annika Rautio-Mensah, MD 08/11/2026 14:26
""",
            HANDOUT,
        ],
    },
    "d9_53_pdf_contrast_no_spread_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
PINEGATE SPINE CLINIC - PROCEDURE NOTE

Patient: Horatio Abernethy-Nakamura    DOB: 11/15/1968    MRN: PSC-674410
Date of service: 08/18/2026
Physician: Rhiannon Halloran-Mbatha, MD

Indication: Left S1 radiculopathy: pain from the left buttock down the back of the thigh and
calf to the heel, numb lateral foot, left ankle reflex absent. MRI: left L5-S1 protrusion
abutting the left S1 root. Physical therapy 6 weeks, naproxen and gabapentin.

Pre-procedure pain: 7/10.

Procedure: L5-S1 interlaminar epidural steroid injection, left paramedian, under fluoroscopy.
Prone, prep and drape, 1% lidocaine to the skin. 20 gauge Tuohy needle, loss of resistance to
saline at 5.5 cm. Omnipaque 240, 2 mL was injected; negative aspiration and no intravascular
uptake. AP and lateral images of the final needle position were saved. Dexamethasone 10 mg
with 2 mL preservative-free saline injected. Patient handout given (attached).

Post-procedure pain: 2/10.

Electronically signed: Rhiannon Halloran-Mbatha, MD 08/18/2026 09:12
""",
            HANDOUT,
        ],
    },
    "d9_54_pdf_checklist_signature_on_file": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            CHECKLIST,
            """\
WEXCOMBE SPINE ASSOCIATES - PROCEDURE NOTE

Patient: Perpetua Oyelaran-Whitfield    DOB: 07/01/1970    MRN: WSA-6621538
Date of service: 08/25/2026
Physician: Marisol Ekwueme-Grant, MD

Indication: Right L5 radiculopathy, pain from the right hip down the lateral leg to the top of
the foot for 3 months, weak right great toe extension. MRI: right L4-5 extrusion compressing
the right L5 root. Physical therapy 8 weeks, meloxicam.

Pre-procedure pain: 8/10.

Procedure: L4-L5 interlaminar epidural steroid injection, right paramedian, with fluoroscopic
guidance. Prone, prep and drape, 1% lidocaine. 20 gauge Tuohy needle, loss of resistance to
saline at 6 cm. Omnipaque 240, 2 mL, spread along the right L5 root and into the right lateral
recess. AP and lateral images of the final needle position were saved. Triamcinolone 80 mg
with 2 mL preservative-free saline injected.

Post-procedure pain: 3/10 at 15 minutes.

Physician: Marisol Ekwueme-Grant, MD - signature on file
""",
        ],
    },
    "d9_55_pdf_tfesi_root_foramen_discharge": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
OXBOW INTERVENTIONAL PAIN - TRANSFORAMINAL EPIDURAL STEROID INJECTION

Patient: Leocadia Brennan-Oduya    DOB: 06/17/1959    MRN: OIP-2304189
Date of service: 09/01/2026
Physician: Solenne Abernathy-Kuti, MD

Indication: Right L5 and S1 radiculopathy: pain from the right buttock down the outer calf to
the top of the foot and into the heel and sole, weak right toe extension and a reduced right
ankle reflex. MRI: right L5-S1 foraminal and subarticular protrusion compressing the exiting
right L5 root and the traversing right S1 root. Physical therapy 10 weeks, celecoxib.

Pre-procedure pain: 8/10.

Procedure: Right L5 and right S1 transforaminal epidural steroid injections under fluoroscopy.
Prone. Prep. 1% lidocaine. In an oblique view a 22 gauge spinal needle was placed below the
right L5 pedicle at the L5-S1 foramen for the right L5 root; a second 22 gauge needle was
placed through the right S1 foramen on an AP view with cephalad tilt. Omnipaque 240, 1 mL
per needle, outlined the right L5 root and the right S1 root with medial epidural spread, no
vascular pattern on live imaging. Final needle positions documented on AP and lateral images,
saved. Dexamethasone 5 mg with 1 mL of 1% lidocaine at each level.

Post-procedure pain: 2/10.

Electronically signed: Solenne Abernathy-Kuti, MD 09/01/2026 12:44
""",
            DISCHARGE,
        ],
    },
    "d9_56_pdf_consent_cervical_interlaminar": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            CONSENT,
            """\
TAMARACK VALLEY PAIN ASSOCIATES
PROCEDURE NOTE - CERVICAL INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Evander Castellanos-Iwu    DOB: 01/09/1962    MRN: TVP-121860
Date of service: 09/08/2026
Physician: Ignatius Farrow-Mbatha, DO

Indication: Left C7 radiculopathy: neck pain running down the back of the left arm to the
middle finger, with a weak left triceps and reduced triceps reflex. MRI: left C6-7
paracentral protrusion compressing the left C7 root. Physical therapy 8 weeks, meloxicam and
a cervical traction unit at home.

Pre-procedure pain: 7/10.

Procedure: C7-T1 interlaminar epidural steroid injection, left paramedian, with fluoroscopic
guidance. Prone with the neck flexed. Prep and drape. 1% lidocaine to the skin. A 20 gauge
Tuohy needle was advanced under contralateral oblique views, loss of resistance to saline at
4.5 cm. Isovue-M 300, 1.5 mL, spread in the dorsal epidural space up to C6 on the left, no
vascular uptake. Final needle position confirmed on AP and contralateral oblique images and
saved. Dexamethasone 10 mg with 1 mL preservative-free saline injected.

Post-procedure pain: 2/10.

Electronically signed: Ignatius Farrow-Mbatha, DO 09/08/2026 13:18
""",
        ],
    },
    "d9_57_scan_dictation_clean": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 20,
        "angle": 0.7,
        "noise": 0.0015,
        "band": "SEP 29 2026 11:42  FROM: ALDER CREEK PAIN CTR  TO: 5550177731  P.01/01",
        "pages": [
            """\
ALDER CREEK PAIN CENTER
PROCEDURE REPORT (faxed copy)

Patient: Rosamund Achebe-Carter
DOB: 10/22/1969    MRN: ACP-5560314
Date of service: 09/15/2026
Physician: Ottoline Vance-Adeyemi, MD

Indication: left L5 radiculopathy, pain from
the left buttock down the outer leg to the top
of the foot for 12 weeks. MRI: left L4-5
protrusion compressing the L5 root.
Physical therapy 8 weeks and naproxen failed.

Pre-procedure pain: 8/10.

Procedure: L4-L5 interlaminar epidural steroid
injection, left paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine. 20 gauge Tuohy,
loss of resistance to saline. Omnipaque 240,
2 mL: epidural spread along the left L5 root.
AP and lateral images of the final needle
position were saved. Triamcinolone 80 mg
with 2 mL saline injected.

Post-procedure pain: 2/10.

Electronically signed:
Ottoline Vance-Adeyemi, MD 09/15/2026
""",
        ],
    },
    "d9_58_scan_smudged_post_score": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 11,
        "angle": -0.6,
        "noise": 0.0018,
        "smear": ["Post-procedure"],
        "band": "09/30/2026 16:05  GLENWOOD PAIN REHAB  (555) 014-9180  PAGE 1 OF 1",
        "pages": [
            """\
GLENWOOD PAIN & REHABILITATION
PROCEDURE NOTE

Patient: Cornelius Abioye-Sandstrom
DOB: 03/12/1958    MRN: GPR-4490217
Date of service: 09/22/2026
Physician: Marcellus Tran-Whitaker, MD

Indication: right S1 radiculopathy, pain down
the back of the right leg to the heel, absent
right ankle reflex. MRI: right L5-S1
extrusion on the S1 root. PT 6 weeks.

Pre-procedure pain: 7/10.

Procedure: L5-S1 interlaminar epidural steroid
injection, right paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline. Isovue-M 200,
2 mL: epidural spread along the right S1 root.
AP and lateral images of the final needle
position were saved. Dexamethasone 10 mg
with 2 mL saline injected.

Post-procedure pain: 3/10 at 15 minutes.

Electronically signed:
Marcellus Tran-Whitaker, MD 09/22/2026
""",
        ],
    },
    "d9_59_scan_fax_cover_note": {
        "note_pages": [1],
        "kind": "scan",
        "seed": 15,
        "angle": 0.9,
        "noise": 0.0016,
        "band": "OCT 19 2026 08:57  CEDAR HOLLOW PAIN  FAX 5550142210  P.{page}/02",
        "pages": [
            FAX_COVER,
            """\
CEDAR HOLLOW PAIN INSTITUTE
PROCEDURE NOTE

Patient: Theodora Kwabena-Marsh
DOB: 05/30/1961    MRN: CHP-4431095
Date of service: 10/06/2026
Physician: Simon Adeyemi-Hart, MD

Indication: bilateral thigh and calf pain with
walking, eased by sitting (neurogenic
claudication). MRI: severe L4-5 stenosis.
Physical therapy for 12 weeks, acetaminophen.

Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid
injection, midline, with fluoroscopic guidance.
Prone, prep, 1% lidocaine, 18 gauge Tuohy,
loss of resistance to saline. Omnipaque 240,
3 mL: bilateral epidural spread at L4-5.
AP and lateral images of the final needle
position were saved. Methylprednisolone 80 mg
with 3 mL saline injected.

Post-procedure pain: 2/10 in recovery.

Electronically signed:
Simon Adeyemi-Hart, MD 10/06/2026
""",
        ],
    },
    "d9_60_scan_attestation_pending": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 1,
        "angle": -0.9,
        "noise": 0.0015,
        "band": "10/27/2026 10:13  ST ALDRIC HOSP HIM  5550146600  P. 001",
        "pages": [
            """\
ST. ALDRIC HOSPITAL - PAIN SERVICE
PROCEDURE NOTE (fellow)

Patient: Bertrand Oyelowo-Castellan
Hospital no.: SAH-801476   DOB: 08/08/1966
Date: 10/13/2026
Fellow: Priscilla Nwachukwu-Hale, MD
Attending: Casimir Delacroix-Abara, MD

Indication: left L5 radicular pain to the top
of the foot, left L4-5 protrusion on the L5
root. Physical therapy 8 weeks, gabapentin.

Pre-procedure pain: 8/10.

Procedure: L4-L5 interlaminar epidural steroid
injection, left paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline. Omnipaque 240,
2 mL: epidural spread along the left L5 root.
AP and lateral images of the final needle
position were saved. Triamcinolone 80 mg
with 2 mL saline injected.

Post-procedure pain: 2/10.

Note written by Priscilla Nwachukwu-Hale, MD
Attending attestation to follow.
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

    ``band`` is a fax header line drawn across the top of every page ("{page}" is replaced by
    the page number).
    """
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.setTitle("dev9 fictional example")
    for number, text in enumerate(pages, start=1):
        if band:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(36, letter[1] - 24, band.format(page=f"{number:02d}"))
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


def smear(page, words: list[str], text: str, seed: int) -> None:
    """Grey out the lines of ``text`` holding ``words`` on the rendered ``page`` (toner smear)."""
    from PIL import ImageDraw

    rng = random.Random(seed * 7)
    lines = page_lines(text, 60)
    line_h = 12 * 1.35 * DPI / 72
    top = 54 * DPI / 72 - 12 * DPI / 72 * 0.8
    draw = ImageDraw.Draw(page)
    for index, line in enumerate(lines):
        if not any(word in line for word in words):
            continue
        y0 = top + index * line_h + 4
        for _ in range(450):
            x = rng.uniform(130, 1300)
            y = rng.uniform(y0, y0 + line_h - 12)
            r = rng.uniform(0.8, 2.2)
            shade = rng.choice((0, 90, 170, 255, 255))
            draw.ellipse((x - r, y - r, x + r, y + r), fill=shade)


def scan(doc: dict) -> bytes:
    """Render ``doc`` as a crooked, noisy 1-bit fax and return image-only PDF bytes."""
    import pypdfium2 as pdfium
    from PIL import Image

    source = pdfium.PdfDocument(draw_pdf(doc["pages"], 12, 60, "Helvetica", doc.get("band")))
    images = []
    for index in range(len(source)):
        grey = source[index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        if doc.get("smear") and index == doc.get("smear_page", 0):
            smear(grey, doc["smear"], doc["pages"][index], doc["seed"])
        grey = grey.rotate(doc["angle"], resample=Image.Resampling.BICUBIC, fillcolor=255)
        rng = random.Random(doc["seed"] * 100 + index)
        pixels = grey.load()
        for _ in range(int(grey.width * grey.height * doc["noise"])):
            x, y = rng.randrange(grey.width), rng.randrange(grey.height)
            pixels[x, y] = 0 if rng.random() < 0.5 else 255
        images.append(grey.point(lambda v: 255 if v > 150 else 0).convert("1"))
    source.close()
    buf = io.BytesIO()
    # fixed dates keep the file byte-identical from run to run
    stamp = time.strptime("2026-12-03 12:00:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title="dev9 fictional fax scan",
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def main() -> None:
    """Write every PDF in ``DOCS`` to ``pdf/`` (text layer) or ``scans/`` (image only)."""
    for name, doc in DOCS.items():
        data = draw_pdf(doc["pages"], 10, 86) if doc["kind"] == "text" else scan(doc)
        OUT[doc["kind"]].mkdir(exist_ok=True)
        path = OUT[doc["kind"]] / f"{name}.pdf"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data):,} bytes  {len(doc['pages'])} page(s)")


if __name__ == "__main__":
    main()
