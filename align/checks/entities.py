"""Names beyond pinyin persons: places, organisations, media, foreign persons.

An English proper name (a capitalised word or run of words that does not start the sentence
and is not a month, weekday or title) must be accounted for by some Chinese word: a dictionary
gloss or name-table rendering (美 → US, 新华社 → Xinhua), a pinyin reading (北京 → Beijing), the
same Latin letters (the Chinese may quote the name: 琼斯（Doug Jones）), or a transliteration
that sounds alike (孙德本尔斯 → Sundarbans, compared on consonant skeletons). A name nothing
accounts for is reported as ``name-unmatched``: a name replaced or added.

The reverse: a Chinese name (tagged person, place, organisation or other proper noun by the
segmenter, or a proper name in the dictionary) that no English word renders, and that no
unaccounted English name could be a transliteration of, is reported as ``name-missing``.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import product
from typing import NamedTuple

import numpy as np

from align.checks.base import CheckContext
from align.checks.lexical import BeadText, bead_texts, corr
from align.furniture import BRACKETED_LABEL_ZH
from align.lexicon import Correspondence, lexicon
from align.lexicon.correspond import GLOSS, PART, PINYIN
from align.lexicon.en import STOPWORDS
from align.lexicon.names import (
    CITY_CHARS,
    COMPOUND_SURNAMES,
    COUNTRY_CHARS,
    NAMES,
    SURNAME_SPELLINGS,
    SURNAMES,
    TITLES,
    name_words,
)
from align.lexicon.readings import reads_exactly
from align.lexicon.transliteration import (
    TRANSLIT_CHARS,
    looks_transliterated,
    same_onset,
    score,
    spelled_alike,
)
from align.lexicon.zh import ZhWord
from align.model import Alignment, Bead, Document, Finding, Severity
from align.rules import NAME_MISSING, NAME_UNMATCHED
from align.scripts import HAN, HAN_CHAR, HAN_RUN, converters, is_pinyin, is_title_case, unaccented

_NOT_NAMES = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Miss Dr Prof Sir Madam
    President Premier Minister Chairman Secretary General Vice Director Chief Governor Mayor
    Senator Ambassador Professor King Queen Prince Princess Pope Saint St I OK TV AM PM AD BC
    Internet Web Christmas Easter God Lord Party State Council Committee Ministry Department
    Government Republic People Province City County District Region Street Road River Mountain
    Lake Sea Ocean Island North South East West Northern Southern Eastern Western Central New
    Great Grand Old Big First Second Third Day Year Act Law Plan Program Programme University
    College School Institute Center Centre Association Union Company Group Bank Airport Station
    Hospital Museum Park Square Hall Church Temple Palace Bridge Tower Stadium Team Club Cup
    Games League Award Prize Festival Conference Summit Forum Olympic Olympics English H.E HE
    Excellency Excellencies Lady Lord Ladies Gentlemen Hon Rt Honourable Honorable Mme Dame
    Baroness Baron""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_TITLE_DOT = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Gen|Rep|Gov|Col|Capt|Lt|H\.E)\.\s*$")
_SENT_START = re.compile(r"(?:^|[.!?:;\"“”‘’(（\[]\s*)$")
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def read_across(zh: str, zh_name: str, en_name: str) -> bool:
    """Whether ``en_name`` spells in pinyin two to four Han characters of ``zh`` that overlap
    ``zh_name`` without being it: in a run of names (横琴前海南沙, Hengqin, Qianhai and Nansha)
    the segmenter may cut a name across two (海南), which the English then seems to replace
    with a name it really renders (Qianhai 前海, Nansha 南沙)."""
    target = re.sub(r"[\s'’-]", "", unaccented(en_name)).lower()
    readings = lexicon().readings
    for m in re.finditer(re.escape(zh_name), zh):
        for i in range(max(0, m.start() - 3), m.end()):
            for j in range(max(i + 2, m.start() + 1), min(len(zh), i + 4) + 1):
                if (i, j) != m.span() and HAN_RUN.fullmatch(zh[i:j]) and "".join(
                        readings(zh[i:j], False)) == target:
                    return True
    return False


def sounds_like(zh: str, en: str, threshold: float = 0.3) -> bool:
    """Whether a Chinese word could be a transliteration of an English word (刘易斯 ~ Lewis),
    compared sound by sound (``align.lexicon.transliteration``), in any reading of its
    characters (汤姆森 is tang-mu-sen as well as shang-mu-sen)."""
    return _sound_score(zh, en) <= threshold


_MAX_READINGS = 16  # readings of a word tried at most (a heteronym's, in every combination)


@lru_cache(maxsize=16384)
def _sound_readings(zh: str) -> tuple[tuple[str, ...], ...]:
    """The readings of a word a transliteration may use: the engine's own first, then, for a
    word the dictionary lacks, each combination of its characters' readings (heteronyms: 汤 is
    tang and shang), at most ``_MAX_READINGS``."""
    lx = lexicon()
    first = lx.readings(zh, False)
    if zh in lx.dictionary or len(first) != len(zh):
        return (first,)
    options: list[list[str]] = []
    for ch in zh:
        entry = lx.dictionary.get(ch)
        said = [p.lower().split()[0] for p in entry.pinyin if p] if entry is not None else []
        options.append(list(dict.fromkeys(said)) or [""])
    out = [first]
    for combo in product(*options):
        if len(out) >= _MAX_READINGS:
            break
        if "" not in combo and combo != first:
            out.append(combo)
    return tuple(out)


def _sound_score(zh: str, en: str) -> float:
    """The best transliteration score of an English word against any reading of ``zh``."""
    return min(score(r, en) for r in _sound_readings(zh))


def _sounds_like_rendering(keys: frozenset[str], en: str) -> bool:
    """Whether an English word sounds like a known rendering of a name (Filipino ~
    Philippines, Belgian ~ Belgium): a demonym or another spelling (not Consulate ~ Chinese)."""
    return any(spelled_alike(k, en) for k in keys)


_DEMONYM_END = re.compile(r"(?:ish|ese|ian|ean|an|ard|i|ic|ss)$")


def _skeleton(word: str) -> str:
    """The consonants of a word, a doubled one once (finn -> fn)."""
    out = ""
    for ch in word:
        if ch not in "aeiouy" and not out.endswith(ch):
            out += ch
    return out


def _demonym_of(word: str, keys: frozenset[str]) -> bool:
    """Whether an English word is the adjective or demonym of one of a place's names (lower
    case), derived, not listed: the name less a final letter (Lao ~ Laos), or a demonym ending
    (-ish, -ese, -ian, -an, -ard, -i, -ic, -ss; a people also in the plural) on a stem that
    begins the name, consonant by consonant, with the same first letter and at least two
    consonants (Danish ~ Denmark, Finnish ~ Finland, Polish ~ Poland, Swiss ~ Switzerland,
    Spaniards ~ Spain; not Iranian ~ Iraq); or a people's short name in the plural, its stem
    beginning the name so (Finns ~ Finland, Danes ~ Denmark, Poles ~ Poland, Thais ~ Thailand)."""
    w = _fold(word)
    people = ""  # the stem of a people's short name in the plural: Finns, Danes
    if len(w) >= 4 and w.endswith("s") and not w.endswith("ss"):
        people = _skeleton(w[:-1]) if len(w) <= 6 else ""
        w = w[:-1] if len(w) >= 6 else w  # the people in the plural: Spaniards, Italians
    m = _DEMONYM_END.search(w) if len(w) >= 5 else None
    stems = [s for s in (_skeleton(w[: m.start()]) if m else "", people) if len(s) >= 2]
    for key in keys:
        if len(w) >= 3 and key.startswith(w) and len(key) == len(w) + 1:
            return True
        if len(key) >= 5 and w[:1] == key[:1] and any(_skeleton(key).startswith(s)
                                                      for s in stems):
            return True  # a name, not a short form (Press is not the PRC)
    return False


# What English calls the countries of the country characters (lower case).
_COUNTRY_WORDS = frozenset(w.lower() for v in COUNTRY_CHARS.values() for w in v.split())
# Nationality adjectives of the country characters' renderings (British, Chinese, Israeli).
_DEMONYMS = frozenset(
    w for v in COUNTRY_CHARS.values() for w in v.split()
    if w.endswith(("ish", "ese", "ian", "ean", "can", "ban", "man", "ch", "li", "ai", "ino")))

# Time zones by their standard abbreviations (a closed class): a time's zone, not a name to
# compare (May 23 EST for 美东时间5月23日, 10:00 GMT, BJT).
_TIME_ZONES = frozenset("""UTC GMT UT EST EDT ET CST CDT CT MST MDT MT PST PDT PT AKST AKDT HST
    BST IST CET CEST EET EEST WET WEST MSK JST KST HKT SGT BJT AEST AEDT ACST AWST NZST NZDT
    WIB ICT PHT""".split())
# what ends a Chinese time zone's name: 美东时间, 北京时间, 协调世界时
_ZONE_TIME = ("时间", "時間", "标准时", "標準時", "世界时", "世界時")


def _zone_said(zh: str, c: Correspondence) -> bool:
    """Whether a Chinese time zone (美东时间, 北京时间, 格林尼治时间) is said by an English
    time zone's abbreviation (EST, BJT, GMT): the zone's standard rendering."""
    return zh.endswith(_ZONE_TIME) and any(
        t.text.replace(".", "") in _TIME_ZONES for t in c.en)


# The US Postal Service's codes of the states and the District of Columbia, each with the word
# that ends the state's name (what the engine's renderings of a Chinese state keep): DC for
# 哥伦比亚特区 (Cultural Tourism DC, Washington, D.C.), WA for 华盛顿州. A closed class.
_US_STATES = dict(pair.split(":") for pair in """AL:alabama AK:alaska AZ:arizona AR:arkansas
    CA:california CO:colorado CT:connecticut DE:delaware DC:columbia FL:florida GA:georgia
    HI:hawaii ID:idaho IL:illinois IN:indiana IA:iowa KS:kansas KY:kentucky LA:louisiana
    ME:maine MD:maryland MA:massachusetts MI:michigan MN:minnesota MS:mississippi MO:missouri
    MT:montana NE:nebraska NV:nevada NH:hampshire NJ:jersey NM:mexico NY:york NC:carolina
    ND:dakota OH:ohio OK:oklahoma OR:oregon PA:pennsylvania RI:island SC:carolina SD:dakota
    TN:tennessee TX:texas UT:utah VT:vermont VA:virginia WA:washington WV:virginia
    WI:wisconsin WY:wyoming""".split())
_STATE_ENDS = ("州", "特区", "特區")


def _state_code(token: str) -> str | None:
    """The last word of the state a US postal code names (D.C. -> columbia), or None: the
    code in upper case, with or without dots."""
    bare = token.replace(".", "")
    return _US_STATES.get(bare) if bare.isupper() and len(bare) == 2 else None


def _state_said(zh: str, keys: frozenset[str], c: Correspondence) -> bool:
    """Whether a Chinese US state or district (哥伦比亚特区, 华盛顿州) is said by its postal code
    in the English (Cultural Tourism DC; Seattle, WA)."""
    return zh.endswith(_STATE_ENDS) and any(_state_code(t.text) in keys for t in c.en)


_LINE = re.compile(r"[^\n]+")


def _title_cased(c: Correspondence, en: str,
                 starts: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Character ranges of headings and lines of address: a line (or a sentence, from each of
    ``starts`` to the next) whose words are capitalised but for function words, so that
    capitals do not mark names there: a title of three capitalised words or more (At the
    Working Lunch of the G20 Summit), a heading of one or two (Introduction, Part Two), a line
    of address (Dear Friends, Distinguished Guests). A sentence has lower-case content words."""
    cuts = sorted({0, len(en), *starts, *(m.end() for m in re.finditer("\n", en))})
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if en[a:b].strip()]
    out = []
    k = 0
    for start, end in pieces:
        while k < len(c.en) and c.en[k].start < start:
            k += 1
        capitals = 0
        lower = False
        while k < len(c.en) and c.en[k].start < end:
            word = c.en[k].text
            if word.isalpha():
                if word[:1].isupper():
                    capitals += 1
                elif word not in STOPWORDS:
                    lower = True
            k += 1
        if capitals and not lower:
            out.append((start, end))
    return out


# Honorifics and offices that precede a person's name (Chairman Mark Fields, Mr Victor Chu): in
# a heading, the two capitalised words after one are the name, however ordinary (Mark, Fields).
_PERSONAL_TITLES = frozenset(
    """Mr Mrs Ms Miss Dr Prof Sir Madam Mme Dame Lady Lord President Premier Minister Chairman
    Chairwoman Chair Secretary Director Governor Mayor Senator Ambassador Professor King Queen
    Prince Princess""".split())


def _after_personal_title(c: Correspondence, en: str, i: int) -> bool:
    """Whether token ``i`` is one of the two capitalised words right after a personal title."""
    for back in (1, 2):
        j = i - back
        if j < 0 or not c.en[j].text[:1].isupper() or en[c.en[j].end : c.en[j + 1].start].strip():
            return False  # a lower-case word, or a comma between: not one name
        if c.en[j].text.rstrip(".") in _PERSONAL_TITLES:
            return True
    return False


def _ordinary_capitalised(en_name: str) -> bool:
    """Whether an English "name" is one ordinary word that no name is called (Restructuring,
    Conducive, Workers, Let): capitalised by the sentence or heading it opens, it stands in
    for no Chinese name. Words names are made of (Board, Communist, Green) stay names."""
    if " " in en_name.strip() or not en_name[:1].isupper():
        return False
    low = en_name.strip().lower()
    return low not in lexicon().dictionary.name_keys and _ordinary_word(en_name.strip(), ())


def _ordinary_word(word: str, lemmas: tuple[str, ...]) -> bool:
    """Whether a capitalised word is an ordinary English word, not a name: a function word
    (Of, Every), or one the dictionary's glosses write in lower case (Press, Working for work,
    Putting for put; not China, Canada, Davos), or a noun derived from one (Inevitability from
    inevitable, Openness from open)."""
    low = word.lower()
    if low in STOPWORDS:
        return True
    dictionary = lexicon().dictionary
    ordinary = dictionary.lower_case_words
    return low in ordinary or any(m in ordinary for m in lemmas) or dictionary.is_common_word(
        low) or any(stem in ordinary for stem in _derivation_stems(low))


# Suffixes that make nouns of English words, and what the word they come from ends in instead
# (inevitability ~ inevitable, happiness ~ happy, development ~ develop, declaration ~ declare,
# cooperation ~ cooperate, importance ~ important).
_DERIVATIONS = (
    ("ability", "able"), ("ibility", "ible"), ("ity", ""), ("ity", "e"), ("iness", "y"),
    ("ness", ""), ("ment", ""), ("ment", "e"), ("ation", "e"), ("ation", "ate"), ("ation", ""),
    ("ition", "e"), ("tion", "te"), ("ance", "ant"), ("ence", "ent"), ("ance", ""),
    ("ence", "e"), ("ism", ""), ("ship", ""), ("hood", ""))


def _plain_words(name: str, zh: str) -> bool:
    """Whether an English name is made only of ordinary words (ones the dictionary writes in
    lower case) that the dictionary gives as glosses of words inside the Chinese (the Daily
    Telegraph for 每日电讯报: 每日 "daily", 电讯 "telegraph"): the Chinese name's rendering, word
    by word, not a name put in another's place. An ordinary word the Chinese does not say
    (Cooler Master, the Yellow River) is no evidence of anything."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", name)
    dictionary = lexicon().dictionary
    if not words or not all(w.lower() in dictionary.common_keys for w in words):
        return False  # the cheap test first: a name's own words (Brazil) gloss nothing common
    glosses: set[str] = set()
    for i in range(len(zh)):
        for j in range(i + 2, min(len(zh), i + 6) + 1):  # words of two characters or more
            entry = dictionary.get(zh[i:j])
            if entry is not None:
                glosses.update(k.lower() for k in entry.keys)
    return all(w.lower() in glosses for w in words) and all(
        _ordinary_word(w, (w.lower(),)) for w in words)


def _derivation_stems(word: str) -> list[str]:
    """The words a derived noun may come from (lower case, four letters or more)."""
    out = []
    for suffix, instead in _DERIVATIONS:
        if word.endswith(suffix) and len(word) - len(suffix) + len(instead) >= 4:
            out.append(word[: len(word) - len(suffix)] + instead)
    return out


# A news dateline (BEIJING, Feb. 5 (Xinhua) --) and an editor's credit ((Web editor: Zhang Kai),
# Editor: Li Wei): furniture whose names render nothing of the Chinese.
_EN_FURNITURE = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Z .'’-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^()]*\))?\s*[-—–]+"
    r"|[(\[]?\b(?:(?:(?:Web|Chief|Executive) [Ee]ditors?|Editors?|Source|Reporters?|Translators?)"
    r"\s*[:：]|(?:Translated|Written|Reported|Edited) by)\s*[^()\[\]\n.]{0,60}[)\]]?$", re.M)
# A speaker label left in the text: "| Austrian Radio and Television: I have a question".
_LABEL = re.compile(r"(?:^|\n|\|)[ \t]*([^:\n|.!?,]{1,60}):(?!\d)")


_QUESTION_LABEL = re.compile(r"[QA]\d{0,3}\.?")  # Q1. Q: A2) at a sentence's start
_MONTHS_SHORT = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_DATE_AFTER = re.compile(r"\.|\s*\d")  # Feb. 27, Feb 27: the abbreviation of a month
# Closed classes that open no name: articles, prepositions, conjunctions, pronouns (not
# STOPWORDS, which hold May and Will)
_FUNCTION_WORDS = frozenset("""a an the on in at of for from to by with as about after before
    during under over into onto upon since until between among through across against within
    without toward towards via and but or nor so yet if when while where though although
    because whereas this that these those it its he she they we you i his her their our your
    my""".split())
_LIST_MARK = re.compile(r"[,;:!?，；：]")  # between two names, not inside one (Federation (FIBA))


def english_names(c: Correspondence, en: str,
                  starts: Iterable[int] = ()) -> list[tuple[int, ...]]:
    """Runs of capitalised tokens (indices into ``c.en``) that are proper names. In a
    title-cased heading or a line of address (a line, or a sentence from each of ``starts``),
    a capitalised word the dictionary knows only as a common word (Reception, Honour, Friends)
    is not a name; nor is a word of a speaker label."""
    runs: list[list[int]] = []
    prev = -2
    labels = [m.span(1) for m in _LABEL.finditer(en)] + [
        m.span() for m in _EN_FURNITURE.finditer(en)]
    titles = _title_cased(c, en, starts)
    for i, tok in enumerate(c.en):
        word = tok.text
        if runs and i == prev + 1 and _particle(c, en, i):
            runs[-1].append(i)  # al-Hashimi, bin, van: a particle inside a person's name
            prev = i
            continue
        if not word[:1].isupper() or not any(ch.islower() for ch in word) and len(word) < 2:
            continue
        bare = word.rstrip(".").removesuffix("'s")
        if _not_a_name(bare):  # LORD, GOD, Amb., Excellecy
            continue
        if word.replace(".", "") in _TIME_ZONES:
            continue  # May 23 EST: a time's zone
        if _QUESTION_LABEL.fullmatch(word) and _SENT_START.search(en[: tok.start]) and (
                word.endswith(".") or en[tok.end : tok.end + 1] in (".", ":", "：", ")")):
            continue  # Q1. A: a question's or an answer's label, as 一、 or 问：
        if bare in _MONTHS_SHORT and _DATE_AFTER.match(en, tok.end):
            continue  # Feb. 27, Sept 5: a date
        if word.lower() in _FUNCTION_WORDS and word[1:].islower() and (
                i != prev + 1 or not runs):
            continue  # On, The at the start of a line under a heading: no name begins so
            # (the Hague's name is Hague)
        if any(a <= tok.start < b for a, b in labels):
            continue  # a speaker label left in the text names the speaker, not the content
        if any(a <= tok.start < b for a, b in titles) and _ordinary_word(
                word, tok.lemmas) and not _after_personal_title(c, en, i):
            continue  # a heading's capital: Reception, Press, Working
        if _SENT_START.search(en[: tok.start]) and not word.isupper() and not _TITLE_DOT.search(
                en[: tok.start]):
            continue  # the first word of a sentence or quotation
        if word.isupper() and len(word) <= 1:
            continue
        if _roman_numeral(c, en, i):
            continue  # a heading's number (II. Policies), not a name (Elizabeth II is)
        if i == prev + 1 and runs and (not _LIST_MARK.search(en, c.en[prev].end, tok.start)
                                       or "." in word or len(word) <= 3
                                       and en[tok.end : tok.end + 1] == "."):
            runs[-1].append(i)  # not across a comma (the Daily Monitor, Ethiopia's largest)
            # but for an abbreviation that ends the name (Washington, D.C.; Apple, Inc.)
        else:
            runs.append([i])
        prev = i
    return [tuple(r) for r in runs]


_TITLE_ABBREVIATIONS = frozenset(("Amb", "Ambs", "Excy"))  # "Amb. Lin", "H.E. Amb."


def _not_a_name(word: str) -> bool:
    """Whether a capitalised word is one of the words that are no names (``_NOT_NAMES``:
    months, titles, kinds of place), an abbreviation of a title (Amb.), or a long one of them
    misspelt by one letter (Excellecy for Excellency): a page's typo is no name."""
    if word in _NOT_NAMES or word.title() in _NOT_NAMES or word in _TITLE_ABBREVIATIONS:
        return True
    return len(word) >= 8 and any(_one_edit(word.title(), known) for known in _LONG_NOT_NAMES
                                  if known[:3] == word[:3].title())


