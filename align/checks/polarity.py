"""Negation: the English says *not* where the Chinese does not, or the reverse.

The lexical engine finds the polarity cues of each side (``align.lexicon.polarity``): plain
negations, double negations that read positive (不得不, cannot help) and words with a negation
built in (不满, illegal), which are never counted. A bead is reported when one side negates and
the other does not, unless the other side says the negative another way: a word with a negation
built in (不满 ↔ dissatisfied, 缺乏 ↔ lack), a word whose meaning is negative (免 ↔ free, 避免 ↔
avoid, 拒绝 ↔ refuse, rarely, prevent), or a Chinese word whose dictionary senses are negative
(无人机 is *unmanned* aircraft). Free translation moves negation around ("less than" for 不到,
"only" for 只有…才), so what remains is reported as a warning, with both cues as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from align.checks.base import CheckContext
from align.checks.lexical import bead_texts, corr
from align.lexicon import lexicon
from align.lexicon.polarity import DOUBLE, LEXICAL, NEGATION, Polarity, en_polarity, zh_polarity
from align.lexicon.zh import segment
from align.model import Finding
from align.rules import NEGATION as NEGATION_RULE

# Chinese words that say a negative without a negation character: the English may render them
# with not/no/never/without.
ZH_NEGATIVE_WORDS = frozenset(
    """免 免费 免除 免于 禁止 严禁 拒绝 避免 防止 阻止 预防 杜绝 缺 缺少 缺乏 短缺 失败 停止 否认
    否定 否决 难以 很难 少有 很少 鲜有 极少 罕见 忽视 忽略 除了 只有 直到 零 失去 丧失 放弃 排除
    拒不 无人 以免 免得 省得 以防 未经 唯有 仅 仅仅 只是 不如 终止 中止 撤销 废除 摆脱 忘记 错过
    丢失 拒签 回避 逃避 抵制 禁令 怀疑 难道 岂 何必 何尝 匿名 免税 缺席 缺失 弃权""".split()
)
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
    forgot forgotten drop dropped doubt doubtful question questioned closed shut""".split()
)
_EN_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_NEG_SENSE = re.compile(r"\b(?:not|no|non|without|never|lack|un[a-z]{3,}|in[a-z]{4,}able|free)\b")


def _zh_available(zh: str, pol: Polarity, linked: set[int]) -> list[str]:
    """Chinese negative units an English negation may render: lexical and double cues and
    negative words, unless the word is already rendered by a non-negative English word."""
    out = [c.text for c in pol.cues if c.kind in (LEXICAL, DOUBLE) and c.start not in linked]
    inside = [(c.start, c.end) for c in pol.cues]
    dictionary = lexicon().dictionary
    for word in segment(zh):
        if word.start in linked or any(a <= word.start < b for a, b in inside):
            continue
        text = word.text
        if text in ZH_NEGATIVE_WORDS or any(ch in text for ch in "免禁拒缺否"):
            out.append(text)
        elif len(text) >= 2 and word.han:
            entry = dictionary.get(text)
            if entry is not None and any(_NEG_SENSE.search(s) for s in entry.senses[:4]):
                out.append(text)
    return out


def _en_available(en: str, pol: Polarity, linked: set[int]) -> list[str]:
    """English negative units a Chinese negation may be rendered by."""
    out = [c.text for c in pol.cues if c.kind in (LEXICAL, DOUBLE)]
    inside = [(c.start, c.end) for c in pol.cues]
    for m in _EN_WORD.finditer(en):
        if m.start() in linked or any(a <= m.start() < b for a, b in inside):
            continue
        low = m.group().lower()
        if low in EN_NEGATIVE or (low.endswith("less") and len(low) > 6):
            out.append(m.group())
        elif low.startswith("non") and len(low) > 7 and not low.startswith("nonethe"):
            out.append(m.group())  # nonviolently, nonprofit (un-, dis-, il- words are cues)
    return out


def negation_mismatch(zh: str, en: str) -> tuple[str, str, str] | None:
    """(side whose negation is unaccounted for, its cue, the other side's negatives joined) when
    one side has more plain negations than the other has ways of saying a negative, else None."""
    zp = zh_polarity(zh)
    ep = en_polarity(en)
    zn, en_n = zp.count, ep.count
    if zn == en_n:
        return None
    c = corr(zh, en)
    en_cue_starts = {c2.start for c2 in ep.cues}
    # A Chinese word rendered by a non-negative English word is used up (不同 -> different).
    zh_linked = {link.zh.start for link in c.links
                 if link.en and not any(c.en[i].start in en_cue_starts for i in link.en)}
    en_linked = {c.en[i].start for link in c.links if link.en for i in link.en
                 if not zh_polarity(link.zh.text).cues}
    # Negatives said another way pair off across the sides first (免 <-> free, 不友好 <->
    # unfriendly); only what is left over may explain a plain negation of the other side.
    zh_extra = _zh_available(zh, zp, zh_linked)
    en_extra = _en_available(en, ep, en_linked)
    if en_n > zn:
        spare = max(0, len(zh_extra) - len(en_extra))
        if en_n > zn + spare:
            cue = [x for x in ep.cues if x.kind == NEGATION][zn + spare]
            return "en", cue.text, " ".join(zh_extra)
        return None
    spare = max(0, len(en_extra) - len(zh_extra))
    if zn > en_n + spare:
        cue = [x for x in zp.cues if x.kind == NEGATION][en_n + spare]
        return "zh", cue.text, " ".join(en_extra)
    return None


class NegationCheck:
    rules = (NEGATION_RULE,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        for b in bead_texts(ctx):
            found = negation_mismatch(b.zh, b.en)
            if found is None:
                continue
            side, cue, _ = found
            if side == "en":
                message = (f"The English negates ('{cue}') but the Chinese does not: "
                           "the translation may say the opposite.")
                suggestion = f"Check whether '{cue}' belongs in the translation."
            else:
                message = (f"The Chinese negates ({cue}) but the English does not: "
                           "the translation may say the opposite.")
                suggestion = f"Render the negation {cue} in the English."
            yield NEGATION_RULE.finding(
                message, zh=b.zh_span, en=b.en_span,
                evidence=((side, cue), ("cue", f"{side}:{cue}")),
                suggestion=suggestion, bead=b.index,
            )
