"""Refinement: what the first pass's scores decide about the second.

The first forward-backward pass over summed group vectors shows where the alignment is
contested, i.e. where paths scoring within a gap of the best one disagree. There, and only
there, better evidence is bought: the joined texts of the contested multi-sentence groups are
embedded (``contested_groups``; their vectors replace the sums), and the first and last clauses
of the Chinese sentences around contested cuts add clause-level evidence (``contested_rows``,
``row_evidence``, ``clauses.py``), both from one small second encode (``second_encode``). The
first path also fits the length prior's weight to the document (``fit_length_prior``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from align.aligner.clauses import boundary_evidence, zh_head_tail
from align.aligner.dp import Band, ScoreTable, Step
from align.aligner.score import BeadScorer, GroupTables, GroupVectors
from align.embed.base import Embedder, encode_joined, encode_rows
from align.embed.store import SpilledRows, take_rows
from align.embed.store import rows as store_rows
from align.vectors import normalise

Group = tuple[str, int, int]
"""A run of ``k`` sentences of one side from ``start``: ``(side, start, k)``."""

MIN_FIT_BEADS = 20
"""Fewer two-sided beads than this keep the length prior's weight as configured."""


def fit_length_prior(
    steps: list[Step], scorer: BeadScorer, table: ScoreTable, sigma: float
) -> bool:
    """Re-weight the length prior of ``scorer`` and ``table`` from the misfit of the path
    ``steps`` to ``weight * (sigma / s) ** 2``, ``s`` the root mean square misfit of its
    two-sided beads clipped to half..twice ``sigma`` (see ``AlignConfig.length_sigma``);
    whether the scores changed."""
    old = scorer.p.length_weight
    two = np.array([(i1 - i0, j1 - j0, i1, j1) for i0, i1, j0, j1 in steps if i1 > i0 and j1 > j0])
    if not sigma or not old or len(two) < MIN_FIT_BEADS:
        return False
    misfit = scorer.length_misfit(two[:, 0], two[:, 1], two[:, 2], two[:, 3])
    s = float(np.sqrt(np.mean(misfit * misfit)))
    s = min(max(s, sigma / 2), sigma * 2)
    new = old * (sigma / s) ** 2
    table.add(lambda a, b, i, j: (old - new) * scorer.length_misfit(a, b, i, j) ** 2)
    scorer.p = replace(scorer.p, length_weight=new)
    return True


def contested_groups(
    band: Band,
    table: ScoreTable,
    beads: tuple[tuple[int, int], ...],
    gap: float,
    scores: tuple[np.ndarray, np.ndarray],
) -> list[Group]:
    """Multi-sentence groups of the ``beads`` that lie on a path scoring within ``gap`` of the
    best one (max-marginals from the forward and backward ``scores``), closest first."""
    fwd, bwd = scores
    top = fwd[-1]
    ii, jj = band.points
    best_gap: dict[Group, float] = {}
    for a, b in beads:
        if a == 0 or b == 0 or max(a, b) < 2:
            continue
        first, last, shift = band.predecessor_rows(a, b)
        for s, e in band.blocks():  # in band order: bounded temporaries
            i, j = ii[s:e], jj[s:e]
            ok = (j >= first[i]) & (j < last[i])
            if not ok.any():
                continue
            i, j = i[ok], j[ok]
            total = fwd[shift[i] + j] + table(a, b, i, j) + bwd[s:e][ok]
            near = top - total <= gap
            for g_i, g_j, d in zip(i[near] - a, j[near] - b, (top - total)[near], strict=True):
                for key in (("zh", int(g_i), a), ("en", int(g_j), b)):
                    if key[2] >= 2 and best_gap.get(key, np.inf) > d:
                        best_gap[key] = float(d)
    return sorted(best_gap, key=best_gap.__getitem__)


def contested_rows(
    band: Band, fwd: np.ndarray, bwd: np.ndarray, gap: float, groups: list[Group]
) -> np.ndarray:
    """The Chinese boundaries (lattice rows ``1..n-1``) where paths scoring within ``gap`` of
    the best disagree: the row holds two or more points of such paths, or such a path has a
    bead whose Chinese side spans the row. Elsewhere every near-best path cuts the Chinese
    text at the same point, so evidence about that cut cannot change the choice."""
    ii, _ = band.points
    near = fwd + bwd >= fwd[-1] - gap
    n = band.n
    contested = np.bincount(ii[near], minlength=n + 1) >= 2
    for side, start, k in groups:
        if side == "zh":
            contested[start + 1 : start + k] = True
    contested[0] = contested[n] = False
    return np.flatnonzero(contested)


