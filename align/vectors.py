"""Vector and length helpers shared by the aligner and the checks.

Neutral ground: both stages judge similarity and length the same way, and neither may import
the other.
"""

from __future__ import annotations

import numpy as np

FloatOrArray = float | np.ndarray


def normalise(vectors: np.ndarray, in_place: bool = False) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32. ``in_place`` scales a
    float32 array the caller owns instead of a copy (a large copy costs time on its own)."""
    v = np.asarray(vectors, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    norms = np.sqrt(np.einsum("ij,ij->i", v, v))[:, None]  # no squared temporary
    norms[norms == 0] = 1.0
    if in_place and v is vectors:
        v /= norms
        return v
    return v / norms


def best_rows(
    vectors: np.ndarray, queries: np.ndarray, skip: list[tuple[int, ...]]
) -> tuple[np.ndarray, np.ndarray]:
    """For each row ``q`` of ``queries``, the largest ``vectors @ queries[q]`` over the rows of
    ``vectors`` other than ``skip[q]``, and that row (the first of equals; -1 and -inf when
    every row is skipped). Rows are read a stretch at a time against many queries at once
    (``vectors`` may be rows in a file, ``embed.store.SpilledRows``)."""
    k = len(queries)
    found = np.full(k, -np.inf, dtype=np.float32)
    at = np.full(k, -1, dtype=np.int64)
    for q0 in range(0, k, _QUERIES_AT_ONCE):
        qs = np.asarray(queries[q0 : q0 + _QUERIES_AT_ONCE], dtype=np.float32)
        cols = np.arange(len(qs))
        for r0 in range(0, len(vectors), _ROWS_AT_ONCE):
            sims = vectors[r0 : r0 + _ROWS_AT_ONCE] @ qs.T
            for c in cols:
                for r in skip[q0 + c]:
                    if r0 <= r < r0 + len(sims):
                        sims[r - r0, c] = -np.inf
            rows = sims.argmax(axis=0)
            vals = sims[rows, cols]
            better = vals > found[q0 : q0 + len(qs)]  # strictly: an earlier equal row stays
            found[q0 : q0 + len(qs)][better] = vals[better]
            at[q0 : q0 + len(qs)][better] = rows[better] + r0
    return found, at


_ROWS_AT_ONCE = 1 << 13
_QUERIES_AT_ONCE = 1 << 11


def group_vector(vectors: np.ndarray, ids: tuple[int, ...] | list[int]) -> np.ndarray:
    """The unit-length sum of the rows ``ids``: one vector for a group of sentences."""
    return normalise(vectors[list(ids)].sum(axis=0))[0]


def length_fit(observed: FloatOrArray, expected: FloatOrArray) -> FloatOrArray:
    """Observed over expected length, smoothed so that short texts do not swing wildly (the
    length checks and the aligner's length prior both judge lengths by it)."""
    return (observed + 10.0) / (expected + 10.0)
