"""Chinese characters left in the English text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from align.checks.base import CheckContext
from align.model import Finding, Severity, Span
from align.rules import UNTRANSLATED
from align.scripts import CJK_PUNCT, HAN, HAN_RUN

# A run of Han characters with the CJK punctuation around and inside it.
_HAN_RUN = re.compile(f"[{HAN}{CJK_PUNCT}]*[{HAN}]+[{HAN}{CJK_PUNCT}]*")


# Chinese in brackets right after English words or an English term in quotation marks: "in
# the year Gengyin (庚寅年)", "the Spring Festival (春节)", a bilingual law's definition giving the
# term's equivalent ("British members" (聯合聯絡小組英方成員), "Order" (《公務人員 (管理) 命令》):
# the brackets may hold a title with brackets of its own): a gloss given on purpose, not text
# left untranslated; so is Chinese (often quoted) with its English in brackets after it
# ("‘澳門體育’ (Macao Sports)").
_GLOSS_AFTER = re.compile(r"[A-Za-z][A-Za-z'’.-]*[\"”’']?\s*[（(]"
                          r"((?:[^()（）A-Za-z\n]|[（(][^()（）A-Za-z\n]*[)）])*)[)）]")
_GLOSS_BEFORE = re.compile(f"([{HAN}{CJK_PUNCT}]*[{HAN}]+[{HAN}{CJK_PUNCT}]*)[’'\"”]?\\s*[（(]"
                           f"\\s*[A-Za-z]")


def _glosses(text: str) -> list[str]:
    """The Han runs of ``text`` given as glosses (see ``_GLOSS_AFTER``)."""
    glossed = [_han(r) for m in _GLOSS_AFTER.finditer(text) for r in _HAN_RUN.findall(m[1])]
    return glossed + [_han(m[1]) for m in _GLOSS_BEFORE.finditer(text)]


# Chinese in quotation marks named as an account, an app or a programme in its own clause
# ("the WeChat official account of the Health Bureau “健康北京”", "search for “北京发布” on
# Weibo"): the name a reader must type to find it, kept in Chinese on purpose.
# Its name may hold digits or letters ("云南卫生12320").
_NOT_QUOTE = "[^“”\"「」『』\\n]{0,30}?"
_QUOTED = re.compile(f"[“\"「『]\\s*({_NOT_QUOTE}[{HAN}]+{_NOT_QUOTE})\\s*[”\"」』]")
_CHANNEL = re.compile(r"\b(?:accounts?|apps?|applets?|mini[- ]?programs?|platforms?|WeChat|Weibo|"
                      r"Douyin|channels?|hotlines?|websites?|columns?|search(?:ing)?(?:\s+for)?|"
                      r"called|named|titled)\b", re.IGNORECASE)
# ... or as the words an amendment or a definition names ('by repealing "立法局" and
# substituting "立法會"', 'the expression "條例"'): a bilingual law's English quotes the Chinese
# text it changes.
_WORDS_NAMED = re.compile(r"\b(?:repeal(?:s|ed|ing)?|substitut(?:e|es|ed|ing)|insert(?:s|ed|ing)?|"
                          r"the\s+(?:words?|expressions?|characters?|Chinese\s+(?:text|words?)))\b",
                          re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]\s|[()]")


# The English clause next to a run of Chinese (from the first letter after it to the clause's
# end, or the last clause before it), standing apart from the run as an utterance of its own:
# an exclamation mark, a stop or a colon between them (晚上好!Good evening!).
_CLAUSE_AFTER = re.compile(r"[^A-Za-z\n]{0,3}?[!！.。:：?？][^A-Za-z\n]{0,2}"
                           r"([A-Za-z][^.!?;:\n]{0,60})")
_STOP_AFTER = re.compile(r"[^A-Za-z\n]{0,3}?[!.:?]")
_UTTERANCE_START = re.compile(r"(?:^|[.!?:;,，。！？：；]) *$")
_CLAUSE_BEFORE = re.compile(r"([A-Za-z][^.!?;:\n]{0,60})[.!?:]\s{0,2}$")


def _beside_its_english(text: str, before: str = "", after: str = "") -> list[str]:
    """The Han runs of ``text`` said again in English right beside them ("晚上好!Good evening!
    Bonsoir!", a greeting in several languages): every Chinese word of the run is rendered by
    the English clause next to it (in ``text`` or in the sentences ``before`` and ``after``
    it), so the Chinese is kept on purpose, not left untranslated."""
    from align.lexicon import correspond  # the dictionary loads only when Chinese is seen

    whole = f"{before} {text} {after}"
    offset = len(before) + 1
    kept = []
    for m in _HAN_RUN.finditer(text):
        han = _han(m.group())
        if len(han) > 12:
            continue
        start, end = offset + m.start(), offset + m.end()
        if not _UTTERANCE_START.search(whole[max(0, start - 4): start]):
            continue  # "to 拜年 .": Chinese inside an English sentence, no greeting of its own
        stop = m.group()[-1] in "！。：？"  # the run's own full stop parts it from the English
        if not stop and not _STOP_AFTER.match(whole, end):
            continue  # "选举 will be held": a word of the sentence, no utterance of its own
        after_clause = _CLAUSE_AFTER.match(("!" if stop else "") + whole[end:])
        before_clause = _CLAUSE_BEFORE.search(whole[max(0, start - 64): start])
        if any(clause and correspond(han, clause.group(1)).coverage[0] == 1.0
               for clause in (after_clause, before_clause)):
            kept.append(han)
    return kept


def _quoted_names(text: str, kind: re.Pattern[str] = _CHANNEL) -> list[str]:
    """The Han runs of ``text`` quoted as the name of an account, app or channel that the same
    clause names in English (or, with ``_WORDS_NAMED``, as the words an amendment names)."""
    names = []
    for m in _QUOTED.finditer(text):
        before, after = text[: m.start()], text[m.end():]
        clause = _CLAUSE_END.split(before)[-1] + " " + _CLAUSE_END.split(after)[0]
        if kind.search(clause):
            names.append(_han(m.group(1)))
    return names


def _text(doc, i: int) -> str:
    return doc.segments[i].text if 0 <= i < len(doc.segments) else ""


def _han(run: str) -> str:
    return "".join(HAN_RUN.findall(run))


def _in_original(run: str, chinese: tuple[str, ...]) -> bool:
    """Whether the Han characters of a run (its punctuation aside) occur together in the
    Chinese: in the file's characters or in the simplified ones it is checked in."""
    han = _han(run)
    return any(han in text for text in chinese)


# Why Chinese in the English may be there on purpose, tried in order: what each accounts for
# (from the segment's text and the sentences before and after it), with the glosses, must be
# every run of the segment.
_ON_PURPOSE: tuple[tuple[Callable[[str, str, str], list[str]], str], ...] = (
    (lambda text, before, after: [], "given in brackets beside its English (a gloss)"),
    (_beside_its_english, "said again in English right beside it, kept on purpose"),
    (lambda text, before, after: _quoted_names(text),
     "quoted as the name of an account or channel the English names, for the reader to find it"),
    (lambda text, before, after: _quoted_names(text, _WORDS_NAMED),
     "quoted as the words an amendment or a definition names (a bilingual law's English quotes "
     "the Chinese it changes)"),
)


class UntranslatedCheck:
    """Chinese characters in the English. Left untranslated, they are a copy of the original's
    words; characters the Chinese document does not contain anywhere are something else (a
    reprint site's label glued to a heading, 摘要Keynote Speech…; a note), and characters in
    brackets after the English words they gloss ("the year Gengyin (庚寅年)") are given on
    purpose: info."""

    rules = (UNTRANSLATED,)

    def run(self, ctx: CheckContext) -> Iterator[Finding]:
        a = ctx.alignment
        chinese = (a.zh.text, "".join(s.text for s in a.zh.segments))
        for index, bead in enumerate(a.beads):
            for i in bead.en:
                seg = a.en.segments[i]
                runs = _HAN_RUN.findall(seg.text)
                if not runs:
                    continue
                glosses, wanted = _glosses(seg.text), sorted(map(_han, runs))
                before, after = _text(a.en, i - 1), _text(a.en, i + 1)
                purpose = next((why for explain, why in _ON_PURPOSE
                                if sorted(glosses + explain(seg.text, before, after)) == wanted),
                               None)
                if purpose:
                    message, severity = f"Chinese {purpose}: {'、'.join(runs)}", Severity.INFO
                elif any(_in_original(r, chinese) for r in runs):
                    message, severity = f"Chinese text left in the English: {'、'.join(runs)}", None
                else:
                    message = (f"Chinese text in the English that the Chinese original does not "
                               f"contain (a label or a note?): {'、'.join(runs)}")
                    severity = Severity.INFO
                yield UNTRANSLATED.finding(
                    message,
                    zh=Span.of(a.zh, bead.zh),
                    en=Span.of(a.en, (i,)),
                    severity=severity,
                    evidence=tuple(("en", r) for r in runs),
                    bead=index,
                )
