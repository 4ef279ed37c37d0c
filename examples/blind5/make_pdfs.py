"""Build the ten PDFs of the blind5 set (examples/blind5/pdf/).

Six PDFs have a text layer (fpdf2, core fonts). Four are image-only scans: the text is drawn
with Pillow's bundled font, tilted, dimmed and speckled like a fax, and saved as a PDF that
holds only page images. Output is the same on every run (fixed seeds and dates).

All people, clinics, numbers and dates are invented.

Run from anywhere:  python examples/blind5/make_pdfs.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent / "pdf"
FIXED_DATE = dt.datetime(2026, 5, 1, 12, 0, 0, tzinfo=dt.UTC)

# ---------------------------------------------------------------------------------------------
# Text-layer PDFs: (file name, [page text, ...])
# ---------------------------------------------------------------------------------------------

B5_07_PAGE1 = """MONARCH VALLEY HOSPITAL
Outpatient Pain Procedure Unit
OPERATIVE REPORT                                                    Page 1 of 2

Patient:          Kessler-Ambrose, Wilhelmina
MRN:              MVH-10448276
Date of birth:    09/24/1963
Account:          A260112-4471
Date of service:  01/12/2026
Attending physician: Rufus Adebayo-Stein, MD
Anesthesia:       Local; no sedation

DIAGNOSES
1. Lumbar radiculopathy, left L5 (M54.16).
2. L4-L5 disc protrusion with left lateral recess stenosis.

PROCEDURE
Lumbar interlaminar epidural steroid injection, L4-L5, with fluoroscopic guidance and
contrast epidurography.

HISTORY AND INDICATION
Ms. Kessler-Ambrose is a 62-year-old teacher with left leg pain for 5 months, radiating from
the buttock along the lateral thigh and shin to the dorsum of the foot, with tingling in the
first web space. Examination at the 12/15/2025 consult showed a positive left straight-leg
raise and weakness of left ankle dorsiflexion, 4+/5. MRI 11/2025 demonstrated a left
paracentral L4-L5 disc protrusion narrowing the left lateral recess, with contact on the
traversing left L5 root. She completed 9 weeks of physical therapy with a home program and
took naproxen and gabapentin, without adequate relief.

PRE-PROCEDURE ASSESSMENT
Vital signs stable. No anticoagulants. No contrast allergy.
Numeric pain rating in the pre-procedure area today: 6/10.
"""

B5_07_PAGE2 = """OPERATIVE REPORT (continued)                                        Page 2 of 2
Patient: Kessler-Ambrose, Wilhelmina     MRN: MVH-10448276     DOS: 01/12/2026

DESCRIPTION OF PROCEDURE
The patient was identified by name and date of birth and the consent form was reviewed. She
was placed prone on the fluoroscopy table with a pillow under the abdomen. A time-out was
performed. The lumbar region was prepped with chlorhexidine and draped sterilely. The L4-L5
interlaminar space was identified under fluoroscopy. The skin and deeper tissues were
anesthetized with 4 mL of 1% lidocaine. A 20-gauge 3.5-inch Tuohy needle was advanced in a
midline trajectory with intermittent fluoroscopic guidance and a loss-of-resistance technique
with saline, entering the epidural space at 5.5 cm. Aspiration was negative for blood and
cerebrospinal fluid. With the needle in its final position, AP and lateral images were
acquired and stored in PACS. Omnipaque 240, 2 mL, was injected under live fluoroscopy and
produced an epidurogram with cephalad spread to L3 and filling of the left L5 lateral recess;
there was no vascular or intrathecal contrast. A solution of 80 mg triamcinolone acetonide and
3 mL of preservative-free 0.9% saline was then injected slowly without pain or paresthesia.
The needle was removed and a sterile dressing applied.

COMPLICATIONS: None.    EBL: None.    Fluoroscopy time: 18 seconds.

