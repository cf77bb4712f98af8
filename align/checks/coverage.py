"""Omissions and additions: sentences the aligner could not pair with anything, and sentences
inside a many-to-one bead that the other side does not translate.

The second case matters because an aligner prefers to absorb an untranslated sentence into its
neighbour's bead (a 2-1 instead of a 1-0 and a 1-1). A member of a bead is reported when two
independent signals agree: the bead's similarity rises clearly once that member is left out,
and the other side's length fits the remaining members better than all of them (by the
document's own English-to-Chinese length ratio). Such an omission is an error when it is
confident (the similarity gain is large, or clear and backed by a clear gain in length fit) and
a warning otherwise.

Some one-sided sentences are document furniture rather than content, and are reported as info
(or grouped): a Chinese sentence that repeats another one the English translates (a page that
prints its header or a photo caption twice); photo credits, bylines, datelines, salutations and
the "the Chinese text prevails" notice present on one side only; a header block (时间：/地点：/
发布人：/主持人：) left untranslated, reported once for the whole block; and English sentences
that continue a one-to-many bead of the aligner's largest size (a Chinese sentence translated as
a list of more than five English sentences), reported once as info. The page's head (``PageHead``:
the opening lines before the text itself begins) holds the title block, speaker and venue lines,
an editor's lead and captions that one page prints and the other does not: a one-sided sentence
there is at most a warning, never a confidently dropped sentence of the text; one with the form
of an editor's lead (``reports_text``) is info. A merged sentence that refers back to the one
before it in its bead (中方对此高度评价。) is at most a warning: a translator folds such a comment
into the rendering of what it comments on.

Otherwise the severity follows the word-level evidence, measured against the document's own
literalness: a one-sided sentence whose words a neighbouring bead renders (with words the
neighbour's own sentences leave unaccounted for) is translated next door, info; a merged
English member beside English that leaves more of the Chinese unrendered than the document's
typical bead does may be a free rendering of what is left, info.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from align.checks.base import CheckContext, sentence_lengths
from align.checks.entities import caption
from align.checks.lexical import EN_JOIN, ZH_JOIN, corr, english, joined
from align.furniture import AUTHOR_NOTE_EN as _AUTHOR_NOTE_EN
from align.furniture import AUTHOR_NOTE_ZH as _AUTHOR_NOTE_ZH
from align.furniture import (
    BRACKETED_LABEL_ZH,
    CAPTION_EN,
    CAPTION_ZH,
    HEAD_MAX,
    NUMERIC_DATE_LINE,
    header_field,
    introduces_text,
    is_credit,
    one_sided,
    reports_text,
)
from align.furniture import BYLINE_EN as _BYLINE_EN
from align.furniture import BYLINE_ZH as _BYLINE_ZH
from align.furniture import CREDIT_EN as _CREDIT_EN
from align.furniture import CREDIT_ZH as _CREDIT_ZH
from align.furniture import END_MARK_EN as _END_MARK_EN
from align.furniture import END_MARK_ZH as _END_MARK_ZH
from align.furniture import NOTICE_EN as _NOTICE_EN
from align.furniture import NOTICE_ZH as _NOTICE_ZH
from align.furniture import PAGE_CREDIT_EN as _PAGE_CREDIT_EN
from align.furniture import PAGE_CREDIT_ZH as _PAGE_CREDIT_ZH
from align.lexicon import Correspondence, lexicon
from align.lexicon.zh import segment as zh_words
from align.model import Alignment, Bead, Document, Finding, Severity, Span
from align.numbers import extract_en, extract_zh
from align.numbers.tokens import without_readings
from align.rules import ADDITION, OMISSION
from align.scripts import HAN, HAN_CHAR, has_word, is_salutation, is_title_case
from align.vectors import group_vector, length_fit

_WORD = re.compile(r"[A-Za-z]+")


def content_size(text: str) -> int:
    """Rough amount of content, in Chinese-character equivalents (an English word counts 1.5)."""
    return len(HAN_CHAR.findall(text)) + int(1.5 * len(_WORD.findall(text)))


# An English sentence count from which a one-to-many bead is the aligner's largest (1-5) or
# nearly: English-only sentences right after it are probably the rest of the same list.
LONG_BEAD = 4
# A merged omission is confident (an error) when leaving the sentence out raises the bead's
# similarity by this many times merge_min_gain, or by CLEAR_GAIN times with the other side's
# length fitting the remaining sentences clearly better (by FIT_GAIN in log ratio).
CONFIDENT_GAIN, CLEAR_GAIN, FIT_GAIN = 2.4, 1.8, 0.2
# A merged member is translated after all (info, not a finding to act on) when at least this
# share of its content words (three or more) are accounted for by the bead's other side
# (dictionary links): a sentence split in two whose second half the embedding misses.
MEMBER_COVERED, MEMBER_MIN_WORDS = 0.5, 3
SPLIT_MIN_WORDS = 2
# A merged member is not confidently added or dropped when the rest of the bead is itself a weak
# pair: below the document's median similarity by this much (the grouping is in doubt).
WEAK_REST = 0.15
# The share of a bead's Chinese content words a literal official translation renders (free ones,
# such as speeches, about 0.4): what the rest of a bead with a merged English member must render
# for the member to be an addition, when the document is too short to measure its own share.
LITERAL_SHARE = 0.7
LEAD = ("furniture", "lead or caption")  # the evidence of a page's dated lead or photo caption
# How many opening sentences of a document can be its heading (title, byline, dateline).
HEADING_LINES = 3
# The share of a sentence's character bigrams found in another sentence for it to be a repeat.
REPEAT_SHARE = 0.75

_HEADER_LABEL = (r"(?:时\s*间|時\s*間|日\s*期|地\s*点|地\s*點|发\s*布\s*人|發\s*[佈布]\s*人|"
                 r"主\s*持\s*人|主办|主辦|出席|嘉宾|嘉賓)\s*[：:]")
_HEADER_LINE = re.compile(rf"^\s*{_HEADER_LABEL}")
# The dateline a reprint opens with: a wire service's (新华社北京9月6日电) or a web site's
# (外交部网站5月13日消息, 新华网北京5月13日讯), the day the agency filed or the site posted it.
_WIRE_DATELINE = re.compile(r"^\s*[^，。,；;\s]{0,20}?(?:\d{4}\s*年\s*)?"
                            r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|(?:讯|訊|消息)(?=[\s，,：:]))")
_HEADER_FIELD = re.compile(rf"{_HEADER_LABEL}.*?(?={_HEADER_LABEL}|[。；;\n]|$)")
# A line of address however long its titles (尊敬的英国财政部经济大臣史蒂芬·巴克莱阁下，): it opens
# with a form of address and ends with a comma or colon, no sentence in it.
_ADDRESS_LINE_ZH = re.compile(r"^(?:尊敬的|尊贵的|尊貴的|亲爱的|親愛的)"
                              r"[^。！？!?；;]{1,80}[，,：:]$")
# ... and in English (Your Excellency Mr. Peter Thomson, President of the 71st Session of …,;
# Rt Hon Christopher Luxon, Prime Minister of New Zealand,).
_ADDRESS_LINE_EN = re.compile(
    r"^(?:your\s+(?:excellenc|majest|royal\s+highness|highness|holiness|honou?r)\w*"
    r"|excellenc(?:y|ies)|(?:the\s+)?(?:rt\.?|right)\s+hon\w*\.?|honou?rable|dear"
    r"|distinguished|respected|esteemed)\b(?:[^.!?;]|\.(?=\s?[A-Z]))"  # Mr. Peter Thomson
    r"{1,200}[,:]$", re.IGNORECASE)
# A greeting or a bare thanks with nothing else in it (您好。 大家上午好！ 谢谢大家。), as a
# journalist opens a question or a speaker a turn: a translation often leaves it out (every
# dropped thanks judged on the real pairs was a false alarm).
_COURTESY_ZH = re.compile(r"^\s*(?:(?:各位|大家|您|你们?|你們)(?:好|早上好|上午好|下午好|晚上好)"
                          r"|(?:谢谢|謝謝|感谢|感謝)(?:大家|各位|您)?)[。！!，,]?\s*$")
# A date: its year in four digits (2023年3月5日, 2023年), run together (20230305日), or of the
# Republic of China's calendar with month and day (97年01月31日, 中華民國104年12月08日).
_DATE_ZH = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|\d{6,8}\s*日"
                      r"|(?:中華民國|中华民国|民國|民国)?\s*\d{2,3}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# A dateline in brackets under a title, with or without its year: (2月3日，奥克兰), （3月5日）.
_BRACKETED_DATELINE = re.compile(r"^[（(]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
                                 r"(?:\s*[,，、]?\s*[^\s，。,;；()（）]{1,12})?\s*[)）]$")
# A live transcript's turn mark alone on its line: a bracketed speaker label and the machine's
# date and time ([王兆国](2010-03-09 15:06:04)), or the time alone: which page prints them is
# the page's choice, nothing of the text.
_TIME_MARK_LINE = re.compile(r"^(?:[\[【［][^\]】］]{1,60}[\]】］]\s*)?[\[【［(（]\s*"
                             r"(?:\d{4}-\d{1,2}-\d{1,2}\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*[\]】］)）]$"
                             r"|^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_DATE_EN = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
                      rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\b")
# A sentence that opens with the day it reports: a news lead or a photo caption.
DATED_LEAD = re.compile(rf"^(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
                        rf"|^(?:On\s+)?(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\.?\s+\d{{1,2}})\b")
# A Chinese news report's opening sentence names its subject, then the day, in its first clause
# (国家主席习近平8月10日给…回信, 国务院总理李强6月25日在天津出席…), in the third person: a lead
# when it opens the page.
NEWS_LEAD = re.compile(r"^(?![我咱])[^\d，,。；;！？!?：:]{2,30}?"
                       r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")


class CoverageCheck:
    rules = (OMISSION, ADDITION)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        small = ctx.settings.coverage_min_chars
        repeats = _Repeats(_translated(a.zh, a.beads, "zh"))
        repeats_en = _Repeats(_translated(a.en, a.beads, "en"))
        head = PageHead.of(a, ctx.similarity.median)
        lone = _LoneFurniture(a)
        header: list[int] = []  # consecutive omitted header lines, reported as one
        after_long = False  # inside a run of English-only sentences after a long 1-n bead
        for index, bead in enumerate(a.beads):
            if bead.zh and not bead.en and all(_HEADER_LINE.match(a.zh.segments[i].text)
                                               for i in bead.zh):
                header.append(index)
                continue
            if header:
                yield _header_finding(a.zh, a.en, a.beads, header)
                header = []
            if bead.zh and not bead.en:
                span = _span(a.zh, bead.zh)
                severity, evidence = _omission_grade(span.text, small, repeats,
                                                     said=_analysed(a.zh, bead.zh))
                if severity is not Severity.INFO and (
                        heading := _heading(a.zh, bead.zh) or signature_block(a.zh, bead.zh)
                        or _rest_of_lead(a, bead.zh[0])
                        or rendered_next_door(a, index, span.text)
                        or head.furniture(a.zh, bead.zh)
                        or lone(a.zh, bead.zh)
                        or restated_caption(a, index, span.text)
                        or listed_in_block(a, index)):
                    severity, evidence = Severity.INFO, (heading,)
                elif severity is None and head.holds("zh", bead.zh):
                    severity, evidence = Severity.WARNING, (HEAD,)
                elif severity is None and section_heading(a.zh, bead.zh):
                    severity, evidence = Severity.WARNING, (SECTION_HEADING,)
                yield OMISSION.finding(
                    "This Chinese sentence is missing from the English translation.",
                    zh=span,
                    en=_neighbour(a.en, a.beads, index, "en"),
                    severity=severity,
                    evidence=evidence,
                    bead=index,
                )
            elif bead.en and not bead.zh:
                if after_long:
                    continue  # reported once, with the first of the run
                span = _span(a.en, bead.en)
                severity, evidence = _addition_grade(span.text, small, repeats_en,
                                                     said=_analysed(a.en, bead.en))
                if severity is not Severity.INFO:
                    heading = (_heading(a.en, bead.en) or signature_block(a.en, bead.en)
                               or _rest_of_lead(a, bead.en[0], "en")
                               or rendered_next_door(a, index, span.text, "en")
                               or head.furniture(a.en, bead.en)
                               or lone(a.en, bead.en)
                               or _split_lead_in(a, index))
                    doubt = (heading,) if heading else _weak_neighbour(
                        a, index, (index - 1, index + 1), ctx.similarity.median)
                    if doubt:
                        severity, evidence = Severity.INFO, doubt
                run = _continuation(a.beads, index)
                if run:
                    after_long = True
                    span = _span(a.en, run)
                    severity = Severity.INFO
                    evidence = (("continues", "the one-to-many bead before it"),)
                yield ADDITION.finding(
                    "This English sentence has no counterpart in the Chinese original."
                    if not run else "These English sentences continue the long translation of "
                    "the Chinese sentence before them (a list longer than the aligner's largest "
                    "bead); check that they belong to it.",
                    zh=_neighbour(a.zh, a.beads, index, "zh"),
                    en=span,
                    severity=severity,
                    evidence=evidence,
                    bead=index,
                )
                continue
            after_long = False
        if header:
            yield _header_finding(a.zh, a.en, a.beads, header)
        if ctx.zh_vectors is not None and ctx.en_vectors is not None:
            yield from _inside_merges(ctx, repeats, head)
            yield from _borrowed_english(ctx, repeats, head)


def _omission_grade(text: str, small: int, repeats: _Repeats, own: int | None = None,
                    said: str | None = None
                    ) -> tuple[Severity | None, tuple[tuple[str, str], ...]]:
    """The severity of a one-sided Chinese sentence (None: the rule's default, an error) and
    the evidence for a lower one. ``own``: the sentence's id when it is itself translated;
    ``said``: its analysed text (simplified), which ``repeats`` compares, where ``text`` is
    the page's own (traditional on a Hong Kong page)."""
    kind = furniture_zh(text) or _wordless(text)
    if kind:
        return Severity.INFO, (("furniture", kind),)
    if repeats(said if said is not None else text, own):
        return Severity.INFO, (("matched_in", "a repeated Chinese sentence"),)
    return (None if content_size(text) >= small else Severity.WARNING), ()


def _addition_grade(text: str, small: int, repeats: _Repeats, said: str | None = None
                    ) -> tuple[Severity | None, tuple[tuple[str, str], ...]]:
    """As ``_omission_grade``, for a one-sided English sentence: one that says again most of a
    translated English sentence (a page's summary line repeating its first sentence) adds
    nothing."""
    kind = furniture_en(text) or _wordless(text)
    if kind:
        return Severity.INFO, (("furniture", kind),)
    if repeats(said if said is not None else text):
        return Severity.INFO, (("matched_in", "a repeated English sentence"),)
    return (None if content_size(text) >= small else Severity.INFO), ()


def _wordless(text: str) -> str:
    """"a line with no words" when a sentence holds no letter, digit or character: a table's
    rule or empty cell ("|"), a row of dashes, a lone bullet: layout, nothing to translate."""
    return "" if has_word(text) else "a line with no words"


def wire_dateline(text: str) -> str:
    """The wire-service dateline a Chinese report opens with (人民网北京9月6日电, 新华社华盛顿
    3月1日电), or "": a reprint prints it, a translation often has its own or none."""
    m = _WIRE_DATELINE.match(text)
    return m.group() if m else ""


def header_fields(text: str) -> list[str]:
    """The header fields (时间：…, 地点：…, 发布人：…) in a Chinese text, wherever they stand: a
    page may run them into its title line ("…文字实录时间:2024年5月30日15:00地点:…"). A lone
    label inside a sentence ("会议时间：三小时") is no header: a field opens its line, or there
    are two of them."""
    found = list(_HEADER_FIELD.finditer(text))
    if len(found) < 2:
        found = [m for m in found if not text[: m.start()].strip(" \t").rpartition("\n")[2]]
    return [m.group() for m in found]


# An English header field: a label of time or place and its value, on one line or on the next
# ("Date: June 12, 2024"; "Date:" / "June 12, 2024"), as a press conference page heads its
# transcript (speakers, chairperson, date).
_HEADER_FIELD_EN = re.compile(r"(?:^|\n)[ \t]*(?:Date|Time|Venue|Place|Location)[ \t]*:"
                              r"[ \t]*\n?([^\n]{1,60})(?=\n|$)")


def header_fields_en(lines: list[str]) -> list[str]:
    """The values of the English header fields among consecutive ``lines`` (sentences)."""
    return [m.group(1) for m in _HEADER_FIELD_EN.finditer("\n".join(lines))]


def furniture_zh(text: str) -> str:
    """What kind of document furniture a Chinese sentence is ("" when it is content): a photo
    credit, the notice that the Chinese text prevails, a dateline, a salutation."""
    t = text.strip()
    if (label := BRACKETED_LABEL_ZH.match(t)) and label.end() < len(t):
        t = t[label.end():]  # what the speaker says after the label
    if _CREDIT_ZH.search(t):
        return "photo credit"
    if CAPTION_ZH.match(t):
        return "caption"
    if _PAGE_CREDIT_ZH.match(t) or _BYLINE_ZH.match(t) or _AUTHOR_NOTE_ZH.match(t):
        return "credit"
    if header_field(t, "zh") or (_HEADER_LINE.match(t) and not re.search("[。！？!?]", t)):
        return "header field"
    if _END_MARK_ZH.match(t):
        return "end mark"
    if _NOTICE_ZH.search(t):
        return "notice"
    if _COURTESY_ZH.match(t):
        return "greeting"
    if is_salutation(t, "zh", thanks=False) or _ADDRESS_LINE_ZH.match(t):
        return "salutation"
    if _ATTRIBUTION_ZH.match(t):
        return "attribution"
    if wire_dateline(t):
        return "wire dateline"
    m = _DATE_ZH.search(t)
    if m and len(HAN_CHAR.findall(t[: m.start()] + t[m.end():])) <= 14 and "。" not in t \
            or _BRACKETED_DATELINE.match(t):
        return "dateline"
    if t.endswith(("：", ":")) and len(HAN_CHAR.findall(t)) <= 12:
        return "salutation"
    if _TITLED_SPEAKER_ZH.match(t):
        return "speaker label"
    if _TIME_MARK_LINE.match(t):
        return "time mark"
    if NUMERIC_DATE_LINE.match(t):
        return "dateline"
    return ""


# A transcript's speaker line with the speaker's offices before the name, set off by a space
# (广西壮族自治区党委副书记、自治区主席 蓝天立：): English pages label the turn with the name
# alone and list the offices once, so the line has no sentence of its own to translate. The
# offices end in an office's last character (主席, 书记, 局长, 主任, 发言人, 委员, 大使 …).
_TITLED_SPEAKER_ZH = re.compile(rf"^[{HAN}、]{{1,40}}[长長席记記任理员員官使事人师師]"
                                rf"[ \t\u3000]+[{HAN}·]{{2,4}}\s*[：:]$")

# A quotation's source on a line of its own after it, opened by a dash: "——2021年7月1日，习近平在
# …大会上的讲话", "— Xi Jinping, speech at …": a page of quotations attributes each one.
_ATTRIBUTION_ZH = re.compile(r"^(?:——|—|--)\s*[^。！？!?]{2,60}。?$")
_ATTRIBUTION_EN = re.compile(r"^(?:—|–|--)\s*[A-Z0-9][^.!?]{1,100}\.?$")
# A line of an English transcript's list of speakers: a name, a comma and the offices, no closing
# stop ("Ms. Xing Huina, deputy head of the International Press Bureau …"), where the Chinese
# page names them in its lead or in each turn's label.
_PARTICIPANT_EN = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Madam|Dr|H\.E)\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2},\s+"
    # no verb after the name: "Wang Yi, the foreign minister, said …" is a sentence
    r"(?![^.!?]*\b(?:said|says|will|would|is|was|are|were|has|have|had)\b)"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:minister|member|director(?:-general)?|head|"
    r"spokes(?:person|man|woman)|chair(?:man|woman|person)?|president|secretary|governor|"
    r"mayor|ambassador|commissioner|deputy|vice|chief|delegate|administrator|commander)\b"
    r"[^.!?]*$")


