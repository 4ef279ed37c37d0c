#!/usr/bin/env python3
"""Build the twelve dev13 PDFs: seven with a text layer and five image-only fax scans.

Usage:  python examples/dev13/make_pdfs.py

Every page's text is defined in ``DOCS`` below, together with ``note_pages``, the pages that are
the note (the others are fax covers, consent forms, a patient handout, discharge instructions
and a procedure order). ``check_gold.py`` reads ``DOCS`` to find labelled values, since the
scans have no text layer. Text PDFs (``pdf/``) are drawn with reportlab in Courier. Scans
(``scans/``) are drawn in Helvetica (one in Courier, as if typed) with a fax header band across
the top (a transmission date that is not the date of service), rendered with pypdfium2 at 200
dpi, turned by a small angle, sprinkled with salt-and-pepper noise from a fixed seed,
thresholded to black and white and saved by Pillow as image-only PDFs, with page 1 also saved
as a PNG next to each. The drawing and scan functions have the shape of the dev12 set's; the
page texts are new. All people, clinics, numbers and dates are fictional. The output is
deterministic for a given reportlab / pypdfium2 / Pillow version.
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

CONSENT_ESI = """\
CONSENT FOR SPINAL INJECTION -- PATIENT COPY

What the procedure is: a needle is placed near the spine and medicine (a steroid, sometimes
with a numbing medicine) is injected. Most spinal injections are done with X-ray guidance
(fluoroscopy), which lets the doctor see the needle. A small amount of X-ray dye (contrast) is
usually injected first so the doctor can see that the medicine will spread where it should.
Pictures (views) from the X-ray machine may be saved in your record.

Pain scores: before and after the injection we ask you to rate your pain from 0 to 10.

Risks: infection, bleeding, headache from a leak of spinal fluid, a temporary increase in pain,
nerve injury (rare), allergic reaction to the dye or medicine, raised blood sugar, flushing.

Alternatives: medicines, physical therapy, no treatment, surgery in some cases.

I have had the chance to ask questions. I agree to the procedure.

Patient signature: ______________________    Date: ___________
Witness: ______________________
"""

HANDOUT = """\
PATIENT INFORMATION: YOUR EPIDURAL STEROID INJECTION

Why am I having this injection? Steroid medicine placed in the epidural space can calm an
irritated nerve and ease leg or arm pain.

What happens on the day? You will lie on your front. The doctor uses a low-dose X-ray machine
(fluoroscopy) to guide the needle, and may take pictures from the front and from the side. A
small amount of contrast (dye) may be injected to check the needle position before the
medicine is given.

Pain scores: a nurse will ask you to score your pain from 0 to 10 before the injection and
again before you go home. Please keep a pain diary for two weeks using the same 0 to 10 scale.

After the injection: your leg may feel numb or heavy for a few hours. Do not drive today. You
may shower tomorrow. Call us if you have a fever, severe headache, new weakness, or loss of
bladder or bowel control.

