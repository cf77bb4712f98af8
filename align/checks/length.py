"""Beads whose English is far shorter or far longer than the Chinese predicts.

The expected English length of a bead is its Chinese length times the document's own ratio of
English to Chinese characters, so the check adapts to the genre and the translator. In published
literary translations (MAC-Dev gold, 1,337 beads) 0.3% of beads fall below a third of the
expected length and none above three times it; in a briefing the spread is narrower still. A
bead far outside that range usually lost or gained a clause. Short beads are skipped: a few
characters say nothing about content.

An aligner may absorb a broken pair into a larger bead (zh 2,3 : en 2,3 where en 2 is a
fragment), hiding it. So a bead with as many sentences on each side is also read as its diagonal
pairs: when every other diagonal pair fits the expected length well, a pair far outside the
range is reported on its own.

A credit line among a bead's members ("(Xinhua/Xie Huanchi)" after its caption) is no sentence of a
diagonal pair: such a bead is read whole. A captioned line run into a member's other lines ("… in
Davos on Jan. 21, 2016. [Xinhua]" above a title) may be all the excess of the longer side: a bead
that fits without it is not reported. The diagonal reading assumes both pages cut the bead's
text at the same places: a pair whose English sentence the bead's Chinese accounts for, but
more through another of its sentences than through its own (or the reverse), is no pair, and
the bead is read whole.

A form of address on both sides (尊敬的英国财政部经济大臣史蒂芬·巴克莱阁下， ->
"Secretary Barclay,") is furniture whose length says nothing of lost content: info. So is a
notice on both sides, each page's own words about the text (实录如下： -> "The interview was done
in Chinese, and here is the English translation of the transcript:").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

import numpy as np

from align.checks.base import CheckContext, sentence_lengths
from align.checks.coverage import MEMBER_COVERED, furniture_en, furniture_zh, header_fields
from align.checks.lexical import corr
from align.furniture import is_credit
from align.model import Alignment, Document, Finding, Severity, Span
from align.numbers.tokens import without_readings
from align.rules import LONG_TRANSLATION, SHORT_TRANSLATION
from align.vectors import length_fit

FACTOR = 3.0
# A letter or a Han character: a pair of sentences with neither (a rule of 45 asterisks between
# a newsletter's items, on both pages) has no length the ratio of the languages predicts.
_WORDS = re.compile(r"[^\W\d_]")
MIN_CHARS = 20  # Chinese characters (or their English equivalent) a bead needs to be judged


class LengthCheck:
    rules = (SHORT_TRANSLATION, LONG_TRANSLATION)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        lengths = sentence_lengths(a)
        ratio, zl, el = lengths.ratio, lengths.zh, lengths.en
        if not ratio:
            return
        # credit lines ("(Xinhua/Xie Huanchi)", （记者 王强 摄）): no sentence of a diagonal pair
        credits = ({s.id for s in a.zh.segments if is_credit(s.text, "zh")},
                   {s.id for s in a.en.segments if is_credit(s.text, "en")})
        for index, bead in ctx.two_sided():
            for zh_ids, en_ids in _units(bead, zl, el, ratio, credits, a):
                if not any(_WORDS.search(doc.segments[i].text)
                           for doc, ids in ((a.zh, zh_ids), (a.en, en_ids)) for i in ids):
                    continue  # a rule of asterisks between items on both pages: no text
                zh_len = int(zl[list(zh_ids)].sum())
                en_len = int(el[list(en_ids)].sum())
                share = _share(zh_len, en_len, ratio)
                if max(zh_len, en_len / ratio) < MIN_CHARS or 1 / FACTOR <= share <= FACTOR:
                    continue
                # the longer side's captions may be all its excess (one page's furniture)
                if share > 1 and _share(zh_len, en_len - _credited(a.en, en_ids, "en"),
                                        ratio) <= FACTOR or share < 1 and _share(
                        zh_len - _credited(a.zh, zh_ids, "zh"), en_len, ratio) >= 1 / FACTOR:
                    continue
                if share < 1 and _share(zh_len, en_len + _acronym_extra(
                        " ".join(a.en.segments[i].text for i in en_ids)), ratio) >= 1 / FACTOR:
                    continue  # "NPCSC Work Report" for 全国人民代表大会常务委员会工作报告
                if share < 1:
                    rule, words = SHORT_TRANSLATION, "shorter"
                else:
                    rule, words = LONG_TRANSLATION, "longer"
                expected = zh_len * ratio
                # an address, or a notice each page words its own way (实录如下: against
                # "The interview was done in Chinese, and here is the English translation…")
                address = next((k for k in ("salutation", "notice") if all(
                    furniture_zh(a.zh.segments[i].text) == k for i in zh_ids) and all(
                    furniture_en(a.en.segments[i].text) == k for i in en_ids)), None)
                yield rule.finding(
                    f"The English is {_times(share)} {words} than the Chinese predicts "
                    f"({en_len} characters where about {expected:.0f} are expected).",
                    zh=Span.of(a.zh, zh_ids),
                    en=Span.of(a.en, en_ids),
                    evidence=(("zh_chars", str(zh_len)), ("en_chars", str(en_len)),
                              ("expected_en_chars", f"{expected:.0f}"),
                              *((("furniture", address),) if address else ())),
                    severity=Severity.INFO if address else None,
                    bead=index,
                )


def _credited(doc: Document, ids: tuple[int, ...], lang: str) -> int:
    """Characters of the photo captions, (Chinese) header fields and (English) speaker-list lines
    inside a bead's members: a printed line that ends with its credit ("… on Jan. 21, 2016.
    [Xinhua]"), a header block run into a title block by the segmenter or the English page's
    list of speakers is one page's furniture, no part of the translation whose length is
    measured."""
    total = 0
    for i in ids:
        seg = doc.segments[i]
        lines = doc.text[seg.start:seg.end].split("\n")
        if len(lines) > 1:
            total += sum(len(line.strip()) + 1 for line in lines if is_credit(line, lang) or (
                lang == "en" and furniture_en(line) == "speaker list"))
        if lang == "zh":  # an untranslated header block (时间：… 地点：… 发布人：…) run in
            total += sum(len(field) for field in header_fields(seg.text))
    return min(total, sum(len(doc.segments[i].text) for i in ids))


# An acronym says in a few letters what its words say in full (NPCSC, the NPC Standing
# Committee; 全国人民代表大会常务委员会 in the Chinese): before calling an English short, each of
# its letters counts as a word of about this many characters with its space.
ACRONYM_LETTER = 7
_ACRONYM = re.compile(r"\b[A-Z]{2,8}s?\b")
_EN_WORD = re.compile(r"[A-Za-z]+")


def _acronym_extra(text: str) -> int:
    """Characters the acronyms of ``text`` stand for beyond their own letters; none in a line
    set in capitals (a title IN CAPITALS is no string of acronyms)."""
    found = _ACRONYM.findall(text)
    if not found or 2 * len(found) > len(_EN_WORD.findall(text)):
        return 0
    return sum(len(w.rstrip("s")) * (ACRONYM_LETTER - 1) for w in found)


def _share(zh_len: int, en_len: int, ratio: float) -> float:
    """Observed over expected English length."""
    return length_fit(en_len, zh_len * ratio)


GOOD_FIT = 2.0


def _units(bead, zl: np.ndarray, el: np.ndarray, ratio: float,
           credits: tuple[set[int], set[int]] = (set(), set()), a: Alignment | None = None
           ) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The bead itself, or, for an n-n bead whose diagonal pairs all fit but one, that pair. A
    bead with a credit line among its members (a caption and its credit) is read whole: a
    credit is no sentence that translates the one across from it; so is one whose off pair
    is no pair (``_crossed``)."""
    n = len(bead.zh)
    if (n < 2 or n != len(bead.en) or credits[0].intersection(bead.zh)
            or credits[1].intersection(bead.en)):
        return [(bead.zh, bead.en)]
    pairs = [((z,), (e,)) for z, e in zip(bead.zh, bead.en, strict=True)]
    off = [p for p in pairs if not 1 / GOOD_FIT <= _share(zl[p[0][0]], el[p[1][0]], ratio)
           <= GOOD_FIT]
    if len(off) == 1 and a is not None and _crossed(a, bead, off[0][0][0], off[0][1][0]):
        return [(bead.zh, bead.en)]
    return off if len(off) == 1 else [(bead.zh, bead.en)]


