"""Build the ten PDFs of the blind6 set (examples/blind6/pdf/).

Six PDFs have a text layer (fpdf2, core Courier font); some run to several pages and some
carry a page that is not the note (a consent form, a patient handout, an after-visit summary
or a fax cover). Four are image-only scans: the text is drawn with Pillow's bundled font,
tilted, dimmed, blurred and speckled like a fax, and saved as a PDF holding only page images
(150, 200 or 300 dpi). Output is the same on every run (fixed seeds and dates).

All people, clinics, numbers and dates are invented.

Run from anywhere:  python examples/blind6/make_pdfs.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "pdf"
FIXED_DATE = dt.datetime(2026, 6, 15, 9, 0, 0, tzinfo=dt.UTC)


B6_51_P1 = """THISTLEDOWN MEMORIAL HOSPITAL
Interventional Pain Service                                          Page 1 of 2

PROCEDURE NOTE - LUMBAR EPIDURAL STEROID INJECTION

Patient:           Olawale-Brennan, Cordelia M.
MRN:               TMH-00874120
DOB:               02/07/1959
Date of service:   01/19/2026
Physician:         Matthias Eriksen-Achebe, MD
Nurse:             G. Pacheco, RN

INDICATION
66-year-old woman with left buttock and leg pain radiating to the lateral calf and the dorsum
of the foot for 5 months, with numbness of the great toe. MRI 12/2025: left subarticular
L4-L5 disc protrusion contacting the traversing left L5 root, mild central stenosis.
Conservative care: physical therapy 8 weeks (10/2025-12/2025), home exercises, naproxen,
gabapentin 300 mg tid; pain persists and limits walking and sleep.

PRE-PROCEDURE
Numeric pain score in holding, 10:05: 8/10 (left leg).
No anticoagulants. Allergies: none known. Consent reviewed and signed.

PROCEDURE
L4-L5 interlaminar epidural steroid injection under fluoroscopic guidance.
"""

B6_51_P2 = """THISTLEDOWN MEMORIAL HOSPITAL
Interventional Pain Service                                          Page 2 of 2
Patient: Olawale-Brennan, Cordelia M.    MRN: TMH-00874120    DOS: 01/19/2026

TECHNIQUE
Time-out performed. Prone on the fluoroscopy table. Chlorhexidine prep, sterile drape.
The L4-L5 interlaminar space was identified under fluoroscopy and the skin anesthetized with
3 mL of 1% lidocaine. A 20-gauge Tuohy needle was advanced in the midline with loss of
resistance to saline at 6 cm. Aspiration negative. Final needle position was confirmed and
saved on AP and lateral fluoroscopic images. Omnipaque 240, 2 mL, showed epidural spread
from L4 to S1 with filling of the left L5 lateral recess, no vascular or intrathecal
contrast. Injected: triamcinolone 80 mg with 2 mL preservative-free normal saline.
Needle removed. No complications.

POST-PROCEDURE
Numeric pain score at 10:50: 2/10. Ambulating, strength at baseline.
Discharged home with her son. Follow-up 3 weeks.

Electronically signed by Matthias Eriksen-Achebe, MD on 01/19/2026 11:34
"""

B6_51_P3 = """THISTLEDOWN MEMORIAL HOSPITAL
CONSENT FOR SPINE INJECTION

Patient: Olawale-Brennan, Cordelia M.        MRN: TMH-00874120

I, the patient, agree to a lumbar epidural steroid injection by Dr. Eriksen-Achebe.

I understand that:
 - an X-ray machine (fluoroscopy) is used to guide the needle;
 - a small amount of contrast dye may be injected, and pictures may be taken from the front
   and the side to check where the needle is;
 - I will be asked to rate my pain from 0 to 10 before and after the injection.

Possible risks include bleeding, infection, headache, nerve injury, allergic reaction,
raised blood sugar, and no pain relief. Other choices include more physical therapy,
medicines, or surgery. I may ask questions at any time.

Patient signature: Cordelia M. Olawale-Brennan                    Date: 01/19/2026
Witness: G. Pacheco, RN                                           Date: 01/19/2026
"""

B6_52_P1 = """FAX TRANSMISSION

To:       Prairie Mutual Health - Utilization Review      Fax: (555) 014-7730
From:     Oakhaven Spine Partners - Billing               Fax: (555) 014-2219
Date:     03/02/2026
Pages:    3 (including cover)
Re:       Records request #PMH-UR-2026-10442
          Member: Fenwick-Adeyemi, Leocadia   DOB 05/16/1973
          DOS 02/23/2026   CPT 62323

