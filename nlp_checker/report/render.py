"""Render a results file as one self-contained HTML page (inline CSS, SVG and a little script).

Patient identifiers are not shown: the patient column holds the salted key, and evidence of
the ``patient_id`` element is replaced by its rule id and offsets.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from html import escape
from pathlib import Path
from typing import IO, Any

from nlp_checker.elements.catalogue import catalogue
from nlp_checker.outputs import words
from nlp_checker.report.aggregate import LEVELS, NoteRow, PeriodStats, Summary, summarise
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
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;
color:inherit;text-align:left}th button:focus-visible{outline:2px solid #1a5fb4}
th[aria-sort=ascending] button:after{content:" \\25B2"}th[aria-sort=descending] button:after{
content:" \\25BC"}.filters{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:end;margin:0 0 10px}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#424242}
details.note{border-top:1px solid #cfd8dc;margin:0;padding:4px 0}
details.note>summary{cursor:pointer;padding:4px 0}details.note[open]{padding-bottom:12px}
.query{white-space:pre-wrap;background:#f5f5f5;
padding:8px;border:1px solid #e0e0e0;font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}
.links a{color:#fff;margin-right:16px}.matrix td{text-align:right}
.matrix td:first-child{text-align:left}
details.note section{border:0;border-left:3px solid #cfd8dc;border-radius:0;padding:0 0 0 12px;
margin:8px 0}details.note section h3{font-size:15px;margin:4px 0}
"""

_SCRIPT = """
function sortKey(cell) {
  var v = cell.getAttribute('data-v');
  return v === null ? cell.textContent.trim() : v;
}
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('thead th').forEach(function (th, col) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    // A click on the header or the button (Enter/Space on it) sorts.
    th.addEventListener('click', function () {
      var body = table.tBodies[0];
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = sortKey(a.cells[col]), y = sortKey(b.cells[col]);
        // Blanks (no date, no score) go last whichever way the column is sorted.
        if (x === '' || y === '') return (x === '') - (y === '');
        var num = /^-?[0-9]+(?:[.][0-9]+)?$/;
        var r = (num.test(x) && num.test(y)) ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
        return asc ? r : -r;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
function applyFilters() {
  var f = document.getElementById('filters');
  if (!f) return;
  var provider = f.provider.value, element = f.element.value, level = f.level.value;
  var from = f.from.value, to = f.to.value, shown = 0;
  document.querySelectorAll('#notes-table tbody tr').forEach(function (row) {
    var d = row.getAttribute('data-date');
    var ok = (!provider || row.getAttribute('data-provider') === provider)
      && (!level || row.getAttribute('data-level') === level)
      && (!element
          || (' ' + row.getAttribute('data-elements') + ' ').indexOf(' ' + element + ' ') >= 0)
      && (!from || (d && d >= from)) && (!to || (d && d <= to));
    row.hidden = !ok;
    var detail = document.getElementById('note-' + row.getAttribute('data-index'));
    if (detail) detail.hidden = !ok;
    shown += ok;
  });
  document.getElementById('shown-count').textContent = shown;
}
var filters = document.getElementById('filters');
if (filters) {
  filters.addEventListener('input', applyFilters);
  filters.addEventListener('reset', function () { setTimeout(applyFilters, 0); });
}
function openTarget() {
  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.tagName === 'DETAILS') target.open = true;
}
window.addEventListener('hashchange', openTarget);
openTarget();
"""


def _driver_text(driver: dict[str, Any]) -> str:
    """Return a result row's risk driver as a sentence (rows before schema 1.3 have no status)."""
    status, detail = driver.get("status"), driver.get("detail")
    return words.driver_text(
        str(driver.get("reason")),
        status if isinstance(status, str) else None,
        detail if isinstance(detail, str) else None,
    )


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
        + f"</div></div><p class='muted'>{_e(words.RISK_EXPLAINED)} {_e(words.levels_text())}"
        "</p></section>"
    )


def _missing(s: Summary) -> str:
    top = [(words.short_title(name), n) for name, n in s.missing.most_common(12)]
    return (
        '<section id="missing"><h2>Most frequently missing elements</h2>'
        '<p class="muted">Required elements not documented as present, over checked notes.</p>'
        + hbar_chart(top, title="Most frequently missing required elements")
        + "</section>"
    )