POST-PROCEDURE
Observed in recovery for 30 minutes. Numeric pain rating at discharge: 2/10. Strength and
sensation unchanged from baseline. Discharged home with her husband. Follow-up in 3 weeks;
she will continue her home exercise program.

ATTESTATION
I personally performed the procedure described above.
Electronically signed by Rufus Adebayo-Stein, MD on 01/12/2026 at 11:48
"""

B5_07_PAGE3 = """MONARCH VALLEY HOSPITAL
CONSENT FOR SPINAL INJECTION PROCEDURE

Patient: Kessler-Ambrose, Wilhelmina          MRN: MVH-10448276

I agree to have the following procedure: lumbar epidural steroid injection.

The doctor has explained to me that the injection is done with X-ray (fluoroscopy) guidance,
that a contrast dye may be injected to check the needle position, and that AP and lateral
pictures may be taken. I understand that I will be asked to rate my pain on a scale of 0 to 10
before and after the procedure.

The risks explained to me include infection, bleeding, a headache from a spinal fluid leak,
nerve injury, an allergic reaction, temporary numbness or weakness, a rise in blood sugar, and
the chance that my pain is not relieved. Other choices include medicines, physical therapy or
surgery.

I have had the chance to ask questions, and all of my questions have been answered.

Patient signature: Wilhelmina Kessler-Ambrose            Date: 01/12/2026
Witness: T. Ocampo, RN                                    Date: 01/12/2026
Physician: R. Adebayo-Stein, MD
"""

B5_23_PAGE1 = """Printed by: RCM_QUEUE_07   04/30/2026 08:14                        Page 1 of 2
------------------------------------------------------------------------------------------
BRAMBLEWOOD HEALTH - PAIN MANAGEMENT
Osei-Lindgren, Matthias R     MRN: BWH00381177     DOB: 1/14/1957 (69 yo M)
Enc. date: 4/27/2026          Enc. type: Procedure visit      Acct #: 77001943352
Provider: Hana Kobayashi-Reyes, MD
------------------------------------------------------------------------------------------
Procedures by Hana Kobayashi-Reyes, MD at 4/27/2026  9:40 AM
Author: Hana Kobayashi-Reyes, MD   Service: Pain Management   Author Type: Physician
Filed: 4/27/2026 11:02 AM          Status: Signed

PROCEDURE: Lumbar Interlaminar Epidural Steroid Injection
LEVEL: L3-L4

INDICATIONS:
  Lumbar spinal stenosis with neurogenic claudication (M48.062). Bilateral thigh and calf
  pain and heaviness with standing and walking, relieved by sitting or leaning on a cart;
  walking limited to about 5 minutes. MRI 03/2026: moderate to severe central canal
  stenosis at L3-L4 with ligamentum flavum hypertrophy.
  Conservative treatment: physical therapy 6 weeks (01/2026 - 02/2026), home exercise
  program, acetaminophen, diclofenac gel. Inadequate response.

PRE-PROCEDURE:
  Pain score: 7/10 (0-10 NRS)     Time: 09:32
  Anticoagulation: none     Allergies: sulfa (rash)
  Consent: signed, on chart     Time-out: 09:38, all agree

PROCEDURE DETAILS:
  Position: prone
  Prep: chlorhexidine, sterile drape
  Guidance: fluoroscopy
  Skin local: lidocaine 1%, 3 mL
  Needle: 20 G 3.5 in Tuohy, midline, loss of resistance to saline at 6 cm
  Final needle position documented: AP, lateral (saved to PACS)
"""

B5_23_PAGE2 = """Printed by: RCM_QUEUE_07   04/30/2026 08:14                        Page 2 of 2
Osei-Lindgren, Matthias R     MRN: BWH00381177     Enc. date: 4/27/2026
------------------------------------------------------------------------------------------
PROCEDURE DETAILS (continued):
  Contrast: iopamidol (Isovue-M 200), 2 mL
  Contrast spread: epidural - bilateral dorsal epidural spread L3-L4, no vascular or
    intrathecal pattern
  Medications injected: betamethasone sodium phosphate/acetate 12 mg;
    lidocaine 1% preservative free 2 mL
  Estimated blood loss: none
  Complications: none

