"""Polarity cues on both sides: where a sentence says *not*, and what only looks like it.

A cue is one of three kinds:

- ``negation``: a word that negates (不, 没有, 未能, 无法; not, n't, never, without, fail to);
- ``double``: a double negation that reads positive (不得不, 没有人不, 非…不可, 不无;
  cannot but, no choice but, not without, never fail to); it is reported but negates nothing;
- ``lexical``: a word whose negation is built in (非法, 不满, 无效; illegal, unfair); it is
  reported and not counted, because a translation may say it either way;
- ``continued``: a negation that continues an earlier one of its sentence (不抽烟，也不喝酒;
  not …, nor …); a translation may say both with one negation or with two, so it is not
  counted, and a comparison may take it as present or absent.

Look-alikes are not cues at all: 无论, 非常, 不仅, 是否, 不断, 不少, 未来, 无疑 …, a clause-final
了没有 that asks a question (你听明白了没有？); not only, no doubt, nothing but, no matter, no
more than. A negated comparative that says a superlative ("has never been better", "couldn't
be happier") is lexical. ``Polarity.count`` is the number of negations;
``net`` is -1 when there is at least one. Coordinated negation (既不…也不, neither … nor) counts
once on both sides, its second half a ``continued`` cue, because translation says it either
with one negation or with two (不抽烟，也不喝酒: "does not smoke or drink"); nested negation must
appear as a ``double`` construct to cancel, which is why those are listed rather than computed
by parity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.lexicon.zh import HAN, ZhWord, segment

NEGATION, DOUBLE, LEXICAL, CONTINUED = "negation", "double", "lexical", "continued"


@dataclass(frozen=True)
class Cue:
    """A polarity word as found: its text, character offsets and kind."""

    text: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Polarity:
    """The cues of one sentence, in text order."""

    cues: tuple[Cue, ...]

    @property
    def count(self) -> int:
        """How many plain negations (double and lexical ones excluded)."""
        return sum(1 for c in self.cues if c.kind == NEGATION)

    @property
    def net(self) -> int:
        """-1 if the sentence negates something, else +1."""
        return -1 if self.count else 1

    def of(self, kind: str) -> tuple[Cue, ...]:
        return tuple(c for c in self.cues if c.kind == kind)


# ---------------------------------------------------------------- Chinese

ZH_NEGATORS: frozenset[str] = frozenset(
    """不 没 没有 未 无 非 别 勿 否 莫 甭 毫无 并未 从未 绝不 决不 并不 从不 不能 不会 不要 不可
    不可以 不可能 不再 不曾 未曾 未能 尚未 无法 无须 无需 不必 不用 不得 没能 不许 不准 不该 不应
    不应该 不宜 决非 绝非 并非 不是 并没有 并没 从没 从来不 从来没有 还没 还没有 毫不 永不 未必
    不一定 缺乏 缺少 没法 不愿 不愿意 不肯 不敢 未尝 尚无 并无 绝无 不足以 无从 切勿 请勿 别再
    不再是 再也不 也不 都不 还不 就不 而不 却不 又不 亦不 均未 均不 仍未 迄今未 远未 再无 再没有
    再也没有 也没有 也未 亦未 又没有""".split()
)
ZH_LOOKALIKES: frozenset[str] = frozenset(
    """无论 不论 不管 无论如何 非常 不仅 不但 不光 不只 不单 非但 是否 能否 可否 与否 否则 要不然
    不然 无疑 不断 不久 不久前 不久后 不少 不过 莫大 无比 未来 无数 毫不犹豫 不禁 不由得 不由
    忍不住 非得 无非 除非 莫过于 不同 不一 不错 对不起 差不多 了不起 怪不得 说不定 恨不得 巴不得
    免不了 少不了 大不了 不得了 不外乎 不止 不料 不妨 不愧 不免 不惜 无愧 不时 时不时 不乏
    未免 不日 毫无疑问 无时无刻 不由自主 无一例外 莫非 不见得 没错 不仅仅 不单单 不只是
    不停 不停地 不已 不懈 不朽 不息 不休 不住 川流不息 源源不断 接连不断 层出不穷 念念不忘
    不知不觉 不约而同 不可或缺 必不可少 无微不至 无所不能 无所不在 无处不在 应有尽有
    毋庸置疑 毋庸讳言 无与伦比 不计其数 数不胜数 不可估量 举足轻重 不容忽视 迫不及待
    无时不刻 不择手段 不厌其烦 不遗余力 坚持不懈 持续不断 从不间断""".split()
)
# Words written with a negation that say something else: reported (they may pair off with an
# English negative) but never counted. 没想到 is *unexpectedly*, 不见了 *disappeared*.
ZH_LEXICAL_WORDS: frozenset[str] = frozenset(
    """没想到 想不到 意想不到 没料到 不见 不见了 不一样 不幸 不得已 无可否认 不可思议 不得而知
    不由分说 无动于衷 无能为力 无济于事 不知所措 不屑 不耐烦 无所谓 没什么 不客气 没关系
    不在乎 不以为然 不像话 不三不四 不清楚 不一定要 各不相同 离不开 分不开 无党派""".split()
)
# Multi-character negators that begin a longer word the segmenter kept whole (并非如此).
_ZH_NEG_PREFIXES = tuple(sorted(
    (w for w in """并非 并不 并没有 并没 从未 从不 从来没有 从来不 绝不 决不 绝非 决非 毫无 尚未
    未曾 不再 再也不 无法 不能 不会 不可能 远未 并未 永不 再无""".split()), key=len, reverse=True))
# A negation inside a clause that asks a question expecting yes (难道…不…吗, 岂不, 不是…吗): a
# rhetorical question English often turns into a statement ("Surely …").
_ZH_RHETORICAL = re.compile(r"(?:难道|岂|何尝)[^，。；！？,;!?]*$")
ZH_DOUBLES: frozenset[str] = frozenset(
    "不得不 不能不 不可不 不会不 不是不 未尝不 无不 莫不 不无 没有不 无一不 无不是".split()
)
_ZH_NEG_CHARS = "不没未无非莫否勿别"
# 非…不可 (must): 非 + up to ten characters + 不可/不行/不成, inside one clause.
_ZH_FEI_BUKE = re.compile(r"非[^，。；！？,;!?]{1,10}?不(?:可|行|成)")
# 不超过三成, 不少于10个, 不到一半, 不得超过30天 ("up to 30 days"): bounds on a quantity, the
# number engine's business.
_ZH_BOUND = re.compile(
    r"(?:不(?:[得能应宜可准会]?(?:超过|超過|少于|少於|低于|低於|高于|高於|多于|多於|大于|小于)|足|到|及)"
    r"|[未不][满滿])"  # 未满14周岁 "under 14"
    r"(?=[\d０-９零〇一二两三四五六七八九十百千万亿半])"
)
# 不迟于2010年, 不晚于本月底, 不得早于: bounds on a time, "by 2010", "no later than" (which the
# English side reads as lexical too): reported so the two may pair off, never counted.
_ZH_TIME_BOUND = re.compile(r"不[得能应宜可准会]?(?:迟于|遲於|晚于|晚於|早于|早於)")
# After 没有/无/不是 a word like 人 or 一个 may sit between the two negations: 没有人不知道.
_ZH_BRIDGE = frozenset("人 谁 一个 哪个 任何 哪 一 个 什么 一家 一项 一天".split())
_ZH_ERFEI = re.compile(r"而非")
# A-not-A questions: 有没有, 是不是, 能不能, 可不可以, 喜不喜欢 (first character repeated).
_ZH_A_NOT_A = re.compile(r"^(.)[不没]\1")
_ZH_CLAUSE = frozenset("，。；！？,;!?：:")
# A negation that means "before": 未…之前/以前/之先 in one clause; 还没(有)/尚未… followed by a
# clause with 就 (还没有躺下，她就上来了). English says "before" as often as "not yet".
_ZH_BEFORE = re.compile(r"[^，。；！？,;!?]{0,12}?(?:之前|以前|之先)")
_ZH_NOT_YET_THEN = re.compile(r"[^，。；！？,;!?]{0,12}[，,][^。；！？;!?]{0,12}?就")
# A negation that continues an earlier one of the sentence (不…也不): English often says both
# with one negation (not … or), so it is optional.
_ZH_ALSO_NOT = frozenset("也不 亦不 又不 也没有 也没 也未 亦未 又没有 更不 且不".split())
_ZH_ALSO = frozenset("也亦又更且")
# What may follow a clause-final 没有 that asks (了没有？ 了没有呢？ 了没有。).
_ZH_ASKS = re.compile(r"[呢啊呀]?(?:[，。；！？,;!?”」]|\s*$)")


# Single-character adverbs of scope or manner that the segmenter keeps whole with the negation
# after them (互不干涉 "not interfere in each other's", 互不 + verb, 各不相让, 皆未): a closed
# class, the negation still negates. The negated part decides: a look-alike (都不错) is none,
# a dictionary word with a positive first sense (各不相同 "different") is lexical.
_ZH_SCOPE_ADVERBS = frozenset("互各均皆俱概全都亦仍决绝永毫从尚并")
# Degree adverbs before a 不 that makes an adjective of the word after it: 极不寻常, 很不容易,
# 十分不易 are litotes ("most unusual" is "extraordinary", "very hard"), which English says
# with a plain adjective as often as with a negation.
_ZH_DEGREE_BEFORE_NOT = re.compile(r"(?:极其|十分|非常|相当|特别|格外|尤为|尤其|极|很|颇|甚|最)$")
# Word classes a prefix 非 makes a word of (非发展性 "non-development", 非禁区, 非牟利): nouns,
# adjectives, distinguishing words, set phrases; not a preposition or a verb (非由他主持).
_NOUN_LIKE = "nablj"
# Characters before a lone 非 that make it short for 非洲 Africa (在非投资, 对非合作, 赴非,
# 中非): a place after a preposition or in a pair of places, not a negation.
_ZH_AFRICA_BEFORE = frozenset("在对赴访援驻来离中亚拉欧美涉")


def _zh_adverb_negation(text: str) -> str | None:
    """Kind of a word that is a scope adverb, a negation and what it negates (互不侵犯)."""
    rest = text[1:]
    if rest in ZH_LOOKALIKES or any(rest.startswith(w) for w in ZH_LOOKALIKES if len(w) > 1):
        return None
    if rest in ZH_LEXICAL_WORDS or positive_word(text):
        return LEXICAL
    return NEGATION


def _zh_kind(word: ZhWord) -> str | None:
    text = word.text
    if text in ZH_LOOKALIKES:
        return None
    if text in ZH_LEXICAL_WORDS:
        return LEXICAL
    if text in ZH_DOUBLES:
        return DOUBLE
    if text in ZH_NEGATORS or text.startswith(("请勿", "切勿", "请不要", "千万不")):
        return NEGATION
    if text.startswith(tuple(ZH_DOUBLES)):
        return DOUBLE  # 不无道理, 无不欢欣鼓舞 kept as one idiom
    if len(text) >= 3 and text.startswith(_ZH_NEG_PREFIXES):
        return NEGATION  # 并非如此, 从未有过, 无法想象: a negator the segmenter glued on
    if len(text) >= 2 and text[0] in _ZH_SCOPE_ADVERBS and text[1] in "不没未":
        return _zh_adverb_negation(text)  # 互不干涉, 互不, 各不相让: adverb + negation kept whole
    if word.pos.startswith(("nr", "ns")) or len(text) < 2:
        return None  # a person or a place: 非洲 Africa, 非盟 the AU, 莫斯科, 不丹 Bhutan
    if _ZH_A_NOT_A.match(text):
        return None  # 有没有, 是不是, 可不可以: a yes-no question, not a negation
    if len(text) == 3 and text[1:] in ZH_LOOKALIKES:
        return None  # 前不久 'not long ago', 很不错: a look-alike with a character before it
    if len(text) == 3 and text[1] in "不没" and text[0] not in _ZH_NEG_CHARS:
        return NEGATION  # verb-complement negation: 看不见, 做不到, 买不起
    if text[0] in "不没未" and word.pos[:1] in ("v", "d"):
        if positive_word(text):
            return LEXICAL  # 不变 "constant", 不凡 "outstanding": said without a negation
        return NEGATION  # 不想, 没来, 未获: a negated verb the segmenter kept whole
    if text[0] in _ZH_NEG_CHARS and text[0] != "别":
        return LEXICAL  # 非法, 不满, 无效, 不利
    return None


_NEG_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non|mis)[a-z]{3,}|less$|lessly$")


def positive_word(text: str) -> bool:
    """Whether a Chinese word written with a negation is a dictionary word one of whose first
    senses says nothing negative (不变 "constant", 不平凡 "marvelous"): English renders it with a
    positive word (remains, remarkable), so its negation is built in, not a negation to find in
    the English. A sense with not/no/without, an un-/in-/dis- word or a -less word is
    negative. A compound the dictionary lacks is judged by its first dictionary word."""
    from align.lexicon import lexicon

    dictionary = lexicon().dictionary
    entry = dictionary.get(text)
    # a compound the segmenter made of two dictionary words, which the dictionary lacks, is
    # read by the word it begins with (不幸逝世: 不幸 "unfortunately", then 逝世 "to die"; not
    # 不平静, whose 静 is a character, not a word after 不平)
    for k in range(len(text) - 2, 1, -1):
        if entry is not None:
            break
        if text[k:] in dictionary:
            entry = dictionary.get(text[:k])
    if entry is None or not entry.senses:
        return False
    for sense in entry.senses[:4]:
        words = [w.lower() for w in _EN_SENSE_WORD.findall(re.sub(r"\([^)]*\)", "", sense))]
        if words and not any(en_negative_word(w) or _NEG_PREFIX.search(w) for w in words):
            return True  # one positive rendering is enough: constant for 不变
    return False


def _dictionary_word(text: str) -> bool:
    from align.lexicon import lexicon

    return lexicon().dictionary.get(text) is not None


_EN_SENSE_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")


def zh_polarity(text: str) -> Polarity:
    """Polarity cues of a Chinese sentence."""
    if not any(c in text for c in _ZH_NEG_CHARS + "缺"):
        return Polarity(())
    words = segment(text)
    taken: list[tuple[int, int]] = []
    cues: list[Cue] = []
    for m in _ZH_FEI_BUKE.finditer(text):
        cues.append(Cue(m.group(), m.start(), m.end(), DOUBLE))
        taken.append((m.start(), m.end()))
    for m in _ZH_BOUND.finditer(text):
        taken.append((m.start(), m.end()))
    for m in _ZH_TIME_BOUND.finditer(text):
        cues.append(Cue(m.group(), m.start(), m.end(), LEXICAL))
        taken.append((m.start(), m.end()))
    for m in _ZH_ERFEI.finditer(text):  # 而非雏龙: the segmenter may glue 非 to the noun
        cues.append(Cue(m.group(), m.start(), m.end(), NEGATION))
        taken.append((m.start() + 1, m.end()))
    kinds = [None if any(a < w.end and w.start < b for a, b in taken) else _zh_kind(w)
             for w in words]
    for k, w in enumerate(words):
        if kinds[k] is None:
            continue
        if w.text == "非" and text[w.start - 1: w.start] in _ZH_AFRICA_BEFORE and w.start > 0 \
                and HAN.match(text[w.end: w.end + 1]):
            kinds[k] = None  # 在非投资: 非 is Africa
            continue
        if (w.text == "非" and w.pos == "h" and k + 1 < len(words)
                and words[k + 1].start == w.end and words[k + 1].pos[:1] in _NOUN_LIKE):
            kinds[k] = LEXICAL  # a prefix: 非发展性清拆 "non-development clearance", 非牟利
            continue
        # 会/不会, 是/不是, 有/没有 cut apart by the segmenter: an A-not-A question still.
        if (w.text[0] in "不没" and w.start > 0 and len(text) > w.start + 1
                and text[w.start - 1] == text[w.start + 1] and HAN.match(text[w.start - 1])):
            kinds[k] = None
        elif w.text in ("没有", "没") and _ZH_ASKS.match(text, w.end) and \
                text[max(0, w.start - 1) : w.start] == "了":
            kinds[k] = None  # 你听明白了没有？ 服了没有: "did you …?", a yes-no question
        elif kinds[k] == NEGATION and _rhetorical(text, w.start):
            kinds[k] = LEXICAL
        elif kinds[k] == NEGATION and (
                _ZH_BEFORE.match(text, w.end)
                or (_ZH_NOT_YET_THEN.match(text, w.end)
                    and (w.text[0] in "还尚" or text[w.start - 1 : w.start] in ("还", "尚")))):
            kinds[k] = LEXICAL  # 未死之前 "before he died", 还没有躺下，就 "before they lay down"
        elif kinds[k] == NEGATION and _continues(text, words, kinds, k):
            kinds[k] = CONTINUED  # 不抽烟，也不喝酒: "does not smoke or drink" says it once
        elif (kinds[k] == NEGATION and _universal(words, k)
              and _ZH_COMPARED.match(text, words[k + 1].end)
              and _zh_partner(words, kinds, k) is None):
            kinds[k] = LEXICAL  # 没有任何国家比中国更…: a superlative said with a negation
        elif (kinds[k] == NEGATION and len(w.text) == 1 and k + 1 < len(words)
              and words[k + 1].start == w.end and words[k + 1].han
              and not _negated_preposition(words, k)
              and positive_word(w.text + words[k + 1].text)):
            kinds[k] = LEXICAL  # 很不平凡: 不 + 平凡 is the word 不平凡, "marvelous"
        elif (kinds[k] == NEGATION and w.text == "不" and k + 1 < len(words)
              and _ZH_DEGREE_BEFORE_NOT.search(text, 0, w.start)
              and words[k + 1].start == w.end and words[k + 1].han
              and (words[k + 1].pos.startswith("a")
                   or _dictionary_word(w.text + words[k + 1].text))):
            kinds[k] = LEXICAL  # 极不寻常: a litotes, "extraordinary" as often as "not usual"
    i = 0
    while i < len(words):
        kind = kinds[i]
        if kind in (NEGATION, CONTINUED):  # 没有一个冬天不可逾越，没有一个春天不会到来: both double
            partner = _zh_partner(words, kinds, i)
            if partner is not None:
                a, b = words[i], words[partner]
                cues.append(Cue(text[a.start : b.end], a.start, b.end, DOUBLE))
                i = partner + 1
                continue
        if kind is not None:
            w = words[i]
            cues.append(Cue(w.text, w.start, w.end, kind))
        i += 1
    cues.sort(key=lambda c: c.start)
    return Polarity(tuple(cues))


def _negated_preposition(words: list[ZhWord], k: int) -> bool:
    """Whether the negation ``words[k]`` negates a prepositional phrase (不对任何企业采取…
    "does not … against any business", 不向第三方提供): a preposition with its object after
    the negation, not the adjective the two characters also spell (这样做不对 "wrong")."""
    return (k + 2 < len(words) and words[k + 1].pos == "p"
            and words[k + 2].start == words[k + 1].end and words[k + 2].pos[:1] in "nrmt")


def _continues(text: str, words: list[ZhWord], kinds: list[str | None], k: int) -> bool:
    """Whether the negation ``words[k]`` continues an earlier negation of its sentence: after
    也/亦/又/更/且 (不抽烟，也不喝酒), or the same negated word again in a parallel series
    (不利于中国利益，不利于美方利益: "does not serve the interests of China and the US")."""
    w = words[k]
    end = max(text.rfind(ch, 0, w.start) for ch in "。！？!?")
    earlier = [words[j] for j in range(k) if kinds[j] in (NEGATION, CONTINUED)
               and words[j].start > end]
    if not earlier:
        return False
    also = w.text in _ZH_ALSO_NOT or (w.text[0] in "不没未"
                                      and text[w.start - 1 : w.start] in _ZH_ALSO)
    return also or any(e.text == w.text and len(w.text) > 1 for e in earlier)


def _rhetorical(text: str, start: int) -> bool:
    """Whether the negation at ``start`` sits in a rhetorical question (难道…不, 不是…吗？)."""
    cut = _ZH_CLAUSE_CUT
    a = max(text.rfind(ch, 0, start) for ch in cut) + 1
    ends = [i for i in (text.find(ch, start) for ch in "。！？!?；;") if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    clause = text[a:b]
    before = text[a:start]
    if _ZH_RHETORICAL.search(before):
        return True
    return bool(re.search(r"吗\s*[？?]$", clause)) and text[start:start + 2] in ("不是", "不就")


_ZH_CLAUSE_CUT = "，。；！？,;!?：:"


def _zh_partner(words: list[ZhWord], kinds: list[str | None], i: int) -> int | None:
    """The negation that cancels the one at ``i`` (不是不想, 没有人不知道), if any. After a
    universal "no one X" (没有一个, 没有任何: ``_universal``) the second negation may come
    later in the clause, and may be a word with its negation built in: 没有一个冬天不可逾越 'no
    winter is insurmountable' says every winter passes."""
    first = words[i].text
    universal = _universal(words, i)
    reach = _UNIVERSAL_REACH if universal else 4
    for j in range(i + 1, min(i + reach, len(words))):
        if words[j].text in _ZH_CLAUSE:
            return None
        if words[j].text[0] in "不没未无非" and (
                kinds[j] == NEGATION or (universal and kinds[j] in (LEXICAL, CONTINUED))):
            return j
        if universal:
            continue
        if first not in ("没有", "没", "无", "不是", "并非") or words[j].text not in _ZH_BRIDGE:
            return None
    return None