Questions: call the clinic nurse line.
"""

DOCS: dict[str, dict] = {
    "d13_49_pdf_fax_cover_note_discharge": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FAX COVER SHEET
Alderbrook Outpatient Pain Unit (fictional)        Fax (555) 017-9902   Tel (555) 017-9900

Date sent: 05/20/2026            Pages (including cover): 3
To:   Medical Records, Fenwick Valley Orthopaedics (fictional)   Fax (555) 017-4410
From: Procedure scheduling desk
Re:   Procedure report requested by your office

Attached is the procedure report for the epidural injection your office asked for, with the
patient's discharge sheet. Our injections are done under fluoroscopy (live X-ray). When
contrast dye is used, the films and views are kept in our PACS and can be sent on request.
Pain scores on a 0 to 10 scale are recorded by our nursing staff.

CONFIDENTIALITY NOTICE: This fax may contain health information that is private. If you
received it in error, please call (555) 017-9900 and destroy all pages.
""",
            """\
ALDERBROOK OUTPATIENT PAIN UNIT (fictional) -- PROCEDURE REPORT

Patient: Clementine Abara-Voss        DOB: 10/10/1963        MRN: ABP-5520184
Date of Service: 05/14/2026           Physician: Florian Metzger-Obi, MD
Procedure: L4-L5 interlaminar epidural steroid injection, fluoroscopic guidance

INDICATION: Left L5 radicular pain for 5 months -- buttock, lateral thigh and calf to the
dorsum of the foot, with numbness of the great toe; positive left straight leg raise at 35
degrees. MRI 03/2026: left L4-L5 subarticular protrusion compressing the traversing left L5
root. Conservative care: 8 weeks of physical therapy, celecoxib and gabapentin, no relief.

PRE-PROCEDURE: Pain 7/10 (NRS) in the admission bay. No anticoagulants. No contrast allergy.
Consent signed. Time-out performed.

TECHNIQUE: Prone. Chlorhexidine prep and sterile drape. Under fluoroscopic guidance the L4-L5
interlaminar space was identified, and the skin was infiltrated with 1% lidocaine. A 20-gauge
Tuohy needle was advanced by a left paramedian approach with loss of resistance to saline at
5.5 cm. Aspiration negative. Omnipaque 240, 1.5 mL, showed epidural spread cephalad to L3 and
along the left L5 root, with no vascular or intrathecal uptake. AP and lateral images of the
final needle position were saved to PACS. Triamcinolone 80 mg with 2 mL preservative-free
saline was injected. The needle was removed intact. No complications. No sedation.

RECOVERY: Pain 2/10 (NRS) at 20 minutes. Ambulating, strength and sensation at baseline.
Discharged home with her husband.

PLAN: Continue home exercises. Follow up in 3 weeks.

Electronically signed by Florian Metzger-Obi, MD on 05/14/2026 at 12:32
""",
            """\
DISCHARGE INSTRUCTIONS AFTER YOUR SPINE INJECTION (patient copy)

Today you had an injection guided by X-ray (fluoroscopy). Some patients have contrast dye; it
leaves the body in the urine within a day.

- Rest today. You may return to normal activity tomorrow.
- Do not drive for the rest of the day.
- Numbness or heaviness in the leg can last a few hours.
- Keep track of your pain on a 0 to 10 scale each day for two weeks and bring the diary to
  your follow-up visit.
- Call us for fever, severe headache, new weakness, or trouble passing urine.

Nurse line: (555) 017-9900
""",
        ],
    },
    "d13_50_pdf_contrast_per_protocol_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
GLENMORRIS SPINE & PAIN (fictional) -- PROCEDURE NOTE

Patient: Ambrose Kittredge-Nair      DOB: 01/28/1960      MRN: GSP-3306512
Date of Service: 06/11/2026          Physician: Ulrike Bamgbose-Hart, MD

Procedure: L5-S1 interlaminar epidural steroid injection under fluoroscopic guidance.

Indication: Right S1 radiculopathy -- pain from the right buttock down the back of the leg to
the heel and lateral foot, reduced right ankle jerk, positive straight leg raise. MRI 04/2026:
right L5-S1 paracentral protrusion compressing the right S1 root. He has had 8 weeks of
physical therapy and meloxicam without relief.

Pre-procedure pain: 8/10 (NRS).
Allergies: none. No anticoagulants. Consent signed (attached). Time-out done.

Technique: Prone. Chlorhexidine prep; sterile drape. Fluoroscopy used to identify the L5-S1
interspace. 1% lidocaine to skin. 20 G Tuohy via a right paramedian approach; loss of
resistance to saline at 6 cm; aspiration negative.
Contrast: per protocol.
AP and lateral images of the final needle position saved.
Methylprednisolone 80 mg with 1 mL 1% lidocaine injected. Needle removed. No complications.

Post-procedure pain: 3/10 at 20 minutes. Discharged home with his wife.
Plan: follow up in 3 weeks; continue home exercises.

