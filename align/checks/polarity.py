"""Negation: the English says *not* where the Chinese does not, or the reverse.

The lexical engine finds the polarity cues of each side (``align.lexicon.polarity``): plain
negations, double negations that read positive (不得不, cannot help) and words with a negation
built in (不满, illegal), which are never counted. A bead is reported when one side negates and
the other does not, unless the other side says the negative another way: a word with a negation
built in (不满 ↔ dissatisfied, 缺乏 ↔ lack), a word whose meaning is negative (免 ↔ free, 避免 ↔
avoid, 拒绝 ↔ refuse, rarely, prevent), or a Chinese word whose dictionary senses are negative
(无人机 is *unmanned* aircraft). A negation of the antonym of what the other side says is the
same statement made the other way round, and is not counted ("doesn't stop" for 继续 continue,
并不常见 for "rare"); negative-implicative English words count in any form (excluding, lacking)
and so do -able/-ible adjectives with a negative prefix (irresistible for 不可阻挡). Free
translation moves negation around ("less than" for 不到, "only" for 只有…才), so what remains is
reported as a warning, with both cues as evidence. In a free translation (the document's
English below ``LITERAL_BAR`` of words with a Chinese source) a negation whose negated word the
other side does not render either is info: the translator said the whole thing in other words
(published literary translations: 90 negation warnings on MAC-Dev's six chapters, 29 after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from align.checks.antonym import meanings
from align.checks.base import CheckContext
from align.checks.lexical import BeadText, bead_texts, corr, sub_spans
from align.checks.partial import LITERAL_BAR, PAUSE, literalness
from align.lexicon import Correspondence, lexicon
from align.lexicon.antonyms import ANTONYMS
from align.lexicon.correspond import GLOSS, LATIN, NAME, PART, PINYIN
from align.lexicon.en import lemmas_of, stem
from align.lexicon.polarity import (
    CONTINUED,
    DOUBLE,
    LEXICAL,
    NEGATION,
    ZH_NEGATORS,
    Cue,
    Polarity,
    en_negative_word,
    en_polarity,
    zh_polarity,
)
from align.lexicon.zh import ZhWord, segment
from align.model import Finding, Severity
from align.rules import NEGATION as NEGATION_RULE
from align.scripts import unspaced_zh

# Chinese words that say a negative without a negation character: the English may render them
# with not/no/never/without.
ZH_NEGATIVE_WORDS = frozenset(
    """免 免费 免除 免于 禁止 严禁 拒绝 避免 防止 阻止 预防 杜绝 缺 缺少 缺乏 短缺 失败 停止 否认
    否定 否决 难以 很难 少有 很少 鲜有 极少 罕见 忽视 忽略 除了 只有 直到 零 失去 丧失 放弃 排除
    拒不 无人 以免 免得 省得 以防 未经 唯有 仅 仅仅 只是 不如 终止 中止 撤销 废除 摆脱 忘记 错过
    丢失 拒签 回避 逃避 抵制 禁令 怀疑 难道 岂 何必 何尝 匿名 免税 缺席 缺失 弃权 暂停 暂缓 关闭
    取消 叫停 停办 停运 停业 停课 谢绝 搁置 中断 只能 只可 只准 只许 最多 至多 仅限
    罔顾 漠视""".split()
)
# 只 "only" states a limit positively, which English often states negatively ("cannot serve
# more than"); after a numeral or a demonstrative it is the measure word of animals (三只, 这只).
_MEASURE_BEFORE = "一二两兩三四五六七八九十百千几幾这這那每多数數0123456789"
# English words that say a negative without a negator: the Chinese may render them with 不/没/无.
EN_NEGATIVE = frozenset(
    """free lack lacking absence absent avoid avoided prevent prevented refuse refused reject
    rejected deny denied ban banned prohibit prohibited forbid forbidden fail failed failure
    hardly rarely seldom scarcely barely little few fewer less least only until unless instead
    rather beyond lose lost miss missed missing stop stopped cease ceased ignore ignored neglect
    neglected decline declined exclude excluded except apart save short shortage nor neither
    unable impossible incapable zero nil empty void blank against resist resisted oppose opposed
    unmanned anonymous silent silence still quit abandon abandoned escape escaped away off
    whether yet any ever alone single solely merely just barely nevertheless regardless
    difficult hard harmless endless countless useless careless hopeless homeless wireless
    cordless helpless priceless timeless limitless needless restless jobless pointless
    fruitless powerless wrong false fake bare mere skip skipped overlook overlooked forget
    forgot forgotten drop dropped doubt doubtful question questioned closed shut refrain
    refrained refrains refraining abstain abstained abstains desist withhold withheld shun
    shunned eschew disregard disregarded disregarding despite defy defied defying spite
    ignoring gone deprive deprived deprives depriving deprivation""".split()
)
_EN_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# Negation characters an idiom may hold inside it (百闻不如一见, 名不虚传): the idiom as a whole
# may be what an English "not" renders.
_ZH_NEGATOR_CHARS = "不没沒无無未非莫勿"
# A negative prefix a page parted from its word at a line's end ("non- interference"): joined
# back, the space moved after the word so that every offset stays where it was.
_PREFIX_PARTED = re.compile(r"\b(non|Non|anti|Anti|un|dis|in|im|il|ir)- ([a-z]+)")
_SENSE_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*")


# Privative verbs: a sense that opens with one says "no longer / not have" (失联 'to lose
# contact' is "not reachable", 缺乏 'to lack' is "does not have", 失败 'to fail' "did not").
_PRIVATIVE = re.compile(r"^(?:to\s+)?(?:be\s+)?(?:lose|lost|lack|lacking|missing|fail|refuse|"
                        r"absent|devoid)\b", re.I)


def _negative_sense(sense: str) -> bool:
    """Whether a dictionary sense says a negative (not, without, unmanned, incapable, or a
    privative verb: to lose, to lack); uncle, union and under are not."""
    if _PRIVATIVE.match(sense.strip()):
        return True
    for w in _SENSE_WORD.findall(sense):
        low = w.lower()
        if en_negative_word(low) or (low.startswith("in") and low.endswith("able")
                                     and len(low) >= 8):
            return True
    return False


_ZH_CUT = re.compile(r"[，；：、。！？!?;:,…]+|[–—]+|-{2,}")
_EN_CUT = re.compile(r"[,;:!?。，]+(?=\s|$)|\.(?=\s|$)|\s[-–—]+\s|[–—]+|-{2,}")
# "too small for us to hear" says 听不到 without a negation; "free of corruption" 没有贪污 (and
# "free" counts so even where it renders another word: 廉洁 "clean, free of corruption").
_EN_TOO = re.compile(r"\btoo\s+[A-Za-z]+(?:\s+[A-Za-z]+){0,3}?\s+to\s+[A-Za-z]"
                     r"|\bfree\s+(?:of|from)\s+[A-Za-z]", re.I)
_ANCHORS = (GLOSS, NAME, PINYIN, LATIN)
# irresistible, inevitable, indispensable: a negation built into an adjective
_NOT_ABLE = re.compile(r"^(?:in|im|ir|il)[a-z]{3,}[ai]ble$")
_REACH = 2  # words between a negation and the word it negates ("did not really stop")


@dataclass(frozen=True)
class Mismatch:
    """A negation one side has and the other does not say in any way, placed in the clauses
    that carry it: character ranges into the bead's joined Chinese and English."""

    side: str  # "zh" or "en": the side whose negation is unaccounted for
    cue: str
    other: str  # the other side's negatives in that clause group, joined
    zh_range: tuple[int, int]
    en_range: tuple[int, int]
    placed: bool  # False when no clause pairing could be found: the whole bead
    cue_range: tuple[int, int] = (0, 0)  # the cue, in the joined text of its side


