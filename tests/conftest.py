import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    """One embedding cache for the whole test session, never the user's own."""
    return tmp_path_factory.mktemp("align-cache")


@pytest.fixture(scope="session")
def run_cli(cache_dir):
    """Run the real ``align`` command in a subprocess; returns the CompletedProcess."""

    def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "ALIGN_CACHE_DIR": str(cache_dir), "COLUMNS": "100"}
        return subprocess.run(
            [sys.executable, "-m", "align", *map(str, args)],
            capture_output=True, text=True, env=env, cwd=cwd or ROOT, timeout=600,
        )

    return run