def furniture_en(text: str) -> str:
    """What kind of document furniture an English sentence is ("" when it is content)."""
    t = text.strip()
    if _CREDIT_EN.search(t):
        return "photo credit"
    if CAPTION_EN.match(t):
        return "caption"
    if _PAGE_CREDIT_EN.match(t) or _BYLINE_EN.match(t) or _AUTHOR_NOTE_EN.match(t):
        return "credit"
    if header_field(t, "en"):
        return "header field"
    if _END_MARK_EN.match(t):
        return "end mark"
    if _NOTICE_EN.search(t):
        return "notice"
    if is_salutation(t, "en", thanks=False) or _ADDRESS_LINE_EN.match(t):
        return "salutation"
    m = _DATE_EN.search(t)
    if m and len(_WORD.findall(t[: m.start()] + t[m.end():])) <= 8 and not t.endswith(".") \
            or NUMERIC_DATE_LINE.match(t):
        return "dateline"
    if t.endswith((",", ":")) and len(_WORD.findall(t)) <= 10:
        return "salutation"
    if _ATTRIBUTION_EN.match(t):
        return "attribution"
    if _PARTICIPANT_EN.match(t):
        return "speaker list"
    return ""


# A photo caption, which each page writes in its own words ("poses for a group photo" for
# 这是会前集体合影, run into one sentence): its sentences need not pair one by one.
CAPTION = (("furniture", "caption"),)
# How many closing sentences of a document can be its signature block (the issuing office, the
# place, the date), and how long each of its lines may be.
CLOSING_LINES = 3
CLOSING_SIZE = 24
SIGNATURE = ("furniture", "signature block")


