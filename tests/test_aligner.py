"""The aligner: the dynamic program on hand-made scores, the band, and a tiny real run."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import make_document as doc
from hypothesis import given, settings
from hypothesis import strategies as st

from align.aligner import (
    BEADS,
    AlignConfig,
    AlignResult,
    align_documents,
    looks_like_translation,
)
from align.aligner.dp import band_around, best_path, full_band
from align.aligner.score import group_vectors
from align.model import AlignError, Document, Segment


def target_scorer(target: list[tuple[int, int, int, int]], skip: float = -0.2):
    """Scores 1.0 for the beads of ``target``, ``skip`` for any other one-sided bead and -1 for
    any other two-sided bead, so ``target`` is the unique best path."""
    good = {(i1, j1, i1 - i0, j1 - j0) for i0, i1, j0, j1 in target}

    def score(a, b, i, j):
        hit = np.array([(int(x), int(y), a, b) in good for x, y in zip(i, j, strict=True)])
        other = skip if a == 0 or b == 0 else -1.0
        return np.where(hit, 1.0, other)

    return score


def path_of(kinds: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    steps, i, j = [], 0, 0
    for a, b in kinds:
        steps.append((i, i + a, j, j + b))
        i, j = i + a, j + b
    return steps


@pytest.mark.parametrize(
    "kinds",
    [
        [(1, 1), (1, 2), (1, 1)],  # a 1-2 split
        [(2, 1), (1, 1), (1, 1)],  # a 2-1 merge
        [(1, 1), (1, 0), (1, 1)],  # an omission
        [(1, 1), (0, 1), (1, 1)],  # an addition
        [(1, 1), (2, 2), (1, 1)],
        [(1, 3), (3, 1), (1, 4), (4, 1)],
        [(0, 1), (1, 0), (0, 1), (0, 1)],  # one-sided beads at the edges
    ],
)
def test_dp_recovers_the_best_path(kinds):
    target = path_of(kinds)
    n, m = target[-1][1], target[-1][3]
    assert best_path(full_band(n, m), BEADS, target_scorer(target)) == target


def test_dp_prefers_one_merged_bead_over_a_skip_when_it_scores_higher():
    sim = np.array([[0.9, 0.6]])  # one zh sentence, two en sentences both about it

    def score(a, b, i, j):
        if a == 0 or b == 0:
            return np.full(len(i), -0.3)
        return np.array([sim[x - a : x, y - b : y].mean() for x, y in zip(i, j, strict=True)])

    assert best_path(full_band(1, 2), BEADS, score) == [(0, 1, 0, 2)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(BEADS), min_size=1, max_size=30))
def test_dp_recovers_any_path_and_the_band_around_it_gives_the_same(kinds):
    target = path_of(kinds)
    n, m = target[-1][1], target[-1][3]
    score = target_scorer(target)
    assert best_path(full_band(n, m), BEADS, score) == target
    s = np.asarray(target)
    band = band_around(s[:, :2], s[:, 2:], n, m, width=2)
    assert best_path(band, BEADS, score) == target


def test_band_area_grows_linearly_and_keeps_the_corners():
    areas = []
    for n in (1000, 2000, 4000):
        steps = np.array(path_of([(1, 1)] * n))
        band = band_around(steps[:, :2], steps[:, 2:], n, n, width=5)
        assert band.lo[0] == 0 and band.hi[-1] == n + 1
        assert np.all(np.diff(band.lo) >= 0) and np.all(np.diff(band.hi) >= 0)
        areas.append(band.area)
    assert areas[1] / areas[0] == pytest.approx(2, rel=0.01)
    assert areas[2] / areas[1] == pytest.approx(2, rel=0.01)
    # within 5 rows and columns of a 1x1 box on the diagonal: |i - j| <= 11, not 4001 x 4001
    assert areas[2] <= 4001 * 23


def test_dp_only_visits_the_band():
    seen = []

    def score(a, b, i, j):
        seen.extend(zip(i.tolist(), j.tolist(), strict=True))
        return np.where(i * 1 == j, 1.0, -1.0) if a and b else np.full(len(i), -0.5)

    steps = np.array(path_of([(1, 1)] * 50))
    band = band_around(steps[:, :2], steps[:, 2:], 50, 50, width=3)
    assert best_path(band, BEADS, score) == path_of([(1, 1)] * 50)
    assert seen and all(abs(i - j) <= 2 * 3 + 1 for i, j in seen)  # 3 rows and columns off


def test_group_vectors_are_unit_sums_of_consecutive_rows():
    v = np.eye(4, dtype=np.float32)
    g = group_vectors(v, 2)
    assert g.shape == (3, 4)
    np.testing.assert_allclose(g[1], [0, 2**-0.5, 2**-0.5, 0], atol=1e-6)


# --- a tiny run through the real default embedder ------------------------------------------

ZH = [
    "今天上午，市政府召开了新闻发布会。",
    "会上介绍了今年前三季度的经济运行情况。",
    "全市地区生产总值同比增长百分之五。",
    "记者们就就业和物价提出了问题。",
]
EN = [
    "The city government held a press conference this morning.",
    "It presented how the economy performed in the first three quarters of this year.",
    "The city's GDP grew by five percent year on year.",
    "Reporters asked about jobs.",
    "They also asked about prices.",
]
OTHER = [
    "My grandmother grew tomatoes in a small garden behind the house.",
    "The train to the coast leaves at noon on Sundays.",
    "He spent the whole winter learning to play the violin.",
    "Our cat sleeps on the warm windowsill every afternoon.",
]


@pytest.fixture(scope="module")
def embedder(tmp_path_factory):
    from align.embed import load_embedder

    return load_embedder("use", cache_dir=tmp_path_factory.mktemp("cache"))


def test_real_translation_aligns_with_a_1_2_split(embedder):
    result = align_documents(doc("zh", ZH), doc("en", EN), embedder)
    assert isinstance(result, AlignResult)
    assert [(b.zh, b.en) for b in result.beads] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), (3, 4)),
    ]
    assert result.zh_vectors.shape == (4, 512) and result.en_vectors.shape == (5, 512)
    assert all(b.score > 0.3 for b in result.beads)
    assert looks_like_translation(result) == (True, "")


def test_unrelated_documents_are_not_a_translation(embedder):
    result = align_documents(doc("zh", ZH), doc("en", OTHER), embedder)
    ok, reason = looks_like_translation(result)
    assert not ok and "translation" in reason and "\n" not in reason


def test_banded_pass_gives_the_same_alignment_on_a_small_pair(embedder):
    exact = align_documents(doc("zh", ZH), doc("en", EN), embedder)
    banded = align_documents(
        doc("zh", ZH), doc("en", EN), embedder, config=AlignConfig(full_limit=0, coarse_size=2)
    )
    assert banded.beads == exact.beads


def test_empty_document_is_a_user_error(embedder):
    with pytest.raises(AlignError):
        align_documents(doc("zh", []), doc("en", EN), embedder)


# --- long documents through the banded passes, with a stand-in embedder ---------------------


class KeyedEmbedder:
    """Texts ``"z17"`` and ``"e17"`` (any prefix, then a number) get the same random unit
    vector, so sentence 17 of one side translates sentence 17 of the other."""

    name = "keyed-test"

    def encode(self, texts: list[str]) -> np.ndarray:
        rows = []
        for t in texts:
            key = int("".join(c for c in t if c.isdigit()))
            rows.append(np.random.default_rng(key).standard_normal(512))
        v = np.asarray(rows, dtype=np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def numbered(lang: str, keys) -> Document:
    """Sentences of a realistic length (40 characters), so the length prior sees real ratios."""
    return doc(lang, [f"{lang} sentence {k} ".ljust(40, "x") for k in keys])


def test_long_pair_with_a_missing_chapter_realigns_after_the_gap():
    keys = list(range(3000))
    missing = set(range(1200, 1500))  # a 300-sentence chapter absent from the English
    zh = numbered("zh", keys)
    en = numbered("en", [k for k in keys if k not in missing])
    cfg = AlignConfig(full_limit=0)  # force the coarse-to-fine band even for a test-sized pair
    result = align_documents(zh, en, KeyedEmbedder(), config=cfg)
    en_keys = [k for k in keys if k not in missing]
    pairs = {(b.zh[0], en_keys[b.en[0]]) for b in result.beads if len(b.zh) == len(b.en) == 1}
    one_sided = [b.zh[0] for b in result.beads if not b.en]
    assert sorted(one_sided) == sorted(missing)
    assert pairs == {(k, k) for k in keys if k not in missing}
    assert looks_like_translation(result)[0]


def test_long_pair_with_shifted_english_is_not_a_translation():
    zh = numbered("zh", range(2000))
    en = numbered("en", range(5000, 7000))  # same length, no sentence in common
    result = align_documents(zh, en, KeyedEmbedder(), config=AlignConfig(full_limit=0))
    assert not looks_like_translation(result)[0]


def test_long_pair_with_a_moved_paragraph_realigns_after_it():
    keys = list(range(2000))
    moved = list(range(1500, 1550))  # a paragraph the English puts 500 sentences earlier
    en_keys = keys[:1000] + moved + [k for k in keys[1000:] if k not in moved]
    result = align_documents(
        numbered("zh", keys),
        numbered("en", en_keys),
        KeyedEmbedder(),
        config=AlignConfig(full_limit=0),
    )
    pairs = [(b.zh[0], en_keys[b.en[0]]) for b in result.beads if len(b.zh) == len(b.en) == 1]
    # No nonsense pairs; one of the two copies of the move is left one-sided, the rest matches.
    assert all(z == e for z, e in pairs)
    assert {z for z, _ in pairs} >= set(keys[:1000]) | set(keys[1550:])
    assert looks_like_translation(result)[0]


# --- max-marginals, score table, anchors and boundaries ---------------------------------------


def random_scorer(seed: int):
    rng = np.random.default_rng(seed)
    table = rng.standard_normal((len(BEADS) + 1, 40, 40))
    kind_index = {k: t for t, k in enumerate(BEADS)}

    def score(a, b, i, j):
        return table[kind_index[(a, b)], i, j]

    return score


@given(st.integers(0, 10_000), st.integers(1, 12), st.integers(1, 12))
@settings(max_examples=25, deadline=None)
def test_forward_plus_backward_is_the_best_score_through_each_point(seed, n, m):
    from align.aligner.dp import path_scores

    score = random_scorer(seed)
    band = full_band(n, m)
    fwd, bwd, steps = path_scores(band, BEADS, score)
    assert steps == best_path(band, BEADS, score)
    top = fwd[-1]
    assert bwd[0] == pytest.approx(top)
    assert np.all(fwd + bwd <= top + 1e-5)  # gains are float32
    # Every point of the best path attains the best total.
    off = band.offsets()
    for i0, _i1, j0, _j1 in best_path(band, BEADS, score):
        assert fwd[off[i0] + j0] + bwd[off[i0] + j0] == pytest.approx(top)


def test_score_table_matches_the_scorer_and_refreshes_only_given_groups():
    from align.aligner.dp import ScoreTable

    calls = {"bias": 0.0}

    def score(a, b, i, j):
        return (i * 10 + j + a - b).astype(float) + calls["bias"] * (a == 2)

    band = full_band(6, 7)
    table = ScoreTable(band, BEADS, score)
    i, j = np.array([2, 5, 6]), np.array([3, 4, 7])
    assert np.allclose(table(2, 1, i, j), score(2, 1, i, j))
    calls["bias"] = 100.0
    table.refresh({(3, 2)}, set())  # the zh group of sentences 3-4 only
    assert table(2, 1, np.array([5]), np.array([4]))[0] == pytest.approx(54 + 1 + 100)
    assert table(2, 1, np.array([6]), np.array([4]))[0] == pytest.approx(64 + 1)


def test_anchors_count_shared_numbers_and_latin_tokens():
    from align.aligner.anchors import anchor_sums, en_anchors, zh_anchors

    zh = [zh_anchors("今年5G基站新增四十二万个。"), zh_anchors("会议在北京举行。")]
    en = [en_anchors("This year 420,000 new 5G base stations were built."), en_anchors("Hi.")]
    shared = (zh[0] | zh[1]) & (en[0] | en[1])
    assert {"t:5g"} <= shared and len(shared) == 2  # the token and 420,000
    za, ea = anchor_sums(zh, shared), anchor_sums(en, shared)
    assert float((za[1] - za[0]) @ (ea[1] - ea[0])) == 2.0
    assert float((za[2] - za[1]) @ (ea[1] - ea[0])) == 0.0


def test_boundary_counts_mark_new_paragraphs_and_turns():
    from align.aligner.score import boundary_counts

    c = boundary_counts([(0, None), (0, None), (1, None), (1, "Li"), (1, "Li")])
    assert c.tolist() == [0, 0, 1, 2, 2]
    # group [0, 2) does not cross, [1, 3) does (c[e-1] > c[s])
    assert not c[1] > c[0] and c[2] > c[1]


def test_a_bead_across_a_paragraph_on_one_side_only_is_penalised(embedder):
    zh = ["今天天气很好。", "我们去公园散步。"]
    en = ["The weather is fine today.", "We go for a walk in the park."]

    def with_paragraphs(d: Document, paras: list[int]) -> Document:
        segs = tuple(
            Segment(id=s.id, text=s.text, start=s.start, end=s.end, line=s.line, paragraph=p)
            for s, p in zip(d.segments, paras, strict=True)
        )
        return Document(path=d.path, lang=d.lang, text=d.text, segments=segs)

    from align.aligner.score import BeadScorer, ScoreParams

    zd, ed = with_paragraphs(doc("zh", zh), [0, 1]), with_paragraphs(doc("en", en), [0, 0])
    vz, ve = embedder.encode(zh), embedder.encode(en)
    zg = {1: vz, 2: group_vectors(vz, 2)}
    eg = {1: ve, 2: group_vectors(ve, 2)}
    lens = np.array([10.0, 10.0])
    from align.aligner.score import boundary_counts

    bounds = (
        boundary_counts([(s.paragraph, s.speaker) for s in zd.segments]),
        boundary_counts([(s.paragraph, s.speaker) for s in ed.segments]),
    )
    plain = BeadScorer(zg, eg, lens, lens, ScoreParams())
    marked = BeadScorer(zg, eg, lens, lens, ScoreParams(), boundaries=bounds)
    at = (np.array([2]), np.array([2]))
    cost = ScoreParams().boundary_cost
    assert marked(2, 2, *at)[0] == pytest.approx(plain(2, 2, *at)[0] - cost)
    assert marked(1, 2, np.array([1]), np.array([2]))[0] == pytest.approx(
        plain(1, 2, np.array([1]), np.array([2]))[0]
    )


def test_score_table_add_changes_two_sided_beads_only():
    from align.aligner.dp import ScoreTable

    band = full_band(4, 4)
    table = ScoreTable(band, BEADS, lambda a, b, i, j: np.zeros(len(i)))
    table.add(lambda a, b, i, j: (a + b) * np.ones(len(i)))
    i, j = np.array([3, 4]), np.array([3, 4])
    assert table(1, 2, i, j).tolist() == [3.0, 3.0]
    assert table(1, 0, i, j).tolist() == [0.0, 0.0]
    assert table(0, 1, i, j).tolist() == [0.0, 0.0]


@pytest.mark.parametrize(
    ("spread", "expected"), [(0.1, 4.0), (0.25, 1.0), (0.5, 0.25), (2.0, 0.25)]
)
def test_length_prior_weight_follows_the_documents_length_misfit(spread, expected):
    """A first path whose beads miss the length ratio by ``spread`` (in log units) gets the
    weight scaled by (0.25 / spread)^2, clipped to 4x..1/4x; the table moves with it."""
    from align.aligner.dp import ScoreTable
    from align.aligner.refine import fit_length_prior
    from align.aligner.score import BeadScorer, ScoreParams

    n = 40
    zh_len = np.full(n, 90.0)
    # English lengths alternately above and below the ratio by exp(+-spread), so the log
    # misfit of each 1-1 bead is +-spread (the +10 smoothing is undone here).
    en_len = 100.0 * np.exp(spread * np.where(np.arange(n) % 2, 1, -1)) - 10.0
    vectors = {1: np.eye(n, dtype=np.float32)}
    scorer = BeadScorer(vectors, vectors, zh_len, en_len, ScoreParams(length_weight=0.3))
    scorer.ratio = 1.0  # the document ratio, fixed so the misfit is exactly +-spread
    band = full_band(n, n)
    table = ScoreTable(band, [(1, 1), (1, 0), (0, 1)], scorer)
    steps = [(k, k + 1, k, k + 1) for k in range(n)]
    before = table(1, 1, np.array([2]), np.array([2]))[0]
    assert fit_length_prior(steps, scorer, table, sigma=0.25)
    assert scorer.p.length_weight == pytest.approx(0.3 * expected, rel=1e-3)
    after = table(1, 1, np.array([2]), np.array([2]))[0]
    assert after - before == pytest.approx((0.3 - 0.3 * expected) * spread**2, rel=1e-3)


def test_length_prior_stays_fixed_when_switched_off_or_the_path_is_short():
    from align.aligner.dp import ScoreTable
    from align.aligner.refine import fit_length_prior
    from align.aligner.score import BeadScorer, ScoreParams

    vectors = {1: np.eye(5, dtype=np.float32)}
    lens = np.full(5, 10.0)
    scorer = BeadScorer(vectors, vectors, lens, lens, ScoreParams(length_weight=0.3))
    table = ScoreTable(full_band(5, 5), [(1, 1)], scorer)
    steps = [(k, k + 1, k, k + 1) for k in range(5)]
    assert not fit_length_prior(steps, scorer, table, sigma=0.25)  # 5 beads < 20
    assert not fit_length_prior(steps * 5, scorer, table, sigma=0)
    assert scorer.p.length_weight == 0.3


def test_bead_scores_are_cosines_of_summed_sides_and_zero_when_one_sided():
    from align.aligner.pipeline import _beads
    from align.vectors import normalise

    rng = np.random.default_rng(0)
    zv, ev = normalise(rng.normal(size=(6, 8))), normalise(rng.normal(size=(7, 8)))
    steps = [(0, 1, 0, 2), (1, 2, 2, 2), (2, 4, 2, 3), (4, 4, 3, 4), (4, 6, 4, 7)]
    beads = _beads(steps, zv, ev)
    for bead, (i0, i1, j0, j1) in zip(beads, steps, strict=True):
        assert bead.zh == tuple(range(i0, i1)) and bead.en == tuple(range(j0, j1))
        if i1 == i0 or j1 == j0:
            assert bead.score == 0.0
        else:
            z, e = normalise(zv[i0:i1].sum(axis=0))[0], normalise(ev[j0:j1].sum(axis=0))[0]
            assert bead.score == pytest.approx(float(z @ e), abs=1e-6)


def test_group_tables_match_group_vectors_for_every_size():
    from align.aligner.score import group_tables
    from align.vectors import normalise

    v = normalise(np.random.default_rng(1).normal(size=(9, 5)))
    tables = group_tables(v, (1, 2, 3, 5, 12))
    for k, table in tables.items():
        expected = np.array([v[s : s + k].sum(axis=0) for s in range(len(v) - k + 1)])
        assert table.shape == (max(0, len(v) - k + 1), 5)
        assert table[:].shape == table.shape
        if len(expected):
            assert np.allclose(table[:], normalise(expected), atol=1e-6)
            rows = np.array([len(expected) - 1, 0, len(expected) // 2])
            assert np.allclose(table[rows], normalise(expected)[rows], atol=1e-6)
            assert np.allclose(table[1:], normalise(expected)[1:], atol=1e-6)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(BEADS), min_size=1, max_size=40), st.integers(0, 3))
def test_transposed_band_holds_the_same_points(kinds, width):
    target = path_of(kinds)
    n, m = target[-1][1], target[-1][3]
    s = np.asarray(target)
    band = band_around(s[:, :2], s[:, 2:], n, m, width=width)
    swapped = band.transposed()
    ii, jj = band.points
    ti, tj = swapped.points
    here = sorted(zip(ii.tolist(), jj.tolist(), strict=True))
    assert here == sorted(zip(tj.tolist(), ti.tolist(), strict=True))
    assert np.array_equal(swapped.transposed().lo, band.lo)
    assert np.array_equal(swapped.transposed().hi, band.hi)


@pytest.mark.parametrize("seed", range(5))
def test_running_on_the_shorter_side_changes_nothing(seed, monkeypatch):
    """More zh than en sentences: the program runs with the roles swapped; on random scores
    (no ties) the path, and the forward and backward scores, are those of the direct run."""
    from align.aligner import dp

    rng = np.random.default_rng(seed)
    n, m = 40, 25
    table = {k: rng.normal(size=(n + 1, m + 1)) for k in BEADS}

    def score(a, b, i, j):
        return table[(a, b)][i, j]

    target = np.asarray(path_of([(1, 1)] * 25 + [(1, 0)] * 15))
    band = band_around(target[:, :2], target[:, 2:], n, m, width=4)
    swapped = (dp.best_path(band, BEADS, score), dp.path_scores(band, BEADS, score))
    monkeypatch.setattr(dp, "_swap_pays", lambda band, kinds: False)
    direct = (dp.best_path(band, BEADS, score), dp.path_scores(band, BEADS, score))
    assert swapped[0] == direct[0] == swapped[1][2]
    assert np.allclose(swapped[1][0], direct[1][0]) and np.allclose(swapped[1][1], direct[1][1])


def test_group_vectors_take_a_row_of_their_own_where_one_is_set():
    from align.aligner.score import GroupVectors
    from align.vectors import normalise

    v = normalise(np.random.default_rng(2).normal(size=(8, 4)))
    table = GroupVectors(v, 3)
    summed = table[:]
    own = normalise(np.array([1.0, 2.0, 3.0, 4.0]))[0]
    table[2] = own
    table[5] = -own
    rows = np.array([5, 0, 2, 3])
    expected = summed.copy()
    expected[2], expected[5] = own, -own
    assert np.allclose(table[:], expected)
    assert np.allclose(table[rows], expected[rows])
    assert np.allclose(table[1:4], expected[1:4])
    assert np.allclose(table[3:5], summed[3:5])  # no own row inside: the sums


def _brute_dice(zh, en, a, b, i, j):
    """Dice of matched (word, token) pairs of one bead, counting only words with a concept the
    other document has, by brute force."""
    zseen = {c for bag in zh for w in bag for c in w}
    eseen = {c for bag in en for w in bag for c in w}
    zw = [w & eseen for bag in zh[i - a : i] for w in bag if w & eseen]
    ew = [w & zseen for bag in en[j - b : j] for w in bag if w & zseen]
    hits = sum(1 for x in zw for y in ew if x & y)
    return min(1.0, 2 * hits / max(1, len(zw) + len(ew)))


def test_lexical_dice_counts_matched_words_on_hand_made_bags():
    from align.aligner.lexical import LexicalEvidence

    f = frozenset
    zh = [[f({"king"}), f({"say", "speak"})], [f({"river"}), f({"zzz"})], [f({"bread"})]]
    en = [[f({"king"}), f({"speak"}), f({"thou"})], [f({"bread"}), f({"river"})]]
    lex = LexicalEvidence(zh, en, full_band(3, 2), 4, 5)
    one = np.array([1])
    # king~king, say/speak~speak; "thou" and "zzz" occur nowhere on the other side: not counted
    assert lex(1, 1, one, one)[0] == pytest.approx(1.0)
    assert lex.matches(1, 1, one, one)[0] == 2
    # zh 1 (river) against en 0 (king, speak): no match
    assert lex(1, 1, np.array([2]), one)[0] == 0.0
    # zh 1..2 against en 1: river and bread both match, 2 * 2 / (2 + 2)
    assert lex(2, 1, np.array([3]), np.array([2]))[0] == pytest.approx(1.0)
    # zh 0..2 against en 1: 2 matches over 4 zh words and 2 en tokens
    assert lex(3, 1, np.array([3]), np.array([2]))[0] == pytest.approx(4 / 6)


def test_lexical_dice_counts_a_word_once_when_it_shares_several_concepts():
    from align.aligner.lexical import LexicalEvidence

    f = frozenset
    lex = LexicalEvidence([[f({"rise", "rose"})]], [[f({"rise", "rose"})]], full_band(1, 1), 1, 1)
    assert lex.matches(1, 1, np.array([1]), np.array([1]))[0] == 1


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.integers(3, 25), st.integers(3, 25), st.booleans())
def test_lexical_dice_matches_brute_force_inside_any_band(seed, n, m, banded):
    from align.aligner.lexical import LexicalEvidence

    rng = np.random.default_rng(seed)
    vocab = [f"c{k}" for k in range(12)]

    def bags(count):
        return [
            [frozenset(rng.choice(vocab, rng.integers(1, 4))) for _ in range(rng.integers(0, 4))]
            for _ in range(count)
        ]

    zh, en = bags(n), bags(m)
    if banded:
        steps = [(t, t) for t in range(min(n, m))] + [(n, m)]
        rows = np.array([[r, r] for r, _ in steps])
        cols = np.array([[c, c] for _, c in steps])
        band = band_around(rows, cols, n, m, 2)
    else:
        band = full_band(n, m)
    lex = LexicalEvidence(zh, en, band, 3, 3)
    ii, jj = band.points
    for a, b in [(1, 1), (1, 2), (2, 1), (3, 3), (2, 3)]:
        ok = (ii >= a) & (jj >= b)
        got = lex(a, b, ii[ok], jj[ok])
        want = [_brute_dice(zh, en, a, b, x, y) for x, y in zip(ii[ok], jj[ok], strict=True)]
        np.testing.assert_allclose(got, want, rtol=1e-6)


def test_concepts_match_a_chinese_word_to_its_english_rendering():
    from align.lexicon.concepts import en_concepts, zh_concepts

    zh = zh_concepts("美国总统在北京会见了中国领导人，讨论经济增长。")
    en = en_concepts("The US president met Chinese leaders in Beijing to discuss economic growth.")
    zh_all = set().union(*zh)
    matched = [e for e in en if e & zh_all]
    assert len(matched) == len(en)  # every English content word has a Chinese counterpart
    assert len(zh) >= 7 and all(zh)
    other = en_concepts("A storm flooded the valley and destroyed the harvest.")
    assert not any(e & zh_all for e in other)


def test_lexical_weight_changes_the_score_of_two_sided_beads_only():
    from align.aligner.lexical import LexicalEvidence
    from align.aligner.score import BeadScorer, ScoreParams

    f = frozenset
    rng = np.random.default_rng(0)
    zv = rng.normal(size=(2, 8)).astype(np.float32)
    zv /= np.linalg.norm(zv, axis=1, keepdims=True)
    zg, eg = {1: zv, 2: group_vectors(zv, 2)}, {1: zv, 2: group_vectors(zv, 2)}
    lengths = np.array([10.0, 10.0])
    lex = LexicalEvidence([[f({"x"})], [f({"y"})]], [[f({"x"})], [f({"z"})]], full_band(2, 2), 2, 2)
    off = ScoreParams(lexical_weight=0.0)
    on = ScoreParams(lexical_weight=0.5)
    i, j = np.array([1, 2]), np.array([1, 2])
    base = BeadScorer(zg, eg, lengths, lengths, off, lexical=lex)(1, 1, i, j)
    more = BeadScorer(zg, eg, lengths, lengths, on, lexical=lex)(1, 1, i, j)
    # (0, 0) shares x: Dice 1; (1, 1): y against z, and z occurs nowhere in the zh: Dice 0
    np.testing.assert_allclose(more - base, [0.5, 0.0], atol=1e-6)
    skip = BeadScorer(zg, eg, lengths, lengths, on, lexical=lex)(1, 0, i, np.array([0, 0]))
    np.testing.assert_allclose(skip, [on.skip, on.skip])


@pytest.mark.parametrize("split", [0, 1, 2])
def test_lexical_evidence_decides_where_a_split_goes_when_embeddings_cannot(split):
    from align.aligner.lexical import LexicalEvidence
    from align.aligner.score import BeadScorer, ScoreParams

    f = frozenset
    # Every sentence has the same vector: the cosine cannot tell where the 1-2 bead goes.
    zv = np.zeros((3, 4), dtype=np.float32)
    zv[:, 0] = 1.0
    ev = np.zeros((4, 4), dtype=np.float32)
    ev[:, 0] = 1.0
    zg = {a: group_vectors(zv, a) for a in range(1, 5)}
    eg = {b: group_vectors(ev, b) for b in range(1, 6)}
    words = ["sun", "moon", "star"]
    zh = [[f({w})] for w in words]
    # zh sentence ``split`` is rendered by two English sentences, each with one of its words
    en: list[list[frozenset[str]]] = []
    for t, w in enumerate(words):
        if t == split:
            zh[t] = [f({w}), f({w + "2"})]
            en += [[f({w})], [f({w + "2"})]]
        else:
            en.append([f({w})])
    band = full_band(3, 4)
    lex = LexicalEvidence(zh, en, band, 4, 5)
    params = ScoreParams(length_weight=0.0, lexical_weight=0.3)
    scorer = BeadScorer(zg, eg, np.ones(3), np.ones(4), params, lexical=lex)
    steps = best_path(band, BEADS, scorer)
    want = [(t, t + 1, t + (t > split), t + 1 + (t >= split)) for t in range(3)]
    assert steps == want


def test_dictionary_evidence_is_left_out_past_its_size_limit(monkeypatch):
    """Long pairs align without it (it cost a third of the time at 30k sentences)."""
    from conftest import CountingEmbedder, make_document

    from align.aligner import pipeline

    calls = []
    real = pipeline._lexical
    monkeypatch.setattr(pipeline, "_lexical", lambda *a: calls.append(1) or real(*a))
    zh = make_document("zh", ["今年新建图书馆十二座。", "我们还修了很多路。"])
    en = make_document("en", ["Twelve libraries were built this year.", "We also built roads."])
    align_documents(zh, en, CountingEmbedder())
    assert calls == [1]
    align_documents(zh, en, CountingEmbedder(), config=AlignConfig(lexical_limit=5))
    assert calls == [1]  # 3 x 3 lattice points > 5: not computed


@given(st.integers(0, 10_000), st.integers(1, 30), st.integers(1, 30), st.integers(1, 40))
@settings(max_examples=25, deadline=None)
def test_a_pointwise_score_taken_in_blocks_of_rows_gives_the_same_passes(seed, n, m, block):
    """With a table of scores the program reads the band a few rows at a time (bounded
    memory); the scores, back pointers and path are those of the whole band at once."""
    from align.aligner import dp

    score = random_scorer(seed)
    band = band_around(np.array([[0, n]]), np.array([[0, m]]), n, m, 2) if seed % 2 else (
        full_band(n, m)
    )
    whole = dp.path_scores(band, BEADS, dp.ScoreTable(band, BEADS, score))
    old = dp._BLOCK_POINTS
    dp._BLOCK_POINTS = block
    try:
        table = dp.ScoreTable(band, BEADS, score)
        blocks = dp.path_scores(band, BEADS, table)
        fwd_whole, back_whole = dp._forward(band, list(BEADS), [k for k in BEADS if k[0]],
                                            lambda a, b, i, j: table(a, b, i, j))
        fwd_blocks, back_blocks = dp._forward(band, list(BEADS), [k for k in BEADS if k[0]],
                                              table)
    finally:
        dp._BLOCK_POINTS = old
    assert blocks[2] == whole[2]
    assert np.allclose(blocks[0], whole[0], rtol=0, atol=1e-9)
    assert np.allclose(blocks[1], whole[1], rtol=0, atol=1e-9)
    assert np.array_equal(back_blocks, back_whole)
    assert np.allclose(fwd_blocks, fwd_whole, rtol=0, atol=1e-9)


# --- the verdict on a translation with large one-sided parts ---------------------------------

# A reprint's Chinese-only lead of four sentences, then the two translated sentences; the English
# page prints a contents list of chapter headings (English only) before the same two sentences.
LEAD_ZH = [
    "2021年3月1日，某省政府发布了关于森林保护的报告，并举行了新闻发布会。",
    "报告回顾了过去十年全省植树造林的进展。",
    "发布会上，有关部门负责人回答了记者提问。",
    "全省森林覆盖率由百分之三十提高到百分之三十八。",
    "各地还建设了一批湿地公园和自然保护区。",
    "以下为报告前言部分全文。",
    "森林是人类赖以生存的绿色家园。",
    "保护森林就是保护我们共同的未来。",
]
CONTENTS_EN = [
    "I. Ten Years of Afforestation",
    "II. Protecting Wetlands and Rivers",
    "III. Wildlife Corridors",
    "IV. Fire Prevention",
    "V. Community Forestry",
    "VI. Research and Monitoring",
    "VII. International Cooperation",
    "1. Planting Along the Rivers",
    "2. Restoring Mountain Slopes",
    "3. Protecting Old Trees",
    "4. Training Forest Rangers",
    "Forests are the green home on which human survival depends.",
    "Protecting forests means protecting our common future.",
]
GREETING_ZH = [
    "女士们、先生们，大家上午好！", "今天我们讨论港口的扩建计划。",
    "新码头将在明年投入使用。", "谢谢！",
]
GREETING_EN = [
    "Ladies and gentlemen, good morning.", "The museum will reopen after its roof is repaired.",
    "Schoolchildren may visit for free on Tuesdays.", "Thank you.",
]


def test_translation_with_large_one_sided_parts_is_a_translation(embedder):
    from align.aligner.verdict import MIN_TRANSLATION_SCORE

    result = align_documents(doc("zh", LEAD_ZH), doc("en", CONTENTS_EN), embedder)
    # The score over all beads alone would refuse it: most sentences are one-sided.
    assert result.translation_score < MIN_TRANSLATION_SCORE
    assert looks_like_translation(result) == (True, "")


def test_a_shared_greeting_is_no_evidence_of_translation(embedder):
    """A salutation and a 'thank you' any two speeches share are no evidence of translation:
    only the beads that say something are weighed."""
    from align.aligner.verdict import bead_evidence

    result = align_documents(doc("zh", GREETING_ZH), doc("en", GREETING_EN), embedder)
    two = [b for b in result.beads if b.zh and b.en]
    greeting = [b for b in two if b.zh in ((0,), (3,))]
    assert greeting  # the aligner pairs the greetings (and they match well)
    zt, et = GREETING_ZH, GREETING_EN
    ev = bead_evidence(result.beads, result.zh_vectors, result.en_vectors, zt, et)
    assert len(ev) == len(two) - len(greeting)
    assert all(x < 1.0 for x in ev)


def test_unrelated_documents_with_large_one_sided_parts_are_refused(embedder):
    result = align_documents(doc("zh", LEAD_ZH[:6] + ZH), doc("en", CONTENTS_EN[:11] + OTHER),
                             embedder)
    assert not looks_like_translation(result)[0]


@given(st.integers(0, 10_000), st.integers(2, 30), st.integers(2, 30), st.integers(1, 40))
@settings(max_examples=20, deadline=None)
def test_the_score_table_and_contested_groups_taken_in_blocks_are_the_same(seed, n, m, block):
    """A large band's table is scored, refreshed and added to a block of rows at a time, and
    the contested groups are found the same way (bounded memory): with a score that is a
    table look-up, the same tables and groups as the whole band at once."""
    from align.aligner import dp
    from align.aligner.refine import contested_groups

    score = random_scorer(seed)
    band = band_around(np.array([[0, n]]), np.array([[0, m]]), n, m, 2) if seed % 2 else (
        full_band(n, m)
    )
    values = np.random.default_rng(seed).standard_normal(band.area)
    groups = ({(0, 2), (1, 3), (n - 2, 2)}, {(0, 2), (m - 3, 3)})

    def build():
        table = dp.ScoreTable(band, BEADS, score)
        table.refresh(*groups)
        table.add(lambda a, b, i, j: (i * 0.25 - j * 0.5) % 1.0)
        table.add_at_start(values)
        fwd, bwd, _ = dp.path_scores(band, BEADS, table)
        return table, contested_groups(band, table, BEADS, 0.5, (fwd, bwd))

    whole, whole_groups = build()
    old = dp._BLOCK_POINTS, dp._TABLE_POINTS
    dp._BLOCK_POINTS = dp._TABLE_POINTS = block
    try:
        blocks, block_groups = build()
    finally:
        dp._BLOCK_POINTS, dp._TABLE_POINTS = old
    for kind, t in whole.tables.items():
        assert np.array_equal(blocks.tables[kind], t), kind
    assert block_groups == whole_groups
    # the groups as the whole band's predecessors give them, in one step
    fwd, bwd, _ = dp.path_scores(band, BEADS, whole)
    ii, jj = band.points
    gaps: dict = {}
    for a, b in BEADS:
        if a and b and max(a, b) >= 2:
            ok, start = band.predecessors(a, b)
            total = fwd[start] + whole(a, b, ii[ok], jj[ok]) + bwd[ok]
            for g_i, g_j, d in zip(ii[ok] - a, jj[ok] - b, fwd[-1] - total, strict=True):
                for key in (("zh", int(g_i), a), ("en", int(g_j), b)):
                    if d <= 0.5 and key[2] >= 2 and gaps.get(key, np.inf) > d:
                        gaps[key] = float(d)
    assert whole_groups == sorted(gaps, key=gaps.__getitem__)


@given(st.integers(0, 10_000), st.integers(2, 30), st.integers(2, 30), st.integers(1, 40))
@settings(max_examples=15, deadline=None)
def test_one_sided_kinds_of_one_score_are_kept_as_a_number(seed, n, m, block):
    """A one-sided kind that scores every point alike (the skip cost) is kept as that number;
    its look-ups, refreshed or not, are those of a table of it."""
    from align.aligner import dp

    rand = random_scorer(seed)

    def score(a, b, i, j):
        return np.full(len(i), -0.3) if not (a and b) else rand(a, b, i, j)

    band = band_around(np.array([[0, n]]), np.array([[0, m]]), n, m, 2)
    old = dp._TABLE_POINTS
    dp._TABLE_POINTS = block
    try:
        table = dp.ScoreTable(band, BEADS, score)
    finally:
        dp._TABLE_POINTS = old
    one_sided = [k for k in BEADS if not (k[0] and k[1])]
    assert sorted(table.constants) == sorted(one_sided) and not set(one_sided) & set(table.tables)
    ii, jj = band.points
    for a, b in BEADS:
        want = np.full(len(ii), -np.inf, dtype=np.float32)
        ok = (ii >= a) & (jj >= b)
        want[ok] = score(a, b, ii[ok], jj[ok])
        got = table(a, b, ii, jj)
        assert got.dtype == np.float32 and np.array_equal(got, want), (a, b)
    table.refresh({(0, 1)}, set())  # a refreshed one-sided kind becomes a table
    assert (1, 0) in table.tables and np.array_equal(
        table(1, 0, ii, jj), np.where(ii >= 1, np.float32(-0.3), np.float32(-np.inf)))
    # a scorer whose one-sided scores differ keeps tables
    assert not dp.ScoreTable(band, BEADS, rand).constants


@given(st.integers(0, 10_000), st.integers(2, 30), st.integers(2, 30), st.integers(1, 40))
@settings(max_examples=10, deadline=None)
def test_a_score_table_set_aside_comes_back_the_same(seed, n, m, block):
    """While set aside (the second encode) the table's arrays and the band's points are out of
    memory; after, the tables and points are bit for bit what they were."""
    from align.aligner import dp

    band = band_around(np.array([[0, n]]), np.array([[0, m]]), n, m, 2)
    table = dp.ScoreTable(band, BEADS, random_scorer(seed))
    want = {kind: t.copy() for kind, t in table.tables.items()}
    points = [p.copy() for p in band.points]
    old = dp._BLOCK_POINTS
    dp._BLOCK_POINTS = block
    try:
        with table.set_aside(0):
            assert not table.tables and "points" not in band.__dict__
        with table.set_aside(10**12):  # too small to set aside: kept
            assert table.tables
    finally:
        dp._BLOCK_POINTS = old
    assert list(table.tables) == list(want)
    for kind, t in want.items():
        assert table.tables[kind].dtype == t.dtype and np.array_equal(table.tables[kind], t)
    assert all(np.array_equal(a, b) for a, b in zip(band.points, points, strict=True))
    assert table.ii is band.points[0] and table.jj is band.points[1]


@given(st.integers(0, 10_000), st.integers(3, 30), st.integers(3, 30))
@settings(max_examples=15, deadline=None)
def test_clause_evidence_in_blocks_is_that_of_one_call(seed, n, m):
    """``boundary_evidence`` takes its points a block of whole ``rowdot`` chunks at a time
    (bounded memory); the evidence is bit for bit the sum of the four cosines in one call."""
    from align.aligner import clauses
    from align.aligner.score import rowdot

    rng = np.random.default_rng(seed)

    def unit(k: int) -> np.ndarray:
        v = rng.standard_normal((k, 8)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    en, head, tail = unit(m), unit(n), unit(n)
    i = rng.integers(0, n + 1, 9000)
    j = rng.integers(0, m + 1, 9000)
    old = clauses._POINTS_AT_ONCE
    clauses._POINTS_AT_ONCE = 2048
    try:
        got = clauses.boundary_evidence(i, j, en, head, tail)
    finally:
        clauses._POINTS_AT_ONCE = old
    want = np.zeros(len(i))
    inner = (i > 0) & (i < n)
    for en_k, ok, sign in ((j, inner & (j < m), 1.0), (j - 1, inner & (j > 0), -1.0)):
        e = en_k[ok]
        want[ok] += sign * (rowdot(en, e, head, np.minimum(i, n - 1)[ok])
                            - rowdot(en, e, tail, np.maximum(i - 1, 0)[ok]))
    assert np.array_equal(got, want)


@pytest.mark.parametrize(("text", "expected"), [
    ("常委會(huì )把代表工作作為抓手。", "常委會把代表工作作為抓手。"),
    ("發(fā)揮代表作用,加強聯(lián)系。", "發揮代表作用,加強聯系。"),
    ("落實(shí)委員長(cháng)會(huì )議精神", "落實委員長會議精神"),
    ("春节(jié)庆祝活动", "春节庆祝活动"),
    ("他说(shuō)：好。", "他说：好。"),
    ("会议(2024年)在北京举行。", "会议(2024年)在北京举行。"),  # a bracket of the sentence stays
    ("世界贸易组织(WTO)成员", "世界贸易组织(WTO)成员"),  # an abbreviation is no reading
])
def test_the_aligner_reads_chinese_without_pinyin_readings(text, expected):
    from align.numbers.tokens import without_readings  # as the aligner calls it

    assert without_readings(text, whole_only=False)[0] == expected


class _Recorder:
    """An embedder that remembers the texts it was given and returns fixed unit vectors."""

    name = "recorder"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        rng = np.random.default_rng(len(self.seen))
        v = rng.normal(size=(len(texts), 8)).astype(np.float32)
        return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_the_model_is_given_chinese_sentences_without_their_readings():
    rec = _Recorder()
    zh = ["常委會(huì )把代表作用作為抓手。", "密切常委會(huì )同代表的聯(lián)系。"]
    en = ["The Standing Committee valued the deputies.", "It kept close contact with them."]
    align_documents(doc("zh", zh), doc("en", en), rec)
    assert not any("huì" in t or "lián" in t for t in rec.seen)
    assert any("常委會把代表作用作為抓手" in t for t in rec.seen)


def test_a_one_sentence_side_is_compared_uncentred():
    """The mean of one sentence is that sentence: centred, it would be zero and match nothing
    (a one-sentence Chinese lead against the English article it heads was refused)."""
    from align.aligner.pipeline import _embed

    zt = ["zh sentence 7 ".ljust(40, "x")]
    et = [f"en sentence {k} ".ljust(40, "x") for k in (7, 101, 102)]
    zv, ev, zg, eg, _ = _embed(zt, et, KeyedEmbedder(), AlignConfig())
    assert float(zg[1][0] @ eg[1][0]) > 0.9  # the same sentence: its vector is kept


def test_sides_of_several_sentences_are_centred():
    from align.aligner.pipeline import _embed

    zt = [f"zh sentence {k} ".ljust(40, "x") for k in (7, 8, 9)]
    et = [f"en sentence {k} ".ljust(40, "x") for k in (7, 8, 9)]
    zv, ev, zg, eg, (zc, ec) = _embed(zt, et, KeyedEmbedder(), AlignConfig())
    assert np.linalg.norm(zc[0]) > 0.1  # a mean was taken out ...
    assert float(np.linalg.norm(zg[1].sum(axis=0))) < 1.0  # ... (three unit rows: about 1.7)