# What a negator is glued to when it negates the verb after it (不会取消, 没有继续, 不是…):
# auxiliaries and copulas, not the negated word itself.
_ZH_AUXILIARIES = frozenset("会 能 是 有 要 可 可以 应 应该 应当 必 必须 用 得 该 能够 曾".split())


# A preposition right after a negation: the negation is the verb's, after the object.
_ZH_PREPOSITION = re.compile(r"[对對向给給跟与與为為替]")


def negated_rendered(zh: str, en: str, m: Mismatch) -> bool:
    """Whether the word the unaccounted negation negates is rendered on the other side: the
    first Chinese content word the cue holds or that follows it in its clause (不想投资, 没有继续
    上涨) linked to English words, or the English content word right after the cue linked to a
    Chinese one. Rendered
    without the negation, the statement says the opposite; not rendered, the translator said
    the whole thing in other words (a litotes, an antonym, a paraphrase)."""
    c = corr(zh, en)
    a, b = m.cue_range
    if m.side == "zh":
        cut = _ZH_CUT.search(zh, b)
        end = cut.start() if cut else len(zh)
        after = [link for link in c.links if a <= link.zh.start < end
                 and not (link.zh.end <= b and link.zh.text[1:] in _ZH_AUXILIARIES)]
        if _ZH_PREPOSITION.match(zh, b):  # 不对任何企业采取: the verb after the object
            after = [link for link in after if link.zh.pos.startswith("v")] or after
        after = after[:1]
        return bool(after) and bool(after[0].en)
    linked = {i for link in c.links for i in link.en}
    after = [i for i, t in enumerate(c.en) if t.start >= b and t.content][:1]
    return bool(after) and after[0] in linked and sum(
        b <= t.start < c.en[after[0]].start for t in c.en) <= _REACH