Electronically signed by Ulrike Bamgbose-Hart, MD 06/11/2026 15:07
""",
            CONSENT_ESI,
        ],
    },
    "d13_51_pdf_no_post_score_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
VESPERTINE PAIN INSTITUTE (fictional) -- INTERVENTIONAL PROCEDURE NOTE

Patient: Leticia Vantongeren         DOB: 02/22/1971         MRN: VPI-0447120
Date of Service: 07/09/2026          Physician: Cassius Obuya-Lindholm, MD

Procedure: Lumbar interlaminar epidural steroid injection, L4-L5, with fluoroscopy.

History: Left L5 radicular pain for 4 months, from the hip down the lateral leg to the top of
the foot, with a positive left straight leg raise and weak left EHL. MRI 05/2026: left L4-L5
paracentral protrusion contacting the left L5 nerve root. 10 weeks of physical therapy,
naproxen and gabapentin without improvement.

Pre-procedure: pain 7/10 (NRS). No blood thinners, no contrast allergy. Consent and time-out.

Procedure: Prone; chlorhexidine prep; sterile drape. The L4-L5 interspace was identified with
fluoroscopy and the skin infiltrated with 1% lidocaine. A 20 G Tuohy needle was advanced by a
left paramedian approach; loss of resistance to saline at 5 cm; aspiration negative. Omnipaque
180, 2 mL: epidural spread cephalad to L3 and into the left lateral recess without vascular
uptake. AP and lateral images of the final needle position saved. Dexamethasone 10 mg with
2 mL preservative-free saline injected. Needle removed. No complications.

Recovery: tolerated well; she says the leg "feels lighter". Vitals stable, ambulating without
help. Discharged with her sister; handout given (attached).

Plan: pain diary; follow up in 3 weeks.

Electronically signed by Cassius Obuya-Lindholm, MD 07/09/2026 11:50
""",
            HANDOUT,
        ],
    },
    "d13_52_pdf_one_view_fax_cover_two": {
        "note_pages": [1],
        "kind": "text",
        "pages": [
            """\
FAX -- Quarrington Spine Associates (fictional)
Date: 08/17/2026   Time: 09:14   Pages: 2 (including this cover)
To:   Utilization review, attn. records (fax (555) 018-2204)
From: Billing office, Quarrington Spine Associates (fax (555) 018-2290)

Enclosed: operative note (1 page). AP and lateral fluoroscopic images (2 views) to follow by
secure upload.

The information in this fax is confidential. If you are not the intended recipient, please
notify us by telephone and destroy these pages.
""",
            """\
QUARRINGTON SPINE ASSOCIATES (fictional) -- OPERATIVE NOTE

Patient: Humphrey Adjei-Larsen       DOB: 06/14/1959       MRN: QSA-870331
Date of Service: 08/13/2026          Surgeon: Oriel Kingsbury-Nwachukwu, MD

Procedure: Lumbar interlaminar epidural steroid injection, L5-S1, fluoroscopic guidance.

Indication: Left S1 radiculopathy with pain from the buttock to the sole, numbness of the
lateral foot and an absent left ankle reflex; MRI shows a left L5-S1 extrusion compressing the
left S1 root. 8 weeks of physical therapy and NSAIDs failed.

Pre-procedure pain score: 7/10.
Consent signed; time-out; no anticoagulants; no contrast allergy.

Technique: Prone. Chlorhexidine prep; sterile drape. The L5-S1 interspace was identified
fluoroscopically. 1% lidocaine skin wheal. A 20 G Tuohy needle was advanced by a left
paramedian approach; lateral fluoroscopy was used to monitor depth as the needle was advanced,
and loss of resistance to saline was reached at 6 cm. Aspiration negative. Omnipaque 240,
1.5 mL: epidural spread along the left S1 root and cephalad to L5, no vascular uptake.
Final needle position captured in the AP projection and stored.
Triamcinolone 80 mg with 1 mL preservative-free saline injected. No complications.

Post-procedure pain score: 2/10 at 20 minutes. Discharged home ambulatory.

Electronically signed by Oriel Kingsbury-Nwachukwu, MD 08/13/2026 13:40
""",
        ],
    },
    "d13_53_pdf_no_imaging_consent_order": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
HOLLOWFIELD PAIN ASSOCIATES (fictional) -- PROCEDURE NOTE