Please find attached the procedure note for the lumbar epidural injection performed under
fluoroscopy with contrast, pre/post pain scores and signed attestation.

The documents accompanying this transmission contain confidential health information.
If you are not the intended recipient, notify the sender at (555) 014-2210 and destroy
the documents.
"""

B6_52_P2 = """OAKHAVEN SPINE PARTNERS
PROCEDURE NOTE

Patient: Fenwick-Adeyemi, Leocadia         DOB: 05/16/1973
MRN: OSP-2270318                           Date: 02/23/2026
Physician: Anatole Sorensen-Mbah, DO

HPI: 52F with right L5-S1 disc extrusion (MRI 01/2026) compressing the right S1 root.
Pain from the right buttock to the heel and lateral foot, numbness of the lateral foot,
absent right ankle reflex. Six weeks of physical therapy and meloxicam, then a prednisone
taper, without relief. Pain this morning before the procedure: 7/10.

PROCEDURE: L5-S1 interlaminar epidural steroid injection, fluoroscopically guided.
Consent signed. Time-out performed. Prone. Prepped with chlorhexidine, draped.
Fluoroscopy used to identify the L5-S1 interlaminar space. Skin: 1% lidocaine 3 mL.
20G Tuohy needle, right paramedian approach, LOR to saline at 5 cm, aspiration negative.
Final needle position: AP and contralateral oblique images obtained and saved.
Contrast: Omnipaque 180, 1.5 mL - epidural spread tracking along the right S1 root and
cephalad to L5, without vascular uptake.
"""

B6_52_P3 = """OAKHAVEN SPINE PARTNERS - PROCEDURE NOTE (cont.)
Patient: Fenwick-Adeyemi, Leocadia   DOB: 05/16/1973   Date: 02/23/2026

Injectate: dexamethasone 10 mg with 2 mL preservative-free saline.
Complications: none. Estimated blood loss: none.

Recovery: pain 1/10 at 20 minutes; strength and sensation unchanged.
Discharged ambulatory with husband. Follow up in 4 weeks.

Attestation: I performed this procedure.
Electronically signed by Anatole Sorensen-Mbah, DO  02/23/2026 12:02
"""

B6_53_P1 = """MOSSBANK PAIN & SPINE
Procedure Note

Patient: Castellanos-Vieira, Ermengarde      DOB: 10/10/1969      Acct: MPS-4471820
DOS: 02/12/2026                              Provider: Ignatius Feldmann-Okoro, MD

Indication: right leg sciatica - pain from the right buttock down the posterior thigh to the
calf and sole, 4 months; MRI 01/2026 right L5-S1 paracentral protrusion with S1 root contact.
Completed 6 weeks of PT; naproxen and gabapentin without adequate relief.

Pre-procedure pain: 7/10.

Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopy.
Consent signed, time-out done. Prone, chlorhexidine prep, sterile drape. Fluoroscopy used to
locate the L5-S1 interlaminar space. 1% lidocaine 3 mL to skin. 20G Tuohy midline, loss of
resistance to saline at 5.5 cm, aspiration negative. Omnipaque 240 1.5 mL injected - epidural
spread with filling of the right S1 lateral recess, no vascular uptake. Triamcinolone 40 mg
+ 2 mL PF saline injected. Needle removed. No complications.

Post-procedure pain: 3/10 at 20 min. Discharged with partner. Handout given.

Electronically signed by Ignatius Feldmann-Okoro, MD  02/12/2026 15:20
"""

B6_53_P2 = """MOSSBANK PAIN & SPINE
ABOUT YOUR EPIDURAL STEROID INJECTION - PATIENT INFORMATION

What happens during the injection?
You will lie on your stomach. The doctor cleans your back and numbs the skin. Using a live
X-ray (fluoroscopy), the doctor guides a thin needle into the epidural space. When the needle
is in place, an AP picture (from the back) and a lateral picture (from the side) are saved
to your record. A small amount of contrast dye is used to show that the medicine will spread
where it is needed.

Pain scores
We will ask you to rate your pain from 0 to 10 before and after the injection, and again at
your follow-up visit.

After the injection
 - Your leg may feel numb or weak for a few hours. Do not drive today.
 - You may shower tomorrow. No baths or hot tubs for 2 days.
 - The steroid usually starts working in 2 to 7 days.

