"""Anchors: quantities and Latin tokens that a translation keeps, as evidence that two
sentences match.

Each sentence gets a small count vector of its anchors, hashed into ``DIM`` buckets, so the
number of anchors two groups of sentences share is a dot product of cumulative sums: linear time,
vectorised like the rest of the scoring. A hash collision can only add a spurious match between
two sentences that both have anchors, which is rare and cheap.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np

from align.numbers.en import extract_en
from align.numbers.tokens import latin_tokens
from align.numbers.zh import extract_zh

DIM = 128
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&'/-]*[A-Za-z0-9+]|[A-Za-z0-9]")


def zh_anchors(text: str) -> set[str]:
    """Values of the quantities (other than one, which English often leaves implicit) and the
    Latin tokens of a Chinese sentence."""
    keys = {_value(q.value) for q in extract_zh(text) if not q.weak and q.value != 1}
    keys |= {"t:" + t.lower() for t, _, _ in latin_tokens(text)}
    return keys


def en_anchors(text: str) -> set[str]:
    """The same keys for an English sentence: quantity values and every Latin word (a Chinese
    token matches the English word spelt the same)."""
    keys = {_value(q.value) for q in extract_en(text) if not q.weak and q.value != 1}
    keys |= {"t:" + w.lower() for w in _WORD.findall(text) if not w.isdigit()}
    return keys


def anchor_sums(keys: Iterable[set[str]], allowed: set[str] | None = None) -> np.ndarray:
    """Cumulative hashed count vectors: row ``i`` holds the anchors of sentences ``0..i-1``, so
    a group's vector is a difference of two rows. Only keys in ``allowed`` count."""
    rows = []
    for ks in keys:
        v = np.zeros(DIM, dtype=np.float32)
        for k in ks:
            if allowed is None or k in allowed:
                v[zlib.crc32(k.encode()) % DIM] += 1.0
        rows.append(v)
    out = np.zeros((len(rows) + 1, DIM), dtype=np.float32)
    if rows:
        np.cumsum(np.stack(rows), axis=0, out=out[1:])
    return out


def shared_anchor_sums(zt: list[str], et: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """``anchor_sums`` of both sides' sentences, keeping only keys that occur on both (None
    when there are none)."""
    zk = [zh_anchors(t) for t in zt]
    ek = [en_anchors(t) for t in et]
    shared = set().union(*zk) & set().union(*ek)
    if not shared:
        return None
    return anchor_sums(zk, shared), anchor_sums(ek, shared)


def _value(v: object) -> str:
    return "n:" + format(v, "f").rstrip("0").rstrip(".") if "." in format(v, "f") else f"n:{v}"
