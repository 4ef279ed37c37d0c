#!/usr/bin/env python3
"""Build the twelve dev10 PDFs: seven with a text layer and five image-only fax scans.

Usage:  python examples/dev10/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are a consent form, a patient handout, discharge instructions, procedure
orders and fax covers). ``check_gold.py`` reads ``DOCS`` to find labelled values, since the
scans have no text layer. Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans
(``scans/``) are drawn in Helvetica with a fax header band across the top of every page (a
transmission date that is not the date of service), rendered with pypdfium2 at 200 dpi, turned
by a small angle, sprinkled with salt-and-pepper noise from a fixed seed, thresholded to black
and white and saved by Pillow as image-only PDFs. One scan (d10_58) gets a fixed "toner smear"
over the line holding the injected level, so that OCR reads that line at low confidence.
Adapted from the dev9 set's ``make_pdfs.py``. All people, clinics, numbers and dates are
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
GLENMORE SPINE PARTNERS - AGREEMENT TO A SPINAL INJECTION

This form explains the injection your physician has recommended. Read it, ask anything you
wish, and sign only when you are ready.

The injection places a steroid, sometimes with a numbing drug or saline, into the epidural
space around the spinal nerves. Your physician normally watches the needle with a live X-ray
machine (fluoroscopy) or a CT scanner and may save pictures taken from the front, the side or
at an angle. A few drops of contrast (X-ray dye) are often used to show where the medicine
will travel. Tell the team if you have reacted to contrast or iodine before, or might be
pregnant.

You will be asked to grade your pain from 0 to 10 before and after the procedure.

Possible problems: bruising, infection, headache from a leak of spinal fluid, raised blood
sugar, flushing, allergic reaction, short-lived numbness or weakness, nerve damage, and the
chance that the pain does not improve.

I have had my questions answered and I agree to the injection.

Patient signature: ____________________________   Date: __________
Physician obtaining consent: ____________________   Date: __________
"""

HANDOUT = """\
ABOUT YOUR EPIDURAL STEROID INJECTION

How is the needle guided?
Your doctor uses an X-ray camera (fluoroscopy). When the needle is in place, a picture from
the front (AP view) and one from the side (lateral view) are saved so the record shows
exactly where the needle tip was.

What does the dye do?
A small amount of contrast is injected first. It spreads through the epidural space and along
the nerve, showing that the medicine will reach the sore nerve and not a blood vessel.

What will I feel afterwards?
The numbing medicine may ease your pain quickly; the steroid usually starts working in two to
seven days. Some people notice a little soreness where the needle went in.

Call us right away for fever, a headache that gets worse when you stand, new leg weakness or
problems passing urine.
"""

ORDER = """\
PROCEDURE ORDER / SCHEDULING REQUEST
Ordering clinic: Fernhollow Pain Medicine     Fax to scheduling: (555) 013-4470

Patient: {patient}
DOB: {dob}     MRN: {mrn}
Requested procedure: {procedure}
Diagnosis: {diagnosis}
Guidance requested: fluoroscopy     Sedation: none
Prior authorization: {auth}
Ordering physician: {physician}     Order date: {order_date}
"""

FAX_COVER = """\
FAX TRANSMITTAL

To: Clinical Review Unit, Bellhaven Health Plan
Fax: (555) 016-3391
From: Health Information, Quillon Spine Center
Fax: (555) 012-8820
Date sent: 10/30/2026
Number of pages: 2 including this sheet
Subject: Records requested for claim review

PRIVILEGED: intended only for the named recipient. If this reached you by mistake, call
(555) 012-8800 and shred every page.
"""

