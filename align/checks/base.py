"""What a check is: the registered rules it produces and a function from an alignment to
findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol, TypeVar

import numpy as np

from align.model import Alignment, Bead, Finding, Settings
from align.numbers.tokens import addresses
from align.rules import Rule
from align.scripts import has_word
from align.vectors import best_rows, group_vector

T = TypeVar("T")


@dataclass(frozen=True)
class CheckContext:
    """What a check sees: the alignment (beads and both documents), the settings, and the
    per-bead similarity the aligner computed (``alignment.beads[i].score``)."""

    alignment: Alignment
    settings: Settings
    zh_vectors: np.ndarray | None = None
    en_vectors: np.ndarray | None = None

    def two_sided(self) -> Iterator[tuple[int, Bead]]:
        """The beads with sentences on both sides, with their index: what the sentence-level
        checks judge (a one-sided bead is an omission or an addition, the coverage check's)."""
        for index, bead in enumerate(self.alignment.beads):
            if bead.zh and bead.en:
                yield index, bead

    def rival(self, index: int) -> str | None:
        """Where the sentence closest to one side of bead ``index``, other than its own other
        side, is when it beats the bead's own pair by more than ``RIVAL_MARGIN``: "near" (in a
        neighbouring bead) or "far" (anywhere else); None when the bead's own pair is the best
        match within the margin, or without vectors to tell."""
        return self._rivals([index])[0]

    def _rivals(self, indices: list[int]) -> list[str | None]:
        """``rival`` of each bead of ``indices``, all in one pass over each side's vectors (a
        stretch of rows against many beads at once): one pass per bead made the outliers of a
        long document quadratic, and read a large pair's vectors from their file each time."""
        zv, ev, beads = self.zh_vectors, self.en_vectors, self.alignment.beads
        if zv is None or ev is None or not indices:
            return [None] * len(indices)
        zs = [group_vector(zv, beads[i].zh) for i in indices]
        es = [group_vector(ev, beads[i].en) for i in indices]
        best = [float(z @ e) + RIVAL_MARGIN for z, e in zip(zs, es, strict=True)]
        where: list[str | None] = [None] * len(indices)
        for vectors, queries, side in ((ev, zs, "en"), (zv, es, "zh")):
            own = [getattr(beads[i], side) for i in indices]
            found, at = best_rows(vectors, np.array(queries), own)
            for q, index in enumerate(indices):
                if at[q] >= 0 and float(found[q]) > best[q]:
                    near = {r for k in (index - 1, index + 1) if 0 <= k < len(beads)
                            for r in getattr(beads[k], side)}
                    best[q], where[q] = float(found[q]), "near" if int(at[q]) in near else "far"
        return where

    @cached_property
    def _once(self) -> dict[str, object]:
        return {}

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()`` the first time ``key`` is asked of this context, the same value after:
        a document-level figure that a check needs for many of its beads (computing it per
        bead would make a long document's check quadratic)."""
        if key not in self._once:
            self._once[key] = compute()
        return self._once[key]  # type: ignore[return-value]

    @cached_property
    def outliers(self) -> dict[int, str | None]:
        """Every two-sided bead below the similarity limit, with its ``rival`` (computed once:
        the mismatch check and each word-level check ask)."""
        limit = self.similarity.limit
        low = [i for i, b in self.two_sided() if b.score < limit]
        return dict(zip(low, self._rivals(low), strict=True))

    def mismatched(self, index: int) -> bool:
        """Whether bead ``index`` translates something else altogether: an outlier of similarity
        whose sides have a better match elsewhere (what the ``mismatch`` rule reports). Its words
        say nothing about a negation, a name or an antonym."""
        return self.outliers.get(index) is not None

    @cached_property
    def similarity(self) -> Similarity:
        """The document's typical bead similarity and the limit below which a bead is an
        outlier (see ``Similarity``)."""
        scores = np.array([b.score for _, b in self.two_sided() if self._worded(b)],
                          dtype=float)
        return Similarity.of(scores, self.settings)

    def _worded(self, bead: Bead) -> bool:
        """Whether both sides of a bead hold a word: a table's rule or empty cell ("|" against
        "|") is identical on both sides and says nothing of how alike the document's sentences
        typically are."""
        a = self.alignment
        return all(any(has_word(doc.segments[i].text) for i in ids)
                   for doc, ids in ((a.zh, bead.zh), (a.en, bead.en)))


RIVAL_MARGIN = 0.05  # how much closer another sentence must be to beat a bead's own pair
MIN_BEADS_FOR_STATISTICS = 8
PRIOR_SPREAD = 0.06  # the spread assumed when a document is too short to measure its own


@dataclass(frozen=True)
class Similarity:
    """How similar a document's two-sided beads typically are (``median``), and ``limit``: a
    bead below it is an outlier, far less similar than the document's norm.

    Typical similarity varies by model, genre and how literal the translation is, so the limit
    is the median less ``mismatch_z`` robust standard deviations, and never above
    ``mismatch_max_score`` (a uniformly good document has no outliers from small differences).
    A short document (fewer than ``MIN_BEADS_FOR_STATISTICS`` beads) has no spread to measure:
    its spread is taken as ``PRIOR_SPREAD`` (free official translations score around 0.4
    throughout; a bead at the median is not an outlier, however low the median)."""

    median: float
    limit: float
    spread: float = PRIOR_SPREAD  # the robust standard deviation the limit was set with

    @classmethod
    def of(cls, scores: np.ndarray, settings: Settings) -> Similarity:
        if not len(scores):
            return cls(median=0.0, limit=-1.0)
        median = float(np.median(scores))
        if len(scores) >= MIN_BEADS_FOR_STATISTICS:
            spread = 1.4826 * float(np.median(np.abs(scores - median)))
            spread = max(spread, 0.02)  # near-identical scores must not make everything an outlier
        else:
            spread = PRIOR_SPREAD
        limit = min(settings.mismatch_max_score, median - settings.mismatch_z * spread)
        return cls(median=median, limit=limit, spread=spread)


class Check(Protocol):
    rules: tuple[Rule, ...]

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...


@dataclass(frozen=True)
class Lengths:
    """Characters per sentence on each side, and the document's own ratio of English to Chinese
    characters (0.0 when a side is empty): what the length-based checks predict with."""

    zh: np.ndarray
    en: np.ndarray
    ratio: float


def sentence_lengths(alignment: Alignment) -> Lengths:
    """Each sentence's length in characters, its web and e-mail addresses left out: an address
    is copied or linked, never translated ("click into the webpage" for 请参阅以下网页: https://…),
    so it says nothing of how much the translation says."""
    zh = np.array([_measured(s.text) for s in alignment.zh.segments], dtype=np.int64)
    en = np.array([_measured(s.text) for s in alignment.en.segments], dtype=np.int64)
    zh_total, en_total = int(zh.sum()), int(en.sum())
    ratio = en_total / zh_total if zh_total and en_total else 0.0
    return Lengths(zh=zh, en=en, ratio=ratio)


def _measured(text: str) -> int:
    if "://" not in text and "www." not in text and "@" not in text:
        return len(text)
    return len(text) - sum(b - a for a, b in addresses(text))
