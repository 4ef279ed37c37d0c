#!/usr/bin/env python3
"""Build the ten dev7 PDFs: six with a text layer and four image-only fax scans.

Usage:  python examples/dev7/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are consent forms, handouts and fax covers). ``check_gold.py`` reads
``DOCS`` to find labelled values, since the scans have no text layer. Text PDFs are drawn with
reportlab in Courier. Scans are drawn in Helvetica, rendered with pypdfium2 at 200 dpi, turned
by a small angle, sprinkled with salt-and-pepper noise from a fixed seed, thresholded to black
and white and saved by Pillow as image-only PDFs. One scan also gets a fixed "toner smear" over
two lines, so that OCR reads them at low confidence.
All people, clinics, numbers and dates are fictional.
The output is deterministic for a given reportlab / pypdfium2 / Pillow version.
"""

from __future__ import annotations

import io
import pathlib
import random
import textwrap
import time

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "pdf"
DPI = 200

CONSENT = """\
RIVERSIDE SPINE CENTER - PATIENT CONSENT FOR SPINAL INJECTION

Please read this page before your procedure. Ask us about anything you do not understand.

What the procedure is: your doctor will place a thin needle near the spine and inject medicine
(usually a steroid and a numbing medicine) to reduce pain and swelling around the nerves.

How it is done: most injections are done with live X-ray (fluoroscopy). The doctor may take
X-ray pictures from the front (AP) and the side (lateral) to check the needle, and may inject a
small amount of contrast dye that shows where the medicine will spread. If you are allergic to
contrast or could be pregnant, tell the staff.

Pain scores: before and after the injection the nurse will ask you to rate your pain from 0 to
10, where 0 is no pain and 10 is the worst pain you can imagine.

Risks include: bleeding, infection, headache, nerve injury, allergic reaction, temporary
numbness or weakness, raised blood sugar, facial flushing, and no relief of pain.

I have read this form, my questions have been answered, and I agree to the procedure.

Patient signature: ______________________   Date: ____________
Witness: ________________________________   Date: ____________
"""

HANDOUT = """\
PATIENT EDUCATION: EPIDURAL STEROID INJECTIONS - WHAT TO EXPECT

Why am I having this injection?
An epidural steroid injection puts anti-inflammatory medicine into the epidural space, the area
around the nerves in your spine. It can ease leg or arm pain caused by an irritated nerve.

How is it done?
You lie on your stomach. The skin is cleaned and numbed. Using X-ray (fluoroscopy), the doctor
guides a needle into place. A little contrast dye is usually injected first; on the X-ray screen
it shows that the medicine will spread in the epidural space and not into a blood vessel. X-ray
pictures in two views, usually AP and lateral, confirm the needle position before the medicine
is given.

Rating your pain
We will ask you to rate your pain on a scale from 0 to 10 before the injection and again before
you go home. Many patients go from 7 or 8 out of 10 to 2 or 3 out of 10 in the first hour
because of the numbing medicine; the steroid starts working in 2 to 7 days.

After the injection
Rest for the day. You may remove the bandage tonight. Call us for fever, severe headache, new
weakness, or loss of bladder or bowel control.
"""

BLOOD_PATCH_CONSENT = """\
CONSENT FOR EPIDURAL BLOOD PATCH

An epidural blood patch treats a headache caused by a leak of spinal fluid. A small amount of
your own blood is drawn from your arm and injected into the epidural space in your back, where
it seals the leak. The doctor may use X-ray (fluoroscopy) or may place the needle by feel. No
contrast dye is usually needed.

You will be asked to rate your headache from 0 to 10 before and after the procedure.

Risks include back pain, bleeding, infection, nerve irritation and a repeat dural puncture.

Patient signature: ______________________   Date: ____________
"""

