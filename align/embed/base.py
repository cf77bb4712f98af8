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

