"""Inline SVG bar charts: no script, no external file, readable when printed."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

_PALETTE = {"low": "#2e7d32", "medium": "#f9a825", "high": "#c62828", "error": "#616161"}
_DEFAULT = "#1565c0"


def hbar_chart(
    items: Sequence[tuple[str, int]],
    *,
    title: str,
    width: int = 640,
    colours: bool = False,
    label_width: int = 190,
) -> str:
    """Return a horizontal bar chart of ``(label, count)`` pairs as an ``<svg>`` element.

    ``label_width`` is the room for the labels, right-aligned before the bars.
    """
    bar, gap, label_w, value_w = 22, 6, label_width, 60
    height = max(1, len(items)) * (bar + gap) + gap
    top = max((count for _, count in items), default=0) or 1
    span = width - label_w - value_w
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for row, (label, count) in enumerate(items):
        y = gap + row * (bar + gap)
        length = round(span * count / top)
        fill = _PALETTE.get(label, _DEFAULT) if colours else _DEFAULT
        parts.append(
            f'<text x="{label_w - 8}" y="{y + bar * 0.7:.1f}" text-anchor="end" '
            f'class="label">{escape(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{max(length, 1)}" height="{bar}" '
            f'fill="{fill}"><title>{escape(label)}: {count}</title></rect>'
            f'<text x="{label_w + length + 6}" y="{y + bar * 0.7:.1f}" class="value">{count}</text>'
        )
    if not items:
        parts.append(f'<text x="10" y="{bar}" class="label">nothing to show</text>')
    parts.append("</svg>")
    return "".join(parts)


def histogram(bins: Sequence[int], *, title: str, width: int = 640, height: int = 180) -> str:
    """Return a vertical histogram of risk scores in ten bins (0.0-0.1 ... 0.9-1.0)."""
    pad, axis = 8, 22
    top = max(bins, default=0) or 1
    column = (width - 2 * pad) / max(len(bins), 1)
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    for index, count in enumerate(bins):
        x = pad + index * column
        bar_h = (height - axis - 18) * count / top
        y = height - axis - bar_h
        low = index / 10
        fill = (
            _PALETTE["low"] if low < 0.3 else _PALETTE["medium"] if low < 0.6 else _PALETTE["high"]
        )
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{column - 4:.1f}" height="{bar_h:.1f}" '
            f'fill="{fill}"><title>{low:.1f}-{low + 0.1:.1f}: {count}</title></rect>'
            f'<text x="{x + column / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'class="value">{count or ""}</text>'
            f'<text x="{x + column / 2:.1f}" y="{height - 6}" text-anchor="middle" '
            f'class="label">{low:.1f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
