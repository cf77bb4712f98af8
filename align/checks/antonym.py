"""Antonyms: the English says the opposite word of what the Chinese says.

An English content word that no Chinese word accounts for is looked up in a hand-written
antonym table (``align.lexicon.antonyms``); if one of its antonyms is what a Chinese word in the
same bead means, and the English leaves that word unrendered, the translation probably says
the opposite (进口 import -> "exported", 加速 accelerate -> "slow down", 死亡 die -> "born").

On real translations most such coincidences are innocent, so a pair counts only when:

- the English word is not what some *other* Chinese word of the bead means (回答…问题 "take your
  questions": questions renders 问题, not the opposite of 回答);
- it is not negated ("doesn't stop" for 继续 says *continue*: a negated antonym agrees);
- the Chinese word has no rendering elsewhere in the English, counting an English word that
  shares an antonym with it (降低 "lower" rendered "cutting": cut and reduce both oppose
  increase), so the English word is not simply paired with the wrong Chinese word;
- the two words sit in clauses that the bead's anchored words (dictionary, name and pinyin
  links) tie together: the English clause is the one the Chinese clause is most tied to, or an
  unanchored clause next to it (需求 at the end of one sentence against "excess supply" in the
  sentence before is restructuring, not an opposite; 未来 against "the past five years" of
  the next sentence too). Chinese clauses are cut at 、 as well, as English cuts a list at
  commas.

A Chinese word's meanings are its dictionary senses that are plain renderings: senses of at
most two content words, no proper-name senses (安宁 "Anning City" is not *city*), no
explanations (院长 "the head of an institution whose name ends in 院" does not mean *end*), no
light verbs of phrasal senses (降低 "to bring down"). Quantity words count although the engine
does not call them content (多数 majority, 首次 first time); a superlative the dictionary lacks
means what its head means (最大: 大 big); an English adverb also stands for its adjective
(sparsely: sparse).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from align.checks.base import CheckContext
from align.checks.lexical import bead_texts, corr
from align.checks.partial import in_free_translation
from align.lexicon import Correspondence, lexicon
from align.lexicon.antonyms import ANTONYMS
from align.lexicon.correspond import GLOSS, LATIN, NAME, PINYIN
from align.lexicon.en import STOPWORDS, EnToken, lemmas_of
from align.lexicon.polarity import (
    CONTINUED,
    EN_NEGATORS,
    NEGATION,
    Cue,
    en_polarity,
    zh_polarity,
)
from align.model import Finding
from align.rules import ANTONYM

_SENSE_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+\S*")
MAX_SENSE_WORDS = 2  # a longer sense explains the word rather than rendering it
SENSES = 6  # only a word's first senses: later ones are rare readings
NEGATION_REACH = 3  # tokens from a negation to the word it negates ("did not really stop")
_ANCHORS = (GLOSS, NAME, PINYIN, LATIN)
_ZH_CLAUSE = re.compile(r"[，。；：！？,;:!?、]")
_EN_CLAUSE = re.compile(r"[,;:!?]|\.(?=\s|$)")
# Words of a dictionary sense that are notes, not renderings (to do sth, oneself).
_AMOUNT = re.compile(r"^an?\s+(?:little|few|bit|lot|while)$")
# Characters that make a negation compound (不久 soon, 无关 unrelated, 不足 insufficient): such a
# word's senses of several words paraphrase its stem negated ("not long", "before too long",
# "not enough"), and their content word is the stem's meaning, the opposite of the compound's;
# its one-word senses (soon, unrelated, insufficient) are its plain renderings.
_NEGATORS = "不没沒无無非未"
_ARTICLES = frozenset("a an the to".split())  # "the future" (未来) is one word, with its article
_DEGREE = "最更较很"  # degree adverbs that form words the dictionary may lack (最大, 更多)
_LIGHT_VERBS = frozenset("take give come go get make put set keep bring have do".split())
_SENSE_NOISE = frozenset("sb sth something somebody someone oneself etc esp lit fig abbr".split())


@lru_cache(maxsize=8192)
def meanings(word: str) -> frozenset[str]:
    """Lemmas of the plain renderings among a Chinese word's first dictionary senses: senses
    of at most ``MAX_SENSE_WORDS`` content words, without proper-name senses, classifiers,
    bracketed notes or the infinitive's to (include, a stopword to the engine, is kept)."""
    lx = lexicon()
    entry = lx.dictionary.get(word)
    if entry is None:
        if len(word) == 2 and word[0] in _DEGREE:
            return meanings(word[1])  # 最大 biggest: what 大 means
        return frozenset()
    table = lx.dictionary.lemmas
    negation_compound = len(word) >= 2 and word[0] in _NEGATORS
    out: set[str] = set()
    for sense in entry.senses[:SENSES]:
        for part in sense.split(";"):
            part = _BRACKETS.sub(" ", part).strip()
            if not part or part[:1].isupper() or part.startswith("CL:"):
                continue  # a proper name (Anning City) or a classifier
            if _AMOUNT.match(part):
                continue  # 一些 "a little" is an amount, not the size big opposes
            words = [w.lower() for w in _SENSE_WORD.findall(part)
                     if w.lower() not in _SENSE_NOISE]
            if negation_compound and len([w for w in words if w not in _ARTICLES]) > 1:
                continue  # 不久 "not long", "before too long": the stem negated, not a rendering
            content = [w for w in words if w not in STOPWORDS]
            if not content:  # include, more, after: a stopword to the engine, a meaning here
                content = [w for w in words if w in ANTONYMS]
            if len(words) > 1:  # to take liberties, to bring down: the light verb says little
                content = [w for w in content
                           if not set(lemmas_of(w, table)) & _LIGHT_VERBS]
            if 0 < len(content) <= MAX_SENSE_WORDS:
                out |= {lemma for w in content for lemma in _sense_lemmas(w, words, table)}
    return frozenset(out)


