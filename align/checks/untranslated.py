"""Chinese characters left in the English text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.checks.base import CheckContext
from align.model import Finding, Span
from align.rules import UNTRANSLATED
from align.scripts import CJK_PUNCT, HAN

# A run of Han characters with the CJK punctuation around and inside it.
_HAN_RUN = re.compile(f"[{HAN}{CJK_PUNCT}]*[{HAN}]+[{HAN}{CJK_PUNCT}]*")


class UntranslatedCheck:
    rules = (UNTRANSLATED,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        for index, bead in enumerate(a.beads):
            for i in bead.en:
                seg = a.en.segments[i]
                runs = _HAN_RUN.findall(seg.text)
                if runs:
                    yield UNTRANSLATED.finding(
                        f"Chinese text left in the English: {'、'.join(runs)}",
                        zh=Span.of(a.zh, bead.zh),
                        en=Span.of(a.en, (i,)),
                        evidence=tuple(("en", r) for r in runs),
                        bead=index,
                    )