_LONG_NOT_NAMES = tuple(w for w in _NOT_NAMES if len(w) >= 8)


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by inserting, deleting or replacing one letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# The particles inside Arabic, Dutch, German, Romance names (Abu Ibrahim al-Hashimi al-Qurayshi,
# Mohammed bin Salman, Ludwig van Beethoven, Luiz Inácio Lula da Silva): a closed class.
_PARTICLES = frozenset("""al el ad as ash bin ibn bint ben van von der den de da di do du dos das
    del della la le""".split())
_HYPHENED_ONLY = frozenset("al el ad as ash".split())  # alone, English words (Britain as Chair)


def _particle(c: Correspondence, en: str, i: int) -> bool:
    """Whether token ``i`` is a lower-case particle inside a name: joined by a hyphen to a
    capitalised part (al-Hashimi), or alone between two capitalised words with only spaces
    between (bin Salman, after the name's first part; von der Leyen, two in a row)."""
    word = c.en[i].text
    head, dash, rest = word.partition("-")
    if head not in _PARTICLES:
        return False
    if dash:
        return rest[:1].isupper()
    if head in _HYPHENED_ONLY or i + 1 >= len(c.en) or en[c.en[i - 1].end : c.en[i].start] != " ":
        return False
    nxt = c.en[i + 1]
    if en[c.en[i].end : nxt.start] != " ":
        return False
    return nxt.text[:1].isupper() or nxt.text in _PARTICLES and _particle(c, en, i + 1)  # von der


_NUMERAL_CHARS = set("一二三四五六七八九十两百千万")
_ROMAN = re.compile(r"(?=[IVX]{2,})X{0,3}(?:IX|IV|V?I{0,3})")


_PLACE_ENDS = tuple("州省市县縣区區岛島国國")


def readable_name(zh: str) -> bool:
    """Whether a Chinese "name" is one the engine can read as a name, so that an English name
    nothing accounts for may have replaced it: the dictionary or name tables render it, its
    characters are all transliteration characters (刘易斯 is read by sound), it begins with a
    surname (a person: 许正宇), or it ends in a place's suffix (佛州). The segmenter also tags
    ordinary words (日益壮大 "growing", 宣介会 "briefing"); set against an unrelated English
    name they are no evidence of a replacement."""
    return bool(_renderings(ZhWord(zh, 0, len(zh), "nz"))) or looks_transliterated(zh) or (
        len(zh) >= 2 and (zh[0] in SURNAMES or zh.endswith(_PLACE_ENDS)))


# The head nouns of organisations' English names (a closed class): a Chinese name whose
# rendering has one names a body, not a person or place.
_BODIES = frozenset(
    """union office council committee commission ministry department bureau agency association
    organization organisation party bank assembly parliament congress court academy institute
    federation society administration authority secretariat league""".split())


def _office_for_person(zh: str, en_name: str, en: str) -> bool:
    """Whether a Chinese organisation (its rendering has a body's head noun: European Union,
    State Council Information Office) is set against an English person (a Chinese name in
    pinyin, or a name right after a personal title): two kinds of name. English often names an
    office-holder where the Chinese names the office by its body (国务院新闻办公室主任 ->
    Minister Jiang Jianguo), so such a pair is no evidence of a replacement."""
    from align.checks.names import pinyin_names  # names reads entities: imported late

    word = ZhWord(zh, 0, len(zh), "nz")
    keys = lexicon().keys(word)
    if not _renderings(word) or not {k.lower() for k in keys.gloss | keys.name} & _BODIES:
        return False
    if pinyin_names(en_name):
        return True
    at = en.find(en_name)
    before = re.findall(r"[A-Za-z]+", en[max(0, at - 20) : at]) if at >= 0 else []
    return bool(before) and before[-1] in _PERSONAL_TITLES and len(en_name.split()) >= 2


_NEAR_SOUND = 0.4  # above sounds_like's 0.3, below what unrelated names score (0.5 and up)


def nearly_sounds_like(zh: str, en_name: str) -> bool:
    """Whether a transliterated Chinese name (all its characters transliteration characters)
    comes close to sounding like a word of an English name without matching (维冈 ~ Wiegand,
    0.33): sound is then the only evidence, and a near miss leaves a replacement uncertain."""
    return looks_transliterated(zh) and any(
        _sound_score(zh, w) <= _NEAR_SOUND for w in re.findall(r"[^\W\d_]+", en_name))


def spells_initials(en_name: str, zh: str) -> bool:
    """Whether an English name of two words or more spells out a run of the letters of an
    acronym English uses for the Chinese name (Political Consultative, Consultative Conference
    for 政协 and 全国政协, CPPCC): part of the name's own rendering, no other name. Acronyms of
    four letters or more only (two letters meet too many names by chance)."""
    words = [w for w in re.findall(r"[^\W\d_]+", en_name) if w.lower() not in _SMALL_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    keys = lexicon().keys(ZhWord(zh, 0, len(zh), "nt"))
    acronyms = {k for k in keys.name | keys.gloss if k.isupper() and k.isalpha()}
    acronyms |= {a for a in _acronyms(zh)}
    return any(len(a) >= 4 and initials in a for a in acronyms)


def _roman_numeral(c: Correspondence, en: str, i: int) -> bool:
    """Whether token ``i`` is a Roman numeral that numbers a heading or a list (II., (IV),
    Part III): of two or more of I, V, X, closed by a stop, bracket or colon and not after a
    capitalised word (Elizabeth II, World War II name something; XI JINPING is a name)."""
    tok = c.en[i]
    if not _ROMAN.fullmatch(tok.text.rstrip(".")):
        return False
    before = c.en[i - 1].text if i else ""
    if before in ("Part", "Chapter", "Section", "Article", "Annex", "Appendix"):
        return True
    closed = tok.text.endswith(".") or en[tok.end : tok.end + 1] in (".", ")", "）", ":")
    return closed and not (before[:1].isupper() and en[c.en[i - 1].end : tok.start].strip() == "")


_POSTED = frozenset("驻駐")  # stationed in: 中国驻英国大使馆
_PLACE = re.compile(r"\b(?:prefecture|province|county|city|district|region|state)\b", re.I)


@lru_cache(maxsize=16384)
def _simplified(text: str) -> str:
    """A word in simplified characters (a page may mix the scripts inside one name), or the
    word itself where conversion would change its length (offsets must hold)."""
    out = converters()[0].convert(text)
    return out if len(out) == len(text) else text


def _renderings(word: ZhWord) -> frozenset[str]:
    """What the engine knows an English text calls a Chinese name (lower case), or empty."""
    lx = lexicon()
    dictionary = lx.dictionary
    text = word.text
    if not word.han or len(text) < 2 or _NUMERAL_CHARS & set(text):
        return frozenset()
    entry = dictionary.get(text)
    if entry is None and text not in NAMES and (simple := _simplified(text)) != text:
        return _renderings(replace(word, text=simple))  # 中华人民共和國: a page mixing scripts
    proper = entry is not None and bool(entry.pinyin) and all(
        p[:1].isupper() for p in entry.pinyin)  # 友好 is also a place: not only a name
    tabled = text in NAMES and NAMES[text][:1].isupper()  # 全国 "national", 疫情: not names
    if word.pos == "nt" and text not in NAMES and not (
            entry is not None and _PLACE.search(entry.senses[0] if entry.senses else "")):
        return frozenset()  # 国会, 议会: institutions English often leaves implicit (Senator)
    rest = text[1:]
    if entry is None and word.pos[:2] in _NAME_TAGS and len(rest) >= 3 and (
            text[0] in COUNTRY_CHARS and rest in dictionary and not dictionary.is_name(rest)):
        return _heads(text[0])  # 美帝国主义: a country's character before a common word
    if not (proper or tabled or text in COUNTRY_CHARS):
        return frozenset()  # only names the dictionary or the names table knows
    keys = _heads(text)
    if len(text) == 2 and text[1] == "方" and text[0] in COUNTRY_CHARS:
        keys |= _heads(text[0])  # 西方 "the West", and in a readout on Spain "the Spanish side"
    return keys.union(*(_ADHERENTS[k] for k in keys & _ADHERENTS.keys()))


# The faiths whose followers English names by another word than the faith's (回教 "Islam":
# Muslim Singaporeans; 犹太教 "Judaism": Jewish). Buddhist, Hindu, Sikh and Catholic begin as
# the faith's name does, which matching by first letters already allows.
_ADHERENTS = {"islam": frozenset(("muslim", "muslims", "moslem")),
              "judaism": frozenset(("jewish", "jew", "jews"))}


# The combining forms English makes of country and region names, said before a hyphen
# (Sino-Greek trade for 中国和希腊经贸, Anglo-French, Indo-Pacific): a closed class of
# Latin-derived prefixes, each the name it stands for in a compound.
_COMBINING = {
    "sino": "china", "anglo": "britain", "franco": "france", "russo": "russia", "indo": "india",
    "italo": "italy", "greco": "greece", "graeco": "greece", "hispano": "spain",
    "luso": "portugal", "austro": "austria", "germano": "germany", "afro": "africa",
    "euro": "europe", "japano": "japan", "polono": "poland",
}


def _combining_forms(en: str) -> list[str]:
    """The names the combining forms of an English text stand for (Sino-Greek: china)."""
    return [_COMBINING[m.group(1).lower()] for m in re.finditer(r"\b([A-Za-z]+)-[A-Za-z]", en)
            if m.group(1).lower() in _COMBINING]


# Words that make up names but do not tell one name from another (Osaka *Prefecture*, the
# *United States*): a name is not rendered by these alone.
_GENERIC = frozenset(
    "river mountain lake sea ocean basin island bay gulf province city county state states region "
    "north south east west the of and de la le del prefecture autonomous district municipality "
    "united republic kingdom democratic people federal union town village area national "
    "park subprovincial special administrative side new great northern southern eastern western "
    "central upper lower saint st san santa".split())
_SENSE_HEAD = re.compile(r"^(?:the |a )?((?:[A-Z][\w'’.-]*|of|the|and|de|du|la|le|von|van)"
                         r"(?: (?:[A-Z][\w'’.-]*|of|the|and|de|du|la|le|von|van))*)")
_SENSE_REF = re.compile(r"(?:variant of|abbr\. for|see|same as) [^|\[]*\|?([\u3400-\u9fff]+)\[")


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Lower case without accents or trailing possessive: Ōsaka -> osaka, U.S. -> us."""
    plain = word if word.isascii() else unaccented(word)
    return plain.lower().removesuffix("'s").removesuffix("’s").replace(".", "")


@lru_cache(maxsize=16384)
def _heads(text: str, depth: int = 0) -> frozenset[str]:
    """What English calls a name (lower case): the names table's renderings and the leading
    capitalised words of each dictionary sense (Donald Trump, not "American business magnate";
    Rome, not "capital of Italy"), following "variant of" references once. Generic words
    (prefecture, state) are left out unless nothing else is left."""
    table = [w for w in name_words(text)]
    words = list(table)
    joined: set[str] = set()
    entry = lexicon().dictionary.get(text)
    for sense in entry.senses if entry is not None else ():
        ref = _SENSE_REF.search(sense)
        if ref and depth == 0:
            words += list(_heads(ref.group(1), 1))
            continue
        bare = unaccented(re.sub(r"\([^()]*\)", "", sense).strip())
        m = _SENSE_HEAD.match(bare) or _NAME_FOR.match(bare)
        if m:
            head = re.findall(r"[^\W\d_]+", m.group(1))
            words += head
            if len(head) > 1 and all(w.lower() in _GENERIC for w in head):
                words.append("".join(head))  # United States: generic words, one name
        joined |= _alternate_name(sense)
    folded = {_fold(w) for w in words if len(w) > 1}
    distinctive = {w for w in folded if w not in _GENERIC}
    plain = {_fold(w) for w in table if len(w) > 1}
    if plain and plain <= _GENERIC:
        distinctive |= plain  # 西方 -> the West: the table's own rendering, generic as it is
    return frozenset(distinctive | joined) or frozenset(folded)


# A sense that gives the name another one stands for: 华夏 "old name for China", 神州, 中华
# "China (alternate formal name)" (read by ``_SENSE_HEAD``).
_NAME_FOR = re.compile(r"^(?:(?:old|ancient|poetic|literary|another|alternative|formal|archaic|"
                       r"classical|traditional)\s+)+name (?:for|of) (?:the )?"
                       r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and))*)")

_SMALL_WORDS = frozenset(("of", "the", "and", "for", "de", "du", "la", "le", "von", "van"))


# The short forms Hong Kong's and Macao's governments write for their principal offices (the
# office's department and the office itself: 律政司司长 is "SJ", the Secretary for Justice),
# which no dictionary gives.
_OFFICE_SHORT = {
    "律政司": ("SJ", "DoJ"), "政务司": ("CS",), "財政司": ("FS",), "财政司": ("FS",),
    "政務司": ("CS",), "行政长官": ("CE",), "行政長官": ("CE",), "立法会": ("LegCo",),
    "立法會": ("LegCo",),
}


@lru_cache(maxsize=16384)
def _acronyms(text: str) -> frozenset[str]:
    """The initials of the names a dictionary entry gives (People's Republic of China -> PRC,
    Shanghai Cooperation Organization -> SCO, New Zealand -> NZ, Republic of Korea -> ROK as
    well as RK, USA Eastern Standard Time -> EST without its leading abbreviation as well as
    UEST), of two letters or more: the short form English uses for a name of two words or
    more, and the upper-case short forms a sense gives in brackets (Islamic State group (aka
    IS or ISIL or ISIS)). Compared with upper-case English words only (WHO is not "who")."""
    entry = lexicon().dictionary.get(text)
    out: set[str] = set(_OFFICE_SHORT.get(text, ()))
    for sense in entry.senses if entry is not None else ():
        m = _SENSE_HEAD.match(unaccented(re.sub(r"\([^()]*\)", "", sense).strip()))
        names = [m.group(1)] if m else []
        names += [a.group(1) for a in _ALTERNATE.finditer(unaccented(sense))]
        for name in names:
            every = re.findall(r"[^\W\d_]+(?:['’]s)?", name)
            words = [w for w in every if w.lower() not in _SMALL_WORDS]
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                out.add("".join(w[0] for w in words))
                if len(words) >= 4 and words[0].isupper():  # USA Eastern Standard Time: EST
                    out.add("".join(w[0] for w in words[1:]))
                if "of" in every:
                    out.add("".join(w[0].upper() for w in every if w in words or w == "of"))
        for aside in re.findall(r"\(([^()]*)\)", sense):  # (aka IS or ISIL or ISIS), (UNHCR)
            out.update(re.findall(r"\b[A-Z]{3,6}\b", aside))  # not IS: a heading's capitals
    return frozenset(out)


def _says_acronym(c: Correspondence, acronyms: frozenset[str]) -> bool:
    """Whether an upper-case English word (or its plural) is one of ``acronyms``; small words
    may be in lower case (GoG for the Gulf of Guinea, RoK)."""
    words = (re.sub(r"['’]s$", "", t.text) for t in c.en)  # SJ's: the possessive's word
    return bool(acronyms) and any(
        (w.isupper() or sum(ch.isupper() for ch in w) >= 2) and (
            w.upper() in acronyms or w.removesuffix("s").upper() in acronyms)
        for w in words)


_ALTERNATE = re.compile(r"\(((?:the )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|for))+)\)")


def _alternate_name(sense: str) -> set[str]:
    """Another name a dictionary sense gives in brackets (Spring Festival (Chinese New Year)),
    of two or more capitalised words, as the runs of two adjacent words joined (chinesenew,
    newyear): what ``name_problems`` compares with the English words joined in pairs, so that
    a common word of the name alone (year) does not render it."""
    out: set[str] = set()
    for m in _ALTERNATE.finditer(unaccented(sense)):
        words = [_fold(w) for w in m.group(1).split() if w not in ("of", "the", "and", "for")]
        out.update(a + b for a, b in zip(words, words[1:], strict=False))
    return out


# A capital in a dictionary sense: "New Delhi, capital of India", "Washington, D.C. (US
# federal capital)".
_CAPITALISED_NAME = r"[A-Z][\w'’.-]*(?: (?:of|the|and|[A-Z][\w'’.-]*))*"
_CAPITAL_OF = re.compile(rf"^(?:the )?({_CAPITALISED_NAME})(?:,| \().*?\bcapital of (?:the )?"
                         rf"({_CAPITALISED_NAME})\s*(?:$|[,(;])")
_CAPITAL_PAREN = re.compile(
    rf"^({_CAPITALISED_NAME})[^(]*\(([A-Z][\w.]*) (?:federal |national )?capital\)")


def _name_words(name: str) -> set[str]:
    """The words that tell a name (lower case): its words but generic ones (New Delhi ->
    delhi), or all of them joined when every one is generic (United Kingdom ->
    unitedkingdom)."""
    words = [_fold(w) for w in re.findall(r"[^\W\d_]+", unaccented(name)) if len(w) > 1]
    words = [w for w in words if w != "people"]  # the People's Republic of China
    distinctive = {w for w in words if w not in _GENERIC}
    return distinctive or ({"".join(words)} if words else set())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, frozenset[str]]:
    """What English calls each country's (or region's) capital, by the country's words (lower
    case), read from the dictionary's senses ("New Delhi, capital of India": india -> delhi):
    English often names the capital for the country (posted in Delhi, talks with Washington)."""
    out: dict[str, set[str]] = {}
    for _, senses in lexicon().dictionary.headwords_and_senses():
        if "capital" not in senses:
            continue
        for sense in senses.split("/"):
            m = _CAPITAL_OF.match(sense) or _CAPITAL_PAREN.match(sense)
            if m:
                for country in _name_words(m.group(2)):
                    out.setdefault(country, set()).update(_name_words(m.group(1)))
    return {k: frozenset(v) for k, v in out.items()}


def _with_capitals(keys: frozenset[str]) -> frozenset[str]:
    """A name's renderings and, for a country, what English calls its capital."""
    capitals = _capitals()
    return keys.union(*(capitals.get(k, ()) for k in keys))


def _mentions(en_words: list[str], keys: frozenset[str]) -> bool:
    """Whether an English word is, or begins like, a rendering (Milan ~ milano)."""
    for w in en_words:
        for k in keys:
            if w == k or (len(k) >= 4 and len(w) >= 4 and w[:4] == k[:4]):
                return True
    return False


def _in_transliteration(links, n: int, zh: str) -> bool:
    """Whether an unlinked neighbour touching word ``n`` is a han word the dictionary lacks or
    knows only as a name: the two are pieces of one transliterated name."""
    dictionary = lexicon().dictionary
    me = links[n].zh
    for m in (n - 1, n + 1):
        if not 0 <= m < len(links):
            continue
        other = links[m].zh
        if links[m].en or not other.han:
            continue
        if other.end != me.start and me.end != other.start:
            continue
        if (other.text not in dictionary or dictionary.is_name(other.text)) and (
                looks_transliterated(other.text) or len(other.text) == 1
                and looks_transliterated(me.text + other.text)):
            return True
    return False


# Prepositions and conjunctions of one character that follow a person's name (胡平华为…, 李明华和…)
_FUNCTION_CHARS = frozenset("为為和与與在对對向将將把被是从從给給同跟替")


def _across_a_person(links, n: int) -> bool:
    """Whether a two-character name (华为) is read across the end of a person's name and a
    preposition or conjunction (胡平 + 华为 for 胡平华 + 为): the word before it is a person's
    name of two characters, surname first, touching it, and the name's last character is
    a function word; a three-character person is the more usual reading."""
    me = links[n].zh
    if n == 0 or len(me.text) != 2 or me.text[1] not in _FUNCTION_CHARS:
        return False
    before = links[n - 1].zh
    return before.end == me.start and len(before.text) == 2 and before.pos.startswith("nr") and (
        before.text[0] in SURNAMES)