POST-PROCEDURE:
  Pain score: 3/10 at 10:05
  Neuro: strength and sensation at baseline
  Disposition: discharged home with spouse at 10:20

PLAN:
  Follow-up visit in 4 weeks. Continue home exercise program.

Electronically signed by Hana Kobayashi-Reyes, MD on 4/27/2026 11:02 AM
"""

B5_28_PAGE1 = """PEREGRINE SURGERY CENTER
PAIN PROCEDURE RECORD - LUMBAR EPIDURAL

Patient: Nwosu, Adaora C.             DOB: 10/21/1980
Account #: PSC-0098812                Date of Service: 02/13/2026
Physician: Elias Brennan-Moss, MD

PRE-PROCEDURE
[X] Consent signed    [X] Time-out    [X] H&P current
Pre-procedure VAS (0-10):  8 /10
Indication: [X] Radiculopathy   [ ] Stenosis/claudication   [ ] Post-laminectomy
    Radicular pain L leg to lateral foot; MRI L5-S1 L paracentral HNP contacting S1 root
Conservative care failed: [X] PT  6 weeks    [X] NSAIDs    [ ] Other ______

PROCEDURE
Approach:   [X] Interlaminar    [ ] Caudal    [ ] Transforaminal
Level:      L5-S1
Imaging:    [X] Fluoroscopy     [ ] CT
Needle:     20G Tuohy, LOR to saline
Final needle position images:   [X] AP    [X] Lateral    [ ] Oblique
Contrast:   Omnipaque 240   1.5 mL    Spread: [X] Epidural  [ ] Vascular  [ ] Intrathecal
Injectate:  Dexamethasone 10 mg + PF normal saline 2 mL
Skin local: Lidocaine 1%  3 mL

POST-PROCEDURE
Complications: [X] None
Post-procedure VAS (0-10):  ____ /10       Time: ______
Discharged: [X] Ambulatory    with: sister

Physician signature: /s/ Elias Brennan-Moss, MD        02/13/2026 10:48
"""

B5_28_PAGE2 = """PEREGRINE SURGERY CENTER
GOING HOME AFTER YOUR SPINE INJECTION

Most people feel some relief within 2 to 7 days. Some people feel better right away because
of the numbing medicine, and then the pain may come back for a day or two before the steroid
starts to work.

Pain diary: please rate your pain from 0 (no pain) to 10 (worst pain) each morning and each
evening for 2 weeks, and bring this page to your follow-up visit.

    Day 1  ____/10      Day 2  ____/10      Day 3  ____/10      Day 4  ____/10
    Day 5  ____/10      Day 6  ____/10      Day 7  ____/10      Day 8  ____/10

You may shower tomorrow. Do not soak in a bath or hot tub for 2 days.
Do not drive for the rest of today.

Call us at (555) 012-6400 if you have a fever over 100.4 F, a severe headache that gets worse
when you sit up, new weakness or numbness in your legs, or trouble controlling your bladder
or bowels.
"""

B5_39_PAGE1 = """FAX COVER SHEET

DATE:   03/20/2026
TO:     Keystone Health Plan - Medical Records / Claims Review      FAX: (555) 019-4410
FROM:   Alder Point Pain & Spine, Billing Office                    FAX: (555) 019-2277
RE:     Additional documentation, claim KHP-26-3318804, member Marisela Oduya
PAGES:  3 including cover

Enclosed: physician order and procedure note for DOS 03/09/2026 - CPT 62323, L4-5 ILESI
under fluoroscopy with contrast, AP/lateral images saved.

