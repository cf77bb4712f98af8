"""Large arrays kept in a temporary file (``embed/store.py``) and what uses them: the default
embedder's kept sums and the embedding cache that does not hold a run's vectors twice."""

import importlib
import os

import numpy as np
import pytest
from conftest import CountingEmbedder

from align.embed import CachedEmbedder
from align.embed.store import SpillArray
from align.embed.use import USEEmbedder


def _fill(store: SpillArray, values: np.ndarray, step: int) -> None:
    for start in range(0, values.shape[1], step):
        store.write(slice(start, start + step), values[:, start : start + step])


@pytest.mark.parametrize("spill_bytes", [0, 10**9])
def test_float16_rows_come_back_as_written_in_a_file_or_in_memory(tmp_path, spill_bytes):
    rng = np.random.default_rng(7)
    values = rng.standard_normal((3, 50, 16)).astype(np.float32)
    with SpillArray((3, 50, 16), np.float16, spill_bytes=spill_bytes, folder=tmp_path) as store:
        assert store.spilled == (spill_bytes == 0)
        _fill(store, values, 7)  # writes of a few rows at a time, the last one short
        which = np.array([0, 2, 1, 0, 2])
        rows = np.array([49, 0, 13, 13, 30])
        got = store.take(which, rows)
    expected = values.astype(np.float16)[which, rows]  # numpy's own float16 rounding
    assert got.dtype == np.float16 and np.array_equal(got, expected)
    assert list(tmp_path.iterdir()) == []  # the file never had a name


def test_unwritten_rows_read_as_zeros(tmp_path):
    with SpillArray((3, 10, 4), np.float16, spill_bytes=0, folder=tmp_path) as store:
        store.write(slice(2, 3), np.ones((3, 1, 4)))
        got = store.take(np.array([0, 1]), np.array([1, 2]))
    assert got.tolist() == [[0.0] * 4, [1.0] * 4]


def test_a_failure_midway_leaves_no_file_and_frees_the_descriptor(tmp_path):
    before = len(os.listdir("/proc/self/fd"))
    with pytest.raises(RuntimeError), SpillArray(
        (3, 1000, 64), np.float16, spill_bytes=0, folder=tmp_path
    ) as store:
        store.write(slice(0, 10), np.ones((3, 10, 64)))
        raise RuntimeError("the run failed")
    assert list(tmp_path.iterdir()) == []
    assert len(os.listdir("/proc/self/fd")) == before


def test_kept_sums_in_a_file_compose_the_same_runs(monkeypatch):
    """The default embedder's joined runs are the same whether its kept sums are held in
    memory or in a file."""
    texts = [
        "会议指出，今年前三季度全市规模以上工业增加值同比增长百分之六点二。",
        "新建的跨江大桥全长约十二公里，预计明年六月正式通车。",
        "我们注意到有关报道，将继续同各方保持沟通，推动局势尽快降温。",
        "The new bridge across the river is about twelve kilometres long and opens next June.",
        "We have noted the reports and will stay in touch with all parties to ease tensions.",
    ]
    runs, seps = [texts[0:3], texts[1:3], texts[3:5]], ["", "", " "]
    use = USEEmbedder()
    direct = use.encode(texts)
    in_memory = use.encode_joined(runs, seps)
    assert not use._kept.sums.spilled

    class AlwaysSpill(SpillArray):
        def __init__(self, shape, dtype):
            super().__init__(shape, dtype, spill_bytes=0)

    compose_module = importlib.import_module("align.embed.use.compose")
    monkeypatch.setattr(compose_module, "SpillArray", AlwaysSpill)
    again = use.encode(texts)
    assert use._kept.sums.spilled
    assert np.array_equal(again, direct)
    assert np.array_equal(use.encode_joined(runs, seps), in_memory)