def _cut_from_transliteration(links, n: int, spellings: list[str]) -> bool:
    """Whether a known name and a single unlinked character touching it (布/林肯) together
    spell a transliteration that sounds like a capitalised English word (Blinken): the segmenter
    cut a longer name at a shorter one it knows (Lincoln)."""
    me = links[n].zh
    for m in (n - 1, n + 1):
        if not 0 <= m < len(links) or links[m].en:
            continue
        other = links[m].zh
        if not other.han or len(other.text) != 1 or (
                other.end != me.start and me.end != other.start):
            continue
        text = other.text + me.text if m < n else me.text + other.text
        if looks_transliterated(text) and any(sounds_like(text, e) for e in spellings):
            return True
    return False


# Characters that, before a name, are words of their own, not a first sound glued to the word
# before (的尼斯, 和尼斯, 在尼斯).
_GLUE_NOT = _FUNCTION_CHARS | frozenset("的了着及或而于於以由自到")
_RUN_REACH = 4  # characters a transliteration may run on past the piece a segmenter cut out
# Characters that open the title or word after a transliterated name (大伊玛目, 小组, 老师) and
# that a segmenter may glue to the name's end.
_NEXT_WORD_HEADS = frozenset("大小老总副")


def _sounded_in_run(zh: str, start: int, end: int, spellings: list[str]) -> bool:
    """Whether the name at ``zh[start:end]`` is a piece of a longer run of transliteration
    characters that, whole, sounds like a capitalised English word, whatever words the
    segmenter made of it (同萨/金塔/耶夫 ~ Sagintayev: a known place, 金塔, cut out and the first
    character glued to a preposition). Read by characters, not words. The English word must
    need the name's sounds: a run whose other characters alone sound like it (伊朗 beside
    阿拉格希 ~ Araghchi) leaves the name unrendered."""
    part = _dotted_part(zh, start, end)
    if part and any(_sound_score(part, e) <= _SOUND for e in spellings):
        return True  # 尼亚提 of 木拉提·黑尼亚提 ~ Hiniyat: one part of a name set with a dot
    cut = end  # the name as found, which alone did not sound like any English word
    if end - start > 3 and zh[end - 1] in _NEXT_WORD_HEADS and \
            all(ch in TRANSLIT_CHARS for ch in zh[start:end - 1]):
        end -= 1  # 塔伊布|大伊玛目: the name took the first character of the title after it
    if not all(ch in TRANSLIT_CHARS for ch in zh[start:end]):
        return False
    lo, hi = start, end
    while lo > max(0, start - _RUN_REACH) and zh[lo - 1] in TRANSLIT_CHARS:
        lo -= 1
    if lo > 0 and HAN_CHAR.match(zh[lo - 1]) and zh[lo - 1] not in _GLUE_NOT:
        lo -= 1  # 總督軒|尼斯 ~ Hennessy: a first sound no list of transliteration characters has
    while hi < min(len(zh), end + _RUN_REACH) and zh[hi] in TRANSLIT_CHARS:
        hi += 1
    for i in range(lo, start + 1):
        for j in range(end, hi + 1):
            if j - i < 3 or (i, j) == (start, cut):
                continue
            rest = [t for t in (zh[i:start], zh[end:j]) if len(t) >= 2]
            if any(_sound_score(zh[i:j], e) <= _SOUND and not any(
                    _sound_score(t, e) <= _SOUND for t in rest) for e in spellings):
                return True
    return False


def _dotted_part(zh: str, start: int, end: int) -> str:
    """The whole part of a name set with a middle dot (木拉提·黑尼亚提) that ``zh[start:end]``
    lies in, or "" when no dot touches that part: each part is one transliterated name."""
    lo, hi = start, end
    while lo > max(0, start - _RUN_REACH) and HAN_CHAR.match(zh[lo - 1]):
        lo -= 1
    while hi < min(len(zh), end + _RUN_REACH) and HAN_CHAR.match(zh[hi]):
        hi += 1
    dotted = any(mark and mark in _NAME_DOTS for mark in (zh[lo - 1:lo], zh[hi:hi + 1]))
    return zh[lo:hi] if dotted and (lo, hi) != (start, end) and hi - lo <= 6 else ""


def _unlinked_runs(links) -> list[str]:
    """Unlinked Chinese words and runs of up to three adjacent unlinked han words: a
    transliteration the segmenter cut into pieces (孙德本/尔斯) is read whole as well."""
    out: list[str] = []
    for n, link in enumerate(links):
        if link.en or not link.zh.han:
            continue
        text, end = link.zh.text, link.zh.end
        out.append(text)
        for m in range(n + 1, min(n + 3, len(links))):
            other = links[m]
            if other.en or not other.zh.han or other.zh.start != end:
                break
            text, end = text + other.zh.text, other.zh.end
            out.append(text)
    return out


def _modifies(links, n: int) -> bool:
    """Whether the name at ``n`` directly qualifies a following word the English renders
    (国会参议员 -> Senator, 新冠确诊人员 -> diagnosed people): English often leaves it implicit."""
    nxt = links[n + 1] if n + 1 < len(links) else None
    me = links[n].zh
    entry = lexicon().dictionary.get(me.text)
    if entry is None or entry.name or nxt is None or nxt.zh.start != me.end:
        return False  # only a name the dictionary also knows as a common noun (新冠)
    return nxt.zh.pos[:1] in ("n", "v") and (bool(nxt.en) or any(
        m.en for m in links[n + 2 : n + 4]))


def _names_organisation(links, n: int, c: Correspondence, en: str) -> bool:
    """Whether the name at ``n`` is the place an organisation's name begins with (英国筷子俱乐部,
    香港第一东方投资集团): common words follow it directly and the first of them, not the last
    (the head noun: 俱乐部, 大学), is rendered by a capitalised English word inside a sentence.
    English names such an organisation by its own words (the Chopsticks Club) and often
    leaves the place out; the University for 香港大学 is not a name of that kind."""
    if n + 2 >= len(links):
        return False
    me, first = links[n].zh, links[n + 1]
    if first.zh.start != me.end or not first.zh.han or first.zh.pos[:2] in _NAME_TAGS or (
            _NUMERAL_CHARS & set(first.zh.text)) or first.zh.text.endswith(_ORG_HEADS):
        return False
    end, headed = first.zh.end, False
    for other in links[n + 2 : n + 5]:  # the organisation's name ends in its head noun
        if other.zh.start != end or not other.zh.han:
            break
        end = other.zh.end
        if other.zh.text.endswith(_ORG_HEADS):
            headed = True
            break
    return headed and any(
        c.en[i].text[:1].isupper() and not _SENT_START.search(en[: c.en[i].start])
        for i in first.en)


# Countries said by how many or whose they are, not by name (多国 "several countries", 外国
# "foreign", 各国, 他国, 大国), with a preposition the segmenter may glue on (对多国).
_ANY_COUNTRY = re.compile(r"[对對向与與在]?[多各外他别別诸諸列两兩该該贵貴友邻鄰大小强強弱][国國]")
_DIRECTIONS = "东西南北中東"