def _sense_lemmas(w: str, words: list[str], table) -> tuple[str, ...]:
    """The lemmas a sense word stands for. A sense that is one -ing word the lemma table knows
    as a word of its own (未来 "coming", "pending") is an adjective or a noun: the dictionary
    glosses a verb with "to" (to come), so it is not read as its verb (the coming years are no
    opposite of "going forward")."""
    found = lemmas_of(w, table)
    if len(words) == 1 and w.endswith("ing") and found[:1] == (w,):
        return (w,)
    return found


def _negated(en: str, tok: EnToken, starts: list[int], cues: tuple[Cue, ...]) -> bool:
    """Whether a negation stands just before the token, in the same clause: a negated antonym
    says what the Chinese says ("doesn't stop" for 继续)."""
    for cue in cues:
        if cue.kind == NEGATION and cue.end <= tok.start:
            between = en[cue.end : tok.start]
            if not re.search(r"[,;:.!?]", between) and \
                    sum(cue.end <= s < tok.start for s in starts) < NEGATION_REACH:
                return True
    return False


class _Clauses:
    """The bead's clauses on each side and how strongly anchored words tie them: each anchored
    Chinese word adds 1 to the pairs of its clause and its English words' clauses, split
    between its English words (a word said several times ties weakly)."""

    def __init__(self, c: Correspondence, zh: str, en: str) -> None:
        self.zh_cuts = [m.start() for m in _ZH_CLAUSE.finditer(zh)]
        self.en_cuts = [m.start() for m in _EN_CLAUSE.finditer(en)]
        self.ties: dict[tuple[int, int], float] = {}
        for link in c.links:
            if link.en and link.how in _ANCHORS:
                zc = self.zh_clause(link.zh.start)
                for i in link.en:
                    key = (zc, self.en_clause(c.en[i].start))
                    self.ties[key] = self.ties.get(key, 0.0) + 1 / len(link.en)

    def zh_clause(self, pos: int) -> int:
        return sum(p < pos for p in self.zh_cuts)

    def en_clause(self, pos: int) -> int:
        return sum(p < pos for p in self.en_cuts)

    def placed(self, zh_pos: int, en_pos: int) -> bool:
        """Whether an English word at ``en_pos`` may render a Chinese word at ``zh_pos``: the
        English clause is the one the Chinese clause is most tied to, or one of the two
        clauses is anchored nowhere (next to a clause tied to the other, if that one is)."""
        zc, ec = self.zh_clause(zh_pos), self.en_clause(en_pos)
        row = {e: w for (z, e), w in self.ties.items() if z == zc}
        col = {z: w for (z, e), w in self.ties.items() if e == ec}
        if not row and not col:
            return True  # neither clause anchored: nothing says where it went
        if not row:  # an unanchored clause merges with a neighbour in translation, if anywhere
            return any(abs(z - zc) <= 1 for z in col)
        if not col:
            return any(abs(e - ec) <= 1 for e in row)
        return row.get(ec, 0.0) == max(row.values())


def _zh_negated(zh: str, start: int) -> bool:
    """Whether a Chinese negation stands just before the word at ``start`` (这不可能 rendered
    "impossible": the negated word agrees with its antonym)."""
    return any(cue.kind in (NEGATION, CONTINUED) and cue.end <= start
               and start - cue.end <= NEGATION_REACH - 1
               and not _ZH_CLAUSE.search(zh, cue.end, start)
               for cue in zh_polarity(zh).cues)


