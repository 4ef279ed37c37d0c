#!/usr/bin/env python3
"""Build the twelve dev11 PDFs: seven with a text layer and five image-only fax scans.

Usage:  python examples/dev11/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are consent forms, discharge instructions, a patient handout, a scheduling
order, an order for the next injection, a page misfiled from another patient's chart and fax
covers). ``check_gold.py`` reads ``DOCS`` to find labelled values, since the scans have no text
layer. Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans (``scans/``) are drawn in
Helvetica with a fax header band across the top of every page (a transmission date that is not
the date of service), rendered with pypdfium2 at 200 dpi, turned by a small angle, sprinkled
with salt-and-pepper noise from a fixed seed, thresholded to black and white and saved by Pillow
as image-only PDFs. One scan (d11_60) gets a fixed "toner smear" over the line holding the
post-procedure score, so that OCR reads that line at low confidence. The drawing, scan and
smear functions are the dev10 set's; the page texts are new. All people, clinics, numbers and
dates are fictional. The output is deterministic for a given reportlab / pypdfium2 / Pillow
version.
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
{clinic} - CONSENT FOR EPIDURAL INJECTION

Your doctor has suggested an injection of anti-inflammatory medicine near the nerves of
your lower back. Please read this page and ask questions before you sign.

What happens: you lie face down. The skin is numbed. A thin needle is guided into the
epidural space with the help of an X-ray camera (fluoroscopy), and pictures may be kept
from more than one angle. A small amount of X-ray dye (contrast) is usually given first
to show where the medicine goes. Let us know if you have ever reacted to X-ray dye or
could be pregnant.

Before and after the injection a nurse will ask you to score your pain from 0 to 10.

Risks include soreness, bleeding, infection, a spinal headache, a short rise in blood
sugar, facial flushing, temporary leg numbness or weakness and, rarely, nerve injury.
The injection may not relieve your pain.

I agree to the procedure described above.

Patient signature: ______________________   Date: ____________
Witness: ________________________________   Date: ____________
"""

DISCHARGE = """\
GOING HOME AFTER YOUR SPINE INJECTION

- Do not drive today. An adult should take you home.
- Your leg may feel numb or heavy for a few hours from the numbing medicine. Walk with
  help until it wears off.
- The steroid usually starts to work in 3 to 7 days. Some people have a day or two of
  soreness where the needle went in; ice for 15 minutes at a time can help.
- If you have diabetes, check your sugar twice a day for 3 days.
- Call the clinic at (555) 014-2280 for fever over 100.4 F, redness at the needle site,
  a headache that is worse when you sit up, or new weakness, numbness in the groin, or
  trouble controlling your bladder or bowels.
- Keep your follow-up appointment in 2 to 3 weeks.
"""

HANDOUT = """\
PATIENT INFORMATION: EPIDURAL STEROID INJECTIONS

Why have an epidural injection? A swollen disc or narrowed canal can irritate a spinal
nerve and cause pain that travels down the leg. Steroid placed next to the nerve calms
the inflammation.

How is it done? Live X-ray (fluoroscopy) is used to steer the needle. When the needle is
in the right spot, pictures are usually saved from the front and from the side. A few
drops of dye show that the medicine spreads around the nerve.

How will I know if it worked? We will ask you to score your pain from 0 to 10 before
and after the injection, and again at your follow-up visit.
"""

DOCS: dict[str, dict] = {
    "d11_49_pdf_consent_first_complete": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            CONSENT.format(clinic="SILVERBIRCH SPINE CARE"),
            """\
SILVERBIRCH SPINE CARE
LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION - PROCEDURE NOTE

Patient: Evangelos Nakamura-Pryce     DOB: 03/21/1971     MRN: SSC-4028816
Date of service: 09/16/2026           Physician: Winifred Oyelaran-Stokes, MD

Indication: left L5 radiculopathy. Pain travels from the left buttock along the outer
leg to the top of the foot, with weak left great-toe extension. MRI 08/2026 shows a left
L4-5 protrusion compressing the traversing L5 root. 10 weeks of physical therapy and
naproxen have not helped.

Pain before the injection: 7/10 on the numeric scale, left leg.

Procedure: L4-L5 interlaminar epidural steroid injection via a left paramedian approach
with fluoroscopic guidance. Prone, chlorhexidine prep, drape, 1% lidocaine to the skin.
A 20 gauge Tuohy needle reached the epidural space by loss of resistance to saline at
5.5 cm. Omnipaque 240, 2 mL, spread in the left epidural space and along the L5 root.
The final needle position was documented on saved AP and lateral images.
Triamcinolone 40 mg with 2 mL preservative-free saline was injected.

Pain after the injection: 2/10 at 20 minutes.

Electronically signed by Winifred Oyelaran-Stokes, MD 09/16/2026 12:44
""",
        ],
    },
    "d11_50_pdf_table_scores_discharge_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
