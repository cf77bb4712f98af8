"""Lexical evidence: how many words of a bead's two sides a dictionary says translate each other.

Each Chinese content word and each English content token carries a set of concepts
(``align.lexicon.concepts``: stems of CC-CEDICT gloss lemmas, of English lemmas). A word and a
token *match* when their sets meet. A bead's lexical score is the Dice coefficient of its sides,
``2 * matches / (zh words + en tokens)``, clipped to 1, counting only words whose concepts occur
somewhere in the other document (archaic "thou", or a word no gloss of the Chinese document
knows, says nothing about where sentences meet).

Matches are counted once per sentence pair, only for the pairs a bead of the band can cover: for
every zh sentence a window of en sentences. Per window row the running sums of the pair counts
are kept, so a bead's matches are ``a`` differences of two reads: linear in the band's area, like
the rest of the scoring, and exact (no hashing).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.aligner.dp import Band

MAX_PAIRS = 20_000_000
"""More candidate (word, token) pairs than this (a few words repeated over megabytes) give no
lexical evidence rather than gigabytes of index arrays."""

Bag = Sequence[frozenset[str]]
"""A sentence's concept sets, one per content word."""


class LexicalEvidence:
    """Dice of matched words for any bead whose points lie in ``band`` (beads up to ``max_a``
    zh and ``max_b`` en sentences)."""

    def __init__(
        self, zh: Sequence[Bag], en: Sequence[Bag], band: Band, max_a: int, max_b: int
    ) -> None:
        n, m = len(zh), len(en)
        zh_seen = {c for bag in zh for word in bag for c in word}
        en_seen = {c for bag in en for word in bag for c in word}
        ids = {c: k for k, c in enumerate(sorted(zh_seen & en_seen))}
        # Per side, one entry per (counted word, concept): concept id and word number; per
        # counted word its sentence; per sentence its number of counted words.
        zk, zw, z_sent, zn = _occurrences(zh, ids)
        ek, ew, e_sent, en_n = _occurrences(en, ids)
        self.zc = np.concatenate(([0], np.cumsum(zn))).astype(np.float64)
        self.ec = np.concatenate(([0], np.cumsum(en_n))).astype(np.float64)
        # Window of en sentences per zh sentence t: every (a, b) bead ending at a band point
        # (i, j) with i - a <= t < i reads the running sums of row t at j - b and j.
        lo, hi = np.asarray(band.lo, dtype=np.int64), np.asarray(band.hi, dtype=np.int64)
        t = np.arange(n)
        c0 = np.maximum(lo[np.minimum(t + 1, n)] - max_b, 0)
        c1 = np.minimum(hi[np.minimum(t + max_a, n)], m)  # sentences c0 .. c1 - 1
        width = max(1, int((c1 - c0).max(initial=1)))
        self.c0, self.width = c0, width
        # For every zh (word, concept), the en (token, concept) entries of that concept whose
        # sentence lies in the window: one binary search per end on (concept, sentence) codes.
        stride = m + 1
        order = np.lexsort((e_sent[ew], ek))
        ek, ew = ek[order], ew[order]
        code = ek * stride + e_sent[ew]
        zrow = z_sent[zw]
        start = np.searchsorted(code, zk * stride + c0[zrow])
        count = np.searchsorted(code, zk * stride + c1[zrow]) - start
        total = int(count.sum())
        pairs = np.zeros((n, width), dtype=np.float32)
        if total > MAX_PAIRS:  # a pathological text (a few words repeated): no evidence
            total = 0
        if total:
            offs = np.arange(total) - np.repeat(np.cumsum(count) - count, count)
            word = np.repeat(zw, count)
            tok = ew[np.repeat(start, count) + offs]
            # A (word, token) pair that shares several concepts counts once.
            key = np.unique(word * (len(e_sent) + 1) + tok)
            word, tok = np.divmod(key, len(e_sent) + 1)
            rows = z_sent[word]
            flat = rows * width + (e_sent[tok] - c0[rows])
            pairs = np.bincount(flat, minlength=n * width).astype(np.float32).reshape(n, width)
        # ``run[t, x]``: matches of zh sentence t with en sentences c0[t] .. c0[t] + x - 1.
        self.run = np.zeros((n, width + 1), dtype=np.float32)
        np.cumsum(pairs, axis=1, out=self.run[:, 1:])

    def matches(self, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Matched (word, token) pairs of the ``(a, b)`` beads ending at ``(i, j)``."""
        w = self.width
        flat = self.run.reshape(-1)
        total = np.zeros(len(i), dtype=np.float64)
        for r in range(a):
            t = i - a + r
            base = t * (w + 1)
            shift = self.c0[t]
            total += flat[base + np.clip(j - shift, 0, w)]
            total -= flat[base + np.clip(j - b - shift, 0, w)]
        return total

    def __call__(self, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Dice of the ``(a, b)`` beads ending at ``(i, j)``: 2 matches over the words of both
        sides, clipped to 1 (0 where neither side has a counted word)."""
        words = (self.zc[i] - self.zc[i - a]) + (self.ec[j] - self.ec[j - b])
        dice = 2.0 * self.matches(a, b, i, j) / np.maximum(words, 1.0)
        return np.minimum(dice, 1.0)


def _occurrences(
    bags: Sequence[Bag], ids: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per (counted word, concept): the concept id and the word's number; per counted word
    (one with a concept in ``ids``) its sentence; per sentence its number of counted words."""
    k: list[int] = []
    w: list[int] = []
    sent: list[int] = []
    per = np.zeros(len(bags), dtype=np.int64)
    for t, bag in enumerate(bags):
        for concepts in bag:
            found = [ids[c] for c in concepts if c in ids]
            if found:
                k.extend(found)
                w.extend([len(sent)] * len(found))
                sent.append(t)
                per[t] += 1
    return (
        np.array(k, dtype=np.int64),
        np.array(w, dtype=np.int64),
        np.array(sent, dtype=np.int64),
        per,
    )
