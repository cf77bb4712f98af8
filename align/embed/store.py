"""Arrays too large to hold in memory for a whole run, kept in a temporary file instead.

A 20 MB + 31 MB pair has over half a million sentences; what the embedder keeps of each for the
contested-region encode (``use/compose.py``: three float16 sums of 512 values) is 1.7 GB there,
read back for a small share of the rows. ``SpillArray`` holds such an array in an anonymous
temporary file (unlinked as soon as it is created, so a failed or killed run leaves nothing
behind): rows are written with ``pwrite`` and read back through a memory map whose pages are
handed back after each read, so the array costs page cache, which the kernel may write out and
evict, not resident memory. Small arrays stay plain numpy arrays (no file, no system calls).
"""

from __future__ import annotations

import mmap
import os
import tempfile
from pathlib import Path
from typing import IO

import numpy as np

SPILL_BYTES = 64 * 2**20
"""Arrays of at least this many bytes go to a file; smaller ones stay in memory (the kept sums
of about 22,000 texts; the sentence vectors' limit, ``aligner.pipeline.SPILL_ROWS_BYTES``, is
the same)."""


def _mapped_file(size: int, folder: Path | None, prefix: str) -> tuple[IO[bytes], mmap.mmap]:
    """An anonymous temporary file of ``size`` bytes (sparse: it reads as zeros until written)
    and a memory map of it; the file is closed again if the map cannot be made."""
    file = tempfile.TemporaryFile(dir=folder, prefix=prefix)
    try:
        file.truncate(size)
        return file, mmap.mmap(file.fileno(), size)
    except BaseException:
        file.close()
        raise


