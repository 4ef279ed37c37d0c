#!/usr/bin/env python3
"""Build the ten PDFs of the blind7 set (fictional notes; deterministic output).

Usage:  python examples/blind7/make_pdfs.py

Six PDFs have a text layer (fpdf2); some run to several pages and some carry a page that is not
the note (a consent form, an after-visit summary, a fax cover, a patient handout). Four are
image-only scans: the text is drawn with Pillow on a 200 dpi page, turned a little, dimmed and
speckled as a fax would deliver it, and saved as a PDF with no text layer. Seeds, dates and
angles are fixed, so every run gives the same files. All people, clinics and numbers are made up.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import random

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "pdf"
FIXED = dt.datetime(2026, 3, 31, 12, 0, 0, tzinfo=dt.UTC)
FONT_DIR = pathlib.Path("/usr/share/fonts/truetype")
SCAN_FONT = FONT_DIR / "liberation" / "LiberationMono-Regular.ttf"
SCAN_BOLD = FONT_DIR / "liberation" / "LiberationMono-Bold.ttf"

# ---------------------------------------------------------------------------------------------
# Text-layer PDFs: name -> list of pages; each page is (running header, body text).
# ---------------------------------------------------------------------------------------------

P51_OP_1 = """HARROWGATE SURGERY CENTER
2210 Millrace Parkway, Suite 400

OPERATIVE REPORT

PATIENT NAME:       Leopoldine Marsh-Adeyinka
ACCOUNT NUMBER:     HSC-0093310
DATE OF BIRTH:      10/21/1967
DATE OF SURGERY:    03/24/2026
SURGEON:            Annika Solvang-Reyes, MD
ANESTHESIA:         Local. No sedation.

PREOPERATIVE DIAGNOSIS: Left L5 radiculopathy. L4-L5 left paracentral disc protrusion
contacting the traversing left L5 nerve root (MRI 02/2026).
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: L4-L5 interlaminar epidural steroid injection with fluoroscopic guidance.

INDICATIONS: 58-year-old bookkeeper with 12 weeks of left buttock and lateral leg pain to the
great toe, tingling on the top of the foot, worse sitting. She completed 6 weeks of physical
therapy, a course of meloxicam and a methylprednisolone taper without lasting benefit.

PRE-PROCEDURE PAIN: NRS 7/10 in pre-op holding.

DESCRIPTION OF PROCEDURE: Consent was reviewed (signed form attached). The patient was placed
prone and a time-out was held. The back was prepped with chlorhexidine and draped. The L4-L5
interlaminar space was identified with AP fluoroscopy and the skin was anesthetized with 2 mL of
1% lidocaine. A 20-gauge 3.5-inch Tuohy needle was advanced through a midline entry with
lateral fluoroscopic checks. Loss of resistance to saline was felt at 6 cm; aspiration was
negative for blood and CSF.
"""

P51_OP_2 = """Isovue-M 200, 2 mL, outlined the dorsal epidural space at L4-L5 with spread into
the left lateral recess and cephalad to L3-L4. There was no vascular or intrathecal pattern.
Final needle position with contrast was saved in AP and lateral images.

Triamcinolone 80 mg with 2 mL of preservative-free normal saline was injected slowly. The needle
was removed intact and a bandage applied. No complications. EBL none.

POST-PROCEDURE: At 20 minutes in recovery she rated her pain 2/10 and walked without help.
Discharged home with her husband. Written instructions given.

FOLLOW-UP: Clinic in 4 weeks. Continue home exercise program.

Electronically signed by Annika Solvang-Reyes, MD on 03/24/2026 at 10:12
"""

P51_CONSENT = """HARROWGATE SURGERY CENTER
PATIENT CONSENT FOR SPINAL INJECTION

Patient: Leopoldine Marsh-Adeyinka        Date: 03/24/2026

I agree to have an epidural steroid injection. My doctor has explained:
- The doctor will use an x-ray machine (fluoroscopy) to guide the needle.
- A contrast dye may be injected, and x-ray pictures may be taken from the front and the side.
- Before and after the injection a nurse will ask me to rate my pain from 0 to 10.
- Risks include bleeding, infection, headache, nerve injury, allergic reaction, and no relief.
- I may have temporary numbness or weakness in my legs and must not drive today.

I have had the chance to ask questions and my questions were answered.

