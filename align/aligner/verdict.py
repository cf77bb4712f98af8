"""Is this pair a translation at all? The aligner always finds a path, even between two
unrelated documents; ``translation_score`` measures how much better its beads match than
chance, and ``looks_like_translation`` turns that into a verdict the API reports.

The score multiplies by the share of sentences paired and takes the median bead, so a real
translation with large one-sided parts (an editor's lead on one side, a contents list on the
other, the aligner pairing them as best it can) scores like two unrelated texts. For those,
``bead_evidence`` looks at the beads one by one: a bead whose sentences are both more similar
and share more dictionary-linked words than chance in this pair is evidence of translation;
a shared greeting or salutation (大家下午好 / "Good afternoon", which any two speeches of a
genre share) is none. A strong bead and a second one clearly above chance make a translation
whose one-sided parts the coverage checks then report."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from align.lexicon.concepts import en_concepts, zh_concepts
from align.model import Bead
from align.scripts import is_salutation

if TYPE_CHECKING:
    from align.aligner.pipeline import AlignResult

MIN_TRANSLATION_SCORE = 0.15
STRONG_EVIDENCE = 1.0
"""A bead's similarity above chance plus its share of dictionary-linked words above chance:
one this far above chance is a translated sentence (on the real pairs, 0.86 or more in 90% of
translations' best beads; two unrelated documents' best bead is below 0.8 in 90%, mostly a
shared greeting, which does not count)."""
SUPPORT_EVIDENCE = 0.4
"""A second bead at least this far above chance: one strong bead alone may be a quotation or a
title two unrelated documents share."""


def looks_like_translation(result: AlignResult) -> tuple[bool, str]:
    """Whether the aligned pair is plausibly a translation; when not, a one-line reason."""
    if result.translation_score >= MIN_TRANSLATION_SCORE:
        return True, ""
    ev = sorted(result.bead_evidence, reverse=True)
    if len(ev) >= 2 and ev[0] >= STRONG_EVIDENCE and ev[1] >= SUPPORT_EVIDENCE:
        return True, ""
    return False, (
        f"the two documents do not look like translations of each other (aligned sentences "
        f"are barely more similar than random pairs: score {result.translation_score:.2f} < "
        f"{MIN_TRANSLATION_SCORE})"
    )


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
    apart = _apart_sample(beads, n, m, 4000)
    if apart is None:
        return aligned
    zi, ej = apart
    random = float(np.einsum("ij,ij->i", zv[zi], ev[ej]).mean())
    paired = sum(len(b.zh) + len(b.en) for b in two) / (n + m)
    return (aligned - random) * paired


def _apart_sample(beads: tuple[Bead, ...], n: int, m: int,
                  size: int) -> tuple[np.ndarray, np.ndarray] | None:
    """A fixed random sample of ``size`` (Chinese, English) sentence pairs of which those in
    different beads are kept: what unrelated sentences of this pair look like. None when every
    sampled pair shares a bead."""
    bead_of_zh = np.empty(n, dtype=np.int64)
    bead_of_en = np.empty(m, dtype=np.int64)
    for k, b in enumerate(beads):
        bead_of_zh[list(b.zh)] = k
        bead_of_en[list(b.en)] = k
    rng = np.random.default_rng(0)
    zi = rng.integers(0, n, size)
    ej = rng.integers(0, m, size)
    apart = bead_of_zh[zi] != bead_of_en[ej]
    return (zi[apart], ej[apart]) if apart.any() else None


def _dice(zh: list[frozenset[str]], en: list[frozenset[str]]) -> float:
    """Share of the words of both sides that a word of the other side links to (0 when a side
    has no content word)."""
    if not zh or not en:
        return 0.0
    en_all = frozenset().union(*en)
    zh_all = frozenset().union(*zh)
    linked = sum(1 for w in zh if w & en_all) + sum(1 for t in en if t & zh_all)
    return linked / (len(zh) + len(en))


def bead_evidence(
    beads: tuple[Bead, ...], zv: np.ndarray, ev: np.ndarray, zt: list[str], et: list[str]
) -> tuple[float, ...]:
    """For each two-sided bead that is not a bare salutation or greeting on either side, how far
    above chance it is: its similarity minus the mean similarity of sentences of different
    beads, plus its share of dictionary-linked words minus that of sentences of different beads
    (a fixed sample, so long documents stay linear)."""
    two = [b for b in beads if b.zh and b.en]
    if not two:
        return ()
    zb = [zh_concepts(t) for t in zt]
    eb = [en_concepts(t) for t in et]
    apart = _apart_sample(beads, len(zt), len(et), 2000)
    if apart is None:
        return ()
    zi, ej = apart
    sim0 = float(np.einsum("ij,ij->i", zv[zi], ev[ej]).mean())
    lex0 = float(np.mean([_dice(zb[i], eb[j]) for i, j in zip(zi, ej, strict=True)]))
    out = []
    for b in two:
        ztext = "".join(zt[i] for i in b.zh)
        etext = " ".join(et[j] for j in b.en)
        if is_salutation(ztext, "zh") or is_salutation(etext, "en"):
            continue
        lex = _dice([w for i in b.zh for w in zb[i]], [t for j in b.en for t in eb[j]])
        out.append((b.score - sim0) + (lex - lex0))
    return tuple(out)
