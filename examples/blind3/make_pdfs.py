"""Build the six PDF documents of the blind3 set (all content fictional).

Four PDFs have a text layer (fpdf2). Two are image-only scans (text drawn with
PIL, mild noise and rotation, saved as PDF without a text layer) so OCR is needed.
Some PDFs carry a page that is not the note (fax cover, patient handout, consent,
order form); the gold labels come from the note pages only.

Run:  .venv/bin/python examples/blind3/make_pdfs.py
"""

from __future__ import annotations

import random
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "pdf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

# ---------------------------------------------------------------- page texts

FAX_COVER_55 = """\
IRONWOOD PAIN CLINIC
4410 Juniper Ridge Rd, Suite 200, Flagstaff AZ 86001 (fictional)

FACSIMILE TRANSMITTAL

To:      Claims Documentation Review, Canyon State Health Plan
Fax:     (555) 010-4477
From:    Medical Records, Ironwood Pain Clinic
Date:    01/22/2026
Pages:   2 (including this cover)
Re:      Requested records - procedure note

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain
confidential information intended only for the recipient named above. If you
received this fax in error, call us and destroy all copies.
"""

NOTE_55 = """\
IRONWOOD PAIN CLINIC - PROCEDURE NOTE

Patient: Lindgren-Achebe, Marisela       DOB: 04/16/1970
MRN: IPC-0042217                         Date of service: 01/19/2026
Physician: Desmond Halvorsen-Ruiz, MD

Procedure: Lumbar interlaminar epidural steroid injection, L5-S1,
with fluoroscopic guidance.

Indication: S1 radiculopathy - burning pain from the buttock to the
sole, numbness of the lateral foot, positive SLR at 35 degrees. MRI
12/2025: L5-S1 extrusion compressing the S1 nerve root. Conservative
care: physical therapy for 7 weeks, naproxen and gabapentin, no relief.

Pre-procedure pain (NRS): 8/10

Technique: Prone, chlorhexidine prep, sterile drape, time-out. The
L5-S1 interlaminar space was identified under fluoroscopy; skin
infiltrated with 1% lidocaine. A 20G Tuohy needle was advanced with
loss of resistance to saline at 5 cm. Omnipaque 240, 2 mL, showed
epidural spread with filling of the S1 lateral recess and no vascular
uptake. Final needle position was documented on AP and lateral views
and the images were saved. Injected triamcinolone 80 mg with 2 mL of
preservative-free saline.

Post-procedure pain (NRS): 2/10 at 20 minutes. No complications.

Electronically signed by Desmond Halvorsen-Ruiz, MD 01/19/2026 14:36
"""

NOTE_56 = """\
COTTONWOOD SPINE ASSOCIATES
Procedure Note

Patient: Brightwater, Emmeline      MRN: CSA-71120     DOB: 12/05/1962
Date: 05/04/2026
Physician: Anatole Fitzroy-Nwachukwu, MD

Indication: L5 radiculopathy from an L4-5 disc protrusion contacting the
L5 root; pain to the dorsum of the foot, weak EHL. 8 weeks PT and NSAIDs
failed.
Pre-procedure pain: 7/10 (NRS)

Procedure: L4-L5 interlaminar epidural steroid injection.
Prone, sterile prep and drape. Fluoroscopy was used to identify the
L4-L5 interspace. 1% lidocaine to skin. 20G Tuohy needle advanced with
loss of resistance to saline at 6 cm. Negative aspiration. Injected
dexamethasone 10 mg with 3 mL preservative-free saline.

Post-procedure pain: 3/10 (NRS). No complications.

Electronically signed by Anatole Fitzroy-Nwachukwu, MD 05/04/2026 11:15
"""

HANDOUT_56 = """\
COTTONWOOD SPINE ASSOCIATES
PATIENT EDUCATION: YOUR EPIDURAL STEROID INJECTION

What is it?
An epidural steroid injection puts anti-inflammatory medicine near the
nerves in your lower back to calm leg pain.

How is it done?
- You lie on your stomach. Your doctor uses live X-ray (fluoroscopy) to
  guide the needle.
- A small amount of contrast dye is injected so the doctor can see the
  medicine spread in the epidural space.
- Pictures are taken from the front and the side (AP and lateral views)
  to show the final needle position.
- We will ask you to rate your pain from 0 to 10 before and after.

After the injection
- Rest today. You may return to normal activity tomorrow.
- Call us for fever, severe headache, new weakness or trouble passing urine.

Questions? Call the nurse line at (555) 010-2290.
"""