def _clauses(text: str, cut: re.Pattern[str]) -> list[tuple[int, int]]:
    """Character ranges of the clauses of ``text`` (punctuation kept with the clause before)."""
    out, pos = [], 0
    for m in cut.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, m.end()))
            pos = m.end()
    if text[pos:].strip() or not out:
        out.append((pos, len(text)))
    else:
        out[-1] = (out[-1][0], len(text))
    return out


def _where(ranges: list[tuple[int, int]], pos: int) -> int:
    for k, (_, b) in enumerate(ranges):
        if pos < b:
            return k
    return len(ranges) - 1


def clause_groups(c: Correspondence, zh: str, en: str) -> list[tuple[tuple[int, int], ...]]:
    """The bead cut into the finest run of (Chinese clauses, English clauses) groups, in order,
    such that no word link crosses a cut and each group holds a link: pairs of character ranges
    ((zh start, zh end), (en start, en end)). One group (the whole bead) when nothing anchors."""
    zc, ec = _clauses(zh, _ZH_CUT), _clauses(en, _EN_CUT)
    whole = [((0, len(zh)), (0, len(en)))]
    if len(zc) == 1 and len(ec) == 1:
        return whole
    anchors: set[tuple[int, int]] = set()
    for link in c.links:
        if not link.en or link.how not in _ANCHORS:
            continue
        targets = {_where(ec, c.en[i].start) for i in link.en}
        if len(targets) == 1:  # a word whose rendering occurs in several clauses anchors nothing
            anchors.add((_where(zc, link.zh.start), targets.pop()))
    if not anchors:
        return whole
    n, m = len(zc), len(ec)
    points = [(0, 0)] + [(a, b) for a in range(1, n) for b in range(1, m)
                         if all((z < a) == (e < b) for z, e in anchors)] + [(n, m)]
    best: dict[tuple[int, int], tuple[int, tuple[int, int] | None]] = {(0, 0): (0, None)}
    for p in points[1:]:
        options = [(best[q][0] + 1, q) for q in best
                   if q[0] < p[0] and q[1] < p[1]
                   and any(q[0] <= z < p[0] and q[1] <= e < p[1] for z, e in anchors)]
        if options:
            best[p] = max(options)
    if (n, m) not in best:
        return whole
    chain, p = [], (n, m)
    while p != (0, 0):
        q = best[p][1]
        assert q is not None
        chain.append(((zc[q[0]][0], zc[p[0] - 1][1]), (ec[q[1]][0], ec[p[1] - 1][1])))
        p = q
    return chain[::-1]


