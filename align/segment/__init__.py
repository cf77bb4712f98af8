"""Segmentation: text -> sentences with offsets, lines, paragraphs and speaker turns."""

from __future__ import annotations

import bisect
import re

from align.furniture import FIELD_LINE, NUMERIC_DATE_LINE
from align.model import AlignError, Lang, Segment
from align.scripts import CJK_PUNCT, HAN
from align.segment.en import split_en
from align.segment.turns import NUMBERED_ITEM, OPEN_END, blocks
from align.segment.zh import split_zh

SPLITS = ("sentences", "lines")
MAX_SENTENCE_CHARS = {"zh": 600, "en": 2000}
"""A longer stretch without a sentence end (a whole file on one line with no punctuation) is
cut into pieces of at most this many characters, at a space or a comma where there is one:
embedding, aligning and checking then cost what ordinary sentences cost."""
_CUT_AT = re.compile(r"[\s,，、;；:：]")


def segment(text: str, lang: Lang, split: str = "sentences") -> tuple[Segment, ...]:
    """Sentences of ``text``; ``split="lines"`` takes every non-empty line as one sentence
    (for files that are already segmented) and blank lines as paragraph breaks."""
    if split not in SPLITS:
        raise AlignError(f"unknown --split {split!r}; use one of: {', '.join(SPLITS)}")
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    spans: list[tuple[int, int, int, str | None]] = []
    if split == "lines":
        paragraph, pos = 0, 0
        for line in text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                spans.append((pos + lead, pos + len(line.rstrip()), paragraph, None))
            elif spans:
                paragraph += 1
            pos += len(line) + 1
    else:
        splitter = split_zh if lang == "zh" else split_en
        for b in blocks(text, lang):
            for s, e in splitter(text[b.start : b.end]):
                spans.append((b.start + s, b.start + e, b.paragraph, b.speaker))
        spans = _join_title(text, spans, lang)
        spans = _join_labels(text, spans, lang)
    cap = MAX_SENTENCE_CHARS["zh" if lang == "zh" else "en"]
    spans = [piece for span in spans for piece in _cap(text, span, cap)]
    segments = []
    for start, end, paragraph, speaker in spans:
        raw = text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        if start >= end:
            continue
        segments.append(
            Segment(
                id=len(segments),
                text=_clean(text[start:end], lang),
                start=start,
                end=end,
                line=bisect.bisect_right(line_starts, start),
                paragraph=paragraph,
                speaker=speaker,
            )
        )
    return tuple(segments)