def test_the_cache_does_not_keep_a_second_copy_of_a_runs_new_vectors(tmp_path):
    cached = CachedEmbedder(CountingEmbedder(), tmp_path)
    first = cached.encode(["a", "bb", "ccc"])
    assert first[:, 0].tolist() == [1.0, 2.0, 3.0]  # in the texts' order
    first[:] = -1.0  # the caller owns what it was given (the aligner centres it in place)
    assert cached._mem == {}
    # asked for again in the same run: read back from the shard written, not embedded again
    again = cached.encode(["bb", "dddd"])
    assert sorted(cached.inner.seen) == ["a", "bb", "ccc", "dddd"]
    assert again[:, 0].tolist() == [2.0, 4.0]


def test_without_a_writable_cache_the_vectors_are_kept_for_the_run(tmp_path, monkeypatch):
    cached = CachedEmbedder(CountingEmbedder(), tmp_path)

    def fail(*args):
        raise OSError("read-only")

    monkeypatch.setattr(cached, "_write", fail)
    first = cached.encode(["a", "bb"])
    first[:] = -1.0
    assert cached.encode(["bb"])[:, 0].tolist() == [2.0]
    assert sorted(cached.inner.seen) == ["a", "bb"]


def test_rows_are_put_in_order_in_place():
    from align.embed.cache import _rows_to

    rng = np.random.default_rng(3)
    for size in (1, 2, 5, 40):
        positions = rng.permutation(size).tolist()
        vecs = rng.standard_normal((size, 3)).astype(np.float32)
        expected = np.empty_like(vecs)
        expected[positions] = vecs
        got = _rows_to(vecs, positions)
        assert got is vecs and np.array_equal(got, expected)


def test_rows_read_from_a_file_as_from_the_array(tmp_path):
    from align.embed.store import SpilledRows

    values = np.random.default_rng(5).standard_normal((300, 24)).astype(np.float32)
    rows = SpilledRows.of(values, folder=tmp_path)
    assert len(rows) == 300 and rows.shape == values.shape
    for index in (slice(10, 250), slice(0, 300, 2), slice(299, 300), np.array([5, 5, 299, 0]),
                  [7, 3], 42):
        assert np.array_equal(rows[index], values[index])
    assert np.array_equal(np.asarray(rows), values)
    rows.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("shape", [(400, 24), (400,)])
def test_scattered_rows_are_read_from_the_file_as_from_the_array(tmp_path, monkeypatch, shape):
    """Rows far apart are read one by one from the file (through the map each would bring in
    a large stretch of the file): the same values, negative indices and range errors too."""
    from align.embed import store

    values = np.random.default_rng(6).standard_normal(shape).astype(np.float32)
    rows = store.SpilledRows.of(values, folder=tmp_path)
    index = np.array([399, 0, -1, 200, 200, 17])
    for far in (1, 1 << 30):  # every index scattered; none
        monkeypatch.setattr(store, "_SCATTERED_BYTES", far)
        assert rows._scattered(index) == (far == 1)
        got = rows[index]
        assert got.shape == values[index].shape and np.array_equal(got, values[index])
    monkeypatch.setattr(store, "_SCATTERED_BYTES", 1)
    with pytest.raises(IndexError):
        rows[np.array([0, 400])]
    assert rows[np.array([], dtype=np.int64)].shape == values[:0].shape
    rows.close()