CONFIDENTIAL: This transmission contains protected health information intended only for the
addressee. If you received it in error, call (555) 019-2270 and destroy all pages.
"""

B5_39_PAGE2 = """ALDER POINT PAIN & SPINE
PROCEDURE ORDER

Patient: Oduya, Marisela          DOB: 12/05/1977
Order date: 02/24/2026

Order: Lumbar interlaminar epidural steroid injection, L4-L5, with fluoroscopic guidance and
contrast (Omnipaque 240, up to 3 mL) to confirm epidural spread. Triamcinolone 80 mg.
Diagnosis: M54.16 lumbar radiculopathy.
Priority: routine. Prior authorization: not required for this plan.

Ordering provider: Viktor Halloran, MD (e-signed 02/24/2026)
"""

B5_39_PAGE3 = """ALDER POINT PAIN & SPINE - PROCEDURE NOTE

Patient: Oduya, Marisela         DOB: 12/05/1977         MRN: APS-661093
Date of service: 03/09/2026      Physician: Viktor Halloran, MD

Indication: Left L5 radicular pain (lateral leg to the great toe) for 3 months, with a left
L4-5 subarticular protrusion on MRI. Seven weeks of PT and naproxen failed.

Pre-procedure pain score: 7/10.

Procedure: L4-L5 interlaminar epidural steroid injection under fluoroscopic guidance. Prone,
sterile prep and drape. 1% lidocaine to the skin. A 20G Tuohy needle was advanced with loss
of resistance to saline at 6 cm. The final needle tip position was confirmed on AP and lateral
fluoroscopic views, and the images were saved. Triamcinolone 80 mg with 2 mL of
preservative-free saline was injected. No paresthesia.

Post-procedure pain score: 2/10 at 15 minutes. No complications.

Electronically signed: Viktor Halloran, MD   03/09/2026 14:22
"""

B5_47_PAGE1 = """*** FAX ***

To:      Cascade Benefit Administrators - Pre-payment Review     Fax: 555-017-3300
From:    Sunfield Orthopedic Pain Center                         Fax: 555-017-9021
Date:    02/06/2026        Number of pages: 2 (including this cover)
Subject: Records for claim line 62323, patient Ferris, Annika, DOS 01/23/2026

Message: Per your request, enclosed is the procedure note for the lumbar injection.

This fax may contain confidential health information. If you are not the intended recipient,
please notify the sender at 555-017-9000 and destroy this document.
"""

B5_47_PAGE2 = """SUNFIELD ORTHOPEDIC PAIN CENTER - PROCEDURE NOTE

Patient: Ferris, Annika J.       DOB: 03/14/1976       MRN: SOP-118842
Date of service: 01/23/2026      Physician: Matteo Giordano-Shaw, MD

Procedure: Left sacroiliac joint injection under fluoroscopic guidance.

Indication: Left buttock and low back pain over the sacral sulcus, worse rising from a chair
and climbing stairs; 4 of 5 provocative SI joint maneuvers positive on the left (FABER, thigh
thrust, compression, Gaenslen). No radicular symptoms; neurologic exam normal. 8 weeks of PT
with pelvic stabilization and NSAIDs failed.

Pre-procedure pain: 6/10.

Technique: Prone. Sterile prep and drape. The inferior third of the left SI joint was
visualized with an oblique fluoroscopic view (about 15 degrees of contralateral tilt to
separate the anterior and posterior joint lines). After 1% lidocaine to the skin, a 22-gauge
spinal needle was advanced into the inferior joint. The final needle position was confirmed
on AP and oblique views and saved. 0.5 mL of Omnipaque 240 produced an arthrogram outlining
the joint, with no vascular or extra-articular spread. 1.5 mL of 0.5% bupivacaine with 40 mg
triamcinolone was injected.

Post-procedure pain: 1/10 with provocative maneuvers at 20 minutes.

