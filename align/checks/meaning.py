"""Meaning mismatches: beads whose two sides are far less similar than the document's norm.

Embeddings measure topical similarity, not facts: a changed number or name moves a cosine by
less than 0.01, so those are left to the numbers and names checks. What embeddings do catch is a
sentence that says something else altogether. Each bead's similarity is compared with the
document's own distribution (median and median absolute deviation), because typical similarity
varies by model, genre and how literal the translation is; an absolute ceiling keeps a uniformly
good document from producing findings out of small relative differences.

A low score alone is not enough: long, dense sentences (official titles, policy language) embed
poorly and can score low while translated faithfully. A low-scoring bead is reported only when
its two sides are clearly not each other's best match: some other sentence of the document is
closer to the Chinese than its English is, or closer to the English than its Chinese is, by more
than ``RIVAL_MARGIN`` (cosines that close are noise at this level; ``CheckContext.rival``). That
costs one row of similarities per candidate, so it stays linear.

Where the closer sentence is matters. A sentence of a neighbouring bead is what restructuring
looks like: the translator moved a clause across a sentence boundary, or the two pages wrap a
title or a line at different places, and the aligner grouped them as well as monotone beads
allow. That is a boundary to look at, not a wrong sentence: info. A bead beaten by a sentence
further away (a translation of something else, pasted in) is a warning.

Restructuring still leaves some words of the bead rendered on the other side; a sentence pasted
in from elsewhere leaves almost none. So a bead beaten by a neighbour stays a warning when it has
at least ``MIN_WORDS`` Chinese content words and fewer than ``RESTRUCTURED_COVERAGE`` of them
have an English rendering in it (the lexical engine's links); a fragment of a few words is too
small to tell, and stays info.

Any other dissimilar bead is still no sentence from elsewhere, and is info, when (``_explained``)
its English lost its spaces on the page (read respaced, a reconstruction the embedder places
poorly: "ToachievedevelopmentandprosperityinAsia,…"), when one side holds document furniture
(a photo credit, a dateline, the notice that the Chinese text prevails: each page prints its
own), when at least ``RENDERED`` of one side's content words are
rendered by the other side's bead together with its neighbours (a speaker label or a caption
dilutes a translated sentence, or the translation moved across the boundary: real published
pairs do both), or when the Chinese side is a fragment of fewer than ``MIN_WORDS`` content words
of which the English renders some, or of one content word at most (第一条消息。 "The first
one."), or when its English renders at least half the share of its Chinese words that the
document's typical bead renders (``FREE_SHARE``: a free translation, such as a speech, has
many loosely worded sentences that embed far apart). A sentence pasted in from elsewhere
shares few words with its neighbourhood: DEMETR's shuffled rows have at most a fifth of either
side rendered.

The outlier limit is the document's (``CheckContext.similarity``), shared with the word-level
checks, which leave outlier beads to this one.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from align.checks.base import CheckContext
from align.checks.coverage import bead_blocks, furniture_en, furniture_zh
from align.checks.lexical import EN_JOIN, ZH_JOIN, corr, joined, respaced_bead
from align.model import Bead, Finding, Severity, Span
from align.rules import MISMATCH
from align.scripts import unspaced_zh

RESTRUCTURED_COVERAGE = 0.3  # share of Chinese content words rendered in a restructured bead
MIN_WORDS = 4  # fewer Chinese content words than this say too little about coverage
# A side is rendered when at least this share of its content words (and MIN_RENDERED of them)
# are accounted for by the other side's bead with its neighbours: a sentence pasted in from
# elsewhere shares few words with them (DEMETR's shuffled rows: at most a fifth).
RENDERED, MIN_RENDERED = 0.5, 3
# A sentence from elsewhere has far fewer of its words rendered than the document's typical
# sentence: under this share of the typical one (DEMETR dev shuffled rows: at most 0.28 of it on
# half A, 0.27 on half B). At or above it, a low similarity is a free rendering, which free
# translations (speeches) have many of.
FREE_SHARE = 0.5


class MeaningCheck:
    rules = (MISMATCH,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        median = ctx.similarity.median
        with_vectors = ctx.zh_vectors is not None and ctx.en_vectors is not None
        for index, where in ctx.outliers.items():
            bead = a.beads[index]
            severity = None
            why: tuple[tuple[str, str], ...] = ()
            if with_vectors:
                if where is None:
                    continue  # its own pair is the best match: hard, not wrong
                if where == "near" and not _pasted_in(ctx, bead):
                    severity, why = Severity.INFO, (("closer", "a neighbouring sentence"),)
                else:
                    explained = _explained(ctx, index)
                    if explained is not None:
                        severity, why = Severity.INFO, (explained,)
            yield MISMATCH.finding(
                "The English does not appear to say what the Chinese says "
                f"(similarity {bead.score:.2f}; typical in this document {median:.2f})"
                + (_REASONS[why[0][0]] if why else "."),
                zh=Span.of(a.zh, bead.zh),
                en=Span.of(a.en, bead.en),
                severity=severity,
                evidence=(("similarity", f"{bead.score:.2f}"), ("typical", f"{median:.2f}"))
                + why,
                bead=index,
            )


_REASONS = {
    "closer": "; a neighbouring sentence matches better: restructured across the sentence "
              "boundary?",
    "furniture": "; the passage holds document furniture (a caption, credit, dateline, "
                 "notice or a block of short lines) that each page prints its own way.",
    "rendered": "; but its words are rendered, with the neighbouring sentences: restructured "
                "across the sentence boundary?",
    "short": "; the sentence is too short to tell, and some of its words are rendered.",
    "free": "; but its words are rendered about as often as in the rest of this translation: "
            "a free rendering?",
    "respaced": "; but the English lost its spaces on the page, and a sentence read from a "
                "reconstruction embeds far from its translation: for information.",
}


def _explained(ctx: CheckContext, index: int) -> tuple[str, str] | None:
    """Evidence that a dissimilar bead is no sentence from elsewhere, or None: document
    furniture on either side (a photo credit, a dateline, the notice that the Chinese text
    prevails); words of one side rendered by the other side's bead and its neighbours (a
    translator moved a clause across the boundary, or a label or caption dilutes the bead); or
    a Chinese side too short to embed reliably: one content word, or a few of which the
    English renders some."""
    a = ctx.alignment
    bead = a.beads[index]
    if respaced_bead(a, bead):
        return ("respaced", "the English lost its spaces")
    for i in bead.zh:
        kind = furniture_zh(a.zh.segments[i].text)
        if kind:
            return ("furniture", kind)
    for i in bead.en:
        kind = furniture_en(a.en.segments[i].text)
        if kind:
            return ("furniture", kind)
    if bead_blocks(a, bead) is not None:
        return ("furniture", "a block of short lines (a signature, list or address)")
    zh, en = joined(a, bead)
    zh = unspaced_zh(zh)[0]  # 目 录: a heading typeset with spaces is one word, 'contents'
    near = range(max(0, index - 1), min(len(a.beads), index + 2))
    wide_zh = unspaced_zh(ZH_JOIN.join(joined(a, a.beads[k])[0] for k in near))[0]
    wide_en = EN_JOIN.join(joined(a, a.beads[k])[1] for k in near)
    en_side = corr(wide_zh, en)
    if sum(t.content for t in en_side.en) >= MIN_RENDERED and en_side.coverage[1] >= RENDERED:
        return ("rendered", f"{en_side.coverage[1]:.0%} of the English words")
    zh_side = corr(zh, wide_en)
    if len(zh_side.links) >= MIN_RENDERED and zh_side.coverage[0] >= RENDERED:
        return ("rendered", f"{zh_side.coverage[0]:.0%} of the Chinese words")
    own = corr(zh, en)
    if len(own.links) < MIN_WORDS and (len(own.links) <= 1
                                       or any(link.en for link in own.links)):
        return ("short", f"{len(own.links)} Chinese content words")
    typical = typical_coverage(ctx, index)
    if own.coverage[0] >= FREE_SHARE * typical > 0:
        return ("free", f"{own.coverage[0]:.0%} of the Chinese words rendered, "
                        f"{typical:.0%} in a typical sentence here")
    return None


def typical_coverage(ctx: CheckContext, leave_out: int = -1) -> float:
    """The median share of a two-sided bead's Chinese content words that its English renders
    (beads other than ``leave_out`` with at least ``MIN_RENDERED`` of them): how literal this
    translation is. Official translations run from about 0.4 (speeches) to 0.7 (reports,
    machine-like drafts). 0.0 with fewer than ``MIN_MEASURED`` such beads: too few to tell."""
    indices, shares = ctx.once("rendered-shares", lambda: _rendered_shares(ctx))
    kept = shares[indices != leave_out]
    return float(np.median(kept)) if len(kept) >= MIN_MEASURED else 0.0


def _rendered_shares(ctx: CheckContext) -> tuple[np.ndarray, np.ndarray]:
    """The two-sided beads with at least ``MIN_RENDERED`` linked Chinese content words, and the
    share of those words each one's English renders."""
    a = ctx.alignment
    indices, shares = [], []
    for index, b in ctx.two_sided():
        found = corr(*joined(a, b))
        if len(found.links) >= MIN_RENDERED:
            indices.append(index)
            shares.append(found.coverage[0])
    return np.array(indices, dtype=np.int64), np.array(shares, dtype=float)


MIN_MEASURED = 5


def _pasted_in(ctx: CheckContext, bead: Bead) -> bool:
    """Whether the bead's English renders almost none of its Chinese words (and there are
    enough of them to tell): not restructuring, a sentence from elsewhere."""
    found = corr(*joined(ctx.alignment, bead))
    return len(found.links) >= MIN_WORDS and found.coverage[0] < RESTRUCTURED_COVERAGE
