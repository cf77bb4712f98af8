"""Inline tags and placeholders of bilingual units (XLIFF, PO, TMX...): the same on both sides.

The readers keep tags (``<g 1>``, ``<ph 2>``) and placeholders (``%d``, ``{0}``) out of the
checked text and list them as the sentence's ``tokens``; a bead whose two sides list different
tokens has lost or gained one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from align.checks.base import CheckContext
from align.model import Finding, Span
from align.rules import TAG_MISMATCH


class TagsCheck:
    rules = (TAG_MISMATCH,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        for index, bead in ctx.two_sided():
            zh = Counter(t for i in bead.zh for t in a.zh.segments[i].tokens)
            en = Counter(t for i in bead.en for t in a.en.segments[i].tokens)
            if zh == en:
                continue
            missing = sorted((zh - en).elements())
            extra = sorted((en - zh).elements())
            parts = []
            if missing:
                parts.append(f"missing in the English: {' '.join(missing)}")
            if extra:
                parts.append(f"only in the English: {' '.join(extra)}")
            yield TAG_MISMATCH.finding(
                "The inline tags or placeholders differ: " + "; ".join(parts) + ".",
                Span.of(a.zh, bead.zh),
                Span.of(a.en, bead.en),
                evidence=(("zh", " ".join(sorted(zh.elements()))),
                          ("en", " ".join(sorted(en.elements())))),
                bead=index,
            )