DOCS: dict[str, dict] = {
    "d10_49_pdf_consent_then_note": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            CONSENT,
            """\
GLENMORE SPINE PARTNERS
PROCEDURE NOTE: LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Ottoline Marchbanks-Eze     DOB: 05/08/1964     MRN: GSP-4471028
Date of service: 09/29/2026          Physician: Dashiell Okonkwo-Pryce, MD

Indication: Right L5 radiculopathy - pain runs from the right buttock down the lateral leg to
the top of the foot, with numbness between the first and second toes and a positive right
straight-leg raise. MRI 08/2026: right L4-5 protrusion compressing the traversing L5 root.
Failed 8 weeks of physical therapy, naproxen and gabapentin.

Pre-procedure pain: 8/10 (right leg).

Procedure: L4-L5 interlaminar epidural steroid injection, right paramedian, under
fluoroscopic guidance. Prone, chlorhexidine prep, sterile drape, 1% lidocaine to skin. A 20
gauge Tuohy needle was advanced to the L4-L5 interlaminar space and loss of resistance to
saline obtained at 5.5 cm. Omnipaque 240, 2 mL, spread in the right ventrolateral epidural
space and along the right L5 nerve root, with no vascular or intrathecal pattern. AP and
lateral images of the final needle position were saved. Triamcinolone 40 mg with 2 mL
preservative-free saline injected.

Post-procedure pain: 2/10 at 20 minutes.

Electronically signed: Dashiell Okonkwo-Pryce, MD 09/29/2026 10:14
""",
        ],
    },
    "d10_50_pdf_two_page_note_handout": {
        "note_pages": [0, 1],
        "kind": "text",
        "pages": [
            """\
MARSHFIELD HEIGHTS SURGERY CENTER
OPERATIVE REPORT - PAIN MANAGEMENT                                       Page 1 of 2

Patient: Leocadia Ferreira-Olumide     DOB: 12/24/1959     MRN: MHS-2208813
Account: 31-778204                     Date of service: 10/06/2026
Surgeon: Percival Nakashima-Adair, MD

PREOPERATIVE DIAGNOSIS: Lumbar spinal stenosis with neurogenic claudication (M48.062).
POSTOPERATIVE DIAGNOSIS: Same.
PROCEDURE: L3-L4 interlaminar epidural steroid injection with fluoroscopic guidance.

HISTORY: Ms. Ferreira-Olumide cannot walk more than a block before both legs ache, tingle
and give way; sitting or leaning forward relieves it within minutes. MRI shows severe L3-4
central stenosis from facet and ligamentum flavum hypertrophy. She has done 16 weeks of
physical therapy and a daily walking program and takes acetaminophen and duloxetine.

PRE-PROCEDURE ASSESSMENT: In the preoperative area she rates her leg pain 7/10. Consent
confirmed, site verified, time-out completed.

(continued on page 2)
""",
            """\
MARSHFIELD HEIGHTS SURGERY CENTER - OPERATIVE REPORT (continued)        Page 2 of 2
Patient: Leocadia Ferreira-Olumide     MRN: MHS-2208813

DESCRIPTION: Prone on the fluoroscopy table. Prep and drape. 1% lidocaine to the skin. Under
fluoroscopy an 18 gauge Tuohy needle was advanced midline into the L3-L4 interlaminar space
and the epidural space entered with loss of resistance to saline at 6.5 cm. Isovue-M 300,
3 mL, spread bilaterally in the dorsal epidural space from L3 to L4 with no vascular uptake.
The final needle position was documented in AP and lateral projections and both images were
saved. Methylprednisolone 80 mg with 3 mL normal saline was injected.

RECOVERY: Leg pain 3/10 at 25 minutes. Walked the corridor without difficulty.
COMPLICATIONS: None.

Electronically signed by Percival Nakashima-Adair, MD 10/06/2026 12:40
""",
            HANDOUT,
        ],
    },
    "d10_51_pdf_views_only_on_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
BLACKTHORN PAIN CLINIC
EPIDURAL STEROID INJECTION - PROCEDURE NOTE

Patient: Augustin Reyes-Okoye     DOB: 02/17/1970     MRN: BPC-660137
Date of service: 10/13/2026       Physician: Clarimond Adebayo-Frost, MD

Indication: left S1 radiculopathy with pain down the back of the left thigh and calf to the
outer foot and an absent left ankle reflex; MRI left L5-S1 extrusion displacing the S1
root. Physical therapy 7 weeks, naproxen, oral steroid taper.

Pre-procedure pain: 7/10.

Procedure: L5-S1 interlaminar epidural steroid injection, left paramedian, with fluoroscopic
guidance. Prone, prep and drape, 1% lidocaine. 20 gauge Tuohy, loss of resistance to saline
at 5 cm. Omnipaque 240, 2 mL, spread along the left S1 root and over the L5-S1 interspace
in the epidural space. Fluoroscopic images were saved to PACS. Dexamethasone 10 mg with
2 mL saline injected.

Post-procedure pain: 2/10.