def _zh_available(zh: str, pol: Polarity, linked: set[int]) -> list[tuple[str, int]]:
    """Chinese negative units an English negation may render: lexical and double cues and
    negative words, unless the word is already rendered by a non-negative English word."""
    out = [(c.text, c.start) for c in pol.cues
           if c.kind in (LEXICAL, DOUBLE) and c.start not in linked]
    inside = [(c.start, c.end) for c in pol.cues]
    dictionary = lexicon().dictionary
    for word in segment(zh):
        text = word.text
        if _negating_idiom(text, dictionary):
            out.append((text, word.start))  # 百闻不如一见, rendered as a whole, by a "not"
            continue  # among its words or by none
        if word.start in linked or any(a <= word.start < b for a, b in inside):
            continue
        if (text in ZH_NEGATIVE_WORDS or any(ch in text for ch in "免禁拒缺否")
                or text == "只" and (word.start == 0 or zh[word.start - 1] not in _MEASURE_BEFORE)):
            out.append((text, word.start))
        elif len(text) >= 2 and word.han:
            entry = dictionary.get(text)
            if entry is not None and any(_negative_sense(s) for s in entry.senses[:4]):
                out.append((text, word.start))
    return out


def _negating_idiom(text: str, dictionary) -> bool:
    """Whether ``text`` is a set phrase with a negation inside it: an idiom the dictionary marks
    so (百闻不如一见), or a word of four characters or more whose negation character opens a
    negative word of the dictionary (来之不易: 不易 "not easy"; not 展望未来, whose 未来 is
    "future", nor the question 有没有). Its negation belongs to the whole saying, which a
    translation renders freely."""
    if len(text) < 3 or not any(ch in text[1:] for ch in _ZH_NEGATOR_CHARS):
        return False
    entry = dictionary.get(text)
    if entry is not None and any("(idiom)" in s for s in entry.senses):
        return True
    if len(text) < 4:
        return False
    for i in range(1, len(text) - 1):
        if text[i] in _ZH_NEGATOR_CHARS and text[i - 1] != text[i + 1]:  # not 有没有, 是不是
            part = dictionary.get(text[i:i + 2])
            if part is not None and part.senses and _negative_sense(part.senses[0]):
                return True
    return False


def _rendering_starts(c: Correspondence) -> set[int]:
    """Where the English words that render a Chinese word with no negation of its own start:
    used up, no rendering of a negation. A word the English says twice for one Chinese word
    (停止 for "stop sowing discord … and stop being troublemakers") renders it once: the
    second may render a negation (不要做)."""
    out: set[int] = set()
    for link in c.links:
        if not link.en or zh_polarity(link.zh.text).cues:
            continue
        seen: set[str] = set()
        for i in link.en:
            word = c.en[i].lemmas[0] if c.en[i].lemmas else c.en[i].text.lower()
            if word not in seen:
                seen.add(word)
                out.add(c.en[i].start)
    return out


def _en_available(en: str, pol: Polarity, linked: set[int]) -> list[tuple[str, int]]:
    """English negative units a Chinese negation may be rendered by."""
    out = [(c.text, c.start) for c in pol.cues if c.kind in (LEXICAL, DOUBLE)]
    inside = [(c.start, c.end) for c in pol.cues]
    lemmas = lexicon().dictionary.lemmas
    for m in _EN_WORD.finditer(en):
        if m.start() in linked or any(a <= m.start() < b for a, b in inside):
            continue
        low = m.group().lower()
        if (low in EN_NEGATIVE or (low.endswith("less") and len(low) > 6)
                or _NOT_ABLE.match(low)
                or any(x in EN_NEGATIVE for x in lemmas_of(low, lemmas))):
            out.append((m.group(), m.start()))  # excluding, lacking, irresistible
        elif low.startswith("non") and len(low) > 7 and not low.startswith("nonethe"):
            out.append((m.group(), m.start()))  # nonviolently, nonprofit (un-, dis-, il- are cues)
    out += [(m.group(), m.start()) for m in _EN_TOO.finditer(en)]
    return out


