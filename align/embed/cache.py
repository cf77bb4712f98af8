"""On-disk embedding cache keyed by model name and sentence text.

One folder per model under the cache directory, holding ``.npz`` shards; a second run over the
same files embeds nothing. Each call that embeds something new writes one shard with only the
new vectors, so saving costs what was just embedded, not what the cache already holds (a cache
grown over many documents stays cheap to add to); past ``MAX_SHARDS`` shards they are merged
into one. Writes go to a temporary file and are renamed, so a killed run never leaves a
corrupt shard, and an unreadable shard is skipped.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

import numpy as np

from align.embed.base import Embedder, encode_joined, encode_rows
from align.embed.store import SpilledRows, rows
from align.paths import cache_dir as default_cache_dir

MAX_SHARDS = 16
GATHER_ROWS = 8192
"""Rows copied into a result at a time (8192 x 512 float32 = 16 MB of temporary)."""


def _warn(message: str) -> None:
    import sys

    sys.stderr.write(f"align: warning: {message}\n")


def _valid(keys: np.ndarray, vecs: np.ndarray) -> str | None:
    """Why a shard's arrays cannot be cache entries, or None when they can."""
    if keys.ndim != 1 or vecs.ndim != 2:
        return f"arrays of {keys.ndim} and {vecs.ndim} dimensions, not 1 and 2"
    if len(keys) != len(vecs):
        return f"{len(keys)} keys for {len(vecs)} vectors"
    if vecs.dtype.kind != "f":
        return f"vectors of type {vecs.dtype}"
    if not np.isfinite(vecs).all():
        return "vectors that are not finite numbers"
    return None


def _rows_to(vecs: np.ndarray, positions: list[int]) -> np.ndarray:
    """``vecs`` with row ``r`` moved to ``positions[r]`` (a permutation), in place: a large
    document's vectors are not copied to be put in order."""
    done = bytearray(len(positions))
    for start in range(len(positions)):
        if done[start] or positions[start] == start:
            continue
        row, at = vecs[start].copy(), positions[start]
        while not done[at] and at != start:  # follow the cycle, carrying one row
            row, vecs[at] = vecs[at].copy(), row
            done[at] = 1
            at = positions[at]
        vecs[start] = row
        done[start] = 1
    return vecs


def _key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


