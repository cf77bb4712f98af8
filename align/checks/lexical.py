"""What the word-level checks share: a bead's two texts and their cached correspondence.

The negation, names, antonym and partial checks all look at the same bead through the lexical
engine; the correspondence of one (Chinese, English) pair is computed once and shared.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from align.checks.base import CheckContext
from align.lexicon import Correspondence, lexicon
from align.model import Alignment, Bead, Span


@dataclass(frozen=True)
class BeadText:
    """A two-sided bead's index, the bead, its joined Chinese and English, and their spans."""

    index: int
    bead: Bead
    zh: str
    en: str
    zh_span: Span
    en_span: Span
    zh_starts: tuple[int, ...] = ()  # where each sentence of the bead starts in ``zh``
    en_starts: tuple[int, ...] = ()

    @property
    def sentences(self) -> tuple[int, int]:
        """How many sentences the bead has on each side."""
        return len(self.bead.zh), len(self.bead.en)


def _starts(texts: list[str], sep: int) -> tuple[int, ...]:
    out, pos = [], 0
    for t in texts:
        out.append(pos)
        pos += len(t) + sep
    return tuple(out)


def bead_texts(ctx: CheckContext) -> Iterator[BeadText]:
    """The two-sided beads the word-level checks judge: not the outliers of similarity, which
    translate something else altogether (the ``mismatch`` check's), so that their words say
    nothing about a negation, a name or an antonym."""
    a = ctx.alignment
    for index, bead in ctx.two_sided():
        if ctx.mismatched(index):
            continue
        zh_parts = [a.zh.segments[i].text for i in bead.zh]
        en_parts = [a.en.segments[i].text for i in bead.en]
        en = EN_JOIN.join(en_parts)
        if run_together(en):
            continue
        yield BeadText(index, bead, ZH_JOIN.join(zh_parts), en,
                       Span.of(a.zh, bead.zh), Span.of(a.en, bead.en),
                       _starts(zh_parts, len(ZH_JOIN)), _starts(en_parts, len(EN_JOIN)))


ZH_JOIN, EN_JOIN = "", " "  # how a bead's sentences are joined into one text per side

# A stretch without spaces holding this many letters is words run together: the longest
# English words have about 20 (counterrevolutionaries 22). Digits and punctuation inside the
# stretch ("the5thsessionofthe11thcommittee", "gentlemen,goodafternoon.the") do not part it.
RUN_ON = re.compile(r"\S+")
RUN_ON_LETTERS = 25


def _ascii_letters(text: str) -> int:
    return sum(ch.isascii() and ch.isalpha() for ch in text)


def run_together(en: str) -> bool:
    """Whether most of an English text's letters are in words run together without spaces
    ("ChinaisnotthatinterestedinmakinginvestmentinRussia"): a page that lost its spaces. Its
    words cannot be read one by one, so the word-level checks leave it alone."""
    letters = _ascii_letters(en)
    glued = sum(n for m in RUN_ON.finditer(en)
                if (n := _ascii_letters(m.group())) >= RUN_ON_LETTERS)
    return letters > 0 and glued * 2 > letters


def joined(a: Alignment, bead: Bead) -> tuple[str, str]:
    """A bead's Chinese and English, each side's sentences joined as ``bead_texts`` joins them."""
    return (ZH_JOIN.join(a.zh.segments[i].text for i in bead.zh),
            EN_JOIN.join(a.en.segments[i].text for i in bead.en))


def _overlapping(starts: tuple[int, ...], ids: tuple[int, ...], lo: int, hi: int,
                 total: int) -> list[int]:
    out = []
    for k, i in enumerate(ids):
        a = starts[k]
        b = starts[k + 1] if k + 1 < len(starts) else total
        if a < max(hi, lo + 1) and lo < b:
            out.append(i)
    return out or list(ids)


def sub_spans(ctx: CheckContext, b: BeadText, zh_range: tuple[int, int],
              en_range: tuple[int, int]) -> tuple[Span, Span]:
    """The spans of only those sentences of the bead that the two character ranges (into the
    joined ``b.zh`` and ``b.en``) touch: a finding placed inside a long bead points there."""
    a = ctx.alignment
    zh_ids = _overlapping(b.zh_starts, b.bead.zh, *zh_range, len(b.zh))
    en_ids = _overlapping(b.en_starts, b.bead.en, *en_range, len(b.en))
    zh_span = Span.of(a.zh, zh_ids) or b.zh_span
    en_span = Span.of(a.en, en_ids) or b.en_span
    return zh_span, en_span


@lru_cache(maxsize=4096)
def corr(zh: str, en: str) -> Correspondence:
    """The engine's correspondence of one pair, cached (several checks ask for it)."""
    return lexicon().correspond(zh, en)


def glosses(word: str) -> frozenset[str]:
    """Dictionary gloss keys of a Chinese word (lemmas), empty if the dictionary lacks it."""
    entry = lexicon().dictionary.get(word)
    return entry.keys if entry is not None else frozenset()