def _unaccounted(zn: list[Cue], en_n: list[Cue], zx: list, ex: list, drift: bool,
                 zopt: int = 0, eopt: int = 0) -> tuple[str, Cue, list] | None:
    """The side and the first plain negation the other side does not say in any way, or None.
    Negatives said another way pair off across the sides first (免 <-> free, 不友好 <->
    unfriendly); only what is left over may explain a plain negation of the other side. With
    ``drift`` (several clauses on a side) only a negation against none at all counts: free
    translation merges and splits coordinated negations (不…也不 -> not … or). ``zopt`` and
    ``eopt`` count the negations that continue an earlier one (也不, nor): each side may have
    them or not."""
    if len(zn) == len(en_n) or (drift and zn and en_n):
        return None
    if drift and (zn and ex or en_n and zx):
        return None  # several sentences: a negative word of the other side may render it
    if len(en_n) > len(zn):
        spare = max(0, len(zx) - len(ex)) + zopt
        if len(en_n) > len(zn) + spare:
            return "en", en_n[len(zn) + spare], zx
        return None
    spare = max(0, len(ex) - len(zx)) + eopt
    if len(zn) > len(en_n) + spare:
        return "zh", zn[len(en_n) + spare], ex
    return None


_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|de|non-?|ill-)(?=[a-z])")
_MIN_BASE = 4  # a shorter base (in-fer, un-it) is too likely a word of its own


def _pair_prefixed(c: Correspondence, zneg: list[Cue], elex: tuple[Cue, ...],
                   en_extra: list[tuple[str, int]], en_cues: tuple[Cue, ...] = ()
                   ) -> tuple[list[Cue], list[tuple[str, int]]]:
    """A Chinese 不 before a word the English renders with a negative prefix (不友好 ->
    unfriendly, 不稳定 -> unstable, 不认可 -> disapproval) is that English word: both leave the
    count and the spares. Any English word of that shape counts, not only the negative words
    the polarity engine lists (but not one that is a plain negation itself: unable): its base
    must render the very word 不 negates. So does a 不 the segmenter glued to a one-character
    word (不竭 'not exhaust' -> inexhaustible)."""
    lx = lexicon()
    used: set[int] = set()
    kept: list[Cue] = []
    cue_starts = {q.start for q in elex} | {q.start for q in en_cues}
    shaped = [*elex, *(Cue(t.text, t.start, t.end, LEXICAL) for t in c.en
                       if t.start not in cue_starts and _PREFIX.match(t.text.lower())
                       and len(_PREFIX.sub("", t.text.lower())) >= _MIN_BASE)]
    for cue in zneg:
        nxt = next((w for w in c.zh if w.start == cue.end), None)
        whole = next((w for w in c.zh if w.start == cue.start and w.end > cue.end), None)
        if nxt is None and whole is not None:  # 不稳定 kept whole by the word links
            nxt = ZhWord(whole.text[len(cue.text):], cue.end, whole.end, whole.pos)
        glued = (len(cue.text) == 2 and cue.text[0] in "不无未非"
                 and cue.text not in ZH_NEGATORS and cue.text[1:] not in _ZH_AUXILIARIES)
        if glued:  # 不竭 kept whole by the segmenter: the negated word is its second character
            nxt = ZhWord(cue.text[1:], cue.start + 1, cue.end, "v")
            whole = ZhWord(cue.text, cue.start, cue.end, "v")
        match = None
        if (len(cue.text) == 1 or glued) and nxt is not None and nxt.han:
            keys = lx.keys(nxt)
            meaning = keys.gloss | keys.stems
            # the negated word's own dictionary senses (不确定 'uncertain'): the English word
            # whole may be one of them with a suffix (uncertainties)
            negated = lx.keys(whole).gloss if whole is not None else frozenset()
            for q in shaped:
                low = q.text.lower()
                base = _PREFIX.sub("", low)
                if q.start in used or base == low:
                    continue
                forms = {base, stem(base), *lx.dictionary.lemmas.get(base, "").split()}
                full = {low, *lx.dictionary.lemmas.get(low, "").split()}
                if (forms & meaning or _same_root(forms, keys.gloss)
                        or full & negated or _same_root(full, negated)):
                    match = q
                    break
            if match is None and _negative_adjective(negated):
                # 不当 'improper' rendered "unjustified": a negative word for a negative word,
                # by another root
                match = next((q for q in shaped if q.start not in used and _un_word(q.text)),
                             None)
        if match is None:
            kept.append(cue)
        else:
            used.add(match.start)
    return kept, [x for x in en_extra if x[1] not in used]


