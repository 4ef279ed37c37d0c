"""Build the PDF documents of the blind4 set (fictional patients only).

Run with: .venv/bin/python examples/blind4/make_pdfs.py

Five PDFs have a text layer (some with an extra page that is not the note:
fax cover, billing face sheet, consent form, patient handout, order form).
Three are image-only scans: the text is drawn with Pillow, given mild noise,
blur and a slight rotation, and only the picture is put in the PDF.
"""

from __future__ import annotations

import random
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
OUT = HERE / "pdf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# ---------------------------------------------------------------- texts

B4_07_FAX = """\
FACSIMILE TRANSMITTAL

TO:      Utilization Review Dept., Cascade Mutual Health Plan
FAX:     (555) 014-2290
FROM:    Tamarack Pain Consultants - Medical Records
PHONE:   (555) 014-7712
DATE:    01/22/2026
PAGES:   2 (including cover)

RE:      Procedure documentation requested for claim review
         Patient: Priscilla Nakamura-Achebe

Comments: Please find the procedure note attached. Call with questions.

CONFIDENTIALITY NOTICE: This facsimile contains protected health
information intended only for the recipient named above. If you received
it in error, notify the sender and destroy all copies.
"""

B4_07_NOTE = """\
TAMARACK PAIN CONSULTANTS
PROCEDURE NOTE

Patient: Priscilla Nakamura-Achebe      DOB: 04/18/1976
MRN: TPC-202611                         Date of service: 01/21/2026
Physician: Emmerich Oyelaran-Voss, MD

Diagnosis: Right L5-S1 disc herniation with right S1 radiculopathy.
History: Right buttock and posterior leg pain to the heel for 12 weeks,
numbness along the lateral foot. Six weeks of physical therapy, a
prednisone taper and ibuprofen have not helped.
Pain score on arrival, before the injection: 7/10 (NRS).

Procedure: Lumbar interlaminar epidural steroid injection at L5-S1 with
fluoroscopic guidance.
After consent and time-out the patient was placed prone. The skin was
prepped and draped. 1% lidocaine was used for skin anesthesia. A 20 gauge
Tuohy needle was advanced in the midline to the L5-S1 interlaminar space
and the epidural space was entered with loss of resistance to saline.
Omnipaque 300, 1 mL, showed epidural spread filling the right S1 lateral
recess with no vascular uptake. Final needle position was confirmed and
saved in AP and contralateral oblique views. Triamcinolone 40 mg with
1 mL of 1% preservative-free lidocaine was injected.

Post-procedure: pain 1/10 at 20 minutes. No complications.

Electronically signed by Emmerich Oyelaran-Voss, MD on 01/21/2026 15:40
"""

B4_15_NOTE = """\
COASTAL PLAINS SURGERY CENTER - PAIN PROCEDURE REPORT

Patient: Horatio Vanterpool-Eze    DOB: 11/30/1954
MRN: CPS-0048811                   Account: 26-0113097
Procedure date: 02/25/2026         Surgeon: Liesel Amankwah-Brooks, MD

Indication: Neurogenic claudication with bilateral L4 radicular pain from
L3-L4 central and lateral recess stenosis (MRI 12/2025). Has done 8 weeks
of physical therapy and takes acetaminophen and meloxicam without benefit.

Pre-procedure pain: 8/10 on the numeric rating scale.

Procedure: L3-L4 interlaminar epidural steroid injection, fluoroscopically
guided, midline approach.
Prone position, sterile preparation. Skin infiltrated with 1% lidocaine.
A 20 gauge Tuohy needle was placed at L3-L4 with loss of resistance to air.
Isovue-M 300, 1.5 mL, produced an epidural pattern with bilateral spread
from L3 to L4 and no intravascular filling. AP and lateral images of the
final needle position were stored. Betamethasone 6 mg with 2 mL
preservative-free saline was injected.

Post-procedure pain: 3/10 at 15 minutes. No complications. Discharged with
daughter.

Electronically signed: Liesel Amankwah-Brooks, MD 02/25/2026 12:18
"""

