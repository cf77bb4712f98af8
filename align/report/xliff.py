"""XLIFF 2.0 for review (``align export ZH EN -o review.xlf``): one unit per bead, the Chinese as
source and the English as target, each finding a note on its unit.

A unit with an error or a warning gets ``subState="align:needs-review"`` (XLIFF 2.0 allows only
``initial``, ``translated``, ``reviewed`` and ``final`` as ``state``, and puts a tool's own states
in ``subState``), so a CAT tool can filter the units to look at; a unit with no English is
``initial``. The language tags are ``ctx.srclang`` and ``ctx.tgtlang``.
"""

from __future__ import annotations

from collections.abc import Sequence

from align.model import Report, Severity
from align.report._exchange import own_text, xml_attr, xml_text
from align.report.context import DEFAULT, RenderContext

_PRIORITY = {Severity.ERROR: 1, Severity.WARNING: 3, Severity.INFO: 8}


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        'xmlns:align="urn:align:xliff" version="2.0" '
        f"srcLang={xml_attr(ctx.srclang)} trgLang={xml_attr(ctx.tgtlang)}>",
    ]
    for n, report in enumerate(reports, 1):
        a = report.alignment
        out.append(f'  <file id="f{n}" original={xml_attr(a.zh.path)}>')
        notes: dict[int, list] = {}
        for f in report.findings:
            if f.bead is not None:
                notes.setdefault(f.bead, []).append(f)
        for k, bead in enumerate(a.beads):
            found = notes.get(k, [])
            out.append(f'    <unit id="u{k + 1}">')
            if found:
                out.append("      <notes>")
                for f in found:
                    out.append(
                        f"        <note category={xml_attr('align:' + f.rule)} "
                        f'priority="{_PRIORITY[f.severity]}">'
                        f"{xml_text(f.severity.value + ': ' + f.message)}"
                        + (xml_text(" Fix: " + f.suggestion) if f.suggestion else "")
                        + "</note>"
                    )
                out.append("      </notes>")
            zh = own_text(a.zh, bead.zh, "")
            en = own_text(a.en, bead.en, " ")
            flagged = any(f.severity in (Severity.ERROR, Severity.WARNING) for f in found)
            state = ('state="translated" subState="align:needs-review"' if flagged and en
                     else 'state="translated"' if en else 'state="initial"')
            out.append(f"      <segment {state}>")
            out.append(f"        <source>{xml_text(zh)}</source>")
            if en:
                out.append(f"        <target>{xml_text(en)}</target>")
            out.append("      </segment>")
            out.append("    </unit>")
        out.append("  </file>")
    out.append("</xliff>")
    return "\n".join(out) + "\n"

