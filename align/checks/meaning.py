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

The outlier limit is the document's (``CheckContext.similarity``), shared with the word-level
checks, which leave outlier beads to this one.
"""

from __future__ import annotations

from collections.abc import Iterator

from align.checks.base import CheckContext
from align.checks.lexical import corr, joined
from align.model import Bead, Finding, Severity, Span
from align.rules import MISMATCH

RESTRUCTURED_COVERAGE = 0.3  # share of Chinese content words rendered in a restructured bead
MIN_WORDS = 4  # fewer Chinese content words than this say too little about coverage


class MeaningCheck:
    rules = (MISMATCH,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        median = ctx.similarity.median
        with_vectors = ctx.zh_vectors is not None and ctx.en_vectors is not None
        for index, where in ctx.outliers.items():
            bead = a.beads[index]
            severity = None
            if with_vectors:
                if where is None:
                    continue  # its own pair is the best match: hard, not wrong
                if where == "near" and not _pasted_in(ctx, bead):
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


def _pasted_in(ctx: CheckContext, bead: Bead) -> bool:
    """Whether the bead's English renders almost none of its Chinese words (and there are
    enough of them to tell): not restructuring, a sentence from elsewhere."""
    found = corr(*joined(ctx.alignment, bead))
    return len(found.links) >= MIN_WORDS and found.coverage[0] < RESTRUCTURED_COVERAGE