_UNIVERSAL_REACH = 8  # words after 没有一个 within which a second negation cancels it
# "one" with a measure word (一个, 一片, 一条, 一位) or "any": after 没有 it says "no X at all".
_ZH_ONE = re.compile(r"^一[^\d一二三四五六七八九十百千万亿]$")


def _universal(words: list[ZhWord], i: int) -> bool:
    """Whether the negation at ``i`` is an existential 没有/无 before "one X" or "any"
    (没有一片土地, 没有任何国家): "there is no X at all", which a translation often says with
    every/all or a superlative."""
    if words[i].text not in ("没有", "没", "无") or i + 1 >= len(words):
        return False
    nxt = words[i + 1].text
    return (nxt.startswith("任何") or nxt in ("哪个", "哪", "谁", "一个", "一")
            or bool(_ZH_ONE.match(nxt)))


# A comparison or degree in the clause after a universal negation: 没有一片土地让我这样深情 'no
# land moves me so' says this land moves me most, as "has never been better" says the best.
_ZH_COMPARED = re.compile(r"[^，。；！？,;!?]*?(?:比|这样|这么|如此|那样|那么|更)")


# ---------------------------------------------------------------- English

_EN_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
EN_NEGATORS: frozenset[str] = frozenset(
    """not no never none nobody nothing nowhere neither nor without cannot no-one unable
    impossible incapable""".split()
)
_EN_FAIL = frozenset("fail fails failed failing lack lacks lacked lacking".split())
# Multi-word forms, longest first within a start word: (words, kind or None for a look-alike).
_EN_PHRASES: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
for _phrase, _kind in [
    ("not only", None),
    ("not just", None),
    ("not merely", None),
    ("not simply", None),
    ("no doubt", None),
    ("without hesitation", None),
    ("without doubt", None),
    ("without a doubt", None),
    ("nothing but", None),
    ("none other than", None),
    ("no wonder", None),
    ("not to mention", None),
    ("no matter", None),
    ("whether or not", None),
    ("or not", None),  # "know if you realize it or not": a yes-no question
    ("no less than", None),
    ("no more than", None),
    ("no fewer than", None),
    ("not less than", None),
    ("not more than", None),
    ("not fewer than", None),
    ("nothing less than", None),
    ("if not", None),
    ("no sooner", None),
    ("not exceeding", None),
    ("never before", NEGATION),  # 未曾 "never before"; 前所未有 "unprecedented" accounts for it
    # idioms that say something positive with a negative word: reported as lexical (they may
    # pair off with a Chinese negation: 毫不拖延 -> without delay) but never counted
    ("not until", LEXICAL),  # 直到…才: "it was not until 1990 that"
    ("not long", LEXICAL),  # 不久: "not long after", "not long ago"
    ("far from", LEXICAL),  # 远未解决 "far from solved"; also a distance, so never counted
    ("without saying", LEXICAL),  # "it goes without saying": 毋庸置疑
    ("without exception", LEXICAL),
    ("without delay", LEXICAL),
    ("without fail", LEXICAL),
    ("without question", LEXICAL),
    ("no later than", LEXICAL),
    ("not later than", LEXICAL),
    ("no small", LEXICAL),
    ("not a little", LEXICAL),
    ("not a few", LEXICAL),
    ("no stranger", LEXICAL),
    ("can't wait", LEXICAL),
    ("cannot wait", LEXICAL),
    ("never mind", LEXICAL),
    ("none the less", LEXICAL),
    ("no denying", LEXICAL),
    ("no end", LEXICAL),
    # "spare no effort" (全力以赴, 不遗余力), "leave no stone unturned", in every tense
    *((f"{verb} no", LEXICAL) for verb in ("spare", "spares", "spared", "sparing",
                                           "leave", "leaves", "left", "leaving")),
    ("not least", None),
    ("cannot but", DOUBLE),
    ("cannot help", DOUBLE),
    ("can't help", DOUBLE),
    ("can not help", DOUBLE),
    ("could not help", DOUBLE),
    ("couldn't help", DOUBLE),
    ("could not but", DOUBLE),
    ("no choice but", DOUBLE),
    ("no option but", DOUBLE),
    ("no alternative but", DOUBLE),
    ("not without", DOUBLE),
    ("never fail", DOUBLE),
    ("never failed", DOUBLE),
    ("never fails", DOUBLE),
    ("not fail", DOUBLE),
    ("no longer", NEGATION),
    ("no one", NEGATION),
    ("by no means", NEGATION),
    ("in no way", NEGATION),
    ("not at all", NEGATION),
]:
    _words = tuple(_phrase.split())
    _EN_PHRASES.setdefault(_words[0], []).append((_words, _kind))