Electronically signed by Clarimond Adebayo-Frost, MD 10/13/2026 11:02
""",
            HANDOUT,
        ],
    },
    "d10_52_pdf_post_score_on_discharge_sheet": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
HEATHERSTONE SPINE & PAIN
PROCEDURE NOTE

Patient: Benedikta Olawale-Svensson     DOB: 09/30/1966     MRN: HSP-339108
Date of service: 10/20/2026             Physician: Rupert Mbeki-Castellanos, MD

Indication: right L5 radicular pain from the buttock down the outside of the leg to the big
toe with weak dorsiflexion; MRI right L4-5 protrusion compressing the L5 root. PT 10 weeks,
meloxicam, gabapentin.

Pre-procedure pain: 8/10.

Procedure: L4-L5 interlaminar epidural steroid injection, right paramedian, under
fluoroscopy. Prone, prep, 1% lidocaine. 20 G Tuohy, loss of resistance to saline at 6 cm.
Omnipaque 240 2 mL: epidural spread along the right L5 root and cephalad to L4. Final
needle position documented in AP and lateral images, saved. Triamcinolone 40 mg with 2 mL
saline. Patient to recovery in stable condition; see nursing discharge record.

Electronically signed by Rupert Mbeki-Castellanos, MD 10/20/2026 09:48
""",
            """\
HEATHERSTONE SPINE & PAIN - DISCHARGE INSTRUCTIONS (patient copy)

You had a lumbar epidural steroid injection today.
- Numbness or heaviness in the leg can last a few hours. Walk with someone until it passes.
- Do not drive today. Resume your usual medicines tonight.
- The steroid starts to work in 2 to 7 days. Keep a daily pain diary (0 to 10).
- Call (555) 018-2240 for fever, severe headache, new weakness, or bladder or bowel changes.

Completed by recovery nurse:  Pain at discharge: 2/10    Time: 10:35    Initials: KO
Patient signature: ______________________
""",
        ],
    },
    "d10_53_pdf_signature_only_on_consent": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            CONSENT.replace(
                "Physician obtaining consent: ____________________   Date: __________",
                "Physician obtaining consent: /s/ Cosima Ferreira-Obuya, MD   Date: 11/03/2026",
            ),
            """\
GLENMORE SPINE PARTNERS
PROCEDURE NOTE

Patient: Evander Lindholm-Achebe     DOB: 04/12/1958     MRN: GSP-4490371
Date of service: 11/03/2026          Physician: Cosima Ferreira-Obuya, MD

Indication: neurogenic claudication - bilateral calf pain and numbness after walking 100
yards, relieved by sitting; MRI severe L4-5 central stenosis. PT 12 weeks, home walking
program, acetaminophen.

Pre-procedure pain: 6/10.

Procedure: L4-L5 interlaminar epidural steroid injection, midline, fluoroscopic guidance.
Prone, prep, 1% lidocaine to skin. 18 gauge Tuohy, loss of resistance to saline at 7 cm.
Isovue-M 200 3 mL: bilateral epidural spread from L4 to L5. AP and lateral images of the
final needle position saved. Methylprednisolone 80 mg with 3 mL saline.

Post-procedure pain: 2/10.

Physician signature: ______________________________   Date/time: ______________
""",
        ],
    },
    "d10_54_pdf_identifiers_only_on_order": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            ORDER.format(
                patient="Marguerite Okwuosa-Belmont",
                dob="06/15/1962",
                mrn="FPM-2277140",
                procedure="L5-S1 interlaminar epidural steroid injection",
                diagnosis="M54.17 lumbosacral radiculopathy",
                auth="not required",
                physician="Aldous Nakagawa-Reid, MD",
                order_date="10/21/2026",
            ),
            """\
FERNHOLLOW PAIN MEDICINE - PROCEDURE NOTE

Patient: Marguerite Okwuosa-Belmont
Date of service: 11/10/2026     Physician: Aldous Nakagawa-Reid, MD

Indication: left S1 radiculopathy, pain from the left buttock down the back of the leg into
the heel and sole, diminished left ankle jerk; MRI left L5-S1 herniation on the S1 root.
Physical therapy 9 weeks, celecoxib, gabapentin.

Pre-procedure pain: 7/10.

Procedure: L5-S1 interlaminar epidural steroid injection, left paramedian, under
fluoroscopy. Prone, prep and drape, 1% lidocaine. 20 G Tuohy, loss of resistance to saline.
Omnipaque 240 2 mL: epidural spread along the left S1 root and across the L5-S1 interspace.
AP and lateral images of the final needle position saved. Triamcinolone 40 mg with 2 mL
saline injected.

Post-procedure pain: 3/10.

Electronically signed by Aldous Nakagawa-Reid, MD 11/10/2026 14:20
""",
        ],
    },
    "d10_55_pdf_tfesi_two_levels_order": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
