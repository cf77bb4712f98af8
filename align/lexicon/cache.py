"""Where the lexicon keeps its built index (``align.paths.cache_dir``, the folder the embedding
cache uses too), and the packed file format it is kept in."""

from __future__ import annotations

import json
import mmap
import os
import struct
import sys
import tempfile
import zlib
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import overload

# ---------------------------------------------------------------- packed, memory-mapped tables
# A built index is one file of named sections (a small JSON header, then raw bytes), read by
# memory-mapping it: opening costs a few milliseconds whatever its size, and a lookup reads only
# the pages it touches. Strings are stored as one UTF-8 blob with record offsets; a string table
# can carry an open-addressing hash table (CRC-32 of the UTF-8 bytes, linear probing), so
# membership needs no Python dict built at load time.

_MAGIC = b"ALIGNIDX"
_HEAD = struct.Struct("<8sII")  # magic, format, header length


class Strings(Sequence[str]):
    """Records ``0 .. n-1`` of a packed string table; a record is decoded when read."""

    def __init__(self, blob: memoryview, offsets: memoryview,
                 slots: memoryview | None = None) -> None:
        self._blob = blob
        self._off = offsets  # n + 1 entries: record i is blob[off[i] : off[i + 1] - 1]
        self._slots = slots
        self._mask = len(slots) - 1 if slots is not None else 0

    def __len__(self) -> int:
        return len(self._off) - 1

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        return str(self._blob[self._off[i] : self._off[i + 1] - 1], "utf-8")

    def all(self) -> list[str]:
        """Every record at once (one decode and one split: faster than reading them singly)."""
        return str(self._blob, "utf-8").split("\n")[: len(self)]

    def find(self, text: str) -> int:
        """The number of the record ``text``, or -1 (a table packed with ``find=True``)."""
        slots, off, blob = self._slots, self._off, self._blob
        if slots is None:
            raise TypeError("this table has no hash index")
        key = text.encode("utf-8")
        i = zlib.crc32(key) & self._mask
        while True:
            k = slots[i]
            if k == 0:
                return -1
            k -= 1
            if blob[off[k] : off[k + 1] - 1] == key:
                return k
            i = (i + 1) & self._mask


def pack_strings(name: str, records: Sequence[str], find: bool = False) -> dict[str, bytes]:
    """The sections of a string table (``name``, its offsets and, with ``find``, its hash
    index). Records must not contain a newline."""
    blob = "".join(r + "\n" for r in records).encode("utf-8")
    offsets = array("I", [0])
    at = 0
    for r in records:
        at += len(r.encode("utf-8")) + 1
        offsets.append(at)
    out = {name: blob, f"{name}.off": offsets.tobytes()}
    if find:
        size = 1 << max(4, (2 * len(records)).bit_length())  # at most half full
        slots = array("I", bytes(4 * size))
        mask = size - 1
        for k, r in enumerate(records):
            i = zlib.crc32(r.encode("utf-8")) & mask
            while slots[i]:
                i = (i + 1) & mask
            slots[i] = k + 1
        out[f"{name}.slots"] = slots.tobytes()
    return out


def pack(fmt: int, sections: dict[str, bytes]) -> bytes:
    """One file of named sections, each aligned to 8 bytes."""
    names = list(sections)
    where: dict[str, list[int]] = {}
    at = 0
    for name in names:
        where[name] = [at, len(sections[name])]
        at += -(-len(sections[name]) // 8) * 8
    header = json.dumps({"byteorder": sys.byteorder, "sections": where}).encode("utf-8")
    header += b" " * (-(_HEAD.size + len(header)) % 8)
    parts = [_HEAD.pack(_MAGIC, fmt, len(header)), header]
    for name in names:
        parts.append(sections[name])
        parts.append(b"\0" * (-len(sections[name]) % 8))
    return b"".join(parts)


class Packed:
    """The sections of a packed file (``pack``), over a memory map or bytes."""

    def __init__(self, buffer: bytes | mmap.mmap, fmt: int) -> None:
        view = memoryview(buffer)
        magic, found, size = _HEAD.unpack_from(view)
        if magic != _MAGIC or found != fmt:
            raise ValueError(f"not an index of format {fmt}")
        header = json.loads(bytes(view[_HEAD.size : _HEAD.size + size]))
        if header.get("byteorder") != sys.byteorder:
            raise ValueError("an index written on a machine of the other byte order")
        base = _HEAD.size + size
        self._buffer = buffer  # kept alive as long as the views are
        self._sections: dict[str, memoryview] = {}
        for name, (at, length) in header["sections"].items():
            if base + at + length > len(view):
                raise ValueError("a truncated index")
            self._sections[name] = view[base + at : base + at + length]

    def __contains__(self, name: str) -> bool:
        return name in self._sections

    def raw(self, name: str) -> memoryview:
        """The bytes of a section."""
        return self._sections[name]

    def strings(self, name: str) -> Strings:
        """A string table packed by ``pack_strings``."""
        slots = self._sections.get(f"{name}.slots")
        return Strings(
            self._sections[name],
            self._sections[f"{name}.off"].cast("I"),
            slots.cast("I") if slots is not None else None,
        )


def read_packed(path: Path, fmt: int) -> Packed:
    """A packed file, memory-mapped (read whole where mapping fails). Raises ``OSError`` or
    ``ValueError`` when it is missing, unreadable or not of format ``fmt``."""
    with open(path, "rb") as handle:
        try:
            buffer: bytes | mmap.mmap = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # an empty file, or a file system without mmap
            buffer = handle.read()
    try:
        return Packed(buffer, fmt)
    except (ValueError, struct.error, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: {exc}") from exc


def write_cache_file(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename (a reader never sees a
    partial file). False when the folder cannot be written (a read-only cache)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