def _claims(s: Summary) -> str:
    if not s.claims:
        return ""
    rows = "".join(
        f"<tr><td><code>{_e(code)}</code></td><td>{count}</td>"
        f"<td>{_e(s.denial_labels.get(code, ''))}</td></tr>"
        for code, count in s.denial_codes.most_common()
    )
    table = (
        "<table><thead><tr><th>Denial code</th><th>Claim lines</th><th>What it means "
        "(our label)</th></tr></thead><tbody>" + rows + "</tbody></table>"
        if rows
        else "<p>No claim line would draw a denial code.</p>"
    )
    return (
        '<section id="claims"><h2>Claim lines</h2>'
        f"<p>{s.clean_claims} of {s.claims} claims ({_pct(s.clean_claims, s.claims)}) would go "
        f"out clean; {s.claim_lines} claim lines checked. Claim issues are the claim's own "
        "problems (diagnosis, bundling, units, prior authorization, sedation), apart from the "
        "note's documentation.</p>"
        + (hbar_chart([(words.issue_title(code), n) for code, n in s.claim_issues.most_common(12)],
                      title="Claim issues", width=820, label_width=380)
           if s.claim_issues else "")
        + table
        + '<p class="muted">Denial codes are code numbers with our own labels; the official '
        "descriptions are X12's licensed text.</p></section>"
    )  # fmt: skip


def _mean(st: PeriodStats) -> float:
    return st.score_sum / st.notes if st.notes else 0.0


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
        title="High-risk notes by provider",
    )
    return (
        '<section id="signers"><h2>By provider</h2><p class="muted">One row per provider: '
        "signature lines such as “Dr Jane Roe”, “JANE ROE, MD” and “Signed electronically: Jane "
        'Roe, MD” count as one.</p><div class="grid"><div>'
        '<table class="sortable" id="providers-table"><thead><tr><th>Provider</th><th>Notes</th>'
        "<th>Complete</th><th>High risk</th><th>Mean risk</th></tr></thead><tbody>"
        + "".join(rows)
        + f"</tbody></table></div><div>{chart}</div></div></section>"
    )


