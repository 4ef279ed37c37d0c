"""Image-only pages and image files through Tesseract (pytesseract drives the system binary).

Scans as they reach a billing office are faxed, slightly rotated, noisy and often 200 dpi or
less. Before OCR a page is converted to grey, cleaned of salt-and-pepper noise, upscaled to
about 300 dpi and deskewed (projection profile over +-5 degrees); when the first read is poor,
Tesseract's orientation detection (OSD) is tried for pages turned by 90 or 180 degrees. Every
word keeps its box and Tesseract's confidence, so evidence read from a scan says so.
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import statistics
import warnings
from functools import lru_cache
from typing import Any

from nlp_checker.errors import NoTextLayerError, TooLargeError, UnsupportedFormatError
from nlp_checker.ingest.deadline import Deadline
from nlp_checker.ingest.failures import TESSERACT_INSTALL_HINT, OcrUnavailableError
from nlp_checker.ingest.limits import Limits
from nlp_checker.ingest.lines import Box, Line, PageLines, Word

log = logging.getLogger(__name__)

INSTALL_HINT = TESSERACT_INSTALL_HINT
# Scans are read as if at this resolution; lower ones are upscaled first.
_TARGET_DPI = 300
# A letter page at 300 dpi is about 2,550 pixels wide; narrower page images are upscaled.
_TARGET_WIDTH = 2400
_MAX_UPSCALE = 3.0
# Below this mean word confidence the page is tried again after orientation detection.
_RETRY_CONFIDENCE = 60.0
# Page segmentation "one block of text": rows stay whole across wide gaps, so a label | value
# grid reads "MRN: 2280915" (automatic segmentation, --psm 3, read the labels and the values as
# two columns). Real two-column prose is put in order afterwards, as for text-layer pages.
_PSM = 4
_SKEW_RANGE = 5.0
_SKEW_STEP = 0.5
# Grey level below which a pixel is ink; a drawn rule is this many line heights long at least.
_INK_LEVEL = 128
_RULE_HEIGHTS = 1.5


@lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """Return why OCR cannot run here, or None when pytesseract and Tesseract are installed."""
    try:
        import pytesseract  # type: ignore[import-untyped]
    except ImportError:
        return "the Python package pytesseract is not installed"
    try:
        from PIL import Image  # noqa: F401
    except ImportError:
        return "the Python package Pillow is not installed"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        return "the Tesseract OCR program is not installed"
    try:
        pytesseract.get_tesseract_version()
    except (pytesseract.TesseractNotFoundError, OSError):
        return "the Tesseract OCR program cannot be run"
    return None


def require_ocr(what: str) -> None:
    """Raise :class:`OcrUnavailableError` naming ``what`` needs OCR, when it cannot run."""
    reason = unavailable_reason()
    if reason is not None:
        msg = f"{what} needs OCR, but {reason}; {INSTALL_HINT}"
        raise OcrUnavailableError(msg)


def render_scale(width: float, height: float, limits: Limits) -> float:
    """Return the render scale (pixels per point) for OCR, capped by the pixel budget."""
    scale = limits.ocr_dpi / 72
    area = max(width * height, 1.0)
    budget = float((limits.max_image_pixels / area) ** 0.5)
    return max(min(scale, budget), 0.01)


def _deskew_angle(image: object) -> float:
    """Return the rotation (degrees) that makes text lines horizontal (projection profile)."""
    import numpy as np
    from PIL import Image

    assert isinstance(image, Image.Image)
    small = image.copy()
    small.thumbnail((800, 800))
    ink = np.asarray(small.point(lambda v: 255 if v < 128 else 0), dtype=np.float32)
    if ink.sum() == 0:
        return 0.0
    picture = Image.fromarray(ink.astype(np.uint8))
    best_angle, best_score = 0.0, -1.0
    steps = int(_SKEW_RANGE / _SKEW_STEP)
    for step in range(-steps, steps + 1):
        angle = step * _SKEW_STEP
        rotated = np.asarray(picture.rotate(angle, resample=Image.Resampling.NEAREST), np.float32)
        profile = rotated.sum(axis=1)
        score = float(np.square(np.diff(profile)).sum())
        if score > best_score:
            best_angle, best_score = angle, score
    return best_angle


def prepare(image: object) -> tuple[object, float]:
    """Return the cleaned, upscaled, deskewed page image and its scale from the original."""
    from PIL import Image, ImageFilter, ImageOps

    assert isinstance(image, Image.Image)
    grey = ImageOps.exif_transpose(image) or image
    grey = grey.convert("L")
    scale = 1.0
    if grey.width < _TARGET_WIDTH:
        scale = min(_TARGET_WIDTH / grey.width, _MAX_UPSCALE)
        grey = grey.resize(
            (round(grey.width * scale), round(grey.height * scale)), Image.Resampling.LANCZOS
        )
    grey = grey.filter(ImageFilter.MedianFilter(3))
    angle = _deskew_angle(grey)
    if angle:
        grey = grey.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    return grey, scale


def _underlined(ink: Any, x0: int, x1: int, top: int, bottom: int) -> bool:
    """Return True when a horizontal rule (a ``____`` form blank) runs through the region."""
    if x1 - x0 < 4 or ink is None:
        return False
    height = bottom - top
    region = ink[max(top, 0) : bottom + height // 2, max(x0, 0) : x1]
    if region.shape[0] < 3 or region.shape[1] == 0:
        return False
    import numpy as np

    # A scanned rule is a few pixels thick and not quite level: join each row with the next two,
    # then look for one unbroken dark run at least two line heights long (no glyph has one).
    joined = region[:-2] | region[1:-1] | region[2:]
    padded = np.pad(joined.astype(np.int8), ((0, 0), (1, 1)))
    edges = np.diff(padded, axis=1)
    for row_starts, row_ends in zip(edges == 1, edges == -1, strict=True):
        starts, ends = np.flatnonzero(row_starts), np.flatnonzero(row_ends)
        if starts.size and int((ends - starts).max()) >= _RULE_HEIGHTS * height:
            return True
    return False


# Checkboxes as Tesseract misreads them: "{x]", "(x)", "[X}", "[]", "{ ]".
_TICKED = re.compile(r"^[\[{(|lI1]\s*[xX\u00d7*\u2713vV]\s*[\]})|lIJ1]$")
_EMPTY = re.compile(r"^[\[{(][\]})]$")
_OPENERS = {"[", "{", "(", "|"}
_CLOSERS = {"]", "}", ")", "|"}
# Spinal levels with a letter read for a digit: "L4-LS" is "L4-L5", "LS-S1" is "L5-S1".
_LEVEL = re.compile(r"^([CTLS])([0-9SlIO]{1,2})([-/])([CTLS])([0-9SlIO]{1,2})([,.;:)]?)$")
_DIGIT_FOR = str.maketrans({"S": "5", "l": "1", "I": "1", "O": "0"})
# A single level with a letter l or I for the digit one: "Sl" is "S1".
_ONE_LEVEL = re.compile(r"^([CTLS])[lI]([,.;:)]?)$")
# A tilde between letters or digits is a misread hyphen ("Abernathy~Stone").
_TILDE = re.compile(r"(?<=\w)~-?(?=\w)")
# Two pieces of a hyphenated word closer than this share of the line height are one word.
_HYPHEN_GAP = 0.4


def _fix_token(token: str) -> str:
    """Correct the OCR misreadings the rules depend on: checkbox glyphs, levels, hyphens."""
    token = _TILDE.sub("-", token)
    if _TICKED.match(token):
        return "[x]"
    if _EMPTY.match(token):
        return "[ ]"
    level = _LEVEL.match(token)
    if level:
        first, second = level.group(2).translate(_DIGIT_FOR), level.group(5).translate(_DIGIT_FOR)
        if first.isdigit() and second.isdigit():
            spine, _, dash, other, _, tail = level.groups()
            return f"{spine}{first}{dash}{other}{second}{tail}"
    single = _ONE_LEVEL.match(token)
    if single:
        return f"{single.group(1)}1{single.group(2)}"
    return token


def _join_hyphens(
    tokens: list[tuple[str, tuple[int, int, int, int], float | None]], height: int
) -> list[tuple[str, tuple[int, int, int, int], float | None]]:
    """Join "PRE" "-PROCEDURE" back into "PRE-PROCEDURE" when Tesseract split at a hyphen."""
    joined: list[tuple[str, tuple[int, int, int, int], float | None]] = []
    for token in tokens:
        if joined:
            text, box, confidence = joined[-1]
            close = token[1][0] - box[2] < height * _HYPHEN_GAP
            if close and (token[0].startswith("-") or text.endswith("-")) and text != "-":
                merged = (box[0], min(box[1], token[1][1]), token[1][2], max(box[3], token[1][3]))
                scores = [c for c in (confidence, token[2]) if c is not None]
                joined[-1] = (text + token[0], merged, min(scores) if scores else None)
                continue
        joined.append(token)
    return joined


def _fix_boxes(tokens: list[str]) -> list[str]:
    """Turn a bracket pair read as two tokens ("{", "]") into an empty checkbox ("[", "]")."""
    fixed = list(tokens)
    for index in range(len(fixed) - 1):
        if fixed[index] in _OPENERS and fixed[index + 1] in _CLOSERS:
            fixed[index], fixed[index + 1] = "[", "]"
    return fixed


def _pixel_tokens(
    data: dict[str, list[object]], indexes: list[int], ink: Any
) -> list[tuple[str, tuple[int, int, int, int], float | None]]:
    """Return a line's words with pixel boxes, with ``___`` where Tesseract skipped a blank."""
    tokens: list[tuple[str, tuple[int, int, int, int], float | None]] = []
    for i in sorted(indexes, key=lambda j: int(str(data["word_num"][j]))):
        left, top = int(str(data["left"][i])), int(str(data["top"][i]))
        box = (left, top, left + int(str(data["width"][i])), top + int(str(data["height"][i])))
        text = _fix_token(str(data["text"][i]).strip())
        tokens.append((text, box, max(float(str(data["conf"][i])), 0.0)))
    texts = _fix_boxes([t for t, _, _ in tokens])
    tokens = [(text, box, conf) for text, (_, box, conf) in zip(texts, tokens, strict=True)]
    if not tokens:
        return tokens
    height = max(int(statistics.median(b[3] - b[1] for _, b, _ in tokens)), 1)
    tokens = _join_hyphens(tokens, height)
    if ink is None:
        return tokens
    top = min(b[1] for _, b, _ in tokens)
    bottom = max(b[3] for _, b, _ in tokens)
    # Tesseract drops underscores: look for a rule in wide gaps and after a trailing label.
    filled: list[tuple[str, tuple[int, int, int, int], float | None]] = []
    for index, token in enumerate(tokens):
        if index:
            x0, x1 = tokens[index - 1][1][2] + height // 3, token[1][0] - height // 3
            if x1 - x0 > height // 2 and _underlined(ink, x0, x1, top, bottom):
                filled.append(("___", (x0, top, x1, bottom), None))
        filled.append(token)
    last = tokens[-1]
    if last[0].endswith(":"):
        x0 = last[1][2] + height // 2
        x1 = min(x0 + 6 * height, ink.shape[1])
        if _underlined(ink, x0, x1, top, bottom):
            filled.append(("___", (x0, top, x1, bottom), None))
    return filled