FERNHOLLOW PAIN MEDICINE - PROCEDURE NOTE

Patient: Casimir Odunsi-Hallberg     DOB: 08/03/1960     MRN: FPM-2281935
Date of service: 11/17/2026          Physician: Aldous Nakagawa-Reid, MD

Indication: left L4 and L5 radiculopathy - pain across the front of the left shin and over the
top of the foot, weak left ankle dorsiflexion and a reduced left knee jerk; MRI left L4-5
foraminal stenosis and a left L5-S1 foraminal protrusion. Physical therapy 8 weeks,
gabapentin, meloxicam.

Pre-procedure pain: 8/10.

Procedure: Left L4 and left L5 transforaminal epidural steroid injections under fluoroscopic
guidance. Prone, prep, 1% lidocaine to skin. Using oblique views a 22 gauge spinal needle was
placed in the left L4-L5 foramen (left L4 root) and a second in the left L5-S1 foramen
(left L5 root). Omnipaque 240, 1 mL at each level, outlined the left L4 and L5 nerve roots
with medial spread into the epidural space, no vascular uptake on live fluoroscopy. Final
needle positions documented on AP and lateral images, saved. Dexamethasone 5 mg with 1 mL
of 1% lidocaine injected at each level.

Post-procedure pain: 2/10.

Electronically signed by Aldous Nakagawa-Reid, MD 11/17/2026 10:55
""",
            ORDER.format(
                patient="Casimir Odunsi-Hallberg",
                dob="08/03/1960",
                mrn="FPM-2281935",
                procedure="left L4 and L5 TFESI",
                diagnosis="M54.16 lumbar radiculopathy",
                auth="on file, ref 2026-88214",
                physician="Aldous Nakagawa-Reid, MD",
                order_date="10/30/2026",
            ),
        ],
    },
    "d10_56_scan_clean_complete": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 1,
        "angle": 0.6,
        "noise": 0.0015,
        "band": "NOV 02 2026 09:14  FROM: WYNDHAM PAIN GRP  TO: 5550168812  P.01/01",
        "pages": [
            """\
WYNDHAM PAIN GROUP
EPIDURAL INJECTION REPORT

Patient: Ophelia Marangoni-Duke
DOB: 03/27/1967    MRN: WPG-3310284
Date of service: 10/26/2026
Physician: Leopold Achterberg-Sy, MD

Indication: right L5 radiculopathy with pain
down the lateral right leg to the top of the
foot for 10 weeks. MRI: right L4-5 protrusion
on the L5 root. Physical therapy 7 weeks and
meloxicam without benefit.

Pain before the injection: 7/10.

Procedure: L4-L5 interlaminar epidural steroid
injection, right paramedian, under fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy, loss
of resistance to saline. Omnipaque 240, 2 mL:
epidural spread along the right L5 root.
AP and lateral images of the final needle
position were saved. Triamcinolone 40 mg with
2 mL saline injected.

Pain after the injection: 2/10 in recovery.

Electronically signed:
Leopold Achterberg-Sy, MD 10/26/2026
""",
        ],
    },
    "d10_57_scan_fax_cover_complete": {
        "note_pages": [1],
        "kind": "scan",
        "seed": 13,
        "angle": -0.7,
        "noise": 0.0015,
        "band": "OCT 30 2026 15:22  QUILLON SPINE CTR  FAX 5550128820  P.{page}/02",
        "pages": [
            FAX_COVER,
            """\
QUILLON SPINE CENTER
PROCEDURE NOTE

Patient: Severin Okafor-Blackwood
DOB: 11/05/1955    MRN: QSC-7720156
Date of service: 10/19/2026
Physician: Anneliese Nwosu-Garrick, MD

Indication: neurogenic claudication, both
legs ache and weaken after 5 minutes of
walking and ease with sitting. MRI: severe
L3-4 stenosis. PT 10 weeks, acetaminophen.