def _in_direction_series(zh: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is made of direction characters inside a run of three
    or more of them (北中南, 东中西部, 东西南北中): a series of parts of a country or a town,
    not the region two of them may name (中南 "south central China", 东北)."""
    if not all(ch in _DIRECTIONS for ch in zh[start:end]):
        return False
    a, b = start, end
    while a > 0 and zh[a - 1] in _DIRECTIONS:
        a -= 1
    while b < len(zh) and zh[b] in _DIRECTIONS:
        b += 1
    return b - a >= 3


_OPEN_QUOTE = "「『“《〈\"'"
_CLOSE_QUOTE = "」』”》〉\"'"


def _qualifies_quoted_name(links, n: int, zh: str, c: Correspondence, en: str) -> bool:
    """Whether the place at ``n`` qualifies an organisation's name the Chinese quotes right
    after it (美國「哈德遜研究所」, 英國「皇家學會」: the name ends in an organisation's head
    noun) and the English renders that name with a capitalised word inside a sentence (the
    Hudson Institute): English calls the body by its own name and leaves out the country the
    Chinese tells the reader it is from. A publication's place (香港《南华早报》 "Hong Kong's
    South China Morning Post") is no such qualifier: it tells one paper from another."""
    me = links[n].zh
    if not me.pos.startswith("ns") or zh[me.end : me.end + 1] not in _OPEN_QUOTE:
        return False
    close = next((i for i in range(me.end + 2, min(len(zh), me.end + 30))
                  if zh[i] in _CLOSE_QUOTE), None)
    if close is None or not converters()[0].convert(zh[me.end + 1 : close]).endswith(
            _ORG_HEADS):
        return False
    return any(
        me.end < link.zh.start and link.zh.end <= close and any(
            c.en[i].text[:1].isupper() and not _SENT_START.search(en[: c.en[i].start])
            for i in link.en) for link in links[n + 1 : n + 8])


# The head nouns organisations' names end in (俱乐部, 学会, 研究所, 集团, 大学): an office (总理,
# 国务卿) is not one, so 德国总理 -> Chancellor keeps its country.
_ORG_HEADS = ("部", "会", "社", "院", "所", "馆", "团", "局", "司", "行", "校", "学", "中心",
              "组织", "联盟", "基金", "公司", "集团", "协会", "委员会", "党")


_HOW_MANY = {2: frozenset(("two", "both", "bilateral")), 3: frozenset(("three", "trilateral"))}


def _counted_countries(text: str, c: Correspondence) -> bool:
    """Whether a run of country characters (中美, 中日韩) is rendered by how many they are:
    "the two countries", "both sides", "bilateral" for two, "the three countries" for three."""
    if not all(ch in COUNTRY_CHARS for ch in text) or len(text) not in _HOW_MANY:
        return False
    return any(t.text.lower() in _HOW_MANY[len(text)] for t in c.en)


def _known_elsewhere(zh: str, loose: list[str]) -> str | None:
    """An unaccounted English name the dictionary knows as a name of something (Ukraine,
    Singapore, the Yellow River) that does not begin with the sound of the Chinese name (佛州 ->
    Florida, an abbreviation, does): a name put in place of an unknown Chinese one. Unknown
    romanisations (许正宇 -> Hui Ching-yu) are not names the dictionary knows."""
    known = lexicon().dictionary.name_keys
    syllables = lexicon().readings(zh, False)
    for name in loose:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        if not words or same_onset(syllables, words[0]):
            continue
        if not any(len(w) >= 5 and "-" not in w for w in name.split()):
            continue  # Hui Ching-yu: a romanisation of the Chinese the engine cannot read
        if all(w in known or w in _COMMON_NAME_WORDS for w in words) and any(
                w in known and w not in _COMMON_NAME_WORDS for w in words):
            return name
    return None


# Words that make up place names but say nothing on their own (the Sichuan *Basin*).
_COMMON_NAME_WORDS = frozenset(
    "river mountain lake sea ocean basin island bay gulf province city county state region "
    "north south east west the of and de la le del".split())


def _abbreviated(links, n: int, keys: frozenset[str], c: Correspondence) -> bool:
    """Whether the name at ``n`` begins a longer Chinese name (more han words follow it
    directly) that the English abbreviates: an upper-case acronym of three to six letters
    starting with the name's initial (亚洲基础设施投资银行 -> AIIB) or holding two of its
    names' initials (中非合作论坛 -> FOCAC)."""
    end = links[n].zh.end
    if not any(w.start == end and w.han for w in c.zh):
        return False
    initials = {k[:1].upper() for k in keys if k[:1].isalpha()}
    acronyms = [t.text.removesuffix("s") for t in c.en]  # PICs
    return any(a.isupper() and a.isalpha() and 3 <= len(a) <= 6
               and (a[0] in initials or len(initials & set(a)) >= 2) for a in acronyms)


def _read_as_words(word: ZhWord, en_words: list[str]) -> bool:
    """Whether a name is read here as the common words it is made of: the segmenter tags it
    no name (大树 "big tree", whose only sense in the dictionary is a township), or a place
    whose only English is its own reading (大桥 "the bridge", to the dictionary Da Qiao, a
    heroine of the Three Kingdoms; not 英伦, England; never a person, an organisation or a
    title, 世界日报 beside "newspaper"), and the English renders its head, the last
    character or word inside it, by the head's first sense (树, "tree"): Chinese compounds
    end in their head, and a name would have its own rendering. Only the first sense: a
    character's later ones are many (台 is also "stand", "station")."""
    text = _simplified(word.text)
    if word.pos[:2] in ("nr", "nt", "nz") or not word.han or len(text) < 2:
        return False
    if word.pos[:2] == "ns":
        reading = lexicon().readings(text, False)
        if not _renderings(word) <= {*reading, "".join(reading)}:
            return False  # a place the dictionary names in English (英伦 England)
    dictionary = lexicon().dictionary
    for k in range(1, len(text)):
        entry = dictionary.get(text[k:])
        if entry is not None and entry.senses:
            sense = re.sub(r"\([^()]*\)", "", entry.senses[0]).lower()
            heads = frozenset(re.findall(r"[a-z]+", sense)) - _GENERIC - STOPWORDS
            return _mentions(en_words, heads)
    return False


def _common_word(text: str) -> bool:
    """A word the dictionary knows, and only as a common word (卓识 "sagacity"): not a name,
    whatever the segmenter's tag says."""
    dictionary = lexicon().dictionary
    return text in dictionary and not dictionary.is_name(text)


def _part_glosses(links) -> frozenset[str]:
    """Gloss keys (lower case) of the dictionary words of two or more characters inside the
    bead's Chinese words (政治 and 中央 inside 中共中央政治局): what an English name made of
    common words (the Political Bureau) may render."""
    dictionary = lexicon().dictionary
    out: set[str] = set()
    for link in links:
        text = link.zh.text
        if not link.zh.han or len(text) < 3:
            continue
        for i in range(len(text)):
            for j in range(i + 2, min(len(text), i + dictionary.max_len) + 1):
                if j - i == len(text):
                    continue
                entry = dictionary.get(text[i:j])
                if entry is not None:
                    out.update(k.lower() for k in entry.keys)
    return frozenset(out)


# What follows a name of a group, not a person (蓝黑军 "the blue-black army", 某某队).
_GROUP_SUFFIXES = frozenset("军队团党派族帮")
# A surname that is also a measure word, after a demonstrative or a numeral, counts what follows:
# 这段时间 (this period), 一张照片, 每位代表 are not the people 段时间, 张照片, 位代表.
_MEASURE_SURNAMES = frozenset("段张条位名项件批家间座届次层节门方种份把封轮期场篇部台")
_DEMONSTRATIVES = re.compile(r"[这那哪每该此本各某首整半几两一二三四五六七八九十百千\d]$")
# A unit of an organisation with 内 or 外 after it is a place in or outside it (科内律师 "in-house
# lawyers", 局外, 校内), not a two-syllable transliteration.
_UNITS = frozenset("科室组組局处處部厂廠校院所司署队隊班系馆館")
_IN_OR_OUT = frozenset("内內外")


# (Each in simplified and traditional characters: reprints of either kind carry them.)
# A space before 摄 sets it apart as the credit's even when the next sentence is joined to it
# (中国网 张瑞宇 摄 before the lead that follows the caption).
_CREDIT = re.compile(r"\s*(?:摄|攝|供图|供圖|摄影|攝影|图|圖)(?:\s|$|[)）])"
                     r"|\s+(?:摄|攝)(?!影师|影師)")
# An agency's photographer (新华社记者 张三 摄) after the agency's name.
_AGENCY_CREDIT = re.compile(rf"\s*(?:记者|記者|通讯员|通訊員)\s*[{HAN}]{{2,4}}\s*(?:摄|攝)"
                            # a site's or agency's photographer set apart (新华网 张三 摄)
                            rf"|\s+[{HAN}·]{{2,4}}\s+(?:摄|攝)")
_LINE_END = re.compile(r"[^\s。，,！？；]{0,8}\s*(?:[)）]|$)", re.M)
_SALUTATION = re.compile(r"\s*(?:尊敬的|亲爱的|親愛的|尊贵的|尊貴的)")
_ZH_LABEL = re.compile(r"\s*[^。！？；\n]{1,40}[:：]\s*")
# A reporter's label opening a question, after the item's number if any (1 总台央视记者：,
# 法新社记者：), the question on the same line
_QUESTIONER = re.compile(
    r"[ \t]*(?:\d{1,3}[.、)]?\s*)?[^。！？；:：\n，,]{1,30}(?:记者|記者)[ \t]*[:：]")
# A news agency's cable line (新华社北京9月6日电), at the start of a line or of a sentence.
_CABLE = re.compile(
    r"(?:^|\s|(?<=[。！？]))([^\s。，,！？；]{0,16}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電])", re.M)
# A date and a place (2019年4月9日，北京; 2019年4月9日于布鲁塞尔, signed at).
_DATELINE = re.compile(r"\d{1,2}\s*日(?:\s*[,，]\s*|\s+|\s*[于於在]\s*)[^\s。，,！？；]{0,8}$")
# The page's credits: an editor, reporter or source line (（责任编辑：张三）, 记者 李四,
# 来源：人民网), the text before the name back to the sentence's or the bracket's start.
_BYLINE = re.compile(
    r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|记者|記者|来源|來源|作者|通讯员|通訊員|校对|校對"
    r"|审校|審校|审核|審核|监制|監製|稿源|出处|出處|发布人|發布人|發佈人|发布单位|發布單位)"
    r"(\s*[：:]?\s*)(?:[^\s。！？；，,：:（）()、]{1,12}[、，,\s]+){0,4}$")
# A signature: who issues a statement, and the date, alone on a line
# (外交部发言人办公室 2023年3月5日).
_SIGNATURE = re.compile(
    r"\s*[^。！？，,；：:\n]{2,30}?\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


def _clause_start(zh: str, start: int) -> int:
    """Where the clause holding position ``start`` begins (after a line break or a comma)."""
    return max(zh.rfind(ch, 0, start) for ch in "\n，,、；;：:。") + 1


def _furniture(zh: str, start: int, end: int) -> bool:
    """Whether a name stands in a photo credit (张三 摄, （新华社记者 张三摄）), an editor's,
    reporter's or source credit (（责任编辑：张三）, 来源：人民网), a dateline
    (2017年5月14日，北京; 人民网北京9月6日电), a signature (外交部发言人办公室 2023年3月5日), a
    speaker label (发言人张三：; a reporter's before a question, 总台央视记者：你…) or a
    salutation (尊敬的…会长孙煜先生，): document furniture an
    English text often leaves out, shortens or puts elsewhere."""
    if zh[start : start + 1] in _DATE_MARKS and start and (
            zh[start - 1].isdigit() or zh[start - 1] in _NUMERAL_CHARS):
        return True  # 日电 of 新华社北京1月26日电, 时正及 of 上午11时正及: a mark joined to a word
    if _CREDIT.match(zh, end) or _AGENCY_CREDIT.match(zh, end) or _DATELINE.search(
            zh[max(0, start - 16) : start]) and _LINE_END.match(zh, end):
        return True
    if any(m.start(1) <= start < m.end(1) for m in _CABLE.finditer(zh)):
        return True
    line_start = zh.rfind("\n", 0, start) + 1
    line_end = zh.find("\n", end)
    line = zh[line_start : line_end if line_end >= 0 else len(zh)]
    if _ZH_LABEL.fullmatch(line):
        return True  # 新闻发言人寿小丽：a speaker label
    if (label := BRACKETED_LABEL_ZH.match(line)) and start - line_start < label.end():
        return True  # • [国新办新闻发言人 胡凯红]女士们…: a live transcript's speaker label
    if (label := _QUESTIONER.match(zh, line_start)) and start < label.end():
        return True  # 1 总台央视记者：你上周五宣布…: a questioner's label before the question
    if _SIGNATURE.fullmatch(line) and not re.search(r"\d", zh[line_start:start]):
        return True  # 外交部发言人办公室 2023年3月5日: who issued it, and when
    begin = max(zh.rfind(ch, 0, start) for ch in "\n。！？；;（(") + 1
    credit = _BYLINE.search(zh, begin, start)
    if credit and (credit.group(1) or begin > 0 and zh[begin - 1] in "（("):
        return True  # （责任编辑：张三）, 来源：人民网: the page's credits (not 来源上海, "from")
    if _SALUTATION.match(zh, _clause_start(zh, start)):
        return True  # 尊敬的英国中国商会会长孙煜先生， -> Chairman Sun Yu: a salutation
    return any(re.search(r"(?:摄|供图|摄影)\s*$", inside) for inside in _bracketed(zh, start, end))


_BRACKETS = ("（）", "()", "[]", "【】", "〔〕")
_DATE_MARKS = frozenset("年月日号號时時点點分秒")  # and a time's: 上午11时正 (时正及 is no name)


def _bracketed(zh: str, start: int, end: int) -> Iterator[str]:
    """The text inside each kind of bracket pair that encloses ``zh[start:end]`` (a credit is
    bracketed round or square: （新华社记者 张三摄）, [新华社 李四 摄])."""
    for left, right in _BRACKETS:
        opened = zh.rfind(left, 0, start)
        if opened < 0 or zh.rfind(right, 0, start) > opened:
            continue
        closed = zh.find(right, end)
        if closed >= 0 and zh.find(left, end, closed) < 0:
            yield zh[opened + 1 : closed]


def _unknown_names(c: Correspondence) -> list[tuple[str, tuple[int, ...]]]:
    """Chinese names the dictionary does not know, as (text, indices into ``c.zh``): a run of
    adjacent words the dictionary lacks (or single characters) spelt entirely in transliteration
    characters (帕利, 孙德本/尔斯, 普利/特/维茨), a person (陈光明: tagged so, surname first) or
    two adjacent name-tagged words the dictionary lacks (蒋口/河联, a place cut up)."""
    dictionary = lexicon().dictionary
    # a link through a part (里尼 ~ "High-level" by 里) says nothing of a transliteration
    glossed = {link.zh.start for link in c.links if link.en and link.how != PINYIN and not (
        link.how == PART and all(ch in TRANSLIT_CHARS for ch in link.zh.text))}
    out: list[tuple[str, tuple[int, ...]]] = []
    run: list[int] = []

    def zh_before(i: int) -> str:
        prev = c.zh[i - 1] if i > 0 else None
        return prev.text if prev is not None and prev.end == c.zh[i].start else ""

    def zh_after(i: int) -> str:
        nxt = c.zh[i + 1] if i + 1 < len(c.zh) else None
        return nxt.text if nxt is not None and nxt.start == c.zh[i].end else ""

    def close() -> None:
        if not run:
            return
        words = [c.zh[i] for i in run]
        text = "".join(w.text for w in words)
        unknown = [w for w in words if len(w.text) >= 2 and w.text not in dictionary]
        tagged = any(w.pos[:2] in _NAME_TAGS for w in unknown)
        after = zh_after(run[-1])
        # a person: surname and a given name of two characters, or of one before a title (郭梅
        # alone is as often a common word the segmenter took for a name: 齐明, 连成)
        person = len(words) == 1 and words[0].pos.startswith("nr") and text[0] in SURNAMES and (
            len(text) == 3 or len(text) == 2 and after.startswith(TITLES)) and (
            after[:1] not in _GROUP_SUFFIXES)
        pieces = sum(w.pos[:2] in _NAME_TAGS for w in unknown)
        counted = text[0] in _MEASURE_SURNAMES and bool(_DEMONSTRATIVES.search(zh_before(run[0])))
        located = len(text) == 2 and text[0] in _UNITS and text[1] in _IN_OR_OUT
        if counted or located or len(set(text)) * 2 <= len(text) or any(
                a.text == b.text for a, b in zip(words, words[1:], strict=False)):
            pass  # 这段时间: a measure word; 齐齐, 克郎克郎: a reduplicated sound word
        elif unknown and (person or (looks_transliterated(text) and (tagged or len(text) >= 3))
                        or pieces >= 2):  # 蒋口/河联: an unknown place the segmenter cut up
            out.append((text, tuple(run)))
        run.clear()

    for i, w in enumerate(c.zh):
        piece = (w.han and not _NUMERAL_CHARS & set(w.text) and w.start not in glossed
                 and w.pos != "nt" and (
                     w.text in TRANSLIT_CHARS or len(w.text) > 1 and w.text not in dictionary
                     or dictionary.is_name(w.text) and looks_transliterated(w.text)))
        if piece and (not run or c.zh[run[-1]].end == w.start):
            run.append(i)
            continue
        close()
        if piece:
            run.append(i)
    close()
    return [(t, r) for t, r in out if not all(len(c.zh[i].text) == 1 for i in r)]


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # inApia, inNovember: a lost space
_COUNTED = re.compile(r"\b([A-Z]{2,})\d{1,3}\b")  # EU28, ASEAN10: a name and its members' count
_CAPITALISED = re.compile(r"[^\W\d_][\w'’]*")


def _english_spellings(en: str) -> list[str]:
    """Capitalised English words, and two or three of them run together (Jiangkouhe Lianxu,
    Las Cañitas, IP Kwok-him), that a Chinese transliteration or romanised name might spell;
    words run together by a lost space are parted first (inApia)."""
    en = _GLUED.sub(" ", en)
    found = list(_CAPITALISED.finditer(en))
    # a given name's second syllable after its hyphen counts too (IP Kwok-him, LAU Kin-yee)
    words = [m for k, m in enumerate(found) if m.group()[:1].isupper() or k and en[
        found[k - 1].end() : m.start()] == "-" and found[k - 1].group()[:1].isupper()]
    out = [m.group().removesuffix("'s").removesuffix("’s") for m in words]
    for k, m in enumerate(words):
        joined, end = m.group(), m.end()
        for other in words[k + 1 : k + 3]:
            if en[end : other.start()] not in (" ", "-"):
                break
            joined, end = joined + other.group(), other.end()
            out.append(joined)
    # a surname with its particles (do Rosario, von der Leyen, de Gaulle), which a
    # transliteration spells whole (多罗萨里奥, 冯德莱恩, 戴高乐)
    out += [m.group() for m in _PARTICLED_SURNAME.finditer(en)]
    return out


_PARTICLED_SURNAME = re.compile(
    r"(?<![\w-])(?:(?:" + "|".join(sorted(_PARTICLES - _HYPHENED_ONLY, key=len, reverse=True))
    + r") ){1,2}[A-Z][\w'’-]+")


_ROMAN_SYLLABLE = re.compile(r"(?:[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|h|k|p|t)?)")


def _romanised_chinese(name: str) -> bool:
    """Whether an English name could romanise a Chinese name in another system (Wade-Giles,
    Cantonese: Hui Ching-yu, Tsai Ing-wen): two or three words of one or two syllables each."""
    words = re.split(r"[\s-]+", name.lower())
    return 2 <= len(words) <= 4 and all(
        re.fullmatch(f"{_ROMAN_SYLLABLE.pattern}{{1,2}}", w) for w in words)


_GLUED_TAGS = ("p", "r", "c")  # prepositions, pronouns, conjunctions: 我同 "I with"


def _accounted_unknown(text: str, run: tuple[int, ...], c: Correspondence,
                       spellings: list[str], en_words: list[str], loose: list[str]) -> bool:
    """Whether the English has a counterpart for an unknown Chinese name: a word it sounds
    like, its pinyin (whole or begun: Jiangkouhe for 蒋口河), what its dictionary parts mean
    (西南非洲 -> South West Africa), or, for a person, a name in another romanisation."""
    lx = lexicon()
    words = [c.zh[i] for i in run]
    if any(link.en and link.zh.start == w.start for link in c.links for w in words):
        return True
    syllables = lx.readings(text, False)
    if any(_sound_score(v, e) <= _SOUND for v in _with_neighbours(c, run) for e in spellings):
        return True  # 伊夫提 of 伊夫提/哈尔 ~ Iftikhar: the segmenter cut the name
    dictionary = lx.dictionary
    for k in range(1, len(words)):
        tail = "".join(w.text for w in words[k:])
        if len(tail) >= 2 and all(dictionary.is_name(w.text) or w.pos[:1] in _GLUED_TAGS
                                  for w in words[:k]) and any(
                _sound_score(tail, e) <= _SOUND for e in spellings):
            return True  # 卡洛特 of 巴基斯坦/卡洛特 ~ Karot: the known name before it is
            # judged on its own; 达斯蒂斯 of 我同/达斯/蒂斯 ~ Dastis: a pronoun and a preposition
            # the segmenter glued into one word are no part of the name
    if any(_mentions(en_words, _heads(full)) for full in _shortened(text)):
        return True  # 埃塞 for 埃塞俄比亚, "Ethiopia's": a name shortened to its first sounds
    # a person: a name of up to three characters, or four that begin with two surnames, a
    # married woman's in Hong Kong (罗范椒芬, Mrs Fanny LAW: her husband's surname, then hers)
    person = len(words) == 1 and words[0].pos.startswith("nr") and (
        len(text) <= 3 or len(text) == 4 and text[0] in SURNAMES and text[1] in SURNAMES)
    if person and (any(score(syllables[:1], e) == 0 for e in spellings) or any(
            w in SURNAME_SPELLINGS.get(text[0], ()) for w in en_words)):
        return True  # Mr Chu for 诸立力, Joshua Wong for 黄之锋: the surname alone
    if person and any(reads_exactly(text, e.lower()) for e in spellings if len(e) > len(text)):
        return True  # IP Kwok-him for 叶国谦: the whole name as Hong Kong spells it
    for joined in ("".join(syllables[:2]), "".join(syllables[1:]) if len(syllables) == 3 else ""):
        if len(joined) >= 4 and any(w.startswith(joined) for w in en_words):
            return True  # Jiangkouhe for 蒋口河; Wenbin'sRegular (words run together) for 汪文斌
    if not words[0].pos.startswith("nr") and not looks_transliterated(text):
        # the parts of a transliteration or a person's name mean nothing
        parts = frozenset(k.lower() for w in words for k in lx.keys(w).parts)
        if _mentions(en_words, parts - _GENERIC):
            return True
    if any(_romanised_chinese(name) for name in loose):
        return True
    if person and text[0] in SURNAMES and not looks_transliterated(text) and any(
            " " not in name for name in loose):
        return True  # "Thank you, Ronnie" for 陈启宗: a Chinese person's English given name
    # a loose English name that sounds somewhat like the name, or a part of it (赛昂人 ~ Cylons),
    # may be it, badly transliterated: not a confident replacement
    near = [e for name in loose for e in _english_spellings(name)]
    return any(score(lx.readings(v, False), e) < _UNSURE for v in _variants(words) for e in near)


@lru_cache(maxsize=1)
def _names_by_start() -> dict[str, tuple[str, ...]]:
    """The dictionary's proper names of three characters or more, by their first two
    characters: the full names a shortened one may stand for."""
    dictionary = lexicon().dictionary
    out: dict[str, list[str]] = {}
    for head, _ in dictionary.headwords_and_senses():
        if len(head) >= 3 and dictionary.is_name(head):
            out.setdefault(head[:2], []).append(head)
    return {k: tuple(v) for k, v in out.items()}


def _shortened(text: str) -> list[str]:
    """The known transliterated names ``text`` begins (埃塞 -> 埃塞俄比亚): Chinese shortens a
    long transliteration to its first characters (埃塞, 沙特). Two characters or more."""
    if len(text) < 2:
        return []
    return [h for h in _names_by_start().get(text[:2], ()) if h.startswith(text) and h != text]


def _with_neighbours(c: Correspondence, run: tuple[int, ...]) -> list[str]:
    """An unknown name, and the name with the han words touching it on either side that are
    spelt in transliteration characters (伊夫提 + 哈尔): the rest of a name the segmenter cut
    off, whatever it linked that piece to."""
    first, last = run[0], run[-1]
    text = "".join(c.zh[i].text for i in run)
    out = [text]

    def spelt(k: int, touching: int) -> bool:
        w = c.zh[k] if 0 <= k < len(c.zh) else None
        return w is not None and w.han and touching in (w.start, w.end) and all(
            ch in TRANSLIT_CHARS for ch in w.text)

    before = c.zh[first - 1].text if spelt(first - 1, c.zh[first].start) else ""
    after = c.zh[last + 1].text if spelt(last + 1, c.zh[last].end) else ""
    out += [v for v in (text + after, before + text, before + text + after) if v != text]
    return list(dict.fromkeys(out + _unglued(out)))


def _unglued(texts: list[str]) -> list[str]:
    """Runs that open on a preposition or conjunction the segmenter glued to a name
    (同莫盖/里尼: 同 "with" and 莫盖里尼, Mogherini), without it."""
    return [t[1:] for t in texts if len(t) >= 3 and t[0] in _FUNCTION_CHARS]


def _variants(words: list[ZhWord]) -> list[str]:
    """A run of Chinese words and its tails, each also without a final 人 or 族 ("people")."""
    out = []
    for k in range(len(words)):
        tail = "".join(w.text for w in words[k:])
        out += [tail, tail[:-1]] if tail[-1:] in "人族" and len(tail) > 2 else [tail]
    return [v for v in out if len(v) >= 2]


_SOUND = 0.3  # distance per consonant under which a transliteration matches (transliteration.py)
_UNSURE = 0.5  # under this, a name and a transliteration might still be one name


def _accounted_known(n: int, c: Correspondence, en_words: list[str], keys: frozenset[str],
                     claims: dict[int, int]) -> bool:
    """Whether a known name is rendered: an English word is one of its names (or begins like
    one: Italian ~ Italy) or, for a country, names its capital when no other Chinese word of
    the pair does (Delhi for 印度), or it is linked to common English words no other Chinese
    word accounts for (罗马 -> "the Italian capital", 民国 -> "the Republic", but not where 首都
    says "capital"; an abbreviation or another name's rendering is not a description: 特朗普 is
    not U.S.)."""
    link = c.links[n]
    # its capital, unless another Chinese word names the capital (意大利首都罗马: Rome is 罗马)
    capitals = _with_capitals(keys) - keys - frozenset(
        k for other in c.links if other is not link for k in _renderings(other.zh))
    if _mentions(en_words, keys | capitals) or any(
            t.text.isupper() and len(t.text) == 2 and any(
                len(k) >= 5 and k[:2] == t.text.lower() for k in keys) for t in c.en):
        return True  # CA for California
    if _says_acronym(c, _acronyms(c.links[n].zh.text)):
        return True  # the PRC for 中华人民共和国
    if link.how != GLOSS:
        return False
    dictionary = lexicon().dictionary
    others = frozenset(k for other in c.links if other is not link for k in _renderings(other.zh))
    for i in link.en:
        token = c.en[i].text
        generic = en_words[i] in _GENERIC and (
            token.islower() or i and c.en[i - 1].text[:1].isupper())
        if claims.get(i, 0) != 1 or generic or "." in token or (
                token.isupper() and len(token) > 1) or _mentions([en_words[i]], others) or (
                en_words[i] in _COUNTRY_WORDS):
            continue  # "state", Fukuoka "Prefecture", U.S., USA, American, another name's
            # rendering: not a description ("the Republic", on its own, is one)
        lemmas = set(c.en[i].lemmas)
        if not any(w.han and w.start != link.zh.start and (e := dictionary.get(w.text)) is not None
                   and lemmas & e.keys for w in c.zh):
            return True
    return False


_NAME_DOTS = "·•・‧"  # what joins the parts of a foreign person's name (阿布·哈桑)


def _dotted_name(c: Correspondence, zh: str, start: int, end: int) -> tuple[int, int]:
    """Where the full name holding ``zh[start:end]`` begins and ends: the Han words joined to
    it by name dots (阿布·哈桑·默罕默德·阿里), or the name alone. The segmenter cuts the parts
    of such a name anywhere (巴赫/特让·阿布季/洛维奇·萨/金塔/耶夫): a part runs on over the
    words touching it that are spelt in transliteration characters, or unknown to the
    dictionary, unrendered and holding one (特让), and takes in whatever word a dot touches
    (别 of 别/尔德穆哈梅多夫); an office or a country before it (总理, 哈萨克斯坦) and a verb
    after it (抵京) are words where it stops."""
    words = [w for w in c.zh if w.han]
    inside = [k for k, w in enumerate(words) if start <= w.start < end]
    if not inside:
        return start, end
    dictionary = lexicon().dictionary
    linked = {link.zh.start for link in c.links if link.en}

    def gap(k: int, step: int) -> str | None:  # what parts word k from the next one
        if not 0 <= k + step < len(words):
            return None
        a, b = sorted((words[k], words[k + step]), key=lambda w: w.start)
        return zh[a.end : b.start].strip()

    def joins(k: int, step: int) -> tuple[bool, bool]:  # (the next word joins, across a dot)
        between = gap(k, step)
        if between is None or between and between not in _NAME_DOTS:
            return False, False
        if between:
            return True, True
        nxt = words[k + step]
        return (all(ch in TRANSLIT_CHARS for ch in nxt.text) or nxt.start not in linked and (
            nxt.text not in dictionary and any(ch in TRANSLIT_CHARS for ch in nxt.text))
            or gap(k + step, step) in tuple(_NAME_DOTS)), False

    first, last, dotted = inside[0], inside[-1], False
    for step in (-1, 1):
        k = first if step < 0 else last
        while True:
            more, dot = joins(k, step)
            if not more:
                break
            k += step
            dotted = dotted or dot
        first, last = (k, last) if step < 0 else (first, k)
    if not dotted:
        return start, end
    return min(start, words[first].start), max(end, words[last].end)


def _part_rendered(c: Correspondence, zh: str, start: int, end: int,
                   sounded: Collection[int] = ()) -> bool:
    """Whether the name at ``zh[start:end]`` is one part of a full name written with name dots
    (阿布·哈桑·默罕默德·阿里) another part of which the English renders (a word linked, or a
    name it says by sound, among ``sounded``: 阿雷亚萨 ~ Arreaza): the full name is the unit a
    translation keeps (Abul Hassan Mahmud Ali, Jorge Arreaza), however it spells each part."""
    lo, hi = _dotted_name(c, zh, start, end)
    return any(lo <= at < hi and not start <= at < end for at in sounded) or any(
        link.en and lo <= link.zh.start < hi and not start <= link.zh.start < end
        for link in c.links)


def _whole_names(c: Correspondence, zh: str, missing: list[MissingName]) -> list[MissingName]:
    """The missing names, the parts of one dotted full name as that name, once."""
    out: list[MissingName] = []
    for m in missing:
        lo, hi = _dotted_name(c, zh, m.start, m.end)
        if (lo, hi) == (m.start, m.end):
            out.append(m)
        elif not any(o.start == lo and o.end == hi for o in out):
            out.append(MissingName(zh[lo:hi], lo, hi))
    return out


def _inside_brackets(zh: str, start: int) -> bool:
    """Whether a position of the Chinese lies inside round brackets: an aside."""
    before = zh[:start]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and opened > max(before.rfind("）"), before.rfind(")"))


def _dropped_aside(zh: str, link, links, en_words: list[str], keys: frozenset[str]) -> bool:
    """Whether a name said again in a bracketed aside (索姆斯女男爵（丘吉尔之女）) is one the
    English says fewer times than the Chinese does: the aside was left out."""
    if not _inside_brackets(zh, link.zh.start):
        return False
    said = [other for other in links if other.zh.text == link.zh.text]
    linked = {tuple(other.en) for other in said if other.en}  # 微信 -> "WeChat" (keys: weixin)
    return max(sum(_mentions([w], keys) for w in en_words), len(linked)) < len(said)


@lru_cache(maxsize=1)
def _first_characters() -> dict[str, frozenset[str]]:
    """For an English place name (lower case), the first characters of the dictionary's
    Chinese names for it (jakarta: 雅, of 雅加达; bandung: 万, of 万隆): what a Chinese
    abbreviation of two places keeps of each (雅万高铁, the Jakarta-Bandung railway). Only
    senses that open with a single capitalised word (a place, not a description); read once
    from the whole dictionary, when a text first asks."""
    out: dict[str, set[str]] = {}
    dictionary = lexicon().dictionary
    for head, senses in dictionary.headwords_and_senses():
        if len(head) < 2 or not dictionary.is_name(head):
            continue
        for sense in senses.split("/")[:2]:
            m = re.match(r"([A-Z][a-z]{2,})(?:$|,|;|\s*\(|\s+[a-z])", unaccented(sense))
            if m:
                out.setdefault(m.group(1).lower(), set()).add(head[0])
    return {k: frozenset(v) for k, v in out.items()}


def _abbreviated_pair(name: str, zh: str) -> bool:
    """Whether an English compound of two place names (Jakarta-Bandung, Beijing–Shanghai)
    is said in the Chinese by the first character of each (雅万, 京沪 keeps 沪, Shanghai's own
    character, which the names table knows): the way Chinese names a route or a pair."""
    parts = re.split(r"[-–]", name)
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return False
    first = _first_characters()
    options = [first.get(_fold(p), frozenset()) | frozenset(
        ch for ch, names in CITY_CHARS.items() if _fold(p) in names.lower().split())
        for p in parts]
    text = _simplified(zh)
    return any(a + b in text for a in options[0] for b in options[1])


def _part_of_longer_name(c: Correspondence, en: str, run: tuple[int, ...],
                         runs: list[tuple[int, ...]], used: set[int]) -> bool:
    """Whether a run of ordinary words (not Oxford, not a person after a title) is a piece of a
    longer English name the Chinese renders: it runs on, with only a space between, into a
    capitalised word that is no name alone but renders a common Chinese word (International of
    the International University Sports Federation, where University renders 大学生), or it is
    joined by "of" (the) to a name the Chinese renders (the Plenary Session of the National
    People's Congress, 全国人大会议): an official name longer than its Chinese, not a name put
    in another's place."""
    if not all(_ordinary_word(c.en[i].text, c.en[i].lemmas) for i in run) or (
            _after_personal_title(c, en, run[0])):
        return False  # Chairman Mark Fields of the U.S.-China Business Council: a person
    k = run[-1] + 1
    if k >= len(c.en) or en[c.en[run[-1]].end : c.en[k].start].strip():
        return False
    if k in used and c.en[k].text[:1].isupper():
        return any(k in link.en and not _renderings(link.zh) for link in c.links)  # not
        # Yellow of Yellow River, where River renders 长江: a name's head word
    if c.en[k].text == "of":
        k += 1 + (k + 1 < len(c.en) and c.en[k + 1].text == "the")
        after = next((r for r in runs if r[0] == k), None)
        return after is not None and any(i in used for i in after)
    return False


def _loose_names(c: Correspondence, zh: str, en: str, pieces: list[str],
                 starts: Iterable[int] = ()) -> list[str]:
    """English names nothing in the Chinese accounts for: no word links to them, the Chinese
    does not quote them, no known name there is called so (Italian for 意大利), they are not
    a nationality English adds, not made of a Chinese word's parts (Political Bureau for
    中共中央政治局), and no Chinese piece (``pieces``) sounds like them (刘易斯 ~ Lewis)."""
    links = c.links
    used = {i for link in links for i in link.en}
    zh_lower = zh.lower()
    loose: list[str] = []
    inside = _part_glosses(links)
    known = _with_capitals(frozenset(k for link in links for k in _renderings(link.zh)))
    known |= frozenset(
        w.lower() for ch, names in CITY_CHARS.items() if ch in zh for w in names.split())
    short = frozenset(a for link in links if link.zh.han for a in _acronyms(link.zh.text))
    runs = english_names(c, en, starts)
    for run in runs:
        if any(i in used for i in run):
            continue
        words = [c.en[i].text.rstrip(".").removesuffix("'s").removesuffix("’s") for i in run]
        if any(w.lower() in zh_lower for w in words) or _mentions([_fold(w) for w in words] + [
                m.group(1).lower() for w in words if (m := _COUNTED.fullmatch(w))], known):
            continue  # Italian for 意大利, the U.S. for 美, Beijing for 在京
        if len(words) == 1 and words[0].removesuffix("s") in short:
            continue  # the PRC for 中华人民共和国: a short form of a name the Chinese says
        if _THE_STATE.search(zh) and _mentions([_fold(w) for w in words], _CHINA):
            continue  # the constitution of the PRC for 国家宪法: the state, China by name
        if any(_state_code(w) in known for w in words):
            continue  # DC for 哥伦比亚特区: a US state's postal code
        if _plain_words(" ".join(words), zh):
            continue  # the Daily Telegraph for 每日电讯报: the name's words, glossed
        if any(_abbreviated_pair(w, zh) for w in words):
            continue  # Jakarta-Bandung for 雅万: a pair of places by a character of each
        if len(words) == 1 and (words[0] in _DEMONYMS or _demonym_of(words[0], known)):
            continue  # "British students": a nationality English adds, not a name; Danish
            # for 丹麦
        if any(w.lower() not in _COMMON_NAME_WORDS and (
                w.lower() in inside or any(m in inside for m in c.en[i].lemmas))
               for w, i in zip(words, run, strict=True)):
            continue  # Political Bureau: 政治 of 中共中央政治局 accounts for it
        parts = [p for w in words if "-" in w for p in w.split("-") if p[:1].isupper()]
        if any(sounds_like(piece, w) for piece in pieces
               for w in [*words, "".join(words), *parts]):
            continue  # 刘易斯 -> Lewis: a transliteration, not a replacement; al-Qurayshi
        if len(run) == 1 and _inside_capitalised_phrase(c, en, run[0], used) and _ordinary_word(
                words[0], c.en[run[0]].lemmas):
            continue  # Literary of "Federation of Literary and Artistic Circles": an
            # organisation's name in capitals, whose other words the Chinese renders
        if _part_of_longer_name(c, en, run, runs, used) and not any(
                score(lexicon().readings(piece, False), e) < _UNSURE for piece in pieces
                for e in _english_spellings(" ".join(words))):
            continue  # the Plenary Session of the NPC; not Mark Fields of the Council, which
            # may be 菲尔茨 badly transliterated
        loose.append(" ".join(words))
    return loose


# The state, the motherland: what a Chinese official text calls China without its name (国家宪法
# "the Constitution of the People's Republic of China", 祖国 "China").
_THE_STATE = re.compile(r"国家(?!队)|國家(?!隊)|祖国|祖國|我国|我國")
_CHINA = frozenset(("china", "prc", "chinese", "people'srepublic", "republic"))


# The small words an organisation's capitalised name runs on through (Federation of Literary
# and Artistic Circles, Ministry for the Environment).
_NAME_JOINERS = frozenset("of and for the on in & de".split())


def _inside_capitalised_phrase(c: Correspondence, en: str, i: int, used: set[int]) -> bool:
    """Whether the English token ``i`` stands inside an organisation's capitalised name: joined
    on both sides by small words (of, and, for, the) to capitalised words, one of which the
    Chinese renders (``used``). Not "Mark Fields of the Council": a person's name opens with
    his first name, no small word."""
    def capital_beyond_joiner(step: int) -> int | None:
        k, joined = i + step, False
        while 0 <= k < len(c.en):
            a, b = sorted((c.en[k], c.en[k - step]), key=lambda t: t.start)
            if en[a.end:b.start].strip():
                return None  # punctuation between: another phrase
            word = c.en[k].text
            if word[:1].isupper():
                return k if joined else None
            if word.lower() not in _NAME_JOINERS:
                return None
            joined, k = True, k + step
        return None
    before, after = capital_beyond_joiner(-1), capital_beyond_joiner(1)
    return before is not None and after is not None and bool({before, after} & used)


def _calque(name: str, en: str) -> frozenset[str]:
    """The English words (folded) that render a Chinese name of two to four characters
    character by character, each a gloss of its character in the dictionary, as consecutive
    capitalised words (蓝山 -> Blue Mountain, 红海 -> the Red Sea), or empty: the name
    translated, where the dictionary knows it by another name (蓝山 Lanshan, a county)."""
    if not 2 <= len(name) <= 4:
        return frozenset()
    dictionary = lexicon().dictionary
    glosses = []
    for ch in name:
        entry = dictionary.get(ch)
        if entry is None:
            return frozenset()
        glosses.append(entry.keys)
    for m in _CAPITALISED_RUN.finditer(en):
        words = [_fold(w) for w in re.split(r"[ -]", m.group())]
        for i in range(len(words) - len(name) + 1):
            window = words[i : i + len(name)]
            if all(w in g or w.removesuffix("s") in g for w, g in zip(window, glosses,
                                                                      strict=True)):
                return frozenset(window)
    return frozenset()


# A title or a name the Chinese quotes: 《阳光日报》, “今日俄罗斯”, 「…」 (two to twenty characters)
_ZH_TITLE = re.compile(r"《([^《》]{2,20})》|“([^“”]{2,20})”|「([^「」]{2,20})」")


def _foreign(name: str) -> bool:
    """Whether no word of an English name is one the dictionary knows, as a common word or a
    name (Sinar Harian, Rossiya Segodnya, Kompas; not the Washington Post, nor The Star): a
    name in another language, which English gives as it is."""
    d = lexicon().dictionary
    return all(w.lower() not in d.common_keys and w.lower() not in d.name_keys
               and w.lower() not in d.lower_case_words
               for w in re.findall(r"[^\W\d_]+", name))


def _titles_in_own_language(c: Correspondence, zh: str, loose: list[str]
                            ) -> list[tuple[int, int]]:
    """The Chinese titles and quoted names (《阳光日报》, “今日俄罗斯”) that English gives in
    their own language (Sinar Harian, Rossiya Segodnya): a title a Chinese word of which no
    English word renders, paired in text order with a foreign loose name (``_foreign``) that,
    where the title holds a known name, begins like it (Rossiya like Russia, for 俄罗斯; not
    Karabakh); the name is removed from ``loose``. Their character ranges: a name inside one
    is rendered by it."""
    out: list[tuple[int, int]] = []
    for m in _ZH_TITLE.finditer(zh):
        a, b = m.span()
        if not re.search(f"[{HAN}]", m.group()):
            continue
        if not any(link.zh.han and a <= link.zh.start and link.zh.end <= b and not link.en
                   for link in c.links):
            continue  # every word of it rendered
        inside = [link for link in c.links if a <= link.zh.start and link.zh.end <= b]
        keys = {_skeleton(k)[:2] for link in inside for k in _renderings(link.zh)
                if len(_skeleton(k)) >= 2}
        name = next((x for x in loose if _foreign(x) and (not keys or any(
            _skeleton(w.lower())[:2] in keys for w in x.split()))), None)
        if name is None:
            continue
        loose.remove(name)
        out.append((a, b))
    return out


def name_problems(zh: str, en: str, en_starts: Iterable[int] = ()
                  ) -> tuple[list[tuple[str, str]], list[str]]:
    """(replaced names as (Chinese, English), Chinese names with no English) in one pair
    (``missing_names`` with the names' places)."""
    replaced, missing = missing_names(zh, en, en_starts)
    return replaced, [m.text for m in missing]


@dataclass(frozen=True)
class MissingName:
    """A Chinese name no English word renders, and where it is in the pair's Chinese."""

    text: str
    start: int
    end: int


def missing_names(zh: str, en: str, en_starts: Iterable[int] = ()
                  ) -> tuple[list[tuple[str, str]], list[MissingName]]:
    """(replaced names as (Chinese, English), Chinese names with no English) in one pair;
    ``en_starts``, where the English sentences start, tells headings and lines of address.

    A Chinese name no English word renders is missing, or replaced when the English has a name
    nothing accounts for: a known name (dictionary, names table, country characters), judged by
    what English calls it (特朗普 is Trump, not "American"), or an unknown one (a transliteration,
    a person, a place the dictionary lacks), judged by sound (帕利 ~ Parly) and pinyin."""
    c = corr(zh, en)
    links = c.links
    en_words = [_fold(t.text) for t in c.en]
    en_words += [p for w in en_words if "-" in w for p in w.split("-")] + [
        _fold(w) for w in _CAPITALISED.findall(_GLUED.sub(" ", en))] + [
        a + b for a, b in zip(en_words, en_words[1:], strict=False)]  # United States: one word
    en_words += _combining_forms(en)  # Sino-Greek: China
    en_words += [m.group(1).lower() for m in _COUNTED.finditer(en)]  # EU28: the EU
    pieces = _unlinked_runs(links)
    unknown = _unknown_names(c)
    pieces += [text for text, _ in unknown]
    pieces += _unglued(pieces)
    loose = _loose_names(c, zh, en, pieces, en_starts)
    titled = _titles_in_own_language(c, zh, loose)
    replaced: list[tuple[str, str]] = []
    missing: list[MissingName] = []
    # capitalised words that may spell a name (not a sentence's He or The)
    caps = [t.text for t in c.en if t.text[:1].isupper() and t.text.lower() not in STOPWORDS]
    spellings = _english_spellings(en)
    judged = {c.zh[i].start for _, run in unknown for i in run}
    claims: dict[int, int] = {}
    for link in links:
        for i in link.en:
            claims[i] = claims.get(i, 0) + 1
    named: set[str] = set()
    problems: list[tuple[int, int, str]] = []  # (start, end, name) in text order
    asides: list[MissingName] = []
    for n, link in enumerate(links):
        keys = _renderings(link.zh)
        if not keys:
            if link.en:
                continue
            other = _known_elsewhere(link.zh.text, loose) if (
                loose and link.zh.start not in judged and link.zh.pos[:2] in ("nr", "ns")
                and link.zh.han and len(link.zh.text) >= 2
                and not _NUMERAL_CHARS & set(link.zh.text)
                and not _in_transliteration(links, n, zh)
                and not _common_word(link.zh.text) and not _ANY_COUNTRY.fullmatch(link.zh.text)
                and not any(sounds_like(link.zh.text, w) or reads_exactly(link.zh.text, w.lower())
                            for w in spellings)  # 马坑 ~ Ma Hang, as Hong Kong spells it
                and not _married_name_said(zh, link.zh.start, link.zh.end, en)
                and not _mentions(en_words, frozenset(
                    k.lower() for k in lexicon().keys(link.zh).parts))) else None
            if other is not None:
                # paired with the person's own English name where the English says one
                own = _own_name_among(link.zh.text, en, loose)
                if not own:
                    loose.remove(other)
                replaced.append((link.zh.text, own or other))
            continue
        if _zone_said(link.zh.text, c) or _state_said(link.zh.text, keys, c):
            continue  # 美东时间 -> EST, 哥伦比亚特区 -> DC: the standard abbreviation
        if _accounted_known(n, c, en_words, keys, claims):
            if _dropped_aside(zh, link, links, en_words[: len(c.en)], keys) and not _furniture(
                    zh, link.zh.start, link.zh.end):
                asides.append(MissingName(link.zh.text, link.zh.start, link.zh.end))  # missing,
                # not replaced: English has it elsewhere
            else:
                named.add(link.zh.text)
            continue
        if any(_sounds_like_rendering(keys, w) or _demonym_of(w, keys) for w in caps):
            continue  # 菲律宾 -> Filipino, 比利时 -> Belgian, 丹麦 -> Danish, 老挝 -> Lao
        if any(sounds_like(link.zh.text, k) for k in keys) and any(
                sounds_like(link.zh.text, w) for w in caps):
            continue  # a transliterated name (its rendering sounds like it) spelt another way
        if _modifies(links, n):
            continue  # 新冠确诊 -> diagnosed: a common-noun name qualifying a rendered word
        nxt = links[n + 1] if n + 1 < len(links) else None
        if nxt is not None and nxt.en and nxt.zh.start == link.zh.end and (
                nxt.zh.pos == "n" or nxt.zh.text.endswith(TITLES)) and (
                not link.zh.pos.startswith("nr")) and not keys & _COUNTRY_WORDS:
            continue  # 国会参议员 -> Senator, 日内瓦人民 -> the local people, 国务院副总理 ->
            # Vice-Premier: the name only qualifies a noun or an office English kept (not a
            # person, 特朗普行政当局 -> Trump administration, nor a country, 美国公民 -> US
            # citizens)
        if _names_organisation(links, n, c, en) or _qualifies_quoted_name(links, n, zh, c, en):
            continue  # 英国筷子俱乐部 -> the Chopsticks Club: the place is part of a name
        if _POSTED & {zh[link.zh.end : link.zh.end + 1], zh[link.zh.start - 1 : link.zh.start]}:
            continue  # 中国驻英国大使 -> the Ambassador: the sending and host country implied
        if _in_transliteration(links, n, zh):
            continue  # 尼拉 of 尼拉贡戈: a piece of a longer name the dictionary lacks
        if _cut_from_transliteration(links, n, spellings):
            continue  # 林肯 of 布/林肯: Blinken, cut by the segmenter at a known name
        if _across_a_person(links, n):
            continue  # 华为 of 胡平华为祝…: the end of a person's name and 为, "for"
        if _abbreviated(links, n, keys, c):
            continue  # 亚洲 of 亚洲基础设施投资银行 -> AIIB
        if _counted_countries(link.zh.text, c):
            continue  # 中美两国 -> the two countries
        if _read_as_words(link.zh, en_words):
            continue  # 大树 -> "the tree": a township's name the segmenter read as words
        if _person_in_pinyin(links, n, en):
            continue  # 罗文 -> Luo Wen, not the singer Roman Tam the dictionary knows
        if _LETTER_WORD.fullmatch(link.zh.text):
            continue  # X光 "X-ray", B超 "ultrasound": a common noun with a letter in it
        if _in_direction_series(zh, link.zh.start, link.zh.end):
            continue  # 中南 of 北中南各地 "the north, centre and south": no region's name
        problems.append((link.zh.start, link.zh.end, link.zh.text))
    sounded: set[int] = set()  # starts of unknown names the English says (by sound, pinyin)
    for text, run in unknown:
        if not _accounted_unknown(text, run, c, spellings, en_words, loose):
            problems.append((c.zh[run[0]].start, c.zh[run[-1]].end, text))
        else:
            sounded.add(c.zh[run[0]].start)
    calques = {name: words for _, _, name in problems if (words := _calque(name, en))}
    if calques:  # 蓝山 -> Blue Mountain: its words are the name's, not a replacement's
        said = frozenset().union(*calques.values())
        loose = [x for x in loose if not {_fold(w) for w in x.split()} <= said]
    for start, end, name in sorted(problems):
        if name in calques:
            continue  # rendered character by character
        if _ANY_COUNTRY.fullmatch(name):
            continue  # 对多国实体 "entities of several countries", 外国 "foreign": no country
        if any(a <= start and end <= b for a, b in titled):
            continue  # 俄罗斯 of “今日俄罗斯”: the title, rendered as Rossiya Segodnya
        if name in named and not _inside_brackets(zh, start) or _furniture(zh, start, end):
            continue  # a name said again is often a pronoun in English (它, it)
        if lexicon().dictionary.inside_word(zh, start, end):
            continue  # 方有何 of 中方有何评论: a piece cut out of words, no name
        if _part_rendered(c, zh, start, end, sounded):
            continue  # 阿布 of 阿布·哈桑·默罕默德·阿里 -> Abul Hassan Mahmud Ali
        if _sounded_in_run(zh, start, end, spellings):
            continue  # 金塔 of 同萨/金塔/耶夫 -> Sagintayev
        if _married_name_said(zh, start, end, en):
            continue  # 马|朱雪履 -> Mrs Percy MA
        if zh[max(0, start - 2):start] in _IN_COUNCIL_ZH and _IN_COUNCIL_EN.search(en):
            continue  # 行政长官会同行政会议 -> the Chief Executive in Council, "the CE in C"
        if own := _own_name_among(name, en, loose):
            replaced.append((name, own))  # 張曼莉 ~ Ms Lillian Cheong: info by its doubt
            continue
        if loose:
            replaced.append((name, loose.pop(0)))
        else:
            missing.append(MissingName(name, start, end))
    return replaced, _whole_names(c, zh, missing) + asides


# An office acting with its council (行政长官会同行政会议, 总督会同行政局): English law says
# "the Chief Executive in Council", abbreviated "the CE in C", with no name for the council.
_IN_COUNCIL_ZH = ("会同", "會同")
_IN_COUNCIL_EN = re.compile(r"\bin\s+(?:Council|C)\b")


# A married woman's title and the English name after it (Mrs Fanny LAW, Madam CHAN).
_MARRIED = re.compile(r"\bM(?:rs|adam|adame)\.?\s+((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)")


def _married_name_said(zh: str, start: int, end: int, en: str) -> bool:
    """Whether the name at ``zh[start:end]`` is a Hong Kong married woman's (her husband's
    surname, her own, her given name: 罗范椒芬; the segmenter may part the first: 马|朱雪履) said
    as the English names her, by the husband's surname after Mrs (Mrs Fanny LAW, Mrs Percy
    MA)."""
    name = zh[start:end]
    if len(name) == 3 and start and zh[start - 1] in SURNAMES:
        name = zh[start - 1 : end]
    if len(name) != 4 or name[0] not in SURNAMES:
        return False  # (her own surname need not be a common one: 林贝聿嘉, Mrs Peggy LAM)
    words = [w.lower() for m in _MARRIED.finditer(en) for w in m.group(1).split()]
    return any(w in SURNAME_SPELLINGS.get(name[0], ()) or reads_exactly(name[0], w)
               for w in words)


def _person_in_pinyin(links: list, n: int, en: str) -> bool:
    """Whether a person's name the dictionary knows as someone else's (罗文 'Roman Tam', 小林
    'Kobayashi' cut from 李小林, 维特 'Werther') is said in pinyin: Luo Wen, Li Xiaolin. A
    surname the segmenter set apart before it is read with it."""
    word = links[n].zh
    if not word.pos.startswith("nr") or not word.han:
        return False
    text = word.text
    before = links[n - 1].zh if n else None
    if before is not None and before.end == word.start and before.text in SURNAMES:
        text = before.text + text
    target = "".join(lexicon().readings(text, True))
    words = re.findall(r"[a-z]+", unaccented(en).lower())
    return any("".join(words[k:k + size]) == target
               for size in (1, 2, 3) for k in range(len(words) - size + 1))


# A photo or agency credit: (Xinhua/Yao Dawei), [Xinhua], (Photo by …), （新华社记者 张三 摄）,
# [新华网]. A bead that carries one is a caption, which each site writes for itself.
_EN_CREDIT = re.compile(
    r"[(\[]\s*(?:(?:Photos?|Photograph|Image|Picture|File photo)\b[^()\[\]]*"
    r"|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2} ?/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"|Xinhua|Reuters|AFP|AP|CNS|VCG|IC|CFP|Getty Images)\s*[)\]]")
