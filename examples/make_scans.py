#!/usr/bin/env python3
"""Make scanned versions of a few example PDFs, as a fax machine would deliver them.

Usage:  python examples/make_scans.py

Each page of examples/pdf/<stem>.pdf is rendered with pypdfium2 at 200 dpi (fax "fine"
resolution), turned by a small angle, sprinkled with salt-and-pepper noise, thresholded to
black and white, and saved as examples/scans/<stem>.pdf (image-only, no text layer) and
examples/scans/<stem>.png (first page). The notes are fictional; the output is deterministic.
"""

from __future__ import annotations

import pathlib
import random

import pypdfium2 as pdfium
from PIL import Image

HERE = pathlib.Path(__file__).resolve().parent
PDF_DIR = HERE / "pdf"
SCAN_DIR = HERE / "scans"
DPI = 200

# stem -> rotation in degrees (counter-clockwise) of the "fed-in crooked" page
SCANS = {
    "dev11_dictation_hardbreaks": 1.2,
    "dev25_cervical_c7t1": -0.8,
    "dev16_blank_template": 0.6,
}
NOISE = 0.002  # share of pixels flipped


def degrade(page: Image.Image, angle: float, seed: int) -> Image.Image:
    """Return ``page`` turned by ``angle``, with speckle noise, as a 1-bit fax image."""
    grey = page.convert("L").rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    rng = random.Random(seed)
    pixels = grey.load()
    assert pixels is not None
    for _ in range(int(grey.width * grey.height * NOISE)):
        x, y = rng.randrange(grey.width), rng.randrange(grey.height)
        pixels[x, y] = 0 if rng.random() < 0.5 else 255
    return grey.point(lambda v: 255 if v > 150 else 0).convert("1")


def scan(stem: str, angle: float) -> list[pathlib.Path]:
    pdf = pdfium.PdfDocument(PDF_DIR / f"{stem}.pdf")
    pages = []
    for index in range(len(pdf)):
        bitmap = pdf[index].render(scale=DPI / 72, grayscale=True)
        pages.append(degrade(bitmap.to_pil(), angle, seed=index + len(stem)))
    pdf.close()
    out_pdf = SCAN_DIR / f"{stem}.pdf"
    pages[0].save(out_pdf, "PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    out_png = SCAN_DIR / f"{stem}.png"
    pages[0].save(out_png, "PNG", optimize=True, dpi=(DPI, DPI))
    return [out_pdf, out_png]


def main() -> None:
    SCAN_DIR.mkdir(exist_ok=True)
    for stem, angle in SCANS.items():
        for out in scan(stem, angle):
            print(f"{out.relative_to(HERE)}  {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
