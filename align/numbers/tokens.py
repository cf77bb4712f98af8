"""Latin and alphanumeric tokens (5G, G20, APEC, COVID-19) in Chinese text: names and codes that a
translation keeps as they are, so each must appear in the English."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from align.numbers.quantity import DOCUMENT_SYMBOLS, WEB_ADDRESSES
from align.scripts import HAN, PINYIN_TONED, unaccented

_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN = re.compile(rf"(?<![{_LATIN}0-9])[{_LATIN}0-9](?:[{_LATIN}0-9.+&'/_-]*[{_LATIN}0-9+])?")
_ALNUM = re.compile(r"[^0-9a-zà-ÿ]")
# A number with a unit of measure glued to it (7cm, 10km, 256GB): a quantity, read as one.
_MEASURE = re.compile(r"\d+(?:\.\d+)?(?:km|cm|mm|nm|m|kg|mg|g|ml|mL|GB|MB|KB|TB|kW|MW|GW|kWh|"
                      r"Hz|kHz|MHz|GHz|mAh|[AaPp][Mm])")  # and a clock time's am/pm (7:00Pm)


# A pinyin reading in brackets straight after a character (踔(chuō)厉, 發(fā)): a note on how to
# read it, which official texts give for rare characters and some reprint sites for many, not
# a token for the translation to keep.
# A reading carries a tone mark (or ü), so an English word glossed in brackets (数据(data)) is
# still a token. A page that mangled its encoding may have swallowed the opening bracket with
# the character before it into a "?" or a replacement character (當?shù)): a toned syllable
# between such a mark and a closing bracket is a reading too, and so is one at the start of a
# text (the "?" ended the sentence before it: shù)贡r间). A space just inside a bracket
# (社會(huì )) is the page's spacing, not a word. A mangled character may also come out as one
# Latin letter between a character and its reading (玛P(guān), 茖W(xué)): that letter is a
# piece of the character, and the bracket after it a reading; so may a block element, a caret,
# a brace or a backslash (?。▍^(qū)、市), 樗{(lán), 懊\(yùn)): what is left of a garbled character.
_SYLLABLE = f"[a-z{PINYIN_TONED}]{{1,6}}"
_TONED = f"[{PINYIN_TONED}]"
_READING = re.compile(
    rf"(?:(?<=[{HAN}])[(（] ?|(?<=[{HAN}][A-Za-z])[(（] ?|(?<=[\^{{}}\\|~`\u2580-\u259f])[(（] ?"
    rf"|[?？\ufffd] ?|^)(?=[^)）]*{_TONED})"
    rf"{_SYLLABLE}(?: {_SYLLABLE}){{0,3}} ?[)）]")


def pinyin_readings(text: str) -> list[tuple[int, int]]:
    """Character ranges of the pinyin readings in brackets after characters (發(fā)): notes
    on how to read a character, no words of the sentence."""
    return [(r.start(), r.end()) for r in _READING.finditer(text)]


def without_readings(text: str, whole_only: bool = True) -> tuple[str, Callable[[int], int]]:
    """``text`` without its pinyin readings (聯(lián)合國, 習(xí)近平: a reading cuts a word in
    two), and where an offset of ``text`` falls in the result. ``whole_only``: only a reading
    in brackets after a character; one a mangled page half swallowed (當?shù)貢) stays, lest the
    characters around it be read as one word."""
    readings = [(a, b) for a, b in pinyin_readings(text) if not whole_only or text[a] in "(（"]
    if not readings:
        return text, lambda i: i
    dropped = bytearray(len(text))
    for a, b in readings:
        dropped[a:b] = b"\x01" * (b - a)
    kept = [i for i in range(len(text)) if not dropped[i]]
    return "".join(text[i] for i in kept), lambda i: bisect_left(kept, i)


def latin_tokens(text: str) -> list[tuple[str, int, int]]:
    """The tokens of ``text`` with at least one letter, each with its offsets; a unit written
    straight after a number (600 Mbit/s, 10km, 7cm) is part of that quantity, and a pinyin
    reading in brackets after a character is a note, not a token."""
    out = []
    readings = pinyin_readings(text)
    for m in _TOKEN.finditer(text):
        token = m.group()
        if any(start <= m.start() < end for start, end in readings):
            continue
        if (len(token) == 1 and re.match(f"[{HAN}]", text[m.start() - 1 : m.start()])
                and any(start == m.end() for start, _ in readings)):
            continue  # 玛P(guān): a piece of a mangled character before its reading
        if not re.search(f"[{_LATIN}]", token) or _MEASURE.fullmatch(token):
            continue
        if token[0].isalpha() and not re.search(r"\d", token):
            before = text[: m.start()].rstrip(" ")
            if before[-1:].isdigit():
                continue
        out.append((token, m.start(), m.end()))
    return out


def missing_tokens(zh: str, en: str) -> list[tuple[str, int, int]]:
    """The tokens of the Chinese ``zh`` that the English ``en`` does not contain (compared
    ignoring case, and ignoring hyphens, spaces and accents as a fallback: COVID-19 = Covid
    19, Dominguez = Domínguez); an acronym spelt out (LSE: the London School of Economics) is
    there."""
    en_squashed = _ALNUM.sub("", unaccented(en.lower()))
    out = []
    spelt: list[str] | None = None
    linked: list[tuple[int, int]] | None = None  # addresses the English links, read once
    hidden = [m.span() for m in _HIDDEN_OR_CUT.finditer(zh)]
    for token, start, end in latin_tokens(zh):
        if _line_label(zh, token, start, end) or token in _PLACEHOLDERS:
            continue
        if any(a <= start < b for a, b in hidden):
            continue  # a reprint's "[email protected]" or "w...8397": the text is not there
        pattern = rf"(?<![{_LATIN}0-9]){re.escape(token)}(?![{_LATIN}0-9])"
        if re.search(pattern, en, re.IGNORECASE):
            continue
        if _ALNUM.sub("", unaccented(token.lower())) in en_squashed:
            continue
        # an acronym, or its plural (SDGs: the Sustainable Development Goals)
        acronym = token[:-1] if token.endswith("s") and _ACRONYM.fullmatch(token[:-1]) else token
        if _ACRONYM.fullmatch(acronym):
            spelt = _initials(en) if spelt is None else spelt
            if any(run.startswith(acronym) for run in spelt) or _spelt_in_lower_case(acronym, en):
                continue
        if (len(token) == 1 and re.match(f"[{HAN}]", zh[end:end + 1])
                and not _LONE_LETTER.search(en)):
            continue  # X光 "X-ray", 乳房X光造影 "mammography": a letter inside a Chinese word that
            # the English renders as a word; one against a letter of its own (A类, "Class B") stays
        if _same_site(token, en):
            continue
        if _middle_name_left_out(zh, start, end, en):
            continue  # 瓦卡(Baron Divavesi Waqa) "President Baron Waqa": the shorter name
        if _style_left_out(zh, token, start, end, en):
            continue  # (H.E. Dame Susan D. Dougan, GCMG, OBE) "Governor-General Susan Dougan"
        if linked is None:
            linked = addresses(zh) if _LINK_WORDS.search(en) else []
        if any(a <= start < b for a, b in linked):
            continue  # the English page links the address behind words: "click into the webpage"
        out.append((token, start, end))
    return out


# Styles and honours around a person's Latin name (Dame, Sir, Datuk; GCMG, OBE, and Hong Kong's
# GBS, JP): an English page names the person by office and name and leaves them out.
_STYLES = frozenset("Dame Sir Lord Lady Baron Baroness Dato Datuk Datin Tun Sri Hon Rt Dr Prof "
                    "Excellency GCMG KCMG CMG GCVO KCVO CVO GBE KBE DBE CBE OBE MBE PC QC KC SC "
                    "JP GBM GBS SBS BBS MH PDSM IDSM FSDSM CMSM PMSM".split())
_NEAR_NAME = 40  # characters either side of a style in which the name it goes with is said


def _style_left_out(zh: str, token: str, start: int, end: int, en: str) -> bool:
    """Whether the token is a style or honour beside a Latin name the English says (a word of
    the name around it is in the English): the same person, named without it."""
    if token not in _STYLES:
        return False
    near = zh[max(0, start - _NEAR_NAME):start] + " " + zh[end:end + _NEAR_NAME]
    return any(w not in _STYLES and re.search(rf"\b{w}\b", en)
               for w in _CAPITALISED.findall(near))


_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_NAME_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")


def _middle_name_left_out(zh: str, start: int, end: int, en: str) -> bool:
    """Whether the token is a middle name (a capitalised word between two capitalised words of
    a Latin name the Chinese gives: 瓦卡(Baron Divavesi Waqa)) and the English says the name
    without it ("Baron Waqa"): the same person by a shorter form of the name."""
    if not _CAPITALISED.fullmatch(zh, start, end):
        return False
    before = _NAME_BEFORE.search(zh, max(0, start - 30), start)
    after = _NAME_AFTER.match(zh, end)
    return bool(before and after) and re.search(
        rf"\b{before.group(1)}\s+(?:[A-Z]\.\s+)?{after.group(1)}\b", en) is not None


# A web or e-mail address as a page prints it, and the words by which a page that links its
# addresses instead ("Please click into the webpage", "contact us") points at one.
_WEB_OR_MAIL = re.compile(rf"{WEB_ADDRESSES.pattern}"
                          r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_LINK_WORDS = re.compile(r"\b(?:click|web\s?page|web\s?site|link|hyperlink|here|"
                         r"e-?mail|contact\s+us)\b", re.IGNORECASE)


def addresses(text: str) -> list[tuple[int, int]]:
    """Where ``text`` prints a web or e-mail address."""
    return [m.span() for m in _WEB_OR_MAIL.finditer(text)]


# What a reprint prints in place of text it hides or cuts: an e-mail address obfuscated by the
# web page ("[email protected]") and a token elided with dots ("w...8397" for an address and
# a phone number): no token to look for in the other language.
_HIDDEN_OR_CUT = re.compile(r"\[email(?:\s|&#160;|\u00a0)*protected\]"
                            r"|[A-Za-z0-9]+(?:\.{3,}|…)[A-Za-z0-9]+"
                            # a post's label of its languages: (Bilingual)广州参加…, 【EN/CN】
                            r"|[(（\[【]\s*(?:Bilingual|English|Chinese|EN|CN|ENG|CHN)"
                            r"(?:\s*(?:&|and|/)\s*(?:English|Chinese|EN|CN))?\s*[)）\]】]")
# What a page's template prints where a field is empty (an empty photo caption: "none").
_PLACEHOLDERS = frozenset(("none", "null", "undefined", "NaN", "N/A", "n/a"))
_ROMAN_LABEL = re.compile(r"[IVXLC]{1,6}")
_LABEL_CLOSE = re.compile(r"\s*[.、．)）]")


def _line_label(text: str, token: str, start: int, end: int) -> bool:
    """Whether the token labels its line rather than says something: a section's Roman numeral
    opening it (II. 质询, IV、) or a page's tag in brackets before its title (【Bilingual】)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if _ROMAN_LABEL.fullmatch(token) and not before.strip() and _LABEL_CLOSE.match(text, end):
        return True
    return before.strip() in ("【", "[", "［") and text[end : end + 1] in ("】", "]", "］")