def second_encode(
    groups: list[Group],
    rows: np.ndarray,
    texts: tuple[list[str], list[str]],
    tables: tuple[GroupTables, GroupTables],
    means: tuple[np.ndarray, ...],
    embedder: Embedder,
    spill_bytes: float = np.inf,
) -> tuple[np.ndarray | RowOverlay, np.ndarray | RowOverlay]:
    """What the contested regions need: the joined texts of ``groups`` (``encode_joined``),
    whose vectors replace the summed ones in the (zh, en) group ``tables``, and the first
    clause of each Chinese sentence after a contested boundary in ``rows`` and the last clause
    of each one before it (one ``encode`` call). Returns the head and tail clause vectors of
    every Chinese sentence (its own vector where it has one clause or none was needed); all
    vectors are centred like the single sentences. Vectors of at least ``spill_bytes`` wait
    in temporary files (``store.SpilledRows``), and runs are composed ``_RUNS_AT_ONCE`` at a
    time: a 20 MB + 31 MB pair has about 400,000 of both, 800 MB of vectors."""
    side_of = {"zh": 0, "en": 1}
    zt = texts[0]
    runs = [texts[side_of[side]][s : s + k] for side, s, k in groups]
    seps = ["" if side == "zh" else " " for side, _s, _k in groups]
    # Only the clauses that touch a cut: the head of the sentence after it, the tail of the
    # one before it.
    split = {t: zh_head_tail(zt[t]) for t in {*rows.tolist(), *(rows - 1).tolist()}}
    head_of = [t for t in rows.tolist() if split[t]]
    tail_of = [t - 1 for t in rows.tolist() if split[t - 1]]
    clauses = [split[t][0] for t in head_of] + [split[t][1] for t in tail_of]
    if not runs and not clauses:
        return tables[0][1], tables[0][1]
    sides = np.array([side_of[side] for side, _s, _k in groups] + [0] * len(clauses), dtype=int)
    mean_of = np.stack(means)
    vecs = store_rows((len(sides), tables[0][1].shape[1]), np.float32, spill_bytes)
    # The runs first, right after the sentences' own ``encode`` call: see ``JoinedEncoder``.
    for at in range(0, len(runs), _RUNS_AT_ONCE):
        part = encode_joined(embedder, runs[at : at + _RUNS_AT_ONCE], seps[at : at + _RUNS_AT_ONCE])
        _centre_into(vecs, at, part, mean_of, sides)
    if clauses:
        found = encode_rows(embedder, clauses, spill_bytes)
        _centre_into(vecs, len(runs), found, mean_of, sides)
        if isinstance(found, SpilledRows):
            found.close()
    group_side = sides[: len(groups)]
    group_size = np.array([k for _side, _s, k in groups], dtype=np.int64)
    group_start = np.array([s for _side, s, _k in groups], dtype=np.int64)
    for side, k in sorted({(side_of[side], k) for side, _s, k in groups}):
        sel = np.flatnonzero((group_side == side) & (group_size == k))
        set_rows(tables[side][k], group_start[sel], take_rows(vecs, sel, spill_bytes),
                 spill_bytes)
    zv = tables[0][1]
    heads, tails = zv, zv
    first = len(runs)
    if head_of:
        heads = RowOverlay(zv, head_of, vecs, spill_bytes, first)
    if tail_of:
        tails = RowOverlay(zv, tail_of, vecs, spill_bytes, first + len(head_of))
    return heads, tails


_RUNS_AT_ONCE = 1 << 16
"""Joined runs composed per ``encode_joined`` call (128 MB of vectors): only a pair of over
160,000 sentences has more (``AlignConfig.refine_share``), so only there the rounding of the
composed vectors can differ from one call's (``compose`` batches the joints it computes)."""


def _centre_into(out: np.ndarray | SpilledRows, first: int, vecs: np.ndarray | SpilledRows,
                 means: np.ndarray, sides: np.ndarray) -> None:
    """``out[first:first + len(vecs)]`` becomes ``vecs`` normalised, centred by its side's
    mean and normalised again (the side of row ``r`` of ``out`` is ``sides[r]``), a stretch at
    a time (row by row: the same in stretches)."""
    step = 1 << 13
    for at in range(0, len(vecs), step):
        part = normalise(np.asarray(vecs[at : at + step]).astype(np.float32, copy=False),
                         in_place=True)
        part -= means[sides[first + at : first + at + len(part)]]
        out[first + at : first + at + len(part)] = normalise(part, in_place=True)


def set_rows(table: np.ndarray | GroupVectors, rows: np.ndarray,
             vecs: np.ndarray | SpilledRows, spill_bytes: float = np.inf) -> None:
    """Give ``rows`` of a group table vectors of their own."""
    if isinstance(table, GroupVectors):
        table.set_rows(rows, vecs, spill_bytes)
    else:
        table[rows] = vecs


class RowOverlay:
    """The rows of ``base`` with ``rows`` replaced by ``vecs``, read as ``rowdot`` reads an
    array (a slice or an array of row numbers, copied): the clause vectors of a few contested
    sentences without a copy of all of a document's vectors."""

    def __init__(self, base: np.ndarray, rows: list[int], vecs: np.ndarray | SpilledRows,
                 spill_bytes: float = np.inf, first: int = 0) -> None:
        """Row ``rows[k]`` reads ``vecs[first + k]`` (kept in a temporary file when they take
        at least ``spill_bytes``)."""
        order = np.argsort(rows, kind="stable")
        self.base, self.rows = base, np.asarray(rows, np.int64)[order]
        self.vecs = take_rows(vecs, first + order, spill_bytes)
        self.shape = base.shape

    def __len__(self) -> int:
        return len(self.base)

    def __getitem__(self, idx: slice | np.ndarray) -> np.ndarray:
        out = np.array(self.base[idx])
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self.base))
            if step != 1:
                raise IndexError("RowOverlay slices take no step")
            lo, hi = np.searchsorted(self.rows, (start, max(start, stop)))
            out[self.rows[lo:hi] - start] = self.vecs[lo:hi]
            return out
        idx = np.asarray(idx)
        at = np.minimum(np.searchsorted(self.rows, idx), len(self.rows) - 1)
        hit = self.rows[at] == idx
        out[hit] = self.vecs[at[hit]]
        return out


def row_evidence(
    band: Band,
    rows: np.ndarray,
    ev: np.ndarray,
    heads: np.ndarray | RowOverlay,
    tails: np.ndarray | RowOverlay,
) -> np.ndarray:
    """``clauses.boundary_evidence`` at every banded point of ``rows``, 0 elsewhere (flat)."""
    ii, jj = band.points
    out = np.zeros(len(ii))
    sel = np.isin(ii, rows)
    out[sel] = boundary_evidence(ii[sel], jj[sel], ev, heads, tails)
    return out