for _options in _EN_PHRASES.values():
    _options.sort(key=lambda o: -len(o[0]))

EN_LEXICAL: frozenset[str] = frozenset(
    """illegal illegally invalid insufficient inadequate irregular irrelevant irresponsible
    dissatisfied dissatisfaction disagree disagreed disagreement dislike disapprove incomplete
    inaccurate inappropriate incorrect ineffective inability inequality instability insecurity
    uncertainty imbalance imbalanced unfair unequal unstable unclear unlikely unchanged unknown
    unemployed unemployment unprecedented unilateral unilateralism unsustainable unreasonable
    unnecessary unacceptable unhealthy unsafe unfavorable unfavourable unbalanced uneven
    unresolved unfinished insignificant disadvantage disadvantaged nonprofit""".split()
)
_UN_NOT = (
    "under",
    "unit",
    "union",
    "uniq",
    "univ",
    "unif",
    "until",
    "unless",
    "uncle",
    "unanim",
    "unison",
    "unde",
    "unto",
)


# Negators used as nouns: the "Three Nevers", the "two noes" of a policy (三个从不, 两个不).
_EN_NEGATOR_NOUNS = frozenset("nevers nos noes no's nots".split())


def _en_single(low: str) -> str | None:
    if low in EN_NEGATORS or low in _EN_NEGATOR_NOUNS:
        return NEGATION
    if low.endswith(("n't", "n’t")):
        return NEGATION
    if low in EN_LEXICAL:
        return LEXICAL
    if low.startswith(("non-", "ill-")) and len(low) >= 6:  # non-US, non-EU too
        return LEXICAL
    if low.startswith("un") and len(low) >= 7 and not low.startswith(_UN_NOT):
        return LEXICAL  # unfair, unchanged: a guess by shape, reported but never counted
    if low.startswith("un") and len(low) == 6 and not low.startswith(_UN_NOT) and \
            _english_word(low[2:]):
        return LEXICAL  # unseen, unsafe, unjust: un- before a word of four letters
    return None


