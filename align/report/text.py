"""The default terminal report: findings in document order, both texts, then a summary."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table

from align.model import Report, Severity
from align.report.context import DEFAULT, RenderContext

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=ctx.color, no_color=not ctx.color, width=ctx.width,
                      highlight=False, soft_wrap=False)
    for report in reports:
        _one(console, report)
    if len(reports) > 1:
        total = {s.value: sum(r.summary()[s.value] for r in reports) for s in Severity}
        console.print(f"[bold]{len(reports)} pairs:[/] " + _counts(total))
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def _one(console: Console, report: Report) -> None:
    a = report.alignment
    console.print(f"[bold]{escape(a.zh.path)}[/] ↔ [bold]{escape(a.en.path)}[/]")
    console.print(f"[dim]{len(a.zh.segments)} Chinese and {len(a.en.segments)} English sentences "
                  f"in {len(a.beads)} aligned units[/]")
    for f in report.findings:
        console.print()
        where = " · ".join(
            f"{side} line {span.line}" for side, span in (("zh", f.zh), ("en", f.en)) if span
        )
        console.print(f"[{_STYLE[f.severity]}]{f.severity.value}[/] [bold]{f.rule}[/]  "
                      f"[dim]{where}[/]")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=3, no_wrap=True)
        grid.add_column(overflow="fold")
        grid.add_row("", escape(f.message))
        for label, span in (("zh", f.zh), ("en", f.en)):
            if span is not None and span.text:
                grid.add_row(f"[dim]{label}[/]", escape(" ".join(span.text.split())))
        if f.suggestion:
            grid.add_row("[green]fix[/]", escape(f.suggestion))
        console.print(Padding(grid, (0, 0, 0, 2)))
    console.print()
    console.print(_counts(report.summary()))
    console.print(f"[dim]{escape(report.signature)}[/]")


def _counts(summary: dict[str, int]) -> str:
    parts = [f"[{_STYLE[s]}]{summary[s.value]} {s.value}{'s' if summary[s.value] != 1 else ''}[/]"
             for s in Severity]
    return ", ".join(parts)
