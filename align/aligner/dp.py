"""The monotone alignment dynamic program, as a pure function over numpy inputs.

The lattice has a point ``(i, j)`` for every 0 <= i <= n zh and 0 <= j <= m en sentences
consumed. A bead of kind ``(a, b)`` ending at ``(i, j)`` covers zh ``[i-a, i)`` and en
``[j-b, j)``. Only the points inside a :class:`Band` are evaluated, so time and memory are
proportional to the band's area, which callers keep linear in document length.

Scores come from a caller-supplied function, so the program can be tested on hand-made
matrices and knows nothing about embeddings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

ScoreFn = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]
"""``score(a, b, i, j)``: float scores of the ``(a, b)`` beads ending at the points ``(i, j)``
(two int arrays of equal length; every bead lies inside the documents)."""

Step = tuple[int, int, int, int]
"""A bead of the best path as ``(zh_start, zh_end, en_start, en_end)``, half-open ranges."""


@dataclass(frozen=True)
class Band:
    """For each lattice row ``i`` the columns ``lo[i] <= j < hi[i]`` that are searched.

    ``lo`` and ``hi`` are non-decreasing, so a monotone path can always continue, and the band
    holds ``(0, 0)`` and ``(n, m)``.
    """

    lo: np.ndarray
    hi: np.ndarray

    @property
    def n(self) -> int:
        return len(self.lo) - 1

    @property
    def m(self) -> int:
        return int(self.hi[-1]) - 1

    @property
    def area(self) -> int:
        return int((self.hi - self.lo).sum())

    def offsets(self) -> np.ndarray:
        """Start of each row in a flat array holding the band row after row."""
        return np.concatenate(([0], np.cumsum(self.hi - self.lo)))


def full_band(n: int, m: int) -> Band:
    """The whole ``(n+1) x (m+1)`` lattice (only for small inputs: it is quadratic)."""
    return Band(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64))


def band_around(rows: np.ndarray, cols: np.ndarray, n: int, m: int, width: int) -> Band:
    """The band of every lattice point within ``width`` rows and columns of a path's points.

    ``rows``/``cols`` give, per path point, the span of fine lattice rows ``rows[k, 0]..rows[k,
    1]`` and columns ``cols[k, 0]..cols[k, 1]`` (inclusive) that it stands for; a path found on a
    coarser lattice covers a box per point.
    """
    lo = np.full(n + 1, m + 1, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for (r0, r1), (c0, c1) in zip(rows, cols, strict=True):
        r0, r1 = max(0, r0 - width), min(n, r1 + width)
        lo[r0 : r1 + 1] = np.minimum(lo[r0 : r1 + 1], max(0, c0 - width))
        hi[r0 : r1 + 1] = np.maximum(hi[r0 : r1 + 1], min(m, c1 + width) + 1)
    lo[0], hi[n] = 0, m + 1
    # Rows the path never came near (cannot happen for a connected path, but stay safe) take
    # their neighbours' columns; then make both edges monotone so every point can be reached.
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    return Band(lo, np.maximum(hi, lo + 1))


def best_path(band: Band, kinds: Sequence[tuple[int, int]], score: ScoreFn) -> list[Step]:
    """The highest-scoring monotone sequence of beads from ``(0, 0)`` to ``(n, m)``.

    ``kinds`` lists the allowed bead shapes ``(a, b)``; ``(0, 1)`` beads (English-only) are
    handled by a running-maximum scan along the row, every other kind needs ``a >= 1``.
    """
    n, m = band.n, band.m
    kinds = [tuple(k) for k in kinds]
    if any(a < 0 or b < 0 or a + b == 0 for a, b in kinds):
        raise ValueError(f"bad bead kinds {kinds}")
    if any(a == 0 and b != 1 for a, b in kinds):
        raise ValueError("only (0, 1) may have an empty zh side")
    has_01 = (0, 1) in kinds
    vertical = [k for k in kinds if k[0] >= 1]
    lo, hi = band.lo, band.hi
    off = band.offsets()
    total = int(off[-1])
    # Lattice coordinates of every banded point, row after row.
    ii = np.repeat(np.arange(n + 1), hi - lo)
    jj = np.arange(total) - off[ii] + lo[ii]
    # Per kind: the flat index of each point's predecessor (-1 outside band or documents)
    # and the bead score there; computed once, vectorised, so the row loop only gathers.
    itype = np.int32 if total < 2**31 else np.int64
    prev_idx: list[np.ndarray] = []
    gains: list[np.ndarray] = []
    for a, b in vertical:
        pi, pj = ii - a, jj - b
        ok = (pi >= 0) & (pj >= 0)
        pic = np.where(ok, pi, 0)
        ok &= (pj >= lo[pic]) & (pj < hi[pic])
        idx = np.where(ok, off[pic] + pj - lo[pic], -1).astype(itype)
        g = np.full(total, -np.inf, dtype=np.float32)  # half the memory; sums stay float64
        if ok.any():
            g[ok] = score(a, b, ii[ok], jj[ok])
        prev_idx.append(idx)
        gains.append(g)
    g01 = np.full(total, -np.inf, dtype=np.float32)
    if has_01:
        ok = jj >= 1
        if ok.any():
            g01[ok] = score(0, 1, ii[ok], jj[ok])

    best = np.full(total, -np.inf)
    back = np.full(total, -1, dtype=np.int8)  # index into `vertical`, len(vertical) for 0-1
    for i in range(n + 1):
        s, e = off[i], off[i + 1]
        row = np.full(e - s, -np.inf)
        arg = np.full(e - s, -1, dtype=np.int8)
        if i == 0 and lo[0] == 0:
            row[0] = 0.0
        for k in range(len(vertical)):
            idx = prev_idx[k][s:e]
            cand = np.where(idx >= 0, best[np.maximum(idx, 0)], -np.inf) + gains[k][s:e]
            better = cand > row
            row[better] = cand[better]
            arg[better] = k
        if has_01:
            row, from_left = _scan_01(row, g01[s:e])
            arg[from_left] = len(vertical)
        best[s:e] = row
        back[s:e] = arg

    if not np.isfinite(best[total - 1]):
        raise ValueError("no path through the band")
    steps: list[Step] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = int(back[off[i] + j - lo[i]])
        a, b = (0, 1) if k == len(vertical) else vertical[k]
        steps.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    steps.reverse()
    return steps


def _scan_01(row: np.ndarray, gain: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Best of arriving at each point from above (``row``) or by a run of 0-1 beads along the
    row: ``best[j] = max_k<=j row[k] + gain[k+1] + ... + gain[j]``, as a prefix-sum running max.
    Returns the new row and where the left neighbour won."""
    g = np.where(np.isfinite(gain), gain, 0.0)
    g[0] = 0.0
    p = np.cumsum(g)
    vals = row - p
    run = np.maximum.accumulate(vals)
    # A point cannot be reached from the left through a forbidden (-inf) 0-1 step.
    blocked = ~np.isfinite(gain)
    if blocked[1:].any():
        run = _blocked_running_max(vals, blocked)
    from_left = run > vals
    return np.where(from_left, run + p, row), from_left


def _blocked_running_max(vals: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Running maximum that restarts at every point whose 0-1 step is forbidden."""
    out = np.empty_like(vals)
    cur = -np.inf
    for j, v in enumerate(vals):
        cur = v if blocked[j] else max(cur, v)
        out[j] = cur
    return out
