"""The packed, memory-mapped file format the lexicon keeps its index in (``lexicon/cache.py``)."""

from __future__ import annotations

import pytest

from align.lexicon.cache import Packed, pack, pack_strings, read_packed, write_cache_file

WORDS = ["经济", "美国", "", "Zhào Qǐmíng", "新华社", "a", "𠀀字", "economy growth", "美"]


def test_a_string_table_reads_back_and_finds_every_record(tmp_path):
    many = [f"词{k}" for k in range(3000)]  # enough records for probing runs in the hash index
    data = pack(7, {**pack_strings("words", WORDS, find=True), **pack_strings("many", many, True),
                    **pack_strings("plain", ["x", "y z"]), "flags": b"0101"})
    path = tmp_path / "index.idx"
    assert write_cache_file(path, data)
    packed = read_packed(path, 7)
    words = packed.strings("words")
    assert len(words) == len(WORDS) and list(words) == WORDS and words.all() == WORDS
    assert [words.find(w) for w in WORDS] == list(range(len(WORDS)))
    assert words.find("经") == -1 and words.find("美国人") == -1 and words.find("A") == -1
    assert words[-1] == "美" and words[1:3] == ["美国", ""]
    table = packed.strings("many")
    assert all(table.find(w) == k for k, w in enumerate(many))
    assert table.find("词3000") == -1
    assert packed.strings("plain").all() == ["x", "y z"]
    with pytest.raises(TypeError):
        packed.strings("plain").find("x")  # packed without a hash index
    assert bytes(packed.raw("flags")) == b"0101" and "flags" in packed and "nope" not in packed


def test_an_empty_table():
    packed = Packed(pack(1, pack_strings("none", [], find=True)), 1)
    none = packed.strings("none")
    assert len(none) == 0 and none.all() == [] and none.find("") == -1 and none.find("x") == -1


def test_a_file_of_another_format_or_cut_short_is_refused(tmp_path):
    data = pack(3, pack_strings("words", WORDS, find=True))
    path = tmp_path / "index.idx"
    path.write_bytes(data)
    with pytest.raises(ValueError):
        read_packed(path, 4)
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ValueError):
        read_packed(path, 3)
    path.write_bytes(b"")
    with pytest.raises(ValueError):
        read_packed(path, 3)
    path.write_bytes(b"not an index at all, just some text")
    with pytest.raises(ValueError):
        read_packed(path, 3)
    with pytest.raises(OSError):
        read_packed(tmp_path / "missing.idx", 3)


def test_writing_into_a_folder_that_cannot_be_made_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not write_cache_file(blocker / "sub" / "index.idx", b"data")
    assert write_cache_file(tmp_path / "sub" / "index.idx", b"data")
    assert (tmp_path / "sub" / "index.idx").read_bytes() == b"data"
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["index.idx"]  # no temporary left


@pytest.mark.parametrize("env", [
    {"ALIGN_CACHE_DIR": "/somewhere/align-cache"},
    {"XDG_CACHE_HOME": "/xdg"},
    {"HOME": "/home/someone"},
    {"HOME": "/"},
    {},  # no home and no passwd entry
])
def test_the_lexicon_and_the_embeddings_share_one_cache_folder(monkeypatch, env):
    import pwd

    from align.embed.cache import default_cache_dir
    from align.paths import cache_dir

    for var in ("ALIGN_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)

    def no_entry(uid):
        raise KeyError(uid)

    monkeypatch.setattr(pwd, "getpwuid", no_entry)
    assert cache_dir() == default_cache_dir()
    if not env:
        assert cache_dir().name.startswith("align-cache-")