class CachedEmbedder:
    """Wraps an embedder; texts already seen with the same model are read from disk. A
    ``JoinedEncoder`` whatever it wraps: a joined run is cached under its joined text, and the
    others come from the inner embedder's ``encode_joined`` (composed when the inner embedder's
    latest ``encode`` call embedded their members, whole after a cache hit on them)."""

    def __init__(self, inner: Embedder, cache_dir: Path | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.dir = cache_dir or default_cache_dir()
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in inner.name)
        self.shards = self.dir / safe
        # The single-file cache of earlier versions: read, and merged away at compaction.
        self.legacy = self.dir / f"{safe}.npz"
        self._mem: dict[str, np.ndarray] | None = None
        self._files: list[Path] = []
        # Keys embedded by this process and saved, with their shard: read back only if asked
        # for again, so a large document's vectors are not held twice (here and by the caller).
        self._fresh: dict[str, Path] = {}
        # The vectors' width: the model's when it says (``dim``), else learnt from the cache.
        self._width: int | None = getattr(inner, "dim", None)
        # Whether ``_mem`` holds what the shards do not (vectors a full disk kept from being
        # saved, entries of another width dropped): then ``forget`` keeps it.
        self._own = False
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[str, np.ndarray]:
        if self._mem is None:
            self._mem = {}
            found = sorted(self.shards.glob("*.npz")) if self.shards.is_dir() else []
            for path in ([self.legacy] if self.legacy.exists() else []) + found:
                try:
                    with np.load(path, allow_pickle=False) as data:
                        keys, vecs = data["keys"], data["vecs"]
                    why = _valid(keys, vecs)
                except Exception as exc:  # an unreadable shard: skip it, it is only a cache
                    why = f"unreadable ({type(exc).__name__})"
                if why is not None:
                    _warn(f"ignoring embedding cache file {path}: {why}")
                    continue
                self._mem.update(zip(map(str, keys), vecs, strict=True))
                self._files.append(path)
        return self._mem

    def encode(self, texts: list[str]) -> np.ndarray:
        return self._lookup(texts, lambda todo: self.inner.encode([texts[i] for i in todo]))

    def encode_rows(self, texts: list[str], spill_bytes: float) -> np.ndarray | SpilledRows:
        """``encode``; vectors of at least ``spill_bytes`` come back as rows in a temporary
        file (``store.SpilledRows``), gathered into it a stretch at a time (a 20 MB + 31 MB
        pair's are 1.1 GB), and what the inner embedder computes for them too where it can
        (``base.encode_rows``)."""
        return self._lookup(
            texts,
            lambda todo: encode_rows(self.inner, [texts[i] for i in todo], spill_bytes),
            spill_bytes,
        )

    def encode_joined(self, runs: Sequence[Sequence[str]], seps: Sequence[str]) -> np.ndarray:
        """Cached like ``encode`` under the joined texts; the rest from the inner embedder's
        ``encode_joined`` (so a composed vector and an embedded one share one entry)."""
        texts = [sep.join(run) for run, sep in zip(runs, seps, strict=True)]
        return self._lookup(
            texts,
            lambda todo: encode_joined(
                self.inner, [runs[i] for i in todo], [seps[i] for i in todo]
            ),
        )

    def _lookup(self, texts: list[str], embed: Callable[[list[int]], np.ndarray],
                spill_bytes: float = np.inf) -> np.ndarray:
        """Vectors of ``texts``: those not cached are computed by ``embed`` (given their
        positions, each distinct text once) and saved. A result of at least ``spill_bytes``
        is gathered into a temporary file (``store.rows``)."""
        mem = self._load()
        keys = [_key(t) for t in texts]
        self._recall(mem, [k for k in keys if k in self._fresh])
        self._drop_other_widths(mem, keys)
        first: dict[str, int] = {}
        for i, k in enumerate(keys):
            if k not in mem:
                first.setdefault(k, i)
        todo = sorted(first.items())
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if not todo:
            if not texts:
                return self.inner.encode([])
            if len(texts) * mem[keys[0]].nbytes < spill_bytes:
                return np.stack([mem[k] for k in keys])
            out = rows((len(texts), len(mem[keys[0]])), mem[keys[0]].dtype, spill_bytes)
            for s in range(0, len(texts), GATHER_ROWS):
                out[s : s + GATHER_ROWS] = np.stack([mem[k] for k in keys[s : s + GATHER_ROWS]])
            return out
        vecs = embed([i for _, i in todo])
        if self._width is not None and vecs.shape[1] != self._width:
            # the cached vectors were of another width than the model's: recompute them all
            _warn(f"ignoring cached vectors of width {self._width}; the model gives "
                  f"{vecs.shape[1]}")
            for k in keys:
                mem.pop(k, None)
            self._own = True
            self._width = vecs.shape[1]
            return self._lookup(texts, embed, spill_bytes)
        self._width = vecs.shape[1]
        new = [k for k, _ in todo]
        saved = self._save(new, vecs)
        if not saved:  # a read-only or full disk: kept here for the run
            mem.update(zip(new, vecs, strict=True))
            self._own = True
        elif len(todo) == len(texts) and isinstance(vecs, np.ndarray):
            # all new, each once, held nowhere else: no copy
            return _rows_to(vecs, [i for _, i in todo])
        # What was just embedded is gathered in one step, the rest stacked from the cache
        # (stacking tens of thousands of rows one by one costs as much as a DP pass).
        # Both in stretches of GATHER_ROWS: a fancy-indexed copy of every row at once is a
        # temporary as large as the result (a corpus of repeated sentences: +1 GB at 500k).
        row = {k: r for r, k in enumerate(new)}
        out = rows((len(texts), vecs.shape[1]), vecs.dtype, spill_bytes)
        fresh = np.array([i for i, k in enumerate(keys) if k in row], dtype=np.intp)
        source = np.array([row[keys[i]] for i in fresh], dtype=np.intp)
        for s in range(0, len(fresh), GATHER_ROWS):
            out[fresh[s:s + GATHER_ROWS]] = vecs[source[s:s + GATHER_ROWS]]
        cached = [i for i, k in enumerate(keys) if k not in row]
        for s in range(0, len(cached), GATHER_ROWS):
            part = cached[s:s + GATHER_ROWS]
            out[part] = np.stack([mem[keys[i]] for i in part])
        if isinstance(vecs, SpilledRows):
            vecs.close()
        return out

    def forget(self) -> None:
        """Let go of the cache read into memory (every shard's vectors: 430 MB when a 20 MB +
        31 MB pair is checked again) until a lookup needs it and reads it again: a large pair's
        aligner calls this between its encodes, which are few, so that the score table and the
        checks do not sit on top of it. Nothing is let go while it holds vectors the shards do
        not (a disk that refused them)."""
        if self._own:
            return
        self._mem = None
        self._files = []
        self._fresh.clear()  # read back with every other shard

    def _drop_other_widths(self, mem: dict[str, np.ndarray], keys: list[str]) -> None:
        """Forget cached vectors of ``keys`` whose width is not the cache's (the model's when
        it has embedded something, else the most common): they are recomputed."""
        hits = [k for k in keys if k in mem]
        if not hits:
            return
        if self._width is None:
            widths: dict[int, int] = {}
            for k in hits:
                widths[len(mem[k])] = widths.get(len(mem[k]), 0) + 1
            self._width = max(widths, key=lambda w: widths[w])
        odd = [k for k in hits if len(mem[k]) != self._width]
        if odd:
            _warn(f"ignoring {len(odd)} cached vectors of the wrong width")
            for k in odd:
                del mem[k]
            self._own = True

    def _recall(self, mem: dict[str, np.ndarray], keys: list[str]) -> None:
        """Read the shards this process wrote that hold ``keys`` back into ``mem``."""
        for path in {self._fresh[k] for k in keys}:
            try:
                with np.load(path, allow_pickle=False) as data:
                    found, vecs = data["keys"], data["vecs"]
            except Exception:  # removed or damaged meanwhile: those texts are embedded again
                found, vecs = np.zeros(0, str), np.zeros((0, self._width or 0), np.float32)
            mem.update(zip(map(str, found), vecs, strict=True))
            for k in [k for k, p in self._fresh.items() if p == path]:
                del self._fresh[k]

    def _save(self, keys: list[str], vecs: np.ndarray) -> bool:
        """Write ``keys``/``vecs`` as a new shard (recorded in ``_fresh``); merge all shards
        into one past ``MAX_SHARDS``. False when they could not be written (a read-only or
        full disk only costs speed)."""
        try:
            self.shards.mkdir(parents=True, exist_ok=True)
            path = self._write(keys, vecs)
            self._files.append(path)
            self._fresh.update(dict.fromkeys(keys, path))
            if len(self._files) > MAX_SHARDS:
                held = self._mem if self._mem is not None else {}  # {} is falsy: no `or {}`
                self._recall(held, list(self._fresh))
                mem = {k: v for k, v in held.items() if len(v) == self._width}
                merged = self._write(list(mem), np.stack(list(mem.values())))
                for old in self._files:
                    old.unlink(missing_ok=True)
                self._files = [merged]
            return True
        except OSError:
            return False

    def _write(self, keys: list[str], vecs: np.ndarray) -> Path:
        fd, tmp = tempfile.mkstemp(dir=self.shards, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                if isinstance(vecs, SpilledRows):
                    _savez_rows(fh, np.array(keys), vecs)
                else:
                    np.savez(fh, keys=np.array(keys), vecs=np.asarray(vecs))
            path = Path(tmp).with_suffix(".npz")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path


def _savez_rows(fh: IO[bytes], keys: np.ndarray, vecs: SpilledRows) -> None:
    """``np.savez(fh, keys=keys, vecs=vecs)`` with the vectors read from their file a stretch
    at a time (the same archive ``np.load`` reads)."""
    fmt = np.lib.format
    with zipfile.ZipFile(fh, mode="w", compression=zipfile.ZIP_STORED, allowZip64=True) as z:
        with z.open("keys.npy", "w", force_zip64=True) as f:
            fmt.write_array(f, keys)
        with z.open("vecs.npy", "w", force_zip64=True) as f:
            header = {"descr": fmt.dtype_to_descr(vecs.dtype), "fortran_order": False,
                      "shape": vecs.shape}
            fmt.write_array_header_1_0(f, header)
            for s in range(0, len(vecs), GATHER_ROWS):
                f.write(vecs[s : s + GATHER_ROWS].tobytes())