B4_15_FACE = """\
BILLING FACE SHEET - COASTAL PLAINS SURGERY CENTER

Patient name:   VANTERPOOL-EZE, HORATIO
DOB:            11/30/1954        Sex: M
Account:        26-0113097        MRN: CPS-0048811
Admit/DOS:      02/25/2026        Patient type: Outpatient ASC

Guarantor:      Self
Primary ins.:   Medicare Part B         ID: 1EG4-TE5-MK73 (fictional)
Secondary ins.: Heartland Supplemental  ID: HS-88120-04

Attending:      Liesel Amankwah-Brooks, MD   NPI: 0000000000 (test)

Charge lines:
  CPT 62323   units 1   ICD-10: M48.062, M54.16
Place of service: 24

Prepared by: billing office, batch 0226-14
"""

B4_30_NOTE = """\
PRAIRIE HOLLOW PAIN CENTER
PROCEDURE NOTE - LUMBAR INTERLAMINAR EPIDURAL STEROID INJECTION

Patient: Genoveva Strand-Okafor     DOB: 05/02/1973     MRN: PHP-339104
Date of service: 03/12/2026         Physician: Quentin Abarca-Mills, MD

Indication: left L5 radicular pain for 4 months, MRI left L4-L5
subarticular protrusion compressing the L5 root. Physical therapy for
6 weeks and naproxen failed.
Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid injection under
fluoroscopic guidance. Consent form signed (attached). Prone, sterile
prep. 1% lidocaine skin. 20 gauge Tuohy in the midline to the L4-L5
interlaminar space, loss of resistance to saline, aspiration negative.
Final needle position documented with AP and lateral fluoroscopic images,
saved. Methylprednisolone 80 mg with 2 mL preservative-free saline
injected.

Post-procedure pain: 2/10. No complications. Discharged home.

Electronically signed by Quentin Abarca-Mills, MD 03/12/2026 11:05
"""

B4_30_CONSENT = """\
PRAIRIE HOLLOW PAIN CENTER
INFORMED CONSENT FOR EPIDURAL STEROID INJECTION

Patient: Genoveva Strand-Okafor          DOB: 05/02/1973

I agree to have an epidural steroid injection. My doctor has explained:

- A thin needle is placed in the epidural space of the spine.
- Fluoroscopy (live X-ray) is used to guide the needle.
- X-ray dye (contrast) will be injected to confirm that the medicine
  spreads in the epidural space before the steroid is given.
- Risks include infection, bleeding, headache, nerve injury, allergic
  reaction, temporary numbness or weakness, and raised blood sugar.
- The injection may not relieve my pain.

I have had the chance to ask questions and they were answered.

Patient signature: Genoveva Strand-Okafor      Date: 03/12/2026
Witness: R. Takahashi, RN
"""

B4_38_NOTE = """\
LAUREL BEND SPINE CARE - PROCEDURE RECORD

Name: Leander Obi-Castellano     DOB: 09/19/1981     MRN: LBS-5520734
DOS: 04/29/2026                  Physician: Henrietta Adomako-Lind, MD

Indication: right S1 radiculopathy, posterior thigh and calf pain with
positive straight leg raise; MRI L5-S1 right paracentral extrusion
touching the S1 root. Failed 7 weeks of physical therapy and NSAIDs.

Pre-procedure pain: 6/10 (NRS).

Procedure: L5-S1 interlaminar epidural steroid injection with fluoroscopic
guidance. Prone, sterile prep, 1% lidocaine skin. 20 gauge Tuohy advanced
midline, loss of resistance to saline. Omnipaque 240, 1.5 mL: epidural
spread outlining the right S1 root sleeve, no vascular uptake. Final
needle position confirmed in AP and lateral views, images saved.
Dexamethasone 10 mg with 2 mL normal saline injected.

Recovery: tolerated well, vitals stable, ambulating. Discharged in stable
condition with written instructions (attached).

Electronically signed by Henrietta Adomako-Lind, MD 04/29/2026 10:30
"""

B4_38_HANDOUT = """\
AFTER YOUR EPIDURAL STEROID INJECTION - PATIENT INSTRUCTIONS

- You may feel numb or heavy in your legs for a few hours. Do not drive
  today.
- Keep a pain diary. Rate your pain on a 0 to 10 scale each morning and
  evening for two weeks.
  Example: if your pain was 8/10 before the injection and 4/10 after,
  you had about 50% relief.
- The steroid can take 3 to 7 days to work.
- Call us for fever over 100.4 F, severe headache when upright, new
  weakness, or loss of bladder or bowel control.
- Remove the bandage tomorrow. You may shower.

Laurel Bend Spine Care  (555) 013-4400
"""

