"""Chinese characters left in the English text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.checks.base import CheckContext, Rule
from align.model import Finding, Severity, Span
from align.scripts import CJK_PUNCT, HAN

UNTRANSLATED = Rule(
    id="untranslated",
    title="Chinese left untranslated in the English",
    severity=Severity.ERROR,
    doc="The English sentence still contains Chinese characters, usually a term the translator "
    "meant to come back to.",
    example="en 'The 专精特新 enterprises grew by 12%.'",
)

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
                    yield Finding(
                        rule=UNTRANSLATED.id,
                        severity=UNTRANSLATED.severity,
                        message=f"Chinese text left in the English: {'、'.join(runs)}",
                        zh=Span.of(a.zh, bead.zh),
                        en=Span.of(a.en, (i,)),
                        evidence=tuple(("en", r) for r in runs),
                        bead=index,
                    )
