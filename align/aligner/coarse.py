"""Coarse-to-fine search for long pairs: where the final pass may look.

The best path over averaged blocks of 2^L sentences (few enough to align exactly) is projected
onto the twice finer lattice and widened into a band; the path inside that band guides the next
level, down to single sentences (as Vecalign does). Time and memory grow linearly with length.
"""

from __future__ import annotations

import numpy as np

from align.aligner.dp import Band, Step, band_around, best_path, full_band
from align.aligner.score import BeadScorer, GroupVectors, ScoreParams
from align.embed.store import SpilledRows, rows
from align.vectors import normalise

COARSE_BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


def coarse_band(
    zv: np.ndarray,
    ev: np.ndarray,
    *,
    coarse_size: int,
    skip: float,
    width: int,
    coarse_width: int,
    spill_bytes: float = np.inf,
) -> Band:
    """Band for the final pass over the sentence vectors ``zv``/``ev``: halve both sides until
    neither has more than ``coarse_size`` blocks, align the coarsest level exactly, then each
    finer level inside a band of half-width ``coarse_width`` around the coarser path; the
    returned band (on single sentences) has half-width ``width``. A level of at least
    ``spill_bytes`` waits in a temporary file (``store.SpilledRows``): the first one of a
    20 MB + 31 MB pair is 560 MB."""
    pyramid = [(zv, ev)]
    while max(len(pyramid[-1][0]), len(pyramid[-1][1])) > coarse_size:
        z, e = pyramid[-1]
        pyramid.append((_halve(z, spill_bytes), _halve(e, spill_bytes)))
    band: Band | None = None
    steps: list[Step] = []
    for level in range(len(pyramid) - 1, 0, -1):
        z, e = pyramid[level]
        n, m = len(z), len(e)
        if band is None:
            band = full_band(n, m)
        scorer = BeadScorer(  # pairs summed where read: no second copy of a level
            {1: z, 2: GroupVectors(z, 2)},
            {1: e, 2: GroupVectors(e, 2)},
            np.ones(n),
            np.ones(m),
            ScoreParams(margin=True, skip=skip),
        )
        steps = best_path(band, COARSE_BEADS, scorer)
        fz, fe = pyramid[level - 1]
        band = _project(steps, len(fz), len(fe), width if level == 1 else coarse_width)
        del pyramid[level:], scorer, z, e  # this level is done
    assert band is not None
    return band


def _halve(v: np.ndarray | SpilledRows, spill_bytes: float = np.inf) -> np.ndarray | SpilledRows:
    """Unit-length sums of consecutive pairs of rows (the last row alone when odd), a stretch
    of rows at a time (``v`` may be rows kept in a file, ``SpilledRows``; so is the result
    when it takes at least ``spill_bytes``)."""
    out = rows(((len(v) + 1) // 2, v.shape[1]), np.float32, spill_bytes)
    for start in range(0, len(v), _HALVE_ROWS):
        part = v[start : start + _HALVE_ROWS]
        if len(part) % 2:
            part = np.concatenate([part, np.zeros((1, v.shape[1]), dtype=part.dtype)])
        # normalised row by row: the same in stretches as all at once
        out[start // 2 : start // 2 + len(part) // 2] = normalise(
            part[0::2] + part[1::2], in_place=True
        )
    return out


_HALVE_ROWS = 1 << 14  # even


def _project(steps: list[Step], n: int, m: int, width: int) -> Band:
    """Band on the twice finer lattice around the boxes the coarse beads cover."""
    s = np.asarray(steps, dtype=np.int64)
    rows = np.minimum(np.stack([2 * s[:, 0], 2 * s[:, 1]], axis=1), n)
    cols = np.minimum(np.stack([2 * s[:, 2], 2 * s[:, 3]], axis=1), m)
    return band_around(rows, cols, n, m, width)
