"""The one interface every sentence-embedding backend implements."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class Embedder(Protocol):
    """Turns sentences into L2-normalised float32 vectors, one row per text.

    ``name`` identifies the model and its version; it keys the on-disk cache, so two embedders
    that can return different vectors must have different names.
    """

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    v = np.asarray(vectors, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    norms = np.sqrt(np.einsum("ij,ij->i", v, v))[:, None]  # no squared temporary
    norms[norms == 0] = 1.0
    return v / norms