_ZH_CREDIT = re.compile(
    r"[(（\[【]\s*(?:[^()（）\[\]【】]{0,20}(?:摄|供图|摄影|发)|新华网|新华社|人民网|中新网|央视网"
    r"|图片来源[^()（）\[\]【】]*)\s*[)）\]】]")


def caption(zh: str, en: str) -> bool:
    """Whether a bead is a photo caption: either side ends with a photo or agency credit (a news
    dateline's "(Xinhua) --" opens a story, no caption)."""
    return any(m.end() == len(en.rstrip(" .。")) for m in _EN_CREDIT.finditer(en)) or any(
        m.end() == len(zh.rstrip(" .。")) for m in _ZH_CREDIT.finditer(zh))


def _person(zh: str, en: str, name: str) -> bool:
    """Whether the segmenter takes a name in the pair's Chinese for a person (杜特尔特)."""
    return any(w.text == name and w.pos.startswith("nr") for w in corr(zh, en).zh)


def _said_nearby(name: str, context: str) -> bool:
    """Whether an English context (the document's heading, the speaker labels of the turn)
    renders a Chinese name: a name said once for the whole text, or put into the label."""
    keys = _renderings(ZhWord(name, 0, len(name), "nz"))
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", context)]
    if keys:
        return _mentions(words, keys)
    syllables = lexicon().readings(name, True)  # an unknown name: by its pinyin or its sound
    return "".join(syllables) in "".join(words) or any(
        score(syllables, e) <= _SOUND for e in _english_spellings(context))


