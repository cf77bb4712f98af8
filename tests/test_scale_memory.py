"""Memory that grows with a document, bounded: what a 20 MB + 31 MB pair runs into."""

import tracemalloc

from align.io import check_language, han_share


def _peak(fn, *args) -> int:
    tracemalloc.start()
    try:
        fn(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_language_check_holds_no_list_of_the_words():
    """A list of every word of an English file (``findall``) is several times its size; the
    check needs at most a copy of the text."""
    text = "The quick brown fox jumps over the lazy dog, 42 times a day.\n" * 30_000
    assert han_share(text) == 0.0
    assert _peak(check_language, text, "en", "x.en.txt") < 2 * len(text)
    zh = "今天天气很好，我们去公园散步。\n" * 30_000
    assert han_share(zh) == 1.0
    assert _peak(check_language, zh, "zh", "x.zh.txt") < 2 * len(zh.encode("utf-16-le"))


def test_the_names_checks_index_of_words_takes_a_few_bytes_a_word():
    """The names check indexes which beads hold each English word and Chinese character of
    the whole document: as sets of ints that was about 100 bytes a (word, bead) entry, the
    check stage's peak on the 20 MB + 31 MB pair. It answers as a scan of the beads does."""
    import re
    from types import SimpleNamespace

    from align.checks.entities import _Occurrences

    beads = [SimpleNamespace(zh=f"第{k % 1000}章中国人民说话",
                             en=f"Chapter {k % 1000} of the book says word{k % 300} and more")
             for k in range(20_000)]
    entries = sum(len(set(re.findall(r"\w+", b.en))) + len(set(b.zh)) for b in beads)
    tracemalloc.start()
    try:
        where = _Occurrences(beads)
        size = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert size < 8 * entries
    assert where.english("word7 book") == {k for k in range(20_000) if k % 300 == 7}
    # candidates: the beads that hold every character (the caller confirms the whole name)
    assert where.chinese("7章") == {k for k, b in enumerate(beads) if {"7", "章"} <= set(b.zh)}
    assert where.english("") == set(range(20_000)) and where.english("word7 absent") == set()