B4_50_ORDER = """\
REQUISITION / PROCEDURE ORDER

Ordering provider: Wendeline Osei-Hartmann, MD (Spine Surgery)
Patient: Cordelia Mwangi-Petersen       DOB: 07/27/1969
Order date: 06/09/2026

Procedure requested:
  [ ] Lumbar interlaminar ESI     [ ] Transforaminal ESI
  [ ] Facet / medial branch block [X] Provocative lumbar discography
Levels: L3-L4, L4-L5, L5-S1 (L3-L4 as control)
Post-discogram CT: [X] Yes
Guidance: fluoroscopy per performing physician
Diagnosis: discogenic low back pain, pre-fusion planning (M51.36x)
Priority: routine
"""

B4_50_NOTE = """\
NORTHERN LIGHTS INTERVENTIONAL SPINE
PROCEDURE NOTE - PROVOCATIVE LUMBAR DISCOGRAPHY

Patient: Cordelia Mwangi-Petersen    DOB: 07/27/1969    MRN: NLS-4419026
Date of service: 06/30/2026          Physician: Bartholomew Achebe-Ruiz, MD

Indication: chronic axial low back pain for 2 years without radiation,
worse with sitting; being evaluated for fusion. MRI: L4-L5 and L5-S1 disc
desiccation with high-intensity zone at L4-L5. Failed 12 weeks of physical
therapy and NSAIDs.
Baseline pain before the procedure: 5/10.

Procedure: Lumbar discography at L3-L4, L4-L5 and L5-S1 under fluoroscopic
guidance. Prone, sterile prep, cefazolin 1 g IV before the procedure.
1% lidocaine to skin. Using a left posterolateral extrapedicular approach
and a two-needle technique, 22 gauge needles were placed into the center
of each disc. Omnipaque 240 was injected into each disc with manometry:
  L3-L4: 3.0 mL, opening 12 psi, normal nucleogram, no pain (control).
  L4-L5: 1.5 mL at 38 psi, posterior annular fissure with contrast
         leaking into the epidural space, concordant pain 8/10.
  L5-S1: 2.0 mL at 45 psi, mild degeneration, discordant pressure 2/10.
Final needle positions in all three discs saved on AP and lateral images.
No steroid or anesthetic was injected into the discs.

Pain after the procedure: 6/10 in recovery. Post-discogram CT ordered.
No complications.

Electronically signed by Bartholomew Achebe-Ruiz, MD 06/30/2026 15:15
"""

B4_12_SCAN = """\
GLENHAVEN SURGERY CENTER - INTERVENTIONAL PAIN

PATIENT: Octavius Lindqvist-Amadi
DOB: 02/06/1963           MRN: GSC-2217460
DATE OF SERVICE: 01/08/2026
PHYSICIAN: Evangeline Mbatha-Crowe, MD

PROCEDURE: Lumbar interlaminar epidural steroid
injection, L4-L5, with fluoroscopic guidance.

INDICATION: Left L5 radiculopathy, L4-L5 disc
protrusion on MRI. Failed 6 weeks of physical
therapy and NSAIDs.

PRE-PROCEDURE PAIN: 7/10

DESCRIPTION: Prone. Sterile prep and drape.
1% lidocaine skin. 20 gauge Tuohy needle midline
to the L4-L5 interlaminar space, loss of
resistance to saline. Omnipaque 240, 2 mL,
showed epidural spread with no vascular uptake.
Final needle position saved in AP and lateral
views. Triamcinolone 80 mg with 2 mL normal
saline injected.

POST-PROCEDURE PAIN: 2/10
COMPLICATIONS: None

Electronically signed by
Evangeline Mbatha-Crowe, MD 01/08/2026 11:20
"""