Patient signature: Leopoldine Marsh-Adeyinka      Witness: R. Okafor, RN
"""

P52_HEAD = "CORALWEST HEALTH  |  Ambulatory Procedure Encounter  |  Fennick Valley Spine"
P52_1 = """Patient: DRUMMOND-OSEI, Baptiste     MRN: FVS-214407     DOB: 05/15/1962
Encounter date: 02/13/2026     Provider: Halvard Oyelaran, MD
Page 1 of 3

REASON FOR VISIT: Lumbar epidural steroid injection (scheduled)

HISTORY OF PRESENT ILLNESS
63 yo M, retired postal carrier, 4 months of right leg pain from the buttock to the lateral
calf and the top of the foot. Weak right great toe extension 4/5. MRI 01/2026 shows an L4-L5
right subarticular disc protrusion compressing the traversing right L5 root. He completed 8
weeks of physical therapy and takes naproxen; gabapentin was stopped for dizziness.

PAIN ASSESSMENT (pre-procedure, intake RN 08:05)
Numeric rating scale: 8/10    Location: right buttock/leg    Quality: burning, electric

ALLERGIES: No known drug allergies
ANTICOAGULANTS: None
"""

P52_2 = """Patient: DRUMMOND-OSEI, Baptiste     MRN: FVS-214407     DOB: 05/15/1962
Encounter date: 02/13/2026     Provider: Halvard Oyelaran, MD
Page 2 of 3

PROCEDURE: L4-L5 interlaminar epidural steroid injection, fluoroscopic guidance
Time-out completed 08:31. Prone. Chlorhexidine prep and sterile drape.
L4-L5 interspace identified with AP fluoroscopy. Skin local 1% lidocaine 2 mL.
20G Tuohy needle, right paramedian approach, loss of resistance to saline at 6.5 cm.
Aspiration negative for heme and CSF.
Omnipaque 240, 2 mL: epidural spread at L4-L5 with right lateral recess filling, no
intravascular or intrathecal uptake.
Final needle position saved in AP and lateral fluoroscopic views.
Injectate: dexamethasone 10 mg with 2 mL preservative-free saline.
Complications: none.
"""

P52_3 = """Patient: DRUMMOND-OSEI, Baptiste     MRN: FVS-214407     DOB: 05/15/1962
Encounter date: 02/13/2026     Provider: Halvard Oyelaran, MD
Page 3 of 3

RECOVERY
Observed 20 minutes. Vitals stable. Ambulated without assistance. Discharged with his daughter.

PLAN
Follow up in clinic in 4 weeks. Continue home exercise program.

Electronically signed by Halvard Oyelaran, MD 02/13/2026 09:20
"""

P52_AVS = """AFTER VISIT SUMMARY - for the patient
Baptiste Drummond-Osei     Visit: 02/13/2026     Fennick Valley Spine

What you had today: an epidural steroid injection in your low back.

Caring for yourself at home:
- Keep the bandage on until tomorrow. You may shower tomorrow.
- Do not drive for the rest of today.
- Your leg may feel numb or heavy for a few hours. This is normal.
- The steroid may take 3 to 7 days to work. Keep a pain diary and rate your pain from 0 to 10
  each morning.
- Call us for fever, severe headache, new weakness, or trouble with bladder or bowels.

Next appointment: 03/13/2026 at 9:40 AM with Dr. Oyelaran.
"""

P53_FAX = """FAX TRANSMISSION

To:        Utilization Review, Prairie Mutual Health Plan
Fax:       (555) 010-8830
From:      Oakmere Spine Care, referrals desk
Fax:       (555) 010-2215
Date:      01/14/2026
Pages:     2 (including cover)
Re:        Prior authorization request, lumbar epidural steroid injection (CPT 62323)

CONFIDENTIALITY NOTICE: This fax contains protected health information. If you received it in
error, call the sender and destroy all copies.
"""

P53_CONSULT = """OAKMERE SPINE CARE - NEW PATIENT CONSULTATION

Patient: Philomena Arkwright-Obasi    DOB: 02/18/1969    MRN: OSC-230417
Date of visit: 01/14/2026
Physician: Dmitri Ballantyne, MD
Referred by: Juniper Valley Primary Care

HPI: 56-year-old woman with 10 weeks of right leg pain in an L5 distribution, from the buttock to
the lateral shin and the dorsum of the foot, worse with sitting. Pain today 7/10. She has done 6
weeks of physical therapy and takes ibuprofen; a medrol dose pack helped for three days.