Call (555) 016-3300 right away for fever, severe headache, new weakness or numbness, or
trouble with your bladder or bowels.
"""

B6_54_P1 = """ORCHARDVIEW CLINICS - ELECTRONIC RECORD                               Page 1 of 3
Patient: Mbeki-Thorvaldsen, Ulrich P      MRN: OVC-0019928      DOB: 12/21/1964
Encounter: 05/27/2026  Procedure   Provider: Clarissa Odhiambo-Kerr, MD
------------------------------------------------------------------------------------------
PROCEDURE NOTE
Procedure: Lumbar interlaminar epidural steroid injection, L3-L4
Guidance: Fluoroscopy

Indication:
  Lumbar spinal stenosis with neurogenic claudication (M48.062), bilateral thigh pain and
  heaviness after 5 minutes of walking, relieved by sitting. MRI 04/2026: severe central
  stenosis L3-L4. Physical therapy 8 weeks, home program, acetaminophen - no meaningful gain.

Pre-procedure assessment:
  Pain score (0-10): ____
  Vitals: BP 141/86, HR 74, SpO2 97%
  Anticoagulation: none      Allergies: NKDA
  Consent: signed            Time-out: 13:40
"""

B6_54_P2 = """ORCHARDVIEW CLINICS - ELECTRONIC RECORD                               Page 2 of 3
Patient: Mbeki-Thorvaldsen, Ulrich P      MRN: OVC-0019928      DOB: 12/21/1964
Encounter: 05/27/2026  Procedure   Provider: Clarissa Odhiambo-Kerr, MD
------------------------------------------------------------------------------------------
Procedure details:
  Prone, chlorhexidine prep, sterile drape.
  Skin local: lidocaine 1% 3 mL.
  Needle: 18 G Tuohy, midline L3-L4, loss of resistance to saline at 7 cm.
  Final needle position documented: AP and lateral views, saved.
  Contrast: Omnipaque 240, 3 mL - bilateral epidural spread L2-L3 to L4-L5; no vascular,
    no intrathecal pattern.
  Injectate: methylprednisolone acetate 80 mg; preservative-free saline 3 mL.
  Complications: none.

Post-procedure:
  Pain score (0-10): 3 at 14:20. Walking without leg heaviness.
  Disposition: home with wife.

Electronically signed by Clarissa Odhiambo-Kerr, MD on 05/27/2026 15:02
"""

B6_54_P3 = """ORCHARDVIEW CLINICS - AFTER VISIT SUMMARY                              Page 3 of 3
Ulrich P Mbeki-Thorvaldsen    05/27/2026

You had an epidural steroid injection today.

Keep a pain diary for the next two weeks: each evening write down your pain from 0 (no pain)
to 10 (worst pain you can imagine).

   Day 1 ___/10   Day 2 ___/10   Day 3 ___/10   Day 4 ___/10   Day 5 ___/10

Your next appointment: 06/24/2026 at 9:30 AM with Dr. Odhiambo-Kerr.

Call (555) 011-8800 for fever, a headache that is worse when you sit or stand, new weakness,
numbness between the legs, or trouble passing urine.
"""

B6_55_P1 = """LANTERNFIELD SPINE & PAIN CENTER
OPERATIVE REPORT                                                     Page 1 of 2

PATIENT:      Ruiz-Amadi, Phineas J.
DOB:          08/08/1957
MRN:          LSP-1103327
ACCOUNT:      LSPA-26-2210
DATE:         04/16/2026
PHYSICIAN:    Wilhelmina Tanaka-Obi, MD

PREOPERATIVE DIAGNOSIS: Post-laminectomy syndrome (L4-L5 laminectomy and discectomy 2020)
with left L5 and S1 radicular pain; epidural fibrosis on MRI 02/2026.
POSTOPERATIVE DIAGNOSIS: Same.

PROCEDURE: Percutaneous lysis of epidural adhesions (one-day procedure) via caudal
catheter, with fluoroscopic guidance and epidurography, targeting the left L5-S1 region.

INDICATION: Left buttock and leg pain to the lateral foot, 7/10 today before the procedure.
Prior caudal and interlaminar epidural steroid injections in 2025 gave less than 3 weeks of
relief each. PT 12 weeks, duloxetine, gabapentin. Not a candidate for revision surgery.