def _english_word(word: str) -> bool:
    """Whether a lower-case word is an English word: a form the lemma table knows (seen,
    told) or a word the dictionary's glosses use (safe, just)."""
    from align.lexicon import lexicon

    d = lexicon().dictionary
    return word in d.lemmas or word in d.common_keys


def en_negative_word(word: str) -> bool:
    """Whether an English word negates or has a negation built in (not, unfair, ill-prepared);
    under, union, uncle and other un- words that are not negative are not."""
    low = word.lower().replace("’", "'")
    return low in ("free", "lack", "non") or _en_single(low) is not None


def en_polarity(text: str) -> Polarity:
    """Polarity cues of an English sentence."""
    toks = [
        (m.group().lower().replace("’", "'"), m.start(), m.end()) for m in _EN_WORD.finditer(text)
    ]
    cues: list[Cue] = []
    i = 0
    while i < len(toks):
        low, start, end = toks[i]
        matched = False
        for words, kind in _EN_PHRASES.get(low, ()):
            n = len(words)
            if tuple(t[0] for t in toks[i : i + n]) == words:
                last = toks[i + n - 1][2]
                if kind is not None:
                    cues.append(Cue(text[start:last], start, last, kind))
                i += n
                matched = True
                break
        if matched:
            continue
        if low.startswith("lack") or (
            low in _EN_FAIL and i + 1 < len(toks) and toks[i + 1][0] == "to"
        ):
            kind = NEGATION  # fail to, lack
        elif low in ("no", "nos") and i + 1 < len(toks) and text[end : end + 1] == "." or (
                low == "nos" and re.match(
                r"\s*\d", text[end:])):
            kind = None  # "No. 5", "Paper Nos. CB(2)774", "Nos 3 and 4": numbers
        else:
            kind = _en_single(low)
        if kind == NEGATION and i + 1 < len(toks) and _en_single(toks[i + 1][0]) == LEXICAL:
            nxt = toks[i + 1]
            cues.append(Cue(text[start : nxt[2]], start, nxt[2], DOUBLE))  # not unreasonable
            i += 2
            continue
        if (kind == NEGATION and _EN_TAG.match(text, end)
                and text[:start].rstrip().endswith((",", "，"))):
            kind = None  # a question tag: "…, isn't it?", "…, don't you think?"
        elif (kind == NEGATION and low in ("nor", "neither")
              and any(c.kind == NEGATION and not re.search(r"[.!?]\s", text[c.end : start])
                      for c in cues)):
            kind = CONTINUED  # "not …, nor …": continues a negation, as 也不 does
        elif kind == NEGATION and (low.startswith("couldn") or (
                low == "not" and i > 0 and toks[i - 1][0] == "could")) and \
                _EN_AGREE_MORE.match(text, end):
            kind = LEXICAL  # "could not agree more": agree entirely (深为赞同)
        elif kind == NEGATION and _EN_LITOTES.match(text, end) and (
                low == "never" or low.startswith("couldn")
                or (low == "not" and i > 0 and toks[i - 1][0] == "could")):
            kind = LEXICAL  # "has never been better": the best ever, said with a negation
        if kind is not None:
            cues.append(Cue(text[start:end], start, end, kind))
        i += 1
    return Polarity(tuple(_doubles(text, cues)))


