"""Meaning mismatches: beads whose two sides are far less similar than the document's norm.

Embeddings measure topical similarity, not facts: a changed number or name moves a cosine by
less than 0.01, so those are left to the numbers and names checks. What embeddings do catch is a
sentence that says something else altogether. Each bead's similarity is compared with the
document's own distribution (median and median absolute deviation), because typical similarity
varies by model, genre and how literal the translation is; an absolute ceiling keeps a uniformly
good document from producing findings out of small relative differences.

A low score alone is not enough: long, dense sentences (official titles, policy language) embed
poorly and can score low while translated faithfully. A low-scoring bead is reported only when
its two sides are not each other's best match: some other sentence of the document is closer to
the Chinese than its English is, or closer to the English than its Chinese is. That costs one
row of similarities per candidate, so it stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from align.checks.base import CheckContext
from align.model import Finding, Span
from align.rules import MISMATCH
from align.vectors import group_vector

MIN_BEADS_FOR_STATISTICS = 8


class MeaningCheck:
    rules = (MISMATCH,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        paired = list(ctx.two_sided())
        if not paired:
            return
        scores = np.array([b.score for _, b in paired], dtype=float)
        limit = ctx.settings.mismatch_max_score
        median = float(np.median(scores))
        if len(scores) >= MIN_BEADS_FOR_STATISTICS:
            spread = 1.4826 * float(np.median(np.abs(scores - median)))
            spread = max(spread, 0.02)  # near-identical scores must not make everything an outlier
            limit = min(limit, median - ctx.settings.mismatch_z * spread)
        zv, ev = ctx.zh_vectors, ctx.en_vectors
        for index, bead in paired:
            if bead.score < limit and (zv is None or ev is None or _not_best_match(bead, zv, ev)):
                yield MISMATCH.finding(
                    "The English does not appear to say what the Chinese says "
                    f"(similarity {bead.score:.2f}; typical in this document {median:.2f}).",
                    zh=Span.of(a.zh, bead.zh),
                    en=Span.of(a.en, bead.en),
                    evidence=(("similarity", f"{bead.score:.2f}"), ("typical", f"{median:.2f}")),
                    bead=index,
                )


def _not_best_match(bead, zv: np.ndarray, ev: np.ndarray) -> bool:
    """True when another English sentence is closer to the bead's Chinese than its own English,
    or another Chinese sentence is closer to its English than its own Chinese."""
    z = group_vector(zv, bead.zh)
    e = group_vector(ev, bead.en)
    own = float(z @ e)
    others_en = np.delete(ev @ z, list(bead.en))
    others_zh = np.delete(zv @ e, list(bead.zh))
    beaten_en = others_en.size > 0 and float(others_en.max()) > own
    beaten_zh = others_zh.size > 0 and float(others_zh.max()) > own
    return beaten_en or beaten_zh