_ROOT = 5  # letters a gloss must have to count as the root of a longer form


def _un_word(word: str) -> bool:
    """Whether an English word is un- before an English word (unjustified, unfair; not under,
    united, unless): the one prefix that always negates what follows it."""
    low = word.lower()
    return (low.startswith("un") and len(low) >= 2 + _MIN_BASE and low != "unless"
            and low[2:] in lexicon().dictionary.lower_case_words)


def _negative_adjective(glosses: frozenset[str]) -> bool:
    """Whether a Chinese 不 word is a negative word of its own: the dictionary glosses it with a
    negative-prefixed English word (不当 'improper', 不公 'unfair', 不法 'unlawful')."""
    return any(_PREFIX.match(g) and len(_PREFIX.sub("", g)) >= _MIN_BASE for g in glosses)


def _same_root(forms: set[str], gloss: frozenset[str]) -> bool:
    """Whether a form of an English base is a gloss word with a derivational suffix
    (certainty for 确定 'certain', stabilizing for 稳定 'to stabilize'): the base starts
    with a gloss word of at least ``_ROOT`` letters that is most of it."""
    return any(f.startswith(g) and len(g) >= _ROOT and len(f) - len(g) <= 4
               for f in forms for g in gloss)


# A negated change is a continuity: 没有变 "remains", 不会改变 "will stay", 从未动摇 "stayed
# firm", 没有中断 "went on". The verbs of change (the dictionary's glosses of 变, 改变, 变化, 动摇,
# 中断, 消失, 减弱 …) and the words English says continuity with; a closed class, not antonym
# pairs (the antonym check would read "remain" for 变 as an opposite everywhere).
CHANGE_VERBS = frozenset(
    "change alter vary shift transform waver sway shake fade vanish disappear weaken diminish "
    "interrupt discontinue cease".split())
CONTINUITY = frozenset(
    "remain stay still continue persist unchanged constant unwavering steadfast firm intact "
    "last endure enduring lasting same unabated uninterrupted keep".split())


def _negated_antonyms(c: Correspondence, en: str, zneg: list[Cue],
                      eneg: list[Cue]) -> tuple[list[Cue], list[Cue]]:
    """Drop the negations that negate the antonym of what the other side says: "doesn't stop"
    for 继续 (continue), 并不常见 for "rare", 不赞成 for "oppose". A negated antonym is the same
    statement made the other way round."""
    zh_means = [meanings(w.text) for w in c.zh if w.han and len(w.text) > 1
                and not any(q.end == w.start for q in zneg)]
    kept_en = []
    for cue in eneg:
        after = next((t for t in c.en if t.start >= cue.end and t.content), None)
        if (after is not None and not _EN_CUT.search(en, cue.end, after.start)
                and sum(cue.end <= t.start < after.start for t in c.en) <= _REACH):
            opposite = frozenset().union(*(ANTONYMS.get(x, frozenset()) for x in after.lemmas))
            if any(opposite & m for m in zh_means):
                continue
        kept_en.append(cue)
    en_lemmas = {x for t in c.en if t.content for x in t.lemmas}
    kept_zh = []
    for cue in zneg:
        nxt = next((w for w in c.zh if w.start == cue.end and w.han), None)
        meant = meanings(nxt.text) if nxt is not None else frozenset()
        opposite = frozenset().union(*(ANTONYMS.get(m, frozenset()) for m in meant))
        if meant & CHANGE_VERBS:
            opposite |= CONTINUITY  # 没有变 "remain", 从未动摇 "has stayed firm"
        if not opposite & en_lemmas:
            kept_zh.append(cue)
    return kept_zh, kept_en


# 不是/并非/绝非 A，而是 B: a contrast, which English says as "B rather than A", "instead of A".
_ZH_CONTRAST = re.compile(r"[^。！？!?]{0,40}?而是")
_EN_CONTRAST = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)