BLACKTHORN PAIN ASSOCIATES - PROCEDURE DOCUMENTATION
Patient: Rosamund Eriksen-Achebe   DOB: 06/06/1960   MRN: BPA-7719024   Acct: 55120984
Date of service: 09/23/2026        Physician: Casimir Oduya-Whitcombe, MD

Indication: neurogenic claudication; severe L4-L5 central stenosis on MRI with both legs
going numb and heavy after 5 minutes of standing, relieved by sitting. 12 weeks of PT,
gabapentin and celecoxib without benefit.

Vital signs and pain
| Time  | Phase           | BP      | HR | Pain (NRS 0-10) |
| 08:10 | Pre-procedure   | 142/86  | 78 | 8               |
| 09:05 | Recovery 20 min | 136/80  | 72 | 3               |

Procedure: L4-L5 interlaminar epidural steroid injection, midline, fluoroscopic
guidance. Prone, prep, drape, 1% lidocaine skin. 18 gauge Tuohy, loss of resistance to
saline at 7 cm. Isovue-M 300, 3 mL: bilateral dorsal epidural spread from L4 up to L3.
AP and lateral images of the final needle position stored in PACS. Methylprednisolone
80 mg with 2 mL preservative-free saline injected. No complications.

Electronically signed by Casimir Oduya-Whitcombe, MD 09/23/2026 09:40
""",
            DISCHARGE,
            HANDOUT,
        ],
    },
    "d11_51_pdf_level_only_on_order": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
SCHEDULING ORDER - INTERVENTIONAL SPINE
Ordering clinic: Foxglove Spine Medicine          Fax: (555) 017-3304

Patient: Jerome Adeyemi-Strand      DOB: 02/09/1967      MRN: FSM-5510273
Requested: L5-S1 interlaminar epidural steroid injection, fluoroscopy
Diagnosis: right S1 radiculopathy (M54.17)
Authorization: not required (Medicare)
Ordering physician: Ottilie Varga-Nwosu, MD          Order date: 09/02/2026
""",
            """\
FOXGLOVE SPINE MEDICINE - PROCEDURE NOTE
Patient: Jerome Adeyemi-Strand      DOB: 02/09/1967      MRN: FSM-5510273
Date of service: 09/30/2026         Physician: Ottilie Varga-Nwosu, MD

Indication: right S1 radiculopathy. Pain down the back of the right thigh and calf into
the heel, reduced right ankle reflex, positive right straight-leg raise. MRI shows a
right-sided disc protrusion compressing the S1 root. 8 weeks of PT and gabapentin failed.

Pre-procedure pain: 7/10 (numeric), right leg.

Procedure: interlaminar epidural steroid injection at the ordered interspace, right
paramedian, under fluoroscopic guidance. Prone, prep, 1% lidocaine, 20 gauge Tuohy needle,
loss of resistance to saline at 5 cm. Omnipaque 240, 2 mL: epidural spread along the
right S1 root. AP and lateral images of the final needle position saved. Dexamethasone
10 mg with 2 mL preservative-free saline injected.

Post-procedure pain: 2/10 (numeric), right leg.

Electronically signed by Ottilie Varga-Nwosu, MD 09/30/2026 11:12
""",
        ],
    },
    "d11_52_pdf_recovery_page_other_patient": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
WILLOWMEAD SURGERY CENTER - PAIN PROCEDURE NOTE             page 1 of 2
Patient: Tabitha Okonkwo-Reinholt   DOB: 07/25/1975   MRN: WSC-6630117
Date of service: 10/07/2026         Physician: Lazarus Fenwick-Adu, MD

Indication: left L5 radiculopathy: pain to the top of the left foot with numbness of the
first web space; MRI left L4-5 protrusion on the L5 root. Failed 9 weeks of PT and
meloxicam.

