"""Build the PDF documents of the blind2 set (b2_41..b2_43).

Each PDF is a fictional procedure note plus a page that is NOT the note (a patient
handout, a fax cover sheet or a consent form). Gold labels for these files are
based on the note pages only.

fpdf2 was not installed in the project venv when this set was written, so this
script carries a tiny PDF writer of its own (standard Courier font, WinAnsi text,
no compression). Run:  python examples/blind2/make_pdfs.py
"""

from __future__ import annotations

import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent

PAGE_W, PAGE_H = 612, 792  # US letter, points
MARGIN = 54
FONT_SIZE = 10
LEADING = 12.5
WRAP = 84  # Courier 10 pt: 6 pt per character
LINES_PER_PAGE = int((PAGE_H - 2 * MARGIN) // LEADING)


def _escape(line: str) -> bytes:
    raw = line.encode("latin-1", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _layout(page_text: str) -> list[list[str]]:
    """Wrap one logical page; split it over several physical pages if it is long."""
    lines: list[str] = []
    for para in page_text.strip("\n").split("\n"):
        if not para.strip():
            lines.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        lines.extend(
            textwrap.wrap(para, WRAP, subsequent_indent=" " * indent, break_long_words=True)
        )
    return [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[]]


def write_pdf(path: Path, pages: list[str]) -> None:
    physical: list[list[str]] = []
    for page in pages:
        physical.extend(_layout(page))

    objects: list[bytes] = []  # object n is objects[n-1]

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    catalog = add(b"")  # placeholder, filled in below
    pages_obj = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
    kids: list[int] = []
    for lines in physical:
        ops = [b"BT", f"/F1 {FONT_SIZE} Tf".encode(), f"{LEADING} TL".encode()]
        ops.append(f"{MARGIN} {PAGE_H - MARGIN - FONT_SIZE} Td".encode())
        for line in lines:
            ops.append(b"(" + _escape(line) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page = add(
            (
                f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"
            ).encode()
        )
        kids.append(page)
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    kid_refs = " ".join(f"{k} 0 R" for k in kids)
    objects[pages_obj - 1] = f"<< /Type /Pages /Kids [{kid_refs}] /Count {len(kids)} >>".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R "
        f"/Info << /Producer (blind2 make_pdfs.py) >> >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    path.write_bytes(bytes(out))


NOTE_41 = """
OSPREY BAY PAIN CENTER
1440 Harbor Loop, Suite 3                                  Procedure Note

Patient: Noor Al-Hashimi-Pratt         DOB: 02/09/1979        MRN: OBP-207731
Date of service: 10/27/2026            Physician: Lukas Ferreira-Dunmore, MD

PROCEDURE: Lumbar interlaminar epidural steroid injection, L4-L5, left paramedian,
with fluoroscopic guidance.

INDICATION: Left L5 radicular pain from the left buttock down the lateral thigh and
shin to the top of the foot, with numbness between the first and second toes and a
positive left straight leg raise. MRI 09/2026: left subarticular L4-5 disc protrusion
contacting the traversing left L5 root. Physical therapy for 7 weeks, home exercise
and naproxen without adequate relief.

PRE-PROCEDURE: pain 8/10 on the numeric rating scale.

DESCRIPTION: Consent confirmed and time-out completed. Prone, sterile prep and drape.
The L4-5 interlaminar window was identified with fluoroscopy and the skin infiltrated
with 1% lidocaine 2 mL. A 20 G Tuohy needle was advanced left paramedian with loss of
resistance to saline at 5.5 cm. Omnipaque 240, 2 mL, showed epidural spread along the
left L4-5 level and the left L5 root sleeve, no vascular or intrathecal pattern. AP
and lateral fluoroscopic images of the final needle position were saved to PACS.
Injected triamcinolone 40 mg with 2 mL preservative-free saline.

POST-PROCEDURE: pain 3/10 at 20 minutes. Neurologically unchanged. Discharged with her
sister. Follow-up in 4 weeks.

Electronically signed by Lukas Ferreira-Dunmore, MD on 10/27/2026 at 14:05
"""

HANDOUT_41 = """
OSPREY BAY PAIN CENTER - PATIENT EDUCATION

YOUR EPIDURAL STEROID INJECTION: WHAT TO EXPECT

What is it? An epidural steroid injection places anti-inflammatory medicine near the
irritated nerves in your spine.

How is it done? You lie on your stomach. The doctor uses fluoroscopy (a live X-ray
picture) to guide a thin needle. A small amount of contrast dye is usually injected
so the doctor can see where the medicine will spread. Tell us if you have ever had a
reaction to X-ray dye or iodine.

Rating your pain: Before and after the injection a nurse will ask you to rate your
pain from 0 (no pain) to 10 (the worst pain you can imagine). Please keep using the
same 0-10 scale in your pain diary for the next two weeks.

After the injection: Your leg may feel numb or heavy for a few hours. Do not drive
today. Call us for fever, severe headache, new weakness, or loss of bladder or bowel
control.

Questions? Call the nurse line at 555-0148.                       Form PE-22 (rev 2026)
"""

FAX_42 = """
TIDEWATER SPINE & PAIN                                 *** FACSIMILE COVER SHEET ***

To:      Harbor Mutual Health - Utilization Review          Fax: 555-0190
From:    Billing office, Tidewater Spine & Pain             Fax: 555-0177
Date:    10/22/2026                                          Pages (incl. cover): 2

RE: Procedure documentation - lumbar epidural steroid injection with fluoroscopy
Patient: Quentin Albrecht-Mora     DOB: 06/02/1962     Member ID: HMH-44019822
Claim: 62323, date of service 10/20/2026

Message: Attached please find the procedure note requested for the above claim.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended
only for the recipient named above. If you received it in error, notify the sender at
555-0177 and destroy all copies.
"""

NOTE_42 = """
TIDEWATER SPINE & PAIN - PROCEDURE NOTE

Patient: Quentin Albrecht-Mora
Date of procedure: 10/20/2026
Physician: Seraphina Okwuosa-Lind, MD

Procedure: Interlaminar epidural steroid injection L5-S1, right paramedian, under
fluoroscopy.

Indication: Right S1 radiculopathy - pain from the right buttock to the lateral foot,
absent right ankle reflex; MRI right L5-S1 paracentral herniation compressing the
right S1 root. 6 weeks of PT and meloxicam.

Pre-procedure pain 7/10.

Technique: Prone, sterile prep. 1% lidocaine to skin. 20 G Tuohy needle into the
L5-S1 interlaminar space, loss of resistance to air. Isovue-M 200 1.5 mL: epidural
spread to the right at L5-S1 and along the right S1 sleeve. Final needle position
recorded in AP and contralateral oblique images, saved. Methylprednisolone 80 mg with
2 mL normal saline injected.

Post-procedure pain 2/10. No complications.

Electronically signed: Seraphina Okwuosa-Lind, MD  10/20/2026 10:48
"""

NOTE_43 = """
BRAMBLEWOOD INTERVENTIONAL SPINE
PROCEDURE NOTE

Patient: Beatrix Ndlovu-Carver       DOB: 12/30/1969       MRN: BIS-0038124
Date: 12/02/2026                      Physician: Emeric Halvorsen-Yeboah, MD

Procedure: Lumbar interlaminar epidural steroid injection at L3-L4, midline,
fluoroscopic guidance.

Indication: Neurogenic claudication from L3-4 central stenosis - bilateral thigh
aching and heaviness after walking two blocks, relieved by sitting. 10 weeks of PT
and NSAIDs.

Pre-procedure pain: 6/10.

Description: Prone, sterile prep and drape. Skin anesthetized with 1% lidocaine. Under
fluoroscopy a 20 G Tuohy needle was advanced in the midline at L3-4 and the epidural
space entered with loss of resistance to saline; negative aspiration. AP and lateral
fluoroscopic images of the final needle position were saved. Injected triamcinolone
80 mg with 3 mL preservative-free saline.

Post-procedure pain: 2/10 at 15 minutes.

Electronically signed by Emeric Halvorsen-Yeboah, MD 12/02/2026 13:31

(Attached: signed consent form)
"""

CONSENT_43 = """
BRAMBLEWOOD INTERVENTIONAL SPINE
INFORMED CONSENT FOR SPINAL INJECTION

I authorize the physician named below to perform: lumbar epidural steroid injection.

The procedure has been explained to me. I understand that fluoroscopy (X-ray) is used
to guide the needle and that a contrast dye is normally injected to confirm where the
medicine spreads, unless I am allergic to it or pregnant. I will be asked to rate my
pain on a 0 to 10 scale before and after the procedure.

Risks include, but are not limited to: bleeding, infection, headache from a spinal
fluid leak, increased pain, allergic reaction, nerve injury, and rarely paralysis.
Steroids can raise blood sugar and cause flushing or sleeplessness.

Alternatives include physical therapy, medications, surgery, or no treatment.

Patient signature: Beatrix Ndlovu-Carver (signed on paper)     Date: 12/02/2026
Witness: ______________________________                         Date: ___________
Physician signature: ___________________________                Date: ___________
"""

DOCS = {
    "b2_41_pdf_note_handout.pdf": [NOTE_41, HANDOUT_41],
    "b2_42_pdf_faxcover_note.pdf": [FAX_42, NOTE_42],
    "b2_43_pdf_note_consent.pdf": [NOTE_43, CONSENT_43],
}


def main() -> None:
    for name, pages in DOCS.items():
        write_pdf(HERE / name, pages)
        print("wrote", name)


if __name__ == "__main__":
    main()
