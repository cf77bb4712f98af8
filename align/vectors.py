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


def similarities(vectors: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``vectors @ v``; rows that are not an array in memory (a large pair's vectors in a
    file, ``embed.store.SpilledRows``) are read a stretch at a time."""
    if isinstance(vectors, np.ndarray):
        return vectors @ v
    step = 1 << 15
    parts = [vectors[s : s + step] @ v for s in range(0, len(vectors), step)]
    return np.concatenate(parts) if parts else np.zeros(0, np.float32)


def group_vector(vectors: np.ndarray, ids: tuple[int, ...] | list[int]) -> np.ndarray:
    """The unit-length sum of the rows ``ids``: one vector for a group of sentences."""
    return normalise(vectors[list(ids)].sum(axis=0))[0]


def length_fit(observed: FloatOrArray, expected: FloatOrArray) -> FloatOrArray:
    """Observed over expected length, smoothed so that short texts do not swing wildly (the
    length checks and the aligner's length prior both judge lengths by it)."""
    return (observed + 10.0) / (expected + 10.0)