def _holds(word: str, lemma: str) -> bool:
    """Whether one character of the Chinese word means the English word itself: the compound
    holds both ends (睡醒 sleep-wake, "awake out of sleep"; 生死 life and death)."""
    if len(word) < 2 or any(ch in word for ch in _NEGATORS):
        return False  # 不同 holds 同 "similar" negated: "similar" is its opposite
    return any(lemma in meanings(ch) for ch in word)


def _rendered_elsewhere(meant: frozenset[str], c: Correspondence, skip: int,
                        free: set[int]) -> bool:
    """Whether an English word other than token ``skip``, accounted for by no other Chinese
    word, renders the Chinese word: one of its meanings, or a word that shares an antonym with
    one of them (cutting for 降低 "lower, reduce": cut and reduce both oppose increase), or a
    word derived from one (friendship for 友好 "friend, friendly": its "close" is no verb)."""
    opposed = frozenset().union(*(ANTONYMS.get(m, frozenset()) for m in meant))
    stems = tuple(m for m in meant if len(m) >= 5 and " " not in m)
    for i in free:
        if i == skip:
            continue
        for lemma in c.en[i].lemmas:
            if lemma in meant or lemma.startswith(stems):
                return True
            if lemma not in opposed and ANTONYMS.get(lemma, frozenset()) & opposed:
                return True
    return False


def antonym_pairs(zh: str, en: str) -> list[tuple[str, str, str]]:
    """(Chinese word, English word, the antonym of the English word the Chinese means)."""
    c = corr(zh, en)
    linked = {link.zh.start for link in c.links if link.en}
    # Words of two characters or more that nothing in the English accounts for, quantity words
    # included (多数 majority, 首次 first time are not content words to the engine).
    unrendered = [w for w in c.zh if w.han and len(w.text) > 1 and w.start not in linked
                  and (w.content or w.pos.startswith("m"))]
    if not unrendered:
        return []
    # English words no word of two characters or more accounts for (受 'bear' does not count).
    strong = {i for link in c.links if len(link.zh.text) > 1 for i in link.en}
    free = {i for i, t in enumerate(c.en) if i not in strong and t.content}
    candidates = [i for i in sorted(free) if c.en[i].text[:1].islower()]
    if not candidates:
        return []
    said = frozenset().union(*(meanings(w.text) for w in c.zh if w.han and len(w.text) > 1))
    starts = [t.start for t in c.en]
    en_cues = en_polarity(en).cues
    gloss = [(w, meanings(w.text)) for w in unrendered]
    clauses = _Clauses(c, zh, en)
    out: list[tuple[str, str, str]] = []
    for i in candidates:
        tok = c.en[i]
        if (said & set(tok.lemmas) or tok.text.lower() in EN_NEGATORS
                or _negated(en, tok, starts, en_cues)):
            continue
        found = _opposite(tok, i, gloss, c, zh, clauses, free)
        if found is not None:
            out.append(found)
    return out


def _forms(tok: EnToken) -> tuple[str, ...]:
    """The token's lemmas and, for an adverb, its adjective (sparsely: sparse; easily: easy)."""
    out = list(tok.lemmas)
    for lemma in tok.lemmas:
        if lemma.endswith("ily") and len(lemma) > 5:
            out.append(lemma[:-3] + "y")
        elif lemma.endswith("ly") and len(lemma) > 5:
            out.append(lemma[:-2])
    return tuple(out)


def _opposite(tok: EnToken, i: int, gloss: list, c: Correspondence, zh: str,
              clauses: _Clauses, free: set[int]) -> tuple[str, str, str] | None:
    for lemma in _forms(tok):
        opposite = ANTONYMS.get(lemma)
        if not opposite:
            continue
        for w, meant in gloss:
            hit = opposite & meant
            if not hit or lemma in meant or _zh_negated(zh, w.start) or _holds(w.text, lemma):
                continue
            if not clauses.placed(w.start, tok.start):
                continue
            if _rendered_elsewhere(meant, c, i, free):
                continue
            return w.text, tok.text, sorted(hit)[0]
    return None


class AntonymCheck:
    rules = (ANTONYM,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        return in_free_translation(ctx, self._found(ctx))

    @staticmethod
    def _found(ctx: CheckContext) -> Iterator[Finding]:
        for b in bead_texts(ctx):
            for zh_word, en_word, meant in antonym_pairs(b.zh, b.en):
                yield ANTONYM.finding(
                    f"The English says '{en_word}' where the Chinese says {zh_word} "
                    f"('{meant}'): the opposite?",
                    zh=b.zh_span, en=b.en_span,
                    evidence=(("zh", zh_word), ("en", en_word), ("cue", meant)),
                    suggestion=f"'{meant}' rather than '{en_word}'", bead=b.index,
                )
