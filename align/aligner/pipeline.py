"""The aligner's orchestration: ``align_documents`` runs the passes in order.

1. Embed every sentence of both documents once (one ``encode`` call), centre each side, and
   read group vectors of every bead size as sums of member vectors (``_embed``).
2. Choose where to search: the whole lattice for small pairs, a band around a coarse path for
   long ones (``coarse.py``).
3. A first pass over the band with the bead scores of ``score.py``; its forward-backward scores
   show where near-best paths disagree, and there the second pass gets better evidence
   (re-embedded groups, clause evidence) and a length prior fitted to the document
   (``refine.py``).
4. The final path becomes beads scored by the plain cosine of their sides, and the pair gets a
   translation score (``verdict.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from align.aligner.anchors import shared_anchor_sums
from align.aligner.coarse import coarse_band
from align.aligner.dp import Band, ScoreTable, Step, best_path, full_band, path_scores
from align.aligner.lexical import LexicalEvidence
from align.aligner.punctuation import end_marks, inside_quotes
from align.aligner.refine import (
    Group,
    contested_groups,
    contested_rows,
    fit_length_prior,
    row_evidence,
    second_encode,
)
from align.aligner.score import BeadScorer, GroupTables, ScoreParams, boundary_counts, group_tables
from align.aligner.verdict import MIN_TRANSLATION_SCORE, bead_evidence, translation_score
from align.embed.base import Embedder, encode_rows
from align.embed.store import SpilledRows
from align.furniture import one_sided
from align.lexicon.respace import respaced_all
from align.model import AlignError, Bead, Document
from align.numbers.tokens import without_readings
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


SPILL_ROWS_BYTES = 64 * 2**20
"""Sentence vectors of at least this size (about 32,000 sentences) wait in a temporary file
while the passes run (``embed.store.SpilledRows``): a 20 MB + 31 MB pair has 550,000."""


MIN_CENTRED_SENTENCES = 2
"""Sentences each side needs before its mean vector is removed: the mean of one sentence is
that sentence (centred, it is zero and matches nothing), so a side of one sentence is compared
with the model's own vectors. Sides of two or three are still centred: leaving them uncentred
(a threshold of four) changed eleven of the real pairs' gold alignments, seven for the worse."""


