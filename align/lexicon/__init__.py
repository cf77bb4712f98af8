"""The lexical engine: Chinese words, CC-CEDICT glosses, English lemmas, names and polarity.

An engine like the number engine: it reads text and knows no rules; checks and the aligner use
it. Everything heavy (the segmenter, the dictionary index) loads on first use.

    correspond(zh, en) -> Correspondence   which English words account for which Chinese words
    polarity(text) -> Polarity             negation cues with offsets, and the net polarity
    lexicon() -> Lexicon                   the loaded engine (dictionary lookups, words, keys)
"""

from align.lexicon.correspond import (
    Correspondence,
    Lexicon,
    Link,
    correspond,
    lexicon,
    preload,
)
from align.lexicon.dictionary import Entry
from align.lexicon.en import EnToken
from align.lexicon.polarity import Cue, Polarity, en_polarity, polarity, zh_polarity
from align.lexicon.zh import ZhWord, segment

__all__ = [
    "preload",
    "Correspondence",
    "Cue",
    "EnToken",
    "Entry",
    "Lexicon",
    "Link",
    "Polarity",
    "ZhWord",
    "correspond",
    "en_polarity",
    "lexicon",
    "polarity",
    "segment",
    "zh_polarity",
]