Electronically signed: Matteo Giordano-Shaw, MD    01/23/2026 15:02
"""

B5_58_PAGE1 = """CANTERBURY HILLS PAIN MEDICINE
PROCEDURE NOTE: LUMBAR EPIDURAL STEROID INJECTION

Patient: Achterberg, Lionel F.        DOB: 04/09/1960         MRN: CHP-0087341
Account: 2200-881-5530                Date of service: 02/16/2026
Physician: Amara Nwachukwu-Blair, MD

Indication: Right L5 radiculopathy. Pain from the right buttock along the lateral leg to the
dorsum of the foot for 3 months, with right EHL weakness 4/5. MRI 01/2026: right L5-S1
foraminal disc protrusion with moderate right L5-S1 foraminal stenosis impinging the exiting
right L5 root. Failed 6 weeks of physical therapy, home exercises and gabapentin.

Pre-procedure pain: NRS 8/10.

Consent: risks including infection, bleeding, nerve injury, spinal cord injury and allergic
reaction were discussed, and written consent was obtained. Time-out performed.

Procedure: Right L5-S1 transforaminal epidural steroid injection (right L5 selective nerve
root block) with fluoroscopic guidance.
(continued)
"""

B5_58_PAGE2 = """CANTERBURY HILLS PAIN MEDICINE - Achterberg, Lionel F. - MRN CHP-0087341 - page 2

Technique: The patient was placed prone. The lumbosacral area was prepped with chlorhexidine
and draped. The right L5-S1 foramen was visualized in an ipsilateral oblique view, and the
"safe triangle" below the right L5 pedicle was targeted. The skin was anesthetized with 1%
lidocaine. A 22-gauge 5-inch curved spinal needle was advanced under intermittent
fluoroscopy to the superior aspect of the foramen. Final needle tip position was confirmed in
the AP, lateral and oblique views; images were saved. Under live fluoroscopy, 1 mL of
Omnipaque 240 outlined the exiting right L5 nerve root and flowed medially into the epidural
space, without vascular uptake. Dexamethasone 10 mg with 1 mL of preservative-free 1%
lidocaine was injected.

Post-procedure: NRS 2/10 at 15 minutes. Mild right leg numbness, strength intact. Discharged
home with his daughter.

Electronically signed: Amara Nwachukwu-Blair, MD   02/16/2026 13:37
"""

TEXT_PDFS: list[tuple[str, list[str]]] = [
    ("b5_07_op_report_with_consent.pdf", [B5_07_PAGE1, B5_07_PAGE2, B5_07_PAGE3]),
    ("b5_23_ehr_print_two_pages.pdf", [B5_23_PAGE1, B5_23_PAGE2]),
    ("b5_28_asc_record_with_handout.pdf", [B5_28_PAGE1, B5_28_PAGE2]),
    ("b5_39_fax_order_and_note.pdf", [B5_39_PAGE1, B5_39_PAGE2, B5_39_PAGE3]),
    ("b5_47_fax_cover_and_note.pdf", [B5_47_PAGE1, B5_47_PAGE2]),
    ("b5_58_two_page_note.pdf", [B5_58_PAGE1, B5_58_PAGE2]),
]

# ---------------------------------------------------------------------------------------------
# Image-only scans: (file name, [page text, ...], seed, tilt in degrees per page)
# ---------------------------------------------------------------------------------------------

B5_24_SCAN = """FAX 04/02/2026 10:14 FROM: DUNMORE PAIN CLINIC (555) 013-8890 P.001/001

DUNMORE PAIN CLINIC
Procedure Note - Lumbar Epidural Steroid Injection

Patient: Trevino, Arturo M.
Date of birth: 05/19/1970
MRN: DPC-229184
Date of Service: 03/30/2026
Physician: Lena Marchand, MD

Indication: Right L5 radiculopathy with pain from the right buttock to the top of
the foot. MRI shows an L4-L5 right paracentral protrusion touching the right L5
root. He completed 8 weeks of physical therapy and meloxicam without relief.