def test_a_pair_aligned_with_its_arrays_in_files_is_aligned_as_in_memory(monkeypatch):
    """The sample briefing with the banded search forced (``full_limit``): the same beads,
    scores and vectors whether the sentence vectors and kept sums wait in files or not."""
    from pathlib import Path

    from align.aligner import AlignConfig, align_documents, pipeline
    from align.io import read_document

    samples = Path(__file__).resolve().parent.parent / "samples"
    zh = read_document(samples / "briefing.zh.txt", "zh")
    en = read_document(samples / "briefing.draft.en.txt", "en")
    cfg = AlignConfig(full_limit=500, coarse_size=16)
    plain = align_documents(zh, en, USEEmbedder(), config=cfg)

    class AlwaysSpill(SpillArray):
        def __init__(self, shape, dtype):
            super().__init__(shape, dtype, spill_bytes=0)

    monkeypatch.setattr(importlib.import_module("align.embed.use.compose"), "SpillArray",
                        AlwaysSpill)
    monkeypatch.setattr(pipeline, "SPILL_ROWS_BYTES", 0)
    monkeypatch.setattr(pipeline, "_UNCENTRE_ROWS", 7)  # several stretches
    monkeypatch.setattr(importlib.import_module("align.aligner.coarse"), "_HALVE_ROWS", 6)
    monkeypatch.setattr(importlib.import_module("align.aligner.refine"), "_RUNS_AT_ONCE", 5)
    spilled = align_documents(zh, en, USEEmbedder(), config=cfg)
    assert spilled.beads == plain.beads  # scores included
    assert not isinstance(spilled.zh_vectors, np.ndarray)  # rows in a file, read like one
    assert np.array_equal(spilled.zh_vectors, plain.zh_vectors)
    assert np.array_equal(spilled.en_vectors, plain.en_vectors)
    assert len(plain.beads) > 20


def test_a_large_pair_lets_go_of_the_embedding_cache_between_encodes(tmp_path, monkeypatch):
    """A large pair (vectors in files) does not hold the embedding cache read into memory
    after its encodes (all of a warm cache: 430 MB on the 20+31 MB pair); cold and warm, the
    beads and vectors are those of a run that keeps it."""
    from pathlib import Path

    from align.aligner import AlignConfig, align_documents, pipeline
    from align.io import read_document

    samples = Path(__file__).resolve().parent.parent / "samples"
    zh = read_document(samples / "briefing.zh.txt", "zh")
    en = read_document(samples / "briefing.draft.en.txt", "en")
    cfg = AlignConfig(full_limit=500, coarse_size=16)
    monkeypatch.setattr(pipeline, "SPILL_ROWS_BYTES", 0)

    class Keeping(CachedEmbedder):
        def forget(self) -> None:
            pass

    for run in ("cold", "warm"):
        kept = Keeping(USEEmbedder(), tmp_path / "kept")
        expected = align_documents(zh, en, kept, config=cfg)
        cached = CachedEmbedder(USEEmbedder(), tmp_path / "let-go")
        got = align_documents(zh, en, cached, config=cfg)
        assert cached._mem is None and kept._mem is not None, run
        assert got.beads == expected.beads, run  # scores included
        assert np.array_equal(got.zh_vectors, expected.zh_vectors), run
        assert np.array_equal(got.en_vectors, expected.en_vectors), run
    assert cached.misses == 0 and cached.hits > 0  # the warm run read it all from the shards


def test_findings_are_the_same_with_the_vectors_in_a_file(monkeypatch):
    """The checks read a large pair's vectors from a file (``vectors.best_rows``): the
    sample draft's findings are those of the vectors in memory."""
    from pathlib import Path

    from align.aligner import pipeline
    from align.api import check

    samples = Path(__file__).resolve().parent.parent / "samples"
    zh, en = samples / "briefing.zh.txt", samples / "briefing.draft.en.txt"
    use = USEEmbedder()
    plain = check(zh, en, embedder=use)
    monkeypatch.setattr(pipeline, "SPILL_ROWS_BYTES", 0)
    spilled = check(zh, en, embedder=use)
    assert spilled.findings == plain.findings and len(plain.findings) > 5


def test_rows_assigned_in_a_file_read_back_as_in_an_array(tmp_path):
    from align.embed.store import SpilledRows

    rng = np.random.default_rng(11)
    values = rng.standard_normal((200, 8)).astype(np.float32)
    rows = SpilledRows((200, 8), np.float32, folder=tmp_path)
    expected = np.zeros((200, 8), np.float32)
    for index, part in ((slice(0, 90), values[:90]), (np.array([199, 120, 95]), values[:3]),
                        ([150, 151], values[5:7]), (slice(100, 200, 3), values[:34]),
                        (slice(90, 95), 1.5)):
        rows[index] = part
        expected[index] = part
    assert np.array_equal(rows[:], expected)
    rows.close()