Pre-procedure pain: 8/10 (numeric), left leg.

Procedure: L4-L5 interlaminar epidural steroid injection, left paramedian, fluoroscopic
guidance. Prone, prep, 1% lidocaine, 20 gauge Tuohy needle, loss of resistance to saline
at 6 cm. Omnipaque 180, 2 mL: epidural spread in the left lateral epidural space along the
L5 root. AP and lateral images of the final needle position saved. Triamcinolone 40 mg
with 2 mL preservative-free saline injected. No complications.

Recovery: see page 2.

Electronically signed by Lazarus Fenwick-Adu, MD 10/07/2026 10:30
""",
            """\
WILLOWMEAD SURGERY CENTER - RECOVERY RECORD                 page 2 of 2
Patient: Okoro-Reinholdt, Talia     DOB: 01/04/1982   MRN: WSC-6630191
Date: 10/07/2026

10:20  Arrived in recovery, alert.
10:35  Pain 2/10 (numeric), right leg. Ambulating.
10:50  Discharged with partner; instructions reviewed.
Recorded by G. Mahlangu-Ives, RN
""",
        ],
    },
    "d11_53_pdf_identifiers_on_fax_cover": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FAX COVER SHEET

To: Utilization Review, Coastline Health Plan        Fax: (555) 019-6620
From: Medical Records, Tidewater Spine Clinic        Fax: (555) 019-4410
Date sent: 10/20/2026       Pages: 2 including cover

Re: Lucian Halvorsen-Mbeki     DOB: 11/17/1958     MRN: TSC-2290384
Enclosed: procedure note for the date of service 10/14/2026, as requested.

CONFIDENTIAL: for the addressee only. If received in error, call (555) 019-4400.
""",
            """\
TIDEWATER SPINE CLINIC - PROCEDURE NOTE
Patient: Lucian Halvorsen-Mbeki
Date of service: 10/14/2026         Physician: Arabella Nwachukwu-Finch, MD

Indication: neurogenic claudication from L3-L4 central stenosis; heavy aching thighs and
calves after 2 blocks of walking, relieved by sitting. 3 months of PT and NSAIDs failed.

Pre-procedure pain: 7/10 (numeric).

Procedure: L3-L4 interlaminar epidural steroid injection, midline, under fluoroscopic
guidance. Prone, prep, 1% lidocaine, 18 gauge Tuohy needle, loss of resistance at 7 cm.
Isovue-M 300, 2 mL: bilateral epidural spread from L3 to L4. AP and lateral images of the
final needle position saved. Dexamethasone 10 mg with 3 mL preservative-free saline.

Post-procedure pain: 2/10 (numeric).

Electronically signed by Arabella Nwachukwu-Finch, MD 10/14/2026 15:02
""",
        ],
    },
    "d11_54_pdf_signature_only_on_next_order": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
MAPLECROFT PAIN & SPINE - PROCEDURE NOTE
Patient: Ingrid Oyelowo-Castell     DOB: 04/02/1969     MRN: MPS-8841276
Date of service: 10/21/2026         Physician: Thelonius Achebe-Marlow, MD

Indication: right L5 radiculopathy; pain from the right buttock to the dorsum of the foot,
positive straight-leg raise, MRI right L4-5 protrusion abutting the L5 root. 8 weeks of PT
and duloxetine failed.

Pre-procedure NRS: 6/10 right leg.

Procedure: L4-L5 interlaminar epidural steroid injection, right paramedian, fluoroscopic
guidance. Prone, prep, 1% lidocaine, 20 gauge Tuohy needle, loss of resistance to saline at
5.5 cm. Omnipaque 240, 2 mL: epidural spread along the right L5 root. AP and lateral images
of the final needle position saved. Triamcinolone 40 mg with 2 mL preservative-free saline.

Post-procedure NRS: 1/10 right leg.

Physician signature: ______________________    Date/time: ______________
""",
            """\
