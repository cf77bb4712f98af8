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