def _lines_from_data(
    data: dict[str, list[object]], units_per_pixel: float, ink: Any = None
) -> list[Line]:
    """Group Tesseract's word table into lines, keeping boxes and confidences."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, text in enumerate(data["text"]):
        if not str(text).strip():
            continue
        key = (
            int(str(data["block_num"][i])),
            int(str(data["par_num"][i])),
            int(str(data["line_num"][i])),
        )
        groups.setdefault(key, []).append(i)
    lines: list[Line] = []
    for key in sorted(groups):
        parts: list[str] = []
        words: list[Word] = []
        offset = 0
        for token, pixels, confidence in _pixel_tokens(data, groups[key], ink):
            box = (
                pixels[0] * units_per_pixel,
                pixels[1] * units_per_pixel,
                pixels[2] * units_per_pixel,
                pixels[3] * units_per_pixel,
            )
            if parts:
                offset += 1
            words.append(Word(offset, offset + len(token), box, confidence))
            parts.append(token)
            offset += len(token)
        # Blank lines come from the line geometry (layout.mark_blank_lines), as for text-layer
        # pages; Tesseract's paragraphs split label | value rows apart.
        lines.append(Line(text=" ".join(parts), words=words))
    return lines


def _run(image: object, deadline: Deadline, units_per_pixel: float) -> tuple[list[Line], float]:
    import pytesseract

    # Tesseract's OpenMP threads make a page 2-4x slower on a busy two-core machine (measured:
    # 7.5 s against 2.0 s); one thread per page, and parallel pages through worker processes.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")

    timeout = max(deadline.remaining(), 0.1)
    try:
        data = pytesseract.image_to_data(
            image, config=f"--psm {_PSM}", output_type=pytesseract.Output.DICT, timeout=timeout
        )
    except RuntimeError as exc:
        # pytesseract raises RuntimeError("Tesseract process timeout") when it kills Tesseract.
        if "timeout" in str(exc).lower():
            deadline.check("OCR")
            msg = f"OCR stopped by the time limit ({exc})"
            raise NoTextLayerError(msg) from exc
        raise
    import numpy as np

    ink = np.asarray(image) < _INK_LEVEL if hasattr(image, "mode") else None
    lines = _lines_from_data(data, units_per_pixel, ink)
    confidences = [w.confidence for line in lines for w in line.words if w.confidence is not None]
    mean = statistics.fmean(confidences) if confidences else 0.0
    return lines, mean


def _orientation(image: object, deadline: Deadline) -> int:
    """Return the clockwise rotation Tesseract's OSD finds (0 when unsure or on failure)."""
    import pytesseract

    try:
        osd = pytesseract.image_to_osd(
            image, output_type=pytesseract.Output.DICT, timeout=max(deadline.remaining(), 0.1)
        )
    except (pytesseract.TesseractError, RuntimeError) as exc:
        log.info("orientation detection failed: %s", type(exc).__name__)
        return 0
    if float(osd.get("orientation_conf", 0)) < 2.0:
        return 0
    return int(osd.get("rotate", 0))


