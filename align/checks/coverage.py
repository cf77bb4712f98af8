"""Omissions and additions: sentences the aligner could not pair with anything, and sentences
inside a many-to-one bead that the other side does not translate.

The second case matters because an aligner prefers to absorb an untranslated sentence into its
neighbour's bead (a 2-1 instead of a 1-0 and a 1-1). A member of a bead is reported when two
independent signals agree: the bead's similarity rises clearly once that member is left out,
and the other side's length fits the remaining members better than all of them (by the
document's own English-to-Chinese length ratio).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from align.checks.base import CheckContext, sentence_lengths
from align.model import Bead, Document, Finding, Severity, Span
from align.rules import ADDITION, OMISSION
from align.scripts import HAN_CHAR
from align.vectors import group_vector, length_fit

_WORD = re.compile(r"[A-Za-z]+")


def content_size(text: str) -> int:
    """Rough amount of content, in Chinese-character equivalents (an English word counts 1.5)."""
    return len(HAN_CHAR.findall(text)) + int(1.5 * len(_WORD.findall(text)))


class CoverageCheck:
    rules = (OMISSION, ADDITION)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        small = ctx.settings.coverage_min_chars
        for index, bead in enumerate(a.beads):
            if bead.zh and not bead.en:
                span = _span(a.zh, bead.zh)
                yield OMISSION.finding(
                    "This Chinese sentence is missing from the English translation.",
                    zh=span,
                    en=_neighbour(a.en, a.beads, index, "en"),
                    severity=None if content_size(span.text) >= small else Severity.WARNING,
                    bead=index,
                )
            elif bead.en and not bead.zh:
                span = _span(a.en, bead.en)
                yield ADDITION.finding(
                    "This English sentence has no counterpart in the Chinese original.",
                    zh=_neighbour(a.zh, a.beads, index, "zh"),
                    en=span,
                    severity=None if content_size(span.text) >= small else Severity.INFO,
                    bead=index,
                )
        if ctx.zh_vectors is not None and ctx.en_vectors is not None:
            yield from _inside_merges(ctx)


def _inside_merges(ctx: CheckContext) -> Iterator[Finding]:
    a = ctx.alignment
    zv, ev = ctx.zh_vectors, ctx.en_vectors
    lengths = sentence_lengths(a)
    ratio = lengths.ratio  # English characters per Chinese character
    if not ratio:
        return
    for index, bead in ctx.two_sided():
        for side in ("zh", "en"):
            ids, other = (bead.zh, bead.en) if side == "zh" else (bead.en, bead.zh)
            if len(ids) < 2:
                continue
            vecs, other_vecs = (zv, ev) if side == "zh" else (ev, zv)
            own = lengths.zh if side == "zh" else lengths.en
            # The other side's length, measured in this side's characters.
            other_len = lengths.en[list(other)].sum() / ratio if side == "zh" else \
                lengths.zh[list(other)].sum() * ratio
            target = group_vector(other_vecs, other)
            whole = float(group_vector(vecs, ids) @ target)
            for k in ids:
                rest = [i for i in ids if i != k]
                without = float(group_vector(vecs, rest) @ target)
                if without - whole < ctx.settings.merge_min_gain:
                    continue
                if _misfit(other_len, own[rest].sum()) >= _misfit(other_len, own[list(ids)].sum()):
                    continue
                doc = a.zh if side == "zh" else a.en
                span = _span(doc, (k,))
                if content_size(span.text) < ctx.settings.coverage_min_chars:
                    continue
                yield _merged_finding(a.zh, a.en, bead, index, side, span, whole, without)


def _merged_finding(zh: Document, en: Document, bead: Bead, index: int, side: str, span: Span,
                    whole: float, without: float) -> Finding:
    if side == "zh":
        rule, message = OMISSION, ("This Chinese sentence does not seem to be translated: the "
                                   "English beside it translates only the neighbouring sentence.")
        zh_span, en_span = span, Span.of(en, bead.en)
    else:
        rule, message = ADDITION, ("This English sentence does not seem to come from the "
                                   "Chinese: the Chinese beside it matches only its neighbour.")
        zh_span, en_span = Span.of(zh, bead.zh), span
    return rule.finding(
        message,
        zh=zh_span,
        en=en_span,
        severity=Severity.WARNING,
        evidence=(("similarity with it", f"{whole:.2f}"),
                  ("similarity without it", f"{without:.2f}")),
        bead=index,
    )


def _span(doc: Document, ids: tuple[int, ...]) -> Span:
    span = Span.of(doc, ids)
    assert span is not None  # ids is never empty here
    return span


def _misfit(observed: float, expected: float) -> float:
    """How far a length is from the expected one, as a log ratio."""
    return abs(math.log(length_fit(observed, expected)))


def _neighbour(doc: Document, beads: tuple[Bead, ...], index: int, side: str) -> Span | None:
    """Where the missing text would go: an empty span at the end of the previous bead's
    sentences on the other side (so an editor can jump there), or None at the very start."""
    for prev in reversed(beads[:index]):
        ids = prev.en if side == "en" else prev.zh
        if ids:
            seg = doc.segments[ids[-1]]
            return Span(text="", line=seg.line, start=seg.end, end=seg.end, ids=())
    return None