def _caption_bead(a: Alignment, index: int) -> bool:
    """Whether a bead is a photo caption: a side ends with a photo or agency credit, in the bead
    or on the line right after it (the credit the segmenter set apart, [新华社记者 饶爱民 摄])."""
    texts = []
    for side, doc in (("zh", a.zh), ("en", a.en)):
        ids = getattr(a.beads[index], side)
        text = _span(doc, ids).text if ids else ""
        after = max(ids) + 1 if ids else None
        if after is not None and after < len(doc.segments) and is_credit(
                doc.segments[after].text, side):
            text = f"{text} {doc.segments[after].text}"
        texts.append(text)
    return caption(*texts)


def signature_block(doc: Document, ids: tuple[int, ...]) -> tuple[str, str] | None:
    """Evidence that one-sided sentences are the page's signature block: among its last
    ``CLOSING_LINES`` and running to its end, each a short line with no closing stop
    (政协大会新闻组 / 2011年3月2日; "The Press Center of the Secretariat" / "March 10th, 2008").
    A notice's issuer and date are printed, or left out, by each page on its own; a document
    of a few lines has none."""
    n = len(doc.segments)
    if n <= CLOSING_LINES or min(ids) < n - CLOSING_LINES:
        return None
    # the block runs to the page's end: no sentence of the text comes after it
    texts = [doc.segments[i].text.strip() for i in range(min(ids), n)]
    if any(not t or SENTENCE_END.search(t) or content_size(t) > CLOSING_SIZE for t in texts):
        return None
    return SIGNATURE


# A block of short lines: this many consecutive ones at least (a signature of office, title,
# name and date; an attendance list; an address), each short and with no closing stop or
# comma. Each page orders such lines its own way (顾建华 before or after his title; 香港金钟道88号
# before the addressee, "88 Queensway / Hong Kong" after).
# At most LINE_BLOCK_MAX of them: a longer run of unstopped lines is a text's body (a subtitle
# file, a list of verses), whose lines keep their order; and the checks that read a block
# whole stay bounded in what they read per finding.
LINE_BLOCK_MIN, LINE_BLOCK_MAX = 3, 100
_CLAUSE_MARKS = tuple(",，、;；")  # a salutation's lines ("Hon. Mayor Phil Goff,") are a sentence


def line_block(doc: Document, ids: tuple[int, ...]) -> range | None:
    """The block of short lines the sentences ``ids`` (consecutive) stand in, or None: the one
    around the first of them that is such a line (a bead may take in the sentence after it)."""
    def clause_end(i: int) -> bool:
        return 0 <= i < len(doc.segments) and doc.segments[i].text.strip().endswith(
            _CLAUSE_MARKS)

    def short_line(i: int) -> bool:
        if not 0 <= i < len(doc.segments):
            return False
        text = doc.segments[i].text.strip()
        # a comma after a name in a list ("Miss Odelia LEUNG," over her title) is no
        # salutation's, whose lines all end on one
        return bool(text) and not SENTENCE_END.search(text) and not (clause_end(i) and (
            not text.endswith((",", "，")) or clause_end(i - 1) or clause_end(i + 1))) \
            and content_size(text) <= CLOSING_SIZE

    short = [i for i in ids if short_line(i)]
    if not short:
        return None
    first = last = short[0]
    while short_line(first - 1) and last - first < LINE_BLOCK_MAX:
        first -= 1
    while short_line(last + 1) and last - first < LINE_BLOCK_MAX:
        last += 1
    return range(first, last + 1) if LINE_BLOCK_MIN <= last - first + 1 <= LINE_BLOCK_MAX \
        else None


def bead_blocks(a: Alignment, bead: Bead) -> tuple[range, range] | None:
    """The blocks of short lines (``line_block``) a bead stands in on both sides, Chinese and
    English, or None unless it stands in one on each: what the checks that let such lines
    pair in any order (speakers, names, numbers, meaning) ask."""
    zh, en = line_block(a.zh, bead.zh), line_block(a.en, bead.en)
    return None if zh is None or en is None else (zh, en)