DESCRIPTION: Consent signed. Time-out. Prone, sterile prep and drape. Skin over the sacral
hiatus anesthetized with 1% lidocaine 4 mL. A 16-gauge RX-Coude epidural needle was placed
through the sacral hiatus under lateral fluoroscopy. Omnipaque 240, 10 mL, was injected:
epidurogram showed a filling defect in the left L5 and S1 region with absent outline of the
left S1 root. A Racz-type spring-guided catheter was threaded through the needle and steered
under AP fluoroscopy to the left L5-S1 ventrolateral epidural space, at the filling defect.
"""

B6_55_P2 = """LANTERNFIELD SPINE & PAIN CENTER
OPERATIVE REPORT (continued)                                         Page 2 of 2
Patient: Ruiz-Amadi, Phineas J.    MRN: LSP-1103327    Date: 04/16/2026

Final catheter tip position was confirmed on AP and lateral views, saved. A further 3 mL of
Omnipaque showed opening of the filling defect, with contrast now outlining the left L5 and
S1 roots and spreading out the foramina (adhesiolysis). Through the catheter: hyaluronidase
1500 units in 10 mL preservative-free saline, then 0.25% bupivacaine 10 mL with
triamcinolone 40 mg. After 30 minutes, 10% hypertonic saline 10 mL was infused over
30 minutes. The catheter was flushed with 2 mL of normal saline and removed intact, tip
checked. Sterile dressing.

COMPLICATIONS: None.
POST-PROCEDURE: Pain 3/10 in recovery. Discharged home with wife after 2 hours.
FOLLOW-UP: 4 weeks.

Electronically signed by Wilhelmina Tanaka-Obi, MD  04/16/2026 16:44
"""

B6_55_P3 = """LANTERNFIELD SPINE & PAIN CENTER
INFORMED CONSENT - EPIDURAL PROCEDURE

Patient: Ruiz-Amadi, Phineas J.

I consent to an epidural procedure with a catheter placed through the tailbone area to
loosen scar tissue and deliver medicine. I understand X-ray (fluoroscopy) and contrast dye
will be used, and that I will be asked to rate my pain from 0 to 10.

Risks include infection, bleeding, catheter shearing, headache, nerve injury, bladder or
bowel problems, paralysis (very rare), and no relief.

Patient signature: Phineas J. Ruiz-Amadi         Date: 04/16/2026
Witness: L. Okonjo, RN                           Date: 04/16/2026
"""

B6_56_P1 = """BRIARCLIFF ORTHOPEDIC ASSOCIATES
Spine Procedure Report                                                Page 1 of 2

Name: Adewale-Fitzgerald, Marguerite        DOB: 11/24/1977
MRN: BOA-335917                             Acct #: 55-0210-7714
DOS: 06/09/2026                             Physician: Lysander Okoro-Whitfield, MD

DIAGNOSIS: Left S1 radiculopathy; left L5-S1 paracentral disc extrusion (MRI 05/2026).

HISTORY: 48-year-old dental hygienist with 10 weeks of left buttock, calf and heel pain,
numbness of the lateral foot, diminished left ankle jerk. Six weeks of physical therapy with a
home program, ibuprofen and a methylprednisolone taper did not help. She reports pain of 8/10
in the pre-procedure area today.

PROCEDURE: L5-S1 interlaminar epidural steroid injection with fluoroscopic guidance.

DETAILS: Consent signed and time-out completed. Prone. Chlorhexidine prep, sterile drapes.
L5-S1 interlaminar space identified under fluoroscopy; skin anesthetized with 1% lidocaine
3 mL. 20-gauge Tuohy advanced midline; loss of resistance to saline at 5 cm. Aspiration
negative for blood and CSF.
"""

B6_56_P2 = """BRIARCLIFF ORTHOPEDIC ASSOCIATES
Spine Procedure Report (continued)                                    Page 2 of 2
Name: Adewale-Fitzgerald, Marguerite   MRN: BOA-335917   DOS: 06/09/2026

Needle position after placement: AP and lateral fluoroscopic images saved.
Contrast: Omnipaque 240 1.5 mL with epidural spread outlining the left S1 nerve root and
extending cephalad to L5; no vascular or intrathecal pattern.
Injectate: betamethasone 12 mg with 2 mL preservative-free saline.
Complications: none.

RECOVERY: Pain 2/10 at 20 minutes. Ambulatory, neurologically unchanged.
PLAN: Follow up in 4 weeks; continue home exercises.

Electronically signed by Lysander Okoro-Whitfield, MD 06/09/2026 09:58
"""

# ---- scans ----

B6_57 = """GLENMORE PAIN CLINIC                 PROCEDURE NOTE
Patient: Ashworth-Nnamdi, Theodora
DOB: 03/14/1966          MRN: GPC-448120
Date of service: 01/28/2026
Physician: Rolf Emenike-Sandoval, MD