class _RowsEmbedder(CountingEmbedder):
    """The stand-in model with ``encode_rows``: rows in a file whenever asked to spill."""

    def encode_rows(self, texts, spill_bytes):
        from align.embed.store import rows

        out = rows((len(texts), 2), np.float32, spill_bytes)
        out[:] = self.encode(texts)
        return out


@pytest.mark.parametrize("inner", [CountingEmbedder, _RowsEmbedder])
def test_the_cache_gathers_a_large_result_into_a_file(tmp_path, inner):
    """Repeated, cached and new texts: ``encode_rows`` told to spill gives rows in a file
    that read as ``encode`` gives them, saves a shard a later run reads, and a result all
    from the cache spills too."""
    from align.embed.store import SpilledRows

    plain = CachedEmbedder(CountingEmbedder(), tmp_path / "a")
    cached = CachedEmbedder(inner(), tmp_path / "b")
    cached.encode(["cc", "d"])
    plain.encode(["cc", "d"])
    texts = ["a", "bbb", "a", "cc", "eeeee", "bbb", "d", "a"]
    got = cached.encode_rows(texts, 0)
    assert isinstance(got, SpilledRows)
    assert np.array_equal(got[:], plain.encode(texts))
    assert sorted(cached.inner.seen) == ["a", "bbb", "cc", "d", "eeeee"]  # each text once
    again = CachedEmbedder(CountingEmbedder(), tmp_path / "b").encode_rows(texts, 0)
    assert isinstance(again, SpilledRows) and np.array_equal(again[:], got[:])
    assert CachedEmbedder(CountingEmbedder(), tmp_path / "b").encode_rows(texts, 10**9)[
        :, 0].tolist() == [len(t) for t in texts]  # below the size: an array
    assert not isinstance(cached.encode_rows(texts, 10**9), SpilledRows)


def test_a_large_result_from_the_cache_aligns_as_in_memory(monkeypatch, tmp_path):
    """The sample briefing through the embedding cache, a cold and a warm run, with the
    sentence vectors gathered into, normalised and centred in files: the beads and scores of
    the plain run."""
    from pathlib import Path

    from align.aligner import AlignConfig, align_documents, pipeline
    from align.io import read_document

    samples = Path(__file__).resolve().parent.parent / "samples"
    zh = read_document(samples / "briefing.zh.txt", "zh")
    en = read_document(samples / "briefing.draft.en.txt", "en")
    cfg = AlignConfig(full_limit=500, coarse_size=16)
    plain = align_documents(zh, en, CachedEmbedder(USEEmbedder(), tmp_path / "a"), config=cfg)
    monkeypatch.setattr(pipeline, "SPILL_ROWS_BYTES", 0)
    monkeypatch.setattr(pipeline, "_UNCENTRE_ROWS", 7)  # several stretches
    for run in ("cold", "warm"):
        spilled = align_documents(zh, en, CachedEmbedder(USEEmbedder(), tmp_path / "b"),
                                  config=cfg)
        assert spilled.beads == plain.beads, run  # scores included
        assert np.array_equal(spilled.zh_vectors, plain.zh_vectors), run
        assert np.array_equal(spilled.en_vectors, plain.en_vectors), run