# The label of a paper's file number (檔號：CB2/PL/AJLS, 本局档号:CAB C4/17/7, 來函檔號 :TIB …)
# and the English one ("Ref : CB2/PL/WS", "File Ref.:", "Our ref").
_FILE_LABEL_ZH = re.compile(r"(?:[檔档][ \t　]*[號号]|檔案編號|档案编号)[ \t　]*[:：]")
FILE_LABEL_EN = re.compile(r"\b(?:Ref|File|Reference)\s*(?:No\.?\s*)?\.?\s*:", re.IGNORECASE)
_FILE_NUMBER_PART = re.compile(r"[A-Za-z0-9/()（）.\- \t]*")
# A paper's own number heading its text: at the start, or after the body's name (临立会CB(1)847
# 号文件, 立法會CB(2) 851號文件, CB(1) 148(01)); a number cited later in a sentence is no header.
_PAPER_HEAD = re.compile(r"[ \t\n]*(?:临时立法会|臨時立法會)?[ \t\n]*"
                         r"(?:临立会|臨立會|立法会|立法會)?[ \t]*")


def file_number(text: str, start: int) -> bool:
    """Whether the token at ``start`` is part of the file number a label gives (檔號:CB2/PL/AJLS,
    档号:PELB(CR) L/M 81/95), or of the paper number that heads the text (临立会CB(1)847号文件):
    header furniture, which one language's page may print and the other not."""
    line_start = text.rfind("\n", 0, start) + 1
    labels = list(_FILE_LABEL_ZH.finditer(text, line_start, start))
    if labels and _FILE_NUMBER_PART.fullmatch(text, labels[-1].end(), start):
        return True
    return any(m.start() <= start < m.end() and _PAPER_HEAD.fullmatch(text, 0, m.start())
               for m in DOCUMENT_SYMBOLS.finditer(text, 0, start + 1 + 40))