# What a "without …" condition's second negation may be: "Without reform, it would be
# impossible to develop" says 唯有改革才能发展 ("only with reform can we develop").
_EN_THEN_NOT = frozenset("impossible cannot can't not no never unable couldn't wouldn't won't "
                         "isn't aren't".split())
_EN_CONDITION_REACH = 80  # characters from "without" to the second negation, in one sentence
# A negative subject ("None of the options", "Nobody", "No country") and a negation in its
# clause after it: "None of the options is not controversial" says every option is
# controversial, as 没有一个方案是不具争议性的 does (a double negation on both sides).
_EN_NONE = frozenset("none nobody nothing no".split())
_EN_NONE_REACH = 60  # characters from the negative subject to the second negation
# The second negation a verb's own negator ("is not", "cannot", "doesn't"), not a word with a
# negation built in ("nothing appears impossible", as 没有什么是不可能的 reads one negation).
_EN_NOT = re.compile(r"not|never|cannot|\w+n't", re.IGNORECASE)


def _doubles(text: str, cues: list[Cue]) -> list[Cue]:
    """``cues`` with two negations that make one positive statement joined into one double
    negation: a "without …" condition and the negation it leads to in the same sentence
    ("Without it, it would be impossible …": only with it is it possible), and a negative
    subject and a verb's negator in its clause ("None of the options is not controversial";
    not "No, it is not": an answer's "no" stands before a comma)."""
    out: list[Cue] = []
    k = 0
    while k < len(cues):
        c = cues[k]
        d = cues[k + 1] if k + 1 < len(cues) else None
        if d is not None and c.kind == NEGATION and _double(text, c, d):
            out.append(Cue(text[c.start:d.end], c.start, d.end, DOUBLE))
            k += 2
            continue
        out.append(c)
        k += 1
    return out


