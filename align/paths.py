"""Where align keeps what it builds once per machine (embedding cache, dictionary index, model
weights copy): one definition, so the engines share one folder without importing each other."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """``$ALIGN_CACHE_DIR``, ``$XDG_CACHE_HOME/align``, ``~/.cache/align``; with no home (no
    HOME and no passwd entry, as in some containers) a folder of this user's in the temporary
    directory."""
    env = os.environ.get("ALIGN_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            home: Path | None = Path.home()
        except (RuntimeError, KeyError, OSError):
            home = None
        if home is None or str(home) in ("", "/", "~"):
            uid = os.getuid() if hasattr(os, "getuid") else "user"
            return Path(tempfile.gettempdir()) / f"align-cache-{uid}"
        base = os.path.join(home, ".cache")
    return Path(base) / "align"
