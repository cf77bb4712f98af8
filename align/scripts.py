"""Which characters belong to which script: one definition for every stage.

Han covers the CJK Unified Ideographs, Extension A and the Compatibility Ideographs (the ones
traditional texts and old encodings produce); CJK punctuation is the CJK Symbols and Punctuation
block and the fullwidth forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Han characters, as the inside of a regex character class."""

CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
"""CJK symbols and punctuation and the fullwidth forms, as the inside of a character class."""

PINYIN_TONED = "\u00e0-\u00fc\u0101-\u01dc"
"""Latin letters with a tone mark (or ü) as pinyin writes them, as the inside of a character
class: what tells a pinyin reading in brackets (發(fā)) from an English gloss (数据(data))."""

HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]+")


def unaccented(text: str) -> str:
    """``text`` without its accents (Ōsaka -> Osaka, í -> i, ç -> c): compatibility forms
    decomposed (NFKD) and the combining marks dropped."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_han(ch: str) -> bool:
    """Whether ``ch`` (one character) is a Han character."""
    return bool(HAN_CHAR.fullmatch(ch))


# A typesetter's space in Chinese: between two characters (政 府 工 作, a page that spaces every
# character) or between a character and a digit (不超过 3星期). Chinese writes no spaces.
_ZH_TYPESET_GAP = re.compile(f"(?<=[{HAN}])[ \t\u3000]+(?=[{HAN}\\d])"
                             f"|(?<=\\d)[ \t\u3000]+(?=[{HAN}])")


def unspaced_zh(text: str) -> tuple[str, list[int]]:
    """``text`` without the typesetting spaces of Chinese, and the offset in ``text`` of each
    character kept (to carry a range found in the one back to the other)."""
    return without_spans(text, _ZH_TYPESET_GAP.finditer(text))


def without_spans(text: str, spans: Iterable[re.Match[str]]) -> tuple[str, list[int]]:
    """``text`` with the matched ``spans`` left out, and the offset in ``text`` of each
    character kept."""
    kept = [True] * len(text)
    for m in spans:
        kept[m.start():m.end()] = [False] * (m.end() - m.start())
    at = [i for i, keep in enumerate(kept) if keep]
    return "".join(text[i] for i in at), at


def has_word(text: str) -> bool:
    """Whether ``text`` holds a letter, digit or character: a table's rule or empty cell ("|"),
    a row of dashes or a lone bullet holds none (layout, nothing to translate or compare)."""
    return any(ch.isalnum() for ch in text)


# Forms of address and greetings: one definition for the segmenter (a salutation ending in a
# colon is no speaker label), the aligner's verdict (a shared greeting is no evidence that two
# documents translate each other) and the checks (a one-sided salutation is furniture).
ZH_ADDRESS = r"^(?:各位|诸位|諸位|尊敬|亲爱|親愛)|[们們]$"
"""A Chinese form of address (各位, 诸位, 尊敬的, 亲爱的, a plural 们: 朋友们), as a regex."""

EN_ADDRESS = (
    r"^(?:dear|fellow|distinguished|honou?rable|respected|esteemed|excellenc(?:y|ies)|ladies|"
    r"gentlemen|friends|colleagues|comrades|everyone|teachers|students|delegates|guests|"
    r"participants|deputies|compatriots|brothers|sisters|children|young\s+friends|"
    r"your\s+(?:excellenc|majest|highness|honou?r)\w*)\b|\b(?:ladies|gentlemen)\b"
)
"""An English form of address (Ladies and Gentlemen, Dear friends, Your Excellency, Teachers and
students), as a regex (case-insensitive)."""

_ZH_ADDRESSED = re.compile(ZH_ADDRESS)
EN_ADDRESSED = re.compile(EN_ADDRESS, re.IGNORECASE)
_ZH_GREETING = re.compile(
    r"^(?:(?:大家|各位|诸位|諸位|您|你们|你們)?(?:早上|上午|中午|下午|晚上|早|新年|节日|節日)?好|"
    r"欢迎|歡迎)$"
)
# A person addressed by surname and office beside a greeting (杨外长，您好; 王部长，下午好): the
# journalist's opening, which a translation renders loosely or leaves out. Alone (杨外长：) it
# may be a speaker label, so it counts only next to a greeting.
_ZH_VOCATIVE = re.compile(f"^[{HAN}]{{0,3}}" r"(?:外长|部长|副部长|总理|總理|主席|大使|先生|女士|"
                          r"发言人|發言人|主持人|总统|總統|秘书长|秘書長|司长|司長|局长|局長|"
                          r"教授|阁下|閣下)$")
_ZH_THANKS = re.compile(r"^(?:谢谢|謝謝|感谢|感謝|多谢|多謝)(?:大家|各位|您|你们|你們)?$")
_EN_GREETING = re.compile(
    r"^(?:good\s+(?:morning|afternoon|evening|day)|hello|hi|welcome|greetings)"
    r"(?:\s+(?:everyone|everybody|all|to\s+you\s+all))?$",
    re.IGNORECASE,
)
_EN_THANKS = re.compile(
    r"^(?:thank\s+you(?:\s+(?:all|very\s+much|so\s+much))?|thanks|many\s+thanks)"
    r"(?:\s+(?:everyone|everybody|all|to\s+you\s+all))?$",
    re.IGNORECASE,
)
_ZH_PARTS = re.compile(rf"[\s,，、;；:：!！。.…{CJK_PUNCT}]+")
_EN_PARTS = re.compile(r"[\s]*(?:[,;:!.?…—–]+|\band\b)[\s]*|^\s+|\s+$")


def is_salutation(text: str, lang: str, thanks: bool = True) -> bool:
    """Whether a sentence is a bare salutation or greeting: every part between its commas is a
    form of address (女士们、先生们, 各位记者朋友, "Ladies and gentlemen", "Dear friends") or a
    greeting (大家上午好, "Good morning"; with ``thanks``, 谢谢 and "Thank you" too), so it
    says nothing of the text. A part that says anything else (各位代表，今年是…) makes it a
    sentence."""
    if lang == "zh":
        greet = (_ZH_GREETING, _ZH_THANKS) if thanks else (_ZH_GREETING,)
        parts = [p for p in _ZH_PARTS.split(text) if p]
        greeted = any(g.match(p) for g in greet for p in parts)
        return bool(parts) and all(
            len(p) <= 12 and (any(g.match(p) for g in greet) or _ZH_ADDRESSED.search(p)
                              or (greeted and _ZH_VOCATIVE.match(p)))
            for p in parts
        )
    greet = (_EN_GREETING, _EN_THANKS) if thanks else (_EN_GREETING,)
    parts = [p.strip() for p in _EN_PARTS.split(text) if p and p.strip()]
    return bool(parts) and all(
        len(p.split()) <= 6 and (any(g.match(p) for g in greet) or EN_ADDRESSED.search(p))
        for p in parts
    )


# Closed classes of English words (the word-level checks' syntax and the segmenter's line
# joining read them).
DETERMINERS = frozenset("the a an its their our my your every".split())
PREPOSITIONS = frozenset(
    """of in on at by for with from into onto upon about between among through during against
    within across along toward towards via under above below beside besides behind beyond
    without amid despite except throughout""".split()
)
CONJUNCTIONS = frozenset("and or nor but".split())
AUXILIARIES = frozenset(
    """is are was were be been being am has have had will would shall should can could may might
    must do does did""".split()
)

# Words a title leaves in lower case ("The Belt and Road Initiative: A Pillar of the Future").
_TITLE_SMALL_WORDS = frozenset("a an and at by for from in of on or the to with".split())
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_title_case(text: str) -> bool:
    """Whether an English line is written as a title: three or more words besides the small
    ones a title leaves in lower case, and most of them (70%) capitalised."""
    words = [w for w in _TITLE_WORD.findall(text) if w.lower() not in _TITLE_SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# Traditional forms of the commonest characters: a traditional text of any length has some.
_COMMON_TRADITIONAL = frozenset(
    "們這個國會來時說為對經發與從後點問還過開關現實進動樣體當產業將長門間員機義東車區"
    "務總無萬億兩約餘頭謝請讀語話記認議計設許證該調論識護變讓聽買賣錢銀鐵陽陰雲電號"
    "權觀覺親邊處傳價優華畫歲應戰擊斷歡氣漢灣際隊陸場報幾廣張強書術習愛聲條題類風飛"
    "馬魚鳥龍齊學兒見現車貝買財貨質資費貿")


@lru_cache(maxsize=1)
def converters():  # noqa: ANN201 - OpenCC's two converters, loaded on first use
    """OpenCC's traditional-to-simplified and simplified-to-traditional converters."""
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters: more of its Han characters change
    from traditional to simplified than the other way round, and enough of them (a few
    traditional names in a simplified text do not count)."""
    han = "".join(HAN_RUN.findall(text[:200_000]))
    if len(han) < 2 or not _COMMON_TRADITIONAL.intersection(han):
        return False  # no need to load OpenCC for an ordinary simplified text
    t2s, s2t = converters()
    simplified, traditional = t2s.convert(han), s2t.convert(han)
    if len(simplified) != len(han) or len(traditional) != len(han):
        simplified = "".join(t2s.convert(c) for c in han)
        traditional = "".join(s2t.convert(c) for c in han)
    to_simple = sum(a != b for a, b in zip(han, simplified, strict=False))
    to_trad = sum(a != b for a, b in zip(han, traditional, strict=False))
    return to_simple >= max(2, 0.02 * len(han)) and to_simple > 2 * to_trad


# Every toneless pinyin syllable (from pypinyin's dictionary), written out so that deciding
# whether an English word can be pinyin costs no dictionary load.
PINYIN_SYLLABLES = frozenset(
    """
    a ai an ang ao ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong
    bu ca cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi chong
    chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai
    dan dang dao de dei den deng di dia dian diao die din ding diu dong dou du duan dui dun
    duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei
    gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng
    hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong
    jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang
    kui kun kuo la lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu
    lo long lou lu luan lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min
    ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin
    ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao
    pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
    rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng
    sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui
    shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao
    tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wong wu xi xia
    xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo
    yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao
    zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong
    zou zu zuan zui zun zuo
    """.split()
)


def is_pinyin(word: str, max_syllables: int) -> bool:
    """Whether ``word`` splits into at most ``max_syllables`` pinyin syllables."""
    word = word.lower().replace("-", "").replace("'", "")
    syl = PINYIN_SYLLABLES
    best = [0] + [99] * len(word)  # fewest syllables covering word[:i]
    for i in range(1, len(word) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] < 99 and word[j:i] in syl:
                best[i] = min(best[i], best[j] + 1)
    return best[-1] <= max_syllables