def _double(text: str, c: Cue, d: Cue) -> bool:
    """Whether negation ``c`` and the cue ``d`` after it say one positive statement."""
    first, second, between = c.text.lower(), d.text.lower().replace("’", "'"), text[c.end:d.start]
    if first == "without":
        return (d.kind in (NEGATION, LEXICAL) and second in _EN_THEN_NOT
                and len(between) <= _EN_CONDITION_REACH
                and not re.search(r"[.;!?]", between) and "," in between)
    return (first in _EN_NONE and d.kind == NEGATION and bool(_EN_NOT.fullmatch(second))
            and len(between) <= _EN_NONE_REACH and not re.search(r"[,.;:!?]", between))


# A negated comparative says a superlative: "never been better", "couldn't be more pleased".
_EN_LITOTES = re.compile(r"\s+(?:(?:have|has|had|be|been|look|looked|felt|seemed|become|became|"
                         r"seem|seems|feel|feels|looks|appeared|grown|got|gotten)\s+){1,2}"
                         r"(?:any\s+)?(?:better|more|(?:great|high|strong|clos|clean|clear|safe|wid|larg|"
                         r"deep|bright|rich|fast|warm|firm|broad|tight|sound)er|[a-z]{3,}ier)\b",
                         re.IGNORECASE)
# "could not agree more", "couldn't thank you enough": a verb taken as far as it goes.
_EN_AGREE_MORE = re.compile(r"\s+(?:agree|thank\s+\w+|praise\s+\w+|emphasi[sz]e\s+\w+)"
                            r"\s+(?:more|enough)\b", re.IGNORECASE)
# "isn't it?", "don't you?", "wouldn't you say?": a tag asks for agreement and negates nothing.
_EN_TAG = re.compile(r"\s+(?:it|you|they|we|he|she|there|I|that|this)(?:\s+(?:think|say|agree))?"
                     r"\s*[?？]")


def polarity(text: str) -> Polarity:
    """Polarity cues of a sentence in either language (Chinese if it has Han characters)."""
    return zh_polarity(text) if HAN.search(text) else en_polarity(text)
