#!/usr/bin/env python3
"""Build the eight dev8 PDFs: five with a text layer and three image-only fax scans.

Usage:  python examples/dev8/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are consent forms, handouts, discharge instructions and fax covers).
``check_gold.py`` reads ``DOCS`` to find labelled values, since the scans have no text layer.
Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans (``scans/``) are drawn in
Helvetica, rendered with pypdfium2 at 200 dpi, turned by a small angle, sprinkled with
salt-and-pepper noise from a fixed seed, thresholded to black and white and saved by Pillow as
image-only PDFs. Two scans also get a fixed "toner smear" over the lines holding given words,
so that OCR reads those lines at low confidence.
Adapted from ``examples/dev7/make_pdfs.py``. All people, clinics, numbers and dates are fictional.
The output is deterministic for a given reportlab / pypdfium2 / Pillow version.
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
LARKSPUR PAIN & SPINE - INFORMED CONSENT FOR A SPINE INJECTION

This page explains the injection your doctor has recommended. Please ask about anything
that is not clear to you before you sign.

The injection: a needle is placed near the nerves of your spine and a mixture of a steroid
and a numbing medicine is injected to calm inflamed nerves.

Imaging: the needle is usually guided with X-ray (fluoroscopy) or sometimes CT. Pictures may
be taken from the front (AP), from the side (lateral) or at an angle (oblique). A small amount
of X-ray dye (contrast) is often used to show where the medicine spreads. Tell us if you are
allergic to X-ray dye or iodine, or if you might be pregnant.

Pain ratings: staff will ask you to rate your pain from 0 (none) to 10 (worst imaginable)
before the injection and before you leave.

Possible risks: bleeding, infection, headache from a spinal fluid leak, nerve damage,
allergic reaction, temporary weakness or numbness, high blood sugar, flushing, or no relief.

I understand the information above and agree to the procedure.

Patient signature: ________________________   Date: ____________
Witness: _________________________________    Date: ____________
"""

HANDOUT = """\
UNDERSTANDING YOUR EPIDURAL STEROID INJECTION (patient information)

What is the epidural space?
It is a thin layer of fat and blood vessels that surrounds the sac of spinal fluid and the
nerve roots. Medicine placed there can reach an irritated nerve.

What happens during the injection?
You will lie face down. After the skin is cleaned and numbed, the doctor uses live X-ray
(fluoroscopy) to guide the needle. A few drops of contrast dye are injected: on the screen
the dye should spread up and down the epidural space and along the nerve, which shows the
medicine will go to the right place. Pictures from the front (AP) and from the side (lateral)
are saved to show where the needle ended up.

How will we measure your pain?
On a 0 to 10 scale before the injection and again before you go home. Many people drop from
about 7/10 to about 2/10 at first because of the numbing medicine.

Afterwards
Rest today. The steroid usually starts to help in 3 to 7 days. Call us for fever, a severe
headache, new weakness, or trouble controlling your bladder or bowels.
"""

BLOOD_PATCH_CONSENT = """\
CONSENT: EPIDURAL BLOOD PATCH FOR SPINAL HEADACHE

A blood patch is used when a small leak of spinal fluid causes a headache that is worse when
you sit or stand. A nurse draws some of your own blood from a vein in your arm; the doctor
injects it into the epidural space in your back to seal the leak. X-ray guidance
(fluoroscopy) may be used. Contrast dye is not usually needed.

We will ask you to rate your headache from 0 to 10 before and after.

Risks: back ache, bleeding, infection, nerve irritation, another spinal fluid leak.

Patient signature: ________________________   Date: ____________
"""

FAX_COVER = """\
FAX TRANSMITTAL

TO:      Prior Authorization / Records, Harborline Health Plan   FAX: (555) 017-4420
FROM:    Health Information Management, Larkspur Pain & Spine    FAX: (555) 017-9031
DATE:    11/20/2026
PAGES:   {pages} (including this cover)
RE:      Requested documentation - interventional spine procedure

NOTICE: The pages that follow contain confidential health information meant only for the
addressee. If you received this in error, call (555) 017-9030 and destroy the pages.
"""