ORDER - FOLLOW-UP PROCEDURE
Patient: Ingrid Oyelowo-Castell     MRN: MPS-8841276
Order: repeat L4-L5 interlaminar epidural steroid injection in 8-12 weeks if relief is
50% or more and then wears off. Diagnosis: right L5 radiculopathy.
Electronically signed by Thelonius Achebe-Marlow, MD 10/21/2026 16:05
""",
        ],
    },
    "d11_55_pdf_bilateral_l5_tfesi": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
ROWANSTEAD SPINE - TRANSFORAMINAL EPIDURAL STEROID INJECTION
Patient: Matthias Okereke-Lund      DOB: 09/14/1956     MRN: RSS-3302719
Date of service: 10/28/2026         Physician: Guinevere Abara-Holst, MD

Indication: bilateral L5 radiculopathy; pain from both buttocks down the outer legs to the
tops of the feet, worse on standing; MRI bilateral L5-S1 foraminal stenosis from a broad
disc-osteophyte complex compressing both exiting L5 roots. 10 weeks of PT and gabapentin
without benefit.

Pre-procedure NRS: 8/10, both legs.

Procedure: bilateral L5 transforaminal epidural steroid injections (right and left L5-S1
foramina) under fluoroscopy. Prone, prep, 1% lidocaine. On each side a 22 gauge spinal
needle was placed in the oblique view to the subpedicular (safe triangle) position of the
L5-S1 foramen. Omnipaque 240, 1 mL each side, outlined the L5 root and spread medially
into the epidural space, no vascular pattern. Final needle positions saved in AP and
lateral views on each side. Dexamethasone 5 mg with 1 mL 1% lidocaine on each side.

Post-procedure NRS: 2/10, both legs.

Electronically signed by Guinevere Abara-Holst, MD 10/28/2026 14:25
""",
            CONSENT.format(clinic="ROWANSTEAD SPINE"),
        ],
    },
    "d11_56_scan_paper_form_complete": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 1,
        "angle": 0.6,
        "noise": 0.0015,
        "band": "NOV 03 2026 09:12  FROM: ELDERWICK PAIN  TO: 5550186620  P.01/01",
        "pages": [
            """\
ELDERWICK PAIN CLINIC - PROCEDURE FORM

Patient: Bertrand Okafor-Linnell
DOB: 05/30/1964    MRN: EPC-7720419
Date of service: 10/29/2026
Physician: Marisol Achterberg-Oyo, MD

Indication: left S1 radiculopathy, pain down
the back of the left leg to the heel. MRI:
left L5-S1 protrusion on the S1 root.
Physical therapy 8 weeks and naproxen failed.

Pain before injection (0-10): 7

Procedure: L5-S1 interlaminar epidural steroid
injection, left paramedian, fluoroscopic
guidance. Prone, prep, 1% lidocaine, 20 gauge
Tuohy, loss of resistance to saline at 5 cm.
Omnipaque 240, 2 mL: epidural spread along
the left S1 root. Final needle position saved
in AP and lateral views. Triamcinolone 40 mg
with 2 mL preservative-free saline injected.

Pain after injection (0-10): 2

Electronically signed by
Marisol Achterberg-Oyo, MD 10/29/2026
""",
        ],
    },
    "d11_57_scan_fax_cover_complete": {
        "note_pages": [1],
        "kind": "scan",
        "seed": 7,
        "angle": -0.7,
        "noise": 0.0015,
        "band": "11/09/2026 15:40  HARGRAVE SPINE HIM  5550173390  PAGE {page}",
        "pages": [
            """\
FAX TRANSMISSION

To: Records Review, Larchmont Health Plan
Fax: (555) 017-9902
From: Health Information, Hargrave Spine
Date sent: 11/09/2026
Pages: 2 including this cover

Confidential patient information. If you
received this in error, call (555) 017-3300.
""",
            """\
HARGRAVE SPINE - PROCEDURE NOTE

Patient: Wendeline Osei-Brightwater
DOB: 12/08/1972    MRN: HGS-5510398
Date of service: 11/04/2026
Physician: Fitzroy Nakagawa-Ede, MD

Indication: right L5 radiculopathy, pain to
the top of the right foot, weak great-toe
extension, right L4-5 protrusion on the L5
root. Physical therapy 9 weeks, gabapentin.

Pre-procedure pain: 8/10 right leg.

Procedure: L4-L5 interlaminar epidural steroid
injection, right paramedian, under fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline at 6 cm.
Omnipaque 240, 2 mL: epidural spread along
the right L5 root. AP and lateral images of
the final needle position were saved.
Dexamethasone 10 mg with 2 mL saline injected.

Post-procedure pain: 2/10 right leg.

Electronically signed by
Fitzroy Nakagawa-Ede, MD 11/04/2026
""",
        ],
    },
    "d11_58_scan_authentication_blank": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 2,
        "angle": 0.7,
        "noise": 0.0015,
        "band": "NOV 18 2026 11:05  FROM: QUENTIN PAIN  TO: 5550154471  P.01/01",
        "pages": [
            """\
QUENTIN VALLEY PAIN CENTER
PROCEDURE NOTE

Patient: Anneliese Mbatha-Rowntree
DOB: 08/19/1968    MRN: QVP-3301874
Date of service: 11/12/2026
Physician: Barnaby Oyinlola-Ferris, MD

Indication: left L5 radicular pain from the
hip to the top of the foot, left L4-5
protrusion on the L5 root. Physical therapy
10 weeks and meloxicam without relief.

Pre-procedure pain: 7/10 left leg.

Procedure: L4-L5 interlaminar epidural steroid
injection, left paramedian, fluoroscopy.
Prone, prep, 1% lidocaine, 20 gauge Tuohy,
loss of resistance to saline at 5.5 cm.
Omnipaque 180, 2 mL: epidural spread along
the left L5 root. AP and lateral images of
the final needle position were saved.
Triamcinolone 40 mg with 2 mL saline injected.

Post-procedure pain: 2/10 left leg.

Authenticated by: ______________________
Date/time: ______________
""",
        ],
    },
    "d11_59_scan_level_only_copied_block": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 17,
        "angle": -0.6,
        "noise": 0.0015,
        "band": "11/30/2026 08:22  ASHDOWN SPINE  5550160038  P. 001",
        "pages": [
            """\
ASHDOWN SPINE ASSOCIATES - PROCEDURE NOTE

Patient: Cornelius Fairbanks-Okoye
DOB: 03/03/1961    MRN: ASA-6628103
Date of service: 11/23/2026
Physician: Henrietta Lindqvist-Abe, MD

[Copied forward from the 08/10/2026 note]
Procedure: L5-S1 interlaminar epidural
steroid injection, right paramedian.
[End of copied text]

Indication: right S1 radiculopathy, pain
to the heel and sole, right L5-S1 disc
protrusion on the S1 root. Physical
therapy 8 weeks, gabapentin. The 08/10
injection gave 70% relief for 3 months.

Pre-procedure pain: 7/10 right leg.

Today: repeat interlaminar epidural steroid
injection at the same interspace as before,
right paramedian, under fluoroscopy. Prone,
prep, 1% lidocaine, 20 gauge Tuohy, loss of
resistance to saline at 5 cm. Omnipaque 240,
2 mL: epidural spread along the right S1
root. Final needle position saved in AP
and lateral views. Dexamethasone 10 mg
with 2 mL saline injected.

Post-procedure pain: 2/10 right leg.

Electronically signed by
Henrietta Lindqvist-Abe, MD 11/23/2026
""",
        ],
    },
    "d11_60_scan_post_score_smeared": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 3,
        "angle": 0.6,
        "noise": 0.0015,
        "band": "DEC 08 2026 13:47  FROM: BELLHAVEN PAIN  TO: 5550191125  P.01/01",
        "smear": ["Post-procedure pain"],
        "pages": [
            """\
BELLHAVEN PAIN MEDICINE - PROCEDURE NOTE

Patient: Theodric Amankwah-Solberg
DOB: 10/27/1959    MRN: BPM-4417702
Date of service: 12/01/2026
Physician: Ottavia Reyes-Mwangi, MD

Indication: neurogenic claudication, severe
L4-L5 central stenosis; legs heavy after
5 minutes of standing, eased by sitting.
Physical therapy 12 weeks and gabapentin.

Pre-procedure pain: 8/10 both legs.

Procedure: L4-L5 interlaminar epidural steroid
injection, midline, under fluoroscopy. Prone,
prep, 1% lidocaine, 18 gauge Tuohy, loss of
resistance to saline at 7 cm. Omnipaque 300,
3 mL: bilateral epidural spread up to L3.
AP and lateral images of the final needle
position were saved. Methylprednisolone 80 mg
with 2 mL saline injected.

Post-procedure pain: 3/10 both legs.

Electronically signed by
Ottavia Reyes-Mwangi, MD 12/01/2026
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
    pdf.setTitle("dev11 fictional example")
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
        title="dev11 fictional fax scan",
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
