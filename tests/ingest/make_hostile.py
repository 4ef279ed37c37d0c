#!/usr/bin/env python3
"""Generate the hostile-input corpus for the ingest tests (nothing here is committed as binary).

Usage:  python tests/ingest/make_hostile.py OUT_DIR

Every file is synthetic. ``make_corpus(out_dir)`` returns ``{case name: path}``; the tests call
it into a temporary directory.
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
import zlib
from pathlib import Path

NOTE = (
    "PROCEDURE NOTE\n"
    "Patient: Jane Roe  MRN: 00-FAKE-0001  DOB: 01/02/1960\n"
    "Date of Service: 03/14/2025\n"
    "Procedure: Lumbar interlaminar epidural steroid injection at L4-L5 under fluoroscopic guidance.\n"
    "Pre-procedure VAS: 7/10. Post-procedure VAS: 2/10.\n"
    "AP and lateral fluoroscopic views confirmed the needle position.\n"
    "Omnipaque 180 showed epidural spread without vascular uptake. Patient is a cafe owner.\n"
    "Electronically signed by Dana Whitfield, MD\n"
)


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """Return a PDF file made of ``objects`` (numbered from 1) with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _stream(content: bytes, compress: bool = False) -> bytes:
    if compress:
        content = zlib.compress(content, 9)
        return (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content)
            + content
            + (b"\nendstream")
        )
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def text_pdf(lines: list[str], media_box: str = "0 0 612 792", y0: int = 740) -> bytes:
    """Return a one-page Helvetica PDF showing ``lines`` (ASCII) from the top."""
    ops = [b"BT /F1 10 Tf 14 TL 50 %d Td" % y0]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box.encode() + b"]"
            b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(b"\n".join(ops)),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def note_pdf() -> bytes:
    """Return the sample note as a normal one-page text PDF."""
    return text_pdf(NOTE.splitlines())


def pathological_pdf(repeats: int = 2_000_000) -> bytes:
    """Return a small PDF whose one page draws ``repeats`` text objects (a content-stream bomb)."""
    unit = b"BT /F1 1 Tf 10 10 Td (x) Tj ET\n"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(unit * repeats, compress=True),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def _letters(number: int) -> str:
    word = ""
    while True:
        number, rest = divmod(number, 26)
        word = chr(97 + rest) + word
        if not number:
            return word


def many_pages_pdf(count: int) -> bytes:
    """Return a PDF with ``count`` short pages (each says something different)."""
    kids = b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % count,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for index in range(count):
        content = (
            b"BT /F1 10 Tf 14 TL 50 740 Td (Progress note, continued.) Tj T* (Entry %s.) Tj ET"
        )
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
            b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * index)
        )
        objects.append(_stream(content % _letters(index).encode()))
    return raw_pdf(objects)


def image_only_pdf(media_box: str, width: int = 64, height: int = 64) -> bytes:
    """Return a PDF whose only page is a grey image stretched over ``media_box``."""
    x0, y0, x1, y1 = media_box.split()
    rng = random.Random(7)
    pixels = bytes(rng.randrange(200, 256) for _ in range(width * height))
    draw = b"q %s 0 0 %s %s %s cm /Im1 Do Q" % (
        str(float(x1) - float(x0)).encode(),
        str(float(y1) - float(y0)).encode(),
        x0.encode(),
        y0.encode(),
    )
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box.encode() + b"]"
            b" /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
            _stream(draw),
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Length %d >>\nstream\n"
            % (width, height, len(pixels))
            + pixels
            + b"\nendstream",
        ]
    )


def encrypted_pdf() -> bytes:
    """Return a note PDF that needs a user password (fpdf2 encryption)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret", user_password="user-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in NOTE.splitlines():
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def broken_xref_pdf() -> bytes:
    """Return the note PDF with every xref offset pointing at the wrong byte."""
    data = note_pdf()
    head, _, tail = data.partition(b"xref\n")
    lines = tail.split(b"\n")
    for index, line in enumerate(lines):
        if line.endswith(b" n "):
            lines[index] = b"%010d 00000 n " % (int(line[:10]) + 7)
    return head + b"xref\n" + b"\n".join(lines)


def noise_jpeg() -> bytes:
    """Return a small JPEG of grey noise (no text)."""
    from PIL import Image

    rng = random.Random(3)
    image = Image.new("L", (120, 80))
    image.putdata([rng.randrange(256) for _ in range(120 * 80)])
    out = io.BytesIO()
    image.save(out, "JPEG")
    return out.getvalue()


def zip_bytes() -> bytes:
    """Return a ZIP archive holding a text file (not a .docx)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("note.txt", NOTE)
    return out.getvalue()