def _unturn(box: Box, rotate: int, width: float, height: float) -> Box:
    """Map a box read on the page turned clockwise by ``rotate`` back onto the page as scanned.

    ``width`` and ``height`` are the scanned page's size, in the box's units.
    """
    x0, y0, x1, y1 = box
    corners = [(x0, y0), (x1, y1)]
    if rotate % 360 == 90:
        points = [(y, height - x) for x, y in corners]
    elif rotate % 360 == 180:
        points = [(width - x, height - y) for x, y in corners]
    elif rotate % 360 == 270:
        points = [(width - y, x) for x, y in corners]
    else:
        return box
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def read_image(image: object, deadline: Deadline, units_per_pixel: float = 1.0) -> PageLines:
    """OCR one page image into positioned lines (boxes in ``units_per_pixel`` units).

    Raises
    ------
    OcrUnavailableError
        When Tesseract is not installed.
    """
    require_ocr("a scanned page")
    prepared, scale = prepare(image)
    factor = units_per_pixel / scale
    lines, confidence = _run(prepared, deadline, factor)
    if confidence < _RETRY_CONFIDENCE:
        deadline.check("orientation detection")
        rotate = _orientation(prepared, deadline)
        if rotate:
            from PIL import Image

            assert isinstance(prepared, Image.Image)
            turned = prepared.rotate(-rotate, expand=True, fillcolor=255)
            deadline.check("OCR after rotation")
            new_lines, new_confidence = _run(turned, deadline, factor)
            if new_confidence > confidence:
                width, height = prepared.width * factor, prepared.height * factor
                for line in new_lines:
                    for word in line.words:
                        if word.box is not None:
                            word.box = _unturn(word.box, rotate, width, height)
                lines, confidence = new_lines, new_confidence
    return PageLines(number=1, lines=lines, ocr=True, confidence=round(confidence, 1))


