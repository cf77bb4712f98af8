"""Names: Chinese personal names written in pinyin in the English, and speaker turns.

A name is a fact, so it is compared as one: a pinyin name in the English ("Zhao Qiming") must
be readable from Han characters in the aligned Chinese (赵启明), using every reading of every
character (pypinyin's dictionary; Wade-Giles and Hong Kong's Cantonese spellings too), so
heteronyms and tone marks do not matter. Only two-word
names whose first word is a common Chinese surname are checked; a capitalised English phrase
that merely looks like pinyin ("Hong Kong") is left alone.

Speaker turns: each Chinese speaker label maps to the English label most beads give it; a
bead whose English sits in another speaker's turn is attributed to the wrong person.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache

from align.checks.base import CheckContext
from align.checks.coverage import HEADING_LINES, bead_blocks
from align.furniture import is_credit
from align.lexicon import lexicon
from align.lexicon.names import COMPOUND_SURNAMES, SURNAME_SPELLINGS, SURNAMES, TITLES
from align.lexicon.readings import mandarin_readings, readable_in, reads_exactly
from align.model import Finding, Severity, Span
from align.numbers.tokens import without_readings
from align.rules import NAME_MISMATCH, SPEAKER_MISMATCH
from align.scripts import HAN, is_pinyin

_NOT_NAMES = frozenset({"hong kong"})
# A lookahead, so "President Xi Jinping" also tries "Xi Jinping".
_CANDIDATE = re.compile(r"(?=\b([A-Z][a-z]{1,9})[ \u00a0]([A-Z][a-z]{1,12}(?:-[a-z]{1,6})?)\b)")




@cache
def surname_spellings() -> frozenset[str]:
    """Every spelling of a common Chinese surname, lower case: its pinyin readings and the
    Cantonese and other romanisations of ``SURNAME_SPELLINGS`` (chan, wong, lam)."""
    return _surnames() | {s for spellings in SURNAME_SPELLINGS.values() for s in spellings}


@cache
def _surnames() -> frozenset[str]:
    single = {r for ch in SURNAMES for r in mandarin_readings(ch)}
    compound = {a + b for s in COMPOUND_SURNAMES
                for a in mandarin_readings(s[0]) for b in mandarin_readings(s[1])}
    return frozenset(single | compound)


def pinyin_names(english: str) -> list[tuple[str, int, int]]:
    """Chinese personal names in pinyin in an English text: (name, start, end)."""
    names: list[tuple[str, int, int]] = []
    for m in _CANDIDATE.finditer(english):
        surname, given = m.group(1), m.group(2)
        start, end = m.start(1), m.end(2)
        if names and start < names[-1][2]:
            continue  # overlaps the name just found
        if f"{surname} {given}".lower() in _NOT_NAMES:
            continue
        before = re.search(r"([A-Z][a-z]+)[ \u00a0]$", english[:start])
        if before and f"{before.group(1)} {surname}".lower() in _NOT_NAMES:
            continue  # Kong Human of "Hong Kong Human Rights and Democracy Act"
        if is_pinyin(surname, 2) and is_pinyin(given, 2) and surname.lower() in _surnames():
            names.append((english[start:end], start, end))
    return names


def surname_with_title(chinese: str, name: str) -> bool:
    """Whether the Chinese says the English name's surname alone before a title (高主任), or
    its given name alone before one (勤俭书记 for "Party Secretary Lou Qinjian"), as colleagues
    are named."""
    surname = name.split()[0].lower()
    given = "".join(name.split()[1:]).lower().replace("-", "")
    return any(
        chinese.startswith(TITLES, i + 1) and surname in mandarin_readings(ch)
        for i, ch in enumerate(chinese)
    ) or bool(given) and any(
        chinese.startswith(TITLES, i + size) and reads_exactly(chinese[i : i + size], given)
        and (i == 0 or chinese[i - 1] not in SURNAMES or chinese[i - 1] in _BEFORE_A_NAME)
        for size in (1, 2) for i in range(len(chinese) - size)
    )


# Characters that are surnames but, before a given name and a title, the word before it (向建国
# 省长致敬, 感谢勤俭书记): 赵启明先生 has a surname there, and is no Zhang Qiming.
_BEFORE_A_NAME = frozenset("向和与同跟对給给为為及谢謝请請由把被将將让讓")


_BYLINE = re.compile(r"(?:^|[–—:|])\s*(?:Remarks|Speech|Statement|Address|Toast|Keynote Speech)"
                     r" (?:by|of)\b|(?:^|--|[–—])\s*[Bb]y (?:H\.?E\.? )?[A-Z]", re.M)


def _heading(text: str) -> bool:
    """Whether an English line is a heading: a byline ("Remarks by H.E. Zheng Zeguang, ...",
    "--by Ambassador Zhao Qiming") or title-cased (four or more long words, all capitalised)."""
    long = [w for w in re.findall(r"[A-Za-z][A-Za-z.'’-]*", text) if len(w) >= 4]
    return bool(_BYLINE.search(text)) or len(long) >= 4 and all(w[0].isupper() for w in long)


# A space a page sets between the characters of a name (罗 强, 王  毅): it parts nothing.
_NAME_SPACE = re.compile(rf"(?<=[{HAN}])[ \t\u00a0\u3000]+(?=[{HAN}])")


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")


def _romanised_other_way(text: str, name: str, zh_text: str) -> bool:
    """Whether the pinyin-looking ``name`` is part of a longer run of capitalised words of the
    English, one of which spells, in a romanisation of ``SURNAME_SPELLINGS``, a surname the
    Chinese beside it writes: Tony Tan Keng Yam for 陈庆炎 (Hokkien Tan), Tran Dai Quang for
    陈大光 (Vietnamese Tran). (Capitalised words only; ``entities._CAPITALISED_RUN`` also takes a
    surname in capitals, as a Hong Kong list sets it.)"""
    from align.scripts import converters

    run = next((m.group() for m in _CAPITALISED_RUN.finditer(text) if name in m.group()), "")
    words = run.split()
    if len(words) <= len(name.split()):
        return False
    simple = converters()[0].convert(zh_text)
    return any(w.lower() in SURNAME_SPELLINGS.get(ch, ()) and ch in simple
               for w in words for ch in SURNAME_SPELLINGS)


def _plain(chinese: str) -> str:
    """The Chinese without a reprint's pinyin readings and the spaces set between characters."""
    return _NAME_SPACE.sub("", without_readings(chinese)[0])