# A web address: a host with a dot before a top-level domain, or a page's file name; the mark a
# site puts on each language's version of a page (radarc.htm, radar_uc.html, radar_e.html).
_PAGE = r"\.s?html?"
_LANGUAGE_MARK = r"(?:uc|tc|sc|c|chi|zh|cn|e|en|eng)"
_ADDRESS = re.compile(rf"(?:[\w-]+\.)+(?:[a-z]{{2,6}})(?=/|$)|[\w-]+{_PAGE}$", re.IGNORECASE)


def _same_site(token: str, en: str) -> bool:
    """Whether ``token`` is a web address whose English counterpart is the same site's page in
    the other language (www2.sasg.gov.mo/zh against /en, radarc.htm against radar.htm): each
    language page links its own version. Same host, or a file name that differs only by a
    language mark."""
    if not _ADDRESS.search(token):
        return False
    if re.fullmatch(_LANGUAGE_MARK + _PAGE, token, re.IGNORECASE):
        return _ADDRESS.search(en) is not None  # the tail of page_uc.html, cut at the underscore
    host = token.split("/")[0].lower()
    if "." in host and not host.endswith((".htm", ".html", ".shtml")):
        return host in en.lower()
    stem = re.sub(rf"(?:_?{_LANGUAGE_MARK})?{_PAGE}$", "", token.split("/")[-1],
                  flags=re.IGNORECASE)
    return len(stem) >= 3 and re.search(rf"(?<![\w-]){re.escape(stem)}(?:_?[a-z]{{0,3}}){_PAGE}",
                                        en, re.IGNORECASE) is not None


