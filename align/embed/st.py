"""Any sentence-transformers model, by local path or by a name already in the local cache.

Nothing is downloaded: the hub is forced offline before sentence-transformers is imported, so a
model that is not on disk is a clear error instead of a network call.
"""

from __future__ import annotations

import os

import numpy as np

from align.model import AlignError
from align.vectors import normalise


class SentenceTransformerEmbedder:
    def __init__(self, name_or_path: str, device: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise AlignError(
                f"model {name_or_path!r} needs sentence-transformers: pip install 'align-zh-en[st]'"
            ) from exc
        try:
            self._model = SentenceTransformer(name_or_path, device=device or "cpu")
        except Exception as exc:  # the library raises many types for "not found"
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise AlignError(
                f"cannot load sentence-transformers model {name_or_path!r} offline: {first}"
            ) from exc
        self.name = f"st:{os.path.basename(os.path.normpath(name_or_path))}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            dim = self._model.get_sentence_embedding_dimension() or 0
            return np.zeros((0, dim), dtype=np.float32)
        return normalise(self._model.encode(list(texts), batch_size=64, show_progress_bar=False))
