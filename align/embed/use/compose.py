"""Vectors of joined runs of sentences, composed from what ``encode`` kept of their members.

The network averages per-token features, and a token's features see only the tokens within
``RADIUS`` of it, so a text made by joining sentences the model has just embedded differs from
the sum of their pooled features only around the joints. A joined run of sentences then costs
the ~17 tokens at each joint instead of all its tokens, and gives the same vector as embedding
the joined text (to float rounding). ``encode`` keeps, per text, its feature sums over the whole
text, its head and its tail (``Pooled``, ``pooled_sums``); ``compose`` adds up a run from them
and from the network's features of the tokens around each joint.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from align.embed.store import SpillArray
from align.embed.use.network import DIM, RADIUS, Network, ProjectedOnce, batches

# A text's head: its start token and the first RADIUS + 1 pieces, the ones a joint in front of
# it can change (its first piece, which carries the word-start mark, may become another piece or
# none: "▁耶" becomes "耶" after a Chinese full stop, a lone "▁" is dropped).
_HEAD = RADIUS + 2
_MIN_CORE = 2 * RADIUS + 2  # a shorter member has no unchanged middle: it is recomputed
_TERMS_AT_ONCE = 8192

KeptRange = tuple[int, int, list[tuple[int, int, float]]]
"""``(start, end, terms)``: a stretch of a joined run's tokens and the kept sums, as
``(which sum, row, sign)``, that add up to its features."""


class Pooled:
    """What ``encode`` keeps of each text: its tokens, and its summed, projected token features
    over the whole text, over its head (the start token and the tokens a joint in front of it
    changes) and over its tail (the last RADIUS tokens and the end token). float16 halves the
    memory; the composed vectors stay within 1e-5 cosine of the direct ones. The sums of a
    large call (3 KB a text) wait in a temporary file (``store.SpillArray``): only the members
    of contested runs are read back."""

    def __init__(self, texts: list[str], tokens: list[np.ndarray]) -> None:
        self.row = {t: i for i, t in enumerate(texts)}
        self.tokens = tokens
        self.sums = SpillArray((3, len(texts), DIM), np.float16)  # whole, head, tail


def pooled_sums(
    net: Network, tokens: list[np.ndarray], lens: np.ndarray, projected: np.ndarray
) -> np.ndarray:
    """Projected feature sums (whole, head, tail) of one batch: shape (3, len(tokens), DIM).
    Heads and tails only of texts long enough to be composed (zero for the others)."""
    feats = net.features(np.concatenate(tokens), lens, projected)
    starts = np.cumsum(lens) - lens
    out = np.zeros((3, len(tokens), DIM), np.float32)
    whole = np.add.reduceat(feats, starts, axis=0)  # the spare zero row adds nothing
    out[0] = whole @ net.pool_w
    long = np.flatnonzero(lens >= _MIN_CORE + 2)
    if len(long):
        first, end = starts[long, None], (starts + lens)[long, None]
        head = feats[first + np.arange(_HEAD)].sum(axis=1)
        tail = feats[end - np.arange(RADIUS + 1, 0, -1)].sum(axis=1)
        out[1:, long] = (np.concatenate([head, tail]) @ net.pool_w).reshape(2, -1, DIM)
    return out


def compose(
    net: Network,
    kept: Pooled | None,
    runs: Sequence[Sequence[str]],
    joined: list[np.ndarray],
) -> np.ndarray:
    """The vectors of the joined runs (``joined``: each run's joined tokens), the same (to
    float rounding) as the network's on the joined texts. Where the joined tokens are the
    members' own back to back and ``kept`` holds the members, each member of at least
    ``_MIN_CORE`` pieces contributes its kept sums, and only the tokens around the joints (and
    any shorter member) go through the network; other runs go through whole."""
    kept_terms: list[tuple[int, int, int, float]] = []  # run, which sum, row, sign
    # Stretches to run through the network: tokens and target span, each distinct one once
    # (runs that overlap share joints), and the (window, run) pairs that add it up.
    windows: list[tuple[np.ndarray, int, int]] = []
    index: dict[tuple[bytes, int, int], int] = {}
    users: list[tuple[int, int]] = []
    for g, (run, seq) in enumerate(zip(runs, joined, strict=True)):
        ranges = kept_ranges(kept, run, seq)
        # what the kept sums leave out, with RADIUS tokens of context either side
        gaps, pos = [], 0
        for start, end, terms in ranges:
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
    for at in range(0, len(kept_terms), _TERMS_AT_ONCE):  # in slices: bounded memory
        g, which, row, sign = zip(*kept_terms[at : at + _TERMS_AT_ONCE], strict=True)
        assert kept is not None  # kept terms come from kept sums
        terms = kept.sums.take(np.array(which), np.array(row)).astype(np.float32)
        terms *= np.array(sign, np.float32)[:, None]
        runs_in = np.array(g)  # in run order: each run's terms are consecutive
        first = np.flatnonzero(np.r_[True, runs_in[1:] != runs_in[:-1]])
        pooled[runs_in[first]] += np.add.reduceat(terms, first, axis=0)
    users.sort()
    user_window = np.array([k for k, _ in users], dtype=np.int64)
    user_run = np.array([g for _, g in users], dtype=np.int64)
    wl = np.array([len(w[0]) for w in windows])
    projected = ProjectedOnce(net, [w[0] for w in windows])
    for part in batches(wl.tolist()):
        chosen = windows[part]
        size = int(wl[part].sum())
        starts = np.cumsum(wl[part]) - wl[part]
        targets = (starts[:, None] + np.array([w[1:] for w in chosen])).tolist()
        wanted = np.zeros(size, dtype=bool)
        for a, b in targets:
            wanted[a:b] = True
        feats = net.features(
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
        pooled[runs_here] += (adds @ feats[:size]) @ net.pool_w
    lens = np.array([len(seq) for seq in joined])
    for at in range(0, len(runs), _FINISH_ROWS):  # row by row: the same vectors in stretches
        pooled[at : at + _FINISH_ROWS] = net.finish(
            pooled[at : at + _FINISH_ROWS], lens[at : at + _FINISH_ROWS]
        )
    return pooled


_FINISH_ROWS = 1 << 13
"""Runs finished at a time: the head's layers are a few temporaries as large as its input."""


def kept_ranges(kept: Pooled | None, run: Sequence[str], seq: np.ndarray) -> list[KeptRange]:
    """The stretches ``[start, end)`` of ``seq`` (a joined run's tokens) whose features
    equal their member's own, each with the kept sums that add up to them as (which, row,
    sign); none when the run cannot be composed. A member's tokens reappear in ``seq``
    unchanged, except that the first piece of each after the first may become one other
    piece or none; its first and last RADIUS + 1 pieces see the joint and are left out."""
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
    out: list[KeptRange] = []
    for k, (row, size, start, end, head) in enumerate(found):
        if size < _MIN_CORE:
            continue
        first, last = k == 0, k == len(found) - 1
        terms = [(0, row, 1.0)] + ([] if first else [(1, row, -1.0)])
        terms += [] if last else [(2, row, -1.0)]
        out.append((0 if first else start + head, len(seq) if last else end - RADIUS, terms))
    return out
