"""Paragraphs and speaker turns: the structure above sentences.

A transcript opens each turn with the speaker's name and a colon, either at the start of the
line (``寿小丽：今天……`` / ``Shou Xiaoli: Today…``) or alone on its own line. The label is kept
as structure (``Segment.speaker``), not as a sentence. Paragraphs are lines, except in
hard-wrapped text where a long line that does not end a sentence continues on the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from align.furniture import FIELD_LINE
from align.model import Lang
from align.scripts import (
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    EN_ADDRESSED,
    HAN,
    PINYIN_TONED,
    PREPOSITIONS,
    ZH_ADDRESS,
    is_han,
    is_title_case,
)

# A pinyin reading in brackets (总台(tái), with a tone mark), which some reprint sites print after
# many characters, is part of the label as a character is.
_ZH_READING = rf"[(（][a-z{PINYIN_TONED}]{{0,5}}[{PINYIN_TONED}][a-z{PINYIN_TONED}]{{0,5}}[)）]"
# A title may stand before the name with a space (国新办新闻局副局长 袭艳春：).
_ZH_LABEL = re.compile(
    rf"^[ \t\u3000]*((?:[^\s：:，,。！？!?、；;“”\"'（(「『]|{_ZH_READING}){{1,20}}?"
    rf"(?:[ \t\u3000]+[{HAN}·]{{2,4}})?)"
    r"[ \t]*[：:][ \t\u3000]*"
)
# A label ending in a verb of saying or listing introduces a quotation or a list, not a turn;
# so does one announcing what follows (呈现以下特点：, 谈以下几点：).
_ZH_NOT_SPEAKER = re.compile(
    r"(说|道|问|表示|指出|强调|认为|称|介绍|回答|如下|包括|是|为|有|即|例如|其中|注)$"
    r"|以下.{0,6}$"
)
# A speaker label names who speaks: a name, a role, a newspaper. A short line ending in a colon
# that holds a word no name holds is content (我先介绍一下几位新任的副总理：) or a salutation
# to the audience (各位代表：, "Ladies and Gentlemen:"): it is kept as a sentence. Closed
# classes: personal pronouns, particles (了 着 吧 呢 吗 啊 呀, 一下; 的, but in a questioner
# described by the turn, 第一位提问的记者), forms of address
# (各位, 诸位, 尊敬的, 亲爱的, and 们, the plural of people addressed: 朋友们, 同志们).
# (A header field, 时间：…, 来源：…, "Updated: …", names no one: ``align.furniture.FIELD_LINE``.)
# A label that names a kind of text (a speech, a report, the full text, a bilingual version, a
# question on a topic) heads a title or a section: 在国庆招待会上的讲话：《…》, 中英对照：…,
# 以下为讲话双语全文：, 中美关系问题：. A speaker label names who speaks, never what is said.
_ZH_TEXT_KIND = re.compile(
    r"(?:讲话|講話|致辞|致詞|演讲|演講|发言|發言|报告|報告|声明|聲明|贺词|賀詞|全文|实录|實錄|"
    r"对照|對照|双语|雙語|问题|問題|谈话|談話|答问|答問|文章|摘要|要点|要點)$|以下"
)
# An office addressed with an honorific (主席先生, 总统阁下, 秘书长女士: "Mr. President"):
# a vocative to the audience, as 各位代表 is, not the name of a speaker.
_ZH_VOCATIVE = re.compile(
    r"(?:阁下|閣下)$|(?:主席|总统|總統|总理|總理|首相|部长|部長|秘书长|秘書長|大使|议长|議長|"
    r"会长|會長|市长|市長|总干事|總幹事|校长|校長|院长|院長)(?:先生|女士)$"
)
_ZH_NOT_NAME = re.compile(rf"[我你您咱他她它了着吧呢吗嗎啊呀]|的(?!.{{0,8}}[记記]者$)|大家|一下"
                          rf"|{ZH_ADDRESS}")
_EN_LABEL = re.compile(
    r"^[ \t]*((?:[A-Z][\w.'’-]*)(?:[ \t]+(?:[A-Z][\w.'’-]*|of|the|and|de|van|von|bin))*"
    r"(?:,[ \t]+[^:.!?\n]{2,60})?)[ \t]*:(?:[ \t]+|$)"
)
_EN_NOT_SPEAKER = frozenset(
    "note notes example examples answer question first second third finally source sources "
    "update warning tip q a time date venue place location".split()
)
# The last word of a line that cannot end a paragraph: an article or possessive, a preposition,
# a coordinating conjunction, "to", an auxiliary (closed classes): the text goes on below. Not
# the auxiliaries that are also a month, a name, a noun or a time (May, Will, can, might, am),
# nor "; and" closing an item of a list whose items are lines.
_NON_FINAL = sorted(DETERMINERS | PREPOSITIONS | CONJUNCTIONS | {"to", "than"}
                    | AUXILIARIES - {"may", "will", "can", "might", "must", "am"})
OPEN_END = re.compile(rf"(?<![\w'’.;-])(?<!;[ \t])(?:{'|'.join(_NON_FINAL)})[ \t]*$",
                      re.IGNORECASE)
_SENTENCE_END = re.compile(r"[。！？!?…\.:：;；\"'”’」』）)】》|]\s*$")  # | ends a table cell
# A wrapped Chinese line that stops on a code's bracketed letters or digits (PELB(CR) / 10/32号;
# 立法会CB(2) / 820/98-99号) goes on: the wrap width fell inside the code.
_ZH_CODE_END = re.compile(r"[A-Za-z]\([A-Za-z0-9]{1,3}\)\s*$")
# A title before a name, which no sentence ends on: a page hard-wrapped after it ("… warm
# congratulations to Mr." / "Leung Chun-ying, …") goes on below.
_TITLE_END = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Mme|Messrs|Dr|Prof|H\.E|Hon|Rev|Gen|Sen|Rep|Gov"
                        r"|Capt|Col|Lt)\.[ \t]*$")  # not St.: a street's ends a sentence


@dataclass(frozen=True)
class Block:
    """A stretch of text that sentences never cross: one paragraph, or part of one turn."""

    start: int
    end: int
    paragraph: int
    speaker: str | None


def speaker_label(line: str, lang: Lang, *, opening: bool = False) -> tuple[str, int] | None:
    """(name, length of the label including colon and spaces) when the line opens a turn.
    ``opening``: the line is the page's first, where a title stands; a title in two halves
    (大变局中的中国外交：使命与担当, "Poverty Alleviation: China's Experience") is no turn."""
    if FIELD_LINE[lang].match(line):
        return None  # a header field (日期:2022-07-09, "Updated: Feb 3, 2020"), no turn
    if lang == "zh":
        m = _ZH_LABEL.match(line)
        name = re.sub(rf"{_ZH_READING}|[ \t\u3000]+", "", m.group(1)) if m else ""
        if not m or _ZH_NOT_SPEAKER.search(name) or _ZH_NOT_NAME.search(name) \
                or FIELD_LINE["zh"].match(name + "：") or _ZH_TEXT_KIND.search(name) \
                or _ZH_VOCATIVE.search(name) or _ZH_PART.match(name) or _ZH_COUNT.search(name) \
                or _ZH_NOT_A_NAME.search(name):
            return None
        after = line[m.end() :]
        if after.startswith("//"):
            return None  # sftp://…, file://…: any web address's scheme, no speaker
        if opening and (_ZH_SUBTITLE.fullmatch(after.strip()) or _subtitle(after, True)):
            return None  # 出席國宴 總統:You Are My Best Friend: a headline quoting a song
        if name[-1:].isdigit() and after[:1].isdigit():  # a time, 上午10:30
            return None
        if after[:1] in ("“", '"', "「"):  # 他说：“…” is a quotation, not a turn
            return None
        return name, m.end()
    m = _EN_LABEL.match(line)
    if not m or m.group(1).split()[0].lower().strip(".") in _EN_NOT_SPEAKER \
            or m.group(1).split()[0].lower() in PREPOSITIONS \
            or any(w in _EN_CLAUSE_VERBS for w in m.group(1).lower().split()) \
            or EN_ADDRESSED.search(m.group(1)) or _EN_VOCATIVE.match(m.group(1)) \
            or _EN_NUMBERED.match(m.group(1)) or _EN_PART.match(m.group(1)):
        return None
    after = line[m.end() :]
    if after.startswith(("“", '"')) or len(m.group(1).split()) >= (2 if opening else 3) \
            and _subtitle(after, opening):
        return None
    return m.group(1), m.end()


# A label that counts what follows (《通知》提出六项重点工作任务：, 谈三点意见：, 两个方面：)
# announces a list: a speaker's name holds no count of items (第一 is an order, not a count).
_ZH_COUNT = re.compile(r"(?<!第)[一二两兩三四五六七八九十几幾多\d]+"
                       r"(?:项|項|点|點|条|條|个?方面|個?方面|种|種|类|類)")
# What no speaker's name holds: a list item's number (3.機場：), a figure's or table's label
# (圖1：), a span of years (邁進20年：, a title), a web address's scheme (https:).
_ZH_NOT_A_NAME = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.．、)）]|^[(（]\d{1,2}[)）]"
                            r"|^(?:圖|图|表)\s*[\d一二三四五六七八九十]+$|[\d一二三四五六七八九十]年$"
                            r"|^(?:https?|ftp|mailto)$"
                            # a letter's salutation (致…订阅者："To subscribers"), a language's
                            # label before its link (中文：, 英文版：), a year (世界卫生日2015：),
                            # a picture's caption ([圖片：…])
                            r"|^致|^(?:中文|英文|繁體|繁体|簡體|简体|English)版?$|\d{4}"
                            r"|^[\[【]?(?:圖片|图片|照片|相片)[\]】]?$")
# A title's second half after the colon: a short phrase with no punctuation (使命与担当,
# 中国的倡议与行动), where a speech opens a sentence.
_ZH_SUBTITLE = re.compile(r"[^\s，,。！？!?；;：:、“”\"']{1,15}")


# A phrase that opens with a preposition ("At the Special Plenary Session:") sets the scene and
# names no one.
# A numbered heading ("I. The New Era", "2. Background", "IV. Outlook") is no speaker; nor is
# a clause with a verb ("The Headquarters, on the Avenue, has four parts:"), known by an
# auxiliary that is no name (not May, Will, Can).
_EN_CLAUSE_VERBS = frozenset(
    "is are was were has have had does did been being shall should would could".split())
_EN_NUMBERED = re.compile(r"(?:[IVXLC]{1,6}|\d{1,3})\.\s*\S")
# A part of a text by its number ("Chapter III:", "Part Two:", 第三章：, 第一条：, 附件2：) heads
# what follows: a heading, not a speaker.
_NUMERAL_EN = (r"(?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3})*|one|two|three|four|five|six|seven|eight|"
               r"nine|ten|eleven|twelve|first|second|third|fourth|fifth|sixth|seventh|eighth|"
               r"ninth|tenth)")
_EN_PART = re.compile(rf"(?:Chapter|Part|Section|Article|Annex|Appendix|Book|Volume|Title|Unit|"
                      rf"Lesson|Step|Phase|Stage|Item|Clause|Paragraph|Principle|Point)s?\s+"
                      rf"{_NUMERAL_EN}$", re.IGNORECASE)
_ZH_PART = re.compile(r"^(?:第[零〇一二两兩三四五六七八九十百千\d]+"
                      r"(?:章|节|節|条|條|篇|编|編|款|项|項|卷|课|課|部分|点|點|讲|講)"
                      r"|(?:附件|附录|附錄)[零〇一二三四五六七八九十\d]*)$")
# An office addressed as "Mr. President", "Madam Chair": a vocative, not a speaker.
_EN_VOCATIVE = re.compile(r"(?:Mr|Mrs|Ms|Madam|Madame)\.?\s+(?:[A-Z][a-z]+\s+)?"
                          r"(?:President|Chair(?:man|woman|person)?|Speaker|Secretary(?:-General)?|"
                          r"Minister|Prime Minister|Premier|Ambassador|Mayor|Director"
                          r"(?:-General)?)$")


def _subtitle(rest: str, opening: bool = False) -> bool:
    """Whether what follows a colon is a title's subtitle rather than a turn's speech: title
    case (three or more words, most capitalised) with no closing stop ("The Belt and Road
    Initiative: A Key Pillar of the Global Community"). Asked of a label of three or more
    words, or of two on the page's first line (where a title stands): a one-word role before
    a name ("Spokesperson: Senior Colonel Wu Qian"), and elsewhere a two-word one, is a header
    field that names the speaker. On the first line a short subtitle will do too ("China and
    ASEAN: Together for Vision 2030"): two to eight words, no clause punctuation, every word
    capitalised, a number or a small word of a title."""
    rest = rest.strip()
    if not rest or re.search(r"[.!?…][\"'”’)]*$", rest):
        return False
    if is_title_case(rest):
        return True
    words = rest.split()
    return opening and 2 <= len(words) <= 8 and not re.search(r"[,;:，；：]", rest) and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL for w in words) and sum(
        1 for w in words if w[0].isupper() or w[0].isdigit()) >= 2


# The small words a title leaves in lower case (closed classes).
_TITLE_SMALL = frozenset(w.lower() for w in DETERMINERS | PREPOSITIONS | CONJUNCTIONS | {"to"})


def blocks(text: str, lang: Lang) -> list[Block]:
    """Split ``text`` into paragraphs and turns with their speaker."""
    lines = _lines(text)
    typical = _typical_length(lines)
    long_line = _long_line_length(lines, lang, typical)
    column = _narrow_column(text, lines) if lang == "zh" else 0
    out: list[Block] = []
    speaker: str | None = None
    paragraph = -1
    cur_start: int | None = None
    cur_end = 0

    def flush() -> None:
        nonlocal cur_start
        if cur_start is not None and text[cur_start:cur_end].strip():
            out.append(Block(cur_start, cur_end, paragraph, speaker))
        cur_start = None

    for n, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            flush()
            continue
        # a label opens a paragraph: a line that goes on a hard-wrapped one is its text
        # (…至有关的决策局局长指定的日期为止:)
        label = speaker_label(line, lang, opening=not out) if cur_start is None else None
        if label is not None:
            flush()
            speaker = label[0]
            piece = _name_piece(text, out, start) if len(speaker.split()) <= 2 else None
            if piece is not None:  # "Shu" / "Jueting:": a name wrapped before its last word
                out.pop()
                paragraph -= 1
                speaker = f"{piece} {speaker}"
            start += label[1]
            if not text[start:end].strip():
                continue  # the name alone on its line: the turn follows
        if cur_start is None:
            paragraph += 1
            cur_start = start
        cur_end = end
        if (long_line is None or len(line) < long_line
                or _SENTENCE_END.search(line) and not (
                    lang == "zh" and _ZH_CODE_END.search(line))
                or _item_below(text, lines, n)) and not (
                lang == "en" and (OPEN_END.search(line) or _goes_on_below(text, lines, n)
                                  or _TITLE_END.search(line))
                or lang == "zh" and (_lone_character_joins(text, lines, n)
                                     or _vertical_joins(text, lines, n)
                                     or _zh_goes_on(text, lines, n, typical, column))):
            flush()  # a line that is not hard-wrapped ends its paragraph, unless it stops on
            # a word no sentence ends on ("... towards the achievement of the" / "Two ...")
    flush()
    return out


def _goes_on_below(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether English line ``n`` stops mid-sentence because the line below it opens in lower
    case ("… numerous countries and 60" / "percent of the world's population."): no English
    sentence or paragraph starts with a lower-case word. Not after a line that ends a
    sentence, nor before a list item ("a) …") or a line of lower-case code or address."""
    if n + 1 >= len(lines) or _SENTENCE_END.search(text[lines[n][0]:lines[n][1]]):
        return False
    below = text[lines[n + 1][0]:lines[n + 1][1]]
    return bool(_LOWER_START.match(below))


# How many lines of nearly the wrap width show a Chinese page with headings is wrapped.
WRAPPED_LINES_ZH = 6
# The shortest line a Chinese page is wrapped at (20 characters fill 40 columns).
WRAP_MIN_ZH = 20


# A Chinese line that stops on a clause's comma or an opening bracket goes on: no sentence,
# title or heading ends there.
_ZH_OPEN_END = re.compile(r"[\u4e00-\u9fff\d）)”》](?:[，、]|(?<!\d),)[ \t\u3000]*$|[（(][ \t]*$")
# A salutation's lines each end on a comma (尊敬的…总统, / 尊敬的…部长们,): a list, no wrapping.
_ZH_SALUTATION = re.compile(r"[ \t\u3000]*(?:尊敬的|亲爱的|親愛的|各位|女士们|女士們)")
# The widest a Chinese page is hard-wrapped at: a page whose long lines are longer holds a
# paragraph a line, and a line that stops without a mark there is a heading or a caption.
WRAP_MAX_ZH = 60
# The last sentence a line holds (after its last stop): where a wrap leaves a clause open.
_ZH_LAST_SENTENCE = re.compile(r"[^。！？!?]*$")
# A number and its unit or date mark broken over two lines (开设期由1998 / 年1月3日; 于1997年7月9 /
# 日向…): the wrap width fell inside the number.
_ZH_NUMBER_END = re.compile(r"\d[ \t]*$")
_ZH_UNIT_START = re.compile(r"[ \t\u3000]*[年月日号號时時点點元%％万萬亿億]")
_ZH_DATE_END = re.compile(r"\d[年月][ \t]*$|第[ \t]*$")  # … / 3月; 薪级第 / 3点
_ZH_DAY_START = re.compile(r"[ \t\u3000]*\d{1,3}[月日点點条條章段项項]")
# A long line in mid-sentence: it has a clause's comma (not a digit group's) and stops on a
# character, where the wrap width fell.
_ZH_CLAUSE = re.compile(r"[，]|(?<!\d),|,(?!\d)")
_ZH_CHARACTER_END = re.compile(r"[\u4e00-\u9fff\d][ \t\u3000]*$")
_ZH_CHARACTER_START = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff\d“《「]")
# Where a hard-wrapped paragraph may end: a stop, or the dash before a list (a colon may end a
# salutation, 各位代表:, under a title block).
_ZH_PARAGRAPH_END = re.compile(r"[。！？!?；;\-—][ \t\u3000]*$")


# No Chinese sentence, heading or list line opens on a clause's comma or a closing mark: a line
# that does continues the one above (a narrow table column wrapped: …研究设立 / ,政府当局…).
_ZH_CONTINUED = re.compile(r"[ \t\u3000]*[,，、。；;)）」』”]")
_BRACKETS = re.compile(r"[()（）]")


def _brackets_left(line: str) -> tuple[int, int]:
    """(round brackets ``line`` closes that it did not open, ones it opens and leaves open)."""
    closed_above = depth = 0
    for mark in _BRACKETS.findall(line):
        if mark in "(（":
            depth += 1
        elif depth:
            depth -= 1
        else:
            closed_above += 1
    return closed_above, depth


def _opens_bracket(line: str) -> bool:
    """Whether ``line`` leaves a round bracket open (…人士) (财; (参考资料摘要(档号:PELB(CR) …)."""
    return _brackets_left(line)[1] > 0


def _closes_bracket(line: str) -> bool:
    """Whether ``line`` closes a round bracket it did not open (政司司长除外) 担任…)."""
    return _brackets_left(line)[0] > 0


def _typical_length(lines: list[tuple[int, int]]) -> int:
    """The length of a text's long lines (the 90th percentile): a hard-wrapped page's width."""
    lengths = sorted(e - s for s, e in lines if e - s > 0)
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _zh_goes_on(text: str, lines: list[tuple[int, int]], n: int, typical: int,
                column: int = 0) -> bool:
    """Whether Chinese line ``n`` goes on into the next one on a page too short, or too mixed
    with headings and lists, to show its wrap width as a whole: the line stops on a comma (…工作和
    / 提供…, …,), inside a number and its unit (开设期由1998 / 年1月3日) or a bracket the next line
    closes, or, as long as the page's long lines, on a character in mid-sentence after a
    clause's comma (…,開設期 / 由1998年…), or in a hard-wrapped paragraph, or as a full line of
    the page's narrow ``column`` (``_narrow_column``). Never before a blank line or a numbered
    item."""
    if n + 1 >= len(lines) or _item_below(text, lines, n):
        return False
    line = text[lines[n][0]:lines[n][1]]
    below = text[lines[n + 1][0]:lines[n + 1][1]]
    if not below.strip():
        return False
    if (_ZH_NUMBER_END.search(line) and _ZH_UNIT_START.match(below)
            or _ZH_DATE_END.search(line) and _ZH_DAY_START.match(below)):
        return True
    if _ZH_CONTINUED.match(below):
        return True  # a line below that opens on a comma or a closing mark goes on this one
    if _opens_bracket(line) and _closes_bracket(below):
        return True  # …两个总工程师职位(首 / 长级薪级第1点)已于…: the bracket closes below
    long = len(line.strip()) >= max(WRAP_MIN_ZH, 0.8 * typical)
    if long and _ZH_OPEN_END.search(line) and not _ZH_SALUTATION.match(line):
        return True
    if column and _columns(line) >= column - NARROW_BAND and _ZH_COLUMN_END.search(line) \
            and _ZH_CHARACTER_START.match(below):
        return True  # 一名合适的人员到香港出口信 / 用保险局。: the column's width fell mid-word
    if not (_ZH_CHARACTER_END.search(line) and _ZH_CHARACTER_START.match(below)):
        return False
    if long and typical <= WRAP_MAX_ZH and _ZH_CLAUSE.search(_ZH_LAST_SENTENCE.search(line)[0]) \
            and (_ZH_PARAGRAPH_END.search(below)
                 or len(below.strip()) >= max(WRAP_MIN_ZH, 0.8 * typical)):
        return True  # (the line below ends the sentence or is as long: no heading of its own)
    return _wrapped_paragraph(text, lines, n)


_NARROW = re.compile("[\u0000-\u10ff]+")
# A page set in a narrow column (an agenda's or a table's: fewer than 40 columns, which
# ``_wrapped_paragraph`` leaves alone) shows its width by many lines that fill nearly the
# same columns (within ``NARROW_BAND``) and stop without a mark or on a slash, and by
# paragraphs that end with a stop on a line right under such a full one. A subtitle file's
# lines stop on no mark either, but its sentences do not end under full lines.
NARROW_BAND = 3
NARROW_MIN_ZH = 20  # columns: ten characters
NARROW_ENDS = 2
_ZH_COLUMN_END = re.compile(r"[\u4e00-\u9fff\d/／][ \t\u3000]*$")


def _narrow_column(text: str, lines: list[tuple[int, int]]) -> int:
    """The width in columns of the narrow column a Chinese page is set in, or 0."""
    # a line of 20 to 39 columns has 10 to 39 characters: only those are measured
    widths = [_columns(text[s:e]) if NARROW_MIN_ZH // 2 <= e - s < 2 * WRAP_MIN_ZH else 0
              for s, e in lines]
    full = [w for (s, e), w in zip(lines, widths, strict=True)
            if NARROW_MIN_ZH <= w < 2 * WRAP_MIN_ZH and _ZH_COLUMN_END.search(text, s, e)]
    if len(full) < WRAPPED_LINES_ZH:
        return 0
    width = max(set(full), key=lambda w: (sum(w - NARROW_BAND <= f <= w for f in full), w))
    if 2 * sum(width - NARROW_BAND <= f <= width for f in full) < len(full):
        return 0
    ends = sum(1 for n in range(1, len(lines))
               if width - NARROW_BAND <= widths[n - 1] <= width
               and _columns(text[lines[n][0]:lines[n][1]]) < width - NARROW_BAND
               and _ZH_PARAGRAPH_END.search(text, *lines[n])
               and _ZH_COLUMN_END.search(text, *lines[n - 1]))
    return width if ends >= NARROW_ENDS else 0


def _columns(line: str) -> int:
    """The columns a line fills: a Chinese character or mark two, an ASCII one one."""
    line = line.rstrip()
    return len(line) + len(_NARROW.sub("", line))


# The most full lines a hard-wrapped paragraph is looked for over (a page's paragraph is
# shorter; the bound keeps a long run of unstopped lines from being walked once per line).
WRAPPED_PARAGRAPH_MAX = 60


def _wrapped_paragraph(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether Chinese line ``n`` is one of the full lines of a hard-wrapped paragraph: it and
    every line after it down to the paragraph's last (no blank line between) fill nearly the
    same columns (within 15% of the widest, at least 40) and stop on a character, and the last
    line, no wider, ends the sentence. At least two full lines, or one below another, or one
    that opens a numbered item ((d) 運輸署的…已於1998年7月7日到 / 期撤銷。): a title over a
    one-line paragraph is no wrapped paragraph, and a list, a table of contents or a title
    block never ends on a stop."""
    narrowest = 0.85 * 2 * WRAP_MIN_ZH  # a full line fills 85% of a width of 40 columns or more
    width, least = 0, 10**6
    k = n
    while k < len(lines) and text[lines[k][0]:lines[k][1]].strip():
        line = text[lines[k][0]:lines[k][1]]
        if _ZH_PARAGRAPH_END.search(line):
            break
        columns = _columns(line)
        if (not _ZH_CHARACTER_END.search(line) or columns < narrowest
                or k - n >= WRAPPED_PARAGRAPH_MAX or k > n and _item_below(text, lines, k - 1)):
            return False  # (short lines are no full ones: a subtitle file's are not walked)
        width, least = max(width, columns), min(least, columns)
        if least < 0.85 * width:
            return False  # lines of unlike widths: no wrapped paragraph
        k += 1
    else:
        return False
    if k == len(lines) or not text[lines[k][0]:lines[k][1]].strip():
        return False
    if width < 2 * WRAP_MIN_ZH or k - n < 2 and not (
            _full_line_above(text, lines, n, width) or NUMBERED_ITEM.match(text, *lines[n])):
        return False
    return _columns(text[lines[k][0]:lines[k][1]]) <= width + 2


def _full_line_above(text: str, lines: list[tuple[int, int]], n: int, width: int) -> bool:
    """Whether the line above line ``n`` is a full line of the same paragraph (same width, no
    stop): then ``n`` is not a title standing over a one-line paragraph."""
    if n == 0:
        return False
    above = text[lines[n - 1][0]:lines[n - 1][1]]
    return (bool(above.strip()) and bool(_ZH_CHARACTER_END.search(above))
            and abs(_columns(above) - width) <= 0.15 * width)


def _lone_character_joins(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether Chinese line ``n`` goes on into the next line because one of the two is a lone
    character: a page copied with ragged breaks leaves single characters on lines of their own
    (在进入21世纪第二个十年和中 / 国 / 共产党成立90周年之际), and no Chinese sentence, title or
    heading is one character. Only among lines of prose as long as wrapped ones: the line
    above a lone character stops on a character (no mark) and is that long; the line below
    one goes on in characters (no numbered item), and the line above it is that long. A title
    block's short lines (2011年9月 / 目 / 录) are left as they are."""
    if n + 1 >= len(lines):
        return False
    line = text[lines[n][0]:lines[n][1]].strip()
    below = text[lines[n + 1][0]:lines[n + 1][1]].strip()
    if not line or not below or not is_han(line[-1]) or not is_han(below[0]):
        return False
    if len(below) == 1:
        return len(line) >= WRAP_MIN_ZH
    above = text[lines[n - 1][0]:lines[n - 1][1]].strip() if n else ""
    return len(line) == 1 and len(above) >= WRAP_MIN_ZH and not _item_below(text, lines, n)


# A line of a title set vertically: one character, or a few of a year's digits (○○ 七).
_VERTICAL_CELL = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff○〇]"
                            r"(?:[ \t\u3000]*[○〇零一二三四五六七八九]){0,2}[ \t\u3000]*")
