"""Omissions and additions: sentences the aligner could not pair with anything."""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.checks.base import CheckContext, Rule
from align.model import Finding, Severity, Span

OMISSION = Rule(
    id="omission",
    title="Chinese sentence not translated",
    severity=Severity.ERROR,
    doc="A Chinese sentence has no English counterpart: the aligner found nothing in the English "
    "that translates it. Short formulaic sentences (such as 谢谢。) are reported as warnings.",
    example="zh 目前全国共有孵化机构1.6万家。 -> en (nothing between the neighbouring sentences)",
)
ADDITION = Rule(
    id="addition",
    title="English sentence with no Chinese source",
    severity=Severity.WARNING,
    doc="An English sentence has no Chinese counterpart. The Chinese prevails, so content the "
    "original does not contain should be removed or justified.",
    example="en 'This figure is the highest in the world.' with no such sentence in the Chinese",
)

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+")


def content_size(text: str) -> int:
    """Rough amount of content, in Chinese-character equivalents (an English word counts 1.5)."""
    return len(_HAN.findall(text)) + int(1.5 * len(_WORD.findall(text)))


class CoverageCheck:
    rules = (OMISSION, ADDITION)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        small = ctx.settings.coverage_min_chars
        for index, bead in enumerate(a.beads):
            if bead.zh and not bead.en:
                span = Span.of(a.zh, bead.zh)
                assert span is not None
                severity = OMISSION.severity if content_size(span.text) >= small else Severity.WARNING
                yield Finding(
                    rule=OMISSION.id,
                    severity=severity,
                    message="This Chinese sentence is missing from the English translation.",
                    zh=span,
                    en=_neighbour(a.en, a.beads, index),
                    bead=index,
                )
            elif bead.en and not bead.zh:
                span = Span.of(a.en, bead.en)
                assert span is not None
                severity = ADDITION.severity if content_size(span.text) >= small else Severity.INFO
                yield Finding(
                    rule=ADDITION.id,
                    severity=severity,
                    message="This English sentence has no counterpart in the Chinese original.",
                    zh=_neighbour(a.zh, a.beads, index, side="zh"),
                    en=span,
                    bead=index,
                )


def _neighbour(doc, beads, index: int, side: str = "en") -> Span | None:
    """Where the missing text would go: an empty span at the end of the previous bead's
    sentences on the other side (so an editor can jump there), or None at the very start."""
    for prev in reversed(beads[:index]):
        ids = prev.en if side == "en" else prev.zh
        if ids:
            seg = doc.segments[ids[-1]]
            return Span(text="", line=seg.line, start=seg.end, end=seg.end, ids=())
    return None