FAX_COVER = """\
FAX COVER SHEET

TO:      Utilization Review, Keystone Health Plan        FAX: (555) 014-2290
FROM:    Medical Records, Alder Creek Pain Clinic        FAX: (555) 014-7781
DATE:    07/16/2026
PAGES:   3 (including cover)
RE:      Records request - procedure note and discharge instructions

CONFIDENTIALITY NOTICE: This fax contains protected health information intended only for the
recipient named above. If you received it in error, call (555) 014-7780 and destroy all pages.
"""

DISCHARGE = """\
ALDER CREEK PAIN CLINIC - DISCHARGE INSTRUCTIONS AFTER YOUR INJECTION

Today you had an epidural steroid injection with X-ray guidance (fluoroscopy) and contrast.
- Do not drive for the rest of the day if you received sedation (most patients do not).
- Numbness or heaviness in the leg can last a few hours.
- Keep a pain diary: rate your pain 0-10 each morning for two weeks.
- Diabetic patients: check blood sugar twice a day for 3 days.
- Call us for fever over 101 F, severe headache, new weakness, or bladder/bowel changes.
Follow-up appointment: as scheduled by the front desk.
"""

DOCS: dict[str, dict] = {
    "d7_81_pdf_consent_attached": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
RIVERSIDE SPINE CENTER
PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Aurelia Fitzwilliam-Okoro        DOB: 02/14/1966        MRN: RSC-4471028
Date of service: 07/14/2026
Physician: Thaddeus Ngata-Brennan, MD

Indication: Right L5 radiculopathy. Eleven weeks of pain running from the right buttock down
the outside of the thigh and shin to the top of the foot, numbness of the great toe, positive
right straight leg raise. MRI 05/2026: right subarticular L4-5 protrusion compressing the
traversing right L5 root. Physical therapy for 7 weeks, home exercises, celecoxib and
gabapentin, with no meaningful improvement.

Pre-procedure pain (NRS), taken in the procedure room: 7/10.

Procedure: Right paramedian interlaminar epidural steroid injection at L4-L5 with fluoroscopic
guidance. Consent reviewed and signed (attached). Time-out completed. Prone; chlorhexidine prep;
sterile drape. 1% lidocaine 2 mL to skin. A 20 gauge Tuohy needle was advanced to the L4-L5
interlaminar space and the epidural space was entered with loss of resistance to air.
Aspiration negative. Omnipaque 240, 2 mL, spread in the right dorsal and ventral epidural space
and along the right L5 root, with no vascular pattern. AP and lateral fluoroscopic images of
the final needle position were saved. Injected triamcinolone 80 mg with 2 mL preservative-free
saline. Needle removed; no complications.

Post-procedure pain (NRS) at 20 minutes: 2/10. Discharged home with her sister.

Electronically signed by Thaddeus Ngata-Brennan, MD on 07/14/2026 at 10:31
""",
            CONSENT,
        ],
    },
    "d7_82_pdf_handout_contrast": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
RIVERSIDE SPINE CENTER - PROCEDURE NOTE

Name: Leocadia Brannigan-Eze     DOB 09/19/1959     MRN RSC-5580913
DOS: 07/15/2026
Provider: Jovan Halvorsen-Udeh, MD

Procedure: L5-S1 interlaminar epidural steroid injection, left paramedian, fluoroscopy.

History: left S1 radicular pain for 4 months, buttock to the lateral foot, MRI left L5-S1
herniation contacting the S1 root. PT 8 weeks, NSAIDs, gabapentin.

Pain before: 8/10

After consent and time-out, prone, sterile prep and drape, 1% lidocaine to the skin. Under
fluoroscopy a 20 g Tuohy was advanced left paramedian at L5-S1 to loss of resistance to saline.
Aspiration negative for blood and CSF. 1.5 mL Omnipaque 240 was injected under live
fluoroscopy; no vascular uptake was seen. AP and lateral images with the needle in final
position were saved. Injected 80 mg methylprednisolone with 2 mL normal saline.

Pain after: 3/10. Patient education handout given (attached).

Electronically signed Jovan Halvorsen-Udeh, MD 07/15/2026
""",
            HANDOUT,
        ],
    },
    "d7_83_pdf_fax_cover": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            FAX_COVER,
            """\
ALDER CREEK PAIN CLINIC
Procedure Report

Date: 07/16/2026
Patient: Benedetta Osei-Harrington   DOB: 04/03/1970   MRN: ACP-229017   Acct: 60041877
Physician: Rutger Oyelaran-Voss, MD

PROCEDURE: Caudal epidural steroid injection under fluoroscopic guidance.

INDICATION: Bilateral S1 radicular leg pain with neurogenic claudication from L5-S1 lateral
recess stenosis; prior L5-S1 laminectomy (2019). PT 6 weeks and medications failed.

PRE-PROCEDURE PAIN: 7/10 (numeric).

TECHNIQUE: Prone. Sterile prep and drape. The sacral hiatus was identified with a lateral
fluoroscopic view; 1% lidocaine 3 mL to skin. A 20 g Tuohy needle entered the caudal epidural
space through the sacrococcygeal ligament. Aspiration negative. Omnipaque 240, 5 mL, filled
the sacral epidural canal and spread cephalad to L5, outlining both S1 roots, without vascular
uptake. AP and lateral fluoroscopic images of the final needle position were saved.
Triamcinolone 80 mg with 8 mL preservative-free saline was injected.

POST-PROCEDURE PAIN: 2/10 at 20 minutes.

Electronically signed: Rutger Oyelaran-Voss, MD 07/16/2026 09:40
""",
            DISCHARGE,
        ],
    },
    "d7_84_pdf_tfesi_ehr": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
