"""Where the lexicon keeps its built index: the same folder the embedding cache uses."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """``ALIGN_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/align`` (or ``~/.cache/align``).

    Mirrors ``align.embed.cache.default_cache_dir`` without importing the embed engine (and numpy):
    one cache folder for the whole tool, engines independent of each other.
    """
    env = os.environ.get("ALIGN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(base) / "align"
