"""Monotone sentence alignment (the ``align`` stage of the pipeline).

``align_documents(zh, en, embedder) -> AlignResult``: every sentence of both documents is
embedded once (one ``encode`` call). Small pairs are aligned exactly; for long ones a coarse path
is found on blocks of 2^L sentences and refined level by level inside a band around it, so time
and memory grow linearly. The final pass chooses among the ``BEADS`` shapes by the centred
cosine of the two sides, a length prior, a skip cost, costs for starting inside a quotation or
crossing a paragraph/speaker turn on one side only, and a bonus for ending both sides with the
same question or exclamation mark (``score.py``, ``punctuation.py``). Group
vectors are sums of member vectors, except for the groups of beads that the first
forward-backward pass finds contested (on a path within ``refine_gap`` of the best): their
joined texts are embedded (``encode_joined``: the default model composes them from the first
call's pooled features and the few tokens at each joint), and the first and last clauses of the
Chinese sentences around contested cuts in a second, small ``encode`` call; the clauses add
clause-level evidence there (``clauses.py``). The first path also fits the length prior's
weight to the document; then the path is found again.
``looks_like_translation`` tells a real translation from two unrelated documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from align.aligner.anchors import anchor_sums, en_anchors, zh_anchors
from align.aligner.clauses import boundary_evidence, zh_head_tail
from align.aligner.dp import Band, ScoreTable, Step, band_around, best_path, full_band, path_scores
from align.aligner.punctuation import end_marks, inside_quotes
from align.aligner.score import (
    BeadScorer,
    GroupTables,
    ScoreParams,
    boundary_counts,
    group_tables,
    group_vectors,
)
from align.embed.base import Embedder, encode_joined
from align.model import AlignError, Bead, Document
from align.vectors import normalise

BEADS: tuple[tuple[int, int], ...] = (
    (1, 1),
    (1, 2),
    (2, 1),
    (1, 3),
    (3, 1),
    (2, 2),
    (1, 4),
    (4, 1),
    (2, 3),
    (3, 2),
    (1, 5),
    (1, 0),
    (0, 1),
)
COARSE_BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


@dataclass(frozen=True)
class AlignConfig:
    """How the aligner runs. The defaults are what the product uses; benchmarks vary them."""

    score: ScoreParams = field(default_factory=ScoreParams)
    beads: tuple[tuple[int, int], ...] = BEADS
    # Group vectors: "sum" combines member embeddings; "encode" embeds the joined sentences.
    groups: str = "sum"
    # Remove each side's mean vector before comparing (what all sentences of one language
    # share is not evidence that two of them match).
    center: bool = True
    # Selective re-encoding: after a first pass on summed group vectors, the joined texts of the
    # multi-sentence groups of beads whose best path scores within ``refine_gap`` of the best
    # one are embedded and the path is found again; at most ``refine_share`` extra texts per
    # sentence (the closest contenders first). 0 turns it off. The same gap decides where
    # clause evidence is added (``ScoreParams.clause_weight``): at the Chinese boundaries where
    # such paths cut differently or that a re-encoded group spans.
    refine_gap: float = 0.2
    refine_share: float = 0.4
    # Fit the length prior to the document: after the first pass its weight becomes
    # ``length_weight * (length_sigma / s) ** 2``, where ``s`` is the root mean square length
    # misfit of the first path's two-sided beads (clipped to half..twice ``length_sigma``), so a
    # translation whose sentence lengths vary freely (dialogue, loose literary translation)
    # leans less on length. 0 keeps the weight fixed. 0.25 is the typical misfit of MAC-Dev's
    # gold beads.
    length_sigma: float = 0.25
    # Pairs with at most this many lattice points are aligned exactly (no band).
    full_limit: int = 250_000
    # Coarsest level of the pyramid has at most this many blocks per side.
    coarse_size: int = 256
    # Half-width of the band around the projected path, in lattice points of each level: the
    # final pass's band, and the bands of the coarser levels, whose paths only guide the next
    # level (4 gives the same final band as 8 on the Bible prefixes, in less time).
    width: int = 8
    coarse_width: int = 4


@dataclass(frozen=True)
class AlignResult:
    """The alignment and what the next stages reuse.

    ``beads`` are monotone and cover every sentence of both sides exactly once, with 0-based
    sentence ids; ``zh_vectors``/``en_vectors`` are the per-sentence unit embeddings;
    ``translation_score`` is how much the pair looks like a translation (see
    ``looks_like_translation``).
    """

    beads: tuple[Bead, ...]
    zh_vectors: np.ndarray = field(repr=False)
    en_vectors: np.ndarray = field(repr=False)
    translation_score: float
    model: str = ""


def align_documents(
    zh: Document, en: Document, embedder: Embedder, *, config: AlignConfig | None = None
) -> AlignResult:
    """Align the sentences of ``zh`` with those of ``en`` (see the module docstring)."""
    cfg = config or AlignConfig()
    if not zh.segments or not en.segments:
        side = "Chinese" if not zh.segments else "English"
        raise AlignError(f"the {side} document has no sentences")
    zt = [s.text for s in zh.segments]
    et = [s.text for s in en.segments]
    zv, ev, zg, eg, means = _embed(zt, et, embedder, cfg)
    zl = np.array([_zh_chars(t) for t in zt], dtype=np.float64)
    el = np.array([len(t) for t in et], dtype=np.float64)
    anchors = _anchors(zt, et) if cfg.score.anchor_weight else None
    zb = boundary_counts([(s.paragraph, s.speaker) for s in zh.segments])
    eb = boundary_counts([(s.paragraph, s.speaker) for s in en.segments])
    # Only when both sides mark paragraphs or turns (one sentence per line marks none).
    bounds = (zb, eb) if zb[-1] and eb[-1] else None
    quotes = (inside_quotes(zt, "zh"), inside_quotes(et, "en")) if cfg.score.quote_cost else None
    ends = (end_marks(zt), end_marks(et)) if cfg.score.end_mark_bonus else None
    scorer = BeadScorer(zg, eg, zl, el, cfg.score, anchors, bounds, quotes, ends)
    n, m = len(zt), len(et)
    if (n + 1) * (m + 1) <= cfg.full_limit:
        band = full_band(n, m)
    else:
        band = _coarse_band(zg[1], eg[1], cfg)
    table = ScoreTable(band, cfg.beads, scorer)
    groups: list[Group] = []
    rows = np.zeros(0, dtype=np.int64)
    refine = cfg.refine_share > 0 and cfg.groups == "sum"
    if refine or cfg.score.clause_weight:
        fwd, bwd, steps = path_scores(band, cfg.beads, table)
        if refine:
            ranked = _contested_groups(band, table, cfg, (fwd, bwd))
            groups = ranked[: int(cfg.refine_share * (len(zt) + len(et)))]
        if cfg.score.clause_weight:
            rows = _contested_rows(band, fwd, bwd, cfg.refine_gap, groups)
    else:
        steps = best_path(band, cfg.beads, table)
    # Both use the first path's scores; the final path sees the fitted prior and new groups.
    changed = _fit_length_prior(steps, scorer, table, cfg)
    if groups or len(rows):
        heads, tails = _second_encode(groups, rows, (zt, et), (zg, eg), means, embedder)
        table.refresh(
            {(s, k) for side, s, k in groups if side == "zh"},
            {(s, k) for side, s, k in groups if side == "en"},
        )
        if len(rows):
            table.add_at_start(
                cfg.score.clause_weight * _row_evidence(band, rows, eg[1], heads, tails)
            )
        changed = True
    if changed:
        steps = best_path(band, cfg.beads, table)
    beads = _beads(steps, zv, ev)
    return AlignResult(
        beads=beads,
        zh_vectors=zv,
        en_vectors=ev,
        translation_score=translation_score(beads, zv, ev),
        model=getattr(embedder, "name", ""),
    )


def looks_like_translation(result: AlignResult) -> tuple[bool, str]:
    """Whether the aligned pair is plausibly a translation; when not, a one-line reason."""
    if result.translation_score >= MIN_TRANSLATION_SCORE:
        return True, ""
    return False, (
        f"the two documents do not look like translations of each other (aligned sentences "
        f"are barely more similar than random pairs: score {result.translation_score:.2f} < "
        f"{MIN_TRANSLATION_SCORE})"
    )


MIN_TRANSLATION_SCORE = 0.15


def translation_score(beads: tuple[Bead, ...], zv: np.ndarray, ev: np.ndarray) -> float:
    """Mean similarity of aligned sentences minus that of unrelated sentence pairs, times the
    share of sentences that found a partner: about 0.3-0.6 for a translation, near 0 for two
    unrelated texts (whose best path is mostly one-sided beads or chance matches)."""
    two = [b for b in beads if b.zh and b.en]
    n, m = len(zv), len(ev)
    if not two:
        return 0.0
    aligned = float(np.median([b.score for b in two]))
    # Baseline: pairs from different beads, a fixed sample so long documents stay linear.
    bead_of_zh = np.empty(n, dtype=np.int64)
    bead_of_en = np.empty(m, dtype=np.int64)
    for k, b in enumerate(beads):
        bead_of_zh[list(b.zh)] = k
        bead_of_en[list(b.en)] = k
    rng = np.random.default_rng(0)
    zi = rng.integers(0, n, 4000)
    ej = rng.integers(0, m, 4000)
    apart = bead_of_zh[zi] != bead_of_en[ej]
    if not apart.any():
        return aligned
    random = float(np.einsum("ij,ij->i", zv[zi[apart]], ev[ej[apart]]).mean())
    paired = sum(len(b.zh) + len(b.en) for b in two) / (n + m)
    return (aligned - random) * paired


def _embed(
    zt: list[str], et: list[str], embedder: Embedder, cfg: AlignConfig
) -> tuple[
    np.ndarray, np.ndarray, GroupTables, GroupTables, tuple[np.ndarray, ...]
]:
    """Sentence vectors as the model gives them, the (centred) group vectors of every size
    the beads need, from one ``encode`` call, and the two means removed (zero if not
    centring)."""
    kz = max(a for a, _ in cfg.beads)
    ke = max(b for _, b in cfg.beads)
    texts = zt + et
    spans: list[tuple[str, int, int, int]] = []  # side, k, start in texts, count
    if cfg.groups == "encode":
        for side, sents, kmax, sep in (("zh", zt, kz, ""), ("en", et, ke, " ")):
            for k in range(2, kmax + 1):
                joined = [sep.join(sents[s : s + k]) for s in range(len(sents) - k + 1)]
                spans.append((side, k, len(texts), len(joined)))
                texts += joined
    elif cfg.groups != "sum":
        raise ValueError(f"unknown group mode {cfg.groups!r}")
    vecs = normalise(embedder.encode(texts), in_place=True)
    raw_z, raw_e = vecs[: len(zt)], vecs[len(zt) : len(zt) + len(et)]
    zv, ev = raw_z, raw_e
    zmean = emean = np.zeros(vecs.shape[1], dtype=np.float32)
    if cfg.center:
        zmean, emean = zv.mean(axis=0), ev.mean(axis=0)
        zv, ev = normalise(zv - zmean, in_place=True), normalise(ev - emean, in_place=True)
    zg: GroupTables = {1: zv, **group_tables(zv, range(2, kz + 1))}
    eg: GroupTables = {1: ev, **group_tables(ev, range(2, ke + 1))}
    for side, k, s, c in spans:
        mean = zmean if side == "zh" else emean
        (zg if side == "zh" else eg)[k] = normalise(vecs[s : s + c] - mean)
    return raw_z, raw_e, zg, eg, (zmean, emean)


def _fit_length_prior(
    steps: list[Step], scorer: BeadScorer, table: ScoreTable, cfg: AlignConfig
) -> bool:
    """Re-weight the length prior of ``scorer`` and ``table`` from the misfit of the path
    ``steps`` (see ``AlignConfig.length_sigma``); whether the scores changed."""
    old = scorer.p.length_weight
    two = np.array([(i1 - i0, j1 - j0, i1, j1) for i0, i1, j0, j1 in steps if i1 > i0 and j1 > j0])
    if not cfg.length_sigma or not old or len(two) < MIN_FIT_BEADS:
        return False
    misfit = scorer.length_misfit(two[:, 0], two[:, 1], two[:, 2], two[:, 3])
    sigma = float(np.sqrt(np.mean(misfit * misfit)))
    sigma = min(max(sigma, cfg.length_sigma / 2), cfg.length_sigma * 2)
    new = old * (cfg.length_sigma / sigma) ** 2
    table.add(lambda a, b, i, j: (old - new) * scorer.length_misfit(a, b, i, j) ** 2)
    scorer.p = replace(scorer.p, length_weight=new)
    return True


MIN_FIT_BEADS = 20
"""Fewer two-sided beads than this keep the length prior's weight as configured."""


