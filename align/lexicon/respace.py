"""English that lost its spaces, read as words again.

Some official reprints run their English together ("Chinaisnotthatinterestedinmaking",
"the11thcppccnationalcommittee", "Wenbin'sRegular"). ``respaced`` puts the spaces back: a
dynamic programme over the letters chooses the cheapest sequence of words, with costs derived from
data the lexicon already ships (no word list of its own, nothing downloaded):

- a word's cost falls with how often CC-CEDICT's English glosses use it (an inflected form counts
  its lemma's uses too, through the lemma table), flattened so that one long word is cheaper than
  two short ones that spell it ("today", not "to day");
- English function words (``en.STOPWORDS``, ``en.NUMBER_WORDS``: closed classes) are as cheap as
  the commonest gloss words, which a dictionary's glosses under-use (we, our, today's pronouns);
- a capitalised run of two or three pinyin syllables (the dictionary's own readings) is a name
  (Wenbin, Jiabao); an upper-case run is an acronym (BRICS, CCTV);
- anything else is an unknown stretch, dear per letter.

Digits are parted from letters (an ordinal suffix that fits the number stays: 11th, 2nd, 1990s),
a space follows sentence punctuation glued to the next word ("afternoon.the", "Beijing,which",
"U.S.companies" but not inside "U.S."), a clitic stays on its word ("Wenbin's", "don't").

Respacing only ever inserts spaces, so a position in the respaced text maps back to the page's
(``page_offset``). Only run-together text is touched: a text ``run_together`` finds mostly glued
has every token respaced; in any other text only a token of ``RUN_ON_LETTERS`` letters or more (a
glued line inside a spaced paragraph), never an address. Ordinary English comes back unchanged,
the same string.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, cached_property, lru_cache

from align.lexicon.en import NUMBER_WORDS, STOPWORDS

# A stretch without spaces holding this many letters is words run together: the longest
# English words have about 20 (counterrevolutionaries 22). Digits and punctuation inside the
# stretch ("the5thsessionofthe11thcommittee", "gentlemen,goodafternoon.the") do not part it.
RUN_ON = re.compile(r"\S+")
RUN_ON_LETTERS = 25
_ADDRESS = re.compile(r"://|www\.|@|\.(?:com|org|net|gov|cn|html?)\b", re.IGNORECASE)


_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())
_LONG = re.compile(rf"\S{{{RUN_ON_LETTERS},}}")  # a stretch that may hold RUN_ON_LETTERS letters


def _ascii_letters(text: str) -> int:
    return len(text.encode("ascii", "ignore").translate(None, _NOT_LETTERS))


def run_together(en: str) -> bool:
    """Whether most of an English text's letters are in words run together without spaces
    ("ChinaisnotthatinterestedinmakinginvestmentinRussia"): a page that lost its spaces."""
    glued = sum(n for m in _LONG.finditer(en)
                if (n := _ascii_letters(m.group())) >= RUN_ON_LETTERS
                and not _ADDRESS.search(m.group()))
    return glued > 0 and glued * 2 > _ascii_letters(en)


# ---------------------------------------------------------------------------------- word costs
# cost = WORD + FLAT * ln(total / uses): FLAT < 1 flattens the glosses' skewed counts, WORD is
# what each extra word costs (the two together make a long word beat the short words that spell
# it). Calibrated by taking the spaces out of ordinary English sentences of the odd pairs of
# benchmarks/real and counting the word boundaries put back (tests/test_respace.py says how).
WORD = 4.0
FLAT = 0.6
NAME_EXTRA = 3.0  # a pinyin name, or a lower-case syllable, costs a rare word and this
ACRONYM = 10.0  # an unknown upper-case run: this and ACRONYM_LETTER per letter
ACRONYM_LETTER = 1.0
UNKNOWN = 14.0  # an unknown stretch: this and UNKNOWN_LETTER per letter
UNKNOWN_LETTER = 2.5
LONGEST = 22  # longest word considered, in letters
ORDINAL = WORD  # an ordinal suffix after digits (11th) costs a common word
ENDING = 1.0  # a known word with one of these endings the glosses lack (exhibitor+s)
_ENDINGS = ("s", "es", "ers", "ors")
_GLOSS_WORD = re.compile(r"[A-Za-z]+")
_ONE_LETTER = frozenset({"a", "i"})


class WordCosts:
    """The cost of each English word the lexicon knows (see the module's docstring)."""

    def __init__(self, uses: Counter[str], pinyin: frozenset[str]) -> None:
        total = sum(uses.values()) or 1
        top = max(uses.values(), default=1)
        self.costs: dict[str, float] = {}
        for word, n in uses.items():
            if len(word) > 1 or word in _ONE_LETTER:
                self.costs[word] = WORD + FLAT * math.log(total / n)
        common = WORD + FLAT * math.log(total / top)
        for word in STOPWORDS | NUMBER_WORDS:
            if word.isalpha() and (len(word) > 1 or word in _ONE_LETTER):
                self.costs[word] = min(self.costs.get(word, common), common)
        self.rare = WORD + FLAT * math.log(total)
        self.pinyin = pinyin
        self.longest_syllable = max((len(s) for s in pinyin), default=0)

    def word(self, piece: str) -> float | None:
        """The cost of ``piece`` as one word, or None when it is none."""
        lower = piece.lower()
        if not (piece.islower() or piece.isupper() or piece[1:].islower()):
            return None  # a capital inside a word marks where the next one starts
        found = self.costs.get(lower)
        if found is not None and (len(piece) > 1 or lower in _ONE_LETTER):
            return found
        for ending in _ENDINGS:  # a plural or an agent the glosses lack (exhibitors)
            stem = lower[:-len(ending)]
            if lower.endswith(ending) and len(stem) > 3 and stem in self.costs:
                return self.costs[stem] + ENDING
        if piece.isupper() and len(piece) > 1:
            return ACRONYM + ACRONYM_LETTER * len(piece)
        if piece[0].isupper() and piece[1:].islower() and self._syllables(lower) in (2, 3):
            return self.rare + NAME_EXTRA
        if lower in self.pinyin and len(piece) > 1:
            return self.rare + NAME_EXTRA
        return None

    @lru_cache(maxsize=65536)  # noqa: B019 - one instance per process
    def _syllables(self, text: str) -> int:
        """How few pinyin syllables spell ``text`` exactly (0 when none do; at most 4). A
        syllable after the first starts with a consonant: pinyin writes an apostrophe before a,
        e or o there (Xi'an), so "Lankaa" is no lan-ka-a."""
        best = [0] + [99] * len(text)
        for j in range(1, len(text) + 1):
            for i in range(max(0, j - self.longest_syllable), j):
                if i and text[i] in "aeo":
                    continue
                if best[i] < 99 and text[i:j] in self.pinyin:
                    best[j] = min(best[j], best[i] + 1)
        return best[-1] if best[-1] <= 4 else 0

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """Every beginning of every known word: where the search for a word from a start may
        stop (a word needs its beginnings to be beginnings)."""
        return frozenset(w[:k] for w in self.costs for k in range(1, len(w) + 1))

    def _ends(self, letters: str, low: str, i: int) -> set[int]:
        """Where a word starting at ``i`` may end: known words (and their endings), a run of
        capitals, a capitalised run (a name), a pinyin syllable. ``word`` decides on each."""
        n, top = len(letters), min(len(letters), i + LONGEST)
        ends: set[int] = set()
        prefixes, costs = self.prefixes, self.costs
        j = i + 1
        while j <= top and low[i:j] in prefixes:
            if low[i:j] in costs:
                ends.add(j)
                ends.update(j + len(e) for e in _ENDINGS if low.startswith(e, j))
            j += 1
        if letters[i].isupper():
            j = i + 1
            while j < top and letters[j].isupper():
                j += 1
                ends.add(j)  # an acronym
            j = i + 1
            while j < top and letters[j].islower():
                j += 1
                ends.add(j)  # a name
        for j in range(i + 2, min(n, i + self.longest_syllable) + 1):
            if low[i:j] in self.pinyin:
                ends.add(j)
        return ends

    def split(self, letters: str) -> list[str]:
        """The cheapest cut of a run of letters into words (a dynamic programme, linear in the
        length of the run: from each start only the ends a word can have are tried)."""
        n = len(letters)
        low = letters.lower()
        # In a run that writes capitals the pronoun is "I": a lower-case i there is no word
        # ("Andthereisevenpossibility" is "is even", not "i seven"); a page written all in
        # lower case keeps it ("iwishto").
        cased = not letters.islower()
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for i in range(n):
            here = best[i]
            if here == math.inf:
                continue
            for j in self._ends(letters, low, i):
                if j > n or j - i > LONGEST:
                    continue
                c = None if cased and letters[i:j] == "i" else self.word(letters[i:j])
                if c is not None and here + c < best[j]:
                    best[j], back[j] = here + c, i
            # an unknown stretch from here
            for j in range(i + 1, min(n, i + LONGEST) + 1):
                c = here + UNKNOWN + UNKNOWN_LETTER * (j - i)
                if c < best[j]:
                    best[j], back[j] = c, i
        out: list[str] = []
        j = n
        while j > 0:
            out.append(letters[back[j]:j])
            j = back[j]
        return out[::-1]


@cache
def word_costs() -> WordCosts:
    """The costs, counted once per process from the lexicon's index (about two seconds; only a
    page that lost its spaces asks)."""
    from align.lexicon.correspond import lexicon

    d = lexicon().dictionary
    uses: Counter[str] = Counter(w.lower() for w in _GLOSS_WORD.findall(
        "/".join(d._senses.all())))
    lemmas = d.lemmas
    for form in list(lemmas):
        if form.isalpha():
            lemma_words = [w for w in lemmas[form].split() if w.isalpha()]
            lemma_uses = sum(uses.get(lemma, 0) for lemma in lemma_words)
            uses[form.lower()] += max(lemma_uses, 1)  # every form the lemma table knows
            for lemma in lemma_words:
                uses[lemma] = max(uses[lemma], 1)
    pinyin = frozenset(s for reading in d._pinyin.all() for r in reading.split("|")
                       for s in r.split()
                       if s.isalpha() and s.islower() and (len(s) > 1 or s in "aeo"))
    return WordCosts(uses, pinyin)


# ---------------------------------------------------------------------------- respacing tokens
# A token is read as runs of letters, numbers (digits with their inner , and .), clitics after
# an apostrophe, and single other characters.
_PIECE = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*|.", re.DOTALL)
_CLITICS = ("ll", "re", "ve", "s", "t", "d", "m")
_APOSTROPHES = "'’"
_AFTER = set(",;:!?)]”")  # a space follows these when a word or number comes next
_BEFORE = set("([“")  # and comes before these after a word


def _ordinal(digits: str) -> str:
    n = int(digits[-2:]) if digits.isdigit() else -1
    if n < 0:
        return ""
    return "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _respace_token(token: str, costs: WordCosts) -> str:
    pieces = _PIECE.findall(token)
    out: list[str] = []
    prev = ""  # the previous piece as written
    for k, piece in enumerate(pieces):
        gap = ""
        if piece.isalpha():
            words: list[str]
            if prev and prev in _APOSTROPHES and k >= 2 and pieces[k - 2].isalpha():
                clitic = _clitic(piece, costs)
                if not clitic:  # O'Brien
                    out.append(" ".join(costs.split(piece)))
                    prev = piece
                    continue
                words = [clitic] + (costs.split(piece[len(clitic):])
                                    if len(piece) > len(clitic) else [])
                out.append(words[0])
                words = words[1:]
                if words:
                    out.append(" ")
                out.append(" ".join(words))
                prev = piece
                continue
            if prev[:1].isdigit():
                piece, kept = _after_number(prev, piece, costs)
                if kept:
                    out.append(kept)
                if not piece:
                    prev = kept
                    continue
                gap = " "
            elif prev and (prev in _AFTER or (prev == "." and not _abbreviation(pieces, k))):
                gap = " "
            out.append(gap + " ".join(costs.split(piece)))
        elif piece[:1].isdigit():
            clock = prev == ":" and k >= 2 and pieces[k - 2].isdigit() and len(piece) == 2
            if prev.isalpha() and not _designator(out[-1]) or (prev and prev in _AFTER
                                                                and not clock):
                gap = " "  # but none inside a clock time ("[10:07]With" is 10:07)
            out.append(gap + piece)
        else:
            if piece in _BEFORE and prev[:1].isalnum():
                gap = " "
            out.append(gap + piece)
        prev = piece
    return "".join(out)


def _after_number(digits: str, letters: str, costs: WordCosts) -> tuple[str, str]:
    """The letters after a number without what stays on the number (the ordinal suffix that
    fits it, the s of a decade), and what stays. The suffix stays when the letters read as well
    with it as without ("11thnational", but "May25thatRussia" is 25 that)."""
    lower = letters.lower()
    decade = "s" if len(digits) == 4 and digits.endswith("0") else ""  # the 1990s
    suffix = next((s for s in (_ordinal(digits), decade) if s and lower.startswith(s)), "")
    if not suffix:
        return letters, ""
    rest = letters[len(suffix):]
    with_suffix = ORDINAL + (_cost(rest, costs) if rest else 0.0)
    return (rest, letters[:len(suffix)]) if with_suffix <= _cost(letters, costs) else (letters, "")


def _cost(letters: str, costs: WordCosts) -> float:
    return sum(costs.word(w) or UNKNOWN + UNKNOWN_LETTER * len(w) for w in costs.split(letters))


def _designator(written: str) -> bool:
    """Whether the word before a number is an upper-case designator the number belongs to
    (G20, MH370, A4): up to four capitals."""
    last = written.rsplit(" ", 1)[-1]
    return last.isalpha() and last.isupper() and len(last) <= 4


def _clitic(letters: str, costs: WordCosts) -> str:
    """Which clitic an apostrophe's letters start with ("sRegular" -> s, "tknow" -> t)."""
    lower = letters.lower()
    options = [c for c in _CLITICS if lower.startswith(c)]
    if not options:
        return letters[:0]

    return min(options, key=lambda c: _cost(letters[len(c):], costs) if letters[len(c):] else 0.0)


def _abbreviation(pieces: list[str], k: int) -> bool:
    """Whether the full stop before ``pieces[k]`` is inside an abbreviation of single letters
    ("U.S.", "p.m."): a single letter before it and a single letter and a full stop after."""
    return (k >= 2 and len(pieces[k - 2]) == 1 and pieces[k - 2].isalpha()
            and len(pieces[k]) == 1 and k + 1 < len(pieces) and pieces[k + 1] == ".")


def _glued_token(token: str) -> bool:
    return _ascii_letters(token) >= RUN_ON_LETTERS and not _ADDRESS.search(token)


# In spaced text, a number glued to the words around it ("more than1,200Chinese exhibitors"):
# a lower-case word of three letters or more just before the digits, or a capitalised word of
# five letters or more just after them. Only these joins are parted: G20, MH370, 5G and a unit
# written on its number (800Mbit/s, 100Mbps, 5GHz) stay as written.
_DIGIT = re.compile(r"[0-9]")  # most sentences have none: a fast first look
_NUMBER_JOIN = re.compile(r"(?<=[a-z]{3})(?=\d)|(?<=\d)(?=[A-Z][a-z]{4,}\b)")


def respaced(text: str, glued: bool | None = None) -> str:
    """``text`` with the spaces its words lost put back (the module's docstring says how), or
    ``text`` itself when nothing in it is run together. ``glued`` says whether the text is a
    page that lost its spaces (every token is respaced); None lets ``run_together`` decide,
    False respaces only a token of ``RUN_ON_LETTERS`` letters or more."""
    if not glued and not _LONG.search(text) and not (_DIGIT.search(text)
                                                     and _NUMBER_JOIN.search(text)):
        return text  # ordinary English, the common case: nothing to look at twice
    return _respaced(text, glued)


@lru_cache(maxsize=8192)
def _respaced(text: str, glued: bool | None) -> str:
    if glued is None:
        glued = run_together(text)
    if not glued:
        if _NUMBER_JOIN.search(text):
            text = RUN_ON.sub(lambda m: m.group() if _ADDRESS.search(m.group())
                              else _NUMBER_JOIN.sub(" ", m.group()), text)
        if not any(_glued_token(m.group()) for m in _LONG.finditer(text)):
            return text
    costs = word_costs()
    return RUN_ON.sub(lambda m: _respace_token(m.group(), costs)
                      if (glued and not _ADDRESS.search(m.group())) or _glued_token(m.group())
                      else m.group(), text)


def respaced_all(texts: list[str]) -> list[str]:
    """Each of a document's sentences respaced: all of them when the document as a whole lost
    its spaces (a short heading among glued lines too), else each as ``respaced`` decides."""
    glued = True if run_together(" ".join(texts)) else None
    return [respaced(t, glued) for t in texts]


def guessed(text: str, glued: bool | None = None) -> bool:
    """Whether ``respaced`` reads ``text``'s words by guessing where its spaces were (a text
    run together, or a glued stretch in it), not merely parting a number from its words."""
    if glued is None:
        glued = run_together(text)
    return glued or any(_glued_token(m.group()) for m in _LONG.finditer(text))


def page_offset(text: str, respaced_text: str, offset: int) -> int:
    """Where a position of ``respaced_text`` (``respaced(text)``) is in ``text``: respacing
    only inserts spaces."""
    i = j = 0
    while j < offset and i < len(text):
        if respaced_text[j] == text[i]:
            i += 1
        j += 1
    return i