def dictionary_name_in(chinese: str, name: str) -> bool:
    """Whether the dictionary gives ``name`` as the English of a word of the Chinese: Hong
    Kong's and Macao's places and people go by Cantonese or Portuguese spellings ("Wan Chai"
    for 湾仔, "Tsuen Wan" for 荃湾) that look like pinyin but are not its reading."""
    from align.lexicon.zh import segment

    words = lexicon().dictionary
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    for w in segment(chinese):
        entry = words.get(w.text) if len(w.text) > 1 else None
        if entry is not None and any(pattern.search(sense) for sense in entry.senses):
            return True
    return False


def _no_words(chinese: str) -> bool:
    """Whether a Chinese text has no content word (6月23, a heading the page cut short): a
    name cannot be missing from it in particular."""
    return not lexicon().correspond(chinese, "").links


def _written_in(zh: str, name: str) -> bool:
    """Whether the Chinese writes the words themselves, in Latin letters (a song's title
    「You Are My Best Friend」 quoted as it is): no name to read in them."""
    return re.search(rf"(?<![A-Za-z]){re.escape(name)}(?![A-Za-z])", zh) is not None


class NamesCheck:
    """A pinyin name in the English must be readable in the bead's Chinese. Not reported: the
    surname said alone before a title (高主任 ~ Director-General Gao Feng), a name readable in
    the Chinese of a neighbouring bead (a heading or a speaker label aligned one bead off), a
    speaker label ("Wang Yi:") readable anywhere in the Chinese, or the byline of an English
    heading on the document's first lines that the Chinese page lacks. Info where the aligned
    Chinese has no content word at all (6月23 against "Guo Jiakun's": the page cut the heading),
    and where the Chinese names the person elsewhere in the document (an English-only speakers
    list, a mention moved): a name the translation really changed is in neither."""

    rules = (NAME_MISMATCH, SPEAKER_MISMATCH)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        beads = a.beads

        @cache
        def whole() -> str:  # the whole Chinese, plain, read only when a name needs it
            return _plain(a.zh.text)

        @cache
        def anywhere(name: str) -> bool:  # whether the whole Chinese reads a name, asked once
            return readable_in(whole(), name)

        for index, bead in ctx.two_sided():
            # the Chinese without a reprint's pinyin readings (習(xí)近平 is 习近平)
            zh_text = _plain("".join(a.zh.segments[i].text for i in bead.zh))
            near = _plain("".join(a.zh.segments[i].text
                                  for b in beads[max(0, index - 2) : index + 3] for i in b.zh))
            for i in bead.en:
                text = a.en.segments[i].text
                for name, _, end in pinyin_names(text):
                    label = text[end : end + 1] in (":", "：")
                    if not (readable_in(zh_text, name) or _written_in(zh_text, name)
                            or surname_with_title(zh_text, name)
                            or readable_in(near, name) or dictionary_name_in(near, name)
                            or label and anywhere(name)
                            or i < HEADING_LINES and _heading(text)
                            or _romanised_other_way(text, name, zh_text)):
                        bare = _no_words(zh_text)
                        # the Chinese names the person elsewhere: the English says it in a
                        # list or line of its own (a speakers list only the English page
                        # prints) or the two pages mention the person at different places
                        elsewhere = not bare and anywhere(name)
                        # a credit line (Edited by …) the Chinese beside it does not have is
                        # the page's furniture; two credits that differ stay a finding
                        credit = not bare and not elsewhere and is_credit(text, "en") and not any(
                            is_credit(a.zh.segments[k].text, "zh") for k in bead.zh)
                        yield NAME_MISMATCH.finding(
                            f"The name {name} in the English does not match any name "
                            "in the Chinese" + (
                                "; but the Chinese aligned with it has no words, only "
                                "numbers or marks (a damaged heading?)." if bare else "") + (
                                "; but it is in a credit line (editor, translator, "
                                "photographer) the Chinese beside it does not have: one "
                                "page's furniture." if credit else "") + (
                                " beside it; but the Chinese names the person elsewhere in "
                                "the document." if elsewhere else "") + (
                                "" if bare or credit or elsewhere else "."),
                            zh=Span.of(a.zh, bead.zh),
                            en=Span.of(a.en, (i,)),
                            evidence=(("en", name),) + (
                                (("named_elsewhere", "zh"),) if elsewhere else ()),
                            bead=index,
                            severity=Severity.INFO if bare or credit or elsewhere else None,
                        )
        yield from _speaker_turns(ctx)


