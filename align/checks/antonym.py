"""Antonyms: the English says the opposite word of what the Chinese says.

An English content word that no Chinese word accounts for is looked up in a hand-written
antonym table (``align.lexicon.antonyms``); if one of its antonyms is a dictionary gloss of a
Chinese word in the same bead that the English leaves unrendered, the translation probably says
the opposite (进口 import -> "exported", 加速 accelerate -> "slow down", 死亡 die -> "born").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.checks.base import CheckContext
from align.checks.lexical import bead_texts, corr
from align.lexicon import lexicon
from align.lexicon.antonyms import ANTONYMS
from align.model import Finding
from align.rules import ANTONYM

_WORDS = re.compile(r"[A-Za-z]{3,}")


def _meanings(word: str, keys: frozenset[str]) -> frozenset[str]:
    """Gloss lemmas and the plain words of the first senses (include is a stopword to the
    engine, not here)."""
    entry = lexicon().dictionary.get(word)
    words = {w for sense in (entry.senses[:6] if entry else ()) for w in _WORDS.findall(sense)}
    return keys | frozenset(w.lower() for w in words)


def antonym_pairs(zh: str, en: str) -> list[tuple[str, str, str]]:
    """(Chinese word, English word, the antonym of the English word the Chinese means)."""
    c = corr(zh, en)
    lx = lexicon()
    unrendered = [link.zh for link in c.links
                  if not link.en and link.zh.han and len(link.zh.text) > 1]
    if not unrendered:
        return []
    # English words no word of two characters or more accounts for (受 'bear' does not count).
    strong = {i for link in c.links if len(link.zh.text) > 1 for i in link.en}
    candidates = [t for i, t in enumerate(c.en) if i not in strong and t.content
                  and t.text[:1].islower()]
    gloss = [(w, _meanings(w.text, lx.keys(w).gloss)) for w in unrendered]
    out: list[tuple[str, str, str]] = []
    for tok in candidates:
        for lemma in tok.lemmas:
            opposite = ANTONYMS.get(lemma)
            if not opposite:
                continue
            for w, keys in gloss:
                hit = opposite & keys
                if hit and lemma not in keys:
                    out.append((w.text, tok.text, sorted(hit)[0]))
                    break
            else:
                continue
            break
    return out


class AntonymCheck:
    rules = (ANTONYM,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for b in bead_texts(ctx):
            for zh_word, en_word, meant in antonym_pairs(b.zh, b.en):
                yield ANTONYM.finding(
                    f"The English says '{en_word}' where the Chinese says {zh_word} "
                    f"('{meant}'): the opposite?",
                    zh=b.zh_span, en=b.en_span,
                    evidence=(("zh", zh_word), ("en", en_word), ("cue", meant)),
                    suggestion=f"'{meant}' rather than '{en_word}'", bead=b.index,
                )
