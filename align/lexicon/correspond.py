"""Which English words account for which Chinese words.

For each Chinese content word the English tokens whose lemma is one of its dictionary glosses
(lemmatised on both sides), a name-table rendering (美 → US), a pinyin reading of a name
(赵启明 → Zhao Qiming), or the same Latin token (5G). A weaker derivational-stem match
(growth ~ grow) and, for a word the dictionary lacks, the glosses of its longest dictionary parts
come after. Numbers are left to the number engine: they are not content words here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from align.lexicon.dictionary import Dictionary, gloss_keys, load_index
from align.lexicon.en import EnToken, stem, tokens
from align.lexicon.names import NAMES, name_words, pinyin, romanise
from align.lexicon.zh import NUMERAL, ZhWord, _rjieba, segment

GLOSS, NAME, STEM, PINYIN, LATIN, PART = "gloss", "name", "stem", "pinyin", "latin", "part"
_MERGE_MAX = 6  # characters: merge segmenter pieces into one dictionary word up to this length


_OF_NUMERAL = frozenset("大届屆")  # a numeral's congress or term: 十八大, 十八届


@dataclass(frozen=True)
class Link:
    """A Chinese content word and the English tokens (indices) that account for it."""

    zh: ZhWord
    en: tuple[int, ...]
    how: str  # gloss, name, stem, pinyin, latin, part; "" when nothing matched


@dataclass(frozen=True)
class Correspondence:
    """Word-level correspondence of one Chinese and one English sentence."""

    zh: tuple[ZhWord, ...]
    en: tuple[EnToken, ...]
    links: tuple[Link, ...]  # one per Chinese content word, in text order

    @property
    def unmatched_zh(self) -> tuple[ZhWord, ...]:
        """Chinese content words no English word accounts for."""
        return tuple(link.zh for link in self.links if not link.en)

    @property
    def unmatched_en(self) -> tuple[EnToken, ...]:
        """English content words no Chinese word accounts for."""
        used = {i for link in self.links for i in link.en}
        return tuple(t for i, t in enumerate(self.en) if t.content and i not in used)

    @property
    def coverage(self) -> tuple[float, float]:
        """Share of Chinese content words matched, and of English content words used."""
        zh = sum(1 for link in self.links if link.en) / len(self.links) if self.links else 1.0
        content = sum(1 for t in self.en if t.content)
        en = 1.0 - len(self.unmatched_en) / content if content else 1.0
        return zh, en


@dataclass(frozen=True)
class _Keys:
    gloss: frozenset[str]
    name: frozenset[str]
    stems: frozenset[str]
    romans: frozenset[str]
    parts: frozenset[str]


class Lexicon:
    """The loaded engine: dictionary, lemma table and per-word caches."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self._keys: dict[tuple[str, str], _Keys] = {}

    # ------------------------------------------------------------ Chinese side
    def words(self, zh: str) -> list[ZhWord]:
        """Segmented words, adjacent pieces merged where the merge is a dictionary or name word
        (古/特雷斯 → 古特雷斯)."""
        raw = segment(zh)
        known = self.dictionary
        out: list[ZhWord] = []
        i = 0
        while i < len(raw):
            best = i
            # a numeral's 大 and 届 (十八大和十八届: the 18th Congress and Central Committee)
            # are its own: never the start of a dictionary word (大和, Yamato)
            counted = raw[i].text in _OF_NUMERAL and i > 0 and NUMERAL.match(raw[i - 1].text) \
                and raw[i - 1].end == raw[i].start  # a bare numeral: 一次大爆炸 is a big bang
            if raw[i].han and not counted:
                for j in range(min(len(raw), i + 3) - 1, i, -1):
                    if not raw[j].han or raw[j].start != raw[j - 1].end:
                        continue
                    text = zh[raw[i].start : raw[j].end]
                    if (
                        len(text) <= _MERGE_MAX
                        and (text in known or text in NAMES)
                        and all(raw[k].han for k in range(i, j + 1))
                    ):
                        best = j
                        break
            if best == i:
                out.append(raw[i])
            else:
                text = zh[raw[i].start : raw[best].end]
                out.append(ZhWord(text, raw[i].start, raw[best].end, raw[i].pos))
            i = best + 1
        return out

    def keys(self, word: ZhWord) -> _Keys:
        """Everything an English rendering of the word may be matched on (cached per word)."""
        cache_key = (word.text, word.pos[:2])
        found = self._keys.get(cache_key)
        if found is None:
            found = self._build_keys(word)
            if len(self._keys) > 200_000:
                self._keys.clear()
            self._keys[cache_key] = found
        return found

    def _build_keys(self, word: ZhWord) -> _Keys:
        text = word.text
        lemmas = self.dictionary.lemmas
        entry = self.dictionary.get(text)
        gloss = entry.keys if entry else frozenset()
        name = frozenset(gloss_keys(name_words(text), lemmas))
        stems = frozenset(stem(k) for k in gloss | name)
        parts: set[str] = set()
        if entry is None and not name and word.han:
            for piece in self._pieces(text):
                e = self.dictionary.get(piece)
                if e is not None:
                    parts |= e.keys
                parts |= gloss_keys(name_words(piece), lemmas)
        romans: frozenset[str] = frozenset()
        person = word.pos.startswith("nr")
        if word.han and (
            person
            or word.pos in ("ns", "nt", "nz")
            or entry is None
            or (entry is not None and entry.name)
        ):
            romans = frozenset(romanise(self.readings(text, person), person))
        return _Keys(gloss, name, stems, romans, frozenset(parts))

    def _pieces(self, text: str) -> list[str]:
        """Greedy longest dictionary words covering ``text`` (single characters last)."""
        out: list[str] = []
        i = 0
        while i < len(text):
            for n in range(min(4, len(text) - i), 0, -1):
                piece = text[i : i + n]
                if n == 1 or piece in self.dictionary:
                    out.append(piece)
                    i += n
                    break
        return out

    def readings(self, text: str, person: bool) -> tuple[str, ...]:
        """Toneless syllables of a word: the dictionary's own reading if it has one, else each
        character's (a surname in its surname reading), else pypinyin's."""
        entry = self.dictionary.get(text)
        if entry is not None and entry.pinyin and entry.pinyin[0]:
            return tuple(entry.pinyin[0].lower().split())
        syllables: list[str] = []
        for k, char in enumerate(text):
            e = self.dictionary.get(char)
            if e is None or not e.pinyin:
                return pinyin(text)
            options = e.pinyin
            capital = [p for p in options if p[:1].isupper()]
            lower = [p for p in options if not p[:1].isupper()]
            choice = (capital if (person and k == 0 and capital) else lower or capital)[0]
            syllables.append(choice.lower().split()[0])
        return tuple(syllables)

    # ------------------------------------------------------------ both sides
    def correspond(self, zh: str, en: str) -> Correspondence:
        """Link each Chinese content word to the English tokens that account for it."""
        words = self.words(zh)
        toks = tokens(en, self.dictionary.lemmas)
        by_lemma: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        by_surface: dict[str, list[int]] = {}
        for i, tok in enumerate(toks):
            if not tok.lemmas:
                continue
            for lemma in tok.lemmas:
                by_lemma.setdefault(lemma, []).append(i)
                by_stem.setdefault(stem(lemma), []).append(i)
            surface = tok.text.lower().replace("-", "").replace("'", "")
            by_surface.setdefault(surface, []).append(i)
            if "-" in tok.text:  # Guangdong-Hong Kong, Qi-ming: each part as well
                for part in tok.text.lower().split("-"):
                    by_surface.setdefault(part, []).append(i)
        links: list[Link] = []
        for word in words:
            if not word.content:
                continue
            if word.latin:
                hit = by_surface.get(word.text.lower().replace("-", ""), [])
                links.append(Link(word, tuple(hit), LATIN if hit else ""))
                continue
            k = self.keys(word)
            found: dict[int, None] = {}
            how = ""
            for source, index, kind in (
                (k.name, by_lemma, NAME),
                (k.gloss, by_lemma, GLOSS),
                (k.romans, by_surface, PINYIN),
                (k.stems, by_stem, STEM),
                (k.parts, by_lemma, PART),
            ):
                for key in source:
                    for i in index.get(key, ()):
                        found[i] = None
                if found and not how:
                    how = kind
                if found and kind in (GLOSS, PINYIN):
                    break  # a direct match: do not add the weaker ones
            if not found and k.romans:
                # A name split over tokens: Zhao Qiming, Xi'an; join neighbours and try again.
                for i in range(len(toks) - 1):
                    joined = (toks[i].text + toks[i + 1].text).lower()
                    if joined in k.romans:
                        found.update({i: None, i + 1: None})
                        how = PINYIN
            links.append(Link(word, tuple(sorted(found)), how))
        return Correspondence(tuple(words), tuple(toks), tuple(links))


_LOADING = threading.Lock()


def lexicon() -> Lexicon:
    """The engine, built (first run, a few seconds) or read from the cache (about 0.1 s).
    Thread-safe, so ``preload`` can start it while the caller loads a model."""
    with _LOADING:
        return _load()


@cache
def _load() -> Lexicon:
    return Lexicon(Dictionary(load_index()))


def preload() -> threading.Thread:
    """Load the engine and the segmenter in a background thread: about 0.3 s that a run can
    spend loading its sentence-embedding model at the same time (both mostly wait on
    decompression and C code). Returns the started thread."""
    thread = threading.Thread(target=_warm, name="align-lexicon", daemon=True)
    thread.start()
    return thread


def _warm() -> None:
    lexicon()
    _rjieba()


def correspond(zh: str, en: str) -> Correspondence:
    """Word correspondence of a Chinese sentence and its English translation."""
    return lexicon().correspond(zh, en)
