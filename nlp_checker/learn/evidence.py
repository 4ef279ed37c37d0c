"""The evidence that learned weights work, as an HTML section (and a page around it).

It shows, on the claims held out by date of service: the Brier score, AUC, log loss and
calibration error of the expert and the learned weights; a reliability diagram (predicted vs
observed denial rate, by bin); and the drivers whose weight moved most, with how many of the
training claims that carried the driver were denied and with which codes. No identifiers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

_SERIES = (("expert", "expert weights", "#9e9e9e"), ("learned", "learned weights", "#1565c0"))
_PAGE_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px;color:#212121}
section{border:1px solid #e0e0e0;border-radius:6px;padding:12px 18px;max-width:1100px}
table{border-collapse:collapse}th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left}
th{background:#f5f5f5}.muted{color:#757575}.chart{max-width:420px;height:auto}
.chart .label{font-size:11px;fill:#424242}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def reliability_svg(metrics: Mapping[str, Any], size: int = 360) -> str:
    """Return the reliability diagram: one point per non-empty bin and series, the diagonal."""
    pad = 40
    span = size - 2 * pad

    def xy(p: float, o: float) -> tuple[float, float]:
        return pad + p * span, size - pad - o * span

    parts = [
        f'<svg class="chart" role="img" aria-label="reliability diagram" width="{size}" '
        f'height="{size}" viewBox="0 0 {size} {size}" xmlns="http://www.w3.org/2000/svg">',
        "<title>Reliability: predicted vs observed denial rate on the held-out claims</title>",
        f'<rect x="{pad}" y="{pad}" width="{span}" height="{span}" fill="none" stroke="#bdbdbd"/>',
        f'<line x1="{pad}" y1="{size - pad}" x2="{size - pad}" y2="{pad}" stroke="#bdbdbd" '
        'stroke-dasharray="4 3"/>',
        f'<text x="{size / 2}" y="{size - 8}" text-anchor="middle" class="label">predicted</text>',
        f'<text x="12" y="{size / 2}" text-anchor="middle" class="label" '
        f'transform="rotate(-90 12 {size / 2})">observed denial rate</text>',
    ]
    for tick in (0.0, 0.5, 1.0):
        x, y = xy(tick, tick)
        parts.append(
            f'<text x="{x}" y="{size - pad + 14}" text-anchor="middle" class="label">{tick}</text>'
        )
        parts.append(
            f'<text x="{pad - 6}" y="{y + 4}" text-anchor="end" class="label">{tick}</text>'
        )
    for row, (name, title, colour) in enumerate(_SERIES):
        bins = [b for b in metrics[name]["reliability"] if b["count"]]
        points = [xy(b["predicted"], b["observed"]) for b in bins]
        if len(points) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            parts.append(
                f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.5"/>'
            )
        for (x, y), b in zip(points, bins, strict=True):
            radius = 3 + min(6, b["count"] ** 0.5 / 2)
            parts.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{colour}" '
                'fill-opacity="0.7">'
                f"<title>{_e(title)}: {b['count']} claims predicted {b['predicted']:.2f}, "
                f"observed {b['observed']:.2f}</title></circle>"
            )
        parts.append(
            f'<circle cx="{pad + 10}" cy="{pad + 12 + row * 16}" r="4" fill="{colour}"/>'
            f'<text x="{pad + 20}" y="{pad + 16 + row * 16}" class="label">{_e(title)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def driver_sentence(driver: Mapping[str, Any]) -> str:
    """'<label>: 31 of 44 such claims denied, CO-50' (training claims)."""
    codes = ", ".join(driver["denial_codes"])
    tail = f", {codes}" if codes else ""
    expected = driver.get("expected_codes") or []
    if expected and driver["denied"]:
        tail += (
            f" (the claim check expected {', '.join(expected)}: {driver['confirmed']} of "
            f"{driver['denied']} denials carried it)"
        )
    return f"{driver['label']}: {driver['denied']} of {driver['claims']} such claims denied{tail}"


def _metrics_table(metrics: Mapping[str, Any]) -> str:
    rows = []
    for name, title in (
        ("expert", "expert weights"),
        ("learned_uncalibrated", "learned, before calibration"),
        ("learned", "learned weights"),
    ):
        m = metrics[name]
        rows.append(
            f"<tr><td>{_e(title)}</td><td>{_fmt(m['brier'])}</td><td>{_fmt(m['auc'])}</td>"
            f"<td>{_fmt(m['log_loss'])}</td><td>{_fmt(m['ece'])}</td>"
            f"<td>{_fmt(m['mean_predicted'])}</td></tr>"
        )
    return (
        '<table id="learn-metrics"><thead><tr><th>weights</th><th>Brier</th><th>AUC</th>'
        "<th>log loss</th><th>calibration error</th><th>mean predicted</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _drivers_table(drivers: Sequence[Mapping[str, Any]], limit: int) -> str:
    rows = []
    for d in drivers[:limit]:
        rows.append(
            f"<tr><td>{_e(driver_sentence(d))}</td><td>{_fmt(d['expert'])}</td>"
            f"<td>{_fmt(d['learned'])}</td><td>{d['change']:+.3f}</td><td>{_e(d['source'])}</td></tr>"
        )
    return (
        '<table id="learn-drivers"><thead><tr><th>driver (training claims)</th><th>expert</th>'
        "<th>learned</th><th>change</th><th>rule</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def render_section(evidence: Mapping[str, Any], limit: int = 12) -> str:
    """Return the ``<section>`` on learned weights for a report."""
    metrics = evidence["metrics"]
    splits = evidence["splits"]
    test = splits["test"]
    link = evidence["link"]
    dates = test["dates"] or ["?", "?"]
    unlinked = ", ".join(f"{_e(k)}: {v}" for k, v in link["unlinked_claims"].items()) or "none"
    return (
        '<section id="learned-weights">'
        "<h2>Denial risk learned from the practice's remittances</h2>"
        f"<p>Weights <code>{_e(evidence['weights_version'])}</code> learned from "
        f"{splits['train']['claims']} claims, calibrated on {splits['calibration']['claims']}, "
        f"judged on the latest {test['claims']} (dates of service {_e(dates[0])} to "
        f"{_e(dates[1])}, {test['denied']} denied), never seen while fitting. Starting point: the "
        f"expert weights {_e(evidence['base_version'])}, each worth "
        f"{evidence['prior_strength']:g} claims.</p>"
        f"{_metrics_table(metrics)}"
        '<div style="display:flex;flex-wrap:wrap;gap:24px;margin-top:12px"><div>'
        f"{reliability_svg(metrics)}</div><div><h3>Drivers that moved most</h3>"
        f"{_drivers_table(evidence['drivers'], limit)}</div></div>"
        f'<p class="muted">Linked {link["linked_claims"]} of {link["remittance_claims"]} '
        f"remittance claims ({', '.join(f'{_e(k)}: {v}' for k, v in link['linked_by'].items())}); "
        f"not linked: {unlinked}. {link['notes_linked']} of {link['notes']} checked notes have "
        "a remittance.</p></section>"
    )


def render_page(evidence: Mapping[str, Any]) -> str:
    """Return a self-contained HTML page holding the section."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Learned weights: {_e(evidence['practice'])}</title><style>{_PAGE_CSS}</style>"
        f"</head><body>{render_section(evidence)}</body></html>"
    )
