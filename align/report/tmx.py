"""Translation memory export (``align export ZH EN -o memory.tmx`` or ``memory.tsv``).

One translation unit per bead with both sides non-empty (omissions and additions are not
translations); a bead's sentences are joined (Chinese without spaces, English with one). A bead
with an error or a warning is left out of the memory unless ``ctx.include_flagged``: a memory
should not teach a CAT tool a wrong translation. The language tags are ``ctx.srclang`` and
``ctx.tgtlang``. TMX 1.4 is written directly: a header with the attributes the standard requires
and one ``tu`` of two ``tuv`` per unit.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from align.model import Report, Severity
from align.report._exchange import own_text, xml_attr, xml_text
from align.report.context import DEFAULT, RenderContext
from align.version import __version__


def flagged(report: Report) -> set[int]:
    """The beads with an error or a warning."""
    return {f.bead for f in report.findings
            if f.bead is not None and f.severity in (Severity.ERROR, Severity.WARNING)}


def units(reports: Sequence[Report], include_flagged: bool = True) -> Iterator[tuple[str, str]]:
    """(Chinese, English) text of every two-sided bead (without the flagged ones unless
    ``include_flagged``), in document order."""
    for report in reports:
        a = report.alignment
        skip = set() if include_flagged else flagged(report)
        for k, bead in enumerate(a.beads):
            if bead.zh and bead.en and k not in skip:
                yield own_text(a.zh, bead.zh, ""), own_text(a.en, bead.en, " ")


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    src, tgt = xml_attr(ctx.srclang), xml_attr(ctx.tgtlang)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="align" creationtoolversion={xml_attr(__version__)} '
        f'datatype="plaintext" segtype="sentence" adminlang="en" srclang={src} o-tmf="align"/>',
        "  <body>",
    ]
    for zh, en in units(reports, ctx.include_flagged):
        out.append("    <tu>")
        out.append(f"      <tuv xml:lang={src}><seg>{xml_text(zh)}</seg></tuv>")
        out.append(f"      <tuv xml:lang={tgt}><seg>{xml_text(en)}</seg></tuv>")
        out.append("    </tu>")
    out += ["  </body>", "</tmx>"]
    return "\n".join(out) + "\n"


def render_tsv(
    reports: Sequence[Report], ctx: RenderContext = DEFAULT
) -> str:
    """Tab-separated memory: a header line of language codes, then Chinese<TAB>English."""
    lines = [f"{ctx.srclang}\t{ctx.tgtlang}"]
    lines += [f"{zh}\t{en}" for zh, en in units(reports, ctx.include_flagged)]
    return "".join(line + "\n" for line in lines)