def _anchors(zt: list[str], et: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """Cumulative anchor vectors of both sides, keeping only keys that occur on both."""
    zk = [zh_anchors(t) for t in zt]
    ek = [en_anchors(t) for t in et]
    shared = set().union(*zk) & set().union(*ek)
    if not shared:
        return None
    return anchor_sums(zk, shared), anchor_sums(ek, shared)


Group = tuple[str, int, int]
"""A run of ``k`` sentences of one side from ``start``: ``(side, start, k)``."""


def _contested_groups(
    band: Band,
    table: ScoreTable,
    cfg: AlignConfig,
    scores: tuple[np.ndarray, np.ndarray],
) -> list[Group]:
    """Multi-sentence groups of the beads that lie on a path scoring within ``refine_gap`` of
    the best one (max-marginals from the forward and backward ``scores``), closest first."""
    fwd, bwd = scores
    top = fwd[-1]
    ii, jj = band.points
    gap: dict[Group, float] = {}
    for a, b in cfg.beads:
        if a == 0 or b == 0 or max(a, b) < 2:
            continue
        ok, start = band.predecessors(a, b)
        if not ok.any():
            continue
        i, j = ii[ok], jj[ok]
        total = fwd[start] + table(a, b, i, j) + bwd[ok]
        near = top - total <= cfg.refine_gap
        for g_i, g_j, d in zip(i[near] - a, j[near] - b, (top - total)[near], strict=True):
            for key in (("zh", int(g_i), a), ("en", int(g_j), b)):
                if key[2] >= 2 and gap.get(key, np.inf) > d:
                    gap[key] = float(d)
    return sorted(gap, key=gap.__getitem__)


def _contested_rows(
    band: Band, fwd: np.ndarray, bwd: np.ndarray, gap: float, groups: list[Group]
) -> np.ndarray:
    """The Chinese boundaries (lattice rows ``1..n-1``) where paths scoring within ``gap`` of
    the best disagree: the row holds two or more points of such paths, or such a path has a
    bead whose Chinese side spans the row. Elsewhere every near-best path cuts the Chinese
    text at the same point, so evidence about that cut cannot change the choice."""
    ii, _ = band.points
    near = fwd + bwd >= fwd[-1] - gap
    n = band.n
    contested = np.bincount(ii[near], minlength=n + 1) >= 2
    for side, start, k in groups:
        if side == "zh":
            contested[start + 1 : start + k] = True
    contested[0] = contested[n] = False
    return np.flatnonzero(contested)


def _second_encode(
    groups: list[Group],
    rows: np.ndarray,
    texts: tuple[list[str], list[str]],
    tables: tuple[GroupTables, GroupTables],
    means: tuple[np.ndarray, ...],
    embedder: Embedder,
) -> tuple[np.ndarray, np.ndarray]:
    """What the contested regions need: the joined texts of ``groups`` (``encode_joined``),
    whose vectors replace the summed ones in the (zh, en) group ``tables``, and the first
    clause of each Chinese sentence after a contested boundary in ``rows`` and the last clause
    of each one before it (one ``encode`` call). Returns the head and tail clause vectors of
    every Chinese sentence (its own vector where it has one clause or none was needed); all
    vectors are centred like the single sentences."""
    side_of = {"zh": 0, "en": 1}
    zt = texts[0]
    runs = [texts[side_of[side]][s : s + k] for side, s, k in groups]
    seps = ["" if side == "zh" else " " for side, _s, _k in groups]
    # Only the clauses that touch a cut: the head of the sentence after it, the tail of the
    # one before it.
    split = {t: zh_head_tail(zt[t]) for t in {*rows.tolist(), *(rows - 1).tolist()}}
    head_of = [t for t in rows.tolist() if split[t]]
    tail_of = [t - 1 for t in rows.tolist() if split[t - 1]]
    clauses = [split[t][0] for t in head_of] + [split[t][1] for t in tail_of]
    if not runs and not clauses:
        return tables[0][1], tables[0][1]
    # The runs first: an embedder may compose them from what it kept of the first call.
    parts = [encode_joined(embedder, runs, seps)] if runs else []
    parts += [embedder.encode(clauses)] if clauses else []
    vecs = normalise(np.concatenate(parts).astype(np.float32, copy=False), in_place=True)
    sides = np.array([side_of[side] for side, _s, _k in groups] + [0] * len(clauses), dtype=int)
    vecs -= np.stack(means)[sides]
    normalise(vecs, in_place=True)
    for (side, s, k), v in zip(groups, vecs[: len(groups)], strict=True):
        tables[side_of[side]][k][s] = v
    zv = tables[0][1]
    heads, tails = zv, zv
    if head_of:
        heads = zv.copy()
        heads[head_of] = vecs[len(runs) : len(runs) + len(head_of)]
    if tail_of:
        tails = zv.copy()
        tails[tail_of] = vecs[len(runs) + len(head_of) :]
    return heads, tails


def _row_evidence(
    band: Band, rows: np.ndarray, ev: np.ndarray, heads: np.ndarray, tails: np.ndarray
) -> np.ndarray:
    """``clauses.boundary_evidence`` at every banded point of ``rows``, 0 elsewhere (flat)."""
    ii, jj = band.points
    out = np.zeros(len(ii))
    sel = np.isin(ii, rows)
    out[sel] = boundary_evidence(ii[sel], jj[sel], ev, heads, tails)
    return out


def _coarse_band(zv: np.ndarray, ev: np.ndarray, cfg: AlignConfig) -> Band:
    """Band for the final pass: the best path over averaged blocks of 2^L sentences, refined
    level by level inside a band around the previous level's path (as Vecalign does)."""
    pyramid = [(zv, ev)]
    while max(len(pyramid[-1][0]), len(pyramid[-1][1])) > cfg.coarse_size:
        z, e = pyramid[-1]
        pyramid.append((_halve(z), _halve(e)))
    band: Band | None = None
    steps: list[Step] = []
    for level in range(len(pyramid) - 1, 0, -1):
        z, e = pyramid[level]
        n, m = len(z), len(e)
        if band is None:
            band = full_band(n, m)
        scorer = BeadScorer(
            {1: z, 2: group_vectors(z, 2)},
            {1: e, 2: group_vectors(e, 2)},
            np.ones(n),
            np.ones(m),
            ScoreParams(margin=True, skip=cfg.score.skip),
        )
        steps = best_path(band, COARSE_BEADS, scorer)
        fz, fe = pyramid[level - 1]
        band = _project(steps, len(fz), len(fe), cfg.width if level == 1 else cfg.coarse_width)
    assert band is not None
    return band


def _halve(v: np.ndarray) -> np.ndarray:
    """Unit-length sums of consecutive pairs of rows (the last row alone when odd)."""
    if len(v) % 2:
        v = np.concatenate([v, np.zeros((1, v.shape[1]), dtype=v.dtype)])
    return normalise(v[0::2] + v[1::2])


def _project(steps: list[Step], n: int, m: int, width: int) -> Band:
    """Band on the twice finer lattice around the boxes the coarse beads cover."""
    s = np.asarray(steps, dtype=np.int64)
    rows = np.minimum(np.stack([2 * s[:, 0], 2 * s[:, 1]], axis=1), n)
    cols = np.minimum(np.stack([2 * s[:, 2], 2 * s[:, 3]], axis=1), m)
    return band_around(rows, cols, n, m, width)


def _beads(steps: list[Step], zv: np.ndarray, ev: np.ndarray) -> tuple[Bead, ...]:
    """The beads with their scores: the plain cosine of the sums of each side's sentence
    vectors (0 for one-sided beads), all beads at once."""
    s = np.asarray(steps, dtype=np.int64).reshape(-1, 4)
    scores = np.einsum(
        "ij,ij->i",
        normalise(_run_sums(zv, s[:, 0], s[:, 1])),
        normalise(_run_sums(ev, s[:, 2], s[:, 3])),
    )  # an empty side sums to zero, so a one-sided bead scores 0
    return tuple(
        Bead(zh=tuple(range(i0, i1)), en=tuple(range(j0, j1)), score=float(score))
        for (i0, i1, j0, j1), score in zip(steps, scores, strict=True)
    )


def _run_sums(v: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Sums of the rows ``v[starts[k]:ends[k]]``: one gather per position in a run, since
    runs are a few rows long (``np.add.reduceat`` is far slower on rows)."""
    sizes = ends - starts
    out = np.zeros((len(starts), v.shape[1]), dtype=np.float32)
    for t in range(int(sizes.max(initial=0))):
        sel = sizes > t
        out[sel] += v[starts[sel] + t]
    return out


def _zh_chars(text: str) -> int:
    return len("".join(text.split()))


__all__ = ["BEADS", "AlignConfig", "AlignResult", "align_documents", "looks_like_translation"]
