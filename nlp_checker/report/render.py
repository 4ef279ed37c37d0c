"""Render a results file as one self-contained HTML page (inline CSS, SVG and a little script).

Patient identifiers are not shown: the patient column holds the salted key, and evidence of
the ``patient_id`` element is replaced by its rule id and offsets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from html import escape
from pathlib import Path
from typing import IO, Any

from nlp_checker.report.aggregate import LEVELS, NoteRow, Summary, summarise
from nlp_checker.report.charts import hbar_chart, histogram

_REDACTED_ELEMENTS = {"patient_id"}
_MAX_EVIDENCE = 3
_MAX_QUOTE = 200

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#212121;
background:#fafafa}
header{background:#263238;color:#fff;padding:16px 24px}header h1{margin:0;font-size:22px}
main{padding:16px 24px;max-width:1400px}section{background:#fff;border:1px solid #e0e0e0;
border-radius:6px;padding:12px 18px;margin:0 0 16px}h2{font-size:17px;margin:4px 0 10px}
.cards{display:flex;flex-wrap:wrap;gap:10px}.card{border:1px solid #e0e0e0;border-radius:6px;
padding:8px 14px;min-width:120px;background:#fff}.card .n{font-size:24px;font-weight:600}
.card .t{color:#616161;font-size:12px}table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f5f5;position:sticky;top:0}th.sortable{cursor:pointer;user-select:none}
th.sortable:after{content:" \\2195";color:#9e9e9e}.lvl-low{color:#2e7d32}
.lvl-medium{color:#f57f17}.lvl-high{color:#c62828;font-weight:600}.lvl-error{color:#616161}
.chart{width:100%;max-width:640px;height:auto}.chart .label{font-size:12px;fill:#424242}
.chart .value{font-size:12px;fill:#212121}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
.note{border-top:2px solid #cfd8dc;margin-top:18px;padding-top:6px}code,.q{font-family:
ui-monospace,Menlo,Consolas,monospace;font-size:12px}.q{background:#f1f8e9;padding:0 3px}
.muted{color:#757575}.st-present{color:#2e7d32}.st-missing,.st-negated{color:#c62828}
.st-incomplete,.st-uncertain{color:#f57f17}
"""

