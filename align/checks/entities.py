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
from collections.abc import Iterator
from difflib import SequenceMatcher

from align.checks.base import CheckContext
from align.checks.lexical import bead_texts, corr
from align.lexicon import Correspondence, lexicon
from align.lexicon.names import COUNTRY_CHARS, NAMES
from align.lexicon.zh import ZhWord
from align.model import Finding
from align.rules import NAME_MISSING, NAME_UNMATCHED

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
    Games League Award Prize Festival Conference Summit Forum Olympic Olympics English""".split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_SENT_START = re.compile(r"(?:^|[.!?:;\"“”‘’(（\[]\s*)$")
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def _skeleton(text: str) -> str:
    """A crude sound skeleton of a romanised word: consonants by class, vowels dropped."""
    s = text.lower()
    for a, b in (("zh", "j"), ("ch", "c"), ("sh", "s"), ("x", "s"), ("q", "c"), ("ph", "f"),
                 ("th", "t"), ("ck", "k"), ("ng", "n"), ("c", "k"), ("z", "s"), ("j", "g"),
                 ("v", "f"), ("w", ""), ("y", ""), ("h", "")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z]", "", s)
    s = s.replace("d", "t").replace("b", "p").replace("g", "k").replace("l", "r")
    s = re.sub(r"[aeiou]+", "", s)
    return re.sub(r"(.)\1+", r"\1", s)


def _close(a: str, b: str, threshold: float) -> bool:
    """Whether two sound skeletons are alike: same onset, comparable length, similar."""
    if not a or not b:
        return False
    if a[0] != b[0] and len(b) > 1 and a[:2] != b[:2]:
        return False
    if min(len(a), len(b)) < 3:
        # too short to measure: one must begin the other (意大利 tr ~ Italian trn), so mk (美国)
        # is not mnk (Managawa)
        return a.startswith(b) or b.startswith(a)
    if min(len(a), len(b)) * 2 < max(len(a), len(b)):
        return False
    return SequenceMatcher(None, a, b).ratio() >= threshold


def _reading_skeletons(zh: str) -> tuple[str, ...]:
    """Skeletons of a Chinese word read as a transliteration: as read, and with the nasal
    finals Chinese adds to foreign syllables dropped (本 ben for 'ban', 贡 gong for 'go')."""
    syllables = lexicon().readings(zh, False)
    plain = _skeleton("".join(syllables))
    bare = _skeleton("".join(re.sub(r"n?g?$", "", s) if len(s) > 2 else s for s in syllables))
    return tuple(dict.fromkeys((plain, bare)))


def sounds_like(zh: str, en: str, threshold: float = 0.6) -> bool:
    """Whether a Chinese word could be a transliteration of an English name."""
    b = _skeleton(en)
    return any(_close(a, b, threshold) for a in _reading_skeletons(zh))


def _sounds_like_rendering(keys: frozenset[str], en: str, threshold: float = 0.75) -> bool:
    """Whether an English word sounds like a known rendering of a name (Filipino ~
    Philippines, Belgian ~ Belgium): a demonym or another spelling."""
    b = _skeleton(en)
    if len(b) < 3:
        return False  # China (kn) is not Kong (kn): too short to tell
    return any(_close(a, b, threshold) for a in map(_skeleton, keys) if len(a) >= 3)


_CLAUSE = re.compile(r"[^.!?;:\n]+")


def _title_cased(c: Correspondence, en: str) -> list[tuple[int, int]]:
    """Character ranges of title-cased stretches (a heading: at least four words of four or
    more letters, all capitalised), where capitals do not mark names."""
    out = []
    for m in _CLAUSE.finditer(en):
        long = [t.text for t in c.en if m.start() <= t.start < m.end() and len(t.text) >= 4
                and t.text.isalpha()]
        if len(long) >= 4 and all(w[:1].isupper() for w in long):
            out.append((m.start(), m.end()))
    return out


def english_names(c: Correspondence, en: str) -> list[tuple[int, ...]]:
    """Runs of capitalised tokens (indices into ``c.en``) that are proper names. In a
    title-cased heading, a capitalised word the dictionary knows only as a common word
    (Reception, Honour) is not a name."""
    runs: list[list[int]] = []
    prev = -2
    titles = _title_cased(c, en)
    dictionary = lexicon().dictionary
    for i, tok in enumerate(c.en):
        word = tok.text
        if not word[:1].isupper() or not any(ch.islower() for ch in word) and len(word) < 2:
            continue
        if word.rstrip(".") in _NOT_NAMES or word.endswith("'s") and word[:-2] in _NOT_NAMES:
            continue
        if any(a <= tok.start < b for a, b in titles) and dictionary.is_common_word(
                word.lower()):
            continue
        if _SENT_START.search(en[: tok.start]) and not word.isupper():
            continue  # the first word of a sentence or quotation
        if word.isupper() and len(word) <= 1:
            continue
        if i == prev + 1 and runs:
            runs[-1].append(i)
        else:
            runs.append([i])
        prev = i
    return [tuple(r) for r in runs]


_NUMERAL_CHARS = set("一二三四五六七八九十两百千万")


def _renderings(word: ZhWord) -> frozenset[str]:
    """What the engine knows an English text calls a Chinese name (lower case), or empty."""
    lx = lexicon()
    dictionary = lx.dictionary
    text = word.text
    if not word.han or len(text) < 2 or _NUMERAL_CHARS & set(text):
        return frozenset()
    entry = dictionary.get(text)
    proper = entry is not None and bool(entry.pinyin) and all(
        p[:1].isupper() for p in entry.pinyin)  # 友好 is also a place: not only a name
    if word.pos == "nt" and text not in NAMES:
        return frozenset()  # 国会, 议会: institutions English often leaves implicit (Senator)
    tabled = text in NAMES and NAMES[text][:1].isupper()  # 全国 "national", 疫情: not names
    if not (proper or tabled or text in COUNTRY_CHARS):
        return frozenset()  # only names the dictionary or the names table knows
    keys = lx.keys(word)
    return frozenset(k.lower() for k in keys.gloss | keys.name)


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
        if other.text not in dictionary or dictionary.is_name(other.text):
            return True
    return False


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


def _known_elsewhere(zh: str, loose: list[str]) -> str | None:
    """An unaccounted English name the dictionary knows as a name of something (Ukraine,
    Singapore, the Yellow River) that does not begin with the sound of the Chinese name (佛州 ->
    Florida, an abbreviation, does): a name put in place of an unknown Chinese one. Unknown
    romanisations (许正宇 -> Hui Ching-yu) are not names the dictionary knows."""
    known = lexicon().dictionary.name_keys
    onset = next(iter(_reading_skeletons(zh)), "")[:1]
    for name in loose:
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
        if not words or _skeleton(words[0])[:1] == onset:
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
    starting with the name's initial (亚洲基础设施投资银行 -> AIIB)."""
    nxt = links[n + 1] if n + 1 < len(links) else None
    if nxt is None or not nxt.zh.han or nxt.zh.start != links[n].zh.end:
        return False
    initials = {k[:1].upper() for k in keys if k[:1].isalpha()}
    return any(t.text.isupper() and t.text.isalpha() and 3 <= len(t.text) <= 6
               and t.text[0] in initials for t in c.en)


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