EXAM: Positive right straight-leg raise at 40 degrees. Decreased sensation over the right dorsal
foot. EHL 4+/5 on the right. Reflexes symmetric.

IMAGING: MRI lumbar spine 12/2025: L4-L5 right paracentral disc protrusion contacting the
traversing right L5 nerve root. Mild L5-S1 disc bulge without stenosis.

ASSESSMENT: Right L5 radiculopathy from L4-L5 disc protrusion, failed conservative care.

PLAN: We will request authorization for an L4-L5 interlaminar epidural steroid injection under
fluoroscopic guidance with contrast, triamcinolone 80 mg. If approved, we will schedule it in
the next two to three weeks. She will continue her home exercise program. Risks and benefits
were discussed; she wishes to proceed once approved.

Electronically signed by Dmitri Ballantyne, MD 01/14/2026 17:05
"""

P54_NOTE = """Bellhaven Spine Associates -- Procedure Report

Name: Octavian Ferreira-Lund     DOB: 01/30/1958     MRN: BSA-312290
Date of Service: 03/05/2026
Procedure: Lumbar interlaminar epidural steroid injection, L3-L4, fluoroscopic guidance
Surgeon: Wilhelmina Oyenuga-Ferris, MD

Indication: Lumbar spinal stenosis at L3-L4 with neurogenic claudication and left anterior
thigh pain (L3/L4 distribution). Walking limited to 10 minutes. PT 8 weeks, acetaminophen,
celecoxib.

Pre-procedure NRS 7/10.

Description: Consent. Time-out. Prone. Chlorhexidine prep and sterile drape. Under
fluoroscopy the L3-L4 interlaminar space was located. 1% lidocaine 2 mL to skin. 20G Tuohy
needle, midline approach, loss of resistance to saline at 7 cm, negative aspiration.
Omnipaque 240, 2 mL, showed epidural spread at L3-L4 extending to L2-L3, bilateral, no
vascular uptake. Triamcinolone 80 mg with 3 mL preservative-free saline injected. No
complications.

Post-procedure NRS 3/10 at 20 minutes. Discharged with driver.

Electronically signed by Wilhelmina Oyenuga-Ferris, MD 03/05/2026 11:16
"""

P54_HANDOUT = """PATIENT EDUCATION: YOUR EPIDURAL STEROID INJECTION
Bellhaven Spine Associates

What is it? An epidural steroid injection puts anti-inflammatory medicine near the nerves in
your back to ease leg pain.

How is it done?
- You lie on your stomach. The skin is cleaned and numbed.
- The doctor uses a live x-ray (fluoroscopy) to guide the needle.
- X-ray pictures are taken from the front (AP) and the side (lateral) to check the needle.
- A contrast dye is injected so the doctor can see the medicine spread in the epidural space.
- Before and after, we ask you to rate your pain on a 0-10 scale.

After the injection: rest today, no driving, call for fever or new weakness.
"""

P55_HEAD = "ST. ALDRIC REGIONAL HOSPITAL - OUTPATIENT PAIN SERVICE"
P55_1 = """Patient: Evangeline Oduya-Hartmann   MRN: SA-5631920   DOB: 12/05/1956   Acct: OP-4419083
Date of service: 03/23/2026        Physician: Ignatius Fairweather, MD
Page 1 of 3

PRE-PROCEDURE NURSING ASSESSMENT (B. Lindqvist, RN, 07:50)
Identity confirmed with name and DOB. NPO not required. Allergies: latex (rash).
Anticoagulation: none. Glucose 142 (type 2 diabetes, steroid discussed with patient).
Vital signs: BP 144/82  HR 74  SpO2 97%
Pain: 8/10 (numeric), bilateral buttocks and legs, worse standing and walking.

HISTORY AND PHYSICAL (physician)
69-year-old woman with lumbar spinal stenosis and neurogenic claudication: she can stand 5
minutes and walk half a block, then both legs go numb and heavy; relieved by sitting. MRI
02/2026: severe central canal stenosis at L4-L5 from disc bulge, facet and ligamentum flavum
hypertrophy; moderate at L3-L4. She completed 10 weeks of physical therapy and takes
acetaminophen and duloxetine. Not a surgical candidate at present (cardiac history).
"""

P55_2 = """Patient: Evangeline Oduya-Hartmann   MRN: SA-5631920   DOB: 12/05/1956   Acct: OP-4419083
Date of service: 03/23/2026        Physician: Ignatius Fairweather, MD
Page 2 of 3

