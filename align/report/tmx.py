"""Translation memory export (``align export ZH EN -o memory.tmx`` or ``memory.tsv``).

One translation unit per bead with both sides non-empty (omissions and additions are not
translations); a bead's sentences are joined (Chinese without spaces, English with one). A bead
with an error or a warning is left out of the memory unless ``ctx.include_flagged``: a memory
should not teach a CAT tool a wrong translation. The language tags are ``ctx.srclang`` and
``ctx.tgtlang``. TMX 1.4 is written by translate-toolkit, the maintained library CAT tools' own
converters use; it is imported only here, when a memory is exported.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from align.model import Document, Report, Severity
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
                zh = "".join(" ".join(_own(a.zh, i).split()) for i in bead.zh)
                en = " ".join(" ".join(_own(a.en, i).split()) for i in bead.en)
                yield zh, en


def _own(doc: Document, i: int) -> str:
    """Sentence ``i`` in the file's own characters (a traditional Chinese text is checked in
    simplified characters, one for one)."""
    seg = doc.segments[i]
    raw = doc.text[seg.start : seg.end]
    return raw if len(raw) == len(seg.text) else seg.text


def render(reports: Sequence[Report], ctx: RenderContext = DEFAULT) -> str:
    from translate.storage.tmx import tmxfile

    memory = tmxfile(sourcelanguage=ctx.srclang, targetlanguage=ctx.tgtlang)
    header = next(memory.document.getroot().iterchildren(memory.namespaced("header")))
    header.set("creationtool", "align")
    header.set("creationtoolversion", __version__)
    for zh, en in units(reports, ctx.include_flagged):
        memory.addtranslation(zh, ctx.srclang, en, ctx.tgtlang)
    return bytes(memory).decode("utf-8")


def render_tsv(
    reports: Sequence[Report], ctx: RenderContext = DEFAULT
) -> str:
    """Tab-separated memory: a header line of language codes, then Chinese<TAB>English."""
    lines = [f"{ctx.srclang}\t{ctx.tgtlang}"]
    lines += [f"{zh}\t{en}" for zh, en in units(reports, ctx.include_flagged)]
    return "".join(line + "\n" for line in lines)