_SCRIPT = """
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, col) {
    th.classList.add('sortable');
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute('data-v') || a.cells[col].textContent;
        var y = b.cells[col].getAttribute('data-v') || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? r : -r;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _card(ident: str, number: object, text: str) -> str:
    return (
        f'<div class="card" id="{ident}"><div class="n">{_e(number)}</div>'
        f'<div class="t">{_e(text)}</div></div>'
    )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def _totals(s: Summary) -> str:
    cards = [
        _card("total-notes", s.total, "notes"),
        _card("total-ok", s.ok, "checked"),
        _card("total-errors", s.errors, "could not be read"),
        _card("total-complete", f"{s.complete} ({_pct(s.complete, s.ok)})", "complete"),
        _card("total-unsupported", s.unsupported, "billed code not supported"),
        _card("total-high", s.levels.get("high", 0), "high denial risk"),
        _card("total-patients", len(s.patients), "patients"),
        _card("total-findings", len(s.patient_findings), "patient-level findings"),
    ]
    errors = ""
    if s.error_types:
        listed = ", ".join(f"{_e(k)}: {v}" for k, v in s.error_types.most_common())
        errors = f'<p class="muted">Errors by type: {listed}</p>'
    return (
        f'<section id="totals"><h2>Totals</h2><div class="cards">{"".join(cards)}</div>'
        f"{errors}</section>"
    )


def _risk(s: Summary) -> str:
    levels = [(level, s.levels.get(level, 0)) for level in LEVELS]
    if s.errors:
        levels.append(("error", s.errors))
    return (
        '<section id="risk"><h2>Risk distribution</h2><div class="grid"><div>'
        + hbar_chart(levels, title="Notes by denial-risk level", colours=True)
        + "</div><div>"
        + histogram(s.score_bins, title="Notes by risk score")
        + "</div></div></section>"
    )


def _missing(s: Summary) -> str:
    top = s.missing.most_common(12)
    return (
        '<section id="missing"><h2>Most frequently missing elements</h2>'
        '<p class="muted">Required elements not documented as present, over checked notes.</p>'
        + hbar_chart(top, title="Most frequently missing required elements")
        + "</section>"
    )


def _signers(s: Summary) -> str:
    rows = []
    for name, st in sorted(s.signers.items(), key=lambda kv: (-kv[1].notes, kv[0])):
        mean = st.score_sum / st.notes if st.notes else 0.0
        rows.append(
            f"<tr><td>{_e(name)}</td><td data-v='{st.notes}'>{st.notes}</td>"
            f"<td data-v='{st.complete / st.notes if st.notes else 0:.3f}'>"
            f"{_pct(st.complete, st.notes)}</td><td data-v='{st.high}'>{st.high}</td>"
            f"<td data-v='{mean:.3f}'>{mean:.2f}</td></tr>"
        )
    chart = hbar_chart(
        [(name, st.high) for name, st in sorted(s.signers.items(), key=lambda kv: -kv[1].high)][
            :10
        ],
        title="High-risk notes by signer",
    )
    return (
        '<section id="signers"><h2>By signer</h2><div class="grid"><div>'
        '<table class="sortable"><thead><tr><th>Signer</th><th>Notes</th><th>Complete</th>'
        "<th>High risk</th><th>Mean risk</th></tr></thead><tbody>"
        + "".join(rows)
        + f"</tbody></table></div><div>{chart}</div></div></section>"
    )


def _note_link(s: Summary, doc_key: str, label: str) -> str:
    index = s.doc_index.get(doc_key)
    if index is None:
        return _e(label)
    return f'<a href="#note-{index}">{_e(label)}</a>'


def _patients(s: Summary) -> str:
    rows = []
    for finding in sorted(
        s.patient_findings.values(), key=lambda f: (f["rule"], f["patient_key"], f["message"])
    ):
        sessions = ", ".join(
            _note_link(s, sess["doc_key"], sess["date"]) for sess in finding.get("sessions", [])
        )
        rows.append(
            f"<tr><td><code>{_e(finding['rule'])}</code></td><td>{_e(finding['severity'])}</td>"
            f"<td><code>{_e(finding['patient_key'])}</code></td><td>{_e(finding['message'])}"
            f' <span class="muted">[{_e(finding["source"])}]</span></td><td>{sessions}</td></tr>'
        )
    counts = ", ".join(f"{_e(rule)}: {n}" for rule, n in sorted(s.finding_rules.items()))
    body = (
        '<table class="sortable"><thead><tr><th>Rule</th><th>Severity</th><th>Patient key</th>'
        "<th>Finding</th><th>Sessions</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
        if rows
        else "<p>No patient-level findings.</p>"
    )
    return (
        '<section id="patients"><h2>Patient-level findings</h2>'
        f'<p class="muted">{counts or "none"}. Patients are shown by a salted key only.</p>'
        f"{body}</section>"
    )


def _notes_table(s: Summary) -> str:
    rows = []
    for n in s.notes:
        rows.append(
            f"<tr><td data-v='{n.index}'><a href='#note-{n.index}'>{n.index + 1}</a></td>"
            f"<td><a href='#note-{n.index}'>{_e(n.source)}</a></td><td>{_e(n.date)}</td>"
            f"<td><code>{_e(n.patient_key[:11])}</code></td><td>{_e(n.billed)}</td>"
            f"<td>{_e(n.suggested)}</td><td data-v='{n.score:.3f}'>"
            f"{'' if n.status != 'ok' else f'{n.score:.2f}'}</td>"
            f"<td class='lvl-{_e(n.level)}'>{_e(n.level)}</td>"
            f"<td data-v='{len(n.missing)}'>{_e(', '.join(n.missing))}</td>"
            f"<td>{_e(', '.join(n.findings))}</td></tr>"
        )
    note = (
        f'<p class="muted">Showing the {len(s.notes)} highest-risk of {s.total} notes.</p>'
        if s.truncated
        else ""
    )
    return (
        '<section id="notes"><h2>Notes</h2><p class="muted">Click a column to sort; click a '
        f"note for its findings and evidence.</p>{note}"
        '<table class="sortable" id="notes-table"><thead><tr><th>#</th><th>Source</th>'
        "<th>Date</th><th>Patient</th><th>Billed</th><th>Note supports</th><th>Risk</th>"
        "<th>Level</th><th>Missing required</th><th>Patient findings</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _evidence(element: str, finding: dict[str, Any]) -> str:
    items = finding.get("evidence") or []
    out = []
    for ev in items[:_MAX_EVIDENCE]:
        where = f"p{ev.get('page', 1)} {ev.get('start')}-{ev.get('end')} {ev.get('rule')}"
        if element in _REDACTED_ELEMENTS:
            out.append(f'<span class="muted">[identifier not shown] {_e(where)}</span>')
        else:
            quote = " ".join(str(ev.get("text", "")).split())[:_MAX_QUOTE]
            out.append(f'<span class="q">{_e(quote)}</span> <span class="muted">{_e(where)}</span>')
    if len(items) > _MAX_EVIDENCE:
        out.append(f'<span class="muted">+{len(items) - _MAX_EVIDENCE} more</span>')
    return "<br>".join(out)


def _value(element: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, False))
    return str(value)


def _note_detail(note: NoteRow, row: dict[str, Any]) -> str:
    parts = [
        f'<div class="note" id="note-{note.index}"><h3>#{note.index + 1} {_e(note.source)}</h3>',
        f"<p>Status: {_e(row.get('status'))}; date {_e(note.date or '-')}; patient "
        f"<code>{_e(note.patient_key or '-')}</code>; doc <code>{_e(note.doc_key[:16])}</code>"
        f"; <a href='#notes'>back to the table</a></p>",
    ]
    error = row.get("error")
    if error:
        parts.append(f"<p class='lvl-high'>{_e(error.get('type'))}: {_e(error.get('message'))}</p>")
    code_check = row.get("code_check")
    if code_check:
        verdict = "supported" if code_check.get("supported") else "NOT supported"
        parts.append(
            f"<p><b>Code:</b> billed {_e(code_check.get('billed'))}, note supports "
            f"{_e(code_check.get('suggested'))} ({verdict})</p><ul>"
            + "".join(f"<li>{_e(r)}</li>" for r in code_check.get("reasons", []))
            + "".join(
                f"<li class='lvl-medium'>{_e(w)}</li>" for w in code_check.get("warnings", [])
            )
            + "</ul>"
        )
    risk = row.get("risk")
    if risk:
        parts.append(
            f"<p><b>Denial risk:</b> <span class='lvl-{_e(risk.get('level'))}'>"
            f"{float(risk.get('score', 0)):.2f} ({_e(risk.get('level'))})</span></p><ul>"
            + "".join(
                f"<li>{float(d.get('weight', 0)):.2f} {_e(d.get('reason'))} "
                f"<span class='muted'>[{_e(d.get('source'))}]</span></li>"
                for d in risk.get("drivers", [])
            )
            + "</ul>"
        )
    findings = (row.get("patient") or {}).get("findings") or []
    if findings:
        parts.append(
            "<p><b>Patient-level findings:</b></p><ul>"
            + "".join(f"<li><code>{_e(f['rule'])}</code> {_e(f['message'])}</li>" for f in findings)
            + "</ul>"
        )
    elements = row.get("elements") or {}
    if elements:
        parts.append(
            "<table><thead><tr><th>Element</th><th>Status</th><th>Value</th><th>Evidence</th>"
            "</tr></thead><tbody>"
        )
        for name, finding in elements.items():
            status = str(finding.get("status"))
            value = (
                ""
                if name in _REDACTED_ELEMENTS and status != "present"
                else _value(name, finding.get("value"))
            )
            parts.append(
                f"<tr><td>{_e(name)}{' *' if finding.get('required') else ''}</td>"
                f"<td class='st-{_e(status)}'>{_e(status)}</td><td>{_e(value)}</td>"
                f"<td>{_evidence(name, finding)}</td></tr>"
            )
        parts.append("</tbody></table>")
    parts.append("</div>")
    return "".join(parts)


def _details(s: Summary, rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    wanted = {note.index: note for note in s.notes}
    chunks: dict[int, str] = {}
    for index, row in enumerate(rows):
        note = wanted.get(index)
        if note is not None:
            chunks[index] = _note_detail(note, row)
    yield '<section id="details"><h2>Findings and evidence per note</h2>'
    for note in s.notes:
        yield chunks.get(note.index, "")
    yield "</section>"


def write_report(
    read_rows: Callable[[], Iterable[dict[str, Any]]],
    out: IO[str],
    *,
    source_name: str,
    max_notes: int = 5000,
    evidence: Mapping[str, Any] | None = None,
) -> Summary:
    """Write the HTML report.

    Parameters
    ----------
    read_rows : callable
        Returns a fresh iterator over the result rows (called twice: summary, then details).
    out : file
        Where the HTML goes.
    source_name : str
        The results file's name, shown in the header.
    max_notes : int
        Most notes listed in the table and detailed (the highest-risk ones).
    evidence : mapping, optional
        The evidence of a practice's learned weights (``nlp-checker learn``): adds its section.
    """
    summary = summarise(read_rows(), max_notes=max_notes)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    out.write(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>nlp-checker report: {_e(source_name)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Procedure-note check report</h1><div>{_e(source_name)} · {summary.total} "
        f"notes · generated {stamp}</div></header><main>"
    )
    for part in (_totals, _risk, _missing, _signers, _patients):
        out.write(part(summary))
    if evidence is not None:
        from nlp_checker.learn.evidence import render_section

        out.write(render_section(evidence))
    out.write(_notes_table(summary))
    for chunk in _details(summary, read_rows()):
        out.write(chunk)
    out.write(f"</main><script>{_SCRIPT}</script></body></html>\n")
    return summary


def render_file(
    results: Path,
    html_path: Path,
    max_notes: int = 5000,
    evidence: Mapping[str, Any] | None = None,
) -> Summary:
    """Write the report of a results file to ``html_path``."""
    from nlp_checker.batch.output import iter_rows
    from nlp_checker.files import open_output

    with open_output(html_path, "w", encoding="utf-8") as out:
        return write_report(
            lambda: iter_rows(results),
            out,
            source_name=results.name,
            max_notes=max_notes,
            evidence=evidence,
        )