Patient: Eulalia Thornquist          DOB: 09/03/1967          MRN: HPA-2209137
Date of Service: 09/22/2026          Physician: Ptolemy Asante-Greer, MD

Procedure: Lumbar epidural steroid injection, interlaminar, L4-L5.

Indication: Bilateral L5 radicular pain, worse on the right, with neurogenic claudication from
L4-L5 lateral recess stenosis on MRI (07/2026). 8 weeks of physical therapy and gabapentin
without benefit.

Pre-procedure pain: 8/10.
Consent signed (attached). Time-out performed. No anticoagulants.

Technique: Sitting, flexed forward. Chlorhexidine prep, sterile drape. The L4-L5 interspace
was palpated at the level of the iliac crests and the skin infiltrated with 1% lidocaine. An
18-gauge Tuohy needle was advanced in the midline; loss of resistance to saline at 5 cm.
Aspiration negative for blood and CSF. Methylprednisolone 80 mg with 1% lidocaine 1 mL and
preservative-free saline 3 mL was injected. Needle removed intact. No complications.

Post-procedure pain: 4/10 at 20 minutes. Discharged home with her daughter.
Plan: follow up in 3 weeks.

Electronically signed by Ptolemy Asante-Greer, MD 09/22/2026 10:05
""",
            CONSENT_ESI,
            """\
PROCEDURE ORDER (referring office request form)

