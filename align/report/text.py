"""The default terminal report: findings in document order, both texts, then a summary.

Each side of a finding is introduced by ``path:line:col`` of the wrong words (the words its
evidence quotes, found inside the sentence; the sentence start when it quotes none; for an
omission merged into its neighbour, the place the missing sentence belongs), which terminals and
editors open. The words themselves are underlined in colour, or wrapped in «» without colour;
a missing sentence's place is a ‸. Findings accepted by a reviewer or held by a baseline are
listed after the others, one dim line each, and counted in the summary, which also counts
findings per rule.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from align.model import Finding, Report, Severity
from align.report._common import by_rule, counts, focus, gap, label, neutralise, place
from align.report.context import DEFAULT, RenderContext

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
GAP = "‸"


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=ctx.color, no_color=not ctx.color, width=ctx.width,
                      highlight=False, soft_wrap=False,
                      color_system="standard" if ctx.color else None)
    for report in reports:
        _one(console, report, ctx.color)
    if len(reports) > 1:
        console.print(f"[bold]{len(reports)} pairs:[/] " + _counts(counts(reports)))
        rules = _rules(reports)
        if rules:
            console.print(rules)
    for kind, n in ctx.stale:
        if n:
            console.print(f"[dim]{stale_note(kind, n)}[/]")
    out = buf.getvalue()
    if not ctx.color:  # no escape sequence at all; with colour, every quoted piece is clean
        out = neutralise(out, keep="\n")
    return "".join(line.rstrip() + "\n" for line in out.splitlines())


def summary(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    """The summary on its own, plain: what the CLI prints on stderr when the report itself goes
    to a file. One line of counts, one of counts per rule when there are findings, one per kind
    of stale entries."""
    c = counts(reports)
    pairs = f" in {len(reports)} pairs" if len(reports) != 1 else ""
    lines = [f"align: {_plain_counts(c)}{pairs}"]
    rules = by_rule(reports)
    if rules:
        lines.append("align: by rule: " + ", ".join(f"{k} {v}" for k, v in rules.items()))
    lines += [f"align: {stale_note(kind, n)}" for kind, n in ctx.stale if n]
    return "".join(neutralise(line) + "\n" for line in lines)


def stale_note(kind: str, n: int) -> str:
    entries = "entry matches" if n == 1 else "entries match"
    what = "baseline" if kind == "baseline" else "accepted-findings"
    return f"{n} {what} {entries} no finding any more (stale: rewrite or prune the file)"


def _one(console: Console, report: Report, color: bool) -> None:
    a = report.alignment
    zh_path, en_path = escape(neutralise(a.zh.path)), escape(neutralise(a.en.path))
    console.print(f"[bold]{zh_path}[/] ↔ [bold]{en_path}[/]")
    console.print(f"[dim]{len(a.zh.segments)} Chinese and {len(a.en.segments)} English sentences "
                  f"in {len(a.beads)} aligned units[/]")
    quiet = []
    for f in report.findings:
        if f.suppressed is not None:
            quiet.append(f)
            continue
        console.print()
        head = Text.assemble((f.severity.value, _STYLE[f.severity]), " ", (f.rule, "bold"), "  ",
                             neutralise(f.message))
        console.print(head, overflow="fold")
        grid = Table.grid(padding=(0, 1))
        grid.add_column(width=3, no_wrap=True)
        grid.add_column(overflow="fold")
        for lang in ("zh", "en"):
            loc = place(report, f, lang)
            if loc is None:
                continue
            doc, side = (report.alignment.zh, f.zh) if lang == "zh" else (report.alignment.en, f.en)
            where = label(doc, side)
            grid.add_row(Text(lang, "dim"),
                         Text(neutralise(f"{loc.path}:{loc.line}:{loc.column}"
                                         + (f"  ({where})" if where else "")), "dim"))
            quoted = _quote(report, f, lang, color)
            if quoted.plain:
                grid.add_row("", quoted)
        if f.suggestion:
            grid.add_row(Text("fix", "green"), Text(neutralise(f.suggestion)))
        grid.add_row(Text("id", "dim"), Text(f.fingerprint, "dim"))
        console.print(Padding(grid, (0, 0, 0, 2)))
    if quiet:
        console.print()
        for f in quiet:
            loc = place(report, f, "en") or place(report, f, "zh")
            where = f"{loc.path}:{loc.line}:{loc.column}" if loc else ""
            s = f.suppressed
            why = f"{s.kind}: {s.reason}" if s.reason else s.kind
            console.print(Text(neutralise(f"suppressed ({why}) {f.severity.value} {f.rule} "
                                          f"{where} {f.fingerprint}"), "dim"), overflow="fold")
    console.print()
    console.print(_counts(counts([report])))
    rules = _rules([report])
    if rules:
        console.print(rules)
    # one line, however long, so it can be copied
    console.print(f"[dim]{escape(neutralise(report.signature))}[/]", soft_wrap=True)


def _quote(report: Report, f: Finding, lang: str, color: bool) -> Text:
    """The side's text on one line, the evidence words underlined (or in «»), a ‸ at a gap."""
    a = report.alignment
    doc, span = (a.zh, f.zh) if lang == "zh" else (a.en, f.en)
    if span is None:
        return Text("")
    style = f"{_STYLE[f.severity]} underline"
    where = gap(report, f)
    if span.start == span.end or (where is not None and where[0] == lang):
        at = where[1] if where is not None and where[0] == lang else span.start
        if span.start == span.end:
            return Text("")  # an empty span marks a place; the location line says where
        pieces = [(doc.text[span.start : at], ""), (GAP, style), (doc.text[at : span.end], "")]
    else:
        pieces, pos = [], span.start
        for x, y in focus(doc, span, f, lang):
            pieces.append((doc.text[pos:x], ""))
            pieces.append((doc.text[x:y], style))
            pos = y
        pieces.append((doc.text[pos : span.end], ""))
    out = Text()
    space = False
    for part, part_style in pieces:
        words = part.split()
        if not words:
            space = space or bool(part)
            continue
        lead = part[0].isspace() or space
        if lead and out.plain:
            out.append(" ")
        text = neutralise(" ".join(words))
        if part_style and not color and part != GAP:
            text = f"«{text}»"
        out.append(text, part_style if color else "")
        space = part[-1].isspace()
    return out


def _counts(c: dict[str, int]) -> str:
    parts = [f"[{_STYLE[s]}]{c[s.value]} {s.value}{'s' if c[s.value] != 1 else ''}[/]"
             for s in Severity]
    text = ", ".join(parts)
    if c["suppressed"]:
        text += f" [dim]· {escape(_suppressed(c))}[/]"
    return text


def _plain_counts(c: dict[str, int]) -> str:
    text = ", ".join(f"{c[s.value]} {s.value}{'s' if c[s.value] != 1 else ''}" for s in Severity)
    if c["suppressed"]:
        text += f"; {_suppressed(c)}"
    return text


def _suppressed(c: dict[str, int]) -> str:
    kinds = [f"{c[k]} {k}" for k in ("accepted", "baseline") if c.get(k)]
    return f"{c['suppressed']} suppressed ({', '.join(kinds)})"


def _rules(reports: Sequence[Report]) -> str:
    rules = by_rule(reports)
    return "[dim]" + escape(" · ".join(f"{k} {v}" for k, v in rules.items())) + "[/]" if rules \
        else ""