def test_group_rows_of_their_own_in_a_file_read_as_in_memory():
    """``GroupVectors.set_rows`` twice, a row set again taking its latest vector: the same
    group vectors whether its own rows are kept in memory or in a file."""
    from align.aligner.score import GroupVectors
    from align.embed.store import SpilledRows

    rng = np.random.default_rng(9)
    base = rng.standard_normal((60, 8)).astype(np.float32)
    first, second = rng.standard_normal((2, 10, 8)).astype(np.float32)
    tables = [GroupVectors(base, 3), GroupVectors(base, 3)]
    for table, spill in zip(tables, (np.inf, 0), strict=True):
        table.set_rows(np.arange(0, 50, 5), first, spill)
        table.set_rows(np.arange(20, 40, 2), SpilledRows.of(second) if spill == 0 else second,
                       spill)
    assert isinstance(tables[1]._own_vecs, SpilledRows)
    assert np.array_equal(tables[0][2:40], tables[1][2:40])
    picks = np.array([25, 20, 0, 57, 30, 30, 45])
    assert np.array_equal(tables[0][picks], tables[1][picks])
    assert np.array_equal(tables[1][np.array([20, 25])], [second[0], first[5]])


@pytest.mark.parametrize("in_file", [False, True])
def test_best_rows_are_the_largest_products_outside_the_skipped_rows(monkeypatch, in_file):
    from align import vectors
    from align.embed.store import SpilledRows

    monkeypatch.setattr(vectors, "_ROWS_AT_ONCE", 7)  # several stretches and query chunks
    monkeypatch.setattr(vectors, "_QUERIES_AT_ONCE", 3)
    rng = np.random.default_rng(4)
    rows = rng.standard_normal((40, 6)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    rows[25] = rows[3]  # an equal row later: the first one is found
    queries = rng.standard_normal((8, 6)).astype(np.float32)
    queries[0] = rows[3]
    skip = [(), (1, 2), tuple(range(40)), (5,), (), (39,), (0, 38), (20,)]
    source = SpilledRows.of(rows) if in_file else rows
    found, at = vectors.best_rows(source, queries, skip)
    for q, query in enumerate(queries):
        sims = rows @ query
        sims[list(skip[q])] = -np.inf
        if len(skip[q]) == 40:
            assert at[q] == -1 and found[q] == -np.inf
            continue
        assert at[q] == int(np.argmax(sims))
        assert np.isclose(found[q], sims.max(), rtol=0, atol=1e-5)
    assert at[0] == 3


def _resident_bytes(array_address: int) -> int | None:
    """Resident bytes of the mapping that holds ``array_address`` (/proc/self/smaps)."""
    inside = False
    with open("/proc/self/smaps") as f:
        for line in f:
            head = line.split()[0]
            if "-" in head and ":" not in head:
                lo, hi = (int(x, 16) for x in head.split("-"))
                inside = lo <= array_address < hi
            elif inside and head == "Rss:":
                return int(line.split()[1]) * 1024
    return None


@pytest.mark.skipif(not (os.path.exists("/proc/self/smaps") and hasattr(os, "posix_fadvise")),
                    reason="needs /proc/self/smaps and posix_fadvise")
def test_reads_leave_no_page_of_the_rows_file_resident(tmp_path):
    """A read through the map of pages the page cache lost maps a whole stretch read ahead
    (a large folio, fault-around): releasing only the rows read left most of the file
    resident (a 128 MB file read every 37th row: 106 MB), hundreds of MB of the vector
    files in RSS over a large pair's passes. Reads hand back the stretch around them."""
    from align.embed.store import SpilledRows

    rows = SpilledRows((16384, 512), np.float32, folder=tmp_path)  # 32 MB
    rows[0:16384] = np.arange(16384, dtype=np.float32)[:, None]
    fd = rows._file.fileno()
    os.fsync(fd)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)  # as if evicted: read from disk again
    address = rows._view.__array_interface__["data"][0]
    for start in range(0, 16384 - 4, 37):
        assert rows[start : start + 3][:, 0].tolist() == [start, start + 1, start + 2]
        assert rows[np.array([start + 3, start + 1])][:, 0].tolist() == [start + 3, start + 1]
    resident = _resident_bytes(address)
    assert resident is not None and resident < 2**20