class _Text(NamedTuple):
    index: int
    zh: str
    en: str


_NO_NAMES: tuple[tuple[tuple[str, str], ...], tuple[MissingName, ...]] = ((), ())


class _Texts:
    """The index and the two texts of each bead the check judges, in order, as parallel
    lists: the other beads as the document-wide look-ups read them. A ``BeadText`` of every
    bead held its spans too (quoted text, a copy of the document)."""

    def __init__(self, beads: Iterable[BeadText], doc: Document | None = None) -> None:
        self.index: array = array("q")
        self.zh: list[str] = []
        self.en: list[str] = []
        self.en_starts: list[tuple[int, ...]] = []  # where the English sentences start
        # positions whose Chinese opens on the line (paragraph) the bead before closes on
        self.runs_on: set[int] = set()
        last_line = -1
        for b in beads:
            if doc is not None:
                if doc.segments[b.bead.zh[0]].line == last_line:
                    self.runs_on.add(len(self.zh))
                last_line = doc.segments[b.bead.zh[-1]].line
            self.index.append(b.index)
            self.zh.append(b.zh)
            self.en.append(b.en)
            self.en_starts.append(b.en_starts)

    def __len__(self) -> int:
        return len(self.zh)

    @cached_property
    def most_named_place(self) -> str:
        """The place name (a word the lexicon tags ns) that more Chinese passages say than any
        other: the place a document speaks for, when one stands out; "" when none does."""
        counts: Counter[str] = Counter()
        for zh in self.zh:
            counts.update({w.text for w in lexicon().words(zh) if w.pos == "ns" and w.han})
        (top, n), *rest = counts.most_common(2) or [("", 0)]
        return top if not rest or rest[0][1] < n else ""

    def __getitem__(self, k: int) -> _Text:
        return _Text(self.index[k], self.zh[k], self.en[k])

    def __iter__(self) -> Iterator[_Text]:
        return map(self.__getitem__, range(len(self)))


class _Occurrences:
    """Which beads hold an English word or some Chinese characters, indexed once per document,
    so that looking for a name in the other beads costs the beads that may hold it, not the
    whole document each time (that was quadratic on long documents). Callers confirm each
    candidate with the exact test. Each word's or character's beads are a sorted array of
    32-bit numbers: as sets of ints, the index of a 250,000-bead pair took about 500 MB."""

    def __init__(self, beads: Iterable[_Text]) -> None:
        en: dict[str, array] = {}
        zh: dict[str, array] = {}
        n = 0
        for k, b in enumerate(beads):
            for index, keys in ((en, set(_WORDS_IN.findall(b.en))), (zh, set(b.zh))):
                for key in keys:
                    found = index.get(key)
                    if found is None:
                        found = index[key] = array("i")
                    found.append(k)
            n = k + 1
        self._en, self._zh, self._n = en, zh, n

    def english(self, name: str) -> set[int]:
        """Beads whose English holds every word of ``name``."""
        return self._common([self._en.get(w) for w in _WORDS_IN.findall(name)])

    def chinese(self, text: str) -> set[int]:
        """Beads whose Chinese holds every character of ``text``."""
        return self._common([self._zh.get(c) for c in set(text)])

    def _common(self, postings: list[array | None]) -> set[int]:
        if not postings:
            return set(range(self._n))
        if any(p is None for p in postings):
            return set()
        lists = sorted((np.frombuffer(p, dtype=np.int32) for p in postings), key=len)
        common = lists[0]
        for other in lists[1:]:
            if not len(common):
                break
            at = np.searchsorted(other, common)
            common = common[other[np.minimum(at, len(other) - 1)] == common]
        return set(common.tolist())


_WORDS_IN = re.compile(r"\w+")


def _block_english(a: Alignment, bead: Bead) -> str | None:
    """The English of the block of short lines (``coverage.bead_blocks``) a bead stands in on
    both sides, or None when it stands in none."""
    from align.checks.coverage import bead_blocks  # coverage reads this module's captions

    blocks = bead_blocks(a, bead)
    return None if blocks is None else "\n".join(a.en.segments[i].text for i in blocks[1])


def _read_beads(ctx: CheckContext) -> Iterator[BeadText]:
    """The beads as the names check reads them (``bead_texts``: without pinyin readings)."""
    yield from bead_texts(ctx)


class EntitiesCheck:
    """Names per bead, then the document's view: a name the heading (the first bead's English:
    title, dateline, venue) or the speaker label renders is not missing, and an English name
    that renders the same Chinese name in another bead of the document is its rendering, not a
    replacement; a person, or a name the engine cannot read, that another bead renders is not
    missing where it is said again (English says "he", a title, or the given name); and an
    English name the document uses elsewhere does not replace a known name, so the Chinese one
    is only missing."""

    rules = (NAME_UNMATCHED, NAME_MISSING)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        # What the document-wide look-ups read of every bead, kept compact (a large pair has
        # hundreds of thousands of beads): each bead's index and two texts, its names' findings
        # where it has any, and the index of words; the beads are read again one at a time.
        beads = _Texts(_read_beads(ctx), a.zh)
        found = {}
        for k in range(len(beads)):
            names = missing_names(beads.zh[k], beads.en[k], beads.en_starts[k])
            if names[0] or names[1]:
                found[k] = names
        where = _Occurrences(beads)
        # the beads that say an English name, that say it and hold a Chinese name, and that
        # hold a Chinese name they render: asked once per name, not once per finding (a text
        # repeated many times says the same names thousands of times: quadratic otherwise)
        said_in: dict[str, set[int]] = {}
        rendered_as: dict[tuple[str, str], set[int]] = {}
        rendered_in: dict[str, set[int]] = {}

        def saying(en_name: str) -> set[int]:
            if en_name not in said_in:
                said = re.compile(rf"(?<!\w){re.escape(en_name)}(?!\w)")
                said_in[en_name] = {k for k in where.english(en_name)
                                    if said.search(beads.en[k])}
            return said_in[en_name]

        def elsewhere(ks: set[int], n: int) -> bool:
            return len(ks) > (n in ks)

        own: frozenset[str] | None = None  # the document's own countries, read when needed

        for n, b in enumerate(_read_beads(ctx)):
            replaced, missing = found.get(n, _NO_NAMES)
            if caption(b.zh, b.en):
                continue  # each site writes its own photo captions: furniture
            if (replaced or missing) and (block := _block_english(a, b.bead)) is not None:
                # a list or signature of short lines: each page orders its lines its own way
                # (the Chinese title before the name, the English after it): a name is judged
                # on the whole block
                in_block = missing_names(b.zh, block)
                unrendered = {x.text for x in in_block[1]} | {z for z, _ in in_block[0]}
                replaced = [r for r in replaced if r[0] in unrendered]
                missing = [m for m in missing if m.text in unrendered]
            # a name said twice in the bead (a page that prints its title twice) is one finding:
            # the finding marks the bead, not the place; its doubt is the surest place's (a
            # heading's doubt does not cover the sentence under it)
            places: dict[str, list[MissingName]] = {}
            for m in missing:
                places.setdefault(m.text, []).append(m)
            missing = list({m.text: m for m in reversed(missing)}.values())[::-1]
            for zh_name, en_name in dict.fromkeys(replaced):
                if spells_initials(en_name, zh_name):
                    continue  # Political Consultative of 全国政协 (CPPCC): the name spelt out
                if _ordinary_capitalised(en_name):
                    continue  # Restructuring, Conducive: a word a sentence or heading capitalised
                if read_across(b.zh, zh_name, en_name):
                    continue  # 海南 of 横琴前海南沙: Nansha is 南沙, the segmenter cut it wrong
                if _WEEKDAY.match(zh_name) or _language_or_thing(zh_name) and re.search(
                        re.escape(zh_name) + _VERSION_NOTE, b.zh):
                    continue  # 中文 of (中文译本): a note on the text's language, no name
                if any(_roc_calendar(b.zh, zh_name, m.start())
                       for m in re.finditer(re.escape(zh_name), b.zh)):
                    continue  # 中華民國104年: the calendar of a date, no place to be replaced
                others = saying(en_name)
                if (zh_name, en_name) not in rendered_as:
                    rendered_as[zh_name, en_name] = {k for k in others if zh_name in beads.zh[k]}
                if elsewhere(rendered_as[zh_name, en_name], n):
                    continue  # the document renders it so elsewhere (诸立力 ~ Victor Chu)
                if elsewhere(others, n):
                    # an English name the document uses elsewhere is not a stand-in for a known
                    # one (Kiel Institute, named later on); an unknown Chinese name may be its
                    # Chinese name (童海珍 for Ms Colston)
                    if _renderings(ZhWord(zh_name, 0, len(zh_name), "nz")) and all(
                            m.text != zh_name for m in missing):
                        at = b.zh.find(zh_name)
                        missing.append(MissingName(zh_name, at, at + len(zh_name)))
                    continue
                at = b.zh.find(zh_name)
                doubt = _unmatched_doubt(beads, n, b, MissingName(zh_name, at, at + len(zh_name)),
                                         en_name, where)
                yield NAME_UNMATCHED.finding(
                    f"The Chinese names {zh_name}, but the English has {en_name}: a name "
                    "replaced?" + (f" But {doubt}" if doubt else ""),
                    zh=b.zh_span, en=b.en_span, evidence=(("zh", zh_name), ("en", en_name)),
                    suggestion=f"Check the name: {zh_name} is not {en_name}.", bead=b.index,
                    severity=Severity.INFO if doubt else None,
                )
            if missing:
                near = [beads[0].en] if n else []  # the heading names the occasion once
                near += [a.en.segments[i].speaker or "" for i in b.bead.en]
                context = " ".join(near)
            for m in missing:
                name = m.text
                if _said_nearby(name, context):
                    continue
                if name not in rendered_in:
                    rendered_in[name] = {
                        k for k in where.chinese(name) if name in beads.zh[k]
                        and all(name != x.text for x in found.get(k, _NO_NAMES)[1])
                        and all(name != z for z, _ in found.get(k, _NO_NAMES)[0])}
                if (_person(b.zh, b.en, name) or not _renderings(
                        ZhWord(name, 0, len(name), "nz"))) and elsewhere(rendered_in[name], n):
                    continue  # a person (or a name the engine cannot read) rendered in another
                    # bead: then "he", a title, Victor
                if own is None:
                    own = own_countries(beads.zh)
                doubts = [_doubt(beads, b, n, at, where, own) for at in places.get(name, [m])]
                doubt = None if None in doubts else doubts[0]
                yield NAME_MISSING.finding(
                    f"The name {name} in the Chinese has no counterpart in the English"
                    + (f"; but {doubt}." if doubt else "."),
                    zh=b.zh_span, en=b.en_span, evidence=(("zh", name),),
                    suggestion=f"Translate {name}.", bead=b.index,
                    severity=Severity.INFO if doubt else None,
                )


def _unmatched_doubt(beads: _Texts, n: int, b: BeadText, m: MissingName, en_name: str,
                     where: _Occurrences) -> str:
    """Why the Chinese name ``m`` and the English name ``en_name`` of bead ``n`` may not be one
    name replaced by another (the finding is then info), the first reason that holds, as the
    end of the message; "" when none does."""
    zh_name = m.text
    if _sentence_unrendered(corr(b.zh, b.en), b, m):
        return ("the English renders nothing of the sentence the Chinese name is in, so the "
                "two may say different things.")
    if not readable_name(zh_name):
        return (f"{zh_name} is no name the dictionary, the name tables or the "
                "transliteration tables know: perhaps ordinary words.")
    if _said_next_door(beads, n, zh_name):
        return (f"the English of a neighbouring sentence names {zh_name}: the translator may "
                "have moved it.")
    if nearly_sounds_like(zh_name, en_name):
        return f"{zh_name} nearly sounds like {en_name}: perhaps a transliteration of it."
    if _office_for_person(zh_name, en_name, b.en):
        return (f"{zh_name} is an organisation and {en_name} a person: the English may name "
                "the holder of an office the Chinese names by its body.")
    if full := next((full for full, _, initials in _full_names(beads, n, zh_name, where)
                     if initials == en_name), ""):
        return (f"{en_name} is the initials of {full!r}, the document's English name that "
                f"{zh_name} opens.")
    if own_name := _own_english_name(zh_name, en_name):
        return f"{own_name}: perhaps the person's own English name."
    if shifted := _person_next_door(beads, n, zh_name):
        return (f"the English near it names {shifted}, of {zh_name}'s surname: a list of "
                "names the aligner paired apart.")
    if within := _place_within(corr(b.zh, b.en), m):
        return f"{zh_name} holds {within}, which the English names: the larger place goes " \
            "without saying."
    return ""


def _doubt(beads: _Texts, b: BeadText, n: int, m: MissingName, where: _Occurrences,
           own: frozenset[str] = frozenset()) -> str | None:
    """Why it is uncertain that the English of bead ``n`` lacks the name ``m`` (the finding is
    then info), or None: a warning needs a name the English confidently leaves out. Uncertain
    are a language's name, a name whose whole sentence the English does not render (that is
    the omission's finding, or a one-sided lead the bead took in), a name said by a possessive
    pronoun or by the subject pronoun its clause opens with, another name of a country the
    English names (英伦 beside "UK"), the document's own country (``own``) said as "our
    country" or left implicit before a word the English renders, a name the document renders
    elsewhere by an English name that this bead's English has, a name the neighbouring
    English says more often than its own Chinese (moved there), a country the English may call
    "the country", and a place it refers back to by its kind ("the island") while a bead near
    it names the place. ``b`` is bead ``n``."""
    c = corr(b.zh, b.en)
    if _sentence_unrendered(c, b, m):
        return "the English renders nothing of the sentence it is in"
    if _roc_calendar(b.zh, m.text, m.start):
        return "it names the calendar of a date (the years of the Republic of China), no place"
    if gloss := _glossed_in_latin(b.zh, b.en, m):
        return (f"it is part of a name the Chinese itself gives in Latin letters ({gloss}), "
                "which the English uses")
    if _WEEKDAY.match(m.text):
        return "it is a weekday, which the number check compares with the English dates"
    if _language_or_thing(m.text):
        return ("it names a language or a nationality's common thing, which English often "
                "leaves implicit or says otherwise")
    if _said_by_pronoun(c, b.zh, m):
        return "the English may say it with a possessive pronoun"
    learned = _learned_rendering(beads, n, m.text, where)
    if learned:
        return f"the document renders it as {learned} elsewhere, which this English has"
    if _said_next_door(beads, n, m.text):
        return "the English next to it says it more often than the Chinese there does"
    if person := _person_next_door(beads, n, m.text):
        return (f"the English near it names a person of its surname ({person!r}): a list of "
                "names the aligner paired apart")
    if said := _country_said(b.en, m.text):
        return f"it is another name of a country the English names here ({said!r})"
    if said := _place_within(c, m):
        return (f"it is the larger place of {said}, which the English names (a country or "
                "province before its city goes without saying)")
    if said := _capital_for_country(c, b.en, m.text):
        return (f"it is the capital of a country the English names here ({said!r}) and the "
                "Chinese does not: the English may say the country for its capital")
    if pronoun := _said_by_subject(b.zh, b.en, m):
        return f"it opens its clause as the subject, which the English may say as {pronoun!r}"
    if why := _own_country(c, b, m, own):
        return why
    if why := _own_place(c, beads, n, b, m, where):
        return why
    if said := _said_as_its_kind(beads, n, b.en, m):
        return (f"the English may refer to it as {said!r}, and names it within "
                f"{_NEARBY} passages")
    if said := _named_with_its_head(c, beads, n, b.zh, m):
        return (f"it qualifies {said!r}, which the English says as the known thing ('the "
                f"{said}') and names with {m.text} next door")
    if said := _said_by_its_head(beads, n, b, m, where):
        return (f"it qualifies the head of the name {said[0]!r}, which the document gives in "
                f"full elsewhere and this English says as {said[1]!r}")
    if said := _organ_by_its_field(c, m):
        return (f"it is an organ named by its field, which the English says with the common "
                f"word {said!r}")
    if title := _publication_place(c, b.zh, m):
        return (f"it qualifies the title 《{title}》, which the English renders: a "
                "publication's country goes without saying beside its name")
    if short := _abbreviated_term(beads, b, m, where):
        return (f"the English says the term it names by the abbreviation {short!r}, which the "
                "document defines beside the name's English")
    if cited := _statute_book(b.zh, b.en, m):
        return (f"it names the statute book of the citation {cited}, which the English cites "
                "by its chapter alone (a short citation leaves the jurisdiction implicit)")
    if title := _inside_rendered_title(c, b.zh, m):
        return (f"it is a word of the title 《{title}》, whose other words the English renders "
                "in a name of its own (a title is given by its own English name)")
    if said := _said_as_the_country(c, b.en, m.text):
        return f"it is a country, which the English may say as {said!r}"
    if said := _said_as_here(b.zh, b.en, m):
        return f"it is the place the speaker has come to, which the English may say as {said!r}"
    if _one_sided_heading(b, m):
        return ("it is in a Chinese heading, and the English beside it has no heading (the "
                "page's title block on one side only)")
    if _beside_english_headings(b, m):
        return ("it is in a Chinese sentence, and the English beside it is only headings (a "
                "lead on one side of the page, a title block on the other)")
    return None


# The Republic of China's era before a year of its calendar (中華民國108年01月28日).
_ROC_ERA = re.compile(r"(?:中華|中华)?(?:民國|民国)\s*[\d〇○◯Ｏ零一二三四五六七八九十百]{1,6}\s*年")


def _roc_calendar(zh: str, name: str, start: int) -> bool:
    """Whether the name at ``zh[start:]`` is 民國 of a year of the Republic of China's calendar
    (中華民國104年, 民國三十八年): the calendar of a date, no place."""
    return _simplified(name).endswith("民国") and _ROC_ERA.match(zh, start) is not None


_LATIN_GLOSS = re.compile(r"[」』”\"》]?\s*[（(]\s*([A-Za-z][A-Za-z0-9 .&'’-]{1,60}?)\s*[)）]")


def _glossed_in_latin(zh: str, en: str, m: MissingName) -> str:
    """The Latin-letter name in brackets right after the run of Han characters holding ``m``
    (「國際青商會中華民國總會」(JCI TAIWAN)) when the English says it ("JCI Taiwan"): the Chinese
    gives the whole name's own English, so its parts need no rendering of their own; ""."""
    end = m.end
    while end < len(zh) and HAN_RUN.match(zh[end]):
        end += 1
    gloss = _LATIN_GLOSS.match(zh, end)
    if gloss is None:
        return ""
    said = " ".join(gloss.group(1).split()).lower()
    return gloss.group(1) if said in " ".join(en.split()).lower() else ""