def _cap(text: str, span: tuple[int, int, int, str | None], cap: int
         ) -> list[tuple[int, int, int, str | None]]:
    """``span`` cut into pieces of at most ``cap`` characters, each cut at the last space or
    comma of its second half (exactly at the cap where there is none)."""
    start, end, paragraph, speaker = span
    if end - start <= cap:
        return [span]
    pieces = []
    while end - start > cap:
        limit = start + cap
        cut = limit
        window = text[start + cap // 2 : limit]
        found = [m.end() for m in _CUT_AT.finditer(window)]
        if found:
            cut = start + cap // 2 + found[-1]
        pieces.append((start, cut, paragraph, speaker))
        start = cut
    pieces.append((start, end, paragraph, speaker))
    return pieces


# A title block: the document's opening lines (blank lines between them allowed) while none ends
# with punctuation that closes a sentence, a salutation or a clause; at most TITLE_LINES of them,
# each at most TITLE_CHARS long.
TITLE_LINES = 4
TITLE_CHARS = {"zh": 60, "en": 200}
_LINE_END = re.compile(r"[.!?。！？:：,，;；…]['\"”’)）\]]*\s*$")
# A sentence that ends inside a line: no title line holds one (a caption under the title does).
_INNER_END = {"zh": re.compile(r"[。！？]"),
              "en": re.compile(r"(?:[a-z]{3}|\d{4})[.!?][\s\u3000]+[\[(]?[A-Z]")}


def _join_title(text: str, spans: list[tuple[int, int, int, str | None]], lang: Lang
                ) -> list[tuple[int, int, int, str | None]]:
    """The spans with a title wrapped over several lines made one unit, so that a title broken
    at different places in the two languages ("Spokesperson Wang Wenbin's / Regular Press
    Conference on ...") aligns as one sentence on each side."""
    lines: list[tuple[int, int]] = []
    pos = 0
    inner_end = _INNER_END["zh" if lang == "zh" else "en"]
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        if not lines and NUMERIC_DATE_LINE.match(line):
            continue  # the page's date above the title (05-06-2024): no line of it
        if _LINE_END.search(line) or len(line.strip()) > TITLE_CHARS.get(lang, 200) or (
                NUMBERED_ITEM.match(line)) or inner_end.search(line) or (
                FIELD_LINE["zh" if lang == "zh" else "en"].match(line)):
            break  # a sentence (a caption's two, …。图为…), a numbered list's first item or
            # the page's header fields (日期:2022-07-09)
        lines.append((start, start + len(line.rstrip())))
        if len(lines) == TITLE_LINES:
            break
    if len(lines) < 2:
        return spans
    end = lines[-1][1]
    before = [sp for sp in spans if sp[0] < lines[0][0]]
    inside = [sp for sp in spans[len(before):] if sp[0] < end]
    if inside and inside[-1][1] > end and all(sp[1] <= end for sp in inside[:-1]) and (
            lang == "en" and OPEN_END.search(text[lines[-1][0]:end])
            and len(split_en(text[lines[0][0]:inside[-1][1]])) == 1):
        end = inside[-1][1]  # its last line goes on below ("At the General Debate of" / "the
        # 72nd Session ..."): the title ends where that sentence does
    if len(inside) < 2 or any(sp[1] > end for sp in inside):
        return spans
    first = inside[0]
    return [*before, (first[0], end, first[2], first[3]), *spans[len(before) + len(inside):]]


# A list or heading number alone on its line ("I.", "2.", "(1)", （一）, 二、): the page's hard wrap
# parted it from the heading or item it numbers. Its closing mark is required ("I" or "a" alone
# may be a wrapped word).
_LONE_LABEL = {
    "en": re.compile(r"\s*\(?(?:\d{1,2}|[a-z]|[IVXivx]{1,5})[.)]\s*"),
    "zh": re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]"
                     r"|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．])\s*"),
}


def _join_labels(text: str, spans: list[tuple[int, int, int, str | None]], lang: Lang
                 ) -> list[tuple[int, int, int, str | None]]:
    """The spans with a number alone on its line joined to the line after it, the heading or
    item it numbers (a hard wrap after "(1)" leaves "General public budgets" on the next line):
    the other page prints them as one line, and a label alone pairs with nothing."""
    label = _LONE_LABEL["zh" if lang == "zh" else "en"]
    out: list[tuple[int, int, int, str | None]] = []
    for span in spans:
        if out and label.fullmatch(text[out[-1][0]:out[-1][1]]) and "\n" in text[
                out[-1][1]:span[0]] and not text[out[-1][1]:span[0]].strip():
            prev = out.pop()
            span = (prev[0], span[1], prev[2], prev[3])
        out.append(span)
    return out


# A hard wrap in Chinese leaves no space between Chinese characters and marks, after an ASCII
# comma, hyphen or slash, or before a comma, full stop or closing bracket (程序, / 与;
# CB(2)820/98- / 99(02); 邀请 / ,并). Elsewhere (a title's lines, "Hong / Kong") it is a space.
_ZH_LINE_BREAK = re.compile(f"(?<=[{HAN}{CJK_PUNCT}])\\s*\n\\s*(?=[{HAN}{CJK_PUNCT}])"
                            r"|(?<=[,;/-])\s*\n\s*(?=\S)|(?<=\S)\s*\n\s*(?=[,;.)、，。；：）])"
                            # a number and its unit or date mark (1998 / 年1月3日, 3,758 / 元,
                            # 第 / 3點)
                            r"|(?<=\d)\s*\n\s*(?=[年月日号號时時点點元%％万萬亿億])|(?<=第)\s*\n\s*(?=\d)")


def _clean(raw: str, lang: Lang) -> str:
    """The sentence as embedded and checked: a hard-wrapped line break becomes a space in
    English and disappears in Chinese (CB(2)820/98- / 99(02)号 is one paper number)."""
    if "\n" not in raw:
        return raw
    if lang == "zh":
        raw = _ZH_LINE_BREAK.sub("", raw)
    return " ".join(raw.split())