Pre-procedure pain: 7/10.

Procedure: L4-L5 interlaminar epidural steroid injection under fluoroscopic
guidance. Prone, sterile prep and drape. The skin was numbed with 1% lidocaine.
A 20 gauge Tuohy needle was advanced with loss of resistance to saline. Final
needle position was confirmed on AP and lateral fluoroscopic views and saved.
Omnipaque 240, 2 mL, showed epidural spread along the right L5 root with no
vascular uptake. Triamcinolone 80 mg with 2 mL of preservative-free saline was
injected.

Post-procedure pain: 1/10 at 15 minutes. No complications.

Electronically signed by Lena Marchand, MD   03/30/2026 11:05
"""

B5_42_SCAN1 = """GLENHAVEN PAIN & SPINE - PROCEDURE NOTE - Page 1 of 2

Patient: Abernathy-Cole, Desmond
Date of birth: 02/27/1965
MRN: GPS-550217
Date of service: 04/10/2026
Physician: Ruth Okwuosa, MD

Indication: Bilateral leg pain and heaviness with walking, relieved by sitting
(neurogenic claudication), from L4-L5 central stenosis on MRI. Failed 8 weeks of
physical therapy and NSAIDs.

Pre-procedure pain: 8/10.

Procedure: L4-L5 interlaminar epidural steroid injection with fluoroscopic
guidance. Prone position. Sterile prep and drape. The L4-L5 interspace was
identified under fluoroscopy. Skin anesthetized with 1% lidocaine. A 20 gauge
Tuohy needle was advanced with loss of resistance to saline. AP and lateral views
of the final needle position were saved. Omnipaque 240, 2 mL, showed epidural
spread over L4-L5 on both sides, no vascular uptake. Triamcinolone 80 mg with
3 mL of preservative-free saline was injected.

(continued on page 2)
"""

B5_42_SCAN2 = """GLENHAVEN PAIN & SPINE - PROCEDURE NOTE - Page 2 of 2
Patient: Abernathy-Cole, Desmond (MRN GPS-550217)

Complications: none. Estimated blood loss: none.

Post-procedure pain: 3/10 at 20 minutes. Strength and sensation unchanged.
Discharged home with his wife at 11:40 with written instructions.

Plan: Follow up in 4 weeks. Continue the home exercise program. Call for fever,
severe headache, new weakness or bladder or bowel changes.

Physician signature: ____________________
Date / time: ____________________
"""

B5_43_SCAN = """ELMSTEAD COMMUNITY HOSPITAL
ANESTHESIOLOGY PROCEDURE NOTE - EPIDURAL BLOOD PATCH

Patient: Lindahl, Corinne E.
Date of birth: 11/11/1988
MRN: ECH-7720154
Date: 02/02/2026
Physician: Nathaniel Osei-Bonsu, MD

Indication: Post-dural puncture headache after a diagnostic lumbar puncture on
01/29/2026. Severe positional occipital headache, not relieved by caffeine,
oral fluids and acetaminophen. Headache 8/10 sitting upright before the procedure.

Procedure: Lumbar epidural blood patch at L3-L4 under fluoroscopic guidance.
Patient prone. Sterile prep. The L3-L4 interlaminar space was identified under
fluoroscopy. Skin local with 1% lidocaine. An 18 gauge Tuohy needle was advanced
with loss of resistance to saline. AP and lateral views confirmed the final
needle position. 2 mL of Omnipaque 240 confirmed epidural spread. 18 mL of
autologous blood, drawn sterilely from the left antecubital vein by a second
operator, was injected slowly until the patient felt back fullness. No steroid
was given.

Post-procedure: kept supine for 1 hour. Headache 1/10 sitting upright at 60
minutes.

Electronically signed by Nathaniel Osei-Bonsu, MD   02/02/2026 16:20
"""

B5_54_SCAN = """LAUREL CANYON SPINE CENTER
PROCEDURE NOTE - CERVICAL EPIDURAL STEROID INJECTION