PRINTED FROM ELECTRONIC HEALTH RECORD - PAIN PROCEDURE
Patient: ODUYA-STERNBERG, CASIMIRA     DOB: 06/30/1962     MRN: 77013984
Procedure date: 07/20/2026       Physician: Anselm Wachowiak-Obi, MD

Procedure
  Right L5 and right S1 transforaminal epidural steroid injections, fluoroscopic guidance.
Indication
  Right L5 and S1 radicular pain (lateral calf, sole and lateral foot) with right L5-S1
  foraminal and lateral recess stenosis on MRI 06/2026. PT 9 weeks, NSAIDs, gabapentin.
Pre-procedure pain (NRS)
  8
Description
  Prone, sterile prep and drape, 1% lidocaine skin wheals. Right L5: 22 g curved needle to the
  subpedicular zone under the right L5 pedicle, into the right L5-S1 foramen. Right S1: 22 g
  needle through the right S1 posterior foramen. Final positions confirmed on AP and lateral
  views and saved. Aspiration negative at both. Omnipaque 240, 1 mL at each level, outlined
  the right L5 and S1 roots with flow into the epidural space; no vascular uptake.
  Dexamethasone 5 mg with 0.5 mL 1% lidocaine injected at each level.
Post-procedure pain (NRS, 20 min)
  2
Signature
  Electronically signed by Anselm Wachowiak-Obi, MD 07/20/2026 14:12
""",
        ],
    },
    "d7_85_pdf_views_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
RIVERSIDE SPINE CENTER - PROCEDURE NOTE

Patient: Marcellus Ekpo-Vandersloot    DOB 12/08/1975    MRN RSC-6620154
Date of service: 07/21/2026
Physician: Thaddeus Ngata-Brennan, MD

Procedure: Left L4-L5 interlaminar epidural steroid injection under fluoroscopy.
Indication: left L5 radiculopathy - pain down the outer leg to the dorsum of the foot, EHL
weakness, MRI left L4-5 protrusion touching the L5 root; 8 weeks of PT and NSAIDs failed.
Pre-procedure pain: 7/10

Prone, sterile prep and drape. An AP fluoroscopic view was used to square the L4 endplate and
mark the left L4-5 interlaminar window; the skin was numbed with 1% lidocaine. The 20 g Tuohy
was steered under lateral fluoroscopy toward the ligamentum flavum, and loss of resistance to
air was reached at 6 cm. Aspiration negative. Omnipaque 240, 2 mL, spread in the left epidural
space along the L5 root. 40 mg triamcinolone with 2 mL saline was injected. Needle out.

Post-procedure pain: 2/10. Handout reviewed with the patient (attached).

Electronically signed by Thaddeus Ngata-Brennan, MD 07/21/2026
""",
            HANDOUT,
        ],
    },
    "d7_86_pdf_blood_patch_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
