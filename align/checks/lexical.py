"""What the word-level checks share: a bead's two texts and their cached correspondence.

The negation, names, antonym and partial checks all look at the same bead through the lexical
engine; the correspondence of one (Chinese, English) pair is computed once and shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from align.checks.base import CheckContext
from align.lexicon import Correspondence, lexicon
from align.lexicon.respace import guessed, respaced, run_together
from align.model import Alignment, Bead, Finding, Segment, Severity, Span
from align.numbers.tokens import without_readings


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
        en_parts = english(a, bead)
        en = EN_JOIN.join(en_parts)
        # the Chinese without a reprint's pinyin readings, which cut words in two for the
        # segmenter (聯(lián)合國; 对(duì)非 leaves 非 alone, a negation); sentence starts move
        # with it, so that a finding still points at its sentence
        zh, at = without_readings(ZH_JOIN.join(zh_parts))
        yield BeadText(index, bead, zh, en,
                       Span.of(a.zh, bead.zh), Span.of(a.en, bead.en),
                       tuple(map(at, _starts(zh_parts, len(ZH_JOIN)))),
                       _starts(en_parts, len(EN_JOIN)))


ZH_JOIN, EN_JOIN = "", " "  # how a bead's sentences are joined into one text per side

def english(a: Alignment, bead: Bead) -> list[str]:
    """The English sentences of a bead as the word-level checks read them: a page that lost
    its spaces read as words (``align.lexicon.respace``, as the aligner reads it: decided on
    the document and on the bead, so that a short heading among glued lines is read so too),
    any other text as it is."""
    parts = [a.en.segments[i].text for i in bead.en]
    return [respaced(p, True if _glued(a, parts) else None) for p in parts]


def _glued(a: Alignment, parts: list[str]) -> bool:
    return _document_glued(a.en.text, a.en.segments) or run_together(EN_JOIN.join(parts))


_GLUED_DOCUMENTS: dict[str, bool] = {}


def _document_glued(text: str, segments: tuple[Segment, ...]) -> bool:
    """Whether a whole English document lost its spaces (``respace.respaced_all``'s test),
    kept per document text."""
    found = _GLUED_DOCUMENTS.get(text)
    if found is None:
        if len(_GLUED_DOCUMENTS) > 64:
            _GLUED_DOCUMENTS.clear()
        found = _GLUED_DOCUMENTS[text] = run_together(" ".join(s.text for s in segments))
    return found


RESPACED_NOTE = (" (The English of this passage lost its spaces on the page; its words were read "
                 "with the spaces put back, a reconstruction, so this is for information.)")


def on_respaced_words(ctx: CheckContext, findings: Iterable[Finding]) -> Iterator[Finding]:
    """A word-level finding in a bead whose English was read respaced (``english``) is info:
    the words it rests on are a reconstruction of a page that lost its spaces (a boundary put
    in the wrong place, "Russiaor"; a damaged page that lost letters too), not the page's own
    words. The reading is said in the message and in ``reading`` evidence (no part of the
    fingerprint)."""
    a = ctx.alignment
    for f in findings:
        if (f.severity is not Severity.INFO and f.bead is not None and f.bead < len(a.beads)
                and respaced_bead(a, a.beads[f.bead])):
            f = replace(f, severity=Severity.INFO, message=f.message + RESPACED_NOTE,
                        evidence=f.evidence + (("reading", "respaced"),))
        yield f


def respaced_bead(a: Alignment, bead: Bead) -> bool:
    """Whether a bead's English is read respaced (``english``): the page lost its spaces."""
    parts = [a.en.segments[i].text for i in bead.en]
    glued = True if _glued(a, parts) else None
    return any(guessed(p, glued) for p in parts)


def joined(a: Alignment, bead: Bead) -> tuple[str, str]:
    """A bead's Chinese and English, each side's sentences joined as ``bead_texts`` joins them
    (the English read as ``english`` reads it: a page that lost its spaces, respaced)."""
    return (ZH_JOIN.join(a.zh.segments[i].text for i in bead.zh),
            EN_JOIN.join(english(a, bead)))


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
