"""Partial omission and partial addition: a word taken out of, or put into, a sentence.

Dictionary coverage alone cannot tell these from free translation: a faithful translation
leaves 10-40% of the Chinese words without a dictionary match. So a finding needs evidence that
agrees:

- ``partial-omission``: the English has a gap where a word was taken out (``syntax.gaps``:
  "the of", "I don't if", a clause with a subject and no verb; none of these fires on some
  2,500 well-formed sentences) *and* the Chinese has a content word of the missing kind (a verb
  for a verb gap) that no English word accounts for; of several, the one nearest to where the
  links of the words around the gap place it is named. A gap with no such word is info.
- ``partial-addition``: an English adjective or adverb that no Chinese word accounts for (by
  dictionary, stem, pinyin, name, or a word-start in a sense of a word or character of the
  sentence), sitting on a word that is linked, where the Chinese around that word's counterpart
  is rendered and is no idiom or compound, and so is the Chinese between that counterpart and
  the counterpart of the English word before the modifier (far apart, the head's link is not
  this phrase's), so nothing in the Chinese is left for it to translate; and only in a
  literal document (``LITERAL_BAR``), where an English word with no source stands out: in a
  free translation such words are the translator's style. Degree and courtesy words
  (``INTENSIFIERS``: great importance, warmest congratulations) are no evidence either: on
  real published pairs they were all of this rule's false alarms that a word class explains.

Measured (benchmarks/meaning_eval.py, benchmarks/partial_eval.py): DEMETR dev document level
addition / noun removed / verb removed 0.32 / 0.40 / 0.38 on half A and 0.24 / 0.52 / 0.48 on
half B, nothing on DEMETR's correct documents or the project's sample; 0.2 ms a pair once the
shared correspondence is computed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from align.checks.base import CheckContext
from align.checks.entities import caption
from align.checks.lexical import bead_texts, corr, sub_spans
from align.checks.numbers.words import frequency_said
from align.lexicon import Correspondence, ZhWord, lexicon
from align.lexicon.correspond import PART
from align.lexicon.dictionary import Dictionary
from align.lexicon.en import lemmas_of
from align.lexicon.names import COUNTRY_CHARS
from align.lexicon.syntax import ADJ, ADV, NOUN, VERB, Gap, gaps, word_tags
from align.model import Finding, Severity, Span
from align.rules import PARTIAL_ADDITION, PARTIAL_OMISSION

NEAR_BEFORE, NEAR_AFTER = 1, 1  # Chinese words around a head's counterpart that must be rendered
VERB_GAPS = frozenset({"aux-no-verb", "adverb-no-verb", "no-verb", "subject-that",
                       "subject-and", "modal-no-verb", "be-no-participle",
                       "pronoun-no-verb"})


@dataclass(frozen=True)
class Suspect:
    """One suspected dropped or added word: the rule, the words on each side (character ranges
    into the bead's joined Chinese and English), how confident, and what was seen."""

    rule: str  # "omission" or "addition"
    zh_word: str
    en_word: str
    zh_range: tuple[int, int]
    en_range: tuple[int, int]
    confident: bool
    why: str
    en_quote: str = ""  # the English words as written (what a report highlights)
    placed: bool = True  # False: the gap's sentence renders none of the bead's Chinese


def _linked_positions(c: Correspondence) -> dict[int, int]:
    """English token index -> the index (in ``c.links``) of the Chinese word it renders."""
    out: dict[int, int] = {}
    for k, link in enumerate(c.links):
        for i in link.en:
            out.setdefault(i, k)
    return out


def _missing_kind(word: ZhWord, verb_gap: bool) -> bool:
    """Whether a Chinese word fits the gap: for a verb gap a verb (by its tag, or a dictionary
    sense 'to ...' of it or of its last two characters: 仔细检查 'check carefully' is tagged a
    noun); for a noun gap any content word but a name (流行 'pandemic' is tagged a verb)."""
    if not verb_gap:
        return not word.pos.startswith(("nr", "ns", "nt", "eng"))
    if word.pos.startswith("v"):
        return True
    d = lexicon().dictionary
    for text in dict.fromkeys((word.text, word.text[-2:])):
        entry = d.get(text)
        if entry is not None and any(sense.startswith("to ") for sense in entry.senses):
            return True
    return False


def sentence_gaps(en: str, starts: tuple[int, ...] = ()) -> list[Gap]:
    """``syntax.gaps`` of each sentence of a bead's joined English (``starts``: where each
    sentence starts), with offsets into the joined text: a gap never spans two sentences, and a
    heading alone on its line is a sentence of its own."""
    bounds = [*(starts or (0,)), len(en) + 1]
    out: list[Gap] = []
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        for g in gaps(en[a:b - 1] if b <= len(en) else en[a:]):
            out.append(Gap(g.start + a, g.end + a, g.left, g.right, g.pattern))
    return out


def omissions(zh: str, en: str, starts: tuple[int, ...] = ()) -> list[Suspect]:
    """Gaps in the English paired with an unrendered Chinese word of the missing kind."""
    found = sentence_gaps(en, starts)
    if not found:
        return []
    c = corr(zh, en)
    linked = _linked_positions(c)
    d = lexicon().dictionary
    out: list[Suspect] = []
    bounds = [*(starts or (0,)), len(en) + 1]
    for gap in found:
        if not _renders_any(c, linked, bounds, gap):
            out.append(Suspect("omission", "", f"{gap.left} _ {gap.right}".strip(), (0, 0),
                               (gap.start, gap.end), False, gap.pattern, en[gap.start:gap.end],
                               placed=False))
            continue
        verb_gap = gap.pattern in VERB_GAPS
        candidates = [k for k, link in enumerate(c.links)
                      if not link.en and link.zh.han and len(link.zh.text) >= 2
                      and link.zh.text not in ZH_MODALS
                      and _missing_kind(link.zh, verb_gap) and _known(link.zh.text, d)]
        en_text = f"{gap.left} _ {gap.right}".strip()
        if not candidates:
            out.append(Suspect("omission", "", en_text, (0, 0), (gap.start, gap.end), False,
                               gap.pattern, en[gap.start:gap.end]))
            continue
        centre = _centre(c, linked, gap)
        k = min(candidates, key=lambda j: abs(j - centre)) if centre is not None else candidates[0]
        w = c.links[k].zh
        if any(s.zh_word == w.text for s in out):
            continue  # two patterns at one gap ("carefully the", a clause with no verb)
        out.append(Suspect("omission", w.text, en_text, (w.start, w.end), (gap.start, gap.end),
                           True, gap.pattern, en[gap.start:gap.end]))
    return out


# Modal and auxiliary verbs: English renders them with words the engine leaves unlinked.
ZH_MODALS = frozenset("可能 能够 可以 应该 应当 必须 需要 愿意 将要 将会 已经".split())


def _known(text: str, d: Dictionary) -> bool:
    """A dictionary word, or one made of two dictionary words (设计方案), not a fragment of a
    name the segmenter cut (尔斯)."""
    return text in d or any(text[:n] in d and text[n:] in d for n in range(2, len(text) - 1))


def _renders_any(c: Correspondence, linked: dict[int, int], bounds: list[int], gap: Gap
                 ) -> bool:
    """Whether the bead's sentence that holds the gap renders any Chinese word of the bead. One
    that renders none (a list of names the page prints in English only, grouped with the
    Chinese sentence next to it) is no translation with a word taken out: an unrendered
    Chinese word cannot be said to be missing from it."""
    lo = max(b for b in bounds if b <= gap.start)
    hi = min(b for b in bounds if b > gap.start)
    return any(lo <= t.start < hi for i, t in enumerate(c.en) if i in linked)


def _centre(c: Correspondence, linked: dict[int, int], gap: Gap) -> float | None:
    """Where in the Chinese (an index into ``c.links``) the gap falls: halfway between the
    Chinese words linked to the nearest linked English words on each side of it."""
    left = [linked[i] for i, t in enumerate(c.en) if i in linked and t.end <= gap.start]
    right = [linked[i] for i, t in enumerate(c.en) if i in linked and t.start >= gap.end]
    ends = left[-1:] + right[:1]
    return sum(ends) / len(ends) if ends else None


# Words a translator adds routinely (degree, focus, quantity, time and discourse words).
ROUTINE = frozenset(
    """very also just even still already such really quite more most much many several various
    certain other same own whole entire respective related relevant particular specific current
    local new overall main major key total further so too well only both either then now here
    there actually indeed simply currently recently respectively together again once ever never
    generally usually always often eventually finally ultimately additionally subsequently
    especially particularly mainly largely mostly greatly highly fully newly jointly officially
    publicly widely directly successfully effectively actively closely strongly firmly
    different important significant relative general common real true better best
    thus hence therefore thereby consequently accordingly moreover furthermore besides however
    nevertheless nonetheless meanwhile otherwise instead likewise similarly
    hereby herewith hereinafter""".split()
)  # the last three lines: conjunctive and performative adverbs ("I hereby report"), which link
# clauses or mark the act and say nothing of their own


# Degree and courtesy words: adjectives and adverbs that only intensify or warm the noun or
# verb they sit on ("great importance" for 重要意义, "warmest congratulations" for 祝贺, "the
# kind invitation" for 邀请, "deeply grateful", "dear guests" for 各位来宾). Faithful
# translators add them everywhere; they change how strongly a thing is said, not what is said
# (a number, a negation, a time, a place or a different kind of thing). Matched by lemma:
# warmest, greater, deepest.
INTENSIFIERS = frozenset(
    """great high huge enormous tremendous immense vast deep profound strong warm kind sincere
    heartfelt hearty cordial gracious utmost extreme extraordinary considerable substantial
    remarkable sheer tireless unremitting unswerving firm steadfast resolute dear esteemed
    warmly deeply sincerely heartily cordially truly extremely tremendously enormously
    profoundly immensely vastly hugely strongly firmly resolutely steadfastly""".split()
)


# Deictic time modifiers: English places a visit or a session in time relative to now
# ("the upcoming visit", "the current session", "the recent talks") where Chinese points at
# it with a demonstrative or a time adverb (此次, 本届, 这次, 即将, 近期); with one of those
# before the head's Chinese word, the modifier renders it.
DEICTIC_TIME = frozenset(
    "upcoming forthcoming coming current ongoing present recent latest ensuing".split())
_DEICTIC_ZH = re.compile(r"[此这這该該将將]|本[次届屆轮輪期]|近期|最近|目前|当前|當前|今后|今後")


def _intensifier(word: str) -> bool:
    """Whether an English word is a degree or courtesy word (``INTENSIFIERS``), in any form."""
    low = word.lower()
    return low in INTENSIFIERS or any(
        x in INTENSIFIERS for x in lemmas_of(low, lexicon().dictionary.lemmas))


def additions(zh: str, en: str) -> list[Suspect]:
    """English adjectives and adverbs that nothing in the Chinese accounts for."""
    c = corr(zh, en)
    linked = _linked_positions(c)
    out: list[Suspect] = []
    for i, t in enumerate(c.en):
        if not t.content or i in linked or not t.text[:1].islower() or t.text in ROUTINE:
            continue
        if _intensifier(t.text) or _negated_rendering(t.text, c) or frequency_said(zh, t.text):
            continue  # a degree word; unstoppable for 不可阻挡 'cannot stop'; annual, 一年一度
        if _modifier_said(zh, t.text):
            continue  # 两国利益 'bilateral interests', 富有成效的合作 'fruitful cooperation'
        tags = word_tags(t.text)
        if not (ADJ in tags or ADV in tags) or (NOUN in tags and ADJ not in tags) or (
                VERB in tags):
            continue  # not a modifier, or a participle ("moving closer") a verb may explain
        head = _head(c, en, linked, i)
        if head is None:
            continue
        heads = [k for k, link in enumerate(c.links) if head in link.en]
        near = [c.links[j] for k in heads
                for j in range(max(0, k - NEAR_BEFORE), min(len(c.links), k + NEAR_AFTER + 1))]
        if any(not link.en and _may_render(link.zh, tags)
               and not _loosely(link.zh, c, i, skip=head) for link in near):
            continue  # a Chinese word next to the head is unrendered (or rendered only by the
            # head itself, 重要意义 'importance'): it may be this word ('great importance')
        if any(not link.en and len(link.zh.text) >= 2 and _may_render(link.zh, VERB)
               and not _loosely(link.zh, c, i) for link in _between(c, en, linked, i, heads)):
            continue  # the head's counterpart is not where the phrase's other words are
        if any(c.links[k].how == PART or _modified(c, k, i) or _compound(c.links[k].zh)
               for k in heads):
            continue  # the head is a compound or an idiom, or has a modifier nothing renders
        rendered = {link.zh for link in c.links if link.en}
        loose = [w for w in c.zh if w.han and w not in rendered]
        if _in_senses(t.text, [w.text for w in c.zh if w.han], [*(x.zh for x in near), *loose]):
            continue
        w = c.links[heads[0]].zh
        if t.text.lower() in DEICTIC_TIME and _DEICTIC_ZH.search(zh, max(0, w.start - 8), w.start):
            continue  # 此次访问 'the upcoming visit', 本届会议 'the current session'
        out.append(Suspect("addition", w.text, t.text, (w.start, w.end), (t.start, t.end),
                           True, f"on '{c.en[head].text}'", t.text))
    return out


# English modifiers a set phrase of the Chinese says without a gloss sharing their words: how
# many sides take part (两国利益 "bilateral interests", 双向投资 "two-way investment", 三方会谈
# "trilateral talks"), the fruit or substance official English gives an outcome (富有成效的合作
# "fruitful cooperation", 实实在在的好处 "tangible benefits"), the sea a place name or a word
# holds (南海分歧 "maritime disputes"), the insight of 有识之士 ("insightful people").
_MODIFIER_SOURCES = {
    # 中葡关系 "bilateral relations": 中 and any one-character country name
    "bilateral": "两国|兩國|双方|雙方|双边|雙邊|双向|雙向|两岸|兩岸|中["
                 + "".join(c for c in COUNTRY_CHARS if c != "中") + "歐韓烏馬亞]",
    "two-way": "双向|雙向|双边|雙邊|相互|互相|两国|兩國|双方|雙方",
    "trilateral": "三方|三国|三國|三边|三邊|[中美日韩韓俄印]{3}",
    "fruitful": "成效|成果|硕果|碩果|丰硕|豐碩|收获|收穫",
    "productive": "成效|成果|硕果|碩果|丰硕|豐碩|收获|收穫",
    "tangible": "实实在在|實實在在|实惠|實惠|切实|切實|实际|實際|良多",
    "maritime": "海",  # 南海分歧 "maritime disputes", 海上合作 "maritime cooperation"
    "insightful": "有识之士|有識之士|远见|遠見|真知灼见|真知灼見|洞见|洞見|见解|見解",
}


def _modifier_said(zh: str, word: str) -> bool:
    """Whether ``word`` is a modifier a set phrase of the Chinese ``zh`` says."""
    said = _MODIFIER_SOURCES.get(word.lower())
    return said is not None and re.search(said, zh) is not None


# Particles and connectives that carry no meaning a modifier could render.
PARTICLES = frozenset(
    "的 之 地 得 了 着 过 和 与 及 以及 或 并 而 在 于 是 对 从 向 把 被 将 为 也 都 就 所".split())


_SENSE_WORD = re.compile(r"[a-z]{4,}")


def _loosely(word: ZhWord, c: Correspondence, i: int, reach: int | None = None,
             skip: int = -1) -> bool:
    """Whether an unlinked Chinese word is rendered after all by an English word other than
    token ``i`` and token ``skip`` (within ``reach`` tokens of ``i``, if given): one starts as a
    word of its dictionary senses does (并网 'to connect to the grid' ~ grid-connected, 新增
    'newly added' ~ new)."""
    entry = lexicon().dictionary.get(word.text)
    if entry is None:
        return False
    prefixes = {w[:4] for sense in entry.senses for w in _SENSE_WORD.findall(sense.lower())}
    return any(j not in (i, skip) and t.content and t.text.lower()[:4] in prefixes
               and (reach is None or abs(j - i) <= reach) for j, t in enumerate(c.en))


_NEG_PREFIX = re.compile(r"^(?:un|in|im|il|ir|non-?)(?=[a-z]{4})")
_ABLE = re.compile(r"(?:able|ible|ably|ibly)$")
_ROOT = 4  # letters a root and a gloss word must share
_ZH_NEGATIVE = "不没未无非难"  # a Chinese word with, or right after, one of these is negated


def _negated_rendering(word: str, c: Correspondence) -> bool:
    """Whether a negative-prefixed English word renders a Chinese word of the sentence with a
    negation around it (unstoppable for 不可阻挡 'cannot stop', irreversible for 不可逆转,
    inseparable for 密不可分): its root, without the prefix and an -able ending, starts a
    gloss word of a Chinese word, or a gloss word starts it."""
    low = word.lower()
    if not _NEG_PREFIX.match(low):
        return False
    root = _ABLE.sub("", _NEG_PREFIX.sub("", low))
    if len(root) < _ROOT:
        return False
    lx = lexicon()
    for k, w in enumerate(c.zh):
        before = c.zh[k - 1].text if k and c.zh[k - 1].end == w.start else ""
        if not w.han or not any(ch in _ZH_NEGATIVE for ch in w.text + before):
            continue
        for g in lx.keys(w).gloss:
            g = g.lower()
            if len(g) >= _ROOT and (g.startswith(root) or root.startswith(g)):
                return True
    return False


def _modified(c: Correspondence, k: int, i: int = -1) -> bool:
    """Whether the Chinese word right before the head's counterpart (link ``k``), among all
    words, not only content words, is one nothing renders (最 before 东边: 'extreme east')."""
    start = c.links[k].zh.start
    before = [w for w in c.zh if w.end <= start and w.han]
    if not before:
        return False
    w = before[-1]
    if w.text in PARTICLES or w.end != start or w.pos.startswith(_FUNCTION_TAGS):
        return False
    if _degree(w):  # 非常荣幸 'a great honor': English says the degree on the noun, unless
        return not _loosely(w, c, i, DEGREE_REACH)  # a word by the modifier says it (especially)
    return not any(link.zh == w and link.en for link in c.links) and not _loosely(w, c, i)


DEGREE_REACH = 3  # English words either side of a modifier that may say the degree instead


# The senses by which the dictionary names an adverb of degree (非常 'very', 极其 'extremely',
# 格外 'especially'): a modifier of the head, whatever else the English renders loosely.
_DEGREE = re.compile(r"^(?:very|extremely|exceedingly|especially|highly|greatly|deeply|"
                     r"utterly|awfully|very much|even more)\b")


def _degree(word: ZhWord) -> bool:
    """Whether a Chinese word is an adverb of degree: one of its dictionary senses is a degree
    word ('very; really', 'extremely')."""
    entry = lexicon().dictionary.get(word.text)
    return entry is not None and any(_DEGREE.match(part.strip())
                                     for sense in entry.senses for part in sense.split(";"))


# jieba tags of words a modifier does not render: pronouns, numerals, measure words,
# prepositions, conjunctions, particles, suffixes (们).
_FUNCTION_TAGS = ("r", "m", "q", "p", "c", "u", "k")
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def _compound(word: ZhWord) -> bool:
    """An idiom or a long compound (长治久安 'lasting peace and order'): one English word
    rendering it leaves the rest of its meaning to its neighbours."""
    return word.pos.startswith(("i", "l")) or len(word.text) >= 4


def _may_render(word: ZhWord, tags: str) -> bool:
    """Whether an unrendered Chinese word could be what an English modifier translates: not a
    name, not a piece the dictionary lacks, and not a verb for a word that cannot be verbal."""
    d = lexicon().dictionary
    if word.pos.startswith("k") or word.text not in d:
        return False  # a suffix (们), a fragment
    if word.pos.startswith(_NAME_TAGS) and (d.is_name(word.text) or not _common(word.text)):
        return False  # a name (the tagger's name tag on 智慧 'wisdom' or 祝贺 is not one)
    return not (word.pos.startswith("v") and VERB not in tags)


def _common(text: str) -> bool:
    """Whether the dictionary gives a Chinese word an ordinary sense (a gloss in lower case)."""
    entry = lexicon().dictionary.get(text)
    return entry is not None and any(sense[:1].islower() for sense in entry.senses)


def _between(c: Correspondence, en: str, linked: dict[int, int], i: int,
             heads: list[int]) -> list:
    """The Chinese words between the counterpart of the linked English word before a modifier
    at ``i`` (in the same stretch of words, no punctuation between) and the nearest of the
    head's counterparts: "a historic evolutionary process" with 历史 'historic' six words
    before 进程 'process' leaves 伟大历史转折's 转折 between them, which the modifier may render.
    In a literal rendering the two sit next to each other; far apart, the head's link is not
    this phrase's (the same word said again elsewhere in the sentence)."""
    left = None
    for j in range(i - 1, -1, -1):
        if PAUSE.search(en, c.en[j].end, c.en[j + 1].start):
            break
        if j in linked:
            left = linked[j]
            break
    if left is None or not heads:
        return []
    k = min(heads, key=lambda h: abs(h - left))
    lo, hi = sorted((left, k))
    return [c.links[j] for j in range(lo + 1, hi)]


PAUSE = re.compile(r"[,;:.!?()\[\]\"“”—–]")  # marks between words that break a phrase


def _head(c: Correspondence, en: str, linked: dict[int, int], i: int) -> int | None:
    """The linked content word a modifier at ``i`` sits on: the next content token, over at
    most one more unlinked modifier, with no punctuation between ("fruitful results, opening":
    the unlinked noun 'results' is the head, so the modifier has no linked one)."""
    for j in range(i + 1, min(len(c.en), i + 3)):
        if PAUSE.search(en, c.en[j - 1].end, c.en[j].start):
            return None
        if j in linked:
            return j
        tags = word_tags(c.en[j].text)
        if not c.en[j].content or not (ADJ in tags or ADV in tags) or NOUN in tags and (
                ADJ not in tags):
            return None
    return None


def _in_senses(word: str, words: list[str], loose: list) -> bool:
    """Whether a dictionary sense of a Chinese word of the sentence, or of a character or a
    two-character piece of the words near the head or of a word nothing renders, has a word
    starting as this one does (a gloss the lemma tables missed: supplemental ~ 'supplementary',
    新增 'newly added' ~ new, 西南部 ~ southwestern, 比上月 ~ previous month)."""
    low = word.lower()
    # or an adjective made of a noun the senses say (lawful for 依法 'according to law')
    stem = next((low[:-len(end)] for end in _ADJECTIVE_ENDS if low.endswith(end)
                 and len(low) - len(end) >= 3), "")
    starts = [re.escape(low[:PREFIX])] + ([re.escape(stem) + r"\b"] if stem else [])
    if low.endswith("iable") and len(low) > 7:
        starts.append(re.escape(low[:-5]) + r"y\b")  # reliable: 'to rely on'; variable: vary
    start = re.compile(r"\b(?:" + "|".join(starts) + ")")
    d = lexicon().dictionary
    # each character, and each two-character word inside a longer one (友好合作: 合作 'cooperate')
    chars = [w.text[i:i + n] for w in loose for n in (1, 2) for i in range(len(w.text) - n + 1)]
    for w in [*words, *chars]:
        entry = d.get(w)
        if entry is not None and any(start.search(s.lower()) for s in entry.senses):
            return True
    return False


PREFIX = 4
_ADJECTIVE_ENDS = ("ful", "ous", "ive", "al", "ic")


# A document is literal when at least this share of its English content words have a
# dictionary source (pooled over its beads). DEMETR's machine translations are 0.69-0.72 and its
# free human references 0.65-0.69; official translations run 0.3-0.85 (most below 0.65). Only in
# a literal document is an English modifier with no source evidence of an addition.
LITERAL_BAR = 0.65


def english_coverage(pairs: list[tuple[str, str]],
                     leave_out: list[set[int]] | None = None) -> float:
    """Share of the English content words that some Chinese word accounts for, pooled; the
    words starting at the offsets ``leave_out[i]`` of pair i are not counted (the suspected
    additions themselves: a document full of added words must not read as a free one)."""
    used = total = 0
    for n, (zh, en) in enumerate(pairs):
        u, t = _sourced(zh, en, leave_out[n] if leave_out else set())
        used, total = used + u, total + t
    return used / total if total else 0.0


def _sourced(zh: str, en: str, skip: set[int]) -> tuple[int, int]:
    """How many English content words of one pair some Chinese word accounts for, and how many
    there are, the words starting at the offsets ``skip`` left out."""
    c = corr(zh, en)
    linked = {i for link in c.links for i in link.en}
    content = [i for i, t in enumerate(c.en) if t.content and t.start not in skip]
    return sum(1 for i in content if i in linked), len(content)


def literalness(ctx: CheckContext) -> float:
    """How literal the document's translation is: the share of its English content words that
    some Chinese word accounts for, pooled over the word-level beads, the suspected added
    modifiers left out (``english_coverage``). Computed once per document: each word-level
    check reads it (``LITERAL_BAR``, ``in_free_translation``)."""
    return ctx.once("literalness", lambda: _literalness(ctx))


def _literalness(ctx: CheckContext) -> float:
    used, total = sourced_words(ctx)
    return used / total if total else 0.0


def sourced_words(ctx: CheckContext) -> tuple[int, int]:
    """How many of the document's English content words some Chinese word accounts for, and how
    many there are, the suspected added modifiers left out (``literalness`` is their ratio)."""
    return ctx.once("sourced_words", lambda: _sourced_words(ctx))


def _sourced_words(ctx: CheckContext) -> tuple[int, int]:
    # bead by bead, nothing kept: a document of half a million beads holds no copy of its text
    used = total = 0
    for b in bead_texts(ctx):
        u, t = _sourced(b.zh, b.en, {s.en_range[0] for s in additions(b.zh, b.en)})
        used, total = used + u, total + t
    return used, total


def in_free_translation(ctx: CheckContext, findings: Iterable[Finding]) -> Iterator[Finding]:
    """A word-level finding whose evidence is a word one side leaves unaccounted for (an
    antonym, a partial omission) is info in a free translation (``literalness`` under
    ``LITERAL_BAR``): there most words have no dictionary counterpart, so one more is no
    evidence. Published official translations are mostly free (two thirds of the 233 real
    pairs, where these rules never found a true discrepancy); DEMETR's and MQM's machine
    translations are all literal (0.66 and 0.70 at least). The share is said in the message and
    in ``typical`` evidence (no part of the fingerprint)."""
    for f in findings:
        if f.severity is not Severity.INFO and (share := literalness(ctx)) < LITERAL_BAR:
            f = replace(f, severity=Severity.INFO, message=f.message + FREE_NOTE.format(share),
                        evidence=f.evidence + (("typical", f"{share:.0%} of English words "
                                                           "sourced"),))
        yield f


FREE_NOTE = (" (A free translation: {:.0%} of its English words have a counterpart in the "
             "Chinese, so a word left unaccounted for is weak evidence: for information.)")


class PartialCheck:
    rules = (PARTIAL_OMISSION, PARTIAL_ADDITION)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        return in_free_translation(ctx, self._found(ctx))

    def _found(self, ctx: CheckContext) -> Iterator[Finding]:
        literal = literalness(ctx) >= LITERAL_BAR
        for b in bead_texts(ctx):
            found = omissions(b.zh, b.en, b.en_starts) + (additions(b.zh, b.en) if literal
                                                           else [])
            pictured = bool(found) and caption(b.zh, b.en)
            for s in found:
                zh_span, en_span = sub_spans(ctx, b, s.zh_range, s.en_range)
                f = (_omission(s, zh_span, en_span, b.index) if s.rule == "omission"
                     else _addition(s, zh_span, en_span, b.index))
                if pictured and f.severity is not Severity.INFO:
                    # each site writes its own photo captions ("… in northwest China, Sept.
                    # 15. [Photo/Xinhua]"): a word more or less in one is no translation's
                    f = replace(f, severity=Severity.INFO, message=f.message + " (in a photo "
                                "caption, which each site writes its own way)")
                yield f


# What each gap pattern of ``syntax.gaps`` means, for messages.
GAP_NAMES = {
    "det-no-noun": "a determiner with no noun",
    "possessive-no-noun": "a possessive with no noun",
    "of-modal": "'of' with no noun",
    "double-comma": "an empty item in a list",
    "such-as-nothing": "'such as' with nothing after it",
    "aux-no-verb": "an auxiliary with no verb",
    "adverb-no-verb": "an adverb where the verb should be",
    "modal-no-verb": "a modal with no verb",
    "pronoun-no-verb": "a subject with no verb",
    "be-no-participle": "a passive with no participle",
    "no-verb": "a clause with no verb",
    "subject-that": "a subject with no verb",
    "subject-and": "a subject with no verb before 'and'",
}


def _quoted(s: Suspect) -> str:
    text = " ".join(s.en_quote.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _omission(s: Suspect, zh_span: Span, en_span: Span, bead: int) -> Finding:
    what = GAP_NAMES.get(s.why, s.why)
    if not s.placed:
        return PARTIAL_OMISSION.finding(
            f"The English has {what} ('{_quoted(s)}') in a sentence that renders none of the "
            "Chinese beside it: it may translate nothing here, so no word is known to be missing",
            zh=zh_span, en=en_span, severity=Severity.INFO,
            evidence=(("en", s.en_quote), ("cue", s.why), ("unplaced", "no word of its sentence "
                                                                       "renders the Chinese")),
            bead=bead)
    if not s.confident:
        return PARTIAL_OMISSION.finding(
            f"The English has {what} ('{_quoted(s)}'), but every Chinese word of that kind is "
            "rendered: a word may be missing",
            zh=zh_span, en=en_span, severity=Severity.INFO,
            evidence=(("en", s.en_quote), ("cue", s.why)), bead=bead)
    return PARTIAL_OMISSION.finding(
        f"{s.zh_word} is not translated: the English has {what} ('{_quoted(s)}')",
        zh=zh_span, en=en_span,
        evidence=(("zh", s.zh_word), ("en", s.en_quote), ("cue", s.why)), bead=bead)


def _addition(s: Suspect, zh_span: Span, en_span: Span, bead: int) -> Finding:
    return PARTIAL_ADDITION.finding(
        f"'{s.en_word}' has no source in the Chinese: {s.zh_word} is rendered without it "
        f"({s.why})",
        zh=zh_span, en=en_span,
        evidence=(("zh", s.zh_word), ("en", s.en_word), ("cue", s.why)), bead=bead)
