"""Foreign names transliterated into Chinese: which characters spell them, and whether a
Chinese transliteration sounds like an English word (丘吉尔 ~ Churchill, 特朗普 ~ Trump,
墨尔本 ~ Melbourne).

Both sides become a string of consonant classes, vowels dropped: Chinese syllables by their
initial (and a nasal final or 尔 "er" as a consonant the English may lack), English letters by
their usual sound (ch, sh, ph, th, tz, soft c and g). The two strings are compared by an edit
distance whose costs know how Chinese renders foreign sounds: r and l are one class, an English
r after a vowel is often dropped (Parly → 帕利), a Chinese nasal final is often extra (朗 lang
for "rum"), m ~ n, f ~ v ~ w, s ~ ts ~ j. Two names match when the distance per consonant is
small and they begin alike. Written for this project.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Characters of the standard transliteration tables (Xinhua's name-translation usage): a run of
# these that the dictionary does not know as a word is most likely a foreign name.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安昂敖奥巴拜班邦鲍贝本比彼毕宾波博伯布查柴策察楚茨达戴代丹道德登迪蒂狄丁杜敦顿"
    "多厄恩尔耳法凡菲斐费芬丰佛弗福富夫盖甘冈戈哥格根贡古瓜圭哈海汉豪赫亨洪胡华怀霍基吉加迦贾"
    "杰捷金津卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾黎里理利莉丽连列林琳留卢鲁路伦罗洛"
    "吕马玛迈麦曼芒毛梅门蒙孟米密明缪摩莫墨默姆穆纳娜奈南瑙内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀"
    "蒲普齐奇恰乔切钦琴琼丘邱屈热若瑞萨塞赛桑瑟森沙莎尚绍舍圣施什史舒斯丝松苏索塔泰坦汤唐陶特"
    "滕提廷通图托瓦旺威韦维温沃乌伍武西希锡夏肖谢辛欣休雅亚扬耶伊依因英尤约扎泽詹兹朱卓祖佐孜"
    "茹廖隆芙娅"
)

# The part of them that native words seldom use: a two-character word the dictionary lacks is
# taken for a transliteration only with one of these (帕利, 戈马; not 齐明, 连成).
TRANSLIT_CORE = frozenset(
    "斯尔茨蒂妮娜莎琳莉姆埃艾奥伊拉克卡巴帕戈科库普珀彼佩谢贝弗维沃瓦兹泽罗洛鲁卢纳尼诺努梅迈索"
    "塔汤特提托图威韦亚阿杰詹乔琼丘吉基奇切钦赫霍哈汉豪胡贾迦柯坎肯奎昆莱勒雷蕾丽鲍宾伯布"
)

# Consonant classes: P(b p) T(d t) K(g k c q-in-English) J(j zh ch z c q ts) S(s sh x) F(f ph)
# V (an English v: near F, W and P) W(w) M N L(l r) H(h).
_INITIALS = (
    ("zh", "J"), ("ch", "J"), ("sh", "S"), ("b", "P"), ("p", "P"), ("m", "M"), ("f", "F"),
    ("d", "T"), ("t", "T"), ("n", "N"), ("l", "L"), ("g", "K"), ("k", "K"), ("h", "H"),
    ("j", "J"), ("q", "J"), ("x", "S"), ("r", "L"), ("z", "J"), ("c", "J"), ("s", "S"),
    ("w", "W"), ("y", "J"),
)
_NEAR = {
    frozenset("MN"): 0.3, frozenset("FW"): 0.3, frozenset("SJ"): 0.3, frozenset("KJ"): 0.3,
    frozenset("KH"): 0.4, frozenset("TJ"): 0.5, frozenset("PF"): 0.5, frozenset("LN"): 0.7,
    frozenset("PW"): 0.6, frozenset("HS"): 0.3, frozenset("HF"): 0.6,
    # an English v (class V) is an f to Chinese as before, a w (瓦 wa: Wagner, Volvo) and, in
    # Spanish and Portuguese names, a b (巴雷拉 Varela, 巴尔加斯 Vargas, 比戈 Vigo)
    frozenset("FV"): 0.0, frozenset("VW"): 0.3, frozenset("PV"): 0.3, frozenset("HV"): 0.6,
}
_OPTIONAL = 0.3  # dropping a sound one language often leaves out
Unit = tuple[str, bool]  # (consonant class, optional)


def chinese_units(syllables: tuple[str, ...]) -> tuple[Unit, ...]:
    """Consonant classes of toneless pinyin syllables, as a transliteration sounds."""
    out: list[Unit] = []
    for syl in syllables:
        s = syl.lower().replace("ü", "v").replace("u:", "v")
        if s in ("er", "r"):
            out.append(("L", True))  # 尔: an English r or l, or nothing
            continue
        for spelling, cls in _INITIALS:
            if s.startswith(spelling):
                if cls:
                    out.append((cls, cls in "WH" or spelling == "y"))  # 约翰 yue ~ John
                s = s[len(spelling):]
                break
        if s.endswith("ng") or s.endswith("n"):
            out.append(("N", True))  # 朗 lang for "rum", 本 ben for "bourne"
    return tuple(out)


_VOWELS = set("aeiouy")


def english_units(word: str) -> tuple[Unit, ...]:
    """Consonant classes of an English (or Latin-script) word, as it sounds."""
    w = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")
    out: list[Unit] = []
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        prev = w[i - 1] if i else ""
        two = w[i : i + 2]
        if c in _VOWELS:
            i += 1
            continue
        if w[i : i + 3] == "sch" or two == "sh":
            cls, step = "S", 3 if w[i : i + 3] == "sch" else 2
        elif w[i : i + 3] == "tch":
            cls, step = "J", 3
        elif two == "ch":
            cls, step = ("K" if w[i + 2 : i + 3] == "r" else "J"), 2
        elif two in ("ph",):
            cls, step = "F", 2
        elif two == "th":
            cls, step = "T", 2
        elif two in ("ck", "kh"):
            cls, step = "K", 2
        elif two == "zh":
            cls, step = "J", 2  # Zhukov, Bakhytzhan: zh (ж), as Chinese zh, j or r renders it
        elif two in ("ts", "tz", "zz", "dg") and w[i : i + 3] != "tzh":
            cls, step = "J", 2
        elif two == "gh":
            # silent at the end or before t (Hugh, night, Pittsburgh); a g before a vowel or
            # another consonant (Ghana, Afghan, Baghdad, Uyghur, Araghchi)
            cls, step = ("" if w[i + 2 : i + 3] in ("", "t") else "K"), 2
        elif c == "x" and i == 0:
            cls, step = "S", 1  # no word begins with /ks/: Xasa, Xavier, Xerxes (a sibilant)
        elif c == "x":
            out.append(("K", False))
            cls, step = "S", 1
        elif c == "c":
            cls, step = ("S" if nxt in ("e", "i", "y") else "K"), 1
        elif c == "g" and prev == "n" and nxt not in _VOWELS:
            out.append(("K", True))  # the g of "ng", which Chinese finals swallow
            i += 1
            continue
        elif c == "g":
            cls, step = ("J" if nxt in ("e", "i", "y") and i else "K"), 1
        elif c == "r":
            # after a vowel and before a consonant or the end, Chinese often drops it
            cls, step = "L", 1
            if prev in _VOWELS and nxt not in _VOWELS:
                out.append(("L", True))
                i += 1
                continue
        else:
            cls = {"b": "P", "p": "P", "d": "T", "t": "T", "k": "K", "q": "K", "j": "J",
                   "z": "J", "s": "S", "f": "F", "v": "V", "w": "W", "m": "M", "n": "N",
                   "l": "L", "h": "H"}.get(c, "")
            step = 1
        if cls and not (out and out[-1][0] == cls and step == 1 and prev == c):
            # h is sounded only before a vowel (Minh, John); w after a vowel is a glide; a
            # final stop after a vowel is one Chinese often leaves out (大卫 David, 迦勒 Caleb)
            optional = cls == "H" and nxt not in _VOWELS or cls in "HW" and (
                prev in _VOWELS or not out) or cls in "PTK" and i + step >= n and prev in _VOWELS
            out.append((cls, optional))
        i += step
    return tuple(out)


def _sub(a: str, b: str) -> float:
    return 0.0 if a == b else _NEAR.get(frozenset((a, b)), 1.0)


def distance(zh: tuple[Unit, ...], en: tuple[Unit, ...]) -> float:
    """Weighted edit distance between two consonant strings."""
    prev = [0.0]
    for u in en:
        prev.append(prev[-1] + (_OPTIONAL if u[1] else 1.0))
    for z in zh:
        cur = [prev[0] + (_OPTIONAL if z[1] else 1.0)]
        for j, u in enumerate(en, 1):
            cur.append(min(
                prev[j - 1] + _sub(z[0], u[0]),
                prev[j] + (_OPTIONAL if z[1] else 1.0),
                cur[j - 1] + (_OPTIONAL if u[1] else 1.0),
            ))
        prev = cur
    return prev[-1]


def _onset(units: tuple[Unit, ...]) -> str:
    return units[0][0] if units else ""


@lru_cache(maxsize=65536)
def score(syllables: tuple[str, ...], word: str) -> float:
    """Distance per consonant between a Chinese transliteration (its pinyin syllables) and an
    English word: 0 for a perfect match; above about 0.3 the two do not sound alike. A word
    that begins with a vowel must meet a transliteration that does (伊拉克 ~ Iraq)."""
    zh, en = chinese_units(syllables), english_units(word)
    if not zh or not en:
        return 1.0
    zh_vowel = syllables[0][:1] in ("a", "e", "o", "y") or zh[0][1] and zh[0][0] != "W"
    en_vowel = word[:1].lower() in _VOWELS or en[0][1]
    if zh_vowel != en_vowel and not (zh_vowel and en[0][0] in "HW") and not (
            en_vowel and zh[0][0] in "HW") and not (zh[0] == ("J", True) and en[0][0] == "J") and (
            not (en[0][0] == "H" and _sub(zh[0][0], "H") <= 0.4)):  # 希律 ~ Herod
        return 1.0
    if not zh_vowel and not en_vowel and _sub(_onset(zh), _onset(en)) > 0.4:
        return 1.0  # names begin alike
    required = max(sum(not u[1] for u in zh), sum(not u[1] for u in en), 2)
    return distance(zh, en) / required


def sounds_like(syllables: tuple[str, ...], word: str, threshold: float = 0.3) -> bool:
    """Whether a Chinese transliteration (pinyin syllables) could spell the English word."""
    return score(tuple(syllables), word) <= threshold


def looks_transliterated(text: str) -> bool:
    """Whether every character of a Chinese run is one the transliteration tables use (and,
    for two characters, one of them one that native words seldom use)."""
    return len(text) >= 2 and all(ch in TRANSLIT_CHARS for ch in text) and (
        len(text) > 2 or any(ch in TRANSLIT_CORE for ch in text))


def spelled_alike(a: str, b: str, threshold: float = 0.3) -> bool:
    """Whether two Latin-script words sound alike (Filipino ~ Philippines, Belgian ~ Belgium):
    a demonym or another spelling of a name. Words of fewer than three consonants are too
    short to tell (China is not Kong)."""
    ua, ub = english_units(a), english_units(b)
    req_a, req_b = sum(not u[1] for u in ua), sum(not u[1] for u in ub)
    if min(req_a, req_b) < 3 or _sub(_onset(ua), _onset(ub)) > 0:
        return False
    return distance(ua, ub) / max(req_a, req_b) <= threshold


def same_onset(syllables: tuple[str, ...], word: str) -> bool:
    """Whether a Chinese reading and an English word begin with the same consonant class
    (佛州 fo ~ Florida: an abbreviation may keep only the first syllable)."""
    zh, en = chinese_units(tuple(syllables)), english_units(word)
    return bool(zh and en) and _sub(zh[0][0], en[0][0]) == 0