Order date: 08/28/2026
Ordered: lumbar epidural steroid injection, interlaminar, at the level the proceduralist
judges best.
Requested: fluoroscopic guidance with contrast; please send the saved views with the report.
Pain scale: 0 to 10 NRS before and after, please.
Diagnosis on order: lumbar stenosis with neurogenic claudication.
Ordering office signature: on file.
""",
        ],
    },
    "d13_54_pdf_blood_patch_handout": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
SABLEWOOD MEDICAL CENTER (fictional) -- ANESTHESIA PAIN SERVICE PROCEDURE NOTE

Patient: Isadora Penhaligon          DOB: 04/27/1990          MRN: SMC-7700415
Date of Service: 10/15/2026          Physician: Aurelio Fitzwilliam-Ade, MD

Procedure: Lumbar epidural blood patch, L3-L4, under fluoroscopic guidance.

Indication: Post-dural puncture headache after a diagnostic lumbar puncture on 10/09/2026 --
severe occipital and frontal headache on sitting or standing, relieved lying flat, with neck
stiffness and nausea. Conservative measures (fluids, caffeine, lying flat, acetaminophen) have
not helped.

Headache score before the procedure: 9/10 when upright.
No anticoagulants; afebrile; WBC normal. Consent signed; time-out done.

Technique: Prone. Chlorhexidine prep, sterile drape; the left antecubital fossa prepped
separately. Under fluoroscopy the L3-L4 interspace was identified. 1% lidocaine to the skin.
An 18 G Tuohy needle was advanced in the midline with loss of resistance to saline at 5 cm.
Omnipaque 180, 2 mL: epidural spread over L3 and L4 without intrathecal or vascular pattern.
AP and lateral images of the final needle position saved. 18 mL of autologous blood, drawn
sterilely from the left antecubital vein by a second operator, was injected slowly until the
patient felt pressure in the low back. Needle removed. No complications.

After the procedure: headache 1/10 sitting up at 30 minutes.
Plan: avoid heavy lifting for 48 hours; call if the headache returns.

Electronically signed by Aurelio Fitzwilliam-Ade, MD 10/15/2026 16:20
""",
            """\
PATIENT INFORMATION: EPIDURAL BLOOD PATCH

What is it? A small amount of your own blood is placed in the epidural space to seal a leak of
spinal fluid and stop the headache.

How is it done? You lie on your front. The doctor may use an X-ray machine (fluoroscopy) and a
little contrast dye to check the needle. Blood is taken from your arm at the same time.

Afterwards: rest for an hour. A nurse will ask you to rate your headache from 0 to 10 before
you leave. Avoid lifting and straining for two days. Call us if the headache comes back, or
for fever or back pain that gets worse.
""",
        ],
    },
    "d13_55_pdf_bilateral_l5_tfesi_consent": {
        "note_pages": [0],
        "kind": "text",
        "pages": [
            """\
MARROWSTONE SPINE CARE (fictional) -- PROCEDURE NOTE

Patient: Valentin Osterhout-Njoku    DOB: 11/19/1956    MRN: MSC-4402917
Date of Service: 11/12/2026          Physician: Jacinta Oyelowo-Brandt, MD

Procedure: Bilateral L5 transforaminal epidural steroid injections (L5-S1 foramina), under
fluoroscopic guidance.

Indication: Bilateral L5 radiculopathy from bilateral L5-S1 foraminal stenosis (grade 1 L5-S1
isthmic spondylolisthesis, MRI 09/2026): pain down the lateral legs to the dorsum of both feet,
numb great toes, positive SLR on both sides. 12 weeks of physical therapy, NSAIDs and
gabapentin without relief.

Pre-procedure pain: 8/10 (NRS).
No anticoagulants; no contrast allergy; consent signed (attached); time-out done.

Technique: Prone. Chlorhexidine prep, sterile drape. Each L5-S1 foramen was targeted on an
ipsilateral oblique view below the L5 pedicle. 1% lidocaine to the skin. 22 G 5" spinal
needles were advanced to the right and left L5-S1 foramina. Final needle positions were
confirmed on AP and lateral views and saved. Aspiration negative on both sides. Omnipaque 240,
1 mL per side, outlined the right and left L5 roots with medial flow into the epidural space;
no vascular uptake. Dexamethasone 5 mg with 1 mL 1% lidocaine injected on each side. No
complications.

Post-procedure pain: 3/10 at 20 minutes. Strength unchanged.
Plan: follow up in 3 weeks.

Electronically signed by Jacinta Oyelowo-Brandt, MD 11/12/2026 14:48
""",
            CONSENT_ESI,
        ],
    },
    "d13_56_scan_india_record_complete": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 1,
        "angle": 0.5,
        "noise": 0.0012,
        "band": "MAR 09 2026 11:47  FROM: SKSPC KONDAPURAM  TO: 04055509911  P.01/01",
        "pages": [
            """\
SRI KONDAPURAM SPINE & PAIN CENTRE (fictional)
Plot 14, Lakeview Road, Kondapuram 500999
EPIDURAL STEROID INJECTION -- PROCEDURE RECORD

Patient: Mrs. Lakshmi Venkatraman-Dsouza   Age/Sex: 54/F
UHID: KSP-2026-004417      IP No.: DC-1182
DOB: 11-08-1971            Date of procedure: 05-03-2026
Consultant: Dr. Raghavendra Iyengar-Suri, MD, FIPM

Diagnosis: Left L5 radiculopathy, L4-L5 disc bulge
compressing the left L5 root (MRI 12-02-2026). Pain from
left buttock to dorsum of foot, SLR positive at 40 deg.
Conservative: physiotherapy 6 weeks, NSAIDs, pregabalin.

Pre-procedure VAS: 8/10
Procedure: Lumbar interlaminar epidural steroid injection
at L4-L5 under C-arm fluoroscopy guidance. Prone, painted
and draped. Skin infiltration 2% lignocaine 2 ml. 18G
Tuohy needle, left paramedian approach, loss of
resistance to saline at 5.5 cm. Aspiration negative.
Inj. Omnipaque 300, 2 ml: epidural spread cranially to
L3 and into the left lateral recess.
Final needle position confirmed and saved in AP and
lateral views.
Drugs: Inj. Depomedrol 80 mg + NS 4 ml.
Complications: nil.
Post-procedure VAS (30 min): 2/10
Advice: rest today, continue physiotherapy, review 3 wks.

Signed: Dr. Raghavendra Iyengar-Suri
""",
        ],
    },
    "d13_57_scan_paper_form_unsigned": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 20,
        "angle": -0.6,
        "noise": 0.0015,
        "band": "04/28/2026 15:20  HARROWGATE PAIN  5550134471  PAGE 01",
        "pages": [
            """\
HARROWGATE PAIN CLINIC (fictional)
LUMBAR EPIDURAL STEROID INJECTION -- PROCEDURE FORM

Patient: Theodora Quaintance       DOB: 12/30/1965
MRN: HPC-119034                    DOS: 04/23/2026
Performed by: Dr. Lorcan Vintner-Abiodun

Indication: right S1 radiculopathy, L5-S1 extrusion
compressing the right S1 root; pain buttock to lateral
foot; SLR positive right. PT 8 weeks + NSAIDs failed.

Pre-procedure NRS: 6/10
Level: L5-S1
Approach: interlaminar, right paramedian
Guidance: fluoroscopy
Needle: 20G Tuohy, LOR to saline at 5.5 cm, asp neg
Contrast: Isovue-M 200, 1.5 mL - epidural spread along
the right S1 root and up to L5, no vascular uptake
Final position: AP and lateral images saved
Injectate: triamcinolone 80 mg + 1% lidocaine 1 mL
Complications: none
Post-procedure NRS (20 min): 2/10
Disposition: home with driver

Physician signature: ______________________
Date: ____________
""",
        ],
    },
    "d13_58_scan_pre_score_blank": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 12,
        "angle": 0.7,
        "noise": 0.0012,
        "band": "JUN 22 2026 08:03  FROM: BIRCHMONT SPINE  TO: 5550177302  P.01/01",
        "pages": [
            """\
BIRCHMONT SPINE & PAIN (fictional)
PROCEDURE NOTE - INTERLAMINAR ESI

Patient: Ferdinand Ashby-Olawale    Acct #: 40-77120
DOB: 08/16/1969                     DOS: 06/18/2026
Physician: Sabine Kowalski-Ume, MD

Indication: left L5 radicular pain to the dorsum of the
foot, L4-L5 protrusion contacting the left L5 root, SLR
positive left. PT 10 weeks, meloxicam: no relief.

Pre-procedure NRS: ____ /10
Procedure: L4-L5 interlaminar ESI under fluoroscopy.
Prone, prep and drape. 1% lidocaine skin. 20G Tuohy,
left paramedian, LOR saline 5 cm, aspiration negative.
Omnipaque 240 2 mL: epidural spread cephalad to L3 and
along the left L5 root, no vascular uptake.
Final needle position: AP and lateral views saved.
Dexamethasone 10 mg + NS 2 mL injected.
No complications.
Post-procedure NRS (20 min): 2/10

Signed: Sabine Kowalski-Ume, MD   06/18/2026
""",
        ],
    },
    "d13_59_scan_caudal_typed_complete": {
        "note_pages": [0],
        "kind": "scan",
        "font": "Courier",
        "seed": 19,
        "angle": -0.5,
        "noise": 0.0010,
        "band": "09/14/2026 10:41  PEMBERTON PAIN  5550162280  P. 001",
        "pages": [
            """\
PEMBERTON PAIN & SPINE (fictional)
CAUDAL EPIDURAL STEROID INJECTION

Patient: Jedediah Strickland-Obi
DOB: 03/21/1950   MRN: PPS-601188
Date of service: 09/10/2026
Physician: Octavia Pemberton-Ilori, MD

Indication: post-laminectomy syndrome
(L4-L5 laminectomy 2022) with bilateral
S1 radicular pain, posterior calves to
the heels. PT 12 weeks, gabapentin: no
relief.

Pain before injection: 7/10 (NRS).

Technique: prone, chlorhexidine prep,
sterile drape. Sacral hiatus found on
lateral fluoroscopy. 1% lidocaine to
skin. 20G Tuohy into the caudal
epidural space via the sacral hiatus.
Aspiration negative. Omnipaque 240,
5 mL: epidural spread up the sacral
canal to L5, along both S1 roots, no
vascular uptake. Final needle position
saved on AP and lateral views.
Methylprednisolone 80 mg + 8 mL NS.
No complications.

Pain 20 min after injection: 2/10.

Signed: Octavia Pemberton-Ilori, MD
""",
        ],
    },
    "d13_60_scan_ct_myelogram_lp": {
        "note_pages": [0],
        "kind": "scan",
        "seed": 8,
        "angle": 0.6,
        "noise": 0.0014,
        "band": "NOV 23 2026 13:12  FROM: GILLESPIE IMAGING  TO: 5550191177  P.01/01",
        "pages": [
            """\
GILLESPIE IMAGING & SPINE (fictional)
FLUOROSCOPIC LUMBAR PUNCTURE FOR CT MYELOGRAM

Patient: Cordelia Hawksworth-Umeh   DOB: 07/11/1948
MRN: GIS-230981                     DOS: 11/19/2026
Physician: Lysander Okafor-Brennan, MD

Indication: lumbar stenosis with neurogenic claudication;
MRI not possible (pacemaker). CT myelogram requested
before decompression planning.

Pain before: 5/10 (back and legs, standing)

Procedure: prone. Chlorhexidine prep and drape. L2-L3
interspace identified on fluoroscopy. 1% lidocaine to
skin. 22G spinal needle advanced in the midline into
the thecal sac; clear CSF returned. AP and lateral
images confirmed the needle tip in the thecal sac.
Omnipaque 300, 10 mL, injected intrathecally;
intrathecal contrast layered in the thecal sac down to
the sacrum. No steroid given. Needle removed.
No complications.

Pain after: 5/10. To CT for the myelogram.

Signed: Lysander Okafor-Brennan, MD
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

    ``band`` is a fax header line drawn across the top of every page.
    """
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    pdf.setTitle("dev13 fictional example")
    for text in pages:
        if band:
            pdf.setFont("Helvetica", 9)
            pdf.drawString(36, letter[1] - 24, band)
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


def scan(doc: dict) -> list:
    """Render ``doc`` as crooked, noisy 1-bit fax pages and return them as Pillow images."""
    import pypdfium2 as pdfium
    from PIL import Image

    font = doc.get("font", "Helvetica")
    source = pdfium.PdfDocument(draw_pdf(doc["pages"], 12, 60, font, doc.get("band")))
    images = []
    for index in range(len(source)):
        grey = source[index].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        grey = grey.rotate(doc["angle"], resample=Image.Resampling.BICUBIC, fillcolor=255)
        rng = random.Random(doc["seed"] * 100 + index)
        pixels = grey.load()
        for _ in range(int(grey.width * grey.height * doc["noise"])):
            x, y = rng.randrange(grey.width), rng.randrange(grey.height)
            pixels[x, y] = 0 if rng.random() < 0.5 else 255
        images.append(grey.point(lambda v: 255 if v > 150 else 0).convert("1"))
    source.close()
    return images


def scan_pdf(images: list) -> bytes:
    """Return ``images`` saved as an image-only PDF with fixed dates."""
    buf = io.BytesIO()
    # fixed dates keep the file byte-identical from run to run
    stamp = time.strptime("2026-12-04 12:00:00", "%Y-%m-%d %H:%M:%S")
    images[0].save(
        buf,
        "PDF",
        resolution=DPI,
        save_all=True,
        append_images=images[1:],
        title="dev13 fictional fax scan",
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def main() -> None:
    """Write every PDF in ``DOCS`` to ``pdf/`` (text layer) or ``scans/`` (image only + PNG)."""
    for name, doc in DOCS.items():
        OUT[doc["kind"]].mkdir(exist_ok=True)
        path = OUT[doc["kind"]] / f"{name}.pdf"
        if doc["kind"] == "text":
            data = draw_pdf(doc["pages"], 10, 92)
        else:
            images = scan(doc)
            data = scan_pdf(images)
            png = path.with_suffix(".png")
            images[0].save(png, "PNG", dpi=(DPI, DPI), optimize=False)
            print(f"{png.relative_to(HERE)}  {png.stat().st_size:,} bytes")
        path.write_bytes(data)
        print(f"{path.relative_to(HERE)}  {len(data):,} bytes  {len(doc['pages'])} page(s)")


if __name__ == "__main__":
    main()
