"""Translation memory export (``align export ZH EN -o memory.tmx`` or ``memory.tsv``).

One translation unit per bead with both sides non-empty (omissions and additions are not
translations); a bead's sentences are joined (Chinese without spaces, English with one). TMX 1.4
is written by translate-toolkit, the maintained library CAT tools' own converters use; it is
imported only here, when a memory is exported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from align.model import Report
from align.report.context import DEFAULT, RenderContext
from align.version import __version__


def units(reports: Sequence[Report]) -> Iterator[tuple[str, str]]:
    """(Chinese, English) text of every two-sided bead, in document order."""
    for report in reports:
        a = report.alignment
        for bead in a.beads:
            if bead.zh and bead.en:
                zh = "".join(" ".join(a.zh.segments[i].text.split()) for i in bead.zh)
                en = " ".join(" ".join(a.en.segments[i].text.split()) for i in bead.en)
                yield zh, en


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    from translate.storage.tmx import tmxfile

    memory = tmxfile(sourcelanguage=ctx.srclang, targetlanguage=ctx.tgtlang)
    header = next(memory.document.getroot().iterchildren(memory.namespaced("header")))
    header.set("creationtool", "align")
    header.set("creationtoolversion", __version__)
    for zh, en in units(reports):
        memory.addtranslation(zh, ctx.srclang, en, ctx.tgtlang)
    return bytes(memory).decode("utf-8")


def render_tsv(
    reports: Sequence[Report], ctx: RenderContext = DEFAULT
) -> str:
    """Tab-separated memory: a header line of language codes, then Chinese<TAB>English."""
    lines = [f"{ctx.srclang}\t{ctx.tgtlang}"]
    lines += [f"{zh}\t{en}" for zh, en in units(reports)]
    return "".join(line + "\n" for line in lines)