def _contrast_rendered(zh: str, en: str, zneg: list[Cue]) -> list[Cue]:
    """``zneg`` without the negations that open a 不是…而是 contrast the English says with
    "rather than" or "instead of" (绝非简单的援助，而是投资 "rather than simply aid, …")."""
    if not _EN_CONTRAST.search(en):
        return zneg
    return [q for q in zneg if not _ZH_CONTRAST.match(zh, q.end)]


def negation_mismatches(zh: str, en: str) -> list[Mismatch]:
    """Negations one side has and the other does not say, compared clause group by clause group
    (a bead of several sentences translated freely moves negations between its sentences, but
    rarely between clauses that share no word), and only when the whole bead disagrees too."""
    en = _PREFIX_PARTED.sub(r"\1-\2 ", en)
    original = len(zh)
    zh, at = unspaced_zh(zh)  # 不 同 状 况, 不超过 3星期: a spaced page's words read whole

    def back(a: int, b: int) -> tuple[int, int]:
        """A range of the unspaced Chinese as a range of the Chinese given."""
        start = at[a] if a < len(at) else original
        return start, at[b - 1] + 1 if b > a else start

    zp = zh_polarity(zh)
    ep = en_polarity(en)
    if zp.count == ep.count and not (zp.count and ep.of(LEXICAL)):
        return []  # a 不 paired with an un- word below can still leave a "not" unaccounted
    c = corr(zh, en)
    en_cue_starts = {c2.start for c2 in ep.cues}
    # A Chinese word rendered by a non-negative English word is used up (不同 -> different).
    # Not when an English negation governs that word: "without regrets" for 无怨无悔 'no
    # complaints' (whether the Chinese word is negative itself is _zh_available's question).
    # Nor a word with a negation of its own rendered only in part (无党派人士 by "public
    # figures": "without party affiliation" says the rest).
    cue_starts = {q.start for q in zp.cues}
    zh_linked = {link.zh.start for link in c.links
                 if link.en and not any(c.en[i].start in en_cue_starts for i in link.en)
                 and not any(_governs(en, q, c.en[i].start) for i in link.en for q in ep.cues)
                 and not (link.how == PART and link.zh.start in cue_starts)}
    en_linked = _rendering_starts(c)
    zh_extra = _zh_available(zh, zp, zh_linked)
    en_extra = _en_available(en, ep, en_linked)
    zneg, en_extra = _pair_prefixed(c, list(zp.of(NEGATION)), ep.of(LEXICAL), en_extra,
                                    ep.cues)
    zneg, eneg = _negated_antonyms(c, en, zneg, list(ep.of(NEGATION)))
    zneg = _contrast_rendered(zh, en, zneg)
    zcont, econt = zp.of(CONTINUED), ep.of(CONTINUED)
    if _unaccounted(zneg, list(eneg), zh_extra, en_extra, False,
                    len(zcont), len(econt)) is None:
        return []
    groups = clause_groups(c, zh, en)
    placed = len(groups) > 1
    zc, ec = _clauses(zh, _ZH_CUT), _clauses(en, _EN_CUT)
    out: list[Mismatch] = []
    for (za, zb), (ea, eb) in groups:
        drift = (sum(za <= a < zb for a, _ in zc) > 1 or sum(ea <= a < eb for a, _ in ec) > 1)
        found = _unaccounted([q for q in zneg if za <= q.start < zb],
                             [q for q in eneg if ea <= q.start < eb],
                             [x for x in zh_extra if za <= x[1] < zb],
                             [x for x in en_extra if ea <= x[1] < eb], drift and placed,
                             sum(za <= q.start < zb for q in zcont),
                             sum(ea <= q.start < eb for q in econt))
        if found is not None:
            side, cue, other = found
            out.append(Mismatch(side, cue.text, " ".join(t for t, _ in other),
                                back(za, zb), (ea, eb), placed,
                                back(cue.start, cue.end) if side == "zh"
                                else (cue.start, cue.end)))
    return out