@dataclass(frozen=True)
class AlignConfig:
    """How the aligner runs. The defaults are what the product uses; benchmarks vary them."""

    score: ScoreParams = field(default_factory=ScoreParams)
    beads: tuple[tuple[int, int], ...] = BEADS
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
    # Dictionary evidence (``ScoreParams.lexical_weight``) is used on pairs of at most this many
    # lattice points. On the Bible 30k pair it cost 36 s of 118 s (82 s without: the 1.5x-floor
    # aim at 30k broke) for +0.0006 strict F1 at 5k and 10k; on chapters, briefings and reports
    # (MAC-Dev +0.0015) it costs well under a second. The same size as the exact path's.
    lexical_limit: int = 250_000
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
    sentence ids; ``zh_vectors``/``en_vectors`` are the per-sentence unit embeddings (for a
    large pair, rows in a temporary file read like an array: ``embed.store.SpilledRows``);
    ``translation_score`` is how much the pair looks like a translation (see
    ``looks_like_translation``).
    """

    beads: tuple[Bead, ...]
    zh_vectors: np.ndarray = field(repr=False)
    en_vectors: np.ndarray = field(repr=False)
    translation_score: float
    model: str = ""
    bead_evidence: tuple[float, ...] = ()
    """Per two-sided bead, how far above chance (``verdict.bead_evidence``); measured only when
    ``translation_score`` alone would refuse the pair."""


def align_documents(
    zh: Document, en: Document, embedder: Embedder, *, config: AlignConfig | None = None
) -> AlignResult:
    """Align the sentences of ``zh`` with those of ``en`` (see the module docstring)."""
    cfg = config or AlignConfig()
    if not zh.segments or not en.segments:
        side = "Chinese" if not zh.segments else "English"
        raise AlignError(f"the {side} document has no sentences")
    # The pinyin readings some reprints print inside words (會(huì )) are notes, no words: the
    # model reads the sentence without them (they cut its words into foreign pieces)
    zt = [without_readings(s.text, whole_only=False)[0] for s in zh.segments]
    # English that lost its spaces is embedded and measured as words (the page's text stays)
    et = respaced_all([s.text for s in en.segments])
    # zv, ev: centred while aligning (the group tables read them), the model's own at the end
    zv, ev, zg, eg, (zc, ec) = _embed(zt, et, embedder, cfg)
    large = isinstance(zv, SpilledRows) or isinstance(ev, SpilledRows)
    if large:
        _forget_cache(embedder)
    means = (zc[0], ec[0])
    zl = np.array([_zh_chars(t) for t in zt], dtype=np.float64)
    el = np.array([len(t) for t in et], dtype=np.float64)
    anchors = shared_anchor_sums(zt, et) if cfg.score.anchor_weight else None
    zb = boundary_counts([(s.paragraph, s.speaker) for s in zh.segments])
    eb = boundary_counts([(s.paragraph, s.speaker) for s in en.segments])
    # Only when both sides mark paragraphs or turns (one sentence per line marks none).
    bounds = (zb, eb) if zb[-1] and eb[-1] else None
    quotes = (inside_quotes(zt, "zh"), inside_quotes(et, "en")) if cfg.score.quote_cost else None
    ends = (end_marks(zt), end_marks(et)) if cfg.score.end_mark_bonus else None
    n, m = len(zt), len(et)
    if (n + 1) * (m + 1) <= cfg.full_limit:
        band = full_band(n, m)
    else:
        band = coarse_band(
            zg[1],
            eg[1],
            coarse_size=cfg.coarse_size,
            skip=cfg.score.skip,
            width=cfg.width,
            coarse_width=cfg.coarse_width,
            spill_bytes=SPILL_ROWS_BYTES,
        )
    lexical = None
    if cfg.score.lexical_weight and (n + 1) * (m + 1) <= cfg.lexical_limit:
        lexical = _lexical(zt, et, band, cfg)
    furniture = None
    if cfg.score.furniture_bonus:
        fz, fe = one_sided(zt, et)
        furniture = (np.array(fz, dtype=np.float64), np.array(fe, dtype=np.float64))
    scorer = BeadScorer(zg, eg, zl, el, cfg.score, anchors, bounds, quotes, ends, lexical,
                        furniture)
    table = ScoreTable(band, cfg.beads, scorer)
    groups: list[Group] = []
    rows = np.zeros(0, dtype=np.int64)
    refine = cfg.refine_share > 0
    if refine or cfg.score.clause_weight:
        fwd, bwd, steps = path_scores(band, cfg.beads, table)
        if refine:
            ranked = contested_groups(band, table, cfg.beads, cfg.refine_gap, (fwd, bwd))
            groups = ranked[: int(cfg.refine_share * (len(zt) + len(et)))]
        if cfg.score.clause_weight:
            rows = contested_rows(band, fwd, bwd, cfg.refine_gap, groups)
        del fwd, bwd  # 16 bytes a band point, which the passes after do not read
    else:
        steps = best_path(band, cfg.beads, table)
    # Both use the first path's scores; the final path sees the fitted prior and new groups.
    changed = fit_length_prior(steps, scorer, table, cfg.length_sigma)
    if groups or len(rows):
        with table.set_aside(SPILL_ROWS_BYTES):  # the table is not read while encoding
            heads, tails = second_encode(
                groups, rows, (zt, et), (zg, eg), means, embedder, SPILL_ROWS_BYTES
            )
            if large:
                _forget_cache(embedder)
        table.refresh(
            {(s, k) for side, s, k in groups if side == "zh"},
            {(s, k) for side, s, k in groups if side == "en"},
        )
        if len(rows):
            table.add_at_start(
                cfg.score.clause_weight * row_evidence(band, rows, eg[1], heads, tails)
            )
        del heads, tails  # up to two copies of the Chinese vectors
        changed = True
    if changed:
        steps = best_path(band, cfg.beads, table)
    del table, scorer, zg, eg
    zv, ev = _uncentre(zv, zc), _uncentre(ev, ec)
    beads = _beads(steps, zv, ev)
    score = translation_score(beads, zv, ev)
    return AlignResult(
        beads=beads,
        zh_vectors=zv,
        en_vectors=ev,
        translation_score=score,
        model=getattr(embedder, "name", ""),
        bead_evidence=bead_evidence(beads, zv, ev, zt, et) if score < MIN_TRANSLATION_SCORE else (),
    )


def _lexical(zt: list[str], et: list[str], band: Band, cfg: AlignConfig) -> LexicalEvidence:
    """Dictionary evidence for the beads of the band (``lexical.py``)."""
    from align.lexicon.concepts import en_concepts, zh_concepts

    return LexicalEvidence(
        [zh_concepts(t) for t in zt],
        [en_concepts(t) for t in et],
        band,
        max(a for a, _ in cfg.beads),
        max(b for _, b in cfg.beads),
    )


def _forget_cache(embedder: Embedder) -> None:
    """A large pair (its vectors in files): the embedding cache the encode read into memory
    (all of a warm cache) is let go until the next encode (``CachedEmbedder.forget``)."""
    forget = getattr(embedder, "forget", None)
    if forget is not None:
        forget()


def _embed(
    zt: list[str], et: list[str], embedder: Embedder, cfg: AlignConfig
) -> tuple[np.ndarray, np.ndarray, GroupTables, GroupTables, tuple[np.ndarray, ...]]:
    """Sentence vectors as the model gives them, the (centred) group vectors of every size
    the beads need, from one ``encode`` call, and the two means removed (zero if not
    centring)."""
    kz = max(a for a, _ in cfg.beads)
    ke = max(b for _, b in cfg.beads)
    found = encode_rows(embedder, zt + et, SPILL_ROWS_BYTES)
    if isinstance(found, SpilledRows):  # a large pair: never all in memory
        zv, ev, zc, ec = _centre_rows(found, len(zt), cfg.center)
    else:
        vecs = normalise(found, in_place=True)
        if vecs.dtype != np.float32 or not vecs.flags.writeable:
            vecs = vecs.astype(np.float32)
        zv, ev = vecs[: len(zt)], vecs[len(zt) : len(zt) + len(et)]
        zero = np.zeros(vecs.shape[1], dtype=np.float32)
        zc, ec = (zero, np.ones(len(zt), np.float32)), (zero, np.ones(len(et), np.float32))
        if cfg.center and min(len(zt), len(et)) >= MIN_CENTRED_SENTENCES:
            zc, ec = _centre(zv), _centre(ev)
        if vecs.nbytes >= SPILL_ROWS_BYTES:  # a large pair: the passes read them from a file
            zv, ev = SpilledRows.of(zv), SpilledRows.of(ev)
            del vecs
    zg: GroupTables = {1: zv, **group_tables(zv, range(2, kz + 1))}
    eg: GroupTables = {1: ev, **group_tables(ev, range(2, ke + 1))}
    return zv, ev, zg, eg, (zc, ec)


def _centre(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Centre the unit rows of ``v`` and scale them to unit length again, in place (one copy
    of a large document's vectors, not two); returns the mean and the norms the rows had
    after centring, which ``_uncentre`` needs to give the model's vectors back."""
    mean = v.mean(axis=0)
    v -= mean
    norms = np.sqrt(np.einsum("ij,ij->i", v, v))
    norms[norms == 0] = 1.0
    v /= norms[:, None]
    return mean, norms