Indication: left L5 radiculopathy, pain down the lateral
left leg to the foot for 3 months. MRI: left L4-L5
disc protrusion touching the L5 root. PT 6 weeks
and NSAIDs failed.

Pre-procedure pain: 7/10

Procedure: L4-L5 interlaminar epidural steroid
injection under fluoroscopic guidance.
Prone, sterile prep. 1% lidocaine 3 mL to skin.
20G Tuohy, midline, loss of resistance to saline.
Final needle position: AP and lateral views saved.
Omnipaque 240 2 mL: epidural spread to the left
L5 lateral recess. No vascular uptake.
Triamcinolone 80 mg + 2 mL PF saline injected.
No complications.

Post-procedure pain: 2/10 at 20 minutes.

Electronically signed by Rolf Emenike-Sandoval, MD
01/28/2026 11:15
"""

B6_58_P1 = """HOLLINS BROOK SURGERY CENTER
EPIDURAL STEROID INJECTION - PROCEDURE RECORD
                                        Page 1 of 2
Patient: Delacroix-Obinna, Wendeline
DOB: 09/02/1958
Acct #: HBS-7720913
Date of service: 03/26/2026
Physician: Caspar Nakamura, MD

Diagnosis: lumbar spinal stenosis with
neurogenic claudication, L4-L5 (M48.062).
Leg pain and heaviness with walking, better
sitting. PT 10 weeks, acetaminophen. Failed.

PRE-PROCEDURE
  Pre-procedure pain score: 6/10
  Consent signed. Time-out done.

PROCEDURE
  Caudal epidural steroid injection,
  fluoroscopic guidance.
  22G spinal needle via the sacral hiatus.
"""

B6_58_P2 = """HOLLINS BROOK SURGERY CENTER
Patient: Delacroix-Obinna, Wendeline
                                        Page 2 of 2
  Final needle position: AP and lateral
  images saved.
  Isovue-M 300, 5 mL: epidural spread up
  the sacral canal to L5-S1 and L4-L5.
  No vascular uptake.
  Methylprednisolone 80 mg, 0.25% bupivacaine
  3 mL and PF saline 5 mL injected.
  Skin: 1% lidocaine 2 mL.
  Complications: none.

POST-PROCEDURE
  Post-procedure pain score: 2/10 at 20 min.
  Home with daughter.

Electronically signed by
Caspar Nakamura, MD  03/26/2026 10:40
"""

B6_59 = """SOUTHFORK SPINE CARE
PROCEDURE NOTE - ILESI

Patient: Okonjo-Lindahl, Bartholomew
DOB: 07/30/1971        MRN: SSC-5519027
DOS: 02/18/2026
Provider: Henrike Abara-Castellano, MD

Indication: right S1 radiculopathy. Pain from the
right buttock to the heel, numb lateral foot.
MRI right L5-S1 disc herniation, S1 root contact.
PT 8 weeks, meloxicam: no relief.

Pain before the injection: 8/10

L5-S1 interlaminar ESI, fluoroscopic guidance.
Prone, sterile prep and drape. Lidocaine 1% skin.
20G Tuohy midline, loss of resistance to saline.
Final needle position: AP and lateral, saved.
Omnipaque 240 1.5 mL: epidural spread along
the right S1 root. No vascular uptake.
Dexamethasone 10 mg + 2 mL PF saline.
No complications. Tolerated well.
Discharged home, ambulatory, with wife.

Electronically signed by Henrike Abara-Castellano, MD
02/18/2026 13:05
"""

B6_60 = """WILLOWMERE PAIN INSTITUTE
TRANSFORAMINAL EPIDURAL STEROID INJECTION

Patient: Fairclough-Anyanwu, Evander
DOB: 04/04/1962        MRN: WPI-330188
DOS: 05/21/2026
Physician: Ottoline Brandt-Achebe, MD

Indication: right L4 and L5 radicular pain, right
foraminal stenosis L4-L5 and L5-S1 (MRI 04/2026).
PT 8 weeks and gabapentin failed.
Pain before: 7/10