B4_33_SCAN = """\
OUTPATIENT PROCEDURE NOTE

Patient: Ottilie Brannigan-Eze
Date: 05/14/2026
Physician: Cornelius Oyelaran-Bright, MD

Procedure: L5-S1 interlaminar epidural
steroid injection, fluoroscopic guidance.

Indication: right S1 radicular pain, L5-S1
disc herniation. Failed 8 weeks of PT.

Pain before procedure: 8/10

Technique: Prone, sterile prep, 1% lidocaine
skin. 20 gauge Tuohy midline, loss of
resistance to saline. Omnipaque 240, 1.5 mL:
epidural spread to the right S1 recess.
Final needle position saved in AP and
lateral views. Dexamethasone 10 mg with
2 mL saline injected.

Pain after procedure: 3/10
No complications.

Electronically signed by
Cornelius Oyelaran-Bright, MD 05/14/2026
"""

B4_57_SCAN = """\
PROCEDURE NOTE - CERVICAL EPIDURAL

Patient: Magnus Oyelowo-Haddad
DOB: 10/05/1965       MRN: SRH-6611023
Date of service: 07/23/2026
Physician: Adaeze Lindholm-Varga, MD

Procedure: Cervical interlaminar epidural
steroid injection (CESI), C7-T1, with
fluoroscopic guidance.

Indication: left C7 radiculopathy, C6-C7
disc herniation on MRI. Failed 6 weeks of
physical therapy and NSAIDs.

Pain before the procedure: 6/10

Technique: Prone, sterile prep, 1% lidocaine
skin. 20 gauge Tuohy at C7-T1 midline, loss of
resistance to saline. Omnipaque 240, 1 mL:
epidural spread from C7 to C5. Final needle
position saved in AP and contralateral
oblique views. Dexamethasone 10 mg with 1 mL
saline injected.

Pain after the procedure: 2/10
No complications.

Electronically signed by
Adaeze Lindholm-Varga, MD 07/23/2026
"""

# ---------------------------------------------------------------- builders


def text_pdf(path: Path, pages: list[tuple[str, str]]) -> None:
    """pages: (font family, text) per page."""
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(20, 18, 20)
    for family, text in pages:
        pdf.add_page()
        pdf.set_font(family, size=10)
        for line in text.splitlines():
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def scan_image(text: str, seed: int, angle: float) -> Image.Image:
    dpi = 250
    width, height = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(MONO, 40)
    y = 180
    for line in text.splitlines():
        draw.text((200, y), line, fill=20, font=font)
        y += 62
    rng = random.Random(seed)
    px = img.load()
    for _ in range(width * height // 90):
        x, yy = rng.randrange(width), rng.randrange(height)
        px[x, yy] = rng.choice((150, 190, 215))
    img = img.filter(ImageFilter.GaussianBlur(radius=0.8))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    return img


def scan_pdf(path: Path, text: str, seed: int, angle: float) -> None:
    img = scan_image(text, seed, angle)
    png = path.with_suffix(".png")
    img.save(png)
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.output(str(path))
    png.unlink()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    text_pdf(OUT / "b4_07_fax_cover_note.pdf", [("Courier", B4_07_FAX), ("Helvetica", B4_07_NOTE)])
    text_pdf(
        OUT / "b4_15_note_billing_face_sheet.pdf",
        [("Helvetica", B4_15_NOTE), ("Courier", B4_15_FACE)],
    )
    text_pdf(
        OUT / "b4_30_note_consent_form.pdf", [("Helvetica", B4_30_NOTE), ("Times", B4_30_CONSENT)]
    )
    text_pdf(
        OUT / "b4_38_note_patient_handout.pdf",
        [("Courier", B4_38_NOTE), ("Helvetica", B4_38_HANDOUT)],
    )
    text_pdf(
        OUT / "b4_50_order_form_discogram.pdf",
        [("Courier", B4_50_ORDER), ("Helvetica", B4_50_NOTE)],
    )
    scan_pdf(OUT / "b4_12_scan_asc_note.pdf", B4_12_SCAN, seed=12, angle=0.7)
    scan_pdf(OUT / "b4_33_scan_name_only.pdf", B4_33_SCAN, seed=33, angle=-0.5)
    scan_pdf(OUT / "b4_57_scan_cervical.pdf", B4_57_SCAN, seed=57, angle=0.4)


if __name__ == "__main__":
    main()