def _crossed(a: Alignment, bead, z: int, e: int) -> bool:
    """Whether the sentences ``z`` and ``e`` of a bead are no pair: the English one's words
    come more from another Chinese sentence of the bead than from ``z``, or the Chinese one's
    from another English sentence than from ``e`` (the pages cut the same text at different
    places: "Indeed, it is a symbol of friendship…, and I wish to express my heartfelt
    appreciation…" for the end of one Chinese sentence and the whole of the next)."""
    zh = {i: without_readings(a.zh.segments[i].text)[0] for i in bead.zh}
    en = {i: a.en.segments[i].text for i in bead.en}
    own = corr(zh[z], en[e]).coverage
    # and the bead's other side accounts for most of it (as ``coverage`` asks of a member):
    # a sentence that adds text of its own is no cut elsewhere
    if corr("".join(zh.values()), en[e]).coverage[1] >= MEMBER_COVERED and any(
            corr(zh[i], en[e]).coverage[1] > own[1] for i in bead.zh if i != z):
        return True
    return corr(zh[z], " ".join(en.values())).coverage[0] >= MEMBER_COVERED and any(
        corr(zh[z], en[j]).coverage[0] > own[0] for j in bead.en if j != e)


def _times(share: float) -> str:
    factor = share if share > 1 else 1 / share
    return f"{math.floor(factor * 10) / 10:g} times"