def _heading(doc: Document, ids: tuple[int, ...]) -> tuple[str, str] | None:
    """Evidence that one-sided sentences are the page's own heading: among its first
    ``HEADING_LINES`` and no sentence (no closing stop), or a sentence that opens with the
    day it reports (9月28日下午，国防部举行例行记者会…: a news lead or photo caption), or the
    page's first sentence naming its subject and then the day (``NEWS_LEAD``); a page may print
    these, or leave them out, in one language only."""
    text = " ".join(doc.segments[i].text for i in ids).strip()
    if max(ids) >= HEADING_LINES or not text:
        return None
    if DATED_LEAD.match(text) or (ids[0] == 0 and NEWS_LEAD.match(text)):
        return LEAD
    if text.endswith(tuple(".!?。！？…")):
        return None
    return HEADING


# The page's head: how many opening sentences of a side may be its head at most (``HEAD_MAX``,
# a title block, dateline, speaker and venue lines, an editor's lead, a photo caption, a
# contents list), and how many consecutive body beads mark where the text itself begins.
BODY_RUN = 2
# Opening sentences of one page before any the two pages share: this many or more are the
# page's own head (a headline and a lead), one alone may be a dropped first sentence.
LEADING_LONE = 2
SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’)）\]】」』]*\s*$")


@dataclass(frozen=True)
class PageHead:
    """The page's head region on each side: the opening segments before the text itself
    begins, up to the last one that looks like page furniture (``zh`` and ``en`` are the
    exclusive ends, 0 when there is none).

    The text begins at the first run of ``BODY_RUN`` consecutive two-sided beads that are
    sentences on both sides (closing stop, no bare salutation) and pair at least as well as the
    document's typical bead less ``WEAK_REST``: structure both pages show. Before it, a line
    without a closing stop (a title, a speaker or venue line, a contents entry; not one the
    aligner merged with a sentence, which more often lost its stop), a dated lead or caption,
    furniture (``furniture_zh`` / ``furniture_en``: a dateline, a notice, a credit), a
    sentence that reports the text's delivery (``reports_text``: 国家主席习近平…发表新年贺词)
    is the page around the text. A complete sentence among them is most often an editor's lead
    that one page prints and the other does not; it is no confidently dropped sentence of the
    text (at most a warning), and it is furniture (info) when a notice that introduces the
    text (全文如下, "Following is the full text") comes after it in the head, or when it has
    the form of a lead itself (``reports_text``). Without such a
    run (a short or loose document) there is no head."""

    zh: int = 0
    en: int = 0
    notice: tuple[int, int] = (-1, -1)  # the last notice in each side's head, or -1

    @classmethod
    def of(cls, a: Alignment, typical: float) -> PageHead:
        body = [_body_bead(a, b, typical) for b in a.beads[: 2 * HEAD_MAX]]
        runs = [i for i in range(len(body)) if all(body[i : i + BODY_RUN])
                and len(body[i : i + BODY_RUN]) == BODY_RUN]
        # a short excerpt may have no run: its first body bead then
        first = runs[0] if runs else body.index(True) if any(body) else None
        if first is None:
            return cls()
        start = a.beads[first]
        ends, notices = [], []
        # the body bead's own leading members may be furniture the aligner merged into it
        for side, doc, last, kind_of in (("zh", a.zh, start.zh[-1], furniture_zh),
                                         ("en", a.en, start.en[-1], furniture_en)):
            end, notice = 0, -1
            # a line without a stop merged with a sentence of the text is more often a
            # sentence whose stop the page lost than a heading
            merged = {i for b in a.beads[:first] for ids in (getattr(b, side),)
                      if len(ids) > 1 and any(SENTENCE_END.search(doc.segments[k].text)
                                              for k in ids) for i in ids}
            for seg in doc.segments[: min(last, HEAD_MAX)]:
                kind = kind_of(seg.text)
                if kind == "notice":
                    notice = seg.id
                if kind or DATED_LEAD.match(seg.text.strip()) or reports_text(
                        seg.text, side) or not (
                        SENTENCE_END.search(seg.text) or seg.id in merged):
                    end = seg.id + 1
            ends.append(end)
            notices.append(notice)
        # a page that opens with sentences of its own before anything both pages print (a
        # headline and an editor's lead over a column) opens with its head
        leading = next((k for k, b in enumerate(a.beads) if b.zh and b.en), 0)
        lone_zh = [i for b in a.beads[:leading] for i in b.zh]
        if len(lone_zh) >= LEADING_LONE and max(lone_zh) < HEAD_MAX:
            ends[0] = max(ends[0], max(lone_zh) + 1)
        return cls(zh=ends[0], en=ends[1], notice=(notices[0], notices[1]))

    def holds(self, side: str, ids: tuple[int, ...]) -> bool:
        """Whether the sentences ``ids`` of ``side`` are in the page's head."""
        return bool(ids) and max(ids) < (self.zh if side == "zh" else self.en)

    def furniture(self, doc: Document, ids: tuple[int, ...]) -> tuple[str, str] | None:
        """Evidence that head sentences ``ids`` are the page around the text (info), or None:
        a line without a closing stop, a dated lead or caption, or a sentence before the
        notice that introduces the text or with the form of one (``reports_text``: an editor's
        lead)."""
        side = doc.lang
        if not self.holds(side, ids):
            return None
        text = " ".join(doc.segments[i].text for i in ids).strip()
        if DATED_LEAD.match(text):
            return LEAD
        if not SENTENCE_END.search(text):
            return HEADING
        if max(ids) < self.notice[0 if side == "zh" else 1] or reports_text(text, side):
            return ("furniture", "editor's lead")
        return None


class _LoneFurniture:
    """Evidence that one-sided sentences are an editor's lead one page prints and the other
    does not at all (``align.furniture.one_sided``: the reprint's 国务院新闻办公室…发布…白皮书。
    before its 全文如下:, an English editor's note before "An edited excerpt follows:" on a page
    whose Chinese has neither). The aligner leaves such lines unpaired for the same reason. A
    title line (no closing stop) is not taken on this evidence: a title block both pages print
    with a line missing from one is a discrepancy, and other evidence grades headings. Only the
    notice and the lead before it: a sentence further on with the form of a lead (a report of
    a speech) may be the text's own."""

    def __init__(self, a: Alignment) -> None:
        self.a = a
        self._lone: tuple[list[bool], list[bool]] | None = None

    def __call__(self, doc: Document, ids: tuple[int, ...]) -> tuple[str, str] | None:
        if self._lone is None:
            self._lone = one_sided([s.text for s in self.a.zh.segments],
                                   [s.text for s in self.a.en.segments])
        lone = self._lone[0 if doc.lang == "zh" else 1]
        texts = [s.text for s in doc.segments[:HEAD_MAX]]
        # the notice itself and the lead before it, not a sentence further on that only has the
        # form of a lead (a report of a speech inside the text may be a real addition)
        notice = max((k for k, t in enumerate(texts) if introduces_text(t, doc.lang)),
                     default=-1)
        if ids and all(lone[i] and i <= notice and (
                SENTENCE_END.search(doc.segments[i].text) or i == notice) for i in ids):
            return ONE_SIDED_LEAD
        return None


ONE_SIDED_LEAD = ("furniture", "editor's lead or notice the other page does not print")
HEAD = ("head", "in the page's opening lines (title block, lead), before the text begins")
HEADING = ("furniture", "heading")
SECTION_HEADING = ("heading", "a short line of its own without a closing stop: a section heading "
                   "the other page may not print")
SECTION_HEADING_MAX = 20  # Chinese characters


def section_heading(doc: Document, ids: tuple[int, ...]) -> bool:
    """Whether one-sided sentences are a section heading further down the page: one short line
    of its own (at most ``SECTION_HEADING_MAX`` characters) with no closing stop (当仁不让
    坚持抗疫). A page may print its section headings in one language only; a dropped heading is
    worth a look, but it is no confidently dropped sentence of the text."""
    if len(ids) != 1:
        return False
    seg = doc.segments[ids[0]]
    start = doc.text.rfind("\n", 0, seg.start) + 1
    end = doc.text.find("\n", start)
    line = doc.text[start:end if end >= 0 else len(doc.text)]  # the line the segment opens on
    return (not SENTENCE_END.search(seg.text) and content_size(seg.text) <= SECTION_HEADING_MAX
            and line.strip() == doc.text[seg.start:seg.end].strip())