CONSENT_57 = """\
EVERGREEN INTERVENTIONAL PAIN
INFORMED CONSENT FOR SPINAL INJECTION

Procedure: Lumbar epidural steroid injection

I understand that my doctor will place a needle in my back, usually with
X-ray (fluoroscopy) guidance, and may inject contrast dye, a local
anesthetic and a steroid. Images may be saved in my record. I will be
asked to rate my pain before and after.

Possible risks include bleeding, infection, headache from a spinal fluid
leak, nerve injury, allergic reaction, a temporary rise in blood sugar
and no relief of pain. Other options include medicines, physical therapy,
or surgery.

I have had the chance to ask questions. I agree to the procedure.

Patient signature: ______________________   Date: __________
Witness: ________________________________
"""

NOTE_57_P1 = """\
EVERGREEN INTERVENTIONAL PAIN
PROCEDURE REPORT (page 1 of 2)

Patient: Thorvaldsen, Ambrose
Patient account no.: EIP-A-558120     Date of birth: 07/30/1958
Date of procedure: Oct-08-2026
Proceduralist: Philomena Castellanos-Yeo, MD

Procedure: Lumbar epidural steroid injection, interlaminar, L3-L4,
with fluoroscopic guidance and contrast.

History: 68-year-old man with neurogenic claudication from L3-4 central
and bilateral lateral recess stenosis (MRI 08/2026). Standing and walking
tolerance 5 minutes with bilateral thigh and calf pain, relieved by
sitting. Completed 10 weeks of physical therapy; acetaminophen and
meloxicam; gabapentin stopped for dizziness.

Baseline today before the procedure: pain 7/10 (numeric rating scale);
Oswestry 44%.

Description: After informed consent and time-out, the patient was placed
prone. Sterile prep and drape. The C-arm was positioned and the L3-L4
interlaminar window was identified on an AP view. The skin was infiltrated
with 1% lidocaine. A 20G Tuohy needle was advanced in a paramedian
approach with loss of resistance to saline.
"""

NOTE_57_P2 = """\
EVERGREEN INTERVENTIONAL PAIN - PROCEDURE REPORT (page 2 of 2)
Patient: Thorvaldsen, Ambrose   Acct EIP-A-558120   DOS Oct-08-2026

Description (continued): 2 mL of Omnipaque 180 was injected and showed
epidural contrast spreading cephalad and caudad in the posterior
epidural space, bilaterally, without vascular or intrathecal pattern.
The final needle position was documented with AP and lateral
fluoroscopic images, which were saved to PACS. Triamcinolone 40 mg with
2 mL of 0.25% bupivacaine was injected.

Complications: none.

Post-procedure: pain 2/10 (numeric rating scale) at 20 minutes;
ambulating, neurologically unchanged. Discharged with his daughter.

Plan: continue home exercise; follow up in 4 weeks.

Electronically signed: Philomena Castellanos-Yeo, MD   10/08/2026 13:02
"""

ORDER_58 = """\
SAGEBRUSH FAMILY MEDICINE & PAIN
PROCEDURE ORDER / REFERRAL FORM

Ordering provider: Clementine Arkwright, DO
Order date: 02/11/2026
Patient: Vasquez-Lindholm, Rafael       DOB: 11/23/1979
Order: [X] Trigger point injections   [ ] Epidural steroid injection
       [ ] Facet injection           [ ] Other: ____________
Imaging requested: [ ] Fluoroscopy  [ ] Ultrasound  [X] None
Diagnosis: myofascial pain, lumbar paraspinals
Prior authorization: not required

Ordering provider signature: ____________________
"""

NOTE_58 = """\
SAGEBRUSH FAMILY MEDICINE & PAIN - PROCEDURE NOTE

Patient: Vasquez-Lindholm, Rafael       DOB: 11/23/1979
MRN: SFM-220971                          Date of service: 02/18/2026
Provider: Clementine Arkwright, DO

Procedure: Trigger point injections, bilateral lumbar paraspinal and
right quadratus lumborum (3 muscles).

Indication: myofascial low back pain with palpable taut bands and
twitch responses reproducing his pain. No radicular symptoms. Home
stretching program and cyclobenzaprine for 6 weeks with partial benefit.

Pain before: 6/10

Technique: Trigger points identified by palpation. Skin cleaned with
alcohol. A 25G 1.5-inch needle was inserted into each trigger point
with a local twitch response; after negative aspiration 2 mL of a
mixture of 1% lidocaine and 0.25% bupivacaine was injected at each of
four points. No imaging used.

Pain after: 2/10. No complications. Continue stretching.

Electronically signed by Clementine Arkwright, DO 02/18/2026 16:20
"""