Patient: Mendoza-Falk, Renata
Date of birth: 07/30/1968
MRN: LCS-440921
Date of Service: 03/18/2026
Physician: Douglas Amankwah, MD

Indication: Right C7 radiculopathy - neck pain radiating to the posterior arm and
middle finger, triceps weakness 4+/5. MRI: C6-C7 right paracentral disc
protrusion contacting the C7 root. Failed 8 weeks of physical therapy, a
cervical traction program and NSAIDs.

Pre-procedure pain: 7/10.

Procedure: C7-T1 interlaminar epidural steroid injection under fluoroscopic
guidance. Prone with the neck flexed. Sterile prep. The C7-T1 interlaminar space
was identified under fluoroscopy. Skin local with 1% lidocaine. A 20 gauge Tuohy
needle was advanced with loss of resistance to saline. Final needle position was
confirmed on contralateral oblique and AP views and saved. Omnipaque 240, 1.5 mL,
showed epidural spread from C7-T1 up to C5, right greater than left, with no
vascular uptake. Dexamethasone 10 mg with 2 mL preservative-free saline was
injected.

Post-procedure pain: 2/10 at 20 minutes. No complications.

Electronically signed by Douglas Amankwah, MD on 03/18/2026 at 10:35
"""

SCANS: list[tuple[str, list[str], int, list[float]]] = [
    ("b5_24_faxed_note_scan.pdf", [B5_24_SCAN], 2401, [0.8]),
    ("b5_42_two_page_scan.pdf", [B5_42_SCAN1, B5_42_SCAN2], 4202, [-0.7, 0.5]),
    ("b5_43_scanned_note.pdf", [B5_43_SCAN], 4303, [-1.0]),
    ("b5_54_faxed_scan.pdf", [B5_54_SCAN], 5409, [0.6]),
]

DPI = 300
PAGE_W, PAGE_H = int(8.5 * DPI), int(11 * DPI)


def write_text_pdf(path: Path, pages: list[str]) -> None:
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


def render_scan_page(text: str, rng: random.Random, tilt: float) -> Image.Image:
    font = ImageFont.load_default(size=48)
    img = Image.new("L", (PAGE_W, PAGE_H), 250)
    draw = ImageDraw.Draw(img)
    y = 200
    for line in text.splitlines():
        draw.text((180, y), line, fill=45, font=font)
        y += 68
    # fax look: slight tilt, a little blur, lowered contrast, speckles and a few streaks
    img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.9))
    img = img.point(lambda v: 45 + int(v * 0.78))
    px = img.load()
    assert px is not None
    for _ in range(1500):
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        px[x, yy] = rng.choice((130, 160, 190))
    streak_draw = ImageDraw.Draw(img)
    for _ in range(3):
        ys = rng.randrange(PAGE_H)
        streak_draw.line([(0, ys), (PAGE_W, ys)], fill=200, width=1)
    return img


def write_scan_pdf(path: Path, pages: list[str], seed: int, tilts: list[float]) -> None:
    rng = random.Random(seed)
    images = [render_scan_page(text, rng, tilt) for text, tilt in zip(pages, tilts, strict=True)]
    first, rest = images[0], images[1:]
    first.save(
        path,
        "PDF",
        resolution=float(DPI),
        save_all=True,
        append_images=rest,
        creationDate=FIXED_DATE.utctimetuple(),
        modDate=FIXED_DATE.utctimetuple(),
    )


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, pages in TEXT_PDFS:
        write_text_pdf(OUT / name, pages)
    for name, pages, seed, tilts in SCANS:
        write_scan_pdf(OUT / name, pages, seed, tilts)
    print(f"wrote {len(TEXT_PDFS) + len(SCANS)} PDFs to {OUT}")


if __name__ == "__main__":
    main()
