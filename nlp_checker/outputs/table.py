"""A terminal rendering a person can read: one panel per note with its elements and drivers."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from nlp_checker.outputs.result import CheckResult

_STATUS_STYLE = {
    "present": "green",
    "missing": "red",
    "negated": "red",
    "incomplete": "yellow",
    "uncertain": "yellow",
}
_LEVEL_STYLE = {"low": "green", "medium": "yellow", "high": "bold red"}
_MAX_EVIDENCE = 60


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items() if v not in (None, False))
    return str(value)


def _evidence(result: CheckResult, element: str) -> str:
    finding = result.elements[element]
    if not finding.evidence:
        return ""
    first = finding.evidence[0]
    quote = " ".join(first.text.split())
    if len(quote) > _MAX_EVIDENCE:
        quote = quote[: _MAX_EVIDENCE - 1] + "…"
    why = ""
    if first.modifier is not None:
        why = f" [{first.modifier.category.lower()}: “{' '.join(first.modifier.text.split())}”]"
    return f"“{quote}” p{first.page}{why}"


def _claim_lines(result: CheckResult) -> list[Text]:
    """Return the claim section: each line, clean or with its issues and expected denials."""
    check = result.claim_check
    assert check is not None
    verdict = "goes out clean" if check.clean else "would be denied in part"
    out = [Text(f"Claim: {verdict}", style="bold" if check.clean else "bold red")]
    for line in check.lines:
        billed = f"{line.code}{''.join('-' + m for m in line.modifiers)} x{line.units}"
        if line.clean:
            out.append(Text(f"  line {line.line + 1} {billed}: clean", style="green"))
            continue
        denial = ", ".join(line.denial_codes) or "no code expected"
        out.append(Text(f"  line {line.line + 1} {billed}: {denial}", style="red"))
        for issue in line.issues:
            out.append(Text(f"      {issue.code}: {issue.message}"))
            if issue.fix:
                out.append(Text(f"      fix: {issue.fix}", style="dim"))
    return out


def render_result(result: CheckResult) -> Panel:
    """Return a rich panel for one result."""
    if result.error is not None:
        body = Text(f"{result.error.type}: {result.error.message}", style="red")
        return Panel(body, title=result.source, border_style="red")
    table = Table(show_header=True, header_style="bold", expand=True)
    for column in ("element", "status", "value", "evidence"):
        table.add_column(column)
    for element, finding in result.elements.items():
        name = element + (" *" if finding.required else "")
        style = _STATUS_STYLE[finding.status]
        table.add_row(
            name,
            Text(finding.status, style=style),
            _value(finding.value),
            _evidence(result, element),
        )
    parts: list[Table | Text] = [table]
    if result.code_check is not None:
        cc = result.code_check
        verdict = "supported" if cc.supported else "NOT supported"
        parts.append(
            Text(
                f"Code: billed {cc.billed}{''.join('-' + m for m in cc.modifiers)}, "
                f"note supports {cc.suggested} ({verdict})",
                style="bold",
            )
        )
        # Issues about a claim line are shown with the claim below, not as note reasons.
        on_lines = {i.message for i in result.issues if i.line is not None}
        parts.extend(Text(f"  - {r}") for r in cc.reasons if r not in on_lines)
        parts.extend(Text(f"  ! {w}", style="yellow") for w in cc.warnings if w not in on_lines)
    if result.profile is not None:
        payer = result.profile.payer
        where = f", {payer.jurisdiction} ({payer.mac}, {payer.lcd})" if payer.jurisdiction else ""
        parts.append(
            Text(f"Profiles: {result.profile.procedure.id}, payer {payer.name}{where}", style="dim")
        )
    shown = (
        set(result.code_check.reasons + result.code_check.warnings) if result.code_check else set()
    )
    for issue in result.issues:
        if issue.line is None and issue.message not in shown and issue.severity != "info":
            style = "red" if issue.blocks_complete else "yellow"
            parts.append(Text(f"  ! {issue.message}", style=style))
    if result.claim_check is not None:
        parts.extend(_claim_lines(result))
    if result.risk is not None:
        risk = result.risk
        parts.append(
            Text(f"Denial risk: {risk.score:.2f} ({risk.level})", style=_LEVEL_STYLE[risk.level])
        )
        parts.extend(Text(f"  {d.weight:.2f}  {d.reason}  [{d.source}]") for d in risk.drivers)
    title = f"{result.source} — {'complete' if result.complete else 'incomplete'}"
    return Panel(
        Group(*parts),
        title=title,
        border_style=_LEVEL_STYLE.get(result.risk.level if result.risk else "high", "red"),
    )


def print_table(results: Iterable[CheckResult], console: Console) -> None:
    """Print every result and a one-line summary."""
    count = complete = errors = claims = clean = 0
    for result in results:
        console.print(render_result(result))
        count += 1
        complete += result.complete
        errors += result.error is not None
        if result.claim_check is not None:
            claims += 1
            clean += result.claim_check.clean
    console.print(
        f"{count} note(s): {complete} complete, {count - complete - errors} incomplete, "
        f"{errors} error(s); {clean} of {claims} claim(s) clean. * = required for the billed code."
    )
