"""The interfaces every sentence-embedding backend implements: ``Embedder``, and optionally
``JoinedEncoder`` for embedders that can embed joined runs of texts faster than the joined
texts themselves."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from align.embed.store import SpilledRows


class Embedder(Protocol):
    """Turns sentences into L2-normalised float32 vectors, one row per text.

    ``name`` identifies the model and its version; it keys the on-disk cache, so two embedders
    that can return different vectors must have different names.
    """

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


@runtime_checkable
class JoinedEncoder(Protocol):
    """An embedder that gives the vectors of joined runs of texts itself.

    ``encode_joined(runs, seps)`` returns, for each run and its separator, the vector of
    ``sep.join(run)``: the same (to float rounding) as ``encode`` of the joined texts, whatever
    was called before. It may be faster when the members of a run were embedded by the latest
    ``encode`` call with texts (an empty call keeps what the one before kept), so the call
    order matters for speed, never for the vectors: a caller that wants the speed embeds the
    sentences, then asks for the runs of them before any other ``encode`` call (the aligner
    asks for its contested groups before the clauses, ``aligner/refine.py``). The default
    embedder composes such runs from the pooled features it kept (``embed/use/compose.py``).
    """

    def encode_joined(self, runs: Sequence[Sequence[str]], seps: Sequence[str]) -> np.ndarray: ...


def encode_joined(
    embedder: Embedder, runs: Sequence[Sequence[str]], seps: Sequence[str]
) -> np.ndarray:
    """Vectors of ``sep.join(run)`` for each run of texts and its separator: the embedder's
    own ``encode_joined`` when it is a ``JoinedEncoder``, else ``encode`` of the joined texts."""
    if isinstance(embedder, JoinedEncoder):
        return embedder.encode_joined(runs, seps)
    return embedder.encode([sep.join(run) for run, sep in zip(runs, seps, strict=True)])


def encode_rows(embedder: Embedder, texts: list[str], spill_bytes: float
                ) -> np.ndarray | SpilledRows:
    """``encode(texts)``; when the vectors take at least ``spill_bytes`` and the embedder can
    (an ``encode_rows`` method of its own), they come back as rows in a temporary file
    (``store.SpilledRows``), written a stretch at a time, never all in memory at once."""
    own = getattr(embedder, "encode_rows", None)
    if own is not None:
        return own(texts, spill_bytes)
    return embedder.encode(texts)