def _own_english_name(zh_name: str, en_name: str) -> str:
    """Why ``en_name`` may be the Chinese person's own English name, or ""."""
    if _english_name_with_surname(zh_name, en_name):
        return f"{en_name} bears the surname of {zh_name}"
    if _western_given_name(zh_name, en_name):
        return (f"{en_name} has a given name no Chinese syllables spell, and {zh_name} is a "
                "Chinese name")
    return ""


def _own_name_among(zh_name: str, en: str, loose: list[str]) -> str:
    """The English name of ``en`` that may be the Chinese person's own English name, a given
    name and the surname as Hong Kong or Macao spells it (張曼莉 ~ Lillian Cheong, 游天頌 ~
    Arthur YAU), or "": the name to pair it with (the finding is then information, see
    ``_own_english_name``). It is taken off ``loose``, the English names no Chinese name
    accounts for, where it is."""
    own = next((run for m in _CAPITALISED_RUN.finditer(en)
                if _english_name_with_surname(zh_name, run := _TITLE_WORDS.sub("", m.group()))),
               "")
    if own in loose:
        loose.remove(own)
    return own


# A run of capitalised words (``_calque`` above reads it too).
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][A-Za-z]+)+")
_TITLE_WORDS = re.compile(r"^(?:(?:Mr|Ms|Mrs|Miss|Madam|Dr|Prof|Sir|Dame|Hon)\.?\s+)+")


def _english_name_with_surname(zh_name: str, en_name: str) -> bool:
    """Whether the English name of two words or more has a word that reads as the Chinese
    person's surname alone, in Mandarin or in Hong Kong's Cantonese (游天頌 ~ Arthur YAU, 陳 ~
    CHAN): a Hong Kong officer's English given name with the Chinese surname."""
    surname = _surname(zh_name)
    if not surname:
        return False
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?", en_name)
    return len(words) >= 2 and any(_spells_surname(surname, w) for w in words)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _western_given_name(zh_name: str, en_name: str) -> bool:
    """Whether the English name has a given name of two syllables or more that no pinyin spells
    and no word that spells a Chinese surname, and is set as an official list sets a person's
    own English name, the surname in capitals (Ronald ARCULLI for 夏佳理, Christine LOH for
    陸恭蕙) or in three words (Grahame Robert Morton for 谢胜文), while the Chinese is a Chinese
    personal name the dictionary does not know: the person's own English name, which no reading
    of the Chinese gives. A Cantonese syllable (Cheung, Kwok), a name in pinyin (Jurongji),
    another surname (Arthur CHAN for 游天颂), a known person (王毅, Wang Yi) or a plain two-word
    name (Peer Steinbrueck for 徐正宇: as often a name replaced) is no such name."""
    if not _surname(zh_name) or _renderings(ZhWord(zh_name, 0, len(zh_name), "nr")):
        return False
    from align.checks.names import surname_spellings  # names reads entities

    words = re.findall(r"[A-Za-z]+", en_name)
    styled = len(words) >= 3 or any(len(w) >= 3 and w.isupper() for w in words[1:])
    return styled and not any(w.lower() in surname_spellings() for w in words) and any(
        w[:1].isupper() and w[1:].islower() and len(_VOWEL_GROUPS.findall(w.lower())) >= 2
        and not is_pinyin(w, 3) for w in words)


def _spells_surname(surname: str, word: str) -> bool:
    """Whether an English word spells a Chinese surname (simplified): by its readings, or as
    the surname tables spell it (罗 LAW, 黄 WONG; SZE-TO for 司徒, the hyphen read through)."""
    word = word.lower().replace("-", "")
    return reads_exactly(surname, word) or word in SURNAME_SPELLINGS.get(surname, ())


def _surname(name: str) -> str:
    """The surname a Chinese personal name of two to four characters opens with (司徒 of
    司徒少華, 蘇 of 蘇家碧), simplified, or "" when it opens with none."""
    simple = _simplified(name)
    surname = simple[:2] if simple[:2] in COMPOUND_SURNAMES else simple[:1]
    if len(surname) == 1 and surname not in SURNAMES:
        return ""
    return surname if len(surname) < len(name) <= len(surname) + 3 else ""


_ACRONYM_EN = re.compile(r"\b[A-Z]{2,6}\b")
_DEFINITION_REACH = 80  # characters either side of "(CS)" in which the term is spelt out


def _abbreviated_term(beads: _Texts, b: BeadText, m: MissingName, where: _Occurrences) -> str:
    """An abbreviation the bead's English uses ("CS-infested fish" for 受中華肝吸蟲寄生的魚)
    that the document defines in brackets ("Clonorchis sinensis (CS) (also known as the
    Chinese liver fluke)") beside an English word for the name: a technical text spells a term
    out once and abbreviates it after, where the Chinese repeats it in full. "" otherwise."""
    keys = _renderings(ZhWord(m.text, 0, len(m.text), "nz"))
    if not keys:
        return ""
    for short in dict.fromkeys(_ACRONYM_EN.findall(b.en)):
        for k in sorted(where.english(short)):
            text = beads.en[k]
            for d in re.finditer(rf"\(\s*{short}\s*\)", text):
                near = text[max(0, d.start() - _DEFINITION_REACH):d.end() + _DEFINITION_REACH]
                if any(w.lower() in keys or _demonym_of(w, keys) for w in _WORD.findall(near)):
                    return short
    return ""


# 香港法例第53章 "Chapter 53 (of the Laws of Hong Kong)": a place naming the statute book of a
# citation by chapter or article, and the English's chapter citation of the same number.
_STATUTE_BOOK = re.compile(r"\s*(?:法例|法律|法規|法规)\s*第\s*(\d+[A-Z]?)\s*[章條条]")
_CHAPTER_EN = r"\b(?:Chapter|Cap\.?|Section|section|Article|article|s\.)\s*{}(?!\w)"


def _statute_book(zh: str, en: str, m: MissingName) -> str:
    """The citation (香港法例第53章) when the missing name opens one that the English cites by
    the same chapter or section number ("Chapter 53", "Cap. 53"); "" otherwise."""
    cite = _STATUTE_BOOK.match(zh, m.end)
    if not cite or not re.search(_CHAPTER_EN.format(re.escape(cite.group(1))), en):
        return ""
    return zh[m.start:cite.end()]


# A letter and characters in one word (X光, B超, A股, T恤): a common noun, no name.
_LETTER_WORD = re.compile(rf"[A-Za-z][{HAN}]{{1,3}}")

_NEARBY = 3  # beads either side in which a definite description may have been named in full
_DEFINITE = frozenset(("the", "this", "that"))


def _named_with_its_head(c: Correspondence, beads: _Texts, n: int, zh: str,
                         m: MissingName) -> str:
    """The English of the word the name qualifies, when the English says it as a definite
    description (瑞士和平峰会 "the summit", 北京冬奥会 "the Winter Olympic Games") and a bead
    within ``_NEARBY`` names the same thing with the name ("the Summit on Peace in Ukraine
    organized by Switzerland", "the Beijing Winter Olympic Games"): English refers back (or
    ahead) to a thing it names in full once. Empty otherwise."""
    keys = _renderings(ZhWord(m.text, 0, len(m.text), "nz"))
    if not keys:
        return ""
    # the words of the phrase the name opens (瑞士 和平 峰会: the head may be any of them)
    phrase, end = [], m.end + (zh[m.end : m.end + 1] == "的")
    for word in c.zh:
        if word.start == end and word.han and len(phrase) < 3:
            phrase.append(word)
            end = word.end
    linked = {link.zh.start: link.en for link in c.links if link.en}
    for word in phrase:
        got = sorted(linked.get(word.start, ()))
        if not got or got[0] == 0 or c.en[got[0] - 1].text.lower() not in _DEFINITE:
            continue
        words = [c.en[i].text for i in got]
        said = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)
        for k in range(max(0, n - _NEARBY), min(len(beads), n + _NEARBY + 1)):
            if k != n and said.search(beads.en[k]) and _mentions(
                    [w.lower() for w in _WORD.findall(beads.en[k])], _with_capitals(keys)):
                return " ".join(words)
    return ""


# A capitalised English name: two to six words, small words between.
_TITLED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)?[A-Z][\w'’-]*){1,5}")


def _said_by_its_head(beads: _Texts, n: int, b: BeadText, m: MissingName,
                      where: _Occurrences) -> tuple[str, str] | None:
    """The English name that the Chinese name qualifies the head of, and how this bead's
    English says it, when the name opens a longer Chinese name here (国庆 of 国庆庆典) and
    another bead gives that longer name in full ("the National Day Parade"): the English then
    says it by its head noun ("another memorable Parade", "our parades") or by its initials
    ("every NDP"), as a text says a name in full once. None otherwise."""
    if not HAN_CHAR.match(b.zh[m.end : m.end + 1]):
        return None  # the name qualifies nothing here
    words = _WORDS_EN.findall(b.en)
    folded = {_fold(w) for w in words}
    for full, head, initials in _full_names(beads, n, m.text, where):
        if head in folded or head + "s" in folded:
            return full, next(w for w in words if _fold(w) in (head, head + "s"))
        if initials in words:
            return full, initials
    return None


def _full_names(beads: _Texts, n: int, name: str,
                where: _Occurrences) -> Iterator[tuple[str, str, str]]:
    """The capitalised English names of the other beads that say the Chinese ``name`` and go
    on after its rendering ("National Day Parade" for 国庆 of 国庆庆典), each with its head
    noun (folded) and its initials (three letters or more, else "")."""
    keys = _renderings(ZhWord(name, 0, len(name), "nz"))
    if not keys:
        return
    for k in sorted(where.chinese(name)):
        if k == n or name not in beads.zh[k]:
            continue
        for run in _TITLED_RUN.finditer(beads.en[k]):
            parts = run.group().split()
            at = [i for i, w in enumerate(parts) if _fold(w) in keys]
            if at and at[-1] < len(parts) - 1:  # a head after the name's own rendering
                initials = "".join(w[0] for w in parts if w.lower() not in _SMALL_WORDS)
                yield run.group(), _fold(parts[-1]), initials if len(initials) >= 3 else ""


# What English calls a place when it refers back to it ("the island" for 香港岛), by the
# character that ends the place's Chinese name, and for any place below a country.
_KIND_BY_END = {"岛": "island", "島": "island", "湾": "bay", "灣": "bay", "港": "harbour|port",
                "江": "river", "河": "river", "山": "hill|mountain|peak", "湖": "lake",
                "省": "province", "市": "city", "县": "county", "縣": "county", "村": "village",
                "镇": "town", "鎮": "town", "州": "state|prefecture"}
_ANY_PLACE_KIND = "area|territory|region|place"


def _said_as_its_kind(beads: _Texts, n: int, en: str, m: MissingName) -> str:
    """The definite description ("the island", "the area") by which the English of bead ``n``
    may refer back to a place the Chinese names again (香港岛 … "the island"), when a bead
    within ``_NEARBY`` names the place in English. Empty otherwise."""
    keys = _renderings(ZhWord(m.text, 0, len(m.text), "ns"))
    if not keys or m.text[-1] in "国國式":
        return ""  # a country is "the country" (``_country_said``), never "the area"
    for kinds in filter(None, (_KIND_BY_END.get(m.text[-1]), _ANY_PLACE_KIND)):
        if said := re.search(
                rf"\b(?:the|this|that)\s+(?:same\s+|whole\s+|entire\s+)?(?:{kinds})\b", en, re.I):
            break
    else:
        return ""
    for k in range(max(0, n - _NEARBY), min(len(beads), n + _NEARBY + 1)):
        if _mentions([w.lower() for w in _WORD.findall(beads.en[k])], _with_capitals(keys)):
            return said.group()
    return ""


_ORGAN_ENDS = "部局委院署厅廳办辦司处處"
# Gloss words too general to show that the field of an organ is said (外交 'foreign affairs')
_GENERAL_GLOSSES = frozenset("affair affairs state national public office dept department foreign "
                             "general central".split())


def _organ_by_its_field(c: Correspondence, m: MissingName) -> str:
    """The lower-case English word that renders the field of an organ's name (外交 of 外交部:
    "our diplomatic and consular assets"; 教育 of 教育部: "the education authorities"), or "":
    the organ is said by a common word, as a speaker of the organ says "we" for it."""
    name = m.text
    if len(name) < 3 or name[-1] not in _ORGAN_ENDS:
        return ""
    entry = lexicon().dictionary.get(_simplified(name[:-1]))
    keys = (entry.keys if entry is not None else frozenset()) - _GENERAL_GLOSSES
    # a word that renders another Chinese word (教育 of 教育投入: "education") says no organ
    claimed = {i for link in c.links if link.zh.text != name for i in link.en}
    for i, t in enumerate(c.en):
        if i not in claimed and t.text[:1].islower() and (
                t.text.lower() in keys or keys & set(t.lemmas)):
            return t.text
    return ""


def _inside_rendered_title(c: Correspondence, zh: str, m: MissingName) -> str:
    """The title in book-title marks that the name is a word of (《塞浦路斯邮报》 for 邮报), when
    another word of the title is rendered by a capitalised English word ("Cyprus Mail"): the
    English gives the title by its own name, whose words need not be the Chinese ones. Empty
    otherwise."""
    open_ = zh.rfind("《", 0, m.start)
    close = zh.find("》", m.end)
    if open_ < 0 or close < 0 or zh.find("》", open_, m.start) >= 0:
        return ""
    rendered = [c.en[i].text for link in c.links
                if open_ < link.zh.start < close and not m.start <= link.zh.start < m.end
                for i in link.en]
    if any(w[:1].isupper() for w in rendered):
        return zh[open_ + 1 : close]
    return ""


def _publication_place(c: Correspondence, zh: str, m: MissingName) -> str:
    """The title in book-title marks that the name stands right before (美国《华盛顿邮报》),
    when the English rendering of that title names the country or its capital: the Chinese
    places the paper by its country, the English title already places it ("The Washington
    Post"). Empty otherwise."""
    at = m.end + (zh[m.end : m.end + 1] == "的")
    if not zh.startswith("《", at):
        return ""
    close = zh.find("》", at)
    if close < 0:
        return ""
    said = [c.en[i].text.lower() for link in c.links if at < link.zh.start < close
            for i in link.en]
    keys = _renderings(ZhWord(m.text, 0, len(m.text), "nz"))
    # only when the English title itself places the work there (Washington, the capital:
    # "The Washington Post"); "South China Morning Post" for 香港《南华早报》 does not, and
    # dropping "Hong Kong's" before it loses the place
    if said and keys and _mentions(said, _with_capitals(keys)):
        return zh[at + 1 : close]
    return ""


def _is_heading(sentence: str) -> bool:
    """Whether an English sentence is a heading: title-cased, with no end mark."""
    return is_title_case(sentence) and not sentence.endswith(_END_MARKS)


def _beside_english_headings(b: BeadText, m: MissingName) -> bool:
    """Whether the name is in a Chinese sentence (it ends in a full stop, or holds one) while
    every English sentence of the bead is a heading: the Chinese is a lead the English page
    does not have, paired with the English title block, so nothing in it is missing in
    particular."""
    starts = [*b.zh_starts, len(b.zh)]
    sentence = next((b.zh[a:e].strip() for a, e in zip(starts, starts[1:], strict=False)
                     if a <= m.start < e), "")
    english = _sentences(b.en, b.en_starts)
    return bool(english) and any(ch in sentence for ch in "。！？") and all(
        _is_heading(s) for s in english)


_END_MARKS = tuple("。！？；.!?;,，:：…")


def _sentences(text: str, starts: tuple[int, ...]) -> list[str]:
    cuts = [*starts, len(text)] if starts else [0, len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _one_sided_heading(b: BeadText, m: MissingName) -> bool:
    """Whether the name is in a Chinese heading (a sentence with no sentence in it and no end
    mark: a title, its speaker and date, a credit) while no English sentence of the bead is a
    heading (title-cased, no end mark): the title block is on one side of the page only, and
    the English beside it is the text's first lines (a salutation)."""
    starts = [*b.zh_starts, len(b.zh)]
    heading = next((b.zh[a:e].strip() for a, e in zip(starts, starts[1:], strict=False)
                    if a <= m.start < e), "")
    if not heading or heading.endswith(_END_MARKS) or any(ch in heading for ch in "。！？"):
        return False
    return not any(_is_heading(s) for s in _sentences(b.en, b.en_starts))


_THE_COUNTRY = re.compile(r"\b(?:the|this|that|your|our)\s+(?:country|nation)\b", re.I)


def _said_as_the_country(c: Correspondence, en: str, name: str) -> str:
    """The English description ("the country", "this nation", "your country") that may say a
    country's name, when the name is a country's (the dictionary gives it a capital: 巴西,
    Brasilia) and no Chinese word renders the description's noun (美国是…最严重的国家: "the
    country" is 国家); "" otherwise."""
    claimed = {c.en[i].start for link in c.links for i in link.en}
    said = next((s for s in _THE_COUNTRY.finditer(en) if s.end() - len(s.group().split()[-1])
                 not in claimed), None)
    if said is None:
        return ""
    keys = _renderings(ZhWord(name, 0, len(name), "nz"))
    return said.group() if keys & _capitals().keys() else ""


def _said_next_door(beads: _Texts, n: int, name: str) -> bool:
    """Whether the English of a bead next to bead ``n`` names a known name more often than
    that bead's Chinese says it or another name English calls the same (美方, 美 for 美国): the
    translator moved it into the neighbouring sentence (a title that condenses, a lead that
    names the subject)."""
    keys = _renderings(ZhWord(name, 0, len(name), "nz"))
    if not keys:
        return False
    for k in (n - 1, n + 1):
        if not 0 <= k < len(beads) or abs(beads[k].index - beads[n].index) != 1:
            continue
        other = beads[k]
        hits = _name_hits(other.en, keys)
        english = sum(h and not (k and hits[k - 1]) for k, h in enumerate(hits))  # Hong Kong:
        # one name however many of its words
        if english > _says(corr(other.zh, other.en), name, keys):
            return True
    return False


def _name_hits(en: str, keys: frozenset[str]) -> list[bool]:
    """Per English word, whether it is (part of) what English calls a name whose renderings
    are ``keys``: the word itself, or it and a neighbour run together (United States)."""
    words = [_fold(w) for w in _WORDS_EN.findall(en)]
    pairs = [a + b in keys for a, b in zip(words, words[1:], strict=False)]
    return [w in keys or k < len(pairs) and pairs[k] or k > 0 and pairs[k - 1]
            for k, w in enumerate(words)]


# A person in a Hong Kong list of names: a title, then an English given name and the surname
# ("Miss Mary SO", "Mr Charles Wong") or the surname and the given name ("Mr LAW Wing-lok").
_TITLED_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Hon|Sir|Dame)\.?"
                            r"((?:\s+[A-Z][A-Za-z'-]+){1,3})")


LIST_SHIFT = 3  # beads a list of names may be paired apart (name and office lines swapped)


def _person_next_door(beads: _Texts, n: int, name: str) -> str:
    """The titled English person of a bead near bead ``n`` (``LIST_SHIFT`` beads either side)
    whose surname reads as the surname ``name`` opens with (司徒 of 司徒少華 as SZE-TO), or "":
    an attendance list whose English prints each office before the name and the Chinese after
    it, paired a line or two apart."""
    surname = _surname(name)
    if not surname:
        return ""
    for k in range(n - LIST_SHIFT, n + LIST_SHIFT + 1):
        if k == n or not 0 <= k < len(beads) or \
                abs(beads[k].index - beads[n].index) > LIST_SHIFT:
            continue
        for m in _TITLED_PERSON.finditer(beads[k].en):  # the surname first or last
            if any(_spells_surname(surname, w) for w in m[1].split()):
                return m.group().strip()
    return ""


def _says(c: Correspondence, name: str, keys: frozenset[str]) -> int:
    """How many words of a Chinese text name what ``name`` names: the name, another name
    English calls the same, or a proper word that begins with its country's character (美方, 美
    for 美国; 中方, 中外 for 中国)."""
    dictionary = lexicon().dictionary
    return sum(1 for w in c.zh if w.han and (w.text == name or keys & _renderings(w) or (
        w.text[:1] in COUNTRY_CHARS and keys & _heads(w.text[:1])
        and dictionary.is_name(w.text))))


_WORDS_EN = re.compile(r"[A-Za-z][A-Za-z'’-]*")


