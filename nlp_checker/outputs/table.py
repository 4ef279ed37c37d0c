"""Terminal renderings a biller acts on: a full panel per note, or one line per note.

The full view shows every element with its title, status, readable value and every quote, and
under each element that is not documented, what the note says is wrong and what to add. The
compact view (the default for more than a few notes) is one line per note, sorted by risk:
status, risk, code and what is missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nlp_checker.outputs import words
from nlp_checker.outputs.result import CheckResult

_STATUS_STYLE = {
    "present": "green",
    "missing": "bold red",
    "negated": "bold red",
    "incomplete": "yellow",
    "uncertain": "yellow",
}
_LEVEL_STYLE = {"low": "green", "medium": "yellow", "high": "bold red"}
_MAX_QUOTE = 80
# More notes than this print one line each unless the full view is asked for.
COMPACT_ABOVE = 3


def _quote(text: str) -> str:
    quote = " ".join(text.split())
    return quote if len(quote) <= _MAX_QUOTE else quote[: _MAX_QUOTE - 1] + "…"


def _evidence(result: CheckResult, element: str) -> Text:
    """Every distinct quote, with its page and what changed its status."""
    finding = result.elements[element]
    out = Text()
    seen: set[tuple[str, int, str | None]] = set()
    for ev in finding.evidence:
        why = words.modifier_text(ev.modifier.category, ev.modifier.text) if ev.modifier else None
        key = (_quote(ev.text), ev.page, why)
        if key in seen:
            continue
        seen.add(key)
        if out:
            out.append("\n")
        out.append(f"“{key[0]}”")
        where = [f"p{ev.page}"] if (result.audit.pages or 1) > 1 else []
        if why:
            where.append(why)
        if where:
            out.append(f" ({'; '.join(where)})", style="dim")
        if ev.ocr:
            low = words.ocr_low(ev.confidence)
            out.append(f" [{words.ocr_text(ev.confidence)}]", style="bold yellow" if low else "dim")
    return out


def ocr_line(result: CheckResult) -> Text | None:
    """Return the notice that the note's text was read by OCR, with how many quotes are unsure."""
    quotes = [ev for f in result.elements.values() for ev in f.evidence if ev.ocr]
    if not quotes:
        return None
    low = sum(words.ocr_low(ev.confidence) for ev in quotes)
    line = Text(
        "Read by OCR from a scan: check the quotes marked [read by OCR] against the page.",
        style="yellow",
    )
    if low:
        line.append(
            f" {low} quote(s) were read at low confidence (under "
            f"{words.OCR_MIN_CONFIDENCE:.0f}%) and need a person to check them.",
            style="bold yellow",
        )
    return line


def _detail(result: CheckResult, element: str) -> RenderableType:
    finding = result.elements[element]
    parts: list[Text] = []
    value = words.value_text(element, finding.value)
    if value:
        parts.append(Text(value, style="bold"))
    quotes = _evidence(result, element)
    if quotes:
        parts.append(quotes)
    if finding.status != "present" and not finding.applies:
        parts.append(Text("not used for this procedure", style="dim"))
    elif finding.status != "present":
        message = f"{finding.explanation} {words.fix(element)}".strip()
        parts.append(Text("→ " + message, style=_STATUS_STYLE[finding.status]))
    return Group(*parts) if parts else Text("")


def border_style(result: CheckResult) -> str:
    """Colour of a note's frame: red for errors and high risk, yellow whenever incomplete."""
    if result.error is not None or result.risk is None:
        return "red"
    level = result.risk.level
    if level == "high":
        return "red"
    if not result.complete or level == "medium":
        return "yellow"
    return "green"


def verdict(result: CheckResult) -> str:
    """``COMPLETE``, ``INCOMPLETE`` or ``NOT CHECKED``: what a person acts on first."""
    if result.error is not None:
        return "NOT CHECKED"
    return "COMPLETE" if result.complete else "INCOMPLETE"


def _title(result: CheckResult, width: int) -> Text:
    """Panel title with the verdict and risk first, then as much of the path as fits."""
    head = verdict(result)
    if result.risk is not None:
        head += f" · {result.risk.level} risk"
    room = max(width - len(head) - 10, 12)
    source = result.source
    if len(source) > room:
        source = "…" + source[-(room - 1) :]
    title = Text(head, style=border_style(result))
    title.append(f" · {source}", style="default")
    return title