# How many such lines in a row make a vertical title (two may be a heading and a lone word),
# and how far a run is followed either way (a cover's title is short: the work stays linear).
VERTICAL_RUN = 4
_VERTICAL_REACH = 16


def _vertical_joins(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether Chinese line ``n`` and the next are cells of a title a cover sets vertically, one
    character a line (二 / ○○ 七 / 年 / 年 / 报): a run of at least ``VERTICAL_RUN`` such lines,
    most of them one character, read as one line (二○○七年年报: the year is read whole)."""
    def cell(k: int) -> bool:
        return 0 <= k < len(lines) and bool(_VERTICAL_CELL.fullmatch(text, *lines[k]))

    if not (cell(n) and cell(n + 1)):
        return False
    first = n
    while cell(first - 1) and n - first < _VERTICAL_REACH:
        first -= 1
    last = n + 1
    while cell(last + 1) and last - n < _VERTICAL_REACH:
        last += 1
    run = [text[slice(*lines[k])].strip() for k in range(first, last + 1)]
    return len(run) >= VERTICAL_RUN and sum(len(c) == 1 for c in run) * 2 > len(run)


def _item_below(text: str, lines: list[tuple[int, int]], n: int) -> bool:
    """Whether the line below line ``n`` opens a numbered or bulleted item (II. …, 3. …,
    (a) …, 一、…, （二）…, • …, - …): a list of contents or headings, however long its lines,
    is no wrapped paragraph."""
    return n + 1 < len(lines) and bool(
        NUMBERED_ITEM.match(text, lines[n + 1][0], lines[n + 1][1])
        or _BULLET.match(text, lines[n + 1][0], lines[n + 1][1]))


_BULLET = re.compile(r"[ \t\u3000]*(?:[•●▪◆■◇□○·]|-{1,2}[ \t])")


NUMBERED_ITEM = re.compile(r"[ \t\u3000]*(?:(?:[IVXLC]{1,6}|\d{1,3})[.．](?!\d)"
                           r"|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)|[一二三四五六七八九十]{1,3}、"
                           r"|[（(][一二三四五六七八九十]{1,3}[)）])(?:[ \t]*\S|[ \t]*$)")
_LOWER_START = re.compile(r"[ \t]*[a-z]{2,}[a-z'’-]*(?:[ \t,;]|$)")
_NAME_WORD = re.compile(r"^[ \t]*([A-Z][a-z'’-]+)[ \t]*$")


def _name_piece(text: str, out: list[Block], start: int) -> str | None:
    """The first word of a speaker's name that a hard-wrapped page put on a line of its own
    ("Shu" above "Jueting: …"): the block just before the label line, alone on the line right
    above it, one capitalised word opening a paragraph (after a blank line or a finished
    sentence, or a line of no words such as a table rule). None otherwise."""
    if not out or text[start - 1 : start] != "\n":
        return None
    prev = out[-1]
    m = _NAME_WORD.match(text[prev.start : prev.end])
    if m is None or prev.end != start - 1 or (prev.start and text[prev.start - 1] != "\n"):
        return None
    before = text[: prev.start].rstrip(" \t\n")
    last = before.rpartition("\n")[2]  # the line above, if it holds letters or digits
    opens = (not any(ch.isalnum() for ch in last) or _SENTENCE_END.search(last)
             or "\n\n" in text[len(before) : prev.start])
    return m.group(1) if opens else None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _long_line_length(lines: list[tuple[int, int]], lang: Lang, typical: int) -> int | None:
    """The length above which a line looks hard-wrapped, or None when the text is not wrapped:
    most lines of the body then have nearly the same length (within 20% of the longest
    typical); in English the short lines of a title block, a salutation or a paragraph's end
    do not count against it. The shortest wrap width counted is 20 Chinese characters (the
    40 columns they fill; a page wrapped at 26 characters, 很少能看 / 到外国人, is wrapped) or
    60 English ones. ``typical``: the length of the text's long lines (``_typical_length``)."""
    lengths = [e - s for s, e in lines if e - s > 0]
    if len(lengths) < 4:
        return None
    if typical < (WRAP_MIN_ZH if lang == "zh" else 60) or typical > 120:
        return None
    near = sum(1 for n in lengths if n >= 0.8 * typical)
    # English: the title, salutation and last lines of paragraphs are shorter. A Chinese page's
    # short lines are more often whole lines of a title block, so all of them count there,
    # unless the page has many lines of the wrap width: then its short lines are headings
    # (条例草案目的 / 意见) between wrapped paragraphs
    body = sum(1 for n in lengths if n >= 0.5 * typical)
    if lang == "zh" and near < WRAPPED_LINES_ZH:
        body = len(lengths)
    return int(0.8 * typical) if near >= 0.6 * body else None