_LANGUAGE_SENSE = re.compile(r"\blanguage\b", re.I)
_SENSE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def _common_sense(sense: str) -> bool:
    """Whether a dictionary sense describes a language or a common thing of a nationality
    (English (language), Chinese-English parallel texts, the Chinese side): its capitalised
    words (bracketed asides left out) are all nationality adjectives and it has lower-case
    words, none of them people (European (person), ethnic Chinese people: a people is named)."""
    if _LANGUAGE_SENSE.search(sense):
        return True
    words = _SENSE_WORD.findall(re.sub(r"\[[^\]]*\]|\([^()]*\)", "", sense))
    capitals = [w for w in words if w[:1].isupper()]
    return bool(capitals) and len(capitals) < len(words) and all(
        w in _DEMONYMS for w in capitals) and not _PEOPLE & {w.lower() for w in words}


_PEOPLE = frozenset("person people persons man men woman women nation nationals".split())


_WEEKDAY = re.compile(r"^(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]$")
# After a language's name, a note on the version of the text (中文译本, 英文版): about the page.
_VERSION_NOTE = r"(?:译本|譯本|翻译|翻譯|译文|譯文|版)"


def _language_or_thing(name: str) -> bool:
    """Whether the dictionary knows a name only as a language's or a nationality's common thing
    (英文 "English (language)", 汉语 "Chinese language", 中英文对照 "Chinese-English parallel
    texts"): a common noun in Chinese (汉语热, 英文表达) that English says in many ways
    (bilingual, Mandarin) or leaves implicit (the text), no name of a place or a person."""
    entry = lexicon().dictionary.get(name)
    senses = [x for x in entry.senses if not x.startswith("CL:")] if entry is not None else []
    return bool(senses) and all(_common_sense(x) for x in senses)


_MIN_UNRENDERED = 3  # content words a sentence must have for "none rendered" to say something


def _sentence_unrendered(c: Correspondence, b: BeadText, m: MissingName) -> bool:
    """Whether the Chinese sentence holding the name has at least ``_MIN_UNRENDERED`` other
    content words (not names) and the English renders none of them (a link through a part of
    an unknown word, 中外记者 ~ "Chinese", is too weak to count): the whole sentence is
    untranslated (当天晚上，华春莹还回复了记者的提问 paired with the next sentence's English),
    which says nothing about the name in particular."""
    starts = [*b.zh_starts, len(b.zh) + 1]
    lo, hi = 0, len(b.zh)
    for k in range(len(starts) - 1):
        if starts[k] <= m.start < starts[k + 1]:
            lo, hi = starts[k], starts[k + 1]
    others = [link for link in c.links if lo <= link.zh.start < hi and link.zh.han
              and not m.start <= link.zh.start < m.end and not _renderings(link.zh)
              and not link.zh.pos.startswith("nr")]
    return len(others) >= _MIN_UNRENDERED and not any(
        link.en and link.how != PART for link in others)  # 中外记者 ~ "Chinese" by a part


_POSSESSIVES = frozenset("my our your his her its their".split())
_VERB_TAGS = frozenset(("v", "vd", "vi", "vg", "vq"))  # a verb, not a verbal noun (vn: 发展)
_CLAUSE_BREAK = re.compile(r"[，,。！？!?；;：:\n]")


def _said_by_pronoun(c: Correspondence, zh: str, m: MissingName) -> bool:
    """Whether the name owns a noun phrase after it in its clause (加拿大热情的人民) whose
    head noun the English renders after a possessive pronoun (your warm people): English says
    the owner with a pronoun (our two countries, its people). A verb ends the phrase: in
    我和夫人江亦丽博士欢迎你们做客中国大使馆 ("Welcome you all to my Embassy") the embassy is
    not the wife's."""
    seen = 0
    for link in c.links:
        if link.zh.start < m.end:
            continue
        if _CLAUSE_BREAK.search(zh, m.end, link.zh.start) or seen >= 4 or \
                link.zh.pos in _VERB_TAGS:
            return False
        seen += 1
        if link.en and link.zh.pos.startswith("n"):
            return any(c.en[j].text.lower() in _POSSESSIVES
                       for i in link.en for j in range(max(0, i - 3), i))
    return False


_SUBJECT_PRONOUNS = frozenset("it we they".split())
_EN_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and|but|while)\s+)([A-Za-z]+)\s+[a-z]")
_OUR_COUNTRY = re.compile(r"\bour\s+(?:own\s+)?(?:country|nation|motherland|homeland)\b", re.I)


def own_countries(texts: Iterable[str]) -> frozenset[str]:
    """The countries a document speaks for or about: the country names of the country
    characters (中国, 英國 as 英国) its Chinese says most often, and any other said at least
    half as often (an embassy's speech: 中国 and its host country). A country's side counts as
    the country (中方 as 中国: a readout speaks for its side, naming the country itself once or
    twice). Only a reason to doubt a finding, never one itself: where the English says "our
    country", or renders the word the country qualifies."""
    counts: dict[str, int] = {}
    names = re.compile(f"[{''.join(COUNTRY_CHARS)}][国國方]")
    for text in texts:
        for m in names.finditer(text):
            name = m.group()[0] + "国"
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(k for k, v in counts.items() if 2 * v >= top)


def _country_said(en: str, name: str) -> str:
    """The English word naming the country that another of its names stands for (英伦
    "England", 中华 "China": every rendering of the name is one of its country character's), as
    the English says it ("UK", "China"); "" otherwise. The country's plain name (英国) is judged
    as any name; 美洲 (the Americas) is no other name of 美国."""
    first = name[:1]
    if first not in COUNTRY_CHARS or len(name) < 2 or name[1:] in ("国", "國"):
        return ""
    keys = _renderings(ZhWord(name, 0, len(name), "nz"))
    country = _heads(first)
    if not keys or not keys <= country:
        return ""
    return next((w for w in re.findall(r"[A-Za-z]+", en) if _fold(w) in country), "")


def _place_within(c: Correspondence, m: MissingName) -> str:
    """The place name right after the missing one that the English renders (意大利罗马… as
    "Rome …", 美国纽约 as "New York", 广东省深圳市 as "Shenzhen"): the place the missing one
    holds, so naming the smaller place says it. Empty otherwise."""
    following = next((link for link in c.links if link.zh.start == m.end), None)
    if following is None or not following.en or not following.zh.pos.startswith("ns"):
        return ""
    return following.zh.text


def _capital_for_country(c: Correspondence, en: str, name: str) -> str:
    """The English word naming, as a place (after in, to, at, from), the country whose capital
    the Chinese name is (德里 "India": living in India for 在德里), when no Chinese word of the
    pair names that country; "" otherwise. The converse of naming a capital for its country
    (Delhi for 印度)."""
    keys = {k for k in _renderings(ZhWord(name, 0, len(name), "ns")) if len(k) >= 4}
    found = {country for country, capitals in _capitals().items() if keys & capitals}
    countries = set(found)
    for ch in COUNTRY_CHARS:  # the country's other names (United Kingdom: Britain, UK)
        if found & (heads := _heads(ch)):
            countries |= heads
    if not countries or any(countries & _renderings(link.zh) for link in c.links
                            if link.zh.text != name):
        return ""
    said = _PLACE_PHRASE.finditer(en)
    return next((m.group(1) for m in said if _fold(m.group(1)) in countries
                 and _fold(m.group(1)) not in _DEMONYM_WORDS), "")


# A country said as a place (living in India, came to Britain), not as a people or an adjective
_PLACE_PHRASE = re.compile(
    r"\b(?:in|to|at|from|across|throughout|within|inside|visiting|visited)\s+(?:the\s+)?"
    r"([A-Z][A-Za-z]*(?:\.[A-Z]\.?)?)")
_DEMONYM_WORDS = frozenset(w.lower() for w in _DEMONYMS)


_ARRIVE = tuple("来來到抵赴达達")  # come to, arrive at: 我来克赖斯特彻奇, 抵达
_HERE = re.compile(r"\b(?:here|this (?:city|country|place|land|region|town|island))\b", re.I)
_PERSON_SENSE = re.compile(r"\(\d{4}\s*-|\bsurname\b", re.I)  # (1953-), surname Li: a person


def _said_as_here(zh: str, en: str, m: MissingName) -> str:
    """The deictic English ("here", "this city") that may say a place the speaker has come to
    (我来克赖斯特彻奇仅3个月 "I came here only three months ago"): the place comes right after a
    verb of arriving (来, 到, 抵达, 赴), is no person (the dictionary gives it no dates of life
    or surname sense) and the English says "here" or "this city"; "" otherwise."""
    if not zh[max(0, m.start - 1) : m.start].endswith(_ARRIVE):
        return ""
    entry = lexicon().dictionary.get(_simplified(m.text))
    if entry is not None and _PERSON_SENSE.search(" ".join(entry.senses)):
        return ""
    said = _HERE.search(en)
    return said.group() if said else ""


def _said_by_subject(zh: str, en: str, m: MissingName) -> str:
    """The English subject pronoun (It, We, They) that may say the name, when the name is the
    subject its Chinese clause opens with (中国坚定不移走…道路 "It steadfastly pursues…"), not
    a noun's qualifier there (巴基斯坦卡洛特水电站), and a clause of the English opens with that
    pronoun before a verb; "" otherwise."""
    if not _opens_clause(zh, m):
        return ""
    nxt = next((w for w in lexicon().words(zh) if w.start == m.end), None)
    if nxt is not None and nxt.han and nxt.pos[:1] == "n":
        return ""  # 巴基斯坦卡洛特水电站: the name qualifies the subject, a noun after it
    for k in _EN_CLAUSE_START.finditer(en):
        if k.group(1).lower() in _SUBJECT_PRONOUNS:
            return k.group(1)
    return ""


def _own_qualifier(c: Correspondence, zh: str, m: MissingName) -> str:
    """The Chinese word the name qualifies, directly after it (a reprint's pinyin reading in
    brackets between, 中國(guó)網絡空間, left aside) or in one word with it, when the English
    renders that word by an English word no other word of the pair claims (中国民众 "the
    public", 中国网络空间…战略 "International Strategy of Cooperation on Cyberspace"); ""
    otherwise. The country's organs unrendered between (中国国务院原总理 "former Premier",
    中国商务部陈德铭部长 "Minister Chen Deming") and a count (国庆67周年 "the 67th
    Anniversary") go with it; a person's link to an office (习近平 ~ President, from the
    dictionary's description of him) does not make the office word another's."""
    at, between = m.end, ""
    for link in c.links:
        if not link.zh.han or link.zh.end <= at:
            continue
        # the English word must be this word's own: "Foreign" of Foreign Minister, which
        # 外交部长 renders, says nothing of 外交政策 (the same word said again shares them)
        others = {i for other in c.links if other is not link and other.zh.text != link.zh.text
                  and not other.zh.pos.startswith("nr") for i in other.en}
        own = bool(link.en) and bool(set(link.en) - others)
        if link.zh.start <= m.start:  # 中國民眾, one word with the name
            return link.zh.text[m.end - link.zh.start:] if own else ""
        if not _BETWEEN.fullmatch(zh, at, link.zh.start):
            return ""
        if not link.en and len(between) < 8 and (link.zh.pos in ("nt", "m") or (
                link.zh.text.endswith(_ORG_HEADS) and lexicon().dictionary.is_name(
                    link.zh.text))):
            at, between = link.zh.end, between + link.zh.text  # 国务院, 商务部: an organ
            continue
        if zh[link.zh.end : link.zh.end + 1] == "兼" and len(between) < 8:
            # 国务委员兼外长: one person's two offices, the English of the first shared with
            # the second ("State Councilor and Foreign Minister"): judged on the second
            at, between = link.zh.end + 1, between + link.zh.text + "兼"
            continue
        return between + link.zh.text if own and link.zh.pos[:1] in ("n", "v", "t") else ""
    return ""


# what may stand between a name and the word it qualifies: pinyin readings, a count in digits
_BETWEEN = re.compile(rf"(?:\([^\s(){HAN}]{{1,8}}\)|[\d\s])*")


def _own_country(c: Correspondence, b: BeadText, m: MissingName, own: frozenset[str]) -> str:
    """Why the English may say the document's own country without naming it: a possessive
    ("our country"), or leaving implicit the country that qualifies a word it renders."""
    first = m.text[:1]
    country = m.text.replace("國", "国")
    if first in COUNTRY_CHARS and len(m.text) > 2 and (said := _renderings(
            ZhWord(m.text, 0, len(m.text), "ns"))) and said <= _heads(first):
        country = first + "国"  # 中华人民共和国, the long form of 中国
    if country in own:
        if said := _OUR_COUNTRY.search(b.en):
            return (f"it is the document's own country, which the English says as "
                    f"{said.group()!r}")
        if word := _own_qualifier(c, b.zh, m):
            return (f"it is the document's own country, qualifying {word}, which the English "
                    "renders and leaves the country implicit")
    elif own and _national(m.text) and (word := _own_qualifier(c, b.zh, m)):
        return (f"it is the nation's own (the document's country's), qualifying {word}, which "
                "the English renders and leaves it implicit")
    return ""


OWN_PLACE_SHARE = 0.25
OWN_PLACE_MIN = 3
"""Share of a document's Chinese sentences (beads) that must name a place for it to be the
place the document speaks for (香港 in a Hong Kong policy address, 深圳 on Shenzhen's pages),
unless no other place is named as often, and how many at least: such a place, like the
document's own country, is often said as "our".
(Left implicit with no "our", it is not excused: a place the document speaks about, Europe in
a ministry's answer, is dropped as often as the document's own is implied.)"""


def _own_place(c: Correspondence, beads: _Texts, n: int, b: BeadText, m: MissingName,
               where: _Occurrences) -> str:
    """Why the English may say the place the document speaks for without naming it: as "our"
    before the word the place qualifies (提升香港金融中心地位 "enhancing our position as a
    financial centre", 支持香港的发展 "supported our development"). The place is one said in
    at least ``OWN_PLACE_SHARE`` of the Chinese passages, ``OWN_PLACE_MIN`` at least; a place
    the document speaks about rather than for ("we" of a ministry about Europe) has no "our"
    before its word."""
    if not _renderings(ZhWord(m.text, 0, len(m.text), "ns")) or len(beads) < 3:
        return ""
    # 香港人 "Hong Kong people", said as "people": the place's own people
    place = m.text[:-1] if len(m.text) > 2 and m.text.endswith("人") and _renderings(
        ZhWord(m.text[:-1], 0, len(m.text) - 1, "ns")) else m.text
    said = sum(place in beads.zh[k] for k in where.chinese(place))
    if said < OWN_PLACE_MIN or said < OWN_PLACE_SHARE * len(beads) and \
            beads.most_named_place != place:
        return ""  # neither said in a quarter of the passages nor the place most said
    if word := _led_by_our(c, b.zh, b.en, m):
        return (f"it is the place the document speaks for (named in {said} of its "
                f"{len(beads)} passages), which the English says as 'our' before {word}")
    if said_as := _OUR_PLACE.search(b.en):
        return (f"it is the place the document speaks for (named in {said} of its "
                f"{len(beads)} passages), which the English may say as {said_as.group()!r}")
    if _opens_clause(b.zh, m) and (opens := _WE_OPENS.search(b.en)):
        return (f"it is the place the document speaks for (named in {said} of its "
                f"{len(beads)} passages) and opens its clause, which the English opens with "
                f"{opens.group(1).lower()!r}")
    if _named_just_before(beads, n, place):
        return (f"it is the place the document speaks for (named in {said} of its "
                f"{len(beads)} passages), which the English sentence just before names: the "
                "English goes on about it without naming it again")
    return ""


def _named_just_before(beads: _Texts, n: int, name: str) -> bool:
    """Whether the English of the bead just before bead ``n`` (the sentence before, in the
    same Chinese paragraph) names the known name ``name`` by what English calls it. Across a
    paragraph's break a new topic starts, and the name is said again."""
    k = n - 1
    if n not in beads.runs_on or beads[n].index - beads[k].index != 1:
        return False
    return any(_name_hits(beads[k].en, _renderings(ZhWord(name, 0, len(name), "ns"))))


# "our city", "the territory", "the community", "local": how a document refers to the place it
# speaks for without naming it (香港社會 "the society", 香港影片 "local films"); "local time" is
# a clock, no place.
_OUR_PLACE = re.compile(r"\b(?:our\s+(?:own\s+)?|the\s+)(?:city|territory|community|society|home)\b"
                        r"|\bour\s+(?:own\s+)?region\b|\blocal(?:ly)?\b(?!\s+time)", re.I)
# "We …" or "Our economy was …" opening an English clause: the place a document speaks for,
# said as its people or their possession (新加坡所受到的冲击 "Our economy was among the worst hit")
_WE_OPENS = re.compile(r"(?:^|[.;:!?]\s+|,\s+(?:and\s+|but\s+|while\s+)?)"
                       r"([Ww]e|[Oo]ur(?=\s+[a-z]+\s+[a-z]))\s+[a-z]")
# Conjunctions that may come before a clause's subject (虽然新加坡所受到的冲击…, 但是香港…)
_CLAUSE_OPENERS = re.compile(
    "(?:虽然|雖然|但是|但|因为|因為|由于|由於|尽管|儘管|如果|即使|而且|所以)$")


def _opens_clause(zh: str, m: MissingName) -> bool:
    """Whether the name is the first thing of its Chinese clause, a conjunction aside."""
    before = zh[:m.start]
    cut = max(before.rfind(ch) for ch in "，,。！？!?；;：:\n")
    return not _CLAUSE_OPENERS.sub("", before[cut + 1:].strip()).strip()


_OUR_BEFORE = re.compile(r"\bour\s+(?:[\w'’-]+\s+)?$", re.I)


def _led_by_our(c: Correspondence, zh: str, en: str, m: MissingName) -> str:
    """The Chinese word right after the name (after a 的; or the next one or two when it is
    unrendered: 香港金融中心地位) whose English has "our" just before it, at most one word
    between ("our position", "our civil service"); "" otherwise."""
    at = m.end + (zh[m.end:m.end + 1] == "的")
    after = sorted((link for link in c.links if link.zh.start >= at and link.zh.han),
                   key=lambda link: link.zh.start)[:3]
    for link in after:
        if link.en and _OUR_BEFORE.search(en, 0, c.en[min(link.en)].start):
            return link.zh.text
    return ""


_NATIONAL_SENSE = re.compile(r"^(?:the )?(?:national|state)\b", re.I)


def _national(name: str) -> bool:
    """Whether a name is the nation's own thing, 国 "the state" and a noun (国庆 "National Day",
    国务院 "State Council", 国歌 "national anthem"), by the dictionary's senses: in a
    country's own document, the document's country's (国会 "Parliament", a foreign one as
    often, is no such name)."""
    if name[:1] not in "国國" or len(name) < 2:
        return False
    entry = lexicon().dictionary.get(_simplified(name))
    senses = [x for x in entry.senses if not x.startswith("CL:")] if entry is not None else []
    return bool(senses) and all(_NATIONAL_SENSE.match(x) for x in senses)


def _capitalised_runs(c: Correspondence, en: str) -> list[str]:
    """Phrases of capitalised English words no Chinese word of the pair accounts for, inner
    function words allowed (Annual Meeting of the New Champions, New Champions, Tianjin),
    not a sentence's first word: what an official English name of a Chinese name looks like."""
    used = {i for link in c.links for i in link.en}
    names = [i for i, t in enumerate(c.en) if t.text[:1].isupper() and i not in used
             and not _SENT_START.search(en[: t.start])]
    runs: list[str] = []
    for k, i in enumerate(names):
        for j in names[k:k + 6]:
            inner = c.en[i : j + 1]
            if any(not (t.text[:1].isupper() or t.text in _SMALL_WORDS) for t in inner) or any(
                    x in used for x in range(i, j + 1)):
                break
            ends = (c.en[i], c.en[j])
            if any(t.text.lower() in STOPWORDS for t in ends) or i == j and _ordinary_word(
                    c.en[i].text, c.en[i].lemmas):
                continue  # The; Annual alone: no name
            runs.append(en[c.en[i].start : c.en[j].end])
    return sorted(runs, key=lambda r: -len(r.split()))  # the fullest name first


def _learned_rendering(beads: _Texts, n: int, name: str,
                       where: _Occurrences) -> str | None:
    """An English name of bead ``n`` that no Chinese word there accounts for and that, in the
    other beads, comes only with the Chinese name (夏季达沃斯论坛 ~ the Annual Meeting of the New
    Champions, its official English name): the document's own rendering of it."""
    b = beads[n]
    with_name = {k for k in where.chinese(name) - {n} if name in beads.zh[k]}
    if not with_name:
        return None
    for run in _capitalised_runs(corr(b.zh, b.en), b.en):
        said = re.compile(rf"(?<!\w){re.escape(run)}(?!\w)")
        others = {k for k in where.english(run) - {n} if said.search(beads.en[k])}
        if others and others <= with_name:
            return run
    return None
