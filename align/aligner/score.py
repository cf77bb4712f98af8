"""How good a bead is: similarity of its two sides, a length prior, a skip cost, punctuation.

Everything here is a plain function of embedding matrices and sentence lengths, vectorised over
many candidate beads at once; the dynamic program (``dp.py``) only sees the resulting numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from align.aligner.lexical import LexicalEvidence
from align.aligner.punctuation import END_PLAIN
from align.embed.store import SpilledRows
from align.embed.store import rows as store_rows
from align.vectors import length_fit


@dataclass(frozen=True)
class ScoreParams:
    """The scoring knobs (see ``BeadScorer``). Defaults are round values chosen on MAC-Dev
    (benchmarks/align_eval.py --ablation shows what each one is worth); not tuned finely."""

    margin: bool = False
    length_weight: float = 0.3
    skip: float = -0.2
    # Subtracted from every two-sided bead per diagonal it spans. Off: 0.1 scored 0.2 points
    # of strict F1 lower on MAC-Dev and changed nothing on the Bible (see --ablation).
    bead_cost: float = 0.0
    # Added to a two-sided bead whose sides share an anchor (a number or a Latin token). Off:
    # it changed nothing on MAC-Dev, the Bible prefix or the sample briefing (see --ablation).
    anchor_weight: float = 0.0
    # Subtracted from a two-sided bead that crosses a paragraph or speaker-turn boundary on one
    # side but not on the other.
    boundary_cost: float = 0.1
    # Subtracted from a two-sided bead that starts inside a quotation on one side and outside
    # one on the other (``punctuation.inside_quotes``).
    quote_cost: float = 0.1
    # Added to a two-sided bead whose two sides both end with a question mark or both with an
    # exclamation mark (``punctuation.end_marks``).
    end_mark_bonus: float = 0.1
    # Weight of the clause-level evidence at the start of a two-sided bead
    # (``clauses.boundary_evidence``), used where the first pass finds the cut contested.
    clause_weight: float = 0.1
    # Added to a two-sided bead, times the Dice of its dictionary-matched words
    # (``lexical.LexicalEvidence``: CC-CEDICT glosses against English lemmas). 0.1 gained
    # strict F1 on MAC-Dev (0.932 -> 0.933) and on the Bible 5k and 10k prefixes (+0.0006
    # each); 0.2 and 0.3 lost on MAC-Dev (see --ablation and RESULTS.md, 2026-11-29).
    lexical_weight: float = 0.1
    # Added to a one-sided bead of a sentence that is page furniture of a kind the other page
    # does not print (``align.furniture.one_sided``: a reprint's news lead and its 全文如下, a
    # photo credit on one page only): the skip cost waived, since such a line most likely has
    # no counterpart. 0.2 is -skip, not tuned: real pairs strict F1 0.919 -> 0.924 (both
    # halves up), lax 0.988 -> 0.988, MAC-Dev unchanged (no furniture there).
    furniture_bonus: float = 0.2


def group_vectors(vectors: np.ndarray, k: int) -> np.ndarray:
    """Unit-length sums of every ``k`` consecutive rows (row ``s`` covers ``s..s+k-1``), as
    one array."""
    return GroupVectors(np.asarray(vectors, dtype=np.float32), k)[:]


def group_tables(vectors: np.ndarray, sizes: Iterable[int]) -> dict[int, GroupVectors]:
    """``GroupVectors`` of ``vectors`` (an array, or rows read like one such as
    ``SpilledRows``) for every ``k`` in ``sizes``."""
    v = vectors if not isinstance(vectors, np.ndarray) else vectors.astype(np.float32, copy=False)
    return {k: GroupVectors(v, k) for k in sizes}


class GroupVectors:
    """The unit-length sums of every ``k`` consecutive rows of ``vectors``, computed for the
    rows asked for (``table[a:b]`` or ``table[rows]``). A full table per bead size would hold
    as many copies of the document's vectors as there are sizes, about 650 MB for a 70k
    sentence pair; summing the few rows each block of band points reads takes about as long
    as building those tables did, without the memory. The additions run in the same order as
    a running sum, so the vectors are the same. A row may be set to a vector of its own (a
    joined text's embedding), which replaces the sum."""

    def __init__(self, vectors: np.ndarray, k: int) -> None:
        self.vectors, self.k = vectors, k
        self.shape = (max(0, len(vectors) - k + 1), vectors.shape[1])
        # rows with a vector of their own, sorted, and those vectors (one array, not one per row)
        self._own_rows = np.zeros(0, np.int64)
        self._own_vecs = np.zeros((0, vectors.shape[1]), np.float32)

    def __len__(self) -> int:
        return self.shape[0]

    def __setitem__(self, row: int, vector: np.ndarray) -> None:
        self.set_rows(np.array([row]), np.asarray(vector)[None, :])

    def set_rows(self, rows: np.ndarray, vectors: np.ndarray | SpilledRows,
                 spill_bytes: float = np.inf) -> None:
        """Give ``rows`` the ``vectors`` of their own (a row set again takes its latest); at
        least ``spill_bytes`` of them wait in a temporary file (``store.SpilledRows``)."""
        before = len(self._own_rows)
        rows = np.concatenate([self._own_rows, np.asarray(rows, np.int64)])
        last = len(rows) - 1 - np.unique(rows[::-1], return_index=True)[1]
        plain = isinstance(vectors, np.ndarray) and isinstance(self._own_vecs, np.ndarray)
        if plain and len(rows) * self.shape[1] * 4 < spill_bytes:
            vectors = np.concatenate([self._own_vecs, np.asarray(vectors, np.float32)])
            self._own_rows, self._own_vecs = rows[last], vectors[last]
            return
        out = store_rows((len(last), self.shape[1]), np.float32, spill_bytes)
        for start in range(0, len(last), 1 << 13):  # from the old and the new rows, in order
            at = last[start : start + (1 << 13)]
            part = np.empty((len(at), self.shape[1]), np.float32)
            old = at < before
            if old.any():
                part[old] = self._own_vecs[at[old]]
            if not old.all():
                part[~old] = vectors[at[~old] - before]
            out[start : start + len(at)] = part
        self._own_rows, self._own_vecs = rows[last], out

    def __getitem__(self, rows: slice | np.ndarray) -> np.ndarray:
        """The group vectors of a slice of rows or of an array of row numbers. Called for every
        block of band points the scorer reads, so kept lean."""
        v, k = self.vectors, self.k
        if isinstance(rows, slice):
            start, stop, step = rows.indices(len(self))
            if step != 1:
                raise IndexError("GroupVectors slices take no step")
            stop = max(start, stop)
            out = _unit_sums([v[start + t : stop + t] for t in range(k)])
            if len(self._own_rows):
                own_rows, own_vecs = self._own_rows, self._own_vecs
                lo, hi = np.searchsorted(own_rows, (start, stop))
                out[own_rows[lo:hi] - start] = own_vecs[lo:hi]
            return out
        # scattered reads repeat rows (every band point of a group's row): each row once
        rows, back = np.unique(np.asarray(rows, dtype=np.int64), return_inverse=True)
        out = _unit_sums([v[rows + t] for t in range(k)])
        if len(self._own_rows):
            own_rows, own_vecs = self._own_rows, self._own_vecs
            at = np.minimum(np.searchsorted(own_rows, rows), len(own_rows) - 1)
            hit = own_rows[at] == rows
            out[hit] = own_vecs[at[hit]]
        return out[back]


def _unit_sums(parts: list[np.ndarray]) -> np.ndarray:
    """``normalise(parts[0] + parts[1] + ...)``, added left to right, in one new array."""
    total = parts[0].copy() if len(parts) == 1 else parts[0] + parts[1]
    for part in parts[2:]:
        total += part
    norms = np.sqrt(np.einsum("ij,ij->i", total, total))
    total /= np.maximum(norms, np.finfo(np.float32).tiny)[:, None]  # a zero row stays zero
    return total


GroupTables = dict[int, "np.ndarray | GroupVectors"]
"""Group vectors of one side by group size (``GroupVectors`` or a plain array)."""


class BeadScorer:
    """Scores beads for ``dp.best_path``.

    A bead's similarity is the cosine of its two sides' group vectors (``zg[a]``, ``eg[b]``:
    unit vectors of ``a`` consecutive zh / ``b`` consecutive en sentences). With ``bead_cost``
    (off by default) every two-sided bead pays that much per diagonal it spans (``min(a,
    b)``). With ``margin`` it is
    reduced by the mean similarity of each side to the sentences just outside the other side,
    so a bead is rewarded for matching better than its neighbours do (as Bertalign's "modified
    cosine"); a generic sentence that resembles everything scores near zero. The length prior
    penalises beads whose English length is far from the document's Chinese-to-English
    character ratio, a bead that starts inside a quotation on one side only pays
    ``quote_cost``, one whose sides both end with a question mark or both with an
    exclamation mark earns ``end_mark_bonus``, and with ``lexical_weight`` a bead earns that
    much times the Dice of its dictionary-matched words. One-sided beads score ``skip``, plus
    ``furniture_bonus`` for a sentence that is furniture one page prints alone.
    """

    def __init__(
        self,
        zg: GroupTables,
        eg: GroupTables,
        zh_len: np.ndarray,
        en_len: np.ndarray,
        params: ScoreParams,
        anchors: tuple[np.ndarray, np.ndarray] | None = None,
        boundaries: tuple[np.ndarray, np.ndarray] | None = None,
        quotes: tuple[np.ndarray, np.ndarray] | None = None,
        ends: tuple[np.ndarray, np.ndarray] | None = None,
        lexical: LexicalEvidence | None = None,
        furniture: tuple[np.ndarray, np.ndarray] | None = None,
    ) -> None:
        self.zg, self.eg, self.p = zg, eg, params
        # Per side and sentence, 1.0 where it is furniture one page prints alone
        # (``align.furniture.one_sided``), else 0.0.
        self.furniture = furniture
        # Dice of dictionary-matched words of a bead's sides (``lexical.LexicalEvidence``).
        self.lexical = lexical
        # Per side, ``q[t]``: the boundary before sentence t is inside a quotation.
        self.quotes = quotes
        # Per side and sentence, the mark it ends with (``punctuation.end_marks``).
        self.ends = ends
        # Cumulative anchor count vectors of each side (``anchors.anchor_sums``).
        self.anchors = anchors
        # Per side, ``c[t]``: boundaries before sentences 1..t (``boundary_counts``).
        self.boundaries = boundaries
        self.z1, self.e1 = zg[1], eg[1]
        self.zc = np.concatenate(([0.0], np.cumsum(zh_len, dtype=np.float64)))
        self.ec = np.concatenate(([0.0], np.cumsum(en_len, dtype=np.float64)))
        total_zh, total_en = self.zc[-1], self.ec[-1]
        self.ratio = (total_en + 1.0) / (total_zh + 1.0)

    def __call__(self, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        if a == 0 or b == 0:
            out = np.full(len(i), self.p.skip)
            if self.furniture is not None and self.p.furniture_bonus:
                flags = self.furniture[0][i - 1] if b == 0 else self.furniture[1][j - 1]
                out = out + self.p.furniture_bonus * flags
            return out
        zs, es = i - a, j - b
        sim = rowdot(self.zg[a], zs, self.eg[b], es)
        if self.p.margin:
            sim = sim - self._neighbours(a, b, i, j)
        score = sim - self.p.bead_cost * min(a, b)
        if self.p.length_weight:
            x = self.length_misfit(a, b, i, j)
            score = score - self.p.length_weight * x * x
        if self.p.anchor_weight and self.anchors is not None:
            za, ea = self.anchors
            shared = np.zeros(len(i))
            step = 16384
            for s in range(0, len(i), step):
                e = s + step
                zd = za[i[s:e]] - za[zs[s:e]]
                ed = ea[j[s:e]] - ea[es[s:e]]
                shared[s:e] = np.einsum("ij,ij->i", zd, ed)
            score = score + self.p.anchor_weight * np.minimum(shared, 1.0)
        if self.p.lexical_weight and self.lexical is not None:
            score = score + self.p.lexical_weight * self.lexical(a, b, i, j)
        if self.p.boundary_cost and self.boundaries is not None and a + b > 2:
            zb, eb = self.boundaries
            z_cross = zb[i - 1] > zb[zs]
            e_cross = eb[j - 1] > eb[es]
            score = score - self.p.boundary_cost * (z_cross != e_cross)
        if self.p.quote_cost and self.quotes is not None:
            zq, eq = self.quotes
            score = score - self.p.quote_cost * (zq[zs] != eq[es])
        if self.p.end_mark_bonus and self.ends is not None:
            ze, ee = self.ends
            last_z, last_e = ze[i - 1], ee[j - 1]
            score = score + self.p.end_mark_bonus * ((last_z == last_e) & (last_z != END_PLAIN))
        return score

    def length_misfit(
        self, a: int | np.ndarray, b: int | np.ndarray, i: np.ndarray, j: np.ndarray
    ) -> np.ndarray:
        """Log of the beads' English length over the length their Chinese side predicts at
        the document's ratio (smoothed by ``length_fit``, so short sentences are not judged
        harshly); the length prior is ``-length_weight * misfit**2``."""
        zl = self.zc[i] - self.zc[i - a]
        el = self.ec[j] - self.ec[j - b]
        return np.log(length_fit(el, zl * self.ratio))

    def _neighbours(self, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Mean similarity of each side's group vector to the single sentences just before and
        after the other side (missing neighbours at the document edges are left out)."""
        zgv, egv = self.zg[a], self.eg[b]
        zs, es = i - a, j - b
        total = np.zeros(len(i))
        count = np.zeros(len(i))
        for other, idx, vec, start, n_other in (
            (self.e1, es - 1, zgv, zs, len(self.e1)),
            (self.e1, j, zgv, zs, len(self.e1)),
            (self.z1, zs - 1, egv, es, len(self.z1)),
            (self.z1, i, egv, es, len(self.z1)),
        ):
            ok = (idx >= 0) & (idx < n_other)
            if ok.any():
                total[ok] += rowdot(vec, start[ok], other, idx[ok])
                count[ok] += 1
        return np.where(count > 0, total / np.maximum(count, 1), 0.0)


def boundary_counts(blocks: list[tuple[int, str | None]]) -> np.ndarray:
    """``c[t]``: how many of sentences 1..t start a new paragraph or speaker turn, given each
    sentence's ``(paragraph, speaker)``; a group ``[s, e)`` crosses one when
    ``c[e-1] > c[s]``."""
    new = [0] + [int(blocks[t] != blocks[t - 1]) for t in range(1, len(blocks))]
    return np.cumsum(new)


ROWDOT_CHUNK = 2048
"""Points ``rowdot`` multiplies at a time: which route a chunk takes (one dense block or row by
row) changes the last bits, so a caller that splits its points splits at multiples of it."""


def rowdot(x: np.ndarray, xi: np.ndarray, y: np.ndarray, yi: np.ndarray) -> np.ndarray:
    """``x[xi[k]] . y[yi[k]]`` for every k, in chunks to bound memory. Band points come row
    after row, so a chunk usually touches a small block of rows of ``x`` and ``y``: that block
    is multiplied densely (one matrix product) and the needed cells picked out."""
    out = np.empty(len(xi), dtype=np.float64)
    step = ROWDOT_CHUNK
    for s in range(0, len(xi), step):
        e = s + step
        xs, ys = xi[s:e], yi[s:e]
        x0, x1, y0, y1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1
        if (x1 - x0) * (y1 - y0) <= 8 * len(xs):
            block = x[x0:x1] @ y[y0:y1].T
            out[s:e] = block[xs - x0, ys - y0]
        else:
            out[s:e] = np.einsum("ij,ij->i", x[xs], y[ys])
    return out