def _body_bead(a: Alignment, bead: Bead, typical: float) -> bool:
    """Whether a bead is the text itself on both sides: two-sided, each side holding a
    sentence (closing stop, no bare salutation), and paired at least as well as the document's
    typical bead less ``WEAK_REST``."""
    if not (bead.zh and bead.en) or bead.score < typical - WEAK_REST:
        return False
    for doc, ids in ((a.zh, bead.zh), (a.en, bead.en)):
        # a sentence among its segments with words (a page's table rule "|" is none; a member
        # whose stop the page lost does not make the bead furniture)
        texts = [t for t in (doc.segments[i].text for i in ids) if has_word(t)]
        if not any(SENTENCE_END.search(t) and not is_salutation(t, doc.lang, thanks=False)
                   for t in texts):
            return False
    return True


def _rest_of_lead(a: Alignment, k: int, side: str = "zh") -> tuple[str, str] | None:
    """Evidence that sentence ``k`` of one side belongs to a page's untranslated lead
    paragraph: another sentence on its line, among the opening ones and with nothing on the
    other side either, is a dated lead or the notice that introduces the text (2017年3月23日，
    外交部举行例行记者会…。当天晚上，…; "On New Year's eve, President Xi delivered his New Year
    message … The following is the full text:"). A reprint's editor writes the whole paragraph;
    the other page has its own lead or none."""
    doc = a.zh if side == "zh" else a.en
    seg = doc.segments[k]
    others = [o for o in doc.segments[:HEADING_LINES] if o.line == seg.line and o.id != k]
    if not others:  # most sentences: no pass over the beads (asked per one-sided sentence)
        return None
    translated = {i for b in a.beads if b.zh and b.en for i in (b.zh if side == "zh" else b.en)}
    furniture = furniture_zh if side == "zh" else furniture_en
    for other in others:
        if other.id in translated:
            continue
        if (_heading(doc, (other.id,)) == LEAD
                or furniture(other.text) == "notice"):
            return ("furniture", "rest of the lead")
    return None


# A Chinese sentence that ends by announcing the points after it (主要有以下几方面考虑。,
# 具体如下：, 提出以下建议), and an English sentence that does so on its own ("There is a
# pressing need for this, given the following considerations:", "They are as follows.").
_ZH_LEAD_IN_END = re.compile(r"(?:以下|如下|下列|下述)[^，。；！？,;!?]{0,12}[。：:]\s*$")
_EN_LEAD_IN = re.compile(r"(?:\bfollowing\b[^.;!?]*|\bas follows|\bbelow)[:.]\s*$|:\s*$", re.I)


def _split_lead_in(a: Alignment, index: int) -> tuple[str, str] | None:
    """Evidence that the one-sided English sentence of bead ``index`` is the lead-in of the
    Chinese sentence just before, given a sentence of its own: it ends by announcing what
    follows, as the Chinese of the bead before it does (…主要有以下几方面考虑。 against "…
    Central Committee would study the issue. There is a pressing need for this, given the
    following considerations:")."""
    before = a.beads[index - 1] if index > 0 else None
    if before is None or not before.zh or not before.en or len(a.beads[index].en) != 1:
        return None
    text = a.en.segments[a.beads[index].en[0]].text
    if not _EN_LEAD_IN.search(text) or not _ZH_LEAD_IN_END.search(
            a.zh.segments[before.zh[-1]].text):
        return None
    return ("lead-in", "the end of the Chinese sentence before it, which announces the points "
                       "that follow")


def listed_in_block(a: Alignment, index: int) -> tuple[str, str] | None:
    """Evidence that the one-sided Chinese line of bead ``index``, a name in a block of short
    lines (an attendance list: 司徒少华女士), is in the English block beside it, whose lines the
    other page orders its own way (each name before or after its title, labels of its own): the
    names it holds are all rendered by the English of the beads that share its block."""
    from align.checks.entities import missing_names  # (entities reads blocks from here)

    bead = a.beads[index]
    block = line_block(a.zh, bead.zh)
    if block is None:
        return None
    zh = " ".join(a.zh.segments[i].text for i in bead.zh)
    replaced, missing = missing_names(zh, "")
    if replaced or not missing:
        return None  # no name: a line of its own words, which the block need not render
    near = a.beads[max(0, index - LINE_BLOCK_MAX): index + LINE_BLOCK_MAX]  # a block's beads
    en = " ".join(a.en.segments[j].text for b in near if any(i in block for i in b.zh)
                  for j in b.en)
    replaced, missing = missing_names(zh, en)
    return None if replaced or missing else (
        "listed", "a name of a list of short lines the English lists in its own order")


def rendered_next_door(a: Alignment, index: int, text: str, side: str = "zh"
                       ) -> tuple[str, str] | None:
    """Evidence that the one-sided sentence ``text`` (of bead ``index``, on ``side``) is
    translated inside a neighbouring bead after all: its content words are rendered by words
    of a neighbour's other side that the neighbour's own sentences do not account for (a page
    that runs "Contents" into its English title block leaves 目录 alone; a translator who moves a
    clause across the sentence boundary). At least ``MEMBER_COVERED`` of three or more words,
    or every one of fewer; words the neighbour's own sentences explain are no evidence (a
    dropped sentence often repeats the topic of the next one). An English sentence is read from
    its bead as the word-level checks read it (respaced where the page lost its spaces)."""
    for k in (index - 1, index + 1):
        if not (0 <= k < len(a.beads) and a.beads[k].zh and a.beads[k].en):
            continue
        zh, en = joined(a, a.beads[k])
        own = corr(zh, en)
        if side == "zh":
            free = {t.start for t in own.unmatched_en}
            c = corr(text, en)
            words = len(c.links)
            hits = sum(1 for link in c.links if any(c.en[i].start in free for i in link.en))
        else:
            free = {link.zh.start for link in own.links if not link.en}
            c = corr(zh, EN_JOIN.join(english(a, a.beads[index])))
            words = sum(1 for t in c.en if t.content)
            used = {i for link in c.links if link.zh.start in free for i in link.en}
            hits = len(used)
        if words and (hits == words or (words >= MEMBER_MIN_WORDS
                                        and hits >= MEMBER_COVERED * words)):
            return ("rendered next door", "its words, by words of a neighbouring bead that "
                                          "its own sentences leave unaccounted for")
    return None


def _weak_neighbour(a: Alignment, index: int, sides: Iterable[int],
                    typical: float) -> tuple[tuple[str, str], ...] | None:
    """Evidence that a sentence next to a loosely translated bead (one of ``sides``, scoring
    far below the document's typical bead) may be part of that loose, restructured rendering
    rather than an addition of its own (the scores are measured evidence: no part of the
    finding's fingerprint)."""
    for k in sides:
        if 0 <= k < len(a.beads) and a.beads[k].zh and a.beads[k].en:
            if a.beads[k].score < typical - WEAK_REST:
                return (("weak neighbour", "previous bead" if k < index else "next bead"),
                        ("score", f"{a.beads[k].score:.2f}"), ("typical", f"{typical:.2f}"))
    return None


def restated_caption(a: Alignment, index: int, text: str) -> tuple[str, str] | None:
    """The evidence that a one-sided Chinese sentence is a photo caption or news lead of what
    the text next to it reports (1972年2月21日，毛泽东主席在中南海会见…尼克松。 above 尼克松总统于
    二月二十一日会见了…毛泽东。): it opens with the day it reports, and a neighbouring Chinese
    sentence the English translates names that day and every person the caption names. A page
    prints such a caption on one side only; what it says is in the translated text. None
    otherwise (a dropped sentence that repeats only part of its neighbour is an omission)."""
    if not DATED_LEAD.match(text.strip()):
        return None
    days = _days(text)
    people = {w.text for w in zh_words(text) if w.pos == "nr"}
    if not days or not people:
        return None
    for j in (index - 1, index + 1, index - 2, index + 2):
        if not 0 <= j < len(a.beads) or not a.beads[j].zh or not a.beads[j].en:
            continue
        other = "".join(a.zh.segments[i].text for i in a.beads[j].zh)
        if days & _days(other) and all(p in other for p in people):
            return ("furniture", "caption restating the text beside it (its day and people)")
    return None