OBSTETRIC ANESTHESIA - PROCEDURE NOTE
Date: 07/22/2026
Patient: Philippa Adeyemi-Rosenthal     DOB 03/11/1993     MRN 4420991
Anesthesiologist: Calloway Nnamdi-Berg, MD

Procedure: Epidural blood patch, L2-3.
Indication: Post-dural-puncture headache on postpartum day 2 after accidental dural puncture
during labor epidural placement; fronto-occipital headache when upright, relieved supine,
not improved with caffeine, fluids and acetaminophen for 36 hours.
Headache upright before the patch: 9/10.

Sitting. Sterile prep. 1% lidocaine to skin. 18 g Tuohy at L2-3 by loss of resistance to
saline, one level below the puncture. 20 mL of autologous blood drawn aseptically from the
left forearm and injected slowly until back pressure; 17 mL given. Placed by feel, no
fluoroscopy. Supine for 1 hour.
Headache upright after 1 hour: 2/10.

Electronically signed: Calloway Nnamdi-Berg, MD 07/22/2026
""",
            BLOOD_PATCH_CONSENT,
        ],
    },
    "d7_87_scan_dictation": {
        "note_pages": [0],
        "kind": "scan",
        "angle": 0.7,
        "seed": 385,
        "noise": 0.0006,
        "pages": [
            """\
CEDAR FALLS PAIN MEDICINE              FAXED 07/27/2026
PROCEDURE NOTE

Patient: Gustavo Adeleke-Marsh
DOB: 05/21/1957      MRN: 3315590
Date of service: 07/23/2026
Physician: Elspeth Okwuosa-Lind, MD

Indication: right S1 radiculopathy, pain from the right
buttock to the heel and lateral foot for 5 months, MRI right
L5-S1 disc herniation compressing the S1 root. PT 8 weeks,
NSAIDs and gabapentin without relief.

Pre-procedure pain: 8/10

Procedure: right paramedian interlaminar epidural steroid
injection at L5-S1 under fluoroscopic guidance. Prone,
sterile prep, 1% lidocaine 2 mL. A 20 gauge Tuohy needle
entered the epidural space by loss of resistance to air.
Aspiration negative. Omnipaque 240, 2 mL, showed epidural
spread along the right S1 root. AP and lateral images of
the final needle position were saved. Injected
triamcinolone 80 mg with 2 mL saline.

Post-procedure pain: 2/10

Electronically signed: Elspeth Okwuosa-Lind, MD 07/23/2026
""",
        ],
    },
    "d7_88_scan_field_template": {
        "note_pages": [0],
        "kind": "scan",
        "angle": -0.9,
        "seed": 204,
        "noise": 0.0008,
        "pages": [
            """\
SUMMIT PAIN PARTNERS - EPIDURAL PROCEDURE RECORD (FAX COPY)

Patient: Thessaly Brandauer-Oni      DOB: 10/02/1968
MRN: SP-7720341                       DOS: 07/28/2026
Physician: Dr. Anatole Besancon

Procedure: interlaminar ESI, lumbar
Level: L4-L5
Imaging: fluoroscopy
Needle: 20 g Tuohy, loss of resistance to air
Aspiration: negative
Contrast: Omnipaque 240, 2 mL
Contrast pattern: epidural, left sided, along the L5 root
Final views: AP and lateral, saved to PACS
Injectate: dexamethasone 10 mg, normal saline 2 mL