PROCEDURE NOTE
Procedure: Lumbar interlaminar epidural steroid injection at L4-L5, under fluoroscopy.
Universal protocol followed. Prone with pillow under the abdomen. Chlorhexidine prep (latex-free
tray), sterile drape. The L4-L5 interspace was squared with AP fluoroscopy. 1% lidocaine 3 mL.
A 20-gauge 3.5-inch Tuohy needle was advanced in the midline under intermittent lateral
fluoroscopy; loss of resistance to saline at 7.5 cm. Aspiration negative.
Omnipaque 240, 3 mL: contrast spread in the posterior epidural space at L4-L5, bilateral, with
cephalad flow to L3-L4. No intravascular or intrathecal contrast.
Final needle position with contrast saved on AP and lateral images (PACS).
Injectate: methylprednisolone acetate 80 mg and 0.25% bupivacaine 3 mL.
Complications: none. EBL: none.

Electronically signed by Ignatius Fairweather, MD 03/23/2026 08:52
"""

P55_3 = """Patient: Evangeline Oduya-Hartmann   MRN: SA-5631920   DOB: 12/05/1956   Acct: OP-4419083
Date of service: 03/23/2026        Physician: Ignatius Fairweather, MD
Page 3 of 3

RECOVERY / DISCHARGE NURSING RECORD (B. Lindqvist, RN)
08:40  BP 138/80  HR 70  SpO2 98%  Pain 3/10 (numeric)  Site clean, dry.
08:55  Stood and walked the hallway twice, legs feel lighter.
09:00  Blood glucose teaching reviewed. Discharged with her husband, ambulatory.
"""

P56_FAX = """FAX COVER SHEET  --  Summit Ridge Spine Institute

TO:     Medical Records / Coding, Prairie Mutual Health Plan
FROM:   Summit Ridge Spine Institute, billing office
DATE:   03/27/2026
PAGES:  2 including this cover
RE:     Records request, claim for date of service 03/26/2026

Enclosed: procedure note. Please call (555) 010-7713 with questions.

This message may contain confidential health information. If you are not the intended
recipient, notify the sender and destroy it.
"""

P56_NOTE = """SUMMIT RIDGE SPINE INSTITUTE - PROCEDURE NOTE

Patient: Cormac Anyaegbu-Wilde    MRN: SRS-604477    DOB: 09/09/1972
Date of Service: 03/26/2026
Physician: Leontyne Farquharson, MD

Procedure: Right L4 and L5 transforaminal epidural steroid injections under fluoroscopic
guidance (right L4-L5 and L5-S1 foramina).

Indication: Right L4 and L5 radicular pain (anterior shin and dorsum of the foot) with a right
foraminal disc protrusion at L4-L5 and right foraminal stenosis at L5-S1 (MRI 02/2026). Failed 8
weeks of physical therapy, NSAIDs and gabapentin.

Pre-procedure pain: 8/10.

Description: Consent and time-out. Prone. Chlorhexidine prep. For each level the right
foramen was brought into view with an ipsilateral oblique fluoroscopic view. 1% lidocaine skin
wheals. 22G 3.5" curved spinal needles were advanced to the subpedicular (safe triangle)
position at the right L4-L5 and L5-S1 foramina. Omnipaque 240, 1 mL at each level, outlined the
right L4 and L5 nerve roots with medial epidural flow; no vascular uptake under live
fluoroscopy. Final needle positions saved in AP and lateral views. Dexamethasone 5 mg was
injected at each level (10 mg total). No complications.

Post-procedure pain: 3/10 at 20 minutes. Discharged ambulatory.

Electronically signed by Leontyne Farquharson, MD 03/26/2026 14:48
"""

TEXT_PDFS: dict[str, list[tuple[str, str]]] = {
    "b7_51_asc_with_consent": [("", P51_OP_1), ("", P51_OP_2), ("", P51_CONSENT)],
    "b7_52_ehr_with_avs": [(P52_HEAD, P52_1), (P52_HEAD, P52_2), (P52_HEAD, P52_3), ("", P52_AVS)],
    "b7_53_fax_consult": [("", P53_FAX), ("", P53_CONSULT)],
    "b7_54_note_with_handout": [("", P54_NOTE), ("", P54_HANDOUT)],
    "b7_55_hopd_three_pages": [(P55_HEAD, P55_1), (P55_HEAD, P55_2), (P55_HEAD, P55_3)],
    "b7_56_fax_tfesi": [("", P56_FAX), ("", P56_NOTE)],
}

# ---------------------------------------------------------------------------------------------
# Image-only scans: name -> (angle in degrees, seed, text of each page).
# ---------------------------------------------------------------------------------------------

S57 = """TAMARACK CROSSING RURAL HEALTH CLINIC        FAX (555) 010-3390   03/03/2026 16:12  P.1
PROCEDURE NOTE