def _speaker_turns(ctx: CheckContext) -> Iterator[Finding]:
    a = ctx.alignment
    pairs: list[tuple[int, str, str]] = []
    for index, bead in ctx.two_sided():
        zs = a.zh.segments[bead.zh[0]].speaker
        es = a.en.segments[bead.en[0]].speaker
        if zs and es and bead_blocks(a, bead) is None:
            # a list's lines (出席委員: / Members present:, one name a line) are no turns: a
            # line paired one off is the list's order, not a misattribution
            pairs.append((index, zs, es))
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _, zs, es in pairs:
        votes[zs][es] += 1
    mapping = {zs: c.most_common(1)[0][0] for zs, c in votes.items()}
    translations = set(mapping.values())
    for index, zs, es in pairs:
        expected = mapping[zs]
        # Only a label that is itself another speaker's translation is a clear misattribution;
        # an unknown label may just be the same person written differently.
        if es != expected and es in translations:
            bead = a.beads[index]
            yield SPEAKER_MISMATCH.finding(
                f"The Chinese gives this to {zs} (in English: {expected}), but the English "
                f"puts it in the turn of {es}.",
                zh=Span.of(a.zh, bead.zh),
                en=Span.of(a.en, bead.en),
                evidence=(("zh_speaker", zs), ("en_speaker", es), ("expected", expected)),
                bead=index,
            )