SCAN_59 = """\
BEAVER CREEK PAIN & SPINE, P.C.
PROCEDURE NOTE

Patient: Harkavy, Leopoldine          DOB: 03/09/1966
MRN: BCP-301744                        DOS: 06/11/2026
Physician: Ulysses Mbeki-Lindqvist, MD

PROCEDURE: Interlaminar epidural steroid injection, L4-L5,
under fluoroscopic guidance.

INDICATION: L5 radiculopathy, pain down the lateral leg to the
great toe; MRI L4-5 disc protrusion touching the L5 root.
PT 8 weeks and naproxen without relief.

PAIN BEFORE PROCEDURE: 8/10

TECHNIQUE: Prone, sterile prep and drape. L4-L5 interspace
identified with fluoroscopy. 1% lidocaine to skin. 20G Tuohy
needle, loss of resistance to saline. Omnipaque 240, 2 mL:
epidural spread bilaterally, no vascular uptake. Final needle
position saved on AP and lateral views.
Injected methylprednisolone 80 mg + 2 mL saline.

PAIN AFTER PROCEDURE: 2/10. No complications.

Electronically signed: Ulysses Mbeki-Lindqvist, MD 06/11/2026
"""

SCAN_60 = """\
WILLOWMERE ASC - PAIN PROCEDURE RECORD

Patient: Okafor-Brennan, Tamsin        DOB: 08/21/1973
MRN: WASC-55102                         Date: 09/14/2026
Physician: Gwendolyn Achterberg-Oyo, MD

Procedure: Lumbar interlaminar ESI, L5-S1, fluoroscopy guided.

Indication: S1 radiculopathy with L5-S1 disc extrusion
compressing the S1 root; PT 6 weeks, NSAIDs failed.

Pre-procedure pain: 7/10

L5-S1 space located on AP fluoroscopy. 1% lidocaine.
20G Tuohy, loss of resistance to saline. Isovue-M 200 2 mL:
epidural spread into the S1 lateral recess, no vascular
uptake. A single AP image of the final needle position
was saved. Triamcinolone 80 mg + 2 mL saline injected.

Post-procedure pain: 3/10. No complications.

Electronically signed: Gwendolyn Achterberg-Oyo, MD 09/14/2026
"""

# ---------------------------------------------------------------- writers


def text_pdf(path: Path, pages: list[str], font: str = "Courier", size: float = 9.5) -> None:
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(18, 18, 18)
    for page in pages:
        pdf.add_page()
        pdf.set_font(font, size=size)
        pdf.multi_cell(0, size * 0.52, page)
    pdf.output(str(path))


def scan_pdf(path: Path, text: str, seed: int, angle: float) -> None:
    rng = random.Random(seed)
    width, height = 1700, 2200  # letter at 200 dpi
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(SERIF, 30)
    y = 130
    for line in text.splitlines():
        draw.text((130 + rng.randint(-2, 2), y), line, fill=rng.randint(15, 45), font=font)
        y += 44
    # mild speckle noise, blur and a slight skew, as from an office scanner
    px = img.load()
    for _ in range(9000):
        x, yy = rng.randrange(width), rng.randrange(height)
        px[x, yy] = rng.randint(120, 220)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=245, expand=False)
    img.save(str(path), "PDF", resolution=200.0)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text_pdf(OUT / "b3_55_fax_cover_note.pdf", [FAX_COVER_55, NOTE_55])
    text_pdf(OUT / "b3_56_note_with_handout.pdf", [NOTE_56, HANDOUT_56], font="Helvetica", size=10)
    text_pdf(
        OUT / "b3_57_consent_two_page_note.pdf",
        [CONSENT_57, NOTE_57_P1, NOTE_57_P2],
        font="Times",
        size=11,
    )
    text_pdf(OUT / "b3_58_trigger_point_order.pdf", [ORDER_58, NOTE_58])
    scan_pdf(OUT / "b3_59_scan_ilesi.pdf", SCAN_59, seed=59, angle=0.8)
    scan_pdf(OUT / "b3_60_scan_single_view.pdf", SCAN_60, seed=60, angle=-1.1)
    for p in sorted(OUT.glob("*.pdf")):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
