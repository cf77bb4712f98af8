"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

Each finding becomes ``::error file=…,line=…,endLine=…,title=…::message`` (``warning`` and
``notice`` for the other severities) on the English file, or on the Chinese file when the
finding has no English side. Escaping follows the Actions toolkit: in the message ``%``, CR and
LF are percent-encoded; in properties ``:`` and ``,`` are too. Findings accepted by a reviewer or
held by a baseline get no annotation; one ``notice`` line counts them.
"""

from __future__ import annotations

from collections.abc import Sequence

from align.model import Report, Severity
from align.report._common import chinese, counts, describe, neutralise, primary
from align.report.context import DEFAULT, RenderContext

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return neutralise(text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    lines = []
    for report in reports:
        for f in report.findings:
            if f.suppressed is not None:
                continue
            where = primary(report, f)
            props = [("file", where.path), ("line", str(where.line))]
            if where.end_line != where.line:
                props.append(("endLine", str(where.end_line)))
            elif where.end_column > where.column:
                props += [("col", str(where.column)), ("endColumn", str(where.end_column))]
            props.append(("title", f"align {f.rule}"))
            body = [f.message]
            zh = chinese(report, f)
            if zh is not None:
                body.append(describe("zh", zh))
            body.append(describe("en" if f.en else "zh", where))
            if f.suggestion:
                body.append(f"fix: {f.suggestion}")
            prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props)
            message = escape_data("\n".join(body))
            lines.append(f"::{_COMMAND[f.severity]} {prop_text}::{message}")
    c = counts(reports)
    if c["suppressed"]:
        kinds = ", ".join(f"{c[k]} {k}" for k in ("accepted", "baseline") if c[k])
        lines.append(f"::notice title=align::{c['suppressed']} findings suppressed ({kinds}); "
                     "see the SARIF or HTML report")
    stale = [(k, n) for k, n in ctx.stale if n]
    if stale:
        lines.append("::notice title=align::" + escape_data("; ".join(
            f"{n} stale {k} entries (they match no finding)" for k, n in stale)))
    return "".join(line + "\n" for line in lines)