Procedure: Right L4 and right L5 transforaminal
epidural steroid injections, fluoroscopic guidance.
Right L4-L5 and L5-S1 foramina targeted.
22G spinal needles, oblique approach.
Final positions: AP and lateral views saved.
Omnipaque 240 1 mL per level: contrast outlined
the right L4 and L5 nerve roots with epidural
flow. No vascular uptake (live fluoroscopy).
Dexamethasone 5 mg per level (10 mg total).
Skin: 1% lidocaine 2 mL. No complications.

Pain after: 2/10 at 20 minutes.

Electronically signed by Ottoline Brandt-Achebe, MD
05/21/2026 15:30
"""

# (file name, [page text, ...])
TEXT_PDFS: list[tuple[str, list[str]]] = [
    ("b6_51_consent_attached.pdf", [B6_51_P1, B6_51_P2, B6_51_P3]),
    ("b6_52_fax_cover.pdf", [B6_52_P1, B6_52_P2, B6_52_P3]),
    ("b6_53_handout_attached.pdf", [B6_53_P1, B6_53_P2]),
    ("b6_54_ehr_three_pages.pdf", [B6_54_P1, B6_54_P2, B6_54_P3]),
    ("b6_55_op_report_consent.pdf", [B6_55_P1, B6_55_P2, B6_55_P3]),
    ("b6_56_two_pages.pdf", [B6_56_P1, B6_56_P2]),
]

# (file name, [page text, ...], seed, tilt per page in degrees, dpi)
SCANS: list[tuple[str, list[str], int, list[float], int]] = [
    ("b6_57_scan_fax.pdf", [B6_57], 5701, [0.9], 200),
    ("b6_58_scan_two_pages.pdf", [B6_58_P1, B6_58_P2], 5809, [-0.7, 1.1], 150),
    ("b6_59_scan_fax.pdf", [B6_59], 5904, [-0.8], 300),
    ("b6_60_scan_tfesi.pdf", [B6_60], 6007, [0.6], 200),
]


def write_text_pdf(path: Path, pages: list[str]) -> None:
    """Write ``pages`` as a letter-size PDF with a text layer, one string per page."""
    pdf = FPDF(format="letter", unit="mm")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_margins(15, 15, 15)
    for page in pages:
        pdf.add_page()
        pdf.set_font("Courier", size=9)
        for line in page.splitlines():
            pdf.cell(0, 4.3, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def render_scan_page(text: str, rng: random.Random, tilt: float, dpi: int) -> Image.Image:
    """Draw ``text`` on a letter page at ``dpi`` and age it like a faxed copy."""
    scale = dpi / 200
    width, height = int(8.5 * dpi), int(11 * dpi)
    font = ImageFont.load_default(size=int(38 * scale))
    img = Image.new("L", (width, height), 248)
    draw = ImageDraw.Draw(img)
    y = int(170 * scale)
    for line in text.splitlines():
        draw.text((int(150 * scale), y), line, fill=40, font=font)
        y += int(56 * scale)
    # fax look: fed in slightly crooked, a little blur, greyed blacks, speckles, streaks
    img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=248)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.6))
    img = img.point(lambda v: 55 + int(v * 0.74))
    px = img.load()
    assert px is not None
    for _ in range(int(900 * scale * scale)):
        x, yy = rng.randrange(width), rng.randrange(height)
        px[x, yy] = rng.choice((120, 160, 190))
    streaks = ImageDraw.Draw(img)
    for _ in range(2):
        ys = rng.randrange(height)
        streaks.line([(0, ys), (width, ys)], fill=215, width=1)
    return img


def write_scan_pdf(path: Path, pages: list[str], seed: int, tilts: list[float], dpi: int) -> None:
    """Write ``pages`` as an image-only PDF (no text layer)."""
    rng = random.Random(seed)
    images = [render_scan_page(t, rng, tilt, dpi) for t, tilt in zip(pages, tilts, strict=True)]
    first, rest = images[0], images[1:]
    first.save(
        path,
        "PDF",
        resolution=float(dpi),
        save_all=True,
        append_images=rest,
        creationDate=FIXED_DATE.utctimetuple(),
        modDate=FIXED_DATE.utctimetuple(),
    )


def main() -> None:
    """Build every PDF of the set into ``pdf/``."""
    OUT.mkdir(exist_ok=True)
    for name, pages in TEXT_PDFS:
        write_text_pdf(OUT / name, pages)
    for name, pages, seed, tilts, dpi in SCANS:
        write_scan_pdf(OUT / name, pages, seed, tilts, dpi)
    print(f"wrote {len(TEXT_PDFS) + len(SCANS)} PDFs to {OUT}")


if __name__ == "__main__":
    main()
