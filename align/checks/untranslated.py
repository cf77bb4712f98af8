"""Chinese characters left in the English text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.checks.base import CheckContext
from align.model import Finding, Severity, Span
from align.rules import UNTRANSLATED
from align.scripts import CJK_PUNCT, HAN, HAN_RUN

# A run of Han characters with the CJK punctuation around and inside it.
_HAN_RUN = re.compile(f"[{HAN}{CJK_PUNCT}]*[{HAN}]+[{HAN}{CJK_PUNCT}]*")


# Chinese in brackets right after English words: "in the year Gengyin (庚寅年)", "the Spring
# Festival (春节)": a gloss the translator gives on purpose, not text left untranslated.
_GLOSS = re.compile(f"[A-Za-z][A-Za-z'’.-]*\\s*[（(]\\s*([{HAN}{CJK_PUNCT}]*[{HAN}]+"
                    f"[{HAN}{CJK_PUNCT}]*)\\s*[)）]")


def _han(run: str) -> str:
    return "".join(HAN_RUN.findall(run))


def _in_original(run: str, chinese: tuple[str, ...]) -> bool:
    """Whether the Han characters of a run (its punctuation aside) occur together in the
    Chinese: in the file's characters or in the simplified ones it is checked in."""
    han = _han(run)
    return any(han in text for text in chinese)


class UntranslatedCheck:
    """Chinese characters in the English. Left untranslated, they are a copy of the original's
    words; characters the Chinese document does not contain anywhere are something else (a
    reprint site's label glued to a heading, 摘要Keynote Speech…; a note), and characters in
    brackets after the English words they gloss ("the year Gengyin (庚寅年)") are given on
    purpose: info."""

    rules = (UNTRANSLATED,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        chinese = (a.zh.text, "".join(s.text for s in a.zh.segments))
        for index, bead in enumerate(a.beads):
            for i in bead.en:
                seg = a.en.segments[i]
                runs = _HAN_RUN.findall(seg.text)
                if not runs:
                    continue
                glosses = [_han(m.group(1)) for m in _GLOSS.finditer(seg.text)]
                if sorted(glosses) == sorted(map(_han, runs)):
                    message = (f"Chinese given in brackets beside its English (a gloss): "
                               f"{'、'.join(runs)}")
                    severity = Severity.INFO
                elif any(_in_original(r, chinese) for r in runs):
                    message, severity = f"Chinese text left in the English: {'、'.join(runs)}", None
                else:
                    message = (f"Chinese text in the English that the Chinese original does not "
                               f"contain (a label or a note?): {'、'.join(runs)}")
                    severity = Severity.INFO
                yield UNTRANSLATED.finding(
                    message,
                    zh=Span.of(a.zh, bead.zh),
                    en=Span.of(a.en, (i,)),
                    severity=severity,
                    evidence=tuple(("en", r) for r in runs),
                    bead=index,
                )