Name: Cyrus Wetherell-Amadi     DOB: 06/02/1957     Pt #: TC-03561
Date: 03/03/2026
Hollis Marchetti, MD

68 y/o rancher, R leg pain down the back of the thigh to the heel x 3 months,
numb lateral foot, absent R ankle jerk. MRI (county hospital, 01/2026):
L5-S1 R paracentral disc herniation compressing the R S1 root.
PT 6 weeks in town + naproxen, no help. Drove in for the outreach fluoro day.

Pain before: 8/10.

L5-S1 interlaminar epidural steroid injection under fluoroscopy (mobile C-arm,
outreach day). Prone. Betadine. 1% lidocaine 2 mL. 20g Tuohy, midline, LOR to
saline at 6 cm, no blood no CSF. Omnipaque 240 2 mL - epidural spread at L5-S1
and along the R S1 root sleeve, no vascular pattern. Final needle position
saved AP and lateral. Kenalog 80 mg + 2 mL NS. No problems.

Pain after, 20 min: 3/10. Walked out with his son.
Call in 3 weeks.

Electronically signed: Hollis Marchetti, MD 03/03/2026
"""

S58 = """WEXFORD HILLS PAIN MANAGEMENT              FAX 555-010-6420    01/26/2026  P. 1/1
PROCEDURE NOTE - LUMBAR EPIDURAL STEROID INJECTION

Patient: Araminta Sokolova-Eze    DOB: 11/14/1985    MRN: WH-341182
Date of service: 01/26/2026
Physician: Genevieve Oduro-Blanchard, MD

Indication: Left L5 radicular pain to the dorsum of the foot, L4-L5 left
paracentral protrusion touching the left L5 root on MRI 12/2025.
Failed 7 weeks of PT, NSAIDs, gabapentin.

Pre-procedure NRS: 7/10.

Procedure: L4-L5 interlaminar ESI under fluoroscopic guidance. Prone,
chlorhexidine. 1% lidocaine 2 mL. 20G Tuohy via left paramedian approach,
LOR to saline at 5.5 cm, aspiration negative. Omnipaque 240 2 mL: epidural
spread L4-L5 with left lateral recess filling, no vascular uptake. Final
needle position saved in AP and lateral views. Triamcinolone 80 mg + 2 mL
PF saline. No complications.

Post-procedure pain score: not assessed - patient left recovery before the
15-minute check to catch her ride; called at 16:00, no answer.

Electronically signed by Genevieve Oduro-Blanchard, MD 01/26/2026 16:20
"""

S59 = """GRANITE PEAK PAIN ASSOCIATES        FAX: 555-010-5521        02/09/2026 11:47  PG 1
PROCEDURE NOTE -- ABORTED

PATIENT: Lucretia Hawthorne-Adeyemi    DOB: 03/17/1990    ACCT#: GPP-0035108
DATE OF SERVICE: 02/09/2026           PHYSICIAN: Lazarus Mwangi-Holt, MD

Planned: L5-S1 interlaminar epidural steroid injection, fluoroscopic guidance,
dexamethasone 10 mg.
Indication: L S1 radiculopathy, L5-S1 L paracentral protrusion on MRI.
Pain score before: 7/10.

Prone. Chlorhexidine. Fluoroscopy used to mark the L5-S1 interspace.
Skin wheal with 1% lidocaine 2 mL. Immediately after the skin wheal the
patient became pale, diaphoretic, HR 42, BP 78/40 (vasovagal). Procedure
ABORTED. No Tuohy needle was placed, no contrast or steroid given.
Supine, legs raised, IV fluids; recovered in 10 min, HR 68, BP 112/70.

Plan: reschedule with pre-procedure hydration; consider light sedation.

Electronically signed: Lazarus Mwangi-Holt, MD 02/09/2026 12:05
"""

S60 = """BAYVIEW SPORTS & SPINE (satellite, no C-arm)   FAX 555-010-9014  02/04/2026  P1
PROCEDURE NOTE

Pt: Ingeborg Mayweather-Chukwu     DOB 08/11/1991     MRN BSS-22074
DOS: 02/04/2026        Dr. Emeric Salazar-Boateng