def _days(text: str) -> set[tuple[int, int]]:
    """The (month, day) pairs of the dates a Chinese text names."""
    out = set()
    for q in extract_zh(text):
        if q.kind == "date" and "m" in q.unit and "d" in q.unit and q.high is None:
            value = int(q.value)
            out.add((value // 100 % 100, value % 100))
    return out


_HAN_OR_ALNUM = re.compile(rf"[{HAN}0-9A-Za-z]")
# (A Roman numeral of one letter only between Chinese characters: English "I" is a pronoun.)
_NUMBER_TOKEN = re.compile(r"\d+|\b[IVXLC]{2,}\b|(?<=[^\x00-\x7f])[IVXLC]+(?=[^\x00-\x7f]|$)")


def _numbers(text: str) -> frozenset[str]:
    """The digit runs and Roman numerals a sentence writes (VIII of 議程第VIII項)."""
    return frozenset(_NUMBER_TOKEN.findall(text))


def _translated(doc: Document, beads: tuple[Bead, ...], side: str) -> dict[int, str]:
    """The sentences of ``doc`` (the ``side`` of ``beads``) that are in two-sided beads."""
    return {i: doc.segments[i].text for b in beads if b.zh and b.en
            for i in (b.zh if side == "zh" else b.en)}


def _bigrams(text: str) -> set[str]:
    """Character bigrams of Chinese, word bigrams of English (whose letter bigrams a legal
    text's repeated phrases share with any other sentence). The Chinese keeps its digits and
    Latin letters: 議程第VIII項 is no repeat of 議程第III項."""
    if HAN_CHAR.search(text):
        chars = "".join(_HAN_OR_ALNUM.findall(text))
        return {chars[i : i + 2] for i in range(len(chars) - 1)}
    words = re.findall(r"[\w'’-]+", text.lower())
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


class _Repeats:
    """Whether most of a sentence is said again in another translated sentence of its language
    (a page that prints its header or a photo caption twice). The translated sentences' character
    bigrams are indexed once, so a document with many one-sided sentences is not compared
    sentence by sentence (that was quadratic). A repeat says the same numbers: 議程第VIII項 is
    no repeat of 議程第VI及VII項, whose bigrams it shares."""

    def __init__(self, translated: dict[int, str]) -> None:
        self._index: dict[str, list[int]] = defaultdict(list)
        self._numbers = {i: _numbers(text) for i, text in translated.items()}
        for i, text in translated.items():
            for gram in _bigrams(text):
                self._index[gram].append(i)

    def __call__(self, text: str, exclude: int | None = None) -> bool:
        own = _bigrams(text)
        if len(own) < 3:
            return False
        shared: Counter[int] = Counter()
        for gram in own:
            shared.update(self._index.get(gram, ()))
        shared.pop(exclude, None)
        numbers = _numbers(text)
        return any(n >= REPEAT_SHARE * len(own) and numbers <= self._numbers[i]
                   for i, n in shared.items())


def _continuation(beads: tuple[Bead, ...], index: int) -> tuple[int, ...]:
    """The English-only sentences from ``index`` on when they follow a one-to-many bead of
    (nearly) the aligner's largest size; () otherwise."""
    if index == 0:
        return ()
    prev = beads[index - 1]
    if not (prev.zh and len(prev.en) >= LONG_BEAD and len(prev.zh) == 1):
        return ()
    ids: list[int] = []
    for b in beads[index:]:
        if b.zh or not b.en:
            break
        ids += b.en
    return tuple(ids)


def _header_finding(zh: Document, en: Document, beads: tuple[Bead, ...],
                    indices: list[int]) -> Finding:
    """One warning for a header block the English leaves out; info where the English opens
    with a lead of its own that gives the block's date ("On 8 March 2014, … held a press
    conference" for 時間:2014年3月8日10時 / 地點:…): the page says the occasion its own way."""
    ids = tuple(i for k in indices for i in beads[k].zh)
    span = _span(zh, ids)
    dates = {q.value for q in extract_zh(span.text) if q.kind == "date" and q.value % 10000}
    lead = " ".join(s.text for s in en.segments[:HEADING_LINES])
    said = bool(dates & {q.value for q in extract_en(lead) if q.kind == "date"})
    return OMISSION.finding(
        f"This header block ({len(ids)} lines such as time, place, speaker) is not in the "
        "English translation" + (", which gives its date in a lead of its own." if said
                                 else "."),
        zh=span,
        en=_neighbour(en, beads, indices[0], "en"),
        severity=Severity.INFO if said else Severity.WARNING,
        evidence=(("furniture", "header block"), ("lines", str(len(ids)))),
        bead=indices[0],
    )


def _inside_merges(ctx: CheckContext, repeats: _Repeats, head: PageHead) -> Iterator[Finding]:
    a = ctx.alignment
    zv, ev = ctx.zh_vectors, ctx.en_vectors
    lengths = sentence_lengths(a)
    ratio = lengths.ratio  # English characters per Chinese character
    if not ratio:
        return
    paired = [b.score for _, b in ctx.two_sided()]
    typical = float(np.median(paired)) if paired else 0.0
    for index, bead in ctx.two_sided():
        for side in ("zh", "en"):
            ids, other = (bead.zh, bead.en) if side == "zh" else (bead.en, bead.zh)
            if len(ids) < 2:
                continue
            vecs, other_vecs = (zv, ev) if side == "zh" else (ev, zv)
            own = lengths.zh if side == "zh" else lengths.en
            # The other side's length, measured in this side's characters.
            other_len = lengths.en[list(other)].sum() / ratio if side == "zh" else \
                lengths.zh[list(other)].sum() * ratio
            target = group_vector(other_vecs, other)
            whole = float(group_vector(vecs, ids) @ target)
            for k in ids:
                rest = [i for i in ids if i != k]
                without = float(group_vector(vecs, rest) @ target)
                gain = without - whole
                leans = gain >= LEANING_GAIN * ctx.settings.merge_min_gain
                unrendered = None
                if gain < ctx.settings.merge_min_gain:
                    # the embedding may not tell a short dropped sentence from its neighbour;
                    # the words do: none of its words rendered, most of the rest's (and the
                    # English is nearer the rest than the sentence alone)
                    unrendered = _unrendered_member(a, index, k, leans=leans) if side == "zh" \
                        and float(vecs[k] @ target) < without else None
                    if unrendered is None:
                        continue
                fit_gain = _misfit(other_len, own[list(ids)].sum()) - _misfit(other_len,
                                                                               own[rest].sum())
                if fit_gain <= 0:
                    # a wordy English can hide a short dropped sentence in its length: then the
                    # embedding (confidently) and the words must both say it has no English
                    # (in the body: a page's opening lines differ freely in each language)
                    if side != "zh" or gain < CONFIDENT_GAIN * ctx.settings.merge_min_gain \
                            or head.holds("zh", (k,)):
                        continue
                    unrendered = unrendered or _unrendered_member(a, index, k, SHORT_MIN_WORDS,
                                                                  leans)
                    if unrendered is None:
                        continue
                doc = a.zh if side == "zh" else a.en
                span = _span(doc, (k,))
                if content_size(span.text) < ctx.settings.coverage_min_chars:
                    continue
                grade = ctx.settings.merge_min_gain
                confident = gain >= CONFIDENT_GAIN * grade or (gain >= CLEAR_GAIN * grade
                                                               and fit_gain >= FIT_GAIN)
                if side == "zh" and not confident:
                    # the words can be sure where the embedding is not: none of its words
                    # rendered beside it, most of the rest of the bead's
                    unrendered = unrendered or _unrendered_member(a, index, k, leans=leans)
                    confident = unrendered is not None
                severity, extra = Severity.WARNING, ()
                heading = _heading(doc, (k,)) if side == "en" and is_title_case(span.text) else None
                if heading:  # an English page's own title, merged into the first bead
                    severity, extra = Severity.INFO, (heading,)
                elif signature := signature_block(doc, (k,)):  # the issuer's line at the end
                    severity, extra = Severity.INFO, (signature,)
                elif _caption_bead(a, index):
                    severity, extra = Severity.INFO, CAPTION  # each page words its own caption
                elif side == "zh":
                    sev, extra = _omission_grade(span.text, 0, repeats, own=k,
                                                 said=_analysed(doc, (k,)))
                    # the page's dated lead among its opening lines, or an editor's lead of
                    # its head, as when it stands alone (an unpunctuated line is no heading
                    # here: a merged one is more often a sentence whose stop the page lost)
                    lead = _rest_of_lead(a, k) or (LEAD if _heading(doc, (k,)) == LEAD
                                                   else None)
                    if not lead and (kind := head.furniture(doc, (k,))) != HEADING:
                        lead = kind
                    if sev is Severity.INFO:
                        severity = sev
                    elif lead:
                        severity, extra = Severity.INFO, (lead,)
                    elif head.holds("zh", (k,)):
                        extra = (HEAD,)  # at most a warning: the page's opening lines
                    elif k != ids[0] and refers_back(span.text):
                        extra = (REFERS_BACK,)  # at most a warning: folded in, perhaps
                    elif section_heading(doc, (k,)):
                        extra = (SECTION_HEADING,)  # at most a warning
                    elif confident:
                        severity = Severity.ERROR
                elif furniture_en(span.text):
                    severity, extra = Severity.INFO, (("furniture", furniture_en(span.text)),)
                elif room := _room_left(ctx, index, bead, k):
                    severity, extra = Severity.INFO, room
                if severity is not Severity.INFO:
                    member = _member_doubt(a, bead, side, k, without, typical)
                    doubt = (member,) if member else ()
                    if not doubt and side == "en":  # an edge sentence beside a loose bead
                        doubt = _weak_neighbour(a, index, [index - 1] * (k == ids[0])
                                                + [index + 1] * (k == ids[-1]), typical) or ()
                    if not doubt and side == "en":
                        doubt = _closer_next_door(ctx, index, k) or ()
                    if doubt:
                        severity, extra = Severity.INFO, doubt
                if unrendered and severity is not Severity.INFO:
                    extra = (*extra, unrendered)
                yield _merged_finding(a.zh, a.en, bead, index, side, span, whole, without,
                                      severity, extra)


# A sentence that refers back to the one before it (中方对此高度评价。 我们为此感到高兴。
# 这是在长期的历史中形成的。): it comments on its predecessor, and a translator often folds it
# into that sentence's rendering ("We also applaud Russia for its work …"). The closed class of
# anaphoric demonstratives.
_REFERS_BACK = re.compile(r"对此|對此|为此|為此|就此|于此|於此|此举|此舉|这一点|這一點|上述|"
                          r"这些|這些|这一|這一|这样|這樣|那样|那樣"
                          # opening "this is": 这是一件值得庆幸的事。 这也是…
                          r"|^\s*[这這][也就正]?是")
REFERS_BACK = ("refers back", "it comments on the sentence before it, which the English beside "
                              "it renders: it may be folded into that rendering")


def refers_back(text: str) -> bool:
    """Whether a Chinese sentence refers back to the one before it with an anaphoric
    demonstrative (对此, 为此, 上述, 这些 …)."""
    return bool(_REFERS_BACK.search(text))


def _room_left(ctx: CheckContext, index: int, bead: Bead, k: int
               ) -> tuple[tuple[str, str], ...] | None:
    """Evidence that English member ``k`` of a merged bead may render Chinese words the rest of
    the bead leaves out: the rest renders a smaller share of the bead's Chinese content words
    than the document's typical bead renders (…深入发展，人类社会充满希望。 -> "The world …
    information-oriented. All this points to promising prospects for the future."). An added
    sentence sits beside English that already renders its Chinese as fully as this translation
    usually does. None when the rest does. A document with too few beads to measure is held to
    ``LITERAL_SHARE``, the literal end of official translations' range."""
    from align.checks.meaning import typical_coverage  # meaning imports this module

    # this bead included: leaving it out may leave too few to measure
    typical = typical_coverage(ctx) or LITERAL_SHARE
    zh, _ = joined(ctx.alignment, bead)
    rest = EN_JOIN.join(t for i, t in zip(bead.en, english(ctx.alignment, bead), strict=True)
                        if i != k)
    share = corr(zh, rest).coverage[0]
    if share < typical:
        return (("room left", "the rest renders fewer of the Chinese words than a typical "
                              "sentence here"),
                ("typical", f"{share:.0%} rendered against {typical:.0%}"))
    return None


# How much closer an English edge member must be to the Chinese of the bead beside it than to
# its own bead's Chinese for the boundary between them to be in doubt (cosine; a round margin,
# not tuned).
NEXT_DOOR_MARGIN = 0.1


def _closer_next_door(ctx: CheckContext, index: int, k: int) -> tuple[tuple[str, str], ...] | None:
    """Evidence that English member ``k`` at the edge of bead ``index`` renders the Chinese of
    the two-sided bead beside it rather than its own (这次圆桌对话会的举办恰逢其时。 in the bead
    before "Today's discussion is very timely. | Last week, …"): the aligner drew the boundary
    one sentence off, and the member is no addition. None otherwise."""
    a, zv, ev = ctx.alignment, ctx.zh_vectors, ctx.en_vectors
    bead = a.beads[index]
    own = float(ev[k] @ group_vector(zv, bead.zh))
    for j, edge in ((index - 1, bead.en[0]), (index + 1, bead.en[-1])):
        if edge != k or not 0 <= j < len(a.beads) or not (a.beads[j].zh and a.beads[j].en):
            continue
        there = float(ev[k] @ group_vector(zv, a.beads[j].zh))
        if there >= own + NEXT_DOOR_MARGIN:
            return (("boundary in doubt", "closer to the Chinese of the bead "
                     + ("before" if j < index else "after")),
                    ("similarity", f"{there:.2f} there against {own:.2f} in its own bead"))
    return None


# A merged Chinese sentence the embedding does not set apart is dropped all the same when at
# most UNRENDERED_SHARE of its content words (UNRENDERED_MIN_WORDS at least) are rendered by
# the English of its bead and the beads beside it, and at least RENDERED_REST of the rest of the
# bead's words are (a sentence left out of a pair of short ones: 委员察悉,… beside 政府当局表示,…).
UNRENDERED_SHARE, UNRENDERED_MIN_WORDS, RENDERED_REST = 0.1, 5, 0.4
# Where the embedding confidently sets the sentence apart, fewer words do (工业生产保持稳定。).
SHORT_MIN_WORDS = 2
# The embedding leans toward a sentence's absence when leaving it out raises the bead's
# similarity by at least this share of ``merge_min_gain`` (half: a lean, not a verdict); only
# then may words it shares with its neighbours count against it (``_unclaimed``): a translated
# sentence that repeats its neighbour (a headline and its lead) lowers the similarity instead.
LEANING_GAIN = 0.5


def _unrendered_member(a: Alignment, index: int, k: int,
                       min_words: int = UNRENDERED_MIN_WORDS, leans: bool = False
                       ) -> tuple[str, str] | None:
    """Evidence that the Chinese sentence ``k`` of bead ``index`` has no English: its words
    are not rendered nearby, its bead's other sentences' are; or, where the embedding ``leans``
    toward its absence, the English words that render its words all render its neighbours'
    (``_unclaimed``). None otherwise."""
    bead = a.beads[index]
    member = without_readings(a.zh.segments[k].text)[0]
    rest = ZH_JOIN.join(without_readings(a.zh.segments[i].text)[0] for i in bead.zh if i != k)
    en = joined(a, bead)[1]
    window = range(max(0, index - 1), min(len(a.beads), index + 2))  # the bead and its neighbours
    near = EN_JOIN.join(joined(a, a.beads[j])[1] for j in window)
    own = corr(member, near)
    if len(own.links) < min_words:
        return None
    share = corr(rest, en).coverage[0]
    if share < RENDERED_REST:
        return None
    if own.coverage[0] <= UNRENDERED_SHARE:
        return ("words rendered", f"{own.coverage[0]:.0%} of its {len(own.links)} words, "
                f"{share:.0%} of the rest of the bead's")
    return _unclaimed(a, window, k, near, own) if leans else None


def _unclaimed(a: Alignment, window: range, k: int, near: str,
               own: Correspondence) -> tuple[str, str] | None:
    """Evidence that Chinese sentence ``k`` has no English although the English nearby renders
    some of its words: every English word that renders one of them also renders a word of
    another Chinese sentence nearby (a dropped sentence that shares its neighbours' topic:
    中方愿同各方一道… beside 中方愿与各方加强合作… leaves "China" and "cooperation" to the
    neighbour). At most UNRENDERED_SHARE of its words (UNRENDERED_MIN_WORDS at least) find
    English of their own; None otherwise. ``window`` holds its bead and the beads beside it,
    ``near`` their English, ``own`` the sentence's correspondence with it."""
    if len(own.links) < UNRENDERED_MIN_WORDS:
        return None
    others = ZH_JOIN.join(without_readings(a.zh.segments[i].text)[0]
                          for j in window for i in a.beads[j].zh if i != k)
    taken = {i for link in corr(others, near).links for i in link.en}
    own_words = sum(1 for link in own.links if any(i not in taken for i in link.en))
    if own_words > UNRENDERED_SHARE * len(own.links):
        return None
    return ("words rendered", f"{own_words} of its {len(own.links)} words by English that the "
            "sentences beside it do not account for")


# A merged Chinese sentence whose words the English beside it shares with its neighbour (中希,
# "trade") is not rendered after all when at least this many of its numbers are nowhere in that
# English (今年1-9月，…63.5亿美元，同比增长21.4%。): words a topic shares, numbers it does not.
UNSAID_NUMBERS = 2


def _unsaid_numbers(member: str, english: str) -> list[str]:
    """The numbers of a Chinese sentence (not weak ones) whose value the English states nowhere."""
    said = {q.value for q in extract_en(english)}
    return [q.surface for q in extract_zh(member) if not q.weak and q.value not in said]


# Evidence keys that put a merged member's omission or addition in doubt (``_member_doubt``,
# ``_closer_next_door``): such a finding is information because the sentence may be rendered
# after all, not because it is page furniture.
DOUBTS = frozenset({"weak bead", "words accounted for", "boundary in doubt"})


def _member_doubt(a: Alignment, bead: Bead, side: str, k: int, without: float,
                  typical: float) -> tuple[str, str] | None:
    """Why a merged member's omission or addition is in doubt (an evidence item), or None: the
    bead's other side accounts for most of its words, or the rest of the bead is a weak pair."""
    if without < typical - WEAK_REST:
        return ("weak bead", f"the rest scores {without:.2f} against {typical:.2f} typical")
    zh, en = joined(a, bead)  # the English read respaced where the page lost its spaces
    zh = without_readings(zh)[0]  # 关(guān)系: a reprint's pinyin reading cuts a word in two
    member = without_readings(a.zh.segments[k].text)[0] if side == "zh" else \
        english(a, bead)[bead.en.index(k)]
    other = en if side == "zh" else zh
    c = corr(member, other) if side == "zh" else corr(other, member)
    words = len(c.links) if side == "zh" else sum(1 for t in c.en if t.content)
    share = c.coverage[0 if side == "zh" else 1]
    if words >= MEMBER_MIN_WORDS and share >= MEMBER_COVERED and not (
            side == "zh" and len(_unsaid_numbers(member, en)) >= UNSAID_NUMBERS):
        return ("words accounted for", f"{share:.0%} by the other side")
    # A short English sentence split off a long Chinese one (…，并回答大家的提问。 -> "He will
    # also answer some of your questions."): too few words for a share, but every one of them
    # renders a word of the bead's Chinese. (Not for a Chinese member: a dropped short sentence
    # stays an omission.)
    if side == "en" and SPLIT_MIN_WORDS <= words < MEMBER_MIN_WORDS and (
            share == 1.0 or _glossed_all(c, zh)):
        return ("words accounted for", "every one by the other side: a sentence split off")
    # A short Chinese sentence made the opening clause of the next one's English (春節假期已經
    # 開始了。 -> "With the Lunar New Year break having already begun, I want to…"): every word
    # of it rendered by English words that no other sentence of the bead accounts for.
    if side == "zh" and SPLIT_MIN_WORDS <= words < MEMBER_MIN_WORDS and share == 1.0:
        rest = ZH_JOIN.join(without_readings(a.zh.segments[i].text)[0]
                            for i in bead.zh if i != k)
        taken = {i for link in corr(rest, en).links for i in link.en}
        if all(i not in taken for link in c.links for i in link.en):
            return ("words accounted for", "every one by the other side, by English words no "
                    "other sentence of the bead accounts for: a sentence made a clause")
    return None


def _glossed_all(c: Correspondence, zh: str) -> bool:
    """Whether every English content word of ``c`` is a gloss of some Chinese word of ``zh``,
    the words the correspondence takes for granted included (问题 "questions", 工作 "work":
    too common to link, still said)."""
    dictionary = lexicon().dictionary
    keys = set()
    for w in zh_words(zh):
        entry = dictionary.get(w.text) if w.han else None
        if entry is not None:
            keys |= entry.keys
    linked = {i for link in c.links for i in link.en}
    return all(i in linked or set(t.lemmas) & keys
               for i, t in enumerate(c.en) if t.content)


# A Chinese sentence whose English was left out is rarely left one-sided by the aligner: every
# two-sided bead adds to the path's score, so the sentence takes the first English sentence of
# its neighbour's group (这是一条全面依法治国的道路。 paired with "China practices the rule of
# law …", the first of the next sentence's four). The English then matches the neighbour's
# Chinese better than its own by BORROWED_MARGIN, joins the neighbour's group without lowering
# its similarity by more than BORROWED_SLACK, renders at most BORROWED_SHARE of the sentence's
# words, and has most of its own words (BORROWED_MOST) rendered by the neighbour's Chinese, and
# BORROWED_WORDS more than by the sentence's (the two share a topic, so a word or two of it may
# well be linked).
BORROWED_MARGIN, BORROWED_SLACK, BORROWED_SHARE = 0.1, 0.02, 0.34
BORROWED_MOST, BORROWED_WORDS = 0.5, 0.25


def _borrowed_english(ctx: CheckContext, repeats: _Repeats, head: PageHead
                      ) -> Iterator[Finding]:
    """Omissions of single Chinese sentences (past the page's head) paired with English that
    renders the sentence next to them (see BORROWED_MARGIN)."""
    a = ctx.alignment
    zv, ev = ctx.zh_vectors, ctx.en_vectors
    beads = a.beads
    for index, bead in ctx.two_sided():
        if len(bead.zh) != 1 or head.holds("zh", bead.zh):
            continue
        span = _span(a.zh, bead.zh)
        if content_size(span.text) < ctx.settings.coverage_min_chars:
            continue  # too short to report, whatever its English
        target = group_vector(ev, bead.en)
        own = float(zv[bead.zh[0]] @ target)
        for j in (index + 1, index - 1):
            if not 0 <= j < len(beads) or not beads[j].zh or not beads[j].en:
                continue
            nb = beads[j]
            nz = group_vector(zv, nb.zh)
            if float(nz @ target) - own < BORROWED_MARGIN:
                continue
            alone = float(nz @ group_vector(ev, nb.en))
            together = float(nz @ group_vector(ev, (*bead.en, *nb.en)))
            if together < alone - BORROWED_SLACK:
                continue
            en_text = EN_JOIN.join(english(a, bead))
            words = corr(without_readings(a.zh.segments[bead.zh[0]].text)[0], en_text)
            if len(words.links) < SHORT_MIN_WORDS or words.coverage[0] > BORROWED_SHARE:
                continue
            theirs = corr(ZH_JOIN.join(without_readings(a.zh.segments[i].text)[0]
                                       for i in nb.zh), en_text)
            if theirs.coverage[1] < BORROWED_MOST or \
                    theirs.coverage[1] - words.coverage[1] < BORROWED_WORDS:
                continue
            severity, extra = _omission_grade(span.text, 0, repeats, own=bead.zh[0],
                                              said=_analysed(a.zh, bead.zh))
            if severity is None:
                severity = Severity.ERROR
            where = "next" if j > index else "previous"
            yield OMISSION.finding(
                "This Chinese sentence does not seem to be translated: the English paired with "
                f"it renders the {where} sentence.",
                zh=span,
                en=Span.of(a.en, bead.en),
                severity=severity,
                evidence=(("similarity with it", f"{own:.2f}"),
                          (f"similarity with the {where} sentence", f"{float(nz @ target):.2f}"),
                          ("words rendered", f"{words.coverage[0]:.0%} of its "
                                             f"{len(words.links)} words; of the English's, "
                                             f"{words.coverage[1]:.0%} by it, "
                                             f"{theirs.coverage[1]:.0%} by the {where}"),
                          *extra),
                bead=index,
            )
            break


def _merged_finding(zh: Document, en: Document, bead: Bead, index: int, side: str, span: Span,
                    whole: float, without: float, severity: Severity = Severity.WARNING,
                    extra: tuple[tuple[str, str], ...] = ()) -> Finding:
    if side == "zh":
        rule, message = OMISSION, ("This Chinese sentence does not seem to be translated: the "
                                   "English beside it translates only the neighbouring sentence.")
        zh_span, en_span = span, Span.of(en, bead.en)
    else:
        rule, message = ADDITION, ("This English sentence does not seem to come from the "
                                   "Chinese: the Chinese beside it matches only its neighbour.")
        zh_span, en_span = Span.of(zh, bead.zh), span
    return rule.finding(
        message,
        zh=zh_span,
        en=en_span,
        severity=severity,
        evidence=(("similarity with it", f"{whole:.2f}"),
                  ("similarity without it", f"{without:.2f}"), *extra),
        bead=index,
    )


def _analysed(doc: Document, ids: tuple[int, ...]) -> str:
    """The analysed text of sentences ``ids`` (simplified, as the checks compare it), whole."""
    return " ".join(doc.segments[i].text for i in ids)


def _span(doc: Document, ids: tuple[int, ...]) -> Span:
    span = Span.of(doc, ids)
    assert span is not None  # ids is never empty here
    return span


def _misfit(observed: float, expected: float) -> float:
    """How far a length is from the expected one, as a log ratio."""
    return abs(math.log(length_fit(observed, expected)))


def _neighbour(doc: Document, beads: tuple[Bead, ...], index: int, side: str) -> Span | None:
    """Where the missing text would go: an empty span at the end of the previous bead's
    sentences on the other side (so an editor can jump there), or None at the very start."""
    for prev in reversed(beads[:index]):
        ids = prev.en if side == "en" else prev.zh
        if ids:
            seg = doc.segments[ids[-1]]
            return Span(text="", line=seg.line, start=seg.end, end=seg.end, ids=())
    return None