def _trends(s: Summary) -> str:
    if not s.months:
        return (
            '<section id="trends"><h2>Trends</h2><p class="muted">No note has a date of service, '
            "so there is nothing to show by month.</p></section>"
        )
    months = sorted(s.months)
    rows = "".join(
        f"<tr><td>{_e(m)}</td><td>{st.notes}</td><td>{_pct(st.complete, st.notes)}</td>"
        f"<td>{st.high}</td><td>{_mean(st):.2f}</td></tr>"
        for m, st in ((m, s.months[m]) for m in months)
    )
    providers = sorted(s.providers, key=lambda p: (-s.providers[p].notes, p))
    head = "".join(f"<th>{_e(m)}</th>" for m in months)
    matrix = []
    for provider in providers:
        cells = []
        for month in months:
            st = s.provider_months.get((provider, month))
            cells.append(
                f"<td data-v='{st.complete / st.notes:.3f}'>{_pct(st.complete, st.notes)} "
                f"<span class='muted'>of {st.notes}</span></td>"
                if st and st.notes
                else "<td class='muted'>-</td>"
            )
        matrix.append(f"<tr><td>{_e(provider)}</td>{''.join(cells)}</tr>")
    return (
        '<section id="trends"><h2>Trends</h2><div class="grid"><div><h3>By month</h3>'
        '<table id="months-table"><thead><tr><th>Month</th><th>Notes</th><th>Complete</th>'
        f"<th>High risk</th><th>Mean risk</th></tr></thead><tbody>{rows}</tbody></table></div>"
        "<div><h3>Complete notes by provider and month</h3><p class='muted'>Whom to train: "
        "the share of each provider's notes that were complete, month by month.</p>"
        f"<table class='matrix' id='provider-months'><thead><tr><th>Provider</th>{head}</tr>"
        f"</thead><tbody>{''.join(matrix)}</tbody></table></div></div></section>"
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


_LEVEL_RANK = {"error": 4, "high": 3, "medium": 2, "low": 1}


def _relative(s: Summary, source: str) -> str:
    return source.removeprefix(s.folder or "")


def _filters(s: Summary) -> str:
    providers = "".join(f"<option value='{_e(p)}'>{_e(p)}</option>" for p in sorted(s.providers))
    elements = "".join(
        f"<option value='{_e(spec.id)}'>{_e(spec.title)}</option>" for spec in catalogue()
    )
    levels = "".join(
        f"<option value='{lvl}'>{lvl}</option>" for lvl in ("high", "medium", "low", "error")
    )
    return (
        "<form id='filters' class='filters' onsubmit='return false'>"
        f"<label>Provider<select name='provider'><option value=''>all</option>{providers}"
        "</select></label>"
        "<label>Date from<input type='date' name='from'></label>"
        "<label>Date to<input type='date' name='to'></label>"
        "<label>Element not documented<select name='element'><option value=''>any</option>"
        f"{elements}</select></label>"
        f"<label>Risk<select name='level'><option value=''>all</option>{levels}</select></label>"
        "<button type='reset'>Clear filters</button></form>"
    )


def _notes_table(s: Summary) -> str:
    rows = []
    for n in s.notes:
        wrong = "; ".join(n.problems) or "-"
        rows.append(
            f"<tr data-index='{n.index}' data-provider='{_e(n.provider)}' data-date='{_e(n.date)}' "
            f"data-level='{_e(n.level)}' data-elements='{_e(' '.join(n.not_present))}'>"
            f"<td data-v='{n.index}'><a href='#note-{n.index}'>{n.index + 1}</a></td>"
            f"<td><a href='#note-{n.index}'>{_e(_relative(s, n.source))}</a></td>"
            f"<td data-v='{_e(n.date)}'>{_e(n.date)}</td><td>{_e(n.provider)}</td>"
            f"<td>{_e(n.billed)}</td>"
            f"<td>{_e(words.code_label(n.suggested) if n.suggested == 'other' else n.suggested)}"
            f"</td><td data-v='{'' if n.status != 'ok' else f'{n.score:.3f}'}'>"
            f"{'' if n.status != 'ok' else f'{n.score:.2f}'}</td>"
            f"<td class='lvl-{_e(n.level)}' data-v='{_LEVEL_RANK.get(n.level, 0)}'>"
            f"{_e(n.level)}</td>"
            f"<td data-v='{len(n.problems)}'>{_e(wrong)}</td>"
            f"<td>{_e(', '.join(n.findings))}</td></tr>"
        )
    note = (
        f'<p class="muted">Showing the {len(s.notes)} highest-risk of {s.total} notes.</p>'
        if s.truncated
        else ""
    )
    where = f" Sources are shown relative to <code>{_e(s.folder)}</code>." if s.folder else ""
    return (
        '<section id="notes"><h2>Notes</h2><p class="muted">Sort by any column (click it, or '
        "Tab to it and press Enter); risk sorts by severity, and notes without a date go last. "
        f"Click a note for its findings, evidence and provider query.{where}</p>{note}"
        f"{_filters(s)}<p class='muted'><span id='shown-count'>{len(s.notes)}</span> notes "
        "shown.</p>"
        '<table class="sortable" id="notes-table"><thead><tr><th>#</th><th>Note</th>'
        "<th>Date</th><th>Provider</th><th>Billed</th><th>Note supports</th><th>Risk</th>"
        "<th>Level</th><th>What is wrong</th><th>Patient findings</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></section>"
    )


def _evidence(element: str, finding: dict[str, Any]) -> str:
    items = finding.get("evidence") or []
    out = []
    for ev in items[:_MAX_EVIDENCE]:
        where = f"page {ev.get('page', 1)}"
        if ev.get("ocr"):
            conf = ev.get("confidence")
            where += ", " + words.ocr_text(None if conf is None else float(conf))
        if element in _REDACTED_ELEMENTS:
            out.append(f'<span class="muted">[identifier not shown] {_e(where)}</span>')
        else:
            quote = " ".join(str(ev.get("text", "")).split())[:_MAX_QUOTE]
            out.append(f'<span class="q">{_e(quote)}</span> <span class="muted">{_e(where)}</span>')
    if len(items) > _MAX_EVIDENCE:
        out.append(f'<span class="muted">+{len(items) - _MAX_EVIDENCE} more</span>')
    return "<br>".join(out)


def _value(element: str, value: object) -> str:
    return words.value_text(element, value)


def _claim_detail(claim: dict[str, Any]) -> str:
    """Return the claim section of a note: each line, the denial codes and issues it draws."""
    items = []
    for line in claim.get("lines") or []:
        billed = "-".join([str(line.get("code")), *line.get("modifiers", [])])
        head = f"Line {int(line.get('line', 0)) + 1}: {_e(billed)} x{_e(line.get('units'))}"
        if line.get("clean"):
            items.append(f"<li class='claim-line'>{head}: <span class='lvl-low'>clean</span></li>")
            continue
        codes = ", ".join(line.get("denial_codes") or []) or "no denial code expected"
        issues = "".join(
            f"<li class='claim-issue' data-code='{_e(i.get('code'))}'>"
            f"<b>{_e(words.issue_title(str(i.get('code'))))}:</b> "
            f"{_e(words.issue_text(str(i.get('message', '')), i.get('source')))}"
            + (f"<br><span class='muted'>Fix: {_e(i.get('fix'))}</span>" if i.get("fix") else "")
            + "</li>"
            for i in line.get("issues") or []
        )
        items.append(
            f"<li class='claim-line'>{head}: would draw <span class='lvl-high'>{_e(codes)}</span>"
            f"<ul>{issues}</ul></li>"
        )
    denied = sum(not line.get("clean") for line in claim.get("lines") or [])
    verdict = (
        "Every line goes out clean"
        if claim.get("clean")
        else f"Would be denied in part ({denied} of {len(claim.get('lines') or [])} line(s))"
    )
    return (
        f"<section class='claim'><h3>Claim</h3><p>{verdict}. What the payer's claim edits "
        "would deny, apart from the note's documentation above.</p><ul>"
        + "".join(items)
        + "</ul></section>"
    )


def _note_detail(note: NoteRow, row: dict[str, Any], s: Summary) -> str:
    wrong = "; ".join(note.problems) or "nothing"
    parts = [
        f'<details class="note" id="note-{note.index}"><summary><b>#{note.index + 1}</b> '
        f"{_e(_relative(s, note.source))} · <span class='lvl-{_e(note.level)}'>"
        f"{_e(note.level)}</span> · {_e(wrong)}</summary>",
        f"<p>Status: {_e(row.get('status'))}; date {_e(note.date or '-')}; provider "
        f"{_e(note.provider)}; patient <code>{_e(note.patient_key or '-')}</code>; doc "
        f"<code>{_e(note.doc_key[:16])}</code>; <a href='#notes'>back to the table</a></p>",
    ]
    error = row.get("error")
    if error:
        why = words.error_text(str(error.get("type", "")), str(error.get("message", "")))
        parts.append(f"<p class='lvl-high'>{_e(why)}</p>")
    code_check = row.get("code_check")
    if code_check:
        skip = (
            f"the note supports {code_check.get('suggested')}, not the billed "
            f"{code_check.get('billed')}"
        )
        verdict = (
            f"the note supports the billed {_e(code_check.get('billed'))}"
            if code_check.get("supported")
            else f"this note supports {_e(words.code_label(str(code_check.get('suggested'))))}"
            f", not the billed {_e(code_check.get('billed'))}"
        )
        # Issues about a claim line are shown with the claim below, not as the note's reasons.
        on_lines = {i.get("message") for i in row.get("issues") or [] if i.get("line") is not None}
        parts.append(
            f"<section class='note-code'><p><b>Code:</b> {verdict}.</p><ul>"
            + "".join(
                f"<li>{_e(words.sentence(r))}</li>"
                for r in code_check.get("reasons", [])
                if r != skip and r not in on_lines
            )
            + "".join(
                f"<li class='lvl-medium'>{_e(words.sentence(w))}</li>"
                for w in code_check.get("warnings", [])
                if w not in on_lines
            )
            + "</ul></section>"
        )
    claim = row.get("claim_check")
    if claim:
        parts.append(_claim_detail(claim))
    risk = row.get("risk")
    if risk:
        parts.append(
            f"<p><b>Denial risk:</b> <span class='lvl-{_e(risk.get('level'))}'>"
            f"{_e(risk.get('level'))} (estimate {float(risk.get('score', 0)):.2f})</span></p><ul>"
            + "".join(
                f"<li>{float(d.get('weight', 0)):.2f} <b>{_e(words.title(str(d.get('element'))))}"
                f"</b>: {_e(_driver_text(d))} "
                f"<span class='muted'>Source: {_e(words.cite(str(d.get('source')), short=True))}"
                "</span></li>"
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
            fix = (
                f"<br><span class='st-missing'>Add: {_e(words.fix(name))}</span>"
                if status != "present" and finding.get("applies", True)
                else ""
            )
            shown, cls = words.STATUS_WORDS.get(status, status), f"st-{_e(status)}"
            if finding.get("applies", True) is False and status != "present":
                fix = ""
                shown, cls = "not used for this procedure", "muted"
            parts.append(
                f"<tr><td>{_e(words.title(name))}{' *' if finding.get('required') else ''}</td>"
                f"<td class='{cls}'>{_e(shown)}</td>"
                f"<td>{_e(value)}</td><td>{_evidence(name, finding)}{fix}</td></tr>"
            )
        parts.append("</tbody></table>")
    query = words.provider_query(row)
    if query:
        parts.append(
            "<p><b>Provider query</b> (copy it to the physician):</p>"
            f"<pre class='query' id='query-{note.index}'>{_e(query)}</pre>"
        )
    parts.append("</details>")
    return "".join(parts)


QUERY_COLUMNS = ("source", "date_of_service", "provider", "billed_code", "element", "title",
                 "status", "query", "note_query")  # fmt: skip


def query_rows(row: dict[str, Any]) -> Iterator[dict[str, str]]:
    """Yield one CSV row per finding a provider query asks about (the bulk export)."""
    from nlp_checker.report.aggregate import _note_row

    asks = words.query_elements(row)
    if row.get("status") != "ok" or not asks:
        return
    note = _note_row(0, row)
    whole = words.provider_query(row)
    for element in asks:
        yield {
            "source": note.source, "date_of_service": note.date, "provider": note.provider,
            "billed_code": note.billed, "element": element, "title": words.title(element),
            "status": str(row["elements"][element]["status"]), "query": words.query(element),
            "note_query": whole,
        }  # fmt: skip


def _details(
    s: Summary, rows: Iterable[dict[str, Any]], queries: IO[str] | None = None
) -> Iterator[str]:
    wanted = {note.index: note for note in s.notes}
    chunks: dict[int, str] = {}
    writer = csv.DictWriter(queries, fieldnames=QUERY_COLUMNS) if queries else None
    if writer:
        writer.writeheader()
    for index, row in enumerate(rows):
        note = wanted.get(index)
        if note is not None:
            chunks[index] = _note_detail(note, row, s)
        if writer:
            writer.writerows(query_rows(row))
    yield (
        '<section id="details"><h2>Findings and evidence per note</h2><p class="muted">Each '
        "note is folded: open it for its elements, evidence, risk drivers and provider query."
        "</p>"
    )
    for note in s.notes:
        yield chunks.get(note.index, "")
    yield "</section>"


def write_report(
    read_rows: Callable[[], Iterable[dict[str, Any]]],
    out: IO[str],
    *,
    source_name: str,
    max_notes: int = 5000,
    links: dict[str, str] | None = None,
    queries: IO[str] | None = None,
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
    links : dict, optional
        Label -> relative URL of files shown in the header (the CSV summary, the queries).
    queries : file, optional
        Where the provider queries of every note go, as CSV (``QUERY_COLUMNS``).
    evidence : mapping, optional
        The evidence of a practice's learned weights (``nlp-checker learn``): adds its section.
    """
    summary = summarise(read_rows(), max_notes=max_notes)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    header_links = "".join(
        f"<a href='{_e(url)}'>{_e(label)}</a>" for label, url in (links or {}).items()
    )
    out.write(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>nlp-checker report: {_e(source_name)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>Procedure-note check report</h1><div>{_e(source_name)} · {summary.total} "
        f"notes · generated {stamp}</div><div class='links'>{header_links}</div></header><main>"
    )
    for part in (_totals, _risk, _missing, _claims, _trends, _signers, _patients):
        out.write(part(summary))
    if evidence is not None:
        from nlp_checker.learn.evidence import render_section

        out.write(render_section(evidence))
    out.write(_notes_table(summary))
    for chunk in _details(summary, read_rows(), queries):
        out.write(chunk)
    out.write(f"</main><script>{_SCRIPT}</script></body></html>\n")
    return summary


def _private(path: Path) -> IO[str]:
    """Open ``path`` for writing, readable by its owner only (it names notes and providers)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def render_file(
    results: Path,
    html_path: Path,
    max_notes: int = 5000,
    evidence: Mapping[str, Any] | None = None,
) -> Summary:
    """Write the report of a results file to ``html_path``, and its provider queries beside it.

    The header links the batch's CSV summary (``results`` with ``.csv``) when it exists, and the
    queries file ``<report>.queries.csv``.
    """
    from nlp_checker.batch.output import iter_rows
    from nlp_checker.files import open_output

    links: dict[str, str] = {}
    summary_csv = results.with_suffix(".csv")
    if summary_csv.is_file():
        links["CSV summary"] = Path(os.path.relpath(summary_csv, html_path.parent)).as_posix()
    queries_path = html_path.with_name(html_path.stem + ".queries.csv")
    links["Provider queries (CSV)"] = queries_path.name
    with (
        open_output(html_path, "w", encoding="utf-8") as out,
        _private(queries_path) as queries,
    ):
        return write_report(
            lambda: iter_rows(results), out, source_name=results.name, max_notes=max_notes,
            links=links, queries=queries, evidence=evidence,
        )  # fmt: skip