DISCHARGE = """\
AFTER YOUR SPINE INJECTION - HOME INSTRUCTIONS

You had a spine injection today. Doctors usually use X-ray guidance (fluoroscopy) and a
small amount of contrast dye for these injections.
- Your leg may feel numb or heavy for a few hours. Have someone help you walk at first.
- Keep a pain log: write down your pain from 0 to 10 each evening for 2 weeks.
- If you have diabetes, check your blood sugar twice a day for 3 days.
- Do not soak in a bath, pool or hot tub for 24 hours.
- Call us for fever above 101 F, a severe headache, new weakness, or bladder/bowel changes.
"""

DOCS: dict[str, dict] = {
    "d8_53_pdf_consent_attached": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
LARKSPUR PAIN & SPINE
PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Henrike Oyelaran-Castell     DOB: 08/19/1968     MRN: LPS-3390217
Date of service: 11/17/2026
Physician: Bartholomew Nwankwo-Lind, MD

Indication: Left L5 radiculopathy. Three months of pain from the left buttock down the side of
the thigh and shin to the top of the foot, tingling in the big toe, left straight leg raise
positive at 35 degrees. MRI 09/2026: left L4-5 subarticular protrusion compressing the left
L5 root. Physical therapy for 8 weeks, home exercises and meloxicam without lasting change.

Pre-procedure pain (NRS, procedure room): 7/10.

Procedure: Left paramedian interlaminar epidural steroid injection at L4-L5 under fluoroscopic
guidance. Consent signed (attached). Time-out. Prone; chlorhexidine prep and drape. 1%
lidocaine 3 mL to skin. A 20 gauge Tuohy needle was advanced to the epidural space with loss
of resistance to saline. Omnipaque 240, 2 mL, spread in the left epidural space and along the
L5 root without vascular uptake. AP and lateral images of the final needle position were
saved. Injected triamcinolone 80 mg with 2 mL preservative-free saline.

Post-procedure pain at 20 minutes: 2/10. Discharged with a driver.

Electronically signed: Bartholomew Nwankwo-Lind, MD 11/17/2026 10:12
""",
            CONSENT,
        ],
    },
    "d8_54_pdf_fax_note_handout": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            FAX_COVER.format(pages=3),
            """\
LARKSPUR PAIN & SPINE - PROCEDURE REPORT

Patient: Quentin Abeyta-Solberg   DOB 01/04/1957   MRN LPS-2208814   Acct 70031992
DOS: 11/19/2026
Physician: Marisela Oduya-Fairbanks, MD

HPI: Bilateral buttock and thigh pain with standing and walking for 8 months, relieved by
sitting, with tingling in both feet after two blocks (neurogenic claudication). MRI 07/2026:
severe L3-4 and moderate L4-5 central stenosis. Twelve weeks of physical therapy, a walking
program and acetaminophen have not helped.

Pain before the injection (pre-procedure area): 8/10.

Procedure: L3-L4 interlaminar epidural steroid injection, midline, fluoroscopic guidance.
Prone, prep and drape, 1% lidocaine skin. 18 gauge Tuohy needle with loss of resistance to
saline. Isovue 200, 3 mL: epidural contrast spread bilaterally from L3 to L5 outlining the
thecal sac. Final needle position confirmed on AP and lateral images, saved. Injectate:
methylprednisolone 80 mg with 3 mL saline.

Pain after the injection, recovery bay: 3/10.

Electronically signed by Marisela Oduya-Fairbanks, MD 11/19/2026
""",
            HANDOUT,
        ],
    },
    "d8_55_pdf_blood_patch_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
LARKSPUR PAIN & SPINE - PROCEDURE NOTE

Patient: Seraphina Kovacs-Mbeki    DOB: 05/11/1994    MRN: LPS-4471902
Date: 11/23/2026
Physician: Anatole Ferreira-Osei, MD

Indication: Post-dural puncture headache after a spinal anesthetic for a knee arthroscopy on
11/18/2026: severe frontal-occipital headache when upright, relieved lying flat, with nausea.
Three days of bed rest, oral fluids and caffeine have not helped.

Headache score before the procedure (sitting): 9/10.

Procedure: Lumbar epidural injection at L3-L4 with fluoroscopic guidance. Left lateral
position, prep and drape, 1% lidocaine. 17 gauge Tuohy needle, midline, loss of resistance to
saline at 4.5 cm. Needle position saved on AP and lateral images. A second operator drew 20 mL
of the patient's own blood from the right antecubital vein under sterile conditions; 17 mL of
autologous blood was injected into the epidural space until she reported back pressure.

Headache score 30 minutes after (sitting): 2/10.

Electronically signed: Anatole Ferreira-Osei, MD 11/23/2026
""",
            BLOOD_PATCH_CONSENT,
        ],
    },
    "d8_56_pdf_handout_contrast_spread": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