def docx_bytes() -> bytes:
    """Return the note as a .docx with a field | value table and a ticked box."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "LAKESIDE SPINE - Patient: Jane Roe"
    for line in NOTE.splitlines()[:4]:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Pre-procedure VAS"
    table.cell(0, 1).text = "7"
    table.cell(1, 0).text = "Post-procedure VAS"
    table.cell(1, 1).text = "2"
    for line in NOTE.splitlines()[5:]:
        document.add_paragraph(line)
    document.add_paragraph("\u2612 Contrast used")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _docx_with_body(body: bytes | None = None, repeats: int = 1, doctype: str = "") -> bytes:
    """Return a .docx whose ``word/document.xml`` holds ``body`` ``repeats`` times."""
    template = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in template.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info, template.read(info))
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(
                f'<?xml version="1.0"?>{doctype}<w:document xmlns:w="{_W}"><w:body>'.encode()
            )
            for _ in range(repeats):
                part.write(body or b"")
            part.write(b"</w:body></w:document>")
    return out.getvalue()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bomb(expanded_mib: int = 120) -> bytes:
    """Return a .docx of about 0.2 MB whose document part expands to ``expanded_mib`` MiB."""
    paragraph = b"<w:p><w:r><w:t>epidural L4-L5 under fluoroscopy</w:t></w:r></w:p>"
    chunk = paragraph * (1024 * 1024 // len(paragraph))
    return _docx_with_body(chunk, expanded_mib)


def docx_entity_loop() -> bytes:
    """Return a .docx whose document part declares nested entities (a billion laughs)."""
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    body = b"<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>"
    return _docx_with_body(body, doctype=f"<!DOCTYPE w:document [{entities}]>")


def rtf_bytes() -> bytes:
    """Return the note as RTF."""
    body = "\\par\n".join(NOTE.splitlines())
    return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Courier;}}\\f0\\fs20 " + body + "}").encode()


def form_pdf(widgets: int, per_page: int = 500) -> bytes:
    """Return a fillable form: ``widgets`` text fields, each after its printed label ``Fn:``.

    Fields are flat (all at the top of the AcroForm), as generated forms have them: the layout
    that made PDFium's form environment quadratic. Five columns of 100 rows to a page.
    """
    pages = [range(start, min(start + per_page, widgets)) for start in range(0, widgets, per_page)]
    # Objects: 1 catalog, 2 page tree, 3 font, then per page: page, contents, its widgets.
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    page_refs, field_refs = [], []
    for fields in pages:
        page_number = len(objects) + 1
        first_widget = page_number + 2
        ops = [b"BT /F1 6 Tf"]
        annots = []
        for slot, field in enumerate(fields):
            column, row = divmod(slot, 100)
            x, y = 20 + column * 110, 760 - row * 7.4
            ops.append(b"1 0 0 1 %.1f %.1f Tm (F%d:) Tj" % (x, y, field))
            number = first_widget + slot
            annots.append(b"%d 0 R" % number)
        ops.append(b"ET")
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
            b" >> >> /Contents %d 0 R /Annots [%s] >>" % (page_number + 1, b" ".join(annots))
        )
        objects.append(_stream(b"\n".join(ops)))
        for slot, field in enumerate(fields):
            column, row = divmod(slot, 100)
            x, y = 20 + column * 110 + 35, 760 - row * 7.4 - 1
            objects.append(
                b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f%d) /V (%d) /F 4 /P %d 0 R"
                b" /Rect [%.1f %.1f %.1f %.1f] >>"
                % (field, field % 10, page_number, x, y, x + 40, y + 6)
            )
        page_refs.append(b"%d 0 R" % page_number)
        field_refs.extend(annots)
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] >> >>" % b" ".join(
        field_refs
    )
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(page_refs), len(pages))
    return raw_pdf(objects)


def make_corpus(out: Path) -> dict[str, Path]:
    """Write every hostile case into ``out`` and return ``{case: path}``."""
    out.mkdir(parents=True, exist_ok=True)
    note = note_pdf()
    cases: dict[str, bytes] = {
        "zero_byte.pdf": b"",
        "truncated.pdf": note[: len(note) // 3],
        "broken_xref.pdf": broken_xref_pdf(),
        "encrypted.pdf": encrypted_pdf(),
        "pages_300.pdf": many_pages_pdf(300),
        "huge_mediabox_text.pdf": text_pdf(NOTE.splitlines(), "0 0 200000 200000", 199_000),
        "huge_mediabox_scan.pdf": image_only_pdf("0 0 200000 200000"),
        "jpeg_named.pdf": noise_jpeg(),
        "zip_named.pdf": zip_bytes(),
        "binary_named.txt": random.Random(5).randbytes(4096),
        "big_20mb.txt": (NOTE * (21 * 1024 * 1024 // len(NOTE) + 1)).encode(),
        "latin1.txt": NOTE.replace("cafe", "caf\u00e9").encode("latin-1"),
        "utf16.txt": NOTE.replace("cafe", "caf\u00e9").encode("utf-16"),
        "pathological.pdf": pathological_pdf(),
        "note.docx": docx_bytes(),
        "note.rtf": rtf_bytes(),
        "bomb.docx": docx_bomb(),
        "entity_loop.docx": docx_entity_loop(),
    }
    paths = {}
    for name, data in cases.items():
        path = out / name
        path.write_bytes(data)
        paths[name] = path
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("hostile")
    for case, path in make_corpus(target).items():
        print(f"{case:28} {path.stat().st_size:>10,} bytes")
