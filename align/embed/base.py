"""The one interface every sentence-embedding backend implements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns sentences into L2-normalised float32 vectors, one row per text.

    ``name`` identifies the model and its version; it keys the on-disk cache, so two embedders
    that can return different vectors must have different names.
    """

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def encode_joined(
    embedder: Embedder, runs: Sequence[Sequence[str]], seps: Sequence[str]
) -> np.ndarray:
    """Vectors of ``sep.join(run)`` for each run of texts and its separator. An embedder may
    offer ``encode_joined`` itself, giving the same vectors faster for runs of texts it has
    just embedded (the default one does); the others embed the joined texts."""
    own = getattr(embedder, "encode_joined", None)
    if own is not None:
        return own(runs, seps)
    return embedder.encode([sep.join(run) for run, sep in zip(runs, seps, strict=True)])


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
