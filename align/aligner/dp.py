"""The monotone alignment dynamic program, as a pure function over numpy inputs.

The lattice has a point ``(i, j)`` for every 0 <= i <= n zh and 0 <= j <= m en sentences
consumed. A bead of kind ``(a, b)`` ending at ``(i, j)`` covers zh ``[i-a, i)`` and en
``[j-b, j)``. Only the points inside a :class:`Band` are evaluated, so time and memory are
proportional to the band's area, which callers keep linear in document length.

Scores come from a caller-supplied function, so the program can be tested on hand-made
matrices and knows nothing about embeddings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from align.embed.store import SpilledRows

ScoreFn = Callable[[int, int, np.ndarray, np.ndarray], np.ndarray]
"""``score(a, b, i, j)``: float scores of the ``(a, b)`` beads ending at the points ``(i, j)``
(two int arrays of equal length; every bead lies inside the documents). A function whose
``pointwise`` attribute is true gives each point the same score whatever other points it is
asked for with (a table look-up): the program then asks for the band a block of rows at a time,
so its working memory stays bounded. Others are asked for each kind's whole band at once, as
a scorer whose rounding depends on the batch (``score.rowdot``) must be for the same path."""

_BLOCK_POINTS = 1 << 18
"""Band points per block of rows in ``_forward`` with a pointwise score, and in the passes
over the whole band whose results do not depend on the blocks."""
_TABLE_POINTS = 1 << 21
"""Band points scored at a time by ``ScoreTable`` (see ``ScoreTable._blocks``)."""

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
        return self._offsets

    @cached_property
    def _offsets(self) -> np.ndarray:
        return np.concatenate(([0], np.cumsum(self.hi - self.lo)))

    @cached_property
    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """Lattice coordinates ``(ii, jj)`` of every banded point, row after row (computed
        once per band: the score table and every pass share them)."""
        off = self.offsets()
        ii = np.repeat(np.arange(self.n + 1), self.hi - self.lo)
        return ii, np.arange(int(off[-1])) - off[ii] + self.lo[ii]

    def blocks(self, size: int = 0) -> list[tuple[int, int]]:
        """The flat index ranges ``(start, end)`` of consecutive stretches of about ``size``
        banded points (whole rows, at least one; ``_BLOCK_POINTS`` unless given), covering the
        band in order: what a pass over the whole band takes at a time, so that its
        temporaries stay bounded."""
        size = size or _BLOCK_POINTS
        off = self.offsets()
        out, r0 = [], 0
        while r0 <= self.n:
            r1 = max(r0 + 1, int(np.searchsorted(off, off[r0] + size, side="right")) - 1)
            r1 = min(r1, self.n + 1)
            out.append((int(off[r0]), int(off[r1])))
            r0 = r1
        return out

    def flat(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Flat index of the banded points ``(i, j)``."""
        return self._row_shift[i] + j

    @cached_property
    def _row_shift(self) -> np.ndarray:
        """Per row, flat index minus column."""
        return self.offsets()[:-1] - self.lo

    def transposed(self) -> Band:
        """The same points with rows and columns swapped (column ``j`` holds the rows ``i``
        with ``lo[i] <= j < hi[i]``, a contiguous run since both edges are monotone)."""
        cols = np.arange(self.m + 1)
        return Band(
            np.searchsorted(self.hi, cols, side="right"),
            np.searchsorted(self.lo, cols, side="right"),
        )

    def predecessors(self, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """For every banded point ``(i, j)``: whether ``(i - a, j - b)`` lies in the band, and
        the flat index of that point where it does (the start of an ``(a, b)`` bead)."""
        ii, jj = self.points
        counts = self.hi - self.lo
        first, last, shift = self.predecessor_rows(a, b)
        ok = (jj >= np.repeat(first, counts)) & (jj < np.repeat(last, counts))
        return ok, (np.repeat(shift, counts) + jj)[ok]

    def predecessor_rows(self, a: int, b: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per row ``i``: the columns ``first[i] <= j < last[i]`` whose ``(a, b)`` predecessor
        lies in row ``i - a`` of the band, and the shift from such a column to its
        predecessor's flat index (rows ``i < a`` have none)."""
        first = np.full(self.n + 1, np.iinfo(np.int64).max)
        last = np.zeros(self.n + 1, dtype=np.int64)
        shift = np.zeros(self.n + 1, dtype=np.int64)
        if a <= self.n:
            first[a:] = self.lo[: len(first) - a] + b
            last[a:] = self.hi[: len(first) - a] + b
            shift[a:] = self._row_shift[: len(first) - a] - b
        return first, last, shift


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
    if _swap_pays(band, kinds):
        return _unswap(best_path(band.transposed(), _swapped(kinds), _swapped_score(score)))
    kinds, vertical = _check_kinds(kinds)
    best, back = _forward(band, kinds, vertical, score)
    return _backtrack(band, vertical, best, back)


def path_scores(
    band: Band, kinds: Sequence[tuple[int, int]], score: ScoreFn
) -> tuple[np.ndarray, np.ndarray, list[Step]]:
    """Forward and backward best scores of every banded point (flat, row after row), and the
    best path, which the forward pass gives for free. ``fwd`` is the best path from ``(0, 0)``
    to the point and ``bwd`` from the point to ``(n, m)``; their sum at a point is the best
    score of a path through it, so a bead's best total is ``fwd[start] + bead + bwd[end]``."""
    if _swap_pays(band, kinds):
        swapped = band.transposed()
        fwd, bwd, steps = path_scores(swapped, _swapped(kinds), _swapped_score(score))
        scores = [fwd, bwd]
        del fwd, bwd
        ii, jj = band.points
        for k in range(2):  # one array reordered at a time: three of the band's size, not four
            src = scores[k]
            out = np.empty_like(src)
            for s, e in band.blocks(_BLOCK_POINTS):  # bounded index temporaries
                out[s:e] = src[swapped.flat(jj[s:e], ii[s:e])]
            scores[k] = out
            del src, out
        return scores[0], scores[1], _unswap(steps)
    kinds, vertical = _check_kinds(kinds)
    fwd, back = _forward(band, kinds, vertical, score)
    steps = _backtrack(band, vertical, fwd, back)
    del back  # a byte a band point
    n, m = band.n, band.m
    # The backward scores are forward scores on both documents reversed.
    rev = Band(m + 1 - band.hi[::-1], m + 1 - band.lo[::-1])

    def rscore(a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        return score(a, b, n - i + a, m - j + b)

    rscore.pointwise = _pointwise(score)  # type: ignore[attr-defined]

    bwd_rev, _ = _forward(rev, kinds, vertical, rscore)
    # Point (i, j) is (n - i, m - j) reversed; both bands hold the same points. A block of
    # rows at a time, without the band's cached points (a swapped band's would be a copy).
    bwd = np.empty_like(fwd)
    counts = band.hi - band.lo
    off = band.offsets()
    for s, e in band.blocks(_BLOCK_POINTS):
        r0, r1 = int(np.searchsorted(off, s, side="right")) - 1, int(np.searchsorted(off, e))
        ii = np.repeat(np.arange(r0, r1), counts[r0:r1])
        jj = np.arange(s, e) - off[ii] + band.lo[ii]
        bwd[s:e] = bwd_rev[rev.flat(n - ii, m - jj)]
    return fwd, bwd, steps


def _swap_pays(band: Band, kinds: Sequence[tuple[int, int]]) -> bool:
    """Whether to run the program with the documents' roles swapped: its loop goes row by
    row, so fewer rows (the shorter document) means less overhead for the same points. Only
    when the swapped kinds are allowed (``(0, 1)`` is the one kind with an empty first side)."""
    return band.n > band.m and all(b >= 1 or a == 1 for a, b in kinds)


def _swapped(kinds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(b, a) for a, b in kinds]


def _swapped_score(score: ScoreFn) -> ScoreFn:
    def swapped(b: int, a: int, j: np.ndarray, i: np.ndarray) -> np.ndarray:
        return score(a, b, i, j)

    swapped.pointwise = _pointwise(score)  # type: ignore[attr-defined]
    return swapped


def _pointwise(score: ScoreFn) -> bool:
    return bool(getattr(score, "pointwise", False))


def _unswap(steps: list[Step]) -> list[Step]:
    return [(i0, i1, j0, j1) for j0, j1, i0, i1 in steps]


def _backtrack(
    band: Band, vertical: list[tuple[int, int]], best: np.ndarray, back: np.ndarray
) -> list[Step]:
    """The path that ``_forward``'s back pointers give from ``(n, m)`` to ``(0, 0)``."""
    n, m = band.n, band.m
    if not np.isfinite(best[-1]):
        raise ValueError("no path through the band")
    steps: list[Step] = []
    shift = band._row_shift.tolist()  # Python ints: one step per bead
    i, j = n, m
    while i > 0 or j > 0:
        k = int(back[shift[i] + j])
        a, b = (0, 1) if k == len(vertical) else vertical[k]
        steps.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    steps.reverse()
    return steps


def _check_kinds(
    kinds: Sequence[tuple[int, int]],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    kinds = [(int(k[0]), int(k[1])) for k in kinds]
    if any(a < 0 or b < 0 or a + b == 0 for a, b in kinds):
        raise ValueError(f"bad bead kinds {kinds}")
    if any(a == 0 and b != 1 for a, b in kinds):
        raise ValueError("only (0, 1) may have an empty zh side")
    return kinds, [k for k in kinds if k[0] >= 1]


def _forward(
    band: Band,
    kinds: list[tuple[int, int]],
    vertical: list[tuple[int, int]],
    score: ScoreFn,
) -> tuple[np.ndarray, np.ndarray]:
    """Best score of every banded point and the kind of the last bead (index into
    ``vertical``, ``len(vertical)`` for 0-1). The band is taken in blocks of rows (one block
    unless ``score`` is pointwise, see ``ScoreFn``)."""
    off = band.offsets()
    total = int(off[-1])
    # One extra -inf cell at the end, which a predecessor index of -1 reads.
    best = np.full(total + 1, -np.inf)
    back = np.full(total, -1, dtype=np.int8)  # index into `vertical`, len(vertical) for 0-1
    itype = np.int32 if total < 2**31 else np.int64
    preds = [band.predecessor_rows(a, b) for a, b in vertical]
    size = _BLOCK_POINTS if _pointwise(score) else total
    r0 = 0
    while r0 <= band.n:
        # whole rows, about ``size`` points (at least one row)
        r1 = max(r0 + 1, int(np.searchsorted(off, off[r0] + size, side="right")) - 1)
        r1 = min(r1, band.n + 1)
        _forward_rows(band, kinds, vertical, score, preds, itype, (r0, r1), best, back)
        r0 = r1
    return best[:total], back


def _forward_rows(
    band: Band,
    kinds: list[tuple[int, int]],
    vertical: list[tuple[int, int]],
    score: ScoreFn,
    preds: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
    itype: type,
    rows: tuple[int, int],
    best: np.ndarray,
    back: np.ndarray,
) -> None:
    """``_forward`` over the rows ``rows[0] <= i < rows[1]``, writing ``best`` and ``back``."""
    r0, r1 = rows
    has_01 = (0, 1) in kinds
    lo = band.lo
    off = band.offsets()
    base = int(off[r0])
    total = int(off[r1]) - base
    counts = band.hi[r0:r1] - lo[r0:r1]
    ii = np.repeat(np.arange(r0, r1), counts)
    jj = np.arange(base, base + total) - off[ii] + lo[ii]
    # Per kind: the flat index of each point's predecessor (-1 outside band or documents)
    # and the bead score there; computed once per block, vectorised, so the row loop only
    # gathers.
    kk = len(vertical)
    prev_idx = np.full((kk, total), -1, dtype=itype)
    gains = np.full((kk, total), -np.inf, dtype=np.float32)  # half the memory; sums are f64
    for k, ((a, b), (first, last, shift)) in enumerate(zip(vertical, preds, strict=True)):
        ok = (jj >= first[ii]) & (jj < last[ii])
        prev_idx[k, ok] = shift[ii[ok]] + jj[ok]
        if ok.any():
            gains[k, ok] = score(a, b, ii[ok], jj[ok])
    g01 = np.full(total, -np.inf, dtype=np.float32)
    if has_01:
        ok = jj >= 1
        if ok.any():
            g01[ok] = score(0, 1, ii[ok], jj[ok])
        # Runs of 0-1 beads along a row: ``run01[s + k]`` is the gain of the k beads after the
        # row's first point ``s``; and the rows where some 0-1 step is forbidden, which need
        # the slower restarting scan.
        starts = off[r0:r1] - base
        blocked = ~np.isfinite(g01)
        blocked[starts] = False
        # float64: the sums run over the whole block before each row's start is subtracted,
        # so float32 (what ``np.where`` would keep) loses the small differences at scale.
        g = np.where(blocked, 0.0, g01.astype(np.float64))
        g[starts] = 0.0
        run01 = np.cumsum(g)
        del g
        run01 -= run01[off[ii] - base]
        blocked_rows = set(np.unique(ii[blocked]).tolist())
    del ii, jj

    # Python ints, cheaper to slice with than numpy scalars; this block's rows only (the whole
    # band's, per block, made a long document's forward pass quadratic)
    bounds = off[r0 : r1 + 1].tolist()
    for i in range(r0, r1):
        s, e = bounds[i - r0], bounds[i - r0 + 1]
        ls, le = s - base, e - base
        if kk:
            cand = best[prev_idx[:, ls:le]] + gains[:, ls:le]
            arg = cand.argmax(axis=0)  # the methods, not np.argmax / .max: no Python wrapper
            row = np.maximum.reduce(cand, axis=0)
        else:
            row = np.full(e - s, -np.inf)
            arg = np.full(e - s, -1)
        if i == 0 and lo[0] == 0:
            row[0], arg[0] = 0.0, -1
        if has_01:
            prefix = run01[ls:le]
            vals = row - prefix
            if i in blocked_rows:
                run = _blocked_running_max(vals, blocked[ls:le])
            else:
                run = np.maximum.accumulate(vals)
            from_left = run > vals
            row = np.where(from_left, run + prefix, row)
            arg[from_left] = kk
        best[s:e] = row
        back[s:e] = arg


def _blocked_running_max(vals: np.ndarray, blocked: np.ndarray) -> np.ndarray:
    """Running maximum that restarts at every point whose 0-1 step is forbidden."""
    out = np.empty_like(vals)
    cur = -np.inf
    for j, v in enumerate(vals):
        cur = v if blocked[j] else max(cur, v)
        out[j] = cur
    return out


class ScoreTable:
    """Every bead score of a band computed once (float32, one flat array per kind), so the
    forward, backward and final passes share them; ``refresh`` recomputes only the beads that
    start at given groups. A look-up: ``pointwise`` (see ``ScoreFn``)."""

    pointwise = True

    def __init__(self, band: Band, kinds: Sequence[tuple[int, int]], score: ScoreFn) -> None:
        self.band, self.score = band, score
        self.ii, self.jj = band.points
        total = len(self.ii)
        self.tables: dict[tuple[int, int], np.ndarray] = {}
        # A one-sided kind scored the same at every point it can start from (the skip cost) is
        # kept as that number: two tables of 40 MB on the 20 MB + 31 MB pair.
        self.constants: dict[tuple[int, int], np.float32] = {}
        for a, b in kinds:
            t = np.full(total, -np.inf, dtype=np.float32)
            same, value = a == 0 or b == 0, None
            for s, e in self._blocks():
                ok = (self.ii[s:e] >= a) & (self.jj[s:e] >= b)
                if ok.any():
                    t[s:e][ok] = score(a, b, self.ii[s:e][ok], self.jj[s:e][ok])
                    if same:
                        got = t[s:e][ok]
                        value = got[0] if value is None else value
                        same = bool((got == value).all())
            if same and value is not None:
                self.constants[(a, b)] = value
            else:
                self.tables[(a, b)] = t
            del t

    def _blocks(self) -> list[tuple[int, int]]:
        """Scores are computed for ``_TABLE_POINTS`` band points at a time: the scorer's
        temporaries are several times its input (a 20 MB + 31 MB pair's band has ten million
        points). Only a band of more points than that is cut, and only there the scores'
        rounding may differ from one call's (``score.rowdot`` multiplies in chunks of the
        points it is given)."""
        total = len(self.ii)
        if total <= _TABLE_POINTS:
            return [(0, total)]
        return self.band.blocks(_TABLE_POINTS)

    def __call__(self, a: int, b: int, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        value = self.constants.get((a, b))
        if value is not None:
            return np.where((i >= a) & (j >= b), value, np.float32(-np.inf))
        return self.tables[(a, b)][self.band.flat(i, j)]

    @contextmanager
    def set_aside(self, spill_bytes: int) -> Iterator[None]:
        """While the body runs, the tables wait in temporary files and the band's points are
        dropped (recomputed after), when the tables take at least ``spill_bytes``: the
        aligner's second encode reads neither, and on the 20 MB + 31 MB pair they are 650 MB
        of tables and 160 MB of points held through it. Read back byte for byte."""
        if sum(t.nbytes for t in self.tables.values()) < spill_bytes:
            yield
            return
        files = {kind: SpilledRows.of(t) for kind, t in self.tables.items()}
        self.tables = {}
        del self.ii, self.jj
        self.band.__dict__.pop("points", None)  # a cached_property of a frozen dataclass
        try:
            yield
        finally:
            self.ii, self.jj = self.band.points
            for kind in list(files):
                f = files.pop(kind)
                t = np.empty(f.shape, f.dtype)
                for s in range(0, len(t), _BLOCK_POINTS):
                    t[s : s + _BLOCK_POINTS] = f[s : s + _BLOCK_POINTS]
                self.tables[kind] = t
                del f

    def refresh(self, zh: set[tuple[int, int]], en: set[tuple[int, int]]) -> None:
        """Recompute the beads whose zh side is a group ``(start, size)`` in ``zh`` or whose en
        side is one in ``en``."""
        for a, b in list(self.constants):  # a constant kind refreshed becomes a table
            if any(k == a for _, k in zh) or any(k == b for _, k in en):
                value = self.constants.pop((a, b))
                ok = (self.ii >= a) & (self.jj >= b)
                self.tables[(a, b)] = np.where(ok, value, np.float32(-np.inf))
        for (a, b), t in self.tables.items():
            zs = np.array([s for s, k in zh if k == a], dtype=np.int64)
            es = np.array([s for s, k in en if k == b], dtype=np.int64)
            if not len(zs) and not len(es):
                continue
            for s, e in self._blocks():
                ii, jj = self.ii[s:e], self.jj[s:e]
                hit = np.isin(ii - a, zs) | np.isin(jj - b, es)
                hit &= np.isfinite(t[s:e])
                if hit.any():
                    t[s:e][hit] = self.score(a, b, ii[hit], jj[hit])

    def add_at_start(self, values: np.ndarray) -> None:
        """Add ``values[p]`` (flat, one per banded point) to every two-sided bead that starts
        at point ``p``."""
        for (a, b), t in self.tables.items():
            if not (a and b):
                continue
            first, last, shift = self.band.predecessor_rows(a, b)
            for s, e in self.band.blocks(_BLOCK_POINTS):  # elementwise: the same in blocks
                ii, jj = self.ii[s:e], self.jj[s:e]
                ok = (jj >= first[ii]) & (jj < last[ii])
                t[s:e][ok] += values[shift[ii[ok]] + jj[ok]].astype(np.float32)

    def add(self, extra: ScoreFn) -> None:
        """Add ``extra(a, b, i, j)`` to every two-sided bead score (one-sided ones keep theirs)."""
        for (a, b), t in self.tables.items():
            if not (a and b):
                continue
            for s, e in self._blocks():
                ok = np.isfinite(t[s:e])
                if ok.any():
                    t[s:e][ok] += extra(a, b, self.ii[s:e][ok], self.jj[s:e][ok]).astype(
                        np.float32)