Indication: Bilateral S1 radicular pain L>R, L5-S1 central protrusion
touching both S1 roots (MRI 01/2026). PT 6 wks + NSAIDs failed.
Pregnant, 22 weeks (obstetrics aware and agrees) - no fluoroscopy, no contrast.
Pain before: 8/10.

Caudal epidural steroid injection, ultrasound guided. Prone, pillow under
hips. Chlorhexidine. Linear probe over the sacral cornua, sacral hiatus seen
in transverse and longitudinal views. 1% lidocaine 2 mL. 22G needle into the
caudal canal under real-time ultrasound; no fluoroscopy used. No contrast
(pregnancy). Aspiration negative. Injected dexamethasone 10 mg with 8 mL
preservative-free saline. No complications. Fetal heart tones 148 after, per OB nurse.

Pain after: 3/10 at 20 min.

Electronically signed: Emeric Salazar-Boateng, MD 02/04/2026 15:30
"""

SCANS: dict[str, tuple[float, int, list[str]]] = {
    "b7_57_scan_rural_fax": (0.9, 5701, [S57]),
    "b7_58_scan_fax_note": (-0.7, 5802, [S58]),
    "b7_59_scan_aborted": (1.3, 5903, [S59]),
    "b7_60_scan_ultrasound_caudal": (-1.1, 6004, [S60]),
}
DPI = 200
PAGE_PX = (int(8.5 * DPI), int(11 * DPI))
NOISE = 0.0009  # share of pixels flipped to black or white


class NotePDF(FPDF):
    """A letter-size page with an optional running header."""

    running = ""

    def header(self) -> None:
        if self.running:
            self.set_font("Helvetica", "B", 8)
            self.cell(0, 5, self.running, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def build_text_pdf(name: str, pages: list[tuple[str, str]]) -> pathlib.Path:
    pdf = NotePDF(format="letter")
    pdf.set_creation_date(FIXED)
    pdf.set_title(name)
    pdf.set_author("blind7 fictional example")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.set_margins(18, 16, 18)
    for running, body in pages:
        pdf.running = running
        pdf.add_page()
        pdf.set_font("Helvetica", "", 10)
        for line in body.splitlines():
            pdf.multi_cell(0, 5, line if line else " ", new_x="LMARGIN", new_y="NEXT")
    out = OUT / f"{name}.pdf"
    pdf.output(str(out))
    return out


def draw_page(text: str, angle: float, seed: int) -> Image.Image:
    page = Image.new("L", PAGE_PX, 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(SCAN_FONT), 28)
    bold = ImageFont.truetype(str(SCAN_BOLD), 28)
    x, y = 130, 150
    for i, line in enumerate(text.splitlines()):
        draw.text((x, y), line, fill=45, font=bold if i in (0, 1) else font)
        y += 42
    rng = random.Random(seed)
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = turned.load()
    assert pixels is not None
    for _ in range(int(PAGE_PX[0] * PAGE_PX[1] * NOISE)):
        px, py = rng.randrange(PAGE_PX[0]), rng.randrange(PAGE_PX[1])
        pixels[px, py] = 0 if rng.random() < 0.6 else 255
    # a grey fax band at the top and a faint streak down the page
    for py in range(0, 22):
        for px in range(PAGE_PX[0]):
            if rng.random() < 0.35:
                pixels[px, py] = 120
    streak = rng.randrange(200, PAGE_PX[0] - 200)
    for py in range(PAGE_PX[1]):
        pixels[streak, py] = min(pixels[streak, py], 200)
    return turned.point(lambda v: 255 if v > 165 else 0).convert("1")


def build_scan(name: str, angle: float, seed: int, texts: list[str]) -> pathlib.Path:
    pages = [draw_page(t, angle, seed + i) for i, t in enumerate(texts)]
    out = OUT / f"{name}.pdf"
    pages[0].save(
        out,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=pages[1:],
        title=name,
        author="blind7 fictional example",
        creationDate=FIXED.utctimetuple(),
        modDate=FIXED.utctimetuple(),
    )
    return out


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, pages in TEXT_PDFS.items():
        out = build_text_pdf(name, pages)
        print(f"{out.relative_to(HERE)}  {out.stat().st_size:,} bytes")
    for name, (angle, seed, texts) in SCANS.items():
        out = build_scan(name, angle, seed, texts)
        print(f"{out.relative_to(HERE)}  {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