Pain score before: 7 of 10
Pain score after 15 min: 2 of 10

Indication: left L5 radiculopathy, left L4-5 HNP on the
L5 root (MRI 06/2026), pain to the dorsum of the foot;
PT 6 weeks + NSAIDs failed.

Signature: electronically signed A. Besancon, MD 07/28/2026
""",
        ],
    },
    "d7_89_scan_smudged_contrast": {
        "note_pages": [0],
        "kind": "scan",
        "angle": 1.1,
        "seed": 89,
        "noise": 0.0008,
        "smear": ["Omnipaque", "vascular uptake"],
        "pages": [
            """\
LAKEVIEW SPINE INSTITUTE                 FAX PAGE 1/1
PROCEDURE NOTE

Patient: Ottilie Nakashima-Reyes
DOB: 08/12/1961      MRN: LSI-009184
Date of service: 07/29/2026
Physician: Bram Oyelowo-Castell, MD

Indication: left L5 radicular pain, lateral leg to the
great toe, 4 months, MRI left L4-5 protrusion contacting
the L5 root. PT 7 weeks and NSAIDs failed.

Pre-procedure pain: 7/10

Procedure: left paramedian interlaminar epidural steroid
injection at L4-L5 with fluoroscopic guidance. Prone,
sterile prep, 1% lidocaine 2 mL, 20 gauge Tuohy, loss of
resistance to saline. Aspiration negative.
Omnipaque 240 2 mL: contrast spread in the left
epidural space along the L5 root, no vascular uptake.

AP and lateral images of the final needle position saved.
Injected triamcinolone 80 mg with 2 mL saline.

Post-procedure pain: 3/10

Electronically signed: Bram Oyelowo-Castell, MD 07/29/2026
""",
        ],
    },
    "d7_90_scan_with_consent": {
        "note_pages": [0],
        "kind": "scan",
        "angle": -0.5,
        "seed": 525,
        "noise": 0.0006,
        "pages": [
            """\
RIVERSIDE SPINE CENTER                  FAX 08/04/2026
PROCEDURE NOTE - LUMBAR EPIDURAL

Patient: Radomir Achterberg-Nwosu
DOB: 01/27/1971      MRN: RSC-7730218
Date of service: 08/03/2026
Physician: Thaddeus Ngata-Brennan, MD

Indication: left S1 radiculopathy with pain from the
buttock to the sole, absent left ankle reflex, MRI left
L5-S1 extrusion compressing the S1 root. 9 weeks of
physical therapy and medications failed.

Pain before the injection: 8/10

Left paramedian interlaminar epidural steroid injection
at L5-S1 with fluoroscopy. Prone, sterile prep, 1%
lidocaine 2 mL, 20 gauge Tuohy, loss of resistance to
air. Aspiration negative. Omnipaque 240, 2 mL, spread in
the left epidural space along the S1 root. AP and lateral
images of the final needle position were saved.
Injected triamcinolone 80 mg with 2 mL saline.

Pain after the injection: 2/10

Electronically signed: Thaddeus Ngata-Brennan, MD 08/03/2026
""",
            CONSENT,
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
    pdf.setTitle("dev7 fictional example")
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
        if doc.get("smear") and index == 0:
            smear(grey, doc["smear"], doc["pages"][0], doc["seed"])
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
    stamp = time.strptime("2026-08-04 12:00:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title="dev7 fictional fax scan",
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def main() -> None:
    """Write every PDF in ``DOCS`` to ``pdf/``."""
    OUT.mkdir(exist_ok=True)
    for name, doc in DOCS.items():
        data = draw_pdf(doc["pages"], 10, 86) if doc["kind"] == "text" else scan(name, doc)
        path = OUT / f"{name}.pdf"
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data):,} bytes  {len(doc['pages'])} page(s)")


if __name__ == "__main__":
    main()