def _centre_rows(
    rows: SpilledRows, n: int, center: bool
) -> tuple[SpilledRows, SpilledRows, tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """``normalise`` and ``_centre`` (when ``center``) of rows in a file, the first ``n``
    (Chinese) and the rest (English) each into a file of their own, a stretch at a time; the
    same arithmetic as on an array: each side's mean sums its rows in the same order (a
    reduction along the first axis adds row after row)."""
    width = rows.shape[1]
    sides = [(0, n), (n, len(rows))]
    sums = [np.zeros(width, np.float32) for _ in sides]
    for k, (lo, hi) in enumerate(sides):
        for start in range(lo, hi, _UNCENTRE_ROWS):
            part = normalise(rows[start : min(hi, start + _UNCENTRE_ROWS)], in_place=True)
            rows.write(start, part)
            if center:
                sums[k] = np.add.reduce(np.concatenate([sums[k][None], part]), axis=0)
    out, centring = [], []
    for (lo, hi), total in zip(sides, sums, strict=True):
        side = SpilledRows((hi - lo, width), np.float32)
        # as ``ndarray.mean`` divides: by the count as an integer, into the float32 sum
        mean = np.true_divide(total, np.intp(hi - lo), out=total, casting="unsafe")
        norms = np.ones(hi - lo, np.float32)
        for start in range(lo, hi, _UNCENTRE_ROWS):
            part = rows[start : min(hi, start + _UNCENTRE_ROWS)]
            if center:
                part -= mean
                norm = np.sqrt(np.einsum("ij,ij->i", part, part))
                norm[norm == 0] = 1.0
                part /= norm[:, None]
                norms[start - lo : start - lo + len(part)] = norm
            side.write(start - lo, part)
        out.append(side)
        centring.append((mean, norms))
    rows.close()
    return out[0], out[1], centring[0], centring[1]


def _uncentre(
    v: np.ndarray | SpilledRows, centring: tuple[np.ndarray, np.ndarray]
) -> np.ndarray | SpilledRows:
    """Undo ``_centre``: the model's unit vectors again (to float rounding), in place; rows
    in a file go to a new file, a stretch at a time (the same arithmetic row by row)."""
    mean, norms = centring
    if isinstance(v, SpilledRows):
        out = SpilledRows(v.shape, v.dtype)
        for start in range(0, len(v), _UNCENTRE_ROWS):
            part = v[start : start + _UNCENTRE_ROWS]
            out.write(start, _uncentre(part, (mean, norms[start : start + len(part)])))
        v.close()
        return out
    v *= norms[:, None]
    v += mean
    return v


_UNCENTRE_ROWS = 1 << 13
"""Rows read, centred (or uncentred) and written at a time: 16 MB of 512-wide float32."""


def _beads(steps: list[Step], zv: np.ndarray, ev: np.ndarray) -> tuple[Bead, ...]:
    """The beads with their scores: the plain cosine of the sums of each side's sentence
    vectors (0 for one-sided beads), all beads at once."""
    s = np.asarray(steps, dtype=np.int64).reshape(-1, 4)
    scores = np.zeros(len(s), dtype=np.float32)
    for at in range(0, len(s), _BEADS_AT_ONCE):  # bounded memory: two vectors per bead
        c = s[at : at + _BEADS_AT_ONCE]
        scores[at : at + len(c)] = np.einsum(
            "ij,ij->i",
            normalise(_run_sums(zv, c[:, 0], c[:, 1])),
            normalise(_run_sums(ev, c[:, 2], c[:, 3])),
        )  # an empty side sums to zero, so a one-sided bead scores 0
    return tuple(
        Bead(zh=tuple(range(i0, i1)), en=tuple(range(j0, j1)), score=float(score))
        for (i0, i1, j0, j1), score in zip(steps, scores, strict=True)
    )


_BEADS_AT_ONCE = 1 << 14


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
    """A Chinese sentence's length for the length prior: its characters without whitespace."""
    return len("".join(text.split()))