Pre-procedure pain: 6/10.

Procedure: L3-L4 interlaminar epidural steroid
injection, midline, fluoroscopic guidance.
Prone, prep, 1% lidocaine, 18 gauge Tuohy,
loss of resistance to saline. Isovue-M 200,
3 mL: bilateral epidural spread at L3-4.
AP and lateral images of the final needle
position were saved. Methylprednisolone 80 mg
with 3 mL saline injected.

Post-procedure pain: 2/10 at discharge.

Electronically signed:
Anneliese Nwosu-Garrick, MD 10/19/2026
""",
        ],
    },
    "d10_58_scan_level_smeared": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 10,
        "angle": 0.8,
        "noise": 0.0016,
        "smear": ["Procedure:"],
        "band": "11/12/2026 11:05  ELMSTEAD PAIN ASSOC  (555) 019-4402  PAGE 1 OF 1",
        "pages": [
            """\
ELMSTEAD PAIN ASSOCIATES
PROCEDURE NOTE

Patient: Jerome Castellanos-Ibe
DOB: 07/19/1963    MRN: EPA-5518290
Date of service: 11/09/2026
Physician: Wilhelmina Ofori-Strand, MD

Indication: left S1 radiculopathy, pain down
the back of the left leg to the heel, reduced
ankle reflex. MRI: lumbar disc herniation on
the left S1 root. PT 8 weeks, gabapentin.

Pre-procedure pain: 8/10.

Procedure: L5-S1 interlaminar epidural steroid
injection, left paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline. Omnipaque 240,
2 mL: epidural spread along the left S1 root.
AP and lateral images of the final needle
position were saved. Dexamethasone 10 mg with
2 mL saline injected.

Post-procedure pain: 3/10 at 20 minutes.

Electronically signed:
Wilhelmina Ofori-Strand, MD 11/09/2026
""",
        ],
    },
    "d10_59_scan_pre_score_last_visit": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 12,
        "angle": -0.6,
        "noise": 0.0015,
        "band": "NOV 25 2026 08:41  FROM: PEMBROKE SPINE  TO: 5550174409  P.01/01",
        "pages": [
            """\
PEMBROKE SPINE & PAIN
PROCEDURE NOTE

Patient: Lavinia Oyelowo-Hartmann
DOB: 01/22/1971    MRN: PSP-8830417
Date of service: 11/16/2026
Physician: Casimir Adeyemi-Lund, MD

Indication: left L5 radiculopathy, pain from
the left hip to the top of the foot. At her
clinic visit on 10/28/2026 she rated it 8/10.
MRI: left L4-5 protrusion on the L5 root.
Physical therapy 9 weeks, naproxen.

Procedure: L4-L5 interlaminar epidural steroid
injection, left paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline. Omnipaque 240,
2 mL: epidural spread along the left L5 root.
AP and lateral images of the final needle
position were saved. Triamcinolone 40 mg with
2 mL saline injected.

Post-procedure pain: 2/10 in recovery.

Electronically signed:
Casimir Adeyemi-Lund, MD 11/16/2026
""",
        ],
    },
    "d10_60_scan_transcribed_not_reviewed": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 17,
        "angle": 0.7,
        "noise": 0.0015,
        "band": "12/04/2026 14:30  ASHCOMBE HOSP HIM  5550152207  P. 001",
        "pages": [
            """\
ASHCOMBE HOSPITAL - PAIN CLINIC
PROCEDURE DICTATION

Patient: Florian Mensah-Lindgren
MRN: AH-6620914    DOB: 05/03/1960
Date of procedure: 11/30/2026
Physician: Rosalind Okeke-Thorne, MD

Indication: right L5 radicular pain to the top
of the foot, right L4-5 protrusion on the L5
root. Physical therapy 8 weeks, gabapentin.

Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid
injection, right paramedian, with fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline. Isovue-M 200,
2 mL: epidural spread along the right L5 root.
AP and lateral images of the final needle
position were saved. Dexamethasone 10 mg with
2 mL saline injected.

Post-procedure pain: 2/10.

Transcribed 12/01/2026 by J. Whitlow (MT).
Not yet reviewed by the physician.
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
    pdf.setTitle("dev10 fictional example")
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
        title="dev10 fictional fax scan",
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
