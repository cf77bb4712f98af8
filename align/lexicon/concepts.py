"""Bags of concepts: what a sentence is about, in words both languages can share.

A Chinese content word stands for the derivational stems of its CC-CEDICT gloss lemmas (or of its
name-table rendering, or, for a word the dictionary lacks, of its dictionary parts); an English
content token stands for the stems of its lemmas. A Chinese word and an English token that share
a concept probably translate each other, which is the evidence dictionary aligners (Hunalign)
live on. Concepts of a Chinese word are cached per word, so a sentence costs a segmentation and a
few dictionary hits.
"""

from __future__ import annotations

from functools import lru_cache

from align.lexicon.correspond import lexicon
from align.lexicon.dictionary import gloss_keys
from align.lexicon.en import TOKEN, stem, tokens
from align.lexicon.names import name_words
from align.lexicon.zh import ZhWord, _rjieba


def zh_concepts(text: str) -> list[frozenset[str]]:
    """One concept set per Chinese content word of ``text``, in text order (a word the lexicon
    knows nothing about gives an empty set: it still counts as a word). Words as the segmenter
    tags them, without ``Lexicon.words``' merging of name pieces: a few µs a sentence."""
    out = []
    for word, tag in _rjieba().tag(text):
        concepts = _tagged_concepts(word, tag)
        if concepts is not None:
            out.append(concepts)
    return out


def en_concepts(text: str) -> list[frozenset[str]]:
    """One concept set per English content token of ``text``, in text order (each token is read
    on its own, as ``tokens`` reads it in the sentence, and cached)."""
    out = []
    for word in TOKEN.findall(text):
        concepts = _token_concepts(word)
        if concepts is not None:
            out.append(concepts)
    return out


@lru_cache(maxsize=200_000)
def _token_concepts(word: str) -> frozenset[str] | None:
    """The stems of a token's lemmas, or None when it is not a content word."""
    found = tokens(word, lexicon().dictionary.lemmas)
    if len(found) != 1 or not found[0].content:
        return None
    return frozenset(stem(x) for x in found[0].lemmas)


@lru_cache(maxsize=200_000)
def _tagged_concepts(word: str, tag: str) -> frozenset[str] | None:
    """A segmented word's concepts, or None when it is not a content word."""
    if not ZhWord(word, 0, len(word), tag).content:
        return None
    return _word_concepts(word)


@lru_cache(maxsize=200_000)
def _word_concepts(word: str) -> frozenset[str]:
    lex = lexicon()
    if word.isascii():  # a Latin token: the English word spelt the same
        return frozenset(stem(x) for t in tokens(word, lex.dictionary.lemmas) for x in t.lemmas)
    lemmas = lex.dictionary.lemmas
    entry = lex.dictionary.get(word)
    keys = set(entry.keys) if entry else set()
    keys |= gloss_keys(name_words(word), lemmas)
    if not keys:
        for piece in lex._pieces(word):
            e = lex.dictionary.get(piece)
            if e is not None and len(piece) > 1:
                keys |= e.keys
            keys |= gloss_keys(name_words(piece), lemmas)
    return frozenset(stem(k) for k in keys)
