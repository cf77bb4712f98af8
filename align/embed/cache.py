"""On-disk embedding cache keyed by model name and sentence text.

One ``.npz`` shard per model under the cache directory; a second run over the same files
embeds nothing. Writes go to a temporary file and are renamed, so a killed run never leaves a
corrupt cache.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import numpy as np

from align.embed.base import Embedder


def default_cache_dir() -> Path:
    env = os.environ.get("ALIGN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "align"


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class CachedEmbedder:
    """Wraps an embedder; texts already seen with the same model are read from disk."""

    def __init__(self, inner: Embedder, cache_dir: Path | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.dir = cache_dir or default_cache_dir()
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in inner.name)
        self.path = self.dir / f"{safe}.npz"
        self._mem: dict[str, np.ndarray] | None = None
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[str, np.ndarray]:
        if self._mem is None:
            self._mem = {}
            if self.path.exists():
                try:
                    with np.load(self.path) as data:
                        keys, vecs = data["keys"], data["vecs"]
                    self._mem = {str(k): v for k, v in zip(keys, vecs, strict=True)}
                except Exception:  # unreadable cache: start afresh, it is only a cache
                    self._mem = {}
        return self._mem

    def encode(self, texts: list[str]) -> np.ndarray:
        mem = self._load()
        keys = [_key(t) for t in texts]
        todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in mem}.items())
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            vecs = self.inner.encode([t for _, t in todo])
            for (k, _), v in zip(todo, vecs, strict=True):
                mem[k] = v
            self._save()
        if not texts:
            return self.inner.encode([])
        return np.stack([mem[k] for k in keys])

    def _save(self) -> None:
        mem = self._mem or {}
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, keys=np.array(list(mem.keys())), vecs=np.stack(list(mem.values())))
            os.replace(tmp, self.path)
        except OSError:
            pass  # a read-only or full disk only costs speed