LARKSPUR PAIN & SPINE - PROCEDURE NOTE

Patient: Evangeline Mwangi-Hartley    DOB: 10/30/1976    MRN: LPS-5502381
Date of service: 11/24/2026
Physician: Bartholomew Nwankwo-Lind, MD

Indication: Right S1 radiculopathy: pain from the right buttock down the back of the leg to
the heel and sole, reduced right ankle reflex. MRI: right L5-S1 protrusion abutting the right
S1 root. Physical therapy 7 weeks, naproxen.

Pre-procedure pain: 7/10.

Procedure: L5-S1 interlaminar epidural steroid injection, right paramedian, under fluoroscopy.
Prone, prep, 1% lidocaine. 20 gauge Tuohy, loss of resistance to saline. Omnipaque 240, 2 mL
was injected. AP and lateral images of the final needle position were saved. Triamcinolone
80 mg with 2 mL saline injected. Patient education handout given (attached).

Post-procedure pain: 2/10.

Electronically signed: Bartholomew Nwankwo-Lind, MD 11/24/2026
""",
            HANDOUT,
        ],
    },
    "d8_57_pdf_tfesi_two_roots_discharge": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
LARKSPUR PAIN & SPINE - TRANSFORAMINAL EPIDURAL STEROID INJECTION

Patient: Thaddeus Okwuosa-Brenner    DOB: 03/26/1963    MRN: LPS-6610354
Date of service: 11/25/2026
Physician: Marisela Oduya-Fairbanks, MD

Indication: Left L4 and L5 radiculopathy after a left far-lateral L4-5 protrusion with
left L4-5 and L5-S1 foraminal stenosis. Pain across the left anterior shin and into the top
of the foot. PT 10 weeks, gabapentin and celecoxib.

Pre-procedure pain: 8/10.

Procedure: Left L4 and left L5 transforaminal epidural steroid injections under fluoroscopy.
Prone. Prep. 1% lidocaine. Using an oblique view, a 22 gauge spinal needle was placed in the
left L4-5 foramen (L4 root) and a second in the left L5-S1 foramen (L5 root). Omnipaque 240,
1 mL per needle, outlined each root with spread into the epidural space, no vascular flow.
Final needle positions documented on AP and lateral images, saved. Dexamethasone 5 mg with
1 mL of 1% lidocaine at each foramen.

Post-procedure pain: 2/10.

Electronically signed: Marisela Oduya-Fairbanks, MD 11/25/2026
""",
            DISCHARGE,
        ],
    },
    "d8_58_scan_dictation": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 2,
        "angle": 0.6,
        "noise": 0.0015,
        "pages": [
            """\
FAXED COPY - PROCEDURE DICTATION
Larkspur Pain & Spine

Patient: Dorotea Achterberg-Ilo
DOB: 06/12/1971    MRN: LPS-7720145
Date of service: 11/30/2026
Physician: Cornelius Adeyemi-Vasquez, MD

Indication: left L5 radiculopathy, pain from the
left buttock to the top of the foot for 10 weeks.
MRI: left L4-5 protrusion on the L5 root.
PT for 6 weeks and naproxen did not help.

Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid
injection, left paramedian, under fluoroscopy.
Prone, sterile prep, 1% lidocaine. 20 gauge
Tuohy needle, loss of resistance to saline.
Omnipaque 240, 2 mL: epidural spread along the
left L5 root. AP and lateral images of the final
needle position were saved. Triamcinolone 80 mg
with 2 mL saline injected.

Post-procedure pain: 2/10.

Electronically signed:
Cornelius Adeyemi-Vasquez, MD 11/30/2026
""",
        ],
    },
    "d8_59_scan_smudged_contrast": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 10,
        "angle": -0.8,
        "noise": 0.002,
        "smear": ["Isovue", "recess"],
        "pages": [
            """\
FAXED COPY - PROCEDURE NOTE
Larkspur Pain & Spine

Patient: Leontyne Osei-Marchetti
DOB: 09/21/1965    MRN: LPS-8834011
Date of service: 12/01/2026
Physician: Anatole Ferreira-Osei, MD

Indication: right S1 radiculopathy, shooting pain
down the back of the right leg to the heel.
MRI: right L5-S1 extrusion on the S1 root.
Physical therapy for 8 weeks, meloxicam.

Pre-procedure pain: 8/10.

Procedure: L5-S1 interlaminar epidural steroid
injection, right paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline.
Isovue 200 2 mL with epidural spread into the
right lateral recess along the S1 root.
AP and lateral images of the final needle
position were saved. Dexamethasone 10 mg with
2 mL saline injected.

Post-procedure pain: 3/10.

Electronically signed:
Anatole Ferreira-Osei, MD 12/01/2026
""",
        ],
    },
    "d8_60_scan_smudged_post_score_fax": {
        "note_pages": [1],
        "kind": "scan",
        "seed": 2,
        "angle": 0.9,
        "noise": 0.0018,
        "smear": ["Post-procedure"],
        "smear_page": 1,
        "pages": [
            FAX_COVER.format(pages=2),
            """\
PROCEDURE NOTE
Larkspur Pain & Spine

Patient: Ambrose Kwarteng-Lindahl
DOB: 04/08/1960    MRN: LPS-9901276
Date of service: 12/02/2026
Physician: Cornelius Adeyemi-Vasquez, MD

Indication: bilateral leg pain and numbness on
walking, relieved by sitting; L4-5 stenosis
with neurogenic claudication. PT for 12 weeks.

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
Cornelius Adeyemi-Vasquez, MD 12/02/2026
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


def draw_pdf(pages: list[str], size: float, width: int, font: str = "Courier") -> bytes:
    """Draw ``pages`` in ``font`` with a text layer and return the PDF bytes."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.setTitle("dev8 fictional example")
    for text in pages:
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


def scan(name: str, doc: dict) -> bytes:
    """Render ``doc`` as a crooked, noisy 1-bit fax and return image-only PDF bytes."""
    import pypdfium2 as pdfium
    from PIL import Image

    source = pdfium.PdfDocument(draw_pdf(doc["pages"], 12, 60, "Helvetica"))
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
        title="dev8 fictional fax scan",
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def main() -> None:
    """Write every PDF in ``DOCS`` to ``pdf/`` (text layer) or ``scans/`` (image only)."""
    for name, doc in DOCS.items():
        data = draw_pdf(doc["pages"], 10, 86) if doc["kind"] == "text" else scan(name, doc)
        OUT[doc["kind"]].mkdir(exist_ok=True)
        path = OUT[doc["kind"]] / f"{name}.pdf"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data):,} bytes  {len(doc['pages'])} page(s)")


if __name__ == "__main__":
    main()