def read_image_file(data: bytes, limits: Limits, deadline: Deadline) -> list[PageLines]:
    """OCR a PNG, JPEG or (multi-page) TIFF note; each frame is a page.

    Raises
    ------
    OcrUnavailableError, UnsupportedFormatError, TooLargeError, NoTextLayerError
        When OCR cannot run, the image cannot be decoded, is too big, or holds no text.
    """
    if not limits.ocr:
        msg = "the file is an image and OCR is turned off (Limits.ocr=False); turn OCR on"
        raise OcrUnavailableError(msg)
    require_ocr("an image file")
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            # Pillow warns before refusing a decompression bomb; both mean "too big" here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        msg = f"the image is too large to decode safely ({exc}); scan at 300 dpi"
        raise TooLargeError(msg) from exc
    except (UnidentifiedImageError, OSError) as exc:
        msg = "the image cannot be decoded; re-scan or re-export it"
        raise UnsupportedFormatError(msg) from exc
    pages: list[PageLines] = []
    with image:
        frames = getattr(image, "n_frames", 1)
        if frames > limits.max_pages:
            msg = f"the image has {frames} pages, over the limit of {limits.max_pages}"
            raise TooLargeError(msg)
        for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
            if frame.width * frame.height > limits.max_image_pixels:
                msg = (
                    f"page {number} is {frame.width}x{frame.height} pixels, over the limit of "
                    f"{limits.max_image_pixels:,}; scan at 300 dpi"
                )
                raise TooLargeError(msg)
            if number > limits.max_ocr_pages:
                pages.append(PageLines(number=number, lines=[], checked=False, kind="scan"))
                continue
            deadline.check(f"OCR of page {number}")
            try:
                frame.load()
            except OSError as exc:
                msg = f"page {number} of the image is truncated or damaged; re-scan it"
                raise UnsupportedFormatError(msg) from exc
            page = read_image(frame.copy(), deadline)
            page.number = number
            page.width, page.height = float(frame.width), float(frame.height)
            pages.append(page)
    if not any(page.lines for page in pages):
        msg = "OCR found no text in the image; re-scan the note at 300 dpi"
        raise NoTextLayerError(msg)
    return pages