class SpillArray:
    """A fixed-shape array written along its second axis (``write``) and read with a
    ``take`` along its first two; in a temporary file when it is at least ``spill_bytes``
    large. ``close`` (or the end of a ``with`` block) frees it; the file has no name, so there
    is nothing to remove even when the process dies."""

    def __init__(
        self,
        shape: tuple[int, ...],
        dtype: np.dtype | type,
        *,
        spill_bytes: int = SPILL_BYTES,
        folder: Path | None = None,
    ) -> None:
        self.shape, self.dtype = tuple(shape), np.dtype(dtype)
        nbytes = int(np.prod(shape)) * self.dtype.itemsize
        self._file = None
        self._map: mmap.mmap | None = None
        if nbytes < spill_bytes or nbytes == 0:
            self._array = np.zeros(shape, self.dtype)
            return
        self._file, self._map = _mapped_file(nbytes, folder, "align-spill-")
        self._array = np.ndarray(shape, self.dtype, buffer=self._map)
        self._strides = self._array.strides

    @property
    def spilled(self) -> bool:
        """Whether the array lives in a file."""
        return self._map is not None

    def write(self, rows: slice, values: np.ndarray) -> None:
        """``array[:, rows] = values`` (``rows`` a slice of the second axis without step)."""
        if self._map is None or self._file is None:
            self._array[:, rows] = values
            return
        values = np.ascontiguousarray(values, dtype=self.dtype)
        start = rows.indices(self.shape[1])[0]
        fd = self._file.fileno()
        for k in range(self.shape[0]):  # one contiguous stretch per index of the first axis
            os.pwrite(fd, values[k].tobytes(), k * self._strides[0] + start * self._strides[1])

    def take(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """``array[first, second]``, a copy in memory."""
        out = np.array(self._array[first, second])
        if self._map is not None:
            self._map.madvise(mmap.MADV_DONTNEED)  # the pages read stay in the page cache only
        return out

    def close(self) -> None:
        """Free the array (and its file)."""
        self._array = np.zeros((0,) * len(self.shape), self.dtype)
        if self._map is not None:
            self._map.close()
            self._map = None
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> SpillArray:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def rows(shape: tuple[int, ...], dtype: np.dtype | type, spill_bytes: int
         ) -> np.ndarray | SpilledRows:
    """An array of ``shape`` to be filled row by row: in memory (zeros), or ``SpilledRows``
    when it is at least ``spill_bytes`` large."""
    if int(np.prod(shape)) * np.dtype(dtype).itemsize >= spill_bytes:
        return SpilledRows(shape, dtype)
    return np.zeros(shape, dtype)


def take_rows(source: np.ndarray | SpilledRows, index: np.ndarray, spill_bytes: float
              ) -> np.ndarray | SpilledRows:
    """``source[index]`` (whole rows), copied a stretch at a time into an array, or into
    ``SpilledRows`` when it takes at least ``spill_bytes``."""
    index = np.asarray(index, dtype=np.intp)
    if isinstance(source, np.ndarray) and len(index) * source[:1].nbytes < spill_bytes:
        return source[index]
    out = rows((len(index), *source.shape[1:]), source.dtype, spill_bytes)
    for start in range(0, len(index), _TAKE_ROWS):
        out[start : start + _TAKE_ROWS] = source[index[start : start + _TAKE_ROWS]]
    return out


_TAKE_ROWS = 1 << 13
# What a read releases is widened to whole stretches of this many bytes (a multiple of the
# page size, of the kernel's fault-around window and of a large folio).
_RELEASE_ALIGN = 1 << 21
# Rows read this far apart or further are read from the file, not through its map.
_SCATTERED_BYTES = 1 << 16


class SpilledRows:
    """A 2-D array's rows in an anonymous temporary file, read as an array is read (a slice,
    an index or an array of row numbers; always a copy in memory) by code that only reads
    rows: the aligner's sentence vectors while its passes run. The pages a read touched are
    handed back at once, so resident memory holds only what a caller keeps."""

    def __init__(
        self, shape: tuple[int, ...], dtype: np.dtype | type, folder: Path | None = None
    ) -> None:
        self.shape, self.dtype = tuple(shape), np.dtype(dtype)
        self.ndim = len(self.shape)
        self._row_bytes = int(np.prod(self.shape[1:])) * self.dtype.itemsize
        size = max(1, self.shape[0] * self._row_bytes)
        self._file, self._map = _mapped_file(size, folder, "align-rows-")
        self._view = np.ndarray(self.shape, self.dtype, buffer=self._map)

    @classmethod
    def of(cls, values: np.ndarray, folder: Path | None = None) -> SpilledRows:
        """The rows of ``values`` in a new file."""
        rows = cls(values.shape, values.dtype, folder)
        step = max(1, (64 * 2**20) // max(1, rows._row_bytes))  # 64 MB per write
        for start in range(0, len(values), step):
            rows.write(start, values[start : start + step])
        return rows

    def write(self, start: int, values: np.ndarray) -> None:
        """Rows ``start, start + 1, ...`` become ``values`` (written to the file, not mapped
        in)."""
        data = np.ascontiguousarray(values, dtype=self.dtype).tobytes()
        os.pwrite(self._file.fileno(), data, start * self._row_bytes)

    def __setitem__(self, index: slice | np.ndarray | list[int], values: np.ndarray) -> None:
        """``rows[index] = values`` as for an array: a slice without step is written to the
        file; other indices are written through the map, whose pages are handed back after
        (written pages stay in the file's page cache, not in resident memory)."""
        if isinstance(index, slice) and index.step in (None, 1):
            start, stop, _ = index.indices(len(self))
            values = np.broadcast_to(np.asarray(values, dtype=self.dtype),
                                     (max(0, stop - start), *self.shape[1:]))
            self.write(start, values)
            return
        self._view[index] = values
        rows = np.arange(len(self))[index] if isinstance(index, slice) else np.asarray(index)
        if rows.size:
            rows = np.where(rows < 0, rows + len(self), rows)
            self._release(int(rows.min()), int(rows.max()) + 1)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, index: int | slice | np.ndarray | list[int]) -> np.ndarray:
        if not isinstance(index, (int, np.integer, slice)):
            rows = np.asarray(index)
            if rows.ndim == 1 and rows.dtype.kind in "iu" and self._scattered(rows):
                return self._read_rows(rows)
        out = np.array(self._view[index])
        if isinstance(index, slice):
            start, stop, _ = index.indices(len(self))
            lo, hi = min(start, stop), max(start, stop) + 1
        else:
            rows = np.asarray(index)
            if rows.size == 0:
                return out
            rows = np.where(rows < 0, rows + len(self), rows)
            lo, hi = int(rows.min()), int(rows.max()) + 1
        self._release(lo, min(hi, len(self)))
        return out

    def _scattered(self, rows: np.ndarray) -> bool:
        """Whether ``rows`` lie on average ``_SCATTERED_BYTES`` or more apart: read through
        the map, each would bring in the large stretch of the file around it (a few thousand
        rows sampled across a 600 MB file mapped all of it, resident until released)."""
        if rows.size == 0:
            return False
        span = int(rows.max()) - int(rows.min()) + 1
        return span * self._row_bytes >= rows.size * _SCATTERED_BYTES

    def _read_rows(self, rows: np.ndarray) -> np.ndarray:
        """``rows`` read from the file one by one (``os.preadv``), not through the map."""
        n = len(self)
        rows = np.where(rows < 0, rows + n, rows)
        if rows.min() < 0 or rows.max() >= n:
            raise IndexError(f"row index out of range for {n} rows")
        out = np.empty((len(rows), *self.shape[1:]), self.dtype)
        flat = out.reshape(len(rows), -1)
        fd = self._file.fileno()
        for k, r in enumerate(rows.tolist()):
            got = os.preadv(fd, [memoryview(flat[k]).cast("B")], r * self._row_bytes)
            if got != self._row_bytes:
                raise OSError(f"short read of row {r}: {got} of {self._row_bytes} bytes")
        return out

    def _release(self, lo: int, hi: int) -> None:
        """Hand back the pages of rows ``lo..hi`` (they stay in the page cache), and those
        around them that a read maps as well: a fault maps the neighbouring pages the page
        cache holds (fault-around, a large folio whole), so releasing only the rows read left
        a few pages at each end of every read resident (on the 20 MB + 31 MB pair, 275 MB of
        the vector files while the score table was built, counted in RSS as RssFile)."""
        first = lo * self._row_bytes // _RELEASE_ALIGN * _RELEASE_ALIGN
        end = min(len(self._map), -(-hi * self._row_bytes // _RELEASE_ALIGN) * _RELEASE_ALIGN)
        if end > first:
            self._map.madvise(mmap.MADV_DONTNEED, first, end - first)

    def __array__(self, dtype: np.dtype | None = None, copy: bool | None = None) -> np.ndarray:
        """All rows in memory (for code that needs a real array)."""
        return self[:] if dtype is None else self[:].astype(dtype)

    def close(self) -> None:
        self._view = np.zeros((0,) * self.ndim, self.dtype)
        self._map.close()
        self._file.close()
