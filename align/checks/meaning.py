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
than ``RIVAL_MARGIN`` (cosines that close are noise at this level). That costs one row of
similarities per candidate, so it stays linear.

Where the closer sentence is matters. A sentence of a neighbouring bead is what restructuring
looks like: the translator moved a clause across a sentence boundary, or the two pages wrap a
title or a line at different places, and the aligner grouped them as well as monotone beads
allow. That is a boundary to look at, not a wrong sentence: info. Only a bead beaten by a
sentence further away (a translation of something else, pasted in) is a warning.

A short document (fewer than ``MIN_BEADS_FOR_STATISTICS`` two-sided beads) has no spread to
measure; a bead must then fall well below the document's own median as well as below the
absolute ceiling, as if its spread were ``PRIOR_SPREAD`` (free official translations score
around 0.4 throughout; a bead at the median is not an outlier, however low the median).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from align.checks.base import CheckContext
from align.model import Bead, Finding, Severity, Span
from align.rules import MISMATCH
from align.vectors import group_vector

MIN_BEADS_FOR_STATISTICS = 8
PRIOR_SPREAD = 0.06  # the spread assumed when a document is too short to measure its own
RIVAL_MARGIN = 0.05  # how much closer another sentence must be to beat a bead's own pair


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
        else:
            spread = PRIOR_SPREAD
        limit = min(limit, median - ctx.settings.mismatch_z * spread)
        zv, ev = ctx.zh_vectors, ctx.en_vectors
        for index, bead in paired:
            if bead.score >= limit:
                continue
            severity = None
            if zv is not None and ev is not None:
                where = _rival(index, a.beads, zv, ev)
                if where is None:
                    continue  # its own pair is the best match: hard, not wrong
                if where == "near":
                    severity = Severity.INFO
            near = severity is Severity.INFO
            yield MISMATCH.finding(
                "The English does not appear to say what the Chinese says "
                f"(similarity {bead.score:.2f}; typical in this document {median:.2f})"
                + ("; a neighbouring sentence matches better: restructured across the "
                   "sentence boundary?" if near else "."),
                zh=Span.of(a.zh, bead.zh),
                en=Span.of(a.en, bead.en),
                severity=severity,
                evidence=(("similarity", f"{bead.score:.2f}"), ("typical", f"{median:.2f}"))
                + ((("closer", "a neighbouring sentence"),) if near else ()),
                bead=index,
            )


def _rival(index: int, beads: tuple[Bead, ...], zv: np.ndarray, ev: np.ndarray) -> str | None:
    """Where the sentence closest to one side of bead ``index``, other than its own other side,
    is when it beats the bead's own pair by more than ``RIVAL_MARGIN``: "near" (in a
    neighbouring bead) or "far" (anywhere else); None when the bead's own pair is the best match
    within the margin."""
    bead = beads[index]
    z = group_vector(zv, bead.zh)
    e = group_vector(ev, bead.en)
    near_zh: set[int] = set()
    near_en: set[int] = set()
    for k in (index - 1, index + 1):
        if 0 <= k < len(beads):
            near_zh.update(beads[k].zh)
            near_en.update(beads[k].en)
    best, where = float(z @ e) + RIVAL_MARGIN, None
    for sims, own, near in ((ev @ z, bead.en, near_en), (zv @ e, bead.zh, near_zh)):
        sims = sims.copy()
        sims[list(own)] = -np.inf
        j = int(np.argmax(sims)) if sims.size else -1
        if j >= 0 and float(sims[j]) > best:
            best, where = float(sims[j]), "near" if j in near else "far"
    return where
