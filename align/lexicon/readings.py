"""How a Han character may be spelt in an English name: its Mandarin readings in pinyin
(CC-CEDICT's, pypinyin's for a character the dictionary lacks) and in Wade-Giles without
apostrophes, as Taiwan and older English write names (汉光 Han Kuang, 蒋 Chiang, 徐 Hsu), and its
Cantonese readings as Hong Kong and Macao spell names (石湖墟 Shek Wu Hui, from ToJyutping's
Jyutping, loaded only when the Mandarin spellings fail). Used by the name checks to decide
whether an English romanised name can be read from Chinese characters."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from align.lexicon import lexicon
from align.scripts import is_han, unaccented


@cache
def mandarin_readings(ch: str) -> tuple[str, ...]:
    """Toneless pinyin readings of one Han character (ü written u), or () for anything else:
    CC-CEDICT's, which the lexical engine has loaded anyway, and pypinyin's (a 0.2–0.5 s import)
    only for a character the dictionary lacks."""
    if not is_han(ch):
        return ()
    entry = lexicon().dictionary.get(ch)
    if entry is not None and entry.pinyin:
        plain = (
            r.lower().replace("u:", "u").replace("ü", "u").replace("v", "u") for r in entry.pinyin
        )
        return tuple(dict.fromkeys(plain))
    from pypinyin.pinyin_dict import pinyin_dict

    raw = pinyin_dict.get(ord(ch))
    if not raw:
        return ()
    # tone marks and ü's diaeresis dropped: xué, lǜ -> xue, lu
    return tuple(dict.fromkeys(unaccented(r).lower() for r in raw.split(",")))


def readable_in(chinese: str, name: str) -> bool:
    """Whether consecutive Han characters of ``chinese`` read as ``name`` (either word order),
    in Mandarin or, failing that, in Cantonese as Hong Kong spells it (the Cantonese table is
    loaded only then)."""
    parts = name.lower().replace("-", "").split()
    targets = {"".join(parts), "".join(reversed(parts))}
    return any(_reads_at(chinese, i, t, 0, spell) for spell in (_spellings, _all_spellings)
               for t in targets for i in range(len(chinese)))


def _reads_at(text: str, i: int, target: str, pos: int,
              spell: Callable[[str], tuple[str, ...]], whole: bool = False) -> bool:
    """Whether ``text`` from character ``i`` on reads as ``target`` from ``pos`` on; ``whole``:
    with no character of ``text`` left over."""
    if pos == len(target):
        return not whole or i == len(text)
    if i >= len(text):
        return False
    return any(target.startswith(r, pos)
               and _reads_at(text, i + 1, target, pos + len(r), spell, whole)
               for r in spell(text[i]))


@cache
def _spellings(ch: str) -> tuple[str, ...]:
    """A character's readings in pinyin and in Wade-Giles without its apostrophes, as Taiwan
    and older English write names (汉光 Han Kuang, 蒋 Chiang, 徐 Hsu)."""
    out = list(mandarin_readings(ch))
    out += [w for r in out for w in _wade_giles(r)]
    return tuple(dict.fromkeys(out))


@cache
def _all_spellings(ch: str) -> tuple[str, ...]:
    """``_spellings`` and the character's Cantonese readings as Hong Kong and Macao spell names
    (荔枝角 Lai Chi Kok, 石湖墟 Shek Wu Hui)."""
    return tuple(dict.fromkeys([*_spellings(ch), *(
        w for r in cantonese_readings(ch) for w in hong_kong_spellings(r))]))


@cache
def cantonese_readings(ch: str) -> tuple[str, ...]:
    """Toneless Jyutping readings of one Han character (ToJyutping's dictionary), or ()."""
    if not is_han(ch):
        return ()
    import ToJyutping  # a 0.2 s load, only once a name must be read

    found = ToJyutping.get_jyutping_candidates(ch)
    readings = found[0][1] if found and found[0][1] else []
    return tuple(dict.fromkeys(r.rstrip("123456") for r in readings))


# Jyutping's spelling to the one Hong Kong's and Macao's official names use (石 sek -> Shek,
# 角 gok -> Kok, 墟 heoi -> Hui, 山 saan -> Shan, 枝 zi -> Chi): each syllable's initial and
# final rewritten, with the variants the government's romanisation allows; Macao's, Portuguese
# in its habits, writes -ung as -ong, -ing as -eng, -oeng as -eong and -ei as -i (聰 Chong, 泳
# Weng, 梁 Leong, 騏 Ki).
_HK_INITIALS = (("gw", ("kw",)), ("kw", ("kw",)), ("ng", ("ng",)), ("b", ("p",)), ("d", ("t",)),
                ("g", ("k",)), ("z", ("ch", "ts")), ("c", ("ch", "ts")), ("s", ("s", "sh")),
                ("j", ("y",)))  # fmt: skip
_HK_FINALS = (("aa", ("a",)), ("eoi", ("ui", "eui")), ("eon", ("un", "eun")), ("eot", ("ut",)),
              ("oeng", ("eung", "oeng", "eong")), ("oe", ("eu", "oe")), ("yu", ("ue", "u", "yu")),
              ("ou", ("o", "ou")), ("ei", ("ei", "i")), ("ing", ("ing", "eeng", "eng")),
              ("ik", ("ik", "eek", "ek")), ("i", ("i", "ee")), ("ung", ("ung", "oong", "ong")),
              ("u", ("u", "oo")))  # fmt: skip
_HK_WHOLE = {"zi": ("chi", "tsz", "tsze", "ji"), "ci": ("chi", "tsz", "tsze"),
             "si": ("shi", "sze", "sz", "si"), "jyu": ("yu", "yue"), "jyun": ("yuen", "yun")}


@cache
def hong_kong_spellings(jyutping: str) -> tuple[str, ...]:
    """A toneless Jyutping syllable as Hong Kong spells it in names, every allowed variant."""
    if jyutping in _HK_WHOLE:
        return _HK_WHOLE[jyutping]
    heads, rest = ("",), jyutping
    for jp, hk in _HK_INITIALS:
        if jyutping.startswith(jp) and len(jyutping) > len(jp):
            heads, rest = hk, jyutping[len(jp):]
            break
    else:
        if jyutping[:1] in "pmftnlkhw":
            heads, rest = (jyutping[:1],), jyutping[1:]
    if jyutping.startswith("ji") and len(jyutping) > 2:
        heads = ("y", "")  # 葉 jip: Yip or Ip, 嚴 jim: Yim or Im, 易 jik: Yik or Ik
    tails = (rest,)
    for jp, hk in _HK_FINALS:
        if rest.startswith(jp):
            tails = tuple(v + rest[len(jp):] for v in hk)
            break
    return tuple(dict.fromkeys(h + t for h in heads for t in tails))


_WG_WHOLE = {"zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu",
             "si": "ssu", "you": "yu", "yan": "yen", "ye": "yeh", "er": "erh"}
_WG_INITIALS = (("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("j", "ch"), ("q", "ch"), ("x", "hs"),
                ("r", "j"), ("z", "ts"), ("c", "ts"), ("b", "p"), ("d", "t"), ("g", "k"))
_WG_FINALS = (("iong", "iung"), ("ong", "ung"), ("ian", "ien"), ("ie", "ieh"), ("ui", "uei"))


def _wade_giles(syllable: str) -> tuple[str, ...]:
    """A toneless pinyin syllable in Wade-Giles without apostrophes (guang -> kuang, xu -> hsu,
    zhong -> chung): the syllable itself where the two agree."""
    if syllable in _WG_WHOLE:
        return (_WG_WHOLE[syllable],)
    head, rest = "", syllable
    for pin, wade in _WG_INITIALS:
        if syllable.startswith(pin):
            head, rest = wade, syllable[len(pin):]
            break
    else:
        head, rest = "", syllable
        if syllable[:1] in "bdgptkmfnlhswy":
            head, rest = syllable[:1], syllable[1:]
    for pin, wade in _WG_FINALS:
        if rest.endswith(pin):
            rest = rest[: -len(pin)] + wade
            break
    if head in ("k", "h") and rest == "e":
        rest = "o"  # ke -> k'o, he -> ho
    return (head + rest,)


def reads_exactly(chinese: str, target: str) -> bool:
    """Whether all of ``chinese`` reads as ``target``, nothing left over on either side (in
    Mandarin, or failing that in Cantonese)."""
    return any(_reads_at(chinese, 0, target, 0, spell, whole=True)
               for spell in (_spellings, _all_spellings))
