"""XLIFF 2.0 for review (``align export ZH EN -o review.xlf``): one unit per bead, the Chinese as
source and the English as target, each finding a note on its unit.

A unit with an error or a warning gets ``subState="align:needs-review"`` (XLIFF 2.0 allows only
``initial``, ``translated``, ``reviewed`` and ``final`` as ``state``, and puts a tool's own states
in ``subState``), so a CAT tool can filter the units to look at; a unit with no English is
``initial``. The language tags are ``ctx.srclang`` and ``ctx.tgtlang``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from align.model import Document, Report, Severity
from align.report.context import DEFAULT, RenderContext

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PRIORITY = {Severity.ERROR: 1, Severity.WARNING: 3, Severity.INFO: 8}


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" '
        'xmlns:align="urn:align:xliff" version="2.0" '
        f"srcLang={_attr(ctx.srclang)} trgLang={_attr(ctx.tgtlang)}>",
    ]
    for n, report in enumerate(reports, 1):
        a = report.alignment
        out.append(f'  <file id="f{n}" original={_attr(a.zh.path)}>')
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
                        f"        <note category={_attr('align:' + f.rule)} "
                        f'priority="{_PRIORITY[f.severity]}">'
                        f"{_text(f.severity.value + ': ' + f.message)}"
                        + (_text(" Fix: " + f.suggestion) if f.suggestion else "")
                        + "</note>"
                    )
                out.append("      </notes>")
            zh = _join(a.zh, bead.zh, "")
            en = _join(a.en, bead.en, " ")
            flagged = any(f.severity in (Severity.ERROR, Severity.WARNING) for f in found)
            state = ('state="translated" subState="align:needs-review"' if flagged and en
                     else 'state="translated"' if en else 'state="initial"')
            out.append(f"      <segment {state}>")
            out.append(f"        <source>{_text(zh)}</source>")
            if en:
                out.append(f"        <target>{_text(en)}</target>")
            out.append("      </segment>")
            out.append("    </unit>")
        out.append("  </file>")
    out.append("</xliff>")
    return "\n".join(out) + "\n"


def _join(doc: Document, ids: tuple[int, ...], sep: str) -> str:
    parts = []
    for i in ids:
        seg = doc.segments[i]
        raw = doc.text[seg.start : seg.end]
        parts.append(" ".join((raw if len(raw) == len(seg.text) else seg.text).split()))
    return sep.join(parts)


def _text(s: str) -> str:
    return escape(_INVALID.sub("", s))


def _attr(s: str) -> str:
    return quoteattr(_INVALID.sub("", s))