_ACRONYM = re.compile(r"[A-Z]{2,8}")
# A run of capitalised words, with the small words a name keeps inside it (of, and, the, for).
_NAME_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"  # Asia-Pacific, Co-operation: one word
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:(?:\s+(?:of|and|the|for|on|in|&))*\s+{_NAME_WORD})*")
_SMALL = {"of", "and", "the", "for", "on", "in", "&"}


_LONE_LETTER = re.compile(rf"(?<![{_LATIN}0-9'’-])[A-Z](?![{_LATIN}0-9'’])")


def _spelt_in_lower_case(token: str, en: str) -> bool:
    """Whether consecutive words of ``en`` spell the acronym in lower case, small words taken
    or skipped (GDP: "gross domestic product", CPI: "the consumer price index")."""
    words = re.findall(r"[A-Za-z]+", en.lower())
    target = token.lower()
    return any(target in "".join(w[0] for w in variant)
               for variant in (words, [w for w in words if w not in _SMALL]))


def _initials(en: str) -> list[str]:
    """The initials of every run of capitalised words in ``en``, from each of its words on:
    "the London School of Economics" gives LSE, SE and E. An acronym may take the small
    words' initials too and one for each part of a hyphenated word (the Forum on
    China-Africa Cooperation is FOCAC, Asia-Pacific Economic Cooperation APEC), so the
    run's letters are read each of those ways."""
    out = []
    for m in _NAME_RUN.finditer(en):
        words = m.group().split()
        for small in (False, True):
            for hyphens in (False, True):
                letters = "".join(
                    "".join(p[0] for k, p in enumerate(w.split("-") if hyphens else [w])
                            if p and (k == 0 or p[0].isupper()))
                    for w in words if small or w not in _SMALL).upper()
                out += [letters[i:] for i in range(len(letters))]
    return list(dict.fromkeys(out))


def look_alike(token: str, en: str) -> str | None:
    """An English token that looks like ``token`` with other digits (5G and 4G, G20 and G7,
    COVID-19 and COVID-20): what a translation that changed the code wrote instead, or None."""
    letters = re.sub(r"[^a-z]", "", token.lower())
    if not letters or not re.search(r"\d", token):
        return None
    for m in _TOKEN.finditer(en):
        other = m.group()
        if other.lower() == token.lower() or not re.search(r"\d", other):
            continue
        if re.sub(r"[^a-z]", "", other.lower()) == letters:
            return other
    return None
