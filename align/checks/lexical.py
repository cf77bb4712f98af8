"""What the word-level checks share: a bead's two texts and their cached correspondence.

The negation, names, antonym and partial checks all look at the same bead through the lexical
engine; the correspondence of one (Chinese, English) pair is computed once and shared.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from align.checks.base import CheckContext
from align.lexicon import Correspondence, lexicon
from align.model import Bead, Span


@dataclass(frozen=True)
class BeadText:
    """A two-sided bead's index, the bead, its joined Chinese and English, and their spans."""

    index: int
    bead: Bead
    zh: str
    en: str
    zh_span: Span
    en_span: Span


def bead_texts(ctx: CheckContext) -> Iterator[BeadText]:
    a = ctx.alignment
    for index, bead in ctx.two_sided():
        zh = "".join(a.zh.segments[i].text for i in bead.zh)
        en = " ".join(a.en.segments[i].text for i in bead.en)
        yield BeadText(index, bead, zh, en, Span.of(a.zh, bead.zh), Span.of(a.en, bead.en))


@lru_cache(maxsize=4096)
def corr(zh: str, en: str) -> Correspondence:
    """The engine's correspondence of one pair, cached (several checks ask for it)."""
    return lexicon().correspond(zh, en)


def glosses(word: str) -> frozenset[str]:
    """Dictionary gloss keys of a Chinese word (lemmas), empty if the dictionary lacks it."""
    entry = lexicon().dictionary.get(word)
    return entry.keys if entry is not None else frozenset()