def _governs(en: str, cue: Cue, start: int) -> bool:
    """Whether the English negation ``cue`` is a "without" or "no" before the noun phrase of
    the word at ``start`` (at most one word between, no punctuation): "without regrets", "no
    real complaints" say a Chinese negative noun (无怨无悔, 无悔) as a negation and a noun. A
    "not" negates a verb or an adjective: 不同 rendered "different" leaves "may not face
    different" unaccounted for."""
    between = en[cue.end:start]
    return (cue.text.lower() in ("without", "no") and cue.end <= start
            and not PAUSE.search(between) and len(between.split()) <= 1)


def renders_any(b: BeadText, m: Mismatch) -> bool:
    """Whether the bead's sentence that holds the unaccounted negation renders some word of the
    other side, by dictionary, name, pinyin or Latin (a word piece is too weak: 'people' as a
    piece of 人民政协). A bead of one sentence a side always does: the mismatch rule judges a
    sentence that renders nothing. One of several that renders nothing is a sentence the
    aligner grouped with its neighbour, not a translation with a negation added or dropped."""
    starts = b.en_starts if m.side == "en" else b.zh_starts
    if len(starts) < 2:
        return True
    text = b.en if m.side == "en" else b.zh
    lo = max(a for a in starts if a <= m.cue_range[0])
    hi = min([a for a in starts if a > m.cue_range[0]] + [len(text)])
    c = corr(b.zh, b.en)
    for link in c.links:
        if link.how not in _ANCHORS or not link.en:
            continue
        if m.side == "en" and any(lo <= c.en[i].start < hi for i in link.en):
            return True
        if m.side == "zh" and lo <= link.zh.start < hi:
            return True
    return False


def negation_mismatch(zh: str, en: str) -> tuple[str, str, str] | None:
    """(side whose negation is unaccounted for, its cue, the other side's negatives joined) of
    the first mismatch in one pair, or None."""
    found = negation_mismatches(zh, en)
    return (found[0].side, found[0].cue, found[0].other) if found else None


class NegationCheck:
    rules = (NEGATION_RULE,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        # only the beads with a mismatch are kept (a BeadText of every bead of a large pair,
        # with its spans' quoted text, took hundreds of MB)
        found = [(b, m) for b in bead_texts(ctx) for m in negation_mismatches(b.zh, b.en)]
        if not found:
            return
        free = literalness(ctx) < LITERAL_BAR
        for b, m in found:
            yield self._finding(ctx, b, m, free and not negated_rendered(b.zh, b.en, m),
                                not renders_any(b, m))

    @staticmethod
    def _finding(ctx: CheckContext, b, found: Mismatch, reworded: bool = False,
                 elsewhere: bool = False) -> Finding:
        side, cue = found.side, found.cue
        if side == "en":
            message = (f"The English negates ('{cue}') but the Chinese does not: "
                       "the translation may say the opposite.")
            suggestion = f"Check whether '{cue}' belongs in the translation."
        else:
            message = (f"The Chinese negates ({cue}) but the English does not: "
                       "the translation may say the opposite.")
            suggestion = f"Render the negation {cue} in the English."
        zh_span, en_span = sub_spans(ctx, b, found.zh_range, found.en_range)
        severity = None
        if elsewhere:
            # the sentence that carries the negation renders no word of the Chinese beside it:
            # it translates something else (a quotation the aligner put in the next bead)
            severity = Severity.INFO
            message += (" (The sentence that negates renders none of the other side's words "
                        "here: it may translate another sentence.)")
        elif reworded:
            # a free translation (LITERAL_BAR) that does not render the negated word either:
            # said in other words, not said the other way round
            severity = Severity.INFO
            message += " (The negated word is not rendered either: reworded in this free " \
                       "translation?)"
        elif not found.placed and max(b.sentences) > 1:
            # several sentences and no clause pairing: the cue cannot be placed, and free
            # translation moves negations between sentences
            severity = Severity.INFO
            message += " (The negation could not be placed in this multi-sentence passage.)"
        return NEGATION_RULE.finding(
            message, zh=zh_span, en=en_span, severity=severity,
            evidence=((side, cue), ("cue", f"{side}:{cue}")),
            suggestion=suggestion, bead=b.index,
        )