def _bullets(items: Sequence[tuple[str, RenderableType]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column()
    for mark, text in items:
        grid.add_row(mark, text)
    return grid


def code_lines(result: CheckResult) -> list[RenderableType]:
    """Return the code check as plain sentences."""
    cc = result.code_check
    if cc is None:
        return []
    billed = cc.billed + "".join("-" + m for m in cc.modifiers)
    out: list[RenderableType] = []
    if cc.supported:
        out.append(Text(f"Code: the note supports the billed {billed}.", style="green"))
    else:
        out.append(
            Text(
                f"Code: this note supports {words.code_label(cc.suggested)}, "
                f"not the billed {billed}.",
                style="bold red",
            )
        )
    # The note's own issues, by code: the unsupported code is the headline above, and issues
    # about a claim line are shown with the claim (claim_lines). The code check's reasons come
    # first, then its warnings, then the other issues.
    channels = words.issue_channels()
    note_issues = [
        i
        for i in result.issues
        if i.line is None and i.code != "code.unsupported"
        and (channels.get(i.code) is not None or i.severity != "info")
    ]  # fmt: skip
    order = {"reason": 0, "warning": 1}
    items = []
    for issue in sorted(note_issues, key=lambda i: order.get(channels.get(i.code) or "", 2)):
        channel = channels.get(issue.code)
        if channel == "reason":
            items.append(("  •", Text(words.sentence(issue.message))))
        elif channel == "warning":
            items.append(("  !", Text(words.sentence(issue.message), style="yellow")))
        else:
            style = "red" if issue.blocks_complete else "yellow"
            items.append(("  !", Text(words.issue_text(issue.message, issue.source), style=style)))
    if items:
        out.append(_bullets(items))
    if result.profile is not None:
        payer = result.profile.payer
        where = f", {payer.jurisdiction} ({payer.mac}, {payer.lcd})" if payer.jurisdiction else ""
        out.append(
            Text(
                f"Checked against: {result.profile.procedure.id}, payer {payer.name}{where}",
                style="dim",
            )
        )
    return out


def claim_line_head(code: str, modifiers: Sequence[str], units: int) -> str:
    """Return a claim line as a biller writes it: ``62323-LT x1``."""
    return f"{code}{''.join('-' + m for m in modifiers)} x{units}"


def claim_lines(result: CheckResult) -> list[RenderableType]:
    """Return the claim section: each line clean, or with the denial codes and issues it draws.

    These are the typed issues with a ``line`` (the ``claim_check`` block); the note's own
    documentation problems are in the element table and the code section above.
    """
    check = result.claim_check
    if check is None:
        return []
    denied = sum(not line.clean for line in check.lines)
    verdict_text = (
        "every line goes out clean."
        if check.clean
        else f"would be denied in part ({denied} of {len(check.lines)} line(s))."
    )
    out: list[RenderableType] = [
        Text(f"Claim: {verdict_text}", style="green" if check.clean else "bold red")
    ]
    items: list[tuple[str, RenderableType]] = []
    for line in check.lines:
        billed = claim_line_head(line.code, line.modifiers, line.units)
        if line.clean:
            items.append((f"  line {line.line + 1}", Text(f"{billed}: clean", style="green")))
            continue
        denial = ", ".join(line.denial_codes) or "no denial code expected"
        issues: list[tuple[str, RenderableType]] = []
        for issue in line.issues:
            text = Text(words.issue_title(issue.code), style="bold")
            text.append(f": {words.issue_text(issue.message, issue.source)}")
            if issue.fix:
                text.append(f"\nFix: {issue.fix}", style="dim")
            issues.append(("•", text))
        body = Group(Text(f"{billed}: would draw {denial}", style="red"), _bullets(issues))
        items.append((f"  line {line.line + 1}", body))
    out.append(_bullets(items))
    return out


def risk_lines(result: CheckResult) -> list[RenderableType]:
    """Return the risk level, and each driver with its title, reason and citation."""
    risk = result.risk
    if risk is None:
        return []
    out: list[RenderableType] = [
        Text(
            f"Denial risk: {risk.level} (estimate {risk.score:.2f})", style=_LEVEL_STYLE[risk.level]
        )
    ]
    items = []
    for d in risk.drivers:
        line = Text(words.title(d.element), style="bold")
        line.append(f": {words.driver_text(d.reason, d.status, d.detail)}")
        line.append(f"\nSource: {words.cite(d.source, short=True)}", style="dim")
        items.append((f"  {d.weight:.2f}", line))
    if items:
        out.append(_bullets(items))
    return out


def render_result(result: CheckResult, width: int = 100) -> Panel:
    """Return a rich panel for one result."""
    if result.error is not None:
        body = Text(words.error_text(result.error.type, result.error.message), style="red")
        return Panel(body, title=_title(result, width), title_align="left", border_style="red")
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("Element", ratio=2)
    table.add_column("Status", no_wrap=True)
    table.add_column("What the note says / what to add", ratio=5)
    for element, finding in result.elements.items():
        name = Text(words.title(element))
        if finding.required:
            name.append(" *", style="bold")
        table.add_row(
            name,
            Text(words.STATUS_WORDS[finding.status], style=_STATUS_STYLE[finding.status]),
            _detail(result, element),
        )
    notice = ocr_line(result)
    parts: list[RenderableType] = [
        *([notice] if notice is not None else []),
        table,
        *code_lines(result),
        *claim_lines(result),
        *risk_lines(result),
    ]
    return Panel(
        Group(*parts),
        title=_title(result, width),
        title_align="left",
        border_style=border_style(result),
    )


def _missing(result: CheckResult) -> str:
    if result.error is not None:
        text = words.error_text(result.error.type, result.error.message)
        return text[0].lower() + text[1:]
    gaps = [
        f"{words.short_title(e)} {words.STATUS_WORDS[f.status]}"
        for e, f in result.elements.items()
        if f.required and f.status != "present"
    ]
    return ", ".join(gaps) or "-"


def common_folder(sources: Sequence[str]) -> str:
    """Return the folder every source shares (``examples/notes/``), or ``""``."""
    if len(sources) < 2:
        return ""
    folders = [s.rsplit("/", 1)[0] + "/" if "/" in s else "" for s in sources]
    prefix = folders[0]
    for folder in folders[1:]:
        while prefix and not folder.startswith(prefix):
            prefix = prefix[:-1].rsplit("/", 1)[0] + "/" if "/" in prefix[:-1] else ""
    return prefix


def sort_key(result: CheckResult) -> tuple[int, float, str]:
    """Errors first, then the highest risk, then by source."""
    if result.risk is None:
        return (0, 0.0, result.source)
    return (1, -result.risk.score, result.source)


def select(results: Iterable[CheckResult], only: str | None) -> list[CheckResult]:
    """Keep the results ``--only`` asks for (``incomplete`` includes unreadable notes)."""
    kept = list(results)
    if only == "incomplete":
        kept = [r for r in kept if not r.complete]
    elif only == "error":
        kept = [r for r in kept if r.error is not None]
    elif only == "high":
        kept = [r for r in kept if r.risk is None or r.risk.level == "high"]
    return kept


def compact_table(results: Sequence[CheckResult], folder: str | None = None) -> Table:
    """One line per note: note, status, risk, billed and supported code, what is missing."""
    folder = common_folder([r.source for r in results]) if folder is None else folder
    table = Table(show_header=True, header_style="bold", expand=True, box=None, pad_edge=False)
    table.add_column(f"Note (in {folder})" if folder else "Note", no_wrap=True, ratio=2,
                     overflow="ellipsis")  # fmt: skip
    table.add_column("Status", no_wrap=True)
    table.add_column("Risk", no_wrap=True)
    table.add_column("Code", no_wrap=True)
    table.add_column("Claim", ratio=1, overflow="ellipsis")
    table.add_column("Missing or wrong", ratio=3)
    for r in results:
        style = border_style(r)
        risk = f"{r.risk.level} {r.risk.score:.2f}" if r.risk else "-"
        code = Text("-")
        if r.code_check is not None:
            cc = r.code_check
            supported = "none" if cc.suggested == "other" else cc.suggested
            code = (
                Text(cc.billed, style="green")
                if cc.supported
                else Text(f"{cc.billed}→{supported}", style="bold red")
            )
        claim = Text("-")
        if r.claim_check is not None:
            claim = (
                Text("clean", style="green")
                if r.claim_check.clean
                else Text(", ".join(r.claim_check.denial_codes) or "not clean", style="red")
            )
        table.add_row(
            r.source.removeprefix(folder), Text(verdict(r).lower(), style=style),
            Text(risk, style=style), code, claim, _missing(r),
        )  # fmt: skip
    return table


def summary_line(results: Sequence[CheckResult], shown: int | None = None) -> str:
    """Return ``N note(s): a complete, b incomplete, c could not be read.``."""
    count = len(results)
    complete = sum(r.complete for r in results)
    errors = sum(r.error is not None for r in results)
    line = (
        f"{count} note(s): {complete} complete, {count - complete - errors} incomplete, "
        f"{errors} could not be read."
    )
    checks = [r.claim_check for r in results if r.claim_check is not None]
    # Claims said only where one was given beyond the default (a code to Medicare) or fails.
    given = any(r.claim and (r.claim.icd10 or r.claim.date_of_service) for r in results)
    if checks and (given or not all(c.clean for c in checks)):
        line += f" {sum(c.clean for c in checks)} of {len(checks)} claim(s) clean."
    if shown is not None and shown != count:
        line += f" Showing {shown}."
    return line


def print_table(
    results: Iterable[CheckResult],
    console: Console,
    *,
    view: str = "auto",
    only: str | None = None,
) -> None:
    """Print the results (full panels or compact lines) and a summary.

    Parameters
    ----------
    results : iterable of CheckResult
        Every checked note.
    console : Console
        Where to print.
    view : {"auto", "full", "compact"}
        ``auto`` is compact above :data:`COMPACT_ABOVE` notes.
    only : {"incomplete", "error", "high"}, optional
        Show only these notes (the summary still counts all).
    """
    every = list(results)
    shown = sorted(select(every, only), key=sort_key)
    compact = view == "compact" or (view == "auto" and len(every) > COMPACT_ABOVE)
    if compact:
        if shown:
            console.print(compact_table(shown, common_folder([r.source for r in every])))
            console.print(
                "Code: billed→supported in red when the note does not support the billed code. "
                "--view full shows every element with its evidence and what to add.",
                style="dim",
            )
    else:
        for result in shown if len(every) > 1 else every:
            console.print(render_result(result, console.width))
    tail = "" if compact else " * = required for the billed code."
    console.print(summary_line(every, len(shown) if only else None) + tail)
    if any(r.risk is not None for r in every):
        console.print(Text(f"{words.RISK_EXPLAINED} {words.levels_text()}", style="dim"))