def name_problems(zh: str, en: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(replaced names as (Chinese, English), Chinese names with no English) in one pair.

    A known Chinese name (dictionary, names table, country characters) that no English word
    renders is missing, or replaced when the English has a name nothing accounts for. An
    unknown Chinese name (tagged person, place, organisation or other proper noun) is judged
    only against such an English name, and only when neither could be a transliteration of the
    other: a transliteration the engine does not know (孙德本尔斯) could be any English word."""
    c = corr(zh, en)
    links = c.links
    used = {i for link in links for i in link.en}
    en_words = [t.text.lower().removesuffix("'s") for t in c.en]
    zh_lower = zh.lower()
    pieces = _unlinked_runs(links)
    loose: list[str] = []
    inside = _part_glosses(links)
    for run in english_names(c, en):
        if any(i in used for i in run):
            continue
        words = [c.en[i].text.rstrip(".").removesuffix("'s").removesuffix("’s") for i in run]
        if any(w.lower() in zh_lower for w in words):
            continue
        if any(w.lower() not in _COMMON_NAME_WORDS and (
                w.lower() in inside or any(m in inside for m in c.en[i].lemmas))
               for w, i in zip(words, run, strict=True)):
            continue  # Political Bureau: 政治 of 中共中央政治局 accounts for it
        if any(sounds_like(piece, w) for piece in pieces for w in words):
            continue  # 刘易斯 -> Lewis: a transliteration, not a replacement
        loose.append(" ".join(words))
    replaced: list[tuple[str, str]] = []
    missing: list[str] = []
    caps = [t.text for t in c.en if t.text[:1].isupper()]
    rendered = {link.zh.text for link in links if link.en}
    for n, link in enumerate(links):
        if link.en or link.zh.text in rendered:
            continue  # a name said again is often a pronoun in English (它, it)
        keys = _renderings(link.zh)
        if not keys:
            other = _known_elsewhere(link.zh.text, loose) if (
                loose and link.zh.pos[:2] in _NAME_TAGS and link.zh.han
                and len(link.zh.text) >= 2 and not _NUMERAL_CHARS & set(link.zh.text)
                and not _in_transliteration(links, n, zh)
                and not _common_word(link.zh.text)
                and not any(sounds_like(link.zh.text, w) for w in caps)
                and not _mentions(en_words, frozenset(
                    k.lower() for k in lexicon().keys(link.zh).parts))) else None
            if other is not None:
                replaced.append((link.zh.text, other))
                loose.remove(other)
            continue
        if _mentions(en_words, keys):
            continue
        if any(_sounds_like_rendering(keys, w) for w in caps):
            continue  # 菲律宾 -> Filipino, 比利时 -> Belgian
        if any(sounds_like(link.zh.text, k, 0.75) for k in keys) and any(
                sounds_like(link.zh.text, w, 0.75) for w in caps):
            continue  # a transliterated name (its rendering sounds like it) spelt another way
        if _modifies(links, n):
            continue  # 新冠确诊 -> diagnosed: a common-noun name qualifying a rendered word
        nxt = links[n + 1] if n + 1 < len(links) else None
        if nxt is not None and nxt.en and nxt.zh.start == link.zh.end and nxt.zh.pos == "n":
            continue  # 国会参议员 -> Senator: the name only qualifies a noun English kept
        if _in_transliteration(links, n, zh):
            continue  # 尼拉 of 尼拉贡戈: a piece of a longer name the dictionary lacks
        if _abbreviated(links, n, keys, c):
            continue  # 亚洲 of 亚洲基础设施投资银行 -> AIIB
        if loose:
            replaced.append((link.zh.text, loose.pop(0)))
        else:
            missing.append(link.zh.text)
    return replaced, missing


def _said_nearby(name: str, context: str) -> bool:
    """Whether an English context (the document's heading, the speaker labels of the turn)
    renders a Chinese name: a name said once for the whole text, or put into the label."""
    keys = _renderings(ZhWord(name, 0, len(name), "nz"))
    words = [w.lower().removesuffix("'s") for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", context)]
    return bool(keys) and _mentions(words, keys)


class EntitiesCheck:
    """Names per bead, then the document's view: a name the heading (the first bead's English:
    title, dateline, venue) or the speaker label renders is not missing, and an English name
    that renders the same Chinese name in another bead of the document is its rendering, not a
    replacement."""

    rules = (NAME_UNMATCHED, NAME_MISSING)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        beads = list(bead_texts(ctx))
        found = [name_problems(b.zh, b.en) for b in beads]
        for n, (b, (replaced, missing)) in enumerate(zip(beads, found, strict=True)):
            for zh_name, en_name in replaced:
                if any(zh_name in o.zh and en_name in o.en for o in beads if o is not b):
                    continue  # the document renders it so elsewhere (诸立力 ~ Victor Chu)
                yield NAME_UNMATCHED.finding(
                    f"The Chinese names {zh_name}, but the English has {en_name}: a name "
                    "replaced?",
                    zh=b.zh_span, en=b.en_span, evidence=(("zh", zh_name), ("en", en_name)),
                    suggestion=f"Check the name: {zh_name} is not {en_name}.", bead=b.index,
                )
            if missing:
                near = [beads[0].en] if n else []  # the heading names the occasion once
                near += [a.en.segments[i].speaker or "" for i in b.bead.en]
                context = " ".join(near)
            for name in missing:
                if _said_nearby(name, context):
                    continue
                yield NAME_MISSING.finding(
                    f"The name {name} in the Chinese has no counterpart in the English.",
                    zh=b.zh_span, en=b.en_span, evidence=(("zh", name),),
                    suggestion=f"Translate {name}.", bead=b.index,
                )
